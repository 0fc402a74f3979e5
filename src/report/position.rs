//! Position: takes an article's text and byte offsets into it (a claim's start) and hands on
//! the line and column people and editors use to find it ("12:5"): line = 1 + the line feeds
//! before the offset, column = 1 + the characters since the last one (characters, not bytes,
//! so "café 41" puts 41 at column 6).
//!
//! A long article has tens of thousands of claims, and a text without a line feed is one long
//! line: counting from the start for each claim would cost the article's length per claim. The
//! text is read once into checkpoints every [`STEP`] bytes; a position is counted from the
//! checkpoint before it, so each costs at most [`STEP`] bytes of counting.

/// Bytes between checkpoints (at least; a checkpoint sits on a character boundary).
const STEP: usize = 4096;

/// Where an offset is, as a reader counts: 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LineColumn {
    pub line: usize,
    pub column: usize,
}

impl std::fmt::Display for LineColumn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// The checkpoints of one text, for [`Positions::at`].
#[derive(Debug, Clone)]
pub(crate) struct Positions<'t> {
    text: &'t str,
    /// Byte offset and the line and column there, in increasing offset; the first is 0 (1:1).
    checkpoints: Vec<(usize, LineColumn)>,
}

impl<'t> Positions<'t> {
    pub fn new(text: &'t str) -> Positions<'t> {
        let mut checkpoints = vec![(0, LineColumn { line: 1, column: 1 })];
        let mut here = LineColumn { line: 1, column: 1 };
        let mut next = STEP;
        for (offset, c) in text.char_indices() {
            if offset >= next {
                checkpoints.push((offset, here));
                next = offset + STEP;
            }
            here = advance(here, c);
        }
        Positions { text, checkpoints }
    }

    /// The line and column of byte `offset` (a character boundary; the text's length is the
    /// position after its last character).
    pub fn at(&self, offset: usize) -> LineColumn {
        let offset = offset.min(self.text.len());
        let k = self.checkpoints.partition_point(|&(at, _)| at <= offset) - 1;
        let (from, mut here) = self.checkpoints[k];
        for c in self.text[from..offset].chars() {
            here = advance(here, c);
        }
        here
    }
}

fn advance(here: LineColumn, c: char) -> LineColumn {
    if c == '\n' {
        LineColumn {
            line: here.line + 1,
            column: 1,
        }
    } else {
        LineColumn {
            column: here.column + 1,
            ..here
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The definition, counted from the start.
    fn counted(text: &str, offset: usize) -> LineColumn {
        let before = &text[..offset];
        LineColumn {
            line: 1 + before.matches('\n').count(),
            column: 1 + before
                .rsplit_once('\n')
                .map_or(before, |(_, rest)| rest)
                .chars()
                .count(),
        }
    }

    #[test]
    fn lines_and_columns_count_line_feeds_and_characters() {
        let text = "Police said 41.\nCaf\u{e9} 12 people.\r\n\n\u{201c}We\u{201d} 7";
        let positions = Positions::new(text);
        assert_eq!(positions.at(0).to_string(), "1:1");
        assert_eq!(positions.at(text.find("41").unwrap()).to_string(), "1:13");
        assert_eq!(positions.at(text.find("12").unwrap()).to_string(), "2:6");
        assert_eq!(positions.at(text.find("We").unwrap()).to_string(), "4:2");
        for (offset, _) in text.char_indices() {
            assert_eq!(positions.at(offset), counted(text, offset), "{offset}");
        }
        assert_eq!(positions.at(text.len()), counted(text, text.len()));
    }

    #[test]
    fn long_lines_and_long_texts_count_as_from_the_start() {
        // One line far longer than a step, then many short ones, with multibyte characters
        // across checkpoint boundaries.
        let mut text = "\u{2014}a\u{e9} 41 ".repeat(3 * STEP);
        text.push_str(&"line 7\n".repeat(2 * STEP));
        let positions = Positions::new(&text);
        assert!(positions.checkpoints.len() > 4);
        let offsets: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        for &offset in offsets.iter().step_by(997).chain([offsets.last().unwrap()]) {
            assert_eq!(positions.at(offset), counted(&text, offset), "{offset}");
        }
    }
}
