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
    assert_eq!(found[0].context.share_holder.as_deref(), Some("lukashenko"));
    assert_eq!(
        found[1].context.share_holder.as_deref(),
        Some("tikhanovskaya")
    );
    let found = only(
        "Ms Tikhanovskaya, who left for Lithuania, insists she won support ranging from 60% to 70%.",
    );
    assert_eq!(found.context.share_holder.as_deref(), Some("tikhanovskaya"));
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
    assert_eq!(killed.context.event_year, Some(2004));
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
