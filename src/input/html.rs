//! HTML news pages reduced to their article text with readability.js's
//! rules (the `dom_smoothie` crate): menus, ads and footers go, the
//! headline and the body's paragraphs stay. The headline comes first, as a
//! paragraph of its own, because headlines carry quotes too.
//!
//! Offsets in the output refer to this text, not to the HTML; `whosaid
//! text page.html` prints it, so users can check any row against it.

/// The article text of an HTML page, paragraphs separated by blank lines.
/// A panic inside the third-party parser costs this page, not the run.
#[cfg(feature = "html")]
pub fn article_text(html: &str) -> Result<String, String> {
    std::panic::catch_unwind(|| readable_text(html))
        .unwrap_or_else(|_| Err("the HTML parser failed on this page (internal error)".into()))
}

#[cfg(feature = "html")]
fn readable_text(html: &str) -> Result<String, String> {
    use dom_smoothie::{Config, Readability, TextMode};

    let cfg = Config {
        text_mode: TextMode::Formatted,
        ..Default::default()
    };
    let mut reader =
        Readability::new(html, None, Some(cfg)).map_err(|e| format!("cannot parse HTML: {e}"))?;
    let article = reader
        .parse()
        .map_err(|e| format!("no article text found in the HTML ({e})"))?;
    let body = normalize_blank_lines(&article.text_content);
    let title = article.title.trim();
    Ok(match (title.is_empty(), body.is_empty()) {
        (true, _) => body,
        (false, true) => title.to_string(),
        // Pages often repeat the headline as the body's first line.
        (false, false) if body.starts_with(title) => body,
        (false, false) => format!("{title}\n\n{body}"),
    })
}

#[cfg(not(feature = "html"))]
pub fn article_text(_html: &str) -> Result<String, String> {
    Err("this whosaid was built without HTML support (cargo feature `html`)".into())
}

/// Trim each line, drop leading/trailing blank lines and collapse runs of
/// blank lines to one, so paragraphs split the way the segmenter expects.
#[cfg_attr(not(feature = "html"), allow(dead_code))]
fn normalize_blank_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if blank {
            out.push_str("\n\n");
        } else if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(line);
        blank = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_collapse_and_edges_trim() {
        assert_eq!(
            normalize_blank_lines("\n\n  a \n\n\n b\nc\n\n"),
            "a\n\nb\nc"
        );
    }

    #[cfg(feature = "html")]
    #[test]
    fn article_text_keeps_headline_and_paragraphs_drops_navigation() {
        let html = r#"<html><head><title>Harbour plan stalls</title></head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>Harbour plan stalls</h1>
            <p>The harbour expansion was delayed again on Monday after a long council meeting that ran late into the evening.</p>
            <p>"We will not sign a blank cheque," said Councillor Ines Varga, who chairs the finance committee and has opposed the plan for two years.</p>
            <p>The port authority said it would publish revised figures in the spring, along with a new schedule for the dredging work.</p>
            </article><footer>Copyright</footer></body></html>"#;
        let text = article_text(html).expect("article");
        assert!(text.starts_with("Harbour plan stalls\n\n"), "{text}");
        assert!(text.contains("\"We will not sign a blank cheque,\" said Councillor Ines Varga"));
        assert!(
            !text.contains("Home") && !text.contains("Copyright"),
            "{text}"
        );
    }
}
