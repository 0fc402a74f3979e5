//! End-to-end tests of issue 15's command-line parts: `--verbose` (what was set aside, on
//! standard error only), `--date NAME=YYYY-MM-DD` (one article's date by its outlet name), and a
//! headline said twice counting once in `compare`.

use assert_cmd::cargo::cargo_bin;
use serde_json::Value;

const BBC: &str = "seeds/belarus-2020-08-17/bbc.txt";
const NYT: &str = "seeds/belarus-2020-08-17/nyt.txt";

fn claimdiff(args: &[&str]) -> assert_cmd::Command {
    let mut command = assert_cmd::Command::new(cargo_bin("claimdiff"));
    command.args(args).env_remove("COLUMNS");
    command
}

/// Runs and hands back (exit code, stdout, stderr).
fn run(args: &[&str]) -> (i32, String, String) {
    let output = claimdiff(args).output().expect("runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).expect("UTF-8 stdout"),
        String::from_utf8(output.stderr).expect("UTF-8 stderr"),
    )
}

fn source<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == name)
        .unwrap_or_else(|| panic!("no source {name}"))
}

fn write(dir: &std::path::Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn verbose_lists_what_claims_set_aside_on_standard_error_only() {
    let (code, stdout, stderr) = run(&["claims", BBC, "--verbose", "--format", "json"]);
    assert_eq!(code, 0, "{stderr}");
    let report: Value = serde_json::from_str(&stdout).expect("stdout stays clean JSON");
    assert_eq!(report["skipped"].as_array().unwrap().len(), 2);
    for piece in ["(c) 2021 BBC", "The BBC is not responsible for the content"] {
        assert!(
            stderr
                .lines()
                .any(|l| l.contains("set aside") && l.contains(piece)),
            "{piece} not listed in:\n{stderr}"
        );
    }
    assert!(stderr.contains("page furniture"), "{stderr}");
    // outlet and line:column of each piece
    assert!(
        stderr
            .lines()
            .filter(|l| l.contains("set aside"))
            .all(|l| l.contains("bbc ") && l.split_whitespace().any(is_line_column)),
        "{stderr}"
    );
    let (_, _, quiet) = run(&["claims", BBC, "--format", "json"]);
    assert!(!quiet.contains("set aside"), "{quiet}");
}

fn is_line_column(word: &str) -> bool {
    let word = word.trim_end_matches(':');
    let mut parts = word.split(':');
    matches!(
        (parts.next(), parts.next(), parts.next()),
        (Some(line), Some(column), None)
            if line.parse::<u32>().is_ok() && column.parse::<u32>().is_ok()
    )
}

#[test]
fn verbose_shortens_long_pieces() {
    let dir = tempfile::tempdir().unwrap();
    let long = format!(
        "date 2020-08-17\nPolice said 40 people were held.\nCopyright 2020 The Associated Press {}\n",
        "and all rights reserved and then some more words follow here ".repeat(5)
    );
    let wire = write(dir.path(), "wire.txt", &long);
    let (code, _, stderr) = run(&["claims", &wire, "--verbose"]);
    assert_eq!(code, 0, "{stderr}");
    let line = stderr
        .lines()
        .find(|l| l.contains("Copyright 2020"))
        .expect("listed");
    assert!(line.contains("wire 3:1"), "{line}");
    assert!(
        stderr.contains("wire 1:1: metadata") && stderr.contains("\"date 2020-08-17\""),
        "{stderr}"
    );
    assert!(line.contains('…') && line.chars().count() < 160, "{line}");
}

#[test]
fn verbose_compare_and_align_keep_stdout_clean() {
    for command in ["compare", "align"] {
        let (code, stdout, stderr) = run(&[command, BBC, NYT, "--verbose", "--format", "json"]);
        assert!(code == 0 || code == 1, "{stderr}");
        serde_json::from_str::<Value>(&stdout).expect("clean JSON on stdout");
        assert!(!stdout.contains("set aside"));
        assert!(
            stderr.contains("set aside") && stderr.contains("(c) 2021 BBC"),
            "{stderr}"
        );
    }
    let (_, stdout, _) = run(&["compare", BBC, NYT, "--verbose", "--format", "csv"]);
    assert!(!stdout.contains("set aside"));
}

#[test]
fn verbose_check_lists_the_files_a_set_folder_did_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let set = dir.path().join("flood");
    std::fs::create_dir(&set).unwrap();
    write(
        &set,
        "wire.txt",
        "Floods killed 41 people. Share this with Email\n",
    );
    write(&set, "daily.txt", "At least 41 people died in floods.\n");
    write(&set, "README.md", "About this set.\n");
    write(&set, "notes.csv", "a,b\n");
    write(&set, ".draft.txt", "x\n");
    write(
        &set,
        "claimdiff-baseline.json",
        r#"{"version": 2, "findings": []}"#,
    );
    std::fs::create_dir(set.join("old")).unwrap();
    let dir_arg = dir.path().to_string_lossy().into_owned();
    let (code, stdout, stderr) = run(&["check", &dir_arg, "--verbose", "--quiet"]);
    assert_eq!(code, 0, "{stderr}");
    for (file, why) in [
        ("README.md", "the set's paperwork"),
        ("notes.csv", "not an article file"),
        (".draft.txt", "hidden"),
        ("claimdiff-baseline.json", "baseline"),
        ("old", "a folder"),
    ] {
        assert!(
            stderr.lines().any(|l| l.contains(file) && l.contains(why)),
            "{file} ({why}) not listed:\n{stderr}"
        );
        // The report says what was not read too (issue 16), hidden entries aside.
        assert_eq!(stdout.contains(file), !file.starts_with('.'), "{stdout}");
    }
    assert!(
        stderr
            .lines()
            .any(|l| l.contains("flood/wire") && l.contains("Share this")),
        "{stderr}"
    );
    let (_, _, quiet) = run(&["check", &dir_arg, "--quiet"]);
    assert!(!quiet.contains("README"), "{quiet}");
}

#[test]
fn date_by_name_dates_one_article() {
    let dir = tempfile::tempdir().unwrap();
    let wire = write(
        dir.path(),
        "wire.txt",
        "Thousands marched on Sunday, police said.\n",
    );
    let daily = write(
        dir.path(),
        "daily.txt",
        "Thousands marched on Aug. 16, police said.\n",
    );
    let (code, stdout, stderr) = run(&[
        "compare",
        &wire,
        &daily,
        "--date",
        "wire=2020-08-17",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{stderr}");
    let report: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(source(&report, "wire")["published"]["date"], "2020-08-17");
    assert_eq!(source(&report, "wire")["published"]["from"], "given");
    assert!(source(&report, "daily")["published"].is_null());
    // With an all-articles date beside it, the named one wins for its article.
    let (_, stdout, stderr) = run(&[
        "compare",
        &wire,
        &daily,
        "--date",
        "2021-01-05",
        "--date",
        "wire=2020-08-17",
        "--format",
        "json",
    ]);
    let report: Value = serde_json::from_str(&stdout).expect(&stderr);
    assert_eq!(source(&report, "wire")["published"]["date"], "2020-08-17");
    assert_eq!(source(&report, "daily")["published"]["date"], "2021-01-05");
    let (code, stdout, _) = run(&[
        "claims",
        &wire,
        "--date",
        "wire=2020-08-17",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0);
    let report: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(report["published"]["date"], "2020-08-17");
    assert!(
        stdout.contains("2020-08-16"),
        "Sunday is the 16th: {stdout}"
    );
}

#[test]
fn an_unknown_date_name_is_a_usage_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let wire = write(dir.path(), "wire.txt", "Thousands marched on Sunday.\n");
    let daily = write(dir.path(), "daily.txt", "Thousands marched on Aug. 16.\n");
    let (code, stdout, stderr) = run(&["compare", &wire, &daily, "--date", "reuters=2020-08-17"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("reuters") && stderr.contains("daily, wire"),
        "{stderr}"
    );
    let (code, _, stderr) = run(&["claims", &wire, "--date", "daily=2020-08-17"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("daily"), "{stderr}");
    let (code, _, stderr) = run(&["compare", &wire, &daily, "--date", "wire=2020-13-01"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("2020-13-01"), "{stderr}");
    let (code, _, stderr) = run(&[
        "compare",
        &wire,
        &daily,
        "--date",
        "wire=2020-08-17",
        "--date",
        "wire=2020-08-18",
    ]);
    assert_eq!(code, 2);
    assert!(stderr.contains("wire"), "{stderr}");
}

#[test]
fn date_by_name_in_check_dates_that_outlet_in_every_set() {
    let dir = tempfile::tempdir().unwrap();
    for day in ["one", "two"] {
        let set = dir.path().join(day);
        std::fs::create_dir(&set).unwrap();
        write(
            &set,
            "wire.txt",
            "Thousands marched on Sunday, police said.\n",
        );
        write(
            &set,
            "daily.txt",
            "Thousands marched on Aug. 16, police said.\n",
        );
    }
    let dir_arg = dir.path().to_string_lossy().into_owned();
    let (code, stdout, stderr) = run(&[
        "check",
        &dir_arg,
        "--quiet",
        "--format",
        "json",
        "--date",
        "wire=2020-08-17",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout.lines().count(), 2);
    assert!(
        stdout.lines().all(|set| set.contains("2020-08-16")),
        "wire's Sunday is Aug. 16 in both sets: {stdout}"
    );
    let (_, stdout, _) = run(&["check", &dir_arg, "--quiet", "--format", "json"]);
    assert!(!stdout.contains("2020-08-16"));
    let (code, _, stderr) = run(&["check", &dir_arg, "--quiet", "--date", "ap=2020-08-17"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("ap"), "{stderr}");
}

#[test]
fn a_headline_said_twice_counts_once_in_compare() {
    let dir = tempfile::tempdir().unwrap();
    // Scraped: the headline, then the first paragraph opening with it; the standfirst and the
    // body give the figure again in the same words.
    let wire = write(
        dir.path(),
        "wire.txt",
        "Floods kill 41 people in northern province\n\n\
         Floods kill 41 people in northern province, officials said on Tuesday.\n\n\
         The floods killed 41 people, the governor told reporters.\n",
    );
    let daily = write(
        dir.path(),
        "daily.txt",
        "At least 41 people died in floods in the north, officials said.\n",
    );
    let quiet = write(
        dir.path(),
        "quiet.txt",
        "Rescuers searched the valley for days.\n",
    );
    let (_, stdout, stderr) = run(&["compare", &wire, &daily, "--format", "json"]);
    let report: Value = serde_json::from_str(&stdout).expect(&stderr);
    let rows: Vec<&Value> = report["comparisons"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c.to_string().contains("41"))
        .collect();
    assert_eq!(rows.len(), 1, "one row for the one figure: {rows:?}");
    let (_, stdout, _) = run(&["compare", &wire, &daily]);
    assert!(stdout.contains("only wire 0,"), "{stdout}");
    // Unmatched, it is one figure only in wire, not three.
    let (_, stdout, _) = run(&["compare", &wire, &quiet]);
    assert!(stdout.contains("only wire 1,"), "{stdout}");
}
