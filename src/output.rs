//! Stage 7: export. CSV (default) and JSON Lines carry the same fields in
//! the same order; CSV cells that a spreadsheet would run as a formula are
//! neutralised (OWASP CSV-injection guidance) unless the user opts out.

use std::io::Write;

use anyhow::Result;
use serde::Serialize;

use crate::extract::Quote;

/// Output column order, a public contract.
pub const COLUMNS: &[&str] = &[
    "doc",
    "quote_id",
    "kind",
    "quote",
    "speaker",
    "speaker_mention",
    "speaker_kind",
    "cue",
    "quote_start",
    "quote_end",
    "speaker_start",
    "speaker_end",
    "cue_start",
    "cue_end",
    "paragraph",
    "sentence",
    "confidence",
    "method",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Csv,
    Jsonl,
}

/// One output row: a quote with its document and number.
#[derive(Serialize)]
pub struct Record<'a> {
    pub doc: &'a str,
    pub quote_id: usize,
    #[serde(flatten)]
    pub quote: &'a Quote,
}

/// Prefix a cell that starts like a formula with `'`, so spreadsheets show
/// it as text. Offsets keep referring to the original text.
pub fn neutralize(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}").into(),
        _ => cell.into(),
    }
}

fn opt(v: Option<usize>) -> String {
    v.map_or(String::new(), |v| v.to_string())
}

/// Writes rows in one format.
pub struct Sink<W: Write> {
    format: Format,
    csv: Option<csv::Writer<W>>,
    raw: Option<W>,
    escape: bool,
}

impl<W: Write> Sink<W> {
    pub fn new(w: W, format: Format, escape_formulas: bool) -> Result<Sink<W>> {
        Ok(match format {
            Format::Csv => {
                let mut csv = csv::WriterBuilder::new().has_headers(false).from_writer(w);
                csv.write_record(COLUMNS)?;
                Sink {
                    format,
                    csv: Some(csv),
                    raw: None,
                    escape: escape_formulas,
                }
            }
            Format::Jsonl => Sink {
                format,
                csv: None,
                raw: Some(w),
                escape: false,
            },
        })
    }

    pub fn write(&mut self, doc: &str, quote_id: usize, q: &Quote) -> Result<()> {
        match self.format {
            Format::Csv => {
                let Some(csv) = self.csv.as_mut() else {
                    return Ok(());
                };
                let esc = |s: &str| {
                    if self.escape {
                        neutralize(s).into_owned()
                    } else {
                        s.to_string()
                    }
                };
                csv.write_record([
                    esc(doc),
                    quote_id.to_string(),
                    q.kind.to_string(),
                    esc(&q.quote),
                    esc(&q.speaker),
                    esc(&q.speaker_mention),
                    q.speaker_kind.to_string(),
                    esc(&q.cue),
                    q.quote_start.to_string(),
                    q.quote_end.to_string(),
                    opt(q.speaker_start),
                    opt(q.speaker_end),
                    opt(q.cue_start),
                    opt(q.cue_end),
                    q.paragraph.to_string(),
                    q.sentence.to_string(),
                    format!("{:.2}", q.confidence),
                    q.method.to_string(),
                ])?;
            }
            Format::Jsonl => {
                let Some(w) = self.raw.as_mut() else {
                    return Ok(());
                };
                serde_json::to_writer(
                    &mut *w,
                    &Record {
                        doc,
                        quote_id,
                        quote: q,
                    },
                )?;
                w.write_all(b"\n")?;
            }
        }
        Ok(())
    }

    /// Flush buffered rows (after each batch, so a streaming consumer sees them).
    pub fn flush(&mut self) -> std::io::Result<()> {
        match (&mut self.csv, &mut self.raw) {
            (Some(c), _) => c.flush(),
            (_, Some(w)) => w.flush(),
            _ => Ok(()),
        }
    }

    /// Flush and hand back the writer.
    pub fn into_inner(self) -> Result<W> {
        match (self.csv, self.raw) {
            (Some(c), _) => c.into_inner().map_err(|e| anyhow::anyhow!("{}", e.error())),
            (_, Some(mut w)) => {
                w.flush()?;
                Ok(w)
            }
            _ => anyhow::bail!("output already closed"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralized() {
        assert_eq!(neutralize("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(neutralize("-5 degrees"), "'-5 degrees");
        assert_eq!(neutralize("plain"), "plain");
    }

    #[test]
    fn csv_header_is_the_column_contract() {
        let sink = Sink::new(Vec::new(), Format::Csv, true).expect("sink");
        let out = String::from_utf8(sink.into_inner().expect("bytes")).expect("utf8");
        assert_eq!(out.trim_end(), COLUMNS.join(","));
    }
}
