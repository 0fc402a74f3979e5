//! How well the number reader reads figures, measured on public test data nobody on the team
//! wrote: Microsoft Recognizers-Text's English specs and quantulum3's test sentences, read from
//! `../shared/eval/numbers/` (never copied into the repository; `CLAIMDIFF_EVAL` points
//! elsewhere). This is the baseline of issue 11: it measures, it tunes nothing.
//!
//! Run with `cargo bench --bench figures` (add `-- --verbose`, or set `FIGURES_VERBOSE=1`, for
//! one line per miss, per value read with the wrong unit and per false positive). For each case
//! it runs `claimdiff::claims::extract_sentence` on the input and matches the claims with the
//! gold figures; it prints per file the cases, the exclusions by reason, the gold figures, those
//! found by value and by value and unit, the false positives, and recall, precision and F1.
//! Where the data is absent (a user's clone), it says so and exits 0.
//!
//! Conventions (docs/accuracy.md and docs/claims.md say why):
//! - a gold figure is found by value when a claim states that value (the low end of a lower
//!   bound, the high end of an upper bound, else the low end), within 1e-9 relative; a range
//!   (`[a,b)`, quantulum's value +/- uncertainty) when the claim's low and high are its ends
//!   (open or closed ends are not told apart); a fraction, alone or as the end of a bound or a
//!   range ("more than half"), also as the percentage claimdiff gives it, to its one decimal
//!   ("two thirds" = 66.7%); a date by its written year, month and day; a duration by its
//!   length in seconds (a month 30 days, a year 365);
//! - it is found by value and unit when, besides, the claim's unit has the same canonical
//!   name (the unit tables of `support/figures_gold.rs`; a measure by its name, `kilometre`);
//!   gold units claimdiff has no notion of (radians, teaspoons) count under value only;
//! - a claim that matches no gold figure is a false positive only where the gold lists every
//!   figure of the sentence; in the DateTime files only dates (durations) are scored, in the
//!   age file only ages, the currency file only money, the
//!   dimension and temperature files only measures;
//! - cases Recognizers-Text marks `NotSupportedByDesign`, or `NotSupported` by `dotnet` (its
//!   reference implementation), are skipped; so are what claimdiff deliberately does not read
//!   as figures (ordinals, relative dates, phone numbers...), each listed with its reason.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use claimdiff::claims::{
    Canonical, Claim, Currency, Dimension, Exactness, Measure, Unit, extract_sentence,
};

#[path = "support/figures_gold.rs"]
mod figures_gold;

use figures_gold::{
    Case, DURATION, Expected, Figure, RECOGNIZERS_FILES, Scope, quantulum_file, recognizers_file,
    seconds_per,
};

/// Counts of one file.
#[derive(Default)]
struct Tally {
    cases: usize,
    excluded_cases: BTreeMap<&'static str, usize>,
    excluded_figures: BTreeMap<&'static str, usize>,
    /// Claims matching no gold figure that are not counted as false positives, by reason.
    uncounted_claims: BTreeMap<&'static str, usize>,
    gold: usize,
    found_value: usize,
    unit_supported: usize,
    found_unit: usize,
    false_positives: usize,
}

fn eval_dir() -> PathBuf {
    std::env::var_os("CLAIMDIFF_EVAL")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval"))
}

fn main() {
    let dir = eval_dir().join("numbers");
    if !dir.join("recognizers-text").exists() || !dir.join("quantulum3").exists() {
        println!(
            "figures: evaluation data not found under {} (set CLAIMDIFF_EVAL); skipping",
            dir.display()
        );
        return;
    }
    let verbose = std::env::args().any(|arg| arg == "--verbose")
        || std::env::var("FIGURES_VERBOSE").is_ok_and(|v| v == "1");
    let mut rows = Vec::new();
    for &(stem, scope, units) in RECOGNIZERS_FILES {
        let cases = recognizers_file(&dir, stem, scope, units);
        rows.push((stem.to_string(), score_file(stem, scope, &cases, verbose)));
    }
    for stem in ["quantities", "quantities.ambiguity"] {
        let name = format!("quantulum3 {stem}");
        let cases = quantulum_file(&dir, stem);
        rows.push((
            name.clone(),
            score_file(&name, Scope::AllFigures, &cases, verbose),
        ));
    }
    print_report(&rows);
}

/// Runs the reader on every case of one file and matches its claims with the gold figures.
fn score_file(name: &str, scope: Scope, cases: &[Case], verbose: bool) -> Tally {
    let mut tally = Tally::default();
    for case in cases {
        tally.cases += 1;
        if let Some(reason) = case.excluded {
            *tally.excluded_cases.entry(reason).or_default() += 1;
            continue;
        }
        let claims = extract_sentence(&case.input, None);
        let scored: Vec<&Claim> = claims.iter().filter(|c| is_scored(c, scope)).collect();
        let mut used = vec![false; scored.len()];
        for figure in &case.figures {
            let matched = best_match(figure, &scored, &used);
            let unread = matched.is_none()
                && matches!(
                    scope,
                    Scope::AllFigures | Scope::Measures { .. } | Scope::Ages
                );
            let range = unread.then(|| range_end(figure, &scored)).flatten();
            let whole = unread
                .then(|| duration_part(figure, &scored))
                .flatten()
                .filter(|_| range.is_none());
            if let Some(i) = whole {
                // The one duration is the claim for all its parts: no false positive.
                used[i] = true;
            }
            if let Some(i) = range {
                // The range is the claim for this figure: no false positive.
                used[i] = true;
            }
            let excluded = figure.excluded.or_else(|| {
                unread
                    .then(|| read_as_date(figure, &claims))
                    .flatten()
                    .or(range.map(|_| "one end of a range read whole"))
                    .or(whole.map(|_| "one part of a duration of several units read whole"))
            });
            if let Some(reason) = excluded {
                *tally.excluded_figures.entry(reason).or_default() += 1;
                continue;
            }
            tally.gold += 1;
            let unit_scored = figure.unit.as_deref().is_some_and(is_supported);
            tally.unit_supported += usize::from(unit_scored);
            let line = |what: &str| log(verbose, what, name, case, figure, &claims);
            match matched {
                None => line("MISS"),
                Some(i) => {
                    used[i] = true;
                    tally.found_value += 1;
                    if unit_scored && unit_matches(figure, scored[i]) {
                        tally.found_unit += 1;
                    } else if unit_scored {
                        line("UNIT");
                    }
                }
            }
        }
        let unused = scored.iter().zip(&used).filter(|(_, used)| !**used);
        for (claim, _) in unused.filter(|(claim, _)| is_false_positive_scope(claim, scope)) {
            if let Some(reason) = uncounted(name, claim, &case.input) {
                *tally.uncounted_claims.entry(reason).or_default() += 1;
                continue;
            }
            tally.false_positives += 1;
            if verbose {
                let got = format!("{} ({})", claim.text(&case.input), Canonical(claim));
                println!("FALSE+\t{name}\t{}\t-\t{got}", case.input.trim());
            }
        }
    }
    tally
}

/// Why a claim the gold does not list is no false positive, if it is not: the number model
/// lists no figure for a number glued to a unit ("the 180ml liquid", "29km Road", "1m isn't a
/// number"), leaving it to Recognizers-Text's dimension model; claimdiff reads it as a figure
/// on purpose (news writes "a 45m yacht", "£4m").
fn uncounted(file: &str, claim: &Claim, input: &str) -> Option<&'static str> {
    let rest = input.get(claim.span().start..)?;
    let digits = rest.trim_start_matches(|c: char| c.is_ascii_digit() || ".,".contains(c));
    let glued_unit = digits.len() < rest.len() && digits.starts_with(char::is_alphabetic);
    (file == "Number-NumberModel" && glued_unit)
        .then_some("number glued to a unit: the number model leaves it to the dimension model")
}

/// The claims a file's gold can speak for.
fn is_scored(claim: &Claim, scope: Scope) -> bool {
    match scope {
        Scope::AllFigures | Scope::Measures { .. } => claim.quantity().is_some(),
        // Calendar dates: the gold leaves out weekdays ("relative date or weekday"), which
        // claimdiff reads as a weekday alone without the article date (issue 13).
        Scope::Dates => claim.date().is_some_and(|date| !date.is_weekday_only()),
        Scope::Durations => claim
            .quantity()
            .is_some_and(|q| matches!(q.unit, Unit::Duration(_))),
        Scope::Money => claim
            .quantity()
            .is_some_and(|q| matches!(q.unit, Unit::Money(_))),
        Scope::Ages => claim
            .quantity()
            .is_some_and(|q| matches!(q.unit, Unit::Age | Unit::AgeIn(_))),
        Scope::Excluded(_) => false,
    }
}

/// The unmatched claims a file's gold lists all of: in the measure files, measures of its
/// dimensions only.
fn is_false_positive_scope(claim: &Claim, scope: Scope) -> bool {
    let Scope::Measures { temperature } = scope else {
        return true;
    };
    claim.quantity().is_some_and(|q| match q.unit {
        Unit::Measure(measure) => (measure.dimension() == Dimension::Temperature) == temperature,
        _ => false,
    })
}

/// The first unused claim with the figure's value, one that has its unit too if any has.
fn best_match(figure: &Figure, claims: &[&Claim], used: &[bool]) -> Option<usize> {
    (0..claims.len())
        .filter(|&i| !used[i] && value_matches(figure, claims[i]))
        .min_by_key(|&i| !unit_matches(figure, claims[i]))
}

/// A gold number the reader read as (part of) a date: claimdiff reads dates as dates, not as
/// counts ("in 1979", "May 4").
fn read_as_date(figure: &Figure, claims: &[Claim]) -> Option<&'static str> {
    let overlaps = |claim: &Claim| {
        let span = claim.span();
        span.start < figure.span.end && figure.span.start < span.end
    };
    claims
        .iter()
        .any(|claim| claim.date().is_some() && overlaps(claim))
        .then_some("year or date part: read as a date")
}

/// A gold figure that is one end of a range the reader read whole ("eight to 10 feet": the gold
/// gives 10 feet, claimdiff 8-10 feet): claimdiff reads ranges as ranges (docs/claims.md). The
/// range claim's index.
fn range_end(figure: &Figure, claims: &[&Claim]) -> Option<usize> {
    let Expected::Value {
        low: Some(value),
        high: Some(high),
        ..
    } = figure.expected
    else {
        return None;
    };
    let ends_range = |claim: &Claim| {
        let span = claim.span();
        claim.quantity().is_some_and(|q| {
            q.exactness == Exactness::Range
                && (same(q.low, Some(value)) || same(q.high, Some(value)))
        }) && span.start <= figure.span.start
            && figure.span.end <= span.end
            && span != figure.span
    };
    claims
        .iter()
        .position(|claim| ends_range(claim))
        .filter(|_| value == high)
}

/// A duration of several units read as one (`twenty-one years and six months` is 258 months,
/// docs/claims.md) covering a gold figure that is one of its parts (`six months`): the claim's
/// index.
fn duration_part(figure: &Figure, claims: &[&Claim]) -> Option<usize> {
    claims.iter().position(|claim| {
        let span = claim.span();
        claim
            .quantity()
            .is_some_and(|q| matches!(q.unit, Unit::Duration(_)))
            && span.start <= figure.span.start
            && figure.span.end <= span.end
            && span != figure.span
    })
}

fn value_matches(figure: &Figure, claim: &Claim) -> bool {
    let span = claim.span();
    match &figure.expected {
        Expected::Date(date) => claim.date() == Some(date),
        Expected::DateSpan => {
            claim.date().is_some() && span.start < figure.span.end && figure.span.start < span.end
        }
        Expected::Value {
            low,
            high,
            fraction,
        } => {
            let Some(quantity) = claim.quantity() else {
                return false;
            };
            // A duration is compared in seconds, except where the gold gives bare numbers (the
            // number files: "earn $10000 in 3 years" lists 3).
            let scale = match quantity.unit {
                Unit::Duration(unit) if figure.unit.is_some() => {
                    seconds_per(unit.as_str()).unwrap_or(1.0)
                }
                _ => 1.0,
            };
            let claim_low = quantity.low.map(|v| v * scale);
            let claim_high = quantity.high.map(|v| v * scale);
            let as_percent = *fraction && quantity.unit == Unit::Percent;
            if low != high {
                // "more than half" is (0.5,) in the gold, at least 50% in claimdiff.
                let share = |v: Option<f64>| v.map(|v| v / 100.0);
                return same(claim_low, *low) && same(claim_high, *high)
                    || as_percent
                        && near(share(claim_low), *low)
                        && near(share(claim_high), *high);
            }
            let point = match quantity.exactness {
                Exactness::UpperBound => claim_high,
                Exactness::Range => None,
                _ => claim_low,
            };
            same(point, *low)
                || as_percent
                    && point
                        .zip(*low)
                        .is_some_and(|(p, v)| (p - v * 100.0).abs() <= 0.05 + 1e-9)
        }
    }
}

/// Equal to the 0.1 percentage point a share is written to (as a fraction: 0.0005), or both open.
fn near(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => (a - b).abs() <= 0.0005 + 1e-12,
        _ => false,
    }
}

/// Equal within 1e-9 relative, or both open.
fn same(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => a == b || (a - b).abs() <= 1e-9 * a.abs().max(b.abs()),
        _ => false,
    }
}

/// The canonical name of the unit of a claim, in the words of the gold unit tables.
fn reader_unit(unit: Unit) -> String {
    match unit {
        Unit::Count => "count".to_string(),
        Unit::Percent => "percent".to_string(),
        Unit::PercentagePoints => "percentage point".to_string(),
        Unit::Money(Some(currency)) => currency.as_str().to_string(),
        Unit::Money(None) => "money".to_string(),
        Unit::Age => "year of age".to_string(),
        Unit::AgeIn(unit) => format!("{} of age", unit.as_str().trim_end_matches('s')),
        Unit::Duration(_) => DURATION.to_string(),
        Unit::Measure(measure) => measure.as_str().to_string(),
    }
}

/// Whether claimdiff has a notion of this unit at all (else only its value is scored).
fn is_supported(unit: &str) -> bool {
    [
        "count",
        "percent",
        "percentage point",
        "year of age",
        "month of age",
        "week of age",
        "day of age",
        DURATION,
    ]
    .contains(&unit)
        || unit.parse::<Currency>().is_ok()
        || unit.parse::<Measure>().is_ok()
}

/// The unit of a claim is the gold's, or the gold gives a fraction as a dimensionless count and
/// claimdiff the same share as a percentage ("one sixth": 0.1667 count, 16.7%): one dimension,
/// scaled by 100, as docs/claims.md decides.
fn unit_matches(figure: &Figure, claim: &Claim) -> bool {
    let claim_unit = claim.quantity().map(|q| reader_unit(q.unit));
    let fraction_as_share = matches!(figure.expected, Expected::Value { fraction: true, .. })
        && figure.unit.as_deref() == Some("count")
        && claim_unit.as_deref() == Some("percent");
    figure.unit.is_some() && (figure.unit == claim_unit || fraction_as_share)
}

fn log(verbose: bool, what: &str, file: &str, case: &Case, figure: &Figure, claims: &[Claim]) {
    if !verbose {
        return;
    }
    let expected = match &figure.expected {
        Expected::Value { low, high, .. } if low == high => format!("{low:?}"),
        Expected::Value { low, high, .. } => format!("{low:?}..{high:?}"),
        Expected::Date(date) => format!("date {date}"),
        Expected::DateSpan => "a date".to_string(),
    };
    let unit = figure.unit.as_deref().unwrap_or("-");
    let got: Vec<String> = claims
        .iter()
        .map(|claim| format!("{} ({})", claim.text(&case.input), Canonical(claim)))
        .collect();
    println!(
        "{what}\t{file}\t{}\t{} = {expected} {unit}\t{}",
        case.input.trim(),
        figure.text,
        got.join("; ")
    );
}

fn percent(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| 100.0 * part as f64 / whole as f64)
}

fn shown(value: Option<f64>) -> String {
    value.map_or("—".to_string(), |v| format!("{v:.1}"))
}

/// One Markdown table row per file, then the totals, then the exclusions by reason.
fn print_report(rows: &[(String, Tally)]) {
    println!(
        "| file | cases | excluded cases | gold figures | excluded figures | found (value) | \
         found (value+unit) / unit supported | false positives | recall % | precision % | F1 % | \
         value+unit recall % |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let mut total = Tally::default();
    for (name, tally) in rows {
        print_row(name, tally);
        total.cases += tally.cases;
        total.gold += tally.gold;
        total.found_value += tally.found_value;
        total.unit_supported += tally.unit_supported;
        total.found_unit += tally.found_unit;
        total.false_positives += tally.false_positives;
        for (reason, n) in &tally.excluded_cases {
            *total.excluded_cases.entry(reason).or_default() += n;
        }
        for (reason, n) in &tally.excluded_figures {
            *total.excluded_figures.entry(reason).or_default() += n;
        }
        for (reason, n) in &tally.uncounted_claims {
            *total.uncounted_claims.entry(reason).or_default() += n;
        }
    }
    print_row("**total**", &total);
    println!("\nExcluded (cases or figures, by reason):");
    for (name, tally) in rows {
        let reasons = tally.excluded_cases.iter().map(|r| (r, "cases"));
        let reasons = reasons.chain(tally.excluded_figures.iter().map(|r| (r, "figures")));
        let reasons = reasons.chain(
            tally
                .uncounted_claims
                .iter()
                .map(|r| (r, "claims not counted as false positives")),
        );
        for ((reason, n), what) in reasons {
            println!("  {name}: {n} {what}: {reason}");
        }
    }
}

fn print_row(name: &str, tally: &Tally) {
    let recall = percent(tally.found_value, tally.gold);
    let precision = percent(tally.found_value, tally.found_value + tally.false_positives);
    let f1 = recall
        .zip(precision)
        .filter(|(r, p)| r + p > 0.0)
        .map(|(r, p)| 2.0 * r * p / (r + p));
    let excluded_cases: usize = tally.excluded_cases.values().sum();
    let excluded_figures: usize = tally.excluded_figures.values().sum();
    println!(
        "| {name} | {} | {excluded_cases} | {} | {excluded_figures} | {} | {} / {} | {} | {} | {} | {} | {} |",
        tally.cases,
        tally.gold,
        tally.found_value,
        tally.found_unit,
        tally.unit_supported,
        tally.false_positives,
        shown(recall),
        shown(precision),
        shown(f1),
        shown(percent(tally.found_unit, tally.unit_supported)),
    );
}
