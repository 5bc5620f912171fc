//! `headline`: a sentence that opens with a name and a colon reports that
//! source's words (`Paul Ryan: Tax Reform Comes First`), unless the name is
//! a label ("UPDATE:", "Editor's note:").

use crate::document::Document;
use crate::grammar::clause::{MIN_CONTENT_WORDS, clause_end};
use crate::grammar::word_count;
use crate::mentions::Mention;
use crate::model::{Attribution, Kind, Method};
use crate::segment::TokKind;
use crate::sieves::DocumentSieve;
use crate::sieves::rows::Reported;

/// This sieve.
pub(crate) const SIEVE: DocumentSieve = DocumentSieve {
    name: "headline",
    run: headline_colons,
};

/// `Paul Ryan: Tax Reform Comes First`: a sentence that opens with a name
/// and a colon reports that source's words (a headline convention).
fn headline_colons(doc: &Document, rows: &mut Reported, sieve: &'static str) {
    for (si, sent) in doc.sentences.iter().enumerate() {
        let s0 = sent.tokens.start;
        let i = doc.names.partition_point(|m| m.toks.start < s0);
        let Some(m) = doc
            .names
            .get(i)
            .filter(|m| m.toks.start == s0 && !m.possessive)
        else {
            continue;
        };
        let colon = m.toks.end;
        if doc
            .tokens
            .get(colon)
            .is_none_or(|t| t.kind() != TokKind::Punct(':'))
            || colon + 1 >= sent.tokens.end
            || !colon_speaker(doc, m)
        {
            continue;
        }
        let end = clause_end(doc, colon + 1, sent.tokens.end);
        let start = doc.tokens[colon + 1].start();
        let covered = rows.overlaps(start, end);
        if covered
            || word_count(doc, colon + 1, doc.token_at(end), MIN_CONTENT_WORDS) < MIN_CONTENT_WORDS
            || doc.in_quote(start).is_some()
        {
            continue;
        }
        rows.push_unchecked(Attribution {
            kind: Kind::Indirect,
            start,
            end,
            speaker: Some(m.clone()),
            cue: None,
            method: Method::Colon,
            sieve,
            paragraph: sent.paragraph,
            sentence: si,
        });
    }
}

/// Can the name before a headline colon be a source? Not a label
/// ("UPDATE:", "Correction:", "Editor's note:"). ("Q:" is: interviews
/// annotate the interviewer's questions.)
fn colon_speaker(doc: &Document, m: &Mention) -> bool {
    let w = doc.word(m.toks.start);
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w);
    !crate::words::colon_labels_ascii_lower(w)
}
