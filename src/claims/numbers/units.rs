//! Ages and durations: takes the tokens after (and around) a bare count and hands on the unit
//! they make of it: an age ("55-year-old", "23 years old", "Kovalchuk, 55,") or a span of time
//! ("nine days"). Kept apart because it decides what a figure can be compared with.

use super::super::tokens::{Token, TokenKind};
use super::super::{TimeUnit, Unit};
use super::atom::Atom;
use super::words::{DURATION_UNITS, word_of};
use super::words_at;
use crate::lexicon::{is_age_noun, is_duration_filler};

/// "NN years old", "NN-year-old", "NN years of age" (ages) and "NN days" (durations).
pub(super) fn time_unit_after(tokens: &[Token], end: usize, atom: &Atom) -> (Option<Unit>, usize) {
    if atom.unit != Unit::Count {
        return (None, end);
    }
    let at = |k: usize| tokens.get(k);
    // 55-year-old
    if at(end).is_some_and(|t| t.is_symbol("-") && t.glued)
        && at(end + 1).is_some_and(|t| t.is_word("year") || t.is_word("years"))
        && at(end + 2).is_some_and(|t| t.is_symbol("-"))
        && at(end + 3).is_some_and(|t| t.is_word("old"))
    {
        return (Some(Unit::Age), end + 4);
    }
    // "three more days", "two further weeks"
    let is_unit = |t: &Token| word_of(t).is_some_and(|word| DURATION_UNITS.get(&word).is_some());
    let filler = at(end).is_some_and(|t| word_of(t).is_some_and(|word| is_duration_filler(&word)))
        && at(end + 1).is_some_and(is_unit);
    let unit_at = if filler { end + 1 } else { end };
    let Some(word) = at(unit_at)
        .filter(|t| t.kind == TokenKind::Word)
        .map(Token::lower)
    else {
        return (None, end);
    };
    let Some(&plural) = DURATION_UNITS.get(&word) else {
        return (None, end);
    };
    let end = unit_at;
    if plural == TimeUnit::Years && at(end + 1).is_some_and(|t| t.is_word("old")) {
        return (Some(Unit::Age), end + 2);
    }
    if plural == TimeUnit::Years && words_at(tokens, end + 1, &["of", "age"]) {
        return (Some(Unit::Age), end + 3);
    }
    (Some(Unit::Duration(plural)), end + 1)
}

/// "Yelena F. Kovalchuk, 55, a machine operator": a bare number between commas after a name.
pub(super) fn is_name_age(tokens: &[Token], start: usize, end: usize, value: f64) -> bool {
    if end != start + 1 || !(1.0..=120.0).contains(&value) || value.fract() != 0.0 {
        return false;
    }
    let before_comma = start >= 2 && tokens[start - 1].is_symbol(",");
    let name_before = before_comma
        && tokens[start - 2].kind == TokenKind::Word
        && (tokens[start - 2].text.starts_with(char::is_uppercase)
            || is_age_noun(&tokens[start - 2].lower()));
    let closes = tokens
        .get(end)
        .is_none_or(|t| t.is_symbol(",.;)") || t.is_symbol("\u{2014}"));
    name_before && closes
}
