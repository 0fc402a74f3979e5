//! Segment: splits an article's text into sentences, handed on as byte spans into that text.
//!
//! The boundary rules come from `sentencex` (Wikimedia's rule-based segmenter, the best of those
//! tried on news prose). Around it sit the two things it does not know about news copy:
//!
//! * **Paragraphs.** A paragraph break always ends a sentence, even without a full stop (photo
//!   captions, headlines, datelines). If the text has blank lines anywhere, blank lines separate
//!   paragraphs and single newlines are soft wraps; otherwise every line is a paragraph (the shape
//!   of scraped text saved one paragraph per line).
//! * **A merge pass** that re-joins the splits news style makes wrong: after a title (`Ms.`,
//!   `Gen.`), an initial (`Svetlana G. Tikhanovskaya`), a month before a day (`Sept. 10`),
//!   `No. 5`, an abbreviation followed by a lower-case word (`Gov. Inslee of Wash. said`), `a.m.`
//!   before a weekday, and any split that falls inside a quotation that closes later in the same
//!   paragraph, so a quote holding several sentences stays one sentence.
//!
//! Spans exclude surrounding whitespace and never cross a paragraph break. A [`Document`] keeps
//! only the story's sentences: page furniture and metadata lines are set aside
//! (`furniture.rs`).

use std::ops::Range;

use crate::ingest::Article;
use crate::lexicon::{
    is_abbreviation, is_month_abbreviation, is_name_abbreviation, is_quote_verb, is_time_zone,
    is_weekday,
};

mod furniture;
mod quotation;
pub use furniture::{SkipReason, Skipped};
pub(crate) use quotation::{Quotation, Quotations, Style, quotations};

/// One sentence: its byte span in [`crate::Article::text`]; its number is its place in
/// [`Document::sentences`].
///
/// In `u32`, 8 bytes where a `usize` number and span took 24: every sentence of every article
/// is held to the end of a run, and a page of 250,000 "Yes." and "No." (4.5 bytes a sentence)
/// held more in sentences than in text (issue 16). Articles are smaller than 4 GiB (`ingest`
/// refuses larger), so every offset fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sentence {
    pub start: u32,
    pub end: u32,
}

impl Sentence {
    /// The sentence at `span` of an article's text (smaller than 4 GiB).
    pub fn new(span: Range<usize>) -> Sentence {
        Sentence {
            start: span.start as u32,
            end: span.end as u32,
        }
    }

    pub fn text<'a>(&self, article_text: &'a str) -> &'a str {
        &article_text[self.span()]
    }

    pub fn span(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// An article with its sentences: what every stage after segmentation works on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub article: Article,
    /// The story's sentences, numbered in order.
    pub sentences: Vec<Sentence>,
    /// What was set aside as no part of the story: page furniture and metadata.
    pub skipped: Vec<Skipped>,
}

impl Document {
    pub fn new(article: Article) -> Document {
        let (sentences, skipped) =
            furniture::sift(&article.text, segment(&article.text), &article.metadata);
        Document {
            article,
            sentences,
            skipped,
        }
    }

    pub fn sentence_text(&self, index: usize) -> &str {
        self.sentences[index].text(&self.article.text)
    }

    /// Each sentence's text, in order, read from the article as asked for: never a list of
    /// them (16 bytes a sentence, 4 MB for 250,000 "Yes." and "No.", issue 16).
    pub fn sentence_texts(&self) -> impl ExactSizeIterator<Item = &str> + Clone + '_ {
        self.sentences.iter().map(|s| s.text(&self.article.text))
    }
}

/// Splits `text` into sentences, in order, as byte spans.
///
/// ```
/// let text = "Ms. Tikhanovskaya spoke on Aug. 9. \"We held the election. We won,\" he said.";
/// let sentences: Vec<&str> = claimdiff::segment::segment(text)
///     .iter()
///     .map(|sentence| sentence.text(text))
///     .collect();
/// assert_eq!(
///     sentences,
///     ["Ms. Tikhanovskaya spoke on Aug. 9.", "\"We held the election. We won,\" he said."]
/// );
/// ```
pub fn segment(text: &str) -> Vec<Sentence> {
    // Sentences (8 bytes) are pushed as found, not gathered as `Range<usize>` (16 bytes) and
    // converted after: the two lists side by side were the peak of `claims` on a page of
    // 250,000 "Yes." and "No." (issue 16).
    let mut sentences = Vec::new();
    for paragraph in paragraphs(text) {
        let body = &text[paragraph.clone()];
        // The rule-based splitter trusts curly marks' glyphs; one typed the wrong way round
        // (`“It's unusual,“ said`) would hold the rest of the paragraph in one quotation.
        let marks = quotation::upright_marks(body);
        let pieces = splitter_pieces(&marks);
        for piece in merge_false_splits(body, pieces) {
            sentences.push(Sentence::new(
                piece.start + paragraph.start..piece.end + paragraph.start,
            ));
        }
    }
    sentences
}

/// The longest text handed to the rule-based splitter at once. Its quote search scans to the end
/// of the text for every mark that never closes, so its cost grows with the square of what it is
/// given (issue 16: 40,000 `“'"‘` in one paragraph took minutes); a longer paragraph is read in
/// overlapping windows of this size. No paragraph of the project's corpora is this long.
pub(crate) const SPLITTER_WINDOW: usize = 8192;

/// Text read either side of the part of a window whose breaks are kept: the context the
/// splitter needs to judge a break (an abbreviation before it, a capital after it).
const SPLITTER_MARGIN: usize = 1024;

/// The splitter's sentences of one paragraph (`paragraph` is what it reads: the text with its
/// marks made upright), trimmed of whitespace.
fn splitter_pieces(paragraph: &str) -> Vec<Range<usize>> {
    if !may_break(paragraph) {
        return trim_span(paragraph, 0..paragraph.len())
            .into_iter()
            .collect();
    }
    if paragraph.len() <= SPLITTER_WINDOW {
        return sentencex::get_sentence_boundaries("en", paragraph)
            .into_iter()
            .filter_map(|b| trim_span(paragraph, b.start_byte..b.end_byte))
            .collect();
    }
    // A break is kept from the window whose middle holds it, so the splitter judged it with
    // a margin of text either side; a quotation running over windows is rejoined by the merge
    // pass, which reads the paragraph's quotation marks whole.
    let mut breaks = Vec::new();
    for (read, zone) in windows_to_split(paragraph) {
        for piece in sentencex::get_sentence_boundaries("en", &paragraph[read.clone()]) {
            let at = read.start + piece.end_byte;
            if zone.contains(&at) && at > 0 {
                breaks.push(at);
            }
        }
    }
    breaks.push(paragraph.len());
    let mut start = 0;
    let mut pieces = Vec::with_capacity(breaks.len());
    for at in breaks {
        pieces.extend(trim_span(paragraph, start..at));
        start = at;
    }
    pieces
}

/// The windows a long paragraph is read in: the bytes handed to the splitter, and the zone in
/// their middle whose breaks are kept. Zones tile the paragraph; each window is at most
/// [`SPLITTER_WINDOW`] bytes, so the splitter's work is linear in the paragraph.
fn splitter_windows(paragraph: &str) -> Vec<(Range<usize>, Range<usize>)> {
    let len = paragraph.len();
    let floor = |mut at: usize| {
        at = at.min(len);
        while !paragraph.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    let mut windows = Vec::new();
    let mut zone_start = 0;
    while zone_start < len {
        let zone_end = floor(zone_start + SPLITTER_WINDOW - 2 * SPLITTER_MARGIN);
        let read =
            floor(zone_start.saturating_sub(SPLITTER_MARGIN))..floor(zone_end + SPLITTER_MARGIN);
        windows.push((read, zone_start..zone_end));
        zone_start = zone_end;
    }
    windows
}

/// The windows of a long paragraph that are handed to the splitter: those that may hold a
/// sentence break ([`may_break`]). A window that cannot is one piece whose end lies past its
/// zone, so it would add no break.
fn windows_to_split(paragraph: &str) -> Vec<(Range<usize>, Range<usize>)> {
    let mut windows = splitter_windows(paragraph);
    windows.retain(|(read, _)| may_break(&paragraph[read.clone()]));
    windows
}

/// Can the rule-based splitter find a sentence break in `text`? It breaks only at a sentence
/// terminator (`.`, `!`, `?`, `…` and those of other scripts), at a list marker, which needs a
/// `.`, a `)`, a bullet or a line start, and at a paragraph break. Text of ASCII words, figures
/// and punctuation without those and of quotation marks has none, and handing it over is what
/// cost: the splitter's quote search runs to the end of the text for each mark that never
/// closes, so a window of marks alone (issue 16, `“'"‘` x 150,000) took a tenth of a second.
/// Any other character counts as a possible break, so only text known to be breakless is
/// skipped; a test holds `sentencex` to this.
fn may_break(text: &str) -> bool {
    text.chars().any(|c| match c {
        '.' | '!' | '?' | ')' | '\n' | '\r' => true,
        '\u{201c}' | '\u{201d}' | '\u{2018}' | '\u{2019}' | '\u{ab}' | '\u{bb}' => false,
        c => !c.is_ascii(),
    })
}

/// Byte ranges of the paragraphs of `text`, trimmed of surrounding whitespace.
pub(crate) fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        lines.push((offset..offset + line.len(), line.trim().is_empty()));
        offset += line.len();
    }
    let blank_lines_separate = lines.iter().any(|(_, blank)| *blank);
    let mut paragraphs = Vec::new();
    let mut current: Option<Range<usize>> = None;
    for (range, blank) in lines {
        if blank {
            paragraphs.extend(current.take());
            continue;
        }
        current = match current {
            Some(open) if blank_lines_separate => Some(open.start..range.end),
            Some(open) => {
                paragraphs.push(open);
                Some(range)
            }
            None => Some(range),
        };
    }
    paragraphs.extend(current);
    paragraphs
        .into_iter()
        .filter_map(|range| trim_span(text, range))
        .collect()
}

/// Shrinks `range` to exclude leading and trailing whitespace; `None` if nothing is left.
fn trim_span(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let slice = &text[range.clone()];
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.end - (slice.len() - slice.trim_end().len());
    (start < end).then_some(start..end)
}

/// Joins adjacent pieces of one paragraph where the split between them is a known false one.
fn merge_false_splits(paragraph: &str, mut pieces: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let quotes = QuoteMarks::of(paragraph);
    // Merged in place (a merge only shortens the list, so the pieces kept so far never pass
    // the one read): a paragraph of 250,000 sentences held a second list of 4 MB (issue 16).
    let mut kept = 0;
    for read in 0..pieces.len() {
        let piece = pieces[read].clone();
        if kept > 0 && is_false_split(paragraph, pieces[kept - 1].clone(), piece.clone(), &quotes) {
            pieces[kept - 1].end = piece.end;
        } else {
            pieces[kept] = piece;
            kept += 1;
        }
    }
    pieces.truncate(kept);
    pieces
}

fn is_false_split(
    paragraph: &str,
    before: Range<usize>,
    after: Range<usize>,
    quotes: &QuoteMarks,
) -> bool {
    let before_text = &paragraph[before.clone()];
    let after_text = &paragraph[after.clone()];
    let last = last_token(before_text);
    let next = after_text.split_whitespace().next().unwrap_or("");
    let next_first = next.chars().next().unwrap_or(' ');
    if ends_quoted_question(before_text) && attribution_follows(&paragraph[after.start..]) {
        return true;
    }
    let Some(word) = last.strip_suffix('.') else {
        return quotes.encloses(after.start);
    };
    if is_name_abbreviation(word) {
        return true;
    }
    if is_initial(word) && starts_with_capital(next) && preceded_by_name(before_text, last) {
        return true;
    }
    let month = is_capitalised(word) && is_month_abbreviation(&word.to_lowercase());
    if (month || word == "No" || word == "Nos") && next_first.is_ascii_digit() {
        return true;
    }
    let abbreviation = is_abbreviation(word) || word.contains('.');
    if abbreviation && (next_first.is_lowercase() || next_first.is_ascii_digit()) {
        return true;
    }
    let time_of_day = matches!(word.to_ascii_lowercase().as_str(), "a.m" | "p.m");
    if time_of_day && continues_time_of_day(next.trim_end_matches(['.', ',', ';'])) {
        return true;
    }
    quotes.encloses(after.start)
}

/// Ends with a quoted question or exclamation: `?` or `!` then closing quote marks
/// (`"Who will pay for it?"`, `''Enough!''`, `‘Why?’`).
fn ends_quoted_question(text: &str) -> bool {
    let bare = text.trim_end_matches(['"', '\u{201d}', '\u{bb}', '\'', '\u{2019}']);
    bare.len() < text.len() && bare.ends_with(['?', '!'])
}

/// The text after a quoted question opens with its attribution, which sentence splitting must
/// leave with the quote: an attribution verb within its first five words, before any sentence
/// end (`Warren asked.`, `Sen. Elizabeth Warren asked`, `shouted Pavel Sokolov`); `The crowd
/// roared.` is a sentence of its own.
fn attribution_follows(rest: &str) -> bool {
    for word in rest.split_whitespace().take(5) {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        if is_quote_verb(&bare.to_lowercase()) {
            return true;
        }
        let ends_sentence = word.ends_with(['?', '!'])
            || (word.ends_with('.') && !is_name_abbreviation(bare) && !is_initial(bare));
        if ends_sentence {
            return false;
        }
    }
    false
}

/// Words that, after `a.m.`/`p.m.`, continue the sentence rather than start a new one: a
/// weekday (`Monday`), a time zone in capitals (`GMT`), `local`.
fn continues_time_of_day(word: &str) -> bool {
    let lower = word.to_lowercase();
    (is_capitalised(word) && is_weekday(&lower))
        || (word.chars().all(|c| c.is_ascii_uppercase()) && is_time_zone(&lower))
        || word == "local"
}

/// Written with a capital and then lower case only (`Aug`, `Monday`), as a name is.
fn is_capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
}

/// The last whitespace-separated token, without opening brackets or quotes.
fn last_token(text: &str) -> &str {
    text.split_whitespace()
        .next_back()
        .unwrap_or("")
        .trim_start_matches(['(', '[', '"', '\u{201c}', '\''])
}

fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

fn starts_with_capital(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// True when the word before the initial is a capitalised name (`Svetlana G.`), which tells an
/// initial from a sentence ending in a single letter (`... in Group B.`) well enough for news.
fn preceded_by_name(before_text: &str, last: &str) -> bool {
    let rest = before_text[..before_text.len() - last.len()].trim_end();
    let previous = rest.split_whitespace().next_back().unwrap_or("");
    starts_with_capital(previous) && !previous.ends_with(['.', ',', ':', ';'])
        || is_initial(previous.trim_end_matches('.'))
}

/// The closed quotations of one paragraph (or sentence), found once so that asking about each
/// split costs a binary search, not a scan of the paragraph.
pub(crate) struct QuoteMarks {
    /// The quoted words of each closed top-level quotation, in order, never overlapping.
    spans: Vec<Range<usize>>,
}

impl QuoteMarks {
    pub(crate) fn of(paragraph: &str) -> QuoteMarks {
        let spans = quotations(paragraph)
            .iter()
            .filter(Quotation::is_closed)
            .map(|q| q.words())
            .collect();
        QuoteMarks { spans }
    }

    /// Is byte `at` inside a quotation that opened earlier and closes later in this paragraph?
    ///
    /// Only closed quotations count, so an unbalanced quote never glues the rest of a paragraph
    /// together (see [`quotation`] for how marks are read).
    pub(crate) fn encloses(&self, at: usize) -> bool {
        let after = self.spans.partition_point(|span| span.start <= at);
        after > 0 && at <= self.spans[after - 1].end
    }
}

#[cfg(test)]
mod tests;
