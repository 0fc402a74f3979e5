//! Speakers, looked up: what the claims stage asks of an article's [`People`] register once it
//! is built ([`People::scan`] in the parent module): the name a mention gives, the person of a
//! surname, the person inside a speaker phrase, and the antecedent of a pronoun.
//!
//! Takes the finished register and byte offsets into the article; hands on names and mentions.
//! Kept apart from the scanning so each file owns one side: building the register, reading it.

use std::ops::Range;

use super::gender::{agrees, pronoun_gender};
use super::names::Role;
use super::{Mention, People};
use crate::claims::spans::QuotedSpans;

impl People {
    /// The fullest name of the person a mention names.
    pub fn name(&self, mention: &Mention) -> &str {
        &self.persons[mention.person].name
    }

    /// The person of surname `surname` (lower case) mentioned last before byte `at`.
    pub fn by_surname(&self, surname: &str, at: usize) -> Option<&str> {
        self.latest(surname, at, |_| true)
            .map(|p| self.persons[p].name.as_str())
    }

    /// The first person mentioned in `span` (a name, possibly with a title or an apposition
    /// after it: "the prosecutor, Hugo Lindqvist", "Jeff Weaver, Sanders' campaign manager").
    pub fn person_in(&self, span: &Range<usize>) -> Option<&Mention> {
        let from = self.mentions.partition_point(|m| m.span.start < span.start);
        self.mentions[from..]
            .iter()
            .take_while(|m| m.span.start < span.end)
            .find(|m| m.span.end <= span.end)
    }

    /// The person a pronoun (`he`, `she`) at byte `at` most likely means, outside the
    /// `excluded` spans (quotations, sorted): in the nearest sentence, no more than three back,
    /// that names a person of a gender that agrees, the one most likely to act (see [`Role`]:
    /// the one asked a question, a speaker, a subject, before a name in an opening clause or
    /// after a preposition); else the article's main person if the gender agrees.
    ///
    /// A pronoun chain carries the window on: a sentence that speaks of someone by the same
    /// pronoun ("She denied ... But she acknowledged ...") counts as naming them, so the three
    /// sentences count from it; and a sentence whose names all come after such a pronoun ("When
    /// he took the stage after Mr. Vance's introduction, he said") speaks of the one before,
    /// unless one of those names is a speaker ("..., should he win, Henson said").
    pub fn antecedent(&self, at: usize, pronoun: &str, excluded: &QuotedSpans) -> Option<&Mention> {
        /// Sentences back with neither a name nor the pronoun before the search gives up.
        const REACH: usize = 3;
        /// Sentences back at most, chain or not: a pronoun never reads the article back.
        const MAX_WALK: usize = 12;
        let gender = pronoun_gender(pronoun);
        let sentence_of = |at: usize| {
            self.sentence_starts
                .partition_point(|&s| s as usize <= at)
                .saturating_sub(1)
        };
        let usable = |m: &&Mention| {
            m.span.end <= at
                && !m.quoted
                && !excluded.holds(&m.span)
                && agrees(self.persons[m.person].gender, gender)
        };
        let same_pronoun_in = |range: Range<usize>| {
            let k = self.pronouns.partition_point(|&(s, _)| s < range.start);
            self.pronouns[k..]
                .iter()
                .take_while(|&&(s, _)| s < range.end)
                .any(|&(_, g)| Some(g) == gender)
        };
        let known = |m: &Mention| self.persons[m.person].gender.is_some();
        // A person of unknown gender found first who is no speaker, and the sentences left in
        // which one known to agree, as likely to act, takes the pronoun instead ("Sen.
        // Elizabeth Warren attacked ... Jamie Dimon ... Dimon had testified. \"...,\" she said").
        let mut unsure: Option<(&Mention, usize)> = None;
        let mut sentence = sentence_of(at);
        let mut limit = at;
        let mut reach = REACH;
        for _ in 0..MAX_WALK {
            let start = self
                .sentence_starts
                .get(sentence)
                .map_or(0, |&s| s as usize);
            let from = self.mentions.partition_point(|m| m.span.start < start);
            let to = self.mentions.partition_point(|m| m.span.start < limit);
            let mut candidates = self.mentions[from.min(to)..to]
                .iter()
                .filter(usable)
                .peekable();
            if let Some((fallback, left)) = unsure {
                let known_best = candidates
                    .filter(|m| known(m))
                    .max_by_key(|m| (m.role, std::cmp::Reverse(m.span.start)));
                // Only within the paragraph: "Opposition leader Keir Manning was unimpressed.
                // "...," he said." is Manning's, not the chancellor's of the paragraph before.
                let paragraph_of = |at: usize| self.paragraph_starts.partition_point(|&p| p <= at);
                match known_best {
                    Some(m)
                        if m.role >= fallback.role
                            && paragraph_of(m.span.start) == paragraph_of(fallback.span.start) =>
                    {
                        return Some(m);
                    }
                    _ if left == 0 => return Some(fallback),
                    _ => unsure = Some((fallback, left - 1)),
                }
            } else if let Some(first) = candidates.peek() {
                let first = first.span.start;
                let best = candidates.max_by_key(|m| (m.role, std::cmp::Reverse(m.span.start)));
                // A speaker named in the sentence is who speaks on ("..., Henson said").
                if best.is_some_and(|m| m.role >= Role::Speaker) || !same_pronoun_in(start..first) {
                    match best {
                        Some(m) if gender.is_some() && !known(m) && m.role < Role::Speaker => {
                            unsure = Some((m, REACH - 1));
                        }
                        _ => return best,
                    }
                }
                reach = REACH;
            } else if same_pronoun_in(start..limit) {
                reach = REACH;
            } else if reach == 0 {
                break;
            } else {
                reach -= 1;
            }
            if sentence == 0 {
                break;
            }
            sentence -= 1;
            limit = start;
        }
        if let Some((fallback, _)) = unsure {
            return Some(fallback);
        }
        let topic = self.topic?;
        if !agrees(self.persons[topic].gender, gender) {
            return None;
        }
        // The topic's last mention before the pronoun outside the excluded spans.
        let starts = &self.persons[topic].starts;
        let k = starts.partition_point(|&s| s < at);
        starts[..k].iter().rev().find_map(|&start| {
            let index = self.mentions.partition_point(|m| m.span.start < start);
            self.mentions[index..]
                .iter()
                .take_while(|m| m.span.start == start)
                .find(|m| m.person == topic && m.span.end <= at && !excluded.holds(&m.span))
        })
    }

    /// Someone other than `name` who may be what `pronoun` means is mentioned in `range`
    /// outside the `excluded` spans.
    pub fn other_between(
        &self,
        range: Range<usize>,
        name: &str,
        pronoun: &str,
        excluded: &QuotedSpans,
    ) -> bool {
        let gender = pronoun_gender(pronoun);
        let from = self
            .mentions
            .partition_point(|m| m.span.start < range.start);
        self.mentions[from..]
            .iter()
            .take_while(|m| m.span.end <= range.end)
            .any(|m| {
                let person = &self.persons[m.person];
                person.name != name && agrees(person.gender, gender) && !excluded.holds(&m.span)
            })
    }

    /// The person named `name` (a fullest name) may be what `pronoun` means: their genders
    /// agree, or the name is no person's of this article.
    pub fn may_be(&self, name: &str, pronoun: &str) -> bool {
        let gender = self.names.get(name).and_then(|&p| self.persons[p].gender);
        agrees(gender, pronoun_gender(pronoun))
    }
}
