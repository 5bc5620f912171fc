//! Finding the subject of a cue: left of it (`X said`, `X, the agency's
//! director, said`), inverted (`said X`), in a relative clause, a
//! coordinated verb, a bare noun phrase, or the sentence's first name.

use crate::document::Document;
use crate::grammar::clause::is_finite_aux;
use crate::grammar::word_count;
use crate::mentions::{
    Form, Mention, SpeakerKind, is_punct_at, mention_ending_at, mention_starting_at,
    name_starting_at, pronoun,
};
use crate::model::{Cue, CueClass};
use crate::segment::TokKind;
use crate::words;
use crate::words::frame;

/// Find the subject of the cue starting at token `c`: left of it
/// (`X said`, `X, the agency's director, said`) or, inverted, right of it
/// (`said X`). `floor`/`ceil` bound the search (token indices).
pub(crate) fn subject_of(
    doc: &Document,
    cue: &Cue,
    floor: usize,
    ceil: usize,
    allow_inverted: bool,
) -> Option<Mention> {
    subject_at_depth(doc, cue, floor, ceil, allow_inverted, 0)
}

/// How many earlier cues a coordinated cue ("… and added") tries for the
/// subject it shares, nearest first.
const COORDINATED_CANDIDATES: usize = 4;

/// How many coordinations deep the search for a shared subject goes
/// ("X said, warned and added …" is two).
///
/// Both bounds keep the work per cue constant. Unbounded, each
/// coordinated cue tried every earlier cue of the sentence, and each of
/// those its own earlier cues: a fuzzed run of "says and said …" made
/// 800 bytes take 80 ms, doubling with every few words.
const COORDINATION_DEPTH: usize = 3;

/// [`subject_of`] inside `depth` coordinations.
fn subject_at_depth(
    doc: &Document,
    cue: &Cue,
    floor: usize,
    ceil: usize,
    allow_inverted: bool,
    depth: usize,
) -> Option<Mention> {
    let c = cue.toks.start;
    if c > floor {
        let mut j = c - 1;
        let mut skipped = 0;
        while j > floor && skipped < 3 {
            let w = doc.word(j);
            let adverb =
                w.len() > 4 && w.ends_with("ly") && w.starts_with(|c: char| c.is_lowercase());
            if doc.tokens[j].is_word() && (words::between_subject_and_cue(w) || adverb) {
                j -= 1;
                skipped += 1;
            } else {
                break;
            }
        }
        // "The ministry less than two weeks ago said", "Officials this week
        // said": a time phrase stands between the subject and its verb.
        j = before_time_phrase(doc, j, floor);
        // "Sen. Marco Rubio (R-Fla.) said": skip a short parenthetical.
        if doc.tokens[j].kind() == TokKind::Punct(')')
            && let Some(open) = (j.saturating_sub(10).max(floor)..j)
                .rev()
                .find(|&k| doc.tokens[k].kind() == TokKind::Punct('('))
            && open > floor
        {
            j = open - 1;
        }
        // "Cllr Iain Strachan – no relation – called": skip a short
        // parenthetical between dashes.
        // A dash may be written "--".
        if let TokKind::Punct(dash @ ('–' | '—' | '-')) = doc.tokens[j].kind() {
            let is_dash = |k: usize| doc.tokens[k].kind() == TokKind::Punct(dash);
            let mut close = j;
            while close > floor + 1 && is_dash(close - 1) {
                close -= 1;
            }
            if let Some(mut open) = (close.saturating_sub(10).max(floor)..close)
                .rev()
                .find(|&k| is_dash(k))
            {
                while open > floor + 1 && is_dash(open - 1) {
                    open -= 1;
                }
                if open > floor + 1 {
                    j = open - 1;
                }
            }
        }
        if words::coordinators(doc.word(j)) {
            // Coordinated cues: "X said … and added, …" (or "but added")
            // share X: the
            // nearest earlier cues of the clause, from the cue list (not a
            // walk over every token back to `floor`).
            if depth >= COORDINATION_DEPTH {
                return None;
            }
            let before = doc.cues.list.partition_point(|c| c.toks.start < j);
            // "When asked whom she supported, Ana Ruiz smiled and said": a
            // person named after a comma opens the clause that holds the
            // coordination; a cue before that comma is another clause's.
            // Its verb follows the name ("smiled"); an appositive name
            // ("called X's chief, J. Michael Pearson, …") opens no clause.
            let clause_name = (floor..j)
                .rev()
                .take(12)
                .filter(|&k| doc.tokens[k].kind() == TokKind::Punct(','))
                .find_map(|k| {
                    name_starting_at(&doc.names, &doc.tokens, k + 1).filter(|n| {
                        n.toks.start == k + 1
                            && n.kind == SpeakerKind::Person
                            && !n.possessive
                            && n.toks.end < j
                            && doc.tokens[n.toks.end].is_word()
                            && doc.word(n.toks.end).starts_with(char::is_lowercase)
                            && !crate::lexicon::lexicon()
                                .word_info(doc.tokens[n.toks.end].word_id())
                                .stopword
                    })
                });
            let clause_start = clause_name.map_or(floor, |n| n.toks.start);
            return doc.cues.list[..before]
                .iter()
                .rev()
                .take_while(|c| c.toks.start >= clause_start)
                .filter(|c| !c.participle && !c.phrase)
                .take(COORDINATED_CANDIDATES)
                .find_map(|c| {
                    let m = subject_at_depth(doc, c, floor, ceil, false, depth + 1)?;
                    (m.toks.end <= c.toks.start).then_some(m)
                })
                .or_else(|| clause_name.cloned())
                // "He played down the remarks and reportedly argued …": no
                // cue before the coordinator; the sentence's opening
                // subject, a person followed by its verb, has both verbs.
                .or_else(|| {
                    opening_subject(doc, floor, j).filter(|m| {
                        m.kind == SpeakerKind::Person
                            && m.toks.end < j
                            && doc.tokens[m.toks.end].is_word()
                            && doc.word(m.toks.end).starts_with(char::is_lowercase)
                            && (m.toks.end..j).all(|k| {
                                !matches!(doc.tokens[k].kind(), TokKind::Punct(',' | ';' | ':'))
                            })
                    })
                });
        }
        if let Some(m) = restrictive_relative(doc, j, floor) {
            return Some(m);
        }
        if doc.tokens[j].kind() == TokKind::Punct(',') {
            // Appositive or relative clause: "X, the agency's director, said".
            if let Some(m) = appositive_head(doc, j, floor) {
                return Some(m);
            }
        } else if let Some(m) = mention_ending_at(doc.text, &doc.tokens, &doc.names, j, floor)
            .filter(|m| !modifies_cue_noun(doc, cue, m))
        {
            return Some(affiliated_person(doc, &m, floor).unwrap_or(m));
        }
    }
    // "told Fox News": after tell-like verbs the next name is the addressee.
    // Nor after verbs whose object is what was said ("described all young
    // men as …").
    // Nor after an infinitive ("met on Sunday to discuss the land
    // dispute"): what follows is its object.
    let infinitive =
        c > 0 && doc.tokens[c - 1].is_word() && doc.word(c - 1).eq_ignore_ascii_case("to");
    if allow_inverted
        && !infinitive
        && !cue.participle
        && !cue.has(frame::ADDRESSEE)
        && !cue.has(frame::OBJECT)
    {
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

/// Is `m`, right before the cue, a determiner and words that make the cue
/// a noun ("the land dispute", "a loud chant", "the final say")? Only for a
/// singular description with no role noun, before a cue in its base form:
/// "the residents say", "the spokesman said" keep their subject.
fn modifies_cue_noun(doc: &Document, cue: &Cue, m: &Mention) -> bool {
    let last = doc.word(m.toks.end - 1);
    m.form == Form::Description
        && m.kind == SpeakerKind::Unnamed
        && m.role.is_none()
        && m.toks.end == cue.toks.start
        && m.toks.len() >= 2
        && !last.ends_with('s')
        && words::articles_lower(doc.word(m.toks.start))
        && doc.word(cue.toks.start).eq_ignore_ascii_case(cue.lemma)
        // A noun goes on ("the land dispute between", "a loud chant of");
        // "“…,” the article read." ends with its verb.
        && doc.tokens.get(cue.toks.end).is_some_and(|t| t.is_word())
}

/// The token before the time phrase ending at token `j` ("this week",
/// "on Monday", "less than two weeks ago"), or `j` when none ends there.
/// At most six words, and something must stand before it.
fn before_time_phrase(doc: &Document, j: usize, floor: usize) -> usize {
    if !(doc.tokens[j].is_word() && crate::mentions::is_time_word(doc.word(j))) {
        return j;
    }
    let mut k = j;
    while k > floor + 1 && j - k < 6 && doc.tokens[k - 1].is_word() {
        let w = doc.word(k - 1);
        let part = crate::mentions::is_time_word(w)
            || words::time_modifiers_ascii_lower(w)
            || words::time_phrase_words_ascii_lower(w)
            || w.bytes().all(|b| b.is_ascii_digit());
        if !part {
            break;
        }
        k -= 1;
    }
    // The time phrase must open with a word that can open one ("this",
    // "last", "on", a number …), not be a noun's own ("the Monday
    // meeting" is no phrase here).
    if k == j && !words::time_modifiers_ascii_lower(doc.word(j)) {
        // A bare time word ("yesterday", "Monday") stands alone.
        let bare = crate::text::is_day_or_month(doc.word(j))
            || doc.word(j).eq_ignore_ascii_case("yesterday")
            || doc.word(j).eq_ignore_ascii_case("today");
        // "A report published Tuesday said": the day dates the participle.
        return if j > floor && bare && !doc.word(j - 1).ends_with("ed") {
            j - 1
        } else {
            j
        };
    }
    k - 1
}

/// `X, <appositive>,` with the last comma at token `comma`: the name X.
/// Appositives may hold commas themselves ("Harry Bond, 30, of Raleigh,
/// N.C., who was polled, said"), so every comma back to `floor` is a
/// candidate; the leftmost person whose name opens its segment wins, else
/// the nearest mention.
pub(crate) fn appositive_head(doc: &Document, comma: usize, floor: usize) -> Option<Mention> {
    // "the mayor, Dana Whitfield, said": a name in apposition to a
    // description is the better speaker.
    let in_apposition = comma
        .checked_sub(1)
        .and_then(|k| mention_ending_at(doc.text, &doc.tokens, &doc.names, k, floor))
        .filter(|m| m.form == Form::Name && m.kind == SpeakerKind::Person)
        .filter(|m| {
            // Right after the comma, or after a role with at most one
            // modifier ("Her neighbour, retired engineer Mr Chinedu Eze,";
            // not "officials, including Gov. Chris Christie,").
            let lx = crate::lexicon::lexicon();
            let lower_word = |k: usize| {
                doc.tokens[k].is_word() && doc.word(k).starts_with(|c: char| c.is_lowercase())
            };
            let mut k = m.toks.start;
            // "My first captain, a Scot called Angus Mackenzie,": a short
            // description that names the person.
            if k > floor + 1 && words::naming_participles(doc.word(k - 1)) {
                let mut j = k - 1;
                while j > floor + 1 && k - j <= 4 && doc.tokens[j - 1].is_word() {
                    j -= 1;
                }
                if doc.tokens[j - 1].kind() == TokKind::Punct(',') {
                    k = j;
                }
            }
            if k > floor + 1
                && lower_word(k - 1)
                && lx.word_info(doc.tokens[k - 1].word_id()).role.is_some()
            {
                k -= 1;
                if k > floor + 1
                    && lower_word(k - 1)
                    && !lx.word_info(doc.tokens[k - 1].word_id()).stopword
                {
                    k -= 1;
                }
            }
            k > floor && doc.tokens[k - 1].kind() == TokKind::Punct(',')
        });
    let lowest = comma.saturating_sub(40).max(floor);
    let mut nearest: Option<Mention> = None;
    let mut leftmost_person: Option<Mention> = None;
    let mut k = comma;
    while k > lowest {
        k -= 1;
        // "Rep. Ellen Marsh (D-Md.), chair of …, said": a parenthetical
        // after the name is skipped whole; the name before it ends a segment.
        if doc.tokens[k].kind() == TokKind::Punct(')')
            && let Some(open) = (k.saturating_sub(8).max(lowest)..k)
                .rev()
                .find(|&o| doc.tokens[o].kind() == TokKind::Punct('('))
        {
            k = open;
        }
        // "Sen. Tom Hale, R-Fla., said": an abbreviation's period is no
        // sentence end.
        let abbreviation_dot = doc.tokens[k].kind() == TokKind::Punct('.')
            && doc
                .tokens
                .get(k + 1)
                .is_some_and(|t| matches!(t.kind(), TokKind::Punct(',' | ')')));
        match doc.tokens[k].kind() {
            _ if abbreviation_dot => {}
            TokKind::Punct(',' | '(') if k > 0 => {
                if let Some(m) = mention_ending_at(doc.text, &doc.tokens, &doc.names, k - 1, floor)
                    .filter(|m| m.form != Form::Pronoun)
                    // "Dr Ana Ruiz of the Marlbridge Health Trust, who
                    // treated the child, said": the person, not her body.
                    .map(|m| affiliated_person(doc, &m, floor).unwrap_or(m))
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
        // "His neighbour, Agnieszka Wrona, countered:": the name, also
        // when what it stands beside is no mention at all.
        (None, None) => in_apposition,
        (None, n) => n,
    }
}

/// The subject of a sentence, for participles ("X compared …, saying"):
/// the first name or subject pronoun outside quotes before token `before`.
pub(crate) fn sentence_subject(doc: &Document, s0: usize, before: usize) -> Option<Mention> {
    let from = opening_adjunct_end(doc, s0, before).unwrap_or(s0);
    (from..before).find_map(|k| subject_at(doc, k, before))
}

/// The token after the comma closing a sentence-initial adjunct opened by
/// a preposition at `s0` ("Like Corker, Menendez …", "In his ruling, Reeves
/// wrote …"), when that comma comes before `before` within a few words.
pub(crate) fn opening_adjunct_end(doc: &Document, s0: usize, before: usize) -> Option<usize> {
    let first = doc.tokens.get(s0).filter(|t| t.is_word())?;
    let opens = crate::text::lowered(first.text(doc.text), words::opening_prepositions);
    if !opens {
        return None;
    }
    let comma = |k: usize| is_punct_at(&doc.tokens, k, ',');
    let k = (s0 + 1..before.min(s0 + 12)).find(|&k| comma(k))?;
    // "In Ames, Iowa, Mrs. Clinton said": a place's state or country
    // between commas belongs to the adjunct.
    let state = name_starting_at(&doc.names, &doc.tokens, k + 1)
        .filter(|n| n.toks.start == k + 1 && n.form == Form::Name && comma(n.toks.end))
        .filter(|n| n.toks.end + 1 < before);
    Some(state.map_or(k + 1, |n| n.toks.end + 1))
}

/// [`sentence_subject`] when only a subject opening the sentence counts:
/// the one starting at token `s0`. Every other answer starts later, so
/// the rest of the sentence is not searched (for a quote after a long
/// sentence of quotations that search cost the sentence's length).
pub(crate) fn opening_subject(doc: &Document, s0: usize, before: usize) -> Option<Mention> {
    (s0 < before)
        .then(|| subject_at(doc, s0, before))
        .flatten()
        .filter(|m| m.toks.start == s0)
}

/// The subject [`sentence_subject`] takes at token `k`: a personal pronoun
/// or a name starting there, outside quotes, ending before `before`.
fn subject_at(doc: &Document, k: usize, before: usize) -> Option<Mention> {
    let t = doc.tokens[k];
    if !t.is_word() || doc.in_quote(t.start()).is_some() {
        return None;
    }
    if let Some((_, _, kind)) = pronoun(t.text(doc.text)) {
        return (kind == SpeakerKind::Person && t.text(doc.text) != "I")
            .then(|| mention_starting_at(doc.text, &doc.tokens, &doc.names, k, before))
            .flatten();
    }
    let m = name_starting_at(&doc.names, &doc.tokens, k)
        .filter(|m| m.toks.start == k && !m.possessive && m.toks.end <= before)?;
    // "Opposition councillor Áron Papp disagreed:", "Ravens captain Jaskaran
    // Dhillon said": a capitalised modifier, a role, then the person.
    Some(described_after(doc, m, before).unwrap_or(m).clone())
}

/// The person a descriptor run names after the name `m` that modifies it:
/// one to three lowercase words ending in a role, then a person's name
/// ending before `before`; `None` when `m` is surely a person itself.
fn described_after<'n>(doc: &'n Document, m: &Mention, before: usize) -> Option<&'n Mention> {
    if m.confirmed_person {
        return None;
    }
    let lx = crate::lexicon::lexicon();
    // Lowercase content words: "Clinton and top aide Jake Sullivan" is two.
    let lower = |k: usize| {
        doc.tokens.get(k).is_some_and(|t| t.is_word())
            && doc.word(k).starts_with(|c: char| c.is_lowercase())
            && !lx.word_info(doc.tokens[k].word_id()).stopword
    };
    // The person's mention may itself open with the role, when it is a
    // title ("councillor Áron Papp").
    let mut k = m.toks.end;
    while k < before && k - m.toks.end < 3 && lower(k) {
        k += 1;
        let role = lx.word_info(doc.tokens[k - 1].word_id()).role.is_some();
        let person = name_starting_at(&doc.names, &doc.tokens, k - 1)
            .filter(|p| p.toks.start == k - 1 && p.title.is_some())
            .or_else(|| {
                name_starting_at(&doc.names, &doc.tokens, k).filter(|p| role && p.toks.start == k)
            });
        if let Some(p) = person
            .filter(|p| p.kind == SpeakerKind::Person && !p.possessive && p.toks.end <= before)
        {
            return Some(p);
        }
    }
    None
}

/// `…, said Dan Gerstein, a senior analyst.`: a cue right after a comma
/// with its subject right after it, closing the sentence or followed by an
/// appositive, is a post-posed attribution even when a name sits somewhere
/// left of the comma (which the left-hand search would wrongly take).
pub(crate) fn inverted_after_comma(
    doc: &Document,
    cue: &Cue,
    s0: usize,
    s1: usize,
) -> Option<Mention> {
    let c = cue.toks.start;
    if c <= s0 || doc.tokens[c - 1].kind() != TokKind::Punct(',') || cue.participle || cue.phrase {
        return None;
    }
    // Only verbs of saying invert; after others the noun phrase is the
    // object ("…, criticized his opponents").
    if !cue.has(frame::INVERTS) {
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
        next.kind(),
        TokKind::Punct(',' | '.' | '!' | '?' | ';' | '(' | '—')
    )
    .then_some(m)
}

/// `Podesta, who said the project was vetted, …`: a relative "who" is the
/// subject (the annotation convention links the row to "who"; resolution
/// takes the name it follows).
pub(crate) fn relative_subject(doc: &Document, cue: &Cue, s0: usize) -> Option<Mention> {
    let mut k = cue.toks.start;
    let mut skipped = 0;
    while k > s0 && skipped < 2 && words::relative_skips(doc.word(k - 1)) {
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
                && !words::not_content_start(doc.word(k - 2)) =>
        {
            SpeakerKind::Unnamed
        }
        "which" if k >= 2 && doc.tokens[k - 2].kind() == TokKind::Punct(',') => {
            SpeakerKind::Organization
        }
        _ => return None,
    };
    if k <= s0 {
        return None;
    }
    let t = doc.tokens[k - 1];
    Some(Mention {
        start: t.start(),
        end: t.end(),
        core: t.start()..t.end(),
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
pub(crate) fn coordinated_subject(doc: &Document, cue: &Cue, s0: usize) -> Option<Mention> {
    let c = cue.toks.start;
    if c <= s0 + 2 || !words::coordinators(doc.word(c - 1)) {
        return None;
    }
    // "… and found it right before": only verbs that take a clause report
    // one without "that"; the others would report their object.
    let that = doc.word(cue.toks.end).eq_ignore_ascii_case("that");
    if !that && !cue.has(frame::CORE) {
        return None;
    }
    let mut k = s0;
    while k < c && !doc.tokens[k].is_word() {
        k += 1;
    }
    // "But the court overruled and said …": skip a sentence-opening
    // conjunction; "In his speech, Obama …": or a short opening phrase.
    if words::sentence_conjunctions(doc.word(k)) {
        k += 1;
    }
    let m = mention_starting_at(doc.text, &doc.tokens, &doc.names, k, c).or_else(|| {
        let comma = (k..(k + 8).min(c)).find(|&j| doc.tokens[j].kind() == TokKind::Punct(','))?;
        mention_starting_at(doc.text, &doc.tokens, &doc.names, comma + 1, c)
            .filter(|m| m.form != Form::Description || m.role.is_some())
    })?;
    // "Gary Emineth, a former state chairman, became a delegate and said …":
    // the verb comes after a name's appositive.
    let verb_at = if m.form == Form::Name
        && doc
            .tokens
            .get(m.toks.end)
            .is_some_and(|t| t.kind() == TokKind::Punct(','))
    {
        (m.toks.end + 2..(m.toks.end + 12).min(c))
            .find(|&j| doc.tokens[j].kind() == TokKind::Punct(','))
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
            doc.tokens[j].kind() == TokKind::Punct(';') || words::clause_subjects(doc.word(j))
        })
    {
        return None;
    }
    Some(m)
}

/// The subject of a cue the mention finder does not know ("58 percent of
/// Florida voters overall said …"): the words between the clause start and
/// the cue, at most eight, as an unnamed description.
pub(crate) fn chunk_subject(doc: &Document, cue: &Cue, s0: usize) -> Option<Mention> {
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
                && !words::not_content_start_lower(doc.word(k - 2))
        };
        // "47% say …": a percent sign belongs to the subject.
        let percent = t.kind() == TokKind::Punct('%');
        if !(t.is_word() || percent)
            || (doc.cues.at(k - 1).is_some() && !modifier())
            || words::clause_openers_lower(w)
        {
            break;
        }
        if doc.in_quote(t.start()).is_some() || c - (k - 1) > 8 {
            return None;
        }
        k -= 1;
    }
    if k == c
        || (k > s0
            && !matches!(doc.tokens[k - 1].kind(), TokKind::Punct(_))
            && !words::clause_openers_lower(doc.word(k - 1)))
    {
        return None;
    }
    let first = doc.word(k);
    if pronoun(first).is_some() && c - k > 1 {
        return None;
    }
    // "X, a veterinarian in Karaoy, was the first to warn …": a verb opens
    // what is left, so the subject is the appositive's head before it.
    if crate::text::lowered(first, |w| {
        words::finite_auxiliaries(w) || words::be_forms(w)
    }) {
        return (k > s0 && doc.tokens[k - 1].kind() == TokKind::Punct(','))
            .then(|| appositive_head(doc, k - 1, s0))
            .flatten();
    }
    // "…, in his opening remarks, …": a subject never opens with a preposition.
    if words::subject_prepositions(first) {
        return None;
    }
    // "Caucus-goers were slightly more likely to say …", "Haleh Karimi can
    // barely …": the subject ends before its verb; a relative clause
    // ("Republicans who have praised him") keeps its verb.
    let end = (k + 1..c)
        .take_while(|&j| !words::relative_pronouns(doc.word(j)))
        .find(|&j| {
            crate::text::lowered(doc.word(j), |w| {
                words::finite_auxiliaries(w) || words::be_forms(w)
            })
        })
        .unwrap_or(c);
    // A time phrase alone names nobody ("less than two weeks ago said");
    // after a noun it stays with it ("A report published Tuesday said").
    if crate::mentions::is_time_word(doc.word(end - 1)) && before_time_phrase(doc, end - 1, k) < k {
        return None;
    }
    // Nor an adverb alone ("… and reportedly argued", "who overwhelmingly
    // rejected").
    if end - k == 1 && {
        let w = doc.word(k);
        w.len() > 4 && w.ends_with("ly") && w.starts_with(char::is_lowercase)
    } {
        return None;
    }
    // What is left must name someone: not "there", "will", "How", nor
    // the words before an infinitive ("a reporter that appeared to
    // insinuate"; "Voters are likely to say" was cut at its verb above).
    if doc.word(end - 1).eq_ignore_ascii_case("to") {
        // "As Mitchell tried to discuss …", "Mr. Clinton reached for a
        // metaphor to describe …": a person named first is the subject of
        // the verb that governs the infinitive.
        return name_starting_at(&doc.names, &doc.tokens, k)
            .filter(|n| n.kind == SpeakerKind::Person && !n.possessive && n.toks.end < end - 1)
            .cloned();
    }
    if end - k == 1
        && crate::text::lowered(doc.word(k), |w| {
            words::finite_auxiliaries(w) || words::no_subject_alone(w)
        })
    {
        return None;
    }
    // A name the subject is exactly stays a name, resolved as one.
    if let Some(n) = name_starting_at(&doc.names, &doc.tokens, k).filter(|n| n.toks == (k..end)) {
        return Some(n.clone());
    }
    Some(Mention::plain_description(
        &doc.tokens,
        k..end,
        SpeakerKind::Unnamed,
        None,
    ))
}

/// `Democrats trying to regain the Senate in November say …`, `A third of
/// independents, 33%, say …`: a long subject, commas and all, that fills
/// the sentence up to a speech cue. Only for verbs of saying, and only
/// when nothing in it opens a clause or is itself a cue.
pub(crate) fn prefix_subject(doc: &Document, cue: &Cue, s0: usize) -> Option<Mention> {
    let c = cue.toks.start;
    if !cue.has(frame::CORE) {
        return None;
    }
    let mut from = s0;
    while from < c && !doc.tokens[from].is_word() {
        from += 1;
    }
    let mut to = c;
    while to > from && matches!(doc.tokens[to - 1].kind(), TokKind::Punct(',' | '—' | '-')) {
        to -= 1;
    }
    let n = word_count(doc, from, to, 17);
    if !(2..=16).contains(&n) {
        return None;
    }
    let first = doc.word(from);
    if pronoun(first).is_some() || words::not_subject_first(first) {
        return None;
    }
    let clean = (from..to).all(|k| {
        let t = doc.tokens[k];
        doc.in_quote(t.start()).is_none()
            && doc.cues.at(k).is_none()
            && !matches!(t.kind(), TokKind::Punct('.' | ';' | ':' | '"' | '“' | '”'))
            && !(t.is_word() && words::clause_openers(t.text(doc.text)))
            && !(t.is_word() && is_finite_aux(t.text(doc.text)))
    });
    clean.then(|| Mention::plain_description(&doc.tokens, from..to, SpeakerKind::Unnamed, None))
}

/// The source after "according to" when it is no person or role noun we
/// know ("according to company documents", "according to the
/// congressional report"): the words up to the next punctuation, at most
/// ten, as an unnamed (or organisation) description.
pub(crate) fn source_phrase(doc: &Document, from: usize, s1: usize) -> Option<Mention> {
    let end = (from..s1.min(from + 10))
        .take_while(|&k| doc.tokens[k].is_word())
        .last()?
        + 1;
    let lx = crate::lexicon::lexicon();
    // `is_org_word` of each word, from its token's entry.
    let org = (from..end).any(|k| {
        let w = doc.word(k);
        lx.word_info_of(w, doc.tokens[k].word_id(), w.trim_end_matches('.'))
            .org
    });
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

/// `Ben Ode of Crestline Capital said`, `Ana Ruiz of the Teachers Union
/// said`: an organisation or place after "of" (or "at", "from"), with or
/// without "the", that follows a person's name is that person's
/// affiliation; the person is the subject.
fn affiliated_person(doc: &Document, org: &Mention, floor: usize) -> Option<Mention> {
    // The body may be a name the lists do not know as one ("Meridian
    // Research", "Toronto"): anything but a confirmed person.
    let body = org.kind != SpeakerKind::Person || !org.confirmed_person;
    if !body || org.form != Form::Name || org.toks.start < floor + 2 {
        return None;
    }
    let mut prep = org.toks.start - 1;
    if doc.word(prep).eq_ignore_ascii_case("the") {
        if prep < floor + 2 {
            return None;
        }
        prep -= 1;
    }
    if !words::affiliation_prepositions(doc.word(prep)) {
        return None;
    }
    // A body the lists know takes any person's name before it; one they
    // do not know only a name that is surely a person's ("Melissa Cronin
    // of Gawker", not "Half of Vermont Democrats").
    let known = org.kind == SpeakerKind::Organization;
    mention_ending_at(doc.text, &doc.tokens, &doc.names, prep - 1, floor).filter(|p| {
        p.kind == SpeakerKind::Person && p.form == Form::Name && (known || p.confirmed_person)
    })
}

/// `Carlos Mendoza Ríos wrote to the council. The letter reads: "…"`: a
/// document named with "the" stands for the person who wrote (sent,
/// issued) it in the sentence before, in the same paragraph; `None` when
/// the mention is no such document or no writer is named there.
pub(crate) fn document_author(doc: &Document, m: &Mention) -> Option<Mention> {
    if m.form != Form::Description || m.toks.len() > 3 {
        return None;
    }
    if !words::document_nouns_lower(doc.word(m.toks.end - 1))
        || !doc.word(m.toks.start).eq_ignore_ascii_case("the")
    {
        return None;
    }
    // The sentence before, also across a paragraph break ("… said in a
    // joint statement." ¶ "“…,” the statement said.").
    let si = doc.sentence_of_token(m.toks.start);
    let prev = doc.sentences.get(si.checked_sub(1)?)?;
    let head = doc.word(m.toks.end - 1);
    // The sentence's first few cues, from the cue list: bounded work
    // however long the sentence before is.
    let first = doc
        .cues
        .list
        .partition_point(|c| c.toks.start < prev.tokens.start);
    doc.cues.list[first..]
        .iter()
        .take_while(|c| c.toks.start < prev.tokens.end)
        .take(MAX_AUTHOR_CUES)
        .find_map(|c| {
            // "said in a joint statement": the document named right after.
            let names_it = (c.toks.end..(c.toks.end + 5).min(prev.tokens.end))
                .any(|j| doc.word(j).eq_ignore_ascii_case(head));
            let w = subject_of(doc, c, prev.tokens.start, prev.tokens.end, false)?;
            let person = w.kind == SpeakerKind::Person && w.form == Form::Name;
            // "Ruiz and Ford said in a joint statement".
            let pair = w.kind == SpeakerKind::Group && w.plural && w.form == Form::Description;
            // "Deportivo Salinas said in a statement", "The ministry said
            // in a statement": the organisation ("The Times said Cook
            // provided a statement" names Cook's, not the paper's).
            let organisation = w.kind == SpeakerKind::Organization
                && (c.toks.end..(c.toks.end + 5).min(prev.tokens.end))
                    .take_while(|&j| !doc.word(j).eq_ignore_ascii_case(head))
                    .any(|j| doc.word(j).eq_ignore_ascii_case("in"));
            // "A statement from Mayor Ana Ruiz's office said …": the resolver
            // finds her behind it.
            let from = statement_source(doc, &w).is_some()
                && w.toks
                    .clone()
                    .any(|j| doc.word(j).eq_ignore_ascii_case(head));
            let writer = c.class == CueClass::Writing && person;
            (writer || (names_it && (person || pair || organisation)) || from).then_some(w)
        })
}

/// How many cues of the sentence before "the statement said" are tried
/// for the statement's author.
const MAX_AUTHOR_CUES: usize = 8;

/// The name a document description comes from: "A statement from Mayor
/// Teresa Rich's office", "a letter from Ana Ruiz", "a press release from
/// Judicial Watch" name Teresa Rich, Ana Ruiz and Judicial Watch. After
/// the description's document noun come "from", perhaps "the", and a name
/// that ends the description, or ends it with "'s office". "an email from
/// the president of the AFL-CIO" and "a memo from Mr. Rubio's campaign
/// manager" come from no name.
pub(crate) fn statement_source<'n>(doc: &'n Document, m: &Mention) -> Option<&'n Mention> {
    if m.form != Form::Description {
        return None;
    }
    let noun = m
        .toks
        .clone()
        .find(|&k| words::document_nouns_lower(doc.word(k)))?;
    let mut at = noun + 1;
    if at >= m.toks.end || !doc.word(at).eq_ignore_ascii_case("from") {
        return None;
    }
    at += 1;
    if at < m.toks.end && doc.word(at).eq_ignore_ascii_case("the") {
        at += 1;
    }
    let n = name_starting_at(&doc.names, &doc.tokens, at)
        .filter(|n| n.toks.start == at && n.kind != SpeakerKind::Place)?;
    let ends = if n.possessive {
        n.toks.end + 1 == m.toks.end && doc.word(n.toks.end).eq_ignore_ascii_case("office")
    } else {
        n.toks.end == m.toks.end
    };
    ends.then_some(n)
}

/// At most this many words in a restrictive relative clause between a
/// subject and its cue.
const MAX_RELATIVE_WORDS: usize = 10;

/// `a diplomat who asked not to be named said`, `residents who live near
/// the plant say`: a restrictive relative clause (no commas) ending at token
/// `j` right before the cue. An unnamed source or group keeps the clause as
/// part of its description; a named person is the subject alone.
fn restrictive_relative(doc: &Document, j: usize, floor: usize) -> Option<Mention> {
    let lowest = j.saturating_sub(MAX_RELATIVE_WORDS).max(floor + 1);
    let who = (lowest..=j)
        .rev()
        .take_while(|&k| doc.tokens[k].is_word())
        .find(|&k| words::person_relatives(doc.word(k)))?;
    if who >= j {
        return None;
    }
    let head = mention_ending_at(doc.text, &doc.tokens, &doc.names, who - 1, floor)?;
    match (head.form, head.kind) {
        (Form::Description, SpeakerKind::Unnamed) | (_, SpeakerKind::Group) => {
            Some(Mention::plain_description(
                &doc.tokens,
                head.toks.start..j + 1,
                head.kind,
                head.role.clone(),
            ))
        }
        (Form::Name, SpeakerKind::Person) => Some(head),
        _ => None,
    }
}
