//! Alignment quality on real cross-outlet coverage (issue 14): sentence pairs marked by hand in
//! `benches/data/real_pairs.tsv` (the seed pair in the repository and ECB+ topics read from
//! `../shared/eval/ecbplus-topics`, never copied in). Each mark names two files and a byte offset
//! inside one sentence of each; the offset is mapped to the sentence containing it at run time, so
//! the marks survive changes of the segmenter.
//!
//! For each article pair it runs one-to-one alignment (the library API, as benches/stages.rs) and
//! prints precision, recall and F1 over all marked pairs at thresholds 0.10..0.60 and at the
//! default, then the best threshold. Recall cannot reach 1 where the truth marks one sentence
//! against two (alignment is one-to-one): the ceiling a one-to-one alignment can reach is printed.
//!
//! `cargo bench --bench real_pairs`. Without ../shared/eval only the seed pair is measured.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use claimdiff::align::{AlignOptions, DEFAULT_THRESHOLD, Matching, align};
use claimdiff::{Article, Document};

/// Where a marked file lives: in the repository or in the shared evaluation data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Corpus {
    Seed,
    EcbPlus,
}

/// One hand-marked pair: two files and a byte offset inside a sentence of each.
struct Mark {
    corpus: Corpus,
    left: String,
    left_offset: usize,
    right: String,
    right_offset: usize,
}

/// An article pair and its marked sentence pairs, as sentence indices.
struct ArticlePair {
    corpus: Corpus,
    name: String,
    documents: Vec<Document>,
    truth: BTreeSet<(usize, usize)>,
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn eval_dir() -> PathBuf {
    std::env::var_os("CLAIMDIFF_EVAL")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("../shared/eval"))
}

fn parse_marks(text: &str) -> Vec<Mark> {
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            let corpus = match fields[0] {
                "seed" => Corpus::Seed,
                "ecbplus" => Corpus::EcbPlus,
                other => panic!("real_pairs.tsv: unknown corpus {other:?}"),
            };
            let offset = |f: &str| f.parse::<usize>().expect("real_pairs.tsv: byte offset");
            Mark {
                corpus,
                left: fields[1].to_string(),
                left_offset: offset(fields[2]),
                right: fields[3].to_string(),
                right_offset: offset(fields[4]),
            }
        })
        .collect()
}

fn path_of(corpus: Corpus, file: &str) -> PathBuf {
    match corpus {
        Corpus::Seed => repo().join(file),
        Corpus::EcbPlus => eval_dir().join("ecbplus-topics").join(file),
    }
}

fn document(path: &Path) -> Document {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let outlet = path.file_stem().unwrap().to_string_lossy().into_owned();
    Document::new(Article::new(outlet, path, text))
}

/// The index of the sentence whose span holds `offset`.
fn sentence_at(document: &Document, offset: usize, what: &str) -> usize {
    document
        .sentences
        .iter()
        .position(|s| (s.start as usize) <= offset && offset < s.end as usize)
        .unwrap_or_else(|| panic!("real_pairs.tsv: offset {offset} of {what} is in no sentence"))
}

/// The article pairs present on this machine, with their marks mapped to sentences.
fn article_pairs(marks: &[Mark], have_eval: bool) -> Vec<ArticlePair> {
    let mut grouped: BTreeMap<(Corpus, &str, &str), Vec<&Mark>> = BTreeMap::new();
    for mark in marks {
        grouped
            .entry((mark.corpus, &mark.left, &mark.right))
            .or_default()
            .push(mark);
    }
    grouped
        .into_iter()
        .filter(|((corpus, _, _), _)| have_eval || *corpus == Corpus::Seed)
        .map(|((corpus, left, right), marks)| {
            let documents = vec![
                document(&path_of(corpus, left)),
                document(&path_of(corpus, right)),
            ];
            let truth = marks
                .iter()
                .map(|m| {
                    (
                        sentence_at(&documents[0], m.left_offset, left),
                        sentence_at(&documents[1], m.right_offset, right),
                    )
                })
                .collect();
            ArticlePair {
                corpus,
                name: format!("{left} ~ {right}"),
                documents,
                truth,
            }
        })
        .collect()
}

fn predicted(pair: &ArticlePair, threshold: f32) -> BTreeSet<(usize, usize)> {
    let options = AlignOptions {
        threshold,
        matching: Matching::OneToOne,
    };
    align(&pair.documents, &options)
        .iter()
        .map(|p| {
            if p.left.source == 0 {
                (p.left.sentence, p.right.sentence)
            } else {
                (p.right.sentence, p.left.sentence)
            }
        })
        .collect()
}

/// Size of the largest one-to-one subset of `truth` (augmenting paths; the sets are small).
fn one_to_one_ceiling(truth: &BTreeSet<(usize, usize)>) -> usize {
    fn augment(
        left: usize,
        truth: &BTreeSet<(usize, usize)>,
        seen: &mut BTreeSet<usize>,
        owner: &mut BTreeMap<usize, usize>,
    ) -> bool {
        for &(_, right) in truth.range((left, 0)..=(left, usize::MAX)) {
            if seen.insert(right) {
                let free = match owner.get(&right) {
                    None => true,
                    Some(&other) => augment(other, truth, seen, owner),
                };
                if free {
                    owner.insert(right, left);
                    return true;
                }
            }
        }
        false
    }
    let lefts: BTreeSet<usize> = truth.iter().map(|&(l, _)| l).collect();
    let mut owner = BTreeMap::new();
    lefts
        .into_iter()
        .filter(|&l| augment(l, truth, &mut BTreeSet::new(), &mut owner))
        .count()
}

/// Counts at one threshold over all article pairs.
struct Counts {
    correct: usize,
    found: usize,
    marked: usize,
    /// The marked pairs a one-to-one alignment could find at most.
    reachable: usize,
}

impl Counts {
    fn at(pairs: &[ArticlePair], threshold: f32) -> Counts {
        let mut counts = Counts {
            correct: 0,
            found: 0,
            marked: 0,
            reachable: 0,
        };
        for pair in pairs {
            let predicted = predicted(pair, threshold);
            counts.correct += predicted.intersection(&pair.truth).count();
            counts.found += predicted.len();
            counts.marked += pair.truth.len();
            counts.reachable += one_to_one_ceiling(&pair.truth);
        }
        counts
    }

    fn precision(&self) -> f64 {
        self.correct as f64 / self.found.max(1) as f64
    }

    /// Recall over every marked pair.
    fn recall(&self) -> f64 {
        self.correct as f64 / self.marked.max(1) as f64
    }

    /// Recall over what one-to-one alignment can reach.
    fn reachable_recall(&self) -> f64 {
        self.correct as f64 / self.reachable.max(1) as f64
    }
}

fn f1(precision: f64, recall: f64) -> f64 {
    if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    }
}

fn report(title: &str, pairs: &[ArticlePair]) {
    let marked: usize = pairs.iter().map(|p| p.truth.len()).sum();
    let ceiling: usize = pairs.iter().map(|p| one_to_one_ceiling(&p.truth)).sum();
    println!(
        "== {title}: {} article pairs, {marked} marked sentence pairs (one-to-one ceiling {ceiling}, recall <= {:.3}) ==",
        pairs.len(),
        ceiling as f64 / marked.max(1) as f64
    );
    println!("threshold  found  correct  precision  recall  F1     | reachable recall  F1");
    let line = |label: String, c: &Counts| {
        let (p, r, rr) = (c.precision(), c.recall(), c.reachable_recall());
        println!(
            "{label:>9}  {:5}  {:7}  {p:9.3}  {r:6.3}  {:.3}  | {rr:16.3}  {:.3}",
            c.found,
            c.correct,
            f1(p, r),
            f1(p, rr)
        );
    };
    let mut best = (0.0f32, 0.0f64);
    for step in 2..=12 {
        let threshold = step as f32 * 0.05;
        let counts = Counts::at(pairs, threshold);
        line(format!("{threshold:.2}"), &counts);
        let score = f1(counts.precision(), counts.recall());
        if score > best.1 {
            best = (threshold, score);
        }
    }
    line(
        format!("default {DEFAULT_THRESHOLD:.2}"),
        &Counts::at(pairs, DEFAULT_THRESHOLD),
    );
    println!("best threshold {:.2}: F1 {:.3}", best.0, best.1);
}

fn main() {
    let marks_path = repo().join("benches/data/real_pairs.tsv");
    let text = std::fs::read_to_string(&marks_path).expect("read benches/data/real_pairs.tsv");
    let marks = parse_marks(&text);
    let have_eval = eval_dir().join("ecbplus-topics").is_dir();
    if !have_eval {
        println!(
            "real pairs: {} not found, measuring the seed pair only",
            eval_dir().join("ecbplus-topics").display()
        );
    }
    let pairs = article_pairs(&marks, have_eval);
    if std::env::args().any(|a| a == "--per-pair") {
        for pair in &pairs {
            let at_default = predicted(pair, DEFAULT_THRESHOLD);
            println!(
                "{}: {} marked, one-to-one ceiling {}; at {DEFAULT_THRESHOLD:.2} {} found, {} marked",
                pair.name,
                pair.truth.len(),
                one_to_one_ceiling(&pair.truth),
                at_default.len(),
                at_default.intersection(&pair.truth).count()
            );
        }
    }
    let (seed, ecb): (Vec<ArticlePair>, Vec<ArticlePair>) =
        pairs.into_iter().partition(|p| p.corpus == Corpus::Seed);
    report("seed pair (belarus-2020-08-17)", &seed);
    if have_eval {
        report("ECB+ topics", &ecb);
        let all: Vec<ArticlePair> = seed.into_iter().chain(ecb).collect();
        report("all marked pairs", &all);
    }
}
