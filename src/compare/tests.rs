//! Matching and verdicts on pairs of short articles written in the style of wire reports, and
//! the verdict rules on their own.

use super::*;
use crate::align::SentenceScorer;
use crate::claims::{Exactness, Quantity, Unit, Value, extract};
use crate::ingest::Article;
use crate::segment::Document;

struct Run {
    documents: Vec<Document>,
    claims: Vec<Vec<Claim>>,
    comparisons: Vec<Comparison>,
}

fn run(texts: &[&str]) -> Run {
    run_dated(texts, None)
}

/// The articles `texts` compared, each dated `date` (`--date`) when given.
fn run_dated(texts: &[&str], date: Option<crate::claims::ArticleDate>) -> Run {
    let documents: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            Document::new(Article::new(
                format!("outlet{i}"),
                format!("outlet{i}.txt"),
                text.to_string(),
            ))
        })
        .collect();
    let claims: Vec<Vec<Claim>> = documents.iter().map(|d| extract(d, date)).collect();
    let comparisons = compare(&documents, &claims, SentenceScorer::new(&documents));
    Run {
        documents,
        claims,
        comparisons,
    }
}

impl Run {
    fn text(&self, r: &ClaimRef) -> &str {
        r.of(&self.claims)
            .text(&self.documents[r.source()].article.text)
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
    // Shown in its disagreement, a claim is not listed again as given by one outlet only.
    let unmatched: Vec<_> = run
        .summary()
        .into_iter()
        .filter(|c| c.0 == Verdict::Unmatched)
        .flat_map(|c| c.2)
        .collect();
    assert!(
        !unmatched.contains(&"5,000") && !unmatched.contains(&"50,000"),
        "{:?}",
        run.summary()
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
    assert!(run.unmatched("10 kilometres"), "{:?}", run.summary());
}

#[test]
fn measures_in_different_units_are_compared_once_converted() {
    let run = run(&[
        "The hurricane's winds reached 120 mph as it made landfall, with storm surge felt 30 miles inland.",
        "Winds of 193 km/h hit the coast as the hurricane made landfall, and the surge reached 48 km inland.",
    ]);
    assert_eq!(
        run.pair("120 mph", "193 km/h"),
        Some(Verdict::Compatible),
        "{:?}",
        run.summary()
    );
    assert_eq!(
        run.pair("30 miles", "48 km"),
        Some(Verdict::Compatible),
        "{:?}",
        run.summary()
    );
    // A speed is never paired with a length.
    assert_eq!(run.pair("120 mph", "48 km"), None, "{:?}", run.summary());
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

#[test]
fn with_three_outlets_one_comparison_names_the_outlier() {
    let run = run(&[
        "More than 100,000 people joined the opposition rally in the capital, organisers said.",
        "The opposition rally drew about 100,000 people, witnesses said.",
        "Police said 10,000 people attended the opposition rally.",
    ]);
    let group = run
        .comparisons
        .iter()
        .find(|c| c.claims.len() == 3)
        .unwrap_or_else(|| panic!("one comparison across three outlets: {:?}", run.summary()));
    assert_eq!(group.verdict, Verdict::Diverge);
    assert_eq!(group.outlier, Some(2));
    let sources: Vec<usize> = group.claims.iter().map(|r| r.source()).collect();
    assert_eq!(sources, [0, 1, 2]);
}

#[test]
fn with_three_agreeing_outlets_there_is_no_outlier() {
    let run = run(&[
        "Some 6,700 people have been arrested since the vote.",
        "Police have arrested 6,700 people, rights groups said.",
        "About 6,700 people were detained after the election.",
    ]);
    let group = run
        .comparisons
        .iter()
        .find(|c| c.claims.len() == 3)
        .expect("grouped");
    assert_eq!(group.verdict, Verdict::Compatible);
    assert_eq!(group.outlier, None);
}

#[test]
fn verdicts_keep_their_words() {
    let verdicts = [
        Verdict::Diverge,
        Verdict::SpeakerConflict,
        Verdict::Reworded,
        Verdict::Compatible,
        Verdict::Agree,
        Verdict::Unmatched,
    ]
    .map(Verdict::as_str);
    assert_eq!(
        verdicts,
        [
            "diverge",
            "speaker_conflict",
            "reworded",
            "compatible",
            "agree",
            "unmatched"
        ]
    );
}

/// One sentence of a wire-style article, from template `template` with figures picked by
/// `a` and `b` and a speaker or outlet picked by `who`.
fn wire_sentence(template: usize, a: usize, b: usize, who: usize) -> String {
    const COUNTS: [&str; 8] = [
        "100", "1,000", "1,200", "5,000", "6,700", "7,000", "100,000", "220,000",
    ];
    const SHARES: [&str; 5] = ["80.1", "80", "10.1", "10", "60"];
    const DATES: [&str; 6] = [
        "9 August",
        "Aug. 9",
        "10 August",
        "Aug. 10",
        "August 9th",
        "16 August",
    ];
    const SOURCES: [&str; 4] = ["police", "officials", "organisers", "the interior ministry"];
    const SPEAKERS: [&str; 3] = ["Smith", "Jones", "Mr Lukashenko"];
    const QUOTES: [&str; 3] = [
        "We will not back down",
        "We will never back down",
        "The vote was stolen",
    ];
    let count = |i: usize| COUNTS[i % COUNTS.len()];
    let (low, high) = {
        let (x, y) = (a % COUNTS.len(), b % COUNTS.len());
        (count(x.min(y)), count(x.max(y)))
    };
    let source = SOURCES[who % SOURCES.len()];
    match template % 9 {
        0 => format!(
            "More than {} people joined the rally in Minsk, {source} said.",
            count(a)
        ),
        1 => format!(
            "About {} protesters rallied in Minsk on Sunday, {source} said.",
            count(a)
        ),
        2 => format!("Between {low} and {high} people joined the opposition rally in Minsk."),
        3 => format!("Police arrested {} protesters on Sunday.", count(a)),
        4 => format!(
            "At least {} people were killed in the clashes, {source} said.",
            count(a)
        ),
        5 => format!(
            "Mr Lukashenko won {}% of the vote and Ms Tikhanovskaya {}%.",
            SHARES[a % SHARES.len()],
            SHARES[b % SHARES.len()]
        ),
        6 => format!("The election took place on {}.", DATES[a % DATES.len()]),
        7 => format!(
            "\"{},\" {} said.",
            QUOTES[a % QUOTES.len()],
            SPEAKERS[who % SPEAKERS.len()]
        ),
        _ => format!(
            "Some {} workers went on strike on {}, {source} said.",
            count(a),
            DATES[b % DATES.len()]
        ),
    }
}

/// A comparison as the mirror test sees it: kind, verdict, internal, and its claims as
/// (source, text).
type Seen = (ClaimKind, Verdict, bool, Vec<(usize, String)>);

/// Every comparison of `run`, with the sources renamed by `source_name`, sorted so two runs
/// compare as multisets.
fn mirrored_summary(run: &Run, source_name: impl Fn(usize) -> usize) -> Vec<Seen> {
    let mut summary: Vec<_> = run
        .comparisons
        .iter()
        .map(|c| {
            let mut claims: Vec<(usize, String)> = c
                .claims
                .iter()
                .map(|r| (source_name(r.source()), run.text(r).to_string()))
                .collect();
            claims.sort();
            (c.kind, c.verdict, c.internal, claims)
        })
        .collect();
    summary.sort();
    summary
}

fn assert_mirrored(a: &str, b: &str) {
    let forward = run(&[a, b]);
    let backward = run(&[b, a]);
    assert_eq!(
        mirrored_summary(&forward, |source| source),
        mirrored_summary(&backward, |source| 1 - source),
        "compare(A, B) and compare(B, A) differ\nA: {a}\nB: {b}"
    );
}

fn wire_article(sentences: &[(usize, usize, usize, usize)]) -> String {
    sentences
        .iter()
        .map(|&(template, a, b, who)| wire_sentence(template, a, b, who))
        .collect::<Vec<_>>()
        .join("\n\n")
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// A pair's verdict does not depend on which outlet came first: comparing A with B and B
    /// with A gives the same comparisons with the articles swapped.
    #[test]
    fn comparing_the_other_way_round_mirrors_the_verdicts(
        left in proptest::collection::vec((0usize..9, 0usize..8, 0usize..8, 0usize..4), 1..7),
        right in proptest::collection::vec((0usize..9, 0usize..8, 0usize..8, 0usize..4), 1..7),
    ) {
        let (a, b) = (wire_article(&left), wire_article(&right));
        let forward = run(&[&a, &b]);
        let backward = run(&[&b, &a]);
        proptest::prop_assert_eq!(
            mirrored_summary(&forward, |source| source),
            mirrored_summary(&backward, |source| 1 - source),
            "\nA: {}\nB: {}", a, b
        );
    }
}

/// Found by the mirror property test: two of B's sentences differ from one of A's by the
/// figure alone, so both tie as its best match. The sentence score summed its terms' weights
/// in the order of their IDs, which depend on which article came first, and the last bit of
/// the sum broke the tie one way one run and the other way the other run.
#[test]
fn a_tie_between_two_look_alike_sentences_is_broken_the_same_both_ways_round() {
    let a = "More than 1,200 people joined the rally in Minsk, officials said.\n\n\
             More than 1,000 people joined the rally in Minsk, police said.";
    let b = "More than 100 people joined the rally in Minsk, police said.\n\n\
             Mr Lukashenko won 80.1% of the vote and Ms Tikhanovskaya 80.1%.\n\n\
             Between 1,200 and 1,200 people joined the opposition rally in Minsk.\n\n\
             Between 100 and 1,200 people joined the opposition rally in Minsk.\n\n\
             More than 220,000 people joined the rally in Minsk, police said.\n\n\
             Police arrested 220,000 protesters on Sunday.";
    assert_mirrored(a, b);
}

mod candidates;
mod groups;
mod negotiation;
mod partners;
mod quotes;
mod reasons;
mod times;
