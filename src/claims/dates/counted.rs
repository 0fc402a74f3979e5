//! Year-shaped counts: takes a four-digit number that [`super::year_alone`] would read as a year
//! (1800 to 2100) and says whether it is a figure instead, because of what follows it: "About
//! 2000 people", "employs 1999 staff", "1990 euros", "a 2000 percent rise", "from 1500 to 2000
//! jobs". Much copy outside the US writes thousands without a comma, and a count read as a year
//! is both a figure lost and a date invented. A preposition of time before the number keeps the
//! year ("In 2019 workers went on strike": `year_openers.txt`), as does a determiner ("the 2020
//! elections").

use super::super::tokens::{Token, TokenKind};
use crate::lexicon::{
    CURRENCY_WORDS, is_count_noun, is_count_opener, is_crowd_noun, is_date_follower, is_determiner,
    is_margin_noun, is_people_noun, is_stop_word, is_year_opener,
};

/// Whether the year-shaped number at `i` counts what follows it rather than names a year.
pub(super) fn counts_something(tokens: &[Token], i: usize) -> bool {
    // "from 1500 to 2000 jobs": the first end counts what the second does.
    let range_end = tokens
        .get(i + 1)
        .is_some_and(|t| t.is_word("to") || t.is_word("and") || t.is_symbol("-\u{2013}"))
        && tokens
            .get(i + 2)
            .is_some_and(|t| t.kind == TokenKind::Digits)
        && counted_word(tokens, i + 3);
    if range_end {
        return true;
    }
    let previous = i.checked_sub(1).map(|p| &tokens[p]);
    let previous_word = previous
        .filter(|t| t.kind == TokenKind::Word)
        .map(Token::lower);
    let previous_is = |test: fn(&str) -> bool| previous_word.as_deref().is_some_and(test);
    // "won by 2000 votes": a margin is counted, though `by` keeps "by 2030" a deadline.
    let margin = tokens
        .get(i + 1)
        .filter(|t| lower_case_word(t))
        .is_some_and(|t| is_margin_noun(&t.lower()));
    if previous_is(is_year_opener) {
        return previous_is(|w| w == "by") && margin;
    }
    // "the 2000 people who marched" counts; "the 2020 elections" is a year.
    if counted_word(tokens, i + 1) {
        return true;
    }
    if previous_is(is_determiner) {
        return false;
    }
    // "Roughly 1960 ballots": a plural after a qualifier ("reported 2023 revenues" names a year).
    previous_is(is_count_opener) && plural_noun(tokens.get(i + 1))
}

/// A number of four digits before 1800 at `i` is a year after `in` or `since` with nothing
/// counted after it ("broke out in 1666", "since 1345"; "in 1500 cases" counts): older years
/// are otherwise read only after a day and month, as most such numbers in news are counts.
pub(super) fn early_year(tokens: &[Token], i: usize) -> bool {
    let opener = i
        .checked_sub(1)
        .is_some_and(|p| tokens[p].is_word("in") || tokens[p].is_word("since"));
    opener && !counted_word(tokens, i + 1) && !plural_noun(tokens.get(i + 1))
}

/// A lower-case word a count is usually of: a counted noun, people, a currency, a percentage.
fn counted_word(tokens: &[Token], k: usize) -> bool {
    let Some(token) = tokens.get(k).filter(|t| lower_case_word(t)) else {
        return false;
    };
    let word = token.lower();
    is_count_noun(&word)
        || is_people_noun(&word)
        || is_crowd_noun(&word)
        || CURRENCY_WORDS.get(&word).is_some()
        || word.starts_with("percent")
        || word == "per" && tokens.get(k + 1).is_some_and(|t| t.is_word("cent"))
}

/// A lower-case plural that is no function word: what a count may count.
fn plural_noun(token: Option<&Token>) -> bool {
    token.filter(|t| lower_case_word(t)).is_some_and(|t| {
        let word = t.lower();
        word.len() > 3
            && word.ends_with('s')
            && !word.ends_with("ss")
            && !is_stop_word(&word)
            && !is_date_follower(&word)
    })
}

fn lower_case_word(token: &Token) -> bool {
    token.kind == TokenKind::Word && token.text.starts_with(char::is_lowercase)
}
