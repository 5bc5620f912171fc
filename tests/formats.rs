//! The newsroom/research toolchain end to end (issue #6): CSV input and
//! kept provenance columns, compressed inputs, HTML pages, `--context`,
//! the speakers table, `whosaid text`, streaming stdin → stdout, and
//! shell completions. All fixture text is written for these tests.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::Duration;

use common::{char_slice, check_rows, rows, whosaid_in, write};

const STORY_A: &str = "\"We will not sign a blank cheque,\" said Councillor Ines Varga. \
Varga said the harbour plan needed new figures.";
const STORY_B: &str = "Port director Tom Okafor said the dredging would start in June.";

fn ok(dir: &std::path::Path, args: &[&str], stdin: &[u8]) -> String {
    let run = whosaid_in(dir, args, stdin);
    assert_eq!(run.code, 0, "whosaid {args:?} failed: {}", run.stderr);
    run.stdout
}

fn csv_escape(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

fn news_csv() -> String {
    format!(
        "id,url,outlet,text\na1,https://news.test/a1,Harbour Times,{}\n,https://news.test/b2,Port Daily,{}\n",
        csv_escape(STORY_A),
        csv_escape(STORY_B)
    )
}

#[test]
fn csv_input_carries_kept_columns_into_every_row() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "news.csv", news_csv());
    let out = ok(
        dir.path(),
        &[
            "extract",
            "--format",
            "jsonl",
            "--keep-field",
            "url,outlet",
            "news.csv",
        ],
        b"",
    );
    let rs = rows(&out);
    assert!(rs.len() >= 3, "{out}");
    for r in &rs {
        let doc = r["doc"].as_str().expect("doc");
        let (url, outlet) = match doc {
            "a1" => ("https://news.test/a1", "Harbour Times"),
            // No id in the record: PATH:LINE, the line where the record starts.
            "news.csv:3" => ("https://news.test/b2", "Port Daily"),
            other => panic!("unexpected doc {other}"),
        };
        assert_eq!(r["url"], url);
        assert_eq!(r["outlet"], outlet);
        let text = if doc == "a1" { STORY_A } else { STORY_B };
        let (s, e) = (
            r["quote_start"].as_u64().expect("s"),
            r["quote_end"].as_u64().expect("e"),
        );
        assert_eq!(
            char_slice(text, s as usize, e as usize),
            r["quote"].as_str().expect("q")
        );
    }
    // CSV output: the kept columns follow the standard ones, in order.
    let csv = ok(
        dir.path(),
        &["extract", "--keep-field", "outlet,url", "news.csv"],
        b"",
    );
    let header = csv.lines().next().expect("header");
    assert!(
        header.ends_with(",method,speaker_role,outlet,url"),
        "{header}"
    );
}

#[test]
fn csv_without_the_text_column_fails_naming_the_columns() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "news.csv", news_csv());
    write(dir.path(), "ok.txt", STORY_B);
    let run = whosaid_in(
        dir.path(),
        &["extract", "--text-field", "body", "news.csv", "ok.txt"],
        b"",
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("news.csv:1") && run.stderr.contains("id, url, outlet, text"));
    // The other input was still processed.
    assert!(run.stdout.contains("ok.txt"), "{}", run.stdout);
    let with_body = ok(
        dir.path(),
        &["extract", "--text-field", "text", "news.csv"],
        b"",
    );
    assert!(with_body.contains("Okafor"));
}

#[test]
fn keep_field_may_not_shadow_an_output_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "news.csv", news_csv());
    let run = whosaid_in(
        dir.path(),
        &["extract", "--keep-field", "speaker", "news.csv"],
        b"",
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("clashes"), "{}", run.stderr);
}

#[test]
fn gzip_and_zstd_inputs_give_the_same_rows_as_plain_ones() {
    let dir = tempfile::tempdir().expect("tempdir");
    let jsonl = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "a", "text": STORY_A}),
        serde_json::json!({"id": "b", "text": STORY_B})
    );
    write(dir.path(), "plain/d.jsonl", &jsonl);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(jsonl.as_bytes()).expect("gzip");
    write(dir.path(), "gz/d.jsonl.gz", gz.finish().expect("gzip"));
    write(
        dir.path(),
        "zst/d.jsonl.zst",
        zstd::encode_all(jsonl.as_bytes(), 3).expect("zstd"),
    );
    let plain = ok(dir.path(), &["extract", "plain"], b"");
    assert!(plain.lines().count() > 2, "{plain}");
    assert_eq!(ok(dir.path(), &["extract", "gz"], b""), plain);
    assert_eq!(ok(dir.path(), &["extract", "zst"], b""), plain);
    // Compressed stdin is recognised too.
    let stdin = zstd::encode_all(jsonl.as_bytes(), 3).expect("zstd");
    assert_eq!(ok(dir.path(), &["extract", "--jsonl"], &stdin), plain);
}

#[test]
fn corrupt_compressed_file_fails_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "a/bad.txt.gz",
        [0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5],
    );
    write(dir.path(), "a/good.txt", STORY_B);
    let run = whosaid_in(dir.path(), &["extract", "a"], b"");
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("bad.txt.gz"), "{}", run.stderr);
    assert!(run.stdout.contains("good.txt"));
}

#[cfg(feature = "html")]
#[test]
fn html_pages_are_reduced_to_their_article_and_offsets_match_whosaid_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let page = format!(
        "<html><head><title>Harbour plan stalls</title></head><body>\
         <nav><a href=\"/\">Home</a> | <a href=\"/sport\">Sport</a></nav>\
         <article><h1>Harbour plan stalls</h1>\
         <p>The harbour expansion was delayed again on Monday after a council meeting that ran late into the night.</p>\
         <p>{}</p><p>{}</p>\
         <p>The port authority said revised figures would follow in the spring, with a new dredging schedule.</p>\
         </article><footer>All rights reserved</footer></body></html>",
        STORY_A.replace('"', "&quot;"),
        STORY_B
    );
    write(dir.path(), "page.html", page);
    let text = ok(dir.path(), &["text", "page.html"], b"");
    assert!(text.starts_with("Harbour plan stalls\n\n"), "{text}");
    assert!(
        !text.contains("Sport") && !text.contains("rights reserved"),
        "{text}"
    );
    let out = ok(
        dir.path(),
        &["extract", "--format", "jsonl", "page.html"],
        b"",
    );
    let rs = rows(&out);
    assert!(rs.iter().any(|r| r["speaker"] == "Ines Varga"), "{out}");
    for r in &rs {
        let (s, e) = (
            r["quote_start"].as_u64().expect("s"),
            r["quote_end"].as_u64().expect("e"),
        );
        assert_eq!(
            char_slice(&text, s as usize, e as usize),
            r["quote"].as_str().expect("q")
        );
    }
}

#[test]
fn context_column_holds_the_quote_sentence() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = ok(
        dir.path(),
        &["extract", "--format", "jsonl", "--context"],
        STORY_A.as_bytes(),
    );
    let rs = rows(&out);
    let first = &rs[0];
    assert_eq!(first["quote"], "We will not sign a blank cheque,");
    assert_eq!(
        first["context"],
        "\"We will not sign a blank cheque,\" said Councillor Ines Varga."
    );
    let csv = ok(dir.path(), &["extract", "--context"], STORY_A.as_bytes());
    assert!(
        csv.lines()
            .next()
            .expect("header")
            .ends_with(",method,speaker_role,context")
    );
    // Without the flag there is no context field at all.
    let plain = ok(
        dir.path(),
        &["extract", "--format", "jsonl"],
        STORY_A.as_bytes(),
    );
    assert!(rows(&plain)[0].get("context").is_none());
}

#[test]
fn speakers_table_counts_quotes_and_documents() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "news.csv", news_csv());
    let table = ok(dir.path(), &["speakers", "news.csv"], b"");
    let mut lines = table.lines();
    assert_eq!(
        lines.next(),
        Some(
            "speaker,speaker_kind,quotes,direct,mixed,indirect,documents,first_doc,last_doc,variants,speaker_role"
        )
    );
    assert_eq!(
        lines.next(),
        Some("Ines Varga,person,2,1,0,1,1,a1,a1,,Councillor"),
        "{table}"
    );
    assert_eq!(
        lines.next(),
        Some("Tom Okafor,person,1,0,0,1,1,news.csv:3,news.csv:3,,Port director")
    );
    // --summary writes the same table beside the quote rows.
    ok(
        dir.path(),
        &["extract", "-o", "q.csv", "--summary", "s.jsonl", "news.csv"],
        b"",
    );
    let summary = std::fs::read_to_string(dir.path().join("s.jsonl")).expect("summary");
    let rs = rows(&summary);
    assert_eq!(rs[0]["speaker"], "Ines Varga");
    assert_eq!(rs[0]["quotes"], 2);
    assert!(
        std::fs::read_to_string(dir.path().join("q.csv"))
            .expect("rows")
            .contains("a1")
    );
}

#[test]
fn text_prints_one_document_raw_and_several_as_jsonl() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", format!("\u{FEFF}{STORY_B}"));
    // The BOM is not part of the text offsets refer to.
    assert_eq!(ok(dir.path(), &["text", "a.txt"], b""), STORY_B);
    write(dir.path(), "news.csv", news_csv());
    let out = ok(dir.path(), &["text", "news.csv"], b"");
    let rs = rows(&out);
    assert_eq!(rs.len(), 2);
    assert_eq!(rs[0]["doc"], "a1");
    assert_eq!(rs[0]["text"], STORY_A);
    assert_eq!(rs[1]["text"], STORY_B);
}

#[test]
fn stdin_jsonl_streams_each_batch_before_the_input_ends() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(["extract", "--jsonl", "--format", "jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdin = child.stdin.take().expect("stdin");
    let line = serde_json::json!({"id": "s1", "text": STORY_B}).to_string();
    writeln!(stdin, "{line}").expect("write");
    stdin.flush().expect("flush");
    // Read the first row on another thread while stdin stays open.
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut first = String::new();
        let _ = BufReader::new(stdout).read_line(&mut first);
        let _ = tx.send(first);
    });
    let first = rx.recv_timeout(Duration::from_secs(20));
    drop(stdin);
    let status = child.wait().expect("wait");
    let first = first.expect("a row arrived while the input was still open");
    let row: serde_json::Value = serde_json::from_str(&first).expect("json row");
    assert_eq!(row["doc"], "s1");
    assert!(status.success());
    let mut err = String::new();
    let _ = std::io::Read::read_to_string(&mut child.stderr.take().expect("stderr"), &mut err);
    assert!(err.contains("1 documents"), "logs go to stderr: {err}");
}

#[test]
fn completions_are_generated_for_common_shells() {
    let dir = tempfile::tempdir().expect("tempdir");
    for shell in ["bash", "zsh", "fish"] {
        let out = ok(dir.path(), &["completions", shell], b"");
        assert!(
            out.contains("extract") && out.contains("keep-field"),
            "{shell}"
        );
    }
}

#[test]
fn help_explains_flags_with_examples() {
    let dir = tempfile::tempdir().expect("tempdir");
    let help = ok(dir.path(), &["extract", "--help"], b"");
    for flag in [
        "--keep-field",
        "--context",
        "--summary",
        "--input-format",
        "--text-is-html",
    ] {
        assert!(help.contains(flag), "{flag} missing from --help");
    }
    assert!(help.contains("Example"), "{help}");
}

#[test]
fn rows_from_every_format_hold_the_span_contract() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = "“Ça ira,” dit-on. \"Ready,\" said Zoë Müller 😀. Müller said the vote was «close».";
    let out = ok(
        dir.path(),
        &["extract", "--format", "jsonl", "--context"],
        text.as_bytes(),
    );
    let quotes: Vec<whosaid::Quote> = whosaid::extract(
        text,
        &whosaid::Options {
            context: true,
            ..whosaid::Options::default()
        },
    );
    check_rows(text, &quotes);
    assert_eq!(rows(&out).len(), quotes.len());
}

#[test]
fn crlf_csv_errors_and_ids_name_the_right_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "w.csv",
        "id,text\r\n1,\"Ann Lee said the plan was dead.\"\r\n2\r\n,\"“No,” said Tom Okafor.\"\r\n",
    );
    let run = whosaid_in(dir.path(), &["extract", "--format", "jsonl", "w.csv"], b"");
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("w.csv:3: record has no"),
        "{}",
        run.stderr
    );
    assert!(
        rows(&run.stdout).iter().any(|r| r["doc"] == "w.csv:4"),
        "{}",
        run.stdout
    );
}

#[cfg(unix)]
#[test]
fn output_through_a_symlink_keeps_the_link() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", STORY_B);
    write(dir.path(), "runs/one.csv", "old");
    std::os::unix::fs::symlink("runs/one.csv", dir.path().join("latest.csv")).expect("link");
    ok(
        dir.path(),
        &["extract", "-q", "-o", "latest.csv", "a.txt"],
        b"",
    );
    let link = dir.path().join("latest.csv");
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("meta")
            .file_type()
            .is_symlink()
    );
    let rows = std::fs::read_to_string(dir.path().join("runs/one.csv")).expect("target");
    assert!(rows.contains("Okafor"), "{rows}");
}

#[test]
fn unwritable_summary_fails_before_any_work() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", STORY_B);
    let run = whosaid_in(
        dir.path(),
        &[
            "extract",
            "-o",
            "q.csv",
            "--summary",
            "no/such/dir/s.csv",
            "a.txt",
        ],
        b"",
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--summary"), "{}", run.stderr);
    assert!(
        !run.stderr.contains("documents:"),
        "failed before reading: {}",
        run.stderr
    );
    let same = whosaid_in(
        dir.path(),
        &["extract", "-o", "x.csv", "--errors", "x.csv", "a.txt"],
        b"",
    );
    assert_eq!(same.code, 2);
    assert!(same.stderr.contains("same file"), "{}", same.stderr);
}

#[test]
fn speakers_rejects_extract_only_flags_and_keep_field_rejects_spaces() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", STORY_B);
    let run = whosaid_in(
        dir.path(),
        &["speakers", "--summary", "s.csv", "a.txt"],
        b"",
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("--summary applies to `whosaid extract`"),
        "{}",
        run.stderr
    );
    let run = whosaid_in(
        dir.path(),
        &["extract", "--keep-field", "url, date", "a.txt"],
        b"",
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("without spaces"), "{}", run.stderr);
}

#[test]
fn upper_case_compressed_names_pick_the_inner_format() {
    let dir = tempfile::tempdir().expect("tempdir");
    let jsonl = format!("{}\n", serde_json::json!({"id": "a", "text": STORY_B}));
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(jsonl.as_bytes()).expect("gzip");
    write(dir.path(), "D.JSONL.GZ", gz.finish().expect("gzip"));
    let out = ok(
        dir.path(),
        &["extract", "--format", "jsonl", "D.JSONL.GZ"],
        b"",
    );
    assert!(rows(&out).iter().all(|r| r["doc"] == "a"), "{out}");
}

#[test]
fn text_of_a_one_record_dump_is_still_jsonl() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "one.jsonl",
        format!("{}\n", serde_json::json!({"id": "a", "text": STORY_B})),
    );
    let rs = rows(&ok(dir.path(), &["text", "one.jsonl"], b""));
    assert_eq!((rs.len(), rs[0]["doc"].as_str()), (1, Some("a")));
}

#[test]
fn duplicate_id_warnings_are_capped_and_counted() {
    let dir = tempfile::tempdir().expect("tempdir");
    let line = serde_json::json!({"id": "same", "text": "No quotes here."}).to_string();
    write(dir.path(), "d.jsonl", vec![line; 30].join("\n"));
    let run = whosaid_in(dir.path(), &["extract", "d.jsonl"], b"");
    assert_eq!(run.code, 0);
    let warnings = run
        .stderr
        .lines()
        .filter(|l| l.contains("duplicate document id \"same\""))
        .count();
    assert_eq!(warnings, 20, "{}", run.stderr);
    assert!(
        run.stderr.contains("29 duplicate document ids in all"),
        "{}",
        run.stderr
    );
}

#[test]
fn eval_scores_hand_annotated_articles() {
    let dir = tempfile::tempdir().expect("tempdir");
    // STORY_B: "Port director Tom Okafor said the dredging would start in June."
    let gold = serde_json::json!({
        "id": "g1",
        "text": STORY_B,
        "quotes": [{
            "start": 30, "end": 63, "kind": "indirect", "speaker": "Tom Okafor",
            "speaker_start": 14, "speaker_end": 24, "cue": "said"
        }]
    });
    write(dir.path(), "gold.jsonl", format!("{gold}\n"));
    let line = ok(
        dir.path(),
        &["eval", "--gold", "gold.jsonl", "--oneline"],
        b"",
    );
    assert!(
        line.starts_with("P 1.000 R 1.000 F1 1.000 | attribution 1.000"),
        "{line}"
    );
    let json: serde_json::Value = serde_json::from_str(&ok(
        dir.path(),
        &["eval", "--gold", "gold.jsonl", "--json"],
        b"",
    ))
    .expect("json");
    assert_eq!(json["gold_by_kind"]["indirect"], 1);
    // Scoring someone else's predictions: an empty prediction misses it.
    write(
        dir.path(),
        "pred.jsonl",
        "{\"id\": \"g1\", \"quotes\": []}\n",
    );
    let none = ok(
        dir.path(),
        &[
            "eval",
            "--gold",
            "gold.jsonl",
            "--pred",
            "pred.jsonl",
            "--oneline",
        ],
        b"",
    );
    assert!(none.contains("R 0.000"), "{none}");
    let bad = whosaid_in(dir.path(), &["eval", "--gold", "missing.jsonl"], b"");
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("missing.jsonl"), "{}", bad.stderr);
}
