//! Stage 2: quotation spans.
//!
//! One linear pass over each paragraph with a tiny state machine: at most one
//! outer quotation is open at a time, and marks inside it (nested quotes,
//! apostrophes) are skipped, so nested quotes stay inside their outer quote.
//! An opening mark that is never closed ends at its paragraph's end, unless
//! the next paragraph opens with a mark of the same family: that is the
//! newspaper convention for a quotation running over several paragraphs,
//! and the span then continues. Nothing can run past that, so spans are
//! bounded and the pass is O(n) on any input.

use crate::spans::Paragraph;

/// A quotation found in the text (byte offsets).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Offset of the opening mark.
    pub outer_start: usize,
    /// Content, without the marks and surrounding whitespace.
    pub content_start: usize,
    /// End of the content (exclusive).
    pub content_end: usize,
    /// End of the closing mark (or of the content when unclosed).
    pub outer_end: usize,
    /// Index of the paragraph the quote starts in.
    pub paragraph: usize,
    /// Index of the paragraph the quote ends in (> `paragraph` for
    /// multi-paragraph quotes).
    pub last_paragraph: usize,
    /// The closing mark was found.
    pub closed: bool,
    /// Single quotation marks (‘ ’ or ') rather than double ones.
    pub single: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    /// `"` toggles.
    Straight,
    /// `“ … ”` (also closes a straight opener typed with a curly closer).
    Curly,
    /// German `„ … “`.
    Low,
    /// `« … »`.
    Guillemet,
    /// `» … «` (Danish/German style).
    GuillemetReversed,
    /// `‘ … ’` or `' … '`.
    Single,
    /// `'' … ''`: two apostrophes standing for a double mark (some wire
    /// and newspaper archives are typed this way).
    TwoApostrophes,
}

struct Open {
    family: Family,
    mark: usize,
    content: usize,
    paragraph: usize,
}

fn prev_allows_open(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(p) => {
            p.is_whitespace()
                || matches!(
                    p,
                    '(' | '['
                        | '{'
                        | '—'
                        | '–'
                        | '-'
                        | '/'
                        | ':'
                        | '“'
                        | '"'
                        | '‘'
                        | '«'
                        | '»'
                        | '„'
                )
        }
    }
}

/// Which family, if any, does `c` open in this context?
fn opener(c: char, prev: Option<char>, next: Option<char>) -> Option<Family> {
    let next_ok = next.is_some_and(|n| !n.is_whitespace());
    match c {
        '“' if next_ok => Some(Family::Curly),
        '"' if prev_allows_open(prev) && next_ok => Some(Family::Straight),
        '„' if next_ok => Some(Family::Low),
        // French typography puts a space inside guillemets: « non ».
        '«' if next.is_some() => Some(Family::Guillemet),
        '»' if prev_allows_open(prev) && next.is_some_and(char::is_alphanumeric) => {
            Some(Family::GuillemetReversed)
        }
        // A single mark opens only before a letter and after a non-letter:
        // never "it's", never the decade in "’90s".
        '‘' | '\'' if prev_allows_open(prev) && next.is_some_and(char::is_alphabetic) => {
            Some(Family::Single)
        }
        '’' if prev.is_none_or(char::is_whitespace) && next.is_some_and(char::is_alphabetic) => {
            // Some writers type ’ for both sides; only at a word start.
            Some(Family::Single)
        }
        _ => None,
    }
}

/// Does `c` close an open quote of `family`?
fn closes(family: Family, c: char, prev: Option<char>, next: Option<char>) -> bool {
    match family {
        Family::Straight | Family::Curly => {
            // A mistyped “ closes too when it sits after a word: ”It's unusual,“ said".
            matches!(c, '"' | '”')
                || (c == '“'
                    && prev.is_some_and(|p| !p.is_whitespace())
                    && next.is_none_or(|n| !n.is_alphanumeric()))
        }
        Family::Low => matches!(c, '“' | '”' | '"'),
        Family::Guillemet => c == '»',
        Family::TwoApostrophes => false, // handled by the scanner
        Family::GuillemetReversed => c == '«',
        Family::Single => {
            matches!(c, '’' | '\'')
                && prev.is_some_and(|p| !p.is_whitespace())
                && next.is_none_or(|n| !n.is_alphanumeric())
        }
    }
}

/// Finds the quotation marks of a paragraph, front to back.
///
/// `memchr3` finds the next `"`, `'` or 0xE2 byte; 0xC2 (« ») is searched
/// separately and its position kept until the scan passes it, so every byte
/// is looked at O(1) times however the two kinds interleave.
struct Marks {
    /// The first 0xC2 byte at or after the previous search position; `None`
    /// when there is none, and so none further on either.
    next_c2: Option<usize>,
}

/// Where the scan of a paragraph finds its quotation marks: [`Marks`]
/// searches the paragraph's bytes, [`Listed`] reads the marks the
/// tokenizer listed. Both give every mark of the paragraph at or after a
/// byte, front to back, as (offset in the paragraph, mark).
trait MarkSource {
    /// Start paragraph `p`, whose bytes are `pb`.
    fn paragraph(&mut self, p: &Paragraph, pb: &[u8]);
    /// The first quotation mark at or after byte `from` of the paragraph.
    fn next(&mut self, pb: &[u8], from: usize) -> Option<(usize, char)>;
}

impl MarkSource for Marks {
    fn paragraph(&mut self, _: &Paragraph, pb: &[u8]) {
        self.next_c2 = memchr::memchr(0xC2, pb);
    }

    fn next(&mut self, pb: &[u8], from: usize) -> Option<(usize, char)> {
        self.find(pb, from)
    }
}

/// The quotation marks the tokenizer listed ([`quote_mark_at`] of every
/// byte, as byte offsets in order), read paragraph by paragraph: the text
/// is not searched again.
struct Listed<'m> {
    marks: &'m [u32],
    /// The first listed mark not yet passed.
    k: usize,
    /// Byte offset of the paragraph's start.
    para_start: usize,
}

impl MarkSource for Listed<'_> {
    fn paragraph(&mut self, p: &Paragraph, _: &[u8]) {
        self.para_start = p.start;
    }

    fn next(&mut self, pb: &[u8], from: usize) -> Option<(usize, char)> {
        let from = self.para_start + from;
        while self.marks.get(self.k).is_some_and(|&m| (m as usize) < from) {
            self.k += 1;
        }
        while let Some(&m) = self.marks.get(self.k) {
            let at = (m as usize).checked_sub(self.para_start)?;
            // Past the paragraph: the next paragraph's.
            (at < pb.len()).then_some(())?;
            if let Some(c) = mark_at(pb, at) {
                return Some((at, c));
            }
            self.k += 1;
        }
        None
    }
}

/// Is byte `k` of `bytes` the start of a quotation mark (`"`, `'`, `“`,
/// `”`, `‘`, `’`, `„`, `«` or `»`)? What the tokenizer lists.
#[cfg(test)]
pub(crate) fn quote_mark_at(bytes: &[u8], k: usize) -> bool {
    mark_at(bytes, k).is_some()
}

impl Marks {
    fn new() -> Marks {
        Marks { next_c2: None }
    }

    /// The first quotation mark at or after byte `from`, as (offset, mark).
    fn find(&mut self, pb: &[u8], mut from: usize) -> Option<(usize, char)> {
        loop {
            let rest = pb.get(from..)?;
            if self.next_c2.is_some_and(|c2| c2 < from) {
                self.next_c2 = memchr::memchr(0xC2, rest).map(|r| from + r);
            }
            let other = memchr::memchr3(b'"', b'\'', 0xE2, rest).map(|r| from + r);
            let k = match (other, self.next_c2) {
                (Some(a), Some(b)) => a.min(b),
                (Some(a), None) => a,
                (None, Some(b)) => b,
                (None, None) => return None,
            };
            if let Some(c) = mark_at(pb, k) {
                return Some((k, c));
            }
            from = k + 1;
        }
    }
}

/// The quotation mark whose encoding starts at byte `k`, if any.
fn mark_at(pb: &[u8], k: usize) -> Option<char> {
    match *pb.get(k)? {
        b'"' => Some('"'),
        b'\'' => Some('\''),
        0xE2 => match (pb.get(k + 1), pb.get(k + 2)) {
            (Some(0x80), Some(0x9C)) => Some('“'),
            (Some(0x80), Some(0x9D)) => Some('”'),
            (Some(0x80), Some(0x98)) => Some('‘'),
            (Some(0x80), Some(0x99)) => Some('’'),
            (Some(0x80), Some(0x9E)) => Some('„'),
            _ => None,
        },
        0xC2 => match pb.get(k + 1) {
            Some(0xAB) => Some('«'),
            Some(0xBB) => Some('»'),
            _ => None,
        },
        _ => None,
    }
}

/// Find every quotation in `text`, given its paragraphs. Sorted by position.
///
/// Only quotation marks matter to the state machine, and they are rare, so
/// the scan jumps from one candidate byte to the next with `memchr` (the
/// ASCII marks, 0xE2 leading “ ” ‘ ’ „, 0xC2 leading « ») instead of
/// decoding every character; the characters before and after a mark are
/// decoded on the spot. `find_quotes_chars` in the tests is the same state
/// machine driven character by character, which this must match.
pub fn find_quotes(text: &str, paras: &[Paragraph]) -> Vec<QuoteSpan> {
    scan_quotes(text, paras, Marks::new())
}

/// [`find_quotes`], given the byte offsets of the text's quotation marks
/// (the tokenizer's list, [`quote_mark_at`] of every byte, in order): the
/// text is not searched for them again.
pub(crate) fn find_quotes_at(text: &str, paras: &[Paragraph], marks: &[u32]) -> Vec<QuoteSpan> {
    scan_quotes(
        text,
        paras,
        Listed {
            marks,
            k: 0,
            para_start: 0,
        },
    )
}

/// The quotations of `text`, its marks found by `marks`.
fn scan_quotes(text: &str, paras: &[Paragraph], mut marks: impl MarkSource) -> Vec<QuoteSpan> {
    let mut scan = Scan::new(text);
    for (pi, p) in paras.iter().enumerate() {
        let para = &text[p.start..p.end];
        let pb = para.as_bytes();
        // Byte offset in `para` where the scan resumes.
        let mut pos = scan.start_paragraph(para, paras, pi);
        marks.paragraph(p, pb);
        while let Some((i, c)) = marks.next(pb, pos) {
            // The characters around the mark, within the paragraph (a
            // continued quote's skipped mark counts as the one before).
            let prev = para[..i].chars().next_back();
            let next = para[i + c.len_utf8()..].chars().next();
            let at = p.start + i;
            if c == '\'' && next == Some('\'') {
                pos = i + 2;
                scan.double_apostrophe(at, prev, para[pos..].chars().next(), pi);
            } else {
                pos = i + c.len_utf8();
                scan.mark(c, at, prev, next, pi);
            }
        }
        scan.end_paragraph(p.start);
    }
    scan.finish(paras)
}

/// The quotation state machine, shared by the byte scanner above and the
/// character-by-character statement of it in the tests: only how marks are
/// found differs between the two.
struct Scan<'t> {
    text: &'t str,
    out: Vec<QuoteSpan>,
    open: Option<Open>,
}

impl<'t> Scan<'t> {
    fn new(text: &'t str) -> Scan<'t> {
        Scan {
            text,
            out: Vec::new(),
            open: None,
        }
    }

    /// At the start of paragraph `pi`: a quotation left open continues
    /// only if the paragraph opens with a mark of the same family. Returns
    /// the bytes to skip (the continuing mark, or two apostrophes).
    fn start_paragraph(&mut self, para: &str, paras: &[Paragraph], pi: usize) -> usize {
        let Some(o) = &self.open else {
            return 0;
        };
        let first = para.chars().next();
        let two = o.family == Family::TwoApostrophes;
        let continues = (two && para.starts_with("''"))
            || (!two
                && first.is_some_and(|c| {
                    opener(c, None, para[c.len_utf8()..].chars().next()) == Some(o.family)
                        || (o.family == Family::Curly && c == '"')
                        || (o.family == Family::Straight && c == '“')
                }));
        if continues {
            return if two {
                2
            } else {
                first.map_or(0, char::len_utf8)
            };
        }
        if let Some(o) = self.open.take() {
            push_unclosed(self.text, &mut self.out, o, paras, pi - 1);
        }
        0
    }

    fn open_at(&mut self, family: Family, at: usize, width: usize, pi: usize) {
        self.open = Some(Open {
            family,
            mark: at,
            content: at + width,
            paragraph: pi,
        });
    }

    /// Two apostrophes at byte `at`: one double mark, opening or closing.
    fn double_apostrophe(&mut self, at: usize, prev: Option<char>, next: Option<char>, pi: usize) {
        let two = Family::TwoApostrophes;
        match &self.open {
            Some(o) if o.family == two => {
                if let Some(o) = self.open.take() {
                    push(self.text, &mut self.out, &o, at, at + 2, pi, true);
                }
            }
            Some(_) => {}
            None if prev_allows_open(prev) && next.is_some_and(|n| !n.is_whitespace()) => {
                self.open_at(two, at, 2, pi);
            }
            None => {}
        }
    }

    /// Quotation mark `c` at byte `at`, between `prev` and `next`.
    fn mark(&mut self, c: char, at: usize, prev: Option<char>, next: Option<char>, pi: usize) {
        let width = c.len_utf8();
        let Some(o) = &self.open else {
            if let Some(family) = opener(c, prev, next) {
                self.open_at(family, at, width, pi);
            }
            return;
        };
        if closes(o.family, c, prev, next) {
            if let Some(o) = self.open.take() {
                push(self.text, &mut self.out, &o, at, at + width, pi, true);
            }
        } else if c == '“' && matches!(o.family, Family::Curly) {
            // A second opener: the first one was never closed.
            if let Some(o) = self.open.take() {
                push(self.text, &mut self.out, &o, at, at, pi, false);
            }
            self.open_at(Family::Curly, at, width, pi);
        } else if o.family == Family::Single
            && let Some(family) = opener(c, prev, next).filter(|f| *f != Family::Single)
        {
            // A double mark while a single one is open: the single
            // was an apostrophe ("Sophie in 't Veld ... \"It's").
            self.open_at(family, at, width, pi);
        }
    }

    /// Unclosed at paragraph end: decide at the next paragraph, except for
    /// single marks, too often apostrophes to run on: dropped. A curly
    /// single mark opening its paragraph (`para_start`), or right after a
    /// colon or comma ("The cellar master recalled: ‘We were told …"), is
    /// no apostrophe: the British convention for a quotation running over
    /// paragraphs.
    fn end_paragraph(&mut self, para_start: usize) {
        if self.open.as_ref().is_some_and(|o| {
            let curly = self.text[o.mark..].starts_with('‘');
            // (A quotation that opened in an earlier paragraph and runs on
            // was kept there already.)
            let introduced = curly
                && (o.mark < para_start
                    || self.text[para_start..o.mark]
                        .trim_end()
                        .ends_with([':', ',']));
            o.family == Family::Single && !(curly && o.mark == para_start) && !introduced
        }) {
            self.open = None;
        }
    }

    fn finish(mut self, paras: &[Paragraph]) -> Vec<QuoteSpan> {
        if let Some(o) = self.open.take() {
            let last = paras.len().saturating_sub(1);
            push_unclosed(self.text, &mut self.out, o, paras, last);
        }
        // Kept for the document's lifetime: no growth slack.
        self.out.shrink_to_fit();
        self.out
    }
}

fn push_unclosed(text: &str, out: &mut Vec<QuoteSpan>, o: Open, paras: &[Paragraph], last: usize) {
    if let Some(p) = paras.get(last) {
        push(text, out, &o, p.end, p.end, last, false);
    }
}

fn push(
    text: &str,
    out: &mut Vec<QuoteSpan>,
    o: &Open,
    close_at: usize,
    outer_end: usize,
    last_para: usize,
    closed: bool,
) {
    let raw = &text[o.content..close_at];
    let lead = raw.len() - raw.trim_start().len();
    let content = raw.trim();
    if content.is_empty() {
        return;
    }
    let content_start = o.content + lead;
    if closed && is_nickname(text, o.mark, content, outer_end) {
        return;
    }
    out.push(QuoteSpan {
        outer_start: o.mark,
        content_start,
        content_end: content_start + content.len(),
        outer_end,
        paragraph: o.paragraph,
        last_paragraph: last_para,
        closed,
        single: o.family == Family::Single,
    });
}

/// The longest line (bytes) [`in_title_case_line`] takes for a headline.
const MAX_HEADLINE_BYTES: usize = 240;

/// The longest nickname (bytes) [`is_nickname`] considers.
const MAX_NICKNAME_BYTES: usize = 48;

/// Is the quoted `content` (opening mark at `mark`, closing mark ending at
/// `outer_end`) a nickname inside a name, `Ramon "Monching" Villaruel`,
/// `Joaquín “El Chapo” Guzmán`: one to three capitalised words between a
/// capitalised word and a capitalised word, each a space away? Nobody says
/// it: it is no quotation.
fn is_nickname(text: &str, mark: usize, content: &str, outer_end: usize) -> bool {
    let capitalised = |w: &str| {
        w.starts_with(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
    };
    // Short content first: most quotations are sentences, and this is
    // asked of every one.
    if content.len() > MAX_NICKNAME_BYTES || !content.split(' ').all(capitalised) {
        return false;
    }
    if content.split(' ').nth(3).is_some() {
        return false;
    }
    let Some(before) = text[..mark].strip_suffix(' ') else {
        return false;
    };
    let Some(after) = text[outer_end..].strip_prefix(' ') else {
        return false;
    };
    let word_before = before.rsplit([' ', '\n']).next().unwrap_or("");
    let word_after = after.split([' ', '\n', ',', '.']).next().unwrap_or("");
    capitalised(word_before) && capitalised(word_after) && !in_title_case_line(text, mark)
}

/// Is the line holding byte `at` a title-case headline ("Trump ‘The
/// Dealmaker’ Could Address Clean Energy, Lindsey Graham Says."): short,
/// with most words capitalised? There a capitalised phrase in marks is a
/// quotation, not a nickname.
fn in_title_case_line(text: &str, at: usize) -> bool {
    // Only short lines are headlines: look no further than that either
    // way, so a page of one long line costs no scan per candidate.
    let from = crate::text::floor_char(text, at.saturating_sub(MAX_HEADLINE_BYTES));
    let to = crate::text::ceil_char(text, (at + MAX_HEADLINE_BYTES).min(text.len()));
    let start = match text[from..at].rfind('\n') {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return false,
    };
    let end = match text[at..to].find('\n') {
        Some(i) => at + i,
        None if to == text.len() => to,
        None => return false,
    };
    let line = &text[start..end];
    if line.len() > MAX_HEADLINE_BYTES {
        return false;
    }
    let (mut words, mut capitals) = (0, 0);
    for w in line.split_whitespace() {
        let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
        if w.is_empty() {
            continue;
        }
        words += 1;
        capitals += usize::from(w.starts_with(char::is_uppercase));
    }
    words >= 4 && capitals * 4 >= words * 3
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::paragraphs;
    use proptest::prelude::*;

    /// The character-by-character driver of the same state machine: the
    /// reference the byte scanner's mark finding must match.
    fn find_quotes_chars(text: &str, paras: &[Paragraph]) -> Vec<QuoteSpan> {
        let mut scan = Scan::new(text);
        for (pi, p) in paras.iter().enumerate() {
            let para = &text[p.start..p.end];
            let mut prev: Option<char> = None;
            let mut chars = para.char_indices().peekable();
            let skip = scan.start_paragraph(para, paras, pi);
            while chars.peek().is_some_and(|&(i, _)| i < skip) {
                prev = chars.next().map(|(_, c)| c);
            }
            while let Some((i, c)) = chars.next() {
                if !matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' | '„') {
                    prev = Some(c);
                    continue;
                }
                let next = chars.peek().map(|&(_, n)| n);
                let at = p.start + i;
                if c == '\'' && next == Some('\'') {
                    chars.next();
                    let after = chars.peek().map(|&(_, n)| n);
                    scan.double_apostrophe(at, prev, after, pi);
                    prev = Some('\'');
                } else {
                    scan.mark(c, at, prev, next, pi);
                    prev = Some(c);
                }
            }
            scan.end_paragraph(p.start);
        }
        scan.finish(paras)
    }

    fn quotes(text: &str) -> Vec<&str> {
        find_quotes(text, &paragraphs(text))
            .iter()
            .map(|q| &text[q.content_start..q.content_end])
            .collect()
    }

    #[test]
    fn straight_and_curly_double_quotes() {
        assert_eq!(
            quotes("\"We won,\" she said. “It’s over,” he said."),
            vec!["We won,", "It’s over,"]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(
            quotes("It's the students' fees from the ’90s, isn't it?"),
            Vec::<&str>::new()
        );
        assert_eq!(quotes("He said 'it's done' and left."), vec!["it's done"]);
        assert_eq!(
            quotes("‘Gaza developments show the rise’"),
            vec!["Gaza developments show the rise"]
        );
    }

    /// A curly single mark after a colon or comma, left open at the end
    /// of its paragraph, runs on when the next paragraph opens with one
    /// (the British convention); elsewhere an unclosed single mark is an
    /// apostrophe.
    #[test]
    fn british_single_quotes_run_over_paragraphs_after_a_colon() {
        let text = "She recalled: ‘We were told in May.\n\n‘Nothing came.’\n\nHer dad’s car ‘broke.\n\nEnd.";
        let q = quotes(text);
        assert_eq!(q, vec!["We were told in May.\n\n‘Nothing came."]);
    }

    /// A nickname inside a name is no quotation; a capitalised word after
    /// a verb or before punctuation still is one.
    #[test]
    fn nicknames_inside_names_are_not_quotes() {
        let cases: &[(&str, &[&str])] = &[
            ("Ramon \"Monching\" Villaruel, a senator, spoke.", &[]),
            ("Joaquín “El Chapo” Guzmán was moved.", &[]),
            ("He called her \"Crooked\" Hillary.", &["Crooked"]),
            (
                "Then Ana \"Nobody Told Us\" Ruiz spoke to the crowd at length.",
                &[],
            ),
            (
                "Ana \"We Knew It Was Over\" Ruiz.",
                &["We Knew It Was Over"],
            ),
            ("“Monching,” Villaruel said.", &["Monching,"]),
            ("Mayor \"Monching\", he said.", &["Monching"]),
            // In a title-case headline the phrase is a quotation.
            (
                "Trump ‘The Dealmaker’ Could Address Clean Energy, Graham Says\n\nText.",
                &["The Dealmaker"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(quotes(text), *want, "{text}");
        }
    }

    #[test]
    fn guillemets_and_german_marks() {
        assert_eq!(quotes("Il a dit « non merci » hier."), vec!["non merci"]);
        assert_eq!(quotes("Er sagte »nein danke« gestern."), vec!["nein danke"]);
        assert_eq!(quotes("Er sagte „nein danke“ gestern."), vec!["nein danke"]);
    }

    #[test]
    fn a_double_mark_overrides_an_open_apostrophe() {
        assert_eq!(
            quotes("said Anna in 't Veld. \"It's a risk,\" she said."),
            vec!["It's a risk,"]
        );
    }

    #[test]
    fn two_apostrophes_make_a_double_mark() {
        assert_eq!(
            quotes("''We will win,'' she said. It's ''fine.''"),
            vec!["We will win,", "fine."]
        );
    }

    #[test]
    fn nested_quotes_stay_inside() {
        assert_eq!(
            quotes("“He called it ‘a joke,’ and left,” she said."),
            vec!["He called it ‘a joke,’ and left,"]
        );
        assert_eq!(
            quotes("\"He called it 'a joke' today\""),
            vec!["He called it 'a joke' today"]
        );
    }

    #[test]
    fn multi_paragraph_quote_is_one_span() {
        let text = "“First part.\n\n“Second part,” she said.\n\nAfter.";
        let q = find_quotes(text, &paragraphs(text));
        assert_eq!(q.len(), 1);
        assert_eq!(
            &text[q[0].content_start..q[0].content_end],
            "First part.\n\n“Second part,"
        );
        assert_eq!((q[0].paragraph, q[0].last_paragraph), (0, 1));
    }

    #[test]
    fn unbalanced_mark_stops_at_paragraph_end() {
        let text = "He said “this never ends.\n\nNext paragraph “closed” here.";
        assert_eq!(quotes(text), vec!["this never ends.", "closed"]);
    }

    #[test]
    fn many_unbalanced_marks_are_linear_and_bounded() {
        let text = "\" a ".repeat(100_000);
        let paras = paragraphs(&text);
        let q = find_quotes(&text, &paras);
        assert!(q.iter().all(|q| q.content_end - q.content_start < 10));
    }

    /// Paragraphs with every mark in every context: paragraph starts and
    /// ends, continued quotes, two apostrophes, marks next to emoji and
    /// combining characters, and look-alike bytes (— … é «» non-marks).
    const TRICKY: &[&str] = &[
        "\"We won,\" she said. “It’s over,” he said.",
        "It's the students' fees from the ’90s, isn't it?",
        "He said 'it's done' and left. ‘Gaza developments show the rise’",
        "Il a dit « non merci » hier. Er sagte »nein danke« gestern. „nein danke“",
        "said Anna in 't Veld. \"It's a risk,\" she said.",
        "''We will win,'' she said. It's ''fine.'' '''",
        "“He called it ‘a joke,’ and left,” she said.",
        "“First part.\n\n“Second part,” she said.\n\nAfter.",
        "''First.\n\n''Second,'' she said.\n\n'Third\n\n'Fourth'",
        "\"One\r\n\r\n“Two\n\n\"Three\" — “x” ”y“ «z» »w« „v“ ‘u’ 'u'",
        "He said “this never ends.\n\nNext paragraph “closed” here.",
        "é“x”é «é» —“—”— 👍\"👍\"👍 e\u{301}'e\u{301}' ¬« ©» \u{A0}\"\u{A0}\"",
        "”It's unusual,“ said he. “a “b” c",
        "\"",
        "'",
        "“",
        "«",
        "»",
        "",
    ];

    fn both(text: &str) -> (Vec<QuoteSpan>, Vec<QuoteSpan>) {
        let paras = paragraphs(text);
        (find_quotes(text, &paras), find_quotes_chars(text, &paras))
    }

    #[test]
    fn byte_scanner_matches_the_character_scanner_on_tricky_text() {
        for t in TRICKY {
            let (fast, slow) = both(t);
            assert_eq!(fast, slow, "{t:?}");
        }
        let all = TRICKY.join("\n\n");
        let (fast, slow) = both(&all);
        assert_eq!(fast, slow);
    }

    #[test]
    fn byte_scanner_matches_the_character_scanner_on_the_fuzz_corpus() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_corpus");
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let bytes = std::fs::read(e.path()).unwrap_or_default();
            let text = String::from_utf8_lossy(&bytes);
            let (fast, slow) = both(&text);
            assert_eq!(fast, slow, "{:?}", e.path());
        }
    }

    fn text() -> impl Strategy<Value = String> {
        crate::text::tricky_text(vec![
            "\"", "\"", "'", "'", "“", "”", "‘", "’", "«", "»", "„", "a", "Z", "é", "—", "…", "¬",
            "©", "\u{A0}", "\u{301}", "👍", " ", " ", "\n", "\n\n", "\r\n\r\n", "\r", "(", ":",
            "-", "/", "[", "it's", "said",
        ])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        #[test]
        fn byte_scanner_matches_the_character_scanner(text in text()) {
            let (fast, slow) = both(&text);
            prop_assert_eq!(fast, slow);
        }
    }
}
