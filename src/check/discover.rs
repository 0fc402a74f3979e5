//! Discover: finds the article sets under a folder, or in a JSON Lines file. Takes the path
//! `claimdiff check` was given; hands on its sets in name order, each with its article files in
//! name order (or, from a JSON Lines file, its articles already read).
//!
//! A set is a folder of article files. The folder given is itself a set when it holds article
//! files; otherwise each of its sub-folders (hidden ones skipped) is one. A folder that holds
//! both article files and folders of them is refused: which are the sets is not clear, and
//! reading either alone silently dropped the other. A sub-folder that cannot be listed, a
//! symbolic link to nothing and a link that loops (to itself, or to a folder above it) are
//! still sets, carrying why, so each is reported as that set's error rather than silently left
//! out. What counts as an article file is decided by name, so a folder's notes never become an
//! outlet: `.txt`, `.text`, `.md`, `.html`, `.htm` and `.json` (one article) files are articles;
//! hidden files, `README*`, `LICENSE*`, `CHANGELOG*`, baselines (`claimdiff-baseline.json`, or
//! any JSON file holding a claimdiff baseline), folders inside a set, named pipes and devices,
//! and every other file are not; each set keeps the entries of its folder it did not read, with
//! why ([`NotArticle`]), for its report to list, and the entries beside the sets that are none
//! are handed on too. An entry named as an article that cannot be looked at (a link to nothing,
//! no permission) stays an article, so reading it fails the set naming why, as `compare` would.
//! Names are made text losslessly ([`ingest::escaped`]): folders whose names are not UTF-8 stay
//! distinct sets. A JSON Lines file given instead of a folder holds its sets itself, grouped by
//! each line's `set` field (ingest reads it).

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::error::{Error, Result};
use crate::ingest::{self, Article, Warning};

/// One article set: its name (the folder's, or the `set` field's), its folder (or JSON Lines
/// file), and its article files, sorted, or its articles already read from JSON Lines.
#[derive(Debug)]
pub struct ArticleSet {
    pub name: String,
    pub path: PathBuf,
    pub files: Vec<PathBuf>,
    /// The articles of a JSON Lines set, read and named (empty for a folder).
    pub articles: Vec<Article>,
    /// Why the folder could not be listed or is no folder to read (a link to nothing, or one
    /// that loops): then `files` is empty and the set is an error.
    pub unreadable: Option<Error>,
    /// What else the set's folder holds, not read as articles, and why (`--verbose` lists it).
    pub set_aside: Vec<(PathBuf, NotArticle)>,
}

/// Why an entry of a set's folder is not read as an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum NotArticle {
    /// Its name starts with a dot.
    Hidden,
    /// A README, LICENSE or CHANGELOG: the folder's own paperwork.
    Paperwork,
    /// A claimdiff baseline (by its name, or a JSON file holding one).
    Baseline,
    /// A folder inside the set.
    Folder,
    /// A list of links (a corpus's `urls.txt`), told by its first lines.
    LinkList,
    /// Not a kind of file articles come in (by its extension).
    OtherKind,
    /// Named as an article but no regular file: a named pipe, a socket or a device, which
    /// could block the run or never end.
    NotAFile,
}

/// Why an entry is not read, in words for the report and standard error.
pub fn not_read_why(why: NotArticle) -> &'static str {
    match why {
        NotArticle::Hidden => "hidden (its name starts with a dot)",
        NotArticle::Paperwork => "the set's paperwork (README, LICENSE, CHANGELOG)",
        NotArticle::Baseline => "a claimdiff baseline",
        NotArticle::Folder => "a folder inside the set (sets are not nested)",
        NotArticle::LinkList => "a list of links (most lines hold a web address)",
        NotArticle::OtherKind => {
            "not an article file (articles are .txt, .text, .md, .html, .htm and .json files)"
        }
        NotArticle::NotAFile => "not a regular file (a named pipe, socket or device)",
    }
}

impl ArticleSet {
    /// How many articles the set has: its files, or its JSON Lines articles.
    pub fn len(&self) -> usize {
        self.files.len() + self.articles.len()
    }

    /// A set with no article.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|name| name.to_string_lossy().starts_with('.'))
}

/// Files of a folder's own paperwork, never an outlet's article, by how their names start.
const NOT_ARTICLES: [&str; 3] = ["readme", "license", "changelog"];

/// The name claimdiff's documentation gives a baseline kept beside the articles.
const BASELINE_NAME: &str = "claimdiff-baseline.json";

fn is_article(path: &Path) -> bool {
    not_article(path).is_none()
}

/// Why `path` is not an article file, or `None` when it is one.
fn not_article(path: &Path) -> Option<NotArticle> {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let article_kind = matches!(
        extension.as_str(),
        "txt" | "text" | "md" | "html" | "htm" | "json"
    );
    // What the entry is, links followed; an entry that cannot be looked at (a link to nothing
    // or a loop, no permission) is judged by its name alone, and when that names an article,
    // reading it fails with why.
    let metadata = std::fs::metadata(path).ok();
    if is_hidden(path) {
        Some(NotArticle::Hidden)
    } else if metadata.as_ref().is_some_and(std::fs::Metadata::is_dir) {
        Some(NotArticle::Folder)
    } else if name == BASELINE_NAME || (extension == "json" && is_baseline(path)) {
        Some(NotArticle::Baseline)
    } else if NOT_ARTICLES.iter().any(|p| name.starts_with(p)) {
        Some(NotArticle::Paperwork)
    } else if !article_kind {
        Some(NotArticle::OtherKind)
    } else if metadata.as_ref().is_some_and(|m| !m.is_file()) {
        Some(NotArticle::NotAFile)
    } else if metadata.is_some() && is_link_list(path) {
        Some(NotArticle::LinkList)
    } else {
        None
    }
}

/// A file whose first lines are mostly web addresses: a list of links beside the articles, as
/// corpora file their sources, not an outlet's article (ingest would refuse it, failing the set).
fn is_link_list(path: &Path) -> bool {
    use std::io::Read;
    let mut head = Vec::with_capacity(crate::ingest::sniff::SNIFF_BYTES);
    let read = std::fs::File::open(path).and_then(|file| {
        file.take(crate::ingest::sniff::SNIFF_BYTES as u64)
            .read_to_end(&mut head)
    });
    read.is_ok()
        && crate::ingest::sniff::sniff(Some(path), &head) == crate::ingest::Format::LinkList
}

/// Sorts a set folder's entries into article files and the rest, with why.
fn sort_out(paths: Vec<PathBuf>) -> (Vec<PathBuf>, Vec<(PathBuf, NotArticle)>) {
    let mut files = Vec::new();
    let mut set_aside = Vec::new();
    for path in paths {
        match not_article(&path) {
            None => files.push(path),
            Some(why) => set_aside.push((path, why)),
        }
    }
    (files, set_aside)
}

/// A JSON file holding a claimdiff baseline (an object with `version` and `findings`), whatever
/// its name: `--baseline` may point anywhere, and a set folder is a natural place for it.
fn is_baseline(path: &Path) -> bool {
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return false;
    }
    let Ok(text) = std::fs::read_to_string(path) else {
        return false;
    };
    serde_json::from_str::<serde_json::Value>(&text).is_ok_and(|value| {
        value.get("version").is_some_and(serde_json::Value::is_u64)
            && value
                .get("findings")
                .is_some_and(serde_json::Value::is_array)
            && value.get("text").is_none()
            && value.get("html").is_none()
    })
}

/// The sets of a JSON Lines file, with the warnings reading it gave.
pub fn discover_lines(path: &Path) -> Result<(Vec<ArticleSet>, Vec<Warning>)> {
    let (sets, warnings) = ingest::load_sets(path)?;
    let sets = sets
        .into_iter()
        .map(|(name, articles)| ArticleSet {
            name,
            path: path.to_path_buf(),
            files: Vec::new(),
            articles,
            unreadable: None,
            set_aside: Vec::new(),
        })
        .collect();
    Ok((sets, warnings))
}

/// The entries directly inside `dir`, sorted by name. Symbolic links are judged by what they
/// point to (`is_file`, `is_dir` follow them), as a reader of the folder would expect.
fn entries(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    WalkDir::new(dir)
        .min_depth(1)
        .max_depth(1)
        .sort_by_file_name()
        .into_iter()
        .map(|entry| {
            entry.map(walkdir::DirEntry::into_path).map_err(|error| {
                // The error's own words, not walkdir's "IO error for operation on PATH": the
                // message that reports it names the folder already. A link loop has no I/O
                // error and keeps walkdir's description.
                if error.io_error().is_some() {
                    error.into_io_error().expect("checked just above")
                } else {
                    std::io::Error::other(error.to_string())
                }
            })
        })
        .collect()
}

fn name_of(path: &Path) -> String {
    path.file_name()
        .map(ingest::escaped)
        .unwrap_or_else(|| path.display().to_string())
}

/// The sets under a folder, and the entries beside them that are neither sets nor hidden.
pub type Discovered = (Vec<ArticleSet>, Vec<(PathBuf, NotArticle)>);

/// Finds the article sets under `dir`, and what else it holds (not hidden) that is not read.
pub fn discover(dir: &Path) -> Result<Discovered> {
    let metadata = std::fs::metadata(dir).map_err(|source| Error::reading(dir, source))?;
    if !metadata.is_dir() {
        return Err(Error::NotADirectory {
            path: dir.to_path_buf(),
        });
    }
    let here = entries(dir).map_err(|source| Error::Unreadable {
        path: dir.to_path_buf(),
        source,
    })?;
    let (files, set_aside) = sort_out(here);
    // Folders beside the articles that hold articles themselves: sets of their own.
    let nested: Vec<&PathBuf> = set_aside
        .iter()
        .filter(|(path, why)| {
            *why == NotArticle::Folder
                && entries(path).is_ok_and(|inside| inside.iter().any(|p| is_article(p)))
        })
        .map(|(path, _)| path)
        .collect();
    if !files.is_empty() && !nested.is_empty() {
        let names = |paths: &mut dyn Iterator<Item = &PathBuf>| {
            paths.map(|p| name_of(p)).collect::<Vec<_>>().join(", ")
        };
        return Err(Error::MixedSets {
            path: dir.to_path_buf(),
            files: names(&mut files.iter()),
            folders: names(&mut nested.into_iter()),
        });
    }
    if !files.is_empty() {
        let canonical = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
        let set = ArticleSet {
            name: name_of(&canonical),
            path: dir.to_path_buf(),
            files,
            articles: Vec::new(),
            unreadable: None,
            set_aside,
        };
        return Ok((vec![set], Vec::new()));
    }
    let root = dir.canonicalize().ok();
    let mut sets = Vec::new();
    let mut beside = Vec::new();
    for (path, why) in set_aside {
        match why {
            NotArticle::Hidden => {}
            NotArticle::Folder => sets.push(folder_set(path, root.as_deref())),
            // An entry that cannot be looked at (a link to nothing or a loop, no permission),
            // named as no article file: meant as a set folder, an error with why.
            _ if std::fs::metadata(&path).is_err() => {
                let unreadable = std::fs::metadata(&path)
                    .err()
                    .map(|source| Error::reading(&path, source));
                sets.push(ArticleSet {
                    name: name_of(&path),
                    path,
                    files: Vec::new(),
                    articles: Vec::new(),
                    unreadable,
                    set_aside: Vec::new(),
                });
            }
            _ => beside.push((path, why)),
        }
    }
    if sets.is_empty() {
        return Err(Error::NoSets {
            path: dir.to_path_buf(),
        });
    }
    Ok((sets, beside))
}

/// The set of one sub-folder: its articles and what else it holds, or why it cannot be read
/// (it cannot be listed, or it is a link to a folder that holds it, whose sets would be read
/// over again for ever).
fn folder_set(folder: PathBuf, root: Option<&Path>) -> ArticleSet {
    let looping = root.is_some_and(|root| {
        folder
            .canonicalize()
            .is_ok_and(|target| root.starts_with(&target))
    });
    let (files, set_aside, unreadable) = if looping {
        let error = Error::LinkLoop {
            path: folder.clone(),
        };
        (Vec::new(), Vec::new(), Some(error))
    } else {
        match entries(&folder) {
            Ok(paths) => {
                let (files, set_aside) = sort_out(paths);
                (files, set_aside, None)
            }
            Err(source) => {
                let error = Error::Unreadable {
                    path: folder.clone(),
                    source,
                };
                (Vec::new(), Vec::new(), Some(error))
            }
        }
    };
    ArticleSet {
        name: name_of(&folder),
        path: folder,
        files,
        articles: Vec::new(),
        unreadable,
        set_aside,
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
        std::fs::write(set.join("notes.csv"), "a,b").unwrap();
        std::fs::write(set.join("README.md"), "About this set.").unwrap();
        std::fs::write(
            set.join("accepted.json"),
            r#"{"version": 2, "findings": []}"#,
        )
        .unwrap();
        std::fs::write(
            set.join("urls.txt"),
            "wire.txt\thttps://example.com/news/1\ndaily.txt\thttps://example.org/2020/05/floods\n",
        )
        .unwrap();
        let (found, _) = discover(&set).unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "flood");
        assert_eq!(found[0].files.len(), 2);
        std::fs::write(set.join("page.htm"), "<p>Floods killed 41.</p>").unwrap();
        std::fs::write(set.join("agency.json"), r#"{"text": "41 died."}"#).unwrap();
        assert_eq!(discover(&set).unwrap().0[0].files.len(), 4);
        std::fs::create_dir(dir.path().join("empty")).unwrap();
        let (found, _) = discover(dir.path()).unwrap();
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

    #[cfg(unix)]
    #[test]
    fn an_unreadable_folder_is_a_set_that_says_why() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let locked = dir.path().join("locked");
        std::fs::create_dir(&locked).unwrap();
        std::fs::write(locked.join("wire.txt"), "Floods killed 41 people.").unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
        let listable = std::fs::read_dir(&locked).is_ok(); // root reads any folder
        let (found, _) = discover(dir.path()).unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
        assert_eq!(found[0].name, "locked");
        assert_eq!(found[0].unreadable.is_some(), !listable);
    }
}
