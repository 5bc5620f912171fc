//! Stage 5: attribution of quotations — the sieve.
//!
//! Each quotation is tried against rules from most to least reliable, and
//! the first that fires wins; the rule's name goes to the `method` column:
//!
//! 1. `explicit` / `pronoun`: a cue and its subject right after the quote in
//!    the same sentence (`"…," X said`, `"…," said X`, `"…," he said`), or
//!    right before it ending in a comma (`X said, "…"`, and the second half
//!    of an interrupted quote `"…," said X, "…"`).
//! 2. `colon`: `X told a news conference: "…"`.
//! 3. `mixed`: a cue whose clause contains the quote
//!    (`X said the plan was "dead"`); the row spans the reported clause.
//! 4. `continuation`: a quote-only sentence or paragraph right after an
//!    attributed quote takes its speaker; a quote-only paragraph with no
//!    quote before takes the speaker of the next paragraph (`forward`).
//!
//! Short fragments with no cue in their sentence (titles, nicknames, scare
//! quotes) are not quotations and are dropped.

use crate::cues::Cue;
use crate::document::Document;
use crate::lexicon::CueClass;
use crate::mentions::{
    Form, Mention, SpeakerKind, descriptor_start, mention_ending_at, mention_starting_at,
    name_starting_at, pronoun,
};
use crate::segment::TokKind;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Direct,
    Mixed,
    Indirect,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Direct => "direct",
            Kind::Mixed => "mixed",
            Kind::Indirect => "indirect",
        }
    }
}

/// The rule that attributed a quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Explicit,
    Pronoun,
    Colon,
    Continuation,
    Forward,
    According,
    Reported,
    Postposed,
    Participle,
    /// `Asked whether he would run, Smith said …`: the question put to the
    /// speaker, attributed to the asker when named ("Asked by X").
    Question,
    None,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Explicit => "explicit",
            Method::Pronoun => "pronoun",
            Method::Colon => "colon",
            Method::Continuation => "continuation",
            Method::Forward => "forward",
            Method::According => "according",
            Method::Reported => "reported",
            Method::Postposed => "postposed",
            Method::Participle => "participle",
            Method::Question => "question",
            Method::None => "none",
        }
    }

    /// The rule for a row whose speaker is `m`: `Pronoun` when the speaker
    /// is a pronoun, else `named` (`Explicit`, `Reported`, …).
    pub fn for_speaker(m: &Mention, named: Method) -> Method {
        if m.form == Form::Pronoun {
            Method::Pronoun
        } else {
            named
        }
    }

    /// How far to trust a row attributed by this rule; measured precision of
    /// each rule on the PolNeAR train split guided the order, not the values.
    pub fn confidence(self) -> f64 {
        match self {
            Method::Explicit => 0.95,
            Method::Colon | Method::According => 0.9,
            Method::Pronoun | Method::Reported => 0.85,
            Method::Postposed | Method::Participle => 0.8,
            Method::Continuation | Method::Question => 0.7,
            Method::Forward => 0.5,
            Method::None => 0.3,
        }
    }
}

/// One attribution, in byte offsets, before speaker resolution.
#[derive(Clone, Debug)]
pub struct Attribution {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    pub speaker: Option<Mention>,
    pub cue: Option<Cue>,
    pub method: Method,
    pub paragraph: usize,
    pub sentence: usize,
}

/// Lowercase words that may sit between a subject and its cue
/// ("Novak also said", "she has … warned"); any lowercase `-ly` adverb may
/// too ("she has repeatedly warned"), so those are not listed.
const BETWEEN_SUBJECT_AND_CUE: &[&str] = &[
    "also", "has", "have", "had", "is", "was", "were", "are", "would", "will", "later", "then",
    "again", "once", "never", "not", "did", "does", "do", "often", "first", "further", "earlier",
    "even", "still", "already", "last", "week", "just", "insisted", "told",
];

/// Which cue classes a run reports.
#[derive(Clone, Copy, Debug)]
pub struct CueFilter {
    pub thought: bool,
}

impl CueFilter {
    pub fn allows(self, class: CueClass) -> bool {
        self.thought || class != CueClass::Thought
    }
}

/// Find the subject of the cue starting at token `c`: left of it
/// (`X said`, `X, the agency's director, said`) or, inverted, right of it
/// (`said X`). `floor`/`ceil` bound the search (token indices).
pub fn subject_of(
    doc: &Document,
    cue: &Cue,
    floor: usize,
    ceil: usize,
    allow_inverted: bool,
) -> Option<Mention> {
    let c = cue.toks.start;
    if c > floor {
        let mut j = c - 1;
        let mut skipped = 0;
        while j > floor && skipped < 3 {
            let w = doc.word(j);
            let adverb =
                w.len() > 4 && w.ends_with("ly") && w.starts_with(|c: char| c.is_lowercase());
            if doc.tokens[j].is_word() && (BETWEEN_SUBJECT_AND_CUE.contains(&w) || adverb) {
                j -= 1;
                skipped += 1;
            } else {
                break;
            }
        }
        // "Sen. Marco Rubio (R-Fla.) said": skip a short parenthetical.
        if doc.tokens[j].kind == TokKind::Punct(')')
            && let Some(open) = (j.saturating_sub(10).max(floor)..j)
                .rev()
                .find(|&k| doc.tokens[k].kind == TokKind::Punct('('))
            && open > floor
        {
            j = open - 1;
        }
        if doc.word(j) == "and" {
            // Coordinated cues: "X said … and added, …" share X.
            return (floor..j)
                .rev()
                .filter_map(|k| doc.cues.at(k))
                .filter(|c| !c.participle && !c.phrase)
                .find_map(|c| {
                    let m = subject_of(doc, c, floor, ceil, false)?;
                    (m.toks.end <= c.toks.start).then_some(m)
                });
        }
        if doc.tokens[j].kind == TokKind::Punct(',') {
            // Appositive or relative clause: "X, the agency's director, said".
            if let Some(m) = appositive_head(doc, j, floor) {
                return Some(m);
            }
        } else if let Some(m) = mention_ending_at(doc.text, &doc.tokens, &doc.names, j, floor) {
            return Some(m);
        }
    }
    // "told Fox News": after tell-like verbs the next name is the addressee.
    if allow_inverted && !cue.participle && !crate::lexicon::ADDRESSEE_VERBS.contains(&cue.lemma) {
        let after = cue.toks.end;
        if let Some(m) = mention_starting_at(doc.text, &doc.tokens, &doc.names, after, ceil)
            && !(m.form == Form::Pronoun && m.kind != crate::mentions::SpeakerKind::Person)
            // "said he doesn't believe …": the subject of a reported
            // clause, not an inverted one.
            && !(m.form == Form::Pronoun && doc.tokens.get(m.toks.end).is_some_and(|t| t.is_word()))
        {
            return Some(m);
        }
    }
    None
}

/// `X, <appositive>,` with the last comma at token `comma`: the name X.
/// Appositives may hold commas themselves ("Harry Bond, 30, of Raleigh,
/// N.C., who was polled, said"), so every comma back to `floor` is a
/// candidate; the leftmost person whose name opens its segment wins, else
/// the nearest mention.
fn appositive_head(doc: &Document, comma: usize, floor: usize) -> Option<Mention> {
    // "the mayor, Dana Whitfield, said": a name in apposition to a
    // description is the better speaker.
    let in_apposition = comma
        .checked_sub(1)
        .and_then(|k| mention_ending_at(doc.text, &doc.tokens, &doc.names, k, floor))
        .filter(|m| m.form == Form::Name && m.kind == SpeakerKind::Person)
        .filter(|m| {
            m.toks.start > floor && doc.tokens[m.toks.start - 1].kind == TokKind::Punct(',')
        });
    let lowest = comma.saturating_sub(40).max(floor);
    let mut nearest: Option<Mention> = None;
    let mut leftmost_person: Option<Mention> = None;
    let mut k = comma;
    while k > lowest {
        k -= 1;
        // "Rep. Ellen Marsh (D-Md.), chair of …, said": a parenthetical
        // after the name is skipped whole; the name before it ends a segment.
        if doc.tokens[k].kind == TokKind::Punct(')')
            && let Some(open) = (k.saturating_sub(8).max(lowest)..k)
                .rev()
                .find(|&o| doc.tokens[o].kind == TokKind::Punct('('))
        {
            k = open;
        }
        // "Sen. Tom Hale, R-Fla., said": an abbreviation's period is no
        // sentence end.
        let abbreviation_dot = doc.tokens[k].kind == TokKind::Punct('.')
            && doc
                .tokens
                .get(k + 1)
                .is_some_and(|t| matches!(t.kind, TokKind::Punct(',' | ')')));
        match doc.tokens[k].kind {
            _ if abbreviation_dot => {}
            TokKind::Punct(',' | '(') if k > 0 => {
                if let Some(m) = mention_ending_at(doc.text, &doc.tokens, &doc.names, k - 1, floor)
                    .filter(|m| m.form != Form::Pronoun)
                {
                    let opens_segment = m.toks.start == floor
                        || doc
                            .tokens
                            .get(m.toks.start.wrapping_sub(1))
                            .is_some_and(|t| !t.is_word());
                    if opens_segment && m.kind == SpeakerKind::Person && m.form == Form::Name {
                        leftmost_person = Some(m.clone());
                    }
                    if nearest.is_none() {
                        nearest = Some(m);
                    }
                }
            }
            TokKind::Punct('.' | '?' | '!' | ';' | '"' | '“' | '”') => break,
            _ => {}
        }
    }
    match (leftmost_person, nearest) {
        (Some(p), _) => Some(p),
        (None, Some(n)) if n.form == Form::Description && in_apposition.is_some() => in_apposition,
        (None, n) => n,
    }
}

/// Between a closing mark at `close_tok` and the subject (or cue) at
/// `subject`, only punctuation, a descriptor run ("former Utah governor"),
/// or a speaker phrase the subject is in apposition with ("the mayor, Dana
/// Whitfield, said") may stand.
fn subject_follows_quote(doc: &Document, close_tok: usize, subject: usize, ceil: usize) -> bool {
    if only_punct(
        doc,
        close_tok,
        descriptor_start(doc.text, &doc.tokens, subject, close_tok),
    ) {
        return true;
    }
    let first = (close_tok..subject).find(|&k| doc.tokens[k].is_word());
    first.is_some_and(|f| {
        only_punct(doc, close_tok, f)
            && mention_starting_at(doc.text, &doc.tokens, &doc.names, f, ceil).is_some_and(|m| {
                doc.tokens
                    .get(m.toks.end)
                    .is_some_and(|t| t.kind == TokKind::Punct(','))
            })
    })
}

/// True when tokens `from..to` hold no words (only punctuation).
pub fn only_punct(doc: &Document, from: usize, to: usize) -> bool {
    (from..to).all(|i| !doc.tokens[i].is_word())
}

/// `-ing` words that work as prepositions and do not open a new clause.
const NOT_CLAUSE_PARTICIPLES: &[&str] = &[
    "including",
    "regarding",
    "concerning",
    "following",
    "excluding",
    "involving",
    "during",
    "notwithstanding",
];

/// End (byte) of the clause that starts at token `from`, within a sentence
/// ending at token `sent_end` (exclusive): the sentence end, or before a
/// participial clause (", adding that", ", highlighting …"), ", according
/// to", a semicolon, or a new attribution.
pub fn clause_end(doc: &Document, from: usize, sent_end: usize) -> usize {
    let mut last_word_end = doc.tokens.get(from).map_or(0, |t| t.start);
    // "if Iran were a stock, he would advise buying it": a clause opening
    // with a subordinator runs on past the comma that closes it.
    let mut subordinate = matches!(
        doc.word(from),
        "if" | "If"
            | "when"
            | "When"
            | "unless"
            | "Unless"
            | "once"
            | "Once"
            | "because"
            | "Because"
            | "although"
            | "Although"
            | "while"
            | "While"
            // A fronted adjunct: "said that after the vote, the council …".
            | "after"
            | "before"
            | "since"
            | "until"
            | "despite"
            | "during"
    );
    let mut i = from;
    while i < sent_end {
        let t = doc.tokens[i];
        match t.kind {
            TokKind::Punct(';') => break,
            TokKind::Punct(',') if subordinate && doc.in_quote(t.start).is_none() => {
                subordinate = false;
            }
            TokKind::Punct(',' | '—' | '–' | '-') => {
                let next = doc.word(i + 1);
                let participle = next.ends_with("ing")
                    && next.chars().next().is_some_and(char::is_lowercase)
                    && !NOT_CLAUSE_PARTICIPLES.contains(&next);
                let according = next.eq_ignore_ascii_case("according");
                // ", compared with 40 percent", ", up from 32 percent".
                let comparison = matches!(next, "compared" | "versus" | "up" | "down");
                let contrast = matches!(next, "but" | "while" | "although" | "though" | "whereas");
                // ", and he …", ", and the company …": a new clause joined on.
                let joined = next == "and" && {
                    let w = doc.word(i + 2);
                    opens_subject(w) || w == "an"
                };
                // ", others say …": a new attribution takes over.
                // ", said X": an inverted attribution.
                let new_cue = (i + 1..(i + 6).min(sent_end)).any(|k| {
                    doc.cues.at(k).is_some_and(|c| !c.participle && !c.phrase)
                        && doc.in_quote(doc.tokens[k].start).is_none()
                });
                if (participle || according || comparison || new_cue || contrast || joined)
                    && doc.in_quote(t.start).is_none()
                {
                    break;
                }
            }
            // "… he was in therapy and vowed to change": the second verb is
            // an attribution of its own. Not a thought verb ("was tired and
            // wanted a change"): the annotation keeps those in the clause.
            TokKind::Word
                if matches!(t.text(doc.text), "and" | "but")
                    && i > from
                    && doc.in_quote(t.start).is_none()
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
        if t.is_word() || doc.in_quote(t.start).is_some() || is_closing_mark(doc, i) {
            last_word_end = t.end;
        }
        i += 1;
    }
    last_word_end
}

fn is_closing_mark(doc: &Document, i: usize) -> bool {
    // Quotes do not overlap, so their ends are sorted: binary search.
    let t = doc.tokens[i];
    let k = doc.quotes.partition_point(|q| q.outer_end < t.end);
    doc.quotes
        .get(k)
        .is_some_and(|q| q.outer_end == t.end && q.closed)
}

/// `“… the identity.” Cruz says he isn't familiar with it.`: a quote that
/// closes its own sentence, followed by subject, cue and a reported clause
/// (token `after` is the first past subject and cue: "that", a subject
/// pronoun or a determiner). The cue attributes the quote and also reports
/// the clause after it.
fn opens_next_sentence(doc: &Document, q: &crate::quotes::QuoteSpan, after: usize) -> bool {
    let inner = doc.text[q.content_start..q.content_end].trim_end();
    if !inner.ends_with(['.', '!', '?']) {
        return false;
    }
    doc.tokens.get(after).is_some_and(|t| {
        let w = t.text(doc.text);
        t.is_word() && (opens_subject(w) || matches!(w, "that" | "there"))
    })
}

/// A word that opens a subject: a subject pronoun or a determiner
/// (", and he …", "… .” Cruz said the …"), so a new clause starts there.
fn opens_subject(w: &str) -> bool {
    matches!(
        w,
        "he" | "she" | "they" | "it" | "we" | "I" | "the" | "a" | "his" | "her" | "their" | "its"
    )
}

fn is_terminator_tok(doc: &Document, i: usize) -> bool {
    matches!(doc.tokens[i].kind, TokKind::Punct('.' | '?' | '!' | ';'))
}

/// A quotation with no cue anywhere near it is reported only from this many
/// words up: shorter ones are titles, nicknames and scare quotes.
const MIN_UNCUED_QUOTE_WORDS: usize = 8;

/// A sieve result: rule, kind, content span, speaker and cue.
type Found = (Method, Kind, usize, usize, Option<Mention>, Option<Cue>);

/// Attribute every quotation span of `doc`. Returns the attributions and
/// marks the cues it used in `used_cues` (indexed like `doc.cues.list`).
pub fn attribute_quotes(
    doc: &Document,
    filter: CueFilter,
    used_cues: &mut [bool],
) -> Vec<Attribution> {
    let mut out: Vec<Attribution> = Vec::new();
    let n = doc.tokens.len();
    for (qi, q) in doc.quotes.iter().enumerate() {
        let open_tok = doc.token_at(q.outer_start);
        let close_tok = doc.token_at(q.outer_end).max(open_tok + 1).min(n);
        let content_first = doc.token_at(q.content_start);
        let s1 = doc.sentence_of_token(open_tok.min(n.saturating_sub(1)));
        let s2 = doc.sentence_of_token(close_tok.saturating_sub(1).min(n.saturating_sub(1)));
        let Some(sent1) = doc.sentences.get(s1) else {
            continue;
        };
        let Some(sent2) = doc.sentences.get(s2) else {
            continue;
        };
        // Pre: back to the sentence start or the previous quote's end.
        let prev_close = qi
            .checked_sub(1)
            .map(|p| doc.token_at(doc.quotes[p].outer_end))
            .unwrap_or(0);
        let pre_start = sent1.tokens.start.max(prev_close).min(open_tok);
        let next_open = doc
            .quotes
            .get(qi + 1)
            .map_or(n, |nq| doc.token_at(nq.outer_start));
        let post_end = sent2.tokens.end.min(next_open).max(close_tok);
        let words = doc.tokens[content_first..close_tok]
            .iter()
            .filter(|t| t.is_word())
            .count();
        let cue_ok = |c: &Cue| filter.allows(c.class);

        // 1. Cue right after the quote.
        let mut found: Option<Found> = None;
        // The cue also opens a reported clause of its own (see
        // `opens_next_sentence`): leave it to the reported-speech pass too.
        let mut shared_cue = false;
        let mut i = close_tok;
        // Wide enough for a long appositive between speaker and cue.
        let mut in_parens = false;
        while i < post_end && i < close_tok + 40 {
            match doc.tokens[i].kind {
                TokKind::Punct('(') => in_parens = true,
                TokKind::Punct(')') => in_parens = false,
                _ => {}
            }
            // "(D-Wis.)" does not end the attribution.
            if is_terminator_tok(doc, i) && !in_parens {
                break;
            }
            if let Some(c) = doc.cues.at(i).filter(|c| cue_ok(c) && !c.phrase) {
                if let Some(m) = subject_of(doc, c, close_tok, post_end, true)
                    && subject_follows_quote(
                        doc,
                        close_tok,
                        m.toks.start.min(c.toks.start),
                        post_end,
                    )
                {
                    let method = Method::for_speaker(&m, Method::Explicit);
                    shared_cue = opens_next_sentence(doc, q, m.toks.end.max(c.toks.end));
                    found = Some((
                        method,
                        Kind::Direct,
                        q.content_start,
                        q.content_end,
                        Some(m),
                        Some(c.clone()),
                    ));
                }
                break;
            }
            if doc
                .cues
                .at(i)
                .is_some_and(|c| c.phrase && c.lemma == "according")
            {
                let after = doc.cues.at(i).map_or(i + 2, |c| c.toks.end);
                if let Some(m) =
                    mention_starting_at(doc.text, &doc.tokens, &doc.names, after, post_end)
                {
                    let c = doc.cues.at(i).cloned();
                    found = Some((
                        Method::According,
                        Kind::Direct,
                        q.content_start,
                        q.content_end,
                        Some(m),
                        c,
                    ));
                }
                break;
            }
            i += 1;
        }
        // Content words in the sentence before the quote turn a direct quote
        // into a mixed one: `The plan was "dead," Novak said.`
        if let Some(f) = &mut found
            && !only_punct(doc, pre_start, open_tok)
            && prev_close <= sent1.tokens.start
            && (open_tok - pre_start) >= 2
        {
            f.1 = Kind::Mixed;
            f.2 = doc.tokens[pre_start].start;
        }

        // `"…" ― Pamela Padilla`: a dash and a name after the quote.
        if found.is_none()
            && close_tok < post_end
            && matches!(
                doc.tokens[close_tok].kind,
                TokKind::Punct('―' | '—' | '–' | '-')
            )
            && let Some(m) =
                mention_starting_at(doc.text, &doc.tokens, &doc.names, close_tok + 1, post_end)
            && m.form == Form::Name
        {
            found = Some((
                Method::Explicit,
                Kind::Direct,
                q.content_start,
                q.content_end,
                Some(m),
                None,
            ));
        }

        // 2./3. A cue before the quote.
        if found.is_none() {
            // A belief ("worried about …, Obama is rolling out …: \"…\"")
            // frames only a quote in its own clause: no comma or colon between.
            let own_clause = |c: &Cue| {
                c.class.is_act()
                    || (c.toks.end..open_tok)
                        .all(|k| !matches!(doc.tokens[k].kind, TokKind::Punct(',' | ':' | ';')))
            };
            let last_cue = (pre_start..open_tok)
                .rev()
                .filter_map(|k| doc.cues.at(k))
                .find(|c| cue_ok(c) && c.toks.start >= pre_start && own_clause(c));
            if let Some(c) = last_cue {
                let subj = if c.phrase && c.lemma == "according" {
                    mention_starting_at(doc.text, &doc.tokens, &doc.names, c.toks.end, open_tok)
                } else if c.participle {
                    previous_subject(&out, s1)
                        .or_else(|| sentence_subject(doc, sent1.tokens.start, c.toks.start))
                } else {
                    subject_of(doc, c, pre_start, open_tok, true)
                };
                let after_cue = match &subj {
                    Some(m) if m.toks.start >= c.toks.end => m.toks.end,
                    _ => c.toks.end,
                };
                let between: Vec<usize> = (after_cue..open_tok)
                    .filter(|&k| doc.tokens[k].is_word())
                    .collect();
                let ends_colon =
                    open_tok > 0 && doc.tokens[open_tok - 1].kind == TokKind::Punct(':');
                // `X said on Tuesday, "We …"`, `X told a rally in Ohio, "We …"`:
                // an adjunct or addressee, a comma, then a quote that opens
                // like a sentence is the whole quote, not a reported clause;
                // so is the second half of an interrupted quote (`"…," X told
                // reporters, "and …"`: an earlier quote closes in this sentence).
                let interrupted = prev_close > sent1.tokens.start;
                let ends_comma_sentence = open_tok > 0
                    && doc.tokens[open_tok - 1].kind == TokKind::Punct(',')
                    && (interrupted
                        || doc.text[q.content_start..q.content_end]
                            .chars()
                            .next()
                            .is_some_and(char::is_uppercase));
                let method_for = |m: &Option<Mention>, named: Method| {
                    m.as_ref()
                        .map_or(Method::None, |m| Method::for_speaker(m, named))
                };
                let direct_method = if between.is_empty() {
                    Some(if c.phrase {
                        Method::According
                    } else {
                        method_for(&subj, Method::Explicit)
                    })
                } else if ends_colon && between.len() <= 10 {
                    Some(if subj.is_some() {
                        Method::Colon
                    } else {
                        Method::None
                    })
                } else if ends_comma_sentence && between.len() <= 10 {
                    Some(method_for(&subj, Method::Explicit))
                } else {
                    None
                };
                if let Some(method) = direct_method {
                    found = Some((
                        method,
                        Kind::Direct,
                        q.content_start,
                        q.content_end,
                        subj,
                        Some(c.clone()),
                    ));
                } else if subj.is_some() || c.participle {
                    // Mixed: the reported clause from after the cue (and "that").
                    let mut from = after_cue;
                    if doc.word(from).eq_ignore_ascii_case("that") {
                        from += 1;
                    }
                    let subj = match subj {
                        Some(m) => Some(m),
                        None if c.participle => previous_subject(&out, s1),
                        None => None,
                    };
                    let end = clause_end(doc, from, sent2.tokens.end).max(q.content_end);
                    let start = doc.tokens.get(from).map_or(q.content_start, |t| t.start);
                    let method = if c.participle {
                        Method::Participle
                    } else {
                        method_for(&subj, Method::Explicit)
                    };
                    found = Some((method, Kind::Mixed, start, end, subj, Some(c.clone())));
                }
            }
        }

        // `Jones: "…"`, `Kelly responded pointedly, with a smile: "…"`: a
        // colon right before the quote and a name or pronoun opening the
        // clause, followed by the colon itself or by a lowercase word (its verb).
        if found.is_none() && open_tok >= 2 && doc.tokens[open_tok - 1].kind == TokKind::Punct(':')
        {
            let colon = open_tok - 1;
            found = sentence_subject(doc, pre_start, colon)
                .filter(|m| {
                    (m.toks.end == colon && m.form == Form::Name && m.toks.start == pre_start)
                        || doc.tokens.get(m.toks.end).is_some_and(|t| {
                            t.is_word()
                                && doc.word(m.toks.end).starts_with(|c: char| c.is_lowercase())
                        })
                })
                .map(|m| {
                    (
                        Method::Colon,
                        Kind::Direct,
                        q.content_start,
                        q.content_end,
                        Some(m),
                        None,
                    )
                });
        }

        let sentence_only_quote =
            only_punct(doc, pre_start, open_tok) && only_punct(doc, close_tok, post_end);
        // `"We will rebuild." Calloway said the work starts in May.`
        if found.is_none() && sentence_only_quote {
            found = next_sentence_speaker(doc, q, s2, &cue_ok).map(|(m, c)| {
                (
                    Method::for_speaker(&m, Method::Explicit),
                    Kind::Direct,
                    q.content_start,
                    q.content_end,
                    Some(m),
                    Some(c),
                )
            });
            shared_cue = found.is_some();
        }
        let found = match found {
            Some(f) => Some(f),
            None if sentence_only_quote || (q.paragraph != q.last_paragraph) => {
                colon_paragraph(doc, q)
                    .or_else(|| continuation(&out, q.paragraph, s1))
                    .or_else(|| previous_sentence_subject(doc, q, s1))
                    .or_else(|| forward(doc, q, &out))
                    .map(|(method, m)| {
                        (
                            method,
                            Kind::Direct,
                            q.content_start,
                            q.content_end,
                            Some(m),
                            None,
                        )
                    })
            }
            None => {
                // No cue: short fragments are titles or scare quotes.
                if words < MIN_UNCUED_QUOTE_WORDS {
                    None
                } else {
                    Some((
                        Method::None,
                        Kind::Direct,
                        q.content_start,
                        q.content_end,
                        None,
                        None,
                    ))
                }
            }
        };
        let Some((method, kind, start, end, speaker, cue)) = found.or_else(|| {
            // A whole quote-only sentence with no speaker is still reported.
            sentence_only_quote.then_some((
                Method::None,
                Kind::Direct,
                q.content_start,
                q.content_end,
                None,
                None,
            ))
        }) else {
            continue;
        };
        if let Some(c) = &cue
            && !(shared_cue && kind == Kind::Direct)
            && let Ok(idx) = doc.cues.list.binary_search_by_key(&c.start, |x| x.start)
        {
            used_cues[idx] = true;
        }
        if kind == Kind::Mixed
            && let Some(prev) = out.last_mut()
            && prev.kind == Kind::Mixed
            && prev.start == start
        {
            // Several fragments of one reported clause: one mixed row.
            prev.end = prev.end.max(end);
            continue;
        }
        out.push(Attribution {
            kind,
            start,
            end,
            speaker,
            cue,
            method,
            paragraph: q.paragraph,
            sentence: s1,
        });
    }
    out
}

/// The subject of the last attribution in sentence `s` (for participles).
fn previous_subject(out: &[Attribution], s: usize) -> Option<Mention> {
    out.iter()
        .rev()
        .take_while(|a| a.sentence == s)
        .find_map(|a| a.speaker.clone())
}

/// The subject of a sentence, for participles ("X compared …, saying"):
/// the first name or subject pronoun outside quotes before token `before`.
pub fn sentence_subject(doc: &Document, s0: usize, before: usize) -> Option<Mention> {
    (s0..before).find_map(|k| {
        let t = doc.tokens[k];
        if !t.is_word() || doc.in_quote(t.start).is_some() {
            return None;
        }
        if let Some((_, _, kind)) = pronoun(t.text(doc.text)) {
            return (kind == SpeakerKind::Person && t.text(doc.text) != "I")
                .then(|| mention_starting_at(doc.text, &doc.tokens, &doc.names, k, before))
                .flatten();
        }
        name_starting_at(&doc.names, &doc.tokens, k)
            .filter(|m| m.toks.start == k && !m.possessive && m.toks.end <= before)
            .cloned()
    })
}

/// A quote-only sentence continues the speaker of the previous attributed
/// quote in the same or the previous paragraph.
fn continuation(
    out: &[Attribution],
    paragraph: usize,
    sentence: usize,
) -> Option<(Method, Mention)> {
    let prev = out.iter().rev().find(|a| a.speaker.is_some())?;
    if paragraph > prev.paragraph + 1 || prev.sentence > sentence {
        return None;
    }
    Some((Method::Continuation, prev.speaker.clone()?))
}

/// A quote opening a paragraph right after one that ends in a colon
/// (`Holt said:` / `The statement read:`) takes that paragraph's speaker.
fn colon_paragraph(doc: &Document, q: &crate::quotes::QuoteSpan) -> Option<(Method, Mention)> {
    let prev = doc.paras.get(q.paragraph.checked_sub(1)?)?;
    let p = doc.paras.get(q.paragraph)?;
    if q.outer_start != p.start || !doc.text[prev.start..prev.end].ends_with(':') {
        return None;
    }
    let end = doc.token_at(prev.end);
    let s = doc.sentence_of_token(end.checked_sub(1)?);
    let start = doc.sentences.get(s)?.tokens.start;
    let by_cue = (start..end)
        .rev()
        .filter_map(|k| doc.cues.at(k))
        .find_map(|c| subject_of(doc, c, start, end, true));
    by_cue
        .or_else(|| sentence_subject(doc, start, end))
        .map(|m| (Method::Colon, m))
}

/// `Novak shook his head. "We are not there yet."`: a quote-only sentence
/// right after a sentence, in the same paragraph, whose subject is a named
/// person takes that person.
fn previous_sentence_subject(
    doc: &Document,
    q: &crate::quotes::QuoteSpan,
    s: usize,
) -> Option<(Method, Mention)> {
    let prev = doc.sentences.get(s.checked_sub(1)?)?;
    if prev.paragraph != q.paragraph || doc.in_quote(prev.start).is_some() {
        return None;
    }
    let m = sentence_subject(doc, prev.tokens.start, prev.tokens.end)?;
    (m.toks.start == prev.tokens.start && m.form == Form::Name && m.kind == SpeakerKind::Person)
        .then_some((Method::Continuation, m))
}

/// `"We will rebuild the pier." Calloway said the work would start in May.`:
/// a quote that closes its own sentence, followed in the same paragraph by
/// a sentence opening with its subject and a cue that reports a clause of
/// its own. The cue attributes the quote too (it is left to the
/// reported-speech pass as well).
fn next_sentence_speaker(
    doc: &Document,
    q: &crate::quotes::QuoteSpan,
    s: usize,
    cue_ok: &dyn Fn(&Cue) -> bool,
) -> Option<(Mention, Cue)> {
    let next = doc.sentences.get(s + 1)?;
    if next.paragraph != q.last_paragraph
        || !doc.text[q.content_start..q.content_end]
            .trim_end()
            .ends_with(['.', '!', '?'])
    {
        return None;
    }
    let (from, to) = (next.tokens.start, next.tokens.end);
    (from..(from + 8).min(to)).find_map(|k| {
        let c = doc
            .cues
            .at(k)
            .filter(|c| cue_ok(c) && !c.phrase && !c.participle)?;
        let m = subject_of(doc, c, from, to, false)?;
        let after = m.toks.end.max(c.toks.end);
        (m.toks.start == from && opens_next_sentence(doc, q, after)).then(|| (m, c.clone()))
    })
}

/// A quote that is a paragraph of its own with nothing attributed before it
/// (a headline quote) takes the speaker of the next paragraph's first cue.
fn forward(
    doc: &Document,
    q: &crate::quotes::QuoteSpan,
    out: &[Attribution],
) -> Option<(Method, Mention)> {
    let p = doc.paras.get(q.paragraph)?;
    if q.outer_start > p.start + 1
        || q.outer_end + 2 < p.end
        || out.iter().any(|a| a.paragraph + 1 >= q.paragraph)
    {
        return None;
    }
    let next = doc.paras.get(q.last_paragraph + 1)?;
    let from = doc.token_at(next.start);
    let to = doc.token_at(next.end);
    let s = doc.sentence_of_token(from);
    let first_sentence_end = doc.sentences.get(s).map_or(to, |s| s.tokens.end.min(to));
    (from..first_sentence_end).find_map(|k| {
        let c = doc.cues.at(k)?;
        let m = subject_of(doc, c, from, first_sentence_end, false)?;
        (m.form == Form::Name).then_some((Method::Forward, m))
    })
}
