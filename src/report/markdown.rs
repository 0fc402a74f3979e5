//! Markdown: the comparison as a GitHub-flavoured Markdown table, for a newsroom document or a
//! pull-request comment. Cells are kept on one line (line breaks become `<br>`) and pipes are
//! escaped, so the table stays a table wherever it is pasted.

use super::{CompareReport, DiffStyle, RenderOptions, Summary, comparison_rows};

/// Makes text safe inside a Markdown table cell.
pub(crate) fn cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('\n', "<br>")
        .trim()
        .to_string()
}

/// `claimdiff compare --format markdown`.
pub fn comparison(report: &CompareReport, options: &RenderOptions) -> String {
    let documents = &report.alignment.documents;
    let mut header = vec!["verdict".to_string(), "about".to_string()];
    header.extend(documents.iter().map(|d| cell(&d.article.outlet)));
    let mut out = format!("| {} |\n", header.join(" | "));
    out.push_str(&format!("|{}\n", " --- |".repeat(header.len())));
    for row in comparison_rows(report, DiffStyle::Markdown, options.brief) {
        let mut cells = vec![format!("**{}**", cell(&row.verdict)), cell(&row.about)];
        cells.extend(row.cells.iter().map(|c| cell(c)));
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out.push_str(&format!("\n{}\n", Summary::of(report).line(documents)));
    out
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
