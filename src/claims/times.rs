//! Times of day: takes a sentence's tokens (and which are taken already) and hands on the times
//! of day written there, as [`TimeOfDay`] values: a 12-hour clock with its `am`/`pm` ("9pm",
//! "6 a.m.", "9.30pm", "2:53 p.m."), a 24-hour clock ("06:00 BST", "0737 GMT", "1400 hrs"),
//! "noon" and "midnight", with the zone written after it ("GMT", "EDT", "local time") and the
//! qualifier before it ("about", "around", "approximately": within 15 minutes; "just after",
//! "shortly before": the quarter hour after or before it; "after", "before", "by": a bound).
//!
//! Why: outlets disagree about when things happened as often as about how many, and a time is
//! no quantity (it stays out of counts: "6am" is never a count of 6). A time compares only with
//! a time, on the same clock: two stated zones that are not one clock (GMT and local time) are
//! never compared, since converting needs a place the text may not give.
//!
//! A clock without `am`/`pm`, zone or `hrs` ("at 9:30") is read only after a word of time
//! (`time_openers.txt`: "at 9:30", "from 9:30"), since "in 3:43" is a race time and "2:1" a
//! ratio; when its hour could be either half of the day, that half stays open.

use std::fmt;
use std::ops::Range;

use super::Exactness;
use super::tokens::{Token, TokenKind};
use crate::lexicon::{is_time_approximator, is_time_nearness_word, is_time_opener};

/// Minutes either side of an approximate time ("about 6am"), and after "just after 6am".
pub const NEAR_MINUTES: u16 = 15;
/// How far an open bound reaches ("after 10pm", "by 6am"): a quarter of a day, so that a bound
/// still says which part of the day it means.
pub const OPEN_BOUND_MINUTES: u16 = 360;
const DAY: i32 = 24 * 60;
const HALF_DAY: i32 = 12 * 60;

/// A time zone written after a time. Codes that name one clock in summer and another in
/// winter ("ET": EST or EDT) may be either; [`TimeZone::Local`] is "local time".
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::EnumIter,
)]
#[strum(serialize_all = "UPPERCASE")]
pub enum TimeZone {
    Gmt,
    Utc,
    Bst,
    Wet,
    Cet,
    Cest,
    Eet,
    Msk,
    Ist,
    Wib,
    Sgt,
    Hkt,
    Jst,
    Kst,
    Aest,
    Aedt,
    Et,
    Est,
    Edt,
    Ct,
    Cst,
    Cdt,
    Mt,
    Mst,
    Mdt,
    Pt,
    Pst,
    Pdt,
    #[strum(serialize = "local")]
    Local,
}

impl TimeZone {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// A zone code as written in capitals after a time ("GMT", "EDT"); "local" is no code.
    fn from_code(text: &str) -> Option<TimeZone> {
        if text.len() < 2 || !text.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        text.parse().ok().filter(|zone| *zone != TimeZone::Local)
    }

    /// The clock a zone keeps, and the generic code a seasonal one belongs to (EDT to ET).
    fn clock(self) -> (TimeZone, Option<TimeZone>) {
        use TimeZone::*;
        match self {
            // UTC and GMT are one clock.
            Utc => (Gmt, None),
            Est | Edt => (self, Some(Et)),
            Cst | Cdt => (self, Some(Ct)),
            Mst | Mdt => (self, Some(Mt)),
            Pst | Pdt => (self, Some(Pt)),
            _ => (self, None),
        }
    }

    /// Whether times in the two zones can be compared as written: the same clock, or a
    /// seasonal code and the generic one ("EDT" and "ET").
    pub fn same_clock(self, other: TimeZone) -> bool {
        let (a, a_generic) = self.clock();
        let (b, b_generic) = other.clock();
        a == b || a_generic == Some(b) || b_generic == Some(a)
    }
}

/// A time of day as stated: the minute written, how exactly, on which clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TimeOfDay {
    /// Minutes after midnight (0 to 1439) of the time written; for a clock whose half of the
    /// day is open ("at 9:30"), its morning reading.
    pub minutes: u16,
    /// Exact ("at 6am"), approximate ("about 6am"), a lower bound ("just after 6am", "after
    /// 10pm") or an upper bound ("just before 11:30 p.m.", "by 6am").
    pub exactness: Exactness,
    /// Minutes the statement allows before and after [`TimeOfDay::minutes`].
    pub early: u16,
    pub late: u16,
    pub zone: Option<TimeZone>,
    /// "at 9:30" with no `am`/`pm`: 9:30 or 21:30.
    pub half_day_open: bool,
}

/// How two times of day stand to each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeRelation {
    /// The same minute, stated the same way.
    Same,
    /// The windows the two statements allow meet.
    Overlap,
    /// No reading of one meets the other.
    Apart,
}

impl TimeOfDay {
    /// Bounded on one side only, reaching a quarter of a day ("by 6.30am", "after 10pm"):
    /// when something was done or not yet, rather than when it happened.
    pub fn is_open_bound(&self) -> bool {
        self.early >= OPEN_BOUND_MINUTES || self.late >= OPEN_BOUND_MINUTES
    }

    fn exact(minutes: u16) -> TimeOfDay {
        TimeOfDay {
            minutes,
            exactness: Exactness::Exact,
            early: 0,
            late: 0,
            zone: None,
            half_day_open: false,
        }
    }

    /// The minutes the statement allows, from midnight; may run below 0 or past 1440 around
    /// midnight ("around midnight" is -15 to 15).
    pub fn window(&self) -> (i32, i32) {
        let minutes = i32::from(self.minutes);
        (
            minutes - i32::from(self.early),
            minutes + i32::from(self.late),
        )
    }

    /// Whether the two times are on clocks that can be compared: the same clock, or one whose
    /// zone is unstated.
    pub fn comparable(&self, other: &TimeOfDay) -> bool {
        match (self.zone, other.zone) {
            (Some(a), Some(b)) => a.same_clock(b),
            _ => true,
        }
    }

    /// How the two times stand: the same statement, windows that meet (on either half of the
    /// day for a clock whose half is open, and across midnight), or apart.
    pub fn relation(&self, other: &TimeOfDay) -> TimeRelation {
        let stated = |t: &TimeOfDay| (t.minutes, t.exactness, t.early, t.late, t.half_day_open);
        if stated(self) == stated(other) {
            return TimeRelation::Same;
        }
        let readings = |t: &TimeOfDay| {
            let (low, high) = t.window();
            let halves: &[i32] = if t.half_day_open {
                &[0, HALF_DAY]
            } else {
                &[0]
            };
            halves.iter().map(move |shift| (low + shift, high + shift))
        };
        let meet = readings(self).any(|(a_low, a_high)| {
            readings(other).any(|(b_low, b_high)| {
                [-DAY, 0, DAY]
                    .iter()
                    .any(|shift| a_low <= b_high + shift && b_low + shift <= a_high)
            })
        });
        if meet {
            TimeRelation::Overlap
        } else {
            TimeRelation::Apart
        }
    }
}

impl fmt::Display for TimeOfDay {
    /// "06:00 BST", "~06:00" (approximate), ">=06:00" and "<=23:30" (bounds), "09:30 (am/pm
    /// open)".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let prefix = match self.exactness {
            Exactness::Approximate => "~",
            Exactness::LowerBound => ">=",
            Exactness::UpperBound => "<=",
            Exactness::Exact | Exactness::Range => "",
        };
        write!(
            f,
            "{prefix}{:02}:{:02}",
            self.minutes / 60,
            self.minutes % 60
        )?;
        if let Some(zone) = self.zone {
            write!(f, " {}", zone.as_str())?;
        }
        if self.half_day_open {
            write!(f, " (am/pm open)")?;
        }
        Ok(())
    }
}

/// A time found in a sentence: which tokens it covers (with its qualifier and zone) and its
/// value.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundTime {
    pub tokens: Range<usize>,
    pub value: TimeOfDay,
}

/// Finds the times of day in `tokens`, in order, skipping tokens already `taken`.
pub fn find(tokens: &[Token], taken: &[bool]) -> Vec<FoundTime> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        // Cheap first: a time starts at digits or at "noon"/"midnight".
        let token = &tokens[i];
        let starts = match token.kind {
            TokenKind::Digits => true,
            TokenKind::Word => {
                token.is_word("noon") || token.is_word("midday") || token.is_word("midnight")
            }
            TokenKind::Symbol => false,
        };
        let time = starts
            .then(|| time_at(tokens, i))
            .flatten()
            .filter(|time| !taken[time.tokens.clone()].contains(&true));
        match time {
            Some(time) => {
                i = time.tokens.end;
                found.push(time);
            }
            None => i += 1,
        }
    }
    found
}

/// The time whose clock starts at token `i`, with the qualifier before it and the zone after.
fn time_at(tokens: &[Token], i: usize) -> Option<FoundTime> {
    let previous = i.checked_sub(1).map(|p| tokens[p].lower_cow());
    let after_opener = previous
        .as_deref()
        .is_some_and(|p| is_time_opener(p) || is_time_approximator(p) || is_time_nearness_word(p));
    let clock = clock_at(tokens, i, after_opener)?;
    let mut value = TimeOfDay::exact(clock.minutes);
    value.half_day_open = clock.half_day_open;
    value.zone = clock.zone;
    let (start, exactness, early, late) = qualifier_before(tokens, i);
    value.exactness = exactness;
    value.early = early;
    value.late = late;
    Some(FoundTime {
        tokens: start..clock.end,
        value,
    })
}

/// What a clock reads and where it ends.
struct Clock {
    minutes: u16,
    end: usize,
    zone: Option<TimeZone>,
    half_day_open: bool,
}

/// The clock at token `i`: digits with `am`/`pm`, a 24-hour clock, or "noon"/"midnight" (only
/// after a word of time, `after_opener`, as is a clock that says nothing else about itself).
fn clock_at(tokens: &[Token], i: usize, after_opener: bool) -> Option<Clock> {
    let token = &tokens[i];
    if token.kind == TokenKind::Word {
        let minutes = if token.is_word("noon") || token.is_word("midday") {
            12 * 60
        } else if token.is_word("midnight") {
            0
        } else {
            return None;
        };
        // "the noon-day sun": a word glued on is another word.
        let glued_on = tokens
            .get(i + 1)
            .is_some_and(|t| t.glued && t.is_symbol("-"));
        if !after_opener || glued_on {
            return None;
        }
        return Some(with_zone(tokens, minutes, i + 1, false));
    }
    // "12 noon"
    if token.text == "12" && tokens.get(i + 1).is_some_and(|t| t.is_word("noon")) {
        return Some(with_zone(tokens, 12 * 60, i + 2, false));
    }
    let (hour, minute, end, minutes_written) = hour_and_minute(tokens, i)?;
    // A race time ("2:03:03"), a time with decimals of a second: no time of day.
    if tokens
        .get(end)
        .is_some_and(|t| t.glued && t.is_symbol(":."))
        && tokens
            .get(end + 1)
            .is_some_and(|t| t.glued && t.kind == TokenKind::Digits)
    {
        return None;
    }
    if let Some((pm, after)) = meridiem(tokens, end) {
        if !(1..=12).contains(&hour) {
            return None;
        }
        let hour = match (hour, pm) {
            (12, false) => 0,
            (12, true) => 12,
            (hour, true) => hour + 12,
            (hour, false) => hour,
        };
        return Some(with_zone(tokens, hour * 60 + minute, after, false));
    }
    let digits = token.text;
    // "0737 GMT", "1400 hrs": four digits on a 24-hour clock, with what says so.
    if !minutes_written {
        if digits.len() != 4 {
            return None;
        }
        let hours_word = tokens
            .get(end)
            .is_some_and(|t| t.is_word("hrs") || t.is_word("hours") && after_opener);
        let after = end + usize::from(hours_word);
        let clock = with_zone(tokens, hour * 60 + minute, after, false);
        return (hours_word || clock.zone.is_some()).then_some(clock);
    }
    // "06:00 BST", "18:00", "at 9:30": hours and minutes without am/pm.
    let dotted = digits.contains('.');
    let twenty_four = hour > 12 || hour == 0 || digits.starts_with('0');
    let clock = with_zone(tokens, hour * 60 + minute, end, !twenty_four);
    let spaced = !tokens[end - 1].glued;
    let sure = clock.zone.is_some() || (after_opener && !dotted && !spaced);
    sure.then_some(clock)
}

/// Hours and minutes at token `i`: "9:30", "06: 00", "9.30", "0737", "9". Returns the hour, the
/// minute, the token after them and whether minutes were written apart from the hour.
fn hour_and_minute(tokens: &[Token], i: usize) -> Option<(u16, u16, usize, bool)> {
    let text = tokens[i].text;
    let two_digits = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit());
    let hour_digits = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    let minute_of = |s: &str| s.parse::<u16>().ok().filter(|m| *m < 60);
    let hour_of = |s: &str| s.parse::<u16>().ok().filter(|h| *h < 24);
    if let Some((h, m)) = text.split_once('.') {
        if !hour_digits(h) || !two_digits(m) {
            return None;
        }
        return Some((hour_of(h)?, minute_of(m)?, i + 1, true));
    }
    if text.len() == 4 && !text.contains(',') {
        let hour = hour_of(&text[..2])?;
        let minute = minute_of(&text[2..])?;
        return Some((hour, minute, i + 1, false));
    }
    if !hour_digits(text) {
        return None;
    }
    let hour = hour_of(text)?;
    let colon = tokens
        .get(i + 1)
        .is_some_and(|t| t.glued && t.is_symbol(":"));
    if colon && let Some(m) = tokens.get(i + 2).filter(|t| t.kind == TokenKind::Digits) {
        if !two_digits(m.text) {
            return None;
        }
        return Some((hour, minute_of(m.text)?, i + 3, true));
    }
    Some((hour, 0, i + 1, false))
}

/// `am` or `pm` at token `k` ("am", "pm", "a.m.", "a. m.", "A.M", "p.m"): whether it is pm,
/// and the token after it.
fn meridiem(tokens: &[Token], k: usize) -> Option<(bool, usize)> {
    let first = tokens.get(k)?;
    if first.kind != TokenKind::Word {
        return None;
    }
    if first.is_word("am") || first.is_word("pm") {
        return Some((first.is_word("pm"), k + 1));
    }
    if !(first.is_word("a") || first.is_word("p")) {
        return None;
    }
    // a . m [.]: the full stops glued to the letter before them.
    let dot = tokens
        .get(k + 1)
        .is_some_and(|t| t.glued && t.is_symbol("."));
    let m = tokens.get(k + 2).is_some_and(|t| t.is_word("m"));
    if !(dot && m) {
        return None;
    }
    let final_dot = tokens
        .get(k + 3)
        .is_some_and(|t| t.glued && t.is_symbol("."));
    Some((first.is_word("p"), k + 3 + usize::from(final_dot)))
}

/// The clock ending at token `end`, with the zone written after it if any ("GMT", "local time").
fn with_zone(tokens: &[Token], minutes: u16, end: usize, half_day_open: bool) -> Clock {
    let mut clock = Clock {
        minutes,
        end,
        zone: None,
        half_day_open,
    };
    let Some(next) = tokens.get(end) else {
        return clock;
    };
    if next.is_word("local") && tokens.get(end + 1).is_some_and(|t| t.is_word("time")) {
        clock.zone = Some(TimeZone::Local);
        clock.end = end + 2;
    } else if next.kind == TokenKind::Word
        && let Some(zone) = TimeZone::from_code(next.text)
    {
        clock.zone = Some(zone);
        clock.end = end + 1;
    }
    // A zone says which clock, and on a 24-hour clock it is never open.
    if clock.zone.is_some() {
        clock.half_day_open = false;
    }
    clock
}

/// The qualifier before the clock at token `i`: where the time's words start, its exactness,
/// and the minutes it allows before and after.
fn qualifier_before(tokens: &[Token], i: usize) -> (usize, Exactness, u16, u16) {
    let word = |k: Option<usize>| k.map(|k| tokens[k].lower_cow());
    let p = i.checked_sub(1);
    let Some(previous) = word(p) else {
        return (i, Exactness::Exact, 0, 0);
    };
    let p = i - 1;
    let near = word(p.checked_sub(1)).is_some_and(|w| is_time_nearness_word(&w));
    let near_start = if near { p - 1 } else { p };
    let (bound, open) = if near {
        (NEAR_MINUTES, NEAR_MINUTES)
    } else {
        (OPEN_BOUND_MINUTES, OPEN_BOUND_MINUTES)
    };
    match previous.as_ref() {
        w if is_time_approximator(w) => (p, Exactness::Approximate, NEAR_MINUTES, NEAR_MINUTES),
        "after" | "past" => (near_start, Exactness::LowerBound, 0, bound),
        "before" => (near_start, Exactness::UpperBound, open, 0),
        "by" => (p, Exactness::UpperBound, OPEN_BOUND_MINUTES, 0),
        // "nearly 6am", "almost midnight": the quarter hour before.
        "nearly" | "almost" => (p, Exactness::UpperBound, NEAR_MINUTES, 0),
        _ => (i, Exactness::Exact, 0, 0),
    }
}

#[cfg(test)]
mod tests;
