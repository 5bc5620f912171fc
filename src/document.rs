//! A document with the analyses every later stage shares: paragraphs,
//! tokens, quotation spans, sentences, cues and names. Built once per
//! document; the attribution stages only read it.

use crate::cues::{Cues, find_cues_at};
use crate::mentions::{Mention, find_names_at};
use crate::quotes::{QuoteSpan, find_quotes_at};
use crate::segment::{
    MAX_TEXT_BYTES, Paragraph, Sentence, Token, Tokenized, sentences_at, tokenize_marked,
};

/// One document and its analyses (all offsets are bytes into `text`).
pub struct Document<'a> {
    /// The text.
    pub text: &'a str,
    /// Paragraphs (split at line breaks).
    pub paras: Vec<Paragraph>,
    /// Words and punctuation.
    pub tokens: Vec<Token>,
    /// Quotation spans, in order.
    pub quotes: Vec<QuoteSpan>,
    /// Sentences, in order.
    pub sentences: Vec<Sentence>,
    /// Speech cues, in text order (`Cues::at` finds the one at a token).
    pub cues: Cues,
    /// Names (persons, organisations), in order.
    pub names: Vec<Mention>,
}

impl<'a> Document<'a> {
    /// Run the analysis stages on `text`: paragraphs, quotation spans,
    /// tokens, sentences, cues and names.
    pub fn analyze(text: &'a str) -> Document<'a> {
        let text = analysable(text, MAX_TEXT_BYTES);
        // The tokenizer lists the quotation marks, where sentences may end,
        // the cue words and the words that may open a name; the stages
        // after it visit those alone.
        let Tokenized {
            tokens,
            ends,
            cue_words,
            capitals,
            quote_marks,
            paragraphs: paras,
        } = tokenize_marked(text);
        let quotes = find_quotes_at(text, &paras, &quote_marks);
        let sentences = sentences_at(text, &paras, &tokens, &quotes, &ends);
        let cues = find_cues_at(text, &tokens, &cue_words);
        let names = find_names_at(text, &tokens, &capitals);
        Document {
            text,
            paras,
            tokens,
            quotes,
            sentences,
            cues,
            names,
        }
    }

    /// Index of the first token starting at or after byte `pos`.
    pub fn token_at(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.start() < pos)
    }

    /// Index of the sentence holding token `tok` (the last one starting at or before it).
    pub fn sentence_of_token(&self, tok: usize) -> usize {
        self.sentences
            .partition_point(|s| s.tokens.start <= tok)
            .saturating_sub(1)
    }

    /// The paragraph of the sentence holding token `tok` (0 when there is
    /// no sentence).
    pub fn paragraph_of_token(&self, tok: usize) -> usize {
        self.sentences
            .get(self.sentence_of_token(tok))
            .map_or(0, |s| s.paragraph)
    }

    /// The first token of the sentence holding token `tok`.
    pub fn sentence_start(&self, tok: usize) -> usize {
        self.sentences
            .get(self.sentence_of_token(tok))
            .map_or(0, |s| s.tokens.start)
    }

    /// Is byte `pos` inside the content of some quotation?
    pub fn in_quote(&self, pos: usize) -> Option<usize> {
        let i = self.quotes.partition_point(|q| q.content_start <= pos);
        (i > 0 && pos < self.quotes[i - 1].content_end).then(|| i - 1)
    }

    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }
}

/// The part of `text` the analysis reads: all of it, or, past `max` bytes
/// (token offsets are u32, see [`MAX_TEXT_BYTES`]), up to the last
/// character boundary that fits.
fn analysable(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    &text[..crate::text::floor_char(text, max)]
}

#[cfg(test)]
mod tests {
    use super::analysable;

    #[test]
    fn analysable_prefix_ends_on_a_character_boundary() {
        // (text, max, expected)
        let cases = [
            ("abc", 3, "abc"),
            ("abcdef", 3, "abc"),
            ("aé", 2, "a"),
            ("aé", 3, "aé"),
            ("€€", 4, "€"),
            ("€", 2, ""),
            ("", 0, ""),
        ];
        for (text, max, want) in cases {
            assert_eq!(analysable(text, max), want, "{text:?} {max}");
        }
    }
}
