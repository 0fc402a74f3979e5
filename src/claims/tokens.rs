//! Tokens: a sentence cut into words, digit runs and symbols, each with its byte span, for the
//! claim recognisers to match patterns over.
//!
//! Words are letters with inner apostrophes (`Lukashenko’s`); letters glued to digits stay one
//! word (`G7`, `COP28`, `MH17`), so a model name never reads as a number. Digit runs keep inner
//! `,` and `.` between digits (`6,700`, `80.1`). Everything else is a one-character symbol
//! (`$`, `%`, `-`, `:`). Each token records whether whitespace came before it, so `3bn`, `55-year`
//! and `9:30` can be told from `3 bn`, `55 - year` and `9 : 30`.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Digits,
    Symbol,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// No whitespace between this token and the one before it.
    pub glued: bool,
}

impl Token<'_> {
    pub fn is_word(&self, word: &str) -> bool {
        self.kind == TokenKind::Word && self.text.eq_ignore_ascii_case(word)
    }

    pub fn is_symbol(&self, symbols: &str) -> bool {
        self.kind == TokenKind::Symbol && symbols.contains(self.text)
    }

    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }
}

impl<'a> Token<'a> {
    /// What [`Token::lower`] gives, borrowed where lower-casing changes nothing (ASCII without
    /// capitals, as most words and every figure are): for readers that lower-case every token.
    pub fn lower_cow(&self) -> std::borrow::Cow<'a, str> {
        use std::borrow::Cow;
        if !self.text.is_ascii() {
            Cow::Owned(self.lower())
        } else if self.text.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(self.text.to_ascii_lowercase())
        } else {
            Cow::Borrowed(self.text)
        }
    }
}

/// `c.is_alphabetic()`, answered without Unicode's tables for ASCII and for the General
/// Punctuation block (curly quotation marks, dashes, the ellipsis), where no character is a
/// letter. What reads the text around each quote for a word asks it of hundreds of characters
/// a quote, and a paragraph of marks is a quote every few bytes (issue 16): there the tables'
/// look-up was four fifths of the time.
pub(crate) fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        !GENERAL_PUNCTUATION.contains(&c) && c.is_alphabetic()
    }
}

/// `c.is_alphanumeric()`, as fast as [`is_letter`] for the same characters.
pub(crate) fn is_letter_or_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !GENERAL_PUNCTUATION.contains(&c) && c.is_alphanumeric()
    }
}

/// Unicode's General Punctuation block: spaces, dashes, quotation marks, the ellipsis; no
/// letter and no digit (a test holds it to that).
const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{206f}';

pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut glued = false;
    while let Some(&(start, c)) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            glued = false;
            continue;
        }
        let kind;
        let mut end = start + c.len_utf8();
        chars.next();
        if c.is_ascii_digit() {
            kind = TokenKind::Digits;
            while let Some(&(i, n)) = chars.peek() {
                let inner_separator = matches!(n, ',' | '.')
                    && text[i + 1..].starts_with(|d: char| d.is_ascii_digit());
                if n.is_ascii_digit() || inner_separator {
                    end = i + n.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            // Letters glued after digits that start a word (`COP28` is handled as a word);
            // `3bn`, `9th` and `90s` stay a digit run followed by a glued word.
        } else if c.is_alphabetic() {
            kind = TokenKind::Word;
            // A currency code glued to its figure (`USD12m`, `GBP500,000`, `$US48m`) is two
            // tokens, unlike a name with digits in it (`G7`, `COP28`).
            let after_dollar = tokens
                .last()
                .is_some_and(|t: &Token| glued && t.text == "$");
            let code_end = currency_code_glued_to_digits(&text[start..], after_dollar)
                .map(|length| start + length);
            while let Some(&(i, n)) = chars.peek() {
                if code_end.is_some_and(|code_end| i >= code_end) {
                    break;
                }
                let inner_apostrophe = matches!(n, '\'' | '\u{2019}')
                    && text[i + n.len_utf8()..].starts_with(char::is_alphabetic);
                if n.is_alphanumeric() || inner_apostrophe {
                    end = i + n.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
        } else {
            kind = TokenKind::Symbol;
        }
        tokens.push(Token {
            text: &text[start..end],
            start,
            end,
            kind,
            glued,
        });
        glued = true;
    }
    tokens
}

/// The length of a currency code at the start of `text` when digits follow it at once: a code in
/// capitals (`USD12m`) or `Rs` (`Rs500`), or, right after `$`, a dollar's country letters (`US`
/// of `$US48m`), or `euro` in lower case (`euro22 billion`).
fn currency_code_glued_to_digits(text: &str, after_dollar: bool) -> Option<usize> {
    let letters = text
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(text.len());
    let code = &text[..letters];
    if !text[letters..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let lower = code.to_ascii_lowercase();
    let capitals = code.chars().all(|c| c.is_ascii_uppercase());
    let titled = code.starts_with(|c: char| c.is_ascii_uppercase())
        && code[1..].chars().all(|c| c.is_ascii_lowercase());
    let is_code = crate::lexicon::CURRENCY_CODES
        .get(&lower)
        .is_some_and(|entry| capitals || titled && entry.titled);
    let is_dollar_prefix =
        after_dollar && capitals && crate::lexicon::DOLLAR_PREFIXES.get(&lower).is_some();
    // AP writes the euro sign as a word glued to the sum (`euro22 billion`), in lower case:
    // `Euro2012` is the tournament.
    let euro = code == "euro";
    (is_code || is_dollar_prefix || euro).then_some(letters)
}

#[cfg(test)]
mod tests {
    #[test]
    fn letters_and_digits_are_unicodes() {
        use super::{GENERAL_PUNCTUATION, is_letter, is_letter_or_digit};
        for c in GENERAL_PUNCTUATION {
            assert!(!c.is_alphanumeric(), "{c:?}");
        }
        let text = "Lukashenko\u{2019}s “'\"‘ — 12,000 Łódź Тихановская 日本 ٣ ⅷ\u{2026}\u{a0}é";
        for c in text
            .chars()
            .chain(['\u{1ff}', '\u{2070}', '\u{2071}', '\u{207f}'])
        {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    use super::*;

    fn shapes(text: &str) -> Vec<(&str, TokenKind, bool)> {
        tokenize(text)
            .into_iter()
            .map(|t| (t.text, t.kind, t.glued))
            .collect()
    }

    #[test]
    fn numbers_words_and_symbols() {
        use TokenKind::*;
        assert_eq!(
            shapes("Some 6,700 people; 80.1% of $5m G7 Covid-19"),
            [
                ("Some", Word, false),
                ("6,700", Digits, false),
                ("people", Word, false),
                (";", Symbol, true),
                ("80.1", Digits, false),
                ("%", Symbol, true),
                ("of", Word, false),
                ("$", Symbol, false),
                ("5", Digits, true),
                ("m", Word, true),
                ("G7", Word, false),
                ("Covid", Word, false),
                ("-", Symbol, true),
                ("19", Digits, true),
            ]
        );
    }

    #[test]
    fn a_currency_code_glued_to_its_figure_is_its_own_token() {
        let texts = |text| -> Vec<&str> { tokenize(text).into_iter().map(|t| t.text).collect() };
        assert_eq!(texts("USD12m"), ["USD", "12", "m"]);
        assert_eq!(texts("GBP500,000"), ["GBP", "500,000"]);
        assert_eq!(texts("Rs500"), ["Rs", "500"]);
        assert_eq!(texts("$US48,215,000"), ["$", "US", "48,215,000"]);
        // Names with digits stay whole: not a code, a code in lower case, or no `$` before US.
        assert_eq!(
            texts("G7 COP28 usd12 US48"),
            ["G7", "COP28", "usd12", "US48"]
        );
    }

    #[test]
    fn a_full_stop_after_a_number_is_not_a_decimal_point() {
        let tokens = tokenize("ranged between 100,000 and 220,000.");
        assert_eq!(tokens[4].text, "220,000");
        assert_eq!(tokens[5].text, ".");
    }

    #[test]
    fn spans_point_into_the_text() {
        let text = "Lukashenko\u{2019}s 9 August vote";
        for token in tokenize(text) {
            assert_eq!(&text[token.start..token.end], token.text);
        }
        assert_eq!(tokenize(text)[0].text, "Lukashenko\u{2019}s");
    }
}
