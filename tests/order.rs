//! Order: a comparison is a function of the SET of articles, not of the order they are given in
//! (issue 16 item 12, and the property tests of its deliver 4). Only the column order may
//! follow the arguments; which claims are grouped, their verdicts, subjects and outliers may
//! not. Also: compare(A, B) mirrors compare(B, A), every claim span is a slice of its text on
//! char boundaries, and the output of `compare` and `check` is the same on 1 and 2 threads.
//!
//! The generated articles are wire-like: sentences from a small vocabulary of figures, dates
//! and quotes at one rally, so that outlets disagree, agree and tie often.

use std::path::Path;

use claimdiff::align::AlignOptions;
use claimdiff::check::{FailOn, Quiet};
use claimdiff::command::{Command, Config};
use claimdiff::pipeline::{ArticleDates, CompareReport, compare_loaded};
use claimdiff::report::{Format, RenderOptions};
use claimdiff::{Article, Input};
use proptest::prelude::*;

/// What a comparison says, with its claims named by outlet and span (never by source index):
/// comparing two runs' findings by this compares their content, whatever their column order.
type Finding = (
    String,
    String,
    String,
    bool,
    Option<String>,
    Vec<(String, u32, u32)>,
);

fn findings(report: &CompareReport) -> Vec<Finding> {
    let documents = &report.alignment.documents;
    let mut found: Vec<Finding> = report
        .comparisons
        .iter()
        .map(|c| {
            let mut claims: Vec<(String, u32, u32)> = c
                .claims
                .iter()
                .map(|r| {
                    let claim = r.of(&report.claims);
                    (
                        documents[r.source()].article.outlet.clone(),
                        claim.start,
                        claim.end,
                    )
                })
                .collect();
            claims.sort();
            (
                c.kind.as_str().to_string(),
                c.verdict.as_str().to_string(),
                c.subject(&report.claims),
                c.internal,
                c.outlier
                    .map(|o| documents[o as usize].article.outlet.clone()),
                claims,
            )
        })
        .collect();
    found.sort();
    found
}

fn run(articles: &[(&str, &str)]) -> CompareReport {
    let articles = articles
        .iter()
        .map(|(outlet, text)| Article::new(*outlet, format!("{outlet}.txt"), *text))
        .collect();
    compare_loaded(articles, &AlignOptions::default(), &ArticleDates::default())
}

/// Every order of `articles` (up to 4) gives the findings of the first.
fn assert_every_order_agrees(articles: &[(&str, &str)]) {
    let expected = findings(&run(articles));
    let mut order: Vec<usize> = (0..articles.len()).collect();
    for permutation in permutations(&mut order) {
        let permuted: Vec<(&str, &str)> = permutation.iter().map(|&i| articles[i]).collect();
        assert_eq!(
            findings(&run(&permuted)),
            expected,
            "order {permutation:?} of {:?}",
            articles.iter().map(|a| a.0).collect::<Vec<_>>()
        );
    }
}

fn permutations(items: &mut [usize]) -> Vec<Vec<usize>> {
    if items.len() <= 1 {
        return vec![items.to_vec()];
    }
    let mut all = Vec::new();
    for i in 0..items.len() {
        items.swap(0, i);
        let (first, rest) = items.split_at_mut(1);
        for mut tail in permutations(rest) {
            tail.insert(0, first[0]);
            all.push(tail);
        }
        items.swap(0, i);
    }
    all
}

// The shape of issue 16 item 12's reproducer: A gives 41 and 12, B at least 12 and nearly 50,
// C 6,712, about 40 and at least 12, all at one rally.
const A: &str = "Police detained 41 people at the opposition rally in Minsk on Sunday, and 12 \
                 people were injured.\n";
const B: &str = "At least 12 people were injured at the opposition rally in Minsk on Sunday, and \
                 nearly 50 people were detained.\n";
const C: &str = "Police said 6,712 people were detained. About 40 people were detained at the \
                 opposition rally in Minsk on Sunday, and at least 12 people were injured.\n";

#[test]
fn three_outlets_give_the_same_findings_in_every_order() {
    assert_every_order_agrees(&[("a", A), ("b", B), ("c", C)]);
}

/// Found by the property below: given in the order o2, o0, o1, the quotes were grouped as one
/// speaker conflict of three outlets; in the order o0, o1, o2 as two agreeing pairs.
#[test]
fn three_outlets_quoting_one_line_are_grouped_the_same_in_every_order() {
    assert_every_order_agrees(&[
        (
            "o0",
            "\u{201c}We will not give up,\u{201d} said Lukashenko.",
        ),
        (
            "o1",
            "\u{201c}We will not give up,\u{201d} said Svetlana Tikhanovskaya.",
        ),
        (
            "o2",
            "\u{201c}We will not give up,\u{201d} said a protester. \u{201c}We will not give \
             up,\u{201d} said Lukashenko.",
        ),
    ]);
}

#[test]
fn the_seed_pair_gives_the_same_subjects_in_both_orders() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/belarus-2020-08-17");
    let bbc = std::fs::read_to_string(seeds.join("bbc.txt")).unwrap();
    let nyt = std::fs::read_to_string(seeds.join("nyt.txt")).unwrap();
    assert_every_order_agrees(&[("bbc", &bbc), ("nyt", &nyt)]);
}

/// A finding's baseline identity (what `--update-baseline` records) names the event, unit and
/// noun of its claims: the same whichever outlet was given first (a JSON Lines set keeps its
/// names but may list its articles in any order).
#[test]
fn a_findings_baseline_identity_does_not_depend_on_the_order() {
    let identities = |articles: &[(&str, &str)]| {
        let report = run(articles);
        let mut found: Vec<_> = report
            .comparisons
            .iter()
            .map(|c| claimdiff::baseline::finding("set", &report, c))
            .collect();
        found.sort();
        found
    };
    let a = (
        "a",
        "Police detained 41 people at the rally in Minsk on Sunday.\n",
    );
    let b = (
        "b",
        "Police detained 50 protesters at the rally in Minsk on Sunday.\n",
    );
    let forward = identities(&[a, b]);
    assert!(
        forward.iter().any(|f| f.counted_noun.is_some()),
        "{forward:?}"
    );
    assert_eq!(identities(&[b, a]), forward);
}

/// The sentences `align` pairs, named by outlet: the same in every order of the articles.
/// `align` runs in the order given (its greedy one-to-one matching breaks a tie between two
/// pairs that share a sentence on the other sentence's position, which does not depend on
/// which outlet is left, and its scores are sums in f64); this keeps it so.
#[test]
fn align_pairs_the_same_sentences_in_every_order() {
    let dir = tempfile::tempdir().unwrap();
    let paths: Vec<std::path::PathBuf> = [("a", A), ("b", B), ("c", C)]
        .iter()
        .map(|(name, text)| {
            let path = dir.path().join(format!("{name}.txt"));
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect();
    let pairs = |order: [usize; 3]| {
        let inputs: Vec<Input> = order
            .iter()
            .map(|&i| Input::Path(paths[i].clone()))
            .collect();
        let (report, _) =
            claimdiff::pipeline::align_articles(&inputs, None, &AlignOptions::default()).unwrap();
        let outlet = |s: usize| report.documents[s].article.outlet.clone();
        let mut pairs: Vec<_> = report
            .pairs
            .iter()
            .map(|p| {
                let mut ends = [
                    (outlet(p.left.source), p.left.sentence),
                    (outlet(p.right.source), p.right.sentence),
                ];
                ends.sort();
                (ends, p.score.to_bits())
            })
            .collect();
        pairs.sort();
        pairs
    };
    let first = pairs([0, 1, 2]);
    assert!(!first.is_empty());
    for order in [[1, 0, 2], [2, 1, 0], [1, 2, 0]] {
        assert_eq!(pairs(order), first, "order {order:?}");
    }
}

/// The output `claimdiff check --format json` writes for `dir`.
fn check_output(dir: &Path) -> String {
    let config = Config {
        command: Command::Check {
            dir: dir.to_path_buf(),
            options: AlignOptions::default(),
            dates: ArticleDates::default(),
            fail_on: FailOn::default(),
            baseline: None,
            update_baseline: false,
            prune: false,
            format: Format::Json,
            json_out: None,
        },
        render: RenderOptions::default(),
        verbose: false,
    };
    let mut out = Vec::new();
    claimdiff::run(&config, &Quiet, &mut out).expect("check runs");
    String::from_utf8(out).expect("UTF-8 output")
}

/// The output `claimdiff compare --format json` writes for `paths`.
fn compare_output(paths: &[&Path]) -> String {
    let config = Config {
        command: Command::Compare {
            inputs: paths.iter().map(|p| Input::Path(p.to_path_buf())).collect(),
            names: None,
            options: AlignOptions::default(),
            dates: ArticleDates::default(),
            fail_on: FailOn::default(),
            format: Format::Json,
        },
        render: RenderOptions::default(),
        verbose: false,
    };
    let mut out = Vec::new();
    claimdiff::run(&config, &Quiet, &mut out).expect("compare runs");
    String::from_utf8(out).expect("UTF-8 output")
}

/// `check` reads a set's files in name order: renaming them reorders the set. The verdicts and
/// subjects of its findings stay.
#[test]
fn renaming_the_files_of_a_check_set_keeps_its_findings() {
    let verdicts_and_subjects = |names: [&str; 3]| {
        let dir = tempfile::tempdir().unwrap();
        let set = dir.path().join("rally");
        std::fs::create_dir(&set).unwrap();
        for (name, text) in names.iter().zip([A, B, C]) {
            std::fs::write(set.join(format!("{name}.txt")), text).unwrap();
        }
        let output = check_output(dir.path());
        let mut found: Vec<(String, String)> = output
            .lines()
            .flat_map(|line| {
                let value: serde_json::Value = serde_json::from_str(line).unwrap();
                value["comparisons"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default()
                    .into_iter()
                    .map(|c| {
                        (
                            c["verdict"].as_str().unwrap().to_string(),
                            c["subject"].as_str().unwrap().to_string(),
                        )
                    })
            })
            .collect();
        found.sort();
        assert!(!found.is_empty(), "{output}");
        found
    };
    let first = verdicts_and_subjects(["a", "b", "c"]);
    for names in [["b", "a", "c"], ["c", "b", "a"], ["b", "c", "a"]] {
        assert_eq!(verdicts_and_subjects(names), first, "names {names:?}");
    }
}

const FIGURES: &[&str] = &[
    "12",
    "40",
    "41",
    "nearly 50",
    "at least 12",
    "about 40",
    "6,712",
];

/// One wire-like sentence: a figure at the rally, a date, a turnout share or a quote.
fn wire_sentence() -> impl Strategy<Value = String> {
    let figure = proptest::sample::select(FIGURES);
    let rally = prop_oneof![
        Just("opposition rally"),
        Just("rally"),
        Just("protest in Minsk"),
    ];
    prop_oneof![
        (figure.clone(), rally.clone())
            .prop_map(|(n, r)| format!("Police detained {n} people at the {r} on Sunday.")),
        (figure.clone(), rally).prop_map(|(n, r)| format!("{n} people were injured at the {r}.")),
        figure.prop_map(|n| format!("Officials said {n} people were detained since the vote.")),
        proptest::sample::select(&["9", "16", "17"][..])
            .prop_map(|d| format!("The vote was held on August {d}, 2020.")),
        proptest::sample::select(&["80.1", "80", "10.1", "about 80"][..])
            .prop_map(|p| format!("Mr Lukashenko won {p}% of the vote, the commission said.")),
        proptest::sample::select(
            &[
                "We held the election",
                "We had elections",
                "Until you kill me, there will be no other election"
            ][..]
        )
        .prop_map(|q| format!("\u{201c}{q},\u{201d} Alexander Lukashenko told workers.")),
        proptest::sample::select(&["Lukashenko", "Svetlana Tikhanovskaya", "a protester"][..])
            .prop_map(|who| format!("\u{201c}We will not give up,\u{201d} said {who}.")),
    ]
}

fn wire_article() -> impl Strategy<Value = String> {
    proptest::collection::vec(wire_sentence(), 1..5).prop_map(|sentences| sentences.join(" "))
}

fn outlets(texts: &[String]) -> Vec<(String, &str)> {
    texts
        .iter()
        .enumerate()
        .map(|(i, text)| (format!("o{i}"), text.as_str()))
        .collect()
}

proptest! {
    // Each case runs the whole pipeline a few times on a few short articles: modest counts keep
    // the suite fast.
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn any_article_order_gives_the_same_findings(
        texts in proptest::collection::vec(wire_article(), 2..5),
        seed in any::<u64>(),
    ) {
        let named = outlets(&texts);
        let articles: Vec<(&str, &str)> = named.iter().map(|(o, t)| (o.as_str(), *t)).collect();
        let expected = findings(&run(&articles));
        // A few orders per case, picked by the seed: all 24 orders of 4 articles each time
        // would make the case count pointlessly slow.
        let mut order: Vec<usize> = (0..articles.len()).collect();
        let all = permutations(&mut order);
        for k in 0..3u64 {
            let permutation = &all[((seed.wrapping_add(k * 7919)) % all.len() as u64) as usize];
            let permuted: Vec<(&str, &str)> = permutation.iter().map(|&i| articles[i]).collect();
            prop_assert_eq!(findings(&run(&permuted)), expected.clone(), "order {:?}", permutation);
        }
    }

    #[test]
    fn compare_a_b_mirrors_compare_b_a(a in wire_article(), b in wire_article()) {
        let forward = run(&[("a", &a), ("b", &b)]);
        let backward = run(&[("b", &b), ("a", &a)]);
        prop_assert_eq!(findings(&forward), findings(&backward));
        // The same rows, each one's claims in the other's columns.
        prop_assert_eq!(forward.comparisons.len(), backward.comparisons.len());
    }

    #[test]
    fn every_claim_span_is_a_slice_of_its_text(
        texts in proptest::collection::vec(wire_article(), 2..4),
    ) {
        let named = outlets(&texts);
        let articles: Vec<(&str, &str)> = named.iter().map(|(o, t)| (o.as_str(), *t)).collect();
        let report = run(&articles);
        for (document, claims) in report.alignment.documents.iter().zip(&report.claims) {
            let text = &document.article.text;
            for claim in claims {
                let span = claim.span();
                prop_assert!(span.start <= span.end && span.end <= text.len());
                prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                if let Some(quote) = claim.quote() {
                    for part in quote.parts.iter() {
                        prop_assert!(part.start <= part.end && part.end <= text.len());
                        prop_assert!(
                            text.is_char_boundary(part.start) && text.is_char_boundary(part.end)
                        );
                    }
                }
            }
        }
    }
}

proptest! {
    // Writes files and runs `compare` and `check` twice each: fewer cases.
    #![proptest_config(ProptestConfig::with_cases(8))]

    #[test]
    fn compare_and_check_write_the_same_on_one_and_two_threads(
        texts in proptest::collection::vec(wire_article(), 2..4),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let set = dir.path().join("set");
        std::fs::create_dir(&set).unwrap();
        let paths: Vec<std::path::PathBuf> = texts
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let path = set.join(format!("o{i}.txt"));
                std::fs::write(&path, text).unwrap();
                path
            })
            .collect();
        let paths: Vec<&Path> = paths.iter().map(|p| p.as_path()).collect();
        let on = |threads: usize| {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
            pool.install(|| (compare_output(&paths), check_output(dir.path())))
        };
        prop_assert_eq!(on(1), on(2));
    }
}
