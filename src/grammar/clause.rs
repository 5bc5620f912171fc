//! Where a reported clause starts and ends: after its cue (and "that",
//! an addressee or an adjunct), up to a participle, "according to", a
//! semicolon or a new attribution; and whether words read as a clause.

use crate::document::Document;
use crate::grammar::word_count;
use crate::mentions::{Form, mention_starting_at};
use crate::model::Cue;
use crate::segment::TokKind;
use crate::words;
use crate::words::{frame, takes_prep};

/// End (byte) of the clause that starts at token `from`, within a sentence
/// ending at token `sent_end` (exclusive): the sentence end, or before a
/// participial clause (", adding that", ", highlighting …"), ", according
/// to", a semicolon, or a new attribution.
pub(crate) fn clause_end(doc: &Document, from: usize, sent_end: usize) -> usize {
    let mut last_word_end = doc.tokens.get(from).map_or(0, |t| t.start());
    // "if Iran were a stock, he would advise buying it": a clause opening
    // with a subordinator runs on past the comma that closes it.
    let mut subordinate = words::subordinators(doc.word(from));
    let mut i = from;
    while i < sent_end {
        let t = doc.tokens[i];
        match t.kind() {
            TokKind::Punct(';') => break,
            TokKind::Punct(',') if subordinate && doc.in_quote(t.start()).is_none() => {
                subordinate = false;
            }
            TokKind::Punct(',' | '—' | '–' | '-') => {
                let next = doc.word(i + 1);
                let participle = next.ends_with("ing")
                    && next.chars().next().is_some_and(char::is_lowercase)
                    && !words::not_clause_participles(next);
                let according = next.eq_ignore_ascii_case("according");
                // ", compared with 40 percent", ", up from 32 percent".
                let comparison = words::comparison_words(next);
                let contrast = words::contrast_words(next);
                // ", and he …", ", and the company …": a new clause joined on.
                let joined = next == "and" && {
                    let w = doc.word(i + 2);
                    opens_subject(w) || w == "an"
                };
                // ", others say …": a new attribution takes over.
                // ", said X": an inverted attribution.
                let new_cue = (i + 1..(i + 6).min(sent_end)).any(|k| {
                    doc.cues.at(k).is_some_and(|c| !c.participle && !c.phrase)
                        && doc.in_quote(doc.tokens[k].start()).is_none()
                });
                if (participle || according || comparison || new_cue || contrast || joined)
                    && doc.in_quote(t.start()).is_none()
                {
                    break;
                }
            }
            // "… he was in therapy and vowed to change": the second verb is
            // an attribution of its own. Not a thought verb ("was tired and
            // wanted a change"): the annotation keeps those in the clause.
            TokKind::Word
                if words::coordinators(t.text(doc.text))
                    && i > from
                    && doc.in_quote(t.start()).is_none()
                    && (i + 1..(i + 3).min(sent_end)).any(|k| {
                        doc.cues
                            .at(k)
                            .is_some_and(|c| !c.participle && !c.phrase && c.class.is_act())
                    }) =>
            {
                break;
            }
            _ => {}
        }
        if t.is_word() || doc.in_quote(t.start()).is_some() || is_closing_mark(doc, i) {
            last_word_end = t.end();
        }
        i += 1;
    }
    last_word_end
}

pub(crate) fn is_closing_mark(doc: &Document, i: usize) -> bool {
    // Quotes do not overlap, so their ends are sorted: binary search.
    let t = doc.tokens[i];
    let k = doc.quotes.partition_point(|q| q.outer_end < t.end());
    doc.quotes
        .get(k)
        .is_some_and(|q| q.outer_end == t.end() && q.closed)
}

/// `“… the identity.” Cruz says he isn't familiar with it.`: a quote that
/// closes its own sentence, followed by subject, cue and a reported clause
/// (token `after` is the first past subject and cue: "that", a subject
/// pronoun or a determiner). The cue attributes the quote and also reports
/// the clause after it.
pub(crate) fn opens_next_sentence(
    doc: &Document,
    q: &crate::quotes::QuoteSpan,
    after: usize,
) -> bool {
    let inner = doc.text[q.content_start..q.content_end].trim_end();
    if !inner.ends_with(['.', '!', '?']) {
        return false;
    }
    doc.tokens.get(after).is_some_and(|t| {
        let w = t.text(doc.text);
        t.is_word() && (opens_subject(w) || words::clause_links(w))
    })
}

/// A word that opens a subject: a subject pronoun or a determiner
/// (", and he …", "… .” Cruz said the …"), so a new clause starts there.
pub(crate) fn opens_subject(w: &str) -> bool {
    words::subject_openers(w)
}

/// Does `w` open an adjunct after a cue: a word of [`ADJUNCT_OPENERS`] or a
/// day or month ("said Tuesday that", "said March 3 that")?
pub(crate) fn adjunct_opener(w: &str) -> bool {
    crate::text::is_day_or_month(w) || words::adjunct_openers_lower(w)
}

pub(crate) const MIN_CONTENT_WORDS: usize = 3;

/// Where the content starts after a cue ending at token `after`: skips an
/// addressee, adjuncts before a "that", and the "that" itself.
pub(crate) fn content_start(doc: &Document, cue: &Cue, after: usize, s1: usize) -> Option<usize> {
    let mut i = after;
    // "cautioned, as did the campaign itself, that …", "continues to
    // insist, most recently in an interview, that …": a comma-enclosed
    // aside between the cue and its "that".
    if i < s1 && matches!(doc.tokens[i].kind(), TokKind::Punct(',' | '—')) {
        let that = (i + 1..(i + 16).min(s1)).find(|&k| {
            doc.word(k) == "that" && matches!(doc.tokens[k - 1].kind(), TokKind::Punct(',' | '—'))
        })?;
        return (that + 1 < s1).then_some(that + 1);
    }
    let addressee_start = i;
    if cue.has(frame::ADDRESSEE) {
        // "told reporters", "told him", "told CNN", "told The New York Times"
        // "warned they would lose", "warned it could": a subject pronoun
        // before a verb opens the clause; it is no addressee.
        let subject_pronoun = crate::text::lowered(doc.word(i), words::subject_pronouns_lower)
            && is_finite_aux_or_verb(doc.word(i + 1));
        if subject_pronoun {
            // The clause starts right here.
        } else if let Some(m) = mention_starting_at(doc.text, &doc.tokens, &doc.names, i, s1) {
            // "told reporters on Monday he would …": an addressee
            // description ends at its role noun, not at its complement.
            i = match &m.role {
                Some(role) if m.form == Form::Description => m
                    .toks
                    .clone()
                    .find(|&k| doc.word(k).eq_ignore_ascii_case(role))
                    .map_or(m.toks.end, |k| k + 1),
                _ => m.toks.end,
            };
        } else if i < s1
            && doc.tokens[i].is_word()
            && (words::object_pronouns_lower(doc.word(i))
                || doc.word(i).eq_ignore_ascii_case("reporters"))
        {
            i += 1;
        } else if cue.has(frame::ADJUNCT_THAT) {
            // "told a news conference that": skip to a near "that".
        }
    }
    // "called for a ban": the complement follows "for".
    if cue.has(frame::CALL_FOR) && i < s1 && doc.word(i) == "for" {
        return (i + 1 < s1).then_some(i + 1);
    }
    // "urged Republicans to join the effort": what was urged is the
    // addressee and the infinitive together.
    if cue.has(frame::ADDRESSEE_INFINITIVE)
        && i > addressee_start
        && doc.word(i) == "to"
        && doc
            .word(i + 1)
            .starts_with(|c: char| c.is_ascii_lowercase())
    {
        return Some(addressee_start);
    }
    // "vowed to repeal it": the infinitive, "to" included, is the content.
    if infinitive_content(doc, cue, i) {
        return Some(i);
    }
    // "said this was …": "this" is the clause's subject, not "this week".
    // "suggest this incompatibility has …": a determiner, not "this week".
    let this_subject = doc.word(i).eq_ignore_ascii_case("this")
        && (is_finite_aux(doc.word(i + 1))
            || time_adjunct_end(doc, i, s1).is_none() && looks_like_clause(doc, i, s1));
    // Adjuncts before a "that": "said in a statement that", "said Monday that".
    if i < s1 && !this_subject && (adjunct_opener(doc.word(i)) || cue.has(frame::ADJUNCT_THAT)) {
        let limit = (i + 12).min(s1);
        let span = || {
            (i..limit).take_while(|&k| {
                doc.tokens[k].is_word() || doc.tokens[k].kind() == TokKind::Punct(',')
            })
        };
        if let Some(t) = span().find(|&k| doc.word(k).eq_ignore_ascii_case("that")) {
            i = t;
        } else if let Some(t) = span().skip(1).find(|&k| {
            words::personal_subject_pronouns(doc.word(k)) && is_finite_aux_or_verb(doc.word(k + 1))
        }) {
            // "said on Tuesday he would run": the clause opens at its subject.
            i = t;
        } else if let Some(t) = time_adjunct_end(doc, i, limit)
            .filter(|&t| opens_noun_subject(doc.word(t)) && looks_like_clause(doc, t, s1))
        {
            // "said Tuesday his actions were lawful".
            i = t;
        } else if adjunct_opener(doc.word(i)) {
            return None;
        }
    }
    if i < s1 && doc.word(i).eq_ignore_ascii_case("that") {
        // "said that …"; "said that, in retrospect, …" starts after the comma.
        i += 1;
        if doc
            .tokens
            .get(i)
            .is_some_and(|t| t.kind() == TokKind::Punct(','))
        {
            i += 1;
        }
    }
    (i < s1).then_some(i)
}

/// Where the object of a cue's preposition starts, for the verbs that report
/// through one: "talked (openly) about X", "spoke of X", "called on X to
/// resign", "responded to X".
pub(crate) fn prepositional_object(
    doc: &Document,
    cue: &Cue,
    after: usize,
    s1: usize,
) -> Option<usize> {
    let mut k = after;
    // "talked openly about", "spoke highly of", "talked more about".
    while k < s1 && k < after + 2 && (doc.word(k).ends_with("ly") || doc.word(k) == "more") {
        k += 1;
    }
    let prep = doc.word(k);
    let takes = takes_prep(cue.lemma, prep);
    (takes && k + 1 < s1 && doc.tokens[k + 1].is_word()).then_some(k + 1)
}

/// Where the noun-phrase object of a cue starting at token `from` ends
/// (before token `to` at the latest): before a time or occasion adjunct
/// ("last week", "on Thursday", "at a news conference") or a coordinated
/// verb ("and campaigned with him").
pub(crate) fn object_end(doc: &Document, from: usize, to: usize) -> usize {
    let stop = (from + 1..to).find(|&k| {
        let w = doc.word(k);
        if doc.in_quote(doc.tokens[k].start()).is_some() {
            return false;
        }
        match w {
            w if words::coordinators(w) => {
                let next = doc.word(k + 1);
                next.starts_with(|c: char| c.is_lowercase())
                    && (next.ends_with("ed") || is_finite_aux(next) || doc.cues.at(k + 1).is_some())
            }
            w if words::object_enders(w) => true,
            // "by citing a poll": the means, not the object.
            "by" => doc.word(k + 1).ends_with("ing"),
            w if words::adjunct_prepositions(w) => {
                time_adjunct_end(doc, k, to).is_some() || {
                    // "at a news conference", "at a rally".
                    words::indefinite_articles(doc.word(k + 1)) && words::occasions(doc.word(k + 2))
                }
            }
            _ => false,
        }
    });
    match stop {
        Some(k) => doc.tokens[k - 1].end(),
        None => doc.tokens.get(to.saturating_sub(1)).map_or(0, |t| t.end()),
    }
}

/// The end of a time adjunct starting at token `i` ("Tuesday", "on Monday
/// night", "earlier this week"): at most four words, one of them a day or
/// a time noun.
pub(crate) fn time_adjunct_end(doc: &Document, i: usize, limit: usize) -> Option<usize> {
    let mut k = i;
    let mut has_time = false;
    while k < limit && k < i + 4 && doc.tokens[k].is_word() {
        let w = doc.word(k);
        // Any ASCII case, as days and months are asked.
        let time = crate::text::is_day_or_month(w) || words::time_nouns_ascii_lower(w);
        if !time && !words::time_modifiers_ascii_lower(w) {
            break;
        }
        has_time |= time;
        k += 1;
    }
    has_time.then_some(k)
}

/// Can a clause's noun-phrase subject start with `w`: a determiner, a
/// possessive or a capitalised name?
pub(crate) fn opens_noun_subject(w: &str) -> bool {
    words::noun_subject_openers(w) || (w.starts_with(|c: char| c.is_uppercase()) && w != "I")
}

/// Does the complement at `from` read as a clause: a subject pronoun
/// first, or an auxiliary or a past or present verb form among its first
/// few words ("said the plan would fail", "wrote the deal was dead")?
pub(crate) fn looks_like_clause(doc: &Document, from: usize, s1: usize) -> bool {
    if words::clause_first_words(doc.word(from)) {
        return true;
    }
    (from + 1..(from + 8).min(s1))
        .take_while(|&k| doc.tokens[k].is_word())
        .any(|k| {
            let w = doc.word(k);
            is_finite_aux(w)
                || (w.len() > 3
                    && w.starts_with(|c: char| c.is_lowercase())
                    && (w.ends_with("ed") || w.ends_with("es")))
        })
}

/// Auxiliaries and modals: the word after a clause's subject.
pub(crate) fn is_finite_aux(w: &str) -> bool {
    words::finite_auxiliaries(w)
}

/// An auxiliary or a lowercase past or present verb form ("he raised",
/// "she wants"): enough to tell a subject pronoun from an object.
pub(crate) fn is_finite_aux_or_verb(w: &str) -> bool {
    is_finite_aux(w)
        || (w.starts_with(|c: char| c.is_lowercase())
            && (w.ends_with("ed") || w.ends_with('s') || w.contains('’') || w.contains('\'')))
}

/// Is token `i` the "to" of an infinitive complement of `cue`?
pub(crate) fn infinitive_content(doc: &Document, cue: &Cue, i: usize) -> bool {
    cue.has(frame::INFINITIVE)
        && doc.word(i) == "to"
        && doc
            .word(i + 1)
            .starts_with(|c: char| c.is_ascii_lowercase())
}

/// After "told"/"assured"/"informed": the end of the addressee when a
/// comma or the sentence end follows it ("…, he told the committee.",
/// "The fix, she told them, was simple"), so the post-posed and
/// parenthetical patterns see the attribution end there. Otherwise the
/// cue's end: "told reporters that …" is handled as a reported clause.
pub(crate) fn addressee_end(doc: &Document, cue: &Cue, s1: usize) -> usize {
    let after = cue.toks.end;
    if !cue.has(frame::NAMES_ADDRESSEE) {
        return after;
    }
    let first = doc.word(after);
    let span = if words::object_pronouns_lower(first) || words::press_addressees_lower(first) {
        1
    } else if words::addressee_determiners_lower(first) {
        // "the committee", "a local radio station": up to four words.
        (1..=4)
            .find(|&n| {
                after + n >= s1
                    || !doc.tokens[after + n].is_word()
                    || doc.word(after + n).eq_ignore_ascii_case("that")
            })
            .unwrap_or(0)
    } else {
        0
    };
    let end = after + span;
    let closes = end >= s1
        || matches!(
            doc.tokens[end].kind(),
            TokKind::Punct(',' | '.' | '!' | '?' | ';')
        );
    if span > 0 && closes { end } else { after }
}

/// Where a post-posed attribution's content starts in tokens `s0..end`:
/// after the last colon outside quotation marks ("The plan failed: the
/// council rejected it, officials said"), else at `s0`.
pub(crate) fn after_last_colon(doc: &Document, s0: usize, end: usize) -> usize {
    (s0..end)
        .rev()
        .find(|&k| {
            doc.tokens[k].kind() == TokKind::Punct(':')
                && doc.in_quote(doc.tokens[k].start()).is_none()
        })
        .map_or(s0, |colon| colon + 1)
}

/// Does token `k` open a clause of its own after a comma: a participle
/// (", adding that …") or "according to"?
pub(crate) fn opens_new_clause(doc: &Document, k: usize) -> bool {
    let w = doc.word(k);
    (w.ends_with("ing") && w.starts_with(|c: char| c.is_lowercase()))
        || w.eq_ignore_ascii_case("according")
}

/// The reported clause starting at token `from`: its start and end, when it
/// opens with a word and holds at least `min_words` words.
pub(crate) fn clause_from(
    doc: &Document,
    from: usize,
    s1: usize,
    min_words: usize,
) -> Option<(usize, usize)> {
    let end = clause_end(doc, from, s1);
    (doc.tokens.get(from)?.is_word()
        && word_count(doc, from, doc.token_at(end), min_words) >= min_words)
        .then(|| (doc.tokens[from].start(), end))
}
