//! Helpers shared by the integration tests: running the binary and
//! checking the span contract (`quote == text[quote_start..quote_end]` in
//! Unicode-scalar offsets).
#![allow(dead_code)] // each test crate uses its own subset

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

// The span checks are shared with the fuzz target, which includes the file.
mod spans;
#[allow(unused_imports)] // not every test crate checks rows
pub use spans::check_rows;

/// What a finished `whosaid` run left behind.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// `whosaid <args>` in `dir`, with `stdin` piped in.
pub fn whosaid_in(dir: &Path, args: &[&str], stdin: &[u8]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn whosaid");
    let mut input = child.stdin.take().expect("stdin");
    // A run that does not read stdin may close it first: ignore EPIPE.
    let _ = input.write_all(stdin);
    drop(input);
    let out = child.wait_with_output().expect("wait for whosaid");
    Run {
        code: out.status.code().expect("exited, not killed by a signal"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// `whosaid <args>` in the current directory with empty stdin.
pub fn whosaid(args: &[&str]) -> Run {
    whosaid_in(Path::new("."), args, b"")
}

/// Parse JSONL output into values.
pub fn rows(jsonl: &str) -> Vec<serde_json::Value> {
    jsonl
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON row"))
        .collect()
}

/// `text` sliced by character offsets, Python style.
pub fn char_slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

/// Write a fixture file, creating its directories.
pub fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::write(path, bytes).expect("write fixture");
}

/// The `doc` column of JSONL output.
pub fn docs(jsonl: &str) -> Vec<String> {
    rows(jsonl)
        .iter()
        .map(|r| r["doc"].as_str().expect("doc").to_string())
        .collect()
}

/// `whosaid extract --format jsonl <paths>` in `dir`, with the run's result.
pub fn extract_jsonl(dir: &Path, paths: &[&str]) -> Run {
    let mut args = vec!["extract", "--format", "jsonl"];
    args.extend_from_slice(paths);
    whosaid_in(dir, &args, b"")
}
