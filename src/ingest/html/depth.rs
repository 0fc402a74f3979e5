//! Depth: takes a page's markup and says, before it is parsed, whether its elements nest far
//! deeper than any news page's.
//!
//! Why: the HTML parser looks down its stack of open elements at every start tag (is a `<p>`
//! open to close?), so a page of 100,000 nested `<div>`s cost 27 s to parse before the tree's
//! depth could be checked (issue 16). This count is one pass over the markup that keeps the
//! parser's stack of open elements as the parser would, where that is cheap to know, and errs
//! on the deep side where it is not:
//! - each start tag of an element that needs its end tag opens a level; elements whose end tag
//!   may be left out (`<p>`, `<li>`, `<td>`...) and void elements (`<br>`, `<img>`) open none,
//!   and the text of comments, scripts and styles is skipped;
//! - a self-closing slash is ignored on an HTML element (`<div/>` opens a `<div>`, as in the
//!   parser) and closes only in foreign content (`<svg>`, `<math>`), which an HTML element such
//!   as `<div>` or `<p>` breaks out of; inside `<foreignObject>` markup is HTML again;
//! - an end tag closes its element and those left open inside it only when the parser would:
//!   when its element is open, and no special element (`<div>`, `<section>`...) stands in the
//!   way of an ordinary end tag (`</span>`), nor a table or object in the way of a special one.
//!   Any other end tag is ignored, as the parser ignores it;
//! - a formatting element (`<b>`, `<a>`) closed by another element's end tag still counts: the
//!   parser opens it again at the next text (see [`stack`]).
//!
//! It can only overcount what the parser builds (elements a page forgets to close, formatting
//! elements the parser moves about), so it refuses at [`PRE_PARSE_DEPTH`], well above the
//! tree's own limit, and the tree is still checked after.

mod stack;

use stack::Stack;

/// The markup nesting at which a page is refused unparsed: four times the tree's limit
/// (`super::MAX_DEPTH`), room for pages that leave a few hundred elements unclosed.
pub(super) const PRE_PARSE_DEPTH: usize = 4 * super::MAX_DEPTH;

/// Whether the start and end tags of `html` nest deeper than `limit` at some point.
pub(super) fn nests_deeper_than(html: &str, limit: usize) -> bool {
    let mut stack = Stack::default();
    let mut at = 0;
    while let Some(offset) = html[at..].find('<') {
        at += offset + 1;
        let rest = &html[at..];
        if rest.starts_with("!--") {
            at += rest.find("-->").map_or(rest.len(), |end| end + 3);
            continue;
        }
        let closing = rest.starts_with('/');
        let name_start = usize::from(closing);
        let name_len = rest[name_start..]
            .find(|c: char| !c.is_ascii_alphanumeric() && c != '-')
            .unwrap_or(rest.len() - name_start);
        if name_len == 0 || !rest[name_start..].starts_with(|c: char| c.is_ascii_alphabetic()) {
            continue; // `<!DOCTYPE`, `<?xml`, a bare `<` in text
        }
        let name = rest[name_start..name_start + name_len].to_ascii_lowercase();
        let name = name.as_str();
        let name_end = name_start + name_len;
        let (tag_len, self_closed) = tag_end(&rest.as_bytes()[name_end..]);
        let attributes = rest[name_end..name_end + tag_len].trim_end_matches(['>', '/']);
        at += name_end + tag_len;
        if closing {
            stack.close(name);
            continue;
        }
        if stack.start(name, attributes, self_closed) {
            // Skip to the element's end tag: its text holds no markup.
            at = raw_text_end(html, at, name);
            continue;
        }
        if stack.depth() > limit {
            return true;
        }
    }
    false
}

/// How long the rest of a tag is, from just after its name to its `>` included (or to the
/// end of the markup), and whether it closes itself (`/>`). Quoted attribute values may hold
/// `>` and `/>`; a slash in an unquoted value (`<a href=x/>`) is part of the value.
fn tag_end(rest: &[u8]) -> (usize, bool) {
    let mut slash = false;
    let mut i = 0;
    while let Some(&byte) = rest.get(i) {
        i += 1;
        match byte {
            b'>' => return (i, slash),
            b'/' => slash = true,
            b'=' => {
                slash = false;
                while rest.get(i).is_some_and(u8::is_ascii_whitespace) {
                    i += 1;
                }
                match rest.get(i) {
                    Some(&quote) if quote == b'"' || quote == b'\'' => {
                        i += 1;
                        i += rest[i..]
                            .iter()
                            .position(|&b| b == quote)
                            .map_or(rest.len() - i, |end| end + 1);
                    }
                    _ => {
                        while rest
                            .get(i)
                            .is_some_and(|&b| b != b'>' && !b.is_ascii_whitespace())
                        {
                            i += 1;
                        }
                    }
                }
            }
            _ => slash = false,
        }
    }
    (rest.len(), false)
}

/// Where the end tag `</name` of a raw-text element whose text starts at `from` begins (any
/// case), or the end of `html`: one pass over the text.
fn raw_text_end(html: &str, from: usize, name: &str) -> usize {
    let mut at = from;
    while let Some(offset) = html[at..].find("</") {
        let tag = at + offset;
        let after = html.as_bytes().get(tag + 2..tag + 2 + name.len());
        if after.is_some_and(|after| after.eq_ignore_ascii_case(name.as_bytes())) {
            return tag;
        }
        at = tag + 2;
    }
    html.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_nesting_is_seen_without_parsing() {
        let deep = |n: usize| {
            format!(
                "<html><body>{}hi{}</body></html>",
                "<div>".repeat(n),
                "</div>".repeat(n)
            )
        };
        assert!(nests_deeper_than(&deep(100_000), PRE_PARSE_DEPTH));
        assert!(nests_deeper_than(
            &deep(PRE_PARSE_DEPTH + 1),
            PRE_PARSE_DEPTH
        ));
        assert!(!nests_deeper_than(&deep(PRE_PARSE_DEPTH), PRE_PARSE_DEPTH));
    }

    #[test]
    fn pages_that_close_little_are_not_counted_deep() {
        // Thousands of paragraphs, list items and line breaks left open, void and
        // self-closed tags, markup in a script and a comment: none of it nests.
        let page = format!(
            "<!DOCTYPE html><html><head><script>{}</script><!-- {} --></head><body>{}{}{}</body></html>",
            "if (a<b) { s = '<div>'; }".repeat(3_000),
            "<div>".repeat(3_000),
            "<p>Text<br>more<img src=x>".repeat(3_000),
            "<ul><li>one<li>two</ul>".repeat(3_000),
            "<svg><path d=\"M0\"/><g><circle r=\"1\"/></g></svg><DIV>x</DIV>".repeat(3_000),
        );
        assert!(!nests_deeper_than(&page, PRE_PARSE_DEPTH));
    }

    #[test]
    fn a_self_closed_element_that_is_not_void_opens_in_html() {
        // In HTML the slash of `<div/>` is ignored: the parser nests every one of them.
        let page = |tag: &str, n: usize| format!("<html><body>{}</body></html>", tag.repeat(n));
        assert!(nests_deeper_than(&page("<div/>", 80_000), PRE_PARSE_DEPTH));
        assert!(nests_deeper_than(
            &page("<span />", PRE_PARSE_DEPTH + 1),
            PRE_PARSE_DEPTH
        ));
        assert!(!nests_deeper_than(
            &page("<div/>", PRE_PARSE_DEPTH),
            PRE_PARSE_DEPTH
        ));
        // Void elements and foreign content (`<svg>`, `<math>`) really close there.
        assert!(!nests_deeper_than(
            &page("<br/><img src=x />", 80_000),
            PRE_PARSE_DEPTH
        ));
        assert!(!nests_deeper_than(
            &format!(
                "<svg>{}</svg><math>{}</math>",
                "<rect/>".repeat(80_000),
                "<mi/>".repeat(80_000)
            ),
            PRE_PARSE_DEPTH
        ));
        assert!(!nests_deeper_than(
            &page("<svg/><math />", 80_000),
            PRE_PARSE_DEPTH
        ));
        // An HTML element inside an `<svg>` breaks out of it: its slash is ignored again.
        assert!(nests_deeper_than(
            &format!("<svg><rect/>{}</svg>", "<div/>".repeat(80_000)),
            PRE_PARSE_DEPTH
        ));
        assert!(nests_deeper_than(
            &format!("<svg><p>{}", "<div/>".repeat(80_000)),
            PRE_PARSE_DEPTH
        ));
        // A `/>` in a quoted value does not close the tag; a slash in an unquoted value is
        // part of the value.
        let svg = |unit: &str| format!("<svg>{}</svg>", unit.repeat(80_000));
        assert!(nests_deeper_than(&svg("<g id=\"/>\">"), PRE_PARSE_DEPTH));
        assert!(nests_deeper_than(&svg("<g id='a>b/'>"), PRE_PARSE_DEPTH));
        assert!(nests_deeper_than(&svg("<g id=a/>"), PRE_PARSE_DEPTH));
        assert!(!nests_deeper_than(&svg("<g id=\"a\"/>"), PRE_PARSE_DEPTH));
        assert!(!nests_deeper_than(&svg("<g id=a />"), PRE_PARSE_DEPTH));
        // Inside an HTML integration point (`<foreignObject>`), markup is HTML again.
        assert!(nests_deeper_than(
            &format!("<svg><foreignObject>{}", "<section/>".repeat(80_000)),
            PRE_PARSE_DEPTH
        ));
    }

    #[test]
    fn an_end_tag_closes_only_an_element_the_parser_would_close() {
        let page = |unit: &str, n: usize| format!("<html><body>{}</body></html>", unit.repeat(n));
        // `</span>` with no span open is ignored by the parser: the divs nest.
        assert!(nests_deeper_than(
            &page("<div></span>", 40_000),
            PRE_PARSE_DEPTH
        ));
        // A non-special end tag stops at a special element (`<div>`) above its element.
        assert!(nests_deeper_than(
            &page("<span><div></span>", 40_000),
            PRE_PARSE_DEPTH
        ));
        // `</div>` stops at a table: the div outside it is not in scope.
        assert!(nests_deeper_than(
            &page("<div><table></div>", 40_000),
            PRE_PARSE_DEPTH
        ));
        // An end tag closes the elements left open inside its element.
        assert!(!nests_deeper_than(
            &page("<div><span><em>x</div>", 40_000),
            PRE_PARSE_DEPTH
        ));
        assert!(!nests_deeper_than(
            &page("<span><b><i>x</span>", 40_000),
            PRE_PARSE_DEPTH
        ));
        assert!(!nests_deeper_than(
            &page("<section><div><div>x</section>", 40_000),
            PRE_PARSE_DEPTH
        ));
        // End tags in any case.
        assert!(!nests_deeper_than(
            &page("<Div>x</DIV>", 40_000),
            PRE_PARSE_DEPTH
        ));
    }

    #[test]
    fn formatting_elements_count_until_the_parser_drops_them() {
        let numbered = |unit: &str, n: usize| {
            let units: String = (0..n).map(|i| unit.replace('#', &i.to_string())).collect();
            format!("<html><body>{units}</body></html>")
        };
        // A `<b>` closed by `</div>` is reopened at the next text, inside the next `<div>`:
        // the parser nests them all (a page of 20,000 took over a minute to parse).
        assert!(nests_deeper_than(
            &numbered("<div><b id=#>x</div>", 20_000),
            PRE_PARSE_DEPTH
        ));
        // Only three alike are reopened; one ended by its own end tag is not.
        assert!(!nests_deeper_than(
            &numbered("<div><b>x</div>", 40_000),
            PRE_PARSE_DEPTH
        ));
        assert!(!nests_deeper_than(
            &numbered("<div><b id=#>x</div></b>", 40_000),
            PRE_PARSE_DEPTH
        ));
        // The end of a table cell ends those opened in it, and so does the table's end.
        assert!(!nests_deeper_than(
            &format!(
                "<table>{}</table>",
                numbered("<tr><td><i id=#><div><b id=#>x</td>", 40_000)
            ),
            PRE_PARSE_DEPTH
        ));
        assert!(!nests_deeper_than(
            &numbered("<table><tr><td><div><b id=#>x</div></table>", 40_000),
            PRE_PARSE_DEPTH
        ));
    }
}
