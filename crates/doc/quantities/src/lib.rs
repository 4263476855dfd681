//! Quantities in one document.
//!
//! Not built yet (issue 5): [`extract`] finds no quantities.
#![deny(missing_docs)]

use dossier_model::{Document, QuantityMention, Segments};

/// Finds the quantities of `doc`.
pub fn extract(doc: &Document, segs: &Segments) -> Vec<QuantityMention> {
    let _ = (doc, segs);
    Vec::new()
}
