//! Stage 7: export. CSV (default) and JSON Lines carry the same fields in
//! the same order; CSV cells that a spreadsheet would run as a formula are
//! neutralised (OWASP CSV-injection guidance) unless the user opts out.

use std::io::Write;

use anyhow::Result;
use serde::Serialize;

use crate::extract::{Quote, QuoteRef};

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
    "speaker_role",
];

/// Output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Comma-separated values with a header row.
    Csv,
    /// One JSON object per line.
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
    /// The document id.
    pub doc: &'a str,
    /// 1-based number of the row within its document.
    pub quote_id: usize,
    /// The row's fields.
    #[serde(flatten)]
    pub quote: &'a QuoteRef<'a>,
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

/// Write a table of summary rows (speakers, quote clusters): CSV with
/// `columns` as its header and `cells` giving each row's fields (free-text
/// cells already passed through [`cell`]), or one JSON object per row.
/// Shared so every table is framed the same way.
pub fn write_table<R: Serialize>(
    w: impl Write,
    format: Format,
    columns: &[&str],
    rows: &[R],
    cells: impl Fn(&R) -> Vec<String>,
) -> Result<()> {
    match format {
        Format::Csv => {
            let mut csv = csv::Writer::from_writer(w);
            csv.write_record(columns)?;
            for r in rows {
                csv.write_record(cells(r))?;
            }
            csv.flush()?;
        }
        Format::Jsonl => {
            let mut w = std::io::BufWriter::new(w);
            for r in rows {
                serde_json::to_writer(&mut w, r)?;
                w.write_all(b"\n")?;
            }
            w.flush()?;
        }
    }
    Ok(())
}

/// The UTF-8 byte-order mark that `--bom` puts before CSV output: Excel
/// reads BOM-less CSV as the local 8-bit code page and garbles accents.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Columns after the standard ones: `context` (with `--context`), then
/// the `--keep-field` names in the order given.
#[derive(Clone, Debug, Default)]
pub struct Extra {
    /// Add the `context` column.
    pub context: bool,
    /// Kept record fields, in the order named.
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

/// A document id made ready to start each of its rows ([`Rows::doc_cell`]):
/// a document's rows all start with its id, which as a CSV cell is
/// checked for characters to quote and escape once, not once a row.
pub struct DocCell<'a> {
    /// The id.
    id: &'a str,
    /// The id as a CSV cell (empty for JSON Lines).
    csv: Vec<u8>,
}

/// Encodes rows as bytes in one format. Shared by the worker threads, so
/// each document's rows are serialised where it was extracted and the
/// writer only copies bytes.
#[derive(Clone, Debug)]
pub struct Rows {
    format: Format,
    escape: bool,
    extra: Extra,
}

/// Bytes that make the `csv` crate quote a field (its defaults: `,`
/// delimiter, `"` quote, `\n` terminator, and `\r`).
fn needs_quotes(s: &[u8]) -> bool {
    if s.len() < 16 {
        return s.iter().any(|&b| matches!(b, b',' | b'"' | b'\n' | b'\r'));
    }
    memchr::memchr3(b',', b'"', b'\n', s).is_some() || memchr::memchr(b'\r', s).is_some()
}

/// One CSV field exactly as `csv::Writer` writes it with its default
/// settings (quoted only when necessary, quotes doubled), prefixed with `'`
/// when `escape` is on and the cell starts like a formula ([`neutralize`]).
#[inline(always)]
fn csv_field(out: &mut Vec<u8>, s: &str, escape: bool) {
    let b = s.as_bytes();
    let prefix = escape && matches!(b.first(), Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r'));
    if !needs_quotes(b) {
        if prefix {
            out.push(b'\'');
        }
        out.extend_from_slice(b);
        return;
    }
    out.push(b'"');
    if prefix {
        out.push(b'\'');
    }
    let mut rest = b;
    while let Some(i) = memchr::memchr(b'"', rest) {
        out.extend_from_slice(&rest[..=i]);
        out.push(b'"');
        rest = &rest[i + 1..];
    }
    out.extend_from_slice(rest);
    out.push(b'"');
}

/// A number as a CSV field (digits never need quotes).
///
/// Eight of a row's fields are numbers. The digits are made two at a time
/// from a table into a fixed 20-byte buffer, left-aligned, and the whole
/// buffer is appended and cut back: a copy of constant size is a pair of
/// moves, where a copy of the digits alone was a call to `memcpy`, and
/// this took about 80 instructions a number.
#[inline(always)]
fn csv_number(out: &mut Vec<u8>, v: usize) {
    const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
        2021222324252627282930313233343536373839\
        4041424344454647484950515253545556575859\
        6061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899";
    if v < 10 {
        out.push(b'0' + v as u8);
        return;
    }
    let digits = v.ilog10() as usize + 1;
    let mut buf = [0u8; 20];
    let mut end = digits;
    let mut v = v;
    while v >= 10 {
        let pair = (v % 100) * 2;
        v /= 100;
        end -= 2;
        buf[end..end + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    }
    if end == 1 {
        buf[0] = b'0' + v as u8;
    }
    let at = out.len();
    out.extend_from_slice(&buf);
    out.truncate(at + digits);
}

/// `write!(out, "{:.2}", v)` for a confidence: every row's is a whole number
/// of hundredths (`extract` rounds it so), which is written with integer
/// digits instead of the float formatter (a tenth of the cost of a row in
/// quote-dense text). Any other value goes through the formatter.
fn csv_hundredths(out: &mut Vec<u8>, v: f64) {
    use std::io::Write as _;
    let h = (v * 100.0).round();
    if (0.0..=1e6).contains(&h) && (v * 100.0 - h).abs() < 1e-6 {
        let h = h as usize;
        csv_number(out, h / 100);
        out.push(b'.');
        out.push(b'0' + (h / 10 % 10) as u8);
        out.push(b'0' + (h % 10) as u8);
    } else {
        // Writing to a Vec cannot fail.
        let _ = write!(out, "{v:.2}");
    }
}

impl Rows {
    /// An encoder for `format`; fails when a kept field clashes with a standard column.
    pub fn new(format: Format, escape_formulas: bool, extra: Extra) -> Result<Rows> {
        extra.columns()?;
        Ok(Rows {
            format,
            escape: escape_formulas && format == Format::Csv,
            extra,
        })
    }

    /// What precedes the rows: the CSV header line (nothing for JSONL).
    pub fn header(&self) -> Result<Vec<u8>> {
        let mut out = Vec::new();
        if self.format == Format::Csv {
            let extra = self.extra.columns()?;
            for (i, c) in COLUMNS.iter().chain(&extra).enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                csv_field(&mut out, c, false);
            }
            out.push(b'\n');
        }
        Ok(out)
    }

    /// Append one row; `kept` holds the document's `--keep-field` values.
    pub fn encode(
        &self,
        out: &mut Vec<u8>,
        doc: &DocCell,
        quote_id: usize,
        q: &QuoteRef,
        kept: &[serde_json::Value],
    ) -> Result<()> {
        match self.format {
            Format::Csv => self.encode_csv(out, doc, quote_id, q, kept),
            Format::Jsonl => {
                let start = out.len();
                serde_json::to_writer(
                    &mut *out,
                    &Record {
                        doc: doc.id,
                        quote_id,
                        quote: q,
                    },
                )?;
                if !self.extra.keep.is_empty() && out.len() > start && out.last() == Some(&b'}') {
                    out.pop();
                    for (i, name) in self.extra.keep.iter().enumerate() {
                        out.push(b',');
                        serde_json::to_writer(&mut *out, name)?;
                        out.push(b':');
                        let v = kept.get(i).unwrap_or(&serde_json::Value::Null);
                        serde_json::to_writer(&mut *out, v)?;
                    }
                    out.push(b'}');
                }
                out.push(b'\n');
            }
        }
        Ok(())
    }

    /// The id `doc` as the first cell of its rows ([`Rows::encode`]).
    pub fn doc_cell<'a>(&self, doc: &'a str) -> DocCell<'a> {
        let mut csv = Vec::new();
        if self.format == Format::Csv {
            csv_field(&mut csv, doc, self.escape);
        }
        DocCell { id: doc, csv }
    }

    fn encode_csv(
        &self,
        out: &mut Vec<u8>,
        doc: &DocCell,
        quote_id: usize,
        q: &QuoteRef,
        kept: &[serde_json::Value],
    ) {
        let esc = self.escape;
        let num = |out: &mut Vec<u8>, v: usize| {
            out.push(b',');
            csv_number(out, v);
        };
        let opt = |out: &mut Vec<u8>, v: Option<usize>| {
            out.push(b',');
            if let Some(v) = v {
                csv_number(out, v);
            }
        };
        let text = |out: &mut Vec<u8>, s: &str, escape: bool| {
            out.push(b',');
            csv_field(out, s, escape);
        };
        out.extend_from_slice(&doc.csv);
        num(out, quote_id);
        text(out, q.kind, false);
        text(out, q.quote, esc);
        text(out, q.speaker, esc);
        text(out, q.speaker_mention, esc);
        text(out, q.speaker_kind, false);
        text(out, q.cue, esc);
        num(out, q.quote_start);
        num(out, q.quote_end);
        opt(out, q.speaker_start);
        opt(out, q.speaker_end);
        opt(out, q.cue_start);
        opt(out, q.cue_end);
        num(out, q.paragraph);
        num(out, q.sentence);
        out.push(b',');
        let at = out.len();
        csv_hundredths(out, q.confidence);
        if needs_quotes(&out[at..]) {
            let s = String::from_utf8_lossy(&out[at..]).into_owned();
            out.truncate(at);
            csv_field(out, &s, false);
        }
        text(out, q.method, false);
        text(out, q.speaker_role, esc);
        if self.extra.context {
            text(out, q.context.unwrap_or(""), esc);
        }
        for i in 0..self.extra.keep.len() {
            match kept.get(i) {
                None | Some(serde_json::Value::Null) => out.push(b','),
                Some(serde_json::Value::String(s)) => text(out, s, esc),
                Some(v) => text(out, &v.to_string(), esc),
            }
        }
        out.push(b'\n');
    }
}

/// Writes rows in one format.
pub struct Sink<W: Write> {
    w: W,
    rows: Rows,
    /// One row, assembled before it is written.
    line: Vec<u8>,
}

impl<W: Write> Sink<W> {
    /// A sink writing to `w`, with the header row for CSV.
    pub fn new(mut w: W, format: Format, escape_formulas: bool, extra: Extra) -> Result<Sink<W>> {
        let rows = Rows::new(format, escape_formulas, extra)?;
        w.write_all(&rows.header()?)?;
        Ok(Sink {
            w,
            rows,
            line: Vec::new(),
        })
    }

    /// The encoder of this sink's rows, for rows encoded elsewhere (in the
    /// worker threads) and written through [`Sink::get_mut`].
    pub fn rows(&self) -> &Rows {
        &self.rows
    }

    /// Write one row; `kept` holds the document's `--keep-field` values.
    pub fn write(
        &mut self,
        doc: &str,
        quote_id: usize,
        q: &Quote,
        kept: &[serde_json::Value],
    ) -> Result<()> {
        self.line.clear();
        let doc = self.rows.doc_cell(doc);
        self.rows
            .encode(&mut self.line, &doc, quote_id, &q.as_ref(), kept)?;
        self.w.write_all(&self.line)?;
        Ok(())
    }

    /// The writer, for rows already encoded by [`Sink::rows`] (the CLI
    /// writes each document's, copying a huge one's from a file).
    pub fn get_mut(&mut self) -> &mut W {
        &mut self.w
    }

    /// Flush buffered rows (after each batch, so a streaming consumer sees them).
    pub fn flush(&mut self) -> std::io::Result<()> {
        self.w.flush()
    }

    /// Flush and hand back the writer.
    pub fn into_inner(mut self) -> Result<W> {
        self.w.flush()?;
        Ok(self.w)
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn numbers_print_as_the_formatter_prints_them() {
        let mut cases: Vec<usize> = (0..100_000).collect();
        for p in 0..20 {
            let t = 10usize.pow(p);
            cases.extend([t - 1, t, t + 1, t.saturating_mul(3).saturating_add(7)]);
        }
        cases.extend([usize::MAX, usize::MAX - 1, u64::MAX as usize / 7]);
        for v in cases {
            let mut out = b"x".to_vec();
            csv_number(&mut out, v);
            assert_eq!(out, format!("x{v}").into_bytes(), "{v}");
        }
    }

    #[test]
    fn confidences_print_as_the_float_formatter_prints_them() {
        let fmt = |v: f64| {
            let mut out = Vec::new();
            csv_hundredths(&mut out, v);
            String::from_utf8(out).expect("ASCII")
        };
        // Every whole number of hundredths, as `extract` rounds them, from
        // the products of every rule's confidence and the 0.8 penalty.
        for k in 0..=20_000u32 {
            let v = f64::from(k) / 100.0;
            assert_eq!(fmt(v), format!("{v:.2}"), "{v}");
            let penalised = (v * 0.8 * 100.0).round() / 100.0;
            assert_eq!(fmt(penalised), format!("{penalised:.2}"), "{penalised}");
        }
        // Anything else: the formatter itself.
        for v in [
            0.125,
            0.005,
            0.015,
            1.0 / 3.0,
            -0.5,
            f64::NAN,
            f64::INFINITY,
            1e300,
        ] {
            assert_eq!(fmt(v), format!("{v:.2}"), "{v}");
        }
    }
    use super::*;

    proptest::proptest! {
        /// The hand-written CSV encoder writes what `csv::Writer` (with the
        /// settings whosaid used before) writes for the same cells.
        #[test]
        fn csv_fields_match_the_csv_crate(
            cells in proptest::collection::vec("[a-z ,\"\r\n=+@\t'-]{0,24}|.{0,12}", 2..6),
            escape: bool,
        ) {
            let mut ours = Vec::new();
            for (i, c) in cells.iter().enumerate() {
                if i > 0 {
                    ours.push(b',');
                }
                csv_field(&mut ours, c, escape);
            }
            ours.push(b'\n');
            let mut w = csv::WriterBuilder::new().has_headers(false).from_writer(Vec::new());
            w.write_record(cells.iter().map(|c| cell(c, escape))).expect("record");
            let theirs = w.into_inner().expect("flush");
            proptest::prop_assert_eq!(ours, theirs);
        }
    }

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
        assert!(
            lines[0].ends_with(",method,speaker_role,url,year,gone"),
            "{}",
            lines[0]
        );
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
