//! Claim scoring: takes two claims and the similarity of their sentences and hands on how surely
//! they are about the same thing, or `None` when they cannot be (different units, sides,
//! share holders, event years or counted nouns). A pure function of its inputs, unit-tested alone.

use std::cell::RefCell;

use rustc_hash::FxHashMap;

use super::Verdict;
use super::verdict::{judge, significant_digits};
use crate::claims::{Claim, Unit, Value};
use crate::lexicon::{
    EventClass, NOUN_SYNONYMS, is_anyone_noun, is_human_noun, is_measure_noun, is_people_noun,
};

/// Least match score for two claims to be taken as about the same thing.
pub(super) const MIN_MATCH_SCORE: f32 = 1.0;
/// Least sentence similarity for claims with no event words to be paired on context alone.
pub(super) const RELATED_SENTENCES: f32 = 0.2;

// The weights of a match score. A pair reaches the score only after every gate (kind and unit,
// side, share holder, event year, counted noun, a shared event or a related sentence), so the
// weights rank pairs that could be about the same thing; the sentence similarity (0..1) and the share of
// events in common (0..1) are added as they are.

/// Where every pair that passed the gates starts: below [`MIN_MATCH_SCORE`], so passing the
/// gates alone is not enough; some positive evidence must add to it.
const GATES_PASSED: f32 = 0.6;
/// The very same counted noun ("people" and "people"), or the same holder (Gray's age and
/// Gray's age): enough on its own to reach the minimum, since the gates already require the
/// same kind of value.
const SAME_NOUN: f32 = 0.5;
/// Values that do not diverge: a weak hint (not enough alone: two unrelated figures may happen
/// to agree), which makes a consistent reading win a tie against a divergent one.
const CONSISTENT_VALUES: f32 = 0.3;
/// The very same distinctive figure in both claims: with [`CONSISTENT_VALUES`], enough on its
/// own to reach the minimum.
const SAME_DISTINCTIVE: f32 = 0.3;
/// Least spelling similarity (normalised Levenshtein) for two vote-share holders to be one
/// candidate: transliterations differ ("Tikhanovskaya", "Tsikhanouskaya").
const SAME_HOLDER_SPELLING: f64 = 0.8;

/// How surely two claims are about the same thing, or `None` when they cannot be.
///
/// `related` is the similarity of the two claims' sentences.
pub fn match_score(x: &Claim, y: &Claim, related: f32) -> Option<f32> {
    if !context_fits(x, y) {
        return None;
    }
    let same_noun = nouns_fit(x, y).1;
    let shared_events = x
        .context
        .events
        .iter()
        .filter(|&e| y.context.events.contains(e))
        .count();
    // A claim with neither a noun nor events of its own ("and 14 others trapped") is paired
    // only with a claim in a related sentence.
    let vague = |c: &Claim| {
        c.context.counted_noun.is_none() && c.context.holder.is_none() && c.context.events_borrowed
    };
    let judgement = judge(&x.value, &y.value);
    // The very same distinctive figure ("$1.6 billion", "4,374 yards") in two outlets is
    // evidence of its own: such figures rarely recur by chance.
    let same_distinctive = judgement.verdict == Verdict::Agree && distinctive(&x.value);
    if (vague(x) || vague(y)) && related < RELATED_SENTENCES && !same_distinctive {
        return None;
    }
    // A weekday or a time of day dates one of a story's many events ("the rally on Sunday",
    // "media workers protested Monday"), which event classes are too coarse to tell apart: two
    // that differ pair only in related sentences (an agreeing pair through its events too).
    if (when_of_many(x) || when_of_many(y))
        && related < RELATED_SENTENCES
        && judgement.verdict == Verdict::Diverge
    {
        return None;
    }
    let either_without_events = x.context.events.is_empty() || y.context.events.is_empty();
    // Without events in common, a pair needs other evidence: related sentences, the very same
    // counted noun naming something in particular ("passing yards", "home runs"; not "people"),
    // or the very same distinctive figure.
    let particular = |c: &Claim| {
        c.context
            .counted_noun
            .as_deref()
            .is_some_and(|noun| !is_anyone_noun(noun) && !is_people_noun(noun))
    };
    let same_particular_noun = same_noun && particular(x) && particular(y);
    // Both name whose figure it is, and (the gates passed) it is the same person or party.
    let same_holder = x.context.holder.is_some() && y.context.holder.is_some();
    let other_evidence =
        related >= RELATED_SENTENCES || same_particular_noun || same_distinctive || same_holder;
    if shared_events == 0 && !(either_without_events && other_evidence) {
        return None;
    }
    let union = x.context.events.len() + y.context.events.len() - shared_events;
    let event_overlap = if union == 0 {
        0.0
    } else {
        shared_events as f32 / union as f32
    };
    let consistent = judgement.verdict != Verdict::Diverge;
    let score = GATES_PASSED
        + event_overlap
        + if same_noun || same_holder {
            SAME_NOUN
        } else {
            0.0
        }
        + if consistent { CONSISTENT_VALUES } else { 0.0 }
        + if same_distinctive {
            SAME_DISTINCTIVE
        } else {
            0.0
        }
        + related;
    (score >= MIN_MATCH_SCORE).then_some(score)
}

/// A weekday (resolved or not) or a time of day.
fn when_of_many(claim: &Claim) -> bool {
    claim.time().is_some() || claim.date().is_some_and(|date| date.weekday.is_some())
}

/// A figure unlikely to recur by chance in a story for another reason: a sum of money of at
/// least a thousand, a measurement, a percentage with decimals, a count with two significant
/// digits or more that is not a round number of tens (26, 919, 4,051; not 2, 20 or 300), or a
/// full calendar date. Ages, durations, small sums and years recur too often to count.
pub(super) fn distinctive(value: &Value) -> bool {
    match value {
        Value::Quantity(q) => {
            let Some(low) = q.low.or(q.high) else {
                return false;
            };
            match q.unit {
                Unit::Money(_) => low.abs() >= 1_000.0,
                Unit::Measure(_) => true,
                Unit::Percent | Unit::PercentagePoints => low.fract() != 0.0,
                Unit::Count => {
                    significant_digits(low) >= 2 && (low.fract() != 0.0 || low % 10.0 != 0.0)
                }
                Unit::Age | Unit::AgeIn(_) | Unit::Duration(_) => false,
            }
        }
        // A weekday the article date resolved is as common as the weekday was.
        Value::Date(date) => date.is_written_day(),
        // "6am" recurs in a story for several events: a time pairs through its events.
        Value::Time(_) | Value::Quote(_) => false,
        // "20-13" or "10-5" is given once a story for one game or team, but "1-0" or "2-1" recurs
        // in a round-up of matches: distinctive when its figures differ and one reaches 10.
        Value::Score(score) => {
            score.first != score.second && score.figures().any(|figure| figure >= 10)
        }
    }
}

/// Nothing in the two claims says they are about different things: the same kind of value
/// (unit, currency, dimension), no opposite sides, the same share holder and event year, and
/// counted nouns that fit. The gates of [`match_score`], without its evidence.
pub(super) fn context_fits(x: &Claim, y: &Claim) -> bool {
    let sides_fit = match (x.context.side, y.context.side) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    };
    x.kind() == y.kind()
        && same_kind_of_value(&x.value, &y.value)
        && sides_fit
        && holders_fit(x, y)
        && x.context.event_year == y.context.event_year
        && nouns_fit(x, y).0
}

pub(super) fn same_kind_of_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Quantity(p), Value::Quantity(q)) => match (&p.unit, &q.unit) {
            (Unit::Money(c), Unit::Money(d)) => c.is_none() || d.is_none() || c == d,
            // Within one dimension only: "50 miles" with "80 km", never with "80 kg".
            (Unit::Measure(x), Unit::Measure(y)) => super::convert::comparable(*x, *y),
            (u, v) => u == v,
        },
        // A weekday only with a weekday or, resolved, a date; a year only with a year.
        (Value::Date(p), Value::Date(q)) => p.same_kind(q),
        // Two stated zones that are not one clock (GMT, local time) are never compared.
        (Value::Time(p), Value::Time(q)) => p.comparable(q),
        // Two tallies are the same kind of value; what each tallies (a score, a record, a
        // vote) is its counted noun.
        (Value::Score(_), Value::Score(_)) => true,
        _ => false,
    }
}

/// Whether what the two claims count can be the same, and whether it is the very same word.
pub(super) fn nouns_fit(x: &Claim, y: &Claim) -> (bool, bool) {
    match (&x.context.counted_noun, &y.context.counted_noun) {
        (Some(a), Some(b)) => nouns_fit_words(a, b),
        // A measurement (magnitude, kilometres) is only ever compared with the same measurement.
        (Some(noun), None) | (None, Some(noun)) => (!is_measure_noun(noun), false),
        (None, None) => (true, false),
    }
}

/// Whether two counted nouns can count the same thing, and whether they are the very same word
/// (or synonyms): two words for a crowd fit ("protesters", "demonstrators"), and so does a count
/// of anyone or of the dead ("people", "deaths") with a count of any role ("bank workers"); two
/// roles ("soldiers", "civilians") are two groups.
pub(super) fn nouns_fit_words(a: &str, b: &str) -> (bool, bool) {
    let same = a == b || same_stem(a, b);
    let person = |w: &str| is_people_noun(w) || is_human_noun(w) || is_anyone_noun(w);
    let fit = same
        || (is_people_noun(a) && is_people_noun(b))
        || (is_anyone_noun(a) && person(b))
        || (is_anyone_noun(b) && person(a));
    (fit, same)
}

/// Vote shares of different candidates are different claims, and so are two teams' records: Lukashenko's 80.1% is not
/// Tikhanovskaya's 10.12%; nor are two people's ages. Spellings are compared fuzzily (transliterations differ).
pub(super) fn holders_fit(x: &Claim, y: &Claim) -> bool {
    let is_vote_share = |c: &Claim| {
        c.context.events.contains(EventClass::Vote)
            && c.quantity()
                .is_some_and(|q| matches!(q.unit, Unit::Percent | Unit::PercentagePoints))
    };
    // Two people's ages are two claims: Gray's 16 is not Officer Cordova's 23.
    let is_age = |c: &Claim| c.quantity().is_some_and(|q| q.unit == Unit::Age);
    let both_shares = is_vote_share(x) && is_vote_share(y);
    let both_ages = is_age(x) && is_age(y);
    // Two teams' records are two claims: the Texans' 12-3 is not the Broncos' 12-3.
    let is_record =
        |c: &Claim| c.score().is_some() && c.context.counted_noun.as_deref() == Some("record");
    let both_records = is_record(x) && is_record(y);
    if !both_shares && !both_ages && !both_records {
        return true;
    }
    match (&x.context.holder, &y.context.holder) {
        (Some(a), Some(b)) => {
            a == b || strsim::normalized_levenshtein(a, b) >= SAME_HOLDER_SPELLING
        }
        // An age of no one named ("a 23-year-old officer") may be anyone's: it pairs only
        // with the same age, since two different ages are far likelier two people than an
        // error.
        _ if is_age(x) => judge(&x.value, &y.value).verdict != Verdict::Diverge,
        _ => true,
    }
}

/// A counted noun reduced to its synonym group ("rise" and "increase" are one), else to its
/// singular ("witnesses" and "witness", "MPs" and "MP", "casualties" and "casualty" are one).
///
/// A singular, not a stem: a stemmer (Snowball) makes "officers" and "office", "universe" and
/// "university" one word, which would pair figures about different things, and leaves
/// abbreviations' plurals ("rbis", "mps") apart. `pluralizer` knows English plurals, irregular
/// ones ("children", "women") and words that have none ("police", "news").
pub(super) fn stem(word: &str) -> String {
    let singular = singular(word);
    NOUN_SYNONYMS
        .iter()
        .find(|group| group.contains(&word) || group.contains(&singular.as_str()))
        .map_or(singular.clone(), |group| group[0].to_string())
}

/// `a` and `b` reduce to one [`stem`]. Stems are remembered per thread: a long article pairs the
/// same few nouns over and over, and reducing one costs a pass over the plural rules.
fn same_stem(a: &str, b: &str) -> bool {
    thread_local! {
        static STEMS: RefCell<FxHashMap<String, String>> = RefCell::default();
    }
    STEMS.with(|stems| {
        let mut stems = stems.borrow_mut();
        for word in [a, b] {
            if !stems.contains_key(word) {
                stems.insert(word.to_string(), stem(word));
            }
        }
        stems[a] == stems[b]
    })
}

/// The singular of a counted noun, where it is the same word: a singular that keeps at least
/// half of itself in the plural's spelling ("crises" / "crisis", "women" / "woman"). "People"
/// stays apart from "person": a crowd and one person are weighed as two people nouns (compatible,
/// not the same word), as they always were.
fn singular(word: &str) -> String {
    let singular = pluralizer::pluralize(word, 1, false);
    let shared = word
        .chars()
        .zip(singular.chars())
        .take_while(|(a, b)| a == b)
        .count();
    if shared * 2 >= singular.chars().count() {
        singular
    } else {
        word.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn plurals_share_a_stem_and_different_words_do_not() {
        for (one, many) in [
            ("witness", "witnesses"),
            ("protester", "protesters"),
            ("rbi", "rbis"),
            ("mp", "mps"),
            ("casualty", "casualties"),
            ("child", "children"),
            ("crisis", "crises"),
            ("woman", "women"),
        ] {
            assert_eq!(stem(one), stem(many), "{one} / {many}");
        }
        for (a, b) in [
            ("police", "policy"),
            ("officers", "offices"),
            ("university", "universe"),
            ("news", "new"),
            ("people", "person"),
        ] {
            assert_ne!(stem(a), stem(b), "{a} / {b}");
        }
    }

    #[test]
    fn a_count_of_anyone_fits_a_count_of_any_role_but_two_roles_are_two_groups() {
        use super::nouns_fit_words;
        for (a, b) in [
            ("people", "workers"),
            ("dead", "people"),
            ("people", "firefighters"),
            ("deaths", "pirates"),
            ("people", "protesters"),
            ("protesters", "demonstrators"),
        ] {
            assert_eq!(nouns_fit_words(a, b), (true, false), "{a} / {b}");
            assert_eq!(nouns_fit_words(b, a), (true, false), "{b} / {a}");
        }
        for (a, b) in [
            ("soldiers", "civilians"),
            ("workers", "students"),
            ("people", "boats"),
            ("deaths", "homes"),
            ("firefighters", "protesters"),
        ] {
            assert!(!nouns_fit_words(a, b).0, "{a} / {b}");
        }
        assert_eq!(nouns_fit_words("workers", "employees"), (true, true));
    }

    #[test]
    fn synonyms_and_their_plurals_are_one_group() {
        assert_eq!(stem("increases"), "rise");
        assert_eq!(stem("increase"), "rise");
        assert_eq!(stem("troops"), "soldier");
        assert_eq!(stem("fatalities"), "death");
    }
}
