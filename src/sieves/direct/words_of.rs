//! `words_of`: a quotation that is a paragraph of its own, followed by a
//! paragraph that opens by saying whose words they were ("Those were the
//! words of Bogdan Nowak, a welder …"), or a sentence of its own followed
//! by such a sentence ("That was how Captain Sione Tupou described it").
//! The person named right after the opening
//! (`data/words/words_of_openers.txt`) is the speaker.
//!
//! It runs before `continuation`: the explicit naming beats the speaker of
//! the quote before, who would otherwise go on.

use crate::document::Document;
use crate::mentions::{Form, Mention, SpeakerKind, mention_starting_at, name_starting_at};
use crate::model::{Attribution, Method};
use crate::sieves::{DirectSieve, Found, QuoteCtx};

/// How many tokens after the name its verb may come (past an age or a
/// short appositive).
const CUE_WINDOW: usize = 5;

/// This sieve.
pub(crate) const SIEVE: DirectSieve = DirectSieve {
    name: "words_of",
    run,
};

fn run(ctx: &QuoteCtx, _done: &[Attribution]) -> Option<Found> {
    let doc = ctx.doc;
    // The quotation is its paragraph: the next paragraph may say whose
    // words they were.
    let (m, end) = if ctx.fills_paragraph() {
        let next = doc.paras.get(ctx.q.last_paragraph + 1)?;
        let first = doc.token_at(next.start);
        let end = doc
            .sentences
            .get(doc.sentence_of_token(first))
            .map_or(first, |s| s.tokens.end);
        (words_of(doc, first, doc.token_at(next.end))?, end)
    } else {
        // A sentence of its own, and the next sentence of the paragraph
        // says it: "'We found the boat at dawn.' That was how Captain
        // Sione Tupou described the rescue."
        // Or the rest of the quote's own sentence does, when the splitter
        // kept them together ("'… lunches.' So said Matías Contreras Lillo").
        if !ctx.sentence_only
            && crate::grammar::only_punct(doc, ctx.sent1.tokens.start, ctx.open_tok)
            && ctx.s1 == ctx.s2
        {
            let end = ctx.sent2.tokens.end;
            (words_of(doc, ctx.close_tok, end)?, end)
        } else {
            let next = doc.sentences.get(ctx.s2 + 1)?;
            if !ctx.sentence_only || next.paragraph != ctx.sent2.paragraph {
                return None;
            }
            (
                words_of(doc, next.tokens.start, next.tokens.end)?,
                next.tokens.end,
            )
        }
    };
    // "That was how X, 58, described the rescue": the verb right after
    // the name is this row's cue, not one reporting "the rescue". One
    // further on ("…, on the day the owners announced …") is not.
    let cue = (m.toks.end..end.min(m.toks.end + CUE_WINDOW))
        .find_map(|k| doc.cues.at(k))
        .cloned();
    Some(ctx.direct(Method::Forward, Some(m), cue))
}

/// The person named right after an opening of tokens `from..to` that says
/// whose words the quotation before were.
fn words_of(doc: &Document, from: usize, to: usize) -> Option<Mention> {
    let first = (from..to).find(|&k| doc.tokens[k].is_word())?;
    words_came_from(doc, first, to).or_else(|| opened_by_list(doc, first, to))
}

/// How many words a "The words …" subject may have before its verb.
const SUBJECT_WORDS: usize = 8;

/// How many tokens after "belonged"/"came" the person may be named
/// ("came not from a safety campaigner but from the bridge's own chief
/// inspector, Marija Kovačević").
const LINK_REACH: usize = 16;

/// "The voice on the theatre's loudspeakers belonged to Mireille
/// Fontanet", "The advice came … from the chief inspector, Marija
/// Kovačević": a sentence opening with "the" and a word for what was said
/// (`data/words/utterance_nouns.txt`), whose verb leads to its source
/// (`data/words/source_links.txt`); the first person named after "to" or
/// "from".
fn words_came_from(doc: &Document, first: usize, to: usize) -> Option<Mention> {
    if !doc.word(first).eq_ignore_ascii_case("the") {
        return None;
    }
    let lower = |k: usize| doc.tokens[k].is_word() && doc.word(k).starts_with(char::is_lowercase);
    let noun = (first + 1..to.min(first + 4))
        .find(|&k| lower(k) && crate::words::utterance_nouns_lower(doc.word(k)))?;
    let link = (noun + 1..to.min(noun + SUBJECT_WORDS))
        .find(|&k| lower(k) && crate::words::source_links(doc.word(k)))?;
    let prep =
        (link + 1..to.min(link + LINK_REACH)).find(|&k| matches!(doc.word(k), "to" | "from"))?;
    let names = &doc.names[doc.names.partition_point(|n| n.toks.start <= prep)..];
    names
        .iter()
        .take_while(|n| n.toks.start < to.min(link + LINK_REACH))
        .find(|n| n.form == Form::Name && n.kind == SpeakerKind::Person && !n.possessive)
        .cloned()
}

/// The person named right after an opening from
/// `data/words/words_of_openers.txt` ("Those were the words of X").
fn opened_by_list(doc: &Document, first: usize, to: usize) -> Option<Mention> {
    crate::words::WORDS_OF_OPENERS.iter().find_map(|opener| {
        let mut k = first;
        for w in opener.split(' ') {
            if k >= to || !doc.tokens[k].is_word() || !doc.word(k).eq_ignore_ascii_case(w) {
                return None;
            }
            k += 1;
        }
        name_starting_at(&doc.names, &doc.tokens, k)
            .filter(|m| m.form == Form::Name && m.kind == SpeakerKind::Person)
            .cloned()
            // "So said a hospital spokeswoman on Saturday": a description.
            .or_else(|| {
                mention_starting_at(doc.text, &doc.tokens, &doc.names, k, to)
                    .filter(|m| m.form == Form::Description && m.kind != SpeakerKind::Place)
            })
    })
}
