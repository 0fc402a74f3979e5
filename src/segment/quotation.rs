//! Quotation: where the quotations of one paragraph open and close. Takes a paragraph's text
//! (or a sentence's); hands on its [`Quotation`]s in order: the bytes of the opening and closing
//! marks and of the quoted words between them.
//!
//! Kept in one place because three readers must agree on what a quote mark is: the segmenter's
//! merge pass (a split inside a quotation is no sentence end), a claim's "quoted" flag, and the
//! quotes stage that reports quotations with their speakers.
//!
//! The marks and the rules that tell them apart (docs/quotes.md, "Finding quotes"):
//! * **Double marks** delimit quotations: curly `“ ” „ « »`, straight `"`, and in ASCII copy
//!   (the NYT's) two apostrophes `''` or two backticks ``` `` ```. A straight mark has no
//!   direction of its own: it opens after a space or an opening bracket and closes before a
//!   space or punctuation, and one that could be either toggles.
//! * **Single marks** `‘ ’ '` delimit quotations too (British house style, headlines), but only
//!   outside a double quotation: inside one they are nested quotes and belong to it. Most single
//!   marks are apostrophes, so a single quotation must open at the start of a word (`‘We`, not
//!   `don’t` or `Lukashenko’s`; not `’90s`, `'em`, `rock 'n' roll`: a digit or an elided word
//!   after it) and close after a word, before a space or punctuation. A closing mark after an `s`
//!   and before a space is a plural possessive as often as a close (`the workers’ union`): it
//!   closes only when no surer close (one before or after punctuation, or after another letter)
//!   comes before the paragraph ends. A single mark that never closes in its paragraph opens
//!   nothing, so an apostrophe read wrong never swallows text.
//! * A double quotation inside a single one (`‘He told me “never again”,’`, British nesting)
//!   belongs to the single one.

use std::borrow::Cow;
use std::ops::Range;

use crate::lexicon::is_elision;

mod pairing;
mod runs;

use pairing::Pairing;
pub(crate) use runs::Quotations;

/// The kind of mark a quotation opened with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    Double,
    Single,
}

/// One quotation of a paragraph; byte offsets are into the text given to [`quotations`].
/// Kept as four `u32` offsets (an article is at most `u32::MAX` bytes, see
/// `ingest::MAX_ARTICLE_BYTES`), 20 bytes rather than 64: a paragraph of nothing but marks
/// holds one quotation a mark (issue 16), and [`Quotations`] holds those alike as one run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Quotation {
    pub(crate) style: Style,
    open_start: u32,
    /// The end of the opening mark, where the words start.
    words_start: u32,
    /// The end of the words: the start of the closing mark, or when it never closed the next
    /// opening mark or the end of the text.
    words_end: u32,
    /// The end of the closing mark; `words_end` when the quotation never closed.
    close_end: u32,
}

impl Quotation {
    fn new(style: Style, open: Range<usize>, words_end: usize, close_end: Option<usize>) -> Self {
        let offset = |at: usize| u32::try_from(at).expect("an article is at most u32::MAX bytes");
        Quotation {
            style,
            open_start: offset(open.start),
            words_start: offset(open.end),
            words_end: offset(words_end),
            close_end: offset(close_end.unwrap_or(words_end)),
        }
    }

    /// The opening mark.
    pub(crate) fn open(&self) -> Range<usize> {
        self.open_start as usize..self.words_start as usize
    }

    /// From after the opening mark to the closing mark; when it never closed, to the next
    /// opening mark or the end of the text.
    pub(crate) fn words(&self) -> Range<usize> {
        self.words_start as usize..self.words_end as usize
    }

    /// The closing mark; `None` when the quotation never closed.
    pub(crate) fn close(&self) -> Option<Range<usize>> {
        self.is_closed()
            .then_some(self.words_end as usize..self.close_end as usize)
    }

    pub(crate) fn is_closed(&self) -> bool {
        self.close_end > self.words_end
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum QuoteMark {
    Open,
    Close,
}

/// How sure a single mark's reading as a closing mark is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Closing {
    Sure,
    /// After an `s` and before a space: a plural possessive (`the workers’ union`) or a close.
    AfterS,
}

struct SingleMark {
    at: Range<usize>,
    opens: bool,
    closes: Option<Closing>,
}

/// The quotations of `text` (one paragraph), in the order they open. Single quotations that
/// never close are handed on too (`close: None`): only the quotes stage uses them, to carry a
/// quotation over paragraphs; every other reader looks at closed quotations only.
pub(crate) fn quotations(text: &str) -> Quotations {
    if !text.contains([
        '"', '\'', '`', '\u{201c}', '\u{201d}', '\u{201e}', '\u{ab}', '\u{bb}',
    ]) && !text.contains(['\u{2018}', '\u{2019}'])
    {
        return Quotations::default();
    }
    let (doubles, singles) = scan(text);
    if singles.is_empty() {
        return doubles;
    }
    // British nesting: a double quotation inside a closed single one is part of it. Closed
    // single quotations never overlap, so each double asks a binary search.
    let closed: Vec<Range<usize>> = singles
        .iter()
        .filter(Quotation::is_closed)
        .map(|q| q.words())
        .collect();
    let mut kept = doubles
        .iter()
        .filter(|double| {
            let after = closed.partition_point(|words| words.start <= double.open().start);
            after == 0 || closed[after - 1].end < double.words().end
        })
        .peekable();
    // Both lists are in the order they open: merged, a double first where both open at once.
    let mut singles = singles.iter().peekable();
    std::iter::from_fn(|| match (kept.peek(), singles.peek()) {
        (Some(double), Some(single)) if double.open_start > single.open_start => singles.next(),
        (Some(_), _) => kept.next(),
        (None, _) => singles.next(),
    })
    .collect()
}

/// Whether a double mark at `at` opens or closes a quotation. A straight mark is read from the
/// characters around it; a curly mark carries its direction, unless the characters around it
/// plainly say the other (`“It's unusual,“ said`: a closing mark typed the wrong way round).
pub(crate) fn quote_direction(text: &str, at: usize, c: char) -> Option<QuoteMark> {
    let glyph = match c {
        '\u{201c}' | '\u{ab}' | '\u{201e}' => QuoteMark::Open,
        '\u{201d}' | '\u{bb}' => QuoteMark::Close,
        '"' => return direction_between(text, at..at + 1),
        _ => return None,
    };
    Some(direction_between(text, at..at + c.len_utf8()).unwrap_or(glyph))
}

/// `text` with each curly double mark typed the wrong way round turned the right way (same
/// length: `“` and `”` are both three bytes), borrowed when there is none.
pub(crate) fn upright_marks(text: &str) -> Cow<'_, str> {
    let wrong = |(i, c): &(usize, char)| {
        let glyph = match c {
            '\u{201c}' => QuoteMark::Open,
            '\u{201d}' => QuoteMark::Close,
            _ => return false,
        };
        quote_direction(text, *i, *c) != Some(glyph)
    };
    if !text.char_indices().any(|ic| wrong(&ic)) {
        return Cow::Borrowed(text);
    }
    let turned = text
        .char_indices()
        .map(|ic| match ic {
            (_, '\u{201c}') if wrong(&ic) => '\u{201d}',
            (_, '\u{201d}') if wrong(&ic) => '\u{201c}',
            (_, c) => c,
        })
        .collect();
    Cow::Owned(turned)
}

/// The direction of a mark without one of its own (`"`, `''`) at `at`: it opens after a space or
/// an opening bracket, closes before a space or punctuation.
fn direction_between(text: &str, at: Range<usize>) -> Option<QuoteMark> {
    let before = text[..at.start].chars().next_back();
    let after = text[at.end..].chars().next();
    let opens = before.is_none_or(|b| b.is_whitespace() || "([{\u{2014}\u{2013}-/".contains(b));
    let closes = after.is_none_or(|a| a.is_whitespace() || ".,;:!?)]}\u{2014}-".contains(a));
    match (opens, closes) {
        (true, false) => Some(QuoteMark::Open),
        (false, true) => Some(QuoteMark::Close),
        _ => None,
    }
}

/// The double and the single quotations of `text`, each in the order they open: its marks, read
/// in order, paired as they come.
fn scan(text: &str) -> (Quotations, Quotations) {
    let mut pairing = Pairing::new(text);
    let mut chars = text.char_indices().peekable();
    let mut previous = ' ';
    while let Some((i, c)) = chars.next() {
        match c {
            // An attribute value of markup left in scraped copy (`<tweet author="@x">`): skipped
            // to its closing mark, as no quotation.
            '"' if previous == '=' => {
                while chars.next_if(|&(_, d)| d != '"').is_some() {}
                chars.next();
            }
            '"' | '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}' => {
                pairing.double(i..i + c.len_utf8(), quote_direction(text, i, c))
            }
            '\'' | '`' | '\u{2018}' | '\u{2019}' => {
                let mut end = i + c.len_utf8();
                while chars.next_if(|&(_, d)| d == c).is_some() {
                    end += c.len_utf8();
                }
                run(text, c, i..end, &mut pairing);
            }
            _ => {}
        }
        previous = c;
    }
    pairing.finish()
}

/// Reads a run of one apostrophe-like character: one is a single mark, two a double mark
/// (`''`, ``` `` ```, `‘‘`), three a double and a single mark (`'''` closing a nested quote at
/// the end of a quotation: `'You weren't in line,''' Ms. Compton recalled`).
fn run(text: &str, c: char, at: Range<usize>, pairing: &mut Pairing) {
    let width = c.len_utf8();
    let count = at.len() / width;
    if c == '`' {
        if count >= 2 {
            pairing.double(at, Some(QuoteMark::Open));
        }
        return;
    }
    if count == 1 {
        if let Some(mark) = single_mark(text, c, at) {
            pairing.single(mark);
        }
        return;
    }
    let direction = match c {
        '\u{2018}' => Some(QuoteMark::Open),
        '\u{2019}' => Some(QuoteMark::Close),
        _ => direction_between(text, at.clone()),
    };
    if count == 3 {
        let single = width;
        match direction {
            Some(QuoteMark::Open) => {
                pairing.double(at.start..at.end - single, direction);
                pairing.single(SingleMark {
                    at: at.end - single..at.end,
                    opens: true,
                    closes: None,
                });
            }
            Some(QuoteMark::Close) => {
                pairing.single(SingleMark {
                    at: at.start..at.start + single,
                    opens: false,
                    closes: Some(Closing::Sure),
                });
                pairing.double(at.start + single..at.end, direction);
            }
            None => pairing.double(at, direction),
        }
        return;
    }
    pairing.double(at, direction);
}

/// A lone single mark, if it can open or close a quotation.
fn single_mark(text: &str, c: char, at: Range<usize>) -> Option<SingleMark> {
    let before = text[..at.start].chars().next_back();
    let after = text[at.end..].chars().next();
    let word_start =
        before.is_none_or(|b| b.is_whitespace() || "([{\u{2014}\u{2013}-/\"\u{201c}".contains(b));
    let opens = c != '\u{2019}'
        && word_start
        && after.is_some_and(|a| a.is_alphanumeric() || "\"\u{201c}$\u{a3}\u{20ac}".contains(a))
        && !elided(&text[at.end..]);
    let closes = (before.is_some_and(|b| !b.is_whitespace())
        && after.is_none_or(|a| !a.is_alphanumeric()))
    .then(|| {
        let before = before.unwrap_or(' ');
        let after = after.unwrap_or(' ');
        let sure = ",.?!;:\u{2026}".contains(before)
            || ",.?!;:)]}\u{2026}\u{2014}\u{2013}-\"\u{201d}".contains(after)
            || !matches!(before, 's' | 'S');
        if sure { Closing::Sure } else { Closing::AfterS }
    });
    (opens || closes.is_some()).then_some(SingleMark { at, opens, closes })
}

/// An apostrophe standing for left-out letters, not an opening mark: before a digit (`'90s`)
/// or an elided word (`'em`, `'n'`, `'tis`).
fn elided(after: &str) -> bool {
    if after.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    let word: String = after
        .chars()
        .take_while(|c| c.is_alphabetic())
        .take(8)
        .collect();
    is_elision(&word.to_lowercase())
}

/// `words` hold the end of a sentence: a full stop, `?` or `!` and a space before a capital.
fn breaks_sentence(words: &str) -> bool {
    words.char_indices().any(|(i, c)| {
        matches!(c, '.' | '?' | '!')
            && words[i + 1..]
                .strip_prefix(' ')
                .is_some_and(|rest| rest.trim_start().starts_with(char::is_uppercase))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The closed quotations' words of `text`.
    fn quoted(text: &str) -> Vec<&str> {
        quotations(text)
            .iter()
            .filter(Quotation::is_closed)
            .map(|q| &text[q.words()])
            .collect()
    }

    #[test]
    fn double_marks_of_every_kind() {
        assert_eq!(quoted("\"We won,\" he said."), ["We won,"]);
        assert_eq!(quoted("\u{201c}We won,\u{201d} he said."), ["We won,"]);
        assert_eq!(quoted("''We won,'' he said."), ["We won,"]);
        assert_eq!(quoted("``We won,'' he said."), ["We won,"]);
        assert_eq!(
            quoted("known as ''rabbit patches'' or ''goat farms.''"),
            ["rabbit patches", "goat farms."]
        );
    }

    #[test]
    fn nested_quotes_belong_to_the_outer_one() {
        assert_eq!(
            quoted("''She said, 'You weren't in line,''' Ms. Compton recalled."),
            ["She said, 'You weren't in line,'"]
        );
        assert_eq!(
            quoted("\"He told me 'never again',\" she said."),
            ["He told me 'never again',"]
        );
        assert_eq!(
            quoted("\u{2018}He told me \u{201c}never again\u{201d},\u{2019} she said."),
            ["He told me \u{201c}never again\u{201d},"]
        );
    }

    #[test]
    fn single_marks_open_at_a_word_start_and_close_after_a_word() {
        assert_eq!(
            quoted("\u{2018}We will not back down,\u{2019} she said."),
            ["We will not back down,"]
        );
        assert_eq!(
            quoted("'We will not back down,' she said."),
            ["We will not back down,"]
        );
        assert_eq!(
            quoted("Trump: \u{2018}I\u{2019}m the Worst Thing.\u{2019}"),
            ["I\u{2019}m the Worst Thing."]
        );
        assert_eq!(
            quoted("He called it \u{2018}unworkable\u{2019} and left."),
            ["unworkable"]
        );
        assert_eq!(
            quoted(
                "It was \u{2018}a string of blunders\u{2019} by the ministers\u{2019} advisers."
            ),
            ["a string of blunders"]
        );
        assert_eq!(
            quoted("He called it \u{2018}the workers\u{2019} union\u{2019}."),
            ["the workers\u{2019} union"]
        );
    }

    #[test]
    fn apostrophes_never_quote() {
        for text in [
            "The workers\u{2019} union met the bosses\u{2019} lawyers.",
            "Don\u{2019}t expect Lukashenko\u{2019}s supporters to leave.",
            "It was the \u{2019}90s, the '80s before. Rock 'n' roll, 'em all. 'Tis the season.",
            "The players' union and the owners' lawyers met.",
            "Officials said the \u{2018}plan would fail. Nobody listened.",
        ] {
            assert_eq!(quoted(text), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn any_mix_of_marks_and_letters_reads_without_panic() {
        let pieces = [
            "'",
            "''",
            "'''",
            "`",
            "``",
            "\u{2018}",
            "\u{2019}",
            "\u{2019}\u{2019}",
            "\"",
            "\u{201c}",
            "\u{201d}",
            "a",
            "s",
            " ",
            ".",
            "\u{e9}",
            "9",
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    for d in pieces {
                        let text = format!("{a}{b}{c}{d}{a}");
                        for q in quotations(&text).iter() {
                            assert!(q.open().end <= q.words().start && q.words().end <= text.len());
                        }
                    }
                }
            }
        }
    }

    /// Every quotation found in every mix of four marks, letters and spaces, boiled down to one
    /// number: the compact records (issue 16) read exactly what the first reading did.
    #[test]
    fn every_mix_of_marks_reads_as_it_always_did() {
        let pieces = [
            "'",
            "''",
            "'''",
            "`",
            "``",
            "\u{2018}",
            "\u{2019}",
            "\u{2019}\u{2019}",
            "\"",
            "\u{201c}",
            "\u{201d}",
            "\u{ab}",
            "a",
            "s",
            " ",
            ".",
            "9",
            "=",
        ];
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        let mut count = 0;
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    for d in pieces {
                        let text = format!("{a}{b} {c}{d}{a}w {b}");
                        let mut numbers = Vec::new();
                        for q in quotations(&text).iter() {
                            count += 1;
                            let close = q.close();
                            numbers.extend([
                                q.style as usize,
                                q.open().start,
                                q.open().end,
                                q.words().start,
                                q.words().end,
                                close.as_ref().map_or(usize::MAX, |c| c.start),
                                close.as_ref().map_or(usize::MAX, |c| c.end),
                            ]);
                        }
                        numbers.push(usize::MAX);
                        for n in numbers {
                            hash ^= n as u64;
                            hash = hash.wrapping_mul(0x0100_0000_01b3);
                        }
                    }
                }
            }
        }
        assert_eq!((count, hash), (167_093, 15_568_602_306_617_566_499));
    }

    /// A paragraph of nothing but marks holds one quotation a mark (400,000 `“` in 1.2 MB):
    /// 64 bytes each were 38x the input (issue 16).
    #[test]
    fn a_quotation_is_a_compact_record() {
        assert!(std::mem::size_of::<Quotation>() <= 20);
    }

    /// A paragraph of nothing but marks, a quotation for each mark or two, is held in a run or
    /// two whatever its length: 400,000 `\u{201c}` were 8 MB of quotations, held by the
    /// segmenter and again by the quotes stage, 15x the input at the run's peak (issue 16).
    #[test]
    fn a_paragraph_of_marks_is_held_in_a_few_runs() {
        for (mark, tail) in [
            ("\u{201c}", ""),
            ("\u{201c}'", " he said."),
            ("\u{201c}'\"\u{2018}", ""),
            ("\u{201c} ", ""),
            ("'' ", ""),
            ("\u{201c}a\u{201d} ", ""),
        ] {
            for n in [1_000, 100_000] {
                let text = format!("{}{tail}", mark.repeat(n));
                let found = quotations(&text);
                assert!(found.len() >= n / 2, "{mark:?} x {n}: {}", found.len());
                assert!(found.runs() <= 2, "{mark:?} x {n}: {} runs", found.runs());
            }
        }
    }

    #[test]
    fn an_unclosed_single_mark_is_handed_on_unclosed() {
        let found: Vec<Quotation> = quotations("\u{2018}We will fight on the beaches.")
            .iter()
            .collect();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].close(), None);
        assert_eq!(found[0].style, Style::Single);
    }
}
