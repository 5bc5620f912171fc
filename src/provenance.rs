//! Quote provenance: where a quotation travelled across a corpus.
//!
//! A fact-checker holding a quote wants to know who first published it,
//! how many outlets repeated it and whether everyone credits the same
//! person. [`Provenance`] gathers every direct and mixed quote of a corpus
//! and clusters the forms of one quotation:
//!
//! - the same words after [`normalize`] (case, whitespace, quotation marks
//!   and punctuation at word edges ignored);
//! - an excerpt: a form whose words (at least [`MIN_WORDS`]) appear in a
//!   longer form joins it, as outlets often quote part of a sentence;
//!   but a phrase found in several different quotations (a slogan) joins
//!   none of them, so it cannot chain unrelated quotes together;
//! - a near copy: forms of at least [`MIN_WORDS`] words whose normalized
//!   Levenshtein similarity ([`strsim::normalized_levenshtein`]) is at
//!   least [`SIMILARITY`] (a changed word, a typo).
//!
//! Memory grows with the number of distinct quote forms (plus one integer
//! per mention), not with the corpus: documents stream through
//! [`Provenance::add`] and only the forms stay. Candidate pairs come from
//! an index of word pairs (shingles), so forms are not compared all
//! against all. Every decision depends on the set of forms and documents
//! only, never on their order, so any input order or thread count gives
//! the same clusters.

use std::collections::{BTreeMap, HashMap};
use std::io::Write;

use anyhow::Result;
use serde::Serialize;

use crate::extract::Quote;
use crate::names::NameMap;
use crate::output::{Format, cell, write_table};

/// Least normalized Levenshtein similarity (1 = identical) for two forms
/// to be one quotation. 0.9 lets one short word of a ten-word quote
/// change (or a few typos), while two different short sentences on one
/// topic ("we will win the vote" / "we will win the race": 0.85) stay
/// apart.
pub const SIMILARITY: f64 = 0.9;

/// Least words for a form to join another as an excerpt or near copy:
/// shorter forms ("dead", "a disgrace") are common phrases, not evidence
/// that two quotations are one.
pub const MIN_WORDS: usize = 4;

/// Candidate lists longer than this (a word pair such as "of the" shared by
/// many forms) are not used to find candidates, unless a form has no rarer
/// pair: this keeps clustering near-linear on large corpora.
const MAX_POSTINGS: usize = 64;

/// Column order of the clusters table, a public contract.
pub const QUOTE_COLUMNS: &[&str] = &[
    "cluster",
    "quote",
    "speaker",
    "speakers",
    "conflict",
    "mentions",
    "documents",
    "first_doc",
    "first_date",
    "last_doc",
    "docs",
];

/// A quote's identity for clustering: lower-cased words with punctuation
/// (quotation marks included) trimmed from their edges, one space apart.
/// Apostrophes inside words stay ("don't"), and curly ones become straight.
pub fn normalize(quote: &str) -> String {
    let mut out = String::with_capacity(quote.len());
    for w in quote.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        for c in w.chars() {
            match c {
                '\u{2019}' | '\u{2018}' | '\u{02BC}' => out.push('\''),
                c => out.extend(c.to_lowercase()),
            }
        }
    }
    out
}

/// How the table is built.
#[derive(Clone, Debug)]
pub struct ProvenanceOptions {
    /// Most document ids listed in the `docs` column.
    pub max_docs: usize,
    /// Leave a person's names apart ([`crate::names`]).
    pub no_merge: bool,
    /// Keep only clusters matching one of these claimed quotes (by
    /// containment either way or similarity); all when empty.
    pub find: Vec<String>,
}

impl Default for ProvenanceOptions {
    fn default() -> Self {
        ProvenanceOptions {
            max_docs: 20,
            no_merge: false,
            find: Vec::new(),
        }
    }
}

/// A document where a form was seen, ordered by date (dated documents
/// first, dates compared as text, so ISO 8601 dates sort by time), then by
/// input order.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Sighting {
    undated: bool,
    date: String,
    ordinal: usize,
    doc: String,
}

/// One distinct normalized form.
#[derive(Debug, Default)]
struct Form {
    /// The text as first written, the smallest such when forms differ only
    /// in case or punctuation (order-independent).
    raw: String,
    mentions: usize,
    /// (speaker, speaker kind) → mentions.
    speakers: HashMap<(String, &'static str), usize>,
    /// Ordinals of the documents holding it (each once).
    ordinals: Vec<usize>,
    /// The earliest `max_docs` sightings, and the latest one.
    earliest: Vec<Sighting>,
    latest: Option<Sighting>,
}

/// Quote clusters being gathered; see the module documentation.
#[derive(Debug, Default)]
pub struct Provenance {
    forms: HashMap<String, Form>,
    /// Person names and their mentions, for merging names.
    persons: HashMap<String, usize>,
    docs: usize,
    opts: ProvenanceOptions,
}

/// One row of the clusters table.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct ClusterRow {
    /// Rank in the table, from 1.
    pub cluster: usize,
    /// The longest form (in words; the most quoted of equally long ones).
    pub quote: String,
    /// The speaker credited most often (empty when nobody is).
    pub speaker: String,
    /// Every speaker credited, with mentions: `Ana Ruiz:5; Lena Ford:1`.
    pub speakers: String,
    /// More than one named person is credited.
    pub conflict: bool,
    /// Quote rows in the cluster.
    pub mentions: usize,
    /// Documents holding it.
    pub documents: usize,
    /// The earliest document (by date, then input order).
    pub first_doc: String,
    /// Its date, when dates were given.
    pub first_date: Option<String>,
    /// The latest document.
    pub last_doc: String,
    /// The earliest documents, `;`-joined, at most `max_docs`.
    pub docs: String,
}

impl Provenance {
    /// An empty table.
    pub fn new(opts: ProvenanceOptions) -> Provenance {
        Provenance {
            opts,
            ..Provenance::default()
        }
    }

    /// Count one document's quotes; `date` is its `--date-field` value.
    /// Call in input order (ties in dates go to the earlier document).
    pub fn add(&mut self, doc: &str, date: Option<&str>, quotes: &[Quote]) {
        let ordinal = self.docs;
        self.docs += 1;
        let sighting = Sighting {
            undated: date.is_none(),
            date: date.unwrap_or_default().to_string(),
            ordinal,
            doc: doc.to_string(),
        };
        for q in quotes {
            if q.speaker_kind == "person" && !q.speaker.is_empty() {
                *self.persons.entry(q.speaker.clone()).or_default() += 1;
            }
            if q.kind == "indirect" {
                continue;
            }
            let norm = normalize(&q.quote);
            if norm.is_empty() {
                continue;
            }
            let raw = q.quote.trim();
            let f = self.forms.entry(norm).or_default();
            if f.raw.is_empty() || raw < f.raw.as_str() {
                raw.clone_into(&mut f.raw);
            }
            f.mentions += 1;
            if !q.speaker.is_empty() {
                *f.speakers
                    .entry((q.speaker.clone(), q.speaker_kind))
                    .or_default() += 1;
            }
            if f.ordinals.last() != Some(&ordinal) {
                f.ordinals.push(ordinal);
                keep_earliest(&mut f.earliest, &sighting, self.opts.max_docs.max(1));
                if f.latest.as_ref().is_none_or(|l| *l < sighting) {
                    f.latest = Some(sighting.clone());
                }
            }
        }
    }

    /// The clusters, most widely published first (documents, then
    /// mentions, then quote text), filtered by [`ProvenanceOptions::find`].
    pub fn clusters(&self) -> Vec<ClusterRow> {
        let mut keys: Vec<&str> = self.forms.keys().map(String::as_str).collect();
        keys.sort_unstable();
        let mut sets = cluster(&keys);
        let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in 0..keys.len() {
            groups.entry(sets.find(i)).or_default().push(i);
        }
        let names = if self.opts.no_merge {
            NameMap::default()
        } else {
            NameMap::build(self.persons.iter().map(|(n, c)| (n.as_str(), *c)))
        };
        let find: Vec<String> = self.opts.find.iter().map(|f| normalize(f)).collect();
        let mut rows: Vec<ClusterRow> = groups
            .into_values()
            .filter(|g| {
                find.is_empty() || find.iter().any(|f| g.iter().any(|&i| matches(f, keys[i])))
            })
            .map(|g| self.row(&g.iter().map(|&i| keys[i]).collect::<Vec<_>>(), &names))
            .collect();
        rows.sort_by(|a, b| {
            b.documents
                .cmp(&a.documents)
                .then_with(|| b.mentions.cmp(&a.mentions))
                .then_with(|| a.quote.cmp(&b.quote))
                .then_with(|| a.first_doc.cmp(&b.first_doc))
        });
        for (i, r) in rows.iter_mut().enumerate() {
            r.cluster = i + 1;
        }
        rows
    }

    /// The row of one cluster of forms (normalized keys).
    fn row(&self, keys: &[&str], names: &NameMap) -> ClusterRow {
        let forms: Vec<&Form> = keys.iter().map(|k| &self.forms[*k]).collect();
        let longest = keys
            .iter()
            .zip(&forms)
            .max_by(|(ka, fa), (kb, fb)| {
                // The longest in words; of equally long forms (a typo),
                // the most quoted.
                let words = |k: &str| k.split(' ').count();
                words(ka)
                    .cmp(&words(kb))
                    .then_with(|| fa.mentions.cmp(&fb.mentions))
                    .then_with(|| kb.cmp(ka))
            })
            .map_or("", |(_, f)| f.raw.as_str());
        let mut speakers: HashMap<(&str, &str), usize> = HashMap::new();
        for f in &forms {
            for ((name, kind), n) in &f.speakers {
                let name = if *kind == "person" {
                    names.canonical(name)
                } else {
                    name
                };
                *speakers.entry((name, kind)).or_default() += n;
            }
        }
        let mut speakers: Vec<((&str, &str), usize)> = speakers.into_iter().collect();
        speakers.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let persons = speakers.iter().filter(|((_, k), _)| *k == "person").count();
        let mut ordinals: Vec<usize> = forms
            .iter()
            .flat_map(|f| f.ordinals.iter().copied())
            .collect();
        ordinals.sort_unstable();
        ordinals.dedup();
        let mut earliest: Vec<&Sighting> = forms.iter().flat_map(|f| &f.earliest).collect();
        earliest.sort();
        earliest.dedup_by_key(|s| s.ordinal);
        earliest.truncate(self.opts.max_docs);
        let first = forms.iter().flat_map(|f| f.earliest.first()).min();
        let last = forms.iter().flat_map(|f| f.latest.as_ref()).max();
        ClusterRow {
            cluster: 0,
            quote: longest.to_string(),
            speaker: speakers.first().map_or("", |((n, _), _)| n).to_string(),
            speakers: speakers
                .iter()
                .map(|((n, _), c)| format!("{n}:{c}"))
                .collect::<Vec<_>>()
                .join("; "),
            conflict: persons > 1,
            mentions: forms.iter().map(|f| f.mentions).sum(),
            documents: ordinals.len(),
            first_doc: first.map_or(String::new(), |s| s.doc.clone()),
            first_date: first.filter(|s| !s.undated).map(|s| s.date.clone()),
            last_doc: last.map_or(String::new(), |s| s.doc.clone()),
            docs: earliest
                .iter()
                .map(|s| s.doc.as_str())
                .collect::<Vec<_>>()
                .join(";"),
        }
    }

    /// Write the clusters as CSV (formula-escaped unless told not to) or JSONL.
    pub fn write(&self, w: impl Write, format: Format, escape_formulas: bool) -> Result<()> {
        let esc = |s: &str| cell(s, escape_formulas);
        write_table(w, format, QUOTE_COLUMNS, &self.clusters(), |r| {
            vec![
                r.cluster.to_string(),
                esc(&r.quote),
                esc(&r.speaker),
                esc(&r.speakers),
                r.conflict.to_string(),
                r.mentions.to_string(),
                r.documents.to_string(),
                esc(&r.first_doc),
                esc(r.first_date.as_deref().unwrap_or("")),
                esc(&r.last_doc),
                esc(&r.docs),
            ]
        })
    }
}

/// Keep the `max` earliest sightings, sorted.
fn keep_earliest(list: &mut Vec<Sighting>, s: &Sighting, max: usize) {
    let at = list.partition_point(|x| x < s);
    if at < max {
        list.insert(at, s.clone());
        list.truncate(max);
    }
}

/// A form's shingles: its word pairs (its one word when it has one).
fn shingles(form: &str) -> Vec<&str> {
    // Word starts, and where a word after the last would start.
    let starts: Vec<usize> = std::iter::once(0)
        .chain(form.match_indices(' ').map(|(i, _)| i + 1))
        .chain(std::iter::once(form.len() + 1))
        .collect();
    if starts.len() < 4 {
        return vec![form];
    }
    starts.windows(3).map(|w| &form[w[0]..w[2] - 1]).collect()
}

/// Pairs of forms (indices, smaller first, each once) that share a
/// shingle with a short enough candidate list. An excerpt shares all its
/// shingles with the longer form and a near copy most of them, so true
/// pairs are found while unrelated forms are never compared.
fn candidate_pairs(keys: &[&str]) -> Vec<(usize, usize)> {
    let mut index: HashMap<&str, Vec<usize>> = HashMap::new();
    let words: Vec<usize> = keys.iter().map(|k| k.split(' ').count()).collect();
    for (i, k) in keys.iter().enumerate() {
        if words[i] >= MIN_WORDS {
            for s in shingles(k) {
                let postings = index.entry(s).or_default();
                if postings.last() != Some(&i) {
                    postings.push(i);
                }
            }
        }
    }
    let mut pairs = Vec::new();
    for (i, k) in keys.iter().enumerate() {
        if words[i] < MIN_WORDS {
            continue;
        }
        let lists: Vec<&Vec<usize>> = shingles(k).iter().filter_map(|s| index.get(s)).collect();
        let rarest = lists.iter().map(|l| l.len()).min().unwrap_or(0);
        let mut found: Vec<usize> = lists
            .iter()
            .filter(|l| l.len() <= MAX_POSTINGS.max(rarest))
            .flat_map(|l| l.iter().copied())
            .filter(|&j| j > i)
            .collect();
        found.sort_unstable();
        found.dedup();
        pairs.extend(found.into_iter().map(|j| (i, j)));
    }
    pairs
}

/// The clusters of `keys` (sorted normalized forms). Near copies join
/// first. Then each excerpt joins the forms containing it, longest
/// excerpts first, but only when those all belong to one cluster: a
/// phrase found in several different quotations ("make america great
/// again") is a slogan, not evidence that they are one, so it joins none.
fn cluster(keys: &[&str]) -> UnionFind {
    let mut sets = UnionFind::new(keys.len());
    // Excerpt index → the forms containing it.
    let mut containers: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (a, b) in candidate_pairs(keys) {
        let (short, long) = if keys[a].len() <= keys[b].len() {
            (a, b)
        } else {
            (b, a)
        };
        if contains_words(keys[long], keys[short]) {
            containers.entry(short).or_default().push(long);
        } else if similar(keys[a], keys[b]) {
            sets.union(a, b);
        }
    }
    let words = |i: &usize| keys[*i].split(' ').count();
    let mut excerpts: Vec<usize> = containers.keys().copied().collect();
    excerpts.sort_by_key(|i| (std::cmp::Reverse(words(i)), *i));
    for short in excerpts {
        let mut roots: Vec<usize> = containers[&short].iter().map(|&l| sets.find(l)).collect();
        roots.sort_unstable();
        roots.dedup();
        if let [root] = roots[..] {
            sets.union(short, root);
        }
    }
    sets
}

/// Whether `short`'s words appear, in order and whole, in `long`.
fn contains_words(long: &str, short: &str) -> bool {
    long.match_indices(short).any(|(at, _)| {
        let end = at + short.len();
        (at == 0 || long.as_bytes()[at - 1] == b' ')
            && (end == long.len() || long.as_bytes()[end] == b' ')
    })
}

/// Two normalized forms are similar enough to be one quotation.
fn similar(a: &str, b: &str) -> bool {
    let (la, lb) = (a.chars().count(), b.chars().count());
    let longer = la.max(lb) as f64;
    // The length difference alone bounds the similarity: skip hopeless pairs.
    if longer == 0.0 || (la.abs_diff(lb) as f64) / longer > 1.0 - SIMILARITY {
        return false;
    }
    strsim::normalized_levenshtein(a, b) >= SIMILARITY
}

/// Two normalized forms (both of at least [`MIN_WORDS`] words) are one
/// quotation: an excerpt of the other, or a near copy (without the
/// slogan rule of [`cluster`]).
#[cfg(test)]
fn same_quote(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    contains_words(long, short) || similar(a, b)
}

/// Whether a claimed quote (normalized) matches a form: one contains the
/// other, or some run of the form's words as long as the claim is similar
/// to it (a claimed excerpt with a word changed).
fn matches(claim: &str, form: &str) -> bool {
    if claim.is_empty() {
        return false;
    }
    if contains_words(form, claim) {
        return true;
    }
    let claim_words = claim.split(' ').count();
    let form_words: Vec<&str> = form.split(' ').collect();
    if form_words.len() >= MIN_WORDS && contains_words(claim, form) {
        return true;
    }
    if claim_words < MIN_WORDS {
        return false;
    }
    if form_words.len() <= claim_words {
        return similar(claim, form);
    }
    form_words
        .windows(claim_words)
        .any(|w| similar(claim, &w.join(" ")))
}

/// Disjoint sets over form indices; the smallest index names each set, so
/// the result does not depend on the order of unions.
struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        let (lo, hi) = (ra.min(rb), ra.max(rb));
        self.parent[hi] = lo;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_ignores_case_marks_space_and_edge_punctuation() {
        let cases = [
            ("\u{201C}We will WIN,\u{201D}", "we will win"),
            ("  we   will\nwin. ", "we will win"),
            ("It\u{2019}s \"dead\" -- done", "it's dead done"),
            ("...", ""),
        ];
        for (raw, want) in cases {
            assert_eq!(normalize(raw), want, "{raw:?}");
        }
    }

    /// (a, b, one quotation?)
    #[test]
    fn same_quote_decides_excerpts_and_near_copies() {
        let cases = [
            (
                "we will rebuild the harbor bridge before winter",
                "we will rebuild the harbor bridge",
                true,
            ),
            (
                "we will rebuild the harbor bridge before winter",
                "we will rebuild the harbour bridge before winter",
                true,
            ),
            (
                "we will rebuild the harbor bridge before winter",
                "we will rebuild the city hall before winter",
                false,
            ),
            ("we will win the vote", "we will win the race", false),
            // Part of a word is not an excerpt.
            ("the rebuilding of the bridge", "rebuild", false),
        ];
        for (a, b, want) in cases {
            let both = a.split(' ').count() >= MIN_WORDS && b.split(' ').count() >= MIN_WORDS;
            assert_eq!(both && same_quote(a, b), want, "{a:?} / {b:?}");
        }
    }

    #[test]
    fn a_slogan_in_two_quotations_joins_neither() {
        let keys = [
            "make america great again",
            "we will make america great again he told the crowd in ohio",
            "i want to make america great again and i will build the wall",
            "we will make america great again",
        ];
        let mut sorted = keys.to_vec();
        sorted.sort_unstable();
        let mut sets = cluster(&sorted);
        let root = |s: &mut UnionFind, k: &str| {
            let i = sorted.iter().position(|x| *x == k).expect("key");
            s.find(i)
        };
        let (a, b) = (root(&mut sets, keys[1]), root(&mut sets, keys[2]));
        assert_ne!(a, b, "two quotations stay apart");
        // The excerpt of one quotation joins it; the slogan joins neither.
        assert_eq!(root(&mut sets, keys[3]), a);
        let slogan = root(&mut sets, keys[0]);
        assert!(slogan != a && slogan != b);
    }

    #[test]
    fn shingles_are_word_pairs() {
        assert_eq!(shingles("a bb c"), ["a bb", "bb c"]);
        assert_eq!(shingles("one two"), ["one two"]);
    }

    #[test]
    fn find_matches_excerpts_and_claims_with_a_word_changed() {
        let form = "we will rebuild the harbor bridge before the winter comes";
        assert!(matches(&normalize("rebuild the harbor bridge"), form));
        assert!(matches(
            &normalize("We will rebuild the harbour bridge before"),
            form
        ));
        assert!(!matches(&normalize("we will close the harbor"), form));
    }

    /// Documents built from a few quotes (copies, an excerpt, a near copy,
    /// another speaker, an unrelated one).
    const TEMPLATES: &[&str] = &[
        "\"We will rebuild the harbor bridge before the winter storms arrive,\" Mayor Ana Ruiz said.",
        "\"We will rebuild the harbor bridge,\" Ruiz said.",
        "\"We will rebuild the harbour bridge before the winter storms arrive,\" said Tom Okafor.",
        "\"The budget is balanced and the books are open,\" said Lena Ford.",
        "Lena Ford said the budget was \"balanced and the books are open\" this year.",
        "\"Nobody will drive across it until the engineers sign off,\" Ana Ruiz told reporters.",
    ];

    use proptest::prelude::*;

    /// Document templates and an order to read them in.
    fn docs_and_order() -> impl Strategy<Value = (Vec<usize>, Vec<usize>)> {
        proptest::collection::vec(0..TEMPLATES.len(), 1..14).prop_flat_map(|docs| {
            let n = docs.len();
            (
                Just(docs),
                Just((0..n).collect::<Vec<usize>>()).prop_shuffle(),
            )
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Shuffling the documents (each keeping its date) changes nothing.
        #[test]
        fn input_order_does_not_change_the_clusters(
            (docs, order) in docs_and_order()
        ) {
            let quotes: Vec<Vec<Quote>> = docs
                .iter()
                .map(|&t| crate::extract(TEMPLATES[t], &crate::Options::default()))
                .collect();
            let table = |order: &[usize]| {
                let mut p = Provenance::new(ProvenanceOptions { max_docs: 3, ..ProvenanceOptions::default() });
                for &i in order {
                    // Distinct dates: the i-th document is dated day i (in reverse).
                    let date = format!("2024-01-{:02}", 30 - i);
                    p.add(&format!("doc{i}"), Some(&date), &quotes[i]);
                }
                p.clusters()
            };
            let input: Vec<usize> = (0..docs.len()).collect();
            prop_assert_eq!(table(&input), table(&order));
        }
    }
}
