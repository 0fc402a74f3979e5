//! Checks every data file of the lexicon, the way a reviewer would: entries lower case (unless
//! the file is intentionally cased), trimmed, not empty, not repeated; the lists that must not
//! share a word share none. A failure names the file and the word.

use std::collections::HashSet;

use super::phrases::MAPPED_LISTS;
use super::*;

/// Files matched as written rather than lower-cased, so their entries keep their capitals.
const CASED: &[&str] = &["name_abbreviations.txt", "abbreviations.txt"];

/// Every data file with the words of its entries (a grouped file's groups flattened).
fn all_files() -> Vec<(String, Vec<&'static str>)> {
    let mut files: Vec<(String, Vec<&'static str>)> = WORD_LISTS
        .iter()
        .map(|(file, text)| (file.to_string(), entries(text).collect()))
        .collect();
    for (file, text) in [
        ("months.txt", MONTHS_FILE),
        ("noun_synonyms.txt", NOUN_SYNONYMS_FILE),
        ("times_nouns.txt", TIMES_NOUNS_FILE),
    ] {
        files.push((file.to_string(), groups(text).concat()));
    }
    for (class, text) in event_files() {
        files.push((format!("events/{class}.txt"), entries(text).collect()));
    }
    files
}

/// Each event class's name and the text of its file.
fn event_files() -> Vec<(&'static str, &'static str)> {
    use strum::IntoEnumIterator;
    EventClass::iter()
        .map(|class| (class.as_str(), class.words_file()))
        .collect()
}

#[test]
fn every_event_file_is_a_class() {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/src/lexicon/data/events");
    let mut on_disk: Vec<String> = std::fs::read_dir(folder)
        .expect("the events folder is readable")
        .map(|entry| {
            entry
                .expect("a readable entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    on_disk.sort();
    let mut classes: Vec<String> = event_files()
        .into_iter()
        .map(|(class, _)| format!("{class}.txt"))
        .collect();
    classes.sort();
    assert_eq!(
        on_disk, classes,
        "a file under data/events/ without an EventClass, or the reverse"
    );
}

fn words_of(file: &str) -> HashSet<&'static str> {
    all_files()
        .into_iter()
        .find(|(name, _)| name == file)
        .unwrap_or_else(|| panic!("no data file {file}"))
        .1
        .into_iter()
        .collect()
}

#[test]
fn every_entry_is_trimmed_lower_case_and_said_once() {
    for (file, words) in all_files() {
        assert!(!words.is_empty(), "{file} has no entries");
        let mut seen = HashSet::new();
        for word in words {
            assert!(!word.is_empty(), "{file} has an empty line");
            assert_eq!(word, word.trim(), "{file}: {word:?} is not trimmed");
            assert!(
                !word.contains(char::is_whitespace),
                "{file}: {word:?} holds a space or tab"
            );
            if !CASED.contains(&file.as_str()) {
                assert_eq!(
                    word,
                    word.to_lowercase(),
                    "{file}: {word:?} is not lower case"
                );
            }
            assert!(seen.insert(word), "{file}: {word:?} is listed twice");
        }
    }
}

#[test]
fn every_file_opens_with_a_comment_saying_what_it_is_for() {
    let texts = WORD_LISTS
        .iter()
        .copied()
        .chain([
            ("months.txt", MONTHS_FILE),
            ("noun_synonyms.txt", NOUN_SYNONYMS_FILE),
            ("times_nouns.txt", TIMES_NOUNS_FILE),
            ("unit_factors.txt", UNIT_FACTORS_FILE),
            ("event_openers.txt", events::EVENT_OPENERS_FILE),
        ])
        .chain(event_files())
        .chain(MAPPED_LISTS.iter().map(|&(file, text, _)| (file, text)));
    for (file, text) in texts {
        assert!(
            text.starts_with("# "),
            "{file} does not open with a comment"
        );
        let body_starts = text.lines().position(|line| !line.starts_with('#'));
        let comment_after_body = body_starts
            .is_some_and(|start| text.lines().skip(start).any(|line| line.starts_with('#')));
        assert!(!comment_after_body, "{file}: comments belong at the top");
    }
}

/// Lists a word may be in at most one of, and why.
const DISJOINT: &[(&str, &str, &str)] = &[
    (
        "male_titles.txt",
        "female_titles.txt",
        "a gendered title gives one gender",
    ),
    (
        "male_first_names.txt",
        "female_first_names.txt",
        "a first name gives one gender or none",
    ),
    (
        "government_side.txt",
        "opposition_side.txt",
        "a side word names one side",
    ),
    (
        "person_titles.txt",
        "not_names.txt",
        "a title makes a person; a not-name is dropped",
    ),
    (
        "people_nouns.txt",
        "measure_nouns.txt",
        "people may count one crowd; a measure matches only itself",
    ),
    (
        "quote_verbs.txt",
        "quote_participles.txt",
        "a verb's subject is its own, a participle's the sentence's",
    ),
    (
        "not_person_starts.txt",
        "person_titles.txt",
        "a title before a name makes it a person, a place word a place",
    ),
    (
        "not_person_endings.txt",
        "person_titles.txt",
        "a title before a name makes it a person, an institution word an institution",
    ),
    (
        "weekdays.txt",
        "months.txt",
        "a calendar word is one day or one month",
    ),
    (
        "source_verbs.txt",
        "subject_stops.txt",
        "a source phrase is read back from its verb to a stop",
    ),
    (
        "quote_verbs.txt",
        "speaker_stops.txt",
        "a speaker phrase is read back from its verb to a stop",
    ),
    (
        "speaker_stops.txt",
        "speaker_links.txt",
        "a word inside a speaker phrase does not end it",
    ),
    (
        "speakerless_words.txt",
        "person_pronouns.txt",
        "a person pronoun resolves to a person, a speakerless word to no one",
    ),
    (
        "pro_opposition_targets.txt",
        "pro_government_targets.txt",
        "a word after pro- names one side",
    ),
    (
        "pro_neutral_targets.txt",
        "pro_government_targets.txt",
        "a neutral word after pro- names no side",
    ),
    ("up_words.txt", "down_words.txt", "a change goes one way"),
    (
        "label_words.txt",
        "reference_words.txt",
        "a reference refuses the number whatever follows, so a label there is never one",
    ),
    (
        "count_nouns.txt",
        "noun_stops.txt",
        "a counted noun never ends the noun",
    ),
    (
        "count_nouns.txt",
        "noun_skips.txt",
        "a skipped word is never the counted noun",
    ),
    (
        "weight_words.txt",
        "money_words.txt",
        "a word makes pounds a weight or money, not both",
    ),
    (
        "length_nouns.txt",
        "count_nouns.txt",
        "a counted noun after a glued m keeps the million",
    ),
];

#[test]
fn no_change_filler_is_a_word_of_change() {
    // Fillers are skipped before a word of change is looked for: one in both would never count.
    for word in words_of("change_fillers.txt") {
        assert!(
            !is_up_word(word) && !is_down_word(word),
            "change_fillers.txt: {word:?} is in up_words.txt or down_words.txt too"
        );
    }
}

#[test]
fn lists_that_must_not_share_a_word_do_not() {
    for (a, b, why) in DISJOINT {
        let shared: Vec<_> = words_of(a).intersection(&words_of(b)).copied().collect();
        assert!(shared.is_empty(), "{a} and {b} share {shared:?}: {why}");
    }
}

/// Lists whose every word must also be in a wider list, and why.
const SUBSETS: &[(&str, &str, &str)] = &[
    (
        "person_pronouns.txt",
        "pronouns.txt",
        "a pronoun resolved to a person is a pronoun",
    ),
    (
        "indefinites.txt",
        "determiners.txt",
        "a word opening an unnamed speaker's phrase opens a speaker phrase",
    ),
    (
        "reference_abbreviations.txt",
        "reference_words.txt",
        "a reference written with its full stop is a reference without it",
    ),
];

#[test]
fn lists_inside_a_wider_list_are_inside_it() {
    for (narrow, wide, why) in SUBSETS {
        let missing: Vec<_> = words_of(narrow)
            .difference(&words_of(wide))
            .copied()
            .collect();
        assert!(
            missing.is_empty(),
            "{narrow}: {missing:?} not in {wide}: {why}"
        );
    }
}

#[test]
fn a_word_evokes_one_event_class_and_stands_in_one_synonym_group() {
    let mut classes = HashSet::new();
    for (class, text) in event_files() {
        for word in entries(text) {
            assert!(
                classes.insert(word),
                "events/{class}.txt: {word:?} is in another class too"
            );
        }
    }
    let mut grouped = HashSet::new();
    for word in groups(NOUN_SYNONYMS_FILE).concat() {
        assert!(
            grouped.insert(word),
            "noun_synonyms.txt: {word:?} is in two groups, the second is never found"
        );
    }
}

#[test]
fn lookups_read_the_files() {
    assert!(is_quote_verb("insisted") && !is_quote_verb("put"));
    assert!(is_source_verb("put"));
    assert_eq!(month_number("sept"), Some(9));
    assert_eq!(month_number("may"), Some(5));
    assert!(is_month_abbreviation("aug") && !is_month_abbreviation("august"));
    assert!(is_calendar_word("sunday") && is_calendar_word("dec"));
    assert_eq!(event_class("protesters"), Some(EventClass::Rally));
    assert_eq!(event_class("inflation"), Some(EventClass::Economy));
    assert_eq!(event_class("said"), None);
    assert_eq!(NOUN_SYNONYMS[0][0], "rise");
    assert_eq!(times_noun("fired"), Some("shots"));
    assert_eq!(times_noun("visited"), None);
    assert!(is_any_building_noun("structure") && is_building_noun("mosque"));
    assert!(is_increment_before("further") && !is_increment_before("more"));
    assert!(is_increment_after("more") && !is_increment_after("further"));
    assert!(is_increment_after("other"));
    assert!(is_negator("n't") && is_negator("no_longer") && !is_negator("longer"));
    assert!(is_name_abbreviation("Mr") && !is_name_abbreviation("mr"));
}

/// A mapped file's entry: the phrase and its value fields.
type MappedEntry = (&'static str, Vec<&'static str>);

/// Every mapped file with its entries.
fn mapped_files() -> Vec<(&'static str, Vec<MappedEntry>)> {
    MAPPED_LISTS
        .iter()
        .map(|(file, text, _)| {
            let lines = entries(text)
                .map(|line| {
                    let mut fields = line.split('\t');
                    let phrase = fields.next().unwrap_or_default();
                    (phrase, fields.collect())
                })
                .collect();
            (*file, lines)
        })
        .collect()
}

#[test]
fn every_mapped_file_reads() {
    // Each check panics, naming the file and line, when a value is not what the header says.
    for (_, _, read) in MAPPED_LISTS {
        read();
    }
}

#[test]
fn every_mapped_phrase_is_lower_case_words_said_once_with_its_values() {
    for (file, lines) in mapped_files() {
        assert!(!lines.is_empty(), "{file} has no entries");
        let mut seen = HashSet::new();
        for (phrase, values) in lines {
            assert!(
                !phrase.is_empty() && phrase.split(' ').all(|word| !word.is_empty()),
                "{file}: {phrase:?} is empty or has a doubled or edge space"
            );
            assert!(
                !phrase.contains(|c: char| c.is_whitespace() && c != ' '),
                "{file}: {phrase:?} holds a tab or other space inside a phrase"
            );
            assert_eq!(
                phrase,
                phrase.to_lowercase(),
                "{file}: {phrase:?} is not lower case"
            );
            assert!(
                values
                    .iter()
                    .all(|value| !value.is_empty() && *value == value.trim()),
                "{file}: {phrase:?} has an empty or untrimmed value"
            );
            assert!(seen.insert(phrase), "{file}: {phrase:?} is listed twice");
        }
    }
}

#[test]
fn number_words_and_ordinal_words_share_none() {
    // An ordinal is read before a run of number words, so a word in both would never count.
    let ordinals: HashSet<&str> = ORDINAL_WORDS.iter().map(|(word, _)| word).collect();
    let shared: Vec<_> = words_of("number_words.txt")
        .intersection(&ordinals)
        .copied()
        .collect();
    assert!(
        shared.is_empty(),
        "number_words.txt and ordinal_words.txt share {shared:?}"
    );
}

#[test]
fn mapped_lookups_read_the_files() {
    assert_eq!(QUALIFIERS.get("no fewer than"), Some(&"lower"));
    assert_eq!(QUALIFIERS.get("less than or equal to"), Some(&"upper"));
    assert_eq!(QUALIFIERS.longest(), 5);
    assert_eq!(FRACTION_WORDS.get("thirds"), Some(&3.0));
    assert_eq!(FRACTION_WORDS.get("half"), Some(&2.0));
    assert_eq!(VULGAR_FRACTIONS.get("\u{be}"), Some(&0.75));
    assert_eq!(
        VAGUE_AMOUNTS.get("tens of millions"),
        Some(&(20e6, 99_999_999.0))
    );
    assert_eq!(ORDINAL_WORDS.get("fourth"), Some(&4.0));
    assert_eq!(DURATION_UNITS.get("century"), Some(&("centuries", 1.0)));
    assert_eq!(DURATION_UNITS.get("fortnight"), Some(&("weeks", 2.0)));
    assert_eq!(AGE_DECADES.get("teens"), Some(&(13.0, 19.0)));
    assert_eq!(DECADE_PARTS.get("late"), Some(&(6.0, 9.0)));
    assert_eq!(CURRENCY_SYMBOLS.get("€").map(|c| c.code), Some("EUR"));
    assert_eq!(CURRENCY_WORDS.get("sterling").map(|c| c.code), Some("GBP"));
    let pence = CURRENCY_WORDS.get("p").expect("a currency word");
    assert!(pence.hundredth && pence.glued && !pence.scaled);
    assert!(CURRENCY_WORDS.get("won").is_some_and(|c| c.scaled));
    assert!(DOLLAR_PREFIXES.get("us").is_some_and(|c| c.spaced));
    assert!(CURRENCY_CODES.get("rs").is_some_and(|c| c.titled));
    let speed = UNITS.get("km/h").expect("a unit");
    assert_eq!(speed.name, "kilometre_per_hour");
    assert!(UNITS.get("c").is_some_and(|form| form.capitals));
    assert!(UNITS.get("m").is_some_and(|form| form.context));
    assert!(
        is_clock_word("am") && !is_clock_word("hrs") && !is_clock_word("et") && is_time_zone("et")
    );
    assert!(is_age_noun("suspect") && !is_people_noun("suspect"));
}

#[test]
fn scale_words_read_with_their_ways() {
    let scale = |word| *SCALE_WORDS.get(word).expect("a scale word");
    let million = scale("million");
    assert_eq!(million.multiplier, 1e6);
    assert!(million.after_a && million.spaced && million.glued && million.word);
    assert!(scale("hundred").after_a && !scale("hundred").spaced && !scale("hundred").word);
    assert!(scale("trillion").after_a && scale("trillion").spaced);
    assert!(scale("dozen").spaced && !scale("dozen").word);
    assert!(scale("bn").glued && scale("bn").spaced && scale("bn").word);
    assert!(scale("k").glued && !scale("k").word);
}

#[test]
fn every_spelled_out_scale_is_a_number_word() {
    // A scale read after `a` is a number word, read by text2num inside a run (`two hundred`).
    for (word, scale) in SCALE_WORDS.iter() {
        assert!(
            !scale.after_a || is_number_word(word),
            "scale_words.txt: {word:?} is read after `a` but is not in number_words.txt"
        );
    }
}

/// A lookup, a word its file lists and a near miss it does not.
type LookupCase = (fn(&str) -> bool, &'static str, &'static str);

#[test]
fn each_lookup_finds_its_word_and_not_a_near_miss() {
    let cases: &[LookupCase] = &[
        (is_ordinal_suffix, "th", "s"),
        (is_pronoun_one_opener, "no", "a"),
        (is_lone_one_noun, "child", "people"),
        (is_change_filler, "further", "to"),
        (is_number_prefix, "mid", "covid"),
        (is_reference_abbreviation, "pp", "fig"),
        (is_name_link, "of", "The"),
        (is_contraction_tail, "ll", "brien"),
        (is_of_determiner, "their", "of"),
        (is_duration_filler, "long", "consecutive"),
        (is_fraction_part_word, "latter", "of"),
        (is_size_word, "thick", "higher"),
        (is_length_noun, "yacht", "people"),
        (is_weight_word, "weighs", "pounds"),
        (is_money_word, "fined", "weighs"),
        (is_temperature_word, "cooled", "worth"),
        (is_data_word, "packet", "debt"),
        (is_results_word, "revenue", "fee"),
        (is_place_name, "israel", "benjamin"),
    ];
    for &(in_list, listed, near_miss) in cases {
        assert!(in_list(listed), "{listed:?} is not found");
        assert!(!in_list(near_miss), "{near_miss:?} is found");
    }
}

/// The code an owner names (`claims/context.rs`, `claims/numbers (atom.rs)`, `compare`): the
/// file, or every file of the folder, without its tests.
fn owner_code(owner: &str) -> Option<String> {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let path = src.join(owner);
    let files: Vec<std::path::PathBuf> = if path.is_file() {
        vec![path]
    } else if path.with_extension("rs").is_file() {
        vec![path.with_extension("rs")]
    } else if path.is_dir() {
        std::fs::read_dir(&path)
            .ok()?
            .map(|entry| entry.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "rs") && !p.ends_with("tests.rs"))
            .collect()
    } else {
        return None;
    };
    Some(
        files
            .iter()
            .map(|file| {
                let text = std::fs::read_to_string(file).unwrap();
                text.split("#[cfg(test)]\nmod tests")
                    .next()
                    .unwrap()
                    .to_string()
            })
            .collect(),
    )
}

/// Every plain list names its owner in its header (`Owner: claims/context.rs.`), and the owner
/// really reads it: a list whose reader moved is caught, not left naming the old one.
#[test]
fn every_list_names_an_owner_that_reads_it() {
    let mut wrong = Vec::new();
    for &(file, text) in WORD_LISTS {
        let header: String = text
            .lines()
            .take_while(|line| line.starts_with('#'))
            .map(|line| line.trim_start_matches('#').trim())
            .collect::<Vec<_>>()
            .join(" ");
        let Some(after) = header
            .split_once("Owner: ")
            .or(header.split_once("Owners: "))
        else {
            wrong.push(format!("{file}: no `Owner:` in its header"));
            continue;
        };
        let owner: String = after
            .1
            .chars()
            .take_while(|c| c.is_alphanumeric() || matches!(c, '/' | '_' | '.'))
            .collect();
        let owner = owner.trim_end_matches('.');
        let lookups = LOOKUPS.iter().find(|(f, _)| *f == file).unwrap().1;
        match owner_code(owner) {
            None => wrong.push(format!("{file}: its owner {owner:?} is no file under src/")),
            Some(code) if !lookups.iter().any(|name| code.contains(name)) => wrong.push(format!(
                "{file}: its owner {owner} does not use {} or {}",
                lookups[0], lookups[1]
            )),
            Some(_) => {}
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
