//! Times of day and weekdays compared across outlets (issue 13): the same minute agrees, a time
//! within another's approximation is compatible, two minutes apart diverge; two zones, two
//! events of one story, and a time against a count never pair. Weekdays compare with weekdays,
//! and with calendar dates once the article date resolves them.

use crate::claims::{ArticleDate, Claim, ClaimKind};
use crate::compare::Verdict;

/// A run of compared articles ([`super::Run`]), with this file's own ways of asking it.
struct Seen(super::Run);

fn seen(texts: &[&str], date: Option<&str>) -> Seen {
    let date: Option<ArticleDate> = date.map(|d| d.parse().unwrap());
    Seen(super::run_dated(texts, date))
}

impl Seen {
    fn text(&self, r: &crate::compare::ClaimRef) -> &str {
        r.of(&self.0.claims)
            .text(&self.0.documents[r.source()].article.text)
    }

    fn summary(&self) -> Vec<(Verdict, Vec<&str>)> {
        self.0
            .comparisons
            .iter()
            .map(|c| (c.verdict, c.claims.iter().map(|r| self.text(r)).collect()))
            .collect()
    }

    /// The verdict of the comparison holding a claim with words `a` and one with words `b`.
    fn pair(&self, a: &str, b: &str) -> Option<Verdict> {
        self.0
            .comparisons
            .iter()
            .find(|c| {
                c.claims.len() >= 2
                    && c.claims.iter().any(|r| self.text(r) == a)
                    && c.claims.iter().any(|r| self.text(r) == b)
                    && c.verdict != Verdict::Unmatched
            })
            .map(|c| c.verdict)
    }

    /// The kinds of the claims whose words are `text`, in every article.
    fn kinds(&self, text: &str) -> Vec<ClaimKind> {
        self.0
            .documents
            .iter()
            .zip(&self.0.claims)
            .flat_map(|(document, claims)| {
                claims
                    .iter()
                    .filter(|c| c.text(&document.article.text) == text)
                    .map(Claim::kind)
            })
            .collect()
    }
}

#[test]
fn the_same_time_agrees() {
    let seen = seen(
        &[
            "The earthquake struck at 0737 GMT off the coast of Aceh province, the USGS said.",
            "The earthquake struck off Aceh province at 0737 GMT, the US Geological Survey said.",
        ],
        None,
    );
    assert_eq!(
        seen.pair("0737 GMT", "0737 GMT"),
        Some(Verdict::Agree),
        "{:?}",
        seen.summary()
    );
}

#[test]
fn a_time_within_the_other_s_approximation_is_compatible() {
    let seen = seen(
        &[
            "Firefighters were called to the blaze just after 6am on Sunday.",
            "Fire crews were called to the blaze at 6am, the fire service said.",
        ],
        None,
    );
    assert_eq!(
        seen.pair("just after 6am", "6am"),
        Some(Verdict::Compatible),
        "{:?}",
        seen.summary()
    );
    let seen = self::seen(
        &[
            "The bomb exploded at approximately 3:00 pm near the finish line, police said.",
            "The first bomb exploded at 2:53 p.m. near the finish line, police said.",
        ],
        None,
    );
    assert_eq!(
        seen.pair("approximately 3:00 pm", "2:53 p.m."),
        Some(Verdict::Compatible),
        "{:?}",
        seen.summary()
    );
}

#[test]
fn two_minutes_of_one_event_diverge() {
    let seen = seen(
        &[
            "The first bomb exploded at 2:53 p.m. near the finish line, police said.",
            "The bomb exploded at 3:20 p.m. near the finish line, police said.",
        ],
        None,
    );
    assert_eq!(
        seen.pair("2:53 p.m.", "3:20 p.m."),
        Some(Verdict::Diverge),
        "{:?}",
        seen.summary()
    );
}

#[test]
fn two_zones_never_pair() {
    let seen = seen(
        &[
            "The earthquake struck at 0737 GMT off the coast of Aceh, the USGS said.",
            "The earthquake struck at 2:37 p.m. local time off the coast of Aceh, the USGS said.",
        ],
        None,
    );
    assert_eq!(
        seen.pair("0737 GMT", "2:37 p.m. local time"),
        None,
        "{:?}",
        seen.summary()
    );
}

#[test]
fn two_events_of_one_story_keep_their_own_times() {
    let seen = seen(
        &[
            "The fire service was called at 06:00 BST and the blaze was put out at 09:30 BST.",
            "Firefighters were called to the blaze at 06:00 BST, the fire service said.",
        ],
        None,
    );
    assert_eq!(
        seen.pair("06:00 BST", "06:00 BST"),
        Some(Verdict::Agree),
        "{:?}",
        seen.summary()
    );
    assert_eq!(
        seen.pair("09:30 BST", "06:00 BST"),
        None,
        "{:?}",
        seen.summary()
    );
}

#[test]
fn a_time_is_no_count() {
    let seen = seen(
        &[
            "At 6am, 6 people were hurt when the roof collapsed, police said.",
            "Six people were hurt when the roof collapsed at 6am, police said.",
        ],
        None,
    );
    assert_eq!(seen.kinds("6am"), [ClaimKind::Time, ClaimKind::Time]);
    assert_eq!(seen.pair("6am", "Six"), None, "{:?}", seen.summary());
    assert_eq!(seen.pair("6", "6am"), None, "{:?}", seen.summary());
    assert_eq!(
        seen.pair("6", "Six"),
        Some(Verdict::Agree),
        "{:?}",
        seen.summary()
    );
}

#[test]
fn two_weekdays_for_one_event_agree_or_diverge() {
    let seen = self::seen(
        &[
            "An Indian warship foiled a pirate attack in the Gulf of Aden on Friday, the navy said.",
            "An Indian warship foiled a pirate attack in the Gulf of Aden on Thursday, the navy said.",
        ],
        None,
    );
    assert_eq!(
        seen.pair("Friday", "Thursday"),
        Some(Verdict::Diverge),
        "{:?}",
        seen.summary()
    );
    let seen = self::seen(
        &[
            "A fire destroyed the historic pier on Sunday, firefighters said.",
            "The historic pier was destroyed by fire on Sunday, firefighters said.",
        ],
        None,
    );
    assert_eq!(
        seen.pair("Sunday", "Sunday"),
        Some(Verdict::Agree),
        "{:?}",
        seen.summary()
    );
}

#[test]
fn a_weekday_meets_a_calendar_date_only_once_resolved() {
    let texts = [
        "A fire destroyed the historic pier on Sunday, firefighters said.",
        "A fire destroyed the historic pier on Aug. 16, firefighters said.",
    ];
    let unresolved = seen(&texts, None);
    assert_eq!(
        unresolved.pair("Sunday", "Aug. 16"),
        None,
        "{:?}",
        unresolved.summary()
    );
    // 2020-08-17 is a Monday: Sunday was 16 August.
    let resolved = seen(&texts, Some("2020-08-17"));
    assert_eq!(
        resolved.pair("Sunday", "Aug. 16"),
        Some(Verdict::Agree),
        "{:?}",
        resolved.summary()
    );
    let resolved = seen(
        &[
            "A fire destroyed the historic pier on Saturday, firefighters said.",
            "A fire destroyed the historic pier on Aug. 16, firefighters said.",
        ],
        Some("2020-08-17"),
    );
    assert_eq!(
        resolved.pair("Saturday", "Aug. 16"),
        Some(Verdict::Diverge),
        "{:?}",
        resolved.summary()
    );
}

#[test]
fn weekdays_of_two_events_never_pair() {
    let seen = seen(
        &[
            "A fire destroyed the historic pier on Sunday, firefighters said.",
            "Two teenagers appeared in court on Tuesday charged with arson.",
        ],
        None,
    );
    assert_eq!(seen.pair("Sunday", "Tuesday"), None, "{:?}", seen.summary());
}

#[test]
fn weekdays_of_two_rallies_in_unlike_sentences_never_diverge() {
    // One outlet's rally on Sunday, the other's protest by media workers on Monday: one event
    // class, two events.
    let seen = seen(
        &[
            "The alleged poll-rigging fuelled a big protest rally in the capital Minsk on Sunday.",
            "Dozens of media workers protested Monday in front of the state television offices.",
        ],
        None,
    );
    assert_eq!(seen.pair("Sunday", "Monday"), None, "{:?}", seen.summary());
}

#[test]
fn the_same_weekday_pairs_through_its_events_in_unlike_sentences() {
    let seen = seen(
        &[
            "Thousands of protesters rallied in central Minsk on Sunday, chanting for the president to go.",
            "Sunday's opposition demonstration was the largest in the country's history, a news site said.",
        ],
        None,
    );
    assert_eq!(
        seen.pair("Sunday", "Sunday's"),
        Some(Verdict::Agree),
        "{:?}",
        seen.summary()
    );
}

/// A time given to the minute ("4.30am", "2:14 p.m.") rarely recurs in a story for another
/// event: two outlets giving the same one report one moment, however unlike their sentences.
#[test]
fn the_same_minute_pairs_in_unlike_sentences() {
    let heist = seen(
        &[
            "A police source said the men drove a large four-by-four car into the store at around 4.37am and grabbed jewellery and luxury watches.",
            "At around 4:37 a.m. local time the thieves rammed an SUV into the front of the Casty store, near the prestigious Place Vendome.",
        ],
        None,
    );
    assert_eq!(
        heist.pair("around 4.37am", "around 4:37 a.m. local time"),
        Some(Verdict::Agree),
        "{:?}",
        heist.summary()
    );
    let landing = seen(
        &[
            "The flight from Chicago touched down in Denver at 2:14 p.m. after circling for an hour.",
            "Passengers cheered and clapped when the crippled jet, carrying 150 people, finally landed at 2:14 p.m., the airline said.",
        ],
        None,
    );
    assert_eq!(
        landing.pair("2:14 p.m.", "2:14 p.m."),
        Some(Verdict::Agree),
        "{:?}",
        landing.summary()
    );
}

/// A round hour recurs in a story ("at 6am" the call, "at 6am" a road reopened): two unlike
/// sentences sharing only "6am" are not one report.
#[test]
fn the_same_round_hour_in_unlike_sentences_does_not_pair() {
    let seen = seen(
        &[
            "Firefighters were called to the warehouse at 6am on Sunday.",
            "The motorway reopened to traffic at 6am after overnight repairs to the bridge.",
        ],
        None,
    );
    assert_eq!(seen.pair("6am", "6am"), None, "{:?}", seen.summary());
}

/// A half hour recurs in a story for several events: "7:30 p.m." on Friday for a call to the
/// police and "7:30 p.m." on Sunday for a vigil are two moments (found by review).
#[test]
fn the_same_half_hour_in_unlike_sentences_does_not_pair() {
    let seen = seen(
        &[
            "Police were called to the house on Elm Street at 7:30 p.m. on Friday after neighbours heard shots.",
            "A candlelight vigil for the victims will be held at 7:30 p.m. on Sunday at St Mary's church.",
        ],
        None,
    );
    assert_eq!(
        seen.pair("7:30 p.m.", "7:30 p.m."),
        None,
        "{:?}",
        seen.summary()
    );
}
