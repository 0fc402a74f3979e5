//! Matching: which entries of a baseline accept a finding, and which entries of a set accept
//! nothing any more (stale). Takes a loaded [`Baseline`] and the findings of a run; hands on
//! the [`Entry`]s that accept each finding, so `check` can tell new findings from accepted ones,
//! find stale entries, and know what to write back.
//!
//! The rule (issue 17): an entry accepts a finding of the same set, kind, verdict, internal
//! flag and subject (event, unit, counted noun) when every wording the finding holds is one the
//! entry recorded. Which outlet gave which wording is recorded but not matched, so a fourth
//! outlet repeating a figure in words already accepted ("at least 24") revives nothing, an
//! outlet that drops out leaves the rest accepted, and a wording never seen ("nine") makes the
//! finding new. A finding of a version-1 file is matched the same way on what it recorded.

use std::collections::BTreeSet;

use super::{Baseline, Finding, FindingClaim, LegacyKey};

/// One entry of a baseline: a finding of the current version, or of a version-1 file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Entry {
    Current(usize),
    Version1(usize),
}

/// The distinct wordings of a finding's claims.
fn wordings(claims: &[FindingClaim]) -> BTreeSet<&str> {
    claims.iter().map(|claim| claim.text.as_str()).collect()
}

/// What an entry and a finding must share besides their wordings.
fn same_subject(entry: &Finding, finding: &Finding) -> bool {
    (
        entry.kind,
        entry.verdict,
        entry.internal,
        &entry.event,
        &entry.unit,
        &entry.counted_noun,
    ) == (
        finding.kind,
        finding.verdict,
        finding.internal,
        &finding.event,
        &finding.unit,
        &finding.counted_noun,
    )
}

impl Baseline {
    /// The positions of set `set`'s entries in `items` (sorted by set first).
    fn range_of<T>(items: &[T], set: &str, set_of: impl Fn(&T) -> &str) -> std::ops::Range<usize> {
        let start = items.partition_point(|item| set_of(item) < set);
        let end = items.partition_point(|item| set_of(item) <= set);
        start..end
    }

    /// The entries that accept `finding` (none: it is new).
    pub fn accepting(&self, finding: &Finding) -> Vec<Entry> {
        let words = wordings(&finding.claims);
        let current = Self::range_of(&self.findings, &finding.set, |f| &f.set)
            .filter(|&i| {
                let entry = &self.findings[i];
                same_subject(entry, finding) && words.is_subset(&wordings(&entry.claims))
            })
            .map(Entry::Current);
        let legacy = Self::range_of(&self.version_1, &finding.set, |key| &key.0)
            .filter(|&i| {
                let (_, kind, verdict, internal, claims) = &self.version_1[i];
                (*kind, *verdict, *internal) == (finding.kind, finding.verdict, finding.internal)
                    && words.is_subset(&wordings(claims))
            })
            .map(Entry::Version1);
        current.chain(legacy).collect()
    }

    /// Whether some entry accepts `finding`.
    pub fn contains(&self, finding: &Finding) -> bool {
        !self.accepting(finding).is_empty()
    }

    /// Every entry of set `set`.
    pub fn entries_of(&self, set: &str) -> impl Iterator<Item = Entry> + '_ {
        let current = Self::range_of(&self.findings, set, |f| &f.set).map(Entry::Current);
        let legacy = Self::range_of(&self.version_1, set, |key| &key.0).map(Entry::Version1);
        current.chain(legacy)
    }

    /// Every entry, in order.
    pub fn entries(&self) -> impl Iterator<Item = Entry> + '_ {
        (0..self.findings.len())
            .map(Entry::Current)
            .chain((0..self.version_1.len()).map(Entry::Version1))
    }

    /// The set an entry belongs to.
    pub fn set_of(&self, entry: Entry) -> &str {
        match entry {
            Entry::Current(i) => &self.findings[i].set,
            Entry::Version1(i) => &self.version_1[i].0,
        }
    }

    /// The entry as a finding that can be written again (a version-1 entry cannot: it lacks
    /// what version 2 records).
    pub fn finding(&self, entry: Entry) -> Option<&Finding> {
        match entry {
            Entry::Current(i) => Some(&self.findings[i]),
            Entry::Version1(_) => None,
        }
    }

    /// The entry as a finding to show: a version-1 entry with no event, unit or noun.
    pub fn shown(&self, entry: Entry) -> Finding {
        match entry {
            Entry::Current(i) => self.findings[i].clone(),
            Entry::Version1(i) => {
                let key: &LegacyKey = &self.version_1[i];
                Finding {
                    set: key.0.clone(),
                    kind: key.1,
                    verdict: key.2,
                    internal: key.3,
                    event: None,
                    unit: None,
                    counted_noun: None,
                    claims: key.4.clone(),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::{ClaimKind, Unit};
    use crate::compare::Verdict;
    use crate::lexicon::EventClass;

    fn finding(set: &str, claims: &[(&str, &str)]) -> Finding {
        Finding {
            set: set.to_string(),
            kind: ClaimKind::Number,
            verdict: Verdict::Diverge,
            internal: false,
            event: Some(EventClass::Death),
            unit: Some(Unit::Count),
            counted_noun: Some("people".into()),
            claims: claims
                .iter()
                .map(|(source, text)| FindingClaim {
                    source: source.to_string(),
                    text: text.to_string(),
                })
                .collect(),
        }
    }

    fn baseline(findings: Vec<Finding>) -> Baseline {
        Baseline {
            findings: super::super::sorted(findings),
            version_1: Vec::new(),
        }
    }

    #[test]
    fn a_new_outlet_repeating_an_accepted_wording_is_accepted() {
        let accepted = finding("quake", &[("daily", "five"), ("wire", "at least 24")]);
        let known = baseline(vec![accepted.clone()]);
        assert_eq!(known.accepting(&accepted), [Entry::Current(0)]);
        let fourth = finding(
            "quake",
            &[
                ("agency", "at least 24"),
                ("daily", "five"),
                ("wire", "at least 24"),
            ],
        );
        assert!(known.contains(&fourth));
        let dropped = finding("quake", &[("daily", "five"), ("tv", "at least 24")]);
        assert!(known.contains(&dropped), "which outlet is not matched");
        let other = finding(
            "quake",
            &[
                ("agency", "nine"),
                ("daily", "five"),
                ("wire", "at least 24"),
            ],
        );
        assert!(!known.contains(&other), "a new wording is new");
        assert!(!known.contains(&finding("flood", &[("daily", "five")])));
        let mut reworded = accepted.clone();
        reworded.verdict = Verdict::Reworded;
        assert!(!known.contains(&reworded));
        let mut other_noun = accepted;
        other_noun.counted_noun = Some("residents".into());
        assert!(!known.contains(&other_noun));
    }

    #[test]
    fn entries_are_found_by_set() {
        let known = baseline(vec![
            finding("b", &[("x", "1")]),
            finding("a", &[("x", "1")]),
            finding("c", &[("x", "1")]),
            finding("b", &[("x", "2")]),
        ]);
        let of_b: Vec<&str> = known
            .entries_of("b")
            .map(|entry| known.set_of(entry))
            .collect();
        assert_eq!(of_b, ["b", "b"]);
        assert_eq!(known.entries_of("d").count(), 0);
        assert_eq!(known.entries().count(), 4);
    }
}
