//! Temporal expressions in English news, normalised to TIMEX3.
//!
//! Not built yet (issue 4): [`tag`] returns no expressions.
#![deny(missing_docs)]

use dossier_model::{Document, Segments, Timex};

/// Finds the temporal expressions of `doc` and resolves them against its
/// publication date (`doc.published.value`), when it has one.
pub fn tag(doc: &Document, segs: &Segments) -> Vec<Timex> {
    let _ = (doc, segs);
    Vec::new()
}
