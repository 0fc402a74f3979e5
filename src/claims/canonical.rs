//! Canonical: takes a claim and hands on its compact written form (`=6700 people`, `down =4.5
//! %`, `date --08-09`) and numbers as people write them (`80.1`, `5250000`). Kept apart from the
//! claim types because only the phrase corpora, the benches and the reports' value columns read
//! it: what a claim is does not depend on how it is written down.

use std::fmt;

use super::*;

/// Compact form used by the phrase corpora in tests: `=6700 people`, `>=100000 people`,
/// `100000..220000`, `~33.3 %`, `down =4.5 %`, `=34 age`, `=5 months of age`, `=9 days`,
/// `=45 km`, `date --08-09`, `score 20-13`, `record 10-5`.
pub struct Canonical<'a>(pub &'a Claim);

impl fmt::Display for Canonical<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let claim = self.0;
        let quantity = match &claim.value {
            Value::Date(date) => return write!(f, "date {date}"),
            Value::Time(time) => return write!(f, "time {time}"),
            // "score 20-13", "record 10-5", "vote 3-2": what it tallies, then the tally.
            Value::Score(score) => {
                let noun = claim.context.counted_noun.as_deref().unwrap_or("score");
                return write!(f, "{noun} {score}");
            }
            Value::Quote(_) => return write!(f, "quote"),
            Value::Quantity(quantity) => quantity,
        };
        if let Some(direction) = quantity.direction {
            write!(f, "{} ", direction.as_str())?;
        }
        let number = |value: Option<f64>| value.map(format_number).unwrap_or_default();
        match quantity.exactness {
            Exactness::Exact => write!(f, "={}", number(quantity.low))?,
            Exactness::Approximate => write!(f, "~{}", number(quantity.low))?,
            Exactness::LowerBound => write!(f, ">={}", number(quantity.low))?,
            Exactness::UpperBound => write!(f, "<={}", number(quantity.high))?,
            Exactness::Range => write!(f, "{}..{}", number(quantity.low), number(quantity.high))?,
        }
        match &quantity.unit {
            Unit::Count => match &claim.context.counted_noun {
                Some(noun) => write!(f, " {noun}"),
                None => Ok(()),
            },
            Unit::Percent => write!(f, " %"),
            Unit::PercentagePoints => write!(f, " pp"),
            Unit::Money(Some(currency)) => write!(f, " {currency}"),
            Unit::Money(None) => write!(f, " money"),
            Unit::Age => write!(f, " age"),
            Unit::AgeIn(unit) => write!(f, " {unit} of age"),
            Unit::Duration(unit) => write!(f, " {unit}"),
            Unit::Measure(measure) => write!(f, " {}", measure.symbol()),
        }
    }
}

/// From this size a figure is written with an exponent ("1e44"): it was written so, or
/// spelled with a scale nobody writes in digits, and its digits would fill a table cell.
const EXPONENT_FROM: f64 = 1e21;

/// A number as people write it: no trailing zeros, no exponent ("80.1", "5250000"); a value
/// below a thousandth to three significant digits ("0.0000000000667"), not rounded to 0; a
/// whole number past 2^53 in the shortest digits that read back as it (never a float's noise:
/// "900000000000000000"), and from 10^21 with an exponent ("1e308").
pub fn format_number(value: f64) -> String {
    if value.abs() >= EXPONENT_FROM {
        format!("{value:e}")
    } else if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else if value.fract() == 0.0 {
        // Rust's `Display` gives the shortest round-trip digits, padded with zeros.
        format!("{value}")
    } else {
        let places = if value.abs() < 1e-3 {
            (2 - value.abs().log10().floor() as i32).clamp(4, 40) as usize
        } else {
            4
        };
        let text = format!("{value:.places$}");
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}
