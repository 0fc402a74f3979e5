//! Market and results copy: takes a sentence's tokens at a figure and says what the trade writes
//! there. Basis points (`25 basis points`, `50bp`, `12 bps`) are hundredths of a percentage
//! point, handed back as a length so the atom reads them as percentage points, because news
//! states the same move as "a quarter-point cut" or "0.25 percentage points". "Half a point" and
//! "a quarter point" are fractions of a percentage point. Set scores run on after a comma
//! ("won 6-4, 6-3") and "0-60 in 4.5 seconds" names a sprint, not a range: both are refused.
//! A sum alone in brackets in results copy is negative, as accounts write it.

use super::super::tokens::{Token, TokenKind};
use super::words::word_of;
use super::words_at;
use crate::lexicon::{
    is_athletics_verb, is_athletics_word, is_be_form, is_filing_noun, is_results_word,
};

/// The length of a basis-point unit at `k` (`basis points`, `basis-point`, `bp`, `bps`), if any.
/// `bp` must be lower case: "BP" is the oil company.
pub(super) fn basis_points_at(tokens: &[Token], k: usize) -> Option<usize> {
    if words_at(tokens, k, &["basis", "points"])
        || words_at(tokens, k, &["basis", "point"])
        || words_at(tokens, k, &["basis", "pts"])
    {
        return Some(2);
    }
    if words_at(tokens, k, &["basis", "-", "point"]) {
        return Some(3);
    }
    // "a 75-basis-point increase"
    if words_at(tokens, k, &["-", "basis", "-", "point"]) {
        return Some(4);
    }
    tokens
        .get(k)
        .is_some_and(|t| t.kind == TokenKind::Word && matches!(t.text, "bp" | "bps" | "bpts"))
        .then_some(1)
}

/// A fraction of a percentage point at `k`: `quarter-point`, `half-point`, `quarter point`,
/// `half a point`, `half a percentage point`. Returns the value in points and the length.
pub(super) fn point_fraction_at(tokens: &[Token], k: usize) -> Option<(f64, usize)> {
    let token = tokens.get(k)?;
    // "cut by a quarter point": the article is part of the fraction, which "a quarter" alone
    // would read otherwise; "a half-point cut" starts at "half", so "a" stays before its change.
    if token.is_word("a") && tokens.get(k + 2).is_some_and(|t| !t.is_symbol("-")) {
        return point_fraction_at(tokens, k + 1).map(|(value, length)| (value, length + 1));
    }
    let value = if token.is_word("quarter") {
        0.25
    } else if token.is_word("half") {
        0.5
    } else {
        return None;
    };
    let after: &[&[&str]] = &[
        &["-", "point"],
        &["-", "percentage", "-", "point"],
        &["point"],
        &["percentage", "point"],
        &["a", "point"],
        &["a", "percentage", "point"],
        &["of", "a", "point"],
        &["of", "a", "percentage", "point"],
    ];
    after
        .iter()
        .find(|words| words_at(tokens, k + 1, words))
        .map(|words| (value, words.len() + 1))
}

/// The dashed pair at `i` follows a score refused just before it, after a comma, a space or an
/// opening bracket: the next set of "won 6-4, 6-3" or "won 6-3 6-4", the tie-break of "7-6 (7-4)".
pub(super) fn next_set_score(tokens: &[Token], taken: &[bool], i: usize) -> bool {
    let k = if i > 0 && tokens[i - 1].is_symbol(",(") {
        i - 1
    } else {
        i
    };
    k >= 3
        && taken[k - 1]
        && tokens[k - 1].kind == TokenKind::Digits
        && tokens[k - 2].is_symbol("-\u{2013}")
        && taken[k - 3]
}

/// "0-60 in 4.5 seconds", "0-100km/h in 3 seconds": a sprint named by its speeds, no range.
pub(super) fn sprint_name(tokens: &[Token], i: usize) -> bool {
    let pair = |k: usize, text: &str| tokens.get(k).is_some_and(|t| t.text == text);
    pair(i, "0")
        && tokens.get(i + 1).is_some_and(|t| t.is_symbol("-\u{2013}"))
        && (pair(i + 2, "60") || pair(i + 2, "62") || pair(i + 2, "100"))
        && (3..=5).any(|k| tokens.get(i + k).is_some_and(|t| t.is_word("in")))
}

/// "a 13F filing", "13D filings": digits with a glued capital `F`, `D` or `G` before a word of
/// filing (`filing_nouns.txt`) name a securities form, no temperature. Where the code ends.
pub(super) fn filing_code(
    tokens: &[Token],
    lower: &[std::borrow::Cow<str>],
    i: usize,
) -> Option<usize> {
    let letter = tokens.get(i + 1)?;
    let code = letter.glued && matches!(letter.text, "F" | "D" | "G");
    let noun = lower.get(i + 2).is_some_and(|w| is_filing_noun(w));
    (code && noun).then_some(i + 2)
}

/// "Boeing 737 MAX 9": a number right after a capitalised model word that follows digits
/// ("737 MAX") is the rest of the model's name. Where it ends.
pub(super) fn model_number(tokens: &[Token], taken: &[bool], i: usize) -> Option<usize> {
    let model = tokens.get(i.checked_sub(1)?)?;
    let base = tokens.get(i.checked_sub(2)?)?;
    let capitals = model.kind == TokenKind::Word
        && model.text.len() >= 2
        && model.text.chars().all(|c| c.is_ascii_uppercase());
    (capitals && base.kind == TokenKind::Digits && taken[i - 2] && !tokens[i].glued)
        .then_some(i + 1)
}

/// "jumped 8.32m to win gold": a verb of a jump or throw right before the figure at `figure`, with
/// an athletics word in the sentence, makes a glued `m` metres and the verb no rise.
pub(super) fn athletic_mark(tokens: &[Token], figure: usize) -> bool {
    let verb = figure
        .checked_sub(1)
        .and_then(|k| tokens.get(k))
        .is_some_and(|t| t.kind == TokenKind::Word && is_athletics_verb(&t.lower()));
    verb && tokens
        .iter()
        .skip(figure.saturating_sub(30))
        .take(60)
        .any(|t| t.kind == TokenKind::Word && is_athletics_word(&t.lower()))
}

/// How far back a word of results is looked for before a bracketed sum, in tokens.
const RESULTS_REACH: usize = 12;

/// `revenue was ($4.2 million)`, `a net loss of ($0.12) per share`: results copy writes a
/// negative sum in brackets, as accounts do. The sum, from its currency at `start` to `end`, is
/// alone inside the brackets, after a form of `be` or `of`, with a word of results
/// (`results_words.txt`) shortly before. A conversion (`£100 ($130)`) follows a figure, not
/// `is`, and stays positive.
pub(super) fn bracketed_negative(tokens: &[Token], start: usize, end: usize) -> bool {
    let opened = start >= 2 && tokens[start - 1].is_symbol("(") && tokens[start].glued;
    let closed = tokens.get(end).is_some_and(|t| t.is_symbol(")") && t.glued);
    if !opened || !closed {
        return false;
    }
    let lead = word_of(&tokens[start - 2]).is_some_and(|word| word == "of" || is_be_form(&word));
    lead && tokens[start.saturating_sub(RESULTS_REACH)..start - 2]
        .iter()
        .filter_map(word_of)
        .any(|word| is_results_word(&word))
}
