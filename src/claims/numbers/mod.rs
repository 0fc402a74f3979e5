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
//! reads ages and durations ([`durations`] the words standing for a number before a unit of
//! time, [`ages`] the decades of a life), [`measures`] units of measurement, [`noun`] attaches
//! what is counted, and [`words`] finds the phrases of
//! the lexicon's mapped lists and gives their values this reader's types. The words themselves
//! are data in [`crate::lexicon`].

mod ages;
mod angles;
mod article_unit;
mod atom;
mod cardinal;
mod durations;
mod finance;
mod fractions;
mod letters;
mod lookalikes;
mod markup;
mod measures;
mod money;
mod notation;
mod noun;
mod plus_minus;
mod qualifiers;
mod ranges;
mod restated;
mod shared_unit;
mod spelled;
mod units;

mod words;

use std::ops::Range;

use super::tokens::{Token, TokenKind};
use super::{Direction, Exactness, Quantity, Unit};
use crate::lexicon::{is_negative_sign, is_spread_word};
pub use atom::scale_of;
use atom::{Atom, atom_at};
use lookalikes::mark_excluded;
pub(crate) use markup::mark_markup;
use noun::noun_after;
use plus_minus::join_tolerances;
use qualifiers::{
    Qualifier, apply_qualifier, direction_after, direction_before, leading_qualifier,
    moves_nothing, trailing_qualifier,
};
use ranges::{bound_pair, is_split, join_range, range_after, range_follows, scale_reached};
use restated::inherit_from_restated;
use shared_unit::share_units;
use units::{TimeRead, age_before, is_name_age, time_after};

/// A number found in a sentence: the tokens of its own words (qualifier, value, unit) and what
/// it counts, when a noun follows it.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundNumber {
    pub tokens: Range<usize>,
    pub quantity: Quantity,
    pub noun: Option<String>,
}

/// The currency a symbol names (`$`, `€`), where it names one.
pub(crate) fn symbol_currency(symbol: &str) -> Option<super::Currency> {
    words::CURRENCY_SYMBOLS
        .get(symbol)
        .and_then(|money| money.currency)
}

/// Every number claim of a sentence, in order; marks the tokens each takes in `taken`.
pub fn find(tokens: &[Token], taken: &mut [bool]) -> Vec<FoundNumber> {
    // "in his 50s" is an age: read before the look-alikes refuse "50s" as a decade.
    let mut found = ages::decade_ages(tokens, taken);
    mark_excluded(tokens, taken);
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
    // The decade ages were read first: put every figure in the order of the text before a
    // restatement looks at the figure before it.
    found.sort_by_key(|number| number.tokens.start);
    join_tolerances(tokens, &mut found);
    share_units(tokens, &mut found);
    inherit_from_restated(tokens, &mut found);
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
/// to 4.1%", "rose 4.2% to 218p", "rose by 45,000 to 1.35 million"), not a range ("increased
/// 10 to 15 percent", "could lose $5 to $10 billion", "dropped 5% to 7%", "cut 1,500 to 2,000
/// jobs"): the scale of the second does not reach back to the first, and the two differ in unit,
/// or the level is far from the change (more than four times it) or below it. A bare count must
/// be farther (ten times), or the change marked by `by` (`by_before`), or no counted noun follow
/// the level (`counted_after`): "cut 10 to 50 jobs" is a range of jobs, "rose by 5 to 50" and
/// "the toll rose 12 to 57" a change and a level. Close figures in one unit read as a
/// range, as a reader takes them.
fn change_then_level(first: &Atom, second: &Atom, by_before: bool, counted_after: bool) -> bool {
    // A scale reaches back only to a figure of the same unit that it leaves under the second
    // ("$5 to $10 billion", "2 to 3 million"), never to a percentage ("declined 3.2% to 1.17
    // billion units") nor past the level ("45,000 to 1.35 million" is no 45 billion).
    let scale_reaches_back = second.scaled
        && !first.scaled
        && second.unit == first.unit
        && first.high * scale_reached(second.high) <= second.high;
    let far = second.low > 4.0 * first.high || second.high < first.low;
    // With no counted noun after the second figure, its subject is what moved ("the death toll
    // rose 12 to 57"): a change and its level; a range of counts names them ("cut 1,500 to
    // 2,000 jobs").
    let level_above = !counted_after && second.unit == Unit::Count && second.low > first.high;
    let counted_far = by_before && far || second.low > 10.0 * first.high || level_above;
    let own_unit = first.unit != Unit::Count;
    !scale_reaches_back
        && (own_unit && (second.unit != first.unit || far) || !own_unit && counted_far)
}

/// Reads a whole number claim starting at token `i`, if one starts there: one figure, or two
/// bounds that make an interval ("more than 30 but less than 40").
fn read_number(tokens: &[Token], taken: &[bool], i: usize) -> Option<FoundNumber> {
    let first = read_figure(tokens, taken, i)?;
    Some(bound_pair(tokens, first, |k| read_figure(tokens, taken, k)))
}

/// Reads one figure starting at token `i`, with its qualifier, range, unit and direction.
fn read_figure(tokens: &[Token], taken: &[bool], i: usize) -> Option<FoundNumber> {
    if i >= tokens.len() {
        return None;
    }
    // A qualifier, a "between"/"from" or a direction word may precede the number itself.
    let (qualifier, core_start) = match leading_qualifier(tokens, taken, i) {
        Some((kind, length)) if atom_at(tokens, taken, i + length).is_some() => {
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
        return read_figure(tokens, taken, core_start);
    }

    // Ranges: between A and B, from A to B, A to B, A-B, A–B. But a change followed by `to`
    // may be a change and the level it reached, two figures (see `change_then_level`).
    let mut falling = false;
    if let Some(second) = range_after(tokens, taken, &atom, tokens[i].is_word("between")) {
        let before = if qualifier.is_some() { i } else { atom.start };
        let moved = direction_before(tokens, before, atom.unit).is_some();
        let changed = !between && tokens[atom.end].is_word("to") && moved;
        let split = !moved && is_split(tokens, before, &atom, &second);
        let by_before = before > 0 && tokens[before - 1].is_word("by");
        let counted_after =
            changed && noun_after(tokens, second.end, &second, &second.unit).is_some();
        if !(changed && change_then_level(&atom, &second, by_before, counted_after) || split) {
            // "between negative ten and fifteen": in a range a sign word is the first end's,
            // whatever its unit (alone, "negative 2 days later" is no reading).
            if atom.start > core_start && is_negative_sign(&tokens[atom.start - 1].lower()) {
                (atom.low, atom.high) = (-atom.high, -atom.low);
                atom.start -= 1;
            }
            let descending;
            (atom, descending) = join_range(atom, second);
            // "from 6.1 to 5.9 percent": a fall, not a range written backwards; but "ranged
            // from -18 to -34" is a spread.
            let spread = i > 0 && is_spread_word(&tokens[i - 1].lower());
            falling = descending && tokens[i].is_word("from") && !spread;
        }
    }

    let mut end = atom.end;
    let mut exactness = atom.exactness;
    let (mut low, mut high) = (Some(atom.low), Some(atom.high));

    // Trailing qualifiers: "or more", "-plus", "or so". A bound after the figure says more than
    // an approximation before it ("about five hundred or more" is at least 500).
    let trailing = trailing_qualifier(tokens, taken, end);
    if let Some((_, length)) = trailing {
        end += length;
    }
    let qualifier = match (qualifier, trailing.map(|(q, _)| q)) {
        (Some(Qualifier::Approximate) | None, Some(bound)) => Some(bound),
        (leading, _) => leading,
    };
    apply_qualifier(qualifier, &mut exactness, &mut low, &mut high);

    let start = if between || core_start > i {
        i
    } else {
        atom.start
    };
    let mut direction = direction_before(tokens, start, atom.unit)
        .or_else(|| direction_after(tokens, start, end, atom.unit))
        .or(falling.then_some(Direction::Down));
    // "fell -2.7%": the direction says which way, and the sign only repeats it. Not for a range,
    // whose ends are levels ("fell from -5 to -10 degrees"). "grew -1.5%": a rise by less than
    // nothing is a fall, and the sign says so (it was read as up 1.5%).
    if direction.is_some() && atom.high < 0.0 && atom.exactness != Exactness::Range {
        (low, high) = (high.map(|h| -h), low.map(|l| -l));
        if direction == Some(Direction::Up) {
            direction = Some(Direction::Down);
        }
    }
    let mut unit = atom.unit;

    // Ages and durations read the words around the number.
    match time_after(tokens, taken, end, &atom) {
        TimeRead::Label => return None,
        TimeRead::Time {
            unit: time_unit,
            end: after_unit,
            scale,
            add,
            exact,
        } => {
            unit = time_unit;
            end = after_unit;
            // "spend £3.2bn over five years": the period, not "more than five years".
            if matches!(unit, Unit::Duration(_))
                && core_start == i + 1
                && tokens[i].is_word("over")
                && durations::over_is_period(tokens, i)
            {
                exactness = atom.exactness;
                (low, high) = (Some(atom.low), Some(atom.high));
            }
            low = low.map(|value| value * scale + add);
            high = high.map(|value| value * scale + add);
            if !exact && exactness == Exactness::Exact {
                exactness = Exactness::Approximate;
            }
        }
        TimeRead::Nothing => {
            if unit == Unit::Count
                && (is_name_age(tokens, atom.start, atom.end, atom.low)
                    || age_before(tokens, atom.start).is_some())
            {
                unit = Unit::Age;
            }
        }
    }
    // "his season yardage to 4,183": a count with no unit takes the unit its noun names.
    let word_follows = tokens.get(end).is_some_and(|t| {
        t.kind == TokenKind::Word
            && t.text.starts_with(char::is_lowercase)
            && !crate::lexicon::is_noun_stop(t.text)
    });
    if unit == Unit::Count
        && !word_follows
        && let Some(measure) = measures::unit_noun_before(tokens, start)
    {
        unit = Unit::Measure(measure);
    }
    let span_start = match unit {
        Unit::Age | Unit::AgeIn(_) => {
            age_before(tokens, atom.start).map_or(start, |s| s.min(start))
        }
        _ => start,
    };

    let noun = match unit {
        // A figure with no noun after it may take one from its clause ("Police put the crowd at
        // 120,000"): read with the clause, in `context`.
        Unit::Count | Unit::Percent | Unit::Money(_) => noun_after(tokens, end, &atom, &unit),
        Unit::Measure(_) if measures::noun_may_follow(tokens, span_start, end) => {
            noun_after(tokens, end, &atom, &unit)
        }
        _ => None,
    };
    let direction = direction.filter(|_| !moves_nothing(tokens, start, unit, noun.as_deref()));
    // A unit's scale can take a figure past what a float holds: refused, as atom.rs refuses one
    // written too big (an infinite bound is no bound, and matched any figure).
    if [low, high].iter().flatten().any(|v| !v.is_finite()) {
        return None;
    }

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
