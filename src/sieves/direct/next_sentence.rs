//! `next_sentence`: a quote that is a sentence of its own and closes it,
//! followed in the same paragraph by a sentence opening with a subject and
//! a cue that reports a clause of its own (`"We will rebuild." Calloway
//! said the work starts in May.`). The cue attributes the quote and is left
//! to the reported-speech sieves too.

use crate::document::Document;
use crate::grammar::clause::opens_next_sentence;
use crate::grammar::subject::subject_of;
use crate::mentions::Mention;
use crate::model::{Attribution, Cue, Method};
use crate::quotes::QuoteSpan;
use crate::sieves::{DirectSieve, Found, QuoteCtx};

/// This sieve.
pub(crate) const SIEVE: DirectSieve = DirectSieve {
    name: "next_sentence",
    run,
};

fn run(ctx: &QuoteCtx, done: &[Attribution]) -> Option<Found> {
    if !ctx.sentence_only {
        return None;
    }
    // `"…," Cruz told reporters. "This is the consequence …." Kasich said
    // he would …`: a quote right after another speaker's quote in its
    // paragraph goes on with that speaker (`continuation`), not with the
    // next sentence's.
    if ctx.just_quoted_speaker(done).is_some() {
        return None;
    }
    let cue_ok = |c: &Cue| ctx.cue_ok(c);
    let (m, c) = next_sentence_speaker(ctx.doc, ctx.q, ctx.s2, &cue_ok)?;
    let method = Method::for_speaker(&m, Method::Explicit);
    Some(Found {
        shares_cue: true,
        ..ctx.direct(method, Some(m), Some(c))
    })
}

/// `"We will rebuild the pier." Calloway said the work would start in May.`:
/// a quote that closes its own sentence, followed in the same paragraph by
/// a sentence opening with its subject and a cue that reports a clause of
/// its own. The cue attributes the quote too (it is left to the
/// reported-speech pass as well).
fn next_sentence_speaker(
    doc: &Document,
    q: &QuoteSpan,
    s: usize,
    cue_ok: &dyn Fn(&Cue) -> bool,
) -> Option<(Mention, Cue)> {
    let next = doc.sentences.get(s + 1)?;
    if next.paragraph != q.last_paragraph
        || !doc.text[q.content_start..q.content_end]
            .trim_end()
            .ends_with(['.', '!', '?'])
    {
        return None;
    }
    let (from, to) = (next.tokens.start, next.tokens.end);
    (from..(from + 8).min(to)).find_map(|k| {
        let c = doc
            .cues
            .at(k)
            .filter(|c| cue_ok(c) && !c.phrase && !c.participle)?;
        let m = subject_of(doc, c, from, to, false)?;
        let after = m.toks.end.max(c.toks.end);
        (m.toks.start == from && opens_next_sentence(doc, q, after)).then(|| (m, c.clone()))
    })
}
