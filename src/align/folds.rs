//! Folds: one term for words news copy writes two ways (issue 14, evidence for a pair beyond
//! exact words).
//!
//! Takes a lower-cased word (a spelled figure) or a Snowball stem (a synonym); hands on the
//! term `align::terms` interns instead: the digits of a spelled figure ("twelve" -> `12`,
//! "forty-one" -> `41`), the stem standing for a synonym group ("detained" -> `arrest`,
//! `news_synonyms.txt`). Both tables are built once from the lexicon, so a lookup is one hash.

use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;

use crate::lexicon::{NEWS_SYNONYMS, NUMBER_WORDS, SCALE_WORDS};

/// Spelled figures under a hundred that are read as digits, by word: every word of
/// `number_words.txt` but the scales (`million` stays a word, as it does after digits: "2
/// million" and "two million" then share both terms) and `one`, a pronoun as often as a figure
/// ("one of the protesters", "no one").
static SPELLED: LazyLock<FxHashMap<&'static str, u32>> = LazyLock::new(|| {
    let english = text2num::Language::english();
    NUMBER_WORDS
        .iter()
        .filter(|word| **word != "one" && SCALE_WORDS.get(word).is_none())
        .filter_map(|&word| {
            let digits = text2num::text2digits(word, &english).ok()?;
            let value: u32 = digits.parse().ok()?;
            (value < 100).then_some((word, value))
        })
        .collect()
});

/// The value of a spelled figure under a hundred (`twelve`, `ninety`; not `one`), lower case.
pub fn spelled_figure(word: &str) -> Option<u32> {
    SPELLED.get(word).copied()
}

/// The value of a hyphenated spelled figure, its tens and its unit ("forty" and "one" of
/// "forty-one"); `one` counts here, where it can be no pronoun.
pub fn compound_figure(tens: &str, unit: &str) -> Option<u32> {
    let tens = spelled_figure(tens).filter(|v| *v >= 20 && v % 10 == 0)?;
    let unit = match unit {
        "one" => 1,
        other => spelled_figure(other).filter(|v| (1..10).contains(v))?,
    };
    Some(tens + unit)
}

/// Each synonym's stem and the stem of its group's first word.
static SYNONYMS: LazyLock<FxHashMap<String, String>> = LazyLock::new(|| {
    let stemmer = Stemmer::create(Algorithm::English);
    let mut folds = FxHashMap::default();
    for group in NEWS_SYNONYMS.iter() {
        let Some(head) = group.first() else { continue };
        let head = stemmer.stem(head).into_owned();
        for word in &group[1..] {
            let stem = stemmer.stem(word).into_owned();
            if stem != head {
                folds.insert(stem, head.clone());
            }
        }
    }
    folds
});

/// The stem a synonym's stem stands for (`detain` -> `arrest`), if it is one.
pub fn synonym(stem: &str) -> Option<&'static str> {
    SYNONYMS.get(stem).map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelled_figures_under_a_hundred_but_one_and_scales() {
        assert_eq!(spelled_figure("twelve"), Some(12));
        assert_eq!(spelled_figure("ninety"), Some(90));
        assert_eq!(spelled_figure("one"), None);
        assert_eq!(spelled_figure("million"), None);
        assert_eq!(spelled_figure("hundred"), None);
        assert_eq!(compound_figure("forty", "one"), Some(41));
        assert_eq!(compound_figure("twenty", "five"), Some(25));
        assert_eq!(compound_figure("twelve", "five"), None);
        assert_eq!(compound_figure("forty", "twelve"), None);
    }

    #[test]
    fn synonyms_fold_to_their_group_head() {
        assert_eq!(synonym("detain"), Some("arrest"));
        assert_eq!(synonym("die"), Some("kill"));
        assert_eq!(synonym("arrest"), None);
        assert_eq!(synonym("walk"), None);
    }

    /// Every stem of the synonyms file stands in one group: a stem in two would fold to one
    /// head or the other depending on the file's order.
    #[test]
    fn a_stem_stands_in_one_synonym_group() {
        let stemmer = Stemmer::create(Algorithm::English);
        let mut seen = std::collections::HashMap::new();
        for (line, group) in NEWS_SYNONYMS.iter().enumerate() {
            assert!(group.len() >= 2, "group {line} has one word");
            for word in group {
                let stem = stemmer.stem(word).into_owned();
                if let Some(other) = seen.insert(stem.clone(), line) {
                    assert_eq!(other, line, "{word:?} ({stem}) is in two groups");
                }
            }
        }
    }
}
