//! The cost fuzzer: runs the compare pipeline on the input (split as the `compare` target does)
//! and panics, so libFuzzer keeps the input, when it costs more than 20 ms plus 50 µs a byte.
//! The library counts no work, so cost is the process's CPU time (all threads; run it with
//! `RAYON_NUM_THREADS=1`), not wall-clock time, which other processes on a shared machine
//! stretch. The bound is generous on purpose: a fuzzing build is instrumented and carries debug
//! assertions, and only growth faster than linear reaches it at `-max_len` 4096 or 65536.
#![no_main]

use std::sync::Once;
use std::time::Duration;

use claimdiff::Article;
use claimdiff::align::AlignOptions;
use claimdiff::pipeline::{self, ArticleDates};
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

const FLOOR: Duration = Duration::from_millis(20);
const PER_BYTE: Duration = Duration::from_micros(50);

/// CPU time used by the whole process so far.
fn cpu_time() -> Duration {
    let mut spec = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `spec` is a valid timespec to write into; the clock id is a constant.
    let status = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut spec) };
    assert_eq!(status, 0, "clock_gettime");
    Duration::new(spec.tv_sec as u64, spec.tv_nsec as u32)
}

/// The word lists, stemmers and tables the library builds on first use (about 160 ms in a
/// fuzzing build) are built once, on the two seed articles, before anything is timed: the first
/// input found "slow" was two bytes paying for them.
static WARM: Once = Once::new();

fn warm() {
    WARM.call_once(|| {
        let articles = vec![
            Article::new(
                "bbc",
                "bbc.txt",
                include_str!("../../seeds/belarus-2020-08-17/bbc.txt"),
            ),
            Article::new(
                "nyt",
                "nyt.txt",
                include_str!("../../seeds/belarus-2020-08-17/nyt.txt"),
            ),
        ];
        pipeline::compare_loaded(articles, &AlignOptions::default(), &ArticleDates::default());
    });
}

fuzz_target!(|data: &[u8]| {
    warm();
    let bound = FLOOR + PER_BYTE * u32::try_from(data.len()).unwrap_or(u32::MAX);
    let start = cpu_time();
    let compared = pipeline::compare_loaded(
        common::articles(data),
        &AlignOptions::default(),
        &ArticleDates::default(),
    );
    let spent = cpu_time() - start;
    drop(compared);
    assert!(
        spent <= bound,
        "{} bytes took {spent:?} of CPU time, over the bound {bound:?}",
        data.len()
    );
});
