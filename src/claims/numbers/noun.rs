//! Noun attachment: takes a read figure and the tokens around it and hands on what it counts
//! ("6,700 *people*", "80.1% of the *vote*", "hundreds of *protesters*"). The counted noun is
//! what lets compare pair figures about the same thing; a figure with none after it may take one
//! from its clause ("Police put the *crowd* at 120,000"), read by [`crate::claims::context`].

use super::super::Unit;
use super::super::tokens::{Token, TokenKind};
use super::atom::{Atom, scale_of};
use super::words::word_of;
use crate::lexicon::{
    is_count_noun, is_label_word, is_noun_end, is_noun_skip, is_noun_stop, is_number_word,
    is_of_determiner, is_reference_word,
};

/// The counted noun after a number: "6,700 *people*", "31 media *workers*", "80.1% of the
/// *vote*", "hundreds of *protesters*", "a 5,000-strong *crowd*".
pub(super) fn noun_after(tokens: &[Token], end: usize, atom: &Atom, unit: &Unit) -> Option<String> {
    let mut k = end;
    let at = |k: usize| tokens.get(k);
    // "a 6.1-magnitude quake", "a magnitude 6.1 quake"
    if at(k).is_some_and(|t| t.is_symbol("-") && t.glued)
        && at(k + 1).is_some_and(|t| t.is_word("magnitude"))
        || k >= atom.end && atom.start > 0 && tokens[atom.start - 1].is_word("magnitude")
    {
        return Some("magnitude".to_string());
    }
    if at(k).is_some_and(|t| t.is_symbol("-") && t.glued)
        && at(k + 1).is_some_and(|t| t.is_word("strong"))
    {
        k += 2;
    }
    let of_allowed = atom.of_noun || matches!(unit, Unit::Percent | Unit::Measure(_));
    // A share counts what it is a share *of*; "0.4% against the dollar" counts nothing.
    if *unit == Unit::Percent && !at(k).is_some_and(|t| t.is_word("of")) {
        return None;
    }
    if of_allowed && at(k).is_some_and(|t| t.is_word("of")) {
        k += 1;
        while at(k).is_some_and(|t| word_of(t).is_some_and(|word| is_of_determiner(&word))) {
            k += 1;
        }
    }
    let mut words = Vec::new();
    let mut in_name = false;
    let mut first_capitalised = false;
    while let Some(token) = at(k) {
        // "14 Leopard 2 tanks", "50,000 Model 3 cars": a name with its number is no noun; the
        // noun comes after it.
        if token.kind == TokenKind::Digits
            && words
                .last()
                .is_some_and(|w: &String| is_reference_word(w) || is_label_word(w))
            && at(k + 1).is_some_and(|t| t.kind == TokenKind::Word)
        {
            words.pop();
            k += 1;
            continue;
        }
        if token.kind != TokenKind::Word || words.len() == 3 {
            break;
        }
        let word = token.lower();
        if is_noun_skip(&word) && words.is_empty() {
            k += 1;
            continue;
        }
        let known = is_count_noun(&word);
        let verb_like = !known && (word.ends_with("ed") || word.ends_with("ing"));
        if is_noun_stop(&word) || verb_like || scale_of(&word).is_some() {
            break;
        }
        // A capitalised word ends the noun, unless all before it are capitalised too: a name
        // then runs on to what it counts ("200 Oak Road residents", "22 Grand Slam titles").
        let capitalised = token.text.starts_with(char::is_uppercase);
        if !words.is_empty() && capitalised && !in_name {
            break;
        }
        if words.is_empty() {
            first_capitalised = capitalised;
        }
        in_name = capitalised && (words.is_empty() || in_name);
        // "half the 300 people police detained": a word after "people" starts another phrase.
        let ends = is_noun_end(&word);
        words.push(word);
        k += 1;
        if ends {
            break;
        }
        // "high-speed trains": a hyphenated modifier; the noun comes after it. Not before a
        // number word: "the three bank workers-two women and a man-were killed" is an aside.
        if at(k).is_some_and(|t| t.is_symbol("-") && t.glued)
            && at(k + 1).is_some_and(|t| {
                t.glued && t.kind == TokenKind::Word && !is_number_word(&t.lower())
            })
        {
            words.pop();
            k += 2;
        }
    }
    // "26 Somali pirates", "12 Afghan villagers": after a capitalised modifier (a nationality,
    // a place) the noun is the lower-case word that ends the phrase.
    let head = if first_capitalised && !in_name {
        words.last()
    } else {
        words.first()
    };
    words
        .iter()
        .rev()
        .find(|w| is_count_noun(w))
        .or(head)
        .cloned()
}
