//! Verdicts and interval arithmetic: takes two values about the same thing and hands on whether
//! they agree, are compatible or diverge, and why ([`Judgement`]). A figure becomes the interval
//! it allows once the way it was stated counts (approximate, bound, range, a figure that may be
//! rounded); two figures are compatible when their intervals meet, and the reason names what
//! made them meet. Pure, unit-tested alone.

use super::Verdict;
use super::convert::judge_across_units;
use super::reason::{Reason, Which};
use crate::claims::{DateValue, Exactness, Quantity, TimeOfDay, TimeRelation, Unit, Value};

/// Tolerance of an approximate figure ("some 6,700", "nearly 7,000"), relative.
pub const APPROXIMATE_TOLERANCE: f64 = 0.10;
/// Most a figure is taken to have been rounded, relative: keeps small counts strict.
pub const MAX_ROUNDING: f64 = 0.05;

/// A verdict on two values and the reason for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Judgement {
    pub verdict: Verdict,
    pub reason: Reason,
}

impl Judgement {
    pub(super) fn new(verdict: Verdict, reason: Reason) -> Judgement {
        Judgement { verdict, reason }
    }
}

/// The verdict on two values about the same thing.
pub fn verdict(a: &Value, b: &Value) -> Verdict {
    judge(a, b).verdict
}

/// The verdict on two values about the same thing, and why.
pub fn judge(a: &Value, b: &Value) -> Judgement {
    match (a, b) {
        (Value::Quantity(p), Value::Quantity(q)) => judge_quantities(p, q),
        (Value::Date(p), Value::Date(q)) => date_judgement(p, q),
        (Value::Time(p), Value::Time(q)) => time_judgement(p, q),
        // A score or a record is exact: the same figures in the same order agree, any other
        // diverge (as written: a record's order means wins then losses).
        (Value::Score(p), Value::Score(q)) if p == q => {
            Judgement::new(Verdict::Agree, Reason::Same)
        }
        _ => Judgement::new(Verdict::Diverge, Reason::Apart),
    }
}

fn date_judgement(a: &DateValue, b: &DateValue) -> Judgement {
    if a.agrees_with(b) {
        Judgement::new(Verdict::Agree, Reason::Same)
    } else {
        Judgement::new(Verdict::Diverge, Reason::Apart)
    }
}

/// Two times of day: the same minute stated the same way agree; windows that meet (an
/// approximation's quarter hour, a bound) are compatible, and the reason names the looser one.
fn time_judgement(a: &TimeOfDay, b: &TimeOfDay) -> Judgement {
    match a.relation(b) {
        TimeRelation::Same => Judgement::new(Verdict::Agree, Reason::Same),
        TimeRelation::Apart => Judgement::new(Verdict::Diverge, Reason::Apart),
        TimeRelation::Overlap => {
            let reason = match (a.exactness, b.exactness) {
                (Exactness::Approximate, _) => Reason::Approximate(Which::First),
                (_, Exactness::Approximate) => Reason::Approximate(Which::Second),
                (Exactness::LowerBound | Exactness::UpperBound, Exactness::Exact) => {
                    Reason::Bound(Which::First)
                }
                (Exactness::Exact, Exactness::LowerBound | Exactness::UpperBound) => {
                    Reason::Bound(Which::Second)
                }
                _ => Reason::Overlap,
            };
            Judgement::new(Verdict::Compatible, reason)
        }
    }
}

/// Two changes in opposite directions ("rose 2%", "fell 2%").
pub(super) fn opposite_directions(a: &Quantity, b: &Quantity) -> bool {
    matches!((a.direction, b.direction), (Some(x), Some(y)) if x != y)
}

pub(super) fn judge_quantities(a: &Quantity, b: &Quantity) -> Judgement {
    // "50 miles" and "80 km": compared once converted.
    if let (Unit::Measure(x), Unit::Measure(y)) = (a.unit, b.unit)
        && x != y
    {
        return judge_across_units(a, b, x, y);
    }
    if opposite_directions(a, b) {
        return Judgement::new(Verdict::Diverge, Reason::OppositeDirections);
    }
    let same = |x: Option<f64>, y: Option<f64>| match (x, y) {
        (Some(x), Some(y)) => (x - y).abs() <= 1e-9 * x.abs().max(1.0),
        (None, None) => true,
        _ => false,
    };
    // A direction on one side only is how that outlet tells a count or a measure ("added 101
    // yards"), not a second value (opposite directions were ruled out above). A rate is
    // another matter: "unemployment rose 4.1%" is a move, "was 4.1%" a level.
    let rate = matches!(a.unit, Unit::Percent | Unit::PercentagePoints);
    let directions_fit = a.direction == b.direction || !rate;
    if a.exactness == b.exactness && same(a.low, b.low) && same(a.high, b.high) && directions_fit {
        return Judgement::new(Verdict::Agree, Reason::Same);
    }
    // A speed "up to" a figure is the top speed reached ("speeds up to 120 mph", "winds of up
    // to 90mph"): the same figure given as the speed reached is the same top speed.
    let top_speed = |bound: &Quantity, point: &Quantity| {
        matches!(bound.unit, Unit::Measure(m) if m.dimension() == crate::claims::Dimension::Speed)
            && bound.exactness == Exactness::UpperBound
            && point.exactness == Exactness::Exact
            // "cut speeds by up to 20 mph" is a change, not a speed reached.
            && bound.direction.is_none()
            && point.direction.is_none()
            && same(bound.high, point.high)
            && same(point.low, point.high)
    };
    if top_speed(a, b) || top_speed(b, a) {
        return Judgement::new(Verdict::Agree, Reason::Same);
    }
    let (a_slack, b_slack) = rounding_slacks(a, b);
    let (a_low, a_high) = effective_interval(a, a_slack);
    let (b_low, b_high) = effective_interval(b, b_slack);
    if a_low <= b_high && b_low <= a_high {
        Judgement::new(
            Verdict::Compatible,
            compatible_reason(a, b, a_slack, b_slack),
        )
    } else {
        Judgement::new(Verdict::Diverge, Reason::Apart)
    }
}

/// What let two figures meet: a bound, a range, an approximation, or a rounded figure.
fn compatible_reason(a: &Quantity, b: &Quantity, a_slack: f64, b_slack: f64) -> Reason {
    use Exactness::*;
    let bound = |q: &Quantity| matches!(q.exactness, LowerBound | UpperBound);
    let range = |q: &Quantity| q.exactness == Range;
    let approximate = |q: &Quantity| q.exactness == Approximate;
    // A bound the other figure meets as stated ("6,712" is "more than 6,000"); an approximation
    // that meets it only by its tolerance ("about 23,000" and "over 24,000") overlaps it.
    let meets = |bound: &Quantity, other: &Quantity| {
        let inside = |v: Option<f64>| {
            v.is_some_and(|v| bound.low.is_none_or(|l| v >= l) && bound.high.is_none_or(|h| v <= h))
        };
        inside(other.low) && inside(other.high)
    };
    match (bound(a), bound(b)) {
        (true, false) if !range(b) && meets(a, b) => return Reason::Bound(Which::First),
        (false, true) if !range(a) && meets(b, a) => return Reason::Bound(Which::Second),
        (true, false) | (false, true) => return Reason::Overlap,
        (false, false) => {}
        _ => return Reason::Overlap,
    }
    if range(a) || range(b) {
        return Reason::Overlap;
    }
    match (approximate(a), approximate(b)) {
        (true, _) => Reason::Approximate(Which::First),
        (false, true) => Reason::Approximate(Which::Second),
        (false, false) if a_slack > 0.0 => Reason::Rounded(Which::First),
        (false, false) if b_slack > 0.0 => Reason::Rounded(Which::Second),
        (false, false) => Reason::Overlap,
    }
}

/// How far each of two figures may have been rounded. Only the less precise of two exact
/// figures may have been: 6,700 may stand for 6,712, and 62% for 62.3%, but 6,700 and 6,800
/// are two different figures. Against a bound, a range or an approximation, an exact round
/// figure may stand for what it rounds.
fn rounding_slacks(a: &Quantity, b: &Quantity) -> (f64, f64) {
    match (a.exactness, b.exactness, a.low, b.low) {
        (Exactness::Exact, Exactness::Exact, Some(x), Some(y)) => {
            let (dx, dy) = (significant_digits(x), significant_digits(y));
            let a_slack = if dx < dy { rounding(x, Some(y)) } else { 0.0 };
            let b_slack = if dy < dx { rounding(y, Some(x)) } else { 0.0 };
            (a_slack, b_slack)
        }
        (_, _, x, y) => (
            x.map_or(0.0, |x| rounding(x, None)),
            y.map_or(0.0, |y| rounding(y, None)),
        ),
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

/// The place of a figure's last significant digit as written: 1 for 62, 100 for 6,700, 0.1
/// for 2.5, 0.01 for 62.35.
pub(super) fn last_place(value: f64) -> f64 {
    let text = crate::claims::format_number(value.abs());
    match text.split_once('.') {
        Some((_, decimals)) => 10f64.powi(-(decimals.len() as i32)),
        None => {
            let zeros = text.len() - text.trim_end_matches('0').len();
            10f64.powi(zeros.min(text.len() - 1) as i32)
        }
    }
}

/// The interval of values a claim allows once the way it was stated is taken into account;
/// `rounding` widens an exact figure by what it may have been rounded by.
pub fn effective_interval(q: &Quantity, rounding: f64) -> (f64, f64) {
    let low = q.low.unwrap_or(f64::NEG_INFINITY);
    let high = q.high.unwrap_or(f64::INFINITY);
    match q.exactness {
        Exactness::Exact => (low - rounding, high + rounding),
        Exactness::Approximate => {
            let slack = low.abs() * APPROXIMATE_TOLERANCE;
            (low - slack, high + slack)
        }
        Exactness::LowerBound | Exactness::UpperBound | Exactness::Range => (low, high),
    }
}

/// How much a figure may have been rounded: half its last significant place, at most
/// [`MAX_ROUNDING`] of the value. A round figure (6,700: 50; 65,000: 500; 100,000: 5,000) may
/// always be; any other only against `finer`, a figure written to a finer decimal place ("62%"
/// or "80%" against 62.3% or 80.1%: 0.5), since a figure covers the decimals that round to it.
/// Tens never are, nor small counts: "20 injured" and "21 injured" are two counts.
pub(super) fn rounding(value: f64, finer: Option<f64>) -> f64 {
    if value == 0.0 {
        return 0.0;
    }
    let place = last_place(value);
    // "80%" against 80.1%: a whole figure, whatever its zeros, covers the decimals that round
    // to it.
    let decimal_place = place.min(1.0);
    let place = if place >= 100.0 {
        place
    } else if finer.is_some_and(|f| last_place(f) < decimal_place) {
        decimal_place
    } else {
        return 0.0;
    };
    (place / 2.0).min(value.abs() * MAX_ROUNDING)
}
