//! Fail-on: the policy of which findings make a run fail (exit code 1). Takes the items of
//! `--fail-on` (a clap value list, so a bad item is a usage error, exit 2); hands on [`FailOn`],
//! which judges one comparison. It lives with `check` because `check` applies it set by set and
//! to the baseline; the `compare` command applies the same policy to its one report.

use crate::compare::{Comparison, Verdict};

/// One item of `--fail-on`; the items of a list add up (`never` adds nothing).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOnItem {
    /// Two outlets give values that cannot both be right.
    Diverge,
    /// The same quote in different words.
    Reworded,
    /// The same words attributed to different speakers.
    #[value(name = "speaker_conflict")]
    SpeakerConflict,
    /// An outlet contradicting itself.
    Internal,
    /// All of the above.
    Any,
    /// Nothing fails.
    Never,
}

/// Which findings make a run fail (exit code 1), from `--fail-on`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FailOn {
    pub diverge: bool,
    pub reworded: bool,
    pub speaker_conflict: bool,
    /// An outlet contradicting itself (diverge within one outlet).
    pub internal: bool,
}

impl FailOn {
    /// Nothing fails: what `never` means.
    pub const NEVER: FailOn = FailOn {
        diverge: false,
        reworded: false,
        speaker_conflict: false,
        internal: false,
    };

    /// Everything fails: what `any` means.
    pub const ANY: FailOn = FailOn {
        diverge: true,
        reworded: true,
        speaker_conflict: true,
        internal: true,
    };

    /// Does this comparison make the run fail? A comparison within one outlet is judged as
    /// internal whatever its verdict.
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

impl Default for FailOn {
    /// `diverge,speaker_conflict`: the findings that mean two outlets cannot both be right.
    fn default() -> Self {
        [FailOnItem::Diverge, FailOnItem::SpeakerConflict]
            .into_iter()
            .collect()
    }
}

impl FromIterator<FailOnItem> for FailOn {
    fn from_iter<I: IntoIterator<Item = FailOnItem>>(items: I) -> Self {
        let mut fail_on = FailOn::NEVER;
        for item in items {
            match item {
                FailOnItem::Diverge => fail_on.diverge = true,
                FailOnItem::Reworded => fail_on.reworded = true,
                FailOnItem::SpeakerConflict => fail_on.speaker_conflict = true,
                FailOnItem::Internal => fail_on.internal = true,
                FailOnItem::Any => fail_on = FailOn::ANY,
                FailOnItem::Never => {}
            }
        }
        fail_on
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_add_up_and_never_adds_nothing() {
        use FailOnItem::*;
        let of = |items: &[FailOnItem]| items.iter().copied().collect::<FailOn>();
        assert_eq!(of(&[Never]), FailOn::NEVER);
        assert_eq!(of(&[Diverge, SpeakerConflict]), FailOn::default());
        assert!(of(&[Never, Reworded]).reworded);
        assert_eq!(
            of(&[Any, Never]),
            of(&[Diverge, Reworded, SpeakerConflict, Internal])
        );
    }
}
