//! `forward`: a quote that is a paragraph of its own with nothing
//! attributed before it (a headline quote) takes the speaker of the next
//! paragraph's first cue.

use crate::document::Document;
use crate::grammar::subject::subject_of;
use crate::mentions::{Form, Mention};
use crate::model::{Attribution, Method};
use crate::quotes::QuoteSpan;
use crate::sieves::{DirectSieve, Found, QuoteCtx};

/// This sieve.
pub(crate) const SIEVE: DirectSieve = DirectSieve {
    name: "forward",
    run,
};

fn run(ctx: &QuoteCtx, done: &[Attribution]) -> Option<Found> {
    // Rows come in paragraph order: the last one is the latest paragraph.
    if !ctx.stands_alone() {
        return None;
    }
    let (method, m) = forward(ctx.doc, ctx.q, done)?;
    Some(ctx.direct(method, Some(m), None))
}

/// A quote that is a paragraph of its own with nothing attributed before it
/// (a headline quote) takes the speaker of the next paragraph's first cue.
fn forward(doc: &Document, q: &QuoteSpan, out: &[Attribution]) -> Option<(Method, Mention)> {
    if !crate::sieves::fills_paragraph(doc, q)
        || out.last().is_some_and(|a| a.paragraph + 1 >= q.paragraph)
    {
        return None;
    }
    let next = doc.paras.get(q.last_paragraph + 1)?;
    let from = doc.token_at(next.start);
    let to = doc.token_at(next.end);
    // A next paragraph that opens with a quotation may be another turn:
    // its cue names that quote's speaker ("“Would it …?” Hannity
    // pressed."). Only before any quote was attributed (a lede) does it
    // name this one's.
    // Nor, past the opening two paragraphs, where a quote paragraph
    // after a paragraph about someone is that person's (sieve
    // `previous_paragraph`).
    let next_is_quote = (from..to)
        .find(|&k| doc.tokens[k].is_word())
        .is_some_and(|k| doc.in_quote(doc.tokens[k].start()).is_some());
    if next_is_quote && (!out.is_empty() || q.paragraph > 1) {
        return None;
    }
    let s = doc.sentence_of_token(from);
    let first_sentence_end = doc.sentences.get(s).map_or(to, |s| s.tokens.end.min(to));
    (from..first_sentence_end).find_map(|k| {
        let c = doc.cues.at(k)?;
        // "So says Kalani Kahananui, the harbour master": a cue opening
        // the paragraph (after "So") takes its subject inverted.
        let opens =
            (from..k).all(|j| !doc.tokens[j].is_word() || (j == from && doc.word(j) == "So"));
        let m = subject_of(doc, c, from, first_sentence_end, opens)?;
        (m.form == Form::Name).then_some((Method::Forward, m))
    })
}
