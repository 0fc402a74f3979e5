//! Markup and page furniture: takes a sentence's tokens and hands on which of them belong to a
//! web address, an e-mail address or a piece of markup (`https://www.bbc.co.uk/news/53799065`,
//! `width=300`, `<div id=12>`, `margin-right:15px`), a reference mark (`[65]`) or a list's
//! number (`1. Skip to content`). Copy pasted from the web carries these; their digits are no figure of the story,
//! and no date either, so dates are dropped on them too ([`crate::claims::extract_sentence`]).

use super::super::tokens::{Token, TokenKind};

/// Marks each token of a web address, markup, reference mark or list number in `marked`
/// (as long as `tokens`).
pub(crate) fn mark_markup(tokens: &[Token], marked: &mut [bool]) {
    mark_list_number(tokens, marked);
    // `15px`: a length in pixels is a style sheet's, never a story's.
    for k in 1..tokens.len() {
        if tokens[k].glued && tokens[k].text == "px" && tokens[k - 1].kind == TokenKind::Digits {
            marked[k - 1..=k].fill(true);
        }
    }
    mark_spaced_address(tokens, marked);
    // Most sentences hold none of the symbols these need: pass over them at once.
    if !tokens
        .iter()
        .any(|t| t.kind == TokenKind::Symbol && t.is_symbol(":/=<>[@") || t.is_word("www"))
    {
        return;
    }
    let mut start = 0;
    while start < tokens.len() {
        // A run of tokens with no space between them.
        let mut end = start + 1;
        while end < tokens.len() && tokens[end].glued {
            end += 1;
        }
        let run = &tokens[start..end];
        if is_address(run) || is_markup(run) {
            marked[start..end].fill(true);
        }
        // `[65]`, `deaths fell 30%.[65]`: only the mark, not the figure it is glued to.
        for k in start..end.saturating_sub(2) {
            if tokens[k].is_symbol("[")
                && tokens[k + 1].kind == TokenKind::Digits
                && tokens[k + 2].is_symbol("]")
            {
                marked[k..k + 3].fill(true);
            }
        }
        start = end;
    }
}

/// How many tokens a spaced-out address may run to.
const SPACED_ADDRESS_REACH: usize = 60;

/// `http: / / blogs. example. com / 2007 / 08 / page. html">`: an address a tokeniser spaced
/// out. From its scheme to the `>` that closes its link's tag, if one comes; else for as long
/// as its pieces are joined by an address's symbols (`/ . - _ ? = & #`).
fn mark_spaced_address(tokens: &[Token], marked: &mut [bool]) {
    mark_spaced_path(tokens, marked);
    for k in 0..tokens.len().saturating_sub(3) {
        let scheme = tokens[k].is_word("http") || tokens[k].is_word("https");
        if !scheme
            || !tokens[k + 1].is_symbol(":")
            || !tokens[k + 2].is_symbol("/")
            || !tokens[k + 3].is_symbol("/")
        {
            continue;
        }
        let reach = (k + SPACED_ADDRESS_REACH).min(tokens.len());
        let end = match (k + 4..reach).find(|&j| tokens[j].is_symbol(">")) {
            Some(close) => close + 1,
            None => {
                let joiner = |t: &Token| t.is_symbol("/.-_?=&#");
                let mut j = k + 4;
                while j < reach && (joiner(&tokens[j]) || tokens.get(j + 1).is_some_and(joiner)) {
                    j += 1;
                }
                (j + 1).min(reach)
            }
        };
        marked[k..end].fill(true);
    }
}

/// `com / greenwombat / 2007 / 08 / page`: an address's path spaced out, without its scheme
/// (the sentence splitter cut it off): pieces joined by three slashes or more, one of them
/// digits and one a lower-case word. A spaced date (`4 / 9 / 2007`) has no word; a choice of
/// words (`yes / no / maybe`) no digits.
fn mark_spaced_path(tokens: &[Token], marked: &mut [bool]) {
    let piece = |t: &Token| matches!(t.kind, TokenKind::Word | TokenKind::Digits);
    let mut k = 0;
    while k < tokens.len() {
        let mut end = k;
        while end + 2 < tokens.len() && piece(&tokens[end]) && tokens[end + 1].is_symbol("/") {
            end += 2;
        }
        let slashes = (end - k) / 2;
        if slashes >= 3 && piece(&tokens[end]) {
            let pieces = || (k..=end).step_by(2).map(|j| &tokens[j]);
            let digits = pieces().any(|t| t.kind == TokenKind::Digits);
            let word = pieces().any(|t| {
                t.kind == TokenKind::Word && t.text.chars().all(|c| c.is_ascii_lowercase())
            });
            if digits && word {
                marked[k..=end].fill(true);
            }
            k = end + 1;
        } else {
            k += 1;
        }
    }
}

/// `1. Skip to content`: a number opening the sentence with a full stop or bracket glued to it,
/// a capitalised word after: a list's number.
fn mark_list_number(tokens: &[Token], marked: &mut [bool]) {
    if let [first, stop, word, ..] = tokens
        && first.kind == TokenKind::Digits
        && first.text.len() <= 2
        && stop.glued
        && stop.is_symbol(".)")
        && word.kind == TokenKind::Word
        && !word.glued
        && word.text.starts_with(char::is_uppercase)
    {
        marked[0] = true;
    }
}

/// `https://…`, `www.bbc.co.uk/…`, `bbc.co.uk/news/123`, `name@example.org`.
fn is_address(run: &[Token]) -> bool {
    let scheme = run
        .windows(3)
        .any(|w| w[0].is_symbol(":") && w[1].is_symbol("/") && w[2].is_symbol("/"));
    let www = run
        .windows(2)
        .any(|w| w[0].is_word("www") && w[1].is_symbol("."));
    // A domain (a full stop between words) with a path (`/`) or an `@`.
    let domain = run.windows(3).any(|w| {
        w[0].kind == TokenKind::Word && w[1].is_symbol(".") && w[2].kind == TokenKind::Word
    });
    let path = run.iter().any(|t| t.is_symbol("/@"));
    scheme || www || domain && path
}

/// `width=300`, `id=12`, `width="300"`, `<div id=12>`: an attribute's value or a tag (not
/// `n=600`).
fn is_markup(run: &[Token]) -> bool {
    // An attribute's name has more than one letter, unless it is a query string's parameter
    // (`?_r=0`, `&b=2`): `n=600` and `p=0.03` are statistics.
    // Its value may be quoted (`timestamp="1449075600"`, as saved pages and embeds write it).
    let attribute = (0..run.len().saturating_sub(2)).any(|k| {
        let parameter = k > 0 && run[k - 1].is_symbol("?&_");
        let quote = usize::from(run[k + 2].is_symbol("\"'"));
        run[k].kind == TokenKind::Word
            && (run[k].text.len() > 1 || parameter)
            && run[k + 1].is_symbol("=")
            && run
                .get(k + 2 + quote)
                .is_some_and(|t| t.kind == TokenKind::Digits)
    });
    // A tag opens with `<` and a name or `/` (`<div`, `</p>`), or closes with `>` after a name,
    // a quote or `/` (`<p>`, `width="300">`, `<br/>`); not `<5%` or `300>`, which compare.
    let opens = run.first().is_some_and(|t| t.is_symbol("<"))
        && run
            .get(1)
            .is_some_and(|t| t.kind == TokenKind::Word || t.is_symbol("/!"));
    let closes = run.len() >= 2
        && run[run.len() - 1].is_symbol(">")
        && run[run.len() - 2].kind != TokenKind::Digits;
    attribute || opens || closes
}

#[cfg(test)]
mod tests {
    use super::mark_markup;
    use crate::claims::tokens::tokenize;

    /// The words of `sentence` that `mark_markup` marks, space-joined.
    fn marked(sentence: &str) -> String {
        let tokens = tokenize(sentence);
        let mut marks = vec![false; tokens.len()];
        mark_markup(&tokens, &mut marks);
        let words: Vec<&str> = tokens
            .iter()
            .zip(&marks)
            .filter(|&(_, &m)| m)
            .map(|(t, _)| t.text)
            .collect();
        words.join(" ")
    }

    #[test]
    fn tags_are_marked_but_not_a_less_than_sign() {
        assert_eq!(marked("See <div id=12> here"), "< div id = 12 >");
        assert_eq!(marked("Costs were estimated at <5% of GDP."), "");
        assert_eq!(
            marked("The error rate was <1% and throughput 300> before."),
            ""
        );
        assert_eq!(marked("It ran <br/> 12 times"), "< br / >");
    }

    /// `width=300` is an attribute, but a letter and its value are a study's statistics, as
    /// science copy writes them: `n=600` patients.
    #[test]
    fn an_attribute_is_marked_but_not_a_statistic() {
        assert_eq!(marked("An image width=300 loads"), "width = 300");
        assert_eq!(marked("It enrolled 1,200 patients (n=600 per arm)."), "");
        // A query string's parameter, where the sentence splitter cut the address before it.
        assert_eq!(marked("_r=0 and ?a=1&b=2 more"), "_ r = 0 ? a = 1 & b = 2");
    }

    /// An attribute's value in quotes, as saved pages and tweet embeds write them.
    #[test]
    fn a_quoted_attribute_value_is_marked() {
        let tag = r#"<tweet author="GovChristie" timestamp="1449075600" tweet_id="672164670267084800">Praying"#;
        let marks = marked(tag);
        assert!(marks.contains("1449075600"), "{marks}");
        assert!(marks.contains("672164670267084800"), "{marks}");
        assert_eq!(
            marked(r#"A tweet-id="673672413863927808" here"#),
            r#"tweet - id = " 673672413863927808 ""#
        );
        // Quoted figures in prose stay figures: `he said "300" twice`.
        assert_eq!(marked(r#"He wrote "300" on the board."#), "");
    }

    /// A web address whose pieces a tokeniser spaced out (as the ECB+ corpus's text has them),
    /// to the end of the link's tag or of the address.
    #[test]
    fn a_spaced_out_address_is_marked() {
        let marks = marked(
            "IBM added http: / / blogs. business2. com / greenwombat / 2007 / 08 / ibm -. html \">carbon consulting in 2007.",
        );
        assert!(marks.contains("2007 / 08"), "{marks}");
        assert!(!marks.contains("consulting"), "{marks}");
        let marks = marked("See http: / / example. com / 2020 / 05 for 12 photos.");
        assert!(marks.contains("2020 / 05"), "{marks}");
        assert!(!marks.contains("12"), "{marks}");
        // Its path cut off from its scheme by the sentence splitter.
        let marks = marked("com / greenwombat / 2007 / 08 / ibm-moves-into -.");
        assert!(marks.contains("2007 / 08"), "{marks}");
        // A spaced date or a choice of words is no path.
        assert_eq!(marked("Updated 4 / 9 / 2007 6:04 PM"), "");
        assert_eq!(marked("He said yes / no / maybe to 3 offers."), "");
    }

    /// A style sheet's pixels, where a saved page's CSS ran into the text.
    #[test]
    fn a_length_in_pixels_is_marked() {
        assert_eq!(
            marked(".image-wrap { margin-right:15px; float:left; }"),
            "15 px"
        );
        assert_eq!(marked("The banner is 300px wide."), "300 px");
        assert_eq!(marked("The 15 pixels were enough."), "");
    }
}
