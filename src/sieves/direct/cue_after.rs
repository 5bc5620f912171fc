//! `cue_after`: a cue and its subject right after the quote, in the same
//! sentence (`"…," X said`, `"…," said X`, `"…," he said`), or `"…,"
//! according to X`. Content words before the quote in its sentence make
//! the row mixed (`The plan was "dead," Novak said.`).

use crate::document::Document;
use crate::grammar::clause::opens_next_sentence;
use crate::grammar::is_terminator;
use crate::grammar::only_punct;
use crate::grammar::subject::{document_author, subject_of};
use crate::mentions::{Form, Mention, descriptor_start, mention_starting_at, name_starting_at};
use crate::model::{Attribution, Cue, Kind, Method};
use crate::segment::TokKind;
use crate::sieves::{DirectSieve, Found, QuoteCtx};
use crate::words::{self, frame};

/// This sieve.
pub(crate) const SIEVE: DirectSieve = DirectSieve {
    name: "cue_after",
    run,
};

/// How far past the closing mark a cue may stand: wide enough for a long
/// appositive between speaker and cue.
const REACH: usize = 40;

fn run(ctx: &QuoteCtx, _done: &[Attribution]) -> Option<Found> {
    let doc = ctx.doc;
    let (close_tok, post_end) = (ctx.close_tok, ctx.post_end);
    let mut found: Option<Found> = None;
    let mut i = close_tok;
    let mut in_parens = false;
    // "…," Warren, who has not endorsed a candidate, told reporters: the
    // cues of a relative clause set off by commas are the subject's, not
    // the attribution's.
    let mut in_relative_clause = false;
    while i < post_end && i < close_tok + REACH {
        match doc.tokens[i].kind() {
            TokKind::Punct('(') => in_parens = true,
            TokKind::Punct(')') => in_parens = false,
            TokKind::Punct(',') => in_relative_clause = false,
            _ if i > 0
                && crate::mentions::is_punct_at(&doc.tokens, i - 1, ',')
                && words::person_relatives(doc.word(i)) =>
            {
                in_relative_clause = true;
            }
            _ => {}
        }
        // "(D-Wis.)" does not end the attribution.
        if is_terminator(doc, i) && !in_parens {
            break;
        }
        // "…," a diplomat who asked not to be named said: a cue in a
        // relative clause about the subject is not the attribution's.
        let in_relative = in_relative_clause || (i > 0 && words::person_relatives(doc.word(i - 1)));
        if let Some(c) = doc
            .cues
            .at(i)
            .filter(|c| ctx.cue_ok(c) && !c.phrase && !in_relative)
        {
            if let Some(m) = subject_of(doc, c, close_tok, post_end, true)
                .or_else(|| inverted_after_addressee_verb(ctx, c))
                && subject_follows_quote(doc, close_tok, m.toks.start.min(c.toks.start), post_end)
            {
                let m = document_author(doc, &m).unwrap_or(m);
                let method = Method::for_speaker(&m, Method::Explicit);
                let shares_cue = opens_next_sentence(doc, ctx.q, m.toks.end.max(c.toks.end));
                found = Some(Found {
                    shares_cue,
                    ..ctx.direct(method, Some(m), Some(c.clone()))
                });
            }
            break;
        }
        if let Some(c) = doc
            .cues
            .at(i)
            .filter(|c| c.phrase && c.lemma == "according")
        {
            if let Some(m) =
                mention_starting_at(doc.text, &doc.tokens, &doc.names, c.toks.end, post_end)
            {
                found = Some(ctx.direct(Method::According, Some(m), Some(c.clone())));
            }
            break;
        }
        i += 1;
    }
    // Content words in the sentence before the quote turn a direct quote
    // into a mixed one: `The plan was "dead," Novak said.` Not across a
    // line break: a dateline or credit line ("Filed from Lagos") above a
    // quote is no part of its clause.
    let pre_start = line_start(ctx);
    if let Some(f) = &mut found
        && !only_punct(doc, pre_start, ctx.open_tok)
        && ctx.prev_close <= ctx.sent1.tokens.start
        && (ctx.open_tok - pre_start) >= 2
    {
        f.kind = Kind::Mixed;
        f.start = doc.tokens[pre_start].start();
    }
    found
}

/// Between a closing mark at `close_tok` and the subject (or cue) at
/// `subject`, only punctuation, a descriptor run ("former Utah governor"),
/// or a speaker phrase the subject is in apposition with ("the mayor, Dana
/// Whitfield, said") may stand.
fn subject_follows_quote(doc: &Document, close_tok: usize, subject: usize, ceil: usize) -> bool {
    if only_punct(
        doc,
        close_tok,
        descriptor_start(doc.text, &doc.tokens, subject, close_tok),
    ) {
        return true;
    }
    let first = (close_tok..subject).find(|&k| doc.tokens[k].is_word());
    let comma_at = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|t| t.kind() == TokKind::Punct(','))
    };
    first.is_some_and(|f| {
        only_punct(doc, close_tok, f)
            && (mention_starting_at(doc.text, &doc.tokens, &doc.names, f, ceil)
                .is_some_and(|m| comma_at(m.toks.end))
                // "the Vatican spokesman, Federico Lombardi, told": a
                // short description ending in a role noun, then the comma
                // before the subject.
                || (subject > f + 1
                    && subject - f <= 7
                    && comma_at(subject - 1)
                    && words::determiners_lower(doc.word(f))
                    && (f..subject - 1).all(|k| doc.tokens[k].is_word())
                    && crate::lexicon::lexicon()
                        .role_of(doc.tokens[subject - 2].word_id())
                        .is_some())
                // "Duncan Hunter's chief of staff, Joe Kasper, told": a
                // possessive name and a few words of role, then the
                // comma before the subject.
                || name_starting_at(&doc.names, &doc.tokens, f).is_some_and(|m| {
                    m.possessive
                        && subject > m.toks.end + 1
                        && subject - m.toks.end <= 6
                        && comma_at(subject - 1)
                        && (m.toks.end..subject - 1).all(|k| doc.tokens[k].is_word())
                }))
    })
}

/// `"…," warned the university.`, `"…," told reporters Conservative Leader
/// Ben Ode.`, `"…," acknowledged Dr Carvalho.`: right after a quote, the
/// quote is what an addressee verb ("tell", "warn") reports or an object
/// verb ("acknowledge") takes, so the name after it (past a press
/// addressee) is its inverted subject, not an addressee or object.
fn inverted_after_addressee_verb(ctx: &QuoteCtx, c: &Cue) -> Option<Mention> {
    let doc = ctx.doc;
    // So too a verb that takes an object ("…," acknowledged Dr Carvalho):
    // right after the quote, the quote is its object.
    if !(c.has(frame::ADDRESSEE) || c.has(frame::OBJECT))
        || c.participle
        || !only_punct(doc, ctx.close_tok, c.toks.start)
    {
        return None;
    }
    let mut k = c.toks.end;
    if words::press_addressees_lower(doc.word(k)) {
        k += 1;
    }
    let m = mention_starting_at(doc.text, &doc.tokens, &doc.names, k, ctx.post_end)?;
    // The subject closes the clause: nothing but punctuation or an
    // appositive after it ("…," warned X, a union steward.).
    let closes =
        doc.tokens.get(m.toks.end).is_none_or(|t| !t.is_word()) || m.toks.end >= ctx.post_end;
    (m.form != Form::Pronoun && closes).then_some(m)
}

/// The first token of the quote's line within its sentence: after the last
/// line break between the sentence's start and the opening mark.
fn line_start(ctx: &QuoteCtx) -> usize {
    let doc = ctx.doc;
    let from = doc
        .tokens
        .get(ctx.pre_start)
        .map_or(ctx.q.outer_start, |t| t.start());
    match doc
        .text
        .get(from..ctx.q.outer_start)
        .and_then(|s| s.rfind('\n'))
    {
        Some(nl) => doc.token_at(from + nl + 1).max(ctx.pre_start),
        None => ctx.pre_start,
    }
}
