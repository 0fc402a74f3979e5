//! Candidate blocking: takes the claims of two sources and how related their sentences are, and
//! hands on the one-to-one [`Link`]s between them. A claim is weighed only against the other
//! side's claims that share an event class with it or sit in a related sentence (the only ones
//! [`match_score`] can accept), so long transcripts do not cost the product of their claims.

use super::Link;
use super::mentions::Mentions;
use super::mentions::ValueKey;
use super::score::{RELATED_SENTENCES, distinctive, match_score, stem};
use crate::align::matching::greedy_one_to_one;
use crate::align::{SentenceRef, SentenceScorer};
use crate::claims::{Claim, ClaimKind};
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
    let mut by_class: std::collections::HashMap<EventClass, Vec<usize>> = Default::default();
    for (b, y) in claims[right].iter().enumerate() {
        if y.kind() == ClaimKind::Quote {
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
                    take(b, &mut pool);
                }
            }
        }
        for members in right_keys.partners(&left_keys, a) {
            for &b in members {
                take(b, &mut pool);
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
                candidates.push((score, mentions[left].first(a), mentions[right].first(b)));
            }
        }
    }
    let (picked, _) = greedy_one_to_one(&mut candidates, claims[left].len(), claims[right].len());
    picked
        .into_iter()
        .map(|(score, a, b)| Link::between(score, (left, a), (right, b)))
        .collect()
}

/// The blocking keys of one source's claims read from their own context: the value of each
/// distinctive figure and the counted noun (reduced to its synonym group or singular) of each
/// figure, with the claims holding each key.
struct ContextKeys {
    /// Per claim: its value's key (distinctive figures only) and its noun's.
    of_claim: Vec<(Option<usize>, Option<usize>)>,
    by_value: FxHashMap<ValueKey, usize>,
    by_noun: FxHashMap<String, usize>,
    /// Each key and its claims, by key number (values and nouns numbered apart).
    value_members: Vec<(ValueKey, Vec<usize>)>,
    noun_members: Vec<(String, Vec<usize>)>,
}

impl ContextKeys {
    fn of(claims: &[Claim]) -> ContextKeys {
        let mut keys = ContextKeys {
            of_claim: Vec::with_capacity(claims.len()),
            by_value: FxHashMap::default(),
            by_noun: FxHashMap::default(),
            value_members: Vec::new(),
            noun_members: Vec::new(),
        };
        for (index, claim) in claims.iter().enumerate() {
            if claim.kind() == ClaimKind::Quote {
                keys.of_claim.push((None, None));
                continue;
            }
            let value = ValueKey::of(claim)
                .filter(|_| distinctive(&claim.value))
                .map(|key| {
                    let next = keys.value_members.len();
                    let number = *keys.by_value.entry(key).or_insert(next);
                    if number == next {
                        keys.value_members.push((key, Vec::new()));
                    }
                    keys.value_members[number].1.push(index);
                    number
                });
            let noun = claim.context.counted_noun.as_deref().map(|noun| {
                let noun = stem(noun);
                let next = keys.noun_members.len();
                let number = *keys.by_noun.entry(noun.clone()).or_insert(next);
                if number == next {
                    keys.noun_members.push((noun, Vec::new()));
                }
                keys.noun_members[number].1.push(index);
                number
            });
            keys.of_claim.push((value, noun));
        }
        keys
    }

    /// The claims of `self` sharing a key with claim `a` of `left`, key by key; a key whose
    /// claims on both sides would make more than [`CLASS_CAP`] pairs gives none.
    fn partners<'k>(
        &'k self,
        left: &'k ContextKeys,
        a: usize,
    ) -> impl Iterator<Item = &'k [usize]> {
        let (value, noun) = left.of_claim[a];
        let value_members = value.and_then(|v| {
            let (key, theirs) = &left.value_members[v];
            let mine = &self.value_members[*self.by_value.get(key)?].1;
            (mine.len() * theirs.len() <= CLASS_CAP).then_some(mine.as_slice())
        });
        let noun_members = noun.and_then(|n| {
            let (key, theirs) = &left.noun_members[n];
            let mine = &self.noun_members[*self.by_noun.get(key)?].1;
            (mine.len() * theirs.len() <= CLASS_CAP).then_some(mine.as_slice())
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
        let document = Document::new(Article {
            outlet: "outlet".to_string(),
            path: "outlet.txt".into(),
            text: text.to_string(),
        });
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
            ValueKey::of(c).filter(|_| c.kind() != ClaimKind::Quote && distinctive(&c.value))
        };
        let noun = |c: &Claim| {
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
