//! Tests of the people register: names, genders, pronouns, roles and groups.
use super::*;
use crate::segment::segment;

fn people(text: &str) -> (People, Vec<String>) {
    let people = People::scan(text, &segment(text));
    let names = people
        .mentions
        .iter()
        .map(|m| people.name(m).to_string())
        .collect();
    (people, names)
}

#[test]
fn titles_and_variants_are_one_person() {
    let (_, names) = people(
        "MINSK, Belarus \u{2014} President Alexander Lukashenko spoke. Mr Lukashenko left. Lukashenko\u{2019}s car waited.",
    );
    assert_eq!(names, ["Alexander Lukashenko"; 3]);
    let (_, names) = people("Ms Tikhanovskaya spoke. Svetlana G. Tikhanovskaya, 37, left.");
    assert_eq!(names, ["Svetlana G. Tikhanovskaya"; 2]);
}

#[test]
fn institutions_and_places_are_not_people() {
    let (_, names) = people(
        "Workers at the Minsk Wheel Tractor Plant jeered. The Central Election Commission met in North Korea. Belarus voted.",
    );
    assert!(names.is_empty(), "{names:?}");
}

#[test]
fn pronouns_resolve_to_the_most_recent_person_nearby() {
    let text =
        "The ambassador to Slovakia, Igor Leshchenya, resigned. He told the BBC he was proud.";
    let (people, _) = people(text);
    let he = text.find("He told").unwrap();
    let found = people
        .antecedent(he, "he", &QuotedSpans::default())
        .unwrap();
    assert_eq!(people.name(found), "Igor Leshchenya");
    // Far back, only the article's first person (its topic) is still in reach.
    let far = "Anna Berg spoke. Igor Leshchenya resigned. It rained. Shops shut. Buses stopped. He was not seen.";
    let (people, _) = self::people(far);
    assert!(
        people
            .antecedent(far.find("He was").unwrap(), "he", &QuotedSpans::default())
            .is_none()
    );
}
#[test]
fn abbreviated_titles_party_tags_and_suffixes_are_not_names() {
    let (_, names) = people(
        "Sen. Patty Murray (D-Wash.) met Lt. Gov. Dan Patrick and Ohio Gov. John Kasich. Thomas Greer III, an analyst, listened.",
    );
    assert_eq!(
        names,
        [
            "Patty Murray",
            "Dan Patrick",
            "John Kasich",
            "Thomas Greer III"
        ]
    );
}

#[test]
fn a_possessive_outlet_is_not_part_of_the_name() {
    let (_, names) = people(
        "CNN's Gloria Borger asked. American Action Forum\u{2019}s Douglas Holtz-Eakin answered.",
    );
    assert_eq!(names, ["Gloria Borger", "Douglas Holtz-Eakin"]);
}

#[test]
fn adjective_phrases_outlets_and_abbreviations_are_not_people() {
    let (_, names) = people(
        "Embattled Ukrainian officials met. LONDON (Reuters) Boris Johnson spoke in the U.S. on Monday. Young voters cheered in Manchester, N.H. on Tuesday.",
    );
    assert_eq!(names, ["Boris Johnson"]);
}

#[test]
fn people_sharing_a_surname_are_two_people() {
    let text =
        "Bill Clinton joined Hillary Clinton. Mrs. Clinton spoke. Mr. Clinton waved. Clinton left.";
    let (_, names) = people(text);
    assert_eq!(
        names,
        [
            "Bill Clinton",
            "Hillary Clinton",
            "Hillary Clinton",
            "Bill Clinton",
            "Bill Clinton"
        ]
    );
}

#[test]
fn pronouns_agree_in_gender_with_their_person() {
    let text = "Maria Santos met John Baker. She left. Mr. Okafor met Ms. Adeyemi. He stayed.";
    let (people, _) = people(text);
    let she = people.antecedent(
        text.find("She left").unwrap(),
        "she",
        &QuotedSpans::default(),
    );
    assert_eq!(she.map(|m| people.name(m)), Some("Maria Santos"));
    let he = people.antecedent(
        text.find("He stayed").unwrap(),
        "he",
        &QuotedSpans::default(),
    );
    assert_eq!(he.map(|m| people.name(m)), Some("Okafor"));
}

#[test]
fn first_names_know_their_gender() {
    use super::gender::{Gender, first_name_gender};
    for (name, gender) in [
        ("hillary", Gender::Female),
        ("bernie", Gender::Male),
        ("carly", Gender::Female),
        ("donald", Gender::Male),
        ("nikki", Gender::Female),
        ("ted", Gender::Male),
    ] {
        assert_eq!(first_name_gender(name), Some(gender), "{name}");
    }
    // Names given to both (no clear majority) and words that are no first name.
    for name in ["jordan", "leslie", "the"] {
        assert_eq!(first_name_gender(name), None, "{name}");
    }
}

/// The name `pronoun` at the `n`th occurrence of `marker` resolves to.
fn resolve(text: &str, marker: &str, pronoun: &str) -> Option<String> {
    let (people, _) = self::people(text);
    let at = text.rfind(marker).unwrap();
    people
        .antecedent(at, pronoun, &QuotedSpans::default())
        .map(|m| people.name(m).to_string())
}

#[test]
fn a_chain_of_pronouns_keeps_its_person_in_reach() {
    // Each sentence that speaks of her by pronoun carries the window on.
    let text = "Gov. Maria Lopez welcomed the prisoners home. Lopez thanked the negotiators. \
                Secretary of State Ana Ruiz said the swap was fair. She told reporters it was done. \
                She denied that it set a precedent. But she acknowledged that more cases would come. \
                Officials in Tehran did not comment. \"That,\" she said, \"is the reality.\"";
    assert_eq!(
        resolve(text, "she said", "she").as_deref(),
        Some("Ana Ruiz")
    );
}

#[test]
fn a_pronoun_before_the_names_of_its_sentence_continues_the_chain() {
    let text = "Mr. Cole has pursued a national strategy. When he took the stage after Mr. Vance's \
                introduction, he said the key was simple. \"We must wake up,\" he said.";
    assert_eq!(resolve(text, "he said.", "he").as_deref(), Some("Cole"));
    let text = "Dale Okafor, 49, a Navy veteran, said the mayor should resign. He attended the \
                rally, though he is not sure whether he will vote for Gov. Tom Ruiz. \"I ask my \
                wife,\" he said.";
    assert_eq!(
        resolve(text, "he said", "he").as_deref(),
        Some("Dale Okafor")
    );
}

#[test]
fn names_in_an_opening_subordinate_clause_yield_to_the_main_clause() {
    let text = "After radio host Glenn Pike asked the author who would win, Dan Soto replied, \
                \"Nobody knows.\" \"We should never confuse hope with a forecast,\" he added.";
    assert_eq!(resolve(text, "he added", "he").as_deref(), Some("Dan Soto"));
    let text = "Filling in for Paul Ames at the same event, Carl Weston landed a sharp dig. \
                \"I took the money?\" he said.";
    assert_eq!(
        resolve(text, "he said", "he").as_deref(),
        Some("Carl Weston")
    );
}

#[test]
fn a_possessive_or_a_place_after_a_preposition_is_no_subject() {
    let text = "When the host steered Tim Alder toward politics, he weighed Donald Trask's \
                continued appeal. \"I think it's funny,\" he said.";
    assert_eq!(resolve(text, "he said", "he").as_deref(), Some("Tim Alder"));
    let text = "At Boca Grande, where it costs $70,000 to join, Jay DiPaolo, the club's \
                president, blamed poor management. \"We're in the people-pleasing business,\" he said.";
    assert_eq!(
        resolve(text, "he said", "he").as_deref(),
        Some("Jay DiPaolo")
    );
}

#[test]
fn the_person_asked_a_question_answers_it() {
    let text = "Bernard Sanders spoke in Iowa. Last month, the Post's Scott Conroy asked Sanders \
                 whether questions about his health were fair. \"Sure it is,\" he said.";
    assert_eq!(
        resolve(text, "he said", "he").as_deref(),
        Some("Bernard Sanders")
    );
}

#[test]
fn a_first_name_alone_is_the_person_of_that_first_name() {
    let (_, names) = self::people("Hillary Clinton spoke in Iowa. Supporters cheered for Hillary.");
    assert_eq!(names, ["Hillary Clinton"; 2]);
    // A known first name acting as a speaker is a person known by that name.
    let text = "Bob agreed to talk on condition that his last name not be used. Bob met with \
                Ambassador Chris Stevens on Sept. 10. \"We did try to warn them,\" he said.";
    assert_eq!(resolve(text, "he said", "he").as_deref(), Some("Bob"));
    // Two people of that first name: the bare first name is neither.
    let (_, names) = self::people("Tom Ruiz met Tom Baker. Tom left.");
    assert_eq!(names, ["Tom Ruiz", "Tom Baker"]);
}

#[test]
fn quoted_titles_hold_no_antecedent() {
    let text = "At an event billed as \"Hard Hats for Hillary Vance,\" Rosa Clinton unveiled a plan. \
                \"I remember the snowfall,\" she told the hall.";
    assert_eq!(
        resolve(text, "she told", "she").as_deref(),
        Some("Rosa Clinton")
    );
}

#[test]
fn a_role_noun_names_the_one_person_who_holds_that_role() {
    let text = "Attorney General Leon Marsh announced the lawsuit on Monday. The attorney general \
                likened the billing to a slot machine.";
    let (people, _) = self::people(text);
    let at = text.find("The attorney general").unwrap();
    assert_eq!(
        people.by_role("The attorney general", at),
        Some("Leon Marsh")
    );
    // An apposition gives the role too; a title's abbreviation is its word.
    let text = "Jay DiPaolo, the club's president, spoke. Sen. Diane Fowler spoke. Former President \
                Wade Harrington spoke. The end.";
    let (people, _) = self::people(text);
    let end = text.len();
    // A former president is no one's "the president": the club's president is the one.
    assert_eq!(people.by_role("the president", end), Some("Jay DiPaolo"));
    assert_eq!(people.by_role("the senator", end), Some("Diane Fowler"));
    assert_eq!(
        people.by_role("the former president", end),
        Some("Wade Harrington")
    );
    assert_eq!(
        people.by_role("the club's president", end),
        Some("Jay DiPaolo")
    );
    // No one of that role, or not a role phrase.
    assert_eq!(people.by_role("the governor", end), None);
    assert_eq!(people.by_role("the Kremlin", end), None);
}

#[test]
fn they_is_the_group_named_just_before() {
    let text = "Hundreds of protesters gathered outside the courthouse. The protesters, many \
                carrying flags, blocked traffic. \"We are not going anywhere,\" they said.";
    let (people, _) = self::people(text);
    let at = text.find("they said").unwrap();
    assert_eq!(
        people.group_before(text, at, &QuotedSpans::default()),
        Some("the protesters".to_string())
    );
    // Nobody named: no group.
    let text = "\"We were never told,\" they said.";
    let (people, _) = self::people(text);
    assert_eq!(
        people.group_before(text, text.find("they").unwrap(), &QuotedSpans::default()),
        None
    );
}

#[test]
fn a_speaker_is_who_says_not_who_is_said_to_act() {
    // "said Clinton raped her": Clinton is what was said about, Broaddrick the one saying.
    let text = "Juana Brodie, who said Clinton raped her, spoke on the radio. She has said the \
                attack took place in 1978. \"This caught me off guard,\" she said.";
    let text = text.replace("Clinton", "Hilda Clinton");
    assert_eq!(
        resolve(&text, "she said", "she").as_deref(),
        Some("Juana Brodie")
    );
    // "Name of Place, said": the name is the speaker across its place-of-work tail.
    let text = "One pastor backing Mr. Cole, Darren White of Liberty Baptist Church in Marion, \
                said he had made 150 calls. \"Find your polling place,\" he tells parishioners.";
    assert_eq!(
        resolve(text, "he tells", "he").as_deref(),
        Some("Darren White")
    );
}

#[test]
fn a_country_or_state_alone_is_no_first_name_person() {
    // "Georgia", "China", "Chad" are in the first-name lists; alone, they are places.
    for text in [
        "\"We reject the ruling,\" Georgia said.",
        "China said it would retaliate.",
        "Chad said the border was closed.",
    ] {
        let (_, names) = people(text);
        assert!(names.is_empty(), "{names:?} in {text:?}");
    }
    // "Georgia Smith" is a woman, and "Georgia" alone after her is still a place.
    let (_, names) = people("Georgia Smith, a nurse, spoke. Georgia voted on Tuesday.");
    assert_eq!(names, ["Georgia Smith"]);
}

#[test]
fn he_after_a_person_alone_outranks_a_first_name() {
    // "Lindsey" is mostly a woman's name; "he" right after Graham alone says otherwise.
    let text = "Sen. Lindsey Graham said he would vote no. Graham met Attorney General Merrick \
                Garland on Tuesday. \"You have failed,\" he said.";
    assert_eq!(
        resolve(text, "he said.", "he").as_deref(),
        Some("Lindsey Graham")
    );
    // A title outranks both: "Mrs." stays a woman.
    let text = "Mrs. Lindsey Hale said he was late. Mrs. Hale left.";
    let (people, _) = people(text);
    assert!(people.may_be("Lindsey Hale", "she"));
}

#[test]
fn a_paragraph_of_marks_holds_its_quoted_ranges_in_one_run() {
    // Issue 16: `“'"‘` x 150,000 is a double-quoted range every 8 bytes, and the list of them
    // was the peak of `claims` (4 MiB for 1.2 MB). Held as runs, it is one record.
    let marks = "\u{201c}'\"\u{2018}".repeat(10_000);
    assert_eq!(quoted_ranges(&marks).runs(), 1);
    // Prose: a run per quotation, answering as the list did.
    let prose =
        "\u{201c}We won,\u{201d} he said. \u{201c}It is over.\u{201d}\nShe said \"no\" and left.";
    let quoted = quoted_ranges(prose);
    assert_eq!(quoted.runs(), 3);
    let at = |word: &str| {
        let start = prose.find(word).unwrap();
        start..start + word.len()
    };
    assert!(quoted.holds(&at("won")) && quoted.holds(&at("over")) && quoted.holds(&at("no")));
    assert!(!quoted.holds(&at("he")) && !quoted.holds(&at("She")));
}
