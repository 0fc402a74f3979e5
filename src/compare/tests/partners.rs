//! Which partner a figure takes when the other outlet gives several that could fit (issue 13):
//! the one from the same source, of the same size, an addition for an addition; and nouns that
//! are one word in two spellings.

use super::run;
use crate::claims::{Claim, extract_sentence};
use crate::compare::{Verdict, match_score};

/// The one figure of `sentence` whose text is `text`.
fn figure(sentence: &str, text: &str) -> Claim {
    extract_sentence(sentence, None)
        .into_iter()
        .find(|c| c.text(sentence) == text)
        .unwrap_or_else(|| panic!("{sentence}: no claim {text:?}"))
}

#[test]
fn a_bound_that_allows_a_figure_ten_times_smaller_is_no_reading_of_it() {
    let bound = figure(
        "Police said as many as 8,000 people marched on Thursday.",
        "as many as 8,000",
    );
    let small = figure("Police said two people were hurt at the march.", "two");
    let near = figure(
        "Police put the march at roughly 12,000 people.",
        "roughly 12,000",
    );
    let related = 0.1;
    let (to_small, to_near) = (
        match_score(&bound, &small, related),
        match_score(&bound, &near, related),
    );
    assert!(to_near > to_small, "{to_near:?} / {to_small:?}");
}

#[test]
fn the_same_source_s_figure_is_the_partner_to_prefer() {
    let theirs = figure("Organisers put the march at 50,000 people.", "50,000");
    let same_source = figure("Organisers said 40,000 people marched.", "40,000");
    let no_source = figure("In all, 40,000 people marched.", "40,000");
    let related = 0.1;
    let (same, none) = (
        match_score(&same_source, &theirs, related),
        match_score(&no_source, &theirs, related),
    );
    assert!(same > none, "{same:?} / {none:?}");
}

#[test]
fn an_addition_pairs_with_another_outlet_s_addition() {
    let seen = run(&[
        "Three fire engines were sent to the warehouse just after midnight. Crews then called \
         in an additional eight engines as the blaze spread.",
        "Firefighters requested a further five appliances when the roof caught fire.",
    ]);
    assert_eq!(
        seen.pair("eight", "five"),
        Some(Verdict::Diverge),
        "{:?}",
        seen.summary()
    );
    assert!(seen.unmatched("Three"), "{:?}", seen.summary());
}

#[test]
fn british_and_american_spellings_count_one_thing() {
    let seen = run(&[
        "Thieves took jewelry worth 3.4 million euros from the store.",
        "The gang escaped with 3.4 million euros of jewellery.",
    ]);
    assert_eq!(
        seen.pair("3.4 million euros", "3.4 million euros"),
        Some(Verdict::Agree),
        "{:?}",
        seen.summary()
    );
    let seen = run(&[
        "He hit .291 with 27 home runs last season.",
        "The outfielder batted .291 and hit 27 homers.",
    ]);
    assert_eq!(
        seen.pair("27", "27"),
        Some(Verdict::Agree),
        "{:?}",
        seen.summary()
    );
}

/// The comparison holding the claim of `text` of outlet `source`, as (verdict, claim texts).
fn row_of<'r>(seen: &'r super::Run, source: usize, text: &str) -> Vec<&'r str> {
    seen.comparisons
        .iter()
        .find(|c| {
            c.claims
                .iter()
                .any(|r| r.source() == source && seen.text(r) == text)
        })
        .map(|c| c.claims.iter().map(|r| seen.text(r)).collect())
        .unwrap_or_default()
}

#[test]
fn one_outlet_s_hedged_restatement_of_a_distinctive_figure_is_the_same_fact() {
    let seen = run(&[
        "Acme agreed to acquire Widgets Inc for $412 million. Acme said it had signed a definitive \
         agreement to acquire the maker of valves for approximately $412 million.",
        "Acme will pay $412 million for Widgets Inc, the company said.",
    ]);
    let row = row_of(&seen, 0, "approximately $412 million");
    assert!(
        row.contains(&"$412 million") && row.len() == 3,
        "{:?}",
        seen.summary()
    );
}

#[test]
fn a_source_named_with_another_article_is_the_same_source() {
    let seen = run(&[
        "Thieves made off with a 3 million euro haul of jewels, a police source said. The \
         police source said the gang stole watches worth an estimated 3 million euros.",
        "The gang stole jewels and watches worth 3 million euros on Monday.",
    ]);
    let row = row_of(&seen, 0, "an estimated 3 million euros");
    assert_eq!(row.len(), 3, "{:?}", seen.summary());
}

#[test]
fn an_agreement_or_a_contract_for_a_sum_is_a_deal() {
    let seen = run(&[
        "The club offered him a seven-year, $126 million contract on Friday.",
        "He turned down a $126 million deal from the club, his agent said.",
    ]);
    assert_eq!(
        seen.pair("$126 million", "$126 million"),
        Some(Verdict::Agree),
        "{:?}",
        seen.summary()
    );
}

#[test]
fn nearly_a_figure_is_below_it_so_over_a_higher_one_diverges() {
    let seen = run(&[
        "Nearly 23,000 refugees now live in the camp, the agency said.",
        "Over 24,000 refugees now live in the camp, aid workers said.",
    ]);
    assert_eq!(
        seen.pair("Nearly 23,000", "Over 24,000"),
        Some(Verdict::Diverge),
        "{:?}",
        seen.summary()
    );
}

/// "tens of thousands" allows any figure from 10,000 to 99,999: that a precise figure falls in
/// it says little, so the other outlet's own precise figure from the same source is the partner
/// (issue 13: "one-to-one picks the vaguer partner").
#[test]
fn a_precise_figure_prefers_a_precise_partner_to_a_vague_one() {
    let seen = run(&[
        "Greek police clashed with protesters in the capital as tens of thousands of people \
         joined a 24-hour walkout. Police said as many as 20,000 people took to the streets of \
         Athens as rallies all around the country kicked off.",
        "Police put the march, to mark a 24-hour nationwide strike, at roughly 30,000 people.",
    ]);
    assert_eq!(
        seen.pair("as many as 20,000", "roughly 30,000"),
        Some(Verdict::Diverge),
        "{:?}",
        seen.summary()
    );
    let vague = figure(
        "Tens of thousands of people joined the strike on Thursday.",
        "Tens of thousands",
    );
    let precise = figure("Police said 25,000 people joined the strike.", "25,000");
    let theirs = figure("Police put the strikers at 30,000.", "30,000");
    let related = 0.2;
    let (to_vague, to_precise) = (
        match_score(&theirs, &vague, related),
        match_score(&theirs, &precise, related),
    );
    assert!(to_precise > to_vague, "{to_precise:?} / {to_vague:?}");
}

/// A sum whose currency is not named ("a 110-billion ($143-billion) bailout": the euro sign
/// lost to a page's encoding) is the article's "110 billion euros" restated; two currencies'
/// sums of one amount stay two facts.
#[test]
fn a_sum_without_its_currency_restates_the_same_sum_in_a_currency() {
    let seen = run(&[
        "The government agreed a 110-billion ($143-billion) EU and IMF debt bailout at the \
         weekend. It will receive 110 billion euros in loans over three years.",
        "Athens secured a 110bn-euro bailout from the EU and the IMF.",
    ]);
    let row = row_of(&seen, 0, "110-billion");
    assert!(
        row.contains(&"110 billion euros") && row.contains(&"110bn-euro"),
        "{:?}",
        seen.summary()
    );
    let seen = run(&[
        "The club paid 40 million euros for the striker. Its rival offered 40 million pounds.",
        "The striker cost 40 million euros, the club said.",
    ]);
    let row = row_of(&seen, 0, "40 million pounds");
    assert!(!row.contains(&"40 million euros"), "{:?}", seen.summary());
}

/// A team's record, named by its city in one outlet and in full in another, is one team's:
/// "Indianapolis' ... a Chiefs-like 2-14 mark" and "the Indianapolis Colts were an NFL-worst
/// 2-14"; the league it was the worst in is no team. Two teams' records stay apart.
#[test]
fn a_team_named_by_its_city_holds_the_same_record() {
    let seen = run(&[
        "By beating the Chiefs, Indianapolis' record rose to 9-5 just one season after posting \
         the worst record in the NFL in 2011 - a Chiefs-like 2-14 mark.",
        "A year ago, the Indianapolis Colts were an NFL-worst 2-14 and did not figure to be much \
         better this season.",
    ]);
    assert_eq!(
        seen.pair("2-14", "2-14"),
        Some(Verdict::Agree),
        "{:?}",
        seen.summary()
    );
    let seen = run(&[
        "The Denver Broncos finished the season 12-4.",
        "The Houston Texans were 12-4 after the loss.",
    ]);
    assert_eq!(seen.pair("12-4", "12-4"), None, "{:?}", seen.summary());
}

/// A sum whose currency is not named but is converted into dollars in brackets is not in
/// dollars: another outlet's dollar figure pairs with the conversion, never with it.
#[test]
fn a_sum_converted_into_dollars_is_not_in_dollars() {
    let seen = run(&[
        "The general strike was the first test of the government's resolve to push through \
         cuts since agreeing a 110-billion ($143-billion) EU and IMF debt bailout at the weekend.",
        "The national strike was held to protest the austerity measures announced last weekend \
         so that Greece can get a $144 billion bailout from the IMF and other European nations.",
    ]);
    assert_eq!(
        seen.pair("$143-billion", "$144 billion"),
        Some(Verdict::Diverge),
        "{:?}",
        seen.summary()
    );
    assert_eq!(
        seen.pair("110-billion", "$144 billion"),
        None,
        "{:?}",
        seen.summary()
    );
}

/// "four prior arrests" and "arrested four times" agree; "fired 11 times" and "fired 11 shots"
/// agree, and neither is the "shot seven times" of the bullets that struck.
#[test]
fn acts_counted_as_times_meet_the_same_acts_counted_by_name() {
    let seen = run(&[
        "Police said Gray had four prior arrests, including for inciting a riot.",
        "Gray had been arrested four times before, police said.",
    ]);
    assert_eq!(
        seen.pair("four", "four"),
        Some(Verdict::Agree),
        "{:?}",
        seen.summary()
    );
    let seen = run(&[
        "The two officers fired 11 shots; Gray was shot seven times, the autopsy found.",
        "The officers fired 11 times at the teenager, police said.",
    ]);
    assert_eq!(
        seen.pair("11", "11"),
        Some(Verdict::Agree),
        "{:?}",
        seen.summary()
    );
    assert_eq!(seen.pair("seven", "11"), None, "{:?}", seen.summary());
}

/// Two outlets' head counts of one size ("Police put the crowd at 120,000", "officers counted
/// 128,000 people along the route") are about one crowd however unlike their sentences; a small
/// count, or one of another size, needs more.
#[test]
fn two_crowds_of_one_size_pair_in_unlike_sentences() {
    let seen = run(&[
        "Police put the crowd at 120,000.",
        "Officers counted 128,000 people along the route.",
    ]);
    assert_eq!(
        seen.pair("120,000", "128,000"),
        Some(Verdict::Diverge),
        "{:?}",
        seen.summary()
    );
    let seen = run(&[
        "Police put the crowd at 120,000.",
        "Officers counted 12 people along the route.",
    ]);
    assert_eq!(seen.pair("120,000", "12"), None, "{:?}", seen.summary());
}

/// Two teams' records never pair: a team named after "in the" is still a team when it holds
/// the record ("in the Giants' 9-7 campaign"), and a city is not a longer city ("Kansas",
/// "Kansas City"; only a plural nickname after a city makes a team's full name).
#[test]
fn two_teams_records_stay_apart() {
    let seen = run(&[
        "It was the best game of the season in the Giants' 9-7 campaign.",
        "It was the worst game of the season in the Jets' 9-7 campaign.",
    ]);
    assert_eq!(seen.pair("9-7", "9-7"), None, "{:?}", seen.summary());
    let seen = run(&[
        "On Saturday, Kansas (9-3) lost to Iowa.",
        "On Saturday, Kansas City (9-3) lost to Denver.",
    ]);
    assert_eq!(seen.pair("9-3", "9-3"), None, "{:?}", seen.summary());
}

/// Two outlets' very same vague amount agree as any figures do: "Tens of thousands of people
/// rallied" and "Tens of thousands of opposition supporters filled the streets".
#[test]
fn the_same_vague_amount_in_two_outlets_pairs() {
    let seen = run(&[
        "Tens of thousands of people rallied in central Minsk on Sunday.",
        "Tens of thousands of opposition supporters filled the streets of the capital.",
    ]);
    assert_eq!(
        seen.pair("Tens of thousands", "Tens of thousands"),
        Some(Verdict::Agree),
        "{:?}",
        seen.summary()
    );
}
