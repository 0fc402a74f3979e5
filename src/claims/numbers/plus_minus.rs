//! A value and its tolerance: takes the numbers of a sentence, in order, and hands them on with
//! "X ± Y", "X +/- Y" and "X plus or minus Y" joined into the range X − Y to X + Y, in the unit
//! written ("12.5 ± 0.5 grams" is 12 to 13 g). Science and engineering copy states a measured
//! value so; read apart, X would be a bare count and Y a figure of its own.
//!
//! A tolerance with no value before it stays a figure ("a margin of error of plus or minus 3
//! points" is 3 points): only two figures joined by the sign are joined here.

use super::super::tokens::Token;
use super::super::{Exactness, Quantity, Unit};
use super::FoundNumber;

/// Joins each value and the tolerance after it into one range.
pub(super) fn join_tolerances(tokens: &[Token], found: &mut Vec<FoundNumber>) {
    let mut i = 0;
    while i + 1 < found.len() {
        if let Some(joined) = tolerance(tokens, &found[i], &found[i + 1]) {
            found[i] = joined;
            found.remove(i + 1);
        }
        i += 1;
    }
}

/// `value` then `tolerance`, joined by a plus-minus sign: the range they state.
fn tolerance(
    tokens: &[Token],
    value: &FoundNumber,
    tolerance: &FoundNumber,
) -> Option<FoundNumber> {
    let (x, y) = (&value.quantity, &tolerance.quantity);
    let gap = tokens.get(value.tokens.end..tolerance.tokens.start)?;
    // "40 plus or minus 2": the reader took "plus" as the value's bound ("40-plus").
    let plus_taken = value
        .tokens
        .end
        .checked_sub(1)
        .is_some_and(|k| tokens[k].is_word("plus"));
    let sign = match gap {
        [sign] => sign.is_symbol("±"),
        [plus, middle, minus] => {
            (plus.is_symbol("+") && middle.is_symbol("/") && minus.is_symbol("-"))
                || (plus.is_word("plus") && middle.is_word("or") && minus.is_word("minus"))
        }
        [or, minus] => plus_taken && or.is_word("or") && minus.is_word("minus"),
        _ => false,
    };
    if !sign || x.exactness == Exactness::Range || y.exactness == Exactness::Range {
        return None;
    }
    // A bound's one end is the value written ("no more than 2,000.45 ± 0.01").
    let centre = match x.exactness {
        Exactness::UpperBound => x.high,
        _ => x.low,
    }?;
    let half = y.low.or(y.high)?.abs();
    let unit = match x.unit {
        Unit::Count => y.unit,
        own => own,
    };
    Some(FoundNumber {
        tokens: value.tokens.start..tolerance.tokens.end,
        quantity: Quantity {
            low: Some(centre - half),
            high: Some(centre + half),
            exactness: Exactness::Range,
            direction: x.direction,
            unit,
        },
        noun: tolerance.noun.clone().or_else(|| value.noun.clone()),
    })
}
