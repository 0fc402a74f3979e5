//! CSV: the comparison for a spreadsheet, one row per pair of claims (a claim made by one outlet
//! only is a row with the second claim left empty).
//!
//! A cell is what an article, a file name or `--names` gave, and the guide suggests opening the
//! file in a spreadsheet, which runs a cell that opens with `=`, `+`, `-` or `@` as a formula
//! (`=HYPERLINK(...)` in a quote; issue 16). So each such cell (and one opening with a tab or a
//! carriage return) follows OWASP's CSV injection guidance: a single quote is put before it,
//! which spreadsheets read as "text", and the cell is quoted. A negative figure reads `'-40 °`.
//! Control characters are shown as escapes ([`super::visible`]). Fields are otherwise quoted
//! as RFC 4180 and the `csv` crate do it: when they hold a comma, a double quote or a line
//! break, inner quotes doubled.

use std::io::{self, Write};

use super::wording::diff_markers;
use super::{CompareReport, display_value, one_line, visible, why};
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
/// With `brief`, claims made by one outlet only are left out (issue 17: `--brief` means the same
/// in every format).
pub(crate) fn rows<'a>(
    report: &'a CompareReport,
    prefix: &'a [String],
    brief: bool,
) -> impl Iterator<Item = Vec<String>> + 'a {
    report
        .comparisons
        .iter()
        .filter(move |c| !(brief && c.verdict == crate::compare::Verdict::Unmatched))
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

/// Writes `rows` (after `header`, if any) to `out` as they come, a line a record.
fn write_records(
    out: &mut dyn Write,
    header: Option<&[&str]>,
    rows: impl Iterator<Item = Vec<String>>,
) -> io::Result<()> {
    let mut line = String::new();
    if let Some(header) = header {
        write_record(out, &mut line, header.iter().copied())?;
    }
    for row in rows {
        write_record(out, &mut line, row.iter().map(String::as_str))?;
    }
    Ok(())
}

fn write_record<'a>(
    out: &mut dyn Write,
    line: &mut String,
    fields: impl Iterator<Item = &'a str>,
) -> io::Result<()> {
    line.clear();
    for (i, text) in fields.enumerate() {
        if i > 0 {
            line.push(',');
        }
        push_field(line, text);
    }
    line.push('\n');
    out.write_all(line.as_bytes())
}

/// The characters a spreadsheet takes, first in a cell, as the start of a formula (OWASP).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Appends one field to `line`: shown ([`visible`]), prefixed with `'` and quoted where a
/// spreadsheet would run it, else quoted only where its text needs it.
fn push_field(line: &mut String, text: &str) {
    let text = visible(text);
    let formula = text.starts_with(FORMULA_STARTS);
    if !formula && !text.contains([',', '"', '\r', '\n']) {
        line.push_str(&text);
        return;
    }
    line.push('"');
    if formula {
        line.push('\'');
    }
    line.push_str(&text.replace('"', "\"\""));
    line.push('"');
}

/// `rows` (after `header`, if any) as CSV text, for a report written set by set.
pub(crate) fn to_string(
    header: Option<&[&str]>,
    rows: impl Iterator<Item = Vec<String>>,
) -> String {
    super::written(|out| write_records(out, header, rows))
}

/// `claimdiff compare --format csv`, written row by row.
pub fn comparison(out: &mut dyn Write, report: &CompareReport, brief: bool) -> io::Result<()> {
    write_records(out, Some(&HEADER), rows(report, &[], brief))
}

/// The header of `check --format csv`: the set name, then the comparison columns.
pub(crate) fn check_header() -> Vec<&'static str> {
    std::iter::once("set").chain(HEADER).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(fields: &[&str]) -> String {
        to_string(
            None,
            std::iter::once(fields.iter().map(|f| f.to_string()).collect()),
        )
    }

    #[test]
    fn a_cell_a_spreadsheet_would_run_is_quoted_text() {
        for (field, cell) in [
            (
                "=HYPERLINK(\"http://x.example\")",
                "\"'=HYPERLINK(\"\"http://x.example\"\")\"",
            ),
            ("+1", "\"'+1\""),
            ("-40 °", "\"'-40 °\""),
            ("@SUM(A1)", "\"'@SUM(A1)\""),
            ("\tx", "\"'\tx\""),
            ("=a,b", "\"'=a,b\""),
        ] {
            assert_eq!(written(&[field]), format!("{cell}\n"), "{field:?}");
        }
    }

    #[test]
    fn other_cells_are_written_as_the_csv_crate_writes_them() {
        let fields = [
            "diverge",
            "",
            "6,700",
            "he said \"no\"",
            "two\nlines",
            "a = b - c",
            " -1",
            "caf\u{e9}",
        ];
        let mut crate_writer = csv::Writer::from_writer(Vec::new());
        crate_writer.write_record(fields).unwrap();
        let expected = String::from_utf8(crate_writer.into_inner().unwrap()).unwrap();
        assert_eq!(written(&fields), expected);
    }

    #[test]
    fn every_cell_reads_back_as_its_text_the_formulas_quoted() {
        let fields = [
            "=1+2",
            "-5%",
            "a,\"b\"",
            "x\ny",
            "\u{1b}]0;PWNED\u{7}",
            "plain",
        ];
        let text = written(&fields);
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes());
        let record = reader.records().next().unwrap().unwrap();
        let read: Vec<&str> = record.iter().collect();
        assert_eq!(
            read,
            [
                "'=1+2",
                "'-5%",
                "a,\"b\"",
                "x\ny",
                "\\x1b]0;PWNED\\x07",
                "plain"
            ]
        );
    }
}
