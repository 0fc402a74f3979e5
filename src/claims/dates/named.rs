//! Dates naming their month: takes the tokens at a position and hands on the date written
//! there with a month's name or abbreviation: day first ("9 August", "9th of August", "16.
//! Nov. 2016", "1-jan"), month first ("Aug. 9", "August 9th, 2020", "Oct-2", "October, 1st",
//! "September the 21st", "May twenty-first"), glued ("april22", "22april"), in words ("the
//! fourth of May", "twenty second of June"), a month and year ("March 2019"), and a weekday of
//! a month ("the first Friday of July", whose day is found once the year is known).
//!
//! "may" and "march" in lower case are words first (`common_month_words.txt`): they name a
//! month only in an unmistakable date, with an ordinal day, an `of` or a year ("may 5th", "the
//! 4th of march"); "they march 5 miles" is no date.

use jiff::civil::Weekday;

use super::super::tokens::{Token, TokenKind};
use super::spelled::{day_in_words, ordinal_day};
use super::{
    DateValue, FoundDate, checked, day_number, day_of_month, glued_ordinal_suffix, year_after,
    year_number,
};
use crate::lexicon::{ORDINAL_WORDS, is_common_month_word, is_weekday, month_number};

/// A month named by a token.
#[derive(Debug, Clone, Copy)]
pub(in crate::claims::dates) struct MonthWord {
    /// January is 1.
    pub(in crate::claims::dates) number: u8,
    /// Capitalised, or a name that is no other word ("april", "sept"): a month wherever a day
    /// stands by it. Lower-case "may" and "march" need an unmistakable date.
    pub(in crate::claims::dates) plain: bool,
}

/// `text` in lower case in `buffer` when it is short enough to be a month's name: this runs at
/// every word, so it allocates nothing.
fn short_lower<'b>(text: &'b str, buffer: &'b mut [u8; 9]) -> Option<&'b str> {
    let bytes = text.as_bytes();
    if !(3..=9).contains(&bytes.len()) || !bytes.iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    // Most words are in lower case already: no copy then, as this runs at every word.
    if !bytes.iter().any(u8::is_ascii_uppercase) {
        return Some(text);
    }
    let lower = &mut buffer[..bytes.len()];
    lower.copy_from_slice(bytes);
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).ok()
}

/// The month a word token names, in any case.
pub(in crate::claims::dates) fn month_word(token: &Token) -> Option<MonthWord> {
    if token.kind != TokenKind::Word {
        return None;
    }
    month_of_text(token.text)
}

fn month_of_text(text: &str) -> Option<MonthWord> {
    let mut buffer = [0; 9];
    let lower = short_lower(text, &mut buffer)?;
    let number = month_number(lower)?;
    let capitalised = text.starts_with(|c: char| c.is_ascii_uppercase());
    Some(MonthWord {
        number,
        plain: capitalised || !is_common_month_word(lower),
    })
}

/// The date naming a month that starts at token `i`, if one does.
pub(super) fn date_at(tokens: &[Token], i: usize) -> Option<FoundDate> {
    match tokens[i].kind {
        TokenKind::Digits => day_first(tokens, i),
        TokenKind::Word => month_and_day_glued(tokens, i)
            .or_else(|| month_word(&tokens[i]).and_then(|month| month_first(tokens, i, month)))
            .or_else(|| words_of_month(tokens, i))
            .or_else(|| weekday_of_month(tokens, i)),
        TokenKind::Symbol => None,
    }
}

/// "april22", "Oct2", "january12,2016": one word of a month and a day.
fn month_and_day_glued(tokens: &[Token], i: usize) -> Option<FoundDate> {
    let text = tokens[i].text;
    if !text.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let split = text.find(|c: char| c.is_ascii_digit())?;
    let (name, digits) = text.split_at(split);
    if digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let month = month_of_text(name)?;
    let day: u8 = digits.parse().ok().filter(|day| (1..=31).contains(day))?;
    Some(day_of_month(tokens, i..i + 1, month.number, day))
}

/// "9 August", "9th of August", "22 of jan", "16. Nov. 2016", "1-jan", "22april".
fn day_first(tokens: &[Token], i: usize) -> Option<FoundDate> {
    let at = |k: usize| tokens.get(k);
    let day = day_number(&tokens[i])?;
    let mut k = i + 1;
    let ordinal = glued_ordinal_suffix(at(k));
    if ordinal {
        k += 1;
    }
    let month_at = |k: usize| at(k).and_then(month_word);
    // 16. Nov. 2016, 1-jan: a full stop or hyphen glued between them.
    let joined = at(k).is_some_and(|t| t.glued && t.is_symbol(".-"))
        && month_at(k + 1).is_some()
        && (at(k).is_some_and(|t| t.is_symbol(".")) || at(k + 1).is_some_and(|t| t.glued));
    let of = !joined && at(k).is_some_and(|t| t.is_word("of")) && month_at(k + 1).is_some();
    if joined || of {
        k += 1;
    }
    let month = month_at(k)?;
    let end = k + 1 + usize::from(at(k + 1).is_some_and(|t| t.is_symbol(".") && t.glued));
    let sure = month.plain || ordinal || of || year_after(tokens, end).is_some();
    sure.then(|| day_of_month(tokens, i..end, month.number, day))
}

/// "Aug. 9", "August 9th, 2020", "Oct. 3-7", "Oct-2", "jan/1", "October, 1st", "September the
/// 21st", "may the eleventh", "Jan first", "May twenty-one", "March 2019".
fn month_first(tokens: &[Token], i: usize, month: MonthWord) -> Option<FoundDate> {
    let at = |k: usize| tokens.get(k);
    let mut k = i + 1;
    if at(k).is_some_and(|t| t.is_symbol(".") && t.glued) {
        k += 1;
    }
    // Oct-2, jan/1: a glued hyphen or slash; October, 1st: a comma before a day with its suffix.
    let separated = at(k).is_some_and(|t| t.glued && t.is_symbol("-/"))
        && at(k + 1).is_some_and(|t| t.glued && t.kind == TokenKind::Digits);
    let comma = !separated
        && at(k).is_some_and(|t| t.is_symbol(","))
        && at(k + 1).and_then(day_number).is_some()
        && glued_ordinal_suffix(at(k + 2));
    if separated || comma {
        k += 1;
    }
    if let Some(day) = at(k).and_then(day_number)
        && !at(k + 1).is_some_and(|t| {
            // "May 5%", "March 3bn": a figure, not a day.
            t.glued
                && (t.is_symbol("%")
                    || t.kind == TokenKind::Digits
                    || t.kind == TokenKind::Word && !glued_ordinal_suffix(Some(t)))
        })
    {
        let mut end = k + 1;
        let ordinal = glued_ordinal_suffix(at(end));
        if ordinal {
            end += 1;
        }
        // "Oct. 3-7": the days a thing runs; the later day is part of the date, no count.
        if !separated
            && at(end).is_some_and(|t| t.glued && (t.is_symbol("-") || t.is_symbol("\u{2013}")))
            && at(end + 1)
                .filter(|t| t.glued)
                .and_then(day_number)
                .is_some_and(|last| last > day)
        {
            end += 2;
        }
        let sure = month.plain || ordinal || separated || year_after(tokens, end).is_some();
        return sure.then(|| day_of_month(tokens, i..end, month.number, day));
    }
    if separated || comma {
        return None;
    }
    // September the 21st, may the eleventh: an ordinal after `the`.
    if at(k).is_some_and(|t| t.is_word("the")) {
        if let Some(day) = at(k + 1).and_then(day_number)
            && glued_ordinal_suffix(at(k + 2))
        {
            return Some(day_of_month(tokens, i..k + 3, month.number, day));
        }
        let (day, end, _) = day_in_words(tokens, k + 1).filter(|(_, _, ordinal)| *ordinal)?;
        return Some(day_of_month(tokens, i..end, month.number, day));
    }
    // Jan first, May twenty-first, May twenty one.
    if let Some((day, end, _)) = day_in_words(tokens, k) {
        return Some(day_of_month(tokens, i..end, month.number, day));
    }
    // March 2019
    let year = at(k).and_then(year_number).filter(|_| month.plain)?;
    Some(FoundDate::new(
        i..k + 1,
        Some(DateValue {
            year: Some(year),
            month: Some(month.number),
            day: None,
            weekday: None,
        }),
    ))
}

/// "the fourth of May", "twenty second of June", "second of Aug.": an ordinal in words, `of`,
/// a month. Not a share: "a third of March's rain", "one fifth of May's budget".
fn words_of_month(tokens: &[Token], i: usize) -> Option<FoundDate> {
    // Cheap first: an `of` and a month within the next four tokens.
    let of = (i + 1..(i + 4).min(tokens.len())).find(|&k| tokens[k].is_word("of"))?;
    let month = tokens.get(of + 1).and_then(month_word)?;
    let share = i.checked_sub(1).is_some_and(|p| {
        let before = &tokens[p];
        before.is_word("a")
            || before.is_word("an")
            || before.is_word("one")
            || before.kind == TokenKind::Digits
    });
    if share {
        return None;
    }
    let (day, _) = ordinal_day(tokens, i).filter(|(_, end)| *end == of)?;
    let after = of
        + 2
        + usize::from(
            tokens
                .get(of + 2)
                .is_some_and(|t| t.is_symbol(".") && t.glued),
        );
    Some(day_of_month(tokens, i..after, month.number, day))
}

/// "the first Friday of July", "the last Sunday in May [2021]": the month, and which of its
/// weekdays; the day itself is found once the year is known ([`nth_weekday_day`]).
fn weekday_of_month(tokens: &[Token], i: usize) -> Option<FoundDate> {
    let of = tokens.get(i + 2)?;
    if !(of.is_word("of") || of.is_word("in")) {
        return None;
    }
    let month = tokens.get(i + 3).and_then(month_word)?;
    let weekday = weekday_of(tokens.get(i + 1)?)?;
    let first = &tokens[i];
    let nth = if first.is_word("last") {
        -1
    } else {
        let value = *ORDINAL_WORDS.get(&first.text.to_ascii_lowercase())?;
        (1.0..=5.0).contains(&value).then_some(value as i8)?
    };
    let year = year_after(tokens, i + 4);
    let mut found = FoundDate::new(
        i..year.map_or(i + 4, |(_, after)| after),
        checked(DateValue {
            year: year.map(|(year, _)| year),
            month: Some(month.number),
            day: None,
            weekday: None,
        }),
    );
    found.nth_weekday = Some((nth, weekday));
    Some(found)
}

/// The weekday a word names in full ("Friday", "friday"), read by jiff.
fn weekday_of(token: &Token) -> Option<Weekday> {
    if token.kind != TokenKind::Word || !is_weekday(&token.text.to_ascii_lowercase()) {
        return None;
    }
    jiff::fmt::strtime::parse("%A", token.text).ok()?.weekday()
}

/// The day of the `nth` `weekday` of the date's month (the last for -1), when its year is
/// known and that weekday exists ("the fifth Monday of March 2024" does not).
pub(super) fn nth_weekday_day(value: &DateValue, nth: i8, weekday: Weekday) -> Option<u8> {
    let year = i16::try_from(value.year?).ok()?;
    let month = i8::try_from(value.month?).ok()?;
    let first = jiff::civil::Date::new(year, month, 1).ok()?;
    let day = first.nth_weekday_of_month(nth, weekday).ok()?.day();
    u8::try_from(day).ok()
}
