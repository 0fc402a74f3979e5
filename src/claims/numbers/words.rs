//! The lexicon's mapped lists in the number reader's own types, and how a phrase of one is found
//! in a sentence. Takes the text values of [`crate::lexicon`] (`lower`, `USD`, `days`); hands on
//! tables whose values are a [`Qualifier`], a [`Currency`] or a [`TimeUnit`], and
//! [`phrases_at`]. The words themselves are data files under `src/lexicon/data/`; this file only
//! turns their values into types, once, on first use.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::LazyLock;

use super::super::tokens::{Token, TokenKind};
use super::super::{Currency, Direction, TimeUnit};
use super::qualifiers::Qualifier;
use crate::lexicon::{self, Phrases};

/// Phrases before a number that change what it claims (`more than`, `up to`, `nearly`).
pub(super) static QUALIFIERS: LazyLock<Phrases<Qualifier>> =
    LazyLock::new(|| lexicon::QUALIFIERS.map(|phrase, kind| parsed(phrase, kind)));

/// Phrases after a number that bound or soften it (`or more`, `or so`).
pub(super) static TRAILING_QUALIFIERS: LazyLock<Phrases<Qualifier>> =
    LazyLock::new(|| lexicon::TRAILING_QUALIFIERS.map(|phrase, kind| parsed(phrase, kind)));

/// Words after a figure stating which way it moved (`0.5% lower`).
pub(super) static CHANGE_AFTER: LazyLock<Phrases<Direction>> = LazyLock::new(|| {
    lexicon::CHANGE_AFTER.map(|word, way| match *way {
        "up" => Direction::Up,
        "down" => Direction::Down,
        _ => panic!("lexicon: {word:?} maps to {way:?}, which is no direction"),
    })
});

/// The last words of the qualifiers: a share right after one is qualified (`more than half`).
pub(super) static QUALIFIER_ENDINGS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    QUALIFIERS
        .iter()
        .filter_map(|(phrase, _)| phrase.rsplit(' ').next())
        .collect()
});

/// Units of a span of time (`days`, `year`, `hrs`), with how many of the unit the word is
/// (`fortnight`: 2 weeks).
pub(super) static DURATION_UNITS: LazyLock<Phrases<(TimeUnit, f64)>> = LazyLock::new(|| {
    lexicon::DURATION_UNITS.map(|word, &(unit, count)| (parsed(word, unit), count))
});

/// A currency word, symbol, code or dollar's letters in this reader's types: which currency
/// (`None`: money of a currency the word does not name, `pesos`) and how it is read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Money {
    pub(super) currency: Option<Currency>,
    /// A hundredth of the currency (`cents`, `p`).
    pub(super) hundredth: bool,
    /// Only after a scale word (`trillion won`).
    pub(super) scaled: bool,
    /// Only glued to its figure (`218p`).
    pub(super) glued: bool,
    /// A dollar's letters that also name it spaced from the `$` (`US $150m`).
    pub(super) spaced: bool,
    /// A code also written with one capital (`Rs`).
    pub(super) titled: bool,
    /// A code also written with `M` or `K`/`T` before it (`MSEK`).
    pub(super) prefixed: bool,
}

fn money(phrase: &str, entry: &lexicon::CurrencyEntry) -> Money {
    Money {
        currency: (entry.code != "money").then(|| parsed(phrase, entry.code)),
        hundredth: entry.hundredth,
        scaled: entry.scaled,
        glued: entry.glued,
        spaced: entry.spaced,
        titled: entry.titled,
        prefixed: entry.prefixed,
    }
}

/// Currency symbols before or after a figure (`$`, `£`).
pub(super) static CURRENCY_SYMBOLS: LazyLock<Phrases<Money>> =
    LazyLock::new(|| lexicon::CURRENCY_SYMBOLS.map(money));

/// Currency words after a figure (`euros`, `roubles`, `cents`).
pub(super) static CURRENCY_WORDS: LazyLock<Phrases<Money>> =
    LazyLock::new(|| lexicon::CURRENCY_WORDS.map(money));

/// Currency codes before a figure (`USD`, `CHF`, `Rs`), looked up in lower case.
pub(super) static CURRENCY_CODES: LazyLock<Phrases<Money>> =
    LazyLock::new(|| lexicon::CURRENCY_CODES.map(money));

/// Letters glued to `$` naming whose dollar it is (`US$`, `A$`, `$US`), looked up in lower case.
pub(super) static DOLLAR_PREFIXES: LazyLock<Phrases<Money>> =
    LazyLock::new(|| lexicon::DOLLAR_PREFIXES.map(money));

/// The currency `token` names as a code, and the scale the code carries: in capitals (`USD`,
/// `CHF`; `MSEK` millions, `TSEK` thousands), or titled where the code file says so (`Rs`). A
/// code in lower case is a word (`try`).
pub(crate) fn currency_code(token: &Token) -> Option<(Currency, f64)> {
    if token.kind != TokenKind::Word || !(2..=4).contains(&token.text.len()) {
        return None;
    }
    let capitals = token.text.bytes().all(|b| b.is_ascii_uppercase());
    let titled = || {
        token.text.starts_with(|c: char| c.is_ascii_uppercase())
            && token.text[1..].bytes().all(|b| b.is_ascii_lowercase())
    };
    // A code is written in capitals or titled (`Rs`): other words are passed over before they
    // are lower-cased, as this runs at every short word.
    if !capitals && !titled() {
        return None;
    }
    let lower = token.text.to_ascii_lowercase();
    if let Some(code) = CURRENCY_CODES.get(&lower) {
        return (capitals || code.titled && titled()).then_some((code.currency?, 1.0));
    }
    if !capitals || token.text.len() != 4 {
        return None;
    }
    let scale = match token.text.as_bytes().first() {
        Some(b'M') => 1e6,
        Some(b'K' | b'T') => 1e3,
        _ => return None,
    };
    let code = CURRENCY_CODES
        .get(&lower[1..])
        .filter(|code| code.prefixed)?;
    Some((code.currency?, scale))
}

/// `name` turned into its type (strum's `EnumString`: `lower`, `USD`, `days`); a name the type
/// does not know is a broken data file.
pub(super) fn parsed<T: std::str::FromStr>(phrase: &str, name: &str) -> T {
    name.parse()
        .unwrap_or_else(|_| panic!("lexicon: {phrase:?} maps to {name:?}, which is no value"))
}

/// The phrases of `phrases` standing at token `i` on tokens not `taken`, longest first: each
/// as its file writes it, with its value and its length in tokens. A word matches its phrase
/// word in any ASCII case; `-` in a phrase matches a hyphen glued to the word before it.
pub(super) fn phrases_at<'p, V>(
    tokens: &[Token],
    taken: &[bool],
    i: usize,
    phrases: &'p Phrases<V>,
) -> impl Iterator<Item = (&'static str, &'p V, usize)> {
    // Most words start no phrase: pass over them before building anything.
    let starts = tokens.get(i).is_some_and(|token| {
        token.kind == TokenKind::Word
            && if token.text.bytes().any(|b| b.is_ascii_uppercase()) {
                phrases.starts_with_word(&token.text.to_ascii_lowercase())
            } else {
                phrases.starts_with_word(token.text)
            }
    });
    let longest = if starts { phrases.longest() } else { 0 };
    // The words at `i` joined as the file joins them, and where each length of phrase ends.
    let mut key = String::new();
    let mut ends = Vec::new();
    for token in tokens.iter().skip(i).take(longest) {
        if !key.is_empty() {
            key.push(' ');
        }
        if token.kind == TokenKind::Word {
            key.extend(token.text.chars().map(|c| c.to_ascii_lowercase()));
        } else if token.is_symbol("-") && token.glued {
            key.push('-');
        } else {
            break;
        }
        ends.push(key.len());
    }
    (1..=ends.len()).rev().filter_map(move |length| {
        if taken[i..i + length].iter().any(|&t| t) {
            return None;
        }
        let (phrase, value) = phrases.get_key_value(&key[..ends[length - 1]])?;
        Some((phrase, value, length))
    })
}

/// The lexicon word of a word token, lower-cased as [`Token::is_word`] compares (ASCII only).
pub(super) fn word_of<'a>(token: &Token<'a>) -> Option<Cow<'a, str>> {
    // Borrowed when it has no capitals, as most words: this runs at many tokens.
    (token.kind == TokenKind::Word).then(|| {
        if token.text.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(token.text.to_ascii_lowercase())
        } else {
            Cow::Borrowed(token.text)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_in_the_mapped_lists_names_a_value_of_its_type() {
        // Each table reads its file on first use and panics, naming the phrase, on a value its
        // type does not know.
        assert_eq!(QUALIFIERS.get("more than"), Some(&Qualifier::Lower));
        assert_eq!(
            TRAILING_QUALIFIERS.get("or so"),
            Some(&Qualifier::Approximate)
        );
        assert_eq!(CHANGE_AFTER.get("lower"), Some(&Direction::Down));
        assert_eq!(DURATION_UNITS.get("day"), Some(&(TimeUnit::Days, 1.0)));
        assert_eq!(
            DURATION_UNITS.get("fortnight"),
            Some(&(TimeUnit::Weeks, 2.0))
        );
        assert_eq!(
            CURRENCY_SYMBOLS.get("£").map(|m| m.currency),
            Some(Some(Currency::Gbp))
        );
        assert_eq!(
            CURRENCY_WORDS.get("roubles").map(|m| m.currency),
            Some(Some(Currency::Rub))
        );
        assert_eq!(CURRENCY_WORDS.get("pesos").map(|m| m.currency), Some(None));
        assert!(QUALIFIER_ENDINGS.contains("than") && !QUALIFIER_ENDINGS.contains("more"));
    }

    #[test]
    fn each_type_value_is_found_by_the_name_claims_show() {
        use strum::IntoEnumIterator;
        for unit in TimeUnit::iter() {
            assert_eq!(unit.as_str().parse::<TimeUnit>(), Ok(unit));
        }
        for code in Currency::iter() {
            assert_eq!(code.as_str().parse::<Currency>(), Ok(code));
        }
    }
}
