//! Scoring predictions against hand-annotated gold (`whosaid eval`).
//!
//! This is a port of the project's reference scorer, `../shared/eval/score.py`,
//! and must give the same numbers to the last printed digit: users score
//! whosaid on their own annotated articles with `whosaid eval`, and the
//! figures they get must be the ones the project reports (a CI step runs
//! both scorers on the dev set, `scripts/eval_parity.sh`). So every rule of
//! score.py is kept as it is, including its tie-breaking and its Unicode
//! classes, and the JSON is laid out byte for byte like Python's
//! `json.dumps(…, sort_keys=True)`.
//!
//! The measures, on spans normalised by [`norm_span`] (quotation marks,
//! blanks, edge punctuation and a leading "that" trimmed):
//! - a predicted quote matches a gold quote one-to-one, greedily by character
//!   Jaccard overlap (highest first); *lenient* when the overlap is ≥ 0.5,
//!   *strict* when the normalised spans are identical;
//! - *attribution* (on lenient matches whose gold quote has a speaker): the
//!   predicted speaker mention overlaps the gold mention, or the two speaker
//!   names share a name word; with `canonical` the name words must be the
//!   same (titles dropped);
//! - *end to end*: a lenient match with the right speaker (or with no
//!   speaker on either side);
//! - gold quotes marked `optional`, and with a kind filter the gold quotes
//!   of other kinds, count neither way: an unmatched prediction lying mostly
//!   on one of them is ignored.
//!
//! File format: `../shared/eval/FORMAT.md` (JSON Lines, one document per
//! line, code-point offsets).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt;
use std::path::Path;
use std::sync::LazyLock;

use anyhow::{Context, Result, anyhow, bail};
use rayon::prelude::*;
use serde::Serialize;
use serde_json::Value;

use crate::extract::{Options, Quote, extract};

/// Which gold quotes to score (`--kind`). Predictions of another kind are
/// left out too; predictions without a kind are always scored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Direct quotes.
    Direct,
    /// Indirect (reported) speech.
    Indirect,
    /// Mixed quotes.
    Mixed,
    /// Direct and mixed together: everything inside quotation marks.
    Quoted,
}

impl Kind {
    /// The name `--kind` takes.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Direct => "direct",
            Kind::Indirect => "indirect",
            Kind::Mixed => "mixed",
            Kind::Quoted => "quoted",
        }
    }

    /// Whether a quote of kind `kind` belongs to this filter (score.py's
    /// `kind_ok`).
    fn admits(self, kind: Option<&str>) -> bool {
        match self {
            Kind::Quoted => matches!(kind, Some("direct" | "mixed")),
            k => kind == Some(k.as_str()),
        }
    }
}

impl std::str::FromStr for Kind {
    type Err = anyhow::Error;

    fn from_str(s: &str) -> Result<Kind> {
        Ok(match s {
            "direct" => Kind::Direct,
            "indirect" => Kind::Indirect,
            "mixed" => Kind::Mixed,
            "quoted" => Kind::Quoted,
            _ => bail!("unknown kind {s:?} (expected direct, indirect, mixed or quoted)"),
        })
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How to score (score.py's `--kind` and `--canonical`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EvalOptions {
    /// Score only gold quotes of this kind; `None` scores all.
    pub kind: Option<Kind>,
    /// A speaker is right only with exactly the gold speaker's name words
    /// ("Bagheri" is wrong for "Mohammad Bagheri"); for gold files whose
    /// `speaker` is a canonical name, like the seed.
    pub canonical: bool,
}

/// A document id. score.py keys documents by the JSON value of `id`, so a
/// string `"7"` and a number `7` are different documents here too.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(untagged)]
pub enum DocId {
    /// A string id.
    Text(String),
    /// A numeric id.
    Number(i64),
}

impl fmt::Display for DocId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocId::Text(s) => write!(f, "{s:?}"),
            DocId::Number(n) => write!(f, "{n}"),
        }
    }
}

/// One annotated or predicted quote (FORMAT.md). Offsets are code-point
/// offsets into the document text, end exclusive. They are signed because a
/// prediction may point anywhere: out-of-range predicted spans are counted
/// as `bad_spans`, not rejected.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Annotation {
    /// Content start (code points).
    pub start: i64,
    /// Content end (exclusive).
    pub end: i64,
    /// `direct`, `indirect`, `mixed`, or `None` (unknown).
    pub kind: Option<String>,
    /// The speaker as named; `None` when there is none.
    pub speaker: Option<String>,
    /// The span of the speaker mention linked to this quote.
    pub speaker_start: Option<i64>,
    /// End of the speaker mention (exclusive).
    pub speaker_end: Option<i64>,
    /// Not scored; kept so that written predictions can be read by people.
    pub cue: Option<String>,
    /// Not scored; the quote text as the system gave it.
    pub quote: Option<String>,
    /// A gold quote the annotators found unclear: it counts neither way.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub optional: bool,
    /// The sieve that made a whosaid prediction (for `--ablate`); never
    /// written or read.
    #[serde(skip)]
    pub sieve: Option<&'static str>,
}

impl Annotation {
    /// The speaker mention span, when both ends are given.
    fn speaker_span(&self) -> Option<(i64, i64)> {
        Some((self.speaker_start?, self.speaker_end?))
    }
}

/// A gold document: the text and every quote in it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GoldDoc {
    /// The document id.
    pub id: DocId,
    /// The text.
    pub text: String,
    /// The annotated quotes.
    pub quotes: Vec<Annotation>,
}

/// A system's predictions for one document. `text`, when given, must equal
/// the gold text (otherwise the offsets mean nothing).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PredDoc {
    /// The document id.
    pub id: DocId,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// The text, when the file gives it.
    pub text: Option<String>,
    /// The predicted quotes.
    pub quotes: Vec<Annotation>,
}

/// Precision, recall and F1.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Prf {
    /// Precision.
    pub p: f64,
    /// Recall.
    pub r: f64,
    /// F1.
    pub f: f64,
}

impl Prf {
    /// score.py's `prf`, with the same operations in the same order so the
    /// floating-point results are the same bits.
    fn new(tp: usize, npred: usize, ngold: usize) -> Prf {
        let p = ratio(tp, npred);
        let r = ratio(tp, ngold);
        let f = if p + r != 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        Prf { p, r, f }
    }
}

/// `a / b`, or 0 when `b` is 0. Both counts are far below 2^53, so the
/// division is Python's correctly rounded int division.
fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// The raw counts behind a [`Report`] (score.py's `c`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Gold documents.
    pub docs: usize,
    /// Gold documents without a prediction line (scored as no quotes).
    pub docs_missing: usize,
    /// Gold quotes scored (the kind filter applied, optional ones left out).
    pub gold: usize,
    /// Predicted quotes scored: matched ones, and unmatched ones that do not
    /// lie on an ignorable gold span.
    pub pred: usize,
    /// Predicted spans outside their document text (left out).
    pub bad_spans: usize,
    /// Matches with identical normalised spans.
    pub strict: usize,
    /// Matches with Jaccard overlap ≥ 0.5.
    pub lenient: usize,
    /// Lenient matches whose gold quote has a speaker.
    pub attributable: usize,
    /// Of those, matches with the right speaker.
    pub attr_right: usize,
    /// Lenient matches with the right speaker, or no speaker on either side.
    pub e2e: usize,
    /// Unmatched predictions ignored because they lie on an optional gold
    /// quote or (with a kind filter) on a gold quote of another kind.
    pub optional_hits: usize,
}

/// The predictions one sieve made, and how many were right.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SieveCounts {
    /// Predictions scored (as in [`Counts::pred`]).
    pub rows: usize,
    /// Of those, lenient matches.
    pub matched: usize,
    /// Of those, matches with the right speaker (or none on either side):
    /// end-to-end right.
    pub right: usize,
}

/// Gold quotes of one kind, and how many of them were found (lenient).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct KindCounts {
    /// Gold quotes of the kind.
    pub gold: usize,
    /// Of those, found (lenient match).
    pub found: usize,
}

/// The outcome of scoring. Renders as score.py does: [`fmt::Display`] is
/// the default text, [`Report::to_json`] is `--json`, [`Report::oneline`] is
/// `--oneline` (none with a trailing newline).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// The raw counts.
    pub counts: Counts,
    /// Per gold kind (`unknown` for gold quotes without one), sorted by name.
    pub by_kind: BTreeMap<String, KindCounts>,
    /// Per sieve, for predictions that name theirs (whosaid's own). Not
    /// part of score.py's output.
    pub by_sieve: BTreeMap<&'static str, SieveCounts>,
}

impl Report {
    /// Strict precision, recall and F1 (identical normalised spans).
    pub fn strict(&self) -> Prf {
        let c = &self.counts;
        Prf::new(c.strict, c.pred, c.gold)
    }

    /// Lenient precision, recall and F1 (Jaccard ≥ 0.5).
    pub fn lenient(&self) -> Prf {
        let c = &self.counts;
        Prf::new(c.lenient, c.pred, c.gold)
    }

    /// End-to-end precision, recall and F1 (lenient match and right speaker).
    pub fn end_to_end(&self) -> Prf {
        let c = &self.counts;
        Prf::new(c.e2e, c.pred, c.gold)
    }

    /// Right speakers among the attributable matches.
    pub fn attribution_accuracy(&self) -> f64 {
        ratio(self.counts.attr_right, self.counts.attributable)
    }

    /// Lenient recall per gold kind, sorted by kind.
    pub fn recall_by_kind(&self) -> impl Iterator<Item = (&str, f64)> {
        self.by_kind
            .iter()
            .map(|(k, v)| (k.as_str(), ratio(v.found, v.gold)))
    }

    /// score.py `--json`: the same keys and the same bytes as
    /// `json.dumps(res, sort_keys=True)` (keys sorted, `", "` and `": "`
    /// separators, Python float repr, non-ASCII escaped).
    pub fn to_json(&self) -> String {
        let prf = |m: Prf| {
            format!(
                "{{\"f\": {}, \"p\": {}, \"r\": {}}}",
                py_float(m.f),
                py_float(m.p),
                py_float(m.r)
            )
        };
        let kinds = |value: &dyn Fn(&KindCounts) -> String| {
            let items: Vec<String> = self
                .by_kind
                .iter()
                .map(|(k, v)| format!("{}: {}", py_json_str(k), value(v)))
                .collect();
            format!("{{{}}}", items.join(", "))
        };
        let c = &self.counts;
        format!(
            "{{\"attributable\": {}, \"attribution_accuracy\": {}, \"bad_spans\": {}, \
             \"docs\": {}, \"docs_missing\": {}, \"end_to_end\": {}, \"gold\": {}, \
             \"gold_by_kind\": {}, \"lenient\": {}, \"pred\": {}, \
             \"recall_by_gold_kind\": {}, \"strict\": {}}}",
            c.attributable,
            py_float(self.attribution_accuracy()),
            c.bad_spans,
            c.docs,
            c.docs_missing,
            prf(self.end_to_end()),
            c.gold,
            kinds(&|v| v.gold.to_string()),
            prf(self.lenient()),
            c.pred,
            kinds(&|v| py_float(ratio(v.found, v.gold))),
            prf(self.strict()),
        )
    }

    /// score.py `--oneline`: lenient P/R/F1, attribution, end-to-end F1 and
    /// the counts, on one line (what the quality hook prints).
    pub fn oneline(&self) -> String {
        let (m, e) = (self.lenient(), self.end_to_end());
        format!(
            "P {:.3} R {:.3} F1 {:.3} | attribution {:.3} | e2e F1 {:.3} | gold {} pred {}",
            m.p,
            m.r,
            m.f,
            self.attribution_accuracy(),
            e.f,
            self.counts.gold,
            self.counts.pred
        )
    }
}

/// score.py's default output, line for line.
impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = &self.counts;
        write!(
            f,
            "docs {} (missing in predictions: {}), gold quotes {}, predicted {}, bad spans {}",
            c.docs, c.docs_missing, c.gold, c.pred, c.bad_spans
        )?;
        for (name, m) in [
            ("strict", self.strict()),
            ("lenient", self.lenient()),
            ("end_to_end", self.end_to_end()),
        ] {
            write!(f, "\n{name:<11} P {:.3}  R {:.3}  F1 {:.3}", m.p, m.r, m.f)?;
        }
        write!(
            f,
            "\nattribution accuracy on matched quotes: {:.3} (of {})",
            self.attribution_accuracy(),
            c.attributable
        )?;
        for (k, v) in &self.by_kind {
            let r = ratio(v.found, v.gold);
            write!(f, "\n  recall {k:<9} {r:.3} (gold {})", v.gold)?;
        }
        Ok(())
    }
}

/// Score predictions against gold (score.py's `score`). Predictions for
/// documents not in the gold are ignored; gold documents without
/// predictions count as having none. Errors on duplicate document ids and
/// on a prediction whose `text` differs from the gold text, as score.py
/// does.
pub fn score(gold: &[GoldDoc], pred: &[PredDoc], opts: &EvalOptions) -> Result<Report> {
    let mut seen = HashSet::with_capacity(gold.len());
    for g in gold {
        if !seen.insert(&g.id) {
            bail!("gold: duplicate document id {}", g.id);
        }
    }
    let mut by_id: HashMap<&DocId, &PredDoc> = HashMap::with_capacity(pred.len());
    for p in pred {
        if by_id.insert(&p.id, p).is_some() {
            bail!("predictions: duplicate document id {}", p.id);
        }
    }
    let mut report = Report::default();
    for g in gold {
        score_doc(g, by_id.get(&g.id).copied(), opts, &mut report)?;
    }
    Ok(report)
}

/// A normalised span, in code points.
type Span = (i64, i64);

fn score_doc(
    gd: &GoldDoc,
    pd: Option<&PredDoc>,
    opts: &EvalOptions,
    report: &mut Report,
) -> Result<()> {
    let c = &mut report.counts;
    c.docs += 1;
    let pquotes: &[Annotation] = match pd {
        None => {
            c.docs_missing += 1;
            &[]
        }
        Some(pd) => {
            if pd.text.as_ref().is_some_and(|t| *t != gd.text) {
                bail!("document {}: predicted text differs from gold text", gd.id);
            }
            &pd.quotes
        }
    };
    let text: Vec<char> = gd.text.chars().collect();
    let len = text.len() as i64;
    let kind_ok = |q: &Annotation| opts.kind.is_none_or(|k| k.admits(q.kind.as_deref()));
    let gq: Vec<&Annotation> = gd
        .quotes
        .iter()
        .filter(|q| kind_ok(q) && !q.optional)
        .collect();
    // Spans a prediction may hit without counting either way: optional
    // gold quotes, and with a kind filter the gold quotes of other kinds.
    let ignorable: Vec<Span> = gd
        .quotes
        .iter()
        .filter(|q| q.optional || !kind_ok(q))
        .map(|q| norm_span(&text, q.start, q.end))
        .collect();
    let mut pq: Vec<&Annotation> = Vec::with_capacity(pquotes.len());
    for q in pquotes {
        if !(0 <= q.start && q.start <= q.end && q.end <= len) {
            c.bad_spans += 1;
            continue;
        }
        // A prediction without a kind is scored under every filter.
        if opts.kind.is_some() && has_kind(q) && !kind_ok(q) {
            continue;
        }
        pq.push(q);
    }
    let gn: Vec<Span> = gq
        .iter()
        .map(|q| norm_span(&text, q.start, q.end))
        .collect();
    let pn: Vec<Span> = pq
        .iter()
        .map(|q| norm_span(&text, q.start, q.end))
        .collect();
    c.gold += gq.len();
    for q in &gq {
        report.by_kind.entry(kind_key(q)).or_default().gold += 1;
    }

    let (mut used_g, mut used_p) = (vec![false; gn.len()], vec![false; pn.len()]);
    let mut right_p = vec![false; pn.len()];
    for (i, j) in greedy_matches(&gn, &pn) {
        used_g[i] = true;
        used_p[j] = true;
        c.lenient += 1;
        if gn[i] == pn[j] {
            c.strict += 1;
        }
        report.by_kind.entry(kind_key(gq[i])).or_default().found += 1;
        if nonempty(&gq[i].speaker) {
            c.attributable += 1;
            if speaker_right(gq[i], pq[j], opts.canonical) {
                c.attr_right += 1;
                c.e2e += 1;
                right_p[j] = true;
            }
        } else if !nonempty(&pq[j].speaker) {
            c.e2e += 1; // gold has no speaker and none was claimed
            right_p[j] = true;
        }
    }
    // An unmatched prediction that mostly lies on an ignorable span is
    // neither right nor wrong.
    for (j, &p) in pn.iter().enumerate() {
        let on_ignorable = ignorable
            .iter()
            .any(|&o| jaccard(o, p) >= 0.5 || 2 * overlap(o, p) >= (p.1 - p.0).max(1));
        if used_p[j] || !on_ignorable {
            c.pred += 1;
            if let Some(sieve) = pq[j].sieve {
                let sc = report.by_sieve.entry(sieve).or_default();
                sc.rows += 1;
                sc.matched += usize::from(used_p[j]);
                sc.right += usize::from(right_p[j]);
            }
        } else {
            c.optional_hits += 1;
        }
    }
    Ok(())
}

/// The one-to-one lenient matches (gold index, prediction index), greedily
/// by character Jaccard ≥ 0.5. Every overlapping pair is sorted best first;
/// ties go to the higher gold index, then the higher prediction index
/// (score.py sorts (jac, i, j) tuples in reverse), and the greedy matching
/// depends on that order.
fn greedy_matches(gn: &[Span], pn: &[Span]) -> Vec<(usize, usize)> {
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (i, g) in gn.iter().enumerate() {
        for (j, p) in pn.iter().enumerate() {
            let jac = jaccard(*g, *p);
            if jac > 0.0 {
                pairs.push((jac, i, j));
            }
        }
    }
    pairs.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)).then(b.2.cmp(&a.2)));
    let (mut used_g, mut used_p) = (vec![false; gn.len()], vec![false; pn.len()]);
    let mut out = Vec::new();
    for &(jac, i, j) in &pairs {
        if jac < 0.5 {
            break; // sorted: no later pair reaches the threshold
        }
        if used_g[i] || used_p[j] {
            continue;
        }
        used_g[i] = true;
        used_p[j] = true;
        out.push((i, j));
    }
    out
}

/// Python truthiness of an optional string: `None` and `""` are false.
fn nonempty(s: &Option<String>) -> bool {
    s.as_deref().is_some_and(|s| !s.is_empty())
}

fn has_kind(q: &Annotation) -> bool {
    nonempty(&q.kind)
}

/// The `by_kind` key of a gold quote: its kind, or `unknown`.
fn kind_key(q: &Annotation) -> String {
    match q.kind.as_deref() {
        Some(k) if !k.is_empty() => k.to_string(),
        _ => "unknown".to_string(),
    }
}

fn overlap(a: Span, b: Span) -> i64 {
    (a.1.min(b.1) - a.0.max(b.0)).max(0)
}

fn jaccard(a: Span, b: Span) -> f64 {
    let inter = overlap(a, b);
    let union = a.1.max(b.1) - a.0.min(b.0);
    if union > 0 {
        inter as f64 / union as f64
    } else {
        0.0
    }
}

/// score.py's `speaker_right`.
fn speaker_right(g: &Annotation, p: &Annotation, canonical: bool) -> bool {
    let gw = name_words(g.speaker.as_deref());
    if canonical {
        return !gw.is_empty() && gw == name_words(p.speaker.as_deref());
    }
    if let (Some(gs), Some(ps)) = (g.speaker_span(), p.speaker_span())
        && overlap(gs, ps) > 0
    {
        return true;
    }
    !gw.is_disjoint(&name_words(p.speaker.as_deref()))
}

/// score.py's `QUOTE_MARKS`.
const QUOTE_MARKS: &str = "\"'“”‘’«»„‟‚‛‹›「」『』";

/// score.py's `EDGE`: quotation marks, space/tab/CR/LF and edge punctuation.
/// Deliberately not all whitespace (a no-break space is kept).
fn is_edge(c: char) -> bool {
    QUOTE_MARKS.contains(c) || " \t\r\n,.;:!?—–-()[]…".contains(c)
}

/// Python's `\s` (and `str.isspace`): Unicode White_Space plus the four
/// ASCII separators U+001C–U+001F, which Rust does not count as whitespace.
fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// score.py's `norm_span`: trim edge characters and a leading "that"
/// followed by whitespace (any case), until nothing changes. Readers reject
/// gold spans outside the text; spans built in code are clamped to it so
/// that scoring never panics.
fn norm_span(text: &[char], start: i64, end: i64) -> Span {
    let len = text.len();
    let mut s = usize::try_from(start).unwrap_or(0).min(len);
    let mut e = usize::try_from(end).unwrap_or(0).clamp(s, len);
    loop {
        let before = (s, e);
        while s < e && is_edge(text[s]) {
            s += 1;
        }
        while e > s && is_edge(text[e - 1]) {
            e -= 1;
        }
        s += leading_that(&text[s..e]);
        if (s, e) == before {
            return (s as i64, e as i64);
        }
    }
}

/// Length of a leading `(?i)that\s+` match, or 0. Python's case-insensitive
/// match of "that" admits only the ASCII case variants (checked over all of
/// Unicode), so an ASCII comparison is exact.
fn leading_that(t: &[char]) -> usize {
    let word = t.len() > 4
        && t[..4]
            .iter()
            .zip("that".chars())
            .all(|(a, b)| a.to_ascii_lowercase() == b);
    if !word {
        return 0;
    }
    let blanks = t[4..].iter().take_while(|c| py_isspace(**c)).count();
    if blanks > 0 { 4 + blanks } else { 0 }
}

/// score.py's `TITLES`: words that do not identify a speaker.
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "president", "vice", "prime", "minister", "secretary", "senator", "sen", "rep",
    "representative", "gov", "governor", "mayor", "general", "gen", "major", "maj",
    "colonel", "col", "lt", "lieutenant", "captain", "capt", "admiral", "adm", "sergeant",
    "sgt", "chief", "judge", "justice", "rev", "reverend", "father", "pope", "king",
    "queen", "prince", "princess", "ayatollah", "sheikh", "the", "of", "and", "former",
    "u.s", "us", "said", "says", "told",
];

/// score.py's `PRONOUNS`.
const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "his", "hers", "their",
    "its", "who", "which", "this", "that",
];

/// score.py's word pattern `[^\W\d_][\w'’.-]*`. Python's `\w` is letters
/// (L*) and numbers (N*) and `_`, and its `\d` is Nd; Rust's `\w` would
/// also take combining marks, so the classes are spelt out (checked equal
/// to Python's on every code point of Python's Unicode database).
static NAME_WORD: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"[\p{L}\p{Nl}\p{No}][\p{L}\p{N}_'’.\-]*").expect("constant pattern")
});

/// score.py's `name_words`: the lowercased words of a name without
/// possessive `'s`, trailing dots, titles, pronouns and one-letter words.
/// (`str.lower` and Rust's `to_lowercase` agree on every code point,
/// final sigma included.)
fn name_words(name: Option<&str>) -> BTreeSet<String> {
    let Some(name) = name else {
        return BTreeSet::new();
    };
    NAME_WORD
        .find_iter(name)
        .filter_map(|m| {
            let lower = m.as_str().to_lowercase();
            let mut w = lower.trim_end_matches('.').replace('’', "'");
            if w.ends_with("'s") {
                w.truncate(w.len() - 2);
            }
            let keep = w.chars().count() >= 2
                && !TITLES.contains(&w.as_str())
                && !PRONOUNS.contains(&w.as_str());
            keep.then_some(w)
        })
        .collect()
}

/// A float as Python's `repr` writes it (what `json.dumps` prints): the
/// shortest digits that round-trip, in positional notation for exponents
/// -5 < e < 16 (`0.0001`, `1.0`), else scientific with a signed two-digit
/// exponent (`1e-05`).
fn py_float(x: f64) -> String {
    if x == 0.0 {
        return if x.is_sign_negative() { "-0.0" } else { "0.0" }.to_string();
    }
    if !x.is_finite() {
        // Python's json.dumps writes these JavaScript names; never reached
        // by the measures (all ratios of counts).
        return if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string();
    }
    // Rust's `{:e}` gives the same shortest round-trip digits: "8.25e-5".
    let sci = format!("{:e}", x.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let sign = if x < 0.0 { "-" } else { "" };
    if !(-5 < exp && exp < 16) {
        let (first, rest) = digits.split_at(1);
        let dot = if rest.is_empty() { "" } else { "." };
        let esign = if exp < 0 { '-' } else { '+' };
        return format!("{sign}{first}{dot}{rest}e{esign}{:02}", exp.abs());
    }
    if exp < 0 {
        let zeros = "0".repeat((-exp - 1) as usize);
        return format!("{sign}0.{zeros}{digits}");
    }
    let int_len = exp as usize + 1;
    if digits.len() <= int_len {
        let zeros = "0".repeat(int_len - digits.len());
        format!("{sign}{digits}{zeros}.0")
    } else {
        let (int, frac) = digits.split_at(int_len);
        format!("{sign}{int}.{frac}")
    }
}

/// A string as Python's `json.dumps` writes it (`ensure_ascii`): anything
/// outside printable ASCII as `\uXXXX` (surrogate pairs above U+FFFF).
fn py_json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            _ => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
        }
    }
    out.push('"');
    out
}

// ---------------------------------------------------------------------------
// Reading files

/// Read a gold file (FORMAT.md). Every line must have an `id` (string or
/// integer), a `text` and valid quote spans; errors name `file:line`.
pub fn read_gold(path: &Path) -> Result<Vec<GoldDoc>> {
    read_docs(path, |n, v| {
        let text = match v.get("text") {
            Some(Value::String(s)) => s.clone(),
            Some(_) => bail!("\"text\" is not a string"),
            None => bail!("no \"text\""),
        };
        let quotes = read_quotes(v)?;
        let len = text.chars().count() as i64;
        for (i, q) in quotes.iter().enumerate() {
            if !(0 <= q.start && q.start <= q.end && q.end <= len) {
                bail!(
                    "quote {}: span {}..{} is outside the text ({len} characters)",
                    i + 1,
                    q.start,
                    q.end
                );
            }
        }
        Ok(GoldDoc {
            id: n,
            text,
            quotes,
        })
    })
}

/// Read a prediction file (FORMAT.md), e.g. made by
/// `../shared/eval/run_whosaid.py` or by any other system. `text` is
/// optional; out-of-range spans are kept (and counted as bad by [`score`]).
pub fn read_predictions(path: &Path) -> Result<Vec<PredDoc>> {
    read_docs(path, |id, v| {
        let text = match v.get("text") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.clone()),
            Some(_) => bail!("\"text\" is not a string"),
        };
        Ok(PredDoc {
            id,
            text,
            quotes: read_quotes(v)?,
        })
    })
}

/// Read JSON Lines as score.py's `load` does: lines split at `\n`, `\r\n`
/// or `\r` (Python's universal newlines, so line numbers agree), blank lines
/// skipped, ids unique. A leading byte-order mark is dropped.
fn read_docs<T>(path: &Path, doc: impl Fn(DocId, &Value) -> Result<T>) -> Result<Vec<T>> {
    let name = path.display();
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {name}"))?;
    let raw = match std::str::from_utf8(&bytes) {
        Ok(s) => s,
        Err(e) => {
            // 1 + the line ends before the bad byte, counted as Python does.
            let before = &bytes[..e.valid_up_to()];
            let ends = before
                .iter()
                .enumerate()
                .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && before.get(i + 1) != Some(&b'\n')));
            let line = 1 + ends.count();
            bail!("{name}:{line}: not valid UTF-8");
        }
    };
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    let mut out = Vec::new();
    let mut seen: HashMap<DocId, usize> = HashMap::new();
    for (n, line) in universal_lines(raw) {
        let line = line.trim_matches(py_isspace);
        if line.is_empty() {
            continue;
        }
        let parsed = (|| {
            let v: Value = serde_json::from_str(line).context("invalid JSON")?;
            if !v.is_object() {
                bail!("not a JSON object");
            }
            let id = match v.get("id") {
                Some(Value::String(s)) => DocId::Text(s.clone()),
                Some(Value::Number(x)) => DocId::Number(
                    x.as_i64()
                        .ok_or_else(|| anyhow!("\"id\" {x} is not a string or an integer"))?,
                ),
                Some(other) => bail!("\"id\" {other} is not a string or an integer"),
                None => bail!("no \"id\""),
            };
            if let Some(first) = seen.insert(id.clone(), n) {
                bail!("duplicate document id {id} (first on line {first})");
            }
            doc(id, &v)
        })();
        out.push(parsed.with_context(|| format!("{name}:{n}"))?);
    }
    Ok(out)
}

/// Lines with their 1-based numbers, split like Python's text mode.
fn universal_lines(s: &str) -> Vec<(usize, &str)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        if b[i] == b'\n' || b[i] == b'\r' {
            out.push((out.len() + 1, &s[start..i]));
            if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            start = i + 1;
        }
        i += 1;
    }
    if start < b.len() {
        out.push((out.len() + 1, &s[start..]));
    }
    out
}

/// The `quotes` array of a document line (missing means none).
fn read_quotes(doc: &Value) -> Result<Vec<Annotation>> {
    let list = match doc.get("quotes") {
        None => return Ok(Vec::new()),
        Some(Value::Array(a)) => a,
        Some(_) => bail!("\"quotes\" is not a list"),
    };
    list.iter()
        .enumerate()
        .map(|(i, q)| read_quote(q).with_context(|| format!("quote {}", i + 1)))
        .collect()
}

/// One quote object. Fields the measures use must have the right type;
/// `cue` and `quote` are kept only when they are strings, since nothing is
/// computed from them.
fn read_quote(q: &Value) -> Result<Annotation> {
    if !q.is_object() {
        bail!("not a JSON object");
    }
    let int = |key: &str| -> Result<Option<i64>> {
        match q.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Number(x)) if x.as_i64().is_some() => Ok(x.as_i64()),
            Some(other) => bail!("{key:?} is {other}, not an integer"),
        }
    };
    let string = |key: &str| -> Result<Option<String>> {
        match q.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(other) => bail!("{key:?} is {other}, not a string"),
        }
    };
    let lenient = |key: &str| q.get(key).and_then(Value::as_str).map(str::to_string);
    let start = int("start")?.ok_or_else(|| anyhow!("no \"start\""))?;
    let end = int("end")?.ok_or_else(|| anyhow!("no \"end\""))?;
    let (speaker_start, speaker_end) = (int("speaker_start")?, int("speaker_end")?);
    if speaker_start.is_some() && speaker_end.is_none() {
        bail!("\"speaker_start\" without \"speaker_end\"");
    }
    Ok(Annotation {
        start,
        end,
        kind: string("kind")?,
        speaker: string("speaker")?,
        speaker_start,
        speaker_end,
        cue: lenient("cue"),
        quote: lenient("quote"),
        optional: q.get("optional").is_some_and(truthy),
        sieve: None,
    })
}

/// Python truthiness of a JSON value (score.py tests `q.get("optional")`).
fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|x| x != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

// ---------------------------------------------------------------------------
// Running whosaid

/// Run [`extract`] on every gold document (in parallel, `threads` workers,
/// default all cores) and turn its rows into predictions exactly as
/// `../shared/eval/run_whosaid.py` does with the CLI's JSONL output, so that
/// `whosaid eval` scores what the reference pipeline scores.
pub fn predict(
    gold: &[GoldDoc],
    extract_opts: &Options,
    threads: Option<usize>,
) -> Result<Vec<PredDoc>> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .build()
        .context("cannot start worker threads")?;
    pool.install(|| {
        gold.par_iter()
            .map(|d| {
                // A pipeline bug on one document must not abort silently
                // with a panic; the scores would be wrong, so it is an error.
                let quotes = std::panic::catch_unwind(|| extract(&d.text, extract_opts))
                    .map_err(|_| anyhow!("document {}: internal error in extract", d.id))?;
                Ok(PredDoc {
                    id: d.id.clone(),
                    text: None,
                    quotes: quotes.iter().map(prediction).collect(),
                })
            })
            .collect()
    })
}

/// One extract row as run_whosaid.py converts it: empty strings become
/// `None`.
fn prediction(q: &Quote) -> Annotation {
    let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
    Annotation {
        start: q.quote_start as i64,
        end: q.quote_end as i64,
        kind: some(q.kind),
        speaker: some(&q.speaker),
        speaker_start: q.speaker_start.map(|x| x as i64),
        speaker_end: q.speaker_end.map(|x| x as i64),
        cue: some(&q.cue),
        quote: Some(q.quote.clone()),
        optional: false,
        sieve: Some(q.method),
    }
}

/// `whosaid eval --gold FILE`: read the gold, run whosaid on its texts and
/// score the result.
pub fn evaluate(
    gold_path: &Path,
    opts: &EvalOptions,
    extract_opts: &Options,
    threads: Option<usize>,
) -> Result<Report> {
    let gold = read_gold(gold_path)?;
    let pred = predict(&gold, extract_opts, threads)?;
    score(&gold, &pred, opts)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Code-point span of the first `needle` in `text`.
    fn span(text: &str, needle: &str) -> (i64, i64) {
        let b = text.find(needle).expect("needle in test text");
        let s = text[..b].chars().count() as i64;
        (s, s + needle.chars().count() as i64)
    }

    fn ann(text: &str, content: &str, kind: &str, speaker: Option<&str>) -> Annotation {
        let (start, end) = span(text, content);
        let (speaker_start, speaker_end) = match speaker {
            Some(s) if text.contains(s) => {
                let (a, b) = span(text, s);
                (Some(a), Some(b))
            }
            _ => (None, None),
        };
        Annotation {
            start,
            end,
            kind: (!kind.is_empty()).then(|| kind.to_string()),
            speaker: speaker.map(str::to_string),
            speaker_start,
            speaker_end,
            ..Annotation::default()
        }
    }

    fn gold(text: &str, quotes: Vec<Annotation>) -> Vec<GoldDoc> {
        vec![GoldDoc {
            id: DocId::Text("d".into()),
            text: text.into(),
            quotes,
        }]
    }

    fn pred(quotes: Vec<Annotation>) -> Vec<PredDoc> {
        vec![PredDoc {
            id: DocId::Text("d".into()),
            text: None,
            quotes,
        }]
    }

    fn run(g: &[GoldDoc], p: &[PredDoc], kind: Option<Kind>, canonical: bool) -> Report {
        score(g, p, &EvalOptions { kind, canonical }).expect("scores")
    }

    // Written for these tests: two direct quotes, one mixed, one indirect.
    const TEXT: &str = "\"The ferry will run again by June,\" Harbour Master Ines Kowalczyk \
        said on Monday. She said that the new hull was \"sound as a bell\". The council \
        said that repairs had cost less than planned. \"We are relieved,\" a boatman said.";

    fn text_gold() -> Vec<GoldDoc> {
        gold(
            TEXT,
            vec![
                ann(
                    TEXT,
                    "\"The ferry will run again by June,\"",
                    "direct",
                    Some("Harbour Master Ines Kowalczyk"),
                ),
                ann(
                    TEXT,
                    "that the new hull was \"sound as a bell\"",
                    "mixed",
                    Some("She"),
                ),
                ann(
                    TEXT,
                    "repairs had cost less than planned",
                    "indirect",
                    Some("The council"),
                ),
                ann(TEXT, "We are relieved,", "direct", Some("a boatman")),
            ],
        )
    }

    #[test]
    fn exact_predictions_score_one_after_trimming() {
        let g = text_gold();
        // Marks, the comma and the leading "that" are trimmed on both sides.
        let p = pred(vec![
            ann(
                TEXT,
                "The ferry will run again by June",
                "direct",
                Some("Ines Kowalczyk"),
            ),
            ann(
                TEXT,
                "the new hull was \"sound as a bell",
                "mixed",
                Some("She"),
            ),
            ann(
                TEXT,
                "that repairs had cost less than planned.",
                "indirect",
                Some("The council"),
            ),
            ann(TEXT, "\"We are relieved,\"", "direct", Some("a boatman")),
        ]);
        let r = run(&g, &p, None, false);
        assert_eq!(
            r.counts,
            Counts {
                docs: 1,
                gold: 4,
                pred: 4,
                strict: 4,
                lenient: 4,
                attributable: 4,
                attr_right: 4,
                e2e: 4,
                ..Counts::default()
            }
        );
        assert_eq!(
            r.strict(),
            Prf {
                p: 1.0,
                r: 1.0,
                f: 1.0
            }
        );
        assert_eq!(r.attribution_accuracy(), 1.0);
    }

    #[test]
    fn lenient_missed_and_spurious() {
        let g = text_gold();
        let p = pred(vec![
            // 28 of the 32 trimmed characters: lenient, not strict.
            ann(TEXT, "ferry will run again by June", "direct", None),
            // Under half of the indirect quote: no match, so a miss and a
            // spurious prediction.
            ann(TEXT, "cost less", "indirect", None),
            // Nothing there at all.
            ann(TEXT, "Harbour Master", "indirect", None),
        ]);
        let r = run(&g, &p, None, false);
        assert_eq!((r.counts.gold, r.counts.pred), (4, 3));
        assert_eq!((r.counts.strict, r.counts.lenient), (0, 1));
        let l = r.lenient();
        assert_eq!((l.p, l.r), (1.0 / 3.0, 0.25));
        assert_eq!(l.f, 2.0 * (1.0 / 3.0) * 0.25 / (1.0 / 3.0 + 0.25));
        // The gold speaker is named, the prediction names none: wrong.
        assert_eq!((r.counts.attributable, r.counts.attr_right), (1, 0));
        assert_eq!(r.by_kind["direct"], KindCounts { gold: 2, found: 1 });
        assert_eq!(r.by_kind["indirect"], KindCounts { gold: 1, found: 0 });
    }

    #[test]
    fn speakers_right_by_mention_or_name_word_and_wrong_otherwise() {
        let g = text_gold();
        let q = |speaker: Option<&str>, mention: Option<(i64, i64)>| {
            let mut a = ann(TEXT, "The ferry will run again by June", "direct", None);
            a.speaker = speaker.map(str::to_string);
            (a.speaker_start, a.speaker_end) = (mention.map(|m| m.0), mention.map(|m| m.1));
            a
        };
        let right = |a: Annotation, canonical: bool| {
            run(&g, &pred(vec![a]), Some(Kind::Direct), canonical)
                .counts
                .attr_right
                == 1
        };
        let mention = span(TEXT, "Kowalczyk");
        // The mention overlaps the gold mention, whatever the name.
        assert!(right(q(Some("somebody"), Some(mention)), false));
        // A shared name word, without a mention.
        assert!(right(q(Some("Kowalczyk"), None), false));
        assert!(right(q(Some("Ms. Kowalczyk's"), None), false));
        // Titles, pronouns and other people do not count.
        // Titles and pronouns are not name words.
        assert!(!right(q(Some("the Mayor"), None), false));
        assert!(!right(q(Some("she"), None), false));
        assert!(!right(
            q(Some("Tom Berger"), Some(span(TEXT, "a boatman"))),
            false
        ));
        // Canonical: exactly the gold name words, titles dropped.
        assert!(!right(q(Some("Kowalczyk"), Some(mention)), true));
        assert!(right(q(Some("Harbour Master Ines Kowalczyk"), None), true));
        assert!(!right(q(Some("Ines Kowalczyk"), None), true)); // "harbour", "master" are not titles
    }

    #[test]
    fn canonical_drops_titles_and_needs_a_gold_name() {
        let text = "Gov. Ruth Calloway said the roads were clear.";
        let mut g = gold(
            text,
            vec![ann(
                text,
                "the roads were clear",
                "indirect",
                Some("Ruth Calloway"),
            )],
        );
        let p = |speaker: &str| {
            pred(vec![ann(
                text,
                "the roads were clear",
                "indirect",
                Some(speaker),
            )])
        };
        let attr = |g: &[GoldDoc], p: &[PredDoc]| run(g, p, None, true).counts.attr_right;
        assert_eq!(attr(&g, &p("Governor Ruth Calloway")), 1);
        assert_eq!(attr(&g, &p("Calloway")), 0);
        // A gold speaker that is only a pronoun has no name words: never right.
        g[0].quotes[0].speaker = Some("she".into());
        assert_eq!(attr(&g, &p("she")), 0);
    }

    #[test]
    fn end_to_end_counts_quotes_without_speakers_on_both_sides() {
        let text = "Polls show the race is close.";
        let g = gold(text, vec![ann(text, "the race is close", "indirect", None)]);
        let r = run(
            &g,
            &pred(vec![ann(text, "the race is close", "indirect", None)]),
            None,
            false,
        );
        assert_eq!((r.counts.attributable, r.counts.e2e), (0, 1));
        let r = run(
            &g,
            &pred(vec![ann(
                text,
                "the race is close",
                "indirect",
                Some("Polls"),
            )]),
            None,
            false,
        );
        assert_eq!(r.counts.e2e, 0);
    }

    #[test]
    fn kind_filters_score_their_kind_and_ignore_the_others() {
        let g = text_gold();
        let all = pred(vec![
            ann(TEXT, "The ferry will run again by June", "direct", None),
            ann(TEXT, "the new hull was \"sound as a bell\"", "mixed", None),
            // Predicted as direct but gold says indirect.
            ann(TEXT, "repairs had cost less than planned", "direct", None),
            // No kind: scored under every filter.
            ann(TEXT, "We are relieved", "", None),
        ]);
        let counts = |kind| {
            let r = run(&g, &all, kind, false);
            (
                r.counts.gold,
                r.counts.pred,
                r.counts.lenient,
                r.counts.optional_hits,
            )
        };
        assert_eq!(counts(None), (4, 4, 4, 0));
        // The "direct" prediction on the indirect quote lies on a gold
        // quote of another kind: ignored.
        assert_eq!(counts(Some(Kind::Direct)), (2, 2, 2, 1));
        assert_eq!(counts(Some(Kind::Mixed)), (1, 1, 1, 1));
        assert_eq!(counts(Some(Kind::Quoted)), (3, 3, 3, 1));
        // Direct and mixed predictions are dropped; the kindless one lies
        // on a direct gold quote: ignored as well.
        assert_eq!(counts(Some(Kind::Indirect)), (1, 0, 0, 1));
        let r = run(&g, &all, Some(Kind::Quoted), false);
        let kinds: Vec<&str> = r.by_kind.keys().map(String::as_str).collect();
        assert_eq!(kinds, ["direct", "mixed"]);
    }

    #[test]
    fn optional_gold_quotes_count_neither_way() {
        let text = "Rain is likely, forecasters believe. Officials said the dam held.";
        let mut opt = ann(text, "Rain is likely", "indirect", Some("forecasters"));
        opt.optional = true;
        let g = gold(
            text,
            vec![
                opt,
                ann(text, "the dam held", "indirect", Some("Officials")),
            ],
        );
        let p = pred(vec![
            ann(text, "Rain is likely", "indirect", None),
            ann(text, "the dam held", "indirect", Some("Officials")),
        ]);
        let r = run(&g, &p, None, false);
        assert_eq!(
            (r.counts.gold, r.counts.pred, r.counts.optional_hits),
            (1, 1, 1)
        );
        assert_eq!(
            r.lenient(),
            Prf {
                p: 1.0,
                r: 1.0,
                f: 1.0
            }
        );
    }

    #[test]
    fn bad_spans_missing_documents_and_errors() {
        let g = text_gold();
        let mut p = pred(vec![Annotation {
            start: -1,
            end: 3,
            ..Annotation::default()
        }]);
        p[0].quotes.push(Annotation {
            start: 10,
            end: 100_000,
            ..Annotation::default()
        });
        let r = run(&g, &p, Some(Kind::Mixed), false);
        assert_eq!((r.counts.bad_spans, r.counts.pred), (2, 0));
        let r = run(&g, &[], None, false);
        assert_eq!(
            (r.counts.docs, r.counts.docs_missing, r.counts.pred),
            (1, 1, 0)
        );
        p[0].text = Some("other text".into());
        let err = score(&g, &p, &EvalOptions::default()).expect_err("text differs");
        assert!(err.to_string().contains("predicted text differs"), "{err}");
        p[0].text = None;
        p.push(p[0].clone());
        let err = score(&g, &p, &EvalOptions::default()).expect_err("duplicate");
        assert!(
            err.to_string().contains("duplicate document id \"d\""),
            "{err}"
        );
    }

    #[test]
    fn ties_go_to_the_later_gold_quote() {
        // One prediction overlapping two gold quotes equally (Jaccard 3/5):
        // score.py's reverse tuple sort gives it to the higher gold index.
        let direct = Annotation {
            start: 0,
            end: 4,
            kind: Some("direct".into()),
            ..Annotation::default()
        };
        let indirect = Annotation {
            start: 2,
            end: 6,
            kind: Some("indirect".into()),
            ..Annotation::default()
        };
        let g = gold("abcdefgh", vec![direct, indirect]);
        let p = pred(vec![Annotation {
            start: 1,
            end: 5,
            ..Annotation::default()
        }]);
        let r = run(&g, &p, None, false);
        assert_eq!(r.by_kind["direct"].found, 0);
        assert_eq!(r.by_kind["indirect"].found, 1);
    }

    #[test]
    fn norm_span_trims_marks_punctuation_and_leading_that() {
        let t: Vec<char> = " «That\u{a0}that  THAT\tworks.» ".chars().collect();
        // The no-break space is whitespace to \s but not an edge character.
        let (s, e) = norm_span(&t, 0, t.len() as i64);
        let got: String = t[s as usize..e as usize].iter().collect();
        assert_eq!(got, "works");
        let t: Vec<char> = "thatch roofs".chars().collect();
        assert_eq!(norm_span(&t, 0, 12), (0, 12));
        let t: Vec<char> = "“that”".chars().collect();
        assert_eq!(norm_span(&t, 0, 6), (1, 5)); // "that" with nothing after stays
        assert_eq!(norm_span(&t, 4, 2), (4, 4)); // reversed spans built in code
    }

    #[test]
    fn name_words_follow_score_py() {
        let w = |s: &str| name_words(Some(s)).into_iter().collect::<Vec<_>>();
        assert_eq!(w("Sen. Maria O’Neill’s"), ["maria", "o'neill"]);
        assert_eq!(w("the U.S. State Department"), ["department", "state"]);
        assert_eq!(w("he"), Vec::<String>::new());
        // Initials are too short; a word cannot start with a digit ("rd").
        assert_eq!(w("J. R. Okafor 3rd"), ["okafor", "rd"]);
        assert_eq!(w("ΟΔΥΣΣΕΑΣ"), ["οδυσσεας"]); // final sigma
        assert!(name_words(None).is_empty());
    }

    #[test]
    fn floats_print_like_python_repr() {
        for (x, want) in [
            (0.0, "0.0"),
            (1.0, "1.0"),
            (0.5, "0.5"),
            (1.0 / 3.0, "0.3333333333333333"),
            (2.0 / 3.0, "0.6666666666666666"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (8.333333333333333e-05, "8.333333333333333e-05"),
            (123.25, "123.25"),
            (1e15, "1000000000000000.0"),
            (1e16, "1e+16"),
            (1.5e300, "1.5e+300"),
        ] {
            assert_eq!(py_float(x), want);
        }
        assert_eq!(
            py_json_str("é\u{7f}\"😀"),
            r#""\u00e9\u007f\"\ud83d\ude00""#
        );
    }

    #[test]
    fn renders_like_score_py() {
        let r = Report {
            counts: Counts {
                docs: 2,
                docs_missing: 1,
                gold: 16,
                pred: 3,
                strict: 1,
                lenient: 1,
                attributable: 1,
                attr_right: 1,
                e2e: 1,
                ..Counts::default()
            },
            by_kind: [
                ("direct".to_string(), KindCounts { gold: 15, found: 1 }),
                ("unknown".to_string(), KindCounts { gold: 1, found: 0 }),
            ]
            .into(),
            ..Report::default()
        };
        // P 1/3, R 1/16 = 0.0625 rounds half to even, as in Python.
        assert_eq!(
            r.oneline(),
            "P 0.333 R 0.062 F1 0.105 | attribution 1.000 | e2e F1 0.105 | gold 16 pred 3"
        );
        assert_eq!(
            r.to_string(),
            "docs 2 (missing in predictions: 1), gold quotes 16, predicted 3, bad spans 0\n\
             strict      P 0.333  R 0.062  F1 0.105\n\
             lenient     P 0.333  R 0.062  F1 0.105\n\
             end_to_end  P 0.333  R 0.062  F1 0.105\n\
             attribution accuracy on matched quotes: 1.000 (of 1)\n  \
             recall direct    0.067 (gold 15)\n  \
             recall unknown   0.000 (gold 1)"
        );
        let prf = r#"{"f": 0.10526315789473684, "p": 0.3333333333333333, "r": 0.0625}"#;
        assert_eq!(
            r.to_json(),
            format!(
                "{{\"attributable\": 1, \"attribution_accuracy\": 1.0, \"bad_spans\": 0, \
                 \"docs\": 2, \"docs_missing\": 1, \"end_to_end\": {prf}, \"gold\": 16, \
                 \"gold_by_kind\": {{\"direct\": 15, \"unknown\": 1}}, \"lenient\": {prf}, \
                 \"pred\": 3, \"recall_by_gold_kind\": {{\"direct\": 0.06666666666666667, \
                 \"unknown\": 0.0}}, \"strict\": {prf}}}"
            )
        );
    }

    fn write(contents: &str) -> tempfile::NamedTempFile {
        let mut f = tempfile::NamedTempFile::new().expect("temp file");
        std::io::Write::write_all(&mut f, contents.as_bytes()).expect("write");
        f
    }

    #[test]
    fn reading_names_file_and_line() {
        let err = |contents: &str| {
            let f = write(contents);
            let e = read_gold(f.path()).expect_err("bad gold");
            format!("{e:#}").replace(&f.path().display().to_string(), "F")
        };
        let ok = r#"{"id": "a", "text": "abc", "quotes": []}"#;
        assert_eq!(
            err(&format!("{ok}\n\n{{")),
            "F:3: invalid JSON: EOF while parsing an object at line 1 column 1"
        );
        // A lone CR ends a line, as in Python's text mode.
        assert_eq!(err(&format!("{ok}\r[1]")), "F:2: not a JSON object");
        assert_eq!(
            err(&format!("{ok}\r\n{ok}")),
            "F:2: duplicate document id \"a\" (first on line 1)"
        );
        assert_eq!(err(r#"{"text": "x"}"#), "F:1: no \"id\"");
        assert_eq!(
            err(r#"{"id": 1.5, "text": "x"}"#),
            "F:1: \"id\" 1.5 is not a string or an integer"
        );
        assert_eq!(
            err(r#"{"id": 1, "text": "abc", "quotes": [{"start": 0, "end": 4}]}"#),
            "F:1: quote 1: span 0..4 is outside the text (3 characters)"
        );
        assert_eq!(
            err(r#"{"id": 1, "text": "abc", "quotes": [{"start": "0", "end": 2}]}"#),
            "F:1: quote 1: \"start\" is \"0\", not an integer"
        );
        assert_eq!(
            err(r#"{"id": 1, "text": "abc", "quotes": [{"start": 0, "end": 2, "speaker": 7}]}"#),
            "F:1: quote 1: \"speaker\" is 7, not a string"
        );
        assert_eq!(
            err("\n\u{a0}\n\u{ff}\n"),
            "F:3: invalid JSON: expected value at line 1 column 1"
        );
        let f = tempfile::NamedTempFile::new().expect("temp file");
        std::fs::write(f.path(), b"\n\n\xff").expect("write");
        let e = read_gold(f.path()).expect_err("bad bytes");
        assert!(format!("{e:#}").ends_with(":3: not valid UTF-8"), "{e:#}");
    }

    #[test]
    fn reading_predictions_and_optional_truthiness() {
        let f = write(
            "\u{feff}{\"id\": 7, \"quotes\": [{\"start\": -2, \"end\": 1, \"kind\": null, \
             \"cue\": 3, \"optional\": \"yes\"}]}\n\n  \n{\"id\": \"7\", \"text\": null}\n",
        );
        let p = read_predictions(f.path()).expect("predictions");
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].id, DocId::Number(7));
        assert_eq!(p[1].id, DocId::Text("7".into()));
        let q = &p[0].quotes[0];
        assert_eq!(
            (q.start, q.end, q.kind.as_deref(), q.cue.as_deref()),
            (-2, 1, None, None)
        );
        assert!(q.optional);
        assert!(p[1].quotes.is_empty() && p[1].text.is_none());
    }

    #[test]
    fn predictions_from_extract_carry_spans_and_speakers() {
        let text = "\"The ferry will run again by June,\" Ines Kowalczyk said.";
        let g = gold(
            text,
            vec![ann(
                text,
                "The ferry will run again by June,",
                "direct",
                Some("Ines Kowalczyk"),
            )],
        );
        let p = predict(&g, &Options::default(), Some(1)).expect("predict");
        assert_eq!(p.len(), 1);
        let r = run(&g, &p, None, true);
        assert_eq!((r.counts.strict, r.counts.attr_right), (1, 1));
    }
}
