//! JSON: the machine-readable contract documented in docs/json.md.
//!
//! The shapes here are the contract, so they are spelt out as their own structs rather than
//! derived from the pipeline's types: renaming a field inside the library can never change the
//! output by accident. Field names are fixed; later versions only add fields.

use std::io::Write;

use serde::Serialize;

use super::{AlignReport, ClaimsReport, CompareReport, why};
use crate::align::Matching;
use crate::claims::{
    Claim, ClaimKind, Currency, Quote, QuoteWords, QuotedSpans, SpeakerKind, Unit, Value,
};
use crate::compare::Comparison;
use crate::segment::Document;

/// Bumped when a field changes meaning or disappears; adding fields does not bump it.
pub const VERSION: u32 = 1;

/// A sequence serialised as it is produced and never collected, so a long article's report is
/// written without holding all its elements in memory.
struct LazySeq<'a, T>(Box<dyn Fn() -> Box<dyn Iterator<Item = T> + 'a> + 'a>);

impl<T: Serialize> Serialize for LazySeq<'_, T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq((self.0)())
    }
}

fn lazy<'a, T, I>(make: impl Fn() -> I + 'a) -> LazySeq<'a, T>
where
    I: Iterator<Item = T> + 'a,
{
    LazySeq(Box::new(move || Box::new(make())))
}

#[derive(Serialize)]
struct SentencesOutput<'a> {
    version: u32,
    sources: LazySeq<'a, Source<'a>>,
}

#[derive(Serialize)]
struct AlignOutput<'a> {
    version: u32,
    settings: Settings,
    sources: LazySeq<'a, Source<'a>>,
    alignment: LazySeq<'a, Pair<'a>>,
}

#[derive(Serialize)]
struct Settings {
    threshold: f64,
    matching: &'static str,
}

#[derive(Serialize)]
struct Source<'a> {
    name: &'a str,
    path: String,
    published: Option<PublishedOut>,
    skipped: Vec<SkippedOut<'a>>,
    sentences: LazySeq<'a, SentenceOut<'a>>,
}

#[derive(Serialize)]
struct SentenceOut<'a> {
    index: usize,
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct Pair<'a> {
    left: SentenceRefOut<'a>,
    right: SentenceRefOut<'a>,
    score: f64,
}

#[derive(Serialize)]
struct SentenceRefOut<'a> {
    source: &'a str,
    sentence: usize,
}

/// An article's date and where it was read (`"folder_name"`), or nothing.
#[derive(Serialize)]
struct PublishedOut {
    date: String,
    from: &'static str,
}

fn published(document: &Document) -> Option<PublishedOut> {
    document.article.published.map(|published| PublishedOut {
        date: published.date.to_string(),
        from: published.source.into(),
    })
}

/// A piece of the text set aside as no part of the story, with why (`"page_furniture"`).
#[derive(Serialize)]
struct SkippedOut<'a> {
    start: usize,
    end: usize,
    reason: &'static str,
    text: &'a str,
}

fn skipped(document: &Document) -> Vec<SkippedOut<'_>> {
    document
        .skipped
        .iter()
        .map(|skipped| SkippedOut {
            start: skipped.span.start,
            end: skipped.span.end,
            reason: skipped.reason.into(),
            text: &document.article.text[skipped.span.clone()],
        })
        .collect()
}

fn source(document: &Document) -> Source<'_> {
    Source {
        name: &document.article.outlet,
        path: document.article.path.display().to_string(),
        published: published(document),
        skipped: skipped(document),
        sentences: lazy(move || {
            document
                .sentences
                .iter()
                .enumerate()
                .map(|(index, s)| SentenceOut {
                    index,
                    start: s.span().start,
                    end: s.span().end,
                    text: s.text(&document.article.text),
                })
        }),
    }
}

/// Scores are rounded to four decimals: enough to rank, and stable across platforms.
fn rounded(score: f32) -> f64 {
    (f64::from(score) * 10_000.0).round() / 10_000.0
}

/// Writes pretty-printed JSON and a final newline straight to `writer`: a long article's report
/// is never held in memory as text.
fn write(writer: &mut dyn Write, value: &impl Serialize) -> std::io::Result<()> {
    super::json_text::pretty(&mut *writer, value)?;
    writer.write_all(b"\n")
}

/// `claimdiff sentences --format json`.
pub fn write_sentences(writer: &mut dyn Write, documents: &[Document]) -> std::io::Result<()> {
    write(
        writer,
        &SentencesOutput {
            version: VERSION,
            sources: lazy(move || documents.iter().map(source)),
        },
    )
}

/// `claimdiff align --format json`.
pub fn write_alignment(writer: &mut dyn Write, report: &AlignReport) -> std::io::Result<()> {
    write(writer, &alignment_output(report))
}

fn alignment_output(report: &AlignReport) -> AlignOutput<'_> {
    let outlet = |index: usize| report.documents[index].article.outlet.as_str();
    AlignOutput {
        version: VERSION,
        settings: Settings {
            threshold: rounded(report.options.threshold),
            matching: match report.options.matching {
                Matching::OneToOne => "one-to-one",
                Matching::All => "all",
            },
        },
        sources: lazy(move || report.documents.iter().map(source)),
        alignment: lazy(move || {
            report.pairs.iter().map(move |pair| Pair {
                left: SentenceRefOut {
                    source: outlet(pair.left.source),
                    sentence: pair.left.sentence,
                },
                right: SentenceRefOut {
                    source: outlet(pair.right.source),
                    sentence: pair.right.sentence,
                },
                score: rounded(pair.score),
            })
        }),
    }
}

/// The fields every claim starts with: what it is, where it is, its words (`Text` a slice of
/// the article, or a quote's parts joined).
#[derive(Serialize)]
struct ClaimAt<'a, Text> {
    kind: &'static str,
    source: &'a str,
    sentence: u32,
    start: u32,
    end: u32,
    text: Text,
}

impl<'a, Text> ClaimAt<'a, Text> {
    fn new(document: &'a Document, claim: &Claim, text: Text) -> Self {
        ClaimAt {
            kind: claim.kind().as_str(),
            source: &document.article.outlet,
            sentence: claim.sentence,
            start: claim.start,
            end: claim.end,
            text,
        }
    }
}

#[derive(Serialize)]
struct ClaimOut<'a> {
    #[serde(flatten)]
    at: ClaimAt<'a, &'a str>,
    value: ValueOut,
    counts: Option<String>,
    attributed_to: Option<&'a str>,
    quoted: bool,
    events: &'a crate::claims::events::Events,
    side: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum ValueOut {
    Quantity {
        low: Option<f64>,
        high: Option<f64>,
        exactness: &'static str,
        direction: Option<&'static str>,
        unit: &'static str,
        #[serde(skip_serializing_if = "Option::is_none")]
        currency: Option<&'static str>,
        /// The unit of a measure (`kilometre`) and what it measures (`length`).
        #[serde(skip_serializing_if = "Option::is_none")]
        measure: Option<&'static str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        dimension: Option<&'static str>,
    },
    Date {
        date: String,
        /// The weekday the text names ("friday"), alone or resolved by `--date`.
        #[serde(skip_serializing_if = "Option::is_none")]
        weekday: Option<String>,
    },
    /// A time of day: `"06:00"` on a 24-hour clock.
    Time {
        time: String,
        exactness: &'static str,
        /// The zone written after it (`"GMT"`, `"local"`), if any.
        zone: Option<&'static str>,
        /// "at 9:30" with no am/pm: 09:30 or 21:30.
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        am_pm_open: bool,
    },
    /// A score, a win-loss record or a vote tally as written: `"20-13"` and its figures
    /// `[20, 13]` (three for a record with ties); what it tallies is `counts`.
    Score { score: String, figures: Vec<u16> },
}

#[derive(Serialize)]
struct QuoteOut<'a> {
    #[serde(flatten)]
    at: ClaimAt<'a, WordsOut<'a>>,
    /// Byte spans of the quoted pieces: one, or one per paragraph a quote runs over, or the
    /// pieces either side of the attribution that interrupts it.
    parts: PartsOut<'a>,
    speaker: Option<&'a str>,
    speaker_kind: Option<&'static str>,
    /// Byte span of the words that attribute the quote (a name, a pronoun, an institution).
    speaker_start: Option<usize>,
    speaker_end: Option<usize>,
    fragment: bool,
    unclosed: bool,
}

#[derive(Serialize)]
#[serde(untagged)]
enum AnyClaimOut<'a> {
    Figure(ClaimOut<'a>),
    Quote(QuoteOut<'a>),
}

fn any_claim_out<'a>(document: &'a Document, claim: &'a Claim) -> AnyClaimOut<'a> {
    let value = match &claim.value {
        Value::Quote(quote) => return AnyClaimOut::Quote(quote_out(document, claim, quote)),
        Value::Date(date) => ValueOut::Date {
            date: date.to_string(),
            weekday: date.weekday.map(|w| w.as_str().to_ascii_lowercase()),
        },
        Value::Time(time) => ValueOut::Time {
            time: format!("{:02}:{:02}", time.minutes / 60, time.minutes % 60),
            exactness: time.exactness.as_str(),
            zone: time.zone.map(|zone| zone.as_str()),
            am_pm_open: time.half_day_open,
        },
        Value::Score(score) => ValueOut::Score {
            score: score.to_string(),
            figures: score.figures().collect(),
        },
        Value::Quantity(q) => ValueOut::Quantity {
            low: q.low,
            high: q.high,
            exactness: q.exactness.as_str(),
            direction: q.direction.map(|d| d.as_str()),
            unit: match q.unit {
                Unit::Count => "count",
                Unit::Percent => "percent",
                Unit::PercentagePoints => "percentage_points",
                Unit::Money(_) => "money",
                Unit::Age | Unit::AgeIn(_) => "age",
                Unit::Duration(_) => "duration",
                Unit::Measure(_) => "measure",
            },
            currency: match q.unit {
                Unit::Money(currency) => currency.map(Currency::as_str),
                _ => None,
            },
            measure: match q.unit {
                Unit::Measure(measure) => Some(measure.as_str()),
                _ => None,
            },
            dimension: match q.unit {
                Unit::Measure(measure) => Some(measure.dimension().as_str()),
                _ => None,
            },
        },
    };
    AnyClaimOut::Figure(ClaimOut {
        at: ClaimAt::new(document, claim, claim.text(&document.article.text)),
        value,
        counts: claim.counted_words(),
        attributed_to: claim.context.attributed_to.as_deref(),
        quoted: claim.context.quoted,
        events: &claim.context.events,
        side: claim.context.side.map(|s| s.as_str()),
    })
}

/// A quote's words, written into the JSON string from the article as they are serialized,
/// never copied first: a quotation of megabytes (issue 16) is written once, to the output.
struct WordsOut<'a>(QuoteWords<'a>);

impl Serialize for WordsOut<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

/// A quote's parts as `[start, end]` pairs, read from its runs as they are written.
struct PartsOut<'a>(&'a QuotedSpans);

impl Serialize for PartsOut<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(|part| [part.start, part.end]))
    }
}

fn quote_out<'a>(document: &'a Document, claim: &'a Claim, quote: &'a Quote) -> QuoteOut<'a> {
    let speaker = quote.speaker.as_ref();
    QuoteOut {
        at: ClaimAt::new(
            document,
            claim,
            WordsOut(quote.words(&document.article.text)),
        ),
        parts: PartsOut(&quote.parts),
        speaker: speaker.map(|s| s.name.as_str()),
        speaker_kind: speaker.map(|s| match s.kind {
            SpeakerKind::Person => "person",
            SpeakerKind::Institution => "institution",
        }),
        speaker_start: speaker.map(|s| s.span.start),
        speaker_end: speaker.map(|s| s.span.end),
        fragment: quote.fragment,
        unclosed: quote.unclosed,
    }
}

#[derive(Serialize)]
struct ClaimsOutput<'a> {
    version: u32,
    source: &'a str,
    path: String,
    published: Option<PublishedOut>,
    skipped: Vec<SkippedOut<'a>>,
    claims: Vec<AnyClaimOut<'a>>,
}

/// `claimdiff claims FILE --format json`.
pub fn write_claims(writer: &mut dyn Write, report: &ClaimsReport) -> std::io::Result<()> {
    write(
        writer,
        &ClaimsOutput {
            version: VERSION,
            source: &report.document.article.outlet,
            path: report.document.article.path.display().to_string(),
            published: published(&report.document),
            skipped: skipped(&report.document),
            claims: report
                .claims
                .iter()
                .map(|claim| any_claim_out(&report.document, claim))
                .collect(),
        },
    )
}

#[derive(Serialize)]
struct ComparisonOut<'a> {
    kind: &'static str,
    verdict: &'static str,
    subject: String,
    internal: bool,
    claims: Vec<AnyClaimOut<'a>>,
    /// With three or more outlets: the one that alone disagrees with the others, or null.
    outlier: Option<&'a str>,
    /// Why the verdict, as a word ("rounded", "converted"...; null for quotes and a claim of
    /// one outlet) and in a sentence (null when there is nothing to say).
    reason: Option<&'static str>,
    why: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    diff: Option<Vec<DiffOut<'a>>>,
    /// With three or more figures: the verdict of each pair (`claims` indexes the comparison's
    /// claims), which may be kinder than the comparison's, the worst of them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pairs: Option<Vec<PairOut>>,
}

#[derive(Serialize)]
struct PairOut {
    claims: [usize; 2],
    verdict: &'static str,
    reason: &'static str,
    why: Option<String>,
}

#[derive(Serialize)]
struct DiffOut<'a> {
    op: &'static str,
    text: &'a str,
}

/// Everything `align` writes, then the comparisons.
#[derive(Serialize)]
struct CompareOutput<'a> {
    #[serde(flatten)]
    aligned: AlignOutput<'a>,
    /// The counts of all comparisons (with `--brief` too), for dashboards.
    summary: SummaryOut,
    comparisons: LazySeq<'a, ComparisonOut<'a>>,
}

/// The counts of a comparison: per verdict of the claims made by two or more outlets, the
/// claims made by one outlet only per outlet, and the outlets contradicting themselves.
#[derive(Serialize)]
pub(crate) struct SummaryOut {
    in_common: usize,
    agree: usize,
    compatible: usize,
    diverge: usize,
    reworded: usize,
    speaker_conflict: usize,
    internal: usize,
    /// Per source, in the sources' order: its claims no other outlet makes.
    only_in: Vec<OnlyIn>,
}

#[derive(Serialize)]
struct OnlyIn {
    source: String,
    claims: usize,
}

impl SummaryOut {
    pub(crate) fn of(report: &CompareReport) -> SummaryOut {
        let s = super::Summary::of(report);
        SummaryOut {
            in_common: s.in_common,
            agree: s.agree,
            compatible: s.compatible,
            diverge: s.diverge,
            reworded: s.reworded,
            speaker_conflict: s.speaker_conflict,
            internal: s.internal,
            only_in: report
                .alignment
                .documents
                .iter()
                .zip(s.only)
                .map(|(document, claims)| OnlyIn {
                    source: document.article.outlet.clone(),
                    claims,
                })
                .collect(),
        }
    }
}

/// The sources and comparisons of a report as JSON fields, for `check`'s JSON Lines (no
/// sentences or alignment: a line per set stays small). With `brief`, claims made by one outlet
/// only are left out (they come last, so the other comparisons keep their indices).
pub(crate) fn comparison_fields(report: &CompareReport, brief: bool) -> serde_json::Value {
    let comparisons =
        serde_json::to_value(comparisons_out(report, brief)).expect("reports serialise");
    let sources: Vec<serde_json::Value> = report
        .alignment
        .documents
        .iter()
        .map(|d| serde_json::json!({ "name": d.article.outlet, "path": d.article.path.display().to_string() }))
        .collect();
    serde_json::json!({ "sources": sources, "comparisons": comparisons })
}

/// `claimdiff compare --format json`: the alignment contract plus `comparisons`.
/// With `brief`, claims made by one outlet only are left out of `comparisons` (the summary
/// still counts them).
pub fn write_comparison(
    writer: &mut dyn Write,
    report: &CompareReport,
    brief: bool,
) -> std::io::Result<()> {
    write(writer, &compare_output(report, brief))
}

fn compare_output(report: &CompareReport, brief: bool) -> CompareOutput<'_> {
    CompareOutput {
        aligned: alignment_output(&report.alignment),
        summary: SummaryOut::of(report),
        comparisons: comparisons_out(report, brief),
    }
}

fn comparisons_out(report: &CompareReport, brief: bool) -> LazySeq<'_, ComparisonOut<'_>> {
    lazy(move || {
        report
            .comparisons
            .iter()
            .filter(move |c| !(brief && c.verdict == crate::compare::Verdict::Unmatched))
            .map(move |c| comparison_out(report, c))
    })
}

fn comparison_out<'a>(report: &'a CompareReport, comparison: &'a Comparison) -> ComparisonOut<'a> {
    let documents = &report.alignment.documents;
    let deciding = comparison.deciding(&report.claims);
    ComparisonOut {
        kind: comparison.kind.as_str(),
        verdict: comparison.verdict.as_str(),
        subject: comparison.subject(&report.claims),
        internal: comparison.internal,
        outlier: comparison
            .outlier
            .map(|source| documents[source as usize].article.outlet.as_str()),
        claims: comparison
            .claims
            .iter()
            .map(|r| any_claim_out(&documents[r.source()], r.of(&report.claims)))
            .collect(),
        reason: deciding.map(|(_, _, judgement)| judgement.reason.as_str()),
        why: why::comparison_why(documents, &report.claims, comparison),
        pairs: (comparison.claims.len() > 2 && comparison.kind != ClaimKind::Quote).then(|| {
            comparison
                .judgements(&report.claims)
                .map(|(i, j, judgement)| PairOut {
                    claims: [i, j],
                    verdict: judgement.verdict.as_str(),
                    reason: judgement.reason.as_str(),
                    why: why::pair_why(
                        documents,
                        &report.claims,
                        comparison.claims[i],
                        comparison.claims[j],
                        judgement,
                    ),
                })
                .collect()
        }),
        diff: comparison.diff.as_ref().map(|diff| {
            diff.iter()
                .map(|piece| DiffOut {
                    op: piece.op.as_str(),
                    text: &piece.text,
                })
                .collect()
        }),
    }
}
