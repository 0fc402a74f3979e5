//! CLI: the clap definition of claimdiff's flags, turned into a validated library [`Config`].
//!
//! This is the only module that parses the command line. The values of `--format` and
//! `--fail-on` are the library's own types (they derive clap's `ValueEnum`), so each command
//! offers exactly the formats it renders. Usage mistakes (an unknown flag, a threshold outside
//! 0..1, a format a command does not offer, an unknown `--fail-on` value) are reported by clap
//! with exit code 2, like any other bad input.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::builder::{EnumValueParser, PossibleValue, TypedValueParser};
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

use claimdiff::align::{AlignOptions, DEFAULT_THRESHOLD, Matching};
use claimdiff::check::{FailOn, FailOnItem};
use claimdiff::claims::ArticleDate;
use claimdiff::pipeline::ArticleDates;
use claimdiff::report::{Format, PlainFormat, RenderOptions};
use claimdiff::{Command, Config, Input};

/// Cross-check the claims of news outlets reporting the same event.
#[derive(Debug, Parser)]
#[command(name = "claimdiff", version, about, max_term_width = 100)]
struct Cli {
    #[command(subcommand)]
    command: Sub,
}

#[derive(Debug, Subcommand)]
enum Sub {
    /// Compare the figures, dates and quotes of two or more articles about the same event.
    Compare(CompareArgs),
    /// Compare every article set under a folder, for CI (exit 1 on findings, 2 on errors);
    /// `--format json` writes JSON Lines, one object per set.
    Check(CheckArgs),
    /// List the figures, dates and quotes of one article.
    Claims(ClaimsArgs),
    /// Align the sentences of two or more articles about the same event, side by side.
    Align(AlignArgs),
    /// Show how articles are split into sentences, with their byte spans.
    Sentences(SentencesArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish) to standard output.
    Completions {
        /// The shell to complete in.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print claimdiff's man page (roff) to standard output.
    Man,
}

#[derive(Debug, Args)]
struct CompareArgs {
    /// Article files (text, saved pages, JSON; a JSON Lines file of one set); `-` reads standard
    /// input.
    #[arg(required = true, value_name = "ARTICLE")]
    articles: Vec<PathBuf>,
    #[command(flatten)]
    names: NamesArg,
    #[command(flatten)]
    judging: JudgingArgs,
    #[command(flatten)]
    output: ReportOutputArgs,
    /// Table and Markdown: list the claims made by one outlet only, instead of counting them on
    /// the last line.
    #[arg(long, conflicts_with = "brief")]
    all: bool,
    #[command(flatten)]
    verbose: VerboseArg,
}

#[derive(Debug, Args)]
struct CheckArgs {
    /// A folder of article sets (one sub-folder per set), one set (a folder of articles), or a
    /// JSON Lines file of articles grouped into sets by their `set` field.
    #[arg(value_name = "DIR", required_unless_present = "jsonl")]
    dir: Option<PathBuf>,
    /// Stream: read JSON Lines articles from FILE (`-`: standard input), the lines of each set
    /// together, and write each set's JSON Lines record as soon as the set ends (docs/scale.md).
    #[arg(long, value_name = "FILE", conflicts_with_all = ["dir", "update_baseline", "format"])]
    jsonl: Option<PathBuf>,
    #[command(flatten)]
    judging: JudgingArgs,
    /// Fail only on findings this baseline file does not record.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Write the current findings to the --baseline file (and do not fail on them); starts the
    /// file when there is none.
    #[arg(long, requires = "baseline")]
    update_baseline: bool,
    /// With --update-baseline: remove the baseline's stale entries (of sets that ran, accepting
    /// nothing any more).
    #[arg(long, requires = "update_baseline")]
    prune: bool,
    /// Also write the JSON Lines report to FILE, from the same run.
    #[arg(long, value_name = "FILE")]
    json_out: Option<PathBuf>,
    /// No progress bar.
    #[arg(long, short)]
    quiet: bool,
    #[command(flatten)]
    output: ReportOutputArgs,
    #[command(flatten)]
    verbose: VerboseArg,
}

#[derive(Debug, Args)]
struct JudgingArgs {
    /// What makes the run fail (exit 1): diverge, reworded, speaker_conflict, internal, any,
    /// never; comma-separated.
    #[arg(
        long,
        value_name = "WHAT",
        value_parser = SpacedEnum::<FailOnItem>::default(),
        value_delimiter = ',',
        action = clap::ArgAction::Set,
        default_value = "diverge,speaker_conflict",
        hide_possible_values = true
    )]
    fail_on: Vec<FailOnItem>,
    #[command(flatten)]
    date: DateArg,
    /// Align sentences scoring at least this (0..1).
    #[arg(long, value_name = "SCORE", default_value_t = DEFAULT_THRESHOLD, value_parser = parse_threshold)]
    threshold: f32,
}

#[derive(Debug, Args)]
struct ReportOutputArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// `compare`'s table and Markdown: the summary line and the conflicts only; CSV and JSON:
    /// leave out the claims made by one outlet only (the summary still counts them).
    #[arg(long)]
    brief: bool,
    /// Colour the table's verdicts and word diffs: auto (on a terminal, unless NO_COLOR is set or
    /// TERM is dumb; CLICOLOR_FORCE colours a pipe too), always, never.
    #[arg(long, value_name = "WHEN", value_enum, default_value_t = ColorWhen::Auto)]
    color: ColorWhen,
    /// Table and Markdown: show each claim's sentence under it, the claim marked («...»; bold
    /// and underlined in colour; **...** in Markdown).
    #[arg(long)]
    context: bool,
    #[command(flatten)]
    width: WidthArg,
}

/// `--color`: when to colour, as ripgrep's flag of the same name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorWhen {
    /// On a terminal, unless NO_COLOR is set or TERM is dumb (CLICOLOR_FORCE: always).
    Auto,
    /// Always, whatever the environment says.
    Always,
    /// Never.
    Never,
}

#[derive(Debug, Args)]
struct ClaimsArgs {
    /// The article file; `-` reads standard input.
    #[arg(value_name = "ARTICLE")]
    article: PathBuf,
    /// The outlet's name (default: the file name without extension); `--names` as on the other
    /// commands.
    #[arg(long, value_name = "NAME", visible_alias = "names")]
    name: Option<String>,
    #[command(flatten)]
    date: DateArg,
    #[command(flatten)]
    output: OutputArgs,
    #[command(flatten)]
    verbose: VerboseArg,
}

#[derive(Debug, Args)]
struct AlignArgs {
    /// Article files (text, saved pages, JSON; a JSON Lines file of one set); `-` reads standard
    /// input.
    #[arg(required = true, value_name = "ARTICLE")]
    articles: Vec<PathBuf>,
    #[command(flatten)]
    names: NamesArg,
    /// Report pairs scoring at least this (0..1).
    #[arg(long, value_name = "SCORE", default_value_t = DEFAULT_THRESHOLD, value_parser = parse_threshold)]
    threshold: f32,
    /// Report every pair above the threshold instead of using each sentence at most once.
    #[arg(long)]
    all_pairs: bool,
    #[command(flatten)]
    output: OutputArgs,
    #[command(flatten)]
    verbose: VerboseArg,
}

#[derive(Debug, Args)]
struct SentencesArgs {
    /// Article files; `-` reads standard input.
    #[arg(required = true, value_name = "ARTICLE")]
    articles: Vec<PathBuf>,
    #[command(flatten)]
    names: NamesArg,
    #[command(flatten)]
    output: OutputArgs,
    #[command(flatten)]
    verbose: VerboseArg,
}

#[derive(Debug, Args)]
struct NamesArg {
    /// Outlet names, one per article, comma-separated (default: the file names without extension).
    #[arg(long, value_name = "NAME,NAME", value_delimiter = ',')]
    names: Option<Vec<String>>,
}

#[derive(Debug, Args)]
struct DateArg {
    /// Publication date (YYYY-MM-DD) of every article, or of one by its outlet name
    /// (NAME=YYYY-MM-DD; repeat for others): gives a year to dates written without one ("9
    /// August") and a day to weekdays.
    #[arg(long, value_name = "[NAME=]YYYY-MM-DD", value_parser = parse_date)]
    date: Vec<(Option<String>, ArticleDate)>,
}

#[derive(Debug, Args)]
struct VerboseArg {
    /// List on standard error what was set aside and why (page furniture, metadata lines; in
    /// `check`, files of a set's folder not read as articles).
    #[arg(long, short)]
    verbose: bool,
}

#[derive(Debug, Args)]
struct OutputArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = PlainFormat::Table)]
    format: PlainFormat,
    #[command(flatten)]
    width: WidthArg,
}

#[derive(Debug, Args)]
struct WidthArg {
    /// Wrap tables to this many columns (default: the terminal's width, or $COLUMNS, or 100).
    #[arg(long, value_name = "COLUMNS", value_parser = clap::value_parser!(u16).range(40..))]
    width: Option<u16>,
}

/// A `ValueEnum` item with spaces around it allowed, as in `--fail-on "diverge, reworded"`;
/// otherwise clap's own parser and messages (the possible values on a bad one).
#[derive(Clone)]
struct SpacedEnum<E>(std::marker::PhantomData<E>);

impl<E> Default for SpacedEnum<E> {
    fn default() -> Self {
        SpacedEnum(std::marker::PhantomData)
    }
}

impl<E: ValueEnum + Clone + Send + Sync + 'static> TypedValueParser for SpacedEnum<E> {
    type Value = E;

    fn parse_ref(
        &self,
        command: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<E, clap::Error> {
        let trimmed = value.to_str().map_or(value, |text| text.trim().as_ref());
        if trimmed.is_empty() {
            // Clap's own message for an empty value ("a value is required") reads as if the
            // whole list were missing.
            let name = arg
                .and_then(clap::Arg::get_long)
                .map_or("the list".to_string(), |long| format!("--{long}"));
            let values: Vec<String> = E::value_variants()
                .iter()
                .filter_map(ValueEnum::to_possible_value)
                .map(|value| value.get_name().to_string())
                .collect();
            let message = format!(
                "{name} has an empty item (a comma with nothing beside it); give a \
                 comma-separated list of {}\n",
                values.join(", ")
            );
            return Err(
                clap::Error::raw(clap::error::ErrorKind::InvalidValue, message).with_cmd(command),
            );
        }
        EnumValueParser::<E>::new().parse_ref(command, arg, trimmed)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        let values: Vec<PossibleValue> = E::value_variants()
            .iter()
            .filter_map(ValueEnum::to_possible_value)
            .collect();
        Some(Box::new(values.into_iter()))
    }
}

/// `YYYY-MM-DD`, or `NAME=YYYY-MM-DD` for one outlet's article.
fn parse_date(text: &str) -> Result<(Option<String>, ArticleDate), String> {
    match text.rsplit_once('=') {
        Some((name, day)) => {
            let name = name.trim();
            if name.is_empty() {
                return Err(format!("'{text}' names no outlet before '='"));
            }
            Ok((
                Some(name.to_string()),
                claimdiff::claims::parse_article_date(day.trim())?,
            ))
        }
        None => Ok((None, claimdiff::claims::parse_article_date(text)?)),
    }
}

/// The `--date` values as the library takes them; the same article dated twice is a usage
/// error (exit 2).
fn article_dates(given: Vec<(Option<String>, ArticleDate)>) -> ArticleDates {
    let mut dates = ArticleDates::default();
    for (name, date) in given {
        let twice = match &name {
            None => dates.all.replace(date).is_some_and(|before| before != date),
            Some(name) => {
                let before = dates
                    .by_outlet
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, d)| *d);
                if before.is_none() {
                    dates.by_outlet.push((name.clone(), date));
                }
                before.is_some_and(|before| before != date)
            }
        };
        if twice {
            let whose = name.map_or("every article".to_string(), |name| name);
            Cli::command()
                .error(
                    clap::error::ErrorKind::ArgumentConflict,
                    format!("--date gives {whose} two different dates; give one"),
                )
                .exit();
        }
    }
    dates
}

fn parse_threshold(text: &str) -> Result<f32, String> {
    let value: f32 = text
        .parse()
        .map_err(|_| format!("'{text}' is not a number"))?;
    if (0.0..=1.0).contains(&value) {
        Ok(value)
    } else {
        Err(format!("{value} is outside 0..1"))
    }
}

fn inputs(paths: Vec<PathBuf>) -> Vec<Input> {
    paths
        .into_iter()
        .map(|path| {
            if path.as_os_str() == "-" {
                Input::Stdin
            } else {
                Input::Path(path)
            }
        })
        .collect()
}

/// Table width: `--width`, else the terminal's, else `$COLUMNS`, else 100 columns.
fn table_width(flag: Option<u16>) -> u16 {
    const FALLBACK: u16 = 100;
    if let Some(width) = flag {
        return width;
    }
    let stdout = std::io::stdout();
    if stdout.is_terminal()
        && let Some((terminal_size::Width(width), _)) = terminal_size::terminal_size_of(&stdout)
    {
        return width.max(40);
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|columns| columns.parse::<u16>().ok())
        .filter(|&columns| columns >= 40)
        .unwrap_or(FALLBACK)
}

/// Whether to colour, as ripgrep and the CLICOLOR convention decide it: `--color always` and
/// `never` are obeyed; `auto` colours a terminal, except that a non-empty NO_COLOR (no-color.org)
/// turns colour off, CLICOLOR_FORCE (set, not "0") turns it on even through a pipe, and TERM=dumb
/// or CLICOLOR=0 turn it off on a terminal. `env` reads a variable; `terminal`: standard output
/// is one. The library is told the answer and never looks itself.
fn wants_color(when: ColorWhen, env: impl Fn(&str) -> Option<String>, terminal: bool) -> bool {
    let set = |name: &str| env(name).is_some_and(|value| !value.is_empty());
    match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto if set("NO_COLOR") => false,
        ColorWhen::Auto
            if set("CLICOLOR_FORCE") && env("CLICOLOR_FORCE").as_deref() != Some("0") =>
        {
            true
        }
        ColorWhen::Auto => {
            terminal
                && env("TERM").as_deref() != Some("dumb")
                && env("CLICOLOR").as_deref() != Some("0")
        }
    }
}

fn render(width: WidthArg, brief: bool) -> RenderOptions {
    RenderOptions {
        width: table_width(width.width),
        color: false,
        brief,
        all: false,
        context: false,
    }
}

/// The render options of `compare` and `check`, whose tables are coloured as `--color` says.
fn report_render(output: ReportOutputArgs) -> RenderOptions {
    let color = wants_color(
        output.color,
        |name| std::env::var(name).ok(),
        std::io::stdout().is_terminal(),
    );
    RenderOptions {
        color,
        context: output.context,
        ..render(output.width, output.brief)
    }
}

fn fail_on(items: Vec<FailOnItem>) -> FailOn {
    items.into_iter().collect()
}

fn align_options(threshold: f32) -> AlignOptions {
    AlignOptions {
        threshold,
        matching: Matching::OneToOne,
    }
}

/// What the command line asks for.
pub struct Parsed {
    pub config: Config,
    /// Show a progress bar (check only, and only when standard error is a terminal).
    pub progress: bool,
}

/// What to do: run a command of the library, or print what the command line's definition
/// generates (a completion script, the man page), which needs no library.
pub enum Action {
    Run(Parsed),
    Print(Vec<u8>),
}

/// A completion script for `shell`, from the command line's definition.
fn completions(shell: clap_complete::Shell) -> Vec<u8> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "claimdiff", &mut script);
    script
}

/// The man page, from the command line's definition.
fn man_page() -> Vec<u8> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut page)
        .expect("writing to memory cannot fail");
    page
}

/// Parses the command line; on a usage error clap prints it and exits with code 2.
pub fn parse() -> Action {
    let mut progress = false;
    let config = match Cli::parse().command {
        Sub::Completions { shell } => return Action::Print(completions(shell)),
        Sub::Man => return Action::Print(man_page()),
        Sub::Compare(args) => Config {
            command: Command::Compare {
                inputs: inputs(args.articles),
                names: args.names.names,
                options: align_options(args.judging.threshold),
                dates: article_dates(args.judging.date.date),
                fail_on: fail_on(args.judging.fail_on),
                format: args.output.format,
            },
            render: RenderOptions {
                all: args.all,
                ..report_render(args.output)
            },
            verbose: args.verbose.verbose,
        },
        Sub::Check(args) if args.jsonl.is_some() => Config {
            command: Command::Stream {
                input: inputs(args.jsonl.into_iter().collect()).remove(0),
                options: align_options(args.judging.threshold),
                dates: article_dates(args.judging.date.date),
                fail_on: fail_on(args.judging.fail_on),
                baseline: args.baseline,
            },
            render: report_render(args.output),
            verbose: args.verbose.verbose,
        },
        Sub::Check(args) => {
            progress = !args.quiet && std::io::stderr().is_terminal();
            Config {
                command: Command::Check {
                    dir: args.dir.expect("clap requires DIR without --jsonl"),
                    options: align_options(args.judging.threshold),
                    dates: article_dates(args.judging.date.date),
                    fail_on: fail_on(args.judging.fail_on),
                    baseline: args.baseline,
                    update_baseline: args.update_baseline,
                    prune: args.prune,
                    format: args.output.format,
                    json_out: args.json_out,
                },
                render: report_render(args.output),
                verbose: args.verbose.verbose,
            }
        }
        Sub::Claims(args) => Config {
            command: Command::Claims {
                input: inputs(vec![args.article]).remove(0),
                name: args.name,
                dates: article_dates(args.date.date),
                format: args.output.format,
            },
            render: render(args.output.width, false),
            verbose: args.verbose.verbose,
        },
        Sub::Align(args) => Config {
            command: Command::Align {
                inputs: inputs(args.articles),
                names: args.names.names,
                options: AlignOptions {
                    threshold: args.threshold,
                    matching: if args.all_pairs {
                        Matching::All
                    } else {
                        Matching::OneToOne
                    },
                },
                format: args.output.format,
            },
            render: render(args.output.width, false),
            verbose: args.verbose.verbose,
        },
        Sub::Sentences(args) => Config {
            command: Command::Sentences {
                inputs: inputs(args.articles),
                names: args.names.names,
                format: args.output.format,
            },
            render: render(args.output.width, false),
            verbose: args.verbose.verbose,
        },
    };
    Action::Run(Parsed { config, progress })
}

#[cfg(test)]
mod tests;
