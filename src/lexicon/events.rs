//! Event classes: the closed set of things news figures are about (a rally, arrests, a vote...)
//! and the words that evoke each, one data file per class under `data/events/`. Takes a
//! lower-cased word; hands on the class it evokes, if any.
//!
//! The classes are an enum, not strings, so every place that words or weighs a class (the
//! report's phrases, the matcher's rules) is a `match` the compiler checks: a class added here
//! and forgotten there is a compile error, not a row labelled by a fallback.

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use super::entries;

/// Declares [`EventClass`] with the data file of each class, so a class and its words are
/// named once.
macro_rules! event_classes {
    ($($class:ident = $file:literal,)*) => {
        /// What a figure is about, as the words near it say. A claim lists its classes in the
        /// order their words appear; the order of the variants is the order baseline findings
        /// sort in (by their event), so add a class at the end to keep existing files in order.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[derive(strum::EnumCount, strum::EnumIter, strum::IntoStaticStr, strum::FromRepr)]
        #[serde(rename_all = "snake_case")]
        #[strum(serialize_all = "snake_case")]
        pub enum EventClass {
            $($class,)*
        }

        impl EventClass {
            /// The words that evoke the class: its data file, one word a line.
            pub(crate) fn words_file(self) -> &'static str {
                match self {
                    $(EventClass::$class => include_str!(concat!("data/events/", $file, ".txt")),)*
                }
            }
        }
    };
}

// The variants in order, each with its file under `data/events/`.
event_classes! {
    Rally = "rally", Arrest = "arrest", Injury = "injury", Death = "death", Vote = "vote",
    Strike = "strike", Rule = "rule", Displacement = "displacement", Economy = "economy",
    Jobs = "jobs", Aid = "aid", Letter = "letter", Offer = "offer", Demand = "demand",
    Attack = "attack", Fire = "fire", Disaster = "disaster", Theft = "theft", Deal = "deal",
    Crash = "crash", Damage = "damage",
}

impl EventClass {
    /// The class's name in JSON, baselines and data files (`rally`, `displacement`).
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// A kind of happening a story is about (an attack, a fire, a quake, a theft, a deal, a
    /// crash), as against what a figure counts or measures (the dead, the vote, prices): one
    /// story's figures mostly stand beside its one happening, so two outlets naming it is
    /// evidence that two figures are one, and one outlet leaving it out says nothing against.
    pub fn is_incident(self) -> bool {
        matches!(
            self,
            EventClass::Attack
                | EventClass::Fire
                | EventClass::Disaster
                | EventClass::Theft
                | EventClass::Deal
                | EventClass::Crash
        )
    }

    /// What befell the people or things a figure counts (killed, wounded, arrested, displaced,
    /// damaged), as against the event it befell them in (an attack, a fire, a quake): one
    /// attack's dead and its wounded are two counts, and one quake's injured and its damaged
    /// houses, though all stand beside the one happening.
    pub fn is_outcome(self) -> bool {
        matches!(
            self,
            EventClass::Death
                | EventClass::Injury
                | EventClass::Arrest
                | EventClass::Displacement
                | EventClass::Damage
        )
    }
}

/// Each event word with the class it evokes (a word evokes one class: tested).
static EVENT_WORDS: LazyLock<FxHashMap<&'static str, EventClass>> = LazyLock::new(|| {
    use strum::IntoEnumIterator;
    EventClass::iter()
        .flat_map(|class| entries(class.words_file()).map(move |word| (word, class)))
        .collect()
});

/// The event class `word` (lower case) evokes.
pub fn event_class(word: &str) -> Option<EventClass> {
    EVENT_WORDS.get(word).copied()
}

/// The data file of words that evoke another class after some words ("opened fire").
pub(crate) const EVENT_OPENERS_FILE: &str = include_str!("data/event_openers.txt");

/// (opener, word) and the class the word evokes after that opener (`None`: no class).
static AFTER_OPENER: LazyLock<FxHashMap<(&'static str, &'static str), Option<EventClass>>> =
    LazyLock::new(|| {
        use strum::IntoEnumIterator;
        let mut map = FxHashMap::default();
        for group in super::groups(EVENT_OPENERS_FILE) {
            let [word, class, openers @ ..] = group.as_slice() else {
                continue;
            };
            // An unknown class name is caught by the tests; at run time it evokes nothing.
            let class = EventClass::iter().find(|c| c.as_str() == *class);
            for &opener in openers {
                map.insert((opener, *word), class);
            }
        }
        map
    });

/// The event class `word` (lower case) evokes after the word `before` (lower case): a few words
/// name another event after an opener ("opened fire" is an attack, "fire" a blaze; "air strike"
/// an attack, "strike" a walkout).
pub fn event_class_after(before: Option<&str>, word: &str) -> Option<EventClass> {
    before
        .and_then(|before| AFTER_OPENER.get(&(before, word)).copied())
        .unwrap_or_else(|| event_class(word))
}

#[cfg(test)]
mod tests {
    use super::event_class;

    /// The class a word evokes, by name.
    fn class(word: &str) -> Option<&'static str> {
        event_class(word).map(|c| c.as_str())
    }

    #[test]
    fn the_words_of_news_events_evoke_their_class() {
        let cases = [
            ("attacked", "attack"),
            ("bombed", "attack"),
            ("bombing", "attack"),
            ("airstrike", "attack"),
            ("shelling", "attack"),
            ("gunfire", "attack"),
            ("ambushed", "attack"),
            ("blaze", "fire"),
            ("fire", "fire"),
            ("flames", "fire"),
            ("earthquake", "disaster"),
            ("quake", "disaster"),
            ("tremor", "disaster"),
            ("aftershock", "disaster"),
            ("tsunami", "disaster"),
            ("typhoon", "disaster"),
            ("robbery", "theft"),
            ("heist", "theft"),
            ("stolen", "theft"),
            ("thieves", "theft"),
            ("raid", "theft"),
            ("acquire", "deal"),
            ("acquisition", "deal"),
            ("takeover", "deal"),
            ("merger", "deal"),
            ("crash", "crash"),
            ("collided", "crash"),
            ("derailed", "crash"),
            ("damaged", "damage"),
            ("destroyed", "damage"),
        ];
        for (word, expected) in cases {
            assert_eq!(class(word), Some(expected), "{word}");
        }
        // Words too common in other senses evoke nothing: a shot at goal, a buy rating.
        // Firefighters are counted people ("dozens of firefighters"), not the fire.
        for word in ["shot", "buy", "fired", "accident", "firefighters"] {
            assert_eq!(class(word), None, "{word}");
        }
    }

    /// A word that names another event after some words: "opened fire" and "returned fire" are
    /// gunfire, "air strike" an attack not a walkout, "police raid" an arrest not a robbery.
    #[test]
    fn a_word_after_its_opener_evokes_another_class() {
        let cases = [
            ("opened", "fire", Some("attack")),
            ("returned", "fire", Some("attack")),
            ("artillery", "fire", Some("attack")),
            ("the", "fire", Some("fire")),
            ("air", "strike", Some("attack")),
            ("drone", "strikes", Some("attack")),
            ("general", "strike", Some("strike")),
            ("police", "raid", Some("arrest")),
            ("air", "raid", Some("attack")),
            ("armed", "raid", Some("theft")),
        ];
        for (before, word, expected) in cases {
            assert_eq!(
                super::event_class_after(Some(before), word).map(|c| c.as_str()),
                expected,
                "{before} {word}"
            );
        }
        assert_eq!(
            super::event_class_after(None, "fire").map(|c| c.as_str()),
            Some("fire")
        );
    }

    /// Every line of the openers file names an event word, a class (or "none") and openers.
    #[test]
    fn every_opener_line_names_a_word_a_class_and_openers() {
        use strum::IntoEnumIterator;
        for group in crate::lexicon::groups(super::EVENT_OPENERS_FILE) {
            let [word, class, openers @ ..] = group.as_slice() else {
                panic!("{group:?}: too short");
            };
            assert!(!openers.is_empty(), "{group:?}: no openers");
            assert!(event_class(word).is_some(), "{word}: evokes no class alone");
            assert!(
                *class == "none" || super::EventClass::iter().any(|c| c.as_str() == *class),
                "{class}: no such class"
            );
        }
    }
}
