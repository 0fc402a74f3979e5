//! claimdiff: cross-checks the claims of news outlets reporting the same event.
//!
//! The library is a pipeline, one module per stage, and each module uses only the stages before
//! it (docs/architecture.md; `tests/architecture.rs` checks it):
//!
//! - [`error`] (the one error type) and `lexicon` (every word list, as data files);
//! - [`ingest`] reads articles (files or standard input) into text;
//! - [`segment`] splits them into sentences (byte spans);
//! - [`claims`] reads each article's figures, dates and quotes with their context, and
//!   [`align`] pairs the sentences of different outlets by similarity (side by side);
//! - [`compare`] matches the claims across outlets and judges each match;
//! - [`pipeline`] wires those stages for one set of articles;
//! - [`baseline`] identifies findings and keeps the accepted ones; [`check`] runs many sets in
//!   parallel and decides what fails;
//! - [`report`] renders every result in every format to any writer;
//! - [`command`] dispatches a validated [`Config`] ([`run`]).
//!
//! The library never prints or exits: it returns values and [`Error`]s, and the binary decides
//! what reaches the terminal. rayon runs at three seams only (claims per article in
//! [`pipeline`], sentence chunks in [`align`], article sets in [`check`]); output never depends
//! on the thread count.

pub mod align;
pub mod baseline;
pub mod check;
pub mod claims;
pub mod command;
pub mod compare;
pub mod error;
pub mod ingest;
pub(crate) mod lexicon;
pub mod pipeline;
pub mod report;
pub mod segment;

pub use command::{Command, Config, Outcome, Status, run};
pub use error::{Error, Result};
pub use ingest::{Article, Input};
pub use segment::{Document, Sentence};
