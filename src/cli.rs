//! Command-line flags, all defined here.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::output::Format;

#[derive(Parser, Debug)]
#[command(
    name = "whosaid",
    version,
    about = "Who said what: quotations, their speakers and cues in news text."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Extract quotations (direct, mixed, indirect) with speakers and cues.
    ///
    /// Examples:
    ///   whosaid extract article.txt
    ///   whosaid extract --format jsonl -o quotes.jsonl dump.jsonl
    ///   cat article.txt | whosaid extract
    #[command(verbatim_doc_comment)]
    Extract(ExtractArgs),
}

#[derive(Args, Debug, Clone)]
pub struct ExtractArgs {
    /// Files (plain text, or .jsonl/.ndjson with one document per line),
    /// directories (read recursively in sorted order), or `-` for stdin.
    /// No path reads one document from stdin.
    pub paths: Vec<PathBuf>,

    /// Output format; inferred from the -o extension (.jsonl/.ndjson → jsonl), else csv.
    #[arg(long, value_enum)]
    pub format: Option<Format>,

    /// Write to FILE instead of stdout (`-` is stdout). Atomic: rows go to a
    /// temporary file beside FILE, renamed over it only when the run succeeds.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Worker threads (default: all cores). Output is identical for any value.
    #[arg(short = 'j', long, value_name = "N")]
    pub threads: Option<usize>,

    /// JSONL field holding the document text.
    #[arg(long, default_value = "text", value_name = "NAME")]
    pub text_field: String,

    /// JSONL field holding the document id (missing ids become PATH:LINE).
    #[arg(long, default_value = "id", value_name = "NAME")]
    pub id_field: String,

    /// Treat stdin as JSON Lines (one document per line) instead of one document.
    #[arg(long)]
    pub jsonl: bool,

    /// Which cues count: `default` reports speech, writing and evidence
    /// ("said", "tweeted", "a report found"); `all` adds thought ("believes", "wants").
    #[arg(long, value_enum, default_value = "default")]
    pub cues: CueSet,

    /// Documents (files, stdin, or JSONL lines) larger than this many bytes
    /// fail with an error naming them; the run goes on with the others.
    #[arg(long, default_value_t = 64 * 1024 * 1024, value_name = "BYTES")]
    pub max_doc_bytes: usize,

    /// Write one JSON line per failed document (source, line, reason) to FILE
    /// (atomically, like -o; an empty file when nothing failed).
    #[arg(long, value_name = "FILE")]
    pub errors: Option<PathBuf>,

    /// Keep CSV cells starting with = + - @ as they are (by default they are
    /// prefixed with ' so spreadsheets do not run them as formulas).
    #[arg(long)]
    pub no_formula_escape: bool,

    /// No summary on stderr (errors are still reported).
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum CueSet {
    Default,
    All,
}

impl ExtractArgs {
    pub fn format(&self) -> Format {
        if let Some(f) = self.format {
            return f;
        }
        match self
            .output
            .as_ref()
            .and_then(|p| p.extension())
            .and_then(|e| e.to_str())
        {
            Some("jsonl" | "ndjson" | "json") => Format::Jsonl,
            _ => Format::Csv,
        }
    }
}
