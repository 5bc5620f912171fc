//! HTML news pages reduced to their article text with readability.js's
//! rules (the `dom_smoothie` crate): menus, ads and footers go, the
//! headline and the body's paragraphs stay. The headline comes first, as a
//! paragraph of its own, because headlines carry quotes too.
//!
//! Offsets in the output refer to this text, not to the HTML; `whosaid
//! text page.html` prints it, so users can check any row against it.
//!
//! Hostile pages: the readability rules take time quadratic in the nesting
//! depth of the page (they walk each node's ancestors) and superlinear in
//! its number of elements (a 4 MB page of paragraphs took 14 times as long
//! as a 1 MB one), and deep trees are torn down recursively, so 200,000
//! nested `<div>`s used to take minutes and then overflow the stack,
//! aborting the whole run. A cheap linear pre-scan ([`page_shape`])
//! measures the page first; past [`MAX_NESTING`] levels, [`MAX_ELEMENTS`]
//! elements or [`MAX_DEPTH_SUM`] (the ancestor walks) the page is reduced
//! by plain tag stripping instead ([`strip_tags`]), with a warning. The
//! parser also runs on a thread of its own with a known, generous stack
//! ([`PARSER_STACK`]), so a tree the pre-scan underestimates still cannot
//! overflow it.

/// Element nesting past which a page is not given to the readability
/// parser. Real news pages nest a few dozen levels (rarely 200); at 512
/// levels the parser still needs well under a second.
pub const MAX_NESTING: usize = 512;

/// Elements past which a page is not given to the readability parser: a
/// news page has a few thousand; 20,000 take it about two seconds.
pub const MAX_ELEMENTS: usize = 20_000;

/// The sum of all elements' depths (the ancestors the readability rules
/// walk) past which a page is not given to the parser: news pages stay
/// under 100,000; a million takes it about half a second.
pub const MAX_DEPTH_SUM: usize = 1_000_000;

/// Stack for the thread that parses a page: the parser and the tree's
/// teardown recurse once per level, a few hundred bytes a frame, so this
/// covers trees many times deeper than [`MAX_NESTING`] (the pre-scan counts
/// a little differently from the parser). Only touched pages cost memory.
#[cfg(feature = "html")]
const PARSER_STACK: usize = 256 << 20;

/// The article text of an HTML page, paragraphs separated by blank lines.
/// A panic inside the third-party parser costs this page, not the run.
pub fn article_text(html: &str) -> Result<String, String> {
    article_text_checked(html).map(|(text, _)| text)
}

/// [`article_text`], and a warning when the page was too deeply nested
/// for the readability rules and was reduced by tag stripping instead.
pub fn article_text_checked(html: &str) -> Result<(String, Option<String>), String> {
    if let Some(why) = too_complex(html).filter(|_| cfg!(feature = "html")) {
        let text = strip_tags(html);
        if text.is_empty() {
            return Err(format!("HTML {why}, and no text in it"));
        }
        let warning =
            format!("HTML {why}: reduced by plain tag stripping (menus and footers are kept)");
        return Ok((text, Some(warning)));
    }
    parse_guarded(html).map(|text| (text, None))
}

/// Run the readability parser on a thread with a stack of known size.
#[cfg(feature = "html")]
fn parse_guarded(html: &str) -> Result<String, String> {
    let internal = || Err("the HTML parser failed on this page (internal error)".to_string());
    std::thread::scope(|scope| {
        match std::thread::Builder::new()
            .name("whosaid-html".into())
            .stack_size(PARSER_STACK)
            .spawn_scoped(scope, || readable_text(html))
        {
            // A panic in the parser comes back as `Err` from `join`.
            Ok(handle) => handle.join().unwrap_or_else(|_| internal()),
            // No thread to be had: parse here, still catching panics.
            Err(_) => {
                std::panic::catch_unwind(|| readable_text(html)).unwrap_or_else(|_| internal())
            }
        }
    })
}

#[cfg(not(feature = "html"))]
fn parse_guarded(_html: &str) -> Result<String, String> {
    Err("this whosaid was built without HTML support (cargo feature `html`)".into())
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

/// Elements that never have content or an end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
    "source", "track", "wbr",
];

/// Elements whose end tag may be left out, closed by their next sibling
/// ("<p>a<p>b", "<li>", table cells): the parser does not nest them in
/// themselves, so counting them would call ordinary sloppy pages deep.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
    "colgroup", "caption", "rb", "rt", "rp", "rtc", "html", "head", "body",
];

/// Elements whose content is raw text up to their own end tag.
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

/// One tag found by [`Tags`].
struct Tag {
    /// Lowercased ASCII name; empty for comments, doctypes and `<?…>`.
    name: String,
    closing: bool,
    /// Ends in `/>`.
    self_closing: bool,
    /// Byte offsets of the tag in the page (`<` to after `>`).
    start: usize,
    end: usize,
}

/// A forgiving linear tag scanner: finds `<name …>`, `</name>`, comments
/// and raw-text elements' content the way browsers do closely enough to
/// measure nesting and strip markup. Every byte is looked at O(1) times.
struct Tags<'h> {
    page: &'h str,
    pos: usize,
}

impl<'h> Tags<'h> {
    fn new(page: &'h str) -> Tags<'h> {
        Tags { page, pos: 0 }
    }

    /// After a raw-text element's start tag: jump past its content, to the
    /// start of `</name` (or the end of the page).
    fn skip_raw(&mut self, name: &str) {
        let b = self.page.as_bytes();
        let mut from = self.pos;
        while let Some(k) = memchr::memmem::find(&b[from..], b"</").map(|k| from + k) {
            let after = &b[k + 2..];
            if after.len() >= name.len()
                && after[..name.len()].eq_ignore_ascii_case(name.as_bytes())
            {
                self.pos = k;
                return;
            }
            from = k + 2;
        }
        self.pos = b.len();
    }
}

impl Iterator for Tags<'_> {
    type Item = Tag;

    fn next(&mut self) -> Option<Tag> {
        let b = self.page.as_bytes();
        loop {
            let start = self.pos + memchr::memchr(b'<', b.get(self.pos..)?)?;
            let rest = &b[start + 1..];
            let tag = |name: String, closing, self_closing, end| Tag {
                name,
                closing,
                self_closing,
                start,
                end,
            };
            if rest.starts_with(b"!--") {
                let end =
                    memchr::memmem::find(&rest[3..], b"-->").map_or(b.len(), |k| start + 4 + k + 3);
                self.pos = end;
                return Some(tag(String::new(), false, false, end));
            }
            let closing = rest.first() == Some(&b'/');
            let name_at = start + 1 + usize::from(closing);
            let name_len = b[name_at..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b':' | b'_'))
                .count();
            let bang = matches!(rest.first(), Some(b'!' | b'?'));
            if !bang && (name_len == 0 || !b[name_at].is_ascii_alphabetic()) {
                // "a < b", "<3": text, not a tag.
                self.pos = start + 1;
                continue;
            }
            // The tag runs to the first '>' outside a quoted attribute value.
            let mut k = name_at + name_len;
            let mut quote: Option<u8> = None;
            while let Some(&c) = b.get(k) {
                match (quote, c) {
                    (Some(q), c) if c == q => quote = None,
                    (Some(_), _) => {}
                    (None, b'"' | b'\'') => quote = Some(c),
                    (None, b'>') => break,
                    _ => {}
                }
                k += 1;
            }
            let end = (k + 1).min(b.len());
            let self_closing = k > 0 && b.get(k - 1) == Some(&b'/');
            self.pos = end;
            let name = if bang {
                String::new()
            } else {
                self.page[name_at..name_at + name_len].to_ascii_lowercase()
            };
            if !closing && RAW_TEXT.contains(&name.as_str()) {
                self.skip_raw(&name);
            }
            return Some(tag(name, closing, self_closing, end));
        }
    }
}

/// Why `html` is too much for the readability rules, if it is.
fn too_complex(html: &str) -> Option<String> {
    let shape = page_shape(html, MAX_NESTING, MAX_ELEMENTS, MAX_DEPTH_SUM);
    if shape.depth > MAX_NESTING {
        Some(format!("nested more than {MAX_NESTING} levels deep"))
    } else if shape.elements > MAX_ELEMENTS {
        Some(format!("with more than {MAX_ELEMENTS} elements"))
    } else if shape.depth_sum > MAX_DEPTH_SUM {
        Some(format!(
            "too deep for its size (elements' depths add up to more than {MAX_DEPTH_SUM})"
        ))
    } else {
        None
    }
}

/// What the pre-scan measures of a page.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Shape {
    /// The deepest element nesting.
    pub depth: usize,
    /// Start tags.
    pub elements: usize,
    /// Each start tag's depth, added up.
    pub depth_sum: usize,
}

/// How deep the page's elements nest, as far as `limit + 1`.
pub fn nesting_depth(html: &str, limit: usize) -> usize {
    page_shape(html, limit, usize::MAX, usize::MAX).depth
}

/// The page's [`Shape`]; the scan stops as soon as one measure passes its
/// limit. Open elements are kept on a stack; an end tag closes up to the
/// matching open element, or is ignored when none is open, as the HTML
/// parser does; void elements, `/>` inside `<svg>`/`<math>` and elements
/// whose end tag is optional do not nest. Linear in the page's length.
pub fn page_shape(html: &str, max_depth: usize, max_elements: usize, max_sum: usize) -> Shape {
    let mut shape = Shape::default();
    let mut stack: Vec<String> = Vec::new();
    // How many of each name are open, so an unmatched end tag is told
    // apart without searching the stack.
    let mut open: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut foreign = 0usize;
    for tag in Tags::new(html) {
        let name = tag.name;
        if !name.is_empty() && !tag.closing {
            shape.elements += 1;
            shape.depth_sum += stack.len() + 1;
            if shape.elements > max_elements || shape.depth_sum > max_sum {
                break;
            }
        }
        if name.is_empty() || VOID.contains(&name.as_str()) || OPTIONAL_END.contains(&name.as_str())
        {
            continue;
        }
        if tag.closing {
            let Some(n) = open.get_mut(&name).filter(|n| **n > 0) else {
                continue;
            };
            *n -= 1;
            while let Some(top) = stack.pop() {
                if matches!(top.as_str(), "svg" | "math") {
                    foreign = foreign.saturating_sub(1);
                }
                if top == name {
                    break;
                }
                if let Some(m) = open.get_mut(&top) {
                    *m = m.saturating_sub(1);
                }
            }
            continue;
        }
        if tag.self_closing && foreign > 0 {
            continue;
        }
        if matches!(name.as_str(), "svg" | "math") {
            foreign += 1;
        }
        *open.entry(name.clone()).or_default() += 1;
        stack.push(name);
        shape.depth = shape.depth.max(stack.len());
        if shape.depth > max_depth {
            break;
        }
    }
    shape
}

/// Elements that end a paragraph of text.
const BLOCK: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "tr",
    "ul",
    "title",
    "body",
];

/// Plain tag stripping, for pages too deep for the readability rules: the
/// text between tags, entities decoded, scripts, styles and comments
/// dropped, a blank line at each block element; the page title first.
pub fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut pos = 0;
    let mut hidden: Option<String> = None;
    for tag in Tags::new(html) {
        if hidden.is_none() {
            push_text(&mut out, &html[pos..tag.start]);
        }
        pos = tag.end;
        let name = tag.name.as_str();
        match (&hidden, tag.closing) {
            (Some(h), true) if h == name => hidden = None,
            (Some(_), _) => {}
            (None, false)
                if matches!(
                    name,
                    "script"
                        | "style"
                        | "template"
                        | "noscript"
                        | "textarea"
                        | "iframe"
                        | "noembed"
                        | "noframes"
                        | "xmp"
                        | "plaintext"
                ) =>
            {
                hidden = Some(name.to_string());
            }
            (None, _) if BLOCK.contains(&name) => out.push_str("\n\n"),
            (None, _) => {}
        }
    }
    if hidden.is_none() {
        push_text(&mut out, &html[pos.min(html.len())..]);
    }
    normalize_blank_lines(&out)
}

/// `text` with character references decoded (the common named ones and
/// numeric ones; others are kept as written) appended to `out`.
fn push_text(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(k) = rest.find('&') {
        out.push_str(&rest[..k]);
        rest = &rest[k..];
        let semi = rest.as_bytes().iter().take(12).position(|&c| c == b';');
        let decoded = semi.and_then(|e| {
            let name = &rest[1..e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                "ldquo" => Some('“'),
                "rdquo" => Some('”'),
                "lsquo" => Some('‘'),
                "rsquo" => Some('’'),
                "mdash" => Some('—'),
                "ndash" => Some('–'),
                "hellip" => Some('…'),
                _ => {
                    let num = name.strip_prefix('#')?;
                    let code = match num.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => num.parse().ok()?,
                    };
                    char::from_u32(code).filter(|c| *c != '\0')
                }
            };
            c.map(|c| (c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

/// Trim each line, drop leading/trailing blank lines and collapse runs of
/// blank lines to one, so paragraphs split the way the segmenter expects.
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

    #[test]
    fn nesting_counts_open_elements_as_the_parser_does() {
        assert_eq!(nesting_depth("<div><span>a</span><b>b</b></div>", 100), 2);
        // Void elements, optional end tags and comments do not nest.
        assert_eq!(
            nesting_depth("<div><br><img src=x><p>a<p>b<li>c<!-- <div> --></div>", 100),
            1
        );
        // An end tag with no open element is ignored, as the parser does:
        // "<div></span>" still nests.
        assert_eq!(nesting_depth(&"<div></span>".repeat(50), 1000), 50);
        // Self-closing only counts inside SVG; ">" in a quoted attribute
        // and "<" in script text are not tags.
        assert_eq!(nesting_depth("<svg><path d='a>b'/><g/></svg>", 100), 1);
        assert_eq!(
            nesting_depth("<script>if (a<b) { x('<div>') }</script><div></div>", 100),
            1
        );
        // The scan stops just past the limit.
        assert_eq!(nesting_depth(&"<div>".repeat(100_000), 10), 11);
        assert_eq!(
            page_shape("<div><br><p>a</p><!-- x --></div><img>", 9, 9, 99),
            Shape {
                depth: 1,
                elements: 4,
                depth_sum: 1 + 2 + 2 + 1
            }
        );
    }

    #[test]
    fn large_or_deep_and_wide_pages_fall_back_too() {
        let many = "<p>Ann Lee said so.</p>".repeat(MAX_ELEMENTS + 1);
        assert!(too_complex(&many).is_some_and(|w| w.contains("elements")));
        let deep_wide = format!("{}{}", "<div>".repeat(400), "<b>x</b>".repeat(3000));
        assert!(too_complex(&deep_wide).is_some_and(|w| w.contains("depths")));
        assert_eq!(too_complex("<p>Ann Lee said so.</p>"), None);
    }

    #[test]
    fn deep_pages_fall_back_to_tag_stripping_with_a_warning() {
        let depth = MAX_NESTING * 4;
        let html = format!(
            "<title>Levee</title><script>var a = '<p>no</p>';</script>{}<p>“It holds,” said Mara Quist &amp; co.</p>{}",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        let (text, warning) = article_text_checked(&html).expect("text");
        if cfg!(feature = "html") {
            assert_eq!(text, "Levee\n\n“It holds,” said Mara Quist & co.");
            assert!(warning.is_some_and(|w| w.contains("nested")));
        }
    }

    #[test]
    fn stripping_decodes_entities_and_drops_hidden_content() {
        assert_eq!(
            strip_tags("<p>a &lt;b&gt; &#8220;c&#x201D; &bogus; &</p><style>p{}</style><p>d</p>"),
            "a <b> “c” &bogus; &\n\nd"
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
