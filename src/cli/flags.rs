//! Command-line flags, all defined here. `-h` shows the first line of each
//! flag's help; `--help` shows all of it, with examples.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use whosaid::{eval, input, output};

#[derive(Parser, Debug)]
#[command(
    name = "whosaid",
    version,
    about = "Who said what: quotations, their speakers and cues in news text.",
    long_about = "Who said what: quotations, their speakers and cues in news text.\n\n\
        whosaid finds direct quotes (\"...,\" she said), mixed quotes (said the plan \
        was \"dead\") and reported speech (X told reporters that ...), with the \
        speaker, the cue and character offsets into the text. It reads plain text, \
        HTML pages, JSON Lines and CSV dumps (gzip or zstd compressed or not) and \
        writes CSV or JSON Lines.\n\n\
        Start with:  whosaid extract article.txt",
    after_help = "Run 'whosaid <COMMAND> --help' for a command's flags and examples."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Extract quotations (direct, mixed, indirect) with speakers and cues.
    ///
    /// One row per attribution, documents in input order. Examples:
    ///
    ///   whosaid extract article.txt
    ///   whosaid extract --format jsonl -o quotes.jsonl dump.jsonl.gz
    ///   whosaid extract --text-field body --keep-field url,date news.csv
    ///   cat article.txt | whosaid extract --context
    #[command(verbatim_doc_comment)]
    Extract(ExtractArgs),

    /// One row per canonical speaker: quotes, documents, first/last document.
    ///
    /// The table for source-diversity audits. Takes the same input and output
    /// flags as extract (not --summary, --keep-field, --context); rows are
    /// sorted by number of quotes, most first. Examples:
    ///
    ///   whosaid speakers corpus.jsonl
    ///   whosaid speakers -o speakers.csv articles/
    #[command(verbatim_doc_comment)]
    Speakers(ExtractArgs),

    /// One row per distinct direct or mixed quote across a corpus (provenance).
    ///
    /// Forms of one quotation are clustered: the same words (case, quotation
    /// marks and punctuation ignored), excerpts of a longer form, near copies
    /// (normalized Levenshtein similarity at least 0.9, forms of 4 words or
    /// more). Each row says who is credited (`conflict` when more than one
    /// named person), in how many documents, and where it appeared first.
    /// Takes the same input and output flags as speakers. Examples:
    ///
    ///   whosaid quotes corpus/
    ///   whosaid quotes --date-field published -o quotes.csv dump.jsonl
    ///   whosaid quotes --find "we will rebuild the bridge" corpus/
    #[command(verbatim_doc_comment)]
    Quotes(QuotesArgs),

    /// Write one self-contained HTML page showing the quotes in their text.
    ///
    /// Each document with its quotes highlighted (one colour per speaker),
    /// speaker mentions and cues underlined, and its speakers listed; a
    /// corpus also gets an index with charts. No network requests: inline
    /// CSS, JS and SVG. At most 2000 documents (use --limit). Examples:
    ///
    ///   whosaid view article.txt -o report.html
    ///   whosaid view --limit 200 dump.jsonl -o report.html
    #[command(verbatim_doc_comment)]
    View(ViewArgs),

    /// Print the text that offsets refer to (HTML reduced to its article).
    ///
    /// A single file (or stdin) prints as it is; the records of a JSONL/CSV
    /// dump, several paths or a directory print as JSON Lines with "doc"
    /// and "text". Examples:
    ///
    ///   whosaid text page.html
    ///   whosaid text dump.jsonl | head -1
    #[command(verbatim_doc_comment)]
    Text(TextArgs),

    /// Score whosaid (or any predictions) against hand-annotated articles.
    ///
    /// Gold and predictions use the JSON Lines format of the evaluation kit
    /// (one {"id", "text", "quotes": [...]} per line). Measures: strict and
    /// lenient precision, recall and F1, attribution accuracy, per kind.
    /// Examples:
    ///
    ///   whosaid eval --gold my_articles.jsonl
    ///   whosaid eval --gold my_articles.jsonl --kind indirect --oneline
    ///   whosaid eval --gold gold.jsonl --pred other_system.jsonl --json
    #[command(verbatim_doc_comment)]
    Eval(EvalArgs),

    /// Print a shell completion script.
    ///
    /// Examples:
    ///
    ///   whosaid completions bash > ~/.local/share/bash-completion/completions/whosaid
    ///   whosaid completions zsh > ~/.zfunc/_whosaid
    ///   whosaid completions fish > ~/.config/fish/completions/whosaid.fish
    #[command(verbatim_doc_comment)]
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
}

/// Where documents come from and how to read them (shared by every command
/// that reads documents).
#[derive(Args, Debug, Clone)]
pub struct InputArgs {
    /// Files, directories or `-` (stdin); none reads stdin.
    ///
    /// A file's name picks how it is read: .jsonl/.ndjson (one JSON object per
    /// line), .csv/.tsv (a header row, one document per record), .html/.htm
    /// (the page's article text), anything else one plain-text document.
    /// .gz and .zst files are decompressed first (dump.jsonl.gz is JSON
    /// Lines). Directories are read recursively in sorted order, skipping
    /// hidden entries.
    #[arg(verbatim_doc_comment)]
    pub paths: Vec<PathBuf>,

    /// Read every input in this format instead of deciding by file name.
    ///
    /// Stdin is plain text unless this says otherwise. Example:
    ///   curl -s https://example.org/story | whosaid extract --input-format html
    #[arg(
        verbatim_doc_comment,
        long,
        value_enum,
        default_value = "auto",
        value_name = "FORMAT"
    )]
    pub input_format: InputFormatArg,

    /// Shorthand for --input-format jsonl (streaming filter mode).
    ///
    /// Example:
    ///   producer | whosaid extract --jsonl --format jsonl | consumer
    #[arg(long, verbatim_doc_comment)]
    pub jsonl: bool,

    /// JSONL field or CSV column holding the document text.
    ///
    /// Example:
    ///   whosaid extract --text-field body articles.csv
    #[arg(
        verbatim_doc_comment,
        long,
        default_value = "text",
        value_name = "NAME"
    )]
    pub text_field: String,

    /// JSONL field or CSV column holding the document id.
    ///
    /// The id is the `doc` column of every row. A record without one gets
    /// PATH:LINE. Example:
    ///   whosaid extract --id-field url dump.jsonl
    #[arg(verbatim_doc_comment, long, default_value = "id", value_name = "NAME")]
    pub id_field: String,

    /// The text field of JSONL/CSV records is HTML: reduce it to its article.
    ///
    /// Example:
    ///   whosaid extract --text-is-html --text-field html crawl.jsonl.zst
    #[arg(long, verbatim_doc_comment)]
    pub text_is_html: bool,

    /// Documents larger than this many bytes fail; the run goes on.
    ///
    /// Applies to decompressed bytes. The error names the file (and line).
    /// Example (skip anything over 5 MB, e.g. scraped PDFs):
    ///   whosaid extract --max-doc-bytes 5000000 crawl.jsonl
    #[arg(verbatim_doc_comment, long, default_value_t = 64 * 1024 * 1024, value_name = "BYTES")]
    pub max_doc_bytes: usize,

    /// Worker threads (default: all cores). Output is identical for any value.
    ///
    /// Example (one core per process, as inside a Spark executor):
    ///   whosaid extract -j 1 dump.jsonl
    #[arg(verbatim_doc_comment, short = 'j', long, value_name = "N")]
    pub threads: Option<usize>,
}

impl InputArgs {
    pub fn format(&self) -> input::InputFormat {
        if self.jsonl {
            input::InputFormat::Jsonl
        } else {
            self.input_format.into()
        }
    }
}

#[derive(Args, Debug, Clone)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// Output format: csv (default) or jsonl.
    ///
    /// Inferred from the -o extension (.jsonl, .ndjson, .json → jsonl) when
    /// not given. Both carry the same columns in the same order. Example:
    ///   whosaid extract --format jsonl article.txt | jq .speaker
    #[arg(verbatim_doc_comment, long, value_enum)]
    pub format: Option<FormatArg>,

    /// Write to FILE instead of stdout (`-` is stdout).
    ///
    /// Rows go to a temporary file beside FILE, renamed over it when the run
    /// finishes (also when some documents failed), so a crash or a full disk
    /// never leaves half a file. A symlink stays a link (its target is
    /// replaced); devices and pipes (/dev/stdout, a FIFO) are written in
    /// place. Example:
    ///   whosaid extract -o quotes.csv corpus/
    #[arg(verbatim_doc_comment, short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Carry these record fields into every row (comma-separated).
    ///
    /// JSONL fields keep their JSON type in JSONL output; CSV columns are
    /// strings. Missing fields are empty (null). They follow the standard
    /// columns, in the order named. Example:
    ///   whosaid extract --keep-field url,date,outlet news.csv
    #[arg(
        verbatim_doc_comment,
        long,
        value_delimiter = ',',
        value_name = "FIELDS"
    )]
    pub keep_field: Vec<String>,

    /// Add a `context` column: the sentence(s) holding the quote.
    ///
    /// Example:
    ///   whosaid extract --context article.txt
    #[arg(long, verbatim_doc_comment)]
    pub context: bool,

    /// Also write the speakers table (see `whosaid speakers`) to FILE.
    ///
    /// Format from FILE's extension (.jsonl → jsonl, else csv). Example:
    ///   whosaid extract -o quotes.csv --summary speakers.csv corpus.jsonl
    #[arg(verbatim_doc_comment, long, value_name = "FILE")]
    pub summary: Option<PathBuf>,

    /// Which cues count: default (speech, writing, evidence, belief) or all.
    ///
    /// `default` reports what was said, written or shown ("said", "tweeted",
    /// "a report found") and stated positions ("believes", "hopes", "fears");
    /// `all` adds other mental states ("wants", "knows", "decided"). Example:
    ///   whosaid extract --cues all article.txt
    #[arg(verbatim_doc_comment, long, value_enum, default_value = "default")]
    pub cues: CueSet,

    /// Write one JSON line per failed document (source, line, reason) to FILE.
    ///
    /// Atomic like -o; an empty file when nothing failed. Example:
    ///   whosaid extract -o quotes.csv --errors failed.jsonl dump.jsonl
    #[arg(verbatim_doc_comment, long, value_name = "FILE")]
    pub errors: Option<PathBuf>,

    /// Keep CSV cells starting with = + - @ tab or CR as they are.
    ///
    /// By default such cells get a leading ' so spreadsheets show them as
    /// text instead of running them as formulas (CSV injection). Offsets
    /// never change. Example (for a program, not a spreadsheet):
    ///   whosaid extract --no-formula-escape dump.jsonl | duckdb -c "…"
    #[arg(long, verbatim_doc_comment)]
    pub no_formula_escape: bool,

    /// No summary or progress bar on stderr (errors are still reported).
    ///
    /// Example (in a script that only wants to see problems):
    ///   whosaid extract -q -o quotes.csv corpus/
    #[arg(verbatim_doc_comment, short, long)]
    pub quiet: bool,

    /// Start CSV output with a UTF-8 byte-order mark (for Excel).
    ///
    /// Excel reads CSV without one in the local 8-bit code page, so
    /// accented names show as mojibake. extract, speakers and quotes.
    /// Example:
    ///   whosaid speakers --bom -o speakers.csv corpus/
    #[arg(long, verbatim_doc_comment)]
    pub bom: bool,

    /// Keep a person's names apart across documents (speakers, quotes, view).
    ///
    /// By default "Obama" joins "Barack Obama" when the corpus has exactly
    /// one full name ending in Obama, and "Donald J. Trump" joins "Donald
    /// Trump"; the `variants` column lists the names merged. Example:
    ///   whosaid speakers --no-merge corpus/
    #[arg(long, verbatim_doc_comment)]
    pub no_merge: bool,
}

/// `whosaid quotes`: the input and output flags, and the clustering's own.
#[derive(Args, Debug, Clone)]
pub struct QuotesArgs {
    #[command(flatten)]
    pub common: ExtractArgs,

    /// JSONL field or CSV column with the document's date (for first_doc).
    ///
    /// Dates compare as text, so ISO 8601 dates (2024-05-01) order by time;
    /// documents without one come after dated ones. Without this flag,
    /// input order decides. Example:
    ///   whosaid quotes --date-field published dump.jsonl
    #[arg(verbatim_doc_comment, long, value_name = "FIELD")]
    pub date_field: Option<String>,

    /// Most document ids listed in the `docs` column (earliest first).
    ///
    /// Example:
    ///   whosaid quotes --max-docs 5 corpus/
    #[arg(verbatim_doc_comment, long, default_value_t = 20, value_name = "N")]
    pub max_docs: usize,

    /// Keep only clusters matching this claimed quote (repeatable).
    ///
    /// A cluster matches when one of its forms contains the claim or the
    /// claim contains it, or when the claim is a near copy of some run of
    /// its words (a word changed). Example:
    ///   whosaid quotes --find "a bridge they can trust" corpus/
    #[arg(verbatim_doc_comment, long, value_name = "TEXT")]
    pub find: Vec<String>,
}

/// `whosaid view`: the input flags, -o and --limit.
#[derive(Args, Debug, Clone)]
pub struct ViewArgs {
    #[command(flatten)]
    pub common: ExtractArgs,

    /// Show only the first N documents.
    ///
    /// A page holds at most 2000 documents; over that, view refuses
    /// unless told which ones. Example:
    ///   whosaid view --limit 100 dump.jsonl -o report.html
    #[arg(verbatim_doc_comment, long, value_name = "N")]
    pub limit: Option<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum CueSet {
    Default,
    All,
}

/// `--input-format`: the flag's spelling of [`input::InputFormat`] (the
/// library carries no command-line types).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormatArg {
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

impl From<InputFormatArg> for input::InputFormat {
    fn from(f: InputFormatArg) -> Self {
        match f {
            InputFormatArg::Auto => input::InputFormat::Auto,
            InputFormatArg::Text => input::InputFormat::Text,
            InputFormatArg::Jsonl => input::InputFormat::Jsonl,
            InputFormatArg::Csv => input::InputFormat::Csv,
            InputFormatArg::Tsv => input::InputFormat::Tsv,
            InputFormatArg::Html => input::InputFormat::Html,
        }
    }
}

/// `--format`: the flag's spelling of [`output::Format`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum FormatArg {
    Csv,
    Jsonl,
}

impl From<FormatArg> for output::Format {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Csv => output::Format::Csv,
            FormatArg::Jsonl => output::Format::Jsonl,
        }
    }
}

/// `eval --kind`: the flag's spelling of [`eval::Kind`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum KindArg {
    Direct,
    Indirect,
    Mixed,
    /// Direct and mixed together: everything inside quotation marks.
    Quoted,
}

impl From<KindArg> for eval::Kind {
    fn from(k: KindArg) -> Self {
        match k {
            KindArg::Direct => eval::Kind::Direct,
            KindArg::Indirect => eval::Kind::Indirect,
            KindArg::Mixed => eval::Kind::Mixed,
            KindArg::Quoted => eval::Kind::Quoted,
        }
    }
}

impl ExtractArgs {
    pub fn format(&self) -> output::Format {
        self.format.map_or_else(
            || output::Format::for_path(self.output.as_deref()),
            Into::into,
        )
    }
}

#[derive(Args, Debug, Clone)]
pub struct TextArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// Print JSON Lines ({"doc", "text"}) even for a single document.
    ///
    /// Example:
    ///   whosaid text --json article.txt
    #[arg(long, verbatim_doc_comment)]
    pub json: bool,
}

#[derive(Args, Debug, Clone)]
pub struct EvalArgs {
    /// Hand-annotated articles, JSON Lines: {"id", "text", "quotes": [...]}.
    ///
    /// Each quote: start, end (character offsets), kind, speaker,
    /// speaker_start, speaker_end, cue. Example:
    ///   whosaid eval --gold my_articles.jsonl
    #[arg(verbatim_doc_comment, long, value_name = "FILE")]
    pub gold: PathBuf,

    /// Score these predictions instead of running whosaid on the gold text.
    ///
    /// Same format as the gold file (the text may be left out). Example:
    ///   whosaid eval --gold gold.jsonl --pred other_tool.jsonl
    #[arg(verbatim_doc_comment, long, value_name = "FILE")]
    pub pred: Option<PathBuf>,

    /// Score only one kind of quotation (`quoted` = direct and mixed).
    ///
    /// Example:
    ///   whosaid eval --gold gold.jsonl --kind indirect
    #[arg(verbatim_doc_comment, long, value_enum, value_name = "KIND")]
    pub kind: Option<KindArg>,

    /// Speakers must match the gold's canonical names word for word.
    ///
    /// Without it a speaker counts as right when its mention overlaps the
    /// gold mention or shares a name word. Example:
    ///   whosaid eval --gold gold.jsonl --canonical
    #[arg(long, verbatim_doc_comment)]
    pub canonical: bool,

    /// Print the scores as one JSON object.
    ///
    /// Example:
    ///   whosaid eval --gold gold.jsonl --json | jq .lenient.f
    #[arg(long, verbatim_doc_comment, conflicts_with = "oneline")]
    pub json: bool,

    /// Measure each attribution sieve: its rows, their precision, and the
    /// change in F1, attribution and end-to-end F1 when it is switched off.
    ///
    /// Runs whosaid once with every sieve and once per sieve without it
    /// (sieves in the order they run; see ARCHITECTURE.md). Example:
    ///   whosaid eval --gold dev.jsonl --ablate --kind direct
    #[arg(long, verbatim_doc_comment, conflicts_with_all = ["pred", "json", "oneline"])]
    pub ablate: bool,

    /// Print the scores on one line.
    ///
    /// Example:
    ///   whosaid eval --gold gold.jsonl --oneline
    #[arg(long, verbatim_doc_comment)]
    pub oneline: bool,

    /// Cue set when running whosaid (see `extract --cues`).
    ///
    /// Example:
    ///   whosaid eval --gold gold.jsonl --cues all
    #[arg(verbatim_doc_comment, long, value_enum, default_value = "default")]
    pub cues: CueSet,

    /// Worker threads (default: all cores).
    ///
    /// Example:
    ///   whosaid eval --gold gold.jsonl -j 1
    #[arg(verbatim_doc_comment, short = 'j', long, value_name = "N")]
    pub threads: Option<usize>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn flags_are_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn keep_field_splits_on_commas() {
        let cli = Cli::parse_from(["whosaid", "extract", "--keep-field", "url,date", "x.csv"]);
        let Command::Extract(args) = cli.command else {
            panic!("extract")
        };
        assert_eq!(args.keep_field, ["url", "date"]);
    }
}
