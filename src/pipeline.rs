//! Pipeline: the stages wired together for one set of articles. Takes inputs (files or standard
//! input) and options; hands on the pipeline's results ([`AlignReport`], [`ClaimsReport`],
//! [`CompareReport`]) with the warnings reading gave. It is the one home of "how a comparison is
//! made", so the `compare` command, `check` (a set at a time) and embedding programs all run the
//! same stages in the same order, and `report` only ever renders what this hands on.

use rayon::prelude::*;

use crate::align::{self, AlignOptions, AlignedPairs, SentenceScorer};
use crate::claims::{self, ArticleDate, Claim};
use crate::compare::{self, Comparison, SourceOrder};
use crate::error::{Error, Result};
use crate::ingest::{self, DateSource, Input, Published, Warning};
use crate::segment::Document;

/// What `claimdiff align` found: the articles, their sentences and the aligned pairs.
#[derive(Debug, Clone)]
pub struct AlignReport {
    pub documents: Vec<Document>,
    /// Held when matched one-to-one; with `--all-pairs`, found as they are read.
    pub pairs: AlignedPairs,
    pub options: AlignOptions,
}

/// What `claimdiff claims` found in one article.
#[derive(Debug, Clone)]
pub struct ClaimsReport {
    pub document: Document,
    pub claims: Vec<Claim>,
}

/// What `claimdiff compare` found: the alignment, each article's claims, and the comparisons.
#[derive(Debug, Clone)]
pub struct CompareReport {
    pub alignment: AlignReport,
    /// `claims[source]`: the claims of `alignment.documents[source]`.
    pub claims: Vec<Vec<Claim>>,
    pub comparisons: Vec<Comparison>,
}

/// Reads and segments every input, naming outlets by `names` or by their file names.
pub fn load_documents(
    inputs: &[Input],
    names: Option<&[String]>,
) -> Result<(Vec<Document>, Vec<Warning>)> {
    let loaded = ingest::load_all(inputs, names)?;
    let documents = loaded.articles.into_iter().map(Document::new).collect();
    Ok((documents, loaded.warnings))
}

/// The dates given by hand (`--date`): one for every article, and one for each article named by
/// its outlet (`--date bbc=2020-08-17`), which wins for that article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleDates {
    /// For every article of the run (`--date 2020-08-17`).
    pub all: Option<ArticleDate>,
    /// For the articles of one outlet name (in `check`, that outlet in every set).
    pub by_outlet: Vec<(String, ArticleDate)>,
}

impl From<Option<ArticleDate>> for ArticleDates {
    fn from(all: Option<ArticleDate>) -> ArticleDates {
        ArticleDates {
            all,
            by_outlet: Vec::new(),
        }
    }
}

impl ArticleDates {
    /// The date given for the article of `outlet`: its own, else the one for every article.
    pub fn for_outlet(&self, outlet: &str) -> Option<ArticleDate> {
        self.by_outlet
            .iter()
            .find(|(name, _)| name == outlet)
            .map(|(_, date)| *date)
            .or(self.all)
    }

    /// Refuses a name that is no article's `outlets`.
    pub fn check_names<'a>(&self, outlets: impl Iterator<Item = &'a str> + Clone) -> Result<()> {
        for (name, _) in &self.by_outlet {
            if !outlets.clone().any(|outlet| outlet == name) {
                let mut known: Vec<&str> = outlets.collect();
                known.sort_unstable();
                return Err(Error::UnknownDateName {
                    name: name.clone(),
                    outlets: known.join(", "),
                });
            }
        }
        Ok(())
    }
}

/// The day an article's dates are read against: `--date` when given (for this article by its
/// outlet's name, else for every article of the run; recorded as the article's date so reports
/// show it), else the article's own date: its metadata, a time stamp near the top of its text,
/// or its folder's name, in that order.
pub fn date_of(document: &mut Document, given: Option<ArticleDate>) -> Option<ArticleDate> {
    let stated = |source: DateSource| {
        document
            .article
            .published
            .is_some_and(|published| published.source == source)
    };
    if let Some(date) = given {
        document.article.published = Some(Published {
            date,
            source: DateSource::Given,
        });
    } else if (document.article.published.is_none() || stated(DateSource::FolderName))
        && let Some(date) = claims::stamp_date(document)
    {
        document.article.published = Some(Published {
            date,
            source: DateSource::Stamp,
        });
    }
    document.article.published.map(|published| published.date)
}

/// Refuses fewer than two inputs before any is read: `command` names the command for the error.
/// A JSON Lines file (or standard input, which may be one) holds many articles, so with one the
/// count waits for the articles read ([`require_two_read`]).
pub(crate) fn require_two(inputs: &[Input], command: &'static str) -> Result<()> {
    let many = inputs.iter().any(|input| match input {
        Input::Path(path) => path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("jsonl") || e.eq_ignore_ascii_case("ndjson")),
        // Standard input may be JSON Lines too; it is only known once read.
        Input::Stdin => true,
    });
    if many {
        return Ok(());
    }
    require_two_read(inputs, inputs.len(), command)
}

/// Refuses fewer than two articles once read.
fn require_two_read(inputs: &[Input], articles: usize, command: &'static str) -> Result<()> {
    if articles < 2 {
        return Err(Error::TooFewSources {
            command,
            given: inputs
                .iter()
                .map(|input| input.display_path().display().to_string())
                .collect::<Vec<_>>()
                .join(", "),
        });
    }
    Ok(())
}

/// Reads, segments and aligns two or more articles.
pub fn align_articles(
    inputs: &[Input],
    names: Option<&[String]>,
    options: &AlignOptions,
) -> Result<(AlignReport, Vec<Warning>)> {
    require_two(inputs, "align")?;
    let (documents, warnings) = load_documents(inputs, names)?;
    require_two_read(inputs, documents.len(), "align")?;
    let pairs = align::aligned_pairs(&documents, options);
    let report = AlignReport {
        documents,
        pairs,
        options: *options,
    };
    Ok((report, warnings))
}

/// Reads, segments and extracts the claims of one article.
pub fn extract_claims(
    input: &Input,
    name: Option<&str>,
    dates: &ArticleDates,
) -> Result<(ClaimsReport, Vec<Warning>)> {
    let names = name.map(|name| vec![name.to_string()]);
    let (mut documents, warnings) = load_documents(std::slice::from_ref(input), names.as_deref())?;
    if documents.len() != 1 {
        return Err(Error::OneArticleOnly {
            path: input.display_path(),
            count: documents.len(),
        });
    }
    let mut document = documents.remove(0);
    dates.check_names(std::iter::once(document.article.outlet.as_str()))?;
    let given = dates.for_outlet(&document.article.outlet);
    let date = date_of(&mut document, given);
    let claims = claims::extract(&document, date);
    Ok((ClaimsReport { document, claims }, warnings))
}

/// Reads, segments, aligns, extracts and compares: the whole pipeline for one set of articles.
pub fn compare_articles(
    inputs: &[Input],
    names: Option<&[String]>,
    options: &AlignOptions,
    dates: &ArticleDates,
) -> Result<(CompareReport, Vec<Warning>)> {
    let (documents, warnings) = load_compared(inputs, names)?;
    dates.check_names(documents.iter().map(|d| d.article.outlet.as_str()))?;
    Ok((compare_documents(documents, options, dates), warnings))
}

/// Reads two or more articles to compare.
fn load_compared(
    inputs: &[Input],
    names: Option<&[String]>,
) -> Result<(Vec<Document>, Vec<Warning>)> {
    require_two(inputs, "compare")?;
    let (documents, warnings) = load_documents(inputs, names)?;
    require_two_read(inputs, documents.len(), "compare")?;
    Ok((documents, warnings))
}

/// [`compare_articles`] for one set of `check`: a name in `dates` that is none of this set's
/// articles is no error, as one `--date NAME=` speaks to many sets.
pub(crate) fn compare_set(
    inputs: &[Input],
    options: &AlignOptions,
    dates: &ArticleDates,
) -> Result<(CompareReport, Vec<Warning>)> {
    let (documents, warnings) = load_compared(inputs, None)?;
    Ok((compare_documents(documents, options, dates), warnings))
}

/// Segments, aligns, extracts and compares articles already read (a JSON Lines set), named as
/// they are. A name in `dates` that is none of theirs is not an error here: `check` gives one
/// `--date NAME=` to many sets.
pub fn compare_loaded(
    articles: Vec<ingest::Article>,
    options: &AlignOptions,
    dates: &ArticleDates,
) -> CompareReport {
    compare_documents(
        articles.into_iter().map(Document::new).collect(),
        options,
        dates,
    )
}

/// The stages of `compare` on articles already read. They run on the articles in an order of
/// their content ([`SourceOrder`]), not the order given, so that the findings are a function of
/// the set of articles (issue 16 item 12); what they find is then put back in the order given,
/// which is the order of the report's columns.
fn compare_documents(
    mut documents: Vec<Document>,
    options: &AlignOptions,
    given: &ArticleDates,
) -> CompareReport {
    // Each article's date is its own (by its outlet's name), read before the order is taken:
    // the date is part of the order's key.
    let dates: Vec<_> = documents
        .iter_mut()
        .map(|document| {
            let date = given.for_outlet(&document.article.outlet);
            date_of(document, date)
        })
        .collect();
    let order = SourceOrder::of(&documents);
    let documents = order.to_content(documents);
    let dates = order.to_content(dates);
    // The work is split so the second core is never idle for long (issue 14: two 10,000-sentence
    // articles took 1.1 s wall for 1.3 s of CPU). First each article's claims (one a thread)
    // beside the alignment's word tables; then one-to-one alignment, whose matching is one
    // thread's work, beside the linking of claims across outlets, which reads only the tables.
    let (claims, scorer) = rayon::join(
        || -> Vec<_> {
            documents
                .par_iter()
                .zip(&dates)
                .map(|(document, date)| claims::extract(document, *date))
                .collect()
        },
        || SentenceScorer::new(&documents),
    );
    let (pairs, linked) = rayon::join(
        || align::align_held(&scorer, &documents, options),
        || compare::link(&documents, &claims, &scorer),
    );
    // Judged once alignment is done and its tables are gone: the groups and rows built there
    // are the peak of a long comparison's memory, and alignment's would add to it.
    drop(scorer);
    let comparisons = compare::judge_links(&claims, linked, &order);
    CompareReport {
        alignment: AlignReport {
            documents: order.to_given(documents),
            pairs: AlignedPairs::Held(pairs.renumbered(order.given())),
            options: *options,
        },
        claims: order.to_given(claims),
        comparisons: order.comparisons_to_given(comparisons),
    }
}
