//! Letters glued to (or spaced after) a figure that are a unit or a scale by the sentence around
//! them: takes the tokens and the letter's index, hands on whether it is the unit. `m` is
//! metres or million (`a 45m yacht`, `45m people`), a capital `K` kelvin or thousand (`573K`
//! beside `300 °C`, `worth 573K a year`), a lower-case `b` bits or billion (`a 1500b packet`,
//! `borrowed 1.5b`). Kept apart from the units table because each is decided by words that are
//! not the unit's own: the million, thousand and billion are the default, as news writes them.

use super::super::Dimension;
use super::super::tokens::{Token, TokenKind};
use super::measures::{nearby, plain_dimension_at};
use super::words::{CURRENCY_SYMBOLS, CURRENCY_WORDS, word_of};
use crate::lexicon::{
    is_count_noun, is_data_word, is_length_noun, is_money_word, is_size_word, is_stop_word,
    is_temperature_word,
};

/// The letter at `i`, after digits, is the unit it may be rather than a scale: metres, kelvin or
/// bits, each as its function below decides; any other token is no such letter.
pub(super) fn letter_is_unit(tokens: &[Token], i: usize) -> bool {
    match tokens.get(i).map(|t| t.text) {
        Some("m") => m_is_metres(tokens, i),
        Some("K") => k_is_kelvin(tokens, i),
        Some("b") => b_is_bits(tokens, i),
        _ => false,
    }
}

/// `m` after a figure at token `i` is metres, not million: written spaced (`1 m`: million is
/// glued, `45m`), or glued with a length beside it: a word of size or a thing sized in metres
/// after it (`1.8m tall`, `a 45m yacht`, `the 100m final`), a word of length shortly before it
/// (`a depth of 300m`), a second side (`20m by 30m`), an event after `the` (`won the 100m in 9.8
/// seconds`), another length in the sentence, or another physical measure (`100t`, `40kg`) in a
/// sentence with no money in it (`the 100t ferry was sold for 48m` keeps the million). A counted noun or a currency after it keeps the million (`45m people`, `30m euros`);
/// so does a capital (`45M`) and a currency before it (the caller's: `£45m`).
pub(super) fn m_is_metres(tokens: &[Token], i: usize) -> bool {
    let Some(token) = tokens.get(i).filter(|t| t.text == "m") else {
        return false;
    };
    if i == 0 || tokens[i - 1].kind != TokenKind::Digits {
        return false;
    }
    let word_at = |k: usize| tokens.get(k).and_then(word_of);
    if let Some(next) = word_at(i + 1)
        && (is_count_noun(&next) || CURRENCY_WORDS.get(&next).is_some())
    {
        return false;
    }
    if !token.glued {
        return true;
    }
    let sized = |word: &str| is_size_word(word) || is_length_noun(word);
    let hyphen_after = tokens
        .get(i + 1)
        .is_some_and(|t| t.is_symbol("-") && t.glued);
    let after = word_at(i + 1 + usize::from(hyphen_after));
    let figure = i - 1;
    let before = tokens[figure.saturating_sub(4)..figure]
        .iter()
        .filter_map(word_of)
        .any(|word| is_length_noun(&word) || is_size_word(&word));
    let side = |joiner: usize, m: usize| {
        tokens
            .get(joiner)
            .is_some_and(|t| t.is_word("by") || t.is_word("x") || t.is_symbol("×"))
            && tokens.get(m).is_some_and(|t| t.text == "m")
    };
    let second_side = side(i + 1, i + 3) || (figure >= 3 && side(figure - 1, figure - 2));
    // `won the 10,000m in 27 minutes`, `the 100m.`: an event of athletics or swimming.
    let event = figure >= 1
        && tokens[figure - 1].is_word("the")
        && tokens.get(i + 1).is_none_or(|t| {
            t.kind == TokenKind::Symbol && !t.is_symbol("-")
                || t.is_word("in")
                || t.is_word("at")
                || t.is_word("and")
        });
    // `the 100t ferry was sold for 48m`: a money word just before the figure outweighs what the
    // rest of the sentence measures.
    let paid = tokens[figure.saturating_sub(3)..figure]
        .iter()
        .filter_map(word_of)
        .any(|word| is_money_word(&word));
    after.as_deref().is_some_and(sized)
        || second_side
        || event
        || super::finance::athletic_mark(tokens, figure)
        || !paid
            && (before
                || other_length(tokens, i)
                || (other_physical(tokens, i) && !money_nearby(tokens, i)))
}

/// A capital `K` after digits at `i` is kelvin: not before a counted noun, a currency or any word
/// that names something (`50K jobs`, `the 4K TV`, `a 5K race`), not in a sentence about money
/// (`salaries of 60K`), and with another temperature in the sentence written in a unit that is no letter of
/// this kind (`300 °C (572 °F, 573K)`, `77K, or -196C`) or a word of heat or cold
/// (`temperature_words.txt`: `cooled to 4K`). Else it is a thousand (`worth 573K a year`).
fn k_is_kelvin(tokens: &[Token], i: usize) -> bool {
    // `the 4K TV`, `the 5K race`: a word that names something after it makes `K` a label or a
    // thousand; a kelvin reading is followed by punctuation or a function word (`to 4K before`).
    let named_after = tokens
        .get(i + 1)
        .and_then(word_of)
        .is_some_and(|word| !is_stop_word(&word));
    if !after_digits(tokens, i)
        || counted_after(tokens, i)
        || named_after
        || money_nearby(tokens, i)
    {
        return false;
    }
    let temperature = nearby(tokens, i).filter(|&k| k != i).any(|k| {
        k >= 1
            && tokens[k - 1].kind == TokenKind::Digits
            && plain_dimension_at(tokens, k) == Some(Dimension::Temperature)
    });
    temperature
        || tokens[nearby(tokens, i)]
            .iter()
            .filter_map(word_of)
            .any(|word| is_temperature_word(&word))
}

/// A lower-case `b` after digits at `i` is bits: glued, when a word of data follows it (`a 1500b
/// packet`, `a 128b key`, `64b of data`); spaced, when one is in its sentence (`transmit a
/// package of 1500 b`). Else it is a billion (`borrowed 1.5b`).
fn b_is_bits(tokens: &[Token], i: usize) -> bool {
    if !after_digits(tokens, i) || money_nearby(tokens, i) {
        return false;
    }
    let word_at = |k: usize| tokens.get(k).and_then(word_of);
    if tokens[i].glued {
        let next = i + 1 + usize::from(tokens.get(i + 1).is_some_and(|t| t.is_word("of")));
        return word_at(next).is_some_and(|word| is_data_word(&word));
    }
    tokens[nearby(tokens, i)]
        .iter()
        .filter_map(word_of)
        .any(|word| is_data_word(&word))
}

/// The token before `i` is digits.
fn after_digits(tokens: &[Token], i: usize) -> bool {
    i >= 1 && tokens[i - 1].kind == TokenKind::Digits
}

/// A counted noun or a currency word follows the letter at `i` (`45m people`, `30m euros`).
fn counted_after(tokens: &[Token], i: usize) -> bool {
    tokens
        .get(i + 1)
        .and_then(word_of)
        .is_some_and(|next| is_count_noun(&next) || CURRENCY_WORDS.get(&next).is_some())
}

/// Another figure of the sentence, besides the one at `i`, is followed by a unit of length that
/// is no common word (`km`, `feet`, `dm` is not one: `metres`).
fn other_length(tokens: &[Token], i: usize) -> bool {
    other_dimension(tokens, i, |dimension| dimension == Dimension::Length)
}

/// Another figure of the sentence is followed by a unit of length, area, volume or mass that is
/// no common word (`100t`, `40kg`, `2,000 litres`).
fn other_physical(tokens: &[Token], i: usize) -> bool {
    other_dimension(tokens, i, |dimension| {
        matches!(
            dimension,
            Dimension::Length | Dimension::Area | Dimension::Volume | Dimension::Mass
        )
    })
}

/// Another figure of the sentence than the one whose letter is at `i` is followed by a unit, no
/// common word, of a dimension `fits` accepts.
fn other_dimension(tokens: &[Token], i: usize, fits: impl Fn(Dimension) -> bool) -> bool {
    nearby(tokens, i).filter(|&k| k >= 1 && k != i).any(|k| {
        tokens[k - 1].kind == TokenKind::Digits
            && tokens[k].kind == TokenKind::Word
            && plain_dimension_at(tokens, k).is_some_and(&fits)
    })
}

/// The sentence around `i` speaks of money: a money word (`cost`, `sold`, `fined`), a currency
/// word or a currency symbol.
fn money_nearby(tokens: &[Token], i: usize) -> bool {
    tokens[nearby(tokens, i)].iter().any(|t| {
        (t.kind == TokenKind::Symbol && CURRENCY_SYMBOLS.get(t.text).is_some())
            || word_of(t)
                .is_some_and(|word| is_money_word(&word) || CURRENCY_WORDS.get(&word).is_some())
    })
}
