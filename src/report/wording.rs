//! Wording: takes finished comparisons and their claims and hands on the English a reader sees:
//! a comparison's subject ("people at the opposition rally", "date of the vote", a quote's
//! speaker) and a quote diff as `[-deleted-] {+inserted+}` markers. Kept in report, not compare:
//! compare decides, report words, so a change of wording never touches a verdict.

use crate::claims::context::Side;
use crate::claims::{Claim, ClaimKind, Dimension, Unit, Value};
use crate::compare::quotes::{DiffOpKind, DiffPiece};
use crate::compare::{ClaimRef, Comparison};
use crate::lexicon::{EventClass, is_crowd_noun, is_measure_noun};

impl Comparison {
    /// What the claims are about, in words ("people at the opposition rally"; for quotes, the
    /// speaker). Built when a report is written rather than kept: it follows from the claims.
    ///
    /// The same whatever order the outlets were given in (issue 16 item 12): it is part of a
    /// baseline finding's identity. Two outlets may word one fact's context differently ("at
    /// the opposition rally", "in the vote"), so the subject is not read from whichever comes
    /// first: of the subjects each outlet's first mention makes with another claim, the most
    /// specific (the longest; of equal length, the alphabetically first) is taken.
    pub fn subject(&self, claims: &[Vec<Claim>]) -> String {
        let claim = |r: &ClaimRef| r.of(claims);
        if self.kind == ClaimKind::Quote {
            return group_speaker(claims, &self.claims);
        }
        let refs = &self.claims;
        let first = claim(&refs[0]);
        // One outlet: its first two mentions, in the order of its text.
        if refs.iter().all(|r| r.source() == refs[0].source()) {
            return subject(first, refs.get(1).map_or(first, claim));
        }
        // The claims are sorted, so each outlet's first mention starts its run.
        let firsts =
            (0..refs.len()).filter(|&i| i == 0 || refs[i - 1].source() != refs[i].source());
        firsts
            .flat_map(|i| {
                (0..refs.len())
                    .filter(move |&j| j != i)
                    .map(move |j| subject(claim(&refs[i]), claim(&refs[j])))
            })
            .max_by(|a, b| more_specific(a, b))
            .expect("two outlets make two claims")
    }
}

/// Orders two wordings of one subject, the more specific greater: the longer, then of equal
/// length the alphabetically first.
fn more_specific(a: &str, b: &str) -> std::cmp::Ordering {
    a.len().cmp(&b.len()).then_with(|| b.cmp(a))
}

/// A short description of what two claims about one thing are about, from their context.
fn subject(x: &Claim, y: &Claim) -> String {
    let noun = x
        .context
        .counted_noun
        .as_deref()
        .or(y.context.counted_noun.as_deref());
    let events = if x.context.events.is_empty() {
        y.context.events
    } else {
        x.context.events
    };
    let side = x.context.side.or(y.context.side);
    // What befell or is measured (killed, the vote) names a figure before the incident it
    // stands beside (an attack, a fire): "people killed", not "people in the attack".
    let named = events.iter().find(|e| !e.is_incident()).or(events.first());
    let event = named.map(|event| event_phrase(event, side));
    // A counted noun says what the figure is better than the incident does: evacuated
    // "residents", not "residents in the fire".
    let counted_event = match named {
        Some(class) if class.is_incident() && noun.is_some() => None,
        _ => event.clone(),
    };
    match (&x.value, &x.quantity().map(|q| q.unit)) {
        (Value::Quote(quote), _) => match &quote.speaker {
            Some(speaker) => speaker.name.clone(),
            None => "unknown speaker".to_string(),
        },
        // "score", "halftime score", "record", "vote": what the tally counts.
        (Value::Score(_), _) => noun.unwrap_or("score").to_string(),
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
            // Inflation, unemployment, growth: a rate, not anyone's share.
            (None, Some(_)) if events.first() == Some(EventClass::Economy) => {
                "economic rate".to_string()
            }
            (None, Some(event)) => format!("share {event}"),
            (None, None) => "share".to_string(),
        },
        (_, Some(Unit::Age | Unit::AgeIn(_))) => "age".to_string(),
        (_, Some(Unit::Duration(unit))) => {
            format!("{unit}{}", event.map_or(String::new(), |e| format!(" {e}")))
        }
        // "length of the yacht", "area of the forest", "temperature".
        (_, Some(Unit::Measure(measure))) => {
            let what = dimension_word(measure.dimension());
            noun.map_or(what.to_string(), |noun| format!("{what} of the {noun}"))
        }
        // "$0.19" and "19 cents": a sum, not a bare "number".
        (_, Some(Unit::Money(_))) if noun.is_none() => match event {
            Some(event) => format!("sum {event}"),
            None => "sum of money".to_string(),
        },
        _ if noun.is_some_and(is_measure_noun) => noun.unwrap_or_default().to_string(),
        _ => {
            // A crowd is counted in people: "people at the opposition rally".
            let what = match noun {
                Some(noun) if is_crowd_noun(noun) => "people".to_string(),
                Some(noun) => noun.to_string(),
                None => "number".to_string(),
            };
            match counted_event {
                Some(event) => format!("{what} {event}"),
                None => what,
            }
        }
    }
}

/// What a measure measures, in a reader's word ("weight", not "mass").
fn dimension_word(dimension: Dimension) -> &'static str {
    match dimension {
        Dimension::Length => "length",
        Dimension::Area => "area",
        Dimension::Volume => "volume",
        Dimension::Flow => "flow",
        Dimension::Mass => "weight",
        Dimension::Temperature => "temperature",
        Dimension::Angle => "angle",
        Dimension::Speed => "speed",
        Dimension::Power => "power",
        Dimension::Energy => "energy",
        Dimension::Data => "data size",
        Dimension::Frequency => "frequency",
    }
}

/// The thing an event class names, after "date of the" / "year of the".
fn event_noun(event: EventClass) -> &'static str {
    match event {
        EventClass::Rally => "rally",
        EventClass::Arrest => "arrest",
        EventClass::Injury => "injury",
        EventClass::Death => "death",
        EventClass::Vote => "vote",
        EventClass::Strike => "strike",
        EventClass::Rule => "rule",
        EventClass::Displacement => "displacement",
        EventClass::Economy => "economic figures",
        EventClass::Jobs => "jobs",
        EventClass::Aid => "aid",
        EventClass::Letter => "letter",
        EventClass::Offer => "offer",
        EventClass::Demand => "demand",
        EventClass::Attack => "attack",
        EventClass::Fire => "fire",
        EventClass::Disaster => "disaster",
        EventClass::Theft => "theft",
        EventClass::Deal => "deal",
        EventClass::Crash => "crash",
        EventClass::Damage => "damage",
    }
}

/// What a figure near an event class counts, after its noun ("people killed", "share in the
/// vote"). Every class has its own words: no fallback, so a new class cannot go unworded.
fn event_phrase(event: EventClass, side: Option<Side>) -> String {
    match event {
        EventClass::Rally => match side {
            Some(side) => format!("at the {} rally", side.as_str()),
            None => "at the rally".to_string(),
        },
        EventClass::Arrest => "arrested".to_string(),
        EventClass::Injury => "wounded".to_string(),
        EventClass::Death => "killed".to_string(),
        EventClass::Vote => "in the vote".to_string(),
        EventClass::Strike => "on strike".to_string(),
        EventClass::Rule => "in power".to_string(),
        EventClass::Displacement => "displaced".to_string(),
        EventClass::Economy => "in the economy".to_string(),
        EventClass::Jobs => "jobs".to_string(),
        EventClass::Aid => "in aid".to_string(),
        EventClass::Letter => "signing the letter".to_string(),
        EventClass::Offer => "offered".to_string(),
        EventClass::Demand => "asked for".to_string(),
        EventClass::Attack => "in the attack".to_string(),
        EventClass::Fire => "in the fire".to_string(),
        EventClass::Disaster => "in the disaster".to_string(),
        EventClass::Theft => "stolen".to_string(),
        EventClass::Deal => "in the deal".to_string(),
        EventClass::Crash => "in the crash".to_string(),
        EventClass::Damage => "damaged".to_string(),
    }
}

/// The speaker a group of quotes is about: of the speakers named, the most specific (the
/// longest name, "Alexander Lukashenko" over "Lukashenko"), so it does not depend on which
/// outlet was given first.
fn group_speaker(claims: &[Vec<Claim>], refs: &[ClaimRef]) -> String {
    refs.iter()
        .filter_map(|r| r.of(claims).quote()?.speaker.as_ref())
        .map(|s| s.name.as_str())
        .max_by(|a, b| more_specific(a, b))
        .map_or("unknown speaker".to_string(), str::to_string)
}

/// The diff as plain text with `[-deleted-]{+inserted+}` markers.
pub fn diff_markers(diff: &[DiffPiece]) -> String {
    mark_diff(diff, ["[-", "-]"], ["{+", "+}"])
}

/// The diff's pieces joined by spaces, deleted words between the two `deleted` marks and
/// inserted words between the two `inserted` marks (Markdown and colour styles are the same
/// shape with other marks).
pub(crate) fn mark_diff(diff: &[DiffPiece], deleted: [&str; 2], inserted: [&str; 2]) -> String {
    diff.iter()
        .map(|piece| {
            let [open, close] = match piece.op {
                DiffOpKind::Equal => return piece.text.clone(),
                DiffOpKind::Delete => deleted,
                DiffOpKind::Insert => inserted,
            };
            format!("{open}{}{close}", piece.text)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A claim's holder as written mid-sentence (issue 17): "per an official report", "per the
/// Kremlin", not "per An official report" as it began its sentence. Only a leading determiner is
/// lowered: a name ("Lukashenko", "US President Donald Trump") keeps its capital.
pub(crate) fn holder(who: &str) -> String {
    const DETERMINERS: [&str; 10] = [
        "A",
        "An",
        "The",
        "Some",
        "Several",
        "Many",
        "Most",
        "Other",
        "Unofficial",
        "Official",
    ];
    match who.split_once(' ') {
        Some((first, rest)) if DETERMINERS.contains(&first) => {
            format!("{} {rest}", first.to_lowercase())
        }
        _ => who.to_string(),
    }
}

/// A count and its noun, singular for one: "1 claim", "2 claims", "1 speaker conflict". The
/// verdicts "agree", "compatible", "diverge" and "reworded" are words that take no plural.
/// How long words cut short in a cell were: "(1,139 characters in all)".
pub(crate) fn length_in_all(chars: usize) -> String {
    format!(
        "({} characters in all)",
        super::with_separators(chars as f64)
    )
}

pub(crate) fn count(n: usize, noun: &str) -> String {
    match noun {
        "agree" | "compatible" | "diverge" | "reworded" => format!("{n} {noun}"),
        _ if n == 1 => format!("1 {noun}"),
        _ => format!("{n} {}", plural(noun)),
    }
}

/// The plural of a noun of the report's wording ("claims", "sets", "entries").
fn plural(noun: &str) -> String {
    if let Some(stem) = noun.strip_suffix('y') {
        format!("{stem}ies")
    } else {
        format!("{noun}s")
    }
}

/// Where an article's date was read, as a reader is told it ("from its folder's name").
pub fn date_source(source: crate::ingest::DateSource) -> &'static str {
    use crate::ingest::DateSource;
    match source {
        DateSource::Metadata => "from its metadata line",
        DateSource::PageMetadata => "from its page's metadata",
        DateSource::JsonField => "from its JSON `published` field",
        DateSource::Stamp => "from its time stamp",
        DateSource::FolderName => "from its folder's name",
        DateSource::Given => "from --date",
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::{Claim, extract_sentence};

    #[test]
    fn holders_lose_only_a_sentence_capital() {
        assert_eq!(super::holder("An official report"), "an official report");
        assert_eq!(
            super::holder("Unofficial estimates"),
            "unofficial estimates"
        );
        assert_eq!(super::holder("The Kremlin"), "the Kremlin");
        assert_eq!(
            super::holder("US President Donald Trump"),
            "US President Donald Trump"
        );
        assert_eq!(super::holder("Lukashenko"), "Lukashenko");
        assert_eq!(super::holder("Anne Smith"), "Anne Smith");
    }

    #[test]
    fn one_is_singular_and_verdicts_take_no_plural() {
        assert_eq!(super::count(1, "claim"), "1 claim");
        assert_eq!(super::count(0, "claim"), "0 claims");
        assert_eq!(super::count(2, "set"), "2 sets");
        assert_eq!(super::count(1, "speaker conflict"), "1 speaker conflict");
        assert_eq!(super::count(3, "speaker conflict"), "3 speaker conflicts");
        assert_eq!(super::count(2, "entry"), "2 entries");
        assert_eq!(super::count(4, "agree"), "4 agree");
    }

    fn only(sentence: &str, text: &str) -> Claim {
        extract_sentence(sentence, None)
            .into_iter()
            .find(|c| c.text(sentence) == text)
            .unwrap_or_else(|| panic!("{sentence}: no claim {text:?}"))
    }

    /// An incident names a figure only when nothing better does: the counted noun and what
    /// befell the people counted come first; a sum or a bare number takes the incident.
    #[test]
    fn an_incident_names_a_figure_only_when_nothing_better_does() {
        let subject = |sentence: &str, text: &str| {
            let claim = only(sentence, text);
            super::subject(&claim, &claim)
        };
        assert_eq!(
            subject(
                "The fire forced some 12,000 residents to evacuate.",
                "some 12,000"
            ),
            "residents"
        );
        assert_eq!(
            subject("The bombing killed 12 people.", "12"),
            "people killed"
        );
        assert_eq!(
            subject(
                "Thieves stole an estimated $2.4 million.",
                "an estimated $2.4 million"
            ),
            "sum stolen"
        );
    }
}
