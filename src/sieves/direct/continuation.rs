//! `continuation`: a quote that stands alone continues the speaker of the
//! previous attributed quote in the same or the previous paragraph.

use crate::mentions::Mention;
use crate::model::{Attribution, Method};
use crate::sieves::{DirectSieve, Found, QuoteCtx};

/// This sieve.
pub(crate) const SIEVE: DirectSieve = DirectSieve {
    name: "continuation",
    run,
};

fn run(ctx: &QuoteCtx, done: &[Attribution]) -> Option<Found> {
    if !ctx.stands_alone() {
        return None;
    }
    let (method, m) = continuation(done, ctx.q.paragraph, ctx.s1)?;
    Some(ctx.direct(method, Some(m), None))
}

/// A quote-only sentence continues the speaker of the previous attributed
/// quote in the same or the previous paragraph.
fn continuation(
    out: &[Attribution],
    paragraph: usize,
    sentence: usize,
) -> Option<(Method, Mention)> {
    let prev = out.iter().rev().find(|a| a.speaker.is_some())?;
    if paragraph > prev.paragraph + 1 || prev.sentence > sentence {
        return None;
    }
    Some((Method::Continuation, prev.speaker.clone()?))
}
