//! Names: the person name a run of capitalised words in a sentence holds, if any, read before
//! it is tied to a person of the article.
//!
//! Takes a sentence's tokens; hands on [`Candidate`]s to [`super::People`]: the name's span and
//! words, whether a title precedes it and the gender the title says, and the name's [`Role`] in
//! its sentence. Titles and their full stops (`Sen. Patty Murray`, `Lt. Gov. Dan Patrick`),
//! sentence openers, possessive outlets (`CNN's Gloria Borger`) and party tags (`(D-Calif.)`)
//! are dropped; institutions, places, nationality words and initials alone are refused. Kept
//! apart from the register so the rules of what a name is can grow without touching how people
//! are told apart.

use std::ops::Range;

use super::gender::{Evidence, Gender, first_name_gender, title_gender};
use crate::claims::tokens::{Token, TokenKind};
use crate::lexicon::{
    is_calendar_word, is_determiner, is_name_abbreviation, is_name_suffix, is_not_name,
    is_not_person_ending, is_not_person_start, is_oblique_word, is_person_title, is_quote_verb,
    is_relation_noun, is_state_code, is_subordinator,
};

/// What a mention does in its sentence, as far as the words next to it tell: how likely "he"
/// in a later sentence means this person. Ordered from the weakest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Role {
    /// The object of a preposition or a possessive ("of Trump", "Carson's remarks", "At Boca
    /// West").
    Oblique,
    /// Inside a clause that opens the sentence before its main clause ("After Glenn Pike
    /// asked ..., Dan Soto replied", "Filling in for Sanders, West said"): the main clause's
    /// subject is who the next sentences are about.
    Subordinate,
    /// Anything else: a subject more often than not.
    Plain,
    /// The one a speech verb attributes words to ("Stovall said", "said Robert Stovall").
    Speaker,
    /// The one asked a question ("Conroy asked Sanders whether ..."): the next quote is most
    /// likely the answer.
    Asked,
}

/// A name read in a sentence, before it is tied to a person.
pub(super) struct Candidate {
    pub(super) span: Range<usize>,
    /// The name as written, possessive removed.
    pub(super) name: String,
    /// Lower-cased name words, possessive removed.
    pub(super) words: Vec<String>,
    pub(super) titled: bool,
    /// The gender a title before the name says.
    pub(super) gender: Option<Gender>,
    pub(super) role: Role,
    /// Lower-cased role words the text gives the person: titles before the name ("attorney
    /// general", "sen") and the words of an apposition after it ("the club's president").
    pub(super) roles: Vec<String>,
    /// Set off by commas after a noun that says who the person is ("Her husband, Carlos,"):
    /// the way a person known by a first name alone is introduced.
    pub(super) introduced: bool,
}

impl Candidate {
    pub(super) fn surname(&self) -> &str {
        surname_of(&self.words)
    }

    /// The first name: the first word that is not an initial, unless it is the surname.
    pub(super) fn first(&self) -> Option<&str> {
        let surname = self.surname();
        let position = self.words.iter().rposition(|w| w == surname)?;
        self.words[..position]
            .iter()
            .find(|w| w.chars().count() > 1)
            .or_else(|| self.words[..position].first())
            .map(String::as_str)
    }

    /// The gender the name says and where it comes from: its title, else its first name.
    pub(super) fn evidence(&self) -> Option<(Gender, Evidence)> {
        self.gender.map(|g| (g, Evidence::Title)).or_else(|| {
            self.first()
                .and_then(first_name_gender)
                .map(|g| (g, Evidence::FirstName))
        })
    }
}

/// The surname among a name's lower-cased words: the last one that is no suffix ("iii").
fn surname_of(words: &[String]) -> &str {
    words
        .iter()
        .rev()
        .find(|w| !is_name_suffix(w))
        .or(words.last())
        .map_or("", String::as_str)
}

/// Two first names of one person: equal, or one is the other's initial ("J." and "John").
pub(super) fn same_first(a: &str, b: &str) -> bool {
    let initial = |x: &str, y: &str| x.chars().count() == 1 && y.starts_with(x);
    a == b || initial(a, b) || initial(b, a)
}

/// Initials of a country or union that may glue to the next sentence ("U.S.", "U.K.").
fn is_place_initials(code: &str) -> bool {
    matches!(code, "us" | "uk" | "un" | "eu")
}

/// A title that may take a full stop inside a name ("Sen. Patty Murray", "Lt. Gov. Dan").
fn is_title_abbreviation(token: &Token) -> bool {
    is_name_abbreviation(token.text) || is_person_title(&token.lower())
}

/// A run of name tokens (capitalised words and initials), by token index.
pub(super) fn name_runs(tokens: &[Token]) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        let is_name_token = |k: usize| {
            tokens.get(k).is_some_and(|t| {
                t.kind == TokenKind::Word && t.text.starts_with(char::is_uppercase)
            })
        };
        if !is_name_token(k) {
            k += 1;
            continue;
        }
        let start = k;
        let mut end = k + 1;
        loop {
            // Initials: "G." inside "Svetlana G. Tikhanovskaya"; titles: "Sen." before a name.
            let dotted = tokens.get(end).is_some_and(|t| t.is_symbol(".") && t.glued)
                && (tokens[end - 1].text.chars().count() == 1
                    || is_title_abbreviation(&tokens[end - 1]));
            if dotted && is_name_token(end + 1) {
                end += 2;
            } else if is_name_token(end) {
                end += 1;
            } else if tokens.get(end).is_some_and(|t| t.is_symbol("-") && t.glued)
                && is_name_token(end + 1)
                && tokens[end + 1].glued
            {
                end += 2; // Ocasio-Cortez
            } else {
                break;
            }
        }
        runs.push(start..end);
        k = end;
    }
    runs
}

pub(super) fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("\u{2019}s")
        .or_else(|| word.strip_suffix("'s"))
        .unwrap_or(word)
}

fn is_possessive(word: &str) -> bool {
    strip_possessive(word).len() < word.len()
}

/// The person name a run of capitalised tokens holds, if any: titles, sentence openers,
/// possessive outlets and party tags dropped, institutions, places and adjective phrases
/// refused.
pub(super) fn candidate(
    tokens: &[Token],
    run: Range<usize>,
    offset: usize,
    text: &str,
) -> Option<Candidate> {
    let role = role_of(tokens, &run);
    let original = run.clone();
    let mut run = run;
    let title_before = |k: usize| {
        // "spokesman Ivan Petrov", "Dr. Carson": the word before, past a title's full stop.
        let k = if k > 0 && tokens[k - 1].is_symbol(".") {
            k - 1
        } else {
            k
        };
        (k > 0).then(|| tokens[k - 1].lower())
    };
    let mut title =
        title_before(run.start).filter(|w| is_person_title(w) || title_gender(w).is_some());
    // Drop capitalised sentence openers and titles from the front of the run.
    while run.start < run.end {
        let word = tokens[run.start].lower();
        if tokens[run.start].kind != TokenKind::Word {
            run.start += 1;
        } else if is_person_title(&word) {
            title = Some(word);
            run.start += 1;
        } else if (is_not_name(&word) || is_calendar_word(&word))
            && !is_initial_of_initials(tokens, run.start)
        {
            run.start += 1;
        } else {
            break;
        }
    }
    // "US President Donald Trump", "Lt. Gov. Dan Patrick": the name follows the last title;
    // "CNN's Gloria Borger": it follows the possessive.
    if let Some(last) = (run.start..run.end).rev().find(|&k| {
        tokens[k].kind == TokenKind::Word
            && (is_person_title(&tokens[k].lower())
                || (k + 1 < run.end && is_possessive(tokens[k].text)))
    }) {
        if is_person_title(&tokens[last].lower()) {
            title = Some(tokens[last].lower());
        }
        run.start = last + 1;
    }
    while run.start < run.end && tokens[run.start].kind != TokenKind::Word {
        run.start += 1;
    }
    if run.start >= run.end {
        return None;
    }
    // A place's initials glued to the name after it by a missed sentence end: "N.H. Young".
    let initial = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Word && t.text.chars().count() == 1)
    };
    if initial(run.start) && initial(run.start + 2) && run.start + 4 < run.end {
        let code = format!(
            "{}{}",
            tokens[run.start].lower(),
            tokens[run.start + 2].lower()
        );
        if is_state_code(&code) || is_place_initials(&code) {
            run.start += 4;
        }
    }
    // A party tag: "(D-Calif.)", "R-Ind.".
    if tokens[run.start].text.chars().count() == 1
        && tokens.get(run.start + 1).is_some_and(|t| t.is_symbol("-"))
    {
        return None;
    }
    let words: Vec<String> = tokens[run.clone()]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| strip_possessive(t.text).to_lowercase())
        .collect();
    // Initials alone ("U.S.", "N.H.") are a place or an acronym.
    if words.iter().all(|w| w.chars().count() == 1) {
        return None;
    }
    let first = words.first().cloned().unwrap_or_default();
    let last = words.last().cloned().unwrap_or_default();
    if is_not_person_ending(&last) || is_not_person_start(&first) {
        return None;
    }
    // "the Boston Herald", "the Dakota Ledger": a name after "the" with no title is a thing.
    let after_the = (original.start > 0 && tokens[original.start - 1].lower() == "the")
        || tokens[original.start..run.start]
            .iter()
            .any(|t| t.lower() == "the");
    if after_the && title.is_none() {
        return None;
    }
    // "in Baton Rouge", "near Corpus Christi": after "in" or "near", a name with no title whose
    // first word is no known first name is a place ("in Kevin McCarthy's office" is not).
    let after_in = original.start > 0
        && matches!(
            tokens[original.start - 1].lower_cow().as_ref(),
            "in" | "near"
        );
    if after_in
        && title.is_none()
        && first_name_gender(&first).is_none()
        && !is_possessive(tokens[run.end - 1].text)
    {
        return None;
    }
    let mut end = tokens[run.end - 1].end;
    // "Jr." keeps its full stop.
    if is_name_suffix(&last)
        && tokens
            .get(run.end)
            .is_some_and(|t| t.is_symbol(".") && t.glued)
    {
        end = tokens[run.end].end;
    }
    let span = tokens[run.start].start + offset..end + offset;
    let name = strip_possessive(&text[span.clone()]).to_string();
    let mut roles: Vec<String> = title.iter().cloned().collect();
    roles.extend(
        tokens[original.start..run.start]
            .iter()
            .filter(|t| t.kind == TokenKind::Word && !is_possessive(t.text))
            .map(|t| t.lower()),
    );
    roles.extend(apposition(tokens, run.end));
    let introduced = original.start >= 2
        && tokens[original.start - 1].is_symbol(",")
        && tokens[original.start - 2].kind == TokenKind::Word
        && tokens[original.start - 2]
            .text
            .starts_with(char::is_lowercase)
        && is_relation_noun(&tokens[original.start - 2].lower())
        && tokens.get(run.end).is_some_and(|t| t.is_symbol(","));
    Some(Candidate {
        span,
        name,
        words,
        titled: title
            .as_deref()
            .is_some_and(|t| is_person_title(t) || title_gender(t).is_some()),
        gender: title.as_deref().and_then(title_gender),
        role,
        roles,
        introduced,
    })
}

/// The words of an apposition right after a name ("Carla Mendes, the county's chief
/// prosecutor, said"): a role the article gives the person. Only one
/// opening with a determiner or a possessive, and short: a relative clause ("X, who ...") or a
/// list of names is no role.
fn apposition(tokens: &[Token], end: usize) -> Vec<String> {
    const MAX_WORDS: usize = 8;
    let mut k = end;
    // "Jr." keeps its full stop; a party tag sits in parentheses.
    if tokens.get(k).is_some_and(|t| t.is_symbol(".")) {
        k += 1;
    }
    if !tokens.get(k).is_some_and(|t| t.is_symbol(",")) {
        return Vec::new();
    }
    let opens = tokens.get(k + 1).is_some_and(|t| {
        t.kind == TokenKind::Word && (is_determiner(&t.lower_cow()) || is_possessive(t.text))
    });
    if !opens {
        return Vec::new();
    }
    tokens[k + 1..]
        .iter()
        .take_while(|t| !(t.is_symbol(",") || t.is_symbol(".") || t.is_symbol(";")))
        .take(MAX_WORDS)
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.lower())
        .collect()
}

/// The role of the name in `run` (titles included) from the words next to it.
fn role_of(tokens: &[Token], run: &Range<usize>) -> Role {
    let before = run.start.checked_sub(1).map(|k| &tokens[k]);
    let after = tokens.get(run.end);
    let word_is = |t: Option<&Token>, test: fn(&str) -> bool| {
        t.is_some_and(|t| t.kind == TokenKind::Word && test(&t.lower_cow()))
    };
    if before.is_some_and(|t| t.lower_cow() == "asked") && word_is(after, is_question_word) {
        Role::Asked
    } else if word_is(before, is_oblique_word)
        // "told Palo Alto Weekly": the one spoken to.
        || before.is_some_and(|t| t.lower_cow() == "told")
        // "At Boca West, ...": a preposition opening the sentence is part of the run.
        || word_is(tokens.get(run.start), is_oblique_word)
        || is_possessive(tokens[run.end - 1].text)
    {
        Role::Oblique
    } else if in_opening_clause(tokens, run.start) {
        Role::Subordinate
    } else if (word_is(before, is_quote_verb) && !word_is(after, opens_clause))
        || word_is(speech_verb_after(tokens, run.end), is_quote_verb)
    {
        Role::Speaker
    } else {
        Role::Plain
    }
}

/// A lower-case word after "said X" that makes X the subject of what was said ("said Clinton
/// raped her"), not the one saying it ("said Stovall on Tuesday", "said Stovall, who ...").
fn opens_clause(word: &str) -> bool {
    word.starts_with(char::is_lowercase) && !is_oblique_word(word)
}

/// The word after a name's place-of-work tail and comma: "Darran Whiting of Liberty Baptist
/// Church in Marion, said", "Henson said".
fn speech_verb_after<'a>(tokens: &'a [Token<'a>], end: usize) -> Option<&'a Token<'a>> {
    /// Tokens of the tail at most ("of the University of Texas at Austin").
    const MAX_TAIL: usize = 10;
    let mut k = end;
    while k < tokens.len() && k - end < MAX_TAIL {
        let t = &tokens[k];
        let tail = t.kind == TokenKind::Word
            && (t.text.starts_with(char::is_uppercase) || is_oblique_word(&t.lower_cow()));
        if !tail {
            break;
        }
        k += 1;
    }
    // Without a tail, the verb right after the name; with one, only past its closing comma.
    if k > end && tokens.get(k).is_some_and(|t| t.is_symbol(",")) {
        k += 1;
    } else if k > end {
        return None;
    }
    tokens.get(k)
}

/// A word after "asked X" that makes X the one asked a question (`whether`, `about`).
fn is_question_word(word: &str) -> bool {
    // A closed grammatical set: no data file.
    matches!(
        word,
        "whether" | "if" | "about" | "why" | "what" | "how" | "who" | "when" | "where" | "which"
    )
}

/// Token `k` lies in a clause opening the sentence before its first comma: one led by a
/// subordinator ("After", "When") or a participle ("Filling in for ...", "Noting ...").
fn in_opening_clause(tokens: &[Token], k: usize) -> bool {
    let Some(first) = tokens.first().filter(|t| t.kind == TokenKind::Word) else {
        return false;
    };
    let lower = first.lower_cow();
    // A participle is a lower-case word after the capital ("Filling in"), not a name ("King").
    let participle = k > 0
        && lower.ends_with("ing")
        && tokens
            .get(1)
            .is_some_and(|t| t.text.starts_with(char::is_lowercase));
    if !(is_subordinator(&lower) || participle) {
        return false;
    }
    tokens[..k].iter().all(|t| !t.is_symbol(",")) && tokens[k..].iter().any(|t| t.is_symbol(","))
}

/// A one-letter word glued to a full stop and another initial: the "A." of "A.J. Whitlock",
/// not the article "A".
fn is_initial_of_initials(tokens: &[Token], k: usize) -> bool {
    tokens[k].text.chars().count() == 1
        && tokens
            .get(k + 1)
            .is_some_and(|t| t.is_symbol(".") && t.glued)
        && tokens
            .get(k + 2)
            .is_some_and(|t| t.glued && t.text.starts_with(char::is_uppercase))
}
