//! Markdown: the comparison as a GitHub-flavoured Markdown table, for a newsroom document or a
//! pull-request comment. Cells are kept on one line (line breaks become `<br>`) and pipes are
//! escaped, so the table stays a table wherever it is pasted.

use std::io::{self, Write};

use super::{
    CompareReport, DiffStyle, RenderOptions, Shown, Summary, comparison_header, comparison_rows,
};

/// Makes text safe inside a Markdown table cell.
pub(crate) fn cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('\n', "<br>")
        .trim()
        .to_string()
}

/// `claimdiff compare --format markdown`, written row by row.
pub fn comparison(
    out: &mut dyn Write,
    report: &CompareReport,
    options: &RenderOptions,
) -> io::Result<()> {
    comparison_shown(out, Shown::all(report), options)
}

/// The comparisons shown, as a table and their summary line (a `check` set's new findings).
pub(crate) fn comparison_shown(
    out: &mut dyn Write,
    shown: Shown<'_>,
    options: &RenderOptions,
) -> io::Result<()> {
    let header: Vec<String> = comparison_header(shown).map(cell).collect();
    writeln!(out, "| {} |", header.join(" | "))?;
    writeln!(out, "|{}", " --- |".repeat(header.len()))?;
    for row in comparison_rows(shown, DiffStyle::Markdown, options.brief) {
        let mut cells = vec![format!("**{}**", cell(&row.verdict)), cell(&row.about)];
        cells.extend(row.cells.iter().map(|c| cell(c)));
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    let documents = &shown.report.alignment.documents;
    writeln!(out, "\n{}", Summary::of_shown(shown).line(documents))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_never_break_the_table() {
        assert_eq!(cell("a | b\nc"), "a \\| b<br>c");
        assert_eq!(cell("  x  "), "x");
    }
}
