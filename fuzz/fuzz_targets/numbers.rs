//! Fuzzes the reading of one sentence (`claims::extract_sentence`: numbers, dates, times,
//! scores), with and without an article date: no panic, every claim inside the sentence.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let text = common::text(data);
    let date = claimdiff::claims::parse_article_date("2020-08-17").ok();
    for claim in claimdiff::claims::extract_sentence(&text, None) {
        common::check_claim(&text, &claim);
    }
    for claim in claimdiff::claims::extract_sentence(&text, date) {
        common::check_claim(&text, &claim);
    }
});
