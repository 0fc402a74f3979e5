//! Counted things written beside a figure: takes a sentence's frame and a claim's token range;
//! hands on what the figure counts where the words around it say so ("shot 11 *times*": hits;
//! "a 10-year *deal*"; "Police put the *crowd* at 120,000") and the currency of a conversion in
//! brackets after it. Kept apart from `context.rs`, which decides which of these a figure's
//! kind asks for.

use std::ops::Range;

use compact_str::CompactString;

use super::{CROWD_WORD_REACH, SentenceFrame};
use crate::claims::tokens::{Token, TokenKind};
use crate::lexicon::is_stop_word;

impl SentenceFrame<'_> {
    /// What "N times" counts when a verb stands a few words before the figure in its clause
    /// ("was shot 11 times": shots; "hitting Gray eleven times": shots; "arrested four times":
    /// arrests), from `times_nouns.txt`.
    pub(super) fn times_noun_before(
        &self,
        clause: &Range<usize>,
        claim: &Range<usize>,
    ) -> Option<&'static str> {
        // "three times as hard", "three times their level", "11 times faster": a multiplier.
        let multiplier = self.lower.get(claim.end + 1).is_some_and(|w| {
            matches!(
                w.as_ref(),
                "as" | "the"
                    | "their"
                    | "its"
                    | "his"
                    | "her"
                    | "more"
                    | "less"
                    | "fewer"
                    | "over"
                    | "than"
                    | "what"
                    | "that"
                    | "higher"
                    | "larger"
                    | "bigger"
                    | "greater"
                    | "smaller"
                    | "faster"
                    | "slower"
                    | "lower"
            )
        });
        if multiplier {
            return None;
        }
        let from = claim.start.saturating_sub(3).max(clause.start);
        (from..claim.start).rev().find_map(|k| {
            // "shot up 5 times": a rise, no shot.
            let up = self.lower.get(k + 1).is_some_and(|w| w == "up");
            (!up)
                .then(|| crate::lexicon::times_noun(&self.lower[k]))
                .flatten()
        })
    }

    /// What an "N-year" adjective is the term of: the word right after it ("a 10-year *deal*",
    /// "a five-year *prison* sentence"), when the duration is written as one hyphenated word
    /// and a plain lower-case word follows. "10 years in prison" is a span of time, no term.
    pub(super) fn term_noun(&self, claim: &Range<usize>) -> Option<CompactString> {
        let hyphenated = claim.end >= 2
            && self.tokens[claim.end - 2].is_symbol("-")
            && self.tokens[claim.end - 1].glued;
        let next = self.tokens.get(claim.end)?;
        let word = &self.lower[claim.end];
        (hyphenated
            && next.kind == TokenKind::Word
            && !next.glued
            && next.text.starts_with(char::is_lowercase)
            && !is_stop_word(word))
        .then(|| CompactString::new(word))
    }

    /// The crowd word nearest before the claim in its narrow clause, a few words back at most:
    /// "Police put the *crowd* at 120,000", "the death *toll* rose to 24", "*Turnout* was 65%".
    pub(super) fn crowd_word_before(
        &self,
        narrow: &Range<usize>,
        claim: &Range<usize>,
    ) -> Option<CompactString> {
        let from = narrow
            .start
            .max(claim.start.saturating_sub(CROWD_WORD_REACH));
        Self::last_in(&self.crowd_words, from..claim.start)
            .map(|k| CompactString::new(&self.lower[k]))
    }
}

/// The currency of a conversion in brackets at token `k` ("($143-billion)", "(about €350)"):
/// the first currency symbol among its first three tokens.
pub(super) fn conversion_currency(tokens: &[Token], k: usize) -> Option<crate::claims::Currency> {
    if !tokens.get(k).is_some_and(|t| t.is_symbol("(")) {
        return None;
    }
    tokens
        .iter()
        .skip(k + 1)
        .take(3)
        .filter(|t| t.kind == TokenKind::Symbol)
        .find_map(|t| crate::claims::numbers::symbol_currency(t.text))
}
