//! The reported rows being made, and what is already taken: the one place
//! that decides whether a new row overlaps an earlier one. Every lookup is
//! a binary search or bounded, so a document of any length costs time in
//! proportion to its rows (a 64 MB document holds millions).

use std::collections::BTreeMap;

use crate::document::Document;
use crate::mentions::Mention;
use crate::model::{Attribution, Kind};

/// At most this many rows of one sentence are looked at for the sentence's
/// speaker: news sentences hold a handful, and a run-on text with
/// thousands must not cost thousands per cue.
const MAX_SENTENCE_ROWS: usize = 64;

/// The quotation sieves' rows (fixed, sorted by start) and the reported
/// rows made so far, with an index of the spans taken.
pub(crate) struct Reported<'q> {
    /// The quotation sieves' rows, sorted by start.
    pub quoted: &'q [Attribution],
    /// Reported rows, in the order they were made.
    pub out: Vec<Attribution>,
    /// `quoted` starts, and the running maximum of their ends.
    q_starts: Vec<usize>,
    q_max_end: Vec<usize>,
    /// Spans of `out`: start → end. They never overlap each other, so the
    /// span starting last before an end is the only one to check.
    mine: BTreeMap<usize, usize>,
}

impl<'q> Reported<'q> {
    /// An empty set of reported rows beside `quoted` (sorted by start).
    pub fn new(quoted: &'q [Attribution]) -> Reported<'q> {
        let mut max = 0;
        let q_max_end = quoted
            .iter()
            .map(|a| {
                max = max.max(a.end);
                max
            })
            .collect();
        Reported {
            quoted,
            out: Vec::new(),
            q_starts: quoted.iter().map(|a| a.start).collect(),
            q_max_end,
            mine: BTreeMap::new(),
        }
    }

    /// Does `start..end` share a byte with a row already made?
    pub fn overlaps(&self, start: usize, end: usize) -> bool {
        if start >= end {
            return false;
        }
        let i = self.q_starts.partition_point(|&s| s < end);
        if i > 0 && self.q_max_end[i - 1] > start {
            return true;
        }
        self.mine
            .range(..end)
            .next_back()
            .is_some_and(|(_, &e)| e > start)
    }

    /// Add `row` unless a row already made overlaps it: never report the
    /// same words twice. A row holding a whole quotation is `mixed`.
    pub fn push_new(&mut self, doc: &Document, mut row: Attribution) {
        if self.overlaps(row.start, row.end) {
            return;
        }
        // Quotations are sorted and disjoint: the first starting inside
        // the row is the only one that can lie wholly in it first.
        let i = doc.quotes.partition_point(|q| q.content_start < row.start);
        if doc.quotes.get(i).is_some_and(|q| q.content_end <= row.end) {
            row.kind = Kind::Mixed;
        }
        self.push_unchecked(row);
    }

    /// Add `row`, known not to overlap, as it is.
    pub fn push_unchecked(&mut self, row: Attribution) {
        if row.start < row.end {
            self.mine.insert(row.start, row.end);
        }
        self.out.push(row);
    }

    /// Drop the rows of sentence `si` lying inside `start..end` (a
    /// sentence-final attribution takes over its clause). Rows are made in
    /// cue order, so that sentence's rows are the last ones.
    pub fn drop_inside(&mut self, si: usize, start: usize, end: usize) {
        let k = self.out.len()
            - self
                .out
                .iter()
                .rev()
                .take_while(|a| a.sentence == si)
                .count();
        let tail = self.out.split_off(k);
        for a in tail {
            if a.start >= start && a.end <= end {
                if a.start < a.end {
                    self.mine.remove(&a.start);
                }
            } else {
                self.out.push(a);
            }
        }
    }

    /// The speaker of the first row of sentence `si` that starts before
    /// byte `before`, quotation rows first: the sentence's speaker for a
    /// participle ("X compared …, saying …").
    pub fn sentence_speaker(&self, si: usize, before: usize) -> Option<Mention> {
        let from = self.quoted.partition_point(|a| a.sentence < si);
        let quoted = self.quoted[from..]
            .iter()
            .take_while(|a| a.sentence == si)
            .take(MAX_SENTENCE_ROWS);
        // This sentence's rows are the last ones (made in cue order).
        let mine = self
            .out
            .iter()
            .rev()
            .take_while(|a| a.sentence == si)
            .take(MAX_SENTENCE_ROWS)
            .count();
        quoted
            .chain(&self.out[self.out.len() - mine..])
            .filter(|a| a.start < before)
            .find_map(|a| a.speaker.clone())
    }
}
