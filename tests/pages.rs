//! Saved web pages (`tests/data/pages/*.html`, issue 15): six pages written in the shapes of
//! major news sites' markup (a broadcaster's div soup, a newspaper's `article`/`section`, a wire
//! service's hashed class names, a live blog, an agency page broken by `<br>`, a regional page
//! with embeds), each beside a plain-text twin holding the story as a reader would copy it. A page
//! must read to its twin's text and claims, keep none of its furniture (navigation, captions,
//! scripts, cookie banners, share buttons, related lists), and date itself from its metadata; a
//! page with no article is refused by name, exit 2.

use std::path::{Path, PathBuf};

use assert_cmd::cargo::cargo_bin;
use claimdiff::claims::parse_article_date;
use claimdiff::{Input, pipeline};

/// Each page, its day of publication as the page states it, and furniture of its own that must
/// not reach the text (captions, embeds, bylines, widgets).
const PAGES: [(&str, &str, &[&str]); 6] = [
    (
        "broadcaster",
        "2020-08-17",
        &["MZKT plant", "1,200", "More on this story", "5 things"],
    ),
    (
        "newspaper",
        "2021-07-15",
        &[
            "Erftstadt",
            "Anna Kessler",
            "appears in print",
            "Rescue teams",
        ],
    ),
    (
        "wire",
        "2021-07-30",
        &[
            "Scroll to continue",
            "3% offer",
            "Trust Principles",
            "1,832",
        ],
    ),
    (
        "liveblog",
        "2021-07-25",
        &[
            "Wenling",
            "Key events",
            "12.40 BST",
            "Older posts",
            "1 of 3",
        ],
    ),
    (
        "agency",
        "2021-08-03",
        &[
            "GATOPOULOS",
            "Updated 2:05",
            "Turkey wildfires",
            "Copy Link",
        ],
    ),
    (
        "regional",
        "2022-03-09",
        &[
            "morning briefing",
            "52-31",
            "Priya Shah",
            "30 years of talk",
        ],
    ),
];

/// Furniture of every site: none of it is story, on any page.
const FURNITURE: [&str; 18] = [
    "cookie",
    "Cookie",
    "Share",
    "Advertisement",
    "ADVERTISEMENT",
    "Related",
    "RELATED",
    "Most read",
    "Most Read",
    "Copyright",
    "©",
    "Sign up",
    "Subscribe",
    "Skip to content",
    "Photograph",
    "Credit",
    "partners",
    "comments",
];

/// Markup, entities and script text that must never reach an article's text.
const MARKUP: [&str; 10] = [
    "<", ">", "&quot;", "&amp;", "&#", "&rsquo;", "&ldquo;", "{", "}", "function",
];

fn page(name: &str, extension: &str) -> PathBuf {
    Path::new("tests/data/pages").join(format!("{name}.{extension}"))
}

/// The article's text, its claims as `words<TAB>value` (which do not depend on offsets) and its
/// day of publication with where it was read.
fn read(path: &Path) -> (String, Vec<String>, Option<(String, &'static str)>) {
    read_dated(path, None)
}

/// As [`read`], with the article's date given by hand (`--date DAY`).
fn read_dated(
    path: &Path,
    day: Option<&str>,
) -> (String, Vec<String>, Option<(String, &'static str)>) {
    let date = day.map(|day| parse_article_date(day).unwrap());
    let (report, _) =
        pipeline::extract_claims(&Input::Path(path.to_path_buf()), Some("x"), &date.into())
            .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    let article = &report.document.article;
    let claims = report
        .claims
        .iter()
        .map(|claim| format!("{}\t{:?}", claim.text(&article.text), claim.value))
        .collect();
    let published = article
        .published
        .map(|published| (published.date.to_string(), published.source.into()));
    (article.text.clone(), claims, published)
}

/// Paragraphs with their inner whitespace collapsed: the shape the segmenter reads.
fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|paragraph| paragraph.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|paragraph| !paragraph.is_empty())
        .collect()
}

#[test]
fn a_page_reads_to_the_paragraphs_of_its_plain_text_twin() {
    for (name, _, _) in PAGES {
        let (html_text, _, _) = read(&page(name, "html"));
        let (twin_text, _, _) = read(&page(name, "txt"));
        assert_eq!(paragraphs(&html_text), paragraphs(&twin_text), "{name}");
    }
}

/// The page dates itself; its twin, plain text with no date of its own, is given the same day by
/// hand, so "Sunday" and "9 August" become the same calendar days in both.
#[test]
fn a_page_and_its_plain_text_twin_give_the_same_claims() {
    for (name, day, _) in PAGES {
        let (_, html_claims, _) = read(&page(name, "html"));
        let (_, twin_claims, _) = read_dated(&page(name, "txt"), Some(day));
        assert!(twin_claims.len() >= 4, "{name}: {twin_claims:?}");
        assert_eq!(html_claims, twin_claims, "{name}");
    }
}

#[test]
fn no_furniture_markup_or_script_reaches_the_text() {
    for (name, _, own) in PAGES {
        let (text, claims, _) = read(&page(name, "html"));
        for furniture in FURNITURE.iter().chain(own).chain(&MARKUP) {
            assert!(
                !text.contains(furniture),
                "{name}: {furniture:?} in\n{text}"
            );
            assert!(
                !claims
                    .iter()
                    .any(|claim| claim.split('\t').next().unwrap().contains(furniture)),
                "{name}: {furniture:?} in a claim"
            );
        }
    }
}

#[test]
fn a_page_is_dated_by_its_metadata() {
    for (name, day, _) in PAGES {
        let (_, _, published) = read(&page(name, "html"));
        assert_eq!(
            published,
            Some((day.to_string(), "page_metadata")),
            "{name}"
        );
    }
}

#[test]
fn a_page_with_no_article_is_refused_by_name_with_exit_2() {
    let path = page("no-article", "html");
    let output = std::process::Command::new(cargo_bin("claimdiff"))
        .args(["claims", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.starts_with("claimdiff: tests/data/pages/no-article.html: ")
            && stderr.contains("no article"),
        "{stderr}"
    );
}

#[test]
fn a_page_without_its_extension_is_read_as_a_page() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("broadcaster.txt");
    std::fs::copy(page("broadcaster", "html"), &copy).unwrap();
    let (text, claims, _) = read(&copy);
    let (twin_text, twin_claims, _) = read_dated(&page("broadcaster", "txt"), Some("2020-08-17"));
    assert_eq!(paragraphs(&text), paragraphs(&twin_text));
    assert_eq!(claims, twin_claims);
}
