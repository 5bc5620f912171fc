//! The person a passage is about: what a description nobody's role or age
//! explains refers back to ("Its chairwoman, Jean McVicar, 71, has used
//! the library since 1968. '…,' the retired nurse said.").
//!
//! News writing varies how it names the person it is writing about: after
//! a sentence whose subject is a named person, "the 19-year-old", "the
//! retired bus driver" or "the Wisconsin Republican" is that person, even
//! though the text never stated the age or the job. The rule is narrow on
//! purpose: only the nearest sentences count, and only when their subject
//! is that name. A sentence about something else (a description, an
//! organisation, "they") means the passage has moved on, and nobody is
//! named rather than the wrong person.

use crate::document::Document;
use crate::lexicon::lexicon;
use crate::mentions::{SpeakerKind, is_punct_at};

/// How many words from a sentence's start a speech verb makes a name
/// after it someone else's object ("Police said Smith was …", "Officials
/// at the ministry said …").
const SUBJECT_CUE_REACH: usize = 4;

/// How many sentences back [`topic`] looks.
const TOPIC_SENTENCES: usize = 6;

/// The index into `doc.names` of the person the text right before byte
/// `pos` is about: the named subject of the nearest sentence before
/// `pos`'s own, in its paragraph or the one before.
///
/// - A sentence opening with "he" or "she", or a quotation whose speaker
///   is no name ("'…,' she said"), goes on about the same person: it is
///   passed over.
/// - A quotation with a named speaker ("'…,' Mahant Shukla said") is
///   about that speaker.
/// - The subject name must open the sentence, or stand in apposition to a
///   short opening description ("Its chairwoman, Jean McVicar, 71, has
///   …"), or follow an opening adjunct with no speech verb before it
///   ("Among those affected is Gordon Pelling"): "The Ethiopian said he
///   had not seen Chebet" is not about Chebet.
///
/// `subject(i)` says whether name `i` is the subject of its sentence;
/// `person(i, quoted)` whether it is a person the description may mean
/// (the caller's test of kind, gender and age), `quoted` when the name is
/// the speaker of the quotation just before rather than the subject of a
/// sentence about them (a description after someone's quote is more often
/// the next speaker). Bounded: at most [`TOPIC_SENTENCES`] sentences and
/// the names in them.
pub(crate) fn topic(
    doc: &Document,
    pos: usize,
    subject: impl Fn(usize) -> bool,
    person: impl Fn(usize, bool) -> bool,
) -> Option<usize> {
    let here = doc.sentence_of_token(doc.token_at(pos));
    let floor = doc.sentences.get(here)?.paragraph.saturating_sub(1);
    let mut names_end = doc
        .names
        .partition_point(|n| n.start < doc.sentences[here].start);
    // A person named earlier in the description's own sentence may be the
    // one it means ("met Trump before the billionaire developer …") or
    // someone else ("asked Ruiz, and the nurse said"): nobody.
    let before = doc.names.partition_point(|n| n.start < pos);
    if doc.names[names_end..before]
        .iter()
        .any(|n| n.kind == SpeakerKind::Person && doc.in_quote(n.start).is_none())
    {
        return None;
    }
    for s in (here.saturating_sub(TOPIC_SENTENCES)..here).rev() {
        let sent = &doc.sentences[s];
        if sent.paragraph < floor {
            return None;
        }
        let names_begin = doc.names[..names_end].partition_point(|n| n.start < sent.start);
        let names = names_begin..names_end;
        names_end = names_begin;
        let Some(first_word) = sent.tokens.clone().find(|&k| doc.tokens[k].is_word()) else {
            continue;
        };
        // The first name outside any quotation: inside one, a name is
        // someone the speaker talks about.
        let named = names
            .clone()
            .find(|&i| doc.in_quote(doc.names[i].start).is_none());
        if let Some(q) = doc.in_quote(doc.tokens[first_word].start()) {
            // "'That would be you?' Borger asked. '…,' the senator said":
            // the answer is someone else's.
            let question = doc.text[..doc.quotes[q].content_end].ends_with('?');
            match named {
                _ if question => return None,
                Some(i) if subject(i) => return person(i, true).then_some(i),
                Some(_) => return None,
                None => continue,
            }
        }
        if let Some(i) = named.filter(|&i| subject(i)) {
            let m = &doc.names[i];
            let opens = m.toks.start == first_word;
            let w = doc.word(first_word);
            let lx = lexicon();
            let fits = opens
                || if crate::words::determiners_lower(w) {
                    // "Its chairwoman, Jean McVicar, 71,": in apposition.
                    is_punct_at(&doc.tokens, m.toks.start.wrapping_sub(1), ',')
                } else {
                    // "Among those affected is Gordon Pelling", not
                    // "Police said Smith was …" nor "When Clinton had
                    // trouble …, Trump boasted".
                    // Only a cue among the sentence's first words has a
                    // subject of its own there: "Then, three minutes into
                    // added time, Adebayo-Price rose" is about him.
                    !crate::words::personal_subject_pronouns_lower(w)
                        && !crate::words::subordinators_lower(w)
                        && (first_word..m.toks.start)
                            .filter(|&k| doc.tokens[k].is_word())
                            .take(SUBJECT_CUE_REACH)
                            .all(|k| lx.word_info(doc.tokens[k].word_id()).cue.form.is_none())
                };
            if fits {
                return person(i, false).then_some(i);
            }
        }
        let w = doc.word(first_word);
        if !(w.eq_ignore_ascii_case("he") || w.eq_ignore_ascii_case("she")) {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The name `topic` finds before the last "the" of the text, with
    /// every first name of a sentence a subject and every person name a
    /// person.
    fn topic_before_last_the(text: &str) -> Option<String> {
        let doc = Document::analyze(text);
        let pos = text.rfind("the ").expect("a 'the' to look before");
        let first_in_sentence = |i: usize| {
            let s = doc.sentence_of_token(doc.names[i].toks.start);
            i == 0 || doc.sentence_of_token(doc.names[i - 1].toks.start) != s
        };
        topic(&doc, pos, first_in_sentence, |i, _| {
            doc.names[i].kind == SpeakerKind::Person
        })
        .map(|i| doc.text[doc.names[i].core.clone()].to_string())
    }

    #[test]
    fn the_named_subject_of_the_nearest_sentence() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "Its chairwoman, Jean McVicar, 71, has used the library since 1968. \"I learned to read there,\" the retired nurse said.",
                Some("Jean McVicar"),
            ),
            (
                "Among those affected is Gordon Pelling, 74.\n\n\"I have been in pain,\" the retired bus driver said.",
                Some("Gordon Pelling"),
            ),
            (
                "Tomasz Nowak finished third. He was two minutes behind. \"My knees are old,\" the 44-year-old said.",
                Some("Tomasz Nowak"),
            ),
            (
                "\"We did it,\" Amina Yusuf said. \"It was hard,\" the striker added.",
                Some("Amina Yusuf"),
            ),
            (
                "Then, three minutes into added time, Joel Adebayo-Price rose above two defenders. \"I closed my eyes,\" the striker said.",
                Some("Joel Adebayo-Price"),
            ),
            // The subject is a description: the passage is not about the
            // name later in the sentence.
            (
                "The Ethiopian said he had not seen Kebede Alemu. \"I thought he had stopped,\" the debutant said.",
                None,
            ),
            // A speech verb before the name: its subject is someone else.
            (
                "Police said Ruth Okafor had been arrested. \"It is a mistake,\" the nurse said.",
                None,
            ),
            // Too far back: two paragraphs before.
            (
                "Ana Ruiz spoke first.\n\nThe weather was poor.\n\n\"Go home,\" the teacher said.",
                None,
            ),
            (
                "Ana Ruiz spoke first. The council then voted. \"Go home,\" the teacher said.",
                None,
            ),
            // The nearest quotation is a question: the description answers it.
            (
                "Sanders spoke. \"That would be you?\" Gloria Borger asked. \"That would be me,\" the senator said.",
                None,
            ),
            // Someone named in the description's own sentence.
            (
                "Ana Ruiz spoke. The meeting with Ivan Petrov came before the developer said it was over.",
                None,
            ),
            // An opening clause names someone else than the subject.
            (
                "When Ana Ruiz left, Ivan Petrov stayed. \"Go home,\" the teacher said.",
                None,
            ),
            // A name inside a quotation is someone the speaker talks about.
            (
                "\"Ask Ivan Petrov,\" he said. \"Nobody listens,\" the farmer said.",
                None,
            ),
        ];
        for (text, want) in cases {
            assert_eq!(topic_before_last_the(text).as_deref(), *want, "{text}");
        }
    }
}
