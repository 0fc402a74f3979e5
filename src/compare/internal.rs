//! Internal disagreements: takes one source's claims and hands on the pairs of its figures for
//! the same thing that cannot both be true: rival estimates from rival sources, given close
//! together ("an official report said 65,000 ... unofficial estimates were as low as 10,000").

use smallvec::smallvec;

use super::nouns::nouns_fit;
use super::score::same_kind_of_value;
use super::verdict::verdict;
use super::{ClaimRef, Comparison, Verdict};
use crate::claims::{Claim, Unit};

/// Most sentences apart two figures of one outlet may be to count as rival estimates.
pub(super) const INTERNAL_WINDOW: u32 = 3;

/// Most attributed figures after a figure that it is weighed against as a rival estimate: rival
/// estimates stand side by side, and the bound keeps a transcript with thousands of figures in
/// one paragraph linear.
pub(super) const INTERNAL_NEIGHBOURS: usize = 6;

/// Two figures of one outlet for the same thing that cannot both be true: "An official report
/// said 65,000 people had attended ... but unofficial estimates were as low as 10,000".
pub(super) fn internal_disagreements(source: usize, claims: &[Claim]) -> Vec<Comparison> {
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
            let vague =
                |c: &Claim| c.context.counted_noun.is_none() && c.context.marks.events_borrowed();
            if !shared_event
                || vague(x)
                || vague(y)
                || x.context.event_year != y.context.event_year
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
                    kind: x.kind(),
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
