//! Quote comparison: pairs the quotes of different outlets that render the same words, and
//! says how their wording differs.
//!
//! Quotes are compared as word sequences, ignoring case, punctuation, quote marks and dashes.
//! Two quotes are the same quote when their stemmed words mostly line up (a word-level diff from
//! `similar`: at least half the words of both, or most of the shorter one when one outlet
//! quotes a fragment of what the other quotes in full) and their speakers do not differ. A
//! quote may match two quotes of the other outlet that split it. Verdicts: `agree` (the same
//! words, or a fragment found verbatim in the longer quote), `reworded` (with the diff), and
//! `speaker_conflict` (the same words, different speakers).

use std::ops::Range;

use rust_stemmers::{Algorithm, Stemmer};
use similar::{Algorithm as DiffAlgorithm, DiffOp, capture_diff_slices};

use super::{ClaimRef, Link, Verdict};
use crate::align::matching::greedy_one_to_one;
use crate::claims::quotes::is_indefinite;
use crate::claims::{Claim, ClaimKind, Speaker, SpeakerKind};
use crate::lexicon::{is_name_link, is_negation};
use crate::segment::Document;

mod reworded;

/// One piece of a word-level diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffPiece {
    pub op: DiffOpKind,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiffOpKind {
    Equal,
    Delete,
    Insert,
}

impl DiffOpKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DiffOpKind::Equal => "equal",
            DiffOpKind::Delete => "delete",
            DiffOpKind::Insert => "insert",
        }
    }
}

/// Least share of both quotes' words that must line up for them to be one quote.
const MIN_RATIO: f64 = 0.5;
/// Least share of the shorter quote's words found in the longer for a fragment to match.
const MIN_CONTAINED: f64 = 0.75;
/// Least ratio for the same words under different speakers to be a speaker conflict rather
/// than two different quotes.
const MIN_CONFLICT_RATIO: f64 = 0.8;

/// A quote as words: as written (for the diff), normalised (for equality), stemmed (for matching).
struct Words {
    written: Vec<String>,
    normal: Vec<String>,
    stems: Vec<String>,
    /// The stems in sorted order, for the cheap bound of [`bag_common`].
    sorted_stems: Vec<String>,
}

impl Words {
    fn of(text: &str, stemmer: &Stemmer) -> Words {
        let written: Vec<String> = text
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
            .map(|w| w.trim_matches(['\'', '\u{2019}']))
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        let normal: Vec<String> = written
            .iter()
            .map(|w| w.to_lowercase().replace('\u{2019}', "'"))
            .collect();
        let stems: Vec<String> = normal
            .iter()
            .map(|w| stemmer.stem(w).into_owned())
            .collect();
        let mut sorted_stems = stems.clone();
        sorted_stems.sort_unstable();
        Words {
            written,
            normal,
            stems,
            sorted_stems,
        }
    }
}

/// How two word sequences line up: words in common (longest common subsequence) and shares.
struct Overlap {
    common: usize,
    ratio: f64,
    contained: f64,
}

fn overlap(a: &[String], b: &[String]) -> Overlap {
    if a.is_empty() || b.is_empty() {
        return Overlap {
            common: 0,
            ratio: 0.0,
            contained: 0.0,
        };
    }
    if a == b {
        return Overlap {
            common: a.len(),
            ratio: 1.0,
            contained: 1.0,
        };
    }
    let common: usize = capture_diff_slices(DiffAlgorithm::Patience, a, b)
        .iter()
        .map(|op| match op {
            DiffOp::Equal { len, .. } => *len,
            _ => 0,
        })
        .sum();
    Overlap {
        common,
        ratio: 2.0 * common as f64 / (a.len() + b.len()) as f64,
        contained: common as f64 / a.len().min(b.len()) as f64,
    }
}

/// Words two quotes have in common counted as bags (sorted stem lists merged): never fewer
/// than in their longest common subsequence, so a pair this bound rules out need not be diffed.
/// Quotes share "the" and "we" with nearly every other quote; without it, an article with
/// hundreds of quotes would diff every pair.
fn bag_common(a: &[String], b: &[String]) -> usize {
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    common
}

/// Whether an overlap of `common` words could make two quotes of `a` and `b` words similar
/// enough to link (the tests of [`link_quotes`], with `common` as an upper bound).
fn could_link(common: usize, a: usize, b: usize) -> bool {
    if a == 0 || b == 0 {
        return false;
    }
    let ratio = 2.0 * common as f64 / (a + b) as f64;
    let contained = common as f64 / a.min(b) as f64;
    ratio >= MIN_RATIO.min(MIN_CONFLICT_RATIO) || (contained >= MIN_CONTAINED && common >= 2)
}

/// Whether two speakers are, or may be, the same: unknown on either side, or the same person
/// by surname (Lukashenko = Alexander Lukashenko) or spelling, or the same institution.
/// A speaker described by role ("China's foreign minister", "the rail operator"), not named:
/// an institution whose words after "the" are not all capitalised.
fn is_role(speaker: &Speaker) -> bool {
    speaker.kind == SpeakerKind::Institution
        && speaker
            .name
            .split_whitespace()
            // A capitalised word never counts as a role's, so only the lower-case links are listed.
            .filter(|w| !is_name_link(w))
            .any(|w| w.starts_with(char::is_lowercase))
}

fn same_speaker(a: Option<&Speaker>, b: Option<&Speaker>) -> Option<bool> {
    let (a, b) = (a?, b?);
    // An unnamed "resident" may well be the named resident of the other outlet, and "China's
    // foreign minister" the "top diplomat": only names can contradict each other.
    if is_indefinite(&a.name) || is_indefinite(&b.name) || is_role(a) || is_role(b) {
        return None;
    }
    let key = |s: &Speaker| {
        let name = s.name.to_lowercase();
        let name = name.strip_prefix("the ").unwrap_or(&name).to_string();
        name.split_whitespace()
            .next_back()
            .unwrap_or("")
            .to_string()
    };
    let (x, y) = (key(a), key(b));
    Some(x == y || strsim::normalized_levenshtein(&x, &y) >= 0.8)
}

/// The words of every quote claim of every source (`None` for claims that are not quotes).
pub(super) struct QuoteWords {
    /// Boxed: most claims are figures, and their empty entries then cost a pointer each.
    words: Vec<Vec<Option<Box<Words>>>>,
}

impl QuoteWords {
    pub(super) fn new(documents: &[Document], claims: &[Vec<Claim>]) -> QuoteWords {
        let stemmer = Stemmer::create(Algorithm::English);
        let words = claims
            .iter()
            .zip(documents)
            .map(|(source_claims, document)| {
                source_claims
                    .iter()
                    .map(|claim| {
                        (claim.kind() == ClaimKind::Quote).then(|| {
                            Box::new(Words::of(&claim.words(&document.article.text), &stemmer))
                        })
                    })
                    .collect()
            })
            .collect();
        QuoteWords { words }
    }

    fn of(&self, r: ClaimRef) -> &Words {
        self.words[r.source()][r.claim()]
            .as_ref()
            .expect("only quote claims are linked as quotes")
    }
}

/// Links the quotes of every pair of sources: one-to-one, best first, then the halves of a quote
/// that one outlet split in two to the whole quote of the other.
pub(super) fn link_quotes(quote_words: &QuoteWords, claims: &[Vec<Claim>]) -> Vec<Link> {
    let words = &quote_words.words;
    let mut links = Vec::new();
    for left in 0..claims.len() {
        for right in left + 1..claims.len() {
            let mut candidates = Vec::new();
            // Quotes sharing no word are never diffed: an index of the right quotes by stem
            // gives each left quote the ones it shares words with.
            let mut by_stem: std::collections::HashMap<&str, Vec<usize>> = Default::default();
            for (b, y) in words[right].iter().enumerate() {
                let Some(y) = y else { continue };
                let mut stems: Vec<&str> = y.stems.iter().map(String::as_str).collect();
                stems.sort_unstable();
                stems.dedup();
                for stem in stems {
                    by_stem.entry(stem).or_default().push(b);
                }
            }
            let mut seen = vec![false; words[right].len()];
            for (a, x) in words[left].iter().enumerate() {
                let Some(x) = x else { continue };
                let mut sharing: Vec<usize> = Vec::new();
                for stem in &x.stems {
                    for &b in by_stem.get(stem.as_str()).into_iter().flatten() {
                        if !std::mem::replace(&mut seen[b], true) {
                            sharing.push(b);
                        }
                    }
                }
                sharing.sort_unstable();
                for b in sharing {
                    seen[b] = false;
                    let Some(y) = &words[right][b] else { continue };
                    let bound = bag_common(&x.sorted_stems, &y.sorted_stems);
                    if !could_link(bound, x.stems.len(), y.stems.len()) {
                        continue;
                    }
                    let o = overlap(&x.stems, &y.stems);
                    let speakers =
                        same_speaker(speaker(&claims[left][a]), speaker(&claims[right][b]));
                    let similar =
                        o.ratio >= MIN_RATIO || (o.contained >= MIN_CONTAINED && o.common >= 2);
                    let allowed = match speakers {
                        Some(false) => o.ratio >= MIN_CONFLICT_RATIO,
                        _ => similar,
                    };
                    if allowed {
                        candidates.push((candidate_score(&o, speakers), a, b));
                    }
                }
            }
            let (picked, mut used) =
                greedy_one_to_one(&mut candidates, claims[left].len(), claims[right].len());
            let link = |score: f32, a: usize, b: usize| Link::between(score, (left, a), (right, b));
            links.extend(picked.into_iter().map(|(score, a, b)| link(score, a, b)));
            // A quote split in two by the other outlet: the second half links to the whole too.
            for &(score, a, b) in &candidates {
                let (Some(x), Some(y)) = (&words[left][a], &words[right][b]) else {
                    continue;
                };
                let split_of_left = used.left[a] && !used.right[b] && y.stems.len() < x.stems.len();
                let split_of_right =
                    used.right[b] && !used.left[a] && x.stems.len() < y.stems.len();
                if (split_of_left || split_of_right)
                    && overlap(&x.stems, &y.stems).contained >= MIN_CONTAINED
                {
                    used.left[a] = true;
                    used.right[b] = true;
                    links.push(link(score, a, b));
                }
            }
            // Left over: one speaker's statement in other words (two translations).
            let reworded = reworded::link(
                reworded::Side {
                    claims: &claims[left],
                    words: &words[left],
                    used: &mut used.left,
                },
                reworded::Side {
                    claims: &claims[right],
                    words: &words[right],
                    used: &mut used.right,
                },
            );
            links.extend(reworded.into_iter().map(|(score, a, b)| link(score, a, b)));
        }
    }
    links
}

/// The rank of a candidate pair: pairs of whole quotes by how much of both lines up (and first
/// those whose speakers are the same), then fragments found inside a longer quote, so that a
/// two-word fragment never takes the place of the full quotation it belongs to.
fn candidate_score(o: &Overlap, speakers: Option<bool>) -> f32 {
    let bonus = if speakers == Some(true) { 0.2 } else { 0.0 };
    let score = if o.ratio >= MIN_RATIO {
        o.ratio + bonus
    } else {
        // Below every whole pair: MIN_RATIO is the least a whole pair scores.
        0.9 * MIN_RATIO * o.contained
    };
    score as f32
}

fn speaker(claim: &Claim) -> Option<&Speaker> {
    claim.quote().and_then(|q| q.speaker.as_ref())
}

/// The verdict on two quotes taken to be the same quote.
pub(super) fn quote_verdict(
    quote_words: &QuoteWords,
    claims: &[Vec<Claim>],
    a: ClaimRef,
    b: ClaimRef,
) -> Verdict {
    let (x, y) = (quote_words.of(a), quote_words.of(b));
    let (p, q) = (a.of(claims), b.of(claims));
    if same_speaker(speaker(p), speaker(q)) == Some(false) {
        Verdict::SpeakerConflict
    } else if polarity_differs(x, y) {
        // "We will never raise taxes" / "We will raise taxes if we must": the same words, one
        // outlet's saying the opposite of the other's.
        Verdict::Diverge
    } else if x.normal == y.normal
        || contiguous_inside(&x.normal, &y.normal)
        || contiguous_inside(&y.normal, &x.normal)
    {
        Verdict::Agree
    } else {
        Verdict::Reworded
    }
}

/// One quote negates what the other says: over the stretch the two have in common (from the
/// first word they share to the last; an edge is trimmed only where one quote alone has words:
/// one outlet may quote a sentence more), one holds a word of negation and the other none. A
/// negation in an idiom ("not only", "no matter", "whether or not") or opening the quote as an
/// answer word ("No, we will...") negates nothing.
fn polarity_differs(x: &Words, y: &Words) -> bool {
    let ops = capture_diff_slices(DiffAlgorithm::Patience, &x.normal, &y.normal);
    let equal: Vec<(usize, usize, usize)> = ops
        .iter()
        .filter_map(|op| match *op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => Some((old_index, new_index, len)),
            _ => None,
        })
        .collect();
    let (Some(first), Some(last)) = (equal.first(), equal.last()) else {
        return false;
    };
    let (x_len, y_len) = (x.normal.len(), y.normal.len());
    let both_before = first.0 > 0 && first.1 > 0;
    let (x_start, y_start) = if both_before {
        (0, 0)
    } else {
        (first.0, first.1)
    };
    let (x_end, y_end) = (last.0 + last.2, last.1 + last.2);
    let both_after = x_end < x_len && y_end < y_len;
    let (x_end, y_end) = if both_after {
        (x_len, y_len)
    } else {
        (x_end, y_end)
    };
    let negates = |words: &[String], range: std::ops::Range<usize>| {
        range
            .into_iter()
            .any(|k| k > 0 && is_negation(&words[k]) && !in_idiom(words, k))
    };
    negates(&x.normal, x_start..x_end) != negates(&y.normal, y_start..y_end)
}

/// The negation at `k` belongs to an idiom that negates nothing: "not only", "no matter",
/// "or not", "no doubt".
fn in_idiom(words: &[String], k: usize) -> bool {
    let next = words.get(k + 1).map(String::as_str);
    let previous = k.checked_sub(1).map(|j| words[j].as_str());
    matches!(
        (previous, words[k].as_str(), next),
        (_, "not", Some("only"))
            | (_, "no", Some("matter" | "doubt" | "longer"))
            | (Some("or"), "not", _)
    )
}

/// The word diff between two linked quotes.
pub(super) fn quote_diff(quote_words: &QuoteWords, a: ClaimRef, b: ClaimRef) -> Vec<DiffPiece> {
    word_diff(quote_words.of(a), quote_words.of(b))
}

/// `needle` appears word for word, in one run, inside `haystack`.
fn contiguous_inside(needle: &[String], haystack: &[String]) -> bool {
    !needle.is_empty()
        && needle.len() < haystack.len()
        && haystack
            .windows(needle.len())
            .any(|window| window == needle)
}

/// The word diff of two quotes, on normalised words, shown with the words as written. When one
/// quote is a fragment of the other, only the stretch of the longer one that it covers is shown.
fn word_diff(x: &Words, y: &Words) -> Vec<DiffPiece> {
    let ops = capture_diff_slices(DiffAlgorithm::Patience, &x.normal, &y.normal);
    let mut pieces: Vec<DiffPiece> = Vec::new();
    let mut push = |op: DiffOpKind, words: &[String]| {
        if words.is_empty() {
            return;
        }
        let text = words.join(" ");
        match pieces.last_mut() {
            Some(last) if last.op == op => {
                last.text.push(' ');
                last.text.push_str(&text);
            }
            _ => pieces.push(DiffPiece { op, text }),
        }
    };
    let slice = |words: &[String], range: Range<usize>| words[range].to_vec();
    for op in &ops {
        match *op {
            DiffOp::Equal { old_index, len, .. } => push(
                DiffOpKind::Equal,
                &slice(&x.written, old_index..old_index + len),
            ),
            DiffOp::Delete {
                old_index, old_len, ..
            } => push(
                DiffOpKind::Delete,
                &slice(&x.written, old_index..old_index + old_len),
            ),
            DiffOp::Insert {
                new_index, new_len, ..
            } => push(
                DiffOpKind::Insert,
                &slice(&y.written, new_index..new_index + new_len),
            ),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                push(
                    DiffOpKind::Delete,
                    &slice(&x.written, old_index..old_index + old_len),
                );
                push(
                    DiffOpKind::Insert,
                    &slice(&y.written, new_index..new_index + new_len),
                );
            }
        }
    }
    // A fragment against a longer quote: trim the longer quote's words outside the fragment.
    let shorter_is_x = x.normal.len() < y.normal.len();
    let outside = if shorter_is_x {
        DiffOpKind::Insert
    } else {
        DiffOpKind::Delete
    };
    let fragment = x.normal.len().min(y.normal.len()) * 2 <= x.normal.len().max(y.normal.len());
    if fragment {
        while pieces.first().is_some_and(|p| p.op == outside) {
            pieces.remove(0);
        }
        while pieces.last().is_some_and(|p| p.op == outside) {
            pieces.pop();
        }
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_string).collect()
    }

    fn sorted(words: &[String]) -> Vec<String> {
        let mut sorted = words.to_vec();
        sorted.sort_unstable();
        sorted
    }

    proptest::proptest! {
        /// The bag bound never rules out a pair the diff would link: it is never below the
        /// words the two quotes have in common in order.
        #[test]
        fn the_bag_bound_is_never_below_the_common_subsequence(
            a in proptest::collection::vec(0usize..8, 0..14),
            b in proptest::collection::vec(0usize..8, 0..14),
        ) {
            const VOCABULARY: [&str; 8] = ["we", "will", "not", "the", "election", "win", "give", "up"];
            let a: Vec<String> = a.iter().map(|&w| VOCABULARY[w].to_string()).collect();
            let b: Vec<String> = b.iter().map(|&w| VOCABULARY[w].to_string()).collect();
            let exact = overlap(&a, &b);
            let bound = bag_common(&sorted(&a), &sorted(&b));
            proptest::prop_assert!(bound >= exact.common);
            let links = exact.ratio >= MIN_RATIO
                || (exact.contained >= MIN_CONTAINED && exact.common >= 2);
            if links {
                proptest::prop_assert!(could_link(bound, a.len(), b.len()));
            }
        }
    }

    #[test]
    fn quotes_sharing_only_function_words_are_ruled_out_without_a_diff() {
        let x = words("the people of this country will decide the future of the nation");
        let y = words("it is the duty of the police to keep order in the streets today");
        let bound = bag_common(&sorted(&x), &sorted(&y));
        assert_eq!(bound, 4); // the, the, the, of
        assert!(!could_link(bound, x.len(), y.len()));
        let same = words("we will not give up");
        assert!(could_link(
            bag_common(&sorted(&same), &sorted(&same)),
            same.len(),
            same.len()
        ));
    }
}
