//! Report: renders what the pipeline found, for people ([`table`]) and for machines ([`json`]).
//!
//! Renderers take finished results and write them to the writer they are given, a row or a
//! block of rows at a time, so a report of two long transcripts is never held in memory whole;
//! they never compute anything the pipeline has not decided, so every format tells the same
//! story. Where the output goes (a terminal, a pipe, a file) is the binary's business.
//!
//! Report takes the pipeline's results ([`crate::pipeline`]) and `check`'s per-set results; it
//! imports nothing that imports it back, so rendering can change without touching a decision.

pub(crate) mod check;
pub mod csv;
pub mod html;
pub mod json;
mod json_text;
pub mod markdown;
pub(crate) mod position;
mod shown;
pub mod skipped;
mod spoken;
mod summary;
pub mod table;
mod visible;
pub(crate) mod why;
pub(crate) mod wording;

use crate::claims::{Claim, Exactness, Unit, Value, format_number};
use crate::compare::quotes::{DiffOpKind, DiffPiece};
use crate::compare::{Comparison, Verdict};
use crate::pipeline::{AlignReport, ClaimsReport, CompareReport};
use crate::segment::Document;
use position::Positions;
use shown::{shown_quote, shown_words};
pub(crate) use spoken::spoken_value;
pub use summary::Summary;
pub(crate) use summary::displayed;
use thousands::Separable;
use wording::diff_markers;

pub use visible::visible;

/// The output formats of `sentences`, `align` and `claims`: a table or JSON. A type of its own,
/// so asking those commands for Markdown or CSV is refused (by clap) instead of drawn as a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum PlainFormat {
    /// A table for reading in a terminal, wrapped to its width.
    #[default]
    Table,
    /// The JSON contract of docs/json.md.
    Json,
}

/// The output formats of `compare` and `check`, the commands that render comparisons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// A table for reading in a terminal, wrapped to its width.
    #[default]
    Table,
    /// The JSON contract of docs/json.md, for scripts and CI.
    Json,
    /// A Markdown table, for a newsroom document or a pull-request comment.
    Markdown,
    /// CSV, one row per pair of claims, for a spreadsheet.
    Csv,
    /// One self-contained HTML page (no scripts, nothing loaded), to share with an editor.
    Html,
}

/// How the human-readable renderers lay things out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RenderOptions {
    /// Width the table is wrapped to, in terminal columns.
    pub width: u16,
    /// Colour verdicts and word diffs in the table (the binary decides, from `--color`, the
    /// terminal and NO_COLOR / CLICOLOR_FORCE / TERM; the library never looks).
    pub color: bool,
    /// `compare`'s table and Markdown: the summary and the conflicts only; CSV and JSON (of
    /// `compare` and `check`): leave out the claims made by one outlet only.
    pub brief: bool,
    /// `compare`'s table and Markdown: list the claims made by one outlet only rather than
    /// count them (`--all`).
    pub all: bool,
    /// Tables and Markdown: show each claim's sentence under it, the claim marked
    /// (`--context`).
    pub context: bool,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            width: 100,
            color: false,
            brief: false,
            all: false,
            context: false,
        }
    }
}

/// What a renderer writes, as text: for reports written set by set (`check`) and for tests.
pub(crate) fn written(
    render: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> String {
    let mut text = Vec::new();
    render(&mut text).expect("writing to memory cannot fail");
    String::from_utf8(text).expect("renderers write UTF-8")
}

/// Collapses runs of whitespace (soft line wraps, double spaces) to one space, for display;
/// control characters are shown as escapes ([`visible`]).
fn one_line(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match visible(&line) {
        std::borrow::Cow::Borrowed(_) => line,
        std::borrow::Cow::Owned(shown) => shown,
    }
}

/// An outlet's name as shown ([`visible`]): names come from file names and `--names`.
pub(crate) fn outlet(document: &Document) -> std::borrow::Cow<'_, str> {
    visible(&document.article.outlet)
}

/// A path as shown ([`visible`]).
pub(crate) fn path(path: &std::path::Path) -> String {
    visible(&path.display().to_string()).into_owned()
}

/// A value as a reader writes it: "100,000–220,000", "≥ 100,000", "≈ 6,700", "up 3%", "2020-08-09".
pub fn display_value(value: &Value) -> String {
    let quantity = match value {
        Value::Date(date) => return date.to_string(),
        Value::Time(time) => return time.to_string(),
        Value::Score(score) => return score.to_string(),
        Value::Quote(quote) => {
            return match &quote.speaker {
                Some(speaker) => format!("said by {}", visible(&speaker.name)),
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
        Unit::AgeIn(unit) => ("age ", format!(" {unit}")),
        Unit::Duration(unit) => ("", format!(" {unit}")),
        Unit::Measure(measure) => ("", format!(" {}", measure.symbol())),
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

/// 6700 -> "6,700"; 80.1 -> "80.1"; -5000.5 -> "-5,000.5". Groups the whole part of the
/// written number (the first run of digits); a figure from 10^21 up is written with an exponent
/// (`format_number`).
pub fn with_separators(value: f64) -> String {
    format_number(value).separate_with_commas()
}

/// How a word diff is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiffStyle {
    /// `[-old-] {+new+}`
    Markers,
    /// Red struck-through and green, for a colour terminal.
    Color,
    /// `~~old~~ **new**`
    Markdown,
}

/// A verdict in its colour, for a colour terminal (issue 17): diverge and speaker conflict red,
/// reworded and compatible yellow, agree green; a claim of one outlet only as it is.
pub(crate) fn colored_verdict(kind: Verdict, text: &str) -> String {
    let color = match kind {
        Verdict::Diverge | Verdict::SpeakerConflict => anstyle::AnsiColor::Red,
        Verdict::Reworded | Verdict::Compatible => anstyle::AnsiColor::Yellow,
        Verdict::Agree => anstyle::AnsiColor::Green,
        Verdict::Unmatched => return text.to_string(),
    };
    let style = anstyle::Style::new().fg_color(Some(color.into()));
    format!("{style}{text}{style:#}")
}

pub(crate) fn render_diff(diff: &[DiffPiece], style: DiffStyle) -> String {
    let (deleted, inserted) = match style {
        DiffStyle::Markers => return diff_markers(diff),
        DiffStyle::Color => (
            anstyle::Style::new()
                .fg_color(Some(anstyle::AnsiColor::Red.into()))
                .strikethrough(),
            anstyle::Style::new()
                .fg_color(Some(anstyle::AnsiColor::Green.into()))
                .bold(),
        ),
        DiffStyle::Markdown => {
            return diff
                .iter()
                .map(|piece| match piece.op {
                    DiffOpKind::Equal => visible(&piece.text).into_owned(),
                    DiffOpKind::Delete => format!("~~{}~~", visible(&piece.text)),
                    DiffOpKind::Insert => format!("**{}**", visible(&piece.text)),
                })
                .collect::<Vec<_>>()
                .join(" ");
        }
    };
    diff.iter()
        .map(|piece| match piece.op {
            DiffOpKind::Equal => visible(&piece.text).into_owned(),
            DiffOpKind::Delete => format!("{deleted}{}{deleted:#}", visible(&piece.text)),
            DiffOpKind::Insert => format!("{inserted}{}{inserted:#}", visible(&piece.text)),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where a claim sits (line:column in its article, [`position`]) and who gives it: "12:5
/// between 100,000 and 220,000 (per Unofficial estimates)".
pub(crate) fn claim_cell(document: &Document, positions: &Positions<'_>, claim: &Claim) -> String {
    let mut cell = format!(
        "{} {}",
        positions.at(claim.start as usize),
        shown_words(claim.text(&document.article.text))
    );
    if let Some(who) = &claim.context.attributed_to {
        cell.push_str(&format!(" (per {})", wording::holder(&one_line(who))));
    }
    if claim.context.quoted {
        cell.push_str(" (quoted)");
    }
    cell
}

/// The sentence holding `claim`, on one line, with the claim's words marked as `style` marks
/// (issue 17, `--context`): «...» in plain text, bold and underlined on a colour terminal,
/// `**...**` in Markdown.
pub(crate) fn in_context(document: &Document, claim: &Claim, style: DiffStyle) -> String {
    let text = &document.article.text;
    let Some(sentence) = document.sentences.get(claim.sentence as usize) else {
        return String::new();
    };
    let sentence = sentence.span();
    let start = (claim.start as usize).clamp(sentence.start, sentence.end);
    let end = (claim.end as usize).clamp(start, sentence.end);
    let (before, words, after) = (
        &text[sentence.start..start],
        &text[start..end],
        &text[end..sentence.end],
    );
    let emphasis = anstyle::Style::new().bold().underline();
    let (open, close) = match style {
        DiffStyle::Markers => ("\u{ab}".to_string(), "\u{bb}".to_string()),
        DiffStyle::Markdown => ("**".to_string(), "**".to_string()),
        DiffStyle::Color => (emphasis.to_string(), format!("{emphasis:#}")),
    };
    let mut line = one_line(before);
    if !line.is_empty() && before.ends_with(char::is_whitespace) {
        line.push(' ');
    }
    line.push_str(&format!("{open}{}{close}", one_line(words)));
    let rest = one_line(after);
    if !rest.is_empty() && after.starts_with(char::is_whitespace) {
        line.push(' ');
    }
    line.push_str(&rest);
    line
}

/// One comparison as text cells: its verdict, what it is about, and what each outlet says.
pub(crate) struct Row {
    /// The verdict's kind, for its colour.
    pub kind: Verdict,
    pub verdict: String,
    pub about: String,
    /// One cell per source, in source order; empty where the source says nothing.
    pub cells: Vec<String>,
}

/// The column titles of a comparison table: verdict, subject, then each outlet.
pub(crate) fn comparison_header(
    shown: Shown<'_>,
) -> impl Iterator<Item = std::borrow::Cow<'_, str>> {
    let outlets = shown.report.alignment.documents.iter();
    ["verdict", "about"]
        .into_iter()
        .map(std::borrow::Cow::Borrowed)
        .chain(outlets.map(outlet))
}

/// A comparison's verdict as the human-readable renderers write it: "diverge", "diverge (within
/// bbc)" for an outlet contradicting itself, "diverge (outlier: nyt)" for the one outlet of
/// three or more that disagrees with the rest.
pub(crate) fn verdict_label(documents: &[Document], comparison: &Comparison) -> String {
    if comparison.internal {
        format!(
            "{} (within {})",
            comparison.verdict.as_str(),
            outlet(&documents[comparison.claims[0].source()])
        )
    } else if let Some(outlier) = comparison.outlier {
        format!(
            "{} (outlier: {})",
            comparison.verdict.as_str(),
            outlet(&documents[outlier as usize])
        )
    } else {
        comparison.verdict.as_str().to_string()
    }
}

/// The rows every human-readable renderer shows, in the comparisons' order; with `brief`, the
/// claims made by one outlet only are left to the summary line.
/// Rows are made as they are drawn, so a long report never holds them all.
/// With `context`, each claim's sentence follows it, the claim marked ([`in_context`]).
pub(crate) fn comparison_rows(
    shown: Shown<'_>,
    style: DiffStyle,
    brief: bool,
    context: bool,
) -> impl Iterator<Item = Row> + '_ {
    let report = shown.report;
    let documents = &report.alignment.documents;
    let positions: Vec<Positions<'_>> = documents
        .iter()
        .map(|document| Positions::new(&document.article.text))
        .collect();
    shown
        .comparisons()
        .filter(move |c| !(brief && c.verdict == Verdict::Unmatched))
        .map(move |comparison| {
            let verdict = verdict_label(documents, comparison);
            let mut about = format!(
                "{}: {}",
                comparison.kind.as_str(),
                visible(&comparison.subject(&report.claims))
            );
            if let Some(diff) = comparison
                .diff
                .as_ref()
                .filter(|_| comparison.verdict != Verdict::Agree)
            {
                about.push_str(&format!("\nwording: {}", render_diff(diff, style)));
            }
            if let Some(why) = why::comparison_why(documents, &report.claims, comparison) {
                about.push_str(&format!("\nwhy: {why}"));
            }
            let cells = documents
                .iter()
                .enumerate()
                .map(|(source, document)| {
                    comparison
                        .claims
                        .iter()
                        .filter(|r| r.source() == source)
                        .map(|r| {
                            let claim = &report.claims[source][r.claim()];
                            let positions = &positions[source];
                            let mut cell = match claim.quote() {
                                Some(_) => format!(
                                    "{} \u{201c}{}\u{201d}\n\u{2014} {}",
                                    positions.at(claim.start as usize),
                                    shown_quote(claim, &document.article.text),
                                    spoken_value(&claim.value)
                                ),
                                None => format!(
                                    "{}\n= {}",
                                    claim_cell(document, positions, claim),
                                    spoken_value(&claim.value)
                                ),
                            };
                            if context {
                                cell.push('\n');
                                cell.push_str(&in_context(document, claim, style));
                            }
                            cell
                        })
                        .collect::<Vec<_>>()
                        .join("\n")
                })
                .collect();
            Row {
                kind: comparison.verdict,
                verdict,
                about,
                cells,
            }
        })
}

/// The comparisons of a report a renderer shows: all of them, or only some (a `check` set's new
/// findings, by index), so a set's failing findings are drawn from its report without a copy.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Shown<'a> {
    pub report: &'a CompareReport,
    /// Indices into `report.comparisons`; `None` shows every comparison.
    pub only: Option<&'a [usize]>,
}

impl<'a> Shown<'a> {
    pub fn all(report: &'a CompareReport) -> Shown<'a> {
        Shown { report, only: None }
    }

    pub fn comparisons(self) -> Box<dyn Iterator<Item = &'a Comparison> + 'a> {
        let all = &self.report.comparisons;
        match self.only {
            None => Box::new(all.iter()),
            Some(indices) => Box::new(indices.iter().map(move |&i| &all[i])),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::with_separators;
    #[test]
    fn a_claim_is_marked_in_its_sentence_with_its_spaces_kept() {
        use super::{DiffStyle, in_context};
        use crate::ingest::Article;
        use crate::segment::Document;
        let text = "Police said 41 \t people died.  Then 12 more.";
        let document = Document::new(Article::new("wire", "wire.txt", text));
        let claims = crate::claims::extract(&document, None);
        let claim = claims.iter().find(|c| c.text(text) == "41").unwrap();
        assert_eq!(
            in_context(&document, claim, DiffStyle::Markers),
            "Police said \u{ab}41\u{bb} people died."
        );
        assert_eq!(
            in_context(&document, claim, DiffStyle::Markdown),
            "Police said **41** people died."
        );
        let last = claims.iter().find(|c| c.text(text) == "12").unwrap();
        assert!(
            in_context(&document, last, DiffStyle::Markers).contains("Then \u{ab}12\u{bb} more.")
        );
    }

    #[test]
    fn thousands_are_grouped_and_the_rest_left_as_written() {
        let cases = [
            (0.0, "0"),
            (999.0, "999"),
            (1000.0, "1,000"),
            (6700.0, "6,700"),
            (-6700.0, "-6,700"),
            (-999.0, "-999"),
            (80.1, "80.1"),
            (1234567.25, "1,234,567.25"),
            (-5000.5, "-5,000.5"),
            (0.3333, "0.3333"),
            (12345.678912, "12,345.6789"),
            (5_250_000.0, "5,250,000"),
            (999_999_999_999_999.0, "999,999,999,999,999"),
            (1e15, "1,000,000,000,000,000"),
            // Past 2^53 a float's last digits are noise: the shortest digits that read back
            // as the same value, never "1,000,000,000,000,000,001,097,906,..." for 1e308.
            (9e17, "900,000,000,000,000,000"),
            (-9e17, "-900,000,000,000,000,000"),
            (1.2345e20, "123,450,000,000,000,000,000"),
            // From 10^21, as an exponent, the way such a figure is written.
            (1e21, "1e21"),
            (1e44, "1e44"),
            (1.5e22, "1.5e22"),
            (1e308, "1e308"),
        ];
        for (value, written) in cases {
            assert_eq!(with_separators(value), written, "{value}");
        }
    }
}
