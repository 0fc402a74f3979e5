//! Baseline: the findings a newsroom has already seen and accepted, so CI fails only on new ones.
//!
//! A finding is identified by what it says, not where it sits: the article set, the kind, the
//! verdict, the subject, and each claim's outlet and words (lower-cased, whitespace and quote
//! marks normalised). Byte offsets and sentence numbers are left out on purpose, so a baseline
//! survives edits elsewhere in the articles; a changed figure ("more than 300,000" becoming
//! "more than 400,000") is a new finding. The file is sorted, pretty-printed JSON, so it diffs
//! well in review. Its `version` says which rules made the identities: a file of another version
//! is refused rather than read as if every finding were new.

use std::collections::BTreeSet;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::compare::Comparison;
use crate::error::{Error, Result};
use crate::pipeline::CompareReport;

/// The baseline format written and read. Raise it when a finding's identity changes, so old
/// files are refused with a clear message instead of reporting every accepted finding as new.
pub const VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Finding {
    pub set: String,
    pub kind: String,
    pub verdict: String,
    pub internal: bool,
    pub subject: String,
    pub claims: Vec<FindingClaim>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct FindingClaim {
    pub source: String,
    pub text: String,
}

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Baseline {
    pub version: u32,
    pub findings: BTreeSet<Finding>,
}

/// Only the version of a baseline file, read before the rest.
#[derive(Deserialize)]
struct Versioned {
    version: u64,
}

/// Words compared for identity: lower case, one space between words, straight quote marks.
fn normalised(text: &str) -> String {
    text.replace(['\u{201c}', '\u{201d}'], "\"")
        .replace(['\u{2018}', '\u{2019}'], "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The identity of one comparison of an article set.
pub fn finding(set: &str, report: &CompareReport, comparison: &Comparison) -> Finding {
    let documents = &report.alignment.documents;
    let mut claims: Vec<FindingClaim> = comparison
        .claims
        .iter()
        .map(|r| FindingClaim {
            source: documents[r.source()].article.outlet.clone(),
            text: normalised(
                &r.of(&report.claims)
                    .words(&documents[r.source()].article.text),
            ),
        })
        .collect();
    claims.sort();
    Finding {
        set: set.to_string(),
        kind: comparison.kind.as_str().to_string(),
        verdict: comparison.verdict.as_str().to_string(),
        internal: comparison.internal,
        subject: comparison.subject(&report.claims),
        claims,
    }
}

impl Baseline {
    pub fn load(path: &Path) -> Result<Baseline> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::reading(path, source))?;
        let bad = |error: serde_json::Error| Error::BadBaseline {
            path: path.to_path_buf(),
            problem: error.to_string(),
        };
        // The version is read first and alone, so a file of another format is named as such
        // even when its findings no longer have today's fields.
        let Versioned { version } = serde_json::from_str(&text).map_err(bad)?;
        if version != u64::from(VERSION) {
            return Err(Error::BaselineVersion {
                path: path.to_path_buf(),
                version,
                supported: VERSION,
            });
        }
        serde_json::from_str(&text).map_err(bad)
    }

    /// Writes `findings` to `path` as a baseline of the current version.
    pub fn write(path: &Path, findings: impl IntoIterator<Item = Finding>) -> Result<()> {
        std::fs::write(path, Baseline::render(findings)).map_err(|source| Error::BaselineWrite {
            path: path.to_path_buf(),
            source,
        })
    }

    pub fn contains(&self, finding: &Finding) -> bool {
        self.findings.contains(finding)
    }

    pub fn render(findings: impl IntoIterator<Item = Finding>) -> String {
        let baseline = Baseline {
            version: VERSION,
            findings: findings.into_iter().collect(),
        };
        let mut text = serde_json::to_string_pretty(&baseline).expect("baselines serialise");
        text.push('\n');
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_ignores_case_spacing_and_quote_marks() {
        assert_eq!(normalised("More  than\n300,000"), "more than 300,000");
        assert_eq!(
            normalised("\u{201c}We held\u{201d} it\u{2019}s"),
            "\"we held\" it's"
        );
    }

    #[test]
    fn a_baseline_round_trips_sorted() {
        let finding = |set: &str| Finding {
            set: set.to_string(),
            kind: "number".into(),
            verdict: "diverge".into(),
            internal: false,
            subject: "people at the rally".into(),
            claims: vec![FindingClaim {
                source: "nyt".into(),
                text: "more than 300,000".into(),
            }],
        };
        let text = Baseline::render([finding("b"), finding("a"), finding("a")]);
        let loaded: Baseline = serde_json::from_str(&text).unwrap();
        assert_eq!(loaded.findings.len(), 2);
        assert!(text.find("\"a\"").unwrap() < text.find("\"b\"").unwrap());
        assert!(loaded.contains(&finding("a")));
    }
}
