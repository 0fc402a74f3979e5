//! Marks: what a sentence says about its own terms beyond which terms it holds, carried in its
//! term list as extra IDs after the terms themselves.
//!
//! Takes a sentence's tokens as `align::terms` reads them; hands on three kinds of mark for
//! `score::similarity` to read as evidence against a pair (issue 14):
//! - [`NAMED`]: a word capitalised in mid-sentence names someone or somewhere in this sentence,
//!   whatever its frequency in general English ("police in *Lagos*" / "police in *Nairobi*":
//!   two places, though both words are common enough to be weighed as words);
//! - [`NEGATED`]: the sentence negates the term ("did *not resign*" / "resigned");
//! - [`COUNTS`]: the sentence gives a figure of a word ("41 *protesters*"), so two figures
//!   that differ are told apart as two accounts of one quantity ("41 / 14 protesters") or
//!   figures of different things ("a 50-year-old man" / "licence plate 0843"). Its ID is a
//!   quantity's, numbered apart from terms (`terms::Vocabulary`).
//!
//! Why marks inside the term list rather than a table beside it: a sentence stays one sorted
//! list of `u32`, so identical sentences still group into one class (`repeats`), the flat
//! storage and the index need no second structure, and two sentences with the same words but
//! different marks are different classes. Marks sort after every term ([`NEGATED`] and
//! [`NAMED`] are the two top bits), so [`words`] is a prefix of the list; the weights, the
//! index and the matched weight read that prefix only.

use crate::lexicon::{is_calendar_word, is_negator, is_not_name, is_person_title, is_stop_word};

/// Added to a term's ID: the sentence negates the term.
pub const NEGATED: u32 = 1 << 30;
/// Added to a term's ID: the term is written as a name in the sentence.
pub const NAMED: u32 = 1 << 31;

/// Added to a quantity's ID (both bits above; `Vocabulary::intern_quantity`, numbered apart
/// from terms): the sentence gives this figure of this word ("41 *protesters*": 41 and
/// `protest`; "51%": 51 and `percent`), so two figures that differ count against a pair only
/// when they count the same thing, and a figure both sides give is told from the ones they do
/// not.
pub const COUNTS: u32 = NEGATED | NAMED;

/// The terms of a term list, without its marks.
pub fn words(terms: &[u32]) -> &[u32] {
    &terms[..terms.partition_point(|&t| t < NEGATED)]
}

/// A term list's terms and its marks.
pub fn split(terms: &[u32]) -> (&[u32], &[u32]) {
    terms.split_at(terms.partition_point(|&t| t < NEGATED))
}

/// The terms a term list negates, as marks (sorted).
pub fn negated(terms: &[u32]) -> &[u32] {
    let start = terms.partition_point(|&t| t < NEGATED);
    let end = terms.partition_point(|&t| t < NAMED);
    &terms[start..end]
}

/// The terms a term list writes as names, as marks (sorted).
pub fn named(terms: &[u32]) -> &[u32] {
    let start = terms.partition_point(|&t| t < NAMED);
    let end = terms.partition_point(|&t| t < COUNTS);
    &terms[start..end]
}

/// The quantities a term list gives (a figure and the word it counts), as marks (sorted).
pub fn counts(terms: &[u32]) -> &[u32] {
    &terms[terms.partition_point(|&t| t < COUNTS)..]
}

/// A term ID no term has: [`NEGATED`] with it marks a sentence whose negator governs no content
/// word within reach ("did not, as of the time..."), so the sentence still counts as negating
/// something.
pub const NO_PREDICATE: u32 = NEGATED - 1;

/// How many tokens after a negator its predicate may stand ("did not *immediately* resign"
/// marks `immedi`: the first content word is taken, whatever it is, and only counts when the
/// other sentence holds it too).
pub const NEGATION_REACH: usize = 3;

/// Characters after which a capitalised word is capitalised for its place, not as a name: the
/// opening of a quotation, a colon, a bracket or dash, the end of an earlier sentence.
const OPENERS: &[char] = &[
    '"', '\u{201c}', '\u{201d}', '\'', '\u{2018}', '\u{2019}', ':', ';', '.', '!', '?', '(', '[',
    '-', '\u{2013}', '\u{2014}', '\u{2022}', '*',
];

/// Longest word looked up lower-cased on the stack ([`lower`]); the lists hold none longer.
const SHORT_WORD: usize = 24;

/// `f` of `word` lower-cased, without allocating for a short ASCII word (every token of a
/// sentence is looked up, so this is the hot path of term extraction); `None` for a longer or
/// non-ASCII word, which no list holds.
fn lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> Option<R> {
    if word.len() > SHORT_WORD || !word.is_ascii() {
        return None;
    }
    let mut buffer = [0u8; SHORT_WORD];
    let lowered = &mut buffer[..word.len()];
    lowered.copy_from_slice(word.as_bytes());
    lowered.make_ascii_lowercase();
    std::str::from_utf8(lowered).ok().map(f)
}

/// Whether a sentence is a headline in title case ("Heavy Rain Floods Homes Across Sindh"),
/// given its tokens: most of its content words capitalised, so capitals tell no names.
pub fn is_headline<'a>(tokens: impl Iterator<Item = &'a str>) -> bool {
    let (mut content, mut capitalised) = (0usize, 0usize);
    for token in tokens {
        if !token.starts_with(char::is_alphabetic) || lower(token, is_stop_word) == Some(true) {
            continue;
        }
        content += 1;
        capitalised += usize::from(token.starts_with(char::is_uppercase));
    }
    // Three in four: a sentence full of names ("Opposition leader Maria Kolesnikova was
    // detained in Minsk on Monday") stays under it.
    capitalised >= 3 && capitalised * 4 >= content * 3
}

/// Whether `token`, starting at byte `start` of `sentence`, is written as a name there: an
/// initial capital (not all capitals: acronyms are names by rarity already), neither the
/// sentence's first word nor the first after a quotation mark, colon or dash, and not a
/// weekday, month, title or a capitalised word that names no one (`not_names.txt`).
pub fn written_as_name(sentence: &str, start: usize, token: &str) -> bool {
    let mut chars = token.chars();
    if !chars.next().is_some_and(char::is_uppercase) || !chars.any(char::is_lowercase) {
        return false;
    }
    let Some(before) = sentence
        .get(..start)
        .and_then(|s| s.trim_end().chars().last())
    else {
        return false;
    };
    if OPENERS.contains(&before) {
        return false;
    }
    // "Wednesday's" is a weekday too.
    let word = token.split(['\'', '\u{2019}']).next().unwrap_or(token);
    let names_no_one = |w: &str| is_calendar_word(w) || is_person_title(w) || is_not_name(w);
    !lower(word, names_no_one).unwrap_or_else(|| names_no_one(&word.to_lowercase()))
}

/// Whether a capitalised word stands alone, no capital right before or after it: "police in
/// *Lagos* said" names a place, while the words of a longer name ("the *Defense Department*",
/// "*Virginia Beach*", "*Bank* of *France*") are often given whole on one side and shortened
/// or replaced on the other ("the Pentagon") in one report; its rare words still count.
pub fn lone_name(capital_before: bool, next: Option<&str>) -> bool {
    !capital_before && !next.is_some_and(|n| n.starts_with(char::is_uppercase))
}

/// How many tokens the negator at the head of the tokens spans (0: none), given the token and
/// the next: a word of `negators.txt` ("not", "never"), a two-word one ("no longer", written
/// `no_longer`), or a contraction ending in one of its tails ("didn't").
pub fn negator_span(token: &str, next: Option<&str>) -> usize {
    if let Some(mark) = token.find(['\'', '\u{2019}']) {
        // "didn't": the letter before the mark and what follows it, as the list writes it.
        let tail = token[mark..].trim_start_matches(['\'', '\u{2019}']);
        let n = token[..mark].ends_with(['n', 'N']);
        return usize::from(n && tail.eq_ignore_ascii_case("t") && is_negator("n't"));
    }
    if let Some(next) = next.filter(|n| token.len() + n.len() < SHORT_WORD) {
        let mut pair = [0u8; SHORT_WORD];
        pair[..token.len()].copy_from_slice(token.as_bytes());
        pair[token.len()] = b'_';
        pair[token.len() + 1..token.len() + 1 + next.len()].copy_from_slice(next.as_bytes());
        let pair = std::str::from_utf8(&pair[..token.len() + 1 + next.len()]).unwrap_or("");
        if lower(pair, is_negator) == Some(true) {
            return 2;
        }
    }
    usize::from(lower(token, is_negator) == Some(true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_sort_after_terms_and_split_back() {
        let mut list = vec![
            NAMED | 3,
            COUNTS | 4,
            7,
            NEGATED | 2,
            1,
            NAMED | 1,
            COUNTS | 2,
        ];
        list.sort_unstable();
        assert_eq!(words(&list), [1, 7]);
        assert_eq!(negated(&list), [NEGATED | 2]);
        assert_eq!(named(&list), [NAMED | 1, NAMED | 3]);
        assert_eq!(counts(&list), [COUNTS | 2, COUNTS | 4]);
    }

    #[test]
    fn capitals_name_in_mid_sentence_only() {
        let s = "Police in Lagos said: \"Rescue teams met President Tinubu on Tuesday.\"";
        let at = |word: &str| written_as_name(s, s.find(word).unwrap(), word);
        assert!(at("Lagos"));
        assert!(!at("Police"));
        assert!(!at("Rescue"));
        assert!(!at("President"));
        assert!(!at("Tuesday"));
        let s = "Shares fell at Wednesday's close.";
        assert!(!written_as_name(s, s.find("Wed").unwrap(), "Wednesday's"));
    }

    #[test]
    fn headlines_are_told_by_their_capitals() {
        let words = |s: &'static str| s.split(' ');
        assert!(is_headline(words(
            "Heavy Rain Floods Homes Across Sindh Province"
        )));
        assert!(!is_headline(words(
            "Opposition leader Maria Kolesnikova was detained in Minsk on Monday."
        )));
    }

    #[test]
    fn negators_one_word_two_words_and_contractions() {
        assert_eq!(negator_span("not", Some("resign")), 1);
        assert_eq!(negator_span("didn't", Some("attend")), 1);
        assert_eq!(negator_span("didn\u{2019}t", None), 1);
        assert_eq!(negator_span("No", Some("longer")), 2);
        assert_eq!(negator_span("knot", Some("tied")), 0);
        assert_eq!(negator_span("O'Brien", None), 0);
    }
}
