//! JSON articles and JSON Lines sets (issue 15), end to end through the binary: fixtures in
//! tests/data/json (the sets of tests/sets as JSON Lines, lines of two sets interleaved; one
//! article as a pretty-printed JSON object carrying a saved page in `html`; a line with no
//! text; a line with no set), and set folders that hold files which are not articles.

use std::path::Path;

use assert_cmd::cargo::cargo_bin;
use serde_json::Value;

const DAY: &str = "tests/data/json/day.jsonl";
const QUAKE: &str = "tests/data/json/quake.jsonl";
const BAD_LINE: &str = "tests/data/json/bad-line.jsonl";
const NO_SET: &str = "tests/data/json/no-set.jsonl";
const WIRE_PAGE: &str = "tests/data/json/wire-page.json";

fn claimdiff(args: &[&str]) -> std::process::Output {
    std::process::Command::new(cargo_bin("claimdiff"))
        .args(args)
        .env_remove("COLUMNS")
        .env_remove("NO_COLOR")
        .output()
        .expect("runs")
}

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

fn json_lines(output: &std::process::Output) -> Vec<Value> {
    stdout(output)
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is JSON"))
        .collect()
}

#[test]
fn check_reads_a_json_lines_file_as_sets_grouped_by_their_set_field() {
    let output = claimdiff(&["check", DAY, "--format", "json"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let sets = json_lines(&output);
    let statuses: Vec<(&str, &str, usize)> = sets
        .iter()
        .map(|s| {
            (
                s["set"].as_str().unwrap(),
                s["status"].as_str().unwrap(),
                s["sources"].as_array().unwrap().len(),
            )
        })
        .collect();
    assert_eq!(
        statuses,
        [
            ("ferry-capsize", "ok", 2),
            ("quake-three-outlets", "fail", 3)
        ],
        "sets in name order, their lines gathered though not contiguous"
    );
    // Each set compares as its folder does: the same comparisons, word for word.
    let folders = json_lines(&claimdiff(&["check", "tests/sets", "--format", "json"]));
    for set in &sets {
        let folder = folders
            .iter()
            .find(|f| f["set"] == set["set"])
            .expect("the folder set");
        assert_eq!(set["comparisons"], folder["comparisons"], "{}", set["set"]);
        assert_eq!(set["new_findings"], folder["new_findings"]);
    }
}

#[test]
fn check_on_a_json_lines_file_renders_a_table_too() {
    let output = claimdiff(&["check", DAY, "--brief", "--width", "200"]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(text.contains("== quake-three-outlets ("), "{text}");
    assert!(text.contains("diverge (outlier: daily)"), "{text}");
    assert!(
        text.contains("2 sets: 1 ok, 1 failing, 0 with errors"),
        "{text}"
    );
}

#[test]
fn compare_reads_the_articles_of_one_json_lines_set() {
    let output = claimdiff(&["compare", QUAKE, "--format", "json"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let report: Value = serde_json::from_str(&stdout(&output)).unwrap();
    let names: Vec<&str> = report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["wire", "daily", "broadcaster"], "named by `outlet`");
    assert_eq!(report["sources"][0]["path"], format!("{QUAKE}:1"));
    assert_eq!(
        report["sources"][0]["published"],
        serde_json::json!({"date": "2024-03-02", "from": "json_field"}),
        "the day as the timestamp writes it"
    );
    assert_eq!(report["sources"][1]["published"], Value::Null);

    let named = claimdiff(&["compare", QUAKE, "--names", "a,b,c", "--format", "json"]);
    let report: Value = serde_json::from_str(&stdout(&named)).unwrap();
    assert_eq!(
        report["sources"][2]["name"], "c",
        "--names wins over `outlet`"
    );

    let wrong = claimdiff(&["compare", QUAKE, "--names", "a,b"]);
    assert_eq!(wrong.status.code(), Some(2));
    assert!(stderr(&wrong).contains("--names gives 2 names for 3 articles"));
}

#[test]
fn compare_refuses_a_json_lines_file_of_several_sets_and_points_to_check() {
    let output = claimdiff(&["compare", DAY]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.starts_with(&format!("claimdiff: {DAY}: ")),
        "{message}"
    );
    assert!(message.contains("ferry-capsize"), "{message}");
    assert!(message.contains("claimdiff check"), "{message}");
}

#[test]
fn claims_reads_one_article_only() {
    let output = claimdiff(&["claims", QUAKE]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(message.contains("holds 3 articles"), "{message}");
    assert!(message.contains("compare"), "{message}");
}

#[test]
fn a_json_article_with_html_reads_as_its_page_does() {
    let output = claimdiff(&["claims", WIRE_PAGE, "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: Value = serde_json::from_str(&stdout(&output)).unwrap();
    let page: Value = serde_json::from_str(&stdout(&claimdiff(&[
        "claims",
        "tests/data/pages/wire.html",
        "--format",
        "json",
    ])))
    .unwrap();
    assert_eq!(json["source"], "Wire Service", "named by `outlet`");
    assert_eq!(
        json["published"],
        serde_json::json!({"date": "2021-07-30", "from": "json_field"})
    );
    let strip = |claims: &Value| -> Vec<Value> {
        claims
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                let mut c = c.clone();
                c["source"] = Value::Null;
                c
            })
            .collect()
    };
    assert!(!strip(&page["claims"]).is_empty());
    assert_eq!(strip(&json["claims"]), strip(&page["claims"]));

    let named = claimdiff(&["claims", WIRE_PAGE, "--name", "wire", "--format", "json"]);
    let named: Value = serde_json::from_str(&stdout(&named)).unwrap();
    assert_eq!(named["source"], "wire");
}

#[test]
fn a_line_with_no_text_is_an_error_naming_the_file_and_line() {
    for command in ["check", "compare"] {
        let output = claimdiff(&[command, BAD_LINE]);
        assert_eq!(output.status.code(), Some(2), "{command}");
        let message = stderr(&output);
        assert!(
            message.starts_with(&format!("claimdiff: {BAD_LINE}: line 3: ")),
            "{command}: {message}"
        );
        assert!(message.contains("`text`"), "{message}");
        assert!(message.contains("`html`"), "{message}");
    }
}

#[test]
fn a_line_with_no_set_is_an_error_for_check() {
    let output = claimdiff(&["check", NO_SET]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.starts_with(&format!("claimdiff: {NO_SET}: line 2: ")),
        "{message}"
    );
    assert!(message.contains("`set`"), "{message}");
}

#[test]
fn invalid_json_and_wrong_types_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &str, &str); 6] = [
        (
            "broken.json",
            "{\"text\": \"Police said",
            "broken.json: not valid JSON",
        ),
        ("number.json", "{\"text\": 41}", "`text`"),
        ("list.json", "[\"Police said 41.\"]", "a JSON object"),
        (
            "both.json",
            "{\"text\": \"a\", \"html\": \"<p>a</p>\"}",
            "both `text` and `html`",
        ),
        (
            "date.json",
            "{\"text\": \"Police said 41.\", \"published\": \"last Sunday\"}",
            "`published`",
        ),
        (
            "lines.jsonl",
            "{\"text\": \"Police said 41.\"}\n{\"text\": \"Police said\n",
            "lines.jsonl: line 2: not valid JSON",
        ),
    ];
    for (name, content, expected) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, content).unwrap();
        let output = claimdiff(&["claims", path.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(2), "{name}");
        let message = stderr(&output);
        assert!(message.starts_with("claimdiff: "), "{message}");
        assert!(message.contains(expected), "{name}: {message}");
        assert_eq!(message.lines().count(), 1, "one line: {message}");
    }
}

#[test]
fn a_set_folder_counts_only_its_article_files() {
    let dir = tempfile::tempdir().unwrap();
    let set = dir.path().join("quake");
    std::fs::create_dir(&set).unwrap();
    let from = Path::new("tests/sets/quake-three-outlets");
    std::fs::copy(from.join("wire.txt"), set.join("wire.txt")).unwrap();
    std::fs::copy(from.join("daily.txt"), set.join("daily.md")).unwrap();
    let broadcaster = std::fs::read_to_string(from.join("broadcaster.txt")).unwrap();
    let article = serde_json::json!({"outlet": "broadcaster", "text": broadcaster});
    std::fs::write(set.join("broadcaster.json"), article.to_string()).unwrap();
    for (name, content) in [
        (
            "README.md",
            "These three articles were filed on 2 March; 41 notes.",
        ),
        ("LICENSE", "Copyright 2024. 3 clauses."),
        ("CHANGELOG.txt", "Version 2 added 12 articles."),
        (".draft.txt", "A draft: 99 people died."),
        ("notes.csv", "outlet,deaths\nwire,24\n"),
        ("day.jsonl", "{\"text\": \"99 people died.\"}\n"),
        (
            "claimdiff-baseline.json",
            "{\"version\": 2, \"findings\": []}",
        ),
        ("accepted.json", "{\"version\": 2, \"findings\": []}"),
    ] {
        std::fs::write(set.join(name), content).unwrap();
    }
    let output = claimdiff(&["check", set.to_str().unwrap(), "--format", "json"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 1);
    assert_eq!(
        lines[0]["sources"].as_array().unwrap().len(),
        3,
        "wire.txt, daily.md, broadcaster.json"
    );
    let quake = json_lines(&claimdiff(&[
        "check",
        "tests/sets/quake-three-outlets",
        "--format",
        "json",
    ]));
    assert_eq!(lines[0]["status"], quake[0]["status"]);
    assert_eq!(
        lines[0]["comparisons"].as_array().unwrap().len(),
        quake[0]["comparisons"].as_array().unwrap().len()
    );
}

/// A JSON article whose `text` carries a metadata line gives the claims its plain-text copy
/// gives: the line is set aside and dates the article (the review found it read as a claim).
#[test]
fn a_json_article_reads_its_text_as_a_text_file_does() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string("seeds/belarus-2020-08-17/nyt.txt").unwrap();
    let json = dir.path().join("nyt.json");
    std::fs::write(
        &json,
        serde_json::json!({ "outlet": "nyt", "text": text }).to_string(),
    )
    .unwrap();
    let plain = dir.path().join("nyt.txt");
    std::fs::write(&plain, &text).unwrap();
    let claims = |path: &Path| {
        let output = claimdiff(&["claims", "--format", "json", path.to_str().unwrap()]);
        let report: Value = serde_json::from_str(&stdout(&output)).unwrap();
        let values: Vec<(String, String)> = report["claims"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| (c["text"].to_string(), c["value"].to_string()))
            .collect();
        (values, report["published"]["date"].clone())
    };
    let (from_json, json_date) = claims(&json);
    let (from_text, text_date) = claims(&plain);
    assert_eq!(from_json, from_text);
    assert_eq!(json_date, text_date);
    assert_eq!(json_date, "2020-08-17");
}
