//! `passive`: a passive cue with its agent after "by" attributes the
//! clause's subject (`News of the move was first reported by the Gazette.`).

use crate::document::Document;
use crate::grammar::clause::{after_last_colon, time_adjunct_end};
use crate::grammar::subject::source_phrase;
use crate::mentions::{mention_starting_at, pronoun};
use crate::model::{Cue, Method};
use crate::segment::TokKind;
use crate::sieves::rows::Reported;
use crate::sieves::{CueCtx, ReportedSieve, Verdict};

use super::{Row, decide};
use crate::words;

/// This sieve.
pub(crate) const SIEVE: ReportedSieve = ReportedSieve {
    name: "passive",
    run,
};

fn run(ctx: &CueCtx, _done: &Reported) -> Verdict {
    match passive(ctx.doc, ctx.cue, ctx.s0, ctx.s1) {
        Some(row) => decide(ctx, Some(row)),
        None => Verdict::Pass,
    }
}

/// `News of the move was first reported by the Gazette.`: a passive cue
/// with its agent after "by" attributes the clause's subject, from the
/// sentence (or clause) start up to the auxiliary.
fn passive(doc: &Document, cue: &Cue, s0: usize, s1: usize) -> Option<Row> {
    let c = cue.toks.start;
    if cue.participle || !doc.word(cue.toks.end).eq_ignore_ascii_case("by") {
        return None;
    }
    // "was (first) reported", "has been echoed".
    let mut aux = c;
    while aux > s0
        && c - aux < 2
        && (doc.word(aux - 1) == "first" || doc.word(aux - 1).ends_with("ly"))
    {
        aux -= 1;
    }
    if aux <= s0 || !words::passive_auxiliaries(doc.word(aux - 1)) {
        return None;
    }
    let mut subj_end = aux - 1;
    while subj_end > s0 && words::perfect_auxiliaries(doc.word(subj_end - 1)) {
        subj_end -= 1;
    }
    let by = cue.toks.end + 1;
    let agent = mention_starting_at(doc.text, &doc.tokens, &doc.names, by, s1).or_else(|| {
        // "by the mayor on Monday": the agent ends before a time adjunct.
        let stop = (by + 1..s1).find(|&k| time_adjunct_end(doc, k, s1).is_some());
        source_phrase(doc, by, stop.unwrap_or(s1))
    })?;
    let mut from = after_last_colon(doc, s0, subj_end);
    while from < subj_end && !doc.tokens[from].is_word() {
        from += 1;
    }
    // The subject must be a plain noun phrase: no clause break inside.
    if from >= subj_end
        || (from..subj_end).any(|k| {
            matches!(doc.tokens[k].kind(), TokKind::Punct(',' | ';' | '—'))
                || crate::words::clause_openers(doc.word(k))
        })
        || pronoun(doc.word(from)).is_some()
    {
        return None;
    }
    let end = doc.tokens[subj_end - 1].end();
    Some((Method::Reported, doc.tokens[from].start(), end, Some(agent)))
}
