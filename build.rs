//! Turns word knowledge in `data/` into Rust at build time, so that rules
//! read it as fast as a hand-written `matches!` and a linguist can change it
//! without touching Rust:
//!
//! - `data/words/<class>.txt` (one word per line, `#` comments; the first
//!   comment lines document the class) becomes `words::<class>(w) -> bool`
//!   and `words::<CLASS>: &[&str]`;
//! - the `frames` and `preps` columns of `data/cues.tsv` become
//!   `words::verb_frames(lemma)` and `words::takes_prep(lemma, prep)`.
//!
//! Errors here are the project's own data errors, so they stop the build.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// The frame names `data/cues.tsv` may use, in bit order.
const FRAMES: &[&str] = &[
    "addressee",
    "names_addressee",
    "adjunct_that",
    "addressee_infinitive",
    "call_for",
    "infinitive",
    "object",
    "clause_only",
    "bare_clause",
    "inverts",
    "core",
    "conditional",
    "reflexive",
    "with_subject",
    "unnamed_subject",
    "relative",
    "asks",
    "names_complement",
];

fn main() {
    println!("cargo::rerun-if-changed=data/words");
    println!("cargo::rerun-if-changed=data/cues.tsv");
    let mut out = String::new();
    word_classes(&mut out);
    word_maps(&mut out);
    verb_frames(&mut out);
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("words.rs");
    std::fs::write(dest, out).expect("write words.rs");
}

/// The files of `data/words/` ending in `.ext`, sorted, with their names
/// (the file stem).
fn data_files(ext: &str) -> Vec<(String, std::path::PathBuf)> {
    let mut files: Vec<_> = std::fs::read_dir("data/words")
        .expect("data/words")
        .map(|e| e.expect("data/words entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let name = path
                .file_stem()
                .and_then(|s| s.to_str())
                .expect("file name")
                .to_string();
            (name, path)
        })
        .collect()
}

/// One function and one constant per file of `data/words/`.
fn word_classes(out: &mut String) {
    for (name, path) in data_files("txt") {
        assert!(
            name.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
            "data/words/{name}.txt: class names are lowercase_with_underscores"
        );
        let src = std::fs::read_to_string(&path).expect("read word class");
        let mut doc = Vec::new();
        let mut words = Vec::new();
        for line in src.lines() {
            if let Some(c) = line.strip_prefix('#') {
                if words.is_empty() {
                    doc.push(c.trim().to_string());
                }
                continue;
            }
            let w = line.trim();
            if !w.is_empty() {
                assert!(!words.contains(&w), "data/words/{name}.txt: {w:?} twice");
                words.push(w);
            }
        }
        assert!(!words.is_empty(), "data/words/{name}.txt: no words");
        let doc: String = doc.iter().map(|d| format!("/// {d}\n")).collect();
        let alts: Vec<String> = words.iter().map(|w| format!("{w:?}")).collect();
        let _ = writeln!(
            out,
            "{doc}///\n/// From `data/words/{name}.txt`.\n#[allow(dead_code)]\npub(crate) fn {name}(w: &str) -> bool {{\n    matches!(w, {})\n}}\n",
            alts.join(" | ")
        );
        let _ = writeln!(
            out,
            "/// The words of [`{name}`], in file order.\n#[allow(dead_code)]\npub(crate) const {}: &[&str] = &[{}];\n",
            name.to_uppercase(),
            alts.join(", ")
        );
        // Case-folding forms, for rules that ask in any case: the word is
        // compared with the entries of its length, ignoring ASCII case,
        // instead of being lowercased into a new string first. Only
        // entries written in ASCII lower case can equal a lowercased word.
        let mut by_len: std::collections::BTreeMap<usize, Vec<String>> = Default::default();
        for w in words.iter().filter(|w| **w == w.to_ascii_lowercase()) {
            by_len
                .entry(w.len())
                .or_default()
                .push(format!("w.eq_ignore_ascii_case({w:?})"));
        }
        let body = match by_len.len() {
            0 => "let _ = w;\n    false".to_string(),
            1 => by_len
                .iter()
                .map(|(len, tests)| format!("w.len() == {len} && ({})", tests.join(" || ")))
                .collect(),
            _ => {
                let arms: String = by_len
                    .iter()
                    .map(|(len, tests)| format!("        {len} => {},\n", tests.join(" || ")))
                    .collect();
                format!("match w.len() {{\n{arms}        _ => false,\n    }}")
            }
        };
        let _ = writeln!(
            out,
            "/// [`{name}`] of `w.to_ascii_lowercase()`, without making that string.\n#[allow(dead_code)]\npub(crate) fn {name}_ascii_lower(w: &str) -> bool {{\n    {body}\n}}\n"
        );
        let _ = writeln!(
            out,
            "/// [`{name}`] of `w.to_lowercase()`, with no new string: an ASCII word\n/// (nearly every one) is matched case-folded, another is lowercased on\n/// the stack.\n#[allow(dead_code)]\npub(crate) fn {name}_lower(w: &str) -> bool {{\n    if w.is_ascii() {{\n        {name}_ascii_lower(w)\n    }} else {{\n        crate::lexicon::with_lowercase(w, {name})\n    }}\n}}\n"
        );
    }
}

/// One lookup function per `data/words/<map>.tsv` (`word<TAB>value`
/// lines, `#` comments): `words::<map>(w) -> Option<&'static str>`.
fn word_maps(out: &mut String) {
    for (name, path) in data_files("tsv") {
        let src = std::fs::read_to_string(&path).expect("read word map");
        let mut doc = String::new();
        let mut arms = String::new();
        for line in src.lines() {
            if let Some(c) = line.strip_prefix('#') {
                if arms.is_empty() {
                    let _ = writeln!(doc, "/// {}", c.trim());
                }
                continue;
            }
            if line.trim().is_empty() {
                continue;
            }
            let (k, v) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("data/words/{name}.tsv: {line:?} has no tab"));
            let _ = writeln!(arms, "        {:?} => Some({:?}),", k.trim(), v.trim());
        }
        let _ = writeln!(
            out,
            "{doc}///\n/// From `data/words/{name}.tsv`.\n#[allow(dead_code)]\npub(crate) fn {name}(w: &str) -> Option<&'static str> {{\n    match w {{\n{arms}        _ => None,\n    }}\n}}\n"
        );
    }
}

/// `verb_frames` and `takes_prep` from the last two columns of cues.tsv.
fn verb_frames(out: &mut String) {
    let src = std::fs::read_to_string("data/cues.tsv").expect("data/cues.tsv");
    let mut frames: BTreeMap<String, u32> = BTreeMap::new();
    let mut preps: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut header = true;
    for (n, line) in src.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if std::mem::take(&mut header) {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let lemma = f[0].trim();
        let mut bits = 0u32;
        for name in f.get(3).copied().unwrap_or("").split_whitespace() {
            let i = FRAMES
                .iter()
                .position(|x| *x == name)
                .unwrap_or_else(|| panic!("data/cues.tsv:{}: unknown frame {name:?}", n + 1));
            bits |= 1 << i;
        }
        if bits != 0 {
            frames.insert(lemma.to_string(), bits);
        }
        let p: Vec<String> = f
            .get(4)
            .copied()
            .unwrap_or("")
            .split_whitespace()
            .map(str::to_string)
            .collect();
        if !p.is_empty() {
            preps.insert(lemma.to_string(), p);
        }
    }
    out.push_str(
        "/// Verb frames: how a cue verb takes its content (`frames` column of `data/cues.tsv`).\n",
    );
    out.push_str("pub(crate) mod frame {\n");
    for (i, name) in FRAMES.iter().enumerate() {
        let _ = writeln!(
            out,
            "    /// The `{name}` frame.\n    pub(crate) const {}: u32 = 1 << {i};",
            name.to_uppercase()
        );
    }
    out.push_str("}\n\n");
    out.push_str("/// The frames of cue lemma `lemma` (bits of [`frame`]).\npub(crate) fn verb_frames(lemma: &str) -> u32 {\n    match lemma {\n");
    for (lemma, bits) in &frames {
        let _ = writeln!(out, "        {lemma:?} => {bits},");
    }
    out.push_str("        _ => 0,\n    }\n}\n\n");
    out.push_str("/// Does preposition `prep` after cue lemma `lemma` open what was said (`preps` column of `data/cues.tsv`)?\npub(crate) fn takes_prep(lemma: &str, prep: &str) -> bool {\n    match lemma {\n");
    for (lemma, ps) in &preps {
        let alts: Vec<String> = ps.iter().map(|p| format!("{p:?}")).collect();
        let _ = writeln!(
            out,
            "        {lemma:?} => matches!(prep, {}),",
            alts.join(" | ")
        );
    }
    out.push_str("        _ => false,\n    }\n}\n");
}
