//! The quote corpora (`tests/data/quotes.txt`, built against, and `quotes-holdout.txt`, written
//! before the code and never tuned to): wire-style passages with the quotations each must yield
//! and who said them. Reads the corpus format (its head comment in the data file says it), runs
//! the extractor on each passage and scores it; the held-back corpus must score at least 90%.
//!
//! A score counts each expected quotation once, right when a reported quote has the same words
//! (letters and digits, case aside) and the same speaker, and each reported quote that matches
//! no expected one as a false quote: right / (expected + false).

use super::*;
use crate::claims::speakers::People;
use crate::ingest::Article;
use crate::segment::Document;

/// One passage and the quotations it must yield: (words, speaker; `None` for `-`).
struct Case<'c> {
    label: &'c str,
    passage: String,
    expected: Vec<(String, Option<String>)>,
}

fn normalize(words: &str) -> String {
    words
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A case being read: its label, passage lines and expected quotes.
type Reading<'c> = (&'c str, Vec<&'c str>, Vec<(String, Option<String>)>);

fn parse(corpus: &str) -> Vec<Case<'_>> {
    let mut cases = Vec::new();
    let mut current: Option<Reading> = None;
    for line in corpus.lines() {
        if let Some(label) = line.strip_prefix("---") {
            cases.extend(current.take().map(finish));
            current = Some((label.trim(), Vec::new(), Vec::new()));
            continue;
        }
        let Some((_, passage, expected)) = current.as_mut() else {
            continue; // the file's head comment
        };
        if let Some(quote) = line.strip_prefix(">>") {
            let quote = quote.trim();
            if quote == "(none)" {
                continue;
            }
            let (words, speaker) = quote.rsplit_once(" | ").expect("'>> words | speaker'");
            let speaker = speaker.trim();
            expected.push((
                normalize(words),
                (speaker != "-").then(|| speaker.to_string()),
            ));
        } else if expected.is_empty() && !line.starts_with('#') {
            passage.push(line);
        }
    }
    cases.extend(current.map(finish));
    cases
}

fn finish((label, lines, expected): Reading) -> Case {
    let passage = lines.join("\n").trim().to_string();
    Case {
        label,
        passage,
        expected,
    }
}

/// (right, expected + false, failures described) for one corpus.
fn score(corpus: &str) -> (usize, usize, Vec<String>) {
    let mut right = 0;
    let mut total = 0;
    let mut failures = Vec::new();
    for case in parse(corpus) {
        let document = Document::new(Article::new("wire", "wire.txt", case.passage.clone()));
        let people = People::scan(&case.passage, &document.sentences);
        let found: Vec<(String, Option<String>)> = extract(&document, &people)
            .into_iter()
            .map(|q| (normalize(&q.text(&case.passage)), q.speaker.map(|s| s.name)))
            .collect();
        let mut used = vec![false; found.len()];
        let mut wrong = Vec::new();
        for (words, speaker) in &case.expected {
            total += 1;
            let same_words = found
                .iter()
                .enumerate()
                .find(|(k, (w, _))| !used[*k] && w == words);
            match same_words {
                Some((k, (_, s))) if s == speaker => {
                    used[k] = true;
                    right += 1;
                }
                Some((k, (_, s))) => {
                    used[k] = true;
                    wrong.push(format!("speaker {s:?}, expected {speaker:?}: {words}"));
                }
                None => wrong.push(format!("missed: {words} ({speaker:?})")),
            }
        }
        for (k, (words, speaker)) in found.iter().enumerate() {
            if !used[k] {
                total += 1;
                wrong.push(format!("false: {words} ({speaker:?})"));
            }
        }
        if !wrong.is_empty() {
            failures.push(format!("--- {}\n    {}", case.label, wrong.join("\n    ")));
        }
    }
    (right, total, failures)
}

#[test]
fn the_corpora_parse_into_cases_with_quotes() {
    for corpus in [
        include_str!("../../../tests/data/quotes.txt"),
        include_str!("../../../tests/data/quotes-holdout.txt"),
    ] {
        let cases = parse(corpus);
        assert!(cases.len() >= 100, "{} cases", cases.len());
        assert!(cases.iter().all(|c| !c.passage.is_empty()));
        assert!(cases.iter().map(|c| c.expected.len()).sum::<usize>() >= 95);
    }
}

#[test]
fn the_built_corpus_scores_at_least_95_percent() {
    let (right, total, failures) = score(include_str!("../../../tests/data/quotes.txt"));
    assert!(
        right * 100 >= total * 95,
        "build quote corpus: {right} of {total} right\n{}",
        failures.join("\n")
    );
}

#[test]
fn held_back_corpus_scores_at_least_90_percent() {
    let (right, total, failures) = score(include_str!("../../../tests/data/quotes-holdout.txt"));
    assert!(
        right * 100 >= total * 90,
        "held-back quote corpus: {right} of {total} right\n{}",
        failures.join("\n")
    );
}
