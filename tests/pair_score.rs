//! The score of one pair of sentences as a user meets it: two one-sentence articles given to
//! `claimdiff compare`, each pair its own run (issue 14). Takes wire-style sentences, hands on
//! nothing: it checks that `align::pair_similarity_alone` is the score the pipeline's
//! [`SentenceScorer`] gives such a run, and checks the property issue 14 asks for, that a pair's
//! score does not depend on what else is in the run (word weights from a fixed background table).

use claimdiff::align::{SentenceRef, SentenceScorer, pair_similarity_alone};
use claimdiff::{Article, Document};
use proptest::prelude::*;

fn document(outlet: &str, text: &str) -> Document {
    Document::new(Article::new(
        outlet.to_string(),
        format!("{outlet}.txt"),
        text.to_string(),
    ))
}

/// The score the pipeline's alignment gives sentence `left` of the first article and `right`
/// of the second.
fn pipeline_score(a: &str, b: &str, left: usize, right: usize) -> f32 {
    let documents = [document("wire", a), document("daily", b)];
    let scorer = SentenceScorer::new(&documents);
    scorer.same_report(
        SentenceRef {
            source: 0,
            sentence: left,
        },
        SentenceRef {
            source: 1,
            sentence: right,
        },
    )
}

const WIRE_PAIRS: &[(&str, &str)] = &[
    (
        "Police in Lagos said 41 protesters were arrested after clashes on Tuesday.",
        "On Tuesday, 41 demonstrators were detained in Lagos, police told reporters.",
    ),
    (
        "The company said revenue rose 4.1% to $6,700 million in the third quarter.",
        "Revenue climbed 4.1 percent to 6700 million dollars, the company said.",
    ),
    (
        "Floods in Sindh killed at least 41 people, officials said on Monday.",
        "Shares in the mining group fell 3% after the chief executive resigned.",
    ),
    ("The minister resigned.", "The minister did not resign."),
];

#[test]
fn alone_is_the_score_of_two_one_sentence_articles() {
    for (a, b) in WIRE_PAIRS {
        let alone = pair_similarity_alone(a, b);
        assert_eq!(alone, pipeline_score(a, b, 0, 0), "{a} / {b}");
        assert_eq!(
            alone,
            pair_similarity_alone(a, b),
            "deterministic: {a} / {b}"
        );
        assert!((0.0..=1.0).contains(&alone), "{alone} for {a} / {b}");
    }
}

/// A short text `compare` splits in two (a quote, an abbreviation the splitter cuts at) scores
/// as its best pair of sentences, as the aligned pair a user would see.
#[test]
fn alone_takes_the_best_sentence_pair_of_texts_that_split() {
    let a = "Floods killed 41 people in Sindh on Tuesday. Markets were calm.";
    let b = "At least 41 people died in floods in Sindh on Tuesday.";
    let documents = [document("wire", a), document("daily", b)];
    assert_eq!(documents[0].sentences.len(), 2);
    let best = pipeline_score(a, b, 0, 0).max(pipeline_score(a, b, 1, 0));
    assert!(best > 0.3, "{best}");
    assert_eq!(pair_similarity_alone(a, b), best);
    assert_eq!(pair_similarity_alone(b, a), best);
}

#[test]
fn alone_is_symmetric_and_one_for_the_same_sentence() {
    for (a, b) in WIRE_PAIRS {
        assert_eq!(pair_similarity_alone(a, b), pair_similarity_alone(b, a));
        assert!((pair_similarity_alone(a, a) - 1.0).abs() < 1e-6, "{a}");
    }
}

#[test]
fn alone_gives_zero_for_empty_and_odd_text() {
    assert_eq!(pair_similarity_alone("", ""), 0.0);
    assert_eq!(
        pair_similarity_alone("", "Police said 41 people died."),
        0.0
    );
    // Multi-byte text and lone punctuation never panic.
    let odd = pair_similarity_alone("Zürich: „41“ — Ärzte…", "…");
    assert!((0.0..=1.0).contains(&odd));
}

/// The score of sentence `it` of `a` and `b` when each stands inside an article of other lines.
fn in_articles(a: &str, b: &str, before: &[&str], after: &[&str]) -> f32 {
    let article = |it: &str| {
        let mut lines = before.to_vec();
        lines.push(it);
        lines.extend(after);
        lines.join("\n") + "\n"
    };
    pipeline_score(&article(a), &article(b), before.len(), before.len())
}

#[test]
fn a_wire_pair_scores_the_same_inside_a_long_article() {
    let (a, b) = WIRE_PAIRS[0];
    let before = [
        "Police said the march began peacefully in the morning.",
        "Police fired tear gas, police said, and police made arrests.",
    ];
    let after = [
        "Lagos state officials said 41 people were treated in hospital.",
        "The governor of Lagos said protesters would be released on Wednesday.",
    ];
    let alone = pair_similarity_alone(a, b);
    assert!(alone > 0.2, "{alone}");
    assert_eq!(in_articles(a, b, &before, &after), alone);
}

/// A word's standing as a name (which lets it match another spelling) comes from the word, not
/// from having been seen capitalised in some other sentence of the run.
#[test]
fn a_name_seen_elsewhere_in_the_run_does_not_change_a_pairs_score() {
    let a = "Kharkiv was shelled overnight, the regional governor said.";
    let b = "Kharkov was shelled overnight, the regional governor told reporters.";
    let alone = pair_similarity_alone(a, b);
    let after = [
        "Residents fled Kharkiv on Tuesday.",
        "Trains left Kharkov for Lviv.",
    ];
    assert_eq!(in_articles(a, b, &[], &after), alone);
    // The two spellings are one city: the pair scores as if they were the same word, or nearly.
    let same = pair_similarity_alone(a, &b.replace("Kharkov", "Kharkiv"));
    assert!(alone > 0.8 * same, "{alone} vs {same}");
}

const ACTORS: &[&str] = &[
    "Police",
    "The minister",
    "Officials",
    "The company",
    "Witnesses",
    "The army",
    "Rebels",
    "The mayor",
    "Doctors",
    "The union",
];
const VERBS: &[&str] = &[
    "said",
    "reported",
    "denied",
    "confirmed",
    "told reporters",
    "announced",
    "warned",
];
const EVENTS: &[&str] = &[
    "people were killed",
    "protesters were arrested",
    "workers went on strike",
    "homes were flooded",
    "shares fell",
    "troops were deployed",
    "votes were counted",
    "patients were evacuated",
];
const PLACES: &[&str] = &[
    "Lagos", "Dhaka", "Kyiv", "Lima", "Sindh", "Aceh", "Nairobi", "Gdansk", "Quito", "Tunis",
];

/// A wire-style sentence, one per line of an article.
fn wire_sentence() -> impl Strategy<Value = String> {
    (
        0..ACTORS.len(),
        0..VERBS.len(),
        1u32..100_000,
        0..EVENTS.len(),
        0..PLACES.len(),
    )
        .prop_map(|(a, v, n, e, p)| {
            format!(
                "{} {} {n} {} in {}.",
                ACTORS[a], VERBS[v], EVENTS[e], PLACES[p]
            )
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Issue 14: a pair's score is a function of the pair alone, whatever else is in the run.
    #[test]
    fn a_pair_scores_the_same_whatever_else_is_in_the_run(
        a in wire_sentence(),
        b in wire_sentence(),
        before_a in prop::collection::vec(wire_sentence(), 0..6),
        after_a in prop::collection::vec(wire_sentence(), 0..6),
        before_b in prop::collection::vec(wire_sentence(), 0..6),
        after_b in prop::collection::vec(wire_sentence(), 0..6),
    ) {
        let alone = pair_similarity_alone(&a, &b);
        let article = |before: &[String], it: &str, after: &[String]| {
            let mut lines: Vec<&str> = before.iter().map(String::as_str).collect();
            lines.push(it);
            lines.extend(after.iter().map(String::as_str));
            lines.join("\n") + "\n"
        };
        let left = article(&before_a, &a, &after_a);
        let right = article(&before_b, &b, &after_b);
        // Every line is one sentence, so the pair sits at the index of its line.
        let documents = [document("wire", &left), document("daily", &right)];
        prop_assert_eq!(documents[0].sentences.len(), before_a.len() + 1 + after_a.len());
        prop_assert_eq!(documents[1].sentences.len(), before_b.len() + 1 + after_b.len());
        let in_run = pipeline_score(&left, &right, before_a.len(), before_b.len());
        prop_assert!(
            (in_run - alone).abs() <= 1e-6,
            "alone {} but {} in the run", alone, in_run
        );
    }
}
