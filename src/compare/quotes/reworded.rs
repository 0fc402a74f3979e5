//! Reworded statements: links, as `reworded`, two quotes left unpaired that are one speaker's
//! one statement in two translations or transcriptions ("We will never hand over the country
//! while I live" / "As long as I am alive, I will not give the country away"). Takes the quotes
//! of two outlets that the word-sequence matching left unpaired, with their words; hands on the
//! extra links, one-to-one, best first.
//!
//! Two translations share few words in order, so the word diff that pairs quotes cannot see
//! them; what they share is their content words, loosely spelt ("live" / "alive"). That is weak
//! evidence, so it is only taken with strong evidence beside it: both speakers are named and are
//! the same (an unknown or merely compatible speaker is not enough), at least
//! [`MIN_SHARED_CONTENT`] content words meet, and they make at least [`MIN_CONTENT_DICE`] of the
//! two quotes' content words. Function words (`stop_words.txt`) never count. One speaker's
//! different statements on one topic share topic words too ("border", "president"); what
//! renderings of one statement keep and different statements rarely share is its polarity and
//! its person: both negate or neither, and both speak as "I", "we" or "you" or neither.

use super::{Words, same_speaker, speaker};
use crate::align::matching::greedy_one_to_one;
use crate::claims::Claim;
use crate::lexicon::{is_negation, is_speaker_person, is_stop_word};

/// Least content words two reworded quotes must share.
const MIN_SHARED_CONTENT: usize = 2;
/// Least share (Dice) of the two quotes' content words that must meet.
const MIN_CONTENT_DICE: f64 = 0.4;
/// Least normalised Levenshtein similarity for two content words to meet ("live" / "alive").
const MIN_WORD_SIMILARITY: f64 = 0.75;

/// The content words of a quote: normalised words that are no function words, with their stems.
fn content(words: &Words) -> Vec<(&str, &str)> {
    words
        .normal
        .iter()
        .zip(&words.stems)
        .filter(|(w, _)| w.chars().count() >= 2 && !is_stop_word(w))
        .map(|(w, s)| (w.as_str(), s.as_str()))
        .collect()
}

fn meet(a: (&str, &str), b: (&str, &str)) -> bool {
    a.1 == b.1
        || (a.0.chars().count() >= 4
            && b.0.chars().count() >= 4
            && strsim::normalized_levenshtein(a.0, b.0) >= MIN_WORD_SIMILARITY)
}

/// Dice share of content words that meet, each word meeting at most one of the other's.
fn content_dice(x: &Words, y: &Words) -> Option<f64> {
    let (a, b) = (content(x), content(y));
    if a.is_empty() || b.is_empty() {
        return None;
    }
    let mut taken = vec![false; b.len()];
    let mut shared = 0;
    for &word in &a {
        if let Some(k) = (0..b.len()).find(|&k| !taken[k] && meet(word, b[k])) {
            taken[k] = true;
            shared += 1;
        }
    }
    let dice = 2.0 * shared as f64 / (a.len() + b.len()) as f64;
    (shared >= MIN_SHARED_CONTENT && dice >= MIN_CONTENT_DICE).then_some(dice)
}

/// One outlet's claims, the words of its quotes, and which are already paired.
pub(super) struct Side<'s> {
    pub claims: &'s [Claim],
    pub words: &'s [Option<Box<Words>>],
    pub used: &'s mut [bool],
}

/// The evidence against two quotes being one statement whatever words they share: one negates
/// and the other does not ("The border is not secure" / "The president should visit the
/// border"), or they speak from different persons (one says "we" or "I" or "you", the other
/// none of them; "This budget raises taxes" / "We will never vote for a budget that raises
/// taxes").
fn same_proposition(x: &Words, y: &Words) -> bool {
    let negated = |w: &Words| w.normal.iter().any(|word| is_negation(word));
    fn persons(w: &Words) -> Vec<&str> {
        let mut persons: Vec<&str> = w
            .normal
            .iter()
            .filter(|word| is_speaker_person(word))
            .map(String::as_str)
            .collect();
        persons.sort_unstable();
        persons.dedup();
        persons
    }
    let (a, b) = (persons(x), persons(y));
    let same_person = (a.is_empty() && b.is_empty()) || a.iter().any(|p| b.contains(p));
    negated(x) == negated(y) && same_person
}

/// Links between the quotes `left_claims[a]` and `right_claims[b]` not yet used, as (score, a,
/// b): one speaker's statement in other words.
pub(super) fn link(left: Side, right: Side) -> Vec<(f32, usize, usize)> {
    let (left_claims, left_words, left_used) = (left.claims, left.words, left.used);
    let (right_claims, right_words, right_used) = (right.claims, right.words, right.used);
    let mut candidates = Vec::new();
    for (a, x) in left_words.iter().enumerate() {
        let Some(x) = x.as_deref().filter(|_| !left_used[a]) else {
            continue;
        };
        let Some(x_speaker) = speaker(&left_claims[a]) else {
            continue;
        };
        for (b, y) in right_words.iter().enumerate() {
            let Some(y) = y.as_deref().filter(|_| !right_used[b]) else {
                continue;
            };
            if same_speaker(Some(x_speaker), speaker(&right_claims[b])) != Some(true) {
                continue;
            }
            if !same_proposition(x, y) {
                continue;
            }
            if let Some(dice) = content_dice(x, y) {
                candidates.push((dice as f32, a, b));
            }
        }
    }
    let (picked, used) = greedy_one_to_one(&mut candidates, left_words.len(), right_words.len());
    for (a, &was) in used.left.iter().enumerate() {
        left_used[a] |= was;
    }
    for (b, &was) in used.right.iter().enumerate() {
        right_used[b] |= was;
    }
    picked
}
