//! Claim scoring: takes two claims and the similarity of their sentences and hands on how surely
//! they are about the same thing, or `None` when they cannot be (different units, sides,
//! share holders, event years or counted nouns). A pure function of its inputs, unit-tested alone.

use super::Verdict;
use super::mentions::same_attribution;
use super::nouns::nouns_fit;
use super::verdict::{judge, significant_digits};
use crate::claims::{Claim, Dimension, Unit, Value};
use crate::lexicon::{EventClass, is_anyone_noun, is_people_noun};

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
/// An incident (an attack, a fire, a theft...) named beside both figures: evidence, but weaker
/// than agreeing values, since most of a story's figures stand beside its one incident; and
/// only for values that can both be true, since two different days or times of one fire are as
/// likely two moments of it ("since Monday", "by Tuesday evening") as one told two ways.
const SHARED_INCIDENT: f32 = 0.25;
/// Values that do not diverge: a weak hint (not enough alone: two unrelated figures may happen
/// to agree), which makes a consistent reading win a tie against a divergent one.
const CONSISTENT_VALUES: f32 = 0.3;
/// Values that do not diverge where one is a vague amount ("tens of thousands", "hundreds":
/// a range [`VAGUE_RANGE_RATIO`] times wide or wider): almost any figure of its size fits it,
/// so fitting it says little, and another figure of the same size that is stated precisely is
/// the likelier partner.
const CONSISTENT_WITH_VAGUE: f32 = 0.1;
/// How many times its low end a range's high end must be for the range to be a vague amount
/// rather than two figures given as bounds ("between 100,000 and 220,000" is not vague; "tens
/// of thousands", 20,000 to 99,999, and "dozens", 24 to 99, are).
const VAGUE_RANGE_RATIO: f64 = 4.0;
/// The very same distinctive figure in both claims: with [`CONSISTENT_VALUES`], enough on its
/// own to reach the minimum.
const SAME_DISTINCTIVE: f32 = 0.3;
/// Both figures given by the same source ("police said" in both): a rival outlet's figure from
/// another source is a rival estimate, the same source's is the same estimate reported twice,
/// the partner to prefer. Not enough alone.
const SAME_ATTRIBUTION: f32 = 0.3;
/// One figure is an addition to an earlier one ("a further four appliances") and the other is
/// not ("Two engines were sent"): another outlet's addition is the likelier partner.
const INCREMENT_MISMATCH: f32 = 0.3;
/// How many times apart two figures of one unit must be for a bound that allows both to count
/// as no evidence that they are one reading ("as many as 20,000" allows two, but is no reading
/// of it).
const FAR_APART_RATIO: f64 = 10.0;
/// Taken off the score of figures [`FAR_APART_RATIO`] times apart, besides the consistency
/// bonus they do not get: a figure of comparable size wins a tie.
const FAR_APART_PENALTY: f32 = 0.1;
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
    // Offer and demand in common are evidence (two reports of one offer); on one side only they
    // say nothing against a pair (see `substantive_events`).
    let shared_events = x
        .context
        .events
        .iter()
        .filter(|&e| y.context.events.contains(e))
        .count();
    let (x_events, y_events) = (substantive_events(x), substantive_events(y));
    // A claim with neither a noun nor events of its own ("and 14 others trapped") is paired
    // only with a claim in a related sentence.
    let judgement = judge(&x.value, &y.value);
    // A time of day in a fronted phrase ("On Friday, at about 11 a.m., the market was shelled")
    // dates the sentence's happening, whose events it borrows: not vague when the two times
    // can both be true (two different times of a story stay apart, as `when_of_many` keeps
    // them).
    let dated_happening = |c: &Claim| c.time().is_some() && judgement.verdict != Verdict::Diverge;
    // Two founding years that agree are one fact of a story ("founded in 2007", "Launched in
    // 2007, SeaMicro..."): a founding is said once a story, whatever the sentences around it.
    let same_founding = x.context.date_bound == Some(crate::claims::DateBound::Founding)
        && y.context.date_bound == Some(crate::claims::DateBound::Founding)
        && judgement.verdict != Verdict::Diverge;
    let vague = |c: &Claim| {
        !same_founding
            && c.context.counted_noun.is_none()
            && c.whose().is_none()
            && c.context.marks.events_borrowed()
            && !dated_happening(c)
    };
    // The very same distinctive figure ("$1.6 billion", "4,374 yards") in two outlets is
    // evidence of its own: such figures rarely recur by chance.
    let same_distinctive = judgement.verdict == Verdict::Agree && distinctive(&x.value);
    // The same figure however hedged ("an estimated £1.7 million", "£1.7m") is evidence enough
    // to pair, though only a figure stated alike earns the bonus of the very same one.
    let same_figure = same_distinctive || same_distinctive_figure(x, y);
    if (vague(x) || vague(y)) && related < RELATED_SENTENCES && !same_figure {
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
    // A time bounded on one side only ("by 6.30am the fire had been contained") says when
    // something was done or not yet: mostly another moment of the story than a time stated as
    // a point ("crews were called at 6am"), though the windows meet. Only in related sentences.
    if open_bound_against_point(x, y) && related < RELATED_SENTENCES {
        return None;
    }
    let either_without_events = x_events.is_empty() || y_events.is_empty();
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
    // Both name whose figure it is, and (the gates passed) it is the same person or party; for
    // distances, the same place at distances that can both be true ("15 miles north of Detroit"
    // for a building and "50 miles north of Detroit" for a sighting are two places).
    let same_holder = x.whose().is_some()
        && y.whose().is_some()
        && (!is_distance(x) || judgement.verdict != Verdict::Diverge);
    let other_evidence = related >= RELATED_SENTENCES
        || same_particular_noun
        || same_figure
        || same_holder
        || same_founding
        || crowds_of_one_size(x, y);
    // One named person's age is one fact whatever the sentences it stands in are about: its
    // events are the sentence's ("Riva, 47, of Sterling Heights", "the shootings of Riva, 47"),
    // not the age's.
    let same_persons_age = same_holder && is_age(x);
    if shared_events == 0 && !(either_without_events && other_evidence) && !same_persons_age {
        return None;
    }
    // What the figures are of (the dead, the vote, prices) weighs by its share of the two
    // claims' classes; a shared incident (an attack, a fire, a theft) by a fixed, smaller
    // weight: most of a story's figures stand beside its one incident, so it ranks a pair
    // above none but never above agreeing figures ("two million euros" in the heist, not the
    // "103 million euros" of another heist the story recalls).
    let weighed = |c: &Claim| {
        let mut events = c.context.events;
        events.retain(|e| !e.is_incident());
        events
    };
    let (x_weighed, y_weighed) = (weighed(x), weighed(y));
    let shared_weighed = x_weighed.iter().filter(|&e| y_weighed.contains(e)).count();
    let union = x_weighed.len() + y_weighed.len() - shared_weighed;
    let event_overlap = if union == 0 {
        0.0
    } else {
        shared_weighed as f32 / union as f32
    };
    let shared_incident = x
        .context
        .events
        .iter()
        .any(|e| e.is_incident() && y.context.events.contains(e));
    // Figures an order of magnitude apart are not consistent readings of one thing, even where
    // a bound lets both be true: "as many as 20,000 people" at a march and the "two women" who
    // died in it.
    let far_apart = orders_apart(x, y);
    let consistent = judgement.verdict != Verdict::Diverge && !far_apart;
    let score = GATES_PASSED
        + event_overlap
        + if shared_incident && consistent {
            SHARED_INCIDENT
        } else {
            0.0
        }
        + if same_noun || same_holder || same_founding || crowds_of_one_size(x, y) {
            SAME_NOUN
        } else {
            0.0
        }
        // Two outlets' very same vague amount ("tens of thousands" in both) is no weaker than
        // any other agreement.
        + match (
            consistent,
            (vague_amount(x) || vague_amount(y)) && judgement.verdict != Verdict::Agree,
        ) {
            (false, _) => 0.0,
            (true, false) => CONSISTENT_VALUES,
            (true, true) => CONSISTENT_WITH_VAGUE,
        }
        + if same_distinctive {
            SAME_DISTINCTIVE
        } else {
            0.0
        }
        + if same_attribution(x, y) {
            SAME_ATTRIBUTION
        } else {
            0.0
        }
        + related
        - if far_apart { FAR_APART_PENALTY } else { 0.0 }
        - if x.context.marks.increment() != y.context.marks.increment() {
            INCREMENT_MISMATCH
        } else {
            0.0
        };
    (score >= MIN_MATCH_SCORE).then_some(score)
}

/// Least head count for two outlets' counts of people of one size to be taken for one crowd
/// without other evidence: a story has one crowd of tens of thousands, but many small counts.
const CROWD_SIZE: f64 = 1_000.0;
/// How far apart two such counts may be, relative to the larger: estimates of one crowd differ
/// ("120,000", "128,000"); a crowd twice another is another.
const CROWD_SPREAD: f64 = 0.25;

/// Two head counts of people (a crowd word or people in general on both sides: the gates have
/// checked the nouns fit) of at least [`CROWD_SIZE`], stated as points within [`CROWD_SPREAD`]
/// of each other: "Police put the crowd at 120,000" and "officers counted 128,000 people".
fn crowds_of_one_size(x: &Claim, y: &Claim) -> bool {
    match (head_count(x), head_count(y)) {
        (Some(a), Some(b)) => {
            let (small, large) = if a <= b { (a, b) } else { (b, a) };
            (large - small) <= CROWD_SPREAD * large
        }
        _ => false,
    }
}

/// The size of a head count of a crowd: a count of people (a crowd word or people in general)
/// of at least [`CROWD_SIZE`], not a vague amount. Blocking keys such counts together
/// (candidates.rs), so two outlets' crowds meet however unlike their sentences.
pub(super) fn head_count(claim: &Claim) -> Option<f64> {
    let people = claim
        .context
        .counted_noun
        .as_deref()
        .is_some_and(|noun| is_people_noun(noun) || is_anyone_noun(noun));
    claim
        .quantity()
        .filter(|q| people && q.unit == Unit::Count && !vague_amount(claim))
        .and_then(|q| q.low.or(q.high))
        .filter(|&size| size >= CROWD_SIZE)
}

/// A quantity given as a vague amount: a range at least [`VAGUE_RANGE_RATIO`] times wide
/// ("tens of thousands", "hundreds", "dozens").
fn vague_amount(claim: &Claim) -> bool {
    claim.quantity().is_some_and(|q| match (q.low, q.high) {
        (Some(low), Some(high)) if low > 0.0 => high / low >= VAGUE_RANGE_RATIO,
        _ => false,
    })
}

/// Two quantities of one unit whose stated sizes (a point, a bound, or the middle of a range)
/// are more than [`FAR_APART_RATIO`] times apart.
fn orders_apart(x: &Claim, y: &Claim) -> bool {
    let (Some(p), Some(q)) = (x.quantity(), y.quantity()) else {
        return false;
    };
    if p.unit != q.unit {
        return false;
    }
    let size = |q: &crate::claims::Quantity| match (q.low, q.high) {
        (Some(low), Some(high)) if low > 0.0 && high > 0.0 => Some((low * high).sqrt()),
        (Some(v), None) | (None, Some(v)) if v > 0.0 => Some(v),
        _ => None,
    };
    match (size(p), size(q)) {
        (Some(a), Some(b)) => a.max(b) > FAR_APART_RATIO * a.min(b),
        _ => false,
    }
}

/// The very same distinctive figure (see [`distinctive`]) in both claims: equal bounds, however
/// hedged ("an estimated £1.7 million" and "£1.7m" are one sum), and values that do not
/// diverge.
fn same_distinctive_figure(x: &Claim, y: &Claim) -> bool {
    let equal_bounds = match (&x.value, &y.value) {
        (Value::Quantity(p), Value::Quantity(q)) => p.low == q.low && p.high == q.high,
        (p, q) => judge(p, q).verdict == Verdict::Agree,
    };
    equal_bounds
        && distinctive(&x.value)
        && same_kind_of_value(&x.value, &y.value)
        && judge(&x.value, &y.value).verdict != Verdict::Diverge
}

/// A person's age.
fn is_age(claim: &Claim) -> bool {
    claim.quantity().is_some_and(|q| q.unit == Unit::Age)
}

/// One time is an open bound ("by 6.30am") and the other is not ("at about 6am").
fn open_bound_against_point(x: &Claim, y: &Claim) -> bool {
    match (x.time(), y.time()) {
        (Some(a), Some(b)) => a.is_open_bound() != b.is_open_bound(),
        _ => false,
    }
}

/// A length, whose holder is the place it is measured from.
fn is_distance(claim: &Claim) -> bool {
    claim
        .quantity()
        .is_some_and(|q| matches!(q.unit, Unit::Measure(m) if m.dimension() == Dimension::Length))
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
        // "6am", "9pm" or "7:30 p.m." recurs in a story for several events (a call, a vigil, a
        // curfew): an hour or a quarter of one pairs through its events. A time to the odd
        // minute ("2:53 p.m.", "0737 GMT") is said of one moment.
        Value::Time(time) => time.minutes % 15 != 0,
        Value::Quote(_) => false,
        // "20-13" or "10-5" is given once a story for one game or team, but "1-0" or "2-1" recurs
        // in a round-up of matches: distinctive when its figures differ and one reaches 10.
        Value::Score(score) => {
            score.first != score.second && score.figures().any(|figure| figure >= 10)
        }
    }
}

/// Nothing in the two claims says they are about different things: the same kind of value
/// (unit, currency, dimension), no opposite sides, the same share holder and event year,
/// counted nouns that fit, and not one day's count against a running total (span.rs). The gates of [`match_score`], without its evidence.
pub(super) fn context_fits(x: &Claim, y: &Claim) -> bool {
    let sides_fit = match (x.context.side, y.context.side) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    };
    x.kind() == y.kind()
        && same_kind_of_value(&x.value, &y.value)
        && sides_fit
        && holders_fit(x, y)
        && years_fit(x, y)
        && nouns_fit(x, y).0
        && negotiation_sides_fit(x, y)
        && outcomes_fit(x, y)
        && date_bounds_fit(x, y)
        && crate::claims::tally_spans_fit(x.context.tally_span, y.context.tally_span)
        && currencies_fit(x, y)
}

/// A sum whose currency is not named fits a sum in any currency but the one it is converted
/// into beside it ("a 110-billion ($143-billion) bailout" is not 110 billion dollars).
fn currencies_fit(x: &Claim, y: &Claim) -> bool {
    let unnamed_not = |a: &Claim, b: &Claim| {
        matches!(
            (a.quantity().map(|q| q.unit), b.quantity().map(|q| q.unit)),
            (Some(Unit::Money(None)), Some(Unit::Money(Some(currency))))
                if a.context.converted_into == Some(currency)
        )
    };
    !unnamed_not(x, y) && !unnamed_not(y, x)
}

/// The start of a span is not its end: "burned 8,000 acres since Monday" and "had burned 8,000
/// acres by Tuesday evening" give two moments, whatever else the sentences share; and a
/// founding year ("since its establishment in 2001") is only ever another founding year, not
/// the year of an investment the story also dates 2001.
fn date_bounds_fit(x: &Claim, y: &Claim) -> bool {
    use crate::claims::DateBound;
    match (x.context.date_bound, y.context.date_bound) {
        (Some(a), Some(b)) => a == b,
        (Some(DateBound::Founding), None) | (None, Some(DateBound::Founding)) => false,
        _ => true,
    }
}

/// Two counts that each say what befell the people or things they count (killed, wounded,
/// arrested, displaced, damaged) share one of those: the dead of an attack are not its wounded,
/// nor a quake's injured its damaged houses, whatever event the two share ("the bombing killed
/// 12", "the attack wounded 12").
fn outcomes_fit(x: &Claim, y: &Claim) -> bool {
    // Only a count is of people something befell: an age, a time or a sum near "killed" is a
    // victim's, the attack's or the loss's, and one victim's age is one fact.
    let is_count = |c: &Claim| c.quantity().is_some_and(|q| q.unit == Unit::Count);
    if !is_count(x) || !is_count(y) {
        return true;
    }
    let outcomes = |c: &Claim| {
        let mut events = c.context.events;
        events.retain(EventClass::is_outcome);
        events
    };
    let (a, b) = (outcomes(x), outcomes(y));
    a.is_empty() || b.is_empty() || a.overlaps(&b)
}

/// A sum one side of a negotiation asks for is not one the other side offers: a figure near
/// only asking words and one near only offering words are about two things.
fn negotiation_sides_fit(x: &Claim, y: &Claim) -> bool {
    let side = |c: &Claim| {
        (
            c.context.events.contains(EventClass::Offer),
            c.context.events.contains(EventClass::Demand),
        )
    };
    !matches!(
        (side(x), side(y)),
        ((true, false), (false, true)) | ((false, true), (true, false))
    )
}

/// A claim's events for weighing a pair: offer and demand only tell the two sides of a
/// negotiation apart ([`negotiation_sides_fit`]); they say nothing else about what a figure is
/// ("shareholders were offered 52 pence a share" and "values the shares at 52 pence"). An
/// incident (an attack, a fire, a theft...) is evidence when both name it, but one outlet
/// naming it and the other not says nothing against a pair: most of a story's figures stand
/// beside its one incident ("making off with €2 million in the heist", "a €2 million booty").
fn substantive_events(claim: &Claim) -> crate::claims::Events {
    let mut events = claim.context.events;
    events.retain(|c| !matches!(c, EventClass::Offer | EventClass::Demand) && !c.is_incident());
    events
}

/// Both figures are of one year's event: the same year, or a year one side writes and the other
/// leaves out, for the very same distinctive figure ("Cam Newton in 2011 had the record with
/// 4,051 yards" and "Newton's rookie record of 4,051 yards"). A different or common figure from
/// another year stays that year's ("the 2004 tsunami killed 170,000"), and so does a count
/// under a hundred ("hit 12 countries"): two events' small counts agree by chance.
fn years_fit(x: &Claim, y: &Claim) -> bool {
    let small_count = |c: &Claim| {
        c.quantity()
            .is_some_and(|q| q.unit == Unit::Count && q.low.or(q.high).is_some_and(|v| v < 100.0))
    };
    match (x.context.event_year, y.context.event_year) {
        (a, b) if a == b => true,
        (Some(_), Some(_)) => false,
        _ => same_distinctive_figure(x, y) && !small_count(x),
    }
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

/// Vote shares of different candidates are different claims, and so are two teams' records: Lukashenko's 80.1% is not
/// Tikhanovskaya's 10.12%; nor are two people's ages. Spellings are compared fuzzily (transliterations differ).
pub(super) fn holders_fit(x: &Claim, y: &Claim) -> bool {
    let is_vote_share = |c: &Claim| {
        c.context.events.contains(EventClass::Vote)
            && c.quantity()
                .is_some_and(|q| matches!(q.unit, Unit::Percent | Unit::PercentagePoints))
    };
    // Two people's ages are two claims: Gray's 16 is not Officer Cordova's 23.
    let both_shares = is_vote_share(x) && is_vote_share(y);
    let both_ages = is_age(x) && is_age(y);
    // Two teams' records are two claims: the Texans' 12-3 is not the Broncos' 12-3.
    let is_record =
        |c: &Claim| c.score().is_some() && c.context.counted_noun.as_deref() == Some("record");
    let both_records = is_record(x) && is_record(y);
    // Two places' distances are two claims: 55 km south of Bireun is not 72 km southeast of
    // Reuleuet.
    let both_distances = is_distance(x) && is_distance(y);
    // Two places' counts are two claims, and a capacity is no head count (scope.rs).
    if !crate::claims::scopes_fit(x.scope(), y.scope()) {
        return false;
    }
    if !both_shares && !both_ages && !both_records && !both_distances {
        return true;
    }
    match (&x.context.holder, &y.context.holder) {
        (Some(a), Some(b)) => {
            a == b
                || strsim::normalized_levenshtein(a, b) >= SAME_HOLDER_SPELLING
                || one_names_the_other(a, b)
        }
        // An age of no one named ("a 23-year-old officer") may be anyone's: it pairs only
        // with the same age, since two different ages are far likelier two people than an
        // error.
        _ if is_age(x) => judge(&x.value, &y.value).verdict != Verdict::Diverge,
        _ => true,
    }
}

/// One holder names a team the other names in full, a city and a plural nickname ("indianapolis
/// colts"): by its city ("indianapolis") or its nickname ("colts"). Only a plural nickname makes
/// a full name: "kansas city" is no "kansas", "michigan state" no "michigan".
fn one_names_the_other(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let Some((city, nickname)) = long.rsplit_once(' ') else {
        return false;
    };
    nickname.len() > 3 && nickname.ends_with('s') && (short == city || short == nickname)
}

/// Gates and evidence on wire-style sentences (issue 13): figures that should pair although
/// their sentences share little, and look-alikes that must not.
#[cfg(test)]
mod wire;

/// Event classes beyond protests and votes (attacks, fires, quakes, thefts, deals, crashes)
/// on wire-style sentences.
#[cfg(test)]
mod events;
