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

pub mod quotes;

use crate::align::{SentenceRef, SentenceScorer};
use crate::claims::context::Side;
use crate::claims::lexicon::{CROWD_NOUNS, is_measure_noun, is_people_noun};
use crate::claims::{Claim, ClaimKind, DateValue, Exactness, Quantity, Unit, Value};
use crate::segment::Document;
use smallvec::{SmallVec, smallvec};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
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
        match self {
            Verdict::Agree => "agree",
            Verdict::Compatible => "compatible",
            Verdict::Diverge => "diverge",
            Verdict::SpeakerConflict => "speaker_conflict",
            Verdict::Reworded => "reworded",
            Verdict::Unmatched => "unmatched",
        }
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
    /// The claims compared, at most one per source, sorted. Held inline: nearly every
    /// comparison has one or two, and a long article makes tens of thousands of comparisons.
    pub claims: SmallVec<[ClaimRef; 2]>,
    /// Both claims come from one outlet that contradicts itself.
    pub internal: bool,
    /// For quotes: the word-level difference between the first two claims whose words differ
    /// (the first two claims when none do).
    pub diff: Option<Box<[quotes::DiffPiece]>>,
    /// With three or more outlets: the source that alone disagrees with all the others.
    pub outlier: Option<u32>,
}

/// Which findings make a run fail (exit code 1), from `--fail-on`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FailOn {
    pub diverge: bool,
    pub reworded: bool,
    pub speaker_conflict: bool,
    /// An outlet contradicting itself (diverge within one outlet).
    pub internal: bool,
}

impl Default for FailOn {
    /// `diverge,speaker_conflict`: the findings that mean two outlets cannot both be right.
    fn default() -> Self {
        FailOn {
            diverge: true,
            reworded: false,
            speaker_conflict: true,
            internal: false,
        }
    }
}

impl FailOn {
    /// Parses a comma-separated list of `diverge`, `reworded`, `speaker_conflict`, `internal`,
    /// `any` (all of them) and `never` (none).
    pub fn parse(list: &str) -> Result<FailOn, String> {
        let mut fail_on = FailOn {
            diverge: false,
            reworded: false,
            speaker_conflict: false,
            internal: false,
        };
        for item in list.split(',').map(str::trim) {
            match item {
                "diverge" => fail_on.diverge = true,
                "reworded" => fail_on.reworded = true,
                "speaker_conflict" => fail_on.speaker_conflict = true,
                "internal" => fail_on.internal = true,
                "any" => {
                    fail_on = FailOn {
                        diverge: true,
                        reworded: true,
                        speaker_conflict: true,
                        internal: true,
                    }
                }
                "never" => {}
                other => {
                    return Err(format!(
                        "'{other}' is not one of diverge, reworded, speaker_conflict, internal, any, never"
                    ));
                }
            }
        }
        Ok(fail_on)
    }

    pub fn fails(&self, comparison: &Comparison) -> bool {
        if comparison.internal {
            return self.internal;
        }
        match comparison.verdict {
            Verdict::Diverge => self.diverge,
            Verdict::Reworded => self.reworded,
            Verdict::SpeakerConflict => self.speaker_conflict,
            _ => false,
        }
    }
}

/// How many of its most related sentences in the other article a sentence's claims are
/// weighed against when they share no event class.
const RELATED_PER_SENTENCE: usize = 8;

/// Most sentences apart two figures of one outlet may be to count as rival estimates.
const INTERNAL_WINDOW: u32 = 3;

/// Most attributed figures after a figure that it is weighed against as a rival estimate: rival
/// estimates stand side by side, and the bound keeps a transcript with thousands of figures in
/// one paragraph linear.
const INTERNAL_NEIGHBOURS: usize = 6;

/// Least match score for two claims to be taken as about the same thing.
const MIN_MATCH_SCORE: f32 = 1.0;
/// Least sentence similarity for claims with no event words to be paired on context alone.
const RELATED_SENTENCES: f32 = 0.2;
/// Tolerance of an approximate figure ("some 6,700", "nearly 7,000"), relative.
pub const APPROXIMATE_TOLERANCE: f64 = 0.10;
/// Most a round figure (6,700; 100,000) is taken to have been rounded, relative.
pub const MAX_ROUNDING: f64 = 0.05;

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
pub fn compare(
    documents: &[Document],
    claims: &[Vec<Claim>],
    scorer: &SentenceScorer,
) -> Vec<Comparison> {
    let quote_words = quotes::QuoteWords::new(documents, claims);
    let mut links = quotes::link_quotes(&quote_words, claims);
    for left in 0..claims.len() {
        for right in left + 1..claims.len() {
            links.extend(match_sources(claims, scorer, left, right));
        }
    }
    let mut matched: Vec<Vec<bool>> = claims.iter().map(|c| vec![false; c.len()]).collect();
    let groups = group_links(links);
    for r in groups.iter().flatten() {
        matched[r.source()][r.claim()] = true;
    }
    let internal: Vec<Comparison> = (0..claims.len())
        .flat_map(|source| internal_disagreements(source, &claims[source]))
        .collect();
    let unmatched = matched.iter().flatten().filter(|m| !**m).count();
    // Sized once: a long article makes tens of thousands of comparisons.
    let mut comparisons = Vec::with_capacity(groups.len() + internal.len() + unmatched);
    for group in groups {
        comparisons.push(judge_group(claims, &quote_words, group));
    }
    comparisons.extend(internal);
    for (source, source_claims) in claims.iter().enumerate() {
        for (index, claim) in source_claims.iter().enumerate() {
            if !matched[source][index] {
                comparisons.push(Comparison {
                    kind: claim.kind,
                    verdict: Verdict::Unmatched,
                    claims: smallvec![ClaimRef::new(source, index)],
                    internal: false,
                    diff: None,
                    outlier: None,
                });
            }
        }
    }
    // A total order (every claim of the comparison breaks ties), so an in-place unstable sort
    // gives the same result every time without a sort buffer.
    comparisons.sort_unstable_by(|a, b| {
        (a.verdict, a.internal, &a.claims).cmp(&(b.verdict, b.internal, &b.claims))
    });
    comparisons
}

/// Joins links into groups with at most one claim per source, best links first, so that two
/// claims of one outlet never end up in one comparison. Groups come out sorted by their claims.
fn group_links(mut links: Vec<Link>) -> Vec<Vec<ClaimRef>> {
    links.sort_by(|p, q| {
        q.score
            .total_cmp(&p.score)
            .then((p.a, p.b).cmp(&(q.a, q.b)))
    });
    let mut group_of = GroupOf::default();
    let mut groups: Vec<Vec<ClaimRef>> = Vec::new();
    for link in links {
        match (group_of.get(link.a), group_of.get(link.b)) {
            (None, None) => {
                group_of.insert(link.a, groups.len());
                group_of.insert(link.b, groups.len());
                groups.push(vec![link.a, link.b]);
            }
            (Some(g), None) | (None, Some(g)) => {
                let new = if group_of.get(link.a).is_some() {
                    link.b
                } else {
                    link.a
                };
                if groups[g].iter().all(|r| r.source() != new.source()) {
                    group_of.insert(new, g);
                    groups[g].push(new);
                } else if !groups.iter().any(|group| group == &vec![link.a, link.b]) {
                    // A quote split in two: the second half gets its own comparison with the
                    // whole it belongs to.
                    groups.push(vec![link.a, link.b]);
                }
            }
            (Some(g), Some(h)) if g != h => {
                let disjoint = groups[g]
                    .iter()
                    .all(|r| groups[h].iter().all(|s| s.source() != r.source()));
                if disjoint {
                    let moved = std::mem::take(&mut groups[h]);
                    for r in &moved {
                        group_of.insert(*r, g);
                    }
                    groups[g].extend(moved);
                }
            }
            _ => {}
        }
    }
    let mut groups: Vec<Vec<ClaimRef>> = groups
        .into_iter()
        .filter(|g| g.len() >= 2)
        .map(|mut g| {
            g.sort_unstable();
            g
        })
        .collect();
    groups.sort_unstable();
    groups
}

/// Which group each linked claim is in: per source, per claim (dense: claims are numbered).
#[derive(Default)]
struct GroupOf(Vec<Vec<u32>>);

impl GroupOf {
    const NONE: u32 = u32::MAX;

    fn get(&self, r: ClaimRef) -> Option<usize> {
        let group = *self.0.get(r.source())?.get(r.claim())?;
        (group != Self::NONE).then_some(group as usize)
    }

    fn insert(&mut self, r: ClaimRef, group: usize) {
        if self.0.len() <= r.source() {
            self.0.resize_with(r.source() + 1, Vec::new);
        }
        let of_source = &mut self.0[r.source()];
        if of_source.len() <= r.claim() {
            of_source.resize(r.claim() + 1, Self::NONE);
        }
        of_source[r.claim()] = u32::try_from(group).expect("fewer than 4 billion groups");
    }
}

/// The verdict, subject, diff and outlier of one group of claims about the same thing.
fn judge_group(
    claims: &[Vec<Claim>],
    quote_words: &quotes::QuoteWords,
    group: Vec<ClaimRef>,
) -> Comparison {
    let claim = |r: ClaimRef| r.of(claims);
    let kind = claim(group[0]).kind;
    let pair_verdict = |a: ClaimRef, b: ClaimRef| {
        if kind == ClaimKind::Quote {
            quotes::quote_verdict(quote_words, claims, a, b)
        } else {
            verdict(&claim(a).value, &claim(b).value)
        }
    };
    let mut verdicts = Vec::new();
    for i in 0..group.len() {
        for j in i + 1..group.len() {
            verdicts.push(((i, j), pair_verdict(group[i], group[j])));
        }
    }
    let worst = verdicts
        .iter()
        .map(|(_, v)| *v)
        .min()
        .unwrap_or(Verdict::Agree);
    // With three or more outlets, the one that alone disagrees with all the others.
    let disagreement = matches!(
        worst,
        Verdict::Diverge | Verdict::SpeakerConflict | Verdict::Reworded
    );
    let outlier = (group.len() >= 3 && disagreement)
        .then(|| {
            (0..group.len()).find(|&odd| {
                verdicts.iter().all(|&((i, j), v)| {
                    let involves = i == odd || j == odd;
                    if involves { v == worst } else { v > worst }
                })
            })
        })
        .flatten()
        .map(|odd| group[odd].source);
    let diff = if kind == ClaimKind::Quote {
        let differing = verdicts
            .iter()
            .find(|(_, v)| *v != Verdict::Agree)
            .map_or((0, 1), |(pair, _)| *pair);
        Some(
            quotes::quote_diff(quote_words, group[differing.0], group[differing.1])
                .into_boxed_slice(),
        )
    } else {
        None
    };
    Comparison {
        kind,
        verdict: worst,
        claims: SmallVec::from_vec(group),
        internal: false,
        diff,
        outlier,
    }
}

/// Pairs of claims of one event class (left count times right count) beyond which the class
/// alone no longer makes two claims candidates (they must also sit in related sentences):
/// keeps long transcripts from costing the product of their claim counts; articles of normal
/// length never reach it (the seed articles' largest class gives 4 x 6 pairs).
const CLASS_CAP: usize = 20_000;

/// One-to-one matches between the claims of `left` and `right`, best match first.
///
/// Candidates are blocked: a claim is weighed only against the other side's claims that share
/// an event class with it or sit in a related sentence (similarity at least
/// [`RELATED_SENTENCES`]), the only ones [`match_score`] can accept.
fn match_sources(
    claims: &[Vec<Claim>],
    scorer: &SentenceScorer,
    left: usize,
    right: usize,
) -> Vec<Link> {
    // The few most related right sentences of each left sentence, sorted for binary search.
    let related = scorer.best_pairs(left, right, RELATED_SENTENCES, RELATED_PER_SENTENCE);
    let similarity = |x: &Claim, y: &Claim| {
        related
            .get(x.sentence_index())
            .and_then(|list| {
                list.binary_search_by_key(&y.sentence, |p| p.0)
                    .ok()
                    .map(|i| list[i].1)
            })
            .unwrap_or_else(|| {
                scorer.score(
                    SentenceRef {
                        source: left,
                        sentence: x.sentence_index(),
                    },
                    SentenceRef {
                        source: right,
                        sentence: y.sentence_index(),
                    },
                )
            })
    };
    let mut by_class: std::collections::HashMap<&str, Vec<usize>> = Default::default();
    for (b, y) in claims[right].iter().enumerate() {
        if y.kind == ClaimKind::Quote {
            continue;
        }
        for class in y.context.events.iter() {
            by_class.entry(class).or_default().push(b);
        }
    }
    // Claims come in text order, so a sentence's claims are one run: found by binary search.
    let rights = &claims[right];
    debug_assert!(rights.is_sorted_by_key(|c| c.sentence));
    let in_sentence = |sentence: u32| {
        let first = rights.partition_point(|c| c.sentence < sentence);
        (first..rights.len())
            .take_while(move |&b| rights[b].sentence == sentence)
            .filter(|&b| rights[b].kind != ClaimKind::Quote)
    };
    let mut left_class_sizes: std::collections::HashMap<&str, usize> = Default::default();
    for x in claims[left].iter().filter(|x| x.kind != ClaimKind::Quote) {
        for class in x.context.events.iter() {
            *left_class_sizes.entry(class).or_default() += 1;
        }
    }
    let mut seen = vec![false; claims[right].len()];
    let mut candidates = Vec::new();
    for (a, x) in claims[left].iter().enumerate() {
        if x.kind == ClaimKind::Quote {
            continue;
        }
        let mut pool: Vec<usize> = Vec::new();
        let mut take = |b: usize, pool: &mut Vec<usize>| {
            if !std::mem::replace(&mut seen[b], true) {
                pool.push(b);
            }
        };
        for class in x.context.events.iter() {
            let members = by_class.get(class).map_or(&[][..], Vec::as_slice);
            let pairs = members.len() * left_class_sizes.get(class).copied().unwrap_or(0);
            if pairs <= CLASS_CAP {
                for &b in members {
                    take(b, &mut pool);
                }
            }
        }
        for &(r, _) in related.get(x.sentence_index()).into_iter().flatten() {
            for b in in_sentence(r) {
                take(b, &mut pool);
            }
        }
        for b in pool {
            seen[b] = false;
            let y = &claims[right][b];
            if let Some(score) = match_score(x, y, similarity(x, y)) {
                candidates.push((score, a, b));
            }
        }
    }
    let (picked, _) = one_to_one(&mut candidates, claims[left].len(), claims[right].len());
    picked
        .into_iter()
        .map(|(score, a, b)| Link::between(score, (left, a), (right, b)))
        .collect()
}

/// Which claims of each side a matching has used.
pub(crate) struct Used {
    pub left: Vec<bool>,
    pub right: Vec<bool>,
}

/// Greedy one-to-one matching of scored candidates `(score, left, right)`: best first, ties in
/// claim order, each claim used once. Sorts `candidates` in that order; returns the pairs kept
/// and what they used.
pub(crate) fn one_to_one(
    candidates: &mut [(f32, usize, usize)],
    left_len: usize,
    right_len: usize,
) -> (Vec<(f32, usize, usize)>, Used) {
    candidates.sort_by(|p, q| q.0.total_cmp(&p.0).then((p.1, p.2).cmp(&(q.1, q.2))));
    let mut used = Used {
        left: vec![false; left_len],
        right: vec![false; right_len],
    };
    let mut picked = Vec::new();
    for &(score, a, b) in candidates.iter() {
        if !used.left[a] && !used.right[b] {
            used.left[a] = true;
            used.right[b] = true;
            picked.push((score, a, b));
        }
    }
    (picked, used)
}

/// How surely two claims are about the same thing, or `None` when they cannot be.
///
/// `related` is the similarity of the two claims' sentences.
pub fn match_score(x: &Claim, y: &Claim, related: f32) -> Option<f32> {
    if x.kind != y.kind || !same_kind_of_value(&x.value, &y.value) {
        return None;
    }
    if let (Some(a), Some(b)) = (x.context.side, y.context.side)
        && a != b
    {
        return None;
    }
    if !holders_fit(x, y) || x.context.era != y.context.era {
        return None;
    }
    let (nouns_fit, same_noun) = nouns_fit(x, y);
    if !nouns_fit {
        return None;
    }
    let shared_events = x
        .context
        .events
        .iter()
        .filter(|e| y.context.events.contains(e))
        .count();
    // A claim with neither a noun nor events of its own ("and 14 others trapped") is paired
    // only with a claim in a related sentence.
    let vague = |c: &Claim| c.context.counts.is_none() && c.context.events_borrowed;
    if (vague(x) || vague(y)) && related < RELATED_SENTENCES {
        return None;
    }
    let either_without_events = x.context.events.is_empty() || y.context.events.is_empty();
    if shared_events == 0 && !(either_without_events && related >= RELATED_SENTENCES) {
        return None;
    }
    let union = x.context.events.len() + y.context.events.len() - shared_events;
    let event_overlap = if union == 0 {
        0.0
    } else {
        shared_events as f32 / union as f32
    };
    let consistent = verdict(&x.value, &y.value) != Verdict::Diverge;
    let score = 0.6
        + event_overlap
        + if same_noun { 0.5 } else { 0.0 }
        + if consistent { 0.3 } else { 0.0 }
        + related;
    (score >= MIN_MATCH_SCORE).then_some(score)
}

fn same_kind_of_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Quantity(p), Value::Quantity(q)) => match (&p.unit, &q.unit) {
            (Unit::Money(c), Unit::Money(d)) => c.is_none() || d.is_none() || c == d,
            (u, v) => u == v,
        },
        (Value::Date(p), Value::Date(q)) => p.is_year_only() == q.is_year_only(),
        _ => false,
    }
}

/// Whether what the two claims count can be the same, and whether it is the very same word.
fn nouns_fit(x: &Claim, y: &Claim) -> (bool, bool) {
    match (&x.context.counts, &y.context.counts) {
        (Some(a), Some(b)) => {
            let same = stem(a) == stem(b);
            (same || (is_people_noun(a) && is_people_noun(b)), same)
        }
        // A measurement (magnitude, kilometres) is only ever compared with the same measurement.
        (Some(noun), None) | (None, Some(noun)) => (!is_measure_noun(noun), false),
        (None, None) => (true, false),
    }
}

/// Vote shares of different candidates are different claims: Lukashenko's 80.1% is not
/// Tikhanovskaya's 10.12%. Spellings are compared fuzzily (transliterations differ).
fn holders_fit(x: &Claim, y: &Claim) -> bool {
    let is_vote_share = |c: &Claim| {
        c.context.events.contains("vote")
            && c.quantity()
                .is_some_and(|q| matches!(q.unit, Unit::Percent | Unit::PercentagePoints))
    };
    if !is_vote_share(x) || !is_vote_share(y) {
        return true;
    }
    match (&x.context.holder, &y.context.holder) {
        (Some(a), Some(b)) => a == b || strsim::normalized_levenshtein(a, b) >= 0.8,
        _ => true,
    }
}

/// A counted noun reduced to its synonym group ("rise" and "increase" are one), else to its
/// singular.
fn stem(word: &str) -> String {
    let singular = word.trim_end_matches('s');
    crate::claims::lexicon::NOUN_SYNONYMS
        .iter()
        .find(|group| group.contains(&word) || group.contains(&singular))
        .map_or(singular.to_string(), |group| group[0].to_string())
}

/// Two figures of one outlet for the same thing that cannot both be true: "An official report
/// said 65,000 people had attended ... but unofficial estimates were as low as 10,000".
fn internal_disagreements(source: usize, claims: &[Claim]) -> Vec<Comparison> {
    let mut found = Vec::new();
    // Only attributed counts can be rival estimates: look at those alone.
    let attributed: Vec<usize> = (0..claims.len())
        .filter(|&i| {
            claims[i].context.attributed_to.is_some()
                && claims[i].quantity().is_some_and(|q| q.unit == Unit::Count)
        })
        .collect();
    for (position, &a) in attributed.iter().enumerate() {
        let x = &claims[a];
        // Rival estimates are given together: within a few sentences of each other. Figures
        // far apart in a long article are more likely about different events of one kind.
        let nearby = attributed[position + 1..]
            .iter()
            .take(INTERNAL_NEIGHBOURS)
            .take_while(|&&b| claims[b].sentence <= x.sentence + INTERNAL_WINDOW);
        for &b in nearby {
            let y = &claims[b];
            // Only counts: two shares or sums in one article are usually of different holders
            // (a winner's and a loser's share of the vote), not rival estimates of one figure.
            let counts = |c: &Claim| c.quantity().is_some_and(|q| q.unit == Unit::Count);
            if !counts(x) || !counts(y) {
                continue;
            }
            let shared_event = x.context.events.overlaps(&y.context.events);
            // Rival estimates come from rival sources ("an official report" against
            // "unofficial estimates"); figures without that are a breakdown ("six voted for,
            // two against") or different days, not a contradiction.
            let different_sources = matches!(
                (&x.context.attributed_to, &y.context.attributed_to),
                (Some(p), Some(q)) if p != q
            );
            let vague = |c: &Claim| c.context.counts.is_none() && c.context.events_borrowed;
            if !shared_event
                || vague(x)
                || vague(y)
                || x.context.era != y.context.era
                || !different_sources
                || x.context.side != y.context.side
                || !same_kind_of_value(&x.value, &y.value)
                || !nouns_fit(x, y).0
                || x.quantity().and_then(|q| q.direction).is_some()
                || y.quantity().and_then(|q| q.direction).is_some()
            {
                continue;
            }
            if verdict(&x.value, &y.value) == Verdict::Diverge {
                found.push(Comparison {
                    kind: x.kind,
                    verdict: Verdict::Diverge,
                    claims: smallvec![ClaimRef::new(source, a), ClaimRef::new(source, b)],
                    internal: true,
                    diff: None,
                    outlier: None,
                });
            }
        }
    }
    found
}

/// The verdict on two values about the same thing.
pub fn verdict(a: &Value, b: &Value) -> Verdict {
    match (a, b) {
        (Value::Quantity(p), Value::Quantity(q)) => quantity_verdict(p, q),
        (Value::Date(p), Value::Date(q)) => date_verdict(p, q),
        _ => Verdict::Diverge,
    }
}

fn date_verdict(a: &DateValue, b: &DateValue) -> Verdict {
    if a.agrees_with(b) {
        Verdict::Agree
    } else {
        Verdict::Diverge
    }
}

fn quantity_verdict(a: &Quantity, b: &Quantity) -> Verdict {
    if let (Some(x), Some(y)) = (a.direction, b.direction)
        && x != y
    {
        return Verdict::Diverge;
    }
    let same = |x: Option<f64>, y: Option<f64>| match (x, y) {
        (Some(x), Some(y)) => (x - y).abs() <= 1e-9 * x.abs().max(1.0),
        (None, None) => true,
        _ => false,
    };
    if a.exactness == b.exactness
        && same(a.low, b.low)
        && same(a.high, b.high)
        && a.direction == b.direction
    {
        return Verdict::Agree;
    }
    // Only the less precise of two exact figures may have been rounded: 6,700 may stand for
    // 6,712, but 6,700 and 6,800 are two different figures.
    let (a_rounded, b_rounded) = match (a.exactness, b.exactness, a.low, b.low) {
        (Exactness::Exact, Exactness::Exact, Some(x), Some(y)) => (
            significant_digits(x) < significant_digits(y),
            significant_digits(y) < significant_digits(x),
        ),
        _ => (true, true),
    };
    let (a_low, a_high) = effective_interval(a, a_rounded);
    let (b_low, b_high) = effective_interval(b, b_rounded);
    if a_low <= b_high && b_low <= a_high {
        Verdict::Compatible
    } else {
        Verdict::Diverge
    }
}

fn significant_digits(value: f64) -> usize {
    let text = crate::claims::format_number(value.abs());
    let digits = text.replace('.', "");
    let trimmed = digits.trim_start_matches('0');
    let trimmed = if text.contains('.') {
        trimmed
    } else {
        trimmed.trim_end_matches('0')
    };
    trimmed.len()
}

/// The interval of values a claim allows once the way it was stated is taken into account;
/// `may_be_rounded` lets a round exact figure stand for the figures it could be rounded from.
pub fn effective_interval(q: &Quantity, may_be_rounded: bool) -> (f64, f64) {
    let low = q.low.unwrap_or(f64::NEG_INFINITY);
    let high = q.high.unwrap_or(f64::INFINITY);
    match q.exactness {
        Exactness::Exact => {
            let slack = if may_be_rounded { rounding(low) } else { 0.0 };
            (low - slack, high + slack)
        }
        Exactness::Approximate => {
            let slack = low.abs() * APPROXIMATE_TOLERANCE;
            (low - slack, high + slack)
        }
        Exactness::LowerBound | Exactness::UpperBound | Exactness::Range => (low, high),
    }
}

/// How much a round figure may have been rounded: half its last significant place, at most
/// [`MAX_ROUNDING`] of the value (6,700: 50; 65,000: 500; 100,000: 5,000; 6,712: 0).
fn rounding(value: f64) -> f64 {
    if value.fract() != 0.0 || value == 0.0 {
        return 0.0;
    }
    let mut place: f64 = 1.0;
    let mut rest = value.abs();
    while rest >= 10.0 && rest % 10.0 == 0.0 {
        rest /= 10.0;
        place *= 10.0;
    }
    if place < 100.0 {
        return 0.0;
    }
    (place / 2.0).min(value.abs() * MAX_ROUNDING)
}

impl Comparison {
    /// What the claims are about, in words ("people at the opposition rally"; for quotes, the
    /// speaker). Built when a report is written rather than kept: it follows from the claims.
    pub fn subject(&self, claims: &[Vec<Claim>]) -> String {
        let claim = |r: &ClaimRef| r.of(claims);
        if self.kind == ClaimKind::Quote {
            return quotes::group_speaker(claims, &self.claims);
        }
        let first = claim(&self.claims[0]);
        subject(first, self.claims.get(1).map_or(first, claim))
    }
}

/// A short description of what two claims about one thing are about, from their context.
fn subject(x: &Claim, y: &Claim) -> String {
    let noun = x.context.counts.as_deref().or(y.context.counts.as_deref());
    let events = if x.context.events.is_empty() {
        y.context.events
    } else {
        x.context.events
    };
    let side = x.context.side.or(y.context.side);
    let event = events.first().map(|event| event_phrase(event, side));
    match (&x.value, &x.quantity().map(|q| q.unit)) {
        (Value::Quote(quote), _) => match &quote.speaker {
            Some(speaker) => speaker.name.clone(),
            None => "unknown speaker".to_string(),
        },
        (Value::Date(date), _) => {
            let what = events.first().map_or("the event".to_string(), |e| {
                format!("the {}", event_noun(e))
            });
            if date.is_year_only() {
                format!("year of {what}")
            } else {
                format!("date of {what}")
            }
        }
        (_, Some(Unit::Percent | Unit::PercentagePoints)) => match (noun, event) {
            (Some(noun), _) => format!("share of the {noun}"),
            (None, Some(event)) => format!("share {event}"),
            (None, None) => "share".to_string(),
        },
        (_, Some(Unit::Age)) => "age".to_string(),
        (_, Some(Unit::Duration(unit))) => {
            format!("{unit}{}", event.map_or(String::new(), |e| format!(" {e}")))
        }
        _ if noun.is_some_and(is_measure_noun) => noun.unwrap_or_default().to_string(),
        _ => {
            // A crowd is counted in people: "people at the opposition rally".
            let what = match noun {
                Some(noun) if CROWD_NOUNS.contains(&noun) => "people".to_string(),
                Some(noun) => noun.to_string(),
                None => "number".to_string(),
            };
            match event {
                Some(event) => format!("{what} {event}"),
                None => what,
            }
        }
    }
}

fn event_noun(event: &str) -> &str {
    match event {
        "vote" => "vote",
        "rally" => "rally",
        "rule" => "rule",
        "strike" => "strike",
        other => other,
    }
}

fn event_phrase(event: &str, side: Option<Side>) -> String {
    match event {
        "rally" => match side {
            Some(side) => format!("at the {} rally", side.as_str()),
            None => "at the rally".to_string(),
        },
        "arrest" => "arrested".to_string(),
        "injury" => "wounded".to_string(),
        "death" => "killed".to_string(),
        "vote" => "in the vote".to_string(),
        "strike" => "on strike".to_string(),
        "rule" => "in power".to_string(),
        "displacement" => "displaced".to_string(),
        "jobs" => "jobs".to_string(),
        "aid" => "in aid".to_string(),
        "letter" => "signing the letter".to_string(),
        other => format!("({other})"),
    }
}

#[cfg(test)]
mod tests;
