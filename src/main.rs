//! The `whosaid` binary: parses flags ([`cli::flags`]) and hands over to
//! the driver in [`cli`], which runs the library on every document.
//!
//! Exit codes: 0 when every document was read (or stdout was closed early
//! by its reader, as with `| head`), 1 when some documents failed, 2 for
//! usage errors (clap) and fatal errors (unwritable output, …).

mod cli;

use clap::{CommandFactory, Parser};
use cli::flags::{Cli, Command};
use cli::run::{Mode, Summary, report};

fn main() {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Extract(args) => finish(cli::run::run(&args, Mode::Quotes), args.quiet),
        Command::Speakers(args) => finish(cli::run::run(&args, Mode::Speakers), args.quiet),
        Command::Quotes(args) => finish(cli::quotes::run(&args), args.common.quiet),
        Command::View(args) => finish(cli::view::run(&args), args.common.quiet),
        Command::Text(args) => finish(cli::text::run(&args), true),
        Command::Eval(args) => match cli::eval::run(&args) {
            Ok(()) => 0,
            Err(e) => {
                report(&format!("whosaid: error: {e:#}"));
                2
            }
        },
        Command::Completions { shell } => {
            clap_complete::generate(
                shell,
                &mut Cli::command(),
                "whosaid",
                &mut std::io::stdout(),
            );
            0
        }
    };
    std::process::exit(code);
}

/// The exit code for a document-reading run, after its summary line.
fn finish(result: anyhow::Result<Summary>, quiet: bool) -> i32 {
    match result {
        Ok(summary) if summary.output_closed => 0,
        Ok(summary) => {
            if !quiet {
                report(&summary.to_string());
            }
            if summary.failed > 0 { 1 } else { 0 }
        }
        Err(e) => {
            report(&format!("whosaid: error: {e:#}"));
            2
        }
    }
}
