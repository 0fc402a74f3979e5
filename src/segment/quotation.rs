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

/// The kind of mark a quotation opened with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    Double,
    Single,
}

/// One quotation of a paragraph; byte offsets are into the text given to [`quotations`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Quotation {
    pub(crate) style: Style,
    /// The opening mark.
    pub(crate) open: Range<usize>,
    /// From after the opening mark to the closing mark; when it never closed, to the next
    /// opening mark or the end of the text.
    pub(crate) words: Range<usize>,
    /// The closing mark; `None` when the quotation never closed.
    pub(crate) close: Option<Range<usize>>,
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

struct Mark {
    at: Range<usize>,
    direction: Option<QuoteMark>,
}

struct SingleMark {
    at: Range<usize>,
    opens: bool,
    closes: Option<Closing>,
}

/// The quotations of `text` (one paragraph), in the order they open. Single quotations that
/// never close are handed on too (`close: None`): only the quotes stage uses them, to carry a
/// quotation over paragraphs; every other reader looks at closed quotations only.
pub(crate) fn quotations(text: &str) -> Vec<Quotation> {
    if !text.contains([
        '"', '\'', '`', '\u{201c}', '\u{201d}', '\u{201e}', '\u{ab}', '\u{bb}',
    ]) && !text.contains(['\u{2018}', '\u{2019}'])
    {
        return Vec::new();
    }
    let (doubles, singles) = scan(text);
    let mut found = pair_doubles(text, doubles);
    let outside = outside_doubles(&found, singles, text.len());
    let single = pair_singles(text, outside);
    if single.is_empty() {
        return found;
    }
    // British nesting: a double quotation inside a closed single one is part of it. Closed
    // single quotations never overlap, so each double asks a binary search.
    let closed: Vec<&Range<usize>> = single
        .iter()
        .filter(|s| s.close.is_some())
        .map(|s| &s.words)
        .collect();
    found.retain(|double| {
        let after = closed.partition_point(|words| words.start <= double.open.start);
        after == 0 || closed[after - 1].end < double.words.end
    });
    found.extend(single);
    found.sort_by_key(|q| q.open.start);
    found
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

/// The double marks and the single marks that could open or close a quotation, in order.
fn scan(text: &str) -> (Vec<Mark>, Vec<SingleMark>) {
    let mut doubles = Vec::new();
    let mut singles = Vec::new();
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
                doubles.push(Mark {
                    at: i..i + c.len_utf8(),
                    direction: quote_direction(text, i, c),
                })
            }
            '\'' | '`' | '\u{2018}' | '\u{2019}' => {
                let mut end = i + c.len_utf8();
                while chars.next_if(|&(_, d)| d == c).is_some() {
                    end += c.len_utf8();
                }
                run(text, c, i..end, &mut doubles, &mut singles);
            }
            _ => {}
        }
        previous = c;
    }
    (doubles, singles)
}

/// Reads a run of one apostrophe-like character: one is a single mark, two a double mark
/// (`''`, ``` `` ```, `‘‘`), three a double and a single mark (`'''` closing a nested quote at
/// the end of a quotation: `'You weren't in line,''' Ms. Compton recalled`).
fn run(
    text: &str,
    c: char,
    at: Range<usize>,
    doubles: &mut Vec<Mark>,
    singles: &mut Vec<SingleMark>,
) {
    let width = c.len_utf8();
    let count = at.len() / width;
    if c == '`' {
        if count >= 2 {
            doubles.push(Mark {
                at,
                direction: Some(QuoteMark::Open),
            });
        }
        return;
    }
    if count == 1 {
        singles.extend(single_mark(text, c, at));
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
                doubles.push(Mark {
                    at: at.start..at.end - single,
                    direction,
                });
                singles.push(SingleMark {
                    at: at.end - single..at.end,
                    opens: true,
                    closes: None,
                });
            }
            Some(QuoteMark::Close) => {
                singles.push(SingleMark {
                    at: at.start..at.start + single,
                    opens: false,
                    closes: Some(Closing::Sure),
                });
                doubles.push(Mark {
                    at: at.start + single..at.end,
                    direction,
                });
            }
            None => doubles.push(Mark { at, direction }),
        }
        return;
    }
    doubles.push(Mark { at, direction });
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

/// Pairs the double marks: a quotation opens at an opening mark and closes at the next closing
/// one; a new opening mark before any close means the last quotation never closed; a closing
/// mark with nothing open is a stray and is ignored.
fn pair_doubles(text: &str, marks: Vec<Mark>) -> Vec<Quotation> {
    let mut found = Vec::new();
    let mut open: Option<Range<usize>> = None;
    for mark in marks {
        let opens = match mark.direction {
            Some(QuoteMark::Open) => true,
            Some(QuoteMark::Close) => false,
            None => open.is_none(),
        };
        match (opens, open.take()) {
            (true, None) => open = Some(mark.at),
            (true, Some(start)) => {
                found.push(Quotation {
                    style: Style::Double,
                    words: start.end..mark.at.start,
                    open: start,
                    close: None,
                });
                open = Some(mark.at);
            }
            (false, Some(start)) => found.push(Quotation {
                style: Style::Double,
                words: start.end..mark.at.start,
                open: start,
                close: Some(mark.at),
            }),
            (false, None) => {}
        }
    }
    if let Some(start) = open {
        found.push(Quotation {
            style: Style::Double,
            words: start.end..text.len(),
            open: start,
            close: None,
        });
    }
    found
}

/// The single marks outside every double quotation (those inside are nested quotes).
fn outside_doubles(doubles: &[Quotation], singles: Vec<SingleMark>, len: usize) -> Vec<SingleMark> {
    let mut next = 0;
    singles
        .into_iter()
        .filter(|mark| {
            while let Some(double) = doubles.get(next) {
                let end = double.close.as_ref().map_or(len, |c| c.end);
                if end <= mark.at.start {
                    next += 1;
                    continue;
                }
                return mark.at.end <= double.open.start;
            }
            true
        })
        .collect()
}

/// Pairs the single marks: an opening mark with the first sure closing mark after it, else
/// with the first closing mark after an `s`; one that never closes is handed on unclosed.
fn pair_singles(text: &str, marks: Vec<SingleMark>) -> Vec<Quotation> {
    let mut found = Vec::new();
    // The opening mark waiting for its close, the possessive's mark that may close it, and
    // whether a possessive was read for it yet.
    let mut pending: Option<(Range<usize>, Option<Range<usize>>, bool)> = None;
    let close = |found: &mut Vec<Quotation>, open: Range<usize>, close: Range<usize>| {
        let words = open.end..close.start;
        // At least two letters or digits: `'n'` is no quotation.
        if text[words.clone()]
            .chars()
            .filter(|c| c.is_alphanumeric())
            .nth(1)
            .is_some()
        {
            found.push(Quotation {
                style: Style::Single,
                open,
                words,
                close: Some(close),
            });
        }
    };
    for mark in marks {
        if let Some((open, after_s, possessive_read)) = pending.as_mut() {
            match mark.closes {
                Some(Closing::Sure) => {
                    close(&mut found, open.clone(), mark.at);
                    pending = None;
                    continue;
                }
                Some(Closing::AfterS) => {
                    // A possessive's mark closes a quote left open only within its sentence:
                    // "the 'plan would fail. Nobody listened to the ministers' warnings" holds no
                    // quotation.
                    // Read once per opening mark (only the first possessive may close it).
                    if !*possessive_read {
                        *possessive_read = true;
                        if !breaks_sentence(&text[open.end..mark.at.start]) {
                            *after_s = Some(mark.at);
                        }
                    }
                    continue;
                }
                None => {}
            }
        }
        if mark.opens {
            // A new opening mark: the one pending closes after its `s`, or never opened.
            if let Some((open, Some(after_s), _)) = pending.take() {
                close(&mut found, open, after_s);
            }
            pending = Some((mark.at, None, false));
        }
    }
    match pending {
        Some((open, Some(after_s), _)) => close(&mut found, open, after_s),
        Some((open, None, _)) => found.push(Quotation {
            style: Style::Single,
            words: open.end..text.len(),
            open,
            close: None,
        }),
        None => {}
    }
    found
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
            .into_iter()
            .filter(|q| q.close.is_some())
            .map(|q| &text[q.words])
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
                        for q in quotations(&text) {
                            assert!(q.open.end <= q.words.start && q.words.end <= text.len());
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn an_unclosed_single_mark_is_handed_on_unclosed() {
        let found = quotations("\u{2018}We will fight on the beaches.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].close, None);
        assert_eq!(found[0].style, Style::Single);
    }
}
