//! "'Who decided the ferry wasn't worth saving?' Hwang asked. She replied,
//! '…'": a pronoun that answers (data/words/answer_verbs.txt) right after
//! a question is someone other than the one who asked it.

use super::Resolver;
use crate::document::Document;
use crate::mentions::{Mention, SpeakerKind};

/// How far back (bytes) the question may end before the answering
/// pronoun.
const QUESTION_REACH: usize = 400;

impl Resolver<'_> {
    /// The entity who asked the question pronoun `m` answers ("she
    /// replied"): the question is one of the two last quotations before
    /// `m`, ending in "?" within [`QUESTION_REACH`] bytes, in `m`'s paragraph or the
    /// one before; the asker the person named between its close and `m`,
    /// else the last person named before it in its sentence, with "asked"
    /// right after or before the name. `None` when
    /// `m` answers nothing or nobody is named.
    pub(super) fn question_asker(&self, doc: &Document, m: &Mention) -> Option<usize> {
        let next = doc.tokens.get(m.toks.end)?;
        if !next.is_word() || !crate::words::answer_verbs_lower(next.text(doc.text)) {
            return None;
        }
        // The question, or the answer's own quotation and the question
        // before it ("'…?' X asked. '…,' she replied").
        let last = doc.quotes.partition_point(|q| q.content_end <= m.start);
        let q = doc.quotes[last.saturating_sub(2)..last]
            .iter()
            .rev()
            .take_while(|q| q.content_end + QUESTION_REACH >= m.start)
            .find(|q| {
                doc.text[q.content_start..q.content_end]
                    .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '?')
                    .ends_with('?')
            })?;
        let para = |pos: usize| doc.paragraph_of_token(doc.token_at(pos));
        if para(q.content_start) + 1 < para(m.start) {
            return None;
        }
        // The one who asked: "Hwang asked", "asked Hwang" ("Blumenthal
        // was asked" is the one who answers).
        let asks = |k: usize| {
            doc.tokens.get(k).is_some_and(|t| t.is_word())
                && crate::words::asking_verbs_lower(doc.word(k))
        };
        let person = |n: &&Mention| {
            n.kind == SpeakerKind::Person
                && !n.possessive
                && doc.in_quote(n.start).is_none()
                && (asks(n.toks.end) || n.toks.start.checked_sub(1).is_some_and(asks))
        };
        let from = doc.names.partition_point(|n| n.start < q.content_end);
        let to = doc.names.partition_point(|n| n.start < m.start);
        let after = doc.names[from..to].iter().find(person);
        let before = || {
            let s0 = doc.sentences[doc.sentence_of_token(doc.token_at(q.content_start))]
                .tokens
                .start;
            let lo = doc.names.partition_point(|n| n.toks.start < s0);
            let hi = doc.names.partition_point(|n| n.start < q.content_start);
            doc.names[lo..hi].iter().rev().find(person)
        };
        let n = after.or_else(before)?;
        let i = doc.names.partition_point(|x| x.start < n.start);
        self.of_name.get(i).copied()
    }
}

#[cfg(test)]
mod tests {
    use crate::resolve::tests::check_last;

    #[test]
    fn an_answer_is_not_the_askers() {
        let cases = [
            (
                "Storm hits.\n\nHwang Jae-sung, a firefighter, drove in on Monday. Lương Thu Trang, the harbourmaster, sat in the front row.\n\n‘Who decided the ferry wasn’t worth saving?’ Hwang asked.\n\nShe replied, ‘The money is set aside.’",
                "Lương Thu Trang",
            ),
            (
                "Storm hits.\n\nMr Tom Hale met Mr Ben Ode at the gate.\n\n“Why was the firebreak left?” Hale asked. “It was not,” he answered.",
                "Ben Ode",
            ),
        ];
        check_last(&cases, false);
    }
}
