//! Score: pure functions that say how alike two sentences are, from their term IDs.
//!
//! The score is a weighted soft overlap. Each term weighs what its frequency in general English
//! says (a fixed background table, `align::weights`: an IDF read off the table, never taken
//! over the run), so rare words (names, numbers, "tractor") count for more than common ones. Terms match when they are equal, or when they are a derived
//! form of one another (`russia`/`russian`), or, for names only, when strsim's normalised
//! Levenshtein similarity of the two spellings is high (`tikhanovskaya`/`tsikhanouskaya`). The
//! matched weight M is normalised by the geometric mean of both sentences' total weights,
//! M / sqrt(Wa * Wb), a cosine over term sets, which keeps a short sentence that is wholly
//! contained in a long one from scoring near zero as Dice would.

use super::marks;
use super::terms::{TermKind, Vocabulary};

/// The weight of every term of a vocabulary, by ID: each term's background weight
/// (`align::weights`), the same in every run.
pub fn term_weights(vocabulary: &Vocabulary) -> Vec<f32> {
    (0..vocabulary.len() as u32)
        .map(|id| vocabulary.info(id).weight)
        .collect()
}

/// For every term, the other terms it may stand for, with a similarity in 0..1, sorted by ID.
#[derive(Debug, Default, Clone)]
pub struct FuzzyPartners {
    partners: Vec<Vec<(u32, f32)>>,
    /// Each term's place in the alphabetical order of the vocabulary's words: ties between
    /// fuzzy partners are broken by spelling, not by term IDs, whose order depends on the run.
    rank: Vec<u32>,
    /// Each term's kind: names and figures on both sides that match nothing are evidence that
    /// two sentences report different things ([`similarity`]).
    kinds: Vec<TermKind>,
    /// Each term's first [`NAME_PREFIX`] letters, packed (0 for shorter terms): a word written
    /// as a name is held by the other side when it holds a word opening alike ("Britain" /
    /// "British", "Cuba" / "Cuban"), too short a stem for a derived form.
    prefixes: Vec<u32>,
    /// The word each quantity counts, by quantity ID ("41 protesters": `protest`;
    /// [`marks::COUNTS`]).
    counted: Vec<u32>,
}

impl FuzzyPartners {
    pub fn of(&self, term: u32) -> &[(u32, f32)] {
        self.partners
            .get(term as usize)
            .map_or(&[], |list| list.as_slice())
    }

    /// How alike `a` and `b` are: 1 when equal, the fuzzy similarity when partners, else 0.
    #[cfg(test)]
    pub fn similarity(&self, a: u32, b: u32) -> f32 {
        if a == b {
            return 1.0;
        }
        self.of(a)
            .binary_search_by_key(&b, |&(id, _)| id)
            .map_or(0.0, |found| self.of(a)[found].1)
    }
}

/// Shortest stem that may match a longer derived form (`russia` -> `russian`); shorter stems
/// give too many false friends (`elect`/`electr`).
const MIN_DERIVATION_STEM: usize = 6;
/// Most letters a derived form may add (`belarus` -> `belarusian`).
const MAX_DERIVATION_SUFFIX: usize = 3;
/// Similarity given to a derived form.
const DERIVATION_SIMILARITY: f32 = 0.85;
/// Shortest name compared by spelling; short names differ by one letter too easily
/// (`Kyiv`/`Kiev` is left to a dictionary, not to edit distance).
const MIN_FUZZY_NAME: usize = 6;
/// Words this long are compared by spelling even when never seen capitalised mid-sentence (a
/// name that only opens sentences); shorter common words have too many near-spellings.
const MIN_FUZZY_WORD: usize = 9;
/// Least normalised Levenshtein similarity for two names to be taken as one.
const MIN_NAME_SIMILARITY: f64 = 0.8;

/// How many letters two words must open with alike for a word written as a name on one side
/// to be held by the other ([`FuzzyPartners::prefixes`]).
const NAME_PREFIX: usize = 4;

/// Finds the fuzzy partners among all terms of a vocabulary.
///
/// Words are sorted so a stem's derived forms are the words right after it; names are grouped
/// by first letter and compared only with names of similar length. Either way the cost stays
/// near linear in the vocabulary, never quadratic in sentences.
pub fn fuzzy_partners(vocabulary: &Vocabulary) -> FuzzyPartners {
    let mut partners: Vec<Vec<(u32, f32)>> = vec![Vec::new(); vocabulary.len()];
    let mut link = |a: u32, b: u32, similarity: f32| {
        partners[a as usize].push((b, similarity));
        partners[b as usize].push((a, similarity));
    };

    let mut words: Vec<(&str, u32)> = (0..vocabulary.len() as u32)
        .filter(|&id| vocabulary.info(id).kind != TermKind::Number)
        .map(|id| (vocabulary.info(id).text.as_str(), id))
        .collect();
    words.sort_unstable();
    let mut rank = vec![0u32; vocabulary.len()];
    for (place, &(_, id)) in words.iter().enumerate() {
        rank[id as usize] = place as u32;
    }
    for (i, &(stem, id)) in words.iter().enumerate() {
        if stem.len() < MIN_DERIVATION_STEM {
            continue;
        }
        for &(longer, other) in &words[i + 1..] {
            if !longer.starts_with(stem) {
                break;
            }
            if longer.len() - stem.len() <= MAX_DERIVATION_SUFFIX {
                link(id, other, DERIVATION_SIMILARITY);
            }
        }
    }

    let mut names: Vec<(char, usize, u32)> = (0..vocabulary.len() as u32)
        .filter_map(|id| {
            let info = vocabulary.info(id);
            let first = info.text.chars().next()?;
            let eligible = match info.kind {
                TermKind::Name => info.text.len() >= MIN_FUZZY_NAME,
                TermKind::Word => info.text.len() >= MIN_FUZZY_WORD,
                TermKind::Number => false,
            };
            eligible.then_some((first, info.text.len(), id))
        })
        .collect();
    names.sort_unstable();
    for (i, &(first, length, id)) in names.iter().enumerate() {
        for &(other_first, other_length, other) in &names[i + 1..] {
            if other_first != first || other_length > length + 2 {
                break;
            }
            let a = &vocabulary.info(id).text;
            let b = &vocabulary.info(other).text;
            if a.starts_with(b.as_str()) || b.starts_with(a.as_str()) {
                continue; // already linked as a derived form
            }
            let similarity = strsim::normalized_levenshtein(a, b);
            if similarity >= MIN_NAME_SIMILARITY {
                link(id, other, similarity as f32);
            }
        }
    }

    for list in &mut partners {
        list.sort_unstable_by_key(|&(id, _)| id);
        list.dedup_by_key(|&mut (id, _)| id);
    }
    let kinds = (0..vocabulary.len() as u32)
        .map(|id| vocabulary.info(id).kind)
        .collect();
    let prefixes = (0..vocabulary.len() as u32)
        .map(|id| {
            let text = vocabulary.info(id).text.as_bytes();
            text.get(..NAME_PREFIX)
                .map_or(0, |p| u32::from_le_bytes([p[0], p[1], p[2], p[3]]))
        })
        .collect();
    let counted = vocabulary.quantity_words().to_vec();
    FuzzyPartners {
        partners,
        rank,
        kinds,
        prefixes,
        counted,
    }
}

/// How much of the lighter side's unmatched names (or figures) is taken off the matched weight
/// when both sentences name someone or something the other does not ("police in Lagos" /
/// "police in Nairobi"): two reports of different things, however many words they share.
const NAME_CONFLICT: f64 = 1.0;
/// The same for figures, lighter: one report may give a disputed figure ("41 arrested" / "14
/// arrested"), which claims matching must still see.
const FIGURE_CONFLICT: f64 = 0.5;
/// What is left of a pair's score when both sentences give a figure of the same thing that the
/// other does not ("300 soldiers" / "120 soldiers", "64%" / "58 per cent"): two accounts of
/// one quantity. Half: a disputed figure in one report told in two outlets' words stays
/// aligned with its counterpart ("some 12,000 residents" / "about 1,200 residents", 0.43 ->
/// 0.21), while two reports that share a template and differ in the figure and in anything
/// else fall apart. Of 0.2, 0.35 and 0.5 (docs/accuracy.md), 0.35 scored the look-alikes and
/// MSRP a little better but dropped that pair under the default threshold.
const SAME_QUANTITY_CONFLICT: f64 = 0.5;
/// How much of the weight of a word one side negates and the other does not is taken off the
/// matched weight.
const NEGATION_CONFLICT: f64 = 2.0;

/// Fewest terms two sentences must share to score above zero: one shared word ("making",
/// "Monday") is coincidence between long sentences. A sentence with a single content word
/// needs only that one.
const MIN_SHARED_TERMS: usize = 2;

/// Similarity of two sentences given as sorted, distinct term IDs; in 0..=1.
///
/// Exact matches are found by a merge of the two sorted lists; each remaining term of `a` then
/// takes its best unused fuzzy partner in `b`. The cost is linear in the two lengths times the
/// (small, bounded) number of fuzzy partners per term.
/// What a score is asked to say: whether two sentences give the same report (alignment, and
/// a user's score of two texts), or only how much they share (claims matching, which must see
/// sentences that disagree on a figure or a name as related: that is where divergences are).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// Names and figures each side has and the other lacks count against the pair.
    SameReport,
    /// Shared words only.
    Shared,
}

pub fn similarity(
    a_list: &[u32],
    b_list: &[u32],
    weights: &[f32],
    fuzzy: &FuzzyPartners,
    reading: Reading,
) -> f32 {
    let (a, a_marks) = marks::split(a_list);
    let (b, b_marks) = marks::split(b_list);
    // Summed in f64, where adding a sentence's few f32 weights is exact: the sums then do not
    // depend on the order of the term IDs, which follows the order the articles were given in,
    // so a score (and a tie between two look-alike sentences) is the same both ways round.
    let total = |terms: &[u32]| {
        terms
            .iter()
            .map(|&t| f64::from(weights[t as usize]))
            .sum::<f64>()
    };
    let (total_a, total_b) = (total(a), total(b));
    if total_a <= 0.0 || total_b <= 0.0 {
        return 0.0;
    }
    let mut matched = 0.0f64;
    let mut matched_terms = 0usize;
    // Terms of `a` without an exact match that may still meet a fuzzy partner, and the
    // positions of `b` already used: both usually empty, so nothing is allocated.
    let mut pending: Vec<u32> = Vec::new();
    let mut matched_b: Vec<usize> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() {
        if j < b.len() && b[j] < a[i] {
            j += 1;
        } else if j < b.len() && b[j] == a[i] {
            matched += f64::from(weights[a[i] as usize]);
            matched_terms += 1;
            if !fuzzy.of(a[i]).is_empty() {
                matched_b.push(j);
            }
            i += 1;
            j += 1;
        } else {
            if !fuzzy.of(a[i]).is_empty() {
                pending.push(a[i]);
            }
            i += 1;
        }
    }
    // Each unmatched term of `a` may take one unmatched fuzzy partner in `b`, the pairs adding
    // most first, ties by spelling: the same whichever sentence is `a`, whatever the IDs.
    if !pending.is_empty() {
        let rank = |term: u32| fuzzy.rank.get(term as usize).copied().unwrap_or(0);
        let spelling = |x: u32, y: u32| (rank(x).min(rank(y)), rank(x).max(rank(y)));
        let mut candidates = Vec::new();
        for &term in &pending {
            for &(partner, sim) in fuzzy.of(term) {
                if let Ok(position) = b.binary_search(&partner)
                    && !matched_b.contains(&position)
                {
                    let adds = sim * weights[term as usize].min(weights[partner as usize]);
                    candidates.push((adds, term, partner, position));
                }
            }
        }
        candidates.sort_unstable_by(|p, q| {
            q.0.total_cmp(&p.0)
                .then_with(|| spelling(p.1, p.2).cmp(&spelling(q.1, q.2)))
        });
        let mut used: Vec<u32> = Vec::new();
        for (adds, term, _, position) in candidates {
            if !used.contains(&term) && !matched_b.contains(&position) {
                used.push(term);
                matched_b.push(position);
                matched += f64::from(adds);
                matched_terms += 1;
            }
        }
    }
    if matched_terms < MIN_SHARED_TERMS.min(a.len()).min(b.len()) {
        return 0.0;
    }
    let Conflict { against, kept } = match reading {
        Reading::SameReport if a_marks.is_empty() && b_marks.is_empty() => {
            conflict((a, a_marks), (b, b_marks), weights, fuzzy)
        }
        Reading::SameReport => {
            let found = conflict((a, a_marks), (b, b_marks), weights, fuzzy);
            Conflict {
                against: found.against
                    + NEGATION_CONFLICT * negation_weight((a, a_marks), (b, b_marks), weights),
                ..found
            }
        }
        Reading::Shared => Conflict::NONE,
    };
    ((kept * (matched - against).max(0.0) / (total_a * total_b).sqrt()) as f32).clamp(0.0, 1.0)
}

/// What names and figures each side has and the other lacks say against a pair.
#[derive(Debug, Clone, Copy)]
struct Conflict {
    /// Weight taken off the matched weight.
    against: f64,
    /// Share of the score kept after that (1: nothing conflicts).
    kept: f64,
}

impl Conflict {
    const NONE: Conflict = Conflict {
        against: 0.0,
        kept: 1.0,
    };
}

/// The evidence against a pair from names and figures each side has and the other lacks: per
/// kind, the lighter side's unmatched weight times its factor is taken off; and when the
/// unmatched figures of both sides count the same thing ([`marks::COUNTS`]), only
/// [`SAME_QUANTITY_CONFLICT`] of the score is kept. Names are rare words (by the background
/// table) and words the sentence writes as names ([`marks::NAMED`]). Each side is given as its
/// terms and its marks ([`marks::split`]).
fn conflict(
    a: (&[u32], &[u32]),
    b: (&[u32], &[u32]),
    weights: &[f32],
    fuzzy: &FuzzyPartners,
) -> Conflict {
    // A side's unmatched (names, figures) weight: terms of those kinds not in the other side,
    // exactly or (names) through a fuzzy partner. One pass a side; the other side is read only
    // when the first has something unmatched (most aligned pairs have nothing).
    let unmatched = |(mine, my_marks): (&[u32], &[u32]), (theirs, _): (&[u32], &[u32])| {
        let held = |t: u32| {
            theirs.binary_search(&t).is_ok()
                || fuzzy
                    .of(t)
                    .iter()
                    .any(|&(p, _)| theirs.binary_search(&p).is_ok())
        };
        let mut sums = (0.0f64, 0.0f64);
        for &t in mine {
            let kind = fuzzy.kinds.get(t as usize).copied();
            if !matches!(kind, Some(TermKind::Name | TermKind::Number)) || held(t) {
                continue;
            }
            let w = f64::from(weights[t as usize]);
            if kind == Some(TermKind::Name) {
                sums.0 += w;
            } else {
                sums.1 += w;
            }
        }
        let prefix = |t: u32| fuzzy.prefixes[t as usize];
        for &mark in marks::named(my_marks) {
            let t = mark & !marks::NAMED;
            let opens_alike = |&o: &u32| prefix(o) != 0 && prefix(o) == prefix(t);
            if !held(t) && !theirs.iter().any(opens_alike) {
                sums.0 += f64::from(weights[t as usize]);
            }
        }
        sums
    };
    let (names_a, figures_a) = unmatched(a, b);
    if names_a == 0.0 && figures_a == 0.0 {
        return Conflict::NONE;
    }
    let (names_b, figures_b) = unmatched(b, a);
    let figures = figures_a.min(figures_b);
    let same_quantity = figures > 0.0 && fuzzy.one_quantity_differs(a.1, b.1);
    Conflict {
        against: NAME_CONFLICT * names_a.min(names_b) + FIGURE_CONFLICT * figures,
        kept: if same_quantity {
            SAME_QUANTITY_CONFLICT
        } else {
            1.0
        },
    }
}

impl FuzzyPartners {
    /// Whether each side, given by its marks, has a figure the other lacks of one word both
    /// count ("300 soldiers" / "120 soldiers"): a figure both give ("41 protesters" on each
    /// side) is no evidence, whatever else each side counts.
    fn one_quantity_differs(&self, a_marks: &[u32], b_marks: &[u32]) -> bool {
        let (a, b) = (marks::counts(a_marks), marks::counts(b_marks));
        // A sentence gives few figures: pairs of marks, nothing allocated.
        self.unmatched_counted(a, b)
            .any(|word| self.unmatched_counted(b, a).any(|other| other == word))
    }

    /// The words `mine`'s quantities count that `theirs` does not give the same figure of.
    fn unmatched_counted<'a>(
        &'a self,
        mine: &'a [u32],
        theirs: &'a [u32],
    ) -> impl Iterator<Item = u32> + 'a {
        mine.iter()
            .filter(|m| theirs.binary_search(m).is_err())
            .filter_map(|&m| self.counted.get((m & !marks::COUNTS) as usize).copied())
    }
}

/// The weight of the words one side negates and the other holds while negating nothing ("did
/// not resign" / "resigned"): a flip of what happened, whatever else the two share. When both
/// sides negate something, the negations are taken for one ("could not immediately be
/// reached" / "could not be reached": the word after the negator differs, the report does not).
fn negation_weight(a: (&[u32], &[u32]), b: (&[u32], &[u32]), weights: &[f32]) -> f64 {
    let (negated_a, negated_b) = (marks::negated(a.1), marks::negated(b.1));
    let (mine, theirs) = match (negated_a.is_empty(), negated_b.is_empty()) {
        (false, true) => (negated_a, b.0),
        (true, false) => (negated_b, a.0),
        _ => return 0.0,
    };
    mine.iter()
        .map(|&mark| mark & !marks::NEGATED)
        .filter(|term| theirs.binary_search(term).is_ok())
        .map(|term| f64::from(weights[term as usize]))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::super::terms::TermExtractor;
    use super::*;

    struct Fixture {
        extractor: TermExtractor,
        sentences: Vec<Vec<u32>>,
    }

    impl Fixture {
        fn new(sentences: &[&str]) -> Fixture {
            let mut extractor = TermExtractor::default();
            let sentences = sentences.iter().map(|s| extractor.terms(s)).collect();
            Fixture {
                extractor,
                sentences,
            }
        }

        fn read(&self, a: usize, b: usize, reading: Reading) -> f32 {
            let weights = term_weights(&self.extractor.vocabulary);
            let fuzzy = fuzzy_partners(&self.extractor.vocabulary);
            similarity(
                &self.sentences[a],
                &self.sentences[b],
                &weights,
                &fuzzy,
                reading,
            )
        }

        fn score(&self, a: usize, b: usize) -> f32 {
            self.read(a, b, Reading::SameReport)
        }

        fn shared(&self, a: usize, b: usize) -> f32 {
            self.read(a, b, Reading::Shared)
        }
    }

    #[test]
    fn names_and_figures_on_both_sides_count_against_the_same_report_only() {
        // Names are told by rarity (`align::weights::NAME_ZIPF`), so a common place name
        // ("Lagos", "Nairobi") is a word here: people's names are the cases that count today.
        let f = Fixture::new(&[
            "Police said Kolesnikova and 41 protesters were arrested on Tuesday.",
            "Police said Tsepkalo and 41 protesters were arrested on Tuesday.",
            "Police said Kolesnikova and 14 protesters were arrested on Tuesday.",
            "Police said Kolesnikova and 41 protesters were arrested on Tuesday after clashes.",
        ]);
        // Two people: far below the shared words' score.
        assert!(f.score(0, 1) < f.shared(0, 1) * 0.8, "{}", f.score(0, 1));
        // Two figures of the same thing: two accounts of one quantity, lowered to under half,
        // yet still above the default threshold (a disputed figure stays aligned).
        assert!(f.score(0, 2) < f.shared(0, 2) * 0.5, "{}", f.score(0, 2));
        assert!(f.score(0, 2) >= 0.2, "{}", f.score(0, 2));
        // Words one side adds are no conflict: the same either way.
        assert_eq!(f.score(0, 3), f.shared(0, 3));
    }

    #[test]
    fn words_written_as_names_count_against_only_as_names() {
        let f = Fixture::new(&[
            "Police in Lagos said 41 protesters were arrested after clashes.",
            "Police in Nairobi said 41 protesters were arrested after clashes.",
            "Police in lagos said 41 protesters were arrested after clashes.",
            "Police in nairobi said 41 protesters were arrested after clashes.",
        ]);
        // Two places in mid-sentence capitals: lowered below the shared words' score.
        assert!(f.score(0, 1) < f.shared(0, 1), "{}", f.score(0, 1));
        // The same words in lower case are words: no conflict.
        assert_eq!(f.score(2, 3), f.shared(2, 3));
    }

    #[test]
    fn a_negation_counts_against_only_when_one_side_negates_nothing() {
        let f = Fixture::new(&[
            "The minister resigned after the vote.",
            "The minister did not resign after the vote.",
            "The minister has not resigned after the vote.",
            "The minister could not immediately resign after the vote.",
        ]);
        assert!(f.score(0, 1) < f.shared(0, 1));
        assert_eq!(f.score(1, 2), f.shared(1, 2));
        // Both sides negate, a different word after the negator: one report.
        assert_eq!(f.score(1, 3), f.shared(1, 3));
    }

    #[test]
    fn identical_sentences_score_one_and_disjoint_zero() {
        let f = Fixture::new(&[
            "Flooding forced 3,000 families from their homes in Sindh.",
            "Flooding forced 3,000 families from their homes in Sindh.",
            "The central bank left interest rates unchanged.",
        ]);
        assert!((f.score(0, 1) - 1.0).abs() < 1e-6);
        assert_eq!(f.score(0, 2), 0.0);
    }

    #[test]
    fn paraphrase_outscores_a_sentence_on_the_same_topic() {
        let f = Fixture::new(&[
            "Russia's president promised Belarus military help against any external threat.",
            "The Russian president has pledged to help Belarus militarily if it faces an outside threat.",
            "Belarus's president met factory workers in the capital.",
            "Russia sent no troops.",
        ]);
        assert!(
            f.score(0, 1) > f.score(0, 2),
            "{} vs {}",
            f.score(0, 1),
            f.score(0, 2)
        );
        assert!(f.score(0, 1) > f.score(0, 3));
    }

    #[test]
    fn transliterated_names_match_fuzzily_but_numbers_do_not() {
        let f = Fixture::new(&[
            "Tikhanovskaya left for Vilnius.",
            "Tsikhanouskaya left for Vilnius.",
            "The crowd was 100,000 strong.",
            "The crowd was 10,000 strong.",
        ]);
        assert!(f.score(0, 1) > 0.9, "{}", f.score(0, 1));
        assert!(f.score(2, 3) < 0.9, "{}", f.score(2, 3));
    }

    #[test]
    fn scores_are_symmetric() {
        let f = Fixture::new(&[
            "Strike action spread to state TV, with staff walking out on Monday.",
            "Dozens of media workers protested Monday in front of the state television offices.",
            "Belarusian state television staff walked out on Monday.",
        ]);
        for (a, b) in [(0, 1), (0, 2), (1, 2)] {
            assert!((f.score(a, b) - f.score(b, a)).abs() < 1e-6);
        }
    }

    #[test]
    fn scores_are_symmetric_where_name_spellings_meet() {
        // Spellings of two names, fuzzy partners: with each side's heaviest words choosing
        // first, the first pair scored 0.185 one way round and 0.205 the other.
        let f = Fixture::new(&[
            "Lukashenko Minsk Tsikhanovskaya Tikhanovskaya.",
            "Belarusian Tsikhanouskaya Tsikhanouskaya Belarus Minsk.",
            "Lukashenkov Tikhanovskaya Tsikhanovskaya Tikhanovskaya Tsikhanovskaya.",
            "Lukashenka Lukashenko.",
            "Belarusian Lukashenkov Belarus protests.",
        ]);
        for a in 0..5 {
            for b in a + 1..5 {
                let (ab, ba) = (f.score(a, b), f.score(b, a));
                assert!(
                    (ab - ba).abs() < 1e-6,
                    "{a} / {b}: {ab} one way, {ba} the other"
                );
            }
        }
    }

    #[test]
    fn derived_forms_are_partners_but_short_stems_are_not() {
        let mut extractor = TermExtractor::default();
        let russia = extractor.terms("Russia")[0];
        let russian = extractor.terms("Russian")[0];
        let elect = extractor.terms("election")[0];
        let electr = extractor.terms("electric")[0];
        let fuzzy = fuzzy_partners(&extractor.vocabulary);
        assert_eq!(fuzzy.similarity(russia, russian), DERIVATION_SIMILARITY);
        assert_eq!(fuzzy.similarity(elect, electr), 0.0);
    }
}
