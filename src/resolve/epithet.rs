//! Epithets news uses for a person named before: a nationality ("the
//! Frenchman", "the Ghanaian", "the Scot", `data/words/demonyms.tsv`) or a
//! family ("the mother of five", `data/words/kin_epithets.tsv`).
//!
//! A nationality is the person whose introduction states it ("Kwabena
//! Owusu, a Ghanaian-born chef"); failing that, the person the passage is
//! about, but only when the passage names nobody else a reader could take
//! it for (a Frenchman after a sentence about his coach is not the coach).
//! A family epithet is the person the passage is about, as "the retired
//! nurse" is.

use super::{Resolved, Resolver};
use crate::document::Document;
use crate::lexicon::Gender;
use crate::mentions::{Form, Mention, SpeakerKind};

/// How many sentences back an introduction stating the nationality is
/// looked for.
const EPITHET_SENTENCES: usize = 8;

/// How many tokens after a name its introduction may state the
/// nationality ("Kwabena Owusu, a Ghanaian-born chef"); before it, the
/// nationality must be among the three words in front ("Brazilian striker
/// Rafael Lima").
const AFTER_NAME: usize = 12;
const BEFORE_NAME: usize = 3;

fn gender_of(code: &str) -> Gender {
    match code {
        "m" => Gender::Male,
        "f" => Gender::Female,
        _ => Gender::Unknown,
    }
}

/// Does `w` start with `stem` in any ASCII case ("Ghanaian-born" with
/// "ghanaian")?
fn starts_with_stem(w: &str, stem: &str) -> bool {
    w.len() >= stem.len()
        && w.is_char_boundary(stem.len())
        && w[..stem.len()].eq_ignore_ascii_case(stem)
}

/// Is token `k` a number ("five", "5")?
fn is_count(doc: &Document, k: usize) -> bool {
    let w = doc.word(k);
    (!w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
        || [
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve",
        ]
        .iter()
        .any(|n| n.eq_ignore_ascii_case(w))
}

/// The "the" right before `m` when `m` is a one-word name that is not a
/// possessive ("the Frenchman", "the GP"): where an epithet or a role in
/// capitals may stand for someone.
fn the_before_one_word_name(doc: &Document, m: &Mention) -> Option<usize> {
    if m.form != Form::Name || m.toks.len() != 1 || m.possessive {
        return None;
    }
    let the = m.toks.start.checked_sub(1)?;
    (doc.tokens[the].is_word() && doc.word(the).eq_ignore_ascii_case("the")).then_some(the)
}

impl Resolver<'_> {
    /// A name mention that is a nationality epithet ("the Frenchman"):
    /// `Some` with the person it stands for, or the epithet as written
    /// (an unnamed person) when no one is sure; `None` for any other name.
    pub(super) fn nationality_epithet(&self, doc: &Document, m: &Mention) -> Option<Resolved> {
        let the = the_before_one_word_name(doc, m)?;
        // "the Mexican heritage of a judge": an adjective, no epithet.
        if doc.tokens.get(m.toks.end).is_some_and(|t| {
            t.is_word()
                && t.text(doc.text).starts_with(char::is_lowercase)
                && crate::lexicon::lexicon()
                    .word_info(t.word_id())
                    .cue
                    .form
                    .is_none()
        }) {
            return None;
        }
        let entry = crate::words::demonyms(doc.word(m.toks.start))?;
        let mut parts = entry.split_whitespace();
        let gender = gender_of(parts.next().unwrap_or("-"));
        let stems: Vec<&str> = parts.collect();
        let e = self
            .introduced_as(doc, m, &stems, gender)
            .or_else(|| self.sole_topic(doc, m, gender));
        Some(match e {
            Some(e) => self.entity_name(doc, e),
            None => Resolved {
                name: doc.text[doc.tokens[the].start()..m.end].to_string(),
                kind: SpeakerKind::Unnamed,
                role: String::new(),
            },
        })
    }

    /// A name mention that is a role in capitals after "the" ("the GP",
    /// "the CEO"): resolved as the description it is.
    pub(super) fn role_in_capitals(&self, doc: &Document, m: &Mention) -> Option<Resolved> {
        let the = the_before_one_word_name(doc, m)?;
        let role = crate::lexicon::lexicon()
            .role_of(doc.tokens[m.toks.start].word_id())
            .filter(|r| !r.plural)?;
        let word = doc.word(m.toks.start);
        if !word.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        let d = Mention {
            gender: role.gender,
            ..Mention::plain_description(
                &doc.tokens,
                the..m.toks.end,
                SpeakerKind::Unnamed,
                Some(word.to_ascii_lowercase().into_boxed_str()),
            )
        };
        // Not the organisation named "GP" itself: the holder of the role,
        // or the person the passage is about.
        let before = doc.names.partition_point(|n| n.start < m.start);
        let e = self
            .last_with_role(super::role_word(&word.to_ascii_lowercase()), before)
            .or_else(|| self.described_topic(doc, &d));
        Some(match e {
            Some(e) => self.entity_name(doc, e),
            None => Resolved {
                name: doc.text[d.start..d.end].to_string(),
                kind: SpeakerKind::Unnamed,
                role: String::new(),
            },
        })
    }

    /// The one person named in the [`EPITHET_SENTENCES`] before `m` whose
    /// introduction holds one of `stems` ("a Ghanaian-born chef", "the
    /// Scottish baker"); `None` when nobody's does, or more than one
    /// person's.
    fn introduced_as(
        &self,
        doc: &Document,
        m: &Mention,
        stems: &[&str],
        gender: Gender,
    ) -> Option<usize> {
        let here = doc.sentence_of_token(m.toks.start);
        let mut found: Option<usize> = None;
        for s in here.saturating_sub(EPITHET_SENTENCES)..=here {
            let sent = &doc.sentences[s];
            let end = sent.tokens.end.min(m.toks.start.saturating_sub(1));
            let names_from = doc
                .names
                .partition_point(|n| n.toks.start < sent.tokens.start);
            let names_to = doc.names.partition_point(|n| n.toks.start < end);
            if names_from == names_to {
                continue;
            }
            for k in sent.tokens.start..end {
                let t = doc.tokens[k];
                if !t.is_word() || !stems.iter().any(|s| starts_with_stem(t.text(doc.text), s)) {
                    continue;
                }
                // Another epithet ("the Ghanaian said") states nothing.
                if k > 0 && doc.word(k - 1).eq_ignore_ascii_case("the") {
                    continue;
                }
                // The name the word belongs to: the last one before it,
                // close enough, else one right after it.
                let before = (names_from..names_to)
                    .rev()
                    .find(|&i| doc.names[i].toks.end <= k)
                    .filter(|&i| k - doc.names[i].toks.end <= AFTER_NAME);
                let after = (names_from..names_to)
                    .find(|&i| doc.names[i].toks.start > k)
                    .filter(|&i| doc.names[i].toks.start - k <= BEFORE_NAME);
                let Some(i) = after.or(before) else {
                    continue;
                };
                let e = self.of_name[i];
                let ent = &self.entities[e];
                if ent.kind != SpeakerKind::Person
                    || !ent.gender.compatible(gender)
                    || doc.in_quote(doc.names[i].start).is_some()
                {
                    continue;
                }
                match found {
                    Some(f) if f != e => return None,
                    _ => found = Some(e),
                }
            }
        }
        found
    }

    /// The person the passage before `m` is about
    /// ([`crate::grammar::topic`]), when nobody else is named from that
    /// person's paragraph on.
    fn sole_topic(&self, doc: &Document, m: &Mention, gender: Gender) -> Option<usize> {
        let i = self.topic_person(doc, m, gender)?;
        let e = self.of_name[i];
        let para = doc.paragraph_of_token(doc.names[i].toks.start);
        let from = doc.paras.get(para)?.start;
        let first = doc.names.partition_point(|n| n.start < from);
        let rival = doc.names[first..]
            .iter()
            .enumerate()
            .take_while(|(_, n)| n.start < m.start)
            .any(|(j, n)| {
                let other = self.of_name[first + j];
                other != e
                    && n.kind == SpeakerKind::Person
                    && self.entities[other].kind == SpeakerKind::Person
                    && !n.possessive
                    && doc.in_quote(n.start).is_none()
            });
        (!rival).then_some(e)
    }

    /// The name of the person the passage before `m` is about
    /// ([`crate::grammar::topic`]): a confirmed person of a sex compatible
    /// with `gender`.
    fn topic_person(&self, doc: &Document, m: &Mention, gender: Gender) -> Option<usize> {
        crate::grammar::topic::topic(
            doc,
            m.start,
            |i| self.subject.get(i).copied().unwrap_or(false),
            |i, _| {
                let ent = &self.entities[self.of_name[i]];
                ent.kind == SpeakerKind::Person && ent.confirmed && ent.gender.compatible(gender)
            },
        )
    }

    /// "the mother of five", "the father of two": the person the passage
    /// is about, of the sex the noun gives.
    pub(super) fn kin_epithet(&self, doc: &Document, m: &Mention) -> Option<usize> {
        let t = m.toks.start;
        if m.form != Form::Description
            || m.toks.len() != 4
            || !doc.word(t).eq_ignore_ascii_case("the")
            || !doc.word(t + 2).eq_ignore_ascii_case("of")
            || !is_count(doc, t + 3)
        {
            return None;
        }
        let gender = crate::text::lowered(doc.word(t + 1), crate::words::kin_epithets)?;
        let gender = gender_of(gender);
        let i = self.topic_person(doc, m, gender)?;
        Some(self.of_name[i])
    }
}

#[cfg(test)]
mod tests {
    use crate::resolve::tests::check_last;

    #[test]
    fn nationality_epithets_name_the_person_introduced_with_them() {
        let cases = [
            (
                "Kwabena Owusu, a Ghanaian-born chef, and Fiona Drummond, a baker from Perth, won the prize.\n\n\"Five years ago I was cooking jollof,\" the Ghanaian said.",
                "Kwabena Owusu",
            ),
            (
                "Brazilian striker Rafael Lima scored twice. The coach, Dragan Ilić, was pleased.\n\n\"I was angry on the bench,\" the Brazilian said.",
                "Rafael Lima",
            ),
            // Nobody else in the passage: the person it is about.
            (
                "Storm hits the coast.\n\nAngus Mackenzie won the final on Sunday.\n\n\"I was angry on the bench,\" the Scot said.",
                "Angus Mackenzie",
            ),
            // The coach is not the Frenchman: nobody is sure.
            (
                "Goals from Rayan Benali won the match. The coach, Dragan Ilić, had left him on the bench.\n\n\"I was angry on the bench,\" the Frenchman said.",
                "the Frenchman",
            ),
            // A man is no Frenchwoman.
            (
                "Storm hits the coast.\n\nMr Paul Girard won the final on Sunday.\n\n\"I was angry,\" the Frenchwoman said.",
                "the Frenchwoman",
            ),
        ];
        check_last(&cases, false);
    }

    #[test]
    fn roles_in_capitals_are_descriptions() {
        let cases = [
            (
                "Storm hits.\n\nLeetia Kunuk, the island’s only GP, has been at the centre of the row. The GP warned: ‘Without the ferry, the island will be empty.’",
                "Leetia Kunuk",
            ),
            (
                "Storm hits.\n\n\"There is ash,\" Darmawati, the island's only GP, said.\n\n\"It came too late,\" admitted Amparo Iturbe Calvo, the lifeboat coxswain.\n\n\"Attendance has doubled,\" the GP noted.",
                "Darmawati",
            ),
        ];
        check_last(&cases, false);
    }

    #[test]
    fn family_epithets_name_the_person_the_passage_is_about() {
        let cases = [
            (
                "Storm hits the coast.\n\nLeonora Bautista, 54, who plants rice on two hectares, said prices were low.\n\n“We sell palay at 17 pesos,” the mother of five said.",
                "Leonora Bautista",
            ),
            (
                "Storm hits the coast.\n\nMr Tomás Rocha said prices were low.\n\n“We sell palay at 17 pesos,” the father of 3 said.",
                "Tomás Rocha",
            ),
        ];
        check_last(&cases, false);
    }
}
