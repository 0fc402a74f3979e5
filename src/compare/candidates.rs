//! Candidate blocking: takes the claims of two sources and how related their sentences are, and
//! hands on the one-to-one [`Link`]s between them. A claim is weighed only against the other
//! side's claims that share an event class with it or sit in a related sentence (the only ones
//! [`match_score`] can accept), so long transcripts do not cost the product of their claims.

use super::Link;
use super::mentions::Mentions;
use super::mentions::ValueKey;
use super::nouns::stem;
use super::score::{RELATED_SENTENCES, distinctive, head_count, match_score};
use crate::align::matching::{Edge, greedy_one_to_one};
use crate::align::{SentenceRef, SentenceScorer};
use crate::claims::{Claim, ClaimKind, DateBound};
use crate::lexicon::EventClass;
use rustc_hash::FxHashMap;

/// How many of its most related sentences in the other article a sentence's claims are
/// weighed against when they share no event class.
pub(super) const RELATED_PER_SENTENCE: usize = 8;

/// Pairs of claims of one event class (left count times right count) beyond which the class
/// alone no longer makes two claims candidates (they must also sit in related sentences):
/// keeps long transcripts from costing the product of their claim counts; articles of normal
/// length never reach it (the seed articles' largest class gives 4 x 6 pairs).
pub(super) const CLASS_CAP: usize = 20_000;

/// One-to-one matches between the facts of `left` and `right` (each named by its first
/// mention: see [`Mentions`]), best match first.
///
/// Candidates are blocked: a claim is weighed only against the other side's claims that share
/// an event class with it or sit in a related sentence (similarity at least
/// [`RELATED_SENTENCES`]), the only ones [`match_score`] can accept.
pub(super) fn match_sources(
    claims: &[Vec<Claim>],
    mentions: &[Mentions],
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
    // Claim numbers in `u32`, as `ClaimRef` holds them: a long article has tens of thousands.
    let mut by_class: std::collections::HashMap<EventClass, Vec<u32>> = Default::default();
    for (b, y) in claims[right].iter().enumerate() {
        if y.kind() == ClaimKind::Quote {
            continue;
        }
        for class in y.context.events.iter() {
            by_class.entry(class).or_default().push(index32(b));
        }
    }
    // Claims come in text order, so a sentence's claims are one run: found by binary search.
    let rights = &claims[right];
    debug_assert!(rights.is_sorted_by_key(|c| c.sentence));
    let in_sentence = |sentence: u32| {
        let first = rights.partition_point(|c| c.sentence < sentence);
        (first..rights.len())
            .take_while(move |&b| rights[b].sentence == sentence)
            .filter(|&b| rights[b].kind() != ClaimKind::Quote)
    };
    let mut left_class_sizes: std::collections::HashMap<EventClass, usize> = Default::default();
    for x in claims[left].iter().filter(|x| x.kind() != ClaimKind::Quote) {
        for class in x.context.events.iter() {
            *left_class_sizes.entry(class).or_default() += 1;
        }
    }
    // The claims' own context makes candidates too: the very same distinctive figure, or the
    // same counted noun, however unlike the sentences (each key capped as event classes are).
    let left_keys = ContextKeys::of(&claims[left]);
    let right_keys = ContextKeys::of(&claims[right]);
    let mut seen = vec![false; claims[right].len()];
    let mut candidates = Vec::new();
    for (a, x) in claims[left].iter().enumerate() {
        if x.kind() == ClaimKind::Quote {
            continue;
        }
        let mut pool: Vec<usize> = Vec::new();
        let mut take = |b: usize, pool: &mut Vec<usize>| {
            if !std::mem::replace(&mut seen[b], true) {
                pool.push(b);
            }
        };
        for class in x.context.events.iter() {
            let members = by_class.get(&class).map_or(&[][..], Vec::as_slice);
            let pairs = members.len() * left_class_sizes.get(&class).copied().unwrap_or(0);
            if pairs <= CLASS_CAP {
                for &b in members {
                    take(b as usize, &mut pool);
                }
            }
        }
        for members in right_keys.partners(&left_keys, a) {
            for &b in members {
                take(b as usize, &mut pool);
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
                // Facts are matched, not mentions: each fact of one side pairs with one fact
                // of the other, through its best pair of mentions.
                // As an `Edge` (12 bytes; a long article makes hundreds of thousands).
                candidates.push(Edge {
                    left: index32(mentions[left].first(a)),
                    right: index32(mentions[right].first(b)),
                    score,
                });
            }
        }
    }
    let (picked, _) = greedy_one_to_one(&mut candidates, claims[left].len(), claims[right].len());
    picked
        .into_iter()
        .map(|e| Link::between(e.score, (left, e.left as usize), (right, e.right as usize)))
        .collect()
}

/// The blocking keys of one source's claims read from their own context: the value of each
/// distinctive figure and the counted noun (reduced to its synonym group or singular) of each
/// figure, with the claims holding each key.
///
/// Laid out as a few flat `u32` arrays rather than a vector of claims per key: a long article
/// has thousands of distinct figures, and a vector (and a map entry) for each was the largest
/// part of the memory peak of `compare` (issue 13).
struct ContextKeys<'c> {
    claims: &'c [Claim],
    /// The claims with a distinctive figure, sorted by its value and then in text order: the
    /// claims of one value are one run, found by binary search.
    by_value: Vec<u32>,
    /// Per claim: the number of its counted noun's stem, [`NO_NOUN`] when it has none (or is a
    /// quote).
    noun_of: Vec<u32>,
    /// Each stem's number.
    noun_numbers: FxHashMap<String, u32>,
    /// Each number's stem.
    nouns: Vec<String>,
    /// The claims of each noun, noun after noun, each noun's in text order: those of noun `n`
    /// are `noun_claims[noun_starts[n]..noun_starts[n + 1]]`.
    noun_claims: Vec<u32>,
    noun_starts: Vec<u32>,
}

/// A claim without a counted noun, in [`ContextKeys::noun_of`].
const NO_NOUN: u32 = u32::MAX;

/// The key of a founding year, in the holders' namespace: written so no holder's name is it.
const FOUNDING_KEY: &str = "(founded)";
/// The key of a crowd's head count (`score::head_count`), in the same namespace.
const CROWD_KEY: &str = "(crowd)";

/// The key a claim's value gives for blocking: distinctive figures only.
fn value_key(claim: &Claim) -> Option<ValueKey> {
    if claim.kind() == ClaimKind::Quote || !distinctive(&claim.value) {
        return None;
    }
    ValueKey::for_blocking(claim)
}

/// A claim index as the keys hold it (claims are numbered in `u32`: see `ClaimRef`).
fn index32(index: usize) -> u32 {
    u32::try_from(index).expect("fewer than 4 billion claims")
}

impl<'c> ContextKeys<'c> {
    fn of(claims: &'c [Claim]) -> ContextKeys<'c> {
        let mut by_value: Vec<u32> = (0..claims.len())
            .filter(|&index| value_key(&claims[index]).is_some())
            .map(index32)
            .collect();
        // All distinctive: sorted by the bare value (telling a distinctive figure formats it).
        by_value.sort_unstable_by_key(|&index| {
            (ValueKey::for_blocking(&claims[index as usize]), index)
        });
        // Stems are reduced once per distinct noun as written: reducing one costs a pass over
        // the plural rules, and a long article repeats a few nouns thousands of times.
        let mut written: FxHashMap<(bool, &str), u32> = FxHashMap::default();
        let mut noun_numbers: FxHashMap<String, u32> = FxHashMap::default();
        let mut nouns: Vec<String> = Vec::new();
        let mut counts: Vec<u32> = Vec::new();
        let noun_of: Vec<u32> = claims
            .iter()
            .map(|claim| {
                if claim.kind() == ClaimKind::Quote {
                    return NO_NOUN;
                }
                // What the figure counts, or else whose figure it is (an age's person), each in
                // its own namespace; a founding year is keyed as the founding's (a story gives
                // one firm's founding once, in sentences that share nothing else).
                let key = match (claim.context.counted_noun.as_deref(), claim.whose()) {
                    // A crowd's head count, whatever word counts it ("the crowd", "people").
                    (Some(_), _) if head_count(claim).is_some() => (true, CROWD_KEY),
                    (Some(noun), _) => (false, noun),
                    (None, Some(holder)) => (true, holder),
                    (None, None) if claim.context.date_bound == Some(DateBound::Founding) => {
                        (true, FOUNDING_KEY)
                    }
                    (None, None) => return NO_NOUN,
                };
                let number = *written.entry(key).or_insert_with(|| {
                    let stem = match key {
                        (false, noun) => stem(noun),
                        (true, holder) => format!("\u{1}{holder}"),
                    };
                    *noun_numbers.entry(stem).or_insert_with_key(|stem| {
                        nouns.push(stem.clone());
                        counts.push(0);
                        index32(nouns.len() - 1)
                    })
                });
                counts[number as usize] += 1;
                number
            })
            .collect();
        // Each noun's claims one run, in text order (a counting sort).
        let mut noun_starts: Vec<u32> = Vec::with_capacity(counts.len() + 1);
        let mut total = 0;
        noun_starts.push(0);
        for count in &counts {
            total += count;
            noun_starts.push(total);
        }
        let mut next: Vec<u32> = noun_starts[..counts.len()].to_vec();
        let mut noun_claims = vec![0; total as usize];
        for (index, &number) in noun_of.iter().enumerate() {
            if number != NO_NOUN {
                noun_claims[next[number as usize] as usize] = index32(index);
                next[number as usize] += 1;
            }
        }
        ContextKeys {
            claims,
            by_value,
            noun_of,
            noun_numbers,
            nouns,
            noun_claims,
            noun_starts,
        }
    }

    /// The claims holding distinctive value `key`, in text order.
    fn with_value(&self, key: ValueKey) -> &[u32] {
        let key_of = |index: &u32| ValueKey::for_blocking(&self.claims[*index as usize]);
        let first = self.by_value.partition_point(|i| key_of(i) < Some(key));
        let end = first + self.by_value[first..].partition_point(|i| key_of(i) == Some(key));
        &self.by_value[first..end]
    }

    /// The claims of noun number `number`, in text order.
    fn with_noun(&self, number: u32) -> &[u32] {
        let number = number as usize;
        &self.noun_claims[self.noun_starts[number] as usize..self.noun_starts[number + 1] as usize]
    }

    /// The claims of `self` sharing a key with claim `a` of `left`, key by key; a key whose
    /// claims on both sides would make more than [`CLASS_CAP`] pairs gives none.
    fn partners<'k>(&'k self, left: &'k ContextKeys, a: usize) -> impl Iterator<Item = &'k [u32]> {
        let value_members = value_key(&left.claims[a]).and_then(|key| {
            let (mine, theirs) = (self.with_value(key), left.with_value(key));
            (!mine.is_empty() && mine.len() * theirs.len() <= CLASS_CAP).then_some(mine)
        });
        let noun = left.noun_of[a];
        let noun_members = (noun != NO_NOUN)
            .then(|| self.noun_numbers.get(&left.nouns[noun as usize]))
            .flatten()
            .and_then(|&number| {
                let (mine, theirs) = (self.with_noun(number), left.with_noun(noun));
                (mine.len() * theirs.len() <= CLASS_CAP).then_some(mine)
            });
        value_members.into_iter().chain(noun_members)
    }
}

#[cfg(test)]
mod tests {
    //! The context keys must give, for each claim, exactly the other side's claims holding its
    //! distinctive value or its counted noun's stem (in text order, a key over the cap giving
    //! none): checked against a plain scan over wire-style copy.

    use super::*;
    use crate::claims::{Unit, Value, extract};
    use crate::ingest::Article;
    use crate::segment::Document;

    fn claims_of(text: &str) -> Vec<Claim> {
        let document = Document::new(Article::new(
            "outlet".to_string(),
            "outlet.txt",
            text.to_string(),
        ));
        extract(&document, None)
    }

    /// What `partners` must give for claim `a` of `left`: the claims of `right` sharing its
    /// distinctive value, then those sharing its noun's stem: each key the other side holds,
    /// within the cap.
    fn plain_partners(left: &[Claim], right: &[Claim], a: usize) -> Vec<Vec<usize>> {
        let x = &left[a];
        if x.kind() == ClaimKind::Quote {
            return Vec::new();
        }
        let figure = |c: &Claim| {
            ValueKey::for_blocking(c)
                .filter(|_| c.kind() != ClaimKind::Quote && distinctive(&c.value))
        };
        let noun = |c: &Claim| {
            if c.kind() != ClaimKind::Quote && head_count(c).is_some() {
                return Some(CROWD_KEY.to_string());
            }
            c.context
                .counted_noun
                .as_deref()
                .filter(|_| c.kind() != ClaimKind::Quote)
                .map(stem)
        };
        let mut keys = Vec::new();
        if let Some(key) = figure(x) {
            let mine: Vec<usize> = (0..right.len())
                .filter(|&b| figure(&right[b]) == Some(key))
                .collect();
            let theirs = left.iter().filter(|c| figure(c) == Some(key)).count();
            if !mine.is_empty() && mine.len() * theirs <= CLASS_CAP {
                keys.push(mine);
            }
        }
        if let Some(key) = noun(x) {
            let mine: Vec<usize> = (0..right.len())
                .filter(|&b| noun(&right[b]).as_ref() == Some(&key))
                .collect();
            let theirs = left
                .iter()
                .filter(|c| noun(c).as_ref() == Some(&key))
                .count();
            if !mine.is_empty() && mine.len() * theirs <= CLASS_CAP {
                keys.push(mine);
            }
        }
        keys
    }

    fn assert_partners_are_plain(left_text: &str, right_text: &str) {
        let (left, right) = (claims_of(left_text), claims_of(right_text));
        assert!(!left.is_empty() && !right.is_empty());
        let (left_keys, right_keys) = (ContextKeys::of(&left), ContextKeys::of(&right));
        for a in 0..left.len() {
            let got: Vec<Vec<usize>> = right_keys
                .partners(&left_keys, a)
                .map(|members| members.iter().map(|&b| b as usize).collect())
                .collect();
            assert_eq!(
                got,
                plain_partners(&left, &right, a),
                "claim {a}: {:?}",
                left[a]
            );
        }
    }

    #[test]
    fn partners_share_a_distinctive_figure_or_a_counted_noun() {
        assert_partners_are_plain(
            "Hewlett-Packard agreed to buy Opsware for $1.6 billion in cash. About 2,300 workers \
             walked out on Monday, the union said. Police arrested 14 protesters. \"We will not \
             back down,\" said Maria Lopez, 42. The storm killed 3 people and left 1,250 \
             residents without power on 9 August.",
            "The $1.6 billion purchase was announced on Aug. 9. Some 2,300 striking workers \
             rallied outside the plant, where 12 protesters were detained. A worker said the \
             crowd of 5,000 people was peaceful. Officials said 1,250 households lost power and \
             a child was among the 3 dead.",
        );
    }

    #[test]
    fn plurals_and_singulars_are_one_noun_key() {
        assert_partners_are_plain(
            "One protester was hurt. Officials counted 47 casualties and 3 children among them.",
            "Some 47 protesters were hurt, including 1 casualty and a child of 3 years.",
        );
    }

    #[test]
    fn quotes_and_plain_figures_give_no_keys() {
        assert_partners_are_plain(
            "\"The figures are wrong,\" the minister said. Two people were hurt.",
            "\"The figures are wrong,\" said the minister on Tuesday. Three were hurt.",
        );
    }

    #[test]
    fn a_key_held_by_too_many_claims_gives_none() {
        // 150 "workers" figures on each side make 22,500 pairs, over the cap; the repeated
        // distinctive figure (12 on each side) stays under it.
        let text = |offset: usize| {
            (0..150)
                .map(|i| {
                    let money = if i % 12 == 0 {
                        " for $2.35 million"
                    } else {
                        ""
                    };
                    format!(
                        "Police said {} workers joined the strike{money}.",
                        101 + offset + i
                    )
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_partners_are_plain(&text(0), &text(7));
        let (left, right) = (claims_of(&text(0)), claims_of(&text(7)));
        let money = |c: &Claim| matches!(&c.value, Value::Quantity(q) if q.unit != Unit::Count);
        let a = left.iter().position(money).expect("a money figure");
        assert_eq!(plain_partners(&left, &right, a).concat().len(), 13);
        let a = left.iter().position(|c| !money(c)).expect("a count");
        assert!(plain_partners(&left, &right, a).is_empty());
    }
}
