//! Span types shared by the first stages, with no dependencies of their
//! own, so that segmentation and quotation finding can both use them
//! without importing each other.

/// A paragraph: byte range with surrounding whitespace trimmed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// First byte of the paragraph's text.
    pub start: usize,
    /// End of the paragraph's text (exclusive).
    pub end: usize,
}
