//! Running `extract` over a stream of documents: bounded batches processed
//! in parallel with rayon and written in input order, so memory stays flat
//! on any corpus size and `-j 1` and `-j 8` give identical bytes.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use rayon::prelude::*;

use crate::cli::{CueSet, ExtractArgs};
use crate::extract::{Options, Quote, extract};
use crate::input::{Failure, InputOptions, Item, Reader};
use crate::output::Sink;

/// Counts for the closing summary; every document lands in exactly one of
/// with_quotes, without_quotes, failed, skipped.
#[derive(Default, Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub read: usize,
    pub with_quotes: usize,
    pub without_quotes: usize,
    pub failed: usize,
    pub skipped: usize,
    pub quotes: usize,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "whosaid: {} documents: {} with quotes, {} without, {} failed, {} skipped; {} quotes",
            self.read + self.failed + self.skipped,
            self.with_quotes,
            self.without_quotes,
            self.failed,
            self.skipped,
            self.quotes
        )
    }
}

/// Documents per batch, and the byte budget that closes a batch early.
const BATCH_DOCS: usize = 512;
const BATCH_BYTES: usize = 16 << 20;

enum Outcome {
    Quotes(String, Vec<Quote>, Option<String>),
    Failed(Failure),
    Skipped,
}

/// Run the extract command; returns the summary (the caller picks the exit code).
pub fn run(args: &ExtractArgs) -> Result<Summary> {
    let opts = Options {
        thought_cues: args.cues == CueSet::All,
    };
    let input = InputOptions {
        text_field: args.text_field.clone(),
        id_field: args.id_field.clone(),
        max_doc_bytes: args.max_doc_bytes,
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.unwrap_or(0))
        .build()
        .context("cannot start worker threads")?;
    let mut errors = match &args.errors {
        Some(p) => Some(BufWriter::new(File::create(p).with_context(|| {
            format!("cannot create --errors file {}", p.display())
        })?)),
        None => None,
    };
    let (writer, tmp): (Box<dyn Write>, Option<(tempfile_path::Tmp, PathBuf)>) = match &args.output
    {
        Some(p) => {
            let tmp = tempfile_path::Tmp::create(p)?;
            let file = tmp
                .file()
                .with_context(|| format!("cannot write {}", p.display()))?;
            (
                Box::new(BufWriter::with_capacity(1 << 20, file)),
                Some((tmp, p.clone())),
            )
        }
        None => (
            Box::new(BufWriter::with_capacity(1 << 16, std::io::stdout().lock())),
            None,
        ),
    };
    let mut sink = Sink::new(writer, args.format(), !args.no_formula_escape)?;
    let mut summary = Summary::default();
    let mut reader = Reader::new(&args.paths, input, args.jsonl);
    let mut batch: Vec<Item> = Vec::with_capacity(BATCH_DOCS);
    loop {
        batch.clear();
        let mut bytes = 0;
        for item in reader.by_ref() {
            if let Item::Doc(d) = &item {
                bytes += d.text.len();
            }
            batch.push(item);
            if batch.len() >= BATCH_DOCS || bytes >= BATCH_BYTES {
                break;
            }
        }
        if batch.is_empty() {
            break;
        }
        let outcomes: Vec<Outcome> = pool.install(|| {
            batch
                .par_drain(..)
                .map(|item| match item {
                    Item::Doc(d) => {
                        let quotes = extract(&d.text, &opts);
                        Outcome::Quotes(d.id, quotes, d.warning)
                    }
                    Item::Failed(f) => Outcome::Failed(f),
                    Item::Skipped => Outcome::Skipped,
                })
                .collect()
        });
        for o in outcomes {
            match o {
                Outcome::Quotes(id, quotes, warning) => {
                    if let Some(w) = warning {
                        eprintln!("whosaid: warning: {id}: {w}");
                    }
                    summary.read += 1;
                    if quotes.is_empty() {
                        summary.without_quotes += 1;
                    } else {
                        summary.with_quotes += 1;
                    }
                    summary.quotes += quotes.len();
                    for (i, q) in quotes.iter().enumerate() {
                        if let Err(e) = sink.write(&id, i + 1, q) {
                            return output_error(e);
                        }
                    }
                }
                Outcome::Failed(f) => {
                    summary.failed += 1;
                    match f.line {
                        Some(l) => eprintln!("whosaid: error: {}:{}: {}", f.source, l, f.reason),
                        None => eprintln!("whosaid: error: {}: {}", f.source, f.reason),
                    }
                    if let Some(w) = errors.as_mut() {
                        serde_json::to_writer(&mut *w, &f)?;
                        w.write_all(b"\n")?;
                    }
                }
                Outcome::Skipped => summary.skipped += 1,
            }
        }
        if let Err(e) = sink.flush() {
            return output_error(e.into());
        }
    }
    let writer = match sink.into_inner() {
        Ok(w) => w,
        Err(e) => return output_error(e),
    };
    drop(writer);
    if let Some((tmp, dest)) = tmp {
        tmp.persist(&dest)?;
    }
    if let Some(mut w) = errors {
        w.flush()?;
    }
    Ok(summary)
}

/// A closed stdout (`whosaid … | head`) ends the run quietly; any other
/// write error is fatal.
fn output_error(e: anyhow::Error) -> Result<Summary> {
    let broken_pipe = e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<csv::Error>().is_some_and(|ce| matches!(ce.kind(), csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe))
    });
    if broken_pipe {
        std::process::exit(0);
    }
    Err(e.context("cannot write output"))
}

/// A temporary file beside the destination, renamed over it on success.
mod tempfile_path {
    use super::*;

    pub struct Tmp {
        path: PathBuf,
        done: bool,
    }

    impl Tmp {
        pub fn create(dest: &Path) -> Result<Tmp> {
            let dir = dest
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let name = dest
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let path = dir.join(format!(".{name}.whosaid-{}.tmp", std::process::id()));
            File::create(&path)
                .with_context(|| format!("cannot write output {}", dest.display()))?;
            Ok(Tmp { path, done: false })
        }

        pub fn file(&self) -> std::io::Result<File> {
            std::fs::OpenOptions::new()
                .write(true)
                .truncate(true)
                .open(&self.path)
        }

        pub fn persist(mut self, dest: &Path) -> Result<()> {
            std::fs::rename(&self.path, dest)
                .with_context(|| format!("cannot move output into {}", dest.display()))?;
            self.done = true;
            Ok(())
        }
    }

    impl Drop for Tmp {
        fn drop(&mut self) {
            if !self.done {
                let _ = std::fs::remove_file(&self.path);
            }
        }
    }
}
