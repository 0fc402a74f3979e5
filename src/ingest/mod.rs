//! Ingest: turns a file path (or `-` for standard input) into [`Article`]s: each one's outlet
//! name, where it came from, its text decoded to UTF-8, and what is known of it besides the
//! story: its date and the parts of the text that are metadata rather than story.
//!
//! A file is read by what it is ([`sniff`]): plain text is read as it is; a saved web page
//! (`.html`, `.htm`, or a file that opens as HTML whatever its name) is reduced to its article's
//! text, paragraph by paragraph, with its title, outlet name and date from the page's metadata
//! (`html`); a JSON file is one article and a JSON Lines file one article a line (`json`: `text`,
//! or `html` read as a page; `outlet`, `title`, `published`, `set`); a PDF, a picture or another
//! binary file is refused, naming what it is, and so is a page with no article in it. The
//! article's date comes from its JSON `published` field, the page's metadata, a metadata line of
//! its own (`date 2020-08-17`, [`text`]) or, failing those, from a date that ends the name of its
//! folder (`belarus-2020-08-17/bbc.txt`): sets are commonly filed one folder per story and day.
//!
//! Every byte offset that later stages hand on (sentence spans, claim spans) is an offset into
//! [`Article::text`]: the *decoded* text (terminal control sequences and control characters taken
//! out, [`controls`]), and for a web page the *extracted* article text, never the HTML. So a Windows-1252 file and its UTF-8 copy get the same sentences but not necessarily
//! the same offsets, and a page and a plain-text copy of its article get the same sentences and
//! claims. Reading never prints: a decoding fallback comes back as a [`Warning`] for the binary
//! to show, and every refusal is an [`Error`] naming the file (and a JSON Lines file's line).

use std::io::Read;
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

mod controls;
mod html;
mod json;
mod read;
pub mod sniff;
mod stream;
mod text;

pub use read::MAX_ARTICLE_BYTES;

pub use sniff::{BinaryKind, Format};
pub use stream::{ArticleLine, LineReader};

/// Where an article is read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Stdin,
    Path(PathBuf),
}

impl Input {
    /// `-` means standard input, as with most Unix tools; anything else is a path.
    pub fn from_arg(arg: &str) -> Input {
        if arg == "-" {
            Input::Stdin
        } else {
            Input::Path(PathBuf::from(arg))
        }
    }

    /// How the input is named in messages and in the JSON `path` field.
    pub fn display_path(&self) -> PathBuf {
        match self {
            Input::Stdin => PathBuf::from("<stdin>"),
            Input::Path(path) => path.clone(),
        }
    }

    /// The outlet name used when `--names` is not given: the file stem (`bbc` for `bbc.txt`).
    fn default_outlet(&self) -> String {
        match self {
            Input::Stdin => "stdin".to_string(),
            Input::Path(path) => path
                .file_stem()
                .map(escaped)
                .filter(|stem| !stem.is_empty())
                .unwrap_or_else(|| path.display().to_string()),
        }
    }
}

/// A file or folder name as text, losslessly: bytes that are not UTF-8 are written `\xE9`,
/// and a backslash `\\`, so two names that differ only in such bytes (`caf\xE9`, `caf\xE8`)
/// stay two names in reports and baselines, where a lossy conversion made both `caf\u{FFFD}`.
pub fn escaped(name: &std::ffi::OsStr) -> String {
    let mut text = String::new();
    for chunk in name.as_encoded_bytes().utf8_chunks() {
        text.push_str(&chunk.valid().replace('\\', "\\\\"));
        for byte in chunk.invalid() {
            text.push_str(&format!("\\x{byte:02X}"));
        }
    }
    text
}

/// One news article: who published it and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// The outlet's short name (`bbc`), unique among the articles of one run.
    pub outlet: String,
    /// The file it was read from, as given on the command line (`<stdin>` for standard input).
    pub path: PathBuf,
    /// The decoded text. Every span handed on by later stages indexes into this string.
    pub text: String,
    /// When the article was published, and how that is known; none when nothing says.
    pub published: Option<Published>,
    /// Byte ranges of [`Article::text`] that are metadata, not story (`date 2020-08-17`): no
    /// sentence, claim or alignment is made of them.
    pub metadata: Vec<Range<usize>>,
    /// The headline, where the file states it apart from the text (a saved page's metadata).
    pub title: Option<String>,
    /// The outlet's own name for itself (a page's `og:site_name`). Not the outlet's name in the
    /// run, which stays the file stem or `--names`.
    pub site_name: Option<String>,
}

impl Article {
    /// An article of plain text with nothing known besides it (tests, embedding programs). Every
    /// article is made here, its text without control sequences ([`controls`]).
    pub fn new(
        outlet: impl Into<String>,
        path: impl Into<PathBuf>,
        text: impl Into<String>,
    ) -> Article {
        let text = text.into();
        Article {
            outlet: outlet.into(),
            path: path.into(),
            text: controls::neutralised(&text).unwrap_or(text),
            published: None,
            metadata: Vec::new(),
            title: None,
            site_name: None,
        }
    }
}

/// An article's day of publication and where it was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Published {
    pub date: jiff::civil::Date,
    pub source: DateSource,
}

/// Where an article's date was read, so the report can say how far to trust it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum DateSource {
    /// A metadata line of the text (`date 2020-08-17`).
    Metadata,
    /// A saved page's metadata (`article:published_time`, JSON-LD `datePublished`,
    /// `<time datetime>`).
    PageMetadata,
    /// A JSON article's `published` field.
    JsonField,
    /// A time stamp line near the top of the text (`Posted on November 15, 2011 6:07 PM`),
    /// read by claims (set by the pipeline): it outranks the folder's name.
    Stamp,
    /// A date ending the name of the article's folder (`belarus-2020-08-17`).
    FolderName,
    /// Given by hand (`--date`).
    Given,
}

/// Something worth telling the user that did not stop the run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    DecodedAsWindows1252 {
        path: PathBuf,
    },
    /// UTF-16 told by its NUL bytes, with no byte-order mark to say so.
    Utf16WithoutBom {
        path: PathBuf,
        encoding: &'static str,
    },
    /// UTF-16 that did not decode cleanly: U+FFFD stands where it did not.
    Utf16Replaced {
        path: PathBuf,
        /// An odd number of bytes (its last byte cut off), else a lone surrogate.
        odd_length: bool,
    },
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Warning::DecodedAsWindows1252 { path } => write!(
                f,
                "{}: not valid UTF-8; decoded as Windows-1252 (byte offsets refer to the decoded text)",
                path.display()
            ),
            Warning::Utf16WithoutBom { path, encoding } => write!(
                f,
                "{}: UTF-16 without a byte-order mark; read as {encoding}",
                path.display()
            ),
            Warning::Utf16Replaced { path, odd_length } => write!(
                f,
                "{}: UTF-16 with {}; replaced by U+FFFD",
                path.display(),
                if *odd_length {
                    "an odd number of bytes (the last one is cut off)"
                } else {
                    "a lone surrogate (half of a character)"
                }
            ),
        }
    }
}

/// Articles read so far plus the warnings met while reading them.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub warnings: Vec<Warning>,
}

/// Reads every input and names each article, from `names` when given, else by itself: a JSON
/// article's `outlet`, or the file stem.
///
/// A JSON Lines input gives all of its articles, which must be one set (lines of several `set`
/// values are for `check`), so `names` counts articles, not inputs. Default names that collide
/// (`day1/bbc.txt`, `day2/bbc.txt`) get a `-2`, `-3`... suffix so that every claim in the output
/// can still be traced to one article.
pub fn load_all(inputs: &[Input], names: Option<&[String]>) -> Result<Loaded> {
    if inputs
        .iter()
        .filter(|input| **input == Input::Stdin)
        .count()
        > 1
    {
        return Err(Error::StdinTwice);
    }
    let mut read = Vec::new();
    let mut loaded = Loaded::default();
    for input in inputs {
        let (articles, warnings) = read_input(input)?;
        one_set(&input.display_path(), &articles)?;
        loaded.warnings.extend(warnings);
        read.extend(articles);
    }
    let outlets = match names {
        Some(names) => validate_names(names, read.len())?,
        None => unique_names_by_text(
            read.iter().map(|r| r.article.outlet.clone()).collect(),
            &read
                .iter()
                .map(|r| r.article.text.as_str())
                .collect::<Vec<_>>(),
        ),
    };
    for (mut one, outlet) in read.into_iter().zip(outlets) {
        one.article.outlet = outlet;
        loaded.articles.push(one.article);
    }
    Ok(loaded)
}

/// A set's name and its articles.
pub type NamedSet = (String, Vec<Article>);

/// The articles of a JSON Lines file, grouped into sets by their `set` field: each set's name
/// and articles (in the file's order, outlets named by `outlet` or file stem and line, made
/// unique within the set), sets in name order. A line with no `set` is an error naming it.
pub fn load_sets(path: &Path) -> Result<(Vec<NamedSet>, Vec<Warning>)> {
    let (articles, warnings) = read_input(&Input::Path(path.to_path_buf()))?;
    let mut sets: std::collections::BTreeMap<String, Vec<Article>> = Default::default();
    for one in articles {
        let Some(set) = one.set else {
            return Err(Error::NoSetOnLine {
                path: path.to_path_buf(),
                line: one.line.unwrap_or(1),
            });
        };
        sets.entry(set).or_default().push(one.article);
    }
    let sets = sets
        .into_iter()
        .map(|(name, mut articles)| {
            name_outlets(&mut articles);
            (name, articles)
        })
        .collect();
    Ok((sets, warnings))
}

/// Makes the outlet names of one JSON Lines set's articles unique, whatever their lines' order
/// (`a`, `a-2` by their texts' order), as `check` names them whether it reads a file or a stream.
pub fn name_outlets(articles: &mut [Article]) {
    let texts: Vec<&str> = articles.iter().map(|a| a.text.as_str()).collect();
    let outlets = unique_names_by_text(articles.iter().map(|a| a.outlet.clone()).collect(), &texts);
    for (article, outlet) in articles.iter_mut().zip(outlets) {
        article.outlet = outlet;
    }
}

/// Whether a file is read as JSON Lines (by its name, else by its first bytes).
pub fn is_json_lines(path: &Path) -> bool {
    let mut head = Vec::new();
    let read = std::fs::File::open(path)
        .and_then(|file| file.take(sniff::SNIFF_BYTES as u64).read_to_end(&mut head));
    read.is_ok() && sniff::sniff(Some(path), &head) == Format::JsonLines
}

/// The articles of one input given to `compare` or `align` must be one set.
fn one_set(path: &Path, articles: &[ReadArticle]) -> Result<()> {
    let sets: std::collections::BTreeSet<&str> =
        articles.iter().filter_map(|a| a.set.as_deref()).collect();
    if sets.len() > 1 {
        return Err(Error::SeveralSets {
            path: path.to_path_buf(),
            count: sets.len(),
            sets: sets.into_iter().collect::<Vec<_>>().join(", "),
        });
    }
    Ok(())
}

/// An article as read, named by its default (its `outlet`, or its file's stem), with the set and
/// line a JSON Lines file gave it.
struct ReadArticle {
    article: Article,
    set: Option<String>,
    line: Option<usize>,
}

/// Reads one input as the kind of file it is: one article, or a JSON Lines file's many.
fn read_input(input: &Input) -> Result<(Vec<ReadArticle>, Vec<Warning>)> {
    let (bytes, format) = read::read(input)?;
    let path = input.display_path();
    let name = match input {
        Input::Path(path) => Some(path.as_path()),
        Input::Stdin => None,
    };
    let (text, warnings) = read::decode(bytes, &path)?;
    let stem = input.default_outlet();
    let mut read = match format {
        Format::Json => {
            let entry = json::one(&text).map_err(|problem| Error::BadJson {
                path: path.clone(),
                problem,
            })?;
            vec![json::article(entry, &path, &stem)?]
        }
        Format::JsonLines => json::lines(&text)
            .map_err(|(line, problem)| Error::BadJsonLine {
                path: path.clone(),
                line,
                problem,
            })?
            .into_iter()
            .map(|entry| json::article(entry, &path, &stem))
            .collect::<Result<Vec<_>>>()?,
        Format::Html => vec![ReadArticle {
            article: from_page(&text, stem, path)?,
            set: None,
            line: None,
        }],
        _ => vec![ReadArticle {
            article: Article::new(stem, path, text),
            set: None,
            line: None,
        }],
    };
    for one in &mut read {
        finish(one, name);
    }
    Ok((read, warnings))
}

/// What is known of an article besides its file's fields: its date from a metadata line of its
/// text or, failing everything else, from the name of the folder of `name` (the file read).
fn finish(one: &mut ReadArticle, name: Option<&Path>) {
    {
        // A metadata line in any article's text (a JSON article's `text` too) is no story; it
        // dates the article when nothing of the file's own (JSON `published`, a page's
        // metadata) does.
        if let Some((range, date)) = text::metadata_date(&one.article.text) {
            one.article.metadata.push(range);
            one.article.published.get_or_insert(Published {
                date,
                source: DateSource::Metadata,
            });
        }
        if one.article.published.is_none() {
            one.article.published = name.and_then(text::folder_date).map(|date| Published {
                date,
                source: DateSource::FolderName,
            });
        }
    }
}

/// A saved page's article, with what its metadata says; refused by `path` when it has none.
fn from_page(html: &str, outlet: String, path: PathBuf) -> Result<Article> {
    let page = html::read(html).map_err(|unread| match unread {
        html::Unread::NoArticle => Error::NoArticleInPage { path: path.clone() },
        html::Unread::TooDeep => Error::PageTooDeep {
            path: path.clone(),
            limit: html::MAX_DEPTH,
        },
    })?;
    let mut article = Article::new(outlet, path, page.text);
    article.title = page.title;
    article.site_name = page.site_name;
    article.published = page.published.map(|date| Published {
        date,
        source: DateSource::PageMetadata,
    });
    Ok(article)
}

fn validate_names(names: &[String], sources: usize) -> Result<Vec<String>> {
    if names.len() != sources {
        return Err(Error::NameCountMismatch {
            names: names.len(),
            sources,
        });
    }
    let mut seen = std::collections::HashSet::new();
    for name in names {
        // Compared as used: trimmed, so `--names "x, x"` names two articles `x`.
        let name = name.trim();
        if name.is_empty() {
            return Err(Error::BadName {
                problem: "a name is empty".to_string(),
            });
        }
        if !seen.insert(name) {
            return Err(Error::BadName {
                problem: format!("'{name}' is given twice; each article needs its own name"),
            });
        }
    }
    Ok(names.iter().map(|name| name.trim().to_string()).collect())
}

/// Names made unique as [`unique_names`] makes them, but with the articles of one name taking
/// their suffixes in the order of their texts, not of their arguments or lines: two articles
/// both named `a` are `a` and `a-2` whichever comes first, so a finding keyed on an outlet's name
/// (a baseline's) does not move to the other article when lines or arguments are reordered.
fn unique_names_by_text(defaults: Vec<String>, texts: &[&str]) -> Vec<String> {
    let mut order: Vec<usize> = (0..defaults.len()).collect();
    order.sort_by(|&i, &j| (&defaults[i], texts[i]).cmp(&(&defaults[j], texts[j])));
    let sorted: Vec<String> = order.iter().map(|&i| defaults[i].clone()).collect();
    let mut names = vec![String::new(); defaults.len()];
    for (&i, name) in order.iter().zip(unique_names(sorted)) {
        names[i] = name;
    }
    names
}

fn unique_names(defaults: Vec<String>) -> Vec<String> {
    let mut taken: std::collections::HashSet<String> = std::collections::HashSet::new();
    // The next suffix to try for each name, so that many articles of one outlet (a JSON Lines
    // file of 100,000) are named in linear time, not by counting up from `-2` each time.
    let mut next: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    defaults
        .into_iter()
        .map(|name| {
            let mut candidate = name.clone();
            let n = next.entry(name.clone()).or_insert(2);
            while taken.contains(&candidate) {
                candidate = format!("{name}-{n}");
                *n += 1;
            }
            taken.insert(candidate.clone());
            candidate
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_names_are_file_stems_made_unique() {
        let inputs = ["day1/bbc.txt", "day2/bbc.txt", "nyt.html", "-"].map(Input::from_arg);
        let names = unique_names(inputs.iter().map(Input::default_outlet).collect());
        assert_eq!(names, ["bbc", "bbc-2", "nyt", "stdin"]);
    }

    #[test]
    fn articles_of_one_name_take_their_suffixes_in_text_order() {
        let names = || vec!["a".to_string(), "a".to_string(), "b".to_string()];
        assert_eq!(
            unique_names_by_text(names(), &["12 killed", "15 killed", "x"]),
            ["a", "a-2", "b"]
        );
        assert_eq!(
            unique_names_by_text(names(), &["15 killed", "12 killed", "x"]),
            ["a-2", "a", "b"]
        );
    }

    #[test]
    fn names_that_are_not_utf8_stay_distinct() {
        use std::ffi::OsStr;
        assert_eq!(escaped(OsStr::new("caf\u{e9}")), "caf\u{e9}");
        assert_eq!(escaped(OsStr::new(r"a\b")), r"a\\b");
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStrExt;
            let e9 = escaped(OsStr::from_bytes(b"caf\xE9"));
            assert_eq!(e9, r"caf\xE9");
            assert_ne!(e9, escaped(OsStr::from_bytes(b"caf\xE8")));
            // The escape cannot be mistaken for a name that spells it out.
            assert_ne!(e9, escaped(OsStr::new(r"caf\xE9")));
        }
    }

    #[test]
    fn names_repeated_after_trimming_are_refused() {
        let names = ["x".to_string(), " x".to_string()];
        assert!(matches!(
            validate_names(&names, 2),
            Err(Error::BadName { .. })
        ));
    }

    #[test]
    fn names_must_match_the_sources_one_to_one() {
        let two = ["bbc".to_string(), "bbc".to_string()];
        assert!(matches!(
            validate_names(&two, 2),
            Err(Error::BadName { .. })
        ));
        assert!(matches!(
            validate_names(&two[..1], 2),
            Err(Error::NameCountMismatch {
                names: 1,
                sources: 2
            })
        ));
        let blank = ["reuters".to_string(), " ".to_string()];
        assert!(matches!(
            validate_names(&blank, 2),
            Err(Error::BadName { .. })
        ));
    }

    #[test]
    fn stdin_may_be_given_once_only() {
        let inputs = [Input::Stdin, Input::Stdin];
        assert!(matches!(load_all(&inputs, None), Err(Error::StdinTwice)));
    }
}
