//! Speakers named by what they are rather than who: a role noun ("the attorney general said")
//! and "they" for a group ("the protesters").
//!
//! Takes the [`People`] register (each person's role words: the titles before their name,
//! "Attorney General Leon Marsh", and an apposition after it, "Carla Mendes, the county's chief
//! prosecutor,") and a speaker phrase; hands on the one person the phrase means, or the group
//! "they" stands for. News copy names a person once, then by role: the role is theirs only
//! when exactly one person of the article holds it (two presidents make "the president" no
//! one's), and "they" only stands for a plural group noun named just before, never a guess.

use super::People;
use crate::claims::spans::QuotedSpans;
use crate::lexicon::{is_determiner, is_people_noun, is_speaking_group};

/// The full word of a title's abbreviation ("sen" is "senator"), and other words a title goes
/// by ("rep" is also "congressman"). A closed set of abbreviations: no data file.
fn title_words(word: &str) -> &[&str] {
    match word {
        "sen" => &["senator"],
        "rep" => &["representative", "congressman", "congresswoman"],
        "gov" => &["governor"],
        "lt" => &["lieutenant"],
        "gen" => &["general"],
        "atty" => &["attorney"],
        "sec" | "secy" => &["secretary"],
        "pres" => &["president"],
        "supt" => &["superintendent"],
        "col" => &["colonel"],
        "sgt" => &["sergeant"],
        "capt" => &["captain"],
        "cmdr" => &["commander"],
        "adm" => &["admiral"],
        "prof" => &["professor"],
        "det" => &["detective"],
        "amb" => &["ambassador"],
        "dr" => &["doctor"],
        _ => &[],
    }
}

/// `role` (a person's role word) is the role noun `head`.
fn holds(role: &str, head: &str) -> bool {
    role == head || title_words(role).contains(&head)
}

/// The head part of a speaker phrase: up to a comma, a parenthesis or a relative clause ("the
/// prosecutor, who ...").
fn cut(words: &str) -> &str {
    let end = words
        .find([',', '(', ';'])
        .or_else(|| words.find(" who "))
        .unwrap_or(words.len());
    words[..end].trim_end()
}

impl People {
    /// The one person of the article who holds the role a definite role phrase names ("the
    /// attorney general", "the former president", "the prosecutor, who ..."), by a title before
    /// their name or an apposition after it: its head noun is one of their role words (and,
    /// where two hold it, its other words too). None when no one or two people hold it, or
    /// the phrase is no role phrase ("the Kremlin"). Only people named before byte `at` count.
    pub fn by_role(&self, phrase: &str, at: usize) -> Option<&str> {
        let mut words = cut(phrase).split_whitespace();
        if !words.next().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
            return None;
        }
        let rest: Vec<&str> = words.collect();
        let head = *rest.last()?;
        // A role phrase is lower case: a capital makes it a name or an institution.
        if rest.iter().any(|w| w.chars().any(char::is_uppercase))
            || head.ends_with("'s")
            || head.ends_with("\u{2019}s")
        {
            return None;
        }
        let holds_all = |p: usize, words: &[&str]| {
            words
                .iter()
                .all(|w| self.roles[p].iter().any(|r| holds(r, &w.to_lowercase())))
        };
        // "Former President Barack Obama" is no one's "the president": only "the former
        // president" is his.
        let past = |w: &str| matches!(w, "former" | "ex");
        let asks_past = rest.iter().any(|w| past(&w.to_lowercase()));
        let held_before = |p: usize| {
            self.roles[p]
                .windows(2)
                .any(|pair| past(&pair[0]) && holds(&pair[1], head))
        };
        // A role noun refers back: only people named before it.
        let holders: Vec<usize> = (0..self.persons.len())
            .filter(|&p| self.persons[p].starts.first().is_some_and(|&s| s < at))
            .filter(|&p| holds_all(p, &[head]))
            .filter(|&p| asks_past || !held_before(p))
            // "the former president" is no one known only as the sitting one.
            .filter(|&p| !asks_past || held_before(p))
            .collect();
        // Two of that role: the one its other words fit too ("the former president").
        let person = match holders[..] {
            [one] => one,
            [_, _, ..] => {
                let mut fitting = holders.iter().copied().filter(|&p| holds_all(p, &rest));
                let one = fitting.next()?;
                if fitting.next().is_some() {
                    return None;
                }
                one
            }
            [] => return None,
        };
        Some(self.persons[person].name.as_str())
    }

    /// The group a "they" at byte `at` means: the last "the <group>" ("the protesters", "the
    /// striking workers") in its sentence or the two before, outside the `excluded` spans, with a
    /// plural noun of people as its head.
    pub fn group_before(&self, text: &str, at: usize, excluded: &QuotedSpans) -> Option<String> {
        /// Words between "the" and the group noun ("the striking steel workers").
        const MAX_MODIFIERS: usize = 2;
        let sentence = self
            .sentence_starts
            .partition_point(|&s| s as usize <= at)
            .saturating_sub(1);
        let from = self
            .sentence_starts
            .get(sentence.saturating_sub(2))
            .map_or(0, |&s| s as usize);
        let window = text.get(from..at)?;
        let words = words_at(window);
        let is_group = |w: &str| {
            let lower = w.to_lowercase();
            (lower.ends_with('s') || lower == "police")
                && (is_people_noun(&lower) || is_speaking_group(&lower))
        };
        let mut found = None;
        for (k, &(start, word)) in words.iter().enumerate() {
            if !word.eq_ignore_ascii_case("the") {
                continue;
            }
            let head = words[k + 1..]
                .iter()
                .take(MAX_MODIFIERS + 1)
                .take_while(|(_, w)| w.starts_with(char::is_lowercase) && !is_determiner(w))
                .position(|(_, w)| is_group(w));
            if let Some(h) = head {
                let (end_start, end_word) = words[k + 1 + h];
                let span = from + start..from + end_start + end_word.len();
                if !excluded.holds(&span) {
                    found = Some(format!("the {}", &text[from + words[k + 1].0..span.end]));
                }
            }
        }
        found
    }
}

/// The words of `window` (runs of letters, digits, `-` and `'`) with their byte offsets in it:
/// a separator may be wider than a byte (a dash, a curly mark), so offsets are taken where each
/// word starts, never counted.
fn words_at(window: &str) -> Vec<(usize, &str)> {
    let is_word = |c: char| c.is_alphanumeric() || c == '-' || c == '\'';
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in window.char_indices() {
        match (is_word(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s, &window[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, &window[s..]));
    }
    words
}
