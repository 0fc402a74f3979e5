//! Check reports: the renderers of `claimdiff check`, one article set at a time. Takes check's
//! [`SetResult`]s (already judged: status, new and accepted findings) and writes them to any
//! `Write`: each set gives a section (its new findings, drawn from its report by index, or its
//! error) as soon as it is compared, and what its folder holds that was not read, with why
//! (hidden entries aside: `--verbose` lists those), so no input is passed over without a word,
//! and its stale baseline entries; a summary table of all sets closes the report, saying what
//! `--update-baseline` accepted (once the file is written) rather than failing on it. Formats: tables, Markdown, JSON Lines (one object per set per line,
//! for streaming and for tools such as Spark), and CSV rows with the set's name first.

use std::io::{self, Write};
use std::path::Path;

use comfy_table::{Cell, CellAlignment};
use serde::Serialize;

use super::{Format, RenderOptions, Shown, Summary, visible};
use crate::baseline::Finding;
use crate::check::{NotArticle, SetResult, SetStatus, not_read_why};

/// Writes the report of a `check` run to `out` as each set's result comes in, keeping only the
/// line each set needs in the closing summary.
pub struct CheckWriter<'w> {
    out: &'w mut dyn Write,
    format: Format,
    render: RenderOptions,
    rows: Vec<SummaryRow>,
    /// The baseline file, shown in what `--update-baseline` accepted.
    baseline: Option<String>,
}

impl<'w> CheckWriter<'w> {
    pub fn new(out: &'w mut dyn Write, format: Format, render: RenderOptions) -> Self {
        CheckWriter {
            out,
            format,
            render,
            rows: Vec::new(),
            baseline: None,
        }
    }

    /// The baseline file of the run, named in what `--update-baseline` accepted into it.
    pub fn baseline(mut self, path: Option<&Path>) -> Self {
        self.baseline = path.map(super::path);
        self
    }

    /// Writes one set's section (the CSV header before the first).
    pub fn set(&mut self, set: &SetResult) -> io::Result<()> {
        let out = &mut *self.out;
        match self.format {
            Format::Table => table_section(out, set, &self.render)?,
            Format::Markdown => markdown_section(out, set, &self.render)?,
            Format::Json => json_line(out, set, self.render.brief)?,
            Format::Csv => {
                if self.rows.is_empty() {
                    out.write_all(csv_header().as_bytes())?;
                }
                out.write_all(csv_rows(set, self.render.brief).as_bytes())?;
            }
            Format::Html => {
                if self.rows.is_empty() {
                    html_start(out)?;
                }
                html_section(out, set, &self.render, self.rows.len())?;
            }
        }
        self.rows.push(summary_row(set));
        Ok(())
    }

    /// Writes the closing summary (tables and Markdown; JSON Lines and CSV have none).
    /// `written`: `--update-baseline` wrote the baseline, so the new findings were accepted.
    pub fn finish(self, written: bool) -> io::Result<()> {
        let into = self.baseline.as_deref().filter(|_| written);
        let rows: Vec<SummaryRow> = self.rows.into_iter().map(|row| row.told(into)).collect();
        match self.format {
            Format::Table => table_summary(self.out, &rows, &self.render, into),
            Format::Markdown => markdown_summary(self.out, &rows, into),
            Format::Html => {
                if rows.is_empty() {
                    html_start(self.out)?;
                }
                html_summary(self.out, &rows, into)
            }
            Format::Json | Format::Csv => Ok(()),
        }
    }
}

/// The set's line of the summary table, its status told once the run is concluded.
fn summary_row(set: &SetResult) -> SummaryRow {
    let comparison = match &set.compared {
        Ok(compare) => verdict_counts(&Summary::of(compare)),
        // The error itself is printed in the set's section and on standard error.
        Err(error) => error.to_string(),
    };
    SummaryRow {
        name: set.set.name.clone(),
        files: set.set.len(),
        status: String::new(),
        comparison,
        kind: set.status(),
        new: set.new.len(),
        accepted: set.accepted,
        stale: set.stale.len(),
        accepting: set.accepting,
    }
}

/// "1 new finding", "3 new findings".
fn new_findings_words(count: usize) -> String {
    super::wording::count(count, "new finding")
}

/// One set in the closing summary table.
#[derive(Debug, Clone)]
struct SummaryRow {
    name: String,
    files: usize,
    status: String,
    comparison: String,
    kind: SetStatus,
    new: usize,
    accepted: usize,
    stale: usize,
    accepting: bool,
}

impl SummaryRow {
    /// The row with its status in words: what `--update-baseline` accepted into `into` (when
    /// it wrote the file), or what fails.
    fn told(mut self, into: Option<&str>) -> SummaryRow {
        if self.kind == SetStatus::Error {
            self.status = "ERROR".to_string();
            return self;
        }
        let accepted_now = self.accepting && into.is_some();
        self.kind = if self.new > 0 && !accepted_now {
            SetStatus::Fail
        } else {
            SetStatus::Ok
        };
        let mut status = match (self.new, self.accepted) {
            (0, 0) => "ok".to_string(),
            (0, accepted) => format!("ok, {accepted} accepted"),
            (new, accepted) if accepted_now => {
                let mut text = format!(
                    "ok: accepted {} into {}",
                    new_findings_words(new),
                    into.unwrap_or_default()
                );
                if accepted > 0 {
                    text.push_str(&format!(", {accepted} accepted before"));
                }
                text
            }
            (new, 0) => format!("FAIL: {new} new"),
            (new, accepted) => format!("FAIL: {new} new, {accepted} accepted"),
        };
        if self.stale > 0 {
            status.push_str(&format!(", {} stale", self.stale));
        }
        self.status = status;
        self
    }
}

/// The new failing findings of a set that was compared, if it has any.
fn new_findings(set: &SetResult) -> Option<Shown<'_>> {
    let report = set.compared.as_ref().ok()?;
    (!set.new.is_empty()).then_some(Shown {
        report,
        only: Some(&set.new),
    })
}

/// "3 in common: 2 agree, 1 diverge; 0 in one outlet only": the counts that are not zero.
fn verdict_counts(summary: &Summary) -> String {
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

fn totals(rows: &[SummaryRow], into: Option<&str>) -> String {
    let count = |kind: SetStatus| rows.iter().filter(|r| r.kind == kind).count();
    let mut line = format!(
        "{}: {} ok, {} failing, {} with errors",
        super::wording::count(rows.len(), "set"),
        count(SetStatus::Ok),
        count(SetStatus::Fail),
        count(SetStatus::Error)
    );
    let accepted: usize = rows
        .iter()
        .filter(|r| r.accepting && r.kind != SetStatus::Error)
        .map(|r| r.new)
        .sum();
    if let Some(into) = into
        && accepted > 0
    {
        line.push_str(&format!(
            "; accepted {} into {into}",
            new_findings_words(accepted)
        ));
    }
    let stale: usize = rows.iter().map(|r| r.stale).sum();
    if stale > 0 {
        line.push_str(&format!(
            "; {stale} stale baseline entr{} (--update-baseline --prune removes {})",
            if stale == 1 { "y" } else { "ies" },
            if stale == 1 { "it" } else { "them" }
        ));
    }
    line
}

/// A stale baseline entry in one line: "diverge number: daily: five; wire: at least 24".
fn stale_line(finding: &Finding) -> String {
    let claims: Vec<String> = finding
        .claims
        .iter()
        .map(|claim| format!("{}: {}", claim.source, claim.text))
        .collect();
    format!(
        "{}{} {}: {}",
        finding.verdict.as_str(),
        if finding.internal { " (internal)" } else { "" },
        finding.kind.as_str(),
        claims.join("; ")
    )
}

const SUMMARY_HEADER: [&str; 4] = ["set", "files", "status", "comparison"];

/// The entries of a set's folder not read, hidden ones aside.
fn not_read(set: &SetResult) -> impl Iterator<Item = (&std::path::Path, NotArticle)> {
    set.set
        .set_aside
        .iter()
        .filter(|(_, why)| *why != NotArticle::Hidden)
        .map(|(path, why)| (path.as_path(), *why))
}

/// The table section of one set: its new findings, or its error, then what it did not read;
/// nothing when it passes and read everything.
fn table_section(out: &mut dyn Write, set: &SetResult, options: &RenderOptions) -> io::Result<()> {
    table_findings(out, set, options)?;
    let mut entries = not_read(set).peekable();
    if entries.peek().is_some() {
        writeln!(out, "== {}: not read:", visible(&set.set.name))?;
        for (path, why) in entries {
            writeln!(out, "   {}: {}", super::path(path), not_read_why(why))?;
        }
        writeln!(out)?;
    }
    if !set.stale.is_empty() {
        writeln!(
            out,
            "== {}: stale baseline entries (they accept nothing any more):",
            visible(&set.set.name)
        )?;
        for finding in &set.stale {
            writeln!(out, "   {}", visible(&stale_line(finding)))?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// A set's new findings, or its error.
fn table_findings(out: &mut dyn Write, set: &SetResult, options: &RenderOptions) -> io::Result<()> {
    if let Err(error) = &set.compared {
        return write!(
            out,
            "== {}: error: {}\n\n",
            visible(&set.set.name),
            visible(&error.to_string())
        );
    }
    let Some(shown) = new_findings(set) else {
        return Ok(());
    };
    writeln!(
        out,
        "== {} ({}): {} new finding{}",
        visible(&set.set.name),
        super::path(&set.set.path),
        set.new.len(),
        if set.new.len() == 1 { "" } else { "s" }
    )?;
    super::table::comparison_table(out, shown, options)?;
    writeln!(out)
}

/// The closing summary table of `claimdiff check`.
fn table_summary(
    out: &mut dyn Write,
    rows: &[SummaryRow],
    options: &RenderOptions,
    into: Option<&str>,
) -> io::Result<()> {
    let mut table = super::table::new_table(options.width);
    table.set_header(SUMMARY_HEADER);
    for row in rows {
        table.add_row([
            Cell::new(visible(&row.name)),
            Cell::new(row.files).set_alignment(CellAlignment::Right),
            Cell::new(&row.status),
            Cell::new(visible(&row.comparison)),
        ]);
    }
    write!(out, "{table}\n{}\n", totals(rows, into))
}

/// The Markdown section of one set: its findings or error, then what it did not read.
fn markdown_section(
    out: &mut dyn Write,
    set: &SetResult,
    options: &RenderOptions,
) -> io::Result<()> {
    markdown_findings(out, set, options)?;
    let mut entries = not_read(set).peekable();
    if entries.peek().is_some() {
        write!(
            out,
            "Not read in {}:\n\n",
            super::markdown::cell(&set.set.name)
        )?;
        for (path, why) in entries {
            writeln!(
                out,
                "- {}: {}",
                super::markdown::cell(&path.display().to_string()),
                not_read_why(why)
            )?;
        }
        writeln!(out)?;
    }
    if !set.stale.is_empty() {
        write!(
            out,
            "Stale baseline entries of {} (they accept nothing any more):\n\n",
            super::markdown::cell(&set.set.name)
        )?;
        for finding in &set.stale {
            writeln!(out, "- {}", super::markdown::cell(&stale_line(finding)))?;
        }
        writeln!(out)?;
    }
    Ok(())
}

fn markdown_findings(
    out: &mut dyn Write,
    set: &SetResult,
    options: &RenderOptions,
) -> io::Result<()> {
    let name = super::markdown::cell(&set.set.name);
    if let Err(error) = &set.compared {
        return write!(
            out,
            "### {name}\n\nerror: {}\n\n",
            super::markdown::cell(&error.to_string())
        );
    }
    let Some(shown) = new_findings(set) else {
        return Ok(());
    };
    write!(out, "### {name}\n\n")?;
    super::markdown::comparison_shown(out, shown, options)?;
    writeln!(out)
}

/// The closing summary table, in Markdown.
fn markdown_summary(
    out: &mut dyn Write,
    rows: &[SummaryRow],
    into: Option<&str>,
) -> io::Result<()> {
    write!(
        out,
        "| {} |\n|{}\n",
        SUMMARY_HEADER.join(" | "),
        " --- |".repeat(SUMMARY_HEADER.len())
    )?;
    for row in rows {
        let cells = [
            super::markdown::cell(&row.name),
            row.files.to_string(),
            super::markdown::cell(&row.status),
            super::markdown::cell(&row.comparison),
        ];
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    write!(out, "\n{}\n", super::markdown::cell(&totals(rows, into)))
}

/// The page of a `check` run opens before its first set (or at the end, when there is none).
fn html_start(out: &mut dyn Write) -> io::Result<()> {
    super::html::page_start(out, "claimdiff check")?;
    writeln!(
        out,
        "<header>\n<h1>claimdiff check</h1>\n<p>Each set's new findings, then a summary of \
         all sets.</p>\n</header>"
    )
}

/// A set's section of the page: its counts and new findings (or its error), what was not read,
/// its stale baseline entries.
fn html_section(
    out: &mut dyn Write,
    set: &SetResult,
    options: &RenderOptions,
    index: usize,
) -> io::Result<()> {
    use super::html::{Layout, escape};
    let name = escape(&set.set.name);
    writeln!(
        out,
        "<section class=\"set\" id=\"set{index}\">\n<h2>{name}</h2>"
    )?;
    match (&set.compared, new_findings(set)) {
        (Err(error), _) => writeln!(
            out,
            "<p class=\"error\">error: {}</p>",
            escape(&error.to_string())
        )?,
        (Ok(report), shown) => {
            let layout = Layout {
                prefix: &format!("set{index}-"),
                level: 3,
                skip_empty: true,
            };
            let documents = &report.alignment.documents;
            super::html::summary(out, &Summary::of(report), documents, &layout)?;
            match shown {
                Some(shown) => super::html::sections(out, shown, options, &layout)?,
                None => writeln!(out, "<p>No new findings.</p>")?,
            }
        }
    }
    let mut entries = not_read(set).peekable();
    if entries.peek().is_some() {
        writeln!(out, "<h3>Not read in {name}</h3>\n<ul>")?;
        for (path, why) in entries {
            let path = escape(&path.display().to_string());
            writeln!(out, "<li>{path}: {}</li>", escape(not_read_why(why)))?;
        }
        writeln!(out, "</ul>")?;
    }
    if !set.stale.is_empty() {
        writeln!(
            out,
            "<h3>Stale baseline entries of {name} (they accept nothing any more)</h3>\n<ul>"
        )?;
        for finding in &set.stale {
            writeln!(out, "<li>{}</li>", escape(&stale_line(finding)))?;
        }
        writeln!(out, "</ul>")?;
    }
    writeln!(out, "</section>")
}

/// The closing summary table of a `check` page, and the page's end.
fn html_summary(out: &mut dyn Write, rows: &[SummaryRow], into: Option<&str>) -> io::Result<()> {
    use super::html::escape;
    writeln!(
        out,
        "<section id=\"summary\">\n<h2>Summary</h2>\n<table>\n<thead><tr>"
    )?;
    for title in SUMMARY_HEADER {
        write!(out, "<th>{title}</th>")?;
    }
    writeln!(out, "</tr></thead>\n<tbody>")?;
    for row in rows {
        writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&row.name),
            row.files,
            escape(&row.status),
            escape(&row.comparison)
        )?;
    }
    writeln!(
        out,
        "</tbody>\n</table>\n<p>{}</p>\n</section>",
        escape(&totals(rows, into))
    )?;
    super::html::page_end(out)
}

#[derive(Serialize)]
struct SetLine<'a> {
    version: u32,
    set: &'a str,
    path: String,
    status: &'static str,
    error: Option<String>,
    summary: Option<super::json::SummaryOut>,
    /// Indices into `comparisons` of the failing findings the baseline does not record.
    new_findings: &'a [usize],
    accepted_findings: usize,
    /// The baseline's entries of this set that accept nothing any more, as the file holds them.
    stale_findings: &'a [Finding],
    /// What the set's folder holds that was not read (hidden entries aside), with why.
    not_read: Vec<NotRead>,
    #[serde(flatten)]
    report: Option<serde_json::Value>,
}

#[derive(Serialize)]
struct NotRead {
    path: String,
    why: &'static str,
}

/// One set as one line of JSON Lines.
fn json_line(out: &mut dyn Write, set: &SetResult, brief: bool) -> io::Result<()> {
    let compare = set.compared.as_ref().ok();
    let line = SetLine {
        version: super::json::VERSION,
        set: &set.set.name,
        path: set.set.path.display().to_string(),
        status: set.status().as_str(),
        error: set.compared.as_ref().err().map(ToString::to_string),
        summary: compare.map(super::json::SummaryOut::of),
        new_findings: &set.new,
        accepted_findings: set.accepted,
        stale_findings: &set.stale,
        not_read: not_read(set)
            .map(|(path, why)| NotRead {
                path: path.display().to_string(),
                why: why.into(),
            })
            .collect(),
        report: compare.map(|c| super::json::comparison_fields(c, brief)),
    };
    super::json_text::compact(&mut *out, &line)?;
    writeln!(out)
}

/// The CSV header of `claimdiff check`.
fn csv_header() -> String {
    super::csv::to_string(Some(&super::csv::check_header()), std::iter::empty())
}

/// One set's CSV rows (without header): every comparison, the set's name first; a set that
/// failed to run is one row with verdict `error`.
fn csv_rows(set: &SetResult, brief: bool) -> String {
    let header = super::csv::check_header();
    let name = set.set.name.clone();
    // A set's error and each entry not read is a row of its own, its words under `subject`.
    let row = |verdict: &str, words: String| {
        let mut row = vec![name.clone(), verdict.to_string(), String::new(), words];
        row.resize(header.len(), String::new());
        row
    };
    let not_read_rows: Vec<Vec<String>> = not_read(set)
        .map(|(path, why)| {
            row(
                "not_read",
                format!("{}: {}", path.display(), not_read_why(why)),
            )
        })
        .collect();
    let mut text = match &set.compared {
        Ok(compare) => super::csv::to_string(
            None,
            super::csv::rows(compare, std::slice::from_ref(&name), brief),
        ),
        Err(error) => super::csv::to_string(None, std::iter::once(row("error", error.to_string()))),
    };
    if !not_read_rows.is_empty() {
        text.push_str(&super::csv::to_string(None, not_read_rows.into_iter()));
    }
    text
}
