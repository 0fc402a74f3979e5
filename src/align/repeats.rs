//! Repeats: the sentences of one article grouped by identical term sets, so each distinct
//! sentence is looked up and scored once however often it recurs.
//!
//! Takes an article's term sets and hands on [`Classes`]: for each sentence its class, for each
//! class its members in sentence order. Why: live blogs, scraped archives and templated pages
//! repeat lines ("Advertisement.", "Yes." / "No.", a wire paragraph pasted again); two copies
//! score the same against anything, so scoring every copy costs the square of the copies for
//! nothing (issue 16: 73 s for 10,000 "Yes. No." sentences). Classes are numbered in order of
//! their first member, so "ties to the earlier class" is "ties to the earlier sentence"
//! whenever a class's first member stands for it; [`expand`] turns a class's best pairs back
//! into a sentence's best pairs with that rule.

use rustc_hash::FxHashMap;

use super::flat::FlatLists;
use super::matching::{Edge, by_score_then_position};

/// Identical sentences of one article, grouped.
pub struct Classes {
    /// The class of each sentence.
    pub of: Vec<u32>,
    /// The sentences of each class, in order; classes in order of their first sentence.
    pub members: FlatLists<u32>,
}

impl Classes {
    pub fn new(terms: &FlatLists<u32>) -> Classes {
        let mut ids: FxHashMap<&[u32], u32> = FxHashMap::default();
        let of: Vec<u32> = terms
            .iter()
            .map(|set| {
                let next = ids.len() as u32;
                *ids.entry(set).or_insert(next)
            })
            .collect();
        let members = FlatLists::invert(
            ids.len(),
            of.iter()
                .enumerate()
                .map(|(sentence, &class)| (class as usize, sentence as u32)),
        );
        Classes { of, members }
    }

    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// The sentence that stands for `class`: its first.
    pub fn first(&self, class: usize) -> usize {
        self.members[class][0] as usize
    }

    /// True when no two sentences are identical: classes and sentences are then the same
    /// numbers, and class pairs need no expanding.
    pub fn all_distinct(&self) -> bool {
        self.len() == self.of.len()
    }
}

/// Sentence `left`'s `best` pairs, best first, from its class's `best` best class pairs
/// (`class_edges`, best first, `right` a class of `right`): each class offers its first `best`
/// members at its score. Exact: a sentence among the `best` best has its class among the
/// `best` best classes, since every class ranked above it offers a first member ranked above
/// that sentence.
pub fn expand(class_edges: &[Edge], left: u32, right: &Classes, best: usize) -> Vec<Edge> {
    let mut edges: Vec<Edge> = Vec::new();
    for class_edge in class_edges {
        let members = &right.members[class_edge.right as usize];
        edges.extend(members.iter().take(best).map(|&member| Edge {
            left,
            right: member,
            score: class_edge.score,
        }));
    }
    edges.sort_unstable_by(by_score_then_position);
    edges.truncate(best);
    edges
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_term_sets_share_a_class_numbered_by_first_sentence() {
        let terms: FlatLists<u32> = [vec![5, 7], vec![1], vec![5, 7], vec![], vec![1], vec![]]
            .into_iter()
            .collect();
        let classes = Classes::new(&terms);
        assert_eq!(classes.of, [0, 1, 0, 2, 1, 2]);
        assert_eq!(&classes.members[0], &[0, 2]);
        assert_eq!(classes.first(1), 1);
        assert!(!classes.all_distinct());
    }

    #[test]
    fn a_sentence_takes_the_earliest_members_of_tied_classes() {
        // Right sentences: class 0 = {0, 5}, class 1 = {3}; both score 0.5 for left 9.
        let terms: FlatLists<u32> = [vec![1], vec![2], vec![4], vec![3], vec![4], vec![1]]
            .into_iter()
            .collect();
        let right = Classes::new(&terms);
        let class_edges = [
            Edge {
                left: 0,
                right: 0,
                score: 0.5,
            },
            Edge {
                left: 0,
                right: 3,
                score: 0.5,
            },
        ];
        let found: Vec<u32> = expand(&class_edges, 9, &right, 2)
            .iter()
            .map(|e| e.right)
            .collect();
        assert_eq!(found, [0, 3]);
    }
}
