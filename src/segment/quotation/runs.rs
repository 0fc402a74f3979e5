//! Runs: a paragraph's quotations as [`Pairing`](super::pairing) finds them and [`quotations`]
//! hands them on, held as runs of quotations alike but for where they start.
//!
//! Why: a paragraph of nothing but marks is one quotation a mark (400,000 `“` in 1.2 MB: one
//! unclosed, empty quotation each), and at 20 bytes a record that list alone was 6.7x the input,
//! held by the segmenter and again by the quotes stage (issue 16). Such a paragraph repeats one
//! quotation at a fixed step, so a run records the first quotation, the step and how many: a
//! paragraph of marks is a run or two, whatever its length, and a paragraph of prose (no two
//! quotations alike at the same step) costs a record of 28 bytes a quotation rather than 20.
//! What is read back is the same list, quotation for quotation.
//!
//! [`quotations`]: super::quotations

use super::{Quotation, Style};

/// Quotations in the order they open, held as runs.
#[derive(Debug, Default)]
pub(crate) struct Quotations {
    runs: Vec<Run>,
    len: usize,
}

/// `count` quotations alike: the `i`th is `first` moved on by `i * step` bytes.
#[derive(Debug, Clone, Copy)]
struct Run {
    first: Quotation,
    step: u32,
    count: u32,
}

impl Run {
    fn nth(&self, i: u32) -> Quotation {
        // In bounds: the run's last quotation was handed to `push` at this offset, an article
        // being at most `u32::MAX` bytes.
        let by = self.step * i;
        Quotation {
            style: self.first.style,
            open_start: self.first.open_start + by,
            words_start: self.first.words_start + by,
            words_end: self.first.words_end + by,
            close_end: self.first.close_end + by,
        }
    }

    /// `next` comes after the run's last quotation by the run's step (any step when the run
    /// holds one quotation) and is alike in all but where it starts.
    fn continues_with(&self, next: &Quotation) -> Option<u32> {
        let first = &self.first;
        let alike = next.style == first.style
            && shape(next) == shape(first)
            && next.open_start > first.open_start;
        if !alike {
            return None;
        }
        let step = (next.open_start - first.open_start) / self.count;
        let at_step = u64::from(step) * u64::from(self.count)
            == u64::from(next.open_start - first.open_start);
        (at_step && (self.count == 1 || step == self.step)).then_some(step)
    }
}

/// A quotation's marks and words, measured from where it opens.
fn shape(q: &Quotation) -> (Style, u32, u32, u32) {
    (
        q.style,
        q.words_start - q.open_start,
        q.words_end - q.open_start,
        q.close_end - q.open_start,
    )
}

impl Quotations {
    /// Adds `quotation`, which opens after every quotation held.
    pub(super) fn push(&mut self, quotation: Quotation) {
        self.len += 1;
        if let Some(run) = self.runs.last_mut()
            && let Some(step) = run.continues_with(&quotation)
        {
            run.step = step;
            run.count += 1;
            return;
        }
        self.runs.push(Run {
            first: quotation,
            step: 0,
            count: 1,
        });
    }

    pub(crate) fn len(&self) -> usize {
        self.len
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub(crate) fn first(&self) -> Option<Quotation> {
        self.runs.first().map(|run| run.first)
    }

    /// The quotations, in the order they open.
    pub(crate) fn iter(&self) -> impl Iterator<Item = Quotation> + '_ {
        self.runs
            .iter()
            .flat_map(|run| (0..run.count).map(|i| run.nth(i)))
    }

    /// Records held: what a paragraph's quotations cost, whatever their number.
    #[cfg(test)]
    pub(crate) fn runs(&self) -> usize {
        self.runs.len()
    }
}

impl FromIterator<Quotation> for Quotations {
    fn from_iter<I: IntoIterator<Item = Quotation>>(iter: I) -> Self {
        let mut quotations = Quotations::default();
        for quotation in iter {
            quotations.push(quotation);
        }
        quotations
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotation(open: u32, words: u32, close: u32) -> Quotation {
        let end = open + 1 + words;
        Quotation::new(
            Style::Double,
            open as usize..open as usize + 1,
            end as usize,
            (close > 0).then_some((end + close) as usize),
        )
    }

    #[test]
    fn alike_quotations_at_one_step_are_one_run() {
        let list: Vec<Quotation> = (0..1000).map(|i| quotation(4 * i, 2, 1)).collect();
        let held: Quotations = list.iter().cloned().collect();
        assert_eq!(held.runs(), 1);
        assert_eq!(held.len(), 1000);
        assert_eq!(held.iter().collect::<Vec<_>>(), list);
    }

    #[test]
    fn a_change_of_step_or_shape_starts_a_run() {
        let list = vec![
            quotation(0, 1, 1),
            quotation(3, 1, 1),
            quotation(6, 1, 1),
            // A step of four.
            quotation(10, 1, 1),
            // Longer words.
            quotation(14, 2, 1),
            // Unclosed.
            quotation(20, 2, 0),
            quotation(25, 2, 0),
        ];
        let held: Quotations = list.iter().cloned().collect();
        assert_eq!(held.runs(), 4);
        assert_eq!(held.iter().collect::<Vec<_>>(), list);
        assert_eq!(held.first(), list.first().cloned());
        assert_eq!(held.len(), list.len());
    }
}
