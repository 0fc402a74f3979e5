//! Attribution: who says so. Takes a run of tokens (a sentence, or the words either side of a
//! quotation); hands on the token span of the phrase that attributes what is said: a figure's
//! source ("according to Tut.by", "unofficial estimates", "police said") to
//! [`super::context`], and a quote's speaker phrase (`"...," Kovalchuk said`, `He told the BBC:
//! "..."`) to [`super::quotes`], which turns it into a person or an institution through
//! [`People`].
//!
//! One place recognises attribution, so that improving it (quotes interrupted by their
//! attribution, pronouns, titles) is done once for figures and quotes. The recognisers shared by
//! both:
//! - [`subject_before`]: the subject phrase read backwards from a speech or source verb
//!   (`*the Interior Ministry* said`, `*Ms Tikhanovskaya*, who left for Lithuania, insisted`);
//! - [`according_to`]: the description after "according to" (`according to *local, independent
//!   news site Tut.by*`).
//!
//! Figure only: [`estimate_phrase`] ("*police* figures", "*an official* report"), gathered with
//! the others by [`figure_sources`]. Quote only: [`after_quote`] (`"...," said X`) and
//! [`before_quote`] (the nearest verb's subject, "according to", a participle's sentence subject,
//! a colon after a name).
//!
//! Where a figure's source and a quote's speaker are read differently today, the difference is a
//! named field of [`Reading`] ([`FIGURE`], [`QUOTE`]), never a second copy of a search: a figure's
//! source may be any phrase that gives figures ("police figures", "the organisers") read anywhere
//! in its sentence, while a speaker must be a person or an institution, read next to its quote.
//! The verb lists are two concepts (`quote_verbs.txt`, `source_verbs.txt`): `put` gives a figure
//! its source but quotes no one; `added` quotes but gives no figure.

use std::ops::Range;

use super::speakers::People;
use super::tokens::{Token, TokenKind, tokenize};
use crate::lexicon::{
    DURATION_UNITS, is_be_form, is_determiner, is_estimate_noun, is_estimate_stop,
    is_name_abbreviation, is_name_suffix, is_not_name, is_person_title, is_pronoun,
    is_quote_participle, is_quote_verb, is_source_verb, is_speaker_link, is_speaker_stop,
    is_speaking_group, is_stop_word, is_subject_opener, is_subject_stop, is_subordinator,
    is_verb_filler, is_weekday,
};

/// Tokens with the lower-case text of each beside them, computed once for all the searches.
pub struct Run<'r, 't> {
    pub tokens: &'r [Token<'t>],
    pub lower: &'r [std::borrow::Cow<'t, str>],
}

impl Run<'_, '_> {
    /// The full stop of an initial ("Tatiana Y. Revizore"): glued to a one-letter token.
    fn is_initial_dot(&self, k: usize) -> bool {
        let token = &self.tokens[k];
        token.is_symbol(".") && token.glued && k > 0 && self.tokens[k - 1].text.chars().count() == 1
    }

    /// The full stop of an abbreviated title or suffix inside a name ("Sen. Patty Murray",
    /// "Lt. Gov. Dan Patrick", "L. Brent Bozell Jr.").
    fn is_name_dot(&self, k: usize) -> bool {
        let token = &self.tokens[k];
        token.is_symbol(".")
            && token.glued
            && k > 0
            && (self.is_initial_dot(k)
                || is_name_abbreviation(self.tokens[k - 1].text)
                || is_name_suffix(&self.lower[k - 1]))
    }

    /// A parenthesised tag after a name ("(D-Calif.)", "(R-Ind.)"): the token after its
    /// closing bracket, when the bracket at `k` opens one of at most six tokens.
    fn skip_brackets(&self, k: usize) -> Option<usize> {
        if !self.tokens[k].is_symbol("(") {
            return None;
        }
        (k + 1..self.tokens.len().min(k + 8))
            .find(|&j| self.tokens[j].is_symbol(")"))
            .map(|j| j + 1)
    }

    /// A hyphen inside a word ("Ocasio-Cortez", "so-called").
    fn is_glued_hyphen(&self, k: usize) -> bool {
        self.tokens[k].is_symbol("-") && self.tokens[k].glued
    }

    /// "according" followed by "to".
    fn opens_according_to(&self, k: usize) -> bool {
        self.lower[k] == "according" && self.lower.get(k + 1).is_some_and(|w| w == "to")
    }

    /// Token `k` is a verb of `reading` that attributes here: not the "called" of "so-called".
    fn attributes(&self, k: usize, reading: &Reading) -> bool {
        self.tokens[k].kind == TokenKind::Word
            && (reading.is_verb)(&self.lower[k])
            && !(k > 0 && self.tokens[k].glued && self.tokens[k - 1].is_symbol("-"))
            // "the claims were", "his remarks": after an article or a possessive the word is a
            // noun ("that said" is a relative clause's verb).
            && !(k > 0
                && matches!(
                    &*self.lower[k - 1],
                    "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your"
                ))
    }

    fn has_capital(&self, range: Range<usize>) -> bool {
        self.tokens[range]
            .iter()
            .any(|t| t.text.starts_with(char::is_uppercase))
    }
}

/// How attribution is read for one kind of claim. Each field is a place where a figure's source
/// and a quote's speaker are read differently; the searches are shared.
pub struct Reading {
    /// The verbs that attribute.
    pub is_verb: fn(&str) -> bool,
    /// Most words of a subject phrase before its verb.
    subject_words: usize,
    /// A word that ends a subject phrase read backwards.
    ends_subject: fn(&str) -> bool,
    /// A subject may hold initials and hyphens ("Tatiana Y. Revizore", "Ocasio-Cortez") and
    /// lower-case words only where they link a name ("the", "of"); another lower-case word before
    /// a capitalised one is a verb that ends it ("sought to defend Lukashenko said").
    names_people: bool,
    /// "X, who ..., said" and "X, the union leader, wrote": the subject is read before a relative
    /// clause or an apposition.
    skips_apposition: bool,
    /// Leading prepositions, adverbs and weekdays are dropped ("On Monday the UK said").
    trims_openers: bool,
    /// Most tokens read after "according to": a figure's sentence runs on past its source into
    /// the figure's own words, a quote's run stops at the quote mark.
    according_reach: usize,
    /// A full stop not inside a word ("Tut.by") ends the description: a figure's run is a whole
    /// sentence, a quote's ends before the quote.
    stops_at_full_stop: bool,
}

/// A figure's source: any phrase that gives figures ("police figures", "the organisers").
pub const FIGURE: Reading = Reading {
    is_verb: is_source_verb,
    subject_words: 5,
    ends_subject: |word| is_subject_stop(word) || word.ends_with("ly"),
    names_people: false,
    skips_apposition: false,
    trims_openers: false,
    according_reach: 8,
    stops_at_full_stop: true,
};

/// A quote's speaker: a person or an institution that speaks.
pub const QUOTE: Reading = Reading {
    is_verb: is_quote_verb,
    subject_words: 6,
    ends_subject: is_speaker_stop,
    names_people: true,
    skips_apposition: true,
    trims_openers: true,
    according_reach: usize::MAX,
    stops_at_full_stop: false,
};

/// The description after "according to" at token `k` ("local, independent news site Tut.by"),
/// by token range.
pub fn according_to(run: &Run, k: usize, reading: &Reading) -> Option<Range<usize>> {
    let tokens = run.tokens;
    let start = k + 2;
    let mut end = start;
    while end < tokens.len() && end - start < reading.according_reach {
        let token = &tokens[end];
        let inner_dot = tokens
            .get(end + 1)
            .is_some_and(|t| t.glued && t.kind == TokenKind::Word);
        if token.is_symbol(";")
            || (reading.stops_at_full_stop && token.is_symbol(".") && !inner_dot)
        {
            break;
        }
        if token.is_symbol(",") {
            // Go on past a comma only inside a description that has not yet reached its name
            // ("local, independent news site Tut.by"); a determiner after the comma opens the
            // sentence's own words ("according to its analysis, the NLD has won").
            let next_is_word = tokens.get(end + 1).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && t.text.starts_with(char::is_lowercase)
                    && !is_determiner(&run.lower[end + 1])
            });
            if run.has_capital(start..end) || !next_is_word {
                break;
            }
        }
        end += 1;
    }
    (end > start).then_some(start..end)
}

/// The subject phrase of the verb at token `verb`, by token range: "police", "Mr Lukashenko",
/// "The UK", "he", "US President Donald Trump".
pub fn subject_before(run: &Run, verb: usize, reading: &Reading) -> Option<Range<usize>> {
    let tokens = run.tokens;
    let mut end = verb;
    // "Kasich has also broadly called for": auxiliaries and adverbs before the verb.
    while reading.names_people
        && end > 0
        && tokens[end - 1].kind == TokenKind::Word
        && tokens[end - 1].text.starts_with(char::is_lowercase)
        && (is_verb_filler(&run.lower[end - 1]) || run.lower[end - 1].ends_with("ly"))
    {
        end -= 1;
    }
    // X, who ..., said / X, the union leader, wrote
    if reading.skips_apposition && end > 0 && tokens[end - 1].is_symbol(",") {
        let opening = (0..end - 1).rev().find(|&k| tokens[k].is_symbol(","))?;
        let inside = opening + 1..end - 1;
        let first_inside = (!inside.is_empty()).then_some(inside.start);
        let relative =
            first_inside.is_some_and(|k| tokens[k].is_word("who") || tokens[k].is_word("which"));
        // "X, a former aide to Y and now the chairman of Z, said": a determiner phrase; or a
        // few words after a capitalised name ("Dana Whitcombe, the agency's chief executive,").
        let after_name = opening > 0 && tokens[opening - 1].text.starts_with(char::is_uppercase);
        let apposition = (inside.len() <= MOST_APPOSITION
            && first_inside.is_some_and(|k| is_determiner(&run.lower[k])))
            || (after_name && inside.len() <= MOST_APPOSITION);
        // "Mr. Trump, asked about the deaths of journalists, had said": a participle's aside.
        let participial = after_name
            && inside.len() <= MOST_APPOSITION
            && first_inside.is_some_and(|k| {
                let word = &*run.lower[k];
                tokens[k].text.starts_with(char::is_lowercase)
                    && (word.ends_with("ed") || word.ends_with("ing"))
            });
        // "Clinton, exasperated, responded": a word or two describing the speaker.
        let aside = inside.len() <= 2
            && tokens[inside.clone()]
                .iter()
                .all(|t| t.kind == TokenKind::Word && t.text.starts_with(char::is_lowercase));
        // "The chancellor, Rupert Hale, said": a role, then the name it is; "A spokeswoman for
        // Sen. Alan Pierce, Dana Whitfield, said": the role is someone else's, the name hers.
        let role_for_someone = (opening.saturating_sub(8)..opening).any(|j| {
            matches!(&*run.lower[j], "for" | "to")
                && j >= 2
                && is_determiner(&run.lower[j - 2])
                && tokens[j - 1].text.starts_with(char::is_lowercase)
        });
        let role_then_name = !inside.is_empty()
            && inside.len() <= 5
            && opening > 0
            && (tokens[opening - 1].text.starts_with(char::is_lowercase) || role_for_someone)
            && tokens[inside.clone()].iter().enumerate().all(|(j, t)| {
                t.text.starts_with(char::is_uppercase)
                    || run.is_initial_dot(inside.start + j)
                    || run.is_glued_hyphen(inside.start + j)
            });
        if role_then_name && reading.names_people {
            return Some(inside);
        }
        if !(relative || apposition || aside || participial) {
            return None;
        }
        end = opening;
    }
    // "Sen. Chris Murphy (D-Conn.) said": a party tag after the name is no part of it.
    if reading.names_people && end > 0 && tokens[end - 1].is_symbol(")") {
        end = (end.saturating_sub(8)..end - 1)
            .rev()
            .find(|&k| tokens[k].is_symbol("("))?;
    }
    // "Steven Ekovich, who noted that ...": the relative pronoun stands for the name before it.
    if reading.names_people
        && end >= 3
        && (run.lower[end - 1] == "who")
        && tokens[end - 2].is_symbol(",")
    {
        end -= 2;
    }
    // "A 45-year-old nurse who lost her job said": the subject is the phrase the relative clause
    // describes, never the clause.
    if reading.names_people
        && let Some(who) = (end.saturating_sub(8)..end)
            .rev()
            .find(|&k| run.lower[k] == "who" && !(k > 0 && tokens[k - 1].is_symbol(",")))
        && let Some(determiner) = (who.saturating_sub(8)..who)
            .rev()
            .find(|&k| is_determiner(&run.lower[k]))
        && (determiner..who).all(|k| !tokens[k].is_symbol(","))
    {
        return Some(determiner..who);
    }
    let mut start = end;
    while start > 0
        && end - start < reading.subject_words
        && extends_subject(run, start - 1, end, reading)
    {
        start -= 1;
    }
    if reading.trims_openers {
        while start < end && (is_subject_opener(&run.lower[start]) || is_weekday(&run.lower[start]))
        {
            start += 1;
        }
    }
    (start < end).then_some(start..end)
}

/// Token `k` belongs to a subject phrase that runs to token `end`.
fn extends_subject(run: &Run, k: usize, end: usize, reading: &Reading) -> bool {
    let token = &run.tokens[k];
    let word = &*run.lower[k];
    if !reading.names_people {
        return token.kind == TokenKind::Word && !(reading.ends_subject)(word);
    }
    let part_of_name =
        token.kind == TokenKind::Word || run.is_initial_dot(k) || run.is_glued_hyphen(k);
    // A verb-like lower-case word before the subject ("sought to defend").
    let verb_before_name = k + 1 < end
        && token.kind == TokenKind::Word
        && token.text.starts_with(char::is_lowercase)
        && !is_speaker_link(word)
        && !is_speaking_group(word)
        && !is_person_title(word)
        && run.tokens[k + 1].text.starts_with(char::is_uppercase);
    part_of_name && !(reading.ends_subject)(word) && !verb_before_name
}

/// The source phrase ending in an estimate noun at token `k`, by its first token: "unofficial
/// estimates", "police figures", "an official report".
pub fn estimate_phrase(run: &Run, k: usize) -> Option<usize> {
    if !is_estimate_noun(&run.lower[k]) || k == 0 {
        return None;
    }
    let mut start = k;
    while start > 0
        && run.tokens[start - 1].kind == TokenKind::Word
        && !is_estimate_stop(&run.lower[start - 1])
        && k - start < 3
    {
        start -= 1;
    }
    (start < k).then_some(start)
}

/// Every phrase of a sentence that gives a figure its source, as (token where it starts, token
/// range), in text order: "according to X", an estimate phrase, the subject of a source verb
/// (not a bare pronoun: "they said" names no source).
pub fn figure_sources(run: &Run) -> Vec<(usize, Range<usize>)> {
    let mut found: Vec<(usize, Range<usize>)> = Vec::new();
    for k in 0..run.tokens.len() {
        if run.opens_according_to(k) {
            found.extend(according_to(run, k, &FIGURE).map(|phrase| (k, phrase)));
            continue;
        }
        if let Some(start) = estimate_phrase(run, k) {
            found.push((start, start..k + 1));
            continue;
        }
        if (FIGURE.is_verb)(&run.lower[k])
            && let Some(subject) = subject_before(run, k, &FIGURE)
            && !found.iter().any(|(p, _)| *p == subject.start)
        {
            // Words are separated by spaces, so only a one-word subject can be a pronoun.
            let pronoun = subject.len() == 1 && is_pronoun(&run.lower[subject.start]);
            if !pronoun {
                found.push((subject.start, subject));
            }
        }
    }
    found.sort_by_key(|(position, _)| *position);
    found
}

/// What the words next to a quote say about its speaker.
pub enum Attribution {
    /// The words that name the speaker, by byte span.
    Found(Range<usize>),
    /// An attribution verb with no one named ("said .").
    Anonymous,
    None,
}

/// The tokens of `text[range]`, with spans into `text`, and their lower-case text.
fn tokens_in(text: &str, range: Range<usize>) -> (Vec<Token<'_>>, Vec<std::borrow::Cow<'_, str>>) {
    let tokens: Vec<Token> = tokenize(&text[range.clone()])
        .into_iter()
        .map(|mut t| {
            t.start += range.start;
            t.end += range.start;
            t.text = &text[t.start..t.end];
            t
        })
        .collect();
    let lower = tokens.iter().map(Token::lower_cow).collect();
    (tokens, lower)
}

/// `, X said` or `, said X` in `range`, right after a quote.
pub fn after_quote(text: &str, range: Range<usize>) -> Attribution {
    let (tokens, lower) = tokens_in(text, range);
    let run = Run {
        tokens: &tokens,
        lower: &lower,
    };
    let is_verb = |k: usize| tokens[k].kind == TokenKind::Word && (QUOTE.is_verb)(&lower[k]);
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
    // A headline's "'We will not back down': Whitmore defies unions": the name after the colon.
    if tokens[0].is_symbol(":")
        && let Some(name) = capitalised_run(&run, 1)
        && tokens
            .get(name.end)
            .is_some_and(|t| t.kind == TokenKind::Word)
    {
        return Attribution::Found(tokens[name.start].start..tokens[name.end - 1].end);
    }
    // "...," according to Sen. Mitchell Crane.
    if run.opens_according_to(k)
        && let Some(description) = according_to(&run, k, &QUOTE)
    {
        return named_in_description(&run, description);
    }
    // said X
    if is_verb(k) {
        let start = k + 1;
        let mut end = start;
        while end < tokens.len() && end - start < 12 {
            let t = &tokens[end];
            if t.kind == TokenKind::Symbol && !run.is_name_dot(end) && !run.is_glued_hyphen(end) {
                break;
            }
            end += 1;
        }
        // "Bozell Jr.": the suffix keeps its full stop even where the sentence ends.
        if end < tokens.len() && end > start && run.is_name_dot(end) {
            end += 1;
        }
        // "said one resident, Ana Costa": a role in lower case, then the name it is.
        if end > start
            && tokens.get(end).is_some_and(|t| t.is_symbol(","))
            && !run.has_capital(start..end)
            && let Some(name) = capitalised_run(&run, end + 1)
        {
            return Attribution::Found(tokens[name.start].start..tokens[name.end - 1].end);
        }
        return if end > start {
            Attribution::Found(tokens[start].start..tokens[end - 1].end)
        } else {
            Attribution::Anonymous
        };
    }
    // X said, X told the workers: X opens with a name, a pronoun, a determiner, a group
    // ("police") or words before a name ("union leader Maria Santos"), never with the writer's
    // own words ("is a fraud, critics say").
    let phrase_end = (k..tokens.len())
        .find(|&j| is_verb(j))
        .unwrap_or(tokens.len());
    // "...,'' as his father dreamed, Mr. Turry said": an aside opened by a subordinator, then
    // the name and its verb with nothing between.
    if is_subordinator(&lower[k])
        && let Some(comma) = (k..phrase_end).find(|&j| tokens[j].is_symbol(","))
        && comma + 1 < phrase_end
        && tokens[comma + 1].text.starts_with(char::is_uppercase)
        && !(comma + 1..phrase_end)
            .any(|j| tokens[j].kind == TokenKind::Symbol && !run.is_name_dot(j))
    {
        k = comma + 1;
    }
    let opener = &*lower[k];
    if tokens[k].text.starts_with(char::is_lowercase)
        && !(is_determiner(opener) || is_pronoun(opener) || is_speaking_group(opener))
        && (is_verb_filler(opener)
            || is_subordinator(opener)
            || is_speaker_stop(opener)
            || !run.has_capital(k..phrase_end))
    {
        return Attribution::None;
    }
    let start = k;
    let mut end = k;
    // Tokens before the first comma: the head of the phrase, an apposition may follow.
    let mut head = None;
    // Tokens of bracketed tags, not counted against the reach.
    let mut tags = 0;
    while end < tokens.len() && end - start < SPEAKER_REACH + tags && !is_verb(end) {
        if let Some(after) = run.skip_brackets(end) {
            tags += after - end;
            end = after;
            continue;
        }
        // Commas may set off an apposition ("the prosecutor, Hugo Lindqvist, told").
        let glued = tokens[end].glued;
        let allowed = tokens[end].is_symbol(",") || (tokens[end].is_symbol(".-'\u{2019}") && glued);
        if tokens[end].kind == TokenKind::Symbol && !allowed {
            return Attribution::None;
        }
        if tokens[end].is_symbol(",") && head.is_none() {
            head = Some(end - start - tags);
        }
        end += 1;
    }
    // A long phrase is a name and its apposition ("Thomas Greer III, an analyst at the
    // Brookings Institution, said"), not a clause of the writer's own.
    if end - start - tags > HEAD_REACH && head.is_none_or(|h| h > HEAD_REACH) {
        return Attribution::None;
    }
    if end < tokens.len() && is_verb(end) && end > start {
        // "Trump was asked": a passive question's subject is the one asked, not the asker.
        if is_be_form(&lower[end - 1]) && is_question_verb(&lower[end]) {
            return Attribution::Anonymous;
        }
        let mut last = end - 1;
        // "Braynard is quoted as saying": the auxiliaries before the verb are no name.
        while last > start
            && (tokens[last].is_symbol(",")
                || (tokens[last].text.starts_with(char::is_lowercase)
                    && is_verb_filler(&lower[last])))
        {
            last -= 1;
        }
        return Attribution::Found(tokens[start].start..tokens[last].end);
    }
    Attribution::None
}

/// The speaker an "according to" description names: from its first capitalised word ("local,
/// independent news site *Tut.by*", "Sen. *Mitchell Crane*"), with the "the" of an institution
/// ("*the State Department*"), without the sentence's closing full stop.
fn named_in_description(run: &Run, description: Range<usize>) -> Attribution {
    let tokens = run.tokens;
    let mut end = description.end;
    while end > description.start + 1 && tokens[end - 1].is_symbol(".") && !run.is_name_dot(end - 1)
    {
        end -= 1;
    }
    // "a U.N. spokesperson", "local officials": a description ending in lower case names no
    // one; it is the speaker as a whole.
    // ("Tut.by" ends in lower case but is glued into one name.)
    let unnamed = tokens[end - 1].text.starts_with(char::is_lowercase) && !tokens[end - 1].glued;
    let mut start = (description.start..end)
        .find(|&j| !unnamed && tokens[j].text.starts_with(char::is_uppercase))
        .unwrap_or(description.start);
    if start > description.start && tokens[start - 1].is_word("the") {
        start -= 1;
    }
    Attribution::Found(tokens[start].start..tokens[end - 1].end)
}

/// The run of capitalised words (a name, with initials and hyphens) starting at token `k`.
fn capitalised_run(run: &Run, k: usize) -> Option<Range<usize>> {
    let tokens = run.tokens;
    let capital = |j: usize| {
        tokens
            .get(j)
            .is_some_and(|t| t.kind == TokenKind::Word && t.text.starts_with(char::is_uppercase))
    };
    if !capital(k) {
        return None;
    }
    let mut end = k + 1;
    while end < tokens.len()
        && (capital(end) || run.is_initial_dot(end) || run.is_glued_hyphen(end))
    {
        end += 1;
    }
    Some(k..end)
}

/// The one a question is put to in `range` ("the moderator asked *Sen. Tim Scott*", "a
/// reporter asked *Smith*"), by byte span: a capitalised name right after `asked` or `asks`
/// that has a subject before it.
pub fn addressee(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let (tokens, lower) = tokens_in(text, range);
    let run = Run {
        tokens: &tokens,
        lower: &lower,
    };
    let asked = (1..tokens.len()).find(|&k| {
        matches!(&*lower[k], "asked" | "asks") && tokens[k - 1].kind == TokenKind::Word
    })?;
    let mut end = asked + 1;
    while end < tokens.len()
        && (tokens[end].text.starts_with(char::is_uppercase)
            || run.is_initial_dot(end)
            || run.is_name_dot(end))
    {
        end += 1;
    }
    (end > asked + 1 && tokens[asked + 1].kind == TokenKind::Word)
        .then(|| tokens[asked + 1].start..tokens[end - 1].end)
}

/// A verb whose passive names the one addressed (`was asked`, `were told`).
fn is_question_verb(word: &str) -> bool {
    matches!(word, "asked" | "told" | "questioned" | "pressed")
}

/// Most tokens of a speaker phrase before its verb, apposition included.
const SPEAKER_REACH: usize = 20;
/// Most tokens of a speaker phrase's head (before its first comma), or of a phrase without one.
const HEAD_REACH: usize = 9;

/// Where a sentence's main clause starts, for "its first person": after an opening
/// subordinate clause's comma ("When Wallace died, President Clinton said"), else at its start.
fn main_clause_start(run: &Run, end: usize) -> usize {
    let tokens = run.tokens;
    if tokens.is_empty() || !is_subordinator(&run.lower[0]) {
        return tokens.first().map_or(0, |t| t.start);
    }
    (1..end.min(tokens.len()))
        .find(|&k| tokens[k].is_symbol(","))
        .and_then(|k| tokens.get(k + 1))
        .map_or(tokens[0].start, |t| t.start)
}

/// The subject that opens the main clause starting at byte `from`, by token range, before token
/// `verb`: a pronoun ("she sent an email saying"), or a run of capitalised words ("Vega
/// confirmed ... and said"), after openers ("Later on Sunday,").
fn main_subject(run: &Run, from: usize, verb: usize) -> Option<Range<usize>> {
    let tokens = run.tokens;
    let mut k = tokens.iter().position(|t| t.start >= from)?;
    // Openers: "Later on Sunday," "On Monday", a participle's clause up to its comma.
    // "Appearing before supporters on Monday," "Later on Sunday,": an opener word, then its
    // clause to the comma, whatever capitals it holds (days, places).
    if let Some(comma) = (k..verb).find(|&j| tokens[j].is_symbol(","))
        && comma + 1 < verb
    {
        let opener = &*run.lower[k];
        if is_subject_opener(opener)
            || is_subordinator(opener)
            || (opener.ends_with("ing") && tokens[k].text.starts_with(char::is_uppercase))
            || opener == "later"
        {
            k = comma + 1;
        }
    }
    while k < verb && (is_subject_opener(&run.lower[k]) || is_weekday(&run.lower[k])) {
        k += 1;
    }
    let first = tokens.get(k).filter(|_| k < verb)?;
    if is_pronoun(&run.lower[k]) {
        return Some(k..k + 1);
    }
    // "The president ... and said", "An early tweet ... saying": a determiner and its noun.
    if is_determiner(&run.lower[k]) && !tokens.get(k + 1)?.text.starts_with(char::is_uppercase) {
        let mut end = k + 1;
        while end < verb
            && end - k <= 3
            && tokens[end].kind == TokenKind::Word
            && !is_verb_filler(&run.lower[end])
            && !run.lower[end].ends_with("ed")
        {
            end += 1;
        }
        // "The leaflet read:": a phrase running up to the colon ends with its verb.
        if end == verb && end - k >= 3 {
            end -= 1;
        }
        return (end > k + 1).then_some(k..end);
    }
    if !first.text.starts_with(char::is_uppercase)
        || is_person_title(&run.lower[k]) && k + 1 >= verb
    {
        return None;
    }
    let mut end = k + 1;
    while end < verb
        && (tokens[end].text.starts_with(char::is_uppercase)
            || run.is_initial_dot(end)
            || run.is_name_dot(end)
            || run.is_glued_hyphen(end))
    {
        end += 1;
    }
    // "The Reyes campaign, in a statement, ...": a name's noun up to the comma after it.
    if is_determiner(&run.lower[k])
        && let Some(comma) = (end..verb.min(end + 3)).find(|&j| tokens[j].is_symbol(","))
        && (end..comma).all(|j| tokens[j].kind == TokenKind::Word)
    {
        end = comma;
    }
    Some(k..end)
}

/// A capitalised run that reads as a clause's subject: not a word capitalised only because it
/// opens the sentence ("But", "What", "Hours later"), not a dateline in capitals
/// ("WASHINGTON —"), and followed by a lower-case word of content, its verb ("Pelosi
/// criticized", "Trump attacked"), not by a comma ("In Alabama,").
fn names_then_verb(run: &Run, subject: Range<usize>) -> bool {
    let tokens = run.tokens;
    let first = &tokens[subject.start];
    let opener = &*run.lower[subject.start];
    let verb_after = tokens.get(subject.end).is_some_and(|t| {
        t.kind == TokenKind::Word
            && t.text.starts_with(char::is_lowercase)
            && !is_stop_word(&run.lower[subject.end])
            && !is_verb_filler(&run.lower[subject.end])
    });
    first.text.starts_with(char::is_uppercase)
        && first.text.chars().any(char::is_lowercase)
        && !is_stop_word(opener)
        && !is_not_name(opener)
        && DURATION_UNITS.get(opener).is_none()
        && verb_after
}

/// A determiner phrase ending right before token `verb` ("a heckler", "the crowd"), by token
/// range: at most three words after the determiner, none a preposition.
fn noun_phrase_before(run: &Run, verb: usize) -> Option<Range<usize>> {
    let tokens = run.tokens;
    let determiner = (verb.saturating_sub(4)..verb)
        .rev()
        .find(|&k| matches!(&*run.lower[k], "a" | "an" | "the" | "one" | "another"))?;
    let words = determiner + 1..verb;
    let plain = !words.is_empty()
        && tokens[words.clone()]
            .iter()
            .zip(&run.lower[words])
            .all(|(t, w)| {
                t.kind == TokenKind::Word
                    && !matches!(
                        &**w,
                        "by" | "of" | "to" | "in" | "on" | "for" | "with" | "from"
                    )
                    && !is_verb_filler(w)
            });
    plain.then_some(determiner..verb)
}

/// The name a relative clause holding token `verb` belongs to: "..., *Nancy Pelosi*, who
/// smiled and said", by token range (the capitalised run before ", who").
fn relative_subject(run: &Run, verb: usize) -> Option<Range<usize>> {
    let tokens = run.tokens;
    let who = (verb.saturating_sub(8)..verb)
        .rev()
        .find(|&k| run.lower[k] == "who")?;
    // The clause runs from "who" to the verb with no comma between.
    if who < 2 || !tokens[who - 1].is_symbol(",") || (who..verb).any(|k| tokens[k].is_symbol(",")) {
        return None;
    }
    let end = who - 1;
    let mut start = end;
    while start > 0
        && (tokens[start - 1].text.starts_with(char::is_uppercase)
            || run.is_initial_dot(start - 1)
            || run.is_glued_hyphen(start - 1)
            || run.is_name_dot(start - 1))
    {
        start -= 1;
    }
    (start < end && tokens[start].kind == TokenKind::Word).then_some(start..end)
}

/// A capitalised name with a possessive right before the quote (`Obama's "..."`), without
/// the possessive, by token range.
fn possessor_before_quote(run: &Run) -> Option<Range<usize>> {
    let tokens = run.tokens;
    let last = tokens.len().checked_sub(1)?;
    // "Obama's" is one word token, or a word, an apostrophe and an "s".
    let (name_end, owner) =
        if run.lower[last].ends_with("'s") || run.lower[last].ends_with("\u{2019}s") {
            (last + 1, last)
        } else if last >= 2
            && run.lower[last] == "s"
            && tokens[last - 1].is_symbol("'\u{2019}")
            && tokens[last - 1].glued
        {
            (last - 1, last - 2)
        } else {
            return None;
        };
    if !tokens[owner].text.starts_with(char::is_uppercase) {
        return None;
    }
    let mut start = owner;
    while start > 0
        && tokens[start - 1].kind == TokenKind::Word
        && tokens[start - 1].text.starts_with(char::is_uppercase)
    {
        start -= 1;
    }
    Some(start..name_end)
}

/// Most tokens of an apposition after a speaker's name ("a former aide to Mr. Rubio and now the
/// chairman of the party in Miami-Dade").
const MOST_APPOSITION: usize = 20;

/// The speaker phrase before a quote in its sentence (`range` ends at the quote): "according to
/// X", else the subject of the nearest quote verb, else the sentence's first person for a
/// participle ("telling workers:") or for a colon with no verb ("read a statement:").
pub fn before_quote(text: &str, range: Range<usize>, people: &People) -> Attribution {
    let (tokens, lower) = tokens_in(text, range);
    let run = Run {
        tokens: &tokens,
        lower: &lower,
    };
    // according to X, ... "..."
    if let Some(k) = (0..tokens.len()).find(|&k| run.opens_according_to(k))
        && let Some(description) = according_to(&run, k, &QUOTE)
    {
        return named_in_description(&run, description);
    }
    let verb = (0..tokens.len())
        .rev()
        .find(|&k| run.attributes(k, &QUOTE) || is_quote_participle(&lower[k]));
    // "Obama's "if you like your plan, you can keep it" promise": the words are the
    // possessor's, unless someone is said to say them ("DeFazio blasted Boeing's "...""), in
    // a clause of their own.
    if verb.is_none()
        && let Some(possessor) = possessor_before_quote(&run)
    {
        return Attribution::Found(tokens[possessor.start].start..tokens[possessor.end - 1].end);
    }
    // "As Rep. Tom Vega put it, "..."", "as one analyst put it:": the subject of "put it".
    if verb.is_none()
        && let Some(put) = (0..tokens.len().saturating_sub(1))
            .rev()
            .find(|&k| lower[k] == "put" && lower[k + 1] == "it")
        && let Some(subject) = subject_before(&run, put, &QUOTE)
    {
        return Attribution::Found(tokens[subject.start].start..tokens[subject.end - 1].end);
    }
    let Some(verb) = verb else {
        // "Commander Aliyev read a statement: "...": a colon hands the quote to the person the
        // sentence names before it.
        let last = tokens.last();
        let from = main_clause_start(&run, tokens.len());
        if last.is_some_and(|t| t.is_symbol(":"))
            && let Some(mention) = people
                .mentions
                .iter()
                .find(|m| m.span.start >= from && last.is_some_and(|t| m.span.end <= t.start))
        {
            return Attribution::Found(mention.span.clone());
        }
        // No person named: the main clause's subject ("The Clinton campaign, in a Q&A, worded
        // it carefully: "..."").
        if last.is_some_and(|t| t.is_symbol(":"))
            && let Some(subject) = main_subject(&run, from, tokens.len() - 1)
        {
            return Attribution::Found(tokens[subject.start].start..tokens[subject.end - 1].end);
        }
        return Attribution::None;
    };
    // "Hayek confirmed she had been and said, "..."", "said it was early but added", "interjected
    // to say": a verb joined by "and" or "but", or an infinitive, shares the sentence's
    // subject, as a participle does.
    let joined = verb > 0
        && (tokens[verb - 1].is_word("and")
            || tokens[verb - 1].is_word("but")
            || tokens[verb - 1].is_word("to"));
    // "interrupted by a heckler shouting, "Liar!"": a participle right after a noun phrase is
    // that phrase's.
    if is_quote_participle(&lower[verb])
        && let Some(phrase) = noun_phrase_before(&run, verb)
    {
        return Attribution::Found(tokens[phrase.start].start..tokens[phrase.end - 1].end);
    }
    if is_quote_participle(&lower[verb]) || joined {
        // "Nancy Pelosi, who smiled and said": a relative clause's verb is its name's.
        if let Some(name) = relative_subject(&run, verb) {
            return Attribution::Found(tokens[name.start].start..tokens[name.end - 1].end);
        }
        // The participle's subject is the sentence's: the subject opening its main clause
        // ("Pelosi criticized Kevin McCarthy, calling the deal "..."": Pelosi, not the person
        // criticised), else its first person.
        let from = main_clause_start(&run, verb);
        let sentence_range = from..tokens[verb].start;
        let subject = main_subject(&run, from, verb);
        if let Some(subject) = subject
            .clone()
            .filter(|s| is_pronoun(&lower[s.start]) || names_then_verb(&run, s.clone()))
        {
            return Attribution::Found(tokens[subject.start].start..tokens[subject.end - 1].end);
        }
        if let Some(mention) = people
            .mentions
            .iter()
            .find(|m| m.span.start >= sentence_range.start && m.span.end <= sentence_range.end)
        {
            return Attribution::Found(mention.span.clone());
        }
        if let Some(subject) = subject {
            return Attribution::Found(tokens[subject.start].start..tokens[subject.end - 1].end);
        }
        // Someone is said to say it ("she sent an email saying, "done.""), but not by name.
        return Attribution::Anonymous;
    }
    match subject_before(&run, verb, &QUOTE) {
        Some(subject) => {
            Attribution::Found(tokens[subject.start].start..tokens[subject.end - 1].end)
        }
        None => Attribution::Anonymous,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The figure sources of `sentence`, as written.
    fn sources(sentence: &str) -> Vec<&str> {
        let tokens = tokenize(sentence);
        let lower: Vec<_> = tokens.iter().map(Token::lower_cow).collect();
        let run = Run {
            tokens: &tokens,
            lower: &lower,
        };
        figure_sources(&run)
            .into_iter()
            .map(|(_, phrase)| &sentence[tokens[phrase.start].start..tokens[phrase.end - 1].end])
            .collect()
    }

    /// The subject of `verb` in `sentence`, read as `reading` reads it.
    fn subject<'s>(sentence: &'s str, verb: &str, reading: &Reading) -> Option<&'s str> {
        let tokens = tokenize(sentence);
        let lower: Vec<_> = tokens.iter().map(Token::lower_cow).collect();
        let run = Run {
            tokens: &tokens,
            lower: &lower,
        };
        let at = lower.iter().position(|w| w == verb)?;
        subject_before(&run, at, reading)
            .map(|s| &sentence[tokens[s.start].start..tokens[s.end - 1].end])
    }

    #[test]
    fn a_figure_source_is_the_description_after_according_to() {
        assert_eq!(
            sources("According to local, independent news site Tut.by, 10,000 people marched."),
            ["local, independent news site Tut.by"]
        );
        // A determiner after the comma opens the sentence's own words (PolNeAR, Washington Post).
        assert_eq!(
            sources("According to its analysis, the NLD has won 82 percent of the vote."),
            ["its analysis"]
        );
    }

    #[test]
    fn estimate_phrases_and_verb_subjects_give_figures_a_source_but_pronouns_do_not() {
        assert_eq!(
            sources("An official report said 65,000 but unofficial estimates were 10,000."),
            ["An official report", "unofficial estimates"]
        );
        assert_eq!(
            sources("Police estimated 5,000; they said more came."),
            ["Police"]
        );
    }

    #[test]
    fn a_speaker_phrase_reads_names_that_a_source_phrase_cuts_short() {
        let sentence = "On Monday the Ministry of Defence said it was ready.";
        assert_eq!(subject(sentence, "said", &FIGURE), Some("Defence"));
        assert_eq!(
            subject(sentence, "said", &QUOTE),
            Some("the Ministry of Defence")
        );
        let apposition = "Maria Santos, the union leader, wrote to members.";
        assert_eq!(subject(apposition, "wrote", &QUOTE), Some("Maria Santos"));
    }
}
