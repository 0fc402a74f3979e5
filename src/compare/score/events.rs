//! Event classes beyond protests and votes on wire-style sentences (issue 13): an armed attack,
//! a fire, an earthquake or other natural disaster, a theft, a deal, a crash. Takes pairs of
//! sentences with a figure each and hands on whether [`match_score`] lets them pair when the
//! sentences share little (similarity 0.1): the two reports of one event's time, toll or price
//! pair through the event's class, while a story's other figures (the injured beside the dead,
//! a company's revenue beside the deal's price, the fire's end beside its start) stay apart.

use super::match_score;
use super::wire::{assert_all, claim};

/// Two outlets' times, tolls and days of one attack pair however each words the attack.
#[test]
fn an_attack_worded_apart_pairs() {
    assert_all(
        &[
            (
                (
                    "Government aircraft attacked the camp at 2:50 p.m., aid workers said.",
                    "2:50 p.m.",
                ),
                (
                    "Witnesses said the market was bombed at about 3 p.m. local time.",
                    "about 3 p.m. local time",
                ),
            ),
            (
                (
                    "Gunmen opened fire on the convoy at 11:15 a.m. on the main road.",
                    "11:15 a.m.",
                ),
                (
                    "The ambush took place at about 11.15am, a spokesman said.",
                    "about 11.15am",
                ),
            ),
            (
                (
                    "The air strike hit a crowded square at 9:40 a.m.",
                    "9:40 a.m.",
                ),
                ("Shelling of the square began at 9:40 a.m.", "9:40 a.m."),
            ),
            (
                (
                    "Militants fired at least four rockets during the attack.",
                    "at least four",
                ),
                ("Four rockets were launched in the assault.", "Four"),
            ),
        ],
        true,
    );
}

/// One attack's dead and its wounded are two counts, though both stand beside the attack.
#[test]
fn an_attacks_dead_are_not_its_wounded() {
    assert_all(
        &[
            (
                ("The bombing killed 12 people, officials said.", "12"),
                ("The attack wounded 12 people.", "12"),
            ),
            (
                ("At least 30 people died in the shelling.", "At least 30"),
                ("Some 40 people were injured in the shelling.", "Some 40"),
            ),
            (
                ("The quake killed at least 22 people.", "at least 22"),
                ("The earthquake injured 22 people.", "22"),
            ),
        ],
        false,
    );
}

/// Two reports of one fire: the time crews were called, the number of firefighters.
#[test]
fn a_fire_worded_apart_pairs() {
    assert_all(
        &[
            (
                (
                    "Crews were called to the fire at about 6am, the service said.",
                    "about 6am",
                ),
                ("The blaze broke out at 6am on Sunday.", "6am"),
            ),
            (
                (
                    "Flames tore through the warehouse shortly after 02:00 GMT.",
                    "shortly after 02:00 GMT",
                ),
                (
                    "The fire started just after 2am, according to crews.",
                    "just after 2am",
                ),
            ),
        ],
        true,
    );
    // Gunfire is an attack, not a fire: the shots' time is not the blaze's.
    assert_all(
        &[(
            ("Troops opened fire on the crowd at 4 p.m.", "4 p.m."),
            ("The blaze was put out at 4 p.m.", "4 p.m."),
        )],
        false,
    );
}

/// One fire's start and its end are two times of one story: apart unless the sentences say
/// they are the same moment.
#[test]
fn a_fires_start_is_not_its_end() {
    assert_all(
        &[(
            ("The alarm was raised at 06:00 as the fire spread.", "06:00"),
            ("The blaze was brought under control at 09:30.", "09:30"),
        )],
        false,
    );
}

/// A time bounded on one side only ("by 6.30am", "after 10pm") says when something was done
/// or not yet: another moment of the story than a time stated as a point, though the two
/// windows meet. Two bounds of one kind still pair.
#[test]
fn a_fire_contained_by_a_time_is_not_the_call_at_a_time() {
    assert_all(
        &[(
            (
                "Firefighters were called to the blaze at about 6am.",
                "about 6am",
            ),
            (
                "By 6.30am the fire had been contained, the service said.",
                "By 6.30am",
            ),
        )],
        false,
    );
    assert_all(
        &[(
            ("The blaze had been brought under control by 9am.", "by 9am"),
            ("Crews had the fire under control by 9am.", "by 9am"),
        )],
        true,
    );
}

/// An earthquake or another natural disaster worded apart: its time, its magnitude.
#[test]
fn a_quake_worded_apart_pairs() {
    assert_all(
        &[
            (
                (
                    "The tremor struck at 2:37 p.m. local time, the agency said.",
                    "2:37 p.m. local time",
                ),
                ("The quake hit at 2:37 p.m.", "2:37 p.m."),
            ),
            (
                (
                    "The typhoon made landfall at about 5 a.m. on Friday.",
                    "about 5 a.m.",
                ),
                ("The storm surge from the cyclone came at 5 a.m.", "5 a.m."),
            ),
        ],
        true,
    );
}

/// A theft worded apart: the time of the raid, the value taken.
#[test]
fn a_theft_worded_apart_pairs() {
    assert_all(
        &[
            (
                (
                    "The raid happened around 4.30am, police said.",
                    "around 4.30am",
                ),
                (
                    "The robbery took place at around 4:30 a.m. local time.",
                    "around 4:30 a.m. local time",
                ),
            ),
            (
                (
                    "Thieves stole jewellery worth an estimated $2.4 million.",
                    "an estimated $2.4 million",
                ),
                (
                    "The heist netted about $2.5 million in watches.",
                    "about $2.5 million",
                ),
            ),
        ],
        true,
    );
    // A police raid is not a robbery: the officers' time is not the thieves'.
    assert_all(
        &[(
            ("Police raided the flat at 5am and arrested two men.", "5am"),
            ("The robbery happened at 5am.", "5am"),
        )],
        false,
    );
}

/// A takeover worded apart pairs on its price; the company's revenue is another sum.
#[test]
fn a_deals_price_pairs_and_revenue_stays_apart() {
    assert_all(
        &[(
            (
                "The chipmaker agreed to acquire the start-up for about $330 million.",
                "about $330 million",
            ),
            (
                "The takeover values the company at $334 million including debt.",
                "$334 million",
            ),
        )],
        true,
    );
    assert_all(
        &[(
            (
                "The chipmaker agreed to acquire the start-up for about $330 million.",
                "about $330 million",
            ),
            (
                "The start-up's annual revenue is about $300 million.",
                "about $300 million",
            ),
        )],
        false,
    );
}

/// A crash worded apart: its time, its toll.
#[test]
fn a_crash_worded_apart_pairs() {
    assert_all(
        &[
            (
                (
                    "The train derailed at 7:12 a.m. near the station.",
                    "7:12 a.m.",
                ),
                ("The crash happened at 7:12 a.m.", "7:12 a.m."),
            ),
            (
                (
                    "Two buses collided at about 10pm on the motorway.",
                    "about 10pm",
                ),
                (
                    "The collision was reported shortly after 10pm.",
                    "shortly after 10pm",
                ),
            ),
        ],
        true,
    );
}

/// A shared incident ranks a pair, but never above agreeing figures: the story's own heist's
/// sum, not the sum of another heist it recalls in the same breath.
#[test]
fn a_shared_incident_weighs_less_than_agreeing_figures() {
    let lede = claim(
        "Thieves pulled off a two million-euro jewellery heist in central Paris on Monday.",
        "two million-euro",
    );
    let same = claim(
        "The men made off with a two-million-euro jewellery haul, a police source said.",
        "two-million-euro",
    );
    let other = claim(
        "In an earlier heist, thieves took an 85 million-euro jewellery haul from a store nearby.",
        "85 million-euro",
    );
    let score = |a, b| match_score(a, b, 0.1);
    assert!(score(&lede, &same).is_some());
    assert!(
        score(&lede, &same) > score(&lede, &other),
        "{:?} / {:?}",
        score(&lede, &same),
        score(&lede, &other)
    );
}

/// A shared incident is evidence only for values that can both be true: two different days or
/// times of one fire, even in related sentences, are as likely two moments of it ("burning since
/// Monday", "had burned by Tuesday evening") as one moment told two ways.
#[test]
fn a_shared_incident_does_not_pair_different_days() {
    let since = claim(
        "The fire has burned more than 8,000 acres since Monday, officials said.",
        "Monday",
    );
    let by = claim(
        "The blaze had burned more than 8,000 acres by Tuesday evening.",
        "Tuesday evening",
    );
    assert_eq!(match_score(&since, &by, 0.3), None);
    assert_eq!(match_score(&by, &since, 0.3), None);
}

/// A time in a fronted phrase ("On Friday, at about 11 a.m., the market was shelled") dates the
/// sentence's happening: it pairs with another outlet's time of it when the two can both be
/// true, though its own phrase names no event; two different times still need related
/// sentences.
#[test]
fn a_fronted_time_dates_its_sentences_incident() {
    assert_all(
        &[(
            (
                "On Friday, at about 11 a.m., the market was shelled.",
                "about 11 a.m.",
            ),
            (
                "Artillery shelled the market at 10:55 a.m. local time.",
                "10:55 a.m. local time",
            ),
        )],
        true,
    );
    assert_all(
        &[(
            ("On Friday, at 9 a.m., the market was shelled.", "9 a.m."),
            ("Shelling hit the market at 11:40 a.m.", "11:40 a.m."),
        )],
        false,
    );
}
