//! Report: renders what the pipeline found, for people ([`table`]) and for machines ([`json`]).
//!
//! Renderers take finished results and return a `String`; they never compute anything the
//! pipeline has not decided, so every format tells the same story. Writing the string to the
//! terminal is the binary's job.

pub mod json;
pub mod table;

use crate::align::{AlignOptions, AlignedPair};
use crate::segment::Document;

/// The output formats every command offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// A table for reading in a terminal, wrapped to its width.
    #[default]
    Table,
    /// The JSON contract of docs/json.md, for scripts and CI.
    Json,
}

/// What `claimdiff align` found: the articles, their sentences and the aligned pairs.
#[derive(Debug, Clone)]
pub struct AlignReport {
    pub documents: Vec<Document>,
    pub pairs: Vec<AlignedPair>,
    pub options: AlignOptions,
}

/// Collapses runs of whitespace (soft line wraps, double spaces) to one space, for display.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
