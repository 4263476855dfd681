//! Entities merged across documents, with aliases and per-source labels.
//!
//! Not built yet (issue 6): [`merge`] returns no entities.
#![deny(missing_docs)]

use dossier_model::{Document, Entity, EntityMention};

/// Merges `mentions` (per document, same order as `docs`) into entities.
pub fn merge(docs: &[Document], mentions: &[Vec<EntityMention>]) -> Vec<Entity> {
    let _ = (docs, mentions);
    Vec::new()
}
