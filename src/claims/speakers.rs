//! Speakers: who is named in an article, and who a speaker phrase ("Mr Lukashenko", "he",
//! "the Kremlin", "said Tatiana Y. Revizore") refers to.
//!
//! Takes an article's text and sentences; hands on a [`People`] register: every person mention
//! with its span, each mapped by surname to the fullest name the article gives ("Mr Lukashenko",
//! "Lukashenko" and "President Alexander Lukashenko" are one person, "Alexander Lukashenko").
//! A mention is a person when a title precedes it ("Ms Tikhanovskaya", "President ...") or it
//! is two or more capitalised words that do not end in an institution or place word
//! ("Svetlana G. Tikhanovskaya", "Igor Leshchenya"; not "Minsk Wheel Tractor Plant"); a single
//! capitalised word is a person once its surname is known. Pronouns resolve to the most recent
//! person mentioned within the last few sentences, or to no one.

use std::collections::HashMap;
use std::ops::Range;

use super::tokens::{Token, TokenKind, tokenize};
use crate::lexicon::{
    is_calendar_word, is_not_name, is_not_person_ending, is_not_person_start, is_person_title,
};
use crate::segment::Sentence;

/// A person named in the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Byte span of the name as written (title excluded).
    pub span: Range<usize>,
    /// Lower-cased surname: the key that ties the mentions of one person together.
    pub surname: String,
}

/// Every person mention of an article, in text order, and each person's fullest name.
#[derive(Debug, Clone, Default)]
pub struct People {
    pub mentions: Vec<Mention>,
    fullest: HashMap<String, String>,
    /// Sentence start offsets, for "within the last few sentences".
    sentence_starts: Vec<usize>,
}

/// A run of name tokens (capitalised words and initials), by token index.
fn name_runs(tokens: &[Token]) -> Vec<Range<usize>> {
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
            // Initials: "G." inside "Svetlana G. Tikhanovskaya"
            let initial = tokens[end - 1].text.chars().count() == 1
                && tokens.get(end).is_some_and(|t| t.is_symbol(".") && t.glued);
            if initial && is_name_token(end + 1) {
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

fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("\u{2019}s")
        .or_else(|| word.strip_suffix("'s"))
        .unwrap_or(word)
}

fn surname_of(name: &str) -> String {
    let last = name.split_whitespace().next_back().unwrap_or(name);
    strip_possessive(last).to_lowercase()
}

impl People {
    /// Finds the people named in `text`, sentence by sentence.
    pub fn scan(text: &str, sentences: &[Sentence]) -> People {
        let mut people = People {
            sentence_starts: sentences.iter().map(|s| s.start).collect(),
            ..People::default()
        };
        let mut singles = Vec::new();
        for sentence in sentences {
            let body = sentence.text(text);
            let tokens = tokenize(body);
            for run in name_runs(&tokens) {
                let mut run = run;
                // Drop capitalised sentence openers and titles from the front of the run.
                let mut titled = run.start > 0 && is_person_title(&tokens[run.start - 1].lower());
                while run.start < run.end {
                    let word = tokens[run.start].lower();
                    if is_person_title(&word) {
                        titled = true;
                        run.start += 1;
                    } else if is_not_name(&word) || is_calendar_word(&word) {
                        run.start += 1;
                    } else {
                        break;
                    }
                }
                // "US President Donald Trump": the name is what follows the last title.
                if let Some(last_title) = (run.start..run.end)
                    .rev()
                    .find(|&k| is_person_title(&tokens[k].lower()))
                {
                    titled = true;
                    run.start = last_title + 1;
                }
                if run.start >= run.end {
                    continue;
                }
                let span = tokens[run.start].start + sentence.start
                    ..tokens[run.end - 1].end + sentence.start;
                let name = strip_possessive(&text[span.clone()]).to_string();
                let words: Vec<String> = tokens[run.clone()]
                    .iter()
                    .filter(|t| t.kind == TokenKind::Word)
                    .map(|t| strip_possessive(t.text).to_lowercase())
                    .collect();
                let first = words.first().cloned().unwrap_or_default();
                let last = words.last().cloned().unwrap_or_default();
                let thing = is_not_person_ending(&last) || is_not_person_start(&first);
                if thing {
                    continue;
                }
                if titled || words.len() >= 2 {
                    people.register(span, &name);
                } else {
                    singles.push(span);
                }
            }
        }
        // A single capitalised word is a person once its surname is known ("Lukashenko").
        for span in singles {
            let surname = surname_of(&text[span.clone()]);
            if people.fullest.contains_key(&surname) {
                people.mentions.push(Mention { span, surname });
            }
        }
        people.mentions.sort_by_key(|m| m.span.start);
        people
    }

    fn register(&mut self, span: Range<usize>, name: &str) {
        let surname = surname_of(name);
        let entry = self
            .fullest
            .entry(surname.clone())
            .or_insert_with(|| name.to_string());
        if name.split_whitespace().count() > entry.split_whitespace().count() {
            *entry = name.to_string();
        }
        self.mentions.push(Mention { span, surname });
    }

    /// The fullest name of the person with this surname.
    pub fn fullest(&self, surname: &str) -> Option<&str> {
        self.fullest.get(surname).map(String::as_str)
    }

    /// The person mentioned in `span` (a name, possibly with a title), if any.
    pub fn person_in(&self, span: &Range<usize>) -> Option<&Mention> {
        self.mentions
            .iter()
            .rev()
            .find(|m| m.span.start >= span.start && m.span.end <= span.end)
    }

    /// The person a pronoun at byte `at` most likely means: the most recent person mentioned
    /// before it, no more than three sentences back.
    pub fn antecedent(&self, at: usize, excluded: &[Range<usize>]) -> Option<&Mention> {
        let sentence = self
            .sentence_starts
            .partition_point(|&s| s <= at)
            .saturating_sub(1);
        let earliest = self
            .sentence_starts
            .get(sentence.saturating_sub(3))
            .copied()
            .unwrap_or(0);
        self.mentions
            .iter()
            .rev()
            .filter(|m| m.span.end <= at && m.span.start >= earliest)
            .find(|m| {
                !excluded
                    .iter()
                    .any(|q| q.start <= m.span.start && m.span.end <= q.end)
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn people(text: &str) -> (People, Vec<String>) {
        let people = People::scan(text, &segment(text));
        let names = people
            .mentions
            .iter()
            .map(|m| people.fullest(&m.surname).unwrap().to_string())
            .collect();
        (people, names)
    }

    #[test]
    fn titles_and_variants_are_one_person() {
        let (_, names) = people(
            "MINSK, Belarus \u{2014} President Alexander Lukashenko spoke. Mr Lukashenko left. Lukashenko\u{2019}s car waited.",
        );
        assert_eq!(names, ["Alexander Lukashenko"; 3]);
        let (_, names) = people("Ms Tikhanovskaya spoke. Svetlana G. Tikhanovskaya, 37, left.");
        assert_eq!(names, ["Svetlana G. Tikhanovskaya"; 2]);
    }

    #[test]
    fn institutions_and_places_are_not_people() {
        let (_, names) = people(
            "Workers at the Minsk Wheel Tractor Plant jeered. The Central Election Commission met in North Korea. Belarus voted.",
        );
        assert!(names.is_empty(), "{names:?}");
    }

    #[test]
    fn pronouns_resolve_to_the_most_recent_person_nearby() {
        let text =
            "The ambassador to Slovakia, Igor Leshchenya, resigned. He told the BBC he was proud.";
        let (people, _) = people(text);
        let he = text.find("He told").unwrap();
        let found = people.antecedent(he, "he", &[]).unwrap();
        assert_eq!(people.name(found), "Igor Leshchenya");
        // Far back, only the article's first person (its topic) is still in reach.
        let far = "Anna Berg spoke. Igor Leshchenya resigned. It rained. Shops shut. Buses stopped. He was not seen.";
        let (people, _) = self::people(far);
        assert!(
            people
                .antecedent(far.find("He was").unwrap(), "he", &[])
                .is_none()
        );
    }
    #[test]
    fn abbreviated_titles_party_tags_and_suffixes_are_not_names() {
        let (_, names) = people(
            "Sen. Patty Murray (D-Wash.) met Lt. Gov. Dan Patrick and Ohio Gov. John Kasich. Thomas Greer III, an analyst, listened.",
        );
        assert_eq!(
            names,
            ["Patty Murray", "Dan Patrick", "John Kasich", "Thomas Greer III"]
        );
    }

    #[test]
    fn a_possessive_outlet_is_not_part_of_the_name() {
        let (_, names) = people(
            "CNN's Gloria Borger asked. American Action Forum\u{2019}s Douglas Holtz-Eakin answered.",
        );
        assert_eq!(names, ["Gloria Borger", "Douglas Holtz-Eakin"]);
    }

    #[test]
    fn adjective_phrases_outlets_and_abbreviations_are_not_people() {
        let (_, names) = people(
            "Embattled Ukrainian officials met. LONDON (Reuters) Boris Johnson spoke in the U.S. on Monday. Young voters cheered in Manchester, N.H. on Tuesday.",
        );
        assert_eq!(names, ["Boris Johnson"]);
    }

    #[test]
    fn people_sharing_a_surname_are_two_people() {
        let text = "Bill Clinton joined Hillary Clinton. Mrs. Clinton spoke. Mr. Clinton waved. Clinton left.";
        let (_, names) = people(text);
        assert_eq!(
            names,
            [
                "Bill Clinton",
                "Hillary Clinton",
                "Hillary Clinton",
                "Bill Clinton",
                "Bill Clinton"
            ]
        );
    }

    #[test]
    fn pronouns_agree_in_gender_with_their_person() {
        let text = "Maria Santos met John Baker. She left. Mr. Okafor met Ms. Adeyemi. He stayed.";
        let (people, _) = people(text);
        let she = people.antecedent(text.find("She left").unwrap(), "she", &[]);
        assert_eq!(she.map(|m| people.name(m)), Some("Maria Santos"));
        let he = people.antecedent(text.find("He stayed").unwrap(), "he", &[]);
        assert_eq!(he.map(|m| people.name(m)), Some("Okafor"));
    }

    #[test]
    fn first_names_know_their_gender() {
        use super::gender::{Gender, first_name_gender};
        for (name, gender) in [
            ("hillary", Gender::Female),
            ("bernie", Gender::Male),
            ("carly", Gender::Female),
            ("donald", Gender::Male),
            ("nikki", Gender::Female),
            ("ted", Gender::Male),
        ] {
            assert_eq!(first_name_gender(name), Some(gender), "{name}");
        }
        // Names given to both (no clear majority) and words that are no first name.
        for name in ["jordan", "leslie", "the"] {
            assert_eq!(first_name_gender(name), None, "{name}");
        }
    }
}
