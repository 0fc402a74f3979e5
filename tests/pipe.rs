//! Exit codes through a closed pipe (issue 17): `claimdiff compare ... | head -1` must exit
//! with the code the findings give, as it does without the pipe. A CI gate that reads "found a
//! divergence" as "clean" because its reader stopped early is the worst bug a gate can have.
//!
//! Each run's standard output is a pipe whose reading end is closed before the binary starts,
//! so its first write fails with EPIPE whatever the size of the report (a reader that takes a
//! line first would let a short report fit in the pipe's buffer and never see the error).

use std::path::Path;
use std::process::{Command, Stdio};

use assert_cmd::cargo::cargo_bin;

const FORMATS: [&str; 5] = ["table", "json", "markdown", "csv", "html"];

/// Three outlets that disagree: `compare` exits 1.
fn quake() -> Vec<String> {
    ["broadcaster", "daily", "wire"]
        .iter()
        .map(|outlet| format!("tests/sets/quake-three-outlets/{outlet}.txt"))
        .collect()
}

/// The exit code of `claimdiff args`, and what it wrote to standard error, with standard
/// output a closed pipe (`closed`) or discarded.
fn run(args: &[String], closed: bool) -> (Option<i32>, String) {
    let stdout = if closed {
        let (reader, writer) = std::io::pipe().expect("a pipe");
        drop(reader);
        Stdio::from(writer)
    } else {
        Stdio::null()
    };
    let output = Command::new(cargo_bin("claimdiff"))
        .args(args)
        .env_remove("COLUMNS")
        .stdout(stdout)
        .stderr(Stdio::piped())
        .output()
        .expect("claimdiff runs");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn args(command: &str, inputs: &[String], format: &str) -> Vec<String> {
    let mut args = vec![command.to_string()];
    args.extend(inputs.iter().cloned());
    args.extend(["--format".to_string(), format.to_string()]);
    args
}

#[test]
fn a_closed_pipe_keeps_the_exit_code_of_every_format_of_compare_and_check() {
    let sets = vec!["tests/sets".to_string()];
    for format in FORMATS {
        for (command, inputs) in [("compare", quake()), ("check", sets.clone())] {
            let args = args(command, &inputs, format);
            let (piped, stderr) = run(&args, true);
            let (plain, _) = run(&args, false);
            assert_eq!(plain, Some(1), "{args:?} finds a divergence");
            assert_eq!(
                piped, plain,
                "{args:?} into a closed pipe; stderr: {stderr}"
            );
            assert_eq!(stderr, "", "{args:?}: a closed pipe is quiet");
        }
    }
}

#[test]
fn a_clean_comparison_into_a_closed_pipe_still_exits_0() {
    let budget = ["chronicle", "wire"]
        .iter()
        .map(|outlet| format!("tests/sets/budget-figures/{outlet}.txt"))
        .collect::<Vec<_>>();
    for format in FORMATS {
        let args = args("compare", &budget, format);
        assert_eq!(run(&args, false).0, Some(0), "{args:?}");
        assert_eq!(run(&args, true).0, Some(0), "{args:?}");
    }
}

/// A closed pipe stops the report, not the run: `check --update-baseline` still writes the
/// baseline its findings make.
#[test]
fn check_updates_its_baseline_though_its_reader_went_away() {
    let dir = tempfile::tempdir().unwrap();
    let baseline = dir.path().join("baseline.json");
    let args: Vec<String> = [
        "check",
        "tests/sets",
        "--baseline",
        baseline.to_str().unwrap(),
        "--update-baseline",
        "--format",
        "json",
    ]
    .map(String::from)
    .to_vec();
    let (code, stderr) = run(&args, true);
    assert_eq!(code, Some(0), "stderr: {stderr}");
    let written = std::fs::read_to_string(Path::new(&baseline)).expect("a baseline");
    let json: serde_json::Value = serde_json::from_str(&written).expect("valid JSON");
    assert!(json.is_object(), "{written}");
}
