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

use std::sync::Arc;

use super::flat::{FlatLists, SharedLists};
use super::matching::{Edge, by_score_then_position};

/// Identical sentences of one article, grouped. When no two are identical (most articles)
/// nothing is stored: classes are the sentences themselves.
pub struct Classes {
    sentences: usize,
    /// The class of each sentence; empty when all are distinct. The term lists' own numbers,
    /// shared: a copy was 1 MB an article of 250,000 "Yes." and "No." (issue 16).
    of: Arc<[u32]>,
    /// The sentences of each class, in order; classes in order of their first sentence.
    members: FlatLists<u32>,
}

impl Classes {
    /// The term lists' numbering read as classes: identical term sets are held once there,
    /// numbered in order of their first sentence, which is a class numbering. (Two lists of one
    /// hash are held apart there, so identical sentences may then be two classes: a search
    /// more, never another pair, as every class is a group of identical sentences.)
    pub fn new(terms: &SharedLists) -> Classes {
        let sentences = terms.len();
        let Some(of) = terms.numbers() else {
            return Classes {
                sentences,
                of: Arc::default(),
                members: FlatLists::default(),
            };
        };
        let members = FlatLists::invert(
            terms.distinct(),
            of.iter()
                .enumerate()
                .map(|(sentence, &class)| (class as usize, sentence as u32)),
        );
        Classes {
            sentences,
            of,
            members,
        }
    }

    /// How many classes.
    pub fn len(&self) -> usize {
        if self.all_distinct() {
            self.sentences
        } else {
            self.members.len()
        }
    }

    /// How many sentences.
    pub fn sentences(&self) -> usize {
        self.sentences
    }

    /// The class of `sentence`.
    pub fn of(&self, sentence: usize) -> u32 {
        self.of.get(sentence).copied().unwrap_or(sentence as u32)
    }

    /// The sentence that stands for `class`: its first.
    pub fn first(&self, class: usize) -> usize {
        if self.all_distinct() {
            class
        } else {
            self.members[class][0] as usize
        }
    }

    /// The `k`-th sentence of `class`, if it has that many.
    pub fn member(&self, class: usize, k: usize) -> Option<u32> {
        if self.all_distinct() {
            (k == 0).then_some(class as u32)
        } else {
            self.members[class].get(k).copied()
        }
    }

    /// True when no two sentences are identical: classes and sentences are then the same
    /// numbers, and class pairs need no expanding.
    pub fn all_distinct(&self) -> bool {
        self.of.is_empty()
    }
}

/// Each left sentence's related sentences of the right article ([`super::SentenceScorer::best_pairs`]):
/// identical sentences relate to the same sentences, so each class holds one list and a
/// sentence only its class number. A page of 250,000 "Yes." and "No." holds two lists, where
/// a list a sentence was the peak of its comparison (issue 16).
pub struct Related {
    /// The class of each sentence; empty when all are distinct (lists are then sentences').
    of: Arc<[u32]>,
    /// The related right sentences of each class, as (right sentence, score) by right sentence.
    lists: FlatLists<(u32, f32)>,
}

impl Related {
    /// `lists` one a class of `classes`.
    pub fn new(classes: Classes, lists: FlatLists<(u32, f32)>) -> Related {
        debug_assert_eq!(classes.len(), lists.len());
        Related {
            of: classes.of,
            lists,
        }
    }

    /// The related sentences of left sentence `sentence`, `None` past the article's end.
    pub fn get(&self, sentence: usize) -> Option<&[(u32, f32)]> {
        if self.of.is_empty() {
            self.lists.get(sentence)
        } else {
            let class = *self.of.get(sentence)?;
            Some(&self.lists[class as usize])
        }
    }

    /// How many lists are held: one a distinct sentence.
    pub fn lists_held(&self) -> usize {
        self.lists.len()
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
        let class = class_edge.right as usize;
        let members = (0..best).map_while(|k| right.member(class, k));
        edges.extend(members.map(|member| Edge {
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
        let terms: SharedLists = [vec![5, 7], vec![1], vec![5, 7], vec![], vec![1], vec![]]
            .into_iter()
            .collect();
        let classes = Classes::new(&terms);
        assert_eq!(
            (0..6).map(|s| classes.of(s)).collect::<Vec<_>>(),
            [0, 1, 0, 2, 1, 2]
        );
        assert_eq!(
            (classes.member(0, 0), classes.member(0, 1)),
            (Some(0), Some(2))
        );
        assert_eq!(classes.member(0, 2), None);
        assert_eq!(classes.first(1), 1);
        assert!(!classes.all_distinct());
        let distinct = Classes::new(&[vec![1], vec![2]].into_iter().collect());
        assert!(distinct.all_distinct());
        assert_eq!(
            (distinct.len(), distinct.of(1), distinct.first(1)),
            (2, 1, 1)
        );
        assert_eq!(
            (distinct.member(1, 0), distinct.member(1, 1)),
            (Some(1), None)
        );
    }

    proptest::proptest! {
        /// Classes are exactly the groups of identical term sets, numbered in order of their
        /// first sentence, members in sentence order, whatever the shared lists' numbering.
        #[test]
        fn classes_are_the_groups_of_identical_term_sets(
            lists in proptest::collection::vec(proptest::collection::vec(0u32..4, 0..3), 0..40),
        ) {
            let terms: SharedLists = lists.iter().cloned().collect();
            let classes = Classes::new(&terms);
            let mut first_of: Vec<&Vec<u32>> = Vec::new();
            let mut members: Vec<Vec<u32>> = Vec::new();
            for (sentence, list) in lists.iter().enumerate() {
                let class = first_of.iter().position(|seen| *seen == list).unwrap_or_else(|| {
                    first_of.push(list);
                    members.push(Vec::new());
                    first_of.len() - 1
                });
                members[class].push(sentence as u32);
                proptest::prop_assert_eq!(classes.of(sentence), class as u32);
            }
            proptest::prop_assert_eq!(classes.len(), members.len());
            proptest::prop_assert_eq!(classes.sentences(), lists.len());
            proptest::prop_assert_eq!(classes.all_distinct(), members.len() == lists.len());
            for (class, held) in members.iter().enumerate() {
                proptest::prop_assert_eq!(classes.first(class), held[0] as usize);
                let read: Vec<u32> = (0..=held.len())
                    .map_while(|k| classes.member(class, k))
                    .collect();
                proptest::prop_assert_eq!(&read, held);
            }
        }
    }

    #[test]
    fn a_sentence_takes_the_earliest_members_of_tied_classes() {
        // Right sentences: class 0 = {0, 5}, class 1 = {3}; both score 0.5 for left 9.
        let terms: SharedLists = [vec![1], vec![2], vec![4], vec![3], vec![4], vec![1]]
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
