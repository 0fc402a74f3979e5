//! Skipped: the `--verbose` listing. Takes the documents of a run (or one set of `check`) and
//! hands back lines for standard error, one for each piece of text set aside as no part of the
//! story (its outlet, line:column in the article's text, why, and the text shortened) and, in
//! `check`, one for each entry of a set's folder not read as an article, with why. Lines, not
//! writes: the library never prints; the binary writes them to standard error, so JSON and CSV
//! on standard output stay clean.

use crate::check::{SetResult, not_read_why};
use crate::segment::{Document, SkipReason};

/// Most characters of a set-aside piece shown.
const SHOWN: usize = 60;

/// One line per piece of text set aside in `documents`; `set` names `check`'s set, so the
/// outlet reads `set/outlet`.
pub fn pieces(documents: &[Document], set: Option<&str>) -> Vec<String> {
    let mut lines = Vec::new();
    for document in documents {
        let text = &document.article.text;
        let outlet = match set {
            Some(set) => format!("{}/{}", super::visible(set), super::outlet(document)),
            None => super::outlet(document).into_owned(),
        };
        for skipped in &document.skipped {
            let (line, column) = line_column(text, skipped.span.start);
            let piece = text.get(skipped.span.clone()).unwrap_or_default();
            lines.push(format!(
                "set aside: {outlet} {line}:{column}: {}: \"{}\"",
                reason(skipped.reason),
                super::visible(&shorten(piece))
            ));
        }
    }
    lines
}

/// The `--verbose` lines of one set of `check`: the entries of its folder not read as
/// articles, then the pieces of its articles' text set aside.
pub fn set(result: &SetResult) -> Vec<String> {
    let mut lines: Vec<String> = result
        .set
        .set_aside
        .iter()
        .map(|(path, why)| format!("not read: {}: {}", super::path(path), not_read_why(*why)))
        .collect();
    if let Ok(report) = &result.compared {
        lines.extend(pieces(&report.alignment.documents, Some(&result.set.name)));
    }
    lines
}

fn reason(reason: SkipReason) -> &'static str {
    match reason {
        SkipReason::PageFurniture => "page furniture",
        SkipReason::Caption => "a caption's label",
        SkipReason::Metadata => "metadata, read as the article's date",
    }
}

/// Line and column (both from 1; the column in characters) of byte `at` of `text`.
fn line_column(text: &str, at: usize) -> (usize, usize) {
    let before = text.get(..at).unwrap_or(text);
    let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    let line = before.matches('\n').count() + 1;
    (line, before[line_start..].chars().count() + 1)
}

/// The piece on one line, its first [`SHOWN`] characters, `…` where cut.
fn shorten(piece: &str) -> String {
    let words: Vec<&str> = piece.split_whitespace().collect();
    let one_line = words.join(" ");
    if one_line.chars().count() <= SHOWN {
        return one_line;
    }
    let mut short: String = one_line.chars().take(SHOWN - 1).collect();
    short.truncate(short.trim_end().len());
    short.push('…');
    short
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_from_one_in_characters() {
        assert_eq!(line_column("abc", 0), (1, 1));
        assert_eq!(line_column("ab\ncd", 3), (2, 1));
        assert_eq!(line_column("ab\n«d» x", 8), (2, 4));
    }

    #[test]
    fn long_pieces_are_cut_short_on_one_line() {
        assert_eq!(shorten("Share\nthis"), "Share this");
        let cut = shorten(&"word ".repeat(40));
        assert!(cut.chars().count() <= SHOWN, "{cut}");
        assert!(cut.ends_with('…') && !cut.ends_with(" …"), "{cut}");
    }
}
