//! The command-line program around the library: flags (all in
//! [`flags`]), the reader → rayon → writer driver ([`run`]), the progress
//! line, atomic output files, and the `text` and `eval` commands. Nothing
//! here is part of the library's API.

pub mod eval;
pub mod flags;
pub mod outfile;
pub mod progress;
pub mod run;
pub mod text;
