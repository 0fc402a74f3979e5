//! Article lines read one at a time: takes a `BufRead` of JSON Lines articles (standard input,
//! a pipe from Spark, a file) and hands on, line by line, each non-blank line as an
//! [`ArticleLine`]: the article with its `set`, or why the line is none (with the set it names
//! when that can be told). `check --jsonl` reads this way so that it holds one line at a time,
//! never the whole input; a JSON Lines file given to `check` is read whole ([`super::load_sets`]).
//!
//! A line is read exactly as a line of a JSON Lines file is (the same fields, the same article,
//! named `NAME:LINE` with lines counted from 1, blank ones too), so a set streamed gives the
//! same comparison as the same set read from the file. Each line is decoded on its own (UTF-8,
//! a byte-order mark skipped on the first; Windows-1252 with a warning), where a file is decoded
//! whole. An I/O error stops the stream; a bad line does not.

use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};

use super::{Article, Warning, json, read};
use crate::error::{Error, Result};

/// One non-blank line of the stream.
#[derive(Debug)]
pub enum ArticleLine {
    /// An article of set `set`.
    Article {
        set: String,
        line: usize,
        article: Article,
        warnings: Vec<Warning>,
    },
    /// A line that is no article, with the set it names when it names one.
    Bad {
        set: Option<String>,
        line: usize,
        error: Error,
    },
}

/// Reads JSON Lines articles from `input`, one line at a time.
pub struct LineReader<R> {
    input: R,
    /// What the input is called in paths (`<stdin>`, or the file).
    path: PathBuf,
    /// The file read, when it is one (a date ending its folder's name dates its articles).
    file: Option<PathBuf>,
    /// Who an article with no `outlet` is named after (with its line): the file's stem.
    stem: String,
    /// The number of the last line read (1-based; 0 before the first).
    line: usize,
}

impl<R> LineReader<R> {
    /// What the input is called in paths.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl<R: BufRead> LineReader<R> {
    /// A reader of `input`, called `path` in what it hands on; `file` when it is a file.
    pub fn new(input: R, path: PathBuf, file: Option<PathBuf>) -> Self {
        let stem = match &file {
            Some(file) => super::Input::Path(file.clone()).default_outlet(),
            None => super::Input::Stdin.default_outlet(),
        };
        LineReader {
            input,
            path,
            file,
            stem,
            line: 0,
        }
    }

    /// The next non-blank line, or `None` at the end of the input. Only a failure to read the
    /// input is an error; a line that is no article is an [`ArticleLine::Bad`].
    pub fn next_line(&mut self) -> Result<Option<ArticleLine>> {
        loop {
            let Some(bytes) = self.read_line()? else {
                return Ok(None);
            };
            let line = self.line;
            let path = PathBuf::from(format!("{}:{line}", self.path.display()));
            if bytes
                .as_ref()
                .is_ok_and(|bytes| bytes.iter().all(u8::is_ascii_whitespace))
            {
                continue;
            }
            let (text, warnings) = match bytes {
                Ok(bytes) => match read::decode(bytes, &path) {
                    Ok(decoded) => decoded,
                    Err(error) => {
                        return Ok(Some(ArticleLine::Bad {
                            set: None,
                            line,
                            error,
                        }));
                    }
                },
                Err(size) => {
                    let error = Error::TooLarge { path, size };
                    return Ok(Some(ArticleLine::Bad {
                        set: None,
                        line,
                        error,
                    }));
                }
            };
            if text.trim().is_empty() {
                continue;
            }
            return Ok(Some(self.article(&text, line, warnings)));
        }
    }

    /// The article of one decoded line, read as a JSON Lines file's line is.
    fn article(&self, text: &str, line: usize, warnings: Vec<Warning>) -> ArticleLine {
        let bad = |error| ArticleLine::Bad {
            set: set_named(text),
            line,
            error,
        };
        let mut entry = match json::lines(text).map(<[json::Entry; 1]>::try_from) {
            Ok(Ok([entry])) => entry,
            // A line holds one article (it has no `\n`); said rather than assumed.
            Ok(Err(entries)) => {
                return bad(Error::BadJsonLine {
                    path: self.path.clone(),
                    line,
                    problem: format!("holds {} articles, not one", entries.len()),
                });
            }
            Err((_, problem)) => {
                return bad(Error::BadJsonLine {
                    path: self.path.clone(),
                    line,
                    problem,
                });
            }
        };
        entry.line = Some(line);
        let Some(set) = entry.set.clone() else {
            return bad(Error::NoSetOnLine {
                path: self.path.clone(),
                line,
            });
        };
        match json::article(entry, &self.path, &self.stem) {
            Ok(mut read) => {
                super::finish(&mut read, self.file.as_deref());
                ArticleLine::Article {
                    set,
                    line,
                    article: read.article,
                    warnings,
                }
            }
            Err(error) => bad(error),
        }
    }

    /// The bytes of the next line without its `\n`, or its size when it is over the cap (then
    /// skipped to its end); `None` at the end of the input.
    fn read_line(&mut self) -> Result<Option<std::result::Result<Vec<u8>, u64>>> {
        let mut bytes = Vec::new();
        let cap = read::MAX_ARTICLE_BYTES;
        let read = (&mut self.input)
            .take(cap + 1)
            .read_until(b'\n', &mut bytes)
            .map_err(|source| Error::reading(&self.path, source))?;
        if read == 0 {
            return Ok(None);
        }
        self.line += 1;
        if bytes.last() == Some(&b'\n') {
            bytes.pop();
        } else if bytes.len() as u64 > cap {
            // Over the cap: the rest of the line is skipped, a chunk at a time.
            let mut size = bytes.len() as u64;
            loop {
                let buffer = self
                    .input
                    .fill_buf()
                    .map_err(|source| Error::reading(&self.path, source))?;
                if buffer.is_empty() {
                    break;
                }
                let (used, end) = match buffer.iter().position(|&b| b == b'\n') {
                    Some(at) => (at + 1, true),
                    None => (buffer.len(), false),
                };
                size += used as u64 - u64::from(end);
                self.input.consume(used);
                if end {
                    break;
                }
            }
            return Ok(Some(Err(size)));
        }
        if self.line == 1 && bytes.starts_with(b"\xEF\xBB\xBF") {
            bytes.drain(..3);
        }
        Ok(Some(Ok(bytes)))
    }
}

/// The set a line that is no article names, when it is a JSON object with a `set` string.
fn set_named(text: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(text).ok()?;
    value
        .get("set")?
        .as_str()
        .filter(|set| !set.trim().is_empty())
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &str) -> Vec<ArticleLine> {
        let mut reader = LineReader::new(input.as_bytes(), PathBuf::from("<stdin>"), None);
        std::iter::from_fn(|| reader.next_line().unwrap()).collect()
    }

    #[test]
    fn lines_are_numbered_as_in_a_file_and_blank_ones_skipped() {
        let read = lines(
            "\u{feff}{\"set\": \"a\", \"outlet\": \"x\", \"text\": \"One.\"}\n\n{\"set\": \"a\", \"text\": \"Two.\"}",
        );
        assert_eq!(read.len(), 2);
        let ArticleLine::Article {
            set, line, article, ..
        } = &read[1]
        else {
            panic!("{read:?}");
        };
        assert_eq!((set.as_str(), *line), ("a", 3));
        assert_eq!(article.outlet, "stdin-line3");
        assert_eq!(article.path, PathBuf::from("<stdin>:3"));
        assert!(matches!(&read[0], ArticleLine::Article { line: 1, .. }));
    }

    #[test]
    fn a_bad_line_names_its_set_when_it_can() {
        let read = lines("{\"set\": \"a\", \"outlet\": \"x\"}\n{oops\n{\"text\": \"One.\"}\n");
        let sets: Vec<(Option<&str>, usize)> = read
            .iter()
            .map(|line| match line {
                ArticleLine::Bad { set, line, .. } => (set.as_deref(), *line),
                ArticleLine::Article { .. } => panic!("{line:?}"),
            })
            .collect();
        assert_eq!(sets, [(Some("a"), 1), (None, 2), (None, 3)]);
    }
}
