//! `previous_sentence`: a quote-only sentence right after a sentence in
//! the same paragraph whose subject is a named person takes that person
//! (`Novak shook his head. "We are not there yet."`).

use crate::document::Document;
use crate::grammar::subject::{opening_subject, subject_of};
use crate::mentions::{Form, Mention, SpeakerKind};
use crate::model::{Attribution, Method};
use crate::quotes::QuoteSpan;
use crate::sieves::{DirectSieve, Found, QuoteCtx};

/// This sieve.
pub(crate) const SIEVE: DirectSieve = DirectSieve {
    name: "previous_sentence",
    run,
};

fn run(ctx: &QuoteCtx, _done: &[Attribution]) -> Option<Found> {
    if !ctx.stands_alone() {
        return None;
    }
    let (method, m) = previous_sentence_subject(ctx.doc, ctx.q, ctx.s1)?;
    Some(ctx.direct(method, Some(m), None))
}

/// `Novak shook his head. "We are not there yet."`: a quote-only sentence
/// right after a sentence, in the same paragraph, whose subject is a named
/// person takes that person.
pub(crate) fn previous_sentence_subject(
    doc: &Document,
    q: &QuoteSpan,
    s: usize,
) -> Option<(Method, Mention)> {
    let prev = doc.sentences.get(s.checked_sub(1)?)?;
    if prev.paragraph != q.paragraph || doc.in_quote(prev.start).is_some() {
        return None;
    }
    let opening = opening_subject(doc, prev.tokens.start, prev.tokens.end)
        .filter(|m| m.toks.start == prev.tokens.start);
    // "Her neighbour, Ayanda Mqhayi, said the tankers came late.": the
    // subject of the sentence's first cue, in apposition after its opening.
    let m = opening
        .or_else(|| {
            let c = (prev.tokens.start..prev.tokens.end).find_map(|k| doc.cues.at(k))?;
            subject_of(doc, c, prev.tokens.start, prev.tokens.end, false)
                .filter(|m| m.toks.end <= c.toks.start)
        })
        .or_else(|| {
            // "The minister remains hopeful.": a role description opening
            // the sentence.
            crate::mentions::mention_starting_at(
                doc.text,
                &doc.tokens,
                &doc.names,
                prev.tokens.start,
                prev.tokens.end,
            )
            .filter(|m| m.form == Form::Description)
        })?;
    let person = (m.form == Form::Name && m.kind == SpeakerKind::Person)
        // "He was blunt about the delays. '…'", "The minister remains
        // hopeful. '…'": a personal pronoun or a definite role
        // description opening the sentence, resolved as any speaker is.
        || (m.toks.start == prev.tokens.start
            && ((m.form == Form::Pronoun && m.kind == SpeakerKind::Person && !m.plural)
                || (m.form == Form::Description
                    && m.role.is_some()
                    && !m.plural
                    && doc.word(m.toks.start).eq_ignore_ascii_case("the"))));
    person.then_some((Method::Continuation, m))
}
