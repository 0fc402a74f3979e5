//! Quoted spans: where an article's quotes lie, held as runs. Takes the byte spans of the
//! quotes stage's quotes, in the order they start; answers whether a span lies inside one of
//! them, which the people register asks so that a name inside a quotation is never what a
//! pronoun or a "they" outside it means, and whether a span is one of them, which the quotes
//! stage asks as it reads the quotes a second time, one at a time. A quote's own parts are held
//! the same way: a quotation joined from 150,000 pieces of a paragraph of marks (issue 16) was a
//! 2.4 MB list, read back span for span.
//!
//! Why runs: a paragraph of mixed marks (`“'` x 300,000) is one quote every few bytes, and a
//! list of 16-byte ranges was 4x the input beside the article itself (issue 16). Such quotes
//! repeat one length at a fixed step, as the segmenter's quotations do
//! (`segment::quotation::runs`), so a run records the first span, the step and how many: a
//! paragraph of marks is a run or two, a paragraph of prose a run a quote. The answers are the
//! list's, span for span (a unit test asks both on every offset).

use std::ops::Range;

/// Spans in the order they start, held as runs. Equal lists of spans are held in equal runs
/// (a span joins the last run whenever it can), so two are equal when their spans are.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct QuotedSpans {
    runs: Vec<Run>,
}

/// `count` spans of one length: the `i`th is `first` moved on by `i * step` bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Run {
    first: Range<usize>,
    step: usize,
    count: usize,
}

impl Run {
    fn nth(&self, i: usize) -> Range<usize> {
        let by = self.step * i;
        self.first.start + by..self.first.end + by
    }
}

impl QuotedSpans {
    /// Adds `span`, which starts after every span held.
    pub fn push(&mut self, span: Range<usize>) {
        debug_assert!(
            self.runs
                .last()
                .is_none_or(|r| r.nth(r.count - 1).start < span.start)
        );
        if let Some(run) = self.runs.last_mut()
            && span.start > run.first.start
            && span.end.checked_sub(span.start) == run.first.end.checked_sub(run.first.start)
        {
            let gap = span.start - run.first.start;
            if run.count == 1 {
                run.step = gap;
                run.count = 2;
                return;
            }
            if gap == run.step * run.count {
                run.count += 1;
                return;
            }
        }
        self.runs.push(Run {
            first: span,
            step: 0,
            count: 1,
        });
    }

    /// `span` is one of the spans held.
    pub fn has(&self, span: &Range<usize>) -> bool {
        let k = self.runs.partition_point(|r| r.first.start <= span.start);
        let Some(run) = k.checked_sub(1).map(|k| &self.runs[k]) else {
            return false;
        };
        let offset = span.start - run.first.start;
        // A run of one has no step: only its first span is held.
        let i = offset.checked_div(run.step).unwrap_or(0);
        offset == run.step * i && i < run.count && run.nth(i) == *span
    }

    /// `at` lies inside the last span that starts where it starts or before, as a binary
    /// search of the whole list sorted by start would find it.
    pub fn holds(&self, at: &Range<usize>) -> bool {
        let k = self.runs.partition_point(|r| r.first.start <= at.start);
        let Some(run) = k.checked_sub(1).map(|k| &self.runs[k]) else {
            return false;
        };
        let i = (at.start - run.first.start)
            .checked_div(run.step)
            .unwrap_or(0)
            .min(run.count - 1);
        at.end <= run.nth(i).end
    }

    /// Records held: what the spans cost, whatever their number.
    #[cfg(test)]
    pub fn runs(&self) -> usize {
        self.runs.len()
    }

    /// The spans held, in order.
    pub fn iter(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        self.runs
            .iter()
            .flat_map(|run| (0..run.count).map(|i| run.nth(i)))
    }

    /// How many spans are held (a sum over the runs, not a count of records).
    pub fn len(&self) -> usize {
        self.runs.iter().map(|run| run.count).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.runs.is_empty()
    }

    /// The span that starts first.
    pub fn first(&self) -> Option<Range<usize>> {
        self.runs.first().map(|run| run.first.clone())
    }

    /// The span that starts last.
    pub fn last(&self) -> Option<Range<usize>> {
        self.runs.last().map(|run| run.nth(run.count - 1))
    }

    /// Gives back the slack the list of runs grew by.
    pub fn shrink_to_fit(&mut self) {
        self.runs.shrink_to_fit();
    }
}

impl Extend<Range<usize>> for QuotedSpans {
    fn extend<I: IntoIterator<Item = Range<usize>>>(&mut self, iter: I) {
        for span in iter {
            self.push(span);
        }
    }
}

impl FromIterator<Range<usize>> for QuotedSpans {
    fn from_iter<I: IntoIterator<Item = Range<usize>>>(iter: I) -> Self {
        let mut spans = QuotedSpans::default();
        spans.extend(iter);
        spans
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The list's answer: the last span starting at or before `at` holds it.
    fn list_holds(list: &[Range<usize>], at: &Range<usize>) -> bool {
        let k = list.partition_point(|r| r.start <= at.start);
        k > 0 && at.end <= list[k - 1].end
    }

    fn same_answers(list: &[Range<usize>]) {
        let held: QuotedSpans = list.iter().cloned().collect();
        // Read back, the list itself.
        assert_eq!(held.iter().collect::<Vec<_>>(), list);
        assert_eq!(held.len(), list.len());
        assert_eq!(held.is_empty(), list.is_empty());
        assert_eq!(held.first().as_ref(), list.first());
        assert_eq!(held.last().as_ref(), list.last());
        let last = list.last().map_or(0, |r| r.end) + 3;
        for start in 0..last {
            for end in start..(start + 4).min(last) {
                assert_eq!(held.has(&(start..end)), list.contains(&(start..end)));
                assert_eq!(
                    held.holds(&(start..end)),
                    list_holds(list, &(start..end)),
                    "{start}..{end} in {list:?}"
                );
            }
        }
    }

    #[test]
    fn a_paragraph_of_marks_is_one_run_with_the_lists_answers() {
        // `“'` x 2,000: the quotes stage keeps the single mark after each `“` as a quote.
        let list: Vec<Range<usize>> = (0..2_000).map(|i| 3 + 4 * i..4 + 4 * i).collect();
        let held: QuotedSpans = list.iter().cloned().collect();
        assert_eq!(held.runs(), 1);
        same_answers(&list);
    }

    #[test]
    fn prose_quotes_are_a_run_each_with_the_lists_answers() {
        let list = vec![
            5..20,
            31..40,
            41..44,
            47..50,
            53..56,
            60..64,
            70..90,
            100..101,
        ];
        let held: QuotedSpans = list.iter().cloned().collect();
        // 41..44, 47..50 and 53..56 are one length at one step.
        assert_eq!(held.runs(), 6);
        same_answers(&list);
        same_answers(&[]);
        same_answers(&[7..7, 9..12]);
    }
}
