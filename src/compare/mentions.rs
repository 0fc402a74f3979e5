//! Mentions: takes one source's claims and hands on, for each, the claim that first states the
//! same fact in that source ([`Mentions`]). Articles repeat their figures (a headline's "Three
//! people died" and the body's "the three bank workers"); matched claim by claim, an outlet's
//! two mentions would pair with different mentions of other outlets and one fact would split
//! into several rows. Matched fact by fact, each fact pairs once, and its row shows every
//! mention.
//!
//! Two figures are one fact only when they say the very same thing (the same value, stated the
//! same way) about the same thing: contexts that fit as a cross-outlet pair's must (counted
//! nouns, side, year, holder), events in common where both have events, else a counted noun
//! on both. Claims are bucketed by value, and a
//! claim is weighed against at most [`MENTION_CANDIDATES`] earlier facts of its value, so a long
//! transcript full of "two" stays linear.

use rustc_hash::FxHashMap;

use super::Verdict;
use super::score::{context_fits, distinctive};
use super::verdict::verdict;
use crate::claims::{Claim, ClaimKind, Exactness, Value};

/// Most earlier facts of the same value a claim is weighed against.
pub(super) const MENTION_CANDIDATES: usize = 8;

/// For each claim of one source, the index of the first claim stating the same fact (itself
/// when it is the first).
pub(super) struct Mentions(Vec<u32>);

impl Mentions {
    pub fn of(claims: &[Claim]) -> Mentions {
        let mut first: Vec<u32> = (0..claims.len() as u32).collect();
        let mut facts_by_value: FxHashMap<ValueKey, Vec<u32>> = FxHashMap::default();
        for (index, claim) in claims.iter().enumerate() {
            let Some(key) = ValueKey::of(claim) else {
                continue;
            };
            let facts = facts_by_value.entry(key).or_default();
            let same = facts
                .iter()
                .take(MENTION_CANDIDATES)
                .copied()
                .find(|&fact| same_fact(&claims[fact as usize], claim));
            match same {
                Some(fact) => first[index] = fact,
                None => facts.push(index as u32),
            }
        }
        Mentions(first)
    }

    /// The first claim stating the fact claim `index` states.
    pub fn first(&self, index: usize) -> usize {
        self.0[index] as usize
    }

    /// Each claim that is not the first to state its fact, as (first mention, claim).
    pub fn later(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.0
            .iter()
            .enumerate()
            .filter(|&(index, &first)| first as usize != index)
            .map(|(index, &first)| (first as usize, index))
    }

    /// Whether claim `index` is the first to state its fact.
    pub fn is_first(&self, index: usize) -> bool {
        self.first(index) == index
    }
}

/// A claim's value, for bucketing: figures and dates stated the same way share a key. Ordered
/// so that claims can be sorted by it.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(super) enum ValueKey {
    Quantity([u64; 2], crate::claims::Unit),
    Date(crate::claims::DateValue),
    Score(crate::claims::Score),
    /// A time of day, in minutes after midnight: a key for blocking only (see
    /// [`ValueKey::for_blocking`]), never for restatements.
    Time(u16),
}

impl ValueKey {
    pub(super) fn of(claim: &Claim) -> Option<ValueKey> {
        match &claim.value {
            // The figure as stated, whatever qualifies it: "approximately $334 million",
            // "over $2.6 million" and "$2.6 million" key by the number they give.
            Value::Quantity(q) => {
                let stated = match q.exactness {
                    Exactness::LowerBound => [q.low, q.low],
                    Exactness::UpperBound => [q.high, q.high],
                    _ => [q.low, q.high],
                };
                // A sum keys by its amount whatever its currency: "110 billion euros" and a
                // "110-billion" whose currency is not named are one sum (two currencies are
                // told apart by the checks on the bucket).
                let unit = match q.unit {
                    crate::claims::Unit::Money(_) => crate::claims::Unit::Money(None),
                    unit => unit,
                };
                Some(ValueKey::Quantity(
                    stated.map(|v| v.map_or(u64::MAX, f64::to_bits)),
                    unit,
                ))
            }
            // A weekday or a time of day recurs in a long report for event after event ("on
            // Monday" in every paragraph): each mention stays its own fact, pairing one to one,
            // rather than one fact whose every mention is weighed against every other.
            Value::Date(date) if date.weekday.is_some() => None,
            Value::Time(_) => None,
            Value::Date(date) => Some(ValueKey::Date(*date)),
            Value::Score(score) => Some(ValueKey::Score(*score)),
            Value::Quote(_) => None,
        }
    }

    /// The key that makes two outlets' claims candidates: [`ValueKey::of`], and a time of day
    /// too. Within one outlet a time stays its own fact at each mention (see above); across
    /// outlets, the same minute (`score::distinctive` says which times are that rare) is worth
    /// weighing whatever the sentences around it.
    pub(super) fn for_blocking(claim: &Claim) -> Option<ValueKey> {
        match &claim.value {
            Value::Time(time) => Some(ValueKey::Time(time.minutes)),
            _ => ValueKey::of(claim),
        }
    }
}

/// Two claims of one source state one fact: the same figure (the same [`ValueKey`]: the same
/// number, however qualified, as bucketing has checked), about the same thing. An outlet that
/// writes "approximately $334 million" in its lede and "$334 million" below, or "at least 12
/// people were killed" and then "the 12 dead", gives one figure twice; a qualified mention from
/// another holder is a rival estimate, not a restatement.
fn same_fact(x: &Claim, y: &Claim) -> bool {
    if !super::score::same_kind_of_value(&x.value, &y.value) {
        return false;
    }
    match verdict(&x.value, &y.value) {
        Verdict::Agree => {}
        // Only a distinctive figure: "five people died" in a paragraph about an earlier quake
        // is no restatement of the lede's "at least five people" killed today, and nothing in
        // its sentence says so. And only what is shown to be about the same thing (events or
        // nouns in common): "revenue of about $4.7 billion" and "set aside $4.7 billion for
        // legal costs" are two sums, and a figure with neither is too vague to join.
        Verdict::Compatible => {
            return distinctive(&x.value)
                && same_holder(x, y)
                && (about_the_same_thing(x, y) || (share_events(x, y) && context_fits(x, y)));
        }
        _ => return false,
    }
    // A distinctive figure ("205 yards", "$334 million") given twice by one article is one
    // fact, whatever event words stand near each mention: such figures do not recur by chance.
    about_the_same_thing(x, y)
        || (distinctive(&x.value) && x.kind() != ClaimKind::Quote && context_fits(x, y))
}

/// Both claims name events, and some in common ("agreed to buy SeaMicro for $334 million",
/// "signed an agreement to acquire it for approximately $334 million"), even where a claim
/// borrowed its sentence's.
fn share_events(x: &Claim, y: &Claim) -> bool {
    x.context.events.overlaps(&y.context.events)
}

/// One claim of a source restates another of the same source: about the same thing, values
/// that can both be true ("over $2.6 million" in the lede, "$2.6 million" below), from the same
/// holder (two holders' figures are rival estimates, however close).
pub(super) fn restates(x: &Claim, y: &Claim) -> bool {
    let values_fit = match verdict(&x.value, &y.value) {
        _ if !super::score::same_kind_of_value(&x.value, &y.value) => false,
        Verdict::Agree => true,
        // Two different statements of one figure only where the figures are distinctive: a
        // lede's "at least five people" killed today and a background paragraph's "Five
        // people died" in last year's quake are two facts, and nothing in the sentence says so.
        Verdict::Compatible => distinctive(&x.value) && distinctive(&y.value),
        _ => false,
    };
    same_holder(x, y) && values_fit && about_the_same_thing(x, y)
}

/// Nothing says two figures of one source come from different people: where both name who
/// gives them, it is the same, written alike or by one surname ("Local official Miabek Lang"
/// and "Mr Lang": news copy names a source in full once, then by title and surname).
fn same_holder(x: &Claim, y: &Claim) -> bool {
    match (&x.context.attributed_to, &y.context.attributed_to) {
        (Some(a), Some(b)) => one_source(a, b),
        _ => true,
    }
}

/// Two source phrases name one source: alike but for case and a leading article ("a police
/// source", "The police source"), or by one surname.
fn one_source(a: &str, b: &str) -> bool {
    without_article(a).eq_ignore_ascii_case(without_article(b)) || same_surname(a, b)
}

/// A source phrase without its leading article ("a police source": "police source").
fn without_article(phrase: &str) -> &str {
    let phrase = phrase.trim();
    ["a ", "an ", "the "]
        .iter()
        .find_map(|article| {
            phrase
                .get(..article.len())
                .filter(|head| head.eq_ignore_ascii_case(article))
                .map(|_| &phrase[article.len()..])
        })
        .unwrap_or(phrase)
}

/// Both figures name who gives them, and it is the same (see [`one_source`]): the police's
/// figure in one outlet and the police's in another are one estimate reported twice.
pub(super) fn same_attribution(x: &Claim, y: &Claim) -> bool {
    matches!(
        (&x.context.attributed_to, &y.context.attributed_to),
        (Some(a), Some(b)) if one_source(a, b)
    )
}

/// Two source phrases end in the same capitalised word, a surname ("Miabek *Lang*", "Mr
/// *Lang*"); a phrase of one word is no more than a name or an institution, and "police" or
/// "the ministry" end in no name.
fn same_surname(a: &str, b: &str) -> bool {
    surname(a).is_some_and(|x| surname(b) == Some(x))
}

/// The last word of a source phrase of two words or more, when capitalised.
fn surname(phrase: &str) -> Option<&str> {
    let mut words = phrase.split_whitespace();
    let last = words.next_back()?;
    words.next_back()?;
    last.starts_with(char::is_uppercase).then_some(last)
}

/// Two figures of one source are about one thing: contexts that fit, events in common where
/// both have events (else a counted noun on both), and neither too vague to tell.
fn about_the_same_thing(x: &Claim, y: &Claim) -> bool {
    if x.kind() == ClaimKind::Quote || !context_fits(x, y) {
        return false;
    }
    let (cx, cy) = (&x.context, &y.context);
    let both_events = !cx.events.is_empty() && !cy.events.is_empty();
    // What a figure is of: the noun it counts, or whose figure it is (an age's person, a
    // share's candidate; context_fits has checked that two holders are one).
    let has_noun = |c: &Claim| c.context.counted_noun.is_some() || c.whose().is_some();
    // Events in common where both have events; without, both must say what they count
    // ("three people died" and "the three bank workers were trapped").
    let about_the_same = if both_events {
        cx.events.overlaps(&cy.events)
    } else {
        has_noun(x) && has_noun(y)
    };
    // A bare figure with no noun or holder of its own and events borrowed from its sentence is
    // too vague to be one fact with anything.
    let vague = |c: &Claim| !has_noun(c) && c.context.marks.events_borrowed();
    about_the_same && !vague(x) && !vague(y)
}
