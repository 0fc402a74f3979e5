//! Read: takes an input (a file or standard input) and hands on its bytes with the format its
//! first block shows ([`Format`]), then decodes those bytes to UTF-8 text with the warnings
//! decoding gave.
//!
//! The first block ([`SNIFF_BYTES`]) is read and judged before anything else: a PDF, a picture
//! or a stream of NUL bytes (`claimdiff claims - < /dev/zero`) is refused after 4 KiB, not after
//! reading 4 GiB into memory. The rest comes in chunks, each checked as it arrives for NUL bytes
//! (in UTF-8 text) and against the size cap, so no refusal waits for the whole input and memory
//! stays about the size of what is kept. Text is UTF-8, UTF-16 with a byte-order mark, UTF-16
//! without one (told by where its NUL bytes fall, with a warning), else Windows-1252 (with a
//! warning); UTF-16 that does not decode cleanly (an odd byte count, a lone surrogate) is read
//! with U+FFFD in its place and a warning, never silently.

use std::io::Read;
use std::path::Path;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE};

use super::sniff::{self, BinaryKind, Format, SNIFF_BYTES};
use super::{Input, Warning};
use crate::error::{Error, Result};

/// The largest article read, in bytes (4 GiB less one byte): claims keep their spans as
/// 32-bit offsets (a long article has tens of thousands of them), and no news text comes near
/// it.
pub const MAX_ARTICLE_BYTES: u64 = u32::MAX as u64;

/// How much is read at a time after the first block: large enough that a long article takes
/// few reads, small enough that binary data met late is refused soon after it starts.
const CHUNK: u64 = 64 * 1024;

/// Reads `input` whole (below the size cap) unless its first block, or a later chunk, shows it
/// is no text: its bytes and their format.
pub(super) fn read(input: &Input) -> Result<(Vec<u8>, Format)> {
    let path = input.display_path();
    match input {
        Input::Stdin => read_from(std::io::stdin().lock(), None, &path, MAX_ARTICLE_BYTES),
        Input::Path(file) => {
            let metadata =
                std::fs::metadata(file).map_err(|source| Error::reading(file, source))?;
            if metadata.is_dir() {
                return Err(Error::IsDirectory { path });
            }
            check_size(metadata.len(), file)?;
            let opened =
                std::fs::File::open(file).map_err(|source| Error::reading(file, source))?;
            read_from(opened, Some(file), &path, MAX_ARTICLE_BYTES)
        }
    }
}

/// Reads from `reader` (named `name` when it is a file, shown as `path`) at most `cap` bytes:
/// the first block is sniffed and a format that is no text refused before more is read; each
/// later chunk is checked for NUL bytes (UTF-8 input) and against `cap` as it comes.
pub(super) fn read_from(
    mut reader: impl Read,
    name: Option<&Path>,
    path: &Path,
    cap: u64,
) -> Result<(Vec<u8>, Format)> {
    let unreadable = |source| Error::Unreadable {
        path: path.to_path_buf(),
        source,
    };
    let mut bytes = Vec::new();
    reader
        .by_ref()
        .take(SNIFF_BYTES as u64)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    let format = sniff::sniff(name, &bytes);
    refuse(format, path)?;
    // UTF-16 holds NUL bytes (the high byte of every ASCII letter); anything else that does is
    // binary.
    let nul_is_binary = utf16_of(&bytes).is_none();
    loop {
        let start = bytes.len();
        let got = reader
            .by_ref()
            .take(CHUNK)
            .read_to_end(&mut bytes)
            .map_err(unreadable)?;
        if got == 0 {
            return Ok((bytes, format));
        }
        if bytes.len() as u64 > cap {
            return Err(Error::TooLong {
                path: path.to_path_buf(),
            });
        }
        if nul_is_binary && bytes[start..].contains(&0) {
            return Err(binary(path, BinaryKind::Unknown));
        }
    }
}

/// The error for a format that is no article text; none for one that is.
fn refuse(format: Format, path: &Path) -> Result<()> {
    match format {
        Format::Text | Format::Html | Format::Json | Format::JsonLines => Ok(()),
        Format::Pdf => Err(Error::Pdf {
            path: path.to_path_buf(),
        }),
        Format::LinkList => Err(Error::Binary {
            path: path.to_path_buf(),
            what: "a list of links (most lines hold a web address)",
        }),
        Format::Binary(kind) => Err(binary(path, kind)),
    }
}

fn binary(path: &Path, kind: BinaryKind) -> Error {
    Error::Binary {
        path: path.to_path_buf(),
        what: kind.describe(),
    }
}

pub(super) fn check_size(size: u64, path: &Path) -> Result<()> {
    if size > MAX_ARTICLE_BYTES {
        return Err(Error::TooLarge {
            path: path.to_path_buf(),
            size,
        });
    }
    Ok(())
}

/// The UTF-16 encoding of bytes that open with its byte-order mark, or that look like UTF-16
/// without one ([`sniff::utf16_without_bom`]); with how many bytes the mark takes.
fn utf16_of(bytes: &[u8]) -> Option<(&'static Encoding, usize)> {
    match Encoding::for_bom(bytes) {
        Some((encoding, bom)) if encoding != encoding_rs::UTF_8 => Some((encoding, bom)),
        Some(_) => None,
        None => {
            sniff::utf16_without_bom(&bytes[..bytes.len().min(SNIFF_BYTES)]).map(|big_endian| {
                if big_endian {
                    (UTF_16BE, 0)
                } else {
                    (UTF_16LE, 0)
                }
            })
        }
    }
}

/// Decodes an article's bytes: UTF-8 (BOM skipped), UTF-16 (with a BOM, or told by its NUL
/// bytes, with a warning), else Windows-1252 (with a warning).
///
/// Windows-1252 is the fallback because it is what old newsroom systems and Word exports
/// produce, and because it decodes any byte sequence, so a stray byte never loses an article.
pub(super) fn decode(mut bytes: Vec<u8>, path: &Path) -> Result<(String, Vec<Warning>)> {
    let mut warnings = Vec::new();
    let text = match utf16_of(&bytes) {
        Some((encoding, bom)) => {
            if bom == 0 {
                warnings.push(Warning::Utf16WithoutBom {
                    path: path.to_path_buf(),
                    encoding: encoding.name(),
                });
            }
            let body = &bytes[bom..];
            // NUL bytes are expected in the raw bytes, so the decoded text is checked instead.
            let (text, replaced) = encoding.decode_without_bom_handling(body);
            if replaced {
                warnings.push(Warning::Utf16Replaced {
                    path: path.to_path_buf(),
                    odd_length: body.len() % 2 == 1,
                });
            }
            text.into_owned()
        }
        None => {
            // Decoded in place: valid UTF-8 (nearly every article) is never copied.
            if bytes.starts_with(b"\xEF\xBB\xBF") {
                bytes.drain(..3);
            }
            if bytes.contains(&0) {
                return Err(binary(path, sniff::binary_kind_of_nuls(&bytes)));
            }
            match String::from_utf8(bytes) {
                Ok(text) => text,
                Err(error) => {
                    let body = error.into_bytes();
                    let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&body);
                    warnings.push(Warning::DecodedAsWindows1252 {
                        path: path.to_path_buf(),
                    });
                    text.into_owned()
                }
            }
        }
    };
    if text.contains('\0') {
        return Err(binary(path, BinaryKind::Unknown));
    }
    if text.trim().is_empty() {
        return Err(Error::Empty {
            path: path.to_path_buf(),
        });
    }
    // UTF-16 and Windows-1252 text can grow in decoding.
    check_size(text.len() as u64, path)?;
    Ok((text, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(bytes: &[u8]) -> Result<(String, Vec<Warning>)> {
        decode(bytes.to_vec(), Path::new("wire.txt"))
    }

    /// An endless source that counts what it handed out: `prefix`, then `fill` for ever.
    struct Endless {
        prefix: Vec<u8>,
        fill: u8,
        served: usize,
    }

    impl Read for Endless {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            for byte in buf.iter_mut() {
                *byte = self.prefix.get(self.served).copied().unwrap_or(self.fill);
                self.served += 1;
            }
            Ok(buf.len())
        }
    }

    fn endless(prefix: &str, fill: u8) -> Endless {
        Endless {
            prefix: prefix.as_bytes().to_vec(),
            fill,
            served: 0,
        }
    }

    /// Issue 16: `claimdiff claims - < /dev/zero` read 4 GiB, then said how long it was.
    #[test]
    fn a_stream_of_nuls_is_refused_after_its_first_block() {
        let mut zeros = endless("", 0);
        let error = read_from(&mut zeros, None, Path::new("<stdin>"), MAX_ARTICLE_BYTES)
            .unwrap_err()
            .to_string();
        assert!(error.contains("binary"), "{error}");
        assert!(
            zeros.served <= SNIFF_BYTES + CHUNK as usize,
            "{}",
            zeros.served
        );
    }

    #[test]
    fn nuls_after_text_are_refused_in_the_chunk_they_come_in() {
        let mut late = endless(&"Police said 40 people were held. ".repeat(1000), 0);
        let error = read_from(&mut late, None, Path::new("<stdin>"), MAX_ARTICLE_BYTES)
            .unwrap_err()
            .to_string();
        assert!(error.contains("binary"), "{error}");
        assert!(
            late.served <= 33_000 + 2 * CHUNK as usize,
            "{}",
            late.served
        );
    }

    #[test]
    fn the_size_cap_is_checked_while_reading() {
        let mut words = endless("", b'a');
        let cap = 1 << 20;
        let error = read_from(&mut words, None, Path::new("<stdin>"), cap).unwrap_err();
        assert!(matches!(error, Error::TooLong { .. }), "{error}");
        assert!(words.served as u64 <= cap + 2 * CHUNK, "{}", words.served);
        assert!(
            error.to_string().contains("4 GiB"),
            "the message names the limit: {error}"
        );
    }

    #[test]
    fn articles_over_4_gib_are_refused_with_their_size() {
        assert!(check_size(MAX_ARTICLE_BYTES, Path::new("wire.txt")).is_ok());
        let error = check_size(MAX_ARTICLE_BYTES + 1, Path::new("wire.txt")).unwrap_err();
        assert_eq!(
            error.to_string(),
            "wire.txt: is 4294967296 bytes; claimdiff reads articles smaller than 4 GiB"
        );
    }

    #[test]
    fn utf8_bom_is_skipped_so_offsets_start_at_the_text() {
        let (text, warnings) = decoded(b"\xEF\xBB\xBFKYIV, Ukraine - Shelling resumed.").unwrap();
        assert_eq!(text, "KYIV, Ukraine - Shelling resumed.");
        assert_eq!(warnings, []);
    }

    #[test]
    fn invalid_utf8_falls_back_to_windows_1252_with_a_warning() {
        // 0x93/0x94 are curly double quotes in Windows-1252; 0xE9 is e-acute.
        let (text, warnings) =
            decoded(b"\x93We will not resign,\x94 said the caf\xE9 owner.").unwrap();
        assert_eq!(
            text,
            "\u{201c}We will not resign,\u{201d} said the caf\u{e9} owner."
        );
        assert!(matches!(
            warnings[..],
            [Warning::DecodedAsWindows1252 { .. }]
        ));
    }

    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        text.encode_utf16()
            .flat_map(|u| {
                if big_endian {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                }
            })
            .collect()
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(utf16("Police said 40 people were held.", false));
        let (text, warnings) = decoded(&bytes).unwrap();
        assert_eq!(text, "Police said 40 people were held.");
        assert_eq!(warnings, []);
    }

    #[test]
    fn utf16_without_bom_is_decoded_with_a_warning() {
        for big_endian in [false, true] {
            let text = "Police said 40 people were held. Стовпці: 40.";
            let (read, warnings) = decoded(&utf16(text, big_endian)).unwrap();
            assert_eq!(read, text);
            assert!(matches!(warnings[..], [Warning::Utf16WithoutBom { .. }]));
        }
    }

    #[test]
    fn broken_utf16_warns_of_the_replacement_characters() {
        let mut odd = vec![0xFF, 0xFE];
        odd.extend(utf16("Police said 40.", false));
        odd.push(b'A');
        let (_, warnings) = decoded(&odd).unwrap();
        assert!(matches!(
            warnings[..],
            [Warning::Utf16Replaced {
                odd_length: true,
                ..
            }]
        ));
        let mut lone = vec![0xFE, 0xFF];
        lone.extend(utf16("Police said 40", true));
        lone.extend([0xD8, 0x00]);
        lone.extend(utf16(" people.", true));
        let (text, warnings) = decoded(&lone).unwrap();
        assert_eq!(text, "Police said 40\u{fffd} people.");
        assert!(matches!(
            warnings[..],
            [Warning::Utf16Replaced {
                odd_length: false,
                ..
            }]
        ));
    }

    #[test]
    fn nul_bytes_mean_binary() {
        let err = decoded(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err();
        assert_eq!(
            err.to_string(),
            "wire.txt: is a binary file (it contains NUL bytes or control characters), not article text"
        );
    }

    #[test]
    fn whitespace_only_is_empty() {
        for bytes in [&b""[..], b"   \n\n\t ", b"\xEF\xBB\xBF\n"] {
            let err = decoded(bytes).unwrap_err();
            assert_eq!(err.to_string(), "wire.txt: is empty (no text to compare)");
        }
    }
}
