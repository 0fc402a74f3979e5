//! Days and years written in words, for the date forms that name a month: takes the tokens at
//! a position and hands on the day ("first", "twenty-first", "twenty second", "twenty one") or
//! the year ("two thousand and eighteen", "nineteen seventy-eight", "nineteen zero one") written
//! there, and whether what follows lets it end a date.
//!
//! News writes days and years in digits; words are for spoken copy and transcripts. So a day
//! in words counts only where nothing suggests a count: "In June twenty were killed" counts
//! twenty, "June twenty-two, 2018" is a date. Number words are read with text2num.

use super::super::tokens::{Token, TokenKind};
use super::year_number;
use crate::lexicon::{
    ORDINAL_WORDS, is_date_follower, is_noun_stop, is_number_word, is_year_nought,
};

/// The value of one number word (`seven`, `seventy`), read with text2num.
fn word_number(token: &Token) -> Option<u32> {
    if token.kind != TokenKind::Word {
        return None;
    }
    let word = token.text.to_ascii_lowercase();
    if !is_number_word(&word) {
        return None;
    }
    let digits = text2num::text2digits(&word, &text2num::Language::english()).ok()?;
    digits.parse().ok()
}

/// The value of an ordinal word (`fourth`), as a day.
fn ordinal_word(token: &Token) -> Option<u32> {
    if token.kind != TokenKind::Word {
        return None;
    }
    let value = *ORDINAL_WORDS.get(&token.text.to_ascii_lowercase())?;
    Some(value as u32)
}

/// A hyphen glued on both sides (`twenty-one`).
fn joins(tokens: &[Token], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| t.is_symbol("-") && t.glued)
        && tokens.get(k + 1).is_some_and(|t| t.glued)
}

/// A tens word (twenty to ninety) at `i` and a unit word after it, glued by a hyphen or spaced:
/// the unit's value and the token after it.
fn unit_after_tens<T>(
    tokens: &[Token],
    i: usize,
    unit: impl Fn(&Token) -> Option<T>,
) -> Option<(T, usize)> {
    let k = if joins(tokens, i + 1) { i + 2 } else { i + 1 };
    tokens.get(k).and_then(&unit).map(|value| (value, k + 1))
}

/// A number under 100 in words at `i` ("seventy-eight", "eighteen", "seventy"), with the token
/// after it.
fn under_a_hundred(tokens: &[Token], i: usize) -> Option<(u32, usize)> {
    let first = word_number(tokens.get(i)?).filter(|value| *value < 100)?;
    if first >= 20 && first.is_multiple_of(10) {
        let unit = |t: &Token| word_number(t).filter(|value| (1..=9).contains(value));
        if let Some((unit, end)) = unit_after_tens(tokens, i, unit) {
            return Some((first + unit, end));
        }
    }
    Some((first, i + 1))
}

/// A day written as an ordinal at `i`: "first", "twentieth", "twenty-first", "thirty first".
pub(super) fn ordinal_day(tokens: &[Token], i: usize) -> Option<(u8, usize)> {
    let token = tokens.get(i)?;
    if let Some(day) = ordinal_word(token) {
        return Some((u8::try_from(day).ok()?, i + 1));
    }
    let tens = word_number(token).filter(|value| matches!(value, 20 | 30))?;
    let unit = |t: &Token| ordinal_word(t).filter(|value| (1..=9).contains(value));
    let (unit, end) = unit_after_tens(tokens, i, unit)?;
    u8::try_from(tens + unit)
        .ok()
        .filter(|day| *day <= 31)
        .map(|day| (day, end))
}

/// A day of the month in words at `i`, after its month ("Jan first", "May twenty-first",
/// "June twenty two"): the day, the token after it, and whether it is an ordinal. A number in
/// words is a day only from ten on (below that, "In May two were hurt" counts) and only where
/// the date can end; an ordinal wherever no noun follows ("In March first-time buyers").
pub(super) fn day_in_words(tokens: &[Token], i: usize) -> Option<(u8, usize, bool)> {
    if let Some((day, end)) = ordinal_day(tokens, i) {
        let glued_on = tokens
            .get(end)
            .is_some_and(|t| t.glued && !t.is_symbol(",."));
        return (!glued_on && ends_date(tokens, end, false)).then_some((day, end, true));
    }
    let (day, end) = under_a_hundred(tokens, i)?;
    let day = u8::try_from(day)
        .ok()
        .filter(|day| (10..=31).contains(day))?;
    ends_date(tokens, end, true).then_some((day, end, false))
}

/// A year in words at `i`: "two thousand", "two thousand and eighteen", "nineteen seventy
/// eight", "nineteen zero one", "twenty twenty", "nineteen hundred"; only where the date can
/// end ("On March 5, two thousand were arrested" counts two thousand).
pub(super) fn year_in_words(tokens: &[Token], i: usize) -> Option<(i32, usize)> {
    let (year, end) = year_words(tokens, i)?;
    ((1000..=2100).contains(&year) && ends_date(tokens, end, true)).then_some((year, end))
}

/// A year in words standing alone after a preposition of time (`year_openers.txt`): "formed in
/// nineteen seventy-eight", "since twenty twenty". Only the paired form ("nineteen" to "twenty"
/// and a second number), which counts nothing: "in two thousand" and "In nineteen cases" stay
/// counts.
pub(super) fn lone_year_in_words(tokens: &[Token], i: usize) -> Option<(i32, usize)> {
    // This runs at every token: the cheap tests first, the word read last.
    let previous = tokens.get(i.checked_sub(1)?)?;
    let token = &tokens[i];
    if previous.kind != TokenKind::Word || token.kind != TokenKind::Word || token.text.len() < 6 {
        return None;
    }
    if !crate::lexicon::is_year_opener(&previous.text.to_ascii_lowercase()) {
        return None;
    }
    let first = word_number(token)?;
    let (year, end) = year_in_words(tokens, i)?;
    ((11..=20).contains(&first) && end > i + 1).then_some((year, end))
}

fn year_words(tokens: &[Token], i: usize) -> Option<(i32, usize)> {
    let first = word_number(tokens.get(i)?)?;
    let after_and = |k: usize| {
        if tokens.get(k).is_some_and(|t| t.is_word("and")) {
            k + 1
        } else {
            k
        }
    };
    // two thousand [and] eighteen
    if first < 10 && tokens.get(i + 1).is_some_and(|t| t.is_word("thousand")) {
        let thousands = first * 1000;
        return Some(match under_a_hundred(tokens, after_and(i + 2)) {
            Some((rest, end)) => (i32::try_from(thousands + rest).ok()?, end),
            None => (i32::try_from(thousands).ok()?, i + 2),
        });
    }
    // nineteen seventy-eight, nineteen zero one, nineteen hundred [and five], twenty twenty
    if !(10..=99).contains(&first) {
        return None;
    }
    let century = first * 100;
    let next = tokens.get(i + 1)?;
    if next.is_word("hundred") {
        return Some(match under_a_hundred(tokens, after_and(i + 2)) {
            Some((rest, end)) => (i32::try_from(century + rest).ok()?, end),
            None => (i32::try_from(century).ok()?, i + 2),
        });
    }
    if next.kind == TokenKind::Word && is_year_nought(&next.text.to_ascii_lowercase()) {
        let unit = word_number(tokens.get(i + 2)?).filter(|value| (1..=9).contains(value))?;
        return Some((i32::try_from(century + unit).ok()?, i + 3));
    }
    let (rest, end) = under_a_hundred(tokens, i + 1).filter(|(rest, _)| *rest >= 10)?;
    Some((i32::try_from(century + rest).ok()?, end))
}

/// Whether a date may end at token `k`: at the end, before punctuation, a year, or a word that
/// cannot be what a count counts. `strict` (a number in words): only before the prepositions
/// of `date_followers.txt`, since a verb follows a count too ("twenty were killed").
pub(super) fn ends_date(tokens: &[Token], k: usize, strict: bool) -> bool {
    let Some(token) = tokens.get(k) else {
        return true;
    };
    match token.kind {
        TokenKind::Symbol => !(token.glued && token.is_symbol("-%")),
        TokenKind::Digits => year_number(token).is_some(),
        TokenKind::Word => {
            let word = token.text.to_ascii_lowercase();
            is_date_follower(&word)
                || (!strict && is_noun_stop(&word))
                || year_words(tokens, k).is_some()
        }
    }
}
