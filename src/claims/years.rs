//! Years in a sentence: where "last year" stands, and which figures a written year dates.
//!
//! Takes a sentence's tokens, its clause frame and the years written in it; hands on the token
//! positions of "last year" and each figure's `event_year`. Kept apart from the sentence reader
//! in `claims/mod.rs` because both are about one thing, the year a figure belongs to, and
//! neither needs the rest of the reading.

use super::tokens::Token;
use super::{ArticleDate, Claim, ClaimKind, context};

/// Where "last year" stands (by its first token). Not "last year's" (a possessive dates what it
/// owns: "last year's total" beside this year's figures): the tokeniser keeps "year's" one word,
/// so it is no "year"; the apostrophe check covers one written apart.
pub(super) fn last_years<'a>(tokens: &'a [Token]) -> impl Iterator<Item = usize> + 'a {
    (0..tokens.len().saturating_sub(1)).filter(|&k| {
        tokens[k].is_word("last")
            && tokens[k + 1].is_word("year")
            // "the last year", "over the past year": the twelve months to now, not a calendar
            // year; "up 3% on last year", "compared with last year": the base of a change.
            && !k.checked_sub(1).is_some_and(|j| {
                ["the", "than", "on", "with", "over", "from", "versus", "vs"]
                    .iter()
                    .any(|w| tokens[j].is_word(w))
            })
            && !tokens
                .get(k + 2)
                .is_some_and(|t| t.is_symbol("'") && t.glued)
    })
}

/// A year before a figure in its sentence ("In 2004, a 9.1 quake killed some 230,000"), or after
/// it in the same clause ("killed 170,000 people in 2004"), dates the figure to that year's
/// event, not the story's. The article's own year (from `--date`) dates nothing.
pub(super) fn date_figures_to_other_years(
    claims: &mut [Claim],
    frame: &context::SentenceFrame,
    tokens: &[Token],
    written_years: &[(usize, i32)],
    article_date: Option<ArticleDate>,
) {
    let token_at = |byte: usize| tokens.partition_point(|t| t.start < byte);
    let years: Vec<(usize, i32)> = written_years
        .iter()
        .copied()
        .filter(|(_, year)| article_date.is_none_or(|a| i32::from(a.year()) != *year))
        .collect();
    for claim in claims.iter_mut().filter(|c| c.kind() == ClaimKind::Number) {
        let at = token_at(claim.start as usize);
        claim.context.event_year = years
            .iter()
            .rev()
            .find(|(position, _)| *position < at)
            .or_else(|| {
                years
                    .iter()
                    .find(|(position, _)| *position > at && frame.same_clause(at, *position))
            })
            // A year is four digits (dates.rs): it always fits.
            .and_then(|(_, year)| i16::try_from(*year).ok())
            .and_then(std::num::NonZeroI16::new);
    }
}
