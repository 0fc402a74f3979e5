//! Tallies and game clocks: takes a sentence's tokens (and which of them markup already took)
//! and finds what sports, competition and vote coverage writes as two or three figures joined by
//! dashes — a score ("beat the Chiefs 20-13", "lost 24 to 17"), a win-loss record ("Indianapolis
//! (10-5)", "rose to 9-5", "11-4-1"), a vote ("a 3-2 vote") — and the time left on a game clock
//! ("4:08 to go"). Hands on [`FoundScore`]s (a [`Score`] as written, with what it tallies as a
//! counted noun) and clocks as [`FoundNumber`]s of seconds.
//!
//! Run before times of day, dates and figures: "20-13" is neither the range 13–20 nor a date,
//! "(2-13)" is a record and no range of counts, and "4:08 to go" is time left, never 4:08 am.
//! A pair written high to low, or equal, is a tally near any word of a game ("won", "tied"); a
//! pair written low to high is a range in news ("aged 18-25", "pages 10-15") unless something
//! close says record or vote ("a 2-13 season", "fell to 2-13", "(2-13)").

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use super::numbers::FoundNumber;
use super::tokens::{Token, TokenKind};
use super::{Exactness, Quantity, TimeUnit, Unit};
use crate::lexicon::{
    is_be_form, is_clock_left_word, is_record_verb, is_record_word, is_score_word, is_sports_word,
    is_stop_word, is_vote_tally_word,
};

/// Two or three figures joined by dashes, as written (first to last): a score, a record or a
/// vote tally. Kept as written: a record's order is meaningful (10-5 is not 5-10), and news
/// writes a score winner first ("lost 20-13"), so order is the text's, compared as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Score {
    pub first: u16,
    pub second: u16,
    /// A record with ties ("11-4-1").
    pub third: Option<u16>,
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.first, self.second)?;
        if let Some(third) = self.third {
            write!(f, "-{third}")?;
        }
        Ok(())
    }
}

impl Score {
    /// The figures, first to last.
    pub fn figures(&self) -> impl Iterator<Item = u16> {
        [self.first, self.second].into_iter().chain(self.third)
    }
}

/// What a tally is, read from the words near it; handed on as the claim's counted noun, so a
/// record pairs with a record and a halftime score with a halftime score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tallied {
    /// A game's score, interim or final ("beat the Chiefs 20-13", "a 7-0 lead").
    Score,
    /// The score at half time ("a 13-3 halftime lead", "led 13-3 at the half").
    Halftime,
    /// A win-loss record ("(10-5)", "a 2-13 season").
    Record,
    /// A vote or a court's split ("a 3-2 vote", "ruled 6-3").
    Vote,
}

impl Tallied {
    pub fn noun(self) -> &'static str {
        match self {
            Tallied::Score => "score",
            Tallied::Halftime => "halftime score",
            Tallied::Record => "record",
            Tallied::Vote => "vote",
        }
    }
}

/// A tally found in a sentence: its tokens, its figures, and what it tallies.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundScore {
    pub tokens: Range<usize>,
    pub value: Score,
    pub tallied: Tallied,
}

/// Every tally of a sentence, in order.
pub fn find(tokens: &[Token], taken: &[bool]) -> Vec<FoundScore> {
    let mut found: Vec<FoundScore> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let previous = found.last().map(|f| (f.tokens.end, f.tallied));
        match tally_at(tokens, taken, i, previous) {
            Some(score) => {
                i = score.tokens.end;
                found.push(score);
            }
            None => i += 1,
        }
    }
    found
}

/// A figure of at most three digits, as a tally writes it.
fn small(token: Option<&Token>) -> Option<u16> {
    let token = token.filter(|t| t.kind == TokenKind::Digits && t.text.len() <= 3)?;
    token
        .text
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| token.text.parse().ok())
        .flatten()
}

fn glued_dash(token: Option<&Token>) -> bool {
    token.is_some_and(|t| t.glued && t.is_symbol("-\u{2013}"))
}

fn lower<'a>(tokens: &[Token<'a>], k: usize) -> Cow<'a, str> {
    tokens.get(k).map_or(Cow::Borrowed(""), Token::lower_cow)
}

/// The tally starting at `i`, if one does: `20-13`, `11-4-1`, or `24 to 17` after a result.
fn tally_at(
    tokens: &[Token],
    taken: &[bool],
    i: usize,
    previous: Option<(usize, Tallied)>,
) -> Option<FoundScore> {
    let free = |k: usize| !taken.get(k).copied().unwrap_or(true);
    let first = small(tokens.get(i)).filter(|_| free(i))?;
    // Glued to what comes before ("$140-150", "F-16", "Covid-19", "-78-0"): no tally, but a
    // bracket may open one ("(10-5)").
    if tokens[i].glued && i > 0 && !tokens[i - 1].is_symbol("(") {
        return None;
    }
    if tokens.get(i + 1).is_some_and(|t| t.is_word("to")) {
        return spelled_score(tokens, taken, i, first);
    }
    if !glued_dash(tokens.get(i + 1)) || !tokens.get(i + 2).is_some_and(|t| t.glued) {
        return None;
    }
    let second = small(tokens.get(i + 2)).filter(|_| free(i + 2))?;
    let mut end = i + 3;
    let mut third = None;
    if glued_dash(tokens.get(end))
        && let Some(value) = small(tokens.get(end + 1)).filter(|_| free(end + 1))
        && tokens[end + 1].glued
        && first < 100
        && second < 100
        && value < 100
    {
        third = Some(value);
        end += 2;
    }
    // Something glued after ("25-30C", "2-3%", "9-11-2001", "55-year") makes it no tally.
    if tokens
        .get(end)
        .is_some_and(|t| t.glued && !t.is_symbol(",.;:)!?\u{2019}'\""))
    {
        return None;
    }
    let value = Score {
        first,
        second,
        third,
    };
    let tallied = what_it_tallies(tokens, i, end, &value, previous)?;
    Some(FoundScore {
        tokens: i..end,
        value,
        tallied,
    })
}

/// "lost 24 to 17", "beat Chicago 24 to 17", "voted 24 to 17": a result or vote word shortly
/// before, written high to low (low to high is a range: "from 17 to 24").
fn spelled_score(tokens: &[Token], taken: &[bool], i: usize, first: u16) -> Option<FoundScore> {
    let second = small(tokens.get(i + 2)).filter(|_| !taken.get(i + 2).copied().unwrap_or(true))?;
    if second > first || tokens.get(i + 2).is_some_and(|t| t.glued) {
        return None;
    }
    if tokens
        .get(i + 3)
        .is_some_and(|t| t.glued && !t.is_symbol(",.;:)!?"))
    {
        return None;
    }
    let before = i.saturating_sub(3)..i;
    let word = |k: usize| lower(tokens, k);
    if before.clone().any(|k| word(k) == "from") {
        return None;
    }
    let tallied = if before.clone().any(|k| is_vote_tally_word(&word(k))) {
        Tallied::Vote
    } else if before
        .clone()
        .any(|k| is_sports_word(&word(k)) || is_score_word(&word(k)))
    {
        Tallied::Score
    } else {
        return None;
    };
    Some(FoundScore {
        tokens: i..i + 3,
        value: Score {
            first,
            second,
            third: None,
        },
        tallied,
    })
}

/// What the words around a dashed tally at `start..end` make of it, if anything.
fn what_it_tallies(
    tokens: &[Token],
    start: usize,
    end: usize,
    value: &Score,
    previous: Option<(usize, Tallied)>,
) -> Option<Tallied> {
    let word = |k: usize| lower(tokens, k);
    let window = || start.saturating_sub(4)..(end + 3).min(tokens.len());
    let any_in_window = |test: fn(&str) -> bool| window().any(|k| test(&word(k)));
    let high_first = value.first >= value.second;
    let before = |n: usize| start.checked_sub(n).map_or(Cow::Borrowed(""), &word);
    let after = word(end);

    // A vote, whichever way written: "a 3-2 vote", "voted 51-49", "ruled 6-3".
    let vote_next = is_vote_tally_word(&before(1)) || is_vote_tally_word(&after);
    if vote_next || (high_first && any_in_window(is_vote_tally_word)) {
        return Some(Tallied::Vote);
    }
    // A record: in brackets after a name ("Indianapolis (10-5)", "(2-13, 1-7 home)"), after a
    // move ("rose to 9-5", "stand at 10-5"), after a form of "be" ("the Broncos are 12-3"),
    // before "season" or "record", or a split after a record ("10-5, 4-4 away").
    let bracketed = start > 0
        && tokens[start - 1].is_symbol("(")
        && tokens.get(end).is_some_and(|t| t.is_symbol("),"));
    // Nothing counted after it: "fell to 2-13 with the loss", not "fell to 2-3 percent", "rose
    // to 10-12 dollars", "drew 30-40 thousand fans".
    let counts_nothing = tokens.get(end).is_none_or(|t| {
        t.kind != TokenKind::Word
            || is_stop_word(&after)
            || is_record_word(&after)
            || is_score_word(&after)
            || is_sports_word(&after)
            || matches!(after.as_ref(), "down" | "up")
    });
    // A team moves or is: a name (not the sentence's first word) or a record word shortly
    // before ("The Jaguars fell to", "the Colts' record rose to"; not "Inflation fell to").
    let team_before = (start.saturating_sub(6)..start).any(|k| {
        is_record_word(&word(k))
            || (k > 0
                && tokens[k].kind == TokenKind::Word
                && tokens[k].text.starts_with(|c: char| c.is_uppercase()))
    });
    let moved = matches!(before(1).as_ref(), "to" | "at")
        && is_record_verb(&before(2))
        && team_before
        && counts_nothing;
    let up_or_down = before(1) == "up" || matches!(after.as_ref(), "down" | "up");
    let game_word = any_in_window(is_sports_word) || any_in_window(is_score_word);
    // "the Broncos are 12-3", but "Leeds were 1-0 down at half-time" is a score and "the
    // ratio was 3-1" or "the odds are 5-1" no record: the word before "be" is a name.
    let named_subject = start >= 2
        && tokens[start - 2].kind == TokenKind::Word
        && tokens[start - 2]
            .text
            .starts_with(|c: char| c.is_uppercase());
    let after_be = is_be_form(&before(1))
        && named_subject
        && high_first
        && !up_or_down
        && !game_word
        && counts_nothing;
    let named_next = matches!(
        after.as_ref(),
        "season" | "record" | "mark" | "campaign" | "start" | "finish"
    );
    let best_or_worst = matches!(before(1).as_ref(), "worst" | "best");
    let continues = |kind: Tallied| {
        previous.is_some_and(|(previous_end, tallied)| {
            tallied == kind && previous_end + 1 == start && tokens[previous_end].is_symbol(",")
        })
    };
    if bracketed
        || moved
        || after_be
        || named_next
        || best_or_worst
        || continues(Tallied::Record)
        || (value.third.is_some() && (any_in_window(is_record_word) || game_word))
        || (high_first && !game_word && any_in_window(is_record_word))
    {
        return Some(Tallied::Record);
    }
    // A score: near a word of a game, high to low or level ("won 3-1", "drew 1-1", "a 13-3
    // halftime lead"), trailing or ahead ("1-0 down", "up 7-0"), a result verb right before
    // even low to high ("lost 13-20"), or the next set of a score ("6-4, 6-3").
    let adjacent_game_word = is_sports_word(&before(1)) || is_score_word(&before(1));
    if (high_first && (game_word || up_or_down))
        || (adjacent_game_word && (high_first || counts_nothing))
        || continues(Tallied::Score)
        || continues(Tallied::Halftime)
    {
        // "at the half", "half-time", "halftime"; not "the second half".
        let halftime = window().any(|k| match word(k).as_ref() {
            "halftime" | "interval" => true,
            "half" => !matches!(
                k.checked_sub(1).map(&word).as_deref(),
                Some("first" | "second" | "a" | "one")
            ),
            _ => false,
        });
        return Some(if halftime {
            Tallied::Halftime
        } else {
            Tallied::Score
        });
    }
    None
}

/// Game clocks in a sentence: "4:08 to go", "4:08 to play", "2:31 left", "6:00 minutes
/// remaining" (and "10: 03 to play", as some copy spaces the colon), read as the seconds left:
/// a duration, never a time of day. Only with the words of time left after it, so "at 4:08"
/// stays a clock time for [`super::times`].
pub fn game_clocks(tokens: &[Token], taken: &[bool]) -> Vec<FoundNumber> {
    let mut found = Vec::new();
    for i in 0..tokens.len() {
        if let Some(clock) = game_clock_at(tokens, taken, i) {
            found.push(clock);
        }
    }
    found
}

fn game_clock_at(tokens: &[Token], taken: &[bool], i: usize) -> Option<FoundNumber> {
    let minutes = small(tokens.get(i)).filter(|&m| m < 100 && tokens[i].text.len() <= 2)?;
    let colon = tokens.get(i + 1)?;
    let seconds_token = tokens.get(i + 2)?;
    if (i..i + 3).any(|k| taken[k])
        || (tokens[i].glued && i > 0 && !tokens[i - 1].is_symbol("("))
        || !colon.glued
        || !colon.is_symbol(":")
        || seconds_token.kind != TokenKind::Digits
        || seconds_token.text.len() != 2
    {
        return None;
    }
    let seconds: u16 = seconds_token.text.parse().ok().filter(|&s| s < 60)?;
    let mut end = i + 3;
    if tokens.get(end).is_some_and(|t| {
        matches!(
            t.lower_cow().as_ref(),
            "minutes" | "minute" | "mins" | "min"
        )
    }) {
        end += 1;
    }
    let tail = lower(tokens, end);
    let tail_end = match tail.as_ref() {
        "to" => {
            let next = lower(tokens, end + 1);
            matches!(next.as_ref(), "go" | "play").then_some(end + 2)?
        }
        word if is_clock_left_word(word) => end + 1,
        _ => return None,
    };
    let value = f64::from(minutes) * 60.0 + f64::from(seconds);
    Some(FoundNumber {
        tokens: i..tail_end,
        quantity: Quantity {
            low: Some(value),
            high: Some(value),
            exactness: Exactness::Exact,
            direction: None,
            unit: Unit::Duration(TimeUnit::Seconds),
        },
        // A noun of its own, so two outlets' clocks are candidates for each other even in
        // sentences worded apart ("with 4:08 to go", "With 4:08 to play in the fourth").
        noun: Some("time left".to_string()),
    })
}

#[cfg(test)]
mod tests;
