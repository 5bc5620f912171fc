//! `dash`: a dash and a name right after the quote, the pull-quote
//! convention: `"…" ― Pamela Padilla`, `"…" — Lena Ford, economist`, also
//! with the credit on the next line. The quote may close its sentence.

use crate::mentions::{Form, mention_starting_at};
use crate::model::{Attribution, Method};
use crate::segment::TokKind;
use crate::sieves::{DirectSieve, Found, QuoteCtx};

/// This sieve.
pub(crate) const SIEVE: DirectSieve = DirectSieve { name: "dash", run };

fn run(ctx: &QuoteCtx, _done: &[Attribution]) -> Option<Found> {
    let doc = ctx.doc;
    let dash = ctx.close_tok;
    let t = doc.tokens.get(dash)?;
    if !matches!(t.kind(), TokKind::Punct('―' | '—' | '–' | '-')) {
        return None;
    }
    // Same paragraph as the closing mark, or the first token of the next.
    let next_para = doc.paras.get(ctx.q.last_paragraph + 1);
    let same_para = doc
        .paras
        .get(ctx.q.last_paragraph)
        .is_some_and(|p| t.start() < p.end);
    let opens_next = next_para.is_some_and(|p| doc.token_at(p.start) == dash);
    let ceil = if same_para && dash < ctx.post_end {
        ctx.post_end
    } else if (same_para || opens_next) && ctx.sentence_only {
        // The credit line: up to the end of its paragraph.
        let p = if same_para {
            doc.paras.get(ctx.q.last_paragraph)
        } else {
            next_para
        }?;
        doc.token_at(p.end)
    } else {
        return None;
    };
    let m = mention_starting_at(doc.text, &doc.tokens, &doc.names, dash + 1, ceil)?;
    // A credit is a name alone or with an appositive role: "— Lena Ford,
    // economist"; not a dash opening a new clause ("— Ford said later").
    let credit = m.toks.end >= ceil
        || matches!(
            doc.tokens[m.toks.end].kind(),
            TokKind::Punct(',' | '.' | '(' | ';')
        );
    (m.form == Form::Name && (credit || dash < ctx.post_end))
        .then(|| ctx.direct(Method::Explicit, Some(m), None))
}
