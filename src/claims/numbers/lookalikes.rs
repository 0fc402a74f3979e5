//! Look-alikes: takes a sentence's tokens and marks the digits that only look like quantities
//! (versions, names with digits, times, decades, references and labels, phone numbers, sports
//! scores, house numbers and ZIP codes, modifiers that name a kind, seasons, figures that are
//! names such as `9/11`) as taken, so the number reader never starts on them. Kept apart from
//! reading because refusing is a different question from reading: "is this a quantity at all?".
//! Web addresses and markup are [`super::markup`]'s.

use std::borrow::Cow;

use super::super::tokens::{Token, TokenKind};
use super::atom::{parse_digits, scale_of};
use super::spelled::cardinal_at;
use super::words::{QUALIFIERS, phrases_at};
use crate::lexicon::{
    EventClass, SCALE_WORDS, is_clock_word, is_count_noun, is_kind_modifier, is_label_word,
    is_named_figure, is_noun_stop, is_number_prefix, is_number_word, is_people_noun,
    is_reference_abbreviation, is_reference_word, is_sports_word, is_state_code, is_street_word,
    is_time_zone,
};

/// Marks tokens that look numeric but are not quantities, so nothing reads them.
pub(super) fn mark_excluded(tokens: &[Token], taken: &mut [bool]) {
    // Lower-cased only where a token has capitals: this runs over every token.
    let lower: Vec<Cow<str>> = tokens.iter().map(Token::lower_cow).collect();
    let word_at = |k: usize| lower.get(k).map(Cow::as_ref).unwrap_or("");
    for i in 0..tokens.len() {
        if taken[i] {
            continue;
        }
        if let Some(end) = odds(tokens, taken, &lower, i) {
            taken[i..end].fill(true);
            continue;
        }
        if tokens[i].kind == TokenKind::Word {
            if is_number_word(word_at(i)) && names_no_amount(tokens, &lower, i) {
                taken[i] = true;
            }
            continue;
        }
        if tokens[i].kind != TokenKind::Digits {
            continue;
        }
        if let Some(end) = named_figure(tokens, &lower, i)
            .or_else(|| house_number(tokens, taken, i))
            .or_else(|| zip_code(tokens, i))
        {
            taken[i..end].fill(true);
            continue;
        }
        if let Some(end) = super::finance::filing_code(tokens, &lower, i)
            .or_else(|| super::finance::model_number(tokens, taken, i))
        {
            taken[i..end].fill(true);
            continue;
        }
        if names_no_amount(tokens, &lower, i)
            || second_year_of_season(tokens, i)
            || part_number(tokens, i)
        {
            taken[i] = true;
            continue;
        }
        let token = &tokens[i];
        let next = tokens.get(i + 1);
        let previous = i.checked_sub(1).map(|p| &tokens[p]);
        // Version numbers: 2.4.1; and a model's or version's decimals: X5.40, V2.0 (the word
        // before the point holds digits of its own).
        let code_decimals = token.glued
            && i >= 2
            && tokens[i - 1].is_symbol(".")
            && tokens[i - 1].glued
            && tokens[i - 2].kind == TokenKind::Word
            && tokens[i - 2].text.contains(|c: char| c.is_ascii_digit());
        if token.text.matches('.').count() > 1 || code_decimals {
            taken[i] = true;
            continue;
        }
        // Names with digits: Covid-19, F-16, MiG-29; a unit's exponent after a minus sign
        // (`fb−1`, `km−2`); not after a scale glued to digits, which ends the first figure of a
        // range (5k-20k, 3m-4m).
        let scale_before = i >= 3
            && tokens[i - 2].glued
            && tokens[i - 3].kind == TokenKind::Digits
            && SCALE_WORDS
                .get(word_at(i - 2))
                .is_some_and(|scale| scale.glued);
        if token.glued
            && previous.is_some_and(|p| p.is_symbol("-\u{2212}"))
            && i >= 2
            && tokens[i - 2].kind == TokenKind::Word
            && !scale_before
            && tokens[i - 1].glued
            && crate::lexicon::event_class(word_at(i - 2)).is_none()
            && !is_number_prefix(word_at(i - 2))
            && !headline_toll(tokens, &lower, i)
        {
            taken[i] = true;
            continue;
        }
        // Names of network generations: 4G, 5G (named as G7 is); `5g` is five grams.
        if next.is_some_and(|n| n.glued && n.text == "G") {
            taken[i..i + 2].fill(true);
            continue;
        }
        // Times: 9:45, 9.30pm, 9pm, 6 a.m., and `7p ET` as US listings write it (not pence).
        let time_follows = next.is_some_and(|n| {
            (n.is_symbol(":")
                && n.glued
                && tokens
                    .get(i + 2)
                    .is_some_and(|m| m.kind == TokenKind::Digits))
                || is_clock_word(&n.lower())
                || (n.is_word("hrs") && is_24_hour_time(token.text))
                || (matches!(n.lower().as_str(), "a" | "p")
                    && tokens
                        .get(i + 2)
                        .is_some_and(|d| d.is_symbol(".") && d.glued)
                    && tokens.get(i + 3).is_some_and(|m| m.is_word("m")))
                || (n.glued
                    && matches!(n.text, "a" | "p")
                    && tokens.get(i + 2).is_some_and(|z| is_time_zone(&z.lower())))
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
            is_reference_word(&p.lower())
                || (p.is_symbol(".") && i >= 2 && is_reference_abbreviation(word_at(i - 2)))
                || p.is_symbol("#")
        });
        let label_before = previous.is_some_and(|p| {
            is_label_word(&p.lower())
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
        // `.08`: the decimals of a figure written without its zero (notation.rs).
        let decimals = token.glued && previous.is_some_and(|p| p.is_symbol("."));
        let leading_zero = token.text.starts_with('0')
            && token.text[1..].starts_with(|c: char| c.is_ascii_digit())
            && !continues_thousands
            && !decimals;
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
        // Scores: won 2-1, a 3-0 win; tallies: voted 51-49, ruled 6-3.
        if let (Some(dash), Some(other)) = (next, tokens.get(i + 2))
            && dash.is_symbol("-\u{2013}")
            && dash.glued
            && other.glued
            && other.kind == TokenKind::Digits
            && token.text.len() <= 3
            && other.text.len() <= 3
        {
            let window = i.saturating_sub(4)..(i + 6).min(tokens.len());
            let short = token.text.len() <= 2 && other.text.len() <= 2;
            // Written high to low ("a 124-118 win", "voted 51-49", "24-7"), the pair is no range,
            // which news writes low to high, and no fall, which opens with `from`; unless the
            // first is negative ("-78-0 degrees").
            let signed = i > 0 && token.glued && tokens[i - 1].is_symbol("-\u{2212}");
            if !signed && is_high_low(token.text, other.text)
                || short && window.clone().any(|k| is_sports_word(word_at(k)))
                || super::finance::next_set_score(tokens, taken, i)
                || super::finance::sprint_name(tokens, i)
            {
                taken[i..i + 3].fill(true);
            }
        }
    }
}

/// Two whole numbers written high to low ("124-118", "51-49").
fn is_high_low(first: &str, second: &str) -> bool {
    matches!(
        (first.parse::<u16>(), second.parse::<u16>()),
        (Ok(high), Ok(low)) if high > low
    )
}

/// `100 000` and `1 250 000`: a group of 1-3 digits then groups of exactly 3.
pub(super) fn looks_like_space_thousands(group: &[Token]) -> bool {
    let digits: Vec<&Token> = group
        .iter()
        .filter(|t| t.kind == TokenKind::Digits)
        .collect();
    digits.len() == group.len()
        && digits[0].text.len() <= 3
        && !digits[0].text.starts_with('0')
        && digits[1..].iter().enumerate().all(|(k, t)| {
            (t.text.len() == 3 && t.text.chars().all(|c| c.is_ascii_digit()))
                // `1 234 567.89`: the last group may carry the decimals.
                || (k + 2 == digits.len() && super::notation::last_thousands_group(t).is_some())
        })
        && digits[0].text.chars().all(|c| c.is_ascii_digit())
}

/// The bare figure at `i` ends its phrase: no digits run on after a separator ("12,500") and no
/// word it could count follows ("district 12 of Minsk", "district 12, police said").
pub(super) fn counts_nothing(tokens: &[Token], i: usize) -> bool {
    match tokens.get(i + 1) {
        None => true,
        Some(next) if next.kind == TokenKind::Symbol => !tokens
            .get(i + 2)
            .is_some_and(|after| next.glued && after.glued && after.kind == TokenKind::Digits),
        Some(next) if next.kind == TokenKind::Word => is_noun_stop(&next.lower()),
        Some(_) => false,
    }
}

/// The number (digits or words) at `i` names no amount: a modifier naming a kind (`an
/// eight-speed gearbox`, `a 4-bed house`, `a two-time champion`; by a number under a hundred),
/// a place in a ranking that counts nothing (`finish in the top four`; `the top 10 banks` and
/// `the top 1%` count), or a name after a reference word (`Formula One`).
fn names_no_amount(tokens: &[Token], lower: &[Cow<str>], i: usize) -> bool {
    let word_at = |k: usize| lower.get(k).map(Cow::as_ref).unwrap_or("");
    // A kind is named by a small number: `a 1,000-bed hospital` and `a 60,000-seater stadium`
    // state their size.
    let small = tokens[i].kind == TokenKind::Word
        || parse_digits(tokens[i].text).is_some_and(|v| v < 100.0);
    let modifier = small
        && tokens
            .get(i + 1)
            .is_some_and(|t| t.is_symbol("-") && t.glued)
        && tokens.get(i + 2).is_some_and(|t| t.glued)
        && is_kind_modifier(word_at(i + 2));
    // `the top 1%`, `the top 2 or 3 percent`: a share of the ranking, not a place in it.
    let share = tokens.get(i + 1).is_some_and(|t| t.is_symbol("%"))
        || matches!(word_at(i + 1), "or" | "to")
            && tokens
                .get(i + 2)
                .is_some_and(|t| t.kind == TokenKind::Digits || is_number_word(word_at(i + 2)));
    let ranking =
        i > 0 && matches!(word_at(i - 1), "top" | "bottom") && counts_nothing(tokens, i) && !share;
    let name = i > 0
        && tokens[i].kind == TokenKind::Word
        && tokens[i].text.starts_with(char::is_uppercase)
        && is_reference_word(word_at(i - 1));
    modifier || ranking || name
}

/// "Office Shooting Follow-Up-1 Dead, 2 Injured": in a headline a toll may be glued by a hyphen
/// to the word before it; the digits at `i` count when an outcome follows them (a word of a
/// death, an injury or an arrest that is no noun: `dead`, `injured`, `killed`) and ends its
/// phrase (a comma or the end). "Covid-19 deaths", "Covid-19 killed many" stay names.
fn headline_toll(tokens: &[Token], lower: &[Cow<str>], i: usize) -> bool {
    let outcome = lower.get(i + 1).is_some_and(|w| {
        matches!(
            crate::lexicon::event_class(w),
            Some(EventClass::Death | EventClass::Injury | EventClass::Arrest)
        ) && (w.ends_with("ed") || matches!(w.as_ref(), "dead" | "hurt"))
    });
    let phrase_ends = tokens.get(i + 2).is_none_or(|t| t.is_symbol(",;"));
    outcome && tokens[i + 1].kind == TokenKind::Word && !tokens[i + 1].glued && phrase_ends
}

/// `9/11`, `24/7`, `1080p`, `4k` at `i`: a figure that is a name or a saying (named_figures.txt),
/// with its glued symbols and letters; not after a currency (`$4k`), nor where its letter is a
/// unit (`4K` beside a temperature). Where it ends.
fn named_figure(tokens: &[Token], lower: &[Cow<str>], i: usize) -> Option<usize> {
    if i > 0 && tokens[i].glued && tokens[i - 1].kind == TokenKind::Symbol {
        return None;
    }
    // Most figures stand alone: no string is built for them.
    if tokens.get(i + 1).is_none_or(|t| !t.glued) {
        return is_named_figure(&lower[i]).then_some(i + 1);
    }
    let mut text = String::new();
    let mut found = None;
    for k in i..tokens.len().min(i + 5) {
        if k > i && !tokens[k].glued {
            break;
        }
        text.push_str(&lower[k]);
        if is_named_figure(&text) {
            found = Some(k + 1);
        }
    }
    // `cooled to 4K (-269C)`: a letter the sentence makes a unit (letters.rs) names no format.
    found.filter(|_| !super::letters::letter_is_unit(tokens, i + 1))
}

/// `10 Downing Street`, `221B Baker Street`, `1600 Pennsylvania Avenue`: digits (with a letter
/// glued) before one to three capitalised words, the last a street's (street_words.txt). Where
/// the house number ends. Not a figure with a qualifier, which an address never takes (`some 200
/// Oak Road residents`, `more than 300`); a qualifier that is also a preposition (`about`,
/// `over`, `around`: noun_stops.txt) only with what the figure counts after the street's name
/// (`about 200 Oak Road residents`; `the row over 10 Downing Street parties` is an address).
fn house_number(tokens: &[Token], taken: &[bool], i: usize) -> Option<usize> {
    let number = &tokens[i];
    if number.text.len() > 5 || !number.text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let letter = tokens
        .get(i + 1)
        .is_some_and(|t| t.glued && t.text.len() == 1 && t.text.starts_with(char::is_uppercase));
    let end = i + 1 + usize::from(letter);
    let capitalised =
        |t: &Token| t.kind == TokenKind::Word && !t.glued && t.text.starts_with(char::is_uppercase);
    let street = tokens[end..]
        .iter()
        .take(3)
        .take_while(|t| capitalised(t))
        .skip(1)
        .position(|t| is_street_word(&t.text.to_ascii_lowercase()))?;
    let counted = tokens.get(end + street + 2).is_some_and(|t| {
        t.kind == TokenKind::Word && !t.glued && (is_count_noun(t.text) || is_people_noun(t.text))
    });
    let qualified = (1..=3).any(|length| {
        i.checked_sub(length).is_some_and(|from| {
            phrases_at(tokens, taken, from, &QUALIFIERS)
                .any(|(phrase, _, l)| l == length && (l > 1 || counted || !is_noun_stop(phrase)))
        })
    });
    (!qualified).then_some(end)
}

/// `Washington, DC 20500`, `CA 94043-1351`: five digits after a state's code in capitals.
/// Where the ZIP code ends.
fn zip_code(tokens: &[Token], i: usize) -> Option<usize> {
    let code = tokens.get(i.checked_sub(1)?)?;
    let is_code = code.kind == TokenKind::Word
        && code.text.len() == 2
        && code.text.bytes().all(|b| b.is_ascii_uppercase())
        && is_state_code(&code.text.to_ascii_lowercase());
    let five = tokens[i].text.len() == 5 && tokens[i].text.bytes().all(|b| b.is_ascii_digit());
    if !(is_code && five) {
        return None;
    }
    let plus_four = tokens
        .get(i + 1)
        .is_some_and(|t| t.is_symbol("-") && t.glued)
        && tokens
            .get(i + 2)
            .is_some_and(|t| t.glued && t.text.len() == 4 && t.kind == TokenKind::Digits);
    Some(if plus_four { i + 3 } else { i + 1 })
}

/// The `20` of `the 2019-20 season` or `2022/23`: the second year of a season or financial
/// year, not a count.
fn second_year_of_season(tokens: &[Token], i: usize) -> bool {
    let short = &tokens[i];
    if i < 2 || !short.glued || short.text.len() != 2 {
        return false;
    }
    let (separator, year) = (&tokens[i - 1], &tokens[i - 2]);
    let year: Option<u32> = (year.text.len() == 4)
        .then(|| year.text.parse().ok())
        .flatten();
    let next: Option<u32> = short.text.parse().ok();
    separator.glued
        && separator.is_symbol("-/\u{2013}")
        && year.is_some_and(|y| (1900..2100).contains(&y) && next == Some((y + 1) % 100))
}

/// `24703L202`, `06F6`: digits glued to a word with digits of its own are a code (a part, a
/// catalogue entry), not a quantity; not `4e14` or `8x2^10`, an exponent or a product, nor
/// `24703m2` or `5km2`, a unit squared or cubed.
fn part_number(tokens: &[Token], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|next| {
        let text = next.text;
        let power = text.ends_with(['2', '3'])
            && text[..text.len() - 1]
                .bytes()
                .all(|b| b.is_ascii_alphabetic());
        next.glued
            && next.kind == TokenKind::Word
            && text.bytes().any(|b| b.is_ascii_digit())
            && !power
            && !(text.starts_with(['e', 'E', 'x', 'X'])
                && text[1..].starts_with(|c: char| c.is_ascii_digit()))
    })
}

/// Four digits that are a time on the 24-hour clock (`0600`, `1400`): what `hrs` after them
/// makes a time of day ("at 1400 hrs"); after any other figure `hrs` are hours ("3 hrs").
fn is_24_hour_time(digits: &str) -> bool {
    let bytes = digits.as_bytes();
    bytes.len() == 4
        && bytes.iter().all(u8::is_ascii_digit)
        && digits[..2].parse::<u8>().is_ok_and(|h| h <= 23)
        && digits[2..].parse::<u8>().is_ok_and(|m| m <= 59)
}

/// `by 80 to 1`, `odds of 100 to 1`, `two to one`, `three-to-one`: odds or a ratio to one at `i`,
/// no quantity (read whole, a range 1-80 or a count of 80 would be false). Not a fall (`from 2
/// to 1`), a range (`between 2 and 1`), a tally (`voted 80 to 1`, `votes`), nor a scaled or
/// measured second figure (`2 to 1 million`, `2 to 1%`). Where the odds end.
fn odds(tokens: &[Token], taken: &[bool], lower: &[Cow<str>], i: usize) -> Option<usize> {
    let hyphen = |k: usize| tokens.get(k).is_some_and(|t| t.is_symbol("-") && t.glued);
    // Most tokens are no number before `to`: looked at before anything is parsed.
    let to = i + 1 + usize::from(hyphen(i + 1));
    if tokens[i].kind == TokenKind::Symbol || lower.get(to).is_none_or(|w| w != "to") {
        return None;
    }
    let (first, length) = cardinal_at(tokens, taken, i)?;
    let one = to + 1 + usize::from(hyphen(to + 1));
    if length != 1 || !(2.0..=1000.0).contains(&first) || one >= tokens.len() {
        return None;
    }
    let (second, length) = cardinal_at(tokens, taken, one)?;
    let end = one + length;
    let goes_on = tokens.get(end).is_some_and(|t| {
        t.is_symbol("%") || scale_of(&t.lower()).is_some() || t.kind == TokenKind::Digits
    });
    let before = &lower[i.saturating_sub(3)..i];
    let fall_or_tally = before.iter().any(|w| {
        matches!(
            w.as_ref(),
            "from" | "between" | "vote" | "voted" | "votes" | "ballot"
        )
    });
    (second == 1.0 && length == 1 && !goes_on && !fall_or_tally).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::mark_excluded;
    use crate::claims::tokens::tokenize;

    /// The tokens of `sentence` that `mark_excluded` leaves free, space-joined.
    fn free(sentence: &str) -> String {
        let tokens = tokenize(sentence);
        let mut taken = vec![false; tokens.len()];
        mark_excluded(&tokens, &mut taken);
        let words: Vec<&str> = tokens
            .iter()
            .zip(&taken)
            .filter(|&(_, &t)| !t)
            .map(|(t, _)| t.text)
            .collect();
        words.join(" ")
    }

    /// A place in a ranking counts nothing (`in the top four`), but a share of the top or a
    /// range from it does: `the top 1%`, `the top 2 or 3 percent`.
    #[test]
    fn a_ranking_refuses_its_place_but_not_a_share() {
        assert_eq!(free("finish in the top four"), "finish in the top");
        assert_eq!(free("the top 2 or 3 percent"), "the top 2 or 3 percent");
        assert_eq!(free("the top 1%"), "the top 1 %");
    }
}
