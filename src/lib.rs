//! claimdiff: cross-checks the claims of news outlets reporting the same event.
//!
//! The library is a pipeline, one module per stage: [`ingest`] reads articles, [`segment`]
//! splits them into sentences, [`align`] pairs the sentences of different outlets, and
//! [`report`] renders the result. The library never prints or exits: it returns values and
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
pub mod report;
pub mod segment;

pub use command::{Command, Config, Outcome, Status, run};
pub use error::{Error, Result};
pub use ingest::{Article, Input};
pub use segment::{Document, Sentence};
