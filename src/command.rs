//! Command: the library entry point behind each subcommand. Takes a validated [`Config`] (built
//! by the binary's `cli` module from the flags) and a writer; runs the pipeline (or `check`),
//! hands the result to the matching renderer, and hands back an [`Outcome`]: messages for
//! standard error and a [`Status`] the binary maps to an exit code. It only dispatches: how a
//! comparison is made is `pipeline`'s, what fails is `check`'s, how it looks is `report`'s.

use std::io::Write;
use std::path::PathBuf;

use crate::align::AlignOptions;
use crate::check::{Check, CheckOptions, FailOn, Progress, SetStatus};
use crate::error::{Error, Result};
use crate::ingest::{Input, Warning};
use crate::pipeline::{self, AlignReport, ArticleDates, ClaimsReport};
use crate::report::{self, Format, PlainFormat, RenderOptions};
use crate::segment::Document;

/// What to run, with every flag already checked, and in which of the formats it offers.
#[derive(Debug, Clone)]
pub enum Command {
    /// Show how articles were split into sentences.
    Sentences {
        inputs: Vec<Input>,
        names: Option<Vec<String>>,
        format: PlainFormat,
    },
    /// Align the sentences of two or more articles.
    Align {
        inputs: Vec<Input>,
        names: Option<Vec<String>>,
        options: AlignOptions,
        format: PlainFormat,
    },
    /// List the claims of one article.
    Claims {
        input: Input,
        name: Option<String>,
        dates: ArticleDates,
        format: PlainFormat,
    },
    /// Compare the claims of two or more articles.
    Compare {
        inputs: Vec<Input>,
        names: Option<Vec<String>>,
        options: AlignOptions,
        dates: ArticleDates,
        fail_on: FailOn,
        format: Format,
    },
    /// Compare every article set under a folder, for CI.
    Check {
        dir: PathBuf,
        options: AlignOptions,
        dates: ArticleDates,
        fail_on: FailOn,
        /// Fail only on findings this file does not record.
        baseline: Option<PathBuf>,
        /// Write the current findings to the baseline file instead of failing on them.
        update_baseline: bool,
        /// With `update_baseline`: leave out the stale entries of the sets that ran.
        prune: bool,
        format: Format,
        /// Also write the JSON Lines report to this file (`--json-out`), from the same run.
        json_out: Option<PathBuf>,
    },
    /// `check --jsonl`: the sets of a stream of JSON Lines articles, one record each as it ends.
    Stream {
        input: Input,
        options: AlignOptions,
        dates: ArticleDates,
        fail_on: FailOn,
        /// Read, never written.
        baseline: Option<PathBuf>,
    },
}

#[derive(Debug, Clone)]
pub struct Config {
    pub command: Command,
    pub render: RenderOptions,
    /// List on standard error what was set aside and why (`--verbose`).
    pub verbose: bool,
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
    /// Lines for standard error (with `--verbose`, what was set aside; warnings, errors of
    /// single article sets).
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

    /// With `--verbose`, `documents`' pieces set aside come first.
    fn told(mut self, verbose: bool, documents: &[Document]) -> Outcome {
        if verbose {
            let mut lines = report::skipped::pieces(documents, None);
            lines.append(&mut self.messages);
            self.messages = lines;
        }
        self
    }
}

/// Runs the command, writing its report to `out` as it goes (JSON of a long article and the
/// sections of a long `check` are streamed, never held in memory whole).
pub fn run(config: &Config, progress: &dyn Progress, out: &mut dyn Write) -> Result<Outcome> {
    let render = &config.render;
    let width = render.width;
    match &config.command {
        Command::Sentences {
            inputs,
            names,
            format,
        } => {
            let (documents, warnings) = pipeline::load_documents(inputs, names.as_deref())?;
            let outcome = SENTENCES.write(out, *format, width, &documents, warnings)?;
            Ok(outcome.told(config.verbose, &documents))
        }
        Command::Align {
            inputs,
            names,
            options,
            format,
        } => {
            let (alignment, warnings) =
                pipeline::align_articles(inputs, names.as_deref(), options)?;
            let outcome = ALIGNMENT.write(out, *format, width, &alignment, warnings)?;
            Ok(outcome.told(config.verbose, &alignment.documents))
        }
        Command::Claims {
            input,
            name,
            dates,
            format,
        } => {
            let (claims, warnings) = pipeline::extract_claims(input, name.as_deref(), dates)?;
            let outcome = CLAIMS.write(out, *format, width, &claims, warnings)?;
            Ok(outcome.told(config.verbose, std::slice::from_ref(&claims.document)))
        }
        Command::Compare {
            inputs,
            names,
            options,
            dates,
            fail_on,
            format,
        } => {
            let (report, warnings) =
                pipeline::compare_articles(inputs, names.as_deref(), options, dates)?;
            match format {
                Format::Table => report::table::comparison(out, &report, render),
                Format::Json => report::json::write_comparison(out, &report, render.brief),
                Format::Markdown => report::markdown::comparison(out, &report, render),
                Format::Csv => report::csv::comparison(out, &report, render.brief),
                Format::Html => report::html::comparison(out, &report, render),
            }
            .map_err(Error::Output)?;
            let mut outcome =
                Outcome::clean(warnings).told(config.verbose, &report.alignment.documents);
            if report.comparisons.iter().any(|c| fail_on.fails(c)) {
                outcome.status = Status::Findings;
            }
            Ok(outcome)
        }
        Command::Check {
            dir,
            options,
            dates,
            fail_on,
            baseline,
            update_baseline,
            prune,
            format,
            json_out,
        } => {
            let options = CheckOptions {
                align: *options,
                dates: dates.clone(),
                fail_on: *fail_on,
                baseline: baseline.clone(),
                update_baseline: *update_baseline,
                prune: *prune,
            };
            let mut check = Check::prepare(dir, options)?;
            // `--json-out`: the JSON Lines of the same run, beside the report on `out`.
            let json_failed = |path: &PathBuf| {
                let path = path.clone();
                move |source| Error::ReportWrite { path, source }
            };
            let mut json_file = match json_out {
                Some(path) => Some((
                    path,
                    std::io::BufWriter::new(
                        std::fs::File::create(path).map_err(json_failed(path))?,
                    ),
                )),
                None => None,
            };
            let mut writer = report::check::CheckWriter::new(out, *format, *render)
                .baseline(baseline.as_deref());
            let mut json_writer = json_file.as_mut().map(|(path, file)| {
                let writer = report::check::CheckWriter::new(file, Format::Json, *render);
                (*path, writer)
            });
            let mut told = Vec::new();
            check.run(progress, &mut |set| {
                if config.verbose {
                    told.extend(report::skipped::set(set));
                }
                if let Some((path, json)) = &mut json_writer {
                    json.set(set).map_err(json_failed(path))?;
                }
                writer.set(set).map_err(Error::Output)
            })?;
            drop(json_writer);
            if let Some((path, mut file)) = json_file {
                file.flush().map_err(json_failed(path))?;
            }
            // The summary says what `--update-baseline` accepted only once the file is written.
            let concluded = check.conclude();
            let written = concluded.as_ref().is_ok_and(|c| c.written);
            writer.finish(written).map_err(Error::Output)?;
            let mut concluded = concluded?;
            told.append(&mut concluded.messages);
            Ok(Outcome {
                messages: told,
                status: match concluded.worst {
                    SetStatus::Ok => Status::Clean,
                    SetStatus::Fail => Status::Findings,
                    SetStatus::Error => Status::Errors,
                },
            })
        }
        Command::Stream { .. } => {
            let mut messages = Vec::new();
            let mut outcome = stream(config, out, &mut |line| messages.push(line.to_string()))?;
            messages.append(&mut outcome.messages);
            outcome.messages = messages;
            Ok(outcome)
        }
    }
}

/// Runs `check --jsonl` (any other command as [`run`] does): reads the stream line by line,
/// writes each set's JSON Lines record to `out` and flushes it as soon as the set ends, and
/// hands each set's lines for standard error to `log` at once, so that a stream of any length
/// holds one set. The outcome's messages are those of the end of the run.
pub fn stream(config: &Config, out: &mut dyn Write, log: &mut dyn FnMut(&str)) -> Result<Outcome> {
    let Command::Stream {
        input,
        options,
        dates,
        fail_on,
        baseline,
    } = &config.command
    else {
        return run(config, &crate::check::Quiet, out);
    };
    let options = CheckOptions {
        align: *options,
        dates: dates.clone(),
        fail_on: *fail_on,
        baseline: baseline.clone(),
        update_baseline: false,
        prune: false,
    };
    let path = input.display_path();
    let concluded = match input {
        Input::Stdin => {
            let reader = crate::ingest::LineReader::new(std::io::stdin().lock(), path, None);
            stream_sets(reader, options, config.verbose, out, log)?
        }
        Input::Path(file) => {
            let opened =
                std::fs::File::open(file).map_err(|source| Error::reading(file, source))?;
            let reader = crate::ingest::LineReader::new(
                std::io::BufReader::new(opened),
                path,
                Some(file.clone()),
            );
            stream_sets(reader, options, config.verbose, out, log)?
        }
    };
    Ok(Outcome {
        messages: concluded.messages,
        status: match concluded.worst {
            SetStatus::Ok => Status::Clean,
            SetStatus::Fail => Status::Findings,
            SetStatus::Error => Status::Errors,
        },
    })
}

fn stream_sets<R: std::io::BufRead>(
    reader: crate::ingest::LineReader<R>,
    options: CheckOptions,
    verbose: bool,
    out: &mut dyn Write,
    log: &mut dyn FnMut(&str),
) -> Result<crate::check::Concluded> {
    let render = RenderOptions::default();
    crate::check::stream::stream(reader, options, &mut |set, messages| {
        if verbose {
            report::skipped::set(set).iter().for_each(|line| log(line));
        }
        messages.iter().for_each(|line| log(line));
        let mut writer = report::check::CheckWriter::new(&mut *out, Format::Json, render);
        writer.set(set).map_err(Error::Output)?;
        out.flush().map_err(Error::Output)
    })
}

/// The two renderers of a command that shows a table or JSON.
struct Plain<T: ?Sized> {
    table: fn(&mut dyn Write, &T, u16) -> std::io::Result<()>,
    json: fn(&mut dyn Write, &T) -> std::io::Result<()>,
}

const SENTENCES: Plain<[Document]> = Plain {
    table: report::table::sentences,
    json: report::json::write_sentences,
};

const ALIGNMENT: Plain<AlignReport> = Plain {
    table: report::table::alignment,
    json: report::json::write_alignment,
};

const CLAIMS: Plain<ClaimsReport> = Plain {
    table: report::table::claims,
    json: report::json::write_claims,
};

impl<T: ?Sized> Plain<T> {
    /// Writes `report` as `format` says (a table drawn to `width`); reading gave `warnings`.
    fn write(
        &self,
        out: &mut dyn Write,
        format: PlainFormat,
        width: u16,
        report: &T,
        warnings: Vec<Warning>,
    ) -> Result<Outcome> {
        match format {
            PlainFormat::Table => (self.table)(out, report, width),
            PlainFormat::Json => (self.json)(out, report),
        }
        .map_err(Error::Output)?;
        Ok(Outcome::clean(warnings))
    }
}
