//! Bad input, faults and no lost data: one test per input class, each
//! checking what a user expects to see (exit code, a message naming the
//! file, the other documents still processed, no stray files).
//!
//! Chosen behaviours, as the README states them:
//! - a UTF-8 BOM is removed and offsets count from the character after it;
//! - invalid UTF-8 becomes U+FFFD with a warning naming the file, offsets
//!   refer to the decoded text;
//! - duplicate ids are allowed: both documents are processed, with a warning;
//! - symlinks are followed, each directory is read once (a loop is reported
//!   once, as a warning); hidden entries and FIFOs in directories are skipped;
//! - exit codes: 0 all read, 1 some documents failed, 2 usage or fatal error.

mod common;

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use common::{char_slice, check_rows, docs, extract_jsonl, rows, whosaid_in, write};

/// Names in `dir`, sorted: to prove a run left nothing behind.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("read_dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

const GOOD: &[u8] = b"\"All is well,\" said Anna Alm.";

#[test]
fn invalid_utf8_is_replaced_and_named_in_a_warning() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "latin1.txt",
        b"\"Caf\xe9 au lait \xff for all,\" said Anna Alm.",
    );
    let run = extract_jsonl(dir.path(), &["latin1.txt"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("warning") && run.stderr.contains("latin1.txt"),
        "{}",
        run.stderr
    );
    let decoded = "\"Caf\u{FFFD} au lait \u{FFFD} for all,\" said Anna Alm.";
    let rows = rows(&run.stdout);
    assert_eq!(rows.len(), 1, "{}", run.stdout);
    let (s, e) = (
        rows[0]["quote_start"].as_u64(),
        rows[0]["quote_end"].as_u64(),
    );
    let (s, e) = (s.expect("start") as usize, e.expect("end") as usize);
    assert_eq!(
        char_slice(decoded, s, e),
        rows[0]["quote"].as_str().expect("quote")
    );
    assert!(
        rows[0]["quote"]
            .as_str()
            .expect("quote")
            .contains('\u{FFFD}')
    );
}

#[test]
fn invalid_utf8_in_a_jsonl_line_names_file_and_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "d.jsonl",
        b"{\"id\":\"ok\",\"text\":\"fine\"}\n{\"id\":\"x\",\"text\":\"caf\xe9\"}\n",
    );
    let run = whosaid_in(dir.path(), &["extract", "d.jsonl"], b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("d.jsonl:2") && run.stderr.contains("U+FFFD"),
        "{}",
        run.stderr
    );
}

/// A BOM is not text: it is removed, and offsets count from the first
/// character after it, so output is the same with or without one.
#[test]
fn utf8_bom_is_stripped_before_offsets() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend_from_slice(GOOD);
    write(dir.path(), "doc.txt", &with_bom);
    let bom = extract_jsonl(dir.path(), &["doc.txt"]);
    write(dir.path(), "doc.txt", GOOD);
    let plain = extract_jsonl(dir.path(), &["doc.txt"]);
    assert_eq!(bom.stdout, plain.stdout);
    assert_eq!(rows(&bom.stdout)[0]["quote_start"], 1, "{}", bom.stdout);
    assert!(
        bom.stderr.lines().all(|l| !l.contains("warning")),
        "{}",
        bom.stderr
    );

    // The first line of a JSONL file may carry one too.
    let jsonl = b"\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"\\\"Yes,\\\" said Anna Alm.\"}\n";
    write(dir.path(), "bom.jsonl", jsonl);
    let run = extract_jsonl(dir.path(), &["bom.jsonl"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(docs(&run.stdout), ["a"]);
}

#[test]
fn crlf_and_lone_cr_still_split_paragraphs() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, nl) in [("crlf.txt", "\r\n"), ("cr.txt", "\r"), ("lf.txt", "\n")] {
        let text =
            format!("\"First point,\" said Anna Alm.{nl}{nl}\"Second point,\" said Bert Berg.{nl}");
        write(dir.path(), name, text.as_bytes());
        let run = extract_jsonl(dir.path(), &[name]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let rows = rows(&run.stdout);
        let paras: Vec<u64> = rows
            .iter()
            .map(|r| r["paragraph"].as_u64().expect("p"))
            .collect();
        assert_eq!(paras, [0, 1], "{name}: {}", run.stdout);
        for r in &rows {
            let (s, e) = (r["quote_start"].as_u64(), r["quote_end"].as_u64());
            let (s, e) = (s.expect("start") as usize, e.expect("end") as usize);
            assert_eq!(char_slice(&text, s, e), r["quote"].as_str().expect("quote"));
        }
    }
}

#[test]
fn binary_file_fails_by_name_and_the_rest_is_processed() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "in/a.txt", GOOD);
    write(
        dir.path(),
        "in/b.bin",
        b"\x7fELF\x02\x01\x01\0\0\0\0said \"x\"",
    );
    write(dir.path(), "in/c.txt", GOOD);
    let run = extract_jsonl(dir.path(), &["in"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("in/b.bin") && run.stderr.contains("binary"),
        "{}",
        run.stderr
    );
    assert_eq!(docs(&run.stdout), ["in/a.txt", "in/c.txt"]);
    assert!(
        run.stderr
            .contains("3 documents: 2 with quotes, 0 without, 1 failed"),
        "{}",
        run.stderr
    );
}

#[test]
fn empty_file_and_empty_text_are_documents_without_quotes() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "empty.txt", b"");
    write(dir.path(), "e.jsonl", b"{\"id\":\"e\",\"text\":\"\"}\n");
    let run = whosaid_in(dir.path(), &["extract", "empty.txt", "e.jsonl"], b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("2 documents: 0 with quotes, 2 without, 0 failed"),
        "{}",
        run.stderr
    );
    assert_eq!(
        run.stdout.lines().count(),
        1,
        "only the CSV header: {}",
        run.stdout
    );
    // Empty stdin too.
    let stdin = whosaid_in(dir.path(), &["extract"], b"");
    assert_eq!(stdin.code, 0);
    assert!(
        stdin
            .stderr
            .contains("1 documents: 0 with quotes, 1 without"),
        "{}",
        stdin.stderr
    );
}

#[test]
fn oversized_documents_fail_clearly_and_the_rest_is_processed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let big = format!("\"{}\" said Anna Alm.", "word ".repeat(40));
    write(dir.path(), "big.txt", big.as_bytes());
    write(dir.path(), "small.txt", GOOD);
    let line = |id: &str, text: &str| serde_json::json!({"id": id, "text": text}).to_string();
    let jsonl = [line("huge", &big), line("tiny", "\"Ok,\" said Bert Berg.")].join("\n");
    write(dir.path(), "d.jsonl", jsonl.as_bytes());
    let args = [
        "extract",
        "--format",
        "jsonl",
        "--max-doc-bytes",
        "100",
        "big.txt",
        "small.txt",
        "d.jsonl",
    ];
    let run = whosaid_in(dir.path(), &args, b"");
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(docs(&run.stdout), ["small.txt", "tiny"]);
    for named in ["big.txt:", "d.jsonl:1:"] {
        let line = run.stderr.lines().find(|l| l.contains(named));
        assert!(
            line.is_some_and(|l| l.contains("--max-doc-bytes")),
            "no clear error for {named}: {}",
            run.stderr
        );
    }
    // Stdin has no length up front: still refused past the limit.
    let stdin = whosaid_in(
        dir.path(),
        &["extract", "--max-doc-bytes", "100"],
        big.as_bytes(),
    );
    assert_eq!(stdin.code, 1);
    assert!(stdin.stderr.contains("<stdin>") && stdin.stderr.contains("--max-doc-bytes"));
}

#[test]
fn hundred_thousand_unbalanced_quote_marks_complete_with_bounded_spans() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = format!(
        "Anna Alm said {} and then stopped.\n\n\"Fine,\" said Bert Berg.\n\n“{} ok",
        "\"".repeat(100_000),
        "“".repeat(100)
    );
    write(dir.path(), "marks.txt", text.as_bytes());
    let run = extract_jsonl(dir.path(), &["marks.txt"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let rows = rows(&run.stdout);
    assert!(rows.iter().any(|r| r["quote"] == "Fine,"), "{}", run.stdout);
    let paragraphs: Vec<&str> = text.split("\n\n").collect();
    for r in &rows {
        let quote = r["quote"].as_str().expect("quote");
        // No span runs across a paragraph break or past the text.
        assert!(!quote.contains("\n\n"), "a quote spans paragraphs");
        let p = r["paragraph"].as_u64().expect("paragraph") as usize;
        assert!(paragraphs.get(p).is_some_and(|para| para.contains(quote)));
    }
    check_rows(
        &text,
        &whosaid::extract(&text, &whosaid::Options::default()),
    );
}

#[test]
fn malformed_jsonl_lines_are_named_and_the_rest_is_processed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lines = [
        r#"{"id":"one","text":"\"First,\" said Anna Alm."}"#,
        r#"{"id":"broken","text":"#,
        r#"["not", "an", "object"]"#,
        "",
        r#"{"id":"two","text":"\"Second,\" said Bert Berg."}"#,
    ];
    write(dir.path(), "d.jsonl", lines.join("\n").as_bytes());
    let run = extract_jsonl(dir.path(), &["d.jsonl"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(docs(&run.stdout), ["one", "two"]);
    assert!(
        run.stderr.contains("d.jsonl:2: malformed JSON"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("d.jsonl:3: not a JSON object"),
        "{}",
        run.stderr
    );
    // The blank line is neither a document nor an error.
    assert!(
        run.stderr
            .contains("5 documents: 2 with quotes, 0 without, 2 failed, 1 skipped"),
        "{}",
        run.stderr
    );
}

#[test]
fn missing_or_non_string_text_fields_fail_by_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lines = [
        r#"{"id":"a"}"#,
        r#"{"id":"b","text":5}"#,
        r#"{"id":"c","text":null}"#,
        r#"{"id":"d","text":["x"]}"#,
        r#"{"id":"e","text":"\"Fine,\" said Anna Alm."}"#,
    ];
    write(dir.path(), "d.jsonl", lines.join("\n").as_bytes());
    let run = extract_jsonl(dir.path(), &["d.jsonl"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(docs(&run.stdout), ["e"]);
    assert!(
        run.stderr.contains("d.jsonl:1: no field \"text\""),
        "{}",
        run.stderr
    );
    for line in 2..=4 {
        let want = format!("d.jsonl:{line}: field \"text\" is not a string");
        assert!(run.stderr.contains(&want), "{want} missing: {}", run.stderr);
    }
}

/// Duplicate ids are kept (dropping one would lose data) but flagged.
#[test]
fn duplicate_ids_are_processed_with_a_warning() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lines = [
        r#"{"id":"x","text":"\"One,\" said Anna Alm."}"#,
        r#"{"id":"y","text":"\"Two,\" said Bert Berg."}"#,
        r#"{"id":"x","text":"\"Three,\" said Carla Cruz."}"#,
    ];
    write(dir.path(), "d.jsonl", lines.join("\n").as_bytes());
    let run = extract_jsonl(dir.path(), &["d.jsonl"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(docs(&run.stdout), ["x", "y", "x"]);
    let warnings: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains("duplicate"))
        .collect();
    assert_eq!(warnings.len(), 1, "{}", run.stderr);
    assert!(warnings[0].contains("d.jsonl:3") && warnings[0].contains("\"x\""));
}

/// Whether this process can read a file whose mode is 000 (root can).
fn permissions_are_enforced(dir: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let probe = dir.join("probe");
    fs::write(&probe, b"x").expect("probe");
    fs::set_permissions(&probe, fs::Permissions::from_mode(0o000)).expect("chmod");
    let enforced = fs::read(&probe).is_err();
    fs::remove_file(&probe).expect("rm probe");
    enforced
}

#[test]
fn unreadable_files_fail_by_name_and_the_rest_is_processed() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "in/a.txt", GOOD);
    std::os::unix::fs::symlink("nowhere.txt", dir.path().join("in/dangling.txt")).expect("symlink");
    write(dir.path(), "in/locked.txt", GOOD);
    let locked = dir.path().join("in/locked.txt");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).expect("chmod");
    let enforced = permissions_are_enforced(dir.path());
    let run = extract_jsonl(dir.path(), &["in", "missing.txt"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("in/dangling.txt: cannot read"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("missing.txt: cannot read"),
        "{}",
        run.stderr
    );
    assert!(docs(&run.stdout).contains(&"in/a.txt".to_string()));
    // As root, mode 000 does not stop reads: then the file is simply read.
    if enforced {
        assert!(
            run.stderr.contains("in/locked.txt: cannot read"),
            "{}",
            run.stderr
        );
    } else {
        assert!(docs(&run.stdout).contains(&"in/locked.txt".to_string()));
    }
}

#[test]
fn unreadable_directories_fail_by_name() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "in/a.txt", GOOD);
    write(dir.path(), "in/locked/b.txt", GOOD);
    let locked = dir.path().join("in/locked");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).expect("chmod");
    let enforced = permissions_are_enforced(dir.path());
    let run = extract_jsonl(dir.path(), &["in"]);
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).expect("chmod back");
    assert!(
        docs(&run.stdout).contains(&"in/a.txt".to_string()),
        "{}",
        run.stderr
    );
    if enforced {
        assert_eq!(run.code, 1, "{}", run.stderr);
        assert!(
            run.stderr.contains("in/locked: cannot read directory"),
            "{}",
            run.stderr
        );
    } else {
        assert_eq!(run.code, 0, "{}", run.stderr);
    }
}

#[test]
fn symlink_loops_terminate_and_are_reported_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "in/a.txt", GOOD);
    write(dir.path(), "in/sub/b.txt", GOOD);
    std::os::unix::fs::symlink("..", dir.path().join("in/sub/up")).expect("symlink");
    std::os::unix::fs::symlink(".", dir.path().join("in/self")).expect("symlink");
    let run = extract_jsonl(dir.path(), &["in"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(docs(&run.stdout), ["in/a.txt", "in/sub/b.txt"]);
    for link in ["in/self", "in/sub/up"] {
        let n = run.stderr.lines().filter(|l| l.contains(link)).count();
        assert_eq!(n, 1, "{link} reported {n} times: {}", run.stderr);
    }
}

#[test]
fn hidden_entries_and_fifos_in_directories_are_skipped() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "in/a.txt", GOOD);
    write(dir.path(), "in/.hidden.txt", GOOD);
    write(dir.path(), "in/.git/HEAD", b"ref: refs/heads/main");
    let fifo = dir.path().join("in/pipe");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    let run = extract_jsonl(dir.path(), &["in"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(docs(&run.stdout), ["in/a.txt"]);
    if made {
        assert!(
            run.stderr.contains("in/pipe: not a regular file"),
            "{}",
            run.stderr
        );
    }
}

/// A JSONL corpus big enough that its output cannot fit in a pipe buffer.
fn big_corpus(dir: &Path) {
    let line = |i: usize| {
        let text = format!("\"Number {i} is up,\" said Anna Alm. Bert Berg said that it was down.");
        serde_json::json!({ "id": i, "text": text }).to_string()
    };
    let lines: Vec<String> = (0..5000).map(line).collect();
    write(dir, "big.jsonl", lines.join("\n").as_bytes());
}

#[test]
fn closed_stdout_ends_the_run_quietly() {
    let dir = tempfile::tempdir().expect("tempdir");
    big_corpus(dir.path());
    for format in ["jsonl", "csv"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid"))
            .args(["extract", "--format", format, "big.jsonl"])
            .current_dir(dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        let mut out = BufReader::new(child.stdout.take().expect("stdout"));
        let mut first = String::new();
        out.read_line(&mut first).expect("first line");
        assert!(
            first.starts_with("{\"doc\":\"0\"") || first.starts_with("doc,"),
            "{first}"
        );
        drop(out); // like `| head -1`
        let result = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&result.stderr);
        assert_eq!(result.status.code(), Some(0), "{format}: {stderr}");
        assert!(
            stderr.is_empty(),
            "{format}: expected silence, got: {stderr}"
        );
    }
}

#[test]
fn unwritable_output_is_a_fatal_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", GOOD);
    for out in ["no/such/dir/out.csv", "/proc/whosaid-out.csv", "."] {
        let run = whosaid_in(dir.path(), &["extract", "a.txt", "-o", out], b"");
        assert_eq!(run.code, 2, "-o {out}: {}", run.stderr);
        assert!(
            run.stderr.contains("error") && run.stderr.contains(out),
            "{}",
            run.stderr
        );
        assert_eq!(run.stdout, "");
    }
    assert_eq!(listing(dir.path()), ["a.txt"]);
}

#[test]
fn failed_run_keeps_the_old_output_and_leaves_no_temp_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", GOOD);
    write(dir.path(), "out.csv", b"OLD");
    // The output opens fine; the error log cannot: a fatal error after -o.
    let args = [
        "extract",
        "a.txt",
        "-o",
        "out.csv",
        "--errors",
        "no/dir/errors.jsonl",
    ];
    let run = whosaid_in(dir.path(), &args, b"");
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("--errors"), "{}", run.stderr);
    assert_eq!(fs::read(dir.path().join("out.csv")).expect("out"), b"OLD");
    assert_eq!(listing(dir.path()), ["a.txt", "out.csv"]);
}

#[test]
fn successful_run_replaces_the_output_atomically() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "in/a.txt", GOOD);
    write(dir.path(), "in/out.jsonl", b"OLD");
    // The output sits inside the input directory: its temporary file
    // (hidden) must not be read back as a document.
    let args = [
        "extract",
        "in/a.txt",
        "-o",
        "in/out.jsonl",
        "--errors",
        "in/err.jsonl",
    ];
    let run = whosaid_in(dir.path(), &args, b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = fs::read_to_string(dir.path().join("in/out.jsonl")).expect("out");
    assert_eq!(docs(&out), ["in/a.txt"]);
    assert_eq!(
        fs::read(dir.path().join("in/err.jsonl")).expect("errors"),
        b""
    );
    assert_eq!(
        listing(&dir.path().join("in")),
        ["a.txt", "err.jsonl", "out.jsonl"]
    );
    let again = whosaid_in(dir.path(), &["extract", "in", "-o", "in/out2.jsonl"], b"");
    assert_eq!(
        again.code, 1,
        "out.jsonl is not JSONL of documents: {}",
        again.stderr
    );
    let out2 = fs::read_to_string(dir.path().join("in/out2.jsonl")).expect("out2");
    assert!(docs(&out2).iter().all(|d| !d.contains(".tmp")), "{out2}");
}

#[test]
fn summary_accounts_for_every_document_and_errors_file_lists_failures() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "with.txt", GOOD);
    write(dir.path(), "without.txt", b"The weather was mild.");
    write(dir.path(), "bin.dat", b"\0\0\0");
    let lines = [
        r#"{"id":"q","text":"\"Yes,\" said Bert Berg."}"#,
        "   ",
        "{oops",
    ];
    write(dir.path(), "d.jsonl", lines.join("\n").as_bytes());
    let args = [
        "extract",
        "with.txt",
        "without.txt",
        "bin.dat",
        "d.jsonl",
        "gone.txt",
        "--errors",
        "errors.jsonl",
    ];
    let run = whosaid_in(dir.path(), &args, b"");
    assert_eq!(run.code, 1, "{}", run.stderr);
    let summary = run.stderr.lines().last().expect("summary line");
    assert_eq!(
        summary,
        "whosaid: 7 documents: 2 with quotes, 1 without, 3 failed, 1 skipped; 2 quotes"
    );
    let log = fs::read_to_string(dir.path().join("errors.jsonl")).expect("errors file");
    let failures = rows(&log);
    let sources: Vec<(&str, Option<u64>)> = failures
        .iter()
        .map(|f| (f["source"].as_str().expect("source"), f["line"].as_u64()))
        .collect();
    assert_eq!(
        sources,
        [("bin.dat", None), ("d.jsonl", Some(3)), ("gone.txt", None)]
    );
    assert!(
        failures
            .iter()
            .all(|f| !f["reason"].as_str().expect("reason").is_empty())
    );
    // --quiet drops the summary, not the errors.
    let quiet = whosaid_in(dir.path(), &["extract", "-q", "bin.dat", "with.txt"], b"");
    assert_eq!(quiet.code, 1);
    assert!(quiet.stderr.contains("bin.dat") && !quiet.stderr.contains("documents:"));
}

#[test]
fn usage_errors_exit_2() {
    let dir = tempfile::tempdir().expect("tempdir");
    for args in [
        &["extract", "--no-such-flag"][..],
        &["extract", "--format", "xml"],
        &["extract", "-j", "many"],
        &["extract", "--max-doc-bytes", "-5"],
        &["frobnicate"],
        &[],
    ] {
        let run = whosaid_in(dir.path(), args, b"");
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(!run.stderr.is_empty());
    }
    assert_eq!(whosaid_in(dir.path(), &["--help"], b"").code, 0);
}

/// A page of 200,000 nested elements used to take minutes in the
/// readability rules and then overflow the stack, aborting the run and
/// losing every other document. Past the nesting limit the page is reduced
/// by tag stripping, with a warning naming it; the article beside it keeps
/// its rows.
#[cfg(feature = "html")]
#[test]
fn deeply_nested_html_is_reported_and_the_other_documents_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    let depth = 200_000;
    let page = format!(
        "<html><body>{}<p>\"The levee will hold,\" said Mara Quist.</p>{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    write(dir.path(), "in/deep.html", page);
    write(dir.path(), "in/article.txt", GOOD);
    let run = extract_jsonl(dir.path(), &["in"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("deep.html") && run.stderr.contains("nested"),
        "{}",
        run.stderr
    );
    let rows = rows(&run.stdout);
    let of = |doc: &str| {
        rows.iter()
            .filter(|r| r["doc"].as_str().is_some_and(|d| d.ends_with(doc)))
            .count()
    };
    assert_eq!(of("article.txt"), 1, "{}", run.stdout);
    assert_eq!(of("deep.html"), 1, "{}", run.stdout);
}

/// Pages the HTML fuzz target found slow or broken (and its seeds), fed
/// to the HTML reader: each reduces without the parser's guard firing.
#[cfg(feature = "html")]
#[test]
fn html_fuzz_corpus_replays_cleanly() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_corpus_html");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("tests/fuzz_corpus_html exists")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no corpus files in {}", dir.display());
    for path in files {
        let bytes = fs::read(&path).expect("corpus file");
        let html = String::from_utf8_lossy(&bytes);
        if let Err(reason) = whosaid::input::html::article_text(&html) {
            assert!(
                !reason.contains("internal error"),
                "{}: {reason}",
                path.display()
            );
        }
    }
}
