//! Shown words: a claim's words as a table cell shows them. Takes the words (a slice of the
//! article, or a quote's words displayed from its spans); hands on one line of at most
//! [`LONGEST_SHOWN_CLAIM`] characters, with an ellipsis and how many there were when there
//! were more.
//!
//! Why: a quotation joined from 150,000 pieces of a paragraph of mixed marks is a 1.2 MB span
//! (issue 16), and its cell copied it to one line, then again, before the table cut its long
//! words; that was most of what `claims` held at its peak. Only the characters shown are copied
//! now, the rest counted as they are written. JSON and CSV keep every word.

use super::{one_line, wording};
use crate::claims::Claim;

/// The most characters of a claim's words a table cell shows. No quote a reporter writes comes
/// near it; a quotation of megabytes does (a paragraph of mixed marks, issue 16), and building
/// its cell, copying it and laying it out was most of what `claims` held at its peak. JSON and
/// CSV keep every word.
pub(crate) const LONGEST_SHOWN_CLAIM: usize = 1_000;

/// `words` on one line ([`one_line`]), or for words longer than [`LONGEST_SHOWN_CLAIM`]
/// characters their first ones, an ellipsis and how long they were. Only that many are copied:
/// the rest is counted as it is written.
pub(super) fn shown_words(words: impl std::fmt::Display) -> String {
    let mut kept = Kept::default();
    // Writing into `Kept` cannot fail.
    let _ = std::fmt::write(&mut kept, format_args!("{words}"));
    if kept.chars <= LONGEST_SHOWN_CLAIM {
        return one_line(&kept.text);
    }
    let cut = kept
        .text
        .char_indices()
        .nth(LONGEST_SHOWN_CLAIM)
        .map_or(kept.text.len(), |(at, _)| at);
    format!(
        "{}\u{2026} {}",
        one_line(&kept.text[..cut]),
        wording::length_in_all(kept.chars)
    )
}

/// The first [`LONGEST_SHOWN_CLAIM`] characters written to it and one more, and how many were
/// written in all.
#[derive(Default)]
struct Kept {
    text: String,
    chars: usize,
}

impl std::fmt::Write for Kept {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        for c in s.chars() {
            if self.chars <= LONGEST_SHOWN_CLAIM {
                self.text.push(c);
            }
            self.chars += 1;
        }
        Ok(())
    }
}

/// A quote claim's words as a cell shows them ([`shown_words`]), written from its spans.
pub(super) fn shown_quote(claim: &Claim, text: &str) -> String {
    match claim.quote() {
        Some(quote) => shown_words(quote.words(text)),
        None => shown_words(claim.text(text)),
    }
}

#[cfg(test)]
mod tests {
    use super::super::with_separators;
    use crate::ingest::Article;
    use crate::pipeline::ClaimsReport;
    use crate::segment::Document;

    /// One quotation joined from `pieces` pieces of a paragraph of mixed marks (issue 16), and
    /// a figure of news copy before it.
    fn long_quote(pieces: usize) -> ClaimsReport {
        let text = format!(
            "Police said 41 people were detained.\n\n{}",
            "\u{201c}'\"\u{2018}".repeat(pieces)
        );
        let document = Document::new(Article::new("wire", "wire.txt", &text));
        let claims = crate::claims::extract(&document, None);
        ClaimsReport { document, claims }
    }

    #[test]
    fn a_table_cell_cuts_a_long_quote_and_says_how_long_it_was() {
        let report = long_quote(5_000);
        let table = super::super::written(|out| super::super::table::claims(out, &report, 100));
        assert!(table.contains("41"), "{table}");
        let quote = &report.claims[1];
        assert!(quote.quote().is_some());
        let document = &report.document;
        let written = quote.text(&document.article.text).chars().count();
        assert!(written > 19_000, "{written}");
        let positions = super::super::Positions::new(&document.article.text);
        let cell = super::super::claim_cell(document, &positions, quote);
        let said = format!(
            "\u{2026} ({} characters in all) (quoted)",
            with_separators(written as f64)
        );
        assert!(cell.ends_with(&said), "{cell}");
        // The cell shows a bounded part of the quote: the table is a few kilobytes, not the
        // 40 KB of the quote.
        assert!(table.len() < 8_000, "{} bytes", table.len());
    }

    #[test]
    fn a_quote_a_reporter_could_write_is_shown_whole() {
        let words = "We will not leave, and we will not be silent. ".repeat(21);
        let shown = super::shown_words(words.trim_end());
        assert_eq!(shown, words.trim_end());
        assert!(shown.chars().count() < super::LONGEST_SHOWN_CLAIM);
        let longer = "We will not leave. ".repeat(60);
        let cut = super::shown_words(longer.trim_end());
        assert!(cut.ends_with("\u{2026} (1,139 characters in all)"), "{cut}");
        assert_eq!(cut.chars().count(), super::LONGEST_SHOWN_CLAIM - 1 + 27);
    }

    #[test]
    fn json_keeps_a_long_quote_whole() {
        let report = long_quote(5_000);
        let json = super::super::written(|out| super::super::json::write_claims(out, &report));
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        let quote = &value["claims"][1];
        let parts = quote["parts"].as_array().unwrap();
        assert_eq!(parts.len(), 5_000);
        let text = &report.document.article.text;
        let first = text.find('\'').unwrap();
        for (k, part) in parts.iter().enumerate() {
            let at = first + 8 * k;
            assert_eq!(part, &serde_json::json!([at, at + 1]));
        }
        assert_eq!(quote["text"], vec!["'"; 5_000].join(" "));
        assert_eq!(value["claims"][0]["text"], "41");
    }
}
