//! How fast each prefix of the pipeline runs on one thread over a JSONL
//! corpus: the floor under `whosaid extract -j 1` (issue #4). Each level
//! does everything the level before it does, plus one step:
//!
//! - `read`: read the file and split it into lines (memchr);
//! - `parse`: + parse each line as whosaid does (text, id, kept fields);
//! - `tokenize`: + `segment::tokenize`;
//! - `analyze`: + `Document::analyze` (paragraphs, quotes, tokens,
//!   sentences, cues, names), instead of `tokenize` alone;
//! - `extract`: + attribution, resolution and the `Quote` rows;
//! - `encode`: + CSV encoding of the rows into a buffer (what the workers
//!   of `whosaid extract` hand the writer).
//!
//! Usage: cargo run --release --example floor -- FILE.jsonl [LEVEL...]
//! (all levels when none are named). MB/s are of input bytes (10^6).

use std::io::{BufRead, BufReader};
use std::sync::Arc;
use std::time::Instant;

use whosaid::document::Document;
use whosaid::input::{InputFormat, InputOptions, Item, Markup, RawRecord};
use whosaid::output::{Extra, Format, Rows};
use whosaid::segment::tokenize;
use whosaid::{Options, extract};

const LEVELS: &[&str] = &["read", "parse", "tokenize", "analyze", "extract", "encode"];

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: floor FILE.jsonl [{}...]", LEVELS.join("|"));
        std::process::exit(2);
    };
    let levels: Vec<&str> = if args.len() > 1 {
        args[1..].iter().map(String::as_str).collect()
    } else {
        LEVELS.to_vec()
    };
    let opts = InputOptions {
        text_field: "text".into(),
        id_field: "id".into(),
        keep_fields: Vec::new(),
        max_doc_bytes: 64 << 20,
        format: InputFormat::Jsonl,
        record_markup: Markup::Plain,
    };
    let rows = Rows::new(Format::Csv, true, Extra::default()).map_err(std::io::Error::other)?;
    for level in levels {
        let Some(depth) = LEVELS.iter().position(|l| *l == level) else {
            eprintln!("floor: unknown level {level}; one of {}", LEVELS.join(", "));
            std::process::exit(2);
        };
        let t = Instant::now();
        let (bytes, sink) = run(path, depth, &opts, &rows)?;
        let s = t.elapsed().as_secs_f64();
        println!(
            "{level:>9}: {:7.3} s  {:7.1} MB/s  (checksum {sink})",
            s,
            bytes as f64 / 1e6 / s
        );
    }
    Ok(())
}

/// Run levels up to `depth` over the file; returns the bytes read and a
/// number derived from the work, so none of it is optimised away.
fn run(
    path: &str,
    depth: usize,
    opts: &InputOptions,
    rows: &Rows,
) -> std::io::Result<(u64, usize)> {
    let mut r = BufReader::with_capacity(1 << 20, std::fs::File::open(path)?);
    let source: Arc<str> = path.into();
    let mut buf = Vec::new();
    let mut out = Vec::new();
    let (mut bytes, mut sink, mut line) = (0u64, 0usize, 0usize);
    loop {
        buf.clear();
        let n = r.read_until(b'\n', &mut buf)?;
        if n == 0 {
            return Ok((bytes, sink));
        }
        bytes += n as u64;
        line += 1;
        if depth == 0 {
            sink += buf.len();
            continue;
        }
        let rec = RawRecord {
            source: Arc::clone(&source),
            line,
            bytes: buf.clone(),
        };
        let Item::Doc(doc) = rec.parse(opts) else {
            continue;
        };
        sink += match depth {
            1 => doc.text.len(),
            2 => tokenize(&doc.text).len(),
            3 => Document::analyze(&doc.text).tokens.len(),
            4 => extract(&doc.text, &Options::default()).len(),
            _ => {
                out.clear();
                for (i, q) in extract(&doc.text, &Options::default()).iter().enumerate() {
                    rows.encode(
                        &mut out,
                        &rows.doc_cell(&doc.id),
                        i + 1,
                        &q.as_ref(),
                        &doc.kept,
                    )
                    .map_err(std::io::Error::other)?;
                }
                out.len()
            }
        };
    }
}
