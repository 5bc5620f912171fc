//! `whosaid eval --ablate`: what each sieve adds.
//!
//! For every sieve: the rows it makes on the gold documents and how many of
//! them are right, then the change in lenient F1, attribution accuracy and
//! end-to-end F1 when that sieve alone is switched off (a negative change
//! means the sieve helps). A sieve whose rows are mostly wrong, or whose
//! removal raises F1, is the one to look at; a sieve that makes rows but
//! whose removal changes nothing has its cases taken over by later sieves.

use std::fmt;

use anyhow::Result;

use crate::eval::{EvalOptions, GoldDoc, Report, predict, score};
use crate::extract::Options;
use crate::sieves::{self, SieveSet};

/// One sieve's line of the ablation table.
#[derive(Clone, Debug, PartialEq)]
pub struct SieveLine {
    /// The sieve's name.
    pub sieve: &'static str,
    /// Rows it made (scored predictions).
    pub rows: usize,
    /// Of those, lenient matches with a gold quote.
    pub matched: usize,
    /// Of those, end-to-end right (right speaker, or none on either side).
    pub right: usize,
    /// Lenient F1 with the sieve off, minus with every sieve on.
    pub delta_f1: f64,
    /// Attribution accuracy with the sieve off, minus with every sieve on.
    pub delta_attribution: f64,
    /// End-to-end F1 with the sieve off, minus with every sieve on.
    pub delta_e2e: f64,
}

/// The ablation table: the full run's report, and one line per sieve in
/// the order the sieves run.
#[derive(Clone, Debug)]
pub struct Ablation {
    /// Every sieve on.
    pub full: Report,
    /// One line per sieve.
    pub lines: Vec<SieveLine>,
}

/// Score `gold` with every sieve on, then once per sieve with that sieve
/// off. `extract` gives the other options (cue set); its `sieves_off` is
/// replaced.
pub fn ablate(
    gold: &[GoldDoc],
    opts: &EvalOptions,
    extract: &Options,
    threads: Option<usize>,
) -> Result<Ablation> {
    let run = |off: SieveSet| -> Result<Report> {
        let o = Options {
            sieves_off: off,
            ..*extract
        };
        score(gold, &predict(gold, &o, threads)?, opts)
    };
    let full = run(SieveSet::default())?;
    let mut lines = Vec::new();
    for name in sieves::names() {
        let off = SieveSet::only(name).unwrap_or_default();
        let without = run(off)?;
        let counts = full.by_sieve.get(name).copied().unwrap_or_default();
        lines.push(SieveLine {
            sieve: name,
            rows: counts.rows,
            matched: counts.matched,
            right: counts.right,
            delta_f1: without.lenient().f - full.lenient().f,
            delta_attribution: without.attribution_accuracy() - full.attribution_accuracy(),
            delta_e2e: without.end_to_end().f - full.end_to_end().f,
        });
    }
    Ok(Ablation { full, lines })
}

/// `a / b`, or 0 when `b` is 0.
fn share(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

impl fmt::Display for Ablation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (l, e) = (self.full.lenient(), self.full.end_to_end());
        writeln!(
            f,
            "all sieves: P {:.3} R {:.3} F1 {:.3} | attribution {:.3} | e2e F1 {:.3}",
            l.p,
            l.r,
            l.f,
            self.full.attribution_accuracy(),
            e.f
        )?;
        writeln!(
            f,
            "{:<18} {:>6} {:>9} {:>8} {:>9} {:>10} {:>9}",
            "sieve", "rows", "precision", "e2e prec", "ΔF1 off", "Δattr off", "Δe2e off"
        )?;
        for s in &self.lines {
            writeln!(
                f,
                "{:<18} {:>6} {:>9.3} {:>8.3} {:>+9.4} {:>+10.4} {:>+9.4}",
                s.sieve,
                s.rows,
                share(s.matched, s.rows),
                share(s.right, s.rows),
                s.delta_f1,
                s.delta_attribution,
                s.delta_e2e
            )?;
        }
        Ok(())
    }
}
