//! Reading documents: plain-text files, directories (recursive, sorted),
//! JSON Lines dumps and stdin, as a stream, so a corpus is never held in
//! memory whole. Every problem becomes an [`Item::Failed`] naming the file
//! (and line), and reading goes on with the next document.

use std::collections::{HashSet, VecDeque};
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// A document to process.
#[derive(Debug)]
pub struct InputDoc {
    pub id: String,
    pub text: String,
    /// Something the user should know but that did not stop processing
    /// (invalid UTF-8 replaced by U+FFFD).
    pub warning: Option<String>,
}

/// A document that could not be read.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Failure {
    pub source: String,
    pub line: Option<usize>,
    pub reason: String,
}

#[derive(Debug)]
pub enum Item {
    Doc(InputDoc),
    Failed(Failure),
    /// Not a document (an empty JSONL line): counted, not processed.
    Skipped,
}

#[derive(Clone, Debug)]
pub struct InputOptions {
    pub text_field: String,
    pub id_field: String,
    pub max_doc_bytes: usize,
}

enum Pending {
    Path(PathBuf),
    Stdin,
}

/// Streams documents from the given paths in order.
pub struct Reader {
    queue: VecDeque<Pending>,
    jsonl: Option<JsonlState>,
    opts: InputOptions,
    /// Canonical directories already entered: breaks symlink loops.
    seen_dirs: HashSet<PathBuf>,
}

struct JsonlState {
    name: String,
    reader: Box<dyn BufRead + Send>,
    line: usize,
    buf: Vec<u8>,
}

pub fn is_jsonl(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("jsonl" | "ndjson")
    )
}

impl Reader {
    /// `paths` empty or `-` means stdin (one document, or JSONL with `stdin_jsonl`).
    pub fn new(paths: &[PathBuf], opts: InputOptions, stdin_jsonl: bool) -> Reader {
        let mut queue = VecDeque::new();
        let mut jsonl = None;
        if paths.is_empty() {
            queue.push_back(Pending::Stdin);
        }
        for p in paths {
            if p.as_os_str() == "-" {
                queue.push_back(Pending::Stdin);
            } else {
                queue.push_back(Pending::Path(p.clone()));
            }
        }
        if stdin_jsonl && matches!(queue.front(), Some(Pending::Stdin)) && queue.len() == 1 {
            queue.clear();
            jsonl = Some(JsonlState {
                name: "<stdin>".into(),
                reader: Box::new(BufReader::with_capacity(1 << 20, std::io::stdin())),
                line: 0,
                buf: Vec::new(),
            });
        }
        Reader {
            queue,
            jsonl,
            opts,
            seen_dirs: HashSet::new(),
        }
    }

    fn next_jsonl(&mut self) -> Option<Item> {
        let opts = &self.opts;
        let st = self.jsonl.as_mut()?;
        st.buf.clear();
        st.line += 1;
        let limit = opts.max_doc_bytes as u64 + 1;
        let read = (&mut st.reader).take(limit).read_until(b'\n', &mut st.buf);
        match read {
            Err(e) => {
                let f = fail(&st.name, Some(st.line), format!("read error: {e}"));
                self.jsonl = None;
                Some(f)
            }
            Ok(0) => {
                self.jsonl = None;
                None
            }
            Ok(_) => {
                if st.buf.len() as u64 >= limit && !st.buf.ends_with(b"\n") {
                    // Skip the rest of an oversized line.
                    let mut sink = Vec::new();
                    let _ = st.reader.read_until(b'\n', &mut sink);
                    return Some(fail(
                        &st.name,
                        Some(st.line),
                        format!(
                            "line longer than --max-doc-bytes ({} bytes)",
                            opts.max_doc_bytes
                        ),
                    ));
                }
                Some(parse_jsonl_line(&st.name, st.line, &st.buf, opts))
            }
        }
    }

    fn open_path(&mut self, path: PathBuf) -> Option<Item> {
        let name = path.display().to_string();
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => return Some(fail(&name, None, format!("cannot read: {e}"))),
        };
        if meta.is_dir() {
            let canon = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
            if !self.seen_dirs.insert(canon) {
                return Some(fail(
                    &name,
                    None,
                    "directory already visited (symlink loop?)".into(),
                ));
            }
            let entries = match std::fs::read_dir(&path) {
                Ok(rd) => rd,
                Err(e) => return Some(fail(&name, None, format!("cannot read directory: {e}"))),
            };
            let mut children: Vec<PathBuf> =
                entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
            children.sort();
            for c in children.into_iter().rev() {
                self.queue.push_front(Pending::Path(c));
            }
            return None;
        }
        if is_jsonl(&path) {
            match File::open(&path) {
                Ok(f) => {
                    self.jsonl = Some(JsonlState {
                        name,
                        reader: Box::new(BufReader::with_capacity(1 << 20, f)),
                        line: 0,
                        buf: Vec::new(),
                    });
                    return None;
                }
                Err(e) => return Some(fail(&name, None, format!("cannot open: {e}"))),
            }
        }
        if meta.len() > self.opts.max_doc_bytes as u64 {
            return Some(fail(
                &name,
                None,
                format!(
                    "{} bytes is more than --max-doc-bytes ({})",
                    meta.len(),
                    self.opts.max_doc_bytes
                ),
            ));
        }
        match std::fs::read(&path) {
            Ok(bytes) => Some(text_doc(name, bytes)),
            Err(e) => Some(fail(&name, None, format!("cannot read: {e}"))),
        }
    }

    fn read_stdin(&mut self) -> Item {
        let mut bytes = Vec::new();
        let limit = self.opts.max_doc_bytes as u64 + 1;
        match std::io::stdin().take(limit).read_to_end(&mut bytes) {
            Err(e) => fail("<stdin>", None, format!("read error: {e}")),
            Ok(_) if bytes.len() as u64 >= limit => fail(
                "<stdin>",
                None,
                format!(
                    "more than --max-doc-bytes ({}) on stdin",
                    self.opts.max_doc_bytes
                ),
            ),
            Ok(_) => text_doc("<stdin>".into(), bytes),
        }
    }
}

impl Iterator for Reader {
    type Item = Item;
    fn next(&mut self) -> Option<Item> {
        loop {
            if self.jsonl.is_some() {
                if let Some(item) = self.next_jsonl() {
                    return Some(item);
                }
                continue;
            }
            match self.queue.pop_front()? {
                Pending::Stdin => return Some(self.read_stdin()),
                Pending::Path(p) => {
                    if let Some(item) = self.open_path(p) {
                        return Some(item);
                    }
                }
            }
        }
    }
}

fn fail(source: &str, line: Option<usize>, reason: String) -> Item {
    Item::Failed(Failure {
        source: source.to_string(),
        line,
        reason,
    })
}

/// Decode bytes as a document: strip a BOM, refuse binary (NUL bytes),
/// replace invalid UTF-8 with U+FFFD and say so.
pub fn decode(bytes: Vec<u8>) -> Result<(String, Option<String>), String> {
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    if memchr::memchr(0, &bytes).is_some() {
        return Err("binary file (contains NUL bytes), skipped".into());
    }
    match String::from_utf8(bytes) {
        Ok(s) => Ok((s, None)),
        Err(e) => {
            let s = String::from_utf8_lossy(e.as_bytes()).into_owned();
            Ok((
                s,
                Some("invalid UTF-8 replaced by U+FFFD; offsets refer to the decoded text".into()),
            ))
        }
    }
}

fn text_doc(name: String, bytes: Vec<u8>) -> Item {
    match decode(bytes) {
        Ok((text, warning)) => Item::Doc(InputDoc {
            id: name,
            text,
            warning,
        }),
        Err(reason) => Item::Failed(Failure {
            source: name,
            line: None,
            reason,
        }),
    }
}

fn parse_jsonl_line(name: &str, line: usize, raw: &[u8], opts: &InputOptions) -> Item {
    let raw = if line == 1 {
        raw.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(raw)
    } else {
        raw
    };
    if raw.iter().all(u8::is_ascii_whitespace) {
        return Item::Skipped;
    }
    let (decoded, warning) = match std::str::from_utf8(raw) {
        Ok(s) => (std::borrow::Cow::Borrowed(s), None),
        Err(_) => (
            String::from_utf8_lossy(raw),
            Some("invalid UTF-8 replaced by U+FFFD".to_string()),
        ),
    };
    let value: serde_json::Value = match serde_json::from_str(&decoded) {
        Ok(v) => v,
        Err(e) => return fail(name, Some(line), format!("malformed JSON: {e}")),
    };
    let Some(obj) = value.as_object() else {
        return fail(name, Some(line), "not a JSON object".into());
    };
    let text = match obj.get(&opts.text_field) {
        Some(serde_json::Value::String(s)) => s.clone(),
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
    Item::Doc(InputDoc { id, text, warning })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> InputOptions {
        InputOptions {
            text_field: "text".into(),
            id_field: "id".into(),
            max_doc_bytes: 1 << 20,
        }
    }

    #[test]
    fn jsonl_lines_parse_or_fail_with_reason() {
        let ok = parse_jsonl_line("f.jsonl", 1, br#"{"id":"a","text":"hi"}"#, &opts());
        assert!(matches!(ok, Item::Doc(InputDoc { ref id, .. }) if id == "a"));
        let noid = parse_jsonl_line("f.jsonl", 3, br#"{"text":"hi"}"#, &opts());
        assert!(matches!(noid, Item::Doc(InputDoc { ref id, .. }) if id == "f.jsonl:3"));
        let bad = parse_jsonl_line("f.jsonl", 4, b"{\"text\":", &opts());
        assert!(matches!(bad, Item::Failed(Failure { line: Some(4), .. })));
        let nostr = parse_jsonl_line("f.jsonl", 5, br#"{"text":5}"#, &opts());
        assert!(
            matches!(nostr, Item::Failed(Failure { ref reason, .. }) if reason.contains("not a string"))
        );
    }

    #[test]
    fn decode_handles_bom_binary_and_bad_utf8() {
        assert_eq!(
            decode(b"\xEF\xBB\xBFhi".to_vec()).map(|d| d.0),
            Ok("hi".to_string())
        );
        assert!(decode(b"a\0b".to_vec()).is_err());
        let (s, w) = decode(b"caf\xE9".to_vec()).expect("lossy");
        assert_eq!(s, "caf\u{FFFD}");
        assert!(w.is_some());
    }
}
