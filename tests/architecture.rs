//! The pipeline's shape, checked: every module of the library may use only the modules before
//! it in [`LAYERS`] (dependencies run one way, down the pipeline), so an import circle or a stage
//! reaching back up (compare using report, report using command) fails here rather than in a
//! review. Reads the sources as text: `crate::` paths (groups included), `super::` chains that
//! climb to the crate root, and root re-exports (`crate::Status` is `command`'s), outside
//! comments and tests.

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

/// The first names of the paths in a `use` group (`{a, b::{c, d}, e}` gives a, b, e).
fn group_heads(group: &str) -> Vec<String> {
    let mut heads = Vec::new();
    let mut depth = 0;
    let mut item = String::new();
    for c in group.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => break,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                heads.push(std::mem::take(&mut item));
                continue;
            }
            _ => {}
        }
        if depth == 0 || item.is_empty() {
            item.push(c);
        }
    }
    heads.push(item);
    heads
        .iter()
        .map(|item| {
            item.trim()
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect()
        })
        .filter(|name: &String| !name.is_empty())
        .collect()
}

/// The top-level modules (or root re-exports) a file's code names: `crate::NAME`, the names
/// in `crate::{..}` groups, and `super::` chains that climb to the crate root. `depth` is how
/// deep the file's module sits (`compare/score.rs` is 2).
fn used_names(code: &str, depth: usize) -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    let name_at = |rest: &str| -> String {
        rest.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            used.extend(group_heads(group));
        } else {
            used.insert(name_at(rest));
        }
    }
    // `super::super::x` in a module two deep is `crate::x`.
    let climb = "super::".repeat(depth);
    if depth > 0 {
        for (at, _) in code.match_indices(&climb) {
            if code[..at].ends_with("super::") {
                continue; // part of a longer chain, which the compiler would refuse anyway
            }
            let rest = &code[at + climb.len()..];
            if let Some(group) = rest.strip_prefix('{') {
                used.extend(group_heads(group));
            } else {
                used.insert(name_at(rest));
            }
        }
    }
    used
}

/// The names `lib.rs` re-exports at the root, each with the module it comes from
/// (`pub use command::{Command, run}` gives Command -> command, run -> command).
fn root_reexports(lib: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for line in lib.lines() {
        let Some(path) = line.trim().strip_prefix("pub use ") else {
            continue;
        };
        let Some((module, items)) = path.split_once("::") else {
            continue;
        };
        let items = items.trim_end_matches(';');
        let names = match items.strip_prefix('{') {
            Some(group) => group_heads(group),
            None => vec![items.to_string()],
        };
        found.extend(names.into_iter().map(|name| (name, module.to_string())));
    }
    found
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
    let reexports = root_reexports(&std::fs::read_to_string(src.join("lib.rs")).unwrap());
    let module_of = |name: &str| -> Option<String> {
        if layer_of(name).is_some() {
            return Some(name.to_string());
        }
        reexports
            .iter()
            .find(|(item, _)| item == name)
            .map(|(_, module)| module.clone())
    };
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
        // How deep the file's module sits: `compare/mod.rs` is `compare` (1), `compare/score.rs`
        // is `compare::score` (2).
        let depth = relative.components().count() - usize::from(relative.ends_with("mod.rs"));
        let code = code_of(&std::fs::read_to_string(file).unwrap());
        for name in used_names(&code, depth) {
            let Some(used) = module_of(&name) else {
                wrong.push(format!(
                    "{}: uses `crate::{name}`, which is no module and no root re-export",
                    relative.display()
                ));
                continue;
            };
            if used == module {
                continue;
            }
            if layer_of(&used).is_none_or(|layer| layer >= own) {
                wrong.push(format!(
                    "{}: `{module}` uses `{used}`, which comes after it in the pipeline",
                    relative.display()
                ));
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
