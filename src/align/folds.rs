//! Folds: one term for a figure news copy writes two ways (issue 14, evidence for a pair beyond
//! exact words).
//!
//! Takes a lower-cased word; hands on the figure `align::terms` interns instead of a spelled
//! one ("twelve" -> `12`, "forty-one" -> `41`). The table is built once from the lexicon, so a
//! lookup is one hash. (News synonyms folded to one term were tried and dropped: see
//! docs/accuracy.md.)

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::lexicon::{NUMBER_WORDS, SCALE_WORDS};

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
}
