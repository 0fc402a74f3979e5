//! Quote matching across outlets on wire-style pairs: the same words, translations, fragments,
//! speakers that conflict, and one speaker's statement reworded.

use super::*;

fn quote_pair<'r>(run: &'r Run, a: &str) -> Option<&'r Comparison> {
    run.comparisons.iter().find(|c| {
        c.kind == ClaimKind::Quote && c.claims.len() == 2 && run.words(&c.claims[0]).starts_with(a)
    })
}

impl Run {
    fn words(&self, r: &ClaimRef) -> String {
        r.of(&self.claims)
            .words(&self.documents[r.source()].article.text)
    }
}

#[test]
fn the_same_quote_verbatim_agrees_despite_marks_and_case() {
    let run = run(&[
        "\"We will not give up,\" Mr Okafor said on Monday.",
        "Union leader Samuel Okafor said: \u{201c}We will NOT give up.\u{201d}",
    ]);
    let pair = quote_pair(&run, "We will not give up").expect("paired");
    assert_eq!(pair.verdict, Verdict::Agree);
    // The fuller of the two names, whichever outlet comes first (issue 16 item 12).
    assert_eq!(pair.subject(&run.claims), "Samuel Okafor");
}

#[test]
fn two_translations_of_one_quote_are_reworded_with_a_diff() {
    let run = run(&[
        "Mr Lukashenko told workers: \"We held the election. Until you kill me, there will be no other election.\"",
        "\u{201c}We had elections. Until you kill me, there will not be any more elections,\u{201d} Alexander Lukashenko said.",
    ]);
    let pair = quote_pair(&run, "We held the election").expect("paired");
    assert_eq!(pair.verdict, Verdict::Reworded);
    let diff = pair.diff.as_ref().unwrap();
    assert_eq!(
        crate::report::wording::diff_markers(diff),
        "We [-held the election-] {+had elections+} Until you kill me there will {+not+} be [-no other election-] {+any more elections+}"
    );
}

#[test]
fn the_same_words_from_different_speakers_are_a_speaker_conflict() {
    let run = run(&[
        "\"The election was stolen from the people,\" said opposition leader Maria Kolesnikova.",
        "\"The election was stolen from the people,\" said Viktor Babariko, a former banker.",
    ]);
    let pair = quote_pair(&run, "The election was stolen").expect("paired");
    assert_eq!(pair.verdict, Verdict::SpeakerConflict);
}

#[test]
fn different_words_from_different_speakers_are_not_paired() {
    let run = run(&[
        "\"We will rebuild every house,\" said Mayor Anna Kowalski.",
        "\"Nobody warned us about the flood,\" said Piotr Nowak, a farmer.",
    ]);
    assert!(quote_pair(&run, "We will rebuild").is_none());
    assert_eq!(
        run.comparisons
            .iter()
            .filter(|c| c.verdict == Verdict::Unmatched)
            .count(),
        2
    );
}

#[test]
fn a_fragment_is_found_inside_the_longer_quote() {
    let run = run(&[
        "In a video, she said she was ready to become a \"national leader\". Svetlana Tikhanovskaya spoke from Vilnius.",
        "\"I am ready to take responsibility and act as a national leader,\" Svetlana Tikhanovskaya said in a video.",
    ]);
    let pair = run
        .comparisons
        .iter()
        .find(|c| c.kind == ClaimKind::Quote && c.claims.len() == 2)
        .expect("fragment paired with the full quote");
    assert_eq!(run.words(&pair.claims[0]), "national leader");
    assert_eq!(pair.verdict, Verdict::Agree, "{:?}", pair.diff);
}

#[test]
fn one_quote_may_match_two_quotes_that_split_it() {
    let run = run(&[
        "\"You will never get me to do anything under pressure. We had elections,\" Lukashenko said.",
        "\u{201c}You will never get me to do anything under pressure,\u{201d} Alexander Lukashenko told workers. The workers booed. \u{201c}We had elections,\u{201d} he said.",
    ]);
    let pairs: Vec<_> = run
        .comparisons
        .iter()
        .filter(|c| c.kind == ClaimKind::Quote && c.claims.len() == 2)
        .collect();
    assert_eq!(pairs.len(), 2, "{:?}", run.summary());
    assert!(pairs.iter().all(|c| c.claims[0] == pairs[0].claims[0]));
    assert!(
        pairs.iter().all(|c| c.verdict == Verdict::Agree),
        "{:?}",
        pairs
    );
}

#[test]
fn an_unknown_speaker_does_not_block_a_match() {
    let run = run(&[
        "\"The world has watched with horror at the violence,\" said .",
        "\"The world has watched with horror at the violence used by the authorities,\" said Foreign Secretary Dominic Raab.",
    ]);
    let pair = quote_pair(&run, "The world has watched").expect("paired");
    assert_eq!(pair.verdict, Verdict::Agree);
}

#[test]
fn an_unnamed_witness_does_not_conflict_with_a_named_one() {
    let run = run(&[
        "\"I saw the roofs fall onto people,\" a Bukit Sama village resident told AP.",
        "\"I saw the roofs fall onto people,\" said Bensu Elianita, a resident of Bukit Sama.",
    ]);
    let pair = quote_pair(&run, "I saw the roofs").expect("paired");
    assert_eq!(pair.verdict, Verdict::Agree);
}

#[test]
fn one_speakers_statement_in_two_translations_is_reworded() {
    let run = run(&[
        "\"We will never hand over the country while I live,\" President Alexander Lukashenko told supporters in Minsk.",
        "\"As long as I am alive, I will not give the country away,\" Lukashenko said at the rally.",
    ]);
    let pair = quote_pair(&run, "We will never hand over").expect("linked as reworded");
    assert_eq!(pair.verdict, Verdict::Reworded);
    assert!(pair.diff.as_ref().is_some_and(|d| !d.is_empty()));
}

#[test]
fn one_speakers_different_statements_stay_apart() {
    let run = run(&[
        "\"We will build new roads in every region,\" Lukashenko said.",
        "\"The protesters are paid with foreign money,\" Alexander Lukashenko said.",
    ]);
    assert!(
        quote_pair(&run, "We will build").is_none(),
        "{:?}",
        run.summary()
    );
}

#[test]
fn a_loose_rewording_needs_the_same_named_speaker() {
    // Different speakers, or one unknown: partly shared words are no evidence.
    let run = run(&[
        "\"We will never hand over the country while I live,\" Lukashenko said.",
        "\"As long as I am alive, the country will be free,\" Svetlana Tikhanovskaya said.",
    ]);
    assert!(
        quote_pair(&run, "We will never").is_none(),
        "{:?}",
        run.summary()
    );
    let run = self::run(&[
        "\"We will never hand over the country while I live,\" Lukashenko said.",
        "Crowds chanted. \"As long as I am alive, I will not give the country away.\"",
    ]);
    assert!(
        quote_pair(&run, "We will never").is_none(),
        "{:?}",
        run.summary()
    );
}

#[test]
fn a_fragment_never_takes_the_place_of_the_full_quotation() {
    let run = run(&[
        "\"We will not give up, and we will win this election,\" said Samuel Okafor. Later Okafor said the union would \"not give up\".",
        "\"We will not give up and we will win the election,\" union leader Samuel Okafor said.",
    ]);
    let pair =
        quote_pair(&run, "We will not give up, and we will win").expect("full quotes paired");
    assert!(
        run.words(&pair.claims[1])
            .starts_with("We will not give up and")
    );
}

#[test]
fn quotes_in_single_marks_are_matched_like_double() {
    let run = run(&[
        "\u{2018}We will not back down,\u{2019} Ms Reyes said.",
        "\"We will not back down,\" said Carla Reyes, the union leader.",
    ]);
    let pair = quote_pair(&run, "We will not back down").expect("paired");
    assert_eq!(pair.verdict, Verdict::Agree);
}

// Review of issue 12 (i12-review): failing cases found by a hostile read. Tests only.

#[test]
fn review_one_speakers_different_statements_on_one_topic_are_not_reworded() {
    let run = run(&[
        "Senator Jane Ortiz spoke in Washington on Tuesday. \
         \"The border is not secure and the president knows it,\" Ortiz said.",
        "Senator Jane Ortiz spoke in Washington on Tuesday. \
         \"The president should visit the border,\" Ortiz said.",
    ]);
    assert!(
        quote_pair(&run, "The border is not secure").is_none(),
        "{:?}",
        run.summary()
    );
    let run = self::run(&[
        "Senator Jane Ortiz spoke on Tuesday. \
         \"This budget raises taxes on working families,\" Ortiz said.",
        "Senator Jane Ortiz spoke on Tuesday. \
         \"We will never vote for a budget that raises taxes,\" Ortiz said.",
    ]);
    assert!(
        quote_pair(&run, "This budget raises").is_none(),
        "{:?}",
        run.summary()
    );
}

#[test]
fn review_a_second_speakers_quote_after_an_interruption_still_matches() {
    let run = run(&[
        "Senator Jane Ortiz and Representative Tom Baker clashed over the budget on Tuesday. \
         \"We need more time to read this bill,\" Ortiz told reporters. Baker, speaking later, \
         said, \"We have had enough time to read it, and we will vote on Thursday.\"",
        "Senator Jane Ortiz and Representative Tom Baker clashed over the budget on Tuesday. \
         \"We have had enough time to read it, and we will vote on Thursday,\" Baker said.",
    ]);
    let pair = run
        .comparisons
        .iter()
        .find(|c| {
            c.kind == ClaimKind::Quote
                && c.claims.len() == 2
                && run
                    .words(&c.claims[1])
                    .starts_with("We have had enough time")
        })
        .unwrap_or_else(|| panic!("Baker's quote unmatched: {:?}", run.summary()));
    assert_eq!(pair.verdict, Verdict::Agree);
}

#[test]
fn review2_a_negation_flip_is_no_rewording() {
    // "We will never raise taxes" and "We will raise taxes ... if we must" share most words in
    // order, so the diff pairs them and calls them `reworded`: the same statement in other
    // words, when they say opposite things. reworded.rs checks polarity; the diff path does not.
    let run = run(&[
        "\"We will never raise taxes on the middle class,\" President Joe Biden said on Tuesday.",
        "\"We will raise taxes on the middle class if we must,\" Biden said in an interview.",
    ]);
    if let Some(pair) = quote_pair(&run, "We will never raise taxes") {
        assert_ne!(pair.verdict, Verdict::Reworded, "{:?}", run.summary());
        assert_ne!(pair.verdict, Verdict::Agree, "{:?}", run.summary());
    }
}

#[test]
fn review3_idioms_with_a_negation_word_are_no_contradiction() {
    // `diverge` fires on any negation word present in one quote's common stretch only: "not
    // only ... but", "no matter what", a clause one outlet left out ("whether or not").
    for (a, b) in [
        (
            "\"Not only will we win, but we will win big,\" Gov. Mark Dillon said.",
            "\"We will win, and we will win big,\" Gov. Mark Dillon said.",
        ),
        (
            "\"We are going to hold the line on spending, no matter what,\" Sen. Tom Harlan said.",
            "\"We are going to hold the line on spending, whatever it takes,\" Sen. Tom Harlan said.",
        ),
        (
            "\"We will win, whether or not they like it, and we will win big,\" Sen. Tom Harlan said.",
            "\"We will win and we will win big,\" Sen. Tom Harlan said.",
        ),
    ] {
        let run = run(&[a, b]);
        for c in &run.comparisons {
            if c.kind == ClaimKind::Quote {
                assert_ne!(c.verdict, Verdict::Diverge, "{:?}", run.summary());
            }
        }
    }
}
