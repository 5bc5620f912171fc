//! `words_of`: a quotation that is a paragraph of its own, followed by a
//! paragraph that opens by saying whose words they were ("Those were the
//! words of Bogdan Nowak, a welder …"). The person named right after the
//! opening (`data/words/words_of_openers.txt`) is the speaker.
//!
//! It runs before `continuation`: the explicit naming beats the speaker of
//! the quote before, who would otherwise go on.

use crate::document::Document;
use crate::mentions::{Form, Mention, SpeakerKind, name_starting_at};
use crate::model::{Attribution, Method};
use crate::sieves::{DirectSieve, Found, QuoteCtx};

/// This sieve.
pub(crate) const SIEVE: DirectSieve = DirectSieve {
    name: "words_of",
    run,
};

fn run(ctx: &QuoteCtx, _done: &[Attribution]) -> Option<Found> {
    let doc = ctx.doc;
    let q = ctx.q;
    let p = doc.paras.get(q.paragraph)?;
    // The quotation is its paragraph (marks and closing punctuation aside).
    if q.outer_start > p.start + 1 || q.outer_end + 2 < p.end {
        return None;
    }
    let next = doc.paras.get(q.last_paragraph + 1)?;
    let m = words_of(doc, doc.token_at(next.start), doc.token_at(next.end))?;
    Some(ctx.direct(Method::Forward, Some(m), None))
}

/// The person named right after an opening of tokens `from..to` that says
/// whose words the quotation before were.
fn words_of(doc: &Document, from: usize, to: usize) -> Option<Mention> {
    let first = (from..to).find(|&k| doc.tokens[k].is_word())?;
    crate::words::WORDS_OF_OPENERS.iter().find_map(|opener| {
        let mut k = first;
        for w in opener.split(' ') {
            if k >= to || !doc.tokens[k].is_word() || !doc.word(k).eq_ignore_ascii_case(w) {
                return None;
            }
            k += 1;
        }
        name_starting_at(&doc.names, &doc.tokens, k)
            .filter(|m| m.form == Form::Name && m.kind == SpeakerKind::Person)
            .cloned()
    })
}
