//! The timeline: dated events merged across documents.
//!
//! Not built yet (issue 4): [`build`] returns no events.
#![deny(missing_docs)]

use dossier_model::{Document, Entity, Event, Passage, Segments, Timex};

/// Builds the events of the corpus, sorted by date. `segs` and `timexes`
/// are per document, in the order of `docs`.
pub fn build(
    docs: &[Document],
    segs: &[Segments],
    timexes: &[Vec<Timex>],
    entities: &[Entity],
    passages: &[Passage],
) -> Vec<Event> {
    let _ = (docs, segs, timexes, entities, passages);
    Vec::new()
}
