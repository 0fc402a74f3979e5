//! Stream: every pair above the threshold (`--all-pairs`), produced one left sentence at a time.
//!
//! Takes a [`SentenceScorer`] built for the documents and a threshold; hands on
//! [`AlignedPairs`], which the report writers read as an iterator of [`AlignedPair`]s, in the
//! order [`super::align`] gives (by document pair, then left sentence, then right sentence).
//! Why: at a low threshold the pairs grow with the product of the articles' lengths (16 million
//! at 4,000 x 4,000 sentences, 804 MiB held; issue 16 item 5), while the writers need them only
//! one at a time. Each left sentence is searched against the right article's index when the
//! pairs are read, so only that sentence's pairs are held; a writer that reads the pairs twice
//! (a table measures its columns first) scores them twice rather than holding them.

use std::sync::Arc;

use super::matching::Edge;
use super::repeats;
use super::{
    Accumulator, AlignedPair, HeldPairs, Prepared, RightIndex, SentenceRef, SentenceScorer,
};

/// The aligned pairs of a run: held when they were chosen (one-to-one matching keeps few, and
/// `compare` reads them), or every pair at or above a threshold, scored as it is read.
#[derive(Clone)]
pub enum AlignedPairs {
    Held(HeldPairs),
    /// Every pair scoring at least `threshold`, found again each time they are read.
    Streamed {
        scorer: Arc<SentenceScorer>,
        threshold: f32,
    },
}

impl std::fmt::Debug for AlignedPairs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AlignedPairs::Held(pairs) => f.debug_tuple("Held").field(pairs).finish(),
            AlignedPairs::Streamed { threshold, .. } => f
                .debug_struct("Streamed")
                .field("threshold", threshold)
                .finish_non_exhaustive(),
        }
    }
}

impl AlignedPairs {
    /// Every pair, grouped by document pair (first with second, first with third, ...), then
    /// by left sentence, then by right sentence.
    pub fn iter(&self) -> Box<dyn Iterator<Item = AlignedPair> + '_> {
        match self {
            AlignedPairs::Held(pairs) => Box::new(pairs.iter()),
            AlignedPairs::Streamed { scorer, threshold } => {
                let documents = scorer.prepared.terms.len();
                Box::new((0..documents).flat_map(move |left| {
                    (left + 1..documents).flat_map(move |right| {
                        PairsOf::new(&scorer.prepared, left, right, *threshold)
                    })
                }))
            }
        }
    }

    /// The pairs of document `left` with document `right` (`left` < `right`), in order.
    pub fn between(&self, left: usize, right: usize) -> Box<dyn Iterator<Item = AlignedPair> + '_> {
        match self {
            AlignedPairs::Held(pairs) => Box::new(pairs.between(left, right)),
            AlignedPairs::Streamed { scorer, threshold } => {
                Box::new(PairsOf::new(&scorer.prepared, left, right, *threshold))
            }
        }
    }
}

/// The pairs of two documents at or above a threshold, searched one left sentence at a time:
/// what [`Prepared::candidate_edges`] gives, never more than one left sentence's pairs held.
struct PairsOf<'a> {
    prepared: &'a Prepared,
    index: RightIndex,
    acc: Accumulator,
    /// How many sentences the left document has.
    lefts: usize,
    sources: (usize, usize),
    threshold: f32,
    next_left: usize,
    pending: std::vec::IntoIter<Edge>,
}

impl<'a> PairsOf<'a> {
    fn new(prepared: &'a Prepared, left: usize, right: usize, threshold: f32) -> PairsOf<'a> {
        let index = RightIndex::new(prepared, right);
        PairsOf {
            acc: Accumulator::new(index.len()),
            index,
            lefts: prepared.terms[left].len(),
            prepared,
            sources: (left, right),
            threshold,
            next_left: 0,
            pending: Vec::new().into_iter(),
        }
    }

    /// Left sentence `l`'s pairs, by right sentence (as `Prepared::best_edges_walking` lays
    /// them out, with no cap on how many).
    fn edges(&mut self, l: usize) -> Vec<Edge> {
        let terms = &self.prepared.terms[self.sources.0][l];
        let by_class = self.prepared.edges_of(
            &self.index,
            &mut self.acc,
            l,
            terms,
            self.threshold,
            usize::MAX,
        );
        let mut edges = if self.index.classes.all_distinct() {
            by_class
        } else {
            repeats::expand(&by_class, l as u32, &self.index.classes, usize::MAX)
        };
        edges.sort_unstable_by_key(|e| e.right);
        edges
    }
}

impl Iterator for PairsOf<'_> {
    type Item = AlignedPair;

    fn next(&mut self) -> Option<AlignedPair> {
        loop {
            if let Some(edge) = self.pending.next() {
                return Some(AlignedPair {
                    left: SentenceRef {
                        source: self.sources.0,
                        sentence: edge.left as usize,
                    },
                    right: SentenceRef {
                        source: self.sources.1,
                        sentence: edge.right as usize,
                    },
                    score: edge.score,
                });
            }
            if self.next_left == self.lefts {
                return None;
            }
            let edges = self.edges(self.next_left);
            self.next_left += 1;
            #[cfg(test)]
            tests::HELD_MOST.with(|most| most.set(most.get().max(edges.len())));
            self.pending = edges.into_iter();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::{AlignOptions, Matching, align, aligned_pairs};
    use crate::ingest::Article;
    use crate::segment::Document;

    thread_local! {
        /// The most pairs a stream held at once on this thread.
        pub(super) static HELD_MOST: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    }

    fn document(outlet: &str, sentences: impl Iterator<Item = String>) -> Document {
        let text = sentences.collect::<Vec<_>>().join(" ");
        Document::new(Article::new(
            outlet.to_string(),
            format!("{outlet}.txt"),
            text,
        ))
    }

    /// Three articles of `n` sentences sharing "floods" (so every pair scores above 0), the
    /// last with every sentence twice (classes of identical sentences).
    fn articles(n: usize) -> Vec<Document> {
        let line = |i: usize| format!("Floods reached village {} on day {}.", i, i % 7);
        vec![
            document("wire", (0..n).map(line)),
            document("daily", (0..n).rev().map(line)),
            document("blog", (0..n).flat_map(|i| [line(i), line(i)])),
        ]
    }

    #[test]
    fn all_pairs_are_streamed_one_left_sentence_at_a_time() {
        let n = 30;
        let documents = articles(n);
        let options = AlignOptions {
            threshold: 0.0,
            matching: Matching::All,
        };
        let expected = align(&documents, &options);
        // wire x daily, wire x blog, daily x blog: every pair.
        assert_eq!(expected.len(), n * n + 2 * (n * 2 * n));
        let pairs = aligned_pairs(&documents, &options);
        HELD_MOST.with(|most| most.set(0));
        let streamed: Vec<AlignedPair> = pairs.iter().collect();
        assert_eq!(streamed, expected);
        // One left sentence's pairs at most: the right article's length (blog: 2n).
        let held = HELD_MOST.with(std::cell::Cell::get);
        assert!(held <= 2 * n, "held {held} pairs at once");
        let between: Vec<AlignedPair> = pairs.between(1, 2).collect();
        let expected_between: Vec<AlignedPair> = expected
            .iter()
            .filter(|p| p.left.source == 1 && p.right.source == 2)
            .copied()
            .collect();
        assert_eq!(between, expected_between);
    }

    #[test]
    fn a_stream_at_the_default_threshold_gives_what_align_gives() {
        let documents = articles(25);
        let options = AlignOptions {
            matching: Matching::All,
            ..AlignOptions::default()
        };
        let streamed: Vec<AlignedPair> = aligned_pairs(&documents, &options).iter().collect();
        assert_eq!(streamed, align(&documents, &options));
    }
}
