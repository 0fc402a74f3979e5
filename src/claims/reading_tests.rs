//! Figures read with the right counted noun, or read at all (issue 13, on wire-style copy):
//! the head noun past its adjectives ("nearly 100 angry *mourners*"), a unit past its
//! modifiers ("352 net rushing *yards*"), figures glued to a word by a hyphen
//! ("magnitude-6.1", "Follow-Up-1 Dead"), a lone "one" after a verb of killing, a fraction after
//! "and", a non-restrictive relative clause, a noun for an amount in a unit ("yardage"), and
//! whose age "a 38-year-old Troy man" is.

use super::*;
use crate::lexicon::EventClass;

/// The claim of `sentence` whose text is `text`.
fn claim(sentence: &str, text: &str) -> Claim {
    extract_sentence(sentence, None)
        .into_iter()
        .find(|c| c.text(sentence) == text)
        .unwrap_or_else(|| {
            let found: Vec<_> = extract_sentence(sentence, None)
                .iter()
                .map(|c| c.text(sentence).to_string())
                .collect();
            panic!("{sentence}: no claim {text:?}, found {found:?}")
        })
}

fn texts(sentence: &str) -> Vec<String> {
    extract_sentence(sentence, None)
        .iter()
        .map(|c| c.text(sentence).to_string())
        .collect()
}

fn unit(claim: &Claim) -> Unit {
    claim.quantity().expect("a figure").unit
}

#[test]
fn the_counted_noun_is_the_head_of_its_noun_phrase() {
    for (sentence, text, noun) in [
        // An adjective between the figure and its noun is skipped.
        (
            "Nearly 100 angry mourners gathered outside the church.",
            "Nearly 100",
            Some("mourners"),
        ),
        ("Gray had four prior arrests.", "four", Some("arrests")),
        (
            "He is accused of shooting his three former co-workers.",
            "three",
            Some("workers"),
        ),
        (
            "Police detained 20 suspected militants overnight.",
            "20",
            Some("militants"),
        ),
        (
            "Rebels freed the 8 remaining hostages on Sunday.",
            "8",
            Some("hostages"),
        ),
        // A noun before a noun is a compound: it keeps its head.
        ("He hit 33 home runs in 2008.", "33", Some("home runs")),
        (
            "He has hit more than 30 home runs.",
            "more than 30",
            Some("home runs"),
        ),
        (
            "The resort has 300 guest rooms.",
            "300",
            Some("guest rooms"),
        ),
        // A word in -s before a name or a determiner is a verb; a possessive is a modifier.
        ("A 6.1 quake hits Aceh.", "6.1", Some("quake")),
        ("A 7.1 quake strikes the coast.", "7.1", Some("quake")),
        (
            "The firm claims 25 percent of the Fortune magazine's list of top partners.",
            "25 percent",
            Some("list"),
        ),
        // A plural capitalised word is the noun itself.
        (
            "Tens of thousands angry Greeks demonstrate in Athens.",
            "Tens of thousands",
            Some("greeks"),
        ),
        (
            "The man accused of shooting his three former co-workers is Anthony LaCalamita.",
            "three",
            Some("workers"),
        ),
        (
            "In their Week 16 match-up with Kansas City, they won.",
            "16",
            Some("match-up"),
        ),
        (
            "The 170,000-square-foot building houses a number of businesses.",
            "170,000-square-foot",
            None,
        ),
        // An adverb after the noun ends it.
        (
            "Pirates released 26 Somali crew onboard the tanker.",
            "26",
            Some("crew"),
        ),
        ("The ship had 22 crew aboard.", "22", Some("crew")),
        // Unchanged: a noun then a verb, a count noun in a compound, a nationality.
        ("Four men face charges.", "Four", Some("men")),
        ("Two teams play tonight.", "Two", Some("teams")),
        (
            "Some 31 media workers were killed.",
            "Some 31",
            Some("workers"),
        ),
        ("Floods killed 41 people in Sindh.", "41", Some("people")),
        ("12 Afghan villagers were killed.", "12", Some("villagers")),
        ("The strike killed 12 including four children.", "12", None),
        (
            "The army lost 15 soldiers yesterday.",
            "15",
            Some("soldiers"),
        ),
    ] {
        let found = claim(sentence, text);
        assert_eq!(found.context.counted_noun.as_deref(), noun, "{sentence}");
    }
}

#[test]
fn a_unit_after_modifiers_is_the_figures_unit() {
    for (sentence, text) in [
        ("The Chiefs ran for 352 yards rushing.", "352 yards"),
        (
            "The Chiefs finished with 352 net rushing yards.",
            "352 net rushing yards",
        ),
        (
            "The Chiefs finished with 352 net yards rushing.",
            "352 net yards",
        ),
        ("Kansas City piled up 507 total yards.", "507 total yards"),
        (
            "Luck finished the season with 4,374 passing yards.",
            "4,374 passing yards",
        ),
    ] {
        let found = claim(sentence, text);
        assert_eq!(unit(&found), Unit::Measure(Measure::Yard), "{sentence}");
    }
    // A modifier before a word that is no unit leaves a count.
    let found = claim("They scored 20 total points.", "20");
    assert_eq!(unit(&found), Unit::Count);
    assert_eq!(found.context.counted_noun.as_deref(), Some("points"));
}

#[test]
fn a_magnitude_glued_by_a_hyphen_is_read() {
    for (sentence, text, value) in [
        (
            "A magnitude-6.1 earthquake struck Aceh on Tuesday.",
            "6.1",
            6.1,
        ),
        ("A magnitude-7 quake hit the coast.", "7", 7.0),
        ("The 8.7-magnitude quake struck in 2012.", "8.7", 8.7),
        ("A magnitude 6.1 quake struck Aceh.", "6.1", 6.1),
    ] {
        let found = claim(sentence, text);
        assert_eq!(found.quantity().unwrap().low, Some(value), "{sentence}");
        assert_eq!(
            found.context.counted_noun.as_deref(),
            Some("magnitude"),
            "{sentence}"
        );
    }
    // A name with digits stays no figure.
    for sentence in [
        "Covid-19 deaths rose again.",
        "Two F-16 jets flew over.",
        "The G-20 summit opened.",
    ] {
        assert!(
            !texts(sentence)
                .iter()
                .any(|t| t == "19" || t == "16" || t == "20"),
            "{sentence}: {:?}",
            texts(sentence)
        );
    }
}

#[test]
fn at_least_one_after_a_verb_of_killing_is_a_count() {
    for (sentence, text, event) in [
        (
            "The quake struck Aceh on Tuesday, killing at least one and leaving two others missing.",
            "at least one",
            EventClass::Death,
        ),
        (
            "The blast killed one and injured five.",
            "one",
            EventClass::Death,
        ),
        (
            "Police arrested at least one, a spokesman said.",
            "at least one",
            EventClass::Arrest,
        ),
    ] {
        let found = claim(sentence, text);
        assert_eq!(found.quantity().unwrap().low, Some(1.0), "{sentence}");
        assert!(found.context.events.contains(event), "{sentence}");
    }
    for sentence in [
        "He was one of the best players of his generation.",
        "No one was killed in the blast.",
        "He is the one who killed the man.",
        "The rivals killed one another.",
    ] {
        assert!(
            !texts(sentence).iter().any(|t| t.ends_with("one")),
            "{sentence}: {:?}",
            texts(sentence)
        );
    }
}

#[test]
fn a_headline_count_glued_after_a_hyphen_is_read() {
    let sentence = "Troy, Michigan Office Shooting Follow-Up-1 Dead, 2 Injured, and Suspect Caught";
    let found = claim(sentence, "1");
    assert_eq!(found.context.counted_noun.as_deref(), Some("dead"));
    assert!(found.context.events.contains(EventClass::Death));
    let found = claim("Blast Update-3 Killed, 5 Hurt", "3");
    assert!(found.context.events.contains(EventClass::Death));
    // A name with digits before another word stays a name.
    for sentence in ["The Follow-Up-2 report is out.", "Covid-19 killed many."] {
        assert!(
            !texts(sentence).iter().any(|t| t == "2" || t == "19"),
            "{sentence}: {:?}",
            texts(sentence)
        );
    }
}

#[test]
fn a_fraction_after_and_is_a_share_unless_it_ends_a_quantity() {
    let sentence =
        "Its servers consume one quarter the power and one sixth the space of x86 servers.";
    for text in ["one quarter", "one sixth"] {
        assert_eq!(unit(&claim(sentence, text)), Unit::Percent, "{text}");
    }
    let found = claim(
        "The servers take about a sixth the space of others.",
        "about a sixth",
    );
    assert_eq!(unit(&found), Unit::Percent);
    // The rest of a quantity: no share.
    for sentence in [
        "The march lasted an hour and a half.",
        "They walked a mile and a half.",
    ] {
        assert!(
            !extract_sentence(sentence, None)
                .iter()
                .any(|c| c.quantity().is_some_and(|q| q.unit == Unit::Percent)),
            "{sentence}"
        );
    }
}

#[test]
fn a_non_restrictive_relative_clause_is_skipped() {
    let sentence =
        "Sources told Enough that one bomb, which did not explode, fell directly within the camp.";
    let found = claim(sentence, "one");
    assert_eq!(found.context.counted_noun.as_deref(), Some("bomb"));
    let found = claim(
        "The two men, who were arrested last week, died on Sunday.",
        "two",
    );
    assert_eq!(found.context.events, [EventClass::Death]);
    assert!(!found.context.marks.events_borrowed());
    let found = claim(
        "Three people, who had been detained on Friday, were killed.",
        "Three",
    );
    assert_eq!(found.context.events, [EventClass::Death]);
    // A relative clause that runs to the end of the sentence: as before.
    let found = claim(
        "Police said 5,000 people attended the rally, which organisers said drew 50,000.",
        "5,000",
    );
    assert!(found.context.events.contains(EventClass::Rally));
    // Inside the aside, the aside's own clause.
    let found = claim("The men, who killed two guards, escaped on Friday.", "two");
    assert!(found.context.events.contains(EventClass::Death));
}

#[test]
fn a_place_before_a_person_noun_is_no_ones_name() {
    for (sentence, holder) in [
        ("Police arrested a 38-year-old Troy man on Friday.", None),
        ("A 25-year-old Brooklyn woman was charged.", None),
        (
            "The suspect is Anthony LaCalamita III, a 38-year-old Troy resident who was fired.",
            Some("lacalamita"),
        ),
        (
            "John Smith, a 45-year-old Detroit man, was charged.",
            Some("smith"),
        ),
        (
            "Police arrested 38-year-old Anthony Hinton on Friday.",
            Some("hinton"),
        ),
        (
            "The suspect, 38-year-old Anthony LaCalamita, was seeking them out.",
            Some("lacalamita"),
        ),
        ("Police shot 16-year-old Kimani Gray.", Some("gray")),
    ] {
        let found = extract_sentence(sentence, None)
            .into_iter()
            .find(|c| c.quantity().is_some_and(|q| q.unit == Unit::Age))
            .unwrap_or_else(|| panic!("{sentence}: no age"));
        assert_eq!(found.context.holder.as_deref(), holder, "{sentence}");
    }
}

#[test]
fn a_noun_for_an_amount_in_a_unit_gives_its_unit() {
    for (sentence, text, measure) in [
        (
            "Luck threw for 205 yards, swelling his season yardage to 4,183.",
            "4,183",
            Measure::Yard,
        ),
        (
            "The car's mileage was 120,000 when it was sold.",
            "120,000",
            Measure::Mile,
        ),
    ] {
        let found = claim(sentence, text);
        assert_eq!(unit(&found), Unit::Measure(measure), "{sentence}");
    }
    // Not when a noun of its own follows, nor for film footage.
    let found = claim("His yardage fell to 4,183 yards per season.", "4,183 yards");
    assert_eq!(unit(&found), Unit::Measure(Measure::Yard));
    let found = claim("The footage shows 40 people.", "40");
    assert_eq!(unit(&found), Unit::Count);
    let found = claim("The season yardage leader has 12 touchdowns.", "12");
    assert_eq!(unit(&found), Unit::Count);
}

#[test]
fn a_hyphenated_modifier_is_no_adjective_to_skip() {
    for (sentence, text) in [
        ("He has played six big-league seasons.", "six"),
        ("He has played six major-league seasons.", "six"),
    ] {
        let found = claim(sentence, text);
        assert_eq!(
            found.context.counted_noun.as_deref(),
            Some("seasons"),
            "{sentence}"
        );
    }
}

/// A count hyphened to its noun as a modifier counts that noun: "an 80-employee startup" counts
/// employees, as "80 employees" does; "a five-boat attack" boats; "a 13-play drive" plays.
#[test]
fn a_count_hyphened_to_its_noun_counts_it() {
    for (sentence, text, noun) in [
        (
            "SeaMicro, an 80-employee startup, was founded in 2007.",
            "80",
            "employee",
        ),
        (
            "A five-boat pirate attack was foiled on Friday.",
            "five",
            "boat",
        ),
        (
            "The Colts capped a 13-play drive with a touchdown.",
            "13",
            "play",
        ),
        ("They took a 10-point lead at halftime.", "10", "point"),
        (
            "Police formed a 200-officer cordon around the square.",
            "200",
            "officer",
        ),
    ] {
        let found = claim(sentence, text);
        assert_eq!(
            found.context.counted_noun.as_deref(),
            Some(noun),
            "{sentence}"
        );
    }
    // "200-odd" and "20-something" are no nouns, nor a letter ("a 3-D film").
    for (sentence, text) in [
        (
            "A 200-odd crowd gathered outside the courthouse.",
            "200-odd",
        ),
        ("He watched a 3-D film.", "3"),
    ] {
        for found in extract_sentence(sentence, None) {
            assert!(
                !matches!(found.context.counted_noun.as_deref(), Some("odd" | "d")),
                "{sentence} ({text}): {:?}",
                found.context.counted_noun
            );
        }
    }
    // A measure, a duration, an age, a tally and a name keep their own readings.
    assert!(matches!(
        unit(&claim("He broke off an 86-yard run.", "86-yard")),
        Unit::Measure(_)
    ));
    assert!(matches!(
        unit(&claim("Unions called a 24-hour strike.", "24-hour")),
        Unit::Duration(_)
    ));
    assert_eq!(
        unit(&claim("A 16-year-old boy was shot.", "16-year-old")),
        Unit::Age
    );
}

#[test]
fn a_distance_is_measured_from_the_place_named_after_it() {
    for (sentence, text, landmark) in [
        (
            "The camp lies about ten miles south of the generally recognised border.",
            "about ten miles",
            Some("border"),
        ),
        (
            "The epicentre was 55 kilometres (34 miles) west of the town of Bireun.",
            "55 kilometres",
            Some("bireun"),
        ),
        (
            "The quake struck 55km south of Bireun and 72 km southeast of Reuleuet.",
            "72 km",
            Some("reuleuet"),
        ),
        (
            "The epicenter was roughly 55 kilometers from the town of Bireuen, officials said.",
            "roughly 55 kilometers",
            Some("bireuen"),
        ),
        (
            "The office building is about 15 miles north of Detroit.",
            "about 15 miles",
            Some("detroit"),
        ),
        (
            "Fighting broke out five kilometers south of Taludi on Thursday.",
            "five kilometers",
            Some("taludi"),
        ),
        // No place: a length travelled, a depth, a distance with nothing after it.
        ("Police chased him for 30 miles.", "30 miles", None),
        (
            "The quake struck at a depth of 10 kilometres, the survey said.",
            "10 kilometres",
            None,
        ),
        (
            "The quake originated six miles beneath the surface.",
            "six miles",
            None,
        ),
        ("He ran 26 miles to the stadium.", "26 miles", None),
    ] {
        let found = extract_sentence(sentence, None)
            .into_iter()
            .find(|c| c.text(sentence) == text)
            .unwrap_or_else(|| panic!("{sentence}: no claim {text:?}"));
        assert_eq!(found.context.holder.as_deref(), landmark, "{sentence}");
    }
}
