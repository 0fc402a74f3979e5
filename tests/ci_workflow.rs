//! The CI gate of docs/ci.md, end to end (issue 17): the GitHub Actions step printed in the
//! docs is cut out of docs/ci.md and run with bash over a folder of article sets, with the built
//! binary on PATH: its first run with no baseline, a clean run, a planted divergence, a fourth
//! outlet added to a set, and a stale baseline entry reported and pruned. Beside it, the
//! baseline's own rules: the message for a missing baseline, what `--update-baseline` says it
//! accepted, and what `--prune` may remove.

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::cargo::cargo_bin;
use serde_json::Value;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A newsroom repository: `articles/` holding copies of tests/sets.
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(Path::new("tests/sets"), &dir.path().join("articles"));
    dir
}

fn claimdiff(dir: &Path, args: &[&str]) -> Output {
    std::process::Command::new(cargo_bin("claimdiff"))
        .args(args)
        .current_dir(dir)
        .env_remove("COLUMNS")
        .env_remove("NO_COLOR")
        .output()
        .expect("runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{}: {from}", path.display());
    std::fs::write(path, text.replace(from, to)).unwrap();
}

/// The shell script of the step "Check the article sets" in docs/ci.md's workflow.
fn workflow_step() -> String {
    let doc = std::fs::read_to_string("docs/ci.md").unwrap();
    let start = doc
        .find("- name: Check the article sets")
        .expect("docs/ci.md has the step");
    let step = &doc[start..];
    let run = step.find("run: |").expect("the step runs a script") + "run: |".len();
    let mut script = String::new();
    let mut indent = None;
    for line in step[run..].lines().skip(1) {
        let width = line.len() - line.trim_start().len();
        if line.trim().is_empty() {
            script.push('\n');
            continue;
        }
        let indent = *indent.get_or_insert(width);
        if width < indent {
            break;
        }
        script.push_str(&line[indent..]);
        script.push('\n');
    }
    assert!(script.contains("claimdiff check"), "{script}");
    script
}

/// Runs the workflow step as GitHub Actions does with `shell: bash`; hands back its exit code,
/// the Markdown it added to the run's summary and the JSON Lines it kept.
fn run_workflow(dir: &Path) -> (i32, String, Vec<Value>) {
    let summary = dir.join("step-summary.md");
    std::fs::write(&summary, "").unwrap();
    let binary: PathBuf = cargo_bin("claimdiff");
    let path = format!(
        "{}:{}",
        binary.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let output = std::process::Command::new("bash")
        .args(["--noprofile", "--norc", "-eo", "pipefail", "-c"])
        .arg(workflow_step())
        .current_dir(dir)
        .env("PATH", path)
        .env("GITHUB_STEP_SUMMARY", &summary)
        .env_remove("COLUMNS")
        .output()
        .expect("bash runs");
    let lines = std::fs::read_to_string(dir.join("claimdiff.jsonl"))
        .unwrap_or_else(|error| panic!("the step keeps claimdiff.jsonl: {error}"))
        .lines()
        .map(|line| serde_json::from_str(line).expect("JSON Lines"))
        .collect();
    (
        output.status.code().expect("exit code"),
        std::fs::read_to_string(summary).unwrap(),
        lines,
    )
}

fn set<'a>(lines: &'a [Value], name: &str) -> &'a Value {
    lines
        .iter()
        .find(|line| line["set"] == name)
        .unwrap_or_else(|| panic!("set {name} reported"))
}

fn baseline_sets(dir: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(dir.join("claimdiff-baseline.json")).unwrap();
    let file: Value = serde_json::from_str(&text).unwrap();
    file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["set"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_documented_workflow_passes_its_first_run_and_gates_every_run_after() {
    let repo = repository();
    let dir = repo.path();
    let quake = dir.join("articles/quake-three-outlets");

    // First run: no baseline yet. It starts one from what the articles hold and passes.
    let (code, summary, lines) = run_workflow(dir);
    assert_eq!(code, 0, "{summary}");
    assert!(dir.join("claimdiff-baseline.json").is_file());
    assert_eq!(lines.len(), 6, "one JSON line a set, from the same run");
    assert!(
        summary.contains("accepted 3 new findings into claimdiff-baseline.json"),
        "{summary}"
    );
    assert!(!summary.contains("FAIL"), "{summary}");
    assert!(lines.iter().all(|l| l["status"] == "ok"));

    // A clean run: everything found is accepted.
    let (code, summary, lines) = run_workflow(dir);
    assert_eq!(code, 0, "{summary}");
    assert!(
        summary.contains("6 sets: 6 ok, 0 failing, 0 with errors"),
        "{summary}"
    );
    assert_eq!(set(&lines, "quake-three-outlets")["accepted_findings"], 1);
    assert!(
        lines
            .iter()
            .all(|l| l["new_findings"] == serde_json::json!([]))
    );

    // A divergence planted in a set that agreed: the gate fails, in both reports of one run.
    let herald = dir.join("articles/ferry-capsize/herald.txt");
    edit(&herald, "At least 41 people", "Nine people");
    let (code, summary, lines) = run_workflow(dir);
    assert_eq!(code, 1, "{summary}");
    assert!(summary.contains("### ferry-capsize"), "{summary}");
    assert!(summary.contains("FAIL: 1 new"), "{summary}");
    assert_eq!(set(&lines, "ferry-capsize")["status"], "fail");
    edit(&herald, "Nine people", "At least 41 people");

    // A fourth outlet repeating a value already accepted revives nothing.
    std::fs::write(
        quake.join("agency.txt"),
        "An earthquake killed at least 24 people in Aceh on Tuesday, officials said.\n\n\
         More than 200 people were injured.\n",
    )
    .unwrap();
    let (code, summary, lines) = run_workflow(dir);
    assert_eq!(code, 0, "{summary}");
    let quake_line = set(&lines, "quake-three-outlets");
    assert_eq!(quake_line["sources"].as_array().unwrap().len(), 4);
    assert_eq!(quake_line["new_findings"], serde_json::json!([]));
    assert_eq!(quake_line["accepted_findings"], 1);

    // ...but a fourth outlet with a value of its own is a new finding.
    edit(&quake.join("agency.txt"), "at least 24", "nine");
    let (code, summary, _) = run_workflow(dir);
    assert_eq!(code, 1, "{summary}");
    std::fs::remove_file(quake.join("agency.txt")).unwrap();

    // The outlet that diverged corrects itself: the accepted entry is stale, reported and kept.
    edit(
        &quake.join("daily.txt"),
        "killed five people",
        "killed 24 people",
    );
    let (code, summary, lines) = run_workflow(dir);
    assert_eq!(code, 0, "{summary}");
    let quake_line = set(&lines, "quake-three-outlets");
    assert_eq!(quake_line["stale_findings"].as_array().unwrap().len(), 1);
    assert_eq!(
        quake_line["stale_findings"][0]["claims"][1]["text"], "five",
        "{quake_line}"
    );
    assert!(summary.contains("1 stale"), "{summary}");
    assert!(baseline_sets(dir).contains(&"quake-three-outlets".to_string()));

    // --prune removes it, and only it.
    let output = claimdiff(
        dir,
        &[
            "check",
            "articles",
            "--baseline",
            "claimdiff-baseline.json",
            "--update-baseline",
            "--prune",
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(
        text(&output.stderr).contains("pruned 1 stale finding"),
        "{}",
        text(&output.stderr)
    );
    let sets = baseline_sets(dir);
    assert!(
        !sets.contains(&"quake-three-outlets".to_string()),
        "{sets:?}"
    );
    assert_eq!(sets.len(), 2, "{sets:?}");
    let (code, summary, lines) = run_workflow(dir);
    assert_eq!(code, 0, "{summary}");
    assert!(!summary.contains("stale"), "{summary}");
    assert!(
        lines
            .iter()
            .all(|l| l["stale_findings"] == serde_json::json!([]))
    );
}

#[test]
fn a_missing_baseline_says_how_to_start_one() {
    let repo = repository();
    let output = claimdiff(repo.path(), &["check", "articles", "--baseline", "b.json"]);
    assert_eq!(output.status.code(), Some(2));
    let errors = text(&output.stderr);
    assert_eq!(errors.lines().count(), 1, "{errors}");
    assert!(errors.contains("b.json"), "{errors}");
    assert!(
        errors.contains("run once with --update-baseline to start it"),
        "{errors}"
    );
    let output = claimdiff(
        repo.path(),
        &[
            "check",
            "articles",
            "--baseline",
            "b.json",
            "--update-baseline",
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(repo.path().join("b.json").is_file());
}

#[test]
fn update_baseline_says_what_it_accepted() {
    let repo = repository();
    let args = [
        "check",
        "articles",
        "--baseline",
        "b.json",
        "--width",
        "200",
    ];
    let output = claimdiff(repo.path(), &[&args[..], &["--update-baseline"]].concat());
    assert_eq!(output.status.code(), Some(0));
    let table = text(&output.stdout);
    assert!(!table.contains("FAIL"), "{table}");
    assert!(
        table.contains("accepted 1 new finding into b.json"),
        "per set:\n{table}"
    );
    assert!(
        table.contains(
            "6 sets: 6 ok, 0 failing, 0 with errors; accepted 3 new findings into b.json"
        ),
        "{table}"
    );
    // Without --update-baseline, a new finding is still a failure, in the same words as before.
    let herald = repo.path().join("articles/ferry-capsize/herald.txt");
    edit(&herald, "At least 41 people", "Nine people");
    let output = claimdiff(repo.path(), &args);
    assert_eq!(output.status.code(), Some(1));
    let table = text(&output.stdout);
    assert!(table.contains("FAIL: 1 new"), "{table}");
    assert!(table.contains("1 failing"), "{table}");
    assert!(!table.contains("accepted 1 new"), "{table}");
}

#[test]
fn prune_never_touches_sets_that_did_not_run() {
    let repo = repository();
    let dir = repo.path();
    let update = ["--baseline", "b.json", "--update-baseline"];
    let output = claimdiff(dir, &[&["check", "articles"][..], &update].concat());
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        claimdiff(dir, &["check", "articles", "--prune"])
            .status
            .code(),
        Some(2),
        "--prune needs --update-baseline"
    );
    // One set run alone: the other sets' entries are neither stale nor pruned.
    let quake = "articles/quake-three-outlets";
    edit(
        &dir.join(quake).join("daily.txt"),
        "killed five people",
        "killed 24 people",
    );
    let output = claimdiff(
        dir,
        &[&["check", quake][..], &update, &["--prune"]].concat(),
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let written: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("b.json")).unwrap()).unwrap();
    let sets: Vec<&str> = written["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["set"].as_str().unwrap())
        .collect();
    assert_eq!(sets, ["strike-speaker", "wildfire-evacuation"]);
    // A set that could not run keeps its entries too.
    let wildfire = dir.join("articles/wildfire-evacuation");
    std::fs::remove_file(wildfire.join("times.txt")).unwrap();
    let output = claimdiff(
        dir,
        &[&["check", "articles"][..], &update, &["--prune"]].concat(),
    );
    assert_eq!(output.status.code(), Some(2));
    let after: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("b.json")).unwrap()).unwrap();
    assert_eq!(after, written);
}

#[test]
fn json_out_writes_the_json_lines_of_the_same_run() {
    let repo = repository();
    let dir = repo.path();
    let output = claimdiff(
        dir,
        &[
            "check",
            "articles",
            "--format",
            "markdown",
            "--json-out",
            "out.jsonl",
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stdout).contains("### quake-three-outlets"));
    let alone = claimdiff(dir, &["check", "articles", "--format", "json"]);
    assert_eq!(
        std::fs::read_to_string(dir.join("out.jsonl")).unwrap(),
        text(&alone.stdout)
    );
    let output = claimdiff(
        dir,
        &[
            "check",
            "articles",
            "--json-out",
            "no/such/folder/out.jsonl",
        ],
    );
    assert_eq!(output.status.code(), Some(2));
    let errors = text(&output.stderr);
    assert!(errors.contains("no/such/folder/out.jsonl"), "{errors}");
}
