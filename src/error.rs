//! The library's one error type.
//!
//! Every variant names the input it is about and says what is wrong with it, so the binary can
//! print `claimdiff: <error>` on one line and exit with code 2 without adding context of its own.

use std::path::PathBuf;

/// Why claimdiff could not do what it was asked.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: no such file", .path.display())]
    NotFound { path: PathBuf },

    #[error("{}: is a directory, not an article file", .path.display())]
    IsDirectory { path: PathBuf },

    #[error("{}: cannot read: {source}", .path.display())]
    Unreadable {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("{}: is empty (no text to compare)", .path.display())]
    Empty { path: PathBuf },

    #[error("{}: is {what}, not article text", .path.display())]
    Binary { path: PathBuf, what: &'static str },

    #[error("{}: is a PDF; claimdiff reads text: export it first (for example `pdftotext -layout FILE.pdf FILE.txt`)", .path.display())]
    Pdf { path: PathBuf },

    #[error("{}: {problem}", .path.display())]
    BadJson { path: PathBuf, problem: String },

    #[error("{}: line {line}: {problem}", .path.display())]
    BadJsonLine {
        path: PathBuf,
        line: usize,
        problem: String,
    },

    #[error("{}: line {line}: has no `set`; `check` on a JSON Lines file groups its articles into sets by their `set` field", .path.display())]
    NoSetOnLine { path: PathBuf, line: usize },

    #[error("{}: holds {count} sets of articles ({sets}), and one set is compared at a time: run `claimdiff check {}` to compare each", .path.display(), .path.display())]
    SeveralSets {
        path: PathBuf,
        count: usize,
        sets: String,
    },

    #[error("{}: holds {count} articles; `claims` reads one: run `claimdiff compare {}` to compare them", .path.display(), .path.display())]
    OneArticleOnly { path: PathBuf, count: usize },

    #[error("{}: is a web page with no article in it (only navigation, links and page furniture were found): save the article's own page, or its text as plain text", .path.display())]
    NoArticleInPage { path: PathBuf },

    #[error("{}: is a web page nested more than {limit} elements deep, which no article page is; save the article as plain text", .path.display())]
    PageTooDeep { path: PathBuf, limit: usize },

    #[error("{}: is {size} bytes; claimdiff reads articles smaller than 4 GiB", .path.display())]
    TooLarge { path: PathBuf, size: u64 },

    #[error("{}: is longer than 4 GiB; claimdiff reads articles smaller than 4 GiB", .path.display())]
    TooLong { path: PathBuf },

    #[error("{}: is a symbolic link to {}, which does not exist", .path.display(), .target.display())]
    DanglingLink { path: PathBuf, target: PathBuf },

    #[error("standard input ('-') can be given only once")]
    StdinTwice,

    #[error("{command} needs at least two articles to compare, got only {given}")]
    TooFewSources {
        command: &'static str,
        given: String,
    },

    #[error("--names gives {names} names for {sources} articles; give one name per article")]
    NameCountMismatch { names: usize, sources: usize },

    #[error("--date {name}=...: no article is named {name} (the articles: {outlets})")]
    UnknownDateName { name: String, outlets: String },

    #[error("--names: {problem}")]
    BadName { problem: String },

    #[error("{}: not a claimdiff baseline: {problem}", .path.display())]
    BadBaseline { path: PathBuf, problem: String },

    #[error("{}: baseline format version {version} is not one this claimdiff reads (versions 1 to {supported})", .path.display())]
    BaselineVersion {
        path: PathBuf,
        version: u64,
        supported: u32,
    },

    #[error("{}: is read-only; the baseline is not written (make it writable to update it)", .path.display())]
    BaselineReadOnly { path: PathBuf },

    #[error("{}: cannot write the baseline: {source}", .path.display())]
    BaselineWrite {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("{}: no such baseline; run once with --update-baseline to start it", .path.display())]
    NoBaseline { path: PathBuf },

    #[error("{}: cannot write the report: {source}", .path.display())]
    ReportWrite {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("{}: no article sets here (a set is a folder of article files: .txt, .text, .md, .html, .htm, .json)", .path.display())]
    NoSets { path: PathBuf },

    #[error("{}: no articles in this set (a set is a folder of two or more .txt, .text, .md, .html, .htm or .json files)", .path.display())]
    EmptySet { path: PathBuf },

    #[error("{}: holds both article files ({files}) and folders of articles ({folders}), so which are the sets is not clear: move the files into a folder of their own, or check each folder", .path.display())]
    MixedSets {
        path: PathBuf,
        files: String,
        folders: String,
    },

    #[error("{}: is a symbolic link to a folder that holds it (a loop); not read", .path.display())]
    LinkLoop { path: PathBuf },

    #[error("{}: is neither a folder of article sets nor a JSON Lines file of articles", .path.display())]
    NotADirectory { path: PathBuf },

    #[error("cannot write output: {0}")]
    Output(#[source] std::io::Error),

    #[error("{}: line {line}: set {set} comes again after another set's lines; the lines of a set must be together in a stream", .path.display())]
    SetNotTogether {
        path: PathBuf,
        line: usize,
        set: String,
    },

    #[error(
        "--update-baseline cannot be used with --jsonl: a stream reads its baseline and never writes it (run --update-baseline on a file or folder)"
    )]
    StreamUpdatesNoBaseline,
}

impl Error {
    /// The error for a file that could not be opened or read: missing (or a symbolic link to
    /// nothing, so `compare` and `check` say the same of one), or unreadable and why.
    pub fn reading(path: &std::path::Path, source: std::io::Error) -> Error {
        match source.kind() {
            std::io::ErrorKind::NotFound => match std::fs::read_link(path) {
                Ok(target) => Error::DanglingLink {
                    path: path.to_path_buf(),
                    target,
                },
                Err(_) => Error::NotFound {
                    path: path.to_path_buf(),
                },
            },
            _ => Error::Unreadable {
                path: path.to_path_buf(),
                source,
            },
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
