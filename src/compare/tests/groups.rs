//! Many outlets on one story: an outlet that gives a figure twice (headline and body) gives one
//! fact, every pair inside a group of outlets keeps its own verdict, and groups do not chain
//! figures about different things together (issue 13).

use super::{Run, run};
use crate::compare::Verdict;

impl Run {
    /// The comparisons holding a claim whose text is `a` in `source_a` and one whose text is
    /// `b` in `source_b`.
    fn holding(&self, (source_a, a): (usize, &str), (source_b, b): (usize, &str)) -> Vec<usize> {
        (0..self.comparisons.len())
            .filter(|&i| {
                let c = &self.comparisons[i];
                let has = |source: usize, text: &str| {
                    c.claims
                        .iter()
                        .any(|r| r.source() == source && self.text(r) == text)
                };
                has(source_a, a) && has(source_b, b)
            })
            .collect()
    }

    /// The verdict of the pair (`a` of `source_a`, `b` of `source_b`) in the comparison holding
    /// both.
    fn pair_verdict(&self, a: (usize, &str), b: (usize, &str)) -> Option<Verdict> {
        let index = *self.holding(a, b).first()?;
        let c = &self.comparisons[index];
        let find = |(source, text): (usize, &str)| {
            c.claims
                .iter()
                .copied()
                .find(|r| r.source() == source && self.text(r) == text)
        };
        c.verdict_between(&self.claims, find(a)?, find(b)?)
    }

    /// The pair (`a`, `b`) is judged `verdict`, or the run's summary says what was made.
    fn expect_pair(&self, a: (usize, &str), b: (usize, &str), verdict: Verdict) {
        assert_eq!(
            self.pair_verdict(a, b),
            Some(verdict),
            "{a:?} / {b:?}: {:?}",
            self.summary()
        );
    }
}

#[test]
fn a_figure_given_twice_by_one_outlet_is_one_fact() {
    let run = run(&[
        "Three people died when protesters set fire to a bank in central Athens on Wednesday. \
         Firefighters said the three bank workers were trapped on the upper floor.",
        "Three bank employees were killed in the fire, the fire brigade said. \
         Tens of thousands of people marched through Athens against the austerity plan.",
        "A general strike shut Greece down. At least 3 people died in a blaze at a Marfin bank \
         branch.",
    ]);
    let with_both = run.holding((0, "Three"), (1, "Three"));
    assert_eq!(with_both.len(), 1, "{:?}", run.summary());
    let group = &run.comparisons[with_both[0]];
    let texts: Vec<(usize, &str)> = group
        .claims
        .iter()
        .map(|r| (r.source(), run.text(r)))
        .collect();
    assert_eq!(
        texts,
        [(0, "Three"), (0, "three"), (1, "Three"), (2, "At least 3")],
        "{:?}",
        run.summary()
    );
    assert_eq!(
        run.pair_verdict((0, "three"), (1, "Three")),
        Some(Verdict::Agree)
    );
    assert_eq!(
        run.pair_verdict((1, "Three"), (2, "At least 3")),
        Some(Verdict::Compatible)
    );
    // Two mentions of one fact are not an outlet contradicting itself, nor two rows.
    assert!(
        !run.comparisons.iter().any(|c| c.internal),
        "{:?}",
        run.summary()
    );
}

#[test]
fn a_fact_no_other_outlet_gives_is_one_unmatched_row_with_all_its_mentions() {
    let run = run(&[
        "Police said 46 people were arrested overnight in Brooklyn. \
         The 46 arrested were charged with disorderly conduct, police said.",
        "Protesters marched for a third night in Brooklyn after the shooting of a teenager.",
    ]);
    let unmatched: Vec<_> = run
        .comparisons
        .iter()
        .filter(|c| c.verdict == Verdict::Unmatched)
        .collect();
    assert_eq!(unmatched.len(), 1, "{:?}", run.summary());
    assert_eq!(unmatched[0].claims.len(), 2, "{:?}", run.summary());
}

#[test]
fn each_pair_in_a_group_of_outlets_keeps_its_own_verdict() {
    let run = run(&[
        "More than 50,000 people marched through Athens on Wednesday, police said.",
        "An estimated 100,000 people marched through Athens on Wednesday.",
        "Roughly 30,000 people marched through Athens on Wednesday, according to police.",
        "Some 100,000 people marched through Athens on Wednesday, organisers said.",
    ]);
    run.expect_pair(
        (0, "More than 50,000"),
        (1, "An estimated 100,000"),
        Verdict::Compatible,
    );
    run.expect_pair(
        (1, "An estimated 100,000"),
        (3, "Some 100,000"),
        Verdict::Agree,
    );
    run.expect_pair(
        (2, "Roughly 30,000"),
        (1, "An estimated 100,000"),
        Verdict::Diverge,
    );
    let group = &run.comparisons[run.holding((0, "More than 50,000"), (2, "Roughly 30,000"))[0]];
    assert_eq!(
        group.verdict,
        Verdict::Diverge,
        "the group keeps its worst verdict"
    );
}

#[test]
fn arrests_and_crowd_sizes_do_not_chain_into_one_group() {
    let run = run(&[
        "Police arrested 46 people after about 200 people marched to the precinct on Wednesday.",
        "At least 46 demonstrators were arrested on Wednesday night, police said.",
        "A crowd of about 200 people marched to the precinct, where 46 were arrested.",
        "Dozens of people were arrested as some 200 protesters marched on the precinct.",
    ]);
    for comparison in &run.comparisons {
        let values: Vec<&str> = comparison.claims.iter().map(|r| run.text(r)).collect();
        let arrests = values
            .iter()
            .any(|v| v.contains("46") || v.contains("Dozens"));
        let crowd = values.iter().any(|v| v.contains("200"));
        assert!(!(arrests && crowd), "{values:?} in {:?}", run.summary());
    }
    run.expect_pair((0, "46"), (1, "At least 46"), Verdict::Compatible);
    run.expect_pair((0, "about 200"), (2, "about 200"), Verdict::Agree);
}

/// An outlet that qualifies a figure in one place and states it bare in another, both about one
/// thing ("at least 12 people were killed", then "the 12 dead"), gives one fact: both mentions sit
/// in the one comparison, each judged against the others. (A qualified sum with neither a noun
/// nor an event of its own, "approximately $334 million", stays its own fact: "revenue of about
/// $4.7 billion" and "$4.7 billion for legal costs" are the same shape and two sums.)
#[test]
fn a_figure_qualified_once_and_stated_bare_once_is_one_fact() {
    let killed = run(&[
        "At least 12 people were killed when warplanes bombed the camp on Thursday, the county \
         commissioner said. The 12 dead included four children.",
        "Twelve people were killed in the air raid on the camp, the commissioner said.",
    ]);
    assert_eq!(
        killed.pair_verdict((0, "At least 12"), (1, "Twelve")),
        Some(Verdict::Compatible),
        "{:?}",
        killed.summary()
    );
    assert_eq!(
        killed.pair_verdict((0, "12"), (1, "Twelve")),
        Some(Verdict::Agree),
        "{:?}",
        killed.summary()
    );
}

/// The same number qualified two ways about two different things stays two facts: a lower
/// bound on the dead is not a count of the injured.
#[test]
fn a_qualified_figure_about_something_else_is_not_one_fact_with_a_bare_one() {
    let run = run(&[
        "At least 12 people were killed in the raid. Doctors treated 12 wounded soldiers at the \
         clinic.",
        "Twelve people died in the raid.",
    ]);
    assert!(
        run.holding((0, "At least 12"), (0, "12")).is_empty(),
        "{:?}",
        run.summary()
    );
}

/// A small round figure recurs by chance: a lede's "at least five people" killed today and a
/// background paragraph's "Five people died" in last year's quake stay two facts.
#[test]
fn a_small_qualified_figure_and_a_bare_one_far_apart_stay_two_facts() {
    let run = run(&[
        "A powerful earthquake struck Aceh province on Tuesday, killing at least five people. \
         Rescuers searched collapsed homes. In April last year a stronger quake struck off Banda \
         Aceh. Five people died in that quake.",
        "Five people died and seven were injured in Aceh in the quake and following aftershocks.",
    ]);
    assert!(
        run.holding((0, "at least five"), (0, "Five")).is_empty(),
        "{:?}",
        run.summary()
    );
}

#[test]
fn an_outlet_that_hedges_a_distance_once_gives_one_distance() {
    // The first outlet writes the camp's distance from the border twice, once hedged: one
    // fact, compared with the second outlet's figure whichever mention is looked at.
    let run = run(&[
        "The camp lies just about ten miles south of the border between the two countries. \
         Aid workers said the camp, 10 miles south of the border, was hit by four bombs.",
        "Bombs fell on the Yida camp, located 10 miles south of the border, on Thursday.",
    ]);
    run.expect_pair((0, "about ten miles"), (1, "10 miles"), Verdict::Compatible);
    run.expect_pair((0, "10 miles"), (1, "10 miles"), Verdict::Agree);
}

/// One source named two ways ("Local official Ali Deng", "Mr Deng, the county commissioner,")
/// gives one figure twice: an outlet's "at least 14" and "14" from him are one fact, and the
/// other outlet's 14 pairs with it, not with another story's toll.
#[test]
fn one_source_named_two_ways_gives_one_fact() {
    let run = run(&[
        "Local official Ali Deng said at least 14 people had been killed and 30 wounded. \
         Our correspondent says he saw no bodies, but Mr Deng, the commissioner of Rubkona county, said \
         that 14 people had been killed.",
        "Ali Deng, the county commissioner, said 14 people were killed in the raid. \
         The president said nine people were killed in those raids.",
    ]);
    assert!(
        !run.holding((0, "at least 14"), (0, "14")).is_empty(),
        "{:?}",
        run.summary()
    );
    assert!(
        run.holding((0, "at least 14"), (1, "nine")).is_empty(),
        "{:?}",
        run.summary()
    );
}

/// Two sources of one outlet ("police", "organisers") give rival figures, not one fact.
#[test]
fn two_sources_of_one_outlet_give_two_facts() {
    let run = run(&[
        "Police said 14,500 people marched through the city. Organisers said that 14,500 \
         was an undercount and put the crowd at more than 14,000.",
        "About 14,500 people marched, police said.",
    ]);
    assert!(
        run.holding((0, "14,500"), (0, "more than 14,000"))
            .is_empty(),
        "{:?}",
        run.summary()
    );
}

/// A count of arrests counts the people arrested: "46 arrests", "46 people had been arrested"
/// and "at least 46 demonstrators were arrested" are one figure, and the night's single arrest
/// elsewhere ("one arrest", "one person was arrested") is another, not a divergence from it.
#[test]
fn a_count_of_arrests_is_a_count_of_the_people_arrested() {
    let run = run(&[
        "By the end an officer had been hit with a brick, and 46 people had been arrested, \
         police said.",
        "At least 46 demonstrators were arrested along the avenue on Wednesday night.",
        "Another protest followed on Wednesday night, after which there were 46 arrests, mostly \
         for disorderly conduct.",
        "The police said the crowd had dispersed and that there was one arrest on Monday.",
        "The police said one person was arrested for disorderly conduct on Monday.",
    ]);
    run.expect_pair((0, "46"), (2, "46"), Verdict::Agree);
    run.expect_pair((0, "46"), (1, "At least 46"), Verdict::Compatible);
    run.expect_pair((3, "one"), (4, "one"), Verdict::Agree);
}

/// "46 arrests" and "46 people arrested" fit, but only as arrests: a count of arrests is never
/// a count of the dead or of a crowd.
#[test]
fn a_count_of_arrests_stays_apart_from_other_counts_of_people() {
    let run = run(&[
        "Police made 12 arrests after the march, and 3 people were killed in the clashes.",
        "Some 12 people were killed in the clashes that followed the march, officials said.",
        "A crowd of 12,000 people marched; police said there were 12 arrests.",
    ]);
    assert!(
        run.holding((0, "12"), (1, "Some 12")).is_empty(),
        "{:?}",
        run.summary()
    );
    run.expect_pair((0, "12"), (2, "12"), Verdict::Agree);
}

/// A running total over several days ("over 50 arrests over four nights of protesting") is not
/// one night's count ("46 were arrested Wednesday night"), however the outlets group: the two
/// never share a comparison, while two running totals do.
#[test]
fn a_running_total_over_several_days_is_not_one_days_count() {
    let run = run(&[
        "Since the shooting, over 50 arrests have been made over four nights of protesting.",
        "Police said 46 people were arrested on Wednesday night.",
        "There were 46 arrests on Wednesday night, mostly for disorderly conduct.",
        "At least 46 demonstrators were arrested overnight, police said.",
    ]);
    for other in [(1, "46"), (2, "46"), (3, "At least 46")] {
        assert!(
            run.holding((0, "over 50"), other).is_empty(),
            "{other:?} in {:?}",
            run.summary()
        );
    }
    run.expect_pair((1, "46"), (2, "46"), Verdict::Agree);
    let totals = super::run(&[
        "More than 60 people have been arrested over three days of rioting, police said.",
        "Police said 64 people had been arrested in three days of rioting across the city.",
    ]);
    assert_eq!(
        totals.pair_verdict((0, "More than 60"), (1, "64")),
        Some(Verdict::Compatible),
        "{:?}",
        totals.summary()
    );
}

/// Houses damaged are not people injured: "injured more than 200 people and damaged more than
/// 300 houses" gives two counts, each paired with its own in the other outlets, not the houses
/// with the injured because the sentence names an injury.
#[test]
fn houses_damaged_are_not_people_injured() {
    let run = run(&[
        "The quake injured more than 200 people and damaged more than 300 houses in Aceh, the \
         disaster agency said.",
        "Officials say at least 24 people were killed and more than 200 injured by the quake.",
        "The earthquake left 24 dead and over 200 injured. More than 300 houses were destroyed \
         or damaged, officials said.",
    ]);
    assert!(
        run.holding((0, "more than 300"), (1, "more than 200"))
            .is_empty(),
        "{:?}",
        run.summary()
    );
    run.expect_pair((1, "more than 200"), (2, "over 200"), Verdict::Agree);
    run.expect_pair((0, "more than 200"), (2, "over 200"), Verdict::Agree);
    run.expect_pair((0, "more than 300"), (2, "More than 300"), Verdict::Agree);
    // With no count of the injured of its own, the outlet's houses still do not stand in for
    // one.
    let alone = super::run(&[
        "The quake injured scores of people and damaged more than 300 houses in Aceh, the \
         disaster agency said.",
        "Officials say at least 24 people were killed and more than 200 injured by the quake.",
    ]);
    assert!(
        alone
            .holding((0, "more than 300"), (1, "more than 200"))
            .is_empty(),
        "{:?}",
        alone.summary()
    );
}

/// A sum's noun naming the incident it is the value of ("a $4.1 million heist") and a noun for
/// what was taken in it ("$4.1 million in diamonds", "$4.1 Million Diamond Raid") are one sum:
/// three outlets make one row, not two that each agree inside.
#[test]
fn a_heist_and_its_haul_are_one_sum() {
    let run = run(&[
        "Robbers at $4.1 million heist on Antwerp diamond dealer. \
         Four armed men escaped with gems worth $4.1 million on Tuesday, police said.",
        "Antwerp Dealer Hit by $4.1 Million Diamond Raid. \
         The gang took $4.1 million in diamonds from the dealer's safe on Tuesday.",
        "Thieves stole $4.1 million of diamonds from a dealer in Antwerp on Tuesday.",
    ]);
    run.expect_pair((0, "$4.1 million"), (1, "$4.1 Million"), Verdict::Agree);
    run.expect_pair((0, "$4.1 million"), (2, "$4.1 million"), Verdict::Agree);
    run.expect_pair((1, "$4.1 Million"), (2, "$4.1 million"), Verdict::Agree);
    assert_eq!(
        run.holding((0, "$4.1 million"), (1, "$4.1 Million")),
        run.holding((1, "$4.1 Million"), (2, "$4.1 million")),
        "{:?}",
        run.summary()
    );
}

/// The incident's value is not any sum its story names: a fine is no haul.
#[test]
fn a_heist_is_not_a_fine() {
    let run = run(&[
        "Robbers at $4.1 million heist on Antwerp diamond dealer. The dealer was fined \
         $2 million last year over lax security at the vault.",
        "The dealer, robbed of gems on Tuesday, paid a $2 million fine last year.",
    ]);
    assert!(
        run.holding((0, "$4.1 million"), (1, "$2 million"))
            .is_empty(),
        "{:?}",
        run.summary()
    );
}

/// A sum named for what it pays is not the incident's haul: a reward of the heist's amount.
#[test]
fn a_heist_is_not_its_reward() {
    let run = run(&[
        "Police are hunting four men after a $1 million heist at a jeweller in Mayfair on Monday.",
        "The jeweller offered a $1 million reward for information about the robbery.",
    ]);
    assert!(
        run.holding((0, "$1 million"), (1, "$1 million")).is_empty(),
        "{:?}",
        run.summary()
    );
}
