//! Who said it, in wire-style passages: names with titles, abbreviations, party tags, suffixes
//! and possessive outlets; institutions as written; people who share a surname kept apart; and
//! he/she resolved to the nearest person of the right gender. Each passage gives the quotes it
//! must yield and who said them (the fullest name the article gives, or the institution as
//! written). Kept apart from `tests.rs` so the passages of names and those of quote marks grow
//! without touching each other.

use super::tests::{Passage, check_all};

const NAMES: &[Passage] = &[
    // Abbreviated titles are not the person.
    (
        "\u{201c}This will be a really good step forward,\u{201d} Sen. Patty Murray said.",
        &[(
            "This will be a really good step forward",
            Some("Patty Murray"),
        )],
    ),
    (
        "\u{201c}It took a long time,\u{201d} said former Rep. George Miller (D-Calif.), one of the negotiators.",
        &[("It took a long time", Some("George Miller"))],
    ),
    (
        "\u{201c}It took a long time,\u{201d} former Rep. George Miller (D-Calif.), one of the negotiators, said.",
        &[("It took a long time", Some("George Miller"))],
    ),
    (
        "\"We will act,\" Lt. Gov. Dan Patrick told reporters.",
        &[("We will act", Some("Dan Patrick"))],
    ),
    (
        "\"I would not send ground troops,\" Ohio Gov. John Kasich said on Sunday.",
        &[("I would not send ground troops", Some("John Kasich"))],
    ),
    (
        "\"The bill is dead,\" said Sen. J.R. Halvorsen (R-Ind.).",
        &[("The bill is dead", Some("J.R. Halvorsen"))],
    ),
    (
        "Sen. Chris Murphy (D-Conn.), who voted against the bill, said: \"We heard the teachers.\"",
        &[("We heard the teachers.", Some("Chris Murphy"))],
    ),
    (
        "\"Almost everybody was opposed,\" said former Sen. Evan Bayh, a moderate Indiana Democrat.",
        &[("Almost everybody was opposed", Some("Evan Bayh"))],
    ),
    // Suffixes stay with the name; an apposition is not the name.
    (
        "\"Markets are nervous,\" said Thomas Greer III, an analyst at the Brookings Institution.",
        &[("Markets are nervous", Some("Thomas Greer III"))],
    ),
    (
        "\"Markets are nervous,\" Thomas Greer III, an analyst at the Brookings Institution, said.",
        &[("Markets are nervous", Some("Thomas Greer III"))],
    ),
    (
        "\"Yes, I support him,\" said L. Brent Bozell Jr., founder of the Media Research Center.",
        &[("Yes, I support him", Some("L. Brent Bozell Jr."))],
    ),
    // A possessive outlet before a name: the person is the name.
    (
        "\"That would be you,\" CNN's Gloria Borger said.",
        &[("That would be you", Some("Gloria Borger"))],
    ),
    (
        "\u{201c}Focus on the standard of living,\u{201d} said American Action Forum\u{2019}s Douglas Holtz-Eakin.",
        &[(
            "Focus on the standard of living",
            Some("Douglas Holtz-Eakin"),
        )],
    ),
    // Auxiliaries and adverbs between the speaker and the verb; a speech verb ending the
    // sentence before the quote, in its paragraph.
    (
        "Ohio Gov. John Kasich has also broadly called for \"boots on the ground.\"",
        &[("boots on the ground.", Some("John Kasich"))],
    ),
    (
        "Iowa State University's Dianne Bystrom agreed. \"Mainstream Republicans are running out of time.\"",
        &[(
            "Mainstream Republicans are running out of time.",
            Some("Dianne Bystrom"),
        )],
    ),
    (
        "Or maybe Jeb Bush, digital consultant Phil Musser says. \"A second look is occurring for Jeb.\"",
        &[("A second look is occurring for Jeb.", Some("Phil Musser"))],
    ),
    (
        "Clinton, exasperated, famously responded: \"What difference does it make?\"",
        &[("What difference does it make?", Some("Clinton"))],
    ),
    (
        "\u{201c}She will stand up to the gun lobby,\u{201d} a voice-over in the ad states.",
        &[(
            "She will stand up to the gun lobby",
            Some("a voice-over in the ad"),
        )],
    ),
    // A colon after a sentence naming the speaker with a verb of its own ("reported",
    // "echoed"); a verb joined by "and" to the sentence's first.
    (
        "As Breitbart\u{2019}s Joel Pollak reported after the raid:\n\n\"The government has done almost nothing.\"",
        &[(
            "The government has done almost nothing.",
            Some("Joel Pollak"),
        )],
    ),
    (
        "17-year-old Jared Potts echoed:\n\n\u{201c}He speaks his mind.\u{201d}",
        &[("He speaks his mind.", Some("Jared Potts"))],
    ),
    (
        "Salma Hayek confirmed she had been and said, \u{201c}America has a very severe problem.\u{201d}",
        &[("America has a very severe problem.", Some("Salma Hayek"))],
    ),
    (
        "When George Wallace died in 1998, President Bill Clinton released the following statement:\n\n\u{201c}Hillary and I offer our condolences.\u{201d}",
        &[("Hillary and I offer our condolences.", Some("Bill Clinton"))],
    ),
    // Institutions, as written.
    (
        "\"We have nothing to add,\" the White House said.",
        &[("We have nothing to add", Some("the White House"))],
    ),
    (
        "\"The talks have failed,\" the ministry said in a statement.",
        &[("The talks have failed", Some("the ministry"))],
    ),
    (
        "\"No decision has been made,\" a Pentagon spokesman said.",
        &[("No decision has been made", Some("a Pentagon spokesman"))],
    ),
    // A name must be a name: an outlet is never glued to it, an adjective phrase is none.
    (
        "LONDON (Reuters) Boris Johnson said on Monday: \"We will not back down.\"",
        &[("We will not back down.", Some("Boris Johnson"))],
    ),
    (
        "Embattled Ukrainian President Petro Poroshenko spoke on Monday. \"We will hold elections,\" he said.",
        &[("We will hold elections", Some("Petro Poroshenko"))],
    ),
    // Two people sharing a surname are never merged.
    (
        "Former President Bill Clinton joined Hillary Clinton in Iowa on Monday. \"He is a great campaigner,\" Mrs. Clinton said. \"I am proud of her,\" Mr. Clinton said.",
        &[
            ("He is a great campaigner", Some("Hillary Clinton")),
            ("I am proud of her", Some("Bill Clinton")),
        ],
    ),
    (
        "Bill Clinton spoke first. Then Hillary Clinton took the stage. \"We are ready,\" Clinton said.",
        &[("We are ready", Some("Hillary Clinton"))],
    ),
    (
        "Jeb Bush and George W. Bush campaigned together. \"My brother kept us safe,\" Jeb Bush said.",
        &[("My brother kept us safe", Some("Jeb Bush"))],
    ),
];

const PRONOUNS: &[Passage] = &[
    // Gender from a first name: "she" skips the nearer man.
    (
        "Maria Santos met John Baker on Tuesday. \"The deal is done,\" she said.",
        &[("The deal is done", Some("Maria Santos"))],
    ),
    // Gender from titles.
    (
        "Mr. Okafor met Ms. Adeyemi in Lagos. \"It was a good meeting,\" he said.",
        &[("It was a good meeting", Some("Okafor"))],
    ),
    // Gender from an earlier pronoun for the same person.
    (
        "Chidi Okafor said he would run. Ngozi Adeyemi, a rival, said she would not. \"Not this year,\" he said.",
        &[("Not this year", Some("Chidi Okafor"))],
    ),
    // Never a place, a group or a fragment.
    (
        "Sen. Marco Rubio spoke in Manchester, N.H. Young voters cheered. \"We will win,\" he said.",
        &[("We will win", Some("Marco Rubio"))],
    ),
    (
        "Sen. Bernie Sanders spoke about the U.S. economy and Wall Street. \"This is the just and moral thing to do,\" he said.",
        &[(
            "This is the just and moral thing to do",
            Some("Bernie Sanders"),
        )],
    ),
    (
        "Hillary Clinton spoke to Muslim-Americans in Minneapolis. \"Now is the time to stand up,\" she said.",
        &[("Now is the time to stand up", Some("Hillary Clinton"))],
    ),
    // The discourse topic is found further back than three sentences.
    (
        "Carly Fiorina arrived in Des Moines on Monday. The crowd was small. The room was cold. Snow fell outside. Coffee ran out. \"I am not going anywhere,\" she said.",
        &[("I am not going anywhere", Some("Carly Fiorina"))],
    ),
    // The one who speaks, not the one spoken of or the object of a preposition.
    (
        "Sen. Ted Cruz electrified the small crowds, Robert Stovall said. \"He was very articulate,\" he said.",
        &[("He was very articulate", Some("Robert Stovall"))],
    ),
    (
        "As for Ben Carson\u{2019}s remarks, Eric Levine found them funny. \u{201c}I needed some carrots,\u{201d} he said.",
        &[("I needed some carrots", Some("Eric Levine"))],
    ),
    // A pronoun inside a quotation names no speaker and is not an antecedent.
    (
        "Hillary Clinton attacked Donald Trump on Sunday. \u{201c}He is becoming ISIS\u{2019}s best recruiter,\u{201d} she said.",
        &[(
            "He is becoming ISIS\u{2019}s best recruiter",
            Some("Hillary Clinton"),
        )],
    ),
    // The speaker of the previous quote in the paragraph is the one who goes on.
    (
        "\"We need to be humble,\" said Michael Petrilli, president of the Fordham Institute, who praised Sen. Lamar Alexander. \"Allowing another decade of the same law would be wrong,\" he said.",
        &[
            ("We need to be humble", Some("Michael Petrilli")),
            (
                "Allowing another decade of the same law would be wrong",
                Some("Michael Petrilli"),
            ),
        ],
    ),
];

#[track_caller]
#[test]
fn names_with_titles_suffixes_and_outlets_are_the_person() {
    check_all(NAMES);
}

#[test]
fn pronouns_resolve_to_the_nearest_person_of_their_gender() {
    check_all(PRONOUNS);
}
