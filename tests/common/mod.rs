//! Helpers shared by the integration tests: running the binary and
//! checking the span contract (`quote == text[quote_start..quote_end]` in
//! Unicode-scalar offsets).
#![allow(dead_code)] // each test crate uses its own subset

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use whosaid::Quote;

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

/// The span contract for one field: both offsets or neither; with both,
/// `start <= end <= len` and the field is exactly that slice.
pub fn check_span(chars: &[char], what: &str, field: &str, span: (Option<usize>, Option<usize>)) {
    match span {
        (Some(s), Some(e)) => {
            assert!(
                s <= e && e <= chars.len(),
                "{what} span {s}..{e} outside 0..{}",
                chars.len()
            );
            let slice: String = chars[s..e].iter().collect();
            assert_eq!(field, slice, "{what} differs from its span {s}..{e}");
        }
        (None, None) => assert!(field.is_empty(), "{what} {field:?} has no span"),
        _ => panic!("{what} has half a span: {span:?}"),
    }
}

/// Every invariant a row of `extract(text)` must hold.
pub fn check_rows(text: &str, rows: &[Quote]) {
    let chars: Vec<char> = text.chars().collect();
    for q in rows {
        let quote = (Some(q.quote_start), Some(q.quote_end));
        check_span(&chars, "quote", &q.quote, quote);
        check_span(
            &chars,
            "speaker_mention",
            &q.speaker_mention,
            (q.speaker_start, q.speaker_end),
        );
        check_span(&chars, "cue", &q.cue, (q.cue_start, q.cue_end));
    }
}
