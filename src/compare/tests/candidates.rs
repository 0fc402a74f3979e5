//! Candidates from the claims' own context (issue 13): two sentences that share only the
//! figure and what it counts are too unlike to be related, yet a reader pairs their figures;
//! two common small figures about different things must still never pair.

use super::run;
use crate::compare::Verdict;

#[test]
fn a_distinctive_figure_pairs_across_unlike_sentences() {
    let seen = run(&[
        "Hewlett-Packard agreed on Monday to buy Opsware, a maker of data-centre automation \
         software, for $1.6 billion in cash.",
        "The $1.6 billion purchase gives the world's largest computer maker a foothold that \
         analysts had long expected.",
    ]);
    assert_eq!(
        seen.pair("$1.6 billion", "$1.6 billion"),
        Some(Verdict::Agree),
        "{:?}",
        seen.summary()
    );
}

#[test]
fn the_same_counted_noun_pairs_figures_in_unlike_sentences() {
    let seen = run(&[
        "Luck finished the regular season with 4,374 passing yards, a rookie record.",
        "The quarterback's 4,374 passing yards broke the mark Cam Newton set a year earlier.",
    ]);
    assert_eq!(
        seen.pair("4,374 passing yards", "4,374 passing yards"),
        Some(Verdict::Agree),
        "{:?}",
        seen.summary()
    );
}

#[test]
fn common_small_figures_about_different_things_never_pair() {
    let seen = run(&[
        "Two people were arrested at the scene on Sunday night.",
        "The fire destroyed two homes and a barn before crews arrived.",
    ]);
    assert!(seen.pair("Two", "two").is_none(), "{:?}", seen.summary());
    let seen = run(&[
        "The company employs 80 people at its headquarters in Santa Clara.",
        "Its new switch offers 80 gigabits a second of bandwidth to each rack.",
    ]);
    assert!(seen.pair("80", "80").is_none(), "{:?}", seen.summary());
    let seen = run(&[
        "Three of the victims were children, the coroner said.",
        "Investigators recovered three handguns from the car.",
    ]);
    assert!(
        seen.pair("Three", "three").is_none(),
        "{:?}",
        seen.summary()
    );
}

#[test]
fn ages_pair_by_whose_age_they_are() {
    let seen = run(&[
        "Kimani Gray, 16, was shot dead by two plainclothes officers on Saturday night. \
         Sergeant Mourad Mourad, 34, and Officer Jovaniel Cordova, 23, fired 11 shots.",
        "Police said 16-year-old Kimani Gray pointed a revolver at the officers. \
         The officers, 23-year-old Jovaniel Cordova and Mourad Mourad, 34, opened fire.",
    ]);
    assert_eq!(
        seen.pair("16", "16-year-old"),
        Some(Verdict::Agree),
        "{:?}",
        seen.summary()
    );
    assert_eq!(
        seen.pair("23", "23-year-old"),
        Some(Verdict::Agree),
        "{:?}",
        seen.summary()
    );
    assert_eq!(
        seen.pair("34", "34"),
        Some(Verdict::Agree),
        "{:?}",
        seen.summary()
    );
    assert!(
        seen.pair("16", "23-year-old").is_none(),
        "{:?}",
        seen.summary()
    );
}

#[test]
fn two_peoples_ages_never_pair() {
    let seen = run(&[
        "Kimani Gray, 16, was shot dead by police in Brooklyn on Saturday night.",
        "Officer Jovaniel Cordova, 23, fired the shots that killed the teenager in Brooklyn on \
         Saturday night.",
    ]);
    assert!(seen.pair("16", "23").is_none(), "{:?}", seen.summary());
    let seen = run(&[
        "The gunman, Michael LaCalamita, 38, had been fired that morning.",
        "Steinberg, 48, was wounded; the accountant who was fired, a 38-year-old, fled.",
    ]);
    assert!(seen.pair("38", "48").is_none(), "{:?}", seen.summary());
}

#[test]
fn an_age_joins_a_group_only_when_it_is_the_same_persons() {
    let seen = run(&[
        "Kimani Gray, 16, was shot dead by police in Brooklyn on Saturday night.",
        "Police said 16-year-old Kimani Gray was shot dead in Brooklyn on Saturday night.",
        "Officer Jovaniel Cordova, 23, shot dead a teenager in Brooklyn on Saturday night.",
    ]);
    for comparison in &seen.comparisons {
        let texts: Vec<&str> = comparison.claims.iter().map(|r| seen.text(r)).collect();
        assert!(
            !(texts.contains(&"23") && texts.iter().any(|t| t.starts_with("16"))),
            "{:?}",
            seen.summary()
        );
    }
}

/// A founding year is a candidate for the other outlet's founding year however unlike the two
/// sentences: a story states one firm's founding once.
#[test]
fn founding_years_pair_across_unlike_sentences() {
    let seen = run(&[
        "Nimbix was founded in 2009 and is backed with $40 million from venture investors.",
        "Launched in 2009, the start-up quickly gained attention for its cheap cloud servers.",
    ]);
    assert_eq!(
        seen.pair("2009", "2009"),
        Some(Verdict::Agree),
        "{:?}",
        seen.summary()
    );
}
