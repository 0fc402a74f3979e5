//! Per-stage benchmarks (criterion) on generated news-like article pairs of 100, 1,000 and
//! 10,000 sentences: segmentation, claim extraction, alignment and the whole comparison, with
//! throughput in bytes of input. Before timing, each size's alignment quality against the
//! generator's known paraphrase pairs is printed, so a faster change that aligns worse shows.
//!
//! A last group times alignment and comparison on real news sentences (the MSRP test pairs, read
//! from ../shared/eval when present) at a quarter, half and all of their 1,725 pairs.
//!
//! First of all, the two generators side by side at 5,000 sentences a side (issue 14): the
//! alignment's precision, recall and F1 at the default threshold and at the best threshold, for
//! the project's corpus (unmatched sentences about other facts) and the look-alike articles
//! (support/lookalike.rs: every unmatched sentence has a near twin). Then the look-alike pair is
//! timed too.
//!
//! `cargo bench --bench stages` (all sizes, a few minutes) or
//! `cargo bench --bench stages -- 1000` (one size), `cargo bench --bench stages -- "real news"`.

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/lookalike.rs"]
mod lookalike;

use std::hint::black_box;
use std::time::Duration;

use claimdiff::align::{AlignOptions, DEFAULT_THRESHOLD, Matching, align};
use claimdiff::pipeline::compare_articles as compare_inputs;
use claimdiff::{Article, Document, Input};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// The threshold for paraphrase alignment, from the MSRP paraphrase corpus (best F1, see
/// docs/algorithms.md).
const PARAPHRASE_THRESHOLD: f32 = 0.42;

fn documents(corpus: &corpus::Corpus) -> Vec<Document> {
    articles(corpus.left_text(), corpus.right_text())
}

fn articles(left: String, right: String) -> Vec<Document> {
    [("left", left), ("right", right)]
        .into_iter()
        .map(|(outlet, text)| Document::new(Article::new(outlet.to_string(), outlet, text)))
        .collect()
}

fn stages(c: &mut Criterion) {
    for size in [100, 1_000, 10_000] {
        let corpus = corpus::generate(size, 7);
        let docs = documents(&corpus);
        let bytes = (docs[0].article.text.len() + docs[1].article.text.len()) as u64;
        let options = AlignOptions {
            threshold: PARAPHRASE_THRESHOLD,
            matching: Matching::OneToOne,
        };
        let predicted: Vec<(usize, usize)> = align(&docs, &options)
            .iter()
            .map(|p| (p.left.sentence, p.right.sentence))
            .collect();
        let (precision, recall, f1) = corpus::f1(&predicted, &corpus.truth);
        eprintln!(
            "{size} x {size} sentences: alignment precision {precision:.3} recall {recall:.3} F1 {f1:.3}"
        );

        let mut group = c.benchmark_group(format!("{size} sentences"));
        group.throughput(Throughput::Bytes(bytes));
        if size >= 10_000 {
            group
                .sample_size(10)
                .measurement_time(Duration::from_secs(8));
        }
        let text = docs[0].article.text.clone() + &docs[1].article.text;
        group.bench_function(BenchmarkId::new("segment", size), |b| {
            b.iter(|| claimdiff::segment::segment(black_box(&text)))
        });
        group.bench_function(BenchmarkId::new("claims", size), |b| {
            b.iter(|| {
                docs.iter()
                    .map(|d| claimdiff::claims::extract(black_box(d), None).len())
                    .sum::<usize>()
            })
        });
        group.bench_function(BenchmarkId::new("align", size), |b| {
            b.iter(|| align(black_box(&docs), &options))
        });
        let dir = tempfile::tempdir().expect("temp dir");
        let inputs = write_articles(dir.path(), &corpus.left_text(), &corpus.right_text());
        group.bench_function(BenchmarkId::new("compare (read to report)", size), |b| {
            b.iter(|| compare_files(&inputs))
        });
        group.finish();
    }
}

/// Writes two articles to `dir`, for the benches that time the whole run from the files.
fn write_articles(dir: &std::path::Path, left: &str, right: &str) -> Vec<Input> {
    [("left.txt", left), ("right.txt", right)]
        .into_iter()
        .map(|(name, text)| {
            let path = dir.join(name);
            std::fs::write(&path, text).expect("write article");
            Input::Path(path)
        })
        .collect()
}

/// The whole comparison, from reading the files to the report.
fn compare_files(inputs: &[Input]) -> usize {
    compare_inputs(
        black_box(inputs),
        None,
        &AlignOptions::default(),
        &Default::default(),
    )
    .expect("compares")
    .0
    .comparisons
    .len()
}

/// One paragraph-long "sentence" of about 100 KB, full of figures and quotes, on each side: the
/// cost must stay linear in its length, never quadratic.
fn long_sentence(c: &mut Criterion) {
    let words = [
        "police",
        "said",
        "people",
        "were",
        "arrested",
        "in",
        "the",
        "capital",
        "rally",
        "protest",
        "minister",
        "\"we will win\"",
        "more",
        "than",
        "about",
        "workers",
    ];
    let mut parts = Vec::new();
    for i in 0..13_000usize {
        parts.push(words[(i * 7 + i / 3) % words.len()].to_string());
        if i % 10 == 0 {
            parts.push(format!("{}", 10 + (i * 7919) % 99_000));
        }
    }
    let left = parts.join(" ");
    parts.reverse();
    let right = parts.join(" ");
    let dir = tempfile::tempdir().expect("temp dir");
    let inputs = write_articles(dir.path(), &left, &right);
    let mut group = c.benchmark_group("one 100 KB sentence");
    group.throughput(Throughput::Bytes((left.len() + right.len()) as u64));
    group.sample_size(10);
    group.bench_function("compare", |b| b.iter(|| compare_files(&inputs)));
    group.finish();
}

/// Real news sentences at growing lengths: the MSRP test pairs (../shared/eval, not in the
/// repository) as two articles, each pair's first sentence on the left in corpus order and its
/// second on the right in reverse order, one sentence per paragraph. Unlike the generated
/// articles, whose ten templates give every sentence more look-alikes the longer the article,
/// these keep the density of real reporting as they grow: the growth of cost with length.
fn real_news(c: &mut Criterion) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/eval/msrp/msr_paraphrase_test.txt");
    let Ok(corpus) = std::fs::read_to_string(&path) else {
        eprintln!("real news: {} not found, skipped", path.display());
        return;
    };
    let pairs: Vec<(&str, &str)> = corpus
        .lines()
        .skip(1)
        .filter_map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            (fields.len() == 5).then(|| (fields[3], fields[4]))
        })
        .collect();
    let mut group = c.benchmark_group("real news");
    for size in [pairs.len() / 4, pairs.len() / 2, pairs.len()] {
        let left: Vec<&str> = pairs[..size].iter().map(|p| p.0).collect();
        let right: Vec<&str> = pairs[..size].iter().rev().map(|p| p.1).collect();
        let (left, right) = (left.join("\n\n"), right.join("\n\n"));
        let docs: Vec<Document> = [("left", &left), ("right", &right)]
            .into_iter()
            .map(|(outlet, text)| {
                Document::new(Article::new(outlet.to_string(), outlet, text.clone()))
            })
            .collect();
        group.throughput(Throughput::Elements(2 * size as u64));
        group.bench_function(BenchmarkId::new("align", size), |b| {
            b.iter(|| align(black_box(&docs), &AlignOptions::default()))
        });
        let dir = tempfile::tempdir().expect("temp dir");
        let inputs = write_articles(dir.path(), &left, &right);
        group.bench_function(BenchmarkId::new("compare (read to report)", size), |b| {
            b.iter(|| compare_files(&inputs))
        });
    }
    group.finish();
}

/// Lowest threshold of the sweep for the best threshold.
const SWEEP_FROM: f32 = 0.10;

/// The alignment quality of both generators at 5,000 sentences a side, at the default and the
/// best threshold; then the look-alike pair's alignment and comparison timed.
fn generators(c: &mut Criterion) {
    const SIZE: usize = 5_000;
    let plain = corpus::generate(SIZE, 7);
    let twins = lookalike::generate(SIZE, 7);
    let runs = [
        (
            "corpus.rs (unmatched: other facts)",
            articles(plain.left_text(), plain.right_text()),
            &plain.truth,
        ),
        (
            "lookalike.rs (unmatched: near twins)",
            articles(twins.left_text(), twins.right_text()),
            &twins.truth,
        ),
    ];
    for (name, docs, truth) in &runs {
        // Greedy one-to-one matching takes pairs best first, so the pairs it keeps at a higher
        // threshold are those it keeps at the lowest one scoring at least that: one alignment
        // gives the whole sweep.
        let options = AlignOptions {
            threshold: SWEEP_FROM,
            matching: Matching::OneToOne,
        };
        let pairs = align(docs, &options);
        let at = |threshold: f32| {
            let predicted: Vec<(usize, usize)> = pairs
                .iter()
                .filter(|p| p.score >= threshold)
                .map(|p| (p.left.sentence, p.right.sentence))
                .collect();
            corpus::f1(&predicted, truth)
        };
        let (precision, recall, f1) = at(DEFAULT_THRESHOLD);
        eprintln!(
            "{SIZE} x {SIZE}, {name}: at default threshold {DEFAULT_THRESHOLD:.2} precision {precision:.3} recall {recall:.3} F1 {f1:.3}"
        );
        let (threshold, (precision, recall, f1)) = (0..=85)
            .map(|step| SWEEP_FROM + step as f32 / 100.0)
            .map(|t| (t, at(t)))
            .max_by(|x, y| x.1.2.total_cmp(&y.1.2))
            .expect("thresholds");
        eprintln!(
            "{SIZE} x {SIZE}, {name}: at best threshold {threshold:.2} precision {precision:.3} recall {recall:.3} F1 {f1:.3}"
        );
        let sweep: Vec<String> = [0.2f32, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6]
            .iter()
            .map(|&t| format!("{t:.2}: {:.3}", at(t).2))
            .collect();
        eprintln!(
            "{SIZE} x {SIZE}, {name}: F1 by threshold {}",
            sweep.join("  ")
        );
    }
    let (_, docs, _) = &runs[1];
    let bytes = (docs[0].article.text.len() + docs[1].article.text.len()) as u64;
    let mut group = c.benchmark_group(format!("look-alike {SIZE} sentences"));
    group.throughput(Throughput::Bytes(bytes));
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    group.bench_function(BenchmarkId::new("align", SIZE), |b| {
        b.iter(|| align(black_box(docs), &AlignOptions::default()))
    });
    group.finish();
}

criterion_group!(benches, generators, stages, long_sentence, real_news);
criterion_main!(benches);
