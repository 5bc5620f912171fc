//! Fuzz target: the HTML reader (`whosaid::input::html::article_text`) on
//! arbitrary bytes must not panic (its guard's "internal error" counts as
//! one), must finish in time however deep or broken the markup is, and the
//! text it gives must go through `extract` keeping the span contract.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::input::html::article_text;
use whosaid::{Options, extract};

#[path = "../../tests/common/spans.rs"]
mod spans;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    match article_text(&html) {
        Ok(text) => {
            assert!(!text.contains("\n\n\n"), "blank lines not collapsed");
            let rows = extract(&text, &Options::default());
            spans::check_rows(&text, &rows);
        }
        Err(reason) => assert!(!reason.contains("internal error"), "{reason}"),
    }
});
