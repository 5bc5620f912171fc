//! `colon_intro`: a colon right before the quote and a name or pronoun
//! opening the clause, followed by the colon itself or by a lowercase word
//! (its verb): `Jones: "…"`, `Kelly responded pointedly, with a smile: "…"`.

use crate::grammar::subject::sentence_subject;
use crate::mentions::Form;
use crate::model::{Attribution, Method};
use crate::segment::TokKind;
use crate::sieves::{DirectSieve, Found, QuoteCtx};

/// This sieve.
pub(crate) const SIEVE: DirectSieve = DirectSieve {
    name: "colon_intro",
    run,
};

fn run(ctx: &QuoteCtx, _done: &[Attribution]) -> Option<Found> {
    let doc = ctx.doc;
    let open_tok = ctx.open_tok;
    if open_tok < 2 || doc.tokens[open_tok - 1].kind != TokKind::Punct(':') {
        return None;
    }
    let colon = open_tok - 1;
    sentence_subject(doc, ctx.pre_start, colon)
        .filter(|m| {
            (m.toks.end == colon && m.form == Form::Name && m.toks.start == ctx.pre_start)
                || doc.tokens.get(m.toks.end).is_some_and(|t| {
                    t.is_word() && doc.word(m.toks.end).starts_with(|c: char| c.is_lowercase())
                })
        })
        .map(|m| ctx.direct(Method::Colon, Some(m), None))
}
