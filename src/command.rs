//! Command: the library entry point behind each subcommand. Takes a validated [`Config`] (built
//! by the binary's `cli` module from the flags), runs the pipeline stages it needs, and hands
//! back an [`Outcome`]: the rendered output, messages for standard error, and a [`Status`] the
//! binary maps to an exit code. It never prints anything itself.

use std::io::Write;
use std::path::PathBuf;

use rayon::prelude::*;

use crate::align::{self, AlignOptions, SentenceScorer};
use crate::baseline::{self, Baseline};
use crate::check::{self, Progress};
use crate::claims::{self, ArticleDate};
use crate::compare::{self, FailOn};
use crate::error::{Error, Result};
use crate::ingest::{self, Input, Warning};
use crate::report::check::{SetReport, SummaryRow};
use crate::report::{self, AlignReport, ClaimsReport, CompareReport, Format, RenderOptions};
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
        fail_on: FailOn,
    },
    /// Compare every article set under a folder, for CI.
    Check {
        dir: PathBuf,
        options: AlignOptions,
        article_date: Option<ArticleDate>,
        fail_on: FailOn,
        /// Fail only on findings this file does not record.
        baseline: Option<PathBuf>,
        /// Write the current findings to the baseline file instead of failing on them.
        update_baseline: bool,
    },
}

#[derive(Debug, Clone)]
pub struct Config {
    pub command: Command,
    pub format: Format,
    pub render: RenderOptions,
}

/// How a run ended, for the exit code: like diff(1), 0 nothing that fails, 1 findings that
/// fail, 2 an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Status {
    #[default]
    Clean,
    Findings,
    Errors,
}

/// How a run went, besides what it wrote.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    /// Lines for standard error (warnings, errors of single article sets).
    pub messages: Vec<String>,
    pub status: Status,
}

impl Outcome {
    fn clean(warnings: Vec<Warning>) -> Outcome {
        Outcome {
            messages: warnings.iter().map(|w| format!("warning: {w}")).collect(),
            status: Status::Clean,
        }
    }
}

fn emit(out: &mut dyn Write, text: &str) -> Result<()> {
    out.write_all(text.as_bytes()).map_err(Error::Output)
}

/// Runs the command, writing its report to `out` as it goes (JSON of a long article and the
/// sections of a long `check` are streamed, never held in memory whole).
pub fn run(config: &Config, progress: &dyn Progress, out: &mut dyn Write) -> Result<Outcome> {
    let render = &config.render;
    match &config.command {
        Command::Sentences { inputs, names } => {
            let (documents, warnings) = load(inputs, names.as_deref())?;
            match config.format {
                Format::Json => {
                    report::json::write_sentences(out, &documents).map_err(Error::Output)?
                }
                _ => report::table::sentences(out, &documents, render.width)
                    .map_err(Error::Output)?,
            }
            Ok(Outcome::clean(warnings))
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
            match config.format {
                Format::Json => {
                    report::json::write_alignment(out, &report).map_err(Error::Output)?
                }
                _ => report::table::alignment(out, &report, render.width).map_err(Error::Output)?,
            }
            Ok(Outcome::clean(warnings))
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
            match config.format {
                Format::Json => report::json::write_claims(out, &report).map_err(Error::Output)?,
                _ => report::table::claims(out, &report, render.width).map_err(Error::Output)?,
            }
            Ok(Outcome::clean(warnings))
        }
        Command::Compare {
            inputs,
            names,
            options,
            article_date,
            fail_on,
        } => {
            let (report, warnings) =
                compare_inputs(inputs, names.as_deref(), options, *article_date)?;
            match config.format {
                Format::Table => {
                    report::table::comparison(out, &report, render).map_err(Error::Output)?
                }
                Format::Json => {
                    report::json::write_comparison(out, &report).map_err(Error::Output)?
                }
                Format::Markdown => {
                    report::markdown::comparison(out, &report, render).map_err(Error::Output)?
                }
                Format::Csv => report::csv::comparison(out, &report).map_err(Error::Output)?,
            }
            let mut outcome = Outcome::clean(warnings);
            if report.comparisons.iter().any(|c| fail_on.fails(c)) {
                outcome.status = Status::Findings;
            }
            Ok(outcome)
        }
        Command::Check {
            dir,
            options,
            article_date,
            fail_on,
            baseline,
            update_baseline,
        } => run_check(
            config,
            dir,
            options,
            *article_date,
            fail_on,
            baseline.as_deref(),
            *update_baseline,
            progress,
            out,
        ),
    }
}

/// Reads, segments, aligns, extracts and compares: the whole pipeline for one set of articles.
pub fn compare_inputs(
    inputs: &[Input],
    names: Option<&[String]>,
    options: &AlignOptions,
    article_date: Option<ArticleDate>,
) -> Result<(CompareReport, Vec<Warning>)> {
    require_two(inputs, "compare")?;
    let (documents, warnings) = load(inputs, names)?;
    // One article per thread: each collects its claims straight into one vector. Claims come
    // before alignment so that the many small blocks alignment allocates on the worker threads
    // reuse the room extraction freed there (peak memory of a long pair: about 1 MB less).
    let claims: Vec<_> = documents
        .par_iter()
        .map(|document| claims::extract(document, article_date))
        .collect();
    let scorer = SentenceScorer::new(&documents);
    let pairs = align::align_with(&scorer, &documents, options);
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
    Ok((report, warnings))
}

#[allow(clippy::too_many_arguments)]
fn run_check(
    config: &Config,
    dir: &std::path::Path,
    options: &AlignOptions,
    article_date: Option<ArticleDate>,
    fail_on: &FailOn,
    baseline_path: Option<&std::path::Path>,
    update_baseline: bool,
    progress: &dyn Progress,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let known = match baseline_path {
        Some(path) if !update_baseline => Baseline::load(path)?,
        _ => Baseline::default(),
    };
    let sets = check::discover(dir)?;
    let mut messages = Vec::new();
    let mut all_findings = Vec::new();
    let mut rows: Vec<SummaryRow> = Vec::new();
    if config.format == Format::Csv {
        emit(out, &report::check::csv_header())?;
    }
    check::run(&sets, options, article_date, progress, &mut |outcome| {
        messages.extend(outcome.warnings.iter().map(|w| format!("warning: {w}")));
        let failing = match &outcome.result {
            Ok(report) => baseline::failing(&outcome.set.name, report, fail_on),
            Err(error) => {
                messages.push(format!("error: set {}: {error}", outcome.set.name));
                Vec::new()
            }
        };
        let new: Vec<usize> = failing
            .iter()
            .filter(|(_, finding)| !known.contains(finding))
            .map(|(index, _)| *index)
            .collect();
        let accepted = failing.len() - new.len();
        all_findings.extend(failing.into_iter().map(|(_, finding)| finding));
        let set = SetReport {
            outcome,
            new,
            accepted,
        };
        rows.push(set.summary_row());
        let section = match config.format {
            Format::Table => report::check::table_section(&set, &config.render),
            Format::Markdown => report::check::markdown_section(&set, &config.render),
            Format::Json => report::check::json_line(&set),
            Format::Csv => report::check::csv_rows(&set),
        };
        emit(out, &section)
    })?;
    match config.format {
        Format::Table => emit(out, &report::check::table_summary(&rows, &config.render))?,
        Format::Markdown => emit(out, &report::check::markdown_summary(&rows))?,
        Format::Json | Format::Csv => {}
    }
    let mut status = if rows.iter().any(|r| r.kind == "error") {
        Status::Errors
    } else if rows.iter().any(|r| r.kind == "fail") {
        Status::Findings
    } else {
        Status::Clean
    };
    if update_baseline && let Some(path) = baseline_path {
        let count = all_findings.len();
        std::fs::write(path, Baseline::render(all_findings)).map_err(|source| {
            Error::BaselineWrite {
                path: path.to_path_buf(),
                source,
            }
        })?;
        messages.push(format!(
            "baseline: wrote {count} finding{} to {}",
            if count == 1 { "" } else { "s" },
            path.display()
        ));
        if status == Status::Findings {
            status = Status::Clean;
        }
    }
    Ok(Outcome { messages, status })
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
