//! Conversion: takes two measured figures in different units and hands on whether they can be
//! compared at all and, if so, their verdict once both are in the base unit of their dimension
//! ("50 miles" and "80 km" are compatible). A figure given in another unit was converted and
//! rounded by someone, so each side may stand for the figures it could be rounded from. Pure,
//! unit-tested alone; the units and their factors are [`Measure`]'s.

use super::Verdict;
use super::reason::Reason;
use super::verdict::{
    Judgement, effective_interval, judge_quantities, last_place, opposite_directions,
};
use crate::claims::{Exactness, Measure, Quantity, Unit};

/// Two units can be compared: the same unit, two convertible units of one dimension (kilometres
/// and miles, Celsius and Fahrenheit), or degrees of no stated scale with Celsius or Fahrenheit
/// (compared in both scales: see [`verdict_across_units`]). Never two dimensions.
pub(super) fn comparable(a: Measure, b: Measure) -> bool {
    let scaled = |m: Measure| matches!(m, Measure::DegreeCelsius | Measure::DegreeFahrenheit);
    a == b
        || (a.dimension() == b.dimension() && a.to_base(0.0).is_some() && b.to_base(0.0).is_some())
        || (a == Measure::Degree && scaled(b))
        || (b == Measure::Degree && scaled(a))
}

/// The verdict on two figures in different units of one dimension, and why. Degrees of no
/// stated scale are read as Celsius and as Fahrenheit, and the better verdict counts: "40
/// degrees" agrees with "40C" and is compatible with "104F" (an outlet that drops the scale uses
/// its readers').
pub(super) fn judge_across_units(a: &Quantity, b: &Quantity, x: Measure, y: Measure) -> Judgement {
    if opposite_directions(a, b) {
        return Judgement::new(Verdict::Diverge, Reason::OppositeDirections);
    }
    let with_unit = |q: &Quantity, m: Measure| Quantity {
        unit: Unit::Measure(m),
        ..q.clone()
    };
    let either_scale = |unscaled: &Quantity, other: &Quantity, flipped: bool| {
        [Measure::DegreeCelsius, Measure::DegreeFahrenheit]
            .into_iter()
            .map(|scale| {
                let scaled = with_unit(unscaled, scale);
                if flipped {
                    judge_quantities(other, &scaled)
                } else {
                    judge_quantities(&scaled, other)
                }
            })
            .max_by_key(|judgement| judgement.verdict)
            .unwrap_or(Judgement::new(Verdict::Diverge, Reason::Apart))
    };
    if x == Measure::Degree {
        return either_scale(a, b, false);
    }
    if y == Measure::Degree {
        return either_scale(b, a, true);
    }
    // "2,000 tonnes" and "2,000 tons": one figure, whichever ton was meant.
    let tons = [Measure::Tonne, Measure::ShortTon];
    if tons.contains(&x) && tons.contains(&y) {
        let same_figure = judge_quantities(a, &with_unit(b, x));
        if same_figure.verdict != Verdict::Diverge {
            return Judgement::new(Verdict::Compatible, Reason::TonAndTonne);
        }
    }
    let (Some((a_low, a_high)), Some((b_low, b_high))) = (in_base(a, x), in_base(b, y)) else {
        return Judgement::new(Verdict::Diverge, Reason::Apart);
    };
    // The same value in two units (0 °C and 32 °F), before any rounding is allowed for.
    let base = |value: Option<f64>, m: Measure| value.and_then(|v| m.to_base(v));
    let same = |p: Option<f64>, q: Option<f64>| match (p, q) {
        (Some(p), Some(q)) => (p - q).abs() <= 1e-9 * p.abs().max(q.abs()).max(1.0),
        (p, q) => p.is_none() && q.is_none(),
    };
    if a.exactness == b.exactness
        && same(base(a.low, x), base(b.low, y))
        && same(base(a.high, x), base(b.high, y))
    {
        Judgement::new(Verdict::Agree, Reason::SameInOtherUnits)
    } else if a_low <= b_high && b_low <= a_high {
        Judgement::new(Verdict::Compatible, Reason::Converted)
    } else {
        Judgement::new(Verdict::Diverge, Reason::Apart)
    }
}

/// The interval a figure allows, in the base unit of its dimension: as written, widened by the
/// rounding a conversion may have left in an exact figure (see [`conversion_rounding`]).
fn in_base(q: &Quantity, measure: Measure) -> Option<(f64, f64)> {
    let (low, high) = effective_interval(q, 0.0);
    let slack = match (q.exactness, q.low) {
        (Exactness::Exact, Some(value)) => conversion_rounding(value),
        _ => 0.0,
    };
    let convert = |value: f64| {
        if value.is_infinite() {
            Some(value)
        } else {
            measure.to_base(value)
        }
    };
    Some((convert(low - slack)?, convert(high + slack)?))
}

/// How much a figure converted from another unit may have been rounded: half its last
/// significant place, at most [`super::MAX_ROUNDING`] of the value ("80 km" for 50 miles, 80.47
/// km: 80 may stand for 76 to 84; "1.6 km" for a mile: 1.55 to 1.65).
fn conversion_rounding(value: f64) -> f64 {
    (last_place(value) / 2.0).min(value.abs() * super::MAX_ROUNDING)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(value: f64, exactness: Exactness, measure: Measure) -> Quantity {
        let (low, high) = match exactness {
            Exactness::LowerBound => (Some(value), None),
            Exactness::UpperBound => (None, Some(value)),
            _ => (Some(value), Some(value)),
        };
        Quantity {
            low,
            high,
            exactness,
            direction: None,
            unit: Unit::Measure(measure),
        }
    }

    fn verdict(a: &Quantity, b: &Quantity) -> Verdict {
        let unit = |q: &Quantity| match q.unit {
            Unit::Measure(m) => m,
            _ => unreachable!(),
        };
        judge_across_units(a, b, unit(a), unit(b)).verdict
    }

    #[test]
    fn units_of_one_dimension_are_compared_once_converted() {
        use Exactness::*;
        use Measure::*;
        let exact = |v, m| figure(v, Exact, m);
        assert_eq!(
            verdict(&exact(50.0, Mile), &exact(80.0, Kilometre)),
            Verdict::Compatible
        );
        assert_eq!(
            verdict(&exact(50.0, Mile), &exact(60.0, Kilometre)),
            Verdict::Diverge
        );
        assert_eq!(
            verdict(&exact(1.6, Kilometre), &exact(1.0, Mile)),
            Verdict::Compatible
        );
        assert_eq!(
            verdict(&exact(45.0, DegreeCelsius), &exact(114.0, DegreeFahrenheit)),
            Verdict::Compatible
        );
        assert_eq!(
            verdict(&exact(0.0, DegreeCelsius), &exact(32.0, DegreeFahrenheit)),
            Verdict::Agree
        );
        assert_eq!(
            verdict(
                &figure(80.0, LowerBound, Kilometre),
                &figure(50.0, LowerBound, Mile)
            ),
            Verdict::Compatible
        );
        assert_eq!(
            verdict(&exact(1_500_000.0, Kilometre), &exact(930_000.0, Mile)),
            Verdict::Compatible
        );
    }

    #[test]
    fn degrees_of_no_scale_are_read_in_either_scale() {
        use Exactness::Exact;
        use Measure::*;
        let exact = |v, m| figure(v, Exact, m);
        assert_eq!(
            verdict(&exact(40.0, Degree), &exact(40.0, DegreeCelsius)),
            Verdict::Agree
        );
        assert_eq!(
            verdict(&exact(105.0, Degree), &exact(40.0, DegreeCelsius)),
            Verdict::Compatible
        );
        assert_eq!(
            verdict(&exact(70.0, Degree), &exact(40.0, DegreeCelsius)),
            Verdict::Diverge
        );
        assert!(comparable(Degree, DegreeFahrenheit));
        assert!(!comparable(Degree, Kelvin));
        assert!(!comparable(Kilometre, Kilogram));
        assert!(comparable(Acre, Hectare));
    }

    use crate::claims::Value;

    /// The one measured figure of a sentence, as claims are read from wire copy.
    fn measured(sentence: &str) -> Quantity {
        let found: Vec<Quantity> = crate::claims::extract_sentence(sentence, None)
            .into_iter()
            .filter_map(|claim| match claim.value {
                Value::Quantity(q) if matches!(q.unit, Unit::Measure(_)) => Some(q),
                _ => None,
            })
            .collect();
        assert_eq!(found.len(), 1, "{sentence}: {found:?}");
        found.into_iter().next().unwrap()
    }

    /// Figures read from two outlets' sentences in metric and imperial units, compared.
    #[test]
    fn metric_and_imperial_figures_from_sentences_are_weighed_once_converted() {
        let cases = [
            // Length.
            (
                "Thousands joined a 5km march through the capital.",
                "Thousands joined a three-mile march through the capital.",
                Verdict::Compatible,
            ),
            (
                "The convoy was stopped about 24km from the border.",
                "The convoy was stopped about 15 miles from the border.",
                Verdict::Compatible,
            ),
            (
                "The suspect is 6 feet tall, police said.",
                "The suspect is 1.83 metres tall, police said.",
                Verdict::Compatible,
            ),
            (
                "The tailback stretched 50 miles.",
                "The tailback stretched 80 km.",
                Verdict::Compatible,
            ),
            (
                "The tailback stretched 50 miles.",
                "The tailback stretched 60 km.",
                Verdict::Diverge,
            ),
            (
                "The wave was 30 feet high.",
                "The wave was 9 metres high.",
                Verdict::Compatible,
            ),
            // Mass: a short ton is not a tonne, but "2,000 tons" may well be the same cargo.
            (
                "The ship carried 2,000 tonnes of grain.",
                "The ship carried 2,000 tons of grain.",
                Verdict::Compatible,
            ),
            (
                "Police seized 500 kg of cocaine.",
                "Police seized 1,100 pounds of cocaine.",
                Verdict::Compatible,
            ),
            (
                "Police seized 500 kg of cocaine.",
                "Police seized 2,000 pounds of cocaine.",
                Verdict::Diverge,
            ),
            // Speed.
            (
                "The chase reached 193 km/h on the motorway.",
                "The chase reached 120 mph on the motorway.",
                Verdict::Compatible,
            ),
            (
                "Winds of 160km/h battered the coast.",
                "Winds of 100 mph battered the coast.",
                Verdict::Compatible,
            ),
            (
                "Winds of 160km/h battered the coast.",
                "Winds of 60 mph battered the coast.",
                Verdict::Diverge,
            ),
            // Temperature: -40 is the one reading both scales share.
            (
                "Temperatures fell to -40 C overnight.",
                "Temperatures fell to -40 F overnight.",
                Verdict::Agree,
            ),
            (
                "Temperatures reached 45C in the shade.",
                "Temperatures reached 113F in the shade.",
                Verdict::Agree,
            ),
            (
                "Temperatures reached 45C in the shade.",
                "Temperatures reached 90F in the shade.",
                Verdict::Diverge,
            ),
            // Area.
            (
                "The fire burned 10 hectares of forest.",
                "The fire burned 25 acres of forest.",
                Verdict::Compatible,
            ),
            (
                "The fire burned 4,000 hectares of forest.",
                "The fire burned 10,000 acres of forest.",
                Verdict::Compatible,
            ),
            (
                "The fire burned 4,000 hectares of forest.",
                "The fire burned 4,000 acres of forest.",
                Verdict::Diverge,
            ),
        ];
        for (a, b, expected) in cases {
            let (p, q) = (Value::Quantity(measured(a)), Value::Quantity(measured(b)));
            assert_eq!(super::super::verdict(&p, &q), expected, "{a} / {b}");
            assert_eq!(super::super::verdict(&q, &p), expected, "{b} / {a}");
        }
    }
}
