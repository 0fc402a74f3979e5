//! Table: the terminal view, drawn with comfy-table and wrapped to the width it is given.
//!
//! Sentence text is shown on one line per cell (soft wraps collapsed) and wrapped by the table,
//! never cut, so a journalist can read every word of an aligned pair side by side.

use comfy_table::{Cell, CellAlignment, ContentArrangement, Table, presets};

use super::{AlignReport, ClaimsReport, CompareReport, display_value, one_line};
use crate::align::Matching;
use crate::claims::Claim;
use crate::compare::quotes::{DiffOpKind, DiffPiece, diff_markers};
use crate::compare::{Comparison, Verdict};
use crate::segment::Document;
use anstyle::{AnsiColor, Style};

fn new_table(width: u16) -> Table {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width);
    table
}

/// `claimdiff sentences`: one table per article of index, byte span and text.
pub fn sentences(documents: &[Document], width: u16) -> String {
    let mut out = String::new();
    for document in documents {
        let mut table = new_table(width);
        table.set_header(["#", "start", "end", "sentence"]);
        for sentence in &document.sentences {
            table.add_row([
                Cell::new(sentence.index).set_alignment(CellAlignment::Right),
                Cell::new(sentence.start).set_alignment(CellAlignment::Right),
                Cell::new(sentence.end).set_alignment(CellAlignment::Right),
                Cell::new(one_line(sentence.text(&document.article.text))),
            ]);
        }
        out.push_str(&format!(
            "{} ({}): {} sentences\n{table}\n",
            document.article.outlet,
            document.article.path.display(),
            document.sentences.len()
        ));
    }
    out
}

/// `claimdiff align`: per pair of outlets, the aligned sentences side by side with their score,
/// then a line saying how much of each article found a partner.
pub fn alignment(report: &AlignReport, width: u16) -> String {
    let mut out = String::new();
    let documents = &report.documents;
    for left in 0..documents.len() {
        for right in left + 1..documents.len() {
            let pairs: Vec<_> = report
                .pairs
                .iter()
                .filter(|p| p.left.source == left && p.right.source == right)
                .collect();
            let (a, b) = (&documents[left], &documents[right]);
            let mut table = new_table(width);
            table.set_header([
                Cell::new(&a.article.outlet),
                Cell::new(&b.article.outlet),
                Cell::new("score"),
            ]);
            for pair in &pairs {
                table.add_row([
                    Cell::new(format!(
                        "[{}] {}",
                        pair.left.sentence,
                        one_line(a.sentence_text(pair.left.sentence))
                    )),
                    Cell::new(format!(
                        "[{}] {}",
                        pair.right.sentence,
                        one_line(b.sentence_text(pair.right.sentence))
                    )),
                    Cell::new(format!("{:.2}", pair.score)).set_alignment(CellAlignment::Right),
                ]);
            }
            if !pairs.is_empty() {
                out.push_str(&format!("{table}\n"));
            }
            let matching = match report.options.matching {
                Matching::OneToOne => "one-to-one",
                Matching::All => "all pairs",
            };
            let aligned = |side: &dyn Fn(&&crate::align::AlignedPair) -> usize| {
                let mut used: Vec<usize> = pairs.iter().map(side).collect();
                used.sort_unstable();
                used.dedup();
                used.len()
            };
            out.push_str(&format!(
                "{} aligned pairs between {} and {} (threshold {:.2}, {matching}); \
                 {} of {} {} sentences and {} of {} {} sentences have a partner\n",
                pairs.len(),
                a.article.outlet,
                b.article.outlet,
                report.options.threshold,
                aligned(&|p| p.left.sentence),
                a.sentences.len(),
                a.article.outlet,
                aligned(&|p| p.right.sentence),
                b.sentences.len(),
                b.article.outlet,
            ));
        }
    }
    out
}

/// Where a claim sits and who gives it: "per unofficial estimates", "(quoted)".
fn claim_cell(document: &Document, claim: &Claim) -> String {
    let mut cell = format!(
        "[{}] {}",
        claim.sentence,
        one_line(claim.text(&document.article.text))
    );
    if let Some(who) = &claim.context.attributed_to {
        cell.push_str(&format!(" (per {})", one_line(who)));
    }
    if claim.context.quoted {
        cell.push_str(" (quoted)");
    }
    cell
}

/// `claimdiff claims`: every claim of one article with its value and context.
pub fn claims(report: &ClaimsReport, width: u16) -> String {
    let document = &report.document;
    let mut table = new_table(width);
    table.set_header(["claim", "value", "counts", "about"]);
    for claim in &report.claims {
        let mut about: Vec<String> = claim.context.events.iter().map(|e| e.to_string()).collect();
        if let Some(side) = claim.context.side {
            about.push(format!("side: {}", side.as_str()));
        }
        table.add_row([
            claim_cell(document, claim),
            display_value(&claim.value),
            claim.counts().unwrap_or_default(),
            about.join(", "),
        ]);
    }
    format!(
        "{} ({}): {} claims\n{table}\n",
        document.article.outlet,
        document.article.path.display(),
        report.claims.len()
    )
}

/// A word diff for the terminal: coloured on a colour terminal, `[-old-]{+new+}` otherwise.
fn render_diff(diff: &[DiffPiece], color: bool) -> String {
    if !color {
        return diff_markers(diff);
    }
    let deleted = Style::new()
        .fg_color(Some(AnsiColor::Red.into()))
        .strikethrough();
    let inserted = Style::new().fg_color(Some(AnsiColor::Green.into())).bold();
    diff.iter()
        .map(|piece| match piece.op {
            DiffOpKind::Equal => piece.text.clone(),
            DiffOpKind::Delete => format!("{deleted}{}{deleted:#}", piece.text),
            DiffOpKind::Insert => format!("{inserted}{}{inserted:#}", piece.text),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `claimdiff compare`: one row per comparison, a column per outlet, then a summary line.
pub fn comparison(report: &CompareReport, width: u16, color: bool) -> String {
    let documents = &report.alignment.documents;
    let mut table = new_table(width);
    let mut header = vec![Cell::new("verdict"), Cell::new("about")];
    header.extend(documents.iter().map(|d| Cell::new(&d.article.outlet)));
    table.set_header(header);
    for comparison in &report.comparisons {
        let verdict = if comparison.internal {
            format!(
                "{} (within {})",
                comparison.verdict.as_str(),
                documents[comparison.claims[0].source].article.outlet
            )
        } else if let Some(outlier) = comparison.outlier {
            format!(
                "{} (outlier: {})",
                comparison.verdict.as_str(),
                documents[outlier].article.outlet
            )
        } else {
            comparison.verdict.as_str().to_string()
        };
        let mut about = format!("{}: {}", comparison.kind.as_str(), comparison.subject);
        if let Some(diff) = comparison
            .diff
            .as_ref()
            .filter(|_| comparison.verdict != Verdict::Agree)
        {
            about.push_str(&format!("\nwording: {}", render_diff(diff, color)));
        }
        let mut row = vec![Cell::new(verdict), Cell::new(about)];
        for (source, document) in documents.iter().enumerate() {
            let cells: Vec<String> = comparison
                .claims
                .iter()
                .filter(|r| r.source == source)
                .map(|r| {
                    let claim = &report.claims[source][r.claim];
                    match claim.quote() {
                        Some(_) => format!(
                            "[{}] \u{201c}{}\u{201d}\n\u{2014} {}",
                            claim.sentence,
                            one_line(&claim.words(&document.article.text)),
                            display_value(&claim.value)
                        ),
                        None => format!(
                            "{}\n= {}",
                            claim_cell(document, claim),
                            display_value(&claim.value)
                        ),
                    }
                })
                .collect();
            row.push(Cell::new(cells.join("\n")));
        }
        table.add_row(row);
    }
    format!("{table}\n{}\n", summary(report))
}

/// "14 claims in common: 6 agree, 3 compatible, 1 diverge; 17 only in bbc, 9 only in nyt".
fn summary(report: &CompareReport) -> String {
    let documents = &report.alignment.documents;
    let across: Vec<&Comparison> = report
        .comparisons
        .iter()
        .filter(|c| !c.internal && c.verdict != Verdict::Unmatched)
        .collect();
    let count = |verdict: Verdict| across.iter().filter(|c| c.verdict == verdict).count();
    let mut line = format!(
        "{} claims in common: {} agree, {} compatible, {} diverge, {} reworded",
        across.len(),
        count(Verdict::Agree),
        count(Verdict::Compatible),
        count(Verdict::Diverge),
        count(Verdict::Reworded)
    );
    if count(Verdict::SpeakerConflict) > 0 {
        line.push_str(&format!(
            ", {} speaker conflicts",
            count(Verdict::SpeakerConflict)
        ));
    }
    let only: Vec<String> = documents
        .iter()
        .enumerate()
        .map(|(source, document)| {
            let n = report
                .comparisons
                .iter()
                .filter(|c| c.verdict == Verdict::Unmatched && c.claims[0].source == source)
                .count();
            format!("{n} only in {}", document.article.outlet)
        })
        .collect();
    line.push_str(&format!("; {}", only.join(", ")));
    let internal = report.comparisons.iter().filter(|c| c.internal).count();
    if internal > 0 {
        line.push_str(&format!(
            "; {internal} internal disagreement{}",
            if internal == 1 { "" } else { "s" }
        ));
    }
    line
}
