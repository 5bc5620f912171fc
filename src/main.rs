//! The `whosaid` binary: parses flags and hands over to the library.
//!
//! Exit codes: 0 when every document was read (or stdout was closed early
//! by its reader, as with `| head`), 1 when some documents failed, 2 for
//! usage errors (clap) and fatal errors (unwritable output, …).

use clap::Parser;
use whosaid::cli::{Cli, Command};
use whosaid::run::report;

fn main() {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Extract(args) => match whosaid::run::run(&args) {
            Ok(summary) if summary.output_closed => 0,
            Ok(summary) => {
                if !args.quiet {
                    report(&summary.to_string());
                }
                if summary.failed > 0 { 1 } else { 0 }
            }
            Err(e) => {
                report(&format!("whosaid: error: {e:#}"));
                2
            }
        },
    };
    std::process::exit(code);
}
