//! `whosaid view`: the documents and their quotes, gathered in input order
//! by the driver, rendered as one HTML page ([`whosaid::view`]).

use std::io::Write;

use anyhow::Result;

use super::flags::ViewArgs;
use super::run::{Collected, Collector, Summary, run_collect};
use whosaid::view::{MAX_DOCUMENTS, ViewDoc, render};

/// Gathers the documents (text and quotes) for the page.
struct Page {
    docs: Vec<ViewDoc>,
    /// `--limit`: stop after this many documents.
    limit: Option<usize>,
    no_merge: bool,
}

impl Collector for Page {
    fn wants_text(&self) -> bool {
        true
    }

    fn doc(&mut self, doc: Collected) -> Result<bool> {
        if self.limit.is_none() && self.docs.len() == MAX_DOCUMENTS {
            anyhow::bail!(
                "whosaid view shows at most {MAX_DOCUMENTS} documents and the input has more; \
                 add --limit N to show the first N, or give a narrower input"
            );
        }
        self.docs.push(ViewDoc {
            id: doc.id,
            text: doc.text.unwrap_or_default(),
            quotes: doc.quotes,
        });
        Ok(self.limit.is_none_or(|n| self.docs.len() < n))
    }

    fn finish(self: Box<Self>, out: &mut dyn Write) -> Result<()> {
        render(&self.docs, self.no_merge, out)?;
        Ok(())
    }
}

/// Run `whosaid view`.
pub fn run(args: &ViewArgs) -> Result<Summary> {
    if let Some(n) = args.limit {
        if n == 0 {
            anyhow::bail!("--limit must be at least 1");
        }
        if n > MAX_DOCUMENTS {
            anyhow::bail!("--limit {n}: a page holds at most {MAX_DOCUMENTS} documents");
        }
    }
    let page = Page {
        docs: Vec::new(),
        limit: args.limit,
        no_merge: args.common.no_merge,
    };
    run_collect(&args.common, "view", Box::new(page))
}
