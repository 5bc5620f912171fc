//! Print a text's rows as `kind | quote | speaker | sieve`, the row form of
//! the sieve case tables (`tests/sieves/*.cases`).
//!
//! Usage: cargo run --example sieve_rows -- FILE   (`-` reads stdin)

use std::io::Read;

fn main() -> std::io::Result<()> {
    let path = std::env::args().nth(1).unwrap_or_else(|| "-".into());
    let mut text = String::new();
    if path == "-" {
        std::io::stdin().read_to_string(&mut text)?;
    } else {
        text = std::fs::read_to_string(&path)?;
    }
    let text = text.strip_suffix('\n').unwrap_or(&text);
    for q in whosaid::extract(text, &whosaid::Options::default()) {
        println!("{} | {} | {} | {}", q.kind, q.quote, q.speaker, q.method);
    }
    Ok(())
}
