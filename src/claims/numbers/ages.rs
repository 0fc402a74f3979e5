//! Ages by decade of life: takes a sentence's tokens and hands on the ages written as a decade
//! after `in` and a possessive ("a man in his 50s", "women in their twenties", "in her early
//! 30s", "his mid-fifties", "in her late teens"), each an age range (50-59; early, mid and late
//! as `decade_parts.txt` says). Read before the look-alikes refuse "50s" as a decade of the
//! calendar, which it is after `the` ("in the 1990s", "in the 50s"), never after `his`.

use super::super::tokens::{Token, TokenKind};
use super::super::{Exactness, Quantity, Unit};
use super::FoundNumber;
use super::words::word_of;
use crate::lexicon::{AGE_DECADES, DECADE_PARTS, is_age_possessive};

/// Every age written as a decade of life, in order; marks their tokens in `taken`.
pub(super) fn decade_ages(tokens: &[Token], taken: &mut [bool]) -> Vec<FoundNumber> {
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(2) {
        // `in` first: this runs at every token, and reading the possessive lower-cases it.
        if !tokens[i].is_word("in")
            || taken[i + 2]
            || !word_of(&tokens[i + 1]).is_some_and(|word| is_age_possessive(&word))
        {
            continue;
        }
        if let Some((low, high, end)) = decade_at(tokens, i + 2)
            && !taken[i + 2..end].iter().any(|&t| t)
        {
            taken[i + 2..end].fill(true);
            found.push(FoundNumber {
                tokens: i + 2..end,
                quantity: Quantity {
                    low: Some(low),
                    high: Some(high),
                    exactness: Exactness::Range,
                    direction: None,
                    unit: Unit::Age,
                },
                noun: None,
            });
        }
    }
    found
}

/// A decade of life at `k`, with its part if any ("early 50s", "mid-fifties", "teens"): its
/// lowest and highest age and the token after it.
fn decade_at(tokens: &[Token], k: usize) -> Option<(f64, f64, usize)> {
    let at = |k: usize| tokens.get(k);
    let part = at(k)
        .and_then(word_of)
        .and_then(|word| DECADE_PARTS.get(&word).copied());
    let mut k = k;
    if part.is_some() {
        k += 1;
        if at(k).is_some_and(|t| t.is_symbol("-") && t.glued) {
            k += 1;
        }
    }
    let token = at(k)?;
    let (low, high, end) = if token.kind == TokenKind::Digits {
        // 50s: two digits ending in 0, from 20 on, and a glued `s`.
        let decade: u8 = token.text.parse().ok()?;
        let glued_s = at(k + 1).is_some_and(|t| t.glued && t.is_word("s"));
        if !glued_s || token.text.len() != 2 || !decade.is_multiple_of(10) || decade < 20 {
            return None;
        }
        (f64::from(decade), f64::from(decade) + 9.0, k + 2)
    } else {
        let &(low, high) = AGE_DECADES.get(&word_of(token)?)?;
        (low, high, k + 1)
    };
    Some(match part {
        // The part is of the ten years of the decade; the teens begin at 13.
        Some((from, to)) => {
            let base = (low / 10.0).floor() * 10.0;
            ((base + from).max(low), (base + to).min(high), end)
        }
        None => (low, high, end),
    })
}
