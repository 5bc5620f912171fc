//! `uncued`: a quotation no rule attributed is still reported, without a
//! speaker, when it is a sentence of its own or long enough to be a quote:
//! shorter fragments with no cue near them are titles, nicknames and scare
//! quotes, and are dropped.

use crate::model::{Attribution, Method};
use crate::sieves::{DirectSieve, Found, QuoteCtx};

/// This sieve.
pub(crate) const SIEVE: DirectSieve = DirectSieve {
    name: "uncued",
    run,
};

/// A quotation with no cue anywhere near it is reported only from this many
/// words up.
const MIN_UNCUED_QUOTE_WORDS: usize = 8;

fn run(ctx: &QuoteCtx, _done: &[Attribution]) -> Option<Found> {
    let report = if ctx.stands_alone() {
        // A quote that stands alone but took no speaker from around it:
        // a whole quote-only sentence is still reported.
        ctx.sentence_only
    } else {
        ctx.words >= MIN_UNCUED_QUOTE_WORDS
    };
    report.then(|| ctx.direct(Method::None, None, None))
}
