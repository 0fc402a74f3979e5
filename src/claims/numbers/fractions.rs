//! Fractions and ratios: takes a run of number words ([`super::spelled`]) or the tokens at a
//! position and hands on the fraction written there, as a share or as a value. In words ("a
//! third", "five eighths", "two-thirds", "three twenty-firsts", "one and a half", "two million
//! and three fifths", "half a dozen", "two thirds of a million"), in digits ("3/4", "2 1/4",
//! "⅔", "2½") and as ratios ("one in five", "two out of three", "1 over 3").
//!
//! The convention (docs/claims.md): a fraction of something, or alone, is a share, in percent to
//! one decimal place as news copy writes shares ("a third of voters", "more than half", "3/4 of
//! households", "one in five adults": 33.3, 50, 75, 20). A fraction with a whole part, above
//! one, or of a scale, a dozen or a unit of measure is a value ("one and a half", "2 1/4",
//! "three halves", "half a million", "half a dozen", "a 1/4 inch gap": 1.5, 2.25, 1.5, 500000,
//! 6, 0.25). A part of something named by position is no figure ("the second half", "the top
//! third"), nor are fiscal quarters ("three quarters" alone counts quarters).

use super::super::tokens::{Token, TokenKind};
use super::cardinal::{Piece, cardinal};
use super::measures::names_unit;
use super::spelled::{Spelled, cardinal_at};
use super::words::{DURATION_UNITS, QUALIFIER_ENDINGS, QUALIFIERS, word_of};
use crate::lexicon::{
    VULGAR_FRACTIONS, is_fraction_denominator, is_fraction_part_word, is_measure_noun,
    is_noun_stop, is_number_word,
};

/// A share in percent, to one decimal place as news copy writes shares (a third is 33.3); a
/// share below one percent to three significant digits (one in a million is 0.0001).
fn percent(value: f64) -> f64 {
    let percent = value * 100.0;
    if percent.abs() >= 1.0 || percent == 0.0 {
        return (percent * 10.0).round() / 10.0;
    }
    let scale = 10f64.powi(2 - percent.abs().log10().floor() as i32);
    (percent * scale).round() / scale
}

/// A fraction of a run of words (see [`super::spelled`]): `pieces` stand at tokens `i..`.
pub(super) fn words_fraction(tokens: &[Token], i: usize, pieces: &[Piece]) -> Option<Spelled> {
    let end = i + pieces.len();
    let last_part = pieces
        .iter()
        .rposition(|piece| matches!(piece, Piece::Part { .. }))?;
    // What the fraction is of: "half a million", "two thirds of a million", "half a dozen".
    let multiplier = match &pieces[last_part + 1..] {
        [] => None,
        [Piece::Dozen] | [Piece::A, Piece::Dozen] | [Piece::Of, Piece::A, Piece::Dozen] => {
            Some(12.0)
        }
        [scale] | [Piece::A, scale] | [Piece::Of, Piece::A, scale] => Some(scale.scale()?),
        _ => return None,
    };
    let head = &pieces[..=last_part];
    let scaled = multiplier.is_some_and(|m| m >= 1000.0);
    if let [Piece::Part { denominator, .. }] = head {
        // "half million", "quarter million", "half a dozen"; "half of the factory", "more than
        // half"
        return match multiplier {
            Some(multiplier) => Some(Spelled::value(
                multiplier / denominator,
                pieces.len(),
                scaled,
            )),
            None if *denominator == 2.0 && shared(tokens, i, end) => Some(Spelled::Share {
                percent: 50.0,
                length: pieces.len(),
            }),
            None => None,
        };
    }
    if let Some(value) = mixed(head, multiplier) {
        let scaled = scaled
            || head
                .iter()
                .any(|piece| piece.scale().is_some_and(|m| m >= 1000.0));
        return Some(Spelled::value(value, pieces.len(), scaled));
    }
    let (numerator, denominator, plural) = simple(head)?;
    let value = numerator / denominator;
    if let Some(multiplier) = multiplier {
        return Some(Spelled::value(value * multiplier, pieces.len(), scaled));
    }
    // "quarters" alone are fiscal quarters ("fell for three quarters", "in one quarter", "in
    // nine quarters").
    let quarters = tokens
        .get(i + last_part)
        .is_some_and(|t| t.is_word("quarter") || t.is_word("quarters"));
    if value > 1.0 {
        // "three halves", "twenty fifths"
        return (!quarters).then(|| Spelled::value(value, pieces.len(), false));
    }
    proper(tokens, i, end, value, plural && !quarters, quarters)
}

/// "one and a half", "twenty and three fifths", "two million and three fifths", "one billion
/// and a half million": a whole part, `and`, a proper fraction. After a scale of a thousand or
/// more the fraction is of that scale ("three million and a half" is 3,500,000); a scale after
/// the fraction scales it ("five and a half million").
fn mixed(head: &[Piece], multiplier: Option<f64>) -> Option<f64> {
    let and = head.iter().rposition(|piece| *piece == Piece::And)?;
    let (whole_pieces, fraction_pieces) = (&head[..and], &head[and + 1..]);
    let (numerator, denominator, _) = simple(fraction_pieces)?;
    let fraction = numerator / denominator;
    if fraction >= 1.0 {
        // "one hundred and thirty fifths" is 130 fifths, not 100 and 6.
        return None;
    }
    let whole = cardinal(whole_pieces)?;
    let whole_scale = whole_pieces
        .last()
        .and_then(Piece::scale)
        .filter(|&scale| scale >= 1000.0);
    Some(match (multiplier, whole_scale) {
        (Some(multiplier), Some(_)) => whole + fraction * multiplier,
        (Some(multiplier), None) => (whole + fraction) * multiplier,
        (None, Some(scale)) => whole + fraction * scale,
        (None, None) => whole + fraction,
    })
}

/// A numerator and the word naming its parts: "two thirds", "a twenty-first", "one hundred
/// thirty-fifths" (100/35), "one hundred thirty two fifths" (132/5). The longest denominator
/// that leaves a numerator wins, as Recognizers-Text reads them; a denominator of several words
/// ends in its part word and starts with a tens or a hundreds ("thirty fifth", "one hundred
/// fifth"). Returns numerator, denominator and whether the part word is plural.
fn simple(head: &[Piece]) -> Option<(f64, f64, bool)> {
    let Some(Piece::Part {
        denominator: last,
        plural,
    }) = head.last()
    else {
        return None;
    };
    (1..head.len()).find_map(|split| {
        let (numerator_pieces, denominator_pieces) = head.split_at(split);
        let denominator = denominator_value(denominator_pieces, *last)?;
        let numerator_pieces = match numerator_pieces {
            // "two-thirds", "one - fourth"
            [rest @ .., Piece::Hyphen] if denominator_pieces.len() == 1 => rest,
            _ => numerator_pieces,
        };
        let (numerator, one) = match numerator_pieces {
            [Piece::A] => (1.0, true),
            [Piece::Word(word)] if word == "one" => (1.0, true),
            _ => (cardinal(numerator_pieces)?, false),
        };
        // "a third", "one eighth", but "two millionth" is an ordinal.
        let grammatical = *plural || one;
        (grammatical && numerator > 0.0 && numerator != denominator).then_some((
            numerator,
            denominator,
            *plural,
        ))
    })
}

/// The number of parts a denominator's words name: one part word ("fifths": 5), or a compound
/// ending in one ("thirty fifths": 35, "one hundred fifth": 105, "twenty-first": 21).
fn denominator_value(pieces: &[Piece], last: f64) -> Option<f64> {
    let prefix = match pieces {
        [] => return None,
        [_] => return (last > 1.0).then_some(last),
        [Piece::Word(_), .., _] if pieces[0].scale().is_none() => &pieces[..pieces.len() - 1],
        _ => return None,
    };
    // "thirty-fifth", "one hundred and fifth"
    let prefix = match prefix {
        [rest @ .., Piece::Hyphen | Piece::And] => rest,
        _ => prefix,
    };
    let tens = cardinal(prefix)?;
    // The part word fills the places the prefix leaves empty: 30 + 5, 100 + 5, not 20 + 100.
    let mut place = 1.0;
    while tens > 0.0 && (tens / (place * 10.0)).fract() == 0.0 && place < 1e12 {
        place *= 10.0;
    }
    (tens > 0.0 && place > 1.0 && last < place).then_some(tens + last)
}

/// Whether the fraction at tokens `start..end` is a share: of something ("a third of voters",
/// "half the staff") or after a qualifier ("more than half").
fn shared(tokens: &[Token], start: usize, end: usize) -> bool {
    let next = tokens.get(end);
    let of = next.is_some_and(|t| t.is_word("of") || t.is_word("the"));
    !part_before(tokens, start) && (of || qualified(tokens, start))
}

fn qualified(tokens: &[Token], start: usize) -> bool {
    // The whole qualifier: "up to half", but "elected to a fourth term" is no share.
    let ends_one = start > 0
        && word_of(&tokens[start - 1]).is_some_and(|word| QUALIFIER_ENDINGS.contains(&*word));
    ends_one
        && (1..=QUALIFIERS.longest()).any(|length| {
            start >= length
                && tokens[start - length..start]
                    .iter()
                    .map(word_of)
                    .collect::<Option<Vec<_>>>()
                    .is_some_and(|words| QUALIFIERS.get(&words.join(" ")).is_some())
        })
}

/// "the second half of the match", "the top third": a part named by its position.
fn part_before(tokens: &[Token], start: usize) -> bool {
    start > 0 && word_of(&tokens[start - 1]).is_some_and(|word| is_fraction_part_word(&word))
}

/// A unit of measure after a fraction makes it a value ("3/4 mile", "a 1/4 inch gap", "three
/// quarters of a mile", "a hundredth of a second").
fn unit_after(tokens: &[Token], end: usize) -> bool {
    let measure = |word: &str| {
        is_measure_noun(word)
            || is_measure_noun(&format!("{word}s"))
            || is_measure_noun(&format!("{word}es"))
    };
    let word_at = |k: usize| tokens.get(k).and_then(word_of);
    let of_a = tokens.get(end).is_some_and(|t| t.is_word("of"))
        && tokens
            .get(end + 1)
            .is_some_and(|t| t.is_word("a") || t.is_word("an"));
    let unit = |k: usize| names_unit(tokens, k) || word_at(k).is_some_and(|word| measure(&word));
    unit(end)
        || (of_a
            && (unit(end + 2)
                || word_at(end + 2).is_some_and(|word| DURATION_UNITS.get(&word).is_some())))
}

/// What a proper fraction at `start..end` claims: a value before a unit, a share of something
/// or standing alone, no figure as a part by position. A plural ("two thirds", "3/4") is a
/// share wherever it stands; a singular ("a third", "one fifth") only of something or alone (at
/// the end, or before a function word: "a third said"), for before another word it is an
/// ordinal ("a third term", "a fifth straight win"); quarters,
/// which may be fiscal, only of something ("three quarters of the budget").
fn proper(
    tokens: &[Token],
    start: usize,
    end: usize,
    value: f64,
    plural: bool,
    quarters: bool,
) -> Option<Spelled> {
    let length = end - start;
    if unit_after(tokens, end) {
        return Some(Spelled::value(value, length, false));
    }
    // "an hour and a half", "a mile and a half", "two and one third": the rest of a quantity,
    // not a share. But "one quarter the power and one sixth the space": after a noun that is no
    // unit, "one sixth" opens a share of its own.
    let tail = !plural
        && start > 0
        && tokens[start - 1].is_word("and")
        && (tokens[start].is_word("a")
            || tokens[start].is_word("an")
            || start < 2
            || ends_quantity(tokens, start - 2));
    if part_before(tokens, start) || tail {
        return None;
    }
    // Alone: nothing it could be an ordinal of follows ("a third.", "a third said").
    let alone = tokens.get(end).is_none_or(|t| {
        (t.kind == TokenKind::Symbol && !(t.is_symbol("-") && t.glued))
            || word_of(t).is_some_and(|word| is_noun_stop(&word))
    });
    let share = shared(tokens, start, end) || (!quarters && (plural || alone));
    share.then_some(Spelled::Share {
        percent: percent(value),
        length,
    })
}

/// The token at `k` can be the end of a quantity a fraction may complete: digits, a number
/// word or a unit ("two and one third", "five miles and one half").
fn ends_quantity(tokens: &[Token], k: usize) -> bool {
    let token = &tokens[k];
    token.kind == TokenKind::Digits
        || word_of(token).is_some_and(|w| is_number_word(&w) || DURATION_UNITS.get(&w).is_some())
        || names_unit(tokens, k)
}

/// A whole number in digits only (`2`, `40`), as the parts of a written fraction are.
fn integer(token: &Token) -> Option<f64> {
    (token.kind == TokenKind::Digits && token.text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| token.text.parse().ok())
        .flatten()
}

/// "3/4" at `k`: numerator, denominator, and the length (3); not part of a date (`3/4/2020`).
fn slash_fraction(tokens: &[Token], taken: &[bool], k: usize) -> Option<(f64, f64)> {
    let free = |k: usize| k < tokens.len() && !taken[k];
    if !(free(k) && free(k + 1) && free(k + 2)) {
        return None;
    }
    let numerator = integer(&tokens[k])?;
    let slash = &tokens[k + 1];
    let denominator = integer(&tokens[k + 2]).filter(|_| tokens[k + 2].glued)?;
    let continues = tokens
        .get(k + 3)
        .is_some_and(|t| t.glued && (t.is_symbol("/") || t.kind == TokenKind::Digits));
    let after_slash = k > 0 && tokens[k - 1].is_symbol("/") && tokens[k].glued;
    (slash.is_symbol("/") && slash.glued && !continues && !after_slash)
        .then_some((numerator, denominator))
}

/// "9/11", "4/22", "on 3/4": a day named by its month and day, not a fraction. A fraction in
/// digits is read before what it is a fraction of (`of`, a unit), or with a denominator news
/// writes fractions in (`fraction_denominators.txt`); never after a word that leads into a date
/// (`on`, `by`, `since`) when it could be a month and a day, unless a unit follows.
fn date_like(tokens: &[Token], k: usize, numerator: f64, denominator: f64) -> bool {
    let could_be_day = numerator <= 12.0 && denominator <= 31.0;
    let after_date_word = k > 0
        && [
            "on", "by", "since", "until", "till", "from", "before", "after",
        ]
        .iter()
        .any(|word| tokens[k - 1].is_word(word));
    let unit = unit_after(tokens, k + 3);
    let of_something = tokens.get(k + 3).is_some_and(|t| t.is_word("of")) || unit;
    let usual = is_fraction_denominator(tokens[k + 2].text);
    // "won by 3/4 mile": a unit after it says no date is meant, even after `by`.
    (could_be_day && after_date_word && !unit) || !(usual || of_something)
}

/// A fraction sign (`½`, `⅔`) at `k`.
fn fraction_sign(tokens: &[Token], taken: &[bool], k: usize) -> Option<f64> {
    let token = tokens.get(k).filter(|_| !taken[k])?;
    (token.kind == TokenKind::Symbol)
        .then(|| VULGAR_FRACTIONS.get(token.text).copied())
        .flatten()
}

/// A fraction written in digits or signs at `k`: "3/4" and "⅔" (proper: a share, or a value
/// before a unit), "2 1/4", "2½" and "2 ½" (mixed: a value).
pub(super) fn digits_fraction_at(tokens: &[Token], taken: &[bool], k: usize) -> Option<Spelled> {
    let token = tokens.get(k)?;
    if token.kind == TokenKind::Digits {
        let whole = integer(token)?;
        // "2 1/4": a whole number, then a proper fraction spaced from it.
        if let Some((numerator, denominator)) = slash_fraction(tokens, taken, k + 1)
            && !tokens[k + 1].glued
            && numerator < denominator
        {
            return Some(Spelled::value(whole + numerator / denominator, 4, false));
        }
        if let Some(fraction) = fraction_sign(tokens, taken, k + 1) {
            return Some(Spelled::value(whole + fraction, 2, false));
        }
        let (numerator, denominator) = slash_fraction(tokens, taken, k)?;
        if numerator >= denominator
            || numerator == 0.0
            || date_like(tokens, k, numerator, denominator)
        {
            return None;
        }
        return proper(tokens, k, k + 3, numerator / denominator, true, false);
    }
    let fraction = fraction_sign(tokens, taken, k)?;
    proper(tokens, k, k + 1, fraction, true, false)
}

/// A ratio at `k`: "one in five", "1 in 21", "two out of three", "nine out of 10" (a share:
/// 20, 4.8, 66.7, 90), "one over three" (a share), "2000 over 3" (above one: a value). Only
/// whole numbers, the first no larger than the second for `in` and `out of`; `over` only when
/// the ratio ends the phrase ("$2000 over 3 years" is no ratio).
pub(super) fn ratio_at(tokens: &[Token], taken: &[bool], k: usize) -> Option<Spelled> {
    let first = tokens.get(k)?;
    let number_word = first.kind == TokenKind::Word && first.text.len() > 2;
    if first.kind != TokenKind::Digits && !number_word {
        return None;
    }
    // Figures in digits are one token: no joiner after them, no ratio, and no need to read them.
    let joiner_after = |t: &Token| t.is_word("in") || t.is_word("over") || t.is_word("out");
    if first.kind == TokenKind::Digits && !tokens.get(k + 1).is_some_and(joiner_after) {
        return None;
    }
    let (numerator, length) = cardinal_at(tokens, taken, k)?;
    let joiner = k + length;
    let (over, joiner_length) = match tokens.get(joiner) {
        Some(t) if t.is_word("in") => (false, 1),
        Some(t) if t.is_word("over") => (true, 1),
        Some(t) if t.is_word("out") && tokens.get(joiner + 1).is_some_and(|t| t.is_word("of")) => {
            (false, 2)
        }
        _ => return None,
    };
    let second = joiner + joiner_length;
    if taken
        .get(joiner..second)
        .is_none_or(|t| t.iter().any(|&t| t))
    {
        return None;
    }
    let (denominator, denominator_length) = cardinal_at(tokens, taken, second)?;
    let end = second + denominator_length;
    let next = tokens.get(end);
    // "three-way", "3-0": the second number is part of a word or a score.
    if next.is_some_and(|t| t.glued && (t.is_symbol("-/") || t.kind != TokenKind::Symbol)) {
        return None;
    }
    // "five in 10 years" is a count over a span of time.
    if next
        .and_then(word_of)
        .is_some_and(|word| DURATION_UNITS.get(&word).is_some())
    {
        return None;
    }
    let ends_phrase = next.is_none_or(|t| t.kind == TokenKind::Symbol);
    let length = end - k;
    let value = numerator / denominator;
    if denominator == 0.0 || numerator == 0.0 || numerator.fract() != 0.0 {
        return None;
    }
    if over {
        return ends_phrase.then(|| {
            if value > 1.0 {
                Spelled::value(value, length, false)
            } else {
                Spelled::Share {
                    percent: percent(value),
                    length,
                }
            }
        });
    }
    (value <= 1.0 && denominator >= 2.0).then_some(Spelled::Share {
        percent: percent(value),
        length,
    })
}
