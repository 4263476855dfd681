//! Text reused across documents, and what each document adds.
//!
//! Not built yet (issue 3): [`analyze`] finds no reuse.
#![deny(missing_docs)]

use dossier_model::{Document, Novelty, Passage, Segments};

/// Settings of the reuse analysis.
#[derive(Clone, Debug)]
pub struct ReuseOptions {
    /// Shortest passage reported, in words.
    pub min_words: usize,
}

impl Default for ReuseOptions {
    fn default() -> Self {
        ReuseOptions { min_words: 12 }
    }
}

/// What the reuse analysis returns.
#[derive(Clone, Debug, Default)]
pub struct Reuse {
    /// Recurring passages.
    pub passages: Vec<Passage>,
    /// Per document, in publication order, what it adds.
    pub novelty: Vec<Novelty>,
    /// Groups of near-duplicate documents (indices into `docs`).
    pub duplicate_groups: Vec<Vec<usize>>,
}

/// Finds passages reused across `docs` (with `segs` their segmentations,
/// same order) and what each document adds.
pub fn analyze(docs: &[Document], segs: &[Segments], opts: &ReuseOptions) -> Reuse {
    let _ = (docs, segs, opts);
    Reuse::default()
}
