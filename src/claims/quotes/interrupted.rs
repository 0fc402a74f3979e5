//! Interrupted quotations: joins the pieces of one quotation that its attribution, or nothing
//! but a space, splits. Takes the attributed quotes of an article, each with the rule that gave
//! its speaker; hands on the quotes with every such run joined into one [`Quote`] whose `parts`
//! are the pieces, in order, with the speaker of the piece that was attributed.
//!
//! `"We will win this state," Smith said. "And we will win it big."` is one quotation by Smith:
//! journalists write it so, readers and annotators read it so, and an outlet that quotes it
//! without the interruption must meet the whole of it, not a half. Two pieces are joined when
//! they sit in one paragraph and what lies between them is
//! - the attribution of the first piece (the first ends with a comma, `?`, `!`, a dash or an
//!   ellipsis, as an interrupted sentence does, and the text between holds its speaker's words
//!   and ends its sentence or its clause), and the second has no attribution of its own
//!   (`"...," he added` starts a new quotation); or
//! - nothing but a space (`"We lost." "We will be back."`), when at most one of the two is
//!   attributed: the pair takes that speaker.

use std::ops::Range;

use super::{Quote, Speaker};
use crate::lexicon::{is_quote_participle, is_quote_verb, is_subject_stop};

/// Which rule of attribution gave a quote its speaker (or found none).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Attributed {
    /// Right after the quote: `"...," X said`.
    After,
    /// Before it in its sentence: `X said: "..."`, `X said the plan was "..."`.
    Before,
    /// The sentence before ends with a colon, or a bare attribution paragraph follows.
    Around,
    /// The speaker of the quote just before (a follow-up quote).
    FollowUp,
    /// No speaker found.
    Nobody,
}

impl Attributed {
    /// The quote has a speaker phrase of its own, not one inherited.
    fn own(self) -> bool {
        matches!(
            self,
            Attributed::After | Attributed::Before | Attributed::Around
        )
    }
}

/// Most words between two pieces of one quotation: an attribution with an apposition
/// (`said Paul H. Chipok, a lawyer in Orlando who represents several clubs,`).
const MOST_WORDS_BETWEEN: usize = 24;

/// Joins the pieces of interrupted quotations as they come, in the order they start: only the
/// quotation last begun can take a next piece, so it alone is held (issue 16: a paragraph of
/// marks is a quote every few bytes).
#[derive(Default)]
pub(super) struct Joiner {
    /// The quotation so far, how its first piece was attributed, and the span of the speaker
    /// words that attributed its last piece (what the words before a next piece must hold).
    last: Option<(Quote, Attributed, Option<Range<usize>>)>,
}

impl Joiner {
    /// Adds `quote`, attributed as `attributed`; hands back the quotation before it when
    /// `quote` does not go on it (nothing more can). `paragraph_of` and `sentence_of` give the
    /// paragraph and the sentence holding a byte offset.
    pub(super) fn push(
        &mut self,
        text: &str,
        quote: Quote,
        attributed: Attributed,
        paragraph_of: impl Fn(usize) -> usize,
        sentence_of: impl Fn(usize) -> usize,
    ) -> Option<(Quote, Attributed)> {
        if let Some((previous, previous_how, attributing)) = self.last.as_mut()
            // The attribution ends the first piece's sentence at most: "...," X said. "..."
            && sentence_of(quote.start()) <= sentence_of(previous.end()) + 1
            && let Some(speaker) = match paragraph_of(quote.start()) - paragraph_of(previous.end())
            {
                0 => shared_speaker(text, previous, attributing.as_ref(), *previous_how, &quote, attributed),
                // "...," said Ellis Taggart, 70. ¶ "My children will not keep it.": the
                // quotation goes on in the next paragraph after its attribution.
                1 => shared_speaker(text, previous, attributing.as_ref(), *previous_how, &quote, attributed)
                    .filter(|_| attribution_ends_paragraph(text, previous.end(), quote.start())),
                _ => None,
            }
        {
            *previous_how = if previous.speaker.is_some() || speaker.is_none() {
                *previous_how
            } else {
                attributed
            };
            if attributed == Attributed::After {
                *attributing = quote.speaker.as_ref().map(|s| s.span.clone());
            }
            previous.speaker = speaker;
            previous.unclosed = quote.unclosed;
            previous.parts.extend(quote.parts.iter());
            return None;
        }
        let attributing = quote.speaker.as_ref().map(|s| s.span.clone());
        self.last
            .replace((quote, attributed, attributing))
            .map(|(quote, attributed, _)| (quote, attributed))
    }

    /// The quotation last begun, now whole.
    pub(super) fn finish(self) -> Option<(Quote, Attributed)> {
        self.last.map(|(quote, attributed, _)| (quote, attributed))
    }
}

/// The speaker of the two pieces when they are one quotation (`Some(None)`: one quotation, no
/// speaker known), or `None` when they are two.
fn shared_speaker(
    text: &str,
    first: &Quote,
    attributing: Option<&Range<usize>>,
    first_how: Attributed,
    second: &Quote,
    second_how: Attributed,
) -> Option<Option<Speaker>> {
    let between = closing_mark_end(text, first.end())..opening_mark_start(text, second.start());
    let words = text.get(between.clone())?;
    if words.trim().is_empty() {
        // "We lost." "We will be back.": one speaker's sentences, quoted one after the other.
        return match (first_how.own(), second_how.own()) {
            (true, true) => None,
            (false, true) => Some(second.speaker.clone()),
            _ => Some(first.speaker.clone()),
        };
    }
    // The comma before the closing mark is not part of the quoted words' span; an inner quote
    // may close with the outer one ("...said 'never again,'" she recalled).
    let interrupted = text[first.end()..].starts_with(',')
        || text[..first.end()]
            .trim_end_matches(['\'', '\u{2019}'])
            .trim_end()
            .ends_with([',', '?', '!', '\u{2014}', '\u{2013}', '-', '\u{2026}']);
    let attribution_between = words.split_whitespace().count() <= MOST_WORDS_BETWEEN
        && words.trim_end().ends_with(['.', ',', ':', ';'])
        && one_speaker_between(words, text[..first.end()].trim_end().ends_with('?'));
    // A second piece opening in lower case goes on the first's sentence ("...," he added, "and
    // ..."); otherwise its own attribution starts a new quotation ("...," he added), while one
    // read before it that is the attribution between ("said Lena Brandt, the engineer, "...")
    // does not.
    let continues_sentence = text[second.start()..].starts_with(char::is_lowercase);
    let second_is_own = match second_how {
        Attributed::After | Attributed::Around => true,
        Attributed::Before => second
            .speaker
            .as_ref()
            .is_some_and(|s| !contains(&between, &s.span)),
        Attributed::FollowUp | Attributed::Nobody => false,
    };
    // The words between attribute the first piece and no one else: "...," Ortiz told
    // reporters. Baker, speaking later, said, "..." is Baker's own quotation.
    let same_speaker_between = match (first.speaker.as_ref(), second_how) {
        (Some(_), _) if !attributing.is_some_and(|span| contains(&between, span)) => false,
        (first_speaker, Attributed::Before) => match (first_speaker, second.speaker.as_ref()) {
            (Some(a), Some(b)) => a.name == b.name,
            // The words between read before the second piece name no one of their own.
            (_, None) => true,
            (None, Some(_)) => false,
        },
        _ => true,
    };
    let one = interrupted
        && attribution_between
        && same_speaker_between
        && (continues_sentence || !second_is_own);
    one.then(|| first.speaker.clone().or_else(|| second.speaker.clone()))
}

/// The words between two pieces attribute them to one speaker: one verb of saying, no second
/// (`said Smith, who was interrupted by a heckler shouting, "Liar!"`), no agent brought in by
/// `by` (`who was contradicted by Mayor Tom Reyes:`), and no one asked a question, whose answer
/// the next piece is (`"Did you vote for it?" the moderator asked Sen. Tim Scott. "I did."`).
fn one_speaker_between(words: &str, question: bool) -> bool {
    let lower: Vec<String> = words
        .split(|c: char| !c.is_alphabetic() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    // "who asked not to be named", "asked that her name be withheld": no question put.
    let not_a_question =
        |next: Option<&String>| next.is_some_and(|w| matches!(w.as_str(), "not" | "that" | "to"));
    let saying = lower
        .iter()
        .enumerate()
        .filter(|&(k, w)| {
            (is_quote_verb(w) || is_quote_participle(w))
                && !(matches!(w.as_str(), "asked" | "asks")
                    && (!question || not_a_question(lower.get(k + 1))))
        })
        .count();
    let agent = lower.iter().any(|w| w == "by");
    // "the moderator asked Sen. Scott", not "asked Maria Lopez" (she asks).
    // Only a question is put to someone ("who asked Congress to act" asks no question).
    let asked_someone = question
        && lower.windows(3).any(|three| {
            matches!(three[1].as_str(), "asked" | "asks")
                && !is_subject_stop(&three[2])
                && !not_a_question(Some(&three[2]))
        });
    saying == 1 && !agent && !asked_someone
}

/// Between a first piece ending at `end` and a second starting at `start` in the next
/// paragraph lies an attribution that ends the first paragraph, not a bare closing mark.
fn attribution_ends_paragraph(text: &str, end: usize, start: usize) -> bool {
    let between = closing_mark_end(text, end)..opening_mark_start(text, start);
    text.get(between)
        .is_some_and(|words| words.trim_end().ends_with('.') && words.trim().contains(' '))
}

fn contains(outer: &Range<usize>, inner: &Range<usize>) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

/// Just past the closing mark of a quote whose words end at `end` (or `end` itself).
fn closing_mark_end(text: &str, end: usize) -> usize {
    let rest = &text[end..];
    let rest = rest.strip_prefix(',').unwrap_or(rest);
    let skipped = end + (text[end..].len() - rest.len());
    rest.char_indices()
        .take_while(|&(i, c)| i < 4 && is_mark(c))
        .last()
        .map_or(skipped, |(i, c)| skipped + i + c.len_utf8())
}

/// The opening mark of a quote whose words start at `start` (or `start` itself).
fn opening_mark_start(text: &str, start: usize) -> usize {
    text[..start]
        .char_indices()
        .rev()
        .take_while(|&(i, c)| start - i <= 4 && is_mark(c))
        .last()
        .map_or(start, |(i, _)| i)
}

fn is_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '\u{201c}'
            | '\u{201d}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{ab}'
            | '\u{bb}'
            | '\u{201e}'
    )
}
