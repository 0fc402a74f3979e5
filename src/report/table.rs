//! Table: the terminal view, drawn with comfy-table and wrapped to the width it is given.
//!
//! Sentence text is shown on one line per cell (soft wraps collapsed) and wrapped by the table,
//! never cut, so a journalist can read every word of an aligned pair side by side.

use comfy_table::{Cell, CellAlignment, ContentArrangement, Table, presets};

use super::{
    AlignReport, ClaimsReport, CompareReport, DiffStyle, RenderOptions, Summary, claim_cell,
    comparison_rows, display_value, one_line,
};
use crate::align::Matching;
use crate::segment::Document;

pub(crate) fn new_table(width: u16) -> Table {
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

/// `claimdiff compare`: one row per comparison, a column per outlet, then a summary line.
pub fn comparison(report: &CompareReport, options: &RenderOptions) -> String {
    let documents = &report.alignment.documents;
    let mut table = new_table(options.width);
    let mut header = vec![Cell::new("verdict"), Cell::new("about")];
    header.extend(documents.iter().map(|d| Cell::new(&d.article.outlet)));
    table.set_header(header);
    let style = if options.color {
        DiffStyle::Color
    } else {
        DiffStyle::Markers
    };
    for row in comparison_rows(report, style, options.brief) {
        let mut cells = vec![Cell::new(row.verdict), Cell::new(row.about)];
        cells.extend(row.cells.into_iter().map(Cell::new));
        table.add_row(cells);
    }
    format!("{table}\n{}\n", Summary::of(report).line(documents))
}
