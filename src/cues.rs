//! Stage 3: speech cues — verbs from `data/cues.tsv` in every inflection and
//! the multiword cues of `data/cue_phrases.tsv` ("according to").

use std::ops::Range;

use crate::lexicon::{CueClass, CueWord, NO_WORD, lexicon};
use crate::segment::{TokKind, Token};
use crate::text::is_capitalized;

/// One speech cue: a verb in any inflection, or a multiword cue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    /// Its tokens.
    pub toks: Range<usize>,
    /// Byte span of the cue as written.
    pub start: usize,
    /// End of the cue (exclusive).
    pub end: usize,
    /// The verb's lemma ("say" for "said"); for a phrase, its first word.
    pub lemma: &'static str,
    /// Speech, writing, evidence, belief or thought.
    pub class: CueClass,
    /// An `-ing` form ("saying", "adding").
    pub participle: bool,
    /// A multiword cue from the phrase list.
    pub phrase: bool,
    /// How the verb takes its content: bits of [`crate::words::frame`],
    /// from `data/cues.tsv`.
    pub(crate) frames: u32,
}

impl Cue {
    /// Does the cue's verb have frame `f` (a [`crate::words::frame`] bit)?
    pub(crate) fn has(&self, f: u32) -> bool {
        self.frames & f != 0
    }
}

/// Cues of a document, in text order.
pub struct Cues {
    /// The cues, in text order (by first token; they never overlap).
    pub list: Vec<Cue>,
}

impl Cues {
    /// The cue starting at token `i`, if any: a binary search over the
    /// cues. The sieves ask only about tokens near a quote or a cue, so a
    /// table from every token to its cue (4 bytes per token, most of a
    /// document's analysis memory after the tokens) would not pay.
    pub fn at(&self, i: usize) -> Option<&Cue> {
        let k = self.list.partition_point(|c| c.toks.start < i);
        self.list.get(k).filter(|c| c.toks.start == i)
    }
}

/// A capitalised present-tense speech verb as headlines write it ("Says",
/// "Warns"): never part of a name. `form` is the word's cue form, read
/// from its token.
pub(crate) fn is_headline_form(w: &str, form: Option<crate::lexicon::CueForm>) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && w.starts_with(|c: char| c.is_uppercase())
        && w.chars().skip(1).all(|c| c.is_lowercase())
        && form.is_some_and(|c| c.class.is_act())
}

/// The longest cue phrase that `tokens` start with (the last of equally
/// long ones), among those `entry` (the first token's) may start.
fn longest_phrase(
    text: &str,
    tokens: &[Token],
    entry: CueWord,
) -> Option<&'static (Vec<&'static str>, CueClass)> {
    let phrases = &lexicon().cue_phrases;
    let matches = |(p, _): &(Vec<&str>, CueClass)| {
        p.len() <= tokens.len()
            && p.iter()
                .zip(tokens)
                .all(|(pw, tk)| tk.is_word() && tk.text(text).eq_ignore_ascii_case(pw))
    };
    // Only the phrases the word may start ([`CueWord::may_start`]): the set
    // bits of its mask, in order, bit 63 standing for every phrase from the
    // 63rd on. The last of the longest wins.
    let mut best: Option<&'static (Vec<&'static str>, CueClass)> = None;
    let mut bits = entry.phrases;
    while bits != 0 {
        let k = bits.trailing_zeros() as usize;
        bits &= bits - 1;
        let candidates = if k == 63 {
            phrases.get(63..).unwrap_or_default()
        } else {
            phrases.get(k..=k).unwrap_or_default()
        };
        for p in candidates.iter().filter(|p| matches(p)) {
            if best.is_none_or(|b| p.0.len() >= b.0.len()) {
                best = Some(p);
            }
        }
    }
    best
}

/// Find cues. Only lowercase verb forms count ("State" and "Note" at the
/// start of a sentence are far more often nouns than cues).
pub fn find_cues(text: &str, tokens: &[Token]) -> Cues {
    let lx = lexicon();
    let cue_words: Vec<u32> = (0..tokens.len())
        .filter(|&i| is_cue_word(lx, &tokens[i]))
        .filter_map(|i| u32::try_from(i).ok())
        .collect();
    find_cues_at(text, tokens, &cue_words)
}

/// Is `t` a cue word: a cue form or the first word of a cue phrase, by its
/// lexicon entry? The statement of [`crate::segment::Tokenized::cue_words`].
pub(crate) fn is_cue_word(lx: &crate::lexicon::Lexicon, t: &Token) -> bool {
    let id = t.word_id();
    let entry = &lx.word_info(id).cue;
    t.is_word() && id != NO_WORD && (entry.form.is_some() || entry.phrase_start)
}

/// [`find_cues`], given the cue words of `tokens` (in order): only those
/// are visited, about one token in thirty.
pub(crate) fn find_cues_at(text: &str, tokens: &[Token], cue_words: &[u32]) -> Cues {
    let lx = lexicon();
    // About one cue per thirty tokens in news: sized once, not grown; the
    // slack is given back at the end.
    let mut list = Vec::with_capacity(cue_words.len());
    // The first token still to look at: the words of a phrase are passed
    // over.
    let mut i = 0;
    for &w in cue_words {
        let w = w as usize;
        if w < i {
            continue;
        }
        i = w;
        let Some(&t) = tokens.get(i) else {
            break;
        };
        // The tokenizer found the word's lexicon entry: no lookup here.
        let entry = &lx.word_info(t.word_id()).cue;
        let w = t.text(text);
        // Multiword phrases first (longest wins), only for words that start one.
        // Only the phrases this word may start are tried; most words start none.
        let phrase = if entry.phrase_start {
            longest_phrase(text, &tokens[i..], *entry)
        } else {
            None
        };
        if let Some((p, class)) = phrase {
            let end = tokens[i + p.len() - 1].end();
            list.push(Cue {
                toks: i..i + p.len(),
                start: t.start(),
                end,
                lemma: p[0],
                class: *class,
                participle: false,
                // Prepositional cues take the source after them; verbal
                // phrases ("made clear", "shot back") behave like verbs.
                phrase: crate::words::source_cue_words(p[0]),
                frames: crate::words::verb_frames(p[0]),
            });
            i += p.len();
            continue;
        }
        // After a determiner or a possessive the word is a noun: "a fundraising
        // call", "Clinton's email", "the attacks".
        let noun_position = || {
            i > 0 && {
                let p = tokens[i - 1];
                let pw = p.text(text);
                p.is_word()
                    && (crate::words::noun_determiners_ascii_lower(pw)
                        || pw.ends_with("'s")
                        || pw.ends_with("’s"))
            }
        };
        // Title-case headlines: "Trump's Son Says The Battle …".
        let lowercase = w.starts_with(|c: char| c.is_lowercase());
        let headline = || {
            is_headline_form(w, entry.form)
                && i > 0
                && tokens[i - 1].is_word()
                && is_capitalized(tokens[i - 1].text(text))
        };
        // "urged caution", "voiced concern": a base form right after
        // another cue verb in the past is that verb's object, a noun
        // ("reports show" is a subject and its verb).
        let object_position = |form: crate::lexicon::CueForm| {
            w == form.lemma
                && i > 0
                && tokens[i - 1].is_word()
                && tokens[i - 1].text(text).ends_with("ed")
                && lx
                    .word_info(tokens[i - 1].word_id())
                    .cue
                    .form
                    .is_some_and(|f| f.lemma != form.lemma && !f.participle)
        };
        // The cheap lexicon answer first: most words are no cue at all.
        if let Some(form) = entry.form
            && (lowercase || headline() || inverted_opener(text, tokens, i, form))
            && !noun_position()
            && !object_position(form)
        {
            list.push(Cue {
                toks: i..i + 1,
                start: t.start(),
                end: t.end(),
                lemma: form.lemma,
                class: form.class,
                participle: form.participle,
                phrase: false,
                frames: crate::words::verb_frames(form.lemma),
            });
        }
        i += 1;
    }
    list.shrink_to_fit();
    Cues { list }
}

/// Does the capitalised cue form at token `i` open an inverted
/// attribution before a quotation, "Said Comey, “…”", "Added the senator:
/// “…”", "Adding, “…”"? It opens its sentence, and a few words of subject
/// (none after a participle) and a comma or colon bring the opening mark. Elsewhere a
/// capitalised form is a name or a noun ("Said Hamdan", "State media").
fn inverted_opener(text: &str, tokens: &[Token], i: usize, form: crate::lexicon::CueForm) -> bool {
    let opens_sentence = i == 0
        || matches!(
            tokens[i - 1].kind(),
            TokKind::Punct('.' | '!' | '?' | '”' | '"' | '’')
        )
        || text
            .get(tokens[i - 1].end()..tokens[i].start())
            .is_some_and(|gap| gap.contains('\n'));
    if !opens_sentence {
        return false;
    }
    // One to six words of subject, then ", “" or ": “"; a participle
    // ("Adding, “…”") has no subject of its own.
    let mut k = i + 1;
    while k < tokens.len() && k - i <= 6 && tokens[k].is_word() {
        k += 1;
    }
    (k > i + 1) != form.participle
        && tokens
            .get(k)
            .is_some_and(|t| matches!(t.kind(), TokKind::Punct(',' | ':')))
        && tokens
            .get(k + 1)
            .is_some_and(|t| matches!(t.kind(), TokKind::Punct('“' | '"' | '‘' | '«')))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::tokenize;

    /// The walk over the mask's bits finds what trying every phrase the
    /// word may start finds, for every phrase of the lexicon said alone,
    /// in capitals and followed by more words.
    #[test]
    fn longest_phrase_matches_trying_every_phrase() {
        let lx = lexicon();
        for (p, _) in &lx.cue_phrases {
            let joined = p.join(" ");
            for text in [
                joined.clone(),
                joined.to_uppercase(),
                format!("{joined} to the press"),
                format!("{joined} about it"),
                p[0].to_string(),
            ] {
                let toks = tokenize(&text);
                let entry = lx.cue_word(toks[0].text(&text));
                let want = lx
                    .cue_phrases
                    .iter()
                    .enumerate()
                    .filter(|&(k, _)| entry.may_start(k))
                    .map(|(_, p)| p)
                    .filter(|(p, _)| {
                        p.len() <= toks.len()
                            && p.iter().zip(&toks).all(|(pw, tk)| {
                                tk.is_word() && tk.text(&text).eq_ignore_ascii_case(pw)
                            })
                    })
                    .max_by_key(|(p, _)| p.len());
                assert_eq!(longest_phrase(&text, &toks, entry), want, "{text:?}");
            }
        }
    }

    #[test]
    fn verbs_and_phrases() {
        let text = "She said, according to him, adding that State Note";
        let toks = tokenize(text);
        let cues = find_cues(text, &toks);
        let found: Vec<&str> = cues.list.iter().map(|c| &text[c.start..c.end]).collect();
        assert_eq!(found, vec!["said", "according to", "adding"]);
        // A base form right after another cue verb is its object.
        let text = "He urged caution and said so.";
        let toks = tokenize(text);
        let found: Vec<&str> = find_cues(text, &toks)
            .list
            .iter()
            .map(|c| &text[c.start..c.end])
            .collect();
        assert_eq!(found, vec!["urged", "said"]);
        assert!(cues.list[2].participle);
        assert!(cues.at(1).is_some());
        assert!(cues.at(0).is_none());
    }

    #[test]
    fn cue_at_a_token_is_the_cue_starting_there() {
        // Cues::at searches the list: it must answer as a table from every
        // token to the cue starting at it would (phrases span several).
        for text in [
            "She said, according to him, adding that State Note",
            "According to police, he told reporters he had warned them.",
            "\"No,\" said Ana. \"Yes,\" Ben replied, as quoted by the Ledger.",
            "",
        ] {
            let toks = tokenize(text);
            let cues = find_cues(text, &toks);
            for i in 0..toks.len() + 2 {
                let want = cues.list.iter().find(|c| c.toks.start == i);
                assert_eq!(cues.at(i), want, "{text:?} token {i}");
            }
        }
    }
}
