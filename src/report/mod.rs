//! Report: renders what the pipeline found, for people ([`table`]) and for machines ([`json`]).
//!
//! Renderers take finished results and return a `String`; they never compute anything the
//! pipeline has not decided, so every format tells the same story. Writing the string to the
//! terminal is the binary's job.

pub mod json;
pub mod table;

use crate::align::{AlignOptions, AlignedPair};
use crate::claims::{Claim, Exactness, Unit, Value, format_number};
use crate::compare::Comparison;
use crate::segment::Document;

/// The output formats every command offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// A table for reading in a terminal, wrapped to its width.
    #[default]
    Table,
    /// The JSON contract of docs/json.md, for scripts and CI.
    Json,
}

/// What `claimdiff align` found: the articles, their sentences and the aligned pairs.
#[derive(Debug, Clone)]
pub struct AlignReport {
    pub documents: Vec<Document>,
    pub pairs: Vec<AlignedPair>,
    pub options: AlignOptions,
}

/// What `claimdiff claims` found in one article.
#[derive(Debug, Clone)]
pub struct ClaimsReport {
    pub document: Document,
    pub claims: Vec<Claim>,
}

/// What `claimdiff compare` found: the alignment, each article's claims, and the comparisons.
#[derive(Debug, Clone)]
pub struct CompareReport {
    pub alignment: AlignReport,
    /// `claims[source]`: the claims of `alignment.documents[source]`.
    pub claims: Vec<Vec<Claim>>,
    pub comparisons: Vec<Comparison>,
}

/// Collapses runs of whitespace (soft line wraps, double spaces) to one space, for display.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A value as a reader writes it: "100,000–220,000", "≥ 100,000", "≈ 6,700", "up 3%", "2020-08-09".
pub fn display_value(value: &Value) -> String {
    let quantity = match value {
        Value::Date(date) => return date.to_string(),
        Value::Quote(quote) => {
            return match &quote.speaker {
                Some(speaker) => format!("said by {}", speaker.name),
                None => "speaker unknown".to_string(),
            };
        }
        Value::Quantity(quantity) => quantity,
    };
    let (prefix, suffix) = match &quantity.unit {
        Unit::Percent => ("", "%".to_string()),
        Unit::PercentagePoints => ("", " pp".to_string()),
        Unit::Money(Some(currency)) => ("", format!(" {currency}")),
        Unit::Money(None) => ("", String::new()),
        Unit::Age => ("age ", String::new()),
        Unit::Duration(unit) => ("", format!(" {unit}")),
        Unit::Count => ("", String::new()),
    };
    let number = |value: Option<f64>| value.map(with_separators).unwrap_or_default();
    let core = match quantity.exactness {
        Exactness::Exact => number(quantity.low),
        Exactness::Approximate => format!("\u{2248} {}", number(quantity.low)),
        Exactness::LowerBound => format!("\u{2265} {}", number(quantity.low)),
        Exactness::UpperBound => format!("\u{2264} {}", number(quantity.high)),
        Exactness::Range => format!("{}\u{2013}{}", number(quantity.low), number(quantity.high)),
    };
    let direction = quantity
        .direction
        .map_or(String::new(), |d| format!("{} ", d.as_str()));
    format!("{direction}{prefix}{core}{suffix}")
}

/// 6700 -> "6,700"; 80.1 -> "80.1".
pub fn with_separators(value: f64) -> String {
    let text = format_number(value);
    let (whole, fraction) = text
        .split_once('.')
        .map_or((text.as_str(), None), |(w, f)| (w, Some(f)));
    let (sign, digits) = whole.strip_prefix('-').map_or(("", whole), |d| ("-", d));
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match fraction {
        Some(fraction) => format!("{sign}{grouped}.{fraction}"),
        None => format!("{sign}{grouped}"),
    }
}
