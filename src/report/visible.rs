//! Visible: text from outside the program (an article, a file or folder name, an outlet name,
//! an error naming a path) made safe to show: every control character a terminal would act on
//! is written out as an escape (`\x1b`, `\u{9b}`), so a file named `\033]0;PWNED\007.txt`
//! cannot retitle the terminal of whoever reads the report (issue 16), and stays recognisable.
//!
//! Ingest already takes control sequences out of an article's text (`ingest::controls`); names
//! and paths are kept as they are, since they identify a file, so the renderers pass everything
//! from outside through here. Line feed and tab are kept: they are the renderers' own layout.
//! The table's colours are added after, never passed through here.
//!
//! The bidirectional controls (U+202A to U+202E embeddings and overrides, U+2066 to U+2069
//! isolates) are escaped too: they are no control characters to Rust, but a right-to-left
//! override in an article or a file name makes the rest of a row read backwards ("Trojan
//! Source"). The marks (U+200E, U+200F, U+061C) only nudge neutral characters and are kept, as
//! right-to-left text needs them.

use std::borrow::Cow;

/// `text` with each control character but line feed and tab written as a visible escape;
/// borrowed when it holds none.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_escaped) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            c if !is_escaped(c) => shown.push(c),
            c if (c as u32) < 0x80 => shown.push_str(&format!("\\x{:02x}", c as u32)),
            c => shown.push_str(&format!("\\u{{{:x}}}", c as u32)),
        }
    }
    Cow::Owned(shown)
}

fn is_escaped(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c)
}

/// An embedding, override or isolate of the bidirectional algorithm: it reorders the text
/// that follows it on screen.
pub(crate) fn is_bidi_control(c: char) -> bool {
    ('\u{202a}'..='\u{202e}').contains(&c) || ('\u{2066}'..='\u{2069}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::visible;

    #[test]
    fn control_characters_are_shown_as_escapes() {
        assert!(matches!(
            visible("bbc\tnyt\n"),
            std::borrow::Cow::Borrowed(_)
        ));
        assert_eq!(visible("\u{1b}]0;PWNED\u{7}"), "\\x1b]0;PWNED\\x07");
        assert_eq!(visible("a\rb\u{7f}"), "a\\x0db\\x7f");
        assert_eq!(visible("12\u{9b}31m"), "12\\u{9b}31m");
        assert_eq!(visible("caf\u{e9} \u{2212}7"), "caf\u{e9} \u{2212}7");
    }

    #[test]
    fn bidirectional_controls_are_shown_as_escapes_and_marks_kept() {
        assert_eq!(
            visible("41 \u{202e}people\u{202c} \u{2066}x\u{2069} \u{202a}\u{2068}"),
            "41 \\u{202e}people\\u{202c} \\u{2066}x\\u{2069} \\u{202a}\\u{2068}"
        );
        let marked = "\u{5e9}\u{5dc}\u{5d5}\u{5dd}\u{200f} 41 \u{200e}x\u{61c}";
        assert!(matches!(visible(marked), std::borrow::Cow::Borrowed(_)));
    }
}
