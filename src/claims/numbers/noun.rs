//! Noun attachment: takes a read figure and the tokens around it and hands on what it counts
//! ("6,700 *people*", "80.1% of the *vote*", "hundreds of *protesters*"). The counted noun is
//! what lets compare pair figures about the same thing; a figure with none after it may take one
//! from its clause ("Police put the *crowd* at 120,000"), read by [`crate::claims::context`].

use super::super::Unit;
use super::super::tokens::{Token, TokenKind};
use super::atom::{Atom, scale_of};
use super::words::{DURATION_UNITS, word_of};
use crate::lexicon::{
    is_count_noun, is_day_part, is_determiner, is_human_noun, is_label_word, is_noun_end,
    is_noun_skip, is_noun_stop, is_number_word, is_of_determiner, is_people_noun,
    is_reference_word, is_time_phrase_follower, is_time_phrase_opener, is_weekday, month_number,
};

/// The counted noun after a number: "6,700 *people*", "31 media *workers*", "80.1% of the
/// *vote*", "hundreds of *protesters*", "a 5,000-strong *crowd*".
pub(super) fn noun_after(tokens: &[Token], end: usize, atom: &Atom, unit: &Unit) -> Option<String> {
    let mut k = end;
    let at = |k: usize| tokens.get(k);
    // "a 6.1-magnitude quake", "a magnitude 6.1 quake"
    if at(k).is_some_and(|t| t.is_symbol("-") && t.glued)
        && at(k + 1).is_some_and(|t| t.is_word("magnitude"))
        || k >= atom.end && atom.start > 0 && tokens[atom.start - 1].is_word("magnitude")
        // "a magnitude-6.1 earthquake"
        || k >= atom.end
            && atom.start > 1
            && tokens[atom.start - 1].is_symbol("-")
            && tokens[atom.start - 1].glued
            && tokens[atom.start - 2].is_word("magnitude")
    {
        return Some("magnitude".to_string());
    }
    if at(k).is_some_and(|t| t.is_symbol("-") && t.glued)
        && at(k + 1).is_some_and(|t| t.is_word("strong"))
    {
        k += 2;
    }
    // "an 80-employee startup", "a five-boat attack", "a 13-play drive": a count hyphened to a
    // noun as a modifier counts that noun (a unit, a duration or an age was read before this).
    if *unit == Unit::Count
        && at(k).is_some_and(|t| t.is_symbol("-") && t.glued)
        && let Some(next) = at(k + 1).filter(|t| t.glued && t.kind == TokenKind::Word)
    {
        let word = next.lower();
        let hyphened_word_goes_on = at(k + 2).is_some_and(|t| t.is_symbol("-") && t.glued);
        if !hyphened_word_goes_on
            && word.chars().count() > 1
            && !is_number_word(&word)
            && !is_noun_stop(&word)
            && scale_of(&word).is_none()
        {
            return Some(word);
        }
    }
    // "$2.5 million worth of jewellery": a sum's worth is of what it counts.
    let worth_of = matches!(unit, Unit::Money(_))
        && at(k).is_some_and(|t| t.is_word("worth"))
        && at(k + 1).is_some_and(|t| t.is_word("of"));
    if worth_of {
        k += 1;
    }
    let of_allowed = worth_of || atom.of_noun || matches!(unit, Unit::Percent | Unit::Measure(_));
    // A share counts what it is a share *of*; "0.4% against the dollar" counts nothing.
    if *unit == Unit::Percent && !at(k).is_some_and(|t| t.is_word("of")) {
        return None;
    }
    if of_allowed && at(k).is_some_and(|t| t.is_word("of")) {
        k += 1;
        while at(k).is_some_and(|t| word_of(t).is_some_and(|word| is_of_determiner(&word))) {
            k += 1;
        }
    }
    let mut words = Vec::new();
    // Where each word stands, to see what follows a head ("quake *hits* Aceh": a verb).
    let mut places: Vec<usize> = Vec::new();
    let mut in_name = false;
    let mut first_capitalised = false;
    // How many capitalised words open the phrase ("26 *Somali* crew").
    let mut leading_capitals = 0;
    while let Some(token) = at(k) {
        // "14 Leopard 2 tanks", "50,000 Model 3 cars": a name with its number is no noun; the
        // noun comes after it.
        if token.kind == TokenKind::Digits
            && words
                .last()
                .is_some_and(|w: &String| is_reference_word(w) || is_label_word(w))
            && at(k + 1).is_some_and(|t| t.kind == TokenKind::Word)
        {
            words.pop();
            places.pop();
            k += 1;
            continue;
        }
        if token.kind != TokenKind::Word || words.len() == 3 {
            break;
        }
        let word = token.lower();
        let known = is_count_noun(&word);
        let verb_like = !known && (word.ends_with("ed") || word.ends_with("ing"));
        // "nearly 100 angry mourners", "8 remaining hostages", "20 suspected militants": an
        // adjective, or a participle before a noun for people, is passed over to the noun.
        // Not the first half of a hyphenated modifier ("six major-league seasons").
        let hyphen_next = at(k + 1).is_some_and(|t| t.is_symbol("-") && t.glued);
        if words.is_empty()
            && !hyphen_next
            && (is_noun_skip(&word) || verb_like && at(k + 1).is_some_and(names_people))
        {
            k += 1;
            continue;
        }
        // "15 early morning raids", "12 late night flights": a part of the day named as the
        // noun's modifier is passed over with its `early` or `late`.
        if words.is_empty() && day_part_modifier(&word, at(k + 1), at(k + 2)) {
            k += 2;
            continue;
        }
        if is_noun_stop(&word)
            || verb_like
            || scale_of(&word).is_some()
            || opens_time_phrase(&word, at(k + 1), at(k + 2))
        {
            break;
        }
        // A capitalised word ends the noun, unless all before it are capitalised too: a name
        // then runs on to what it counts ("200 Oak Road residents", "22 Grand Slam titles").
        let capitalised = token.text.starts_with(char::is_uppercase);
        if !words.is_empty() && capitalised && !in_name {
            break;
        }
        if words.is_empty() {
            first_capitalised = capitalised;
        }
        in_name = capitalised && (words.is_empty() || in_name);
        if in_name {
            leading_capitals += 1;
        }
        // "half the 300 people police detained": a word after "people" starts another phrase.
        let ends = is_noun_end(&word);
        words.push(word);
        places.push(k);
        k += 1;
        if ends {
            break;
        }
        // "high-speed trains": a hyphenated modifier; the noun comes after it. Not before a
        // number word: "the three bank workers-two women and a man-were killed" is an aside.
        if at(k).is_some_and(|t| t.is_symbol("-") && t.glued)
            && at(k + 1).is_some_and(|t| {
                t.glued && t.kind == TokenKind::Word && !is_number_word(&t.lower())
            })
        {
            words.pop();
            let first_part = places.pop().expect("a word was just pushed");
            k += 2;
            // "a smash-and-grab raid", "a state-of-the-art plant": a modifier of several parts.
            while at(k).is_some_and(|t| t.is_symbol("-") && t.glued)
                && at(k + 1).is_some_and(|t| t.glued && t.kind == TokenKind::Word)
            {
                k += 2;
            }
            // "three co-workers", "40 by-products": a hyphenated word ending the phrase is the
            // noun itself; a plural second half names what it is, else the whole word does
            // ("their Week 16 match-up").
            if !at(k).is_some_and(|t| t.kind == TokenKind::Word && !is_noun_stop(&t.lower())) {
                let second = tokens[k - 1].lower();
                words.push(if looks_plural(&second) || is_count_noun(&second) {
                    second
                } else {
                    tokens[first_part..k]
                        .iter()
                        .map(|t| t.lower())
                        .collect::<String>()
                });
                places.push(k - 1);
                break;
            }
        }
    }
    // "26 Somali pirates", "12 Afghan villagers": after a capitalised modifier (a nationality,
    // a place) the noun is in the lower-case words that follow it. A name that runs on to the
    // end ("22 Grand Slam titles" aside) is read from its first word.
    // A plural there is the noun itself, and what follows another phrase ("tens of thousands
    // angry *Greeks* demonstrate").
    let modifiers = if first_capitalised && !in_name {
        leading_capitals.min(words.len())
    } else {
        0
    };
    let capitalised_head = modifiers
        .checked_sub(1)
        .map(|last| &words[last])
        .filter(|w| looks_plural(w));
    let rest = &words[modifiers..];
    // A word in -s followed by a name or a determiner is a verb ("a 6.1 quake *hits* Aceh",
    // "earthquake *strikes* the coast"), no plural head; not before a time ("24 league *games*
    // this season", "five home *wins* this year").
    let object_after = |j: usize| {
        places.get(modifiers + j).is_some_and(|&p| {
            let time_after = tokens
                .get(p + 2)
                .and_then(word_of)
                .is_some_and(|w| DURATION_UNITS.get(&w).is_some() || w == "season");
            tokens
                .get(p + 1)
                .and_then(|t| word_of(t).map(|w| (t, w)))
                .is_some_and(|(t, w)| {
                    t.text.starts_with(char::is_uppercase) || is_determiner(&w) && !time_after
                })
        })
    };
    words
        .iter()
        .rev()
        .find(|w| is_count_noun(w))
        .or(capitalised_head)
        .cloned()
        .or_else(|| head_of(rest, object_after))
        .or_else(|| words.last().cloned())
}

/// The head of the lower-case noun phrase `all` after a figure (`object_after(j)`: a name or a
/// determiner follows its word `j`): its first word, unless that word is singular and the next
/// plural, which makes the first a modifier: an adjective is
/// dropped ("prior arrests" counts *arrests*), a noun kept with its head as a compound ("33
/// *home runs*", "300 *guest rooms*"). A plural first word is the head, and what follows it
/// another phrase ("two teams play tonight").
fn head_of(all: &[String], object_after: impl Fn(usize) -> bool) -> Option<String> {
    // "the Fortune magazine's list": a possessive is a modifier.
    let owners = all.iter().take_while(|w| w.ends_with("'s")).count();
    let (words, owners) = match all.get(owners..).filter(|rest| !rest.is_empty()) {
        Some(rest) => (rest, owners),
        None => (all, 0),
    };
    let first = words.first()?;
    // Only the second word, plural after a singular one, is the head ("33 home *runs*"): a
    // third would too often be a verb ("a 6.1 magnitude earthquake *strikes*").
    let plural_head = words.get(1).is_some_and(|w| looks_plural(w)) && !looks_plural(first);
    if !plural_head || object_after(owners + 1) {
        return Some(first.clone());
    }
    Some(if looks_adjective(first) {
        words[1].clone()
    } else {
        format!("{first} {}", words[1])
    })
}

/// `early` or `late` and a part of the day modifying the noun after them: "15 *early morning*
/// raids", "12 *late night* flights".
fn day_part_modifier(word: &str, next: Option<&Token>, after: Option<&Token>) -> bool {
    is_time_phrase_opener(word)
        && next.and_then(word_of).is_some_and(|w| is_day_part(&w))
        && after
            .and_then(word_of)
            .is_some_and(|w| looks_plural(&w) || is_count_noun(&w))
}

/// `early` or `late` opening a time phrase rather than describing the noun: "$2.6 million *early*
/// Monday", "fell 300 *late* on Friday", but "500 late arrivals".
fn opens_time_phrase(word: &str, next: Option<&Token>, after: Option<&Token>) -> bool {
    let noun_after = day_part_modifier(word, next, after);
    is_time_phrase_opener(word)
        && next.and_then(word_of).is_some_and(|next| {
            is_weekday(&next)
                || (is_day_part(&next) && !noun_after)
                || month_number(&next).is_some()
                || is_time_phrase_follower(&next)
        })
}

/// A regular English plural: "runs", "arrests"; not "class", "bus", "crisis", "famous", nor a
/// possessive ("magazine's").
fn looks_plural(word: &str) -> bool {
    word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("'s")
        && !["ss", "us", "is", "ous"]
            .iter()
            .any(|end| word.ends_with(end))
}

/// An adjective by its ending ("dangerous", "violent" aside): "peaceful", "explosive",
/// "homeless", "valuable", "historical", "foolish".
fn looks_adjective(word: &str) -> bool {
    ["ous", "ful", "ive", "less", "able", "ible", "ical", "ish"]
        .iter()
        .any(|end| word.ends_with(end))
}

/// A token naming people: "8 remaining *hostages*", "20 suspected *militants*".
fn names_people(token: &Token) -> bool {
    token.kind == TokenKind::Word
        && token.text.starts_with(char::is_lowercase)
        && word_of(token).is_some_and(|w| is_human_noun(&w) || is_people_noun(&w))
}
