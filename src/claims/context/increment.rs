//! Increment: takes a figure's tokens and hands on whether the figure is an addition to one
//! given before it ("called in *a further four* appliances", "*another 20,000* people marched",
//! "*six more* engines").
//!
//! Why: a story gives the first count and the later addition side by side ("Two engines were
//! sent ... they called in an additional six engines"); another outlet's addition is the
//! partner of this one's addition, not of its first count, and a crowd "another 20,000" strong
//! in a second city is not the first city's crowd.

use std::borrow::Cow;
use std::ops::Range;

use crate::claims::tokens::Token;
use crate::lexicon::{is_increment_after, is_increment_before};

/// Whether the figure at token range `claim` is an addition: a word for one just before it
/// (`further`, `another`) or just after it (`more`, `extra`).
pub(super) fn is_increment(tokens: &[Token], lower: &[Cow<str>], claim: &Range<usize>) -> bool {
    let before = claim
        .start
        .checked_sub(1)
        .is_some_and(|k| is_increment_before(&lower[k]));
    let after = claim.end < tokens.len() && is_increment_after(&lower[claim.end]);
    before || after
}
