//! The command-line program around the library: flags (all in
//! [`flags`]), the reader → rayon → writer driver ([`run`]), the progress
//! line, atomic output files, a huge document's rows set aside on disk
//! ([`spill`]), and the `text`, `eval`, `quotes` and `view`
//! commands. Nothing
//! here is part of the library's API.

pub mod eval;
pub mod flags;
pub mod outfile;
pub mod progress;
pub mod quotes;
pub mod run;
pub mod spill;
pub mod summary;
pub mod text;
pub mod view;
