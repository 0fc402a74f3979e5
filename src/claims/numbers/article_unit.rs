//! "a mile", "an acre", "a kilometre away": takes the token where a figure may start and hands
//! on the value 1 when `a` or `an` stands before a word naming a unit of length or area by
//! itself, so that the measure reader reads the unit after it as it reads "one mile". News copy
//! writes "walked a mile" as it writes "two miles".
//!
//! Only lengths and areas: a volume or a mass after `a` is the unit a price is quoted in ("$85 a
//! barrel", "a litre of petrol costs", "an ounce of gold"), not a quantity. Never after a figure
//! ("12 cents a mile" is per mile), nor before a length that is also a thing (`a yard` is a
//! garden, `a foot`).

use super::super::measure::{Dimension, Measure};
use super::super::tokens::{Token, TokenKind};
use super::measures::unit_named_at;
use super::spelled::Spelled;
use crate::lexicon::is_money_word;

/// `a`/`an` at `k`, not taken, before a unit that reads as one of it.
pub(super) fn article_unit_at(tokens: &[Token], taken: &[bool], k: usize) -> Option<Spelled> {
    let article = tokens.get(k)?;
    let free = |i: usize| !taken.get(i).copied().unwrap_or(true);
    if !(article.is_word("a") || article.is_word("an")) || !free(k) || !free(k + 1) {
        return None;
    }
    let measure = unit_named_at(tokens, k + 1)?;
    let per_unit = tokens[k.saturating_sub(2)..k]
        .iter()
        .any(|t| t.kind != TokenKind::Word || is_money_word(&t.lower()));
    let quantity = matches!(measure.dimension(), Dimension::Length | Dimension::Area);
    (quantity && !per_unit && !matches!(measure, Measure::Foot | Measure::Yard))
        .then(|| Spelled::value(1.0, 1, false))
}
