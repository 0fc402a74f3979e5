//! Landmark: takes a sentence's tokens and the token range of a distance; hands on the place the
//! distance is measured from ("55 kilometres (34 miles) west of the town of *Bireun*", "10 miles
//! south of the generally recognised *border*"), lower case, as the distance's holder.
//!
//! Why: a story gives several distances ("15 miles north of Detroit" for a building, "50 miles
//! north of Detroit" for a sighting; "55 km south of Bireun and 72 km southeast of Reuleuet"), and
//! two outlets' distances from two places are two facts however alike their sentences: paired,
//! they would make a false divergence. From one place they are candidates for one fact.

use std::borrow::Cow;

use crate::claims::tokens::{Token, TokenKind};
use crate::lexicon::{is_compass_word, is_determiner, is_landmark_opener, is_stop_word};

/// Most tokens a parenthesis right after a distance may hold ("(34 miles)", "(6.2 miles)").
const PARENTHESIS_REACH: usize = 8;

/// Most words of the place's phrase ("the generally recognised border").
const PLACE_WORDS: usize = 6;

/// The place the distance ending at token `end` is measured from: after an optional
/// parenthesis (a conversion), an optional point of the compass ("south", "north-east"), and a
/// word opening a place ("of", "from"; `of` only after a point of the compass: "a depth of 10
/// kilometres of rock" names none). The place is the last word of its phrase, which runs to a
/// punctuation mark or a function word other than `of` ("the town of *Bireun*, near...", "the
/// *border* between...").
pub(super) fn landmark_after(tokens: &[Token], lower: &[Cow<str>], end: usize) -> Option<Box<str>> {
    let mut k = skip_parenthesis(tokens, end);
    let compass = k < tokens.len() && is_compass_word(&lower[k]);
    if compass {
        k += 1;
        // "north-east", "north-northwest".
        while k + 1 < tokens.len()
            && tokens[k].is_symbol("-")
            && tokens[k + 1].glued
            && is_compass_word(&lower[k + 1])
        {
            k += 2;
        }
    }
    let opener = lower.get(k)?;
    let opens = tokens[k].kind == TokenKind::Word
        && is_landmark_opener(opener)
        && (compass || opener != "of");
    if !opens {
        return None;
    }
    k += 1;
    while k < tokens.len() && is_determiner(&lower[k]) {
        k += 1;
    }
    let mut last = None;
    for (j, token) in tokens.iter().enumerate().skip(k).take(PLACE_WORDS) {
        let word = &lower[j];
        if token.kind != TokenKind::Word || (word != "of" && is_stop_word(word)) {
            break;
        }
        if word != "of" {
            last = Some(j);
        }
    }
    last.map(|j| Box::from(&*lower[j]))
}

/// The first token after a parenthesis opening at `k`, or `k` when none opens there or it does
/// not close within [`PARENTHESIS_REACH`].
fn skip_parenthesis(tokens: &[Token], k: usize) -> usize {
    if !tokens.get(k).is_some_and(|t| t.is_symbol("(")) {
        return k;
    }
    tokens
        .iter()
        .enumerate()
        .skip(k + 1)
        .take(PARENTHESIS_REACH)
        .find(|(_, t)| t.is_symbol(")"))
        .map_or(k, |(j, _)| j + 1)
}
