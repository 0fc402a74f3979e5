//! Fuzzes the sentence splitter (`segment::segment`, and `Document::new`, which sets page
//! furniture aside): no panic, and every sentence inside the text, on character boundaries, in
//! order.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let text = common::text(data);
    let mut last_end = 0;
    for sentence in claimdiff::segment::segment(&text) {
        let span = sentence.span();
        common::check_span(&text, span.start, span.end, "sentence");
        assert!(span.start >= last_end, "sentences overlap");
        last_end = span.end;
    }
    let document = claimdiff::Document::new(claimdiff::Article::new("a", "a.txt", text));
    common::check_document(&document);
});
