//! `question`: the question put to a source (`Asked whether he would run,
//! Smith said …`, `…, she said when asked about the budget.`) is an
//! attribution of its own, whose speaker is the asker when named.

use crate::document::Document;
use crate::grammar::word_count;
use crate::lexicon::CueClass;
use crate::mentions::mention_starting_at;
use crate::model::{Attribution, Cue, Kind, Method};
use crate::segment::TokKind;
use crate::sieves::DocumentSieve;
use crate::sieves::rows::Reported;

/// This sieve.
pub(crate) const SIEVE: DocumentSieve = DocumentSieve {
    name: "question",
    run: asked_questions,
};

/// `Asked whether he would run, Smith said …`, `…, she said when asked about
/// the budget.`: the question put to a source is an attribution of its own
/// (PolNeAR annotates it), whose speaker is the asker: named after "by",
/// else left empty rather than guessed.
fn asked_questions(doc: &Document, rows: &mut Reported, sieve: &'static str) {
    for (si, k) in first_asked(doc) {
        let sent = &doc.sentences[si];
        let (s0, s1) = (sent.tokens.start, sent.tokens.end);
        let mut j = k + 1;
        let mut speaker = None;
        if doc.word(j) == "by" {
            let m = mention_starting_at(doc.text, &doc.tokens, &doc.names, j + 1, s1);
            j = m.as_ref().map_or(j, |m| m.toks.end);
            speaker = m;
        }
        // "Asked on Fox News who …", "asked specifically whether …".
        let Some(open) = (j..(j + 6).min(s1))
            .take_while(|&i| doc.tokens[i].is_word())
            .find(|&i| crate::words::question_openers(doc.word(i)))
        else {
            continue;
        };
        let from = if doc.word(open) == "about" {
            open + 1
        } else {
            open
        };
        // The question ends at the comma or terminator that closes it.
        let Some(stop) = (from..s1).find(|&i| {
            matches!(
                doc.tokens[i].kind(),
                TokKind::Punct(',' | '.' | '?' | '!' | ';' | '—')
            ) && doc.in_quote(doc.tokens[i].start()).is_none()
        }) else {
            continue;
        };
        if k == s0 && doc.tokens[stop].kind() != TokKind::Punct(',') {
            continue;
        }
        if word_count(doc, from, stop, 2) < 2 {
            continue;
        }
        let (start, end) = (doc.tokens[from].start(), doc.tokens[stop - 1].end());
        let t = doc.tokens[k];
        let row = Attribution {
            kind: Kind::Indirect,
            start,
            end,
            speaker,
            cue: Some(Cue {
                toks: k..k + 1,
                start: t.start(),
                end: t.end(),
                lemma: "ask",
                class: CueClass::Speech,
                participle: false,
                phrase: false,
                frames: crate::words::verb_frames("ask"),
            }),
            method: Method::Question,
            sieve,
            paragraph: sent.paragraph,
            sentence: si,
        };
        rows.push_new(doc, row);
    }
}

/// The first token of each sentence that is "asked" (any ASCII case) and
/// opens the sentence or follows "when", with the sentence's index, in
/// document order. Found by looking for the letter k in the text rather
/// than at every token: most documents have no "asked" at all.
fn first_asked(doc: &Document) -> Vec<(usize, usize)> {
    let bytes = doc.text.as_bytes();
    let mut found: Vec<(usize, usize)> = Vec::new();
    for at in memchr::memchr2_iter(b'k', b'K', bytes) {
        // "as[k]ed": the word starts two bytes before the k.
        let Some(start) = at.checked_sub(2) else {
            continue;
        };
        if !bytes
            .get(start..start + 5)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"asked"))
        {
            continue;
        }
        let k = doc.token_at(start);
        let Some(t) = doc
            .tokens
            .get(k)
            .filter(|t| t.start() == start && t.end() == start + 5)
        else {
            continue;
        };
        if !t.is_word() {
            continue;
        }
        let si = doc.sentence_of_token(k);
        let Some(sent) = doc.sentences.get(si).filter(|s| s.tokens.contains(&k)) else {
            continue;
        };
        if found.last().is_some_and(|&(last, _)| last == si) {
            // Only the first in a sentence counts.
            continue;
        }
        if k == sent.tokens.start || doc.word(k - 1).eq_ignore_ascii_case("when") {
            found.push((si, k));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `first_asked` finds what looking at every token of every sentence
    /// finds: the first "asked" (any case) opening its sentence or after
    /// "when".
    #[test]
    fn first_asked_matches_a_scan_of_every_token() {
        for text in [
            "Asked whether he would run, Smith said no. She said when asked about it.",
            "ASKED about it, he left. They asked. When ASKED, she smiled. When asked, again.",
            "Unasked questions. He asked, when asked twice. \"Asked?\" she said.",
            "Nothing here. Kids like kites.",
            "askedasked asked. ask ed. asked",
            "",
        ] {
            let doc = Document::analyze(text);
            let scan: Vec<(usize, usize)> = doc
                .sentences
                .iter()
                .enumerate()
                .filter_map(|(si, s)| {
                    (s.tokens.start..s.tokens.end)
                        .find(|&k| {
                            doc.word(k).eq_ignore_ascii_case("asked")
                                && (k == s.tokens.start
                                    || doc.word(k - 1).eq_ignore_ascii_case("when"))
                        })
                        .map(|k| (si, k))
                })
                .collect();
            assert_eq!(first_asked(&doc), scan, "{text:?}");
        }
    }
}
