//! `whosaid eval`: wiring between the flags and [`crate::eval`].

use anyhow::Result;

use crate::cli::EvalArgs;

pub fn run(_args: &EvalArgs) -> Result<()> {
    anyhow::bail!("whosaid eval: the scorer is being wired in")
}
