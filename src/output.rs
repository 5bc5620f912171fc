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

impl Format {
    /// The format a file name asks for: `.jsonl`, `.ndjson`, `.json` mean
    /// JSON Lines, anything else (and stdout) CSV.
    pub fn for_path(path: Option<&std::path::Path>) -> Format {
        let ext = path
            .and_then(|p| p.extension())
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("jsonl" | "ndjson" | "json") => Format::Jsonl,
            _ => Format::Csv,
        }
    }
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

/// A free-text CSV cell, neutralized when `escape` is on.
pub fn cell(s: &str, escape: bool) -> String {
    if escape {
        neutralize(s).into_owned()
    } else {
        s.to_string()
    }
}

fn opt(v: Option<usize>) -> String {
    v.map_or(String::new(), |v| v.to_string())
}

/// Columns after the standard ones: `context` (with `--context`), then
/// the `--keep-field` names in the order given.
#[derive(Clone, Debug, Default)]
pub struct Extra {
    pub context: bool,
    pub keep: Vec<String>,
}

impl Extra {
    /// The extra column names; a kept field may not shadow a standard
    /// column (a JSONL row would hold the key twice, a CSV two same-named
    /// columns), nor be named twice.
    pub fn columns(&self) -> Result<Vec<&str>> {
        let mut cols: Vec<&str> = Vec::new();
        if self.context {
            cols.push("context");
        }
        for k in &self.keep {
            if COLUMNS.contains(&k.as_str()) || cols.contains(&k.as_str()) {
                anyhow::bail!(
                    "--keep-field {k:?} clashes with an output column of that name; rename the field in the input"
                );
            }
            cols.push(k);
        }
        Ok(cols)
    }
}

/// Writes rows in one format.
pub struct Sink<W: Write> {
    format: Format,
    csv: Option<csv::Writer<W>>,
    raw: Option<W>,
    escape: bool,
    extra: Extra,
    /// One JSONL row, assembled before it is written.
    line: Vec<u8>,
}

impl<W: Write> Sink<W> {
    pub fn new(w: W, format: Format, escape_formulas: bool, extra: Extra) -> Result<Sink<W>> {
        let extra_cols = extra.columns()?;
        let (csv, raw) = match format {
            Format::Csv => {
                let mut csv = csv::WriterBuilder::new().has_headers(false).from_writer(w);
                csv.write_record(COLUMNS.iter().chain(&extra_cols))?;
                (Some(csv), None)
            }
            Format::Jsonl => (None, Some(w)),
        };
        Ok(Sink {
            format,
            csv,
            raw,
            escape: escape_formulas && format == Format::Csv,
            extra,
            line: Vec::new(),
        })
    }

    /// Write one row; `kept` holds the document's `--keep-field` values.
    pub fn write(
        &mut self,
        doc: &str,
        quote_id: usize,
        q: &Quote,
        kept: &[serde_json::Value],
    ) -> Result<()> {
        match self.format {
            Format::Csv => {
                let Some(csv) = self.csv.as_mut() else {
                    return Ok(());
                };
                let escape = self.escape;
                let esc = |s: &str| cell(s, escape);
                let mut row = vec![
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
                ];
                if self.extra.context {
                    row.push(esc(q.context.as_deref().unwrap_or("")));
                }
                row.extend(
                    self.extra
                        .keep
                        .iter()
                        .enumerate()
                        .map(|(i, _)| match kept.get(i) {
                            None | Some(serde_json::Value::Null) => String::new(),
                            Some(serde_json::Value::String(s)) => esc(s),
                            Some(v) => esc(&v.to_string()),
                        }),
                );
                csv.write_record(&row)?;
            }
            Format::Jsonl => {
                let Some(w) = self.raw.as_mut() else {
                    return Ok(());
                };
                let line = &mut self.line;
                line.clear();
                serde_json::to_writer(
                    &mut *line,
                    &Record {
                        doc,
                        quote_id,
                        quote: q,
                    },
                )?;
                if !self.extra.keep.is_empty() && line.pop() == Some(b'}') {
                    for (i, name) in self.extra.keep.iter().enumerate() {
                        line.push(b',');
                        serde_json::to_writer(&mut *line, name)?;
                        line.push(b':');
                        let v = kept.get(i).unwrap_or(&serde_json::Value::Null);
                        serde_json::to_writer(&mut *line, v)?;
                    }
                    line.push(b'}');
                }
                line.push(b'\n');
                w.write_all(line)?;
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
        let sink = Sink::new(Vec::new(), Format::Csv, true, Extra::default()).expect("sink");
        let out = String::from_utf8(sink.into_inner().expect("bytes")).expect("utf8");
        assert_eq!(out.trim_end(), COLUMNS.join(","));
    }

    fn sample() -> Quote {
        crate::extract(
            "\"We are ready,\" Mayor Ana Ruiz said.",
            &crate::Options::default(),
        )
        .into_iter()
        .next()
        .expect("a quote")
    }

    #[test]
    fn kept_fields_follow_the_standard_columns_in_both_formats() {
        let extra = Extra {
            context: false,
            keep: vec!["url".into(), "year".into(), "gone".into()],
        };
        let kept = [
            serde_json::json!("=x.test"),
            serde_json::json!(2024),
            serde_json::Value::Null,
        ];
        let mut csv = Sink::new(Vec::new(), Format::Csv, true, extra.clone()).expect("sink");
        csv.write("d1", 1, &sample(), &kept).expect("row");
        let out = String::from_utf8(csv.into_inner().expect("bytes")).expect("utf8");
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines[0].ends_with(",method,url,year,gone"), "{}", lines[0]);
        assert!(lines[1].ends_with(",'=x.test,2024,"), "{}", lines[1]);

        let mut jsonl = Sink::new(Vec::new(), Format::Jsonl, true, extra).expect("sink");
        jsonl.write("d1", 1, &sample(), &kept).expect("row");
        let out = String::from_utf8(jsonl.into_inner().expect("bytes")).expect("utf8");
        let v: serde_json::Value = serde_json::from_str(out.trim_end()).expect("json");
        assert_eq!(v["url"], "=x.test");
        assert_eq!(v["year"], 2024);
        assert!(v["gone"].is_null());
        assert_eq!(v["speaker"], "Ana Ruiz");
    }

    #[test]
    fn kept_fields_may_not_shadow_columns() {
        for keep in [vec!["speaker".to_string()], vec!["a".into(), "a".into()]] {
            let extra = Extra {
                context: false,
                keep,
            };
            assert!(Sink::new(Vec::new(), Format::Csv, true, extra).is_err());
        }
    }
}
