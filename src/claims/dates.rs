//! Dates: finds calendar dates in a sentence's tokens and normalises them: "9 August",
//! "Aug. 9", "August 9th, 2020", "the 3rd of May", "January first", "2020-08-17", "17/8/2020"
//! (numeric forms only where the day cannot be mistaken for the month, and only with a year:
//! "4.22" is a decimal, "4-22" a range and "24/7" a ratio in news), "the first Friday of July",
//! and years standing alone ("since 1994"). Each form is a file of its own: [`numeric`] reads
//! digits and separators, [`named`] the forms naming a month, [`spelled`] days and years in
//! words.
//!
//! Month names are read in any case, but "may" and "march" in lower case are words first and
//! name a month only in an unmistakable date ("the 4th of march", "may 5th").
//!
//! A date without a year takes the article's year when the article date is known (the year
//! before, when the date would otherwise fall more than a month after the article); otherwise
//! its year stays open, printed ISO 8601 style as `--08-09`. A weekday ("on Friday", "Sunday's
//! vote", "on Saturday night") is a date with only its weekday known ([`weekdays`]); with the
//! article date it resolves to the latest such day on or before it (news reports what has
//! happened: a preview's "next Sunday" is not read). Relative dates ("yesterday") are not read.
//!
//! Every day is checked against the calendar (jiff): "30 February 2020", "31 June" and
//! "February 29, 2019" are no dates. Their tokens are still taken, so the day is not read as a
//! count either: a reporter's typo of a date should not turn into a figure to compare.

mod counted;
mod named;
mod numeric;
mod spelled;
mod weekdays;

use std::fmt;
use std::ops::Range;

use super::tokens::{Token, TokenKind};

/// A calendar date with any part possibly open: 2020-08-09, --08-09 (no year), 1994 (a year).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DateValue {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    /// The weekday the text names ("on Friday"): alone, or with the day the article date
    /// resolved it to. `None` for every other date.
    pub weekday: Option<Weekday>,
}

/// A day of the week, as a weekday claim names it ("Friday").
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::Display,
)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    fn to_jiff(self) -> jiff::civil::Weekday {
        use jiff::civil::Weekday as W;
        match self {
            Weekday::Monday => W::Monday,
            Weekday::Tuesday => W::Tuesday,
            Weekday::Wednesday => W::Wednesday,
            Weekday::Thursday => W::Thursday,
            Weekday::Friday => W::Friday,
            Weekday::Saturday => W::Saturday,
            Weekday::Sunday => W::Sunday,
        }
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let (Some(weekday), None, None) = (self.weekday, self.month, self.day) {
            return write!(f, "{weekday}");
        }
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => write!(f, "{y:04}-{m:02}-{d:02}"),
            (None, Some(m), Some(d)) => write!(f, "--{m:02}-{d:02}"),
            (Some(y), Some(m), None) => write!(f, "{y:04}-{m:02}"),
            (Some(y), None, _) => write!(f, "{y:04}"),
            (None, Some(m), None) => write!(f, "--{m:02}"),
            (None, None, _) => write!(f, "unknown"),
        }
    }
}

impl DateValue {
    /// Two dates can be the same day: every part both give is equal.
    pub fn agrees_with(&self, other: &DateValue) -> bool {
        fn same<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
            match (a, b) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            }
        }
        same(self.year, other.year)
            && same(self.month, other.month)
            && same(self.day, other.day)
            && same(self.weekday, other.weekday)
    }

    /// A year on its own ("since 1994"), as opposed to a day of the calendar.
    pub fn is_year_only(&self) -> bool {
        self.month.is_none() && self.day.is_none() && self.weekday.is_none()
    }

    /// A weekday the article date has not resolved ("on Friday" without `--date`).
    pub fn is_weekday_only(&self) -> bool {
        self.weekday.is_some() && self.month.is_none() && self.day.is_none()
    }

    /// A day of the calendar the text gives itself (not a weekday resolved by the article
    /// date): a month and a day.
    pub fn is_written_day(&self) -> bool {
        self.month.is_some() && self.day.is_some() && self.weekday.is_none()
    }

    /// Whether two dates say the same kind of thing, so can be compared: two weekdays, a
    /// resolved weekday and a day of the calendar, two years, two days. A weekday alone is no
    /// day of the calendar, and a year alone no day.
    pub fn same_kind(&self, other: &DateValue) -> bool {
        match (self.is_weekday_only(), other.is_weekday_only()) {
            (true, true) => true,
            (true, false) => other.weekday.is_some(),
            (false, true) => self.weekday.is_some(),
            (false, false) => self.is_year_only() == other.is_year_only(),
        }
    }
}

/// The date an article was published (`--date`), which gives a year to "9 August".
pub type ArticleDate = jiff::civil::Date;

/// Parses `--date`: exactly `YYYY-MM-DD` (jiff alone also takes `20200101` and times or zones
/// after the day), and a real day of the calendar (no 2021-02-29).
pub fn parse_article_date(text: &str) -> Result<ArticleDate, String> {
    let digits_at = |range: std::ops::Range<usize>| {
        text.get(range)
            .is_some_and(|part| part.bytes().all(|b| b.is_ascii_digit()))
    };
    let shaped = text.len() == 10
        && digits_at(0..4)
        && digits_at(5..7)
        && digits_at(8..10)
        && text.as_bytes()[4] == b'-'
        && text.as_bytes()[7] == b'-';
    if !shaped {
        return Err(format!("'{text}' is not a date of the form YYYY-MM-DD"));
    }
    text.parse()
        .map_err(|_| format!("'{text}' is not a day of the calendar"))
}

/// Whether `day` of `month` exists: in `year`, or in some year when it is open (29 February
/// does, in leap years).
fn is_calendar_day(year: Option<i32>, month: u8, day: u8) -> bool {
    // 2000 was a leap year: an open year allows every day some year has.
    let year = year.unwrap_or(2000);
    let (Ok(year), Ok(month), Ok(day)) =
        (i16::try_from(year), i8::try_from(month), i8::try_from(day))
    else {
        return false;
    };
    jiff::civil::Date::new(year, month, day).is_ok()
}

/// `value` when it names a day that exists (or no day at all: "March 2019", "1994").
fn checked(value: DateValue) -> Option<DateValue> {
    match (value.month, value.day) {
        (Some(month), Some(day)) => is_calendar_day(value.year, month, day).then_some(value),
        _ => Some(value),
    }
}

/// A date found in a sentence: which tokens it covers and its value. `value` is `None` for
/// date-shaped text that is not a usable date (`9/8/2020`, ambiguous), whose tokens are still
/// claimed so no number is read out of them.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundDate {
    pub tokens: Range<usize>,
    pub value: Option<DateValue>,
    /// The text gives the year ("9 August 2020", "in 2004"), rather than the article date
    /// (set by [`find`], which fills the year in; `false` until then).
    pub year_written: bool,
    /// "the first Friday of July": which weekday of the month, found once the year is known.
    pub nth_weekday: Option<(i8, jiff::civil::Weekday)>,
    /// "last Friday": the article date resolves the weekday to one strictly before it.
    pub weekday_before_article: bool,
}

impl FoundDate {
    /// A date over `tokens` with `value`, or no usable date when `value` is `None`.
    fn new(tokens: Range<usize>, value: Option<DateValue>) -> FoundDate {
        FoundDate {
            tokens,
            value,
            year_written: false,
            nth_weekday: None,
            weekday_before_article: false,
        }
    }
}

fn small_number(token: &Token) -> Option<u32> {
    if token.kind != TokenKind::Digits || token.text.len() > 2 {
        return None;
    }
    token.text.parse().ok()
}

fn day_number(token: &Token) -> Option<u8> {
    small_number(token)
        .filter(|day| (1..=31).contains(day))
        .map(|day| day as u8)
}

/// A year written alone or after a month: four digits from 1800 to 2100 (earlier years only
/// after a day and month, see [`year_after`]).
fn year_number(token: &Token) -> Option<i32> {
    four_digit_year(token).filter(|year| (1800..=2100).contains(year))
}

fn four_digit_year(token: &Token) -> Option<i32> {
    if token.kind != TokenKind::Digits || token.text.len() != 4 || token.text.starts_with('0') {
        return None;
    }
    token.text.parse().ok().filter(|year| *year >= 1000)
}

/// `token` is an ordinal's suffix glued to the digits before it (`th` of `9th`).
fn glued_ordinal_suffix(token: Option<&Token>) -> bool {
    token.is_some_and(|t| t.glued && crate::lexicon::is_ordinal_suffix(&t.lower()))
}

/// Finds the dates in `tokens`, in order, without overlaps.
pub fn find(tokens: &[Token], article_date: Option<ArticleDate>) -> Vec<FoundDate> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some(date) = match_at(tokens, i) {
            i = date.tokens.end;
            found.push(date);
        } else {
            i += 1;
        }
    }
    for date in &mut found {
        if let Some(value) = &mut date.value {
            date.year_written = value.year.is_some();
            fill_year(value, article_date);
            if let Some((nth, weekday)) = date.nth_weekday {
                value.day = named::nth_weekday_day(value, nth, weekday);
            }
            if let Some(article) = article_date {
                weekdays::resolve(value, article, date.weekday_before_article);
            }
        }
    }
    found
}

fn fill_year(value: &mut DateValue, article_date: Option<ArticleDate>) {
    let (Some(article), None, Some(month)) = (article_date, value.year, value.month) else {
        return;
    };
    // "Dec. 28" in an article of 5 January is last December.
    let months_ahead = i32::from(month) - i32::from(article.month());
    let year = i32::from(article.year()) - i32::from(months_ahead > 1);
    // "February 29" in an article of 2021 stays open rather than become a day that never was.
    if value
        .day
        .is_none_or(|day| is_calendar_day(Some(year), month, day))
    {
        value.year = Some(year);
    }
}

/// The date starting at token `i`, if one does: numeric forms first (`2020-08-17`,
/// `17/8/2020`), then those naming a month (`9 August`, `Aug. 9`, `the first Friday of
/// July`), then a year alone.
fn match_at(tokens: &[Token], i: usize) -> Option<FoundDate> {
    numeric::date_at(tokens, i)
        .or_else(|| named::date_at(tokens, i))
        .or_else(|| weekdays::weekday_at(tokens, i))
        .or_else(|| year_alone(tokens, i))
        .or_else(|| {
            spelled::lone_year_in_words(tokens, i).map(|(year, end)| {
                FoundDate::new(
                    i..end,
                    Some(DateValue {
                        year: Some(year),
                        month: None,
                        day: None,
                        weekday: None,
                    }),
                )
            })
        })
}

/// 1994 on its own; 1990s is a decade, not a date, and not a count either; "2000 people" is a
/// count (see [`counted`]).
fn year_alone(tokens: &[Token], i: usize) -> Option<FoundDate> {
    let token = &tokens[i];
    let year = year_number(token).or_else(|| {
        four_digit_year(token)
            .filter(|year| *year < 1800)
            .filter(|_| counted::early_year(tokens, i))
    })?;
    let previous = i.checked_sub(1).and_then(|p| tokens.get(p));
    let next = tokens.get(i + 1);
    let money_or_scale = previous.is_some_and(|p| p.is_symbol("$£€¥₹₽"))
        || next.is_some_and(|n| {
            n.is_symbol("%")
                || n.kind == TokenKind::Word && super::numbers::scale_of(&n.lower()).is_some()
        });
    if next.is_some_and(|n| n.glued && n.is_word("s")) {
        return Some(FoundDate::new(i..i + 2, None));
    }
    let counts = counted::counts_something(tokens, i);
    (!money_or_scale && !counts && !token.text.contains(',')).then(|| {
        FoundDate::new(
            i..i + 1,
            Some(DateValue {
                year: Some(year),
                month: None,
                day: None,
                weekday: None,
            }),
        )
    })
}

/// A day of a month found in `tokens`, with the year that follows it if any; no value when
/// that day does not exist.
fn day_of_month(tokens: &[Token], found: Range<usize>, month: u8, day: u8) -> FoundDate {
    let year = year_after(tokens, found.end);
    FoundDate::new(
        found.start..year.map_or(found.end, |(_, after)| after),
        checked(DateValue {
            year: year.map(|(y, _)| y),
            month: Some(month),
            day: Some(day),
            weekday: None,
        }),
    )
}

/// A year after a day and month: ", 2020", " 2020", " of 2020", or in words (", two thousand
/// and eighteen"); returns it and the token after it. A year before 1800 ("5 December 1391")
/// only where no noun follows it: "on 5 December 1500 people marched" counts people.
fn year_after(tokens: &[Token], k: usize) -> Option<(i32, usize)> {
    let joined = tokens
        .get(k)
        .is_some_and(|t| t.is_symbol(",") || t.is_word("of"));
    let at = if joined { k + 1 } else { k };
    let token = tokens.get(at)?;
    if let Some(year) = year_number(token) {
        return Some((year, at + 1));
    }
    if let Some(year) = four_digit_year(token)
        && spelled::ends_date(tokens, at + 1, true)
    {
        return Some((year, at + 1));
    }
    spelled::year_in_words(tokens, at).filter(|_| !tokens[k].is_word("of"))
}

#[cfg(test)]
mod tests;
