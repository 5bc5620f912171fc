//! The word lists in `data/`, embedded at build time and parsed once.
//!
//! Keeping the lexicons as plain text files lets linguists and users review
//! and extend them without touching Rust; `include_str!` keeps the binary
//! self-contained so a release build needs no data directory at run time.

use std::collections::{HashMap as StdHashMap, HashSet as StdHashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

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
    /// Verbs of saying: "said", "told", "added".
    Speech,
    /// Verbs of writing: "wrote", "tweeted".
    Writing,
    /// Evidence: "a poll shows", "records indicate".
    Evidence,
    /// A stated position: "thinks", "believes", "hopes", "fears", "agrees".
    Belief,
    /// Other mental states: "wants", "knows", "feels", "decided".
    Thought,
}

impl CueClass {
    /// A verb of saying, writing or showing, as opposed to a belief or a
    /// thought: only these end a reported clause when coordinated into it
    /// ("was tired and wanted a change" stays one clause).
    pub fn is_act(self) -> bool {
        matches!(
            self,
            CueClass::Speech | CueClass::Writing | CueClass::Evidence
        )
    }

    /// The class named `s` in `data/cues.tsv`.
    pub fn parse(s: &str) -> Option<CueClass> {
        match s.trim() {
            "speech" => Some(CueClass::Speech),
            "writing" => Some(CueClass::Writing),
            "evidence" => Some(CueClass::Evidence),
            "belief" => Some(CueClass::Belief),
            "thought" => Some(CueClass::Thought),
            _ => None,
        }
    }

    /// The class's name in `data/cues.tsv`.
    pub fn as_str(self) -> &'static str {
        match self {
            CueClass::Speech => "speech",
            CueClass::Writing => "writing",
            CueClass::Evidence => "evidence",
            CueClass::Belief => "belief",
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
    /// Which of [`Lexicon::cue_phrases`] start with this word: bit `i` for
    /// phrase `i` (bit 63 for every phrase from the 63rd on).
    pub phrases: u64,
}

impl CueWord {
    /// May phrase `i` of [`Lexicon::cue_phrases`] start with this word?
    /// (The statement the cue finder's walk over the mask's bits is
    /// checked against.)
    #[cfg(test)]
    pub fn may_start(&self, i: usize) -> bool {
        self.phrases & (1 << i.min(63)) != 0
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Role {
    pub gender: Gender,
    pub plural: bool,
}

/// Everything the lowercase word lists say about one word (or one
/// multiword title): filled at load time, so a single table probe per token
/// replaces one hash lookup per list.
#[derive(Clone, Copy, Debug)]
pub struct WordInfo {
    /// Cue form and cue-phrase start.
    pub cue: CueWord,
    pub stopword: bool,
    /// Some title starts with this word ("major" of "major general").
    pub title_first: bool,
    /// The whole key is a title ("sen", "major general").
    pub title: Option<Gender>,
    /// The key is in the role list.
    pub role: Option<Role>,
    pub org: bool,
    /// The common noun a later reference uses for an organisation with
    /// this name word (`data/words/org_kinds.tsv`: "ledger" → "newspaper").
    pub org_kind: Option<&'static str>,
}

const F_CUE: u8 = 1;
const F_STOP: u8 = 2;
const F_TITLE_FIRST: u8 = 4;
const F_ORG: u8 = 8;
const F_ROLE_OR_TITLE: u8 = 16;
const F_ORG_KIND: u8 = 32;

impl WordInfo {
    /// Filter bits: which questions this entry can answer yes to.
    fn flags(&self) -> u8 {
        let mut f = 0;
        if self.cue.form.is_some() || self.cue.phrase_start {
            f |= F_CUE;
        }
        if self.stopword {
            f |= F_STOP;
        }
        if self.title_first {
            f |= F_TITLE_FIRST;
        }
        if self.org {
            f |= F_ORG;
        }
        if self.role.is_some() || self.title.is_some() {
            f |= F_ROLE_OR_TITLE;
        }
        if self.org_kind.is_some() {
            f |= F_ORG_KIND;
        }
        f
    }
}

/// A word's entry in the lexicon's one table of lowercase word lists
/// ([`Lexicon::word_id`]), or [`NO_WORD`]. The tokenizer finds it once per
/// word, so the stages after it read what the lists say about a token
/// without hashing its text again.
pub type WordId = u32;

/// The [`WordId`] of a word that no list holds (24 bits: it is packed into
/// a token beside a flag).
pub const NO_WORD: WordId = (1 << 24) - 1;

/// What an unknown word gets.
const NO_INFO: WordInfo = WordInfo {
    cue: CueWord {
        form: None,
        phrase_start: false,
        phrases: 0,
    },
    stopword: false,
    title_first: false,
    title: None,
    role: None,
    org: false,
    org_kind: None,
};

pub struct Lexicon {
    /// Case-sensitive, without the final period.
    abbreviations: WordTable<()>,
    /// Longest title in words, bounding the look-ahead of title matching.
    pub max_title_words: usize,
    /// Multiword cues, lowercase words ("according to").
    pub cue_phrases: Vec<(Vec<&'static str>, CueClass)>,
    /// Stopwords, cue forms, cue-phrase starts, titles and their first
    /// words, roles and organisation words, keyed by their lowercase form.
    words: WordTable<WordInfo>,
    /// Given names (case-sensitive) with the gender the lists give them.
    given: WordTable<Gender>,
}

fn lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

/// The rows of a `.tsv` list: its lines without the column header line.
fn table_rows(src: &'static str) -> impl Iterator<Item = &'static str> {
    lines(src).skip(1)
}

/// A list of one entry per line (organisation words, given names), each
/// trimmed: the files are edited by hand and stray spaces must not make an
/// entry unmatchable.
fn trimmed_set(src: &'static str) -> HashSet<&'static str> {
    lines(src).map(str::trim).collect()
}

/// `data/titles.txt`: title (one or more words) and gender, with the
/// longest title in words, which bounds how far title matching looks ahead.
fn load_titles() -> (HashMap<&'static str, Gender>, usize) {
    let mut titles: HashMap<&'static str, Gender> = HashMap::default();
    let mut max_title_words = 1;
    for l in lines(include_str!("../data/titles.txt")) {
        let mut f = l.split('\t');
        let t = f.next().unwrap_or("").trim();
        let g = Gender::parse(f.next().unwrap_or("-"));
        max_title_words = max_title_words.max(t.split(' ').count());
        titles.insert(t, g);
    }
    (titles, max_title_words)
}

/// `data/roles.txt`: role noun, gender and number (`p` for a plural such
/// as "officials"; singular when the column is missing).
fn load_roles() -> HashMap<&'static str, Role> {
    let mut roles: HashMap<&'static str, Role> = HashMap::default();
    for l in lines(include_str!("../data/roles.txt")) {
        let mut f = l.split('\t');
        let noun = f.next().unwrap_or("").trim();
        let gender = Gender::parse(f.next().unwrap_or("-"));
        let plural = f.next().unwrap_or("s").trim() == "p";
        roles.insert(noun, Role { gender, plural });
    }
    roles
}

/// `data/cues.tsv`: each inflected form of a cue verb with its lemma and
/// class. A form listed under two lemmas keeps the first, so the order of
/// the file decides ambiguous forms. Rows with an unknown class are skipped.
fn load_cue_forms() -> HashMap<&'static str, CueWord> {
    let mut cues: HashMap<&'static str, CueWord> = HashMap::default();
    for l in table_rows(include_str!("../data/cues.tsv")) {
        let mut f = l.split('\t');
        let lemma = f.next().unwrap_or("").trim();
        let Some(class) = CueClass::parse(f.next().unwrap_or("")) else {
            continue;
        };
        for form in f.next().unwrap_or("").split_whitespace() {
            let participle = form.ends_with("ing") && !lemma.ends_with("ing");
            let entry = cues.entry(form).or_default();
            entry.form.get_or_insert(CueForm {
                lemma,
                class,
                participle,
            });
        }
    }
    cues
}

/// `data/cue_phrases.tsv`: the multiword cues, in file order. Each
/// phrase's first word is marked in `cues` (with the phrase's bit), so the
/// phrase matcher only starts at words that can begin one of them.
fn load_cue_phrases(
    cues: &mut HashMap<&'static str, CueWord>,
) -> Vec<(Vec<&'static str>, CueClass)> {
    let mut cue_phrases = Vec::new();
    for l in table_rows(include_str!("../data/cue_phrases.tsv")) {
        let mut f = l.split('\t');
        let phrase: Vec<&str> = f.next().unwrap_or("").split_whitespace().collect();
        if let (false, Some(class)) = (phrase.is_empty(), CueClass::parse(f.next().unwrap_or(""))) {
            if let Some(first) = phrase.first() {
                let entry = cues.entry(*first).or_default();
                entry.phrase_start = true;
                entry.phrases |= 1 << cue_phrases.len().min(63);
            }
            cue_phrases.push((phrase, class));
        }
    }
    cue_phrases
}

/// A `data/words/<map>.tsv` file (`word<TAB>value` lines, `#` comments),
/// read as `build.rs` reads it for `words::<map>`: trimmed, first entry
/// of a key wins.
fn load_word_map(src: &'static str) -> HashMap<&'static str, &'static str> {
    let mut map: HashMap<&'static str, &'static str> = HashMap::default();
    for line in lines(src) {
        if let Some((k, v)) = line.split_once('\t') {
            map.entry(k.trim()).or_insert(v.trim());
        }
    }
    map
}

/// The lowercase word lists merged by key.
struct WordLists {
    cues: HashMap<&'static str, CueWord>,
    stopwords: HashSet<&'static str>,
    titles: HashMap<&'static str, Gender>,
    roles: HashMap<&'static str, Role>,
    orgs: HashSet<&'static str>,
    org_kinds: HashMap<&'static str, &'static str>,
}

impl WordLists {
    /// One entry per lowercase key of any list, so one probe answers
    /// every question about a word.
    fn merge(&self) -> HashMap<&'static str, WordInfo> {
        let title_firsts: HashSet<&'static str> = self
            .titles
            .keys()
            .filter_map(|t| t.split(' ').next())
            .collect();
        let mut words: HashMap<&'static str, WordInfo> = HashMap::default();
        for (&k, &cue) in &self.cues {
            words.entry(k).or_insert(NO_INFO).cue = cue;
        }
        for &k in &self.stopwords {
            words.entry(k).or_insert(NO_INFO).stopword = true;
        }
        for &k in &title_firsts {
            words.entry(k).or_insert(NO_INFO).title_first = true;
        }
        for (&k, &g) in &self.titles {
            words.entry(k).or_insert(NO_INFO).title = Some(g);
        }
        for (&k, &r) in &self.roles {
            words.entry(k).or_insert(NO_INFO).role = Some(r);
        }
        for &k in &self.orgs {
            words.entry(k).or_insert(NO_INFO).org = true;
        }
        for (&k, &kind) in &self.org_kinds {
            words.entry(k).or_insert(NO_INFO).org_kind = Some(kind);
        }
        words
    }
}

/// Given names (case-sensitive) with the gender the name lists give them
/// (none for the names used for either sex), as one table so a name costs
/// one probe.
fn load_given_names() -> HashMap<&'static str, Gender> {
    let female = trimmed_set(include_str!("../data/names_female.txt"));
    let male = trimmed_set(include_str!("../data/names_male.txt"));
    let either = trimmed_set(include_str!("../data/names_unisex.txt"));
    // Female last, so a name on both lists is female, and a gendered list
    // wins over the list of either sex.
    let mut given: HashMap<&'static str, Gender> = HashMap::default();
    for &k in &either {
        given.insert(k, Gender::Unknown);
    }
    for &k in &male {
        given.insert(k, Gender::Male);
    }
    for &k in &female {
        given.insert(k, Gender::Female);
    }
    given
}

impl Lexicon {
    /// Parse the embedded lists into lookup tables. Each list has its own
    /// loader above; here they are merged into the one-probe-per-word
    /// table and the case-sensitive tables.
    fn load() -> Lexicon {
        let abbreviations: HashSet<&'static str> =
            lines(include_str!("../data/abbreviations.txt")).collect();
        let (titles, max_title_words) = load_titles();
        let stopwords: HashSet<&'static str> = lines(include_str!("../data/stopwords.txt"))
            .flat_map(str::split_whitespace)
            .collect();
        let mut cues = load_cue_forms();
        let cue_phrases = load_cue_phrases(&mut cues);
        let words = WordLists {
            cues,
            stopwords,
            titles,
            roles: load_roles(),
            orgs: trimmed_set(include_str!("../data/orgs.txt")),
            org_kinds: load_word_map(include_str!("../data/words/org_kinds.tsv")),
        }
        .merge();
        Lexicon {
            abbreviations: WordTable::new(abbreviations.into_iter().map(|k| (k, ())), |_| 0),
            max_title_words,
            cue_phrases,
            words: WordTable::new(words, WordInfo::flags),
            given: WordTable::new(load_given_names(), |_| 0),
        }
    }

    /// The entry of `word` (any case) in the table of lowercase word lists:
    /// one probe answering every question [`Lexicon::word_info`] answers.
    #[inline]
    pub fn word_id(&self, word: &str) -> WordId {
        self.words
            .index_lower_flagged(word, u8::MAX)
            .and_then(|i| WordId::try_from(i).ok())
            .filter(|&i| i < NO_WORD)
            .unwrap_or(NO_WORD)
    }

    /// [`Lexicon::word_id`] of `word`, and whether it is a cue word: a cue
    /// form or the first word of a cue phrase (`word_info(id).cue` has a
    /// form or `phrase_start`). The tokenizer lists the cue words as it
    /// meets them, so the cue finder visits them alone, not every token.
    #[inline]
    pub(crate) fn word_entry(&self, word: &str) -> (WordId, bool) {
        let id = self.word_id(word);
        let cue = self
            .words
            .flags
            .get(id as usize)
            .is_some_and(|f| f & F_CUE != 0);
        (id, cue)
    }

    /// [`Lexicon::word_entry`] of a word of `len` bytes (1 to 16), all
    /// ASCII, whose lowercase form has the fingerprint ([`fingerprint`])
    /// `head` and `tail`: the tokenizer's way for the short words it has
    /// loaded already, with no slicing of the text, no fingerprint to build
    /// and no case to fold.
    #[inline]
    pub(crate) fn short_lower_entry(&self, len: usize, head: u64, tail: u64) -> (WordId, bool) {
        let k = Key::new(len, head, tail);
        let t = &self.words;
        if !t.may_have(k.hash, u8::MAX) {
            return (NO_WORD, false);
        }
        // Keys of up to 16 bytes are told apart by their fingerprint.
        match t.probe_slot(k, |_| true) {
            Some(slot) if slot.idx < NO_WORD => (slot.idx, slot.flags & F_CUE != 0),
            _ => (NO_WORD, false),
        }
    }

    /// What the lists say about the word with entry `id`: for a word `w`,
    /// `word_info(word_id(w))` answers as `is_stopword(w)`, `cue_word(w)`,
    /// `org_kind(w)` … do.
    #[inline]
    pub fn word_info(&self, id: WordId) -> &WordInfo {
        self.words.vals.get(id as usize).unwrap_or(&NO_INFO)
    }

    /// What the lists say of `part`, which is token text `whole` (lexicon
    /// entry `id`, found by the tokenizer) or a prefix of it (less a
    /// possessive or a final period): the token's entry when `part` is all
    /// of it, else a lookup of `part`.
    #[inline]
    pub fn word_info_of(&self, whole: &str, id: WordId, part: &str) -> &WordInfo {
        if part.len() == whole.len() {
            self.word_info(id)
        } else {
            self.info_for(part, u8::MAX)
        }
    }

    /// [`Lexicon::is_abbreviation`] of the ASCII word of `len` bytes (1 to
    /// 16) whose fingerprint ([`fingerprint`]) is `head` and `tail`: the
    /// tokenizer's question for a short word before a period.
    #[inline]
    pub(crate) fn is_short_abbreviation(&self, len: usize, head: u64, tail: u64) -> bool {
        // Keys of up to 16 bytes are told apart by their fingerprint.
        self.abbreviations
            .probe(Key::new(len, head, tail), |_| true)
            .is_some()
    }

    /// `word` (without its final period) is an abbreviation that does not end
    /// a sentence by itself.
    #[inline]
    pub fn is_abbreviation(&self, word: &str) -> bool {
        self.abbreviations.get_exact(word).is_some()
    }

    /// The lexicon entry of `word`, lowercased, for a caller that reads only the fields behind
    /// `flag`: most words then stop at the table's filter.
    #[inline]
    fn info_for(&self, word: &str, flag: u8) -> &WordInfo {
        self.words
            .get_lower_flagged(word, flag)
            .map_or(&NO_INFO, |(_, v)| v)
    }

    /// Can a title start with `word` (any case, trailing period ignored)?
    /// The name finder asks tokens instead (`word_info_of`); the table test
    /// checks the lists through this.
    #[cfg(test)]
    pub fn title_starts(&self, word: &str) -> bool {
        self.info_for(word.trim_end_matches('.'), F_TITLE_FIRST)
            .title_first
    }

    /// Title lookup on a lowercase, period-free phrase ("major general", "sen").
    #[inline]
    pub fn title(&self, phrase: &str) -> Option<Gender> {
        self.words.get_exact(phrase).and_then(|v| v.title)
    }

    /// Role noun lookup. Every one-word title is a role too ("the
    /// chancellor", "the senator"), so the two lists cannot drift apart.
    #[inline]
    pub fn role(&self, word: &str) -> Option<Role> {
        let (key, info) = self.words.get_lower_flagged(word, F_ROLE_OR_TITLE)?;
        Self::role_in(key, info)
    }

    /// [`Lexicon::role`] of the word whose entry is `id` (its token's).
    #[inline]
    pub fn role_of(&self, id: WordId) -> Option<Role> {
        let (key, info) = self.words.entry(id as usize)?;
        Self::role_in(key, info)
    }

    /// [`Lexicon::role`] of `part`, which is token text `whole` (entry
    /// `id`) or a prefix of it: the token's entry when it is all of it, as
    /// [`Lexicon::word_info_of`] answers.
    #[inline]
    pub fn role_of_part(&self, whole: &str, id: WordId, part: &str) -> Option<Role> {
        if part.len() == whole.len() {
            self.role_of(id)
        } else {
            self.role(part)
        }
    }

    /// The role an entry states: a role noun, or a title longer than an
    /// abbreviation.
    #[inline]
    fn role_in(key: &str, info: &WordInfo) -> Option<Role> {
        info.role.or_else(|| {
            let gender = info.title?;
            (key.len() > 3).then_some(Role {
                gender,
                plural: false,
            })
        })
    }

    /// Is `word` (any case, a final period ignored) an organisation word?
    /// The statement by text; the pipeline reads it from a token's entry
    /// (`word_info_of(..).org`), and the tests check the two agree.
    #[cfg(test)]
    pub fn is_org_word(&self, word: &str) -> bool {
        self.info_for(word.trim_end_matches('.'), F_ORG).org
    }

    /// [`WordInfo::org_kind`] of `word` in any case: one probe, which
    /// most words leave at the filter, where lowercasing the word into a
    /// buffer and matching it against every entry cost each capitalised
    /// word of a document about 300 instructions.
    #[inline]
    pub fn org_kind(&self, word: &str) -> Option<&'static str> {
        self.info_for(word, F_ORG_KIND).org_kind
    }

    /// Is `word` (any case) a stopword? The statement by text, as
    /// [`Lexicon::is_org_word`] is.
    #[cfg(test)]
    pub fn is_stopword(&self, word: &str) -> bool {
        self.info_for(word, F_STOP).stopword
    }

    /// The cue form of `word` (any case). The statement by text, as
    /// [`Lexicon::is_org_word`] is.
    #[cfg(test)]
    pub fn cue(&self, word: &str) -> Option<CueForm> {
        self.cue_word(word).form
    }

    /// The cue form of `word` and whether a cue phrase starts with it. The
    /// statement by text, as [`Lexicon::is_org_word`] is.
    #[cfg(test)]
    pub fn cue_word(&self, word: &str) -> CueWord {
        self.info_for(word, F_CUE).cue
    }

    #[inline]
    pub fn is_given_name(&self, word: &str) -> bool {
        self.given_name(word).is_some()
    }

    /// The gender the name lists give given name `word`; `None` when it is
    /// no given name. A word with accents the list does not spell is
    /// looked up without them ("María" as "Maria", "Zoë" as "Zoe").
    #[inline]
    pub fn given_name(&self, word: &str) -> Option<Gender> {
        match self.given.get_exact(word) {
            Some(g) => Some(*g),
            None if word.starts_with(char::is_uppercase) && word.contains('-') => {
                self.compound_given_name(word)
            }
            None if !word.is_ascii() => self.unaccented_given_name(word),
            None => None,
        }
    }

    /// A given name without its accents, when the list spells it so.
    fn unaccented_given_name(&self, word: &str) -> Option<Gender> {
        let mut buf = [0u8; 48];
        let plain = crate::text::without_accents(word, &mut buf)?;
        self.given.get_exact(plain).copied()
    }

    /// "Marie-Claire", "Lars-Erik", "Anne-Sophie": a hyphenated given name
    /// the lists do not hold, of given names they do. Its gender is the
    /// one its gendered parts agree on (a part used for either sex says
    /// nothing: "Jean-Luc" is a man); parts that disagree leave it
    /// unknown. Compounds the parts would mislead on ("Jean-Marie", a
    /// man) are on the lists themselves.
    fn compound_given_name(&self, word: &str) -> Option<Gender> {
        let mut gender = Gender::Unknown;
        let mut parts = 0;
        for part in word.split('-') {
            parts += 1;
            let g = match self.given.get_exact(part) {
                Some(g) => *g,
                None if !part.is_ascii() => self.unaccented_given_name(part)?,
                None => return None,
            };
            gender = match (gender, g) {
                (Gender::Unknown, g) => g,
                (g, Gender::Unknown) => g,
                (a, b) if a == b => a,
                _ => return Some(Gender::Unknown),
            };
        }
        (parts >= 2).then_some(gender)
    }
}

/// A read-only string table for the lexicons, built once at load time.
///
/// Linear probing over a power-of-two slot array kept at most half full.
/// Each slot holds its key as a fixed "fingerprint": the key's length and
/// two little-endian words covering its first and last (up to) eight bytes,
/// which together determine every key of up to 16 bytes. A lookup of a word
/// of up to 16 bytes therefore needs two or four loads, no per-byte loop, no
/// allocation and no call into `memcmp`; lowercasing an ASCII word is done
/// on those two words at once ([`ascii_lower_word`]). Longer keys (a few
/// multiword titles) are compared in full.
struct WordTable<V> {
    slots: Box<[Slot]>,
    /// `64 - log2(slots.len())`: the hash's top bits pick the home slot.
    shift: u32,
    keys: Vec<&'static str>,
    vals: Vec<V>,
    /// Every key is ASCII (lets [`WordTable::get_lower_slow`] reject early).
    ascii_keys: bool,
    /// Indexed by the top [`FILTER_BITS`] bits of a key's hash: the union of
    /// the flag bits of the keys with those hash bits.
    filter: Box<[u8]>,
    /// Each entry's flag bits, by index.
    flags: Vec<u8>,
}

#[derive(Clone, Copy)]
struct Slot {
    head: u64,
    tail: u64,
    /// Index into `keys` and `vals`.
    idx: u32,
    /// Key length in bytes; `EMPTY` for a free slot.
    len: u16,
    /// The entry's flag bits, read with the entry where the tokenizer
    /// finds it.
    flags: u8,
}

const EMPTY: u16 = u16::MAX;

/// Fingerprint of `b`: (first word, last word). Up to eight bytes, the
/// first word is the bytes themselves, little-endian and zero-padded, and
/// the last is zero: the tokenizer, which has a short word's bytes in a
/// register already, builds it with a mask ([`Lexicon::short_lower_entry`]).
/// Longer, the first and last eight bytes (two loads in the tokenizer). For `b.len() <= 16` and a given
/// length the pair determines `b`; longer strings share fingerprints only
/// when they share their first and last eight bytes.
#[inline]
fn fingerprint(b: &[u8]) -> (u64, u64) {
    let n = b.len();
    if n > 8 {
        (load8(b, 0), load8(b, n - 8))
    } else if n >= 4 {
        // The two loads overlap on equal bytes: OR-ing them is exact.
        let x = u64::from(load4(b, 0)) | (u64::from(load4(b, n - 4)) << (8 * (n - 4)));
        (x, 0)
    } else if n > 0 {
        let x = u64::from(b[0])
            | (u64::from(b[n / 2]) << (8 * (n / 2)))
            | (u64::from(b[n - 1]) << (8 * (n - 1)));
        (x, 0)
    } else {
        (0, 0)
    }
}

#[inline]
fn load8(b: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&b[at..at + 8]);
    u64::from_le_bytes(w)
}

#[inline]
fn load4(b: &[u8], at: usize) -> u32 {
    let mut w = [0u8; 4];
    w.copy_from_slice(&b[at..at + 4]);
    u32::from_le_bytes(w)
}

const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
const ONES: u64 = 0x0101_0101_0101_0101;

/// ASCII-lowercase eight bytes at once. Only valid when every byte is ASCII
/// (no high bit set): then no addition below carries into the next byte.
/// A byte is an uppercase letter when `b + (0x80 - b'A')` reaches 0x80 and
/// `b + (0x80 - b'Z' - 1)` does not; 0x80 >> 2 is the 0x20 case bit.
#[inline]
fn ascii_lower_word(x: u64) -> u64 {
    let ge_a = x.wrapping_add(ONES * u64::from(0x80 - b'A'));
    let gt_z = x.wrapping_add(ONES * u64::from(0x80 - b'Z' - 1));
    let upper = ge_a & !gt_z & HIGH_BITS;
    x | (upper >> 2)
}

#[inline]
fn mix(len: usize, head: u64, tail: u64) -> u64 {
    (head.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ tail.rotate_left(23) ^ len as u64)
        .wrapping_mul(0xD6E8_FEB8_6659_FD93)
}

/// log2 of the number of entries in a table's filter (16 KB of flag bytes).
const FILTER_BITS: u32 = 14;

/// A lowercase (or exact) lookup key: the fingerprint and its hash.
#[derive(Clone, Copy)]
struct Key {
    len: usize,
    head: u64,
    tail: u64,
    hash: u64,
}

impl Key {
    #[inline]
    fn new(len: usize, head: u64, tail: u64) -> Key {
        Key {
            len,
            head,
            tail,
            hash: mix(len, head, tail),
        }
    }

    /// The key of `word` as stored (case-sensitive).
    #[inline]
    fn exact(word: &str) -> Key {
        let (head, tail) = fingerprint(word.as_bytes());
        Key::new(word.len(), head, tail)
    }

    /// The key of `word.to_lowercase()` when `word` is ASCII, where that is
    /// the ASCII lowercase; `None` for other words. Always inlined: it is
    /// a few instructions on the tokenizer's path for every word, and a
    /// second caller ([`lower_key`]) made the compiler outline it.
    #[inline(always)]
    fn ascii_lower(word: &str) -> Option<Key> {
        let b = word.as_bytes();
        let (head, tail) = fingerprint(b);
        let ascii = (head | tail) & HIGH_BITS == 0 && (b.len() <= 16 || b.is_ascii());
        ascii.then(|| Key::new(b.len(), ascii_lower_word(head), ascii_lower_word(tail)))
    }
}

impl<V> WordTable<V> {
    /// A table of `entries` (distinct keys). `flags` gives each value's
    /// filter bits: see [`WordTable::get_lower_flagged`].
    fn new(
        entries: impl IntoIterator<Item = (&'static str, V)>,
        flags: impl Fn(&V) -> u8,
    ) -> WordTable<V> {
        let (keys, vals): (Vec<&'static str>, Vec<V>) = entries.into_iter().unzip();
        let bits = (keys.len().max(4) * 2).next_power_of_two().trailing_zeros();
        let empty = Slot {
            head: 0,
            tail: 0,
            idx: 0,
            len: EMPTY,
            flags: 0,
        };
        let mut slots = vec![empty; 1 << bits].into_boxed_slice();
        let mut filter = vec![0u8; 1 << FILTER_BITS].into_boxed_slice();
        let entry_flags: Vec<u8> = vals.iter().map(&flags).collect();
        let shift = 64 - bits;
        let mask = slots.len() - 1;
        for (idx, (key, &f)) in keys.iter().zip(&entry_flags).enumerate() {
            let k = Key::exact(key);
            filter[(k.hash >> (64 - FILTER_BITS)) as usize] |= f;
            let mut s = (k.hash >> shift) as usize;
            while slots[s].len != EMPTY {
                s = (s + 1) & mask;
            }
            slots[s] = Slot {
                head: k.head,
                tail: k.tail,
                idx: idx as u32,
                // Lexicon keys are short; a longer one is still found, by
                // its full comparison (the fingerprint covers 16 bytes).
                len: u16::try_from(key.len()).unwrap_or(EMPTY - 1),
                flags: f,
            };
        }
        WordTable {
            ascii_keys: keys.iter().all(|k| k.is_ascii()),
            slots,
            shift,
            filter,
            flags: entry_flags,
            keys,
            vals,
        }
    }

    /// The entry whose fingerprint is `k`'s and whose key satisfies `full`
    /// when it is longer than 16 bytes (the fingerprint does not cover it).
    #[inline]
    fn probe(&self, k: Key, full: impl Fn(&str) -> bool) -> Option<usize> {
        self.probe_slot(k, full).map(|slot| slot.idx as usize)
    }

    /// [`WordTable::probe`], answering with the entry's slot.
    #[inline]
    fn probe_slot(&self, k: Key, full: impl Fn(&str) -> bool) -> Option<&Slot> {
        let mask = self.slots.len() - 1;
        let mut s = (k.hash >> self.shift) as usize;
        let len = u16::try_from(k.len).unwrap_or(EMPTY - 1);
        loop {
            let slot = self.slots.get(s)?;
            if slot.len == EMPTY {
                return None;
            }
            if slot.len == len
                && slot.head == k.head
                && slot.tail == k.tail
                && (k.len <= 16
                    || self
                        .keys
                        .get(slot.idx as usize)
                        .is_some_and(|key| full(key)))
            {
                return Some(slot);
            }
            s = (s + 1) & mask;
        }
    }

    /// The key and value of entry `i`.
    #[inline]
    fn entry(&self, i: usize) -> Option<(&'static str, &V)> {
        Some((*self.keys.get(i)?, self.vals.get(i)?))
    }

    /// Could a key with one of the `flags` bits have hash `hash`? False
    /// means certainly not; it lets most lookups for a rare kind of word
    /// ("is this a cue?") stop before probing.
    #[inline]
    fn may_have(&self, hash: u64, flags: u8) -> bool {
        self.filter
            .get((hash >> (64 - FILTER_BITS)) as usize)
            .is_some_and(|f| f & flags != 0)
    }

    /// Exact, case-sensitive lookup.
    #[inline]
    fn get_exact(&self, word: &str) -> Option<&V> {
        self.probe(Key::exact(word), |k| k == word)
            .and_then(|i| self.vals.get(i))
    }

    /// Lookup of `word.to_lowercase()` with its matched key, except that it may answer `None` for a word
    /// whose value has none of the `flags` bits, without probing. Callers
    /// read the flag from the value, so the filter only saves time.
    #[inline]
    fn get_lower_flagged(&self, word: &str, flags: u8) -> Option<(&'static str, &V)> {
        self.index_lower_flagged(word, flags)
            .and_then(|i| self.entry(i))
    }

    /// [`WordTable::get_lower_flagged`], answering with the entry's index.
    #[inline]
    fn index_lower_flagged(&self, word: &str, flags: u8) -> Option<usize> {
        let Some(k) = Key::ascii_lower(word) else {
            return self.get_lower_slow(word);
        };
        if !self.may_have(k.hash, flags) {
            return None;
        }
        let b = word.as_bytes();
        self.probe(k, |key| {
            key.len() == b.len()
                && key
                    .bytes()
                    .zip(b)
                    .all(|(kb, &wb)| kb == wb.to_ascii_lowercase())
        })
    }

    #[cold]
    fn get_lower_slow(&self, word: &str) -> Option<usize> {
        // With ASCII keys only, a match needs an ASCII lowercase form: if
        // some character lowercases to a non-ASCII one (’, é, Σ …) the
        // lowercased word keeps a non-ASCII character whatever the context
        // (final sigma becomes another sigma), so skip the allocation.
        if self.ascii_keys
            && word
                .chars()
                .any(|c| !c.is_ascii() && c.to_lowercase().any(|l| !l.is_ascii()))
        {
            return None;
        }
        let lower = word.to_lowercase();
        self.probe(Key::exact(&lower), |k| k == lower)
    }
}

/// A 64-bit key of `word.to_lowercase()`: words equal in lower case share
/// it, and it is computed without lowercasing into a buffer when the word
/// is ASCII (the lexicon's own lookup key). Different words may share a
/// key (past 16 bytes only the first and last eight count), so a caller
/// keying a map by it compares the words themselves on a match.
pub(crate) fn lower_key(word: &str) -> u64 {
    match Key::ascii_lower(word) {
        Some(k) => k.hash,
        None => {
            let mut buf = [0u8; 64];
            match lower_unicode(word, &mut buf) {
                Some(lower) => Key::exact(lower).hash,
                None => Key::exact(&word.to_lowercase()).hash,
            }
        }
    }
}

/// `s.to_lowercase()` written into `buf`, character by character, when it
/// fits and `s` has no capital sigma (whose lowercase depends on its place
/// in the word, which only `str::to_lowercase` looks at); `None` otherwise.
/// Names outside ASCII ("Ünal", "Muñoz") are keyed in lower case; a new
/// string for each, and its free, cost more than the lowercasing.
pub(crate) fn lower_unicode<'b>(s: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    let mut n = 0;
    for c in s.chars() {
        if c.is_ascii() {
            *buf.get_mut(n)? = c.to_ascii_lowercase() as u8;
            n += 1;
            continue;
        }
        if c == 'Σ' {
            return None;
        }
        for l in c.to_lowercase() {
            let len = l.len_utf8();
            l.encode_utf8(buf.get_mut(n..n + len)?);
            n += len;
        }
    }
    std::str::from_utf8(buf.get(..n)?).ok()
}

/// `f` of `s.to_lowercase()`, lowercased on the stack when it can be
/// ([`lower_unicode`]): for the generated `<class>_lower` matchers asked
/// of a word outside ASCII.
pub(crate) fn with_lowercase<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 64];
    match lower_unicode(s, &mut buf) {
        Some(lower) => f(lower),
        None => f(&s.to_lowercase()),
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

    use proptest::prelude::*;
    use std::collections::{HashMap as RefMap, HashSet as RefSet};

    fn key_piece() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::sample::select(vec![
                "a", "b", "s", "A", "S", "z", "Z", "é", "É", "ß", "Σ", "ς", "\u{212A}", "k", "K",
                "İ", "i", "’", "'", ".", " ", "-", "0", "said", "SAID", "general",
            ])
            .prop_map(str::to_owned),
            any::<char>().prop_map(String::from),
        ]
    }

    fn word() -> impl Strategy<Value = String> {
        prop::collection::vec(key_piece(), 0..12).prop_map(|p| p.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        /// The lowercase key of a word is the exact key of its lowercase
        /// form: words equal in lower case share it.
        #[test]
        fn lower_key_is_the_key_of_the_lowercase(w in word()) {
            prop_assert_eq!(lower_key(&w), Key::exact(&w.to_lowercase()).hash);
            prop_assert_eq!(lower_key(&w), lower_key(&w.to_lowercase()));
        }

        /// The fingerprint table answers exactly as a `HashMap`, for exact
        /// lookups and for lookups of `to_lowercase()`.
        #[test]
        fn word_table_is_a_map(
            keys in prop::collection::hash_set(word(), 0..60),
            queries in prop::collection::vec(word(), 0..60),
        ) {
            let keys: Vec<&'static str> = keys
                .into_iter()
                .map(|k| &*Box::leak(k.into_boxed_str()))
                .collect();
            let reference: RefMap<&str, usize> =
                keys.iter().enumerate().map(|(i, k)| (*k, i)).collect();
            let table = WordTable::new(
                keys.iter().enumerate().map(|(i, k)| (*k, i)),
                |&i| 1 << (i % 8),
            );
            let mut all: Vec<String> = queries;
            for k in &keys {
                all.push(k.to_string());
                all.push(k.to_uppercase());
                all.push(k.to_lowercase());
            }
            for q in &all {
                prop_assert_eq!(table.get_exact(q), reference.get(q.as_str()), "{:?}", q);
                let lower = q.to_lowercase();
                let want = reference.get_key_value(lower.as_str()).map(|(k, v)| (*k, v));
                prop_assert_eq!(table.get_lower_flagged(q, u8::MAX), want, "{:?}", q);
                for bit in 0..8u8 {
                    let flagged = table.get_lower_flagged(q, 1 << bit);
                    if want.is_some_and(|(_, &i)| i % 8 == usize::from(bit)) {
                        prop_assert_eq!(flagged, want, "{:?}", q);
                    }
                }
            }
        }
    }

    proptest! {
        /// Character by character, lowercasing is the string's, but for a
        /// capital sigma (left to the string's) and what does not fit.
        #[test]
        fn unicode_lowercasing_matches_the_standard_library(
            pieces in prop::collection::vec(
                prop_oneof![
                    prop::sample::select(vec![
                        "A", "z", "Ü", "ñ", "İ", "Σ", "ς", "\u{212A}", "ẞ", "Ǆ", "ǅ", "ΑΣ", "\u{130}x",
                    ]).prop_map(str::to_owned),
                    any::<char>().prop_map(String::from),
                ],
                0..20,
            )
        ) {
            let s = pieces.concat();
            let mut buf = [0u8; 48];
            match lower_unicode(&s, &mut buf) {
                Some(l) => prop_assert_eq!(l, s.to_lowercase()),
                None => prop_assert!(s.contains('Σ') || s.to_lowercase().len() > 48),
            }
        }
    }

    /// The tokenizer's entry for a short ASCII word, from its packed
    /// bytes, is the one its text gets: for every key of the word table
    /// of up to 16 bytes in three spellings, and for random words.
    #[test]
    fn short_ascii_entries_are_the_entries_of_the_text() {
        let lx = lexicon();
        let check = |w: &str| {
            if w.is_empty() || w.len() > 16 || !w.is_ascii() {
                return;
            }
            let (head, tail) = fingerprint(w.to_ascii_lowercase().as_bytes());
            assert_eq!(
                lx.short_lower_entry(w.len(), head, tail),
                lx.word_entry(w),
                "{w:?}"
            );
        };
        for k in &lx.words.keys {
            check(k);
            check(&k.to_uppercase());
            check(&capitalized(k));
        }
        for k in &lx.abbreviations.keys {
            if k.len() <= 16 && k.is_ascii() {
                let (head, tail) = fingerprint(k.as_bytes());
                assert!(lx.is_short_abbreviation(k.len(), head, tail), "{k:?}");
                let (head, tail) = fingerprint(k.to_lowercase().as_bytes());
                let lower = k.to_lowercase();
                assert_eq!(
                    lx.is_short_abbreviation(k.len(), head, tail),
                    lx.is_abbreviation(&lower),
                    "{k:?}"
                );
            }
        }
        for w in [
            "a", "I", "xyz", "Zzzzzzzz", "said", "SAYS", "Told", "0", "19", "x1y2",
        ] {
            check(w);
        }
    }

    fn capitalized(w: &str) -> String {
        let mut c = w.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default()
    }

    proptest! {
        #[test]
        fn short_abbreviations_of_random_words(w in "[a-zA-Z0-9]{1,16}") {
            let (head, tail) = fingerprint(w.as_bytes());
            let lx = lexicon();
            prop_assert_eq!(lx.is_short_abbreviation(w.len(), head, tail), lx.is_abbreviation(&w));
        }

        #[test]
        fn short_ascii_entries_of_random_words(w in "[a-zA-Z0-9]{1,16}") {
            let (head, tail) = fingerprint(w.to_ascii_lowercase().as_bytes());
            prop_assert_eq!(lexicon().short_lower_entry(w.len(), head, tail), lexicon().word_entry(&w));
        }
    }

    /// Every lexicon question answers as its plain definition over the
    /// lists (`to_lowercase` and a set lookup) for every listed word in
    /// several spellings.
    #[test]
    fn lookups_match_the_list_definitions() {
        let lx = lexicon();
        let set = |src: &'static str| -> RefSet<String> {
            lines(src)
                .flat_map(|l| l.split('\t').next())
                .map(|w| w.trim().to_string())
                .collect()
        };
        let stop: RefSet<String> = lines(include_str!("../data/stopwords.txt"))
            .flat_map(str::split_whitespace)
            .map(str::to_string)
            .collect();
        let orgs = set(include_str!("../data/orgs.txt"));
        let titles = set(include_str!("../data/titles.txt"));
        let roles = set(include_str!("../data/roles.txt"));
        let abbrevs = set(include_str!("../data/abbreviations.txt"));
        let female = set(include_str!("../data/names_female.txt"));
        let male = set(include_str!("../data/names_male.txt"));
        let either = set(include_str!("../data/names_unisex.txt"));
        let org_kinds = set(include_str!("../data/words/org_kinds.tsv"));
        let firsts: RefSet<String> = titles
            .iter()
            .filter_map(|t| t.split(' ').next())
            .map(str::to_string)
            .collect();
        let mut cue_forms = RefSet::new();
        for l in lines(include_str!("../data/cues.tsv")).skip(1) {
            let f: Vec<&str> = l.split('\t').collect();
            if f.len() > 2 && CueClass::parse(f[1]).is_some() {
                cue_forms.extend(f[2].split_whitespace().map(str::to_string));
            }
        }
        let mut vocab: Vec<String> = Vec::new();
        for w in stop
            .iter()
            .chain(&orgs)
            .chain(&titles)
            .chain(&roles)
            .chain(&abbrevs)
            .chain(&female)
            .chain(&male)
            .chain(&either)
            .chain(&cue_forms)
            .chain(&org_kinds)
        {
            let mut title_case: String = w.chars().take(1).flat_map(char::to_uppercase).collect();
            title_case.extend(w.chars().skip(1));
            for v in [
                w.clone(),
                w.to_uppercase(),
                title_case,
                format!("{w}."),
                format!("{w}.."),
                format!("{w}s"),
                format!("{w}’s"),
                w.replace('k', "\u{212A}"),
                w.replace('i', "İ"),
                w.chars().rev().collect(),
            ] {
                vocab.push(v);
            }
        }
        vocab.extend(
            include_str!("../examples/article.txt")
                .split_whitespace()
                .map(str::to_string),
        );
        for w in &vocab {
            let l = w.to_lowercase();
            let bare = w.trim_end_matches('.').to_lowercase();
            assert_eq!(lx.is_stopword(w), stop.contains(&l), "{w:?}");
            assert_eq!(lx.is_org_word(w), orgs.contains(&bare), "{w:?}");
            assert_eq!(lx.title_starts(w), firsts.contains(&bare), "{w:?}");
            assert_eq!(lx.title(w).is_some(), titles.contains(w), "{w:?}");
            let role_expected = roles.contains(&l) || (titles.contains(&l) && l.len() > 3);
            assert_eq!(lx.role(w).is_some(), role_expected, "{w:?}");
            assert_eq!(lx.cue(w).is_some(), cue_forms.contains(&l), "{w:?}");
            // The build-time match over the same file, on the lowercased word.
            assert_eq!(lx.org_kind(w), crate::words::org_kinds(&l), "{w:?}");
            assert_eq!(lx.is_abbreviation(w), abbrevs.contains(w), "{w:?}");
            // A word the lists do not spell is looked up without accents.
            let mut buf = [0u8; 48];
            let listed = |w: &str| female.contains(w) || male.contains(w) || either.contains(w);
            let key = if listed(w) || w.is_ascii() {
                w.as_str()
            } else {
                crate::text::without_accents(w, &mut buf).unwrap_or(w)
            };
            // A hyphenated name off the lists is read from its parts
            // (`compound_given_names`).
            if w.contains('-') && !listed(w) {
                continue;
            }
            let gender = if female.contains(key) {
                Gender::Female
            } else if male.contains(key) {
                Gender::Male
            } else {
                Gender::Unknown
            };
            assert_eq!(lx.given_name(w).unwrap_or(Gender::Unknown), gender, "{w:?}");
            assert_eq!(lx.is_given_name(w), listed(key), "{w:?}");
        }
    }

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
        assert_eq!(lx.given_name("Mary"), Some(Gender::Female));
        assert_eq!(lx.given_name("Peter"), Some(Gender::Male));
    }

    /// Hyphenated given names the lists do not hold take the gender their
    /// parts agree on.
    #[test]
    fn compound_given_names() {
        let lx = lexicon();
        let cases: &[(&str, Option<Gender>)] = &[
            ("Marie-Claire", Some(Gender::Female)),
            ("Lars-Erik", Some(Gender::Male)),
            ("Jean-Pierre", Some(Gender::Male)),
            ("Jean-Marie", Some(Gender::Male)),
            ("Hans-Claire", Some(Gender::Unknown)),
            ("Marie-Zzyzx", None),
            ("Baden-Württemberg", None),
            ("Mary-", None),
            ("-", None),
        ];
        for (w, want) in cases {
            assert_eq!(lx.given_name(w), *want, "{w}");
        }
    }

    #[test]
    fn gender_compatibility() {
        assert!(Gender::Male.compatible(Gender::Unknown));
        assert!(!Gender::Male.compatible(Gender::Female));
    }
}
