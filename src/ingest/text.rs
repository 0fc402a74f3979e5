//! What plain text says of itself besides the story: takes the decoded text (or the file's
//! path) and hands on the article's date and where the text states it. Scraped copy carries a
//! metadata line such as `date 2020-08-17` (the BBC seed's shape, glued after the page's
//! furniture); sets are filed one folder per story and day (`belarus-2020-08-17/`). The line is
//! metadata: it dates the article and is itself no claim.

use std::ops::Range;
use std::path::Path;

use jiff::civil::Date;

/// The words that open a metadata line of a date, in lower case; a colon may follow.
const DATE_LABELS: [&str; 4] = ["date", "published", "dateline", "updated"];

/// A metadata line of the article's date: a label (`date`, `Date:`, `Published:`), one
/// `YYYY-MM-DD` day, at the start of a line or after the full stop of a sentence, and nothing of
/// the same line after it but the next sentence. The first such line, its byte range (label and
/// date) and its day.
pub fn metadata_date(text: &str) -> Option<(Range<usize>, Date)> {
    let lower_starts = |at: usize, label: &str| {
        text.get(at..at + label.len())
            .is_some_and(|word| word.eq_ignore_ascii_case(label))
    };
    for (at, c) in text.char_indices() {
        // Every label opens with one of these letters: most characters are passed over here.
        if !matches!(c.to_ascii_lowercase(), 'd' | 'p' | 'u') {
            continue;
        }
        let opens = at == 0 || {
            let before = text[..at].trim_end_matches([' ', '\t']);
            before.is_empty()
                || before.ends_with('\n')
                || before.ends_with(['.', '!', '?']) && before.len() < at
        };
        if !opens {
            continue;
        }
        for label in DATE_LABELS {
            if !lower_starts(at, label) {
                continue;
            }
            let mut k = at + label.len();
            if text[k..].starts_with(':') {
                k += 1;
            }
            let spaced = text[k..].len() - text[k..].trim_start_matches([' ', '\t']).len();
            if spaced == 0 {
                continue;
            }
            k += spaced;
            if let Some(date) = text.get(k..k + 10).and_then(day) {
                let end = k + 10;
                let ends = text[end..].chars().next().is_none_or(char::is_whitespace);
                if ends {
                    return Some((at..end, date));
                }
            }
        }
    }
    None
}

/// A date ending the name of the folder an article file is in (`belarus-2020-08-17`,
/// `2020-08-17`), as newsrooms file sets one folder per story and day.
pub fn folder_date(path: &Path) -> Option<Date> {
    let folder = path.parent()?.file_name()?.to_str()?;
    let start = folder.len().checked_sub(10)?;
    let opens = start == 0 || folder[..start].ends_with(['-', '_', ' ', '.']);
    opens.then(|| folder.get(start..).and_then(day)).flatten()
}

/// `YYYY-MM-DD`, a day of the calendar.
pub(super) fn day(text: &str) -> Option<Date> {
    let bytes = text.as_bytes();
    let shaped = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    shaped.then(|| text.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dated(text: &str) -> Option<(&str, String)> {
        metadata_date(text).map(|(range, date)| (&text[range], date.to_string()))
    }

    #[test]
    fn a_metadata_line_dates_the_article() {
        let bbc = "Workers chanted. 15 sayings from around the world (c) 2021 BBC. The BBC is not \
                   responsible for the content of external sites. date 2020-08-17";
        assert_eq!(
            dated(bbc),
            Some(("date 2020-08-17", "2020-08-17".to_string()))
        );
        assert_eq!(
            dated("Date: 2021-03-05\n\nMINSK - Police said 40 people were held."),
            Some(("Date: 2021-03-05", "2021-03-05".to_string()))
        );
        assert_eq!(
            dated("Title\nPublished 2019-11-02\nText."),
            Some(("Published 2019-11-02", "2019-11-02".to_string()))
        );
        // Followed by the next sentence on the same line.
        assert_eq!(
            dated("external sites. date 2020-08-17 Police said 40 people were held."),
            Some(("date 2020-08-17", "2020-08-17".to_string()))
        );
    }

    #[test]
    fn a_date_in_a_sentence_is_no_metadata() {
        assert_eq!(dated("The vote's date 2020-08-09 was set in May."), None);
        assert_eq!(dated("Police gave the date as 2020-08-17."), None);
        assert_eq!(dated("date 2020-02-30 is no day"), None);
        assert_eq!(dated("date 2020-08-17T10:00 in a log"), None);
        assert_eq!(dated("update 2020-08-17"), None);
    }

    #[test]
    fn a_folder_named_for_its_day_dates_its_articles() {
        let date = |path: &str| folder_date(Path::new(path)).map(|d| d.to_string());
        assert_eq!(
            date("seeds/belarus-2020-08-17/bbc.txt").as_deref(),
            Some("2020-08-17")
        );
        assert_eq!(date("2021-03-05/wire.txt").as_deref(), Some("2021-03-05"));
        assert_eq!(date("sets/flood/wire.txt"), None);
        assert_eq!(date("x12020-08-17/wire.txt"), None);
        assert_eq!(date("bbc.txt"), None);
    }
}
