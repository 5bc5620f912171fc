//! The span contract (`field == text[start..end]` in Unicode-scalar
//! offsets), shared by the integration tests and the fuzz target.

use whosaid::Quote;

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
        if let Some(context) = &q.context {
            assert!(
                context.contains(q.quote.as_str()) && text.contains(context.as_str()),
                "context {context:?} does not hold quote {:?}",
                q.quote
            );
        }
    }
}
