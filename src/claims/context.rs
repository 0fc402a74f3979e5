//! Context: what the words around a number say about it. Takes a sentence's tokens and a
//! claim's token range; hands on a [`Context`]: the counted noun, the event classes of the
//! claim's clause (arrest, death, rally...), which side a rally is on, who gives the figure
//! ("an official report", "unofficial estimates", "according to Tut.by", "police said") and
//! whether the figure sits inside a quotation.
//!
//! Context is read from the claim's own clause first (clauses end at commas, semicolons, dashes
//! and "and"/"but"/"while"), so "Hundreds of protesters have been wounded and two have died"
//! gives the hundreds to *wounded* and the two to *died*; a clause with no event word of its own
//! ("but unofficial estimates were as low as 10,000") borrows the sentence's. Inside a clause, a subordinator ("when", "after") or, after the figure, a
//! word opening another happening ("to", "that", `clause_cuts.txt`) cuts it narrower: "24 people
//! were killed *when* protesters stormed the building" is a death count, not a rally's; the
//! narrow part is read first, the whole clause when it names nothing. A figure with no noun after
//! it takes the crowd word of its narrow clause ("Police put the *crowd* at 120,000", "*Turnout*
//! was 65%"), or of the clause it borrowed its events from. Only a count at a rally has a side: a
//! date, a share or a sum beside a protest has none.

mod counted;
mod date_role;
mod event_index;
mod holders;
mod increment;
mod landmark;
mod scope;
mod span;

pub use date_role::DateBound;
pub use scope::{is_capacity, scopes_fit};
pub use span::{TallySpan, tally_spans_fit};

use std::ops::Range;

use compact_str::CompactString;

use super::attribution::{Run, figure_sources};
use super::events::Events;
use super::tokens::{Token, TokenKind};
use crate::lexicon::{
    EventClass, event_class, event_class_after, is_anyone_noun, is_clause_cut, is_clause_joiner,
    is_crowd_noun, is_government_side, is_human_noun, is_opposition_side, is_people_noun,
    is_person_title, is_pro_government_target, is_pro_neutral_target, is_pro_opposition_target,
    is_subordinator,
};
use event_index::EventIndex;

/// Which side of a political divide a rally or crowd belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    Government,
    Opposition,
}

impl Side {
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Government => "government",
            Side::Opposition => "opposition",
        }
    }
}

/// What kind of claim a context is read for, which decides what of it is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureKind {
    /// A date or a time of day: its events and source, never a counted noun or a side.
    Date,
    /// A count ("6,700 people", "the crowd at 120,000"): may take its counted noun from its
    /// clause, and has a side when it counts people at a rally.
    Count,
    /// A percentage: whose share it is; may take its counted noun ("turnout") from its clause.
    Share,
    /// A person's age: whose age it is ("Kimani Gray, 16", "16-year-old Kimani Gray").
    Age,
    /// A duration: what is written after it; an "N-year" adjective names what it is the term
    /// of ("a 10-year *deal*", "his 19-year *reign*").
    Duration,
    /// A length: what is written after it, and the place it is measured from ("10 miles south
    /// of the *border*"): two places' distances are two claims.
    Distance,
    /// Money, another measure: what is written after it only.
    Other,
    /// A win-loss record: whose record it is, the name before it in its clause ("the Houston
    /// Texans (12-3)", "the Broncos are 12-3"): two teams' records are two claims.
    Record,
}

/// Short words and phrases are stored inline ([`CompactString`]): a long article has tens of
/// thousands of claims, and a heap allocation for each noun would cost more than the noun.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Context {
    /// The counted noun as written, lower case ("people", "workers", "vote").
    pub counted_noun: Option<CompactString>,
    /// Event classes near the claim, in order of appearance, without repeats.
    pub events: Events,
    pub side: Option<Side>,
    /// Who gives the figure, as the article words it.
    pub attributed_to: Option<CompactString>,
    /// The claim sits inside a direct quotation.
    pub quoted: bool,
    /// Whose figure it is, lower case: for a share, the name nearest before it ("Mr Lukashenko
    /// had won 80.1%"), or the nearest titled name, or the sentence's first name ("Ms
    /// Tikhanovskaya ... she won 60% to 70%"); for an age, the person's surname ("Kimani Gray,
    /// 16": "gray"); for a distance, the place it is measured from; for a count, the place it
    /// is counted in ("in Aceh": "aceh") or that it is a capacity (scope.rs). Boxed rather than
    /// inline: few claims have one.
    pub holder: Option<Holder>,
    /// Whether the events were borrowed from the sentence, and whether the figure is an
    /// addition ([`Marks`]): two bits of one byte.
    pub marks: Marks,
    /// A year other than the story's own that the claim's sentence is about ("the 2004
    /// tsunami killed 170,000"): a figure of another event. Sixteen bits, no year 0 (a year is
    /// read from four digits): two bytes with its `None`, which leaves room for `tally_span`.
    pub event_year: Option<std::num::NonZeroI16>,
    /// For a date, whether it opens or closes a span ([`DateBound`]); one byte, in what was
    /// padding.
    pub date_bound: Option<DateBound>,
    /// For a count, whether its sentence makes it one day's or a running total over several
    /// ([`TallySpan`], span.rs); one byte, in what was padding.
    pub tally_span: Option<TallySpan>,
    /// The currency the figure is converted into in brackets right after it ("110-billion
    /// ($143-billion)": dollars): a sum whose own currency is not named is then known not to be
    /// in that one. One byte, in the room [`Marks`] made.
    pub converted_into: Option<crate::claims::Currency>,
}

/// Two yes-or-no facts about a figure, a bit each in one byte (every claim has a context, and a
/// long article has tens of thousands: `a_claim_stays_small`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Marks(u8);

impl Marks {
    const EVENTS_BORROWED: u8 = 1;
    const INCREMENT: u8 = 2;

    pub fn new(events_borrowed: bool, increment: bool) -> Marks {
        Marks(
            if events_borrowed {
                Self::EVENTS_BORROWED
            } else {
                0
            } | if increment { Self::INCREMENT } else { 0 },
        )
    }

    /// The events were borrowed from the rest of the sentence: the claim's own clause names
    /// none ("and 14 others trapped" after "six children were killed").
    pub fn events_borrowed(self) -> bool {
        self.0 & Self::EVENTS_BORROWED != 0
    }

    /// The figure is an addition to one given before it ("a further four appliances",
    /// "another 20,000 people": increment.rs).
    pub fn increment(self) -> bool {
        self.0 & Self::INCREMENT != 0
    }
}

/// Whose figure it is ([`Context::holder`]), read as a `str`. One pointer: few claims have a
/// holder, and every claim has room for one (issue 13, a long article's peak memory).
#[derive(Clone, PartialEq, Eq)]
pub struct Holder(Box<Box<str>>);

impl std::ops::Deref for Holder {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl From<Box<str>> for Holder {
    fn from(name: Box<str>) -> Holder {
        Holder(Box::new(name))
    }
}

impl std::fmt::Debug for Holder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

/// Most tokens between a crowd word and the figure it gives its noun ("estimates of the crowd
/// ranged from 15,000 to 25,000").
const CROWD_WORD_REACH: usize = 8;

/// Per-sentence facts computed once and shared by all its claims.
pub struct SentenceFrame<'a> {
    sentence: &'a str,
    tokens: &'a [Token<'a>],
    lower: Vec<std::borrow::Cow<'a, str>>,
    attributions: Vec<(usize, String)>,
    quotes: crate::segment::QuoteMarks,
    /// Found once per sentence, so each claim costs a few binary searches however long the
    /// sentence: clause boundaries, event words, side words and names, by token position.
    boundaries: Vec<usize>,
    /// The event words: (token, the event class its word evokes), and by class.
    events_at: EventIndex,
    sides: Vec<(usize, Side)>,
    /// Subordinators ("when", "after"), which cut a clause on either side of a figure, and the
    /// words that cut it after a figure only ("to", "that"), by token position.
    cuts_before: Vec<usize>,
    cuts_after: Vec<usize>,
    /// Crowd words ("crowd", "turnout", "toll"), which a figure with no noun may count.
    crowd_words: Vec<usize>,
    names: Vec<usize>,
    titled_names: Vec<usize>,
    /// One day's counts or a running total's (span.rs): the sentence's counts share it.
    tally_span: Option<TallySpan>,
}

impl<'a> SentenceFrame<'a> {
    pub fn new(sentence: &'a str, tokens: &'a [Token<'a>]) -> SentenceFrame<'a> {
        let lower = tokens.iter().map(Token::lower_cow).collect();
        let mut frame = SentenceFrame {
            sentence,
            tokens,
            lower,
            attributions: Vec::new(),
            quotes: crate::segment::QuoteMarks::of(sentence),
            boundaries: Vec::new(),
            events_at: EventIndex::new(Vec::new()),
            sides: Vec::new(),
            cuts_before: Vec::new(),
            cuts_after: Vec::new(),
            crowd_words: Vec::new(),
            names: Vec::new(),
            titled_names: Vec::new(),
            tally_span: None,
        };
        // Who gives a figure is read by the attribution module, shared with quotes' speakers.
        let run = Run {
            tokens,
            lower: &frame.lower,
        };
        frame.attributions = figure_sources(&run)
            .into_iter()
            .map(|(start, phrase)| (start, frame.text_of(phrase)))
            .collect();
        frame.boundaries = (0..tokens.len())
            .filter(|&k| frame.is_boundary(k))
            .collect();
        // "Office" and "power" are terms of rule only after a word that holds, takes or leaves
        // them ("in office", "took office", "came to power"): "the office building" is a
        // workplace, "power-efficient servers" and "without power" are energy.
        let not_rule = |k: usize| {
            let before = k.checked_sub(1).map(|j| frame.lower[j].as_ref());
            match frame.lower[k].as_ref() {
                "office" => !before.is_some_and(crate::lexicon::is_office_opener),
                "power" => !before.is_some_and(crate::lexicon::is_power_opener),
                _ => false,
            }
        };
        frame.events_at = EventIndex::new(
            (0..tokens.len())
                .filter(|&k| !not_rule(k))
                .filter_map(|k| {
                    // A few words name another event after an opener ("opened fire", "air
                    // strike").
                    let before = k.checked_sub(1).map(|j| &*frame.lower[j]);
                    event_class_after(before, &frame.lower[k]).map(|class| (k, class))
                })
                .collect(),
        );
        frame.sides = (0..tokens.len())
            .filter_map(|k| frame.side_at(k).map(|side| (k, side)))
            .collect();
        let is_word = |k: usize| tokens[k].kind == TokenKind::Word;
        frame.cuts_before = (0..tokens.len())
            .filter(|&k| is_word(k) && is_subordinator(&frame.lower[k]))
            .collect();
        // "to" right before an event word carries on the figure's own happening ("were burnt
        // *to death*", "rallied *to protest*"): no cut. Asking and offering are acts of their
        // own ("rallied *to demand* his resignation").
        let event_next = |k: usize| {
            frame.lower[k] == "to"
                && frame.lower.get(k + 1).is_some_and(|w| {
                    event_class(w)
                        .is_some_and(|c| !matches!(c, EventClass::Demand | EventClass::Offer))
                })
        };
        frame.cuts_after = (0..tokens.len())
            .filter(|&k| {
                is_word(k)
                    && (is_subordinator(&frame.lower[k]) || is_clause_cut(&frame.lower[k]))
                    && !event_next(k)
            })
            .collect();
        frame.crowd_words = (0..tokens.len())
            .filter(|&k| is_word(k) && is_crowd_noun(&frame.lower[k]))
            .collect();
        frame.names = (0..tokens.len()).filter(|&k| frame.is_name(k)).collect();
        frame.tally_span = span::tally_span(tokens, &frame.lower);
        frame.titled_names = frame
            .names
            .iter()
            .copied()
            .filter(|&k| k > 0 && is_person_title(&frame.lower[k - 1]))
            .collect();
        frame
    }

    /// The context of the claim at token range `claim`, of kind `kind`, with the counted noun
    /// written after it, if any.
    pub fn context_for(
        &self,
        claim: Range<usize>,
        noun: Option<String>,
        kind: FigureKind,
    ) -> Context {
        let clause = self.clause_around(&claim);
        let narrow = self.narrow_clause(&clause, &claim);
        // Asking and offering are about terms (a sum, a share, a length, a count of things):
        // people who "demanded new elections" are a crowd, and a date is the day of its event.
        let terms = match kind {
            FigureKind::Share | FigureKind::Duration | FigureKind::Distance | FigureKind::Other => {
                true
            }
            FigureKind::Count => noun
                .as_deref()
                .is_some_and(|n| !is_people_noun(n) && !is_human_noun(n) && !is_anyone_noun(n)),
            _ => false,
        };
        let events_in = |range: Range<usize>| {
            let mut events = self.events_in(range, &claim);
            if !terms {
                events.retain(|c| !matches!(c, EventClass::Demand | EventClass::Offer));
            }
            events
        };
        // The narrow clause's events, else the whole clause's, else the sentence's. A clause
        // cut by a relative clause between commas runs on after it ("one bomb, which did not
        // explode, fell"): its words after the aside are the figure's too.
        let mut events = events_in(narrow.clone());
        if let Some(rest) = self.after_relative_aside(&clause) {
            for class in events_in(rest).iter() {
                events.push(class);
            }
        }
        if events.is_empty() {
            events = events_in(clause.clone());
        }
        let events_borrowed = events.is_empty();
        let nearest = events_borrowed
            .then(|| self.nearest_clause(&clause))
            .flatten();
        // The whole sentence's events, as a clause with none of its own may be an aside ("Police
        // put the march, to mark a 24-hour strike, at roughly 30,000 people") or an ellipsis
        // ("and 14 others trapped").
        if events_borrowed {
            events = events_in(0..self.tokens.len());
        }
        let counted_noun = match (noun, kind) {
            // "shot 11 times": shots.
            (Some(noun), _) if noun == "times" => Some(CompactString::new(
                self.times_noun_before(&narrow, &claim).unwrap_or("times"),
            )),
            (Some(noun), _) => Some(CompactString::new(noun)),
            // A figure whose clause names neither its noun nor its event continues the clause
            // it borrowed its events from ("65,000 people had attended the rally but unofficial
            // estimates were as low as 10,000"): its crowd word counts this figure too.
            (None, FigureKind::Count | FigureKind::Share) => {
                self.crowd_word_before(&narrow, &claim).or_else(|| {
                    let nearest = nearest.as_ref()?;
                    Self::last_in(&self.crowd_words, nearest.clone())
                        .map(|k| CompactString::new(&self.lower[k]))
                })
            }
            (None, FigureKind::Duration) => self.term_noun(&claim),
            (None, _) => None,
        };
        // Sides tell rival crowds apart; for a date, a share or a sum a side word nearby says
        // nothing ("the presidential election on 9 August" beside a protest).
        let side = if kind == FigureKind::Count && events.contains(EventClass::Rally) {
            self.side_near(clause.clone(), &claim)
                .or_else(|| self.side_near(0..self.tokens.len(), &claim))
        } else {
            None
        };
        // Only a share (whose share of the vote), an age (whose age), a record (whose team), a
        // distance (from where) and a count (where) have a holder worth knowing.
        let holder = match kind {
            FigureKind::Share => self
                .name_before(clause.start..claim.start)
                .or_else(|| self.titled_name_before(claim.start))
                .or_else(|| self.first_name()),
            FigureKind::Age => self.age_holder(&claim, clause.clone()),
            FigureKind::Record => self.team_before(&clause, claim.start),
            FigureKind::Distance => landmark::landmark_after(self.tokens, &self.lower, claim.end),
            // A count's holder is where it is counted, or that it is a capacity (scope.rs).
            FigureKind::Count => {
                if scope::is_capacity_count(&self.lower, clause.start, claim.start) {
                    Some(Box::from(scope::CAPACITY))
                } else {
                    scope::scope_after(self.tokens, &self.lower, claim.end, narrow.end)
                }
            }
            _ => None,
        };
        // The last source before the claim, else the first after it; sources are in token
        // order (`figure_sources`), so two binary searches, not a walk over a sentence of them.
        let before = self.attributions.partition_point(|(p, _)| *p < claim.start);
        let after = self.attributions.partition_point(|(p, _)| *p < claim.end);
        let attributed_to = before
            .checked_sub(1)
            .or((after < self.attributions.len()).then_some(after))
            .map(|i| CompactString::new(&self.attributions[i].1));
        let quoted = self.quotes.encloses(self.tokens[claim.start].start);
        Context {
            counted_noun,
            events,
            side,
            attributed_to,
            quoted,
            holder: holder.map(Holder::from),
            marks: Marks::new(
                events_borrowed,
                increment::is_increment(self.tokens, &self.lower, &claim),
            ),
            event_year: None,
            date_bound: (kind == FigureKind::Date)
                .then(|| self.date_bound_before(claim.clone()))
                .flatten(),
            tally_span: self.tally_span.filter(|_| kind == FigureKind::Count),
            converted_into: counted::conversion_currency(self.tokens, claim.end),
        }
    }

    /// The last of `positions` (sorted) inside `range`.
    fn last_in(positions: &[usize], range: Range<usize>) -> Option<usize> {
        let end = positions.partition_point(|&k| k < range.end);
        positions[..end]
            .last()
            .copied()
            .filter(|&k| k >= range.start)
    }

    /// Tokens `a` and `b` sit in one clause.
    pub fn same_clause(&self, a: usize, b: usize) -> bool {
        let (from, to) = (a.min(b), a.max(b));
        Self::last_in(&self.boundaries, from + 1..to).is_none()
    }

    fn is_boundary(&self, k: usize) -> bool {
        let token = &self.tokens[k];
        token.is_symbol(",;:\u{2014}\u{2013}")
            || (token.is_symbol("-") && !token.glued)
            || is_clause_joiner(&self.lower[k])
    }

    fn clause_around(&self, claim: &Range<usize>) -> Range<usize> {
        let start = Self::last_in(&self.boundaries, 0..claim.start).map_or(0, |k| k + 1);
        let after = self.boundaries.partition_point(|&k| k < claim.end);
        let end = self
            .boundaries
            .get(after)
            .copied()
            .unwrap_or(self.tokens.len());
        start..end
    }

    /// When `clause` ends at the comma of a non-restrictive relative clause (", which did not
    /// explode,", ", who were arrested last week,"), the rest of the clause after its closing
    /// comma, up to the next boundary. None when the aside runs to the end of the sentence.
    fn after_relative_aside(&self, clause: &Range<usize>) -> Option<Range<usize>> {
        let comma = clause.end;
        let relative = self.tokens.get(comma).is_some_and(|t| t.is_symbol(","))
            && self
                .lower
                .get(comma + 1)
                .is_some_and(|w| matches!(w.as_ref(), "which" | "who"));
        if !relative {
            return None;
        }
        let after = self.boundaries.partition_point(|&k| k <= comma);
        let close = *self.boundaries.get(after)?;
        if !self.tokens[close].is_symbol(",") {
            return None;
        }
        let end = self
            .boundaries
            .get(after + 1)
            .copied()
            .unwrap_or(self.tokens.len());
        Some(close + 1..end)
    }

    /// The part of `clause` that is the claim's own happening: after the last subordinator
    /// before the claim, up to the first cut word after it.
    fn narrow_clause(&self, clause: &Range<usize>, claim: &Range<usize>) -> Range<usize> {
        let start = Self::last_in(&self.cuts_before, clause.start..claim.start)
            .map_or(clause.start, |k| k + 1);
        let after = self.cuts_after.partition_point(|&k| k < claim.end);
        let end = self
            .cuts_after
            .get(after)
            .copied()
            .filter(|&k| k < clause.end)
            .unwrap_or(clause.end);
        start..end
    }

    /// The clause nearest `clause` that names an event: the one before it first ("65,000 people
    /// had attended the rally but unofficial estimates were as low as 10,000"), else the one
    /// after it.
    fn nearest_clause(&self, clause: &Range<usize>) -> Option<Range<usize>> {
        let events_at = self.events_at.positions();
        let split = events_at.partition_point(|(k, _)| *k < clause.start);
        let before = split.checked_sub(1).map(|i| events_at[i].0);
        let after = events_at[split..]
            .iter()
            .map(|(k, _)| *k)
            .find(|&k| k >= clause.end);
        before.or(after).map(|k| self.clause_around(&(k..k + 1)))
    }

    fn events_in(&self, range: Range<usize>, claim: &Range<usize>) -> Events {
        self.events_at.events_in(range, claim)
    }

    /// The side word nearest the claim within `range` (the earlier one on a tie).
    fn side_near(&self, range: Range<usize>, claim: &Range<usize>) -> Option<Side> {
        let split = self.sides.partition_point(|(k, _)| *k < claim.start);
        let before = self.sides[..split]
            .iter()
            .rev()
            .find(|(k, _)| !claim.contains(k))
            .filter(|(k, _)| *k >= range.start);
        let after = self.sides[split..]
            .iter()
            .find(|(k, _)| !claim.contains(k))
            .filter(|(k, _)| *k < range.end);
        match (before, after) {
            (Some(b), Some(a)) => Some(if a.0 - claim.start < claim.start - b.0 {
                a.1
            } else {
                b.1
            }),
            (Some(b), None) => Some(b.1),
            (None, Some(a)) => Some(a.1),
            (None, None) => None,
        }
    }

    fn side_at(&self, k: usize) -> Option<Side> {
        let word = &*self.lower[k];
        let hyphen_next = self
            .tokens
            .get(k + 1)
            .is_some_and(|t| t.is_symbol("-") && t.glued);
        let after_hyphen = self.tokens.get(k + 2).filter(|_| hyphen_next);
        if word == "anti" && after_hyphen.is_some() {
            return Some(Side::Opposition);
        }
        if word == "pro"
            && let Some(next) = after_hyphen
        {
            let target = next.lower();
            return if is_pro_opposition_target(&target) {
                Some(Side::Opposition)
            } else if is_pro_government_target(&target)
                || (next.text.starts_with(char::is_uppercase) && !is_pro_neutral_target(&target))
            {
                Some(Side::Government)
            } else {
                None
            };
        }
        if k > 0 && self.tokens[k - 1].is_symbol("-") && self.tokens[k].glued {
            return None; // the second half of a hyphenated word was handled with its first
        }
        if is_government_side(word) {
            Some(Side::Government)
        } else if is_opposition_side(word) {
            Some(Side::Opposition)
        } else {
            None
        }
    }

    fn text_of(&self, range: Range<usize>) -> String {
        self.sentence[self.tokens[range.start].start..self.tokens[range.end - 1].end].to_string()
    }
}

#[cfg(test)]
mod tests;
