//! `according`: `According to X, …` and `…, according to X.`; the source
//! may be a name, a role or a plain noun phrase ("according to company
//! documents").

use crate::document::Document;
use crate::grammar::clause::{
    MIN_CONTENT_WORDS, after_last_colon, clause_end, is_finite_aux, looks_like_clause,
    opens_new_clause,
};
use crate::grammar::subject::source_phrase;
use crate::grammar::{is_terminator, only_punct, word_count};
use crate::mentions::mention_starting_at;
use crate::model::{Cue, Method};
use crate::segment::TokKind;
use crate::sieves::rows::Reported;
use crate::sieves::{CueCtx, ReportedSieve, Verdict};

use super::{Row, decide};
use crate::words;

/// This sieve.
pub(crate) const SIEVE: ReportedSieve = ReportedSieve {
    name: "according",
    run,
};

fn run(ctx: &CueCtx, _done: &Reported) -> Verdict {
    if !(ctx.cue.phrase && ctx.cue.lemma == "according") {
        return Verdict::Pass;
    }
    decide(ctx, according(ctx.doc, ctx.cue, ctx.s0, ctx.s1))
}

/// `According to X, …` and `…, according to X.`
fn according(doc: &Document, cue: &Cue, s0: usize, s1: usize) -> Option<Row> {
    let speaker = mention_starting_at(doc.text, &doc.tokens, &doc.names, cue.toks.end, s1)
        .or_else(|| source_phrase(doc, cue.toks.end, s1))?;
    // "But according to X, …": a conjunction may come first.
    let opener = (s0..cue.toks.start)
        .find(|&k| doc.tokens[k].is_word())
        .filter(|&k| words::according_openers(doc.word(k)))
        .map_or(s0, |k| k + 1);
    if only_punct(doc, opener, cue.toks.start) {
        // Sentence-initial: the content follows the comma after the source.
        let comma = (speaker.toks.end..s1.min(speaker.toks.end + 12))
            .find(|&k| doc.tokens[k].kind() == TokKind::Punct(','))?;
        let from = comma + 1;
        let end = clause_end(doc, from, s1);
        if word_count(doc, from, doc.token_at(end), MIN_CONTENT_WORDS) < MIN_CONTENT_WORDS {
            return None;
        }
        return Some((
            Method::According,
            doc.tokens.get(from)?.start(),
            end,
            Some(speaker),
        ));
    }
    let c = cue.toks.start;
    // "…, according to X" or, closing the sentence, "… according to X.".
    let closes_sentence = doc
        .tokens
        .get(speaker.toks.end)
        .is_none_or(|t| matches!(t.kind(), TokKind::Punct('.' | '!' | '?')));
    if c == 0
        || !(matches!(doc.tokens[c - 1].kind(), TokKind::Punct(',' | '—'))
            || closes_sentence && doc.tokens[c - 1].is_word())
    {
        return None;
    }
    let mut from = after_last_colon(doc, s0, c);
    while from < c
        && !doc.tokens[from].is_word()
        && doc.in_quote(doc.tokens[from].start()).is_none()
    {
        from += 1;
    }
    // "At the heart of it, according to X, was a decision …": a
    // parenthetical source sits inside its content, which the annotation
    // spans whole; the clause goes on when a verb follows the source.
    let rest = speaker.toks.end;
    let continues = doc
        .tokens
        .get(rest)
        .is_some_and(|t| t.kind() == TokKind::Punct(','))
        && !words::relative_openers(doc.word(rest + 1))
        && !opens_new_clause(doc, rest + 1)
        && ((rest + 1..s1.min(rest + 14))
            .take_while(|&k| !is_terminator(doc, k))
            .any(|k| is_finite_aux(doc.word(k)))
            || looks_like_clause(doc, rest + 1, s1));
    // "Fundraising, according to the campaign, has surged": the clause
    // counts on both sides of the source.
    let after_words = if continues {
        word_count(
            doc,
            rest + 1,
            doc.token_at(clause_end(doc, rest + 1, s1)),
            MIN_CONTENT_WORDS,
        )
    } else {
        0
    };
    if word_count(doc, from, c, MIN_CONTENT_WORDS) + after_words < MIN_CONTENT_WORDS {
        return None;
    }
    let end = if continues {
        clause_end(doc, rest + 1, s1)
    } else if doc.tokens[c - 1].is_word() {
        doc.tokens[c - 1].end()
    } else {
        doc.tokens[c - 2.min(c)].end()
    };
    Some((
        Method::According,
        doc.tokens[from].start(),
        end,
        Some(speaker),
    ))
}
