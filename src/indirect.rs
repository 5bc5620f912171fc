//! Stage 5b: reported (indirect) speech, and mixed quotes found from a cue.
//!
//! Patterns, tried per cue that the quotation sieve did not use:
//! - pre-posed: `X said (that) …`, `X told reporters (that) …`,
//!   `X said in a statement that …`, `X described A as B`;
//! - participles: `…, saying (that) …`, `X continued by stating that …`,
//!   taking the sentence's subject;
//! - post-posed: `The bridge will reopen in May, Novak said.`;
//! - `According to X, …` and `…, according to X.`
//!
//! The content runs from after the cue (and a leading "that") to the end of
//! the reported clause ([`clause_end`]); a content holding quoted fragments
//! is a `mixed` row.

use crate::attribution::{
    Attribution, CueFilter, Kind, Method, clause_end, only_punct, subject_of,
};
use crate::cues::Cue;
use crate::document::Document;
use crate::lexicon::{ADDRESSEE_VERBS, CueClass};
use crate::mentions::{
    Form, Mention, SpeakerKind, mention_ending_at, mention_starting_at, pronoun,
};
use crate::segment::TokKind;

/// Words that open an adjunct between a cue and its "that" ("said in a
/// statement that", "said Monday that").
const ADJUNCT_OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "to",
    "after",
    "before",
    "last",
    "this",
    "earlier",
    "later",
    "while",
    "via",
    "for",
    "through",
    "from",
    "over",
    "with",
    "yesterday",
    "today",
    "repeatedly",
    "again",
    "privately",
    "publicly",
    "recently",
    "also",
];

/// Does `w` open an adjunct after a cue: a word of [`ADJUNCT_OPENERS`] or a
/// day or month ("said Tuesday that", "said March 3 that")?
fn adjunct_opener(w: &str) -> bool {
    crate::text::is_day_or_month(w) || ADJUNCT_OPENERS.contains(&w.to_lowercase().as_str())
}

/// Cues whose participle takes a clause without "that" (", saying it was over").
const BARE_CLAUSE_VERBS: &[&str] = &[
    "say",
    "add",
    "write",
    "tweet",
    "argue",
    "insist",
    "claim",
    "warn",
    "note",
    "explain",
    "suggest",
    "tell",
    "cite",
    "accuse",
    "blame",
    "praise",
    "criticize",
    "echo",
    "urge",
    "predict",
    "vow",
    "promise",
    "acknowledge",
    "deny",
    "admit",
    "announce",
    "reveal",
    "ask",
    "call",
    "describe",
    "question",
];

/// Words that cannot open a reported clause right after its cue.
const NOT_CONTENT_START: &[&str] = &[
    "of",
    "about",
    "for",
    "with",
    "to",
    "in",
    "on",
    "at",
    "by",
    "from",
    "after",
    "before",
    "during",
    "as",
    "so",
    "and",
    "or",
    "but",
    "when",
    "while",
    "if",
    "because",
    "up",
    "out",
    "down",
    "away",
    "off",
    "into",
    "yes",
    "no",
    "nothing",
    "little",
    "himself",
    "herself",
    "itself",
    "themselves",
    "myself",
    "ourselves",
    "something",
];

const MIN_CONTENT_WORDS: usize = 3;

pub fn attribute_reported(
    doc: &Document,
    filter: CueFilter,
    used_cues: &[bool],
    quoted: &[Attribution],
) -> Vec<Attribution> {
    let mut out: Vec<Attribution> = Vec::new();
    for (ci, cue) in doc.cues.list.iter().enumerate() {
        if used_cues.get(ci).copied().unwrap_or(true)
            || !filter.allows(cue.class)
            || doc.in_quote(cue.start).is_some()
        {
            continue;
        }
        let si = doc.sentence_of_token(cue.toks.start);
        let Some(sent) = doc.sentences.get(si) else {
            continue;
        };
        let (s0, s1) = (sent.tokens.start, sent.tokens.end);
        let found = if cue.phrase && cue.lemma == "according" {
            according(doc, cue, s0, s1)
        } else if cue.participle && !after_be(doc, cue.toks.start, s0) {
            participle(doc, cue, s0, s1, &out, quoted, si)
        } else {
            passive(doc, cue, s0, s1).or_else(|| reported(doc, cue, s0, s1))
        };
        let Some((method, from, to, speaker)) = found else {
            continue;
        };
        let (start, end) = (from, to);
        if end <= start {
            continue;
        }
        // A sentence-final "…, officials said." or "according to X" reports
        // the whole clause it attaches to: a reading of a verb inside that
        // clause ("The council rejected the plan …") gives way to it.
        if matches!(method, Method::Postposed | Method::According) {
            out.retain(|a| !(a.sentence == si && a.start >= start && a.end <= end));
        }
        push_new(
            doc,
            quoted,
            &mut out,
            Attribution {
                kind: Kind::Indirect,
                start,
                end,
                speaker,
                cue: Some(cue.clone()),
                method,
                paragraph: sent.paragraph,
                sentence: si,
            },
        );
    }
    headline_colons(doc, quoted, &mut out);
    asked_questions(doc, quoted, &mut out);
    out
}

/// Add `row` unless a row already reported (by the quotation sieve, or
/// earlier here) overlaps it: never report the same words twice. A row
/// holding a whole quotation is `mixed`.
fn push_new(
    doc: &Document,
    quoted: &[Attribution],
    out: &mut Vec<Attribution>,
    mut row: Attribution,
) {
    if quoted
        .iter()
        .chain(out.iter())
        .any(|a| overlaps(a.start, a.end, row.start, row.end))
    {
        return;
    }
    if doc
        .quotes
        .iter()
        .any(|q| q.content_start >= row.start && q.content_end <= row.end)
    {
        row.kind = Kind::Mixed;
    }
    out.push(row);
}

/// Words that open the question after "asked" ("asked whether …").
const QUESTION_OPENERS: &[&str] = &[
    "if", "whether", "who", "what", "why", "how", "when", "where", "which", "about", "to",
];

/// `Asked whether he would run, Smith said …`, `…, she said when asked about
/// the budget.`: the question put to a source is an attribution of its own
/// (PolNeAR annotates it), whose speaker is the asker: named after "by",
/// else left empty rather than guessed.
fn asked_questions(doc: &Document, quoted: &[Attribution], out: &mut Vec<Attribution>) {
    for (si, sent) in doc.sentences.iter().enumerate() {
        let (s0, s1) = (sent.tokens.start, sent.tokens.end);
        let Some(k) = (s0..s1).find(|&k| {
            doc.word(k).eq_ignore_ascii_case("asked")
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
            .find(|&i| QUESTION_OPENERS.contains(&doc.word(i)))
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
                doc.tokens[i].kind,
                TokKind::Punct(',' | '.' | '?' | '!' | ';' | '—')
            ) && doc.in_quote(doc.tokens[i].start).is_none()
        }) else {
            continue;
        };
        if k == s0 && doc.tokens[stop].kind != TokKind::Punct(',') {
            continue;
        }
        if words(doc, from, stop) < 2 {
            continue;
        }
        let (start, end) = (doc.tokens[from].start, doc.tokens[stop - 1].end);
        let t = doc.tokens[k];
        let row = Attribution {
            kind: Kind::Indirect,
            start,
            end,
            speaker,
            cue: Some(Cue {
                toks: k..k + 1,
                start: t.start,
                end: t.end,
                lemma: "ask",
                class: CueClass::Speech,
                participle: false,
                phrase: false,
            }),
            method: Method::Question,
            paragraph: sent.paragraph,
            sentence: si,
        };
        push_new(doc, quoted, out, row);
    }
}

/// `News of the move was first reported by the Gazette.`: a passive cue
/// with its agent after "by" attributes the clause's subject, from the
/// sentence (or clause) start up to the auxiliary.
fn passive(doc: &Document, cue: &Cue, s0: usize, s1: usize) -> Option<Found> {
    let c = cue.toks.start;
    if cue.participle || !doc.word(cue.toks.end).eq_ignore_ascii_case("by") {
        return None;
    }
    // "was (first) reported", "has been echoed".
    let mut aux = c;
    while aux > s0
        && c - aux < 2
        && (doc.word(aux - 1) == "first" || doc.word(aux - 1).ends_with("ly"))
    {
        aux -= 1;
    }
    if aux <= s0
        || !matches!(
            doc.word(aux - 1),
            "was" | "were" | "is" | "are" | "been" | "be"
        )
    {
        return None;
    }
    let mut subj_end = aux - 1;
    while subj_end > s0 && matches!(doc.word(subj_end - 1), "has" | "have" | "had" | "been") {
        subj_end -= 1;
    }
    let by = cue.toks.end + 1;
    let agent = mention_starting_at(doc.text, &doc.tokens, &doc.names, by, s1).or_else(|| {
        // "by the mayor on Monday": the agent ends before a time adjunct.
        let stop = (by + 1..s1).find(|&k| time_adjunct_end(doc, k, s1).is_some());
        source_phrase(doc, by, stop.unwrap_or(s1))
    })?;
    let mut from = after_last_colon(doc, s0, subj_end);
    while from < subj_end && !doc.tokens[from].is_word() {
        from += 1;
    }
    // The subject must be a plain noun phrase: no clause break inside.
    if from >= subj_end
        || (from..subj_end).any(|k| {
            matches!(doc.tokens[k].kind, TokKind::Punct(',' | ';' | '—'))
                || CLAUSE_OPENERS.contains(&doc.word(k))
        })
        || pronoun(doc.word(from)).is_some()
    {
        return None;
    }
    let end = doc.tokens[subj_end - 1].end;
    Some((Method::Reported, doc.tokens[from].start, end, Some(agent)))
}

/// "is assuring", "was telling": a progressive form is a finite verb.
fn after_be(doc: &Document, c: usize, s0: usize) -> bool {
    let mut k = c;
    while k > s0 && doc.word(k - 1).ends_with("ly") {
        k -= 1;
    }
    k > s0
        && matches!(
            doc.word(k - 1),
            "is" | "are" | "was" | "were" | "been" | "be" | "am" | "'s" | "’s"
        )
}

/// `Paul Ryan: Tax Reform Comes First`: a sentence that opens with a name
/// and a colon reports that source's words (a headline convention).
fn headline_colons(doc: &Document, quoted: &[Attribution], out: &mut Vec<Attribution>) {
    for (si, sent) in doc.sentences.iter().enumerate() {
        let s0 = sent.tokens.start;
        let i = doc.names.partition_point(|m| m.toks.start < s0);
        let Some(m) = doc
            .names
            .get(i)
            .filter(|m| m.toks.start == s0 && !m.possessive)
        else {
            continue;
        };
        let colon = m.toks.end;
        if doc
            .tokens
            .get(colon)
            .is_none_or(|t| t.kind != TokKind::Punct(':'))
            || colon + 1 >= sent.tokens.end
            || !colon_speaker(doc, m)
        {
            continue;
        }
        let end = clause_end(doc, colon + 1, sent.tokens.end);
        let start = doc.tokens[colon + 1].start;
        let covered = quoted
            .iter()
            .chain(out.iter())
            .any(|a| overlaps(a.start, a.end, start, end));
        if covered
            || words(doc, colon + 1, doc.token_at(end)) < MIN_CONTENT_WORDS
            || doc.in_quote(start).is_some()
        {
            continue;
        }
        out.push(Attribution {
            kind: Kind::Indirect,
            start,
            end,
            speaker: Some(m.clone()),
            cue: None,
            method: Method::Colon,
            paragraph: sent.paragraph,
            sentence: si,
        });
    }
}

/// Labels that open a line with a colon without naming a source
/// ("UPDATE:", "Q:", "Editor's note:", "Plus:").
const COLON_LABELS: &[&str] = &[
    "update",
    "updated",
    "correction",
    "exclusive",
    "email",
    "e-mail",
    "watch",
    "related",
    "note",
    "editor",
    "photo",
    "photos",
    "video",
    "question",
    "answer",
    "remember",
    "plus",
    "breaking",
    "read",
    "see",
    "also",
    "warning",
    "disclosure",
    "source",
    "sources",
    "credit",
    "paid",
    "delegate",
    "contact",
    "follow",
    "listen",
    "subscribe",
    "advertisement",
    "bottom",
    "bonus",
    "fact",
    "facts",
    "analysis",
    "opinion",
    "commentary",
    "editorial",
    "live",
    "sponsored",
    "tags",
    "topics",
    "more",
    "next",
    "previously",
    "background",
    "why",
    "what",
    "how",
    "who",
    "when",
    "where",
];

/// Can the name before a headline colon be a source? Not a label
/// ("UPDATE:", "Correction:", "Editor's note:"). ("Q:" is: interviews
/// annotate the interviewer's questions.)
fn colon_speaker(doc: &Document, m: &Mention) -> bool {
    let w = doc.word(m.toks.start);
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w);
    !COLON_LABELS.iter().any(|l| l.eq_ignore_ascii_case(w))
}

fn overlaps(a0: usize, a1: usize, b0: usize, b1: usize) -> bool {
    a0.max(b0) < a1.min(b1)
}

type Found = (Method, usize, usize, Option<Mention>);

/// Count words in tokens `from..to`.
fn words(doc: &Document, from: usize, to: usize) -> usize {
    (from..to.min(doc.tokens.len()))
        .filter(|&i| doc.tokens[i].is_word())
        .count()
}

/// Where the content starts after a cue ending at token `after`: skips an
/// addressee, adjuncts before a "that", and the "that" itself.
fn content_start(doc: &Document, cue: &Cue, after: usize, s1: usize) -> Option<usize> {
    let mut i = after;
    let lw = |k: usize| doc.word(k).to_lowercase();
    // "cautioned, as did the campaign itself, that …", "continues to
    // insist, most recently in an interview, that …": a comma-enclosed
    // aside between the cue and its "that".
    if i < s1 && matches!(doc.tokens[i].kind, TokKind::Punct(',' | '—')) {
        let that = (i + 1..(i + 16).min(s1)).find(|&k| {
            doc.word(k) == "that" && matches!(doc.tokens[k - 1].kind, TokKind::Punct(',' | '—'))
        })?;
        return (that + 1 < s1).then_some(that + 1);
    }
    let addressee_start = i;
    if ADDRESSEE_VERBS.contains(&cue.lemma) {
        // "told reporters", "told him", "told CNN", "told The New York Times"
        // "warned they would lose", "warned it could": a subject pronoun
        // before a verb opens the clause; it is no addressee.
        let subject_pronoun = matches!(lw(i).as_str(), "he" | "she" | "they" | "we" | "i" | "it")
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
            && (pronoun_object(&lw(i)) || lw(i) == "reporters")
        {
            i += 1;
        } else if cue.lemma == "tell" {
            // "told a news conference that": skip to a near "that".
        }
    }
    // "called for a ban": the complement follows "for".
    if cue.lemma == "call" && i < s1 && doc.word(i) == "for" {
        return (i + 1 < s1).then_some(i + 1);
    }
    // "urged Republicans to join the effort": what was urged is the
    // addressee and the infinitive together.
    if matches!(cue.lemma, "urge" | "encourage" | "implore" | "advise")
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
    if i < s1 && !this_subject && (adjunct_opener(doc.word(i)) || cue.lemma == "tell") {
        let limit = (i + 12).min(s1);
        let span = || {
            (i..limit).take_while(|&k| {
                doc.tokens[k].is_word() || doc.tokens[k].kind == TokKind::Punct(',')
            })
        };
        if let Some(t) = span().find(|&k| lw(k) == "that") {
            i = t;
        } else if let Some(t) = span().skip(1).find(|&k| {
            matches!(doc.word(k), "he" | "she" | "they" | "we" | "I")
                && is_finite_aux_or_verb(doc.word(k + 1))
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
    if i < s1 && lw(i) == "that" {
        // "said that …"; "said that, in retrospect, …" starts after the comma.
        i += 1;
        if doc
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokKind::Punct(','))
        {
            i += 1;
        }
    }
    (i < s1).then_some(i)
}

/// Where the object of a cue's preposition starts, for the verbs that report
/// through one: "talked (openly) about X", "spoke of X", "called on X to
/// resign", "responded to X".
fn prepositional_object(doc: &Document, cue: &Cue, after: usize, s1: usize) -> Option<usize> {
    let mut k = after;
    // "talked openly about", "spoke highly of", "talked more about".
    while k < s1 && k < after + 2 && (doc.word(k).ends_with("ly") || doc.word(k) == "more") {
        k += 1;
    }
    let prep = doc.word(k);
    let takes = match cue.lemma {
        "talk" | "speak" => matches!(prep, "about" | "of"),
        "warn" => matches!(prep, "of" | "about" | "against"),
        "complain" | "joke" | "boast" | "brag" | "testify" | "comment" => {
            matches!(prep, "about" | "of" | "on")
        }
        "rail" | "argue" => matches!(prep, "against"),
        "call" => matches!(prep, "on" | "upon"),
        "respond" | "refer" | "point" => prep == "to",
        _ => false,
    };
    (takes && k + 1 < s1 && doc.tokens[k + 1].is_word()).then_some(k + 1)
}

/// Nouns of the occasion an object was said on ("at a news conference").
const OCCASIONS: &[&str] = &[
    "news",
    "rally",
    "interview",
    "statement",
    "speech",
    "press",
    "debate",
    "town",
];

/// Where the noun-phrase object of a cue starting at token `from` ends
/// (before token `to` at the latest): before a time or occasion adjunct
/// ("last week", "on Thursday", "at a news conference") or a coordinated
/// verb ("and campaigned with him").
fn object_end(doc: &Document, from: usize, to: usize) -> usize {
    let stop = (from + 1..to).find(|&k| {
        let w = doc.word(k);
        if doc.in_quote(doc.tokens[k].start).is_some() {
            return false;
        }
        match w {
            "and" | "but" => {
                let next = doc.word(k + 1);
                next.starts_with(|c: char| c.is_lowercase())
                    && (next.ends_with("ed") || is_finite_aux(next) || doc.cues.at(k + 1).is_some())
            }
            "last" | "earlier" | "during" | "while" | "when" | "after" | "before" | "since"
            | "through" | "via" => true,
            // "by citing a poll": the means, not the object.
            "by" => doc.word(k + 1).ends_with("ing"),
            "on" | "in" | "at" | "this" => {
                time_adjunct_end(doc, k, to).is_some() || {
                    // "at a news conference", "at a rally".
                    matches!(doc.word(k + 1), "a" | "an") && OCCASIONS.contains(&doc.word(k + 2))
                }
            }
            _ => false,
        }
    });
    match stop {
        Some(k) => doc.tokens[k - 1].end,
        None => doc.tokens.get(to.saturating_sub(1)).map_or(0, |t| t.end),
    }
}

/// The end of a time adjunct starting at token `i` ("Tuesday", "on Monday
/// night", "earlier this week"): at most four words, one of them a day or
/// a time noun.
fn time_adjunct_end(doc: &Document, i: usize, limit: usize) -> Option<usize> {
    let mut k = i;
    let mut has_time = false;
    while k < limit && k < i + 4 && doc.tokens[k].is_word() {
        let w = doc.word(k).to_ascii_lowercase();
        let time = crate::text::is_day_or_month(&w)
            || matches!(
                w.as_str(),
                "today"
                    | "yesterday"
                    | "week"
                    | "weekend"
                    | "month"
                    | "year"
                    | "morning"
                    | "afternoon"
                    | "evening"
                    | "night"
            );
        if !time
            && !matches!(
                w.as_str(),
                "on" | "in" | "last" | "this" | "earlier" | "late" | "early"
            )
        {
            break;
        }
        has_time |= time;
        k += 1;
    }
    has_time.then_some(k)
}

/// Can a clause's noun-phrase subject start with `w`: a determiner, a
/// possessive or a capitalised name?
fn opens_noun_subject(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "some" | "many" | "most"
    ) || (w.starts_with(|c: char| c.is_uppercase()) && w != "I")
}

/// Verbs whose bare object is mostly not what was said ("wrote a book",
/// "proved popular", "spoke Hebrew"): without "that"
/// they report only a clause. Each had an object precision under 0.5 on
/// the PolNeAR training split.
const CLAUSE_ONLY_VERBS: &[&str] = &[
    "write",
    "prove",
    "speak",
    "talk",
    "maintain",
    "continue",
    "charge",
    "declare",
    "add",
    "echo",
    "email",
    "encourage",
    "unveil",
    "predict",
];

/// Does the complement at `from` read as a clause: a subject pronoun
/// first, or an auxiliary or a past or present verb form among its first
/// few words ("said the plan would fail", "wrote the deal was dead")?
fn looks_like_clause(doc: &Document, from: usize, s1: usize) -> bool {
    if matches!(
        doc.word(from),
        "he" | "she"
            | "they"
            | "it"
            | "we"
            | "I"
            | "there"
            | "you"
            | "if"
            | "whether"
            | "how"
            | "why"
            | "what"
    ) {
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

/// Verbs whose object, however short, is the reported content
/// ("endorsed Cruz", "denounced the ruling").
const OBJECT_VERBS: &[&str] = &[
    "endorse",
    "back",
    "criticize",
    "announce",
    "cite",
    "describe",
    "propose",
    "praise",
    "blast",
    "slam",
    "denounce",
    "condemn",
    "applaud",
    "tout",
    "defend",
    "deny",
    "reject",
    "mock",
    "blame",
    "accuse",
    "attack",
    "dismiss",
    "question",
    "thank",
    "urge",
    "discuss",
    "mention",
    "reveal",
    "acknowledge",
    "confirm",
    "decry",
    "assail",
    "lambaste",
    "rebuke",
    "castigate",
    "berate",
    "chide",
    "scold",
    "commend",
    "hail",
    "welcome",
    "disavow",
    "repudiate",
    "oppose",
];

/// Auxiliaries and modals: the word after a clause's subject.
fn is_finite_aux(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "was"
            | "were"
            | "will"
            | "would"
            | "has"
            | "have"
            | "had"
            | "can"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "did"
            | "does"
            | "do"
            | "wasn't"
            | "isn't"
            | "won't"
            | "wouldn't"
            | "didn't"
            | "doesn't"
    )
}

/// An auxiliary or a lowercase past or present verb form ("he raised",
/// "she wants"): enough to tell a subject pronoun from an object.
fn is_finite_aux_or_verb(w: &str) -> bool {
    is_finite_aux(w)
        || (w.starts_with(|c: char| c.is_lowercase())
            && (w.ends_with("ed") || w.ends_with('s') || w.contains('’') || w.contains('\'')))
}

/// Cue verbs whose infinitive complement is what was said ("vowed to
/// repeal the law", "declined to comment"). On the PolNeAR training split
/// vow, promise and decline hold about 0.75 precision; refuse, pledge and
/// threaten about 0.6 (kept: they raise recall and F1).
const INFINITIVE_VERBS: &[&str] = &[
    "vow", "promise", "decline", "swear", "refuse", "pledge", "threaten",
];

/// Is token `i` the "to" of an infinitive complement of `cue`?
fn infinitive_content(doc: &Document, cue: &Cue, i: usize) -> bool {
    INFINITIVE_VERBS.contains(&cue.lemma)
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
fn addressee_end(doc: &Document, cue: &Cue, s1: usize) -> usize {
    let after = cue.toks.end;
    if !matches!(cue.lemma, "tell" | "assure" | "inform" | "remind") {
        return after;
    }
    let first = doc.word(after).to_lowercase();
    let span = if pronoun_object(&first) || matches!(first.as_str(), "reporters" | "journalists") {
        1
    } else if matches!(
        first.as_str(),
        "the" | "a" | "an" | "his" | "her" | "their" | "its"
    ) {
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
            doc.tokens[end].kind,
            TokKind::Punct(',' | '.' | '!' | '?' | ';')
        );
    if span > 0 && closes { end } else { after }
}

/// Where a post-posed attribution's content starts in tokens `s0..end`:
/// after the last colon outside quotation marks ("The plan failed: the
/// council rejected it, officials said"), else at `s0`.
fn after_last_colon(doc: &Document, s0: usize, end: usize) -> usize {
    (s0..end)
        .rev()
        .find(|&k| {
            doc.tokens[k].kind == TokKind::Punct(':') && doc.in_quote(doc.tokens[k].start).is_none()
        })
        .map_or(s0, |colon| colon + 1)
}

fn pronoun_object(w: &str) -> bool {
    matches!(w, "him" | "her" | "them" | "us" | "me" | "you" | "it")
}

/// `X said (that) …` or, post-posed, `…, X said.`
fn reported(doc: &Document, cue: &Cue, s0: usize, s1: usize) -> Option<Found> {
    // A subject left of the cue first; an inverted one ("…, said X") only
    // counts for the post-posed pattern below.
    let subj = inverted_after_comma(doc, cue, s0, s1)
        .or_else(|| relative_subject(doc, cue, s0))
        .or_else(|| subject_of(doc, cue, s0, s1, false))
        .or_else(|| chunk_subject(doc, cue, s0))
        .or_else(|| prefix_subject(doc, cue, s0))
        .or_else(|| coordinated_subject(doc, cue, s0))
        .or_else(|| subject_of(doc, cue, s0, s1, true))?;
    let inverted = subj.toks.start >= cue.toks.end;
    let after = if subj.toks.start >= cue.toks.end {
        subj.toks.end
    } else {
        addressee_end(doc, cue, s1)
    };
    let method = Method::for_speaker(&subj, Method::Reported);
    // Post-posed: only adjuncts and the terminator after the cue/subject.
    let rest = (after..s1).filter(|&k| doc.tokens[k].is_word()).count();
    let comma_before = |k: usize| k > s0 && doc.tokens[k - 1].kind == TokKind::Punct(',');
    let mut subject_first = subj.toks.start.min(cue.toks.start);
    // "…, a wide array of economists say, …": the mention found is the
    // head noun; the whole noun phrase runs back to the comma.
    if !inverted
        && !comma_before(subject_first)
        && let Some(np) = chunk_subject(doc, cue, s0).filter(|np| comma_before(np.toks.start))
    {
        subject_first = np.toks.start;
    }
    // "As (the) X reported, …".
    let as_tok = (subject_first.saturating_sub(2).max(s0)..subject_first)
        .rev()
        .find(|&k| doc.word(k).eq_ignore_ascii_case("as"))
        .filter(|&k| k + 1 == subject_first || doc.word(k + 1).eq_ignore_ascii_case("the"));
    if !inverted
        && let Some(as_tok) = as_tok
        && let Some((from, to)) = as_reported(doc, as_tok, after, s0, s1)
    {
        return Some((Method::Postposed, doc.tokens[from].start, to, Some(subj)));
    }
    let preceded_by_comma = comma_before(subject_first);
    // "The plan, officials said, was dead": a parenthetical attribution;
    // the content before it is reported (the rest is the same clause).
    // Not when the subject follows the cue ("…, said X, a senior analyst"):
    // that comma opens the speaker's appositive; nor before a participle
    // (", Novak said, adding that …"), which starts a new clause.
    let parenthetical = !inverted
        && doc
            .tokens
            .get(after)
            .is_some_and(|t| t.kind == TokKind::Punct(','))
        && !opens_new_clause(doc, after + 1);
    let trailing = rest == 0
        || (doc
            .tokens
            .get(after)
            .is_some_and(|t| t.kind == TokKind::Punct(','))
            && (inverted || opens_new_clause(doc, after + 1)));
    if preceded_by_comma
        && (trailing
            || parenthetical
            || rest <= 4
                && adjunct_opener(doc.word(after))
                // "…, the governor declined to comment": a complement.
                && !infinitive_content(doc, cue, after)
            // "…, she said when asked about it": a subordinate clause.
            || matches!(doc.word(after), "when" | "while" | "after" | "before" | "as"))
    {
        let mut from = after_last_colon(doc, s0, subject_first);
        while from < subject_first
            && !doc.tokens[from].is_word()
            && doc.in_quote(doc.tokens[from].start).is_none()
        {
            from += 1;
        }
        // A parenthetical attribution sits inside its content, which the
        // annotation convention spans whole: "The plan, officials said, was dead".
        let (end, after_words) = if parenthetical && rest > 0 {
            let end = clause_end(doc, after + 1, s1);
            (end, words(doc, after + 1, doc.token_at(end)))
        } else {
            (doc.tokens[subject_first - 2.min(subject_first)].end, 0)
        };
        // "It was, he said, a failure": the clause counts on both sides.
        if words(doc, from, subject_first) + after_words < MIN_CONTENT_WORDS {
            return None;
        }
        let start = doc.tokens[from].start;
        return Some((Method::Postposed, start, end.max(start), Some(subj)));
    }
    if inverted {
        // "say friends of X that …" is rare; "say Mr. Clinton would …" is
        // a subject of the content, not of the cue.
        return None;
    }
    if let Some(from) = prepositional_object(doc, cue, after, s1) {
        // "talked about the economy": the object of the preposition is what
        // was said, however short.
        let end = clause_end(doc, from, s1);
        if words(doc, from, doc.token_at(end)) < 1 {
            return None;
        }
        return Some((method, doc.tokens[from].start, end, Some(subj)));
    }
    let from = content_start(doc, cue, after, s1)?;
    let first = doc.tokens[from];
    // "said of their time", "said about it": no reported clause.
    let after_that = from > 0 && doc.word(from - 1).eq_ignore_ascii_case("that");
    let infinitive = infinitive_content(doc, cue, from);
    // "described himself as a moderate": a reflexive object is content.
    let reflexive = matches!(cue.lemma, "describe" | "call" | "portray" | "present")
        && doc.word(from).ends_with("self");
    // "said if he were elected, the plant would stay open": a conditional
    // opening the reported clause, which goes on after its comma.
    let conditional = matches!(
        cue.lemma,
        "say" | "tell" | "add" | "warn" | "argue" | "insist"
    ) && matches!(
        doc.word(from),
        "if" | "when" | "once" | "unless" | "because"
    ) && (from + 2..(from + 14).min(s1))
        .find(|&k| doc.tokens[k].kind == TokKind::Punct(','))
        .is_some_and(|k| looks_like_clause(doc, k + 1, s1));
    if !after_that
        && !infinitive
        && !reflexive
        && !conditional
        && NOT_CONTENT_START.contains(&doc.word(from).to_lowercase().as_str())
    {
        return None;
    }
    if !first.is_word() && doc.in_quote(first.end).is_none() || first.kind == TokKind::Punct(',') {
        return None;
    }
    // An unnamed subject without "that" is mostly a misread noun phrase,
    // except with the plainest speech verbs, evidence verbs ("records
    // show …") and a complement that reads as a clause ("The missive
    // suggests Republicans have no intention …").
    if subj.kind == SpeakerKind::Unnamed
        && subj.form == Form::Description
        && subj.role.is_none()
        && !after_that
        && !matches!(cue.lemma, "say" | "tell")
        && cue.class != CueClass::Evidence
        && !looks_like_clause(doc, from, s1)
    {
        return None;
    }
    // "wrote a children's book", "spoke Hebrew": after these verbs only a
    // clause is reported, never a bare object.
    if !after_that && CLAUSE_ONLY_VERBS.contains(&cue.lemma) && !looks_like_clause(doc, from, s1) {
        return None;
    }
    let mut end = clause_end(doc, from, s1);
    if subj.form == Form::Pronoun && matches!(doc.word(subj.toks.start), "who" | "which" | "that") {
        // A relative clause reports a clause only after verbs of saying, and
        // its content ends where the relative clause does: at the next
        // comma or dash ("Podesta, who said the project was vetted, left").
        if !after_that
            && !matches!(
                cue.lemma,
                "say"
                    | "tell"
                    | "add"
                    | "argue"
                    | "claim"
                    | "insist"
                    | "warn"
                    | "note"
                    | "predict"
                    | "suggest"
                    | "write"
                    | "tweet"
            )
            // "Kasich, who endorsed Cruz on Monday, …": an object verb's
            // object is content in a relative clause too.
            && !OBJECT_VERBS.contains(&cue.lemma)
        {
            return None;
        }
        if let Some(k) = (from..doc.token_at(end)).find(|&k| {
            matches!(
                doc.tokens[k].kind,
                TokKind::Punct(',' | '—' | '–' | '(' | ')' | '-')
            ) && doc.in_quote(doc.tokens[k].start).is_none()
        }) {
            end = end.min(doc.tokens[k.saturating_sub(1).max(from)].end);
        }
    }
    // "endorsed Trump last week and campaigned with him": an object ends
    // before a time adjunct or a second verb of the subject.
    if !after_that && !infinitive && OBJECT_VERBS.contains(&cue.lemma) {
        end = end.min(object_end(doc, from, doc.token_at(end)));
    }
    // "offered ammunition to Republicans who say the law is a money pit":
    // an object reading stops before a relative clause with a cue of its own.
    if !after_that
        && let Some(k) = (from + 1..doc.token_at(end)).find(|&k| {
            matches!(doc.word(k), "who" | "which" | "that")
                && doc
                    .cues
                    .at(k + 1)
                    .is_some_and(|c| !c.participle && !c.phrase && c.class.is_act())
        })
    {
        end = end.min(doc.tokens[k - 1].end);
    }
    // "declined to comment": an infinitive is content from two words.
    // "endorsed Cruz", "criticized the plan": after verbs whose object is
    // what was said, a short noun phrase is content too.
    let min_words = if infinitive {
        2
    } else if !after_that
        && OBJECT_VERBS.contains(&cue.lemma)
        && (subj.form != Form::Description || subj.role.is_some())
    {
        1
    } else {
        MIN_CONTENT_WORDS
    };
    if words(doc, from, doc.token_at(end)) < min_words {
        return None;
    }
    Some((method, first.start, end, Some(subj)))
}

/// `As The Post reported, the deal collapsed.` and `The deal collapsed, as
/// The Post reported.`: "as" + subject + cue is a parenthetical attribution
/// of the clause after (or before) it. `as_tok` is the "as", `after` the
/// first token past the cue. Returns the content's first token and end.
fn as_reported(
    doc: &Document,
    as_tok: usize,
    after: usize,
    s0: usize,
    s1: usize,
) -> Option<(usize, usize)> {
    // Adjuncts after the cue run to the comma or the sentence end
    // ("as Smith reported in his book, …").
    let stop = (after..(after + 10).min(s1)).find(|&k| !doc.tokens[k].is_word())?;
    let comma = doc.tokens[stop].kind == TokKind::Punct(',');
    if only_punct(doc, s0, as_tok) && comma {
        let from = stop + 1;
        let end = clause_end(doc, from, s1);
        return (words(doc, from, doc.token_at(end)) >= MIN_CONTENT_WORDS).then_some((from, end));
    }
    let before_comma = as_tok > s0 && doc.tokens[as_tok - 1].kind == TokKind::Punct(',');
    if before_comma && (stop >= s1 || is_terminator(doc, stop)) {
        let mut from = after_last_colon(doc, s0, as_tok);
        while from < as_tok && !doc.tokens[from].is_word() {
            from += 1;
        }
        let end = doc.tokens[as_tok - 2.min(as_tok)].end;
        return (words(doc, from, as_tok) >= MIN_CONTENT_WORDS).then_some((from, end));
    }
    None
}

/// Does token `k` open a clause of its own after a comma: a participle
/// (", adding that …") or "according to"?
fn opens_new_clause(doc: &Document, k: usize) -> bool {
    let w = doc.word(k);
    (w.ends_with("ing") && w.starts_with(|c: char| c.is_lowercase()))
        || w.eq_ignore_ascii_case("according")
}

/// Cue verbs that put their subject after them ("…, said X", "…, wrote X").
const INVERTING_VERBS: &[&str] = &[
    "say", "add", "write", "note", "explain", "ask", "continue", "argue", "insist", "recall",
    "warn", "predict", "reply", "respond", "declare", "conclude", "observe", "complain",
];

/// `…, said Dan Gerstein, a senior analyst.`: a cue right after a comma
/// with its subject right after it, closing the sentence or followed by an
/// appositive, is a post-posed attribution even when a name sits somewhere
/// left of the comma (which the left-hand search would wrongly take).
fn inverted_after_comma(doc: &Document, cue: &Cue, s0: usize, s1: usize) -> Option<Mention> {
    let c = cue.toks.start;
    if c <= s0 || doc.tokens[c - 1].kind != TokKind::Punct(',') || cue.participle || cue.phrase {
        return None;
    }
    // Only verbs of saying invert; after others the noun phrase is the
    // object ("…, criticized his opponents").
    if !INVERTING_VERBS.contains(&cue.lemma) {
        return None;
    }
    // "…, noted that Cruz's manager, Jeff Roe, …": a clause, not a subject.
    if doc.word(cue.toks.end).eq_ignore_ascii_case("that") {
        return None;
    }
    let m = mention_starting_at(doc.text, &doc.tokens, &doc.names, cue.toks.end, s1)?;
    if m.form == Form::Pronoun && m.kind != SpeakerKind::Person {
        return None;
    }
    let next = doc.tokens.get(m.toks.end)?;
    matches!(
        next.kind,
        TokKind::Punct(',' | '.' | '!' | '?' | ';' | '(' | '—')
    )
    .then_some(m)
}

/// `Podesta, who said the project was vetted, …`: a relative "who" is the
/// subject (the annotation convention links the row to "who"; resolution
/// takes the name it follows).
fn relative_subject(doc: &Document, cue: &Cue, s0: usize) -> Option<Mention> {
    let mut k = cue.toks.start;
    let mut skipped = 0;
    while k > s0
        && skipped < 2
        && matches!(
            doc.word(k - 1),
            "has" | "had" | "also" | "have" | "later" | "once" | "repeatedly" | "previously"
        )
    {
        k -= 1;
        skipped += 1;
    }
    // "…, which endorsed Calloway": an organisation's relative clause.
    let kind = match doc.word(k.checked_sub(1)?) {
        "who" => SpeakerKind::Person,
        // "businesses that warn it could …": "that" after a noun.
        "that"
            if k >= 2
                && k == cue.toks.start
                && doc.tokens[k - 2].is_word()
                && doc.cues.at(k - 2).is_none()
                && !is_finite_aux(doc.word(k - 2))
                && !NOT_CONTENT_START.contains(&doc.word(k - 2)) =>
        {
            SpeakerKind::Unnamed
        }
        "which" if k >= 2 && doc.tokens[k - 2].kind == TokKind::Punct(',') => {
            SpeakerKind::Organization
        }
        _ => return None,
    };
    if k <= s0 {
        return None;
    }
    let t = doc.tokens[k - 1];
    Some(Mention {
        start: t.start,
        end: t.end,
        core: t.start..t.end,
        toks: k - 1..k,
        form: Form::Pronoun,
        kind,
        gender: crate::lexicon::Gender::Unknown,
        plural: false,
        title: None,
        role: None,
        confirmed_person: false,
        possessive: false,
    })
}

/// `She praised the plan but said it was late`: a cue coordinated with an
/// earlier verb takes the subject that opens the sentence, when that subject
/// is a name, a pronoun or a description directly followed by a lowercase
/// word (its verb).
fn coordinated_subject(doc: &Document, cue: &Cue, s0: usize) -> Option<Mention> {
    let c = cue.toks.start;
    if c <= s0 + 2 || !matches!(doc.word(c - 1), "and" | "but") {
        return None;
    }
    // "… and found it right before": only verbs that take a clause report
    // one without "that"; the others would report their object.
    let that = doc.word(cue.toks.end).eq_ignore_ascii_case("that");
    if !that
        && !matches!(
            cue.lemma,
            "say" | "add" | "argue" | "insist" | "warn" | "claim" | "tell"
        )
    {
        return None;
    }
    let mut k = s0;
    while k < c && !doc.tokens[k].is_word() {
        k += 1;
    }
    // "But the court overruled and said …": skip a sentence-opening
    // conjunction; "In his speech, Obama …": or a short opening phrase.
    if matches!(doc.word(k), "But" | "And" | "So" | "Yet" | "Then") {
        k += 1;
    }
    let m = mention_starting_at(doc.text, &doc.tokens, &doc.names, k, c).or_else(|| {
        let comma = (k..(k + 8).min(c)).find(|&j| doc.tokens[j].kind == TokKind::Punct(','))?;
        mention_starting_at(doc.text, &doc.tokens, &doc.names, comma + 1, c)
            .filter(|m| m.form != Form::Description || m.role.is_some())
    })?;
    // "Gary Emineth, a former state chairman, became a delegate and said …":
    // the verb comes after a name's appositive.
    let verb_at = if m.form == Form::Name
        && doc
            .tokens
            .get(m.toks.end)
            .is_some_and(|t| t.kind == TokKind::Punct(','))
    {
        (m.toks.end + 2..(m.toks.end + 12).min(c))
            .find(|&j| doc.tokens[j].kind == TokKind::Punct(','))
            .map_or(m.toks.end, |j| j + 1)
    } else {
        m.toks.end
    };
    if m.possessive || verb_at + 1 >= c - 1 {
        return None;
    }
    let verb = doc.word(verb_at);
    if !verb.starts_with(|ch: char| ch.is_lowercase())
        || doc.tokens.get(verb_at).is_none_or(|t| !t.is_word())
    {
        return None;
    }
    // No other subject between: "X did A and Y said B" is not coordination;
    // unless the first verb is itself a cue whose clause holds that subject
    // ("She said she had met him twice but said neither …").
    let first_reports = doc
        .cues
        .at(verb_at)
        .is_some_and(|v| v.class.is_act() && !v.participle && !v.phrase);
    if !first_reports
        && (verb_at..c - 1).any(|j| {
            doc.tokens[j].kind == TokKind::Punct(';')
                || matches!(
                    doc.word(j),
                    "he" | "she" | "they" | "we" | "I" | "who" | "which" | "He" | "She" | "They"
                )
        })
    {
        return None;
    }
    Some(m)
}

/// Words that end a subject chunk going left: clause openers.
const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "or", "while", "when", "if", "because", "as", "although", "though", "since",
    "after", "before", "so", "that", "which", "who", "whom", "where", "than", "whether",
];

/// The subject of a cue the mention finder does not know ("58 percent of
/// Florida voters overall said …"): the words between the clause start and
/// the cue, at most eight, as an unnamed description.
fn chunk_subject(doc: &Document, cue: &Cue, s0: usize) -> Option<Mention> {
    let c = cue.toks.start;
    let mut k = c;
    while k > s0 {
        let t = doc.tokens[k - 1];
        let w = t.text(doc.text);
        // "A report published Wednesday said …", "a poll released on
        // Monday found …": a past participle after a lowercase noun modifies
        // the subject; any other cue ends it.
        let modifier = || {
            w.ends_with("ed")
                && k >= 2
                && k - 2 >= s0
                && doc.tokens[k - 2].is_word()
                && doc.word(k - 2).starts_with(|c: char| c.is_lowercase())
                && !NOT_CONTENT_START.contains(&doc.word(k - 2).to_lowercase().as_str())
        };
        // "47% say …": a percent sign belongs to the subject.
        let percent = t.kind == TokKind::Punct('%');
        if !(t.is_word() || percent)
            || (doc.cues.at(k - 1).is_some() && !modifier())
            || CLAUSE_OPENERS.contains(&w.to_lowercase().as_str())
        {
            break;
        }
        if doc.in_quote(t.start).is_some() || c - (k - 1) > 8 {
            return None;
        }
        k -= 1;
    }
    if k == c
        || (k > s0
            && !matches!(doc.tokens[k - 1].kind, TokKind::Punct(_))
            && !CLAUSE_OPENERS.contains(&doc.word(k - 1).to_lowercase().as_str()))
    {
        return None;
    }
    let first = doc.word(k);
    if pronoun(first).is_some() && c - k > 1 {
        return None;
    }
    // "…, in his opening remarks, …": a subject never opens with a preposition.
    if matches!(
        first,
        "in" | "on" | "at" | "for" | "with" | "by" | "from" | "to" | "of" | "In" | "On" | "At"
    ) {
        return None;
    }
    Some(Mention::plain_description(
        &doc.tokens,
        k..c,
        SpeakerKind::Unnamed,
        None,
    ))
}

/// `Democrats trying to regain the Senate in November say …`, `A third of
/// independents, 33%, say …`: a long subject, commas and all, that fills
/// the sentence up to a speech cue. Only for verbs of saying, and only
/// when nothing in it opens a clause or is itself a cue.
fn prefix_subject(doc: &Document, cue: &Cue, s0: usize) -> Option<Mention> {
    let c = cue.toks.start;
    if !matches!(
        cue.lemma,
        "say" | "tell" | "add" | "argue" | "insist" | "warn" | "claim"
    ) {
        return None;
    }
    let mut from = s0;
    while from < c && !doc.tokens[from].is_word() {
        from += 1;
    }
    let mut to = c;
    while to > from && matches!(doc.tokens[to - 1].kind, TokKind::Punct(',' | '—' | '-')) {
        to -= 1;
    }
    let n = words(doc, from, to);
    if !(2..=16).contains(&n) {
        return None;
    }
    let first = doc.word(from);
    if pronoun(first).is_some()
        || matches!(
            first,
            "In" | "On"
                | "At"
                | "For"
                | "With"
                | "By"
                | "From"
                | "To"
                | "Of"
                | "After"
                | "Before"
                | "During"
                | "When"
                | "While"
                | "If"
                | "As"
                | "Asked"
                | "But"
                | "And"
                | "It"
                | "There"
                | "This"
                | "That"
        )
    {
        return None;
    }
    let clean = (from..to).all(|k| {
        let t = doc.tokens[k];
        doc.in_quote(t.start).is_none()
            && doc.cues.at(k).is_none()
            && !matches!(t.kind, TokKind::Punct('.' | ';' | ':' | '"' | '“' | '”'))
            && !(t.is_word() && CLAUSE_OPENERS.contains(&t.text(doc.text)))
            && !(t.is_word() && is_finite_aux(t.text(doc.text)))
    });
    clean.then(|| Mention::plain_description(&doc.tokens, from..to, SpeakerKind::Unnamed, None))
}

/// `…, saying (that) …`, `X continued by stating that …`.
fn participle(
    doc: &Document,
    cue: &Cue,
    s0: usize,
    s1: usize,
    out: &[Attribution],
    quoted: &[Attribution],
    si: usize,
) -> Option<Found> {
    let c = cue.toks.start;
    let after_comma = c > s0
        && matches!(
            doc.tokens[c - 1].kind,
            TokKind::Punct(',' | '—' | '–' | '-')
        );
    let after_by = c > s0 && doc.word(c - 1).eq_ignore_ascii_case("by");
    if !(after_comma || after_by) {
        return with_participle(doc, cue, s0, s1);
    }
    // The sentence's speaker: an earlier attribution in it, or its subject.
    let speaker = quoted
        .iter()
        .chain(out.iter())
        .filter(|a| a.sentence == si && a.start < cue.start)
        .find_map(|a| a.speaker.clone())
        .or_else(|| {
            let m = mention_starting_at(doc.text, &doc.tokens, &doc.names, s0, c)?;
            (m.form != Form::Description
                || m.plural
                || doc.word(m.toks.start).eq_ignore_ascii_case("the"))
            .then_some(m)
        })
        .or_else(|| {
            // "Bagheri continued by stating": subject before the main verb.
            if after_by && c >= 3 {
                mention_ending_at(doc.text, &doc.tokens, &doc.names, c - 3, s0)
            } else {
                None
            }
        })
        .or_else(|| {
            // "But the other candidate, Hillary Clinton, drew a contrast,
            // saying …": the first name or subject pronoun of the sentence.
            crate::attribution::sentence_subject(doc, s0, c)
        })?;
    if let Some(from) = prepositional_object(doc, cue, cue.toks.end, s1) {
        // ", referring to the attacks", ", pointing to the polls".
        let end = clause_end(doc, from, s1);
        return Some((
            Method::Participle,
            doc.tokens[from].start,
            end,
            Some(speaker),
        ));
    }
    let from = content_start(doc, cue, cue.toks.end, s1)?;
    // ", highlighting their cooperation" reports an action, not content:
    // without "that", only verbs that take a bare clause qualify.
    let has_that = from > 0 && doc.word(from - 1).eq_ignore_ascii_case("that");
    let object = !has_that && OBJECT_VERBS.contains(&cue.lemma);
    if !has_that && !object && !BARE_CLAUSE_VERBS.contains(&cue.lemma) {
        return None;
    }
    // ", praising Obama": the object of such a verb is content however short.
    let min_words = if object { 1 } else { MIN_CONTENT_WORDS };
    let (start, end) = clause_from(doc, from, s1, min_words)?;
    Some((Method::Participle, start, end, Some(speaker)))
}

/// The reported clause starting at token `from`: its start and end, when it
/// opens with a word and holds at least `min_words` words.
fn clause_from(doc: &Document, from: usize, s1: usize, min_words: usize) -> Option<(usize, usize)> {
    let end = clause_end(doc, from, s1);
    (doc.tokens.get(from)?.is_word() && words(doc, from, doc.token_at(end)) >= min_words)
        .then(|| (doc.tokens[from].start, end))
}

/// `with 47 percent of voters saying they …`, `with polls showing …`: the
/// noun phrase between "with" and the participle is its subject.
fn with_participle(doc: &Document, cue: &Cue, s0: usize, s1: usize) -> Option<Found> {
    let c = cue.toks.start;
    let with = (c.saturating_sub(9).max(s0)..c)
        .rev()
        .take_while(|&k| doc.tokens[k].is_word() || doc.tokens[k].kind == TokKind::Punct('%'))
        .find(|&k| doc.word(k).eq_ignore_ascii_case("with"))?;
    if with + 1 >= c || !matches!(cue.lemma, "say" | "show" | "suggest" | "predict" | "warn") {
        return None;
    }
    let speaker = Mention::plain_description(&doc.tokens, with + 1..c, SpeakerKind::Unnamed, None);
    let from = content_start(doc, cue, cue.toks.end, s1)?;
    if !looks_like_clause(doc, from, s1) {
        return None;
    }
    let (start, end) = clause_from(doc, from, s1, MIN_CONTENT_WORDS)?;
    Some((Method::Participle, start, end, Some(speaker)))
}

/// The source after "according to" when it is no person or role noun we
/// know ("according to company documents", "according to the
/// congressional report"): the words up to the next punctuation, at most
/// ten, as an unnamed (or organisation) description.
fn source_phrase(doc: &Document, from: usize, s1: usize) -> Option<Mention> {
    let end = (from..s1.min(from + 10))
        .take_while(|&k| doc.tokens[k].is_word())
        .last()?
        + 1;
    let org = (from..end).any(|k| crate::lexicon::lexicon().is_org_word(doc.word(k)));
    let kind = if org {
        SpeakerKind::Organization
    } else {
        SpeakerKind::Unnamed
    };
    Some(Mention::plain_description(
        &doc.tokens,
        from..end,
        kind,
        None,
    ))
}

/// `According to X, …` and `…, according to X.`
fn according(doc: &Document, cue: &Cue, s0: usize, s1: usize) -> Option<Found> {
    let speaker = mention_starting_at(doc.text, &doc.tokens, &doc.names, cue.toks.end, s1)
        .or_else(|| source_phrase(doc, cue.toks.end, s1))?;
    // "But according to X, …": a conjunction may come first.
    let opener = (s0..cue.toks.start)
        .find(|&k| doc.tokens[k].is_word())
        .filter(|&k| matches!(doc.word(k), "But" | "And" | "Yet" | "So" | "Still"))
        .map_or(s0, |k| k + 1);
    if only_punct(doc, opener, cue.toks.start) {
        // Sentence-initial: the content follows the comma after the source.
        let comma = (speaker.toks.end..s1.min(speaker.toks.end + 12))
            .find(|&k| doc.tokens[k].kind == TokKind::Punct(','))?;
        let from = comma + 1;
        let end = clause_end(doc, from, s1);
        if words(doc, from, doc.token_at(end)) < MIN_CONTENT_WORDS {
            return None;
        }
        return Some((
            Method::According,
            doc.tokens.get(from)?.start,
            end,
            Some(speaker),
        ));
    }
    let c = cue.toks.start;
    // "…, according to X" or, closing the sentence, "… according to X.".
    let closes_sentence = doc
        .tokens
        .get(speaker.toks.end)
        .is_none_or(|t| matches!(t.kind, TokKind::Punct('.' | '!' | '?')));
    if c == 0
        || !(matches!(doc.tokens[c - 1].kind, TokKind::Punct(',' | '—'))
            || closes_sentence && doc.tokens[c - 1].is_word())
    {
        return None;
    }
    let mut from = after_last_colon(doc, s0, c);
    while from < c && !doc.tokens[from].is_word() && doc.in_quote(doc.tokens[from].start).is_none()
    {
        from += 1;
    }
    // "At the heart of it, according to X, was a decision …": a
    // parenthetical source sits inside its content, which the annotation
    // spans whole; the clause goes on when a verb follows the source.
    let rest = speaker.toks.end;
    let continues = doc
        .tokens
        .get(rest)
        .is_some_and(|t| t.kind == TokKind::Punct(','))
        && !matches!(doc.word(rest + 1), "who" | "which" | "whose" | "where")
        && !opens_new_clause(doc, rest + 1)
        && ((rest + 1..s1.min(rest + 14))
            .take_while(|&k| !is_terminator(doc, k))
            .any(|k| is_finite_aux(doc.word(k)))
            || looks_like_clause(doc, rest + 1, s1));
    // "Fundraising, according to the campaign, has surged": the clause
    // counts on both sides of the source.
    let after_words = if continues {
        words(doc, rest + 1, doc.token_at(clause_end(doc, rest + 1, s1)))
    } else {
        0
    };
    if words(doc, from, c) + after_words < MIN_CONTENT_WORDS {
        return None;
    }
    let end = if continues {
        clause_end(doc, rest + 1, s1)
    } else if doc.tokens[c - 1].is_word() {
        doc.tokens[c - 1].end
    } else {
        doc.tokens[c - 2.min(c)].end
    };
    Some((
        Method::According,
        doc.tokens[from].start,
        end,
        Some(speaker),
    ))
}

fn is_terminator(doc: &Document, k: usize) -> bool {
    matches!(doc.tokens[k].kind, TokKind::Punct('.' | '?' | '!' | ';'))
}
