//! A progress line on stderr for long runs: documents, quotes, megabytes
//! and throughput. Shown only when stderr is a terminal, the user did not
//! ask for `--quiet`, and the run has lasted over a second, so short runs,
//! pipes, logs and CI stay clean.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::summary::Summary;

/// How long a run goes before the bar appears.
const DELAY: Duration = Duration::from_secs(1);

pub struct Progress {
    enabled: bool,
    started: Instant,
    bar: Option<ProgressBar>,
}

impl Progress {
    /// `wanted` is false with `--quiet`.
    pub fn new(wanted: bool) -> Progress {
        Progress {
            enabled: wanted && std::io::stderr().is_terminal(),
            started: Instant::now(),
            bar: None,
        }
    }

    /// Show the counts so far (called after each written batch).
    pub fn update(&mut self, s: &Summary) {
        if !self.enabled {
            return;
        }
        let elapsed = self.started.elapsed();
        if self.bar.is_none() && elapsed >= DELAY {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            let style = ProgressStyle::with_template("{spinner} {msg} [{elapsed}]")
                .unwrap_or_else(|_| ProgressStyle::default_spinner());
            bar.set_style(style);
            bar.enable_steady_tick(Duration::from_millis(200));
            self.bar = Some(bar);
        }
        if let Some(bar) = &self.bar {
            bar.set_message(message(s, elapsed));
        }
    }

    /// Run `f` (which prints to stderr) with the bar out of the way.
    pub fn suspend(&self, f: impl FnOnce()) {
        match &self.bar {
            Some(bar) => bar.suspend(f),
            None => f(),
        }
    }

    /// Remove the bar; the summary line takes its place.
    pub fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

fn message(s: &Summary, elapsed: Duration) -> String {
    let mb = s.bytes as f64 / 1e6;
    let rate = mb / elapsed.as_secs_f64().max(1e-3);
    format!(
        "{} documents, {} quotes, {:.1} MB ({:.1} MB/s), {} failed",
        s.read + s.failed + s.skipped,
        s.quotes,
        mb,
        rate,
        s.failed
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_counts_every_document_and_the_rate() {
        let s = Summary {
            read: 8,
            failed: 1,
            skipped: 1,
            quotes: 30,
            bytes: 5_000_000,
            ..Summary::default()
        };
        assert_eq!(
            message(&s, Duration::from_secs(2)),
            "10 documents, 30 quotes, 5.0 MB (2.5 MB/s), 1 failed"
        );
    }

    #[test]
    fn never_shown_when_not_wanted() {
        let mut p = Progress::new(false);
        p.started -= Duration::from_secs(5);
        p.update(&Summary::default());
        assert!(p.bar.is_none());
    }
}
