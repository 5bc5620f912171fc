//! `postposed`: the attribution follows (or interrupts) its content.
//!
//! - `The bridge will reopen in May, Novak said.` (only adjuncts after it)
//! - `The plan, officials said, was dead`: a parenthetical attribution
//!   spans the whole clause around it.
//! - `As (the) X reported, …` and `…, as X reported.`
//!
//! When the subject follows the cue (`…, said X`) and the pattern does not
//! hold, the cue reports nothing (`say Mr. Clinton would …` is a subject of
//! the content, not of the cue).

use crate::document::Document;
use crate::grammar::clause::{
    MIN_CONTENT_WORDS, adjunct_opener, after_last_colon, clause_end, infinitive_content,
    opens_new_clause,
};
use crate::grammar::{is_terminator, only_punct, word_count};
use crate::model::Method;
use crate::segment::TokKind;
use crate::sieves::rows::Reported;
use crate::sieves::{CueCtx, ReportedSieve, Verdict};

use super::decide;
use crate::words;

/// This sieve.
pub(crate) const SIEVE: ReportedSieve = ReportedSieve {
    name: "postposed",
    run,
};

fn run(ctx: &CueCtx, _done: &Reported) -> Verdict {
    let Some(s) = ctx.subject() else {
        return Verdict::Pass;
    };
    let (doc, cue, s0, s1) = (ctx.doc, ctx.cue, ctx.s0, ctx.s1);
    let (subj, inverted, after) = (&s.mention, s.inverted, s.after);
    // Post-posed: only adjuncts and the terminator after the cue/subject.
    // Only compared with 0 and 4: counting on to the sentence end would
    // cost the sentence's length per cue (a run-on text).
    let rest = (after..s1)
        .filter(|&k| doc.tokens[k].is_word())
        .take(5)
        .count();
    let comma_before = |k: usize| k > s0 && doc.tokens[k - 1].kind() == TokKind::Punct(',');
    let mut subject_first = subj.toks.start.min(cue.toks.start);
    // "…, a wide array of economists say, …": the mention found is the
    // head noun; the whole noun phrase runs back to the comma.
    if !inverted
        && !comma_before(subject_first)
        && let Some(np) = ctx.chunk_subject().filter(|np| comma_before(np.toks.start))
    {
        subject_first = np.toks.start;
    }
    // "As (the) X reported, …".
    let as_tok = (subject_first.saturating_sub(2).max(s0)..subject_first)
        .rev()
        .find(|&k| doc.word(k).eq_ignore_ascii_case("as"))
        .filter(|&k| k + 1 == subject_first || doc.word(k + 1).eq_ignore_ascii_case("the"));
    if !inverted
        && let Some(as_tok) = as_tok
        && let Some((from, to)) = as_reported(doc, as_tok, after, s0, s1)
    {
        return decide(
            ctx,
            Some((
                Method::Postposed,
                doc.tokens[from].start(),
                to,
                Some(subj.clone()),
            )),
        );
    }
    let preceded_by_comma = comma_before(subject_first);
    // "The plan, officials said, was dead": a parenthetical attribution;
    // the content before it is reported (the rest is the same clause).
    // Not when the subject follows the cue ("…, said X, a senior analyst"):
    // that comma opens the speaker's appositive; nor before a participle
    // (", Novak said, adding that …"), which starts a new clause.
    let parenthetical = !inverted
        && doc
            .tokens
            .get(after)
            .is_some_and(|t| t.kind() == TokKind::Punct(','))
        && !opens_new_clause(doc, after + 1);
    let trailing = rest == 0
        || (doc
            .tokens
            .get(after)
            .is_some_and(|t| t.kind() == TokKind::Punct(','))
            && (inverted || opens_new_clause(doc, after + 1)));
    if preceded_by_comma
        && (trailing
            || parenthetical
            || rest <= 4
                && adjunct_opener(doc.word(after))
                // "…, the governor declined to comment": a complement.
                && !infinitive_content(doc, cue, after)
            // "…, she said when asked about it": a subordinate clause.
            || words::subordinate_after_cue(doc.word(after)))
    {
        let mut from = after_last_colon(doc, s0, subject_first);
        while from < subject_first
            && !doc.tokens[from].is_word()
            && doc.in_quote(doc.tokens[from].start()).is_none()
        {
            from += 1;
        }
        // A parenthetical attribution sits inside its content, which the
        // annotation convention spans whole: "The plan, officials said, was dead".
        let (end, after_words) = if parenthetical && rest > 0 {
            let end = clause_end(doc, after + 1, s1);
            (
                end,
                word_count(doc, after + 1, doc.token_at(end), MIN_CONTENT_WORDS),
            )
        } else {
            (doc.tokens[subject_first - 2.min(subject_first)].end(), 0)
        };
        // "It was, he said, a failure": the clause counts on both sides.
        if word_count(doc, from, subject_first, MIN_CONTENT_WORDS) + after_words < MIN_CONTENT_WORDS
        {
            return Verdict::Reject;
        }
        let start = doc.tokens[from].start();
        return decide(
            ctx,
            Some((Method::Postposed, start, end.max(start), Some(subj.clone()))),
        );
    }
    if inverted {
        // "say friends of X that …" is rare; "say Mr. Clinton would …" is
        // a subject of the content, not of the cue.
        return Verdict::Reject;
    }
    Verdict::Pass
}

/// `As The Post reported, the deal collapsed.` and `The deal collapsed, as
/// The Post reported.`: "as" + subject + cue is a parenthetical attribution
/// of the clause after (or before) it. `as_tok` is the "as", `after` the
/// first token past the cue. Returns the content's first token and end.
fn as_reported(
    doc: &Document,
    as_tok: usize,
    after: usize,
    s0: usize,
    s1: usize,
) -> Option<(usize, usize)> {
    // Adjuncts after the cue run to the comma or the sentence end
    // ("as Smith reported in his book, …").
    let stop = (after..(after + 10).min(s1)).find(|&k| !doc.tokens[k].is_word())?;
    let comma = doc.tokens[stop].kind() == TokKind::Punct(',');
    if only_punct(doc, s0, as_tok) && comma {
        let from = stop + 1;
        let end = clause_end(doc, from, s1);
        return (word_count(doc, from, doc.token_at(end), MIN_CONTENT_WORDS) >= MIN_CONTENT_WORDS)
            .then_some((from, end));
    }
    let before_comma = as_tok > s0 && doc.tokens[as_tok - 1].kind() == TokKind::Punct(',');
    if before_comma && (stop >= s1 || is_terminator(doc, stop)) {
        let mut from = after_last_colon(doc, s0, as_tok);
        while from < as_tok && !doc.tokens[from].is_word() {
            from += 1;
        }
        let end = doc.tokens[as_tok - 2.min(as_tok)].end();
        return (word_count(doc, from, as_tok, MIN_CONTENT_WORDS) >= MIN_CONTENT_WORDS)
            .then_some((from, end));
    }
    None
}
