//! `participle`: `…, saying (that) …`, `X continued by stating that …`
//! (the sentence's speaker), and `with 47 percent of voters saying …` (the
//! noun phrase after "with"). A progressive form (`is saying`) is a finite
//! verb, left to the other sieves.

use crate::document::Document;
use crate::grammar::clause::{
    MIN_CONTENT_WORDS, clause_end, clause_from, content_start, looks_like_clause,
    prepositional_object,
};
use crate::mentions::{Form, Mention, SpeakerKind, mention_ending_at, mention_starting_at};
use crate::model::{Cue, Method};
use crate::segment::TokKind;
use crate::sieves::rows::Reported;
use crate::sieves::{CueCtx, ReportedSieve, Verdict};
use crate::words::frame;

use super::{Row, decide};
use crate::words;

/// This sieve.
pub(crate) const SIEVE: ReportedSieve = ReportedSieve {
    name: "participle",
    run,
};

fn run(ctx: &CueCtx, done: &Reported) -> Verdict {
    let (doc, cue, s0, s1) = (ctx.doc, ctx.cue, ctx.s0, ctx.s1);
    let perfect = perfect_participle(doc, cue.toks.start, s0);
    if !(cue.participle || perfect) || after_be(doc, cue.toks.start, s0) {
        return Verdict::Pass;
    }
    decide(ctx, participle(doc, cue, s0, s1, done, ctx.si))
}

/// "…, having announced that …": a cue in the past right after "having",
/// which follows a comma or dash.
fn perfect_participle(doc: &Document, c: usize, s0: usize) -> bool {
    c >= s0 + 2
        && doc.word(c - 1).eq_ignore_ascii_case("having")
        && matches!(doc.tokens[c - 2].kind(), TokKind::Punct(',' | '—' | '–'))
}

/// "is assuring", "was telling": a progressive form is a finite verb.
fn after_be(doc: &Document, c: usize, s0: usize) -> bool {
    let mut k = c;
    while k > s0 && doc.word(k - 1).ends_with("ly") {
        k -= 1;
    }
    k > s0 && words::be_forms(doc.word(k - 1))
}

/// `…, saying (that) …`, `X continued by stating that …`.
fn participle(
    doc: &Document,
    cue: &Cue,
    s0: usize,
    s1: usize,
    rows: &Reported,
    si: usize,
) -> Option<Row> {
    // "…, having announced that …" reads as "…, announcing that …".
    let c = if perfect_participle(doc, cue.toks.start, s0) {
        cue.toks.start - 1
    } else {
        cue.toks.start
    };
    let after_comma = c > s0
        && matches!(
            doc.tokens[c - 1].kind(),
            TokKind::Punct(',' | '—' | '–' | '-')
        );
    let after_by = c > s0 && doc.word(c - 1).eq_ignore_ascii_case("by");
    if !(after_comma || after_by) {
        return with_participle(doc, cue, s0, s1);
    }
    // The sentence's speaker: an earlier attribution in it, or its subject.
    let speaker = rows
        .sentence_speaker(si, cue.start)
        .or_else(|| {
            let m = mention_starting_at(doc.text, &doc.tokens, &doc.names, s0, c)?;
            (m.form != Form::Description
                || m.plural
                || doc.word(m.toks.start).eq_ignore_ascii_case("the"))
            .then_some(m)
        })
        .or_else(|| {
            // "Bagheri continued by stating": subject before the main verb.
            if after_by && c >= 3 {
                mention_ending_at(doc.text, &doc.tokens, &doc.names, c - 3, s0)
            } else {
                None
            }
        })
        .or_else(|| {
            // "But the other candidate, Hillary Clinton, drew a contrast,
            // saying …": the first name or subject pronoun of the sentence.
            crate::grammar::subject::sentence_subject(doc, s0, c)
        })?;
    if let Some(from) = prepositional_object(doc, cue, cue.toks.end, s1) {
        // ", referring to the attacks", ", pointing to the polls".
        let end = clause_end(doc, from, s1);
        return Some((
            Method::Participle,
            doc.tokens[from].start(),
            end,
            Some(speaker),
        ));
    }
    let from = content_start(doc, cue, cue.toks.end, s1)?;
    // ", highlighting their cooperation" reports an action, not content:
    // without "that", only verbs that take a bare clause qualify.
    let has_that = from > 0 && doc.word(from - 1).eq_ignore_ascii_case("that");
    let object = !has_that && cue.has(frame::OBJECT);
    if !has_that && !object && !cue.has(frame::BARE_CLAUSE) {
        return None;
    }
    // ", praising Obama": the object of such a verb is content however short.
    let min_words = if object { 1 } else { MIN_CONTENT_WORDS };
    let (start, end) = clause_from(doc, from, s1, min_words)?;
    Some((Method::Participle, start, end, Some(speaker)))
}

/// `with 47 percent of voters saying they …`, `with polls showing …`: the
/// noun phrase between "with" and the participle is its subject.
fn with_participle(doc: &Document, cue: &Cue, s0: usize, s1: usize) -> Option<Row> {
    let c = cue.toks.start;
    let with = (c.saturating_sub(9).max(s0)..c)
        .rev()
        .take_while(|&k| doc.tokens[k].is_word() || doc.tokens[k].kind() == TokKind::Punct('%'))
        .find(|&k| doc.word(k).eq_ignore_ascii_case("with"))?;
    if with + 1 >= c || !cue.has(frame::WITH_SUBJECT) {
        return None;
    }
    let speaker = Mention::plain_description(&doc.tokens, with + 1..c, SpeakerKind::Unnamed, None);
    let from = content_start(doc, cue, cue.toks.end, s1)?;
    if !looks_like_clause(doc, from, s1) {
        return None;
    }
    let (start, end) = clause_from(doc, from, s1, MIN_CONTENT_WORDS)?;
    Some((Method::Participle, start, end, Some(speaker)))
}
