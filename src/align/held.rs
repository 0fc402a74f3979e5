//! Held pairs: the pairs one-to-one alignment kept, as the report reads them.
//!
//! Takes each pair of documents' kept [`Edge`]s (12 bytes a pair: two sentence numbers and a
//! score) and hands on [`AlignedPair`]s (40 bytes: two `usize` sources and sentences) one at a
//! time as they are read. Why: a page of 250,000 "Yes." and "No." against itself keeps 125,000
//! pairs, which held as `AlignedPair`s were one of the largest records of the run, beside the
//! kept edges they were copied from (issue 16). The source numbers are the same for every pair
//! of a pair of documents, so they are held once a block.

use super::matching::Edge;
use super::{AlignedPair, SentenceRef};

/// The kept pairs of every pair of documents, grouped by pair of documents (first with second,
/// first with third, ..., second with third, ...), then by left sentence, then by right.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HeldPairs {
    blocks: Vec<Block>,
}

/// The kept pairs of one pair of documents, `sources.0` < `sources.1`.
#[derive(Debug, Clone, PartialEq)]
struct Block {
    sources: (usize, usize),
    edges: Vec<Edge>,
}

impl HeldPairs {
    /// Adds the pairs of documents `left` and `right` (`left` < `right`, after those of
    /// earlier pairs of documents); `edges` in any order.
    pub(crate) fn push(&mut self, left: usize, right: usize, mut edges: Vec<Edge>) {
        edges.sort_unstable_by_key(|edge| (edge.left, edge.right));
        edges.shrink_to_fit();
        self.blocks.push(Block {
            sources: (left, right),
            edges,
        });
    }

    /// How many pairs.
    pub fn len(&self) -> usize {
        self.blocks.iter().map(|block| block.edges.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every pair, in order.
    pub fn iter(&self) -> impl Iterator<Item = AlignedPair> + '_ {
        self.blocks.iter().flat_map(Block::pairs)
    }

    /// The pairs of document `left` with document `right` (`left` < `right`), in order.
    pub fn between(&self, left: usize, right: usize) -> impl Iterator<Item = AlignedPair> + '_ {
        self.blocks
            .iter()
            .filter(move |block| block.sources == (left, right))
            .flat_map(Block::pairs)
    }

    /// The pairs with each document numbered `given[document]`: each pair's left sentence is
    /// of the document numbered first, and pairs are ordered as [`HeldPairs::iter`] says.
    pub fn renumbered(mut self, given: &[usize]) -> HeldPairs {
        for block in &mut self.blocks {
            let (left, right) = (given[block.sources.0], given[block.sources.1]);
            if left < right {
                block.sources = (left, right);
            } else {
                block.sources = (right, left);
                for edge in &mut block.edges {
                    std::mem::swap(&mut edge.left, &mut edge.right);
                }
                block
                    .edges
                    .sort_unstable_by_key(|edge| (edge.left, edge.right));
            }
        }
        self.blocks.sort_by_key(|block| block.sources);
        self
    }
}

impl Block {
    fn pairs(&self) -> impl Iterator<Item = AlignedPair> + '_ {
        let (left, right) = self.sources;
        self.edges.iter().map(move |edge| AlignedPair {
            left: SentenceRef {
                source: left,
                sentence: edge.left as usize,
            },
            right: SentenceRef {
                source: right,
                sentence: edge.right as usize,
            },
            score: edge.score,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edge(left: u32, right: u32, score: f32) -> Edge {
        Edge { left, right, score }
    }

    fn listed(pairs: &HeldPairs) -> Vec<(usize, usize, usize, usize)> {
        pairs
            .iter()
            .map(|p| {
                (
                    p.left.source,
                    p.left.sentence,
                    p.right.source,
                    p.right.sentence,
                )
            })
            .collect()
    }

    #[test]
    fn a_held_pair_takes_twelve_bytes_and_reads_back_in_order() {
        assert_eq!(std::mem::size_of::<Edge>(), 12);
        let mut pairs = HeldPairs::default();
        pairs.push(0, 1, vec![edge(3, 0, 0.5), edge(1, 2, 0.9)]);
        pairs.push(0, 2, vec![edge(0, 0, 1.0)]);
        assert_eq!(pairs.len(), 3);
        assert_eq!(listed(&pairs), [(0, 1, 1, 2), (0, 3, 1, 0), (0, 0, 2, 0)]);
        let scores: Vec<f32> = pairs.between(0, 1).map(|p| p.score).collect();
        assert_eq!(scores, [0.9, 0.5]);
        assert_eq!(pairs.between(1, 2).count(), 0);
    }

    #[test]
    fn renumbering_puts_the_document_given_first_on_the_left() {
        // Documents run in content order 0, 1, 2 were given as 2, 0, 1.
        let mut pairs = HeldPairs::default();
        pairs.push(0, 1, vec![edge(5, 1, 0.5), edge(4, 7, 0.6)]);
        pairs.push(1, 2, vec![edge(2, 3, 0.7)]);
        let given = pairs.renumbered(&[2, 0, 1]);
        assert_eq!(listed(&given), [(0, 2, 1, 3), (0, 1, 2, 5), (0, 7, 2, 4)]);
    }
}
