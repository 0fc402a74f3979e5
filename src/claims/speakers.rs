//! Speakers: who is named in an article, and who a speaker phrase ("Mr Lukashenko", "he",
//! "the Kremlin", "said Tatiana Y. Revizore") refers to.
//!
//! Takes an article's text and sentences; hands on a [`People`] register: every person mention
//! with its span, each tied to one person named by the fullest name the article gives ("Mr
//! Lukashenko", "Lukashenko" and "President Alexander Lukashenko" are one person, "Alexander
//! Lukashenko"). A mention is a person when a title precedes it ("Ms Tikhanovskaya", "Sen.
//! Patty Murray", "Lt. Gov. Dan Patrick") or it is two or more capitalised words that do not end
//! in an institution, place or nationality word ("Svetlana G. Tikhanovskaya", "Thomas Greer
//! III"; not "Minsk Wheel Tractor Plant", "Embattled Ukrainian"); a possessive outlet before a
//! name is not part of it ("CNN's Gloria Borger"), nor is a party tag ("(D-Calif.)"). A single
//! capitalised word is a person once its surname is known.
//!
//! People are told apart by first name and gender, not keyed by surname: "Bill Clinton" and
//! "Hillary Clinton" are two people; "Mrs. Clinton" is the woman, "Mr. Clinton" the man, a bare
//! "Clinton" the one mentioned last. Pronouns resolve to the most recent person of their gender
//! (from titles, first names and earlier pronouns: [`gender`]) within the last few sentences,
//! else to the article's main person if the gender agrees, or to no one.

use std::ops::Range;

use rustc_hash::{FxHashMap, FxHashSet};

use super::spans::QuotedSpans;
use super::tokens::{Token, TokenKind, tokenize};
use crate::segment::Sentence;

pub mod gender;
mod lookup;
mod names;
mod roles;
use crate::lexicon::is_place_name;
use gender::{Evidence, Gender, agrees, first_name_gender, pronoun_gender};
use names::{Candidate, Role, candidate, name_runs, same_first, strip_possessive};

/// A person named in the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Byte span of the name as written (title excluded).
    pub span: Range<usize>,
    /// Index of the person in the register.
    pub person: usize,
    role: Role,
    /// Inside quotation marks: a name someone speaks of, never the antecedent of a pronoun of
    /// the narrative ("At an event billed as \"Hard Hats for Hillary\", Clinton ...").
    quoted: bool,
}

/// One person of the article.
#[derive(Debug, Clone)]
struct Person {
    /// The fullest name the article gives.
    name: String,
    /// Lower-cased first name, where the article gives one.
    first: Option<String>,
    gender: Option<Gender>,
    /// Where `gender` was learnt: stronger evidence replaces weaker.
    evidence: Evidence,
    /// Where each mention of this person starts, in text order.
    starts: Vec<usize>,
}

impl Person {
    /// Takes `found` as the person's gender unless what is known already is as strong.
    fn learn(&mut self, found: Option<(Gender, Evidence)>) {
        if let Some((gender, evidence)) = found
            && (self.gender.is_none() || evidence > self.evidence)
        {
            self.gender = Some(gender);
            self.evidence = evidence;
        }
    }
}

/// A single capitalised word of the article, by span, waiting to be tied to a person known by
/// that surname (its word is read back from the text).
struct Single {
    span: Range<usize>,
    role: Role,
}

/// Every person mention of an article, in text order, and the people they name.
#[derive(Debug, Clone, Default)]
pub struct People {
    pub mentions: Vec<Mention>,
    persons: Vec<Person>,
    /// Sentence start offsets, for "within the last few sentences". In `u32`, as a `Sentence`
    /// holds them: a page of 250,000 "Yes." and "No." held 2 MB of `usize` (issue 16).
    sentence_starts: Vec<u32>,
    /// Paragraph start offsets: a paragraph that names someone new moves the story on.
    paragraph_starts: Vec<usize>,
    /// The person the article is most about (most mentioned), a pronoun's antecedent of last
    /// resort.
    topic: Option<usize>,
    /// Each subject he/she outside quotations (start, gender), in text order: a pronoun chain keeps
    /// its person in reach ("She denied ... But she acknowledged ...").
    pronouns: Vec<(usize, Gender)>,
    /// The role words of each person (titles, appositions), by person.
    roles: Vec<Vec<String>>,
    /// The people of each surname, in the order they were first named: looking a surname up
    /// costs one probe, never a walk back over the article's mentions.
    surnames: FxHashMap<String, Vec<usize>>,
    /// Each person by fullest name.
    names: FxHashMap<String, usize>,
}

/// Byte ranges inside double quotation marks, each closed at its paragraph's end: pronouns
/// there speak of someone else and teach nothing about the people of the narrative. Held as
/// runs: a paragraph of mixed marks is a range every few bytes (issue 16).
fn quoted_ranges(text: &str) -> QuotedSpans {
    let mut ranges = QuotedSpans::default();
    let mut open: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        // Two apostrophes are a double mark in some house styles (''We will win,'').
        let c = if c == '\'' && chars.peek().is_some_and(|&(_, n)| n == '\'') {
            chars.next();
            '"'
        } else {
            c
        };
        match (c, open) {
            ('\u{201c}', None) | ('"', None) => open = Some(i),
            ('\u{201d}', Some(start)) | ('"', Some(start)) | ('\n', Some(start)) => {
                ranges.push(start..i);
                open = None;
            }
            _ => {}
        }
    }
    if let Some(start) = open {
        ranges.push(start..text.len());
    }
    ranges
}

impl People {
    /// Finds the people named in `text`, sentence by sentence.
    pub fn scan(text: &str, sentences: &[Sentence]) -> People {
        let mut people = People {
            sentence_starts: sentences.iter().map(|s| s.start).collect(),
            paragraph_starts: crate::segment::paragraphs(text)
                .iter()
                .map(|p| p.start)
                .collect(),
            ..People::default()
        };
        let quoted = quoted_ranges(text);
        // Single capitalised words, kept until the article's full names are known. Only those
        // that are first names may become people of their own, so only they keep their whole
        // candidate: a long article holds thousands of the others, and a handful of owned
        // strings each made `compare` hold a quarter more memory.
        let mut singles: Vec<Single> = Vec::new();
        let mut first_name_singles: Vec<Candidate> = Vec::new();
        // (byte span, gender, sentence) of each he/she outside quotations.
        let mut pronouns = Vec::new();
        // A sentence of megabytes is read in pieces, as for claims (pieces.rs): its tokens
        // are held one piece at a time.
        let pieces = sentences.iter().enumerate().flat_map(|(index, sentence)| {
            let body = sentence.text(text);
            super::pieces::read_pieces(body)
                .into_iter()
                .map(move |piece| (index, sentence.span().start + piece.start, &body[piece]))
        });
        for (index, start, body) in pieces {
            let tokens = tokenize(body);
            // Only short words opening with h or s can be he/she: most words skip lower-casing.
            let maybe_pronoun = |t: &&Token| {
                t.kind == TokenKind::Word
                    && t.text.len() <= 7
                    && t.text.starts_with(['h', 's', 'H', 'S'])
            };
            for token in tokens.iter().filter(maybe_pronoun) {
                let lower = token.lower_cow();
                if let Some(gender) = pronoun_gender(&lower) {
                    let span = token.start + start..token.end + start;
                    if !quoted.holds(&span) {
                        // Only a subject carries a chain: "his message" may be anyone's.
                        if matches!(lower.as_ref(), "he" | "she") {
                            people.pronouns.push((span.start, gender));
                        }
                        pronouns.push((span, gender, index));
                    }
                }
            }
            let runs = name_runs(&tokens);
            for (k, run) in runs.iter().enumerate() {
                let Some(mut candidate) = candidate(&tokens, run.clone(), start, text) else {
                    continue;
                };
                // "Mark and Ellen Varga": the first name before "and" takes the surname after.
                let shared = runs.get(k + 1).filter(|next| {
                    next.start == run.end + 1
                        && tokens[run.end].lower_cow() == "and"
                        && next.len() >= 2
                });
                if let Some(next) = shared
                    && candidate.words.len() == 1
                    && !candidate.titled
                    && first_name_gender(&candidate.words[0]).is_some()
                    && !is_place_name(&candidate.words[0])
                {
                    let surname = &tokens[next.end - 1];
                    candidate.name = format!("{} {}", candidate.name, surname.text);
                    candidate.words.push(surname.lower());
                }
                if candidate.words.len() >= 2 {
                    people.add_full(candidate);
                } else if candidate.titled {
                    people.add_titled(candidate);
                } else {
                    singles.push(Single {
                        span: candidate.span.clone(),
                        role: candidate.role,
                    });
                    if first_name_gender(candidate.surname()).is_some() {
                        first_name_singles.push(candidate);
                    }
                }
            }
        }
        people.mentions.sort_by_key(|m| m.span.start);
        people.add_singles(text, &singles, &first_name_singles);
        for mention in &mut people.mentions {
            mention.quoted = quoted.holds(&mention.span);
        }
        people.learn_genders(&pronouns);
        people.topic = (0..people.persons.len())
            .max_by_key(|&p| (people.persons[p].starts.len(), std::cmp::Reverse(p)));
        people.names = (0..people.persons.len())
            .rev()
            .map(|p| (people.persons[p].name.clone(), p))
            .collect();
        people
    }

    /// The person of `surname` seen last before byte `at` among those `fits` accepts, else
    /// the first such person named later.
    fn latest(&self, surname: &str, at: usize, fits: impl Fn(&Person) -> bool) -> Option<usize> {
        let persons = self.surnames.get(surname)?;
        let fitting = persons.iter().copied().filter(|&p| fits(&self.persons[p]));
        fitting
            .clone()
            .filter_map(|p| {
                let starts = &self.persons[p].starts;
                let k = starts.partition_point(|&s| s < at);
                (k > 0).then(|| (starts[k - 1], p))
            })
            .max()
            .map(|(_, p)| p)
            .or_else(|| fitting.clone().next())
    }

    fn mention(&mut self, candidate: &Candidate, person: usize) {
        self.persons[person].starts.push(candidate.span.start);
        self.roles[person].extend(candidate.roles.iter().cloned());
        self.mentions.push(Mention {
            span: candidate.span.clone(),
            person,
            role: candidate.role,
            quoted: false,
        });
    }

    fn new_person(&mut self, candidate: &Candidate) -> usize {
        let evidence = candidate.evidence();
        self.persons.push(Person {
            name: candidate.name.clone(),
            first: candidate.first().map(str::to_string),
            gender: evidence.map(|(gender, _)| gender),
            evidence: evidence.map_or(Evidence::FirstName, |(_, e)| e),
            starts: Vec::new(),
        });
        self.roles.push(Vec::new());
        let person = self.persons.len() - 1;
        self.surnames
            .entry(candidate.surname().to_string())
            .or_default()
            .push(person);
        person
    }

    /// A name of two words or more: the person of the same surname and first name (or one
    /// known by surname only, of a gender that agrees), else a new person. Mentions arrive in
    /// text order, so the one seen last is the one meant.
    fn add_full(&mut self, candidate: Candidate) {
        let first = candidate.first().map(str::to_string);
        let evidence = candidate.evidence();
        let gender = evidence.map(|(gender, _)| gender);
        let found = self.latest(candidate.surname(), candidate.span.start, |p| {
            match (&p.first, &first) {
                (Some(a), Some(b)) => same_first(a, b),
                _ => agrees(p.gender, gender),
            }
        });
        let person = match found {
            Some(p) => {
                let person = &mut self.persons[p];
                if candidate.name.split_whitespace().count()
                    > person.name.split_whitespace().count()
                {
                    person.name = candidate.name.clone();
                }
                if person.first.is_none() {
                    person.first = first;
                }
                person.learn(evidence);
                p
            }
            None => self.new_person(&candidate),
        };
        self.mention(&candidate, person);
    }

    /// A titled surname ("Mrs. Clinton", "President Obama"): the person of that surname and a
    /// gender that agrees seen last, else a new person known by surname.
    fn add_titled(&mut self, candidate: Candidate) {
        let gender = candidate.gender;
        let person = self
            .latest(candidate.surname(), candidate.span.start, |p| {
                agrees(p.gender, gender)
            })
            .unwrap_or_else(|| self.new_person(&candidate));
        self.persons[person].learn(gender.map(|g| (g, Evidence::Title)));
        self.mention(&candidate, person);
    }

    /// A single capitalised word is a person once its surname is known ("Lukashenko"): the
    /// one of that surname mentioned last.
    fn add_singles(&mut self, text: &str, singles: &[Single], first_names: &[Candidate]) {
        let firsts = self.first_names();
        self.add_first_name_people(first_names, &firsts);
        let mut found = Vec::new();
        for single in singles {
            let surname = strip_possessive(&text[single.span.clone()]).to_lowercase();
            let person = self
                .latest(&surname, single.span.start, |_| true)
                .or_else(|| People::by_first_name(&firsts, &surname));
            if let Some(p) = person {
                found.push(Mention {
                    span: single.span.clone(),
                    person: p,
                    role: single.role,
                    quoted: false,
                });
            }
        }
        for mention in &found {
            self.persons[mention.person].starts.push(mention.span.start);
        }
        if !found.is_empty() {
            for person in &mut self.persons {
                person.starts.sort_unstable();
            }
        }
        self.mentions.extend(found);
        self.mentions.sort_by_key(|m| m.span.start);
    }

    /// The one person whose first name is `first` ("Hillary" for Hillary Clinton), from
    /// `firsts` (each first name's holders); none when two people share it.
    fn by_first_name(firsts: &FxHashMap<String, Vec<usize>>, first: &str) -> Option<usize> {
        // Only a word known as a first name: "FBI" opening a headline is no one's first name;
        // a country, US state or capital alone ("Georgia") is the place, not Georgia Smith.
        first_name_gender(first)?;
        if is_place_name(first) {
            return None;
        }
        match firsts.get(first)?.as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    }

    /// Each first name's holders, in the order they were named.
    fn first_names(&self) -> FxHashMap<String, Vec<usize>> {
        let mut firsts: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (p, person) in self.persons.iter().enumerate() {
            if let Some(first) = &person.first {
                firsts.entry(first.clone()).or_default().push(p);
            }
        }
        firsts
    }

    /// "Bob said he arrived in December": a known first name that no one of the article holds,
    /// the subject of a speech verb somewhere, is a person the article names by first name only
    /// (a source who keeps a surname back, a child, a refugee).
    fn add_first_name_people(
        &mut self,
        singles: &[Candidate],
        firsts: &FxHashMap<String, Vec<usize>>,
    ) {
        // A first name that speaks ("Bob said"), or one introduced by who the person is ("Her
        // husband, Carlos, drives a bus"), is a person known by that name alone.
        let speaking: FxHashSet<&str> = singles
            .iter()
            .filter(|s| s.role == Role::Speaker || s.introduced)
            .map(|s| s.surname())
            .collect();
        for single in singles {
            let word = single.surname();
            if speaking.contains(word)
                && first_name_gender(word).is_some()
                && !is_place_name(word)
                && !self.surnames.contains_key(word)
                && !firsts.contains_key(word)
            {
                let person = self.new_person(single);
                self.persons[person]
                    .learn(first_name_gender(word).map(|g| (g, Evidence::FirstName)));
            }
        }
    }

    /// "Chidi Okafor said he would run": a he/she outside quotations, after exactly one person
    /// in its sentence, gives that person's gender where nothing else did. Subject pronouns
    /// right after the person as speaker ("Sen. Lindsey Graham said he would", not "Mary
    /// Smith's husband said he" nor "Proposals from Hillary Clinton, he added, ...") are
    /// counted, and outrank a first name when more of them disagree with it than agree ("Maria
    /// Lopez said he had been deported" once, "she said" twice keeps her a woman).
    fn learn_genders(&mut self, pronouns: &[(Range<usize>, Gender, usize)]) {
        // Subject pronouns after each person alone: (male, female).
        let mut votes: FxHashMap<usize, (usize, usize)> = FxHashMap::default();
        for (span, gender, sentence) in pronouns {
            let sentence_start = self.sentence_starts[*sentence] as usize;
            let before = self.mentions.partition_point(|m| m.span.start < span.start);
            let mut in_sentence = self.mentions[..before]
                .iter()
                .rev()
                .take_while(|m| m.span.start >= sentence_start);
            let Some(last) = in_sentence.next() else {
                continue;
            };
            let (person, role) = (last.person, last.role);
            if !in_sentence.all(|m| m.person == person) {
                continue;
            }
            // Weakest evidence: fills an unknown gender, never replaces one.
            self.persons[person].learn(Some((*gender, Evidence::FirstName)));
            let subject = self
                .pronouns
                .binary_search_by_key(&span.start, |&(s, _)| s)
                .is_ok();
            if subject && role >= Role::Speaker {
                let vote = votes.entry(person).or_default();
                match gender {
                    Gender::Male => vote.0 += 1,
                    Gender::Female => vote.1 += 1,
                }
            }
        }
        for (person, (male, female)) in votes {
            let gender = match male.cmp(&female) {
                std::cmp::Ordering::Greater => Gender::Male,
                std::cmp::Ordering::Less => Gender::Female,
                std::cmp::Ordering::Equal => continue,
            };
            self.persons[person].learn(Some((gender, Evidence::Pronoun)));
        }
    }
}

#[cfg(test)]
mod tests;
