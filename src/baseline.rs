//! Baseline: the findings a newsroom has already seen and accepted, so CI fails only on new ones.
//!
//! Takes a set's comparisons and hands on each failing one's identity ([`Finding`]), and reads
//! and writes the file of accepted identities. A finding is identified by what it says, not
//! where it sits: the article set, the kind, the verdict, what the claims are about as typed
//! facts (event class, unit, counted noun: never the report's English wording, so rewording a
//! label does not revive accepted findings), and each claim's outlet and words (lower-cased,
//! whitespace and quote marks normalised). Byte offsets and sentence numbers are left out on
//! purpose, so a baseline survives edits elsewhere in the articles; a changed figure ("more than
//! 300,000" becoming "more than 400,000") is a new finding. Which entries accept a finding,
//! and which accept nothing any more, is [`matching`]'s (an entry accepts the wordings it
//! recorded, whichever outlet gives them). The file is sorted, pretty-printed JSON, so it diffs
//! well in review.
//!
//! Its `version` says which rules made the identities. Version 1 identified a finding by its
//! English subject ("people at the rally"); its findings are still read and matched on
//! everything else they record, so no newsroom sees accepted findings come back as new, and
//! `--update-baseline` rewrites the file in the current version. Any other version is refused.

mod matching;

use std::collections::BTreeSet;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::claims::{ClaimKind, Unit};
use crate::compare::{ClaimRef, Comparison, Verdict};
use crate::error::{Error, Result};
use crate::lexicon::EventClass;
use crate::pipeline::CompareReport;

mod write;

pub use write::Written;

/// The baseline format written. Raise it when a finding's identity changes, and read the old
/// one in [`Baseline::load`] (as version 1 is), so accepted findings stay accepted.
pub const VERSION: u32 = 2;

/// The first format, whose findings named their subject in English.
const VERSION_1: u32 = 1;

/// The identity of one failing comparison. Read strictly: every field present (`null` where a
/// finding has no event, unit or noun), none unknown, so a file edited by hand or half-converted
/// is refused rather than read as findings that can never match.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    pub set: String,
    pub kind: ClaimKind,
    pub verdict: Verdict,
    pub internal: bool,
    /// The event the claims are about: the first event class (in the order its words appear)
    /// of the first claim, in outlet-name order, that has one. Incident classes (an
    /// attack, a fire: [`EventClass::is_incident`]) are left out, so a finding accepted before
    /// they were read keeps its key and is not reported as new again.
    #[serde(deserialize_with = "Option::deserialize")]
    pub event: Option<EventClass>,
    /// The unit of the first claim in outlet-name order (figures only).
    #[serde(deserialize_with = "Option::deserialize")]
    pub unit: Option<Unit>,
    /// What the figures count, as written ("people", "workers"): the first claim's, in
    /// outlet-name order, that says.
    #[serde(deserialize_with = "Option::deserialize")]
    pub counted_noun: Option<String>,
    pub claims: Vec<FindingClaim>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FindingClaim {
    pub source: String,
    pub text: String,
}

pub use matching::Entry;

/// The accepted findings of a baseline file (its entries), sorted by set and without repeats;
/// how they accept a finding is [`matching`]'s.
#[derive(Debug, Default)]
pub struct Baseline {
    findings: Vec<Finding>,
    /// Findings of a version-1 file, matched on all they record but their English subject.
    version_1: Vec<LegacyKey>,
}

/// The file as written.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BaselineFile<F> {
    version: u32,
    findings: Vec<F>,
}

/// A finding as version 1 wrote it; its `subject` (English words) is read and not used.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FindingV1 {
    set: String,
    kind: ClaimKind,
    verdict: Verdict,
    internal: bool,
    #[serde(rename = "subject")]
    _subject: String,
    claims: Vec<FindingClaim>,
}

/// What a version-1 finding and a current one both record: set, kind, verdict, internal,
/// claims.
type LegacyKey = (String, ClaimKind, Verdict, bool, Vec<FindingClaim>);

impl FindingV1 {
    fn key(self) -> LegacyKey {
        (
            self.set,
            self.kind,
            self.verdict,
            self.internal,
            self.claims,
        )
    }
}

/// `items` sorted, without repeats.
fn sorted<T: Ord>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    items
        .into_iter()
        .collect::<BTreeSet<T>>()
        .into_iter()
        .collect()
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
    // An outlet's first mention of the fact stands for it (its later mentions say the same),
    // so a fact repeated in an article keeps one identity; an outlet contradicting itself
    // keeps both its claims.
    let mut identifying: Vec<ClaimRef> = comparison
        .claims
        .iter()
        .enumerate()
        .filter(|&(i, r)| {
            comparison.internal || i == 0 || comparison.claims[i - 1].source() != r.source()
        })
        .map(|(_, r)| *r)
        .collect();
    // The event, unit and noun are read from the claims in the order of their outlets' names,
    // which are unique in a set, not in the order the articles were given: an identity is a
    // function of the set (issue 16 item 12; a JSON Lines set may list its articles in any
    // order). A folder's files are given in name order, so its identities are as before.
    identifying.sort_by(|a, b| {
        let outlet = |r: &ClaimRef| documents[r.source()].article.outlet.as_str();
        outlet(a).cmp(outlet(b)).then(a.cmp(b))
    });
    let claims_of = || identifying.iter().map(|r| r.of(&report.claims));
    let mut claims: Vec<FindingClaim> = identifying
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
        kind: comparison.kind,
        verdict: comparison.verdict,
        internal: comparison.internal,
        event: claims_of().find_map(|c| c.context.events.iter().find(|e| !e.is_incident())),
        unit: claims_of()
            .next()
            .and_then(|c| c.quantity())
            .map(|q| q.unit),
        counted_noun: claims_of()
            .find_map(|c| c.context.counted_noun.as_deref().map(str::to_string)),
        claims,
    }
}

impl Baseline {
    pub fn load(path: &Path) -> Result<Baseline> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::reading(path, source))?;
        // Editors on Windows save with a byte-order mark, which JSON does not allow.
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let bad = |error: serde_json::Error| Error::BadBaseline {
            path: path.to_path_buf(),
            problem: error.to_string(),
        };
        // The version is read first and alone, so a file of another format is named as such
        // even when its findings no longer have today's fields.
        let version = serde_json::from_str::<serde_json::Value>(text)
            .map_err(bad)?
            .get("version")
            .and_then(serde_json::Value::as_u64)
            .ok_or_else(|| Error::BadBaseline {
                path: path.to_path_buf(),
                problem: "it is not a JSON object with a \"version\" number".to_string(),
            })?;
        if version == u64::from(VERSION) {
            let file: BaselineFile<Finding> = serde_json::from_str(text).map_err(bad)?;
            Ok(Baseline {
                findings: sorted(file.findings),
                version_1: Vec::new(),
            })
        } else if version == u64::from(VERSION_1) {
            let file: BaselineFile<FindingV1> = serde_json::from_str(text).map_err(bad)?;
            Ok(Baseline {
                findings: Vec::new(),
                version_1: sorted(file.findings.into_iter().map(FindingV1::key)),
            })
        } else {
            Err(Error::BaselineVersion {
                path: path.to_path_buf(),
                version,
                supported: VERSION,
            })
        }
    }

    /// Writes `findings` to `path` as a baseline of the current version, atomically: to a
    /// temporary file beside it, flushed to disk, then renamed over it. A reader (another
    /// `check`) finds the old file or the new one, whole; a full disk, an error or `kill -INT`
    /// mid-write leaves the old file as it was. A link is written through, a read-only file is
    /// refused, and a file whose folder allows no new one is rewritten in place
    /// ([`Written::InPlace`], for the caller to warn about): see [`write`].
    pub fn write(path: &Path, findings: impl IntoIterator<Item = Finding>) -> Result<Written> {
        write::write(path, &Baseline::render(findings))
    }

    /// The file's text: the current version, findings sorted and without repeats.
    pub fn render(findings: impl IntoIterator<Item = Finding>) -> String {
        let findings: BTreeSet<Finding> = findings.into_iter().collect();
        let file = BaselineFile {
            version: VERSION,
            findings: findings.into_iter().collect(),
        };
        let mut text = serde_json::to_string_pretty(&file).expect("baselines serialise");
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

    fn finding(set: &str) -> Finding {
        Finding {
            set: set.to_string(),
            kind: ClaimKind::Number,
            verdict: Verdict::Diverge,
            internal: false,
            event: Some(EventClass::Rally),
            unit: Some(Unit::Count),
            counted_noun: Some("people".into()),
            claims: vec![FindingClaim {
                source: "nyt".into(),
                text: "more than 300,000".into(),
            }],
        }
    }

    fn load(text: &str) -> Result<Baseline> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("baseline.json");
        std::fs::write(&path, text).unwrap();
        Baseline::load(&path)
    }

    #[test]
    fn a_baseline_round_trips_sorted_and_typed() {
        let text = Baseline::render([finding("b"), finding("a"), finding("a")]);
        assert!(text.contains("\"version\": 2"), "{text}");
        assert!(text.contains("\"event\": \"rally\""), "{text}");
        assert!(text.contains("\"unit\": \"count\""), "{text}");
        assert!(text.find("\"a\"").unwrap() < text.find("\"b\"").unwrap());
        let loaded = load(&text).unwrap();
        assert_eq!(loaded.findings.len(), 2);
        assert!(loaded.contains(&finding("a")));
        let mut other_event = finding("a");
        other_event.event = Some(EventClass::Vote);
        assert!(!loaded.contains(&other_event));
    }

    #[test]
    fn money_and_durations_name_their_unit() {
        let mut money = finding("a");
        money.unit = Some(Unit::Money(Some(crate::claims::Currency::Usd)));
        let text = Baseline::render([money.clone()]);
        assert!(text.contains("\"money\": \"USD\""), "{text}");
        assert!(load(&text).unwrap().contains(&money));
    }

    #[test]
    fn measures_name_their_unit() {
        let mut distance = finding("a");
        distance.unit = Some(Unit::Measure(crate::claims::Measure::SquareKilometre));
        let text = Baseline::render([distance.clone()]);
        assert!(text.contains("\"measure\": \"square_kilometre\""), "{text}");
        assert!(load(&text).unwrap().contains(&distance));
    }

    #[test]
    fn version_1_findings_still_match_on_all_they_recorded() {
        let v1 = r#"{"version": 1, "findings": [{"set": "a", "kind": "number",
            "verdict": "diverge", "internal": false, "subject": "people at the rally",
            "claims": [{"source": "nyt", "text": "more than 300,000"}]}]}"#;
        let loaded = load(v1).unwrap();
        assert!(loaded.contains(&finding("a")));
        let mut changed = finding("a");
        changed.claims[0].text = "more than 400,000".into();
        assert!(!loaded.contains(&changed));
        assert!(!loaded.contains(&finding("b")));
    }

    #[test]
    fn a_utf8_byte_order_mark_is_skipped() {
        let text = format!("\u{feff}{}", Baseline::render([finding("a")]));
        assert!(load(&text).unwrap().contains(&finding("a")));
    }

    /// Issue 16: the file was rewritten in place, so a reader holding it open saw it cut short.
    /// Written to a new file and renamed over the old one, the old file stays whole for whoever
    /// still reads it.
    #[test]
    fn a_reader_of_the_old_file_never_sees_it_cut_short() {
        use std::io::Read;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("baseline.json");
        let old = Baseline::render((0..200).map(|n| finding(&format!("set{n:03}"))));
        std::fs::write(&path, &old).unwrap();
        let mut reader = std::fs::File::open(&path).unwrap();
        Baseline::write(&path, [finding("a")]).unwrap();
        let mut seen = String::new();
        reader.read_to_string(&mut seen).unwrap();
        assert_eq!(seen, old);
        assert!(load(&std::fs::read_to_string(&path).unwrap()).is_ok());
    }

    /// A `check` reading while another run updates the file (19 failures in 384 in the issue):
    /// every read finds a whole baseline.
    #[test]
    fn reads_during_writes_always_find_a_whole_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("baseline.json");
        Baseline::write(&path, [finding("a")]).unwrap();
        let done = std::sync::atomic::AtomicBool::new(false);
        let failures = std::thread::scope(|scope| {
            let reader = scope.spawn(|| {
                let mut failures = 0;
                while !done.load(std::sync::atomic::Ordering::Relaxed) {
                    failures += usize::from(Baseline::load(&path).is_err());
                }
                failures
            });
            for n in 0..300 {
                let many = (0..n % 50).map(|k| finding(&format!("set{k:03}")));
                Baseline::write(&path, many).unwrap();
            }
            done.store(true, std::sync::atomic::Ordering::Relaxed);
            reader.join().unwrap()
        });
        assert_eq!(failures, 0);
    }

    #[test]
    fn another_version_is_refused() {
        let error = load(r#"{"version": 7, "findings": []}"#).unwrap_err();
        assert!(
            matches!(error, Error::BaselineVersion { version: 7, .. }),
            "{error}"
        );
    }

    #[test]
    fn a_half_converted_or_hand_edited_file_is_refused() {
        let v2 = |finding: &str| format!(r#"{{"version": 2, "findings": [{finding}]}}"#);
        let claims = r#""claims": [{"source": "nyt", "text": "5"}]"#;
        for (text, why) in [
            (
                v2(&format!(
                    r#"{{"set": "a", "kind": "number", "verdict": "diverge", "internal": false,
                    "subject": "people", {claims}}}"#
                )),
                "a version-1 finding under version 2",
            ),
            (
                v2(&format!(
                    r#"{{"set": "a", "kind": "number", "verdict": "diverge", "internal": false,
                    "event": null, "unit": null, "counted_noun": null, "colour": "red", {claims}}}"#
                )),
                "an unknown field",
            ),
            (
                r#"{"version": 1, "findings": [{"set": "a", "kind": "bogus", "verdict": "diverge",
                "internal": false, "subject": "x", "claims": []}]}"#
                    .to_string(),
                "a kind that does not exist",
            ),
            ("[]".to_string(), "not an object"),
        ] {
            let error = load(&text)
                .err()
                .unwrap_or_else(|| panic!("{why}: accepted"));
            assert!(matches!(error, Error::BadBaseline { .. }), "{why}: {error}");
        }
        let error = load("[]").unwrap_err().to_string();
        assert!(
            error.contains("not a JSON object with a \"version\""),
            "{error}"
        );
    }
}

#[cfg(test)]
mod incident_tests {
    //! A finding's key does not move when incident classes (issue 13) are read beside the
    //! classes it was accepted under.

    use crate::ingest::Input;
    use crate::lexicon::EventClass;
    use crate::pipeline::compare_articles;

    #[test]
    fn an_incident_word_does_not_change_a_findings_event() {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, text: &str| {
            let path = dir.path().join(name);
            std::fs::write(&path, text).unwrap();
            Input::Path(path)
        };
        let inputs = [
            write(
                "a.txt",
                "The fire killed 12 people in the old town on Monday.\n",
            ),
            write(
                "b.txt",
                "The blaze killed 15 people in the old town on Monday.\n",
            ),
        ];
        let (report, _) = compare_articles(
            &inputs,
            None,
            &crate::align::AlignOptions::default(),
            &Default::default(),
        )
        .unwrap();
        let diverging = report
            .comparisons
            .iter()
            .find(|c| c.verdict == crate::compare::Verdict::Diverge)
            .expect("the two tolls diverge");
        let found = super::finding("set", &report, diverging);
        assert_eq!(found.event, Some(EventClass::Death));
    }
}
