//! Transparent decompression: gzip and Zstandard inputs are recognised by
//! their magic bytes, not their names, so `dump.jsonl.gz`, a renamed file
//! and a compressed stream on stdin all work the same way.
//!
//! Decompression streams: a compressed corpus is never inflated in memory,
//! and the `--max-doc-bytes` limit applies to the decompressed bytes, so a
//! small "zip bomb" cannot make one document huge.

use std::io::{self, Cursor, Read};

/// What the first bytes of an input said it was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

const GZIP_MAGIC: &[u8] = &[0x1f, 0x8b];
const ZSTD_MAGIC: &[u8] = &[0x28, 0xb5, 0x2f, 0xfd];

/// A reader of the decompressed bytes of `r`, and what was detected.
pub fn open(mut r: impl Read + Send + 'static) -> io::Result<(Box<dyn Read + Send>, Compression)> {
    // Peek at up to four bytes; a pipe may hand them over one at a time.
    let mut head = [0u8; 4];
    let mut n = 0;
    while n < head.len() {
        match r.read(&mut head[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    let head = head[..n].to_vec();
    let kind = if head.starts_with(GZIP_MAGIC) {
        Compression::Gzip
    } else if head.starts_with(ZSTD_MAGIC) {
        Compression::Zstd
    } else {
        Compression::None
    };
    let whole = Cursor::new(head).chain(r);
    Ok(match kind {
        Compression::None => (Box::new(whole), kind),
        // Multi-member gzip (what `cat a.gz b.gz` and pigz produce) is one stream.
        Compression::Gzip => (Box::new(flate2::read::MultiGzDecoder::new(whole)), kind),
        Compression::Zstd => (Box::new(zstd::stream::read::Decoder::new(whole)?), kind),
    })
}

/// The file name without a compression extension, so the inner name picks
/// the format: `dump.jsonl.gz` reads as JSON Lines.
pub fn inner_name(name: &str) -> &str {
    for ext in [".gz", ".zst", ".zstd"] {
        let cut = name.len().saturating_sub(ext.len());
        if let (Some(stem), Some(tail)) = (name.get(..cut), name.get(cut..))
            && tail.eq_ignore_ascii_case(ext)
        {
            return stem;
        }
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn read_all(bytes: Vec<u8>) -> (String, Compression) {
        let (mut r, kind) = open(Cursor::new(bytes)).expect("open");
        let mut s = String::new();
        r.read_to_string(&mut s).expect("read");
        (s, kind)
    }

    #[test]
    fn plain_gzip_and_zstd_give_the_same_text() {
        let text = "The mayor said the bridge would reopen.";
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(text.as_bytes()).expect("gzip");
        let gz = gz.finish().expect("gzip");
        let zst = zstd::encode_all(text.as_bytes(), 1).expect("zstd");
        assert_eq!(read_all(text.into()), (text.into(), Compression::None));
        assert_eq!(read_all(gz), (text.into(), Compression::Gzip));
        assert_eq!(read_all(zst), (text.into(), Compression::Zstd));
    }

    #[test]
    fn short_and_empty_inputs_are_plain() {
        assert_eq!(read_all(b"a".to_vec()), ("a".into(), Compression::None));
        assert_eq!(read_all(Vec::new()), (String::new(), Compression::None));
    }

    #[test]
    fn corrupt_gzip_is_an_error_not_a_panic() {
        let (mut r, kind) = open(Cursor::new(vec![0x1f, 0x8b, 0, 1, 2, 3])).expect("open");
        assert_eq!(kind, Compression::Gzip);
        assert!(r.read_to_end(&mut Vec::new()).is_err());
    }

    #[test]
    fn compression_extensions_are_stripped_once() {
        assert_eq!(inner_name("a/dump.jsonl.gz"), "a/dump.jsonl");
        assert_eq!(inner_name("x.csv.zst"), "x.csv");
        assert_eq!(inner_name("x.txt"), "x.txt");
        assert_eq!(inner_name("K.JSONL.GZ"), "K.JSONL");
        assert_eq!(inner_name("é.zst"), "é");
        assert_eq!(inner_name("gz"), "gz");
    }
}
