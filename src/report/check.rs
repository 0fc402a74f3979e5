//! Check reports: the renderers of `claimdiff check`, one article set at a time. Each set gives
//! a section (its new findings, or its error) as soon as it is compared; a summary table of all
//! sets closes the report. Formats: tables, Markdown, JSON Lines (one object per set per line,
//! for streaming and for tools such as Spark), and CSV rows with the set's name first.

use comfy_table::{Cell, CellAlignment};
use serde::Serialize;

use super::{CompareReport, RenderOptions, Summary};
use crate::check::SetOutcome;

/// One article set's outcome with its failing findings.
#[derive(Debug)]
pub struct SetReport {
    pub outcome: SetOutcome,
    /// Indices into the report's comparisons of the failing findings the baseline does not know.
    pub new: Vec<usize>,
    /// Failing findings the baseline already records.
    pub accepted: usize,
}

impl SetReport {
    pub fn status(&self) -> &'static str {
        match (&self.outcome.result, self.new.is_empty()) {
            (Err(_), _) => "error",
            (Ok(_), false) => "fail",
            (Ok(_), true) => "ok",
        }
    }

    /// The set's report narrowed to its new failing findings.
    fn failing(&self) -> Option<CompareReport> {
        let report = self.outcome.result.as_ref().ok()?;
        (!self.new.is_empty()).then(|| CompareReport {
            alignment: report.alignment.clone(),
            claims: report.claims.clone(),
            comparisons: self
                .new
                .iter()
                .map(|&i| report.comparisons[i].clone())
                .collect(),
        })
    }

    /// The set's line of the summary table.
    pub fn summary_row(&self) -> SummaryRow {
        let (status, comparison) = match &self.outcome.result {
            Ok(compare) => (
                match (self.new.len(), self.accepted) {
                    (0, 0) => "ok".to_string(),
                    (0, accepted) => format!("ok, {accepted} accepted"),
                    (new, 0) => format!("FAIL: {new} new"),
                    (new, accepted) => format!("FAIL: {new} new, {accepted} accepted"),
                },
                counts(&Summary::of(compare)),
            ),
            // The error itself is printed in the set's section and on standard error.
            Err(error) => ("ERROR".to_string(), error.to_string()),
        };
        SummaryRow {
            name: self.outcome.set.name.clone(),
            files: self.outcome.set.files.len(),
            status,
            comparison,
            kind: self.status(),
        }
    }
}

/// One set in the closing summary table.
#[derive(Debug, Clone)]
pub struct SummaryRow {
    pub name: String,
    pub files: usize,
    pub status: String,
    pub comparison: String,
    /// "ok", "fail" or "error".
    pub kind: &'static str,
}

/// "3 in common: 2 agree, 1 diverge; 0 in one outlet only": the counts that are not zero.
fn counts(summary: &Summary) -> String {
    let verdicts: Vec<String> = [
        (summary.agree, "agree"),
        (summary.compatible, "compatible"),
        (summary.diverge, "diverge"),
        (summary.reworded, "reworded"),
        (summary.speaker_conflict, "speaker conflict"),
    ]
    .iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, what)| format!("{n} {what}"))
    .collect();
    let mut text = format!("{} in common", summary.in_common);
    if !verdicts.is_empty() {
        text.push_str(&format!(": {}", verdicts.join(", ")));
    }
    let only: usize = summary.only.iter().sum();
    text.push_str(&format!("; {only} in one outlet only"));
    if summary.internal > 0 {
        text.push_str(&format!("; {} internal", summary.internal));
    }
    text
}

fn totals(rows: &[SummaryRow]) -> String {
    let count = |kind: &str| rows.iter().filter(|r| r.kind == kind).count();
    format!(
        "{} sets: {} ok, {} failing, {} with errors",
        rows.len(),
        count("ok"),
        count("fail"),
        count("error")
    )
}

const SUMMARY_HEADER: [&str; 4] = ["set", "files", "status", "comparison"];

/// The table section of one set: its new findings, or its error; empty when it passes.
pub fn table_section(set: &SetReport, options: &RenderOptions) -> String {
    if let Err(error) = &set.outcome.result {
        return format!("== {}: error: {error}\n\n", set.outcome.set.name);
    }
    let Some(failing) = set.failing() else {
        return String::new();
    };
    let rendered = super::table::comparison_text(&failing, options);
    // The set's own summary line is in the summary table at the end.
    let table = rendered
        .trim_end()
        .rsplit_once('\n')
        .map_or(rendered.as_str(), |(table, _)| table);
    format!(
        "== {} ({}): {} new finding{}\n{table}\n\n",
        set.outcome.set.name,
        set.outcome.set.path.display(),
        set.new.len(),
        if set.new.len() == 1 { "" } else { "s" }
    )
}

/// The closing summary table of `claimdiff check`.
pub fn table_summary(rows: &[SummaryRow], options: &RenderOptions) -> String {
    let mut table = super::table::new_table(options.width);
    table.set_header(SUMMARY_HEADER);
    for row in rows {
        table.add_row([
            Cell::new(&row.name),
            Cell::new(row.files).set_alignment(CellAlignment::Right),
            Cell::new(&row.status),
            Cell::new(&row.comparison),
        ]);
    }
    format!("{table}\n{}\n", totals(rows))
}

/// The Markdown section of one set.
pub fn markdown_section(set: &SetReport, options: &RenderOptions) -> String {
    let name = super::markdown::cell(&set.outcome.set.name);
    if let Err(error) = &set.outcome.result {
        return format!(
            "### {name}\n\nerror: {}\n\n",
            super::markdown::cell(&error.to_string())
        );
    }
    match set.failing() {
        Some(failing) => format!(
            "### {name}\n\n{}\n",
            super::markdown::comparison_text(&failing, options)
        ),
        None => String::new(),
    }
}

/// The closing summary table, in Markdown.
pub fn markdown_summary(rows: &[SummaryRow]) -> String {
    let mut out = format!(
        "| {} |\n|{}\n",
        SUMMARY_HEADER.join(" | "),
        " --- |".repeat(SUMMARY_HEADER.len())
    );
    for row in rows {
        let cells = [
            super::markdown::cell(&row.name),
            row.files.to_string(),
            super::markdown::cell(&row.status),
            super::markdown::cell(&row.comparison),
        ];
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out.push_str(&format!("\n{}\n", totals(rows)));
    out
}

#[derive(Serialize)]
struct SetLine<'a> {
    version: u32,
    set: &'a str,
    path: String,
    status: &'static str,
    error: Option<String>,
    summary: Option<SummaryOut>,
    /// Indices into `comparisons` of the failing findings the baseline does not record.
    new_findings: &'a [usize],
    accepted_findings: usize,
    #[serde(flatten)]
    report: Option<serde_json::Value>,
}

#[derive(Serialize)]
struct SummaryOut {
    in_common: usize,
    agree: usize,
    compatible: usize,
    diverge: usize,
    reworded: usize,
    speaker_conflict: usize,
    internal: usize,
}

/// One set as one line of JSON Lines.
pub fn json_line(set: &SetReport) -> String {
    let compare = set.outcome.result.as_ref().ok();
    let line = SetLine {
        version: super::json::VERSION,
        set: &set.outcome.set.name,
        path: set.outcome.set.path.display().to_string(),
        status: set.status(),
        error: set.outcome.result.as_ref().err().map(ToString::to_string),
        summary: compare.map(|c| {
            let s = Summary::of(c);
            SummaryOut {
                in_common: s.in_common,
                agree: s.agree,
                compatible: s.compatible,
                diverge: s.diverge,
                reworded: s.reworded,
                speaker_conflict: s.speaker_conflict,
                internal: s.internal,
            }
        }),
        new_findings: &set.new,
        accepted_findings: set.accepted,
        report: compare.map(super::json::comparison_fields),
    };
    let mut text = serde_json::to_string(&line).expect("check lines serialise");
    text.push('\n');
    text
}

/// The CSV header of `claimdiff check`.
pub fn csv_header() -> String {
    super::csv::to_string(Some(&super::csv::check_header()), std::iter::empty())
}

/// One set's CSV rows (without header): every comparison, the set's name first; a set that
/// failed to run is one row with verdict `error`.
pub fn csv_rows(set: &SetReport) -> String {
    let header = super::csv::check_header();
    let name = set.outcome.set.name.clone();
    match &set.outcome.result {
        Ok(compare) => super::csv::to_string(None, super::csv::rows(compare, &[name])),
        Err(error) => {
            let mut row = vec![name, "error".to_string(), String::new(), error.to_string()];
            row.resize(header.len(), String::new());
            super::csv::to_string(None, std::iter::once(row))
        }
    }
}
