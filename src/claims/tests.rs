//! Context of claims (who gives a figure, what it is about, which side, quoted or not) and
//! claim spans, on sentences written in the style of wire reports.

use super::*;
use crate::lexicon::EventClass;

fn claims(sentence: &str) -> Vec<Claim> {
    extract_sentence(sentence, None)
}

fn only(sentence: &str) -> Claim {
    let mut found = claims(sentence);
    assert_eq!(found.len(), 1, "{sentence}: {found:?}");
    found.remove(0)
}

#[test]
fn spans_cover_the_claims_own_words() {
    let sentence =
        "Unofficial estimates for the opposition gathering ranged between 100,000 and 220,000.";
    let claim = only(sentence);
    assert_eq!(claim.text(sentence), "between 100,000 and 220,000");
    let sentence = "Some 6,700 people have been arrested.";
    assert_eq!(only(sentence).text(sentence), "Some 6,700");
    let sentence = "A 55-year-old machine operator was detained.";
    assert_eq!(only(sentence).text(sentence), "55-year-old");
}

#[test]
fn who_gives_the_figure() {
    let sentence = "An official report said 65,000 people had attended the presidential rally but unofficial estimates were as low as 10,000.";
    let found = claims(sentence);
    assert_eq!(
        found[0].context.attributed_to.as_deref(),
        Some("An official report")
    );
    assert_eq!(
        found[1].context.attributed_to.as_deref(),
        Some("unofficial estimates")
    );
    let found = only("More than 1,000 protesters were arrested, police said.");
    assert_eq!(found.context.attributed_to.as_deref(), Some("police"));
    let found = only("According to local, independent news site Tut.by, 200,000 people gathered.");
    assert_eq!(
        found.context.attributed_to.as_deref(),
        Some("local, independent news site Tut.by")
    );
    let found = only("According to the union, 38,000 members took part in the strike.");
    assert_eq!(found.context.attributed_to.as_deref(), Some("the union"));
    let found = only("Organisers said 50,000 people marched.");
    assert_eq!(found.context.attributed_to.as_deref(), Some("Organisers"));
    let found = only(
        "Since the Central Election Commission said he had won 80.1% of the vote, anger has grown.",
    );
    assert_eq!(
        found.context.attributed_to.as_deref(),
        Some("the Central Election Commission")
    );
    assert_eq!(
        only("Floods killed 41 people in Sindh.")
            .context
            .attributed_to,
        None
    );
}

#[test]
fn events_are_read_from_the_claims_own_clause() {
    let found = claims(
        "Hundreds of protesters have been wounded and two have died in clashes with police.",
    );
    assert!(found[0].context.events.contains(EventClass::Injury));
    assert!(!found[0].context.events.contains(EventClass::Death));
    assert_eq!(found[1].context.events, [EventClass::Death]);
    let found = only("Some 6,700 people have been arrested, and many have spoken of torture.");
    assert_eq!(found.context.events, [EventClass::Arrest]);
    // A clause without event words borrows the sentence's.
    let found = claims(
        "Police said 5,000 people attended the rally, but organisers put the crowd at 50,000.",
    );
    assert!(found[1].context.events.contains(EventClass::Rally));
}

#[test]
fn sides_of_rival_rallies() {
    let found =
        claims("An official report said 65,000 people had attended the presidential rally.");
    assert_eq!(found[0].context.side, Some(context::Side::Government));
    let found = only(
        "Unofficial estimates for the opposition gathering ranged between 100,000 and 220,000.",
    );
    assert_eq!(found.context.side, Some(context::Side::Opposition));
    let found = only("Some 20,000 people joined a pro-government rally.");
    assert_eq!(found.context.side, Some(context::Side::Government));
    let found = only("The anti-Lukashenko protest drew 100,000 people.");
    assert_eq!(found.context.side, Some(context::Side::Opposition));
    // No rally, no side: a "presidential election" does not make a count pro-government.
    let found =
        only("At least 31 workers signed a letter calling the presidential election falsified.");
    assert_eq!(found.context.side, None);
}

#[test]
fn figures_inside_quotes_are_marked() {
    let found = only("\u{201c}My son is 23 years old,\u{201d} Kovalchuk said.");
    assert!(found.context.quoted);
    let found = only("\"We counted 310 bodies,\" the mayor said.");
    assert!(found.context.quoted);
    let found = only("The mayor said 310 bodies had been recovered.");
    assert!(!found.context.quoted);
}

#[test]
fn vote_shares_know_whose_they_are() {
    let found = claims(
        "The commission said Mr Lukashenko had won 80.1% of the vote and Ms Tikhanovskaya - 10.12%.",
    );
    assert_eq!(found[0].context.holder.as_deref(), Some("lukashenko"));
    assert_eq!(found[1].context.holder.as_deref(), Some("tikhanovskaya"));
    let found = only(
        "Ms Tikhanovskaya, who left for Lithuania, insists she won support ranging from 60% to 70%.",
    );
    assert_eq!(found.context.holder.as_deref(), Some("tikhanovskaya"));
}

#[test]
fn the_article_date_completes_dates_without_a_year() {
    let date: ArticleDate = "2020-08-17".parse().unwrap();
    let found = extract_sentence("The 9 August vote was disputed.", Some(date));
    assert_eq!(found[0].date().unwrap().to_string(), "2020-08-09");
    assert!("2020-02-30".parse::<ArticleDate>().is_err());
    assert!("17/08/2020".parse::<ArticleDate>().is_err());
}

#[test]
fn closed_word_sets_keep_their_words() {
    let kinds = [ClaimKind::Number, ClaimKind::Date, ClaimKind::Quote].map(ClaimKind::as_str);
    assert_eq!(kinds, ["number", "date", "quote"]);
    let exactness = [
        Exactness::Exact,
        Exactness::Approximate,
        Exactness::LowerBound,
        Exactness::UpperBound,
        Exactness::Range,
    ]
    .map(Exactness::as_str);
    assert_eq!(
        exactness,
        [
            "exact",
            "approximate",
            "lower_bound",
            "upper_bound",
            "range"
        ]
    );
    assert_eq!(
        [Direction::Up, Direction::Down].map(Direction::as_str),
        ["up", "down"]
    );
    use strum::IntoEnumIterator;
    let codes: Vec<&str> = Currency::iter().map(Currency::as_str).collect();
    assert_eq!(
        codes,
        [
            "USD", "GBP", "EUR", "JPY", "INR", "RUB", "CNY", "CHF", "UAH", "TRY", "AUD", "CAD",
            "HKD", "NZD", "SGD", "KRW", "BRL", "MXN", "ZAR", "SEK", "NOK", "DKK", "PLN", "ILS",
            "SAR", "AED", "NGN", "KES", "EGP", "PKR", "IDR", "ARS", "CLP", "COP", "PHP", "TWD",
            "THB", "MYR", "VND", "HUF", "CZK", "RON", "QAR", "KWD", "BDT", "LKR", "GHS", "LBP",
            "ISK", "KZT", "CRC", "GEL", "LAK", "BTC"
        ]
    );
    assert!(Currency::iter().all(|c| c.to_string() == c.as_str()));
    let words: Vec<&str> = TimeUnit::iter().map(TimeUnit::as_str).collect();
    let expected = [
        "seconds",
        "minutes",
        "hours",
        "days",
        "weeks",
        "months",
        "years",
        "decades",
        "centuries",
    ];
    assert_eq!(words, expected);
    assert!(TimeUnit::iter().all(|u| u.to_string() == u.as_str()));
}

#[test]
fn only_a_year_the_text_writes_dates_a_figure_to_another_event() {
    let date: ArticleDate = "2021-03-05".parse().unwrap();
    // "30 June" of an article of March 2021 is read as June 2020, but the text never says so.
    let found = extract_sentence(
        "The strike began on 30 June and lasted 10 days.",
        Some(date),
    );
    let days = found.iter().find(|c| c.quantity().is_some()).unwrap();
    assert_eq!(days.context.event_year, None);
    let found = extract_sentence("In 2004, a quake killed some 230,000 people.", Some(date));
    let killed = found.iter().find(|c| c.quantity().is_some()).unwrap();
    assert_eq!(killed.context.event_year.map(i16::from), Some(2004));
}

/// "last year" dates a figure to the year before the article's, as a written year does; with no
/// article date it dates nothing, and "this year", "since last year" or "last year's total" to
/// date the story's own figures stay undated.
#[test]
fn last_year_dates_a_figure_to_the_year_before_the_articles() {
    let date = crate::claims::parse_article_date("2013-07-02").unwrap();
    let year_of = |sentence: &str, date| {
        let found = extract_sentence(sentence, date);
        let figure = found.iter().find(|c| c.quantity().is_some()).unwrap();
        figure.context.event_year.map(i16::from)
    };
    for sentence in [
        "In April last year an 8.6-magnitude quake struck off Banda Aceh.",
        "Last year, floods killed 120 people in the province.",
        "The storm that hit the coast last year destroyed 300 homes.",
    ] {
        assert_eq!(year_of(sentence, Some(date)), Some(2012), "{sentence}");
        assert_eq!(year_of(sentence, None), None, "{sentence}");
    }
    for sentence in [
        "Prices have risen 40% since last year.",
        "Over the last year, food prices have risen 12%.",
        "Retail sales rose 3% in June compared with last year.",
        "This year 300 homes were destroyed.",
        "A 6.1-magnitude quake struck on Tuesday.",
    ] {
        assert_eq!(year_of(sentence, Some(date)), None, "{sentence}");
    }
}

// Issue 13: a figure's context read from its own clause. Wire-style sentences, in pairs that
// must be candidates of one comparison and pairs that must never be.

/// The one figure or date of `sentence` whose text is `text`.
fn claim_in(sentence: &str, text: &str) -> Claim {
    claims(sentence)
        .into_iter()
        .find(|c| c.text(sentence) == text)
        .unwrap_or_else(|| panic!("{sentence}: no claim {text:?} in {:?}", claims(sentence)))
}

/// Whether compare may take the two figures for one thing, on their context alone (sentences
/// that share nothing else: similarity 0).
fn may_pair(a: (&str, &str), b: (&str, &str)) -> bool {
    crate::compare::match_score(&claim_in(a.0, a.1), &claim_in(b.0, b.1), 0.0).is_some()
}

#[test]
fn one_thing_counted_in_two_phrasings_pairs() {
    let same = [
        (
            ("One firefighter was killed in the blaze.", "One"),
            ("Two firefighters have died, officials said.", "Two"),
        ),
        (
            (
                "At least 24 people were killed, the agency said.",
                "At least 24",
            ),
            ("The quake left 24 dead and 200 injured.", "24"),
        ),
        (
            ("Officials put the death toll at 24.", "24"),
            ("At least 24 people were killed.", "At least 24"),
        ),
        (
            ("The death toll rose to 26 on Wednesday.", "26"),
            ("There were 24 deaths, the governor said.", "24"),
        ),
        (
            ("There were 24 fatalities, the governor said.", "24"),
            ("Rescuers said 25 people died.", "25"),
        ),
        (
            ("Police detained 300 people in the capital.", "300"),
            ("About 300 protesters were arrested on Sunday.", "About 300"),
        ),
        (
            (
                "Twelve demonstrators were held in custody overnight.",
                "Twelve",
            ),
            ("Police arrested 12 protesters.", "12"),
        ),
        (
            ("Three people were wounded in the attack.", "Three"),
            ("The attack left three hurt, police said.", "three"),
        ),
        (
            ("At least 40 people were injured.", "At least 40"),
            ("Dozens of people were wounded, medics said.", "Dozens"),
        ),
        (
            (
                "Some 2,000 demonstrators marched to the square.",
                "Some 2,000",
            ),
            ("A crowd of 2,500 gathered in the square.", "2,500"),
        ),
        (
            ("About 2,000 marchers walked to parliament.", "About 2,000"),
            (
                "Some 2,000 protesters rallied outside parliament.",
                "Some 2,000",
            ),
        ),
        (
            ("Police put the crowd at 120,000.", "120,000"),
            (
                "Organisers said 128,000 protesters joined the rally.",
                "128,000",
            ),
        ),
        (
            ("The march drew 50,000, organisers said.", "50,000"),
            (
                "Some 45,000 people took part in the protest march.",
                "Some 45,000",
            ),
        ),
        (
            ("He was praised for his 19 years in office.", "19 years"),
            ("His 19-year reign ended in disgrace.", "19-year"),
        ),
        (
            ("Turnout was 65%, the commission said.", "65%"),
            ("Turnout stood at 64 percent.", "64 percent"),
        ),
    ];
    for (a, b) in same {
        assert!(may_pair(a, b), "{a:?} / {b:?} should pair");
    }
}

#[test]
fn different_things_and_events_never_pair() {
    let apart = [
        (
            ("Officials put the death toll at 24.", "24"),
            ("At least 24 people were injured.", "At least 24"),
        ),
        (
            ("The quake left 24 dead.", "24"),
            ("Police arrested 24 people.", "24"),
        ),
        (
            ("Turnout was 65%, the commission said.", "65%"),
            ("Lukashenko won 65% of the vote.", "65%"),
        ),
        (
            ("At least 300 people were arrested.", "At least 300"),
            ("At least 300 people were killed.", "At least 300"),
        ),
        (
            ("Three people were wounded in the attack.", "Three"),
            ("Three people died in the attack.", "Three"),
        ),
        // Workers are not people in general: on the seed set "Dozens of media workers
        // protested" took the opposition crowd's partner and diverged from it.
        (
            (
                "Dozens of media workers protested in central Minsk.",
                "Dozens",
            ),
            (
                "Unofficial estimates for the opposition gathering ranged between 100,000 and 220,000.",
                "between 100,000 and 220,000",
            ),
        ),
    ];
    for (a, b) in apart {
        assert!(!may_pair(a, b), "{a:?} / {b:?} must not pair");
    }
}

#[test]
fn one_before_a_noun_is_a_count() {
    let found = only("One firefighter was killed in the blaze.");
    assert_eq!(found.context.counted_noun.as_deref(), Some("firefighter"));
    assert_eq!(found.context.events, [EventClass::Death, EventClass::Fire]);
    let found = only("One person died and the fire destroyed the bank.");
    assert_eq!(found.context.counted_noun.as_deref(), Some("person"));
    assert_eq!(found.context.events, [EventClass::Death]);
}

#[test]
fn an_n_year_adjective_is_a_duration() {
    for (sentence, text) in [
        ("His 19-year reign ended in 2011.", "19-year"),
        ("He ended his 19 years in office.", "19 years"),
        ("a nineteen-year rule", "nineteen-year"),
    ] {
        let found = claim_in(sentence, text);
        assert_eq!(
            found.quantity().unwrap().unit,
            Unit::Duration(TimeUnit::Years),
            "{sentence}"
        );
        assert_eq!(found.context.events, [EventClass::Rule], "{sentence}");
    }
}

#[test]
fn a_figure_without_a_noun_takes_the_counted_noun_of_its_clause() {
    for (sentence, text, noun) in [
        ("Police put the crowd at 120,000.", "120,000", "crowd"),
        ("Officials put the death toll at 24.", "24", "toll"),
        ("The death toll rose to 24 on Tuesday.", "24", "toll"),
        ("Turnout was 65%, the commission said.", "65%", "turnout"),
        ("Turnout stood at 64 percent.", "64 percent", "turnout"),
        (
            "Police said 5,000 attended, but organisers put the crowd at 50,000.",
            "50,000",
            "crowd",
        ),
        ("Attendance was estimated at 3,000.", "3,000", "attendance"),
    ] {
        let found = claim_in(sentence, text);
        assert_eq!(
            found.context.counted_noun.as_deref(),
            Some(noun),
            "{sentence}"
        );
    }
    // The noun of another clause is not this figure's.
    for (sentence, text) in [
        ("The protest reached its fifth day, with 14 arrested.", "14"),
        (
            "The crowd cheered as the mayor said 300 had been freed.",
            "300",
        ),
        ("Police dispersed the crowd and 40 were hurt.", "40"),
        // A generic word is no counted noun: it would keep the figure from its partners.
        ("The numbers swelled to 50,000 by evening.", "50,000"),
        ("Police put the figure at 120,000.", "120,000"),
    ] {
        let found = claim_in(sentence, text);
        assert_eq!(found.context.counted_noun, None, "{sentence}");
    }
    // A figure with its own noun keeps it.
    let found = claim_in("The crowd grew as 5,000 workers joined the march.", "5,000");
    assert_eq!(found.context.counted_noun.as_deref(), Some("workers"));
}

#[test]
fn a_source_before_a_noun_is_no_counted_noun() {
    let found = claim_in("Half the 300 people police detained were released.", "300");
    assert_eq!(found.context.counted_noun.as_deref(), Some("people"));
    let found = claim_in(
        "The three bank workers-two women and a man-were killed.",
        "three",
    );
    assert_eq!(found.context.counted_noun.as_deref(), Some("workers"));
    let found = only("Three die in Athens bank fire");
    assert_eq!(found.context.counted_noun, None);
    let found = only("Some 20,000 came to the square.");
    assert_eq!(found.context.counted_noun, None);
}

#[test]
fn events_come_from_the_figures_own_clause() {
    // The clause has its own event: a word after a subordinate or infinitive clause is another
    // happening's.
    let found = claim_in(
        "Some 50,000 people rallied to demand the end of his 20-year reign.",
        "Some 50,000",
    );
    assert_eq!(found.context.events, [EventClass::Rally]);
    // A crowd that demands something is a crowd; a sum demanded is a demand.
    let found = claim_in(
        "A day after more than 100,000 people demanded new elections in a huge protest, he \
         remained defiant.",
        "more than 100,000",
    );
    assert!(!found.context.events.contains(EventClass::Demand));
    assert!(found.context.events.contains(EventClass::Rally));
    let found = claim_in(
        "Agent Scott Boras countered by asking for an eight-year contract worth $200 million.",
        "$200 million",
    );
    assert!(found.context.events.contains(EventClass::Demand));
    let found = claim_in(
        "The union is demanding a 4.5% pay rise, while managers offered 3%.",
        "3%",
    );
    assert!(found.context.events.contains(EventClass::Offer));
    let found = claim_in(
        "SKY-TV reports that the 3 bank employees were burnt to death.",
        "3",
    );
    assert!(found.context.events.contains(EventClass::Death));
    let found = claim_in(
        "About 300 people were arrested after the rally turned violent.",
        "About 300",
    );
    assert_eq!(found.context.events, [EventClass::Arrest]);
    let found = claim_in(
        "At least 24 people were killed when protesters stormed the building.",
        "At least 24",
    );
    assert_eq!(found.context.events, [EventClass::Death]);
    // A clause with none of its own reads the wider clause, then the nearest clause.
    let found = claim_in(
        "Police said 300 people who had gathered at the rally were arrested.",
        "300",
    );
    assert!(found.context.events.contains(EventClass::Arrest));
    let found = claims("Six children were killed and 14 others trapped.");
    assert_eq!(found[1].context.events, [EventClass::Death]);
    assert!(found[1].context.marks.events_borrowed());
    // An aside between commas borrows the whole sentence's events, not only its neighbour's.
    let found = claim_in(
        "Police put the march, to mark a 24-hour nationwide strike, at roughly 30,000 people.",
        "roughly 30,000",
    );
    assert!(found.context.events.contains(EventClass::Rally));
}

#[test]
fn a_holder_is_a_noun_phrase_that_gives_figures() {
    for (sentence, text, holder) in [
        (
            "However police said 5,000 people attended.",
            "5,000",
            Some("police"),
        ),
        (
            "Meanwhile the ministry said 24 people had died.",
            "24",
            Some("the ministry"),
        ),
        (
            "But police said the crowd numbered 120,000.",
            "120,000",
            Some("police"),
        ),
        (
            "And officials put the death toll at 24.",
            "24",
            Some("officials"),
        ),
        (
            "Reuters reported that 300 people were detained.",
            "300",
            Some("Reuters"),
        ),
        (
            "That is double the figures reported in 2019, when 300 died.",
            "300",
            None,
        ),
        (
            "Turnout was twice the numbers reported last time, at 70%.",
            "70%",
            None,
        ),
        // A holder ends in a noun, states no figure of its own and is not negated.
        (
            "Thieves took luxury watches worth an estimated $100 million.",
            "an estimated $100 million",
            None,
        ),
        (
            "There were no immediate reports of casualties among the 300 residents.",
            "300",
            None,
        ),
        (
            "He was charged with two counts of murder and faces 25 years.",
            "25 years",
            None,
        ),
        (
            "It was first reported that 12 people were hurt.",
            "12",
            None,
        ),
        (
            "The toll was described on radio reports as 24 dead.",
            "24",
            Some("radio reports"),
        ),
        (
            "The figure comes shortly after reports that 300 were detained.",
            "300",
            None,
        ),
        (
            "Police later said 12 people were hurt.",
            "12",
            Some("Police"),
        ),
        (
            "The US Geological Survey said the quake struck 10 km deep.",
            "10 km",
            Some("The US Geological Survey"),
        ),
        // A subject before a passive verb is what was reported, not who reported it.
        (
            "The camp, 10 miles south of the border, was hit after bombings were reported.",
            "10 miles",
            None,
        ),
        (
            "Clashes were reported near the camp, which houses 20,000 refugees.",
            "20,000",
            None,
        ),
        (
            "Heavy losses had been reported in the town of 40,000 people.",
            "40,000",
            None,
        ),
        (
            "Local media have reported 40 deaths in the town.",
            "40",
            Some("Local media"),
        ),
    ] {
        let found = claim_in(sentence, text);
        assert_eq!(found.context.attributed_to.as_deref(), holder, "{sentence}");
    }
}

#[test]
fn only_counts_of_people_at_a_rally_have_a_side() {
    let date: ArticleDate = "2020-08-17".parse().unwrap();
    let found = extract_sentence(
        "Voters went to the polls on 9 August as opposition protesters gathered outside.",
        Some(date),
    );
    let day = found.iter().find(|c| c.date().is_some()).unwrap();
    assert_eq!(day.context.side, None);
    let found = claim_in(
        "Turnout was 65% as opposition supporters rallied in the capital.",
        "65%",
    );
    assert_eq!(found.context.side, None);
    let found = claim_in("The opposition march covered 5km through the city.", "5km");
    assert_eq!(found.context.side, None);
    let found = claim_in(
        "Police spent $2 million on the pro-government rally.",
        "$2 million",
    );
    assert_eq!(found.context.side, None);
    // Counts of people at a rally keep theirs.
    let found = claim_in("The opposition rally drew 100,000 people.", "100,000");
    assert_eq!(found.context.side, Some(context::Side::Opposition));
    let found = claim_in(
        "Police put the crowd at the pro-government rally at 20,000.",
        "20,000",
    );
    assert_eq!(found.context.side, Some(context::Side::Government));
    let found = claim_in("Some 5,000 joined the opposition march.", "Some 5,000");
    assert_eq!(found.context.side, Some(context::Side::Opposition));
}

#[test]
fn two_identical_dates_are_not_kept_apart_by_a_protest() {
    let date: ArticleDate = "2020-08-17".parse().unwrap();
    let a = extract_sentence(
        "Protests erupted after the presidential election on 9 August.",
        Some(date),
    );
    let b = extract_sentence(
        "The 9 August election sparked the biggest opposition protests in years.",
        Some(date),
    );
    let (a, b) = (
        a.iter().find(|c| c.date().is_some()).unwrap(),
        b.iter().find(|c| c.date().is_some()).unwrap(),
    );
    assert!(crate::compare::match_score(a, b, 0.0).is_some());
}

#[test]
fn ordinals_are_never_counts() {
    for sentence in [
        "Workers walked out on the fifth day of the strike.",
        "It was the 5th day of the strike.",
        "Protesters returned for the twenty-first day.",
        "Protesters returned for the twenty first night in a row.",
        "It is the country's second-largest city.",
        "The strike entered its 21st day.",
        "It was the third-biggest protest since 1991.",
        "Crowds gathered for a 10th consecutive night.",
        "The 100th day of the protests passed quietly.",
    ] {
        let counts: Vec<_> = claims(sentence)
            .into_iter()
            .filter(|c| c.quantity().is_some())
            .map(|c| c.text(sentence).to_string())
            .collect();
        assert!(counts.is_empty(), "{sentence}: {counts:?}");
    }
}

#[test]
fn measures_in_wire_sentences_keep_their_unit() {
    // Each sentence's one measure ("Thousands" is a count of its own).
    // (sentence, the figure's value, its unit, its exactness)
    let cases = [
        (
            "The chase reached 193km / h before the car crashed.",
            193.0,
            Measure::KilometrePerHour,
            Exactness::Exact,
        ),
        (
            "The chase reached 193km/h before the car crashed.",
            193.0,
            Measure::KilometrePerHour,
            Exactness::Exact,
        ),
        (
            "The chase reached 193 km/h, police said.",
            193.0,
            Measure::KilometrePerHour,
            Exactness::Exact,
        ),
        (
            "Police clocked him at 120 mph on the M6.",
            120.0,
            Measure::MilePerHour,
            Exactness::Exact,
        ),
        (
            "Thousands joined a 5km march through the city.",
            5.0,
            Measure::Kilometre,
            Exactness::Exact,
        ),
        (
            "Thousands joined a three-mile march through the city.",
            3.0,
            Measure::Mile,
            Exactness::Exact,
        ),
        (
            "The ship was carrying 2,000 tonnes of wheat.",
            2_000.0,
            Measure::Tonne,
            Exactness::Exact,
        ),
        (
            "The ship was carrying 2,000 tons of wheat.",
            2_000.0,
            Measure::ShortTon,
            Exactness::Exact,
        ),
        (
            "The convoy halted about 24km from the border.",
            24.0,
            Measure::Kilometre,
            Exactness::Approximate,
        ),
        (
            "The convoy halted about 15 miles from the border.",
            15.0,
            Measure::Mile,
            Exactness::Approximate,
        ),
        (
            "Temperatures plunged to -40 C in the north.",
            -40.0,
            Measure::DegreeCelsius,
            Exactness::Exact,
        ),
        (
            "Temperatures plunged to -40 F in Minnesota.",
            -40.0,
            Measure::DegreeFahrenheit,
            Exactness::Exact,
        ),
        (
            "The blaze destroyed 10 hectares of woodland.",
            10.0,
            Measure::Hectare,
            Exactness::Exact,
        ),
        (
            "The blaze destroyed 25 acres of woodland.",
            25.0,
            Measure::Acre,
            Exactness::Exact,
        ),
        (
            "The suspect is described as 6 feet tall.",
            6.0,
            Measure::Foot,
            Exactness::Exact,
        ),
        (
            "The suspect is described as 1.83 metres tall.",
            1.83,
            Measure::Metre,
            Exactness::Exact,
        ),
    ];
    let mut wrong = Vec::new();
    for (sentence, value, measure, exactness) in cases {
        let found: Vec<Quantity> = extract_sentence(sentence, None)
            .into_iter()
            .filter_map(|claim| claim.quantity().cloned())
            .filter(|q| matches!(q.unit, Unit::Measure(_)))
            .collect();
        let expected = (Unit::Measure(measure), Some(value), exactness);
        let read: Vec<_> = found.iter().map(|q| (q.unit, q.low, q.exactness)).collect();
        if read != [expected] {
            wrong.push(format!("{sentence}: {read:?}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// A long article has tens of thousands of claims, all held for the whole comparison: their
/// size is the largest part of `compare`'s peak memory (issue 13: 14,200 claims a side in two
/// 10,000-sentence articles).
#[test]
fn a_claim_stays_small() {
    assert!(std::mem::size_of::<Events>() <= 8);
    assert!(
        std::mem::size_of::<Context>() <= 72,
        "{}",
        std::mem::size_of::<Context>()
    );
    assert!(
        std::mem::size_of::<Claim>() <= 128,
        "{}",
        std::mem::size_of::<Claim>()
    );
}

/// Packing the event classes keeps their order, drops repeats and compares by content.
#[test]
fn events_keep_their_order_packed() {
    use strum::IntoEnumIterator;
    let mut all = Events::default();
    for class in EventClass::iter().rev() {
        all.push(class);
        all.push(class);
    }
    // A set holds its first classes up to its capacity (more than any clause names).
    let capacity = super::events::CAPACITY;
    assert_eq!(all.len(), EventClass::iter().count().min(capacity));
    assert!(all.iter().eq(EventClass::iter().rev().take(capacity)));
    let mut two = Events::default();
    two.push(EventClass::Death);
    two.push(EventClass::Rally);
    assert_eq!(two, [EventClass::Death, EventClass::Rally]);
    assert_eq!(two.first(), Some(EventClass::Death));
    assert!(two.contains(EventClass::Rally) && !two.contains(EventClass::Arrest));
    let mut same = Events::default();
    same.push(EventClass::Death);
    same.push(EventClass::Rally);
    same.push(EventClass::Death);
    assert!(two == same);
    assert!(Events::default().is_empty());
}

/// "N times" after a verb counts the verb's acts: "shot 11 times" counts hits, "fired 11 times"
/// shots, "arrested four times" arrests; "times" after any other word stays what it is.
#[test]
fn times_after_a_verb_count_its_acts() {
    for (sentence, text, noun) in [
        (
            "Gray, 16, was shot eleven times after police said he drew a gun.",
            "eleven",
            "hits",
        ),
        (
            "Both officers fired, hitting Gray eleven times in his torso and legs.",
            "eleven",
            "hits",
        ),
        ("The officers fired 11 times at the car.", "11", "shots"),
        (
            "The suspect had been arrested four times since 2010.",
            "four",
            "arrests",
        ),
        (
            "The victim was stabbed 20 times, police said.",
            "20",
            "stabbings",
        ),
        (
            "She has visited the city three times this year.",
            "three",
            "times",
        ),
        // A multiplier counts no acts.
        (
            "The storm hit three times as hard as forecast.",
            "three",
            "times",
        ),
        (
            "Prices hit three times their level of a year ago.",
            "three",
            "times",
        ),
        ("The firm's shares shot up 5 times in value.", "5", "times"),
        (
            "Shooting rose 11 times faster than last year.",
            "11",
            "times",
        ),
        (
            "Officers fired at Gray 11 times, striking him seven times.",
            "seven",
            "hits",
        ),
    ] {
        let found = claim_in(sentence, text);
        assert_eq!(
            found.context.counted_noun.as_deref(),
            Some(noun),
            "{sentence}"
        );
    }
}
