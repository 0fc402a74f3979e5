//! Search: one left sentence's best pairs in the right article's index, the step every
//! alignment and related-sentence query runs.
//!
//! Takes the prepared run, a [`RightIndex`] and one sentence's terms; hands on its best pairs
//! (classes of identical right sentences) at or above a threshold, best first. Why a file of its
//! own: the cuts that keep it near-linear (prefix filtering, bounds, a raised threshold, the
//! walk cap) are documented together in docs/algorithms.md and read together here.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use super::marks;
use super::matching::{self, Edge};
use super::{Accumulator, BOUND_SLACK, PROBE, PROBE_WORTH, Prepared, Queued, RightIndex};

impl Prepared {
    /// The `best` highest-scoring pairs of one left sentence at or above `threshold`, best
    /// first (ties to the earlier right class): the order of [`matching::by_score_then_position`].
    /// `right` of each edge is a class of identical right sentences (`index.classes`).
    pub(super) fn edges_of(
        &self,
        index: &RightIndex,
        acc: &mut Accumulator,
        left_index: usize,
        terms: &[u32],
        threshold: f32,
        best: usize,
    ) -> Vec<Edge> {
        #[cfg(test)]
        super::tests::SEARCHES.with(|count| count.set(count.get() + 1));
        let total = self.total_weight(terms);
        if total <= 0.0 || best == 0 {
            return Vec::new();
        }
        // Lightest terms first; skip them while they weigh under threshold².
        let mut by_weight: Vec<u32> = marks::words(terms).to_vec();
        by_weight.sort_by(|a, b| {
            self.weights[*a as usize]
                .total_cmp(&self.weights[*b as usize])
                .then(a.cmp(b))
        });
        let skippable = |threshold: f32| {
            // A hair under the exact budget: the bounds are summed in f32 and the scores in
            // f64, so a pair at the threshold to the last bit must never be skipped by rounding.
            let budget = threshold * threshold * total * (1.0 - BOUND_SLACK);
            let mut skipped = 0.0f32;
            let mut first_probe = 0;
            while first_probe < by_weight.len() {
                let w = self.weights[by_weight[first_probe] as usize];
                if skipped + w >= budget {
                    break;
                }
                skipped += w;
                first_probe += 1;
            }
            (first_probe, skipped)
        };
        let (mut first_probe, mut skipped) = skippable(threshold);
        let looked_up: usize = by_weight[first_probe..]
            .iter()
            .map(|&t| index.postings[t as usize].len())
            .sum();
        let probe = index.walk.probes() && looked_up > PROBE_WORTH * PROBE;
        let threshold = if probe {
            self.raised_threshold(index, terms, &by_weight, threshold, best)
        } else {
            threshold
        };
        if probe {
            (first_probe, skipped) = skippable(threshold);
        }
        // Heaviest (rarest) terms first. A capped walk (claims' related sentences) stops
        // walking lists once the next would take it past its cap: those terms (and the part of
        // a first list past the cap) are left out of the sums, and counted instead in every
        // candidate's bound, as weight it may hold.
        let cap = index.walk.entries();
        let mut walked = 0usize;
        let mut unwalked = 0.0f32;
        let mut walk = |term: u32, amount: f32, acc: &mut Accumulator| {
            let postings = &index.postings[term as usize];
            let list: &[u32] = if walked + postings.len() <= cap {
                postings
            } else if walked == 0 {
                unwalked += amount;
                index.walk.window(postings, left_index, index.len())
            } else {
                unwalked += amount;
                return;
            };
            #[cfg(test)]
            super::tests::WALKED.with(|count| count.set(count.get() + list.len()));
            for &r in list {
                acc.add(r as usize, amount);
            }
            walked += list.len();
        };
        for &term in by_weight[first_probe..].iter().rev() {
            let w = self.weights[term as usize];
            walk(term, w, acc);
            for &(partner, sim) in self.fuzzy.of(term) {
                walk(partner, sim * w.min(self.weights[partner as usize]), acc);
            }
        }
        let cut = unwalked > 0.0;
        let slack = skipped + unwalked;
        // A heap rather than a sorted list: scoring usually stops after a few candidates, so
        // most of a repetitive article's look-alikes are never put in order.
        // Keyed by the bound's bits, which order like the bound itself (bounds are never
        // negative), ties to the earlier sentence: the heap pops the highest bound first.
        let mut bounded: BinaryHeap<(u32, Reverse<usize>)> = acc
            .drain()
            .map(|(r, bound)| {
                let upper = (bound + slack) / (total * index.weights[r]).sqrt();
                (upper * (1.0 + BOUND_SLACK), r)
            })
            .filter(|&(upper, _)| upper >= threshold)
            .map(|(upper, r)| (upper.to_bits(), Reverse(r)))
            .collect();
        // The pairs kept so far, the worst on top: replacing it costs a logarithm, not a sort.
        let mut kept: BinaryHeap<Reverse<Queued>> = BinaryHeap::new();
        // A cut walk's bounds hold the weight of the terms it left, so they part the
        // candidates little: only the most promising are scored.
        let mut scorable = if cut {
            index.walk.scored_when_cut()
        } else {
            usize::MAX
        };
        // Among them always the sentence's copy, when the other article has one: its bound is
        // no higher than its look-alikes', but it is the best pair there is.
        let copy = if cut {
            index.identical(self, terms).map(|class| class as usize)
        } else {
            None
        };
        if let Some(r) = copy {
            let score = self.similarity_as(terms, index.terms(self, r), index.reading);
            if score >= threshold {
                kept.push(Reverse(Queued(Edge {
                    left: left_index as u32,
                    right: r as u32,
                    score,
                })));
            }
        }
        while let Some((bits, Reverse(r))) = bounded.pop() {
            if scorable == 0 {
                break;
            }
            scorable -= 1;
            if Some(r) == copy {
                continue;
            }
            let upper = f32::from_bits(bits);
            if kept.len() >= best && kept.peek().is_some_and(|worst| upper < worst.0.0.score) {
                break;
            }
            let score = self.similarity_as(terms, index.terms(self, r), index.reading);
            if score >= threshold {
                let edge = Queued(Edge {
                    left: left_index as u32,
                    right: r as u32,
                    score,
                });
                if kept.len() < best {
                    kept.push(Reverse(edge));
                } else if kept.peek().is_some_and(|worst| edge > worst.0) {
                    kept.pop();
                    kept.push(Reverse(edge));
                }
            }
        }
        let mut edges: Vec<Edge> = kept.into_iter().map(|Reverse(Queued(e))| e).collect();
        edges.sort_unstable_by(matching::by_score_then_position);
        edges
    }

    /// A threshold this sentence's `best`-th best pair is sure to reach: the `best`-th score
    /// among the first [`PROBE`] sentences holding its heaviest (rarest) terms, when higher than
    /// `threshold`. The exact search then skips more light terms and bounds more candidates out.
    /// Exact: `best` sentences are known to score that much, so the `best` best all do.
    fn raised_threshold(
        &self,
        index: &RightIndex,
        terms: &[u32],
        by_weight: &[u32],
        threshold: f32,
        best: usize,
    ) -> f32 {
        if best > PROBE {
            return threshold;
        }
        let mut probe: Vec<u32> = Vec::with_capacity(PROBE);
        'terms: for &term in by_weight.iter().rev() {
            for &r in &index.postings[term as usize] {
                if probe.len() == PROBE {
                    break 'terms;
                }
                probe.push(r);
            }
        }
        // A sentence's copy on the other side is its best pair, and in a look-alike article it
        // is seldom among the first entries of its rarest term's list (the template's names
        // recur with the article): probed too, it raises the threshold to the top, so the
        // search walks the list of one term rather than of most.
        if let Some(class) = index.identical(self, terms) {
            probe.push(class);
        }
        probe.sort_unstable();
        probe.dedup();
        if probe.len() < best {
            return threshold;
        }
        let mut scores: Vec<f32> = probe
            .iter()
            .map(|&r| self.similarity_as(terms, index.terms(self, r as usize), index.reading))
            .collect();
        let (_, kth, _) = scores.select_nth_unstable_by(best - 1, |a, b| b.total_cmp(a));
        threshold.max(*kth)
    }
}
