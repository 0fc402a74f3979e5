//! CSV: the comparison for a spreadsheet, one row per pair of claims (a claim made by one outlet
//! only is a row with the second claim left empty), written with the `csv` crate so quoting is
//! always right.

use std::io::{self, Write};

use super::wording::diff_markers;
use super::{CompareReport, display_value, one_line, why};
use crate::compare::Comparison;
use crate::segment::Document;

const HEADER: [&str; 19] = [
    "verdict",
    "kind",
    "subject",
    "internal",
    "outlier",
    "source_a",
    "sentence_a",
    "text_a",
    "value_a",
    "speaker_a",
    "source_b",
    "sentence_b",
    "text_b",
    "value_b",
    "speaker_b",
    "diff",
    "pair_verdict",
    "reason",
    "why",
];

/// The columns of one claim: source, sentence, text, value, speaker.
fn claim_columns(document: &Document, claim: &crate::claims::Claim) -> [String; 5] {
    [
        document.article.outlet.clone(),
        claim.sentence.to_string(),
        one_line(&claim.words(&document.article.text)),
        display_value(&claim.value),
        claim
            .quote()
            .and_then(|q| q.speaker.as_ref())
            .map_or(String::new(), |s| s.name.clone()),
    ]
}

/// The rows of a comparison report, comparison by comparison, each prefixed with `prefix` (the
/// set name for `check`).
pub(crate) fn rows<'a>(
    report: &'a CompareReport,
    prefix: &'a [String],
) -> impl Iterator<Item = Vec<String>> + 'a {
    report
        .comparisons
        .iter()
        .flat_map(move |comparison| comparison_rows(report, comparison, prefix))
}

/// The rows of one comparison: one per pair of its claims, or one for a claim alone.
fn comparison_rows(
    report: &CompareReport,
    comparison: &Comparison,
    prefix: &[String],
) -> Vec<Vec<String>> {
    let documents = &report.alignment.documents;
    let mut rows = Vec::new();
    let columns: Vec<[String; 5]> = comparison
        .claims
        .iter()
        .map(|r| claim_columns(&documents[r.source()], r.of(&report.claims)))
        .collect();
    // A row per pair of claims from two outlets (an outlet's mentions of one fact are not
    // a pair, unless it contradicts itself); a claim of one outlet only is a row alone.
    // An outlet that repeats a figure gives one statement (`Comparison::statements`): rows
    // grow with what the outlets say, not with how often they say it.
    let claims = &comparison.claims;
    let said = comparison.statements(&report.claims);
    let mut pairs: Vec<(usize, Option<usize>)> = Vec::new();
    for (p, &i) in said.iter().enumerate() {
        for &j in &said[p + 1..] {
            if comparison.internal || claims[i].source() != claims[j].source() {
                pairs.push((i, Some(j)));
            }
        }
    }
    if pairs.is_empty() {
        pairs.extend(said.iter().map(|&i| (i, None)));
    }
    for (i, j) in pairs {
        let mut row: Vec<String> = prefix.to_vec();
        row.extend([
            comparison.verdict.as_str().to_string(),
            comparison.kind.as_str().to_string(),
            comparison.subject(&report.claims),
            comparison.internal.to_string(),
            comparison.outlier.map_or(String::new(), |o| {
                documents[o as usize].article.outlet.clone()
            }),
        ]);
        row.extend(columns[i].iter().cloned());
        match j {
            Some(j) => row.extend(columns[j].iter().cloned()),
            None => row.extend(std::iter::repeat_n(String::new(), 5)),
        }
        row.push(
            comparison
                .diff
                .as_deref()
                .map_or(String::new(), diff_markers),
        );
        // The pair's own verdict and why (in a group of three or more, kinder than the
        // comparison's worst); a quote's pairs take the comparison's verdict.
        let judgement = j.and_then(|j| {
            comparison
                .judgements(&report.claims)
                .find(|&(p, q, _)| (p, q) == (i, j))
        });
        let pair_verdict = match (j, judgement) {
            (_, Some((_, _, judgement))) => judgement.verdict,
            _ => comparison.verdict,
        };
        row.push(pair_verdict.as_str().to_string());
        row.push(judgement.map_or(String::new(), |(_, _, judgement)| {
            judgement.reason.as_str().to_string()
        }));
        row.push(
            judgement
                .and_then(|(p, q, judgement)| {
                    why::pair_why(
                        documents,
                        &report.claims,
                        comparison.claims[p],
                        comparison.claims[q],
                        judgement,
                    )
                })
                .unwrap_or_default(),
        );
        rows.push(row);
    }
    rows
}

/// Writes `rows` (after `header`, if any) to `out` as they come.
fn write_records(
    out: &mut dyn Write,
    header: Option<&[&str]>,
    rows: impl Iterator<Item = Vec<String>>,
) -> io::Result<()> {
    let mut writer = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(out);
    if let Some(header) = header {
        writer.write_record(header).map_err(io_error)?;
    }
    for row in rows {
        writer.write_record(&row).map_err(io_error)?;
    }
    writer.flush()
}

/// The I/O error itself when writing failed (so a closed pipe stays a closed pipe); string
/// records raise no other kind.
fn io_error(error: csv::Error) -> io::Error {
    match error.into_kind() {
        csv::ErrorKind::Io(error) => error,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// `rows` (after `header`, if any) as CSV text, for a report written set by set.
pub(crate) fn to_string(
    header: Option<&[&str]>,
    rows: impl Iterator<Item = Vec<String>>,
) -> String {
    super::written(|out| write_records(out, header, rows))
}

/// `claimdiff compare --format csv`, written row by row.
pub fn comparison(out: &mut dyn Write, report: &CompareReport) -> io::Result<()> {
    write_records(out, Some(&HEADER), rows(report, &[]))
}

/// The header of `check --format csv`: the set name, then the comparison columns.
pub(crate) fn check_header() -> Vec<&'static str> {
    std::iter::once("set").chain(HEADER).collect()
}
