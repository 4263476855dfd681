//! Named entity mentions in one document.
//!
//! Not built yet (issue 6): [`recognize`] finds no mentions.
#![deny(missing_docs)]

use dossier_model::{Document, EntityMention, Segments};

/// Finds the named entity mentions of `doc`.
pub fn recognize(doc: &Document, segs: &Segments) -> Vec<EntityMention> {
    let _ = (doc, segs);
    Vec::new()
}
