//! Check reports: the renderers of `claimdiff check`. Takes one [`SetReport`] per article set and
//! writes, per format: the new findings of each failing set and a summary table (table,
//! Markdown), one JSON object per set per line (JSON Lines, for streaming and for tools such as
//! Spark), or one CSV row per pair of claims with the set's name first.

use std::path::PathBuf;

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

#[derive(Debug)]
pub struct CheckReport {
    pub sets: Vec<SetReport>,
    pub baseline: Option<PathBuf>,
}

impl SetReport {
    fn status(&self) -> &'static str {
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
}

fn totals(report: &CheckReport) -> String {
    let count = |status: &str| report.sets.iter().filter(|s| s.status() == status).count();
    format!(
        "{} sets: {} ok, {} failing, {} with errors",
        report.sets.len(),
        count("ok"),
        count("fail"),
        count("error")
    )
}

const SUMMARY_HEADER: [&str; 4] = ["set", "files", "status", "comparison"];

/// "3 in common: 2 agree, 1 diverge; 1 internal": the counts that are not zero.
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

fn summary_rows(report: &CheckReport) -> Vec<[String; 4]> {
    report
        .sets
        .iter()
        .map(|set| {
            let (status, comparison) = match &set.outcome.result {
                Ok(compare) => (
                    match (set.new.len(), set.accepted) {
                        (0, 0) => "ok".to_string(),
                        (0, accepted) => format!("ok, {accepted} accepted"),
                        (new, 0) => format!("FAIL: {new} new"),
                        (new, accepted) => format!("FAIL: {new} new, {accepted} accepted"),
                    },
                    counts(&Summary::of(compare)),
                ),
                // The error itself is printed above the table and on standard error.
                Err(error) => ("ERROR".to_string(), error.to_string()),
            };
            [
                set.outcome.set.name.clone(),
                set.outcome.set.files.len().to_string(),
                status,
                comparison,
            ]
        })
        .collect()
}

/// `claimdiff check` as tables: each failing set's new findings, then one summary table.
pub fn table(report: &CheckReport, options: &RenderOptions) -> String {
    let mut out = String::new();
    for set in &report.sets {
        if let Err(error) = &set.outcome.result {
            out.push_str(&format!("== {}: error: {error}\n\n", set.outcome.set.name));
        } else if let Some(failing) = set.failing() {
            out.push_str(&format!(
                "== {} ({}): {} new finding{}\n",
                set.outcome.set.name,
                set.outcome.set.path.display(),
                set.new.len(),
                if set.new.len() == 1 { "" } else { "s" }
            ));
            let rendered = super::table::comparison(&failing, options);
            // The set's own summary line is in the summary table below.
            let table_only = rendered
                .trim_end()
                .rsplit_once('\n')
                .map_or(rendered.as_str(), |(t, _)| t);
            out.push_str(table_only);
            out.push_str("\n\n");
        }
    }
    let mut table = super::table::new_table(options.width);
    table.set_header(SUMMARY_HEADER);
    for row in summary_rows(report) {
        let [name, files, status, comparison] = row;
        table.add_row([
            Cell::new(name),
            Cell::new(files).set_alignment(CellAlignment::Right),
            Cell::new(status),
            Cell::new(comparison),
        ]);
    }
    out.push_str(&format!("{table}\n{}\n", totals(report)));
    out
}

/// `claimdiff check --format markdown`.
pub fn markdown(report: &CheckReport, options: &RenderOptions) -> String {
    let mut out = String::new();
    for set in &report.sets {
        if let Err(error) = &set.outcome.result {
            out.push_str(&format!(
                "### {}\n\nerror: {}\n\n",
                super::markdown::cell(&set.outcome.set.name),
                super::markdown::cell(&error.to_string())
            ));
        } else if let Some(failing) = set.failing() {
            out.push_str(&format!(
                "### {}\n\n",
                super::markdown::cell(&set.outcome.set.name)
            ));
            out.push_str(&super::markdown::comparison(&failing, options));
            out.push('\n');
        }
    }
    out.push_str(&format!(
        "| {} |\n|{}\n",
        SUMMARY_HEADER.join(" | "),
        " --- |".repeat(SUMMARY_HEADER.len())
    ));
    for row in summary_rows(report) {
        let cells: Vec<String> = row.iter().map(|c| super::markdown::cell(c)).collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out.push_str(&format!("\n{}\n", totals(report)));
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

/// `claimdiff check --format json`: JSON Lines, one object per set.
pub fn json_lines(report: &CheckReport) -> String {
    let mut out = String::new();
    for set in &report.sets {
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
        out.push_str(&serde_json::to_string(&line).expect("check lines serialise"));
        out.push('\n');
    }
    out
}

/// `claimdiff check --format csv`: every set's comparisons, the set's name first; a set that
/// failed to run is one row with verdict `error`.
pub fn csv(report: &CheckReport) -> String {
    let header = super::csv::check_header();
    let mut rows = Vec::new();
    for set in &report.sets {
        let name = set.outcome.set.name.clone();
        match &set.outcome.result {
            Ok(compare) => rows.extend(super::csv::rows(compare, std::slice::from_ref(&name))),
            Err(error) => {
                let mut row = vec![name, "error".to_string(), String::new(), error.to_string()];
                row.resize(header.len(), String::new());
                rows.push(row);
            }
        }
    }
    super::csv::write(&header, &rows)
}
