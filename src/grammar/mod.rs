//! Grammar helpers the sieves share: token classes, clause boundaries
//! ([`clause`]) and subjects ([`subject`]). They read a
//! [`Document`](crate::document::Document) and never produce rows.

pub(crate) mod clause;
pub(crate) mod subject;

use crate::document::Document;
use crate::segment::TokKind;

/// True when tokens `from..to` hold no words (only punctuation).
pub(crate) fn only_punct(doc: &Document, from: usize, to: usize) -> bool {
    (from..to).all(|i| !doc.tokens[i].is_word())
}

/// Does token `k` end a sentence or clause (`.` `?` `!` `;`)?
pub(crate) fn is_terminator(doc: &Document, k: usize) -> bool {
    matches!(doc.tokens[k].kind(), TokKind::Punct('.' | '?' | '!' | ';'))
}

/// Do byte ranges `a0..a1` and `b0..b1` share a byte?
pub(crate) fn overlaps(a0: usize, a1: usize, b0: usize, b1: usize) -> bool {
    a0.max(b0) < a1.min(b1)
}

/// Count words in tokens `from..to`, up to `cap`: every caller compares
/// the count with a small bound, and counting on to the end of a sentence
/// of megabytes for each cue in it made such sentences cost quadratic time.
pub(crate) fn word_count(doc: &Document, from: usize, to: usize, cap: usize) -> usize {
    (from..to.min(doc.tokens.len()))
        .filter(|&i| doc.tokens[i].is_word())
        .take(cap)
        .count()
}

/// Is paragraph `p` a link line (`READ MORE: …`, `RELATED: …`, `WATCH: …`),
/// which interrupts the article without a speaker of its own? Its first
/// word is a colon label and a colon follows within a few words.
pub(crate) fn is_link_line(doc: &Document, p: usize) -> bool {
    let Some(para) = doc.paras.get(p) else {
        return false;
    };
    let from = doc.token_at(para.start);
    let to = doc.token_at(para.end).min(from + 4);
    crate::words::colon_labels_lower(doc.word(from))
        && (from..to).any(|k| doc.tokens[k].kind() == TokKind::Punct(':'))
}
