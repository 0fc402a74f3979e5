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
//! Spans exclude surrounding whitespace and never cross a paragraph break.

use std::ops::Range;

use crate::ingest::Article;
use crate::lexicon::{
    is_abbreviation, is_month_abbreviation, is_name_abbreviation, is_quote_verb, is_time_zone,
    is_weekday,
};

mod quotation;
pub(crate) use quotation::{Quotation, Style, quotations};

/// One sentence: its position in the article and its byte span in [`crate::Article::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sentence {
    pub index: usize,
    pub start: usize,
    pub end: usize,
}

impl Sentence {
    pub fn text<'a>(&self, article_text: &'a str) -> &'a str {
        &article_text[self.start..self.end]
    }

    pub fn span(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// An article with its sentences: what every stage after segmentation works on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub article: Article,
    pub sentences: Vec<Sentence>,
}

impl Document {
    pub fn new(article: Article) -> Document {
        let sentences = segment(&article.text);
        Document { article, sentences }
    }

    pub fn sentence_text(&self, index: usize) -> &str {
        self.sentences[index].text(&self.article.text)
    }

    pub fn sentence_texts(&self) -> Vec<&str> {
        self.sentences
            .iter()
            .map(|s| s.text(&self.article.text))
            .collect()
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
    let mut spans = Vec::new();
    for paragraph in paragraphs(text) {
        let body = &text[paragraph.clone()];
        let pieces: Vec<Range<usize>> = sentencex::get_sentence_boundaries("en", body)
            .into_iter()
            .filter_map(|b| trim_span(body, b.start_byte..b.end_byte))
            .collect();
        for piece in merge_false_splits(body, pieces) {
            spans.push(piece.start + paragraph.start..piece.end + paragraph.start);
        }
    }
    spans
        .into_iter()
        .enumerate()
        .map(|(index, span)| Sentence {
            index,
            start: span.start,
            end: span.end,
        })
        .collect()
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
fn merge_false_splits(paragraph: &str, pieces: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let quotes = QuoteMarks::of(paragraph);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(pieces.len());
    for piece in pieces {
        match merged.last_mut() {
            Some(previous)
                if is_false_split(paragraph, previous.clone(), piece.clone(), &quotes) =>
            {
                previous.end = piece.end;
            }
            _ => merged.push(piece),
        }
    }
    merged
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
            .into_iter()
            .filter(|q| q.close.is_some())
            .map(|q| q.words)
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
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        segment(text).iter().map(|s| s.text(text)).collect()
    }

    #[track_caller]
    fn check(text: &str, expected: &[&str]) {
        assert_eq!(sentences(text), expected, "segmenting {text:?}");
    }

    #[test]
    fn titles_do_not_end_sentences() {
        check(
            "The statement was read out. Ms. Okonjo-Iweala left without comment. Mr. Varga and Mrs. Lind followed.",
            &[
                "The statement was read out.",
                "Ms. Okonjo-Iweala left without comment.",
                "Mr. Varga and Mrs. Lind followed.",
            ],
        );
        check(
            "Dr. Amina Yusuf and Prof. Okafor briefed reporters. Gen. Mark Milley, Gov. Newsom and Sen. Warren attended. Rep. Ocasio-Cortez did not.",
            &[
                "Dr. Amina Yusuf and Prof. Okafor briefed reporters.",
                "Gen. Mark Milley, Gov. Newsom and Sen. Warren attended.",
                "Rep. Ocasio-Cortez did not.",
            ],
        );
        check(
            "Mourners gathered at St. Paul's Cathedral. The Rev. Al Sharpton and Lt. Col. Dana Price spoke.",
            &[
                "Mourners gathered at St. Paul's Cathedral.",
                "The Rev. Al Sharpton and Lt. Col. Dana Price spoke.",
            ],
        );
    }

    #[test]
    fn british_titles_without_full_stop() {
        check(
            "Mr Lukashenko has led Belarus since 1994. Ms Tikhanovskaya left for Lithuania.",
            &[
                "Mr Lukashenko has led Belarus since 1994.",
                "Ms Tikhanovskaya left for Lithuania.",
            ],
        );
    }

    #[test]
    fn junior_and_country_abbreviations() {
        check(
            "Martin Luther King Jr. was quoted by both sides. The U.S. and the U.K. condemned the vote. The U.N. Security Council met. The E.U. imposed sanctions.",
            &[
                "Martin Luther King Jr. was quoted by both sides.",
                "The U.S. and the U.K. condemned the vote.",
                "The U.N. Security Council met.",
                "The E.U. imposed sanctions.",
            ],
        );
    }

    #[test]
    fn times_of_day() {
        check(
            "Polls closed at 8 p.m. on Sunday. Results came at 6 a.m. Monday. Turnout was low.",
            &[
                "Polls closed at 8 p.m. on Sunday.",
                "Results came at 6 a.m. Monday.",
                "Turnout was low.",
            ],
        );
    }

    #[test]
    fn latin_abbreviations_and_numbers() {
        check(
            "Bread, flour, oil, etc. ran short. Staples, e.g. rice, were rationed. He wore No. 10 in the final. He scored twice.",
            &[
                "Bread, flour, oil, etc. ran short.",
                "Staples, e.g. rice, were rationed.",
                "He wore No. 10 in the final.",
                "He scored twice.",
            ],
        );
    }

    #[test]
    fn initials_in_names() {
        check(
            "Svetlana G. Tikhanovskaya spoke from exile. Tatiana Y. Revizore resigned. Yelena F. Kovalchuk, 55, went on strike.",
            &[
                "Svetlana G. Tikhanovskaya spoke from exile.",
                "Tatiana Y. Revizore resigned.",
                "Yelena F. Kovalchuk, 55, went on strike.",
            ],
        );
        check(
            "The letter was signed by J. R. Ewing. Officials declined to comment.",
            &[
                "The letter was signed by J. R. Ewing.",
                "Officials declined to comment.",
            ],
        );
    }

    #[test]
    fn month_abbreviations_before_days() {
        check(
            "The vote was held on Aug. 9 and the recount on Sept. 10. A runoff is set for Dec. 3. Observers were not invited.",
            &[
                "The vote was held on Aug. 9 and the recount on Sept. 10.",
                "A runoff is set for Dec. 3.",
                "Observers were not invited.",
            ],
        );
    }

    #[test]
    fn decimals_versions_and_percentages() {
        check(
            "The commission said he won 80.1% of the vote. Inflation hit 3.5 percent in Q2. Software version 2.4.1 was blamed.",
            &[
                "The commission said he won 80.1% of the vote.",
                "Inflation hit 3.5 percent in Q2.",
                "Software version 2.4.1 was blamed.",
            ],
        );
    }

    #[test]
    fn domain_like_names() {
        check(
            "According to Tut.by, the crowd filled the square. Shares in Amazon.com fell 3% on Friday.",
            &[
                "According to Tut.by, the crowd filled the square.",
                "Shares in Amazon.com fell 3% on Friday.",
            ],
        );
    }

    #[test]
    fn ellipses() {
        check(
            "The minister paused... Then he left the podium. The talks went on... and on.",
            &[
                "The minister paused...",
                "Then he left the podium.",
                "The talks went on... and on.",
            ],
        );
    }

    #[test]
    fn multi_sentence_quotes_stay_whole() {
        check(
            "He told workers: \"We held the election. Until you kill me, there will be no other election.\" The crowd booed.",
            &[
                "He told workers: \"We held the election. Until you kill me, there will be no other election.\"",
                "The crowd booed.",
            ],
        );
        check(
            "\u{201c}We had elections. Until you kill me, there will not be any more elections.\u{201d} He left by helicopter.",
            &[
                "\u{201c}We had elections. Until you kill me, there will not be any more elections.\u{201d}",
                "He left by helicopter.",
            ],
        );
        check(
            "\u{201c}My son is 23 years old. Every night, I am afraid,\u{201d} Kovalchuk said. Police did not respond.",
            &[
                "\u{201c}My son is 23 years old. Every night, I am afraid,\u{201d} Kovalchuk said.",
                "Police did not respond.",
            ],
        );
    }

    #[test]
    fn an_unclosed_quote_does_not_swallow_the_paragraph() {
        check(
            "The mayor called it \"a disgrace. Crews worked overnight. Power returned on Tuesday.",
            &[
                "The mayor called it \"a disgrace.",
                "Crews worked overnight.",
                "Power returned on Tuesday.",
            ],
        );
    }

    #[test]
    fn punctuation_inside_closing_quotes() {
        check(
            "\"It is over.\" Then he left. \u{201c}Is it over?\u{201d} she asked. \u{201c}Never!\u{201d} the crowd shouted. It was not.",
            &[
                "\"It is over.\"",
                "Then he left.",
                "\u{201c}Is it over?\u{201d} she asked.",
                "\u{201c}Never!\u{201d} the crowd shouted.",
                "It was not.",
            ],
        );
    }

    #[test]
    fn an_attribution_after_a_quoted_question_or_exclamation_stays_with_it() {
        check(
            "\"Who will pay for it?\" Warren asked. The crowd cheered.",
            &[
                "\"Who will pay for it?\" Warren asked.",
                "The crowd cheered.",
            ],
        );
        check(
            "\"Enough!\" Pavel Sokolov shouted. Police moved in.",
            &["\"Enough!\" Pavel Sokolov shouted.", "Police moved in."],
        );
        check(
            "\u{201c}Who pays?\u{201d} Sen. Elizabeth Warren asked on Tuesday. Nobody answered.",
            &[
                "\u{201c}Who pays?\u{201d} Sen. Elizabeth Warren asked on Tuesday.",
                "Nobody answered.",
            ],
        );
        check(
            "''Who will pay for it?'' he asked. The crowd cheered.",
            &["''Who will pay for it?'' he asked.", "The crowd cheered."],
        );
        check(
            "\u{2018}Who will pay for it?\u{2019} she asked. The crowd cheered.",
            &[
                "\u{2018}Who will pay for it?\u{2019} she asked.",
                "The crowd cheered.",
            ],
        );
        // A new sentence after a quoted question is no attribution.
        check(
            "\"Is it over?\" The crowd roared. Police moved in.",
            &["\"Is it over?\"", "The crowd roared.", "Police moved in."],
        );
    }

    #[test]
    fn double_apostrophes_and_single_quotes_hold_a_quotation_together() {
        check(
            "''We held the election. We won,'' Mr. Holtz-Eakin said. It was over.",
            &[
                "''We held the election. We won,'' Mr. Holtz-Eakin said.",
                "It was over.",
            ],
        );
        check(
            "``We held the election. We won,'' he said. It was over.",
            &["``We held the election. We won,'' he said.", "It was over."],
        );
        check(
            "\u{2018}We held the election. We won,\u{2019} she said. It was over.",
            &[
                "\u{2018}We held the election. We won,\u{2019} she said.",
                "It was over.",
            ],
        );
        check(
            "'We held the election. We won,' she said. It was over.",
            &["'We held the election. We won,' she said.", "It was over."],
        );
        // Apostrophes never hold sentences together.
        check(
            "The workers' union met. The bosses' lawyers left. It was the '90s again.",
            &[
                "The workers' union met.",
                "The bosses' lawyers left.",
                "It was the '90s again.",
            ],
        );
    }

    #[test]
    fn question_and_exclamation_marks() {
        check(
            "Could Russia intervene? Nobody in Minsk knows! Crowds gathered again.",
            &[
                "Could Russia intervene?",
                "Nobody in Minsk knows!",
                "Crowds gathered again.",
            ],
        );
    }

    #[test]
    fn paragraph_breaks_always_end_a_sentence() {
        check(
            "Protesters gather near the memorial\n\nThe rally began at noon. It ended peacefully.",
            &[
                "Protesters gather near the memorial",
                "The rally began at noon.",
                "It ended peacefully.",
            ],
        );
        // One paragraph per line, as scraped text often is.
        check(
            "Flood waters rise in Dhaka\nThousands were evacuated on Sunday.\nMore rain is forecast",
            &[
                "Flood waters rise in Dhaka",
                "Thousands were evacuated on Sunday.",
                "More rain is forecast",
            ],
        );
        // With blank lines present, single newlines are soft wraps inside a paragraph.
        check(
            "The strike spread to state television\non Monday, staff said.\n\nNew paragraph here.",
            &[
                "The strike spread to state television\non Monday, staff said.",
                "New paragraph here.",
            ],
        );
    }

    #[test]
    fn a_quote_never_spans_a_paragraph_break() {
        check(
            "\u{201c}We will not go home. We will stay.\n\n\u{201c}They cannot arrest us all,\u{201d} she said.",
            &[
                "\u{201c}We will not go home.",
                "We will stay.",
                "\u{201c}They cannot arrest us all,\u{201d} she said.",
            ],
        );
    }

    #[test]
    fn dateline_and_em_dashes() {
        check(
            "MINSK, Belarus \u{2014} President Alexander Lukashenko spoke on Monday. Workers jeered \u{2014} loudly.",
            &[
                "MINSK, Belarus \u{2014} President Alexander Lukashenko spoke on Monday.",
                "Workers jeered \u{2014} loudly.",
            ],
        );
    }

    #[test]
    fn spans_index_the_original_text_and_exclude_whitespace() {
        let text = "  First one.   Second one?\r\n\r\n\u{201c}Third,\u{201d} she said.  ";
        for sentence in segment(text) {
            let slice = sentence.text(text);
            assert_eq!(slice, slice.trim());
            assert!(!slice.is_empty());
        }
        assert_eq!(
            sentences(text),
            [
                "First one.",
                "Second one?",
                "\u{201c}Third,\u{201d} she said."
            ]
        );
        let indexes: Vec<usize> = segment(text).iter().map(|s| s.index).collect();
        assert_eq!(indexes, [0, 1, 2]);
    }
}
