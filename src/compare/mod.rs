//! Compare: takes each outlet's claims (and how related their sentences are) and hands on
//! [`Comparison`]s: which claim of one outlet is about the same thing as which claim of another,
//! and whether the two agree, are compatible, or diverge. Claims no other outlet makes are
//! reported as unmatched; two figures of one outlet for the same thing that cannot both be true
//! are reported as an internal disagreement.
//!
//! Matching never pairs numbers because they are numbers: two claims pair only when their units
//! agree (a count with a count, a percentage with a percentage, the same currency), what they
//! count is compatible (the same noun, or two words for people in a crowd), they share an event
//! class (arrest, rally, vote...) or sit in related sentences, and no side word contradicts
//! (a presidential rally is not an opposition protest). The rules and tolerances are in
//! docs/claims.md.
//!
//! This file holds the types and runs the steps, each a file of its own: `quotes` links
//! quotes, `candidates` blocks and links the other claims of two sources (scored by `score`),
//! `group` joins links into judged comparisons, `internal` finds an outlet contradicting
//! itself, and `verdict` says whether two values can both be true (`convert` when they are
//! measures in different units). Which findings fail a run is
//! decided in `check` (`--fail-on`); comparisons are worded for readers in [`crate::report`].

mod candidates;
mod convert;
mod group;
mod internal;
mod mentions;
mod nouns;
mod order;
pub(crate) mod quotes;
mod reason;
mod score;
mod verdict;

use std::borrow::Borrow;

use crate::align::SentenceScorer;
use crate::claims::{Claim, ClaimKind};
use crate::segment::Document;
use serde::{Deserialize, Serialize};
use smallvec::SmallVec;

use candidates::match_sources;
use group::{Group, group_links, judge_group};
use internal::internal_disagreements;
use mentions::Mentions;
pub use order::SourceOrder;
pub use reason::{Reason, Which};
pub use score::match_score;
pub use verdict::{
    APPROXIMATE_TOLERANCE, Judgement, MAX_ROUNDING, effective_interval, judge, verdict,
};

/// How two claims stand to each other; its word is snake case ("speaker_conflict"). Ordered
/// worst first, which is the order reports list them in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The claims differ in a way that cannot be reconciled.
    Diverge,
    /// The same words, attributed to different speakers.
    SpeakerConflict,
    /// The same quote in different words.
    Reworded,
    /// Different statements that can both be true ("more than 100,000" and "100,000-220,000").
    Compatible,
    /// The same value ("9 August" and "Aug. 9"; "80.1%" and "80.1 per cent").
    Agree,
    /// Made by one outlet only.
    Unmatched,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// A claim of one source: `source` indexes the documents, `claim` that source's claims.
///
/// Two `u32`s: a long article makes tens of thousands of comparisons, each holding these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClaimRef {
    source: u32,
    claim: u32,
}

impl ClaimRef {
    pub fn new(source: usize, claim: usize) -> ClaimRef {
        ClaimRef {
            source: u32::try_from(source).expect("fewer than 4 billion sources"),
            claim: u32::try_from(claim).expect("fewer than 4 billion claims"),
        }
    }

    pub fn source(self) -> usize {
        self.source as usize
    }

    pub fn claim(self) -> usize {
        self.claim as usize
    }

    /// The claim itself, from the claims of every source.
    pub fn of(self, claims: &[Vec<Claim>]) -> &Claim {
        &claims[self.source()][self.claim()]
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub kind: ClaimKind,
    pub verdict: Verdict,
    /// The claims compared, sorted: one per source, or more where a source states the same fact
    /// more than once (its mentions, all of one value). Held inline: nearly every comparison
    /// has one or two, and a long article makes tens of thousands of comparisons.
    pub claims: SmallVec<[ClaimRef; 2]>,
    /// Both claims come from one outlet that contradicts itself.
    pub internal: bool,
    /// For quotes: the word-level difference between the first two claims whose words differ
    /// (the first two claims when none do).
    pub diff: Option<Box<[quotes::DiffPiece]>>,
    /// With three or more outlets: the source that alone disagrees with all the others.
    pub outlier: Option<u32>,
}

/// A match found between two claims of different sources, with how sure it is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Link {
    pub score: f32,
    pub a: ClaimRef,
    pub b: ClaimRef,
}

impl Link {
    /// A link between claim `a.1` of source `a.0` and claim `b.1` of source `b.0`.
    pub fn between(score: f32, a: (usize, usize), b: (usize, usize)) -> Link {
        Link {
            score,
            a: ClaimRef::new(a.0, a.1),
            b: ClaimRef::new(b.0, b.1),
        }
    }
}

/// Compares the claims of all sources. Every pair of sources is matched one-to-one; matches are
/// then joined into groups holding at most one claim per source (best matches first), so with
/// three or more outlets one comparison shows what each says. Each source is then checked
/// against itself. Comparisons come out in a stable order: by verdict (diverge,
/// speaker_conflict, reworded, compatible, agree, unmatched), then by their first claim.
///
/// `claims[source]` are that source's claims as [`crate::claims::extract`] gives them: in text
/// order, which the matching relies on to find a sentence's claims by binary search.
///
/// The scorer may be handed over rather than lent (`compare(.., scorer)`): it is needed only
/// to find candidates, and is then dropped before the groups and rows are built, which is the
/// peak of a long comparison's memory (issue 13: its word index is about 1.2 MB at 10,000
/// sentences an article).
///
/// The result depends on the order of `documents` where outlets tie; [`crate::pipeline`] runs
/// every comparison on the articles in a [`SourceOrder`] of their content, so that it does not.
pub fn compare(
    documents: &[Document],
    claims: &[Vec<Claim>],
    scorer: impl Borrow<SentenceScorer>,
) -> Vec<Comparison> {
    compare_in(
        documents,
        claims,
        scorer,
        &SourceOrder::as_given(documents.len()),
    )
}

/// [`compare`] of documents put in `order` (see [`SourceOrder`]): a quote's word diff is taken
/// from the outlet given first, as its columns are shown. The comparisons it hands on number
/// the sources as `documents` does: [`SourceOrder::comparisons_to_given`] renumbers them.
pub fn compare_in(
    documents: &[Document],
    claims: &[Vec<Claim>],
    scorer: impl Borrow<SentenceScorer>,
    order: &SourceOrder,
) -> Vec<Comparison> {
    let linked = link(documents, claims, scorer.borrow());
    drop(scorer);
    judge_links(claims, linked, order)
}

/// What [`compare_in`] finds before it judges: the links between claims of different outlets
/// (the only part that reads the scorer), each source's mentions of one fact, and the quotes'
/// words. Handed on to [`judge_links`].
pub struct Linked {
    quote_words: quotes::QuoteWords,
    mentions: Vec<Mentions>,
    links: Vec<Link>,
}

/// The first half of [`compare_in`]: the links between claims, found with `scorer`. The
/// pipeline runs it beside alignment and drops the scorer before [`judge_links`], whose groups and
/// rows are the peak of a long comparison's memory.
pub fn link(documents: &[Document], claims: &[Vec<Claim>], scorer: &SentenceScorer) -> Linked {
    let quote_words = quotes::QuoteWords::new(documents, claims);
    let mentions: Vec<Mentions> = claims.iter().map(|c| Mentions::of(c)).collect();
    let mut links = quotes::link_quotes(&quote_words, claims);
    for left in 0..claims.len() {
        for right in left + 1..claims.len() {
            links.extend(match_sources(claims, &mentions, scorer, left, right));
        }
    }
    Linked {
        quote_words,
        mentions,
        links,
    }
}

/// The second half of [`compare_in`]: the comparisons of what [`link`] found, in `order`.
pub fn judge_links(claims: &[Vec<Claim>], linked: Linked, order: &SourceOrder) -> Vec<Comparison> {
    let Linked {
        quote_words,
        mentions,
        links,
    } = linked;
    let mut matched: Vec<Vec<bool>> = claims.iter().map(|c| vec![false; c.len()]).collect();
    // Groups of facts, each named by its first mention, then given all their mentions.
    let mut groups = group_links(claims, links);
    let later = later_mentions(&mentions);
    for group in &mut groups {
        with_later_mentions(group, &later);
    }
    for r in groups.iter().flatten() {
        matched[r.source()][r.claim()] = true;
    }
    let internal: Vec<Comparison> = (0..claims.len())
        .flat_map(|source| internal_disagreements(source, &claims[source]))
        .collect();
    // A claim shown in its outlet's disagreement with itself is not listed again as a fact no
    // other outlet gives (issue 17: it was counted twice, once in "only in").
    for r in internal.iter().flat_map(|c| c.claims.iter()) {
        matched[r.source()][r.claim()] = true;
        matched[r.source()][mentions[r.source()].first(r.claim())] = true;
    }
    let unmatched = matched.iter().flatten().filter(|m| !**m).count();
    // Sized once: a long article makes tens of thousands of comparisons.
    let mut comparisons = Vec::with_capacity(groups.len() + internal.len() + unmatched);
    for group in groups {
        comparisons.push(judge_group(claims, &quote_words, group, order.given()));
    }
    comparisons.extend(internal);
    for (source, source_claims) in claims.iter().enumerate() {
        for (index, claim) in source_claims.iter().enumerate() {
            // A fact no other outlet gives: one row with all its mentions.
            if !matched[source][index] && mentions[source].is_first(index) {
                let mut fact: Group = smallvec::smallvec![ClaimRef::new(source, index)];
                with_later_mentions(&mut fact, &later);
                comparisons.push(Comparison {
                    kind: claim.kind(),
                    verdict: Verdict::Unmatched,
                    claims: fact,
                    internal: false,
                    diff: None,
                    outlier: None,
                });
            }
        }
    }
    sort_comparisons(&mut comparisons);
    comparisons
}

/// Comparisons in the order reports list them: by verdict, then by their first claim.
fn sort_comparisons(comparisons: &mut [Comparison]) {
    // A total order (every claim of the comparison breaks ties), so an in-place unstable sort
    // gives the same result every time without a sort buffer.
    comparisons.sort_unstable_by(|a, b| {
        (a.verdict, a.internal, &a.claims).cmp(&(b.verdict, b.internal, &b.claims))
    });
}

/// Each fact's later mentions, by the fact's first mention, sorted: only facts stated more
/// than once have an entry.
fn later_mentions(mentions: &[Mentions]) -> Vec<(ClaimRef, ClaimRef)> {
    let mut later: Vec<(ClaimRef, ClaimRef)> = mentions
        .iter()
        .enumerate()
        .flat_map(|(source, m)| {
            m.later().map(move |(first, index)| {
                (ClaimRef::new(source, first), ClaimRef::new(source, index))
            })
        })
        .collect();
    later.sort_unstable();
    later
}

/// Adds to a group of facts (each named by its first mention) their later mentions, keeping
/// the group sorted.
fn with_later_mentions(group: &mut Group, later: &[(ClaimRef, ClaimRef)]) {
    let firsts = group.len();
    for i in 0..firsts {
        let first = group[i];
        let start = later.partition_point(|(f, _)| *f < first);
        group.extend(
            later[start..]
                .iter()
                .take_while(|(f, _)| *f == first)
                .map(|(_, mention)| *mention),
        );
    }
    if group.len() > firsts {
        group.sort_unstable();
    }
}

#[cfg(test)]
mod tests;
