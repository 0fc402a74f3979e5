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

    /// Scored pairs of sentences of `left` and `right` at or above `threshold`.
    ///
    /// Term at a time over an inverted index of `right`: each left sentence adds, for every
    /// right sentence sharing one of its terms (or a fuzzy partner), an upper bound of what
    /// that term can contribute. Only right sentences whose bound reaches the threshold are
    /// scored exactly. A left sentence's lightest terms are not looked up at all when together
    /// they weigh less than `threshold² × its weight`: a sentence sharing none of the others
    /// cannot reach the threshold (its score is at most the square root of that share). Both
    /// cuts are exact: the result is what scoring every pair gives.
    fn candidate_edges(&self, left: usize, right: usize, threshold: f32) -> Vec<Edge> {
        self.best_edges(left, right, threshold, usize::MAX)
    }

    /// Like [`Prepared::candidate_edges`], keeping for each left sentence only its `best`
    /// highest-scoring pairs (ties to the earlier right sentence). Candidates are scored in
    /// order of their upper bound, and scoring stops once no bound can beat the `best`-th score.
    fn best_edges(&self, left: usize, right: usize, threshold: f32, best: usize) -> Vec<Edge> {
        let right_terms = &self.terms[right];
        let right_weights: Vec<f32> = right_terms.iter().map(|t| self.total_weight(t)).collect();
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
                || Accumulator::new(right_terms.len()),
                |acc, (left_index, terms)| {
                    let total = self.total_weight(terms);
                    if total <= 0.0 {
                        return Vec::new();
                    }
                    // Lightest terms first; skip them while they weigh under threshold².
                    let mut by_weight: Vec<u32> = terms.clone();
                    by_weight.sort_by(|a, b| {
                        self.weights[*a as usize]
                            .total_cmp(&self.weights[*b as usize])
                            .then(a.cmp(b))
                    });
                    let budget = threshold * threshold * total;
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
                    for &term in &by_weight[first_probe..] {
                        let w = self.weights[term as usize];
                        for &r in &postings[term as usize] {
                            acc.add(r as usize, w);
                        }
                        for &(partner, sim) in self.fuzzy.of(term) {
                            let bound = sim * w.min(self.weights[partner as usize]);
                            for &r in &postings[partner as usize] {
                                acc.add(r as usize, bound);
                            }
                        }
                    }
                    let mut bounded: Vec<(f32, usize)> = acc
                        .drain()
                        .map(|(r, bound)| {
                            ((bound + skipped) / (total * right_weights[r]).sqrt(), r)
                        })
                        .filter(|(upper, _)| *upper >= threshold)
                        .collect();
                    if best < bounded.len() {
                        bounded.sort_unstable_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
                    }
                    let mut edges: Vec<Edge> = Vec::new();
                    for (upper, r) in bounded {
                        if edges.len() == best && upper < edges[best - 1].score {
                            break;
                        }
                        let score = self.similarity(terms, &right_terms[r]);
                        if score >= threshold {
                            edges.push(Edge {
                                left: left_index,
                                right: r,
                                score,
                            });
                            if best != usize::MAX {
                                edges.sort_unstable_by(|x, y| {
                                    y.score.total_cmp(&x.score).then(x.right.cmp(&y.right))
                                });
                                edges.truncate(best);
                            }
                        }
                    }
                    edges.sort_unstable_by_key(|e| e.right);
                    edges
                },
            )
            .flatten()
            .collect()
    }

    fn total_weight(&self, terms: &[u32]) -> f32 {
        terms.iter().map(|&t| self.weights[t as usize]).sum()
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

/// Per-thread sums of upper bounds for the right sentences one left sentence touches.
struct Accumulator {
    sums: Vec<f32>,
    touched: Vec<usize>,
}

impl Accumulator {
    fn new(len: usize) -> Accumulator {
        Accumulator {
            sums: vec![0.0; len],
            touched: Vec::new(),
        }
    }

    fn add(&mut self, index: usize, amount: f32) {
        if self.sums[index] == 0.0 {
            self.touched.push(index);
        }
        self.sums[index] += amount;
    }

    /// The touched entries with their sums, leaving the accumulator empty for the next sentence.
    fn drain(&mut self) -> impl Iterator<Item = (usize, f32)> + '_ {
        let sums = &mut self.sums;
        self.touched.drain(..).map(move |index| {
            let sum = std::mem::take(&mut sums[index]);
            (index, sum)
        })
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

    /// For each sentence of document `left`, the `best` sentences of document `right` scoring
    /// at least `threshold`, as (left sentence, right sentence, score) in sentence order; found
    /// through the index, so cheap even for long articles.
    pub fn best_pairs(
        &self,
        left: usize,
        right: usize,
        threshold: f32,
        best: usize,
    ) -> Vec<(usize, usize, f32)> {
        let mut edges = self.prepared.best_edges(left, right, threshold, best);
        edges.sort_unstable_by_key(|e| (e.left, e.right));
        edges
            .into_iter()
            .map(|e| (e.left, e.right, e.score))
            .collect()
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
