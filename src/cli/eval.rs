//! `whosaid eval`: wiring between the flags and [`whosaid::eval`]. Without
//! `--pred`, whosaid itself runs on the gold documents' text, converted to
//! predictions the same way the shared evaluation kit does.

use std::io::Write;

use anyhow::Result;

use super::flags::{CueSet, EvalArgs};
use whosaid::eval::{self, EvalOptions};
use whosaid::extract::Options;

pub fn run(args: &EvalArgs) -> Result<()> {
    let opts = EvalOptions {
        kind: args.kind.map(Into::into),
        canonical: args.canonical,
    };
    if args.ablate {
        let extract = Options {
            thought_cues: args.cues == CueSet::All,
            ..Options::default()
        };
        let table = whosaid::ablation::ablate(
            &eval::read_gold(&args.gold)?,
            &opts,
            &extract,
            args.threads,
        )?;
        let _ = write!(std::io::stdout().lock(), "{table}");
        return Ok(());
    }
    let report = match &args.pred {
        Some(pred) => eval::score(
            &eval::read_gold(&args.gold)?,
            &eval::read_predictions(pred)?,
            &opts,
        )?,
        None => {
            let extract = Options {
                thought_cues: args.cues == CueSet::All,
                ..Options::default()
            };
            eval::evaluate(&args.gold, &opts, &extract, args.threads)?
        }
    };
    let text = if args.json {
        report.to_json()
    } else if args.oneline {
        report.oneline()
    } else {
        report.to_string()
    };
    let mut out = std::io::stdout().lock();
    // A closed stdout (`| head`) is not an error worth a message.
    let _ = writeln!(out, "{text}");
    Ok(())
}
