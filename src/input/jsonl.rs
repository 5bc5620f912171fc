//! JSON Lines: one document per line, read a line at a time so a dump of
//! any size streams. A bad line fails alone, named `file:line`.

use std::io::{BufRead, BufReader, Read};

use std::sync::Arc;

use super::{Failure, InputDoc, InputOptions, Item, RawRecord, fail, failure, lossy_warning};

pub struct JsonlStream {
    name: Arc<str>,
    reader: Box<dyn BufRead + Send>,
    line: usize,
}

impl JsonlStream {
    pub fn new(name: String, reader: Box<dyn Read + Send>) -> JsonlStream {
        JsonlStream {
            name: name.into(),
            reader: Box::new(BufReader::with_capacity(1 << 20, reader)),
            line: 0,
        }
    }

    /// The next line's item, a [`RawRecord`] unless the line is too long;
    /// `Ok(None)` at the end, `Err` (a failure item) when the stream cannot
    /// be read further.
    pub fn next(&mut self, opts: &InputOptions) -> Result<Option<Item>, Failure> {
        self.line += 1;
        let limit = (opts.max_doc_bytes as u64).saturating_add(1);
        // Read straight into the record's own buffer: a line that lies
        // whole in the reader's buffer (most do) is copied once, into a
        // vector of its exact size, not into a reused buffer and then
        // cloned.
        let mut bytes = Vec::new();
        let read = read_line_limited(&mut self.reader, limit, &mut bytes);
        match read {
            Err(e) => Err(failure(
                &self.name,
                Some(self.line),
                format!("read error: {e}"),
            )),
            Ok(0) => Ok(None),
            Ok(_) => {
                if bytes.len() as u64 >= limit && !bytes.ends_with(b"\n") {
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
                // A line read in several pieces grew by doubling: give the
                // slack back, as the record waits for a worker.
                if bytes.capacity() - bytes.len() > bytes.len() / 8 {
                    bytes.shrink_to_fit();
                }
                Ok(Some(Item::Record(RawRecord {
                    source: Arc::clone(&self.name),
                    line: self.line,
                    bytes,
                })))
            }
        }
    }
}

/// `r.take(limit).read_until(b'\n', buf)`, with the line break found by
/// the `memchr` crate's vector search: the standard library's search
/// looks at a word at a time, which cost about one instruction a byte
/// of input.
fn read_line_limited(
    r: &mut dyn BufRead,
    mut limit: u64,
    buf: &mut Vec<u8>,
) -> std::io::Result<usize> {
    let mut read = 0;
    while limit > 0 {
        let available = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let take = usize::try_from(limit).map_or(available.len(), |l| l.min(available.len()));
        let chunk = &available[..take];
        let (used, done) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (i + 1, true),
            None => (chunk.len(), chunk.is_empty()),
        };
        buf.extend_from_slice(&chunk[..used]);
        r.consume(used);
        read += used;
        limit -= used as u64;
        if done {
            break;
        }
    }
    Ok(read)
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
    // The usual record (string text and id, flat, no kept fields) is read
    // without serde_json; anything else comes back `None` and is parsed
    // below, with serde_json's results and messages.
    if opts.keep_fields.is_empty()
        && let Some(f) = super::json_fast::record(&decoded, &opts.text_field, &opts.id_field)
    {
        let id = f.id.unwrap_or_else(|| format!("{name}:{line}"));
        return document(name, line, f.text, id, warning, Vec::new(), opts);
    }
    // Only the fields we use are built; the rest of the record (often
    // most of it: HTML, metadata) is skipped without allocating.
    let mut de = serde_json::Deserializer::from_str(&decoded);
    let picked = match serde::de::DeserializeSeed::deserialize(Wanted(opts), &mut de)
        .and_then(|p| de.end().map(|()| p))
    {
        Ok(p) => p,
        Err(e) if e.is_data() => return fail(name, Some(line), "not a JSON object".into()),
        Err(e) => return fail(name, Some(line), format!("malformed JSON: {e}")),
    };
    let Picked { text, id, kept } = picked;
    let text = match text {
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
    let id = match id {
        Some(serde_json::Value::String(s)) => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => format!("{name}:{line}"),
    };
    document(name, line, text, id, warning, kept, opts)
}

/// The item of a record whose fields are read: a document, or a failure
/// when its text holds a NUL byte.
fn document(
    name: &str,
    line: usize,
    text: String,
    id: String,
    warning: Option<String>,
    mut kept: Vec<serde_json::Value>,
    opts: &InputOptions,
) -> Item {
    // The `memchr` crate's vector search: `str::contains` looks at a word
    // at a time, about one instruction a byte of text.
    if memchr::memchr(0, text.as_bytes()).is_some() {
        return fail(name, Some(line), "text contains NUL bytes, skipped".into());
    }
    // The text field is kept apart; keeping it too is rare but allowed.
    for (k, v) in opts.keep_fields.iter().zip(kept.iter_mut()) {
        if *k == opts.text_field {
            *v = serde_json::Value::String(text.clone());
        }
    }
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

/// The fields of a record that whosaid uses.
struct Picked {
    text: Option<serde_json::Value>,
    id: Option<serde_json::Value>,
    /// One per `--keep-field`, null when absent.
    kept: Vec<serde_json::Value>,
}

/// Deserializes a JSON object into [`Picked`], skipping other fields.
struct Wanted<'a>(&'a InputOptions);

/// Which field a key names.
enum Field {
    Text,
    Id,
    Keep(usize),
    Other,
}

struct KeySeed<'a>(&'a InputOptions);

impl<'de> serde::de::DeserializeSeed<'de> for KeySeed<'_> {
    type Value = Field;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Field, D::Error> {
        d.deserialize_str(self)
    }
}

impl serde::de::Visitor<'_> for KeySeed<'_> {
    type Value = Field;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a field name")
    }
    fn visit_str<E: serde::de::Error>(self, key: &str) -> Result<Field, E> {
        let o = self.0;
        Ok(if key == o.text_field {
            Field::Text
        } else if key == o.id_field {
            Field::Id
        } else if let Some(i) = o.keep_fields.iter().position(|k| k == key) {
            Field::Keep(i)
        } else {
            Field::Other
        })
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for Wanted<'_> {
    type Value = Picked;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Picked, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Wanted<'_> {
    type Value = Picked;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Picked, A::Error> {
        let mut p = Picked {
            text: None,
            id: None,
            kept: vec![serde_json::Value::Null; self.0.keep_fields.len()],
        };
        // Later duplicates win, as they do in a parsed JSON value.
        while let Some(field) = map.next_key_seed(KeySeed(self.0))? {
            match field {
                Field::Text => p.text = Some(map.next_value()?),
                Field::Id => {
                    let v: serde_json::Value = map.next_value()?;
                    // An id field that is also kept is reported in both.
                    if let Some(i) = self
                        .0
                        .keep_fields
                        .iter()
                        .position(|k| *k == self.0.id_field)
                    {
                        p.kept[i] = v.clone();
                    }
                    p.id = Some(v);
                }
                Field::Keep(i) => p.kept[i] = map.next_value()?,
                Field::Other => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(p)
    }
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
    fn only_wanted_fields_are_read_and_the_last_duplicate_wins() {
        let mut o = opts();
        o.keep_fields = vec!["id".into(), "meta".into()];
        let raw =
            br#"{"html":"<p>skip {me}</p>","meta":{"a":[1,2]},"id":7,"text":"one","text":"two"}"#;
        let Item::Doc(d) = parse_line("f.jsonl", 2, raw, &o) else {
            panic!("expected a document")
        };
        assert_eq!((d.id.as_str(), d.text.as_str()), ("7", "two"));
        assert_eq!(
            d.kept,
            vec![serde_json::json!(7), serde_json::json!({"a": [1, 2]})]
        );
        let arr = parse_line("f.jsonl", 3, b"[1, 2]", &o);
        assert!(matches!(arr, Item::Failed(f) if f.reason == "not a JSON object"));
        let trailing = parse_line("f.jsonl", 4, br#"{"text":"a"} x"#, &o);
        assert!(matches!(trailing, Item::Failed(f) if f.reason.starts_with("malformed JSON")));
    }

    proptest::proptest! {
        #[test]
        fn line_reads_match_take_read_until(
            data in proptest::collection::vec(proptest::sample::select(vec![b'a', b'\n', b'\r', 0xE2]), 0..60),
            cap in 1usize..9,
            limit in 0u64..70,
        ) {
            let mut fast = std::io::BufReader::with_capacity(cap, &data[..]);
            let mut slow = std::io::BufReader::with_capacity(cap, &data[..]);
            loop {
                let (mut a, mut b) = (Vec::new(), Vec::new());
                let n = read_line_limited(&mut fast, limit, &mut a).expect("read");
                let m = (&mut slow).take(limit).read_until(b'\n', &mut b).expect("read");
                proptest::prop_assert_eq!((n, &a), (m, &b));
                if n == 0 {
                    break;
                }
            }
        }
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
