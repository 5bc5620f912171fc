//! The speakers table: one row per canonical speaker with how often and
//! where they were quoted. Newsrooms use it for source-diversity audits
//! ("who do we quote, how often, since when").
//!
//! Built incrementally as documents are written, in input order, so
//! `first_doc`/`last_doc` are deterministic for any thread count; memory
//! grows with the number of distinct speakers, not of documents.

use std::collections::HashMap;
use std::io::Write;

use anyhow::Result;
use serde::Serialize;

use crate::extract::Quote;
use crate::output::{Format, cell};

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
];

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct SpeakerRow {
    pub speaker: String,
    pub speaker_kind: &'static str,
    pub quotes: usize,
    pub direct: usize,
    pub mixed: usize,
    pub indirect: usize,
    pub documents: usize,
    pub first_doc: String,
    pub last_doc: String,
}

#[derive(Default)]
pub struct SpeakerTable {
    rows: HashMap<(String, &'static str), SpeakerRow>,
    /// The ordinal of the last document counted per speaker, so a speaker
    /// quoted ten times in one article counts one document.
    last_seen: HashMap<(String, &'static str), usize>,
    docs: usize,
}

impl SpeakerTable {
    /// Count one document's rows. Rows without a canonical speaker
    /// (unattributed quotes, unresolved pronouns) are not anybody's.
    pub fn add(&mut self, doc: &str, quotes: &[Quote]) {
        let ordinal = self.docs;
        self.docs += 1;
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
            });
            row.quotes += 1;
            match q.kind {
                "direct" => row.direct += 1,
                "mixed" => row.mixed += 1,
                _ => row.indirect += 1,
            }
            if self.last_seen.insert(key, ordinal) != Some(ordinal) {
                row.documents += 1;
                doc.clone_into(&mut row.last_doc);
            }
        }
    }

    /// Rows by number of quotes (most first), then speaker, then kind.
    pub fn rows(&self) -> Vec<&SpeakerRow> {
        let mut rows: Vec<&SpeakerRow> = self.rows.values().collect();
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
        match format {
            Format::Csv => {
                let mut csv = csv::Writer::from_writer(w);
                csv.write_record(SPEAKER_COLUMNS)?;
                let esc = |s: &str| cell(s, escape_formulas);
                for r in self.rows() {
                    csv.write_record([
                        esc(&r.speaker),
                        r.speaker_kind.to_string(),
                        r.quotes.to_string(),
                        r.direct.to_string(),
                        r.mixed.to_string(),
                        r.indirect.to_string(),
                        r.documents.to_string(),
                        esc(&r.first_doc),
                        esc(&r.last_doc),
                    ])?;
                }
                csv.flush()?;
            }
            Format::Jsonl => {
                let mut w = std::io::BufWriter::new(w);
                for r in self.rows() {
                    serde_json::to_writer(&mut w, r)?;
                    w.write_all(b"\n")?;
                }
                w.flush()?;
            }
        }
        Ok(())
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
        let ruiz = rows[0];
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
}
