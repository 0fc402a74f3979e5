//! Stack: the HTML parser's stack of open elements as the depth count keeps it, taking start
//! and end tags one at a time and handing on how deep the markup nests at each.
//!
//! Why: to follow the parser's stack without parsing, in time linear in the tags. Each open
//! element's place is kept by name, and the special and scope-bounding elements' places in
//! their own stacks, so an end tag finds its element, and what stands in its way, at once.
//! Formatting elements (`<b>`, `<a>`, `<em>`...) outlive their place on the stack: one closed
//! by another element's end tag stays on the parser's list of active formatting elements and is
//! opened again at the next text, so each is counted until its own end tag, the end of its
//! table cell, or the parser's limit of three alike (the "Noah's Ark" clause) drops it.

use std::collections::{HashMap, VecDeque};

/// Elements that never hold content.
pub(super) const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image",
];

/// Elements whose end tag may be left out: the parser closes them itself, so they never
/// stack up however many a page leaves open.
pub(super) const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb",
    "rp", "rt", "rtc", "colgroup", "caption", "html", "head", "body",
];

/// Elements whose content is text up to their end tag, not markup.
pub(super) const RAW_TEXT: &[&str] = &[
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

/// The HTML standard's special elements that need their end tag: an ordinary end tag
/// (`</span>`) does not close past one of them.
const SPECIAL: &[&str] = &[
    "address",
    "applet",
    "article",
    "aside",
    "blockquote",
    "button",
    "center",
    "details",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "frameset",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "iframe",
    "listing",
    "main",
    "marquee",
    "menu",
    "nav",
    "noembed",
    "noframes",
    "noscript",
    "object",
    "ol",
    "plaintext",
    "pre",
    "script",
    "search",
    "section",
    "select",
    "style",
    "summary",
    "table",
    "template",
    "textarea",
    "title",
    "ul",
    "xmp",
];

/// Elements that bound the scope a special end tag (`</div>`) looks in.
const SCOPE: &[&str] = &["applet", "marquee", "object", "table", "template"];

/// Elements of `<svg>` and `<math>` whose content is HTML again (integration points); they
/// also bound scopes and stop end tags, as special elements do.
const INTEGRATION: &[&str] = &[
    "foreignobject",
    "desc",
    "title",
    "mi",
    "mo",
    "mn",
    "ms",
    "mtext",
    "annotation-xml",
];

/// HTML start tags that end foreign content: the parser closes the open `<svg>` or `<math>`
/// elements and inserts them as HTML.
const BREAKOUT: &[&str] = &[
    "b",
    "big",
    "blockquote",
    "body",
    "br",
    "center",
    "code",
    "dd",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "font",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "hr",
    "i",
    "img",
    "li",
    "listing",
    "menu",
    "meta",
    "nobr",
    "ol",
    "p",
    "pre",
    "ruby",
    "s",
    "small",
    "span",
    "strong",
    "strike",
    "sub",
    "sup",
    "table",
    "tt",
    "u",
    "ul",
    "var",
];

/// Formatting elements: the parser reopens them when another element's end tag closed them.
const FORMATTING: &[&str] = &[
    "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
];

/// End tags that close a table cell or caption, and with it the formatting elements opened
/// inside it.
const CELL: &[&str] = &["td", "th", "caption"];

/// An element on the counted stack of open elements.
struct Open {
    name: String,
    /// An `<svg>` or `<math>` element or one inside them.
    foreign: bool,
    /// Stops an ordinary end tag from closing past it.
    special: bool,
    /// Stops a special end tag from closing past it.
    scope: bool,
    /// A formatting element's name and attributes (two alike count as one for the parser's
    /// limit of three).
    formatting: Option<String>,
}

impl Open {
    /// Whether markup right inside this element is foreign content.
    fn holds_foreign(&self) -> bool {
        self.foreign && !INTEGRATION.contains(&self.name.as_str())
    }
}

/// The counted stack of open elements, with where each name, special and scope-bounding
/// element sits in it, so that an end tag is matched without looking down the stack.
#[derive(Default)]
pub(super) struct Stack {
    open: Vec<Open>,
    by_name: HashMap<String, Vec<usize>>,
    specials: Vec<usize>,
    scopes: Vec<usize>,
    formatting: Reopened,
}

impl Stack {
    /// How deep the parser's stack is or will be once it reopens the formatting elements.
    pub(super) fn depth(&self) -> usize {
        self.open.len() + self.formatting.live
    }

    /// Whether markup here is foreign content.
    pub(super) fn in_foreign(&self) -> bool {
        self.open.last().is_some_and(Open::holds_foreign)
    }

    /// A start tag `name` whose attributes are `attributes`, and whether it closes itself.
    /// Returns whether its content is raw text, to be skipped up to its end tag.
    pub(super) fn start(&mut self, name: &str, attributes: &str, self_closed: bool) -> bool {
        if self.in_foreign() && BREAKOUT.contains(&name) {
            while self.in_foreign() {
                self.pop(false);
            }
        }
        if self.in_foreign() {
            if !self_closed {
                self.push(name, true, None);
            }
        } else if VOID.contains(&name) || OPTIONAL_END.contains(&name) {
        } else if RAW_TEXT.contains(&name) {
            return true;
        } else if name == "svg" || name == "math" {
            // The slash closes these two even in HTML.
            if !self_closed {
                self.push(name, true, None);
            }
        } else {
            let formatting = FORMATTING
                .contains(&name)
                .then(|| format!("{name} {}", attributes.trim()));
            self.push(name, false, formatting);
        }
        false
    }

    fn push(&mut self, name: &str, foreign: bool, formatting: Option<String>) {
        let at = self.open.len();
        let special = if foreign {
            INTEGRATION.contains(&name)
        } else {
            SPECIAL.contains(&name)
        };
        let scope = if foreign {
            INTEGRATION.contains(&name)
        } else {
            SCOPE.contains(&name)
        };
        if special {
            self.specials.push(at);
        }
        if scope {
            self.scopes.push(at);
        }
        if let Some(key) = &formatting {
            self.formatting.opened(key);
        }
        self.by_name.entry(name.to_string()).or_default().push(at);
        self.open.push(Open {
            name: name.to_string(),
            foreign,
            special,
            scope,
            formatting,
        });
    }

    /// Takes the top element off the stack; a formatting element the parser will reopen
    /// (`reopen`) goes on the list of those.
    fn pop(&mut self, reopen: bool) {
        let Some(open) = self.open.pop() else {
            return;
        };
        if open.special {
            self.specials.pop();
        }
        if open.scope {
            self.scopes.pop();
        }
        if let Some(positions) = self.by_name.get_mut(&open.name) {
            positions.pop();
        }
        if let Some(key) = open.formatting {
            self.formatting
                .closed(open.name, key, self.scopes.len(), reopen);
        }
    }

    /// An end tag: closes the topmost open `name` and everything above it, when the parser
    /// would.
    pub(super) fn close(&mut self, name: &str) {
        if CELL.contains(&name) {
            // The end of a cell closes what is open inside the innermost table, and ends the
            // formatting elements opened in the cell.
            if let Some(&table) = self.scopes.last()
                && self.open[table].name == "table"
            {
                while self.open.len() > table + 1 {
                    self.pop(false);
                }
                self.formatting.clear_from(self.scopes.len());
            }
            return;
        }
        let Some(&at) = self
            .by_name
            .get(name)
            .and_then(|positions| positions.last())
        else {
            // No such element open: the parser ignores the end tag, but for a formatting
            // element it still drops it from the list of those to reopen.
            if FORMATTING.contains(&name) {
                self.formatting.ended(name);
            }
            return;
        };
        let element = &self.open[at];
        let barrier = if element.special && !element.foreign {
            self.scopes.last()
        } else {
            self.specials.last()
        };
        if barrier.is_some_and(|&barrier| barrier > at) {
            return;
        }
        // Closing a table (or an object...) ends the formatting elements opened in it.
        let scope = element.scope;
        while self.open.len() > at + 1 {
            self.pop(!scope);
        }
        self.pop(false);
        if scope {
            self.formatting.clear_from(self.scopes.len() + 1);
        }
    }
}

/// Formatting elements closed by another element's end tag, which the parser will open again
/// (its list of active formatting elements, less those still open). Removals mark an entry
/// gone and the indexes that lead to it are dropped when next met, so each entry costs O(1).
#[derive(Default)]
struct Reopened {
    /// In the order closed: name, name and attributes, and how many scope-bounding elements
    /// were open outside it; `None` once removed.
    entries: Vec<Option<(String, String, usize)>>,
    /// How many entries are not removed.
    live: usize,
    /// Entries by name and attributes, oldest first, and how many of them are live.
    by_key: HashMap<String, (VecDeque<usize>, usize)>,
    /// Entries by name, newest last.
    by_name: HashMap<String, Vec<usize>>,
    /// Open formatting elements by name and attributes.
    open: HashMap<String, usize>,
}

impl Reopened {
    /// A formatting element was opened: when three alike are already active, the parser drops
    /// the oldest of them from its list.
    fn opened(&mut self, key: &str) {
        let open = self.open.entry(key.to_string()).or_default();
        *open += 1;
        let open = *open;
        let live = self.by_key.get(key).map_or(0, |(_, live)| *live);
        if open + live > 3 {
            while let Some(index) = self
                .by_key
                .get_mut(key)
                .and_then(|(ids, _)| ids.pop_front())
            {
                if self.is_live(index, key) {
                    self.remove(index);
                    break;
                }
            }
        }
    }

    /// An open formatting element was closed; `reopen`: by another element's end tag.
    fn closed(&mut self, name: String, key: String, scopes: usize, reopen: bool) {
        if let Some(open) = self.open.get_mut(&key) {
            *open = open.saturating_sub(1);
        }
        if !reopen {
            return;
        }
        let index = self.entries.len();
        let (ids, live) = self.by_key.entry(key.clone()).or_default();
        ids.push_back(index);
        *live += 1;
        self.by_name.entry(name.clone()).or_default().push(index);
        self.entries.push(Some((name, key, scopes)));
        self.live += 1;
    }

    /// The end tag of a formatting element `name` that is not open: the parser drops the
    /// newest one of that name from its list.
    fn ended(&mut self, name: &str) {
        while let Some(index) = self.by_name.get_mut(name).and_then(Vec::pop) {
            if self
                .entries
                .get(index)
                .is_some_and(|entry| entry.as_ref().is_some_and(|(n, _, _)| n == name))
            {
                self.remove(index);
                return;
            }
        }
    }

    /// Drops the entries closed inside a scope-bounding element that was the `scopes`-th.
    fn clear_from(&mut self, scopes: usize) {
        while let Some(entry) = self.entries.last() {
            match entry {
                Some((_, _, level)) if *level < scopes => break,
                Some(_) => {
                    let index = self.entries.len() - 1;
                    self.remove(index);
                }
                None => {}
            }
            self.entries.pop();
        }
    }

    fn is_live(&self, index: usize, key: &str) -> bool {
        self.entries
            .get(index)
            .is_some_and(|entry| entry.as_ref().is_some_and(|(_, k, _)| k == key))
    }

    fn remove(&mut self, index: usize) {
        if let Some((_, key, _)) = self.entries[index].take() {
            self.live -= 1;
            if let Some((_, live)) = self.by_key.get_mut(&key) {
                *live -= 1;
            }
        }
    }
}
