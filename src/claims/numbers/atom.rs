//! Atoms: takes the tokens at a position and hands on the number itself, an [`Atom`], before
//! qualifiers and ranges apply: digits with scale, currency and percent, number words, vague
//! amounts ("hundreds") and fractions ("a third"), the last three read by [`super::spelled`] and
//! [`super::fractions`], notations of digits (`1e10`, `.08`) by [`super::notation`]. What one
//! written figure means lives here; how figures combine is in [`super::ranges`] and
//! [`super::qualifiers`].

use super::super::measure::Measure;
use super::super::tokens::{Token, TokenKind};
use super::super::{Exactness, Unit};
use super::fractions::{digits_fraction_at, ratio_at};
use super::letters::letter_is_unit;
use super::measures::{measure_after, temperature_after};
use super::money::{currency_after, currency_before};
use super::notation::{
    digits_value, is_exponent, last_thousands_group, notation_after, point_decimal_at,
};
use super::spelled::{Spelled, spelled_at, vague_at};
use super::words::word_of;
use super::words_at;
use crate::lexicon::{
    SCALE_WORDS, is_down_word, is_measure_noun, is_negative_sign, is_ordinal_suffix,
    is_sign_opener, is_up_word,
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
    let (mut currency_end, mut currency, mut code_scale) = currency_before(tokens, taken, i);
    // `-$12 million`, `−$3.5bn`: a sign before the currency, spaced from what precedes it (a
    // hyphen glued to a word or after a figure joins them: `pay-$5`, `$10 -$12`).
    let mut signed_currency = false;
    if currency.is_none()
        && let Some(sign) = at(i).filter(|t| t.is_symbol("-\u{2212}"))
        && at(i + 1).is_some_and(|t| t.glued)
        && (i == 0 || !sign.glued || tokens[i - 1].is_symbol(SIGN_AFTER))
        && (i == 0 || tokens[i - 1].kind != TokenKind::Digits)
    {
        let after_sign = currency_before(tokens, taken, i + 1);
        if after_sign.1.is_some() {
            (currency_end, currency, code_scale) = after_sign;
            signed_currency = true;
        }
    }
    let mut k = currency_end;
    // A sign: `-2.7%`, `−12`, `minus 40 degrees`, `$-4.2 million`. A hyphen counts only where it starts the
    // figure: at the start, after `(`, or after a word that leads into a value (`at -3`,
    // `growth of -2.7%`); elsewhere it joins a range (`10-12`, `75 -300mm`, `5% -10%`) or a
    // name (`Covid-19`, `COVID -19`). The minus sign `−` is a sign wherever no number precedes.
    let mut negative = signed_currency;
    let mut word_sign = false;
    // `$-4.2 million`, `€-3.5bn`: a sign glued between the currency and its digits.
    let signed_sum = currency.is_some()
        && k > i
        && at(k).is_some_and(|t| t.glued && t.is_symbol("-\u{2212}"))
        && at(k + 1).is_some_and(|t| t.glued && t.kind == TokenKind::Digits);
    if signed_sum {
        negative = true;
        k += 1;
    } else if currency.is_none()
        && let Some(sign) = at(k)
    {
        let before = k.checked_sub(1).map(|p| &tokens[p]);
        let opens = || {
            before.is_none_or(|t| {
                t.is_symbol(SIGN_AFTER)
                    // A list of readings: `-5, -7 and -12`.
                    || t.is_symbol(",;")
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

    // "a quarter-point rise", "a half-point move", "by half a point": percentage points.
    if currency.is_none()
        && let Some((value, length)) = super::finance::point_fraction_at(tokens, k)
    {
        return Some(Atom {
            start: i,
            end: k + length,
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
    // Ratios, fractions and numbers in words are read first: "1 in 5", "2 1/4" and "322
    // hundred" start with digits (spelled.rs, fractions.rs); "for a year" and "half an hour"
    // before them (durations.rs).
    let time_words = currency
        .is_none()
        .then(|| super::durations::time_words_at(tokens, taken, k))
        .flatten();
    let written = time_words.is_none().then(|| {
        ratio_at(tokens, taken, k)
            .or_else(|| digits_fraction_at(tokens, taken, k))
            .or_else(|| spelled_at(tokens, taken, k))
            .or_else(|| super::article_unit::article_unit_at(tokens, taken, k))
    });
    let (mut low, mut high, mut end, mut exactness, mut of_noun) =
        if let Some((value, length)) = time_words {
            // "for a year", "half an hour", "all day": the unit of time after is read by units.rs.
            (value, value, k + length, Exactness::Exact, false)
        } else if let Some(Spelled::Share { percent, length }) =
            written.flatten().filter(|_| currency.is_none())
        {
            // A fraction is a share: "more than half of the factory".
            let mut atom = Atom {
                start: i,
                end: k + length,
                low: percent,
                high: percent,
                exactness: Exactness::Exact,
                unit: Unit::Percent,
                scaled: false,
                of_noun: true,
            };
            if negative {
                (atom.low, atom.high) = (-percent, -percent);
            }
            // "a quarter of a percentage point"
            if words_at(tokens, atom.end, &["of", "a", "percentage", "point"]) {
                atom.low /= 100.0;
                atom.high /= 100.0;
                atom.unit = Unit::PercentagePoints;
                atom.end += 4;
                atom.of_noun = false;
            }
            return Some(atom);
        } else if let Some(Spelled::Value {
            value,
            length,
            scaled,
        }) = written.flatten()
        {
            words_scaled = scaled;
            (value, value, k + length, Exactness::Exact, false)
        } else if let Some((value, after)) = point_decimal_at(tokens, taken, k) {
            // .08, the .25ml liquid
            (value, value, after, Exactness::Exact, false)
        } else if let Some(token) =
            at(k).filter(|t| t.kind == TokenKind::Digits && !is_exponent(tokens, k))
        {
            let mut value = parse_digits(token.text)?;
            let mut end = k + 1;
            // 100 000: space-separated thousands; 1 234 567.89 with its decimals last.
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
                if end > k + 1
                    && let Some(last) = at(end).and_then(last_thousands_group)
                {
                    value = value * 1000.0 + last;
                    end += 1;
                }
            }
            // Ordinals (`14th`, `2nd`) are positions, not quantities: `the 12th straight win`.
            if at(end).is_some_and(|t| t.glued && is_ordinal_suffix(&t.lower())) {
                return None;
            }
            // 1e10, 6.6×10^-11, 1.1^23
            if let Some((written, after)) = notation_after(tokens, end, value) {
                value = written;
                end = after;
            }
            (value, value, end, Exactness::Exact, false)
        } else if currency.is_none()
            && let Some((low, high, length)) = vague_at(tokens, taken, k)
        {
            let exactness = if low == high {
                Exactness::Approximate
            } else {
                Exactness::Range
            };
            (low, high, k + length, exactness, true)
        } else {
            return None;
        };

    // Scale: 1.2 million, 3bn, $5m, 5k, two dozen
    let mut scaled = words_scaled;
    // "$2.6-million", "a 110-billion bailout": a large scale hyphened to the figure (a compound
    // modifier) scales it as a spaced one does.
    let hyphened_scale = at(end).is_some_and(|t| t.is_symbol("-") && t.glued)
        && at(end + 1).is_some_and(|t| {
            t.glued
                && t.kind == TokenKind::Word
                && SCALE_WORDS
                    .get(&t.lower())
                    .is_some_and(|scale| scale.spaced && scale.multiplier >= 1e6)
        });
    if hyphened_scale {
        end += 1;
    }
    // "$200MM", "$140-150MM": US sports and business copy writes a million as `MM`, glued and
    // in capitals; only after a sum of money (its own sign, or a range's first figure's), as
    // `200MM` alone may be millimetres in capitals.
    let money_sign = currency.is_some()
        || tokens[i.saturating_sub(3)..i]
            .iter()
            .any(|t| t.is_symbol("$\u{20ac}\u{a3}"));
    if money_sign && at(end).is_some_and(|t| t.glued && t.text == "MM") {
        low *= 1e6;
        high *= 1e6;
        end += 1;
        scaled = true;
    } else if let Some(scale_token) = at(end) {
        let word = scale_token.lower();
        let scale = SCALE_WORDS
            .get(&word)
            .filter(|scale| {
                if scale_token.glued && !hyphened_scale {
                    scale.glued
                } else {
                    scale.spaced
                }
            })
            .map(|scale| scale.multiplier);
        // `a 45m yacht`, `573K` beside `300 °C`, `a 1500b packet`: a letter that is a unit here
        // is no scale (`£45m` always is one).
        let unit_letter = currency.is_none() && letter_is_unit(tokens, end);
        if let Some(scale) = scale.filter(|_| scale_token.kind == TokenKind::Word && !unit_letter) {
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
    } else if let Some(length) = super::finance::basis_points_at(tokens, end) {
        // "25 basis points", "a 50bp hike": hundredths of a percentage point.
        unit = Unit::PercentagePoints;
        low /= 100.0;
        high /= 100.0;
        end += length;
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
        // `45 km`, `-40 °C`; `5 ft 10 in` adds its inches; `turned 180 degrees` is an angle.
        let angle = read.measure == Measure::Degree
            && super::angles::is_angle(tokens, i, read.end, negative || low < 0.0);
        unit = Unit::Measure(if angle {
            Measure::AngleDegree
        } else {
            read.measure
        });
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
        } else if unit == Unit::Count
            && i > 0
            && !decimal_tail(tokens, i)
            && super::money::converted(tokens, end)
            && super::money::bracket_holds_a_sum_only(tokens, end)
        {
            // `a 110-billion ($143-billion) bailout`: a figure converted into money in
            // brackets is a sum whose currency is not named, or was lost (a symbol a page's
            // encoding dropped); it compares with any currency's sum. Not a figure opening
            // its sentence (a fragment a splitter cut, `6 billion ( $ 2.54 billion )`) or the
            // decimals of a figure a tokeniser spaced out (`1 . 6 billion`), nor one whose
            // brackets say more than a sum (`3,000 ($50 each) tickets`).
            unit = Unit::Money(None);
        }
    }
    if exactness == Exactness::Range && unit != Unit::Count {
        of_noun = false;
    }
    // `minus`/`negative` are signs before a reading (`minus 40 degrees`, `negative 3
    // percent`), not before a count ("negative 2 days later", "minus 2 starters"): there the word
    // is no part of the figure.
    let mut start = i;
    // "The answer is minus five": a figure that ends its clause is a reading too.
    let ends_clause = tokens
        .get(end)
        .is_none_or(|t| t.kind == TokenKind::Symbol && !t.is_symbol("-%"));
    if word_sign
        && !ends_clause
        && !matches!(
            unit,
            Unit::Percent | Unit::PercentagePoints | Unit::Measure(_)
        )
        && !at(end).is_some_and(|t| word_of(t).is_some_and(|word| is_measure_noun(&word)))
    {
        negative = false;
        start = i + 1;
    }
    // `revenue was ($4.2 million)`: accounts' brackets are a minus sign.
    if currency.is_some() && !negative && super::finance::bracketed_negative(tokens, i, end) {
        negative = true;
    }
    if negative {
        (low, high) = (-high, -low);
    }
    // A figure too big for a float (400 digits, `1e309`, a scale on a huge number) is refused:
    // kept, it was an infinite value, written as no bound (null) in JSON, that agreed with any
    // figure (issue 16). No news figure comes near 1.8e308.
    if !(low.is_finite() && high.is_finite()) {
        return None;
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

pub(super) fn parse_digits(text: &str) -> Option<f64> {
    digits_value(text)
}

/// Multiplier of a word that is a scale standing alone (`million`, `bn`; not the letter `k`).
pub fn scale_of(word: &str) -> Option<f64> {
    SCALE_WORDS
        .get(word)
        .filter(|scale| scale.word)
        .map(|scale| scale.multiplier)
}

/// The digits at `i` are the decimals of a figure a tokeniser spaced out (`1 . 6`): a dot
/// spaced on both sides after digits.
fn decimal_tail(tokens: &[Token], i: usize) -> bool {
    i >= 2
        && tokens[i - 1].is_symbol(".")
        && !tokens[i - 1].glued
        && !tokens[i].glued
        && tokens[i - 2].kind == TokenKind::Digits
}
