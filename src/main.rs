//! The `whosaid` binary: parses flags and hands over to the library.

use clap::Parser;
use whosaid::cli::{Cli, Command};

fn main() {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Extract(args) => match whosaid::run::run(&args) {
            Ok(summary) => {
                if !args.quiet {
                    eprintln!("{summary}");
                }
                if summary.failed > 0 { 1 } else { 0 }
            }
            Err(e) => {
                eprintln!("whosaid: error: {e:#}");
                2
            }
        },
    };
    std::process::exit(code);
}
