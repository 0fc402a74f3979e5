//! Mapped lists: the lexicon's data files that say what a word or phrase stands for (a
//! qualifier's kind, a currency's code, an ordinal's number, a vague amount's interval). Takes a
//! lower-cased word, or a phrase's words joined by single spaces; hands on its value as text or
//! numbers, in a [`Phrases`] table.
//!
//! A line of such a file is the phrase (words separated by spaces), a tab, then its value fields
//! separated by tabs; each file's header says what its fields are. Numbers are read here; a value
//! naming one of the crate's types (`USD`, `lower`, `days`) is handed on as text for its owner to
//! turn into its type, so this module stays a leaf. A table knows its longest phrase, so a reader
//! can try the longest phrase at a position first and never depends on the file's order.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

use super::entries;

/// A mapped list: each phrase with its value, and how many words the longest phrase has.
pub struct Phrases<V> {
    values: FxHashMap<&'static str, V>,
    /// The first word of every phrase, so a reader can pass over the many words that start
    /// none without building anything.
    first_words: FxHashSet<&'static str>,
    longest: usize,
}

impl<V> Phrases<V> {
    /// Reads a mapped data file, `value` turning a line's value fields into its value. Panics
    /// on a malformed line, naming the file: `tests.rs` reads every file, so a test names it first.
    fn read(file: &str, text: &'static str, value: impl Fn(&[&'static str]) -> Option<V>) -> Self {
        let mut values = FxHashMap::default();
        let mut first_words = FxHashSet::default();
        let mut longest = 0;
        for line in entries(text) {
            let mut fields = line.split('\t');
            let phrase = fields.next().unwrap_or_default();
            let fields: Vec<&'static str> = fields.collect();
            let value = value(&fields).unwrap_or_else(|| {
                panic!("{file}: {line:?} does not give a value as its header says")
            });
            longest = longest.max(phrase.split(' ').count());
            first_words.insert(phrase.split(' ').next().unwrap_or_default());
            values.insert(phrase, value);
        }
        Phrases {
            values,
            first_words,
            longest,
        }
    }

    /// The value of `phrase` (lower case, words joined by single spaces).
    pub fn get(&self, phrase: &str) -> Option<&V> {
        self.values.get(phrase)
    }

    /// The phrase as the file writes it, with its value.
    pub fn get_key_value(&self, phrase: &str) -> Option<(&'static str, &V)> {
        self.values
            .get_key_value(phrase)
            .map(|(phrase, value)| (*phrase, value))
    }

    /// Some phrase of this list starts with `word` (lower case).
    pub fn starts_with_word(&self, word: &str) -> bool {
        self.first_words.contains(word)
    }

    /// The most words a phrase of this list has.
    pub fn longest(&self) -> usize {
        self.longest
    }

    /// Every phrase with its value, in no order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &V)> {
        self.values.iter().map(|(phrase, value)| (*phrase, value))
    }

    /// The same phrases with each value turned into another (a text into its owner's type).
    pub fn map<W>(&self, mut convert: impl FnMut(&'static str, &V) -> W) -> Phrases<W> {
        Phrases {
            values: self
                .iter()
                .map(|(phrase, value)| (phrase, convert(phrase, value)))
                .collect(),
            first_words: self.first_words.clone(),
            longest: self.longest,
        }
    }
}

/// A value that is one text field.
fn text(fields: &[&'static str]) -> Option<&'static str> {
    match fields {
        [text] => Some(text),
        _ => None,
    }
}

/// A value that is one number.
fn number(fields: &[&'static str]) -> Option<f64> {
    text(fields)?.parse().ok()
}

/// A fraction written `n/d`, as the number it stands for (`2/3`: 0.666...).
fn quotient(fields: &[&'static str]) -> Option<f64> {
    let (numerator, denominator) = text(fields)?.split_once('/')?;
    Some(numerator.parse::<f64>().ok()? / denominator.parse::<f64>().ok()?)
}

/// A value that is one text field and, optionally, a number (1 when absent).
fn text_and_count(fields: &[&'static str]) -> Option<(&'static str, f64)> {
    match fields {
        [text] => Some((text, 1.0)),
        [text, count] => Some((text, count.parse().ok()?)),
        _ => None,
    }
}

/// A value that is two numbers, lowest first.
fn interval(fields: &[&'static str]) -> Option<(f64, f64)> {
    match fields {
        [low, high] => Some((low.parse().ok()?, high.parse().ok()?)),
        _ => None,
    }
}

/// A scale word's multiplier and the ways it is read (see `scale_words.txt`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    pub multiplier: f64,
    /// After `a` or `an` it is a figure by itself (`a million`).
    pub after_a: bool,
    /// It multiplies digits written before it with a space (`1.2 million`).
    pub spaced: bool,
    /// It multiplies digits glued to it (`3bn`).
    pub glued: bool,
    /// Standing alone it is still a scale (`mn`, unlike the letter `k`).
    pub word: bool,
}

/// A multiplier, then the ways the word is read, a field each.
fn scale(fields: &[&'static str]) -> Option<Scale> {
    let (multiplier, ways) = fields.split_first()?;
    let mut scale = Scale {
        multiplier: multiplier.parse().ok()?,
        after_a: false,
        spaced: false,
        glued: false,
        word: false,
    };
    for way in ways {
        let flag = match *way {
            "a" => &mut scale.after_a,
            "spaced" => &mut scale.spaced,
            "glued" => &mut scale.glued,
            "word" => &mut scale.word,
            _ => return None,
        };
        *flag = true;
    }
    Some(scale)
}

/// A line of a currency file: the code as text (`USD`; `money` where the currency is not named)
/// and the ways it is read, each a field (see the headers of `currency_words.txt`,
/// `currency_codes.txt` and `dollar_prefixes.txt`).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct CurrencyEntry {
    pub code: &'static str,
    /// It names a hundredth of the currency (`cents`, `p`).
    pub hundredth: bool,
    /// Read only after a scale word (`trillion won`).
    pub scaled: bool,
    /// Read only glued to its figure (`218p`).
    pub glued: bool,
    /// A dollar's letters that also name it with a space before the `$` (`US $150m`).
    pub spaced: bool,
    /// A code also read written with one capital (`Rs`).
    pub titled: bool,
    /// A code also read with `M` (millions) or `K`/`T` (thousands) before it (`MSEK`).
    pub prefixed: bool,
}

/// A currency code, then the ways it is read, a field each.
fn currency(fields: &[&'static str]) -> Option<CurrencyEntry> {
    let (code, ways) = fields.split_first()?;
    let mut entry = CurrencyEntry {
        code,
        ..CurrencyEntry::default()
    };
    for way in ways {
        let flag = match *way {
            "hundredth" => &mut entry.hundredth,
            "scaled" => &mut entry.scaled,
            "glued" => &mut entry.glued,
            "spaced" => &mut entry.spaced,
            "titled" => &mut entry.titled,
            "prefixed" => &mut entry.prefixed,
            _ => return None,
        };
        *flag = true;
    }
    Some(entry)
}

/// A unit of measurement as written: the unit's name and where the form is one (see
/// `units.txt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnitForm {
    /// The unit's name (`kilometre`), for its owner to turn into its type.
    pub name: &'static str,
    /// Only when written in capitals (`C`, `MB`).
    pub capitals: bool,
    /// Only when written in lower case (`g`, `t`).
    pub lower: bool,
    /// Also a common word (`m`, `in`, `pounds`): a unit only where the words around say so.
    pub context: bool,
}

/// A unit's name, then the ways its form is restricted, a field each.
fn unit_form(fields: &[&'static str]) -> Option<UnitForm> {
    let (name, ways) = fields.split_first()?;
    let mut form = UnitForm {
        name,
        capitals: false,
        lower: false,
        context: false,
    };
    for way in ways {
        let flag = match *way {
            "capitals" => &mut form.capitals,
            "lower" => &mut form.lower,
            "context" => &mut form.context,
            _ => return None,
        };
        *flag = true;
    }
    Some(form)
}

/// Declares each mapped list as a lazily read [`Phrases`] table, and [`MAPPED_LISTS`] naming
/// them all for the verification test.
macro_rules! mapped_lists {
    ($($(#[$doc:meta])* $table:ident: $value:ty = $file:literal, $read:ident;)*) => {
        $(
            $(#[$doc])*
            pub static $table: LazyLock<Phrases<$value>> = LazyLock::new(|| {
                Phrases::read($file, include_str!(concat!("data/", $file)), $read)
            });
        )*

        /// Every mapped list: its file name, its text, and a check that it reads (panics if not).
        #[cfg(test)]
        pub(crate) const MAPPED_LISTS: &[(&str, &str, fn())] = &[$((
            $file,
            include_str!(concat!("data/", $file)),
            || { LazyLock::force(&$table); },
        )),*];
    };
}

// Each file says at its top what its fields are, what the list is for and who uses it.
mapped_lists! {
    /// Phrases before a number that bound or soften it, with their kind (`lower`, `upper`,
    /// `approximate`).
    QUALIFIERS: &'static str = "qualifiers.txt", text;
    /// Phrases after a number that bound or soften it (`or more`, `or so`), with their kind.
    TRAILING_QUALIFIERS: &'static str = "trailing_qualifiers.txt", text;
    /// Words after a figure stating which way it moved (`lower`, `higher`), with `up` or `down`.
    CHANGE_AFTER: &'static str = "change_after.txt", text;
    /// Words before a date making it a span's `start` (`since`) or `end` (`by`, `until`).
    DATE_BOUNDS: &'static str = "date_bounds.txt", text;
    /// Words naming a fraction's parts (`thirds`, `half`), with their number.
    FRACTION_WORDS: f64 = "fraction_words.txt", number;
    /// Fraction signs (`½`, `⅔`), with the fraction each stands for.
    VULGAR_FRACTIONS: f64 = "vulgar_fractions.txt", quotient;
    /// Vague amounts (`hundreds`, `tens of thousands`), as intervals.
    VAGUE_AMOUNTS: (f64, f64) = "vague_amounts.txt", interval;
    /// Ordinal words (`fourth`), with the number each counts.
    ORDINAL_WORDS: f64 = "ordinal_words.txt", number;
    /// Units of a span of time (`day`, `weeks`, `hrs`), with the unit's plural name and how
    /// many of it the word is (`fortnight`: 2 weeks).
    DURATION_UNITS: (&'static str, f64) = "duration_units.txt", text_and_count;
    /// Decades of a life (`twenties`, `teens`), as intervals of years of age.
    AGE_DECADES: (f64, f64) = "age_decades.txt", interval;
    /// Parts of a decade of a life (`early`, `mid`, `late`), as intervals of its last digit.
    DECADE_PARTS: (f64, f64) = "decade_parts.txt", interval;
    /// Currency symbols before or after a figure (`$`, `£`), with their ISO 4217 codes.
    CURRENCY_SYMBOLS: CurrencyEntry = "currency_symbols.txt", currency;
    /// Currency words after a figure (`euros`, `roubles`, `cents`), with their ISO 4217 codes
    /// and how each is read.
    CURRENCY_WORDS: CurrencyEntry = "currency_words.txt", currency;
    /// Currency codes before a figure (`usd`, `chf`, `rs`), with their ISO 4217 codes.
    CURRENCY_CODES: CurrencyEntry = "currency_codes.txt", currency;
    /// Letters glued to `$` (`us`, `a`, `hk`), with that dollar's ISO 4217 code.
    DOLLAR_PREFIXES: CurrencyEntry = "dollar_prefixes.txt", currency;
    /// Scale words (`million`, `bn`, `k`), with their multipliers and how each is read.
    SCALE_WORDS: Scale = "scale_words.txt", scale;
    /// Units of measurement after a figure (`km`, `miles per hour`, `°c`), with the unit's name
    /// and how each form is restricted.
    UNITS: UnitForm = "units.txt", unit_form;
}
