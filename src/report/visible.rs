//! Visible: text from outside the program (an article, a file or folder name, an outlet name,
//! an error naming a path) made safe to show: every control character a terminal would act on
//! is written out as an escape (`\x1b`, `\u{9b}`), so a file named `\033]0;PWNED\007.txt`
//! cannot retitle the terminal of whoever reads the report (issue 16), and stays recognisable.
//!
//! Ingest already takes control sequences out of an article's text (`ingest::controls`); names
//! and paths are kept as they are, since they identify a file, so the renderers pass everything
//! from outside through here. Line feed and tab are kept: they are the renderers' own layout.
//! The table's colours are added after, never passed through here.

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
    c.is_control() && c != '\n' && c != '\t'
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
}
