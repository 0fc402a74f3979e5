//! Sniff: what kind of file an article is. Takes its name (when it has one) and its first bytes;
//! hands on a [`Format`], so that a page is read as a page, a JSON export as JSON, and a PDF or
//! a picture is refused before a byte of it is taken for text (a PDF's object numbers and a
//! picture's header bytes made "claims" once). The content decides where it is clear, the name
//! where the content is not: a saved page named `.txt` is still a page, and a `.json` file that
//! holds plain prose is read as the JSON it claims to be (and refused if it is not).

use std::path::Path;

/// How many bytes of a file are looked at to tell what it is.
pub const SNIFF_BYTES: usize = 4096;

/// What an article file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text (also Markdown): read as it is.
    Text,
    /// A saved web page.
    Html,
    /// One article as a JSON object.
    Json,
    /// Articles as JSON Lines, one object a line.
    JsonLines,
    /// A PDF document: refused with a hint to export it as text.
    Pdf,
    /// A list of web addresses, one a line (a corpus's `urls.txt`, a reading list): no article.
    LinkList,
    /// Another binary format (a picture, an archive, a word-processor file), named.
    Binary(BinaryKind),
}

/// The binary formats recognised by their first bytes, so the refusal can name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryKind {
    Png,
    Jpeg,
    Gif,
    /// ZIP, and what is built on it: .docx, .odt, .epub, .xlsx.
    Zip,
    Gzip,
    /// Word 97-2003 and other OLE compound files.
    OldOffice,
    Rtf,
    /// NUL bytes or other control characters that no text holds.
    Unknown,
    /// NUL bytes on every other byte only, as UTF-16 text in a script other than Latin holds
    /// them, but too few to read it as that without a byte-order mark.
    MaybeUtf16,
}

impl BinaryKind {
    /// The format's name in a message ("a PNG image").
    pub fn describe(self) -> &'static str {
        match self {
            BinaryKind::Png => "a PNG image",
            BinaryKind::Jpeg => "a JPEG image",
            BinaryKind::Gif => "a GIF image",
            BinaryKind::Zip => "a ZIP archive or office document (.docx, .odt, .epub)",
            BinaryKind::Gzip => "a gzip archive",
            BinaryKind::OldOffice => "a Word 97-2003 or other OLE document",
            BinaryKind::Rtf => "an RTF document",
            BinaryKind::Unknown => "a binary file (it contains NUL bytes or control characters)",
            BinaryKind::MaybeUtf16 => {
                "a binary file, or UTF-16 without a byte-order mark? (its NUL bytes fall on \
                 every other byte: save it as UTF-8, or as UTF-16 with a byte-order mark)"
            }
        }
    }
}

/// The format of a file named `name` (none for standard input) whose first bytes are `head`.
pub fn sniff(name: Option<&Path>, head: &[u8]) -> Format {
    if let Some(format) = by_signature(head) {
        return format;
    }
    let extension = name
        .and_then(Path::extension)
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "html" | "htm" | "xhtml" | "shtml" => return Format::Html,
        "json" => return Format::Json,
        "jsonl" | "ndjson" => return Format::JsonLines,
        _ => {}
    }
    let text = skip_bom_and_space(head);
    if looks_like_html(text) {
        Format::Html
    } else if is_link_list(text) {
        Format::LinkList
    } else if text.starts_with(b"{") {
        if is_json_lines(text) {
            Format::JsonLines
        } else {
            Format::Json
        }
    } else {
        Format::Text
    }
}

/// A format its first bytes name for certain, whatever the file is called.
fn by_signature(head: &[u8]) -> Option<Format> {
    let kind = if head.starts_with(b"%PDF-") {
        return Some(Format::Pdf);
    } else if head.starts_with(b"\x89PNG\r\n\x1a\n") {
        BinaryKind::Png
    } else if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        BinaryKind::Jpeg
    } else if head.starts_with(b"GIF87a") || head.starts_with(b"GIF89a") {
        BinaryKind::Gif
    } else if head.starts_with(b"PK\x03\x04") {
        BinaryKind::Zip
    } else if head.starts_with(&[0x1F, 0x8B]) {
        BinaryKind::Gzip
    } else if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        BinaryKind::OldOffice
    } else if head.starts_with(b"{\\rtf") {
        BinaryKind::Rtf
    } else if has_control_bytes(head) {
        binary_kind_of_nuls(head)
    } else {
        return None;
    };
    Some(Format::Binary(kind))
}

/// A NUL byte, or more than one byte in [`CONTROL_SHARE`] another C0 control (tab, line feed,
/// carriage return and form feed aside): what text does not hold. A stray control in text (a
/// vertical tab Word writes for a line break, a colour code in a saved log) is no sign of binary
/// data: the reader drops or spaces it (`controls.rs`), as it does further into the file. UTF-16
/// with a byte-order mark is text, decoded later.
fn has_control_bytes(head: &[u8]) -> bool {
    if head.starts_with(&[0xFF, 0xFE])
        || head.starts_with(&[0xFE, 0xFF])
        || utf16_without_bom(head).is_some()
    {
        return false;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    head.contains(&0) || controls * CONTROL_SHARE > head.len()
}

/// One control byte in this many, or more, makes a head binary.
const CONTROL_SHARE: usize = 20;

/// UTF-16 without a byte-order mark, told by where its NUL bytes fall: in text of a Latin
/// script most characters are below U+0100, so one byte of each pair is NUL (the second for
/// little-endian, the first for big-endian) and the other almost never is. `Some(true)` for
/// big-endian, `Some(false)` for little-endian; none for anything else (UTF-8 text holds no
/// NUL, binary data holds them anywhere).
pub fn utf16_without_bom(head: &[u8]) -> Option<bool> {
    let pairs = head.len() / 2;
    if pairs < 2 {
        return None;
    }
    let (mut first_nul, mut second_nul) = (0, 0);
    for pair in head.chunks_exact(2) {
        first_nul += usize::from(pair[0] == 0);
        second_nul += usize::from(pair[1] == 0);
    }
    // At least half the characters below U+0100, at most one in twenty a multiple of U+0100.
    let mostly = |nul: usize, other: usize| nul * 2 >= pairs && other * 20 <= pairs;
    if mostly(second_nul, first_nul) {
        Some(false)
    } else if mostly(first_nul, second_nul) {
        Some(true)
    } else {
        None
    }
}

/// What bytes holding NUL are: binary, or perhaps UTF-16 without a byte-order mark when every
/// NUL falls on bytes of one parity (a guess the message puts as a question).
pub fn binary_kind_of_nuls(bytes: &[u8]) -> BinaryKind {
    let mut parities = bytes
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == 0)
        .map(|(at, _)| at % 2);
    let Some(first) = parities.next() else {
        return BinaryKind::Unknown;
    };
    let controls = bytes
        .iter()
        .any(|&b| b != 0 && b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C));
    // Two NULs at least: one stray NUL says nothing of a byte order.
    let mut count = 1;
    let one_parity = parities.all(|parity| {
        count += 1;
        parity == first
    });
    if !controls && one_parity && count >= 2 {
        BinaryKind::MaybeUtf16
    } else {
        BinaryKind::Unknown
    }
}

fn skip_bom_and_space(head: &[u8]) -> &[u8] {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    &head[start..]
}

/// A page opens with a doctype, an `<html>`, `<head>` or `<body>` tag, or a comment before one;
/// prose that merely mentions a tag does not open with `<`.
fn looks_like_html(text: &[u8]) -> bool {
    if !text.starts_with(b"<") {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    let opens = |tag: &[u8]| lower.windows(tag.len()).any(|w| w == tag);
    opens(b"<!doctype html") || opens(b"<html") || opens(b"<head") || opens(b"<body")
}

/// Lines of which most (two at least) hold a web address: a list of links, whatever else each
/// line holds (a name, a tab, a title). Prose cites a link in a line now and then, not in most.
fn is_link_list(text: &[u8]) -> bool {
    let lines: Vec<&[u8]> = text
        .split(|&b| b == b'\n')
        .map(<[u8]>::trim_ascii)
        .filter(|line| !line.is_empty())
        .collect();
    let linked = lines
        .iter()
        .filter(|line| {
            line.windows(4).any(|w| w == b"www.")
                || line.windows(7).any(|w| w.eq_ignore_ascii_case(b"http://"))
                || line.windows(8).any(|w| w.eq_ignore_ascii_case(b"https://"))
        })
        .count();
    linked >= 2 && linked * 2 > lines.len()
}

/// Two or more lines that each open a JSON object: JSON Lines, not one pretty-printed object
/// (whose second line opens with a key, not a brace).
fn is_json_lines(text: &[u8]) -> bool {
    let mut lines = text
        .split(|&b| b == b'\n')
        .map(|line| line.trim_ascii())
        .filter(|line| !line.is_empty());
    let first = lines
        .next()
        .is_some_and(|l| l.starts_with(b"{") && l.ends_with(b"}"));
    first && lines.next().is_some_and(|l| l.starts_with(b"{"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(name: &str, head: &[u8]) -> Format {
        sniff(Some(Path::new(name)), head)
    }

    #[test]
    fn signatures_win_over_names() {
        assert_eq!(named("report.txt", b"%PDF-1.7\n%\xE2\xE3"), Format::Pdf);
        assert_eq!(
            named("photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Format::Binary(BinaryKind::Png)
        );
        assert_eq!(
            named("story.txt", b"PK\x03\x04\x14\0\x06\0"),
            Format::Binary(BinaryKind::Zip)
        );
        assert_eq!(
            named("story.txt", b"{\\rtf1\\ansi Police said"),
            Format::Binary(BinaryKind::Rtf)
        );
        assert_eq!(
            named("x.txt", b"Police said\0 40"),
            Format::Binary(BinaryKind::Unknown)
        );
    }

    #[test]
    fn pages_and_json_by_name_or_by_content() {
        assert_eq!(named("bbc.html", b"Police said 40."), Format::Html);
        assert_eq!(
            named("bbc.txt", b"\n  <!DOCTYPE html><html lang=\"en\">"),
            Format::Html
        );
        assert_eq!(sniff(None, b"<html><body><p>Police"), Format::Html);
        assert_eq!(named("a.json", b"{\"text\": \"Police\"}"), Format::Json);
        assert_eq!(
            sniff(
                None,
                b"{\n  \"outlet\": \"bbc\",\n  \"text\": \"Police\"\n}"
            ),
            Format::Json
        );
        assert_eq!(
            sniff(
                None,
                b"{\"set\": \"a\", \"text\": \"x\"}\n{\"set\": \"a\", \"text\": \"y\"}\n"
            ),
            Format::JsonLines
        );
        assert_eq!(named("day.jsonl", b"{\"text\": \"x\"}"), Format::JsonLines);
    }

    #[test]
    fn a_list_of_links_is_no_article() {
        assert_eq!(
            named(
                "urls.txt",
                b"10_1.txt\thttp://boston.example.com/news/1\n10_2.txt\thttps://example.org/a\n"
            ),
            Format::LinkList
        );
        assert_eq!(
            named(
                "wire.txt",
                b"Police said 40 people were held.\nSee www.example.com for more.\nThe rally went on.\n"
            ),
            Format::Text
        );
    }

    #[test]
    fn prose_is_text_even_when_it_mentions_markup() {
        assert_eq!(
            named("wire.txt", b"MINSK, Belarus - The <b> tag was shown."),
            Format::Text
        );
        assert_eq!(
            named("notes.md", b"# Belarus\n\nPolice said 40."),
            Format::Text
        );
        assert_eq!(sniff(None, b"\xEF\xBB\xBFPolice said 40."), Format::Text);
        // UTF-16 text has NUL bytes but is text, with a byte-order mark or without.
        assert_eq!(sniff(None, b"\xFF\xFEP\0o\0l\0"), Format::Text);
        assert_eq!(sniff(None, b"P\0o\0l\0i\0c\0e\0"), Format::Text);
        assert_eq!(sniff(None, b"\0P\0o\0l\0i\0c\0e"), Format::Text);
    }

    #[test]
    fn nuls_on_every_other_byte_are_asked_about() {
        assert_eq!(utf16_without_bom(b"P\0o\0l\0"), Some(false));
        assert_eq!(utf16_without_bom(b"\0P\0o\0l"), Some(true));
        assert_eq!(utf16_without_bom(b"Police"), None);
        assert_eq!(utf16_without_bom(&[0; 64]), None);
        // UTF-16LE Chinese: few NULs, all on the second byte of a pair.
        let chinese: Vec<u8> = "\u{4e2d}\u{6587} \u{65b0}\u{95fb} \u{4e2d}\u{6587}\u{65b0}\u{95fb}"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(utf16_without_bom(&chinese), None);
        assert_eq!(
            sniff(None, &chinese),
            Format::Binary(BinaryKind::MaybeUtf16)
        );
        assert_eq!(binary_kind_of_nuls(&[0; 64]), BinaryKind::Unknown);
        assert_eq!(binary_kind_of_nuls(b"Police\0 said"), BinaryKind::Unknown);
    }
}
