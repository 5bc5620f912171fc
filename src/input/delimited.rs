//! CSV and TSV dumps with a header row: one document per record, its text
//! in the `--text-field` column. Records stream one at a time; a record
//! whose text is unusable fails alone, named `file:line` (the line where
//! the record starts, counting from 1, header included, as editors do).

use std::collections::VecDeque;
use std::io::Read;

use super::{Failure, InputDoc, InputOptions, Item, fail, failure, lossy_warning};

pub struct CsvStream {
    name: String,
    reader: csv::Reader<NewlineTracker>,
    record: csv::ByteRecord,
    text_col: usize,
    id_col: Option<usize>,
    /// Column of each `--keep-field`, `None` when the header lacks it.
    keep_cols: Vec<Option<usize>>,
    /// Said once, with the first record: kept fields the header lacks.
    header_warning: Option<String>,
}

impl CsvStream {
    /// Read the header; a header without the text column fails the whole
    /// file, since none of its records could be read.
    pub fn new(
        name: String,
        reader: Box<dyn Read + Send>,
        delimiter: u8,
        opts: &InputOptions,
    ) -> Result<CsvStream, Failure> {
        let tracker = NewlineTracker {
            inner: reader,
            pos: 0,
            newlines: VecDeque::new(),
            passed: 0,
        };
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            // Scraped dumps have ragged rows; a short row fails alone below.
            .flexible(true)
            .from_reader(tracker);
        let header = match reader.byte_headers() {
            Ok(h) => h.clone(),
            Err(e) => {
                return Err(failure(
                    &name,
                    Some(1),
                    format!("cannot read the header: {e}"),
                ));
            }
        };
        let col = |field: &str| {
            let field = field.as_bytes();
            header.iter().position(|h| {
                // A UTF-8 BOM before the first column name is not part of it.
                h.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(h) == field
            })
        };
        let Some(text_col) = col(&opts.text_field) else {
            let names: Vec<String> = header
                .iter()
                .map(|h| String::from_utf8_lossy(h).into_owned())
                .collect();
            return Err(failure(
                &name,
                Some(1),
                format!(
                    "no column {:?} in the header (columns: {}); name the text column with --text-field",
                    opts.text_field,
                    names.join(", ")
                ),
            ));
        };
        let keep_cols: Vec<Option<usize>> = opts.keep_fields.iter().map(|k| col(k)).collect();
        let missing: Vec<&str> = opts
            .keep_fields
            .iter()
            .zip(&keep_cols)
            .filter(|(_, c)| c.is_none())
            .map(|(k, _)| k.as_str())
            .collect();
        let header_warning = (!missing.is_empty()).then(|| {
            format!(
                "the header has no column {} for --keep-field; left empty",
                missing.join(", ")
            )
        });
        Ok(CsvStream {
            id_col: col(&opts.id_field),
            keep_cols,
            header_warning,
            name,
            reader,
            record: csv::ByteRecord::new(),
            text_col,
        })
    }

    /// The next record's item; `Ok(None)` at the end, `Err` (a failure
    /// item) when the file cannot be read further.
    pub fn next(&mut self, opts: &InputOptions) -> Result<Option<Item>, Failure> {
        match self.reader.read_byte_record(&mut self.record) {
            Ok(false) => Ok(None),
            Ok(true) => {
                let byte = self.record.position().map_or(0, csv::Position::byte);
                let line = self.line_at(byte);
                let mut item = self.item(line, opts);
                if let (Item::Doc(d), Some(w)) = (&mut item, self.header_warning.take()) {
                    d.warning = Some(match d.warning.take() {
                        Some(other) => format!("{w}; {other}"),
                        None => w,
                    });
                }
                Ok(Some(item))
            }
            Err(e) => {
                let line = e.position().map(|p| self.line_at(p.byte()));
                Err(failure(&self.name, line, format!("cannot read CSV: {e}")))
            }
        }
    }

    /// The 1-based line holding byte `byte`. Records come in order, so the
    /// newlines before it are counted once and dropped. A newline at `byte`
    /// itself counts too: after a CR the parser reports a record as starting
    /// at the LF that ends the previous line.
    fn line_at(&mut self, byte: u64) -> usize {
        let t = self.reader.get_mut();
        while t.newlines.front().is_some_and(|&m| m <= byte) {
            t.newlines.pop_front();
            t.passed += 1;
        }
        t.passed + 1
    }

    fn item(&self, line: usize, opts: &InputOptions) -> Item {
        let name = &self.name;
        let Some(raw) = self.record.get(self.text_col) else {
            return fail(
                name,
                Some(line),
                format!(
                    "record has no {:?} column (too few fields)",
                    opts.text_field
                ),
            );
        };
        if raw.len() > opts.max_doc_bytes {
            return fail(
                name,
                Some(line),
                format!(
                    "text longer than --max-doc-bytes ({} bytes)",
                    opts.max_doc_bytes
                ),
            );
        }
        if memchr::memchr(0, raw).is_some() {
            return fail(name, Some(line), "text contains NUL bytes, skipped".into());
        }
        let (text, warning) = match std::str::from_utf8(raw) {
            Ok(s) => (s.to_string(), None),
            Err(_) => (
                String::from_utf8_lossy(raw).into_owned(),
                Some(lossy_warning()),
            ),
        };
        let cell = |c: Option<usize>| {
            c.and_then(|c| self.record.get(c))
                .map(|b| String::from_utf8_lossy(b).into_owned())
        };
        let id = cell(self.id_col)
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| format!("{name}:{line}"));
        let kept = self
            .keep_cols
            .iter()
            .map(|&c| cell(c).map_or(serde_json::Value::Null, serde_json::Value::String))
            .collect();
        Item::Doc(InputDoc {
            id,
            source: name.clone(),
            line: Some(line),
            text,
            warning,
            kept,
            markup: opts.record_markup,
        })
    }
}

/// Records where the newlines are as bytes pass to the CSV parser: the
/// `csv` crate's own line count is wrong for CRLF files (rust-csv#395), and
/// most CSV writers (Excel, Python's csv module) use CRLF. Holds only the
/// newlines between the record being read and the parser's read-ahead.
struct NewlineTracker {
    inner: Box<dyn Read + Send>,
    pos: u64,
    /// Newline offsets not yet passed by a record, and how many were.
    newlines: VecDeque<u64>,
    passed: usize,
}

impl Read for NewlineTracker {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let pos = self.pos;
        self.newlines
            .extend(memchr::memchr_iter(b'\n', &buf[..n]).map(|i| pos + i as u64));
        self.pos += n as u64;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::opts;
    use super::*;

    fn stream(data: &'static str, opts: &InputOptions) -> Result<CsvStream, Failure> {
        CsvStream::new("d.csv".into(), Box::new(data.as_bytes()), b',', opts)
    }

    fn all(mut s: CsvStream, opts: &InputOptions) -> Vec<Item> {
        let mut out = Vec::new();
        while let Ok(Some(item)) = s.next(opts) {
            out.push(item);
        }
        out
    }

    #[test]
    fn records_carry_id_text_kept_fields_and_their_line() {
        let mut o = opts();
        o.keep_fields = vec!["url".into(), "missing".into()];
        let data =
            "id,url,text\n7,https://x.test,\"She said, \"\"no.\"\"\nSecond line.\"\n,u2,plain\n";
        let items = all(stream(data, &o).expect("header"), &o);
        assert_eq!(items.len(), 2);
        let Item::Doc(a) = &items[0] else {
            panic!("doc")
        };
        assert_eq!(a.id, "7");
        assert_eq!(a.text, "She said, \"no.\"\nSecond line.");
        assert_eq!(a.at(), "d.csv:2");
        assert_eq!(
            a.kept,
            vec![serde_json::json!("https://x.test"), serde_json::Value::Null]
        );
        // The missing kept column is said once, with the first record.
        assert!(a.warning.as_deref().is_some_and(|w| w.contains("missing")));
        let Item::Doc(b) = &items[1] else {
            panic!("doc")
        };
        // An empty id cell falls back to file:line, like a missing one.
        assert_eq!(b.id, "d.csv:4");
    }

    #[test]
    fn missing_text_column_fails_the_file_naming_the_columns() {
        let Err(f) = stream("id,body\n1,x\n", &opts()) else {
            panic!("expected a failure")
        };
        assert!(f.reason.contains("\"text\"") && f.reason.contains("id, body"));
        assert_eq!(f.line, Some(1));
    }

    #[test]
    fn short_rows_and_bad_bytes_fail_alone() {
        let o = opts();
        let items = all(stream("id,text\n1\n2,ok\n", &o).expect("header"), &o);
        assert!(matches!(&items[0], Item::Failed(f) if f.line == Some(2)));
        assert!(matches!(&items[1], Item::Doc(d) if d.text == "ok"));
        let bad: &'static [u8] = b"text\ncaf\xE9\n";
        let s = CsvStream::new("d.csv".into(), Box::new(bad), b',', &o).expect("header");
        let items = all(s, &o);
        assert!(
            matches!(&items[0], Item::Doc(d) if d.warning.is_some() && d.text == "caf\u{FFFD}")
        );
    }

    #[test]
    fn line_numbers_hold_for_crlf_files_and_multiline_records() {
        let o = opts();
        let data = "id,text\r\n1,x\r\n2\r\n,\"a\r\nb\"\r\n,last\r\n";
        let items = all(stream(data, &o).expect("header"), &o);
        let Item::Doc(first) = &items[0] else {
            panic!("doc")
        };
        assert_eq!(first.at(), "d.csv:2");
        assert!(matches!(&items[1], Item::Failed(f) if f.line == Some(3)));
        assert!(matches!(&items[2], Item::Doc(d) if d.id == "d.csv:4" && d.text == "a\r\nb"));
        assert!(matches!(&items[3], Item::Doc(d) if d.id == "d.csv:6"));
    }
}
