//! Fuzzes reading an input (`ingest::load_all`, and `ingest::load_sets` for JSON Lines): the
//! bytes are written to a file whose extension the first byte picks (none, `.txt`, `.html`,
//! `.json`, `.jsonl`), so sniffing by name and by content, decoding, HTML and JSON are all
//! reached. Reading is the one public way in for bytes. No panic; an error is one line naming
//! the file; an article's metadata and sentences lie inside its text.
#![no_main]

use std::path::PathBuf;

use claimdiff::{Document, Input, ingest};
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

const NAMES: [&str; 5] = [
    "article",
    "article.txt",
    "article.html",
    "article.json",
    "sets.jsonl",
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let dir = std::env::temp_dir().join(format!("claimdiff-fuzz-ingest-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path: PathBuf = dir.join(NAMES[usize::from(pick) % NAMES.len()]);
    std::fs::write(&path, bytes).unwrap();
    let shown = path.display().to_string();
    let one_line = |error: claimdiff::Error| {
        let message = error.to_string();
        assert!(
            !message.contains('\n'),
            "error on more than one line: {message:?}"
        );
        assert!(
            message.contains(&shown),
            "error does not name the file: {message:?}"
        );
    };
    match ingest::load_all(&[Input::Path(path.clone())], None) {
        Ok(loaded) => {
            for article in loaded.articles {
                for range in &article.metadata {
                    common::check_span(&article.text, range.start, range.end, "metadata");
                }
                common::check_document(&Document::new(article));
            }
        }
        Err(error) => one_line(error),
    }
    if path.extension().is_some_and(|e| e == "jsonl") {
        if let Err(error) = ingest::load_sets(&path) {
            one_line(error);
        }
    }
    let _ = std::fs::remove_file(&path);
});
