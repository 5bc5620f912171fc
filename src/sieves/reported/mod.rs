//! Reported-speech sieves, one file each; the order is
//! [`super::REPORTED`] (per cue) and [`super::DOCUMENT`].
//!
//! | sieve | pattern | method |
//! |---|---|---|
//! | `according` | `According to X, …`, `…, according to X.` | according |
//! | `participle` | `…, saying (that) …`, `X continued by stating that …`, `with polls showing …` | participle |
//! | `passive` | `News of the deal was first reported by the Gazette.` | reported |
//! | `postposed` | `The bridge will reopen, Novak said.`, `The plan, officials said, was dead`, `As the Gazette reported, …` | postposed |
//! | `preposed` | `X said (that) …`, `X told reporters that …`, `endorsed Cruz`, `talked about the economy` | reported, pronoun |
//! | `headline` | `Paul Ryan: Tax Reform Comes First` | colon |
//! | `question` | `Asked whether he would run, …` | question |
//!
//! The content runs from after the cue (and a leading "that") to the end of
//! the reported clause ([`clause_end`](crate::grammar::clause::clause_end));
//! a content holding quoted fragments is a `mixed` row.

pub(crate) mod according;
pub(crate) mod headline;
pub(crate) mod participle;
pub(crate) mod passive;
pub(crate) mod postposed;
pub(crate) mod preposed;
pub(crate) mod question;

use crate::grammar::clause::addressee_end;
use crate::grammar::subject::{
    coordinated_subject, inverted_after_comma, prefix_subject, relative_subject, subject_of,
};
use crate::mentions::Mention;
use crate::model::Method;
use crate::sieves::{CueCtx, Verdict};

/// A reported row before it is placed: method, byte span, speaker.
type Row = (Method, usize, usize, Option<Mention>);

/// The verdict of a sieve whose pattern matched: a row, or none.
fn decide(ctx: &CueCtx, row: Option<Row>) -> Verdict {
    match row {
        Some((method, start, end, speaker)) => Verdict::Accept(crate::sieves::Found {
            method,
            kind: crate::model::Kind::Indirect,
            start,
            end,
            speaker,
            cue: Some(ctx.cue.clone()),
            shares_cue: false,
        }),
        None => Verdict::Reject,
    }
}

/// The subject of a cue that reports a clause, and where the clause may
/// start.
pub(crate) struct Subject {
    /// The speaker.
    pub mention: Mention,
    /// The subject follows the cue (`…, said X`).
    pub inverted: bool,
    /// The first token past cue, subject and addressee.
    pub after: usize,
}

impl Subject {
    /// A subject left of the cue first; an inverted one ("…, said X") only
    /// counts for the post-posed pattern.
    pub fn find(ctx: &CueCtx) -> Option<Subject> {
        let (doc, cue, s0, s1) = (ctx.doc, ctx.cue, ctx.s0, ctx.s1);
        let subj = inverted_after_comma(doc, cue, s0, s1)
            .or_else(|| relative_subject(doc, cue, s0))
            .or_else(|| subject_of(doc, cue, s0, s1, false))
            .or_else(|| ctx.chunk_subject().cloned())
            .or_else(|| prefix_subject(doc, cue, s0))
            .or_else(|| coordinated_subject(doc, cue, s0))
            .or_else(|| subject_of(doc, cue, s0, s1, true))?;
        let inverted = subj.toks.start >= cue.toks.end;
        let after = if inverted {
            subj.toks.end
        } else {
            addressee_end(doc, cue, s1)
        };
        Some(Subject {
            mention: subj,
            inverted,
            after,
        })
    }
}
