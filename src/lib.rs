//! claimdiff: cross-checks the claims of news outlets reporting the same event.
//!
//! The library is a pipeline, one module per stage: [`ingest`] reads articles, [`segment`]
//! splits them into sentences, [`align`] pairs the sentences of different outlets, [`claims`]
//! reads each article's figures, dates and quotes, [`compare`] judges them across outlets,
//! [`pipeline`] wires those stages for one set of articles, [`check`] runs many sets and decides
//! what fails (with [`baseline`]), [`report`] renders the results, and [`command`] dispatches. The library never prints or exits: it returns values and
//! [`Error`]s, and the binary decides what reaches the terminal.

pub mod align;
pub mod baseline;
pub mod check;
pub mod claims;
pub mod command;
pub mod compare;
pub mod error;
pub mod ingest;
pub mod lexicon;
pub mod pipeline;
pub mod report;
pub mod segment;

pub use command::{Command, Config, Outcome, Status, run};
pub use error::{Error, Result};
pub use ingest::{Article, Input};
pub use segment::{Document, Sentence};
