//! Pieces: takes a sentence's text and hands on the byte ranges it is read in for claims: the
//! whole sentence, or for a sentence longer than [`LONGEST_READ`], pieces of at most that length
//! cut at a space.
//!
//! Why: reading a sentence for claims holds its tokens, their lower-case forms and per-token
//! tables at once, about ten bytes for each byte of the sentence; a sentence of megabytes
//! without a full stop (issue 16: a long sentence of plain words held 17 times its size) held
//! them all. No sentence of news copy comes near 16 KB, and a figure's context (its clause, its
//! source, its event words) lies within a few hundred bytes of it, so a cut at a space costs at
//! most the figures that straddle it in a text no reporter wrote.

use std::ops::Range;

/// The longest text read for claims at once, in bytes. 16 KB rather than 64: a piece of quote
/// marks is a token every two bytes, and a 64 KB piece's tokens and tables (2 MB) were the peak
/// of `claims` of a 1.2 MB paragraph of marks beside the text itself (issue 16).
pub(crate) const LONGEST_READ: usize = 16 * 1024;

/// How far back from a piece's end a space is looked for to cut at.
const CUT_REACH: usize = 4 * 1024;

/// The byte ranges `sentence` is read in: consecutive, covering it, each at most
/// [`LONGEST_READ`] bytes, cut after a whitespace where one lies within [`CUT_REACH`] of the
/// limit.
pub(crate) fn read_pieces(sentence: &str) -> Vec<Range<usize>> {
    let len = sentence.len();
    if len <= LONGEST_READ {
        return std::iter::once(0..len).collect();
    }
    let mut pieces = Vec::with_capacity(len / LONGEST_READ + 1);
    let mut start = 0;
    while len - start > LONGEST_READ {
        let mut limit = start + LONGEST_READ;
        while !sentence.is_char_boundary(limit) {
            limit -= 1;
        }
        let mut floor = limit - CUT_REACH;
        while !sentence.is_char_boundary(floor) {
            floor += 1;
        }
        let cut = sentence[floor..limit]
            .rfind(char::is_whitespace)
            .map_or(limit, |i| {
                let space = sentence[floor + i..]
                    .chars()
                    .next()
                    .map_or(1, char::len_utf8);
                floor + i + space
            });
        pieces.push(start..cut);
        start = cut;
    }
    pieces.push(start..len);
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_sentence_is_read_whole() {
        let whole = |len: usize| std::iter::once(0..len).collect::<Vec<_>>();
        assert_eq!(read_pieces("Police said 5 people came."), whole(26));
        assert_eq!(read_pieces(""), whole(0));
    }

    #[test]
    fn a_long_sentence_is_read_in_bounded_pieces_cut_at_spaces() {
        for text in [
            "police said 5 people at the rally ".repeat(10_000),
            "\u{201c}x\u{2018}".repeat(60_000),
            "word\u{a0}".repeat(50_000),
        ] {
            let pieces = read_pieces(&text);
            assert_eq!(pieces.first().map(|p| p.start), Some(0));
            assert_eq!(pieces.last().map(|p| p.end), Some(text.len()));
            assert!(pieces.windows(2).all(|w| w[0].end == w[1].start));
            assert!(
                pieces
                    .iter()
                    .all(|p| p.len() <= LONGEST_READ && !p.is_empty())
            );
            if text.contains(' ') {
                assert!(
                    pieces[..pieces.len() - 1]
                        .iter()
                        .all(|p| text[..p.end].ends_with(' '))
                );
            }
        }
    }

    #[test]
    fn a_sentence_of_marks_is_read_a_few_thousand_tokens_at_a_time() {
        // Issue 16: `“'` x 300,000 is a token every two bytes, forty bytes each, and the
        // tokens of one piece were what `claims` of the 1.2 MB held at its peak beside the text.
        let text = "\u{201c}'".repeat(300_000) + " he said.";
        let pieces = read_pieces(&text);
        let most = pieces
            .iter()
            .map(|p| crate::claims::tokens::tokenize(&text[p.clone()]).len())
            .max();
        assert_eq!(most, Some(8_192));
    }

    #[test]
    fn a_sentence_read_in_pieces_keeps_every_figure() {
        // One sentence of ~110 KB: several pieces, and each of its 3,000 counts read once.
        let text: String = (0..3_000)
            .map(|i| format!("police said {} people at the rally ", i + 10))
            .collect();
        let document = crate::segment::Document::new(crate::ingest::Article::new(
            "wire",
            "wire.txt",
            text.clone(),
        ));
        assert_eq!(document.sentences.len(), 1);
        assert!(read_pieces(&text).len() >= 2);
        let claims = crate::claims::extract(&document, None);
        let counted: Vec<&str> = claims
            .iter()
            .map(|c| &text[c.start as usize..c.end as usize])
            .collect();
        let expected: Vec<String> = (0..3_000).map(|i| (i + 10).to_string()).collect();
        assert_eq!(counted, expected);
    }
}
