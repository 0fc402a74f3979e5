//! Stamps: takes a sentence and the claims read in it, and says whether it is a page's time
//! stamp rather than story ("Updated: November 11, 2011 20:09 IST", "Posted on November 15,
//! 2011 6:07:15 PM", "Thursday, December 11, 2008", "21 July 2013 Last updated at 11:11 GMT"),
//! and which day it gives. Scraped copy prints one or two above the story; their dates and
//! times are no claims of the story (two outlets' stamps differ by minutes and would "diverge"),
//! and the first full date among them is the article's date when nothing else gives one.

use super::tokens::{TokenKind, tokenize};
use super::{ArticleDate, Claim, ClaimKind};
use crate::lexicon::{is_calendar_word, is_stamp_word, is_time_zone};
use crate::segment::Document;

/// The longest sentence read as a stamp, in bytes: a stamp is a short line.
const LONGEST_STAMP: usize = 120;

/// Most words a stamp may hold that are none of its own (an agency code `TNN`, a dateline's
/// place `MUMBAI`), in capitals.
const OTHER_WORDS: usize = 2;

/// How many sentences from the top an article's stamp is looked for in.
pub const STAMP_REACH: usize = 12;

/// Whether `sentence`, whose claims are `claims` (offsets within the sentence), is a stamp: a
/// short line of dates and times (at least one of them and no other claim) and words of a stamp.
pub fn is_stamp(sentence: &str, claims: &[Claim]) -> bool {
    let dated = |c: &Claim| {
        matches!(c.kind(), ClaimKind::Date | ClaimKind::Time) || slashed_date_part(sentence, c)
    };
    if sentence.len() > LONGEST_STAMP || claims.is_empty() || !claims.iter().all(dated) {
        return false;
    }
    let covered = |at: usize| {
        claims
            .iter()
            .any(|c| (c.start as usize) <= at && at < c.end as usize)
    };
    let mut others = 0;
    for token in tokenize(sentence) {
        if token.kind != TokenKind::Word || covered(token.start) {
            continue;
        }
        let lower = token.text.to_lowercase();
        let stamp_word = is_stamp_word(&lower)
            || is_time_zone(&lower)
            || is_calendar_word(lower.trim_end_matches('.'));
        if stamp_word {
            continue;
        }
        // An agency's code or a dateline's place in capitals (`TNN`, `MUMBAI`); a word in title
        // case names what the date is of (`Landfall: September 28, 2022`, `Election Day:`).
        others += 1;
        let capitals = token.text.chars().all(|c| !c.is_lowercase());
        if others > OTHER_WORDS || !capitals {
            return false;
        }
    }
    true
}

/// A number that is part of a numeric date with slashes (`4/9/2007`, `4 / 9 / 2007`), which
/// the reader leaves unread as a date when its order (month or day first) is not known: a
/// slash right before or after its digits, spaced or not.
fn slashed_date_part(sentence: &str, claim: &Claim) -> bool {
    let (start, end) = (claim.start as usize, claim.end as usize);
    let Some(text) = sentence.get(start..end) else {
        return false;
    };
    let digits = !text.is_empty() && text.len() <= 4 && text.bytes().all(|b| b.is_ascii_digit());
    let before = sentence[..start].trim_end().ends_with('/');
    let after = sentence[end..].trim_start().starts_with('/');
    claim.kind() == ClaimKind::Number && digits && (before || after)
}

/// The day a stamp's claims give, when one of them is a full date (day, month and year).
pub fn stamp_day(claims: &[Claim]) -> Option<jiff::civil::Date> {
    claims.iter().filter_map(Claim::date).find_map(|date| {
        let (year, month, day) = (date.year?, date.month?, date.day?);
        jiff::civil::Date::new(
            i16::try_from(year).ok()?,
            i8::try_from(month).ok()?,
            i8::try_from(day).ok()?,
        )
        .ok()
    })
}

/// The day the first time stamp near the top of a document gives ("Posted on November 15,
/// 2011 6:07 PM"), for an article nothing else dates.
pub fn stamp_date(document: &Document) -> Option<ArticleDate> {
    let text = &document.article.text;
    document
        .sentences
        .iter()
        .take(STAMP_REACH)
        // A line too long for a stamp is not read for claims (issue 16: a sentence of
        // megabytes at the top was read twice).
        .filter(|sentence| sentence.span().len() <= LONGEST_STAMP)
        .find_map(|sentence| {
            let claims = super::extract_sentence(sentence.text(text), None);
            is_stamp(sentence.text(text), &claims)
                .then(|| stamp_day(&claims))
                .flatten()
        })
}

#[cfg(test)]
mod tests {
    use super::super::extract_sentence;
    use super::*;

    fn stamp(sentence: &str) -> Option<String> {
        let claims = extract_sentence(sentence, None);
        is_stamp(sentence, &claims)
            .then(|| stamp_day(&claims).map_or_else(|| "-".to_string(), |day| day.to_string()))
    }

    #[test]
    fn time_stamps_of_pages_are_stamps() {
        for (line, day) in [
            ("Updated: November 11, 2011 20:09 IST", "2011-11-11"),
            ("Posted on November 15, 2011 6:07:15 PM", "2011-11-15"),
            ("Thursday, December 11, 2008", "2008-12-11"),
            ("21 July 2013 Last updated at 11:11 GMT", "2013-07-21"),
            ("Published on: Fri, 11 Nov 2011 at 09:56 IST", "2011-11-11"),
            ("DECEMBER 16, 2008", "2008-12-16"),
            ("TNN Nov 12, 2011, 05.51AM IST MUMBAI:", "2011-11-12"),
        ] {
            assert_eq!(stamp(line).as_deref(), Some(day), "{line}");
        }
        assert_eq!(stamp("8:24am:").as_deref(), Some("-"));
        for line in [
            "Updated 4/9/2007 6:04 PM",
            "12 / 16 / 08 1:30 AM EST",
            "Published time: March 12, 2013 02:03",
            "on Dec 23 2012, 5:03p",
        ] {
            assert!(stamp(line).is_some(), "{line}");
        }
    }

    #[test]
    fn story_sentences_with_dates_are_no_stamps() {
        for line in [
            "The judge ordered him held without bond pending his next court hearing April 19.",
            "Teixeira will be 29 in April.",
            "The vote was held on 9 August.",
            "Police said the fire started on Sunday at 6am.",
            "Sheriff: Michigan office shooting kills 1, injures 2",
            "Landfall: September 28, 2022",
            "Deadline: June 30, 2025",
            "Election Day: Tuesday, November 3, 2020",
        ] {
            assert_eq!(stamp(line), None, "{line}");
        }
    }
}
