//! Writes a generated article pair with its truth, for benches/vs-rapidfuzz.sh and
//! benches/batch.sh: `cargo bench --bench gen_corpus -- OUT_DIR SENTENCES [SEED] [SETS]`.
//! With SETS, writes that many article sets (each a folder of two articles) instead.
//! With `--lookalike` anywhere among the arguments, the pair comes from the look-alike
//! generator (support/lookalike.rs: half the sentences unmatched, each with a near twin).

// Shared with the stages bench, which uses the parts this one does not (the F1 measure).
#[allow(dead_code)]
#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/lookalike.rs"]
mod lookalike;

use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let lookalike = args.iter().any(|a| a == "--lookalike");
    let args: Vec<String> = args.into_iter().filter(|a| a != "--lookalike").collect();
    let [out, sentences, rest @ ..] = args.as_slice() else {
        eprintln!(
            "usage: cargo bench --bench gen_corpus -- OUT_DIR SENTENCES [SEED] [SETS] [--lookalike]"
        );
        std::process::exit(2);
    };
    let out = PathBuf::from(out);
    let sentences: usize = sentences.parse().expect("SENTENCES is a number");
    let seed: u64 = rest
        .first()
        .map_or(42, |s| s.parse().expect("SEED is a number"));
    let sets: Option<usize> = rest.get(1).map(|s| s.parse().expect("SETS is a number"));
    std::fs::create_dir_all(&out).expect("create OUT_DIR");
    match sets {
        None => {
            let (left, right, truth) = if lookalike {
                let corpus = lookalike::generate(sentences, seed);
                (corpus.left_text(), corpus.right_text(), corpus.truth)
            } else {
                let corpus = corpus::generate(sentences, seed);
                (corpus.left_text(), corpus.right_text(), corpus.truth)
            };
            std::fs::write(out.join("left.txt"), left).expect("write");
            std::fs::write(out.join("right.txt"), right).expect("write");
            let truth: String = truth.iter().map(|(l, r)| format!("{l}\t{r}\n")).collect();
            std::fs::write(out.join("truth.tsv"), truth).expect("write");
        }
        Some(sets) => {
            for set in 0..sets {
                let seed = seed + set as u64;
                let (left, right) = if lookalike {
                    let corpus = lookalike::generate(sentences, seed);
                    (corpus.left_text(), corpus.right_text())
                } else {
                    let corpus = corpus::generate(sentences, seed);
                    (corpus.left_text(), corpus.right_text())
                };
                let dir = out.join(format!("set-{set:05}"));
                std::fs::create_dir_all(&dir).expect("create set");
                std::fs::write(dir.join("left.txt"), left).expect("write");
                std::fs::write(dir.join("right.txt"), right).expect("write");
            }
        }
    }
}
