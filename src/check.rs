//! Check: runs `compare` over many article sets for CI. Takes a folder; hands on one outcome per
//! set, in the sets' name order, each either a comparison report or the error that stopped that
//! set (a set with one article, an unreadable file): one bad set never stops the others.
//! Outcomes are handed on chunk by chunk, so a run over thousands of sets streams its report
//! instead of holding every set's comparison in memory.
//!
//! A set is a folder of article files (`.txt`, `.text`, `.md`; hidden files skipped). The folder
//! given is itself a set when it holds article files; otherwise each of its sub-folders is one.
//! Sets run in parallel with rayon: this and sentence scoring are the two places parallelism
//! lives, and results are put back in name order, so output never depends on scheduling.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::align::AlignOptions;
use crate::claims::ArticleDate;
use crate::error::{Error, Result};
use crate::ingest::{Input, Warning};
use crate::report::CompareReport;

/// One article set: its name (the folder's), its folder, and its article files, sorted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleSet {
    pub name: String,
    pub path: PathBuf,
    pub files: Vec<PathBuf>,
}

/// What running one set gave.
#[derive(Debug)]
pub struct SetOutcome {
    pub set: ArticleSet,
    pub result: Result<CompareReport>,
    pub warnings: Vec<Warning>,
}

/// Told as sets finish, so the binary can show a progress bar; the library never draws one.
pub trait Progress: Sync {
    fn start(&self, _sets: usize) {}
    fn set_done(&self, _name: &str) {}
}

/// No progress shown.
pub struct Quiet;

impl Progress for Quiet {}

fn is_article(path: &Path) -> bool {
    let hidden = path
        .file_name()
        .is_some_and(|name| name.to_string_lossy().starts_with('.'));
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    !hidden && path.is_file() && matches!(extension.as_str(), "txt" | "text" | "md")
}

fn entries(dir: &Path) -> Result<Vec<PathBuf>> {
    let read = std::fs::read_dir(dir).map_err(|source| Error::Unreadable {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut paths: Vec<PathBuf> = read.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    Ok(paths)
}

fn name_of(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Finds the article sets under `dir`.
pub fn discover(dir: &Path) -> Result<Vec<ArticleSet>> {
    if !dir.exists() {
        return Err(Error::NotFound {
            path: dir.to_path_buf(),
        });
    }
    if !dir.is_dir() {
        return Err(Error::NotADirectory {
            path: dir.to_path_buf(),
        });
    }
    let here = entries(dir)?;
    let files: Vec<PathBuf> = here.iter().filter(|p| is_article(p)).cloned().collect();
    if !files.is_empty() {
        let canonical = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
        return Ok(vec![ArticleSet {
            name: name_of(&canonical),
            path: dir.to_path_buf(),
            files,
        }]);
    }
    let mut sets = Vec::new();
    for folder in here.iter().filter(|p| p.is_dir()) {
        if name_of(folder).starts_with('.') {
            continue;
        }
        // An unreadable folder becomes a set with no files: it is reported, not skipped.
        let files = entries(folder)
            .map(|paths| paths.into_iter().filter(|p| is_article(p)).collect())
            .unwrap_or_default();
        sets.push(ArticleSet {
            name: name_of(folder),
            path: folder.clone(),
            files,
        });
    }
    if sets.is_empty() {
        return Err(Error::NoSets {
            path: dir.to_path_buf(),
        });
    }
    Ok(sets)
}

/// Sets compared at once: enough to keep every core busy, few enough that only a handful of
/// reports are in memory while the results stream out.
pub const CHUNK: usize = 32;

/// Compares every set, in parallel within chunks of [`CHUNK`] sets, handing each outcome to
/// `each` in the sets' order as soon as its chunk is done, so memory holds one chunk at a time.
pub fn run(
    sets: &[ArticleSet],
    options: &AlignOptions,
    article_date: Option<ArticleDate>,
    progress: &dyn Progress,
    each: &mut dyn FnMut(SetOutcome) -> Result<()>,
) -> Result<()> {
    progress.start(sets.len());
    for chunk in sets.chunks(CHUNK) {
        let outcomes: Vec<SetOutcome> = chunk
            .par_iter()
            .map(|set| {
                let outcome = run_one(set, options, article_date);
                progress.set_done(&set.name);
                outcome
            })
            .collect();
        for outcome in outcomes {
            each(outcome)?;
        }
    }
    Ok(())
}

fn run_one(
    set: &ArticleSet,
    options: &AlignOptions,
    article_date: Option<ArticleDate>,
) -> SetOutcome {
    let inputs: Vec<Input> = set.files.iter().cloned().map(Input::Path).collect();
    let (result, warnings) =
        match crate::command::compare_inputs(&inputs, None, options, article_date) {
            Ok((report, warnings)) => (Ok(report), warnings),
            Err(Error::TooFewSources { command, given }) => (
                Err(Error::TooFewSources {
                    command,
                    given: if given.is_empty() {
                        format!("no articles in {}", set.path.display())
                    } else {
                        given
                    },
                }),
                Vec::new(),
            ),
            Err(error) => (Err(error), Vec::new()),
        };
    SetOutcome {
        set: set.clone(),
        result,
        warnings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_of_articles_is_one_set_and_a_folder_of_folders_many() {
        let dir = tempfile::tempdir().unwrap();
        let set = dir.path().join("flood");
        std::fs::create_dir(&set).unwrap();
        std::fs::write(set.join("wire.txt"), "Floods killed 41 people.").unwrap();
        std::fs::write(set.join("daily.txt"), "At least 41 people died in floods.").unwrap();
        std::fs::write(set.join(".hidden.txt"), "x").unwrap();
        std::fs::write(set.join("notes.json"), "{}").unwrap();
        let found = discover(&set).unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "flood");
        assert_eq!(found[0].files.len(), 2);
        std::fs::create_dir(dir.path().join("empty")).unwrap();
        let found = discover(dir.path()).unwrap();
        let names: Vec<&str> = found.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["empty", "flood"]);
        assert!(found[0].files.is_empty());
    }

    #[test]
    fn missing_and_empty_folders_are_errors() {
        assert!(matches!(
            discover(Path::new("no/such/dir")),
            Err(Error::NotFound { .. })
        ));
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(discover(dir.path()), Err(Error::NoSets { .. })));
    }
}
