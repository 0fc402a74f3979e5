//! Grouping: takes the links found between every pair of sources and hands on comparisons of
//! groups holding at most one claim per source (best links first), each judged: the worst
//! verdict of its pairs, the outlier with three or more outlets, and a quote's word diff.

use smallvec::{SmallVec, smallvec};

use super::mentions::restates;
use super::score::context_fits;
use super::verdict::{Judgement, judge, verdict};
use super::{ClaimRef, Comparison, Link, Verdict, quotes};
use crate::claims::{Claim, ClaimKind};

/// The claims of one comparison, inline: nearly every group holds two, and a long article makes
/// tens of thousands of groups.
pub(super) type Group = SmallVec<[ClaimRef; 2]>;

/// Joins links into groups, best links first, holding one claim per source or, from one
/// source, only claims that restate one another ([`restates`]), and only claims whose contexts
/// all fit one another ([`context_fits`]: links made pair by pair must not chain a count of arrests to
/// a count of marchers through a third figure). Groups come out sorted by their claims.
pub(super) fn group_links(claims: &[Vec<Claim>], mut links: Vec<Link>) -> Vec<Group> {
    // Every pair of a group must be able to be about one thing, not only the pairs linked; two
    // claims of one outlet only when one restates the other ("over $2.6 million" in the lede,
    // "$2.6 million" below).
    let joinable = |group: &[ClaimRef], new: &[ClaimRef]| {
        group.iter().all(|&r| {
            new.iter().all(|&s| {
                let (x, y) = (r.of(claims), s.of(claims));
                if r.source() == s.source() {
                    restates(x, y)
                } else {
                    x.kind() == ClaimKind::Quote || context_fits(x, y)
                }
            })
        })
    };
    links.sort_by(|p, q| {
        q.score
            .total_cmp(&p.score)
            .then((p.a, p.b).cmp(&(q.a, q.b)))
    });
    let mut group_of = GroupOf::default();
    let mut groups: Vec<Group> = Vec::new();
    for link in links {
        match (group_of.get(link.a), group_of.get(link.b)) {
            (None, None) => {
                group_of.insert(link.a, groups.len());
                group_of.insert(link.b, groups.len());
                groups.push(smallvec![link.a, link.b]);
            }
            (Some(g), None) | (None, Some(g)) => {
                let new = if group_of.get(link.a).is_some() {
                    link.b
                } else {
                    link.a
                };
                if joinable(&groups[g], &[new]) {
                    group_of.insert(new, g);
                    groups[g].push(new);
                } else if link.a.of(claims).kind() == ClaimKind::Quote
                    && !groups.iter().any(|group| group[..] == [link.a, link.b])
                {
                    // A quote split in two: the second half gets its own comparison with the
                    // whole it belongs to.
                    groups.push(smallvec![link.a, link.b]);
                }
            }
            (Some(g), Some(h)) if g != h && joinable(&groups[g], &groups[h]) => {
                let moved = std::mem::take(&mut groups[h]);
                for r in &moved {
                    group_of.insert(*r, g);
                }
                groups[g].extend(moved);
            }
            _ => {}
        }
    }
    let mut groups: Vec<Group> = groups
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
pub(super) struct GroupOf(Vec<Vec<u32>>);

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
/// `given[source]` is where the source was given (see [`super::SourceOrder`]): a quote's diff
/// reads from the outlet given first to the other, as the report shows their columns.
pub(super) fn judge_group(
    claims: &[Vec<Claim>],
    quote_words: &quotes::QuoteWords,
    group: Group,
    given: &[usize],
) -> Comparison {
    let claim = |r: ClaimRef| r.of(claims);
    let kind = claim(group[0]).kind();
    let pair_verdict = |a: ClaimRef, b: ClaimRef| {
        if kind == ClaimKind::Quote {
            quotes::quote_verdict(quote_words, claims, a, b)
        } else {
            verdict(&claim(a).value, &claim(b).value)
        }
    };
    // Pairs across outlets only, of what each says once: an outlet's mentions of one fact say
    // the same thing.
    let said = statements(&group, claims);
    let mut verdicts = Vec::new();
    for (p, &i) in said.iter().enumerate() {
        for &j in &said[p + 1..] {
            if group[i].source() != group[j].source() {
                verdicts.push(((i, j), pair_verdict(group[i], group[j])));
            }
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
    let mut sources: Vec<u32> = group.iter().map(|r| r.source).collect();
    sources.dedup();
    let outlier = (sources.len() >= 3 && disagreement)
        .then(|| {
            sources.iter().copied().find(|&odd| {
                verdicts.iter().all(|&((i, j), v)| {
                    let involves = group[i].source == odd || group[j].source == odd;
                    if involves { v == worst } else { v > worst }
                })
            })
        })
        .flatten();
    let diff = if kind == ClaimKind::Quote {
        let differing = verdicts
            .iter()
            .find(|(_, v)| *v != Verdict::Agree)
            .map_or((0, 1), |(pair, _)| *pair);
        let (mut from, mut to) = (group[differing.0], group[differing.1]);
        if given[from.source()] > given[to.source()] {
            std::mem::swap(&mut from, &mut to);
        }
        Some(quotes::quote_diff(quote_words, from, to).into_boxed_slice())
    } else {
        None
    };
    Comparison {
        kind,
        verdict: worst,
        claims: group,
        internal: false,
        diff,
        outlier,
    }
}

/// The claims of `group` (indices) that are not a repeat of an earlier one of their outlet: the
/// same value stated the same way. Quotes are never repeats.
fn statements(group: &[ClaimRef], claims: &[Vec<Claim>]) -> Vec<usize> {
    let mut kept: Vec<usize> = Vec::new();
    for (i, r) in group.iter().enumerate() {
        let claim = r.of(claims);
        let repeat = claim.kind() != ClaimKind::Quote
            && kept.iter().rev().any(|&k| {
                let earlier = group[k];
                earlier.source() == r.source()
                    && verdict(&earlier.of(claims).value, &claim.value) == Verdict::Agree
            });
        if !repeat {
            kept.push(i);
        }
    }
    kept
}

impl Comparison {
    /// The judgement of each pair of this comparison's figures given by two outlets (indices
    /// into `self.claims`, the lower first), in order; empty for quotes, whose pairs are judged
    /// on their words.
    /// Recomputed rather than stored: it follows from the claims, by the same rules that gave
    /// the comparison its verdict, and a long article makes tens of thousands of comparisons.
    pub fn judgements<'a>(
        &'a self,
        claims: &'a [Vec<Claim>],
    ) -> impl Iterator<Item = (usize, usize, Judgement)> + 'a {
        let statements = if self.kind == ClaimKind::Quote {
            Vec::new()
        } else {
            self.statements(claims)
        };
        // An outlet's mentions of one fact are not compared with each other; an outlet that
        // contradicts itself is.
        let mut pairs = Vec::new();
        for (p, &i) in statements.iter().enumerate() {
            for &j in &statements[p + 1..] {
                if self.internal || self.claims[i].source() != self.claims[j].source() {
                    let (a, b) = (self.claims[i].of(claims), self.claims[j].of(claims));
                    pairs.push((i, j, judge(&a.value, &b.value)));
                }
            }
        }
        pairs.into_iter()
    }

    /// The claims (indices into `self.claims`) that say something of their own: each outlet's
    /// first claim of each value, its repeats left out. An article that gives one figure a
    /// thousand times gives one statement, so judging a comparison costs the square of its
    /// outlets' statements, never of their mentions.
    pub fn statements(&self, claims: &[Vec<Claim>]) -> Vec<usize> {
        statements(&self.claims, claims)
    }

    /// The pair whose judgement gave the comparison its verdict (the first such pair), with
    /// that judgement: what a report says "why" about. `None` for quotes and claims made by one
    /// outlet only.
    pub fn deciding(&self, claims: &[Vec<Claim>]) -> Option<(usize, usize, Judgement)> {
        self.judgements(claims)
            .find(|(_, _, judgement)| judgement.verdict == self.verdict)
    }

    /// The verdict of the pair `a`, `b` of this comparison's claims, when it holds both; for quotes, the comparison's verdict stands for every pair.
    pub fn verdict_between(
        &self,
        claims: &[Vec<Claim>],
        a: ClaimRef,
        b: ClaimRef,
    ) -> Option<Verdict> {
        let i = self.claims.iter().position(|r| *r == a)?;
        let j = self.claims.iter().position(|r| *r == b)?;
        if self.kind == ClaimKind::Quote || self.claims.len() == 2 {
            return Some(self.verdict);
        }
        Some(judge(&a.of(claims).value, &b.of(claims).value).verdict).filter(|_| i != j)
    }
}
