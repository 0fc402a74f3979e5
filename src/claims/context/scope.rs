//! Scope: takes a sentence's tokens and the token range of a count; hands on where the count is
//! counted ("killed 170,000 people *in Aceh*", "230,000 people *across Asia*", "in the Yida
//! refugee *camp*"), lower case, or that it is a capacity ("enough supplies *for* 15,000
//! refugees"), as the count's holder; and tells whether two counts' places can be one.
//!
//! Why: a story gives one toll for a province and another for a whole region, or a death toll
//! in each of two towns; paired, they make a false divergence. A count's place is part of what
//! it counts, as a distance's landmark is (landmark.rs). And what a warehouse or a stadium can
//! hold is never how many people are in a place, however alike the figures.

use std::borrow::Cow;

use crate::claims::tokens::{Token, TokenKind};
use crate::lexicon::{
    is_calendar_word, is_capacity_word, is_determiner, is_place_noun, is_scope_opener,
    is_stop_word, is_wide_place,
};

/// The holder of a count that is a capacity: written so no place's name can be it.
pub const CAPACITY: &str = "(capacity)";

/// Most tokens between a count and the preposition opening its place ("killed 170,000 people
/// who lived *in*..." is past it: a relative clause's place is another's).
const OPENER_REACH: usize = 4;

/// Most words of a place's name ("South Kordofan", "Bay of Bengal").
const NAME_WORDS: usize = 4;

/// Most lower-case words between a determiner or a name and the place noun they lead to ("the
/// *northern* province", "the Yida *refugee* camp").
const MODIFIERS: usize = 2;

/// Most tokens between a capacity word and the count ("*enough* food and water *for* 15,000").
const CAPACITY_REACH: usize = 5;

/// A count's holder is a capacity ([`CAPACITY`]).
pub fn is_capacity(holder: &str) -> bool {
    holder == CAPACITY
}

/// Whether two counts' holders (places or [`CAPACITY`]; `None`: no place written) can be of one
/// count. A capacity is only ever another capacity. A place wider than one country (a region,
/// a continent, "14 countries") is never a province or a town, but any two of a story's wide
/// places are taken for one ("across Asia", "in 14 countries around the Indian Ocean"). Two
/// named places are one only by name ("in Aceh province" is "in Aceh"); a common noun ("the
/// province", "the camp") stands for a place named elsewhere and fits any named place of its
/// width.
pub fn scopes_fit(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) if is_capacity(a) || is_capacity(b) => a == b,
        (Some(a), None) | (None, Some(a)) => !is_capacity(a),
        (None, None) => true,
        (Some(a), Some(b)) => {
            let (wide_a, wide_b) = (is_wide(a), is_wide(b));
            if wide_a != wide_b {
                return false;
            }
            wide_a || a == b || is_common(a) || is_common(b)
        }
    }
}

/// A place wider than one country, by its last word ("the Indian *Ocean*", "*countries*").
fn is_wide(place: &str) -> bool {
    place.rsplit(' ').next().is_some_and(is_wide_place)
}

/// A common noun standing for a place named elsewhere ("province", "camp", "region").
fn is_common(place: &str) -> bool {
    is_place_noun(place) || is_wide_place(place)
}

/// The count ending at token `end` is a capacity: a capacity word right before it ("can
/// *accommodate* 2,500"), or a few tokens before it with `for` or `of` right before the count
/// ("*enough* supplies for 15,000", "a *capacity* of 60,000", "*room* for 400"). `start` is the
/// count's first token, `from` the start of its clause.
pub(super) fn is_capacity_count(lower: &[Cow<str>], from: usize, start: usize) -> bool {
    let Some(before) = start.checked_sub(1).filter(|&k| k >= from) else {
        return false;
    };
    if is_capacity_word(&lower[before]) {
        return true;
    }
    matches!(lower[before].as_ref(), "for" | "of")
        && (from.max(start.saturating_sub(CAPACITY_REACH))..before)
            .any(|k| is_capacity_word(&lower[k]))
}

/// The place the count ending at token `end` is counted in, before token `limit` (the end of its
/// clause): the first scope opener within [`OPENER_REACH`] tokens that opens a place.
pub(super) fn scope_after(
    tokens: &[Token],
    lower: &[Cow<str>],
    end: usize,
    limit: usize,
) -> Option<Box<str>> {
    let limit = limit.min(tokens.len());
    (end..limit.min(end + OPENER_REACH))
        .take_while(|&k| tokens[k].kind != TokenKind::Digits)
        // A capitalised opener is a headline's title case ("Three Killed In Athens Bank Fire"),
        // where capitals name nothing.
        .filter(|&k| starts_lower(&tokens[k]) && is_scope_opener(&lower[k]))
        .find_map(|k| place_at(tokens, lower, k + 1, limit))
}

/// The place whose phrase starts at token `k`: a name ("Aceh", "South Kordofan", "the Bay of
/// Bengal"), with or without a place noun after it ("Aceh province", "the Yida refugee camp");
/// a place noun ("the province"), or one of a named place ("the province of Aceh"); or a count
/// of places ("14 countries"). None when the phrase is a year, a day, an event ("in Thursday's
/// bombing", "in the Boxing Day tsunami") or anything but a place ("in custody").
fn place_at(tokens: &[Token], lower: &[Cow<str>], mut k: usize, limit: usize) -> Option<Box<str>> {
    let word = |j: usize| j < limit && tokens[j].kind == TokenKind::Word;
    while word(k) && (is_determiner(&lower[k]) || matches!(lower[k].as_ref(), "those" | "these")) {
        k += 1;
    }
    // "in 14 countries": a count of places is a place.
    if k < limit && tokens[k].kind == TokenKind::Digits {
        return (word(k + 1) && is_common(&lower[k + 1])).then(|| Box::from(&*lower[k + 1]));
    }
    if let Some((name, after)) = name_at(tokens, lower, k, limit) {
        // After a name: the place noun it names ("Aceh province", "Yida refugee camp"), or
        // nothing that makes it a modifier of another noun ("the Boxing Day tsunami").
        let next_noun = (after..limit.min(after + MODIFIERS + 1))
            .take_while(|&j| word(j) && !is_stop_word(&lower[j]))
            .find(|&j| is_common(&lower[j]));
        let modifier = word(after) && !is_stop_word(&lower[after]);
        return (next_noun.is_some() || !modifier).then_some(name);
    }
    // A place noun, after a few modifiers: "the province", "the northern province", or "the
    // province of Aceh".
    let noun = (k..limit.min(k + MODIFIERS + 1))
        .take_while(|&j| word(j) && !is_stop_word(&lower[j]) && starts_lower(&tokens[j]))
        .find(|&j| is_common(&lower[j]))?;
    if word(noun + 1)
        && lower[noun + 1] == "of"
        && let Some((name, _)) = name_at(tokens, lower, noun + 2, limit)
    {
        return Some(name);
    }
    Some(Box::from(&*lower[noun]))
}

/// A place's name starting at token `k` (capitalised words, "of" between them, no day or month;
/// after a possessive the name that follows: "Sudan's *South Kordofan* state"), lower case, and
/// the token after it.
fn name_at(
    tokens: &[Token],
    lower: &[Cow<str>],
    k: usize,
    limit: usize,
) -> Option<(Box<str>, usize)> {
    let capital = |j: usize| {
        j < limit
            && tokens[j].kind == TokenKind::Word
            && tokens[j].text.starts_with(char::is_uppercase)
            && !is_calendar_word(&lower[j])
    };
    if !capital(k) {
        return None;
    }
    let mut end = k + 1;
    while end - k < NAME_WORDS * 2
        && !possessive(&lower[end - 1])
        && (capital(end) || (lower.get(end).is_some_and(|w| w == "of") && capital(end + 1)))
    {
        end += if capital(end) { 1 } else { 2 };
    }
    // A possessive closes a name that owns the place after it: "Sudan's *South Kordofan*
    // state" (the name is one word: the tokeniser keeps the apostrophe inside it).
    if possessive(&lower[end - 1]) {
        return name_at(tokens, lower, end, limit);
    }
    let name = lower[k..end].join(" ");
    Some((name.into_boxed_str(), end))
}

fn possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("\u{2019}s")
}

fn starts_lower(token: &Token) -> bool {
    token.text.starts_with(char::is_lowercase)
}
