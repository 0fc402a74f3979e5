//! Ranges: takes a first [`Atom`] and hands on the range it opens, if one follows ("between A
//! and B", "from A to B", "A-B", "A–B", "A - B", "A through B", "A~B"), joined into one atom with
//! the scale written once applied to both ends ("between 1.2 and 1.5 million", "$3-4 million");
//! and takes a bound read whole and hands on the interval it makes with an opposite bound joined
//! to it ("more than 30 but less than 40", "at most 100 and at least 20").

use super::super::tokens::{Token, TokenKind};
use super::super::{Exactness, Quantity, Unit};
use super::FoundNumber;
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
    let next = tokens.get(joined_at + 1);
    let next_glued = next.is_some_and(|t| t.glued);
    // A hyphen joins when glued on both sides (`20-30`), or spaced on both between digits (`1000
    // - 5000`; `fifty - two` is one number spaced out); glued to the second alone it is that
    // number's sign (`75 -300mm`, `5% -10%`).
    let digits_around = tokens[joined_at - 1].kind == TokenKind::Digits
        && next.is_some_and(|t| t.kind == TokenKind::Digits);
    let hyphen = joiner.is_symbol("-")
        && if joiner.glued {
            next_glued
        } else {
            !next_glued && digits_around
        };
    let or = joiner.is_word("or");
    let is_joiner = joiner.is_word("to")
        || joiner.is_word("through")
        || or
        || (after_between && joiner.is_word("and"))
        || hyphen
        || joiner.is_symbol("~\u{2013}");
    if !is_joiner || first.exactness == Exactness::Range || first.unit == Unit::Age {
        return None;
    }
    let second = atom_at(tokens, taken, joined_at + 1)?;
    let compatible_units =
        first.unit == second.unit || first.unit == Unit::Count || second.unit == Unit::Count;
    let joined = compatible_units && second.exactness != Exactness::Range;
    (joined && (!or || or_spread(first, &second))).then_some(second)
}

/// Most times the second figure of "A or B" may be the first and still make a spread.
const OR_SPREAD_RATIO: f64 = 4.0;

/// "two or three people", "40 or 50 of them", "1 or 2 percent": two exact figures joined by `or`,
/// the second above the first and at most [`OR_SPREAD_RATIO`] times it, are one uncertain figure,
/// as "two to three" is. A choice between far-apart figures ("5 or 50 years"), a descending pair
/// ("12 or 10 staff") or a restatement in another unit ("300 points or 1.1%") stay two figures.
fn or_spread(first: &Atom, second: &Atom) -> bool {
    let exact = |a: &Atom| a.exactness == Exactness::Exact && a.low == a.high;
    // "two or three million", "40 or 50 million euros": the scale written once, as in a range.
    let (joined, descending) = join_range(first.clone(), second.clone());
    exact(first)
        && exact(second)
        && joined.low > 0.0
        && !descending
        && joined.high > joined.low
        && joined.high <= joined.low * OR_SPREAD_RATIO
        && (first.unit == second.unit || first.unit == Unit::Count)
}

/// "voted by 52% to 48%", "backed the deal by 60% to 40%": after `by` with no word of change
/// before it (the caller checks), two figures that each write the same unit and are joined by
/// `to` are the shares of a split, two figures; "cut by 40% to 50%" stays a range. Written high
/// to low with no `by` ("the vote was 52% to 48%", "leads 47% to 43%") they are a split too: a
/// range is written low to high, and a fall opens with `from` (the caller reads it).
pub(super) fn is_split(tokens: &[Token], before: usize, first: &Atom, second: &Atom) -> bool {
    let word_before = |word: &str| before > 0 && tokens[before - 1].is_word(word);
    let descending = first.low > second.high && !word_before("from") && !word_before("between");
    (word_before("by") || descending)
        && tokens.get(first.end).is_some_and(|t| t.is_word("to"))
        && first.unit != Unit::Count
        && first.unit == second.unit
}

/// The largest scale (quintillion to thousand) a scaled value reaches, else 1.
pub(super) fn scale_reached(value: f64) -> f64 {
    [1e18, 1e15, 1e12, 1e9, 1e6, 1e3]
        .into_iter()
        .find(|s| value >= *s)
        .unwrap_or(1.0)
}

/// One range atom from its two ends, and whether they were written high to low ("from 6.1 to 5.9
/// percent": a fall, when `from` opens it).
pub(super) fn join_range(first: Atom, second: Atom) -> (Atom, bool) {
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
    let descending = low > high;
    let (low, high) = if descending { (high, low) } else { (low, high) };
    let atom = Atom {
        start: first.start,
        end: second.end,
        low,
        high,
        exactness: Exactness::Range,
        unit,
        scaled: first.scaled || second.scaled,
        of_noun: false,
    };
    (atom, descending)
}

/// A lower and an upper bound joined by `and`, `but` or a comma make one interval: "more than 30
/// but less than 40" is 30-40, "at most 100 and at least 20 apples" 20-100. `read` reads the
/// figure starting at a token. Only right after the first figure (a noun between starts another
/// claim: "at least 20 dead and up to 100 missing"), only bounds of opposite kinds that leave
/// room between them ("more than 40 and less than 10" are two claims), in units that agree.
pub(super) fn bound_pair(
    tokens: &[Token],
    first: FoundNumber,
    read: impl Fn(usize) -> Option<FoundNumber>,
) -> FoundNumber {
    let bound = |q: &Quantity| matches!(q.exactness, Exactness::LowerBound | Exactness::UpperBound);
    if !bound(&first.quantity) {
        return first;
    }
    let mut k = first.tokens.end;
    if tokens.get(k).is_some_and(|t| t.is_symbol(",")) {
        k += 1;
    }
    if tokens
        .get(k)
        .is_some_and(|t| t.is_word("and") || t.is_word("but"))
    {
        k += 1;
    }
    if k == first.tokens.end {
        return first;
    }
    let Some(second) = read(k).filter(|second| {
        second.tokens.start == k
            && bound(&second.quantity)
            && second.quantity.exactness != first.quantity.exactness
            && second.quantity.direction.is_none()
    }) else {
        return first;
    };
    let (a, b) = (&first.quantity, &second.quantity);
    let (low, high) = if a.exactness == Exactness::LowerBound {
        (a.low, b.high)
    } else {
        (b.low, a.high)
    };
    let units_agree = a.unit == b.unit || a.unit == Unit::Count || b.unit == Unit::Count;
    if !units_agree || low.zip(high).is_none_or(|(low, high)| low >= high) {
        return first;
    }
    let unit = if a.unit == Unit::Count {
        b.unit
    } else {
        a.unit
    };
    FoundNumber {
        tokens: first.tokens.start..second.tokens.end,
        quantity: Quantity {
            low,
            high,
            exactness: Exactness::Range,
            direction: a.direction,
            unit,
        },
        noun: second.noun.or(first.noun),
    }
}
