//! Regression tests for what the fuzz targets found (`fuzz/`, docs/robustness.md "Fuzzing"):
//! each test is a found input, made as small as it would go, run through the same public entry
//! point as the target that found it. Slow inputs found by the cost target are scaled down and
//! checked by the work they make, never by time.

use claimdiff::claims::{Value, extract};
use claimdiff::{Article, Document};

fn document(text: &str) -> Document {
    Document::new(Article::new("a", "a.txt", text))
}

/// Found by `compare` (a BBC page's copyright line run into a quote, its one paragraph set aside
/// as page furniture): quotes in an article whose every sentence is set aside were attributed to
/// sentence `len - 1` of none, an overflow (debug) or an index out of bounds (release:
/// `claimdiff claims` exited 101 with a panic).
#[test]
fn a_quote_in_an_article_with_no_story_sentence_is_no_claim() {
    for text in [
        "\"Hello\" (c) 2021 BBC",
        "\u{a9} 2021 BBC \"News\" said he.",
    ] {
        let document = document(text);
        assert!(document.sentences.is_empty(), "{text:?} is all furniture");
        let quotes = extract(&document, None)
            .into_iter()
            .filter(|claim| matches!(claim.value, Value::Quote(_)))
            .count();
        assert_eq!(quotes, 0, "{text:?}");
    }
}
