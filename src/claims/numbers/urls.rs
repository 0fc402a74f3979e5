//! Web addresses: takes a sentence's tokens and marks those of a web address as taken, so no
//! figure or date is read inside one (claims/mod.rs marks them before dates are found) (`https://example.com/search?q=30%25`, `www.example.com/2020/05`):
//! an address quoted in copy holds digits and `%` escapes that state nothing. An address starts
//! at a scheme (`http:`, `https:`, `ftp:`) or at `www.` and runs while its tokens are glued.

use super::super::tokens::Token;

/// Marks every token of a web address as taken.
pub(crate) fn mark_urls(tokens: &[Token], taken: &mut [bool]) {
    let mut i = 0;
    while i < tokens.len() {
        if !starts_url(tokens, i) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while tokens.get(end).is_some_and(|t| t.glued) {
            end += 1;
        }
        taken[i..end].fill(true);
        i = end;
    }
}

/// A scheme glued to `:/` (`https://`), or `www` glued to a dot.
fn starts_url(tokens: &[Token], i: usize) -> bool {
    let glued = |k: usize, symbol: &str| {
        tokens
            .get(k)
            .is_some_and(|t| t.glued && t.is_symbol(symbol))
    };
    let token = &tokens[i];
    let scheme = ["http", "https", "ftp"].iter().any(|s| token.is_word(s));
    (scheme && glued(i + 1, ":") && glued(i + 2, "/"))
        || (token.is_word("www") && glued(i + 1, "."))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::tokens::tokenize;

    #[test]
    fn an_address_is_taken_to_its_end_and_no_further() {
        let tokens = tokenize("see https://a.com/q?x=30%25%2020% or www.b.org/2020 for 5 more");
        let mut taken = vec![false; tokens.len()];
        mark_urls(&tokens, &mut taken);
        let free: Vec<&str> = tokens
            .iter()
            .zip(&taken)
            .filter(|(_, taken)| !**taken)
            .map(|(t, _)| t.text)
            .collect();
        assert_eq!(free, ["see", "or", "for", "5", "more"]);
    }
}
