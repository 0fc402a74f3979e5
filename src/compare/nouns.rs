//! Counted nouns: takes the nouns two figures count and hands on whether they can count the same
//! thing ("protesters" and "demonstrators"; "people" and "bank workers"; never "soldiers" and
//! "civilians") and whether they are the very same word, reduced to a synonym group or a
//! singular. What the gates of [`super::score`] and the blocking keys of candidates use.

use std::cell::RefCell;

use rustc_hash::FxHashMap;

use crate::claims::{Claim, Unit};
use crate::lexicon::{
    NOUN_SYNONYMS, event_class, is_any_building_noun, is_anyone_noun, is_building_noun,
    is_human_noun, is_measure_noun, is_payment_noun, is_people_noun, is_placeholder_noun,
};

/// Whether what the two claims count can be the same, and whether it is the very same word.
///
/// What a term is the term of ("a 10-year *deal*") is evidence when both name the same, never a
/// bar: one term is written "a 24-hour walkout" and "a 24-hour nationwide strike".
pub(super) fn nouns_fit(x: &Claim, y: &Claim) -> (bool, bool) {
    let term = |c: &Claim| {
        c.quantity()
            .is_some_and(|q| matches!(q.unit, Unit::Duration(_)))
    };
    // "Two others" stand for a noun written elsewhere: as a figure with no noun of its own.
    match (placeholder_free(x), placeholder_free(y)) {
        (Some(a), Some(b)) if term(x) && term(y) => (true, nouns_fit_words(a, b).1),
        (Some(a), Some(b)) => {
            let (fit, same) = nouns_fit_words(a, b);
            (fit || incident_sum(x, y), same)
        }
        // A measurement (magnitude, kilometres) is only ever compared with the same measurement.
        (Some(noun), None) | (None, Some(noun)) => (!is_measure_noun(noun), false),
        (None, None) => (true, false),
    }
}

/// Two sums, one counting the incident it is the value of ("a $2.6 million *heist*", "the $334
/// million *deal*") and the other standing in that incident ("$2.6 million in *jewelry*" stolen):
/// one outlet names the happening, the other what changed hands in it. Only sums: "a 5-day
/// strike" and "5 days of talks" stay apart.
fn incident_sum(x: &Claim, y: &Claim) -> bool {
    let sum = |c: &Claim| {
        c.quantity()
            .is_some_and(|q| matches!(q.unit, Unit::Money(_)))
    };
    let names_incident_of = |a: &Claim, b: &Claim| {
        a.context
            .counted_noun
            .as_deref()
            .and_then(event_class)
            .is_some_and(|class| class.is_incident() && b.context.events.contains(class))
            // A sum named for what it pays ("a $1 million reward", "$1 million bail", "a $1
            // million fine") is not what changed hands in the incident.
            && !b.context.counted_noun.as_deref().is_some_and(is_payment_noun)
    };
    sum(x) && sum(y) && (names_incident_of(x, y) || names_incident_of(y, x))
}

/// A claim's counted noun, unless it stands for a noun written elsewhere ("two others").
fn placeholder_free(claim: &Claim) -> Option<&str> {
    claim
        .context
        .counted_noun
        .as_deref()
        .filter(|noun| !is_placeholder_noun(noun))
}

/// Whether two counted nouns can count the same thing, and whether they are the very same word
/// (or synonyms): two words for a crowd fit ("protesters", "demonstrators"), and so does a count
/// of anyone or of the dead ("people", "deaths") with a count of any role ("bank workers"); two
/// roles ("soldiers", "civilians") are two groups.
pub(super) fn nouns_fit_words(a: &str, b: &str) -> (bool, bool) {
    let same = a == b || same_stem(a, b);
    let person = |w: &str| is_people_noun(w) || is_human_noun(w) || is_anyone_noun(w);
    let fit = same
        || (is_people_noun(a) && is_people_noun(b))
        || (is_anyone_noun(a) && person(b))
        || (is_anyone_noun(b) && person(a))
        || any_building_and_a_kind(a, b)
        || any_building_and_a_kind(b, a);
    (fit, same)
}

/// `a` counts buildings of no kind and `b` buildings of some kind ("buildings", "houses"): a
/// wire's "more than 300 buildings" damaged is another's "more than 300 houses".
fn any_building_and_a_kind(a: &str, b: &str) -> bool {
    let kind = |w: &str| is_building_noun(w) || is_building_noun(&singular(w));
    (is_any_building_noun(a) || is_any_building_noun(&singular(a)))
        && (kind(b) || is_any_building_noun(&singular(b)))
}

/// A counted noun reduced to its synonym group ("rise" and "increase" are one), else to its
/// singular ("witnesses" and "witness", "MPs" and "MP", "casualties" and "casualty" are one).
///
/// A singular, not a stem: a stemmer (Snowball) makes "officers" and "office", "universe" and
/// "university" one word, which would pair figures about different things, and leaves
/// abbreviations' plurals ("rbis", "mps") apart. `pluralizer` knows English plurals, irregular
/// ones ("children", "women") and words that have none ("police", "news").
pub(super) fn stem(word: &str) -> String {
    let singular = singular(word);
    // A word list writes a noun of two words with an underscore ("home_run").
    let listed = |w: &str| w.replace(' ', "_");
    let (word_key, singular_key) = (listed(word), listed(&singular));
    NOUN_SYNONYMS
        .iter()
        .find(|group| group.contains(&word_key.as_str()) || group.contains(&singular_key.as_str()))
        .map_or(singular.clone(), |group| group[0].to_string())
}

/// `a` and `b` reduce to one [`stem`]. Stems are remembered per thread: a long article pairs the
/// same few nouns over and over, and reducing one costs a pass over the plural rules.
fn same_stem(a: &str, b: &str) -> bool {
    thread_local! {
        static STEMS: RefCell<FxHashMap<String, String>> = RefCell::default();
    }
    STEMS.with(|stems| {
        let mut stems = stems.borrow_mut();
        for word in [a, b] {
            if !stems.contains_key(word) {
                stems.insert(word.to_string(), stem(word));
            }
        }
        stems[a] == stems[b]
    })
}

/// The singular of a counted noun, where it is the same word: a singular that keeps at least
/// half of itself in the plural's spelling ("crises" / "crisis", "women" / "woman"). "People"
/// stays apart from "person": a crowd and one person are weighed as two people nouns (compatible,
/// not the same word), as they always were.
fn singular(word: &str) -> String {
    let singular = pluralizer::pluralize(word, 1, false);
    let shared = word
        .chars()
        .zip(singular.chars())
        .take_while(|(a, b)| a == b)
        .count();
    if shared * 2 >= singular.chars().count() {
        singular
    } else {
        word.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn plurals_share_a_stem_and_different_words_do_not() {
        for (one, many) in [
            ("witness", "witnesses"),
            ("protester", "protesters"),
            ("rbi", "rbis"),
            ("mp", "mps"),
            ("casualty", "casualties"),
            ("child", "children"),
            ("crisis", "crises"),
            ("woman", "women"),
        ] {
            assert_eq!(stem(one), stem(many), "{one} / {many}");
        }
        for (a, b) in [
            ("police", "policy"),
            ("officers", "offices"),
            ("university", "universe"),
            ("news", "new"),
            ("people", "person"),
        ] {
            assert_ne!(stem(a), stem(b), "{a} / {b}");
        }
    }

    #[test]
    fn a_count_of_anyone_fits_a_count_of_any_role_but_two_roles_are_two_groups() {
        use super::nouns_fit_words;
        for (a, b) in [
            ("people", "workers"),
            ("dead", "people"),
            ("people", "firefighters"),
            ("deaths", "pirates"),
            ("people", "protesters"),
            ("protesters", "demonstrators"),
        ] {
            assert_eq!(nouns_fit_words(a, b), (true, false), "{a} / {b}");
            assert_eq!(nouns_fit_words(b, a), (true, false), "{b} / {a}");
        }
        for (a, b) in [
            ("soldiers", "civilians"),
            ("workers", "students"),
            ("people", "boats"),
            ("deaths", "homes"),
            ("firefighters", "protesters"),
            // A gathering's count is its crowd's, not the count of one role in it (the seed
            // set's "Dozens of media workers protested" beside the opposition gathering).
            ("gathering", "workers"),
        ] {
            assert!(!nouns_fit_words(a, b).0, "{a} / {b}");
        }
        assert_eq!(nouns_fit_words("workers", "employees"), (true, true));
    }

    #[test]
    fn buildings_count_houses_and_shops_but_houses_are_not_shops() {
        use super::nouns_fit_words;
        for (a, b) in [
            ("buildings", "houses"),
            ("buildings", "homes"),
            ("structures", "shops"),
            ("building", "mosques"),
        ] {
            assert_eq!(nouns_fit_words(a, b), (true, false), "{a} / {b}");
            assert_eq!(nouns_fit_words(b, a), (true, false), "{b} / {a}");
        }
        for (a, b) in [
            ("houses", "shops"),
            ("homes", "schools"),
            ("buildings", "people"),
            ("buildings", "cars"),
        ] {
            assert!(!nouns_fit_words(a, b).0, "{a} / {b}");
        }
    }

    #[test]
    fn synonyms_and_their_plurals_are_one_group() {
        assert_eq!(stem("increases"), "rise");
        assert_eq!(stem("increase"), "rise");
        assert_eq!(stem("troops"), "soldier");
        assert_eq!(stem("fatalities"), "death");
        assert_eq!(stem("crewmen"), stem("crew"));
        assert_eq!(stem("crewmembers"), stem("crew"));
        // Wire copy calls one seizure's boats ships.
        assert_eq!(stem("ships"), stem("boats"));
        // A merchant vessel is not a pirate skiff, and "300 homes and 40 public buildings" are
        // two counts: "vessels" and "buildings" stay their own words.
        assert_ne!(stem("vessels"), stem("boats"));
        assert_ne!(stem("buildings"), stem("houses"));
        // British and American spellings, and nouns of two words.
        assert_eq!(stem("jewellery"), stem("jewelry"));
        assert_eq!(stem("home runs"), stem("homers"));
        assert_eq!(stem("appliances"), stem("fire engines"));
    }
}
