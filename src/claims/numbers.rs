//! Numbers: finds the numeric claims of a sentence in its tokens and reads each as a
//! [`Quantity`]: digits (`6,700`, `80.1`, `100 000`), number words (`twenty-three`, via
//! text2num), scales (`1.2 million`, `3bn`, `$5m`), vague amounts (`hundreds`, `tens of
//! thousands`, `several`), fractions (`half`, `a third`), ranges (`between 100,000 and
//! 220,000`, `60% to 70%`, `100,000-220,000`), qualifiers (`more than`, `up to`, `nearly`,
//! `as low as`), ages, durations, money, percentages, and the direction of a change (`rose 2%`).
//!
//! It also refuses what only looks like a quantity: times (`9:30`), phone numbers, sports scores
//! (`won 3-1`), names with digits (`G7`, `F-16`, `Covid-19`), references (`page 5`, `No. 10`),
//! versions (`2.4.1`) and decades (`'90s`). Dates are found first ([`super::dates`]) and their
//! tokens are never read as numbers.

use std::ops::Range;

use super::lexicon::{COUNT_NOUNS, CROWD_NOUNS};
use super::tokens::{Token, TokenKind};
use super::{Currency, Direction, Exactness, Quantity, TimeUnit, Unit};

/// A number found in a sentence: the tokens of its own words (qualifier, value, unit) and what
/// it counts, when a noun follows it.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundNumber {
    pub tokens: Range<usize>,
    pub quantity: Quantity,
    pub noun: Option<String>,
}

/// Multiplier of a scale word (`million`, `bn`, `k`).
pub fn scale_of(word: &str) -> Option<f64> {
    Some(match word {
        "thousand" => 1e3,
        "million" | "mn" | "m" => 1e6,
        "billion" | "bn" => 1e9,
        "trillion" | "tn" | "trn" => 1e12,
        _ => return None,
    })
}

/// Scale abbreviations that only count glued to the number (`5k`, `$3b`), never as words.
fn glued_scale_of(word: &str) -> Option<f64> {
    match word {
        "k" => Some(1e3),
        "b" => Some(1e9),
        _ => scale_of(word),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Qualifier {
    Lower,
    Upper,
    Approximate,
}

/// Words before a number that change what it claims, longest first.
const QUALIFIERS: &[(&[&str], Qualifier)] = &[
    (&["no", "fewer", "than"], Qualifier::Lower),
    (&["no", "less", "than"], Qualifier::Lower),
    (&["not", "less", "than"], Qualifier::Lower),
    (&["in", "excess", "of"], Qualifier::Lower),
    (&["well", "over"], Qualifier::Lower),
    (&["well", "above"], Qualifier::Lower),
    (&["more", "than"], Qualifier::Lower),
    (&["at", "least"], Qualifier::Lower),
    (&["upwards", "of"], Qualifier::Lower),
    (&["over"], Qualifier::Lower),
    (&["above"], Qualifier::Lower),
    (&["exceeding"], Qualifier::Lower),
    (&["no", "more", "than"], Qualifier::Upper),
    (&["not", "more", "than"], Qualifier::Upper),
    (&["a", "maximum", "of"], Qualifier::Upper),
    (&["as", "many", "as"], Qualifier::Upper),
    (&["as", "much", "as"], Qualifier::Upper),
    (&["as", "high", "as"], Qualifier::Upper),
    (&["fewer", "than"], Qualifier::Upper),
    (&["less", "than"], Qualifier::Upper),
    (&["up", "to"], Qualifier::Upper),
    (&["at", "most"], Qualifier::Upper),
    (&["under"], Qualifier::Upper),
    (&["below"], Qualifier::Upper),
    // "As low as 10,000" reports the lowest of several estimates: it claims the figure may be
    // about that low, so it is compared as an approximate value (see docs/claims.md).
    (&["as", "low", "as"], Qualifier::Approximate),
    (&["as", "few", "as"], Qualifier::Approximate),
    (&["as", "little", "as"], Qualifier::Approximate),
    (&["just", "over"], Qualifier::Approximate),
    (&["just", "under"], Qualifier::Approximate),
    (&["close", "to"], Qualifier::Approximate),
    (&["an", "estimated"], Qualifier::Approximate),
    (&["more", "or", "less"], Qualifier::Approximate),
    (&["nearly"], Qualifier::Approximate),
    (&["almost"], Qualifier::Approximate),
    (&["about"], Qualifier::Approximate),
    (&["around"], Qualifier::Approximate),
    (&["some"], Qualifier::Approximate),
    (&["roughly"], Qualifier::Approximate),
    (&["approximately"], Qualifier::Approximate),
    (&["estimated"], Qualifier::Approximate),
    (&["circa"], Qualifier::Approximate),
];

const UP_WORDS: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "risen",
    "rising",
    "increased",
    "increase",
    "increases",
    "gained",
    "gain",
    "gains",
    "climbed",
    "climb",
    "climbs",
    "jumped",
    "jump",
    "jumps",
    "surged",
    "surge",
    "surges",
    "grew",
    "grow",
    "grows",
    "soared",
    "soar",
    "added",
    "adds",
    "raised",
    "up",
    "rebounded",
    "advanced",
];

const DOWN_WORDS: &[&str] = &[
    "fell",
    "fall",
    "falls",
    "fallen",
    "falling",
    "dropped",
    "drop",
    "drops",
    "decreased",
    "decrease",
    "declined",
    "decline",
    "declines",
    "slipped",
    "slip",
    "slid",
    "plunged",
    "plummeted",
    "tumbled",
    "sank",
    "shed",
    "lost",
    "lose",
    "loses",
    "shrank",
    "shrunk",
    "down",
    "eased",
    "dipped",
    "slumped",
    "lowered",
];

/// Words that name a numbered place or stage. Before a number they make it a label ("District
/// 12", "Ward 7", "Phase 3", "in district 12 of Minsk") when written as a name, or when nothing
/// the number could count follows it; "in the district 300 homes were destroyed" keeps its count.
const LABEL_WORDS: &[&str] = &[
    "district",
    "ward",
    "precinct",
    "zone",
    "sector",
    "constituency",
    "phase",
    "category",
    "tier",
];

/// Words that, right before a number, make it a reference and not a quantity.
const REFERENCE_WORDS: &[&str] = &[
    "page",
    "pages",
    "p",
    "pp",
    "section",
    "article",
    "chapter",
    "room",
    "route",
    "flight",
    "no",
    "nos",
    "number",
    "episode",
    "version",
    "platform",
    "gate",
    "level",
    "grade",
    "paragraph",
    "clause",
    "resolution",
    "amendment",
    "bus",
    "line",
    "exit",
    "highway",
    "interstate",
    "boeing",
    "airbus",
    "apollo",
    "channel",
    "item",
    "figure",
    "fig",
    "vol",
    "volume",
    "issue",
    "act",
    "bill",
    "case",
    "studio",
    "terminal",
    "block",
    "floor",
    "seat",
    "row",
    "plot",
    "unit",
    "lot",
    "iphone",
    "windows",
    "ps",
    "model",
    "type",
    "class",
    "stage",
];

/// Words that make `3-1` a score, not a range.
const SPORTS_WORDS: &[&str] = &[
    "won", "win", "wins", "beat", "beats", "lost", "defeat", "defeated", "draw", "drew", "victory",
    "lead", "led", "score", "scored", "match", "game", "final", "goals", "thrashed", "routed",
    "edged",
];

const TIME_WORDS: &[&str] = &["am", "pm", "gmt", "bst", "utc", "hrs", "est", "edt", "cet"];

const DURATION_UNITS: &[(&str, TimeUnit)] = &[
    ("second", TimeUnit::Seconds),
    ("seconds", TimeUnit::Seconds),
    ("minute", TimeUnit::Minutes),
    ("minutes", TimeUnit::Minutes),
    ("hour", TimeUnit::Hours),
    ("hours", TimeUnit::Hours),
    ("day", TimeUnit::Days),
    ("days", TimeUnit::Days),
    ("week", TimeUnit::Weeks),
    ("weeks", TimeUnit::Weeks),
    ("month", TimeUnit::Months),
    ("months", TimeUnit::Months),
    ("year", TimeUnit::Years),
    ("years", TimeUnit::Years),
    ("decade", TimeUnit::Decades),
    ("decades", TimeUnit::Decades),
    ("century", TimeUnit::Centuries),
    ("centuries", TimeUnit::Centuries),
];

const CURRENCY_SYMBOLS: &[(&str, Currency)] = &[
    ("$", Currency::Usd),
    ("£", Currency::Gbp),
    ("€", Currency::Eur),
    ("¥", Currency::Jpy),
    ("₹", Currency::Inr),
    ("₽", Currency::Rub),
];

const CURRENCY_WORDS: &[(&str, Currency)] = &[
    ("dollars", Currency::Usd),
    ("dollar", Currency::Usd),
    ("usd", Currency::Usd),
    ("euros", Currency::Eur),
    ("euro", Currency::Eur),
    ("eur", Currency::Eur),
    ("pounds", Currency::Gbp),
    ("gbp", Currency::Gbp),
    ("sterling", Currency::Gbp),
    ("rubles", Currency::Rub),
    ("roubles", Currency::Rub),
    ("rub", Currency::Rub),
    ("yuan", Currency::Cny),
    ("renminbi", Currency::Cny),
    ("yen", Currency::Jpy),
    ("rupees", Currency::Inr),
    ("francs", Currency::Chf),
    ("hryvnias", Currency::Uah),
    ("lira", Currency::Try),
];

/// The bare figure at `i` ends its phrase: no digits run on after a separator ("12,500") and no
/// word it could count follows ("district 12 of Minsk", "district 12, police said").
fn counts_nothing(tokens: &[Token], i: usize) -> bool {
    match tokens.get(i + 1) {
        None => true,
        Some(next) if next.kind == TokenKind::Symbol => !tokens
            .get(i + 2)
            .is_some_and(|after| next.glued && after.glued && after.kind == TokenKind::Digits),
        Some(next) if next.kind == TokenKind::Word => NOUN_STOPS.contains(&next.lower().as_str()),
        Some(_) => false,
    }
}

/// Function words that end the noun after a number ("6,700 people *have* been arrested").
const NOUN_STOPS: &[&str] = &[
    "a",
    "an",
    "the",
    "of",
    "to",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "with",
    "and",
    "or",
    "but",
    "have",
    "has",
    "had",
    "were",
    "was",
    "are",
    "is",
    "be",
    "been",
    "being",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "can",
    "who",
    "which",
    "that",
    "this",
    "these",
    "those",
    "it",
    "its",
    "their",
    "there",
    "than",
    "as",
    "about",
    "after",
    "before",
    "since",
    "per",
    "more",
    "each",
    "without",
    "into",
    "over",
    "under",
    "across",
    "during",
    "while",
    "when",
    "where",
    "said",
    "say",
    "says",
    "did",
    "do",
    "does",
    "not",
    "so",
    "then",
    "also",
    "last",
    "ago",
    "earlier",
    "later",
    "old",
    "apiece",
    "respectively",
];

/// Adjectives skipped between a number and its noun ("31 *more* workers", "14th *consecutive*").
const NOUN_SKIPS: &[&str] = &[
    "more",
    "other",
    "new",
    "additional",
    "extra",
    "further",
    "consecutive",
    "straight",
    "successive",
    "separate",
];

/// Nouns an ordinal must precede to state a quantity ("a 14th consecutive rise", "a fourth
/// month"); other ordinals ("the 21st century", "2nd Battalion") are names, not claims.
const ORDINAL_NOUNS: &[&str] = &[
    "consecutive",
    "straight",
    "successive",
    "time",
    "times",
    "round",
    "term",
    "day",
    "week",
    "month",
    "year",
    "rise",
    "increase",
    "cut",
    "hike",
    "fall",
    "decline",
    "attempt",
];

const ORDINAL_WORDS: &[(&str, f64)] = &[
    ("first", 1.0),
    ("second", 2.0),
    ("third", 3.0),
    ("fourth", 4.0),
    ("fifth", 5.0),
    ("sixth", 6.0),
    ("seventh", 7.0),
    ("eighth", 8.0),
    ("ninth", 9.0),
    ("tenth", 10.0),
    ("eleventh", 11.0),
    ("twelfth", 12.0),
    ("thirteenth", 13.0),
    ("fourteenth", 14.0),
    ("fifteenth", 15.0),
    ("sixteenth", 16.0),
    ("seventeenth", 17.0),
    ("eighteenth", 18.0),
    ("nineteenth", 19.0),
    ("twentieth", 20.0),
];

const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
];

/// Fractions, as percentages.
const FRACTIONS: &[(&[&str], f64)] = &[
    (&["two", "-", "thirds"], 200.0 / 3.0),
    (&["two", "thirds"], 200.0 / 3.0),
    (&["three", "-", "quarters"], 75.0),
    (&["three", "quarters"], 75.0),
    (&["one", "-", "third"], 100.0 / 3.0),
    (&["one", "third"], 100.0 / 3.0),
    (&["a", "third"], 100.0 / 3.0),
    (&["one", "-", "quarter"], 25.0),
    (&["one", "quarter"], 25.0),
    (&["a", "quarter"], 25.0),
    (&["a", "fifth"], 20.0),
    (&["one", "-", "fifth"], 20.0),
    (&["a", "tenth"], 10.0),
    (&["one", "half"], 50.0),
    (&["half"], 50.0),
];

/// Vague amounts, as intervals.
const VAGUE: &[(&[&str], f64, f64)] = &[
    (&["hundreds", "of", "thousands"], 200_000.0, 999_999.0),
    (&["tens", "of", "thousands"], 20_000.0, 99_999.0),
    (&["tens", "of", "millions"], 20e6, 99_999_999.0),
    (&["hundreds", "of", "millions"], 200e6, 999_999_999.0),
    (&["several", "hundred"], 300.0, 900.0),
    (&["several", "thousand"], 3000.0, 9000.0),
    (&["several", "million"], 3e6, 9e6),
    (&["a", "few", "hundred"], 200.0, 500.0),
    (&["a", "few", "thousand"], 2000.0, 5000.0),
    (&["a", "few", "dozen"], 24.0, 60.0),
    (&["dozens"], 24.0, 99.0),
    (&["hundreds"], 200.0, 999.0),
    (&["thousands"], 2000.0, 9999.0),
    (&["millions"], 2e6, 999_999_999.0),
    (&["billions"], 2e9, 999e9),
    (&["several"], 3.0, 9.0),
];

/// The core of a number before qualifiers and ranges are applied.
#[derive(Debug, Clone)]
struct Atom {
    /// First token (a currency symbol, if any) and one past the last (its unit words).
    start: usize,
    end: usize,
    low: f64,
    high: f64,
    exactness: Exactness,
    unit: Unit,
    /// Carried a scale (million, bn) of its own.
    scaled: bool,
    /// "hundreds of", "several", "half of": the counted noun may follow an "of".
    of_noun: bool,
    /// "14th", "fourth": counts the noun after it ("a fourth month"), never a duration.
    ordinal: bool,
}

pub fn find(tokens: &[Token], taken: &mut [bool]) -> Vec<FoundNumber> {
    mark_excluded(tokens, taken);
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if taken[i] {
            i += 1;
            continue;
        }
        match read_number(tokens, taken, i) {
            Some(number) => {
                taken[number.tokens.clone()].fill(true);
                i = number.tokens.end;
                found.push(number);
            }
            None => i += 1,
        }
    }
    found
}

/// Marks tokens that look numeric but are not quantities, so nothing reads them.
fn mark_excluded(tokens: &[Token], taken: &mut [bool]) {
    let lower: Vec<String> = tokens.iter().map(Token::lower).collect();
    let word_at = |k: usize| lower.get(k).map(String::as_str).unwrap_or("");
    for i in 0..tokens.len() {
        if tokens[i].kind != TokenKind::Digits || taken[i] {
            continue;
        }
        let token = &tokens[i];
        let next = tokens.get(i + 1);
        let previous = i.checked_sub(1).map(|p| &tokens[p]);
        // Version numbers: 2.4.1
        if token.text.matches('.').count() > 1 {
            taken[i] = true;
            continue;
        }
        // Names with digits: Covid-19, F-16, MiG-29
        if token.glued
            && previous.is_some_and(|p| p.is_symbol("-"))
            && i >= 2
            && tokens[i - 2].kind == TokenKind::Word
            && tokens[i - 1].glued
            && !super::lexicon::event_classes(word_at(i - 2)).any(|_| true)
            && !matches!(word_at(i - 2), "mid" | "pre" | "post" | "about" | "some")
        {
            taken[i] = true;
            continue;
        }
        // Times: 9:45, 9.30pm, 9pm, 6 a.m.
        let time_follows = next.is_some_and(|n| {
            (n.is_symbol(":")
                && n.glued
                && tokens
                    .get(i + 2)
                    .is_some_and(|m| m.kind == TokenKind::Digits))
                || TIME_WORDS.contains(&n.lower().as_str())
                || (matches!(n.lower().as_str(), "a" | "p")
                    && tokens
                        .get(i + 2)
                        .is_some_and(|d| d.is_symbol(".") && d.glued)
                    && tokens.get(i + 3).is_some_and(|m| m.is_word("m")))
        });
        if time_follows {
            taken[i] = true;
            if next.is_some_and(|n| n.is_symbol(":")) {
                taken[i + 1] = true;
                taken[i + 2] = true;
            }
            continue;
        }
        // Decades: '90s
        if next.is_some_and(|n| n.glued && n.is_word("s")) {
            taken[i] = true;
            continue;
        }
        // References: page 14, No. 10, Boeing 737
        let reference_before = previous.is_some_and(|p| {
            REFERENCE_WORDS.contains(&p.lower().as_str())
                || (p.is_symbol(".")
                    && i >= 2
                    && matches!(word_at(i - 2), "no" | "nos" | "p" | "pp"))
                || p.is_symbol("#")
        });
        let label_before = previous.is_some_and(|p| {
            LABEL_WORDS.contains(&p.lower().as_str())
                && (p.text.starts_with(char::is_uppercase) || counts_nothing(tokens, i))
        });
        if reference_before || label_before {
            taken[i] = true;
            continue;
        }
        // Phone numbers: +44 20 7946 0958, 0800 555 0199, 555-0199
        let mut group_end = i + 1;
        while group_end + 1 < tokens.len()
            && ((tokens[group_end].kind == TokenKind::Digits && !tokens[group_end].glued)
                || (tokens[group_end].is_symbol("-.")
                    && tokens[group_end].glued
                    && tokens[group_end + 1].kind == TokenKind::Digits
                    && tokens[group_end + 1].glued))
        {
            group_end += if tokens[group_end].kind == TokenKind::Digits {
                1
            } else {
                2
            };
        }
        if group_end < tokens.len()
            && tokens[group_end].kind == TokenKind::Digits
            && !tokens[group_end].glued
        {
            group_end += 1;
        }
        let groups = tokens[i..group_end]
            .iter()
            .filter(|t| t.kind == TokenKind::Digits)
            .count();
        let continues_thousands = !token.glued
            && previous.is_some_and(|p| p.kind == TokenKind::Digits && p.text.len() <= 3)
            && token.text.len() == 3;
        let leading_zero = token.text.starts_with('0')
            && token.text[1..].starts_with(|c: char| c.is_ascii_digit())
            && !continues_thousands;
        let plus = previous.is_some_and(|p| p.is_symbol("+"));
        let dashed_pair = groups == 2
            && tokens[i + 1].is_symbol("-")
            && tokens[i + 1].glued
            && token.text.len() == 3
            && tokens[i + 2].text.len() == 4;
        if plus
            || leading_zero
            || dashed_pair
            || (groups >= 3 && !looks_like_space_thousands(&tokens[i..group_end]))
        {
            taken[i..group_end].fill(true);
            continue;
        }
        // Scores: won 2-1, a 3-0 win
        if let (Some(dash), Some(other)) = (next, tokens.get(i + 2))
            && dash.is_symbol("-\u{2013}")
            && dash.glued
            && other.glued
            && other.kind == TokenKind::Digits
            && token.text.len() <= 2
            && other.text.len() <= 2
        {
            let window = i.saturating_sub(4)..(i + 6).min(tokens.len());
            if window.clone().any(|k| SPORTS_WORDS.contains(&word_at(k))) {
                taken[i..i + 3].fill(true);
            }
        }
    }
}

/// `100 000` and `1 250 000`: a group of 1-3 digits then groups of exactly 3.
fn looks_like_space_thousands(group: &[Token]) -> bool {
    let digits: Vec<&Token> = group
        .iter()
        .filter(|t| t.kind == TokenKind::Digits)
        .collect();
    digits.len() == group.len()
        && digits[0].text.len() <= 3
        && !digits[0].text.starts_with('0')
        && digits[1..]
            .iter()
            .all(|t| t.text.len() == 3 && t.text.chars().all(|c| c.is_ascii_digit()))
        && digits[0].text.chars().all(|c| c.is_ascii_digit())
}

fn parse_digits(text: &str) -> Option<f64> {
    text.replace(',', "").parse().ok()
}

fn words_at(tokens: &[Token], i: usize, words: &[&str]) -> bool {
    words.iter().enumerate().all(|(k, word)| {
        tokens.get(i + k).is_some_and(|t| {
            if *word == "-" {
                t.is_symbol("-") && t.glued
            } else {
                t.is_word(word)
            }
        })
    })
}

/// Reads a whole number claim starting at token `i`, if one starts there.
fn read_number(tokens: &[Token], taken: &[bool], i: usize) -> Option<FoundNumber> {
    // A qualifier, a "between"/"from" or a direction word may precede the number itself.
    let qualifier = QUALIFIERS.iter().find(|(words, _)| {
        words_at(tokens, i, words) && !taken[i..i + words.len()].iter().any(|&t| t)
    });
    let (qualifier, core_start) = match qualifier {
        Some((words, kind)) if atom_at(tokens, taken, i + words.len()).is_some() => {
            (Some(*kind), i + words.len())
        }
        _ => (None, i),
    };
    let between =
        qualifier.is_none() && (tokens[i].is_word("between") || tokens[i].is_word("from"));
    let core_start = if between { i + 1 } else { core_start };
    let mut atom = atom_at(tokens, taken, core_start)?;
    if between && !range_follows(tokens, taken, &atom) {
        // "from 10" without "to": the number alone, without "from".
        return read_number(tokens, taken, core_start);
    }

    // Ranges: between A and B, from A to B, A to B, A-B, A–B.
    if let Some(second) = range_after(tokens, taken, &atom, tokens[i].is_word("between")) {
        atom = join_range(atom, second);
    }

    let mut end = atom.end;
    let mut exactness = atom.exactness;
    let (mut low, mut high) = (Some(atom.low), Some(atom.high));

    // Trailing qualifiers: "or more", "-plus", "or so".
    let trailing = if words_at(tokens, end, &["or", "more"])
        || words_at(tokens, end, &["or", "above"])
        || words_at(tokens, end, &["-", "plus"])
    {
        Some((Qualifier::Lower, 2))
    } else if words_at(tokens, end, &["plus"]) {
        Some((Qualifier::Lower, 1))
    } else if words_at(tokens, end, &["or", "so"]) {
        Some((Qualifier::Approximate, 2))
    } else if words_at(tokens, end, &["or", "fewer"]) || words_at(tokens, end, &["or", "less"]) {
        Some((Qualifier::Upper, 2))
    } else {
        None
    };
    if let Some((_, length)) = trailing {
        end += length;
    }
    match qualifier.or(trailing.map(|(q, _)| q)) {
        Some(Qualifier::Lower) => {
            exactness = Exactness::LowerBound;
            high = None;
        }
        Some(Qualifier::Upper) => {
            exactness = Exactness::UpperBound;
            low = None;
        }
        Some(Qualifier::Approximate) if exactness != Exactness::Range => {
            exactness = Exactness::Approximate;
        }
        _ => {}
    }

    let start = if between || qualifier.is_some() {
        i
    } else {
        atom.start
    };
    let direction = direction_before(tokens, start);
    let mut unit = atom.unit;

    // Ages and durations read the words after the number.
    let (age_or_duration, after_unit) = time_unit_after(tokens, end, &atom);
    if let Some(time_unit) = age_or_duration {
        unit = time_unit;
        end = after_unit;
    } else if unit == Unit::Count
        && (is_name_age(tokens, atom.start, atom.end, atom.low)
            || (atom.start >= 1 && tokens[atom.start - 1].is_word("aged")))
    {
        unit = Unit::Age;
    }
    let span_start =
        if unit == Unit::Age && atom.start >= 1 && tokens[atom.start - 1].is_word("aged") {
            atom.start - 1
        } else {
            start
        };

    let noun = match unit {
        Unit::Count | Unit::Percent | Unit::Money(_) => noun_after(tokens, end, &atom, &unit)
            .or_else(|| {
                (unit == Unit::Count)
                    .then(|| crowd_noun_before(tokens, span_start))
                    .flatten()
            }),
        _ => None,
    };

    Some(FoundNumber {
        tokens: span_start..end,
        quantity: Quantity {
            low,
            high,
            exactness,
            direction,
            unit,
        },
        noun,
    })
}

fn range_follows(tokens: &[Token], taken: &[bool], atom: &Atom) -> bool {
    range_after(tokens, taken, atom, true).is_some()
}

/// The second number of a range right after `first`, if there is one.
fn range_after(
    tokens: &[Token],
    taken: &[bool],
    first: &Atom,
    after_between: bool,
) -> Option<Atom> {
    let joiner = tokens.get(first.end)?;
    let is_joiner = joiner.is_word("to")
        || (after_between && joiner.is_word("and"))
        || (joiner.is_symbol("-")
            && joiner.glued
            && tokens.get(first.end + 1).is_some_and(|t| t.glued))
        || joiner.is_symbol("\u{2013}");
    if !is_joiner || first.exactness == Exactness::Range || first.unit == Unit::Age {
        return None;
    }
    let second = atom_at(tokens, taken, first.end + 1)?;
    let compatible_units =
        first.unit == second.unit || first.unit == Unit::Count || second.unit == Unit::Count;
    (compatible_units && second.exactness != Exactness::Range).then_some(second)
}

fn join_range(first: Atom, second: Atom) -> Atom {
    let (mut low, mut high) = (first.low, second.high);
    // "between 1.2 and 1.5 million": the scale written once applies to both.
    if second.scaled && !first.scaled && first.low < 1000.0 && second.high >= 1000.0 {
        let scale = [1e12, 1e9, 1e6, 1e3]
            .into_iter()
            .find(|s| second.high >= *s)
            .unwrap_or(1.0);
        low = first.low * scale;
    }
    if first.scaled && !second.scaled && second.high < 1000.0 && first.low >= 1000.0 {
        let scale = [1e12, 1e9, 1e6, 1e3]
            .into_iter()
            .find(|s| first.low >= *s)
            .unwrap_or(1.0);
        high = second.high * scale;
    }
    let unit = if first.unit == Unit::Count {
        second.unit
    } else {
        first.unit
    };
    let (low, high) = if low <= high {
        (low, high)
    } else {
        (high, low)
    };
    Atom {
        start: first.start,
        end: second.end,
        low,
        high,
        exactness: Exactness::Range,
        unit,
        scaled: first.scaled || second.scaled,
        of_noun: false,
        ordinal: false,
    }
}

/// The direction of a change stated just before a number: "rose 19 cents", "fell by 3%", "a
/// drop of 2,000 jobs". A number after "to" is a level, not a change ("lifted rates to 5.25%").
fn direction_before(tokens: &[Token], start: usize) -> Option<Direction> {
    // "raised rates by a quarter", "cut its forecast by 2%": the verb may sit before an object.
    if start >= 1 && tokens[start - 1].is_word("by") {
        let verb = tokens[start.saturating_sub(5)..start - 1]
            .iter()
            .rev()
            .take_while(|t| t.kind == TokenKind::Word && !t.is_word("to"))
            .find_map(|t| {
                let word = t.lower();
                if UP_WORDS.contains(&word.as_str()) {
                    Some(Direction::Up)
                } else if DOWN_WORDS.contains(&word.as_str()) {
                    Some(Direction::Down)
                } else {
                    None
                }
            });
        if verb.is_some() {
            return verb;
        }
    }
    let mut k = start;
    for _ in 0..3 {
        k = k.checked_sub(1)?;
        let word = tokens[k].lower();
        if word == "to" || word == "at" || tokens[k].kind != TokenKind::Word {
            return None;
        }
        if matches!(
            word.as_str(),
            "by" | "a" | "an" | "of" | "further" | "another" | "nearly" | "some" | "about"
        ) {
            continue;
        }
        if UP_WORDS.contains(&word.as_str()) {
            return Some(Direction::Up);
        }
        if DOWN_WORDS.contains(&word.as_str()) {
            return Some(Direction::Down);
        }
        return None;
    }
    None
}

/// "NN years old", "NN-year-old", "NN years of age" (ages) and "NN days" (durations).
fn time_unit_after(tokens: &[Token], end: usize, atom: &Atom) -> (Option<Unit>, usize) {
    if atom.unit != Unit::Count || atom.ordinal {
        return (None, end);
    }
    let at = |k: usize| tokens.get(k);
    // 55-year-old
    if at(end).is_some_and(|t| t.is_symbol("-") && t.glued)
        && at(end + 1).is_some_and(|t| t.is_word("year") || t.is_word("years"))
        && at(end + 2).is_some_and(|t| t.is_symbol("-"))
        && at(end + 3).is_some_and(|t| t.is_word("old"))
    {
        return (Some(Unit::Age), end + 4);
    }
    // "three more days", "two further weeks"
    let is_unit = |t: &Token| DURATION_UNITS.iter().any(|(w, _)| t.is_word(w));
    let filler = at(end).is_some_and(|t| {
        ["more", "further", "additional", "extra", "long"]
            .iter()
            .any(|w| t.is_word(w))
    }) && at(end + 1).is_some_and(is_unit);
    let unit_at = if filler { end + 1 } else { end };
    let Some(word) = at(unit_at)
        .filter(|t| t.kind == TokenKind::Word)
        .map(Token::lower)
    else {
        return (None, end);
    };
    let Some(&(_, plural)) = DURATION_UNITS.iter().find(|(w, _)| *w == word) else {
        return (None, end);
    };
    let end = unit_at;
    if plural == TimeUnit::Years && at(end + 1).is_some_and(|t| t.is_word("old")) {
        return (Some(Unit::Age), end + 2);
    }
    if plural == TimeUnit::Years && words_at(tokens, end + 1, &["of", "age"]) {
        return (Some(Unit::Age), end + 3);
    }
    (Some(Unit::Duration(plural)), end + 1)
}

/// "Yelena F. Kovalchuk, 55, a machine operator": a bare number between commas after a name.
fn is_name_age(tokens: &[Token], start: usize, end: usize, value: f64) -> bool {
    if end != start + 1 || !(1.0..=120.0).contains(&value) || value.fract() != 0.0 {
        return false;
    }
    let before_comma = start >= 2 && tokens[start - 1].is_symbol(",");
    let name_before = before_comma
        && tokens[start - 2].kind == TokenKind::Word
        && (tokens[start - 2].text.starts_with(char::is_uppercase)
            || PERSON_NOUNS.contains(&tokens[start - 2].lower().as_str()));
    let closes = tokens
        .get(end)
        .is_none_or(|t| t.is_symbol(",.;)") || t.is_symbol("\u{2014}"));
    name_before && closes
}

/// People described before an age in commas: "the suspect, 31, was charged".
const PERSON_NOUNS: &[&str] = &[
    "suspect",
    "victim",
    "man",
    "woman",
    "boy",
    "girl",
    "driver",
    "mother",
    "father",
    "son",
    "daughter",
    "officer",
    "teenager",
    "student",
    "teacher",
    "worker",
    "nurse",
    "doctor",
    "farmer",
    "soldier",
    "pilot",
    "journalist",
    "activist",
    "wife",
    "husband",
    "brother",
    "sister",
    "resident",
    "defendant",
    "gunman",
    "attacker",
    "child",
    "passenger",
    "vendor",
];

/// The counted noun after a number: "6,700 *people*", "31 media *workers*", "80.1% of the
/// *vote*", "hundreds of *protesters*", "a 5,000-strong *crowd*".
fn noun_after(tokens: &[Token], end: usize, atom: &Atom, unit: &Unit) -> Option<String> {
    let mut k = end;
    let at = |k: usize| tokens.get(k);
    // "a 6.1-magnitude quake", "a magnitude 6.1 quake"
    if at(k).is_some_and(|t| t.is_symbol("-") && t.glued)
        && at(k + 1).is_some_and(|t| t.is_word("magnitude"))
        || k >= atom.end && atom.start > 0 && tokens[atom.start - 1].is_word("magnitude")
    {
        return Some("magnitude".to_string());
    }
    if at(k).is_some_and(|t| t.is_symbol("-") && t.glued)
        && at(k + 1).is_some_and(|t| t.is_word("strong"))
    {
        k += 2;
    }
    let of_allowed = atom.of_noun || *unit == Unit::Percent;
    // A share counts what it is a share *of*; "0.4% against the dollar" counts nothing.
    if *unit == Unit::Percent && !at(k).is_some_and(|t| t.is_word("of")) {
        return None;
    }
    if of_allowed && at(k).is_some_and(|t| t.is_word("of")) {
        k += 1;
        while at(k).is_some_and(|t| {
            ["the", "a", "an", "its", "their", "his", "her", "all"]
                .iter()
                .any(|w| t.is_word(w))
        }) {
            k += 1;
        }
    }
    let mut words = Vec::new();
    while let Some(token) = at(k) {
        if token.kind != TokenKind::Word || words.len() == 3 {
            break;
        }
        let word = token.lower();
        if NOUN_SKIPS.contains(&word.as_str()) && words.is_empty() {
            k += 1;
            continue;
        }
        let known = COUNT_NOUNS.contains(&word.as_str());
        let verb_like = !known && (word.ends_with("ed") || word.ends_with("ing"));
        if NOUN_STOPS.contains(&word.as_str()) || verb_like || scale_of(&word).is_some() {
            break;
        }
        if !words.is_empty() && token.text.starts_with(char::is_uppercase) {
            break;
        }
        words.push(word);
        k += 1;
        // "high-speed trains": a hyphenated modifier; the noun comes after it.
        if at(k).is_some_and(|t| t.is_symbol("-") && t.glued)
            && at(k + 1).is_some_and(|t| t.glued && t.kind == TokenKind::Word)
        {
            words.pop();
            k += 2;
        }
    }
    words
        .iter()
        .rev()
        .find(|w| COUNT_NOUNS.contains(&w.as_str()))
        .or(words.first())
        .cloned()
}

/// "Estimates of the *crowd* ranged from 15,000 to 25,000": a crowd word shortly before a
/// number that has no noun of its own.
fn crowd_noun_before(tokens: &[Token], start: usize) -> Option<String> {
    tokens[start.saturating_sub(8)..start]
        .iter()
        .rev()
        .map(Token::lower)
        .find(|w| CROWD_NOUNS.contains(&w.as_str()))
}

/// Reads the number itself at `i`: digits with scale, currency and percent, number words,
/// vague amounts or fractions.
fn atom_at(tokens: &[Token], taken: &[bool], i: usize) -> Option<Atom> {
    if i >= tokens.len() || taken[i] {
        return None;
    }
    let at = |k: usize| {
        tokens
            .get(k)
            .filter(|_| !taken.get(k).copied().unwrap_or(true))
    };

    // Currency before the number: $5m, US$3, £2.4 billion
    let mut currency = None;
    let mut k = i;
    if at(k).is_some_and(|t| t.is_word("US") || t.is_word("A") || t.is_word("C") || t.is_word("HK"))
        && at(k + 1).is_some_and(|t| t.is_symbol("$") && t.glued)
    {
        k += 1;
    }
    if let Some(token) = at(k)
        && token.kind == TokenKind::Symbol
        && let Some(&(_, code)) = CURRENCY_SYMBOLS.iter().find(|(s, _)| *s == token.text)
        && at(k + 1)
            .is_some_and(|t| t.glued && (t.kind == TokenKind::Digits || t.kind == TokenKind::Word))
    {
        currency = Some(code);
        k += 1;
    }

    // "a quarter-point rise", "a half-point move": a change in percentage points.
    if currency.is_none()
        && let Some(token) = at(k)
        && (token.is_word("quarter") || token.is_word("half"))
        && words_at(tokens, k + 1, &["-", "point"])
    {
        let value = if token.is_word("quarter") { 0.25 } else { 0.5 };
        return Some(Atom {
            start: i,
            end: k + 3,
            low: value,
            high: value,
            exactness: Exactness::Exact,
            unit: Unit::PercentagePoints,
            scaled: false,
            of_noun: false,
            ordinal: false,
        });
    }
    let mut ordinal = false;
    let (mut low, mut high, mut end, mut exactness, mut of_noun) =
        if let Some(token) = at(k).filter(|t| t.kind == TokenKind::Digits) {
            let mut value = parse_digits(token.text)?;
            let mut end = k + 1;
            // 100 000: space-separated thousands.
            if !token.text.contains([',', '.']) && token.text.len() <= 3 {
                while let Some(group) = at(end).filter(|t| {
                    t.kind == TokenKind::Digits
                        && !t.glued
                        && t.text.len() == 3
                        && t.text.chars().all(|c| c.is_ascii_digit())
                }) {
                    value = value * 1000.0 + parse_digits(group.text)?;
                    end += 1;
                }
            }
            // Ordinals: 14th, 2nd
            if at(end)
                .is_some_and(|t| t.glued && matches!(t.lower().as_str(), "st" | "nd" | "rd" | "th"))
            {
                let follows = tokens.get(end + 1).map(Token::lower).unwrap_or_default();
                if !ORDINAL_NOUNS.contains(&follows.as_str()) || value == 1.0 {
                    return None;
                }
                end += 1;
                ordinal = true;
            }
            (value, value, end, Exactness::Exact, false)
        } else if let Some((value, length)) = number_words_at(tokens, taken, k) {
            ordinal = ORDINAL_WORDS.iter().any(|(w, _)| tokens[k].is_word(w));
            (value, value, k + length, Exactness::Exact, false)
        } else if currency.is_none()
            && let Some((low, high, length)) = vague_at(tokens, taken, k)
        {
            let exactness = if low == high {
                Exactness::Approximate
            } else {
                Exactness::Range
            };
            (low, high, k + length, exactness, true)
        } else if currency.is_none()
            && let Some((value, length)) = fraction_at(tokens, taken, k)
        {
            // A fraction is a share: "more than half of the factory".
            let mut atom = Atom {
                start: i,
                end: k + length,
                low: value,
                high: value,
                exactness: Exactness::Exact,
                unit: Unit::Percent,
                scaled: false,
                of_noun: true,
                ordinal: false,
            };
            // "a quarter of a percentage point"
            if words_at(tokens, atom.end, &["of", "a", "percentage", "point"]) {
                atom.low = value / 100.0;
                atom.high = value / 100.0;
                atom.unit = Unit::PercentagePoints;
                atom.end += 4;
                atom.of_noun = false;
            }
            return Some(atom);
        } else {
            return None;
        };

    // Scale: 1.2 million, 3bn, $5m, 5k, two dozen
    let mut scaled = false;
    if let Some(scale_token) = at(end) {
        let word = scale_token.lower();
        let scale = if scale_token.glued {
            glued_scale_of(&word)
        } else {
            scale_of(&word).filter(|_| word.len() > 2)
        };
        if let Some(scale) = scale.filter(|_| scale_token.kind == TokenKind::Word) {
            low *= scale;
            high *= scale;
            end += 1;
            scaled = true;
        } else if word == "dozen" && exactness == Exactness::Exact {
            low *= 12.0;
            high *= 12.0;
            end += 1;
        }
    }

    // Percent and money after the number.
    let mut unit = Unit::Count;
    if at(end).is_some_and(|t| t.is_symbol("%")) {
        unit = Unit::Percent;
        end += 1;
    } else if words_at(tokens, end, &["per", "cent"]) {
        unit = Unit::Percent;
        end += 2;
    } else if at(end).is_some_and(|t| t.is_word("percent")) {
        unit = Unit::Percent;
        end += 1;
    } else if words_at(tokens, end, &["percentage", "points"])
        || words_at(tokens, end, &["percentage", "point"])
    {
        unit = Unit::PercentagePoints;
        end += 2;
    } else if currency.is_none()
        && let Some(token) = at(end).filter(|t| t.kind == TokenKind::Word)
        && let Some(&(_, code)) = CURRENCY_WORDS.iter().find(|(w, _)| *w == token.lower())
        && !(code == Currency::Gbp && token.is_word("pounds") && words_at(tokens, end + 1, &["of"]))
    {
        currency = Some(code);
        end += 1;
    }
    if currency.is_some() {
        unit = Unit::Money(currency);
    }
    if exactness == Exactness::Range && unit != Unit::Count {
        of_noun = false;
    }
    if low > high {
        std::mem::swap(&mut low, &mut high);
        exactness = Exactness::Range;
    }
    Some(Atom {
        start: i,
        end,
        low,
        high,
        exactness,
        unit,
        scaled,
        of_noun,
        ordinal,
    })
}

/// A run of number words ("twenty-three", "two hundred", "a million") read with text2num.
fn number_words_at(tokens: &[Token], taken: &[bool], i: usize) -> Option<(f64, usize)> {
    let is_number_word = |k: usize| {
        !taken.get(k).copied().unwrap_or(true)
            && tokens.get(k).is_some_and(|t| {
                t.kind == TokenKind::Word && NUMBER_WORDS.contains(&t.lower().as_str())
            })
    };
    // "a million people", "a hundred"
    if tokens[i].is_word("a") || tokens[i].is_word("an") {
        let next = tokens.get(i + 1)?.lower();
        let scale = match next.as_str() {
            "hundred" => 100.0,
            "thousand" => 1e3,
            "million" => 1e6,
            "billion" => 1e9,
            _ => return None,
        };
        if taken.get(i + 1).copied().unwrap_or(true) {
            return None;
        }
        return Some((scale, 2));
    }
    if let Some(&(_, value)) = ORDINAL_WORDS.iter().find(|(w, _)| tokens[i].is_word(w)) {
        // "the first time" is not a count of one.
        let follows = tokens.get(i + 1).map(Token::lower).unwrap_or_default();
        return (ORDINAL_NOUNS.contains(&follows.as_str()) && value > 1.0).then_some((value, 1));
    }
    if !is_number_word(i) {
        return None;
    }
    let mut end = i + 1;
    loop {
        if is_number_word(end) {
            end += 1;
        } else if is_number_word(end + 1)
            && ((tokens[end].is_symbol("-") && tokens[end].glued && tokens[end + 1].glued)
                || (tokens[end].is_word("and") && tokens[end - 1].is_word("hundred")))
        {
            end += 2;
        } else {
            break;
        }
    }
    let words: Vec<String> = tokens[i..end].iter().map(Token::lower).collect();
    // A lone scale word ("thousand", "million") is not a number without its multiplier.
    if words.len() == 1
        && matches!(
            words[0].as_str(),
            "hundred" | "thousand" | "million" | "billion" | "trillion"
        )
    {
        return None;
    }
    if words.len() == 1 && words[0] == "one" && !lone_one_counts(tokens, i) {
        return None;
    }
    // "fractions": "two-thirds" is read by fraction_at
    if tokens.get(end).is_some_and(|t| t.is_symbol("-") && t.glued)
        && tokens.get(end + 1).is_some_and(|t| {
            t.is_word("thirds")
                || t.is_word("quarters")
                || t.is_word("third")
                || t.is_word("quarter")
        })
    {
        return None;
    }
    let phrase = words.join(" ").replace(" - ", "-");
    let digits = text2num::text2digits(&phrase, &text2num::Language::english()).ok()?;
    Some((digits.parse().ok()?, end - i))
}

/// "one" is a number only before a counted noun ("one person", "one member"); otherwise it is a
/// pronoun ("one of the protesters", "no one", "one wanted no change").
fn lone_one_counts(tokens: &[Token], i: usize) -> bool {
    let previous = i
        .checked_sub(1)
        .map(|p| tokens[p].lower())
        .unwrap_or_default();
    if matches!(
        previous.as_str(),
        "no" | "the" | "any" | "each" | "every" | "this" | "that" | "someone"
    ) {
        return false;
    }
    tokens.get(i + 1).is_some_and(|t| {
        COUNT_NOUNS.contains(&t.lower().as_str())
            || DURATION_UNITS.iter().any(|(w, _)| t.is_word(w))
            || matches!(t.lower().as_str(), "person" | "man" | "woman" | "child")
    })
}

fn vague_at(tokens: &[Token], taken: &[bool], i: usize) -> Option<(f64, f64, usize)> {
    if i > 0 && tokens[i - 1].kind == TokenKind::Digits {
        return None;
    }
    if words_at(tokens, i, &["a", "dozen"]) && !taken[i..i + 2].iter().any(|&t| t) {
        return Some((12.0, 12.0, 2));
    }
    VAGUE.iter().find_map(|(words, low, high)| {
        let fits = words_at(tokens, i, words) && !taken[i..i + words.len()].iter().any(|&t| t);
        // "several" needs a noun or "of" after it to be a count.
        let usable = fits
            && (words != &["several"]
                || tokens.get(i + 1).is_some_and(|t| {
                    t.kind == TokenKind::Word && !NOUN_STOPS.contains(&t.lower().as_str())
                        || t.is_word("of")
                }));
        usable.then_some((*low, *high, words.len()))
    })
}

fn fraction_at(tokens: &[Token], taken: &[bool], i: usize) -> Option<(f64, usize)> {
    let (words, value) = FRACTIONS.iter().find(|(words, _)| {
        words_at(tokens, i, words) && !taken[i..i + words.len()].iter().any(|&t| t)
    })?;
    let end = i + words.len();
    let next = tokens.get(end);
    // "half of", "half the", "a third of": a share. "second half", "half an hour", "half-time"
    // are not.
    let share = next.is_some_and(|t| t.is_word("of") || t.is_word("the"));
    // "the second half of the match", "the first half": a part, not a share.
    let part = i > 0
        && [
            "the", "first", "second", "other", "last", "latter", "former", "top", "bottom",
        ]
        .iter()
        .any(|w| tokens[i - 1].is_word(w));
    if part {
        return None;
    }
    let qualified = i > 0
        && QUALIFIERS
            .iter()
            .any(|(q, _)| q.last().is_some_and(|w| tokens[i - 1].is_word(w)));
    // Shares are written to one decimal place in news copy: a third is 33.3%.
    let value = (value * 10.0).round() / 10.0;
    (share || qualified).then_some((value, words.len()))
}

#[cfg(test)]
mod tests;
