//! Controls: takes an article's decoded text and hands it on without terminal control
//! sequences and control characters, so that what later stages read is what a reader sees.
//!
//! Text saved from the web, a terminal log or a wire feed can hold ECMA-48 sequences: `\033[31m`
//! colours, `\033]0;title\007` retitles the terminal. Left in, the number reader took the
//! `31` of a colour code for a figure and the renderers sent the sequences to the terminal of
//! whoever read the report (issue 16). A sequence is invisible on a terminal, so it is dropped
//! whole; any other control character (backspace, vertical tab, a C1 control) becomes a space, so
//! the two things it stood between stay apart (never glued into one figure), except that a C1
//! control standing for Windows-1252 punctuation (`\u{93}` a left quote, `\u{85}` an ellipsis:
//! text decoded from Windows-1252 as if it were Latin-1) becomes that punctuation. Tab, line
//! feed, carriage return and form feed are kept: they are text's own white space (the sniffer
//! lets them through, and the segmenter reads paragraphs from them).
//! The renderers escape whatever control character reaches them by another way (a file name, an
//! outlet name, an article built by an embedding program).

/// `text` without control sequences and with other control characters made spaces; `None` when
/// it holds none (nearly every article), so the text is not copied.
pub fn neutralised(text: &str) -> Option<String> {
    if !text.chars().any(is_stray_control) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => match chars.peek() {
                Some('[') => {
                    chars.next();
                    skip_csi(&mut chars);
                }
                Some(']' | 'P' | 'X' | '^' | '_') => {
                    chars.next();
                    skip_string(&mut chars);
                }
                _ => skip_escape(&mut chars),
            },
            // The 8-bit forms: CSI, then OSC, DCS, SOS, PM and APC.
            '\u{9b}' => skip_csi(&mut chars),
            '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            c if is_stray_control(c) => out.push(windows_1252(c).unwrap_or(' ')),
            c => out.push(c),
        }
    }
    Some(out)
}

/// The Windows-1252 character a C1 control stands for in text decoded from Windows-1252 bytes
/// as if they were Latin-1 (a common mojibake of web pages: `\u{93}` for a left quote, `\u{85}`
/// for an ellipsis); none for the five code points Windows-1252 leaves undefined and for any
/// other control.
fn windows_1252(c: char) -> Option<char> {
    let byte = u8::try_from(u32::from(c))
        .ok()
        .filter(|b| (0x80..=0x9F).contains(b))?;
    let bytes = [byte];
    let (decoded, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&bytes);
    decoded.chars().next().filter(|d| !d.is_control())
}

/// A control character that is not text's own white space.
fn is_stray_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}')
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// The rest of a control sequence after CSI: parameter and intermediate bytes, then its final
/// byte. A sequence cut short ends where the next character is none of those, which is kept.
fn skip_csi(chars: &mut Chars<'_>) {
    while chars
        .next_if(|c| matches!(c, '\u{20}'..='\u{3f}'))
        .is_some()
    {}
    chars.next_if(|c| matches!(c, '\u{40}'..='\u{7e}'));
}

/// The rest of an escape sequence of two or more characters (`\033c`, `\033(B`): intermediate
/// bytes, then a final one; a lone ESC before anything else is dropped alone.
fn skip_escape(chars: &mut Chars<'_>) {
    while chars
        .next_if(|c| matches!(c, '\u{20}'..='\u{2f}'))
        .is_some()
    {}
    chars.next_if(|c| matches!(c, '\u{30}'..='\u{7e}'));
}

/// The rest of a control string (OSC, DCS, SOS, PM, APC): up to BEL or the string terminator
/// (`\033\\` or U+009C), both dropped. An unterminated string stops before a line break, so it
/// cannot swallow the rest of the article.
fn skip_string(chars: &mut Chars<'_>) {
    while let Some(&c) = chars.peek() {
        match c {
            '\n' | '\r' | '\u{85}' => return,
            '\u{7}' | '\u{9c}' => {
                chars.next();
                return;
            }
            '\u{1b}' => {
                chars.next();
                chars.next_if_eq(&'\\');
                return;
            }
            _ => {
                chars.next();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::neutralised;

    #[test]
    fn text_without_controls_is_not_copied() {
        for text in [
            "",
            "Police said 41 people died.\n\nTab\there.\r\n\u{c}",
            "caf\u{e9} \u{2212}7",
        ] {
            assert_eq!(neutralised(text), None, "{text:?}");
        }
    }

    #[test]
    fn control_sequences_are_dropped_whole() {
        for (text, read) in [
            ("Police said \u{1b}[31m41 people", "Police said 41 people"),
            ("\u{1b}[1;38;5;196mred\u{1b}[0m.", "red."),
            ("a \u{1b}]0;PWNED\u{7}b", "a b"),
            (
                "a \u{1b}]8;;http://x.example\u{1b}\\link\u{1b}]8;;\u{1b}\\ b",
                "a link b",
            ),
            ("a\u{1b}Pq#0;2;0;0;0\u{1b}\\b", "ab"),
            ("12\u{9b}31m tents", "12 tents"),
            ("a \u{9d}0;title\u{9c}b", "a b"),
            ("reset\u{1b}c here", "reset here"),
            ("charset\u{1b}(B here", "charset here"),
            // Cut short: what follows is kept.
            ("end \u{1b}[", "end "),
            ("end \u{1b}", "end "),
            ("a \u{1b}[31", "a "),
        ] {
            assert_eq!(neutralised(text).as_deref(), Some(read), "{text:?}");
        }
    }

    #[test]
    fn an_unterminated_string_ends_at_the_line() {
        assert_eq!(
            neutralised("Title \u{1b}]0;PWNED\nPolice said 41 people.").as_deref(),
            Some("Title \nPolice said 41 people.")
        );
    }

    #[test]
    fn other_controls_keep_their_neighbours_apart() {
        assert_eq!(neutralised("41\u{8}12").as_deref(), Some("41 12"));
        assert_eq!(neutralised("a\u{7f}b\u{b}c").as_deref(), Some("a b c"));
    }

    #[test]
    fn windows_1252_punctuation_decoded_as_c1_controls_is_restored() {
        // UTF-8 text made from Windows-1252 bytes read as Latin-1: its quotes, dashes,
        // apostrophes and ellipses arrive as C1 controls.
        assert_eq!(
            neutralised("\u{93}We will rebuild,\u{94} he said of the 12\u{96}15 dead.").as_deref(),
            Some("\u{201c}We will rebuild,\u{201d} he said of the 12\u{2013}15 dead.")
        );
        assert_eq!(
            neutralised("didn\u{92}t know why\u{85} but").as_deref(),
            Some("didn\u{2019}t know why\u{2026} but")
        );
    }
}
