//! Small text utilities shared by every stage: character classes and the
//! byte → character offset map.
//!
//! Every stage works on byte offsets into the document (`&str` slicing is
//! free and safe at char boundaries); the public contract, however, is
//! Unicode scalar offsets. [`CharIndex`] converts at the very end, so the
//! conversion cost is paid once per emitted span, not per character scanned.

/// Converts byte offsets of one document into character offsets.
///
/// ASCII documents (the common case) map 1:1. Otherwise a checkpoint table
/// stores the character count at every 64th byte, so a lookup counts at
/// most 63 bytes: O(1) memory overhead per 64 bytes, no per-char allocation.
pub struct CharIndex<'a> {
    text: &'a str,
    checkpoints: Option<Vec<u32>>,
}

const STRIDE: usize = 64;

impl<'a> CharIndex<'a> {
    pub fn new(text: &'a str) -> CharIndex<'a> {
        if text.is_ascii() {
            return CharIndex {
                text,
                checkpoints: None,
            };
        }
        let bytes = text.as_bytes();
        // One checkpoint per started block plus one for the end, so an offset
        // equal to the length finds its block even when the length is a
        // multiple of the stride.
        let mut checkpoints = Vec::with_capacity(bytes.len() / STRIDE + 2);
        let mut count: u32 = 0;
        // One checkpoint per block, then the block's count in a branch-free
        // loop the compiler vectorises.
        for block in bytes.chunks(STRIDE) {
            checkpoints.push(count);
            count = count.wrapping_add(char_starts(block));
        }
        if bytes.len().is_multiple_of(STRIDE) {
            checkpoints.push(count);
        }
        CharIndex {
            text,
            checkpoints: Some(checkpoints),
        }
    }

    /// Character offset of byte offset `byte` (clamped to the text length).
    pub fn char_at(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        match &self.checkpoints {
            None => byte,
            Some(cp) => {
                let block = byte / STRIDE;
                let base = cp.get(block).copied().unwrap_or(0) as usize;
                let from = block * STRIDE;
                base + char_starts(&self.text.as_bytes()[from..byte]) as usize
            }
        }
    }
}

/// Characters starting in `bytes`: every byte but UTF-8 continuation bytes
/// (0x80..=0xBF, which are exactly the bytes below -64 as `i8`).
///
/// Counted in bytes, [`STRIDE`] at a time (at most 64, so a `u8` holds the
/// count): the compiler then adds sixteen lanes per instruction, where a
/// `u32` sum widened every byte to four and cost about three times as much.
#[inline]
fn char_starts(bytes: &[u8]) -> u32 {
    bytes
        .chunks(STRIDE)
        .map(|piece| {
            let n = piece
                .iter()
                .fold(0u8, |n, &b| n.wrapping_add(u8::from(b as i8 >= -0x40)));
            u32::from(n)
        })
        .sum()
}

/// Word characters for tokenisation: letters, digits and marks
/// (`char::is_alphanumeric`).
///
/// The non-ASCII characters of news text are mostly typographic punctuation
/// (’ “ ” — …, all in General Punctuation, none alphanumeric) and accented
/// Latin letters (all alphanumeric but × and ÷); both ranges are answered
/// here, because the Unicode table search behind `is_alphanumeric` costs a
/// few hundred instructions per character. A test checks every `char`.
pub fn is_word_char(c: char) -> bool {
    match c {
        '\u{2000}'..='\u{206F}' => false,
        '×' | '÷' => false,
        '\u{C0}'..='\u{24F}' => true,
        _ => c.is_alphanumeric(),
    }
}

/// Lowercase `s` into `buf` when it is short, so lexicon lookups in the
/// hot path do not allocate; falls back to an owned string otherwise.
pub fn lower<'b>(s: &str, buf: &'b mut [u8; 48]) -> std::borrow::Cow<'b, str> {
    if s.is_ascii() {
        // ASCII lowercases letter by letter.
        lower_ascii(s, buf)
    } else {
        match crate::lexicon::lower_unicode(s, buf) {
            Some(l) => std::borrow::Cow::Borrowed(l),
            None => std::borrow::Cow::Owned(s.to_lowercase()),
        }
    }
}

/// `s.to_ascii_lowercase()`, on the stack when `s` is short: only ASCII
/// letters change, so a word outside ASCII keeps its other characters.
pub fn lower_ascii<'b>(s: &str, buf: &'b mut [u8; 48]) -> std::borrow::Cow<'b, str> {
    if s.len() <= buf.len() {
        let out = &mut buf[..s.len()];
        out.copy_from_slice(s.as_bytes());
        out.make_ascii_lowercase();
        // Lowercasing ASCII letters keeps UTF-8 valid.
        std::borrow::Cow::Borrowed(std::str::from_utf8(out).unwrap_or(""))
    } else {
        std::borrow::Cow::Owned(s.to_ascii_lowercase())
    }
}

/// `f` of `s.to_lowercase()`, with short ASCII words lowercased on the
/// stack ([`lower`]): for word-list questions asked of many words.
pub fn lowered<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 48];
    f(&lower(s, &mut buf))
}

/// The nearest character boundary at or before `i`.
pub fn floor_char(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The nearest character boundary at or after `i` (at most the end).
pub fn ceil_char(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// True when the first character of `s` is an uppercase letter.
#[inline]
pub fn is_capitalized(s: &str) -> bool {
    // An ASCII first letter decides at once: nearly every word.
    if let Some(&b) = s.as_bytes().first()
        && b.is_ascii()
    {
        return b.is_ascii_uppercase();
    }
    let mut cs = s.chars();
    match cs.next() {
        // The Hawaiian and Tongan ʻokina before a capital: "ʻOfa", "ʻAkau".
        Some('ʻ') => cs.next().is_some_and(char::is_uppercase),
        c => c.is_some_and(char::is_uppercase),
    }
}

/// A day of the week or a month name, any case ("Tuesday", "march"): the
/// words that make a phrase a time ("on Tuesday", "in December"). "May" is
/// left out: it is far more often the verb.
pub fn is_day_or_month(w: &str) -> bool {
    // The list is written in lower case (a test in `words` keeps it so).
    crate::words::days_and_months_ascii_lower(w)
}

/// Test inputs for the scanners: up to 40 pieces, each one of `tricky`
/// (quote marks, apostrophes, combining marks, line breaks, …) or any
/// character at all, concatenated. One generator for every
/// byte-scanner-against-reference proptest.
#[cfg(test)]
pub fn tricky_text(tricky: Vec<&'static str>) -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let piece = prop_oneof![
        prop::sample::select(tricky).prop_map(str::to_owned),
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

/// `w` with the accents of Latin letters taken off ("María" → "Maria",
/// "Łukasz" → "Lukasz"), written into `buf`; `None` when a letter has no
/// plain form here or the word does not fit. Given-name lists spell most
/// names once; this lets an accented spelling find its entry.
pub fn without_accents<'b>(w: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    let mut n = 0;
    for c in w.chars() {
        let plain = if c.is_ascii() { c } else { plain_letter(c)? };
        let len = plain.len_utf8();
        plain.encode_utf8(buf.get_mut(n..n + len)?);
        n += len;
    }
    std::str::from_utf8(&buf[..n]).ok()
}

/// The plain letter of an accented Latin letter, or a character that may
/// stand in a name unchanged (a hyphen, an apostrophe).
fn plain_letter(c: char) -> Option<char> {
    Some(match c {
        'À'..='Å' | 'Ā' | 'Ă' | 'Ą' => 'A',
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'Ç' | 'Ć' | 'Č' => 'C',
        'ç' | 'ć' | 'č' => 'c',
        'Ď' => 'D',
        'ď' | 'đ' => 'd',
        'È'..='Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => 'E',
        'è'..='ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'Ğ' => 'G',
        'ğ' => 'g',
        'Ì'..='Ï' | 'Ī' | 'İ' => 'I',
        'ì'..='ï' | 'ī' | 'ı' => 'i',
        'Ł' => 'L',
        'ł' => 'l',
        'Ñ' | 'Ń' | 'Ň' => 'N',
        'ñ' | 'ń' | 'ň' => 'n',
        'Ò'..='Ö' | 'Ø' | 'Ō' | 'Ő' => 'O',
        'ò'..='ö' | 'ø' | 'ō' | 'ő' => 'o',
        'Ř' => 'R',
        'ř' => 'r',
        'Ś' | 'Ş' | 'Š' | 'Ș' => 'S',
        'ś' | 'ş' | 'š' | 'ș' => 's',
        'Ţ' | 'Ť' | 'Ț' => 'T',
        'ţ' | 'ť' | 'ț' => 't',
        'Ù'..='Ü' | 'Ū' | 'Ů' | 'Ű' => 'U',
        'ù'..='ü' | 'ū' | 'ů' | 'ű' => 'u',
        'Ý' | 'Ÿ' => 'Y',
        'ý' | 'ÿ' => 'y',
        'Ź' | 'Ż' | 'Ž' => 'Z',
        'ź' | 'ż' | 'ž' => 'z',
        '’' => '\'',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_months_in_any_case_but_not_may() {
        assert!(is_day_or_month("Tuesday"));
        assert!(is_day_or_month("DECEMBER"));
        assert!(is_day_or_month("march"));
        assert!(!is_day_or_month("May"));
        assert!(!is_day_or_month("week"));
    }

    #[test]
    fn accents_come_off_latin_letters_only() {
        let cases: &[(&str, Option<&str>)] = &[
            ("María", Some("Maria")),
            ("Łukasz", Some("Lukasz")),
            ("Zoë", Some("Zoe")),
            ("Şükrü", Some("Sukru")),
            ("O’Neil", Some("O'Neil")),
            ("Plain", Some("Plain")),
            ("Ólafur", Some("Olafur")),
            ("Дмитрий", None),
            ("李", None),
        ];
        for (w, want) in cases {
            let mut buf = [0u8; 48];
            assert_eq!(without_accents(w, &mut buf), *want, "{w}");
        }
        let mut small = [0u8; 3];
        assert_eq!(without_accents("María", &mut small), None);
    }

    #[test]
    fn char_index_ascii_is_identity() {
        let ix = CharIndex::new("hello world");
        assert_eq!(ix.char_at(5), 5);
        assert_eq!(ix.char_at(100), 11);
    }

    #[test]
    fn char_index_counts_scalars() {
        let text = "é“x”".repeat(50);
        let ix = CharIndex::new(&text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(ix.char_at(byte), chars);
        }
        assert_eq!(ix.char_at(text.len()), text.chars().count());
    }

    proptest::proptest! {
        /// Every char boundary maps to the number of characters before it,
        /// for texts spanning several checkpoint blocks.
        #[test]
        fn char_index_matches_counting(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec!["a", "é", "“", "👍", "\u{301}", " ", "\n"]),
                0..300,
            )
        ) {
            let text = pieces.concat();
            let ix = CharIndex::new(&text);
            for (chars, (byte, _)) in text.char_indices().enumerate() {
                proptest::prop_assert_eq!(ix.char_at(byte), chars);
            }
            proptest::prop_assert_eq!(ix.char_at(text.len()), text.chars().count());
            proptest::prop_assert_eq!(ix.char_at(text.len() + 5), text.chars().count());
        }

        /// The byte-lane count is the plain count, for any bytes of any
        /// length (whole pieces of 64 bytes full of character starts too).
        #[test]
        fn char_starts_counts_non_continuation_bytes(
            bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..400),
            starts in 0usize..300,
        ) {
            let want = bytes.iter().filter(|&&b| !(0x80..=0xBF).contains(&b)).count() as u32;
            proptest::prop_assert_eq!(char_starts(&bytes), want);
            let ascii = vec![b'a'; starts];
            proptest::prop_assert_eq!(char_starts(&ascii), starts as u32);
        }
    }

    /// The stack lowercasers answer as the allocating ones, for short and
    /// long words, ASCII or not (a Kelvin sign lowercases to ASCII "k", a
    /// capital sigma by its place in the word).
    #[test]
    fn stack_lowercasing_matches_the_standard_library() {
        let long = "Ä".repeat(30);
        let long_ascii = "AbC".repeat(20);
        for w in [
            "",
            "Said",
            "THE",
            "o'Brien",
            "Ärzte",
            "\u{212A}elvin",
            "ΟΔΥΣΣΕΥΣ",
            "İstanbul",
            long.as_str(),
            long_ascii.as_str(),
        ] {
            assert_eq!(lowered(w, str::to_owned), w.to_lowercase(), "{w:?}");
            let mut buf = [0u8; 48];
            assert_eq!(lower_ascii(w, &mut buf), w.to_ascii_lowercase(), "{w:?}");
        }
    }

    #[test]
    fn char_index_at_the_end_of_a_stride_multiple() {
        let text = format!("{}é", "a".repeat(62));
        assert_eq!(text.len(), 64);
        assert_eq!(CharIndex::new(&text).char_at(64), 63);
    }

    #[test]
    fn is_word_char_is_is_alphanumeric_for_every_char() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn lower_is_allocation_free_for_short_ascii() {
        let mut buf = [0u8; 48];
        assert!(matches!(
            lower("SaID", &mut buf),
            std::borrow::Cow::Borrowed("said")
        ));
        let mut buf = [0u8; 48];
        assert_eq!(lower("ÉTÉ", &mut buf), "été");
    }
}
