//! Running `extract` (and `speakers`) over a stream of documents: bounded
//! batches processed in parallel with rayon and written in input order, so
//! memory stays flat on any corpus size and `-j 1` and `-j 8` give
//! identical bytes.
//!
//! Four stages overlap: a reader thread reads inputs (JSONL only split into
//! lines), a batcher groups documents (closing a batch early when the input
//! pauses, so a streaming consumer is never kept waiting for a full batch),
//! the rayon pool parses, extracts and encodes each document's rows as
//! bytes, and a writer thread counts, reports and writes each finished
//! batch at once. Everything per document runs in the pool, so `-j N`
//! scales with N; the reader and writer threads only move bytes.
//!
//! No document is lost silently: each one ends up in exactly one summary
//! count, every failure is reported on stderr (and in `--errors`), and a
//! run that cannot finish leaves no half-written `-o` file behind.

use std::collections::HashSet;
use std::fs::File;
use std::hash::{Hash, Hasher};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, sync_channel};

use anyhow::{Context, Result};
use rayon::prelude::*;

use super::flags::{CueSet, ExtractArgs, InputArgs};
use super::outfile::OutFile;
use super::progress::Progress;
use super::spill::{SPILL_AT, SpillBuf};
pub use super::summary::{Summary, report};
use whosaid::extract::{Options, Quote, extract_each_ref};
use whosaid::input::{Failure, InputDoc, InputOptions, Item, Markup, Reader};
use whosaid::output::{Extra, Format, Rows, Sink};
use whosaid::speakers::SpeakerTable;

/// Documents per batch, and the byte budget that closes a batch early.
const BATCH_DOCS: usize = 512;
const BATCH_BYTES: usize = 8 << 20;

enum Outcome {
    Quotes(Done),
    Failed(Failure),
    Skipped(Option<String>),
}

/// A document extracted by a worker: what the writer needs to count,
/// report and write it, without its text.
struct Done {
    id: String,
    source: String,
    line: Option<usize>,
    warning: Option<String>,
    text_bytes: usize,
    quotes: usize,
    /// Its rows, encoded (empty without a main quotes output); past
    /// [`SPILL_AT`] bytes, mostly in a temporary file.
    rows: SpillBuf,
    /// Its quotes, kept only for a speakers table or a collector.
    table: Option<Vec<Quote>>,
    /// Its text and kept fields, only for a collector that asks for them.
    text: Option<String>,
    kept: Vec<serde_json::Value>,
}

impl Done {
    /// Where the document is, for messages: `path` or `path:line`.
    fn at(&self) -> String {
        match self.line {
            Some(l) => format!("{}:{l}", self.source),
            None => self.source.clone(),
        }
    }
}

/// What the workers need besides the document.
struct Work<'a> {
    opts: &'a Options,
    input: &'a InputOptions,
    /// The row encoder when quotes are written.
    rows: Option<&'a Rows>,
    /// Keep each document's quotes for a speakers table.
    table: bool,
    /// Keep each document's text (for `view`).
    text: bool,
}

/// What a run writes to its main output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// One row per attribution (`whosaid extract`).
    Quotes,
    /// One row per speaker, written at the end (`whosaid speakers`).
    Speakers,
    /// Documents handed to a [`Collector`], which writes the main output
    /// at the end (`whosaid view`, `whosaid quotes`); the command's name.
    Collect(&'static str),
}

/// A command that takes every document's quotes, in input order, and
/// writes its own output once all are in (`view`, `quotes`).
pub trait Collector: Send {
    /// Record fields to carry into [`Collected::kept`].
    fn keep_fields(&self) -> Vec<String> {
        Vec::new()
    }
    /// Whether [`Collected::text`] is needed.
    fn wants_text(&self) -> bool {
        false
    }
    /// One document; `Ok(false)` stops reading (a `--limit` reached).
    fn doc(&mut self, doc: Collected) -> Result<bool>;
    /// Write the output.
    fn finish(self: Box<Self>, out: &mut dyn Write) -> Result<()>;
}

/// A document as a [`Collector`] gets it.
pub struct Collected {
    pub id: String,
    /// The text, when [`Collector::wants_text`].
    pub text: Option<String>,
    pub quotes: Vec<Quote>,
    /// The values of [`Collector::keep_fields`].
    pub kept: Vec<serde_json::Value>,
}

/// How the input flags read documents; `keep` are the `--keep-field`s.
pub fn input_options(args: &InputArgs, keep: &[String]) -> InputOptions {
    InputOptions {
        text_field: args.text_field.clone(),
        id_field: args.id_field.clone(),
        keep_fields: keep.to_vec(),
        max_doc_bytes: args.max_doc_bytes,
        format: args.format(),
        record_markup: if args.text_is_html {
            Markup::Html
        } else {
            Markup::Plain
        },
    }
}

/// Run `extract` or `speakers`; returns the summary (the caller picks the exit code).
pub fn run(args: &ExtractArgs, mode: Mode) -> Result<Summary> {
    run_with(args, mode, None)
}

/// Run a command whose output a [`Collector`] writes; `name` is the
/// command's, for messages about flags it does not take.
pub fn run_collect(
    args: &ExtractArgs,
    name: &'static str,
    c: Box<dyn Collector>,
) -> Result<Summary> {
    run_with(args, Mode::Collect(name), Some(c))
}

/// The driver behind [`run`] and [`run_collect`]: check the flags, open
/// the outputs, then stream the documents. The order matters to the user:
/// usage errors come before any file is created, and the outputs are
/// opened before any input is read, so a bad path fails at once.
fn run_with(
    args: &ExtractArgs,
    mode: Mode,
    collector: Option<Box<dyn Collector>>,
) -> Result<Summary> {
    let opts = Options {
        thought_cues: args.cues == CueSet::All,
        context: args.context && mode == Mode::Quotes,
        ..Options::default()
    };
    let keep = match (&collector, mode) {
        (Some(c), _) => c.keep_fields(),
        (None, Mode::Quotes) => args.keep_field.clone(),
        (None, _) => Vec::new(),
    };
    let input = input_options(&args.input, &keep);
    let input_for_workers = input.clone();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.input.threads.unwrap_or(0))
        .build()
        .context("cannot start worker threads")?;
    let extra = Extra {
        context: opts.context,
        keep,
    };
    // Usage mistakes before any file is created.
    extra.columns()?;
    check_flags(args, mode)?;
    let outputs = open_outputs(args, mode, extra)?;
    let rows = outputs.sink.as_ref().map(|s| s.rows().clone());
    let work = Work {
        opts: &opts,
        input: &input_for_workers,
        rows: rows.as_ref(),
        table: outputs.table.is_some() || collector.is_some(),
        text: collector.as_ref().is_some_and(|c| c.wants_text()),
    };
    let state = State {
        sink: outputs.sink,
        table: outputs.table,
        format: args.format(),
        escape: !args.no_formula_escape,
        errors: outputs.errors,
        summary: Summary::default(),
        collector: collector.zip(outputs.main),
        stopped: false,
        seen_ids: HashSet::new(),
        ids_capped: false,
        duplicate_ids: 0,
        progress: Progress::new(!args.quiet),
    };
    let reader = Reader::new(&args.input.paths, input);
    stream(reader, &pool, &work, state, outputs.out_tmp)
}

/// Where a run writes, all opened before the first document is read.
struct Outputs {
    /// The quote rows (`extract` only).
    sink: Option<Sink<Box<dyn Write + Send>>>,
    /// The speakers table and where it goes (`speakers`, `extract --summary`).
    table: Option<(SpeakerTable, TableOut)>,
    /// The main output, for a collector to write at the end.
    main: Option<Box<dyn Write + Send>>,
    errors: Option<ErrorLog>,
    out_tmp: OutTmp,
}

/// Open the main output, `--errors` and `--summary`, and decide which of
/// them the mode writes to. On an error, what was already created is
/// dropped, which removes it: a failed start leaves no files behind.
fn open_outputs(args: &ExtractArgs, mode: Mode, extra: Extra) -> Result<Outputs> {
    // Output first: a bad -o path is the likelier mistake, and failing
    // before touching --errors leaves nothing behind.
    let (mut out, out_tmp) = open_output(args.output.as_deref())?;
    if args.bom && args.format() == Format::Csv {
        out.write_all(whosaid::output::BOM)
            .context("cannot write output")?;
    }
    let errors = match &args.errors {
        Some(p) => Some(ErrorLog::create(p)?),
        None => None,
    };
    let (sink, table, main) = match mode {
        Mode::Quotes => {
            let sink = Sink::new(out, args.format(), !args.no_formula_escape, extra)?;
            let table = match &args.summary {
                Some(p) => {
                    let (out, file) = OutFile::create(p).context("cannot create --summary file")?;
                    let table_out = TableOut::File(out, file, p.clone());
                    Some((SpeakerTable::new(args.no_merge), table_out))
                }
                None => None,
            };
            (Some(sink), table, None)
        }
        Mode::Speakers => (
            None,
            Some((SpeakerTable::new(args.no_merge), TableOut::Main(out))),
            None,
        ),
        Mode::Collect(_) => (None, None, Some(out)),
    };
    Ok(Outputs {
        sink,
        table,
        main,
        errors,
        out_tmp,
    })
}

/// Run the documents of `reader` through the pool in batches and hand
/// each finished batch to a writer thread that owns `state`, then finish
/// the outputs. Extraction of one batch overlaps the writing of the
/// previous one; batches are sent in input order, so output is identical
/// for any number of threads.
fn stream(
    reader: Reader,
    pool: &rayon::ThreadPool,
    work: &Work,
    mut state: State,
    out_tmp: OutTmp,
) -> Result<Summary> {
    let (batches, reading) = spawn_reader(reader);
    // Rows are written on their own thread as each batch completes, so a
    // streaming consumer gets them without waiting for the next batch.
    let (done_tx, done_rx) = std::sync::mpsc::sync_channel::<Vec<Outcome>>(1);
    let writer = std::thread::spawn(move || -> Result<State> {
        for outcomes in done_rx {
            if let Flow::OutputClosed = state.record_all(outcomes.into_iter())? {
                break;
            }
        }
        Ok(state)
    });
    for batch in batches {
        let outcomes: Vec<Outcome> =
            pool.install(|| batch.into_par_iter().map(|i| process(i, work)).collect());
        if done_tx.send(outcomes).is_err() {
            // The writer stopped (closed stdout or a write error): its
            // result below says which.
            break;
        }
    }
    drop(done_tx);
    let state = writer
        .join()
        .map_err(|_| anyhow::anyhow!("internal error: writer thread panicked"))??;
    if state.summary.output_closed {
        // The reader may still be blocked on its input: do not wait for it.
        return state.finish(None);
    }
    if state.stopped {
        // The collector has all it wants; the reader may be blocked.
        return state.finish(out_tmp);
    }
    // Every batch was written, so the reader is done: make sure it ended
    // normally and did not drop documents by panicking.
    if reading.join().is_err() {
        anyhow::bail!("internal error: input reader panicked");
    }
    state.finish(out_tmp)
}

/// How long the batcher waits for one more document before it hands over
/// a partial batch: a slow stream still gets its rows within this delay,
/// while a fast one fills whole batches.
const LINGER: std::time::Duration = std::time::Duration::from_millis(50);

/// Read documents on a thread of their own and group them into batches
/// (up to [`BATCH_DOCS`] documents or [`BATCH_BYTES`] of text, or what has
/// arrived when the input pauses for [`LINGER`]). The threads end when the
/// input ends or when the receiver is dropped. The handle joins when
/// reading and batching are both over.
fn spawn_reader(reader: Reader) -> (Receiver<Vec<Item>>, std::thread::JoinHandle<()>) {
    // A few documents of read-ahead; memory stays bounded by batches.
    let (item_tx, item_rx) = sync_channel::<Item>(16);
    let (batch_tx, batch_rx) = sync_channel::<Vec<Item>>(1);
    let read = std::thread::spawn(move || {
        for item in reader {
            if item_tx.send(item).is_err() {
                return;
            }
        }
    });
    let batch = std::thread::spawn(move || {
        while let Ok(first) = item_rx.recv() {
            let mut bytes = doc_bytes(&first);
            let mut batch = Vec::with_capacity(BATCH_DOCS);
            batch.push(first);
            while batch.len() < BATCH_DOCS && bytes < BATCH_BYTES {
                match item_rx.recv_timeout(LINGER) {
                    Ok(item) => {
                        bytes += doc_bytes(&item);
                        batch.push(item);
                    }
                    Err(_) => break,
                }
            }
            if batch_tx.send(batch).is_err() {
                return;
            }
        }
    });
    let both = std::thread::spawn(move || {
        let r = read.join();
        let b = batch.join();
        if r.is_err() || b.is_err() {
            std::panic::resume_unwind(Box::new("input thread panicked"));
        }
    });
    (batch_rx, both)
}

fn doc_bytes(item: &Item) -> usize {
    match item {
        Item::Doc(d) => d.text.len(),
        Item::Record(r) => r.bytes.len(),
        _ => 0,
    }
}

/// Where the speakers table goes: the main output (`whosaid speakers`) or
/// a `--summary` file.
enum TableOut {
    Main(Box<dyn Write + Send>),
    File(OutFile, File, PathBuf),
}

/// The `-o` file in progress; `None` for stdout.
type OutTmp = Option<OutFile>;

/// Open stdout (no `-o`, or `-o -`) or the `-o` file.
fn open_output(path: Option<&Path>) -> Result<(Box<dyn Write + Send>, OutTmp)> {
    match path {
        Some(p) if p.as_os_str() != "-" => {
            let (out, file) = OutFile::create(p)?;
            let w = Box::new(BufWriter::with_capacity(1 << 20, file));
            Ok((w, Some(out)))
        }
        _ => {
            // Not locked: the writer thread owns it (a lock is not Send).
            let stdout = std::io::stdout();
            Ok((Box::new(BufWriter::with_capacity(1 << 16, stdout)), None))
        }
    }
}

/// Extract one document. A panic in the pipeline is a bug, but it should
/// cost the user one document, not a long run: it becomes a failure.
fn process(item: Item, work: &Work) -> Outcome {
    match item {
        Item::Doc(d) => {
            let d = match d.into_plain() {
                Ok(d) => d,
                Err(f) => return Outcome::Failed(f),
            };
            extract_caught(d, work)
        }
        Item::Record(r) => match std::panic::catch_unwind(|| r.parse(work.input)) {
            // Parsing never gives another record: this recurses once.
            Ok(item) => process(item, work),
            Err(panic) => Outcome::Failed(Failure {
                source: r.source.to_string(),
                line: Some(r.line),
                reason: internal_error(&*panic),
            }),
        },
        Item::Failed(f) => Outcome::Failed(f),
        Item::Skipped(note) => Outcome::Skipped(note),
    }
}

fn extract_caught(d: InputDoc, work: &Work) -> Outcome {
    let extracted = std::panic::catch_unwind(|| -> Result<_> {
        let mut rows = SpillBuf::new(SPILL_AT);
        // Rows are encoded as they are made and dropped at once, so a long
        // document never holds all its rows (with their copies of the
        // quotes) beside their encoding; only a table of speakers or
        // quotes keeps them. The encoding, which can be many times the
        // document's size, moves to a temporary file past `SPILL_AT`.
        let mut table = work.table.then(Vec::new);
        let mut n = 0;
        let doc = work.rows.map(|enc| enc.doc_cell(&d.id));
        extract_each_ref(&d.text, work.opts, |q| -> Result<()> {
            n += 1;
            if let (Some(enc), Some(doc)) = (work.rows, &doc) {
                if n == 1 {
                    // The rows of a news article are about as long as its
                    // text.
                    rows.reserve_rows(d.text.len());
                }
                enc.encode(rows.buf(), doc, n, q, &d.kept)
                    .context("cannot encode a row")?;
                rows.row_done();
            }
            if let Some(t) = table.as_mut() {
                t.push(q.to_quote());
            }
            Ok(())
        })?;
        rows.finish();
        Ok((n, table, rows))
    });
    match extracted {
        Ok(Ok((n, quotes, rows))) => Outcome::Quotes(Done {
            text_bytes: d.text.len(),
            quotes: n,
            rows,
            table: quotes,
            text: work.text.then_some(d.text),
            kept: d.kept,
            id: d.id,
            source: d.source,
            line: d.line,
            warning: d.warning,
        }),
        Ok(Err(e)) => Outcome::Failed(d.failure(format!("{e:#}"))),
        Err(panic) => Outcome::Failed(d.failure(internal_error(&*panic))),
    }
}

/// The failure reason for a panic in the pipeline: a bug, reported with
/// the document instead of ending the run.
fn internal_error(panic: &(dyn std::any::Any + Send)) -> String {
    format!(
        "internal error (please report this document): {}",
        panic_message(panic)
    )
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> &str {
    if let Some(s) = panic.downcast_ref::<&str>() {
        s
    } else if let Some(s) = panic.downcast_ref::<String>() {
        s
    } else {
        "panic"
    }
}

enum Flow {
    Continue,
    OutputClosed,
}

struct State {
    /// The quote rows (`None` in speakers mode).
    sink: Option<Sink<Box<dyn Write + Send>>>,
    table: Option<(SpeakerTable, TableOut)>,
    /// The collector and the main output it writes to.
    collector: Option<(Box<dyn Collector>, Box<dyn Write + Send>)>,
    /// The collector asked for no more documents.
    stopped: bool,
    format: Format,
    escape: bool,
    errors: Option<ErrorLog>,
    summary: Summary,
    /// Hashes of document ids seen so far (8 bytes each, not the ids), to
    /// warn about duplicates without holding a corpus' ids in memory.
    seen_ids: HashSet<u64>,
    ids_capped: bool,
    duplicate_ids: usize,
    progress: Progress,
}

/// Ids remembered for the duplicate check (about 17 MB of hashes).
const MAX_TRACKED_IDS: usize = 1_000_000;
/// Duplicate-id warnings printed one by one; the rest are counted.
const MAX_ID_WARNINGS: usize = 20;

impl State {
    /// Record a batch of outcomes in order and flush them, so a streaming
    /// consumer sees each batch as soon as it is written.
    fn record_all(&mut self, outcomes: impl Iterator<Item = Outcome>) -> Result<Flow> {
        let mut any = false;
        for o in outcomes {
            any = true;
            if let Flow::OutputClosed = self.record(o)? {
                return Ok(Flow::OutputClosed);
            }
        }
        if any {
            self.progress.update(&self.summary);
            if let Some(sink) = self.sink.as_mut()
                && let Err(e) = sink.flush()
            {
                closed_or_fatal(e.into(), &mut self.summary)?;
                return Ok(Flow::OutputClosed);
            }
        }
        Ok(Flow::Continue)
    }

    /// Count, report and write one outcome, in input order.
    fn record(&mut self, o: Outcome) -> Result<Flow> {
        match o {
            Outcome::Quotes(done) => return self.record_doc(done),
            Outcome::Failed(f) => {
                self.summary.failed += 1;
                match f.line {
                    Some(l) => {
                        self.say(&format!("whosaid: error: {}:{}: {}", f.source, l, f.reason))
                    }
                    None => self.say(&format!("whosaid: error: {}: {}", f.source, f.reason)),
                }
                if let Some(log) = self.errors.as_mut() {
                    log.write(&f)?;
                }
            }
            Outcome::Skipped(note) => {
                self.summary.skipped += 1;
                if let Some(n) = note {
                    self.say(&format!("whosaid: warning: {n}"));
                }
            }
        }
        Ok(Flow::Continue)
    }

    /// Warn about a document id seen before. Both documents are kept:
    /// dropping one would lose data, and renaming would break joins on the
    /// user's own ids. Memory and noise are bounded: the first
    /// [`MAX_TRACKED_IDS`] ids are remembered, [`MAX_ID_WARNINGS`] warnings
    /// are printed and the rest counted.
    fn check_id(&mut self, doc: &Done) {
        let h = hash_id(&doc.id);
        let duplicate = if self.seen_ids.len() < MAX_TRACKED_IDS {
            !self.seen_ids.insert(h)
        } else {
            if !self.ids_capped {
                self.ids_capped = true;
                self.say(&format!(
                    "whosaid: note: duplicate ids are checked against the first {MAX_TRACKED_IDS} documents only"
                ));
            }
            self.seen_ids.contains(&h)
        };
        if duplicate {
            self.duplicate_ids += 1;
            if self.duplicate_ids <= MAX_ID_WARNINGS {
                self.say(&format!(
                    "whosaid: warning: {}: duplicate document id {:?}; both documents are processed",
                    doc.at(),
                    doc.id
                ));
            }
        }
    }

    /// A line on stderr that does not tear the progress bar.
    fn say(&self, line: &str) {
        self.progress.suspend(|| report(line));
    }

    fn record_doc(&mut self, mut doc: Done) -> Result<Flow> {
        if let Some(w) = &doc.warning {
            self.say(&format!("whosaid: warning: {}: {w}", doc.at()));
        }
        self.check_id(&doc);
        self.summary.read += 1;
        self.summary.bytes += doc.text_bytes as u64;
        if doc.quotes == 0 {
            self.summary.without_quotes += 1;
        } else {
            self.summary.with_quotes += 1;
        }
        self.summary.quotes += doc.quotes;
        if let (Some((table, _)), Some(quotes)) = (self.table.as_mut(), doc.table.as_deref()) {
            table.add(&doc.id, quotes);
        }
        if let Some((c, _)) = self.collector.as_mut() {
            let more = c.doc(Collected {
                id: std::mem::take(&mut doc.id),
                text: doc.text.take(),
                quotes: doc.table.take().unwrap_or_default(),
                kept: std::mem::take(&mut doc.kept),
            })?;
            if !more {
                self.stopped = true;
                return Ok(Flow::OutputClosed);
            }
        }
        if let Some(sink) = self.sink.as_mut()
            && let Err(e) = doc.rows.write_to(sink.get_mut())
        {
            closed_or_fatal(e.into(), &mut self.summary)?;
            return Ok(Flow::OutputClosed);
        }
        Ok(Flow::Continue)
    }

    /// Flush everything, then move the finished files into place: the
    /// error log and summary first, so a successful `-o` always has them
    /// beside it. When stdout was closed early (`| head`), the main output
    /// is left alone but `--errors` and `--summary` still get what was read.
    fn finish(mut self, out_tmp: OutTmp) -> Result<Summary> {
        self.progress.finish();
        if self.duplicate_ids > MAX_ID_WARNINGS {
            report(&format!(
                "whosaid: warning: {} duplicate document ids in all (the first {MAX_ID_WARNINGS} are shown above)",
                self.duplicate_ids
            ));
        }
        if let Some(sink) = self.sink.take()
            && !self.summary.output_closed
            && let Err(e) = sink.into_inner()
        {
            closed_or_fatal(e, &mut self.summary)?;
        }
        let mut summary_file = None;
        if let Some((table, out)) = self.table.take() {
            match out {
                TableOut::Main(_) if self.summary.output_closed => {}
                TableOut::Main(mut w) => {
                    let written = table
                        .write(&mut w, self.format, self.escape)
                        .and_then(|()| Ok(w.flush()?));
                    if let Err(e) = written {
                        closed_or_fatal(e, &mut self.summary)?;
                    }
                }
                TableOut::File(out, file, path) => {
                    let format = Format::for_path(Some(&path));
                    table
                        .write(BufWriter::new(file), format, self.escape)
                        .with_context(|| format!("cannot write {}", path.display()))?;
                    summary_file = Some(out);
                }
            }
        }
        if let Some((c, mut w)) = self.collector.take()
            && !self.summary.output_closed
        {
            let written = c.finish(&mut w).and_then(|()| Ok(w.flush()?));
            if let Err(e) = written {
                closed_or_fatal(e, &mut self.summary)?;
            }
        }
        if let Some(log) = self.errors {
            log.persist()?;
        }
        if let Some(out) = summary_file {
            out.persist()?;
        }
        if let Some(out) = out_tmp
            && !self.summary.output_closed
        {
            out.persist()?;
        }
        Ok(self.summary)
    }
}

/// Flags that only make sense for one command, and paths that would
/// overwrite each other: usage errors, reported before any work.
fn check_flags(args: &ExtractArgs, mode: Mode) -> Result<()> {
    let name = match mode {
        Mode::Quotes => "extract",
        Mode::Speakers => "speakers",
        Mode::Collect(name) => name,
    };
    // (flag, set, the commands it applies to)
    let scoped = [
        ("--summary", args.summary.is_some(), "extract"),
        ("--keep-field", !args.keep_field.is_empty(), "extract"),
        ("--context", args.context, "extract"),
        ("--no-merge", args.no_merge, "speakers, quotes and view"),
        ("--bom", args.bom, "extract, speakers and quotes"),
        (
            "--format",
            args.format.is_some(),
            "extract, speakers and quotes",
        ),
    ];
    for (flag, set, commands) in scoped {
        if set && !commands.split([',', ' ']).any(|c| c == name) {
            anyhow::bail!("{flag} applies to `whosaid {commands}`, not to `whosaid {name}`");
        }
    }
    for k in &args.keep_field {
        if k.trim().is_empty() || k.trim() != k {
            anyhow::bail!(
                "--keep-field {k:?}: field names are separated by commas without spaces, e.g. --keep-field url,date"
            );
        }
    }
    let named = [
        ("-o", args.output.as_deref()),
        ("--errors", args.errors.as_deref()),
        ("--summary", args.summary.as_deref()),
    ];
    for (i, (a, pa)) in named.iter().enumerate() {
        for (b, pb) in &named[i + 1..] {
            if let (Some(pa), Some(pb)) = (pa, pb)
                && pa == pb
                && pa.as_os_str() != "-"
            {
                anyhow::bail!("{a} and {b} name the same file {}", pa.display());
            }
        }
    }
    Ok(())
}

/// A closed stdout (`whosaid … | head`) ends the run quietly (and marks
/// the summary); any other write error is fatal.
fn closed_or_fatal(e: anyhow::Error, summary: &mut Summary) -> Result<()> {
    if is_broken_pipe(&e) {
        summary.output_closed = true;
        return Ok(());
    }
    Err(e.context("cannot write output"))
}

/// Whether any error in the chain is EPIPE, whichever writer wrapped it.
pub(crate) fn is_broken_pipe(e: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    e.chain().any(|c| {
        let io = c.downcast_ref::<std::io::Error>().map(std::io::Error::kind);
        let json = c
            .downcast_ref::<serde_json::Error>()
            .and_then(serde_json::Error::io_error_kind);
        let csv = c
            .downcast_ref::<csv::Error>()
            .and_then(|ce| match ce.kind() {
                csv::ErrorKind::Io(io) => Some(io.kind()),
                _ => None,
            });
        [io, json, csv].contains(&Some(BrokenPipe))
    })
}

fn hash_id(id: &str) -> u64 {
    // DefaultHasher::new() has fixed keys: the same ids give the same
    // warnings on every run.
    let mut h = std::collections::hash_map::DefaultHasher::new();
    id.hash(&mut h);
    h.finish()
}

/// `--errors FILE`: one JSON object per failure (source, line, reason),
/// written atomically like `-o`.
struct ErrorLog {
    file: OutFile,
    dest: PathBuf,
    w: BufWriter<File>,
}

impl ErrorLog {
    fn create(dest: &Path) -> Result<ErrorLog> {
        let (file, w) = OutFile::create(dest).context("cannot create --errors file")?;
        Ok(ErrorLog {
            file,
            dest: dest.to_path_buf(),
            w: BufWriter::new(w),
        })
    }

    fn write(&mut self, f: &Failure) -> Result<()> {
        serde_json::to_writer(&mut self.w, f)
            .map_err(anyhow::Error::from)
            .and_then(|()| Ok(self.w.write_all(b"\n")?))
            .with_context(|| format!("cannot write --errors file {}", self.dest.display()))
    }

    fn persist(mut self) -> Result<()> {
        self.w
            .flush()
            .with_context(|| format!("cannot write --errors file {}", self.dest.display()))?;
        drop(self.w);
        self.file.persist()
    }
}
