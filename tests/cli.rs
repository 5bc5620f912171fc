//! The `extract` command end to end: every input kind, both formats, the
//! column contract, `-j` independence and character offsets. Fixtures are
//! generated into temporary directories.

mod common;

use std::fs;
use std::path::Path;

use common::{char_slice, docs, extract_jsonl, rows, whosaid_in, write};
use whosaid::output::COLUMNS;

const ARTICLE: &str = "Gov. Ruth Calloway said on Tuesday that the Harbor Bridge would reopen in May.\n\n\
\"We owe the people of this city a bridge they can trust,\" Calloway told reporters. \
\"Nobody will drive across it until the engineers sign off.\"\n\n\
Peter Novak, the city's transport director, was less optimistic. \
\"That schedule,\" Novak said, \"is a hope, not a plan.\"\n";

const NON_ASCII: &str = "“Ça va très bien 😀,” said Zoë Müller, the mayor of Besançon. \
“Nous gagnerons.”\n\nThe café owner, Élodie Brûlé, said the crowds were “énorme” this week 🎉.";

/// `extract --format jsonl <paths>` in `dir`, insisting on success.
fn ok_jsonl(dir: &Path, paths: &[&str]) -> String {
    let run = extract_jsonl(dir, paths);
    assert_eq!(run.code, 0, "whosaid {paths:?} failed: {}", run.stderr);
    run.stdout
}

/// Run in `dir` and insist on success.
fn ok(dir: &Path, args: &[&str], stdin: &[u8]) -> String {
    let run = whosaid_in(dir, args, stdin);
    assert_eq!(run.code, 0, "whosaid {args:?} failed: {}", run.stderr);
    run.stdout
}

fn quotes(jsonl: &str) -> Vec<String> {
    rows(jsonl)
        .iter()
        .map(|r| r["quote"].as_str().expect("quote").to_string())
        .collect()
}

#[test]
fn plain_file_gives_rows_named_after_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "article.txt", ARTICLE);
    let out = ok_jsonl(dir.path(), &["article.txt"]);
    let qs = quotes(&out);
    assert!(
        qs.iter()
            .any(|q| q.contains("We owe the people of this city a bridge they can trust")),
        "{qs:?}"
    );
    assert!(docs(&out).iter().all(|d| d == "article.txt"));
    let ids: Vec<u64> = rows(&out)
        .iter()
        .map(|r| r["quote_id"].as_u64().expect("id"))
        .collect();
    assert_eq!(
        ids,
        (1..=ids.len() as u64).collect::<Vec<_>>(),
        "quote ids count from 1"
    );
}

#[test]
fn stdin_without_path_and_with_dash_match_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "article.txt", ARTICLE);
    let from_file = ok_jsonl(dir.path(), &["article.txt"]);
    let no_path = ok(
        dir.path(),
        &["extract", "--format", "jsonl"],
        ARTICLE.as_bytes(),
    );
    let dash = ok(
        dir.path(),
        &["extract", "--format", "jsonl", "-"],
        ARTICLE.as_bytes(),
    );
    assert_eq!(no_path, dash);
    assert!(docs(&no_path).iter().all(|d| d == "<stdin>"));
    assert_eq!(no_path.replace("\"<stdin>\"", "\"article.txt\""), from_file);
    assert!(!from_file.is_empty());
}

#[test]
fn directories_are_read_recursively_in_sorted_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    // Created out of order, so a readdir order could not pass by luck.
    write(
        dir.path(),
        "corpus/sub/c.txt",
        "\"Third,\" said Carla Cruz.",
    );
    write(dir.path(), "corpus/b.txt", "\"Second,\" said Bert Berg.");
    write(
        dir.path(),
        "corpus/sub/deeper/d.txt",
        "\"Fourth,\" said Dora Diaz.",
    );
    write(dir.path(), "corpus/a.txt", "\"First,\" said Anna Alm.");
    let run = extract_jsonl(dir.path(), &["corpus"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        docs(&run.stdout),
        [
            "corpus/a.txt",
            "corpus/b.txt",
            "corpus/sub/c.txt",
            "corpus/sub/deeper/d.txt"
        ]
    );
    assert_eq!(
        quotes(&run.stdout),
        ["First,", "Second,", "Third,", "Fourth,"]
    );
    assert!(run.stderr.contains("4 documents"), "{}", run.stderr);
}

#[test]
fn jsonl_and_ndjson_use_text_and_id_fields() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lines = [
        r#"{"id":"first","text":"\"One,\" said Anna Alm."}"#,
        r#"{"text":"\"Two,\" said Bert Berg."}"#,
        r#"{"id":7,"text":"\"Three,\" said Carla Cruz."}"#,
    ];
    write(dir.path(), "dump.jsonl", lines.join("\n"));
    let out = ok_jsonl(dir.path(), &["dump.jsonl"]);
    assert_eq!(docs(&out), ["first", "dump.jsonl:2", "7"]);
    assert_eq!(quotes(&out), ["One,", "Two,", "Three,"]);

    let custom = [
        r#"{"key":"k1","body":"\"Four,\" said Dora Diaz.","text":"ignored"}"#,
        r#"{"body":"\"Five,\" said Emil Eck."}"#,
    ];
    write(dir.path(), "dump.ndjson", custom.join("\r\n"));
    let args = [
        "extract",
        "--format",
        "jsonl",
        "--text-field",
        "body",
        "--id-field",
        "key",
        "dump.ndjson",
    ];
    let out = ok(dir.path(), &args, b"");
    assert_eq!(docs(&out), ["k1", "dump.ndjson:2"]);
    assert_eq!(quotes(&out), ["Four,", "Five,"]);
}

#[test]
fn jsonl_on_stdin_with_flag() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = "{\"id\":\"a\",\"text\":\"\\\"Yes,\\\" said Anna Alm.\"}\n{\"text\":\"\\\"No,\\\" said Bert Berg.\"}\n";
    let out = ok(
        dir.path(),
        &["extract", "--jsonl", "--format", "jsonl"],
        input.as_bytes(),
    );
    assert_eq!(docs(&out), ["a", "<stdin>:2"]);
}

#[test]
fn csv_header_is_the_column_contract() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "article.txt", ARTICLE);
    let out = ok(
        dir.path(),
        &["extract", "--format", "csv", "article.txt"],
        b"",
    );
    let header = out.lines().next().expect("a header line");
    assert_eq!(header, COLUMNS.join(","));
    // The default format is CSV too.
    assert_eq!(ok(dir.path(), &["extract", "article.txt"], b""), out);
    // An empty input still gets the header, so the file is loadable.
    let empty = ok(dir.path(), &["extract", "--format", "csv"], b"");
    assert_eq!(empty.trim_end(), COLUMNS.join(","));
}

#[test]
fn csv_and_jsonl_carry_the_same_rows() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "article.txt", NON_ASCII);
    let jsonl = rows(&ok_jsonl(dir.path(), &["article.txt"]));
    let csv_out = ok(
        dir.path(),
        &["extract", "--format", "csv", "article.txt"],
        b"",
    );
    let mut reader = csv::Reader::from_reader(csv_out.as_bytes());
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("csv row")).collect();
    assert_eq!(records.len(), jsonl.len());
    assert!(!records.is_empty());
    for (rec, row) in records.iter().zip(&jsonl) {
        for (i, col) in COLUMNS.iter().enumerate() {
            let json = match &row[*col] {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Null => String::new(),
                serde_json::Value::Number(n) if *col == "confidence" => {
                    format!("{:.2}", n.as_f64().expect("f64"))
                }
                other => other.to_string(),
            };
            assert_eq!(&rec[i], json, "column {col}");
        }
    }
}

#[test]
fn output_format_follows_the_o_extension_unless_given() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "article.txt", ARTICLE);
    let jsonl = ok_jsonl(dir.path(), &["article.txt"]);
    let csv_out = ok(
        dir.path(),
        &["extract", "--format", "csv", "article.txt"],
        b"",
    );
    let cases = [
        (vec!["-o", "out.jsonl"], "out.jsonl", &jsonl),
        (vec!["-o", "out.ndjson"], "out.ndjson", &jsonl),
        (vec!["-o", "out.csv"], "out.csv", &csv_out),
        (vec!["--output", "out.txt"], "out.txt", &csv_out),
        (
            vec!["--format", "csv", "-o", "forced.jsonl"],
            "forced.jsonl",
            &csv_out,
        ),
    ];
    for (flags, file, want) in cases {
        let mut args = vec!["extract", "article.txt"];
        args.extend(flags);
        let run = whosaid_in(dir.path(), &args, b"");
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        assert_eq!(run.stdout, "", "{args:?} wrote to stdout");
        let got = fs::read_to_string(dir.path().join(file)).expect("output file");
        assert_eq!(&got, want, "{args:?}");
    }
    // `-o -` is stdout.
    assert_eq!(
        ok(dir.path(), &["extract", "-o", "-", "article.txt"], b""),
        csv_out
    );
}

/// Deterministic, varied news-like documents: quotes of every shape,
/// non-ASCII names, some documents without any quote.
fn corpus(n: usize) -> String {
    let names = [
        "Ruth Calloway",
        "Peter Novak",
        "Zoë Müller",
        "Ana Lima",
        "Jo Chen",
    ];
    let cues = ["said", "told reporters", "added", "warned", "wrote"];
    let bodies = [
        "We will rebuild the bridge",
        "Nobody should pay twice",
        "Ça ne marche pas 😀",
        "The numbers do not add up",
        "It is a hope, not a plan",
    ];
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = |m: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % m as u64) as usize
    };
    let mut out = String::new();
    for i in 0..n {
        let mut text = String::new();
        for p in 0..1 + next(4) {
            let (name, cue, body) = (names[next(5)], cues[next(5)], bodies[next(5)]);
            let para = match next(6) {
                0 => format!("\"{body},\" {name} {cue}."),
                1 => format!("{name} {cue} that {body}."),
                2 => format!("“{body},” {cue} {name}. “Again.”"),
                3 => format!("{name}, a spokesman, {cue}: \"{body}.\""),
                4 => format!("The weather was mild on day {p}."),
                _ => format!("\"{body}\" and then \"{body}\", {name} {cue}."),
            };
            text.push_str(&para);
            text.push_str(if next(2) == 0 { "\n\n" } else { "\r\n\r\n" });
        }
        let line = serde_json::json!({ "id": format!("doc-{i}"), "text": text });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}

#[test]
fn thread_count_does_not_change_a_byte() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "corpus.jsonl", corpus(200));
    for format in ["jsonl", "csv"] {
        let one = ok(
            dir.path(),
            &["extract", "-j", "1", "--format", format, "corpus.jsonl"],
            b"",
        );
        let eight = ok(
            dir.path(),
            &["extract", "-j", "8", "--format", format, "corpus.jsonl"],
            b"",
        );
        assert_eq!(one, eight, "{format} output differs between -j 1 and -j 8");
        assert!(
            one.lines().count() > 200,
            "the corpus should yield many rows"
        );
    }
}

#[test]
fn offsets_are_character_offsets_into_non_ascii_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "intl.txt", NON_ASCII);
    let out = ok_jsonl(dir.path(), &["intl.txt"]);
    let rows = rows(&out);
    assert!(rows.len() >= 2, "{out}");
    let span = |r: &serde_json::Value, a: &str, b: &str| {
        Some((r[a].as_u64()? as usize, r[b].as_u64()? as usize))
    };
    for r in &rows {
        for (field, a, b) in [
            ("quote", "quote_start", "quote_end"),
            ("speaker_mention", "speaker_start", "speaker_end"),
            ("cue", "cue_start", "cue_end"),
        ] {
            let value = r[field].as_str().expect("string field");
            match span(r, a, b) {
                Some((s, e)) => assert_eq!(char_slice(NON_ASCII, s, e), value, "{field} in {r}"),
                None => assert_eq!(value, "", "{field} without offsets in {r}"),
            }
        }
    }
    assert!(
        rows.iter()
            .any(|r| r["quote"].as_str().is_some_and(|q| q.contains('😀')))
    );
}

#[test]
fn formula_cells_are_neutralised_unless_opted_out() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = "\"=1+1 is not math,\" said Anna Berg.\n\n\"-40 degrees is cold,\" said Tom Reyes.\n\n\
\"@everyone stay home,\" Reyes added.\n\n\"+5 points,\" Berg said.";
    let line = serde_json::json!({ "id": "=HYPERLINK(\"http://x\")", "text": text });
    write(dir.path(), "f.jsonl", format!("{line}\n"));
    let read = |args: &[&str]| -> Vec<csv::StringRecord> {
        let out = ok(dir.path(), args, b"");
        let mut r = csv::Reader::from_reader(out.as_bytes());
        r.records().map(|r| r.expect("csv row")).collect()
    };
    let col = |name: &str| COLUMNS.iter().position(|c| *c == name).expect("column");
    let (doc, quote, start, end) = (
        col("doc"),
        col("quote"),
        col("quote_start"),
        col("quote_end"),
    );
    let escaped = read(&["extract", "f.jsonl"]);
    let raw = read(&["extract", "--no-formula-escape", "f.jsonl"]);
    let raw_quotes: Vec<&str> = raw.iter().map(|r| &r[quote]).collect();
    assert_eq!(
        raw_quotes,
        [
            "=1+1 is not math,",
            "-40 degrees is cold,",
            "@everyone stay home,",
            "+5 points,"
        ]
    );
    assert_eq!(escaped.len(), raw.len());
    for (e, r) in escaped.iter().zip(&raw) {
        assert_eq!(&e[quote], format!("'{}", &r[quote]));
        assert_eq!(&e[doc], "'=HYPERLINK(\"http://x\")");
        assert_eq!(&r[doc], "=HYPERLINK(\"http://x\")");
        // Offsets still point at the original text, without the prefix.
        assert_eq!((&e[start], &e[end]), (&r[start], &r[end]));
        let (s, t) = (
            r[start].parse().expect("start"),
            r[end].parse().expect("end"),
        );
        assert_eq!(char_slice(text, s, t), &r[quote]);
    }
    // JSON Lines is not a spreadsheet format: never escaped.
    let jsonl = ok_jsonl(dir.path(), &["f.jsonl"]);
    assert!(quotes(&jsonl).iter().all(|q| !q.starts_with('\'')));
}

/// A document whose rows run past the CLI's spill threshold
/// (`SPILL_AT`, 4 MiB, in `src/cli/spill.rs`), between two small ones:
/// every row is written once, in order, byte for byte as if kept in
/// memory, and the documents stay in input order. Also without a usable
/// temporary directory, where the rows stay in memory instead.
#[test]
fn rows_past_the_spill_threshold_are_written_whole_and_in_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A bare opener and a cue per 10 characters: one row each, and a
    // long id makes each row ~270 bytes, so ~20 MiB of rows from 1 MB.
    let openers = 80_000;
    let big_id = format!("big-{}", "x".repeat(200));
    let big_text = "“Ana said ".repeat(openers);
    let line =
        |id: &str, text: &str| format!("{}\n", serde_json::json!({ "id": id, "text": text }));
    write(dir.path(), "before.jsonl", line("before", ARTICLE));
    write(dir.path(), "after.jsonl", line("after", NON_ASCII));
    write(
        dir.path(),
        "all.jsonl",
        [
            line("before", ARTICLE),
            line(&big_id, &big_text),
            line("after", NON_ASCII),
        ]
        .concat(),
    );
    let records = |csv_out: &str| -> Vec<csv::StringRecord> {
        let mut r = csv::Reader::from_reader(csv_out.as_bytes());
        r.records().map(|r| r.expect("csv row")).collect()
    };
    let before = records(&ok(dir.path(), &["extract", "before.jsonl"], b""));
    let after = records(&ok(dir.path(), &["extract", "after.jsonl"], b""));
    assert!(!before.is_empty() && !after.is_empty());

    let out = ok(dir.path(), &["extract", "-j", "2", "all.jsonl"], b"");
    assert!(
        out.len() > 2 * (8 << 20),
        "{} bytes: not enough rows to spill twice",
        out.len()
    );
    let all = records(&out);
    assert_eq!(all.len(), before.len() + openers + after.len());
    assert_eq!(all[..before.len()], before[..], "the first document's rows");
    assert_eq!(
        all[all.len() - after.len()..],
        after[..],
        "the last document's rows"
    );
    let col = |name: &str| COLUMNS.iter().position(|c| *c == name).expect("column");
    let (doc, id, quote, start, end) = (
        col("doc"),
        col("quote_id"),
        col("quote"),
        col("quote_start"),
        col("quote_end"),
    );
    let chars: Vec<char> = big_text.chars().collect();
    for (i, r) in all[before.len()..all.len() - after.len()]
        .iter()
        .enumerate()
    {
        assert_eq!(&r[doc], big_id, "row {i}");
        assert_eq!(
            r[id].parse::<usize>().expect("quote_id"),
            i + 1,
            "rows in order"
        );
        let (s, e): (usize, usize) = (
            r[start].parse().expect("start"),
            r[end].parse().expect("end"),
        );
        assert_eq!(chars[s..e].iter().collect::<String>(), &r[quote], "row {i}");
    }

    // No temporary directory: the same bytes, from memory.
    let nowhere = dir.path().join("missing");
    let kept = std::process::Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(["extract", "-j", "2", "all.jsonl"])
        .current_dir(dir.path())
        .env("TMPDIR", &nowhere)
        .output()
        .expect("run whosaid");
    assert!(
        kept.status.success(),
        "{}",
        String::from_utf8_lossy(&kept.stderr)
    );
    assert!(
        kept.stdout == out.as_bytes(),
        "output differs without a temporary directory"
    );
}
