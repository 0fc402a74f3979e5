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
        common::check_span(&text, sentence.start, sentence.end, "sentence");
        assert!(sentence.start >= last_end, "sentences overlap");
        last_end = sentence.end;
    }
    let document = claimdiff::Document::new(claimdiff::Article::new("a", "a.txt", text));
    common::check_document(&document);
});
