//! Atoms: takes the tokens at a position and hands on the number itself, an [`Atom`], before
//! qualifiers and ranges apply: digits with scale, currency and percent, number words (via
//! text2num), vague amounts ("hundreds") and fractions ("a third"). What one written figure
//! means lives here; how figures combine is in [`super::ranges`] and [`super::qualifiers`].

use super::super::tokens::{Token, TokenKind};
use super::super::{Exactness, Unit};
use super::measures::{m_is_metres, measure_after, names_unit, temperature_after};
use super::money::{currency_after, currency_before, names_currency};
use super::words::{DURATION_UNITS, QUALIFIER_ENDINGS, phrases_at, word_of};
use super::words_at;
use crate::lexicon::{
    FRACTIONS, ORDINAL_WORDS, SCALE_WORDS, VAGUE_AMOUNTS, is_count_noun, is_down_word,
    is_fraction_part_word, is_lone_one_noun, is_measure_noun, is_negative_sign, is_noun_stop,
    is_number_word, is_ordinal_noun, is_ordinal_suffix, is_pronoun_one_opener, is_sign_opener,
    is_up_word,
};

/// The core of a number before qualifiers and ranges are applied.
#[derive(Debug, Clone)]
pub(super) struct Atom {
    /// First token (a currency symbol, if any) and one past the last (its unit words).
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) low: f64,
    pub(super) high: f64,
    pub(super) exactness: Exactness,
    pub(super) unit: Unit,
    /// Carried a scale (million, bn) of its own.
    pub(super) scaled: bool,
    /// "hundreds of", "several", "half of": the counted noun may follow an "of".
    pub(super) of_noun: bool,
}

/// A word token whose lower-case form `is_in` a list; lower-cased only when it has capitals, as
/// this runs at every token.
fn in_list(token: &Token, is_in: impl Fn(&str) -> bool) -> bool {
    token.kind == TokenKind::Word
        && if token.text.bytes().any(|b| b.is_ascii_uppercase()) {
            is_in(&token.text.to_ascii_lowercase())
        } else {
            is_in(token.text)
        }
}

/// Symbols after which a hyphen, glued or not, is a sign: a bracket (`(-2.7%)`) and a comparison
/// (`<-30`, `<= -30`).
const SIGN_AFTER: &str = "(<>=\u{2264}\u{2265}";

/// Reads the number itself at `i`: digits with scale, currency and percent, number words,
/// vague amounts or fractions.
pub(super) fn atom_at(tokens: &[Token], taken: &[bool], i: usize) -> Option<Atom> {
    if i >= tokens.len() || taken[i] {
        return None;
    }
    let at = |k: usize| {
        tokens
            .get(k)
            .filter(|_| !taken.get(k).copied().unwrap_or(true))
    };

    // Currency before the number: $5m, US$3, A$5m, $US48m, £2.4 billion, USD 750 million,
    // CHF 1.2bn, Rs 500 crore.
    let (currency_end, currency, code_scale) = currency_before(tokens, taken, i);
    let mut k = currency_end;
    // A sign: `-2.7%`, `−12`, `minus 40 degrees`. A hyphen counts only where it starts the
    // figure: at the start, after `(`, or after a word that leads into a value (`at -3`,
    // `growth of -2.7%`); elsewhere it joins a range (`10-12`, `75 -300mm`, `5% -10%`) or a
    // name (`Covid-19`, `COVID -19`). The minus sign `−` is a sign wherever no number precedes.
    let mut negative = false;
    let mut word_sign = false;
    if currency.is_none()
        && let Some(sign) = at(k)
    {
        let before = k.checked_sub(1).map(|p| &tokens[p]);
        let opens = || {
            before.is_none_or(|t| {
                t.is_symbol(SIGN_AFTER)
                    || in_list(t, |word| {
                        is_sign_opener(word) || is_up_word(word) || is_down_word(word)
                    })
            })
        };
        let after_number = before.is_some_and(|t| t.kind == TokenKind::Digits);
        let digits_follow = at(k + 1).is_some_and(|t| t.glued && t.kind == TokenKind::Digits);
        // `wind chill -25C`: before a temperature a spaced hyphen is its minus after any word.
        let hyphen = digits_follow
            && ((sign.is_symbol("-")
                && (!sign.glued || before.is_some_and(|t| t.is_symbol(SIGN_AFTER)))
                && (opens() || !after_number && temperature_after(tokens, k + 2)))
                || (sign.is_symbol("\u{2212}") && !after_number));
        // "plus or minus 2.8 points" is a margin, not a negative figure.
        let margin = k >= 2 && tokens[k - 1].is_word("or") && tokens[k - 2].is_word("plus");
        let word = in_list(sign, is_negative_sign)
            && !margin
            && at(k + 1).is_some_and(|t| !t.glued && t.kind != TokenKind::Symbol);
        if hyphen || word {
            negative = true;
            word_sign = word;
            k += 1;
        }
    }

    // "a quarter-point rise", "a half-point move": a change in percentage points.
    if currency.is_none()
        && let Some(token) = at(k)
        && (token.is_word("quarter") || token.is_word("half"))
        && words_at(tokens, k + 1, &["-", "point"])
    {
        let value = if token.is_word("quarter") { 0.25 } else { 0.5 };
        return Some(Atom {
            start: i,
            end: k + 3,
            low: value,
            high: value,
            exactness: Exactness::Exact,
            unit: Unit::PercentagePoints,
            scaled: false,
            of_noun: false,
        });
    }
    // A run of number words with a scale in it ("seven thousand") is scaled, as "7 thousand"
    // is, so a range carries the scale to its other end ("six to seven thousand" is
    // 6,000-7,000).
    let mut words_scaled = false;
    let (mut low, mut high, mut end, mut exactness, mut of_noun) = if let Some(token) =
        at(k).filter(|t| t.kind == TokenKind::Digits)
    {
        let mut value = parse_digits(token.text)?;
        let mut end = k + 1;
        // 100 000: space-separated thousands.
        if !token.text.contains([',', '.']) && token.text.len() <= 3 {
            while let Some(group) = at(end).filter(|t| {
                t.kind == TokenKind::Digits
                    && !t.glued
                    && t.text.len() == 3
                    && t.text.chars().all(|c| c.is_ascii_digit())
            }) {
                value = value * 1000.0 + parse_digits(group.text)?;
                end += 1;
            }
        }
        // Ordinals (`14th`, `2nd`) are positions, not quantities: `the 12th straight win`.
        if at(end).is_some_and(|t| t.glued && is_ordinal_suffix(&t.lower())) {
            return None;
        }
        (value, value, end, Exactness::Exact, false)
    } else if currency.is_none()
        && let Some((value, length)) = super::durations::time_words_at(tokens, taken, k)
    {
        // "for a year", "half an hour", "all day": the unit of time after is read by units.rs.
        (value, value, k + length, Exactness::Exact, false)
    } else if let Some((value, length)) = number_words_at(tokens, taken, k)
        // "two thirds": a fraction of two words or more is read before the number word
        // it opens with.
        .filter(|_| {
            currency.is_some() || fraction_at(tokens, taken, k).is_none_or(|(_, length)| length < 2)
        })
    {
        // An ordinal word (`the third day`, `a fourth term`) is a position, not a quantity.
        if word_of(&tokens[k]).is_some_and(|word| ORDINAL_WORDS.get(&word).is_some()) {
            return None;
        }
        words_scaled = tokens[k..k + length]
            .iter()
            .any(|t| word_of(t).is_some_and(|word| SCALE_WORDS.get(&word).is_some_and(|s| s.word)));
        (value, value, k + length, Exactness::Exact, false)
    } else if currency.is_none()
        && let Some((low, high, length)) = vague_at(tokens, taken, k)
    {
        let exactness = if low == high {
            Exactness::Approximate
        } else {
            Exactness::Range
        };
        (low, high, k + length, exactness, true)
    } else if currency.is_none()
        && let Some((value, length)) = fraction_at(tokens, taken, k)
    {
        // A fraction is a share: "more than half of the factory".
        let mut atom = Atom {
            start: i,
            end: k + length,
            low: value,
            high: value,
            exactness: Exactness::Exact,
            unit: Unit::Percent,
            scaled: false,
            of_noun: true,
        };
        // "a quarter of a percentage point"
        if words_at(tokens, atom.end, &["of", "a", "percentage", "point"]) {
            atom.low = value / 100.0;
            atom.high = value / 100.0;
            atom.unit = Unit::PercentagePoints;
            atom.end += 4;
            atom.of_noun = false;
        }
        return Some(atom);
    } else {
        return None;
    };

    // Scale: 1.2 million, 3bn, $5m, 5k, two dozen
    let mut scaled = words_scaled;
    if let Some(scale_token) = at(end) {
        let word = scale_token.lower();
        let scale = SCALE_WORDS
            .get(&word)
            .filter(|scale| {
                if scale_token.glued {
                    scale.glued
                } else {
                    scale.spaced
                }
            })
            .map(|scale| scale.multiplier);
        // `a 45m yacht`: the `m` of metres is no million (`£45m` always is).
        let metres = currency.is_none() && m_is_metres(tokens, end);
        if let Some(scale) = scale.filter(|_| scale_token.kind == TokenKind::Word && !metres) {
            low *= scale;
            high *= scale;
            end += 1;
            scaled = true;
            // "1.5 lakh crore": South Asian copy stacks its scales (1.5 x 100,000 x 10 million).
            if let Some(more) = at(end).filter(|t| !t.glued).and_then(|t| {
                SCALE_WORDS
                    .get(&t.lower())
                    .filter(|s| s.spaced && s.multiplier >= 1e5 && scale >= 1e5)
            }) {
                low *= more.multiplier;
                high *= more.multiplier;
                end += 1;
            }
        } else if word == "dozen" && exactness == Exactness::Exact {
            low *= 12.0;
            high *= 12.0;
            end += 1;
        }
    }

    // Percent and money after the number.
    let mut unit = Unit::Count;
    if at(end).is_some_and(|t| t.is_symbol("%")) {
        unit = Unit::Percent;
        end += 1;
    } else if words_at(tokens, end, &["per", "cent"]) {
        unit = Unit::Percent;
        end += 2;
    } else if words_at(tokens, end, &["percentage", "points"])
        || words_at(tokens, end, &["percentage", "point"])
    {
        unit = Unit::PercentagePoints;
        end += 2;
    } else if words_at(tokens, end, &["percentage", "-", "point"]) {
        // "a 10 percentage-point lead"
        unit = Unit::PercentagePoints;
        end += 3;
    } else if at(end).is_some_and(|t| {
        // "30 percentage" and "100 percents" are loose copy for a percentage.
        t.is_word("percent") || t.is_word("percents") || t.is_word("percentage")
    }) {
        unit = Unit::Percent;
        end += 1;
    } else if currency.is_none()
        && let Some(read) = measure_after(tokens, taken, end, scaled, low)
    {
        // `45 km`, `-40 °C`; `5 ft 10 in` adds its inches.
        unit = Unit::Measure(read.measure);
        end = read.end;
        low += read.plus;
        high += read.plus;
    } else {
        // `MSEK 450`: the code's own scale.
        if code_scale != 1.0 {
            low *= code_scale;
            high *= code_scale;
            scaled = true;
        }
        let figure = Atom {
            start: i,
            end,
            low,
            high,
            exactness,
            unit,
            scaled,
            of_noun,
        };
        if let Some(after) = currency_after(tokens, taken, i, &figure, currency) {
            low = low * after.scale + after.plus;
            high = high * after.scale + after.plus;
            scaled |= after.scale > 1.0;
            end = after.end;
            unit = Unit::Money(after.currency);
        } else if currency.is_some() {
            unit = Unit::Money(currency);
        }
    }
    if exactness == Exactness::Range && unit != Unit::Count {
        of_noun = false;
    }
    // `minus`/`negative` are signs before a reading (`minus 40 degrees`, `negative 3
    // percent`), not before a count ("negative 2 days later", "minus 2 starters"): there the word
    // is no part of the figure.
    let mut start = i;
    if word_sign
        && !matches!(
            unit,
            Unit::Percent | Unit::PercentagePoints | Unit::Measure(_)
        )
        && !at(end).is_some_and(|t| word_of(t).is_some_and(|word| is_measure_noun(&word)))
    {
        negative = false;
        start = i + 1;
    }
    if negative {
        (low, high) = (-high, -low);
    }
    if low > high {
        std::mem::swap(&mut low, &mut high);
        exactness = Exactness::Range;
    }
    Some(Atom {
        start,
        end,
        low,
        high,
        exactness,
        unit,
        scaled,
        of_noun,
    })
}

/// A run of number words ("twenty-three", "two hundred", "a million") read with text2num.
pub(super) fn number_words_at(tokens: &[Token], taken: &[bool], i: usize) -> Option<(f64, usize)> {
    let is_number_word = |k: usize| {
        !taken.get(k).copied().unwrap_or(true)
            && tokens
                .get(k)
                .is_some_and(|t| t.kind == TokenKind::Word && is_number_word(&t.lower()))
    };
    // "a million people", "a hundred"
    if tokens[i].is_word("a") || tokens[i].is_word("an") {
        let next = tokens.get(i + 1)?.lower();
        let scale = SCALE_WORDS.get(&next).filter(|scale| scale.after_a)?;
        if taken.get(i + 1).copied().unwrap_or(true) {
            return None;
        }
        return Some((scale.multiplier, 2));
    }
    if let Some(&value) = word_of(&tokens[i]).and_then(|word| ORDINAL_WORDS.get(&word)) {
        // "the first time" is not a count of one.
        let follows = tokens.get(i + 1).map(Token::lower).unwrap_or_default();
        return (is_ordinal_noun(&follows) && value > 1.0).then_some((value, 1));
    }
    if !is_number_word(i) {
        return None;
    }
    let mut end = i + 1;
    loop {
        if is_number_word(end) {
            end += 1;
        } else if is_number_word(end + 1)
            && ((tokens[end].is_symbol("-") && tokens[end].glued && tokens[end + 1].glued)
                || (tokens[end].is_word("and") && tokens[end - 1].is_word("hundred")))
        {
            end += 2;
        } else {
            break;
        }
    }
    let words: Vec<String> = tokens[i..end].iter().map(Token::lower).collect();
    // A lone scale word ("thousand", "million") is not a number without its multiplier.
    if words.len() == 1 && SCALE_WORDS.get(&words[0]).is_some() {
        return None;
    }
    if words.len() == 1
        && words[0] == "one"
        && !lone_one_counts(tokens, i)
        && !names_currency(tokens, taken, end)
    {
        return None;
    }
    // "fractions": "two-thirds" is read by fraction_at
    if tokens.get(end).is_some_and(|t| t.is_symbol("-") && t.glued)
        && tokens.get(end + 1).is_some_and(|t| {
            t.is_word("thirds")
                || t.is_word("quarters")
                || t.is_word("third")
                || t.is_word("quarter")
        })
    {
        return None;
    }
    let phrase = words.join(" ").replace(" - ", "-");
    let digits = text2num::text2digits(&phrase, &text2num::Language::english()).ok()?;
    Some((digits.parse().ok()?, end - i))
}

/// "one" is a number only before a counted noun ("one person", "one member"); otherwise it is a
/// pronoun ("one of the protesters", "no one", "one wanted no change").
pub(super) fn lone_one_counts(tokens: &[Token], i: usize) -> bool {
    let previous = i
        .checked_sub(1)
        .map(|p| tokens[p].lower())
        .unwrap_or_default();
    // "that one mile": before a unit, `one` is a figure whatever opens it.
    if names_unit(tokens, i + 1) {
        return true;
    }
    if is_pronoun_one_opener(&previous) {
        return false;
    }
    tokens.get(i + 1).is_some_and(|t| {
        is_count_noun(&t.lower())
            || word_of(t).is_some_and(|word| DURATION_UNITS.get(&word).is_some())
            || is_lone_one_noun(&t.lower())
    })
}

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

pub(super) fn fraction_at(tokens: &[Token], taken: &[bool], i: usize) -> Option<(f64, usize)> {
    let (_, &value, length) = phrases_at(tokens, taken, i, &FRACTIONS).next()?;
    let end = i + length;
    let next = tokens.get(end);
    // "half of", "half the", "a third of": a share. "second half", "half an hour", "half-time"
    // are not.
    let share = next.is_some_and(|t| t.is_word("of") || t.is_word("the"));
    // "the second half of the match", "the first half": a part, not a share.
    let part = i > 0 && word_of(&tokens[i - 1]).is_some_and(|word| is_fraction_part_word(&word));
    if part {
        return None;
    }
    let qualified = i > 0
        && word_of(&tokens[i - 1]).is_some_and(|word| QUALIFIER_ENDINGS.contains(word.as_str()));
    // Shares are written to one decimal place in news copy: a third is 33.3%.
    let value = (value * 10.0).round() / 10.0;
    (share || qualified).then_some((value, length))
}

pub(super) fn parse_digits(text: &str) -> Option<f64> {
    text.replace(',', "").parse().ok()
}

/// Multiplier of a word that is a scale standing alone (`million`, `bn`; not the letter `k`).
pub fn scale_of(word: &str) -> Option<f64> {
    SCALE_WORDS
        .get(word)
        .filter(|scale| scale.word)
        .map(|scale| scale.multiplier)
}
