//! Why: takes the judgement of a pair of figures (compare decides it with the verdict) and
//! hands on the sentence a reader sees: "62% is 62.3% rounded", "5km is 3.11 mi", "an estimated
//! 100,000 is more than 50,000". The figures are quoted as the articles wrote them, so a reader
//! can find them; only a conversion writes a figure of its own.

use super::{one_line, with_separators};
use crate::claims::{Claim, Direction, Exactness, Measure, Quantity, Unit, Value};
use crate::compare::{ClaimRef, Comparison, Judgement, Reason, Which};
use crate::segment::Document;

/// Why the comparison got its verdict, in words: the reason of the pair that decided it.
/// `None` for quotes, claims of one outlet, and two figures stated the very same way.
pub(crate) fn comparison_why(
    documents: &[Document],
    claims: &[Vec<Claim>],
    comparison: &Comparison,
) -> Option<String> {
    let (i, j, judgement) = comparison.deciding(claims)?;
    pair_why(
        documents,
        claims,
        comparison.claims[i],
        comparison.claims[j],
        judgement,
    )
}

/// Why two figures got their judgement, in words; `None` when there is nothing to say (the
/// same figure stated the same way).
pub(crate) fn pair_why(
    documents: &[Document],
    claims: &[Vec<Claim>],
    a: ClaimRef,
    b: ClaimRef,
    judgement: Judgement,
) -> Option<String> {
    let written = |r: ClaimRef| {
        let text = one_line(r.of(claims).text(&documents[r.source()].article.text));
        lower_first(&text)
    };
    let (x, y) = (written(a), written(b));
    let pick = |which: Which| match which {
        Which::First => (x.as_str(), y.as_str()),
        Which::Second => (y.as_str(), x.as_str()),
    };
    let (value_a, value_b) = (&a.of(claims).value, &b.of(claims).value);
    Some(match judgement.reason {
        Reason::Same => return None,
        Reason::SameInOtherUnits | Reason::Converted => {
            format!("{x} is {}", converted(value_a, value_b)?)
        }
        Reason::Rounded(which) => {
            let (rounded, other) = pick(which);
            format!("{rounded} is {other} rounded")
        }
        Reason::Approximate(which) => {
            let (approximate, other) = pick(which);
            if matches!(value_a, Value::Time(_)) {
                format!("{other} is within 15 minutes of {approximate}")
            } else {
                format!("{other} is within 10% of {approximate}")
            }
        }
        Reason::Bound(which) => {
            let (bound, other) = pick(which);
            format!("{other} is {bound}")
        }
        Reason::Overlap => format!("{x} and {y} overlap"),
        Reason::TonAndTonne => {
            format!("{x} and {y}: one figure, though a short ton is 0.907 tonnes")
        }
        Reason::Apart => match (value_a, value_b) {
            (Value::Date(_), _) => format!("{x} and {y} are different dates"),
            (Value::Time(_), _) => format!("{x} and {y} are different times"),
            (Value::Score(_), _) => format!("{x} and {y} are different tallies"),
            (Value::Quantity(p), Value::Quantity(q))
                if p.exactness == Exactness::Exact && q.exactness == Exactness::Exact =>
            {
                format!("{x} and {y} differ")
            }
            _ => format!("{x} and {y} do not overlap"),
        },
        Reason::OppositeDirections => {
            let up =
                |v: &Value| matches!(v, Value::Quantity(q) if q.direction == Some(Direction::Up));
            let (rise, fall) = if up(value_a) { (&x, &y) } else { (&y, &x) };
            format!("{rise} is a rise, {fall} a fall")
        }
    })
}

/// The first figure in the second's unit: "3.11 mi" for 5 km against miles.
fn converted(a: &Value, b: &Value) -> Option<String> {
    let (Value::Quantity(p), Value::Quantity(q)) = (a, b) else {
        return None;
    };
    let (Unit::Measure(from), Unit::Measure(to)) = (p.unit, q.unit) else {
        return None;
    };
    let value = representative(p)?;
    let in_target = from_base(to, from.to_base(value)?)?;
    Some(format!(
        "{} {}",
        with_separators(three_significant(in_target)),
        to.symbol()
    ))
}

/// The one number a figure stands for: its value, or a bound's edge.
fn representative(q: &Quantity) -> Option<f64> {
    match (q.low, q.high) {
        (Some(low), Some(high)) => Some((low + high) / 2.0),
        (Some(edge), None) | (None, Some(edge)) => Some(edge),
        (None, None) => None,
    }
}

/// A value in the base unit of `unit`'s dimension, in `unit`: the inverse of
/// [`Measure::to_base`], which is affine (a factor, and an offset for temperatures).
fn from_base(unit: Measure, base: f64) -> Option<f64> {
    let zero = unit.to_base(0.0)?;
    let factor = unit.to_base(1.0)? - zero;
    (factor != 0.0).then(|| (base - zero) / factor)
}

/// `value` to three significant digits (a conversion is no more precise than that).
fn three_significant(value: f64) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    let magnitude = value.abs().log10().floor() as i32;
    let scale = 10f64.powi(2 - magnitude);
    (value * scale).round() / scale
}

/// "Some 4,000" -> "some 4,000" inside a sentence; "THREE" and "US$5m" stay as written.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => first
            .to_lowercase()
            .chain(text[first.len_utf8()..].chars())
            .collect(),
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions_are_written_to_three_significant_digits() {
        assert_eq!(three_significant(3.106_855), 3.11);
        assert_eq!(three_significant(1_814.369), 1_810.0);
        assert_eq!(
            from_base(Measure::Mile, 5_000.0).map(three_significant),
            Some(3.11)
        );
        assert_eq!(
            from_base(Measure::DegreeFahrenheit, 273.15).map(three_significant),
            Some(32.0)
        );
    }

    #[test]
    fn only_a_capitalised_word_is_lowered() {
        assert_eq!(lower_first("Some 4,000"), "some 4,000");
        assert_eq!(lower_first("THREE"), "THREE");
        assert_eq!(lower_first("62%"), "62%");
    }
}
