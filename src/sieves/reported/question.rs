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
    for (si, sent) in doc.sentences.iter().enumerate() {
        let (s0, s1) = (sent.tokens.start, sent.tokens.end);
        // The length first: this looks at every token of the document.
        let Some(k) = (s0..s1).find(|&k| {
            doc.tokens[k].end() - doc.tokens[k].start() == "asked".len()
                && doc.word(k).eq_ignore_ascii_case("asked")
                && (k == s0 || doc.word(k - 1).eq_ignore_ascii_case("when"))
        }) else {
            continue;
        };
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
