//! Measures: takes the tokens right after a figure and hands on the unit of measurement written
//! there (`45 km`, `5 miles`, `-40 °C`, `a 30-foot wave`, `1,200 MW`) as a [`Measure`], where its
//! words end, and what a second figure adds to it (`5 ft 10 in`, `7lb 8oz`). Kept apart because a
//! unit's letters are often other words too, and each such letter is decided here from the words
//! around it: `m` is metres or million (`a 45m yacht`, `£45m`, `45m people`), `in` inches or a
//! preposition, `pounds` weight or money, `C` a temperature or a name's letter.
//!
//! The forms themselves are data (`units.txt`, with the context lists `size_words.txt`,
//! `length_nouns.txt` and `weight_words.txt`); what a unit is (dimension, factor) is
//! [`Measure`]'s.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use super::super::Measure;
use super::super::tokens::{Token, TokenKind, tokenize};
use super::atom::parse_digits;
use super::letters::letter_is_unit;
use super::spelled::cardinal_at;
use super::words::{CURRENCY_SYMBOLS, CURRENCY_WORDS, parsed, word_of};
use crate::lexicon::{
    self, Phrases, is_count_noun, is_determiner, is_money_word, is_noun_skip, is_of_determiner,
    is_size_word, is_unit_noun, is_weight_change_word, is_weight_word,
};

/// A form of `units.txt` in the reader's types.
#[derive(Debug, Clone, Copy)]
struct Form {
    measure: Measure,
    capitals: bool,
    lower: bool,
    context: bool,
}

static UNITS: LazyLock<Phrases<Form>> = LazyLock::new(|| {
    lexicon::UNITS.map(|phrase, form| Form {
        measure: parsed(phrase, form.name),
        capitals: form.capitals,
        lower: form.lower,
        context: form.context,
    })
});

/// The first token of every form (`km` of `km/h`, `°` of `°c`, `sq` of `sq km`), so that the
/// many words after a figure that start no unit are passed over at one lookup.
static FIRST_TOKENS: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
    UNITS
        .iter()
        .filter_map(|(phrase, _)| tokenize(phrase).first().map(|t| t.text.to_lowercase()))
        .collect()
});

/// Most tokens a unit's form spans (`cubic metres per second`, `m³/s`).
const LONGEST: usize = 6;

/// A unit read after a figure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct MeasureRead {
    pub(super) measure: Measure,
    /// One past the unit's last token (or past the second figure of a compound).
    pub(super) end: usize,
    /// What a second figure in a smaller unit adds, in this unit (`5 ft 10 in`: 10/12).
    pub(super) plus: f64,
}

/// The unit written after a figure whose tokens end at `end`: spaced or glued (`45 km`, `45km`),
/// or joined by a hyphen into a compound (`a 30-foot wave`); `scaled` when the figure carried a
/// scale of its own (`20 million pounds` is money); `value` the figure's (`lost 40,000 pounds` is
/// money, `lost 20 pounds` a weight).
pub(super) fn measure_after(
    tokens: &[Token],
    taken: &[bool],
    end: usize,
    scaled: bool,
    value: f64,
) -> Option<MeasureRead> {
    let free = |k: usize| {
        tokens
            .get(k)
            .filter(|_| !taken.get(k).copied().unwrap_or(true))
    };
    // `a 30-foot wave`, `the 1,500-tonne ferry`: a hyphen between figure and unit.
    let hyphen = free(end).is_some_and(|t| t.is_symbol("-") && t.glued)
        && free(end + 1).is_some_and(|t| t.glued && t.kind == TokenKind::Word);
    let at = end + usize::from(hyphen);
    if let Some(read) = bracketed_unit(tokens, taken, end) {
        return Some(read);
    }
    let (form, unit_end) = unit_at(tokens, taken, at)
        .or_else(|| modified_unit(tokens, taken, at).filter(|_| !hyphen))?;
    if form.context && !(hyphen || fits_context(tokens, at, unit_end, form.measure, scaled, value))
    {
        return None;
    }
    if form.measure == Measure::Degree
        && let Some((measure, end)) = scale_named_after(tokens, taken, unit_end)
    {
        return Some(MeasureRead {
            measure,
            end,
            plus: 0.0,
        });
    }
    let (plus, end) =
        compound_after(tokens, taken, unit_end, form.measure).unwrap_or((0.0, unit_end));
    Some(MeasureRead {
        measure: form.measure,
        end,
        plus,
    })
}

/// Degrees whose scale is named after them (`-89.2° on the Celsius scale`, `-40 degrees on the
/// Fahrenheit scale`): the scale's unit, and where its words end.
fn scale_named_after(tokens: &[Token], taken: &[bool], end: usize) -> Option<(Measure, usize)> {
    let free = |k: usize| !taken.get(k).copied().unwrap_or(false);
    let words: Vec<_> = (end..end + 4)
        .map_while(|k| tokens.get(k).filter(|_| free(k)).and_then(word_of))
        .collect();
    let [on, the, scale, noun] = words.as_slice() else {
        return None;
    };
    if on != "on" || the != "the" || noun != "scale" {
        return None;
    }
    let form = UNITS.get(&format!("degrees {scale}"))?;
    (form.measure.dimension() == crate::claims::Dimension::Temperature
        && form.measure != Measure::Degree)
        .then_some((form.measure, end + 4))
}

/// A unit written as a word after one or two modifiers ("352 *net rushing* yards", "507
/// *total* yards", "4,374 *passing* yards"): an adjective of noun_skips.txt or a participle.
/// Only a unit that is a word of its own, never a letter or a form read from its context.
fn modified_unit(tokens: &[Token], taken: &[bool], at: usize) -> Option<(Form, usize)> {
    let modifier = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.kind == TokenKind::Word
                && !t.glued
                && t.text.starts_with(char::is_lowercase)
                && (is_noun_skip(t.text) || t.text.ends_with("ing"))
        })
    };
    let mut k = at;
    while k < at + 2 && modifier(k) {
        k += 1;
        let unit = tokens
            .get(k)
            .filter(|t| t.kind == TokenKind::Word && t.text.len() > 2);
        if unit.is_some()
            && let Some((form, end)) = unit_at(tokens, taken, k).filter(|(f, _)| !f.context)
        {
            return Some((form, end));
        }
    }
    None
}

/// The unit of a noun for an amount in it a few words before a figure with no unit of its own
/// ("his season *yardage* to 4,183", "the car's *mileage* of 120,000"): the noun without its
/// `age`, as units.txt names it. Looks back over at most four words, never past punctuation.
pub(super) fn unit_noun_before(tokens: &[Token], start: usize) -> Option<Measure> {
    let noun = tokens[start.saturating_sub(4)..start]
        .iter()
        .rev()
        .take_while(|t| t.kind == TokenKind::Word)
        .find_map(|t| word_of(t).filter(|w| is_unit_noun(w)))?;
    let stem = noun.strip_suffix("age")?;
    UNITS.get(stem).map(|form| form.measure)
}

/// A unit in brackets right after a figure, as tables and data write it (`20 (kg)`, `20 [kg]`);
/// not a word that is a unit only in context (`5 (in)`), nor a letter (`clause 20 (C)`).
fn bracketed_unit(tokens: &[Token], taken: &[bool], k: usize) -> Option<MeasureRead> {
    let open = tokens.get(k).filter(|t| t.kind == TokenKind::Symbol)?;
    let close = match open.text {
        "(" => ")",
        "[" => "]",
        "{" => "}",
        "<" => ">",
        _ => return None,
    };
    let (form, unit_end) = unit_at(tokens, taken, k + 1)?;
    let closed = tokens
        .get(unit_end)
        .is_some_and(|t| t.text == close && t.glued);
    let letter = tokens[k + 1].text.chars().count() == 1;
    (closed && !form.context && !letter && tokens[k + 1].glued).then_some(MeasureRead {
        measure: form.measure,
        end: unit_end + 1,
        plus: 0.0,
    })
}

/// The longest form of `units.txt` starting at token `k`, and where it ends: tokens glued in the
/// text are joined without a space (`km/h`, `°c`), and so is a slash however spaced (`km / h`);
/// spaced words and words joined by a hyphen with one (`sq km`, `square-foot`). A token beyond `taken` counts as free.
fn unit_at(tokens: &[Token], taken: &[bool], k: usize) -> Option<(Form, usize)> {
    let first = tokens.get(k)?;
    // Most figures are followed by a word that starts no unit, or by punctuation.
    let starts_unit = match first.kind {
        TokenKind::Digits => false,
        TokenKind::Symbol => first.is_symbol("°\"″′℃℉"),
        TokenKind::Word if first.text.chars().any(char::is_uppercase) => {
            FIRST_TOKENS.contains(&first.text.to_lowercase())
        }
        TokenKind::Word => FIRST_TOKENS.contains(first.text),
    };
    if !starts_unit {
        return misspelt_unit(first).map(|form| (form, k + 1));
    }
    let mut key = String::new();
    let mut best = None;
    for (n, token) in tokens.iter().enumerate().skip(k).take(LONGEST) {
        if taken.get(n).copied().unwrap_or(false) {
            break;
        }
        if n > k {
            let joins = match token.kind {
                TokenKind::Word => true,
                // `km / h`: some copy spaces the slash of a rate; it joins as if glued.
                TokenKind::Symbol => {
                    token.is_symbol("/") || (token.glued && token.is_symbol(".-^"))
                }
                // `km^2`: digits only after a caret.
                TokenKind::Digits => token.glued && key.ends_with('^'),
            };
            if !joins {
                break;
            }
            // `square-foot`, `kilowatt-hours`: a hyphen between words is written as a space.
            if token.is_symbol("-") && tokens.get(n + 1).is_some_and(|t| t.glued) {
                key.push(' ');
                continue;
            }
            let slash = token.is_symbol("/") || key.ends_with('/');
            if !token.glued && !key.ends_with(' ') && !slash {
                key.push(' ');
            }
        }
        key.extend(token.text.chars().flat_map(char::to_lowercase));
        let Some(form) = UNITS.get(&key) else {
            continue;
        };
        let letters = tokens[k..=n].iter().flat_map(|t| t.text.chars());
        let written_right = (!form.capitals || letters.clone().all(|c| !c.is_lowercase()))
            && (!form.lower || letters.clone().all(|c| !c.is_uppercase()));
        let letter = !form.context && is_letter(&key);
        if written_right
            && (!letter || letter_ends_figure(tokens, n + 1))
            && !acronym_before_count(&tokens[k..=n], tokens.get(n + 1))
        {
            best = Some((*form, n + 1));
        }
    }
    best
}

/// Single-word forms of `units.txt` long enough that one wrong letter still names them (eight
/// letters or more, none decided by context): `kilometres`, `fahrenheit`, `centigrade`.
static LONG_FORMS: LazyLock<Vec<(&'static str, Form)>> = LazyLock::new(|| {
    UNITS
        .iter()
        .filter(|(phrase, form)| {
            !form.context
                && phrase.len() >= MISSPELT_LEAST
                && phrase.chars().all(char::is_alphabetic)
        })
        .map(|(phrase, form)| (phrase, *form))
        .collect()
});

/// The fewest letters of a unit name read despite one wrong letter. No word among the 50,000
/// most frequent of English (the background table) is one edit from such a form, so a real word
/// is never taken for a misspelt unit.
const MISSPELT_LEAST: usize = 8;

/// A unit name written with one letter wrong, missing, added or two swapped (`centigrate`,
/// `kilomteres`), as scraped and hurried copy writes them: the form it misspells, when exactly
/// one has the same first letter and lies one edit away.
fn misspelt_unit(token: &Token) -> Option<Form> {
    if token.kind != TokenKind::Word || token.text.len() + 1 < MISSPELT_LEAST {
        return None;
    }
    let word = token.text.to_lowercase();
    let mut near = LONG_FORMS.iter().filter(|(form, _)| {
        form.len().abs_diff(word.len()) <= 1
            && form.chars().next() == word.chars().next()
            && strsim::osa_distance(form, &word) == 1
    });
    let (_, form) = near.next()?;
    // Two units one edit away (`kilobits`/`kilobyte`...) leave the word unread.
    near.all(|(_, other)| other.measure == form.measure)
        .then_some(*form)
}

/// Capitals that name a unit and something else, before what that something counts: `10,000 TB
/// cases` (tuberculosis), `29 GB medals`; `2 TB of storage` is a unit.
fn acronym_before_count(unit: &[Token], next: Option<&Token>) -> bool {
    let capitals = unit.len() == 1
        && unit[0].text.len() > 1
        && unit[0].text.chars().all(|c| c.is_ascii_uppercase());
    capitals
        && next
            .and_then(word_of)
            .is_some_and(|word| is_count_noun(&word))
}

/// A unit of one letter (`C`, `F`, `g`, `t`, `l`; `m` is decided by its context).
fn is_letter(key: &str) -> bool {
    key.len() == 1 && key.chars().all(|c| c.is_ascii_alphabetic())
}

/// A one-letter unit ends the figure: no name goes on after it (`F-Series`, `14.7C/`, `23456 F
/// Block`, `C.P.I.`, `24703 L-202`).
fn letter_ends_figure(tokens: &[Token], after: usize) -> bool {
    match tokens.get(after) {
        None => true,
        Some(next) if next.kind == TokenKind::Word => !next.text.starts_with(char::is_uppercase),
        Some(next) if next.glued => next.is_symbol(",;:)!?") || sentence_stop(tokens, after),
        Some(_) => true,
    }
}

/// A full stop that ends the sentence (nothing, or a space and no letter glued, after it).
fn sentence_stop(tokens: &[Token], k: usize) -> bool {
    tokens[k].is_symbol(".") && tokens.get(k + 1).is_none_or(|t| !t.glued)
}

/// Whether a form that is also a common word is a unit here (see `units.txt`).
fn fits_context(
    tokens: &[Token],
    at: usize,
    end: usize,
    measure: Measure,
    scaled: bool,
    value: f64,
) -> bool {
    match measure {
        Measure::Metre | Measure::Kelvin | Measure::Bit => letter_is_unit(tokens, at),
        Measure::Inch => inch_mark_fits(tokens, at, end),
        Measure::Pound => !scaled && pounds_weigh(tokens, end, value),
        Measure::Stone => true,
        _ => false,
    }
}

/// How far "in the sentence" reaches from a figure, in tokens each way: past any real sentence,
/// while a run of thousands of figures the splitter left as one (a table, a list) is no longer
/// scanned whole for each of them, which was quadratic (20,000 `45m` took over a minute).
const NEARBY: usize = 100;

/// The tokens "in the sentence" of the token at `i`, as far as [`NEARBY`] reaches.
pub(super) fn nearby(tokens: &[Token], i: usize) -> std::ops::Range<usize> {
    i.saturating_sub(NEARBY)..i.saturating_add(NEARBY).min(tokens.len())
}

/// `in`, `"` or `″` after digits at `at` are inches: `in` right after digits (not a number word:
/// "two in my car") and before the end of the phrase or a word of size (`2 in thick`; "2 in 5
/// voters" is a preposition); a mark where it closes no quotation (an even number of `"` before
/// it).
fn inch_mark_fits(tokens: &[Token], at: usize, end: usize) -> bool {
    if at == 0 || tokens[at - 1].kind != TokenKind::Digits {
        return false;
    }
    if tokens[at].kind == TokenKind::Word {
        return match tokens.get(end) {
            None => true,
            Some(next) if next.kind == TokenKind::Symbol => next.is_symbol(".,;:)"),
            Some(next) => word_of(next).is_some_and(|word| is_size_word(&word)),
        };
    }
    let quotes_before = tokens[nearby(tokens, at).start..at]
        .iter()
        .filter(|t| t.is_symbol("\""))
        .count();
    quotes_before % 2 == 0
}

/// `pounds` after a figure (unscaled: `20 million pounds` is money) weigh rather than pay: `of`
/// after it (`2 pounds of cocaine`), a word of weight or another unit of mass named in the
/// sentence (`he weighs 220 pounds`, `a metric ton is 2,204.62 pounds`; not a one-letter one,
/// `g` or `t`), or no sign of money in it: no money word (`fined`, `cost`) and no other currency
/// (`500 pounds ($640)`). News copy writes sterling `£` and spells out pounds of weight. The
/// singular opens a compound (`a twenty pound bag`) and is money only before a money word (`a
/// 20 pound note`). A verb of losing or gaining (`weight_change_words.txt`) weighs under a
/// thousand (`she lost 50 pounds`) and pays from a thousand (`the council lost 40,000 pounds`).
fn pounds_weigh(tokens: &[Token], end: usize, value: f64) -> bool {
    if tokens.get(end).is_some_and(|t| t.is_word("of")) {
        return true;
    }
    // `500 pounds (about $630)`: a sum converted into another currency is money, whatever the
    // sentence weighs elsewhere.
    let converted = tokens.get(end).is_some_and(|t| t.is_symbol("("))
        && tokens
            .iter()
            .skip(end + 1)
            .take(3)
            .any(|t| t.kind == TokenKind::Symbol && CURRENCY_SYMBOLS.get(t.text).is_some());
    if converted {
        return false;
    }
    // `a twenty pound bag`: the singular opens a compound, money only before `note` or `coin`.
    if tokens[end - 1].is_word("pound") {
        return !tokens
            .get(end)
            .and_then(word_of)
            .is_some_and(|word| is_money_word(&word));
    }
    let sentence = &tokens[nearby(tokens, end)];
    let words = || sentence.iter().filter_map(word_of);
    let change = words().any(|word| is_weight_change_word(&word));
    let weight = (change && value.abs() < 1000.0)
        || words().any(|word| {
            is_weight_word(&word)
                || (word.len() > 1
                    && UNITS.get(&word).is_some_and(|form| {
                        !form.context && form.measure.dimension() == crate::claims::Dimension::Mass
                    }))
        });
    let money = || {
        change
            || words().any(|word| {
                is_money_word(&word)
                    || !word.starts_with("pound") && CURRENCY_WORDS.get(&word).is_some()
            })
            || sentence
                .iter()
                .any(|t| t.kind == TokenKind::Symbol && CURRENCY_SYMBOLS.get(t.text).is_some())
    };
    weight || !money()
}

/// A second figure in the next smaller unit after a first (`5 ft 10 in`, `6 feet and 4 inches`,
/// `5 foot, 8 inch`, `7lb 8oz`, `12 stone 4 pounds`): what it adds in the first unit, and where
/// it ends.
fn compound_after(
    tokens: &[Token],
    taken: &[bool],
    end: usize,
    first: Measure,
) -> Option<(f64, usize)> {
    let (smaller, per) = match first {
        Measure::Foot => (Measure::Inch, 12.0),
        Measure::Pound => (Measure::Ounce, 16.0),
        Measure::Stone => (Measure::Pound, 14.0),
        _ => return None,
    };
    let k = end
        + usize::from(
            tokens
                .get(end)
                .is_some_and(|t| t.is_word("and") || t.is_symbol(",")),
        );
    let token = tokens
        .get(k)
        .filter(|_| !taken.get(k).copied().unwrap_or(true))?;
    let (value, length) = if token.kind == TokenKind::Digits {
        (parse_digits(token.text)?, 1)
    } else {
        cardinal_at(tokens, taken, k)?
    };
    let (form, unit_end) = unit_at(tokens, taken, k + length)?;
    (form.measure == smaller && (0.0..per).contains(&value)).then_some((value / per, unit_end))
}

/// The word at `k` names a unit by itself (`mile`, `kilos`, `gallon`), so that a lone `one`
/// before it is a figure ("one mile"); not a letter, an abbreviation, or a unit that is a common
/// word too (`m`, `in`, `pound`, `stone`: "one pound coin", "with one stone") unless `of` follows
/// ("one pound of coal").
pub(super) fn names_unit(tokens: &[Token], k: usize) -> bool {
    unit_named_at(tokens, k).is_some()
}

/// The unit the word at `k` names by itself, as [`names_unit`] reads it.
pub(super) fn unit_named_at(tokens: &[Token], k: usize) -> Option<Measure> {
    let of_follows = || tokens.get(k + 1).is_some_and(|t| t.is_word("of"));
    let word = tokens.get(k).and_then(word_of)?;
    let form = UNITS.get(&word)?;
    (word.len() > 2 && !form.capitals && (!form.context || of_follows())).then_some(form.measure)
}

/// The word at `k` is a unit that is a common word too (`stone`, `pound`) and `of` does not
/// follow: a lone `one` before it is no count either ("two birds with one stone").
pub(super) fn names_common_word_unit(tokens: &[Token], k: usize) -> bool {
    let of_follows = tokens.get(k + 1).is_some_and(|t| t.is_word("of"));
    !of_follows
        && tokens
            .get(k)
            .and_then(word_of)
            .is_some_and(|word| UNITS.get(&word).is_some_and(|form| form.context))
}

/// A measure's counted noun may follow it only where the measure describes it: after `of`
/// (`12,000 hectares of forest`), or in a noun phrase the figure opens after a determiner or as a
/// compound (`a 45m yacht`, `the 1,500-tonne ferry`), and in lower case; "rose 1.5 metres
/// overnight" counts nothing.
pub(super) fn noun_may_follow(tokens: &[Token], start: usize, end: usize) -> bool {
    let of = tokens.get(end).is_some_and(|t| t.is_word("of"));
    let determiner = start > 0
        && word_of(&tokens[start - 1]).is_some_and(|w| is_determiner(&w) || is_of_determiner(&w));
    // "the 22.3 billion gallons Congress had sought": a name there starts the next clause.
    let noun = tokens.get(end + usize::from(of));
    let lower_case = noun.is_some_and(|t| t.text.starts_with(|c: char| c.is_lowercase()));
    (of || determiner) && lower_case
}

/// The dimension of a unit written at `k` that is no common word nor decided by its context
/// (`°C`, `km`, `tonnes`; not `m`, `K`, `pounds`), so that it can decide a letter elsewhere in the
/// sentence.
pub(super) fn plain_dimension_at(tokens: &[Token], k: usize) -> Option<crate::claims::Dimension> {
    unit_at(tokens, &[], k)
        .filter(|(form, _)| !form.context)
        .map(|(form, _)| form.measure.dimension())
}

/// A temperature is written after the digits at `k` (`-10C`, `-5 °C`, `-40 degrees`): the hyphen
/// before them is its minus sign, whatever word comes before.
pub(super) fn temperature_after(tokens: &[Token], k: usize) -> bool {
    unit_at(tokens, &[], k)
        .is_some_and(|(form, _)| form.measure.dimension() == crate::claims::Dimension::Temperature)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::tokens::tokenize;

    fn read(text: &str) -> Option<(Measure, f64)> {
        let tokens = tokenize(text);
        let taken = vec![false; tokens.len()];
        measure_after(&tokens, &taken, 1, false, 1.0).map(|read| (read.measure, read.plus))
    }

    #[test]
    fn the_sentence_a_figure_looks_at_is_bounded() {
        // A run of figures left as one sentence: each looks a bounded way, not at all of them.
        let run = vec!["45m"; 5 * NEARBY].join(", ");
        let tokens = tokenize(&run);
        assert_eq!(nearby(&tokens, 0), 0..NEARBY);
        assert_eq!(nearby(&tokens, 3 * NEARBY), 2 * NEARBY..4 * NEARBY);
        assert_eq!(nearby(&tokens, tokens.len() - 1).end, tokens.len());
        // Within a real sentence nothing changes: another length in it makes `45m` metres.
        let tokens = tokenize("The balloon rose 45m, then drifted 12 km east.");
        assert!(super::super::letters::m_is_metres(&tokens, 4));
    }

    #[test]
    fn no_common_word_is_read_as_a_misspelt_unit() {
        let table = include_str!("../../lexicon/data/background/word_frequencies.txt");
        let misread: Vec<&str> = table
            .lines()
            .filter(|line| !line.starts_with('#'))
            .flat_map(|line| line.split_whitespace().skip(1))
            .filter(|word| UNITS.get(word).is_none())
            .filter(|word| misspelt_unit(&tokenize(word)[0]).is_some())
            .collect();
        assert!(misread.is_empty(), "{misread:?}");
        assert!(misspelt_unit(&tokenize("centigrate")[0]).is_some());
        assert!(misspelt_unit(&tokenize("kilomteres")[0]).is_some());
    }

    #[test]
    fn forms_glued_spaced_and_of_several_tokens() {
        assert_eq!(read("45 km"), Some((Measure::Kilometre, 0.0)));
        assert_eq!(read("45km/h"), Some((Measure::KilometrePerHour, 0.0)));
        assert_eq!(read("300 °C"), Some((Measure::DegreeCelsius, 0.0)));
        assert_eq!(read("40C"), Some((Measure::DegreeCelsius, 0.0)));
        assert_eq!(read("12 sq km"), Some((Measure::SquareKilometre, 0.0)));
        assert_eq!(read("30-foot wave"), Some((Measure::Foot, 0.0)));
        assert_eq!(read("5 ft 6 in"), Some((Measure::Foot, 0.5)));
        assert_eq!(read("9 million"), None);
        // A slash spaced as some copy spaces it is still one unit; a spaced slash after a unit
        // that no unit goes on from leaves the unit as it was.
        assert_eq!(read("193km / h"), Some((Measure::KilometrePerHour, 0.0)));
        assert_eq!(read("193 km / h"), Some((Measure::KilometrePerHour, 0.0)));
        assert_eq!(read("10 m / s"), Some((Measure::MetrePerSecond, 0.0)));
        assert_eq!(read("5 km / day"), Some((Measure::Kilometre, 0.0)));
        assert_eq!(
            read("120 mph / 193 km/h"),
            Some((Measure::MilePerHour, 0.0))
        );
    }

    #[test]
    fn letters_that_are_other_words_are_units_only_in_their_place() {
        assert_eq!(read("11c"), None, "cents");
        assert_eq!(read("5G network"), None, "a network");
        assert_eq!(read("5 F Block"), None, "a name's letter");
        assert_eq!(read("2 in 5 voters"), None, "a preposition");
        assert_eq!(read("2 in thick"), Some((Measure::Inch, 0.0)));
        assert_eq!(read("45m people"), None);
        assert_eq!(read("45m yacht"), Some((Measure::Metre, 0.0)));
        assert_eq!(read("45m last year"), None);
        assert_eq!(read("45 m"), Some((Measure::Metre, 0.0)));
        assert_eq!(read("500 pounds in fines"), None, "money");
        assert_eq!(read("500 pounds ($640)"), None, "money");
        assert_eq!(read("5 pounds of cocaine"), Some((Measure::Pound, 0.0)));
        assert_eq!(read("260 pounds"), Some((Measure::Pound, 0.0)));
        assert_eq!(read("20 (kg)"), Some((Measure::Kilogram, 0.0)));
    }
}
