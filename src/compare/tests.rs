//! Matching and verdicts on pairs of short articles written in the style of wire reports, and
//! the verdict rules on their own.

use super::*;
use crate::align::SentenceScorer;
use crate::claims::extract;
use crate::ingest::Article;
use crate::segment::Document;

struct Run {
    documents: Vec<Document>,
    claims: Vec<Vec<Claim>>,
    comparisons: Vec<Comparison>,
}

fn run(texts: &[&str]) -> Run {
    let documents: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            Document::new(Article {
                outlet: format!("outlet{i}"),
                path: format!("outlet{i}.txt").into(),
                text: text.to_string(),
            })
        })
        .collect();
    let claims: Vec<Vec<Claim>> = documents.iter().map(|d| extract(d, None)).collect();
    let comparisons = compare(&documents, &claims, &SentenceScorer::new(&documents));
    Run {
        documents,
        claims,
        comparisons,
    }
}

impl Run {
    fn text(&self, r: &ClaimRef) -> &str {
        self.claims[r.source][r.claim].text(&self.documents[r.source].article.text)
    }

    /// Each comparison as (verdict, internal, claim texts).
    fn summary(&self) -> Vec<(Verdict, bool, Vec<&str>)> {
        self.comparisons
            .iter()
            .map(|c| {
                (
                    c.verdict,
                    c.internal,
                    c.claims.iter().map(|r| self.text(r)).collect(),
                )
            })
            .collect()
    }

    fn pair(&self, a: &str, b: &str) -> Option<Verdict> {
        self.comparisons
            .iter()
            .find(|c| {
                c.claims.len() == 2
                    && !c.internal
                    && self.text(&c.claims[0]) == a
                    && self.text(&c.claims[1]) == b
            })
            .map(|c| c.verdict)
    }

    fn unmatched(&self, text: &str) -> bool {
        self.comparisons
            .iter()
            .any(|c| c.verdict == Verdict::Unmatched && self.text(&c.claims[0]) == text)
    }
}

#[test]
fn arrests_stated_differently_are_compatible() {
    let run = run(&[
        "Police said 1,200 people were detained in the capital on Saturday.",
        "More than 1,000 protesters were arrested, police said.",
    ]);
    assert_eq!(
        run.pair("1,200", "More than 1,000"),
        Some(Verdict::Compatible),
        "{:?}",
        run.summary()
    );
}

#[test]
fn same_figure_in_other_words_agrees() {
    let run = run(&[
        "Some 6,700 people have been arrested since the vote.",
        "Authorities have detained some 6,700 people, rights groups say.",
    ]);
    assert_eq!(
        run.pair("Some 6,700", "some 6,700"),
        Some(Verdict::Agree),
        "{:?}",
        run.summary()
    );
}

#[test]
fn approximate_and_precise_figures_are_compatible() {
    let run = run(&[
        "Some 6,700 people have been arrested.",
        "Rights groups counted 6,712 people detained.",
    ]);
    assert_eq!(run.pair("Some 6,700", "6,712"), Some(Verdict::Compatible));
    let run = self::run(&[
        "Nearly 7,000 people were evacuated from the coast.",
        "Officials evacuated 6,900 people from coastal villages.",
    ]);
    assert_eq!(
        run.pair("Nearly 7,000", "6,900"),
        Some(Verdict::Compatible),
        "{:?}",
        run.summary()
    );
}

#[test]
fn conflicting_death_tolls_diverge() {
    let run = run(&[
        "At least 41 people were killed when the ferry capsized.",
        "The ferry disaster killed 12 people, officials said.",
    ]);
    assert_eq!(
        run.pair("At least 41", "12"),
        Some(Verdict::Diverge),
        "{:?}",
        run.summary()
    );
}

#[test]
fn numbers_about_different_events_are_not_paired() {
    let run = run(&[
        "Police arrested 300 people after the match.",
        "The rally drew 5,000 people to the square.",
    ]);
    assert!(run.unmatched("300"), "{:?}", run.summary());
    assert!(run.unmatched("5,000"), "{:?}", run.summary());
}

#[test]
fn rival_rallies_are_told_apart_by_side() {
    let run = run(&[
        "Some 20,000 people attended a pro-government rally in the morning. An opposition protest in the afternoon drew 50,000 people.",
        "The opposition protest drew about 45,000 people, organisers said.",
    ]);
    assert_eq!(
        run.pair("50,000", "about 45,000"),
        Some(Verdict::Compatible),
        "{:?}",
        run.summary()
    );
    assert!(run.unmatched("Some 20,000"), "{:?}", run.summary());
}

#[test]
fn dates_in_different_forms_agree_and_different_dates_diverge() {
    let run = run(&[
        "The vote on 3 March was marred by violence.",
        "Observers criticised the March 3 vote.",
    ]);
    assert_eq!(run.pair("3 March", "March 3"), Some(Verdict::Agree));
    let run = self::run(&[
        "The vote on 3 March was marred by violence.",
        "Observers criticised the March 13 vote.",
    ]);
    assert_eq!(run.pair("3 March", "March 13"), Some(Verdict::Diverge));
}

#[test]
fn vote_shares_of_different_candidates_are_not_paired() {
    let run = run(&[
        "Smith won 52% of the vote, ahead of Jones.",
        "Jones took 47% of the vote, the commission said.",
    ]);
    assert!(run.unmatched("52%"), "{:?}", run.summary());
    assert!(run.unmatched("47%"), "{:?}", run.summary());
    let run = self::run(&[
        "Jones won 45% of the vote.",
        "Jones took 47% of the vote, the commission said.",
    ]);
    assert_eq!(
        run.pair("45%", "47%"),
        Some(Verdict::Diverge),
        "{:?}",
        run.summary()
    );
}

#[test]
fn opposite_directions_diverge_even_with_equal_numbers() {
    let run = run(&[
        "Unemployment rose 2% in May.",
        "Unemployment fell 2% in May.",
    ]);
    assert_eq!(
        run.pair("rose 2%", "fell 2%").or(run.pair("2%", "2%")),
        Some(Verdict::Diverge),
        "{:?}",
        run.summary()
    );
}

#[test]
fn an_outlet_contradicting_itself_is_flagged() {
    let run = run(&[
        "Police said 5,000 people attended the rally, but organisers put the crowd at 50,000.",
        "Thousands rallied in the square.",
    ]);
    let internal: Vec<_> = run.summary().into_iter().filter(|c| c.1).collect();
    assert_eq!(
        internal,
        [(Verdict::Diverge, true, vec!["5,000", "50,000"])]
    );
}

#[test]
fn figures_for_different_days_from_one_source_are_not_a_contradiction() {
    let run = run(&[
        "Police arrested 30 people on Friday. Police arrested 45 people on Saturday.",
        "Dozens were held over the weekend.",
    ]);
    assert!(run.summary().iter().all(|c| !c.1), "{:?}", run.summary());
}

#[test]
fn figures_of_an_earlier_event_are_not_paired_with_todays() {
    let run = run(&[
        "The quake killed at least five people on Tuesday. In 2004, a tsunami killed some 230,000 people in the region.",
        "Officials said at least 24 people were killed by Tuesday's quake.",
    ]);
    assert_eq!(
        run.pair("at least five", "at least 24"),
        Some(Verdict::Compatible),
        "{:?}",
        run.summary()
    );
    assert!(run.unmatched("some 230,000"), "{:?}", run.summary());
    // Both outlets recalling the same earlier disaster are compared with each other.
    let run = self::run(&[
        "In 2004 a tsunami killed 170,000 people in the province.",
        "In 2004, a magnitude 9.1 quake triggered a tsunami that killed some 230,000 people.",
    ]);
    assert_eq!(
        run.pair("170,000", "some 230,000"),
        Some(Verdict::Diverge),
        "{:?}",
        run.summary()
    );
}

#[test]
fn measurements_are_only_compared_with_the_same_measurement() {
    let run = run(&[
        "The 6.1-magnitude quake struck at a depth of 10 kilometres, killing 24 people.",
        "A quake of magnitude 6.1 killed 24 people.",
    ]);
    assert_eq!(
        run.pair("6.1", "6.1"),
        Some(Verdict::Agree),
        "{:?}",
        run.summary()
    );
    assert!(run.unmatched("10"), "{:?}", run.summary());
}

#[test]
fn a_bare_figure_in_a_clause_of_its_own_needs_a_related_sentence() {
    let run = run(&[
        "One report said six children were killed and 14 trapped under debris.",
        "Rescuers said one man was killed in a landslide in the north of the province last night.",
    ]);
    assert!(run.unmatched("14"), "{:?}", run.summary());
}

fn count(low: Option<f64>, high: Option<f64>, exactness: Exactness) -> Value {
    Value::Quantity(Quantity {
        low,
        high,
        exactness,
        direction: None,
        unit: Unit::Count,
    })
}

#[test]
fn verdict_rules() {
    use Exactness::*;
    let exact = |v: f64| count(Some(v), Some(v), Exact);
    let about = |v: f64| count(Some(v), Some(v), Approximate);
    let at_least = |v: f64| count(Some(v), None, LowerBound);
    let at_most = |v: f64| count(None, Some(v), UpperBound);
    let range = |a: f64, b: f64| count(Some(a), Some(b), Range);
    assert_eq!(
        verdict(&exact(100_000.0), &exact(100_000.0)),
        Verdict::Agree
    );
    assert_eq!(
        verdict(&at_least(100_000.0), &range(100_000.0, 220_000.0)),
        Verdict::Compatible
    );
    assert_eq!(
        verdict(&at_least(300_000.0), &range(100_000.0, 220_000.0)),
        Verdict::Diverge
    );
    assert_eq!(verdict(&about(6700.0), &exact(6712.0)), Verdict::Compatible);
    assert_eq!(
        verdict(&exact(6700.0), &exact(6712.0)),
        Verdict::Compatible,
        "6,700 may be rounded"
    );
    assert_eq!(verdict(&exact(6712.0), &exact(6713.0)), Verdict::Diverge);
    assert_eq!(
        verdict(&exact(100_000.0), &exact(104_000.0)),
        Verdict::Compatible
    );
    assert_eq!(
        verdict(&exact(100_000.0), &exact(110_000.0)),
        Verdict::Diverge
    );
    assert_eq!(
        verdict(&exact(65_000.0), &about(10_000.0)),
        Verdict::Diverge
    );
    assert_eq!(verdict(&at_most(50.0), &exact(41.0)), Verdict::Compatible);
    assert_eq!(verdict(&at_most(50.0), &at_least(60.0)), Verdict::Diverge);
    assert_eq!(verdict(&about(7000.0), &exact(6900.0)), Verdict::Compatible);
}
