//! The entities section of the report. Not built yet: it shows what the
//! dossier holds, which is nothing until the analysis exists.

use dossier_model::{Document, Dossier};

use super::Mark;

pub(super) fn section(d: &Dossier) -> String {
    let _ = d;
    super::empty("entities")
}

/// Marks this analysis paints on `doc`'s text.
pub(super) fn marks(d: &Dossier, doc: &Document) -> Vec<Mark> {
    let _ = (d, doc);
    Vec::new()
}
