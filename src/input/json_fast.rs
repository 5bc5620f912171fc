//! The common JSONL record read without `serde_json`: a flat object whose
//! text and id are strings and whose other values are strings, integers,
//! `true`, `false` or `null`.
//!
//! Why: on news dumps the text field is most of every line and is full of
//! escapes (`\n` at each paragraph, `\u2019` for each apostrophe: one escape
//! every 70 bytes of PolNeAR). `serde_json` copies such a string into a
//! scratch buffer that grows from empty for every record, then into the
//! value: about a twentieth of the whole run. Here the string is unescaped
//! once into a `String` sized from the raw bytes, which an unescaped string
//! can never outgrow.
//!
//! [`record`] answers only when `serde_json` would accept the line and give
//! the same fields; for anything else (nested values, fractions and
//! exponents, escaped keys, surrogate escapes, a non-string text or id, a
//! missing text, bad JSON) it answers `None` and the caller parses the line
//! with `serde_json`, so results and error messages are those of the
//! general path. The tests hold it to `serde_json` on generated records.

/// The fields [`record`] reads from a line.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Fields {
    /// The id field's string, when the record has one.
    pub id: Option<String>,
    /// The text field's string.
    pub text: String,
}

/// The text and id of the one JSON object that is `line`, or `None` when
/// the line is not of the simple shape this reads (see the module's notes).
/// As in the general path, a later duplicate key wins, and a key that
/// names both the text and the id field is the text.
pub(super) fn record(line: &str, text_field: &str, id_field: &str) -> Option<Fields> {
    let mut p = Parser { s: line, at: 0 };
    p.ws();
    p.eat(b'{')?;
    p.ws();
    let mut text = None;
    let mut id = None;
    loop {
        let key = p.plain_key()?;
        p.ws();
        p.eat(b':')?;
        p.ws();
        if key == text_field {
            text = Some(p.string()?);
        } else if key == id_field {
            id = Some(p.string()?);
        } else {
            p.skip_value()?;
        }
        p.ws();
        match p.next()? {
            b',' => p.ws(),
            b'}' => break,
            _ => return None,
        }
    }
    p.ws();
    (p.at == line.len()).then_some(())?;
    Some(Fields { id, text: text? })
}

/// A cursor over the line.
struct Parser<'a> {
    s: &'a str,
    at: usize,
}

impl<'a> Parser<'a> {
    fn bytes(&self) -> &'a [u8] {
        self.s.as_bytes()
    }

    /// The byte at the cursor, consumed.
    fn next(&mut self) -> Option<u8> {
        let b = *self.bytes().get(self.at)?;
        self.at += 1;
        Some(b)
    }

    /// Consume `b`, or fail.
    fn eat(&mut self, b: u8) -> Option<()> {
        (self.next()? == b).then_some(())
    }

    /// Skip JSON whitespace (space, tab, line feed, carriage return: what
    /// `serde_json` skips).
    fn ws(&mut self) {
        while matches!(
            self.bytes().get(self.at),
            Some(b' ' | b'\t' | b'\n' | b'\r')
        ) {
            self.at += 1;
        }
    }

    /// A key without escapes, returned as written.
    fn plain_key(&mut self) -> Option<&'a str> {
        self.eat(b'"')?;
        let from = self.at;
        let end = special_from(self.bytes(), from);
        (self.bytes().get(end) == Some(&b'"')).then_some(())?;
        self.at = end + 1;
        self.s.get(from..end)
    }

    /// A string value, unescaped.
    fn string(&mut self) -> Option<String> {
        self.eat(b'"')?;
        let from = self.at;
        let end = special_from(self.bytes(), from);
        if self.bytes().get(end) == Some(&b'"') {
            // No escape: the usual id, and an unwrapped text.
            self.at = end + 1;
            return self.s.get(from..end).map(str::to_owned);
        }
        // Unescaping only shortens: the raw rest of the line bounds it, so
        // the string is never grown; the slack is given back at the end
        // (the text lives as long as its document).
        let mut out = String::with_capacity(self.s.len() - from);
        loop {
            let end = special_from(self.bytes(), self.at);
            out.push_str(self.s.get(self.at..end)?);
            self.at = end;
            match self.next()? {
                b'"' => {
                    out.shrink_to_fit();
                    return Some(out);
                }
                b'\\' => out.push(self.escape()?),
                _ => return None, // a control character
            }
        }
    }

    /// Skip a string value, checking it as [`Parser::string`] does.
    fn skip_string(&mut self) -> Option<()> {
        self.eat(b'"')?;
        loop {
            self.at = special_from(self.bytes(), self.at);
            match self.next()? {
                b'"' => return Some(()),
                b'\\' => drop(self.escape()?),
                _ => return None,
            }
        }
    }

    /// The character of the escape after a backslash. Surrogate escapes
    /// are left to `serde_json`, except a well-formed pair.
    fn escape(&mut self) -> Option<char> {
        Some(match self.next()? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let n = self.hex4()?;
                if (0xD800..0xDC00).contains(&n) {
                    self.eat(b'\\')?;
                    self.eat(b'u')?;
                    let low = self.hex4()?;
                    (0xDC00..0xE000).contains(&low).then_some(())?;
                    char::from_u32(0x1_0000 + ((n - 0xD800) << 10) + (low - 0xDC00))?
                } else {
                    // A lone trailing surrogate is no char: `None`.
                    char::from_u32(n)?
                }
            }
            _ => return None,
        })
    }

    /// Four hex digits.
    fn hex4(&mut self) -> Option<u32> {
        let digits = self.bytes().get(self.at..self.at + 4)?;
        let mut n = 0;
        for &d in digits {
            n = n * 16 + char::from(d).to_digit(16)?;
        }
        self.at += 4;
        Some(n)
    }

    /// Skip a string, an integer of at most 18 digits (any longer one
    /// might leave the range `serde_json` parses), `true`, `false` or
    /// `null`; anything else is left to `serde_json`.
    fn skip_value(&mut self) -> Option<()> {
        let rest = self.bytes().get(self.at..)?;
        match *rest.first()? {
            b'"' => self.skip_string(),
            b't' | b'f' | b'n' => {
                let word: &[u8] = match rest[0] {
                    b't' => b"true",
                    b'f' => b"false",
                    _ => b"null",
                };
                rest.starts_with(word).then_some(())?;
                self.at += word.len();
                Some(())
            }
            b'-' | b'0'..=b'9' => {
                let sign = usize::from(rest[0] == b'-');
                let digits = rest[sign..]
                    .iter()
                    .take_while(|b| b.is_ascii_digit())
                    .count();
                let leading_zero = digits > 1 && rest[sign] == b'0';
                (1..=18).contains(&digits).then_some(())?;
                (!leading_zero).then_some(())?;
                // A fraction or exponent follows: not this reader's.
                (!matches!(rest.get(sign + digits), Some(b'.' | b'e' | b'E'))).then_some(())?;
                self.at += sign + digits;
                Some(())
            }
            _ => None,
        }
    }
}

/// The first byte at or after `from` that ends a run of plain string bytes
/// (`"`, `\` or a control character below 0x20), or `b.len()`. The two
/// marks are found by `memchr2` (many bytes a step) and the run is then
/// checked for control characters by a loop without an early exit, which
/// the compiler vectorises: a byte-at-a-time scan cost several
/// instructions a byte, most of this reader's time.
fn special_from(b: &[u8], from: usize) -> usize {
    let rest = b.get(from..).unwrap_or_default();
    let run = memchr::memchr2(b'"', b'\\', rest).unwrap_or(rest.len());
    let head = &rest[..run];
    let has_control = head.iter().fold(false, |any, &c| any | (c < 0x20));
    if has_control {
        // Rare (invalid JSON): find the first one.
        return from + head.iter().position(|&c| c < 0x20).unwrap_or(run);
    }
    from + run
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What the general path reads: the text and id strings (a
    /// non-string id counts as none), `None` when the line is no object
    /// with a string text.
    fn general(line: &str, text_field: &str, id_field: &str) -> Option<Fields> {
        let v: serde_json::Value = serde_json::from_str(line).ok()?;
        let obj = v.as_object()?;
        let text = obj.get(text_field)?.as_str()?.to_string();
        let id = if text_field == id_field {
            None
        } else {
            obj.get(id_field)
                .and_then(|v| v.as_str())
                .map(str::to_string)
        };
        Some(Fields { id, text })
    }

    #[test]
    fn plain_records() {
        let f = record(
            r#"{"id": "a-1", "text": "Hi,\n\u201cthere\u201d \ud83d\ude00"}"#,
            "text",
            "id",
        );
        assert_eq!(
            f,
            Some(Fields {
                id: Some("a-1".into()),
                text: "Hi,\n\u{201c}there\u{201d} \u{1F600}".into()
            })
        );
        let f = record(
            r#" {"n":12,"b":true,"z":null,"text":"x","x":-0} "#,
            "text",
            "id",
        );
        assert_eq!(
            f,
            Some(Fields {
                id: None,
                text: "x".into()
            })
        );
        // The later duplicate wins; a key naming both fields is the text.
        let f = record(r#"{"text":"a","text":"b"}"#, "text", "text");
        assert_eq!(
            f,
            Some(Fields {
                id: None,
                text: "b".into()
            })
        );
    }

    #[test]
    fn anything_unusual_is_left_to_serde() {
        for line in [
            r#"{"text":"a"} x"#,
            r#"{"text":5}"#,
            r#"{"id":5,"text":"a"}"#,
            r#"{"text":"a","m":{"k":1}}"#,
            r#"{"text":"a","m":[1]}"#,
            r#"{"text":"a","x":1.5}"#,
            r#"{"text":"a","x":1e3}"#,
            r#"{"text":"a","x":01}"#,
            r#"{"text":"a","x":1234567890123456789}"#,
            r#"{"te\u0078t":"a"}"#,
            r#"{"text":"\ud800"}"#,
            r#"{"text":"\udc00"}"#,
            r#"{"text":"\ud800\u0041"}"#,
            r#"{"text":"a\qb"}"#,
            r#"{"text":"a	b"}"#,
            r#"{"text":"a","#,
            r#"{"text":"a",}"#,
            r#"{}"#,
            r#"[1]"#,
            r#"{"x":"y"}"#,
            "",
        ] {
            assert_eq!(record(line, "text", "id"), None, "{line}");
        }
    }

    /// Pieces of a raw JSON string: mostly valid, some not.
    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            40 => prop::sample::select(vec![
                "a", "Z", " ", "é", "’", "\\n", "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\r",
                "\\t", "\\u2019", "\\u00E9", "\\u00e9", "\\u0000", "\\ud83d\\ude00",
                "0123456789abcdefghij",
            ])
            .prop_map(str::to_owned),
            1 => prop::sample::select(vec![
                "\\ud800", "\\udc00", "\\ud800\\u0041", "\\u12", "\\x", "\"", "\t", "\u{1}", "\\",
            ])
            .prop_map(str::to_owned),
            2 => any::<char>().prop_map(String::from),
        ]
    }

    fn raw_string() -> impl Strategy<Value = String> {
        prop::collection::vec(piece(), 0..8).prop_map(|p| format!("\"{}\"", p.concat()))
    }

    fn value() -> impl Strategy<Value = String> {
        prop_oneof![
            20 => raw_string(),
            8 => prop::sample::select(vec![
                "0", "-0", "7", "-12", "123456789012345678", "true", "false", "null",
            ])
            .prop_map(str::to_owned),
            1 => prop::sample::select(vec![
                "01", "1.5", "2e3", "-", "1234567890123456789", "nul", "{}", "[1,2]",
                "{\"a\":\"b\"}",
            ])
            .prop_map(str::to_owned),
        ]
    }

    fn key() -> impl Strategy<Value = String> {
        prop_oneof![
            30 => prop::sample::select(vec!["\"text\"", "\"id\"", "\"url\"", "\"\""]),
            1 => prop::sample::select(vec!["\"te\\u0078t\"", "\"i\\\"d\"", "text"]),
        ]
        .prop_map(str::to_owned)
    }

    fn ws() -> impl Strategy<Value = String> {
        prop_oneof![
            40 => prop::sample::select(vec!["", " ", "\n", "\t", "\r\n "]),
            1 => prop::sample::select(vec!["\u{a0}", "\u{b}", "\u{c}"]),
        ]
        .prop_map(str::to_owned)
    }

    fn line() -> impl Strategy<Value = String> {
        (
            prop::collection::vec((ws(), key(), ws(), value(), ws()), 0..4),
            (raw_string(), 0usize..4),
            ws(),
            ws(),
            prop_oneof![30 => Just(""), 1 => prop::sample::select(vec![",", "x", "}"])],
        )
            .prop_map(|(members, (text, at), lead, tail, junk)| {
                let mut body: Vec<String> = members
                    .into_iter()
                    .map(|(a, k, b, v, c)| format!("{a}{k}{b}:{c}{v}"))
                    .collect();
                // Most records have a text.
                body.insert(at.min(body.len()), format!("\"text\": {text}"));
                format!("{lead}{{{}}}{tail}{junk}", body.join(","))
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        #[test]
        fn agrees_with_serde_whenever_it_answers(l in line()) {
            if let Some(fast) = record(&l, "text", "id") {
                prop_assert_eq!(Some(fast), general(&l, "text", "id"), "{}", l);
            }
        }

        #[test]
        fn reads_every_string_serde_reads(s in raw_string()) {
            let l = format!("{{\"text\":{s}}}");
            let want = general(&l, "text", "id");
            let fast = record(&l, "text", "id");
            if fast.is_some() || !s.contains("\\u") {
                prop_assert_eq!(fast, want, "{}", l);
            }
        }

        #[test]
        fn special_bytes_are_found_exactly(b in prop::collection::vec(any::<u8>(), 0..40), from in 0usize..40) {
            let want = (from..b.len())
                .find(|&i| b[i] < 0x20 || b[i] == b'"' || b[i] == b'\\')
                .unwrap_or(b.len().max(from));
            prop_assert_eq!(special_from(&b, from), want);
        }
    }
}
