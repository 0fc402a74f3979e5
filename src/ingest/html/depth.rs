//! Depth: takes a page's markup and says, before it is parsed, whether its elements nest far
//! deeper than any news page's.
//!
//! Why: the HTML parser looks down its stack of open elements at every start tag (is a `<p>`
//! open to close?), so a page of 100,000 nested `<div>`s cost 27 s to parse before the tree's
//! depth could be checked (issue 16). This count is one pass over the markup: each start tag
//! of an element that needs its end tag opens a level, each end tag closes one; elements whose
//! end tag may be left out (`<p>`, `<li>`, `<td>`...), void elements (`<br>`, `<img>`) and
//! self-closed tags open none, and the text of comments, scripts and styles is skipped. It can
//! only overcount what the parser builds by elements a page forgets to close, so it refuses at
//! [`PRE_PARSE_DEPTH`], well above the tree's own limit, and the tree is still checked after.

/// The markup nesting at which a page is refused unparsed: four times the tree's limit
/// (`super::MAX_DEPTH`), room for pages that leave a few hundred elements unclosed.
pub(super) const PRE_PARSE_DEPTH: usize = 4 * super::MAX_DEPTH;

/// Elements that never hold content.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image",
];

/// Elements whose end tag may be left out: the parser closes them itself, so they never
/// stack up however many a page leaves open.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb",
    "rp", "rt", "rtc", "colgroup", "caption", "html", "head", "body",
];

/// Elements whose content is text up to their end tag, not markup.
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

/// Whether the start and end tags of `html` nest deeper than `limit` at some point.
pub(super) fn nests_deeper_than(html: &str, limit: usize) -> bool {
    let mut depth = 0usize;
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
        let tag_end = rest.find('>').map_or(rest.len(), |end| end + 1);
        let self_closed = rest[..tag_end].ends_with("/>");
        at += tag_end;
        let name = name.as_str();
        if VOID.contains(&name) || OPTIONAL_END.contains(&name) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
            continue;
        }
        if RAW_TEXT.contains(&name) {
            // Skip to the element's end tag: its text holds no markup.
            at = raw_text_end(html, at, name);
            continue;
        }
        if !self_closed {
            depth += 1;
            if depth > limit {
                return true;
            }
        }
    }
    false
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
            "<span/><DIV>x</DIV>".repeat(3_000),
        );
        assert!(!nests_deeper_than(&page, PRE_PARSE_DEPTH));
    }
}
