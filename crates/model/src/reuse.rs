//! Reused passages and novelty. Owned by the reuse work (issue 3).

use serde::{Deserialize, Serialize};

use crate::{DocId, SharedText, Span};

/// One place a passage occurs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Occurrence {
    /// Where it stands.
    #[serde(flatten)]
    pub span: Span,
    /// Similarity to the canonical text, 0..1.
    pub similarity: f64,
}

/// One recurring piece of text and every place it occurs (two or more
/// documents).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Passage {
    /// `p1`, `p2`, ...
    pub id: String,
    /// The canonical wording: the earliest published occurrence (a view of
    /// that document's text).
    pub text: SharedText,
    /// Every occurrence, canonical first.
    pub occurrences: Vec<Occurrence>,
}

/// What one document adds that no earlier document carried.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Novelty {
    /// The document.
    pub doc: DocId,
    /// Its new sentences.
    pub new: Vec<Span>,
    /// New sentences' share of the document's sentence bytes, 0..1.
    pub new_fraction: f64,
}
