//! Restated figures: takes the numbers of a sentence, in order, and hands them on with a figure
//! that restates the one before it in another unit given that one's direction and qualifier:
//! "shed 240 points, or 0.8%" (both down), "more than £80 million ($100 million)" (both lower
//! bounds), "rose 2.1 percent, or £6,000". A conversion or a share of the same change claims
//! what the first figure claims; written alone it would read as a plain level.

use super::super::Exactness;
use super::super::tokens::Token;
use super::FoundNumber;
use super::qualifiers::NEAR;
use super::words::word_of;
use crate::lexicon::{is_measure_noun, is_noun_stop};

/// Gives each figure that restates the one before it that figure's direction and qualifier,
/// where it states none of its own.
pub(super) fn inherit_from_restated(tokens: &[Token], found: &mut [FoundNumber]) {
    for i in 1..found.len() {
        let (before, after) = found.split_at_mut(i);
        let (first, second) = (&before[i - 1], &mut after[0]);
        if !restates(tokens, first, second) {
            continue;
        }
        let (from, to) = (&first.quantity, &mut second.quantity);
        if to.direction.is_none() {
            to.direction = from.direction;
        }
        if to.exactness == Exactness::Exact {
            // A near bound ("just over 4 miles (6.4 km)") stays near in the restatement too.
            match from.exactness {
                Exactness::LowerBound => {
                    to.high = from.high.and(to.low.map(|l| l + l.abs() * NEAR))
                }
                Exactness::UpperBound => to.low = from.low.and(to.high.map(|h| h - h.abs() * NEAR)),
                _ => {}
            }
            if from.exactness != Exactness::Range {
                to.exactness = from.exactness;
            }
        }
    }
}

/// `second` restates `first`: it follows it after `, or`, `or` or an opening bracket (past the
/// first's noun, up to three words: "80 kilometres (50 miles)"), in another unit (a share for a
/// count, dollars for pounds) or in another unit of measure.
fn restates(tokens: &[Token], first: &FoundNumber, second: &FoundNumber) -> bool {
    if first.tokens.end > second.tokens.start {
        return false;
    }
    let mut k = first.tokens.end;
    let noun_end = (k + 3).min(second.tokens.start);
    while k < noun_end && word_of(&tokens[k]).is_some_and(|word| !is_noun_stop(&word)) {
        k += 1;
    }
    let gap = &tokens[k..second.tokens.start];
    let joined = match gap {
        [mark, or] => mark.is_symbol(",(") && or.is_word("or"),
        [or] => or.is_word("or") || or.is_symbol("("),
        _ => false,
    };
    let measures = || {
        [first, second]
            .iter()
            .all(|n| n.noun.as_deref().is_some_and(is_measure_noun))
            && first.noun != second.noun
    };
    joined && (first.quantity.unit != second.quantity.unit || measures())
}
