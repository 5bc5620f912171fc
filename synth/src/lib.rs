//! A deterministic generator of synthetic, news-like text for benchmarks.
//!
//! Articles mix the constructions the pipeline handles — straight, curly,
//! single and guillemet quotation marks, multi-paragraph and interrupted
//! quotes, pre- and post-posed attributions, colons, mixed quotes, reported
//! speech, `according to`, participles, pronouns and titles — with plain
//! narrative paragraphs and a little non-ASCII text. All names are invented.
//!
//! The generator has its own tiny PRNG (splitmix64), so the same seed gives
//! the same bytes on every platform and release; nothing here is meant to
//! be linguistically faithful, only to exercise the code paths with a
//! realistic mix and density.

use std::io::{self, Write};

/// The shape of an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// A typical article: a few thousand bytes, quotes in about half the
    /// paragraphs.
    Standard,
    /// Nearly every sentence quotes or reports someone.
    QuoteDense,
    /// Narrative text without quotation marks or speech cues.
    QuoteFree,
    /// A long feature (about 40–80 KB) with the standard mix.
    Long,
}

impl Style {
    pub const ALL: [Style; 4] = [
        Style::Standard,
        Style::QuoteDense,
        Style::QuoteFree,
        Style::Long,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Style::Standard => "standard",
            Style::QuoteDense => "quote_dense",
            Style::QuoteFree => "quote_free",
            Style::Long => "long",
        }
    }
}

/// splitmix64: tiny, fast, good enough statistical quality for test data.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 32) * n as u64) >> 32) as usize
    }

    /// True with probability `percent`/100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// One of `words`, uniformly.
    pub fn word(&mut self, words: &[&'static str]) -> &'static str {
        words[self.below(words.len())]
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
}

// Invented vocabulary: none of these come from the lexicon data files.
const FEMALE_FIRST: &[&str] = &[
    "Marisol", "Elspeth", "Tovah", "Ingrid", "Noemí", "Brisa", "Odalys", "Wren", "Carys", "Liesel",
    "Anouk", "Zofia", "Imelda", "Sunniva", "Dagny", "Rosalind",
];
const MALE_FIRST: &[&str] = &[
    "Tobiah", "Corwin", "Ansel", "Bram", "Evander", "Jurgen", "Leopold", "Osric", "Thaddeus",
    "Ruairí", "Caspian", "Emrys", "Fintan", "Gideon", "Lorcan", "Stellan",
];
const SURNAMES: &[&str] = &[
    "Quillfeather",
    "Ardenvale",
    "Brockhurst",
    "Castellane",
    "Drummore",
    "Ellingsworth",
    "Fairweather",
    "Gallowmere",
    "Hollingbrook",
    "Ivanova-Tarr",
    "Jessamine",
    "Kettleby",
    "Larkspur",
    "Mårtensson",
    "Northcott",
    "Oyelaran",
    "Pemberly",
    "Quintero",
    "Rowanfield",
    "Szélesi",
    "Thistlewood",
    "Underhay",
    "Valderrama",
    "Whitlock",
    "Yarborough",
    "Zellweger",
    "O'Rourke",
    "al-Nadir",
];
const TITLES: &[&str] = &[
    "Sen.", "Gov.", "Rep.", "Dr.", "Gen.", "Mayor", "Judge", "Prof.", "Capt.", "Lt. Gov.",
];
const LOWER_TITLES: &[&str] = &[
    "state senator",
    "former governor",
    "city councilwoman",
    "county sheriff",
    "police chief",
];
const PLACES: &[&str] = &[
    "Harrowgate",
    "Port Aldous",
    "Mirefield",
    "Caldera Springs",
    "São Velho",
    "Østerby",
    "Lake Tamsin",
    "North Brackley",
    "Zürichsee",
    "Quarry Bend",
];
const ORGS: &[&str] = &[
    "the Harrowgate Water Authority",
    "the Ministry of Tides",
    "Brackley Freight Union",
    "the Velmont Institute",
    "Corvid Analytics",
    "the Mirefield Transit Board",
    "the Department of Lanterns",
];
const DESCRIPTIONS: &[&str] = &[
    "a spokeswoman for the agency",
    "a spokesman for the ministry",
    "officials",
    "the mayor's office",
    "two people familiar with the talks",
    "a senior aide",
    "the company",
    "analysts",
    "residents",
];
const NOUNS: &[&str] = &[
    "budget",
    "bridge",
    "ferry service",
    "tax plan",
    "harbor",
    "election",
    "pipeline",
    "school board",
    "water supply",
    "café district",
    "rail line",
    "housing bill",
    "ceasefire",
    "tariff",
    "library",
    "festival",
];
const ADJECTIVES: &[&str] = &[
    "unprecedented",
    "reckless",
    "overdue",
    "fragile",
    "ambitious",
    "costly",
    "naïve",
    "sensible",
    "temporary",
    "historic",
];
const VERBS_PAST: &[&str] = &[
    "approved",
    "delayed",
    "repaired",
    "expanded",
    "reviewed",
    "funded",
    "postponed",
    "renamed",
    "inspected",
    "reopened",
];
const TIME: &[&str] = &[
    "on Monday",
    "on Tuesday",
    "last week",
    "this spring",
    "in March",
    "late Thursday",
    "earlier this year",
    "over the weekend",
];
const POST_CUES: &[&str] = &[
    "said",
    "said",
    "said",
    "added",
    "told reporters",
    "wrote",
    "explained",
    "warned",
];
const PRE_CUES: &[&str] = &[
    "said", "said", "added", "argued", "insisted", "noted", "warned",
];
const AMOUNTS: &[&str] = &[
    "€4.2 million",
    "$310,000",
    "12 percent",
    "£80 million",
    "¥9 billion",
    "3.5%",
];

#[derive(Clone, Copy)]
struct Person {
    first: &'static str,
    last: &'static str,
    title: Option<&'static str>,
    female: bool,
}

struct Gen {
    rng: Rng,
    cast: Vec<Person>,
    out: String,
    /// Percent of paragraphs that quote or report someone.
    quote_rate: usize,
    /// Mentioned so far (first mention uses the full name).
    introduced: Vec<bool>,
    last_speaker: Option<usize>,
}

impl Gen {
    fn new(seed: u64, quote_rate: usize) -> Gen {
        let mut rng = Rng::new(seed);
        let n = rng.range(2, 5);
        let mut cast = Vec::with_capacity(n);
        for _ in 0..n {
            let female = rng.chance(50);
            let first = if female {
                *rng.pick(FEMALE_FIRST)
            } else {
                *rng.pick(MALE_FIRST)
            };
            let title = rng.chance(45).then(|| *rng.pick(TITLES));
            cast.push(Person {
                first,
                last: rng.word(SURNAMES),
                title,
                female,
            });
        }
        Gen {
            rng,
            introduced: vec![false; cast.len()],
            cast,
            out: String::new(),
            quote_rate,
            last_speaker: None,
        }
    }

    /// A reference to cast member `i`: full (with title) the first time,
    /// then surname, title + surname or a pronoun.
    fn speaker(&mut self, i: usize, allow_pronoun: bool) -> String {
        let p = self.cast[i];
        if !self.introduced[i] {
            self.introduced[i] = true;
            return match (p.title, self.rng.below(3)) {
                (Some(t), _) => format!("{t} {} {}", p.first, p.last),
                (None, 0) => format!("{} {} {}", self.rng.pick(LOWER_TITLES), p.first, p.last),
                _ => format!("{} {}", p.first, p.last),
            };
        }
        if allow_pronoun && self.last_speaker == Some(i) && self.rng.chance(40) {
            return if p.female { "she" } else { "he" }.to_string();
        }
        match (p.title, self.rng.below(4)) {
            (Some(t), 0) => format!("{t} {}", p.last),
            _ => p.last.to_string(),
        }
    }

    fn any_speaker(&mut self, allow_pronoun: bool) -> (String, bool) {
        if self.rng.chance(15) {
            return (self.rng.pick(DESCRIPTIONS).to_string(), false);
        }
        let i = self.rng.below(self.cast.len());
        let s = self.speaker(i, allow_pronoun);
        self.last_speaker = Some(i);
        (s, true)
    }

    fn clause(&mut self) -> String {
        let r = &mut self.rng;
        match r.below(6) {
            0 => format!(
                "the {} would be {} {}",
                r.pick(NOUNS),
                r.pick(VERBS_PAST),
                r.pick(TIME)
            ),
            1 => format!(
                "{} had {} the {} after a {} review",
                r.pick(ORGS),
                r.pick(VERBS_PAST),
                r.pick(NOUNS),
                r.pick(ADJECTIVES)
            ),
            2 => format!(
                "the cost of the {} in {} had risen by {}",
                r.pick(NOUNS),
                r.pick(PLACES),
                r.pick(AMOUNTS)
            ),
            3 => format!(
                "the {} was {} and the {} was not",
                r.pick(NOUNS),
                r.pick(ADJECTIVES),
                r.pick(NOUNS)
            ),
            4 => format!(
                "nobody in {} expected the {} to be {} so quickly",
                r.pick(PLACES),
                r.pick(NOUNS),
                r.pick(VERBS_PAST)
            ),
            _ => format!(
                "the {} plan for the {} remained {} despite months of talks",
                r.pick(PLACES),
                r.pick(NOUNS),
                r.pick(ADJECTIVES)
            ),
        }
    }

    /// Quoted speech: one to three sentences, capitalised, without the
    /// final punctuation.
    fn speech(&mut self) -> String {
        let n = self.rng.range(1, 3);
        let mut s = String::new();
        for k in 0..n {
            if k > 0 {
                s.push_str(if self.rng.chance(20) { "? " } else { ". " });
            }
            let c = match self.rng.below(4) {
                0 => format!("We think {}", self.clause()),
                1 => format!("It's clear that {}", self.clause()),
                2 => format!("I told them {}", self.clause()),
                _ => self.clause(),
            };
            s.push_str(&capitalize(&c));
        }
        s
    }

    fn narrative_sentence(&mut self) -> String {
        let r = &mut self.rng;
        match r.below(5) {
            0 => format!(
                "{} {} the {} {}.",
                capitalize(r.word(ORGS)),
                r.pick(VERBS_PAST),
                r.pick(NOUNS),
                r.pick(TIME)
            ),
            1 => format!(
                "In {}, the {} has been {} since {}.",
                r.pick(PLACES),
                r.pick(NOUNS),
                r.pick(ADJECTIVES),
                1990 + r.below(35)
            ),
            2 => format!(
                "The {} covers about {} of the region's spending, up from {} a decade ago.",
                r.pick(NOUNS),
                r.pick(AMOUNTS),
                r.pick(AMOUNTS)
            ),
            3 => format!(
                "Crowds gathered near the {} in {} — some carrying signs — as the vote approached.",
                r.pick(NOUNS),
                r.pick(PLACES)
            ),
            _ => format!(
                "Work on the {} began in {} and is expected to last until {}.",
                r.pick(NOUNS),
                r.pick(PLACES),
                2026 + r.below(6)
            ),
        }
    }

    fn narrative_paragraph(&mut self) {
        let n = self.rng.range(2, 5);
        for k in 0..n {
            if k > 0 {
                self.out.push(' ');
            }
            let s = self.narrative_sentence();
            self.out.push_str(&s);
        }
    }

    /// One paragraph quoting or reporting someone, in one of many shapes.
    fn quote_paragraph(&mut self) {
        let (who, _) = self.any_speaker(true);
        let cue = *self.rng.pick(POST_CUES);
        let pre = *self.rng.pick(PRE_CUES);
        let speech = self.speech();
        let marks: (&str, &str) = match self.rng.below(10) {
            0..=3 => ("\"", "\""),
            4..=6 => ("“", "”"),
            7 => ("'", "'"),
            8 => ("«", "»"),
            _ => ("‘", "’"),
        };
        let (o, c) = marks;
        let p = match self.rng.below(13) {
            // "…," X said.
            0 | 1 => format!("{o}{speech},{c} {who} {cue}."),
            // "…," said X.
            2 => format!("{o}{speech},{c} said {who}."),
            // X said, "…."
            3 => format!("{} {pre}, {o}{speech}.{c}", capitalize(&who)),
            // Interrupted.
            4 => {
                let second = self.speech();
                format!(
                    "{o}{speech},{c} said {who}, {o}{}.{c}",
                    lowercase_first(&second)
                )
            }
            // Colon.
            5 => format!(
                "{} told a news conference {}: {o}{speech}.{c}",
                capitalize(&who),
                self.rng.pick(TIME)
            ),
            // Mixed: a quoted fragment inside reported speech.
            6 => {
                let adj = *self.rng.pick(ADJECTIVES);
                format!(
                    "{} {pre} the {} was {o}{adj} and frankly {}{c}.",
                    capitalize(&who),
                    self.rng.pick(NOUNS),
                    self.rng.pick(ADJECTIVES)
                )
            }
            // Reported: X said (that) ….
            7 => format!("{} {pre} that {}.", capitalize(&who), self.clause()),
            // Post-posed reported.
            8 => format!("{}, {who} {cue}.", capitalize(&self.clause())),
            // According to.
            9 => format!("According to {who}, {}.", self.clause()),
            // Participle.
            10 => format!(
                "{} {} the {} {}, saying that {}.",
                capitalize(&who),
                self.rng.pick(VERBS_PAST),
                self.rng.pick(NOUNS),
                self.rng.pick(TIME),
                self.clause()
            ),
            // Multi-paragraph quote: opening mark repeated, first not closed.
            11 => {
                let second = self.speech();
                format!("{o}{speech}.\n\n{o}{second},{c} {who} {cue}.")
            }
            // A quote-only paragraph continuing the previous speaker.
            _ => format!("{o}{speech}.{c}"),
        };
        self.out.push_str(&p);
        if self.rng.chance(30) {
            self.out.push(' ');
            let s = self.narrative_sentence();
            self.out.push_str(&s);
        }
    }

    fn headline(&mut self) {
        let r = &mut self.rng;
        let h = format!(
            "{} {} in {} after {} debate",
            capitalize(r.word(NOUNS)),
            r.pick(VERBS_PAST),
            r.pick(PLACES),
            r.pick(ADJECTIVES)
        );
        self.out.push_str(&h);
        self.out.push_str("\n\n");
        let dateline = format!("{} — ", r.pick(PLACES).to_uppercase());
        self.out.push_str(&dateline);
    }

    fn article(mut self, paragraphs: usize) -> String {
        self.headline();
        for k in 0..paragraphs {
            if k > 0 {
                self.out.push_str(if self.rng.chance(5) {
                    "\r\n\r\n"
                } else {
                    "\n\n"
                });
            }
            if self.rng.chance(self.quote_rate) {
                self.quote_paragraph();
            } else {
                self.narrative_paragraph();
            }
        }
        self.out.push('\n');
        self.out
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// One article of the given style; the same seed and style always give the
/// same text.
pub fn article(seed: u64, style: Style) -> String {
    let mut pick = Rng::new(seed ^ 0xA5A5_5A5A_DEAD_BEEF);
    match style {
        Style::Standard => {
            let n = pick.range(6, 18);
            Gen::new(seed, 50).article(n)
        }
        Style::QuoteDense => {
            let n = pick.range(8, 20);
            Gen::new(seed, 97).article(n)
        }
        Style::QuoteFree => {
            let n = pick.range(6, 18);
            Gen::new(seed, 0).article(n)
        }
        Style::Long => {
            let n = pick.range(250, 500);
            Gen::new(seed, 50).article(n)
        }
    }
}

/// The style of document `i` of a mixed corpus: mostly standard articles,
/// some quote-dense, some quote-free and a few long features.
pub fn corpus_style(seed: u64, i: u64) -> Style {
    match Rng::new(seed.wrapping_mul(31).wrapping_add(i)).below(100) {
        0..=64 => Style::Standard,
        65..=79 => Style::QuoteDense,
        80..=94 => Style::QuoteFree,
        _ => Style::Long,
    }
}

/// Concatenated articles of one style until `target_bytes` is reached.
pub fn text_of_style(seed: u64, style: Style, target_bytes: usize) -> Vec<String> {
    let mut docs = Vec::new();
    let mut total = 0;
    let mut i = 0;
    while total < target_bytes {
        let a = article(seed.wrapping_add(i), style);
        total += a.len();
        docs.push(a);
        i += 1;
    }
    docs
}

/// Write a JSON Lines corpus (`{"id": "synth-N", "text": "…"}` per line) of
/// at least `target_bytes` bytes; returns the bytes written.
pub fn jsonl_corpus<W: Write>(seed: u64, target_bytes: u64, mut writer: W) -> io::Result<u64> {
    #[derive(serde::Serialize)]
    struct Line<'a> {
        id: String,
        text: &'a str,
    }
    let mut written = 0u64;
    let mut i = 0u64;
    let mut buf = Vec::with_capacity(1 << 16);
    while written < target_bytes {
        let style = corpus_style(seed, i);
        let text = article(seed.wrapping_mul(0x1000_0001).wrapping_add(i), style);
        buf.clear();
        serde_json::to_writer(
            &mut buf,
            &Line {
                id: format!("synth-{i}"),
                text: &text,
            },
        )
        .map_err(io::Error::other)?;
        buf.push(b'\n');
        writer.write_all(&buf)?;
        written += buf.len() as u64;
        i += 1;
    }
    writer.flush()?;
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_text() {
        for style in Style::ALL {
            assert_eq!(article(42, style), article(42, style));
            assert_ne!(article(42, style), article(43, style));
        }
        let mut a = Vec::new();
        let mut b = Vec::new();
        let na = jsonl_corpus(7, 200_000, &mut a).expect("write");
        let nb = jsonl_corpus(7, 200_000, &mut b).expect("write");
        assert_eq!(na, nb);
        assert_eq!(a, b);
        assert_eq!(na as usize, a.len());
        assert!(na >= 200_000);
    }

    #[test]
    fn styles_have_their_shape() {
        let free = article(3, Style::QuoteFree);
        assert!(!free.contains('"') && !free.contains('“') && !free.contains(" said"));
        let dense = article(3, Style::QuoteDense);
        assert!(dense.matches(['"', '“', '«', '\'', '‘']).count() > 10);
        let long = article(3, Style::Long);
        assert!(long.len() > 30_000, "{}", long.len());
        let std = article(3, Style::Standard);
        assert!((1_000..20_000).contains(&std.len()), "{}", std.len());
    }

    #[test]
    fn corpus_lines_are_valid_json_with_some_non_ascii() {
        let mut out = Vec::new();
        jsonl_corpus(1, 100_000, &mut out).expect("write");
        let text = String::from_utf8(out).expect("utf8");
        let mut non_ascii = false;
        for line in text.lines() {
            let v: serde_json::Value = serde_json::from_str(line).expect("json");
            let t = v["text"].as_str().expect("text");
            non_ascii |= !t.is_ascii();
        }
        assert!(non_ascii);
    }
}
