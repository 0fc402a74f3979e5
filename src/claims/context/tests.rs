//! Context read on wire-style sentences (issue 13): term nouns, years a figure runs to, office
//! as a term of rule, founding years.

use crate::claims::{Claim, extract_sentence};

/// The figure of `sentence` whose text is `text`.
fn claim(sentence: &str, text: &str) -> Claim {
    extract_sentence(sentence, None)
        .into_iter()
        .find(|c| c.text(sentence) == text)
        .unwrap_or_else(|| panic!("{sentence}: no claim {text:?}"))
}

#[test]
fn an_n_year_adjective_names_what_it_is_the_term_of() {
    for (sentence, text, noun) in [
        ("Boras asked for a 10-year deal.", "10-year", Some("deal")),
        (
            "His 19-year reign ended in disgrace.",
            "19-year",
            Some("reign"),
        ),
        (
            "He got a five-year prison sentence.",
            "five-year",
            Some("prison"),
        ),
        (
            "The Nationals offered an eight-year, $160 million deal.",
            "eight-year",
            None,
        ),
        ("He served 10 years in prison.", "10 years", None),
        ("The firm was set up 10 years ago.", "10 years", None),
    ] {
        let found = claim(sentence, text);
        assert_eq!(found.context.counted_noun.as_deref(), noun, "{sentence}");
    }
}

#[test]
fn a_year_a_figure_runs_to_dates_it_to_no_other_event() {
    for sentence in [
        "The measures aim to save $40 billion through 2012.",
        "The plan is to cut 12,000 jobs by 2015.",
        "The bank expects losses of $3.2 billion until 2014.",
        "Prices have risen 40% since 2010.",
    ] {
        let found = extract_sentence(sentence, None);
        let figure = found.iter().find(|c| c.quantity().is_some()).unwrap();
        assert_eq!(figure.context.event_year, None, "{sentence}");
    }
    for (sentence, year) in [
        ("In 2004, a quake killed some 230,000 people.", 2004),
        ("The tsunami killed 170,000 people in 2004.", 2004),
        ("Cam Newton in 2011 had the record with 4,051 yards.", 2011),
        (
            "The tsunami struck in 2004 and killed 230,000 people.",
            2004,
        ),
    ] {
        let found = extract_sentence(sentence, None);
        let figure = found.iter().find(|c| c.quantity().is_some()).unwrap();
        assert_eq!(
            figure.context.event_year.map(i16::from),
            Some(year),
            "{sentence}"
        );
    }
}
/// Whether the first figure of each sentence has the event `rule`, as `expected`.
fn assert_rule(sentences: &[&str], expected: bool) {
    use crate::lexicon::EventClass;
    for sentence in sentences {
        let found = extract_sentence(sentence, None);
        let figure = found.iter().find(|c| c.quantity().is_some()).unwrap();
        assert_eq!(
            figure.context.events.contains(EventClass::Rule),
            expected,
            "{sentence}"
        );
    }
}

#[test]
fn an_office_is_a_term_of_rule_only_when_held_taken_or_left() {
    assert_rule(
        &[
            "The office building is about 15 miles north of Detroit.",
            "The team's front office knows the 28-year-old wants 10 years.",
            "Some 300 people work in the company's Paris office.",
        ],
        false,
    );
    assert_rule(
        &[
            "He was praised for his 19 years in office.",
            "Since he took office, 120 officials have been sacked.",
            "She left office after 11 years.",
            "He served two terms of office of five years each.",
        ],
        true,
    );
}

#[test]
fn power_is_a_term_of_rule_only_when_held_taken_or_lost() {
    assert_rule(
        &[
            "SeaMicro, an 80-employee startup, builds power-efficient servers.",
            "The storm left 200,000 homes without power.",
            "The plant will add 1,200 megawatts of nuclear power.",
            "Power was restored to 3,500 customers by noon.",
            "The new engine has 40% more power.",
        ],
        false,
    );
    assert_rule(
        &[
            "He has been in power for 26 years.",
            "The party returned to power after 12 years in opposition.",
            "The army seized power in a coup that left 18 people dead.",
            "He was ousted from power after 30 years.",
            "His 23-year grip on power ended on Friday.",
        ],
        true,
    );
}

#[test]
fn a_founding_year_dates_the_founding_not_the_figure() {
    for sentence in [
        "SeaMicro was founded in 2007 and is backed with $60 million in funding.",
        "Founded in 1998, the firm employs 3,000 people.",
        "The bridge, built in 1920, carries 40,000 cars a day.",
        "Established in 2001, the charity has raised $12.5 million.",
    ] {
        let found = extract_sentence(sentence, None);
        let figure = found.iter().find(|c| c.quantity().is_some()).unwrap();
        assert_eq!(figure.context.event_year, None, "{sentence}");
    }
}

#[test]
fn since_opens_a_span_and_by_closes_one() {
    use crate::claims::DateBound;
    for (sentence, text, bound) in [
        (
            "The fire has burned more than 8,000 acres since Monday.",
            "Monday",
            Some(DateBound::Start),
        ),
        (
            "The fire had burned more than 8,000 acres by Tuesday evening.",
            "Tuesday evening",
            Some(DateBound::End),
        ),
        (
            "The talks will run until 31 March, officials said.",
            "31 March",
            Some(DateBound::End),
        ),
        (
            "Protests have gone on since August 9.",
            "August 9",
            Some(DateBound::Start),
        ),
        ("The fire broke out on Monday.", "Monday", None),
        (
            "Voters went to the polls on August 9, 2020.",
            "August 9, 2020",
            None,
        ),
    ] {
        let found = claim(sentence, text);
        assert_eq!(found.context.date_bound, bound, "{sentence}");
    }
}

#[test]
fn a_year_after_a_founding_word_is_a_founding_year() {
    use crate::claims::DateBound;
    for (sentence, text, role) in [
        (
            "SeaMicro was founded in 2007 and employs 80 people.",
            "2007",
            Some(DateBound::Founding),
        ),
        (
            "Launched in 2007, SeaMicro quickly gained attention.",
            "2007",
            Some(DateBound::Founding),
        ),
        (
            "EYP has built a green reputation since its establishment in 2001.",
            "2001",
            Some(DateBound::Founding),
        ),
        (
            "The firm invested $57.5 million in EYP in 2001.",
            "2001",
            None,
        ),
    ] {
        let found = claim(sentence, text);
        assert_eq!(found.context.date_bound, role, "{sentence}");
    }
}

/// A possessive date names the day of the thing it qualifies ("the toll from Monday's quake",
/// "killed by Monday's quake"): the day of the quake, not a span's start or end (review s4).
#[test]
fn a_possessive_date_after_from_or_by_dates_its_event() {
    for (sentence, text) in [
        (
            "The death toll from Monday's earthquake rose to 300, officials said.",
            "Monday's",
        ),
        (
            "At least 300 people were killed by Monday's earthquake.",
            "Monday's",
        ),
        (
            "Damage from Tuesday's storm ran to $2 billion.",
            "Tuesday's",
        ),
    ] {
        let found = claim(sentence, text);
        assert_eq!(found.context.date_bound, None, "{sentence}");
    }
}

#[test]
fn only_a_founding_makes_a_founding_year() {
    // Review (this session): the war's start, a record's year, jobs created are happenings.
    for (sentence, text) in [
        (
            "The war started in 2003 and has killed 4,000 soldiers.",
            "2003",
        ),
        (
            "The record set in 2008 still stands at 9.58 seconds.",
            "2008",
        ),
        ("Some 3,000 jobs were created in 2010.", "2010"),
        ("The trial opened in 2019 with 12 defendants.", "2019"),
    ] {
        let found = claim(sentence, text);
        assert_eq!(found.context.date_bound, None, "{sentence}");
    }
    for sentence in [
        "The charity, set up in 2001, has 300 volunteers.",
        "The firm was incorporated in 1998 in Delaware.",
        "The band formed in 1994 in Manchester.",
    ] {
        let year = extract_sentence(sentence, None)
            .into_iter()
            .find(|c| c.date().is_some())
            .unwrap_or_else(|| panic!("{sentence}: no date"));
        assert_eq!(
            year.context.date_bound,
            Some(crate::claims::DateBound::Founding),
            "{sentence}"
        );
    }
}

/// The place a count is counted in, as its holder ([`super::scope`]).
fn scope_of(sentence: &str, text: &str) -> Option<String> {
    claim(sentence, text).context.holder.map(|h| h.to_string())
}

#[test]
fn a_count_takes_the_place_it_is_counted_in() {
    for (sentence, text, place) in [
        (
            "The wave killed 160,000 people in Aceh province alone.",
            "160,000",
            Some("aceh"),
        ),
        (
            "The wave killed 160,000 people in Aceh.",
            "160,000",
            Some("aceh"),
        ),
        (
            "The wave killed 160,000 people in the province of Aceh.",
            "160,000",
            Some("aceh"),
        ),
        (
            "The storm killed 160,000 people in the province and thousands more abroad.",
            "160,000",
            Some("province"),
        ),
        (
            "The floods killed 240,000 people across Asia.",
            "240,000",
            Some("asia"),
        ),
        (
            "The floods killed 240,000 people in 11 countries.",
            "240,000",
            Some("countries"),
        ),
        (
            "The floods killed some 240,000 people around the Bay of Bengal.",
            "some 240,000",
            Some("bay of bengal"),
        ),
        (
            "At least nine people died in the Kalma refugee camp, officials said.",
            "At least nine",
            Some("kalma"),
        ),
        (
            "Rebels said 40 soldiers were killed in South Kordofan state.",
            "40",
            Some("south kordofan"),
        ),
        (
            "Some 3,000 people marched across the region on Sunday.",
            "Some 3,000",
            Some("region"),
        ),
        (
            "The quake injured dozens in Indonesia's Aceh province.",
            "dozens",
            Some("aceh"),
        ),
        // No place: a year, a day, an event, a custody, a calendar name.
        (
            "The tsunami killed 170,000 people in 2004.",
            "170,000",
            None,
        ),
        ("Six people were killed in Thursday's bombing.", "Six", None),
        ("Seven people were killed in those raids.", "Seven", None),
        ("Police said 46 people were in custody.", "46", None),
        (
            "Some 5,000 people were killed in the Boxing Day tsunami.",
            "Some 5,000",
            None,
        ),
        ("At least 12 people had been killed.", "At least 12", None),
        // A headline's title case names nothing.
        ("Three Killed In Athens Bank Fire", "Three", None),
        ("THREE PEOPLE HAVE DIED IN A BLAZE", "THREE", None),
    ] {
        assert_eq!(scope_of(sentence, text).as_deref(), place, "{sentence}");
    }
}

#[test]
fn a_capacity_is_no_head_count() {
    for (sentence, text) in [
        ("The depot holds enough food for 20,000 refugees.", "20,000"),
        ("The new stadium has a capacity of 60,000.", "60,000"),
        ("The shelter has room for 400 families.", "400"),
        (
            "The hall can accommodate up to 2,500 people.",
            "up to 2,500",
        ),
    ] {
        let found = claim(sentence, text);
        assert!(
            found
                .context
                .holder
                .as_deref()
                .is_some_and(crate::claims::is_capacity),
            "{sentence}"
        );
    }
    for (sentence, text) in [
        ("About 20,000 refugees live in the camp.", "About 20,000"),
        ("The party holds 306 seats.", "306"),
        (
            "Some 400 families were given food for the winter.",
            "Some 400",
        ),
    ] {
        let found = claim(sentence, text);
        assert!(
            !found
                .context
                .holder
                .as_deref()
                .is_some_and(crate::claims::is_capacity),
            "{sentence}"
        );
    }
}

#[test]
fn a_figure_added_to_an_earlier_one_is_an_increment() {
    for (sentence, text, increment) in [
        (
            "They called in an additional six engines and a ladder.",
            "six",
            true,
        ),
        (
            "Crews then called a further four appliances to help.",
            "four",
            true,
        ),
        (
            "In Thessaloniki another 20,000 people marched.",
            "20,000",
            true,
        ),
        ("Officials sent 300 extra police officers.", "300", true),
        ("Officials sent an extra 300 police officers.", "300", true),
        ("The army deployed 500 more troops on Monday.", "500", true),
        (
            "As their colleagues sobbed in the street, five other bank workers were rescued.",
            "five",
            true,
        ),
        ("Two other people were hurt in the blast.", "Two", true),
        (
            "Twelve people were hurt and other buildings were damaged.",
            "Twelve",
            false,
        ),
        ("Two engines were sent to the store at 6am.", "Two", false),
        (
            "Police said as many as 20,000 people took to the streets.",
            "as many as 20,000",
            false,
        ),
        ("More than 300 people were hurt.", "More than 300", false),
        ("The fire spread further, destroying 12 homes.", "12", false),
    ] {
        let found = claim(sentence, text);
        assert_eq!(found.context.marks.increment(), increment, "{sentence}");
    }
}

#[test]
fn a_sum_worth_of_something_counts_that_thing() {
    for (sentence, text, noun) in [
        (
            "Paris thieves nab $2.5 million worth of jewellery.",
            "$2.5 million",
            "jewellery",
        ),
        (
            "The storm caused £40m worth of damage to the port.",
            "£40m",
            "damage",
        ),
        (
            "They seized $12,000 worth of the phones.",
            "$12,000",
            "phones",
        ),
    ] {
        let found = claim(sentence, text);
        assert_eq!(
            found.context.counted_noun.as_deref(),
            Some(noun),
            "{sentence}"
        );
    }
}
