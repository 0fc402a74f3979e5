//! `claimdiff check` and the exit codes, end to end: the article sets of tests/sets (short
//! articles written for these tests, some agreeing, some with planted conflicts), the broken
//! sets of tests/sets-broken, and baselines on a copy of the seed set.

use std::path::Path;

use assert_cmd::cargo::cargo_bin;
use serde_json::Value;

const BBC: &str = "seeds/belarus-2020-08-17/bbc.txt";
const NYT: &str = "seeds/belarus-2020-08-17/nyt.txt";

fn claimdiff(args: &[&str]) -> std::process::Output {
    std::process::Command::new(cargo_bin("claimdiff"))
        .args(args)
        .env_remove("COLUMNS")
        .env_remove("NO_COLOR")
        .output()
        .expect("runs")
}

fn code(args: &[&str]) -> i32 {
    claimdiff(args).status.code().expect("exit code")
}

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn compare_exit_codes_follow_fail_on() {
    assert_eq!(
        code(&["compare", BBC, NYT]),
        0,
        "the seeds have no cross-outlet divergence"
    );
    assert_eq!(code(&["compare", BBC, NYT, "--fail-on", "reworded"]), 1);
    assert_eq!(code(&["compare", BBC, NYT, "--fail-on", "internal"]), 1);
    assert_eq!(code(&["compare", BBC, NYT, "--fail-on", "any"]), 1);
    assert_eq!(code(&["compare", BBC, NYT, "--fail-on", "never"]), 0);
    assert_eq!(
        code(&["compare", BBC, NYT, "--fail-on", "never, reworded"]),
        1,
        "items add up; spaces around them are allowed"
    );
    assert_eq!(
        code(&["compare", BBC, NYT, "--fail-on", "diverge,speaker_conflict"]),
        0
    );
    assert_eq!(code(&["compare", BBC, "missing.txt"]), 2);
    let bad = claimdiff(&["compare", BBC, NYT, "--fail-on", "sometimes"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&bad.stderr)
            .contains("invalid value 'sometimes' for '--fail-on <WHAT>'")
    );
}

#[test]
fn check_over_the_test_sets_fails_on_the_planted_conflicts_only() {
    let output = claimdiff(&["check", "tests/sets", "--brief", "--width", "200"]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    for failing in [
        "quake-three-outlets",
        "strike-speaker",
        "wildfire-evacuation",
    ] {
        assert!(
            text.contains(&format!("== {failing} (")),
            "{failing} listed:\n{text}"
        );
    }
    for passing in ["budget-figures", "ferry-capsize", "summit-translation"] {
        assert!(
            !text.contains(&format!("== {passing} (")),
            "{passing} not listed:\n{text}"
        );
    }
    assert!(
        text.contains("diverge (outlier: daily)"),
        "the outlier is named:\n{text}"
    );
    assert!(text.contains("6 sets: 3 ok, 3 failing, 0 with errors"));
    assert_eq!(code(&["check", "tests/sets", "--fail-on", "never"]), 0);
    assert_eq!(
        code(&["check", "tests/sets/ferry-capsize"]),
        0,
        "a folder of articles is one set"
    );
}

#[test]
fn check_json_lines_has_one_object_per_set() {
    let output = claimdiff(&["check", "tests/sets", "--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    let lines: Vec<Value> = stdout(&output)
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is JSON"))
        .collect();
    let statuses: Vec<(&str, &str)> = lines
        .iter()
        .map(|l| (l["set"].as_str().unwrap(), l["status"].as_str().unwrap()))
        .collect();
    assert_eq!(
        statuses,
        [
            ("budget-figures", "ok"),
            ("ferry-capsize", "ok"),
            ("quake-three-outlets", "fail"),
            ("strike-speaker", "fail"),
            ("summit-translation", "ok"),
            ("wildfire-evacuation", "fail"),
        ]
    );
    let quake = &lines[2];
    let new = quake["new_findings"][0].as_u64().unwrap() as usize;
    let finding = &quake["comparisons"][new];
    assert_eq!(finding["verdict"], "diverge");
    assert_eq!(finding["outlier"], "daily");
    assert_eq!(finding["claims"].as_array().unwrap().len(), 3);
    assert_eq!(lines[0]["version"], 1);
}

#[test]
fn a_broken_set_is_an_error_while_the_others_still_run() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(Path::new("tests/sets-broken"), dir.path());
    let binary = dir.path().join("binary");
    std::fs::create_dir(&binary).unwrap();
    std::fs::copy("tests/sets/ferry-capsize/wire.txt", binary.join("wire.txt")).unwrap();
    std::fs::write(binary.join("photo.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let output = claimdiff(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let text = stdout(&output);
    let errors = String::from_utf8_lossy(&output.stderr);
    assert!(
        text.contains("good") && text.contains("5 in common"),
        "{text}"
    );
    assert!(
        errors.contains("error: set single-article: compare needs at least two articles"),
        "{errors}"
    );
    assert!(
        errors.contains("error: set binary:")
            && errors.contains("photo.txt: is a PNG image, not article text"),
        "{errors}"
    );
    assert!(
        text.contains("3 sets: 1 ok, 0 failing, 2 with errors"),
        "{text}"
    );
}

#[test]
fn check_on_the_seed_set() {
    assert_eq!(code(&["check", "seeds"]), 0);
    assert_eq!(code(&["check", "seeds", "--fail-on", "reworded"]), 1);
}

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

#[test]
fn a_baseline_accepts_known_findings_and_catches_new_ones() {
    let dir = tempfile::tempdir().unwrap();
    let set = dir.path().join("belarus-2020-08-17");
    copy_dir(Path::new("seeds/belarus-2020-08-17"), &set);
    let nyt = set.join("nyt.txt");
    let edit = |from: &str, to: &str| {
        let text = std::fs::read_to_string(&nyt).unwrap();
        assert!(text.contains(from));
        std::fs::write(&nyt, text.replace(from, to)).unwrap();
    };
    let root = dir.path().to_str().unwrap();
    let baseline = dir.path().join("baseline.json");
    let baseline = baseline.to_str().unwrap();

    edit("more than 100,000 people", "more than 300,000 people");
    let output = claimdiff(&["check", root]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("more than 300,000"),
        "names the claim"
    );

    assert_eq!(
        code(&["check", root, "--baseline", baseline, "--update-baseline"]),
        0
    );
    let written: Value = serde_json::from_str(&std::fs::read_to_string(baseline).unwrap()).unwrap();
    assert_eq!(written["findings"].as_array().unwrap().len(), 1);
    assert_eq!(code(&["check", root, "--baseline", baseline]), 0);

    // An edit elsewhere in the article does not disturb the baseline...
    edit("the Aug. 9 election", "the election of Aug. 9");
    assert_eq!(code(&["check", root, "--baseline", baseline]), 0);
    // ...but a new figure is a new finding.
    edit("more than 300,000 people", "more than 400,000 people");
    let output = claimdiff(&["check", root, "--baseline", baseline]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("more than 400,000"));

    std::fs::write(baseline, "not json").unwrap();
    let output = claimdiff(&["check", root, "--baseline", baseline]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not a claimdiff baseline"));
}

#[test]
fn markdown_is_a_valid_table() {
    let output = claimdiff(&["compare", BBC, NYT, "--format", "markdown"]);
    let text = stdout(&output);
    let table: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .collect();
    assert!(table.len() > 3);
    let pipes = |line: &str| {
        let mut count = 0;
        let mut escaped = false;
        for c in line.chars() {
            if c == '|' && !escaped {
                count += 1;
            }
            escaped = c == '\\' && !escaped;
        }
        count
    };
    let columns = pipes(table[0]);
    assert_eq!(columns, 5, "verdict, about, bbc, nyt");
    assert!(
        table[1]
            .split('|')
            .all(|cell| cell.trim().is_empty() || cell.trim() == "---")
    );
    for line in &table {
        assert!(line.ends_with('|'), "{line}");
        assert_eq!(pipes(line), columns, "{line}");
    }
    assert!(text.contains("~~held the election~~ **had elections**"));
    // Issue 17: the summary first, the one-outlet claims counted last.
    assert!(
        text.starts_with("7 in common: 5 agree, 1 compatible, 1 reworded;"),
        "{text}"
    );
    assert!(text.contains("30 claims only in bbc, 12 only in nyt: --all lists them"));
}

#[test]
fn csv_has_one_row_per_claim_pair() {
    let output = claimdiff(&["compare", BBC, NYT, "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    let header = reader.headers().unwrap().clone();
    assert_eq!(&header[0], "verdict");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert!(rows.iter().all(|r| r.len() == header.len()));
    let crowd = rows
        .iter()
        .find(|r| &r[7] == "between 100,000 and 220,000")
        .expect("the crowd row");
    assert_eq!(&crowd[0], "compatible");
    assert_eq!(&crowd[12], "more than 100,000");
    let check = claimdiff(&["check", "tests/sets", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(check.stdout.as_slice());
    assert_eq!(&reader.headers().unwrap()[0], "set");
    assert!(reader.records().all(|r| r.is_ok()));
}

#[test]
fn brief_collapses_claims_made_by_one_outlet_and_no_colour_off_a_terminal() {
    let full = stdout(&claimdiff(&["compare", BBC, NYT, "--all"]));
    let brief = stdout(&claimdiff(&["compare", BBC, NYT, "--brief"]));
    assert!(full.contains("unmatched"));
    assert!(!brief.contains("unmatched"));
    assert_eq!(
        full.lines().next(),
        brief.lines().next(),
        "the summary line stays"
    );
    assert!(!full.contains('\u{1b}'), "no colour when not on a terminal");
}

#[test]
fn renderings_snapshot() {
    let out = |args: &[&str]| stdout(&claimdiff(args));
    insta::assert_snapshot!(
        "compare_markdown",
        out(&["compare", BBC, NYT, "--format", "markdown"])
    );
    insta::assert_snapshot!(
        "compare_csv",
        out(&["compare", BBC, NYT, "--format", "csv"])
    );
    insta::assert_snapshot!(
        "check_table",
        out(&["check", "tests/sets", "--width", "100"])
    );
    insta::assert_snapshot!(
        "check_markdown",
        out(&["check", "tests/sets", "--format", "markdown", "--brief"])
    );
    insta::assert_snapshot!(
        "check_json",
        out(&["check", "tests/sets", "--format", "json"])
    );
    insta::assert_snapshot!(
        "check_csv",
        out(&["check", "tests/sets", "--format", "csv"])
    );
}

/// A baseline written before the pipeline was reshaped (tests/baselines/sets-v1.json, every
/// finding of tests/sets under `--fail-on any`): its findings must still be recognised.
#[test]
fn a_baseline_written_by_an_earlier_claimdiff_still_matches() {
    let output = claimdiff(&[
        "check",
        "tests/sets",
        "--fail-on",
        "any",
        "--baseline",
        "tests/baselines/sets-v1.json",
        "--format",
        "json",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let lines: Vec<Value> = stdout(&output)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert!(
        lines
            .iter()
            .all(|l| l["new_findings"] == serde_json::json!([]))
    );
    let accepted: u64 = lines
        .iter()
        .map(|l| l["accepted_findings"].as_u64().unwrap())
        .sum();
    assert_eq!(accepted, 4);
}

/// `--update-baseline` over a version-1 file rewrites it in the current version with typed
/// findings, and those are accepted the same way.
#[test]
fn updating_a_version_1_baseline_writes_the_current_version() {
    let dir = tempfile::tempdir().unwrap();
    let baseline = dir.path().join("baseline.json");
    std::fs::copy("tests/baselines/sets-v1.json", &baseline).unwrap();
    let baseline = baseline.to_str().unwrap();
    let args = [
        "check",
        "tests/sets",
        "--fail-on",
        "any",
        "--baseline",
        baseline,
    ];
    let update = claimdiff(&[&args[..], &["--update-baseline"]].concat());
    assert_eq!(update.status.code(), Some(0));
    let written: Value = serde_json::from_str(&std::fs::read_to_string(baseline).unwrap()).unwrap();
    assert_eq!(written["version"], 2);
    let findings = written["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 4);
    assert!(findings.iter().all(|f| f.get("subject").is_none()));
    assert!(
        findings
            .iter()
            .any(|f| f["event"] == "death" && f["unit"] == "count")
    );
    let again = claimdiff(&args);
    assert_eq!(again.status.code(), Some(0), "{}", stdout(&again));
}

#[test]
fn a_baseline_of_another_version_is_refused_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let baseline = dir.path().join("baseline.json");
    let text = std::fs::read_to_string("tests/baselines/sets-v1.json").unwrap();
    std::fs::write(
        &baseline,
        text.replacen("\"version\": 1", "\"version\": 99", 1),
    )
    .unwrap();
    let baseline = baseline.to_str().unwrap();
    let output = claimdiff(&["check", "tests/sets", "--baseline", baseline]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stdout(&output), "", "nothing runs");
    let errors = String::from_utf8_lossy(&output.stderr);
    assert_eq!(errors.lines().count(), 1, "{errors}");
    assert!(
        errors.starts_with(&format!(
            "claimdiff: {baseline}: baseline format version 99 "
        )),
        "{errors}"
    );
}

#[test]
fn an_empty_set_says_it_has_no_articles() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        Path::new("tests/sets/ferry-capsize"),
        &dir.path().join("ferry"),
    );
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let output = claimdiff(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let errors = String::from_utf8_lossy(&output.stderr);
    assert!(
        errors.contains(&format!(
            "error: set empty: {}: no articles in this set",
            empty.display()
        )),
        "{errors}"
    );
    assert!(!errors.contains("compare needs"), "{errors}");
    assert!(stdout(&output).contains("2 sets: 1 ok, 0 failing, 1 with errors"));
}

/// A run in which a set cannot be compared keeps that set's accepted findings (dropped, they
/// would come back as new on the next run), writes the others' and still exits 2.
#[test]
fn a_set_that_cannot_run_keeps_the_baseline_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        Path::new("tests/sets/quake-three-outlets"),
        &dir.path().join("quake"),
    );
    let root = dir.path().to_str().unwrap();
    let baseline = dir.path().join("baseline.json");
    let baseline = baseline.to_str().unwrap();
    let update = |extra: &[&str]| {
        let args = [
            &["check", root, "--baseline", baseline, "--update-baseline"][..],
            extra,
        ];
        claimdiff(&args.concat())
    };
    assert_eq!(update(&[]).status.code(), Some(0));
    let before = std::fs::read_to_string(baseline).unwrap();
    assert!(before.contains("quake"), "{before}");
    std::fs::create_dir(dir.path().join("empty")).unwrap();
    let output = update(&[]);
    assert_eq!(output.status.code(), Some(2));
    let errors = String::from_utf8_lossy(&output.stderr);
    assert!(
        errors.contains(
            "0 of them kept as accepted before for the set that could not be compared (empty)"
        ),
        "{errors}"
    );
    assert_eq!(std::fs::read_to_string(baseline).unwrap(), before);
}

/// Issue 17: a set's footer in `check --format markdown` counted only the findings shown ("1
/// claims in common: ... 1 diverge") and contradicted the summary table ("4 in common: 3
/// agree, 1 diverge"); it counts all of the set's claims.
#[test]
fn check_markdown_footers_count_all_of_a_sets_claims() {
    let text = stdout(&claimdiff(&["check", "tests/sets", "--format", "markdown"]));
    let section = &text[text.find("### quake-three-outlets").unwrap()..];
    let footer = section
        .lines()
        .find(|line| line.contains(" in common: "))
        .unwrap();
    assert!(
        footer.starts_with("4 in common: 3 agree, 1 diverge;"),
        "{footer}"
    );
    assert!(
        text.contains("| quake-three-outlets | 3 | FAIL: 1 new | 4 in common: 3 agree, 1 diverge;")
    );
}

/// Issue 17: `--brief` leaves out claims made by one outlet only in every format (the table and
/// Markdown count them instead; CSV and JSON leave their rows out, the summary still counts them).
#[test]
fn brief_leaves_out_unmatched_claims_in_csv_and_json() {
    let unmatched_rows = |args: &[&str]| {
        let output = claimdiff(args);
        let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
        let verdict = reader
            .headers()
            .unwrap()
            .iter()
            .position(|h| h == "verdict")
            .unwrap();
        reader
            .records()
            .filter(|r| &r.as_ref().unwrap()[verdict] == "unmatched")
            .count()
    };
    assert!(unmatched_rows(&["compare", BBC, NYT, "--format", "csv"]) > 0);
    assert_eq!(
        unmatched_rows(&["compare", BBC, NYT, "--format", "csv", "--brief"]),
        0
    );
    assert!(unmatched_rows(&["check", "tests/sets", "--format", "csv"]) > 0);
    assert_eq!(
        unmatched_rows(&["check", "tests/sets", "--format", "csv", "--brief"]),
        0
    );

    let unmatched = |value: &Value| {
        value["comparisons"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["verdict"] == "unmatched")
            .count()
    };
    let json =
        |args: &[&str]| -> Value { serde_json::from_str(&stdout(&claimdiff(args))).unwrap() };
    let full = json(&["compare", BBC, NYT, "--format", "json"]);
    let brief = json(&["compare", BBC, NYT, "--format", "json", "--brief"]);
    assert!(unmatched(&full) > 0);
    assert_eq!(unmatched(&brief), 0);
    assert_eq!(full["summary"], brief["summary"], "the counts stay");
    let lines = |args: &[&str]| -> Vec<Value> {
        stdout(&claimdiff(args))
            .lines()
            .map(|line| serde_json::from_str(line).unwrap())
            .collect()
    };
    let full = lines(&["check", "tests/sets", "--format", "json"]);
    let brief = lines(&["check", "tests/sets", "--format", "json", "--brief"]);
    assert!(full.iter().map(unmatched).sum::<usize>() > 0);
    assert_eq!(brief.iter().map(unmatched).sum::<usize>(), 0);
    for (full, brief) in full.iter().zip(&brief) {
        assert_eq!(full["new_findings"], brief["new_findings"]);
        for index in full["new_findings"].as_array().unwrap() {
            let index = index.as_u64().unwrap() as usize;
            assert_eq!(full["comparisons"][index], brief["comparisons"][index]);
        }
    }
}

/// Issue 17: `compare --format json` counts its verdicts and each outlet's claims of its own,
/// for dashboards.
#[test]
fn compare_json_has_summary_counts() {
    let output = claimdiff(&["compare", BBC, NYT, "--format", "json"]);
    let report: Value = serde_json::from_str(&stdout(&output)).unwrap();
    let summary = &report["summary"];
    let comparisons = report["comparisons"].as_array().unwrap();
    let count = |verdict: &str| {
        comparisons
            .iter()
            .filter(|c| c["verdict"] == verdict && c["internal"] == false)
            .count()
    };
    for verdict in [
        "agree",
        "compatible",
        "diverge",
        "reworded",
        "speaker_conflict",
    ] {
        assert_eq!(summary[verdict], count(verdict), "{verdict}: {summary}");
    }
    assert_eq!(
        summary["in_common"],
        [
            "agree",
            "compatible",
            "diverge",
            "reworded",
            "speaker_conflict"
        ]
        .iter()
        .map(|v| count(v))
        .sum::<usize>()
    );
    let only = summary["only_in"].as_array().unwrap();
    assert_eq!(only.len(), 2);
    assert_eq!(only[0]["source"], "bbc");
    assert_eq!(only[1]["source"], "nyt");
    let only_total: u64 = only.iter().map(|o| o["claims"].as_u64().unwrap()).sum();
    assert_eq!(only_total as usize, count("unmatched"));
    assert!(summary["internal"].as_u64().unwrap() > 0);
}
