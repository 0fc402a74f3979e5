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

/// Found by a review of the quotes stage (differential fuzzing, 4 December 2026): the words
/// before "the <group>" were measured as if every separator were one byte, so a dash or a
/// curly mark before the group shifted the slice into a character (a panic, exit 101) or onto
/// the wrong words (a speaker "the id “the ").
#[test]
fn a_group_after_wide_separators_is_read_at_its_own_bytes() {
    for text in [
        "Crowds\n\nAt the rally \u{2014} \u{201c}a peaceful one\u{201d} \u{2014} \u{2018}the protesters\u{2019} marched. \u{201c}We stay,\u{201d} they said.",
        "\u{2026}\u{2018}\u{2019}the protesters 'ny,' They told",
        "Police \u{2014} and \u{201c}many\u{201d} others \u{2014} said \u{201c}the protesters\u{201d} left. \u{201c}We stay,\u{201d} they said.",
    ] {
        let document = document(text);
        for claim in extract(&document, None) {
            if let Value::Quote(quote) = &claim.value
                && let Some(speaker) = &quote.speaker
            {
                let name = speaker.name.to_string();
                assert!(
                    !name.contains(['\u{201c}', '\u{2018}', '\u{2014}']),
                    "{name:?} in {text:?}"
                );
            }
        }
    }
}
