//! Quality of the sentence similarity behind alignment, on real news data nobody on the team
//! wrote: the MSRP paraphrase test split and the news pairs of the STS Benchmark test split,
//! read from `../shared/eval/` (never copied into the repository).
//!
//! Run with `cargo bench --bench quality`. Prints ROC AUC, accuracy and F1 on MSRP at the
//! alignment threshold and at the best threshold, and Pearson and Spearman correlation with
//! the STS gold scores. Where the data is absent (a user's clone), it says so and exits 0.
//!
//! Each figure is given two ways. "One pair per run" scores every pair as its own run of two
//! one-sentence articles, as `claimdiff compare a.txt b.txt` does for a user (issue 14): that is
//! the measure. "All pairs as one run" is the older figure, word weights taken over the whole
//! corpus at once, kept so earlier records stay comparable.

use std::path::{Path, PathBuf};

use claimdiff::align::{DEFAULT_THRESHOLD, pair_similarities, pair_similarity_alone};

fn eval_dir() -> PathBuf {
    std::env::var_os("CLAIMDIFF_EVAL")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval"))
}

fn main() {
    let dir = eval_dir();
    let msrp = dir.join("msrp/msr_paraphrase_test.txt");
    let sts = dir.join("sts-benchmark/sts-test.csv");
    if !msrp.exists() || !sts.exists() {
        println!(
            "quality: evaluation data not found under {} (set CLAIMDIFF_EVAL); skipping",
            dir.display()
        );
        return;
    }
    let msrp = std::fs::read_to_string(msrp).expect("read MSRP");
    let sts = std::fs::read_to_string(sts).expect("read STS");
    for way in [Way::OnePairPerRun, Way::AllPairsOneRun] {
        println!("== {} ==", way.title());
        report_msrp(&msrp, way);
        report_sts(&sts, way);
    }
}

/// How the pairs of a corpus are scored.
#[derive(Debug, Clone, Copy)]
enum Way {
    /// Each pair its own run of two one-sentence articles, as a user runs two short texts.
    OnePairPerRun,
    /// Every pair in one run, word weights over the whole corpus (the older figures).
    AllPairsOneRun,
}

impl Way {
    fn title(self) -> &'static str {
        match self {
            Way::OnePairPerRun => "one pair per run (as a user runs two short texts)",
            Way::AllPairsOneRun => "all pairs as one run (older measure, weights over the corpus)",
        }
    }

    fn scores(self, pairs: &[(&str, &str)]) -> Vec<f32> {
        match self {
            Way::OnePairPerRun => pairs
                .iter()
                .map(|(a, b)| pair_similarity_alone(a, b))
                .collect(),
            Way::AllPairsOneRun => pair_similarities(pairs),
        }
    }
}

fn report_msrp(text: &str, way: Way) {
    let mut labels = Vec::new();
    let mut pairs = Vec::new();
    for line in text.trim_start_matches('\u{feff}').lines().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() == 5 {
            labels.push(fields[0] == "1");
            pairs.push((fields[3], fields[4]));
        }
    }
    let scores = way.scores(&pairs);
    let (accuracy, f1) = classify(&scores, &labels, DEFAULT_THRESHOLD);
    println!("MSRP test ({} pairs)", pairs.len());
    println!(
        "  ROC AUC                     {:.3}",
        roc_auc(&scores, &labels)
    );
    println!(
        "  at alignment threshold {DEFAULT_THRESHOLD:.2}  accuracy {:.1}%  F1 {:.1}%",
        accuracy * 100.0,
        f1 * 100.0
    );
    // Thresholds 0.01..0.99 with their (accuracy, F1).
    let sweep: Vec<(f32, f64, f64)> = (1..100)
        .map(|t| t as f32 / 100.0)
        .map(|t| {
            let (a, f) = classify(&scores, &labels, t);
            (t, a, f)
        })
        .collect();
    let best_accuracy = sweep
        .iter()
        .max_by(|x, y| x.1.total_cmp(&y.1))
        .expect("thresholds");
    // From 0.30 up: below it every pair is called a paraphrase, which the F1 of a corpus that
    // is two-thirds paraphrases rewards without telling anything apart.
    let best_f1 = sweep
        .iter()
        .filter(|(t, _, _)| *t >= 0.3)
        .max_by(|x, y| x.2.total_cmp(&y.2))
        .expect("thresholds");
    // A few thresholds a default could move to (issue 14: choose it from data).
    let at: Vec<String> = sweep
        .iter()
        .filter(|(t, _, _)| [20, 30, 40, 50, 60].contains(&((t * 100.0).round() as i32)))
        .map(|(t, a, _)| format!("{t:.1}: {:.1}%", a * 100.0))
        .collect();
    println!("  accuracy by threshold      {}", at.join("  "));
    for (what, (threshold, accuracy, f1)) in [
        ("best-accuracy threshold", best_accuracy),
        ("best-F1 threshold from 0.30 up", best_f1),
    ] {
        println!(
            "  at {what} {threshold:.2}  accuracy {:.1}%  F1 {:.1}%",
            accuracy * 100.0,
            f1 * 100.0
        );
    }
}

fn report_sts(text: &str, way: Way) {
    let mut gold = Vec::new();
    let mut pairs = Vec::new();
    for line in text.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() >= 7 && fields[0] == "main-news" {
            gold.push(fields[4].parse::<f64>().expect("gold score"));
            pairs.push((fields[5], fields[6]));
        }
    }
    let scores: Vec<f64> = way.scores(&pairs).into_iter().map(f64::from).collect();
    println!("STS Benchmark test, main-news ({} pairs)", pairs.len());
    println!("  Pearson  {:.3}", pearson(&scores, &gold));
    println!("  Spearman {:.3}", pearson(&ranks(&scores), &ranks(&gold)));
}

fn classify(scores: &[f32], labels: &[bool], threshold: f32) -> (f64, f64) {
    let (mut tp, mut fp, mut tn, mut fn_) = (0.0, 0.0, 0.0, 0.0);
    for (&score, &label) in scores.iter().zip(labels) {
        match (score >= threshold, label) {
            (true, true) => tp += 1.0,
            (true, false) => fp += 1.0,
            (false, false) => tn += 1.0,
            (false, true) => fn_ += 1.0,
        }
    }
    let accuracy = (tp + tn) / (tp + fp + tn + fn_);
    let f1 = if tp == 0.0 {
        0.0
    } else {
        2.0 * tp / (2.0 * tp + fp + fn_)
    };
    (accuracy, f1)
}

/// Probability that a random paraphrase outscores a random non-paraphrase (ties count half).
fn roc_auc(scores: &[f32], labels: &[bool]) -> f64 {
    let positives: Vec<f32> = scores
        .iter()
        .zip(labels)
        .filter(|p| *p.1)
        .map(|p| *p.0)
        .collect();
    let negatives: Vec<f32> = scores
        .iter()
        .zip(labels)
        .filter(|p| !*p.1)
        .map(|p| *p.0)
        .collect();
    let mut wins = 0.0;
    for p in &positives {
        for n in &negatives {
            wins += match p.partial_cmp(n) {
                Some(std::cmp::Ordering::Greater) => 1.0,
                Some(std::cmp::Ordering::Equal) => 0.5,
                _ => 0.0,
            };
        }
    }
    wins / (positives.len() * negatives.len()) as f64
}

fn pearson(x: &[f64], y: &[f64]) -> f64 {
    let n = x.len() as f64;
    let (mx, my) = (x.iter().sum::<f64>() / n, y.iter().sum::<f64>() / n);
    let cov: f64 = x.iter().zip(y).map(|(a, b)| (a - mx) * (b - my)).sum();
    let vx: f64 = x.iter().map(|a| (a - mx).powi(2)).sum();
    let vy: f64 = y.iter().map(|b| (b - my).powi(2)).sum();
    cov / (vx * vy).sqrt()
}

/// Average ranks (ties share the mean rank), for Spearman's correlation.
fn ranks(values: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| values[a].total_cmp(&values[b]));
    let mut ranks = vec![0.0; values.len()];
    let mut i = 0;
    while i < order.len() {
        let mut j = i;
        while j + 1 < order.len() && values[order[j + 1]] == values[order[i]] {
            j += 1;
        }
        let rank = (i + j) as f64 / 2.0 + 1.0;
        for &k in &order[i..=j] {
            ranks[k] = rank;
        }
        i = j + 1;
    }
    ranks
}
