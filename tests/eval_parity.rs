//! Parity of the Rust scorer (`whosaid::eval`) with the reference scorer
//! `../shared/eval/score.py`: on the PolNeAR dev set and the seed article,
//! for every kind filter, with and without `--canonical`, the `--json`,
//! `--oneline` and default outputs must be the same bytes. The shared data
//! lives outside the repository; without it (or without python3) the tests
//! print a note and pass.

use std::path::{Path, PathBuf};
use std::process::Command;

use whosaid::Options;
use whosaid::eval::{self, EvalOptions, Kind, PredDoc};

const GOLD: [&str; 2] = ["polnear/dev.jsonl", "seed/seed.jsonl"];
const KINDS: [Option<Kind>; 5] = [
    None,
    Some(Kind::Direct),
    Some(Kind::Mixed),
    Some(Kind::Indirect),
    Some(Kind::Quoted),
];

/// `../shared`, when it and a working python3 are there.
fn shared() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if !dir.join("eval/score.py").is_file() {
        eprintln!(
            "skipped: {} not present",
            dir.join("eval/score.py").display()
        );
        return None;
    }
    let python = Command::new("python3").arg("--version").output();
    if !python.is_ok_and(|o| o.status.success()) {
        eprintln!("skipped: python3 not available");
        return None;
    }
    Some(dir)
}

/// score.py's flags for these options.
fn flags(opts: &EvalOptions) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(k) = opts.kind {
        out.extend(["--kind".to_string(), k.to_string()]);
    }
    if opts.canonical {
        out.push("--canonical".into());
    }
    out
}

/// Run score.py and return its stdout without the final newline.
fn score_py(shared: &Path, gold: &Path, pred: &Path, flags: &[String]) -> String {
    let out = Command::new("python3")
        .arg(shared.join("eval/score.py"))
        .arg(gold)
        .arg(pred)
        .args(flags)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "score.py {flags:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("score.py prints UTF-8");
    text.strip_suffix('\n').unwrap_or(&text).to_string()
}

fn write_predictions(path: &Path, preds: &[PredDoc]) {
    let mut out = String::new();
    for p in preds {
        out.push_str(&serde_json::to_string(p).expect("predictions serialize"));
        out.push('\n');
    }
    std::fs::write(path, out).expect("write predictions");
}

fn all_options() -> impl Iterator<Item = EvalOptions> {
    KINDS.into_iter().flat_map(|kind| {
        [false, true]
            .into_iter()
            .map(move |canonical| EvalOptions { kind, canonical })
    })
}

/// The Rust scorer on a prediction file made with `extract`, against
/// score.py on the same two files, in all three output forms.
#[test]
fn rust_scorer_gives_score_py_bytes() {
    let Some(shared) = shared() else { return };
    let dir = tempfile::tempdir().expect("temp dir");
    for rel in GOLD {
        let gold_path = shared.join("data").join(rel);
        let gold = eval::read_gold(&gold_path).expect("gold reads");
        let preds = eval::predict(&gold, &Options::default(), None).expect("predict");
        let pred_path = dir.path().join("pred.jsonl");
        write_predictions(&pred_path, &preds);
        let read_back = eval::read_predictions(&pred_path).expect("predictions read");
        // The sieve behind each row is not written (it is not a column).
        let mut unlabelled = preds.clone();
        for q in unlabelled.iter_mut().flat_map(|d| d.quotes.iter_mut()) {
            q.sieve = None;
        }
        assert_eq!(read_back, unlabelled, "predictions survive a round trip");
        for opts in all_options() {
            let flags = flags(&opts);
            let report = eval::score(&gold, &read_back, &opts).expect("scores");
            let json = score_py(
                &shared,
                &gold_path,
                &pred_path,
                &[&flags[..], &["--json".into()]].concat(),
            );
            assert_eq!(report.to_json(), json, "{rel} {flags:?} --json");
            let line = score_py(
                &shared,
                &gold_path,
                &pred_path,
                &[&flags[..], &["--oneline".into()]].concat(),
            );
            assert_eq!(report.oneline(), line, "{rel} {flags:?} --oneline");
            let text = score_py(&shared, &gold_path, &pred_path, &flags);
            assert_eq!(report.to_string(), text, "{rel} {flags:?}");
            eprintln!("{rel:18} {:30} {line}", flags.join(" "));
        }
    }
}

/// `eval::evaluate` (what `whosaid eval --gold` runs) against the
/// reference pipeline: run_whosaid.py driving the whosaid binary, then
/// score.py. This also checks that `predict` converts rows as
/// run_whosaid.py does.
#[test]
fn evaluate_matches_run_whosaid_and_score_py() {
    let Some(shared) = shared() else { return };
    let dir = tempfile::tempdir().expect("temp dir");
    for rel in GOLD {
        let gold_path = shared.join("data").join(rel);
        let pred_path = dir.path().join("pred.jsonl");
        let run = Command::new("python3")
            .arg(shared.join("eval/run_whosaid.py"))
            .arg(env!("CARGO_BIN_EXE_whosaid"))
            .arg(&gold_path)
            .arg(&pred_path)
            .output()
            .expect("python3 runs");
        assert!(
            run.status.success(),
            "run_whosaid.py failed: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        for opts in all_options() {
            let flags = flags(&opts);
            let report =
                eval::evaluate(&gold_path, &opts, &Options::default(), Some(2)).expect("evaluate");
            let json = score_py(
                &shared,
                &gold_path,
                &pred_path,
                &[&flags[..], &["--json".into()]].concat(),
            );
            assert_eq!(report.to_json(), json, "{rel} {flags:?}");
        }
    }
}

/// A small deterministic generator (xorshift), so the noisy files below are
/// the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// A shift in -n..=n.
    fn shift(&mut self, n: i64) -> i64 {
        self.below(2 * n as u64 + 1) as i64 - n
    }
}

/// The rarer paths, on dev-sized input: optional and kindless gold quotes,
/// predictions with shifted, reversed and out-of-range spans, any kind or
/// none, other quotes' speakers and mentions, and spans lying between
/// quotes. Gold and predictions are derived from the dev gold (nothing is
/// written into the repository).
#[test]
fn noisy_predictions_score_the_same() {
    let Some(shared) = shared() else { return };
    let dir = tempfile::tempdir().expect("temp dir");
    let mut gold = eval::read_gold(&shared.join("data/polnear/dev.jsonl")).expect("gold reads");
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let kinds = [
        Some("direct"),
        Some("indirect"),
        Some("mixed"),
        None,
        Some(""),
    ];
    let mut preds = Vec::new();
    for doc in &mut gold {
        let len = doc.text.chars().count() as i64;
        let speakers: Vec<_> = doc
            .quotes
            .iter()
            .map(|q| (q.speaker.clone(), q.speaker_start, q.speaker_end))
            .collect();
        let mut quotes = Vec::new();
        for q in &mut doc.quotes {
            q.optional = rng.below(10) == 0;
            if rng.below(20) == 0 {
                q.kind = kinds[rng.below(5) as usize].map(str::to_string);
            }
            if rng.below(5) == 0 {
                continue; // missed
            }
            let mut p = q.clone();
            p.optional = false;
            p.start += rng.shift(8);
            p.end += rng.shift(8);
            if rng.below(3) == 0 {
                p.kind = kinds[rng.below(5) as usize].map(str::to_string);
            }
            let (speaker, ss, se) = match rng.below(4) {
                0 => speakers[rng.below(speakers.len() as u64) as usize].clone(),
                1 => (None, None, None),
                2 => (
                    q.speaker
                        .as_deref()
                        .and_then(|s| s.split_whitespace().last())
                        .map(str::to_string),
                    None,
                    None,
                ),
                _ => (q.speaker.clone(), q.speaker_start, q.speaker_end),
            };
            (p.speaker, p.speaker_start, p.speaker_end) = (speaker, ss, se);
            quotes.push(p);
        }
        for _ in 0..rng.below(4) {
            let start = rng.below(len as u64 + 20) as i64 - 10;
            let end = start + rng.below(80) as i64 - 5;
            quotes.push(eval::Annotation {
                start,
                end,
                kind: kinds[rng.below(5) as usize].map(str::to_string),
                ..eval::Annotation::default()
            });
        }
        preds.push(PredDoc {
            id: doc.id.clone(),
            text: (rng.below(2) == 0).then(|| doc.text.clone()),
            quotes,
        });
    }
    preds.truncate(preds.len() - 3); // documents without predictions
    let gold_path = dir.path().join("gold.jsonl");
    let pred_path = dir.path().join("pred.jsonl");
    let lines: Vec<String> = gold
        .iter()
        .map(|d| serde_json::to_string(d).expect("gold serializes"))
        .collect();
    std::fs::write(&gold_path, lines.join("\n") + "\n").expect("write gold");
    write_predictions(&pred_path, &preds);
    let gold = eval::read_gold(&gold_path).expect("noisy gold reads");
    let preds = eval::read_predictions(&pred_path).expect("noisy predictions read");
    for opts in all_options() {
        let flags = flags(&opts);
        let report = eval::score(&gold, &preds, &opts).expect("scores");
        assert!(report.counts.optional_hits > 0 && report.counts.bad_spans > 0);
        let json = score_py(
            &shared,
            &gold_path,
            &pred_path,
            &[&flags[..], &["--json".into()]].concat(),
        );
        assert_eq!(report.to_json(), json, "noisy {flags:?}");
        eprintln!("noisy {:30} {}", flags.join(" "), report.oneline());
    }
}
