//! whosaid: who said what in news text.
//!
//! A rule-based pipeline, one module per stage:
//! [`segment`] (paragraphs, sentences) → [`quotes`] (quotation spans) →
//! [`cues`] (speech verbs) → [`mentions`] (names, pronouns, descriptions) →
//! [`sieves`] (attribution rules, in order) →
//! [`resolve`] (canonical speakers) → [`output`] (CSV, JSONL).
//! [`extract::extract`] runs them all on one document.
//!
//! The attribution rules are the ordered sieves of [`sieves`]; word
//! knowledge lives in `data/`; ARCHITECTURE.md says where each kind of
//! change goes.

#![deny(missing_docs)]

pub mod ablation;
pub mod cues;
pub mod document;
pub mod eval;
pub mod extract;
pub(crate) mod grammar;
pub(crate) mod lexicon;
pub mod mentions;
pub mod model;
pub mod quotes;
pub mod resolve;
pub mod segment;
pub mod sieves;
pub(crate) mod text;
pub mod window;
pub(crate) mod words;

pub use extract::{Options, Quote, QuoteRef, Row, extract, extract_each, extract_each_ref};
pub mod input;
pub mod names;
pub mod output;
pub mod provenance;
pub mod spans;
pub mod speakers;
pub mod view;
