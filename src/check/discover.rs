//! Discover: finds the article sets under a folder. Takes the folder `claimdiff check` was
//! given; hands on its sets in name order, each with its article files in name order.
//!
//! A set is a folder of article files (`.txt`, `.text`, `.md`; hidden files skipped). The folder
//! given is itself a set when it holds article files; otherwise each of its sub-folders (hidden
//! ones skipped) is one. A sub-folder that cannot be listed is still a set, carrying why, so it
//! is reported as that set's error rather than silently looking empty.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::error::{Error, Result};

/// One article set: its name (the folder's), its folder, and its article files, sorted.
#[derive(Debug)]
pub struct ArticleSet {
    pub name: String,
    pub path: PathBuf,
    pub files: Vec<PathBuf>,
    /// Why the folder could not be listed (then `files` is empty and the set is an error).
    pub unreadable: Option<std::io::Error>,
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|name| name.to_string_lossy().starts_with('.'))
}

fn is_article(path: &Path) -> bool {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    !is_hidden(path) && path.is_file() && matches!(extension.as_str(), "txt" | "text" | "md")
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
    let here = entries(dir).map_err(|source| Error::Unreadable {
        path: dir.to_path_buf(),
        source,
    })?;
    let files: Vec<PathBuf> = here.iter().filter(|p| is_article(p)).cloned().collect();
    if !files.is_empty() {
        let canonical = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
        return Ok(vec![ArticleSet {
            name: name_of(&canonical),
            path: dir.to_path_buf(),
            files,
            unreadable: None,
        }]);
    }
    let sets: Vec<ArticleSet> = here
        .into_iter()
        .filter(|path| path.is_dir() && !is_hidden(path))
        .map(|folder| {
            let (files, unreadable) = match entries(&folder) {
                Ok(paths) => (paths.into_iter().filter(|p| is_article(p)).collect(), None),
                Err(error) => (Vec::new(), Some(error)),
            };
            ArticleSet {
                name: name_of(&folder),
                path: folder,
                files,
                unreadable,
            }
        })
        .collect();
    if sets.is_empty() {
        return Err(Error::NoSets {
            path: dir.to_path_buf(),
        });
    }
    Ok(sets)
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
        let found = discover(dir.path()).unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
        assert_eq!(found[0].name, "locked");
        assert_eq!(found[0].unreadable.is_some(), !listable);
    }
}
