//! `claimdiff check --jsonl -`, the streaming interface (issue 18), end to end: JSON Lines of
//! articles in, one JSON Lines record per set out, in input order; a bad set is an error record
//! and the stream goes on; each record is byte for byte the one `check FILE --format json` gives
//! for that set; a baseline is only read. The sets are built from tests/sets.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use assert_cmd::cargo::cargo_bin;
use serde_json::{Value, json};

/// One JSON Lines article line.
fn line(set: &str, outlet: &str, text: &str) -> String {
    json!({"set": set, "outlet": outlet, "text": text}).to_string()
}

/// Every article of tests/sets as JSON Lines, set by set in name order (each set's lines
/// together), outlets in name order.
fn seed_lines() -> Vec<String> {
    let mut sets: Vec<_> = std::fs::read_dir("tests/sets")
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    sets.sort();
    let mut lines = Vec::new();
    for set in sets {
        let mut files: Vec<_> = std::fs::read_dir(&set)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .collect();
        files.sort();
        for file in files {
            let name = set.file_name().unwrap().to_str().unwrap();
            let outlet = file.file_stem().unwrap().to_str().unwrap();
            lines.push(line(name, outlet, &std::fs::read_to_string(&file).unwrap()));
        }
    }
    lines
}

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(cargo_bin("claimdiff"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let mut input = child.stdin.take().unwrap();
    let text = stdin.to_string();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(text.as_bytes());
    });
    let output = child.wait_with_output().expect("ends");
    writer.join().unwrap();
    output
}

fn stream(stdin: &str) -> Output {
    run(&["check", "--jsonl", "-"], stdin)
}

fn records(output: &Output) -> Vec<Value> {
    String::from_utf8(output.stdout.clone())
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is JSON"))
        .collect()
}

fn sets_and_statuses(records: &[Value]) -> Vec<(String, String)> {
    records
        .iter()
        .map(|r| {
            (
                r["set"].as_str().unwrap().to_string(),
                r["status"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn write(dir: &Path, name: &str, lines: &[String]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn contiguous_sets_give_one_record_each_in_input_order() {
    let mut lines = seed_lines();
    // Input order, not name order: the last set first.
    let last: Vec<String> = lines
        .iter()
        .filter(|l| l.contains("\"wildfire-evacuation\""))
        .cloned()
        .collect();
    lines.retain(|l| !l.contains("\"wildfire-evacuation\""));
    let lines: Vec<String> = last.into_iter().chain(lines).collect();
    let output = stream(&(lines.join("\n") + "\n"));
    let records = records(&output);
    let sets: Vec<String> = sets_and_statuses(&records)
        .into_iter()
        .map(|(set, _)| set)
        .collect();
    assert_eq!(
        sets,
        [
            "wildfire-evacuation",
            "budget-figures",
            "ferry-capsize",
            "quake-three-outlets",
            "strike-speaker",
            "summit-translation"
        ]
    );
    assert!(
        records.iter().all(|r| r["status"] != "error"),
        "{records:?}"
    );
    assert_eq!(records[0]["path"], "<stdin>");
    assert!(
        records[0]["sources"][0]["path"]
            .as_str()
            .unwrap()
            .starts_with("<stdin>:"),
        "{}",
        records[0]["sources"]
    );
    // The seed sets have planted conflicts: the gate fails as `check` does.
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn records_are_byte_identical_to_check_on_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "day.jsonl", &seed_lines());
    let checked = run(&["check", &file, "--format", "json", "--quiet"], "");
    let streamed = run(&["check", "--jsonl", &file], "");
    assert!(!checked.stdout.is_empty());
    assert_eq!(
        String::from_utf8(streamed.stdout.clone()).unwrap(),
        String::from_utf8(checked.stdout.clone()).unwrap()
    );
    assert_eq!(streamed.status.code(), checked.status.code());
    // From standard input the records differ only in what the input is called.
    let piped = stream(&std::fs::read_to_string(&file).unwrap());
    assert_eq!(
        String::from_utf8(piped.stdout).unwrap(),
        String::from_utf8(checked.stdout)
            .unwrap()
            .replace(&file, "<stdin>")
    );
}

#[test]
fn a_bad_line_mid_stream_fails_its_set_only() {
    let mut lines = seed_lines();
    // Into ferry-capsize's lines: a line of that set with no body, and invalid JSON.
    let at = lines
        .iter()
        .position(|l| l.contains("\"ferry-capsize\""))
        .unwrap();
    lines.insert(
        at + 1,
        "{\"set\": \"ferry-capsize\", \"outlet\": \"x\"}".into(),
    );
    let at = lines
        .iter()
        .position(|l| l.contains("\"strike-speaker\""))
        .unwrap();
    lines.insert(at + 1, "{\"set\": \"strike-speaker\", oops".into());
    let output = stream(&(lines.join("\n") + "\n"));
    let records = records(&output);
    let statuses = sets_and_statuses(&records);
    assert_eq!(statuses.len(), 6, "{statuses:?}");
    for (set, status) in &statuses {
        let bad = set == "ferry-capsize" || set == "strike-speaker";
        assert_eq!(status == "error", bad, "{set}: {status}");
    }
    let ferry = records
        .iter()
        .find(|r| r["set"] == "ferry-capsize")
        .unwrap();
    let error = ferry["error"].as_str().unwrap();
    assert!(
        error.contains("<stdin>:") && error.contains("`text`"),
        "{error}"
    );
    let strike = records
        .iter()
        .find(|r| r["set"] == "strike-speaker")
        .unwrap();
    assert!(
        strike["error"].as_str().unwrap().contains("not valid JSON"),
        "{}",
        strike["error"]
    );
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("error: set ferry-capsize"), "{stderr}");
}

#[test]
fn a_one_article_set_is_an_error_record_and_the_stream_goes_on() {
    let lines = [
        line(
            "alone",
            "wire",
            "The fire killed 41 people on Sunday, police said.",
        ),
        line(
            "pair",
            "a",
            "The fire killed 41 people on Sunday, police said.",
        ),
        line(
            "pair",
            "b",
            "The fire killed 40 people on Sunday, police said.",
        ),
    ];
    let output = stream(&(lines.join("\n") + "\n"));
    let records = records(&output);
    assert_eq!(
        sets_and_statuses(&records),
        [
            ("alone".to_string(), "error".to_string()),
            ("pair".to_string(), "fail".to_string())
        ]
    );
    assert!(
        records[0]["error"]
            .as_str()
            .unwrap()
            .contains("at least two articles"),
        "{}",
        records[0]["error"]
    );
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn a_set_seen_again_after_another_is_an_error_record() {
    let lines = [
        line("a", "x", "At least 41 people were killed on Sunday."),
        line("a", "y", "At least 41 people were killed on Sunday."),
        line("b", "x", "More than 200 people were injured."),
        line("b", "y", "More than 200 people were injured."),
        line("a", "z", "At least 41 people were killed on Sunday."),
        line("a", "w", "At least 41 people were killed on Sunday."),
    ];
    let output = stream(&(lines.join("\n") + "\n"));
    let records = records(&output);
    assert_eq!(
        sets_and_statuses(&records),
        [
            ("a".to_string(), "ok".to_string()),
            ("b".to_string(), "ok".to_string()),
            ("a".to_string(), "error".to_string())
        ]
    );
    let error = records[2]["error"].as_str().unwrap();
    assert!(
        error.contains("line 5") && error.contains("together"),
        "{error}"
    );
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn empty_input_writes_nothing_and_exits_0() {
    for input in ["", "\n\n"] {
        let output = stream(input);
        assert!(output.stdout.is_empty());
        assert_eq!(output.status.code(), Some(0), "{input:?}");
    }
}

#[test]
fn a_baseline_is_read_and_never_updated() {
    let dir = tempfile::tempdir().unwrap();
    let baseline = dir.path().join("baseline.json");
    let file = write(dir.path(), "day.jsonl", &seed_lines());
    let baseline = baseline.to_str().unwrap();
    let wrote = run(
        &["check", &file, "--baseline", baseline, "--update-baseline"],
        "",
    );
    assert_eq!(wrote.status.code(), Some(0));
    let before = std::fs::read(baseline).unwrap();
    let output = stream_with(
        &["--baseline", baseline],
        &std::fs::read_to_string(&file).unwrap(),
    );
    assert_eq!(output.status.code(), Some(0), "every finding is accepted");
    assert!(records(&output).iter().all(|r| r["status"] == "ok"));
    assert_eq!(std::fs::read(baseline).unwrap(), before);
    let refused = run(
        &[
            "check",
            "--jsonl",
            "-",
            "--baseline",
            baseline,
            "--update-baseline",
        ],
        "",
    );
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        String::from_utf8(refused.stderr)
            .unwrap()
            .contains("--update-baseline"),
    );
}

fn stream_with(flags: &[&str], stdin: &str) -> Output {
    let mut args = vec!["check", "--jsonl", "-"];
    args.extend_from_slice(flags);
    run(&args, stdin)
}

#[test]
fn a_directory_and_the_stream_together_are_a_usage_error() {
    let output = run(&["check", "tests/sets", "--jsonl", "-"], "");
    assert_eq!(output.status.code(), Some(2));
    let output = run(&["check", "--jsonl", "-", "--format", "table"], "");
    assert_eq!(output.status.code(), Some(2));
}
