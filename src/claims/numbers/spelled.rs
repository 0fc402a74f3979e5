//! Spelled numbers: takes the tokens at a position and hands on the number written there in
//! words, alone or mixed with digits: cardinals ("twenty-three", "two thousand and fifty", "a
//! hundred and two", "fifty - two", "twenty-one trillion", "322 hundred"), decimals in words
//! ("four point two"), the multiplier `dozen` ("three dozens"), and fractions, which
//! [`super::fractions`] reads from the same run of words. It decides too when a lone `one` or
//! `zero` is a count ("one count of perjury", "zero cases") and when a pronoun or an idiom ("one
//! of the best", "no one", "ground zero"), and reads vague amounts ("hundreds", "several").
//!
//! This file finds the run of words a number is made of and cuts it where it makes no number
//! ("between two thousand and three thousand" is two); the values of its pieces are
//! [`super::cardinal`]'s, through text2num. Kept out of atom.rs, which assembles a figure's
//! currency, sign, scale and unit around the value read here.

use super::super::tokens::{Token, TokenKind};
use super::cardinal::{Piece, cardinal, decimal};
use super::fractions::words_fraction;
use super::measures::{names_common_word_unit, names_unit};
use super::money::names_currency;
use super::words::{DURATION_UNITS, phrases_at, word_of};
use super::words_at;
use crate::lexicon::{
    EventClass, FRACTION_WORDS, ORDINAL_WORDS, SCALE_WORDS, VAGUE_AMOUNTS, event_class,
    is_clause_joiner, is_count_noun, is_lone_one_noun, is_negative_sign, is_not_after_one,
    is_noun_skip, is_noun_stop, is_number_word, is_pronoun_one_opener, is_quote_verb, is_stop_word,
    is_zero_idiom_word,
};

/// A number read from words.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Spelled {
    /// A value ("twenty-three", "one and a half", "half a dozen"): `length` tokens; `scaled`
    /// when a scale word stands in it (`seven thousand`).
    Value {
        value: f64,
        length: usize,
        scaled: bool,
    },
    /// A fraction read as a share of something ("a third of voters", "two-thirds"), in percent
    /// to one decimal place, as news copy writes shares.
    Share { percent: f64, length: usize },
}

impl Spelled {
    pub(super) fn value(value: f64, length: usize, scaled: bool) -> Self {
        Spelled::Value {
            value,
            length,
            scaled,
        }
    }
}

/// The words "twenty" to "ninety", which a spaced hyphen may join to a unit ("fifty - two").
fn is_tens(word: &str) -> bool {
    matches!(
        word,
        "twenty" | "thirty" | "forty" | "fifty" | "sixty" | "seventy" | "eighty" | "ninety"
    )
}

fn is_unit(word: &str) -> bool {
    matches!(
        word,
        "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine"
    )
}

/// What a word token is in a run of number words, if anything.
fn word_piece(word: &str) -> Option<Piece> {
    match word {
        "and" => return Some(Piece::And),
        "a" | "an" => return Some(Piece::A),
        "point" => return Some(Piece::Point),
        "of" => return Some(Piece::Of),
        _ => {}
    }
    if let Some(scale) = SCALE_WORDS.get(word) {
        if scale.multiplier == 12.0 {
            return Some(Piece::Dozen);
        }
        // text2num reads up to billions.
        if scale.spaced
            && scale.multiplier >= 1e5
            && (!is_number_word(word) || scale.multiplier >= 1e12)
        {
            return Some(Piece::BigScale(scale.multiplier));
        }
    }
    if is_number_word(word) {
        return Some(Piece::Word(word.to_string()));
    }
    FRACTION_WORDS.get(word).map(|&denominator| Piece::Part {
        denominator,
        plural: word.ends_with('s'),
    })
}

/// A word token's lower-case form is in a list; lower-cased only when it has capitals, as this
/// runs at every token.
fn word_is(token: &Token, is_in: impl Fn(&str) -> bool) -> bool {
    token.kind == TokenKind::Word
        && if token.text.bytes().any(|b| b.is_ascii_uppercase()) {
            is_in(&token.text.to_ascii_lowercase())
        } else {
            is_in(token.text)
        }
}

/// A plain figure in digits: `322`, `2.12`, `1,200`.
fn plain_digits(token: &Token) -> Option<f64> {
    (token.kind == TokenKind::Digits)
        .then(|| super::notation::parse_without_commas(token.text))
        .flatten()
}

/// The run of number words (and the digits among them) starting at `i`, each piece with its
/// token. Only what may continue a number is taken; what it means is decided later.
fn run_at(tokens: &[Token], taken: &[bool], i: usize) -> Vec<(Piece, usize)> {
    let free = |k: usize| k < tokens.len() && !taken[k];
    let lower = |k: usize| word_of(&tokens[k]).unwrap_or_default();
    // What the token at `k` would be, looked at before taking `-`, `and` or `a`.
    let piece_at = |k: usize| -> Option<Piece> {
        if !free(k) {
            return None;
        }
        match tokens[k].kind {
            TokenKind::Word => word_piece(&lower(k)),
            TokenKind::Digits => plain_digits(&tokens[k]).map(Piece::Digits),
            TokenKind::Symbol => tokens[k].is_symbol("-").then_some(Piece::Hyphen),
        }
    };
    // `a` stands for one before a scale ("a hundred"), a part ("a third") or number words
    // that end in one ("a twenty-first").
    let scale_after_a = |k: usize| {
        let mut k = k;
        while free(k)
            && (tokens[k].is_symbol("-")
                || word_of(&tokens[k])
                    .is_some_and(|word| is_number_word(&word) && SCALE_WORDS.get(&word).is_none()))
        {
            k += 1;
        }
        free(k)
            && word_of(&tokens[k]).is_some_and(|word| {
                SCALE_WORDS.get(&word).is_some_and(|scale| scale.after_a)
                    || FRACTION_WORDS.get(&word).is_some()
            })
    };
    let mut pieces: Vec<(Piece, usize)> = Vec::new();
    let mut decimals = false;
    let mut k = i;
    while let Some(piece) = piece_at(k).filter(|_| pieces.len() < 32) {
        let previous = pieces.last().map(|(piece, _)| piece);
        let next = piece_at(k + 1);
        let is_word = |piece: Option<&Piece>| matches!(piece, Some(Piece::Word(_)));
        let accepted = match (&piece, previous) {
            // After a fraction's part: a scale, `a` or `of a` before one, or `dozen`.
            (Piece::Word(_) | Piece::BigScale(_), Some(Piece::Part { .. })) => {
                piece.scale().is_some()
            }
            (Piece::A | Piece::Of | Piece::Dozen, Some(Piece::Part { .. })) => true,
            (_, Some(Piece::Part { .. })) => false,
            // The digits of a decimal: number words that are not scales ("point seventy-one").
            (Piece::Word(_), _) if decimals => piece.scale().is_none(),
            (Piece::Hyphen, _) if decimals => is_word(next.as_ref()),
            (_, _) if decimals => false,
            (Piece::Word(_) | Piece::BigScale(_), Some(Piece::Digits(_))) => {
                piece.scale().is_some()
            }
            (Piece::Word(_) | Piece::BigScale(_), _) => true,
            // Digits start a run or follow a scale or `and` ("4 thousand 3 hundred and 21").
            (Piece::Digits(_), None | Some(Piece::And | Piece::BigScale(_))) => true,
            (Piece::Digits(_), Some(previous)) => previous.scale().is_some(),
            (
                Piece::Dozen,
                Some(Piece::Word(_) | Piece::Digits(_) | Piece::A | Piece::BigScale(_)),
            ) => true,
            (Piece::Dozen, _) => false,
            (Piece::Part { denominator, .. }, None) => *denominator == 2.0 || *denominator == 4.0,
            (Piece::Part { .. }, Some(Piece::Word(_) | Piece::Hyphen | Piece::A | Piece::And)) => {
                true
            }
            (Piece::Part { .. }, _) => false,
            (Piece::A, None | Some(Piece::And | Piece::Of)) => scale_after_a(k + 1),
            (Piece::Of, _) => false,
            (Piece::And, Some(Piece::Word(_) | Piece::Digits(_) | Piece::BigScale(_))) => {
                matches!(
                    next,
                    Some(Piece::Word(_) | Piece::Digits(_) | Piece::A | Piece::Part { .. })
                )
            }
            (Piece::Point, Some(Piece::Word(_))) => {
                matches!(&next, Some(next @ Piece::Word(_)) if next.scale().is_none())
            }
            (Piece::Hyphen, Some(Piece::Word(before))) => {
                let glued = tokens[k].glued && tokens.get(k + 1).is_some_and(|t| t.glued);
                match &next {
                    Some(Piece::Word(after)) => glued || (is_tens(before) && is_unit(after)),
                    // "two-thirds", "one - fourth"
                    Some(Piece::Part { .. }) => true,
                    _ => false,
                }
            }
            _ => false,
        };
        if !accepted {
            break;
        }
        decimals |= piece == Piece::Point;
        let ends = piece == Piece::Dozen;
        pieces.push((piece, k));
        k += 1;
        if ends {
            break;
        }
    }
    pieces
}

/// The spelled number at `i`, if one starts there: a fraction, a decimal, a multiple of a
/// dozen, or a cardinal. An ordinal word is none ("the third day" is a position).
pub(super) fn spelled_at(tokens: &[Token], taken: &[bool], i: usize) -> Option<Spelled> {
    let token = tokens.get(i)?;
    let starts = match token.kind {
        TokenKind::Word => word_is(token, |word| {
            is_number_word(word)
                || matches!(word, "a" | "an" | "half" | "quarter")
                || ORDINAL_WORDS.get(word).is_some()
        }),
        // Digits only start a run with a spelled scale: "322 hundred", "3 dozens".
        TokenKind::Digits => tokens.get(i + 1).is_some_and(|next| {
            word_is(next, |word| {
                word == "hundred" || SCALE_WORDS.get(word).is_some_and(|s| s.multiplier == 12.0)
            }) || (word_is(next, |word| SCALE_WORDS.get(word).is_some())
                && tokens.get(i + 2).is_some_and(|after| {
                    after.kind == TokenKind::Digits
                        || word_is(after, |w| w == "and" || is_number_word(w))
                }))
        }),
        TokenKind::Symbol => false,
    };
    if !starts || taken[i] {
        return None;
    }
    // An ordinal word is a position, not a quantity: "the third day", "a fourth term".
    if word_of(token).is_some_and(|word| ORDINAL_WORDS.get(&word).is_some()) {
        return None;
    }
    let pieces = run_at(tokens, taken, i);
    if pieces.is_empty() {
        return None;
    }
    // "twenty-second", "twenty-first century": an ordinal, not the number its first word is.
    let end = i + pieces.len();
    if tokens.get(end).is_some_and(|t| t.is_symbol("-") && t.glued)
        && tokens.get(end + 1).is_some_and(|t| {
            word_of(t).is_some_and(|word| {
                ORDINAL_WORDS.get(&word).is_some() || FRACTION_WORDS.get(&word).is_some()
            })
        })
    {
        return None;
    }
    // "the twenty first night": the same ordinal written without its hyphen.
    let ordinal_after_tens = (i..end).any(|k| {
        word_of(&tokens[k]).is_some_and(|word| is_tens(&word))
            && tokens
                .get(k + 1)
                .and_then(word_of)
                .is_some_and(|word| ORDINAL_WORDS.get(&word).is_some())
    });
    if ordinal_after_tens {
        return None;
    }
    let pieces: Vec<Piece> = pieces.into_iter().map(|(piece, _)| piece).collect();
    if hyphenated_code(tokens, i, &pieces) {
        return None;
    }
    candidate_lengths(&pieces).find_map(|length| read_run(tokens, taken, i, &pieces[..length]))
}

/// Number words joined by hyphens that make no compound ("three-nought-four", "four-three",
/// "fifty-fifty", "one-two"): a score, a formation or a code in words, refused as `won 3-1` is.
/// Also refused from inside such a chain (`i` after its hyphen).
fn hyphenated_code(tokens: &[Token], i: usize, pieces: &[Piece]) -> bool {
    let compound = |before: &str, after: &str| is_tens(before) && is_unit(after);
    let inside = i >= 2
        && tokens[i - 1].is_symbol("-")
        && tokens[i].glued
        && tokens[i - 1].glued
        && word_of(&tokens[i - 2]).is_some_and(|word| is_number_word(&word))
        && pieces
            .first()
            .is_some_and(|piece| matches!(piece, Piece::Word(_)));
    inside
        || pieces.windows(3).any(|three| match three {
            // "seven-thousand" is a scale, written with a hyphen.
            [Piece::Word(before), Piece::Hyphen, Piece::Word(after)] => {
                !(compound(before, after) || SCALE_WORDS.get(after).is_some())
            }
            _ => false,
        })
}

/// The lengths of the run to try, longest first: the whole run, then the run cut before each
/// `and` from the last ("between two thousand and three thousand" is two numbers), then before
/// the other words that join numbers ("two millionth" is two), never between two numbers ("twenty
/// twenty" is no number), inside a hyphenated word ("twenty-fifth") or on a connecting word.
fn candidate_lengths(pieces: &[Piece]) -> impl Iterator<Item = usize> + '_ {
    let ands = (1..pieces.len()).rev().filter(|&k| pieces[k] == Piece::And);
    let joints = (1..pieces.len()).rev().filter(|&k| {
        !matches!(
            pieces[k],
            Piece::Word(_) | Piece::Digits(_) | Piece::BigScale(_) | Piece::Hyphen | Piece::And
        )
    });
    std::iter::once(pieces.len())
        .chain(ands)
        .chain(joints)
        .filter(|&length| !pieces[length - 1].is_connector())
}

/// Reads a run of pieces (one candidate length) starting at token `i`.
fn read_run(tokens: &[Token], taken: &[bool], i: usize, pieces: &[Piece]) -> Option<Spelled> {
    let scaled = pieces.iter().any(Piece::is_word_scale);
    if pieces
        .iter()
        .any(|piece| matches!(piece, Piece::Part { .. }))
    {
        return words_fraction(tokens, i, pieces);
    }
    // "At one point five people...": the idiom, not 1.5.
    let at_one_point = i > 0
        && tokens[i - 1].is_word("at")
        && pieces.starts_with(&[Piece::Word("one".into()), Piece::Point]);
    if pieces.contains(&Piece::Point) && !at_one_point {
        return decimal(pieces).map(|value| Spelled::value(value, pieces.len(), scaled));
    }
    match pieces {
        // Digits with a scale of their own are read by the figure itself (`3 million`).
        [Piece::Digits(_)] => None,
        [Piece::Digits(_), Piece::Word(scale)]
            if SCALE_WORDS.get(scale).is_some_and(|scale| scale.spaced) =>
        {
            None
        }
        // "a dozen" is approximate: a vague amount.
        [Piece::A, Piece::Dozen] => None,
        [multiple @ .., Piece::Dozen] => {
            cardinal(multiple).map(|value| Spelled::value(value * 12.0, pieces.len(), true))
        }
        // "one dollar", "a one-yen bid": a sum.
        [Piece::Word(word)] if word == "one" => (lone_one_counts(tokens, i)
            || names_currency(tokens, taken, i + 1))
        .then(|| Spelled::value(1.0, 1, false)),
        [Piece::Word(word)] if matches!(word.as_str(), "zero" | "nought" | "naught") => {
            lone_zero_counts(tokens, i).then(|| Spelled::value(0.0, 1, false))
        }
        // A lone scale word ("thousand", "million") is not a number without its multiplier.
        [piece] if piece.scale().is_some() => None,
        _ => cardinal(pieces).map(|value| Spelled::value(value, pieces.len(), scaled)),
    }
}

/// "one" is a number before what it counts ("one person", "one count of perjury", "one police
/// officer", "one last time"), or after a sign ("minus one"); otherwise it is a pronoun or an
/// idiom ("one of the protesters", "no one", "one another", "one said", "at one point"). A unit
/// of time after it is a duration ("lasted one day") unless the phrase opens its clause ("One
/// day, he left": when, not how long).
pub(super) fn lone_one_counts(tokens: &[Token], i: usize) -> bool {
    let previous = i.checked_sub(1).map(|p| &tokens[p]);
    // "minus one"; "that one mile": before a unit, `one` is a figure whatever opens it.
    if previous.is_some_and(|p| word_is(p, is_negative_sign)) || names_unit(tokens, i + 1) {
        return true;
    }
    // "told Enough that one bomb fell", "said that one person died": `that` after a verb of
    // saying or a name opens a clause; the `one` after it counts what follows it.
    let clause_that = previous.is_some_and(|p| p.is_word("that"))
        && i >= 2
        && (word_is(&tokens[i - 2], is_quote_verb)
            || tokens[i - 2].kind == TokenKind::Word
                && tokens[i - 2].text.starts_with(char::is_uppercase)
                && i >= 3);
    if previous.is_some_and(|p| word_is(p, is_pronoun_one_opener)) && !clause_that
        || names_common_word_unit(tokens, i + 1)
    {
        return false;
    }
    // "killing at least one and leaving two missing", "killed one and injured five": after a
    // verb of killing, injuring or arresting, `one` is a count of people.
    if casualty_count(tokens, i) {
        return true;
    }
    let mut k = i + 1;
    // "one more person", "one last time"
    while tokens.get(k).is_some_and(|t| {
        word_is(t, |w| {
            is_noun_skip(w) || matches!(w, "last" | "final" | "single")
        })
    }) && tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Word)
    {
        k += 1;
    }
    let Some(next) = tokens.get(k) else {
        return false;
    };
    // "a one-year-old": an age; "a one-day strike", "one-off": a kind of thing, no count.
    if next.is_symbol("-") && next.glued {
        return tokens
            .get(k + 1)
            .is_some_and(|t| word_of(t).is_some_and(|word| DURATION_UNITS.get(&word).is_some()))
            && words_at(tokens, k + 2, &["-", "old"]);
    }
    let counted = |w: &str| {
        is_count_noun(w)
            || is_lone_one_noun(w)
            || is_count_noun(&format!("{w}s"))
            || is_count_noun(&format!("{w}es"))
    };
    // Capitals name things ("One Direction", "Formula One"), but an adjective of a nation or
    // a place may stand before the noun counted ("one Ukrainian soldier").
    if next.kind != TokenKind::Word {
        return false;
    }
    if next.text.starts_with(char::is_uppercase) {
        return tokens.get(k + 1).is_some_and(|t| {
            t.kind == TokenKind::Word
                && !t.text.starts_with(char::is_uppercase)
                && counted(&t.lower())
        });
    }
    let word = next.lower();
    // "one one hundred and fifth", "one two three": no count of one.
    if is_number_word(&word) {
        return false;
    }
    if DURATION_UNITS.get(&word).is_some() {
        return previous.is_some_and(|p| {
            p.kind == TokenKind::Word && !word_is(p, is_clause_joiner) && k == i + 1
        }) || k > i + 1;
    }
    if counted(&word) {
        return true;
    }
    if is_noun_stop(&word) || is_stop_word(&word) || is_not_after_one(&word) || word.ends_with("ly")
    {
        return false;
    }
    // A verb ("one said", "one wanted", "one thinks"), not a noun.
    let verb_like = word.ends_with("ed")
        || word.ends_with("ing")
        || (word.ends_with('s')
            && !word.ends_with("ss")
            && !word.ends_with("us")
            && !word.ends_with("is"));
    !verb_like
}

/// The lone `one` at `i` is the object of a verb of killing, injuring or arresting ("killing
/// at least one and leaving two missing", "killed one, injured five"), a bound between them
/// allowed; not before a word that makes it a pronoun ("killed one another").
fn casualty_count(tokens: &[Token], i: usize) -> bool {
    let mut k = i;
    if k >= 2 && tokens[k - 2].is_word("at") && tokens[k - 1].is_word("least") {
        k -= 2;
    }
    let verb = k.checked_sub(1).map(|p| &tokens[p]).is_some_and(|t| {
        word_is(t, |w| {
            matches!(
                event_class(w),
                Some(EventClass::Death | EventClass::Injury | EventClass::Arrest)
            ) && (w.ends_with("ed") || w.ends_with("ing") || w == "hurt")
        })
    });
    let pronoun_next = tokens
        .get(i + 1)
        .is_some_and(|t| word_is(t, |w| is_not_after_one(w) || w == "of"));
    verb && !pronoun_next
}

/// "zero" is a number ("zero cases", "cut to zero", "Zero is a small number") except beside the
/// words of an idiom or a name ("ground zero", "net zero", "zero tolerance", "zero-sum").
fn lone_zero_counts(tokens: &[Token], i: usize) -> bool {
    let beside = |k: Option<usize>| {
        k.and_then(|k| tokens.get(k))
            .is_some_and(|t| word_is(t, is_zero_idiom_word))
    };
    // "zero-sum", "zero - coupon": a word made with zero.
    let compound = tokens.get(i + 1).is_some_and(|t| t.is_symbol("-"))
        && tokens
            .get(i + 2)
            .is_some_and(|t| t.kind == TokenKind::Word && !word_is(t, is_number_word));
    // "Year Zero", "Size Zero": a name in capitals.
    let name = tokens[i].text.starts_with(char::is_uppercase)
        && i > 0
        && tokens[i - 1].kind == TokenKind::Word
        && tokens[i - 1].text.starts_with(char::is_uppercase);
    !compound && !name && !beside(i.checked_sub(1)) && !beside(Some(i + 1))
}

/// A vague amount at `i` ("hundreds", "tens of thousands", "several"): its interval and length.
pub(super) fn vague_at(tokens: &[Token], taken: &[bool], i: usize) -> Option<(f64, f64, usize)> {
    if i > 0 && tokens[i - 1].kind == TokenKind::Digits {
        return None;
    }
    if words_at(tokens, i, &["a", "dozen"]) && !taken[i..i + 2].iter().any(|&t| t) {
        return Some((12.0, 12.0, 2));
    }
    phrases_at(tokens, taken, i, &VAGUE_AMOUNTS).find_map(|(phrase, &(low, high), length)| {
        // "several" needs a noun or "of" after it to be a count.
        let usable = phrase != "several"
            || tokens.get(i + 1).is_some_and(|t| {
                t.kind == TokenKind::Word && !is_noun_stop(&t.lower()) || t.is_word("of")
            });
        usable.then_some((low, high, length))
    })
}

/// A whole number at `i`, in digits or in words ("21", "twenty-one", "a million"), with no
/// fraction, decimal or multiplier: its value and length. The two ends of a ratio are read so.
pub(super) fn cardinal_at(tokens: &[Token], taken: &[bool], i: usize) -> Option<(f64, usize)> {
    let token = tokens.get(i).filter(|_| !taken[i])?;
    if token.kind == TokenKind::Digits {
        let whole = token.text.bytes().all(|b| b.is_ascii_digit() || b == b',');
        return whole
            .then(|| plain_digits(token).map(|value| (value, 1)))
            .flatten();
    }
    if !word_is(token, |word| {
        is_number_word(word) || matches!(word, "a" | "an")
    }) {
        return None;
    }
    let pieces: Vec<Piece> = run_at(tokens, taken, i)
        .into_iter()
        .map(|(piece, _)| piece)
        .take_while(|piece| {
            !matches!(
                piece,
                Piece::Part { .. } | Piece::Point | Piece::Dozen | Piece::Of | Piece::Digits(_)
            )
        })
        .collect();
    if pieces.is_empty() {
        return None;
    }
    candidate_lengths(&pieces).find_map(|length| {
        let run = &pieces[..length];
        let lone_scale = matches!(run, [piece] if piece.scale().is_some());
        (!lone_scale)
            .then(|| cardinal(run))
            .flatten()
            .map(|value| (value, length))
    })
}
