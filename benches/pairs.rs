//! How well figures are matched across outlets on real coverage: the hand-annotated expectations
//! of `tests/data/ecb-pairs.tsv` (issue 13) over the ECB+ topics in
//! `../shared/eval/ecbplus-topics/` and, for topic 37, `ecbplus-aceh-2013/text_derived/` (never copied into the repository; `CLAIMDIFF_EVAL` points
//! elsewhere). It measures, it tunes nothing.
//!
//! Run with `cargo bench --bench pairs` (or `cargo test --bench pairs`, the debug build; set
//! `PAIRS_VERBOSE=1` for one line per miss, wrong verdict and fallen trap). Where the data is
//! absent (a user's clone), it says so and exits 0.
//!
//! Each topic's articles (every `.txt` file of its folder but `urls.txt`) are compared as one
//! run, as `claimdiff compare` would: [`claimdiff::pipeline::compare_articles`] with the default
//! options. Each line of the data file names two figures by their text in two articles; a figure
//! is its first occurrence in its article, and a claim stands for it when the claim's span
//! overlaps that occurrence. Then:
//! - an **expected** comparison (`agree`, `compatible`, `diverge`) is *right* when some
//!   comparison holds a claim standing for each figure and the verdict of those two claims is
//!   the expected one (in a group of three or more outlets, the verdict of that pair, as
//!   `Comparison::verdict_between` and the JSON's `pairs` give it, not the group's worst); *wrong
//!   verdict* when such comparisons exist but none has that verdict; *missed* otherwise;
//! - a **trap** *fell* when some comparison holds a claim standing for each figure.
//!
//! A figure not found in its article is an annotation error: printed and counted apart (neither
//! right nor missed).

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use claimdiff::Input;
use claimdiff::align::AlignOptions;
use claimdiff::compare::{Comparison, Verdict};
use claimdiff::pipeline::{CompareReport, compare_articles};

const DATA: &str = "tests/data/ecb-pairs.tsv";

fn eval_dir() -> PathBuf {
    std::env::var_os("CLAIMDIFF_EVAL").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval"),
        PathBuf::from,
    )
}

/// What a line expects.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Expect {
    Verdict(Verdict),
    Trap,
}

impl Expect {
    fn parse(word: &str) -> Option<Expect> {
        match word {
            "agree" => Some(Expect::Verdict(Verdict::Agree)),
            "compatible" => Some(Expect::Verdict(Verdict::Compatible)),
            "diverge" => Some(Expect::Verdict(Verdict::Diverge)),
            "trap" => Some(Expect::Trap),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Expect::Verdict(verdict) => verdict.as_str(),
            Expect::Trap => "trap",
        }
    }
}

/// One line of the data file.
struct Line {
    number: usize,
    topic: String,
    file_a: String,
    figure_a: String,
    file_b: String,
    figure_b: String,
    expect: Expect,
    note: String,
}

fn read_lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        if raw.starts_with('#') || raw.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = raw.split('\t').collect();
        let expect = fields.get(5).and_then(|word| Expect::parse(word));
        let (7, Some(expect)) = (fields.len(), expect) else {
            panic!("{DATA}:{}: malformed line: {raw}", index + 1);
        };
        lines.push(Line {
            number: index + 1,
            topic: fields[0].to_string(),
            file_a: fields[1].to_string(),
            figure_a: fields[2].to_string(),
            file_b: fields[3].to_string(),
            figure_b: fields[4].to_string(),
            expect,
            note: fields[6].to_string(),
        });
    }
    lines
}

/// How one line came out.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Outcome {
    Right,
    WrongVerdict,
    /// A wrong verdict where every comparison found groups three or more outlets.
    WrongVerdictInGroup,
    Missed,
    TrapHeld,
    TrapFell,
    AnnotationError,
}

#[derive(Default)]
struct Tally {
    expected: usize,
    right: usize,
    wrong: usize,
    /// Wrong verdicts where every comparison found is a group of three or more outlets, whose
    /// one verdict covers all its members.
    wrong_in_groups: usize,
    missed: usize,
    traps: usize,
    fell: usize,
    errors: usize,
    /// Right / total by expected verdict.
    by_verdict: BTreeMap<&'static str, (usize, usize)>,
}

impl Tally {
    fn add(&mut self, expect: Expect, outcome: Outcome) {
        match outcome {
            Outcome::AnnotationError => {
                self.errors += 1;
                return;
            }
            Outcome::TrapHeld => self.traps += 1,
            Outcome::TrapFell => {
                self.traps += 1;
                self.fell += 1;
            }
            Outcome::Right => self.right += 1,
            Outcome::WrongVerdict => self.wrong += 1,
            Outcome::WrongVerdictInGroup => {
                self.wrong += 1;
                self.wrong_in_groups += 1;
            }
            Outcome::Missed => self.missed += 1,
        }
        if let Expect::Verdict(_) = expect {
            self.expected += 1;
            let entry = self.by_verdict.entry(expect.name()).or_default();
            entry.1 += 1;
            if outcome == Outcome::Right {
                entry.0 += 1;
            }
        }
    }
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}

/// The topic whose articles are stored as tokens (`ecbplus-aceh-2013/text_derived`).
const TOKENISED_TOPIC: &str = "37";

/// The folder of a topic's articles: `ecbplus-topics/<topic>`, but topic 37 (the Aceh earthquake)
/// comes from `ecbplus-aceh-2013/text_derived`, rendered as the other topics are (see
/// [`render_tokenised`]).
fn topic_dir(topics_dir: &Path, topic: &str) -> PathBuf {
    if topic == TOKENISED_TOPIC {
        let tokens = topics_dir
            .with_file_name("ecbplus-aceh-2013")
            .join("text_derived");
        if !tokens.is_dir() {
            return tokens;
        }
        render_tokenised(&tokens)
    } else {
        topics_dir.join(topic)
    }
}

/// `ecbplus-aceh-2013/text_derived` stores each article as ECB+ tokens joined by single spaces
/// ("170 , 000", "6 . 1 - magnitude"), one sentence a line after a `[sN]` tag; its README says to
/// re-join the tokens. They are rendered as `ecbplus-topics/` renders the other topics (its
/// NOTE.md: one sentence a paragraph, tokens re-joined by rule), into a scratch folder, so that
/// claimdiff reads the text as an outlet published it, not a tokeniser's output. Header lines
/// (`#`) and the URL line are left out.
fn render_tokenised(tokens: &Path) -> PathBuf {
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("pairs-aceh-2013");
    std::fs::create_dir_all(&out).unwrap_or_else(|error| panic!("{}: {error}", out.display()));
    let entries = std::fs::read_dir(tokens)
        .unwrap_or_else(|error| panic!("read {}: {error}", tokens.display()));
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        if !name.to_string_lossy().ends_with(".txt") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path())
            .unwrap_or_else(|error| panic!("read {}: {error}", entry.path().display()));
        let paragraphs: Vec<String> = text
            .lines()
            .filter(|line| !line.starts_with('#'))
            .map(|line| match line.split_once("] ") {
                Some((tag, rest)) if tag.starts_with("[s") => rest,
                _ => line,
            })
            .filter(|line| !line.trim().is_empty() && !line.starts_with("http"))
            .map(rejoin_tokens)
            .collect();
        let path = out.join(&name);
        std::fs::write(&path, paragraphs.join("\n\n") + "\n")
            .unwrap_or_else(|error| panic!("write {}: {error}", path.display()));
    }
    out
}

/// One line of space-joined tokens as running text: no space before closing punctuation, none
/// after an opening bracket, a lone hyphen joins its neighbours ("22 - year - old"), and the
/// pieces of a number, a clock time or an abbreviation are one word again ("170 , 000", "6 . 1",
/// "7 : 37", "a . m .").
fn rejoin_tokens(line: &str) -> String {
    let tokens: Vec<&str> = line.split(' ').filter(|t| !t.is_empty()).collect();
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    let letter = |t: &str| t.len() == 1 && t.bytes().all(|b| b.is_ascii_alphabetic());
    let mut out = String::with_capacity(line.len());
    let mut open_quote = false;
    for (i, &token) in tokens.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| tokens[j]);
        let before_prev = i.checked_sub(2).map(|j| tokens[j]);
        let closing = matches!(
            token,
            "," | "." | ";" | ":" | "!" | "?" | ")" | "]" | "%" | "'s" | "n't" | "''"
        );
        let quote = token == "\"";
        let glued = match prev {
            None => true,
            Some(p) => {
                closing
                    || token == "-"
                    || p == "-"
                    || p == "("
                    || p == "["
                    || (quote && open_quote)
                    || (p == "\"" && open_quote)
                    || (matches!(p, "," | "." | ":")
                        && before_prev.is_some_and(digits)
                        && digits(token)
                        && (p != "," || token.len() == 3))
                    || (p == "." && before_prev.is_some_and(letter) && letter(token))
            }
        };
        // Quote marks glued to a word (`"We`) open or close too.
        for _ in token.matches('"') {
            open_quote = !open_quote;
        }
        if !glued {
            out.push(' ');
        }
        out.push_str(token);
    }
    out
}

/// One topic compared as one run: the report and each file name's source index.
struct Run {
    report: CompareReport,
    sources: BTreeMap<String, usize>,
}

fn run_topic(dir: &Path) -> Run {
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|error| panic!("read {}: {error}", dir.display()))
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".txt") && name != "urls.txt")
        .collect();
    files.sort();
    let inputs: Vec<Input> = files.iter().map(|f| Input::Path(dir.join(f))).collect();
    let (report, _warnings) =
        compare_articles(&inputs, None, &AlignOptions::default(), &Default::default())
            .unwrap_or_else(|error| panic!("compare {}: {error}", dir.display()));
    let sources = files.into_iter().enumerate().map(|(i, f)| (f, i)).collect();
    Run { report, sources }
}

/// The claims of `source` whose spans overlap `range`.
fn claims_at(run: &Run, source: usize, range: &Range<usize>) -> Vec<usize> {
    run.report.claims[source]
        .iter()
        .enumerate()
        .filter(|(_, claim)| {
            let span = claim.span();
            span.start < range.end && range.start < span.end
        })
        .map(|(index, _)| index)
        .collect()
}

/// The first occurrence of `figure` in the article `file`, or why there is none.
fn locate(run: &Run, file: &str, figure: &str) -> Result<(usize, Range<usize>), String> {
    let Some(&source) = run.sources.get(file) else {
        return Err(format!("no article {file}"));
    };
    let text = &run.report.alignment.documents[source].article.text;
    match text.find(figure) {
        Some(start) => Ok((source, start..start + figure.len())),
        None => Err(format!("{figure:?} not in {file}")),
    }
}

/// The comparisons holding a claim of `a` and one of `b` (source, claim indices).
fn holding<'r>(
    run: &'r Run,
    (source_a, claims_a): (usize, &[usize]),
    (source_b, claims_b): (usize, &[usize]),
) -> Vec<&'r Comparison> {
    run.report
        .comparisons
        .iter()
        .filter(|comparison| {
            let has = |source: usize, claims: &[usize]| {
                comparison
                    .claims
                    .iter()
                    .any(|r| r.source() == source && claims.contains(&r.claim()))
            };
            has(source_a, claims_a) && has(source_b, claims_b)
        })
        .collect()
}

/// Scores one line; the detail says what was found, for the verbose listing.
fn score(run: &Run, line: &Line) -> (Outcome, String) {
    let located = locate(run, &line.file_a, &line.figure_a)
        .and_then(|a| locate(run, &line.file_b, &line.figure_b).map(|b| (a, b)));
    let ((source_a, range_a), (source_b, range_b)) = match located {
        Ok(found) => found,
        Err(why) => return (Outcome::AnnotationError, why),
    };
    let claims_a = claims_at(run, source_a, &range_a);
    let claims_b = claims_at(run, source_b, &range_b);
    let found = holding(run, (source_a, &claims_a), (source_b, &claims_b));
    // The verdict of the figures' own pair in each comparison holding both (in a group of three
    // or more outlets, each pair has its own).
    let pair_verdicts: Vec<Verdict> = found
        .iter()
        .filter_map(|c| {
            let member = |source: usize, claims: &[usize]| {
                c.claims
                    .iter()
                    .copied()
                    .find(|r| r.source() == source && claims.contains(&r.claim()))
            };
            let (a, b) = (member(source_a, &claims_a)?, member(source_b, &claims_b)?);
            c.verdict_between(&run.report.claims, a, b)
        })
        .collect();
    let verdicts: Vec<String> = found
        .iter()
        .zip(&pair_verdicts)
        .map(|(c, v)| {
            format!(
                "{} ({} of {} outlets: {})",
                v.as_str(),
                c.claims.len(),
                run.sources.len(),
                c.verdict.as_str()
            )
        })
        .collect();
    let outcome = match line.expect {
        Expect::Trap if found.is_empty() => Outcome::TrapHeld,
        Expect::Trap => Outcome::TrapFell,
        Expect::Verdict(verdict) if pair_verdicts.contains(&verdict) => Outcome::Right,
        Expect::Verdict(_) if found.iter().all(|c| c.claims.len() > 2) && !found.is_empty() => {
            Outcome::WrongVerdictInGroup
        }
        Expect::Verdict(_) if !found.is_empty() => Outcome::WrongVerdict,
        Expect::Verdict(_) => Outcome::Missed,
    };
    let detail = if !found.is_empty() {
        format!("paired as {}", verdicts.join(", "))
    } else {
        // Why no pair: no claim at a figure, or what each figure's claims were paired with.
        let describe = |source: usize, claims: &[usize]| -> String {
            if claims.is_empty() {
                return "no claim".to_string();
            }
            let text = &run.report.alignment.documents[source].article.text;
            claims
                .iter()
                .map(|&index| {
                    let claim = &run.report.claims[source][index];
                    let partners: Vec<String> = run
                        .report
                        .comparisons
                        .iter()
                        .filter(|c| {
                            c.claims
                                .iter()
                                .any(|r| r.source() == source && r.claim() == index)
                        })
                        .map(|c| {
                            let others: Vec<String> = c
                                .claims
                                .iter()
                                .filter(|r| r.source() != source)
                                .map(|r| {
                                    let doc = &run.report.alignment.documents[r.source()];
                                    let other = &run.report.claims[r.source()][r.claim()];
                                    format!(
                                        "{} {:?}",
                                        doc.article.outlet,
                                        other.text(&doc.article.text)
                                    )
                                })
                                .collect();
                            if others.is_empty() {
                                c.verdict.as_str().to_string()
                            } else {
                                format!("{} with {}", c.verdict.as_str(), others.join(", "))
                            }
                        })
                        .collect();
                    format!("{:?} [{}]", claim.text(text), partners.join("; "))
                })
                .collect::<Vec<_>>()
                .join(" + ")
        };
        format!(
            "a: {} | b: {}",
            describe(source_a, &claims_a),
            describe(source_b, &claims_b)
        )
    };
    (outcome, detail)
}

/// The re-joining rules on the shapes the tokenised articles hold.
fn check_rejoin() {
    for (tokens, text) in [
        ("killed 170 , 000 people .", "killed 170,000 people."),
        ("a 6 . 1 - magnitude quake", "a 6.1-magnitude quake"),
        ("Bensu , a 22 - year - old", "Bensu, a 22-year-old"),
        ("at 7 : 37 a . m . local time", "at 7:37 a.m. local time"),
        ("July 2 , 2013", "July 2, 2013"),
        ("10 kilometres ( 6 . 2 miles )", "10 kilometres (6.2 miles)"),
        (
            "he said : \" It shook . \" Then",
            "he said: \"It shook.\" Then",
        ),
        (
            "\"A wall fell , \" she told AFP .",
            "\"A wall fell,\" she told AFP.",
        ),
    ] {
        assert_eq!(rejoin_tokens(tokens), text, "re-joining {tokens:?}");
    }
}

fn main() {
    let topics_dir = eval_dir().join("ecbplus-topics");
    if !topics_dir.is_dir() {
        println!(
            "pairs: skipped, {} is absent (set CLAIMDIFF_EVAL to the folder holding ecbplus-topics/)",
            topics_dir.display()
        );
        return;
    }
    let verbose = std::env::var_os("PAIRS_VERBOSE").is_some_and(|v| v != "0" && !v.is_empty());
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join(DATA);
    let text = std::fs::read_to_string(&data)
        .unwrap_or_else(|error| panic!("read {}: {error}", data.display()));
    let mut lines = read_lines(&text);
    check_rejoin();
    // The tokenised topic's figures are written as its tokens are: found in the rendered text
    // once re-joined the same way.
    for line in lines.iter_mut().filter(|l| l.topic == TOKENISED_TOPIC) {
        line.figure_a = rejoin_tokens(&line.figure_a);
        line.figure_b = rejoin_tokens(&line.figure_b);
    }
    // Topics in numeric order (8 before 10), names that are not numbers after them.
    let mut by_topic: BTreeMap<(u64, &str), Vec<&Line>> = BTreeMap::new();
    for line in &lines {
        let order = line.topic.parse::<u64>().unwrap_or(u64::MAX);
        by_topic
            .entry((order, line.topic.as_str()))
            .or_default()
            .push(line);
    }
    let mut total = Tally::default();
    let mut listing = Vec::new();
    println!(
        "pairs: {} lines of {DATA}, {} topics",
        lines.len(),
        by_topic.len()
    );
    println!(
        "{:<6} {:>9} {:>6} {:>7} {:>10}",
        "topic", "right", "wrong", "missed", "traps fell"
    );
    let mut skipped = Vec::new();
    for ((_, topic), topic_lines) in &by_topic {
        let dir = topic_dir(&topics_dir, topic);
        let mut tally = Tally::default();
        if !dir.is_dir() {
            skipped.push(format!(
                "topic {topic}: {} lines skipped, {} is absent",
                topic_lines.len(),
                dir.display()
            ));
            continue;
        }
        let run = run_topic(&dir);
        for line in topic_lines {
            let (outcome, detail) = score(&run, line);
            tally.add(line.expect, outcome);
            total.add(line.expect, outcome);
            let label = match outcome {
                Outcome::Right | Outcome::TrapHeld => continue,
                Outcome::WrongVerdict | Outcome::WrongVerdictInGroup => "WRONG",
                Outcome::Missed => "MISSED",
                Outcome::TrapFell => "TRAP",
                Outcome::AnnotationError => "ERROR",
            };
            listing.push(format!(
                "{label:<8} {topic} line {}: {} {:?} / {} {:?} expect {} ({}): {detail}",
                line.number,
                line.file_a,
                line.figure_a,
                line.file_b,
                line.figure_b,
                line.expect.name(),
                line.note,
            ));
        }
        println!(
            "{:<6} {:>4}/{:<4} {:>6} {:>7} {:>5}/{:<4}",
            topic, tally.right, tally.expected, tally.wrong, tally.missed, tally.fell, tally.traps
        );
    }
    println!();
    println!(
        "expected right:  {} / {} ({:.1}%)",
        total.right,
        total.expected,
        percent(total.right, total.expected)
    );
    for (verdict, (right, all)) in &total.by_verdict {
        println!(
            "  {verdict:<11} {right} / {all} ({:.1}%)",
            percent(*right, *all)
        );
    }
    println!(
        "wrong verdict:   {} (of which {} only in groups of three or more outlets, one verdict for all)",
        total.wrong, total.wrong_in_groups
    );
    println!("missed:          {}", total.missed);
    println!("traps fell:      {} / {}", total.fell, total.traps);
    println!("annotation errors (counted apart): {}", total.errors);
    for line in &skipped {
        println!("{line}");
    }
    let errors: Vec<&String> = listing.iter().filter(|l| l.starts_with("ERROR")).collect();
    for line in &errors {
        println!("{line}");
    }
    if verbose {
        println!();
        for line in listing.iter().filter(|l| !l.starts_with("ERROR")) {
            println!("{line}");
        }
    }
}
