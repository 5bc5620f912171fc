//! `previous_paragraph`: a quote-only paragraph after a paragraph that
//! introduces a person and quotes or attributes nothing (`Mary O'Neill, a
//! nurse in Tromsø, has campaigned for years for a clinic.` / `"The numbers
//! simply don't add up."`) takes the subject of that paragraph's first
//! sentence. Tried after `forward`, so a speaker named by the next
//! paragraph's cue wins.

use crate::document::Document;
use crate::grammar::subject::opening_subject;
use crate::mentions::{Form, Mention, SpeakerKind};
use crate::model::{Attribution, Method};
use crate::quotes::QuoteSpan;
use crate::sieves::{DirectSieve, Found, QuoteCtx};

/// This sieve.
pub(crate) const SIEVE: DirectSieve = DirectSieve {
    name: "previous_paragraph",
    run,
};

fn run(ctx: &QuoteCtx, _done: &[Attribution]) -> Option<Found> {
    if !ctx.sentence_only || !quote_only_paragraph(ctx.doc, ctx.q) {
        return None;
    }
    let m = introduced_person(ctx.doc, ctx.q.paragraph.checked_sub(1)?)?;
    Some(ctx.direct(Method::Continuation, Some(m), None))
}

/// Is the quote the whole of its paragraph (marks and closing punctuation
/// aside)?
fn quote_only_paragraph(doc: &Document, q: &QuoteSpan) -> bool {
    doc.paras.get(q.paragraph).is_some_and(|p| {
        q.outer_start <= p.start + 1
            && doc.text[q.outer_end.min(p.end)..p.end]
                .chars()
                .all(|c| c.is_whitespace() || c.is_ascii_punctuation())
    })
}

/// The person named as the subject of paragraph `p`'s first sentence, when
/// the paragraph holds no quote and no cue.
fn introduced_person(doc: &Document, p: usize) -> Option<Mention> {
    let para = doc.paras.get(p)?;
    let (from, to) = (doc.token_at(para.start), doc.token_at(para.end));
    // Quotes are sorted and do not overlap (tests/properties.rs), so the
    // last one starting before the paragraph's end is the only one that
    // can reach into it (a scan over every quote of the document made each
    // quote-only paragraph cost as much as the document).
    let before_end = doc.quotes.partition_point(|x| x.outer_start < para.end);
    if doc.quotes[..before_end]
        .last()
        .is_some_and(|x| x.outer_end > para.start)
        || (from..to).any(|k| doc.cues.at(k).is_some())
    {
        return None;
    }
    let s = doc.sentences.get(doc.sentence_of_token(from))?;
    let m = opening_subject(doc, s.tokens.start, s.tokens.end.min(to))?;
    // A full name or a confirmed person: a lone capitalised word opening
    // a one-word paragraph ("Pause.") is no introduction.
    let named = m.toks.len() >= 2 || m.confirmed_person;
    (m.toks.start == s.tokens.start
        && m.form == Form::Name
        && m.kind == SpeakerKind::Person
        && named)
        .then_some(m)
}
