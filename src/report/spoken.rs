//! Spoken values: takes a claim's value and hands on the words a reader would say for it in the
//! table and Markdown (issue 17): "at least 100,000" rather than "≥ 100,000", "9 August (no
//! year given)" rather than "--08-09", "about 6,700", "100,000 to 220,000", "1 year". CSV and
//! JSON keep their compact forms ([`super::display_value`]; JSON is a contract); a value is
//! worded here and never decided: the claim already holds what it means.
//!
//! A lower bound is "at least": the claim holds the value or more ("more than 100,000" and
//! "at least 31" alike); the claim's own words beside it say which the article wrote.

use crate::claims::{DateValue, Exactness, Unit, Value};

use super::{display_value, with_separators};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A value as a reader says it.
pub(crate) fn spoken_value(value: &Value) -> String {
    match value {
        Value::Date(date) => spoken_date(date),
        Value::Quantity(quantity) => {
            let number = |value: Option<f64>| value.map(with_separators).unwrap_or_default();
            let core = match quantity.exactness {
                Exactness::Exact => number(quantity.low),
                Exactness::Approximate => format!("about {}", number(quantity.low)),
                Exactness::LowerBound => format!("at least {}", number(quantity.low)),
                Exactness::UpperBound => format!("at most {}", number(quantity.high)),
                Exactness::Range => {
                    format!("{} to {}", number(quantity.low), number(quantity.high))
                }
            };
            // One of a unit is singular: "1 year", "at least 1 day".
            let one = quantity.exactness != Exactness::Range
                && [quantity.low, quantity.high].contains(&Some(1.0));
            let unit = |word: &str| {
                if one {
                    word.strip_suffix('s').unwrap_or(word).to_string()
                } else {
                    word.to_string()
                }
            };
            let (prefix, suffix) = match &quantity.unit {
                Unit::Percent => ("", "%".to_string()),
                Unit::PercentagePoints => ("", " percentage points".to_string()),
                Unit::Money(Some(currency)) => ("", format!(" {currency}")),
                Unit::Money(None) => ("", String::new()),
                Unit::Age => ("age ", String::new()),
                Unit::AgeIn(unit_of) => ("age ", format!(" {}", unit(unit_of.as_str()))),
                Unit::Duration(unit_of) => ("", format!(" {}", unit(unit_of.as_str()))),
                Unit::Measure(measure) => ("", format!(" {}", measure.symbol())),
                Unit::Count => ("", String::new()),
            };
            let direction = quantity
                .direction
                .map_or(String::new(), |d| format!("{} ", d.as_str()));
            format!("{direction}{prefix}{core}{suffix}")
        }
        other => display_value(other),
    }
}

/// A date as a reader says it: "9 August 2020", "Monday 17 August 2020", "9 August (no year
/// given)", "August 2020", "1994".
fn spoken_date(date: &DateValue) -> String {
    let month = date
        .month
        .and_then(|m| MONTHS.get(usize::from(m).checked_sub(1)?))
        .copied();
    let weekday = date.weekday.map(|w| format!("{w} "));
    let day_month = match (date.day, month) {
        (Some(day), Some(month)) => Some(format!("{day} {month}")),
        (None, Some(month)) => Some(month.to_string()),
        _ => None,
    };
    match (day_month, date.year) {
        (Some(day_month), Some(year)) => {
            format!("{}{day_month} {year}", weekday.unwrap_or_default())
        }
        (Some(day_month), None) => {
            format!("{}{day_month} (no year given)", weekday.unwrap_or_default())
        }
        (None, Some(year)) => year.to_string(),
        (None, None) => match date.weekday {
            Some(weekday) => format!("{weekday} (no date given)"),
            None => "unknown date".to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::spoken_value;
    use crate::claims::{ArticleDate, extract_sentence, parse_article_date};

    fn said(sentence: &str, text: &str, date: Option<ArticleDate>) -> String {
        let claim = extract_sentence(sentence, date)
            .into_iter()
            .find(|c| c.text(sentence) == text)
            .unwrap_or_else(|| panic!("{sentence}: no claim {text:?}"));
        spoken_value(&claim.value)
    }

    #[test]
    fn figures_are_said_in_words_not_signs() {
        let s = |sentence, text| said(sentence, text, None);
        assert_eq!(
            s("More than 100,000 people marched.", "More than 100,000"),
            "at least 100,000"
        );
        assert_eq!(
            s("Some 6,700 people were detained.", "Some 6,700"),
            "about 6,700"
        );
        assert_eq!(
            s(
                "Between 100,000 and 220,000 people attended.",
                "Between 100,000 and 220,000"
            ),
            "100,000 to 220,000"
        );
        assert_eq!(s("Up to 40 people were hurt.", "Up to 40"), "at most 40");
        assert_eq!(
            s("He spent over five years in prison.", "over five years"),
            "at least 5 years"
        );
        assert_eq!(s("He spent one year in prison.", "one year"), "1 year");
        assert_eq!(s("Turnout was 80.1%.", "80.1%"), "80.1%");
    }

    #[test]
    fn dates_are_said_as_a_reader_says_them() {
        let dated = parse_article_date("2020-08-17").ok();
        assert_eq!(
            said("The vote held on 9 August was rigged.", "9 August", None),
            "9 August (no year given)"
        );
        assert_eq!(
            said("The vote held on 9 August was rigged.", "9 August", dated),
            "9 August 2020"
        );
        assert_eq!(said("He has ruled since 1994.", "1994", None), "1994");
        assert!(
            said("Workers walked out on Monday.", "Monday", dated)
                .starts_with("Monday 17 August 2020"),
        );
    }
}
