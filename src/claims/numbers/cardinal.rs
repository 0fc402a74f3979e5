//! Cardinals from the pieces of a run of number words: takes the [`Piece`]s that
//! [`super::spelled`] found (number words, digits, scales, `and`, hyphens, `point`) and hands on
//! the value they make. text2num reads the words ("two thousand and fifty", "fifty - two"); this
//! file reads what it does not: `trillion`, `lakh` and `crore` (split off and multiplied),
//! digits beside spelled scales ("322 hundred", "4 thousand 3 hundred and 21") and the digits
//! after `point` ("two hundred point seventy-one" is 200.71, as each word after `point` gives
//! its own digits). Pure functions of the pieces, so fractions.rs reads numerators with them too.

use crate::lexicon::SCALE_WORDS;

/// One element of a run of number words.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Piece {
    /// A word text2num reads (`twenty`, `hundred`, `nought`), lower case.
    Word(String),
    /// A plain figure in digits (`322`, `2.12`).
    Digits(f64),
    /// A scale text2num does not know (`trillion`, `lakh`, `crore`), by its multiplier.
    BigScale(f64),
    /// `dozen` and its abbreviations.
    Dozen,
    /// The word naming a fraction's parts (`thirds`, `half`), by their number.
    Part {
        denominator: f64,
        plural: bool,
    },
    And,
    Hyphen,
    Point,
    /// `a` or `an`, standing for one before a scale or a part (`a hundred`, `a third`).
    A,
    Of,
}

impl Piece {
    /// The multiplier of a scale piece (`hundred`, `million`, `trillion`, `crore`).
    pub(super) fn scale(&self) -> Option<f64> {
        match self {
            Piece::Word(word) => SCALE_WORDS.get(word).map(|scale| scale.multiplier),
            Piece::BigScale(multiplier) => Some(*multiplier),
            _ => None,
        }
    }

    /// A scale that counts as the figure's own (`seven thousand`), carried across a range.
    pub(super) fn is_word_scale(&self) -> bool {
        match self {
            Piece::Word(word) => SCALE_WORDS.get(word).is_some_and(|scale| scale.word),
            Piece::BigScale(_) => true,
            _ => false,
        }
    }

    pub(super) fn is_connector(&self) -> bool {
        matches!(
            self,
            Piece::And | Piece::Hyphen | Piece::Point | Piece::A | Piece::Of
        )
    }
}

/// The value of a cardinal made of pieces: words through text2num, with `trillion`, `lakh` and
/// `crore` split off, and digits beside spelled scales.
pub(super) fn cardinal(pieces: &[Piece]) -> Option<f64> {
    let pieces = match pieces {
        [Piece::And, rest @ ..] => rest,
        _ => pieces,
    };
    if pieces.is_empty()
        || pieces.iter().any(|p| {
            matches!(
                p,
                Piece::Part { .. } | Piece::Point | Piece::Dozen | Piece::Of
            )
        })
    {
        return None;
    }
    if pieces.iter().any(|piece| matches!(piece, Piece::Digits(_))) {
        return with_digits(pieces);
    }
    // "twenty-one trillion and three hundred": the largest scale text2num does not know.
    let big = pieces
        .iter()
        .enumerate()
        .filter_map(|(k, piece)| match piece {
            Piece::BigScale(multiplier) => Some((k, *multiplier)),
            _ => None,
        })
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
    if let Some((k, multiplier)) = big {
        let count = cardinal(&pieces[..k])?;
        let rest = match &pieces[k + 1..] {
            [] => 0.0,
            rest => cardinal(rest)?,
        };
        return (rest < multiplier).then_some(count * multiplier + rest);
    }
    words_value(pieces)
}

/// A run of number words read by text2num ("two thousand and fifty", "fifty - two").
pub(super) fn words_value(pieces: &[Piece]) -> Option<f64> {
    let mut text = String::new();
    for (k, piece) in pieces.iter().enumerate() {
        let word = match piece {
            // `a` only stands for one before a scale ("a hundred and two").
            Piece::A if k == 0 => "one",
            Piece::Word(word) if word == "naught" => "nought",
            Piece::Word(word) => word,
            Piece::And => "and",
            Piece::Hyphen => {
                text.push('-');
                continue;
            }
            _ => return None,
        };
        if !text.is_empty() && !text.ends_with('-') {
            text.push(' ');
        }
        text.push_str(word);
    }
    if text.is_empty() || text.starts_with("and") || text.ends_with('-') || text.ends_with(" and") {
        return None;
    }
    let digits = text2num::text2digits(&text, &text2num::Language::english()).ok()?;
    digits.parse().ok()
}

/// Digits among scale words: "322 hundred", "4 thousand 3 hundred and 21", "6 crore and two
/// hundred", "3 million" (inside a fraction: "3 million and a half"). Groups end at scales of a
/// thousand or more, each smaller than the one before.
fn with_digits(pieces: &[Piece]) -> Option<f64> {
    let mut total = 0.0;
    let mut last_scale = f64::INFINITY;
    let mut group: Vec<&Piece> = Vec::new();
    for piece in pieces {
        match piece.scale().filter(|&m| m >= 1000.0) {
            Some(multiplier) => {
                if multiplier >= last_scale {
                    return None;
                }
                total += small_value(&group)? * multiplier;
                last_scale = multiplier;
                group.clear();
            }
            None => group.push(piece),
        }
    }
    if !group.is_empty() {
        let rest = small_value(&group)?;
        if rest >= last_scale {
            return None;
        }
        total += rest;
    }
    Some(total)
}

/// A group below a thousand: digits, digits and `hundred` ("3 hundred and 21"), or words.
fn small_value(group: &[&Piece]) -> Option<f64> {
    let group = match group {
        [Piece::And, rest @ ..] => rest,
        _ => group,
    };
    let words = |rest: &[&Piece]| -> Option<f64> {
        let owned: Vec<Piece> = rest.iter().map(|piece| (*piece).clone()).collect();
        match owned.as_slice() {
            [Piece::Digits(value)] => Some(*value),
            _ => words_value(&owned),
        }
    };
    match group {
        [] => None,
        [Piece::Digits(value)] => Some(*value),
        [Piece::Digits(value), Piece::Word(hundred), rest @ ..] if hundred == "hundred" => {
            let rest = match rest {
                [] => 0.0,
                // "3 hundred and 0" is two numbers.
                [Piece::And, rest @ ..] | rest => words(rest).filter(|&rest| rest > 0.0)?,
            };
            (rest < 100.0).then_some(value * 100.0 + rest)
        }
        _ => words(group),
    }
}

/// "four point two", "two hundred point seventy-one", "nought point nought three": the whole
/// part through text2num, then each word or hyphenated pair after `point` gives its digits.
pub(super) fn decimal(pieces: &[Piece]) -> Option<f64> {
    let point = pieces.iter().position(|piece| *piece == Piece::Point)?;
    let whole = cardinal(&pieces[..point])?;
    let mut digits = String::new();
    let mut k = point + 1;
    while k < pieces.len() {
        let mut end = k + 1;
        while pieces.get(end) == Some(&Piece::Hyphen) {
            end += 2;
        }
        let value = words_value(pieces.get(k..end)?)?;
        digits.push_str(&format!("{}", value as u64));
        k = end;
    }
    let fraction: f64 = format!("0.{digits}").parse().ok()?;
    Some(whole + fraction)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<Piece> {
        text.split(' ')
            .map(|word| match word {
                "and" => Piece::And,
                "-" => Piece::Hyphen,
                "point" => Piece::Point,
                "trillion" => Piece::BigScale(1e12),
                "crore" => Piece::BigScale(1e7),
                _ => match word.parse() {
                    Ok(value) => Piece::Digits(value),
                    Err(_) => Piece::Word(word.to_string()),
                },
            })
            .collect()
    }

    #[test]
    fn cardinals_in_words_digits_and_big_scales() {
        let cases = [
            ("two thousand and fifty", 2050.0),
            ("fifty - two", 52.0),
            ("twenty - one trillion and three hundred", 21e12 + 300.0),
            ("6 crore and two hundred", 60_000_200.0),
            ("322 hundred", 32_200.0),
            ("4 thousand 3 hundred and 21", 4321.0),
            ("2.12 hundred", 212.0),
        ];
        for (text, value) in cases {
            assert_eq!(cardinal(&words(text)), Some(value), "{text}");
        }
        // Numbers that do not add up to one: two numbers, read apart by the caller.
        for text in [
            "two thousand and three thousand",
            "twenty twenty",
            "3 hundred and 0",
        ] {
            assert_eq!(cardinal(&words(text)), None, "{text}");
        }
    }

    #[test]
    fn each_word_after_point_gives_its_digits() {
        assert_eq!(
            decimal(&words("two hundred point seventy - one")),
            Some(200.71)
        );
        assert_eq!(decimal(&words("nought point nought three")), Some(0.03));
        assert_eq!(decimal(&words("four point two")), Some(4.2));
    }
}
