//! Ranges: takes a first [`Atom`] and hands on the range it opens, if one follows ("between A
//! and B", "from A to B", "A-B", "A–B"), joined into one atom with the scale written once
//! applied to both ends ("between 1.2 and 1.5 million").

use super::super::tokens::Token;
use super::super::{Exactness, Unit};
use super::atom::{Atom, atom_at};

pub(super) fn range_follows(tokens: &[Token], taken: &[bool], atom: &Atom) -> bool {
    range_after(tokens, taken, atom, true).is_some()
}

/// The second number of a range right after `first`, if there is one.
pub(super) fn range_after(
    tokens: &[Token],
    taken: &[bool],
    first: &Atom,
    after_between: bool,
) -> Option<Atom> {
    // "8- to 16-metre": the first figure's hyphen waits for the unit the second one states.
    let dangling = tokens
        .get(first.end)
        .is_some_and(|t| t.is_symbol("-") && t.glued)
        && tokens
            .get(first.end + 1)
            .is_some_and(|t| !t.glued && t.is_word("to"));
    let joined_at = first.end + usize::from(dangling);
    let joiner = tokens.get(joined_at)?;
    let is_joiner = joiner.is_word("to")
        || (after_between && joiner.is_word("and"))
        || (joiner.is_symbol("-")
            && joiner.glued
            && tokens.get(first.end + 1).is_some_and(|t| t.glued))
        || joiner.is_symbol("\u{2013}");
    if !is_joiner || first.exactness == Exactness::Range || first.unit == Unit::Age {
        return None;
    }
    let second = atom_at(tokens, taken, joined_at + 1)?;
    let compatible_units =
        first.unit == second.unit || first.unit == Unit::Count || second.unit == Unit::Count;
    (compatible_units && second.exactness != Exactness::Range).then_some(second)
}

/// The largest scale (trillion, billion, million, thousand) a scaled value reaches, else 1.
fn scale_reached(value: f64) -> f64 {
    [1e12, 1e9, 1e6, 1e3]
        .into_iter()
        .find(|s| value >= *s)
        .unwrap_or(1.0)
}

/// One range atom from its two ends.
pub(super) fn join_range(first: Atom, second: Atom) -> Atom {
    let (mut low, mut high) = (first.low, second.high);
    // "between 1.2 and 1.5 million": the scale written once applies to both.
    // Only where the scale keeps the ends in order: "200 to one thousand" is 200-1,000, not
    // 200,000-1,000.
    if second.scaled && !first.scaled && first.low < 1000.0 && second.high >= 1000.0 {
        let scaled = first.low * scale_reached(second.high);
        if scaled <= second.high {
            low = scaled;
        }
    }
    if first.scaled && !second.scaled && second.high < 1000.0 && first.low >= 1000.0 {
        let scaled = second.high * scale_reached(first.low);
        if scaled >= first.low {
            high = scaled;
        }
    }
    let unit = if first.unit == Unit::Count {
        second.unit
    } else {
        first.unit
    };
    let (low, high) = if low <= high {
        (low, high)
    } else {
        (high, low)
    };
    Atom {
        start: first.start,
        end: second.end,
        low,
        high,
        exactness: Exactness::Range,
        unit,
        scaled: first.scaled || second.scaled,
        of_noun: false,
        ordinal: false,
    }
}
