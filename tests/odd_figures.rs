//! Figures from odd input, compared end to end (issue 16 items 10 and 11): a figure too big to
//! hold is refused rather than kept as a bound of null that agreed with anything, one just under
//! the limit ("1e308") keeps its power, and a minus sign is part of the figure, so "-40 degrees"
//! and "40 degrees" diverge.

use assert_cmd::cargo::cargo_bin;
use serde_json::Value;

/// `claimdiff compare --format json --fail-on never` of two articles.
fn compare(a: &str, b: &str) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let (left, right) = (dir.path().join("wire.txt"), dir.path().join("daily.txt"));
    std::fs::write(&left, a).unwrap();
    std::fs::write(&right, b).unwrap();
    let output = assert_cmd::Command::new(cargo_bin("claimdiff"))
        .args(["compare", "--format", "json", "--fail-on", "never"])
        .args([&left, &right])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    serde_json::from_slice(&output.stdout).unwrap()
}

fn verdicts(report: &Value) -> Vec<&str> {
    report["comparisons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["verdict"].as_str().unwrap())
        .collect()
}

#[test]
fn a_figure_too_big_to_hold_agrees_with_nothing() {
    let huge = format!("1{}", "0".repeat(309));
    for written in [huge.as_str(), "1e309", "9.9e999"] {
        let report = compare(
            &format!("Police said {written} people were killed in the clashes."),
            "Police said 41 people were killed in the clashes.",
        );
        assert!(
            !verdicts(&report).contains(&"agree"),
            "{written}: {report:#}"
        );
        for comparison in report["comparisons"].as_array().unwrap() {
            for claim in comparison["claims"].as_array().unwrap() {
                let value = &claim["value"];
                if value.get("low").is_some() {
                    assert!(
                        value["low"].is_number() || value["high"].is_number(),
                        "{written}: a figure with no bound: {claim:#}"
                    );
                }
            }
        }
    }
}

#[test]
fn a_minus_sign_makes_the_figures_diverge() {
    for (a, b) in [
        (
            "The temperature fell to -40 degrees overnight.",
            "The temperature fell to 40 degrees overnight.",
        ),
        (
            "The fund returned -5% in the year, its managers said.",
            "The fund returned 5% in the year, its managers said.",
        ),
        (
            "The company said profit was -$12 million in the quarter.",
            "The company said profit was $12 million in the quarter.",
        ),
    ] {
        let report = compare(a, b);
        assert_eq!(verdicts(&report), ["diverge"], "{a} / {b}: {report:#}");
    }
}

#[test]
fn a_figure_in_scientific_notation_near_the_limit_keeps_its_power() {
    // "1e308" was read as the figure 1, so it agreed with a plain 1.
    let report = compare(
        "Physicists estimated the universe holds 1e308 particles, the team said.",
        "Physicists estimated the universe holds 1 particles, the team said.",
    );
    assert_eq!(verdicts(&report), ["diverge"], "{report:#}");
    let claims = report["comparisons"][0]["claims"].as_array().unwrap();
    let lows: Vec<f64> = claims
        .iter()
        .filter_map(|claim| claim["value"]["low"].as_f64())
        .collect();
    assert!(lows.contains(&1e308), "{lows:?}");
}
