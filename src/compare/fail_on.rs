//! The `--fail-on` policy: takes the list the user gave and hands on a [`FailOn`] that says
//! whether a finished [`Comparison`] makes the run fail (exit code 1). Policy, not comparison:
//! kept apart so the rules of a run's outcome are in one place.

use super::{Comparison, Verdict};

/// Which findings make a run fail (exit code 1), from `--fail-on`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FailOn {
    pub diverge: bool,
    pub reworded: bool,
    pub speaker_conflict: bool,
    /// An outlet contradicting itself (diverge within one outlet).
    pub internal: bool,
}

impl Default for FailOn {
    /// `diverge,speaker_conflict`: the findings that mean two outlets cannot both be right.
    fn default() -> Self {
        FailOn {
            diverge: true,
            reworded: false,
            speaker_conflict: true,
            internal: false,
        }
    }
}

impl FailOn {
    /// Parses a comma-separated list of `diverge`, `reworded`, `speaker_conflict`, `internal`,
    /// `any` (all of them) and `never` (none).
    pub fn parse(list: &str) -> Result<FailOn, String> {
        let mut fail_on = FailOn {
            diverge: false,
            reworded: false,
            speaker_conflict: false,
            internal: false,
        };
        for item in list.split(',').map(str::trim) {
            match item {
                "diverge" => fail_on.diverge = true,
                "reworded" => fail_on.reworded = true,
                "speaker_conflict" => fail_on.speaker_conflict = true,
                "internal" => fail_on.internal = true,
                "any" => {
                    fail_on = FailOn {
                        diverge: true,
                        reworded: true,
                        speaker_conflict: true,
                        internal: true,
                    }
                }
                "never" => {}
                other => {
                    return Err(format!(
                        "'{other}' is not one of diverge, reworded, speaker_conflict, internal, any, never"
                    ));
                }
            }
        }
        Ok(fail_on)
    }

    pub fn fails(&self, comparison: &Comparison) -> bool {
        if comparison.internal {
            return self.internal;
        }
        match comparison.verdict {
            Verdict::Diverge => self.diverge,
            Verdict::Reworded => self.reworded,
            Verdict::SpeakerConflict => self.speaker_conflict,
            _ => false,
        }
    }
}
