//! The closing summary of a run (every document accounted for) and the
//! one way the program writes a line to stderr. Its own module so that the
//! driver and the progress line both use it without depending on each
//! other.

use std::io::Write;

/// Counts for the closing summary; every document lands in exactly one of
/// with_quotes, without_quotes, failed, skipped.
#[derive(Default, Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub read: usize,
    pub with_quotes: usize,
    pub without_quotes: usize,
    pub failed: usize,
    pub skipped: usize,
    pub quotes: usize,
    /// Text bytes of the documents read (for the progress bar's rate).
    pub bytes: u64,
    /// Stdout was closed by its reader (`whosaid extract … | head`): the
    /// run stopped early on purpose, and the counts are partial.
    pub output_closed: bool,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "whosaid: {} documents: {} with quotes, {} without, {} failed, {} skipped; {} quotes",
            self.read + self.failed + self.skipped,
            self.with_quotes,
            self.without_quotes,
            self.failed,
            self.skipped,
            self.quotes
        )
    }
}

/// Write one line to stderr, ignoring errors: a closed stderr must not
/// turn into a panic (which `eprintln!` would do) or hide the exit code.
pub fn report(line: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{line}");
}
