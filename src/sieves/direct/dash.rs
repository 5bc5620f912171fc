//! `dash`: a dash and a name right after the quote (`"…" ― Pamela
//! Padilla`), the pull-quote convention.

use crate::mentions::{Form, mention_starting_at};
use crate::model::{Attribution, Method};
use crate::segment::TokKind;
use crate::sieves::{DirectSieve, Found, QuoteCtx};

/// This sieve.
pub(crate) const SIEVE: DirectSieve = DirectSieve { name: "dash", run };

fn run(ctx: &QuoteCtx, _done: &[Attribution]) -> Option<Found> {
    let doc = ctx.doc;
    let close_tok = ctx.close_tok;
    if close_tok >= ctx.post_end
        || !matches!(
            doc.tokens[close_tok].kind,
            TokKind::Punct('―' | '—' | '–' | '-')
        )
    {
        return None;
    }
    let m = mention_starting_at(
        doc.text,
        &doc.tokens,
        &doc.names,
        close_tok + 1,
        ctx.post_end,
    )?;
    (m.form == Form::Name).then(|| ctx.direct(Method::Explicit, Some(m), None))
}
