//! The pipeline: one document's text in, its quotation rows out.
//!
//! Stages run in order (segment → quotes → cues → mentions → attribution →
//! resolution); this module only wires them and converts byte offsets to
//! the public character offsets.

use serde::Serialize;

use crate::document::Document;
use crate::model::{Attribution, CueFilter};
use crate::resolve::Resolver;
use crate::text::{CharIndex, ceil_char, floor_char};
use crate::window::{WINDOW_BYTES, windows};

/// Which attributions to report.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// Also report thought cues ("wants", "knows", "decided"); off by
    /// default, as users of a fact-checking tool want what was said, written
    /// or shown, and the positions a source is reported to hold ("believes").
    pub thought_cues: bool,
    /// Fill [`Quote::context`] with the sentence(s) holding each quote.
    pub context: bool,
    /// Sieves switched off, to measure what each adds (`eval --ablate`);
    /// empty by default.
    pub sieves_off: crate::sieves::SieveSet,
}

/// One quotation row. Offsets are character (Unicode scalar) offsets into
/// the document text, end exclusive; `None` when there is nothing to point at.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quote {
    /// `direct`, `mixed` or `indirect`.
    pub kind: &'static str,
    /// The content, exactly `text[quote_start..quote_end]` (characters).
    pub quote: String,
    /// The canonical speaker: the fullest name used for that person in the
    /// document, without titles; for unnamed sources the description;
    /// empty when unknown.
    pub speaker: String,
    /// The mention linked to the row, as written ("he", "the governor").
    pub speaker_mention: String,
    /// `person`, `organization`, `unnamed`, or empty.
    pub speaker_kind: &'static str,
    /// The cue as written ("said", "according to").
    pub cue: String,
    /// Character offset where the content starts.
    pub quote_start: usize,
    /// Character offset where the content ends (exclusive).
    pub quote_end: usize,
    /// Character span of `speaker_mention`, when there is one.
    pub speaker_start: Option<usize>,
    /// End of `speaker_mention` (exclusive).
    pub speaker_end: Option<usize>,
    /// Character span of `cue`, when there is one.
    pub cue_start: Option<usize>,
    /// End of `cue` (exclusive).
    pub cue_end: Option<usize>,
    /// 0-based paragraph where the row starts.
    pub paragraph: usize,
    /// 0-based sentence where the row starts.
    pub sentence: usize,
    /// 0–1, from the rule (lower when a pronoun or description stayed
    /// unresolved).
    pub confidence: f64,
    /// The sieve that made the row (`cue_after`, `cue_before`,
    /// `continuation`, `preposed`, …; see [`crate::sieves`]).
    pub method: &'static str,
    /// The speaker's role as the document states it ("Harbor Lions head
    /// coach", "chief executive of Crestline"), from a title, modifier,
    /// descriptor or appositive anywhere in the document; empty when none.
    /// `speaker` itself never carries it.
    pub speaker_role: String,
    /// The sentence(s) holding the quote, when [`Options::context`] asks
    /// for it: from the start of the sentence where the quote starts to the
    /// end of the sentence where it ends.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
}

/// Extract every attribution from `text`, sorted by position.
pub fn extract(text: &str, opts: &Options) -> Vec<Quote> {
    let mut rows = Vec::new();
    let Ok(_) = extract_each(text, opts, |q| {
        rows.push(q);
        Ok::<(), std::convert::Infallible>(())
    });
    rows
}

/// [`extract`], handing each row to `each` as soon as it is made instead of
/// collecting them, and stopping at the first error `each` returns; the
/// number of rows handed over on success. The command line encodes each
/// row and drops it at once: a long document's rows, with their copies of
/// the quotes, never exist all at the same time.
///
/// A document longer than [`WINDOW_BYTES`] is analysed one window at a
/// time (see [`crate::window`]), with its rows numbered and placed as in
/// the whole document.
pub fn extract_each<E>(
    text: &str,
    opts: &Options,
    mut each: impl FnMut(Quote) -> Result<(), E>,
) -> Result<usize, E> {
    let mut at = Origin::default();
    let mut rows = 0;
    for w in windows(text, WINDOW_BYTES) {
        let last = w.end >= text.len();
        let window = &text[w];
        let doc = Document::analyze(window);
        rows += extract_window(&doc, opts, &at, &mut each)?;
        if !last {
            at.chars += window.chars().count();
            at.paragraphs += doc.paras.len();
            at.sentences += doc.sentences.len();
        }
    }
    Ok(rows)
}

/// Where a window starts in its document: characters, paragraphs and
/// sentences before it.
#[derive(Default)]
struct Origin {
    chars: usize,
    paragraphs: usize,
    sentences: usize,
}

/// The rows of one analysed window, handed to `each` in order.
fn extract_window<E>(
    doc: &Document,
    opts: &Options,
    at: &Origin,
    each: &mut impl FnMut(Quote) -> Result<(), E>,
) -> Result<usize, E> {
    let filter = CueFilter {
        thought: opts.thought_cues,
    };
    let mut atts: Vec<Attribution> = crate::sieves::attribute(doc, filter, opts.sieves_off);
    crate::model::sort_in_place_by_key(&mut atts, |a| (a.start, a.end, a.kind));
    if atts.is_empty() {
        // Nothing to resolve or to convert to character offsets.
        return Ok(0);
    }
    let resolver = Resolver::build(doc, &atts);
    let ix = CharIndex::new(doc.text);
    for a in &atts {
        let mut q = row(doc, &resolver, &ix, a, opts.context);
        q.shift(at);
        each(q)?;
    }
    Ok(atts.len())
}

impl Quote {
    /// Move a row made in a window to its place in the whole document.
    fn shift(&mut self, at: &Origin) {
        let by = |v: &mut usize| *v += at.chars;
        by(&mut self.quote_start);
        by(&mut self.quote_end);
        for v in [
            &mut self.speaker_start,
            &mut self.speaker_end,
            &mut self.cue_start,
            &mut self.cue_end,
        ]
        .into_iter()
        .flatten()
        {
            by(v);
        }
        self.paragraph += at.paragraphs;
        self.sentence += at.sentences;
    }
}

/// The row of attribution `a`: its speaker resolved, offsets in
/// characters, the quote, mention and cue copied out of the text.
fn row(
    doc: &Document,
    resolver: &Resolver,
    ix: &CharIndex,
    a: &Attribution,
    context: bool,
) -> Quote {
    let resolved = a.speaker.as_ref().and_then(|m| resolver.resolve(doc, m));
    let confidence = if a.speaker.is_some() && resolved.is_none() {
        a.method.confidence() * 0.8
    } else {
        a.method.confidence()
    };
    // The resolved name and role move into the row: no copy per row.
    let (speaker, speaker_kind, speaker_role) = match (resolved, &a.speaker) {
        (Some(r), _) => (r.name, r.kind.as_str(), r.role),
        (None, Some(m)) => (String::new(), m.kind.as_str(), String::new()),
        (None, None) => (String::new(), "", String::new()),
    };
    let mention = a.speaker.as_ref();
    let cue = a.cue.as_ref();
    Quote {
        kind: a.kind.as_str(),
        quote: doc.text[a.start..a.end].to_string(),
        speaker,
        speaker_mention: mention.map_or(String::new(), |m| doc.text[m.start..m.end].to_string()),
        speaker_kind,
        cue: cue.map_or(String::new(), |c| doc.text[c.start..c.end].to_string()),
        quote_start: ix.char_at(a.start),
        quote_end: ix.char_at(a.end),
        speaker_start: mention.map(|m| ix.char_at(m.start)),
        speaker_end: mention.map(|m| ix.char_at(m.end)),
        cue_start: cue.map(|c| ix.char_at(c.start)),
        cue_end: cue.map(|c| ix.char_at(c.end)),
        paragraph: a.paragraph,
        sentence: a.sentence,
        confidence: (confidence * 100.0).round() / 100.0,
        method: a.sieve,
        speaker_role,
        context: context.then(|| context_of(doc, a.start, a.end).to_string()),
    }
}

/// The text of the sentences spanning bytes `start..end`, widened to the
/// span itself so the context always contains the quote.
fn context_of<'a>(doc: &Document<'a>, start: usize, end: usize) -> &'a str {
    let sents = &doc.sentences;
    let first = sents
        .partition_point(|s| s.start <= start)
        .saturating_sub(1);
    let last = sents
        .partition_point(|s| s.start < end)
        .saturating_sub(1)
        .max(first);
    let from = sents.get(first).map_or(start, |s| s.start.min(start));
    let to = sents.get(last).map_or(end, |s| s.end.max(end));
    // A sentence of megabytes (a run-on transcript, OCR) must not be copied
    // into every row it holds: keep at most CONTEXT_MARGIN bytes around the
    // quote, on character boundaries. News sentences are far shorter.
    let from = floor_char(doc.text, from.max(start.saturating_sub(CONTEXT_MARGIN)));
    let to = ceil_char(doc.text, to.min(end.saturating_add(CONTEXT_MARGIN)));
    doc.text.get(from..to).unwrap_or("")
}

/// How far the `context` column reaches beyond the quote at most (bytes).
const CONTEXT_MARGIN: usize = 2048;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_of_a_huge_sentence_is_a_window_around_the_quote() {
        let filler = "word é ".repeat(2000);
        let text = format!("{filler}\"We are ready,\" Ana Ruiz said {filler}");
        let opts = Options {
            context: true,
            ..Options::default()
        };
        let quotes = extract(&text, &opts);
        let q = quotes.first().expect("one quote");
        let ctx = q.context.as_deref().expect("context");
        assert!(ctx.contains("We are ready,"));
        assert!(
            ctx.len() <= q.quote.len() + 2 * CONTEXT_MARGIN + 2,
            "{}",
            ctx.len()
        );
    }

    #[test]
    fn context_is_the_sentence_holding_the_quote() {
        let text = "The vote is Monday. \"We are ready,\" Mayor Ana Ruiz said on Friday. Others disagreed.";
        let opts = Options {
            context: true,
            ..Options::default()
        };
        let quotes = extract(text, &opts);
        let q = quotes.first().expect("one quote");
        assert_eq!(q.quote, "We are ready,");
        assert_eq!(
            q.context.as_deref(),
            Some("\"We are ready,\" Mayor Ana Ruiz said on Friday.")
        );
        assert!(extract(text, &Options::default())[0].context.is_none());
    }
}
