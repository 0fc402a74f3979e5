//! Dates: finds calendar dates in a sentence's tokens and normalises them: "9 August",
//! "Aug. 9", "August 9th, 2020", "2020-08-17", "17/8/2020" (numeric forms only where the day
//! cannot be mistaken for the month), and years standing alone ("since 1994").
//!
//! A date without a year takes the article's year when the article date is known (the year
//! before, when the date would otherwise fall more than a month after the article); otherwise
//! its year stays open, printed ISO 8601 style as `--08-09`.
//!
//! Every day is checked against the calendar (jiff): "30 February 2020", "31 June" and
//! "February 29, 2019" are no dates. Their tokens are still taken, so the day is not read as a
//! count either: a reporter's typo of a date should not turn into a figure to compare.

use std::fmt;
use std::ops::Range;

use super::tokens::{Token, TokenKind};

/// A calendar date with any part possibly open: 2020-08-09, --08-09 (no year), 1994 (a year).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DateValue {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
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
        same(self.year, other.year) && same(self.month, other.month) && same(self.day, other.day)
    }

    /// A year on its own ("since 1994"), as opposed to a day of the calendar.
    pub fn is_year_only(&self) -> bool {
        self.month.is_none() && self.day.is_none()
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
}

/// The month a token names. Month names must be capitalised; "may" and "march" are also
/// common words and count only next to a day or a year.
fn month_of(token: &Token) -> Option<u8> {
    if token.kind != TokenKind::Word || !token.text.starts_with(char::is_uppercase) {
        return None;
    }
    crate::lexicon::month_number(&token.lower())
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

fn year_number(token: &Token) -> Option<i32> {
    if token.kind != TokenKind::Digits || token.text.len() != 4 || token.text.starts_with('0') {
        return None;
    }
    token
        .text
        .parse()
        .ok()
        .filter(|year| (1800..=2100).contains(year))
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

fn match_at(tokens: &[Token], i: usize) -> Option<FoundDate> {
    let at = |k: usize| tokens.get(k);
    let token = &tokens[i];

    // 2020-08-17
    if let Some(year) = year_number(token)
        && let (Some(d1), Some(m), Some(d2), Some(d)) = (at(i + 1), at(i + 2), at(i + 3), at(i + 4))
        && d1.is_symbol("-")
        && d2.is_symbol("-")
        && d1.glued
        && m.glued
        && d2.glued
        && d.glued
        && m.kind == TokenKind::Digits
        && d.kind == TokenKind::Digits
    {
        let month: u8 = m.text.parse().ok()?;
        let day: u8 = d.text.parse().ok()?;
        return Some(FoundDate {
            tokens: i..i + 5,
            year_written: false,
            value: checked(DateValue {
                year: Some(year),
                month: Some(month),
                day: Some(day),
            }),
        });
    }

    // 17/8/2020, 8/17/2020, 9/8/2020 (ambiguous: taken, no value)
    if let (Some(a), Some(s1), Some(b), Some(s2), Some(y)) = (
        small_number(token),
        at(i + 1),
        at(i + 2),
        at(i + 3),
        at(i + 4),
    ) && s1.is_symbol("/")
        && s2.is_symbol("/")
        && s1.glued
        && s2.glued
        && let Some(b) = small_number(b)
        && (year_number(y).is_some() || (y.kind == TokenKind::Digits && y.text.len() == 2))
    {
        let year = year_number(y).or_else(|| y.text.parse::<i32>().ok().map(|yy| 2000 + yy));
        let (day, month) = match (a, b) {
            (a, b) if a > 12 && b <= 12 => (a, b),
            (a, b) if b > 12 && a <= 12 => (b, a),
            (a, b) if a == b => (a, b),
            _ => (0, 0),
        };
        return Some(FoundDate {
            tokens: i..i + 5,
            year_written: false,
            // (0, 0) for the ambiguous ones: no day of the calendar. Both fit a byte: they
            // come from numbers of at most two digits.
            value: checked(DateValue {
                year,
                month: Some(month as u8),
                day: Some(day as u8),
            }),
        });
    }

    // 9 August [2020], 9th of August
    if let Some(day) = day_number(token) {
        let mut k = i + 1;
        if glued_ordinal_suffix(at(k)) {
            k += 1;
        }
        if at(k).is_some_and(|t| t.is_word("of")) && at(k + 1).and_then(month_of).is_some() {
            k += 1;
        }
        if let Some(month) = at(k).and_then(month_of) {
            let mut end = k + 1;
            if at(end).is_some_and(|t| t.is_symbol(".") && t.glued) {
                end += 1;
            }
            return Some(day_of_month(tokens, i..end, month, day));
        }
    }

    // Aug. 9 [, 2020], August 9th, August 2020
    if let Some(month) = month_of(token) {
        let mut k = i + 1;
        if at(k).is_some_and(|t| t.is_symbol(".") && t.glued) {
            k += 1;
        }
        if let Some(day) = at(k).and_then(day_number)
            && !at(k + 1).is_some_and(|t| t.is_symbol("%"))
        {
            let mut end = k + 1;
            if glued_ordinal_suffix(at(end)) {
                end += 1;
            }
            // "Oct. 3-7": the days a thing runs; the later day is part of the date, no count.
            if at(end).is_some_and(|t| t.glued && (t.is_symbol("-") || t.is_symbol("\u{2013}")))
                && at(end + 1)
                    .filter(|t| t.glued)
                    .and_then(day_number)
                    .is_some_and(|last| last > day)
            {
                end += 2;
            }
            return Some(day_of_month(tokens, i..end, month, day));
        }
        if let Some(year) = at(k).and_then(year_number) {
            return Some(FoundDate {
                tokens: i..k + 1,
                year_written: false,
                value: Some(DateValue {
                    year: Some(year),
                    month: Some(month),
                    day: None,
                }),
            });
        }
    }

    // 1994 on its own; 1990s is a decade, not a date, and not a count either.
    if let Some(year) = year_number(token) {
        let previous = i.checked_sub(1).and_then(|p| tokens.get(p));
        let next = at(i + 1);
        let money_or_scale = previous.is_some_and(|p| p.is_symbol("$£€¥₹₽"))
            || next.is_some_and(|n| {
                n.is_symbol("%")
                    || n.kind == TokenKind::Word && super::numbers::scale_of(&n.lower()).is_some()
            });
        if next.is_some_and(|n| n.glued && n.is_word("s")) {
            return Some(FoundDate {
                tokens: i..i + 2,
                year_written: false,
                value: None,
            });
        }
        if !money_or_scale && !token.text.contains(',') {
            return Some(FoundDate {
                tokens: i..i + 1,
                year_written: false,
                value: Some(DateValue {
                    year: Some(year),
                    month: None,
                    day: None,
                }),
            });
        }
    }
    None
}

/// A day of a month found in `tokens`, with the year that follows it if any; no value when
/// that day does not exist.
fn day_of_month(tokens: &[Token], found: Range<usize>, month: u8, day: u8) -> FoundDate {
    let year = year_after(tokens, found.end);
    FoundDate {
        tokens: found.start..year.map_or(found.end, |(_, after)| after),
        year_written: false,
        value: checked(DateValue {
            year: year.map(|(y, _)| y),
            month: Some(month),
            day: Some(day),
        }),
    }
}

/// A year after a day and month: ", 2020" or " 2020"; returns it and the token after it.
fn year_after(tokens: &[Token], k: usize) -> Option<(i32, usize)> {
    let comma = tokens.get(k).is_some_and(|t| t.is_symbol(","));
    let at = if comma { k + 1 } else { k };
    tokens
        .get(at)
        .and_then(year_number)
        .map(|year| (year, at + 1))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn dates(text: &str, article: Option<&str>) -> Vec<String> {
        let tokens = tokenize(text);
        let article = article.map(|a| a.parse().unwrap());
        find(&tokens, article)
            .into_iter()
            .map(|d| match d.value {
                Some(v) => format!(
                    "{} [{}]",
                    v,
                    &text[tokens[d.tokens.start].start..tokens[d.tokens.end - 1].end]
                ),
                None => "-".to_string(),
            })
            .collect()
    }

    #[test]
    fn day_month_forms() {
        assert_eq!(dates("the 9 August vote", None), ["--08-09 [9 August]"]);
        assert_eq!(dates("the Aug. 9 election", None), ["--08-09 [Aug. 9]"]);
        assert_eq!(
            dates("on August 9th, 2020, polls", None),
            ["2020-08-09 [August 9th, 2020]"]
        );
        assert_eq!(
            dates("on the 3rd of March", None),
            ["--03-03 [3rd of March]"]
        );
        assert_eq!(dates("from Sept. 10 until", None), ["--09-10 [Sept. 10]"]);
        assert_eq!(dates("in March 2019 and", None), ["2019-03 [March 2019]"]);
    }

    #[test]
    fn numeric_forms_only_when_unambiguous() {
        assert_eq!(
            dates("filed 2020-08-17 at", None),
            ["2020-08-17 [2020-08-17]"]
        );
        assert_eq!(dates("on 17/8/2020 the", None), ["2020-08-17 [17/8/2020]"]);
        assert_eq!(dates("on 8/17/2020 the", None), ["2020-08-17 [8/17/2020]"]);
        assert_eq!(dates("on 9/8/2020 the", None), ["-"]);
    }

    #[test]
    fn years_alone_and_decades() {
        assert_eq!(dates("has led Belarus since 1994", None), ["1994 [1994]"]);
        assert_eq!(dates("in the 1990s", None), ["-"]);
        assert!(dates("a budget of $2000", None).is_empty());
        assert!(dates("some 2,020 people", None).is_empty());
    }

    #[test]
    fn the_article_date_gives_the_year() {
        assert_eq!(
            dates("the 9 August vote", Some("2020-08-17")),
            ["2020-08-09 [9 August]"]
        );
        assert_eq!(
            dates("on Dec. 28", Some("2021-01-05")),
            ["2020-12-28 [Dec. 28]"]
        );
    }

    #[test]
    fn impossible_days_are_not_dates_and_not_counts() {
        // Taken, so no claim at all: neither a date nor a count of "30".
        assert_eq!(dates("on 30 February 2020 the", None), ["-"]);
        assert_eq!(dates("on 31 June the", None), ["-"]);
        assert_eq!(dates("on June 31 the", None), ["-"]);
        assert_eq!(dates("on February 29, 2019, the", None), ["-"]);
        assert_eq!(dates("filed 2020-02-30 at", None), ["-"]);
        assert_eq!(dates("filed 2020-04-31 at", None), ["-"]);
        assert_eq!(dates("on 31/6/2020 the", None), ["-"]);
        assert_eq!(dates("on 6/31/2020 the", None), ["-"]);
        let sentence = "On 30 February 2020, police held 12 people.";
        let claims = crate::claims::extract_sentence(sentence, None);
        let texts: Vec<&str> = claims.iter().map(|claim| claim.text(sentence)).collect();
        assert_eq!(texts, ["12"]);
    }

    #[test]
    fn possible_days_with_and_without_a_year() {
        assert_eq!(dates("on 30 April the", None), ["--04-30 [30 April]"]);
        assert_eq!(
            dates("on 31 December 2019 the", None),
            ["2019-12-31 [31 December 2019]"]
        );
        // No year: 29 February happens (in leap years).
        assert_eq!(dates("on February 29 the", None), ["--02-29 [February 29]"]);
        assert_eq!(
            dates("on 29 February 2020 the", None),
            ["2020-02-29 [29 February 2020]"]
        );
        assert_eq!(
            dates("filed 2000-02-29 at", None),
            ["2000-02-29 [2000-02-29]"]
        );
        // 1900 and 2100 are not leap years (divisible by 100, not by 400).
        assert_eq!(dates("on 29 February 1900 the", None), ["-"]);
        assert_eq!(dates("on 29/2/2100 the", None), ["-"]);
        assert_eq!(dates("on 29/2/2024 the", None), ["2024-02-29 [29/2/2024]"]);
    }

    #[test]
    fn the_article_year_is_not_given_when_it_makes_an_impossible_day() {
        assert_eq!(
            dates("on February 29 the", Some("2020-03-02")),
            ["2020-02-29 [February 29]"]
        );
        assert_eq!(
            dates("on February 29 the", Some("2021-03-02")),
            ["--02-29 [February 29]"]
        );
    }

    #[test]
    fn an_article_date_must_be_a_day_of_the_calendar() {
        assert_eq!(
            parse_article_date("2020-08-17").unwrap(),
            jiff::civil::date(2020, 8, 17)
        );
        assert!(parse_article_date("2024-02-29").is_ok());
        assert_eq!(
            parse_article_date("2021-02-29").unwrap_err(),
            "'2021-02-29' is not a day of the calendar"
        );
        assert_eq!(
            parse_article_date("2020-06-31").unwrap_err(),
            "'2020-06-31' is not a day of the calendar"
        );
        for shapeless in [
            "17/08/2020",
            "20200817",
            "2020-08-17T12:00",
            "+002020-08-17",
        ] {
            assert_eq!(
                parse_article_date(shapeless).unwrap_err(),
                format!("'{shapeless}' is not a date of the form YYYY-MM-DD")
            );
        }
    }

    #[test]
    fn may_and_march_as_words_are_not_dates() {
        assert!(dates("Officials may march on Friday", None).is_empty());
        assert_eq!(dates("on May 5", None), ["--05-05 [May 5]"]);
    }
}
