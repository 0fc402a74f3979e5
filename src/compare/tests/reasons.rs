//! Why two figures got their verdict: the reason each verdict carries, on figures stated the ways
//! news states them (issue 13: a figure stated without decimals covers what rounds to it; a unit
//! conversion, a bound or an approximation is named as the reason).

use crate::claims::{Direction, Exactness, Measure, Quantity, Unit, Value};
use crate::compare::{Reason, Verdict, Which, judge};

fn figure(low: Option<f64>, high: Option<f64>, exactness: Exactness, unit: Unit) -> Value {
    Value::Quantity(Quantity {
        low,
        high,
        exactness,
        direction: None,
        unit,
    })
}

fn exact(v: f64) -> Value {
    figure(Some(v), Some(v), Exactness::Exact, Unit::Count)
}

fn percent(v: f64) -> Value {
    figure(Some(v), Some(v), Exactness::Exact, Unit::Percent)
}

fn about(v: f64) -> Value {
    figure(Some(v), Some(v), Exactness::Approximate, Unit::Count)
}

fn more_than(v: f64) -> Value {
    figure(Some(v), None, Exactness::LowerBound, Unit::Count)
}

fn range(a: f64, b: f64) -> Value {
    figure(Some(a), Some(b), Exactness::Range, Unit::Count)
}

fn measure(v: f64, exactness: Exactness, m: Measure) -> Value {
    figure(Some(v), Some(v), exactness, Unit::Measure(m))
}

fn change(v: f64, direction: Direction) -> Value {
    Value::Quantity(Quantity {
        low: Some(v),
        high: Some(v),
        exactness: Exactness::Exact,
        direction: Some(direction),
        unit: Unit::Percent,
    })
}

fn check(a: &Value, b: &Value, verdict: Verdict, reason: Reason) {
    let judged = judge(a, b);
    assert_eq!(
        (judged.verdict, judged.reason),
        (verdict, reason),
        "{a:?} / {b:?}"
    );
}

#[test]
fn a_figure_without_decimals_covers_what_rounds_to_it() {
    // "won 62.3% of the vote" / "won 62%".
    check(
        &percent(62.3),
        &percent(62.0),
        Verdict::Compatible,
        Reason::Rounded(Which::Second),
    );
    check(
        &percent(62.0),
        &percent(62.3),
        Verdict::Compatible,
        Reason::Rounded(Which::First),
    );
    check(
        &percent(80.1),
        &percent(80.0),
        Verdict::Compatible,
        Reason::Rounded(Which::Second),
    );
    check(
        &exact(2.53),
        &exact(2.5),
        Verdict::Compatible,
        Reason::Rounded(Which::Second),
    );
    // 62.7% rounds to 63, not 62.
    check(
        &percent(62.7),
        &percent(62.0),
        Verdict::Diverge,
        Reason::Apart,
    );
    // Round hundreds may stand for the figure they round.
    check(
        &exact(6_700.0),
        &exact(6_712.0),
        Verdict::Compatible,
        Reason::Rounded(Which::First),
    );
}

#[test]
fn small_whole_counts_are_never_taken_for_rounded() {
    // "20 people were injured" / "21 injured": two different counts.
    check(&exact(20.0), &exact(21.0), Verdict::Diverge, Reason::Apart);
    check(&exact(46.0), &exact(50.0), Verdict::Diverge, Reason::Apart);
    check(&exact(3.0), &exact(4.0), Verdict::Diverge, Reason::Apart);
    check(&exact(26.0), &exact(26.0), Verdict::Agree, Reason::Same);
}

#[test]
fn approximations_bounds_and_ranges_name_what_made_them_compatible() {
    check(
        &about(4_000.0),
        &exact(4_120.0),
        Verdict::Compatible,
        Reason::Approximate(Which::First),
    );
    check(
        &more_than(50_000.0),
        &about(100_000.0),
        Verdict::Compatible,
        Reason::Bound(Which::First),
    );
    check(
        &range(200.0, 999.0),
        &exact(300.0),
        Verdict::Compatible,
        Reason::Overlap,
    );
    check(
        &about(4_000.0),
        &exact(5_000.0),
        Verdict::Diverge,
        Reason::Apart,
    );
    check(
        &more_than(300_000.0),
        &range(100_000.0, 220_000.0),
        Verdict::Diverge,
        Reason::Apart,
    );
}

#[test]
fn units_are_converted_and_the_conversion_is_the_reason() {
    use Exactness::Exact;
    // "a 5km march" / "a three-mile march".
    check(
        &measure(5.0, Exact, Measure::Kilometre),
        &measure(3.0, Exact, Measure::Mile),
        Verdict::Compatible,
        Reason::Converted,
    );
    check(
        &measure(0.0, Exact, Measure::DegreeCelsius),
        &measure(32.0, Exact, Measure::DegreeFahrenheit),
        Verdict::Agree,
        Reason::SameInOtherUnits,
    );
    check(
        &measure(50.0, Exact, Measure::Mile),
        &measure(60.0, Exact, Measure::Kilometre),
        Verdict::Diverge,
        Reason::Apart,
    );
}

#[test]
fn tonnes_and_tons_of_one_figure_are_compatible_with_a_note() {
    // "2,000 tonnes" / "2,000 tons": a short ton is 907 kg, but an outlet writing "tons" for
    // metric tonnes is common; the same figure is not a divergence.
    use Exactness::Exact;
    check(
        &measure(2_000.0, Exact, Measure::Tonne),
        &measure(2_000.0, Exact, Measure::ShortTon),
        Verdict::Compatible,
        Reason::TonAndTonne,
    );
    check(
        &measure(2_000.0, Exact, Measure::ShortTon),
        &measure(1_814.0, Exact, Measure::Tonne),
        Verdict::Compatible,
        Reason::Converted,
    );
    check(
        &measure(2_000.0, Exact, Measure::Tonne),
        &measure(3_000.0, Exact, Measure::ShortTon),
        Verdict::Diverge,
        Reason::Apart,
    );
}

#[test]
fn opposite_changes_diverge_and_say_so() {
    check(
        &change(2.0, Direction::Up),
        &change(2.0, Direction::Down),
        Verdict::Diverge,
        Reason::OppositeDirections,
    );
}

/// A count or a measure stated as a change in one outlet and bare in the other ("Hillis added 101
/// yards", "Hillis (101 yards)") is the same figure: the direction word is how one outlet tells
/// it. A rate is not: "unemployment rose 4.1%" is a move and "was 4.1%" a level, compatible at
/// most.
#[test]
fn the_same_count_with_a_direction_on_one_side_only_agrees_but_a_rate_does_not() {
    let moved = |v: f64, direction: Direction, unit: Unit| {
        Value::Quantity(Quantity {
            low: Some(v),
            high: Some(v),
            exactness: Exactness::Exact,
            direction: Some(direction),
            unit,
        })
    };
    check(
        &moved(101.0, Direction::Up, Unit::Count),
        &exact(101.0),
        Verdict::Agree,
        Reason::Same,
    );
    check(
        &exact(240.0),
        &moved(240.0, Direction::Down, Unit::Count),
        Verdict::Agree,
        Reason::Same,
    );
    check(
        &change(4.1, Direction::Up),
        &percent(4.1),
        Verdict::Compatible,
        Reason::Overlap,
    );
    // Different figures still diverge, direction or not.
    check(
        &moved(101.0, Direction::Up, Unit::Count),
        &exact(120.0),
        Verdict::Diverge,
        Reason::Apart,
    );
}

#[test]
fn an_approximation_that_meets_a_bound_only_by_its_tolerance_overlaps_it() {
    // "about 23,000" is not "over 24,000"; it may reach it within 10%.
    let judgement = judge(&about(23_000.0), &more_than(24_000.0));
    assert_eq!(judgement.verdict, Verdict::Compatible);
    assert_eq!(judgement.reason, Reason::Overlap);
    // "about 26,000" is over 24,000 as stated.
    let judgement = judge(&about(26_000.0), &more_than(24_000.0));
    assert_eq!(judgement.reason, Reason::Bound(Which::Second));
}

/// A speed "up to" a figure is the top speed reached: "speeds up to 120 mph" and "reached speeds
/// of 120 mph" give one top speed. A count "up to" a figure stays a bound ("up to 20,000
/// people" and "20,000 people" are compatible), and so does a top speed above another.
#[test]
fn a_speed_up_to_a_figure_is_the_top_speed() {
    let up_to = |v: f64, unit: Unit| figure(None, Some(v), Exactness::UpperBound, unit);
    let mph = Unit::Measure(Measure::MilePerHour);
    let judged = judge(
        &up_to(120.0, mph),
        &measure(120.0, Exactness::Exact, Measure::MilePerHour),
    );
    assert_eq!(judged.verdict, Verdict::Agree, "{judged:?}");
    let judged = judge(
        &measure(120.0, Exactness::Exact, Measure::MilePerHour),
        &up_to(120.0, mph),
    );
    assert_eq!(judged.verdict, Verdict::Agree, "{judged:?}");
    let judged = judge(
        &up_to(120.0, mph),
        &measure(100.0, Exactness::Exact, Measure::MilePerHour),
    );
    assert_eq!(judged.verdict, Verdict::Compatible, "{judged:?}");
    let judged = judge(&up_to(20_000.0, Unit::Count), &exact(20_000.0));
    assert_eq!(judged.verdict, Verdict::Compatible, "{judged:?}");
}
