//! Furniture: takes an article's sentences and hands on those that are story, setting aside the
//! page furniture scraped copy carries (copyright lines, "The BBC is not responsible for the
//! content of external sites", "Image caption", "Share this", "Related topics") and the metadata
//! ingest found (`date 2020-08-17`), each with why. Done on sentences, after splitting, because
//! furniture is glued into one-line scrapes between story sentences; what is set aside is never
//! claimed or aligned, and `--verbose` can list it.

use std::ops::Range;

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use super::Sentence;
use crate::lexicon::{FURNITURE_PHRASES, is_furniture_phrase};

/// The first letters of the furniture phrases (lower case): a sentence opening with another
/// letter opens with none of them, and most do.
static FIRST_LETTERS: LazyLock<FxHashSet<char>> = LazyLock::new(|| {
    FURNITURE_PHRASES
        .iter()
        .filter_map(|p| p.chars().next())
        .collect()
});

/// A piece of the text set aside as no part of the story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub span: Range<usize>,
    pub reason: SkipReason,
}

/// Why a piece of the text was set aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum SkipReason {
    /// A copyright line, a disclaimer or a page control (`Share this`, `Related topics`).
    PageFurniture,
    /// A caption's label (`Image caption`, `Media caption`): the picture's words, not the story's.
    Caption,
    /// A metadata line of the article (`date 2020-08-17`).
    Metadata,
}

/// Most words a furniture phrase spans (`media playback is unsupported`).
const LONGEST_PHRASE: usize = 6;

/// Splits `sentences` of `text` into the story's, renumbered in order, and what was set aside:
/// sentences of furniture, and the `metadata` ranges (a sentence that opens with one keeps the
/// rest).
pub fn sift(
    text: &str,
    sentences: Vec<Sentence>,
    metadata: &[Range<usize>],
) -> (Vec<Sentence>, Vec<Skipped>) {
    let mut skipped = Vec::new();
    // Kept sentences are collected into the list they come from (a `Vec` collected from its
    // own `into_iter` reuses its buffer), so sifting holds one list of sentences, not two.
    let kept = sentences
        .into_iter()
        .filter_map(|sentence| keep(text, sentence, metadata, &mut skipped))
        .collect();
    (kept, skipped)
}

/// `sentence` less any metadata it opens with, unless that leaves nothing or it is furniture
/// (what is dropped goes to `skipped`).
fn keep(
    text: &str,
    sentence: Sentence,
    metadata: &[Range<usize>],
    skipped: &mut Vec<Skipped>,
) -> Option<Sentence> {
    let mut span = sentence.span();
    for range in metadata {
        if range.start <= span.start && span.start < range.end {
            skipped.push(Skipped {
                span: span.start..range.end.min(span.end),
                reason: SkipReason::Metadata,
            });
            let rest = &text[range.end.min(span.end)..span.end];
            span.start = span.end - rest.trim_start().len();
        }
    }
    if span.is_empty() {
        return None;
    }
    if let Some(reason) = furniture(&text[span.clone()]) {
        skipped.push(Skipped { span, reason });
        return None;
    }
    Some(Sentence::new(span))
}

/// How much of a sentence's opening is read for a furniture phrase, in bytes.
const PHRASE_REACH: usize = 64;

/// Why a sentence is furniture, if it is. Every sentence of every article passes here, so the
/// whole sentence is lower-cased only when a cheap look finds a sign of a copyright or a
/// disclaimer in it.
fn furniture(sentence: &str) -> Option<SkipReason> {
    let signs = sentence.contains("xternal")
        || sentence.contains('©')
        || sentence.contains("(c)")
        || sentence.contains("(C)")
        || sentence.contains("opyright")
        || sentence.contains("OPYRIGHT");
    if signs {
        let lower = sentence.to_lowercase();
        let same_length = lower.len() == sentence.len();
        if lower.contains("responsible for the content of external")
            || same_length && names_copyright(sentence, &lower)
        {
            return Some(SkipReason::PageFurniture);
        }
    }
    // A page control or credit states no figure: a sentence with digits that opens like one is
    // story ("Getty Images said it would cut 200 jobs", "Advertisement spending rose 7%"). Only
    // a caption's label opens a sentence of furniture whatever follows it.
    let digits = sentence.bytes().any(|b| b.is_ascii_digit());
    let first = sentence.chars().next().map(|c| c.to_ascii_lowercase());
    if !first.is_some_and(|c| FIRST_LETTERS.contains(&c)) {
        return None;
    }
    let mut reach = sentence.len().min(PHRASE_REACH);
    while !sentence.is_char_boundary(reach) {
        reach -= 1;
    }
    let opening = sentence[..reach].to_lowercase();
    let words = opening
        .split(|c: char| c.is_whitespace() || matches!(c, ':' | '.' | ','))
        .filter(|w| !w.is_empty())
        .take(LONGEST_PHRASE);
    let mut phrase = String::new();
    for word in words {
        if !phrase.is_empty() {
            phrase.push('_');
        }
        phrase.push_str(word);
        if is_furniture_phrase(&phrase) {
            if phrase.ends_with("caption") {
                return Some(SkipReason::Caption);
            }
            let label = phrase.ends_with("source") || phrase.ends_with("copyright");
            if label || !digits {
                return Some(SkipReason::PageFurniture);
            }
        }
    }
    None
}

/// `(c) 2021 BBC`, `© 2020 Reuters`, `Copyright 2019 The Associated Press`: a copyright sign or
/// word followed by a year and its holder's name, capitalised (`sentence` as written; `lower`
/// its lower case, of the same length for these ASCII signs). "The EU copyright 2019 directive"
/// names no holder.
fn names_copyright(sentence: &str, lower: &str) -> bool {
    ["(c) ", "© ", "©", "copyright "].iter().any(|sign| {
        lower.match_indices(sign).any(|(at, _)| {
            let rest = &lower[at + sign.len()..];
            let year = rest.len() >= 4
                && rest.as_bytes()[..4].iter().all(u8::is_ascii_digit)
                && rest[4..].chars().next().is_none_or(|c| !c.is_ascii_digit());
            let holder = || {
                sentence
                    .get(at + sign.len() + 4..)
                    .map(|after| after.trim_start_matches([' ', ',', '-']))
                    .is_some_and(|after| after.is_empty() || after.starts_with(char::is_uppercase))
            };
            year && holder()
        })
    })
}

#[cfg(test)]
mod tests {
    use super::super::segment;
    use super::*;

    fn story(text: &str, metadata: &[Range<usize>]) -> (Vec<String>, Vec<(String, SkipReason)>) {
        let (kept, skipped) = sift(text, segment(text), metadata);
        (
            kept.iter().map(|s| s.text(text).to_string()).collect(),
            skipped
                .into_iter()
                .map(|s| (text[s.span].to_string(), s.reason))
                .collect(),
        )
    }

    #[test]
    fn the_bbc_seeds_debris_is_set_aside() {
        let text = "The Russian leader says his first call was \"business-like and frank\". 15 \
                    sayings from around the world (c) 2021 BBC. The BBC is not responsible for \
                    the content of external sites.";
        let (kept, skipped) = story(text, &[]);
        assert_eq!(kept.len(), 1, "{kept:?}");
        assert_eq!(skipped.len(), 2, "{skipped:?}");
        assert!(skipped.iter().all(|(_, r)| *r == SkipReason::PageFurniture));
    }

    #[test]
    fn captions_controls_and_copyright_lines_are_furniture() {
        let text = "Image caption Protesters gathered outside the plant on Monday\n\
                    Police said 40 people were held.\n\
                    Share this with Email Facebook Twitter\n\
                    Related Topics: Belarus, Alexander Lukashenko\n\
                    Copyright 2020 The Associated Press. All rights reserved.\n\
                    Media playback is unsupported on your device";
        let (kept, skipped) = story(text, &[]);
        assert_eq!(kept, ["Police said 40 people were held."]);
        assert_eq!(skipped[0].1, SkipReason::Caption);
        assert_eq!(skipped.len(), 6, "{skipped:?}");
    }

    #[test]
    fn story_sentences_that_mention_such_words_stay() {
        let text = "Read the statement, police said. Shares rose 5% after the caption contest. \
                    Copyright lawyers said 2021 would be busy. He said the company would share \
                    this with investors. Getty Images said on Tuesday it would cut 200 jobs. \
                    Advertisement spending rose 7% to $4 billion in 2022. The EU copyright 2019 \
                    directive fined Google 500 million euros.";
        let (kept, skipped) = story(text, &[]);
        assert!(skipped.is_empty(), "{skipped:?}");
        assert_eq!(kept.len(), 7);
    }

    #[test]
    fn a_metadata_line_is_set_aside_and_what_follows_it_kept() {
        let text = "The BBC is not responsible for the content of external sites. date \
                    2020-08-17 Police said 40 people were held.";
        let at = text.find("date").unwrap();
        let metadata = at..at + 15;
        let (kept, skipped) = story(text, std::slice::from_ref(&metadata));
        assert_eq!(kept, ["Police said 40 people were held."]);
        assert_eq!(
            skipped[1],
            ("date 2020-08-17".to_string(), SkipReason::Metadata)
        );
    }

    #[test]
    fn kept_sentences_are_numbered_in_order() {
        let text = "One. Share this. Two. Three.";
        let (kept, _) = sift(text, segment(text), &[]);
        let texts: Vec<&str> = kept.iter().map(|s| s.text(text)).collect();
        assert_eq!(texts, ["One.", "Two.", "Three."]);
    }
}
