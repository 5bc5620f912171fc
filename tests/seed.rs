//! End-to-end case: the hand-annotated article this project started from
//! (`../shared/data/seed/seed.jsonl`, outside the repository). Every gold
//! quote must be found (character Jaccard ≥ 0.5 after trimming marks, as the
//! shared scorer does) with the gold canonical speaker and kind.

use std::path::Path;

use whosaid::{Options, extract};

fn trim(chars: &[char], mut s: usize, mut e: usize) -> (usize, usize) {
    let edge = |c: char| c.is_whitespace() || "\"'“”‘’«»„,.;:!?—–-()[]…".contains(c);
    while s < e && edge(chars[s]) {
        s += 1;
    }
    while e > s && edge(chars[e - 1]) {
        e -= 1;
    }
    (s, e)
}

fn jaccard(a: (usize, usize), b: (usize, usize)) -> f64 {
    let inter = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    let union = a.1.max(b.1) - a.0.min(b.0);
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

#[test]
fn seed_article_end_to_end() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/seed/seed.jsonl");
    let Ok(raw) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} not present", path.display());
        return;
    };
    for line in raw.lines().filter(|l| !l.trim().is_empty()) {
        let doc: serde_json::Value = serde_json::from_str(line).expect("seed is valid JSON");
        let text = doc["text"].as_str().expect("seed has text");
        let chars: Vec<char> = text.chars().collect();
        let got = extract(text, &Options::default());
        let gold = doc["quotes"].as_array().expect("seed has quotes");
        assert!(!gold.is_empty());
        for g in gold {
            let (gs, ge) = (
                g["start"].as_u64().unwrap_or(0) as usize,
                g["end"].as_u64().unwrap_or(0) as usize,
            );
            let gspan = trim(&chars, gs, ge);
            let hit = got
                .iter()
                .find(|q| jaccard(gspan, trim(&chars, q.quote_start, q.quote_end)) >= 0.5);
            let Some(q) = hit else {
                panic!(
                    "missed gold quote {:?}",
                    chars[gs..ge].iter().collect::<String>()
                );
            };
            assert_eq!(
                q.speaker,
                g["speaker"].as_str().unwrap_or(""),
                "speaker of {:?}",
                q.quote
            );
            assert_eq!(
                q.kind,
                g["kind"].as_str().unwrap_or(""),
                "kind of {:?}",
                q.quote
            );
        }
        assert_eq!(got.len(), gold.len(), "extra rows: {got:#?}");
    }
}
