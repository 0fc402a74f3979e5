//! JSON: the machine-readable contract documented in docs/json.md.
//!
//! The shapes here are the contract, so they are spelt out as their own structs rather than
//! derived from the pipeline's types: renaming a field inside the library can never change the
//! output by accident. Field names are fixed; later versions only add fields.

use serde::Serialize;

use super::AlignReport;
use crate::align::Matching;
use crate::segment::Document;

/// Bumped when a field changes meaning or disappears; adding fields does not bump it.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct SentencesOutput<'a> {
    version: u32,
    sources: Vec<Source<'a>>,
}

#[derive(Serialize)]
struct AlignOutput<'a> {
    version: u32,
    settings: Settings,
    sources: Vec<Source<'a>>,
    alignment: Vec<Pair<'a>>,
}

#[derive(Serialize)]
struct Settings {
    threshold: f64,
    matching: &'static str,
}

#[derive(Serialize)]
struct Source<'a> {
    name: &'a str,
    path: String,
    sentences: Vec<SentenceOut<'a>>,
}

#[derive(Serialize)]
struct SentenceOut<'a> {
    index: usize,
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct Pair<'a> {
    left: SentenceRefOut<'a>,
    right: SentenceRefOut<'a>,
    score: f64,
}

#[derive(Serialize)]
struct SentenceRefOut<'a> {
    source: &'a str,
    sentence: usize,
}

fn source(document: &Document) -> Source<'_> {
    Source {
        name: &document.article.outlet,
        path: document.article.path.display().to_string(),
        sentences: document
            .sentences
            .iter()
            .map(|s| SentenceOut {
                index: s.index,
                start: s.start,
                end: s.end,
                text: s.text(&document.article.text),
            })
            .collect(),
    }
}

/// Scores are rounded to four decimals: enough to rank, and stable across platforms.
fn rounded(score: f32) -> f64 {
    (f64::from(score) * 10_000.0).round() / 10_000.0
}

fn to_string(value: &impl Serialize) -> String {
    let mut text = serde_json::to_string_pretty(value).expect("report structs always serialise");
    text.push('\n');
    text
}

/// `claimdiff sentences --format json`.
pub fn sentences(documents: &[Document]) -> String {
    to_string(&SentencesOutput {
        version: VERSION,
        sources: documents.iter().map(source).collect(),
    })
}

/// `claimdiff align --format json`.
pub fn alignment(report: &AlignReport) -> String {
    let outlet = |index: usize| report.documents[index].article.outlet.as_str();
    to_string(&AlignOutput {
        version: VERSION,
        settings: Settings {
            threshold: rounded(report.options.threshold),
            matching: match report.options.matching {
                Matching::OneToOne => "one-to-one",
                Matching::All => "all",
            },
        },
        sources: report.documents.iter().map(source).collect(),
        alignment: report
            .pairs
            .iter()
            .map(|pair| Pair {
                left: SentenceRefOut {
                    source: outlet(pair.left.source),
                    sentence: pair.left.sentence,
                },
                right: SentenceRefOut {
                    source: outlet(pair.right.source),
                    sentence: pair.right.sentence,
                },
                score: rounded(pair.score),
            })
            .collect(),
    })
}
