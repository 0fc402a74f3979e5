//! Table: the terminal view, drawn with comfy-table and wrapped to the width it is given.
//!
//! Sentence text is shown on one line per cell (soft wraps collapsed) and wrapped by the table,
//! never cut, so a journalist can read every word of an aligned pair side by side. Only a "word"
//! longer than [`LONGEST_SHOWN_WORD`] characters (no prose has one: a run of thousands of quote
//! marks does) is shown cut with an ellipsis, as the table splits such a word at a cost that
//! grows with its square (issue 16); the JSON output keeps it whole.

use std::io::{self, Write};

use comfy_table::{
    Cell, CellAlignment, ColumnConstraint, ContentArrangement, Table, Width, presets,
};

use super::{
    AlignReport, ClaimsReport, CompareReport, DiffStyle, RenderOptions, Shown, Summary, claim_cell,
    comparison_header, comparison_rows, one_line,
};
use crate::align::Matching;
use crate::segment::Document;

/// The longest run of characters without a space shown whole in a claim or sentence cell.
pub(crate) const LONGEST_SHOWN_WORD: usize = 1_000;

/// `text` with every word longer than [`LONGEST_SHOWN_WORD`] characters cut to that many and
/// an ellipsis; any other text as it is.
pub(crate) fn clip_long_words(text: String) -> String {
    if text.len() <= LONGEST_SHOWN_WORD {
        return text;
    }
    let mut clipped = String::with_capacity(text.len().min(1 << 16));
    let mut run = 0;
    for c in text.chars() {
        if c.is_whitespace() {
            run = 0;
        } else {
            run += 1;
            if run == LONGEST_SHOWN_WORD + 1 {
                clipped.push('\u{2026}');
            }
            if run > LONGEST_SHOWN_WORD {
                continue;
            }
        }
        clipped.push(c);
    }
    clipped
}

pub(crate) fn new_table(width: u16) -> Table {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width);
    table
}

/// Rows drawn per block. A table of up to this many rows is drawn as one comfy-table; a longer
/// one (two long transcripts give tens of thousands of rows) is drawn a block at a time, so
/// memory holds one block rather than the whole table and its text.
const BLOCK_ROWS: usize = 500;

/// Writes a table of `header` and the rows `rows()` gives, wrapped to `width`.
///
/// A long table is drawn a block of rows at a time. Its column widths are what comfy-table's
/// dynamic arrangement gives a table holding the header and, in each column, a stand-in as wide
/// as the widest content of any row (a first pass over the rows measures them); every block
/// is held to those widths and the borders between blocks are left out, so the blocks read as
/// one table (the condensed style draws no line between rows).
pub(crate) fn write_table<I: Iterator<Item = Vec<Cell>>>(
    out: &mut dyn Write,
    width: u16,
    header: Vec<Cell>,
    rows: impl Fn() -> I,
) -> io::Result<()> {
    let mut table = new_table(width);
    table.set_header(header.clone());
    let mut all = rows();
    for row in all.by_ref().take(BLOCK_ROWS) {
        table.add_row(row);
    }
    if all.next().is_none() {
        return writeln!(out, "{table}");
    }
    drop(table);
    let widths = long_table_widths(width, header.clone(), rows());
    let mut all = rows().peekable();
    let mut first = true;
    loop {
        let mut block = new_table(width);
        if first {
            block.set_header(header.clone());
        }
        for row in all.by_ref().take(BLOCK_ROWS) {
            block.add_row(row);
        }
        for (column, &width) in block.column_iter_mut().zip(&widths) {
            column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(width)));
        }
        let last = all.peek().is_none();
        let lines: Vec<String> = block.lines().collect();
        let from = usize::from(!first);
        let to = if last { lines.len() } else { lines.len() - 1 };
        for line in &lines[from..to] {
            writeln!(out, "{line}")?;
        }
        if last {
            return Ok(());
        }
        first = false;
    }
}

/// The column widths (padding included) of a long table: each column's widest content
/// (header included), measured block by block, then fitted to `width` by [`fit_widths`].
fn long_table_widths(
    width: u16,
    header: Vec<Cell>,
    rows: impl Iterator<Item = Vec<Cell>>,
) -> Vec<u16> {
    let mut probe = Table::new();
    probe.set_header(header);
    let mut widest = probe.column_max_content_widths();
    let mut rows = rows.peekable();
    while rows.peek().is_some() {
        let mut block = Table::new();
        for row in rows.by_ref().take(BLOCK_ROWS) {
            block.add_row(row);
        }
        let block_widths = block.column_max_content_widths();
        widest.resize(widest.len().max(block_widths.len()), 0);
        for (widest, block_width) in widest.iter_mut().zip(block_widths) {
            *widest = (*widest).max(block_width);
        }
    }
    fit_widths(&widest, width)
}

/// Least content width a column is squeezed to, so a word or a figure stays readable.
const MIN_CONTENT: u16 = 8;

/// Column widths (one space of padding each side included) for contents as wide as `widest`
/// in a table `width` wide with a border between and around the columns. Every column gets its
/// widest content when all fit; otherwise the room is shared the way a reader would want it
/// (max-min fair): a column narrower than its fair share keeps its width, and the columns left
/// split what remains, so a short "verdict" column stays whole while long text columns wrap.
///
/// comfy-table arranges a table it holds whole but has no way to hand its arrangement on, and a
/// long table is drawn a block at a time (so memory holds one block): every block is held to
/// these widths, so the blocks read as one table.
fn fit_widths(widest: &[u16], width: u16) -> Vec<u16> {
    let padded: Vec<u16> = widest.iter().map(|w| w.saturating_add(2)).collect();
    let borders = u16::try_from(padded.len() + 1).unwrap_or(u16::MAX);
    let mut room = width.saturating_sub(borders);
    let mut fitted = vec![0; padded.len()];
    let mut open: Vec<usize> = (0..padded.len()).collect();
    // Hand out the room: columns that fit in an equal share take what they need, repeatedly.
    loop {
        if open.is_empty() {
            break;
        }
        let share = room / u16::try_from(open.len()).unwrap_or(u16::MAX);
        let (fits, wide): (Vec<usize>, Vec<usize>) =
            open.iter().partition(|&&column| padded[column] <= share);
        if fits.is_empty() {
            // The rest are all wider than a share: split the room evenly (remainder to the
            // leftmost). A share under the least readable width is raised to it only where the
            // room allows every column that much; a very narrow table keeps its width instead.
            let columns = u16::try_from(wide.len()).unwrap_or(u16::MAX);
            let floor = if (MIN_CONTENT + 2).saturating_mul(columns) <= room {
                MIN_CONTENT + 2
            } else {
                3 // one character and its padding
            };
            let mut extra = room % columns;
            for &column in &wide {
                let bonus = u16::from(extra > 0);
                extra = extra.saturating_sub(1);
                fitted[column] = (share + bonus).max(floor);
            }
            break;
        }
        for &column in &fits {
            fitted[column] = padded[column];
            room -= padded[column];
        }
        open = wide;
    }
    fitted
}

/// `claimdiff sentences`: one table per article of index, byte span and text.
pub fn sentences(out: &mut dyn Write, documents: &[Document], width: u16) -> io::Result<()> {
    for document in documents {
        writeln!(
            out,
            "{} ({}): {}",
            super::outlet(document),
            super::path(&document.article.path),
            super::wording::count(document.sentences.len(), "sentence")
        )?;
        let header = ["#", "start", "end", "sentence"].map(Cell::new).to_vec();
        let rows = || {
            document
                .sentences
                .iter()
                .enumerate()
                .map(|(index, sentence)| {
                    vec![
                        Cell::new(index).set_alignment(CellAlignment::Right),
                        Cell::new(sentence.start).set_alignment(CellAlignment::Right),
                        Cell::new(sentence.end).set_alignment(CellAlignment::Right),
                        Cell::new(clip_long_words(one_line(
                            sentence.text(&document.article.text),
                        ))),
                    ]
                })
        };
        write_table(out, width, header, rows)?;
    }
    Ok(())
}

/// `claimdiff align`: per pair of outlets, the aligned sentences side by side with their score,
/// then a line saying how much of each article found a partner.
pub fn alignment(out: &mut dyn Write, report: &AlignReport, width: u16) -> io::Result<()> {
    let documents = &report.documents;
    for left in 0..documents.len() {
        for right in left + 1..documents.len() {
            // With `--all-pairs` the pairs are found again at each reading rather than held
            // (issue 16): read them as few times as the table allows.
            let pairs = || report.pairs.between(left, right);
            let (a, b) = (&documents[left], &documents[right]);
            let header = vec![
                Cell::new(super::outlet(a)),
                Cell::new(super::outlet(b)),
                Cell::new("score"),
            ];
            let rows = || {
                pairs().map(|pair| {
                    vec![
                        Cell::new(format!(
                            "[{}] {}",
                            pair.left.sentence,
                            clip_long_words(one_line(a.sentence_text(pair.left.sentence)))
                        )),
                        Cell::new(format!(
                            "[{}] {}",
                            pair.right.sentence,
                            clip_long_words(one_line(b.sentence_text(pair.right.sentence)))
                        )),
                        Cell::new(format!("{:.2}", pair.score)).set_alignment(CellAlignment::Right),
                    ]
                })
            };
            // How many pairs, and which sentences of each side have a partner, in one reading.
            let mut count = 0usize;
            let mut used_left = vec![false; a.sentences.len()];
            let mut used_right = vec![false; b.sentences.len()];
            for pair in pairs() {
                count += 1;
                used_left[pair.left.sentence] = true;
                used_right[pair.right.sentence] = true;
            }
            if count > 0 {
                write_table(out, width, header, rows)?;
            }
            let matching = match report.options.matching {
                Matching::OneToOne => "one-to-one",
                Matching::All => "all pairs",
            };
            let aligned = |used: &[bool]| used.iter().filter(|&&u| u).count();
            writeln!(
                out,
                "{} between {} and {} (threshold {:.2}, {matching}); \
                 {} of {} {} sentences and {} of {} {} sentences have a partner",
                super::wording::count(count, "aligned pair"),
                super::outlet(a),
                super::outlet(b),
                report.options.threshold,
                aligned(&used_left),
                a.sentences.len(),
                super::outlet(a),
                aligned(&used_right),
                b.sentences.len(),
                super::outlet(b),
            )?;
        }
    }
    Ok(())
}

/// `claimdiff claims`: every claim of one article with its value and context.
pub fn claims(out: &mut dyn Write, report: &ClaimsReport, width: u16) -> io::Result<()> {
    let document = &report.document;
    let dated = document
        .article
        .published
        .map(|published| {
            format!(
                "; dated {} ({})",
                published.date,
                super::wording::date_source(published.source)
            )
        })
        .unwrap_or_default();
    writeln!(
        out,
        "{} ({}): {}{dated}",
        super::outlet(document),
        super::path(&document.article.path),
        super::wording::count(report.claims.len(), "claim")
    )?;
    let header = ["claim", "value", "counts", "about"]
        .map(Cell::new)
        .to_vec();
    let positions = super::position::Positions::new(&document.article.text);
    let rows = || {
        report.claims.iter().map(|claim| {
            let mut about: Vec<String> = claim
                .context
                .events
                .iter()
                .map(|e| e.as_str().to_string())
                .collect();
            if let Some(side) = claim.context.side {
                about.push(format!("side: {}", side.as_str()));
            }
            vec![
                Cell::new(clip_long_words(claim_cell(document, &positions, claim))),
                Cell::new(super::spoken_value(&claim.value)),
                Cell::new(super::visible(&claim.counted_words().unwrap_or_default())),
                Cell::new(about.join(", ")),
            ]
        })
    };
    write_table(out, width, header, rows)
}

/// `claimdiff compare`: the summary line first, then one row per comparison (conflicts first),
/// a column per outlet, then the count of the claims of one outlet only, which `--all` lists
/// instead (issue 17: the rows that matter above the fold).
pub fn comparison(
    out: &mut dyn Write,
    report: &CompareReport,
    options: &RenderOptions,
) -> io::Result<()> {
    let documents = &report.alignment.documents;
    let summary = Summary::of(report);
    writeln!(out, "{}", summary.line(documents))?;
    let displayed = super::displayed(report, options);
    if !displayed.is_empty() {
        let shown = Shown {
            report,
            only: Some(&displayed),
        };
        comparison_table(out, shown, options)?;
    }
    if !options.all
        && !options.brief
        && let Some(line) = summary.collapsed_line(documents)
    {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// The table of the comparisons shown, without a summary line (a `check` set's section has its
/// counts in the closing summary table instead).
pub(crate) fn comparison_table(
    out: &mut dyn Write,
    shown: Shown<'_>,
    options: &RenderOptions,
) -> io::Result<()> {
    let header = comparison_header(shown).map(Cell::new).collect();
    let style = if options.color {
        DiffStyle::Color
    } else {
        DiffStyle::Markers
    };
    let rows = || {
        comparison_rows(shown, style, options.brief, options.context).map(|row| {
            let verdict = if options.color {
                super::colored_verdict(row.kind, &row.verdict)
            } else {
                row.verdict
            };
            let mut cells = vec![Cell::new(verdict), Cell::new(row.about)];
            cells.extend(row.cells.into_iter().map(Cell::new));
            cells
        })
    };
    write_table(out, options.width, header, rows)
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_a_word_longer_than_any_in_prose_is_cut() {
        use super::{LONGEST_SHOWN_WORD, clip_long_words};
        let prose = "Police said 12,000 people attended. ".repeat(100);
        assert_eq!(clip_long_words(prose.clone()), prose);
        // Issue 16: a quote of 50,000 marks without a space.
        let marks = "\u{201c}'\"\u{2018}".repeat(12_500);
        let clipped = clip_long_words(format!("[0] {marks} (quoted)"));
        assert_eq!(clipped.chars().count(), 4 + LONGEST_SHOWN_WORD + 1 + 9);
        assert!(clipped.ends_with("\u{2026} (quoted)"));
    }

    use super::super::written;
    use super::*;

    fn rows(count: usize) -> impl Iterator<Item = Vec<Cell>> {
        (0..count).map(|i| {
            vec![
                Cell::new(format!("row {i}")),
                Cell::new(format!(
                    "Protesters gathered in the capital for the {i}th day running, police said"
                )),
            ]
        })
    }

    fn table(count: usize) -> String {
        written(|out| {
            write_table(out, 60, vec![Cell::new("a"), Cell::new("b")], || {
                rows(count)
            })
        })
    }

    #[test]
    fn a_table_of_one_block_is_drawn_as_comfy_table_draws_it() {
        let mut whole = new_table(60);
        whole.set_header(["a", "b"]);
        for row in rows(BLOCK_ROWS) {
            whole.add_row(row);
        }
        assert_eq!(table(BLOCK_ROWS), format!("{whole}\n"));
    }

    #[test]
    fn a_long_table_reads_as_one_table_with_every_row() {
        let text = table(2 * BLOCK_ROWS + 7);
        let lines: Vec<&str> = text.lines().collect();
        // One top border, one header rule, one bottom border: the blocks join seamlessly.
        assert!(lines[0].starts_with('┌'));
        assert_eq!(lines.iter().filter(|l| l.starts_with('┌')).count(), 1);
        assert_eq!(lines.iter().filter(|l| l.starts_with('╞')).count(), 1);
        assert_eq!(lines.iter().filter(|l| l.starts_with('└')).count(), 1);
        assert!(lines[lines.len() - 1].starts_with('└'));
        // Every line as wide as the first, so the columns line up from block to block.
        let width = lines[0].chars().count();
        assert!(lines.iter().all(|l| l.chars().count() == width), "{text}");
        assert!(width <= 60, "wider than the table's 60 columns: {width}");
        for i in [0, BLOCK_ROWS - 1, BLOCK_ROWS, 2 * BLOCK_ROWS + 6] {
            assert!(text.contains(&format!("row {i} ")), "row {i} is missing");
        }
    }

    #[test]
    fn columns_that_fit_keep_their_width_and_the_rest_share_the_room() {
        // All fit: each column its content and padding.
        assert_eq!(fit_widths(&[3, 6, 1], 60), [5, 8, 3]);
        // 60 wide, 4 borders: 56 to share. The 7-wide verdict column keeps 9; two long text
        // columns split the remaining 47 (24 and 23).
        assert_eq!(fit_widths(&[7, 200, 90], 60), [9, 24, 23]);
        // Never wider than the table while the columns can be squeezed.
        for widest in [[10u16, 500, 500, 500], [40, 40, 40, 40], [1, 1, 300, 2]] {
            let fitted = fit_widths(&widest, 100);
            let total: u16 = fitted.iter().sum::<u16>() + 5;
            assert!(total <= 100, "{widest:?} -> {fitted:?}");
        }
        // Six columns in 40: the table keeps its width rather than every column its floor.
        let fitted = fit_widths(&[9, 30, 60, 60, 60, 60], 40);
        assert!(fitted.iter().sum::<u16>() + 7 <= 40, "{fitted:?}");
        // Too narrow even for one character a column: each keeps one.
        assert_eq!(fit_widths(&[50, 50], 5), [3, 3]);
    }
}
