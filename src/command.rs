//! Command: the library entry point behind each subcommand. Takes a validated [`Config`] (built
//! by the binary's `cli` module from the flags), runs the pipeline stages it needs, and hands
//! back the rendered output and any warnings, without printing anything itself.

use crate::align::{self, AlignOptions, SentenceScorer};
use crate::claims::{self, ArticleDate};
use crate::compare;
use crate::error::{Error, Result};
use crate::ingest::{self, Input, Warning};
use crate::report::{self, AlignReport, ClaimsReport, CompareReport, Format};
use crate::segment::Document;

/// What to run, with every flag already checked.
#[derive(Debug, Clone)]
pub enum Command {
    /// Show how articles were split into sentences.
    Sentences {
        inputs: Vec<Input>,
        names: Option<Vec<String>>,
    },
    /// Align the sentences of two or more articles.
    Align {
        inputs: Vec<Input>,
        names: Option<Vec<String>>,
        options: AlignOptions,
    },
    /// List the claims of one article.
    Claims {
        input: Input,
        name: Option<String>,
        article_date: Option<ArticleDate>,
    },
    /// Compare the claims of two or more articles.
    Compare {
        inputs: Vec<Input>,
        names: Option<Vec<String>>,
        options: AlignOptions,
        article_date: Option<ArticleDate>,
    },
}

#[derive(Debug, Clone)]
pub struct Config {
    pub command: Command,
    pub format: Format,
    /// Width the table is wrapped to, in terminal columns.
    pub width: u16,
    /// Colour the table (word diffs); the binary sets it only for a terminal without NO_COLOR.
    pub color: bool,
}

/// What a run produced: the text for standard output and warnings for standard error.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    pub output: String,
    pub warnings: Vec<Warning>,
}

pub fn run(config: &Config) -> Result<Outcome> {
    match &config.command {
        Command::Sentences { inputs, names } => {
            let (documents, warnings) = load(inputs, names.as_deref())?;
            let output = match config.format {
                Format::Table => report::table::sentences(&documents, config.width),
                Format::Json => report::json::sentences(&documents),
            };
            Ok(Outcome { output, warnings })
        }
        Command::Align {
            inputs,
            names,
            options,
        } => {
            require_two(inputs, "align")?;
            let (documents, warnings) = load(inputs, names.as_deref())?;
            let pairs = align::align(&documents, options);
            let report = AlignReport {
                documents,
                pairs,
                options: *options,
            };
            let output = match config.format {
                Format::Table => report::table::alignment(&report, config.width),
                Format::Json => report::json::alignment(&report),
            };
            Ok(Outcome { output, warnings })
        }
        Command::Claims {
            input,
            name,
            article_date,
        } => {
            let names = name.clone().map(|name| vec![name]);
            let (mut documents, warnings) = load(std::slice::from_ref(input), names.as_deref())?;
            let document = documents.remove(0);
            let claims = claims::extract(&document, *article_date);
            let report = ClaimsReport { document, claims };
            let output = match config.format {
                Format::Table => report::table::claims(&report, config.width),
                Format::Json => report::json::claims(&report),
            };
            Ok(Outcome { output, warnings })
        }
        Command::Compare {
            inputs,
            names,
            options,
            article_date,
        } => {
            require_two(inputs, "compare")?;
            let (documents, warnings) = load(inputs, names.as_deref())?;
            let scorer = SentenceScorer::new(&documents);
            let pairs = align::align_with(&scorer, &documents, options);
            let claims: Vec<_> = documents
                .iter()
                .map(|document| claims::extract(document, *article_date))
                .collect();
            let comparisons = compare::compare(&documents, &claims, &scorer);
            let report = CompareReport {
                alignment: AlignReport {
                    documents,
                    pairs,
                    options: *options,
                },
                claims,
                comparisons,
            };
            let output = match config.format {
                Format::Table => report::table::comparison(&report, config.width, config.color),
                Format::Json => report::json::comparison(&report),
            };
            Ok(Outcome { output, warnings })
        }
    }
}

fn require_two(inputs: &[Input], command: &'static str) -> Result<()> {
    if inputs.len() < 2 {
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

fn load(inputs: &[Input], names: Option<&[String]>) -> Result<(Vec<Document>, Vec<Warning>)> {
    let loaded = ingest::load_all(inputs, names)?;
    let documents = loaded.articles.into_iter().map(Document::new).collect();
    Ok((documents, loaded.warnings))
}
