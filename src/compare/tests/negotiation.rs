//! Negotiations and economic copy (issue 13): a sum one side asks for is not one the other side
//! offers, while "demand" the economic quantity and offering words on one side only keep no pair
//! apart; one article's two sums of one amount stay two facts.

use super::{Verdict, run};

/// In a negotiation the sum one side asks for and the sum the other offers are two claims,
/// however close: a union's demand and an employer's offer, an agent's ask and a club's bid.
/// Two outlets' offers (or two demands) are one.
#[test]
fn a_sum_asked_for_is_not_a_sum_offered() {
    let ask = run(&[
        "Agent Scott Boras countered by asking for an eight-year contract worth $200 million, \
         sources said.",
        "The Boston Red Sox have made first baseman Mark Teixeira an eight-year, $200 million \
         offer, Dan Patrick reported.",
    ]);
    assert!(ask.unmatched("$200 million"), "{:?}", ask.summary());

    let union = run(&[
        "The union is demanding a pay rise of 4.5% for its 12,000 members.",
        "Managers offered a 4.5% pay rise to end the dispute.",
    ]);
    assert!(union.unmatched("4.5%"), "{:?}", union.summary());

    let seeking = run(&[
        "Teixeira is seeking a 10-year contract for at least $20 million per season.",
        "Teixeira has an eight-year offer on the table from the Red Sox, worth roughly $22 \
         million per season.",
    ]);
    assert!(
        seeking.unmatched("at least $20 million"),
        "{:?}",
        seeking.summary()
    );

    // Two reports of one offer still pair, and so do two of one demand.
    let offers = run(&[
        "The Red Sox offered Teixeira an eight-year deal worth $184 million, WCVB reported.",
        "Reports of the Red Sox offer varied, though WCVB-TV claims it was eight years and $184 \
         million.",
    ]);
    assert_eq!(
        offers.pair("$184 million", "$184 million"),
        Some(Verdict::Agree),
        "{:?}",
        offers.summary()
    );
    let demands = run(&[
        "Nurses are demanding a 7% raise over two years.",
        "The nurses' union wants 7% more over two years, and is seeking better staffing.",
    ]);
    // "7% more" is read as a rise and "a 7% raise" as a level: compatible, and paired.
    assert!(
        demands.pair("7%", "7%").is_some(),
        "{:?}",
        demands.summary()
    );
}

/// "Demand" the economic quantity is no negotiation, and offering words never keep a sum from
/// its report in other words (review of issue 13).
#[test]
fn demand_in_economic_copy_and_offers_in_takeover_copy_still_pair() {
    let oil = run(&[
        "China's demand for crude oil fell 2.3% last year, the agency said.",
        "China's crude imports fell 2.3% last year as prices rose, the agency said.",
    ]);
    assert_eq!(
        oil.pair("2.3%", "2.3%"),
        Some(Verdict::Agree),
        "{:?}",
        oil.summary()
    );
    let copper = run(&[
        "Copper jumped 4.1% on Thursday on expectations of rising demand from China.",
        "Copper prices jumped 4.1% on Thursday, traders said.",
    ]);
    assert_eq!(
        copper.pair("4.1%", "4.1%"),
        Some(Verdict::Agree),
        "{:?}",
        copper.summary()
    );
    let takeover = run(&[
        "Shareholders were offered 52 pence a share in cash.",
        "The deal values the company's shares at 52 pence each.",
    ]);
    assert_eq!(
        takeover.pair("52 pence", "52 pence"),
        Some(Verdict::Agree),
        "{:?}",
        takeover.summary()
    );
    let taxis = run(&[
        "Hundreds of taxi drivers, demanding curbs on Uber, blocked streets in Madrid on Monday.",
        "Hundreds of taxi drivers protested against Uber in Madrid on Monday.",
    ]);
    assert_eq!(
        taxis.pair("Hundreds", "Hundreds"),
        Some(Verdict::Agree),
        "{:?}",
        taxis.summary()
    );
}

/// One article's two sums of one amount, about two things, stay two facts: "revenue of about
/// $4.7 billion" is not the "$4.7 billion" set aside for legal costs.
#[test]
fn two_sums_of_one_amount_in_one_article_stay_two_facts() {
    let run = run(&[
        "The company posted revenue of about $4.7 billion. It also set aside $4.7 billion for \
         legal costs.",
        "The company set aside $4.7 billion for legal costs, it said.",
    ]);
    assert_eq!(
        run.pair("$4.7 billion", "$4.7 billion"),
        Some(Verdict::Agree),
        "{:?}",
        run.summary()
    );
    assert!(run.unmatched("about $4.7 billion"), "{:?}", run.summary());
}
