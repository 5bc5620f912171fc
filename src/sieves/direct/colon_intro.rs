//! `colon_intro`: a colon right before the quote, with no cue before it.
//!
//! - A person named at the start of the clause, with at most a short
//!   appositive or verb phrase before the colon: `Jones: "…"`, `Kelly
//!   responded pointedly, with a smile: "…"`, `Ford was more blunt: "…"`,
//!   the roundup form `Lena Ford, author: "…"`, and `Olena Shevchuk, who
//!   chairs the committee, disagreed: "…"`.
//! - A person's word for what was said: `Carvalho's response: "…"`, `Her
//!   verdict on the proof: "…"` (`data/words/utterance_nouns.txt`).
//! - No subject at all (`Then, after a pause: "…"`): the speaker of the
//!   quote just before, in the same paragraph, goes on (method
//!   `continuation`).

use crate::grammar::subject::sentence_subject;
use crate::grammar::word_count;
use crate::mentions::{Form, SpeakerKind, is_punct_at, mention_ending_at};
use crate::model::{Attribution, Method};
use crate::segment::TokKind;
use crate::sieves::{DirectSieve, Found, QuoteCtx};

/// This sieve.
pub(crate) const SIEVE: DirectSieve = DirectSieve {
    name: "colon_intro",
    run,
};

/// At most this many words in "Her verdict on the proof:".
const MAX_POSSESSIVE_INTRO: usize = 8;

/// At most this many words between the subject and the colon.
const MAX_BEFORE_COLON: usize = 15;

/// A clause without a subject before the colon is a stage direction
/// (`Then, after a pause:`) only up to this many words.
const MAX_DIRECTION: usize = 6;

fn run(ctx: &QuoteCtx, done: &[Attribution]) -> Option<Found> {
    let doc = ctx.doc;
    let open_tok = ctx.open_tok;
    if open_tok < 2 || doc.tokens[open_tok - 1].kind() != TokKind::Punct(':') {
        return None;
    }
    let colon = open_tok - 1;
    // "More from Jones: “…”", "… election — Jeffrey M. Jones: “…”": an
    // introduced person right before the colon, after "from" or a dash.
    if let Some(m) = mention_ending_at(doc.text, &doc.tokens, &doc.names, colon - 1, ctx.pre_start)
        .filter(|m| {
            // A person, a pair of people ("More from Blumenthal and
            // Cohen:") or an organisation ("- Pew Research:").
            let who = match (m.form, m.kind) {
                (Form::Name, SpeakerKind::Person) => crate::grammar::introduced(doc, m),
                (Form::Name, SpeakerKind::Organization) => true,
                (Form::Description, SpeakerKind::Group) => m.plural && m.role.is_none(),
                _ => false,
            };
            who && m.toks.start > ctx.pre_start
                && (doc.word(m.toks.start - 1).eq_ignore_ascii_case("from")
                    || matches!(
                        doc.tokens[m.toks.start - 1].kind(),
                        TokKind::Punct('—' | '–' | '-')
                    ))
        })
    {
        return Some(ctx.direct(Method::Colon, Some(m), None));
    }
    // "Carvalho's response: “…”": the owner of a word for what was said.
    if colon >= 2
        && colon - 2 >= ctx.pre_start
        && crate::words::utterance_nouns_lower(doc.word(colon - 1))
        && let Some(m) = crate::mentions::name_ending_at(&doc.names, colon - 2).filter(|m| {
            m.toks.start >= ctx.pre_start
                && m.possessive
                && m.form == Form::Name
                && m.kind == SpeakerKind::Person
                && crate::grammar::introduced(doc, m)
        })
    {
        return Some(ctx.direct(Method::Colon, Some(m.clone()), None));
    }
    // "Her verdict on the 140-page proof: “…”": a possessive pronoun and a
    // word for what was said open the clause.
    if colon > ctx.pre_start + 1
        && word_count(doc, ctx.pre_start, colon, MAX_POSSESSIVE_INTRO + 1) <= MAX_POSSESSIVE_INTRO
        && crate::words::utterance_nouns_lower(doc.word(ctx.pre_start + 1))
        && let Some(m) =
            crate::mentions::possessive_pronoun_mention(&doc.tokens, ctx.pre_start, doc.text)
    {
        return Some(ctx.direct(Method::Colon, Some(m), None));
    }
    if let Some(m) = sentence_subject(doc, ctx.pre_start, colon) {
        let verb_follows = doc.tokens.get(m.toks.end).is_some_and(|t| {
            t.is_word() && doc.word(m.toks.end).starts_with(|c: char| c.is_lowercase())
        });
        let opens_clause = m.toks.start == ctx.pre_start;
        // "The board's chief pharmacist, Grant Hollis, disagreed:": a name
        // in apposition, closed by a comma and followed by its verb.
        let appositive = m.kind == SpeakerKind::Person
            && m.toks.start > ctx.pre_start
            && is_punct_at(&doc.tokens, m.toks.start - 1, ',')
            && is_punct_at(&doc.tokens, m.toks.end, ',')
            && doc.tokens.get(m.toks.end + 1).is_some_and(|t| {
                t.is_word()
                    && doc
                        .word(m.toks.end + 1)
                        .starts_with(|c: char| c.is_lowercase())
            })
            && (ctx.pre_start..m.toks.start - 1).all(|k| !is_punct_at(&doc.tokens, k, ','));
        let bare_label = m.toks.end == colon && m.form == Form::Name && opens_clause;
        // "Lena Ford, author:", "Shevchuk, who chairs the committee,
        // disagreed:": a person opening the clause, a short remainder.
        let person_opens = opens_clause
            && m.kind == SpeakerKind::Person
            && m.form != Form::Description
            && word_count(doc, m.toks.end, colon, MAX_BEFORE_COLON + 1) <= MAX_BEFORE_COLON;
        return (bare_label || verb_follows || person_opens || appositive)
            .then(|| ctx.direct(Method::Colon, Some(m), None));
    }
    // "Then, after a pause:": no subject, a few lowercase words.
    let direction = (ctx.pre_start..colon).all(|k| {
        let t = doc.tokens[k];
        !t.is_word() || k == ctx.pre_start || doc.word(k).starts_with(|c: char| c.is_lowercase())
    }) && (1..=MAX_DIRECTION).contains(&word_count(
        doc,
        ctx.pre_start,
        colon,
        MAX_DIRECTION + 1,
    ));
    if !direction {
        return None;
    }
    ctx.just_quoted_speaker(done)
        .map(|m| ctx.direct(Method::Continuation, Some(m), None))
}
