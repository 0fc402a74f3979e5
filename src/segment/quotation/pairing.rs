//! Pairing: takes a paragraph's quote marks one at a time, in order, as the scan reads them;
//! hands on its double and single quotations.
//!
//! Why apart, and why as marks come: a paragraph of nothing but marks (400,000 `“`, 1.2 MB)
//! held a record for each mark and then one for each quotation, 90 bytes a mark, 38x the input
//! (issue 16). Paired as they come, no mark is held, only the quotations found, and those alike
//! at a fixed step as one run ([`Quotations`]). The rules are the parent module's
//! (docs/quotes.md).

use std::ops::Range;

use super::{Closing, Quotation, Quotations, QuoteMark, SingleMark, Style, breaks_sentence};

/// Pairs the marks as the scan meets them, so that no mark is held, only the quotations found:
/// the double marks into double quotations, and the single marks outside every double quotation
/// (those inside are nested quotes) into single ones.
pub(super) struct Pairing<'a> {
    text: &'a str,
    doubles: Quotations,
    /// The double quotation open now: its opening mark.
    open: Option<Range<usize>>,
    /// A double quotation never closed: for single marks it runs to the end of the text, so
    /// every single mark after it is inside it.
    unclosed: bool,
    singles: Quotations,
    /// The opening single mark waiting for its close, the possessive's mark that may close it,
    /// and whether a possessive was read for it yet.
    pending: Option<(Range<usize>, Option<Range<usize>>, bool)>,
}

impl<'a> Pairing<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        Pairing {
            text,
            doubles: Quotations::default(),
            open: None,
            unclosed: false,
            singles: Quotations::default(),
            pending: None,
        }
    }

    /// A double mark: a quotation opens at an opening mark and closes at the next closing one;
    /// a new opening mark before any close means the last quotation never closed; a closing mark
    /// with nothing open is a stray and is ignored.
    pub(super) fn double(&mut self, at: Range<usize>, direction: Option<QuoteMark>) {
        let opens = match direction {
            Some(QuoteMark::Open) => true,
            Some(QuoteMark::Close) => false,
            None => self.open.is_none(),
        };
        match (opens, self.open.take()) {
            (true, None) => self.open = Some(at),
            (true, Some(start)) => {
                self.doubles
                    .push(Quotation::new(Style::Double, start, at.start, None));
                self.unclosed = true;
                self.open = Some(at);
            }
            (false, Some(start)) => {
                self.doubles
                    .push(Quotation::new(Style::Double, start, at.start, Some(at.end)))
            }
            (false, None) => {}
        }
    }

    /// A single mark: outside double quotations, an opening mark pairs with the first sure
    /// closing mark after it, else with the first closing mark after an `s`; one that never
    /// closes is handed on unclosed.
    pub(super) fn single(&mut self, mark: SingleMark) {
        if self.open.is_some() || self.unclosed {
            return;
        }
        if let Some((open, after_s, possessive_read)) = self.pending.as_mut() {
            match mark.closes {
                Some(Closing::Sure) => {
                    let open = open.clone();
                    self.pending = None;
                    self.close_single(open, mark.at);
                    return;
                }
                Some(Closing::AfterS) => {
                    // A possessive's mark closes a quote left open only within its sentence:
                    // "the 'plan would fail. Nobody listened to the ministers' warnings" holds no
                    // quotation.
                    // Read once per opening mark (only the first possessive may close it).
                    if !*possessive_read {
                        *possessive_read = true;
                        if !breaks_sentence(&self.text[open.end..mark.at.start]) {
                            *after_s = Some(mark.at);
                        }
                    }
                    return;
                }
                None => {}
            }
        }
        if mark.opens {
            // A new opening mark: the one pending closes after its `s`, or never opened.
            if let Some((open, Some(after_s), _)) = self.pending.take() {
                self.close_single(open, after_s);
            }
            self.pending = Some((mark.at, None, false));
        }
    }

    /// A single quotation from `open` to `close`, if it quotes at least two letters or digits
    /// (`'n'` is no quotation).
    fn close_single(&mut self, open: Range<usize>, close: Range<usize>) {
        if self.text[open.end..close.start]
            .chars()
            .filter(|c| c.is_alphanumeric())
            .nth(1)
            .is_some()
        {
            self.singles.push(Quotation::new(
                Style::Single,
                open,
                close.start,
                Some(close.end),
            ));
        }
    }

    /// The double and the single quotations, each in the order they open.
    pub(super) fn finish(mut self) -> (Quotations, Quotations) {
        let len = self.text.len();
        if let Some(start) = self.open.take() {
            self.doubles
                .push(Quotation::new(Style::Double, start, len, None));
        }
        match self.pending.take() {
            Some((open, Some(after_s), _)) => self.close_single(open, after_s),
            Some((open, None, _)) => {
                self.singles
                    .push(Quotation::new(Style::Single, open, len, None))
            }
            None => {}
        }
        (self.doubles, self.singles)
    }
}
