//! Long documents are analysed in windows of about [`WINDOW_BYTES`], cut at
//! paragraph breaks, so that the memory a document needs beyond its text
//! and its rows stays bounded: the analysis of a window (tokens, sentences,
//! names, cues, attributions) takes 10–20 times the window's size, which
//! for a 64 MB document was 0.8–3.5 GB.
//!
//! Rows keep document-wide offsets, paragraph and sentence numbers. What a
//! window cannot see is the text of the windows before it: a speaker named
//! only in an earlier window is not resolved to that name, and a quotation
//! or attribution running across the cut is read as two. News articles are
//! far shorter than a window (the longest in PolNeAR is under 100 KB), so
//! only concatenated archives, books and long transcripts are cut.

use crate::text::{ceil_char, floor_char};

/// The size a document is analysed in, in bytes (1 MiB).
pub const WINDOW_BYTES: usize = 1 << 20;

/// The end of the window of `text` starting at byte `from` (a character
/// boundary): all of the rest when it is at most `max` bytes; otherwise
/// just after the last blank line within `max` bytes (a paragraph break, so
/// the windows' paragraphs are the document's), else after the last line
/// break, else after the last space, else at the last character boundary.
/// Always past `from` when there is text left.
pub fn window_end(text: &str, from: usize, max: usize) -> usize {
    let bytes = text.as_bytes();
    if text.len() - from <= max {
        return text.len();
    }
    let limit = from + max.max(1);
    let span = &bytes[from..limit];
    // The end of a blank line: a line break whose line (back to the
    // previous line break) is only whitespace.
    let mut end = span.len();
    while let Some(i) = memchr::memrchr2(b'\n', b'\r', &span[..end]) {
        // A line break is "\n", "\r\n" or a lone "\r"; the line it ends
        // starts after the break before it.
        let brk = if span[i] == b'\n' && i > 0 && span[i - 1] == b'\r' {
            i - 1
        } else {
            i
        };
        let line_start = memchr::memrchr2(b'\n', b'\r', &span[..brk]).map(|j| j + 1);
        if let Some(ls) = line_start
            && span[ls..brk].iter().all(u8::is_ascii_whitespace)
        {
            return from + i + 1;
        }
        end = brk;
    }
    if let Some(i) = memchr::memrchr2(b'\n', b'\r', span) {
        return from + i + 1;
    }
    if let Some(i) = memchr::memrchr(b' ', span) {
        return from + i + 1;
    }
    // The last character boundary, or past a character longer than `max`
    // bytes: always progress.
    let cut = floor_char(text, limit);
    if cut > from {
        cut
    } else {
        ceil_char(text, from + 1)
    }
}

/// The windows of `text`, in order: byte ranges that tile it.
pub fn windows(text: &str, max: usize) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut from = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let to = window_end(text, from, max);
        let w = from..to;
        done = to >= text.len();
        from = to;
        Some(w)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_cut_after_blank_lines_then_lines_then_spaces() {
        // (text, max bytes, expected windows)
        let cases: &[(&str, usize, &[&str])] = &[
            ("", 4, &[""]),
            ("short", 10, &["short"]),
            ("aa\n\nbb\n\ncc", 9, &["aa\n\nbb\n\n", "cc"]),
            ("aa\n\nbb\ncc dd", 9, &["aa\n\n", "bb\ncc dd"]),
            ("aa\r\n\r\nbb cc", 8, &["aa\r\n\r\n", "bb cc"]),
            ("aa\r\nbb\r\ncc dd", 12, &["aa\r\nbb\r\n", "cc dd"]),
            ("aa\r\rbb\rcc dd", 10, &["aa\r\r", "bb\rcc dd"]),
            ("aa \t\nbb\ncc dd ee", 8, &["aa \t\nbb\n", "cc dd ee"]),
            ("aaaa bbbb cccc", 6, &["aaaa ", "bbbb ", "cccc"]),
            ("abcdefgh", 3, &["abc", "def", "gh"]),
            ("ééé", 3, &["é", "é", "é"]),
            ("€x", 1, &["€", "x"]),
        ];
        for &(text, max, want) in cases {
            let got: Vec<&str> = windows(text, max).map(|r| &text[r]).collect();
            assert_eq!(got, want, "{text:?} in {max}");
        }
    }

    #[test]
    fn windows_tile_the_text() {
        let text = "Para one. \u{201c}Quote,\u{201d} she said.\n\n".repeat(500);
        let ws: Vec<_> = windows(&text, 1000).collect();
        assert!(ws.len() > 1);
        assert_eq!(ws.first().map(|w| w.start), Some(0));
        assert_eq!(ws.last().map(|w| w.end), Some(text.len()));
        assert!(
            ws.windows(2)
                .all(|p| p[0].end == p[1].start && p[0].start < p[0].end)
        );
        // Each cut follows a blank line.
        assert!(
            ws[..ws.len() - 1]
                .iter()
                .all(|w| text[..w.end].ends_with("\n\n"))
        );
    }
}
