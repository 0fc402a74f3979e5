//! Quotation marks: where the direct quotations of an article start and end. Takes an article's
//! text; hands on [`Quote`]s without speakers (the parent module attributes them): the byte
//! spans of the quoted words, without the marks or the comma before an attribution, whether the
//! quote is a fragment inside a sentence and whether it never closed.
//!
//! Kept apart from attribution because the two change for different reasons: marks follow
//! typography (straight or curly, a quote running over paragraphs), attribution follows how
//! reporters name their sources.

use std::ops::Range;

use super::Quote;
use crate::segment::{QuoteMark, paragraphs, quote_direction};

/// The quotations of `text`, without speakers.
pub(super) fn find_quotes(text: &str) -> Vec<Quote> {
    let paragraphs = paragraphs(text);
    let mut quotes = Vec::new();
    let mut carried: Vec<Range<usize>> = Vec::new();
    for (p, paragraph) in paragraphs.iter().enumerate() {
        let body = &text[paragraph.clone()];
        let marks: Vec<(usize, char, Option<QuoteMark>)> = body
            .char_indices()
            .filter(|(_, c)| {
                matches!(
                    c,
                    '"' | '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}'
                )
            })
            .map(|(i, c)| (paragraph.start + i, c, quote_direction(body, i, c)))
            .collect();
        let mut open: Option<usize> = None;
        for (position, c, direction) in marks {
            let after_mark = position + c.len_utf8();
            let opens = match direction {
                Some(QuoteMark::Open) => true,
                Some(QuoteMark::Close) => false,
                None => open.is_none(),
            };
            match (opens, open) {
                (true, None) => open = Some(after_mark),
                (true, Some(start)) => {
                    // A new opening mark before the last closed: the last one never closed.
                    push_quote(&mut quotes, &mut carried, text, start..position, true);
                    open = Some(after_mark);
                }
                (false, Some(start)) => {
                    push_quote(&mut quotes, &mut carried, text, start..position, false);
                    open = None;
                }
                (false, None) => {} // a stray closing mark
            }
        }
        if let Some(start) = open {
            let part = start..paragraph.end;
            let next_opens = paragraphs.get(p + 1).is_some_and(|next| {
                text[next.clone()].starts_with(['"', '\u{201c}', '\u{201e}', '\u{ab}'])
            });
            if next_opens {
                if let Some(part) = trim(text, part) {
                    carried.push(part);
                }
            } else {
                push_quote(&mut quotes, &mut carried, text, part, true);
            }
        } else if !carried.is_empty() {
            // The continuation never came: what was carried ends unclosed.
            let parts = std::mem::take(&mut carried);
            quotes.push(new_quote(parts, true));
        }
    }
    if !carried.is_empty() {
        quotes.push(new_quote(carried, true));
    }
    for quote in &mut quotes {
        quote.fragment = is_fragment(text, quote);
    }
    quotes
}

fn new_quote(parts: Vec<Range<usize>>, unclosed: bool) -> Quote {
    Quote {
        parts,
        sentence: 0,
        fragment: false,
        unclosed,
        speaker: None,
    }
}

fn push_quote(
    quotes: &mut Vec<Quote>,
    carried: &mut Vec<Range<usize>>,
    text: &str,
    part: Range<usize>,
    unclosed: bool,
) {
    let mut parts = std::mem::take(carried);
    parts.extend(trim(text, part));
    if !parts.is_empty() {
        quotes.push(new_quote(parts, unclosed));
    }
}

/// Trims whitespace and the attribution comma (`"...,” he said`) off a quoted span.
fn trim(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let slice = &text[range.clone()];
    let start = range.start + (slice.len() - slice.trim_start().len());
    let trimmed = slice.trim();
    let trimmed = trimmed.strip_suffix(',').unwrap_or(trimmed).trim_end();
    let end = start + trimmed.len();
    (start < end).then_some(start..end)
}

/// A few words quoted inside a sentence: not at its start, not introduced by a colon.
fn is_fragment(text: &str, quote: &Quote) -> bool {
    let words = quote
        .parts
        .iter()
        .map(|p| text[p.clone()].split_whitespace().count())
        .sum::<usize>();
    let before = text[..quote.start()].trim_end_matches(['"', '\u{201c}', '\u{201e}', '\u{ab}']);
    let before = before.trim_end();
    let opens_sentence =
        before.is_empty() || before.ends_with(['.', '!', '?', ':', '\n', '\u{201d}', '"']);
    words <= 6 && !opens_sentence
}
