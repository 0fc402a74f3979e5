//! Command: the library entry point behind each subcommand. Takes a validated [`Config`] (built
//! by the binary's `cli` module from the flags), runs the pipeline stages it needs, and hands
//! back an [`Outcome`]: the rendered output, messages for standard error, and a [`Status`] the
//! binary maps to an exit code. It never prints anything itself.

use std::io::Write;
use std::path::PathBuf;

use crate::align::{self, AlignOptions, SentenceScorer};
use crate::baseline::{self, Baseline};
use crate::check::{self, Progress};
use crate::claims::{self, ArticleDate};
use crate::compare::{self, FailOn};
use crate::error::{Error, Result};
use crate::ingest::{self, Input, Warning};
use crate::report::{
    self, AlignReport, ClaimsReport, CompareReport, Format, RenderOptions, check::CheckReport,
    check::SetReport,
};
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

/// What goes to standard output: text, or a report written straight to the stream (JSON of a
/// long article is never held in memory as text).
pub struct Output(Box<WriteOnce>);

/// Writes a finished report once.
type WriteOnce = dyn FnOnce(&mut dyn Write) -> std::io::Result<()> + Send;

impl Output {
    pub fn text(text: String) -> Output {
        Output(Box::new(move |writer| writer.write_all(text.as_bytes())))
    }

    fn stream(
        write: impl FnOnce(&mut dyn Write) -> std::io::Result<()> + Send + 'static,
    ) -> Output {
        Output(Box::new(write))
    }

    pub fn write_to(self, writer: &mut dyn Write) -> std::io::Result<()> {
        (self.0)(writer)
    }

    /// The output as a string, for tests and embedding programs.
    pub fn into_string(self) -> String {
        let mut bytes = Vec::new();
        self.write_to(&mut bytes).expect("writing to memory");
        String::from_utf8(bytes).expect("output is UTF-8")
    }
}

impl std::fmt::Debug for Output {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Output")
    }
}

/// What a run produced.
#[derive(Debug)]
pub struct Outcome {
    /// What goes to standard output.
    pub output: Output,
    /// Lines for standard error (warnings, errors of single article sets).
    pub messages: Vec<String>,
    pub status: Status,
}

impl Outcome {
    fn clean(output: Output, warnings: Vec<Warning>) -> Outcome {
        Outcome {
            output,
            messages: warnings.iter().map(|w| format!("warning: {w}")).collect(),
            status: Status::Clean,
        }
    }
}

pub fn run(config: &Config, progress: &dyn Progress) -> Result<Outcome> {
    let render = &config.render;
    match &config.command {
        Command::Sentences { inputs, names } => {
            let (documents, warnings) = load(inputs, names.as_deref())?;
            let output = match config.format {
                Format::Json => {
                    Output::stream(move |w| report::json::write_sentences(w, &documents))
                }
                _ => Output::text(report::table::sentences(&documents, render.width)),
            };
            Ok(Outcome::clean(output, warnings))
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
                Format::Json => Output::stream(move |w| report::json::write_alignment(w, &report)),
                _ => Output::text(report::table::alignment(&report, render.width)),
            };
            Ok(Outcome::clean(output, warnings))
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
                Format::Json => Output::stream(move |w| report::json::write_claims(w, &report)),
                _ => Output::text(report::table::claims(&report, render.width)),
            };
            Ok(Outcome::clean(output, warnings))
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
            let failing = report.comparisons.iter().any(|c| fail_on.fails(c));
            let output = match config.format {
                Format::Table => Output::text(report::table::comparison(&report, render)),
                Format::Json => Output::stream(move |w| report::json::write_comparison(w, &report)),
                Format::Markdown => Output::text(report::markdown::comparison(&report, render)),
                Format::Csv => Output::text(report::csv::comparison(&report)),
            };
            let mut outcome = Outcome::clean(output, warnings);
            if failing {
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
    let scorer = SentenceScorer::new(&documents);
    let pairs = align::align_with(&scorer, &documents, options);
    let claims: Vec<_> = documents
        .iter()
        .map(|document| claims::extract(document, article_date))
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
) -> Result<Outcome> {
    let known = match baseline_path {
        Some(path) if !update_baseline => Baseline::load(path)?,
        _ => Baseline::default(),
    };
    let sets = check::discover(dir)?;
    let outcomes = check::run(sets, options, article_date, progress);
    let mut messages = Vec::new();
    let mut all_findings = Vec::new();
    let mut set_reports = Vec::new();
    for outcome in outcomes {
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
        set_reports.push(SetReport {
            outcome,
            new,
            accepted,
        });
    }
    let report = CheckReport {
        sets: set_reports,
        baseline: baseline_path.map(|p| p.to_path_buf()),
    };
    let errors = report.sets.iter().any(|s| s.outcome.result.is_err());
    let mut status = if errors {
        Status::Errors
    } else if report.sets.iter().any(|s| !s.new.is_empty()) {
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
    let output = match config.format {
        Format::Table => report::check::table(&report, &config.render),
        Format::Json => report::check::json_lines(&report),
        Format::Markdown => report::check::markdown(&report, &config.render),
        Format::Csv => report::check::csv(&report),
    };
    Ok(Outcome {
        output: Output::text(output),
        messages,
        status,
    })
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
