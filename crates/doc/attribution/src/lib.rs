//! Who asserts what in one document, and the claims it makes.
//!
//! Not built yet (issue 5): nothing is attributed and no claim is built.
#![deny(missing_docs)]

use dossier_model::{Attribution, Claim, Document, EntityMention, QuantityMention, Segments};

/// Finds the attributed statements of `doc`.
pub fn attribute(doc: &Document, segs: &Segments) -> Vec<Attribution> {
    let _ = (doc, segs);
    Vec::new()
}

/// Builds the claims of `doc` from its quantities, attributions and entity
/// mentions. Claim ids are left empty; the pipeline numbers them.
pub fn claims(
    doc: &Document,
    segs: &Segments,
    quantities: &[QuantityMention],
    attributions: &[Attribution],
    mentions: &[EntityMention],
) -> Vec<Claim> {
    let _ = (doc, segs, quantities, attributions, mentions);
    Vec::new()
}
