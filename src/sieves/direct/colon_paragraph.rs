//! `colon_paragraph`: a quote opening a paragraph right after one that
//! ends in a colon (`Holt said:` / `The statement read:`) takes that
//! paragraph's speaker.

use crate::document::Document;
use crate::grammar::subject::{sentence_subject, subject_of};
use crate::mentions::Mention;
use crate::model::{Attribution, Method};
use crate::quotes::QuoteSpan;
use crate::sieves::{DirectSieve, Found, QuoteCtx};

/// This sieve.
pub(crate) const SIEVE: DirectSieve = DirectSieve {
    name: "colon_paragraph",
    run,
};

fn run(ctx: &QuoteCtx, _done: &[Attribution]) -> Option<Found> {
    if !ctx.stands_alone() {
        return None;
    }
    let (method, m) = colon_paragraph(ctx.doc, ctx.q)?;
    Some(ctx.direct(method, Some(m), None))
}

/// A quote opening a paragraph right after one that ends in a colon
/// (`Holt said:` / `The statement read:`) takes that paragraph's speaker.
fn colon_paragraph(doc: &Document, q: &QuoteSpan) -> Option<(Method, Mention)> {
    let prev = doc.paras.get(q.paragraph.checked_sub(1)?)?;
    let p = doc.paras.get(q.paragraph)?;
    if q.outer_start != p.start || !doc.text[prev.start..prev.end].ends_with(':') {
        return None;
    }
    let end = doc.token_at(prev.end);
    let s = doc.sentence_of_token(end.checked_sub(1)?);
    let start = doc.sentences.get(s)?.tokens.start;
    let by_cue = (start..end)
        .rev()
        .filter_map(|k| doc.cues.at(k))
        .find_map(|c| subject_of(doc, c, start, end, true));
    by_cue
        .or_else(|| sentence_subject(doc, start, end))
        .map(|m| (Method::Colon, m))
}
