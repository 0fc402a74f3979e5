//! How well quotes and their speakers are found, measured on public data nobody on the team
//! wrote: the PolNeAR corpus's train split (210 US political news articles with every
//! attribution annotated by hand), read from `../shared/eval/polnear-train/` (never copied into
//! the repository; `CLAIMDIFF_EVAL` points elsewhere). It measures, it tunes nothing.
//!
//! Run with `cargo bench --bench quotes` (or `cargo test --bench quotes`, the debug build; add
//! `QUOTES_VERBOSE=1` for one line per miss, wrong speaker, false quote and unclear pronoun;
//! `QUOTES_REFERENTS=1` for each pronoun's gold referent, to audit). Where the data is
//! absent (a user's clone), it says so and exits 0.
//!
//! Scoring rules (docs/accuracy.md says why):
//! - **A direct quote** is an annotated attribution whose Content span (all its pieces, from the
//!   first to the last) opens with a quote mark and closes with one (the marks may sit just
//!   outside the span): `"`, `“ ”`, `''`, `‘ ’`. Contents that only hold a quoted fragment inside
//!   reported speech (`said the plan was "dead"`) are not direct quotes.
//! - **Found**: one reported quote covers at least half of the gold content's letters and
//!   digits (the content's pieces, the attribution between them excluded).
//! - **Named speaker right**, for found quotes whose gold Source is not a pronoun: the reported
//!   speaker's name shares its last word (the surname, or an institution's head word) with the
//!   gold source's words, or the other way round; titles, determiners and possessives aside (a
//!   source that is only a title, "the senator", is right when reported as the same words).
//! - **Pronoun speaker right**, for found quotes whose gold Source is `he` or `she`: the gold
//!   referent is the last candidate before the pronoun whose sex is not the other one; the
//!   reported speaker is right when it names that referent by the rule above. The candidates
//!   (`quotes/referent.rs`; word lists are the project's data files `male_first_names.txt`,
//!   `female_first_names.txt`, `person_titles.txt`, `male_titles.txt`, `female_titles.txt`):
//!   - *persons*: a run of capitalised words written one space apart (ending at a sentence's
//!     period and after a possessive) names a person when a title stands right before it or
//!     inside it (the person is what follows the last title), or else a word before its last is
//!     a first name from the lists (the person from that name on; not `West`, `North`, `Fort`,
//!     ... that open place names); one to three words, suffixes (`Jr.`, `III`) aside. Any run
//!     of up to three words ending in such a person's surname names that person too, and so
//!     does a one-word annotated source that is a first name (`Bob`). Sex: the title's
//!     (`Mr.`, `Ms.`, `spokeswoman`), else the first name's; a bare surname takes the one sex
//!     of its full mentions in the article, none when they differ (Bill and Hillary Clinton).
//!     A possessive (`Carson's`) or a name before a title word (`Cruz spokeswoman`) is
//!     *dependent*.
//!   - each annotated **Source** that is not a pronoun: its first person not dependent; or, when
//!     it holds none but names someone (a capitalised word not a title, no opening determiner,
//!     one word only if the article writes it next to another capitalised word), its first
//!     non-possessive run of capitalised words unless a lower-case word other than
//!     of/from/in/at follows it (`Republican voters` is a group), sex unknown;
//!   - each sentence's **subject**: the first person in the sentence outside quote marks and
//!     not dependent, skipping persons inside a fronted clause (`As for ..., After ..., When
//!     ...` up to its comma); none when `he`/`she`/`his`/`her` comes first (outside quotes).
//!
//!   A case with no candidate is *unclear*: printed, not scored. Audited by hand on 100 random
//!   cases (the person each pronoun means, read from the article): this rule agrees on 98 (69
//!   of the 70 it was shaped on, 29 of 30 judged after), the old rule (the nearest annotated
//!   named source) on 84 (60 and 24); the two misses: a dead man
//!   named last ("Freddy was dead. 'He would have been...' he said") and a speaker known only
//!   by a surname never written with a first name or a title.
//!   Other pronouns (`they`, `we`, `I`, `it`) are counted apart.
//! - **False quote**: a reported quote that overlaps no annotated Content span at all.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use claimdiff::claims::{Claim, extract};
use claimdiff::{Article, Document};

#[path = "quotes/referent.rs"]
mod referent;

fn eval_dir() -> PathBuf {
    std::env::var_os("CLAIMDIFF_EVAL").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval"),
        PathBuf::from,
    )
}

/// One annotated span, in byte offsets of the article text.
#[derive(Clone, Debug)]
struct Span {
    kind: String,
    pieces: Vec<(usize, usize)>,
}

/// One annotated attribution: its content and source spans.
struct Gold {
    content: Span,
    source: Option<Span>,
}

/// Byte offset of every char offset (one past the end included).
fn char_to_byte(text: &str) -> Vec<usize> {
    let mut map: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    map.push(text.len());
    map
}

fn read_gold(ann: &str, text: &str) -> Vec<Gold> {
    let map = char_to_byte(text);
    let byte = |c: usize| map.get(c).copied().unwrap_or(text.len());
    let mut spans: BTreeMap<String, Span> = BTreeMap::new();
    for line in ann.lines() {
        let mut fields = line.split('\t');
        let (Some(id), Some(body)) = (fields.next(), fields.next()) else {
            continue;
        };
        if !id.starts_with('T') {
            continue;
        }
        let Some((kind, offsets)) = body.split_once(' ') else {
            continue;
        };
        let pieces = offsets
            .split(';')
            .filter_map(|piece| {
                let mut ends = piece.split_whitespace().map(|n| n.parse::<usize>());
                match (ends.next(), ends.next()) {
                    (Some(Ok(a)), Some(Ok(b))) => Some((byte(a), byte(b))),
                    _ => None,
                }
            })
            .collect();
        spans.insert(
            id.to_string(),
            Span {
                kind: kind.to_string(),
                pieces,
            },
        );
    }
    let mut golds = Vec::new();
    for line in ann.lines().filter(|l| l.starts_with('E')) {
        let Some(args) = line.split('\t').nth(1) else {
            continue;
        };
        let mut content = None;
        let mut source = None;
        for arg in args.split_whitespace() {
            let Some((role, id)) = arg.split_once(':') else {
                continue;
            };
            match role {
                "Content" => content = spans.get(id).cloned(),
                "Source" => source = spans.get(id).cloned(),
                _ => {}
            }
        }
        if let Some(content) = content.filter(|c| c.kind == "Content" && !c.pieces.is_empty()) {
            golds.push(Gold { content, source });
        }
    }
    golds
}

const OPENING: &[&str] = &["\"", "\u{201c}", "''", "\u{2018}", "``", "'"];
const CLOSING: &[&str] = &["\"", "\u{201d}", "''", "\u{2019}", "'"];

/// The content opens and closes with quote marks (inside or just outside its span).
fn is_direct(text: &str, span: &Span) -> bool {
    let start = span.pieces[0].0;
    let end = span.pieces[span.pieces.len() - 1].1;
    let Some(body) = text.get(start..end) else {
        return false;
    };
    let body = body.trim();
    let before = text[..start].trim_end();
    let opens = OPENING
        .iter()
        .any(|m| body.starts_with(m) || before.ends_with(m));
    let inner = body.trim_end_matches(['.', ',', '?', '!', ';', ':', ' ']);
    let after = text[end..].trim_start();
    let closes = CLOSING
        .iter()
        .any(|m| body.ends_with(m) || inner.ends_with(m) || after.starts_with(m));
    // A single mark alone is an apostrophe as often as a quote: demand it on both sides.
    let single_only = body.starts_with('\'') && !body.starts_with("''");
    opens && closes && (!single_only || inner.ends_with('\''))
}

/// Letters and digits of `text[range]`, counted by byte position.
fn letter_positions(text: &str, pieces: &[(usize, usize)]) -> Vec<usize> {
    pieces
        .iter()
        .flat_map(|&(a, b)| {
            text.get(a..b)
                .unwrap_or("")
                .char_indices()
                .filter(|(_, c)| c.is_alphanumeric())
                .map(move |(i, _)| a + i)
        })
        .collect()
}

const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it", "you", "him", "her"];
const IGNORED: &[&str] = &[
    "the",
    "a",
    "an",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sen",
    "senator",
    "rep",
    "gov",
    "governor",
    "president",
    "former",
    "of",
    "s",
    "jr",
    "sr",
];

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !IGNORED.contains(&w.as_str()))
        .collect()
}

/// The reported speaker names the gold source: they share a last word.
fn names_same(reported: &str, gold: &str) -> bool {
    // A source that is only a role ("the senator", "the president"): the same role.
    let role = |text: &str| {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !["the", "a", "an"].contains(&w.to_lowercase().as_str()))
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    if words(gold).is_empty() || words(reported).is_empty() {
        return !role(gold).is_empty() && role(gold) == role(reported);
    }
    let reported = words(reported);
    let gold = words(gold);
    let (Some(r_last), Some(g_last)) = (reported.last(), gold.last()) else {
        return false;
    };
    gold.contains(r_last) || reported.contains(g_last)
}

fn span_text<'t>(text: &'t str, span: &Span) -> &'t str {
    text.get(span.pieces[0].0..span.pieces[span.pieces.len() - 1].1)
        .unwrap_or("")
}

fn is_pronoun(text: &str) -> bool {
    PRONOUNS.contains(&text.trim().to_lowercase().as_str())
}

/// The bench's test of an annotated source that names someone ("Yukiya Amano, director
/// general..."): a capitalised word that is not a title, no opening determiner, one word only
/// if the article writes it next to another capitalised word. Groups ("Republican voters") are
/// weeded out by the referent rule after it.
fn names_someone(text: &str, words: &str) -> bool {
    let first = words.split_whitespace().next().unwrap_or("").to_lowercase();
    !["the", "a", "an", "some", "many", "several", "other"].contains(&first.as_str())
        && words.split_whitespace().any(|w| {
            w.starts_with(char::is_uppercase)
                && !IGNORED.contains(&w.to_lowercase().trim_end_matches('.'))
        })
        && (words.split_whitespace().count() > 1 || part_of_a_name(text, words))
}

/// A one-word source ("Sanders", "Politico") is a person's name when the article writes it next
/// to another capitalised word somewhere ("Bernie Sanders").
fn part_of_a_name(text: &str, word: &str) -> bool {
    let word = word
        .trim()
        .trim_end_matches("\u{2019}s")
        .trim_end_matches("'s");
    let capital = |w: Option<&str>| {
        w.is_some_and(|w| w.starts_with(char::is_uppercase) && w.chars().count() > 1)
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    words.iter().enumerate().any(|(k, w)| {
        w.trim_end_matches([',', '.', ';', ':']) == word
            && (capital(k.checked_sub(1).and_then(|j| words.get(j).copied()))
                || capital(words.get(k + 1).copied()))
    })
}

#[derive(Default)]
struct Tally {
    articles: usize,
    direct: usize,
    found: usize,
    named: usize,
    named_right: usize,
    named_none: usize,
    pronoun: usize,
    pronoun_right: usize,
    pronoun_unclear: usize,
    other_pronoun: usize,
    reported: usize,
    false_quotes: usize,
}

fn main() {
    let dir = eval_dir().join("polnear-train");
    if !dir.join("ann").is_dir() {
        println!(
            "quotes: evaluation data not found under {} (set CLAIMDIFF_EVAL); skipping",
            dir.display()
        );
        return;
    }
    let verbose = std::env::var("QUOTES_VERBOSE").is_ok_and(|v| v == "1");
    let mut names: Vec<PathBuf> = fs::read_dir(dir.join("ann"))
        .expect("read ann/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ann"))
        .collect();
    names.sort();
    let lists = referent::Lists::load();
    let mut tally = Tally::default();
    for ann_path in names {
        let stem = ann_path.file_stem().unwrap().to_string_lossy().to_string();
        let text = fs::read_to_string(dir.join("text").join(format!("{stem}.txt"))).unwrap();
        let ann = fs::read_to_string(&ann_path).unwrap();
        score_article(&stem, &text, &ann, verbose, &lists, &mut tally);
    }
    report(&tally);
}

fn score_article(
    stem: &str,
    text: &str,
    ann: &str,
    verbose: bool,
    lists: &referent::Lists,
    tally: &mut Tally,
) {
    tally.articles += 1;
    let golds = read_gold(ann, text);
    let sources: Vec<referent::Source> = golds
        .iter()
        .filter_map(|g| g.source.as_ref())
        .map(|s| referent::Source {
            start: s.pieces[0].0,
            end: s.pieces[s.pieces.len() - 1].1,
        })
        .collect();
    let document = Document::new(Article::new(
        "polnear",
        PathBuf::from(stem),
        text.to_string(),
    ));
    let claims = extract(&document, None);
    let quotes: Vec<&Claim> = claims.iter().filter(|c| c.quote().is_some()).collect();
    // Letters covered by each reported quote.
    let covered: Vec<Vec<usize>> = quotes
        .iter()
        .map(|c| {
            let parts: Vec<(usize, usize)> = c
                .quote()
                .unwrap()
                .parts
                .iter()
                .map(|p| (p.start, p.end))
                .collect();
            letter_positions(text, &parts)
        })
        .collect();
    let short = |s: &str| s.chars().take(90).collect::<String>().replace('\n', " ");
    for gold in golds.iter().filter(|g| is_direct(text, &g.content)) {
        tally.direct += 1;
        let letters = letter_positions(text, &gold.content.pieces);
        if letters.is_empty() {
            continue;
        }
        let best = covered
            .iter()
            .enumerate()
            .map(|(q, cov)| {
                (
                    letters
                        .iter()
                        .filter(|l| cov.binary_search(l).is_ok())
                        .count(),
                    q,
                )
            })
            .max();
        let content = span_text(text, &gold.content);
        let Some((overlap, q)) = best.filter(|&(n, _)| 2 * n >= letters.len()) else {
            if verbose {
                println!("MISS    {stem}: {}", short(content));
            }
            continue;
        };
        let _ = overlap;
        tally.found += 1;
        let Some(source) = &gold.source else {
            continue;
        };
        let source_text = span_text(text, source);
        let reported = quotes[q]
            .quote()
            .unwrap()
            .speaker
            .as_ref()
            .map(|s| s.name.as_str());
        let lower = source_text.trim().to_lowercase();
        let expected = if let Some(gender) = referent::Gender::of_pronoun(&lower) {
            let at = source.pieces[0].0;
            let found = referent::referent(text, &sources, at, gender, lists, |w| {
                names_someone(text, w)
            });
            let Some(name) = found else {
                tally.pronoun_unclear += 1;
                if verbose {
                    println!("UNCLEAR {stem}: {lower} at {at} | {}", short(content));
                }
                continue;
            };
            tally.pronoun += 1;
            if std::env::var("QUOTES_REFERENTS").is_ok_and(|v| v == "1") {
                println!("REFERENT {stem} {at} {lower} -> {name}");
            }
            Some((true, name))
        } else if is_pronoun(source_text) {
            tally.other_pronoun += 1;
            None
        } else {
            tally.named += 1;
            Some((false, source_text.to_string()))
        };
        let Some((pronoun, expected)) = expected else {
            continue;
        };
        let right = reported.is_some_and(|r| names_same(r, &expected));
        match (right, pronoun) {
            (true, true) => tally.pronoun_right += 1,
            (true, false) => tally.named_right += 1,
            (false, false) if reported.is_none() => tally.named_none += 1,
            _ => {}
        }
        if verbose && !right {
            println!(
                "SPEAKER {stem}: {:?} for {}{:?} | {}",
                reported,
                if pronoun { "pronoun -> " } else { "" },
                short(&expected),
                short(content)
            );
        }
    }
    for (q, claim) in quotes.iter().enumerate() {
        tally.reported += 1;
        let quote = claim.quote().unwrap();
        let touches = golds.iter().any(|g| {
            g.content
                .pieces
                .iter()
                .any(|&(a, b)| quote.parts.iter().any(|p| p.start < b && a < p.end))
        });
        if !touches {
            tally.false_quotes += 1;
            if verbose {
                println!("FALSE+  {stem}: {}", short(&quote.text(text)));
            }
        }
        let _ = q;
    }
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        "-".into()
    } else {
        format!("{:.1}%", 100.0 * part as f64 / whole as f64)
    }
}

fn report(t: &Tally) {
    println!("PolNeAR train split, {} articles", t.articles);
    println!(
        "direct quotes found:     {:>4} of {:>4}  {}",
        t.found,
        t.direct,
        percent(t.found, t.direct)
    );
    println!(
        "named speakers right:    {:>4} of {:>4}  {}  ({} with no speaker)",
        t.named_right,
        t.named,
        percent(t.named_right, t.named),
        t.named_none
    );
    println!(
        "he/she speakers right:   {:>4} of {:>4}  {}  ({} unclear, not scored)",
        t.pronoun_right,
        t.pronoun,
        percent(t.pronoun_right, t.pronoun),
        t.pronoun_unclear
    );
    println!(
        "other pronoun sources:   {:>4} (not scored)",
        t.other_pronoun
    );
    println!(
        "false quotes:            {:>4} of {:>4} reported  {}",
        t.false_quotes,
        t.reported,
        percent(t.false_quotes, t.reported)
    );
}
