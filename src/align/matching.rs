//! Matching: turns scored sentence pairs into the alignment that is reported.
//!
//! In the default one-to-one mode each sentence is used at most once. Pairs are taken greedily
//! from the best score down (ties broken by sentence position, so the result never depends on
//! the order in which threads produced the pairs). Greedy matching is what an editor does by
//! hand: the surest pairs first. Unlike an optimal assignment (Hungarian algorithm, O(n^3)) it
//! never gives up a clear pair to squeeze a little more total score out of two weak ones, it
//! runs in O(E log E) for E candidate pairs, and its result is easy to explain.
//!
//! The matcher is generic over [`Scored`] pairs: compare pairs claims with the same one
//! (compare may use align; align never uses compare).

use std::cmp::Ordering;

/// A scored candidate pair: sentence `left` of one article, `right` of the other.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Edge {
    pub left: u32,
    pub right: u32,
    pub score: f32,
}

/// What greedy matching needs of a scored pair: how good it is and the two items it joins.
/// Alignment matches sentence pairs ([`Edge`]); compare matches claim pairs `(score, left,
/// right)` with the same matcher.
pub trait Scored {
    fn score(&self) -> f32;
    /// The pair's item on the left side and on the right side.
    fn sides(&self) -> (usize, usize);
}

impl Scored for Edge {
    fn score(&self) -> f32 {
        self.score
    }

    fn sides(&self) -> (usize, usize) {
        (self.left as usize, self.right as usize)
    }
}

impl Scored for (f32, usize, usize) {
    fn score(&self) -> f32 {
        self.0
    }

    fn sides(&self) -> (usize, usize) {
        (self.1, self.2)
    }
}

/// Best first; equal scores in position order (left, then right), so the order is total and
/// deterministic.
pub fn best_first<P: Scored>(a: &P, b: &P) -> Ordering {
    b.score()
        .total_cmp(&a.score())
        .then(a.sides().cmp(&b.sides()))
}

/// Best first; equal scores in sentence order, so the order is total and deterministic.
pub fn by_score_then_position(a: &Edge, b: &Edge) -> Ordering {
    best_first(a, b)
}

/// Which items of each side a matching has used.
pub struct Used {
    pub left: Vec<bool>,
    pub right: Vec<bool>,
}

/// Greedy one-to-one matching of scored pairs: best first, ties by position, each item of
/// either side used once. Sorts `pairs` in that order (callers may walk them again, as quote
/// linking does for split quotes); returns the pairs kept and what they used.
pub fn greedy_one_to_one<P: Scored + Copy>(
    pairs: &mut [P],
    left_count: usize,
    right_count: usize,
) -> (Vec<P>, Used) {
    pairs.sort_unstable_by(best_first);
    let mut used = Used {
        left: vec![false; left_count],
        right: vec![false; right_count],
    };
    let mut kept = Vec::new();
    for pair in pairs.iter() {
        let (l, r) = pair.sides();
        if !used.left[l] && !used.right[r] {
            used.left[l] = true;
            used.right[r] = true;
            kept.push(*pair);
        }
    }
    (kept, used)
}

/// Greedy one-to-one matching of sentence pairs: keeps each edge whose two sentences are both
/// still free.
#[cfg(test)]
pub fn one_to_one(mut edges: Vec<Edge>, left_count: usize, right_count: usize) -> Vec<Edge> {
    greedy_one_to_one(&mut edges, left_count, right_count).0
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

    /// Compare's matcher before the two were one: a stable sort of `(score, left, right)`
    /// best first, ties in claim order, then each claim used once.
    fn claims_one_to_one_as_it_was(
        candidates: &mut [(f32, usize, usize)],
        left_len: usize,
        right_len: usize,
    ) -> (Vec<(f32, usize, usize)>, Used) {
        candidates.sort_by(|p, q| q.0.total_cmp(&p.0).then((p.1, p.2).cmp(&(q.1, q.2))));
        let (mut left, mut right) = (vec![false; left_len], vec![false; right_len]);
        let mut picked = Vec::new();
        for &(score, a, b) in candidates.iter() {
            if !left[a] && !right[b] {
                left[a] = true;
                right[b] = true;
                picked.push((score, a, b));
            }
        }
        (picked, Used { left, right })
    }

    proptest::proptest! {
        /// The one generic matcher keeps what compare's own matcher kept, uses the same
        /// claims, and leaves the candidates in the same order (quote linking walks them again).
        #[test]
        fn the_generic_matcher_equals_the_old_claim_matcher(
            pairs in proptest::collection::btree_set((0usize..6, 0usize..6), 0..24),
            scores in proptest::collection::vec(0u8..4, 24),
        ) {
            let candidates: Vec<(f32, usize, usize)> = pairs
                .into_iter()
                .zip(&scores)
                .map(|((a, b), &s)| (f32::from(s) / 2.0, a, b))
                .collect();
            let mut old = candidates.clone();
            let mut new = candidates;
            let (old_picked, old_used) = claims_one_to_one_as_it_was(&mut old, 6, 6);
            let (new_picked, new_used) = greedy_one_to_one(&mut new, 6, 6);
            proptest::prop_assert_eq!(old_picked, new_picked);
            proptest::prop_assert_eq!(old_used.left, new_used.left);
            proptest::prop_assert_eq!(old_used.right, new_used.right);
            proptest::prop_assert_eq!(old, new);
        }

        /// Claim pairs held as `Edge`s (12 bytes, as compare keeps them to save memory) are
        /// matched exactly as the `(score, left, right)` triples were, duplicates and ties
        /// included.
        #[test]
        fn claim_pairs_as_edges_match_as_triples(
            pairs in proptest::collection::vec((0usize..6, 0usize..6), 0..24),
            scores in proptest::collection::vec(0u8..4, 24),
        ) {
            let mut triples: Vec<(f32, usize, usize)> = pairs
                .into_iter()
                .zip(&scores)
                .map(|((a, b), &s)| (f32::from(s) / 2.0, a, b))
                .collect();
            let mut edges: Vec<Edge> = triples
                .iter()
                .map(|&(score, a, b)| edge(a as u32, b as u32, score))
                .collect();
            let (picked, used) = greedy_one_to_one(&mut triples, 6, 6);
            let (picked_edges, used_edges) = greedy_one_to_one(&mut edges, 6, 6);
            let as_triples = |edges: &[Edge]| -> Vec<(f32, usize, usize)> {
                edges
                    .iter()
                    .map(|e| (e.score, e.left as usize, e.right as usize))
                    .collect()
            };
            proptest::prop_assert_eq!(picked, as_triples(&picked_edges));
            proptest::prop_assert_eq!(used.left, used_edges.left);
            proptest::prop_assert_eq!(used.right, used_edges.right);
            proptest::prop_assert_eq!(triples, as_triples(&edges));
        }
    }
}
