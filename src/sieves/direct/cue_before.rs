//! `cue_before`: the last cue before the quote in its sentence.
//!
//! - Nothing but the subject between cue and quote: direct (`X said,
//!   "…"`, `According to X, "…"`, the second half of an interrupted quote
//!   `"…," said X, "…"`).
//! - A short adjunct and a colon: direct (`X told a news conference: "…"`).
//! - A short adjunct, a comma and a quote that opens like a sentence:
//!   direct (`X said on Tuesday, "We …"`).
//! - Otherwise the quote sits inside the cue's reported clause: one mixed
//!   row over that clause (`X said the plan was "dead"`).

use crate::grammar::clause::clause_end;
use crate::grammar::subject::{document_author, opening_adjunct_end, sentence_subject, subject_of};
use crate::mentions::{Form, Mention, SpeakerKind, mention_starting_at};
use crate::model::{Attribution, Cue, Kind, Method};
use crate::segment::TokKind;
use crate::sieves::{DirectSieve, Found, QuoteCtx};
use crate::words;

/// This sieve.
pub(crate) const SIEVE: DirectSieve = DirectSieve {
    name: "cue_before",
    run,
};

/// At most this many words of adjunct or addressee between the cue (or
/// its subject) and a colon or comma before a direct quote.
const MAX_BETWEEN: usize = 10;

fn run(ctx: &QuoteCtx, done: &[Attribution]) -> Option<Found> {
    let doc = ctx.doc;
    let q = ctx.q;
    let (open_tok, pre_start) = (ctx.open_tok, ctx.pre_start);
    // A belief ("worried about …, Obama is rolling out …: \"…\"")
    // frames only a quote in its own clause: no comma or colon between.
    let own_clause = |c: &Cue| {
        c.class.is_act()
            || (c.toks.end..open_tok)
                .all(|k| !matches!(doc.tokens[k].kind(), TokKind::Punct(',' | ':' | ';')))
    };
    // "said the policy had been written ‘by people …’": a cue in the
    // passive after an auxiliary reports nobody; the cue before it does.
    // A participle in "-ing" after "is" is progressive ("is describing as
    // “unhinged” …"), and reports as any cue does.
    let passive = |c: &Cue| {
        c.toks.start > pre_start
            && !c.participle
            && !doc.word(c.toks.start).ends_with("ing")
            && words::passive_auxiliaries_ascii_lower(doc.word(c.toks.start - 1))
    };
    let c = (pre_start..open_tok)
        .rev()
        .filter_map(|k| doc.cues.at(k))
        .find(|c| ctx.cue_ok(c) && c.toks.start >= pre_start && own_clause(c) && !passive(c))?;
    let subj = if c.phrase && c.lemma == "according" {
        mention_starting_at(doc.text, &doc.tokens, &doc.names, c.toks.end, open_tok)
    } else if c.participle {
        ctx.sentence_speaker(done)
            // "Mr. Ackman wrote to investors, telling them …": the subject
            // of the speech verb the participle goes with, before the
            // sentence's first name ("shares of Valeant").
            .or_else(|| finite_speaker_before(ctx, c))
            .or_else(|| sentence_subject(doc, ctx.sent1.tokens.start, c.toks.start))
            // "… Maher said. Adding, “…”": the speaker just quoted.
            .or_else(|| carried_speaker(ctx, c, done))
    } else {
        subject_of(doc, c, pre_start, open_tok, true)
            .or_else(|| coordinated_opener(ctx, c))
            .or_else(|| carried_speaker(ctx, c, done))
            .or_else(|| colon_opener(ctx))
    };
    let subj = subj.map(|m| document_author(doc, &m).unwrap_or(m));
    // "Mr. Kerry said the annual talks … remained ''one of the best
    // opportunities''", "Reeves wrote that the text of the law showed it
    // to be "…"": a cue whose subject is no person, inside the clause of
    // an earlier speech cue whose subject is one, reports for that person.
    let outer = outer_speaker(ctx, c, subj.as_ref());
    let (c, subj) = match outer {
        Some((c0, m0)) => (c0, Some(m0)),
        None => (c.clone(), subj),
    };
    let c = &c;
    let after_cue = match &subj {
        Some(m) if m.toks.start >= c.toks.end => m.toks.end,
        _ => c.toks.end,
    };
    let between = (after_cue..open_tok)
        .filter(|&k| doc.tokens[k].is_word())
        .count();
    let ends_colon = open_tok > 0 && doc.tokens[open_tok - 1].kind() == TokKind::Punct(':');
    // `X said on Tuesday, "We …"`, `X told a rally in Ohio, "We …"`:
    // an adjunct or addressee, a comma, then a quote that opens
    // like a sentence is the whole quote, not a reported clause;
    // so is the second half of an interrupted quote (`"…," X told
    // reporters, "and …"`: an earlier quote closes in this sentence).
    let interrupted = ctx.prev_close > ctx.sent1.tokens.start;
    let ends_comma_sentence = open_tok > 0
        && doc.tokens[open_tok - 1].kind() == TokKind::Punct(',')
        && (interrupted
            || doc.text[q.content_start..q.content_end]
                .chars()
                .next()
                .is_some_and(char::is_uppercase));
    let method_for = |m: &Option<Mention>, named: Method| {
        m.as_ref()
            .map_or(Method::None, |m| Method::for_speaker(m, named))
    };
    let direct_method = if between == 0 {
        Some(if c.phrase {
            Method::According
        } else {
            method_for(&subj, Method::Explicit)
        })
    } else if ends_colon && between <= MAX_BETWEEN {
        Some(if subj.is_some() {
            Method::Colon
        } else {
            Method::None
        })
    } else if ends_comma_sentence && between <= MAX_BETWEEN {
        Some(method_for(&subj, Method::Explicit))
    } else if according_with_appositive(ctx, c, subj.as_ref(), between) {
        Some(Method::According)
    } else {
        None
    };
    if let Some(method) = direct_method {
        return Some(ctx.direct(method, subj, Some(c.clone())));
    }
    if subj.is_none() && !c.participle {
        return None;
    }
    // Mixed: the reported clause from after the cue (and "that").
    let mut from = after_cue;
    if doc.word(from).eq_ignore_ascii_case("that") {
        from += 1;
    }
    let subj = match subj {
        Some(m) => Some(m),
        None if c.participle => ctx.sentence_speaker(done),
        None => None,
    };
    let end = clause_end(doc, from, ctx.sent2.tokens.end).max(q.content_end);
    let start = doc.tokens.get(from).map_or(q.content_start, |t| t.start());
    let method = if c.participle {
        Method::Participle
    } else {
        method_for(&subj, Method::Explicit)
    };
    Some(Found {
        method,
        kind: Kind::Mixed,
        start,
        end,
        speaker: subj,
        cue: Some(c.clone()),
        shares_cue: false,
    })
}

/// `Ford stood up and declared, "…"`: a cue coordinated with a verb that is
/// no cue takes the person who opens the sentence (a name or pronoun
/// followed by its verb).
fn coordinated_opener(ctx: &QuoteCtx, c: &Cue) -> Option<Mention> {
    let doc = ctx.doc;
    let before = c.toks.start.checked_sub(1)?;
    if before <= ctx.pre_start || !words::coordinators(doc.word(before)) {
        return None;
    }
    let m = sentence_subject(doc, ctx.pre_start, before)?;
    let verb_follows = doc
        .tokens
        .get(m.toks.end)
        .is_some_and(|t| t.is_word() && doc.word(m.toks.end).starts_with(char::is_lowercase));
    // The clause opens the sentence, or follows an opening adjunct ("When
    // asked whom she supported, Ana Ruiz smiled and said").
    let opens = m.toks.start == ctx.pre_start
        || opening_adjunct_end(doc, ctx.pre_start, before) == Some(m.toks.start);
    (opens && m.kind == SpeakerKind::Person && verb_follows).then_some(m)
}

/// `… Ruiz said. And added: "…"`, `Then she paused and added, "…"`: a cue
/// with no subject of its own, opening its clause, continues the speaker of
/// the quote just before in the same paragraph.
fn carried_speaker(ctx: &QuoteCtx, c: &Cue, done: &[Attribution]) -> Option<Mention> {
    let doc = ctx.doc;
    let lead_in = (ctx.pre_start..c.toks.start).all(|k| {
        !doc.tokens[k].is_word()
            || doc.word(k).starts_with(char::is_lowercase)
            || k == ctx.pre_start
    });
    if !lead_in || crate::grammar::word_count(doc, ctx.pre_start, c.toks.start, 3) > 2 {
        return None;
    }
    ctx.just_quoted_speaker(done)
}

/// `Diallo, asked about the title, shook his head and smiled: "…"`: a cue
/// without a subject inside an aside, and a colon before the quote: the
/// person who opens the clause.
fn colon_opener(ctx: &QuoteCtx) -> Option<Mention> {
    let doc = ctx.doc;
    let colon = ctx.open_tok.checked_sub(1)?;
    if doc.tokens[colon].kind() != TokKind::Punct(':') {
        return None;
    }
    let m = sentence_subject(doc, ctx.pre_start, colon)?;
    (m.toks.start == ctx.pre_start && m.kind == SpeakerKind::Person).then_some(m)
}

/// `According to Dr Amir Khan, an engineer at the university, "the bridge
/// has …"`: the source's appositive and a comma before the quote; the
/// quote is the source's own words however it opens.
fn according_with_appositive(
    ctx: &QuoteCtx,
    c: &Cue,
    subj: Option<&Mention>,
    between: usize,
) -> bool {
    let doc = ctx.doc;
    let Some(m) = subj else {
        return false;
    };
    let comma = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|t| t.kind() == TokKind::Punct(','))
    };
    c.phrase
        && c.lemma == "according"
        && between <= MAX_BETWEEN
        && comma(m.toks.end)
        && ctx.open_tok > 0
        && comma(ctx.open_tok - 1)
}

/// The earlier speech cue of the quote's sentence, with a person as its
/// subject, when the cue `c` found for the quote has no person as its own
/// subject (`the annual talks … remained`, `the law showed`): the quote is
/// inside what that person said. `None` when `c`'s subject is a person, or
/// `c` stands right before the quote's colon ("Cruz said as the heckler
/// yelled: "You suck!"" is the heckler's).
fn outer_speaker(ctx: &QuoteCtx, c: &Cue, subj: Option<&Mention>) -> Option<(Cue, Mention)> {
    let before_colon = ctx.open_tok > 0
        && ctx.doc.tokens[ctx.open_tok - 1].kind() == crate::segment::TokKind::Punct(':');
    if subj.is_some_and(is_named_person) || c.participle || c.phrase || before_colon {
        return None;
    }
    person_speech_cue_before(ctx, c, ctx.pre_start, true)
}

/// The person subject of the last finite speech cue before participle
/// `c` in the quote's sentence ("Mr. Ackman wrote to investors, telling
/// them …").
fn finite_speaker_before(ctx: &QuoteCtx, c: &Cue) -> Option<Mention> {
    person_speech_cue_before(ctx, c, ctx.sent1.tokens.start, false).map(|(_, m)| m)
}

/// The last finite speech cue from token `from` up to cue `c`, outside
/// quotations (and, with `filtered`, one the run's cue filter allows),
/// with its subject when that is a named person.
fn person_speech_cue_before(
    ctx: &QuoteCtx,
    c: &Cue,
    from: usize,
    filtered: bool,
) -> Option<(Cue, Mention)> {
    let doc = ctx.doc;
    let c0 = (from..c.toks.start)
        .rev()
        .filter_map(|k| doc.cues.at(k))
        .find(|c0| {
            c0.toks.end <= c.toks.start
                && (!filtered || ctx.cue_ok(c0))
                && c0.class.is_act()
                && !c0.phrase
                && !c0.participle
                && doc.in_quote(c0.start).is_none()
        })?;
    // Subjects left of the cue only: it ends before the cue.
    let m0 = subject_of(doc, c0, from, c0.toks.start, false).filter(is_named_person)?;
    Some((c0.clone(), m0))
}

/// A person given by name or pronoun, not by a description.
fn is_named_person(m: &Mention) -> bool {
    m.kind == SpeakerKind::Person && m.form != Form::Description
}
