//! Fuzzes the whole `compare` pipeline on two texts (split at the first 0xFF byte, else one text
//! against itself) and every report renderer into a `Vec<u8>`: no panic, every span inside its
//! article, and the JSON report valid JSON.
#![no_main]

use claimdiff::align::AlignOptions;
use claimdiff::pipeline::{self, ArticleDates};
use claimdiff::report::{self, RenderOptions};
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let compared = pipeline::compare_loaded(
        common::articles(data),
        &AlignOptions::default(),
        &ArticleDates::default(),
    );
    for (document, claims) in compared.alignment.documents.iter().zip(&compared.claims) {
        common::check_document(document);
        for claim in claims {
            common::check_claim(&document.article.text, claim);
        }
    }
    let mut out = Vec::new();
    report::json::write_comparison(&mut out, &compared, false).unwrap();
    let _: serde_json::Value = serde_json::from_slice(&out).expect("the JSON report is JSON");
    for options in [
        RenderOptions::default(),
        RenderOptions {
            width: 20,
            color: true,
            brief: true,
            all: true,
            context: true,
        },
        RenderOptions {
            all: true,
            context: true,
            ..RenderOptions::default()
        },
    ] {
        out.clear();
        report::table::comparison(&mut out, &compared, &options).unwrap();
        out.clear();
        report::markdown::comparison(&mut out, &compared, &options).unwrap();
    }
    out.clear();
    report::csv::comparison(&mut out, &compared, false).unwrap();
    out.clear();
    report::json::write_alignment(&mut out, &compared.alignment).unwrap();
    out.clear();
    report::table::alignment(&mut out, &compared.alignment, 80).unwrap();
    out.clear();
    report::json::write_sentences(&mut out, &compared.alignment.documents).unwrap();
});
