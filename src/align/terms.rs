//! Terms: turns sentence text into the content words alignment compares, as integer IDs.
//!
//! A term is a content word, case-folded, folded to ASCII, with possessives and contraction
//! tails dropped and stemmed with the Snowball English stemmer ("elections" and "election" both
//! become `elect`, "Tikhanovskaya's" becomes `tikhanovskaya`), or a number with its thousands
//! separators removed ("100,000" becomes `100000`). Stop words are left out, except acronyms
//! written in capitals (`US`, `IT`) which name things. Mapping terms to `u32` IDs once makes
//! every later comparison an integer merge instead of string work.

use std::collections::HashMap;

use rust_stemmers::{Algorithm, Stemmer};

use super::{folds, marks, weights};
use crate::lexicon::{is_contraction_tail, is_stop_word};

/// Interned term IDs for the words of one alignment run.
#[derive(Debug, Default)]
pub struct Vocabulary {
    ids: HashMap<String, u32>,
    terms: Vec<TermInfo>,
    /// Quantity IDs by (figure, counted word) ([`Vocabulary::intern_quantity`]).
    quantities: HashMap<(u32, u32), u32>,
    /// The counted word of each quantity, by quantity ID.
    quantity_words: Vec<u32>,
}

/// What alignment needs to know about a term besides its ID. A function of the term's text
/// alone, never of the run it was seen in, so a pair scores the same in any run (issue 14).
#[derive(Debug, Clone)]
pub struct TermInfo {
    pub text: String,
    pub kind: TermKind,
    /// How much the term counts in a score, from the background table (`align::weights`).
    pub weight: f32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermKind {
    /// A word common in general English: matches only itself or a derived form
    /// (`russia`/`russian`), or, if long, a near spelling.
    Word,
    /// A word rare in general English or absent from the background table (`kharkiv`,
    /// `tsikhanouskaya`, an acronym spelling a stop word such as `US`): most likely a name,
    /// which may be spelt in different transliterations and so is allowed a fuzzy match.
    /// Decided by the background table rather than by capitals seen elsewhere in the run.
    Name,
    /// Digits: matched exactly, never fuzzily (100,000 is not 10,000).
    Number,
}

impl Vocabulary {
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    pub fn info(&self, id: u32) -> &TermInfo {
        &self.terms[id as usize]
    }

    /// The quantity ID of a figure and the word it counts, for [`marks::COUNTS`]: the same
    /// figure of the same word is one ID in any sentence of the run. Quantities are numbered
    /// apart from terms, in a table of pairs of IDs: no text, no weight, never matched.
    fn intern_quantity(&mut self, figure: u32, counted: u32) -> u32 {
        let next = u32::try_from(self.quantity_words.len())
            .ok()
            .filter(|&id| id < marks::NEGATED)
            .expect("fewer than a billion distinct quantities");
        let id = *self.quantities.entry((figure, counted)).or_insert(next);
        if id == next {
            self.quantity_words.push(counted);
        }
        id
    }

    /// The word each quantity counts, by quantity ID ([`Vocabulary::intern_quantity`]).
    pub fn quantity_words(&self) -> &[u32] {
        &self.quantity_words
    }

    /// The ID the next interned term takes.
    fn next_id(&self) -> u32 {
        // Term IDs stay under the marks' bits (`align::marks`).
        u32::try_from(self.terms.len())
            .ok()
            .filter(|&id| id < marks::NEGATED)
            .expect("fewer than a billion distinct terms")
    }

    fn intern(&mut self, text: String, number: bool) -> u32 {
        if let Some(&id) = self.ids.get(&text) {
            return id;
        }
        let zipf = if number {
            weights::number_zipf(&text)
        } else {
            weights::background_zipf(&text)
        };
        let kind = if number {
            TermKind::Number
        } else if weights::is_rare(zipf) {
            TermKind::Name
        } else {
            TermKind::Word
        };
        let weight = weights::weight(zipf);
        let id = self.next_id();
        self.ids.insert(text.clone(), id);
        self.terms.push(TermInfo { text, kind, weight });
        id
    }
}

/// How many tokens after a figure the word it counts may stand ("51% of the *tourists*").
const COUNT_REACH: usize = 3;
/// The term a percentage counts, however it is written.
const PERCENT: &str = "percent";
/// Percent signs after a figure, a space between or not: ASCII, Arabic, full width.
const PERCENT_SIGNS: &[char] = &['%', '\u{66a}', '\u{ff05}'];

/// Extracts terms from sentences and interns them in one shared [`Vocabulary`].
pub struct TermExtractor {
    stemmer: Stemmer,
    pub vocabulary: Vocabulary,
}

impl Default for TermExtractor {
    fn default() -> Self {
        TermExtractor {
            stemmer: Stemmer::create(Algorithm::English),
            vocabulary: Vocabulary::default(),
        }
    }
}

impl TermExtractor {
    /// The distinct term IDs of one sentence, sorted, then its marks (`align::marks`): the
    /// terms it negates and the words it writes as names.
    pub fn terms(&mut self, sentence: &str) -> Vec<u32> {
        let mut ids = Vec::new();
        // Whether the sentence is a headline: read only once a word might be a name.
        let mut headline = None;
        let mut tokens = tokens(sentence).peekable();
        // Tokens left in which the next word is a negator's predicate.
        let mut negation = 0usize;
        // Whether the token before this one opens with a capital (see `marks::lone_name`).
        let mut after_capital = false;
        // The figure whose glued scale is the term about to be pushed ("$812*m*"): the word
        // that figure counts.
        let mut glued_figure = None;
        while let Some(token) = tokens.next() {
            let capital_before =
                std::mem::replace(&mut after_capital, token.starts_with(char::is_uppercase));
            // Where the token starts in the sentence: a dollar's letters count only after `$`.
            let start = token.as_ptr() as usize - sentence.as_ptr() as usize;
            let next = tokens.peek().copied();
            let span = marks::negator_span(token, next);
            if span > 0 {
                if span == 2 {
                    tokens.next();
                }
                negation = marks::NEGATION_REACH;
                continue;
            }
            let figure = next
                .filter(|n| sentence[start + token.len()..].starts_with('-') && n.len() > 2)
                .and_then(|n| folds::compound_figure(&fold(token), &fold(n)));
            // Where the figure ends: after the second word of a compound ("forty-one").
            let mut end = start + token.len();
            let normalised = if let Some(value) = figure {
                if let Some(second) = tokens.next() {
                    end = second.as_ptr() as usize - sentence.as_ptr() as usize + second.len();
                }
                Some((value.to_string(), true))
            } else {
                let token = without_currency_prefix(token, sentence[..start].ends_with('$'));
                let glued = token
                    .starts_with(|c: char| c.is_ascii_digit())
                    .then(|| glued_scale(token, sentence[..start].ends_with(CURRENCY_SYMBOLS)))
                    .flatten();
                match glued {
                    Some((figure, scale)) => {
                        let figure = self.vocabulary.intern(figure.replace(',', ""), true);
                        ids.push(figure);
                        glued_figure = Some(figure);
                        self.normalise(scale)
                    }
                    None => self.normalise(token),
                }
            };
            let Some((text, number)) = normalised else {
                if negation == 1 {
                    ids.push(marks::NEGATED | marks::NO_PREDICATE);
                }
                negation = negation.saturating_sub(1);
                continue;
            };
            let id = self.vocabulary.intern(text, number);
            ids.push(id);
            if let Some(figure) = glued_figure.take() {
                ids.push(marks::COUNTS | self.vocabulary.intern_quantity(figure, id));
            }
            if number {
                if let Some(counted) = self.counted_word(&sentence[end..], tokens.clone()) {
                    ids.push(marks::COUNTS | self.vocabulary.intern_quantity(id, counted));
                }
                continue;
            }
            if negation > 0 {
                ids.push(marks::NEGATED | id);
                negation = 0;
            }
            if self.vocabulary.info(id).kind == TermKind::Word
                && marks::lone_name(capital_before, next)
                && marks::written_as_name(sentence, start, token)
                && !*headline.get_or_insert_with(|| marks::is_headline(self::tokens(sentence)))
            {
                ids.push(marks::NAMED | id);
            }
        }
        if negation > 0 {
            ids.push(marks::NEGATED | marks::NO_PREDICATE);
        }
        ids.sort_unstable();
        ids.dedup();
        ids.shrink_to_fit();
        ids
    }

    /// The word a figure counts, given the text right after the figure and the tokens that
    /// follow it: `percent` for "%", "per cent" or "percent", else the first content word
    /// within [`COUNT_REACH`] tokens ("41 *protesters*", "12 and 15 riot *police*", "$5 per
    /// *hour*"), other figures skipped.
    fn counted_word<'a>(
        &mut self,
        after: &str,
        tokens: impl Iterator<Item = &'a str>,
    ) -> Option<u32> {
        if after.trim_start().starts_with(PERCENT_SIGNS) {
            return Some(self.vocabulary.intern(PERCENT.to_string(), false));
        }
        for token in tokens.take(COUNT_REACH) {
            match self.normalise(token) {
                // "per cent", "$5 per hour": what follows "per" is what is counted.
                Some((text, false)) if text == "per" => continue,
                Some((text, false)) => {
                    let text = if text == "cent" {
                        PERCENT.to_string()
                    } else {
                        text
                    };
                    return Some(self.vocabulary.intern(text, false));
                }
                _ => continue,
            }
        }
        None
    }

    /// The term a token stands for, and whether it is a number.
    fn normalise(&self, token: &str) -> Option<(String, bool)> {
        if token.starts_with(|c: char| c.is_ascii_digit()) {
            let digits: String = token.chars().filter(|&c| c != ',').collect();
            return Some((digits, true));
        }
        let base = strip_apostrophe_tail(token);
        let acronym = base.chars().count() >= 2 && base.chars().all(|c| c.is_uppercase());
        let folded = fold(&base);
        if let Some(value) = folds::spelled_figure(&folded) {
            return Some((value.to_string(), true));
        }
        if folded.chars().count() < 2 || (!acronym && is_stop_word(&folded)) {
            return None;
        }
        if acronym {
            // Acronyms are not stemmed: "US" is not "u".
            return Some((folded, false));
        }
        Some((self.stemmer.stem(&folded).into_owned(), false))
    }
}

/// Words and numbers of `text`: runs of letters and digits, keeping the `,` and `.` inside a
/// number (`100,000`, `80.1`) and an apostrophe inside a word (`Lukashenko's`, `O'Brien`).
pub fn tokens(text: &str) -> impl Iterator<Item = &str> + Clone {
    let bytes = text.as_bytes();
    let mut position = 0;
    std::iter::from_fn(move || {
        let rest = &text[position..];
        let start = position + rest.find(char::is_alphanumeric)?;
        let mut end = start;
        let mut chars = text[start..].char_indices().peekable();
        while let Some((offset, c)) = chars.next() {
            let next = chars.peek().map(|&(_, n)| n);
            // Separators inside a figure, also one a currency is glued to ("US346,807").
            let after_digit = end > start && bytes[end - 1].is_ascii_digit();
            let keeps_going = c.is_alphanumeric()
                || (matches!(c, ',' | '.')
                    && (bytes[start].is_ascii_digit() || after_digit)
                    && next.is_some_and(|n| n.is_ascii_digit())
                    && end > start)
                || (matches!(c, '\'' | '\u{2019}')
                    && end > start
                    && next.is_some_and(char::is_alphabetic));
            if !keeps_going {
                break;
            }
            end = start + offset + c.len_utf8();
        }
        position = end;
        Some(&text[start..end])
    })
}

/// Drops a possessive or contraction tail (`'s`, `n't`, `'ll`...), keeps other apostrophes'
/// words whole without the mark (`O'Brien` -> `OBrien`).
fn strip_apostrophe_tail(token: &str) -> std::borrow::Cow<'_, str> {
    let Some(mark) = token.find(['\'', '\u{2019}']) else {
        return token.into();
    };
    let tail_start = mark + token[mark..].chars().next().map_or(1, char::len_utf8);
    let tail = token[tail_start..].to_ascii_lowercase();
    if is_contraction_tail(&tail) {
        let head = &token[..mark];
        // "didn't" -> "didn"; "can't" -> "can": both stop words.
        return head.into();
    }
    token.replace(['\'', '\u{2019}'], "").into()
}

/// A figure with a currency glued before it ("US346,807" of "$US346,807", "Rs500", "Dh50"):
/// the figure alone, so it meets the same figure written "$346,807". Only prefixes of two
/// letters or more that name a currency (`dollar_prefixes.txt`, `currency_codes.txt`): "A320"
/// is a model, not Australian dollars. Read as the lists say they are written: a code in
/// capitals (or titled where its entry says so, `Rs`), a dollar's letters in capitals right
/// after `$` (`after_dollar`), so "try2" and "US1" (a highway) stay words.
fn without_currency_prefix(token: &str, after_dollar: bool) -> &str {
    let Some(digit) = token.find(|c: char| c.is_ascii_digit()) else {
        return token;
    };
    let prefix = &token[..digit];
    if prefix.len() < 2 || !prefix.chars().all(|c| c.is_ascii_alphabetic()) {
        return token;
    }
    let capitals = prefix.chars().all(|c| c.is_ascii_uppercase());
    let titled = prefix.starts_with(|c: char| c.is_ascii_uppercase())
        && prefix[1..].chars().all(|c| c.is_ascii_lowercase());
    let lower = prefix.to_ascii_lowercase();
    let code = crate::lexicon::CURRENCY_CODES
        .get(&lower)
        .is_some_and(|entry| capitals || titled && entry.titled);
    let dollar = after_dollar && capitals && crate::lexicon::DOLLAR_PREFIXES.get(&lower).is_some();
    if code || dollar {
        &token[digit..]
    } else {
        token
    }
}

/// Currency symbols a figure may follow ("$812m", "£2.5bn").
const CURRENCY_SYMBOLS: [char; 4] = ['$', '£', '€', '¥'];

/// A figure with its scale glued on ("812m", "2.5bn", "1.2tn", "40k"): the figure and the
/// scale's word, so it meets "812 million". `bn`, `mn` and `tn` are scales wherever they
/// stand; `m`, `b` and `k` only after a currency symbol, since "a 3m wall" is metres and "5k"
/// a race.
fn glued_scale(token: &str, after_currency: bool) -> Option<(&str, &'static str)> {
    let split = token.find(|c: char| c.is_ascii_alphabetic())?;
    let (figure, suffix) = token.split_at(split);
    if !figure.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let scale = match suffix {
        "bn" => "billion",
        "mn" => "million",
        "tn" => "trillion",
        "m" if after_currency => "million",
        "b" if after_currency => "billion",
        "k" if after_currency => "thousand",
        _ => return None,
    };
    Some((figure, scale))
}

/// Lower-cases and folds to ASCII, so "Łukaszenka" and "Lukaszenka" meet.
fn fold(word: &str) -> String {
    if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        deunicode::deunicode(word).to_ascii_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(extractor: &mut TermExtractor, sentence: &str) -> Vec<String> {
        let terms = extractor.terms(sentence);
        let mut words: Vec<String> = marks::words(&terms)
            .iter()
            .map(|&id| extractor.vocabulary.info(id).text.clone())
            .collect();
        words.sort();
        words
    }

    /// The words a sentence's figures count, as text, sorted.
    fn counted(extractor: &mut TermExtractor, sentence: &str) -> Vec<String> {
        let terms = extractor.terms(sentence);
        let mut words: Vec<String> = marks::counts(&terms)
            .iter()
            .map(|&mark| {
                let word = extractor.vocabulary.quantity_words()[(mark & !marks::COUNTS) as usize];
                extractor.vocabulary.info(word).text.clone()
            })
            .collect();
        words.sort();
        words
    }

    #[test]
    fn a_figure_counts_the_first_content_word_after_it() {
        let mut extractor = TermExtractor::default();
        for (sentence, expected) in [
            ("Police said 41 protesters were arrested.", &["protest"][..]),
            ("Turnout reached 64% in the capital.", &["percent"]),
            ("Turnout reached 58 per cent in the capital.", &["percent"]),
            ("Turnout reached 58 percent in the capital.", &["percent"]),
            ("The bank was fined $812m on Friday.", &["million"]),
            ("The bank was fined $812 million on Friday.", &["million"]),
            (
                "Between 12 and 15 riot police were hurt.",
                &["riot", "riot"],
            ),
            ("A 50-year-old man was held.", &["year"]),
            ("Wages rose to $5 per hour.", &["hour"]),
            ("Forty-one people died in the fire.", &["peopl"]),
            // Nothing within reach: no mark.
            ("The final toll was 212.", &[]),
        ] {
            assert_eq!(counted(&mut extractor, sentence), expected, "{sentence}");
        }
    }

    #[test]
    fn stop_words_are_dropped_stems_kept() {
        let mut extractor = TermExtractor::default();
        assert_eq!(
            texts(&mut extractor, "The elections were held under pressure."),
            ["elect", "held", "pressur"]
        );
    }

    #[test]
    fn inflections_and_possessives_meet() {
        let mut extractor = TermExtractor::default();
        let a = extractor.terms("Tikhanovskaya's election");
        let b = extractor.terms("Tikhanovskaya \u{2019}s elections");
        let c = extractor.terms("Tikhanovskaya\u{2019}s elections");
        assert_eq!(a, c);
        assert!(b.iter().all(|id| a.contains(id)));
    }

    #[test]
    fn numbers_keep_decimals_and_lose_thousands_separators() {
        let mut extractor = TermExtractor::default();
        assert_eq!(
            texts(
                &mut extractor,
                "Some 6,700 people; 80.1% of the vote; 100,000."
            ),
            ["100000", "6700", "80.1", "peopl", "vote"]
        );
    }

    #[test]
    fn a_currency_glued_to_a_figure_leaves_the_figure() {
        let mut extractor = TermExtractor::default();
        // "$US346,807" and "$346,807" are one figure; so are "Rs500" and "500".
        assert_eq!(
            texts(&mut extractor, "It raised $US346,807 in Sydney."),
            ["346807", "rais", "sydney"]
        );
        assert_eq!(
            texts(&mut extractor, "It cost Rs500 crore."),
            ["500", "cost", "crore"]
        );
        // A model's letters are no currency: "A320" stays a word.
        assert_eq!(texts(&mut extractor, "The A320 landed."), ["a320", "land"]);
    }

    #[test]
    fn a_currency_prefix_is_read_only_as_the_lexicon_writes_it() {
        // `currency_codes.txt`: codes in capitals, `Rs` also titled, so the words they spell
        // stay words; `dollar_prefixes.txt`: a dollar's letters only glued after `$`.
        let mut extractor = TermExtractor::default();
        assert_eq!(
            texts(&mut extractor, "Players try2 it."),
            ["player", "try2"]
        );
        assert_eq!(
            texts(&mut extractor, "Drive the US1 north."),
            ["drive", "north", "us1"]
        );
        assert_eq!(texts(&mut extractor, "It cost rs500."), ["cost", "rs500"]);
        // As written, they still leave the figure.
        assert_eq!(texts(&mut extractor, "It cost $US500."), ["500", "cost"]);
        assert_eq!(texts(&mut extractor, "It cost USD500."), ["500", "cost"]);
        assert_eq!(texts(&mut extractor, "It cost Rs500."), ["500", "cost"]);
    }

    #[test]
    fn a_scale_glued_to_a_figure_is_read_as_the_figure_and_its_word() {
        let mut extractor = TermExtractor::default();
        assert_eq!(
            texts(&mut extractor, "It will pay $812m."),
            ["812", "million", "pay"]
        );
        assert_eq!(
            texts(&mut extractor, "Debts of 2.5bn rose."),
            ["2.5", "billion", "debt", "rose"]
        );
        assert_eq!(
            texts(&mut extractor, "It cost $US1,200k."),
            ["1200", "cost", "thousand"]
        );
        // Without a currency, "m" and "k" are units or races, and a model stays a word.
        assert_eq!(
            texts(&mut extractor, "A 3m wall fell."),
            ["3m", "fell", "wall"]
        );
        assert_eq!(
            texts(&mut extractor, "The 5k race was cancelled."),
            ["5k", "cancel", "race"]
        );
        assert_eq!(texts(&mut extractor, "The A320 landed."), ["a320", "land"]);
    }

    #[test]
    fn acronyms_survive_even_when_they_spell_stop_words() {
        let mut extractor = TermExtractor::default();
        assert_eq!(
            texts(&mut extractor, "US officials and us"),
            ["offici", "us"]
        );
        let us = extractor.terms("US")[0];
        assert_eq!(extractor.vocabulary.info(us).kind, TermKind::Name);
    }

    #[test]
    fn names_are_rare_words_whatever_their_capitals_or_the_run() {
        let mut extractor = TermExtractor::default();
        extractor.terms("Protests spread to Grodno and Brest.");
        let kind = |extractor: &mut TermExtractor, word: &str| {
            let id = extractor.terms(word)[0];
            extractor.vocabulary.info(id).kind
        };
        assert_eq!(kind(&mut extractor, "protests"), TermKind::Word);
        assert_eq!(kind(&mut extractor, "Grodno"), TermKind::Name);
        // Lower-case or sentence-initial, a rare word is still a name; a common word
        // capitalised mid-sentence is still a word.
        assert_eq!(kind(&mut extractor, "kharkiv"), TermKind::Name);
        extractor.terms("Officials met the President on Monday.");
        assert_eq!(kind(&mut extractor, "president"), TermKind::Word);
        assert_eq!(kind(&mut extractor, "41"), TermKind::Number);
    }

    #[test]
    fn weights_come_from_the_background_not_the_run() {
        let mut alone = TermExtractor::default();
        let mut crowded = TermExtractor::default();
        crowded.terms("Police said police arrested protesters; police said so again.");
        let weight = |extractor: &mut TermExtractor, word: &str| {
            let id = extractor.terms(word)[0];
            extractor.vocabulary.info(id).weight
        };
        for word in ["police", "protesters", "Tsikhanouskaya", "41"] {
            assert_eq!(
                weight(&mut alone, word),
                weight(&mut crowded, word),
                "{word}"
            );
        }
        assert!(weight(&mut alone, "police") < weight(&mut alone, "protesters"));
        assert!(weight(&mut alone, "protesters") < weight(&mut alone, "Tsikhanouskaya"));
    }

    #[test]
    fn tokens_split_hyphens_and_keep_inner_apostrophes() {
        let found: Vec<&str> =
            tokens("pro-Lukashenko O'Brien's 1,200-strong \u{201c}leave\u{201d}").collect();
        assert_eq!(
            found,
            ["pro", "Lukashenko", "O'Brien's", "1,200", "strong", "leave"]
        );
    }
}
