//! Qualifiers and direction: what the words around a figure do to its claim. Takes tokens and
//! a figure's bounds; hands on the [`Qualifier`] written before it (`more than`, `>=`, `~`) or
//! after it (`or more`, `or so`), the bounds once a qualifier applies ("more than 100,000" opens
//! the top), and the direction of a change written before it ("rose 2%", "slashed prices 20%")
//! or after it ("closed 0.5% lower", "a 3% rise"). The phrases are the lexicon's
//! `qualifiers.txt` and `trailing_qualifiers.txt`, read by [`super::words`]; the words of change
//! are `up_words.txt`, `down_words.txt` and `change_after.txt`. A figure that restates the one
//! before it (`shed 240 points, or 0.8%`) takes its direction and qualifier in [`super::restated`].

use super::super::tokens::{Token, TokenKind};
use super::super::{Direction, Exactness, Unit};
use super::atom::atom_at;
use super::words::{CHANGE_AFTER, QUALIFIERS, TRAILING_QUALIFIERS, phrases_at, word_of};
use super::words_at;
use crate::lexicon::{
    is_change_filler, is_contest_noun, is_down_word, is_fundraising_verb, is_measure_noun,
    is_noun_stop, is_of_determiner, is_pace_noun, is_up_reverser, is_up_word,
};

/// What a qualifier claims of the figure it qualifies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumString)]
#[strum(serialize_all = "snake_case")]
pub(super) enum Qualifier {
    Lower,
    Upper,
    Approximate,
    /// A lower bound that stays near the figure: "just over 4 minutes".
    NearLower,
    /// An upper bound that stays near the figure: "just under 30%".
    NearUpper,
}

/// How far a near bound reaches past its figure: the share of it an approximation allows in
/// comparisons (`APPROXIMATE_TOLERANCE` of compare/verdict.rs), so "just over 4 minutes" is 4 to
/// 4.4 and never 10.
pub(super) const NEAR: f64 = 0.1;

/// The qualifier written right before the figure at `i` and how many tokens it takes: a phrase of
/// `qualifiers.txt` ("more than", "less than or equal to") or a comparison sign (`>`, `>=`,
/// `< =`, `≤`, `~`). A sign glued after `=`, `-` or another sign is no comparison (`=>`, `<>`,
/// `->`).
pub(super) fn leading_qualifier(
    tokens: &[Token],
    taken: &[bool],
    i: usize,
) -> Option<(Qualifier, usize)> {
    if let Some((_, &kind, length)) = phrases_at(tokens, taken, i, &QUALIFIERS).next() {
        return Some((kind, length));
    }
    let sign = tokens.get(i).filter(|t| t.kind == TokenKind::Symbol)?;
    let kind = match sign.text {
        "<" | "\u{2264}" => Qualifier::Upper,
        ">" | "\u{2265}" => Qualifier::Lower,
        "~" | "\u{2248}" => Qualifier::Approximate,
        _ => return None,
    };
    let glued_to_sign = i > 0 && sign.glued && tokens[i - 1].is_symbol("=<>-~");
    if glued_to_sign || taken[i] {
        return None;
    }
    // `>=` and `< =`: the `=` belongs to the sign.
    let equals = tokens
        .get(i + 1)
        .is_some_and(|t| t.is_symbol("=") && matches!(sign.text, "<" | ">"));
    let length = 1 + usize::from(equals);
    // `<>30` compares nothing.
    if tokens.get(i + length).is_some_and(|t| t.is_symbol("<>")) {
        return None;
    }
    Some((kind, length))
}

/// A qualifier written after the number ("or more", "-plus", "or so", "and over") and how many
/// tokens it takes; none where a figure follows it, alone or after `than` or `to` ("equal to
/// 5,000 or less than 6,000", "above a quarter and below a half": the second figure has its own
/// qualifier). A `than` ending the sentence is the phrase's ("his score is 200 or greater than").
pub(super) fn trailing_qualifier(
    tokens: &[Token],
    taken: &[bool],
    end: usize,
) -> Option<(Qualifier, usize)> {
    // "a 300-plus crowd": the hyphen is glued, which a phrase of the list cannot say.
    let (kind, length) = if words_at(tokens, end, &["-", "plus"]) {
        (Qualifier::Lower, 2)
    } else {
        let (_, &kind, length) = phrases_at(tokens, taken, end, &TRAILING_QUALIFIERS).next()?;
        (kind, length)
    };
    let after = end + length;
    let figure_at = |k: usize| atom_at(tokens, taken, k).is_some();
    let figure_follows = figure_at(after)
        || tokens
            .get(after)
            .is_some_and(|t| (t.is_word("than") || t.is_word("to")) && figure_at(after + 1))
        || (end + 1..after).any(|k| {
            leading_qualifier(tokens, taken, k).is_some_and(|(_, length)| figure_at(k + length))
        });
    (!figure_follows).then_some((kind, length))
}

/// The direction a word of change gives: up, down, or none. Not the end of a hyphenated
/// modifier (`an eyebrow-raising 40,570`, `cost-cutting`); `up` after `gave` is a fall of a
/// share, a sum or an index (`the Nasdaq gave up 1.2%`), but a measure given up is conceded, not
/// fallen (`the Colts gave up 507 yards`, the Chiefs' `gained 507 yards`): no direction then.
fn change_word(tokens: &[Token], k: usize) -> Option<Direction> {
    change_word_of(tokens, k, Unit::Count)
}

/// [`change_word`] for a figure of `unit`.
fn change_word_of(tokens: &[Token], k: usize, unit: Unit) -> Option<Direction> {
    let token = &tokens[k];
    if token.glued && k > 0 && tokens[k - 1].is_symbol("-") {
        return None;
    }
    let word = word_of(token)?;
    let given_up =
        word == "up" && k > 0 && word_of(&tokens[k - 1]).is_some_and(|w| is_up_reverser(&w));
    if given_up {
        (!matches!(unit, Unit::Measure(_))).then_some(Direction::Down)
    } else if is_up_word(&word) {
        Some(Direction::Up)
    } else if is_down_word(&word) {
        Some(Direction::Down)
    } else {
        None
    }
}

/// The direction of a change stated just before a number: "rose 19 cents", "fell by 3%", "a
/// drop of 2,000 jobs", "closed higher by 2%", and for a share or a sum after the object of its
/// verb: "slashed prices 20%", "raised its forecast by $2bn". A number after "to" or "at" is a
/// level, not a change ("lifted rates to 5.25%").
pub(super) fn direction_before(tokens: &[Token], start: usize, unit: Unit) -> Option<Direction> {
    // "jumped 8.32m to win gold": a mark, no rise.
    if matches!(unit, Unit::Measure(_)) && super::finance::athletic_mark(tokens, start) {
        return None;
    }
    // "raised rates by a quarter", "cut its forecast by 2%", "reduced the risk of death by 27%":
    // the verb may sit before an object of up to seven words.
    if start >= 1 && tokens[start - 1].is_word("by") {
        let verb = (start.saturating_sub(9)..start - 1)
            .rev()
            .take_while(|&k| tokens[k].kind == TokenKind::Word && !tokens[k].is_word("to"))
            .find_map(|k| {
                // "closed higher by 2%": a word of change after a figure only right before `by`
                // ("less than half were hit by 20%" moves nothing).
                change_word_of(tokens, k, unit).or_else(|| {
                    (k + 2 == start)
                        .then(|| word_of(&tokens[k]))
                        .flatten()
                        .and_then(|w| CHANGE_AFTER.get(&w).copied())
                })
            });
        if verb.is_some() {
            return verb;
        }
    }
    if matches!(unit, Unit::Percent | Unit::PercentagePoints)
        && let Some(direction) = pace_of_change(tokens, start)
    {
        return Some(direction);
    }
    let mut k = start;
    for _ in 0..3 {
        k = k.checked_sub(1)?;
        let token = &tokens[k];
        if token.is_word("to") || token.is_word("at") || token.kind != TokenKind::Word {
            return None;
        }
        if is_change_filler(&token.lower()) {
            continue;
        }
        if let Some(direction) = change_word_of(tokens, k, unit) {
            return Some(direction);
        }
        return after_object(tokens, k + 1, unit);
    }
    None
}

/// "grew at a 4.9% annualized rate", "expanded at an annual rate of 2.1%", "grew at a slower pace
/// of 0.3%": a verb of change, `at a` and the figure (or a noun of pace, `pace_nouns.txt`, up to
/// two words after `a`, then `of`) give the pace of the change, which the verb moves; elsewhere
/// `at` opens a level held ("kept its rate at 5.25%").
fn pace_of_change(tokens: &[Token], start: usize) -> Option<Direction> {
    let mut k = start;
    if k >= 2
        && tokens[k - 1].is_word("of")
        && word_of(&tokens[k - 2]).is_some_and(|w| is_pace_noun(&w))
    {
        k -= 2;
        for _ in 0..2 {
            let word = k > 0 && tokens[k - 1].kind == TokenKind::Word;
            if !word || tokens[k - 1].is_word("a") || tokens[k - 1].is_word("an") {
                break;
            }
            k -= 1;
        }
    }
    let article = k >= 3 && (tokens[k - 1].is_word("a") || tokens[k - 1].is_word("an"));
    (article && tokens[k - 2].is_word("at"))
        .then(|| change_word(tokens, k - 3))
        .flatten()
}

/// "slashed prices 20%", "cut its forecast 2%", "fell a sharp 5%": a verb of change before a short
/// object (or an adjective) and a share or a sum. Up to two lower-case words stand between, none
/// a function word but a determiner (`its`, `the`); only for shares and sums, as a count or a span
/// of time after an object is rarely the change ("lost his job 3 years ago").
fn after_object(tokens: &[Token], end: usize, unit: Unit) -> Option<Direction> {
    if !matches!(
        unit,
        Unit::Percent | Unit::PercentagePoints | Unit::Money(_)
    ) {
        return None;
    }
    let mut k = end;
    // Two words of object at most, then the verb.
    for _ in 0..3 {
        k = k.checked_sub(1)?;
        let token = &tokens[k];
        if let Some(direction) = change_word(tokens, k).filter(|_| k + 1 < end) {
            return Some(direction);
        }
        let word = word_of(token)?;
        let lower_case = token.text.starts_with(|c: char| c.is_lowercase());
        // A verb form is no object ("ended up raising about $200,000").
        let verb_form = word.ends_with("ed") || word.ends_with("ing");
        if !lower_case || verb_form || (is_noun_stop(&word) && !is_of_determiner(&word)) {
            return None;
        }
    }
    None
}

/// The direction stated right after a figure and its unit: "closed 0.5% lower", "was 8% higher
/// than a year ago", "closed 240 points lower" (past a count's noun), and a noun of change after
/// a determiner and a share or a sum: "a 3% rise", "the $2bn cut". The word must end the phrase
/// (`3,000 higher education students`, `30 lower-income families` describe, they do not move), and
/// `from` after it makes the figure a level ("3% up from 2%": an earlier level follows).
pub(super) fn direction_after(
    tokens: &[Token],
    start: usize,
    end: usize,
    unit: Unit,
) -> Option<Direction> {
    let ends_phrase = |k: usize| {
        tokens.get(k).is_none_or(|t| {
            !(t.glued && t.is_symbol("-") || t.is_word("from"))
                && (t.kind == TokenKind::Symbol || word_of(t).is_some_and(|w| is_noun_stop(&w)))
        })
    };
    let after_word = |k: usize| {
        word_of(tokens.get(k)?)
            .and_then(|word| CHANGE_AFTER.get(&word).copied())
            .filter(|_| ends_phrase(k + 1))
    };
    let share_or_sum = matches!(
        unit,
        Unit::Percent | Unit::PercentagePoints | Unit::Money(_)
    );
    if share_or_sum && let Some(direction) = after_word(end) {
        return Some(direction);
    }
    // "closed 240 points lower": past the unit a count names ("8 million signed up" is a verb).
    let measure = tokens
        .get(end)
        .and_then(word_of)
        .is_some_and(|w| is_measure_noun(&w));
    if unit == Unit::Count && measure {
        return after_word(end + 1);
    }
    // A noun of change, not a participle ("the $37 million raised by").
    let determiner = start > 0 && word_of(&tokens[start - 1]).is_some_and(|w| is_of_determiner(&w));
    let noun = tokens
        .get(end)
        .and_then(word_of)
        .is_some_and(|w| !w.ends_with("ed") && !w.ends_with("ing"));
    (share_or_sum && determiner && noun)
        .then(|| change_word(tokens, end))
        .flatten()
}

/// A word of change that moves nothing: "the campaign raised $33 million" collects a sum (a verb
/// of `fundraising_verbs.txt` right before it, or before its qualifier), and "the Lakers lost 14
/// games" is a contest's tally (a noun of `contest_nouns.txt` counted), unless `by` makes it a
/// margin that moved ("the lead shrank by 3 games").
pub(super) fn moves_nothing(
    tokens: &[Token],
    start: usize,
    unit: Unit,
    noun: Option<&str>,
) -> bool {
    let before = start.checked_sub(1).map(|k| &tokens[k]);
    let fundraising = matches!(unit, Unit::Money(_))
        && before
            .and_then(word_of)
            .is_some_and(|w| is_fundraising_verb(&w));
    let counted = noun.and_then(|n| n.rsplit(' ').next());
    let tally = unit == Unit::Count
        && counted.is_some_and(is_contest_noun)
        && !before.is_some_and(|t| t.is_word("by"));
    fundraising || tally
}

/// What a qualifier does to the figure: a lower bound opens it above, an upper bound below (a near
/// bound closes it again a tenth of the figure away), an approximation widens an exact figure (a
/// range stays a range).
pub(super) fn apply_qualifier(
    qualifier: Option<Qualifier>,
    exactness: &mut Exactness,
    low: &mut Option<f64>,
    high: &mut Option<f64>,
) {
    match qualifier {
        Some(Qualifier::Lower) => {
            *exactness = Exactness::LowerBound;
            *high = None;
        }
        Some(Qualifier::Upper) => {
            *exactness = Exactness::UpperBound;
            *low = None;
        }
        Some(Qualifier::NearLower) => {
            *exactness = Exactness::LowerBound;
            *high = low.map(|low| low + low.abs() * NEAR);
        }
        Some(Qualifier::NearUpper) => {
            *exactness = Exactness::UpperBound;
            *low = high.map(|high| high - high.abs() * NEAR);
        }
        Some(Qualifier::Approximate) if *exactness != Exactness::Range => {
            *exactness = Exactness::Approximate;
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::extract_sentence;

    /// The interval a phrase's one figure allows.
    fn interval(phrase: &str) -> (Option<f64>, Option<f64>) {
        let claims = extract_sentence(phrase, None);
        let quantity = claims[0].quantity().expect("a figure");
        (quantity.low, quantity.high)
    }

    #[test]
    fn a_near_bound_stays_within_a_tenth_of_its_figure() {
        let (low, high) = interval("Luck scored with just over four minutes to play.");
        assert_eq!(low, Some(4.0));
        assert!(high.is_some_and(|high| (high - 4.4).abs() < 1e-9));
        let (low, high) = interval("Turnout was just under 30 percent.");
        assert!(low.is_some_and(|low| (low - 27.0).abs() < 1e-9));
        assert_eq!(high, Some(30.0));
        // Plain bounds stay open.
        assert_eq!(
            interval("Turnout was under 30 percent."),
            (None, Some(30.0))
        );
        assert_eq!(interval("Over 2,000 troops crossed."), (Some(2000.0), None));
    }
}
