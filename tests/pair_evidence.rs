//! Evidence for and against a pair of sentences (issue 14, deliverables 2 and 3), on wire-style
//! sentences written for this file before the scorer that passes them. Takes pairs of sentences
//! scored one pair per run ([`pair_similarity_alone`]), hands on nothing: it checks orderings
//! (a pair that conflicts scores below the same pair that agrees) and, for the strongest
//! conflicts, that the pair falls under the default threshold.
//!
//! The cases the scorer does not pass yet are ignored, each saying why: run them with `cargo
//! test --test pair_evidence -- --include-ignored`.

use claimdiff::align::{DEFAULT_THRESHOLD, pair_similarity_alone};

fn score(a: &str, b: &str) -> f32 {
    pair_similarity_alone(a, b)
}

/// `conflicting` scores below `agreeing` (the same pair of reports with the conflict removed).
fn assert_lower(agreeing: (&str, &str), conflicting: (&str, &str)) {
    let (good, bad) = (
        score(agreeing.0, agreeing.1),
        score(conflicting.0, conflicting.1),
    );
    assert!(
        bad < good,
        "{bad} for {conflicting:?} is not below {good} for {agreeing:?}"
    );
}

/// Each pair of ways to write one figure, put in the same sentence by `frame`, scores as the
/// sentence written alike does.
fn assert_written_alike(frame: impl Fn(&str) -> String, cases: &[(&str, &str)]) {
    for (plain, other) in cases {
        let a = frame(plain);
        let alike = score(&a, &a.clone());
        let s = score(&a, &frame(other));
        assert!(
            (alike - s).abs() < 0.05,
            "{s} for {plain:?} / {other:?} (alike: {alike})"
        );
    }
}

/// Two sentences about different people or places are not one report, however many words they
/// share: below the default threshold.
#[test]
#[ignore = "issue 14: under the default threshold needs a name penalty that costs MSRP (docs/accuracy.md): two places now lower a pair (0.82 -> 0.63), not below 0.2"]
fn different_places_or_people_are_different_reports() {
    for (a, b) in [
        (
            "Police in Lagos said 41 protesters were arrested after clashes on Tuesday.",
            "Police in Nairobi said 41 protesters were arrested after clashes on Tuesday.",
        ),
        (
            "Opposition leader Maria Kolesnikova was detained in Minsk on Monday.",
            "Opposition leader Veronika Tsepkalo was detained in Minsk on Monday.",
        ),
        (
            "Floods in Sindh province killed at least 200 people, officials said.",
            "Floods in Punjab province killed at least 200 people, officials said.",
        ),
    ] {
        let s = score(a, b);
        assert!(s < DEFAULT_THRESHOLD, "{s} for {a:?} / {b:?}");
    }
}

/// A different figure lowers a pair (it may still be one report with a disputed figure, which
/// claims matching must see, so it is only lowered, never forbidden).
#[test]
fn a_different_figure_lowers_a_pair() {
    assert_lower(
        (
            "Police said 41 protesters were arrested in Lagos on Tuesday.",
            "On Tuesday police in Lagos arrested 41 protesters.",
        ),
        (
            "Police said 41 protesters were arrested in Lagos on Tuesday.",
            "On Tuesday police in Lagos arrested 14 protesters.",
        ),
    );
    assert_lower(
        (
            "The company said revenue rose 4.1% in the third quarter.",
            "Third-quarter revenue rose 4.1%, the company said.",
        ),
        (
            "The company said revenue rose 4.1% in the third quarter.",
            "Third-quarter revenue rose 2.3%, the company said.",
        ),
    );
}

/// "did not" against "did": a flip of what happened.
#[test]
fn a_negation_on_one_side_lowers_a_pair() {
    assert_lower(
        (
            "The minister resigned on Friday after the vote.",
            "The minister resigned after the vote on Friday.",
        ),
        (
            "The minister resigned on Friday after the vote.",
            "The minister did not resign after the vote on Friday.",
        ),
    );
    assert_lower(
        (
            "Police confirmed that the suspect was armed.",
            "The suspect was armed, police confirmed.",
        ),
        (
            "Police confirmed that the suspect was armed.",
            "The suspect was not armed, police confirmed.",
        ),
    );
}

/// A clause one sentence adds lowers the pair a little; the pair stays above the threshold.
#[test]
fn a_clause_one_side_adds_lowers_a_pair_a_little() {
    let short = "Police arrested 41 protesters in Lagos on Tuesday.";
    let longer = "Police arrested 41 protesters in Lagos on Tuesday, and later released 12 \
                  of them without charge.";
    let s = score(short, longer);
    assert!(s < score(short, short), "{s}");
    assert!(s >= DEFAULT_THRESHOLD, "{s}");
}

/// The same figure written two ways is the same token: the pair scores as if written alike.
#[test]
fn a_figure_written_two_ways_is_one_figure() {
    assert_written_alike(
        |figure| format!("The charity said it had raised {figure} for flood victims in Sindh."),
        &[
            ("$346,807", "$US346,807"),
            ("6,700", "6700"),
            ("2 million", "two million"),
            ("41", "forty-one"),
        ],
    );
}

/// Name variants: another transliteration, a surname alone.
#[test]
fn a_name_written_two_ways_is_one_name() {
    assert_lower(
        (
            "Sviatlana Tsikhanouskaya left for Lithuania on Tuesday, her aides said.",
            "Svetlana Tikhanovskaya left for Lithuania on Tuesday, her aides said.",
        ),
        (
            "Sviatlana Tsikhanouskaya left for Lithuania on Tuesday, her aides said.",
            "Maria Kolesnikova left for Lithuania on Tuesday, her aides said.",
        ),
    );
    let s = score(
        "Tsikhanouskaya left for Lithuania on Tuesday, her aides said.",
        "Sviatlana Tsikhanouskaya left for Lithuania on Tuesday, her aides said.",
    );
    assert!(s > 0.7, "{s}");
}

/// News synonyms (detained / arrested, died / were killed, told reporters / said) raise a pair
/// above the same pair with an unrelated word in their place.
#[test]
#[ignore = "issue 14: news synonyms pass as same-report partners (branch i14-synonyms) but cost compare 17% of its instructions for +0.017 look-alike F1 (docs/accuracy.md, What limits the score)"]
fn news_synonyms_count_as_shared_words() {
    for (a, with_synonym, with_unrelated) in [
        (
            "Police arrested 41 protesters in Lagos on Tuesday.",
            "Police detained 41 protesters in Lagos on Tuesday.",
            "Police praised 41 protesters in Lagos on Tuesday.",
        ),
        (
            "At least 12 miners were killed in the blast in Shanxi.",
            "At least 12 miners died in the blast in Shanxi.",
            "At least 12 miners were trained in the blast in Shanxi.",
        ),
        (
            "The death toll from the floods in Sindh rose to 200.",
            "The number of casualties from the floods in Sindh rose to 200.",
            "The number of schools from the floods in Sindh rose to 200.",
        ),
    ] {
        assert_lower((a, with_synonym), (a, with_unrelated));
    }
}

/// More places and people: a capitalised word in mid-sentence names someone or somewhere in
/// this sentence, however common the word is in general English.
#[test]
#[ignore = "issue 14: under the default threshold needs a name penalty that costs MSRP (docs/accuracy.md): two places now lower a pair (0.82 -> 0.63), not below 0.2"]
fn more_places_and_people_are_different_reports() {
    for (a, b) in [
        (
            "Gunmen attacked a police station in Karachi overnight, killing three officers.",
            "Gunmen attacked a police station in Lahore overnight, killing three officers.",
        ),
        (
            "Health minister Grace Mensah said 12 clinics in Kumasi would close next month.",
            "Health minister Ama Owusu said 12 clinics in Kumasi would close next month.",
        ),
        (
            "The ferry capsized on Lake Victoria near Mwanza with about 200 passengers aboard.",
            "The ferry capsized on Lake Tanganyika near Kigoma with about 200 passengers aboard.",
        ),
    ] {
        let s = score(a, b);
        assert!(s < DEFAULT_THRESHOLD, "{s} for {a:?} / {b:?}");
    }
}

/// What capitals do not make a name: a weekday or a month, a title before a name, the first
/// word of a sentence or of a quotation, a headline's words. Each pair is one report (or a
/// report and its headline) and stays above the default threshold.
#[test]
fn capitals_that_name_no_one_are_no_evidence_against() {
    for (a, b) in [
        // A different weekday: the same report, maybe written a day later.
        (
            "Police in Lagos said 41 protesters were arrested after clashes on Tuesday.",
            "Police in Lagos said 41 protesters were arrested after clashes on Wednesday.",
        ),
        // A title on one side, another on the other.
        (
            "President William Ruto told reporters in Nairobi that the tax would be dropped.",
            "Kenyan leader William Ruto told reporters in Nairobi that the tax would be dropped.",
        ),
        // Sentence-initial words.
        (
            "Police arrested 41 protesters in Lagos on Tuesday after clashes near the stadium.",
            "Soldiers arrested 41 protesters in Lagos on Tuesday after clashes near the stadium.",
        ),
        // The first word of a quotation, after a colon.
        (
            "The governor said: \"Rescue teams reached the flooded villages in Sindh on Friday.\"",
            "The governor said: \"Relief teams reached the flooded villages in Sindh on Friday.\"",
        ),
        // A headline in title case.
        (
            "Heavy Rain Floods Homes Across Sindh Province",
            "Heavy Rain Floods Villages Across Sindh Province",
        ),
        // A month.
        (
            "The central bank raised its main rate to 27.5% in March, its third rise this year.",
            "The central bank raised its main rate to 27.5% in April, its third rise this year.",
        ),
    ] {
        let s = score(a, b);
        assert!(s >= DEFAULT_THRESHOLD, "{s} for {a:?} / {b:?}");
    }
}

/// More negations: "had not", "never", "didn't", "no longer"; a pair negated on both sides is
/// no flip.
#[test]
fn more_negations_lower_a_pair() {
    assert_lower(
        (
            "Officials said the dam on the Indus had burst overnight.",
            "The dam on the Indus burst overnight, officials said.",
        ),
        (
            "Officials said the dam on the Indus had burst overnight.",
            "The dam on the Indus had not burst overnight, officials said.",
        ),
    );
    assert_lower(
        (
            "The company paid the fine imposed by the regulator in 2019.",
            "The fine imposed by the regulator in 2019 was paid by the company.",
        ),
        (
            "The company paid the fine imposed by the regulator in 2019.",
            "The company never paid the fine imposed by the regulator in 2019.",
        ),
    );
    assert_lower(
        (
            "The minister attended the summit in Abuja on Thursday.",
            "The minister attended Thursday's summit in Abuja.",
        ),
        (
            "The minister attended the summit in Abuja on Thursday.",
            "The minister didn't attend the summit in Abuja on Thursday.",
        ),
    );
    assert_lower(
        (
            "The bank offers loans to small farmers in the north.",
            "Small farmers in the north get loans from the bank.",
        ),
        (
            "The bank offers loans to small farmers in the north.",
            "The bank no longer offers loans to small farmers in the north.",
        ),
    );
    // Both sides negate: one report.
    let both = score(
        "The minister did not resign after the vote on Friday.",
        "The minister has not resigned after Friday's vote.",
    );
    let one = score(
        "The minister resigned after the vote on Friday.",
        "The minister has not resigned after Friday's vote.",
    );
    assert!(both > one, "{both} / {one}");
}

/// More figures written two ways.
#[test]
fn more_figures_written_two_ways_are_one_figure() {
    assert_written_alike(
        |figure| {
            format!("Officials said {figure} people were evacuated from the coast near Chittagong.")
        },
        &[
            ("12", "twelve"),
            ("25", "twenty-five"),
            ("3 million", "three million"),
            ("3,000", "3000"),
            ("90", "ninety"),
        ],
    );
    // A different figure spelled out is still a different figure.
    assert_lower(
        (
            "Officials said twelve people were evacuated from the coast near Chittagong.",
            "Officials said 12 people were evacuated from the coast near Chittagong.",
        ),
        (
            "Officials said twelve people were evacuated from the coast near Chittagong.",
            "Officials said 20 people were evacuated from the coast near Chittagong.",
        ),
    );
}

/// More news synonyms.
#[test]
#[ignore = "issue 14: news synonyms pass as same-report partners (branch i14-synonyms) but cost compare 17% of its instructions for +0.017 look-alike F1 (docs/accuracy.md, What limits the score)"]
fn more_news_synonyms_count_as_shared_words() {
    for (a, with_synonym, with_unrelated) in [
        (
            "At least 30 people were injured when the bus overturned near Kandy.",
            "At least 30 people were wounded when the bus overturned near Kandy.",
            "At least 30 people were dancing when the bus overturned near Kandy.",
        ),
        (
            "Thousands of protesters marched to parliament in Accra on Saturday.",
            "Thousands of demonstrators marched to parliament in Accra on Saturday.",
            "Thousands of gardeners marched to parliament in Accra on Saturday.",
        ),
        (
            "The blast damaged several buildings in the port city of Beirut.",
            "The explosion damaged several buildings in the port city of Beirut.",
            "The exhibition damaged several buildings in the port city of Beirut.",
        ),
    ] {
        assert_lower((a, with_synonym), (a, with_unrelated));
    }
}

/// A scale glued to a figure, as wire copy and headlines abbreviate it ("$812m", "2.5bn",
/// "40k"), is the figure and its scale: the pair scores as if written alike. A different
/// figure with the same scale is still a different figure.
#[test]
fn a_scale_glued_to_a_figure_is_the_figure_and_its_scale() {
    assert_written_alike(
        |figure| format!("The court ordered the utility to pay {figure} to villagers in Manila."),
        &[
            ("$812 million", "$812m"),
            ("$812 million", "$812mn"),
            ("$2.5 billion", "$2.5bn"),
            ("2.5 billion", "2.5bn"),
            ("£2.5 billion", "£2.5b"),
            ("$40 thousand", "$40k"),
            ("1.2 trillion", "1.2tn"),
        ],
    );
    assert_lower(
        (
            "The court ordered the utility to pay $812m to villagers in Manila.",
            "The court ordered the utility to pay $812 million to villagers in Manila.",
        ),
        (
            "The court ordered the utility to pay $812m to villagers in Manila.",
            "The court ordered the utility to pay $218 million to villagers in Manila.",
        ),
    );
}

/// Two figures that count the same thing ("300 soldiers" / "120 soldiers", "64%" / "58 per
/// cent") are two accounts of one quantity: the pair is far less likely one report than the
/// same pair whose unshared figure counts something else ("in 12 trucks"), though it shares
/// more words.
#[test]
fn a_different_figure_of_the_same_thing_conflicts_more_than_a_figure_of_another_thing() {
    for (a, same_thing, other_thing) in [
        (
            "The ministry said 300 soldiers were deployed to the border on Monday.",
            "The ministry said 120 soldiers were deployed to the border on Monday.",
            "The ministry said soldiers were deployed to the border in 12 trucks on Monday.",
        ),
        (
            "Turnout reached 64% in the capital, the electoral commission said.",
            "Turnout reached 58 per cent in the capital, the electoral commission said.",
            "Turnout reached a record in the capital, where 40 polling stations opened late, the electoral commission said.",
        ),
        (
            "A fire at a garment factory in Dhaka killed 41 workers, police said.",
            "A fire at a garment factory in Dhaka killed 52 workers, police said.",
            "A fire at a garment factory in Dhaka killed workers on 3 floors, police said.",
        ),
        (
            "The regulator fined the bank $4.5m on Friday over money laundering checks.",
            "The regulator fined the bank $6 million on Friday over money laundering checks.",
            "The regulator fined the bank on Friday after a 9-month inquiry into money laundering checks.",
        ),
    ] {
        assert_lower((a, other_thing), (a, same_thing));
    }
}

/// A disputed figure is lowered, not forbidden: the two reports stay paired at the default
/// threshold, so the report can show that the outlets diverge, yet well under a pair that agrees.
#[test]
fn a_disputed_figure_still_pairs_at_the_default_threshold() {
    for (a, b) in [
        (
            "Police said 41 protesters were arrested in Lagos on Tuesday after clashes near the stadium.",
            "Police said 14 protesters were arrested in Lagos on Tuesday after clashes near the stadium.",
        ),
        (
            "The death toll from the landslide rose to 212 on Sunday, the disaster agency said.",
            "The death toll from the landslide rose to 250 on Sunday, the disaster agency said.",
        ),
        // One report in two outlets' words, the figure off by a zero.
        (
            "Firefighters battled a fast-moving blaze east of the city on Tuesday as authorities ordered some 12,000 residents to leave.",
            "A blaze east of the city forced about 1,200 residents to leave on Tuesday, officials said.",
        ),
        (
            "Health officials said 37 people had been taken to hospital after eating at the festival.",
            "At least 73 people were taken to hospital after eating at the festival, health officials said.",
        ),
    ] {
        let s = score(a, b);
        assert!(
            (DEFAULT_THRESHOLD..0.5).contains(&s),
            "{s} for {a:?} / {b:?}"
        );
    }
}

/// A figure both sentences give is agreement, not a second account of a quantity: adding it to
/// a pair whose other figures count different things never lowers the pair.
#[test]
fn a_figure_both_sides_give_is_no_evidence_against() {
    for (a, b, without_a, without_b) in [
        (
            "Police arrested 41 protesters and seized 3 buses in Lagos on Tuesday.",
            "Police arrested 41 protesters and seized 2 vans in Lagos on Tuesday.",
            "Police arrested protesters and seized 3 buses in Lagos on Tuesday.",
            "Police arrested protesters and seized 2 vans in Lagos on Tuesday.",
        ),
        (
            "In 2019, police said 12 buses burned near the stadium in Lagos.",
            "In 2019, police said 30 cars burned near the stadium in Lagos.",
            "Police said 12 buses burned near the stadium in Lagos.",
            "Police said 30 cars burned near the stadium in Lagos.",
        ),
    ] {
        let (with, without) = (score(a, b), score(without_a, without_b));
        assert!(
            with >= without,
            "{with} for {a:?} / {b:?}, {without} without"
        );
    }
}

/// A percentage is one quantity however its sign is written: another figure halves the pair.
#[test]
fn a_percentage_is_one_quantity_however_written() {
    let frame =
        |p: &str| format!("Turnout reached {p} in the capital, the electoral commission said.");
    let a = frame("64%");
    for sign in ["%", " %", "\u{a0}%", "\u{ff05}", " per cent", " percent"] {
        let agreeing = score(&a, &frame(&format!("64{sign}")));
        let conflicting = score(&a, &frame(&format!("58{sign}")));
        assert!(
            conflicting <= agreeing * 0.55,
            "{conflicting} for 58{sign:?} against {agreeing} for 64{sign:?}"
        );
    }
}
