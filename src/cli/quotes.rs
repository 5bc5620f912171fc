//! `whosaid quotes`: quote provenance across a corpus. The driver hands
//! over each document's quotes in input order; [`whosaid::provenance`]
//! keeps only the distinct forms and clusters them at the end.

use std::io::Write;

use anyhow::Result;

use super::flags::QuotesArgs;
use super::run::{Collected, Collector, Summary, run_collect};
use whosaid::output::Format;
use whosaid::provenance::{Provenance, ProvenanceOptions};

struct Table {
    prov: Provenance,
    dated: bool,
    format: Format,
    escape: bool,
    date_field: Vec<String>,
}

impl Collector for Table {
    fn keep_fields(&self) -> Vec<String> {
        self.date_field.clone()
    }

    fn doc(&mut self, doc: Collected) -> Result<bool> {
        let date = match doc.kept.first() {
            _ if !self.dated => None,
            None | Some(serde_json::Value::Null) => None,
            Some(serde_json::Value::String(s)) if s.trim().is_empty() => None,
            Some(serde_json::Value::String(s)) => Some(s.trim().to_string()),
            Some(v) => Some(v.to_string()),
        };
        self.prov.add(&doc.id, date.as_deref(), &doc.quotes);
        Ok(true)
    }

    fn finish(self: Box<Self>, out: &mut dyn Write) -> Result<()> {
        self.prov.write(out, self.format, self.escape)
    }
}

/// Run `whosaid quotes`.
pub fn run(args: &QuotesArgs) -> Result<Summary> {
    if args.max_docs == 0 {
        anyhow::bail!("--max-docs must be at least 1");
    }
    let table = Table {
        prov: Provenance::new(ProvenanceOptions {
            max_docs: args.max_docs,
            no_merge: args.common.no_merge,
            find: args.find.clone(),
        }),
        dated: args.date_field.is_some(),
        format: args.common.format(),
        escape: !args.common.no_formula_escape,
        date_field: args.date_field.iter().cloned().collect(),
    };
    run_collect(&args.common, "quotes", Box::new(table))
}
