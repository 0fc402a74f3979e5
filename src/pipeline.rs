//! Pipeline: the stages wired together for one set of articles. Takes inputs (files or standard
//! input) and options; hands on the pipeline's results ([`AlignReport`], [`ClaimsReport`],
//! [`CompareReport`]) with the warnings reading gave. It is the one home of "how a comparison is
//! made", so the `compare` command, `check` (a set at a time) and embedding programs all run the
//! same stages in the same order, and `report` only ever renders what this hands on.

use rayon::prelude::*;

use crate::align::{self, AlignOptions, AlignedPair, SentenceScorer};
use crate::claims::{self, ArticleDate, Claim};
use crate::compare::{self, Comparison};
use crate::error::{Error, Result};
use crate::ingest::{self, DateSource, Input, Published, Warning};
use crate::segment::Document;

/// What `claimdiff align` found: the articles, their sentences and the aligned pairs.
#[derive(Debug, Clone)]
pub struct AlignReport {
    pub documents: Vec<Document>,
    pub pairs: Vec<AlignedPair>,
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

/// The day an article's dates are read against: `--date` when given (it speaks for every
/// article of the run, and is recorded as the article's date so reports show it), else the
/// article's own date: its metadata, a time stamp near the top of its text, or its folder's
/// name, in that order.
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
    let pairs = align::align(&documents, options);
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
    article_date: Option<ArticleDate>,
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
    let date = date_of(&mut document, article_date);
    let claims = claims::extract(&document, date);
    Ok((ClaimsReport { document, claims }, warnings))
}

/// Reads, segments, aligns, extracts and compares: the whole pipeline for one set of articles.
pub fn compare_articles(
    inputs: &[Input],
    names: Option<&[String]>,
    options: &AlignOptions,
    article_date: Option<ArticleDate>,
) -> Result<(CompareReport, Vec<Warning>)> {
    require_two(inputs, "compare")?;
    let (documents, warnings) = load_documents(inputs, names)?;
    require_two_read(inputs, documents.len(), "compare")?;
    Ok((
        compare_documents(documents, options, article_date),
        warnings,
    ))
}

/// Segments, aligns, extracts and compares articles already read (a JSON Lines set), named as
/// they are.
pub fn compare_loaded(
    articles: Vec<ingest::Article>,
    options: &AlignOptions,
    article_date: Option<ArticleDate>,
) -> CompareReport {
    compare_documents(
        articles.into_iter().map(Document::new).collect(),
        options,
        article_date,
    )
}

fn compare_documents(
    mut documents: Vec<Document>,
    options: &AlignOptions,
    article_date: Option<ArticleDate>,
) -> CompareReport {
    let dates: Vec<_> = documents
        .iter_mut()
        .map(|document| date_of(document, article_date))
        .collect();
    // One article per thread: each collects its claims straight into one vector. Claims come
    // before alignment so that the many small blocks alignment allocates on the worker threads
    // reuse the room extraction freed there (peak memory of a long pair: about 1 MB less).
    let claims: Vec<_> = documents
        .par_iter()
        .zip(&dates)
        .map(|(document, date)| claims::extract(document, *date))
        .collect();
    let scorer = SentenceScorer::new(&documents);
    let pairs = align::align_with(&scorer, &documents, options);
    let comparisons = compare::compare(&documents, &claims, scorer);
    CompareReport {
        alignment: AlignReport {
            documents,
            pairs,
            options: *options,
        },
        claims,
        comparisons,
    }
}
