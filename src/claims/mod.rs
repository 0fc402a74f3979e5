//! Claims: turns each sentence of a [`Document`] into typed claims with byte spans: numbers
//! (`numbers`), dates (`dates`), times of day (`times`), and scores, records and game clocks
//! (`scores`), each with what it counts and the context a comparison
//! needs (`context`: event words, the side of a rally, who gives the figure, whether it is
//! inside a quote).
//!
//! A number is handed on as an interval with an exactness, never as a bare float: "more than
//! 100,000" is `[100000, open)`, "between 100,000 and 220,000" is `[100000, 220000]`, "some 6,700"
//! is about 6,700. That is what lets [`crate::compare`] tell a conflict from a difference of
//! wording.

pub(crate) mod attribution;
mod canonical;
pub(crate) mod context;
pub(crate) mod dates;
pub(crate) mod events;
pub(crate) mod measure;
pub(crate) mod numbers;
mod pieces;
pub(crate) mod quotes;
pub(crate) mod scores;
pub(crate) mod spans;
pub use spans::QuotedSpans;
pub(crate) mod speakers;
pub(crate) mod stamps;
pub use canonical::{Canonical, format_number};
pub use stamps::stamp_date;
pub(crate) mod times;
pub(crate) mod tokens;
mod years;
use years::{date_figures_to_other_years, last_years};

use serde::{Deserialize, Serialize};

pub use crate::lexicon::EventClass;
use crate::segment::Document;
pub use context::{
    Context, DateBound, FigureKind, Holder, Marks, Side, TallySpan, is_capacity, scopes_fit,
    tally_spans_fit,
};
pub use dates::{ArticleDate, DateValue, Weekday, parse_article_date};
pub use events::Events;
pub use measure::{Dimension, Measure};
pub use quotes::{Quote, QuoteWords, Speaker, SpeakerKind};
pub use scores::Score;
pub use times::{TimeOfDay, TimeRelation, TimeZone};

/// Figure, date, time of day or quote; its word ("number", "date", "time", "quote") is the one JSON, CSV and
/// baselines use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    Number,
    Date,
    Quote,
    /// A time of day ("06:00 BST", "just after 6am"): never a count.
    Time,
    /// A tally of two or three figures: a score ("20-13"), a record ("(10-5)"), a vote ("3-2").
    Score,
}

impl ClaimKind {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// How a figure is stated; decides how it is compared (see docs/claims.md). Its word is
/// snake case: "lower_bound".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Exactness {
    /// "6,712", "80.1%": the value itself (a round figure such as 6,700 may be rounded).
    Exact,
    /// "some 6,700", "nearly 7,000", "about a third": within a tolerance of the value.
    Approximate,
    /// "more than 100,000", "at least 31": the value or more.
    LowerBound,
    /// "up to 40", "fewer than 500": the value or less.
    UpperBound,
    /// "between 100,000 and 220,000", "hundreds": anywhere in the interval.
    Range,
}

impl Exactness {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// The direction of a change: "rose 2%" is up, "fell 2%" is down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Direction {
    Up,
    Down,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// What kind of quantity a number is, which decides what it can be compared with.
///
/// Two bytes: every figure of a long article carries one. Baselines name it (`"count"`,
/// `{"money": "USD"}`, `{"measure": "kilometre"}`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// A count of something ("6,700 people", "31 workers", "112 points"), or a bare number.
    Count,
    /// "80.1%", "a third", "60 per cent".
    Percent,
    /// "0.3 percentage points".
    PercentagePoints,
    /// Money, with an ISO currency code where the text gives one ("$5m" is USD).
    Money(Option<Currency>),
    /// A person's age in years ("Kovalchuk, 55", "23 years old", "a 34-year-old").
    Age,
    /// An age in months, weeks or days ("a 5-month-old", "three weeks old"), in the unit
    /// written; an age in years is [`Unit::Age`].
    AgeIn(TimeUnit),
    /// A span of time ("nine days", "six years"), in the unit written.
    Duration(TimeUnit),
    /// A measured quantity ("45 km", "-40 °C", "1,200 MW"), in the unit written.
    Measure(Measure),
}

/// A currency, shown by its ISO 4217 code ("USD").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
#[derive(strum::IntoStaticStr, strum::Display, strum::EnumString, strum::EnumIter)]
#[strum(serialize_all = "UPPERCASE")]
pub enum Currency {
    Usd,
    Gbp,
    Eur,
    Jpy,
    Inr,
    Rub,
    Cny,
    Chf,
    Uah,
    Try,
    Aud,
    Cad,
    Hkd,
    Nzd,
    Sgd,
    // Issue 11: the other currencies news names by word, code or symbol (currency_words.txt).
    Krw,
    Brl,
    Mxn,
    Zar,
    Sek,
    Nok,
    Dkk,
    Pln,
    Ils,
    Sar,
    Aed,
    Ngn,
    Kes,
    Egp,
    Pkr,
    Idr,
    Ars,
    Clp,
    Cop,
    Php,
    Twd,
    Thb,
    Myr,
    Vnd,
    Huf,
    Czk,
    Ron,
    Qar,
    Kwd,
    Bdt,
    Lkr,
    Ghs,
    Lbp,
    Isk,
    Kzt,
    Crc,
    Gel,
    Lak,
    /// Bitcoin, which has no ISO 4217 code: `BTC` as markets write it.
    Btc,
}

impl Currency {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// The unit of a span of time, shown plural ("days").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[derive(strum::IntoStaticStr, strum::Display, strum::EnumString, strum::EnumIter)]
#[strum(serialize_all = "lowercase")]
pub enum TimeUnit {
    Seconds,
    Minutes,
    Hours,
    Days,
    Weeks,
    Months,
    Years,
    Decades,
    Centuries,
}

impl TimeUnit {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// A stated quantity: the interval it allows, how exactly, which way it moved, what unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// Lowest value the claim allows; `None` when open below ("fewer than 500").
    pub low: Option<f64>,
    /// Highest value the claim allows; `None` when open above ("more than 100,000").
    pub high: Option<f64>,
    pub exactness: Exactness,
    pub direction: Option<Direction>,
    pub unit: Unit,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Quantity(Quantity),
    Date(DateValue),
    Time(TimeOfDay),
    /// A score, a win-loss record or a vote tally, as written; what it tallies is the claim's
    /// counted noun ("score", "halftime score", "record", "vote").
    Score(Score),
    /// Boxed: quotes are few and large, figures many and small.
    Quote(Box<Quote>),
}

/// One claim of one article: where it is and what it says.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// Index of the sentence holding the claim.
    pub sentence: u32,
    /// Byte span of the claim's own words in the article text (32 bits: ingest refuses
    /// articles over 4 GiB, and a long article has tens of thousands of claims).
    pub start: u32,
    pub end: u32,
    pub value: Value,
    pub context: Context,
}

/// A byte offset or sentence index as a claim stores it. Ingest refuses articles over 4 GiB,
/// so it always fits.
fn offset(n: usize) -> u32 {
    u32::try_from(n).expect("articles are at most 4 GiB (ingest refuses larger ones)")
}

impl Claim {
    /// Figure, date or quote: read from the value, so a claim cannot say one and hold another.
    pub fn kind(&self) -> ClaimKind {
        match self.value {
            Value::Quantity(_) => ClaimKind::Number,
            Value::Date(_) => ClaimKind::Date,
            Value::Quote(_) => ClaimKind::Quote,
            Value::Time(_) => ClaimKind::Time,
            Value::Score(_) => ClaimKind::Score,
        }
    }

    pub fn text<'a>(&self, article_text: &'a str) -> &'a str {
        &article_text[self.span()]
    }

    /// Byte span of the claim's own words in the article text.
    pub fn span(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// Index of the sentence holding the claim, for indexing the document's sentences.
    pub fn sentence_index(&self) -> usize {
        self.sentence as usize
    }

    pub fn quantity(&self) -> Option<&Quantity> {
        match &self.value {
            Value::Quantity(quantity) => Some(quantity),
            _ => None,
        }
    }

    pub fn date(&self) -> Option<&DateValue> {
        match &self.value {
            Value::Date(date) => Some(date),
            _ => None,
        }
    }

    pub fn time(&self) -> Option<&TimeOfDay> {
        match &self.value {
            Value::Time(time) => Some(time),
            _ => None,
        }
    }

    pub fn score(&self) -> Option<&Score> {
        match &self.value {
            Value::Score(score) => Some(score),
            _ => None,
        }
    }

    /// Whose figure it is: a share's candidate, an age's person, a record's team, a distance's
    /// landmark ([`Context::holder`]). None for a count, whose holder is its [`Claim::scope`].
    pub fn whose(&self) -> Option<&str> {
        self.context.holder.as_deref().filter(|_| !self.is_count())
    }

    /// Where a count is counted ("in Aceh", "across Asia"), or that it is a capacity
    /// ([`is_capacity`]): a count's holder. None for any other claim.
    pub fn scope(&self) -> Option<&str> {
        self.context.holder.as_deref().filter(|_| self.is_count())
    }

    fn is_count(&self) -> bool {
        self.quantity().is_some_and(|q| q.unit == Unit::Count)
    }

    pub fn quote(&self) -> Option<&Quote> {
        match &self.value {
            Value::Quote(quote) => Some(quote),
            _ => None,
        }
    }

    /// The claim's words as a reader sees them: a quote's words without its quote marks (the
    /// parts of a quote running over paragraphs joined by a space), else its span.
    pub fn words(&self, article_text: &str) -> String {
        match &self.value {
            Value::Quote(quote) => quote.text(article_text),
            _ => self.text(article_text).to_string(),
        }
    }

    /// What the claim counts, in words: "people", "% of the vote", "years old", "USD".
    pub fn counted_words(&self) -> Option<String> {
        let noun = self.context.counted_noun.as_deref();
        if self.score().is_some() {
            return noun.map(str::to_string);
        }
        match self.quantity()?.unit {
            Unit::Count => noun.map(str::to_string),
            Unit::Percent => Some(match noun {
                Some(noun) => format!("% of the {noun}"),
                None => "%".to_string(),
            }),
            Unit::PercentagePoints => Some("percentage points".to_string()),
            Unit::Money(currency) => Some(currency.map_or("money", Currency::as_str).to_string()),
            Unit::Age => Some("years old".to_string()),
            Unit::AgeIn(unit) => Some(format!("{unit} old")),
            Unit::Duration(unit) => Some(unit.to_string()),
            Unit::Measure(measure) => Some(match noun {
                Some(noun) => format!("{} ({noun})", measure.symbol()),
                None => measure.symbol().to_string(),
            }),
        }
    }
}

/// Every number, date and quote claim of a document, in text order.
///
/// # Panics
///
/// On a document of 4 GiB or more: claims keep 32-bit spans, and ingest refuses such articles
/// with an error, so only a document built by hand can reach this.
pub fn extract(document: &Document, article_date: Option<ArticleDate>) -> Vec<Claim> {
    let text = &document.article.text;
    let mut claims: Vec<Claim> = document
        .sentences
        .iter()
        .enumerate()
        .flat_map(|(index, sentence)| {
            // A sentence of megabytes is read in pieces (pieces.rs); any other whole.
            let body = sentence.text(text);
            pieces::read_pieces(body)
                .into_iter()
                .flat_map(move |piece| {
                    let mut claims = extract_sentence(&body[piece.clone()], article_date);
                    // A page's time stamp ("Updated: November 11, 2011 20:09 IST") is no story.
                    if stamps::is_stamp(body, &claims) {
                        claims.clear();
                    }
                    let start = offset(sentence.span().start + piece.start);
                    claims.into_iter().map(move |mut claim| {
                        claim.sentence = offset(index);
                        claim.start += start;
                        claim.end += start;
                        claim
                    })
                })
        })
        .collect();
    let people = speakers::People::scan(text, &document.sentences);
    claims.extend(
        quotes::extract(document, &people)
            .into_iter()
            .map(|quote| Claim {
                sentence: offset(quote.sentence),
                start: offset(quote.start()),
                end: offset(quote.end()),
                context: Context {
                    quoted: true,
                    ..Context::default()
                },
                value: Value::Quote(Box::new(quote)),
            }),
    );
    // No two claims share a span and a kind, so an in-place sort (no scratch copy of a long
    // article's claims) gives the one order.
    claims.sort_unstable_by_key(|claim| (claim.start, claim.end, claim.kind()));
    // Claims are kept for the whole comparison: give back the growth slack.
    claims.shrink_to_fit();
    claims
}

/// The claims of one sentence, with spans relative to the sentence and `sentence` set to 0.
pub fn extract_sentence(sentence: &str, article_date: Option<ArticleDate>) -> Vec<Claim> {
    let tokens = tokens::tokenize(sentence);
    let mut found_dates = dates::find(&tokens, article_date);
    let mut taken = vec![false; tokens.len()];
    // Web addresses, markup and page furniture hold no figure and no date.
    numbers::mark_markup(&tokens, &mut taken);
    // Tallies and game clocks first: "20-13" is no range and no date, "(2-13)" a record, and
    // "4:08 to go" time left, never a time of day.
    let found_scores = scores::find(&tokens, &taken);
    for score in &found_scores {
        taken[score.tokens.clone()].fill(true);
    }
    let clocks = scores::game_clocks(&tokens, &taken);
    for clock in &clocks {
        taken[clock.tokens.clone()].fill(true);
    }
    // A time of day before dates and figures: "2000 GMT" is 20:00, not the year 2000, and
    // "6am" never a count of 6.
    let found_times = times::find(&tokens, &taken);
    for time in &found_times {
        taken[time.tokens.clone()].fill(true);
    }
    found_dates.retain(|date| !taken[date.tokens.clone()].contains(&true));
    for date in &found_dates {
        taken[date.tokens.clone()].fill(true);
    }
    let mut found_numbers = numbers::find(&tokens, &mut taken);
    found_numbers.extend(clocks);
    let frame = context::SentenceFrame::new(sentence, &tokens);
    // Only a year the text writes dates a figure to another event: one the article date filled
    // in ("on 30 June", read as this year's June) says nothing about which event it counts.
    // Nor does a year a figure runs to or from ("save $40 billion through 2012", "risen 40%
    // since 2010"): the figure is this story's, over a span.
    // Nor a founding year ("founded in 2007", "built in 1920", "set up in 2001"): it dates the
    // founding, not the figures beside it.
    let span_end = |start: usize| {
        let before = |back: usize| start.checked_sub(back).map(|k| tokens[k].lower_cow());
        let founding = |word: Option<std::borrow::Cow<str>>| {
            word.is_some_and(|w| crate::lexicon::is_founding_word(&w))
        };
        before(1).is_some_and(|w| crate::lexicon::is_year_span_end(&w))
            || founding(before(1))
            || (before(1).as_deref() == Some("in")
                && (founding(before(2))
                    || (before(2).as_deref() == Some("up") && founding(before(3)))))
    };
    let mut written_years: Vec<(usize, i32)> = found_dates
        .iter()
        .filter(|date| date.year_written && !span_end(date.tokens.start))
        .filter_map(|date| Some((date.tokens.start, date.value.as_ref()?.year?)))
        .collect();
    // "In April last year an 8.6-magnitude quake struck": the year before the article's, as
    // if written, where the article's date is known.
    if let Some(article) = article_date {
        written_years.extend(
            last_years(&tokens)
                .filter(|&k| !span_end(k))
                .map(|k| (k, i32::from(article.year()) - 1)),
        );
        written_years.sort_unstable();
    }
    let mut claims: Vec<Claim> = found_dates
        .into_iter()
        .filter_map(|date| {
            let value = date.value?;
            Some(Claim {
                sentence: 0,
                start: offset(tokens[date.tokens.start].start),
                end: offset(tokens[date.tokens.end - 1].end),
                value: Value::Date(value),
                context: frame.context_for(date.tokens.clone(), None, FigureKind::Date),
            })
        })
        .chain(found_times.into_iter().map(|time| Claim {
            sentence: 0,
            start: offset(tokens[time.tokens.start].start),
            end: offset(tokens[time.tokens.end - 1].end),
            value: Value::Time(time.value),
            // A time is read as a date is: its events and source, no counted noun, no side.
            context: frame.context_for(time.tokens.clone(), None, FigureKind::Date),
        }))
        .chain(found_scores.into_iter().map(|score| Claim {
            sentence: 0,
            start: offset(tokens[score.tokens.start].start),
            end: offset(tokens[score.tokens.end - 1].end),
            value: Value::Score(score.value),
            // What it tallies is its counted noun: a record pairs with a record, a halftime
            // score with a halftime score. No side; a record's team is its holder.
            context: frame.context_for(
                score.tokens.clone(),
                Some(score.tallied.noun().to_string()),
                if score.tallied == scores::Tallied::Record {
                    FigureKind::Record
                } else {
                    FigureKind::Other
                },
            ),
        }))
        .chain(found_numbers.into_iter().map(|number| Claim {
            sentence: 0,
            start: offset(tokens[number.tokens.start].start),
            end: offset(tokens[number.tokens.end - 1].end),
            context: frame.context_for(
                number.tokens.clone(),
                number.noun,
                match number.quantity.unit {
                    Unit::Count => FigureKind::Count,
                    Unit::Percent | Unit::PercentagePoints => FigureKind::Share,
                    Unit::Age => FigureKind::Age,
                    Unit::Duration(_) => FigureKind::Duration,
                    Unit::Measure(measure) if measure.dimension() == Dimension::Length => {
                        FigureKind::Distance
                    }
                    _ => FigureKind::Other,
                },
            ),
            value: Value::Quantity(number.quantity),
        }))
        .collect();
    claims.sort_by_key(|claim| (claim.start, claim.end));
    date_figures_to_other_years(&mut claims, &frame, &tokens, &written_years, article_date);
    claims
}

#[cfg(test)]
mod reading_tests;
#[cfg(test)]
mod tests;
