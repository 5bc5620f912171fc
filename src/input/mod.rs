//! Reading documents: plain-text and HTML files, directories (recursive,
//! sorted), JSON Lines and CSV/TSV dumps, gzip/zstd-compressed or not, and
//! stdin, as a stream, so a corpus is never held in memory whole. Every
//! problem becomes an [`Item::Failed`] naming the file (and line), and
//! reading goes on with the next document.
//!
//! Decoding rules (the README repeats them):
//! - a UTF-8 byte-order mark at the start of a file (or of a JSONL file's
//!   first line) is removed, and offsets count from the character after it;
//! - invalid UTF-8 becomes U+FFFD with a warning naming the file, and
//!   offsets refer to that decoded text;
//! - a file with NUL bytes is binary: it fails, naming the file;
//! - line endings are kept as they are (`\n`, `\r\n`, lone `\r`), so
//!   offsets match the bytes on disk;
//! - compressed input is recognised by its magic bytes ([`decompress`]);
//!   the name without `.gz`/`.zst` picks the format.
//!
//! Directory walks follow symlinks but enter each directory once (a loop is
//! reported once and not followed), skip hidden entries (`.git`, editor and
//! our own temporary files) and skip entries that are neither files nor
//! directories (FIFOs, sockets, devices), which could block or never end.

mod decompress;
mod delimited;
pub mod html;
mod json_fast;
mod jsonl;

use std::collections::{HashSet, VecDeque};
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use delimited::CsvStream;
use jsonl::JsonlStream;

/// A document to process.
#[derive(Debug)]
pub struct InputDoc {
    /// The document id: the JSONL/CSV id field, else `PATH:LINE` or the path.
    pub id: String,
    /// The file it came from (`<stdin>` for stdin).
    pub source: String,
    /// The line of a JSONL/CSV record in `source`; `None` for a whole file.
    pub line: Option<usize>,
    /// The text (or HTML, see `markup`).
    pub text: String,
    /// Something the user should know but that did not stop processing
    /// (invalid UTF-8 replaced by U+FFFD).
    pub warning: Option<String>,
    /// The `--keep-field` values, in the order the user named them (JSON
    /// null where a record lacks one, and for plain files).
    pub kept: Vec<serde_json::Value>,
    /// Whether `text` still needs reducing from HTML.
    pub markup: Markup,
}

/// Whether `text` is already the text offsets refer to, or HTML that
/// [`InputDoc::into_plain`] must reduce first (in the worker threads: it is
/// the expensive part of reading a page).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Markup {
    /// Plain text: offsets refer to it as it is.
    Plain,
    /// An HTML page or fragment.
    Html,
}

impl InputDoc {
    /// The document with its text as offsets refer to it.
    pub fn into_plain(self) -> Result<InputDoc, Failure> {
        match self.markup {
            Markup::Plain => Ok(self),
            Markup::Html => match html::article_text_checked(&self.text) {
                Ok((text, note)) => Ok(InputDoc {
                    text,
                    markup: Markup::Plain,
                    // A page too deep for the readability rules says so.
                    warning: match (self.warning.clone(), note) {
                        (Some(w), Some(n)) => Some(format!("{w}; {n}")),
                        (w, n) => w.or(n),
                    },
                    ..self
                }),
                Err(reason) => Err(self.failure(reason)),
            },
        }
    }

    /// Where the document is, for messages: `path` or `path:line`.
    pub fn at(&self) -> String {
        match self.line {
            Some(l) => format!("{}:{l}", self.source),
            None => self.source.clone(),
        }
    }

    /// A failure of this document.
    pub fn failure(self, reason: String) -> Failure {
        Failure {
            source: self.source,
            line: self.line,
            reason,
        }
    }
}

/// A document that could not be read.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Failure {
    /// The file (or `<stdin>`).
    pub source: String,
    /// The line of the record in `source`, when there is one.
    pub line: Option<usize>,
    /// Why it could not be read.
    pub reason: String,
}

/// A JSONL line as read, not parsed yet: parsing is left to the worker
/// threads ([`RawRecord::parse`]), so the reader only splits lines.
#[derive(Debug)]
pub struct RawRecord {
    /// The file it came from.
    pub source: std::sync::Arc<str>,
    /// Its line number (1-based).
    pub line: usize,
    /// The line, without its line break.
    pub bytes: Vec<u8>,
}

impl RawRecord {
    /// The document (or failure, or skip) this line holds; never a record.
    pub fn parse(&self, opts: &InputOptions) -> Item {
        jsonl::parse_line(&self.source, self.line, &self.bytes, opts)
    }
}

impl Item {
    /// The item with a [`Item::Record`] parsed.
    pub fn parsed(self, opts: &InputOptions) -> Item {
        match self {
            Item::Record(r) => r.parse(opts),
            other => other,
        }
    }
}

/// One thing the reader hands on, in input order.
#[derive(Debug)]
pub enum Item {
    /// A document.
    Doc(InputDoc),
    /// A JSONL line to parse ([`RawRecord::parse`]).
    Record(RawRecord),
    /// A document that could not be read.
    Failed(Failure),
    /// Not a document (an empty JSONL line, a directory already read, a
    /// FIFO): counted, not processed; the note, if any, is worth a warning.
    Skipped(Option<String>),
}

/// How to read an input. `Auto` decides per file by its name (after any
/// `.gz`/`.zst`), and reads stdin as one plain-text document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputFormat {
    /// By file name (.jsonl, .csv, .tsv, .html, else text); stdin is text.
    Auto,
    /// One document per file.
    Text,
    /// One JSON object per line.
    Jsonl,
    /// Comma-separated, with a header row.
    Csv,
    /// Tab-separated, with a header row.
    Tsv,
    /// A web page; its article text is the document.
    Html,
}

impl InputFormat {
    /// The format for a file name (already stripped of `.gz`/`.zst`).
    pub fn for_name(name: &str) -> InputFormat {
        let ext = Path::new(name)
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("jsonl" | "ndjson") => InputFormat::Jsonl,
            Some("csv") => InputFormat::Csv,
            Some("tsv" | "tab") => InputFormat::Tsv,
            Some("html" | "htm" | "xhtml") => InputFormat::Html,
            _ => InputFormat::Text,
        }
    }
}

/// How to read inputs (the library side of the input flags).
#[derive(Clone, Debug)]
pub struct InputOptions {
    /// JSONL field or CSV column holding the text.
    pub text_field: String,
    /// JSONL field or CSV column holding the id.
    pub id_field: String,
    /// Record fields carried into every output row of their document.
    pub keep_fields: Vec<String>,
    /// Documents larger than this fail (bytes, after decompression).
    pub max_doc_bytes: usize,
    /// How to read each input.
    pub format: InputFormat,
    /// Markup of the text field in JSONL/CSV records (`--text-is-html`).
    pub record_markup: Markup,
}

enum Pending {
    /// A path the user named.
    Path(PathBuf),
    /// A path found inside a directory.
    Entry(PathBuf),
    Stdin,
}

/// A file of many documents being read.
enum Stream {
    Jsonl(JsonlStream),
    Csv(Box<CsvStream>),
}

/// Streams documents from the given paths in order.
pub struct Reader {
    queue: VecDeque<Pending>,
    stream: Option<Stream>,
    opts: InputOptions,
    /// Canonical directories already entered: breaks symlink loops.
    seen_dirs: HashSet<PathBuf>,
}

impl Reader {
    /// `paths` empty or `-` means stdin.
    pub fn new(paths: &[PathBuf], opts: InputOptions) -> Reader {
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
            stream: None,
            opts,
            seen_dirs: HashSet::new(),
        }
    }

    /// The next record of the open stream; closes it at its end or on a
    /// read error (reported as the stream's last item).
    fn next_record(&mut self) -> Option<Item> {
        let opts = &self.opts;
        let next = match self.stream.as_mut()? {
            Stream::Jsonl(s) => s.next(opts),
            Stream::Csv(s) => s.next(opts),
        };
        match next {
            Ok(Some(item)) => Some(item),
            Ok(None) => {
                self.stream = None;
                None
            }
            Err(failure) => {
                self.stream = None;
                Some(Item::Failed(failure))
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
        match File::open(&path) {
            Ok(f) => {
                let format = match self.opts.format {
                    InputFormat::Auto => InputFormat::for_name(decompress::inner_name(&name)),
                    f => f,
                };
                self.open_source(name, format, f)
            }
            Err(e) => Some(fail(&name, None, format!("cannot open: {e}"))),
        }
    }

    /// Start reading one input: a whole document, or a stream of records.
    fn open_source(
        &mut self,
        name: String,
        format: InputFormat,
        r: impl Read + Send + 'static,
    ) -> Option<Item> {
        let r = match decompress::open(r) {
            Ok((r, _)) => r,
            Err(e) => return Some(fail(&name, None, format!("cannot read: {e}"))),
        };
        let markup = match format {
            InputFormat::Jsonl => {
                self.stream = Some(Stream::Jsonl(JsonlStream::new(name, r)));
                return None;
            }
            InputFormat::Csv | InputFormat::Tsv => {
                let delimiter = if format == InputFormat::Tsv {
                    b'\t'
                } else {
                    b','
                };
                return match CsvStream::new(name, r, delimiter, &self.opts) {
                    Ok(s) => {
                        self.stream = Some(Stream::Csv(Box::new(s)));
                        None
                    }
                    Err(failure) => Some(Item::Failed(failure)),
                };
            }
            InputFormat::Html => Markup::Html,
            InputFormat::Text | InputFormat::Auto => Markup::Plain,
        };
        let max = self.opts.max_doc_bytes;
        Some(match read_limited(r, max) {
            Ok(Some(bytes)) => whole_doc(name, bytes, markup, self.opts.keep_fields.len()),
            Ok(None) => fail(&name, None, too_big(max)),
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
        let format = match self.opts.format {
            InputFormat::Auto => InputFormat::Text,
            f => f,
        };
        self.open_source("<stdin>".into(), format, std::io::stdin())
    }
}

impl Iterator for Reader {
    type Item = Item;
    fn next(&mut self) -> Option<Item> {
        loop {
            if self.stream.is_some() {
                if let Some(item) = self.next_record() {
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
    r.take((max as u64).saturating_add(1))
        .read_to_end(&mut bytes)?;
    // The text lives as long as its analysis: give back the growth slack
    // (up to half again the document's size for a large file).
    bytes.shrink_to_fit();
    Ok((bytes.len() <= max).then_some(bytes))
}

fn too_big(max: usize) -> String {
    format!("document larger than --max-doc-bytes ({max} bytes), skipped")
}

/// Dot-files and dot-directories (`.git`, `.DS_Store`, our `-o` temporary
/// file) are not documents.
fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.as_encoded_bytes().first() == Some(&b'.')
}

fn fail(source: &str, line: Option<usize>, reason: String) -> Item {
    Item::Failed(failure(source, line, reason))
}

fn failure(source: &str, line: Option<usize>, reason: String) -> Failure {
    Failure {
        source: source.to_string(),
        line,
        reason,
    }
}

fn lossy_warning() -> String {
    "invalid UTF-8 replaced by U+FFFD; offsets refer to the decoded text".into()
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
            Ok((s, Some(lossy_warning())))
        }
    }
}

/// A whole file (or stdin) as one document, named by its path.
fn whole_doc(name: String, bytes: Vec<u8>, markup: Markup, kept: usize) -> Item {
    match decode(bytes) {
        Ok((text, warning)) => Item::Doc(InputDoc {
            id: name.clone(),
            source: name,
            line: None,
            text,
            warning,
            kept: vec![serde_json::Value::Null; kept],
            markup,
        }),
        Err(reason) => Item::Failed(Failure {
            source: name,
            line: None,
            reason,
        }),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn opts() -> InputOptions {
        InputOptions {
            text_field: "text".into(),
            id_field: "id".into(),
            keep_fields: Vec::new(),
            max_doc_bytes: 1 << 20,
            format: InputFormat::Auto,
            record_markup: Markup::Plain,
        }
    }

    #[test]
    fn limits_are_exact() {
        assert_eq!(
            read_limited(&b"abcd"[..], 4).expect("read"),
            Some(b"abcd".to_vec())
        );
        assert_eq!(read_limited(&b"abcde"[..], 4).expect("read"), None);
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

    #[test]
    fn formats_follow_the_name_after_compression() {
        let f = |n| InputFormat::for_name(decompress::inner_name(n));
        assert_eq!(f("a/dump.jsonl.gz"), InputFormat::Jsonl);
        assert_eq!(f("x.NDJSON"), InputFormat::Jsonl);
        assert_eq!(f("x.csv.zst"), InputFormat::Csv);
        assert_eq!(f("x.tsv"), InputFormat::Tsv);
        assert_eq!(f("page.htm"), InputFormat::Html);
        assert_eq!(f("story.txt.gz"), InputFormat::Text);
        assert_eq!(f("README"), InputFormat::Text);
    }
}
