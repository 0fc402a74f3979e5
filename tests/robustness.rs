//! Robustness: the whole pipeline on arbitrary text built from the pieces that make news copy
//! hard (quote marks of every kind, apostrophes, numbers with separators, dashes, initials,
//! multi-byte letters, paragraph breaks). Nothing may panic, and every span handed on must be a
//! valid slice of the text.

use claimdiff::align::{AlignOptions, SentenceScorer, align};
use claimdiff::claims::extract;
use claimdiff::compare::compare;
use claimdiff::{Article, Document};
use proptest::prelude::*;

const PIECES: &[&str] = &[
    "\"",
    "\u{201c}",
    "\u{201d}",
    "'",
    "\u{2019}",
    "\u{2018}",
    " ",
    " ",
    " ",
    ".",
    ",",
    ":",
    ";",
    "?",
    "!",
    "\n",
    "\n\n",
    "-",
    "\u{2014}",
    "\u{2013}",
    "%",
    "$",
    "\u{a3}",
    "(",
    ")",
    "said",
    "Mr",
    "Ms.",
    "G.",
    "Lukashenko",
    "Ryszard",
    "Z\u{f3}\u{142}w",
    "told",
    "he",
    "she",
    "the",
    "rally",
    "protest",
    "people",
    "killed",
    "arrested",
    "more than",
    "about",
    "between",
    "and",
    "to",
    "100,000",
    "6,700",
    "80.1",
    "9",
    "2020",
    "2020-08-17",
    "17/8/2020",
    "9:30",
    "3-1",
    "August",
    "Aug.",
    "hundreds",
    "two-thirds",
    "half",
    "of",
    "a",
    "rose",
    "fell",
    "1.2",
    "million",
    "bn",
    "aged",
    "years",
    "old",
    "\u{e9}t\u{e9}",
    "\u{1f600}",
    "No.",
    "page",
    "according",
    "who",
    "We",
    "held",
    "election",
    "\t",
    "\r\n",
];

fn article(outlet: &str, text: String) -> Document {
    Document::new(Article::new(outlet.to_string(), outlet, text))
}

fn text_strategy() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 1..120).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_pipeline_never_panics_and_spans_are_valid(a in text_strategy(), b in text_strategy()) {
        let documents = vec![article("a", a), article("b", b)];
        for document in &documents {
            let text = &document.article.text;
            for sentence in &document.sentences {
                let span = sentence.span();
                prop_assert!(span.start < span.end && span.end <= text.len());
                prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            }
        }
        let claims: Vec<_> = documents.iter().map(|d| extract(d, None)).collect();
        for (document, claims) in documents.iter().zip(&claims) {
            let text = &document.article.text;
            for claim in claims {
                let span = claim.span();
                prop_assert!(span.start <= span.end && span.end <= text.len());
                prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                prop_assert!(claim.sentence_index() < document.sentences.len());
                let _ = claim.words(text);
            }
        }
        let scorer = SentenceScorer::new(&documents);
        let pairs = align(&documents, &AlignOptions::default());
        for pair in pairs {
            prop_assert!((0.0..=1.0).contains(&pair.score));
        }
        let _ = compare(&documents, &claims, &scorer);
    }
}
