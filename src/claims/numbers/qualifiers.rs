//! Qualifiers and direction: what the words around a figure do to its claim. Takes tokens and
//! a figure's bounds; hands on the [`Qualifier`] written after it ("or more", "or so"), the
//! bounds once a qualifier applies ("more than 100,000" opens the top), and the direction of a
//! change written before it ("rose 2%"). The leading qualifiers are the lexicon's
//! `qualifiers.txt`, read by [`super::words`]; the words of change are `up_words.txt` and
//! `down_words.txt`.

use super::super::tokens::{Token, TokenKind};
use super::super::{Direction, Exactness};
use super::words_at;
use crate::lexicon::{is_change_filler, is_down_word, is_up_word};

/// What a qualifier claims of the figure it qualifies.

#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumString)]
#[strum(serialize_all = "lowercase")]
pub(super) enum Qualifier {
    Lower,
    Upper,
    Approximate,
}

/// The direction of a change stated just before a number: "rose 19 cents", "fell by 3%", "a
/// drop of 2,000 jobs". A number after "to" is a level, not a change ("lifted rates to 5.25%").
pub(super) fn direction_before(tokens: &[Token], start: usize) -> Option<Direction> {
    // "raised rates by a quarter", "cut its forecast by 2%": the verb may sit before an object.
    if start >= 1 && tokens[start - 1].is_word("by") {
        let verb = tokens[start.saturating_sub(5)..start - 1]
            .iter()
            .rev()
            .take_while(|t| t.kind == TokenKind::Word && !t.is_word("to"))
            .find_map(|t| {
                let word = t.lower();
                if is_up_word(&word) {
                    Some(Direction::Up)
                } else if is_down_word(&word) {
                    Some(Direction::Down)
                } else {
                    None
                }
            });
        if verb.is_some() {
            return verb;
        }
    }
    let mut k = start;
    for _ in 0..3 {
        k = k.checked_sub(1)?;
        let word = tokens[k].lower();
        if word == "to" || word == "at" || tokens[k].kind != TokenKind::Word {
            return None;
        }
        if is_change_filler(&word) {
            continue;
        }
        if is_up_word(&word) {
            return Some(Direction::Up);
        }
        if is_down_word(&word) {
            return Some(Direction::Down);
        }
        return None;
    }
    None
}

/// A qualifier written after the number ("or more", "-plus", "or so", "or fewer") and how many
/// tokens it takes.
pub(super) fn trailing_qualifier(tokens: &[Token], end: usize) -> Option<(Qualifier, usize)> {
    if words_at(tokens, end, &["or", "more"])
        || words_at(tokens, end, &["or", "above"])
        || words_at(tokens, end, &["-", "plus"])
    {
        Some((Qualifier::Lower, 2))
    } else if words_at(tokens, end, &["plus"]) {
        Some((Qualifier::Lower, 1))
    } else if words_at(tokens, end, &["or", "so"]) {
        Some((Qualifier::Approximate, 2))
    } else if words_at(tokens, end, &["or", "fewer"]) || words_at(tokens, end, &["or", "less"]) {
        Some((Qualifier::Upper, 2))
    } else {
        None
    }
}

/// What a qualifier does to the figure: a lower bound opens it above, an upper bound below, an
/// approximation widens an exact figure (a range stays a range).
pub(super) fn apply_qualifier(
    qualifier: Option<Qualifier>,
    exactness: &mut Exactness,
    low: &mut Option<f64>,
    high: &mut Option<f64>,
) {
    match qualifier {
        Some(Qualifier::Lower) => {
            *exactness = Exactness::LowerBound;
            *high = None;
        }
        Some(Qualifier::Upper) => {
            *exactness = Exactness::UpperBound;
            *low = None;
        }
        Some(Qualifier::Approximate) if *exactness != Exactness::Range => {
            *exactness = Exactness::Approximate;
        }
        _ => {}
    }
}
