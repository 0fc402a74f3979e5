//! What the fuzz targets share: how bytes become article texts, and the invariants every stage
//! promises (spans inside the text, on character boundaries, in order). Included by each target
//! with `#[path]`, so it is no target of its own.

#![allow(dead_code)]

use claimdiff::claims::{Claim, Value};
use claimdiff::{Article, Document};

/// The fuzz input as text: lossy, as ingest's own fallback decoding never fails either.
pub fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// Two article texts: the bytes before and after the first 0xFF (a byte no UTF-8 holds), else
/// the text twice, which is what the repetition reproducers of issue 16 compare.
pub fn two_texts(data: &[u8]) -> (String, String) {
    match data.iter().position(|&b| b == 0xFF) {
        Some(at) => (text(&data[..at]), text(&data[at + 1..])),
        None => (text(data), text(data)),
    }
}

/// The articles `a` and `b` of two texts.
pub fn articles(data: &[u8]) -> Vec<Article> {
    let (a, b) = two_texts(data);
    vec![Article::new("a", "a.txt", a), Article::new("b", "b.txt", b)]
}

/// `span` lies inside `text` and on character boundaries.
pub fn check_span(text: &str, start: usize, end: usize, what: &str) {
    assert!(start <= end, "{what}: span {start}..{end} runs backwards");
    assert!(
        end <= text.len(),
        "{what}: span {start}..{end} past {}",
        text.len()
    );
    assert!(
        text.is_char_boundary(start),
        "{what}: {start} inside a character"
    );
    assert!(
        text.is_char_boundary(end),
        "{what}: {end} inside a character"
    );
}

/// A document's sentences are numbered in order, inside its text, and do not overlap.
pub fn check_document(document: &Document) {
    let text = &document.article.text;
    let mut last_end = 0;
    for (index, sentence) in document.sentences.iter().enumerate() {
        let span = sentence.span();
        check_span(text, span.start, span.end, "sentence");
        assert!(
            span.start >= last_end,
            "sentence {index} overlaps the one before"
        );
        last_end = span.end;
    }
}

/// A claim's spans (its own, a quote's parts, its speaker's) lie inside the text.
pub fn check_claim(text: &str, claim: &Claim) {
    check_span(text, claim.start as usize, claim.end as usize, "claim");
    if let Value::Quote(quote) = &claim.value {
        for part in quote.parts.iter() {
            check_span(text, part.start, part.end, "quote part");
        }
        if let Some(speaker) = &quote.speaker {
            check_span(text, speaker.span.start, speaker.span.end, "speaker");
        }
    }
}
