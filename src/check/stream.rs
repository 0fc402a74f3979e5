//! The check stream (`check --jsonl`, issue 18): takes a [`LineReader`] of JSON Lines articles
//! whose sets' lines are together, and the check options (a baseline only read); hands on one
//! [`SetResult`] per set, in input order, to a callback as soon as the set's last line is read,
//! then how the stream ended. It holds one set at a time, so any engine that pipes (Spark's
//! `RDD.pipe`, Beam, `xargs -P`) can feed it inputs of any size, and it never stops for one bad
//! set: a set with a bad line, with one article only, or whose lines come again after another
//! set's, is a result in error, and the stream goes on.
//!
//! Each set is compared and judged exactly as `check` on a JSON Lines file compares and judges
//! it (the same outlet names, paths `NAME:LINE`, baseline identities), so a set's record is the
//! same whichever way it came. A line with no set that can be read (invalid JSON) belongs to the
//! set it stands among: the one in progress, or the next one when it comes first. Set names are
//! remembered as 64-bit hashes to tell a set that comes again (8 bytes a set).

use std::collections::HashSet;
use std::hash::{Hash, Hasher};
use std::io::BufRead;

use super::{ArticleSet, Check, CheckOptions, Concluded, SetResult, compare_set};
use crate::baseline::Baseline;
use crate::error::{Error, Result};
use crate::ingest::{self, Article, ArticleLine, LineReader, Warning};

/// Told for each set as it is done: its result, and its lines for standard error (warnings and
/// its error), so they are shown as the stream goes rather than at its end.
pub type Each<'a> = dyn FnMut(&SetResult, &[String]) -> Result<()> + 'a;

/// One set as it is read: its articles, or the first error that fails it.
struct Gathering {
    name: String,
    articles: Vec<Article>,
    warnings: Vec<Warning>,
    error: Option<Error>,
}

impl Gathering {
    fn new(name: String, error: Option<Error>) -> Self {
        Gathering {
            name,
            articles: Vec::new(),
            warnings: Vec::new(),
            error,
        }
    }

    /// Fails the set with `error`, unless an earlier error already did.
    fn fail(&mut self, error: Error) {
        self.error.get_or_insert(error);
        // Its articles are not compared: nothing to hold on to.
        self.articles = Vec::new();
    }
}

/// Runs `check` over the sets of `reader`, handing each result to `each` as soon as its set
/// ends. The options' baseline is read, never written (`update_baseline` is refused). Only a
/// failure to read the input, the baseline or to hand a result on stops the stream.
pub fn stream<R: BufRead>(
    mut reader: LineReader<R>,
    options: CheckOptions,
    each: &mut Each<'_>,
) -> Result<Concluded> {
    if options.update_baseline {
        return Err(Error::StreamUpdatesNoBaseline);
    }
    let known = match &options.baseline {
        Some(path) => Baseline::load(path)?,
        None => Baseline::default(),
    };
    let mut check = Check {
        sets: Vec::new(),
        known,
        findings: Vec::new(),
        used: HashSet::new(),
        ran: std::collections::BTreeSet::new(),
        errored: Vec::new(),
        worst: super::SetStatus::Ok,
        messages: Vec::new(),
        dated: vec![false; options.dates.by_outlet.len()],
        options,
    };
    let mut seen: HashSet<u64> = HashSet::new();
    let mut current: Option<Gathering> = None;
    // A line whose set cannot be told, read before any set: it fails the first set.
    let mut orphan: Option<Error> = None;
    while let Some(line) = reader.next_line()? {
        let (set, line_number) = match &line {
            ArticleLine::Article { set, line, .. } => (Some(set.clone()), *line),
            ArticleLine::Bad { set, line, .. } => (set.clone(), *line),
        };
        // A line naming a set other than the one in progress starts it.
        let starts = set.filter(|set| current.as_ref().is_none_or(|now| now.name != *set));
        if let Some(name) = starts {
            if let Some(done) = current.take() {
                finish(&mut check, &reader, done, each)?;
            }
            let mut gathering = Gathering::new(name, orphan.take());
            if !seen.insert(hash(&gathering.name)) {
                gathering.fail(Error::SetNotTogether {
                    path: reader.path().to_path_buf(),
                    line: line_number,
                    set: gathering.name.clone(),
                });
            }
            current = Some(gathering);
        }
        // Only a line that names no set can come before every set.
        let Some(gathering) = current.as_mut() else {
            if let ArticleLine::Bad { error, .. } = line {
                orphan.get_or_insert(error);
            }
            continue;
        };
        match line {
            ArticleLine::Article {
                article, warnings, ..
            } => {
                gathering.warnings.extend(warnings);
                if gathering.error.is_none() {
                    gathering.articles.push(article);
                }
            }
            ArticleLine::Bad { error, .. } => gathering.fail(error),
        }
    }
    if let Some(done) = current.take() {
        finish(&mut check, &reader, done, each)?;
    }
    if let Some(error) = orphan {
        // Only lines no set could be told of: no record to carry the error.
        check.messages.push(format!("error: {error}"));
        check.worst = super::SetStatus::Error;
    }
    check.conclude()
}

/// Compares and judges a set that has ended, and hands its result on with its messages.
fn finish<R>(
    check: &mut Check,
    reader: &LineReader<R>,
    gathering: Gathering,
    each: &mut Each<'_>,
) -> Result<()> {
    let Gathering {
        name,
        mut articles,
        warnings,
        error,
    } = gathering;
    ingest::name_outlets(&mut articles);
    let mut set = ArticleSet {
        name,
        path: reader.path().to_path_buf(),
        files: Vec::new(),
        articles,
        unreadable: error,
        set_aside: Vec::new(),
    };
    let (compared, mut more) = compare_set(&mut set, &check.options);
    more.splice(0..0, warnings);
    let result = check.judge(set, compared, more);
    // Nothing is kept of a set once judged: no baseline is written from a stream.
    check.findings.clear();
    check.errored.clear();
    let messages = std::mem::take(&mut check.messages);
    each(&result, &messages)
}

/// A set's name as the stream remembers it.
fn hash(name: &str) -> u64 {
    // `DefaultHasher::new` has fixed keys: the same on every run.
    let mut hasher = std::hash::DefaultHasher::new();
    name.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;
    use std::io::Read;
    use std::path::PathBuf;
    use std::rc::Rc;

    use super::*;
    use crate::align::AlignOptions;
    use crate::check::FailOn;

    /// A byte source that counts how much of it has been read.
    struct Counted {
        bytes: Vec<u8>,
        at: usize,
        read: Rc<Cell<usize>>,
    }

    impl Read for Counted {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            // A few bytes at a time, as a pipe may give them.
            let n = buf.len().min(16).min(self.bytes.len() - self.at);
            buf[..n].copy_from_slice(&self.bytes[self.at..self.at + n]);
            self.at += n;
            self.read.set(self.at);
            Ok(n)
        }
    }

    fn options() -> CheckOptions {
        CheckOptions {
            align: AlignOptions::default(),
            dates: Default::default(),
            fail_on: FailOn::default(),
            baseline: None,
            update_baseline: false,
            prune: false,
        }
    }

    fn line(set: &str, outlet: &str) -> String {
        format!(
            "{{\"set\": \"{set}\", \"outlet\": \"{outlet}\", \"text\": \"At least 41 people \
             were killed on Sunday, police said.\"}}\n"
        )
    }

    #[test]
    fn each_set_is_handed_on_before_the_next_sets_second_line_is_read() {
        let sets = ["a", "b", "c"];
        let text: String = sets
            .iter()
            .flat_map(|set| [line(set, "x"), line(set, "y"), line(set, "z")])
            .collect();
        // Where each set's lines end in the input.
        let ends: Vec<usize> = (1..=sets.len())
            .map(|n| text.split_inclusive('\n').take(3 * n).map(str::len).sum())
            .collect();
        let read = Rc::new(Cell::new(0));
        let counted = Counted {
            bytes: text.clone().into_bytes(),
            at: 0,
            read: Rc::clone(&read),
        };
        // A small buffer, so that what has been read is close to what the reader holds.
        let reader = LineReader::new(
            std::io::BufReader::with_capacity(32, counted),
            PathBuf::from("<stdin>"),
            None,
        );
        let mut seen = Vec::new();
        let concluded = stream(reader, options(), &mut |result, _| {
            let index = seen.len();
            // Set `index` is done once the first line of the next is read, and no later.
            let next_first = ends[index] + line("x", "x").len();
            assert!(
                read.get() <= next_first + 32,
                "set {index}: read {}",
                read.get()
            );
            if index + 1 < sets.len() {
                assert!(
                    read.get() > ends[index],
                    "set {index} handed on before its end"
                );
            }
            assert_eq!(result.set.articles.len(), 3);
            seen.push(result.set.name.clone());
            Ok(())
        })
        .unwrap();
        assert_eq!(seen, sets);
        assert_eq!(concluded.worst, super::super::SetStatus::Ok);
    }

    #[test]
    fn a_bad_line_before_any_set_fails_the_first() {
        let text = format!("{{oops\n{}{}", line("a", "x"), line("a", "y"));
        let reader = LineReader::new(text.as_bytes(), PathBuf::from("<stdin>"), None);
        let mut statuses = Vec::new();
        stream(reader, options(), &mut |result, messages| {
            statuses.push((result.set.name.clone(), result.status(), messages.len()));
            Ok(())
        })
        .unwrap();
        assert_eq!(
            statuses,
            [("a".to_string(), super::super::SetStatus::Error, 1)]
        );
    }
}
