//! Grammar helpers the sieves share: token classes, clause boundaries
//! ([`clause`]) and subjects ([`subject`]). They read a
//! [`Document`](crate::document::Document) and never produce rows.

pub(crate) mod clause;
pub(crate) mod gender;
pub(crate) mod subject;
pub(crate) mod topic;

use crate::document::Document;
use crate::mentions::Mention;
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

/// How many earlier names [`introduced`] looks through.
const INTRODUCED_LOOKBACK: usize = 64;

/// Is `m` a person the document has introduced: a name with a given name
/// or title itself, or the surname of such a name shortly before ("Folake
/// Adeyemi" … "Adeyemi was in a reflective mood")? Not a stray capital
/// ("Already", the "C." of "(D-S.C.)"), nor a place an opening adjunct
/// names ("Born near Kindersley, Saskatchewan, Lindahl trained").
pub(crate) fn introduced(doc: &Document, m: &Mention) -> bool {
    if m.confirmed_person {
        return true;
    }
    let own = last_word(doc, m);
    let before = doc.names.partition_point(|n| n.start < m.start);
    doc.names[..before]
        .iter()
        .rev()
        .take(INTRODUCED_LOOKBACK)
        .any(|n| n.confirmed_person && n.toks.len() > 1 && same_word(last_word(doc, n), own))
}

/// The last word of name `m`, from its last token (no scan of the name).
fn last_word<'a>(doc: &Document<'a>, m: &Mention) -> &'a str {
    match m.toks.end.checked_sub(1).and_then(|k| doc.tokens.get(k)) {
        Some(t) if t.end() == m.core.end => t.text(doc.text),
        _ => {
            let core = &doc.text[m.core.clone()];
            core.rsplit(' ').next().unwrap_or(core)
        }
    }
}

/// `x` and `y` in any case.
fn same_word(x: &str, y: &str) -> bool {
    if x.is_ascii() && y.is_ascii() {
        x.eq_ignore_ascii_case(y)
    } else {
        x.chars()
            .flat_map(char::to_lowercase)
            .eq(y.chars().flat_map(char::to_lowercase))
    }
}

/// Do `a` and `b` end in the same word, in any case? The last word of a
/// name is what tells two people apart in a sentence's worth of text;
/// compared in place, without making strings: it runs for many names.
pub(crate) fn same_surname(doc: &Document, a: &Mention, b: &Mention) -> bool {
    same_word(last_word(doc, a), last_word(doc, b))
}
