//! Verdicts and interval arithmetic: takes two values about the same thing and hands on whether
//! they agree, are compatible or diverge. A figure becomes the interval it allows once the way
//! it was stated counts (approximate, bound, range, a round figure that may be rounded); two
//! figures are compatible when their intervals meet. Pure, unit-tested alone.

use super::Verdict;
use super::convert::verdict_across_units;
use crate::claims::{DateValue, Exactness, Quantity, Unit, Value};

/// Tolerance of an approximate figure ("some 6,700", "nearly 7,000"), relative.
pub const APPROXIMATE_TOLERANCE: f64 = 0.10;
/// Most a round figure (6,700; 100,000) is taken to have been rounded, relative.
pub const MAX_ROUNDING: f64 = 0.05;

/// The verdict on two values about the same thing.
pub fn verdict(a: &Value, b: &Value) -> Verdict {
    match (a, b) {
        (Value::Quantity(p), Value::Quantity(q)) => quantity_verdict(p, q),
        (Value::Date(p), Value::Date(q)) => date_verdict(p, q),
        _ => Verdict::Diverge,
    }
}

pub(super) fn date_verdict(a: &DateValue, b: &DateValue) -> Verdict {
    if a.agrees_with(b) {
        Verdict::Agree
    } else {
        Verdict::Diverge
    }
}

pub(super) fn quantity_verdict(a: &Quantity, b: &Quantity) -> Verdict {
    // "50 miles" and "80 km": compared once converted.
    if let (Unit::Measure(x), Unit::Measure(y)) = (a.unit, b.unit)
        && x != y
    {
        return verdict_across_units(a, b, x, y);
    }
    if let (Some(x), Some(y)) = (a.direction, b.direction)
        && x != y
    {
        return Verdict::Diverge;
    }
    let same = |x: Option<f64>, y: Option<f64>| match (x, y) {
        (Some(x), Some(y)) => (x - y).abs() <= 1e-9 * x.abs().max(1.0),
        (None, None) => true,
        _ => false,
    };
    if a.exactness == b.exactness
        && same(a.low, b.low)
        && same(a.high, b.high)
        && a.direction == b.direction
    {
        return Verdict::Agree;
    }
    // Only the less precise of two exact figures may have been rounded: 6,700 may stand for
    // 6,712, but 6,700 and 6,800 are two different figures.
    let (a_rounded, b_rounded) = match (a.exactness, b.exactness, a.low, b.low) {
        (Exactness::Exact, Exactness::Exact, Some(x), Some(y)) => (
            significant_digits(x) < significant_digits(y),
            significant_digits(y) < significant_digits(x),
        ),
        _ => (true, true),
    };
    let (a_low, a_high) = effective_interval(a, a_rounded);
    let (b_low, b_high) = effective_interval(b, b_rounded);
    if a_low <= b_high && b_low <= a_high {
        Verdict::Compatible
    } else {
        Verdict::Diverge
    }
}

pub(super) fn significant_digits(value: f64) -> usize {
    let text = crate::claims::format_number(value.abs());
    let digits = text.replace('.', "");
    let trimmed = digits.trim_start_matches('0');
    let trimmed = if text.contains('.') {
        trimmed
    } else {
        trimmed.trim_end_matches('0')
    };
    trimmed.len()
}

/// The interval of values a claim allows once the way it was stated is taken into account;
/// `may_be_rounded` lets a round exact figure stand for the figures it could be rounded from.
pub fn effective_interval(q: &Quantity, may_be_rounded: bool) -> (f64, f64) {
    let low = q.low.unwrap_or(f64::NEG_INFINITY);
    let high = q.high.unwrap_or(f64::INFINITY);
    match q.exactness {
        Exactness::Exact => {
            let slack = if may_be_rounded { rounding(low) } else { 0.0 };
            (low - slack, high + slack)
        }
        Exactness::Approximate => {
            let slack = low.abs() * APPROXIMATE_TOLERANCE;
            (low - slack, high + slack)
        }
        Exactness::LowerBound | Exactness::UpperBound | Exactness::Range => (low, high),
    }
}

/// How much a round figure may have been rounded: half its last significant place, at most
/// [`MAX_ROUNDING`] of the value (6,700: 50; 65,000: 500; 100,000: 5,000; 6,712: 0).
pub(super) fn rounding(value: f64) -> f64 {
    if value.fract() != 0.0 || value == 0.0 {
        return 0.0;
    }
    let mut place: f64 = 1.0;
    let mut rest = value.abs();
    while rest >= 10.0 && rest % 10.0 == 0.0 {
        rest /= 10.0;
        place *= 10.0;
    }
    if place < 100.0 {
        return 0.0;
    }
    (place / 2.0).min(value.abs() * MAX_ROUNDING)
}
