//! Quotes: finds the direct quotations of an article and who said them.
//!
//! Takes a [`Document`]; hands on [`Quote`]s: the byte spans of the quoted words (without the
//! quote marks), whether the quote is a short fragment inside a sentence (`a "national
//! leader"`), whether it never closed, and its [`Speaker`] or none.
//!
//! Only double quotes (straight `"` or curly `“ ”`) delimit quotations, so an apostrophe
//! (`don't`, `Lukashenko’s`, `the channels’ shows`, `'90s`) never opens or closes one, and single
//! quotes inside a quotation stay part of its words. A quote that does not close by the end of
//! its paragraph continues if the next paragraph opens with a quote mark (the convention for
//! quotes running over paragraphs), and otherwise ends there, marked unclosed, so an unbalanced
//! mark never swallows the rest of the article.
//!
//! Speakers are read from the words around the quote, in this order: right after it (`"...,"
//! Kovalchuk said`, `"...," said Tatiana Y. Revizore`, `"...," the Kremlin said`); before it in
//! its sentence (`He told the BBC: "..."`, `she said she was ready to become a "national
//! leader"`, `according to Tut.by, ... was "..."`, `telling workers: "..."` takes the sentence's
//! subject); a previous sentence ending in a colon; a short attribution paragraph after a quote
//! paragraph (`Kovalchuk said.`); and for a quote that opens a sentence with none of these, the
//! speaker of the quote just before it (a follow-up quote). Pronouns resolve through
//! [`People`]. An attribution with no name (`"...," said .`) gives no speaker: never a guess.

use std::ops::Range;

use super::speakers::People;
use super::tokens::{Token, TokenKind, tokenize};
use crate::lexicon::{
    is_determiner, is_person_pronoun, is_person_title, is_quote_participle, is_quote_verb,
    is_speaking_group, is_weekday,
};
use crate::segment::{Document, QuoteMark, paragraphs, quote_direction};

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
    /// Byte spans of the quoted words, one per paragraph the quote runs over.
    pub parts: Vec<Range<usize>>,
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
        self.parts[0].start
    }

    pub fn end(&self) -> usize {
        self.parts[self.parts.len() - 1].end
    }

    /// The quoted words; parts of a quote running over paragraphs are joined by a space.
    pub fn text(&self, article_text: &str) -> String {
        self.parts
            .iter()
            .map(|p| &article_text[p.clone()])
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Finds the quotations of a document, with their speakers.
pub fn extract(document: &Document, people: &People) -> Vec<Quote> {
    let text = &document.article.text;
    let mut quotes = find_quotes(text);
    for quote in &mut quotes {
        quote.sentence = document
            .sentences
            .partition_point(|s| s.end <= quote.start())
            .min(document.sentences.len().saturating_sub(1));
    }
    let spans: Vec<Range<usize>> = quotes.iter().map(|q| q.start()..q.end()).collect();
    for index in 0..quotes.len() {
        let speaker = attribute(document, people, &quotes, index, &spans);
        quotes[index].speaker = speaker;
    }
    quotes
}

/// The quotations of `text`, without speakers.
fn find_quotes(text: &str) -> Vec<Quote> {
    let paragraphs = paragraphs(text);
    let mut quotes = Vec::new();
    let mut carried: Vec<Range<usize>> = Vec::new();
    for (p, paragraph) in paragraphs.iter().enumerate() {
        let body = &text[paragraph.clone()];
        let marks: Vec<(usize, char, Option<QuoteMark>)> = body
            .char_indices()
            .filter(|(_, c)| {
                matches!(
                    c,
                    '"' | '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}'
                )
            })
            .map(|(i, c)| (paragraph.start + i, c, quote_direction(body, i, c)))
            .collect();
        let mut open: Option<usize> = None;
        for (position, c, direction) in marks {
            let after_mark = position + c.len_utf8();
            let opens = match direction {
                Some(QuoteMark::Open) => true,
                Some(QuoteMark::Close) => false,
                None => open.is_none(),
            };
            match (opens, open) {
                (true, None) => open = Some(after_mark),
                (true, Some(start)) => {
                    // A new opening mark before the last closed: the last one never closed.
                    push_quote(&mut quotes, &mut carried, text, start..position, true);
                    open = Some(after_mark);
                }
                (false, Some(start)) => {
                    push_quote(&mut quotes, &mut carried, text, start..position, false);
                    open = None;
                }
                (false, None) => {} // a stray closing mark
            }
        }
        if let Some(start) = open {
            let part = start..paragraph.end;
            let next_opens = paragraphs.get(p + 1).is_some_and(|next| {
                text[next.clone()].starts_with(['"', '\u{201c}', '\u{201e}', '\u{ab}'])
            });
            if next_opens {
                if let Some(part) = trim(text, part) {
                    carried.push(part);
                }
            } else {
                push_quote(&mut quotes, &mut carried, text, part, true);
            }
        } else if !carried.is_empty() {
            // The continuation never came: what was carried ends unclosed.
            let parts = std::mem::take(&mut carried);
            quotes.push(new_quote(parts, true));
        }
    }
    if !carried.is_empty() {
        quotes.push(new_quote(carried, true));
    }
    for quote in &mut quotes {
        quote.fragment = is_fragment(text, quote);
    }
    quotes
}

fn new_quote(parts: Vec<Range<usize>>, unclosed: bool) -> Quote {
    Quote {
        parts,
        sentence: 0,
        fragment: false,
        unclosed,
        speaker: None,
    }
}

fn push_quote(
    quotes: &mut Vec<Quote>,
    carried: &mut Vec<Range<usize>>,
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
fn is_fragment(text: &str, quote: &Quote) -> bool {
    let words = quote
        .parts
        .iter()
        .map(|p| text[p.clone()].split_whitespace().count())
        .sum::<usize>();
    let before = text[..quote.start()].trim_end_matches(['"', '\u{201c}', '\u{201e}', '\u{ab}']);
    let before = before.trim_end();
    let opens_sentence =
        before.is_empty() || before.ends_with(['.', '!', '?', ':', '\n', '\u{201d}', '"']);
    words <= 6 && !opens_sentence
}

/// Reads the speaker of quote `index`.
fn attribute(
    document: &Document,
    people: &People,
    quotes: &[Quote],
    index: usize,
    spans: &[Range<usize>],
) -> Option<Speaker> {
    let text = &document.article.text;
    let quote = &quotes[index];
    let end_sentence = document
        .sentences
        .partition_point(|s| s.end < quote.end())
        .min(document.sentences.len() - 1);
    let start_sentence = &document.sentences[quote.sentence];
    let last_sentence = &document.sentences[end_sentence];
    let opening = text[..quote.start()]
        .trim_end_matches(['"', '\u{201c}', '\u{201e}', '\u{ab}'])
        .len();
    // Attributions sit next to their quote; reading at most ATTRIBUTION_REACH bytes either side
    // keeps a paragraph-long sentence full of quotes from being read once per quote.
    let before_start = start_sentence
        .start
        .min(opening)
        .max(opening.saturating_sub(ATTRIBUTION_REACH));
    let before = word_start(text, before_start)..opening;
    let closing = text[quote.end()..]
        .char_indices()
        .find(|(_, c)| matches!(c, '"' | '\u{201d}' | '\u{bb}'))
        .map_or(quote.end(), |(i, c)| quote.end() + i + c.len_utf8());
    let after_end = last_sentence
        .end
        .min(closing.saturating_add(ATTRIBUTION_REACH));
    let after_start = closing.min(last_sentence.end);
    let after = after_start..word_end(text, after_end.max(after_start)).min(last_sentence.end);
    let resolve =
        |phrase: Option<Range<usize>>| phrase.and_then(|p| to_speaker(text, people, p, spans));

    // 1. Right after the quote: "...," X said / "...," said X
    match phrase_after(text, after.clone()) {
        Attribution::Found(phrase) => return resolve(Some(phrase)),
        Attribution::Anonymous => return None,
        Attribution::None => {}
    }
    // 2. Before it in its sentence: X said: "..." / X said she was "..."
    match phrase_before(text, before.clone(), people) {
        Attribution::Found(phrase) => return resolve(Some(phrase)),
        Attribution::Anonymous => return None,
        Attribution::None => {}
    }
    let opens_sentence = text[before.clone()].trim().is_empty();
    if !opens_sentence {
        return None;
    }
    // 3. The sentence before ends with a colon: "Mr Smith told reporters:" / "...":
    if quote.sentence > 0 {
        let previous = &document.sentences[quote.sentence - 1];
        let body = previous.text(text);
        if body.trim_end().ends_with(':')
            && let Attribution::Found(phrase) =
                phrase_before(text, previous.start..previous.end - 1, people)
        {
            return resolve(Some(phrase));
        }
    }
    // 4. A short attribution paragraph right after: "Kovalchuk said."
    if let Some(next) = document.sentences.get(end_sentence + 1) {
        let body = next.text(text);
        let between = &text[quote.end()..next.start];
        // Only a paragraph that is nothing but the attribution ("Kovalchuk said.").
        let bare = body.split_whitespace().count() <= 4
            && body.split_whitespace().any(|w| {
                let word = w.trim_end_matches(['.', ',']).to_lowercase();
                is_quote_verb(&word)
            });
        if between.contains('\n')
            && bare
            && let Attribution::Found(phrase) = phrase_after(text, next.start..next.end)
        {
            return resolve(Some(phrase));
        }
    }
    // 5. A follow-up quote: the previous quote ended in the sentence just before.
    if index > 0 && !quote.fragment {
        let previous = &quotes[index - 1];
        let previous_sentence = document
            .sentences
            .partition_point(|s| s.end < previous.end())
            .min(document.sentences.len() - 1);
        if previous_sentence + 1 == quote.sentence || previous_sentence == quote.sentence {
            return previous.speaker.clone();
        }
    }
    None
}

/// Bytes around a quote read for its attribution.
const ATTRIBUTION_REACH: usize = 600;

/// The start of the word holding byte `at`.
fn word_start(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    text[..at]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// The end of the word holding byte `at`.
fn word_end(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    text[at..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| at + i)
}

enum Attribution {
    /// The words that name the speaker.
    Found(Range<usize>),
    /// An attribution verb with no one named ("said .").
    Anonymous,
    None,
}

fn tokens_in(text: &str, range: Range<usize>) -> Vec<Token<'_>> {
    tokenize(&text[range.clone()])
        .into_iter()
        .map(|mut t| {
            t.start += range.start;
            t.end += range.start;
            t.text = &text[t.start..t.end];
            t
        })
        .collect()
}

fn is_speech_verb(token: &Token) -> bool {
    token.kind == TokenKind::Word && is_quote_verb(&token.lower())
}

/// A speech verb that really attributes words here: not the "called" of "so-called".
fn attributes(tokens: &[Token], k: usize) -> bool {
    is_speech_verb(&tokens[k]) && !(k > 0 && tokens[k].glued && tokens[k - 1].is_symbol("-"))
}

/// `, X said` or `, said X` right after a quote.
fn phrase_after(text: &str, range: Range<usize>) -> Attribution {
    let tokens = tokens_in(text, range);
    let mut k = 0;
    while tokens
        .get(k)
        .is_some_and(|t| t.kind == TokenKind::Symbol && t.is_symbol(",.!?\u{2014}-"))
    {
        k += 1;
    }
    if tokens.get(k).is_none() {
        return Attribution::None;
    }
    // said X
    if is_speech_verb(&tokens[k]) {
        let start = k + 1;
        let mut end = start;
        while end < tokens.len() && end - start < 8 {
            let t = &tokens[end];
            let initial_dot = t.is_symbol(".")
                && t.glued
                && end > start
                && tokens[end - 1].text.chars().count() == 1;
            if t.kind == TokenKind::Symbol && !initial_dot && !(t.is_symbol("-") && t.glued) {
                break;
            }
            end += 1;
        }
        return if end > start {
            Attribution::Found(tokens[start].start..tokens[end - 1].end)
        } else {
            Attribution::Anonymous
        };
    }
    // X said, X told the workers
    let start = k;
    let mut end = k;
    while end < tokens.len() && end - start < 9 && !is_speech_verb(&tokens[end]) {
        // Commas may set off an apposition ("the prosecutor, Hugo Lindqvist, told").
        let allowed =
            tokens[end].is_symbol(",") || (tokens[end].is_symbol(".") && tokens[end].glued);
        if tokens[end].kind == TokenKind::Symbol && !allowed {
            return Attribution::None;
        }
        end += 1;
    }
    if end < tokens.len() && is_speech_verb(&tokens[end]) && end > start {
        let mut last = end - 1;
        while last > start && tokens[last].is_symbol(",") {
            last -= 1;
        }
        return Attribution::Found(tokens[start].start..tokens[last].end);
    }
    Attribution::None
}

/// The speaker phrase of the nearest speech verb before a quote in its sentence.
fn phrase_before(text: &str, range: Range<usize>, people: &People) -> Attribution {
    let tokens = tokens_in(text, range);
    // according to X, ... "..."
    if let Some(k) = (0..tokens.len()).find(|&k| {
        tokens[k].is_word("according") && tokens.get(k + 1).is_some_and(|t| t.is_word("to"))
    }) {
        let start = k + 2;
        let mut end = start;
        while end < tokens.len() && !tokens[end].is_symbol(";") {
            if tokens[end].is_symbol(",") {
                // Go on past a comma only inside a description that has not reached its name
                // yet ("local, independent news site Tut.by").
                let named = tokens[start..end]
                    .iter()
                    .any(|t| t.text.starts_with(char::is_uppercase));
                let next_is_word = tokens.get(end + 1).is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && t.text.starts_with(char::is_lowercase)
                        && !is_determiner(&t.lower())
                });
                if named || !next_is_word {
                    break;
                }
            }
            end += 1;
        }
        if end > start {
            // The name at the end of the description is the speaker.
            let name_start = (start..end)
                .find(|&j| tokens[j].text.starts_with(char::is_uppercase))
                .unwrap_or(start);
            return Attribution::Found(tokens[name_start].start..tokens[end - 1].end);
        }
    }
    let Some(verb) = (0..tokens.len())
        .rev()
        .find(|&k| attributes(&tokens, k) || is_quote_participle(&tokens[k].lower()))
    else {
        // "Commander Aliyev read a statement: "...": a colon hands the quote to the person the
        // sentence names before it.
        let last = tokens.last();
        if last.is_some_and(|t| t.is_symbol(":"))
            && let Some(mention) = people.mentions.iter().find(|m| {
                m.span.start >= tokens[0].start && last.is_some_and(|t| m.span.end <= t.start)
            })
        {
            return Attribution::Found(mention.span.clone());
        }
        return Attribution::None;
    };
    if is_quote_participle(&tokens[verb].lower()) {
        // The participle's subject is the sentence's: its first person or subject phrase.
        let sentence_range = tokens.first().map_or(0, |t| t.start)..tokens[verb].start;
        if let Some(mention) = people
            .mentions
            .iter()
            .find(|m| m.span.start >= sentence_range.start && m.span.end <= sentence_range.end)
        {
            return Attribution::Found(mention.span.clone());
        }
        return Attribution::None;
    }
    match subject_before(&tokens, verb) {
        Some(range) => Attribution::Found(range),
        None => Attribution::None,
    }
}

/// The noun phrase right before a speech verb: "Mr Lukashenko", "The UK", "he", "US President
/// Donald Trump", skipping a relative clause ("Ms Tikhanovskaya, who left for Lithuania, insists").
fn subject_before(tokens: &[Token], verb: usize) -> Option<Range<usize>> {
    let mut end = verb;
    // X, who ..., said
    // X, the union leader, wrote
    if end > 0 && tokens[end - 1].is_symbol(",") {
        let opening = (0..end - 1).rev().find(|&k| tokens[k].is_symbol(","))?;
        let inside = &tokens[opening + 1..end - 1];
        let relative = inside
            .first()
            .is_some_and(|t| t.is_word("who") || t.is_word("which"));
        let apposition =
            inside.len() <= 8 && inside.first().is_some_and(|t| is_determiner(&t.lower()));
        if !(relative || apposition) {
            return None;
        }
        end = opening;
    }
    let mut start = end;
    while start > 0 && end - start < 6 {
        let t = &tokens[start - 1];
        let word = t.lower();
        let initial_dot = t.is_symbol(".")
            && t.glued
            && start >= 2
            && tokens[start - 2].text.chars().count() == 1;
        let part_of_name =
            t.kind == TokenKind::Word || initial_dot || (t.is_symbol("-") && t.glued);
        if !part_of_name
            || matches!(
                word.as_str(),
                "and"
                    | "but"
                    | "that"
                    | "as"
                    | "while"
                    | "when"
                    | "if"
                    | "since"
                    | "because"
                    | "however"
                    | "also"
            )
        {
            break;
        }
        // Stop at a verb-like lower-case word before the subject ("sought to defend").
        if start < end
            && t.kind == TokenKind::Word
            && t.text.starts_with(char::is_lowercase)
            && !matches!(word.as_str(), "the" | "a" | "an" | "of" | "to" | "for")
            && !is_speaking_group(&word)
            && !is_person_title(&word)
            && tokens[start].text.starts_with(char::is_uppercase)
        {
            break;
        }
        start -= 1;
    }
    // Leading prepositions and adverbs are not part of the subject ("On Monday the UK said").
    while start < end && opens_before_subject(&tokens[start].lower()) {
        start += 1;
    }
    (start < end).then(|| tokens[start].start..tokens[end - 1].end)
}

/// Prepositions, adverbs and weekdays that may open a sentence before its subject ("On Monday
/// the UK said").
fn opens_before_subject(word: &str) -> bool {
    matches!(word, "on" | "in" | "at" | "also" | "however" | "then") || is_weekday(word)
}

/// "a resident", "an officer", "one witness": someone the article does not name.
pub fn is_indefinite(name: &str) -> bool {
    let first = name.split_whitespace().next().unwrap_or("").to_lowercase();
    let last = name.split_whitespace().next_back().unwrap_or("");
    matches!(first.as_str(), "a" | "an" | "one" | "another") && last.starts_with(char::is_lowercase)
}

/// Turns a speaker phrase into a speaker: a pronoun resolved to the person it means, a person's
/// fullest name, or an institution or group as written.
fn to_speaker(
    text: &str,
    people: &People,
    phrase: Range<usize>,
    quotes: &[Range<usize>],
) -> Option<Speaker> {
    let words = &text[phrase.clone()];
    let lower = words.to_lowercase();
    // "a Bukit Sama village resident": an unnamed person described, not a name inside it.
    if is_indefinite(words) && words.split_whitespace().count() >= 2 {
        return Some(Speaker {
            name: words.to_string(),
            span: phrase,
            kind: SpeakerKind::Institution,
        });
    }
    if is_person_pronoun(&lower) {
        let mention = people.antecedent(phrase.start, quotes)?;
        return Some(Speaker {
            name: people.fullest(&mention.surname)?.to_string(),
            span: phrase,
            kind: SpeakerKind::Person,
        });
    }
    if matches!(
        lower.as_str(),
        "they" | "it" | "we" | "i" | "you" | "who" | "which"
    ) {
        return None;
    }
    if let Some(mention) = people.person_in(&phrase) {
        return Some(Speaker {
            name: people.fullest(&mention.surname)?.to_string(),
            span: phrase,
            kind: SpeakerKind::Person,
        });
    }
    // A single capitalised word known as a surname ("Kovalchuk said").
    let last = lower.split_whitespace().next_back().unwrap_or("");
    let last = last.trim_end_matches("\u{2019}s").trim_end_matches("'s");
    if let Some(full) = people.fullest(last) {
        return Some(Speaker {
            name: full.to_string(),
            span: phrase,
            kind: SpeakerKind::Person,
        });
    }
    let first = lower.split_whitespace().next().unwrap_or("");
    let institution = words
        .split_whitespace()
        .any(|w| w.starts_with(char::is_uppercase))
        || lower.split_whitespace().any(is_speaking_group)
        || (is_determiner(first) && words.split_whitespace().count() >= 2);
    // "The Kremlin" opening a sentence is "the Kremlin" anywhere else.
    let name = match words.strip_prefix("The ") {
        Some(rest) => format!("the {rest}"),
        None => words.to_string(),
    };
    institution.then_some(Speaker {
        name,
        span: phrase,
        kind: SpeakerKind::Institution,
    })
}

#[cfg(test)]
mod tests;
