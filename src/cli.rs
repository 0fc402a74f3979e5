//! CLI: the clap definition of claimdiff's flags, turned into a validated library [`Config`].
//!
//! This is the only module that knows about clap. Usage mistakes (an unknown flag, a threshold
//! outside 0..1) are reported by clap with exit code 2, like any other bad input.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use claimdiff::align::{AlignOptions, DEFAULT_THRESHOLD, Matching};
use claimdiff::claims::ArticleDate;
use claimdiff::report::Format;
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
    /// List the numeric and date claims of one article.
    Claims(ClaimsArgs),
    /// Align the sentences of two or more articles about the same event, side by side.
    Align(AlignArgs),
    /// Show how articles are split into sentences, with their byte spans.
    Sentences(SentencesArgs),
}

#[derive(Debug, Args)]
struct AlignArgs {
    /// Article files (plain text, UTF-8 or Windows-1252); `-` reads standard input.
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
}

#[derive(Debug, Args)]
struct CompareArgs {
    /// Article files (plain text, UTF-8 or Windows-1252); `-` reads standard input.
    #[arg(required = true, value_name = "ARTICLE")]
    articles: Vec<PathBuf>,
    #[command(flatten)]
    names: NamesArg,
    #[command(flatten)]
    date: DateArg,
    /// Align sentences scoring at least this (0..1).
    #[arg(long, value_name = "SCORE", default_value_t = DEFAULT_THRESHOLD, value_parser = parse_threshold)]
    threshold: f32,
    #[command(flatten)]
    output: OutputArgs,
}

#[derive(Debug, Args)]
struct ClaimsArgs {
    /// The article file; `-` reads standard input.
    #[arg(value_name = "ARTICLE")]
    article: PathBuf,
    /// The outlet's name (default: the file name without extension).
    #[arg(long, value_name = "NAME")]
    name: Option<String>,
    #[command(flatten)]
    date: DateArg,
    #[command(flatten)]
    output: OutputArgs,
}

#[derive(Debug, Args)]
struct DateArg {
    /// Publication date (YYYY-MM-DD): gives a year to dates written without one ("9 August").
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<ArticleDate>,
}

fn parse_date(text: &str) -> Result<ArticleDate, String> {
    text.parse()
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
}

#[derive(Debug, Args)]
struct NamesArg {
    /// Outlet names, one per article, comma-separated (default: the file names without extension).
    #[arg(long, value_name = "NAME,NAME", value_delimiter = ',')]
    names: Option<Vec<String>>,
}

#[derive(Debug, Args)]
struct OutputArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = FormatArg::Table)]
    format: FormatArg,
    /// Wrap tables to this many columns (default: the terminal's width, or $COLUMNS, or 100).
    #[arg(long, value_name = "COLUMNS", value_parser = clap::value_parser!(u16).range(40..))]
    width: Option<u16>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FormatArg {
    Table,
    Json,
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

/// Colour only on a terminal, and never when NO_COLOR is set to anything (no-color.org).
fn wants_color() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

fn config(command: Command, output: OutputArgs) -> Config {
    Config {
        command,
        format: match output.format {
            FormatArg::Table => Format::Table,
            FormatArg::Json => Format::Json,
        },
        width: table_width(output.width),
        color: wants_color(),
    }
}

/// Parses the command line; on a usage error clap prints it and exits with code 2.
pub fn parse() -> Config {
    match Cli::parse().command {
        Sub::Compare(args) => config(
            Command::Compare {
                inputs: inputs(args.articles),
                names: args.names.names,
                options: AlignOptions {
                    threshold: args.threshold,
                    matching: Matching::OneToOne,
                },
                article_date: args.date.date,
            },
            args.output,
        ),
        Sub::Claims(args) => config(
            Command::Claims {
                input: inputs(vec![args.article]).remove(0),
                name: args.name,
                article_date: args.date.date,
            },
            args.output,
        ),
        Sub::Align(args) => config(
            Command::Align {
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
            },
            args.output,
        ),
        Sub::Sentences(args) => config(
            Command::Sentences {
                inputs: inputs(args.articles),
                names: args.names.names,
            },
            args.output,
        ),
    }
}
