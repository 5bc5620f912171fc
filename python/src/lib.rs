//! `whosaid._whosaid`: the native part of the `whosaid` Python package.
//!
//! Rows are built straight from [`whosaid::Quote`] as Python dicts: the
//! keys are the library's own column names ([`whosaid::output::COLUMNS`],
//! interned once), in the order of its JSONL encoding, and `Quote` is
//! destructured without `..`, so a field added to it stops this crate from
//! compiling instead of silently going missing. The Python tests compare
//! every row with `whosaid extract --format jsonl`, key order included.
//! Going through JSON text (encode with `output::Rows`, then parse) would
//! give the same dicts with a serialisation and a parse per row on top.

use std::collections::HashSet;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Mutex;

use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyDict, PyList, PyString};
use whosaid::output::COLUMNS;
use whosaid::speakers::{SPEAKER_COLUMNS, SpeakerRow, SpeakerTable};
use whosaid::{Options, Quote};

/// `--max-doc-bytes`' default in the CLI.
const DEFAULT_MAX_DOC_BYTES: usize = 64 * 1024 * 1024;

/// The extraction options for the `cues` and `context` arguments.
fn options(cues: &str, context: bool) -> PyResult<Options> {
    let thought_cues = match cues {
        "default" => false,
        "all" => true,
        other => {
            return Err(PyValueError::new_err(format!(
                "cues must be \"default\" or \"all\", not {other:?}"
            )));
        }
    };
    Ok(Options {
        thought_cues,
        context,
        ..Options::default()
    })
}

/// `s` with every lone surrogate (which UTF-8 cannot hold) replaced by
/// U+FFFD, one code point for one, so offsets still index the Python str.
fn lossy_text(s: &Bound<'_, PyString>) -> PyResult<String> {
    let encoded = s.call_method1("encode", ("utf-8", "surrogatepass"))?;
    let mut bytes = encoded.cast::<PyBytes>()?.as_bytes().to_vec();
    // "surrogatepass" writes a surrogate as ED A0..BF 80..BF; U+FFFD is
    // EF BF BD, also three bytes. 0xED is never a continuation byte.
    let mut i = 0;
    while i + 2 < bytes.len() {
        if bytes[i] == 0xED && (0xA0..=0xBF).contains(&bytes[i + 1]) {
            bytes[i..i + 3].copy_from_slice("\u{FFFD}".as_bytes());
            i += 3;
        } else {
            i += 1;
        }
    }
    Ok(String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

/// The text of `obj` (named `what` in errors), as the pipeline takes it.
fn text_of(obj: &Bound<'_, PyAny>, what: &dyn Fn() -> String, max: usize) -> PyResult<String> {
    let Ok(s) = obj.cast::<PyString>() else {
        return Err(PyTypeError::new_err(format!(
            "{} must be str, not {}",
            what(),
            type_name(obj)
        )));
    };
    let too_big = |len: usize| {
        PyValueError::new_err(format!(
            "{} is {len} bytes of UTF-8, more than max_doc_bytes ({max})",
            what()
        ))
    };
    // Every code point takes at least one byte: reject without copying.
    let chars = s.len()?;
    if chars > max {
        return Err(too_big(chars));
    }
    let text = match s.to_cow() {
        Ok(t) => t.into_owned(),
        Err(_) => lossy_text(s)?,
    };
    if text.len() > max {
        return Err(too_big(text.len()));
    }
    Ok(text)
}

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map_or_else(|_| "?".into(), |n| n.to_string())
}

/// A document id: a str as it is, an int as its decimal string (as the CLI
/// writes a numeric JSONL id).
fn id_of<'py>(
    obj: &Bound<'py, PyAny>,
    what: &dyn Fn() -> String,
) -> PyResult<Bound<'py, PyString>> {
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(s.clone());
    }
    if obj.is_instance_of::<pyo3::types::PyInt>() && !obj.is_instance_of::<pyo3::types::PyBool>() {
        return obj.str();
    }
    Err(PyTypeError::new_err(format!(
        "{} must be str or int, not {}",
        what(),
        type_name(obj)
    )))
}

/// The message of a caught panic.
fn panic_message(p: Box<dyn std::any::Any + Send>) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}

/// One document through the pipeline; a panic becomes its message.
fn run(text: &str, opts: &Options) -> Result<Vec<Quote>, String> {
    catch_unwind(AssertUnwindSafe(|| whosaid::extract(text, opts))).map_err(panic_message)
}

fn internal_error(which: &str, msg: &str) -> PyErr {
    PyRuntimeError::new_err(format!(
        "whosaid: internal error on {which}: {msg} (please report it with the text)"
    ))
}

/// The dict keys, interned Python strs made once from the library's
/// column names.
struct Keys {
    doc: Py<PyString>,
    quote_id: Py<PyString>,
    /// The columns after `quote_id`, in `COLUMNS` order, then `context`.
    quote: Vec<Py<PyString>>,
    context: Py<PyString>,
}

static KEYS: PyOnceLock<Keys> = PyOnceLock::new();

fn keys(py: Python<'_>) -> &Keys {
    KEYS.get_or_init(py, || {
        let key = |name: &str| PyString::intern(py, name).unbind();
        Keys {
            doc: key(COLUMNS[0]),
            quote_id: key(COLUMNS[1]),
            quote: COLUMNS[2..].iter().map(|c| key(c)).collect(),
            context: key("context"),
        }
    })
}

/// One row as a dict: the columns of `whosaid extract --format jsonl`, in
/// its order, `doc` only when given, `context` only when extracted.
fn row<'py>(
    py: Python<'py>,
    doc: Option<&Bound<'py, PyString>>,
    quote_id: usize,
    q: &Quote,
) -> PyResult<Bound<'py, PyDict>> {
    let k = keys(py);
    let d = PyDict::new(py);
    if let Some(doc) = doc {
        d.set_item(k.doc.bind(py), doc)?;
    }
    d.set_item(k.quote_id.bind(py), quote_id)?;
    let Quote {
        kind,
        quote,
        speaker,
        speaker_mention,
        speaker_kind,
        cue,
        quote_start,
        quote_end,
        speaker_start,
        speaker_end,
        cue_start,
        cue_end,
        paragraph,
        sentence,
        confidence,
        method,
        speaker_role,
        context,
    } = q;
    let mut cols = k.quote.iter().map(|c| c.bind(py));
    let mut col = || {
        cols.next()
            .ok_or_else(|| PyRuntimeError::new_err("whosaid: fewer columns than Quote fields"))
    };
    d.set_item(col()?, *kind)?;
    d.set_item(col()?, quote.as_str())?;
    d.set_item(col()?, speaker.as_str())?;
    d.set_item(col()?, speaker_mention.as_str())?;
    d.set_item(col()?, *speaker_kind)?;
    d.set_item(col()?, cue.as_str())?;
    d.set_item(col()?, *quote_start)?;
    d.set_item(col()?, *quote_end)?;
    d.set_item(col()?, *speaker_start)?;
    d.set_item(col()?, *speaker_end)?;
    d.set_item(col()?, *cue_start)?;
    d.set_item(col()?, *cue_end)?;
    d.set_item(col()?, *paragraph)?;
    d.set_item(col()?, *sentence)?;
    d.set_item(col()?, *confidence)?;
    d.set_item(col()?, *method)?;
    d.set_item(col()?, speaker_role.as_str())?;
    if let Some(c) = context {
        d.set_item(k.context.bind(py), c.as_str())?;
    }
    Ok(d)
}

fn rows<'py>(
    py: Python<'py>,
    doc: Option<&Bound<'py, PyString>>,
    quotes: &[Quote],
) -> PyResult<Bound<'py, PyList>> {
    let list = PyList::empty(py);
    for (i, q) in quotes.iter().enumerate() {
        list.append(row(py, doc, i + 1, q)?)?;
    }
    Ok(list)
}

/// Find the quotations in one document.
///
/// Returns one dict per attribution, in document order, with the columns of
/// `whosaid extract --format jsonl` in the same order and with the same
/// values (see the README's *Output columns*). Offsets are character
/// offsets, i.e. indices into `text`: `text[r["quote_start"]:r["quote_end"]]
/// == r["quote"]`. `speaker_start`/`speaker_end`/`cue_start`/`cue_end` are
/// None when there is no speaker mention or cue.
///
/// Args:
///     text: the document's plain text (str). Lone surrogates are replaced
///         by U+FFFD, one for one, so offsets still index `text`.
///     cues: "default" (speech, writing and stated positions) or "all"
///         (also thought cues such as "wants", "knows"), like `--cues`.
///     context: add a `context` column with the sentence(s) holding each
///         quote, like `--context`.
///     doc: a document id (str, or int written as decimal); when given,
///         every row starts with a `doc` column holding it.
///     max_doc_bytes: a text longer than this many bytes of UTF-8 raises
///         ValueError (64 MiB by default, like `--max-doc-bytes`).
///
/// Raises:
///     TypeError: `text` is not a str (e.g. bytes or None).
///     ValueError: bad `cues`, or `text` over `max_doc_bytes`.
///     RuntimeError: an internal error of the extractor.
#[pyfunction]
#[pyo3(
    signature = (text, *, cues = "default", context = false, doc = None, max_doc_bytes = DEFAULT_MAX_DOC_BYTES),
    text_signature = "(text, *, cues='default', context=False, doc=None, max_doc_bytes=67108864)"
)]
fn extract<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    cues: &str,
    context: bool,
    doc: Option<&Bound<'py, PyAny>>,
    max_doc_bytes: usize,
) -> PyResult<Bound<'py, PyList>> {
    let opts = options(cues, context)?;
    let text = text_of(text, &|| "text".into(), max_doc_bytes)?;
    let doc = doc.map(|d| id_of(d, &|| "doc".into())).transpose()?;
    let quotes = py
        .detach(|| run(&text, &opts))
        .map_err(|m| internal_error("the document", &m))?;
    rows(py, doc.as_ref(), &quotes)
}

/// Find the quotations in many documents, in parallel.
///
/// Returns one list of rows per document, in input order; each list is
/// what `extract` returns for that text (so the result does not depend on
/// `threads`). The documents are extracted with the GIL released.
///
/// Args:
///     texts: any iterable of str (a list, a generator, a pandas Series).
///     ids: an iterable of document ids (str or int), one per text; when
///         given, every row starts with a `doc` column holding its id.
///     threads: worker threads; None uses all cores (rayon's global
///         pool), N a pool of its own with N threads (1 = sequential).
///     cues: "default" or "all", as for `extract`.
///     context: add the `context` column, as for `extract`.
///     max_doc_bytes: a text over this many bytes of UTF-8 raises
///         ValueError naming its index (64 MiB by default).
///
/// Raises:
///     TypeError: `texts` is a str/bytes or not iterable, or an item is not
///         a str (the message gives its index); a bad id.
///     ValueError: bad `cues` or `threads`, `ids` of another length, a text
///         over `max_doc_bytes`.
///     RuntimeError: an internal error of the extractor (with the index).
#[pyfunction]
#[pyo3(
    signature = (texts, *, ids = None, threads = None, cues = "default", context = false, max_doc_bytes = DEFAULT_MAX_DOC_BYTES),
    text_signature = "(texts, *, ids=None, threads=None, cues='default', context=False, max_doc_bytes=67108864)"
)]
fn extract_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    ids: Option<&Bound<'py, PyAny>>,
    threads: Option<usize>,
    cues: &str,
    context: bool,
    max_doc_bytes: usize,
) -> PyResult<Bound<'py, PyList>> {
    let opts = options(cues, context)?;
    if threads == Some(0) {
        return Err(PyValueError::new_err(
            "threads must be at least 1 (or None)",
        ));
    }
    let texts = items(texts, "texts")?;
    let texts = texts
        .iter()
        .enumerate()
        .map(|(i, t)| text_of(t, &|| format!("texts[{i}]"), max_doc_bytes))
        .collect::<PyResult<Vec<String>>>()?;
    let ids = match ids {
        None => None,
        Some(ids) => {
            let ids = items(ids, "ids")?;
            if ids.len() != texts.len() {
                return Err(PyValueError::new_err(format!(
                    "ids has {} items but texts has {}",
                    ids.len(),
                    texts.len()
                )));
            }
            Some(
                ids.iter()
                    .enumerate()
                    .map(|(i, d)| id_of(d, &|| format!("ids[{i}]")))
                    .collect::<PyResult<Vec<_>>>()?,
            )
        }
    };
    let pool = match threads {
        None => None,
        Some(n) => Some(
            rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map_err(|e| PyRuntimeError::new_err(format!("whosaid: no thread pool: {e}")))?,
        ),
    };
    let out = PyList::empty(py);
    pipeline(py, &texts, &opts, pool.as_ref(), |i, quotes| {
        let quotes = quotes.map_err(|m| internal_error(&format!("texts[{i}]"), &m))?;
        out.append(rows(py, ids.as_ref().map(|ids| &ids[i]), &quotes)?)
    })?;
    Ok(out)
}

/// Extract `texts` on the pool's threads (rayon's global pool without one)
/// and hand each result to `emit` in input order, on this thread, which
/// holds the GIL only while `emit` runs. The workers take documents in
/// order from a shared counter, so results arrive nearly in order and rows
/// are built while later documents are still being extracted (as the CLI's
/// writer thread writes while its workers extract). An error from `emit`
/// stops the workers after their current document.
fn pipeline(
    py: Python<'_>,
    texts: &[String],
    opts: &Options,
    pool: Option<&rayon::ThreadPool>,
    mut emit: impl FnMut(usize, Result<Vec<Quote>, String>) -> PyResult<()>,
) -> PyResult<()> {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::sync::mpsc;

    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let (tx, rx) = mpsc::channel::<(usize, Result<Vec<Quote>, String>)>();
    // A Receiver is not Sync; the GIL-free wait below needs to share it.
    let rx = Mutex::new(rx);
    std::thread::scope(|s| {
        let (next, stop) = (&next, &stop);
        s.spawn(move || {
            let worker = |_: rayon::BroadcastContext<'_>| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= texts.len() || stop.load(Ordering::Relaxed) {
                        break;
                    }
                    if tx.send((i, run(&texts[i], opts))).is_err() {
                        break;
                    }
                }
            };
            match pool {
                Some(p) => p.broadcast(worker),
                None => rayon::broadcast(worker),
            };
        });
        // Results that came before their turn.
        let mut early: Vec<Option<Result<Vec<Quote>, String>>> = Vec::new();
        early.resize_with(texts.len(), || None);
        let mut turn = 0;
        let result = (|| {
            while turn < texts.len() {
                let received = rx.lock().ok().and_then(|r| r.try_recv().ok());
                let received =
                    received.or_else(|| py.detach(|| rx.lock().ok().and_then(|r| r.recv().ok())));
                let Some((i, r)) = received else {
                    return Err(PyRuntimeError::new_err(
                        "whosaid: the extraction threads stopped early",
                    ));
                };
                early[i] = Some(r);
                while let Some(r) = early.get_mut(turn).and_then(Option::take) {
                    emit(turn, r)?;
                    turn += 1;
                }
            }
            Ok(())
        })();
        if result.is_err() {
            stop.store(true, Ordering::Relaxed);
        }
        // Workers still sending see a closed channel and stop.
        drop(rx);
        result
    })
}

/// The items of an iterable argument; a str or bytes (an iterable of
/// characters or ints, almost certainly a mistake) is refused.
fn items<'py>(obj: &Bound<'py, PyAny>, what: &str) -> PyResult<Vec<Bound<'py, PyAny>>> {
    if obj.is_instance_of::<PyString>() || obj.is_instance_of::<PyBytes>() {
        return Err(PyTypeError::new_err(format!(
            "{what} must be an iterable of str, not a single {}",
            type_name(obj)
        )));
    }
    let iter = obj.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "{what} must be an iterable, not {}",
            type_name(obj)
        ))
    })?;
    iter.collect()
}

/// A `&'static str` equal to `s`, for the `Quote` fields the speakers
/// table reads (`kind`, `speaker_kind`). The library has a handful of such
/// values; each distinct one is leaked once, and more than `LIMIT` distinct
/// values (not rows from whosaid) are refused.
fn static_str(s: &str, what: &str) -> PyResult<&'static str> {
    const LIMIT: usize = 64;
    static SEEN: Mutex<Option<HashSet<&'static str>>> = Mutex::new(None);
    let mut seen = SEEN.lock().unwrap_or_else(|e| e.into_inner());
    let seen = seen.get_or_insert_with(HashSet::new);
    if let Some(&v) = seen.get(s) {
        return Ok(v);
    }
    if seen.len() >= LIMIT {
        return Err(PyValueError::new_err(format!(
            "unexpected {what} {s:?}: not a row of whosaid.extract"
        )));
    }
    let v: &'static str = Box::leak(s.to_owned().into_boxed_str());
    seen.insert(v);
    Ok(v)
}

/// The fields of a row dict the speakers table reads, as a `Quote`.
fn quote_of(row: &Bound<'_, PyAny>, at: &dyn Fn() -> String) -> PyResult<Quote> {
    let Ok(d) = row.cast::<PyDict>() else {
        return Err(PyTypeError::new_err(format!(
            "{} must be a dict (a row of whosaid.extract), not {}",
            at(),
            type_name(row)
        )));
    };
    let field = |name: &str| -> PyResult<String> {
        match d.get_item(name)? {
            Some(v) if v.is_none() => Ok(String::new()),
            Some(v) => v
                .extract::<String>()
                .map_err(|_| PyTypeError::new_err(format!("{}[{name:?}] must be str", at()))),
            None => Err(PyValueError::new_err(format!(
                "{} has no {name:?} column",
                at()
            ))),
        }
    };
    Ok(Quote {
        kind: static_str(&field("kind")?, "kind")?,
        quote: String::new(),
        speaker: field("speaker")?,
        speaker_mention: String::new(),
        speaker_kind: static_str(&field("speaker_kind")?, "speaker_kind")?,
        cue: String::new(),
        quote_start: 0,
        quote_end: 0,
        speaker_start: None,
        speaker_end: None,
        cue_start: None,
        cue_end: None,
        paragraph: 0,
        sentence: 0,
        confidence: 0.0,
        method: "",
        // Optional: rows from before the column existed have none.
        speaker_role: match d.get_item("speaker_role")? {
            Some(v) if !v.is_none() => v.extract::<String>().map_err(|_| {
                PyTypeError::new_err(format!("{}[\"speaker_role\"] must be str", at()))
            })?,
            _ => String::new(),
        },
        context: None,
    })
}

/// The `doc` of a row dict as a string, if it has one.
fn doc_of(row: &Bound<'_, PyAny>, at: &dyn Fn() -> String) -> PyResult<Option<String>> {
    let Ok(d) = row.cast::<PyDict>() else {
        return Ok(None);
    };
    match d.get_item(COLUMNS[0])? {
        Some(v) if v.is_none() => Ok(None),
        Some(v) => Ok(Some(
            id_of(&v, &|| format!("{}[\"doc\"]", at()))?.to_string(),
        )),
        None => Ok(None),
    }
}

/// The speakers table of `whosaid speakers`: one dict per canonical
/// speaker with the columns speaker, speaker_kind, quotes, direct, mixed,
/// indirect, documents, first_doc, last_doc; most-quoted first, then by
/// speaker and kind. Rows without a canonical speaker count for nobody.
///
/// Args:
///     rows: either per-document lists of rows (what `extract_many`
///         returns; a document is named by its rows' `doc`, or by its
///         index as a str when they have none), or one flat list of rows
///         that all carry `doc` (consecutive rows with the same `doc` are
///         one document, as in the CLI's output).
///
/// Raises:
///     TypeError, ValueError: a row that is not a dict of whosaid's columns,
///         or a flat row without `doc`.
#[pyfunction]
fn speakers<'py>(py: Python<'py>, rows: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
    let all = items(rows, "rows")?;
    let mut table = SpeakerTable::default();
    let flat = all.first().is_some_and(|r| r.is_instance_of::<PyDict>());
    if flat {
        let mut current: Option<(String, Vec<Quote>)> = None;
        for (i, r) in all.iter().enumerate() {
            let at = || format!("rows[{i}]");
            let Some(doc) = doc_of(r, &at)? else {
                return Err(PyValueError::new_err(format!(
                    "{} has no \"doc\": pass per-document lists of rows, or rows with doc",
                    at()
                )));
            };
            let q = quote_of(r, &at)?;
            match &mut current {
                Some((d, qs)) if *d == doc => qs.push(q),
                _ => {
                    if let Some((d, qs)) = current.take() {
                        table.add(&d, &qs);
                    }
                    current = Some((doc, vec![q]));
                }
            }
        }
        if let Some((d, qs)) = current {
            table.add(&d, &qs);
        }
    } else {
        for (i, doc_rows) in all.iter().enumerate() {
            let doc_rows = items(doc_rows, &format!("rows[{i}]"))?;
            let mut name = None;
            let mut quotes = Vec::with_capacity(doc_rows.len());
            for (j, r) in doc_rows.iter().enumerate() {
                let at = || format!("rows[{i}][{j}]");
                quotes.push(quote_of(r, &at)?);
                if name.is_none() {
                    name = doc_of(r, &at)?;
                }
            }
            table.add(&name.unwrap_or_else(|| i.to_string()), &quotes);
        }
    }
    let out = PyList::empty(py);
    for r in &table.rows() {
        out.append(speaker_row(py, r)?)?;
    }
    Ok(out)
}

fn speaker_row<'py>(py: Python<'py>, r: &SpeakerRow) -> PyResult<Bound<'py, PyDict>> {
    let SpeakerRow {
        speaker,
        speaker_kind,
        quotes,
        direct,
        mixed,
        indirect,
        documents,
        first_doc,
        last_doc,
        variants,
        speaker_role,
    } = r;
    let d = PyDict::new(py);
    let mut cols = SPEAKER_COLUMNS.iter();
    let mut col = || {
        cols.next()
            .copied()
            .ok_or_else(|| PyRuntimeError::new_err("whosaid: fewer columns than SpeakerRow fields"))
    };
    d.set_item(col()?, speaker.as_str())?;
    d.set_item(col()?, *speaker_kind)?;
    d.set_item(col()?, *quotes)?;
    d.set_item(col()?, *direct)?;
    d.set_item(col()?, *mixed)?;
    d.set_item(col()?, *indirect)?;
    d.set_item(col()?, *documents)?;
    d.set_item(col()?, first_doc.as_str())?;
    d.set_item(col()?, last_doc.as_str())?;
    d.set_item(col()?, variants.as_str())?;
    d.set_item(col()?, speaker_role.as_str())?;
    Ok(d)
}

#[pymodule]
fn _whosaid(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("COLUMNS", COLUMNS.to_vec())?;
    m.add("SPEAKER_COLUMNS", SPEAKER_COLUMNS.to_vec())?;
    m.add("DEFAULT_MAX_DOC_BYTES", DEFAULT_MAX_DOC_BYTES)?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(extract_many, m)?)?;
    m.add_function(wrap_pyfunction!(speakers, m)?)?;
    Ok(())
}
