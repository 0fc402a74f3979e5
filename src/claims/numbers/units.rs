//! Ages and durations: takes the tokens around a bare count and hands on the unit of time they
//! make of it, an age ("55-year-old", "23 years old", "a 5-month-old", "aged 6 months", "at
//! the age of 70", "87 yo", "Kovalchuk, 55,") or a span of time ("nine days", "3 hrs", "a
//! 24-hour strike", "three and a half years", "an hour and a half", "two years and six
//! months"). Kept apart because it decides what a figure can be compared with.
//!
//! A duration keeps the unit written. One of several units ("two years and six months", "1
//! year 1 month 21 days") is read in the smallest, exactly where the units divide (30 months),
//! else approximately, a month taken as 30 days and a year as 365 (~416 days). A time compound
//! before a bond tenor or the round-the-clock "24-hour" ("the 10-year yield", "24-hour news",
//! `duration_label_nouns.txt`) names a thing, not a length, and is no figure at all.

use super::super::tokens::{Token, TokenKind};
use super::super::{Exactness, TimeUnit, Unit};
use super::atom::{Atom, atom_at};
use super::words::{DURATION_UNITS, word_of};
use super::words_at;
use crate::lexicon::{
    is_age_abbreviation, is_age_noun, is_duration_filler, is_duration_label_noun,
};

/// What the words after a figure make of it.
#[derive(Debug, PartialEq)]
pub(super) enum TimeRead {
    /// No unit of time: the figure stays what it was.
    Nothing,
    /// "the 10-year yield", "24-hour news": a name; the figure is no claim.
    Label,
    /// An age or a duration: its unit, where its words end, and the value it makes of the
    /// figure's, `value * scale + add` ("two years and six months" is 2 * 12 + 6 months); not
    /// `exact` when units were converted by convention (a month of 30 days).
    Time {
        unit: Unit,
        end: usize,
        scale: f64,
        add: f64,
        exact: bool,
    },
}

/// The unit of time a word names, with how many of it the word is (`fortnight`: 2 weeks). A
/// word of three letters or fewer in capitals is a name ("HR", "SEC", "MIN").
pub(super) fn unit_word(token: &Token) -> Option<(TimeUnit, f64)> {
    if token.kind != TokenKind::Word
        || token.text.len() <= 3 && token.text.bytes().all(|b| b.is_ascii_uppercase())
    {
        return None;
    }
    // This runs after most words: lower-cased only when it has capitals.
    if token.text.bytes().any(|b| b.is_ascii_uppercase()) {
        DURATION_UNITS.get(&token.text.to_ascii_lowercase())
    } else {
        DURATION_UNITS.get(token.text)
    }
    .copied()
}

/// A unit of time after a figure ending at `end`: spaced or glued ("3 days", "3h"), after a
/// filler ("three more days", "10 business days") or after a glued hyphen ("24-hour",
/// "55-year-old"). Its unit, count, token, and whether a hyphen joined it.
fn unit_after(tokens: &[Token], end: usize) -> Option<(TimeUnit, f64, usize, bool)> {
    let at = |k: usize| tokens.get(k);
    if at(end).is_some_and(|t| t.is_symbol("-") && t.glued)
        && let Some((unit, count)) = at(end + 1).filter(|t| t.glued).and_then(unit_word)
    {
        return Some((unit, count, end + 1, true));
    }
    if let Some((unit, count)) = at(end).and_then(unit_word) {
        return Some((unit, count, end, false));
    }
    let filler = at(end).is_some_and(|t| word_of(t).is_some_and(|word| is_duration_filler(&word)));
    let (unit, count) = at(end + 1).filter(|_| filler).and_then(unit_word)?;
    Some((unit, count, end + 1, false))
}

/// The age or duration the words after a figure ending at `end` make of it.
pub(super) fn time_after(tokens: &[Token], taken: &[bool], end: usize, atom: &Atom) -> TimeRead {
    if atom.unit != Unit::Count {
        return TimeRead::Nothing;
    }
    let at = |k: usize| tokens.get(k);
    // 87 yo
    if at(end).is_some_and(|t| word_of(t).is_some_and(|word| is_age_abbreviation(&word))) {
        return time(Unit::Age, end + 1);
    }
    // "three and a half years", "2 and a half hours"
    let half_before = ["and", "a", "half"];
    let (add, unit_from) = match words_at(tokens, end, &half_before) {
        true if unit_after(tokens, end + 3).is_some_and(|(.., hyphen)| !hyphen) => (0.5, end + 3),
        _ => (0.0, end),
    };
    let Some((unit, count, k, hyphen)) = unit_after(tokens, unit_from) else {
        return TimeRead::Nothing;
    };
    let mut read = Reading {
        unit,
        end: k + 1,
        scale: count,
        add: add * count,
        exact: true,
    };
    if let Some(end) = old_after(tokens, read.end) {
        return read.into_age(end);
    }
    if age_before(tokens, atom.start).is_some() {
        let end = read.end;
        return read.into_age(end);
    }
    let singular = !tokens[k].text.ends_with(['s', 'S']);
    if (hyphen || singular) && label_follows(tokens, read.end) {
        return TimeRead::Label;
    }
    if hyphen {
        return read.into_duration();
    }
    // "an hour and a half", "two years and a half"
    for half_after in [&["and", "a", "half"][..], &["and", "half"]] {
        if words_at(tokens, read.end, half_after)
            && !at(read.end + half_after.len()).is_some_and(|t| t.glued && t.is_symbol("-"))
        {
            read.add += 0.5;
            read.end += half_after.len();
            break;
        }
    }
    read.join_parts(tokens, taken);
    read.into_duration()
}

/// An age or duration being read, in `unit`: `value * scale + add`.
struct Reading {
    unit: TimeUnit,
    end: usize,
    scale: f64,
    add: f64,
    exact: bool,
}

impl Reading {
    fn into_duration(self) -> TimeRead {
        TimeRead::Time {
            unit: Unit::Duration(self.unit),
            end: self.end,
            scale: self.scale,
            add: self.add,
            exact: self.exact,
        }
    }

    fn into_age(self, end: usize) -> TimeRead {
        let unit = match self.unit {
            TimeUnit::Years => Unit::Age,
            unit => Unit::AgeIn(unit),
        };
        TimeRead::Time {
            unit,
            end,
            scale: self.scale,
            add: self.add,
            exact: self.exact,
        }
    }

    /// "two years and six months", "1 year 1 month 21 days", "one week three days": more
    /// parts of one length, each a count and another unit (after `and`, a smaller one), read
    /// into the smallest unit, each part converted from its own (a year is 365 days, not 12
    /// months of 30).
    fn join_parts(&mut self, tokens: &[Token], taken: &[bool]) {
        let mut parts: Vec<(TimeUnit, f64)> = Vec::new();
        let mut last = self.unit;
        loop {
            let and = tokens.get(self.end).is_some_and(|t| t.is_word("and"));
            let Some(part) = atom_at(tokens, taken, self.end + usize::from(and)) else {
                break;
            };
            let plain = part.unit == Unit::Count
                && part.exactness == Exactness::Exact
                && part.low == part.high;
            let Some((unit, count, k, false)) = unit_after(tokens, part.end).filter(|_| plain)
            else {
                break;
            };
            let repeated = unit == self.unit || parts.iter().any(|&(seen, _)| seen == unit);
            if repeated || (and && unit > last) || old_after(tokens, k + 1).is_some() {
                break;
            }
            parts.push((unit, part.low * count));
            last = unit;
            self.end = k + 1;
        }
        let Some(smallest) = parts.iter().map(|&(unit, _)| unit).min() else {
            return;
        };
        if smallest < self.unit {
            let (ratio, exact) = ratio(self.unit, smallest);
            self.scale *= ratio;
            self.add *= ratio;
            self.exact &= exact;
            self.unit = smallest;
        }
        for (unit, value) in parts {
            let (ratio, exact) = ratio(unit, self.unit);
            self.add += value * ratio;
            self.exact &= exact;
        }
    }
}

fn time(unit: Unit, end: usize) -> TimeRead {
    TimeRead::Time {
        unit,
        end,
        scale: 1.0,
        add: 0.0,
        exact: true,
    }
}

/// How many `small` make one `big`, and whether exactly: seconds to weeks divide one another,
/// as do months to centuries; across the two a month is taken as 30 days and a year as 365.
fn ratio(big: TimeUnit, small: TimeUnit) -> (f64, bool) {
    let in_seconds = |unit: TimeUnit| match unit {
        TimeUnit::Seconds => Some(1.0),
        TimeUnit::Minutes => Some(60.0),
        TimeUnit::Hours => Some(3_600.0),
        TimeUnit::Days => Some(86_400.0),
        TimeUnit::Weeks => Some(604_800.0),
        _ => None,
    };
    let in_months = |unit: TimeUnit| match unit {
        TimeUnit::Months => Some(1.0),
        TimeUnit::Years => Some(12.0),
        TimeUnit::Decades => Some(120.0),
        TimeUnit::Centuries => Some(1_200.0),
        _ => None,
    };
    if let (Some(big), Some(small)) = (in_seconds(big), in_seconds(small)) {
        return (big / small, true);
    }
    if let (Some(big), Some(small)) = (in_months(big), in_months(small)) {
        return (big / small, true);
    }
    // Across the two, a month is 30 days and a year 365, as ISO 8601 durations are commonly
    // resolved.
    let days = |unit: TimeUnit| match (in_seconds(unit), in_months(unit)) {
        (Some(seconds), _) => seconds / 86_400.0,
        (None, Some(months)) if months < 12.0 => 30.0 * months,
        (None, Some(months)) => 365.0 * months / 12.0,
        (None, None) => 1.0,
    };
    (days(big) / days(small), false)
}

/// "old" after a unit: "-old" glued ("55-year-old"), or spaced ("23 years old", "90 day
/// old"), or "of age": the token after it.
fn old_after(tokens: &[Token], k: usize) -> Option<usize> {
    let at = |k: usize| tokens.get(k);
    // "13-year-olds", "the 20-year-old's car": the noun an age makes, plural or possessive.
    let old = |t: &Token| {
        let word = t.text.trim_end_matches(['s', 'S']);
        let word = word.strip_suffix(['\'', '\u{2019}']).unwrap_or(word);
        t.kind == TokenKind::Word && word.eq_ignore_ascii_case("old")
    };
    if at(k).is_some_and(|t| t.is_symbol("-") && t.glued) && at(k + 1).is_some_and(old) {
        return Some(k + 2);
    }
    if at(k).is_some_and(|t| t.is_word("old")) {
        return Some(k + 1);
    }
    words_at(tokens, k, &["of", "age"]).then_some(k + 2)
}

/// A noun naming a thing after a time compound ("10-year Treasury yield", "24-hour news"), past
/// the capitalised words of a name ("the 10-year US Treasury note").
fn label_follows(tokens: &[Token], k: usize) -> bool {
    for token in tokens.iter().skip(k).take(4) {
        match word_of(token) {
            Some(word) if is_duration_label_noun(&word) => return true,
            // "a 24-hour rolling news channel"; "a seven-day rolling average" stays a length.
            Some(word) if word == "rolling" => {}
            Some(_) if token.text.starts_with(char::is_uppercase) => {}
            None if token.is_symbol(".") => {}
            _ => return false,
        }
    }
    false
}

/// The first token of the words before a figure making it an age: "aged 55", "age 87", "the
/// age of 70" (from `age`); `age` in lower case, since "Ice Age 2" names a film. A figure in a
/// short list after one of them is an age too, its claim starting at itself.
pub(super) fn age_before(tokens: &[Token], start: usize) -> Option<usize> {
    if let Some(opened) = age_words_before(tokens, start) {
        return Some(opened);
    }
    // "aged 24 and 31", "aged 19, 22 and 40": a short list after one `aged` is of ages.
    let mut k = start;
    for _ in 0..4 {
        let listed = k >= 2
            && (tokens[k - 1].is_word("and") || tokens[k - 1].is_symbol(","))
            && tokens[k - 2].kind == TokenKind::Digits;
        if !listed {
            return None;
        }
        k -= 2;
        if age_words_before(tokens, k).is_some() {
            return Some(start);
        }
    }
    None
}

/// "aged 55", "age 55", "age of 55": where the words opening an age start.
fn age_words_before(tokens: &[Token], start: usize) -> Option<usize> {
    let before = |n: usize| start.checked_sub(n).map(|p| &tokens[p]);
    if before(1).is_some_and(|t| t.is_word("aged") || t.text == "age") {
        return Some(start - 1);
    }
    (before(1).is_some_and(|t| t.is_word("of")) && before(2).is_some_and(|t| t.text == "age"))
        .then(|| start - 2)
}

/// "Yelena F. Kovalchuk, 55, a machine operator": a bare number between commas after a name.
pub(super) fn is_name_age(tokens: &[Token], start: usize, end: usize, value: f64) -> bool {
    if end != start + 1 || !(1.0..=120.0).contains(&value) || value.fract() != 0.0 {
        return false;
    }
    let before_comma = start >= 2 && tokens[start - 1].is_symbol(",");
    let name_before = before_comma
        && tokens[start - 2].kind == TokenKind::Word
        && (tokens[start - 2].text.starts_with(char::is_uppercase)
            || is_age_noun(&tokens[start - 2].lower()));
    let closes = tokens
        .get(end)
        .is_none_or(|t| t.is_symbol(",.;)") || t.is_symbol("\u{2014}"));
    name_before && closes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_divide_exactly_within_their_chain_and_by_convention_across() {
        assert_eq!(ratio(TimeUnit::Years, TimeUnit::Months), (12.0, true));
        assert_eq!(ratio(TimeUnit::Weeks, TimeUnit::Hours), (168.0, true));
        assert_eq!(ratio(TimeUnit::Centuries, TimeUnit::Years), (100.0, true));
        assert_eq!(ratio(TimeUnit::Months, TimeUnit::Days), (30.0, false));
        assert_eq!(ratio(TimeUnit::Years, TimeUnit::Days), (365.0, false));
        assert_eq!(
            ratio(TimeUnit::Years, TimeUnit::Weeks),
            (365.0 / 7.0, false)
        );
    }
}
