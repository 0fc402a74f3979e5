//! Numeric dates: takes the tokens at a position and hands on the date written there in digits
//! with a year: `2020-08-17`, `2015/08/12`, `2019-sep-1` (year first, always month then day),
//! `17/8/2020`, `8/17/2020`, `21-04-2016`, `9-18-15`, `13.5.2015`, `2015.5.13`.
//!
//! Day and month are told apart only when one of them is over 12 (or both are equal):
//! `9/8/2020` is 9 August in London and 8 September in New York, so it is taken (no figure is
//! read out of it) but gives no date. A day and month without a year (`4/22`, `4.22`, `4-22`)
//! is no date here: in news copy those are a ratio or a score, a decimal and a range. A year
//! of two digits is read as POSIX `strptime` reads `%y` (jiff): 69-99 are 1969-1999, 00-68
//! are 2000-2068.

use super::super::tokens::{Token, TokenKind};
use super::named::month_word;
use super::{DateValue, FoundDate, checked, four_digit_year, small_number, year_number};

/// The numeric date starting at token `i`, if one does.
pub(super) fn date_at(tokens: &[Token], i: usize) -> Option<FoundDate> {
    let token = &tokens[i];
    if token.kind != TokenKind::Digits {
        return None;
    }
    dotted(token)
        .map(|value| FoundDate::new(i..i + 1, value))
        .or_else(|| year_first(tokens, i))
        .or_else(|| day_or_month_first(tokens, i))
}

/// `13.5.2015`, `2015.5.13`: one digit run with two inner full stops and a four-digit year at
/// one end (a version such as `2.4.1` has none, and is left to the number reader to refuse).
fn dotted(token: &Token) -> Option<Option<DateValue>> {
    let mut parts = token.text.split('.');
    let (first, second, third) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || token.text.contains(',') {
        return None;
    }
    let number = |text: &str| text.parse::<u32>().ok();
    let year_of = |text: &str| {
        (text.len() == 4 && !text.starts_with('0'))
            .then(|| text.parse::<i32>().ok())
            .flatten()
            .filter(|year| (1800..=2100).contains(year))
    };
    if first.len() > 2 || second.len() > 2 {
        // 2015.5.13: year, month, day, as ISO 8601 orders them.
        let year = year_of(first)?;
        if second.len() > 2 || third.len() > 2 {
            return None;
        }
        return Some(calendar(Some(year), number(second)?, number(third)?));
    }
    let year = year_of(third)?;
    Some(day_and_month(number(first)?, number(second)?, Some(year)))
}

/// `2020-08-17`, `2015/08/12`, `2019-sep-1`, `2019/sep/01`: a year, then month and day joined by
/// the same glued `-` or `/`.
fn year_first(tokens: &[Token], i: usize) -> Option<FoundDate> {
    let year = year_number(&tokens[i])?;
    let glued = |k: usize| tokens.get(k).filter(|t| t.glued);
    let separator = glued(i + 1).filter(|t| t.is_symbol("-/"))?;
    let (month_token, second, day) = (glued(i + 2)?, glued(i + 3)?, glued(i + 4)?);
    if !second.is_symbol(separator.text) || day.kind != TokenKind::Digits {
        return None;
    }
    let month = match month_token.kind {
        TokenKind::Digits => month_token.text.parse().ok()?,
        _ => u32::from(month_word(month_token)?.number),
    };
    let day = day.text.parse().ok()?;
    Some(FoundDate::new(i..i + 5, calendar(Some(year), month, day)))
}

/// `17/8/2020`, `8/17/2020`, `21-04-2016`, `9-18-15`: two numbers of one or two digits and a
/// year, joined by the same glued `/` or `-`.
fn day_or_month_first(tokens: &[Token], i: usize) -> Option<FoundDate> {
    let a = small_number(&tokens[i])?;
    let glued = |k: usize| tokens.get(k).filter(|t| t.glued);
    let separator = glued(i + 1).filter(|t| t.is_symbol("/-"))?;
    let (b, second, y) = (glued(i + 2)?, glued(i + 3)?, glued(i + 4)?);
    if !second.is_symbol(separator.text) {
        return None;
    }
    let b = small_number(b)?;
    // "21-18-15" is no date at all (scores): one of the two must be a month.
    if a.min(b) > 12 || a.min(b) == 0 {
        return None;
    }
    let year = four_digit_year(y)
        .filter(|year| (1800..=2100).contains(year))
        .or_else(|| two_digit_year(y))?;
    // Not a phone number's last group or a longer run of scores: nothing numeric glued after.
    if tokens
        .get(i + 5)
        .is_some_and(|t| t.glued && (t.is_symbol("/-") || t.kind == TokenKind::Digits))
    {
        return None;
    }
    Some(FoundDate::new(i..i + 5, day_and_month(a, b, Some(year))))
}

/// A two-digit year (`89`, `15`), as `%y` reads it.
fn two_digit_year(token: &Token) -> Option<i32> {
    if token.kind != TokenKind::Digits || token.text.len() != 2 {
        return None;
    }
    let year = jiff::fmt::strtime::parse("%y", token.text).ok()?.year()?;
    Some(i32::from(year))
}

/// The date of two numbers that are a day and a month in either order: none (ambiguous) unless
/// one is over 12 or both are equal.
fn day_and_month(a: u32, b: u32, year: Option<i32>) -> Option<DateValue> {
    let (day, month) = match (a, b) {
        (a, b) if a > 12 && b <= 12 => (a, b),
        (a, b) if b > 12 && a <= 12 => (b, a),
        (a, b) if a == b => (a, b),
        _ => return None,
    };
    calendar(year, month, day)
}

/// The date of `year`, `month` and `day` when that day exists.
fn calendar(year: Option<i32>, month: u32, day: u32) -> Option<DateValue> {
    checked(DateValue {
        year,
        month: Some(u8::try_from(month).ok()?),
        day: Some(u8::try_from(day).ok()?),
        weekday: None,
    })
}
