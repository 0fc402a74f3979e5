//! Output injection (issue 16 item 14, issue 17): what an article, a file name or an outlet name
//! holds must not act on whoever reads the report. Terminal control sequences (`\033]0;PWNED\007`
//! retitles the terminal, `\033[31m` colours it) never reach table, Markdown or plain output and
//! are no figures; raw HTML from an article is not passed into Markdown; a CSV cell that a
//! spreadsheet would take for a formula (`=`, `+`, `-`, `@`, tab, carriage return first) is
//! prefixed with a single quote and quoted (OWASP's CSV injection guidance).

use std::path::{Path, PathBuf};

use assert_cmd::cargo::cargo_bin;
use serde_json::Value;

/// Two outlets whose text carries control sequences (CSI, OSC, a C1 CSI), raw HTML, a formula
/// and a negative figure.
fn articles(dir: &Path) -> [PathBuf; 2] {
    let wire = serde_json::json!({
        "outlet": "wire",
        "text": "Police said \u{1b}[31m41 people were killed in the clashes.\u{1b}[0m\n\n\
                 \"We will <b>never</b> leave the \u{1b}]0;PWNED\u{7}square,\" said Anna Petrova, \
                 an organiser.\n\nThe temperature fell to -40 degrees overnight.\n\n\
                 Officials counted 12\u{9b}31m tents.\n\n\
                 \"=HYPERLINK(\"http://evil.example\") is all we have,\" said Ivan Sidorov."
    });
    let daily = serde_json::json!({
        "outlet": "daily",
        "text": "Police said 45 people were killed in the clashes.\n\n\
                 \"We will <b>never</b> ever leave the square,\" said Anna Petrova, an organiser.\n\n\
                 The temperature fell to 40 degrees overnight.\n\n\
                 \"=HYPERLINK(\"http://evil.example\") is what we have,\" said Ivan Sidorov."
    });
    let paths = [dir.join("wire.json"), dir.join("daily.json")];
    std::fs::write(&paths[0], wire.to_string()).unwrap();
    std::fs::write(&paths[1], daily.to_string()).unwrap();
    paths
}

fn output(args: &[&str]) -> (Option<i32>, String) {
    let output = assert_cmd::Command::new(cargo_bin("claimdiff"))
        .args(args)
        .env_remove("COLUMNS")
        .env("NO_COLOR", "1")
        .output()
        .expect("claimdiff runs");
    let stderr = String::from_utf8(output.stderr).expect("UTF-8 messages");
    assert!(
        !has_controls(&stderr),
        "{args:?}: a control character on standard error: {stderr:?}"
    );
    (
        output.status.code(),
        String::from_utf8(output.stdout).expect("UTF-8 output"),
    )
}

/// A control character a terminal acts on: C0 but line feed and tab, DEL, C1.
fn has_controls(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
}

fn compare(paths: &[PathBuf], extra: &[&str]) -> (Option<i32>, String) {
    let mut args: Vec<&str> = vec!["compare"];
    args.extend(paths.iter().map(|p| p.to_str().unwrap()));
    args.extend(extra);
    output(&args)
}

#[test]
fn control_sequences_from_an_article_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let paths = articles(dir.path());
    for format in ["table", "markdown", "csv", "json", "html"] {
        let (code, out) = compare(&paths, &["--format", format]);
        assert_eq!(code, Some(1), "{format}: -40 and 40 degrees diverge\n{out}");
        assert!(!has_controls(&out), "{format}: {out:?}");
    }
    let wire = paths[0].to_str().unwrap();
    for command in ["claims", "sentences"] {
        let (code, out) = output(&[command, wire]);
        assert_eq!(code, Some(0));
        assert!(!has_controls(&out), "{command}: {out:?}");
    }
    let both: Vec<&str> = paths.iter().map(|p| p.to_str().unwrap()).collect();
    let (_, out) = output(&["align", both[0], both[1], "--threshold", "0"]);
    assert!(!has_controls(&out), "align: {out:?}");
}

#[test]
fn a_colour_code_before_a_figure_is_no_figure() {
    let dir = tempfile::tempdir().unwrap();
    let paths = articles(dir.path());
    let (_, out) = output(&["claims", paths[0].to_str().unwrap(), "--format", "json"]);
    let report: Value = serde_json::from_str(&out).unwrap();
    let figures: Vec<(String, f64)> = report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| Some((c["text"].as_str()?.to_string(), c["value"]["low"].as_f64()?)))
        .collect();
    let texts: Vec<&str> = figures.iter().map(|(t, _)| t.as_str()).collect();
    // "\033[31m41 people": 41 people, read as if the colour code were not there.
    assert!(texts.contains(&"41"), "{figures:?}");
    assert!(texts.contains(&"12"), "{figures:?}");
    for (text, low) in &figures {
        assert!(
            ![0.0, 31.0, 31e6].contains(low),
            "{text:?} = {low}: a figure made of a control sequence: {figures:?}"
        );
    }
}

#[test]
fn markdown_passes_no_html_from_an_article() {
    let dir = tempfile::tempdir().unwrap();
    let paths = articles(dir.path());
    let (_, out) = compare(&paths, &["--format", "markdown"]);
    assert!(out.contains("never"), "{out}");
    assert!(out.contains("\\<b>never\\</b>"), "shown as text: {out}");
    assert!(
        !out.replace("\\<", "").contains("<b>"),
        "raw HTML in Markdown: {out}"
    );
    for line in out.lines() {
        // The only tag left is the line break the renderer writes itself.
        let tags = line.matches('<').count();
        let escaped = line.matches("\\<").count();
        assert_eq!(tags - escaped, line.matches("<br>").count(), "{line}");
    }
}

#[test]
fn csv_cells_a_spreadsheet_would_run_are_quoted_text() {
    let dir = tempfile::tempdir().unwrap();
    let paths = articles(dir.path());
    let (_, out) = compare(
        &paths,
        &["--format", "csv", "--names", "=cmd|' /C calc'!A0,@daily"],
    );
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let mut fields = Vec::new();
    for record in reader.records() {
        fields.extend(record.unwrap().iter().map(str::to_string));
    }
    for field in &fields {
        assert!(
            !field.starts_with(['=', '+', '-', '@', '\t', '\r']),
            "a formula a spreadsheet would run: {field:?}\n{out}"
        );
    }
    for expected in [
        "'=cmd|' /C calc'!A0",
        "'@daily",
        "'-40 degrees",
        "'=HYPERLINK(",
    ] {
        assert!(
            fields.iter().any(|f| f == expected),
            "no {expected:?}: {fields:?}"
        );
    }
    // Each such cell is quoted as well, so no reader splits it into cells of its own.
    assert!(out.contains("\"'-40 degrees\""), "{out}");
    assert!(out.contains("\"'@daily\""), "{out}");
}

/// Names come from outside too: a set folder, a file name, `--names`.
#[test]
fn names_with_control_characters_are_shown_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let set = dir.path().join("\u{1b}]0;PWNED\u{7}");
    std::fs::create_dir(&set).unwrap();
    let paths = articles(&set);
    std::fs::rename(&paths[0], set.join("\u{1b}[31mwire.txt")).unwrap();
    std::fs::write(
        set.join("\u{1b}[31mwire.txt"),
        "The temperature fell to -40 degrees overnight.",
    )
    .unwrap();
    std::fs::write(
        set.join("daily.txt"),
        "The temperature fell to 40 degrees overnight.",
    )
    .unwrap();
    std::fs::remove_file(&paths[1]).unwrap();
    let root = dir.path().to_str().unwrap();
    for format in ["table", "markdown", "csv", "json", "html"] {
        let (code, out) = output(&["check", root, "--format", format]);
        assert_eq!(code, Some(1), "{format}: {out}");
        assert!(!has_controls(&out), "{format}: {out:?}");
        assert!(out.contains("PWNED"), "{format}: the name is shown: {out}");
    }
    let files: Vec<PathBuf> = [set.join("\u{1b}[31mwire.txt"), set.join("daily.txt")].into();
    for format in ["table", "markdown", "csv", "json", "html"] {
        let (_, out) = compare(&files, &["--format", format]);
        assert!(!has_controls(&out), "{format}: {out:?}");
        // A C1 CSI too, which JSON allows in a string and serde_json writes as it is.
        let names = "\u{1b}[2J\u{9b}31mx,y\u{7f}";
        let (_, out) = compare(&files, &["--format", format, "--names", names]);
        assert!(!has_controls(&out), "{format}: {out:?}");
    }
}

/// A bidirectional control character (U+202A-U+202E, U+2066-U+2069).
fn has_bidi_controls(text: &str) -> bool {
    text.chars()
        .any(|c| ('\u{202a}'..='\u{202e}').contains(&c) || ('\u{2066}'..='\u{2069}').contains(&c))
}

/// The right-to-left override (U+202E) and the other bidirectional controls in an article or a
/// name would make a row read backwards ("Trojan Source"): they are shown as escapes in every
/// format, and JSON writes them as `\u202e`, which a JSON reader reads back unchanged.
#[test]
fn bidirectional_controls_are_shown_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let wire = dir.path().join("wire.txt");
    let daily = dir.path().join("da\u{202e}txt.ylia.txt");
    std::fs::write(
        &wire,
        "Police said 41 \u{202e}people were killed\u{202c} in the clashes.\n\n\
         \"We will never \u{2067}leave\u{2069} the square,\" said Anna Petrova, an organiser.\n",
    )
    .unwrap();
    std::fs::write(
        &daily,
        "Police said 45 people were \u{202d}killed\u{202c} in the clashes.\n\n\
         \"We will never \u{2066}ever\u{2069} leave the square,\" said Anna Petrova, an organiser.\n",
    )
    .unwrap();
    let paths = [wire.clone(), daily];
    for format in ["table", "markdown", "csv"] {
        let (code, out) = compare(&paths, &["--format", format]);
        assert_eq!(code, Some(1), "{format}: 41 and 45 diverge\n{out}");
        assert!(!has_bidi_controls(&out), "{format}: {out:?}");
        assert!(out.contains("\\u{202e}"), "{format}: shown escaped: {out}");
    }
    let (_, out) = compare(&paths, &["--format", "json"]);
    assert!(!has_bidi_controls(&out), "json: {out:?}");
    assert!(out.contains("\\u202e"), "{out}");
    let json: Value = serde_json::from_str(&out).unwrap();
    assert!(json.to_string().contains('\u{202e}'), "read back unchanged");
    for command in ["claims", "sentences"] {
        let (_, out) = output(&[command, wire.to_str().unwrap()]);
        assert!(!has_bidi_controls(&out), "{command}: {out:?}");
    }
}
