//! Every sieve's table of cases (`tests/sieves/<sieve>.cases`), run by one
//! test. A case is a text and every row whosaid must give for it — kind,
//! quote, canonical speaker and the sieve that made the row — so a rule
//! that takes over another rule's case fails here even when the speaker
//! stays right.
//!
//! File format: `#` lines are comments; `> ` lines hold the text (several
//! make one text, joined by newlines); the lines after them are the rows,
//! `kind | quote | speaker | sieve`, in document order; a blank line ends a
//! case. A case with no row lines expects no rows.
//! `cargo run --example sieve_rows -- FILE` prints a text's rows in this
//! form.

use std::path::Path;

use whosaid::{Options, extract, sieves};

struct Case {
    line: usize,
    text: String,
    rows: Vec<String>,
}

fn parse(src: &str) -> Vec<Case> {
    let mut cases = Vec::new();
    let mut cur: Option<Case> = None;
    for (i, line) in src.lines().enumerate() {
        if line.starts_with('#') {
            continue;
        }
        if let Some(t) = line
            .strip_prefix("> ")
            .or(line.strip_prefix(">").filter(|r| r.is_empty()))
        {
            match &mut cur {
                Some(c) if c.rows.is_empty() => {
                    c.text.push('\n');
                    c.text.push_str(t);
                }
                _ => {
                    cases.extend(cur.take());
                    cur = Some(Case {
                        line: i + 1,
                        text: t.to_string(),
                        rows: Vec::new(),
                    });
                }
            }
        } else if line.trim().is_empty() {
            cases.extend(cur.take());
        } else if let Some(c) = &mut cur {
            c.rows.push(line.trim().to_string());
        } else {
            panic!("line {}: a row outside a case", i + 1);
        }
    }
    cases.extend(cur);
    cases
}

fn row_line(q: &whosaid::Quote) -> String {
    format!("{} | {} | {} | {}", q.kind, q.quote, q.speaker, q.method)
}

#[test]
fn every_sieve_passes_its_table_and_owns_a_case() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sieves");
    let mut failures = Vec::new();
    for name in sieves::names() {
        let path = dir.join(format!("{name}.cases"));
        let src = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("sieve {name} has no table {}: {e}", path.display()));
        let cases = parse(&src);
        assert!(
            cases
                .iter()
                .any(|c| c.rows.iter().any(|r| r.ends_with(&format!("| {name}")))),
            "{}: no case where {name} makes a row",
            path.display()
        );
        for case in &cases {
            let got: Vec<String> = extract(&case.text, &Options::default())
                .iter()
                .map(row_line)
                .collect();
            if got != case.rows {
                failures.push(format!(
                    "{}:{}\n  text: {:?}\n  want:\n    {}\n  got:\n    {}",
                    path.display(),
                    case.line,
                    case.text,
                    case.rows.join("\n    "),
                    got.join("\n    ")
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_table_names_a_sieve() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sieves");
    for entry in std::fs::read_dir(&dir).expect("tests/sieves") {
        let path = entry.expect("entry").path();
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        assert!(
            sieves::names().any(|n| n == stem),
            "{}: no sieve of that name",
            path.display()
        );
    }
}

#[test]
fn case_files_parse_as_documented() {
    let cases = parse("# c\n> a\n> b\ndirect | x | y | z\n\n> c\n");
    assert_eq!(cases.len(), 2);
    assert_eq!(cases[0].text, "a\nb");
    assert_eq!(cases[0].rows, ["direct | x | y | z"]);
    assert_eq!(cases[1].text, "c");
    assert!(cases[1].rows.is_empty());
}
