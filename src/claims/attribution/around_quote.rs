//! Attribution around a quotation: reads the words right after a quote (`"...," Kovalchuk
//! said`, `"...," said X, a lawyer`, `"...," according to X`, a headline's `'...': Name`) and
//! the words before it in its sentence (the subject of the nearest verb of saying, a
//! participle's or a joined verb's subject, a relative clause's name, a possessor, `as X put
//! it`, a colon after a name). Takes the text and a byte range; hands on the byte span of the
//! speaker phrase, which `quotes` turns into a person or an institution.
//!
//! Kept apart from the parent module, which owns what figures and quotes share (the subject
//! read back from a verb, "according to"), because these rules are a quote's alone.

use std::ops::Range;

use super::{Attribution, QUOTE, Run, according_to, subject_before, tokens_in};
use crate::claims::speakers::People;
use crate::claims::tokens::{TokenKind, is_letter};
use crate::lexicon::{
    DURATION_UNITS, is_be_form, is_determiner, is_not_name, is_person_title, is_pronoun,
    is_quote_participle, is_speaker_stop, is_speaking_group, is_stop_word, is_subject_opener,
    is_subordinator, is_verb_filler, is_weekday,
};

/// `, X said` or `, said X` in `range`, right after a quote.
pub fn after_quote(text: &str, range: Range<usize>) -> Attribution {
    if !holds_a_word(text, &range) {
        return Attribution::None;
    }
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
        let speaks_for = end >= start + 3
            && is_determiner(&lower[start])
            && matches!(&*lower[start + 2], "for" | "to");
        if end > start
            && tokens.get(end).is_some_and(|t| t.is_symbol(","))
            && (!run.has_capital(start..end) || speaks_for)
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
    // "the White House slammed": a lower-case article before a name belongs to it.
    let article_before_name = is_determiner(&run.lower[k])
        && tokens
            .get(k + 1)
            .is_some_and(|t| t.text.starts_with(char::is_uppercase));
    if !(first.text.starts_with(char::is_uppercase) || article_before_name)
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
    // "The Democratic National Committee attacked", "The crowd booed": a determiner's phrase.
    let determined = is_determiner(opener) && subject.len() >= 2;
    (first.text.starts_with(char::is_uppercase) || determined)
        && first.text.chars().any(char::is_lowercase)
        && (determined || (!is_stop_word(opener) && !is_not_name(opener)))
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

/// The speaker phrase before a quote in its sentence (`range` ends at the quote): "according to
/// X", else the subject of the nearest quote verb, else the sentence's first person for a
/// participle ("telling workers:") or for a colon with no verb ("read a statement:").
pub fn before_quote(text: &str, range: Range<usize>, people: &People) -> Attribution {
    if !holds_a_word(text, &range) {
        return Attribution::None;
    }
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
        // The first person named, unless only as a preposition's object ("marched past the
        // office of Sen. Susan Collins, chanting"): that one is spoken of, not speaking.
        let object = |m: &&crate::claims::speakers::Mention| {
            let before = text[..m.span.start].trim_end();
            let before = before
                .strip_suffix('.')
                .map_or(before, |b| b.trim_end_matches(|c: char| c.is_alphabetic()));
            let word = before
                .trim_end()
                .rsplit(char::is_whitespace)
                .next()
                .unwrap_or("")
                .to_lowercase();
            matches!(
                word.as_str(),
                "of" | "past" | "at" | "against" | "with" | "to" | "from" | "toward" | "towards"
            )
        };
        if let Some(mention) = people
            .mentions
            .iter()
            .filter(|m| m.span.start >= sentence_range.start && m.span.end <= sentence_range.end)
            .find(|m| !object(m))
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

/// `range` of `text` holds a letter, so a word token: every attribution names someone or has a
/// verb of saying, so a window of nothing but marks, digits and punctuation (a paragraph of
/// mixed marks is a quote every few bytes, each read this way: issue 16) gives none, and is not
/// tokenized to find out.
fn holds_a_word(text: &str, range: &Range<usize>) -> bool {
    text[range.clone()].contains(is_letter)
}
