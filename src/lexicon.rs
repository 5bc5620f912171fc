//! The word lists in `data/`, embedded at build time and parsed once.
//!
//! Keeping the lexicons as plain text files lets linguists and users review
//! and extend them without touching Rust; `include_str!` keeps the binary
//! self-contained so a release build needs no data directory at run time.

use std::collections::{HashMap as StdHashMap, HashSet as StdHashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use crate::text::lower;

/// FNV-1a: the keys are short words, where SipHash's DoS resistance buys
/// nothing and its setup cost dominates lookups on the hot path.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type HashMap<K, V> = StdHashMap<K, V, BuildHasherDefault<Fnv>>;
type HashSet<K> = StdHashSet<K, BuildHasherDefault<Fnv>>;

/// Grammatical gender as far as a name, title or pronoun tells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

impl Gender {
    fn parse(s: &str) -> Gender {
        match s.trim() {
            "m" => Gender::Male,
            "f" => Gender::Female,
            _ => Gender::Unknown,
        }
    }

    /// Two genders are compatible unless both are known and differ.
    pub fn compatible(self, other: Gender) -> bool {
        self == Gender::Unknown || other == Gender::Unknown || self == other
    }
}

/// What a cue says about its content, after the classes of `data/cues.tsv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CueClass {
    Speech,
    Writing,
    Evidence,
    Thought,
}

impl CueClass {
    pub fn parse(s: &str) -> Option<CueClass> {
        match s.trim() {
            "speech" => Some(CueClass::Speech),
            "writing" => Some(CueClass::Writing),
            "evidence" => Some(CueClass::Evidence),
            "thought" => Some(CueClass::Thought),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            CueClass::Speech => "speech",
            CueClass::Writing => "writing",
            CueClass::Evidence => "evidence",
            CueClass::Thought => "thought",
        }
    }
}

/// One inflected form of a cue verb.
#[derive(Clone, Copy, Debug)]
pub struct CueForm {
    pub lemma: &'static str,
    pub class: CueClass,
    /// `-ing` participle ("saying", "adding"): introduces a clause attached to
    /// the previous subject rather than taking its own.
    pub participle: bool,
}

/// What the cue lexicons say about one word.
#[derive(Clone, Copy, Debug, Default)]
pub struct CueWord {
    pub form: Option<CueForm>,
    /// Some multiword cue starts with this word.
    pub phrase_start: bool,
}

#[derive(Clone, Copy, Debug)]
pub struct Role {
    pub gender: Gender,
    pub plural: bool,
}

pub struct Lexicon {
    abbreviations: HashSet<&'static str>,
    titles: HashMap<&'static str, Gender>,
    /// Longest title in words, bounding the look-ahead of title matching.
    pub max_title_words: usize,
    roles: HashMap<&'static str, Role>,
    orgs: HashSet<&'static str>,
    stopwords: HashSet<&'static str>,
    /// Every word that is a cue form or starts a cue phrase: one lookup
    /// per token answers both questions.
    cues: HashMap<&'static str, CueWord>,
    /// Multiword cues, lowercase words ("according to").
    pub cue_phrases: Vec<(Vec<&'static str>, CueClass)>,
    /// First words of titles, so most capitalised words skip title keys.
    title_firsts: HashSet<&'static str>,
    female: HashSet<&'static str>,
    male: HashSet<&'static str>,
}

fn lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

impl Lexicon {
    fn load() -> Lexicon {
        let abbreviations = lines(include_str!("../data/abbreviations.txt")).collect();
        let mut titles = HashMap::default();
        let mut max_title_words = 1;
        for l in lines(include_str!("../data/titles.txt")) {
            let mut f = l.split('\t');
            let t = f.next().unwrap_or("").trim();
            let g = Gender::parse(f.next().unwrap_or("-"));
            max_title_words = max_title_words.max(t.split(' ').count());
            titles.insert(t, g);
        }
        let mut roles = HashMap::default();
        for l in lines(include_str!("../data/roles.txt")) {
            let mut f = l.split('\t');
            let noun = f.next().unwrap_or("").trim();
            let gender = Gender::parse(f.next().unwrap_or("-"));
            let plural = f.next().unwrap_or("s").trim() == "p";
            roles.insert(noun, Role { gender, plural });
        }
        let orgs = lines(include_str!("../data/orgs.txt"))
            .map(str::trim)
            .collect();
        let stopwords = lines(include_str!("../data/stopwords.txt"))
            .flat_map(str::split_whitespace)
            .collect();
        let mut cues = HashMap::default();
        let mut header = true;
        for l in lines(include_str!("../data/cues.tsv")) {
            if std::mem::take(&mut header) {
                continue; // the column header line
            }
            let mut f = l.split('\t');
            let lemma = f.next().unwrap_or("").trim();
            let Some(class) = CueClass::parse(f.next().unwrap_or("")) else {
                continue;
            };
            for form in f.next().unwrap_or("").split_whitespace() {
                let participle = form.ends_with("ing") && !lemma.ends_with("ing");
                let entry = cues.entry(form).or_insert(CueWord::default());
                entry.form.get_or_insert(CueForm {
                    lemma,
                    class,
                    participle,
                });
            }
        }
        let mut cue_phrases = Vec::new();
        let mut header = true;
        for l in lines(include_str!("../data/cue_phrases.tsv")) {
            if std::mem::take(&mut header) {
                continue;
            }
            let mut f = l.split('\t');
            let phrase: Vec<&str> = f.next().unwrap_or("").split_whitespace().collect();
            if let (false, Some(class)) =
                (phrase.is_empty(), CueClass::parse(f.next().unwrap_or("")))
            {
                if let Some(first) = phrase.first() {
                    cues.entry(*first)
                        .or_insert(CueWord::default())
                        .phrase_start = true;
                }
                cue_phrases.push((phrase, class));
            }
        }
        let female = lines(include_str!("../data/names_female.txt"))
            .map(str::trim)
            .collect();
        let male = lines(include_str!("../data/names_male.txt"))
            .map(str::trim)
            .collect();
        let title_firsts = titles.keys().filter_map(|t| t.split(' ').next()).collect();
        Lexicon {
            title_firsts,
            abbreviations,
            titles,
            max_title_words,
            roles,
            orgs,
            stopwords,
            cues,
            cue_phrases,
            female,
            male,
        }
    }

    /// `word` (without its final period) is an abbreviation that does not end
    /// a sentence by itself.
    pub fn is_abbreviation(&self, word: &str) -> bool {
        self.abbreviations.contains(word)
    }

    /// Can a title start with `word` (any case, trailing period ignored)?
    pub fn title_starts(&self, word: &str) -> bool {
        let mut buf = [0u8; 48];
        self.title_firsts
            .contains(&*lower(word.trim_end_matches('.'), &mut buf))
    }

    /// Title lookup on a lowercase, period-free phrase ("major general", "sen").
    pub fn title(&self, phrase: &str) -> Option<Gender> {
        self.titles.get(phrase).copied()
    }

    /// Role noun lookup. Every one-word title is a role too ("the
    /// chancellor", "the senator"), so the two lists cannot drift apart.
    pub fn role(&self, word: &str) -> Option<Role> {
        let mut buf = [0u8; 48];
        let key = lower(word, &mut buf);
        self.roles.get(&*key).copied().or_else(|| {
            let gender = self.titles.get(&*key).copied()?;
            (key.len() > 3).then_some(Role {
                gender,
                plural: false,
            })
        })
    }

    pub fn is_org_word(&self, word: &str) -> bool {
        let mut buf = [0u8; 48];
        self.orgs
            .contains(&*lower(word.trim_end_matches('.'), &mut buf))
    }

    pub fn is_stopword(&self, word: &str) -> bool {
        let mut buf = [0u8; 48];
        self.stopwords.contains(&*lower(word, &mut buf))
    }

    pub fn cue(&self, word: &str) -> Option<CueForm> {
        self.cue_word(word).form
    }

    /// The cue form of `word` and whether a cue phrase starts with it.
    pub fn cue_word(&self, word: &str) -> CueWord {
        let mut buf = [0u8; 48];
        self.cues
            .get(&*lower(word, &mut buf))
            .copied()
            .unwrap_or_default()
    }

    /// Gender of a given name, if the name lists know it.
    pub fn name_gender(&self, first: &str) -> Gender {
        if self.female.contains(first) {
            Gender::Female
        } else if self.male.contains(first) {
            Gender::Male
        } else {
            Gender::Unknown
        }
    }

    pub fn is_given_name(&self, word: &str) -> bool {
        self.female.contains(word) || self.male.contains(word)
    }
}

/// The process-wide lexicon, parsed on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::load)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lists_parse() {
        let lx = lexicon();
        assert!(lx.is_abbreviation("Gen"));
        assert_eq!(lx.title("major general"), Some(Gender::Unknown));
        assert_eq!(lx.title("mrs"), Some(Gender::Female));
        assert!(lx.max_title_words >= 3);
        assert!(
            lx.role("Spokeswoman")
                .is_some_and(|r| r.gender == Gender::Female)
        );
        assert!(lx.is_org_word("Department"));
        assert!(lx.is_stopword("The"));
        let said = lx.cue("Said").expect("said is a cue");
        assert_eq!(said.lemma, "say");
        assert_eq!(said.class, CueClass::Speech);
        assert!(lx.cue("saying").is_some_and(|c| c.participle));
        assert!(
            lx.cue_phrases
                .iter()
                .any(|(p, _)| p == &["according", "to"])
        );
        assert_eq!(lx.name_gender("Mary"), Gender::Female);
        assert_eq!(lx.name_gender("Peter"), Gender::Male);
    }

    #[test]
    fn gender_compatibility() {
        assert!(Gender::Male.compatible(Gender::Unknown));
        assert!(!Gender::Male.compatible(Gender::Female));
    }
}
