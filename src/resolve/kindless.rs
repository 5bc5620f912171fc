//! "the club", "the company", "the trust" for an organisation whose name
//! tells no kind ("Harbury Athletic said on its website …. '…,' the club
//! said"; "Halloran Fibre said in a statement. '…,' the company said").
//!
//! [`Resolver::organisation_for`] finds an organisation whose name holds
//! the noun or a word of that kind ("Northgate Mining" is a company). A
//! name of made-up or foreign words tells nothing, and the lists may not
//! even know it for an organisation: it reads as a person nobody
//! confirms. When no organisation of the noun's kind is named, the
//! nearest organisation named just before (in the mention's paragraph or
//! the one before) is the one meant, if its name tells no other kind;
//! a name typed as a person counts when nothing but speaking makes it one
//! (it speaks, but no given name, title, role, age or pronoun says a
//! person) and it has two words or more. Either must be the subject of its
//! sentence; a label in capitals ("ABSTRACT") is none, and a specific noun
//! ("the foundation") takes no name of another kind ("… Federation").

use super::Resolver;
use crate::document::Document;
use crate::lexicon::{Gender, lexicon};
use crate::mentions::{Mention, SpeakerKind};

/// How many names back the organisation is looked for.
const KINDLESS_NAMES: usize = 24;

impl Resolver<'_> {
    /// The entity "the club" (`m`, "the" and a noun of
    /// `data/words/kindless_org_nouns.txt`) stands for, when no
    /// organisation of its kind is named; `None` otherwise.
    pub(super) fn kindless_organisation(&self, doc: &Document, m: &Mention) -> Option<usize> {
        if m.plural || m.toks.len() != 2 {
            return None;
        }
        if !crate::words::kindless_org_nouns_lower(doc.word(m.toks.start + 1)) {
            return None;
        }
        let noun = doc.word(m.toks.start + 1);
        // "the group", "the company" may be any organisation; "the club"
        // is none whose name says it is another kind ("the foundation" is
        // no "Federation").
        let generic = crate::words::generic_org_nouns_lower(noun);
        let here = doc.paragraph_of_token(m.toks.start);
        let before = doc.names.partition_point(|n| n.start < m.start);
        for i in (before.saturating_sub(KINDLESS_NAMES)..before).rev() {
            let n = &doc.names[i];
            if doc.paragraph_of_token(n.toks.start) + 1 < here {
                break;
            }
            if n.possessive || doc.in_quote(n.start).is_some() {
                continue;
            }
            let e = self.of_name[i];
            let ent = &self.entities[e];
            let name = &doc.text[ent.canonical.clone()];
            // "ABSTRACT", "OLYMPIC VILLAGE": a label in capitals.
            let label = name
                .split_whitespace()
                .any(|w| w.len() > 6 && w.bytes().all(|b| b.is_ascii_uppercase()));
            let other_kind = !generic
                && !name
                    .split_whitespace()
                    .any(|w| w.eq_ignore_ascii_case(noun))
                && name
                    .split_whitespace()
                    .any(crate::words::kindless_org_nouns_lower);
            // "… its manager, with the club in the Southern Counties
            // League": only a subject is what the passage is about.
            if !self.subject.get(i).copied().unwrap_or(false) {
                continue;
            }
            if label || other_kind {
                if ent.kind == SpeakerKind::Organization {
                    return None;
                }
                continue;
            }
            match ent.kind {
                SpeakerKind::Organization => {
                    // Of another kind ("the club" after "the Ministry of
                    // Health"): not this one, and nobody further back.
                    let kind = name
                        .split_whitespace()
                        .any(|w| crate::mentions::org_kind(w).is_some());
                    // "the team", "the network" after "Reuters", "TV": a
                    // specific noun wants a name of more than one word.
                    let one_word = !name.contains(' ');
                    return (!kind && (generic || !one_word)).then_some(e);
                }
                SpeakerKind::Person
                    if ent.confirmed
                        && !ent.person_evidence
                        && ent.gender == Gender::Unknown
                        && ent.learned == Gender::Unknown
                        && ent.words >= 2
                        && !lexicon().is_given_name(ent.first)
                        // "Republican Trump": a role word says a person.
                        && !name.split_whitespace().any(|w| lexicon().role(w).is_some()) =>
                {
                    return Some(e);
                }
                _ => {}
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use crate::resolve::tests::check_last;

    #[test]
    fn kind_nouns_find_organisations_whose_names_tell_no_kind() {
        let cases = [
            (
                "Storm hits.\n\nHarbury Athletic said on its website on Friday that it had sacked its manager, Stuart Penhaligon, with the club in the bottom three of the Southern Counties League.\n\n'The board would like to thank Stuart,' the club said.",
                "Harbury Athletic",
            ),
            (
                "Storm hits.\n\nHalloran Fibre has connected nine hundred homes.\n\n\"The last homes will be connected,\" Halloran Fibre said in a statement. \"We remain committed,\" the company said on its website.",
                "Halloran Fibre",
            ),
            (
                "Storm hits.\n\nIn a statement, the Marrowgate Museum Trust said: \"We are grateful.\" \"Security has been reviewed,\" the trust insisted.",
                "Marrowgate Museum Trust",
            ),
            // "the operator", "the firm": another word for the company
            // (data/words/reference_nouns.tsv).
            (
                "Storm hits.\n\nIn a statement, Skelda Ferries said: \"We understand.\" \"Sailings will resume soon,\" the operator added.",
                "Skelda Ferries",
            ),
            // A person is no company.
            (
                "Storm hits.\n\nMs Ana Ruiz said the homes would be connected.\n\n\"We remain committed,\" the company said.",
                "the company",
            ),
        ];
        check_last(&cases, false);
    }
}
