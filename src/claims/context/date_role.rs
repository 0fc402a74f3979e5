//! Date roles: takes a date's token range in its sentence's frame and hands on its role, a
//! span's start ("since Monday"), a span's end ("by Tuesday evening") or a founding year
//! ("founded in 2007"), or none: compare never pairs a span's start with its end, nor a
//! founding year with the year of anything else.

use std::ops::Range;

use super::SentenceFrame;
use crate::claims::tokens::TokenKind;

/// A date that opens or closes a span, or dates a founding, rather than dating a happening:
/// "burned 8,000 acres *since* Monday" (start), "had burned 8,000 acres *by* Tuesday evening"
/// (end, `date_bounds.txt`), "*founded in* 2007", "since its *establishment in* 2001"
/// (founding, `founding_words.txt`). A span's start and its end are two moments, and a
/// founding year is not the year of anything else the story tells: never one fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateBound {
    Start,
    End,
    Founding,
}
impl SentenceFrame<'_> {
    /// The words before a date making it a span's start or end ("since", "by"), or a founding
    /// year ("founded", "launched in", "set up in", "its establishment in").
    pub(super) fn date_bound_before(&self, claim: Range<usize>) -> Option<DateBound> {
        let start = claim.start;
        // A possessive date names the day of what follows it ("the toll from *Monday's*
        // quake", "killed by *Monday's* quake"): that thing's date, not a span's bound.
        let possessive = claim.end > claim.start
            && self.tokens[claim.start..claim.end]
                .iter()
                .any(|t| t.text.ends_with("'s") || t.text.ends_with("\u{2019}s"))
            || self.tokens.get(claim.end).is_some_and(|t| {
                t.glued && matches!(t.text, "'s" | "\u{2019}s" | "'" | "\u{2019}")
            });
        if possessive {
            return None;
        }
        let before = |back: usize| start.checked_sub(back).map(|k| &*self.lower[k]);
        let founding =
            |back: usize| before(back).is_some_and(crate::lexicon::is_founding_year_word);
        // A year only: "the fire started just after 2am" dates a happening.
        let token = &self.tokens[start];
        let year = token.kind == TokenKind::Digits && token.text.len() == 4;
        let set_up = before(2) == Some("up") && before(3) == Some("set");
        let founding_year = founding(1) || (before(1) == Some("in") && (founding(2) || set_up));
        if year && founding_year {
            return Some(DateBound::Founding);
        }
        let word = before(1)?;
        match *crate::lexicon::DATE_BOUNDS.get(word)? {
            "start" => Some(DateBound::Start),
            "end" => Some(DateBound::End),
            _ => None,
        }
    }
}
