//! Reading documents: plain-text files, directories (recursive, sorted),
//! JSON Lines dumps and stdin, as a stream, so a corpus is never held in
//! memory whole. Every problem becomes an [`Item::Failed`] naming the file
//! (and line), and reading goes on with the next document.
//!
//! Decoding rules (the README repeats them):
//! - a UTF-8 byte-order mark at the start of a file (or of a JSONL file's
//!   first line) is removed, and offsets count from the character after it;
//! - invalid UTF-8 becomes U+FFFD with a warning naming the file, and
//!   offsets refer to that decoded text;
//! - a file with NUL bytes is binary: it fails, naming the file;
//! - line endings are kept as they are (`\n`, `\r\n`, lone `\r`), so
//!   offsets match the bytes on disk.
//!
//! Directory walks follow symlinks but enter each directory once (a loop is
//! reported once and not followed), skip hidden entries (`.git`, editor and
//! our own temporary files) and skip entries that are neither files nor
//! directories (FIFOs, sockets, devices), which could block or never end.

use std::collections::{HashSet, VecDeque};
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// A document to process.
#[derive(Debug)]
pub struct InputDoc {
    pub id: String,
    /// Where it came from (`path`, or `path:line` in JSONL), for messages.
    pub source: String,
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
    /// Not a document (an empty JSONL line, a directory already read, a
    /// FIFO): counted, not processed; the note, if any, is worth a warning.
    Skipped(Option<String>),
}

#[derive(Clone, Debug)]
pub struct InputOptions {
    pub text_field: String,
    pub id_field: String,
    pub max_doc_bytes: usize,
}

enum Pending {
    /// A path the user named.
    Path(PathBuf),
    /// A path found inside a directory.
    Entry(PathBuf),
    Stdin,
}

/// Streams documents from the given paths in order.
pub struct Reader {
    queue: VecDeque<Pending>,
    jsonl: Option<JsonlState>,
    opts: InputOptions,
    /// Canonical directories already entered: breaks symlink loops.
    seen_dirs: HashSet<PathBuf>,
    /// Read `-` as JSON Lines rather than as one document.
    stdin_jsonl: bool,
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
        let mut queue: VecDeque<Pending> = paths
            .iter()
            .map(|p| {
                if p.as_os_str() == "-" {
                    Pending::Stdin
                } else {
                    Pending::Path(p.clone())
                }
            })
            .collect();
        if queue.is_empty() {
            queue.push_back(Pending::Stdin);
        }
        Reader {
            queue,
            jsonl: None,
            opts,
            seen_dirs: HashSet::new(),
            stdin_jsonl,
        }
    }

    fn start_jsonl(&mut self, name: String, reader: impl Read + Send + 'static) {
        self.jsonl = Some(JsonlState {
            name,
            reader: Box::new(BufReader::with_capacity(1 << 20, reader)),
            line: 0,
            buf: Vec::new(),
        });
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
                    if let Err(e) = skip_line(&mut st.reader) {
                        let f = fail(&st.name, Some(st.line), format!("read error: {e}"));
                        self.jsonl = None;
                        return Some(f);
                    }
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
            return self.enter_dir(&path, &name);
        }
        if is_jsonl(&path) {
            return match File::open(&path) {
                Ok(f) => {
                    self.start_jsonl(name, f);
                    None
                }
                Err(e) => Some(fail(&name, None, format!("cannot open: {e}"))),
            };
        }
        if meta.is_file() && meta.len() > self.opts.max_doc_bytes as u64 {
            let reason = format!(
                "{} bytes is more than --max-doc-bytes ({})",
                meta.len(),
                self.opts.max_doc_bytes
            );
            return Some(fail(&name, None, reason));
        }
        // Read through `take` as well: a named pipe or a growing file has
        // no trustworthy length in its metadata.
        let read = File::open(&path).and_then(|f| read_limited(f, self.opts.max_doc_bytes));
        Some(match read {
            Ok(Some(bytes)) => text_doc(name, bytes),
            Ok(None) => fail(&name, None, too_big(self.opts.max_doc_bytes)),
            Err(e) => fail(&name, None, format!("cannot read: {e}")),
        })
    }

    /// Queue a directory's entries in sorted order, once per real directory.
    fn enter_dir(&mut self, path: &Path, name: &str) -> Option<Item> {
        let canon = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        if !self.seen_dirs.insert(canon) {
            return Some(Item::Skipped(Some(format!(
                "{name}: directory already read (symlink loop or second link), not read again"
            ))));
        }
        let entries = match std::fs::read_dir(path) {
            Ok(rd) => rd,
            Err(e) => return Some(fail(name, None, format!("cannot read directory: {e}"))),
        };
        let mut children = Vec::new();
        for entry in entries {
            match entry {
                Ok(e) if is_hidden(&e.file_name()) => {}
                Ok(e) => children.push(e.path()),
                Err(e) => return Some(fail(name, None, format!("cannot read directory: {e}"))),
            }
        }
        children.sort();
        for c in children.into_iter().rev() {
            self.queue.push_front(Pending::Entry(c));
        }
        None
    }

    /// A path found in a directory walk: like a named path, except that
    /// FIFOs, sockets and devices are skipped instead of read.
    fn open_entry(&mut self, path: PathBuf) -> Option<Item> {
        match std::fs::metadata(&path) {
            Ok(m) if !m.is_file() && !m.is_dir() => Some(Item::Skipped(Some(format!(
                "{}: not a regular file, skipped",
                path.display()
            )))),
            _ => self.open_path(path),
        }
    }

    fn read_stdin(&mut self) -> Option<Item> {
        if self.stdin_jsonl {
            self.start_jsonl("<stdin>".into(), std::io::stdin());
            return None;
        }
        Some(
            match read_limited(std::io::stdin(), self.opts.max_doc_bytes) {
                Ok(Some(bytes)) => text_doc("<stdin>".into(), bytes),
                Ok(None) => fail("<stdin>", None, too_big(self.opts.max_doc_bytes)),
                Err(e) => fail("<stdin>", None, format!("read error: {e}")),
            },
        )
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
            let item = match self.queue.pop_front()? {
                Pending::Stdin => self.read_stdin(),
                Pending::Path(p) => self.open_path(p),
                Pending::Entry(p) => self.open_entry(p),
            };
            if item.is_some() {
                return item;
            }
        }
    }
}

/// Read at most `max` bytes; `None` when there is more.
fn read_limited(r: impl Read, max: usize) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    r.take(max as u64 + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() <= max).then_some(bytes))
}

fn too_big(max: usize) -> String {
    format!("document larger than --max-doc-bytes ({max} bytes), skipped")
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

/// Dot-files and dot-directories (`.git`, `.DS_Store`, our `-o` temporary
/// file) are not documents.
fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.as_encoded_bytes().first() == Some(&b'.')
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
            id: name.clone(),
            source: name,
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
        return Item::Skipped(None);
    }
    let (decoded, warning) = match std::str::from_utf8(raw) {
        Ok(s) => (std::borrow::Cow::Borrowed(s), None),
        Err(_) => (
            String::from_utf8_lossy(raw),
            Some("invalid UTF-8 replaced by U+FFFD; offsets refer to the decoded text".to_string()),
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
    Item::Doc(InputDoc {
        id,
        source: format!("{name}:{line}"),
        text,
        warning,
    })
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
    fn limits_are_exact_and_long_lines_are_skipped_whole() {
        assert_eq!(
            read_limited(&b"abcd"[..], 4).expect("read"),
            Some(b"abcd".to_vec())
        );
        assert_eq!(read_limited(&b"abcde"[..], 4).expect("read"), None);
        let mut r = std::io::BufReader::with_capacity(2, &b"long line\nnext\n"[..]);
        skip_line(&mut r).expect("skip");
        let mut rest = String::new();
        r.read_line(&mut rest).expect("read");
        assert_eq!(rest, "next\n");
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
