//! JSON articles: takes the decoded text of a JSON file (one article as an object) or of a JSON
//! Lines file (one article a line), and hands on each article's fields: its body (`text`, or
//! `html` to be read as a saved page), outlet, title, day of publication, and the `set` it
//! belongs to, with the line it came from. Scrapers and CMS exports hand articles on this way;
//! read as text, their keys became quotes and their markup claims.
//!
//! The JSON is parsed by serde_json into values, and the known fields are taken from the object
//! one by one, so a wrong type is refused naming the field (`` `text` must be a string, not a
//! number``) where a derived struct would only give a column. Unknown fields are ignored; `null`
//! is as good as absent. `published` is a day (`2020-08-17`) or an RFC 3339 timestamp whose day
//! is taken as written (`2020-08-17T00:30:00+03:00` is 17 August), as the outlet's readers saw
//! it. A problem comes back as a sentence for the error that names the file (and the line); an
//! article built from a JSON Lines entry has the path `FILE:LINE`, so what it says is traced to
//! its line.

use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde_json::{Map, Value};

use super::{Article, DateSource, Published, ReadArticle};
use crate::error::Result;

/// An article's body: plain text, or a saved page's HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    Text(String),
    Html(String),
}

/// One article as the JSON states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The line of a JSON Lines file it was read from (1-based); none for a JSON file.
    pub line: Option<usize>,
    pub body: Body,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub published: Option<Date>,
    /// The set it belongs to (`check` on a JSON Lines file groups by it).
    pub set: Option<String>,
}

/// One article from a whole JSON document, or why it is none.
pub fn one(text: &str) -> Result<Entry, String> {
    entry(text, None)
}

/// The articles of a JSON Lines document, one per non-blank line, or the first line that is
/// none (its number, 1-based, and why).
pub fn lines(text: &str) -> Result<Vec<Entry>, (usize, String)> {
    text.split('\n')
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(index, line)| entry(line, Some(index + 1)).map_err(|problem| (index + 1, problem)))
        .collect()
}

fn entry(text: &str, line: Option<usize>) -> Result<Entry, String> {
    let value: Value =
        serde_json::from_str(text).map_err(|error| format!("not valid JSON: {error}"))?;
    let Value::Object(object) = value else {
        return Err(format!(
            "is {}, not a JSON object (an article is {{\"outlet\": ..., \"text\": ...}})",
            kind(&value)
        ));
    };
    let body = match (string(&object, "text")?, string(&object, "html")?) {
        (Some(_), Some(_)) => {
            return Err("gives both `text` and `html`; give one".to_string());
        }
        (Some(text), None) => Body::Text(text),
        (None, Some(html)) => Body::Html(html),
        (None, None) => {
            return Err("has no `text` or `html`: the article's body is needed".to_string());
        }
    };
    let blank = match &body {
        Body::Text(text) | Body::Html(text) => text.trim().is_empty(),
    };
    if blank {
        let field = if matches!(body, Body::Text(_)) {
            "text"
        } else {
            "html"
        };
        return Err(format!("`{field}` is empty"));
    }
    let published = match string(&object, "published")? {
        Some(stamp) => Some(day_of(&stamp).ok_or_else(|| {
            format!(
                "`published` is \"{stamp}\", neither a day (2020-08-17) nor an RFC 3339 \
                 timestamp (2020-08-17T09:30:00+03:00)"
            )
        })?),
        None => None,
    };
    // `url` is not used yet, but a wrong type there is as much a broken export as anywhere.
    string(&object, "url")?;
    Ok(Entry {
        line,
        body,
        outlet: string(&object, "outlet")?.filter(|name| !name.trim().is_empty()),
        title: string(&object, "title")?,
        published,
        set: string(&object, "set")?.filter(|set| !set.trim().is_empty()),
    })
}

/// A JSON article: its text, or its `html` read as a page (named `FILE:LINE` for a JSON Lines
/// line, so a page with no article names its line); its own `outlet`, `title` and `published`
/// win over the page's.
pub(super) fn article(entry: Entry, path: &Path, stem: &str) -> Result<ReadArticle> {
    let (source, default) = match entry.line {
        Some(line) => (
            PathBuf::from(format!("{}:{line}", path.display())),
            format!("{stem}-line{line}"),
        ),
        None => (path.to_path_buf(), stem.to_string()),
    };
    let outlet = entry.outlet.clone().unwrap_or(default);
    let mut article = match entry.body {
        Body::Text(text) => Article::new(outlet, source, text),
        Body::Html(html) => super::from_page(&html, outlet, source)?,
    };
    if entry.title.is_some() {
        article.title = entry.title;
    }
    if entry.outlet.is_some() {
        article.site_name = entry.outlet;
    }
    if let Some(date) = entry.published {
        article.published = Some(Published {
            date,
            source: DateSource::JsonField,
        });
    }
    Ok(ReadArticle {
        article,
        set: entry.set,
        line: entry.line,
    })
}

/// A field that is a string when present; `null` is absent.
fn string(object: &Map<String, Value>, field: &str) -> Result<Option<String>, String> {
    match object.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(Some(text.clone())),
        Some(other) => Err(format!("`{field}` must be a string, not {}", kind(other))),
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// The day of `YYYY-MM-DD`, or of an RFC 3339 timestamp (or one without its offset) as written.
fn day_of(stamp: &str) -> Option<Date> {
    let stamp = stamp.trim();
    let day = super::text::day(stamp.get(..10)?)?;
    if stamp.len() == 10 {
        return Some(day);
    }
    let valid =
        stamp.parse::<jiff::Timestamp>().is_ok() || stamp.parse::<jiff::civil::DateTime>().is_ok();
    valid.then_some(day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_article_takes_its_fields_and_ignores_the_rest() {
        let entry = one(
            r#"{"outlet": "bbc", "url": "https://bbc.example/a", "title": "Minsk",
            "published": "2020-08-17T00:30:00+03:00", "text": "Police said 40.",
            "tags": ["x", 1], "words": 3}"#,
        )
        .unwrap();
        assert_eq!(entry.body, Body::Text("Police said 40.".to_string()));
        assert_eq!(entry.outlet.as_deref(), Some("bbc"));
        assert_eq!(entry.title.as_deref(), Some("Minsk"));
        assert_eq!(entry.published, Some(jiff::civil::date(2020, 8, 17)));
        assert_eq!(entry.set, None);
        assert_eq!(entry.line, None);
    }

    #[test]
    fn published_is_a_day_or_a_timestamp_read_as_written() {
        assert_eq!(day_of("2020-08-17"), Some(jiff::civil::date(2020, 8, 17)));
        assert_eq!(
            day_of("2020-08-16T23:30:00-05:00"),
            Some(jiff::civil::date(2020, 8, 16))
        );
        assert_eq!(
            day_of("2020-08-16T23:30:00Z"),
            Some(jiff::civil::date(2020, 8, 16))
        );
        assert_eq!(
            day_of("2020-08-16T23:30:00"),
            Some(jiff::civil::date(2020, 8, 16))
        );
        for bad in [
            "2020-02-30",
            "17 August 2020",
            "2020-08-17 and more",
            "",
            "2020-08-1é",
        ] {
            assert_eq!(day_of(bad), None, "{bad}");
        }
    }

    #[test]
    fn problems_name_the_field() {
        let problem = |text: &str| one(text).unwrap_err();
        assert!(problem(r#"{"text": 41}"#).contains("`text` must be a string, not a number"));
        assert!(problem(r#"{"html": "<p>a</p>", "outlet": ["bbc"]}"#).contains("`outlet`"));
        assert!(problem(r#"{"outlet": "bbc"}"#).contains("no `text` or `html`"));
        assert!(problem(r#"{"text": "  "}"#).contains("`text` is empty"));
        assert!(problem(r#"{"text": "a", "html": "b"}"#).contains("both"));
        assert!(problem("[1]").contains("not a JSON object"));
        assert!(problem("{\"text\": \"a\"").starts_with("not valid JSON"));
        assert!(problem(&"[".repeat(10_000)).starts_with("not valid JSON"));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(128))]

        /// Any mix of JSON pieces, keys and stray bytes reads or is refused, never panics.
        #[test]
        fn any_json_soup_reads_or_refuses(
            pieces in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::strategy::Just("{".to_string()),
                    proptest::strategy::Just("}".to_string()),
                    proptest::strategy::Just("[".to_string()),
                    proptest::strategy::Just("\"text\": ".to_string()),
                    proptest::strategy::Just("\"published\": ".to_string()),
                    proptest::strategy::Just("\"set\": ".to_string()),
                    proptest::strategy::Just("\"2020-08-17T25:00:00+99:00\"".to_string()),
                    proptest::strategy::Just(",".to_string()),
                    proptest::strategy::Just("\n".to_string()),
                    proptest::strategy::Just("null".to_string()),
                    proptest::strategy::Just("1e999".to_string()),
                    "\"[^\"\\\\]{0,12}\"",
                    "\\PC{0,6}",
                ],
                0..40,
            )
        ) {
            let text = pieces.concat();
            let _ = one(&text);
            let _ = lines(&text);
        }
    }

    #[test]
    fn json_lines_number_their_lines_and_skip_blank_ones() {
        let read = lines("{\"set\": \"a\", \"text\": \"x\"}\n\n{\"text\": \"y\", \"set\": null}\n")
            .unwrap();
        assert_eq!(read.len(), 2);
        assert_eq!(read[0].line, Some(1));
        assert_eq!(read[0].set.as_deref(), Some("a"));
        assert_eq!(read[1].line, Some(3));
        assert_eq!(read[1].set, None);
        let blank = one(r#"{"set": "  ", "text": "x"}"#).unwrap();
        assert_eq!(blank.set, None, "a blank set is no set");
        let (line, problem) = lines("{\"text\": \"x\"}\n{\"txt\": \"y\"}").unwrap_err();
        assert_eq!(line, 2);
        assert!(problem.contains("no `text`"));
    }
}
