//! Fuzz target: `whosaid::extract` on arbitrary bytes (decoded lossily, as
//! the CLI does) must not panic, and every row must honour the public span
//! contract (tests/common/spans.rs, shared with tests/properties.rs).
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::{Options, extract};

#[path = "../../tests/common/spans.rs"]
mod spans;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // The first byte picks the cue set, so both option paths get fuzzed.
    let opts = Options {
        thought_cues: data.first().is_some_and(|b| b & 1 == 1),
        context: data.first().is_some_and(|b| b & 2 == 2),
        ..Options::default()
    };
    // Quotation spans are sorted and never overlap: rules find a
    // position's quote by binary search.
    let doc = whosaid::document::Document::analyze(&text);
    assert!(
        doc.quotes
            .windows(2)
            .all(|w| w[0].outer_end <= w[1].outer_start),
        "overlapping quotation spans"
    );
    let rows = extract(&text, &opts);
    spans::check_rows(&text, &rows);
    assert_eq!(rows, extract(&text, &opts), "extract is not deterministic");
});
