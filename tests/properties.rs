//! Properties of `whosaid::extract` over generated text: it never panics,
//! every span lies inside the text and equals its field in character
//! offsets, and the output is deterministic. Plus a replay of the fuzzing
//! corpus (tests/fuzz_corpus/, inputs cargo-fuzz found interesting).

mod common;

use common::check_rows;
use proptest::prelude::*;
use whosaid::{Options, extract, extract_each};

/// Extract with both cue sets, check every invariant, and check that a
/// second run gives the same rows.
fn check(text: &str) {
    // The rules find a position's quote by binary search: quotation spans
    // must be sorted and must not overlap.
    let doc = whosaid::document::Document::analyze(text);
    for w in doc.quotes.windows(2) {
        assert!(
            w[0].outer_end <= w[1].outer_start,
            "overlapping quotes {:?} {:?} in {text:?}",
            (w[0].outer_start, w[0].outer_end),
            (w[1].outer_start, w[1].outer_end)
        );
    }
    for thought_cues in [false, true] {
        let opts = Options {
            thought_cues,
            ..Options::default()
        };
        let rows = extract(text, &opts);
        check_rows(text, &rows);
        assert_eq!(rows, extract(text, &opts), "extract is not deterministic");
        // Streaming hands over the same rows in the same order, and an
        // error from the receiver stops it at once.
        let mut seen = Vec::new();
        let n = extract_each(text, &opts, |q| {
            seen.push(q);
            Ok::<(), ()>(())
        });
        assert_eq!(n, Ok(rows.len()));
        assert_eq!(seen, rows);
        let mut calls = 0;
        let stopped = extract_each(text, &opts, |_| {
            calls += 1;
            Err("stop")
        });
        assert_eq!(stopped, if rows.is_empty() { Ok(0) } else { Err("stop") });
        assert_eq!(calls, rows.len().min(1));
    }
}

/// Pieces of news prose: quotation marks of every kind, apostrophes, line
/// breaks of every kind, names, cues, pronouns and filler words.
fn piece() -> impl Strategy<Value = String> {
    let fixed = prop::sample::select(vec![
        "\"",
        "\"",
        "İ",
        "“",
        "”",
        "‘",
        "’",
        "'",
        "«",
        "»",
        "„",
        " ",
        " ",
        " ",
        ", ",
        ". ",
        ": ",
        " — ",
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        "\r\n\r\n",
        "said",
        " said ",
        "told reporters",
        "according to",
        "added",
        "says",
        "Says",
        "warned that",
        "he",
        "she",
        "they",
        "It",
        "Ruth Calloway",
        "Calloway",
        "Peter Novak",
        "Zoë Müller",
        "Dr. Ana Lima",
        "the minister",
        "a spokesman for",
        "the company",
        "Gov.",
        "Mr.",
        "don't",
        "it's",
        "café",
        "😀",
        "🎉",
        "ß",
        "(",
        ")",
        "-",
        "=",
        "@",
    ]);
    prop_oneof![
        4 => fixed.prop_map(str::to_string),
        1 => "[a-z]{1,8}",
        1 => "[A-Z][a-z]{1,8}",
        1 => "[éüçøñ]{1,3}",
    ]
}

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..120).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_unicode_keeps_the_span_contract(
        text in any::<String>()
    ) {
        check(&text);
    }

    #[test]
    fn news_like_text_keeps_the_span_contract(text in news_like()) {
        check(&text);
    }
}

/// Tag soup: well-formed, broken and unclosed markup around news prose.
#[cfg(feature = "html")]
fn html_like() -> impl Strategy<Value = String> {
    let tag = prop::sample::select(vec![
        "<p>",
        "</p>",
        "<div class=\"story\">",
        "</div>",
        "<article>",
        "</article>",
        "<nav><a href=\"/\">Home</a></nav>",
        "<script>var x = \"<p>\";</script>",
        "<h1>",
        "</h1>",
        "<br>",
        "<!-- c -->",
        "&quot;",
        "&amp;",
        "&#8220;",
        "<",
        ">",
        "<html><head><title>T</title></head><body>",
        "</body></html>",
        "<p",
        "\"",
    ])
    .prop_map(str::to_string);
    prop::collection::vec(prop_oneof![tag, news_like()], 0..30).prop_map(|v| v.concat())
}

#[cfg(feature = "html")]
proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// The HTML reader never panics (its guard would say "internal error"),
    /// and the text it gives keeps the span contract like any other.
    #[test]
    fn html_pages_reduce_without_panics(html in html_like()) {
        match whosaid::input::html::article_text(&html) {
            Ok(text) => {
                prop_assert!(!text.contains("\n\n\n") && text.trim() == text);
                check(&text);
            }
            Err(reason) => prop_assert!(!reason.contains("internal error"), "{}", reason),
        }
    }
}

#[test]
fn fuzz_corpus_replays_cleanly() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/fuzz_corpus exists")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no corpus files in {}", dir.display());
    for path in files {
        let bytes = std::fs::read(&path).expect("corpus file");
        // Lossy, as the CLI and the fuzz target decode.
        let text = String::from_utf8_lossy(&bytes);
        let result = std::panic::catch_unwind(|| check(&text));
        assert!(result.is_ok(), "corpus file {} fails", path.display());
    }
}

/// Regression (src/text.rs, `CharIndex::char_at`, fixed): a non-ASCII text
/// whose byte length is a multiple of 64 maps a span ending at the end of
/// the text to character offset 0 (here `quote_end: 0`).
#[test]
fn span_ending_at_a_64_byte_text_end() {
    let text = "He told reporters that the new plan was dead for now, café okay";
    assert_eq!(text.len(), 64);
    check(text);
}

/// Regression (src/cues.rs, `is_headline_form`, fixed): `w[1..]` sliced inside a
/// multi-byte capital, so any capitalised word with a non-ASCII initial that
/// ends in "s" panics.
#[test]
fn non_ascii_capital_word_ending_in_s() {
    for text in ["Élans", "\"Yes,\" Ödeks said.", "Mayor Ödeks"] {
        check(text);
    }
}

/// The benchmark corpus exercises the pipeline: a quote-dense synthetic
/// article yields attributed rows.
#[test]
fn extract_finds_quotes_in_synthetic_text() {
    let text = whosaid_synth::article(5, whosaid_synth::Style::QuoteDense);
    let rows = extract(&text, &Options::default());
    assert!(rows.len() >= 5, "{} rows", rows.len());
    assert!(rows.iter().any(|r| !r.speaker.is_empty()));
}

/// A document several windows long (`whosaid::window`): every row keeps the
/// span contract with document-wide offsets, rows come in text order with
/// paragraph and sentence numbers that never go back, and the rows of the
/// first window are those of that window's text on its own.
#[test]
fn a_document_longer_than_a_window_keeps_its_offsets_and_numbers() {
    use whosaid::window::{WINDOW_BYTES, windows};
    // Non-ASCII text, so character and byte offsets differ.
    let article = include_str!("../examples/article.txt").replace("said", "saïd said");
    let text = format!("{}\n\n", article.trim()).repeat(2 * WINDOW_BYTES / article.len() + 2);
    assert!(text.len() > 2 * WINDOW_BYTES);
    let rows = extract(&text, &Options::default());
    check_rows(&text, &rows);
    assert!(rows.windows(2).all(|w| {
        w[0].quote_start <= w[1].quote_start
            && w[0].paragraph <= w[1].paragraph
            && w[0].sentence <= w[1].sentence
    }));
    let first = windows(&text, WINDOW_BYTES).next().expect("a first window");
    let alone = extract(&text[first.clone()], &Options::default());
    let first_chars = text[first].chars().count();
    let in_first: Vec<_> = rows.iter().filter(|q| q.quote_end <= first_chars).collect();
    assert_eq!(in_first.len(), alone.len());
    assert!(in_first.iter().zip(&alone).all(|(a, b)| *a == b));
    // The last row is numbered as in the whole text analysed at once.
    let last = rows.last().expect("rows");
    let byte = text
        .char_indices()
        .nth(last.quote_start)
        .map_or(text.len(), |(i, _)| i);
    let whole = whosaid::document::Document::analyze(&text);
    let para = whole.paras.partition_point(|p| p.start <= byte) - 1;
    let sentence = whole.sentences.partition_point(|s| s.start <= byte) - 1;
    assert_eq!((last.paragraph, last.sentence), (para, sentence));
}
