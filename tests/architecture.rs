//! The pipeline's shape, checked: every module of the library may use only the modules before
//! it in [`LAYERS`] (dependencies run one way, down the pipeline), so an import circle or a stage
//! reaching back up (compare using report, report using command) fails here rather than in a
//! review. Reads the sources as text: `crate::` and `super::` paths outside comments and tests.

use std::collections::BTreeSet;
use std::path::Path;

/// The library's top-level modules in pipeline order. A module may use those before it; two
/// modules on one line are siblings and may not use each other.
const LAYERS: &[&[&str]] = &[
    &["error", "lexicon"],
    &["ingest"],
    &["segment"],
    &["align", "claims"],
    &["compare"],
    &["pipeline"],
    &["baseline"],
    &["check"],
    &["report"],
    &["command"],
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

/// The source of a file without comments and without its `#[cfg(test)]` module.
fn code_of(text: &str) -> String {
    let text = text.split("#[cfg(test)]\nmod tests").next().unwrap_or(text);
    text.lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The top-level modules named by `crate::NAME` in `code`.
fn used_modules(code: &str) -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        used.insert(name);
    }
    // `use crate::{a, b}` names several at once.
    for group in code.split("crate::{").skip(1) {
        let inner = group.split('}').next().unwrap_or_default();
        for item in inner.split(',') {
            let name: String = item
                .trim()
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            used.insert(name);
        }
    }
    used
}

fn rust_files(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "tests") {
                rust_files(&path, found);
            }
        } else if path.extension().is_some_and(|e| e == "rs")
            && path.file_name().is_some_and(|n| n != "tests.rs")
        {
            found.push(path);
        }
    }
}

#[test]
fn every_module_uses_only_the_stages_before_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut wrong = Vec::new();
    let mut seen = BTreeSet::new();
    for file in &files {
        let relative = file.strip_prefix(&src).unwrap();
        let top = relative.components().next().unwrap().as_os_str();
        let module = top.to_string_lossy().trim_end_matches(".rs").to_string();
        if matches!(module.as_str(), "lib" | "main" | "cli") {
            continue; // the crate root and the binary sit above every stage
        }
        let Some(own) = layer_of(&module) else {
            wrong.push(format!(
                "{}: module `{module}` is in no layer",
                relative.display()
            ));
            continue;
        };
        seen.insert(module.clone());
        let code = code_of(&std::fs::read_to_string(file).unwrap());
        for used in used_modules(&code) {
            if used == module {
                continue;
            }
            match layer_of(&used) {
                Some(layer) if layer < own => {}
                Some(_) => wrong.push(format!(
                    "{}: `{module}` uses `{used}`, which comes after it in the pipeline",
                    relative.display()
                )),
                None => {} // an item re-exported at the root (crate::Error), not a module
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    let listed: BTreeSet<String> = LAYERS.concat().iter().map(|m| m.to_string()).collect();
    assert_eq!(
        seen, listed,
        "LAYERS names a module that does not exist, or misses one"
    );
}
