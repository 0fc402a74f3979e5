//! Markdown: the comparison as a GitHub-flavoured Markdown table, for a newsroom document or a
//! pull-request comment. Cells are kept on one line (line breaks become `<br>`) and pipes are
//! escaped, so the table stays a table wherever it is pasted. What an article says is shown as
//! text, never rendered: a `<` is escaped, so no HTML tag from an article (`<b>`, `<img
//! src=...>`) gets through (issue 17), nor does an inline link or image (`](` is escaped), and
//! control characters are shown as escapes ([`super::visible`]).

use std::io::{self, Write};

use super::{
    CompareReport, DiffStyle, RenderOptions, Shown, Summary, comparison_header, comparison_rows,
};

/// Makes text safe inside a Markdown table cell. The only tag in a cell is the `<br>` written
/// here, after every `<` of the text was escaped.
pub(crate) fn cell(text: &str) -> String {
    super::visible(text)
        .replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('<', "\\<")
        .replace("](", "]\\(")
        .replace('\n', "<br>")
        .trim()
        .to_string()
}

/// `claimdiff compare --format markdown`, written row by row: the summary line first, the
/// table (conflicts first), then the count of the claims of one outlet only unless `--all`.
pub fn comparison(
    out: &mut dyn Write,
    report: &CompareReport,
    options: &RenderOptions,
) -> io::Result<()> {
    let documents = &report.alignment.documents;
    let summary = Summary::of(report);
    writeln!(out, "{}\n", cell(&summary.line(documents)))?;
    let displayed = super::displayed(report, options);
    if !displayed.is_empty() {
        rows(
            out,
            Shown {
                report,
                only: Some(&displayed),
            },
            options,
        )?;
    }
    if !options.all
        && !options.brief
        && let Some(line) = summary.collapsed_line(documents)
    {
        writeln!(out, "\n{}", cell(&line))?;
    }
    Ok(())
}

/// The comparisons shown, as a table, and the summary line of all the report's claims (a
/// `check` set's new findings).
pub(crate) fn comparison_shown(
    out: &mut dyn Write,
    shown: Shown<'_>,
    options: &RenderOptions,
) -> io::Result<()> {
    rows(out, shown, options)?;
    let documents = &shown.report.alignment.documents;
    // The counts of all the comparison's claims, whatever is shown (a `check` set shows its
    // new findings only; issue 17), so the line agrees with the summary table. It holds
    // outlet names: escaped as a cell is, though it is not one.
    let line = Summary::of(shown.report).line(documents);
    writeln!(out, "\n{}", cell(&line))
}

/// The table of the comparisons shown: its header and a row each.
fn rows(out: &mut dyn Write, shown: Shown<'_>, options: &RenderOptions) -> io::Result<()> {
    let header: Vec<String> = comparison_header(shown).map(|h| cell(&h)).collect();
    writeln!(out, "| {} |", header.join(" | "))?;
    writeln!(out, "|{}", " --- |".repeat(header.len()))?;
    for row in comparison_rows(shown, DiffStyle::Markdown, options.brief, options.context) {
        let mut cells = vec![format!("**{}**", cell(&row.verdict)), cell(&row.about)];
        cells.extend(row.cells.iter().map(|c| cell(c)));
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_never_break_the_table() {
        assert_eq!(cell("a | b\nc"), "a \\| b<br>c");
        assert_eq!(cell("  x  "), "x");
    }

    #[test]
    fn cells_render_no_html_link_or_control_from_the_text() {
        assert_eq!(cell("<b>never</b>"), "\\<b>never\\</b>");
        assert_eq!(
            cell("<img src=x onerror=alert(1)>"),
            "\\<img src=x onerror=alert(1)>"
        );
        assert_eq!(
            cell("![x](http://t.example/p.png)"),
            "![x]\\(http://t.example/p.png)"
        );
        assert_eq!(cell("[34] 41 people"), "[34] 41 people");
        assert_eq!(cell("a\u{1b}[2Jb"), "a\\\\x1b[2Jb");
    }
}
