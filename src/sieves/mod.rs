//! Stage 5: attribution, as ordered lists of named sieves.
//!
//! A sieve is one rule: it looks at one quotation (or one cue) with the
//! context computed once for it, and proposes a row or passes. The lists
//! below are the only place that says in which order rules are tried; the
//! first sieve that fires wins. This module also owns what rules must not
//! decide alone: which cues are used up, and which rows overlap.
//!
//! - `DIRECT`: every quotation span, most reliable rule first.
//! - `REPORTED`: every cue the quotation sieves did not use, for reported
//!   speech and mixed quotes found from a cue.
//! - `DOCUMENT`: whole-document patterns run last (headline colons,
//!   questions put to a source).
//!
//! Each sieve can be switched off ([`SieveSet`]) to measure what it adds
//! (`whosaid eval --ablate`).

pub(crate) mod direct;
pub(crate) mod reported;
pub(crate) mod rows;

use std::cell::OnceCell;

use crate::document::Document;
use crate::mentions::Mention;
use crate::model::{Attribution, Cue, CueFilter, Kind, Method};
use crate::quotes::QuoteSpan;
use crate::segment::Sentence;

/// What a sieve proposes: the rule's method, the row's kind and byte span,
/// its speaker and cue.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    pub method: Method,
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    pub speaker: Option<Mention>,
    pub cue: Option<Cue>,
    /// The cue also reports a clause of its own after the quote (`"…." X
    /// said the …`): leave it to the reported-speech sieves as well.
    pub shares_cue: bool,
}

/// A sieve over quotation spans: a row for the quote, or `None` to pass.
pub(crate) struct DirectSieve {
    /// The sieve's name (ablation, test tables).
    pub name: &'static str,
    /// The rule. `done` holds the rows made so far for earlier quotes.
    pub run: fn(&QuoteCtx, done: &[Attribution]) -> Option<Found>,
}

/// A reported-speech sieve's answer for one cue.
pub(crate) enum Verdict {
    /// Not this sieve's pattern: try the next one.
    Pass,
    /// This sieve's pattern, but no row: the cue reports nothing.
    Reject,
    /// A row.
    Accept(Found),
}

/// A sieve over cues: decides for one cue (see [`Verdict`]).
pub(crate) struct ReportedSieve {
    /// The sieve's name.
    pub name: &'static str,
    /// The rule. `done` holds the reported rows made so far.
    pub run: fn(&CueCtx, done: &rows::Reported) -> Verdict,
}

/// A sieve over the whole document, run after the others: it adds rows
/// that overlap no earlier row ([`rows::Reported::push_new`]).
pub(crate) struct DocumentSieve {
    /// The sieve's name.
    pub name: &'static str,
    /// The rule.
    pub run: fn(&Document, rows: &mut rows::Reported, name: &'static str),
}

/// A sieve over the whole document that finds quotations without marks
/// (transcript turns), run after [`DIRECT`]: it appends to the quotation
/// rows, leaving alone what they already cover.
pub(crate) struct TurnSieve {
    /// The sieve's name.
    pub name: &'static str,
    /// The rule.
    pub run: fn(&Document, quoted: &mut Vec<Attribution>, name: &'static str),
}

/// Quotation sieves, in order.
pub(crate) const DIRECT: &[DirectSieve] = &[
    direct::cue_after::SIEVE,
    direct::dash::SIEVE,
    direct::cue_before::SIEVE,
    direct::colon_intro::SIEVE,
    direct::next_sentence::SIEVE,
    direct::colon_paragraph::SIEVE,
    direct::words_of::SIEVE,
    direct::continuation::SIEVE,
    direct::previous_sentence::SIEVE,
    direct::forward::SIEVE,
    direct::previous_paragraph::SIEVE,
    direct::uncued::SIEVE,
];

/// Sieves over the whole document that find direct quotes without
/// quotation marks (transcript turns); they run after [`DIRECT`], and cues
/// inside their rows report nothing else.
pub(crate) const TURNS: &[TurnSieve] = &[direct::transcript::SIEVE];

/// Reported-speech sieves, in order, per unused cue.
pub(crate) const REPORTED: &[ReportedSieve] = &[
    reported::according::SIEVE,
    reported::participle::SIEVE,
    reported::passive::SIEVE,
    reported::postposed::SIEVE,
    reported::preposed::SIEVE,
];

/// Whole-document sieves, in order.
pub(crate) const DOCUMENT: &[DocumentSieve] =
    &[reported::headline::SIEVE, reported::question::SIEVE];

/// Every sieve's name, in the order the lists run.
pub fn names() -> impl Iterator<Item = &'static str> {
    DIRECT
        .iter()
        .map(|s| s.name)
        .chain(TURNS.iter().map(|s| s.name))
        .chain(REPORTED.iter().map(|s| s.name))
        .chain(DOCUMENT.iter().map(|s| s.name))
}

/// A set of switched-off sieves (by position in [`names`]); empty by
/// default, so every sieve runs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SieveSet(u64);

impl SieveSet {
    /// The set holding only the sieve called `name`; `None` for a name no
    /// sieve has.
    pub fn only(name: &str) -> Option<SieveSet> {
        names().position(|n| n == name).map(|i| SieveSet(1 << i))
    }

    /// Is the sieve called `name` in the set?
    pub fn contains(self, name: &str) -> bool {
        // Asked per sieve for every quote and cue: the usual empty set
        // answers without comparing names.
        self.0 != 0
            && names()
                .position(|n| n == name)
                .is_some_and(|i| self.0 & (1 << i) != 0)
    }
}

/// The context of one quotation, computed once and handed to every sieve.
pub(crate) struct QuoteCtx<'d, 'a> {
    pub doc: &'d Document<'a>,
    pub q: &'d QuoteSpan,
    /// Token of the opening mark, and the first token after the closing one.
    pub open_tok: usize,
    pub close_tok: usize,
    /// Sentences (indices and spans) where the quote opens and closes.
    pub s1: usize,
    pub s2: usize,
    pub sent1: &'d Sentence,
    pub sent2: &'d Sentence,
    /// First token after the previous quote's closing mark (0 if none).
    pub prev_close: usize,
    /// Where the words before the quote start: the sentence start or the
    /// previous quote's end.
    pub pre_start: usize,
    /// Where the words after the quote end: the sentence end or the next
    /// quote's start.
    pub post_end: usize,
    /// Words inside the quote.
    pub words: usize,
    /// The quote is a sentence of its own (nothing but punctuation around
    /// it in its sentence).
    pub sentence_only: bool,
    pub filter: CueFilter,
    /// Index, in the rows made so far, of the last row with a speaker:
    /// kept by the engine so that no sieve scans back over every row.
    pub last_speaker: Option<usize>,
}

impl<'d, 'a> QuoteCtx<'d, 'a> {
    /// The context of quote `qi`; `None` when it has no sentence (empty
    /// token stream).
    fn new(
        doc: &'d Document<'a>,
        qi: usize,
        filter: CueFilter,
        last_speaker: Option<usize>,
    ) -> Option<QuoteCtx<'d, 'a>> {
        let q = &doc.quotes[qi];
        let n = doc.tokens.len();
        let open_tok = doc.token_at(q.outer_start);
        let close_tok = doc.token_at(q.outer_end).max(open_tok + 1).min(n);
        let content_first = doc.token_at(q.content_start);
        let s1 = doc.sentence_of_token(open_tok.min(n.saturating_sub(1)));
        let s2 = doc.sentence_of_token(close_tok.saturating_sub(1).min(n.saturating_sub(1)));
        let sent1 = doc.sentences.get(s1)?;
        let sent2 = doc.sentences.get(s2)?;
        let prev_close = qi
            .checked_sub(1)
            .map(|p| doc.token_at(doc.quotes[p].outer_end))
            .unwrap_or(0);
        let pre_start = sent1.tokens.start.max(prev_close).min(open_tok);
        let next_open = doc
            .quotes
            .get(qi + 1)
            .map_or(n, |nq| doc.token_at(nq.outer_start));
        let post_end = sent2.tokens.end.min(next_open).max(close_tok);
        let words = doc.tokens[content_first..close_tok]
            .iter()
            .filter(|t| t.is_word())
            .count();
        let sentence_only = crate::grammar::only_punct(doc, pre_start, open_tok)
            && crate::grammar::only_punct(doc, close_tok, post_end);
        Some(QuoteCtx {
            doc,
            q,
            open_tok,
            close_tok,
            s1,
            s2,
            sent1,
            sent2,
            prev_close,
            pre_start,
            post_end,
            words,
            sentence_only,
            filter,
            last_speaker,
        })
    }

    /// May this run report cue `c` (its class is in the cue filter)?
    pub fn cue_ok(&self, c: &Cue) -> bool {
        self.filter.allows(c.class)
    }

    /// The quote is its paragraph, marks and closing punctuation aside (a
    /// headline quote, a quote paragraph the next one attributes).
    pub fn fills_paragraph(&self) -> bool {
        fills_paragraph(self.doc, self.q)
    }

    /// The quote stands apart from any clause: a sentence of its own, or
    /// a quote running over several paragraphs. Only such quotes take a
    /// speaker from their neighbourhood.
    pub fn stands_alone(&self) -> bool {
        self.sentence_only || self.q.paragraph != self.q.last_paragraph
    }

    /// The last row so far with a speaker.
    pub fn last_with_speaker<'r>(&self, done: &'r [Attribution]) -> Option<&'r Attribution> {
        done.get(self.last_speaker?)
    }

    /// The speaker of the last attribution in the quote's sentence (for
    /// participles): rows come in sentence order, so the last row with a
    /// speaker answers when it is in this sentence.
    pub fn sentence_speaker(&self, done: &[Attribution]) -> Option<Mention> {
        self.last_with_speaker(done)
            .filter(|a| a.sentence == self.s1)
            .and_then(|a| a.speaker.clone())
    }

    /// The speaker of the row just before, when it is in this quote's
    /// paragraph and in this or the previous sentence: who goes on
    /// speaking after "Then, after a pause:" or "And added:".
    pub fn just_quoted_speaker(&self, done: &[Attribution]) -> Option<Mention> {
        let prev = done.last()?;
        (prev.paragraph == self.q.paragraph && prev.sentence + 1 >= self.s1)
            .then(|| prev.speaker.clone())
            .flatten()
    }

    /// A direct row over the whole quote content.
    pub fn direct(&self, method: Method, speaker: Option<Mention>, cue: Option<Cue>) -> Found {
        Found {
            method,
            kind: Kind::Direct,
            start: self.q.content_start,
            end: self.q.content_end,
            speaker,
            cue,
            shares_cue: false,
        }
    }
}

/// The context of one cue, computed once and handed to every sieve.
pub(crate) struct CueCtx<'d, 'a> {
    pub doc: &'d Document<'a>,
    pub cue: &'d Cue,
    /// The sentence holding the cue: its index, and its token span.
    pub si: usize,
    pub s0: usize,
    pub s1: usize,
    /// The cue's subject, found on first use (several sieves need it).
    subject: OnceCell<Option<reported::Subject>>,
    /// The bare noun phrase before the cue
    /// ([`chunk_subject`](crate::grammar::subject::chunk_subject)), found on
    /// first use: the subject search and the post-posed pattern both ask.
    chunk: OnceCell<Option<Mention>>,
}

impl CueCtx<'_, '_> {
    /// The cue's subject and where its reported clause may start.
    pub fn subject(&self) -> Option<&reported::Subject> {
        self.subject
            .get_or_init(|| reported::Subject::find(self))
            .as_ref()
    }

    /// The bare noun phrase ending right before the cue, if any.
    pub fn chunk_subject(&self) -> Option<&Mention> {
        self.chunk
            .get_or_init(|| crate::grammar::subject::chunk_subject(self.doc, self.cue, self.s0))
            .as_ref()
    }
}

/// Is quote `q` its paragraph, marks and closing punctuation aside?
pub(crate) fn fills_paragraph(doc: &Document, q: &QuoteSpan) -> bool {
    doc.paras
        .get(q.paragraph)
        .is_some_and(|p| q.outer_start <= p.start + 1 && q.outer_end + 2 >= p.end)
}

/// Attribute every quotation and every unused cue of `doc`, skipping the
/// sieves in `off`. Rows come out quotation rows first, then reported
/// ones; [`extract`](crate::extract()) sorts them by position.
pub fn attribute(doc: &Document, filter: CueFilter, off: SieveSet) -> Vec<Attribution> {
    let mut used = vec![false; doc.cues.list.len()];
    let mut quoted = attribute_quotes(doc, filter, off, &mut used);
    for s in TURNS.iter().filter(|s| !off.contains(s.name)) {
        (s.run)(doc, &mut quoted, s.name);
    }
    // Sorted by start, as the overlap index and the per-sentence lookups
    // of the reported sieves need (turns were appended last).
    crate::model::sort_in_place_by_key(&mut quoted, |a| a.start);
    let reported = attribute_cues(doc, filter, off, &used, &quoted);
    // In place, sized exactly: a window of nothing but quotation marks
    // holds a row per mark, and a second vector of them (or a doubled
    // one) was the largest thing in its memory.
    quoted.reserve_exact(reported.len());
    quoted.extend(reported);
    quoted
}

/// Run [`DIRECT`] over every quotation; mark the cues the rows use.
fn attribute_quotes(
    doc: &Document,
    filter: CueFilter,
    off: SieveSet,
    used_cues: &mut [bool],
) -> Vec<Attribution> {
    // At most a row per quotation: sized once, not doubled as it grows.
    let mut out: Vec<Attribution> = Vec::with_capacity(doc.quotes.len());
    let mut last_speaker: Option<usize> = None;
    for qi in 0..doc.quotes.len() {
        let Some(ctx) = QuoteCtx::new(doc, qi, filter, last_speaker) else {
            continue;
        };
        let Some((sieve, f)) = DIRECT
            .iter()
            .filter(|s| !off.contains(s.name))
            .find_map(|s| (s.run)(&ctx, &out).map(|f| (s.name, f)))
        else {
            continue;
        };
        if let Some(c) = &f.cue
            && !(f.shares_cue && f.kind == Kind::Direct)
            && let Ok(idx) = doc.cues.list.binary_search_by_key(&c.start, |x| x.start)
        {
            used_cues[idx] = true;
        }
        if f.kind == Kind::Mixed
            && let Some(prev) = out.last_mut()
            && prev.kind == Kind::Mixed
            && prev.start == f.start
        {
            // Several fragments of one reported clause: one mixed row.
            prev.end = prev.end.max(f.end);
            continue;
        }
        if f.speaker.is_some() {
            last_speaker = Some(out.len());
        }
        out.push(Attribution {
            kind: f.kind,
            start: f.start,
            end: f.end,
            speaker: f.speaker,
            cue: f.cue,
            method: f.method,
            sieve,
            paragraph: ctx.q.paragraph,
            sentence: ctx.s1,
        });
    }
    out
}

/// Run [`REPORTED`] over every cue the quotation sieves left, then
/// [`DOCUMENT`].
fn attribute_cues(
    doc: &Document,
    filter: CueFilter,
    off: SieveSet,
    used_cues: &[bool],
    quoted: &[Attribution],
) -> Vec<Attribution> {
    let mut rows = rows::Reported::new(quoted);
    // Turns of a transcript are quotes without marks: what is said in them
    // is not reported again. Sorted and disjoint: a binary search.
    let turns: Vec<(usize, usize)> = quoted
        .iter()
        .filter(|a| TURNS.iter().any(|s| s.name == a.sieve))
        .map(|a| (a.start, a.end))
        .collect();
    let in_turn = |pos: usize| {
        let i = turns.partition_point(|&(a, _)| a <= pos);
        i > 0 && pos < turns[i - 1].1
    };
    for (ci, cue) in doc.cues.list.iter().enumerate() {
        if used_cues.get(ci).copied().unwrap_or(true)
            || !filter.allows(cue.class)
            || doc.in_quote(cue.start).is_some()
            || in_turn(cue.start)
        {
            continue;
        }
        let si = doc.sentence_of_token(cue.toks.start);
        let Some(sent) = doc.sentences.get(si) else {
            continue;
        };
        let ctx = CueCtx {
            doc,
            cue,
            si,
            s0: sent.tokens.start,
            s1: sent.tokens.end,
            subject: OnceCell::new(),
            chunk: OnceCell::new(),
        };
        let mut found = None;
        for s in REPORTED.iter().filter(|s| !off.contains(s.name)) {
            match (s.run)(&ctx, &rows) {
                Verdict::Pass => continue,
                Verdict::Reject => break,
                Verdict::Accept(f) => {
                    found = Some((s.name, f));
                    break;
                }
            }
        }
        let Some((sieve, f)) = found else {
            continue;
        };
        if f.end <= f.start {
            continue;
        }
        // A sentence-final "…, officials said." or "according to X" reports
        // the whole clause it attaches to: a reading of a verb inside that
        // clause ("The council rejected the plan …") gives way to it.
        if matches!(f.method, Method::Postposed | Method::According) {
            rows.drop_inside(si, f.start, f.end);
        }
        rows.push_new(
            doc,
            Attribution {
                kind: Kind::Indirect,
                start: f.start,
                end: f.end,
                speaker: f.speaker,
                cue: f.cue,
                method: f.method,
                sieve,
                paragraph: sent.paragraph,
                sentence: si,
            },
        );
    }
    for s in DOCUMENT.iter().filter(|s| !off.contains(s.name)) {
        (s.run)(doc, &mut rows, s.name);
    }
    rows.out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The switch set used for ablation: the empty set holds no sieve, and
    /// a set made for one sieve holds that one and no other.
    #[test]
    fn sieve_sets_hold_exactly_their_sieves() {
        let all: Vec<&str> = names().collect();
        for name in &all {
            assert!(!SieveSet::default().contains(name), "{name}");
            let one = SieveSet::only(name).expect("a sieve's own name");
            for other in &all {
                assert_eq!(one.contains(other), other == name, "{name} / {other}");
            }
        }
        assert!(SieveSet::only("no such sieve").is_none());
        assert!(!SieveSet::default().contains("no such sieve"));
    }
}
