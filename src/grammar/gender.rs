//! What the text's own pronouns say about the sex of a person the given-name
//! lists do not know ("Nedunchezhian Pandian, the lifeboat coxswain, was
//! clearing mud outside his house"; "Szalai Boglárka … was among the
//! first to reach the scene. She praised …").
//!
//! News names many people whose given names no list holds. A pronoun the
//! writer uses for such a person right after naming them tells their sex,
//! and with it which "he" or "she" later in the story can be them. The
//! evidence is read narrowly: a pronoun later in the sentence the person
//! is the subject of, before anyone else is named, or the pronoun opening
//! the next sentence of the same paragraph when nobody else was named in
//! between. Everything inside quotations is someone speaking, not the
//! writer, and is passed over.

use crate::document::Document;
use crate::lexicon::Gender;
use crate::mentions::SpeakerKind;

/// How many tokens after the name its own sentence is read.
const SAME_SENTENCE_REACH: usize = 40;

/// How many tokens of the next sentence are read for its opening pronoun
/// ("Asked about the delays, he said").
const NEXT_SENTENCE_REACH: usize = 10;

/// The sex a third-person pronoun gives, or `None` for any other word.
fn pronoun_sex(w: &str) -> Option<Gender> {
    let is = |p: &str| w.eq_ignore_ascii_case(p);
    if is("he") || is("him") || is("his") || is("himself") {
        Some(Gender::Male)
    } else if is("she") || is("her") || is("hers") || is("herself") {
        Some(Gender::Female)
    } else {
        None
    }
}

/// Is name `j` someone other than name `i` the pronouns may mean: a person
/// named outside quotations?
fn other_person(doc: &Document, j: usize) -> bool {
    let n = &doc.names[j];
    n.kind == SpeakerKind::Person && doc.in_quote(n.start).is_none()
}

/// The sex the writer's pronouns give the person of name `i`, the subject
/// of its sentence: the first third-person pronoun after it in its
/// sentence, outside quotations, before another person is named; failing
/// that, the first such pronoun among the opening words of the next
/// sentence of the same paragraph, when the name's sentence named nobody
/// else. `Gender::Unknown` when the text says nothing. Bounded: at most
/// [`SAME_SENTENCE_REACH`] and [`NEXT_SENTENCE_REACH`] tokens.
pub(crate) fn pronoun_gender(doc: &Document, i: usize) -> Gender {
    let m = &doc.names[i];
    let s = doc.sentence_of_token(m.toks.start);
    let Some(sent) = doc.sentences.get(s) else {
        return Gender::Unknown;
    };
    // The next person named after `i` (outside quotations) stops the
    // search: a pronoun past them may be theirs.
    let next_person = (i + 1..doc.names.len())
        .take_while(|&j| doc.names[j].toks.start < sent.tokens.end + NEXT_SENTENCE_REACH + 1)
        .find(|&j| other_person(doc, j))
        .map_or(usize::MAX, |j| doc.names[j].toks.start);
    let stop = sent
        .tokens
        .end
        .min(m.toks.end + SAME_SENTENCE_REACH)
        .min(next_person);
    if let Some(g) = first_pronoun_sex(doc, m.toks.end..stop, false) {
        return g;
    }
    // The next sentence, when this one named nobody else.
    let named_else = doc.names[..i]
        .iter()
        .rev()
        .take_while(|n| n.toks.start >= sent.tokens.start)
        .any(|n| n.kind == SpeakerKind::Person && doc.in_quote(n.start).is_none())
        || next_person < sent.tokens.end;
    let Some(next) = doc.sentences.get(s + 1) else {
        return Gender::Unknown;
    };
    if named_else || next.paragraph != sent.paragraph {
        return Gender::Unknown;
    }
    // "… arrived an hour later. He said, '…'": the pronoun of a quotation
    // is what is to be resolved, not evidence.
    let (from, to) = (
        doc.tokens[next.tokens.start].start(),
        doc.tokens[next.tokens.end - 1].end(),
    );
    let q = doc.quotes.partition_point(|q| q.content_start < from);
    if doc.in_quote(from).is_some() || doc.quotes.get(q).is_some_and(|q| q.content_start < to) {
        return Gender::Unknown;
    }
    let stop = next
        .tokens
        .end
        .min(next.tokens.start + NEXT_SENTENCE_REACH)
        .min(next_person);
    first_pronoun_sex(doc, next.tokens.start..stop, true).unwrap_or(Gender::Unknown)
}

/// The sex of the first he/she/his/her … among tokens `toks` outside
/// quotations (a quoted pronoun is the speaker's word); with
/// `quote_ends`, a quotation ends the search with no answer
/// (`Some(Unknown)`), as a pronoun after it may be the quote's speaker.
fn first_pronoun_sex(
    doc: &Document,
    toks: std::ops::Range<usize>,
    quote_ends: bool,
) -> Option<Gender> {
    for k in toks {
        let t = doc.tokens[k];
        if !t.is_word() {
            continue;
        }
        // Only a pronoun is asked whether it is quoted, unless any quoted
        // word ends the search.
        if quote_ends && doc.in_quote(t.start()).is_some() {
            return Some(Gender::Unknown);
        }
        if let Some(g) = pronoun_sex(t.text(doc.text))
            && (quote_ends || doc.in_quote(t.start()).is_none())
        {
            return Some(g);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sex the pronouns give the first name of `text`.
    fn first_name_gender(text: &str) -> Gender {
        let doc = Document::analyze(text);
        pronoun_gender(&doc, 0)
    }

    #[test]
    fn pronouns_tell_the_sex_of_a_person_the_lists_do_not_know() {
        let cases = [
            (
                "Nedunchezhian Pandian, the lifeboat coxswain, was clearing mud from the lane outside his house.",
                Gender::Male,
            ),
            (
                "Szalai Boglárka, a volunteer firefighter, reached the scene on Saturday. She praised the crews.",
                Gender::Female,
            ),
            (
                "Suparjo kept the hall open until after midnight. Asked about the delays, he said it was fine.",
                Gender::Male,
            ),
            (
                "Tagak Aningmiuq drove in from the coast to see the damage for himself.",
                Gender::Male,
            ),
            // A pronoun introducing a quotation is what is to be resolved.
            (
                "Pintér Csenge arrived an hour later with a van. He said, 'This season has been kinder.'",
                Gender::Unknown,
            ),
            // Another person named before the pronoun: it may be theirs.
            (
                "Sukirman sat beside Marijke van Leeuwen, who said she was tired.",
                Gender::Unknown,
            ),
            // A pronoun inside a quotation is the speaker's word.
            (
                "Sukirman wrote on the wall: \"She is gone.\"",
                Gender::Unknown,
            ),
            // The next paragraph is no longer about the person.
            (
                "Suparjo kept the hall open until after midnight.\n\nShe said the hall was cold.",
                Gender::Unknown,
            ),
            // Two people in the sentence: the next one's pronoun may be either's.
            (
                "Suparjo met Rahayu Wijaya at the gate. She said the hall was cold.",
                Gender::Unknown,
            ),
        ];
        for (text, want) in cases {
            assert_eq!(first_name_gender(text), want, "{text}");
        }
    }
}
