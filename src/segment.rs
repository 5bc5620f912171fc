//! Stage 1: paragraphs, tokens and sentences.
//!
//! Paragraphs are separated by blank lines (any of `\n`, `\r\n`, `\r`);
//! single line breaks stay inside a paragraph, as in wrapped plain text.
//! Sentences never break inside a quotation: a quote's own final period is a
//! boundary only when what follows is not its attribution, so
//! `"So what?" said Harry.` stays one sentence.

use std::ops::Range;

use crate::lexicon::{Lexicon, NO_WORD, WordId, lexicon};
use crate::quotes::QuoteSpan;
use crate::text::{is_capitalized, is_word_char};
use crate::words;

pub use crate::spans::Paragraph;

/// Split `text` into paragraphs at blank lines. Linear, no allocation per line.
pub fn paragraphs(text: &str) -> Vec<Paragraph> {
    let bytes = text.as_bytes();
    // News paragraphs run a few hundred bytes: room for one per 128 bytes
    // is made once, and the slack given back at the end.
    let mut out = Vec::with_capacity(bytes.len() / 128 + 1);
    let mut para_start: Option<usize> = None;
    let mut para_end = 0;
    let mut line_start = 0;
    while line_start <= bytes.len() {
        // Find the end of this line (\n, \r\n or a lone \r).
        let rel = memchr::memchr2(b'\n', b'\r', &bytes[line_start..]);
        let (line_end, next) = match rel {
            None => (bytes.len(), bytes.len() + 1),
            Some(r) => {
                let e = line_start + r;
                if bytes[e] == b'\r' && bytes.get(e + 1) == Some(&b'\n') {
                    (e, e + 2)
                } else {
                    (e, e + 1)
                }
            }
        };
        let line = &text[line_start..line_end];
        let trimmed = trim_line(line);
        if trimmed.is_empty() {
            if let Some(s) = para_start.take() {
                out.push(Paragraph {
                    start: s,
                    end: para_end,
                });
            }
        } else {
            let lead = if trimmed.len() == line.len() {
                0
            } else {
                line.len() - line.trim_start().len()
            };
            if para_start.is_none() {
                para_start = Some(line_start + lead);
            }
            para_end = line_start + lead + trimmed.len();
        }
        line_start = next;
    }
    if let Some(s) = para_start {
        out.push(Paragraph {
            start: s,
            end: para_end,
        });
    }
    out.shrink_to_fit();
    out
}

/// `line.trim()`, answered at once for a line that starts and ends with an
/// ASCII byte that is no space, as most lines do.
fn trim_line(line: &str) -> &str {
    let plain = |b: Option<&u8>| b.is_some_and(|&b| b < 0x80 && CLASS[b as usize] != SPACE);
    if plain(line.as_bytes().first()) && plain(line.as_bytes().last()) {
        line
    } else {
        line.trim()
    }
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    /// Letters/digits, with inner apostrophes, hyphens and periods
    /// ("it's", "al-Assad", "U.S."); a final period is kept for
    /// abbreviations and initials.
    Word,
    /// Any other non-space character, one per token.
    Punct(char),
}

/// One token: a word or a punctuation character.
///
/// Twelve bytes: a document has about one token per five bytes of text, so
/// the token array is the largest thing its analysis holds, and `u32`
/// offsets halve it. [`crate::document::Document::analyze`] reads at most
/// [`MAX_TEXT_BYTES`] of a text, so every offset fits. The third word is
/// the punctuation character, or for a word a flag and its lexicon entry
/// ([`Token::word_id`]), found once by the tokenizer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    from: u32,
    to: u32,
    /// `WORD_TAG | word id` for a word, the character for punctuation.
    tag: u32,
}

/// The flag of a word's `Token::tag`: above every `char` value.
const WORD_TAG: u32 = 1 << 31;

/// The longest text the analysis reads (4 GiB − 1): token offsets are
/// `u32`. The command line stops far below it (`--max-doc-bytes`, 64 MiB by
/// default); a longer text given to the library is analysed up to the last
/// character boundary before this length.
pub const MAX_TEXT_BYTES: usize = u32::MAX as usize;

impl Token {
    /// A token over bytes `start..end` (each at most [`MAX_TEXT_BYTES`]);
    /// a word made here has no lexicon entry (the tokenizer gives words
    /// theirs).
    pub fn new(start: usize, end: usize, kind: TokKind) -> Token {
        let tag = match kind {
            TokKind::Word => WORD_TAG | NO_WORD,
            TokKind::Punct(c) => u32::from(c),
        };
        Token::packed(start, end, tag)
    }

    /// The word token over `text[start..end]`, with its lexicon entry
    /// (`lx.word_id` of its text).
    #[cfg(test)]
    pub(crate) fn word(lx: &Lexicon, text: &str, start: usize, end: usize) -> Token {
        Token::word_entry(lx, text, start, end).0
    }

    /// [`Token::word`], and whether the word is a cue word
    /// ([`Lexicon::word_entry`]).
    #[inline]
    fn word_entry(lx: &Lexicon, text: &str, start: usize, end: usize) -> (Token, bool) {
        let (id, cue) = text
            .get(start..end)
            .map_or((NO_WORD, false), |w| lx.word_entry(w));
        (Token::packed(start, end, WORD_TAG | (id & NO_WORD)), cue)
    }

    fn packed(start: usize, end: usize, tag: u32) -> Token {
        let at = |i: usize| u32::try_from(i).unwrap_or(u32::MAX);
        Token {
            from: at(start),
            to: at(end),
            tag,
        }
    }

    /// First byte.
    #[inline]
    pub fn start(&self) -> usize {
        self.from as usize
    }
    /// End (exclusive).
    #[inline]
    pub fn end(&self) -> usize {
        self.to as usize
    }
    /// Word or punctuation.
    #[inline]
    pub fn kind(&self) -> TokKind {
        if self.tag & WORD_TAG != 0 {
            TokKind::Word
        } else {
            // Only `new` writes a character here.
            char::from_u32(self.tag).map_or(TokKind::Word, TokKind::Punct)
        }
    }
    /// The word's entry in the lexicon (`NO_WORD` for punctuation and
    /// for words no list holds): `lexicon().word_info(t.word_id())` says
    /// what the lists say about the token's text.
    #[inline]
    pub(crate) fn word_id(&self) -> WordId {
        if self.tag & WORD_TAG != 0 {
            self.tag & NO_WORD
        } else {
            NO_WORD
        }
    }
    /// The token's text in `text`.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start()..self.end()]
    }
    /// Is it a word?
    #[inline]
    pub fn is_word(&self) -> bool {
        self.tag & WORD_TAG != 0
    }
    /// Is it the punctuation character \`c\`?
    #[inline]
    pub fn is_punct(&self, c: char) -> bool {
        self.tag == u32::from(c)
    }
}

fn joins(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&' | '‐')
}

/// Byte classes for the tokenizer: which ASCII bytes are whitespace
/// (`char::is_whitespace`, which unlike `u8::is_ascii_whitespace` includes
/// the vertical tab), which are word characters (`char::is_alphanumeric`)
/// and which are punctuation; bytes of 0x80 and above start (or continue)
/// multi-byte characters, which are decoded and classified by the Unicode
/// tables. One 256-entry table keeps the hot loops to a load and a compare.
const PUNCT: u8 = 0;
const SPACE: u8 = 1;
const WORD: u8 = 2;
const NON_ASCII: u8 = 3;
const CLASS: [u8; 256] = {
    let mut t = [NON_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') {
            SPACE
        } else if c.is_ascii_alphanumeric() {
            WORD
        } else {
            PUNCT
        };
        b += 1;
    }
    t
};

/// The character starting at byte `at` of `text` (a char boundary), with its
/// length in bytes; `None` at the end.
#[inline]
fn char_at(text: &str, bytes: &[u8], at: usize) -> Option<(char, usize)> {
    let b = *bytes.get(at)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    let c = text.get(at..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// Is the character starting at byte `at` a word character? False at the end.
#[inline]
fn word_char_at(text: &str, bytes: &[u8], at: usize) -> bool {
    match bytes.get(at) {
        None => false,
        Some(&b) if b < 0x80 => CLASS[b as usize] == WORD,
        Some(_) => char_at(text, bytes, at).is_some_and(|(c, _)| is_word_char(c)),
    }
}

/// The end of the run of ASCII letters and digits starting at byte `from`.
///
/// Eight bytes at a time while they last: for bytes below 0x80, adding
/// `0x80 - lo` to each byte sets its high bit exactly when the byte is at
/// least `lo` (no carry crosses into the next byte), which gives the digit
/// and letter ranges for all eight bytes at once. A byte of 0x80 or more
/// ends the run by itself, and the carries it may cause only reach later
/// bytes, so the first byte that is not a word character is still found
/// exactly by the lowest flagged byte.
#[inline]
fn ascii_word_run(bytes: &[u8], mut from: usize) -> usize {
    while let Some(chunk) = bytes.get(from..from + 8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let stop = ascii_word_stop(u64::from_le_bytes(w));
        if stop != 0 {
            return from + (stop.trailing_zeros() / 8) as usize;
        }
        from += 8;
    }
    from + bytes
        .get(from..)
        .unwrap_or_default()
        .iter()
        .position(|&b| CLASS[b as usize] != WORD)
        .unwrap_or(bytes.len().saturating_sub(from))
}

/// A document's tokens, with the numbers of the tokens two later stages
/// start from, listed as the tokenizer meets them: the sentence splitter
/// and the cue finder then visit those alone instead of every token (about
/// one in ten and one in thirty of them).
pub(crate) struct Tokenized {
    /// Words and punctuation.
    pub tokens: Vec<Token>,
    /// The tokens where a sentence may end ([`may_end_sentence`]), in order.
    pub ends: Vec<u32>,
    /// The cue words ([`Lexicon::word_entry`]), in order.
    pub cue_words: Vec<u32>,
    /// The tokens that may open a name: a first byte that is an ASCII
    /// capital or starts a character outside ASCII
    /// ([`crate::mentions::may_open_name`]), in order.
    pub capitals: Vec<u32>,
    /// The byte offsets of the quotation marks, tokens of their own or
    /// joined inside a word ("it's"), in order
    /// ([`crate::quotes::quote_mark_at`]): the quotation finder reads them
    /// instead of searching the text again.
    pub quote_marks: Vec<u32>,
    /// The paragraphs, as [`paragraphs`] finds them: read off the line
    /// breaks between tokens, without another pass over the text.
    pub paragraphs: Vec<Paragraph>,
}

/// Is `c` a quotation mark the quotation finder looks at?
fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’' | '„' | '«' | '»')
}

/// Bytes after which an ASCII word ends as it is, with nothing joined and
/// no period kept: whitespace, and ASCII punctuation other than the
/// joiners (`'`, `-`, `&`) and the period.
const PLAIN_END: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = CLASS[b] == SPACE
            || (CLASS[b] == PUNCT && !matches!(b as u8, b'\'' | b'-' | b'&' | b'.'));
        b += 1;
    }
    t
};

/// The word at byte `i` (an ASCII word character) when it is a short
/// plain one, as most words are: ASCII letters and digits, fewer than 16,
/// followed by a [`PLAIN_END`] byte or a period that stays out of it
/// ([`period_stays_out`]). Then the tokenizer's general loop
/// would end it there and keep no period, so its token is known from one
/// or two 8-byte loads: its length and the lexicon fingerprint of its
/// lowercase form (up to eight bytes, the bytes little-endian and
/// zero-padded; longer, the first and the last eight). Setting the 0x20
/// bit of every byte lowercases ASCII letters and leaves digits as they
/// are. `None` for any other word (and near the end of the text), which
/// the general loop reads.
#[inline]
fn short_plain_word(lx: &Lexicon, bytes: &[u8], i: usize) -> Option<(usize, u64, u64)> {
    const CASE: u64 = 0x2020_2020_2020_2020;
    let load = |at: usize| -> Option<u64> {
        let mut w = [0u8; 8];
        w.copy_from_slice(bytes.get(at..at + 8)?);
        Some(u64::from_le_bytes(w))
    };
    let head = load(i)?;
    let stop = ascii_word_stop(head);
    if stop != 0 {
        // At least 1 (byte `i` is a word character) and below 8.
        let len = (stop.trailing_zeros() / 8) as usize;
        let next = *bytes.get(i + len)?;
        let mask = (1u64 << (8 * len)) - 1;
        if PLAIN_END[next as usize] || period_stays_out(lx, bytes, i, len, head & mask, 0) {
            return Some((len, (head | CASE) & mask, 0));
        }
        return None;
    }
    let stop = ascii_word_stop(load(i + 8)?);
    if stop == 0 {
        return None;
    }
    let len = 8 + (stop.trailing_zeros() / 8) as usize;
    let next = *bytes.get(i + len)?;
    let tail = if len > 8 { load(i + len - 8)? } else { 0 };
    if !PLAIN_END[next as usize] && !period_stays_out(lx, bytes, i, len, head, tail) {
        return None;
    }
    Some((len, head | CASE, if tail == 0 { 0 } else { tail | CASE }))
}

/// Is the byte after the word of `len` bytes at `i` (exact fingerprint
/// `head`, `tail`) a period that the general loop leaves out of the word:
/// the word has two or more characters, no digit follows the period
/// ("3.5" joins) and the word is no abbreviation ("Jan." keeps it)? Then
/// the word ends a sentence and is read like a plain one.
#[cold]
fn period_stays_out(
    lx: &Lexicon,
    bytes: &[u8],
    i: usize,
    len: usize,
    head: u64,
    tail: u64,
) -> bool {
    bytes.get(i + len) == Some(&b'.')
        && len > 1
        && !bytes.get(i + len + 1).is_some_and(u8::is_ascii_digit)
        && !lx.is_short_abbreviation(len, head, tail)
}

/// The high bit of each byte of `x` (eight text bytes, little-endian) that
/// is not an ASCII letter or digit: see [`ascii_word_run`].
#[inline]
fn ascii_word_stop(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    #[inline]
    fn at_least(x: u64, lo: u8) -> u64 {
        x.wrapping_add(ONES * u64::from(0x80 - lo))
    }
    let folded = x | (ONES * 0x20); // ASCII letters to lowercase
    let digit = at_least(x, b'0') & !at_least(x, b'9' + 1);
    let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1);
    (!(digit | letter) | x) & HIGH
}

/// Tokenise the whole document in one pass.
///
/// Works on bytes: ASCII (nearly all of news text) is classified through a
/// 256-entry table and runs of ASCII letters and digits are consumed by a
/// tight loop; only bytes of 0x80 and above are decoded into characters and
/// classified with the Unicode tables. The rules are those of the character
/// level description on [`TokKind::Word`]; `tokenize_chars` in the tests is
/// the plain character-by-character statement they are checked against.
pub fn tokenize(text: &str) -> Vec<Token> {
    tokenize_marked(text).tokens
}

/// [`tokenize`], with the lists of [`Tokenized`].
pub(crate) fn tokenize_marked(text: &str) -> Tokenized {
    let lx = lexicon();
    let bytes = text.as_bytes();
    let n = bytes.len();
    // Each list sized once, above what news text needs (grown from a
    // tighter guess they were reallocated in most documents); they live
    // only while the document is analysed.
    let mut out = Vec::with_capacity(n / 5);
    let mut ends = Vec::with_capacity(n / 32);
    let mut cue_words = Vec::with_capacity(n / 96);
    let mut capitals = Vec::with_capacity(n / 16);
    let mut quote_marks = Vec::with_capacity(n / 32);
    // For each line break (`\n`, `\r\n` or a lone `\r`), the number of
    // tokens before it.
    let mut breaks: Vec<u32> = Vec::with_capacity(n / 64);
    let mut i = 0;
    while i < n {
        let b = bytes[i];
        let (c, len) = match CLASS[b as usize] {
            SPACE => {
                if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                    mark(&mut breaks, out.len());
                }
                i += 1;
                continue;
            }
            WORD => {
                // A run of short plain words, each with the usual space
                // after it, in a loop of its own: most of a text.
                let from = i;
                while let Some(&w) = bytes.get(i)
                    && CLASS[w as usize] == WORD
                    && let Some((len, head, tail)) = short_plain_word(lx, bytes, i)
                {
                    let (id, cue) = lx.short_lower_entry(len, head, tail);
                    // Token numbers fit in u32 (see `mark`).
                    let number = u32::try_from(out.len()).unwrap_or(u32::MAX);
                    if cue {
                        cue_words.push(number);
                    }
                    if w.is_ascii_uppercase() {
                        capitals.push(number);
                    }
                    out.push(Token::packed(i, i + len, WORD_TAG | (id & NO_WORD)));
                    i += len + usize::from(bytes.get(i + len) == Some(&b' '));
                }
                if i != from {
                    continue;
                }
                (b as char, 1)
            }
            PUNCT => {
                let c = b as char;
                if is_terminator(c) || is_closer(c) {
                    mark(&mut ends, out.len());
                }
                if matches!(b, b'"' | b'\'') {
                    mark(&mut quote_marks, i);
                }
                // ASCII punctuation is no capital: no name opens here.
                out.push(Token::new(i, i + 1, TokKind::Punct(c)));
                i += 1;
                continue;
            }
            _ => {
                let Some((c, len)) = char_at(text, bytes, i) else {
                    break;
                };
                if c.is_whitespace() {
                    i += len;
                    continue;
                }
                if !is_word_char(c) {
                    if is_terminator(c) || is_closer(c) {
                        mark(&mut ends, out.len());
                    }
                    // A character outside ASCII.
                    mark(&mut capitals, out.len());
                    if is_quote_mark(c) {
                        mark(&mut quote_marks, i);
                    }
                    out.push(Token::new(i, i + len, TokKind::Punct(c)));
                    i += len;
                    continue;
                }
                (c, len)
            }
        };
        let start = i;
        let mut end = i + len;
        // Whether a period has been joined into the word so far.
        let mut has_period = false;
        loop {
            // ASCII letters and digits: the common case.
            end = ascii_word_run(bytes, end);
            let Some(&next) = bytes.get(end) else {
                break;
            };
            if CLASS[next as usize] == SPACE {
                // The usual end of a word: nothing after it can join.
                break;
            }
            let Some((d, dlen)) = char_at(text, bytes, end) else {
                break;
            };
            if dlen > 1 && is_word_char(d) {
                end += dlen;
                continue;
            }
            if d == '.'
                && !(end - start == 1
                    || has_period
                    || bytes.get(end + 1).is_some_and(u8::is_ascii_digit))
            {
                // "U.S", "p.m", "3.5" join; "said.Trump" (a missing space) does not.
                break;
            }
            // Join only when a word character follows: "it's", not "students' ".
            if joins(d) && word_char_at(text, bytes, end + dlen) {
                has_period |= d == '.';
                if matches!(d, '\'' | '’') {
                    mark(&mut quote_marks, end);
                }
                end += dlen;
                continue;
            }
            break;
        }
        // Keep the final period of abbreviations and initials with the word.
        if bytes.get(end) == Some(&b'.') {
            let w = &text[start..end];
            let single_initial = len == end - start && c.is_uppercase();
            if single_initial || has_period || lx.is_abbreviation(w) {
                end += 1;
                // A joined period is followed by a word character, so only
                // this one can end a word: the word ends in a period.
                mark(&mut ends, out.len());
            }
        }
        let (token, cue) = Token::word_entry(lx, text, start, end);
        if cue {
            mark(&mut cue_words, out.len());
        }
        if bytes[start] >= 0x80
            || bytes[start].is_ascii_uppercase()
            || crate::mentions::hyphen_capital(&bytes[start..end])
        {
            mark(&mut capitals, out.len());
        }
        out.push(token);
        i = end;
    }
    // Tokens live as long as the document: give back the growth slack.
    out.shrink_to_fit();
    let paragraphs = paragraphs_between(&out, &breaks);
    Tokenized {
        tokens: out,
        ends,
        cue_words,
        capitals,
        quote_marks,
        paragraphs,
    }
}

/// The paragraphs of a text from its tokens and its line breaks (`breaks`:
/// for each, the number of tokens before it). A blank line is a line of
/// whitespace alone, and whitespace is what lies between tokens: so two
/// tokens are in different paragraphs exactly when two or more line breaks
/// separate them, and a paragraph runs from the start of its first token
/// to the end of its last, as [`paragraphs`] trims it.
fn paragraphs_between(tokens: &[Token], breaks: &[u32]) -> Vec<Paragraph> {
    let mut out = Vec::with_capacity(breaks.len() / 2 + 1);
    let mut push = |from: usize, to: usize| {
        if let (Some(a), Some(b)) = (
            tokens.get(from),
            to.checked_sub(1).and_then(|t| tokens.get(t)),
        ) {
            out.push(Paragraph {
                start: a.start(),
                end: b.end(),
            });
        }
    };
    let mut first = 0;
    for pair in breaks.windows(2) {
        let n = pair[0] as usize;
        // A second break before the same token, which is not the first
        // nor past the last: a blank line ends the paragraph.
        if pair[1] as usize == n && n > first && n < tokens.len() {
            push(first, n);
            first = n;
        }
    }
    push(first, tokens.len());
    out
}

/// Add token number (or byte offset) `i` to a list of [`Tokenized`]. Out of line in the
/// tokenizer's general loop: kept inline there, the pushes cost every token
/// registers (measured: about eight instructions a token more); the short
/// word path, where they are cheaper inline, pushes itself.
#[inline(never)]
fn mark(list: &mut Vec<u32>, i: usize) {
    // Token numbers fit in u32: every token has a byte of a text of at
    // most MAX_TEXT_BYTES.
    list.push(u32::try_from(i).unwrap_or(u32::MAX));
}

/// May a sentence end at `tok`: a terminator, a closing mark, or a word
/// ending in a period ("U.S.", "Jan.")? The statement of
/// [`Tokenized::ends`].
fn may_end_sentence(bytes: &[u8], tok: &Token) -> bool {
    match tok.kind() {
        TokKind::Punct(c) => is_terminator(c) || is_closer(c),
        TokKind::Word => ends_in_period(bytes, tok),
    }
}

/// A sentence: byte span plus the range of its tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// First byte of the sentence.
    pub start: usize,
    /// End of the sentence (exclusive).
    pub end: usize,
    /// Its tokens.
    pub tokens: Range<usize>,
    /// The paragraph it is in.
    pub paragraph: usize,
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | '»' | '«' | ')' | ']')
}

/// Abbreviations that precede a name and so never end a sentence.
fn is_title_abbrev(w: &str) -> bool {
    let bare = w.trim_end_matches('.');
    let mut buf = [0u8; 48];
    lexicon()
        .title(&crate::text::lower_ascii(bare, &mut buf))
        .is_some()
        || words::place_abbreviations(bare)
}

/// The longest sentence, in tokens; a longer run without a sentence end is
/// cut into pieces this long. News sentences stay far below it (the longest
/// in PolNeAR train has 329 tokens). The attribution rules search a cue's
/// sentence for its subject and content, so in unpunctuated text (OCR, raw
/// transcripts, a hostile page) an unbounded sentence made every cue's
/// search as long as the document: quadratic time.
pub const MAX_SENTENCE_TOKENS: usize = 512;

/// Split paragraphs into sentences over `tokens`. `quotes` (sorted by start)
/// are atomic: no boundary falls strictly inside a quote's content.
pub fn sentences(
    text: &str,
    paras: &[Paragraph],
    tokens: &[Token],
    quotes: &[QuoteSpan],
) -> Vec<Sentence> {
    let bytes = text.as_bytes();
    let ends: Vec<u32> = (0..tokens.len())
        .filter(|&i| may_end_sentence(bytes, &tokens[i]))
        .filter_map(|i| u32::try_from(i).ok())
        .collect();
    sentences_at(text, paras, tokens, quotes, &ends)
}

/// [`sentences`], given the tokens where a sentence may end
/// ([`Tokenized::ends`]): only those are visited.
pub(crate) fn sentences_at(
    text: &str,
    paras: &[Paragraph],
    tokens: &[Token],
    quotes: &[QuoteSpan],
    ends: &[u32],
) -> Vec<Sentence> {
    let mut split = Splitter {
        text,
        lx: lexicon(),
        tokens,
        quotes,
        q: 0,
        // About one sentence per twenty tokens: sized once, not grown; the
        // slack is given back at the end.
        out: Vec::with_capacity(tokens.len() / 16),
    };
    let mut t = 0; // token cursor
    let mut e = 0; // cursor in `ends`
    for (pi, p) in paras.iter().enumerate() {
        // Token starts and ends both increase: the paragraph's first and
        // last token are found by a galloping search from the cursor (a
        // paragraph is tens of tokens, the rest of the document thousands).
        t += gallop(&tokens[t..], |k| k.start() < p.start);
        let first = t;
        t += gallop(&tokens[t..], |k| k.end() <= p.end);
        let last = t; // exclusive
        e += gallop(&ends[e..], |&k| (k as usize) < first);
        let here = gallop(&ends[e..], |&k| (k as usize) < last);
        split.paragraph(pi, p, first, last, &ends[e..e + here]);
        e += here;
    }
    let mut out = split.out;
    out.shrink_to_fit();
    out
}

/// `s.partition_point(pred)` (`pred` true on a prefix of `s`), for an
/// answer expected near the front: probes 1, 3, 7, 15 … elements in, then
/// searches the last stretch, so it costs about twice the logarithm of the
/// answer, not of the length.
fn gallop<T>(s: &[T], pred: impl Fn(&T) -> bool) -> usize {
    let mut lo = 0;
    let mut step = 1;
    while lo + step <= s.len() && pred(&s[lo + step - 1]) {
        lo += step;
        step *= 2;
    }
    let hi = (lo + step).min(s.len());
    lo + s[lo..hi].partition_point(pred)
}

/// The state of [`sentences`] across paragraphs. The quote cursor lives
/// here rather than per paragraph because quotes are sorted by start and
/// the tokens are visited in order, so it only ever moves forward over the
/// whole document: that keeps the splitter linear in the number of quotes.
struct Splitter<'a> {
    text: &'a str,
    lx: &'static Lexicon,
    tokens: &'a [Token],
    quotes: &'a [QuoteSpan],
    /// Quote cursor: the first quote that may still contain a token.
    q: usize,
    out: Vec<Sentence>,
}

/// Does `tok` end in a period (a word such as "U.S." or "Jan.")? Asked on
/// the bytes so that the nine tokens in ten that are not candidates cost a
/// single load.
#[inline]
fn ends_in_period(bytes: &[u8], tok: &Token) -> bool {
    bytes.get(tok.start()..tok.end()).and_then(<[u8]>::last) == Some(&b'.')
}

impl Splitter<'_> {
    /// Split the paragraph `p` (number `pi`), whose tokens are
    /// `first..last`, into sentences. Each paragraph ends a sentence, so
    /// the tokens after the last boundary become one sentence of their own.
    /// `ends` are the paragraph's tokens where a sentence may end: every
    /// other token (nine in ten) is passed over. The quote cursor below
    /// only moves forward with the token start, so advancing it at the
    /// candidates alone gives the same position.
    fn paragraph(&mut self, pi: usize, p: &Paragraph, first: usize, last: usize, ends: &[u32]) {
        let tokens = self.tokens;
        let mut s_tok = first;
        // The first token still to look at: the closing marks absorbed
        // after a boundary are passed over.
        let mut i = first;
        for &cand in ends {
            let cand = cand as usize;
            if cand < i {
                continue;
            }
            i = cand;
            let tok = tokens[i];
            // Skip past quotes that ended before this token.
            while self.q < self.quotes.len() && self.quotes[self.q].outer_end <= tok.start() {
                self.q += 1;
            }
            let Some(mut b) = self.boundary_at(i, p.end) else {
                i += 1;
                continue;
            };
            // Absorb closing marks and further terminators ("?!", '."').
            while b + 1 < last
                && matches!(tokens[b + 1].kind(), TokKind::Punct(c) if is_closer(c) || is_terminator(c))
                && tokens[b + 1].start() == tokens[b].end()
            {
                b += 1;
            }
            let after_quote = matches!(tokens[b].kind(), TokKind::Punct(c) if is_closer(c));
            if b + 1 < last
                && starts_sentence(self.text, self.lx, &tokens[b + 1..last], after_quote)
            {
                self.push(s_tok..b + 1, pi);
                s_tok = b + 1;
            }
            i = b + 1;
        }
        if s_tok < last {
            self.push(s_tok..last, pi);
        }
    }

    /// The sentence over `toks` (a non-empty token range) in paragraph `pi`,
    /// cut into pieces of at most [`MAX_SENTENCE_TOKENS`].
    fn push(&mut self, toks: Range<usize>, pi: usize) {
        let mut from = toks.start;
        while from < toks.end {
            let to = toks.end.min(from + MAX_SENTENCE_TOKENS);
            self.out.push(Sentence {
                start: self.tokens[from].start(),
                end: self.tokens[to - 1].end(),
                tokens: from..to,
                paragraph: pi,
            });
            from = to;
        }
    }

    /// May a sentence end at the candidate token `i` (a terminator, a
    /// closing mark or a word ending in a period)? `Some(i)` when it may,
    /// before closing marks are absorbed; `p_end` is the paragraph's end,
    /// beyond which no token is looked at. Expects the quote cursor to have
    /// been moved past the quotes that end before the token.
    fn boundary_at(&self, i: usize, p_end: usize) -> Option<usize> {
        let text = self.text;
        let tokens = self.tokens;
        let quotes = &self.quotes[self.q..];
        let tok = tokens[i];
        // Only terminators and words ending in a period ask whether
        // they sit inside a quotation, so it is computed for them alone.
        let inside_quote = || {
            quotes
                .iter()
                .take_while(|qs| qs.outer_start < tok.end())
                .any(|qs| qs.content_start <= tok.start() && tok.end() <= qs.content_end)
        };
        match tok.kind() {
            TokKind::Punct(c) if is_terminator(c) => (!inside_quote()).then_some(i),
            TokKind::Word if ends_in_period(text.as_bytes(), &tok) && !inside_quote() => {
                // An abbreviation ending a sentence ("in the U.S. The ...").
                let w = tok.text(text);
                let next_is_function_word = tokens
                    .get(i + 1)
                    .filter(|n| n.end() <= p_end)
                    .is_some_and(|n| {
                        // The token's entry says what `is_stopword` would.
                        n.is_word()
                            && is_capitalized(n.text(text))
                            && self.lx.word_info(n.word_id()).stopword
                    });
                // Cheapest test first; all three are pure.
                (next_is_function_word && w.chars().count() > 2 && !is_title_abbrev(w)).then_some(i)
            }
            // A closing quote mark whose content ends with a terminator.
            TokKind::Punct(c) if is_closer(c) => quotes
                .iter()
                .take_while(|qs| qs.outer_start < tok.end())
                .find(|qs| qs.content_end <= tok.start() && tok.end() == qs.outer_end)
                .filter(|qs| {
                    text[qs.content_start..qs.content_end]
                        .trim_end()
                        .chars()
                        .last()
                        .is_some_and(is_terminator)
                })
                .map(|_| i),
            _ => None,
        }
    }
}

/// Does a new sentence start at `rest[0]`? It must look like a sentence start
/// (capital, digit or opening mark). After a closing quotation mark it must
/// also not be the quote's attribution tail (`"…?" Harry asked reporters.`):
/// a subject-like opening followed by a cue that does not itself introduce a
/// new quote or clause (`He added, "…"`, `He said that …` do start anew).
fn starts_sentence(
    text: &str,
    lx: &crate::lexicon::Lexicon,
    rest: &[Token],
    after_quote: bool,
) -> bool {
    let Some(first) = rest.first() else {
        return false;
    };
    let ft = first.text(text);
    let looks_like_start = match first.kind() {
        TokKind::Word => ft
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric()),
        TokKind::Punct(c) => matches!(
            c,
            '"' | '“' | '‘' | '\'' | '«' | '„' | '(' | '[' | '—' | '-'
        ),
    };
    if !looks_like_start || !after_quote || !first.is_word() {
        return looks_like_start;
    }
    // "“…?” Miller, a retired worker from a nuclear plant, said": after a
    // question or exclamation, a name of up to three words, an appositive
    // between commas, then the cue. (After a full stop such a sentence
    // is a new one: "“…” The government, for instance, charged …".)
    let asked = text[..first.start()]
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '”' | '’' | '\'' | '»'))
        .ends_with(['?', '!']);
    if asked
        && let Some(open) = (1..4.min(rest.len())).find(|&k| !rest[k].is_word())
        && rest[open].kind() == TokKind::Punct(',')
        && let Some(close) = (open + 1..(open + 14).min(rest.len())).find(|&k| !rest[k].is_word())
        && rest[close].kind() == TokKind::Punct(',')
        && let Some(cue) = rest
            .get(close + 1)
            .filter(|t| t.is_word() && t.text(text).starts_with(char::is_lowercase))
            .and_then(|t| lx.word_info(t.word_id()).cue.form)
            .filter(|c| !c.participle)
        // "… said." or "… said into the phone.", not "… said that …".
        && !rest.get(close + 2).is_some_and(|n| reports_clause(text, n, cue.lemma))
    {
        return false;
    }
    // Find a cue among the first few words; everything before it must be
    // words (a subject such as "Trump", "the former governor", "he").
    for (k, tok) in rest.iter().enumerate().take(7) {
        if !tok.is_word() {
            return true;
        }
        let w = tok.text(text);
        // The token's entry says what `lx.cue(w)` would.
        let cue = lx.word_info(tok.word_id()).cue.form;
        // After "the", "these", "his" … the word is a noun ("The hopes.",
        // "Ruiz shared these views."), as the cue finder reads it.
        let noun = k > 0 && words::noun_determiners_ascii_lower(rest[k - 1].text(text));
        if k > 0
            && !noun
            && cue.is_some_and(|c| !c.participle)
            && w.starts_with(|c: char| c.is_lowercase())
        {
            let next = rest.get(k + 1);
            let after = rest.get(k + 2);
            let introduces_quote = next
                .is_some_and(|n| matches!(n.kind(), TokKind::Punct(',' | ':')))
                && after.is_some_and(|a| {
                    matches!(a.kind(), TokKind::Punct('"' | '“' | '‘' | '«' | '\''))
                });
            // "He said that …", "He said the FBI had …": a cue reporting a
            // clause of its own opens a sentence; an attribution tail is
            // short ("Harry asked reporters.").
            let introduces_clause =
                cue.is_some_and(|c| next.is_some_and(|n| reports_clause(text, n, c.lemma)));
            return introduces_quote || introduces_clause;
        }
    }
    true
}

/// Does the word `next` after cue verb `lemma` open a clause the verb
/// reports ("said that …", "said he …", "said the FBI had …")? Then the
/// verb opens a sentence of its own rather than ending a quote's
/// attribution tail ("Harry asked reporters."). After a verb that asks or
/// takes an addressee, a determiner opens its object instead.
fn reports_clause(text: &str, next: &Token, lemma: &str) -> bool {
    let nw = next.text(text);
    nw == "that"
        || words::clause_subject_words(nw)
        || (words::clause_determiners(nw)
            && crate::words::verb_frames(lemma)
                & (crate::words::frame::ASKS | crate::words::frame::ADDRESSEE)
                == 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::find_quotes;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn lines_trim_as_str_trim(text in tricky_text()) {
            prop_assert_eq!(trim_line(&text), text.trim());
        }

        #[test]
        fn gallop_is_partition_point(len in 0usize..300, cut in 0usize..320) {
            let v: Vec<usize> = (0..len).collect();
            let pred = |&x: &usize| x < cut;
            prop_assert_eq!(gallop(&v, pred), v.partition_point(pred));
        }
    }

    #[test]
    fn a_run_without_sentence_ends_is_cut_at_the_sentence_limit() {
        // (words in one unpunctuated paragraph, expected sentence lengths)
        let max = MAX_SENTENCE_TOKENS;
        for (words, want) in [
            (3, vec![3]),
            (max, vec![max]),
            (max + 1, vec![max, 1]),
            (2 * max + 7, vec![max, max, 7]),
        ] {
            let text = "word ".repeat(words);
            let paras = paragraphs(&text);
            let toks = tokenize(&text);
            let qs = find_quotes(&text, &paras);
            let sents = sentences(&text, &paras, &toks, &qs);
            let lens: Vec<usize> = sents.iter().map(|s| s.tokens.len()).collect();
            assert_eq!(lens, want, "{words} words");
            // Pieces tile the run: each starts where the last ended.
            assert!(
                sents
                    .windows(2)
                    .all(|w| w[0].tokens.end == w[1].tokens.start)
            );
        }
    }

    #[test]
    fn tokens_are_twelve_bytes_and_keep_their_offsets() {
        // The token array is most of a document's analysis: keep it packed.
        assert_eq!(std::mem::size_of::<Token>(), 12);
        // (start, end) in, the same out; past u32 they saturate, never wrap.
        for (s, e, want) in [
            (0, 0, (0, 0)),
            (7, 12, (7, 12)),
            (
                MAX_TEXT_BYTES - 1,
                MAX_TEXT_BYTES,
                (MAX_TEXT_BYTES - 1, MAX_TEXT_BYTES),
            ),
            (
                MAX_TEXT_BYTES + 5,
                MAX_TEXT_BYTES + 9,
                (MAX_TEXT_BYTES, MAX_TEXT_BYTES),
            ),
        ] {
            let t = Token::new(s, e, TokKind::Punct('é'));
            assert_eq!((t.start(), t.end()), want, "{s}..{e}");
            assert_eq!(t.kind(), TokKind::Punct('é'));
        }
    }

    /// The character-level statement of the tokenizer rules, which the
    /// byte-level `tokenize` must match token for token.
    fn tokenize_chars(text: &str) -> Vec<Token> {
        let lx = lexicon();
        let mut out = Vec::with_capacity(text.len() / 5);
        let mut it = text.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if c.is_whitespace() {
                continue;
            }
            if !is_word_char(c) {
                out.push(Token::new(i, i + c.len_utf8(), TokKind::Punct(c)));
                continue;
            }
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if is_word_char(d) {
                    end = j + d.len_utf8();
                    it.next();
                    continue;
                }
                if d == '.'
                    && !(end - i == 1
                        || text[i..end].contains('.')
                        || text[j + 1..].starts_with(|c: char| c.is_ascii_digit()))
                {
                    // "U.S", "p.m", "3.5" join; "said.Trump" (a missing space) does not.
                    break;
                }
                if joins(d) {
                    // Join only when a word character follows: "it's", not "students' ".
                    let after = text[j + d.len_utf8()..].chars().next();
                    if after.is_some_and(is_word_char) {
                        end = j + d.len_utf8();
                        it.next();
                        continue;
                    }
                }
                break;
            }
            // Keep the final period of abbreviations and initials with the word.
            if text[end..].starts_with('.') {
                let w = &text[i..end];
                let single_initial = w.chars().count() == 1 && is_capitalized(w);
                if single_initial || w.contains('.') || lx.is_abbreviation(w) {
                    end += 1;
                    it.next();
                }
            }
            out.push(Token::word(lx, text, i, end));
        }
        out
    }

    fn sents(text: &str) -> Vec<&str> {
        let paras = paragraphs(text);
        let toks = tokenize(text);
        let qs = find_quotes(text, &paras);
        sentences(text, &paras, &toks, &qs)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn paragraphs_split_on_blank_lines_any_line_ending() {
        let text = "One\nstill one.\r\n\r\nTwo.\r\rThree.\n  \n";
        let p: Vec<&str> = paragraphs(text)
            .iter()
            .map(|p| &text[p.start..p.end])
            .collect();
        assert_eq!(p, vec!["One\nstill one.", "Two.", "Three."]);
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            sents(
                "Sen. Ann Roe met Dr. J. Smith at 3 p.m. on Jan. 4 in the U.S. capital. Then she left."
            ),
            vec![
                "Sen. Ann Roe met Dr. J. Smith at 3 p.m. on Jan. 4 in the U.S. capital.",
                "Then she left."
            ]
        );
    }

    #[test]
    fn abbreviation_can_end_a_sentence() {
        assert_eq!(
            sents("He moved to the U.S. The move was hard."),
            vec!["He moved to the U.S.", "The move was hard."]
        );
    }

    #[test]
    fn quote_aware_boundaries() {
        assert_eq!(
            sents("\"So what?\" said Harry. He left."),
            vec!["\"So what?\" said Harry.", "He left."]
        );
        assert_eq!(
            sents("\"We won. It is over,\" she said."),
            vec!["\"We won. It is over,\" she said."]
        );
        assert_eq!(
            sents("\"It is over.\" The crowd cheered loudly for a long time."),
            vec![
                "\"It is over.\"",
                "The crowd cheered loudly for a long time."
            ]
        );
        assert_eq!(
            sents("\"How are you?\" Rita Miller, a retired worker, said into the phone. She left."),
            vec![
                "\"How are you?\" Rita Miller, a retired worker, said into the phone.",
                "She left."
            ]
        );
        // A cue form after "the" or "these" is a noun: no attribution tail.
        assert_eq!(
            sents("\"It is over.\" The hopes of the town faded."),
            vec!["\"It is over.\"", "The hopes of the town faded."]
        );
        assert_eq!(
            sents("\"It is over.\" The mayor hopes not."),
            vec!["\"It is over.\" The mayor hopes not."]
        );
    }

    #[test]
    fn tokens_keep_apostrophes_and_initials() {
        let text = "It's O'Brien's U.S. plan, J. Doe said; students' fees.";
        let words: Vec<&str> = tokenize(text)
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.text(text))
            .collect();
        assert_eq!(
            words,
            vec![
                "It's",
                "O'Brien's",
                "U.S.",
                "plan",
                "J.",
                "Doe",
                "said",
                "students",
                "fees"
            ]
        );
    }

    /// Text with every class the tokenizer tells apart: ASCII and Unicode
    /// letters, digits and whitespace (vertical tab, no-break and thin
    /// spaces, CRLF), joiners, curly quotes, emoji, combining marks,
    /// abbreviations and initials.
    const TRICKY: &[&str] = &[
        "It's O'Brien's U.S. plan, J. Doe said; students' fees.",
        "He moved to the U.S. The move was hard. Sen. Ann Roe met Dr. J. Smith at 3 p.m.",
        "“Don’t,” she said — it’s ‘fine’. Élodie Ñúñez-García’s café.",
        "3.5 35.5 1,000 said.Trump a.b.c. e.g. i.e., Jan. 4 No. 5 St. Louis",
        "emoji 👍🏽 family 👨‍👩‍👧 flag 🇫🇷 and ZWJ",
        "combining: e\u{301}te\u{301} n\u{303} a\u{308}\u{304} x\u{20DD}",
        "CRLF\r\nline\rCR\u{0B}VT\u{0C}FF\u{A0}NBSP\u{2009}thin\u{3000}ideo\u{85}NEL",
        "KELVIN \u{212A} İstanbul ΣΊΣΥΦΟΣ ß ǅ Ⅻ ½ ² ٣ 三",
        "AT&T R&D a‐b a-b a--b -a a- 'a a' ’90s rock’n’roll",
        "A. B. É. É.U. Ó. x. 1. ½. ..a a.. a...b .5 a.5",
        "Mr. Mrs. Gen. gen. Prof.Dr. Ph.D. U.S.A",
        "abcdefg abcdefgh abcdefghi International, representatives' Counterterrorism.",
        "seventeen-letters seventeenletterss a1234567 12345678. 123456789012345 x",
        "",
        ".",
        "a",
        "É",
        "'",
        "a'",
        "a.",
        "\u{301}a",
    ];

    #[test]
    fn byte_tokenizer_matches_the_character_rules_on_tricky_text() {
        for t in TRICKY {
            assert_eq!(tokenize(t), tokenize_chars(t), "{t:?}");
        }
        let all = TRICKY.join(" ");
        assert_eq!(tokenize(&all), tokenize_chars(&all));
    }

    #[test]
    fn byte_tokenizer_matches_the_character_rules_on_the_fuzz_corpus() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_corpus");
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let bytes = std::fs::read(e.path()).unwrap_or_default();
            let text = String::from_utf8_lossy(&bytes);
            assert_eq!(tokenize(&text), tokenize_chars(&text), "{:?}", e.path());
        }
    }

    fn tricky_text() -> impl Strategy<Value = String> {
        crate::text::tricky_text(vec![
            "a",
            "Z",
            "7",
            ".",
            ".",
            "'",
            "’",
            "-",
            "‐",
            "&",
            " ",
            " ",
            "\n",
            "\r\n",
            "\u{0B}",
            "\u{A0}",
            "\u{2009}",
            "“",
            "”",
            "‘",
            "«",
            "»",
            "„",
            "é",
            "É",
            "\u{301}",
            "👍",
            "\u{200D}",
            "İ",
            "Σ",
            "\u{212A}",
            "½",
            "٣",
            "Mr",
            "U",
            "S",
            "said",
            ",",
            "(",
            "…",
            "according",
            "abcdefg",
            "\r",
            "\n \n",
            "\u{85}",
            "\u{2028}",
            "Abcdefgh",
            "international",
            "COUNTERTERRORISM",
            "representatives",
            "to",
            "Says",
            "told",
            "Jan",
            "Sen",
            "!",
            "?",
            ")",
            "]",
            "Ünal",
        ])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn byte_tokenizer_matches_the_character_rules(text in tricky_text()) {
            prop_assert_eq!(tokenize(&text), tokenize_chars(&text));
        }

        /// The tokenizer's lists hold exactly the tokens their statements
        /// pick out of the token array.
        #[test]
        fn token_lists_are_their_statements(text in tricky_text()) {
            let t = tokenize_marked(&text);
            let bytes = text.as_bytes();
            let lx = lexicon();
            let pick = |f: &dyn Fn(&Token) -> bool| -> Vec<u32> {
                (0..t.tokens.len()).filter(|&i| f(&t.tokens[i])).map(|i| i as u32).collect()
            };
            prop_assert_eq!(&t.ends, &pick(&|k| may_end_sentence(bytes, k)));
            prop_assert_eq!(&t.cue_words, &pick(&|k| crate::cues::is_cue_word(lx, k)));
            prop_assert_eq!(&t.capitals, &pick(&|k| crate::mentions::may_open_name(bytes, k)));
            let marks: Vec<u32> = (0..bytes.len())
                .filter(|&k| crate::quotes::quote_mark_at(bytes, k))
                .map(|k| k as u32)
                .collect();
            prop_assert_eq!(&t.quote_marks, &marks);
            // The paragraphs are those of the text.
            let paras = paragraphs(&text);
            prop_assert_eq!(&t.paragraphs, &paras);
            // And the quotations found from the list are those found by
            // searching the text.
            prop_assert_eq!(
                crate::quotes::find_quotes_at(&text, &paras, &t.quote_marks),
                find_quotes(&text, &paras)
            );
        }
    }

    #[test]
    fn ascii_word_runs_end_at_the_first_non_word_byte() {
        // Every byte value at every offset of a 20-byte window.
        for b in 0..=255u8 {
            for at in 0..20 {
                let mut v = vec![b'a'; 20];
                v[at] = b;
                let want = v
                    .iter()
                    .position(|&c| CLASS[c as usize] != WORD)
                    .unwrap_or(v.len());
                assert_eq!(ascii_word_run(&v, 0), want, "{b:#x} at {at}");
                let want3 = v[3..]
                    .iter()
                    .position(|&c| CLASS[c as usize] != WORD)
                    .map_or(v.len(), |p| p + 3);
                assert_eq!(ascii_word_run(&v, 3), want3, "{b:#x} at {at}");
            }
        }
        let mixed = "Ab9z0ZaY/x\u{e9}t\u{301}";
        let want = mixed.bytes().position(|c| CLASS[c as usize] != WORD);
        assert_eq!(Some(ascii_word_run(mixed.as_bytes(), 0)), want);
    }
}
