//! Holders: whose figure it is, read from the names around it. Takes a sentence's frame (its
//! tokens and the positions of its names) and a claim's token range; hands on the holder a
//! share, an age or a record has (a candidate's surname, a person's, a team's), lower case.
//! Kept apart from the rest of the context because names are read here only: compare keeps two
//! holders' figures apart (Lukashenko's 80.1% is not Tikhanovskaya's 10.12%).

use std::ops::Range;

use super::SentenceFrame;
use crate::claims::tokens::TokenKind;
use crate::lexicon::{
    is_age_noun, is_calendar_word, is_name_suffix, is_not_name, is_person_title, is_stop_word,
};

impl SentenceFrame<'_> {
    /// A capitalised word that can name a person or party: not a title, month or weekday, and
    /// not a function word capitalised because it opens the sentence.
    pub(super) fn is_name(&self, k: usize) -> bool {
        let token = &self.tokens[k];
        token.kind == TokenKind::Word
            && token.text.starts_with(char::is_uppercase)
            && !is_person_title(&self.lower[k])
            && !is_not_name(&self.lower[k])
            && !is_calendar_word(&self.lower[k])
            && (k > 0 || !is_stop_word(&self.lower[k]))
    }

    /// Whose age a figure is, by surname: the name just before its comma ("Kimani Gray, 16,"),
    /// else the name just after it ("16-year-old Kimani Gray": the last word of the name), else
    /// the nearest name before it in its clause ("Gray was 16").
    pub(super) fn age_holder(
        &self,
        claim: &Range<usize>,
        clause: Range<usize>,
    ) -> Option<Box<str>> {
        let is_name = |k: usize| self.names.binary_search(&k).is_ok();
        // "LaCalamita III, 38": the surname before a suffix.
        let surname = |k: usize| {
            let k = if k > 0 && is_name_suffix(&self.lower[k]) && is_name(k - 1) {
                k - 1
            } else {
                k
            };
            Box::from(&*self.lower[k])
        };
        let before_comma = claim.start >= 2
            && self.tokens[claim.start - 1].is_symbol(",")
            && is_name(claim.start - 2);
        if before_comma {
            return Some(surname(claim.start - 2));
        }
        // "John Smith, a 45-year-old Detroit man": an apposition names the person.
        let apposition = claim.start >= 3
            && matches!(&*self.lower[claim.start - 1], "a" | "an")
            && self.tokens[claim.start - 2].is_symbol(",")
            && is_name(claim.start - 3);
        if apposition {
            return Some(surname(claim.start - 3));
        }
        let first_after = self.names.partition_point(|&k| k < claim.end);
        if let Some(&start) = self.names.get(first_after).filter(|&&k| k <= claim.end + 1) {
            let mut last = start;
            while is_name(last + 1) {
                last += 1;
            }
            // "a 38-year-old Troy man", "a 25-year-old Brooklyn resident": a place before a
            // noun for a person is a modifier, no one's name.
            let modifier = self.tokens.get(last + 1).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && t.text.starts_with(char::is_lowercase)
                    && is_age_noun(&self.lower[last + 1])
            });
            return (!modifier).then(|| surname(last));
        }
        self.name_before(clause.start..claim.start)
    }

    pub(super) fn name_before(&self, range: Range<usize>) -> Option<Box<str>> {
        Self::last_in(&self.names, range).map(|k| Box::from(&*self.lower[k]))
    }

    /// Whose record a tally is: the last name before it in its clause, else in its sentence
    /// ("the Chiefs (2-13, 1-7 home)": the split after the comma is the Chiefs' too), named in
    /// full as the sentence names it ("the Indianapolis Colts": `indianapolis colts`). A name
    /// hyphened into an adjective ("a Chiefs-like 2-14 mark", "an NFL-worst 2-14") is no team,
    /// nor is the league or place a record stands in ("the worst record in the NFL").
    /// A binary search, then a walk back over at most 16 names.
    pub(super) fn team_before(&self, clause: &Range<usize>, end: usize) -> Option<Box<str>> {
        let upto = self.names.partition_point(|&k| k < end);
        let names = &self.names[..upto];
        let is_name = |k: usize| self.names.binary_search(&k).is_ok();
        // The first word of the name ending at `k`.
        let start_of = |k: usize| {
            let mut start = k;
            while start > 0 && is_name(start - 1) {
                start -= 1;
            }
            start
        };
        let is_team = |k: usize| {
            let hyphened = self
                .tokens
                .get(k + 1)
                .is_some_and(|t| t.glued && t.is_symbol("-"));
            let start = start_of(k);
            let word = |j: Option<usize>| j.map(|j| &*self.lower[j]);
            // "in the Giants' 9-7 campaign": a possessive is the team whatever stands before.
            let possessive = self
                .tokens
                .get(k + 1)
                .is_some_and(|t| t.is_symbol("'\u{2019}"))
                || self.lower[k].ends_with("'s");
            let in_league = !possessive
                && matches!(
                    (word(start.checked_sub(2)), word(start.checked_sub(1))),
                    (_, Some("in")) | (Some("in"), Some("the"))
                );
            !hyphened && !in_league
        };
        let in_clause = names
            .iter()
            .rev()
            .take_while(|&&k| k >= clause.start)
            .find(|&&k| is_team(k));
        in_clause
            .or_else(|| names.iter().rev().take(16).find(|&&k| is_team(k)))
            .map(|&k| {
                let words: Vec<&str> = (start_of(k)..=k).map(|j| &*self.lower[j]).collect();
                Box::from(words.join(" "))
            })
    }

    /// The nearest name after a title ("Ms Tikhanovskaya") before token `end`: the person a
    /// figure in a clause of its own most likely belongs to.
    pub(super) fn titled_name_before(&self, end: usize) -> Option<Box<str>> {
        Self::last_in(&self.titled_names, 0..end).map(|k| Box::from(&*self.lower[k]))
    }

    pub(super) fn first_name(&self) -> Option<Box<str>> {
        self.names.first().map(|&k| Box::from(&*self.lower[k]))
    }
}
