//! `whosaid view`: one self-contained HTML page showing what was found.
//!
//! Reviewing extraction output as CSV rows means jumping between offsets
//! and text; the page shows each document with its quotes highlighted in
//! place, one colour per speaker, so a reader sees at a glance what was
//! attributed to whom, and what was missed. The file makes no network
//! requests (inline CSS, a little inline JS, charts drawn as inline SVG),
//! so it can be mailed or archived as it is.
//!
//! Quotes, speaker mentions and cues may nest or cross (a mixed row spans
//! a clause holding a direct quote; an indirect row may overlap the
//! mention of another). The markup is built from sorted span boundaries
//! ([`markup`]): an element that would cross another is closed and
//! reopened as a fragment, so the HTML is always well-formed. Every quote
//! still has exactly one element carrying `data-quote-id` (its first
//! piece); later pieces carry `data-part-of`.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::io::Write;

use crate::extract::Quote;
use crate::names::NameMap;

/// Most documents one page shows: beyond this the page gets too heavy
/// for a browser to open comfortably, so the command refuses.
pub const MAX_DOCUMENTS: usize = 2000;

/// One document to show.
#[derive(Debug, Clone)]
pub struct ViewDoc {
    /// Its id (the `doc` column of `extract`).
    pub id: String,
    /// The text the offsets refer to.
    pub text: String,
    /// Its rows, as [`crate::extract`] returns them.
    pub quotes: Vec<Quote>,
}

/// Escape text for HTML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(&mut out, s);
    out
}

fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// What a span marks; also its nesting rank when spans start and end
/// together (a quote holds the mention, the mention the cue).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Layer {
    Quote,
    Speaker,
    Cue,
}

/// A byte range of the text to wrap in an element.
#[derive(Clone, Debug)]
struct Span {
    start: usize,
    end: usize,
    layer: Layer,
    /// The quote it belongs to (index into the document's quotes).
    quote: usize,
}

/// The speaker a quote is shown under: the merged person name, else the
/// canonical speaker.
fn shown_speaker<'a>(q: &'a Quote, names: &'a NameMap) -> &'a str {
    if q.speaker_kind == "person" {
        names.canonical(&q.speaker)
    } else {
        &q.speaker
    }
}

/// Byte offsets of every character boundary, so character offsets convert
/// in O(1); an offset past the end gives `None`, never a panic.
fn char_bytes(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect()
}

/// The spans to mark in a document: each quote, and each distinct speaker
/// mention and cue. Spans with offsets outside the text are dropped.
fn spans(text: &str, quotes: &[Quote]) -> Vec<Span> {
    let bytes = char_bytes(text);
    let at = |c: usize| bytes.get(c).copied();
    let mut out: Vec<Span> = Vec::new();
    let mut seen: HashSet<(usize, usize, Layer)> = HashSet::new();
    for (i, q) in quotes.iter().enumerate() {
        let ranges = [
            (Some(q.quote_start), Some(q.quote_end), Layer::Quote),
            (q.speaker_start, q.speaker_end, Layer::Speaker),
            (q.cue_start, q.cue_end, Layer::Cue),
        ];
        for (s, e, layer) in ranges {
            let (Some(start), Some(end)) = (s.and_then(at), e.and_then(at)) else {
                continue;
            };
            if start >= end {
                continue;
            }
            if layer != Layer::Quote && !seen.insert((start, end, layer)) {
                continue;
            }
            out.push(Span {
                start,
                end,
                layer,
                quote: i,
            });
        }
    }
    out
}

/// How the page names a document's speakers: CSS class per speaker.
struct Palette {
    class: HashMap<String, usize>,
}

impl Palette {
    fn class(&self, speaker: &str) -> String {
        match self.class.get(speaker) {
            Some(i) => format!("s{i}"),
            None => "s-none".to_string(),
        }
    }
}

/// The text of one document with its spans marked up, well-formed
/// whatever the overlaps: the open elements always follow the nesting of
/// the spans covering the current character (by start, then longest
/// first, then layer); an element that must close while a later-opened
/// one is still needed closes that one first and reopens it after.
fn markup(text: &str, quotes: &[Quote], names: &NameMap, palette: &Palette, doc: usize) -> String {
    let spans = spans(text, quotes);
    let mut cuts: Vec<usize> = spans.iter().flat_map(|s| [s.start, s.end]).collect();
    cuts.push(0);
    cuts.push(text.len());
    cuts.sort_unstable();
    cuts.dedup();
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(|&i| {
        let s = &spans[i];
        (s.start, std::cmp::Reverse(s.end), s.layer, s.quote)
    });
    let mut out = String::with_capacity(text.len() * 2);
    let mut open: Vec<usize> = Vec::new();
    let mut opened = vec![false; spans.len()];
    for w in cuts.windows(2) {
        let (from, to) = (w[0], w[1]);
        let want: Vec<usize> = order
            .iter()
            .copied()
            .filter(|&i| spans[i].start <= from && to <= spans[i].end)
            .collect();
        let keep = open.iter().zip(&want).take_while(|(a, b)| a == b).count();
        for &i in open[keep..].iter().rev() {
            out.push_str(close_tag(spans[i].layer));
        }
        open.truncate(keep);
        for &i in &want[keep..] {
            open_tag(&mut out, &spans[i], quotes, names, palette, doc, opened[i]);
            opened[i] = true;
            open.push(i);
        }
        escape_into(&mut out, &text[from..to]);
    }
    for &i in open.iter().rev() {
        out.push_str(close_tag(spans[i].layer));
    }
    out
}

fn close_tag(layer: Layer) -> &'static str {
    match layer {
        Layer::Quote => "</mark>",
        Layer::Speaker | Layer::Cue => "</span>",
    }
}

/// The tooltip of a quote: speaker, kind, cue, method and confidence.
fn tip(q: &Quote, speaker: &str) -> String {
    let who = if speaker.is_empty() {
        if q.speaker_mention.is_empty() {
            "(no speaker)".to_string()
        } else {
            format!("({})", q.speaker_mention)
        }
    } else {
        speaker.to_string()
    };
    let cue = if q.cue.is_empty() { "–" } else { &q.cue };
    format!(
        "{who} · {} · cue: {cue} · {} · confidence {:.2}",
        q.kind, q.method, q.confidence
    )
}

fn open_tag(
    out: &mut String,
    span: &Span,
    quotes: &[Quote],
    names: &NameMap,
    palette: &Palette,
    doc: usize,
    again: bool,
) {
    let q = &quotes[span.quote];
    let speaker = shown_speaker(q, names);
    let id = span.quote + 1;
    match span.layer {
        Layer::Quote => {
            let class = palette.class(speaker);
            let _ = write!(
                out,
                "<mark class=\"q {class} k-{}\" data-speaker=\"{}\"",
                q.kind,
                escape(speaker)
            );
            if again {
                let _ = write!(out, " data-part-of=\"{id}\">");
            } else {
                let t = escape(&tip(q, speaker));
                let _ = write!(
                    out,
                    " id=\"d{doc}-q{id}\" data-quote-id=\"{id}\" data-kind=\"{}\" tabindex=\"0\" title=\"{t}\" data-tip=\"{t}\">",
                    q.kind
                );
            }
        }
        Layer::Speaker => out.push_str("<span class=\"spk\">"),
        Layer::Cue => out.push_str("<span class=\"cue\">"),
    }
}

/// Per speaker, quotes by kind.
#[derive(Default, Clone)]
struct Counts {
    direct: usize,
    mixed: usize,
    indirect: usize,
    kind: &'static str,
}

impl Counts {
    fn total(&self) -> usize {
        self.direct + self.mixed + self.indirect
    }

    fn add(&mut self, q: &Quote) {
        match q.kind {
            "direct" => self.direct += 1,
            "mixed" => self.mixed += 1,
            _ => self.indirect += 1,
        }
        if self.kind.is_empty() {
            self.kind = q.speaker_kind;
        }
    }

    fn describe(&self) -> String {
        [
            (self.direct, "direct"),
            (self.mixed, "mixed"),
            (self.indirect, "indirect"),
        ]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, k)| format!("{n} {k}"))
        .collect::<Vec<_>>()
        .join(" · ")
    }
}

/// Speakers of some quotes with their counts, most quoted first (ties by
/// name); the unattributed ("") included.
fn speaker_counts<'a>(
    quotes: impl Iterator<Item = &'a Quote>,
    names: &NameMap,
) -> Vec<(String, Counts)> {
    let mut by: HashMap<String, Counts> = HashMap::new();
    for q in quotes {
        by.entry(shown_speaker(q, names).to_string())
            .or_default()
            .add(q);
    }
    let mut v: Vec<(String, Counts)> = by.into_iter().collect();
    v.sort_by(|a, b| b.1.total().cmp(&a.1.total()).then_with(|| a.0.cmp(&b.0)));
    v
}

const STYLE: &str = r#"
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d1d1f;background:#f6f6f4}
header{padding:14px 24px;background:#20232a;color:#fff}
header h1{margin:0;font-size:20px}
header p{margin:4px 0 0;color:#cfd3da;font-size:13px}
main{padding:0 24px 40px;max-width:1400px}
h2{font-size:17px;margin:28px 0 8px}
.index table{border-collapse:collapse;font-size:13px}
.index td,.index th{padding:2px 10px;border-bottom:1px solid #ddd;text-align:left}
.index td.n{text-align:right}
.charts{display:flex;flex-wrap:wrap;gap:24px}
.charts figure{margin:0;background:#fff;padding:10px;border:1px solid #ddd;border-radius:6px}
figcaption{font-size:13px;font-weight:600;margin-bottom:4px}
.doc{display:grid;grid-template-columns:minmax(0,1fr) 280px;gap:18px;background:#fff;border:1px solid #ddd;border-radius:6px;padding:14px 18px;margin-top:18px}
.doc h2{grid-column:1/-1;margin:0;font-size:16px;word-break:break-all}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
mark.q{background:var(--c);color:inherit;border-radius:2px;position:relative;padding:1px 0}
mark.q mark.q{box-shadow:inset 0 -3px 0 rgba(0,0,0,.35)}
mark.q:focus{outline:2px solid #1a56db}
mark.q[data-tip]:focus::after{content:attr(data-tip);position:absolute;left:0;top:1.7em;z-index:10;background:#20232a;color:#fff;font-size:12px;line-height:1.3;padding:4px 7px;border-radius:4px;white-space:nowrap}
.spk{text-decoration:underline 2px;text-underline-offset:3px}
.cue{text-decoration:underline dotted 2px;text-underline-offset:3px}
.doc.filtered mark.q.dim{background:transparent;box-shadow:none}
aside{font-size:13px;border-left:1px solid #eee;padding-left:12px}
aside ul{list-style:none;margin:0;padding:0}
aside li{margin:3px 0}
aside button{all:unset;cursor:pointer;display:block;padding:2px 6px;border-radius:4px;width:100%;box-sizing:border-box}
aside button:hover,aside button:focus{outline:1px solid #999}
aside button.on{outline:2px solid #1a56db}
.sw{display:inline-block;width:11px;height:11px;border-radius:2px;background:var(--c);margin-right:6px;vertical-align:-1px;border:1px solid rgba(0,0,0,.2)}
.meta{color:#666}
.s-none{--c:#e3e3e3}
.kc0{--c:#8ab4f8}.kc1{--c:#f6ae6b}.kc2{--c:#b5d99c}.kc3{--c:#d7a9e3}.kc4{--c:#f28b82}.kc5{--c:#cccccc}.kc6{--c:#fdd663}
"#;

const SCRIPT: &str = r#"
document.querySelectorAll('aside button[data-speaker]').forEach(function(b){
  b.addEventListener('click',function(){
    var doc=b.closest('.doc'),on=!b.classList.contains('on');
    doc.querySelectorAll('aside button').forEach(function(x){x.classList.remove('on')});
    doc.classList.toggle('filtered',on);
    doc.querySelectorAll('mark.q').forEach(function(m){
      m.classList.toggle('dim',on&&m.getAttribute('data-speaker')!==b.getAttribute('data-speaker'));
    });
    if(on)b.classList.add('on');
  });
});
document.documentElement.setAttribute('data-ready','1');
"#;

/// A colour per speaker rank, spread around the hue circle (golden angle)
/// so neighbours in the ranking never look alike.
fn colour(rank: usize) -> String {
    let hue = (rank as f64 * 137.508) % 360.0;
    format!("hsl({hue:.0} 80% 80%)")
}

/// Write the page for `docs`, merging a person's names across them unless
/// `no_merge`. Documents appear in the order given.
pub fn render(docs: &[ViewDoc], no_merge: bool, mut out: impl Write) -> std::io::Result<()> {
    let names = if no_merge {
        NameMap::default()
    } else {
        let mut persons: HashMap<&str, usize> = HashMap::new();
        for q in docs.iter().flat_map(|d| &d.quotes) {
            if q.speaker_kind == "person" && !q.speaker.is_empty() {
                *persons.entry(&q.speaker).or_default() += 1;
            }
        }
        NameMap::build(persons)
    };
    let all = speaker_counts(docs.iter().flat_map(|d| &d.quotes), &names);
    let palette = Palette {
        class: all
            .iter()
            .filter(|(s, _)| !s.is_empty())
            .enumerate()
            .map(|(i, (s, _))| (s.clone(), i))
            .collect(),
    };
    let total: usize = docs.iter().map(|d| d.quotes.len()).sum();
    let mut page = String::new();
    page.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>whosaid view</title>\n<style>");
    page.push_str(STYLE);
    for i in 0..palette.class.len() {
        let _ = writeln!(page, ".s{i}{{--c:{}}}", colour(i));
    }
    page.push_str("</style>\n</head>\n<body>\n<header><h1>whosaid view</h1>");
    let named = all.iter().filter(|(s, _)| !s.is_empty()).count();
    let _ = write!(
        page,
        "<p>{} · {} · {}. Underlined: the speaker mention (solid) and the cue (dotted). Focus or hover a quote for its details; click a speaker to show only their quotes.</p></header>\n<main>\n",
        count(docs.len(), "document"),
        count(total, "quote"),
        count(named, "speaker")
    );
    if docs.len() > 1 {
        index(&mut page, docs, &all, &palette);
    }
    for (n, d) in docs.iter().enumerate() {
        document(&mut page, n + 1, d, &names, &palette);
    }
    page.push_str("</main>\n<script>");
    page.push_str(SCRIPT);
    page.push_str("</script>\n</body>\n</html>\n");
    out.write_all(page.as_bytes())?;
    out.flush()
}

/// "1 quote", "2 quotes".
fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// One document: title, marked-up text, its speakers.
fn document(page: &mut String, n: usize, d: &ViewDoc, names: &NameMap, palette: &Palette) {
    let _ = write!(
        page,
        "<section class=\"doc\" id=\"doc-{n}\" data-doc=\"{}\">\n<h2>{}<span class=\"meta\"> · {}</span></h2>\n<div class=\"text\">",
        escape(&d.id),
        escape(&d.id),
        count(d.quotes.len(), "quote")
    );
    page.push_str(&markup(&d.text, &d.quotes, names, palette, n));
    page.push_str("</div>\n<aside><strong>Speakers</strong><ul>\n");
    for (s, c) in speaker_counts(d.quotes.iter(), names) {
        let label = if s.is_empty() {
            "(no speaker)".to_string()
        } else {
            escape(&s)
        };
        let kind = if c.kind.is_empty() {
            String::new()
        } else {
            format!(" <span class=\"meta\">{}</span>", c.kind)
        };
        let _ = writeln!(
            page,
            "<li><button type=\"button\" data-speaker=\"{}\"><span class=\"sw {}\"></span>{label}{kind}<br><span class=\"meta\">{}</span></button></li>",
            escape(&s),
            palette.class(&s),
            c.describe()
        );
    }
    page.push_str("</ul></aside>\n</section>\n");
}

/// The corpus index: documents with counts and links, and the two charts.
fn index(page: &mut String, docs: &[ViewDoc], all: &[(String, Counts)], palette: &Palette) {
    page.push_str("<section class=\"index\">\n<h2>Speakers</h2>\n<div class=\"charts\">\n");
    let top: Vec<(String, usize, String)> = all
        .iter()
        .filter(|(s, _)| !s.is_empty())
        .take(20)
        .map(|(s, c)| (s.clone(), c.total(), palette.class(s)))
        .collect();
    bar_chart(page, "Quotes per speaker (top 20)", &top);
    let mut kinds: Vec<(String, usize, String)> = ["person", "organization", "unnamed", "group"]
        .iter()
        .map(|k| (k.to_string(), 0, String::new()))
        .collect();
    let mut unattributed = 0;
    for (s, c) in all {
        if s.is_empty() {
            unattributed += c.total();
        } else if let Some(k) = kinds.iter_mut().find(|k| k.0 == c.kind) {
            k.1 += c.total();
        } else {
            kinds.push((c.kind.to_string(), c.total(), String::new()));
        }
    }
    kinds.push(("no speaker".to_string(), unattributed, String::new()));
    for (i, k) in kinds.iter_mut().enumerate() {
        k.2 = format!("kc{i}");
    }
    bar_chart(page, "Quotes by speaker kind", &kinds);
    page.push_str("</div>\n<h2>Documents</h2>\n<table>\n<tr><th>document</th><th>quotes</th><th>direct</th><th>mixed</th><th>indirect</th></tr>\n");
    for (n, d) in docs.iter().enumerate() {
        let mut c = Counts::default();
        d.quotes.iter().for_each(|q| c.add(q));
        let _ = writeln!(
            page,
            "<tr><td><a href=\"#doc-{}\">{}</a></td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            n + 1,
            escape(&d.id),
            c.total(),
            c.direct,
            c.mixed,
            c.indirect
        );
    }
    page.push_str("</table>\n</section>\n");
}

/// A horizontal bar chart as inline SVG: (label, value, CSS class) rows.
fn bar_chart(page: &mut String, title: &str, bars: &[(String, usize, String)]) {
    const LABEL: usize = 170;
    const WIDTH: usize = 260;
    const ROW: usize = 20;
    let max = bars.iter().map(|b| b.1).max().unwrap_or(0).max(1);
    let height = ROW * bars.len().max(1) + 4;
    let _ = write!(
        page,
        "<figure><figcaption>{}</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{height}\" role=\"img\" aria-label=\"{}\">",
        escape(title),
        LABEL + WIDTH + 40,
        escape(title)
    );
    for (i, (label, value, class)) in bars.iter().enumerate() {
        let y = i * ROW + 2;
        let w = (value * WIDTH).div_ceil(max);
        let shown: String = if label.chars().count() > 24 {
            label.chars().take(23).chain(['…']).collect()
        } else {
            label.clone()
        };
        let _ = write!(
            page,
            "<g class=\"{class}\"><title>{}: {value}</title><text x=\"{}\" y=\"{}\" font-size=\"12\" text-anchor=\"end\">{}</text><rect x=\"{LABEL}\" y=\"{y}\" width=\"{w}\" height=\"{}\" rx=\"2\" style=\"fill:var(--c)\" stroke=\"#888\" stroke-width=\"0.5\"></rect><text x=\"{}\" y=\"{}\" font-size=\"12\">{value}</text></g>",
            escape(label),
            LABEL - 6,
            y + 13,
            escape(&shown),
            ROW - 5,
            LABEL + w + 4,
            y + 13
        );
    }
    page.push_str("</svg></figure>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Options, extract};

    fn quote(
        kind: &'static str,
        speaker: &str,
        q: (usize, usize),
        m: Option<(usize, usize)>,
    ) -> Quote {
        Quote {
            kind,
            quote: String::new(),
            speaker: speaker.to_string(),
            speaker_mention: String::new(),
            speaker_kind: "person",
            cue: String::new(),
            quote_start: q.0,
            quote_end: q.1,
            speaker_start: m.map(|m| m.0),
            speaker_end: m.map(|m| m.1),
            cue_start: None,
            cue_end: None,
            paragraph: 0,
            sentence: 0,
            confidence: 0.9,
            method: "explicit",
            speaker_role: String::new(),
            context: None,
        }
    }

    /// Tags open and close in order (the markup of a text holds no `<`
    /// other than its tags).
    fn balanced(html: &str) -> bool {
        let mut stack: Vec<&str> = Vec::new();
        for part in html.split('<').skip(1) {
            let tag = part.split(['>', ' ']).next().unwrap_or("");
            if let Some(name) = tag.strip_prefix('/') {
                if stack.pop() != Some(name) {
                    return false;
                }
            } else {
                stack.push(tag);
            }
        }
        stack.is_empty()
    }

    /// Crossing and nested spans, with multi-byte text before them.
    #[test]
    fn markup_is_well_formed_whatever_the_overlaps() {
        let text = "é😀 abcdefghijklmnopqrstuvwxyz";
        type Range = (usize, usize);
        let cases: &[&[(Range, Option<Range>)]] = &[
            &[((3, 10), None), ((6, 14), None)],
            &[((3, 20), Some((5, 9))), ((4, 8), Some((7, 12)))],
            &[((3, 10), Some((3, 10))), ((3, 10), None)],
            &[((0, 29), None), ((28, 40), None), ((5, 5), None)],
        ];
        for spans in cases {
            let quotes: Vec<Quote> = spans
                .iter()
                .map(|(q, m)| quote("direct", "Ana Ruiz", *q, *m))
                .collect();
            let palette = Palette {
                class: HashMap::new(),
            };
            let html = markup(text, &quotes, &NameMap::default(), &palette, 1);
            assert!(balanced(&html), "{spans:?}: {html}");
            let valid = quotes
                .iter()
                .filter(|q| q.quote_start < q.quote_end && q.quote_end <= 29)
                .count();
            assert_eq!(html.matches("data-quote-id=").count(), valid, "{html}");
            let plain: String = html
                .split('<')
                .map(|p| p.split_once('>').map_or(p, |x| x.1))
                .collect();
            assert_eq!(plain, text, "text survives: {html}");
        }
    }

    #[test]
    fn text_is_escaped_and_char_offsets_land_on_characters() {
        let text = "Ünïcode “</mark><script>alert(1)</script>,” said Ana Ruiz.";
        let quotes = extract(text, &Options::default());
        assert!(!quotes.is_empty());
        let mut out = Vec::new();
        let doc = ViewDoc {
            id: "<b>x</b>".into(),
            text: text.into(),
            quotes,
        };
        render(&[doc], false, &mut out).expect("render");
        let html = String::from_utf8(out).expect("utf8");
        assert!(!html.contains("<script>alert"), "{html}");
        assert!(
            html.contains("&lt;/mark&gt;&lt;script&gt;alert(1)"),
            "{html}"
        );
        assert!(!html.contains("<b>x"));
        let mark = html.find("data-quote-id").expect("a quote");
        let after = &html[mark..];
        let content = &after[after.find('>').expect("tag end") + 1..];
        assert!(content.starts_with("&lt;/mark&gt;"), "{content}");
    }
}
