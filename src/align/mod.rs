//! Align: pairs the sentences of different outlets that report the same thing.
//!
//! Takes segmented articles ([`Document`]s) and hands on [`AlignedPair`]s: which sentence of one
//! outlet matches which of another, with a similarity score in 0..1. Three steps:
//!
//! 1. `terms`: every sentence becomes a sorted set of content-word IDs; each term's weight comes
//!    from a fixed background table of English word frequencies (`weights`), and fuzzy partners
//!    (derived forms, name spellings) are found once per run, both functions of the words
//!    alone, so a pair scores the same in any run;
//! 2. candidate generation and scoring: an inverted index over the right-hand article lists,
//!    for each left sentence, only the sentences sharing at least one term (or a fuzzy partner
//!    of one) with it; those are scored with `score::similarity`. A pair sharing nothing
//!    scores 0, so this gives exactly the result of scoring every pair, at a fraction of the
//!    cost. Scoring runs in parallel with rayon (one of the three seams named in lib.rs);
//! 3. `matching`: pairs at or above the threshold are kept, one-to-one by default.
//!
//! Determinism: each left sentence's candidates are scored by one thread in a fixed order and
//! the results are collected in sentence order, then sorted with a total order before matching,
//! so the output is the same for any number of threads.

pub(crate) mod flat;
mod folds;
mod held;
mod lazy;
mod marks;
pub(crate) mod matching;
mod mutual;
mod repeats;
pub(crate) mod score;
mod search;
mod stream;
pub(crate) mod terms;
mod walk;
pub(crate) mod weights;

use rayon::prelude::*;

use crate::segment::Document;
use flat::{FlatLists, SharedLists};
use matching::Edge;
use repeats::Classes;
pub use repeats::Related;
use score::{FuzzyPartners, Reading};
use terms::TermExtractor;
use walk::{RELATED_WALK, Walk};

pub use held::HeldPairs;
pub use stream::AlignedPairs;

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
    /// `terms[source][sentence]`: sorted, distinct term IDs; identical lists held once.
    terms: Vec<SharedLists>,
    weights: Vec<f32>,
    fuzzy: FuzzyPartners,
}

impl Prepared {
    fn new<'a, S: IntoIterator<Item = &'a str>>(sources: impl IntoIterator<Item = S>) -> Prepared {
        let mut extractor = TermExtractor::default();
        let terms: Vec<SharedLists> = sources
            .into_iter()
            .map(|sentences| sentences.into_iter().map(|s| extractor.terms(s)).collect())
            .collect();
        let weights = score::term_weights(&extractor.vocabulary);
        let fuzzy = score::fuzzy_partners(&extractor.vocabulary);
        Prepared {
            terms,
            weights,
            fuzzy,
        }
    }

    /// Whether `a` and `b` give the same report ([`Reading::SameReport`]).
    fn similarity(&self, a: &[u32], b: &[u32]) -> f32 {
        self.similarity_as(a, b, Reading::SameReport)
    }

    fn similarity_as(&self, a: &[u32], b: &[u32], reading: Reading) -> f32 {
        #[cfg(test)]
        tests::SCORED.with(|count| count.set(count.get() + 1));
        score::similarity(a, b, &self.weights, &self.fuzzy, reading)
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
    ///
    /// Identical sentences are looked up once (see `repeats`): each distinct left sentence finds
    /// its best distinct right sentences, and every copy takes from them its own best pairs.
    fn best_edges(&self, left: usize, right: usize, threshold: f32, best: usize) -> Vec<Edge> {
        self.best_edges_walking(left, right, threshold, best, None)
    }

    /// [`Prepared::best_edges`], its walks capped at `cap` entries when given (see
    /// [`RELATED_WALK`]).
    fn best_edges_walking(
        &self,
        left: usize,
        right: usize,
        threshold: f32,
        best: usize,
        cap: Option<usize>,
    ) -> Vec<Edge> {
        let lefts = Classes::new(&self.terms[left]);
        let index = RightIndex {
            walk: cap.map_or(Walk::Whole, |entries| Walk::Capped {
                entries,
                lefts: lefts.len(),
            }),
            ..RightIndex::new(self, right)
        };
        let by_class = self.class_edges(left, &index, &lefts, threshold, best);
        let mut edges = Vec::with_capacity(by_class.items().len());
        for l in 0..lefts.sentences() {
            let class = lefts.of(l);
            let start = edges.len();
            if index.classes.all_distinct() {
                edges.extend(by_class[class as usize].iter().map(|e| Edge {
                    left: l as u32,
                    ..*e
                }));
            } else {
                edges.extend(repeats::expand(
                    &by_class[class as usize],
                    l as u32,
                    &index.classes,
                    best,
                ));
            }
            edges[start..].sort_unstable_by_key(|e| e.right);
        }
        edges
    }

    /// For each class of identical left sentences, the `best` best classes of `index` at or
    /// above `threshold`, best first (`right` a class of `index`).
    fn class_edges(
        &self,
        left: usize,
        index: &RightIndex,
        lefts: &Classes,
        threshold: f32,
        best: usize,
    ) -> FlatLists<Edge> {
        self.class_lists(left, index, lefts, (threshold, best), |edges| edges)
    }

    /// [`Prepared::class_edges`], each list reshaped by `shape` as it is found, so a caller
    /// that keeps another shape never holds both (`want`: threshold and how many).
    fn class_lists<T: Send>(
        &self,
        left: usize,
        index: &RightIndex,
        lefts: &Classes,
        (threshold, best): (f32, usize),
        shape: impl Fn(Vec<Edge>) -> Vec<T> + Sync,
    ) -> FlatLists<T> {
        let left_terms = &self.terms[left];
        let parts: Vec<FlatLists<T>> = (0..lefts.len().div_ceil(CHUNK))
            .into_par_iter()
            .map_init(
                || Accumulator::new(index.len()),
                |acc, chunk| {
                    let mut part = FlatLists::default();
                    for class in chunk * CHUNK..lefts.len().min((chunk + 1) * CHUNK) {
                        let terms = &left_terms[lefts.first(class)];
                        let edges = self.edges_of(index, acc, class, terms, threshold, best);
                        part.push(shape(edges));
                    }
                    part.shrink_to_fit();
                    part
                },
            )
            .collect();
        FlatLists::concat(parts)
    }

    /// The summed weight of a term list's terms (its marks weigh nothing).
    fn total_weight(&self, terms: &[u32]) -> f32 {
        marks::words(terms)
            .iter()
            .map(|&t| self.weights[t as usize])
            .sum()
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
                        left: l as u32,
                        right: r as u32,
                        score,
                    });
                }
            }
        }
        edges
    }
}

/// The right-hand article of a pair, indexed by classes of identical sentences (`repeats`):
/// which classes hold each term, and each class's total weight. A sentence repeated a thousand
/// times is one entry of each of its terms' lists, so looking it up costs what one copy does.
struct RightIndex {
    source: usize,
    classes: Classes,
    /// For each term of the vocabulary, the classes holding it, in order.
    postings: FlatLists<u32>,
    weights: Vec<f32>,
    /// How much of its terms' index lists a sentence's search walks (see
    /// `Prepared::edges_of`): all, exact, for alignment; [`RELATED_WALK`] entries for
    /// [`SentenceScorer::best_pairs`].
    walk: Walk,
    /// What its scores say: the same report for alignment, shared words for claims matching.
    reading: Reading,
    /// The classes in the order of their term lists, to find the class identical to a left
    /// sentence by binary search ([`RightIndex::identical`]): one number a class, where a hash
    /// table of slices would hold three.
    by_terms: Vec<u32>,
}

impl RightIndex {
    fn new(prepared: &Prepared, source: usize) -> RightIndex {
        let terms = &prepared.terms[source];
        let classes = Classes::new(terms);
        let firsts = (0..classes.len()).map(|class| &terms[classes.first(class)]);
        let entries = firsts.clone().enumerate().flat_map(|(class, sentence)| {
            marks::words(sentence)
                .iter()
                .map(move |&term| (term as usize, class as u32))
        });
        let postings = FlatLists::invert(prepared.weights.len(), entries);
        let mut by_terms: Vec<u32> = (0..classes.len() as u32).collect();
        // Classes are distinct term lists, so the order is total without a tie-break.
        by_terms.sort_unstable_by(|&a, &b| {
            terms[classes.first(a as usize)].cmp(&terms[classes.first(b as usize)])
        });
        RightIndex {
            source,
            postings,
            weights: firsts.map(|t| prepared.total_weight(t)).collect(),
            classes,
            walk: Walk::Whole,
            reading: Reading::SameReport,
            by_terms,
        }
    }

    /// The class whose term list (marks included) is `terms`, if there is one.
    fn identical(&self, prepared: &Prepared, terms: &[u32]) -> Option<u32> {
        let held = |class: u32| &prepared.terms[self.source][self.classes.first(class as usize)];
        self.by_terms
            .binary_search_by(|&class| held(class).cmp(terms))
            .ok()
            .map(|found| self.by_terms[found])
    }

    /// How many classes (distinct sentences).
    fn len(&self) -> usize {
        self.weights.len()
    }

    /// The terms of `class`.
    fn terms<'a>(&self, prepared: &'a Prepared, class: usize) -> &'a [u32] {
        &prepared.terms[self.source][self.classes.first(class)]
    }
}

/// A pair in the matching queue: the heap pops the best pair first, ties in sentence order.
struct Queued(Edge);

impl PartialEq for Queued {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == std::cmp::Ordering::Equal
    }
}

impl Eq for Queued {}

impl PartialOrd for Queued {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Queued {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        // by_score_then_position puts the best first; the heap pops its greatest.
        matching::by_score_then_position(&other.0, &self.0)
    }
}

/// Left sentences per parallel task: enough to keep tasks cheap to hand out, few enough that
/// both cores stay busy on short articles.
const CHUNK: usize = 256;

/// How much the upper bounds of the candidate search are raised (and its skipping budget
/// lowered), relative to their value. Bounds are summed in f32 and scores in f64 (so a score
/// does not depend on the order of term IDs), so a bound can fall an ulp or two below the score
/// it bounds; without the slack the search could stop before a tie or a better pair. The cost
/// is a few more pairs scored, never a different result.
const BOUND_SLACK: f32 = 1e-5;

/// How many candidates from a sentence's heaviest terms are scored to raise its threshold
/// before a top-few search (`Prepared::raised_threshold`). Alignment's searches only: the
/// related-sentence search (8 a sentence, walk-capped) seldom gains from it.
const PROBE: usize = 16;

/// The probe runs only when the search would otherwise walk more than this many times
/// [`PROBE`] index entries: in ordinary articles a sentence's terms are rare enough that the
/// search is cheaper than the probe; in look-alike articles (the same actors, places and verbs
/// in every sentence) the index lists grow with the article and the probe saves most of them.
const PROBE_WORTH: usize = 8;

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
///     Document::new(Article::new(outlet, outlet, text))
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
    align_held(scorer, documents, options).iter().collect()
}

/// [`align_with`], the pairs held as kept ([`HeldPairs`], 12 bytes a pair) for a report.
pub fn align_held(
    scorer: &SentenceScorer,
    documents: &[Document],
    options: &AlignOptions,
) -> HeldPairs {
    let prepared = &scorer.prepared;
    let mut pairs = HeldPairs::default();
    for left in 0..documents.len() {
        for right in left + 1..documents.len() {
            let kept = match options.matching {
                Matching::OneToOne => prepared.aligned_one_to_one(left, right, options.threshold),
                Matching::All => prepared.candidate_edges(left, right, options.threshold),
            };
            pairs.push(left, right, kept);
        }
    }
    pairs
}

/// The pairs [`align`] gives, for a report: held when matched one-to-one; with
/// [`Matching::All`], found one left sentence at a time as they are read (see `stream`), so a
/// report of every pair never holds them all.
pub fn aligned_pairs(documents: &[Document], options: &AlignOptions) -> AlignedPairs {
    match options.matching {
        Matching::OneToOne => AlignedPairs::Held(align_held(
            &SentenceScorer::new(documents),
            documents,
            options,
        )),
        Matching::All => AlignedPairs::Streamed {
            scorer: std::sync::Arc::new(SentenceScorer::new(documents)),
            threshold: options.threshold,
        },
    }
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

    /// For each sentence of document `left` (by index), the `best` sentences of document
    /// `right` scoring at least `threshold`, as (right sentence, score) sorted by right
    /// sentence; found through the index, so cheap even for long articles. Identical left
    /// sentences share one list ([`Related`]).
    pub fn best_pairs(&self, left: usize, right: usize, threshold: f32, best: usize) -> Related {
        let prepared = &self.prepared;
        let lefts = Classes::new(&prepared.terms[left]);
        let index = RightIndex {
            walk: Walk::Capped {
                entries: RELATED_WALK,
                lefts: lefts.len(),
            },
            reading: Reading::Shared,
            ..RightIndex::new(prepared, right)
        };
        let pairs = |edges: &[Edge]| -> Vec<(u32, f32)> {
            let mut pairs: Vec<(u32, f32)> = edges.iter().map(|e| (e.right, e.score)).collect();
            pairs.sort_unstable_by_key(|p| p.0);
            pairs
        };
        if index.classes.all_distinct() {
            // Right classes are sentences: no copy to expand (the common case), and the lists
            // are kept in their final shape as found, so memory is as before classes.
            let related =
                prepared.class_lists(left, &index, &lefts, (threshold, best), |e| pairs(&e));
            drop(index);
            return Related::new(lefts, related);
        }
        let by_class = prepared.class_edges(left, &index, &lefts, threshold, best);
        // Joining the lists is the peak of a long comparison's memory (issue 13): the index
        // is no longer needed by then. A class's copies all take the same right sentences,
        // so the list is expanded once a class, for its first sentence.
        let related = (0..lefts.len())
            .map(|class| {
                pairs(&repeats::expand(
                    &by_class[class],
                    lefts.first(class) as u32,
                    &index.classes,
                    best,
                ))
            })
            .collect();
        drop(index);
        Related::new(lefts, related)
    }

    /// Whether two sentences give the same report: the score alignment reports
    /// ([`Reading::SameReport`]).
    pub fn same_report(&self, a: SentenceRef, b: SentenceRef) -> f32 {
        self.prepared.similarity(
            &self.prepared.terms[a.source][a.sentence],
            &self.prepared.terms[b.source][b.sentence],
        )
    }

    /// How much two sentences share (claims matching's "related sentences": a pair that
    /// disagrees on a figure is related, [`Reading::Shared`]).
    pub fn score(&self, a: SentenceRef, b: SentenceRef) -> f32 {
        self.prepared.similarity_as(
            &self.prepared.terms[a.source][a.sentence],
            &self.prepared.terms[b.source][b.sentence],
            Reading::Shared,
        )
    }
}

/// Similarity of each pair of sentences, all in one run (word weights come from the background
/// table, so this is each pair's score alone, but for how each text is split into sentences).
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

/// Similarity of two short texts scored as their own run: the score `claimdiff compare a.txt
/// b.txt` gives them. Each text is split into sentences as an article is, and the best-scoring
/// pair of their sentences counts (for two one-sentence texts, the score of the pair; 0 when
/// they share nothing).
///
/// For measuring the scorer the way a user meets it, one pair at a time (issue 14), beside
/// [`pair_similarities`], which scores every pair given in one run (the same scores, now that
/// weights come from the background table, but for how texts split into sentences).
/// Candidates come from the index, so long texts cost near-linear time too.
pub fn pair_similarity_alone(a: &str, b: &str) -> f32 {
    fn sentences(text: &str) -> Vec<&str> {
        crate::segment::segment(text)
            .iter()
            .map(|s| s.text(text))
            .collect()
    }
    let prepared = Prepared::new([sentences(a), sentences(b)]);
    prepared
        .best_edges(0, 1, f32::MIN_POSITIVE, 1)
        .iter()
        .map(|edge| edge.score)
        .fold(0.0, f32::max)
}

#[cfg(test)]
mod tests;
