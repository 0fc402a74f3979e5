//! Tally span: takes a sentence's tokens and hands on whether the counts it gives are a running
//! total over several days ("over 50 arrests have been made *over four nights* of protesting")
//! or one day's ("46 were arrested *Wednesday* night", "*overnight*"), or neither or both.
//!
//! Why: coverage of unrest or a disaster gives the night's count and the running total side by
//! side, often in the same words ("46 arrests", "over 50 arrests"); paired, they make a false
//! divergence, and grouped with other outlets they chain one night's count to the total. Read
//! once per sentence (a sentence's counts share its span), a few lookups a token.

use std::borrow::Cow;

use crate::claims::tokens::{Token, TokenKind};
use crate::lexicon::{
    is_determiner, is_not_weekday_opener, is_number_word, is_one_day_word, is_tally_span_filler,
    is_tally_span_opener, is_tally_span_unit, is_weekday,
};

/// Most words between a span's opener and its length ("over *the past* four nights").
const FILLERS: usize = 2;

/// What stretch of time a sentence's counts cover, when the sentence says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TallySpan {
    /// One day or night: a weekday ("on Wednesday night") or a word for one ("overnight").
    OneDay,
    /// Several days: a running total ("over four nights", "in the past three days").
    SeveralDays,
}

/// The span the sentence's counts cover: `None` when it names neither, or both ("in three days
/// of rioting, 120 were arrested, 46 on Wednesday night" gives a total and a night's count).
pub(super) fn tally_span(tokens: &[Token], lower: &[Cow<str>]) -> Option<TallySpan> {
    let word = |k: usize| tokens[k].kind == TokenKind::Word;
    let one_day = (0..tokens.len()).any(|k| {
        word(k)
            && (is_one_day_word(&lower[k])
                || (is_weekday(&lower[k])
                    && !k
                        .checked_sub(1)
                        .is_some_and(|j| is_not_weekday_opener(&lower[j]) || lower[j] == "since")))
    });
    let several = (0..tokens.len())
        .any(|k| word(k) && is_tally_span_unit(&lower[k]) && { several_before(tokens, lower, k) });
    match (one_day, several) {
        (true, false) => Some(TallySpan::OneDay),
        (false, true) => Some(TallySpan::SeveralDays),
        _ => None,
    }
}

/// The unit at `unit` is a span's length after its opener: a number of more than one right
/// before it ("four", "3"), and an opener before that with at most [`FILLERS`] words between.
fn several_before(tokens: &[Token], lower: &[Cow<str>], unit: usize) -> bool {
    let Some(number) = unit.checked_sub(1) else {
        return false;
    };
    let is_number = match tokens[number].kind {
        TokenKind::Digits => tokens[number].text.parse::<u32>().is_ok_and(|n| n > 1),
        TokenKind::Word => is_number_word(&lower[number]) && lower[number] != "one",
        TokenKind::Symbol => false,
    };
    if !is_number {
        return false;
    }
    (1..=FILLERS + 1)
        .map_while(|back| number.checked_sub(back))
        .take_while(|&k| tokens[k].kind == TokenKind::Word)
        .scan(true, |fillers_so_far, k| {
            // Only fillers may stand between the opener and the number.
            let ok = *fillers_so_far;
            *fillers_so_far = ok && (is_tally_span_filler(&lower[k]) || is_determiner(&lower[k]));
            ok.then_some(k)
        })
        .any(|k| is_tally_span_opener(&lower[k]))
}

/// Whether two counts' spans can be one count's: a running total is never one day's count.
pub fn tally_spans_fit(a: Option<TallySpan>, b: Option<TallySpan>) -> bool {
    !matches!(
        (a, b),
        (Some(TallySpan::OneDay), Some(TallySpan::SeveralDays))
            | (Some(TallySpan::SeveralDays), Some(TallySpan::OneDay))
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::tokens::tokenize;

    fn span(sentence: &str) -> Option<TallySpan> {
        let tokens = tokenize(sentence);
        let lower: Vec<Cow<str>> = tokens.iter().map(Token::lower_cow).collect();
        tally_span(&tokens, &lower)
    }

    #[test]
    fn a_running_total_over_several_days() {
        for sentence in [
            "Since the shooting, over 50 arrests have been made over four nights of protesting.",
            "Police said 64 people had been arrested in three days of rioting.",
            "More than 200 people have been detained over the past two weeks.",
            "At least 31 people were killed during 10 days of fighting.",
        ] {
            assert_eq!(span(sentence), Some(TallySpan::SeveralDays), "{sentence}");
        }
    }

    #[test]
    fn one_days_count() {
        for sentence in [
            "At least 46 demonstrators were arrested on Wednesday night.",
            "46 were arrested overnight, police said.",
            "Police made 12 arrests on Saturday after four nights of protests.",
        ] {
            assert_eq!(span(sentence), Some(TallySpan::OneDay), "{sentence}");
        }
    }

    #[test]
    fn neither_or_both_say_nothing() {
        for sentence in [
            "By the end 46 people had been arrested.",
            "In three days of rioting 120 were arrested, 46 of them on Wednesday night.",
            "Over 50 arrests have been made since Monday.",
            "The strike lasted three days.",
            "In one day 46 were arrested.",
            "Over days of protests dozens were held.",
        ] {
            assert_eq!(span(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn a_total_and_a_days_count_do_not_fit() {
        use TallySpan::{OneDay, SeveralDays};
        assert!(!tally_spans_fit(Some(OneDay), Some(SeveralDays)));
        assert!(!tally_spans_fit(Some(SeveralDays), Some(OneDay)));
        assert!(tally_spans_fit(Some(SeveralDays), Some(SeveralDays)));
        assert!(tally_spans_fit(None, Some(OneDay)));
        assert!(tally_spans_fit(None, None));
    }
}
