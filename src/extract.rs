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

/// One quotation row, its text fields of type `S`: owned ([`Quote`], what
/// the library hands out) or borrowed from the document and the resolver
/// ([`QuoteRef`]). Offsets are character (Unicode scalar) offsets into the
/// document text, end exclusive; `None` when there is nothing to point at.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Row<S> {
    /// `direct`, `mixed` or `indirect`.
    pub kind: &'static str,
    /// The content, exactly `text[quote_start..quote_end]` (characters).
    pub quote: S,
    /// The canonical speaker: the fullest name used for that person in the
    /// document, without titles; for unnamed sources the description;
    /// empty when unknown.
    pub speaker: S,
    /// The mention linked to the row, as written ("he", "the governor").
    pub speaker_mention: S,
    /// `person`, `organization`, `unnamed`, or empty.
    pub speaker_kind: &'static str,
    /// The cue as written ("said", "according to").
    pub cue: S,
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
    pub speaker_role: S,
    /// The sentence(s) holding the quote, when [`Options::context`] asks
    /// for it: from the start of the sentence where the quote starts to the
    /// end of the sentence where it ends.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<S>,
}

/// One quotation row, owning its text.
pub type Quote = Row<String>;

/// One quotation row as the pipeline makes it, its text borrowed instead
/// of copied. The command line encodes each row straight from this, so a
/// row costs no allocation for its quote, mention, cue or context (those
/// copies and their frees were about a fiftieth of a run on news).
pub type QuoteRef<'a> = Row<&'a str>;

impl<S> Row<S> {
    /// The row with each text field mapped by `f`.
    pub fn map_text<'s, T>(&'s self, f: impl Fn(&'s S) -> T) -> Row<T> {
        Row {
            kind: self.kind,
            quote: f(&self.quote),
            speaker: f(&self.speaker),
            speaker_mention: f(&self.speaker_mention),
            speaker_kind: self.speaker_kind,
            cue: f(&self.cue),
            quote_start: self.quote_start,
            quote_end: self.quote_end,
            speaker_start: self.speaker_start,
            speaker_end: self.speaker_end,
            cue_start: self.cue_start,
            cue_end: self.cue_end,
            paragraph: self.paragraph,
            sentence: self.sentence,
            confidence: self.confidence,
            method: self.method,
            speaker_role: f(&self.speaker_role),
            context: self.context.as_ref().map(f),
        }
    }
}

impl QuoteRef<'_> {
    /// The owned row.
    pub fn to_quote(&self) -> Quote {
        self.map_text(|s| s.to_string())
    }
}

impl Quote {
    /// The row's text, borrowed.
    pub fn as_ref(&self) -> QuoteRef<'_> {
        self.map_text(String::as_str)
    }
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
    extract_each_ref(text, opts, |q| each(q.to_quote()))
}

/// [`extract_each`], handing each row over borrowed ([`QuoteRef`]): for a
/// caller that encodes the row and keeps nothing of it.
pub fn extract_each_ref<E>(
    text: &str,
    opts: &Options,
    mut each: impl FnMut(&QuoteRef) -> Result<(), E>,
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
    each: &mut impl FnMut(&QuoteRef) -> Result<(), E>,
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
        // The resolved name and role live here while the row borrows them.
        // Only a quotation's own words: a reported clause often names its
        // speaker ("…, as he has often alleged"), and a transcript's turn
        // quotes others addressing the speaker ("My accountant told me,
        // 'Salote, sell the rest'").
        let said = if a.kind == crate::model::Kind::Direct
            && !crate::sieves::TURNS.iter().any(|s| s.name == a.sieve)
        {
            a.start..a.end
        } else {
            0..0
        };
        let resolved = a
            .speaker
            .as_ref()
            .and_then(|m| resolver.resolve_speaker(doc, m, said));
        let mut q = row(doc, resolved.as_ref(), &ix, a, opts.context);
        q.shift(at);
        each(&q)?;
    }
    Ok(atts.len())
}

impl QuoteRef<'_> {
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

/// The row of attribution `a`, whose speaker resolved to `resolved`:
/// offsets in characters, the quote, mention and cue borrowed from the
/// text.
fn row<'a>(
    doc: &Document<'a>,
    resolved: Option<&'a crate::resolve::Resolved>,
    ix: &CharIndex,
    a: &Attribution,
    context: bool,
) -> QuoteRef<'a> {
    let confidence = if a.speaker.is_some() && resolved.is_none() {
        a.method.confidence() * 0.8
    } else {
        a.method.confidence()
    };
    let (speaker, speaker_kind, speaker_role) = match (resolved, &a.speaker) {
        (Some(r), _) => (r.name.as_str(), r.kind.as_str(), r.role.as_str()),
        (None, Some(m)) => ("", m.kind.as_str(), ""),
        (None, None) => ("", "", ""),
    };
    let mention = a.speaker.as_ref();
    let cue = a.cue.as_ref();
    let text = doc.text;
    QuoteRef {
        kind: a.kind.as_str(),
        quote: &text[a.start..a.end],
        speaker,
        speaker_mention: mention.map_or("", |m| &text[m.start..m.end]),
        speaker_kind,
        cue: cue.map_or("", |c| &text[c.start..c.end]),
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
        context: context.then(|| context_of(doc, a.start, a.end)),
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

    fn with_context() -> Options {
        Options {
            context: true,
            ..Options::default()
        }
    }

    #[test]
    fn context_of_a_huge_sentence_is_a_window_around_the_quote() {
        let filler = "word é ".repeat(2000);
        let text = format!("{filler}\"We are ready,\" Ana Ruiz said {filler}");
        let opts = with_context();
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
    fn borrowed_rows_are_the_owned_rows() {
        let text = "\"We are ready,\" Mayor Ana Ruiz said on Friday. \"No,\" he said. Officials said the plan would fail.";
        let opts = with_context();
        let owned = extract(text, &opts);
        let mut borrowed = Vec::new();
        let Ok(n) = extract_each_ref(text, &opts, |q| {
            // The two serialise alike.
            let json = serde_json::to_string(q).expect("json");
            assert_eq!(json, serde_json::to_string(&q.to_quote()).expect("json"));
            borrowed.push(q.to_quote());
            Ok::<(), std::convert::Infallible>(())
        });
        assert_eq!(n, owned.len());
        assert!(n >= 2);
        assert_eq!(borrowed, owned);
        for q in &owned {
            assert_eq!(&q.as_ref().to_quote(), q);
        }
    }

    #[test]
    fn context_is_the_sentence_holding_the_quote() {
        let text = "The vote is Monday. \"We are ready,\" Mayor Ana Ruiz said on Friday. Others disagreed.";
        let opts = with_context();
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
