//! Weights: how much a term counts in a sentence's score, from a fixed table of general English
//! word frequencies shipped with the binary (issue 14), never from the run.
//!
//! Takes a term's text (a Snowball stem, an unstemmed acronym, or digits); hands on its
//! background Zipf value (log10 of occurrences per billion words) and its weight. The table,
//! `src/lexicon/data/background/word_frequencies.txt`, is wordfreq 3.1.1's `large_en` list
//! (Robyn Speer, CC BY-SA 4.0; rebuilt by `scripts/wordfreq_table.py`), surface words. Terms are
//! stems, so on first use every table word becomes the term `align::terms` would make of it and
//! the frequencies of the words sharing a stem are summed (`protest`: protest, protests,
//! protested, protesting...). Doing it here rather than in the script keeps the table
//! independent of the stemmer's version. Why a fixed table: with weights taken over the run's
//! own sentences (IDF), the same pair scored differently alone and inside a long article, so
//! a threshold could not mean one thing.

use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

use crate::lexicon::is_stop_word;

/// The background table as shipped: `#` header lines, then `zipf word word ...` lines.
pub(crate) const TABLE: &str = include_str!("../lexicon/data/background/word_frequencies.txt");

/// The Zipf value an unseen term is taken to have: below the table's floor (2.51), so a name,
/// a figure or a rare word the table lacks weighs at least as much as the rarest word it holds.
pub const UNSEEN_ZIPF: f32 = 2.0;
/// The Zipf value at which a word would weigh nothing: weights fall linearly in the Zipf value
/// towards it. Chosen by measurement (docs/algorithms.md).
pub const ZERO_WEIGHT_ZIPF: f32 = 8.0;
/// The lightest weight, for the few terms at or above [`ZERO_WEIGHT_ZIPF`]: a term always counts
/// a little, and a sentence of such terms still has a weight.
const MIN_WEIGHT: f32 = 0.05;
/// Terms at least this rare (or unseen) are taken for names: they may match another spelling
/// (`kharkiv`/`kharkov`). A function of the word alone, unlike "seen capitalised somewhere in
/// the run", so the score of a pair does not depend on the rest of the run.
pub const NAME_ZIPF: f32 = 3.5;

/// The weight of a term whose background Zipf value is `zipf` (`None`: unseen).
///
/// `ln 10 × (ZERO_WEIGHT_ZIPF − zipf)`, at least `MIN_WEIGHT`: an inverse document frequency
/// read off the table. A word of Zipf z occurs 10^(z−9) times per word of text, so in a
/// collection of sentences of ~25 words its document frequency is about 25 × 10^(z−9) and
/// ln(N/df) is linear in −z with slope ln 10; the offset (here `ZERO_WEIGHT_ZIPF`, where the
/// line meets zero) sets how little common words count beside rare ones. Only the ratios of
/// weights matter to a score, which is normalised.
pub fn weight(zipf: Option<f32>) -> f32 {
    let zipf = zipf.unwrap_or(UNSEEN_ZIPF);
    std::f32::consts::LN_10 * (ZERO_WEIGHT_ZIPF - zipf).max(MIN_WEIGHT)
}

/// The background Zipf value of a term, `None` when the table does not hold it (names,
/// numbers, rare words, typos).
pub fn background_zipf(term: &str) -> Option<f32> {
    BACKGROUND.zipf(term)
}

/// The background table of figures: `#` header lines, then `zipf shape` lines.
pub(crate) const SHAPES: &str = include_str!("../lexicon/data/background/digit_shapes.txt");

/// wordfreq's share of four-digit figures that are years, and its curve of how often each
/// year is written (numbers.py: the log frequency peaks at `YEAR_LOG_PEAK` for 2019 to 2039,
/// falls 0.0083 a year before and 0.2 a year after).
const NOT_YEAR_PROB: f64 = 0.1;
const YEAR_LOG_PEAK: f64 = -1.9185;
const REFERENCE_YEAR: i64 = 2019;
const PLATEAU_WIDTH: i64 = 20;
/// Benford's law for a figure's first digit, with wordfreq's estimate for a leading zero.
const DIGIT_FREQS: [f64; 10] = [
    0.009, 0.300, 0.175, 0.124, 0.096, 0.078, 0.066, 0.057, 0.050, 0.045,
];

/// The background Zipf value of a figure term (digits with `.` between them; `align::terms`
/// has dropped the thousands commas), as wordfreq 3.1.1 gives it: a single digit is a word of
/// the shapes table; a longer figure takes its shape's frequency (every digit written 0:
/// "2001" is `0000`), times the share of that shape's figures it is (Benford's law on each
/// run of digits, and for four digits how often that year is written). `None` for a shape the
/// table lacks: such figures are rarer than any word.
pub fn number_zipf(term: &str) -> Option<f32> {
    if term.is_empty() || !term.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    let shape: String = if term.len() == 1 {
        term.to_string()
    } else {
        term.chars()
            .map(|c| if c.is_ascii_digit() { '0' } else { c })
            .collect()
    };
    // A long run of digits the table has no line for ("000000000") is rarer than the rarest
    // shape it lists: the table's floor, then Benford's share as for any figure, so more
    // digits never weigh less. A dotted shape it lacks ("0.0.0.0.0") stays unseen.
    let listed = SHAPE_TABLE
        .iter()
        .find(|(s, _)| *s == shape)
        .map(|&(_, z)| f64::from(z));
    let shape_zipf = match listed {
        Some(zipf) => zipf,
        None if term.bytes().all(|b| b.is_ascii_digit()) => SHAPE_TABLE
            .iter()
            .map(|&(_, z)| f64::from(z))
            .fold(f64::INFINITY, f64::min),
        None => return None,
    };
    if term.len() == 1 {
        return Some(shape_zipf as f32);
    }
    let share: f64 = term
        .split('.')
        .filter(|run| !run.is_empty())
        .map(|run| {
            if run.len() == 4 {
                year_freq(run)
            } else {
                benford_freq(run)
            }
        })
        .product();
    Some((shape_zipf + share.log10()).max(RAREST_FIGURE_ZIPF) as f32)
}

/// The lowest Zipf value a figure is given: a figure of hundreds of digits weighs a finite
/// amount, about twice a name.
const RAREST_FIGURE_ZIPF: f64 = -6.0;

/// Benford's share of the figures of `run`'s length that `run` is.
fn benford_freq(run: &str) -> f64 {
    let first = usize::from(run.as_bytes()[0] - b'0');
    DIGIT_FREQS[first] / 10f64.powi(i32::try_from(run.len()).unwrap_or(i32::MAX) - 1)
}

/// The share of four-digit figures that `run` is: as a year, plus as any other figure.
fn year_freq(run: &str) -> f64 {
    let year: i64 = run.parse().unwrap_or(0);
    let log = if year <= REFERENCE_YEAR {
        YEAR_LOG_PEAK - 0.0083 * (REFERENCE_YEAR - year) as f64
    } else if year <= REFERENCE_YEAR + PLATEAU_WIDTH {
        YEAR_LOG_PEAK
    } else {
        YEAR_LOG_PEAK - 0.2 * (year - (REFERENCE_YEAR + PLATEAU_WIDTH)) as f64
    };
    10f64.powf(log) + NOT_YEAR_PROB * benford_freq(run)
}

/// The shapes table, read once.
static SHAPE_TABLE: LazyLock<Vec<(&'static str, f32)>> = LazyLock::new(|| {
    SHAPES
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| {
            let (zipf, shape) = line.split_once(' ')?;
            Some((shape, zipf.parse().ok()?))
        })
        .collect()
});

/// Whether a term is rare enough to be a name by [`NAME_ZIPF`].
pub fn is_rare(zipf: Option<f32>) -> bool {
    zipf.is_none_or(|z| z < NAME_ZIPF)
}

static BACKGROUND: LazyLock<Background> = LazyLock::new(|| Background::load(TABLE));

/// The table by stem: every stem's text end to end in one string, and a sorted index into it
/// with the stem's Zipf value in hundredths. About 8 bytes an entry plus the text (~0.6 MB for
/// 40,000 stems), instead of an owned string and a hash bucket each.
struct Background {
    text: String,
    entries: Vec<Entry>,
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    start: u32,
    len: u16,
    centi_zipf: u16,
}

impl Background {
    fn load(table: &str) -> Background {
        let stemmer = Stemmer::create(Algorithm::English);
        // Every stem end to end in one string, with (start, length, frequency): no allocation
        // per word, so loading adds little to a small run's peak memory.
        let mut all = String::new();
        let mut stems: Vec<(u32, u16, f64)> = Vec::new();
        for (zipf, word) in rows(table) {
            // The words `align::terms` drops never become terms; the rest become their stem.
            if word.len() < 2 || is_stop_word(word) {
                continue;
            }
            let stem = stemmer.stem(word);
            let (Ok(start), Ok(len)) = (u32::try_from(all.len()), u16::try_from(stem.len())) else {
                break; // a table of gigabytes or a word of 65,536 letters: not this table
            };
            all.push_str(&stem);
            stems.push((start, len, 10f64.powf(f64::from(zipf))));
        }
        let text_of = |&(start, len, _): &(u32, u16, f64)| {
            &all[start as usize..start as usize + usize::from(len)]
        };
        stems.sort_unstable_by(|x, y| text_of(x).cmp(text_of(y)).then(x.0.cmp(&y.0)));
        let mut text = String::new();
        let mut entries: Vec<Entry> = Vec::new();
        for group in stems.chunk_by(|x, y| text_of(x) == text_of(y)) {
            let stem = text_of(&group[0]);
            let frequency: f64 = group.iter().map(|&(_, _, f)| f).sum();
            let Ok(start) = u32::try_from(text.len()) else {
                break;
            };
            text.push_str(stem);
            entries.push(Entry {
                start,
                len: group[0].1,
                centi_zipf: (frequency.log10() * 100.0).round().clamp(0.0, 900.0) as u16,
            });
        }
        text.shrink_to_fit();
        entries.shrink_to_fit();
        Background { text, entries }
    }

    fn stem(&self, entry: &Entry) -> &str {
        let start = entry.start as usize;
        &self.text[start..start + entry.len as usize]
    }

    fn zipf(&self, term: &str) -> Option<f32> {
        let found = self
            .entries
            .binary_search_by(|entry| self.stem(entry).cmp(term))
            .ok()?;
        Some(f32::from(self.entries[found].centi_zipf) / 100.0)
    }
}

/// The (Zipf value, word) of every word of the table; lines that do not read are skipped.
fn rows(table: &str) -> impl Iterator<Item = (f32, &str)> {
    table
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| {
            let mut fields = line.split(' ');
            let zipf: f32 = fields.next()?.parse().ok()?;
            Some(fields.map(move |word| (zipf, word)))
        })
        .flatten()
}

#[cfg(test)]
mod tests;
