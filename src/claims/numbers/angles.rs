//! Angles: takes a figure read in degrees of no stated scale and the tokens around it, and says
//! whether the degrees are an angle ("a 45-degree angle", "turned 180 degrees", "Rotate 90°")
//! rather than a temperature ("minus 40 degrees", "temperatures of 35 degrees"). A bare
//! `degrees` is a temperature in news unless a word of angle stands right after it or a verb of
//! turning just before the figure (`angle_words.txt`, `angle_verbs.txt`); a sign keeps it a temperature.

use super::super::tokens::Token;
use super::words::word_of;
use crate::lexicon::{is_angle_verb, is_angle_word};

/// The degrees of the figure at `start..end` (its unit's tokens included) are an angle.
pub(super) fn is_angle(tokens: &[Token], start: usize, end: usize, negative: bool) -> bool {
    let word_in = |k: usize, is_in: fn(&str) -> bool| {
        tokens
            .get(k)
            .and_then(word_of)
            .is_some_and(|word| is_in(&word))
    };
    // "turned 180 degrees", "rotated by 90°", "tilted the panels 45°" (one word between).
    let verb_before = (1..=3).any(|back| {
        start.checked_sub(back).is_some_and(|k| {
            word_in(k, is_angle_verb) && (k + 1..start).all(|j| !is_figure_stop(&tokens[j]))
        })
    });
    !negative && (word_in(end, is_angle_word) || verb_before)
}

/// A token that ends the phrase before a figure: a sentence's punctuation.
fn is_figure_stop(token: &Token) -> bool {
    token.is_symbol(",;:.()")
}
