//! `whosaid text`: the text that offsets refer to, exactly as extraction
//! sees it (after decoding, BOM removal and HTML reduction), so a user can
//! check any row's `text[quote_start:quote_end]` by hand.

use std::io::Write;

use anyhow::Result;

use super::flags::TextArgs;
use super::run::{Summary, input_options, is_broken_pipe, report};
use whosaid::input::{Item, Reader};

/// Print the document of one file (or stdin) as it is; JSONL/CSV records,
/// several paths, directories (or `--json`) as JSON Lines with `doc` and
/// `text`. Failed documents are reported and counted.
pub fn run(args: &TextArgs) -> Result<Summary> {
    let mut summary = Summary::default();
    match print(args, &mut summary) {
        Err(e) if is_broken_pipe(&e) => {
            summary.output_closed = true;
            Ok(summary)
        }
        Err(e) => Err(e.context("cannot write output")),
        Ok(()) => Ok(summary),
    }
}

fn print(args: &TextArgs, summary: &mut Summary) -> Result<()> {
    let opts = input_options(&args.input, &[]);
    let reader = Reader::new(&args.input.paths, opts.clone());
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    // Raw text only when the input can hold just one document (one file or
    // stdin, not a directory); records of a JSONL/CSV dump switch to JSON
    // Lines below. So the output's shape never depends on which documents
    // happened to fail.
    let paths = &args.input.paths;
    let mut jsonl = args.json || paths.len() > 1 || paths.iter().any(|p| p.is_dir());
    for item in reader {
        let doc = match item.parsed(&opts) {
            Item::Doc(d) => d.into_plain(),
            // `parsed` leaves no record.
            Item::Record(_) => continue,
            Item::Failed(f) => Err(f),
            Item::Skipped(note) => {
                summary.skipped += 1;
                if let Some(n) = note {
                    report(&format!("whosaid: warning: {n}"));
                }
                continue;
            }
        };
        match doc {
            Ok(d) => {
                if let Some(w) = &d.warning {
                    report(&format!("whosaid: warning: {}: {w}", d.at()));
                }
                summary.read += 1;
                summary.bytes += d.text.len() as u64;
                jsonl |= d.line.is_some();
                if jsonl {
                    write_json(&mut out, &d.id, &d.text)?;
                } else {
                    out.write_all(d.text.as_bytes())?;
                }
            }
            Err(f) => {
                summary.failed += 1;
                let at = f.line.map_or(String::new(), |l| format!(":{l}"));
                report(&format!("whosaid: error: {}{at}: {}", f.source, f.reason));
            }
        }
    }
    out.flush()?;
    Ok(())
}

fn write_json(out: &mut impl Write, id: &str, text: &str) -> Result<()> {
    serde_json::to_writer(&mut *out, &serde_json::json!({ "doc": id, "text": text }))?;
    out.write_all(b"\n")?;
    Ok(())
}
