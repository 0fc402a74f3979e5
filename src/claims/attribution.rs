//! Attribution: who says so. Takes a run of tokens (a sentence, or the words either side of a
//! quotation); hands on the token span of the phrase that attributes what is said: a figure's
//! source ("according to Tut.by", "unofficial estimates", "police said") to
//! [`super::context`], and a quote's speaker phrase (`"...," Kovalchuk said`, `He told the BBC:
//! "..."`) to [`super::quotes`], which turns it into a person or an institution through
//! [`People`](super::speakers::People).
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

use super::tokens::{Token, TokenKind, tokenize};
use crate::lexicon::{
    is_be_form, is_determiner, is_estimate_noun, is_estimate_stop, is_name_abbreviation,
    is_name_suffix, is_negation, is_number_word, is_person_title, is_pronoun, is_quote_verb,
    is_source_verb, is_speaker_link, is_speaker_stop, is_speaking_group, is_stop_word,
    is_subject_opener, is_subject_stop, is_verb_filler, is_weekday,
};

mod around_quote;

pub use around_quote::{addressee, after_quote, before_quote};

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
    skips_apposition: true,
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
    // "Kasich has also broadly called for", "Police later said": auxiliaries and adverbs
    // before the verb.
    while end > 0
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
    // "A spokeswoman for Sen. Alan Pierce said", "Lawyers for Hunter Biden said": the one who
    // speaks for the name, not the name.
    // (The name's title may stand between: "for Sen. Alan Pierce".)
    let mut name_start = start;
    if name_start >= 2 && tokens[name_start - 1].is_symbol(".") {
        name_start -= 1;
    }
    if name_start >= 1 && is_person_title(&run.lower[name_start - 1]) {
        name_start -= 1;
    }
    if reading.names_people
        && name_start >= 2
        && matches!(&*run.lower[name_start - 1], "for" | "to")
        && tokens[name_start - 2].kind == TokenKind::Word
        && (tokens[name_start - 2].text.starts_with(char::is_lowercase) || name_start == 2)
        && !is_subject_stop(&run.lower[name_start - 2])
    {
        start = name_start - 2;
        if start > 0 && is_determiner(&run.lower[start - 1]) {
            start -= 1;
        }
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
    // Where each phrase found starts, so a verb's subject is checked against them in one
    // look-up (issue 16: a sentence of 80,000 "police said" compared each with all the others).
    let mut starts: rustc_hash::FxHashSet<usize> = rustc_hash::FxHashSet::default();
    for k in 0..run.tokens.len() {
        if run.opens_according_to(k) {
            if let Some(phrase) = according_to(run, k, &FIGURE) {
                starts.insert(k);
                found.push((k, phrase));
            }
            continue;
        }
        if let Some(start) = estimate_phrase(run, k) {
            if gives_figures(run, start..k + 1) {
                starts.insert(start);
                found.push((start, start..k + 1));
            }
            continue;
        }
        // "an estimated $100 million", "the reported 300": after a determiner the verb is an
        // adjective of the figure, and the words before it give nothing.
        let adjective = k > 0 && is_determiner(&run.lower[k - 1]);
        // "bombings were reported", "losses had been reported": a passive's subject is what
        // was reported, not who reported it.
        let passive = k > 0 && is_be_form(&run.lower[k - 1]);
        if (FIGURE.is_verb)(&run.lower[k])
            && !adjective
            && !passive
            && !reduced_passive(run, k)
            && let Some(subject) = subject_before(run, k, &FIGURE)
            && !starts.contains(&subject.start)
        {
            // Words are separated by spaces, so only a one-word subject can be a pronoun.
            let pronoun = subject.len() == 1 && is_pronoun(&run.lower[subject.start]);
            // "double the figures reported in 2019": what is reported, not who reports it.
            let reported = run.lower[subject.clone()]
                .iter()
                .all(|w| is_determiner(w) || is_estimate_noun(w));
            if !pronoun && !reported && gives_figures(run, subject.clone()) {
                starts.insert(subject.start);
                found.push((subject.start, subject));
            }
        }
    }
    found.sort_by_key(|(position, _)| *position);
    found
}

/// The verb at token `k` is a participle after what it describes, not a verb after who does it:
/// "watches *estimated* to be worth 2 million euros", "the damage, *estimated* at $5 million", "a
/// man *said* to be the leader"; `at` only before a figure, so `at least` and `at most`
/// qualify a figure the verb's subject gives ("Police estimated at least 20,000"), and a place
/// or an occasion is where the subject gave it ("Police said at a briefing that 300 died").
fn reduced_passive(run: &Run, k: usize) -> bool {
    let word = |j: usize| run.lower.get(j).map(|w| &**w);
    // What `at` opens is a figure ("at $5 million", "at about 20,000"), not a place or an
    // occasion ("police said at a briefing that 30 died": the police give the figure).
    let figure_at = |j: usize| {
        run.tokens.get(j).is_some_and(|t| {
            t.kind == TokenKind::Digits
                || t.is_symbol("$")
                || t.is_symbol("£")
                || t.is_symbol("€")
                || is_number_word(&run.lower[j])
        })
    };
    match word(k + 1) {
        Some("to") => matches!(word(k + 2), Some("be" | "have")),
        Some("at") => {
            figure_at(k + 2)
                || matches!(
                    word(k + 2),
                    Some("about" | "around" | "roughly" | "some" | "nearly" | "almost" | "between")
                )
        }
        _ => false,
    }
}

/// A source phrase read back from its verb or estimate noun names who gives a figure: it ends in a content word
/// (not "worth an", "bringing the", "SeaMicro can"), is not negated ("no immediate reports")
/// and states no number of its own ("charged with two counts").
fn gives_figures(run: &Run, phrase: Range<usize>) -> bool {
    let last = &*run.lower[phrase.end - 1];
    let content_end = !is_stop_word(last) && !is_determiner(last);
    let plain = phrase.clone().all(|k| {
        let word = &*run.lower[k];
        run.tokens[k].kind != TokenKind::Digits && !is_negation(word) && !is_number_word(word)
    });
    content_end && plain
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

/// Most tokens of an apposition after a speaker's name ("a former aide to Mr. Rubio and now the
/// chairman of the party in Miami-Dade").
const MOST_APPOSITION: usize = 20;

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

    /// A source verb right before `to be`, `to have` or `at` and a figure is a passive
    /// participle: what is estimated or reported, not who estimates it.
    #[test]
    fn a_reduced_passive_names_no_source() {
        let none: [&str; 0] = [];
        for sentence in [
            "Thieves took jewelry and watches estimated to be worth 2 million euros.",
            "The damage, estimated at $5 million, was not insured.",
            "A haul estimated at about $3 million was taken.",
            "Four people reported to have died were later found alive.",
            "A man said to be the leader was held with 12 others.",
        ] {
            assert_eq!(sources(sentence), none, "{sentence}");
        }
        assert_eq!(
            sources("Police estimated at least 20,000 marched."),
            ["Police"]
        );
        assert_eq!(
            sources("Police said at a briefing that 300 people were arrested."),
            ["Police"]
        );
        assert_eq!(
            sources("Organisers estimated 30,000 people took part."),
            ["Organisers"]
        );
        assert_eq!(sources("Police estimated the crowd at 20,000."), ["Police"]);
    }

    /// A figure's source is read past an apposition or a relative clause, as a speaker is: the
    /// official who gives it, not an earlier subject of the sentence.
    #[test]
    fn a_figure_source_is_read_past_an_apposition() {
        assert_eq!(
            sources(
                "Our correspondent says he saw no bodies, but Mr Deng, the commissioner of Rubkona \
                 county, said that 14 people had been killed."
            ),
            ["Our correspondent", "Mr Deng"]
        );
        assert_eq!(
            sources("The ministry, which runs the camps, said 3,000 people had arrived."),
            ["The ministry"]
        );
    }
}
