//! `transcript`: interview transcripts and Q&A, where each turn is a
//! paragraph opening with its speaker's label and a colon and carries no
//! quotation marks:
//!
//! ```text
//! MS. LAN: At the district office. …
//! AL HADDAD: Did anyone warn you?
//! Q: Why did you vote against the budget?
//! A: I was told to stay quiet.
//! ```
//!
//! Every turn is a direct quote. A name label goes to the person of the
//! document whose name holds all its words ("LAN" → "Nguyen Thi Lan"); `Q`
//! goes to the interviewer and `A` to the interviewee, as the introduction
//! names them ("X spoke with Y", "our reporter X"). A document is a
//! transcript only when at least two turns have labels, so a lone
//! `Name: headline` line is left to the `headline` sieve.

use crate::document::Document;
use crate::grammar::overlaps;
use crate::grammar::subject::sentence_subject;
use crate::lexicon::lexicon;
use crate::mentions::{Form, Mention, SpeakerKind};
use crate::model::{Attribution, Kind, Method};
use crate::segment::TokKind;
use crate::sieves::TurnSieve;
use crate::words;

/// This sieve.
pub(crate) const SIEVE: TurnSieve = TurnSieve {
    name: "transcript",
    run,
};

/// At most this many words in a speaker label ("MS. NGUYEN THI LAN").
const MAX_LABEL_WORDS: usize = 5;

/// Where the introduction naming interviewer and interviewee may be: the
/// first paragraphs of the document.
const INTRO_PARAGRAPHS: usize = 4;

/// One turn: its label's tokens and the byte span of what was said.
struct Turn {
    label: std::ops::Range<usize>,
    start: usize,
    end: usize,
    paragraph: usize,
}

/// Who a label stands for.
#[derive(Clone, Copy, PartialEq)]
enum Role {
    Question,
    Answer,
    Named,
}

fn run(doc: &Document, out: &mut Vec<Attribution>, sieve: &'static str) {
    let turns: Vec<(Turn, Role)> = (0..doc.paras.len()).filter_map(|p| turn(doc, p)).collect();
    if turns.len() < 2 {
        return;
    }
    let (interviewer, interviewee) = participants(doc);
    // The quotation rows are sorted and disjoint (turns, appended below,
    // never overlap each other): those between the last row ending before
    // a turn and the first starting after it are the ones to check.
    let quoted = out.len();
    for (t, role) in turns {
        // A quotation inside the turn ("TAN: … told me, “The sea does not
        // read your CV.” …") is the turn's quote of someone else: the turn
        // is still a row. Any other overlap leaves the turn out.
        let i = out[..quoted].partition_point(|a| a.start < t.end);
        let first = out[..i].partition_point(|a| a.end <= t.start);
        if out[first..i].iter().any(|a| {
            overlaps(a.start, a.end, t.start, t.end) && !(a.start > t.start && a.end < t.end)
        }) {
            continue;
        }
        let speaker = match role {
            Role::Question => interviewer.clone(),
            Role::Answer => interviewee.clone(),
            Role::Named => person_for_label(doc, t.label.clone())
                .or_else(|| interviewer_label(doc, t.label.clone(), interviewer.as_ref()))
                .or_else(|| label_name(doc, t.label.clone())),
        };
        // "TAN: … I just say, “Good morning.”": the turn's speaker says
        // "I" in it.
        for a in &mut out[first..i] {
            if a.speaker
                .as_ref()
                .is_some_and(|m| m.form == Form::Pronoun && doc.text[m.start..m.end] == *"I")
            {
                a.speaker.clone_from(&speaker);
            }
        }
        let sentence = doc.sentence_of_token(doc.token_at(t.start));
        out.push(Attribution {
            kind: Kind::Direct,
            start: t.start,
            end: t.end,
            speaker,
            cue: None,
            method: Method::Colon,
            sieve,
            paragraph: t.paragraph,
            sentence,
        });
    }
}

/// Paragraph `p` as a turn: a label of uppercase words (honorifics aside)
/// or Q/A, a colon, then what was said.
fn turn(doc: &Document, p: usize) -> Option<(Turn, Role)> {
    let para = doc.paras.get(p)?;
    let from = doc.token_at(para.start);
    let to = doc.token_at(para.end);
    let colon = (from..to.min(from + 2 * MAX_LABEL_WORDS))
        .find(|&k| doc.tokens[k].kind() == TokKind::Punct(':'))?;
    let label_words: Vec<&str> = (from..colon)
        .filter(|&k| doc.tokens[k].is_word())
        .map(|k| doc.word(k))
        .collect();
    if label_words.is_empty() || label_words.len() > MAX_LABEL_WORDS || colon + 1 >= to {
        return None;
    }
    // Only words and the periods of abbreviations may stand in a label.
    if (from..colon)
        .any(|k| !doc.tokens[k].is_word() && doc.tokens[k].kind() != TokKind::Punct('.'))
    {
        return None;
    }
    let role = match label_words.as_slice() {
        [w] if words::question_labels(w) => Role::Question,
        [w] if words::answer_labels(w) => Role::Answer,
        ws if ws.iter().all(|w| is_upper(w))
            && !ws.iter().any(|w| words::colon_labels_lower(w)) =>
        {
            Role::Named
        }
        _ => return None,
    };
    let start = doc.tokens[colon + 1].start();
    let end = start + doc.text[start..para.end].trim_end().len();
    (end > start).then_some((
        Turn {
            label: from..colon,
            start,
            end,
            paragraph: p,
        },
        role,
    ))
}

/// An uppercase word of at least two letters ("LAN", "O'NEILL").
fn is_upper(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
}

/// The person whose name holds every word of the label (honorifics
/// aside), when exactly one person in the document does.
fn person_for_label(doc: &Document, label: std::ops::Range<usize>) -> Option<Mention> {
    let lx = lexicon();
    let want: Vec<String> = label
        .filter(|&k| doc.tokens[k].is_word())
        .map(|k| doc.word(k).to_lowercase())
        .filter(|w| lx.title(w.trim_end_matches('.')).is_none())
        .collect();
    if want.is_empty() {
        return None;
    }
    let mut found: Option<&Mention> = None;
    for m in doc.names.iter().filter(|m| m.kind == SpeakerKind::Person) {
        let name = doc.text[m.core.clone()].to_lowercase();
        let parts: Vec<&str> = name.split_whitespace().collect();
        if !want.iter().all(|w| parts.contains(&w.as_str())) {
            continue;
        }
        match found {
            // The fullest form of the same person.
            Some(f) if doc.text[f.core.clone()].to_lowercase().contains(&name) => {}
            Some(f) if name.contains(&doc.text[f.core.clone()].to_lowercase()) => found = Some(m),
            Some(_) => return None,
            None => found = Some(m),
        }
    }
    found.cloned()
}

/// "HOST:", "INTERVIEWER:": a label that is the interviewer's role stands
/// for the interviewer the introduction names ("She spoke with host
/// Marisol Bennett").
fn interviewer_label(
    doc: &Document,
    label: std::ops::Range<usize>,
    interviewer: Option<&Mention>,
) -> Option<Mention> {
    let mut words = label.filter(|&k| doc.tokens[k].is_word());
    let (Some(k), None) = (words.next(), words.next()) else {
        return None;
    };
    if !words::interviewer_roles_lower(doc.word(k)) {
        return None;
    }
    interviewer.filter(|m| m.form == Form::Name).cloned()
}

/// The label itself as the speaker's name ("TAPPER:"), when the document
/// names nobody it could stand for: the name found over the label's words.
fn label_name(doc: &Document, label: std::ops::Range<usize>) -> Option<Mention> {
    let (from, to) = (label.start, label.end);
    let at = doc.tokens.get(from)?.start();
    let i = doc.names.partition_point(|n| n.start < at);
    doc.names
        .get(i)
        .filter(|n| n.toks.start >= from && n.toks.end <= to && n.form == Form::Name)
        .cloned()
}

/// Interviewer and interviewee from the introduction: "X spoke with Y",
/// "X interviewed Y"; a participant described as the reporter (or host,
/// editor) is the interviewer whichever side of the verb it stands on, and
/// a pronoun subject ("He spoke to Y") is the interviewee.
fn participants(doc: &Document) -> (Option<Mention>, Option<Mention>) {
    let end = doc
        .paras
        .get(INTRO_PARAGRAPHS.min(doc.paras.len()).saturating_sub(1))
        .map_or(0, |p| doc.token_at(p.end));
    for s in doc.sentences.iter().take_while(|s| s.tokens.start < end) {
        let Some(v) = (s.tokens.start..s.tokens.end).find(|&k| words::interview_verbs(doc.word(k)))
        else {
            continue;
        };
        let Some(subject) = sentence_subject(doc, s.tokens.start, v) else {
            continue;
        };
        let object = doc.names.iter().find(|m| {
            m.toks.start > v
                && m.toks.end <= s.tokens.end
                && m.kind == SpeakerKind::Person
                && m.form == Form::Name
        });
        let Some(object) = object.cloned() else {
            continue;
        };
        let described_as_interviewer = |m: &Mention| {
            (m.toks.start.saturating_sub(3)..m.toks.start)
                .any(|k| words::interviewer_roles_lower(doc.word(k)))
        };
        // "He spoke to Ji-woo Park": a pronoun subject refers back to the
        // person the piece is about, the interviewee.
        let swap = (described_as_interviewer(&object) && !described_as_interviewer(&subject))
            || subject.form == Form::Pronoun;
        return if swap {
            (Some(object), Some(subject))
        } else {
            (Some(subject), Some(object))
        };
    }
    (None, None)
}
