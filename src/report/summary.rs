//! Summary: takes a comparison report and hands on its counts (the summary line of the table
//! and Markdown, `check`'s summary table, the JSON `summary`) and the order in which `compare`'s
//! table and Markdown show its comparisons (issue 17: conflicts first, the claims of one outlet
//! only counted unless `--all`). Counted here once, so every format tells the same numbers.

use super::{CompareReport, RenderOptions, Shown, outlet, wording};
use crate::compare::{Comparison, Verdict};
use crate::segment::Document;

/// Counts of a comparison, as the summary line, the check summary and the JSON report them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Comparisons of claims made by two or more outlets.
    pub in_common: usize,
    pub agree: usize,
    pub compatible: usize,
    pub diverge: usize,
    pub reworded: usize,
    pub speaker_conflict: usize,
    /// Claims made by one outlet only, per source.
    pub only: Vec<usize>,
    /// Outlets contradicting themselves.
    pub internal: usize,
}

impl Summary {
    pub fn of(report: &CompareReport) -> Summary {
        Summary::of_shown(Shown::all(report))
    }

    /// The counts of the comparisons shown.
    pub(crate) fn of_shown(shown: Shown<'_>) -> Summary {
        let mut summary = Summary {
            only: vec![0; shown.report.alignment.documents.len()],
            ..Summary::default()
        };
        for comparison in shown.comparisons() {
            if comparison.internal {
                summary.internal += 1;
                continue;
            }
            match comparison.verdict {
                Verdict::Unmatched => summary.only[comparison.claims[0].source()] += 1,
                verdict => {
                    summary.in_common += 1;
                    match verdict {
                        Verdict::Agree => summary.agree += 1,
                        Verdict::Compatible => summary.compatible += 1,
                        Verdict::Diverge => summary.diverge += 1,
                        Verdict::Reworded => summary.reworded += 1,
                        Verdict::SpeakerConflict => summary.speaker_conflict += 1,
                        Verdict::Unmatched => {}
                    }
                }
            }
        }
        summary
    }

    /// The summary in one line, the counts that are not zero: "7 in common: 5 agree, 1
    /// compatible, 1 reworded; only bbc 30, nyt 12; 1 internal" (issue 17: short enough for
    /// an 80-column terminal, where the table shows it first).
    pub fn line(&self, documents: &[Document]) -> String {
        let verdicts: Vec<String> = [
            (self.agree, "agree"),
            (self.compatible, "compatible"),
            (self.diverge, "diverge"),
            (self.reworded, "reworded"),
            (self.speaker_conflict, "speaker conflict"),
        ]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| wording::count(*n, what))
        .collect();
        let mut line = format!("{} in common", self.in_common);
        if !verdicts.is_empty() {
            line.push_str(&format!(": {}", verdicts.join(", ")));
        }
        let only: Vec<String> = documents
            .iter()
            .zip(&self.only)
            .map(|(document, n)| format!("{} {n}", outlet(document)))
            .collect();
        line.push_str(&format!("; only {}", only.join(", ")));
        if self.internal > 0 {
            line.push_str(&format!("; {} internal", self.internal));
        }
        line
    }

    /// The claims of one outlet only, collapsed: "30 claims only in bbc, 12 only in nyt: --all
    /// lists them"; `None` when there are none.
    pub(crate) fn collapsed_line(&self, documents: &[Document]) -> Option<String> {
        let mut counts = documents
            .iter()
            .zip(&self.only)
            .filter(|(_, n)| **n > 0)
            .enumerate()
            .map(|(i, (document, &n))| {
                if i == 0 {
                    format!(
                        "{} only in {}",
                        wording::count(n, "claim"),
                        outlet(document)
                    )
                } else {
                    format!("{n} only in {}", outlet(document))
                }
            })
            .peekable();
        counts.peek()?;
        Some(format!(
            "{}: --all lists them",
            counts.collect::<Vec<_>>().join(", ")
        ))
    }
}

/// How early a comparison is shown (issue 17): conflicts first (diverge, speaker conflict,
/// reworded), then compatible, then agree, then the claims of one outlet only.
fn display_rank(comparison: &Comparison) -> u8 {
    match comparison.verdict {
        Verdict::Diverge => 0,
        Verdict::SpeakerConflict => 1,
        Verdict::Reworded => 2,
        Verdict::Compatible => 3,
        Verdict::Agree => 4,
        Verdict::Unmatched => 5,
    }
}

/// Whether a comparison is a conflict, what `--brief` keeps in the table and Markdown.
fn is_conflict(comparison: &Comparison) -> bool {
    display_rank(comparison) <= 2
}

/// The indices of the comparisons `compare`'s table and Markdown show, in the order they show
/// them ([`display_rank`], the comparisons' own order within a rank): the claims of one outlet
/// only only with `all`; with `brief`, the conflicts only.
pub(crate) fn displayed(report: &CompareReport, options: &RenderOptions) -> Vec<usize> {
    let mut shown: Vec<usize> = (0..report.comparisons.len())
        .filter(|&i| {
            let comparison = &report.comparisons[i];
            if options.brief {
                is_conflict(comparison)
            } else {
                options.all || comparison.verdict != Verdict::Unmatched
            }
        })
        .collect();
    shown.sort_by_key(|&i| display_rank(&report.comparisons[i]));
    shown
}
