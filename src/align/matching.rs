//! Matching: turns scored sentence pairs into the alignment that is reported.
//!
//! In the default one-to-one mode each sentence is used at most once. Pairs are taken greedily
//! from the best score down (ties broken by sentence position, so the result never depends on
//! the order in which threads produced the pairs). Greedy matching is what an editor does by
//! hand: the surest pairs first. Unlike an optimal assignment (Hungarian algorithm, O(n^3)) it
//! never gives up a clear pair to squeeze a little more total score out of two weak ones, it
//! runs in O(E log E) for E candidate pairs, and its result is easy to explain.

use std::cmp::Ordering;

/// A scored candidate pair: sentence `left` of one article, `right` of the other.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Edge {
    pub left: u32,
    pub right: u32,
    pub score: f32,
}

/// Best first; equal scores in sentence order, so the order is total and deterministic.
pub fn by_score_then_position(a: &Edge, b: &Edge) -> Ordering {
    b.score
        .total_cmp(&a.score)
        .then(a.left.cmp(&b.left))
        .then(a.right.cmp(&b.right))
}

/// Greedy one-to-one matching: keeps each edge whose two sentences are both still free.
pub fn one_to_one(mut edges: Vec<Edge>, left_count: usize, right_count: usize) -> Vec<Edge> {
    edges.sort_unstable_by(by_score_then_position);
    let mut left_used = vec![false; left_count];
    let mut right_used = vec![false; right_count];
    let mut kept = Vec::new();
    for edge in edges {
        let (l, r) = (edge.left as usize, edge.right as usize);
        if !left_used[l] && !right_used[r] {
            left_used[l] = true;
            right_used[r] = true;
            kept.push(edge);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edge(left: u32, right: u32, score: f32) -> Edge {
        Edge { left, right, score }
    }

    #[test]
    fn best_pairs_win_and_each_sentence_is_used_once() {
        let edges = vec![
            edge(0, 0, 0.5),
            edge(0, 1, 0.9),
            edge(1, 1, 0.8),
            edge(1, 0, 0.4),
            edge(2, 1, 0.3),
        ];
        let kept = one_to_one(edges, 3, 2);
        assert_eq!(kept, vec![edge(0, 1, 0.9), edge(1, 0, 0.4)]);
    }

    #[test]
    fn ties_are_broken_by_position_whatever_the_input_order() {
        let edges = vec![edge(1, 0, 0.5), edge(0, 1, 0.5), edge(0, 0, 0.5)];
        let mut reversed = edges.clone();
        reversed.reverse();
        assert_eq!(one_to_one(edges, 2, 2), one_to_one(reversed, 2, 2));
        assert_eq!(
            one_to_one(vec![edge(1, 0, 0.5), edge(0, 0, 0.5)], 2, 1),
            vec![edge(0, 0, 0.5)]
        );
    }
}
