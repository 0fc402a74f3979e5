//! Weekdays as dates: takes the tokens at a position and hands on the weekday named there ("on
//! Friday", "said Wednesday", "Sunday's vote", "on Saturday night") as a date whose only known
//! part is its weekday; with the article date, [`resolve`] turns it into the day of the
//! calendar it names.
//!
//! Why: wire copy dates events by weekday far more than by calendar day ("The shooting happened
//! Monday"), and outlets disagree on it ("on Friday" / "on Thursday": the day of an
//! interception). Only a capitalised weekday is read, and not where it names no day of this
//! story: a preview or a habit ("next Sunday", "every Thursday": `not_weekday_openers.txt`), a
//! holiday or a name ("Black Friday", "Super Tuesday", "the Sunday Times":
//! `weekday_name_followers.txt`), the day something was said ("police said Wednesday", "the UK
//! said on Monday": `quote_verbs.txt`), or a weekday beside the calendar date that says the day
//! ("Thursday, Nov. 10": the date is read).

use super::super::tokens::{Token, TokenKind};
use super::{DateValue, FoundDate, Weekday, named, numeric};
use crate::lexicon::{
    ORDINAL_WORDS, is_day_part, is_not_weekday_opener, is_quote_verb, is_weekday_name_follower,
    is_weekday_preview_follower,
};

/// The weekday at token `i`, if one is written there and names a day of the story.
pub(super) fn weekday_at(tokens: &[Token], i: usize) -> Option<FoundDate> {
    let token = &tokens[i];
    // Cheap first: this runs at every word.
    if token.kind != TokenKind::Word
        || !(6..=13).contains(&token.text.len())
        || !token.text.starts_with(|c: char| c.is_ascii_uppercase())
    {
        return None;
    }
    let weekday = weekday_of(token.text)?;
    let previous = i.checked_sub(1).map(|p| tokens[p].lower_cow());
    if previous.as_deref().is_some_and(is_not_weekday_opener) {
        return None;
    }
    // "police said Wednesday", "the UK said on Monday": the day of the saying, not of the
    // story's events, and the commonest weekday of wire copy.
    let verb_at = |k: Option<usize>| k.is_some_and(|k| is_quote_verb(&tokens[k].lower_cow()));
    let before_on = i
        .checked_sub(1)
        .filter(|&p| tokens[p].is_word("on"))
        .and_then(|p| p.checked_sub(1));
    if verb_at(i.checked_sub(1)) || verb_at(before_on) {
        return None;
    }
    // "the second Monday" (of a month), "next week Sunday": not the story's day.
    if previous
        .as_deref()
        .is_some_and(|p| p == "week" || ORDINAL_WORDS.get(p).is_some())
    {
        return None;
    }
    let next = tokens.get(i + 1);
    if next.is_some_and(|n| n.kind == TokenKind::Word && is_weekday_name_follower(&n.lower_cow())) {
        return None;
    }
    // "Tuesday next week", "Sunday of next week", "Thursday the 21st": a week to come, or a
    // day of the month alone beside it (no date to read, and no day of the story to give).
    let word_at = |k: usize| tokens.get(k).map(Token::lower_cow);
    let after_of = if word_at(i + 1).as_deref() == Some("of") {
        i + 2
    } else {
        i + 1
    };
    let day_of_month_after = word_at(i + 1).as_deref() == Some("the")
        && tokens.get(i + 2).is_some_and(|t| {
            let word = t.lower_cow();
            t.kind == TokenKind::Digits
                || ORDINAL_WORDS.get(word.as_ref()).is_some()
                || crate::lexicon::is_number_word(&word)
        });
    if word_at(after_of).is_some_and(|w| is_weekday_preview_follower(&w)) || day_of_month_after {
        return None;
    }
    // "Thursday, Nov. 10", "Friday 13 March": the calendar date after it says the day.
    let date_from = if next.is_some_and(|n| n.is_symbol(",")) {
        i + 2
    } else {
        i + 1
    };
    if date_from < tokens.len()
        && (numeric::date_at(tokens, date_from).is_some()
            || named::date_at(tokens, date_from).is_some())
    {
        return None;
    }
    // "Saturday night", "Monday morning": the part of the day belongs to the claim's words.
    let end = if next.is_some_and(|n| n.kind == TokenKind::Word && is_day_part(&n.lower_cow())) {
        i + 2
    } else {
        i + 1
    };
    let mut found = FoundDate::new(
        i..end,
        Some(DateValue {
            year: None,
            month: None,
            day: None,
            weekday: Some(weekday),
        }),
    );
    found.weekday_before_article = previous.as_deref() == Some("last");
    Some(found)
}

/// The weekday a capitalised word names in full ("Friday"); not "FRIDAY"'s shouting or a
/// plural ("Fridays").
fn weekday_of(text: &str) -> Option<Weekday> {
    // "Sunday's vote": the possessive is the day's.
    let text = text
        .strip_suffix("'s")
        .or_else(|| text.strip_suffix("\u{2019}s"))
        .unwrap_or(text);
    let rest = text.get(1..)?;
    if rest.bytes().any(|b| !b.is_ascii_lowercase()) {
        return None;
    }
    let weekday: Weekday = text.parse().ok()?;
    crate::lexicon::is_weekday(&text.to_ascii_lowercase()).then_some(weekday)
}

/// Gives a weekday alone the day of the calendar it names in a report of `article`: the latest
/// such day on or before the article date (strictly before for "last Friday"). A date that is
/// not a weekday alone is left as it is.
pub(super) fn resolve(value: &mut DateValue, article: jiff::civil::Date, strictly_before: bool) {
    let Some(weekday) = value.weekday.filter(|_| value.is_weekday_only()) else {
        return;
    };
    let from = if strictly_before {
        article.yesterday().ok()
    } else {
        Some(article)
    };
    let Some(day) = from.and_then(|from| {
        let back = (from.weekday().to_monday_zero_offset()
            - weekday.to_jiff().to_monday_zero_offset())
        .rem_euclid(7);
        from.checked_sub(jiff::Span::new().days(i64::from(back)))
            .ok()
    }) else {
        return;
    };
    value.year = Some(i32::from(day.year()));
    value.month = u8::try_from(day.month()).ok();
    value.day = u8::try_from(day.day()).ok();
}
