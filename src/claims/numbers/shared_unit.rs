//! A unit shared over a conjunction: takes the numbers of a sentence, in order, and hands them
//! on with a bare first figure given the unit written once after the last: "given 45 and 50 mg",
//! "rose 5 and 10 percent", "tariffs of 10, 15 and 25 percent", "for 3 or 4 hours". News copy
//! writes the unit once for the list; read alone, the first figures would be bare counts.
//!
//! Only a figure with nothing after it but `and`, `or` or a comma before the next number takes
//! the unit, and only a unit written after the number (a percent, a measure, a duration, a
//! currency word): a count with its own noun ("3 men and 2 women") keeps its own, a currency
//! symbol ("$5 and 10") stands before its own figure only, and years are dates, never read here.

use super::super::tokens::{Token, TokenKind};
use super::super::{Exactness, Unit};
use super::FoundNumber;

/// Gives each bare figure of a list the unit of the figure after it, the last unit first, so
/// that "10, 15 and 25 percent" reaches back through the whole list.
pub(super) fn share_units(tokens: &[Token], found: &mut [FoundNumber]) {
    // Whether the figure at `i + 1` is part of a list joined by `and`/`or` (a comma alone joins
    // only a list that ends so: "Of the 120, 45 percent" is two figures).
    let mut listed = false;
    for i in (0..found.len().saturating_sub(1)).rev() {
        let (before, after) = found.split_at_mut(i + 1);
        let (first, second) = (&mut before[i], &after[0]);
        let joined = join_between(tokens, first.tokens.end, second.tokens.start);
        let takes = match joined {
            Some(Join::Word) => true,
            Some(Join::Comma) => listed,
            None => false,
        } && is_bare(first)
            && unit_written_after(tokens, second);
        if takes {
            first.quantity.unit = second.quantity.unit;
            if second_may_inherit(first, second) {
                // "fell 3 and 4 per cent": both fell; the direction is written before the list.
                after[0].quantity.direction = before[i].quantity.direction;
            }
        }
        listed = takes;
    }
}

/// What joins two figures.
enum Join {
    /// `and`, `or`, `, and`, `, or`.
    Word,
    /// A comma alone.
    Comma,
}

/// The tokens between two figures are only a conjunction or a comma.
fn join_between(tokens: &[Token], end: usize, start: usize) -> Option<Join> {
    let conjunction = |t: &Token| t.is_word("and") || t.is_word("or");
    match tokens.get(end..start)? {
        [word] if conjunction(word) => Some(Join::Word),
        [comma, word] if comma.is_symbol(",") && conjunction(word) => Some(Join::Word),
        [comma] if comma.is_symbol(",") => Some(Join::Comma),
        _ => None,
    }
}

/// A lone figure: a count of nothing named, one value or an approximation of one.
fn is_bare(number: &FoundNumber) -> bool {
    number.quantity.unit == Unit::Count
        && number.noun.is_none()
        && matches!(
            number.quantity.exactness,
            Exactness::Exact | Exactness::Approximate
        )
}

/// The figure's unit is one written after its number: it starts with digits or a number word,
/// and its unit is a share, a measure, a duration or money named in words.
fn unit_written_after(tokens: &[Token], number: &FoundNumber) -> bool {
    let starts_with_number = tokens
        .get(number.tokens.start)
        .is_some_and(|t| t.kind != TokenKind::Symbol);
    starts_with_number
        && matches!(
            number.quantity.unit,
            Unit::Percent
                | Unit::PercentagePoints
                | Unit::Measure(_)
                | Unit::Duration(_)
                | Unit::Money(_)
        )
}

/// The second figure states no direction of its own and the first does.
fn second_may_inherit(first: &FoundNumber, second: &FoundNumber) -> bool {
    second.quantity.direction.is_none() && first.quantity.direction.is_some()
}
