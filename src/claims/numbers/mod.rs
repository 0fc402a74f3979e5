//! Numbers: finds the numeric claims of a sentence in its tokens and reads each as a
//! [`Quantity`]: digits (`6,700`, `80.1`, `100 000`), number words (`twenty-three`, via
//! text2num), scales (`1.2 million`, `3bn`, `$5m`), vague amounts (`hundreds`, `tens of
//! thousands`, `several`), fractions (`half`, `a third`), ranges (`between 100,000 and
//! 220,000`, `60% to 70%`, `100,000-220,000`), qualifiers (`more than`, `up to`, `nearly`,
//! `as low as`), ages, durations, money, percentages, and the direction of a change (`rose 2%`).
//!
//! It also refuses what only looks like a quantity: times (`9:30`), phone numbers, sports scores
//! (`won 3-1`), names with digits (`G7`, `F-16`, `Covid-19`), references (`page 5`, `No. 10`),
//! versions (`2.4.1`) and decades (`'90s`). Dates are found first ([`super::dates`]) and their
//! tokens are never read as numbers.
//!
//! Takes a sentence's tokens (and which of them dates already took); hands on [`FoundNumber`]s.
//! This file finds and assembles; each step is a file of its own: [`lookalikes`] refuses,
//! [`atom`] reads one figure, [`ranges`] joins two, [`qualifiers`] bounds and directs, [`units`]
//! reads ages and durations, [`measures`] units of measurement, [`noun`] attaches what is counted, and [`words`] finds the phrases of
//! the lexicon's mapped lists and gives their values this reader's types. The words themselves
//! are data in [`crate::lexicon`].

mod atom;
mod lookalikes;
mod measures;
mod noun;
mod qualifiers;
mod ranges;
mod units;
mod words;

use std::ops::Range;

use super::tokens::Token;
use super::{Quantity, Unit};
pub use atom::scale_of;
use atom::{Atom, atom_at};
use lookalikes::mark_excluded;
use noun::{crowd_noun_before, noun_after};
use qualifiers::{apply_qualifier, direction_before, trailing_qualifier};
use ranges::{join_range, range_after, range_follows};
use units::{is_name_age, time_unit_after};
use words::{QUALIFIERS, phrases_at};

/// A number found in a sentence: the tokens of its own words (qualifier, value, unit) and what
/// it counts, when a noun follows it.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundNumber {
    pub tokens: Range<usize>,
    pub quantity: Quantity,
    pub noun: Option<String>,
}

/// Every number claim of a sentence, in order; marks the tokens each takes in `taken`.
pub fn find(tokens: &[Token], taken: &mut [bool]) -> Vec<FoundNumber> {
    mark_excluded(tokens, taken);
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if taken[i] {
            i += 1;
            continue;
        }
        match read_number(tokens, taken, i) {
            Some(number) => {
                taken[number.tokens.clone()].fill(true);
                i = number.tokens.end;
                found.push(number);
            }
            None => i += 1,
        }
    }
    found
}

/// The words `words` stand at token `i` ("-" matching a glued hyphen).
fn words_at(tokens: &[Token], i: usize, words: &[&str]) -> bool {
    words.iter().enumerate().all(|(k, word)| {
        tokens.get(i + k).is_some_and(|t| {
            if *word == "-" {
                t.is_symbol("-") && t.glued
            } else {
                t.is_word(word)
            }
        })
    })
}

/// After a change word, `first` to `second` is the change and the level it reached ("fell 0.3%
/// to 4.1%", "rose 4.2% to 218p"), not a range ("increased 10 to 15 percent", "could lose $5 to
/// $10 billion", "dropped 5% to 7%"): the change states its own unit, the scale of the second
/// does not reach back to it, and the two differ in unit, or the level is far from the change
/// (more than four times it) or below it. Close figures in one unit read as a range, as a
/// reader takes them.
fn change_then_level(first: &Atom, second: &Atom) -> bool {
    let own_unit = first.unit != Unit::Count;
    let scale_reaches_back = second.scaled && !first.scaled;
    let far = second.low > 4.0 * first.high || second.high < first.low;
    own_unit && !scale_reaches_back && (second.unit != first.unit || far)
}

/// Reads a whole number claim starting at token `i`, if one starts there.
fn read_number(tokens: &[Token], taken: &[bool], i: usize) -> Option<FoundNumber> {
    // A qualifier, a "between"/"from" or a direction word may precede the number itself.
    let qualifier = phrases_at(tokens, taken, i, &QUALIFIERS).next();
    let (qualifier, core_start) = match qualifier {
        Some((_, &kind, length)) if atom_at(tokens, taken, i + length).is_some() => {
            (Some(kind), i + length)
        }
        _ => (None, i),
    };
    let between =
        qualifier.is_none() && (tokens[i].is_word("between") || tokens[i].is_word("from"));
    let core_start = if between { i + 1 } else { core_start };
    let mut atom = atom_at(tokens, taken, core_start)?;
    if between && !range_follows(tokens, taken, &atom) {
        // "from 10" without "to": the number alone, without "from".
        return read_number(tokens, taken, core_start);
    }

    // Ranges: between A and B, from A to B, A to B, A-B, A–B. But a change followed by `to`
    // may be a change and the level it reached, two figures (see `change_then_level`).
    if let Some(second) = range_after(tokens, taken, &atom, tokens[i].is_word("between")) {
        let changed = !between
            && tokens[atom.end].is_word("to")
            && direction_before(tokens, if qualifier.is_some() { i } else { atom.start }).is_some();
        if !(changed && change_then_level(&atom, &second)) {
            atom = join_range(atom, second);
        }
    }

    let mut end = atom.end;
    let mut exactness = atom.exactness;
    let (mut low, mut high) = (Some(atom.low), Some(atom.high));

    // Trailing qualifiers: "or more", "-plus", "or so".
    let trailing = trailing_qualifier(tokens, end);
    if let Some((_, length)) = trailing {
        end += length;
    }
    apply_qualifier(
        qualifier.or(trailing.map(|(q, _)| q)),
        &mut exactness,
        &mut low,
        &mut high,
    );

    let start = if between || qualifier.is_some() {
        i
    } else {
        atom.start
    };
    let direction = direction_before(tokens, start);
    // "fell -2.7%": the direction says which way, and the sign only repeats it.
    if direction.is_some() && atom.high < 0.0 {
        (low, high) = (high.map(|h| -h), low.map(|l| -l));
    }
    let mut unit = atom.unit;

    // Ages and durations read the words after the number.
    let (age_or_duration, after_unit) = time_unit_after(tokens, end, &atom);
    if let Some(time_unit) = age_or_duration {
        unit = time_unit;
        end = after_unit;
    } else if unit == Unit::Count
        && (is_name_age(tokens, atom.start, atom.end, atom.low)
            || (atom.start >= 1 && tokens[atom.start - 1].is_word("aged")))
    {
        unit = Unit::Age;
    }
    let span_start =
        if unit == Unit::Age && atom.start >= 1 && tokens[atom.start - 1].is_word("aged") {
            atom.start - 1
        } else {
            start
        };

    let noun = match unit {
        Unit::Count | Unit::Percent | Unit::Money(_) => noun_after(tokens, end, &atom, &unit)
            .or_else(|| {
                (unit == Unit::Count)
                    .then(|| crowd_noun_before(tokens, span_start))
                    .flatten()
            }),
        Unit::Measure(_) if measures::noun_may_follow(tokens, span_start, end) => {
            noun_after(tokens, end, &atom, &unit)
        }
        _ => None,
    };

    Some(FoundNumber {
        tokens: span_start..end,
        quantity: Quantity {
            low,
            high,
            exactness,
            direction,
            unit,
        },
        noun,
    })
}

#[cfg(test)]
mod tests;
