//! Mutual best: a weak pair is kept only when neither of its sentences has a better partner.
//!
//! Takes the pairs greedy one-to-one matching kept (`lazy`) and hands on those that stand: a
//! pair scoring at least [`STANDS_ALONE`] on its score alone; a weaker one only when its left
//! sentence scores no more with any other right sentence, and its right sentence no more with
//! any other left sentence.
//!
//! Why: greedy matching pairs every sentence it can. A sentence with no counterpart in the
//! other article, whose best partner was taken by a better pair, then takes its second or
//! tenth best, a sentence about something else sharing the story's names ("The world has
//! watched with horror..." / "...scenes of widespread police violence..."), and in a live blog
//! or a wire rewrite, where every sentence has look-alikes, most of the unmatched sentences do
//! so. A sentence's real counterpart in another outlet's words scores low (0.28 for "Mr
//! Lukashenko has led Belarus since 1994" / "Lukashenko, an authoritarian who has ruled since
//! 1994") but is its best; a leftover pairing is not. Pairs at [`STANDS_ALONE`] or more are
//! close enough in words to be one report whatever else the articles hold. A pair is judged
//! from each of its sentences (a score is the same either way round), and a pair's score is
//! not changed: only whether it is kept depends on the rest of the run.
//!
//! Cost: a left sentence's best score is the one greedy matching's first search found; a right
//! sentence's takes one search for each weak kept pair (`search.rs`, at the pair's own score,
//! asking whether anything scores more), with the walk caps of alignment.

use rayon::prelude::*;

use super::lazy::Matched;
use super::matching::Edge;
use super::repeats::Classes;
use super::walk::ALIGN_WALK;
use super::{Accumulator, Prepared, RightIndex};

/// A pair scoring at least this is kept on its score alone; a weaker pair only when it is each
/// of its sentences' best. On the hand-marked real pairs, MSRP and the look-alike articles,
/// pairs from 0.5 up are mostly one report told twice (docs/accuracy.md, "Mutual best").
pub const STANDS_ALONE: f32 = 0.5;

/// The right sentences' side of the check: the sentences of `from` searched against an index
/// of the other article.
struct Side {
    from: usize,
    classes: Classes,
    index: RightIndex,
}

impl Side {
    fn new(prepared: &Prepared, from: usize, to: usize, entries: usize) -> Side {
        let classes = Classes::new(&prepared.terms[from]);
        let index = RightIndex::aligning(prepared, to, classes.len(), entries);
        Side {
            from,
            classes,
            index,
        }
    }

    /// Whether `sentence` (of `from`) scores more than `score` with a sentence other than
    /// `partner` (of the other article). Copies of the partner score as much, never more.
    fn has_better(
        &self,
        prepared: &Prepared,
        acc: &mut Accumulator,
        (sentence, partner): (u32, u32),
        score: f32,
    ) -> bool {
        let class = self.classes.of(sentence as usize) as usize;
        let terms = &prepared.terms[self.from][sentence as usize];
        let partner_class = self.index.classes.of(partner as usize);
        // Scores are the same either way round (`score::similarity`), so a rival found from the
        // right sentence scores what greedy matching read.
        let found = prepared.edges_of(&self.index, acc, class, terms, score, 2);
        found
            .iter()
            .any(|e| e.right != partner_class && e.score > score)
    }
}

impl Prepared {
    /// One-to-one alignment of two articles: greedy matching (`lazy`), then the weak pairs
    /// that are not mutual best dropped.
    pub(super) fn aligned_one_to_one(
        &self,
        left: usize,
        right: usize,
        threshold: f32,
    ) -> Vec<Edge> {
        let matched = self.matched(left, right, threshold, ALIGN_WALK);
        self.mutual_best(left, right, matched, ALIGN_WALK)
    }

    /// The pairs greedy matching kept that stand (see the module's comment), in their order.
    /// A left sentence's best score is the matching's own first search; a right sentence's is
    /// searched for here, for the weak pairs only.
    fn mutual_best(
        &self,
        left: usize,
        right: usize,
        matched: Matched,
        entries: usize,
    ) -> Vec<Edge> {
        let Matched { kept, best_of_left } = matched;
        if kept.iter().all(|e| e.score >= STANDS_ALONE) {
            return kept;
        }
        let lefts = Classes::new(&self.terms[left]);
        let backward = Side::new(self, right, left, entries);
        let stands: Vec<bool> = kept
            .par_iter()
            .map_init(
                || Accumulator::new(backward.index.len()),
                |acc, e| {
                    e.score >= STANDS_ALONE
                        || !(best_of_left[lefts.of(e.left as usize) as usize] > e.score
                            || backward.has_better(self, acc, (e.right, e.left), e.score))
                },
            )
            .collect();
        kept.into_iter()
            .zip(stands)
            .filter_map(|(e, stands)| stands.then_some(e))
            .collect()
    }
}
