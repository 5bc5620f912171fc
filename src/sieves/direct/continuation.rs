//! `continuation`: a quote that stands alone keeps the speaker of the
//! previous attributed quote in the same or the previous paragraph (a link
//! line such as `READ MORE: …` in between does not count), unless a
//! sentence in between attributes something to another named person.

use crate::document::Document;
use crate::grammar::subject::subject_of;
use crate::grammar::{introduced, is_link_line, same_surname};
use crate::mentions::{Form, Mention, SpeakerKind};
use crate::model::{Attribution, Method};
use crate::sieves::direct::previous_sentence::previous_sentence_subject;
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
    let prev = ctx.last_with_speaker(done)?;
    let links = (prev.paragraph + 1..ctx.q.paragraph)
        .filter(|&p| is_link_line(ctx.doc, p))
        .count();
    if ctx.q.paragraph > prev.paragraph + 1 + links || prev.sentence > ctx.s1 {
        return None;
    }
    let m = prev.speaker.clone()?;
    if another_speaker_between(ctx.doc, &m, prev.sentence + 1, ctx.s1) {
        return None;
    }
    // `Adeyemi was in a reflective mood. "…"`: a sentence right before the
    // quote whose subject is another named person hands the quote to
    // `previous_sentence`.
    if prev.sentence + 1 < ctx.s1
        && let Some((_, other)) = previous_sentence_subject(ctx.doc, ctx.q, ctx.s1)
        && match other.form {
            Form::Name => !same_surname(ctx.doc, &other, &m) && introduced(ctx.doc, &other),
            // "He was blunt." after her quote: only a pronoun of the
            // other sex is someone else.
            Form::Pronoun => {
                other.gender != crate::lexicon::Gender::Unknown
                    && m.gender != crate::lexicon::Gender::Unknown
                    && other.gender != m.gender
            }
            Form::Description => true,
        }
    {
        return None;
    }
    Some(ctx.direct(Method::Continuation, Some(m), None))
}

/// Does a sentence in `from..to` (sentence indices) attribute something to
/// a named person other than `speaker` (`Y said she disagreed.`)?
fn another_speaker_between(doc: &Document, speaker: &Mention, from: usize, to: usize) -> bool {
    doc.sentences.get(from..to).into_iter().flatten().any(|s| {
        !is_link_line(doc, s.paragraph)
            && (s.tokens.start..s.tokens.end).any(|k| {
                doc.cues.at(k).is_some_and(|c| {
                    doc.in_quote(c.start).is_none()
                        && !c.phrase
                        && subject_of(doc, c, s.tokens.start, s.tokens.end, false).is_some_and(
                            |m| {
                                m.form == Form::Name
                                    && m.kind == SpeakerKind::Person
                                    && !same_surname(doc, &m, speaker)
                            },
                        )
                })
            })
    })
}
