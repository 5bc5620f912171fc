//! `preposed`: the subject and cue come first and the content follows:
//! `X said (that) …`, `X told reporters that …`, `X said in a statement
//! that …`, `X described A as B`; after verbs whose object is what was said,
//! the object (`endorsed Cruz`, `talked about the economy`).

use crate::grammar::clause::{
    MIN_CONTENT_WORDS, clause_end, content_start, infinitive_content, looks_like_clause,
    object_end, prepositional_object,
};
use crate::grammar::word_count;
use crate::lexicon::CueClass;
use crate::mentions::{Form, Mention, SpeakerKind};
use crate::model::Method;
use crate::segment::TokKind;
use crate::sieves::rows::Reported;
use crate::sieves::{CueCtx, ReportedSieve, Verdict};
use crate::words::frame;

use super::decide;
use crate::words;

/// This sieve.
pub(crate) const SIEVE: ReportedSieve = ReportedSieve {
    name: "preposed",
    run,
};

fn run(ctx: &CueCtx, _done: &Reported) -> Verdict {
    let Some(s) = ctx.subject() else {
        return Verdict::Reject;
    };
    if s.inverted {
        return Verdict::Reject;
    }
    let (doc, cue, s1) = (ctx.doc, ctx.cue, ctx.s1);
    let (subj, after) = (&s.mention, s.after);
    let method = Method::for_speaker(subj, Method::Reported);
    if let Some(from) = prepositional_object(doc, cue, after, s1) {
        // "talked about the economy": the object of the preposition is what
        // was said, however short.
        let end = clause_end(doc, from, s1);
        if word_count(doc, from, doc.token_at(end), 1) < 1 {
            return Verdict::Reject;
        }
        return decide(
            ctx,
            Some((method, doc.tokens[from].start(), end, Some(subj.clone()))),
        );
    }
    let from = match content_start(doc, cue, after, s1) {
        Some(from) => from,
        None => return Verdict::Reject,
    };
    let first = doc.tokens[from];
    // "said of their time", "said about it": no reported clause.
    let after_that = from > 0 && doc.word(from - 1).eq_ignore_ascii_case("that");
    let infinitive = infinitive_content(doc, cue, from);
    let reading = Reading {
        from,
        after_that,
        infinitive,
    };
    if !content_may_start(ctx, subj, &reading) {
        return Verdict::Reject;
    }
    let Some(end) = content_end(ctx, subj, &reading) else {
        return Verdict::Reject;
    };
    // "declined to comment": an infinitive is content from two words.
    // "endorsed Cruz", "criticized the plan": after verbs whose object is
    // what was said, a short noun phrase is content too.
    let min_words = if infinitive {
        2
    } else if !after_that
        && cue.has(frame::OBJECT)
        && (subj.form != Form::Description || subj.role.is_some())
    {
        1
    } else {
        MIN_CONTENT_WORDS
    };
    if word_count(doc, from, doc.token_at(end), min_words) < min_words {
        return Verdict::Reject;
    }
    decide(ctx, Some((method, first.start(), end, Some(subj.clone()))))
}

/// Where the content may start after the cue, and how it was found.
struct Reading {
    /// First token of the content.
    from: usize,
    /// A "that" stands right before it.
    after_that: bool,
    /// The content is an infinitive ("vowed to repeal it").
    infinitive: bool,
}

/// May the content start at `r.from`: not a preposition, particle or
/// pronoun object; and, for an unnamed subject or a clause-only verb
/// without "that", a clause?
fn content_may_start(ctx: &CueCtx, subj: &Mention, r: &Reading) -> bool {
    let (doc, cue, s1) = (ctx.doc, ctx.cue, ctx.s1);
    let (from, after_that, infinitive) = (r.from, r.after_that, r.infinitive);
    let first = doc.tokens[from];
    // "described himself as a moderate": a reflexive object is content.
    let reflexive = cue.has(frame::REFLEXIVE) && doc.word(from).ends_with("self");
    // "said if he were elected, the plant would stay open": a conditional
    // opening the reported clause, which goes on after its comma.
    let conditional = cue.has(frame::CONDITIONAL)
        && words::conditional_openers(doc.word(from))
        && (from + 2..(from + 14).min(s1))
            .find(|&k| doc.tokens[k].kind() == TokKind::Punct(','))
            .is_some_and(|k| looks_like_clause(doc, k + 1, s1));
    if !after_that
        && !infinitive
        && !reflexive
        && !conditional
        && crate::words::not_content_start_lower(doc.word(from))
    {
        return false;
    }
    if !first.is_word() && doc.in_quote(first.end()).is_none()
        || first.kind() == TokKind::Punct(',')
    {
        return false;
    }
    // An unnamed subject without "that" is mostly a misread noun phrase,
    // except with the plainest speech verbs, evidence verbs ("records
    // show …") and a complement that reads as a clause ("The missive
    // suggests Republicans have no intention …").
    if subj.kind == SpeakerKind::Unnamed
        && subj.form == Form::Description
        && subj.role.is_none()
        && !after_that
        && !cue.has(frame::UNNAMED_SUBJECT)
        && cue.class != CueClass::Evidence
        && !looks_like_clause(doc, from, s1)
    {
        return false;
    }
    // "called the next speaker", "called her mother on Sunday": a naming
    // verb reports an object with its complement ("called the plan a
    // fraud"), not a lone noun phrase.
    // Not after "for"/"on" ("called for an open primary"), nor when a
    // relative before the subject is the object ("what officials called a
    // hate crime").
    let after_prep = from > 0 && words::prepositions_lower(doc.word(from - 1));
    let relative_object = subj.toks.start > 0 && {
        let w = doc.word(subj.toks.start - 1);
        words::relative_pronouns(w) || w.eq_ignore_ascii_case("what")
    };
    if !after_that
        && !after_prep
        && !relative_object
        && cue.has(frame::NAMES_COMPLEMENT)
        && lone_noun_phrase(doc, from, s1)
    {
        return false;
    }
    // "wrote a children's book", "spoke Hebrew": after these verbs only a
    // clause is reported, never a bare object.
    if !after_that && cue.has(frame::CLAUSE_ONLY) && !looks_like_clause(doc, from, s1) {
        return false;
    }
    true
}

/// How many words a lone noun phrase after a naming verb may have.
const LONE_PHRASE_WORDS: usize = 4;

/// Is the content at `from` a lone noun phrase: a determiner, at most
/// [`LONE_PHRASE_WORDS`] words to the end of the clause, no quotation and
/// no second determiner or object pronoun opening a complement?
fn lone_noun_phrase(doc: &crate::document::Document, from: usize, s1: usize) -> bool {
    if !words::determiners_lower(doc.word(from)) {
        return false;
    }
    let end = doc.token_at(clause_end(doc, from, s1));
    if word_count(doc, from, end, LONE_PHRASE_WORDS + 1) > LONE_PHRASE_WORDS {
        return false;
    }
    (from..end).all(|k| {
        let t = doc.tokens[k];
        if !t.is_word() {
            return matches!(t.kind(), TokKind::Punct('.' | ','))
                && doc.in_quote(t.start()).is_none();
        }
        k == from || !words::determiners_lower(doc.word(k))
    })
}

/// Where the content ends: the end of the reported clause, cut at the end
/// of a relative clause, of an object, or before a relative clause with a
/// cue of its own. `None` when a relative clause reports nothing.
fn content_end(ctx: &CueCtx, subj: &Mention, r: &Reading) -> Option<usize> {
    let (doc, cue, s1) = (ctx.doc, ctx.cue, ctx.s1);
    let (from, after_that, infinitive) = (r.from, r.after_that, r.infinitive);
    let mut end = clause_end(doc, from, s1);
    if subj.form == Form::Pronoun && words::relative_pronouns(doc.word(subj.toks.start)) {
        // A relative clause reports a clause only after verbs of saying, and
        // its content ends where the relative clause does: at the next
        // comma or dash ("Podesta, who said the project was vetted, left").
        if !after_that
            && !cue.has(frame::RELATIVE)
            // "Kasich, who endorsed Cruz on Monday, …": an object verb's
            // object is content in a relative clause too.
            && !cue.has(frame::OBJECT)
        {
            return None;
        }
        if let Some(k) = (from..doc.token_at(end)).find(|&k| {
            matches!(
                doc.tokens[k].kind(),
                TokKind::Punct(',' | '—' | '–' | '(' | ')' | '-')
            ) && doc.in_quote(doc.tokens[k].start()).is_none()
        }) {
            end = end.min(doc.tokens[k.saturating_sub(1).max(from)].end());
        }
    }
    // "endorsed Trump last week and campaigned with him": an object ends
    // before a time adjunct or a second verb of the subject.
    if !after_that && !infinitive && cue.has(frame::OBJECT) {
        end = end.min(object_end(doc, from, doc.token_at(end)));
    }
    // "offered ammunition to Republicans who say the law is a money pit":
    // an object reading stops before a relative clause with a cue of its own.
    if !after_that
        && let Some(k) = (from + 1..doc.token_at(end)).find(|&k| {
            words::relative_pronouns(doc.word(k))
                && doc
                    .cues
                    .at(k + 1)
                    .is_some_and(|c| !c.participle && !c.phrase && c.class.is_act())
        })
    {
        end = end.min(doc.tokens[k - 1].end());
    }
    Some(end)
}
