//! Durations written without a number: takes the tokens at a position and hands on the value
//! the words there stand for before a unit of time, which [`super::units`] then reads:
//! - `a`, `an`, `another`: one ("jailed for a year", "the talks lasted an hour", "took a
//!   decade", "wait another month", "more than a year"), only after a word or qualifier that
//!   makes it a length (`duration_openers.txt`), since "$5 a day" is a rate, "a year ago" a
//!   time and "another day, another protest" no length at all;
//! - `all`, `full`, `whole`, `entire`: one ("protesters stayed all day", "a full week"), only
//!   where no noun follows, since "full-year profit" and "an all-day meeting" name a kind of
//!   period;
//! - `half`, `a half`: a half ("half an hour", "a half-day strike", "half year"), not after a
//!   word that makes it a part ("the second half hour").
//!
//! It also says when `over` before a span of time is the period something happens across
//! ("spend £3.2bn over five years", "lost 15% of their weight over 68 weeks"), not "more than"
//! ("for over 20 years", "lasted over three hours", "Over 10 years have passed").

use super::super::tokens::{Token, TokenKind};
use super::units::unit_word;
use super::words::{QUALIFIERS, phrases_at, word_of};
use crate::lexicon::{
    is_be_form, is_duration_filler, is_duration_opener, is_fraction_part_word, is_noun_stop,
    is_time_reference_word, is_whole_word,
};

/// Whether the `over` at `k`, before a span of time, is the period it spans: after a figure or a
/// word of content ("£3.2bn over five years", "weight over 68 weeks"). After a function word, a
/// word that opens a length (`for`, `lasted`, `took`: `duration_openers.txt`) or a past verb
/// unless passive, punctuation or at the start, it is "more than".
pub(super) fn over_is_period(tokens: &[Token], k: usize) -> bool {
    let Some(before) = k.checked_sub(1).map(|p| &tokens[p]) else {
        return false;
    };
    match before.kind {
        TokenKind::Digits => true,
        // A past verb ("served over 20 years", "worked over a decade") says how long: more than;
        // passive ("would be spent over five years") it says across what.
        TokenKind::Word => word_of(before).is_some_and(|word| {
            let passive = k >= 2 && word_of(&tokens[k - 2]).is_some_and(|w| is_be_form(&w));
            !is_noun_stop(&word) && (passive || !is_duration_opener(&word) && !word.ends_with("ed"))
        }),
        _ => before.is_symbol("%"),
    }
}

/// The value the words at `k` stand for before a unit of time, and how many tokens they are
/// (the unit starts right after them, or after a glued hyphen).
pub(super) fn time_words_at(tokens: &[Token], taken: &[bool], k: usize) -> Option<(f64, usize)> {
    // This runs at every word: most are passed over before anything is lower-cased.
    let token = tokens
        .get(k)
        .filter(|t| t.kind == TokenKind::Word && t.text.len() <= 7)?;
    let free = |n: usize| taken.get(k..k + n).is_some_and(|t| !t.iter().any(|&t| t));
    let unit_at = |n: usize| tokens.get(k + n).and_then(unit_word).is_some() && free(n + 1);
    // "a second look", "another second term": after `a` or `another`, `second` is an ordinal
    // unless no word follows it ("wait a second.").
    let ordinal_at = |n: usize| {
        tokens.get(k + n).is_some_and(|t| t.is_word("second"))
            && tokens
                .get(k + n + 1)
                .is_some_and(|t| t.kind == TokenKind::Word)
    };
    // "another business day", "an extra week": a filler of units.rs before the unit.
    let filled_unit_at = |n: usize| {
        unit_at(n)
            || tokens
                .get(k + n)
                .and_then(word_of)
                .is_some_and(|word| is_duration_filler(&word))
                && unit_at(n + 1)
    };
    // A unit of time after a glued hyphen ("half-hour", "all-day").
    let unit_after_hyphen = |n: usize| {
        tokens
            .get(k + n)
            .is_some_and(|t| t.is_symbol("-") && t.glued)
            && tokens
                .get(k + n + 1)
                .filter(|t| t.glued)
                .and_then(unit_word)
                .is_some()
            && free(n + 2)
    };
    if token.is_word("half") {
        let part =
            k > 0 && word_of(&tokens[k - 1]).is_some_and(|word| is_fraction_part_word(&word));
        let article = tokens
            .get(k + 1)
            .is_some_and(|t| t.is_word("a") || t.is_word("an"));
        return match () {
            _ if part => None,
            _ if article && unit_at(2) => Some((0.5, 2)),
            _ if unit_at(1) || unit_after_hyphen(1) => Some((0.5, 1)),
            _ => None,
        };
    }
    if token.is_word("a") || token.is_word("an") {
        // "a half-day strike", "a half hour": the half is the value.
        if tokens.get(k + 1).is_some_and(|t| t.is_word("half"))
            && (unit_at(2) || unit_after_hyphen(2))
        {
            return Some((0.5, 2));
        }
        // "than a year ago", "a year earlier": a point in time, not a length.
        let reference = tokens
            .get(k + 2)
            .and_then(word_of)
            .is_some_and(|word| is_time_reference_word(&word));
        let one =
            filled_unit_at(1) && !ordinal_at(1) && !reference && makes_a_length(tokens, taken, k);
        return one.then_some((1.0, 1));
    }
    if token.is_word("another") {
        let one = filled_unit_at(1) && !ordinal_at(1) && makes_a_length(tokens, taken, k);
        return one.then_some((1.0, 1));
    }
    if lowered(token.text, is_whole_word) {
        let hyphen = unit_after_hyphen(1);
        let unit = k + 1 + usize::from(hyphen);
        let singular = tokens
            .get(unit)
            .is_some_and(|t| !t.text.ends_with(['s', 'S']));
        let no_noun = tokens.get(unit + 1).is_none_or(|t| {
            t.kind != TokenKind::Word || word_of(t).is_some_and(|word| is_noun_stop(&word))
        });
        return ((unit_at(1) || hyphen) && singular && no_noun).then_some((1.0, 1));
    }
    None
}

/// `is_in` of a short ASCII word lower-cased on the stack: this runs at every word, which a
/// `String` per word would make dearer.
fn lowered(text: &str, is_in: impl Fn(&str) -> bool) -> bool {
    let mut buffer = [0u8; 8];
    let Some(lower) = buffer.get_mut(..text.len()) else {
        return false;
    };
    if !text.bytes().any(|b| b.is_ascii_uppercase()) {
        return is_in(text);
    }
    lower.copy_from_slice(text.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).is_ok_and(is_in)
}

/// Whether what comes before `a`, `an` or `another` at `k` makes the unit after it a length:
/// an opener ("for", "lasted", "took", "nearly"), a qualifier of two words or more ("more
/// than", "up to"), or one of one word after an opener ("for about a week").
fn makes_a_length(tokens: &[Token], taken: &[bool], k: usize) -> bool {
    let opener = |n: usize| {
        k.checked_sub(n)
            .and_then(|p| word_of(&tokens[p]))
            .is_some_and(|word| is_duration_opener(&word))
    };
    opener(1)
        || (1..=QUALIFIERS.longest()).any(|length| {
            k >= length
                && phrases_at(tokens, taken, k - length, &QUALIFIERS)
                    .any(|(_, _, found)| found == length && (length >= 2 || opener(2)))
        })
}
