//! Stage 4: person and source mentions.
//!
//! Names are found once per document (capitalised token runs, with titles
//! peeled off the front); pronouns and role descriptions ("a spokesman for
//! the company", "officials") are parsed on demand at the speaker slots of a
//! cue, where they matter, rather than everywhere.

use std::ops::Range;

use crate::lexicon::{Gender, Lexicon, lexicon};
use crate::segment::{TokKind, Token};
use crate::text::{is_capitalized, lower};
use crate::words;

/// What sort of source a mention names; the `speaker_kind` column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpeakerKind {
    /// A named or described person.
    Person,
    /// A company, party, agency, newspaper…
    Organization,
    /// An unnamed source ("a senior official", "officials").
    Unnamed,
    /// Several people or a plural common noun ("Republicans", "Ana Ruiz
    /// and Lena Ford"): not one person, so "he" never resolves to it.
    Group,
    /// A street, square or town ("Elizabeth Street"): never a speaker, and
    /// kept apart so a given name inside it does not make it a woman.
    Place,
}

impl SpeakerKind {
    /// The name in the `speaker_kind` column.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organization => "organization",
            SpeakerKind::Unnamed => "unnamed",
            SpeakerKind::Group => "group",
            SpeakerKind::Place => "place",
        }
    }
}

/// How a mention names its referent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// A proper name ("Ana Ruiz", "Ruiz").
    Name,
    /// A pronoun ("she", "they", "who").
    Pronoun,
    /// A description ("the governor", "a spokesman for the company").
    Description,
}

/// A mention of a possible speaker: a name, pronoun or description.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// Surface span, titles included ("Major General Mohammad Bagheri").
    pub start: usize,
    /// End of the surface span (exclusive).
    pub end: usize,
    /// The name without titles or possessive ("Mohammad Bagheri"); for
    /// descriptions and pronouns, equal to the surface span.
    pub core: Range<usize>,
    /// Its tokens.
    pub toks: Range<usize>,
    /// Name, pronoun or description.
    pub form: Form,
    /// Person, organisation, group, place or unnamed source.
    pub kind: SpeakerKind,
    /// Gender, from a title, given name or pronoun; unknown when none says.
    pub gender: Gender,
    /// A plural mention ("officials", "they").
    pub plural: bool,
    /// The title before the name, lowercase and without periods ("major general").
    /// Boxed, not a `String`: a window holds a mention per name and a row
    /// per quotation, and the spare capacity word of two strings was a
    /// sixth of each.
    pub title: Option<Box<str>>,
    /// The head noun of a description ("spokesman", "governor").
    pub role: Option<Box<str>>,
    /// Name has a given name, title or honorific: surely a person.
    pub confirmed_person: bool,
    /// Possessive ("Bagheri's"): a mention, but not a subject.
    pub possessive: bool,
}

impl Mention {
    /// A description over `toks` whose gender and number nothing tells:
    /// the generic speaker phrases ("the real estate developer", "58
    /// percent of voters").
    pub fn plain_description(
        tokens: &[Token],
        toks: Range<usize>,
        kind: SpeakerKind,
        role: Option<Box<str>>,
    ) -> Mention {
        let start = tokens[toks.start].start();
        let end = tokens[toks.end - 1].end();
        Mention {
            start,
            end,
            core: start..end,
            toks,
            form: Form::Description,
            kind,
            gender: Gender::Unknown,
            plural: false,
            title: None,
            role,
            confirmed_person: false,
            possessive: false,
        }
    }
}

/// Does `w` end in a possessive ("Ruiz's", "Ruiz’s")?
pub fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s")
}

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w)
}

/// Is word token `t` a possible part of a name? What the lexicon says of
/// the word itself comes from its token (the tokenizer looked it up).
fn name_token(lx: &Lexicon, text: &str, t: &Token) -> bool {
    name_word(lx, text, t) == Some(true)
}

/// Could word token `t` be part of a name: `Some(true)` when it may stand
/// anywhere in one, `Some(false)` for a capitalised word in "-ly" that is
/// no given name ("Clearly", but also "Kelly", "Connolly"), which may only
/// continue a name ([`name_run_last`]) or be a surname known from one,
/// `None` when it is no name word.
fn name_word(lx: &Lexicon, text: &str, t: &Token) -> Option<bool> {
    let w = t.text(text);
    if !is_capitalized(w) {
        // "Khalid al-Rashid", "Mr. el-Sayed": a particle joined to a
        // capitalised surname by a hyphen.
        return (hyphen_capital(w.as_bytes()) && particle_hyphen(w)).then_some(true);
    }
    let info = lx.word_info(t.word_id());
    let stopword = lx
        .word_info_of(w, t.word_id(), strip_possessive(w))
        .stopword;
    // ASCII digits never occur inside a longer UTF-8 character: bytes will do.
    let name = !stopword
        && !w.bytes().any(|b| b.is_ascii_digit())
        && !crate::cues::is_headline_form(w, info.cue.form);
    name.then(|| !is_ly_word(w) || lx.is_given_name(w))
}

/// Is `w` a lowercase particle joined by a hyphen to a capitalised name
/// ("al-Rashid", "el-Sayed", "bin-Laden")?
fn particle_hyphen(w: &str) -> bool {
    w.split_once('-')
        .is_some_and(|(p, rest)| words::connectors(p) && is_capitalized(rest))
}

/// A word in "-ly" of more than four bytes: an adverb ("Clearly,"
/// opening a sentence) unless a name shows otherwise.
fn is_ly_word(w: &str) -> bool {
    w.ends_with("ly") && w.len() > 4
}

/// The lexicon's gender for the title `words` make ([`title_key`]), with
/// the key built on the stack: asked for every capitalised word that may
/// open a title, of one to `max_title_words` words, so an allocation per
/// question was a large share of finding names.
fn title_of(lx: &Lexicon, words: &[&str]) -> Option<Gender> {
    let mut buf = [0u8; 96];
    let mut n = 0;
    for (i, w) in words.iter().enumerate() {
        let w = w.trim_end_matches('.');
        if !w.is_ascii() || n + 1 + w.len() > buf.len() {
            // Unicode lowercasing, or a key too long for the buffer.
            return lx.title(&title_key(words));
        }
        if i > 0 {
            buf[n] = b' ';
            n += 1;
        }
        buf[n..n + w.len()].copy_from_slice(w.as_bytes());
        n += w.len();
    }
    buf[..n].make_ascii_lowercase();
    // ASCII in, ASCII out.
    lx.title(std::str::from_utf8(&buf[..n]).ok()?)
}

fn title_key(words: &[&str]) -> String {
    let mut key = String::new();
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            key.push(' ');
        }
        key.push_str(&w.trim_end_matches('.').to_lowercase());
    }
    key
}

/// `lx.title_starts` of token `t`'s text (a final period dropped).
fn title_starts(lx: &Lexicon, text: &str, t: &Token) -> bool {
    let w = t.text(text);
    lx.word_info_of(w, t.word_id(), w.trim_end_matches('.'))
        .title_first
}

/// Longest title at the start of `words` (in words), with its gender;
/// `first` is the token of the first word.
fn leading_title(
    lx: &Lexicon,
    text: &str,
    first: Option<&Token>,
    words: &[&str],
) -> Option<(usize, Gender)> {
    if !first.is_some_and(|t| title_starts(lx, text, t)) {
        return None;
    }
    let max = lx.max_title_words.min(words.len());
    (1..=max)
        .rev()
        .find_map(|n| title_of(lx, &words[..n]).map(|g| (n, g)))
}

/// A regnal or generational number after a name: "II" to "VIII".
fn is_regnal(w: &str) -> bool {
    matches!(w, "II" | "III" | "IV" | "VI" | "VII" | "VIII")
}

fn is_acronym(w: &str) -> bool {
    // The shape test first: it fails at the second letter of most names.
    w.chars()
        .all(|c| c.is_uppercase() || c == '.' || c == '&' || c == '-')
        && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// After the "and" at token `and` inside the run opening at `i`, do one
/// to three capitalised words end in a body's head word
/// (`data/words/body_heads.txt`: "Rescue Service", "Drug Administration"),
/// with no given name in the
/// run before? Then the "and" is inside one body's name, not between two
/// names ("Fox News and MSNBC", "Ana Ruiz and Ben Ode").
fn org_head_follows(lx: &Lexicon, text: &str, tokens: &[Token], i: usize, and: usize) -> bool {
    if tokens[i..and]
        .iter()
        .any(|t| lx.is_given_name(t.text(text)))
    {
        return false;
    }
    let mut k = and + 1;
    while k < tokens.len()
        && k <= and + 3
        && tokens[k].is_word()
        && is_capitalized(tokens[k].text(text))
    {
        let w = tokens[k].text(text);
        if crate::text::lowered(w, words::body_heads)
            && !tokens
                .get(k + 1)
                .is_some_and(|n| n.is_word() && is_capitalized(n.text(text)))
        {
            return k > and + 1;
        }
        k += 1;
    }
    false
}

fn run_has_org(lx: &Lexicon, text: &str, run: &[Token]) -> bool {
    run.iter().any(|t| {
        let w = t.text(text);
        lx.word_info_of(w, t.word_id(), w.trim_end_matches('.')).org
    })
}

/// All names in the document, in order.
///
/// Runs once per document over every token, so the loop only finds where a
/// run of name words opens and ends; the parsing of titles, modifiers and
/// articles around a run is left to helpers that see only that run.
///
/// A capitalised word in "-ly" is an adverb when it stands alone
/// ("Clearly, …") but may end a name ("Megyn Kelly", "Sen. Joe
/// Donnelly"). When a person's name ends in one, the document is read a
/// second time with those surnames known, so "Donnelly said" is a name
/// too; most documents have none and are read once.
pub fn find_names(text: &str, tokens: &[Token]) -> Vec<Mention> {
    let bytes = text.as_bytes();
    let caps: Vec<u32> = (0..tokens.len())
        .filter(|&i| may_open_name(bytes, &tokens[i]))
        .filter_map(|i| u32::try_from(i).ok())
        .collect();
    find_names_at(text, tokens, &caps)
}

/// May token `t` open a name: its first byte is an ASCII capital or
/// starts a character outside ASCII? Every other token (most words start
/// with an ASCII byte that is no capital letter) is no name token, known
/// without slicing the word. The statement of
/// [`crate::segment::Tokenized::capitals`].
pub(crate) fn may_open_name(bytes: &[u8], t: &Token) -> bool {
    let s = t.start();
    !bytes
        .get(s)
        .is_some_and(|&b| b < 0x80 && !b.is_ascii_uppercase())
        || (t.is_word() && bytes.get(s..t.end()).is_some_and(hyphen_capital))
}

/// Does `word` start with two or three lowercase ASCII letters, a hyphen
/// and an ASCII capital ("al-Rashid", "bin-Talal")? Such a word may open a
/// name ([`particle_hyphen`] decides); a cheap byte test, as the tokenizer
/// asks it of every word it cannot rule out.
pub(crate) fn hyphen_capital(word: &[u8]) -> bool {
    let at = |k: usize| {
        word.get(k..k + 2)
            .is_some_and(|b| b[0] == b'-' && b[1].is_ascii_uppercase())
            && word[..k].iter().all(u8::is_ascii_lowercase)
    };
    at(2) || at(3)
}

/// [`find_names`], given the tokens that may open a name
/// ([`may_open_name`], in order): only those are visited.
pub(crate) fn find_names_at(text: &str, tokens: &[Token], caps: &[u32]) -> Vec<Mention> {
    let mut surnames = Vec::new();
    let names = names_pass(text, tokens, caps, &[], &mut surnames);
    if surnames.is_empty() {
        return names;
    }
    surnames.sort_unstable();
    surnames.dedup();
    // Read again only when such a surname also stands outside every name.
    let mut inside = names.iter().map(|m| m.toks.clone()).peekable();
    let alone = tokens.iter().enumerate().any(|(k, t)| {
        while inside.next_if(|r| r.end <= k).is_some() {}
        !inside.peek().is_some_and(|r| r.contains(&k))
            && t.is_word()
            && surnames
                .binary_search(&strip_possessive(t.text(text)))
                .is_ok()
    });
    if !alone {
        return names;
    }
    names_pass(text, tokens, caps, &surnames, &mut Vec::new())
}

/// One reading of the document's names. `known`: surnames in "-ly" that
/// name a person (sorted); the surnames in "-ly" that end a person's name
/// found in this reading are added to `ly_surnames`.
fn names_pass<'a>(
    text: &'a str,
    tokens: &[Token],
    caps: &[u32],
    known: &[&str],
    ly_surnames: &mut Vec<&'a str>,
) -> Vec<Mention> {
    let lx = lexicon();
    // About one name per ten tokens in news: sized once instead of grown
    // (and copied) several times; the slack is given back at the end.
    let mut out = Vec::with_capacity(tokens.len() / 8);
    let mut i = 0;
    // One buffer for the words of every run: no allocation per name.
    let mut words: Vec<&str> = Vec::with_capacity(8);
    let mut lines = HeadlineLines::default();
    // Only the tokens that may open a name are visited (`caps`).
    let mut next_cap = caps.iter().map(|&k| k as usize).peekable();
    while i < tokens.len() {
        while next_cap.next_if(|&k| k < i).is_some() {}
        let Some(&cap) = next_cap.peek() else {
            break;
        };
        i = cap;
        let Some(&t) = tokens.get(i) else {
            break;
        };
        if !(t.is_word() && opens_name(lx, text, tokens, i, known)) {
            i += 1;
            continue;
        }
        if opening_participle(lx, text, tokens, i) {
            i += 1;
            continue;
        }
        if let Some(after) = dateline_end(text, tokens, i) {
            // "TORONTO —", "LAGOS, Nigeria (Reuters) -": where the story
            // was filed, not who speaks in it.
            i = after;
            continue;
        }
        let mut last = name_run_last(lx, text, tokens, i);
        if last > i && !prose_beside(text, tokens, i, last) && lines.is_headline(text, tokens, i) {
            last = headline_run_last(lx, text, tokens, i, last);
        }
        let run = particles_after_title(lx, text, tokens, i)..last + 1;
        i = last + 1;
        words.clear();
        words.extend(tokens[run.clone()].iter().map(|t| t.text(text)));
        let (start_tok, mut title) = match title_before(lx, text, tokens, run.start) {
            Some((from, key, g)) => (from, Some((key, g))),
            None => (run.start, None),
        };
        let name_from = name_start_in_run(lx, text, tokens, &run, &words, &mut title);
        if title_only_run(lx, text, tokens, &run, &words) {
            // "the Prime Minister", "The state's Reconstruction Minister":
            // a role, described; no person is named.
            continue;
        }
        let name_toks = run.start + name_from..run.end;
        let mut m = name_mention(lx, text, tokens, name_toks, start_tok, title);
        // "Caroline Ashby-Ward KC": letters after the name are part of the
        // mention, not of the name (as a title before it is).
        if m.kind == SpeakerKind::Person {
            while tokens.get(m.toks.end).is_some_and(|t| {
                t.is_word()
                    && is_post_nominal(t.text(text))
                    && !line_break_between(text, tokens[m.toks.end - 1], *t)
            }) {
                m.end = tokens[m.toks.end].end();
                m.toks.end += 1;
            }
            i = i.max(m.toks.end);
        }
        // "the airline, NordAir,", "the club, Harbury Athletic,": a name in
        // apposition to an organisation noun names that organisation.
        if m.kind == SpeakerKind::Person
            && !m.confirmed_person
            && start_tok >= 3
            && tokens[start_tok - 1].kind() == TokKind::Punct(',')
            && word_in(tokens, start_tok - 2, text, words::kindless_org_nouns_lower)
            && word_in(tokens, start_tok - 3, text, words::determiners_ascii_lower)
            // Closed off: "…issued by his firm, Braynard boasted" opens a clause.
            && tokens
                .get(m.toks.end)
                .is_some_and(|t| t.kind() == TokKind::Punct(','))
        {
            m.kind = SpeakerKind::Organization;
        }
        if m.kind == SpeakerKind::Organization && start_tok > 0 {
            org_leading_the(text, tokens, &mut m, start_tok);
        }
        if m.kind == SpeakerKind::Person && m.toks.len() > 1 {
            let surname = strip_possessive(tokens[m.toks.end - 1].text(text));
            if is_ly_word(surname) && !lx.is_given_name(surname) {
                ly_surnames.push(surname);
            }
        }
        out.push(m);
    }
    // The document keeps these until its rows are written: no growth slack.
    out.shrink_to_fit();
    out
}

/// Is `w` letters after a name ("KC", "MP", "PhD";
/// `data/words/post_nominals.txt`)? Asked of name words, so the shape
/// (two capitals, or "PhD"/"DPhil") is tested before the list.
fn is_post_nominal(w: &str) -> bool {
    let b = w.as_bytes();
    (2..=5).contains(&b.len())
        && b[0].is_ascii_uppercase()
        && (b[1].is_ascii_uppercase() || b[1] == b'h' || b[1] == b'P')
        && words::post_nominals(w)
}

/// Where a name run opening at token `i` starts: at `i`, or earlier at
/// the lowercase particles between it and a title ("Ms de Villiers", "Mr
/// ab Owain", "Dr dos Santos"), which are part of the surname.
fn particles_after_title(lx: &Lexicon, text: &str, tokens: &[Token], i: usize) -> usize {
    let bytes = text.as_bytes();
    let lower_word =
        |k: usize| tokens[k].is_word() && bytes[tokens[k].start()].is_ascii_lowercase();
    let upper_word =
        |k: usize| tokens[k].is_word() && bytes[tokens[k].start()].is_ascii_uppercase();
    // One or two particles ("Ms de Villiers", "Mr van der Berg"): most
    // runs are ruled out on the first byte of the word before them.
    if i == 0 || !lower_word(i - 1) || !words::connectors(tokens[i - 1].text(text)) {
        return i;
    }
    let k = if i >= 2 && lower_word(i - 2) && words::connectors(tokens[i - 2].text(text)) {
        i - 2
    } else {
        i - 1
    };
    // After a title, or where no word could govern the particle: the
    // start of a sentence, punctuation, or a word that joins or
    // introduces a name ("Kovalenko and van der Berg said", "said de
    // Villiers").
    let opens =
        k == 0 || !tokens[k - 1].is_word() || words::particle_governors(tokens[k - 1].text(text));
    if opens || (k > 0 && upper_word(k - 1) && title_before(lx, text, tokens, k).is_some()) {
        k
    } else {
        i
    }
}

/// Is the name run `run` (with `words`) a title and no name: it ends in a
/// title ("Prime Minister", "Reconstruction Minister", "the President")
/// with no given name before it, and is two words or more or follows a
/// determiner or possessive? Such a run is a description of whoever holds
/// the role ("the Foreign Minister said" is the minister named earlier),
/// found at speaker slots by its role word. A lone title word without a
/// determiner stays a name: "King said" is a surname.
fn title_only_run(
    lx: &Lexicon,
    text: &str,
    tokens: &[Token],
    run: &Range<usize>,
    words: &[&str],
) -> bool {
    let toks = &tokens[run.clone()];
    // The last word must be on the role list as well as a title: "Mr.
    // King", "Charlie King" and "Mr. Prince" are surnames.
    let last = toks[toks.len() - 1];
    // "Department of Justice", "Brennan Center for Justice": a body.
    if lx.word_info(last.word_id()).role.is_none() || run_has_org(lx, text, toks) {
        return false;
    }
    let ends_in_title = (0..words.len()).any(|p| {
        leading_title(lx, text, toks.get(p), &words[p..]).is_some_and(|(n, _)| p + n == words.len())
            && (0..p).all(|k| {
                !lx.is_given_name(words[k])
                    && leading_title(lx, text, toks.get(k), &words[k..]).is_none()
            })
    });
    if !ends_in_title {
        return false;
    }
    words.len() >= 2
        || run.start.checked_sub(1).is_some_and(|k| {
            tokens[k].is_word()
                && (words::determiners_lower(tokens[k].text(text))
                    || is_possessive(tokens[k].text(text)))
        })
}

/// At most this many words in a title-case headline line.
const MAX_HEADLINE_WORDS: usize = 24;

/// Which lines are title-case headlines ("Chris Christie Calls Hillary
/// Clinton …"), asked for tokens in increasing order: each line is read
/// once, and at most [`MAX_HEADLINE_WORDS`] + 1 words of it, so a
/// document that is one long line costs no more than its tokens.
#[derive(Default)]
struct HeadlineLines {
    /// The token the current line's answer holds until (exclusive).
    until: usize,
    headline: bool,
}

impl HeadlineLines {
    /// Is token `i` on a title-case headline line: a whole line of three
    /// to [`MAX_HEADLINE_WORDS`] words, nine in ten of them capitalised
    /// (short function words and particles aside)?
    fn is_headline(&mut self, text: &str, tokens: &[Token], i: usize) -> bool {
        if i < self.until {
            return self.headline;
        }
        // Each word counts toward the line's words, and toward its
        // lowercase ones unless capitalised; short function words and
        // particles do not count. More lowercase words than a headline of
        // the longest kind may hold end the reading early: most lines are
        // prose, and are known as such after a few words.
        let (mut words, mut lower) = (0usize, 0usize);
        let mut count = |t: &Token| -> bool {
            if t.is_word() {
                let w = t.text(text);
                if headline_counts(w) {
                    words += 1;
                    lower += usize::from(!is_capitalized(w));
                }
            }
            words <= MAX_HEADLINE_WORDS && lower * 10 <= MAX_HEADLINE_WORDS
        };
        // Back to the line's start, then on to its end.
        // Tokens that count for nothing (punctuation, "of the of …") are
        // bounded too, so a hostile line costs no long scan per name.
        let max_tokens = 4 * MAX_HEADLINE_WORDS;
        let mut start = i;
        loop {
            if !count(&tokens[start]) || i - start > max_tokens {
                return false;
            }
            if start == 0 || line_break_between(text, tokens[start - 1], tokens[start]) {
                break;
            }
            start -= 1;
        }
        let mut end = i + 1;
        while end < tokens.len() && !line_break_between(text, tokens[end - 1], tokens[end]) {
            if !count(&tokens[end]) || end - start > max_tokens {
                return false;
            }
            end += 1;
        }
        // A final period does not matter: some archives add one. Nine in
        // ten: "Luca Di Stefano and Youssef El Amrani spent Monday in
        // Lagos." is a sentence, however many names it holds.
        self.until = end;
        self.headline = words >= 3 && lower * 10 <= words;
        self.headline
    }
}

/// Does word `w` count when a line is judged title case? Short function
/// words ("of", "the") and particles ("van", "de") may stay lowercase in a
/// headline, and count neither way.
fn headline_counts(w: &str) -> bool {
    !(words::headline_function_words_ascii_lower(w) || words::connectors(w))
}

/// Is there a counted word in lower case right before or after the name
/// run `i..=last`, on its line ("said", "told")? Then the line is prose,
/// known without reading it. A number, or a word on the line before ("2\n
/// Salma Hayek Described …"), is no such word.
fn prose_beside(text: &str, tokens: &[Token], i: usize, last: usize) -> bool {
    let lower_word = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            let w = t.text(text);
            t.is_word() && w.starts_with(|c: char| c.is_lowercase()) && headline_counts(w)
        })
    };
    (lower_word(last + 1) && !line_break_between(text, tokens[last], tokens[last + 1]))
        || (i > 0 && lower_word(i - 1) && !line_break_between(text, tokens[i - 1], tokens[i]))
}

/// Where a name run from `i` to `last` ends in a title-case headline,
/// where every word is capitalised and runs swallow the next words
/// ("Chris Christie Calls Hillary Clinton", "Lindsey Graham
/// Endorsement"): before a cue verb ("Calls", "Says"), and after two words
/// when the run opens with a given name, unless an initial or a particle
/// follows ("John F. Kennedy", "Ben van der Berg").
fn headline_run_last(lx: &Lexicon, text: &str, tokens: &[Token], i: usize, last: usize) -> usize {
    let mut end = last;
    if let Some(k) = (i + 1..=last).find(|&k| {
        let t = tokens[k];
        crate::cues::is_headline_form(t.text(text), lx.word_info(t.word_id()).cue.form)
    }) {
        end = k - 1;
    }
    if end > i + 1 && lx.is_given_name(tokens[i].text(text)) {
        // Past the given name, initials and particles, one word: the
        // surname ("Ben van der Berg", "John F. Kennedy").
        let mut k = i + 1;
        while k < end && {
            let w = tokens[k].text(text);
            (w.len() <= 2 && w.ends_with('.')) || words::connectors(w)
        } {
            k += 1;
        }
        end = end.min(k);
    }
    end
}

/// Is token `i` a participle opening its sentence ("Opening the session,
/// the aide said", "Addressing reporters in Ottawa, …")? A capitalised
/// word in "-ing" of more than five letters, no given name, first in its
/// sentence, line or after a dateline's dash, and followed by an article, a possessive or a
/// preposition that opens its object. "Beijing said" stays a name.
fn opening_participle(lx: &Lexicon, text: &str, tokens: &[Token], i: usize) -> bool {
    let w = tokens[i].text(text);
    if !(w.ends_with("ing") && w.len() > 5) || lx.is_given_name(w) {
        return false;
    }
    let first = i == 0
        || line_break_between(text, tokens[i - 1], tokens[i])
        || matches!(
            tokens[i - 1].kind(),
            TokKind::Punct('.' | '!' | '?' | '"' | '”' | '’' | '—' | '–')
        );
    first
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.is_word() && words::participle_objects(n.text(text)))
}

/// The token after the dash that ends a dateline opening its line at token
/// `i`: a word in capitals ("TORONTO", "LAGOS"), then at most a few
/// capitalised words, commas and a parenthesised agency ("LAGOS, Nigeria
/// (Reuters) -"), then a dash, all on one line. `None` for anything else,
/// a transcript label ("TAPPER:") included.
fn dateline_end(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    if i > 0 && !line_break_between(text, tokens[i - 1], tokens[i]) {
        return None;
    }
    let first = tokens[i].text(text);
    let capitals = first.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !first.chars().any(char::is_lowercase);
    if !capitals {
        return None;
    }
    for k in i + 1..(i + 10).min(tokens.len()) {
        if line_break_between(text, tokens[k - 1], tokens[k]) {
            return None;
        }
        match tokens[k].kind() {
            TokKind::Punct('—' | '–' | '-') => return Some(k + 1),
            TokKind::Punct(',' | '(' | ')' | '.') => {}
            TokKind::Word if is_capitalized(tokens[k].text(text)) => {}
            _ => return None,
        }
    }
    None
}

/// Is the word token after `i` a possible name word? What lets a word that
/// is no name word on its own open a name before it.
fn next_is_name(lx: &Lexicon, text: &str, tokens: &[Token], i: usize) -> bool {
    tokens
        .get(i + 1)
        .is_some_and(|n| n.is_word() && name_token(lx, text, n))
}

/// Can the word token `i` open a name? A name word can; so can a few words
/// that are stopwords or adverbs elsewhere, when a name word follows.
fn opens_name(lx: &Lexicon, text: &str, tokens: &[Token], i: usize, known: &[&str]) -> bool {
    let w = tokens[i].text(text);
    name_token(lx, text, &tokens[i])
        // "Donnelly said", once "Sen. Joe Donnelly" was named.
        || (!known.is_empty()
            && name_word(lx, text, &tokens[i]).is_some()
            && known.binary_search(&strip_possessive(w)).is_ok())
        // "The Daily Ledger", "The Weekly Standard": an -ly word
        // after "The" opens a name when a name word follows.
        || (w.ends_with("ly")
            && is_capitalized(w)
            && i > 0
            && tokens[i - 1].text(text) == "The"
            && next_is_name(lx, text, tokens, i))
        // "New" is a stopword, except opening a name ("New York Times"),
        // and so is a given name that is a word too ("Will Hurd").
        || (w == "New" && next_is_name(lx, text, tokens, i))
        || (lx.is_given_name(w)
            && next_is_name(lx, text, tokens, i)
            // Not in a title-case headline ("Will Twitter Survive?").
            && !tokens
                .get(i + 2)
                .is_some_and(|t| t.is_word() && is_capitalized(t.text(text))))
}

/// The last token of the name run that token `i` opens. Connectors join
/// name words only when a name word follows them, so a run never ends on
/// one; a possessive or a line break ends it.
fn name_run_last(lx: &Lexicon, text: &str, tokens: &[Token], i: usize) -> usize {
    // Extend over name tokens and lowercase connectors between them.
    let mut j = i + 1;
    let mut last = i;
    while j < tokens.len() {
        let tj = tokens[j];
        // "Harbour Workers' Union", "the Nurses’ Association": a plural
        // possessive inside an organisation's name.
        if j == last + 1 && plural_possessive_in_org(lx, text, tokens, last) {
            last = j + 1;
            j += 2;
            continue;
        }
        if !tj.is_word()
            || is_possessive(tokens[last].text(text))
            || line_break_between(text, tokens[j - 1], tj)
        {
            break;
        }
        let w = tj.text(text);
        // "Caroline Ashby-Ward KC", "Fiona Galbraith MP": letters after the
        // name end it.
        if is_post_nominal(w) {
            break;
        }
        let word = name_word(lx, text, &tj);
        if word == Some(false) {
            // A word in "-ly" may end a run ("Megyn Kelly", "Sen. Joe
            // Donnelly"), never sit inside one: "Clinton Campaign
            // Reportedly Scrambling" is a headline's adverb.
            let more = tokens.get(j + 1).is_some_and(|n| {
                n.is_word() && !line_break_between(text, tj, *n) && name_word(lx, text, n).is_some()
            });
            if !more {
                last = j;
            }
            break;
        }
        if word.is_some() {
            last = j;
            j += 1;
        } else if matches!(w, "and" | "&") && portfolio_follows(lx, text, tokens, i, j) {
            // "Water and Sanitation Minister Achieng Odera": one portfolio.
            j += 1;
        } else if matches!(w, "and" | "&") && org_head_follows(lx, text, tokens, i, j) {
            // "Northern Fire and Rescue Service", "Food and Drug
            // Administration": one body.
            j += 1;
        } else if (words::connectors(w)
            || (words::org_linkers(w)
                && run_has_org(lx, text, &tokens[i..j])
                // "and" joins inside an organisation's complement ("Department
                // of Health and Human Services"), not two organisations
                // ("Fox News and MSNBC").
                && (!matches!(w, "and" | "&")
                    || tokens[i..j].iter().any(|t| matches!(t.text(text), "of" | "for")))))
            && tokens.get(j + 1).is_some_and(|n| {
                n.is_word() && name_token(lx, text, n) && !line_break_between(text, tj, *n)
            })
        {
            // "Ibn al-Rashid", "Department of Education".
            j += 1;
        } else if words::connectors(w)
            && tokens
                .get(j + 1)
                .is_some_and(|n| words::connectors(n.text(text)))
            && tokens.get(j + 2).is_some_and(|n| {
                n.is_word() && name_token(lx, text, n) && !line_break_between(text, tj, *n)
            })
        {
            // Two particles: "Ben van der Berg", "Sophie de la Cruz".
            j += 2;
        } else {
            break;
        }
    }
    last
}

/// Is token `k` a plural ending in "s" with an apostrophe right after it
/// (no space) and then, after one space, a capitalised organisation word
/// ("Workers' Union", "Nurses’ Association")?
fn plural_possessive_in_org(lx: &Lexicon, text: &str, tokens: &[Token], k: usize) -> bool {
    // The apostrophe first: nearly every run fails there.
    let Some(&apos) = tokens
        .get(k + 1)
        .filter(|a| a.start() == tokens[k].end() && matches!(a.kind(), TokKind::Punct('\'' | '’')))
    else {
        return false;
    };
    let Some(&org) = tokens.get(k + 2) else {
        return false;
    };
    let w = tokens[k].text(text);
    let o = org.text(text);
    tokens[k].is_word()
        && w.ends_with('s')
        && org.is_word()
        && is_capitalized(o)
        && text.get(apos.end()..org.start()) == Some(" ")
        && lx.word_info_of(o, org.word_id(), o).org
}

/// Does the "and" at token `and` join a portfolio before a title ("Water
/// and Sanitation Minister Achieng Odera", "Health and Social Care
/// Secretary Ann Lee")? The run `i..and` is one or two capitalised words
/// with no given name among them, and after the "and" at most three more
/// lead to a title of `data/words/portfolio_titles.txt` that a name word
/// follows, all on one line. "Ruiz and Ford said" stays two people.
fn portfolio_follows(lx: &Lexicon, text: &str, tokens: &[Token], i: usize, and: usize) -> bool {
    let before = &tokens[i..and];
    if before.len() > 2
        || before
            .iter()
            .any(|t| !is_capitalized(t.text(text)) || lx.is_given_name(t.text(text)))
    {
        return false;
    }
    let mut k = and + 1;
    while k < tokens.len() && k <= and + 4 {
        let t = tokens[k];
        let w = t.text(text);
        if !t.is_word() || !is_capitalized(w) || line_break_between(text, tokens[k - 1], t) {
            return false;
        }
        if k > and + 1 && words::portfolio_titles_ascii_lower(w) {
            return tokens.get(k + 1).is_some_and(|n| {
                n.is_word() && name_token(lx, text, n) && !line_break_between(text, t, *n)
            });
        }
        if lx.is_given_name(w) {
            return false;
        }
        k += 1;
    }
    false
}

/// A lowercase title right before the run at token `run_start` ("former
/// president", "state sen."), of at most three words, the longest first:
/// its first token, key and gender. The mention then starts at the title.
// Inlined at both callers: called once per name run, and out of line it
// cost names_pass about 7 % (measured with callgrind on PolNeAR text).
#[inline(always)]
fn title_before(
    lx: &Lexicon,
    text: &str,
    tokens: &[Token],
    run_start: usize,
) -> Option<(usize, String, Gender)> {
    for n in (1..=3).rev() {
        // The title's words must all be words: test that before any lookup.
        if run_start < n
            || !tokens[run_start - n..run_start].iter().all(Token::is_word)
            || !title_starts(lx, text, &tokens[run_start - n])
        {
            continue;
        }
        let mut prev = [""; 3];
        for (p, t) in prev.iter_mut().zip(&tokens[run_start - n..run_start]) {
            *p = t.text(text);
        }
        let prev = &prev[..n];
        if let Some(g) = title_of(lx, prev) {
            return Some((run_start - n, title_key(prev), g));
        }
    }
    None
}

/// Peel capitalised titles off `words` from word `name_from` on, repeatedly
/// ("Former Vice President"), but never the last word: a title alone is no
/// name. The last title peeled replaces `title`; returns where the name
/// now starts.
fn peel_titles(
    lx: &Lexicon,
    text: &str,
    toks: &[Token],
    words: &[&str],
    mut name_from: usize,
    title: &mut Option<(String, Gender)>,
) -> usize {
    while let Some((n, g)) = leading_title(lx, text, toks.get(name_from), &words[name_from..]) {
        if name_from + n >= words.len() {
            break;
        }
        *title = Some((title_key(&words[name_from..name_from + n]), g));
        name_from += n;
    }
    name_from
}

/// Where the name starts among the `words` of the name run `run` (a word
/// index): after the titles, and the place, body or modifier words before
/// them, that the run opens with. They stay in the mention's span, not in
/// its name; the title found replaces `title`.
fn name_start_in_run(
    lx: &Lexicon,
    text: &str,
    tokens: &[Token],
    run: &Range<usize>,
    words: &[&str],
    title: &mut Option<(String, Gender)>,
) -> usize {
    let toks = &tokens[run.clone()];
    let mut name_from = peel_titles(lx, text, toks, words, 0, title);
    // A title after a place or body: "Ohio Gov. John Kasich", "Army Lt.
    // Gen. Mick Bednarek". The prefix stays in the mention, not the name.
    if name_from == 0 {
        for p in 1..words.len().saturating_sub(1) {
            let Some((n, g)) = leading_title(lx, text, toks.get(p), &words[p..]) else {
                continue;
            };
            if p + n < words.len() && is_capitalized(words[p]) {
                *title = Some((title_key(&words[p..p + n]), g));
                name_from = peel_titles(lx, text, toks, words, p + n, title);
                break;
            }
        }
    }
    // "Rival Ngozi Umeh", "Student Tane Parata": capitalised words before
    // a given name that still leaves a surname are modifiers, not name
    // ("Mary Ann Smith" keeps "Mary": a given name opens it, and "Tan Mei
    // Ling" keeps "Tan": a family name written first opens it).
    // After a courtesy title no modifier comes: "Mr Cliff Otieno Ouma" is
    // a whole name. Not after "Miss", which also opens pageant titles
    // ("Miss Universe Alicia Machado").
    let titled = title
        .as_ref()
        .is_some_and(|(t, _)| words::honorifics(t) && t != "miss");
    if !titled && words.len() - name_from >= 3 && !run_has_org(lx, text, &tokens[run.clone()]) {
        let given_at = (name_from + 1..words.len() - 1).find(|&k| lx.is_given_name(words[k]));
        if let Some(k) = given_at
            && !(k == name_from + 1
                && first_name_in_name_slot(lx, text, tokens, run.start + name_from))
            && words[name_from..k].iter().all(|w| {
                // "Máret Ánne Bongo": an accented word is a name, not an
                // English modifier.
                w.is_ascii()
                    // "C. Stewart Verdery": an initial is part of the name.
                    && (w.len() > 2 || !w.ends_with('.'))
                    && !lx.is_given_name(w)
                    && is_capitalized(w)
                    && !is_acronym(w)
                    && !words::surname_first_families(w)
            })
        {
            *title = Some((title_key(&words[name_from..k]), Gender::Unknown));
            name_from = k;
        }
    }
    name_from
}

/// Is the word at token `first`, before a known given name, a first name
/// rather than a modifier? Right after a quotation's closing mark, a cue
/// or "and" a name phrase begins ("…,” Abdirizak Nur Dualeh said", "said
/// Ubah Yusuf Egal", "Ana Ruiz and Wilson Kiprotich Chebet"): a word there
/// that the lists know as nothing else is the person's first name.
fn first_name_in_name_slot(lx: &Lexicon, text: &str, tokens: &[Token], first: usize) -> bool {
    let Some(p) = first.checked_sub(1).map(|p| tokens[p]) else {
        return false;
    };
    let slot = matches!(p.kind(), TokKind::Punct('”' | '’' | '»' | '"'))
        || (p.is_word() && (p.text(text) == "and" || lx.word_info(p.word_id()).cue.form.is_some()));
    let t = tokens[first];
    let info = lx.word_info(t.word_id());
    // "Texas-based Matt Mackowiak": a compound adjective.
    slot && !t.text(text).contains('-')
        && info.role.is_none()
        && info.title.is_none()
        && !info.title_first
        && !info.org
        && !info.stopword
}

/// The span of organisation `m` starting at token `start_tok` (> 0): a
/// "The" before it stays out, as running text writes "the New York
/// Times", but a newspaper's own "The" is part of its name.
fn org_leading_the(text: &str, tokens: &[Token], m: &mut Mention, start_tok: usize) {
    // "The New York Times": keep a leading "The" out of the name.
    m.start = tokens[start_tok].start();
    // ...except a newspaper's, whose "The" is part of its name
    // ("The Daily Ledger"), as its own masthead writes it.
    let lx = lexicon();
    let newspaper = tokens[m.toks.clone()]
        .iter()
        .any(|t| lx.word_info(t.word_id()).org_kind == Some("newspaper"));
    if newspaper && tokens[start_tok - 1].text(text) == "The" && m.toks.start == start_tok {
        m.start = tokens[start_tok - 1].start();
        m.core.start = m.start;
        m.toks.start = start_tok - 1;
    }
}

/// The common noun a later reference uses for an organisation with this
/// name word ("Mining" → "company", "Ledger" → "newspaper"), from
/// `data/words/org_kinds.tsv`; `None` for other words.
pub fn org_kind(w: &str) -> Option<&'static str> {
    lexicon().org_kind(w)
}

/// Does a line break separate tokens `a` and `b`? A name never runs over
/// one: "India\nTane Parata" is a dateline and a name.
fn line_break_between(text: &str, a: Token, b: Token) -> bool {
    text.get(a.end()..b.start())
        .is_some_and(|gap| gap.contains(['\n', '\r']))
}

/// Is the name run `name_toks` a place: its last word a place head
/// ("Elizabeth Street", "Victoria Square") or its first a place prefix
/// ("Lake Louise", "San Antonio")? A given name in front must not
/// turn it into a woman whom "she" could mean.
fn is_place_name(text: &str, tokens: &[Token], name_toks: &Range<usize>) -> bool {
    name_toks.len() >= 2
        && (tokens
            .get(name_toks.end - 1)
            .is_some_and(|t| words::place_heads_lower(strip_possessive(t.text(text))))
            || tokens
                .get(name_toks.start)
                .is_some_and(|t| words::place_prefixes_lower(t.text(text))))
}

fn name_mention(
    lx: &Lexicon,
    text: &str,
    tokens: &[Token],
    name_toks: Range<usize>,
    start_tok: usize,
    title: Option<(String, Gender)>,
) -> Mention {
    let first = tokens[name_toks.start].text(text);
    let last_tok = tokens[name_toks.end - 1];
    let last_word = last_tok.text(text);
    let possessive = is_possessive(last_word);
    let core_end = last_tok.start() + strip_possessive(last_word).len();
    // A lone word is more often a surname ("Hassan said"): no gender from it.
    let multiword = name_toks.end - name_toks.start > 1;
    // What the given-name lists say of each word, asked once per word. Only
    // the last word of a run can be possessive, so the first needs no
    // stripping.
    let first_given = if multiword {
        lx.given_name(first)
    } else {
        None
    };
    // An org-kind word ("Mining", "Post") is weaker evidence than a given
    // name in front: "Ana Post" stays a person.
    let given_first = first_given.is_some();
    let last_tok = name_toks.end - 1;
    let org = tokens[name_toks.clone()].iter().enumerate().any(|(k, t)| {
        let full = t.text(text);
        let w = strip_possessive(full);
        let id = t.word_id();
        // As `is_org_word(w)` and `org_kind(w)`, from the token's entry.
        lx.word_info_of(full, id, w.trim_end_matches('.')).org
            // "Charles III", "Kwaku Dzokoto IV": a regnal number ends a
            // person's name; it is no acronym.
            || (is_acronym(w) && !(multiword && name_toks.start + k == last_tok && is_regnal(w)))
            || (!given_first && lx.word_info_of(full, id, w).org_kind.is_some())
    });
    let place = !org && title.is_none() && is_place_name(text, tokens, &name_toks);
    // "Republicans said", "Teachers say" (a capital at a sentence start):
    // a plural role noun alone is a group, not a person's surname.
    let group = !org
        && title.is_none()
        && !multiword
        && lx
            .role_of_part(
                first,
                tokens[name_toks.start].word_id(),
                strip_possessive(first),
            )
            .is_some_and(|r| r.plural);
    // Surname-first names ("Nguyen Thi Lan", "Zhang Wei") carry the given
    // name last: any given name in a multi-word run is person evidence, and
    // the gender is the first word's, else the first later word's that has
    // one.
    let mut given_word = given_first;
    let mut given = first_given.unwrap_or(Gender::Unknown);
    if multiword {
        for t in &tokens[name_toks.start + 1..name_toks.end] {
            let g = lx.given_name(strip_possessive(t.text(text)));
            given_word |= g.is_some();
            if given == Gender::Unknown {
                given = g.unwrap_or(Gender::Unknown);
            }
        }
    }
    let title_gender = title.as_ref().map(|t| t.1).unwrap_or(Gender::Unknown);
    let gender = if place {
        Gender::Unknown
    } else if title_gender != Gender::Unknown {
        title_gender
    } else {
        given
    };
    let confirmed = !org && !place && !group && (title.is_some() || given_word);
    Mention {
        start: tokens[start_tok].start(),
        end: core_end,
        core: tokens[name_toks.start].start()..core_end,
        toks: start_tok..name_toks.end,
        form: Form::Name,
        kind: if org {
            SpeakerKind::Organization
        } else if place {
            SpeakerKind::Place
        } else if group {
            SpeakerKind::Group
        } else {
            SpeakerKind::Person
        },
        gender,
        plural: false,
        title: title.map(|t| t.0.into_boxed_str()),
        role: None,
        confirmed_person: confirmed,
        possessive,
    }
}

/// A pronoun that can be a speaker, with its gender and number.
pub fn pronoun(w: &str) -> Option<(Gender, bool, SpeakerKind)> {
    // Each is at most four ASCII letters, and an ASCII word lowercases to
    // its own length: most words are answered by their length.
    if w.len() > 4 && w.is_ascii() {
        return None;
    }
    let mut buf = [0u8; 48];
    match &*lower(w, &mut buf) {
        "he" => Some((Gender::Male, false, SpeakerKind::Person)),
        "she" => Some((Gender::Female, false, SpeakerKind::Person)),
        "they" => Some((Gender::Unknown, true, SpeakerKind::Unnamed)),
        "it" => Some((Gender::Unknown, false, SpeakerKind::Organization)),
        "i" | "we" => Some((Gender::Unknown, w == "we", SpeakerKind::Person)),
        _ => None,
    }
}

/// "His verdict: '…'", "Her answer on the proof: '…'": the possessive
/// "his" or "her" at token `i` as the mention of the person it stands for
/// (resolved as "he" or "she" would be).
pub(crate) fn possessive_pronoun_mention(
    tokens: &[Token],
    i: usize,
    text: &str,
) -> Option<Mention> {
    let w = tokens.get(i)?.text(text);
    let subject_form = if w.eq_ignore_ascii_case("his") {
        "he"
    } else if w.eq_ignore_ascii_case("her") {
        "she"
    } else {
        return None;
    };
    standing_for(tokens, i, subject_form)
}

/// The pronoun at token `i`, an object or possessive form ("him", "her",
/// "his", "them"), as a mention of whoever `subject_form` ("he", "she",
/// "they") would be.
fn standing_for(tokens: &[Token], i: usize, subject_form: &str) -> Option<Mention> {
    let (gender, plural, kind) = pronoun(subject_form)?;
    let mut m = Mention::plain_description(tokens, i..i + 1, kind, None);
    m.form = Form::Pronoun;
    m.gender = gender;
    m.plural = plural;
    Some(m)
}

fn pronoun_mention(tokens: &[Token], i: usize, text: &str) -> Option<Mention> {
    let t = tokens[i];
    let w = t.text(text);
    // "He's running and says …": a contracted auxiliary is not part of it.
    let bare = ["'s", "’s", "'re", "’re", "'ll", "’ll", "'d", "’d"]
        .iter()
        .find_map(|s| w.strip_suffix(s))
        .filter(|b| {
            matches!(
                *b,
                "He" | "She" | "They" | "We" | "he" | "she" | "they" | "we"
            )
        })
        .unwrap_or(w);
    let (gender, plural, kind) = pronoun(bare)?;
    Some(Mention {
        start: t.start(),
        end: t.start() + bare.len(),
        core: t.start()..t.start() + bare.len(),
        toks: i..i + 1,
        form: Form::Pronoun,
        kind,
        gender,
        plural,
        title: None,
        role: None,
        confirmed_person: false,
        possessive: false,
    })
}

/// Is token `i` a word that `is` holds, given the word as written? For the
/// case-folding word-list matchers (`words::prepositions_ascii_lower`), so
/// no lowercased copy is made: this runs at every speaker slot.
fn word_in(tokens: &[Token], i: usize, text: &str, is: fn(&str) -> bool) -> bool {
    tokens.get(i).is_some_and(|t| is(t.text(text)))
}

/// A role description `det … role [for|of|at …]` spanning tokens `from..=to`.
fn description(
    tokens: &[Token],
    from: usize,
    role_at: usize,
    to: usize,
    text: &str,
) -> Option<Mention> {
    let lx = lexicon();
    let role_word = tokens[role_at].text(text);
    // What `lx.role` and `lx.is_org_word` would say, from the token's entry.
    let id = tokens[role_at].word_id();
    let role = lx.role_of(id)?;
    let bare = from == role_at;
    let kind = if lx
        .word_info_of(role_word, id, role_word.trim_end_matches('.'))
        .org
    {
        SpeakerKind::Organization
    } else if role.plural && bare {
        // "economists say", "officials said": a group, not one source.
        SpeakerKind::Group
    } else {
        SpeakerKind::Unnamed
    };
    Some(Mention {
        start: tokens[from].start(),
        end: tokens[to].end(),
        core: tokens[from].start()..tokens[to].end(),
        toks: from..to + 1,
        form: Form::Description,
        kind,
        gender: role.gender,
        plural: role.plural,
        title: None,
        role: Some(role_word.to_lowercase().into_boxed_str()),
        confirmed_person: false,
        possessive: false,
    })
}

/// The speaker mention that ends at token `end` (inclusive), looking left no
/// further than `floor`. `names` are the document's names.
pub fn mention_ending_at(
    text: &str,
    tokens: &[Token],
    names: &[Mention],
    end: usize,
    floor: usize,
) -> Option<Mention> {
    if end < floor {
        return None;
    }
    let t = tokens[end];
    if !t.is_word() {
        return None;
    }
    if let Some(p) = pronoun_mention(tokens, end, text) {
        return Some(p);
    }
    // "a spokesperson for Northgate Mining said", "officials in Beijing
    // said": the unnamed source or group, not the organisation or place
    // inside its description.
    if let Some(m) = name_ending_at(names, end).filter(|m| {
        m.toks.start > floor
            && !m.possessive
            && preposition_before(text, tokens, m.toks.start, floor)
    }) {
        // "the Mayor of Lisburn said": the holder of a title of a place.
        if let Some(d) = title_of_place(text, tokens, m, end, floor) {
            return Some(d);
        }
        if let Some(d) = role_description_ending_at(text, tokens, end, floor)
            && d.toks.start < m.toks.start
            && d.kind != SpeakerKind::Person
        {
            return Some(d);
        }
        // "A reader in Port Elgin", "one farmer from Kisumu": a noun the
        // role list does not know, after a determiner, right before the
        // preposition.
        if let Some(d) = noun_before_preposition(text, tokens, m.toks.start, floor) {
            return Some(Mention::plain_description(
                tokens,
                d..end + 1,
                SpeakerKind::Unnamed,
                None,
            ));
        }
    }
    // "a Republican said", "another New Hampshire Democrat added": a
    // capitalised run that ends in a role noun, after a determiner, is a
    // description of someone, not a name.
    if let Some(role) = lexicon().role_of(tokens[end].word_id())
        && let Some(m) = name_ending_at(names, end).filter(|m| {
            m.toks.start > floor
                && m.kind == SpeakerKind::Person
                && !m.confirmed_person
                && m.title.is_none()
                && !m.possessive
                && word_in(
                    tokens,
                    m.toks.start - 1,
                    text,
                    words::generic_openers_ascii_lower,
                )
        })
    {
        return Some(Mention {
            gender: role.gender,
            plural: role.plural,
            ..Mention::plain_description(
                tokens,
                m.toks.start - 1..end + 1,
                if role.plural {
                    SpeakerKind::Group
                } else {
                    SpeakerKind::Unnamed
                },
                // "the Wisconsin Republican" names no role holder
                // ("the Republican" may).
                (m.toks.len() == 1).then(|| tokens[end].text(text).to_lowercase().into_boxed_str()),
            )
        });
    }
    // A name ending here, or two joined by "and" ("Ruiz and Ford said").
    if let Some(m) = name_ending_at(names, end).filter(|m| m.toks.start >= floor && !m.possessive) {
        if m.kind == SpeakerKind::Person
            && m.toks.start >= floor + 2
            && word_in(tokens, m.toks.start - 1, text, |w| {
                w.eq_ignore_ascii_case("and")
            })
            && let Some(a) = name_ending_at(names, m.toks.start - 2)
                .filter(|a| a.toks.start >= floor && a.kind == SpeakerKind::Person && !a.possessive)
        {
            return Some(coordinated(tokens, a, m));
        }
        // "The Port Authority and the Dockworkers' Union said in a joint
        // statement": both organisations.
        if let Some(a) = joined_organisation(text, tokens, names, m, floor) {
            return Some(coordinated(tokens, &a, m));
        }
        return Some(m.clone());
    }
    role_description_ending_at(text, tokens, end, floor)
}

/// "the Mayor of Lisburn", "the Bishop of Wrexley" ending at token `end`
/// (the place name `m`): a description of the title's holder, with the
/// title's role.
fn title_of_place(
    text: &str,
    tokens: &[Token],
    m: &Mention,
    end: usize,
    floor: usize,
) -> Option<Mention> {
    let the = m.toks.start.checked_sub(3).filter(|&k| k >= floor)?;
    let title = tokens[the + 1];
    let w = title.text(text);
    if !word_in(tokens, the, text, |w| w.eq_ignore_ascii_case("the"))
        || !word_in(tokens, the + 2, text, |w| w == "of")
        || !w.starts_with(char::is_uppercase)
    {
        return None;
    }
    let role = lexicon().role_of(title.word_id()).filter(|r| !r.plural)?;
    Some(Mention {
        gender: role.gender,
        ..Mention::plain_description(
            tokens,
            the..end + 1,
            SpeakerKind::Unnamed,
            Some(w.to_lowercase().into_boxed_str()),
        )
    })
}

/// Whether a preposition stands before the name at token `name`, right
/// before it or past a determiner and lowercase modifiers ("a spokesman
/// for the Democrats", "for committee Democrats"): then the name is the
/// complement of a description, not the subject.
/// The determiner opening "a reader in", "one farmer from" right before
/// the name at token `name`: a determiner of [`words::generic_openers`]
/// other than "the",
/// a lowercase noun that is no stopword, cue or pronoun, and a preposition
/// just before the name.
fn noun_before_preposition(
    text: &str,
    tokens: &[Token],
    name: usize,
    floor: usize,
) -> Option<usize> {
    let det = name.checked_sub(3).filter(|&d| d >= floor)?;
    let (d, n, p) = (tokens[det], tokens[det + 1], tokens[det + 2]);
    let noun = n.text(text);
    let info = lexicon().word_info(n.word_id());
    (d.is_word()
        && n.is_word()
        && p.is_word()
        // Not "the": "the rise of Donald Trump" is no speaker.
        && words::generic_openers_ascii_lower(d.text(text))
        && !d.text(text).eq_ignore_ascii_case("the")
        && words::prepositions_ascii_lower(p.text(text))
        && noun.starts_with(|c: char| c.is_lowercase())
        && !info.stopword
        && info.cue.form.is_none()
        && pronoun(noun).is_none())
    .then_some(det)
}

fn preposition_before(text: &str, tokens: &[Token], name: usize, floor: usize) -> bool {
    let mut k = name;
    while k > floor && name - k < 3 {
        let t = tokens[k - 1];
        if !t.is_word() {
            return false;
        }
        let w = t.text(text);
        if words::prepositions_ascii_lower(w) {
            // Past a determiner, only after a lowercase head or a role
            // noun ("a spokesman for the", "Officials at the"), not a
            // name ("Ruiz of the Sierra Club": her affiliation).
            return k == name
                || (k >= 2
                    && tokens[k - 2].is_word()
                    && (tokens[k - 2]
                        .text(text)
                        .starts_with(|c: char| c.is_lowercase())
                        || lexicon().role_of(tokens[k - 2].word_id()).is_some()));
        }
        // "for the Daily Lanka": a capitalised word of the name too.
        let info = lexicon().word_info(t.word_id());
        let modifier =
            words::determiners_ascii_lower(w) || (!info.stopword && info.cue.form.is_none());
        if !modifier {
            return false;
        }
        k -= 1;
    }
    false
}

/// A description ending at token `end`: a role noun there, or "role
/// for/of NP" ending there; else a generic noun phrase.
fn role_description_ending_at(
    text: &str,
    tokens: &[Token],
    end: usize,
    floor: usize,
) -> Option<Mention> {
    // A description: role noun here, or "role for/of NP" ending here.
    // Never one ending in a bare preposition: "talking to reporters to
    // praise …" has an infinitive, no subject.
    if word_in(tokens, end, text, words::prepositions_ascii_lower) {
        return None;
    }
    let lx = lexicon();
    let lowest = end.saturating_sub(10).max(floor);
    let mut role_at = None;
    for r in (lowest..=end).rev() {
        let tr = tokens[r];
        if !tr.is_word() {
            break;
        }
        // "people familiar with the talks": an adjective that takes a
        // preposition may stand between the noun and its complement.
        let complement_at = if tokens
            .get(r + 1)
            .is_some_and(|t| words::role_complements_lower(t.text(text)))
        {
            r + 2
        } else {
            r + 1
        };
        // "Senator Barbara Boxer of California": a capitalised word after
        // a given name is a surname, not a role ("the Boxer", "the Prime
        // Minister" have one).
        let in_name = r > 0
            && is_capitalized(tr.text(text))
            && tokens[r - 1].is_word()
            && lx.is_given_name(tokens[r - 1].text(text));
        if !in_name
            && lx.role_of(tr.word_id()).is_some()
            && (r == end
                || (complement_at <= end
                    && word_in(tokens, complement_at, text, words::prepositions_ascii_lower)))
        {
            // Keep looking left: "a spokesman for the company" heads on
            // "spokesman", not "company".
            role_at = Some(r);
            // A capitalised role word is an organisation's ("a spokesperson
            // for the Ministry of Fisheries"): look on for the speaker.
            // Not one capitalised by opening the sentence ("Officials at").
            let in_org = is_capitalized(tr.text(text)) && r > 0 && tokens[r - 1].is_word();
            if r < end
                && word_in(tokens, complement_at, text, words::prepositions_ascii_lower)
                && !in_org
            {
                break;
            }
            continue;
        }
        // The last word is the phrase's, even when it can be a verb ("the talks").
        // "a source speaking to Fox News": a participle that takes the
        // complement is part of the phrase, not a cue that ends it.
        if (r < end
            && lx.word_info(tr.word_id()).cue.form.is_some()
            && !words::role_complements_lower(tr.text(text)))
            || (role_at.is_some()
                && lx.word_info(tr.word_id()).stopword
                && !is_modifier(tr.text(text))
                && !word_in(tokens, r, text, words::determiners_ascii_lower)
                && !word_in(tokens, r, text, words::prepositions_ascii_lower))
        {
            break;
        }
    }
    let Some(r) = role_at else {
        return generic_description(text, tokens, end, lowest);
    };
    // Extend left over modifiers to a determiner (or a bare plural noun).
    let mut from = r;
    let mut k = r;
    while k > lowest.max(r.saturating_sub(6)) {
        let prev = tokens[k - 1];
        if !prev.is_word() {
            break;
        }
        let w = prev.text(text);
        if words::determiners_lower(w) || is_possessive(w) {
            from = k - 1;
            break;
        }
        let info = lx.word_info(prev.word_id());
        if info.cue.form.is_some()
            || (info.stopword && !is_modifier(w) && w != "and")
            || pronoun(w).is_some()
        {
            break;
        }
        k -= 1;
        from = k;
    }
    // "…twice, and critics said": the conjunction is not part of the phrase.
    while from < r && tokens[from].text(text) == "and" {
        from += 1;
    }
    // "a senior official": determiners stack; "one of the players": a
    // part of a group is the source. Take the whole phrase.
    while from > lowest && word_in(tokens, from - 1, text, words::determiners_ascii_lower) {
        from -= 1;
    }
    if from >= lowest + 2
        && word_in(tokens, from - 1, text, |w| w.eq_ignore_ascii_case("of"))
        && word_in(tokens, from - 2, text, words::determiners_ascii_lower)
    {
        from -= 2;
    }
    let m = description(tokens, from, r, end, text)?;
    // A bare singular noun without determiner is rarely a speaker ("staff said").
    if !m.plural
        && !word_in(tokens, from, text, words::determiners_ascii_lower)
        && !is_possessive(tokens[from].text(text))
        && from == r
    {
        return None;
    }
    Some(m)
}

/// The speaker mention that starts at token `start` ("said Novak", "said a
/// spokesman for the agency", "said he"), not going past `ceil` (exclusive).
///
/// Tried in order of how sure each reading is: a pronoun, a person's name
/// (alone or joined to another by "and"), a person after descriptor words,
/// any other name, then a description.
pub fn mention_starting_at(
    text: &str,
    tokens: &[Token],
    names: &[Mention],
    start: usize,
    ceil: usize,
) -> Option<Mention> {
    if start >= ceil.min(tokens.len()) {
        return None;
    }
    if let Some(p) = pronoun_mention(tokens, start, text) {
        return Some(p);
    }
    // "according to her,": the object form after "to", ending its
    // phrase, is the source ("according to her lawyers" is no pronoun).
    if start > 0
        && word_in(tokens, start - 1, text, |w| w.eq_ignore_ascii_case("to"))
        && !tokens.get(start + 1).is_some_and(|t| t.is_word())
    {
        let subject_form = match tokens[start].text(text) {
            "him" => Some("he"),
            "her" => Some("she"),
            "them" => Some("they"),
            _ => None,
        };
        if let Some(m) = subject_form.and_then(|f| standing_for(tokens, start, f)) {
            return Some(m);
        }
    }
    let named =
        name_starting_at(names, tokens, start).filter(|m| m.toks.end <= ceil && !m.possessive);
    // "Crestline chief executive Ben Ode": a lowercase word after the name
    // may open a descriptor run before the person; look for it below.
    let described = named.is_some_and(|m| {
        tokens.get(m.toks.end).is_some_and(|&t| {
            t.text(text).starts_with(|c: char| c.is_lowercase())
                && descriptor_word(lexicon(), text, t)
        })
    });
    if let Some(m) = named.filter(|m| m.kind != SpeakerKind::Organization && !described) {
        return Some(name_or_pair(text, tokens, names, m, ceil));
    }
    let lx = lexicon();
    let named_end = named.map_or(start, |m| m.toks.end);
    if let Some(m) = person_after_descriptors(lx, text, tokens, names, start, named_end, ceil) {
        return Some(m);
    }
    if let Some(m) = named {
        return Some(m.clone());
    }
    description_starting_at(lx, text, tokens, names, start, ceil)
}

/// The name `m` after a cue, or a group of it and the next person's name
/// when "and" joins them: "said Ruiz and Ford" quotes both.
fn name_or_pair(
    text: &str,
    tokens: &[Token],
    names: &[Mention],
    m: &Mention,
    ceil: usize,
) -> Mention {
    // "said Ruiz and Ford": both.
    if m.kind == SpeakerKind::Person
        && word_in(tokens, m.toks.end, text, |w| w.eq_ignore_ascii_case("and"))
        && let Some(b) = name_starting_at(names, tokens, m.toks.end + 1).filter(|b| {
            b.toks.start == m.toks.end + 1
                && b.toks.end <= ceil
                && b.kind == SpeakerKind::Person
                && !b.possessive
        })
    {
        return coordinated(tokens, m, b);
    }
    m.clone()
}

/// A person named within six tokens after `start`, reached over descriptor
/// words (or over the name that ends at `named_end`), with the span
/// stretched back to `start`: the descriptors say who the person is but
/// are not the speaker.
fn person_after_descriptors(
    lx: &Lexicon,
    text: &str,
    tokens: &[Token],
    names: &[Mention],
    start: usize,
    named_end: usize,
    ceil: usize,
) -> Option<Mention> {
    // "former Utah governor Michael Leavitt", "pollster Frank Luntz", and
    // "Harbor Lions head coach Dana Whitlock": the person, not the club.
    // The words of a name before the run are descriptors whatever they
    // look like ("Meridian Rail": "rail" alone would be a cue).
    for k in start + 1..(start + 7).min(ceil).min(tokens.len()) {
        if k > named_end && !descriptor_word(lx, text, tokens[k - 1]) {
            break;
        }
        // After "his"/"her"/"their" a role must name the relation ("his
        // neighbour Esi Asante"): "his Facebook profile" is no person.
        let possessive_opener = is_possessive_determiner(tokens[start].text(text));
        if let Some(m) = name_starting_at(names, tokens, k)
            .filter(|m| m.toks.start == k && m.kind == SpeakerKind::Person)
            && m.toks.end <= ceil
            && !m.possessive
            && (!possessive_opener
                || (start + 1..k).any(|j| lx.role_of(tokens[j].word_id()).is_some()))
        {
            let mut m = m.clone();
            m.start = tokens[start].start();
            m.toks.start = start;
            return Some(m);
        }
    }
    None
}

/// A description opening at `start` after a cue: "said a spokesman for
/// the agency", or the name in apposition to it, which is the better
/// speaker. Without a determiner only a plural role noun right at `start`
/// counts ("said officials").
fn description_starting_at(
    lx: &Lexicon,
    text: &str,
    tokens: &[Token],
    names: &[Mention],
    start: usize,
    ceil: usize,
) -> Option<Mention> {
    let det = word_in(tokens, start, text, words::determiners_ascii_lower)
        || is_possessive(tokens[start].text(text));
    let limit = ceil.min(tokens.len()).min(start + 8);
    // "said one of the witnesses", "said two of the residents": a part of
    // a group; its noun heads the description.
    let part_of_group = det && word_in(tokens, start + 1, text, |w| w.eq_ignore_ascii_case("of"));
    let m = if let Some(r) = part_of_group
        .then(|| {
            role_noun_from(
                lx,
                text,
                tokens,
                start + 2,
                (start + 10).min(ceil.min(tokens.len())),
            )
        })
        .flatten()
    {
        let end = complement_end(lx, text, tokens, r, limit.max(r + 1), ceil);
        Mention {
            plural: false,
            ..description(tokens, start, r, end, text)?
        }
    } else {
        let Some(r) = role_noun_from(lx, text, tokens, start, limit) else {
            if !det {
                return None;
            }
            return roleless_description(lx, text, tokens, names, start, limit, ceil);
        };
        if !det && r != start {
            return None;
        }
        let end = complement_end(lx, text, tokens, r, limit, ceil);
        let m = description(tokens, start, r, end, text)?;
        if !m.plural && !det {
            return None;
        }
        m
    };
    // "said the company's chief executive, Lena Moss.": the name in
    // apposition is the better speaker.
    let comma = m.toks.end;
    if tokens
        .get(comma)
        .is_some_and(|t| t.kind() == TokKind::Punct(','))
        && let Some(n) = described_person(text, tokens, names, comma + 1, ceil)
        && (n.toks.end >= ceil || tokens.get(n.toks.end).is_some_and(|t| !t.is_word()))
    {
        return Some(n.clone());
    }
    Some(m)
}

/// The role noun heading a description in `start..limit`: the first one,
/// or the last of a compound. `None` when a cue or a lowercase stopword
/// ends the phrase first: the words after it belong to another clause.
fn role_noun_from(
    lx: &Lexicon,
    text: &str,
    tokens: &[Token],
    start: usize,
    limit: usize,
) -> Option<usize> {
    let mut role_at = None;
    for k in start..limit {
        let tk = tokens[k];
        if !tk.is_word() {
            break;
        }
        if lx.role_of(tk.word_id()).is_some() {
            role_at = Some(k);
            // Prefer the last noun of a compound ("campaign spokesman").
            if tokens
                .get(k + 1)
                .is_some_and(|n| n.is_word() && lx.role_of(n.word_id()).is_some())
            {
                continue;
            }
            break;
        }
        let w = tk.text(text);
        let info = lx.word_info(tk.word_id());
        let lowercase_stop = info.stopword && !is_modifier(w) && !is_capitalized(w);
        if k > start && (info.cue.form.is_some() || lowercase_stop) {
            break;
        }
    }
    role_at
}

/// A noun phrase after a cue that opens with a determiner at `start` but
/// has no role noun: the name in apposition to it ("another Twitter user,
/// Johanna Bayer"), else the short phrase itself when it closes the clause
/// ("said the 46-year-old.").
fn roleless_description(
    lx: &Lexicon,
    text: &str,
    tokens: &[Token],
    names: &[Mention],
    start: usize,
    limit: usize,
    ceil: usize,
) -> Option<Mention> {
    // "another Twitter user, Johanna Bayer": a description in apposition
    // to a name takes the name.
    let comma = (start + 1..limit).find(|&k| !tokens[k].is_word());
    if let Some(c) = comma.filter(|&c| tokens[c].kind() == TokKind::Punct(','))
        && let Some(m) = described_person(text, tokens, names, c + 1, ceil)
    {
        return Some(m.clone());
    }
    // "said the 46-year-old.": a short noun phrase closing the clause,
    // or before a time adjunct ("said the 51-year-old on Sunday").
    let mut end = comma.unwrap_or(limit);
    let time_at = (start + 2..end).find(|&k| {
        word_in(tokens, k, text, words::time_modifiers_ascii_lower)
            && tokens.get(k + 1).is_some_and(|t| {
                t.is_word() && {
                    let w = t.text(text);
                    words::days_and_months_lower(w) || words::time_nouns_lower(w)
                }
            })
    });
    let timed = time_at.is_some();
    end = time_at.unwrap_or(end);
    let words = &tokens[start + 1..end];
    let plain = words.iter().all(|t| {
        let w = t.text(text);
        let info = lx.word_info(t.word_id());
        info.cue.form.is_none() && (is_modifier(w) || !info.stopword)
    });
    if (1..=4).contains(&words.len())
        && plain
        && (timed || end == ceil || end < tokens.len() && !tokens[end].is_word())
        // "concluded this year.": a time, no speaker.
        && !is_time_word(tokens[end - 1].text(text))
    {
        let role = Some(tokens[end - 1].text(text).to_lowercase().into_boxed_str());
        return Some(Mention::plain_description(
            tokens,
            start..end,
            SpeakerKind::Unnamed,
            role,
        ));
    }
    None
}

/// The last token of a description whose role noun is at `r`: `r` itself,
/// or the end of a "for/of/at NP" complement after it, bounded and
/// stopped by punctuation or a cue. A preposition before a time is no
/// complement: "the mayor on Monday".
fn complement_end(
    lx: &Lexicon,
    text: &str,
    tokens: &[Token],
    r: usize,
    limit: usize,
    ceil: usize,
) -> usize {
    // Optional "for/of/at NP" complement up to punctuation, bounded.
    let mut end = r;
    // Not a time: "the mayor on Monday".
    if r + 1 < limit.max(r + 1)
        && word_in(
            tokens,
            (r + 1).min(tokens.len() - 1),
            text,
            words::prepositions_ascii_lower,
        )
        && !tokens.get(r + 2).is_some_and(|t| {
            let w = t.text(text);
            crate::text::is_day_or_month(w)
                || ["last", "this", "today", "tonight", "yesterday"]
                    .iter()
                    .any(|x| x.eq_ignore_ascii_case(w))
        })
        // Not the channel: "the minister in an email to staff", "the
        // spokesman in a statement".
        && !(r + 2..(r + 4).min(tokens.len())).any(|k| {
            tokens[k].is_word() && words::document_nouns_lower(tokens[k].text(text))
        })
    {
        let mut k = r + 2;
        while k < ceil.min(tokens.len()).min(r + 8)
            && tokens[k].is_word()
            && lx.word_info(tokens[k].word_id()).cue.form.is_none()
        {
            end = k;
            k += 1;
        }
    }
    end
}

/// The person named at token `from`, or after a few descriptor words
/// there ("…, retired engineer Chinedu Eze"), ending by `ceil`.
fn described_person<'n>(
    text: &str,
    tokens: &[Token],
    names: &'n [Mention],
    from: usize,
    ceil: usize,
) -> Option<&'n Mention> {
    let lx = lexicon();
    for k in from..(from + 5).min(ceil).min(tokens.len()) {
        if let Some(m) = name_starting_at(names, tokens, k).filter(|m| {
            m.toks.start == k
                && m.kind == SpeakerKind::Person
                && !m.possessive
                && m.toks.end <= ceil
        }) {
            return Some(m);
        }
        if !descriptor_word(lx, text, tokens[k]) {
            break;
        }
    }
    None
}

/// "Ana Ruiz and Lena Ford": one group mention over both names, which
/// resolution turns into both canonical names.
/// The organisation joined to organisation `m` by "and" (or "and the")
/// right before it, from `floor` on; a name run cut at "of" is whole
/// again ("Port of" + "Kelvara Authority").
fn joined_organisation(
    text: &str,
    tokens: &[Token],
    names: &[Mention],
    m: &Mention,
    floor: usize,
) -> Option<Mention> {
    if m.kind != SpeakerKind::Organization {
        return None;
    }
    let mut k = m.toks.start.checked_sub(1)?;
    if word_in(tokens, k, text, |w| w.eq_ignore_ascii_case("the")) {
        k = k.checked_sub(1)?;
    }
    if k <= floor || !word_in(tokens, k, text, |w| w == "and") {
        return None;
    }
    let a = name_ending_at(names, k - 1).filter(|a| {
        a.toks.start >= floor && a.kind == SpeakerKind::Organization && !a.possessive
    })?;
    let mut a = a.clone();
    if let Some(of) = a.toks.start.checked_sub(1).filter(|&of| of > floor)
        && word_in(tokens, of, text, |w| w == "of")
        && let Some(head) = name_ending_at(names, of - 1).filter(|h| !h.possessive)
        && head.toks.start >= floor
    {
        a.start = head.start;
        a.toks.start = head.toks.start;
    }
    Some(a)
}

fn coordinated(tokens: &[Token], a: &Mention, b: &Mention) -> Mention {
    let mut m =
        Mention::plain_description(tokens, a.toks.start..b.toks.end, SpeakerKind::Group, None);
    m.start = a.start;
    m.end = b.end;
    m.core = a.start..b.end;
    m.plural = true;
    m
}

/// A word that can describe a person before their name: "former",
/// "Utah", "governor", "super", "PAC", "Commentary's".
fn descriptor_word(lx: &Lexicon, text: &str, t: Token) -> bool {
    if !t.is_word() {
        return false;
    }
    let w = t.text(text);
    let info = lx.word_info(t.word_id());
    info.cue.form.is_none()
        && pronoun(w).is_none()
        && (!info.stopword
            || is_modifier(w)
            || is_acronym(w)
            // "said his neighbour Esi Asante": a possessive determiner
            // opens the descriptors as "the" does.
            || matches!(w, "the" | "The")
            || is_possessive_determiner(w))
}

/// "his", "her", "their" (or capitalised): they open descriptors as "the"
/// does ("said his neighbour Esi Asante").
fn is_possessive_determiner(w: &str) -> bool {
    matches!(w, "his" | "His" | "her" | "Her" | "their" | "Their")
}

/// Stopwords that still describe a person: "the former president".
fn is_modifier(w: &str) -> bool {
    words::person_modifiers_ascii_lower(w)
}

/// Start token of the descriptor run right before token `i` (not below
/// `floor`): `i` itself when there is none.
pub fn descriptor_start(text: &str, tokens: &[Token], i: usize, floor: usize) -> usize {
    let lx = lexicon();
    let mut k = i;
    while k > floor && i - k < 5 && descriptor_word(lx, text, tokens[k - 1]) {
        k -= 1;
    }
    k
}

/// `the real estate developer`, `the editorial board`: a definite or
/// indefinite noun phrase of lowercase words ending at `end`, used only in
/// speaker slots right next to a cue.
fn generic_description(text: &str, tokens: &[Token], end: usize, lowest: usize) -> Option<Mention> {
    let lx = lexicon();
    let last_tok = tokens[end];
    let last = last_tok.text(text);
    // "the 52-year-old said": the person the document gave that age
    // ("Marlena Wiśniewska, 52,"); the age is the description's role.
    if is_age_word(last)
        && end > lowest
        && word_in(tokens, end - 1, text, |w| w.eq_ignore_ascii_case("the"))
    {
        let role = last.to_ascii_lowercase().into_boxed_str();
        return Some(Mention::plain_description(
            tokens,
            end - 1..end + 1,
            SpeakerKind::Person,
            Some(role),
        ));
    }
    // "“…,” the two said", "“…,” both said": the pair named before
    // (resolved by its names); the words are stopwords, asked first.
    let pair = if last.eq_ignore_ascii_case("both") && (end == lowest || !tokens[end - 1].is_word())
    {
        Some(end)
    } else if last.eq_ignore_ascii_case("two")
        && end > lowest
        && word_in(tokens, end - 1, text, |w| w.eq_ignore_ascii_case("the"))
    {
        Some(end - 1)
    } else {
        None
    };
    if let Some(from) = pair {
        return Some(Mention {
            plural: true,
            ..Mention::plain_description(tokens, from..end + 1, SpeakerKind::Group, None)
        });
    }
    // What the lexicon says of each word is in its token.
    // A time ("two weeks ago", "this year") is an adjunct, never a speaker.
    if !last.starts_with(|c: char| c.is_lowercase())
        || lx.word_info(last_tok.word_id()).stopword
        || last.ends_with("ly")
        || is_time_word(last)
    {
        return None;
    }
    // "21 percent said": a share of those polled.
    if last.eq_ignore_ascii_case("percent")
        && end > lowest
        && word_in(tokens, end - 1, text, |w| {
            w.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        })
    {
        return Some(Mention {
            plural: true,
            ..Mention::plain_description(tokens, end - 1..end + 1, SpeakerKind::Group, None)
        });
    }
    // A capitalised modifier ("her Twitter account", "his Facebook page")
    // only after a possessive pronoun.
    let mut capitalised = false;
    let mut k = end;
    while k > lowest && end - k < 4 {
        let t = tokens[k - 1];
        if !t.is_word() {
            return None;
        }
        let w = t.text(text);
        if capitalised && !words::possessive_pronouns_lower(w) {
            return None;
        }
        if words::generic_openers_ascii_lower(w)
            || is_possessive(w)
            || (capitalised && words::possessive_pronouns_lower(w))
        {
            // "has in the past described", "joined in a loud chant of": a
            // noun phrase after a preposition is its object, no subject.
            if k >= 2 && word_in(tokens, k - 2, text, words::prepositions_ascii_lower) {
                return None;
            }
            let org = lx.word_info_of(last, last_tok.word_id(), last.trim_end_matches('.'));
            let kind = if org.org {
                SpeakerKind::Organization
            } else {
                SpeakerKind::Unnamed
            };
            return Some(Mention::plain_description(
                tokens,
                k - 1..end + 1,
                kind,
                None,
            ));
        }
        if lx.word_info(t.word_id()).cue.form.is_some() || lx.word_info(t.word_id()).stopword {
            return None;
        }
        capitalised |=
            !w.starts_with(|c: char| c.is_lowercase()) && !w.chars().all(|c| c.is_uppercase());
        k -= 1;
    }
    None
}

/// Does `w` end a time phrase rather than name anyone: "ago" ("two weeks
/// ago"), a time noun ("this year", "last week"; `data/words/time_nouns.txt`,
/// singular or plural) or a day or month?
pub(crate) fn is_time_word(w: &str) -> bool {
    w.eq_ignore_ascii_case("ago")
        || words::time_nouns_ascii_lower(w)
        || w.strip_suffix('s')
            .is_some_and(words::time_nouns_ascii_lower)
        || crate::text::is_day_or_month(w)
}

/// Is `w` an age as news writes it before or for a person: "52-year-old"?
pub fn is_age_word(w: &str) -> bool {
    // Bytes, not a string slice: the cut may fall inside a character.
    let b = w.as_bytes();
    b.len() > 9
        && b[..b.len() - 9].iter().all(u8::is_ascii_digit)
        && b[b.len() - 9..].eq_ignore_ascii_case(b"-year-old")
}

/// The name whose mention or core starts at token `start` (binary search:
/// names are sorted and never overlap).
pub fn name_starting_at<'n>(
    names: &'n [Mention],
    tokens: &[Token],
    start: usize,
) -> Option<&'n Mention> {
    let i = names.partition_point(|m| m.toks.start < start);
    let byte = tokens.get(start)?.start();
    names[i.saturating_sub(1)..]
        .iter()
        .take(2)
        .find(|m| m.toks.start == start || m.core.start == byte)
}

pub(crate) fn name_ending_at(names: &[Mention], end: usize) -> Option<&Mention> {
    // names are sorted by start; binary search the last with toks.start <= end.
    let idx = names.partition_point(|m| m.toks.start <= end);
    names[..idx]
        .iter()
        .rev()
        .take(3)
        .find(|m| m.toks.end == end + 1)
}

/// Is token `i` a punctuation token `c`?
pub fn is_punct_at(tokens: &[Token], i: usize, c: char) -> bool {
    tokens.get(i).is_some_and(|t| t.kind() == TokKind::Punct(c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::tokenize;

    /// `title_of` builds the key on the stack; it must answer as the
    /// lexicon does for `title_key`, for titles, non-titles, periods,
    /// words outside ASCII and keys too long for its buffer.
    #[test]
    fn title_lookup_on_the_stack_matches_the_owned_key() {
        let lx = lexicon();
        let long = "Very".repeat(30);
        for words in [
            &["Gov."][..],
            &["Major", "General"],
            &["MAJOR", "GENERAL"],
            &["Sen"],
            &["Prime", "Minister"],
            &["Ms."],
            &["Président"],
            &["Ana", "Ruiz"],
            &[long.as_str(), "General"],
            &[],
        ] {
            assert_eq!(
                title_of(lx, words),
                lx.title(&title_key(words)),
                "{words:?}"
            );
        }
        assert!(title_of(lx, &["Major", "General"]).is_some());
    }

    fn names(text: &str) -> Vec<(String, String, SpeakerKind)> {
        let toks = tokenize(text);
        find_names(text, &toks)
            .into_iter()
            .map(|m| {
                (
                    text[m.start..m.end].to_string(),
                    text[m.core.clone()].to_string(),
                    m.kind,
                )
            })
            .collect()
    }

    /// Each text's names, by their cores, in order.
    fn check_names(cases: &[(&str, &[&str])]) {
        for &(text, want) in cases {
            let got: Vec<String> = names(text).into_iter().map(|n| n.1).collect();
            assert_eq!(got, want.to_vec(), "{text}");
        }
    }

    #[test]
    fn titles_are_peeled_off_names() {
        let n = names(
            "Major General Mohammad Bagheri met Sen. Ann Roe and former president Barack Obama.",
        );
        assert_eq!(n[0].1, "Mohammad Bagheri");
        assert_eq!(n[0].0, "Major General Mohammad Bagheri");
        assert_eq!(n[1].1, "Ann Roe");
        assert_eq!(n[2].0, "former president Barack Obama");
        assert_eq!(n[2].1, "Barack Obama");
    }

    /// In a title-case headline a name ends before a cue verb, and after
    /// two words when it opens with a given name; in running text, and
    /// in a headline with an initial or a particle, it does not.
    #[test]
    fn headline_names_stop_early() {
        let cases: [(&str, &[&str]); 7] = [
            (
                "Chris Christie Calls Hillary Clinton A Liar.\n\nHe said so.",
                &["Chris Christie", "Hillary Clinton", "Liar"],
            ),
            (
                "Lindsey Graham Endorsement Shakes Race\n",
                &["Lindsey Graham", "Endorsement Shakes Race"],
            ),
            (
                "John F. Kennedy Says Goodbye To Boston\n",
                &["John F. Kennedy", "Goodbye", "Boston"],
            ),
            (
                "Ben van der Berg Wins Again In Leeds\n",
                &["Ben van der Berg", "Wins", "Leeds"],
            ),
            (
                "Luca Di Stefano and Youssef El Amrani spent Monday in Lagos.\n",
                &["Luca Di Stefano", "Youssef El Amrani", "Lagos"],
            ),
            // A number on the line before is no prose word beside the run.
            (
                "2\nSalma Hayek Described Her Ordeal\n",
                &["Salma Hayek", "Described", "Ordeal"],
            ),
            (
                "Yesterday Lindsey Graham Endorsement was news, she said.",
                &["Lindsey Graham Endorsement"],
            ),
        ];
        check_names(&cases);
    }

    #[test]
    fn ages_are_digits_then_year_old() {
        for (w, age) in [
            ("52-year-old", true),
            ("7-Year-Old", true),
            ("-year-old", false),
            ("fifty-year-old", false),
            ("éé-year-old", false),
            ("52-year-olds", false),
            ("ééééé", false),
        ] {
            assert_eq!(is_age_word(w), age, "{w:?}");
        }
    }

    /// A run that ends in a title names nobody: it describes a role. A
    /// title that is a surname ("Mr. King") stays a name.
    #[test]
    fn title_only_runs_are_no_names() {
        let cases: [(&str, &[&str]); 6] = [
            ("The Prime Minister said so.", &[]),
            ("The state's Reconstruction Minister said so.", &[]),
            ("Prime Minister Ana Ruiz said so.", &["Ana Ruiz"]),
            ("Mr. King said so.", &["King"]),
            ("Ana King said so.", &["Ana King"]),
            (
                "The Department of Justice said so.",
                &["Department of Justice"],
            ),
        ];
        check_names(&cases);
    }

    #[test]
    fn organisations_and_possessives() {
        let n = names("The state Department of Education said. General Bagheri's visit.");
        assert!(n.iter().any(
            |(_, core, k)| core == "Department of Education" && *k == SpeakerKind::Organization
        ));
        assert!(n.iter().any(|(_, core, _)| core == "Bagheri"));
    }

    #[test]
    fn gender_from_given_name_and_title() {
        let text = "Peter Novak met Mrs. Lund and Mary Smith.";
        let toks = tokenize(text);
        let g: Vec<Gender> = find_names(text, &toks).iter().map(|m| m.gender).collect();
        assert_eq!(g, vec![Gender::Male, Gender::Female, Gender::Female]);
    }

    #[test]
    fn descriptions_at_speaker_slots() {
        let text =
            "a spokesman for the company said it, officials said, said the agency's director";
        let toks = tokenize(text);
        let names = find_names(text, &toks);
        let said: Vec<usize> = toks
            .iter()
            .enumerate()
            .filter(|(_, t)| t.text(text) == "said")
            .map(|(i, _)| i)
            .collect();
        let m = mention_ending_at(text, &toks, &names, said[0] - 1, 0).expect("spokesman");
        assert_eq!(&text[m.start..m.end], "a spokesman for the company");
        let m = mention_ending_at(text, &toks, &names, said[1] - 1, 0).expect("officials");
        assert_eq!(&text[m.start..m.end], "officials");
        let m =
            mention_starting_at(text, &toks, &names, said[2] + 1, toks.len()).expect("director");
        assert_eq!(&text[m.start..m.end], "the agency's director");
    }
    #[test]
    fn names_stop_at_line_breaks_and_drop_modifiers() {
        // (text, expected (surface, core) of the last name)
        let cases = [
            (
                "DELHI, India\nTane Parata spoke.",
                ("Tane Parata", "Tane Parata"),
            ),
            (
                "Photo: Northgate Mining\n\nJosé Luis Herrera said.",
                ("José Luis Herrera", "José Luis Herrera"),
            ),
            (
                "Rival Ngozi Umeh said so.",
                ("Rival Ngozi Umeh", "Ngozi Umeh"),
            ),
            (
                "Captain Tan Mei Ling said so.",
                ("Captain Tan Mei Ling", "Tan Mei Ling"),
            ),
            (
                "Conservative Leader Milos Petrovic said so.",
                ("Conservative Leader Milos Petrovic", "Milos Petrovic"),
            ),
            (
                "Mary Ann Smith said so.",
                ("Mary Ann Smith", "Mary Ann Smith"),
            ),
            // Given names and a clan name written first, not modifiers.
            (
                "Ubah Yusuf Egal said so.",
                ("Ubah Yusuf Egal", "Ubah Yusuf Egal"),
            ),
            (
                "Wilson Kiprotich Chebet said so.",
                ("Wilson Kiprotich Chebet", "Wilson Kiprotich Chebet"),
            ),
            (
                "Sayed Mahmoud Ragab said so.",
                ("Sayed Mahmoud Ragab", "Sayed Mahmoud Ragab"),
            ),
            (
                "Chaudhry Nadeem Akhtar said so.",
                ("Chaudhry Nadeem Akhtar", "Chaudhry Nadeem Akhtar"),
            ),
            // After a courtesy title, no modifier: a whole name.
            (
                "Mr Cliff Otieno Ouma said so.",
                ("Mr Cliff Otieno Ouma", "Cliff Otieno Ouma"),
            ),
            (
                "Miss Universe Alicia Machado said so.",
                ("Miss Universe Alicia Machado", "Alicia Machado"),
            ),
            // Right after a quotation, a cue or "and", one unknown word
            // opens the name.
            (
                "\"We waited,\" Abdirizak Nur Dualeh said.",
                ("Abdirizak Nur Dualeh", "Abdirizak Nur Dualeh"),
            ),
            (
                "Ana Ruiz and Ubah Yusuf Egal spoke.",
                ("Ubah Yusuf Egal", "Ubah Yusuf Egal"),
            ),
            (
                "\"We waited,\" said Texas-based Matt Mackowiak.",
                ("Texas-based Matt Mackowiak", "Matt Mackowiak"),
            ),
            // Letters after the name are in the mention, not the name.
            (
                "Caroline Ashby-Ward KC, for the family, spoke.",
                ("Caroline Ashby-Ward KC", "Caroline Ashby-Ward"),
            ),
            (
                "Then Ben van der Berg spoke.",
                ("Ben van der Berg", "Ben van der Berg"),
            ),
            ("Then Mary O'Neill spoke.", ("Mary O'Neill", "Mary O'Neill")),
        ];
        for (text, (surface, core)) in cases {
            let n = names(text);
            let last = n.last().expect(text);
            assert_eq!(
                (last.0.as_str(), last.1.as_str()),
                (surface, core),
                "{text}"
            );
        }
    }

    /// "and" joins the words of one body's name when a body's head word
    /// ends what follows it, not two names.
    #[test]
    fn and_inside_a_body_name() {
        let cases = [
            (
                "Northern Fire and Rescue Service said it.",
                "Northern Fire and Rescue Service",
            ),
            (
                "The Securities and Exchange Commission said it.",
                "Securities and Exchange Commission",
            ),
            ("Then Obama and White House aides said it.", "White House"),
        ];
        for (text, core) in cases {
            let n = names(text);
            assert_eq!(n.last().map(|n| n.1.as_str()), Some(core), "{text}");
        }
    }

    /// A name closed off in apposition to an organisation noun names that
    /// organisation; one that opens a clause after it stays a person.
    #[test]
    fn names_in_apposition_to_an_organisation_noun() {
        let cases = [
            (
                "A spokeswoman for the airline, NordAir, said it.",
                SpeakerKind::Organization,
            ),
            (
                "In a release issued by his firm, Braynard boasted of it.",
                SpeakerKind::Person,
            ),
        ];
        for (text, kind) in cases {
            let n = names(text);
            assert_eq!(n.last().map(|n| n.2), Some(kind), "{text}");
        }
    }

    /// Words in "-ly": adverbs alone, surnames at the end of a name, and
    /// then surnames on their own in the rest of the document.
    #[test]
    fn ly_words_end_names_but_open_none() {
        // (text, the names' cores)
        // (A title-case headline's verb still reads as a name: "Quits".)
        let cases: [(&str, &[&str]); 7] = [
            ("Megyn Kelly asked the question.", &["Megyn Kelly"]),
            ("Sen. Joe Donnelly voted no.", &["Joe Donnelly"]),
            (
                "Rep. Gerry Connolly spoke. Later Connolly left.",
                &["Gerry Connolly", "Connolly"],
            ),
            ("Clearly, Ana Ruiz was right.", &["Ana Ruiz"]),
            ("Finally Ana Ruiz spoke.", &["Ana Ruiz"]),
            ("Connolly spoke first.", &[]),
            ("Ana Ruiz Reportedly Quits", &["Ana Ruiz", "Quits"]),
        ];
        check_names(&cases);
    }

    /// "and" joins the parts of an organisation's complement, never two
    /// organisations or two people; a given name that is a word opens a
    /// name before another name word, except in a title-case headline.
    #[test]
    fn and_inside_organisation_names_and_word_given_names() {
        let cases: [(&str, &[&str]); 9] = [
            // A portfolio in capitals before a title is one run.
            (
                "Water and Sanitation Minister Achieng Odera said so.",
                &["Achieng Odera"],
            ),
            (
                "Health and Social Care Secretary Ann Lee said so.",
                &["Ann Lee"],
            ),
            (
                "Ana Ruiz and Finance Minister Ben Ode said so.",
                &["Ana Ruiz", "Ben Ode"],
            ),
            (
                "The Department of Health and Human Services said so.",
                &["Department of Health and Human Services"],
            ),
            (
                "The Center for Media and Public Affairs said so.",
                &["Center for Media and Public Affairs"],
            ),
            ("Fox News and MSNBC said so.", &["Fox News", "MSNBC"]),
            (
                "Ana Ruiz and Lena Ford said so.",
                &["Ana Ruiz", "Lena Ford"],
            ),
            // A given name that is also a word opens a name, not a headline.
            ("Will Hurd said so.", &["Will Hurd"]),
            ("Will Twitter Survive", &["Twitter Survive"]),
        ];
        check_names(&cases);
    }

    /// Datelines and sentence-opening participles are no names.
    #[test]
    fn datelines_and_opening_participles_are_no_names() {
        // (text, the names' cores)
        let cases: [(&str, &[&str]); 7] = [
            ("TORONTO — Ana Ruiz spoke.", &["Ana Ruiz"]),
            ("LAGOS, Nigeria (Reuters) - Ana Ruiz spoke.", &["Ana Ruiz"]),
            ("Opening the session, Ana Ruiz spoke.", &["Ana Ruiz"]),
            (
                "HALIFAX — Addressing the crowd, Ana Ruiz spoke.",
                &["Ana Ruiz"],
            ),
            ("Beijing said so.", &["Beijing"]),
            (
                "He met Ana Ruiz in TORONTO — then left.",
                &["Ana Ruiz", "TORONTO"],
            ),
            ("Irving Berlin wrote it.", &["Irving Berlin"]),
        ];
        check_names(&cases);
    }

    #[test]
    fn places_and_organisations_are_typed() {
        let cases = [
            (
                "They met on Elizabeth Street.",
                "Elizabeth Street",
                SpeakerKind::Place,
            ),
            (
                "They met in Victoria Square.",
                "Victoria Square",
                SpeakerKind::Place,
            ),
            (
                "Shares of Northgate Mining fell.",
                "Northgate Mining",
                SpeakerKind::Organization,
            ),
            (
                "The Daily Ledger reported it.",
                "The Daily Ledger",
                SpeakerKind::Organization,
            ),
            ("He met Ana Mining.", "Ana Mining", SpeakerKind::Person),
            ("He met Zhang Wei.", "Zhang Wei", SpeakerKind::Person),
            (
                "They flew to San Antonio.",
                "San Antonio",
                SpeakerKind::Place,
            ),
            (
                "They hiked at Lake Louise.",
                "Lake Louise",
                SpeakerKind::Place,
            ),
            ("Republicans said no.", "Republicans", SpeakerKind::Group),
        ];
        for (text, core, kind) in cases {
            let n = names(text);
            let m = n.iter().find(|m| m.1 == core).expect(text);
            assert_eq!(m.2, kind, "{text}");
        }
        // A given name inside a place gives it no gender.
        let text = "Elizabeth Street was closed.";
        let toks = tokenize(text);
        assert_eq!(find_names(text, &toks)[0].gender, Gender::Unknown);
    }

    #[test]
    fn speaker_slots_find_people_groups_and_sources() {
        // (text, the word after or before the speaker slot, mention, kind)
        let cases = [
            (
                "Ana Ruiz and Lena Ford said it.",
                "said",
                "Ana Ruiz and Lena Ford",
                SpeakerKind::Group,
            ),
            (
                "economists say it.",
                "say",
                "economists",
                SpeakerKind::Group,
            ),
            (
                "A spokesperson for Northgate Mining said it.",
                "said",
                "A spokesperson for Northgate Mining",
                SpeakerKind::Unnamed,
            ),
            (
                "Two people familiar with the talks said it.",
                "said",
                "Two people familiar with the talks",
                SpeakerKind::Unnamed,
            ),
            (
                "It is over, one of the players said.",
                "said",
                "one of the players",
                SpeakerKind::Unnamed,
            ),
            (
                "It is over, a senior official in the finance ministry said.",
                "said",
                "a senior official in the finance ministry",
                SpeakerKind::Unnamed,
            ),
        ];
        for (text, cue, want, kind) in cases {
            let toks = tokenize(text);
            let names = find_names(text, &toks);
            let c = toks.iter().position(|t| t.text(text) == cue).expect(cue);
            let m = mention_ending_at(text, &toks, &names, c - 1, 0).expect(text);
            assert_eq!((&text[m.start..m.end], m.kind), (want, kind), "{text}");
        }
        let cases = [
            (
                "It is over, said Harbor Lions head coach Dana Whitlock.",
                "Dana Whitlock",
            ),
            (
                "It is over, said Crestline chief executive Ben Ode.",
                "Ben Ode",
            ),
            (
                "It is over, said Meridian Rail union steward Arjun Mehta.",
                "Arjun Mehta",
            ),
            (
                "It is over, said Ana Ruiz and Lena Ford.",
                "Ana Ruiz and Lena Ford",
            ),
        ];
        for (text, core) in cases {
            let toks = tokenize(text);
            let names = find_names(text, &toks);
            let c = toks
                .iter()
                .position(|t| t.text(text) == "said")
                .expect("said");
            let m = mention_starting_at(text, &toks, &names, c + 1, toks.len()).expect(text);
            assert_eq!(&text[m.core.clone()], core, "{text}");
        }
        // A noun phrase after a preposition is its object: no speaker
        // before the cue ("in the past described", "in a loud chant").
        let cases = [
            (
                "Reyes has in the past described it as a fraud.",
                "described",
            ),
            ("The crowd joined in a loud chant of victory.", "chant"),
        ];
        for (text, cue) in cases {
            let toks = tokenize(text);
            let names = find_names(text, &toks);
            let c = toks.iter().position(|t| t.text(text) == cue).expect(cue);
            let m = mention_ending_at(text, &toks, &names, c - 1, 0);
            assert!(m.is_none(), "{text}: {m:?}");
        }
    }
}
