//! Scores, records and vote tallies, game clocks and the money shorthand of sports and business
//! copy, read from wire-style sentences; and what only looks like them (ranges, names, hotlines).

use super::super::{Canonical, ClaimKind, extract_sentence};

/// Each claim of a sentence in its compact form, with its words: `score 20-13 [20-13]`.
fn read(sentence: &str) -> Vec<String> {
    extract_sentence(sentence, None)
        .iter()
        .map(|claim| format!("{} [{}]", Canonical(claim), claim.text(sentence)))
        .collect()
}

/// The claims of a sentence that are tallies: `score 20-13 [20-13]`, `record 10-5 [(10-5)]`.
fn tallies(sentence: &str) -> Vec<String> {
    extract_sentence(sentence, None)
        .iter()
        .filter(|claim| claim.kind() == ClaimKind::Score)
        .map(|claim| format!("{} [{}]", Canonical(claim), claim.text(sentence)))
        .collect()
}

#[test]
fn final_and_interim_scores() {
    assert_eq!(
        tallies("The Colts beat the Chiefs 20-13 on Sunday to clinch a playoff berth."),
        ["score 20-13 [20-13]"]
    );
    assert_eq!(
        tallies("Colts beat Chiefs 20-13 to clinch playoff berth"),
        ["score 20-13 [20-13]"]
    );
    assert_eq!(
        tallies("COLTS TOP CHIEFS, 20-13, REACH PLAYOFFS"),
        ["score 20-13 [20-13]"]
    );
    assert_eq!(
        tallies("The Colts moved into range for a field goal and a 13-3 halftime lead."),
        ["halftime score 13-3 [13-3]"]
    );
    assert_eq!(
        tallies("Arsenal won 3-1 at the Emirates."),
        ["score 3-1 [3-1]"]
    );
    assert_eq!(
        tallies("It was a 2–0 victory for Chelsea in the rain."),
        ["score 2-0 [2–0]"]
    );
    assert_eq!(
        tallies("The sides drew 1-1 in Madrid."),
        ["score 1-1 [1-1]"]
    );
    assert_eq!(
        tallies("The Jets lost 24 to 17 in overtime."),
        ["score 24-17 [24 to 17]"]
    );
    assert_eq!(
        tallies("The Celtics claimed a 98-95 overtime win in Boston."),
        ["score 98-95 [98-95]"]
    );
    assert_eq!(
        tallies("Chiefs lose 20-13 to Colts despite Charles' 226 yards rushing"),
        ["score 20-13 [20-13]"]
    );
    assert_eq!(
        tallies("The score was tied 13-13 heading into the fourth quarter."),
        ["score 13-13 [13-13]"]
    );
    // Trailing, in British football copy, is still a score, not a fall.
    assert_eq!(
        tallies("Leeds were 1-0 down at half-time."),
        ["halftime score 1-0 [1-0]"]
    );
    assert_eq!(
        tallies("Leeds were 1-0 down after an hour."),
        ["score 1-0 [1-0]"]
    );
    assert_eq!(
        tallies("The Chiefs tied it 13-13 early in the second half."),
        ["score 13-13 [13-13]"]
    );
    assert_eq!(
        tallies(
            "The Steelers lost to the Bengals 13-10, and the Colts won the turnover battle 3-0."
        ),
        ["score 13-10 [13-10]", "score 3-0 [3-0]"]
    );
}

#[test]
fn win_loss_records() {
    assert_eq!(
        tallies("The freshman calmly led Indianapolis (10-5) downfield."),
        ["record 10-5 [10-5]"]
    );
    assert_eq!(
        tallies("Peyton Hillis added 101 yards for the Chiefs (2-13), who lost again."),
        ["record 2-13 [2-13]"]
    );
    assert_eq!(
        tallies("By beating the Chiefs, the Colts' record rose to 9-5."),
        ["record 9-5 [9-5]"]
    );
    assert_eq!(
        tallies("The Jaguars fell to 2-13 with the loss."),
        ["record 2-13 [2-13]"]
    );
    assert_eq!(
        tallies("Denver is up and the Chiefs are in the basement with a 2-13 season."),
        ["record 2-13 [2-13]"]
    );
    assert_eq!(
        tallies("The Colts (10-5, 4-4 away) clinched a playoff spot."),
        ["record 10-5 [10-5]", "record 4-4 [4-4]"]
    );
    assert_eq!(
        tallies("The Packers improved to 10-5, 4-4 away, with the win."),
        ["record 10-5 [10-5]", "record 4-4 [4-4]"]
    );
    assert_eq!(
        tallies("The Steelers finished 11-4-1 and won the division."),
        ["record 11-4-1 [11-4-1]"]
    );
    assert_eq!(
        tallies("The Broncos are 12-3 for the season."),
        ["record 12-3 [12-3]"]
    );
    assert_eq!(
        tallies(
            "A year ago the Colts were an NFL-worst 2-14 and did not figure to be much better."
        ),
        ["record 2-14 [2-14]"]
    );
    assert_eq!(
        tallies("The 2008 Chiefs ended the season with a 2-14 record."),
        ["record 2-14 [2-14]"]
    );
}

#[test]
fn a_vote_tally_is_a_tally() {
    assert_eq!(
        tallies("The board approved the plan by a 3-2 vote on Tuesday."),
        ["vote 3-2 [3-2]"]
    );
    assert_eq!(
        tallies("The Supreme Court ruled 6-3 that the law stands."),
        ["vote 6-3 [6-3]"]
    );
    assert_eq!(
        tallies("The Senate voted 51-49 to confirm her."),
        ["vote 51-49 [51-49]"]
    );
}

#[test]
fn what_only_looks_like_a_tally() {
    // A real range of ages or pages stays a range.
    assert_eq!(
        read("Those aged 18-25 were asked."),
        ["18..25 age [aged 18-25]"]
    );
    assert!(tallies("See pages 10-15 of the report.").is_empty());
    assert!(tallies("The 9-11 attacks changed everything.").is_empty());
    assert!(read("Call the 24-7 hotline for help.").is_empty());
    assert!(tallies("Covid-19 cases rose again on Monday.").is_empty());
    assert!(tallies("Between 10-15 people were hurt.").is_empty());
    assert!(tallies("Temperatures will reach 25-30C this week.").is_empty());
    assert!(tallies("Shares rose 2-3% in early trading.").is_empty());
    assert!(tallies("The F-16 jets flew in 2-3 formations.").is_empty());
    // A count of games is no record.
    assert!(tallies("He missed 3-4 games with a knee injury.").is_empty());
    // A move to a level of prices or rates, a ratio, odds: no record.
    for sentence in [
        "Prices rose to 10-12 dollars a kilo.",
        "Unemployment fell to 5-6 percent.",
        "Inflation fell to 2-3.",
        "The match drew 30-40 thousand fans.",
        "The ratio was 3-1 in favour of women.",
        "The odds are 5-1 against.",
        "Trains run 24-7 on the line.",
    ] {
        assert!(
            tallies(sentence).is_empty(),
            "{sentence}: {:?}",
            tallies(sentence)
        );
    }
}

#[test]
fn game_clocks_are_time_left_never_a_time_of_day() {
    assert_eq!(
        read("Luck threw a touchdown with 4:08 to go to earn a 10th victory."),
        ["=248 seconds [4:08 to go]"]
    );
    assert_eq!(
        read("With 4:08 to play in the fourth quarter, Luck found Wayne."),
        ["=248 seconds [4:08 to play]"]
    );
    assert_eq!(
        read("The Chiefs tied the game with 6:00 minutes remaining in the third quarter."),
        ["=360 seconds [6:00 minutes remaining]"]
    );
    assert_eq!(
        read("Brady was sacked with 2:31 left."),
        ["=151 seconds [2:31 left]"]
    );
    // Some copy spaces the colon.
    assert_eq!(
        read("Succop tied the game with 10: 03 to play in the third quarter."),
        ["=603 seconds [10: 03 to play]"]
    );
    // A clock time with no time-left words stays what it was.
    assert!(!read("The meeting starts at 4:08 pm.")[0].contains("seconds"));
    assert!(
        read("The score stood at 4:08 on the board")
            .iter()
            .all(|c| !c.contains("seconds"))
    );
}

#[test]
fn money_shorthand_of_sports_and_business_copy() {
    assert_eq!(
        read("Boston offered $200MM over eight years."),
        ["=200000000 USD [$200MM]", "=8 years [over eight years]"]
    );
    assert_eq!(
        read("The Orioles offered $140-150MM."),
        ["140000000..150000000 USD [$140-150MM]"]
    );
    assert_eq!(
        read("The firm raised $1.5B last year."),
        ["=1500000000 USD [$1.5B]"]
    );
    assert_eq!(
        read("Germany will pay euro22 billion into the fund."),
        ["=22000000000 EUR [euro22 billion]"]
    );
    assert_eq!(
        read("Germany will pay euro 22 billion into the fund."),
        ["=22000000000 EUR [euro 22 billion]"]
    );
    assert_eq!(
        read("Prosecutors imposed a euro500 fine."),
        ["=500 EUR [euro500]"]
    );
    // The tournament is no sum; millimetres stay millimetres.
    assert!(
        read("Spain won Euro 2012 in Kiev.")
            .iter()
            .all(|c| !c.contains("EUR"))
    );
    assert!(read("Use a 200mm lens.").iter().all(|c| !c.contains("USD")));
}

/// The claim of `sentence` whose words are `text`.
fn claim_in(sentence: &str, text: &str) -> super::super::Claim {
    extract_sentence(sentence, None)
        .into_iter()
        .find(|c| c.text(sentence) == text)
        .unwrap_or_else(|| panic!("{sentence}: no claim {text:?}"))
}

/// Whether compare may take two claims for one thing on their context alone (similarity 0).
fn may_pair(a: (&str, &str), b: (&str, &str)) -> bool {
    crate::compare::match_score(&claim_in(a.0, a.1), &claim_in(b.0, b.1), 0.0).is_some()
}

#[test]
fn tallies_pair_by_what_they_tally_and_whose_record() {
    // One game's final score in two phrasings; one team's record in two.
    assert!(may_pair(
        ("The Colts beat the Chiefs 20-13 on Sunday.", "20-13"),
        (
            "Chiefs lose 20-13 to Colts despite Charles' 226 yards rushing",
            "20-13"
        ),
    ));
    assert!(may_pair(
        (
            "The freshman helped the Colts (10-5) join the Dolphins.",
            "10-5"
        ),
        ("Fifteen games later the Colts stand at 10-5.", "10-5"),
    ));
    assert!(may_pair(
        ("Luck threw a touchdown with 4:08 to go.", "4:08 to go"),
        (
            "With 4:08 to play in the fourth quarter, Luck found Wayne.",
            "4:08 to play"
        ),
    ));
    // Two teams' records, a record and a score, a halftime and a final score: never.
    assert!(!may_pair(
        (
            "The Houston Texans (12-3) head to Indianapolis next week.",
            "12-3"
        ),
        ("The Broncos are 12-3 for the season.", "12-3"),
    ));
    assert!(!may_pair(
        ("The Colts (10-5) clinched a playoff berth.", "10-5"),
        ("The Colts won 10-5 in a defensive struggle.", "10-5"),
    ));
    assert!(!may_pair(
        ("The Colts took a 13-3 halftime lead.", "13-3"),
        ("The Colts beat the Chiefs 13-3.", "13-3"),
    ));
    // A tally is never a count or a range of counts.
    assert!(!may_pair(
        ("The Colts beat the Chiefs 20-13 on Sunday.", "20-13"),
        ("Between 13 and 20 people were hurt.", "Between 13 and 20"),
    ));
}

#[test]
fn json_and_text_show_a_tally() {
    let claim = claim_in("The Colts beat the Chiefs 20-13 on Sunday.", "20-13");
    assert_eq!(crate::report::display_value(&claim.value), "20-13");
    assert_eq!(claim.counted_words().as_deref(), Some("score"));
    assert_eq!(ClaimKind::Score.as_str(), "score");
}

#[test]
fn a_record_belongs_to_the_team_named_before_it() {
    let sentence = "The Chiefs (2-13, 1-7 home) almost played the Grinch.";
    assert_eq!(
        claim_in(sentence, "2-13").context.holder.as_deref(),
        Some("chiefs")
    );
    assert_eq!(
        claim_in(sentence, "1-7").context.holder.as_deref(),
        Some("chiefs")
    );
    // A team is named in full where the article does: its city and its name.
    let sentence = "The Indianapolis Colts were an NFL-worst 2-14 a year ago.";
    assert_eq!(
        claim_in(sentence, "2-14").context.holder.as_deref(),
        Some("indianapolis colts")
    );
    // The league a record is the worst in is no team ("in the NFL").
    let sentence = "By beating the Chiefs, Indianapolis' record rose to 9-5 just one season after \
                    posting the worst record in the NFL in 2011 - a Chiefs-like 2-14 mark.";
    assert_eq!(
        claim_in(sentence, "2-14").context.holder.as_deref(),
        Some("indianapolis")
    );
    // A score has no holder: the winner and the loser are both named near it.
    let sentence = "Chiefs lose 20-13 to Colts.";
    assert_eq!(claim_in(sentence, "20-13").context.holder, None);
}
