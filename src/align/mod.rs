//! Align: pairs the sentences of different outlets that report the same thing.
//!
//! Takes segmented articles ([`Document`]s) and hands on [`AlignedPair`]s: which sentence of one
//! outlet matches which of another, with a similarity score in 0..1. Three steps:
//!
//! 1. [`terms`]: every sentence becomes a sorted set of content-word IDs, and IDF weights and
//!    fuzzy partners (derived forms, name spellings) are computed once per run;
//! 2. candidate generation and scoring: an inverted index over the right-hand article lists,
//!    for each left sentence, only the sentences sharing at least one term (or a fuzzy partner
//!    of one) with it; those are scored with [`score::similarity`]. A pair sharing nothing
//!    scores 0, so this gives exactly the result of scoring every pair, at a fraction of the
//!    cost. Scoring runs in parallel with rayon: this module is the one place rayon lives;
//! 3. [`matching`]: pairs at or above the threshold are kept, one-to-one by default.
//!
//! Determinism: each left sentence's candidates are scored by one thread in a fixed order and
//! the results are collected in sentence order, then sorted with a total order before matching,
//! so the output is the same for any number of threads.

pub mod matching;
pub mod score;
pub mod terms;

use rayon::prelude::*;

use crate::segment::Document;
use matching::Edge;
use score::FuzzyPartners;
use terms::TermExtractor;

/// Pairs scoring below this are not reported. Chosen on the MSRP news paraphrase corpus and
/// the seed articles: see docs/algorithms.md for the figures.
pub const DEFAULT_THRESHOLD: f32 = 0.2;

/// How aligned pairs are chosen among those above the threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Matching {
    /// Each sentence is used at most once; the best pairs are taken first.
    #[default]
    OneToOne,
    /// Every pair above the threshold, for finding all the places a fact recurs.
    All,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AlignOptions {
    pub threshold: f32,
    pub matching: Matching,
}

impl Default for AlignOptions {
    fn default() -> Self {
        AlignOptions {
            threshold: DEFAULT_THRESHOLD,
            matching: Matching::OneToOne,
        }
    }
}

/// A sentence of one of the articles: `source` indexes the documents, `sentence` their sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SentenceRef {
    pub source: usize,
    pub sentence: usize,
}

/// Two sentences of different outlets found to say the same thing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AlignedPair {
    pub left: SentenceRef,
    pub right: SentenceRef,
    pub score: f32,
}

/// The per-run tables that scoring reads: term sets, weights and fuzzy partners.
struct Prepared {
    /// `terms[source][sentence]`: sorted, distinct term IDs.
    terms: Vec<Vec<Vec<u32>>>,
    weights: Vec<f32>,
    fuzzy: FuzzyPartners,
}

impl Prepared {
    fn new<'a>(sources: impl IntoIterator<Item = Vec<&'a str>>) -> Prepared {
        let mut extractor = TermExtractor::default();
        let terms: Vec<Vec<Vec<u32>>> = sources
            .into_iter()
            .map(|sentences| sentences.into_iter().map(|s| extractor.terms(s)).collect())
            .collect();
        let weights = score::idf_weights(
            extractor.vocabulary.len(),
            terms.iter().flatten().map(Vec::as_slice),
        );
        let fuzzy = score::fuzzy_partners(&extractor.vocabulary);
        Prepared {
            terms,
            weights,
            fuzzy,
        }
    }

    fn similarity(&self, a: &[u32], b: &[u32]) -> f32 {
        score::similarity(a, b, &self.weights, &self.fuzzy)
    }

    /// Scored pairs of sentences of `left` and `right` at or above `threshold`, found through an
    /// inverted index over `right`.
    fn candidate_edges(&self, left: usize, right: usize, threshold: f32) -> Vec<Edge> {
        let right_terms = &self.terms[right];
        let mut postings: Vec<Vec<u32>> = vec![Vec::new(); self.weights.len()];
        for (index, terms) in right_terms.iter().enumerate() {
            for &term in terms {
                postings[term as usize].push(index as u32);
            }
        }
        self.terms[left]
            .par_iter()
            .enumerate()
            .map_init(
                || vec![false; right_terms.len()],
                |seen, (left_index, terms)| {
                    let mut candidates = Vec::new();
                    for &term in terms {
                        let partners = self.fuzzy.of(term).iter().map(|&(p, _)| p);
                        for t in std::iter::once(term).chain(partners) {
                            for &r in &postings[t as usize] {
                                if !std::mem::replace(&mut seen[r as usize], true) {
                                    candidates.push(r as usize);
                                }
                            }
                        }
                    }
                    let mut edges = Vec::new();
                    for r in candidates {
                        seen[r] = false;
                        let score = self.similarity(terms, &right_terms[r]);
                        if score >= threshold {
                            edges.push(Edge {
                                left: left_index,
                                right: r,
                                score,
                            });
                        }
                    }
                    edges
                },
            )
            .flatten()
            .collect()
    }

    /// Every pair scored: the reference the candidate path must agree with.
    #[cfg(test)]
    fn exhaustive_edges(&self, left: usize, right: usize, threshold: f32) -> Vec<Edge> {
        let mut edges = Vec::new();
        for (l, a) in self.terms[left].iter().enumerate() {
            for (r, b) in self.terms[right].iter().enumerate() {
                let score = self.similarity(a, b);
                if score >= threshold {
                    edges.push(Edge {
                        left: l,
                        right: r,
                        score,
                    });
                }
            }
        }
        edges
    }
}

/// Aligns the sentences of every pair of documents (first with second, first with third, ...,
/// second with third, ...). Pairs come out grouped by document pair, then by left sentence.
///
/// ```
/// use claimdiff::align::{AlignOptions, align};
/// use claimdiff::{Article, Document};
///
/// let article = |outlet: &str, text: &str| {
///     Document::new(Article { outlet: outlet.into(), path: outlet.into(), text: text.into() })
/// };
/// let documents = [
///     article("wire", "Floods killed 41 people in Sindh on Tuesday. Markets were calm."),
///     article("daily", "Shares rose. At least 41 people died in floods in Sindh on Tuesday."),
/// ];
/// let pairs = align(&documents, &AlignOptions::default());
/// assert_eq!(pairs.len(), 1);
/// assert_eq!((pairs[0].left.sentence, pairs[0].right.sentence), (0, 1));
/// ```
pub fn align(documents: &[Document], options: &AlignOptions) -> Vec<AlignedPair> {
    align_with(&SentenceScorer::new(documents), documents, options)
}

/// [`align`] with a scorer already built for `documents`, so later stages can reuse it.
pub fn align_with(
    scorer: &SentenceScorer,
    documents: &[Document],
    options: &AlignOptions,
) -> Vec<AlignedPair> {
    let prepared = &scorer.prepared;
    let mut pairs = Vec::new();
    for left in 0..documents.len() {
        for right in left + 1..documents.len() {
            let edges = prepared.candidate_edges(left, right, options.threshold);
            let mut kept = match options.matching {
                Matching::OneToOne => matching::one_to_one(
                    edges,
                    documents[left].sentences.len(),
                    documents[right].sentences.len(),
                ),
                Matching::All => edges,
            };
            kept.sort_unstable_by_key(|edge| (edge.left, edge.right));
            pairs.extend(kept.into_iter().map(|edge| AlignedPair {
                left: SentenceRef {
                    source: left,
                    sentence: edge.left,
                },
                right: SentenceRef {
                    source: right,
                    sentence: edge.right,
                },
                score: edge.score,
            }));
        }
    }
    pairs
}

/// Scores any pair of sentences of a set of documents, with the weights of one alignment run.
///
/// For later stages that need to know how related two sentences are even when they were not
/// aligned (claims matching across outlets).
pub struct SentenceScorer {
    prepared: Prepared,
}

impl SentenceScorer {
    pub fn new(documents: &[Document]) -> SentenceScorer {
        SentenceScorer {
            prepared: Prepared::new(documents.iter().map(Document::sentence_texts)),
        }
    }

    pub fn score(&self, a: SentenceRef, b: SentenceRef) -> f32 {
        self.prepared.similarity(
            &self.prepared.terms[a.source][a.sentence],
            &self.prepared.terms[b.source][b.sentence],
        )
    }
}

/// Similarity of each pair of sentences, with IDF taken over all sentences given.
///
/// For measuring the scorer on labelled sentence pairs (paraphrase corpora) rather than on
/// articles.
pub fn pair_similarities(pairs: &[(&str, &str)]) -> Vec<f32> {
    let prepared = Prepared::new([
        pairs.iter().map(|p| p.0).collect::<Vec<_>>(),
        pairs.iter().map(|p| p.1).collect(),
    ]);
    (0..pairs.len())
        .map(|i| prepared.similarity(&prepared.terms[0][i], &prepared.terms[1][i]))
        .collect()
}

#[cfg(test)]
mod tests;
