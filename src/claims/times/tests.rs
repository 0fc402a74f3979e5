//! Times of day read from wire-style sentences: the forms news writes, the qualifiers that make
//! a time approximate or a bound, the zones, and what only looks like a time.

use super::super::tokens::tokenize;
use super::*;

/// Each time found: its value as displayed, and its words.
fn times(text: &str) -> Vec<String> {
    let tokens = tokenize(text);
    let taken = vec![false; tokens.len()];
    find(&tokens, &taken)
        .into_iter()
        .map(|t| {
            let span = &text[tokens[t.tokens.start].start..tokens[t.tokens.end - 1].end];
            format!("{} [{span}]", t.value)
        })
        .collect()
}

fn one(text: &str) -> TimeOfDay {
    let tokens = tokenize(text);
    let taken = vec![false; tokens.len()];
    let found = find(&tokens, &taken);
    assert_eq!(found.len(), 1, "{text}: {:?}", times(text));
    found[0].value
}

#[test]
fn twenty_four_hour_clocks_with_zones() {
    assert_eq!(
        times("The fire service was called at 06:00 BST on Sunday."),
        ["06:00 BST [06:00 BST]"]
    );
    assert_eq!(
        times("The quake struck at 0737 GMT, the USGS said."),
        ["07:37 GMT [0737 GMT]"]
    );
    assert_eq!(
        times("The ship was boarded at 1400 hrs local time."),
        ["14:00 local [1400 hrs local time]"]
    );
    assert_eq!(
        times("Polls close at 18:00 UTC on Sunday."),
        ["18:00 UTC [18:00 UTC]"]
    );
    // Wire copy run through a tokeniser sometimes spaces the minutes off.
    assert_eq!(
        times("crews were called at approximately 06: 00 BST"),
        ["~06:00 BST [approximately 06: 00 BST]"]
    );
}

#[test]
fn twelve_hour_clocks() {
    assert_eq!(times("It began at 9.30pm."), ["21:30 [9.30pm]"]);
    assert_eq!(times("at 9pm on Friday"), ["21:00 [9pm]"]);
    assert_eq!(
        times("shortly before 6 a.m. Tuesday"),
        ["<=06:00 [shortly before 6 a.m.]"]
    );
    assert_eq!(times("at 6am, police said"), ["06:00 [6am]"]);
    assert_eq!(
        times("at 2:53 p.m. local time"),
        ["14:53 local [2:53 p.m. local time]"]
    );
    assert_eq!(
        times("the blast at 3:20 p.m. ET"),
        ["15:20 ET [3:20 p.m. ET]"]
    );
    assert_eq!(
        times("around 4:30 a. m. on Monday"),
        ["~04:30 [around 4:30 a. m.]"]
    );
    assert_eq!(times("at 12:30 a.m."), ["00:30 [12:30 a.m.]"]);
    assert_eq!(times("at 12pm sharp"), ["12:00 [12pm]"]);
    assert_eq!(times("at 10 P.M. EDT"), ["22:00 EDT [10 P.M. EDT]"]);
}

#[test]
fn noon_and_midnight() {
    assert_eq!(
        times("The deadline passed at midnight."),
        ["00:00 [midnight]"]
    );
    assert_eq!(times("They met at noon on Friday."), ["12:00 [noon]"]);
    assert_eq!(
        times("The shooting happened shortly after midnight."),
        [">=00:00 [shortly after midnight]"]
    );
    // No time named: a film, a headline word.
    assert!(times("Midnight Express was a hit.").is_empty());
    assert!(times("the noon-day sun").is_empty());
}

#[test]
fn qualifiers_make_a_time_approximate_or_a_bound() {
    assert_eq!(times("about 6am"), ["~06:00 [about 6am]"]);
    assert_eq!(times("at around 4.30am"), ["~04:30 [around 4.30am]"]);
    assert_eq!(
        times("at approximately 3:00 pm"),
        ["~15:00 [approximately 3:00 pm]"]
    );
    assert_eq!(times("just after 6am"), [">=06:00 [just after 6am]"]);
    assert_eq!(
        times("shot just before 11:30 p.m. on Saturday"),
        ["<=23:30 [just before 11:30 p.m.]"]
    );
    let just_after = one("just after 6am");
    assert_eq!(just_after.window(), (360, 375));
    let about = one("about 6am");
    assert_eq!(about.window(), (345, 375));
    let exact = one("at 6am");
    assert_eq!(exact.window(), (360, 360));
    let just_before = one("just before 11:30 p.m.");
    assert_eq!(just_before.window(), (1395, 1410));
    let around_midnight = one("around midnight");
    assert_eq!(around_midnight.window(), (-15, 15));
}

#[test]
fn a_clock_without_am_or_pm_is_read_after_a_word_of_time_only() {
    let half_open = one("The meeting starts at 9:30 on Monday.");
    assert!(half_open.half_day_open);
    assert_eq!(half_open.minutes, 570);
    assert_eq!(times("from 9:30 until"), ["09:30 (am/pm open) [9:30]"]);
    // A race time, a ratio, a verse, a decimal, a count: no time of day.
    assert!(times("Bekele won in 2:03:03 in Berlin.").is_empty());
    assert!(times("She ran the mile in 3:43.").is_empty());
    assert!(times("a 2:1 ratio of men to women").is_empty());
    assert!(times("John 3:16 was on the banner.").is_empty());
    assert!(times("The index rose 9.30 points.").is_empty());
    assert!(times("About 1400 people were evacuated.").is_empty());
    assert!(times("Call 0800 555 0199 for help.").is_empty());
    assert!(times("United won 3-1 at home.").is_empty());
}

#[test]
fn zones_and_which_can_be_compared() {
    let gmt = one("at 0737 GMT");
    let utc = one("at 07:37 UTC");
    let local = one("at 2:37 p.m. local time");
    let bare = one("at 7:37 a.m.");
    assert!(gmt.comparable(&utc), "GMT and UTC are one clock");
    assert!(!gmt.comparable(&local), "GMT and local time are two clocks");
    assert!(gmt.comparable(&bare), "an unstated zone may be either");
    let et = one("at 9 a.m. ET");
    let edt = one("at 9 a.m. EDT");
    let pst = one("at 6 a.m. PST");
    assert!(et.comparable(&edt), "ET is EST or EDT");
    assert!(!edt.comparable(&pst));
}

#[test]
fn relations_between_two_times() {
    let rel = |a: &str, b: &str| one(a).relation(&one(b));
    assert_eq!(rel("at 06:00 BST", "at 06:00 BST"), TimeRelation::Same);
    assert_eq!(rel("at 6am", "at 06:00"), TimeRelation::Same);
    assert_eq!(rel("around 4.30am", "around 4:30 a.m."), TimeRelation::Same);
    assert_eq!(
        rel("at 06:00 BST", "approximately 06:00 BST"),
        TimeRelation::Overlap
    );
    assert_eq!(rel("just after 6am", "at 6am"), TimeRelation::Overlap);
    assert_eq!(rel("about 6am", "at 6am"), TimeRelation::Overlap);
    assert_eq!(
        rel("approximately 3:00 pm", "at 2:53 p.m."),
        TimeRelation::Overlap
    );
    assert_eq!(
        rel("around 11:30 p.m.", "just before 11:30 p.m."),
        TimeRelation::Overlap
    );
    assert_eq!(rel("at 2:53 p.m.", "at 3:20 p.m."), TimeRelation::Apart);
    assert_eq!(rel("at 06:00 BST", "at 09:30 BST"), TimeRelation::Apart);
    assert_eq!(rel("just after 6am", "at 6:20am"), TimeRelation::Apart);
    // Across midnight, and a clock whose half of the day is open.
    assert_eq!(
        rel("around midnight", "at 11:50 p.m."),
        TimeRelation::Overlap
    );
    assert_eq!(rel("at 9:30 on", "at 9:30 p.m."), TimeRelation::Overlap);
    assert_eq!(rel("at 9:30 on", "at 10:30 p.m."), TimeRelation::Apart);
}
