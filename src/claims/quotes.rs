//! Quotes: finds the direct quotations of an article and who said them.
//!
//! Takes a [`Document`]; hands on [`Quote`]s: the byte spans of the quoted words (without the
//! quote marks), whether the quote is a short fragment inside a sentence (`a "national
//! leader"`), whether it never closed, and its [`Speaker`] or none.
//!
//! The quotations themselves are found by the `marks` submodule from the marks read by
//! `crate::segment` (double marks, `''`, single marks used as primary quotes; an apostrophe,
//! `don't`, `Lukashenko’s`, never opens or closes one), and a quote left open at the end of its
//! paragraph ends there, marked unclosed, unless the next paragraph opens with a quote mark.
//!
//! This module decides who said each quote, trying in this order: right after it (`"...,"
//! Kovalchuk said`, `"...," said Tatiana Y. Revizore`, `"...," the Kremlin said`); before it in
//! its sentence (`He told the BBC: "..."`, `she said she was ready to become a "national
//! leader"`, `according to Tut.by, ... was "..."`, `telling workers: "..."` takes the sentence's
//! subject); a previous sentence ending in a colon; a short attribution paragraph after a quote
//! paragraph (`Kovalchuk said.`); and for a quote that opens a sentence with none of these, the
//! speaker of the quote just before it (a follow-up quote). The phrases are read by
//! [`super::attribution`], shared with figures' sources; here a phrase becomes a [`Speaker`]:
//! pronouns resolve through [`People`], names to the fullest name the article gives. An
//! attribution with no name (`"...," said .`) gives no speaker: never a guess.

use std::ops::Range;

use super::attribution::{Attribution, addressee, after_quote, before_quote};
use super::spans::QuotedSpans;
use super::speakers::People;
use super::tokens::is_letter_or_digit;
use crate::lexicon::{
    is_determiner, is_indefinite_determiner, is_person_pronoun, is_quote_verb, is_scare_marker,
    is_speakerless_word, is_speaking_group,
};
use crate::segment::{Document, paragraphs};

mod interrupted;
mod marks;

use interrupted::{Attributed, Joiner};

/// Who said a quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// The fullest name the article gives ("Alexander Lukashenko"), or the institution or
    /// group as written ("the Kremlin", "workers").
    pub name: String,
    /// The words in the text that attribute the quote: a name, a pronoun, an institution.
    pub span: Range<usize>,
    pub kind: SpeakerKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeakerKind {
    Person,
    /// An institution, country or group: "the Kremlin", "the UK", "police", "workers".
    Institution,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Byte spans of the quoted words, one per paragraph the quote runs over or per piece
    /// either side of an attribution that interrupts it; held as runs.
    pub parts: QuotedSpans,
    /// The sentence where the quote starts.
    pub sentence: usize,
    /// A few words quoted inside a sentence of the writer's own (`the "fraudulent" election`).
    pub fragment: bool,
    /// The quote never closed; it ends at the end of its paragraph.
    pub unclosed: bool,
    pub speaker: Option<Speaker>,
}

impl Quote {
    pub fn start(&self) -> usize {
        self.parts.first().map_or(0, |part| part.start)
    }

    pub fn end(&self) -> usize {
        self.parts.last().map_or(0, |part| part.end)
    }

    /// The quoted words. Pieces of a quote running over paragraphs are joined by a space; the
    /// pieces either side of an attribution that interrupts it by an ellipsis, as a reader
    /// would mark the words left out ("We will win, … And we will win big.").
    pub fn text(&self, article_text: &str) -> String {
        self.words(article_text).to_string()
    }

    /// The quoted words as [`Quote::text`] gives them, written from the spans as they are
    /// displayed: a renderer streams them into its output rather than building a copy first
    /// (a quotation joined from 150,000 pieces is megabytes: issue 16).
    pub fn words<'a>(&'a self, article_text: &'a str) -> QuoteWords<'a> {
        QuoteWords {
            quote: self,
            article_text,
        }
    }
}

/// A quote's words, displayed from its spans of the article ([`Quote::words`]).
pub struct QuoteWords<'a> {
    quote: &'a Quote,
    article_text: &'a str,
}

impl std::fmt::Display for QuoteWords<'_> {
    fn fmt(&self, out: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = self.article_text;
        let mut previous_end: Option<usize> = None;
        for part in self.quote.parts.iter() {
            if let Some(end) = previous_end {
                let interrupted = text[end..part.start].chars().any(is_letter_or_digit);
                out.write_str(if interrupted { " \u{2026} " } else { " " })?;
            }
            out.write_str(&text[part.clone()])?;
            previous_end = Some(part.end);
        }
        Ok(())
    }
}

/// Finds the quotations of a document, with their speakers.
///
/// The quotes are read one at a time in the order they start, and only the few still read are
/// held: the last three attributed (a follow-up quote looks that far back), the quotation being
/// joined, and those kept. A paragraph of mixed marks is a quote every few bytes, nearly all of
/// them fragments nobody said, and holding them all with their attributions was 80x the input
/// (issue 16). What each quote is read against is what it was read against when all were held.
pub fn extract(document: &Document, people: &People) -> Vec<Quote> {
    // An article whose every sentence was set aside (a copyright line run into a quote) has no
    // sentence for a quote to belong to, and no story to quote: found by fuzzing.
    if document.sentences.is_empty() {
        return Vec::new();
    }
    let text = &document.article.text;
    let spans = quoted_spans(text);
    let paragraphs = paragraphs(text);
    let paragraph_of = |at: usize| paragraphs.partition_point(|p| p.end < at);
    let sentence_of = |at: usize| document.sentences.partition_point(|s| s.span().end < at);
    let mut recent: Vec<Quote> = Vec::with_capacity(FOLLOW_UP_REACH);
    let mut joiner = Joiner::default();
    let mut kept = Vec::new();
    // A few words in quote marks that nobody is said to have said are no statement: a title
    // ("The Long Night"), a slogan on a banner, scare quotes ("the so-called 'reform'"),
    // markup.
    let keep = |(mut quote, attributed): (Quote, Attributed)| {
        if quote.fragment && (attributed == Attributed::Nobody || is_labelled(text, &quote)) {
            return None;
        }
        // Kept for the whole run: a quotation joined from thousands of pieces gives back the
        // slack its list of parts grew by.
        quote.parts.shrink_to_fit();
        Some(quote)
    };
    marks::each_quote(text, |mut quote| {
        // The spans are those of the statements, each quote's own (no two start at one byte):
        // the titles and cited works they leave out need not be read for again.
        if !spans.has(&(quote.start()..quote.end())) {
            return;
        }
        quote.fragment = marks::is_fragment(text, &quote);
        quote.sentence = document
            .sentences
            .partition_point(|s| s.span().end <= quote.start())
            .min(document.sentences.len().saturating_sub(1));
        let (speaker, attributed) = attribute(document, people, &quote, &recent, &spans);
        quote.speaker = speaker;
        if recent.len() == FOLLOW_UP_REACH {
            recent.remove(0);
        }
        recent.push(quote.clone());
        kept.extend(
            joiner
                .push(text, quote, attributed, paragraph_of, sentence_of)
                .and_then(keep),
        );
    });
    kept.extend(joiner.finish().and_then(keep));
    kept
}

/// Where the quotes of `text` lie, held as runs: every statement's (titles and cited works left
/// out), found before any is attributed, as a name inside a later quotation is no one a pronoun
/// means either.
fn quoted_spans(text: &str) -> QuotedSpans {
    let mut spans = QuotedSpans::default();
    marks::each_quote(text, |quote| {
        if marks::is_statement(text, &quote) {
            spans.push(quote.start()..quote.end());
        }
    });
    spans
}

/// Quotes back a follow-up quote looks for the one it follows (and the quotes held for it).
const FOLLOW_UP_REACH: usize = 3;

/// Reads the speaker of `quote`, given the quotes before it, as attributed (`recent`, the last
/// [`FOLLOW_UP_REACH`] at most, in order).
fn attribute(
    document: &Document,
    people: &People,
    quote: &Quote,
    recent: &[Quote],
    spans: &QuotedSpans,
) -> (Option<Speaker>, Attributed) {
    let text = &document.article.text;
    let end_sentence = document
        .sentences
        .partition_point(|s| s.span().end < quote.end())
        .min(document.sentences.len() - 1);
    let start_sentence = document.sentences[quote.sentence].span();
    let last_sentence = document.sentences[end_sentence].span();
    let opening = marks::trim_opening_marks_end(&text[..quote.start()]).len();
    // Attributions sit next to their quote; reading at most ATTRIBUTION_REACH bytes either side
    // keeps a paragraph-long sentence full of quotes from being read once per quote.
    let before_start = start_sentence
        .start
        .min(opening)
        .max(opening.saturating_sub(ATTRIBUTION_REACH));
    let before = word_start(text, before_start)..opening;
    let closing = marks::after_closing_mark(text, quote.end());
    let after_end = last_sentence
        .end
        .min(closing.saturating_add(ATTRIBUTION_REACH));
    let after_start = closing.min(last_sentence.end);
    let after = after_start..word_end(text, after_end.max(after_start)).min(last_sentence.end);
    // "“...,” said Petrilli. “...,” he said.": the speaker of a quote just before, in the same
    // paragraph, is who "he" most likely means.
    let previous = recent
        .last()
        .filter(|previous| !text[previous.end().min(quote.start())..quote.start()].contains('\n'))
        .and_then(|previous| Some((previous.end(), previous.speaker.as_ref()?)))
        .filter(|(_, speaker)| speaker.kind == SpeakerKind::Person);
    let resolve = |phrase: Option<Range<usize>>| {
        phrase.and_then(|p| to_speaker(text, people, p, spans, previous))
    };

    // 1. Right after the quote: "...," X said / "...," said X
    match after_quote(text, after.clone()) {
        Attribution::Found(phrase) => return (resolve(Some(phrase)), Attributed::After),
        Attribution::Anonymous => return (None, Attributed::After),
        Attribution::None => {}
    }
    // 2. Before it in its sentence: X said: "..." / X said she was "..."
    match before_quote(text, before.clone(), people) {
        Attribution::Found(phrase) => return (resolve(Some(phrase)), Attributed::Before),
        Attribution::Anonymous => return (None, Attributed::Before),
        Attribution::None => {}
    }
    let opens_sentence = text[before.clone()].trim().is_empty();
    if !opens_sentence {
        return (None, Attributed::Nobody);
    }
    // 3. The sentence before ends with a colon: "Mr Smith told reporters:" / "...": or, in
    // the same paragraph, with its speech verb: "Dianne Bystrom agreed. "..."".
    if quote.sentence > 0 {
        let previous = document.sentences[quote.sentence - 1].span();
        let body = text[previous.clone()].trim_end();
        let verb_last = body.strip_suffix('.').is_some_and(|rest| {
            let last = rest.rsplit(char::is_whitespace).next().unwrap_or("");
            is_quote_verb(&last.to_lowercase())
        }) && !text[previous.end.min(quote.start())..quote.start()].contains('\n')
            // A sentence holding a quote of its own hands on its speaker through rule 5 (any
            // marks: `"`, `''`, single marks).
            && recent.last().is_none_or(|q| q.end() <= previous.start);
        // The colon stays in the range read: with no speech verb, it hands the quote to the
        // sentence's first person ("As Joel Pollak reported after the raid:").
        let read = previous.start..previous.start + body.len() - usize::from(verb_last);
        if (body.ends_with(':') || verb_last)
            && let Attribution::Found(phrase) = before_quote(text, read, people)
        {
            return (resolve(Some(phrase)), Attributed::Around);
        }
    }
    // 4. A short attribution paragraph right after: "Kovalchuk said."
    if let Some(next) = document.sentences.get(end_sentence + 1) {
        let body = next.text(text);
        let next = next.span();
        let between = &text[quote.end()..next.start];
        // Only a paragraph that is nothing but the attribution ("Kovalchuk said.").
        let bare = body.split_whitespace().count() <= 4
            && body.split_whitespace().any(|w| {
                let word = w.trim_end_matches(['.', ',']).to_lowercase();
                is_quote_verb(&word)
            });
        if between.contains('\n')
            && bare
            && let Attribution::Found(phrase) = after_quote(text, next.start..next.end)
        {
            return (resolve(Some(phrase)), Attributed::Around);
        }
    }
    // 5. A follow-up quote: the previous quote ended in the sentence just before.
    // A fragment between ("who noted prices had "cratered"") is no quote a follow-up goes on.
    let previous = recent
        .iter()
        .rev()
        .take(FOLLOW_UP_REACH)
        .find(|previous| !previous.fragment);
    if let Some(previous) = previous
        && !quote.fragment
    {
        let previous_sentence = document
            .sentences
            .partition_point(|s| s.span().end < previous.end())
            .min(document.sentences.len() - 1);
        if previous_sentence + 1 == quote.sentence || previous_sentence == quote.sentence {
            // "“...?” the moderator asked Sen. Tim Scott. “I did.”": the answer is the one asked.
            let between = previous.end().min(quote.start())..quote.start();
            let question = text[..previous.end()]
                .trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}'])
                .ends_with('?');
            if question
                && between.len() <= ATTRIBUTION_REACH
                && let Some(asked) = addressee(text, between)
            {
                return (resolve(Some(asked)), Attributed::FollowUp);
            }
            return (previous.speaker.clone(), Attributed::FollowUp);
        }
    }
    (None, Attributed::Nobody)
}

/// Bytes around a quote read for its attribution.
const ATTRIBUTION_REACH: usize = 600;

/// The start of the word holding byte `at`, looked for at most [`LONGEST_WORD`] bytes back: a
/// text without spaces (a run of marks) is cut where the reach ends, not read to its start.
fn word_start(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let mut floor = at.saturating_sub(LONGEST_WORD);
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    text[floor..at]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(if floor == 0 { 0 } else { at }, |(i, c)| {
            floor + i + c.len_utf8()
        })
}

/// The end of the word holding byte `at`, looked for at most [`LONGEST_WORD`] bytes on.
fn word_end(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    let mut ceiling = (at + LONGEST_WORD).min(text.len());
    while !text.is_char_boundary(ceiling) {
        ceiling -= 1;
    }
    text[at..ceiling]
        .find(char::is_whitespace)
        .map_or(if ceiling == text.len() { ceiling } else { at }, |i| at + i)
}

/// "The Kremlin" or "A council spokesman" opening a sentence is "the Kremlin", "a council
/// spokesman" anywhere else: the determiner in lower case, as a speaker is named mid-sentence.
fn lower_case_opener(words: &str) -> String {
    for (capital, lower) in [
        ("The ", "the "),
        ("A ", "a "),
        ("An ", "an "),
        ("One ", "one "),
    ] {
        if let Some(rest) = words.strip_prefix(capital) {
            return format!("{lower}{rest}");
        }
    }
    words.to_string()
}

/// "a spokeswoman for X", "an aide to X": an unnamed person described by whom they work for.
fn speaks_for_someone(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    let role_for = |k: usize| words.len() > k + 2 && matches!(words[k + 1], "for" | "to");
    // "a spokeswoman for X", "lawyers for X"; "Sen. Alan Pierce's spokeswoman".
    let possessor_role = words.len() >= 2 && {
        let owner = words[words.len() - 2];
        owner.ends_with("'s") || owner.ends_with("\u{2019}s")
    };
    (is_indefinite_determiner(words.first().copied().unwrap_or("")) && role_for(1))
        || (words.first().is_some_and(|w| w.ends_with('s')) && role_for(0))
        || possessor_role
}

/// A fragment right after a word that marks it as a label: the so-called "reform".
fn is_labelled(text: &str, quote: &Quote) -> bool {
    let before = marks::words_before(text, quote.start());
    let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
    is_scare_marker(&last.to_lowercase())
}

/// The longest word read whole at the edge of an attribution window.
const LONGEST_WORD: usize = 64;

/// "a resident", "an officer", "one witness": someone the article does not name.
pub fn is_indefinite(name: &str) -> bool {
    let first = name.split_whitespace().next().unwrap_or("").to_lowercase();
    let last = name.split_whitespace().next_back().unwrap_or("");
    is_indefinite_determiner(&first) && last.starts_with(char::is_lowercase)
}

/// Turns a speaker phrase into a speaker: a pronoun resolved to the person it means, a person's
/// fullest name, or an institution or group as written.
fn to_speaker(
    text: &str,
    people: &People,
    phrase: Range<usize>,
    quotes: &QuotedSpans,
    previous: Option<(usize, &Speaker)>,
) -> Option<Speaker> {
    let words = &text[phrase.clone()];
    let lower = words.to_lowercase();
    // "a Bukit Sama village resident": an unnamed person described, not a name inside it; "a
    // spokeswoman for Sen. Alan Pierce": the one who speaks for him, not he.
    if (is_indefinite(words) || speaks_for_someone(&lower)) && words.split_whitespace().count() >= 2
    {
        // Named by the head of the phrase: "a witness, who asked not to be named" is "a witness".
        let head = words[..words.find([',', '(', ';']).unwrap_or(words.len())].trim_end();
        return Some(Speaker {
            name: lower_case_opener(head),
            span: phrase.start..phrase.start + head.len(),
            kind: SpeakerKind::Institution,
        });
    }
    if is_person_pronoun(&lower) {
        // The previous quote's speaker, unless someone else who may be meant came between.
        if let Some((_, previous)) = previous.filter(|(end, p)| {
            people.may_be(&p.name, &lower)
                && !people.other_between(*end..phrase.start, &p.name, &lower, quotes)
        }) {
            return Some(Speaker {
                span: phrase,
                ..previous.clone()
            });
        }
        let mention = people.antecedent(phrase.start, &lower, quotes)?;
        return Some(Speaker {
            name: people.name(mention).to_string(),
            span: phrase,
            kind: SpeakerKind::Person,
        });
    }
    // "they said" after "The protesters blocked traffic": the group, as written.
    if lower == "they" {
        let name = people.group_before(text, phrase.start, quotes)?;
        return Some(Speaker {
            name,
            span: phrase,
            kind: SpeakerKind::Institution,
        });
    }
    if is_speakerless_word(&lower) {
        return None;
    }
    // "the attorney general said" after "Attorney General Leon Marsh": the one of that role.
    if let Some(name) = people.by_role(words, phrase.start) {
        return Some(Speaker {
            name: name.to_string(),
            span: phrase,
            kind: SpeakerKind::Person,
        });
    }
    if let Some(mention) = people.person_in(&phrase) {
        return Some(Speaker {
            name: people.name(mention).to_string(),
            span: phrase,
            kind: SpeakerKind::Person,
        });
    }
    // A single capitalised word known as a surname ("Kovalchuk said").
    let last = lower.split_whitespace().next_back().unwrap_or("");
    let last = last.trim_end_matches("\u{2019}s").trim_end_matches("'s");
    if let Some(full) = people.by_surname(last, phrase.start) {
        return Some(Speaker {
            name: full.to_string(),
            span: phrase,
            kind: SpeakerKind::Person,
        });
    }
    // An institution is named by the head of its phrase: "the ministry, which oversees ...".
    let head_end = words
        .find([',', '(', ';'])
        .or_else(|| words.find(" who "))
        .unwrap_or(words.len());
    let words = words[..head_end].trim_end();
    let phrase = phrase.start..phrase.start + words.len();
    let lower = words.to_lowercase();
    let first = lower.split_whitespace().next().unwrap_or("");
    let institution = words
        .split_whitespace()
        .any(|w| w.starts_with(char::is_uppercase))
        || lower.split_whitespace().any(is_speaking_group)
        || (is_determiner(first) && words.split_whitespace().count() >= 2);
    let name = lower_case_opener(words);
    institution.then_some(Speaker {
        name,
        span: phrase,
        kind: SpeakerKind::Institution,
    })
}

#[cfg(test)]
mod corpus;
#[cfg(test)]
mod speaker_tests;
#[cfg(test)]
mod tests;
