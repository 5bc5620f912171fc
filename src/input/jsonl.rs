//! JSON Lines: one document per line, read a line at a time so a dump of
//! any size streams. A bad line fails alone, named `file:line`.

use std::io::{BufRead, BufReader, Read};

use super::{Failure, InputDoc, InputOptions, Item, fail, failure, lossy_warning};

pub struct JsonlStream {
    name: String,
    reader: Box<dyn BufRead + Send>,
    line: usize,
    buf: Vec<u8>,
}

impl JsonlStream {
    pub fn new(name: String, reader: Box<dyn Read + Send>) -> JsonlStream {
        JsonlStream {
            name,
            reader: Box::new(BufReader::with_capacity(1 << 20, reader)),
            line: 0,
            buf: Vec::new(),
        }
    }

    /// The next line's item; `Ok(None)` at the end, `Err` (a failure
    /// item) when the stream cannot be read further.
    pub fn next(&mut self, opts: &InputOptions) -> Result<Option<Item>, Failure> {
        self.buf.clear();
        self.line += 1;
        let limit = (opts.max_doc_bytes as u64).saturating_add(1);
        let read = (&mut self.reader)
            .take(limit)
            .read_until(b'\n', &mut self.buf);
        match read {
            Err(e) => Err(failure(
                &self.name,
                Some(self.line),
                format!("read error: {e}"),
            )),
            Ok(0) => Ok(None),
            Ok(_) => {
                if self.buf.len() as u64 >= limit && !self.buf.ends_with(b"\n") {
                    if let Err(e) = skip_line(&mut self.reader) {
                        return Err(failure(
                            &self.name,
                            Some(self.line),
                            format!("read error: {e}"),
                        ));
                    }
                    return Ok(Some(fail(
                        &self.name,
                        Some(self.line),
                        format!(
                            "line longer than --max-doc-bytes ({} bytes)",
                            opts.max_doc_bytes
                        ),
                    )));
                }
                Ok(Some(parse_line(&self.name, self.line, &self.buf, opts)))
            }
        }
    }
}

/// Consume the rest of a line without holding it in memory: an oversized
/// JSONL line may be gigabytes long.
fn skip_line(r: &mut dyn BufRead) -> std::io::Result<()> {
    loop {
        let buf = r.fill_buf()?;
        if buf.is_empty() {
            return Ok(());
        }
        if let Some(i) = memchr::memchr(b'\n', buf) {
            r.consume(i + 1);
            return Ok(());
        }
        let n = buf.len();
        r.consume(n);
    }
}

pub fn parse_line(name: &str, line: usize, raw: &[u8], opts: &InputOptions) -> Item {
    let raw = if line == 1 {
        raw.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(raw)
    } else {
        raw
    };
    if raw.iter().all(u8::is_ascii_whitespace) {
        return Item::Skipped(None);
    }
    let (decoded, warning) = match std::str::from_utf8(raw) {
        Ok(s) => (std::borrow::Cow::Borrowed(s), None),
        Err(_) => (String::from_utf8_lossy(raw), Some(lossy_warning())),
    };
    let mut value: serde_json::Value = match serde_json::from_str(&decoded) {
        Ok(v) => v,
        Err(e) => return fail(name, Some(line), format!("malformed JSON: {e}")),
    };
    let Some(obj) = value.as_object_mut() else {
        return fail(name, Some(line), "not a JSON object".into());
    };
    let text = match obj.remove(&opts.text_field) {
        Some(serde_json::Value::String(s)) => s,
        Some(_) => {
            return fail(
                name,
                Some(line),
                format!("field {:?} is not a string", opts.text_field),
            );
        }
        None => return fail(name, Some(line), format!("no field {:?}", opts.text_field)),
    };
    let id = match obj.get(&opts.id_field) {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => format!("{name}:{line}"),
    };
    if text.contains('\0') {
        return fail(name, Some(line), "text contains NUL bytes, skipped".into());
    }
    // The text field was taken out above; keeping it is rare but allowed.
    let kept = opts
        .keep_fields
        .iter()
        .map(|k| {
            if *k == opts.text_field {
                serde_json::Value::String(text.clone())
            } else {
                obj.get(k).cloned().unwrap_or(serde_json::Value::Null)
            }
        })
        .collect();
    Item::Doc(InputDoc {
        id,
        source: name.to_string(),
        line: Some(line),
        text,
        warning,
        kept,
        markup: opts.record_markup,
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::opts;
    use super::*;

    #[test]
    fn lines_parse_or_fail_with_reason() {
        let ok = parse_line("f.jsonl", 1, br#"{"id":"a","text":"hi"}"#, &opts());
        assert!(matches!(ok, Item::Doc(InputDoc { ref id, .. }) if id == "a"));
        let noid = parse_line("f.jsonl", 3, br#"{"text":"hi"}"#, &opts());
        assert!(matches!(noid, Item::Doc(InputDoc { ref id, .. }) if id == "f.jsonl:3"));
        let bad = parse_line("f.jsonl", 4, b"{\"text\":", &opts());
        assert!(matches!(
            bad,
            Item::Failed(super::super::Failure { line: Some(4), .. })
        ));
        let nostr = parse_line("f.jsonl", 5, br#"{"text":5}"#, &opts());
        assert!(
            matches!(nostr, Item::Failed(super::super::Failure { ref reason, .. }) if reason.contains("not a string"))
        );
    }

    #[test]
    fn kept_fields_keep_their_json_type_and_missing_ones_are_null() {
        let mut o = opts();
        o.keep_fields = vec!["url".into(), "year".into(), "nope".into(), "text".into()];
        let item = parse_line(
            "f.jsonl",
            1,
            br#"{"id":"a","text":"hi","url":"https://x.test/1","year":2024}"#,
            &o,
        );
        let Item::Doc(d) = item else {
            panic!("expected a document")
        };
        assert_eq!(
            d.kept,
            vec![
                serde_json::json!("https://x.test/1"),
                serde_json::json!(2024),
                serde_json::Value::Null,
                serde_json::json!("hi"),
            ]
        );
        assert_eq!(d.text, "hi");
    }

    #[test]
    fn long_lines_are_skipped_whole() {
        let mut r = std::io::BufReader::with_capacity(2, &b"long line\nnext\n"[..]);
        skip_line(&mut r).expect("skip");
        let mut rest = String::new();
        r.read_line(&mut rest).expect("read");
        assert_eq!(rest, "next\n");
    }
}
