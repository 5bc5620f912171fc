//! `whosaid view`, `whosaid quotes`, person-name merging and `--bom`, end
//! to end. Corpora are generated into temporary directories.

mod common;

use std::path::Path;

use common::{rows, whosaid_in, write};

/// Run in `dir` and insist on success.
fn ok(dir: &Path, args: &[&str]) -> String {
    let run = whosaid_in(dir, args, b"");
    assert_eq!(run.code, 0, "whosaid {args:?} failed: {}", run.stderr);
    run.stdout
}

/// A JSONL line for a document.
fn record(id: &str, date: &str, text: &str) -> String {
    serde_json::json!({"id": id, "date": date, "text": text}).to_string() + "\n"
}

/// Whether every element closes in order (void elements excepted; style
/// and script bodies skipped); the page's text holds no raw `<`.
fn balanced(html: &str) -> Result<(), String> {
    let mut stack: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        let end = rest.find('>').ok_or("unclosed tag")?;
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if tag.starts_with('!') || ["meta", "br"].contains(&name.as_str()) {
            continue;
        }
        if tag.starts_with('/') {
            match stack.pop() {
                Some(open) if open == name => {}
                other => return Err(format!("</{name}> closes {other:?}")),
            }
        } else if name == "style" || name == "script" {
            let close = format!("</{name}>");
            let at = rest.find(&close).ok_or(format!("no {close}"))?;
            rest = &rest[at + close.len()..];
        } else {
            stack.push(name);
        }
    }
    if stack.is_empty() {
        Ok(())
    } else {
        Err(format!("left open: {stack:?}"))
    }
}

const HOSTILE: &str = "\"Close the </mark> tag and <script>alert('x')</script> now,\" said Ana Ruiz. \
Tom Okafor said the <b>plan</b> & the budget were \"dead on arrival\" in Zürich.";

#[test]
fn view_marks_every_quote_once_in_a_well_formed_page() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut corpus = String::new();
    let texts = [
        HOSTILE,
        "“Ça va très bien 😀,” said Zoë Müller, the mayor. “Nous gagnerons.”",
        "Gov. Ruth Calloway said on Tuesday that the bridge would reopen. \
         \"That schedule,\" Peter Novak said, \"is a hope, not a plan.\"",
        "No quotes here at all.",
    ];
    for (i, t) in texts.iter().enumerate() {
        corpus.push_str(&record(&format!("d{i}"), "", t));
    }
    write(dir.path(), "corpus.jsonl", &corpus);
    let extracted = rows(&ok(
        dir.path(),
        &["extract", "-q", "--format", "jsonl", "corpus.jsonl"],
    ));
    assert!(extracted.len() >= 6, "{extracted:?}");
    ok(
        dir.path(),
        &["view", "-q", "corpus.jsonl", "-o", "page.html"],
    );
    let html = std::fs::read_to_string(dir.path().join("page.html")).expect("page");
    balanced(&html).expect("well-formed");
    assert_eq!(html.matches("data-quote-id=\"").count(), extracted.len());
    assert_eq!(html.matches("<section class=\"doc\"").count(), texts.len());
    assert!(
        html.contains("<section class=\"index\">"),
        "a corpus has an index"
    );
    // The hostile document is text: one script element (the page's own).
    assert_eq!(html.matches("<script").count(), 1);
    assert!(html.contains("&lt;/mark&gt; tag and &lt;script&gt;alert(&#39;x&#39;)"));
    assert!(html.contains("&lt;b&gt;plan&lt;/b&gt; &amp; the budget"));
    // Every quote element says its kind and speaker.
    for part in html.split("data-quote-id=\"").skip(1) {
        let tag = &part[..part.find('>').expect("tag end")];
        assert!(tag.contains("data-kind=\""), "{tag}");
    }
    // Nothing to fetch: no src, no external links or stylesheets.
    for fetch in ["src=", "href=\"http", "url(", "@import"] {
        assert!(!html.contains(fetch), "{fetch}");
    }
}

#[test]
fn view_refuses_a_corpus_over_2000_documents_unless_limited() {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus: String = (0..2001)
        .map(|i| record(&format!("d{i}"), "", "\"Yes,\" said Ana Ruiz."))
        .collect();
    write(dir.path(), "big.jsonl", &corpus);
    let run = whosaid_in(
        dir.path(),
        &["view", "-q", "big.jsonl", "-o", "big.html"],
        b"",
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("--limit N"), "{}", run.stderr);
    assert!(!dir.path().join("big.html").exists());
    ok(
        dir.path(),
        &[
            "view",
            "-q",
            "--limit",
            "3",
            "big.jsonl",
            "-o",
            "small.html",
        ],
    );
    let html = std::fs::read_to_string(dir.path().join("small.html")).expect("page");
    assert_eq!(html.matches("<section class=\"doc\"").count(), 3);
}

/// One quote in five documents, dates out of order: two copies, a near
/// copy, an excerpt (under the surname only) and one pinned on somebody else.
fn provenance_corpus() -> String {
    let full = "We will rebuild the harbor bridge before the winter storms arrive";
    let docs = [
        (
            "d1",
            "2024-03-05",
            format!("\"{full},\" Mayor Ana Ruiz said on Monday."),
        ),
        (
            "d2",
            "2024-01-10",
            format!("\"{full},\" Mayor Ana Ruiz said."),
        ),
        (
            "d3",
            "2024-02-01",
            "\"We will rebuild the harbor bridge,\" Ruiz said.".to_string(),
        ),
        (
            "d4",
            "2024-04-01",
            format!("\"{full},\" said Tom Okafor, a council member."),
        ),
        (
            "d5",
            "2024-01-20",
            format!(
                "\"{},\" Mayor Ana Ruiz said.",
                full.replace("harbor", "harbour")
            ),
        ),
        (
            "d6",
            "2024-01-01",
            "\"The budget is balanced,\" said Lena Ford.".to_string(),
        ),
    ];
    docs.iter()
        .map(|(id, date, text)| record(id, date, text))
        .collect()
}

/// `quotes -q --format jsonl ARGS news.jsonl` in `dir`: output and rows.
fn quotes_jsonl(dir: &Path, args: &[&str]) -> (String, Vec<serde_json::Value>) {
    let mut all = vec!["quotes", "-q", "--format", "jsonl"];
    all.extend_from_slice(args);
    all.push("news.jsonl");
    let out = ok(dir, &all);
    let rows = rows(&out);
    (out, rows)
}

#[test]
fn quotes_cluster_copies_excerpts_and_near_copies_across_documents() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "news.jsonl", provenance_corpus());
    let (out, rows) = quotes_jsonl(dir.path(), &["--date-field", "date"]);
    let top = &rows[0];
    assert_eq!(top["documents"], 5, "{out}");
    assert_eq!(top["first_doc"], "d2", "{out}");
    assert_eq!(top["first_date"], "2024-01-10", "{out}");
    assert_eq!(top["last_doc"], "d4", "{out}");
    assert_eq!(top["conflict"], true, "{out}");
    assert_eq!(top["speaker"], "Ana Ruiz", "{out}");
    assert_eq!(top["speakers"], "Ana Ruiz:4; Tom Okafor:1", "{out}");
    assert_eq!(top["docs"], "d2;d5;d3;d1;d4", "{out}");
    assert!(
        top["quote"]
            .as_str()
            .is_some_and(|q| q.contains("winter storms"))
    );
    assert_eq!(rows.len(), 2, "the budget quote is its own cluster: {out}");
    // Without dates, input order decides.
    let (out, rows) = quotes_jsonl(dir.path(), &[]);
    assert_eq!(rows[0]["first_doc"], "d1", "{out}");
    // --find keeps the clusters a claim matches, also with a word changed.
    let cases = [
        ("rebuild the harbor bridge", 1),
        (
            "We will rebuild the harbor bridge before the snow storms",
            1,
        ),
        ("the budget is balanced", 1),
        ("nobody said this at all", 0),
    ];
    for (claim, want) in cases {
        let (out, rows) = quotes_jsonl(dir.path(), &["--find", claim]);
        assert_eq!(rows.len(), want, "{claim}: {out}");
    }
    let csv = ok(dir.path(), &["quotes", "-q", "news.jsonl"]);
    assert!(
        csv.starts_with(&whosaid::provenance::QUOTE_COLUMNS.join(",")),
        "{csv}"
    );
}

#[test]
fn quotes_are_the_same_for_any_thread_count() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "news.jsonl", provenance_corpus().repeat(30));
    let one = ok(dir.path(), &["quotes", "-q", "-j", "1", "news.jsonl"]);
    let four = ok(dir.path(), &["quotes", "-q", "-j", "4", "news.jsonl"]);
    assert_eq!(one, four);
}

/// (corpus, --no-merge, expected (speaker, quotes, documents, variants) rows)
#[test]
fn speakers_merge_a_persons_names_only_when_unambiguous() {
    type Row<'a> = (&'a str, u64, u64, &'a str);
    let obama: &[&str] = &[
        "\"The plan works,\" Barack Obama said.",
        "\"It is working,\" Obama said.",
        "\"We are done here,\" Obama said.",
    ];
    let ruiz: &[&str] = &[
        "\"Yes, we agree,\" said Ana Ruiz.",
        "\"No, we do not,\" said Carlos Ruiz.",
        "\"Maybe we will,\" Ruiz said.",
    ];
    let cases: &[(&[&str], bool, &[Row<'static>])] = &[
        (
            obama,
            false,
            &[("Barack Obama", 3, 3, "Obama; Barack Obama")],
        ),
        (
            obama,
            true,
            &[("Obama", 2, 2, ""), ("Barack Obama", 1, 1, "")],
        ),
        (
            ruiz,
            false,
            &[
                ("Ana Ruiz", 1, 1, ""),
                ("Carlos Ruiz", 1, 1, ""),
                ("Ruiz", 1, 1, ""),
            ],
        ),
    ];
    for (texts, no_merge, want) in cases {
        let dir = tempfile::tempdir().expect("tempdir");
        let corpus: String = texts
            .iter()
            .enumerate()
            .map(|(i, t)| record(&format!("d{i}"), "", t))
            .collect();
        write(dir.path(), "c.jsonl", corpus);
        let mut args = vec!["speakers", "-q", "--format", "jsonl", "c.jsonl"];
        if *no_merge {
            args.push("--no-merge");
        }
        let out = rows(&ok(dir.path(), &args));
        let got: Vec<Row> = out
            .iter()
            .map(|r| {
                let s = |k: &str| r[k].as_str().expect(k);
                (
                    s("speaker"),
                    r["quotes"].as_u64().expect("n"),
                    r["documents"].as_u64().expect("n"),
                    s("variants"),
                )
            })
            .collect();
        assert_eq!(&got, want, "{texts:?} no_merge={no_merge}");
    }
}

#[test]
fn quotes_and_view_merge_names_too() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = "\"We will rebuild the harbor bridge soon,\"";
    let corpus = record("a", "", &format!("{text} Barack Obama said."))
        + &record("b", "", &format!("{text} Obama said."));
    write(dir.path(), "c.jsonl", corpus);
    let out = ok(
        dir.path(),
        &["quotes", "-q", "--format", "jsonl", "c.jsonl"],
    );
    let r = &rows(&out)[0];
    assert_eq!(
        (r["speakers"].as_str(), r["conflict"].as_bool()),
        (Some("Barack Obama:2"), Some(false)),
        "{out}"
    );
    let out = ok(
        dir.path(),
        &["quotes", "-q", "--no-merge", "--format", "jsonl", "c.jsonl"],
    );
    assert_eq!(
        rows(&out)[0]["speakers"],
        "Barack Obama:1; Obama:1",
        "{out}"
    );
    ok(dir.path(), &["view", "-q", "c.jsonl", "-o", "p.html"]);
    let html = std::fs::read_to_string(dir.path().join("p.html")).expect("page");
    assert_eq!(
        html.matches("data-speaker=\"Barack Obama\" id=").count(),
        2,
        "{html}"
    );
}

#[test]
fn bom_starts_csv_output_of_extract_speakers_and_quotes() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", "\"Ça va,\" said Zoë Müller.");
    for cmd in ["extract", "speakers", "quotes"] {
        let with = ok(dir.path(), &[cmd, "-q", "--bom", "a.txt"]);
        assert!(with.starts_with('\u{feff}'), "{cmd}: {with:?}");
        assert!(with.contains("Zoë Müller"), "{cmd}: {with:?}");
        let without = ok(dir.path(), &[cmd, "-q", "a.txt"]);
        assert!(!without.starts_with('\u{feff}'), "{cmd}");
        assert_eq!(with.trim_start_matches('\u{feff}'), without, "{cmd}");
        let jsonl = ok(
            dir.path(),
            &[cmd, "-q", "--bom", "--format", "jsonl", "a.txt"],
        );
        assert!(
            !jsonl.starts_with('\u{feff}'),
            "{cmd}: JSON Lines has no BOM"
        );
        ok(dir.path(), &[cmd, "-q", "--bom", "-o", "out.csv", "a.txt"]);
        let file = std::fs::read(dir.path().join("out.csv")).expect("out.csv");
        assert!(file.starts_with(b"\xEF\xBB\xBF"), "{cmd}");
    }
    let run = whosaid_in(dir.path(), &["view", "--bom", "a.txt"], b"");
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--bom applies to"), "{}", run.stderr);
    let run = whosaid_in(dir.path(), &["extract", "--no-merge", "a.txt"], b"");
    assert_eq!(run.code, 2, "{}", run.stderr);
}
