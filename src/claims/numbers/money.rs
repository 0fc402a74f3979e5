//! Money: takes the tokens around a figure and hands on its currency and what that does to the
//! figure's value. Before the figure: a symbol (`$`, `£`), a dollar with its country's letters
//! (`US$`, `A$`, `$US`, `US $`), or a code (`USD 750m`, `CHF1.2bn`, `Rs 500 crore`, `MSEK 450`).
//! After it: a currency word or phrase (`euros`, `Swiss francs`, `trillion won`), a code (`20
//! USD`, `30 MUSD`), a symbol as European copy writes it (`10 €`), a subunit (`19 cents`,
//! `218p`: a hundredth of the currency), a modifier (`a 12-cent dividend`) and the change a
//! spoken sum gives (`5 euros 50 cents`, `15 dollars and 50`). Kept apart from [`super::atom`],
//! which reads the number itself: which currency a sum is in is a question of its own, and its
//! word lists (`currency_*.txt`, `dollar_prefixes.txt`) are data.

use super::super::Currency;
use super::super::tokens::{Token, TokenKind};
use super::atom::Atom;
use super::spelled::cardinal_at;
use super::words::{
    CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_PREFIXES, Money, currency_code, phrases_at, word_of,
};
use super::words_at;
use crate::lexicon::{SCALE_WORDS, is_weight_change_word, is_weight_word};

/// The token at `k`, unless it is out of range or taken.
fn free<'t, 'a>(tokens: &'t [Token<'a>], taken: &[bool], k: usize) -> Option<&'t Token<'a>> {
    tokens
        .get(k)
        .filter(|_| !taken.get(k).copied().unwrap_or(true))
}

/// The currency written before a figure at `i`: where the figure itself starts, its currency,
/// and the scale a code carries (`MSEK 450` is 450 million). No currency: `(i, None, 1.0)`.
pub(super) fn currency_before(
    tokens: &[Token],
    taken: &[bool],
    i: usize,
) -> (usize, Option<Currency>, f64) {
    let at = |k: usize| free(tokens, taken, k);
    let dollar_prefix =
        |token: &Token| word_of(token).and_then(|word| DOLLAR_PREFIXES.get(&word).copied());
    let figure_at = |k: usize, glued_only: bool| {
        at(k).is_some_and(|t| (t.glued || !glued_only) && t.kind == TokenKind::Digits)
    };
    // A$5m, US $150m: the letters say whose dollar the `$` is. The `$` is looked at first: this
    // runs at every token, and reading the letters lower-cases them. Spaced only where the
    // letters cannot be a word of their own (`a $5m deal`).
    if let Some(dollar) = at(i + 1).filter(|t| t.is_symbol("$"))
        && at(i + 2).is_some_and(|t| t.glued || t.kind == TokenKind::Digits)
        && let Some(prefix) = at(i).and_then(dollar_prefix)
        && (dollar.glued || prefix.spaced)
        && let Some(code) = prefix.currency
    {
        return (i + 2, Some(code), 1.0);
    }
    if let Some(token) = at(i)
        && token.kind == TokenKind::Symbol
        && let Some(code) = CURRENCY_SYMBOLS.get(token.text).and_then(|m| m.currency)
    {
        // $US48m: the letters after the `$`.
        if let Some(prefix) = at(i + 1).filter(|t| t.glued)
            && let Some(code) = dollar_prefix(prefix)
                .and_then(|m| m.currency)
                .filter(|_| token.text == "$")
            && figure_at(i + 2, true)
        {
            return (i + 2, Some(code), 1.0);
        }
        // `$5m`, `$five`, and `$ 5m` as some copy spaces it (digits only then: `$ for`
        // names no sum); `$-4.2m`, its sign glued between (atom.rs reads it).
        let signed = at(i + 1).is_some_and(|t| t.glued && t.is_symbol("-\u{2212}"))
            && figure_at(i + 2, true);
        if signed
            || at(i + 1).is_some_and(|t| {
                (t.glued && t.kind == TokenKind::Word) || t.kind == TokenKind::Digits
            })
        {
            return (i + 1, Some(code), 1.0);
        }
    }
    // `euro22 billion`, `a euro500 fine`: AP writes the euro sign as a word. Spaced only before
    // a scale of millions (`euro 22 billion`): `Euro 2012` is a tournament.
    if let Some(figure) = at(i + 1).filter(|t| t.kind == TokenKind::Digits)
        && at(i).is_some_and(|t| t.text == "euro")
        && (figure.glued
            || at(i + 2).is_some_and(|t| {
                SCALE_WORDS
                    .get(&t.lower())
                    .is_some_and(|scale| scale.multiplier >= 1e6)
            }))
    {
        return (i + 1, Some(Currency::Eur), 1.0);
    }
    // USD 750 million, CHF1.2bn, Rs. 500 crore, MSEK 450; not in a line of capitals ("WE TRY 5
    // TIMES").
    let shouting = i > 0 && {
        let before = &tokens[i - 1];
        before.kind == TokenKind::Word
            && before.text.len() > 1
            && before.text.chars().all(|c| c.is_ascii_uppercase())
    };
    // The figure after is looked at before the code, which is read only then.
    let dot = usize::from(at(i + 1).is_some_and(|t| t.glued && t.is_symbol(".")));
    if figure_at(i + 1 + dot, false)
        && !shouting
        && let Some((code, scale)) = at(i).and_then(currency_code)
    {
        return (i + 1 + dot, Some(code), scale);
    }
    (i, None, 1.0)
}

/// What the words after a figure make of it: its currency, where its words end, and its value
/// as `value * scale + plus` (`19 cents` scales by 0.01, `75 USD million` by a million, `5 euros
/// 50 cents` adds 0.5).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct After {
    pub(super) currency: Option<Currency>,
    pub(super) end: usize,
    pub(super) scale: f64,
    pub(super) plus: f64,
}

/// The money the words after a figure make of it: `figure` is the number read so far (its value
/// `low`, `high`, ending at `figure.end`), `start` where its own words start, `before` the
/// currency written before it. `None`: the words after it are no currency.
pub(super) fn currency_after(
    tokens: &[Token],
    taken: &[bool],
    start: usize,
    figure: &Atom,
    before: Option<Currency>,
) -> Option<After> {
    let at = |k: usize| free(tokens, taken, k);
    let end = figure.end;
    if before.is_some() {
        // `$2.174T`: after a currency, a glued `T` is a trillion, as headlines write it (a
        // figure without one is tonnes: `a 40t truck`).
        let trillion = at(end).is_some_and(|t| t.glued && (t.is_word("t") || t.is_word("tn")));
        let end = end + usize::from(trillion);
        return (trillion || per_dozen(tokens, end) > end).then(|| After {
            currency: before,
            end: per_dozen(tokens, end),
            scale: if trillion { 1e12 } else { 1.0 },
            plus: 0.0,
        });
    }
    // `a 12-cent dividend`, `a 20-dollar bill`: the sum as a modifier (not `a 20-pound turkey`,
    // which weighs).
    if at(end).is_some_and(|t| t.is_symbol("-") && t.glued)
        && at(end + 1).is_some_and(|t| t.glued)
        && let Some((phrase, money, 1)) = phrases_at(tokens, taken, end + 1, &CURRENCY_WORDS).next()
        && !phrase.starts_with("pound")
        && !money.scaled
    {
        return Some(After {
            currency: money.currency,
            end: end + 2,
            scale: if money.hundredth { 0.01 } else { 1.0 },
            plus: 0.0,
        });
    }
    let (currency, mut after) = word_after(tokens, taken, start, figure)?;
    let mut scale = currency.1;
    // `75 USD million`: a code before its scale.
    if !figure.scaled
        && let Some(more) = at(after)
            .filter(|t| !t.glued)
            .and_then(|t| SCALE_WORDS.get(&t.lower()))
            .filter(|s| s.spaced && s.word)
    {
        scale *= more.multiplier;
        after += 1;
    }
    let mut plus = 0.0;
    // `5 euros 50 cents`, `thirteen dollars and forty-five cents`, `15 dollars 50.`: the change
    // of a spoken sum, in hundredths of its currency.
    if scale == 1.0
        && !figure.scaled
        && figure.low == figure.high
        && figure.low.fract() == 0.0
        && let Some((change, change_end)) = change_after(tokens, taken, after)
    {
        plus = change;
        after = change_end;
    }
    Some(After {
        currency: currency.0,
        end: per_dozen(tokens, after),
        scale,
        plus,
    })
}

/// Where a price's words end: after `a dozen` when it is priced by the dozen (`64.2 cents a
/// dozen`: no count of twelve), else at `end`.
fn per_dozen(tokens: &[Token], end: usize) -> usize {
    if words_at(tokens, end, &["a", "dozen"]) {
        end + 2
    } else {
        end
    }
}

/// The currency word, code or symbol right after the figure: its currency and its scale (0.01
/// for a subunit, a million for `MUSD`), and where it ends.
fn word_after(
    tokens: &[Token],
    taken: &[bool],
    start: usize,
    figure: &Atom,
) -> Option<((Option<Currency>, f64), usize)> {
    let at = |k: usize| free(tokens, taken, k);
    let end = figure.end;
    let next = at(end)?;
    if next.kind == TokenKind::Symbol {
        // `10 €`, `-15€`: a symbol after its figure, unless it stands before the next one
        // (`10 $5 bills`).
        // A list (`5 €, 10 €`, `10 $ 30 $`) writes it after each, and a sum its change after
        // it (`10 $ 30 cents`).
        let code = CURRENCY_SYMBOLS.get(next.text)?.currency?;
        let figure_follows = at(end + 1).is_some_and(|t| t.kind == TokenKind::Digits)
            && !at(end + 2).is_some_and(|t| {
                t.text == next.text
                    || word_of(t)
                        .is_some_and(|w| CURRENCY_WORDS.get(&w).is_some_and(|m| m.hundredth))
            });
        return (!figure_follows).then_some(((Some(code), 1.0), end + 1));
    }
    // A word glued to the digits after it is theirs (`3 USD50 cards`).
    if next.kind != TokenKind::Word
        || at(end + 1).is_some_and(|t| t.glued && t.kind == TokenKind::Digits)
    {
        return None;
    }
    if let Some((phrase, money, length)) = phrases_at(tokens, taken, end, &CURRENCY_WORDS)
        .find(|(_, money, _)| reads(money, next, figure))
    {
        let single = length == 1;
        // `50 Rand Paul supporters`, `in 5 Bucks County towns`: a capitalised word before
        // another is a name.
        let name = single
            && next.text.starts_with(char::is_uppercase)
            && !next.text.bytes().all(|b| b.is_ascii_uppercase())
            && at(end + 1).is_some_and(|t| t.text.starts_with(char::is_uppercase));
        let weight = phrase.starts_with("pound") && weighs(tokens, start, end, figure);
        if !name && !weight {
            let scale = if money.hundredth { 0.01 } else { 1.0 };
            return Some(((money.currency, scale), end + length));
        }
        return None;
    }
    let (code, scale) = currency_code(next)?;
    Some(((Some(code), scale), end + 1))
}

/// A currency word stands at `k` (`one dollar`), or glued by a hyphen after it (`a one-yen
/// bid`): the `one` before it is a sum, not a pronoun.
pub(super) fn names_currency(tokens: &[Token], taken: &[bool], k: usize) -> bool {
    let k = if tokens.get(k).is_some_and(|t| t.is_symbol("-") && t.glued) {
        k + 1
    } else {
        k
    };
    phrases_at(tokens, taken, k, &CURRENCY_WORDS).any(|(_, money, _)| !money.glued && !money.scaled)
}

/// Whether a currency word may be read after this figure: glued where it must be (`218p`),
/// after a scale where it must be (`6.6 trillion won`).
fn reads(money: &Money, word: &Token, figure: &Atom) -> bool {
    (!money.glued || word.glued) && (!money.scaled || figure.scaled)
}

/// `pounds` after the figure at `start..end` weighs something: `pounds of` ("5 pounds of
/// sugar"), or, without a scale (`20 million pounds` is money) nor a conversion into money after
/// it (`300,000 pounds ($380,000)`), a word of weight shortly before (`weighed 7 pounds`), or a
/// verb of losing or gaining before less than a thousand (`lost 20 pounds`; `lost 40,000
/// pounds` is money).
fn weighs(tokens: &[Token], start: usize, end: usize, figure: &Atom) -> bool {
    if words_at(tokens, end + 1, &["of"]) {
        return true;
    }
    if figure.scaled || converted(tokens, end + 1) {
        return false;
    }
    tokens[start.saturating_sub(6)..start].iter().any(|t| {
        word_of(t).is_some_and(|word| {
            is_weight_word(&word) || is_weight_change_word(&word) && figure.high < 1000.0
        })
    })
}

/// A conversion into money in brackets at `k`: `($380,000)`, `(about €350)`.
pub(super) fn converted(tokens: &[Token], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| t.is_symbol("("))
        && tokens
            .iter()
            .skip(k + 1)
            .take(3)
            .any(|t| t.kind == TokenKind::Symbol && CURRENCY_SYMBOLS.get(t.text).is_some())
}

/// The brackets opening at `k` hold a sum and nothing else: words only as part of it (a scale,
/// `US`, `about`), up to the closing bracket within a few tokens (`($143-billion)`, `(about
/// €350)`, `(US$2.5bn)`; not `($50 each)`).
pub(super) fn bracket_holds_a_sum_only(tokens: &[Token], k: usize) -> bool {
    const HEDGES: &[&str] = &[
        "about",
        "around",
        "some",
        "roughly",
        "nearly",
        "approximately",
        "almost",
        "over",
        "under",
        "us",
        "usd",
    ];
    let Some(close) = tokens
        .iter()
        .skip(k + 1)
        .take(8)
        .position(|t| t.is_symbol(")"))
        .map(|p| k + 1 + p)
    else {
        return false;
    };
    tokens[k + 1..close].iter().all(|t| {
        t.kind != TokenKind::Word || {
            let word = t.text.to_ascii_lowercase();
            HEDGES.contains(&word.as_str()) || SCALE_WORDS.get(&word).is_some()
        }
    })
}

/// The change after a sum in a currency word at `k` (`50 cents`, `and forty-five cents`, `50`
/// ending its clause), in hundredths of the currency, and where it ends. A whole number under a
/// hundred, in digits or words, then a subunit or the clause's end; read here without
/// [`super::atom::atom_at`], which would look for the change's own change and so read every
/// sum of a list (`5 dollars 5 dollars ...`) from each one.
fn change_after(tokens: &[Token], taken: &[bool], k: usize) -> Option<(f64, usize)> {
    let k = if tokens.get(k).is_some_and(|t| t.is_word("and")) {
        k + 1
    } else {
        k
    };
    let token = free(tokens, taken, k)?;
    let (value, end) = if token.kind == TokenKind::Digits {
        let digits = token.text.len() <= 2 && token.text.bytes().all(|b| b.is_ascii_digit());
        (
            digits.then(|| token.text.parse::<f64>().ok()).flatten()?,
            k + 1,
        )
    } else {
        let (value, length) = cardinal_at(tokens, taken, k)?;
        (value, k + length)
    };
    if value.fract() != 0.0 || value >= 100.0 {
        return None;
    }
    // `50 cents`: the subunit says what the number is.
    let subunit = free(tokens, taken, end).and_then(|word| {
        phrases_at(tokens, taken, end, &CURRENCY_WORDS)
            .find(|(_, money, _)| money.hundredth && !money.scaled && (!money.glued || word.glued))
    });
    if let Some((_, _, length)) = subunit {
        return Some((value / 100.0, end + length));
    }
    // `15 dollars 50.`: the change, when nothing follows in its clause.
    let ends_clause = tokens.get(end).is_none_or(|t| t.is_symbol(".,;!?)"));
    ends_clause.then_some((value / 100.0, end))
}

#[cfg(test)]
mod tests {
    use crate::claims::extract_sentence;

    /// A list of sums (`5 dollars 5 dollars ...`, as a price table pasted as one sentence) is
    /// read sum by sum: looking for a sum's change must not read the whole rest of the list,
    /// which made every figure cost the length of the sentence and overflowed the stack.
    #[test]
    fn a_long_list_of_sums_is_read_without_recursion() {
        let sentence = "5 dollars ".repeat(3000);
        let claims = extract_sentence(&sentence, None);
        assert_eq!(claims.len(), 3000);
    }
}
