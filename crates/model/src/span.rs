//! Byte ranges and document-anchored spans.

use serde::{Deserialize, Serialize};

use crate::{DocId, Document, SharedText};

/// A half-open byte range `[start, end)` inside one text.
///
/// Used inside per-document analyses, where the document is implied; it
/// becomes a [`Span`] when it leaves the document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct TextRange {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl TextRange {
    /// A range; panics in debug builds if `start > end`.
    pub fn new(start: usize, end: usize) -> TextRange {
        debug_assert!(start <= end, "range {start}..{end} is reversed");
        TextRange { start, end }
    }
    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    /// True when the range covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    /// The text this range covers in `text`.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
    /// True when the two ranges share at least one byte.
    pub fn overlaps(&self, other: &TextRange) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// True when `other` lies entirely inside `self`.
    pub fn contains(&self, other: &TextRange) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// A piece of one document's cleaned text: the contract's
/// `{"doc", "start", "end", "text"}`, with `text == doc.text[start..end]`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// The document the span lies in.
    pub doc: DocId,
    /// First byte in the document's `text`.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Exactly `text[start..end]` of the document, sharing its bytes.
    pub text: SharedText,
}

impl Span {
    /// The span of `range` in `doc`; its text is a view of the document's.
    ///
    /// # Panics
    /// If the range is out of bounds or not on UTF-8 boundaries: a stage that
    /// produced it has a bug, and a wrong offset must never reach the output.
    pub fn of(doc: &Document, range: TextRange) -> Span {
        Span { doc: doc.id.clone(), start: range.start, end: range.end, text: doc.text.slice(range.start..range.end) }
    }
    /// The byte range of this span.
    pub fn range(&self) -> TextRange {
        TextRange::new(self.start, self.end)
    }
}
