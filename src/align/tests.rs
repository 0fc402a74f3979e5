//! Alignment on whole articles written in the style of wire reports (tests/data), on the seeds,
//! and the properties the rest of the pipeline relies on: determinism for any thread count and
//! the candidate index giving exactly what scoring every pair gives.

use super::*;
use crate::ingest::Article;

fn document(outlet: &str, text: &str) -> Document {
    Document::new(Article::new(
        outlet.to_string(),
        format!("{outlet}.txt"),
        text.to_string(),
    ))
}

fn pair_set(name_a: &str, a: &str, name_b: &str, b: &str) -> Vec<Document> {
    vec![document(name_a, a), document(name_b, b)]
}

/// The aligned pairs as (left sentence index, right sentence index).
fn aligned(documents: &[Document]) -> Vec<(usize, usize)> {
    align(documents, &AlignOptions::default())
        .into_iter()
        .map(|p| (p.left.sentence, p.right.sentence))
        .collect()
}

fn flood() -> Vec<Document> {
    pair_set(
        "wire",
        include_str!("../../tests/data/flood/wire.txt"),
        "gazette",
        include_str!("../../tests/data/flood/gazette.txt"),
    )
}

fn rates() -> Vec<Document> {
    pair_set(
        "wire",
        include_str!("../../tests/data/rates/wire.txt"),
        "daily",
        include_str!("../../tests/data/rates/daily.txt"),
    )
}

fn strike() -> Vec<Document> {
    pair_set(
        "agency",
        include_str!("../../tests/data/strike/agency.txt"),
        "tribune",
        include_str!("../../tests/data/strike/tribune.txt"),
    )
}

fn seeds() -> Vec<Document> {
    pair_set(
        "bbc",
        include_str!("../../seeds/belarus-2020-08-17/bbc.txt"),
        "nyt",
        include_str!("../../seeds/belarus-2020-08-17/nyt.txt"),
    )
}

#[test]
fn reordered_paraphrased_flood_reports_align_exactly() {
    // The gazette reorders the story, paraphrases every fact and adds a cricket item; the wire
    // adds last year's toll. Those two must stay unaligned.
    assert_eq!(
        aligned(&flood()),
        [(0, 1), (1, 6), (2, 5), (3, 2), (4, 3), (5, 0)]
    );
}

#[test]
fn single_paragraph_rate_reports_align_exactly() {
    assert_eq!(aligned(&rates()), [(0, 0), (1, 3), (2, 2), (3, 1), (6, 5)]);
}

#[test]
fn curly_quoted_strike_reports_align_exactly() {
    assert_eq!(aligned(&strike()), [(0, 1), (1, 4), (2, 5), (3, 2), (5, 0)]);
}

#[test]
fn seed_pairs_a_journalist_would_check_are_aligned() {
    let documents = seeds();
    let texts = |pair: &AlignedPair| {
        (
            documents[0].sentence_text(pair.left.sentence),
            documents[1].sentence_text(pair.right.sentence),
        )
    };
    let pairs = align(&documents, &AlignOptions::default());
    let expect = |bbc_start: &str, nyt_start: &str| {
        assert!(
            pairs
                .iter()
                .map(texts)
                .any(|(bbc, nyt)| bbc.starts_with(bbc_start) && nyt.starts_with(nyt_start)),
            "expected {bbc_start:?} to align with {nyt_start:?}"
        );
    };
    // NYT's sentence reports Tikhanovskaya's video and her offer to serve as a transitional
    // leader; BBC says both, in two sentences ("In a video message released on Monday, she said
    // she was ready to become a \"national leader\"...", "...suggested she could act as an
    // interim leader"). Either is the right partner; one-to-one takes one.
    let tikhanovskaya_offer = pairs.iter().map(texts).any(|(bbc, nyt)| {
        nyt.starts_with("Seeking to seize the momentum")
            && (bbc.starts_with("In a video message released on Monday")
                || bbc.starts_with("Opposition candidate Svetlana Tikhanovskaya has suggested"))
    });
    assert!(
        tikhanovskaya_offer,
        "Tikhanovskaya's offer to lead is not aligned"
    );
    // Lukashenko's words at the tractor plant (seed fact 3). With background weights the BBC
    // sentence (visit, Minsk, tractor plant, workers, and the quote) goes one-to-one to NYT's
    // "Lukashenko told the tractor plant workers in Minsk" (0.46), which shares its setting;
    // the quote itself shares only election/kill (0.32). It stays well above the threshold, so
    // claims matching (which reads every related pair, not the one-to-one alignment) still sees
    // it: a pair's score no longer depends on the run, so it is checked alone.
    let related = |bbc_start: &str, nyt_start: &str| {
        let find = |document: &crate::segment::Document, start: &str| {
            (0..document.sentences.len())
                .map(|i| document.sentence_text(i))
                .find(|text| text.starts_with(start))
                .unwrap_or_else(|| panic!("no sentence starts {start:?}"))
                .to_string()
        };
        let score = super::pair_similarity_alone(
            &find(&documents[0], bbc_start),
            &find(&documents[1], nyt_start),
        );
        assert!(
            score >= DEFAULT_THRESHOLD,
            "{bbc_start:?} / {nyt_start:?}: {score}"
        );
    };
    related(
        "On a visit to a Minsk tractor plant",
        "\u{201c}We had elections.",
    );
    expect(
        "President Lukashenko has sought Russian help",
        "Over the weekend, Lukashenko called",
    );
}

#[test]
fn one_to_one_uses_each_sentence_once_and_all_mode_keeps_more() {
    for documents in [flood(), rates(), strike(), seeds()] {
        let pairs = align(&documents, &AlignOptions::default());
        let mut lefts: Vec<usize> = pairs.iter().map(|p| p.left.sentence).collect();
        let mut rights: Vec<usize> = pairs.iter().map(|p| p.right.sentence).collect();
        lefts.dedup();
        rights.sort_unstable();
        rights.dedup();
        assert_eq!(lefts.len(), pairs.len());
        assert_eq!(rights.len(), pairs.len());
        assert!(
            pairs
                .iter()
                .all(|p| p.score >= DEFAULT_THRESHOLD && p.score <= 1.0)
        );

        let all = align(
            &documents,
            &AlignOptions {
                matching: Matching::All,
                ..AlignOptions::default()
            },
        );
        assert!(all.len() >= pairs.len());
        assert!(pairs.iter().all(|p| all.contains(p)));
    }
}

#[test]
fn the_threshold_filters_pairs() {
    let documents = seeds();
    let strict = AlignOptions {
        threshold: 0.5,
        ..AlignOptions::default()
    };
    assert!(align(&documents, &strict).iter().all(|p| p.score >= 0.5));
    let none = AlignOptions {
        threshold: 1.0,
        ..AlignOptions::default()
    };
    assert!(align(&documents, &none).is_empty());
}

#[test]
fn candidate_index_gives_the_same_edges_as_scoring_every_pair() {
    for documents in [flood(), rates(), strike(), seeds()] {
        let prepared = Prepared::new(documents.iter().map(Document::sentence_texts));
        for threshold in [0.0001, 0.1, DEFAULT_THRESHOLD] {
            let mut fast = prepared.candidate_edges(0, 1, threshold);
            let mut slow = prepared.exhaustive_edges(0, 1, threshold);
            fast.sort_unstable_by(matching::by_score_then_position);
            slow.sort_unstable_by(matching::by_score_then_position);
            assert_eq!(fast, slow);
        }
    }
}

#[test]
fn best_edges_are_the_top_of_all_edges() {
    for documents in [flood(), rates(), strike(), seeds()] {
        let prepared = Prepared::new(documents.iter().map(Document::sentence_texts));
        let all = prepared.exhaustive_edges(0, 1, 0.05);
        let best = prepared.best_edges(0, 1, 0.05, 2);
        for left in 0..documents[0].sentences.len() as u32 {
            let mut expected: Vec<Edge> = all.iter().filter(|e| e.left == left).copied().collect();
            expected.sort_by(|x, y| y.score.total_cmp(&x.score).then(x.right.cmp(&y.right)));
            expected.truncate(2);
            expected.sort_by_key(|e| e.right);
            let found: Vec<Edge> = best.iter().filter(|e| e.left == left).copied().collect();
            assert_eq!(found, expected, "left sentence {left}");
        }
    }
}

#[test]
fn lazy_one_to_one_matches_greedy_matching_over_every_pair() {
    // The test articles three times over: duplicate sentences make many exact ties.
    let tripled = |set: Vec<Document>| {
        set.into_iter()
            .map(|d| {
                let text = [d.article.text.as_str(); 3].join("\n\n");
                document(&d.article.outlet, &text)
            })
            .collect::<Vec<_>>()
    };
    for documents in [
        flood(),
        rates(),
        strike(),
        seeds(),
        tripled(flood()),
        tripled(seeds()),
    ] {
        let prepared = Prepared::new(documents.iter().map(Document::sentence_texts));
        for threshold in [0.05, DEFAULT_THRESHOLD, 0.42] {
            let mut lazy = prepared.one_to_one(0, 1, threshold);
            let mut greedy = matching::one_to_one(
                prepared.exhaustive_edges(0, 1, threshold),
                documents[0].sentences.len(),
                documents[1].sentences.len(),
            );
            lazy.sort_unstable_by_key(|e| (e.left, e.right));
            greedy.sort_unstable_by_key(|e| (e.left, e.right));
            assert_eq!(lazy, greedy, "threshold {threshold}");
            let mut aligned = prepared.aligned_one_to_one(0, 1, threshold);
            aligned.sort_unstable_by_key(|e| (e.left, e.right));
            let sizes = (documents[0].sentences.len(), documents[1].sentences.len());
            let all = prepared.exhaustive_edges(0, 1, threshold);
            assert_eq!(
                aligned,
                mutual_best_of_all(all, sizes),
                "threshold {threshold}"
            );
        }
    }
}

#[test]
fn output_is_identical_for_one_and_two_threads() {
    let run = |threads: usize, documents: &[Document]| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("thread pool")
            .install(|| align(documents, &AlignOptions::default()))
    };
    for documents in [flood(), rates(), strike(), seeds()] {
        assert_eq!(run(1, &documents), run(2, &documents));
    }
}

#[test]
fn three_outlets_are_aligned_pairwise() {
    let mut documents = flood();
    documents.push(document(
        "radio",
        "Rescuers fear the death toll will rise when they reach isolated districts. \
         Heavy rain is forecast to continue for three more days.",
    ));
    let pairs = align(&documents, &AlignOptions::default());
    let source_pairs: std::collections::BTreeSet<(usize, usize)> = pairs
        .iter()
        .map(|p| (p.left.source, p.right.source))
        .collect();
    assert_eq!(
        source_pairs.into_iter().collect::<Vec<_>>(),
        [(0, 1), (0, 2), (1, 2)]
    );
    assert!(pairs.iter().any(|p| p.left.source == 0
        && p.right.source == 2
        && p.left.sentence == 4
        && p.right.sentence == 1));
}

#[test]
fn sentences_without_content_words_align_with_nothing() {
    let documents = pair_set("a", "It was. So it is.", "b", "It is so. Was it?");
    assert!(align(&documents, &AlignOptions::default()).is_empty());
}

/// An article of one sentence per list of word indexes into `words`, for the property tests
/// that build sentences from a handful of words.
fn article_of_words(words: &[&str], sentences: &[Vec<usize>]) -> String {
    sentences
        .iter()
        .map(|picks| {
            let picked: Vec<&str> = picks.iter().map(|&w| words[w]).collect();
            format!("{}.", picked.join(" "))
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// What one-to-one alignment keeps, from every pair scored: greedy matching, then a pair under
/// [`mutual::STANDS_ALONE`] dropped when one of its sentences scores more with another.
fn mutual_best_of_all(all: Vec<Edge>, sizes: (usize, usize)) -> Vec<Edge> {
    let greedy = matching::one_to_one(all.clone(), sizes.0, sizes.1);
    let rivals = |e: &Edge| {
        all.iter()
            .any(|o| (o.left == e.left) != (o.right == e.right) && o.score > e.score)
    };
    let mut kept: Vec<Edge> = greedy
        .into_iter()
        .filter(|e| e.score >= mutual::STANDS_ALONE || !rivals(e))
        .collect();
    kept.sort_unstable_by_key(|e| (e.left, e.right));
    kept
}

/// The top `best` edges of each left sentence, from scoring every pair.
fn top_of_all(all: &[Edge], left: u32, best: usize) -> Vec<Edge> {
    let mut expected: Vec<Edge> = all.iter().filter(|e| e.left == left).copied().collect();
    expected.sort_by(|x, y| y.score.total_cmp(&x.score).then(x.right.cmp(&y.right)));
    expected.truncate(best);
    expected.sort_by_key(|e| e.right);
    expected
}

proptest::proptest! {
    /// Many near-identical short reports, as a long live blog gives: whatever order the upper
    /// bounds put the candidates in, the few best pairs found are the few best of all pairs.
    #[test]
    fn best_edges_are_exact_on_many_look_alike_sentences(
        left in proptest::collection::vec(proptest::collection::vec(0usize..24, 3..10), 12..30),
        right in proptest::collection::vec(proptest::collection::vec(0usize..24, 3..10), 12..30),
        best in 1usize..5,
    ) {
        const WORDS: [&str; 24] = [
            "police", "protesters", "detained", "Minsk", "Monday", "rally", "opposition",
            "Lukashenko", "Tikhanovskaya", "officials", "crowd", "square", "strike", "workers",
            "factory", "Tuesday", "arrested", "Grodno", "Brest", "election", "result", "vote",
            "Lukashenka", "Tsikhanouskaya",
        ];
        let documents = pair_set(
            "wire",
            &article_of_words(&WORDS, &left),
            "daily",
            &article_of_words(&WORDS, &right),
        );
        let prepared = Prepared::new(documents.iter().map(Document::sentence_texts));
        let all = prepared.exhaustive_edges(0, 1, 0.05);
        let found = prepared.best_edges(0, 1, 0.05, best);
        for l in 0..documents[0].sentences.len() as u32 {
            let mine: Vec<Edge> = found.iter().filter(|e| e.left == l).copied().collect();
            proptest::prop_assert_eq!(mine, top_of_all(&all, l, best), "left sentence {}", l);
        }
    }
}

thread_local! {
    /// Pairs scored exactly on this thread (counted by `Prepared::similarity` in tests).
    pub(super) static SCORED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

thread_local! {
    /// Index entries walked on this thread (counted by `Prepared::edges_of` in tests).
    pub(super) static WALKED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    /// Searches run on this thread (calls of `Prepared::edges_of`, in tests).
    pub(super) static SEARCHES: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    /// The most pairs one-to-one matching's queue held at once on this thread (set by
    /// `Prepared::one_to_one_walking`, in tests).
    pub(super) static QUEUED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// How many pairs one-to-one alignment of `documents` scores, on one thread so the
/// thread-local count sees them all.
fn pairs_scored(documents: &[Document]) -> (usize, Vec<AlignedPair>) {
    let (scored, _, pairs) = work_of_alignment(documents);
    (scored, pairs)
}

/// Pairs scored and index entries walked by one-to-one alignment of `documents`, on one
/// thread.
fn work_of_alignment(documents: &[Document]) -> (usize, usize, Vec<AlignedPair>) {
    rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("thread pool")
        .install(|| {
            SCORED.with(|count| count.set(0));
            WALKED.with(|count| count.set(0));
            let pairs = align(documents, &AlignOptions::default());
            (
                SCORED.with(std::cell::Cell::get),
                WALKED.with(std::cell::Cell::get),
                pairs,
            )
        })
}

mod cost;

/// With names that are fuzzy partners, a pair scored differently each way round (0.185 one
/// way, 0.205 the other: each side's heaviest unmatched words chose their partners first). The
/// search for a right sentence's rivals scores it first, so greedy matching and the rule read
/// other scores: (left 2, right 1) at 0.19 was dropped for (right 1, left 0) at 0.205, which
/// scores 0.185 left first (found by a review of the rule; scores are now the same both ways).
#[test]
fn a_weak_pair_is_judged_on_the_scores_it_was_matched_by() {
    const WORDS: [&str; 10] = [
        "Tsikhanouskaya",
        "Tsikhanovskaya",
        "Tikhanovskaya",
        "Belarusian",
        "Lukashenko",
        "Lukashenka",
        "Belarus",
        "Lukashenkov",
        "protests",
        "Minsk",
    ];
    let left = [
        vec![4, 9, 1, 2],
        vec![7, 2, 1, 2, 1],
        vec![3, 7, 6, 8],
        vec![9, 9, 7],
    ];
    let right = [
        vec![2, 3, 2, 9],
        vec![3, 0, 0, 6, 9],
        vec![5, 4],
        vec![7, 2, 1],
    ];
    let documents = pair_set(
        "a",
        &article_of_words(&WORDS, &left),
        "b",
        &article_of_words(&WORDS, &right),
    );
    let prepared = Prepared::new(documents.iter().map(Document::sentence_texts));
    let sizes = (documents[0].sentences.len(), documents[1].sentences.len());
    let mut aligned = prepared.aligned_one_to_one(0, 1, 0.05);
    aligned.sort_unstable_by_key(|e| (e.left, e.right));
    let expected = mutual_best_of_all(prepared.exhaustive_edges(0, 1, 0.05), sizes);
    let score = |l: usize, r: usize| {
        let (a, b) = (&prepared.terms[0][l], &prepared.terms[1][r]);
        (prepared.similarity(a, b), prepared.similarity(b, a))
    };
    let column: Vec<_> = (0..sizes.0).map(|l| score(l, 1)).collect();
    let row: Vec<_> = (0..sizes.1).map(|r| score(2, r)).collect();
    assert_eq!(
        aligned, expected,
        "right 1 (left, right-vs-left): {column:?}, left 2: {row:?}"
    );
}
