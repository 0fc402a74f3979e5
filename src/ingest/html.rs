//! Saved web pages: takes a page's decoded HTML and hands on its article as plain text, one
//! paragraph per block with a blank line between paragraphs (the segmenter ends a sentence at
//! each), with the title, outlet name and day of publication its metadata states. A page saved
//! from a news site holds far more than the story: navigation, captions, share buttons, cookie
//! banners, related-story lists, scripts. Read as text, their numbers and words became claims.
//!
//! The main text is found by dom_smoothie (a port of Firefox's readability.js, maintained), run in
//! its formatted mode so paragraphs stay paragraphs. Readability scores blocks by their prose,
//! which keeps the story's container but not everything it leaves inside it, so the furniture news
//! sites put *inside* the story is removed first, by what it is: the elements HTML gives it
//! (`nav`, `aside`, `footer`, `header`, `figcaption`, `form`, `script`), the roles and class names
//! sites give it (`cookie`, `consent`, `share`, `related`, `newsletter`, `advert`, `byline`...),
//! social-media embeds, and a short block holding a `<time>` (the page's date line). A page that
//! marks its body with schema.org's `itemprop="articleBody"` is read from that body alone.
//! Entities are decoded by the HTML parser; no markup reaches the text.
//!
//! The day of publication comes from, in this order: `article:published_time`, JSON-LD
//! `datePublished` of an article (`NewsArticle`, `LiveBlogPosting`...), `itemprop="datePublished"`,
//! then the first `<time datetime>` outside navigation and asides. The day is the one the
//! timestamp states in its own offset (`2020-08-17T00:30:00+03:00` is 17 August), as its readers
//! saw it.

mod depth;

use std::collections::HashMap;

use dom_query::{Document, NodeId, NodeRef, Selection};
use jiff::civil::Date;

/// What a page holds: its article's text and what its metadata says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The article's text: paragraphs separated by a blank line.
    pub text: String,
    /// The headline (`og:title`, else the page title readability cleans).
    pub title: Option<String>,
    /// The outlet's own name (`og:site_name`, or the JSON-LD publisher's name).
    pub site_name: Option<String>,
    /// The day of publication, if the page states one.
    pub published: Option<Date>,
}

/// Elements that are never the story, whatever page they are on.
const FURNITURE: &str = "script, style, noscript, template, iframe, svg, canvas, form, button, \
    input, select, textarea, nav, aside, footer, figcaption, dialog, \
    [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog], \
    [role=alert], [aria-hidden=true], [hidden], \
    blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, \
    [data-ad-size], [id^=div-gpt-ad]";

/// Words in a class or id that mark furniture on news sites (matched case-insensitively inside
/// the attribute: `SocialShare-facebook`, `site-message--cookie`, `ad-slot__container`).
const FURNITURE_NAMES: [&str; 22] = [
    "cookie",
    "consent",
    "gdpr",
    "onetrust",
    "share",
    "social",
    "related",
    "newsletter",
    "signup",
    "subscribe",
    "advert",
    "ad-slot",
    "sponsor",
    "promo",
    "byline",
    "breadcrumb",
    "most-read",
    "most-viewed",
    "comments",
    "copyright",
    "paywall-prompt",
    "pagination",
];

/// The text of a block holding a `<time>` that is a date line, not a paragraph of the story.
const DATE_LINE_CHARS: usize = 160;

/// The shortest paragraph of prose that makes a page an article.
const PROSE_CHARS: usize = 40;

/// Why a page gave no article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unread {
    /// No paragraph of prose is left once the furniture is gone (an index page, a cookie wall, a
    /// page of links).
    NoArticle,
    /// Elements nested deeper than [`MAX_DEPTH`]: no news page comes near it, and readability
    /// walks the tree recursively, so such a page could overflow the stack.
    TooDeep,
}

/// The deepest nesting of elements read (browsers' parsers cap a tree near it too).
pub const MAX_DEPTH: usize = 512;

/// Reads a page: its article, or why it has none.
pub fn read(html: &str) -> Result<Page, Unread> {
    // Counted on the markup first: the parser's own cost grows with the square of the depth.
    if depth::nests_deeper_than(html, depth::PRE_PARSE_DEPTH) {
        return Err(Unread::TooDeep);
    }
    let document = Document::from(html);
    if nested_deeper_than(&document, MAX_DEPTH) {
        return Err(Unread::TooDeep);
    }
    let title = meta(&document, "og:title");
    let mut site_name = meta(&document, "og:site_name");
    let (ld_date, ld_publisher) = json_ld(&document);
    if site_name.is_none() {
        site_name = ld_publisher;
    }
    let mut published = meta(&document, "article:published_time")
        .as_deref()
        .and_then(day_of)
        .or(ld_date)
        .or_else(|| item_date(&document));

    remove_furniture(&document);
    if published.is_none() {
        // A `<time>` inside a story sentence ("the quake struck on <time>11 March 2011</time>,
        // killing...") dates an event, not the page.
        published = document
            .select("time[datetime]")
            .nodes()
            .iter()
            .filter(|time| !in_sentence(time))
            .find_map(|time| time.attr("datetime").as_deref().and_then(day_of));
    }
    remove_date_lines(&document);
    document.select("header").remove();
    keep_marked_body(&document);

    let config = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..dom_smoothie::Config::default()
    };
    let article = dom_smoothie::Readability::with_document(document, None, Some(config))
        .and_then(|mut readability| readability.parse())
        .map_err(|_| Unread::NoArticle)?;
    let text = paragraphs(&article.text_content);
    if !text.split("\n\n").any(is_prose) {
        return Err(Unread::NoArticle);
    }
    let title = title.or_else(|| Some(article.title.trim().to_string()).filter(|t| !t.is_empty()));
    Ok(Page {
        text,
        title,
        site_name,
        published,
    })
}

/// Whether any node lies more than `limit` elements deep (one pass, in document order).
fn nested_deeper_than(document: &Document, limit: usize) -> bool {
    let mut depths: HashMap<NodeId, usize> = HashMap::new();
    for node in document.root().descendants_it() {
        let depth = node
            .parent()
            .and_then(|parent| depths.get(&parent.id).copied())
            .unwrap_or(0)
            + 1;
        if depth > limit {
            return true;
        }
        depths.insert(node.id, depth);
    }
    false
}

/// The content of `<meta property=NAME>` or `<meta name=NAME>`, trimmed; none when empty.
fn meta(document: &Document, name: &str) -> Option<String> {
    ["property", "name", "itemprop"]
        .iter()
        .find_map(|attribute| {
            document
                .select(&format!("meta[{attribute}=\"{name}\"]"))
                .attr("content")
                .map(|content| content.trim().to_string())
                .filter(|content| !content.is_empty())
        })
}

/// `itemprop="datePublished"` on a `<meta>` (content) or a `<time>` (datetime).
fn item_date(document: &Document) -> Option<Date> {
    let marked = document.select("[itemprop=datePublished]");
    marked.nodes().iter().find_map(|node| {
        node.attr("content")
            .or_else(|| node.attr("datetime"))
            .as_deref()
            .and_then(day_of)
    })
}

/// The day of a timestamp that opens with `YYYY-MM-DD`, in the offset it is written in.
fn day_of(stamp: &str) -> Option<Date> {
    let stamp = stamp.trim();
    let day = stamp.get(..10)?;
    let rest = &stamp[10..];
    let ends = rest.is_empty() || rest.starts_with(['T', 't', ' ']);
    if ends { super::text::day(day) } else { None }
}

/// The day published and the publisher's name from the page's JSON-LD: the first object whose
/// `@type` names an article (`NewsArticle`, `ReportageNewsArticle`, `BlogPosting`,
/// `LiveBlogPosting`...), found in a list, an `@graph` or alone.
fn json_ld(document: &Document) -> (Option<Date>, Option<String>) {
    for script in document
        .select("script[type=\"application/ld+json\"]")
        .nodes()
    {
        let Ok(value) = serde_json::from_str::<serde_json::Value>(script.text().trim()) else {
            continue;
        };
        if let Some(article) = find_article(&value, 0) {
            let date = article
                .get("datePublished")
                .and_then(serde_json::Value::as_str)
                .and_then(day_of);
            let publisher = article
                .pointer("/publisher/name")
                .and_then(serde_json::Value::as_str)
                .map(|name| name.trim().to_string())
                .filter(|name| !name.is_empty());
            return (date, publisher);
        }
    }
    (None, None)
}

/// The first object of an article type in a JSON-LD value; `depth` bounds the search.
fn find_article(value: &serde_json::Value, depth: usize) -> Option<&serde_json::Value> {
    if depth > 4 {
        return None;
    }
    match value {
        serde_json::Value::Array(items) => items.iter().find_map(|v| find_article(v, depth + 1)),
        serde_json::Value::Object(object) => {
            let typed = |t: &serde_json::Value| {
                t.as_str()
                    .is_some_and(|t| t.ends_with("Article") || t.ends_with("Posting"))
            };
            let is_article = object.get("@type").is_some_and(|t| match t {
                serde_json::Value::Array(types) => types.iter().any(typed),
                t => typed(t),
            });
            if is_article {
                Some(value)
            } else {
                object
                    .get("@graph")
                    .and_then(|graph| find_article(graph, depth + 1))
            }
        }
        _ => None,
    }
}

/// Removes the elements that are furniture by their tag, role, class or id.
fn remove_furniture(document: &Document) {
    document.select(FURNITURE).remove();
    for name in FURNITURE_NAMES {
        let named = document.select(&format!("[class*=\"{name}\" i], [id*=\"{name}\" i]"));
        for node in named.nodes() {
            if !holds_story(node) {
                node.remove_from_parent();
            }
        }
    }
}

/// A page's frame or the story's own container, which a class name (`has-share-bar`,
/// `paywall-article social-enabled`) must not remove: the document's root, its `main` or
/// `article`, the marked `articleBody`, or any block holding three paragraphs or more.
fn holds_story(node: &NodeRef<'_>) -> bool {
    node.is("html, body, main, article, [itemprop=articleBody]")
        || Selection::from(*node).select("p").length() >= 3
}

/// Removes the page's date lines: each short block holding a `<time>` that is not a sentence
/// ("By Priya Shah · 9th March", "17 August 2020"), or a `<time>` standing alone in a larger
/// block. A `<time>` inside a sentence of the story ("The storm hit at <time>12.30pm</time>.")
/// is story and stays.
fn remove_date_lines(document: &Document) {
    for time in document.select("time").nodes() {
        let Some(parent) = time.parent() else {
            continue;
        };
        let text = parent.text();
        let text = text.trim();
        let in_sentence = in_sentence(time);
        if text.chars().count() <= DATE_LINE_CHARS
            && !ends_as_sentence(text)
            && !parent.is("body, article, main, section")
        {
            parent.remove_from_parent();
        } else if !in_sentence {
            time.remove_from_parent();
        }
    }
}

/// A `<time>` that is part of a story sentence: its parent runs on as a paragraph or inline text
/// holding more than the date and ending as a sentence. A `<time>` placed straight in a block
/// (`<article>`, `<section>`, `<div>`) is a date line, however the block's text ends.
fn in_sentence(time: &dom_query::NodeRef) -> bool {
    let own = time.text().trim().chars().count();
    let mut parent = time.parent();
    // `<span><time>...</time></span>`: a wrapper holding the date alone is looked through.
    for _ in 0..3 {
        match parent {
            Some(ref p) if p.is(INLINE_OR_PARAGRAPH) && p.text().trim().chars().count() <= own => {
                parent = p.parent();
            }
            _ => break,
        }
    }
    let Some(parent) = parent.filter(|p| p.is(INLINE_OR_PARAGRAPH)) else {
        return false;
    };
    let text = parent.text();
    let text = text.trim();
    text.chars().count() > own + 2 && ends_as_sentence(text)
}

/// Elements whose text runs on as part of a sentence or paragraph.
const INLINE_OR_PARAGRAPH: &str = "p, li, blockquote, h1, h2, h3, h4, h5, h6, span, a, em, \
    strong, b, i, u, small, mark, q, cite, abbr, sub, sup, td";

/// A page that marks exactly one element as its `articleBody` is read from that element alone.
fn keep_marked_body(document: &Document) {
    let marked = document.select("[itemprop=articleBody]");
    if marked.length() != 1 || !is_prose(&marked.text()) {
        return;
    }
    let body = marked.html();
    let page_body = document.select("body");
    if page_body.length() == 1 {
        page_body.set_html(body);
    }
}

/// Readability's formatted text as paragraphs: each line trimmed, runs of blank lines made one.
fn paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        out.push_str(line);
        blank = false;
    }
    out
}

/// A paragraph of prose: long enough, and ending as a sentence ends.
fn is_prose(paragraph: &str) -> bool {
    let paragraph = paragraph.trim();
    paragraph.chars().count() >= PROSE_CHARS && ends_as_sentence(paragraph)
}

/// Text that ends as a sentence ends: a full stop, question or exclamation mark, a closing quote
/// or bracket, or a colon before a quotation.
fn ends_as_sentence(text: &str) -> bool {
    text.trim_end()
        .ends_with(['.', '!', '?', '"', '\'', '\u{201d}', '\u{2019}', ')', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "<p>Police said 40 people were held in Minsk on Sunday night, a week after the vote.</p>\
        <p>\u{201c}We will not stop,\u{201d} said one of the 3,000 workers at the plant.</p>\
        <p>The interior ministry put the number of arrests since the vote at 6,700 people.</p>";

    fn page(head: &str, body: &str) -> Result<Page, Unread> {
        read(&format!(
            "<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"
        ))
    }

    #[test]
    fn title_and_outlet_come_from_the_page_metadata() {
        let page = page(
            "<title>Belarus strikes - The Ledger</title>\
             <meta property=\"og:title\" content=\"Belarus strikes spread\">\
             <meta property=\"og:site_name\" content=\"The Ledger\">",
            &format!("<article>{STORY}</article>"),
        )
        .unwrap();
        assert_eq!(page.title.as_deref(), Some("Belarus strikes spread"));
        assert_eq!(page.site_name.as_deref(), Some("The Ledger"));
        assert_eq!(page.published, None);
    }

    #[test]
    fn entities_are_decoded_and_paragraphs_kept() {
        let page = page(
            "",
            "<article><p>Caf&eacute; owners &amp; workers said &ldquo;no&rdquo; to 40&nbsp;hours, police said.</p>\
             <p>A second paragraph of the story, which is long enough to be prose.</p></article>",
        )
        .unwrap();
        assert_eq!(
            page.text,
            // The no-break space is read as a space.
            "Caf\u{e9} owners & workers said \u{201c}no\u{201d} to 40 hours, police said.\n\n\
             A second paragraph of the story, which is long enough to be prose."
        );
    }

    #[test]
    fn json_ld_in_a_graph_dates_the_page_and_names_the_publisher() {
        let head = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\
            \"@graph\":[{\"@type\":\"WebPage\",\"datePublished\":\"2019-01-01\"},\
            {\"@type\":[\"NewsArticle\"],\"datePublished\":\"2020-08-17T23:30:00-04:00\",\
            \"publisher\":{\"name\":\"Wire\"}}]}</script>";
        let page = page(head, &format!("<article>{STORY}</article>")).unwrap();
        assert_eq!(page.published, Some(jiff::civil::date(2020, 8, 17)));
        assert_eq!(page.site_name.as_deref(), Some("Wire"));
    }

    #[test]
    fn a_timestamp_gives_the_day_it_states() {
        assert_eq!(day_of("2020-08-17"), Some(jiff::civil::date(2020, 8, 17)));
        assert_eq!(
            day_of(" 2020-08-17T00:30:00+03:00"),
            Some(jiff::civil::date(2020, 8, 17))
        );
        assert_eq!(
            day_of("2020-08-17 10:00"),
            Some(jiff::civil::date(2020, 8, 17))
        );
        assert_eq!(day_of("17 August 2020"), None);
        assert_eq!(day_of("2020-02-30"), None);
        assert_eq!(day_of("2020-08-170"), None);
        assert_eq!(day_of("2020-08-1é"), None);
    }

    #[test]
    fn a_class_name_on_the_story_s_container_does_not_remove_the_story() {
        let page = page(
            "",
            &format!(
                "<div class=\"has-share-bar social-enabled\"><div class=\"story\">{STORY}</div>\
                 <div class=\"share-tools\"><a href=\"#\">Share 12 times</a></div></div>"
            ),
        )
        .unwrap();
        assert!(
            page.text.starts_with("Police said 40 people"),
            "{}",
            page.text
        );
        assert!(!page.text.contains("Share"));
    }

    #[test]
    fn a_time_in_a_sentence_stays_and_a_date_line_goes() {
        let page = page(
            "",
            &format!(
                "<article><p class=\"meta\">By Anna Kessler \u{b7} <time datetime=\"2021-07-15\">July 15</time> \
                 \u{b7} 4 min read</p><p>The storm hit Zhoushan at <time datetime=\"2021-07-25T12:30\">12.30pm</time> \
                 on Sunday, the weather service said.</p>{STORY}</article>"
            ),
        )
        .unwrap();
        assert!(
            page.text.starts_with(
                "The storm hit Zhoushan at 12.30pm on Sunday, the weather service said."
            ),
            "{}",
            page.text
        );
        assert!(!page.text.contains("Kessler") && !page.text.contains("4 min"));
        assert_eq!(page.published, Some(jiff::civil::date(2021, 7, 15)));
    }

    /// The review's cases: a `<time>` straight in the article is a date line, not glued to the
    /// lead; a `<time>` in a story sentence dates an event, not the page.
    #[test]
    fn a_date_line_in_the_article_goes_and_a_story_date_dates_no_page() {
        let page_a = page(
            "",
            &format!(
                "<article><h1>Floods</h1><time datetime=\"2021-07-16\">16 July 2021</time>{STORY}</article>"
            ),
        )
        .unwrap();
        assert!(!page_a.text.contains("16 July 2021"), "{}", page_a.text);
        assert_eq!(page_a.published, Some(jiff::civil::date(2021, 7, 16)));
        let page_b = page(
            "",
            &format!(
                "<article><h1>Ten years on</h1><p>The quake struck on <time \
                 datetime=\"2011-03-11\">11 March 2011</time>, killing 18,000 people.</p>{STORY}</article>"
            ),
        )
        .unwrap();
        assert!(page_b.text.contains("11 March 2011"), "{}", page_b.text);
        assert_eq!(page_b.published, None);
    }

    #[test]
    fn a_page_of_links_or_a_cookie_wall_holds_no_article() {
        let none = Err(Unread::NoArticle);
        assert_eq!(
            page("", "<ul><li><a href=\"/a\">Floods kill 42</a></li></ul>"),
            none
        );
        assert_eq!(
            page(
                "",
                "<div class=\"cookie-wall\"><p>We and our 847 partners use cookies to store \
                 information on your device.</p></div>"
            ),
            none
        );
        assert_eq!(page("", ""), none);
        assert_eq!(read("just text, no markup at all"), none);
    }

    #[test]
    fn broken_or_hostile_markup_never_panics() {
        let whole = format!(
            "<html><head><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\
             \"datePublished\":[1,2]}}</script></head><body><article>{STORY}</article></body></html>"
        );
        for end in (0..whole.len())
            .filter(|end| whole.is_char_boundary(*end))
            .step_by(7)
        {
            let _ = read(&whole[..end]);
        }
        let deep = |n: usize| read(&format!("{}{STORY}", "<div>".repeat(n)));
        assert_eq!(deep(2_000), Err(Unread::TooDeep));
        assert!(deep(MAX_DEPTH - 10).is_ok());
        let _ = read(
            "<time datetime=\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\"></time><<<>>>&#xFFFFFFFF;&#0;",
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

        /// Any soup of tags, attributes, entities and text reads or refuses, never panics.
        #[test]
        fn any_tag_soup_reads_or_refuses(
            pieces in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::strategy::Just("<p>".to_string()),
                    proptest::strategy::Just("</p>".to_string()),
                    proptest::strategy::Just("<div class=\"share\">".to_string()),
                    proptest::strategy::Just("</div>".to_string()),
                    proptest::strategy::Just("<time datetime=\"2020-08-17\">".to_string()),
                    proptest::strategy::Just("<script type=\"application/ld+json\">{\"@type\":".to_string()),
                    proptest::strategy::Just("<header><nav>".to_string()),
                    proptest::strategy::Just("&#x1F600;&amp;&bogus;".to_string()),
                    "[ -~]{0,40}",
                    "\\PC{0,20}",
                ],
                0..60,
            )
        ) {
            let _ = read(&pieces.concat());
        }
    }
}
