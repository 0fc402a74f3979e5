//! Fuzzes quote extraction and attribution through `claims::extract` on one article (the quote
//! extractor is crate-private; this is its public way in): no panic, and every quote's parts
//! and speaker inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let document =
        claimdiff::Document::new(claimdiff::Article::new("a", "a.txt", common::text(data)));
    common::check_document(&document);
    for claim in claimdiff::claims::extract(&document, None) {
        common::check_claim(&document.article.text, &claim);
    }
});
