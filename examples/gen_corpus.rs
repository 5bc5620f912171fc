//! Write a deterministic synthetic JSONL corpus for benchmarks.
//!
//! Usage: cargo run --release --example gen_corpus -- SIZE_MB OUT.jsonl [SEED]
//!        (OUT `-` writes to stdout)

use std::io::{BufWriter, Write};

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: gen_corpus SIZE_MB OUT.jsonl [SEED]");
        std::process::exit(2);
    }
    let mb: u64 = args[1].parse().unwrap_or_else(|_| {
        eprintln!("gen_corpus: SIZE_MB must be a number");
        std::process::exit(2)
    });
    let seed: u64 = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(1);
    let out: Box<dyn Write> = if args[2] == "-" {
        Box::new(std::io::stdout().lock())
    } else {
        Box::new(std::fs::File::create(&args[2])?)
    };
    let n = whosaid_synth::jsonl_corpus(seed, mb << 20, BufWriter::with_capacity(1 << 20, out))?;
    eprintln!("gen_corpus: wrote {n} bytes (seed {seed})");
    Ok(())
}
