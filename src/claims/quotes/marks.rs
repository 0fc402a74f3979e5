//! Quotation marks: where the direct quotations of an article start and end. Takes an article's
//! text; hands on [`Quote`]s without speakers (the parent module attributes them), one at a
//! time in the order they start: the byte spans of the quoted words, without the marks or the
//! comma before an attribution, and whether the quote never closed; whether it is a statement
//! (not a title or a cited work) and whether it is a fragment inside a sentence are told by
//! [`is_statement`] and [`is_fragment`], asked by the parent as it needs.
//!
//! Kept apart from attribution because the two change for different reasons: marks follow
//! typography (straight or curly, a quote running over paragraphs), attribution follows how
//! reporters name their sources. Which characters are quote marks is read by
//! `crate::segment::quotation`, shared with the segmenter; here the paragraphs' quotations become
//! quotes: carried over paragraphs, joined over an ellipsis, single-marked scare quotes left out.

use std::ops::Range;

use super::{Quote, QuotedSpans};
use crate::claims::tokens::{is_letter, is_letter_or_digit};
use crate::lexicon::{is_quote_participle, is_quote_verb, is_title_small_word, is_work_noun};
use crate::segment::{Quotation, Quotations, Style, paragraphs, quotations};

/// The quotations of `text`, without speakers, handed to `emit` one at a time in the order
/// they start (each starts after the one before): a paragraph of mixed marks is a quote every
/// few bytes, and the quotes stage holds only the few it reads at once (issue 16). Titles and
/// cited works are among them ([`is_statement`] tells), and none is marked a fragment yet
/// ([`is_fragment`]).
pub(super) fn each_quote(text: &str, emit: impl FnMut(Quote)) {
    let paragraphs = paragraphs(text);
    // Each paragraph's quotations, held as runs: a paragraph of marks is one quotation a mark,
    // alike but for where they start (issue 16).
    let found: Vec<Quotations> = paragraphs
        .iter()
        .map(|p| quotations(&text[p.clone()]))
        .collect();
    let mut quotes = Held { last: None, emit };
    let mut carried = QuotedSpans::default();
    for (p, paragraph) in paragraphs.iter().enumerate() {
        let base = paragraph.start;
        let list = &found[p];
        let mut carrying = false;
        // Where the last closed quote of this paragraph ended, to join `"..." . . . "..."`.
        let mut previous_close: Option<usize> = None;
        for (k, quotation) in list.iter().enumerate() {
            let words = quotation.words().start + base..quotation.words().end + base;
            if let Some(close) = quotation.close() {
                if quotation.style == Style::Single
                    && carried.is_empty()
                    && !single_quoted_statement(&text[paragraph.clone()], &quotation)
                {
                    continue;
                }
                let joined = previous_close.is_some_and(|end| {
                    carried.is_empty() && only_ellipsis(&text[end..quotation.open().start + base])
                });
                match (joined, quotes.last_mut()) {
                    (true, Some(last)) => last.parts.extend(trim(text, words)),
                    _ => push_quote(&mut quotes, &mut carried, text, words, false),
                }
                previous_close = Some(close.end + base);
                continue;
            }
            previous_close = None;
            let next_opens = k + 1 == list.len()
                && found
                    .get(p + 1)
                    .and_then(|next| next.first())
                    .is_some_and(|next| next.open().start == 0 && next.style == quotation.style);
            if next_opens {
                // A quotation running over paragraphs: an opening mark at each, a closing
                // one at the end only.
                carried.extend(trim(text, words));
                carrying = true;
            } else if quotation.style == Style::Double || !carried.is_empty() {
                push_quote(&mut quotes, &mut carried, text, words, true);
            }
            // A lone single mark that never closes is an apostrophe read wrong: it opens nothing.
        }
        if !carrying && !carried.is_empty() {
            // The continuation never came: what was carried ends unclosed.
            let parts = std::mem::take(&mut carried);
            quotes.push(new_quote(parts, true));
        }
    }
    if !carried.is_empty() {
        quotes.push(new_quote(carried, true));
    }
    quotes.finish();
}

/// The quote found last, held back while a quotation after an ellipsis may still join it; every
/// quote before it is whole and handed on.
struct Held<F: FnMut(Quote)> {
    last: Option<Quote>,
    emit: F,
}

impl<F: FnMut(Quote)> Held<F> {
    fn push(&mut self, quote: Quote) {
        if let Some(done) = self.last.replace(quote) {
            (self.emit)(done);
        }
    }

    fn last_mut(&mut self) -> Option<&mut Quote> {
        self.last.as_mut()
    }

    fn finish(mut self) {
        if let Some(done) = self.last.take() {
            (self.emit)(done);
        }
    }
}

/// A quote that is a statement, not a title or a cited work; only these are quotes.
pub(super) fn is_statement(text: &str, quote: &Quote) -> bool {
    !is_title(text, quote) && !is_cited_work(text, quote)
}

/// A title in quote marks, not a statement: a book, a show, a film, a slogan named inside a
/// sentence (`his book ''Doomed to Succeed,''`, `on NBC's "Meet the Press."`): two to twelve
/// words, every one capitalised but the short words titles leave in lower case, not opening
/// its sentence and not right after a quoting verb (`chanted "Lock Her Up"` is a quote). One
/// capitalised word (`‘Genocide.’`) is no title.
fn is_title(text: &str, quote: &Quote) -> bool {
    let part = match quote.parts.first() {
        Some(part) if !quote.unclosed && quote.parts.len() == 1 => part,
        _ => return false,
    };
    let words: Vec<&str> = text[part.clone()].split_whitespace().collect();
    let capitalised = |w: &&str| {
        w.trim_start_matches(|c: char| !is_letter_or_digit(c))
            .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    };
    let small = |w: &&str| is_title_small_word(w.trim_matches(|c: char| !is_letter(c)));
    // "his book "Destiny and Power"", "on NBC's "This Week."": after a noun naming a work, or a
    // network's or publisher's possessive, capitalised words are its title.
    let named_work = {
        let before = words_before(text, quote.start());
        let before = before.strip_suffix(',').unwrap_or(before);
        let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
        let bare = last.trim_matches(|c: char| !is_letter_or_digit(c) && c != '-');
        let possessive_name = (last.ends_with("'s") || last.ends_with("\u{2019}s"))
            && last.starts_with(char::is_uppercase);
        // In the quote's own sentence ("on his podcast." then ""Dead," Cruz said" is no title).
        let same_sentence = !last.ends_with(['.', '!', '?', ':', ';']);
        same_sentence && (is_work_noun(&bare.to_lowercase()) || possessive_name)
    };
    let own_punctuation = text[part.clone()].trim_end().ends_with(['!', '?', ',']);
    if named_work
        && !own_punctuation
        && !saying_in_sentence(text, quote)
        && (1..=12).contains(&words.len())
        && words.first().is_some_and(capitalised)
        && words.iter().all(|w| capitalised(w) || small(w))
    {
        return true;
    }
    if !(2..=12).contains(&words.len()) {
        return false;
    }
    if !words.first().is_some_and(capitalised)
        || words.iter().filter(|w| capitalised(w)).count() < 2
        || !words.iter().all(|w| capitalised(w) || small(w))
    {
        return false;
    }
    // "a "Rigged Witch Hunt!"", "was "Totally Unqualified,"": a title ends in no exclamation,
    // question or comma of its own.
    let last = text[part].trim_end();
    if last.ends_with(['!', '?', ',']) {
        return false;
    }
    let before = words_before(text, quote.start());
    if opens_sentence(before) {
        return false;
    }
    // A verb of saying earlier in its sentence ("Trump said the report showed "No Collusion"")
    // makes it words someone said, not a title.
    !saying_in_sentence(text, quote)
}

/// A verb of saying comes before the quote in its sentence, a few words back at most.
fn saying_in_sentence(text: &str, quote: &Quote) -> bool {
    let before = words_before(text, quote.start());
    let sentence_words = before
        .split_whitespace()
        .rev()
        .take(TITLE_VERB_REACH)
        .take_while(|w| !w.ends_with(['.', '!', '?']) || w.len() <= 3);
    sentence_words.into_iter().any(|w| {
        let bare = w.trim_matches(|c: char| !is_letter(c)).to_lowercase();
        is_quote_verb(&bare) || is_quote_participle(&bare)
    })
}

/// Words read back from a capitalised quote for a verb of saying in its sentence.
const TITLE_VERB_REACH: usize = 12;

/// A cited article or book and its author, not a quote: the closing mark followed by `by` and a
/// name (`"Posthumous books could come with a lot of dollar signs," by Boston Globe's Joseph P.
/// Kahn`, `"...," by the New York Post's Amy Spencer`), as in a round-up of links.
fn is_cited_work(text: &str, quote: &Quote) -> bool {
    let after = text[after_closing_mark(text, quote.end())..].trim_start();
    let Some(author) = after.strip_prefix("by ") else {
        return false;
    };
    let author = author.strip_prefix("the ").unwrap_or(author);
    author.starts_with(char::is_uppercase)
}

/// Nothing before but the start of a sentence: the text before a quote ends a sentence, a
/// paragraph or an introducing colon.
fn opens_sentence(before: &str) -> bool {
    before.is_empty() || before.ends_with(['.', '!', '?', ':', '\n', '\u{201d}', '"', '\''])
}

/// A span in single marks is a quotation when it reads as one: its words end with punctuation
/// (`‘We will not back down,’ she said`, `‘Genocide.’`) or a colon follows it (a headline's
/// `‘We will not back down’: Whitmore defies unions`), or a quoting verb comes just before it
/// in its sentence (`called the plan ‘unworkable’`). Otherwise it is a scare quote or a title,
/// which US copy and headlines put in single marks (`a ‘golden opportunity’`, `‘Time’ Just
/// Announced`): single marks are weaker evidence than double ones, which are mostly apostrophes.
fn single_quoted_statement(paragraph: &str, quotation: &Quotation) -> bool {
    let words = paragraph[quotation.words()].trim_end();
    if words.ends_with(['.', ',', '?', '!', '\u{2026}', ';', ':', '\u{2014}']) {
        return true;
    }
    // A headline's quote before a colon: `‘We will not back down’: Whitmore defies unions`.
    let after = quotation.close().map_or("", |c| &paragraph[c.end..]);
    if after.starts_with(':') {
        return true;
    }
    paragraph[..quotation.open().start]
        .split_whitespace()
        .rev()
        .take(6)
        .take_while(|w| !w.ends_with(['.', '?', '!', ':']))
        .any(|w| is_quote_verb(&w.trim_matches(|c: char| !is_letter(c)).to_lowercase()))
}

/// Nothing but an ellipsis between two quotations (`"..." . . . "..."`): the writer left words
/// out of one quotation.
fn only_ellipsis(between: &str) -> bool {
    matches!(between.trim(), "..." | "\u{2026}" | ". . ." | ". . . .")
}

/// The text before a quote at `start`, without its opening marks and trailing whitespace, read
/// for the few words that tell a title, a label or a fragment (`his book`, `so-called`, a
/// sentence's end): at most [`WORDS_BEFORE_REACH`] bytes, so a run of thousands of marks without
/// a space is not walked back once per quote (issue 16). Only when the reach holds nothing but
/// whitespace is the text before it read too, to its last word (a whitespace run is walked once).
pub(super) fn words_before(text: &str, start: usize) -> &str {
    let mut floor = start.saturating_sub(WORDS_BEFORE_REACH);
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    let before = trim_opening_marks_end(&text[floor..start]).trim_end();
    if before.is_empty() && floor > 0 {
        return text[..floor].trim_end();
    }
    before
}

/// Bytes read back from a quote for the words before it: twelve long words and more.
pub(super) const WORDS_BEFORE_REACH: usize = 600;

/// Opening quote marks of every kind, trimmed off the text before a quote.
pub(super) const OPENING_MARKS: [char; 7] =
    ['"', '\u{201c}', '\u{201e}', '\u{ab}', '\'', '\u{2018}', '`'];

/// Where the closing mark after a quote's words ends: past the comma before an attribution and
/// the marks (`,"`, `,\u{201d}`, `,''`, `?\u{2019}`); the quote's end when no mark follows.
pub(super) fn after_closing_mark(text: &str, end: usize) -> usize {
    let rest = &text[end..];
    let unpunctuated = trim_start_at_most(rest, &[',', ' ']);
    // `“` and `‘` too: a closing mark typed the wrong way round (`“It's unusual,“ said`).
    let closed = trim_start_at_most(
        unpunctuated,
        &[
            '"', '\u{201d}', '\u{bb}', '\'', '\u{2019}', '\u{201c}', '\u{2018}',
        ],
    );
    if closed.len() == unpunctuated.len() {
        end
    } else {
        text.len() - closed.len()
    }
}

/// Most marks (and commas or spaces) trimmed next to a quote: a quote has two or three marks
/// at an end (three, at most), and a bound keeps a run of thousands of marks from being walked once
/// per quote.
const MOST_MARKS: usize = 4;

/// `text` without at most [`MOST_MARKS`] of `marks` at its start.
fn trim_start_at_most<'t>(text: &'t str, marks: &[char]) -> &'t str {
    let cut = text
        .char_indices()
        .take(MOST_MARKS)
        .take_while(|(_, c)| marks.contains(c))
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    &text[cut..]
}

/// `text` without at most [`MOST_MARKS`] opening marks at its end.
pub(super) fn trim_opening_marks_end(text: &str) -> &str {
    let cut = text
        .char_indices()
        .rev()
        .take(MOST_MARKS)
        .take_while(|(_, c)| OPENING_MARKS.contains(c))
        .last()
        .map_or(text.len(), |(i, _)| i);
    &text[..cut]
}

fn new_quote(parts: QuotedSpans, unclosed: bool) -> Quote {
    Quote {
        parts,
        sentence: 0,
        fragment: false,
        unclosed,
        speaker: None,
    }
}

fn push_quote<F: FnMut(Quote)>(
    quotes: &mut Held<F>,
    carried: &mut QuotedSpans,
    text: &str,
    part: Range<usize>,
    unclosed: bool,
) {
    let mut parts = std::mem::take(carried);
    parts.extend(trim(text, part));
    if !parts.is_empty() {
        quotes.push(new_quote(parts, unclosed));
    }
}

/// Trims whitespace and the attribution comma (`"...,” he said`) off a quoted span.
fn trim(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let slice = &text[range.clone()];
    let start = range.start + (slice.len() - slice.trim_start().len());
    let trimmed = slice.trim();
    let trimmed = trimmed.strip_suffix(',').unwrap_or(trimmed).trim_end();
    let end = start + trimmed.len();
    (start < end).then_some(start..end)
}

/// A few words quoted inside a sentence: not at its start, not introduced by a colon.
pub(super) fn is_fragment(text: &str, quote: &Quote) -> bool {
    let words = quote
        .parts
        .iter()
        .map(|p| text[p.clone()].split_whitespace().count())
        .sum::<usize>();
    words <= 6 && !opens_sentence(words_before(text, quote.start()))
}
