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
        seen.pair("4,374", "4,374"),
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
