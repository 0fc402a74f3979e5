//! Write: takes a baseline's text and the path it goes to, and puts it there so that no reader
//! and no interruption ever meets half a file; hands on how it was written ([`Written`]).
//!
//! Why: the baseline is what CI trusts. Written in place, a full disk left 4 KB of broken JSON
//! and `kill -INT` an empty file (issue 16), so the text goes to a temporary file beside the
//! baseline, flushed to disk, then renamed over it. At the edges: a baseline that is a symbolic
//! link is written where the link points (the link stays, and the rename stays on the
//! target's file system); a read-only baseline is refused, as an editor refuses it, where a
//! rename would quietly replace it; and a folder that allows no new file, holding a baseline
//! that may be written, gets the file rewritten in place, which the caller is told so it can
//! warn that this write was not atomic.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// How a baseline was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// A whole new file renamed over the old one: readers saw one or the other.
    Atomically,
    /// Rewritten in place, because its folder allows no new file: a reader or an interruption
    /// during the write could meet a cut-short file.
    InPlace,
}

/// Links followed before a baseline path is taken as it is (as the system's own limit).
const MAX_LINKS: usize = 40;

/// Writes `text` to the baseline at `path` (see the module's notes).
pub(super) fn write(path: &Path, text: &str) -> Result<Written> {
    let failed = |source: std::io::Error| Error::BaselineWrite {
        path: path.to_path_buf(),
        source,
    };
    let target = link_target(path);
    let existing = std::fs::metadata(&target).ok();
    if existing
        .as_ref()
        .is_some_and(|meta| meta.permissions().readonly())
    {
        return Err(Error::BaselineReadOnly {
            path: path.to_path_buf(),
        });
    }
    let folder = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    // Hidden, so a set folder holding the baseline never reads a left-over one as an article.
    builder.prefix(".claimdiff-baseline-").suffix(".tmp");
    // The new file keeps the old one's permissions (a temporary file is made readable by its
    // owner only); a first baseline gets the usual ones.
    let permissions = existing.as_ref().map(|meta| meta.permissions());
    #[cfg(unix)]
    let permissions = permissions.or_else(|| {
        use std::os::unix::fs::PermissionsExt;
        Some(std::fs::Permissions::from_mode(0o644))
    });
    if let Some(permissions) = permissions {
        builder.permissions(permissions);
    }
    let mut file = match builder.tempfile_in(folder) {
        Ok(file) => file,
        Err(error)
            if error.kind() == std::io::ErrorKind::PermissionDenied && existing.is_some() =>
        {
            // The folder allows no new file; the file itself may still be writable.
            return in_place(&target, text)
                .map(|()| Written::InPlace)
                .map_err(|_| failed(error));
        }
        Err(error) => return Err(failed(error)),
    };
    file.write_all(text.as_bytes()).map_err(failed)?;
    file.as_file().sync_all().map_err(failed)?;
    file.persist(&target).map_err(|error| failed(error.error))?;
    // The rename itself is made durable by flushing the folder (where the system allows
    // opening one; elsewhere the rename is still atomic, only not yet on disk).
    if let Ok(folder) = std::fs::File::open(folder) {
        let _ = folder.sync_all();
    }
    Ok(Written::Atomically)
}

/// Where `path` leads once its symbolic links are followed (relative links from the folder
/// that holds them); `path` itself when it is no link. A dangling link leads to the file it
/// names, which the write then makes.
fn link_target(path: &Path) -> PathBuf {
    let mut target = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        let Ok(next) = std::fs::read_link(&target) else {
            break;
        };
        target = match target.parent() {
            Some(folder) if next.is_relative() => folder.join(next),
            _ => next,
        };
    }
    target
}

/// Rewrites the file at `target` with `text`: truncated, written, flushed to disk.
fn in_place(target: &Path, text: &str) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .truncate(true)
        .open(target)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}
