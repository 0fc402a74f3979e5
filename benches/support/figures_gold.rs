//! The gold figures of the public number test data, read for `benches/figures.rs`: each
//! Recognizers-Text spec case and quantulum3 sentence becomes a [`Case`] of [`Figure`]s with
//! their values, canonical units and, where claimdiff deliberately reads no figure there, the
//! reason it is excluded. Kept apart from the scoring so that what counts as gold is read in one
//! place and the conventions (units table, exclusions) stay data.

use std::ops::Range;
use std::path::Path;

use claimdiff::claims::DateValue;
use serde_json::Value as Json;

/// Gold unit names, as Recognizers-Text (`Resolution.unit`, per family) and quantulum3 write
/// them, to one canonical name per unit. A name missing here is its own canonical name.
const CURRENCY_UNITS: &[(&str, &str)] = &[
    ("Dollar", "USD"),
    ("United States dollar", "USD"),
    ("Pound", "GBP"),
    ("British pound", "GBP"),
    ("Euro", "EUR"),
    ("Cent", "cent"),
    ("Pence", "penny"),
    ("Penny", "penny"),
    // Names the spec gives without an ISO code, in claimdiff's conventions: rupees without a
    // country are Indian ones; bitcoin is `BTC`.
    ("Rupee", "INR"),
    ("Bitcoin", "BTC"),
];
const AGE_UNITS: &[(&str, &str)] = &[
    ("Year", "year of age"),
    ("Month", "month of age"),
    ("Week", "week of age"),
    ("Day", "day of age"),
];
/// Units of measurement, and the units quantulum3 gives every figure, to claimdiff's names (a
/// measure by its `Measure` name: `kilometre`, `degree_celsius`). A gold unit claimdiff has no
/// name for (`Radian`, `teaspoon`, `electronvolt`) keeps its own and is scored by value only.
const MEASURE_UNITS: &[(&str, &str)] = &[
    ("dimensionless", "count"),
    ("percentage", "percent"),
    ("dollar", "USD"),
    ("euro", "EUR"),
    ("pound sterling", "GBP"),
    ("japanese yen", "JPY"),
    ("chinese yuan", "CNY"),
    ("indian rupee", "INR"),
    ("swiss franc", "CHF"),
    ("south korean won", "KRW"),
    ("brazilian real", "BRL"),
    ("mexican peso", "MXN"),
    ("south african rand", "ZAR"),
    ("swedish krona", "SEK"),
    ("norwegian krone", "NOK"),
    ("danish krone", "DKK"),
    ("polish zloty", "PLN"),
    ("israeli new shekel", "ILS"),
    ("saudi riyal", "SAR"),
    ("nigerian naira", "NGN"),
    ("egyptian pound", "EGP"),
    ("bitcoin", "BTC"),
    ("cent", "cent"),
    ("penny", "penny"),
    // Recognizers-Text's dimension and temperature names.
    ("Acre", "acre"),
    ("Cup", "cup"),
    ("Teaspoon", "teaspoon"),
    ("Tablespoon", "tablespoon"),
    ("cup", "cup"),
    ("teaspoon", "teaspoon"),
    ("tablespoon", "tablespoon"),
    ("Barrel", "barrel"),
    ("Bit", "bit"),
    ("C", "degree_celsius"),
    ("Cubic foot", "cubic_foot"),
    ("Degree", "degree"),
    ("F", "degree_fahrenheit"),
    ("Foot", "foot"),
    ("Gallon", "gallon"),
    ("Gram", "gram"),
    ("Inch", "inch"),
    ("Kilogram", "kilogram"),
    ("Kilometer", "kilometre"),
    ("Kilometer per hour", "kilometre_per_hour"),
    ("Megabyte", "megabyte"),
    ("Meter", "metre"),
    ("Metric ton", "tonne"),
    ("Microgram", "microgram"),
    ("Mile", "mile"),
    ("Mile per hour", "mile_per_hour"),
    ("Milliliter", "millilitre"),
    ("Millimeter", "millimetre"),
    ("Ounce", "ounce"),
    ("Picometer", "picometre"),
    ("Pound", "pound"),
    ("Square kilometer", "square_kilometre"),
    ("Square meter", "square_metre"),
    ("Ton", "short_ton"),
    // quantulum3's names.
    ("bit", "bit"),
    ("byte", "byte"),
    ("centilitre", "centilitre"),
    ("cubic centimetre", "millilitre"),
    ("cubic kilometre", "cubic_kilometre"),
    ("degree Celsius", "degree_celsius"),
    ("degree Fahrenheit", "degree_fahrenheit"),
    ("degree fahrenheit", "degree_fahrenheit"),
    ("exabyte", "exabyte"),
    ("gallon", "gallon"),
    ("gigahertz", "gigahertz"),
    ("inch", "inch"),
    ("kelvin", "kelvin"),
    ("kilogram", "kilogram"),
    ("kilometre", "kilometre"),
    ("kilometre per hour", "kilometre_per_hour"),
    ("litre", "litre"),
    ("megabyte", "megabyte"),
    ("megawatt hour", "megawatt_hour"),
    ("metre", "metre"),
    ("mile", "mile"),
    ("milligram", "milligram"),
    ("nanometre", "nanometre"),
    ("picometre", "picometre"),
    ("pound-mass", "pound"),
    ("square kilometre", "square_kilometre"),
    ("square mile", "square_mile"),
    ("tonne", "tonne"),
    ("watt", "watt"),
    ("watt hour", "watt_hour"),
];
/// Units of time, in seconds (a month 30 days, a year 365): a duration is matched by length.
const SECONDS: &[(&str, f64)] = &[
    ("second", 1.0),
    ("minute", 60.0),
    ("hour", 3_600.0),
    ("day", 86_400.0),
    ("week", 604_800.0),
    ("month", 2_592_000.0),
    ("year", 31_536_000.0),
    ("decade", 315_360_000.0),
    ("century", 3_153_600_000.0),
];
/// Canonical name of every duration, whatever its unit: it is compared in seconds.
pub const DURATION: &str = "duration";

/// Subunits, which claimdiff reads as hundredths of their currency (`50 cents` is 0.50 USD,
/// `470 pence` 4.70 GBP; cents without a country are US ones): a gold figure in one is scored
/// as that value in that currency.
const SUBUNITS: &[(&str, &str)] = &[("cent", "USD"), ("penny", "GBP")];

/// A figure in a subunit as claimdiff reads it: a hundredth of its currency.
fn in_currency(value: Option<f64>, unit: String) -> (Option<f64>, String) {
    match SUBUNITS.iter().find(|(subunit, _)| *subunit == unit) {
        Some((_, currency)) => (value.map(|v| v / 100.0), (*currency).to_string()),
        None => (value, unit),
    }
}

/// Number-file inputs whose gold figures claimdiff deliberately does not read as quantities,
/// each with the refusal of docs/claims.md it falls under.
const REFUSED_INPUTS: &[(&str, &str)] = &[
    (
        "192.168.1.2",
        "dotted address or version (refused like 2.4.1)",
    ),
    (
        "Any time to meet on 5/17/2018?",
        "date parts (a date is read as a date)",
    ),
    ("My phone number is +1-222-2222/2222", "phone number"),
    ("SCP-173", "name with digits (refused like G7, MH17)"),
    ("10G", "name with digits (refused like 5G, G7)"),
    (
        "they were playing three-nought-four",
        "a score or code in words (refused like won 3-1)",
    ),
    (
        "Exercises nrs. 22,24,26,31.",
        "reference number (refused like No. 10)",
    ),
    (
        "Exercise nr. 22,240,260,310.",
        "reference number (refused like No. 10)",
    ),
    (
        "we will be working on releasing version two and a previous version will still be maintained",
        "version number (refused like 2.4.1)",
    ),
];

/// Inputs of the range and percentage files whose gold claimdiff deliberately reads otherwise,
/// each with the convention of docs/claims.md it falls under.
const REFUSED_FILE_INPUTS: &[(&str, &str, &str)] = &[
    (
        "Number-NumberRangeModel",
        "He ranks between the tenth and the fifteenth.",
        "ordinal: a position, not a quantity",
    ),
    (
        "Number-NumberRangeModel",
        "He ranks higher than the tenth but lower than the fifteenth.",
        "ordinal: a position, not a quantity",
    ),
    (
        "Number-PercentModel",
        "Only a small percent attain the top ranks",
        "a percent word without a number states no figure",
    ),
    (
        "Number-PercentModel",
        "The table shows the % of increase in the last month",
        "a percent word without a number states no figure",
    ),
    (
        "Number-PercentModel",
        "How do I calculate a percentage?",
        "a percent word without a number states no figure",
    ),
    (
        "Number-PercentModel",
        "percents of twenty",
        "the number after `percent of` is the whole a share is of, not a percentage",
    ),
    (
        "Number-PercentModel",
        "percent of 10",
        "the number after `percent of` is the whole a share is of, not a percentage",
    ),
    (
        "Number-PercentModel",
        "per cent of twenty-two",
        "the number after `percent of` is the whole a share is of, not a percentage",
    ),
    (
        "Number-PercentModel",
        "per cent of 210",
        "the number after `percent of` is the whole a share is of, not a percentage",
    ),
];

/// What a file's gold lists, which decides what the reader's claims are scored against.
#[derive(Clone, Copy, PartialEq)]
pub enum Scope {
    /// Every figure of the sentence: unmatched figure claims are false positives.
    AllFigures,
    /// Sums of money only (the currency spec lists no other figure): only money claims are
    /// scored, and a currency named without an amount ("the dollar") is no figure.
    Money,
    /// Figures with a unit of measurement only (the dimension and temperature specs list no
    /// other figure): any figure claim may match one, only unmatched measures are false
    /// positives: temperatures in the temperature file, other measures in the dimension file.
    Measures { temperature: bool },
    /// Dates only: only date claims are scored.
    Dates,
    /// Durations only: only duration claims are scored.
    Durations,
    /// Ages only (Recognizers-Text's age model lists no other figure): only age claims are
    /// scored.
    Ages,
    /// Nothing claimdiff reads as a figure: every case excluded with this reason.
    Excluded(&'static str),
}

/// The Recognizers-Text files: file stem, scope, and the unit table of its family (`None`
/// where its gold gives no unit, so only values are scored).
/// Gold unit names to canonical names.
pub type UnitTable = &'static [(&'static str, &'static str)];

pub const RECOGNIZERS_FILES: &[(&str, Scope, Option<UnitTable>)] = &[
    ("Number-NumberModel", Scope::AllFigures, None),
    ("Number-NumberRangeModel", Scope::AllFigures, None),
    ("Number-PercentModel", Scope::AllFigures, Some(&[])),
    (
        "Number-OrdinalModel",
        Scope::Excluded("ordinal: a position, not a quantity"),
        None,
    ),
    (
        "NumberWithUnit-CurrencyModel",
        Scope::Money,
        Some(CURRENCY_UNITS),
    ),
    (
        "NumberWithUnit-DimensionModel",
        Scope::Measures { temperature: false },
        Some(MEASURE_UNITS),
    ),
    ("NumberWithUnit-AgeModel", Scope::Ages, Some(AGE_UNITS)),
    (
        "NumberWithUnit-TemperatureModel",
        Scope::Measures { temperature: true },
        Some(MEASURE_UNITS),
    ),
    ("DateTime-DateExtractor", Scope::Dates, None),
    ("DateTime-DateParser", Scope::Dates, None),
    ("DateTime-DurationParser", Scope::Durations, None),
];

/// What a gold figure says.
#[derive(Debug, Clone)]
pub enum Expected {
    /// A value or a range; `fraction` when written as one ("two thirds", "3/4").
    Value {
        low: Option<f64>,
        high: Option<f64>,
        fraction: bool,
    },
    /// A date by its written parts (`None`: not written).
    Date(DateValue),
    /// A date found, with no value given: matched by overlapping span.
    DateSpan,
}

#[derive(Debug, Clone)]
pub struct Figure {
    /// The gold text and its byte span in the input.
    pub text: String,
    pub span: Range<usize>,
    pub expected: Expected,
    /// Canonical unit; `None` where the file gives no unit.
    pub unit: Option<String>,
    /// Why this figure is not scored.
    pub excluded: Option<&'static str>,
}

pub struct Case {
    pub input: String,
    pub figures: Vec<Figure>,
    pub excluded: Option<&'static str>,
}

/// The cases of one Recognizers-Text spec file.
pub fn recognizers_file(
    dir: &Path,
    stem: &str,
    scope: Scope,
    units: Option<&[(&str, &str)]>,
) -> Vec<Case> {
    let json = read_json(&dir.join(format!("recognizers-text/{stem}.json")));
    let cases = json.as_array().map(Vec::as_slice).unwrap_or_default();
    cases
        .iter()
        .map(|case| recognizers_case(case, stem, scope, units))
        .collect()
}

/// The cases of one quantulum3 test file.
pub fn quantulum_file(dir: &Path, stem: &str) -> Vec<Case> {
    let json = read_json(&dir.join(format!("quantulum3/{stem}.json")));
    let cases = json.as_array().map(Vec::as_slice).unwrap_or_default();
    cases.iter().map(quantulum_case).collect()
}

fn read_json(path: &Path) -> Json {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn field<'j>(json: &'j Json, key: &str) -> &'j str {
    json.get(key).and_then(Json::as_str).unwrap_or_default()
}

/// Why Recognizers-Text itself skips a case: by design, or not in its dotnet implementation.
fn unsupported(case: &Json) -> Option<&'static str> {
    if case.get("NotSupportedByDesign").is_some() {
        Some("NotSupportedByDesign in the spec")
    } else if field(case, "NotSupported").contains("dotnet") {
        Some("NotSupported by dotnet in the spec")
    } else {
        None
    }
}

fn recognizers_case(case: &Json, stem: &str, scope: Scope, units: Option<&[(&str, &str)]>) -> Case {
    let input = field(case, "Input").to_string();
    let excluded = match scope {
        Scope::Excluded(reason) => Some(reason),
        _ => unsupported(case).or_else(|| refused_input(stem, &input)),
    };
    let results = case["Results"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    let figures = results
        .iter()
        .map(|result| recognizers_figure(result, &input, scope, units))
        .collect();
    Case {
        input,
        figures,
        excluded,
    }
}

fn refused_input(stem: &str, input: &str) -> Option<&'static str> {
    let input = input.trim();
    (stem == "Number-NumberModel")
        .then(|| REFUSED_INPUTS.iter().find(|(text, _)| *text == input))
        .flatten()
        .map(|(_, reason)| *reason)
        .or_else(|| {
            REFUSED_FILE_INPUTS
                .iter()
                .find(|(file, text, _)| *file == stem && *text == input)
                .map(|(_, _, reason)| *reason)
        })
}

fn recognizers_figure(
    result: &Json,
    input: &str,
    scope: Scope,
    units: Option<&[(&str, &str)]>,
) -> Figure {
    let text = field(result, "Text").to_string();
    let start = result["Start"].as_u64().unwrap_or_default() as usize;
    let span = locate(input, &text, start);
    let resolution = &result["Resolution"];
    let (expected, unit, excluded) = match scope {
        Scope::Dates => date_figure(result, input, &span),
        Scope::Durations => duration_figure(result),
        Scope::Money => {
            let value = field(resolution, "value");
            let (expected, unit) = match parse_value(value, false) {
                Expected::Value { low, .. } => {
                    let unit =
                        units.map_or_else(String::new, |table| gold_unit(resolution, table, &text));
                    let (value, unit) = in_currency(low, unit);
                    let expected = Expected::Value {
                        low: value,
                        high: value,
                        fraction: false,
                    };
                    (expected, Some(unit))
                }
                other => (other, None),
            };
            let excluded = value
                .is_empty()
                .then_some("a currency named without an amount (\"the dollar\"): no figure");
            (expected, unit, excluded)
        }
        _ => {
            let value = field(resolution, "value");
            let unit = units.map(|table| gold_unit(resolution, table, &text));
            let fraction = field(resolution, "subtype") == "fraction";
            let mut expected = parse_value(value, fraction);
            // A range's resolution names no subtype: its text says it is written as a fraction.
            if let Expected::Value {
                low,
                high,
                fraction,
            } = &mut expected
                && low != high
            {
                *fraction = written_as_fraction(&text);
            }
            (expected, unit, refused_figure(&text, value))
        }
    };
    Figure {
        text,
        span,
        expected,
        unit,
        excluded,
    }
}

/// Why a gold figure of a unit file is no figure claimdiff reads: a unit named without a number
/// ("convert 10 celsius to *fahrenheit*"), or a number with `am`/`pm`, which is a time of day in
/// news copy ("2 pm", "2.10pm"), however the spec reads it (picometres).
fn refused_figure(text: &str, value: &str) -> Option<&'static str> {
    let lower = text.trim().to_lowercase();
    let clock = ["am", "pm"].iter().any(|suffix| {
        lower.strip_suffix(suffix).is_some_and(|figure| {
            let figure = figure.trim_end();
            !figure.is_empty() && figure.chars().all(|c| c.is_ascii_digit() || c == '.')
        })
    });
    if clock {
        Some("time of day (refused like 9pm)")
    } else if value.is_empty() {
        Some("a unit named without a figure")
    } else {
        None
    }
}

/// The canonical unit of a Recognizers-Text resolution: its ISO currency code where it gives
/// one, else its unit name through the table; a percentage file gives none and means percent.
/// Its `Ton` is any ton: a metric one where the text says so (`25 lakh tonnes`, `100t`).
fn gold_unit(resolution: &Json, table: &[(&str, &str)], text: &str) -> String {
    let iso = field(resolution, "isoCurrency");
    let name = field(resolution, "unit");
    let lower = text.to_lowercase();
    if !iso.is_empty() {
        iso.to_string()
    } else if name.is_empty() {
        "percent".to_string()
    } else if name == "Ton" && (lower.contains("tonne") || lower.ends_with('t')) {
        "tonne".to_string()
    } else if name == "Degree" && field(resolution, "subtype") == "Angle" {
        // The spec's angles ("rotate 90 degrees"); its temperatures' bare degrees have no scale.
        "angle_degree".to_string()
    } else {
        canonical(table, name)
    }
}

fn canonical(table: &[(&str, &str)], name: &str) -> String {
    table
        .iter()
        .find(|(gold, _)| *gold == name)
        .map_or(name, |(_, canonical)| canonical)
        .to_string()
}

/// The byte span of a gold text in the input: searched case-blind (Recognizers-Text lowercases
/// some), nearest the character offset it gives.
fn locate(input: &str, text: &str, char_start: usize) -> Range<usize> {
    let byte_start = input
        .char_indices()
        .nth(char_start)
        .map_or(input.len(), |(i, _)| i);
    let lower_input = input.to_lowercase();
    let lower_text = text.to_lowercase();
    let found = lower_input
        .match_indices(&lower_text)
        .map(|(i, _)| i)
        .min_by_key(|i| i.abs_diff(byte_start))
        .filter(|_| lower_input.len() == input.len());
    let start = found.unwrap_or(byte_start).min(input.len());
    start..(start + text.len()).min(input.len())
}

/// A number ("0.75", "1E-12", "100%") or a range ("[20,30)", "(,5000]").
fn parse_value(value: &str, fraction: bool) -> Expected {
    let number = |text: &str| text.trim().trim_end_matches('%').parse::<f64>().ok();
    if let Some(inner) = value.strip_prefix(['[', '(']) {
        let inner = inner.trim_end_matches([']', ')']);
        let (low, high) = inner.split_once(',').unwrap_or((inner, inner));
        return Expected::Value {
            low: number(low),
            high: number(high),
            fraction,
        };
    }
    let value = number(value);
    Expected::Value {
        low: value,
        high: value,
        fraction,
    }
}

/// A date of a DateTime file: its Timex parts, or its span alone where no value is given;
/// excluded when the text writes no calendar date (claimdiff reads only those).
fn date_figure(
    result: &Json,
    input: &str,
    span: &Range<usize>,
) -> (Expected, Option<String>, Option<&'static str>) {
    let text = &input[span.clone()];
    let timex = field(&result["Value"], "Timex");
    let parts = timex_date(timex);
    let excluded = if !writes_calendar_date(text) {
        Some("relative date or weekday (needs the day of writing)")
    } else if parts.as_ref().is_some_and(|date| date.month.is_none()) || !has_month(text) {
        Some("day of the month alone")
    } else if parts.as_ref().is_some_and(|date| !is_calendar_day(date)) {
        Some("not a day of the calendar (refused)")
    } else if is_ambiguous_numeric(text) {
        Some("ambiguous numeric date (refused)")
    } else if numeric_groups(text).len() == 2 {
        Some(
            "numeric day and month without a year (in news a decimal, range or ratio: 4.22, 4-22, 24/7)",
        )
    } else {
        None
    };
    let expected = match parts {
        Some(date) if !timex.is_empty() => Expected::Date(date),
        _ => Expected::DateSpan,
    };
    (expected, None, excluded)
}

/// "XXXX-10-02" -> month 10, day 2; `None` for week dates and other shapes.
fn timex_date(timex: &str) -> Option<DateValue> {
    let parts: Vec<&str> = timex.split('-').collect();
    if parts.len() != 3 || timex.contains('W') {
        return None;
    }
    Some(DateValue {
        year: parts[0].parse().ok(),
        month: parts[1].parse().ok(),
        day: parts[2].parse().ok(),
        weekday: None,
    })
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

fn has_month(text: &str) -> bool {
    let lower = text.to_lowercase();
    MONTHS.iter().any(|month| lower.contains(month)) || numeric_groups(text).len() >= 2
}

/// A month name, or digits joined by `/`, `-` or `.` ("4/22", "2015-08-12").
fn writes_calendar_date(text: &str) -> bool {
    has_month(text) || text.chars().any(|c| c.is_ascii_digit())
}

/// The numbers of the first word written in digits and separators ("friday 2018-7-6": 2018, 7
/// and 6); none when no word is.
fn numeric_groups(text: &str) -> Vec<u32> {
    let numeric = |word: &&str| {
        word.chars().any(|c| c.is_ascii_digit())
            && word
                .chars()
                .all(|c| c.is_ascii_digit() || "/-.,".contains(c))
    };
    let Some(word) = text
        .split_whitespace()
        .map(|word| word.trim_end_matches('.'))
        .find(numeric)
    else {
        return Vec::new();
    };
    word.split(['/', '-', '.', ','])
        .filter_map(|group| group.parse().ok())
        .collect()
}

/// "3-7-2017": month and day could be either way round.
fn is_ambiguous_numeric(text: &str) -> bool {
    let groups = numeric_groups(text);
    groups.len() == 3 && groups[0] <= 12 && groups[1] <= 12 && groups[0] != groups[1]
}

fn is_calendar_day(date: &DateValue) -> bool {
    let (Some(month), Some(day)) = (date.month, date.day) else {
        return true;
    };
    let leap = date
        .year
        .is_none_or(|y| y % 4 == 0 && (y % 100 != 0 || y % 400 == 0));
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => 0,
    };
    (1..=days).contains(&day)
}

/// A duration: its Timex ("P3D", "PT1.5H", "P1Y1M21D") as a length in seconds. A business day
/// ("P1BD") counts as a day, as claimdiff reads "10 business days" as 10 days.
fn duration_figure(result: &Json) -> (Expected, Option<String>, Option<&'static str>) {
    let timex = field(&result["Value"], "Timex");
    let seconds = timex_seconds(timex);
    let excluded = seconds
        .is_none()
        .then_some("duration the Timex gives no length for");
    let expected = Expected::Value {
        low: seconds,
        high: seconds,
        fraction: false,
    };
    (expected, Some(DURATION.to_string()), excluded)
}

fn timex_seconds(timex: &str) -> Option<f64> {
    let mut total = 0.0;
    let mut number = String::new();
    let mut in_time = false;
    let timex = timex.replace("BD", "D");
    for c in timex.strip_prefix('P')?.chars() {
        let unit = match c {
            'T' => {
                in_time = true;
                continue;
            }
            '0'..='9' | '.' => {
                number.push(c);
                continue;
            }
            'Y' => "year",
            'M' if in_time => "minute",
            'M' => "month",
            'W' => "week",
            'D' => "day",
            'H' => "hour",
            'S' => "second",
            _ => return None,
        };
        total += number.parse::<f64>().ok()? * seconds_per(unit)?;
        number.clear();
    }
    Some(total)
}

pub fn seconds_per(unit: &str) -> Option<f64> {
    SECONDS
        .iter()
        .find(|(name, _)| {
            unit.trim_end_matches('s') == *name || unit == "centuries" && *name == "century"
        })
        .map(|(_, seconds)| *seconds)
}

fn quantulum_case(case: &Json) -> Case {
    let input = field(case, "req").to_string();
    let results = case["res"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    let figures = results
        .iter()
        .map(|result| quantulum_figure(result, &input))
        .collect();
    Case {
        input,
        figures,
        excluded: None,
    }
}

fn quantulum_figure(result: &Json, input: &str) -> Figure {
    let text = field(result, "surface").to_string();
    let span = locate(input, &text, input.find(&text).unwrap_or_default());
    let value = result["value"].as_f64();
    let spread = result["uncertainty"].as_f64().unwrap_or_default();
    let (value, unit) = in_currency(value, canonical(MEASURE_UNITS, field(result, "unit")));
    let (value, unit) = in_counts(value, unit);
    let (value, unit) = match (value, seconds_per(&unit)) {
        (Some(value), Some(seconds)) => (Some(value * seconds), DURATION.to_string()),
        _ => (value, unit),
    };
    let fraction = written_as_fraction(&text);
    let excluded = refused_figure(&text, "-").or_else(|| decade(input, &span));
    Figure {
        expected: Expected::Value {
            low: value.map(|v| v - spread * value_scale(&unit, &text)),
            high: value.map(|v| v + spread * value_scale(&unit, &text)),
            fraction,
        },
        text,
        span,
        unit: Some(unit),
        excluded,
    }
}

/// A spread is given in the figure's own unit; a duration's is scaled to seconds with it.
fn value_scale(unit: &str, text: &str) -> f64 {
    if unit != DURATION {
        return 1.0;
    }
    let lower = text.to_lowercase();
    SECONDS
        .iter()
        .find(|(name, _)| lower.contains(name))
        .map_or(1.0, |(_, seconds)| *seconds)
}

/// A figure written as a fraction ("3/4", "two thirds", "half"), which claimdiff gives as a
/// percentage.
fn written_as_fraction(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.contains('/') || FRACTION_WORDS.iter().any(|w| lower.contains(w))
}

const FRACTION_WORDS: &[&str] = &[
    "half", "halves", "third", "quarter", "fourth", "fifth", "sixth", "eighth",
];

/// Groups quantulum3 counts in as units of their own, in the things they group: claimdiff reads
/// "a dozen eggs" as about 12 eggs, as news readers do.
const GROUPS: &[(&str, f64)] = &[("dozen", 12.0)];

/// A figure in a group unit as claimdiff reads it: a count of the things grouped.
fn in_counts(value: Option<f64>, unit: String) -> (Option<f64>, String) {
    match GROUPS.iter().find(|(name, _)| *name == unit) {
        Some((_, size)) => (value.map(|v| v * size), "count".to_string()),
        None => (value, unit),
    }
}

/// A year the text writes as a decade ("the 1960s", read by quantulum3 as the count 1960):
/// claimdiff refuses decades as it refuses "'90s" (docs/claims.md).
fn decade(input: &str, span: &Range<usize>) -> Option<&'static str> {
    let year = input.get(span.clone())?;
    let plural = input.get(span.end..)?.starts_with('s');
    (year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) && plural)
        .then_some("a decade is a period, refused like '90s")
}
