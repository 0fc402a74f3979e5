//! JSON text: how the JSON renderers write, serde_json's pretty and compact layouts with one
//! change. serde_json escapes the control characters JSON requires it to (U+0000 to U+001F);
//! DEL and the C1 controls (U+007F to U+009F) are valid in a JSON string and it writes them as
//! they are, and some terminals act on a C1 control (U+009B is CSI) when the JSON is printed.
//! An article's text holds none (ingest drops them), but a file, folder or outlet name can, so
//! they are written as `\u009b` escapes too: the same strings to a JSON reader, inert in a
//! terminal (issue 16). So are the bidirectional controls (U+202A to U+202E, U+2066 to U+2069),
//! which make a printed line read backwards. Output without them is byte for byte serde_json's.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter};

/// Writes `value` as pretty-printed JSON (two-space indent, as `serde_json::to_writer_pretty`).
pub(crate) fn pretty<W: Write + ?Sized>(writer: &mut W, value: &impl Serialize) -> io::Result<()> {
    buffered(writer, |out| {
        let mut serializer =
            serde_json::Serializer::with_formatter(out, Escaping(PrettyFormatter::new()));
        value.serialize(&mut serializer).map_err(io::Error::from)
    })
}

/// Writes `value` as compact JSON (as `serde_json::to_writer`).
pub(crate) fn compact<W: Write + ?Sized>(writer: &mut W, value: &impl Serialize) -> io::Result<()> {
    buffered(writer, |out| {
        let mut serializer =
            serde_json::Serializer::with_formatter(out, Escaping(CompactFormatter));
        value.serialize(&mut serializer).map_err(io::Error::from)
    })
}

/// Runs `write` on a buffer in front of `writer`, handed on in blocks. serde_json writes a
/// token at a time (a quote, a key, a comma), and the renderers' writer is a `dyn Write` over
/// the command's own layers: a call through them a token was a tenth of a long comparison's
/// instructions (29 MB of JSON for two 10,000-sentence articles). `writer` is not flushed.
fn buffered<W: Write + ?Sized>(
    writer: &mut W,
    write: impl FnOnce(&mut io::BufWriter<&mut W>) -> io::Result<()>,
) -> io::Result<()> {
    let mut out = io::BufWriter::with_capacity(64 * 1024, writer);
    write(&mut out)?;
    out.into_inner()
        .map(drop)
        .map_err(io::IntoInnerError::into_error)
}

/// A formatter that lays out as `F` does and escapes DEL, C1 and bidirectional controls in
/// strings.
struct Escaping<F>(F);

impl<F: Formatter> Formatter for Escaping<F> {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut from = 0;
        for (at, c) in fragment.char_indices() {
            if ('\u{7f}'..='\u{9f}').contains(&c) || super::visible::is_bidi_control(c) {
                writer.write_all(&fragment.as_bytes()[from..at])?;
                write!(writer, "\\u{:04x}", u32::from(c))?;
                from = at + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[from..])
    }

    // The layout is `F`'s: every method a layout overrides is handed on.
    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_array(writer)
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array(writer)
    }

    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(writer, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array_value(writer)
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object(writer)
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object(writer)
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(writer, first)
    }

    fn end_object_key<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object_key(writer)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object_value(writer)
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object_value(writer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both(value: &serde_json::Value) -> (String, String) {
        let mut p = Vec::new();
        let mut c = Vec::new();
        pretty(&mut p, value).unwrap();
        compact(&mut c, value).unwrap();
        (String::from_utf8(p).unwrap(), String::from_utf8(c).unwrap())
    }

    #[test]
    fn the_layout_is_serde_jsons() {
        let value =
            serde_json::json!({"a": [1, {"b": "caf\u{e9} \u{1b}"}, []], "c": {}, "d": null});
        let (pretty, compact) = both(&value);
        assert_eq!(pretty, serde_json::to_string_pretty(&value).unwrap());
        assert_eq!(compact, serde_json::to_string(&value).unwrap());
    }

    #[test]
    fn del_and_c1_controls_are_escaped_and_read_back() {
        let value = serde_json::json!({"x\u{9b}": "12\u{9b}31m \u{7f}\u{85}\u{a0}"});
        let (pretty, compact) = both(&value);
        for text in [&pretty, &compact] {
            assert!(
                !text.chars().any(|c| c.is_control() && c != '\n'),
                "{text:?}"
            );
            assert!(text.contains("12\\u009b31m \\u007f\\u0085\u{a0}"), "{text}");
            let read: serde_json::Value = serde_json::from_str(text).unwrap();
            assert_eq!(read, value);
        }
    }
}
