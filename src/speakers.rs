//! The speakers table: one row per canonical speaker with how often and
//! where they were quoted. Newsrooms use it for source-diversity audits
//! ("who do we quote, how often, since when").
//!
//! Built incrementally as documents are written, in input order, so
//! `first_doc`/`last_doc` are deterministic for any thread count; memory
//! grows with the number of distinct speakers, not of documents. A
//! person's names are merged across documents at the end, when the whole
//! corpus says which merges are unambiguous ([`crate::names`]).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write;

use anyhow::Result;
use serde::Serialize;

use crate::extract::Quote;
use crate::names::{NameMap, surname};
use crate::output::{Format, cell, write_table};

/// Column order of the table, a public contract like [`crate::output::COLUMNS`].
pub const SPEAKER_COLUMNS: &[&str] = &[
    "speaker",
    "speaker_kind",
    "quotes",
    "direct",
    "mixed",
    "indirect",
    "documents",
    "first_doc",
    "last_doc",
    "variants",
    "speaker_role",
];

/// One speaker's row.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct SpeakerRow {
    /// The canonical speaker.
    pub speaker: String,
    /// person, organization, group or unnamed.
    pub speaker_kind: &'static str,
    /// Rows attributed to the speaker.
    pub quotes: usize,
    /// Of those, direct quotes.
    pub direct: usize,
    /// Mixed quotes.
    pub mixed: usize,
    /// Indirect (reported) speech.
    pub indirect: usize,
    /// Documents quoting the speaker.
    pub documents: usize,
    /// First document (input order) quoting the speaker.
    pub first_doc: String,
    /// Last document quoting the speaker.
    pub last_doc: String,
    /// The names merged into this row (`Barack Obama; Obama`), most
    /// credited first; empty when the row is one name.
    pub variants: String,
    /// The role the first document quoting this speaker gives them
    /// ("Harbor Lions head coach"); empty when none.
    pub speaker_role: String,
}

/// A row's identity: speaker and speaker kind.
type Key = (String, &'static str);

/// The speakers table being counted.
#[derive(Default)]
pub struct SpeakerTable {
    rows: HashMap<(String, &'static str), SpeakerRow>,
    /// The ordinals of the first and last document counted per speaker:
    /// the last so a speaker quoted ten times in one article counts one
    /// document, both so merged rows know their first and last document.
    seen: HashMap<(String, &'static str), (usize, usize)>,
    docs: usize,
    /// Leave a person's names apart (`--no-merge`).
    no_merge: bool,
    /// Sets of person names sharing a surname within one document, with
    /// how many documents had each set: a merged row counts such a
    /// document once, not once per name.
    together: HashMap<Vec<String>, usize>,
}

impl SpeakerTable {
    /// A table that merges a person's names across documents unless
    /// `no_merge` (see [`crate::names`]).
    pub fn new(no_merge: bool) -> SpeakerTable {
        SpeakerTable {
            no_merge,
            ..SpeakerTable::default()
        }
    }

    /// Count one document's rows. Rows without a canonical speaker
    /// (unattributed quotes, unresolved pronouns) are not anybody's.
    pub fn add(&mut self, doc: &str, quotes: &[Quote]) {
        let ordinal = self.docs;
        self.docs += 1;
        let mut by_surname: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
        for q in quotes.iter().filter(|q| q.speaker_kind == "person") {
            if let Some(s) = surname(&q.speaker) {
                by_surname.entry(s).or_default().insert(&q.speaker);
            }
        }
        for set in by_surname.into_values().filter(|s| s.len() > 1) {
            let set = set.into_iter().map(str::to_string).collect();
            *self.together.entry(set).or_default() += 1;
        }
        for q in quotes.iter().filter(|q| !q.speaker.is_empty()) {
            let key = (q.speaker.clone(), q.speaker_kind);
            let row = self.rows.entry(key.clone()).or_insert_with(|| SpeakerRow {
                speaker: q.speaker.clone(),
                speaker_kind: q.speaker_kind,
                quotes: 0,
                direct: 0,
                mixed: 0,
                indirect: 0,
                documents: 0,
                first_doc: doc.to_string(),
                last_doc: String::new(),
                variants: String::new(),
                speaker_role: String::new(),
            });
            if row.speaker_role.is_empty() {
                row.speaker_role.clone_from(&q.speaker_role);
            }
            row.quotes += 1;
            match q.kind {
                "direct" => row.direct += 1,
                "mixed" => row.mixed += 1,
                _ => row.indirect += 1,
            }
            let seen = self.seen.entry(key).or_insert((ordinal, usize::MAX));
            if seen.1 != ordinal {
                seen.1 = ordinal;
                row.documents += 1;
                doc.clone_into(&mut row.last_doc);
            }
        }
    }

    /// The person-name merges this table's rows call for (none with
    /// `no_merge`).
    pub fn name_map(&self) -> NameMap {
        if self.no_merge {
            return NameMap::default();
        }
        NameMap::build(
            self.rows
                .values()
                .filter(|r| r.speaker_kind == "person")
                .map(|r| (r.speaker.as_str(), r.quotes)),
        )
    }

    /// Rows by number of quotes (most first), then speaker, then kind,
    /// with a person's names merged. Counts of merged names add up; a
    /// document naming the person two ways counts once.
    pub fn rows(&self) -> Vec<SpeakerRow> {
        let names = self.name_map();
        let mut merged: HashMap<Key, (SpeakerRow, (usize, usize))> = HashMap::new();
        // Merge in a fixed order, so ties in first/last are decided the same way.
        let mut keys: Vec<&(String, &'static str)> = self.rows.keys().collect();
        keys.sort();
        for key in keys {
            let r = &self.rows[key];
            let (first, last) = self.seen[key];
            let name = if r.speaker_kind == "person" {
                names.canonical(&r.speaker)
            } else {
                &r.speaker
            };
            let entry = merged
                .entry((name.to_string(), r.speaker_kind))
                .or_insert_with(|| {
                    let mut row = r.clone();
                    row.speaker = name.to_string();
                    row.quotes = 0;
                    row.direct = 0;
                    row.mixed = 0;
                    row.indirect = 0;
                    row.documents = 0;
                    row.variants = names.variants(name).join("; ");
                    (row, (first, last))
                });
            let (row, span) = entry;
            row.quotes += r.quotes;
            row.direct += r.direct;
            row.mixed += r.mixed;
            row.indirect += r.indirect;
            row.documents += r.documents;
            if row.speaker_role.is_empty() {
                row.speaker_role.clone_from(&r.speaker_role);
            }
            if first < span.0 {
                span.0 = first;
                row.first_doc.clone_from(&r.first_doc);
            }
            if last > span.1 {
                span.1 = last;
                row.last_doc.clone_from(&r.last_doc);
            }
        }
        for (set, docs) in &self.together {
            let mut rows: Vec<&str> = set.iter().map(|n| names.canonical(n)).collect();
            rows.sort_unstable();
            for pair in rows.windows(2).filter(|p| p[0] == p[1]) {
                if let Some((row, _)) = merged.get_mut(&(pair[0].to_string(), "person")) {
                    row.documents -= docs;
                }
            }
        }
        let mut rows: Vec<SpeakerRow> = merged.into_values().map(|(r, _)| r).collect();
        rows.sort_by(|a, b| {
            b.quotes
                .cmp(&a.quotes)
                .then_with(|| a.speaker.cmp(&b.speaker))
                .then_with(|| a.speaker_kind.cmp(b.speaker_kind))
        });
        rows
    }

    /// Write the table as CSV (formula-escaped like the quotes) or JSONL.
    pub fn write(&self, w: impl Write, format: Format, escape_formulas: bool) -> Result<()> {
        let esc = |s: &str| cell(s, escape_formulas);
        write_table(w, format, SPEAKER_COLUMNS, &self.rows(), |r| {
            vec![
                esc(&r.speaker),
                r.speaker_kind.to_string(),
                r.quotes.to_string(),
                r.direct.to_string(),
                r.mixed.to_string(),
                r.indirect.to_string(),
                r.documents.to_string(),
                esc(&r.first_doc),
                esc(&r.last_doc),
                esc(&r.variants),
                esc(&r.speaker_role),
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Options, extract};

    #[test]
    fn counts_quotes_documents_and_first_last_doc() {
        let mut t = SpeakerTable::default();
        let a = "\"We will win,\" Mayor Ana Ruiz said. \"Twice,\" Ruiz added.";
        let b = "Ana Ruiz said the budget was balanced.";
        let c = "\"No,\" said Tom Okafor.";
        for (id, text) in [("a", a), ("b", b), ("c", c), ("d", a)] {
            t.add(id, &extract(text, &Options::default()));
        }
        let rows = t.rows();
        assert_eq!(rows.len(), 2, "{rows:?}");
        let ruiz = &rows[0];
        assert_eq!(ruiz.speaker, "Ana Ruiz");
        assert_eq!((ruiz.quotes, ruiz.direct, ruiz.indirect), (5, 4, 1));
        assert_eq!(ruiz.documents, 3);
        assert_eq!(
            (ruiz.first_doc.as_str(), ruiz.last_doc.as_str()),
            ("a", "d")
        );
        assert_eq!(
            (rows[1].speaker.as_str(), rows[1].documents),
            ("Tom Okafor", 1)
        );
    }

    #[test]
    fn csv_has_the_column_contract_as_header() {
        let mut out = Vec::new();
        SpeakerTable::default()
            .write(&mut out, Format::Csv, true)
            .expect("write");
        let out = String::from_utf8(out).expect("utf8");
        assert_eq!(out.trim_end(), SPEAKER_COLUMNS.join(","));
    }

    /// A document crediting a person under two names counts once in the
    /// merged row; merged first/last documents span both names.
    #[test]
    fn merged_rows_count_each_document_once() {
        let q = extract("\"Yes,\" said Ana Ruiz.", &Options::default());
        let as_name = |name: &str| {
            let mut q = q.clone();
            q[0].speaker = name.to_string();
            q
        };
        let both: Vec<Quote> = [as_name("Obama"), as_name("Barack Obama")].concat();
        let mut t = SpeakerTable::new(false);
        t.add("a", &as_name("Obama"));
        t.add("b", &both);
        t.add("c", &as_name("Barack Obama"));
        let rows = t.rows();
        assert_eq!(rows.len(), 1, "{rows:?}");
        let r = &rows[0];
        assert_eq!(
            (r.speaker.as_str(), r.quotes, r.documents),
            ("Barack Obama", 4, 3)
        );
        assert_eq!((r.first_doc.as_str(), r.last_doc.as_str()), ("a", "c"));
        assert_eq!(r.variants, "Barack Obama; Obama");
        let mut apart = SpeakerTable::new(true);
        apart.add("b", &both);
        assert_eq!(apart.rows().len(), 2);
    }
}
