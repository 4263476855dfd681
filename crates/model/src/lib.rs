//! The data model of dossier: what every stage reads and writes.
//!
//! Data flows one way through the pipeline:
//!
//! 1. ingest turns files into [`RawDocument`]s (or [`Skipped`] records);
//! 2. clean turns each into a [`Document`] whose `text` is the cleaned body;
//! 3. segment finds [`Segments`] (paragraphs, sentences) as byte ranges;
//! 4. per-document analyses (time, entities, quantities, attribution) each
//!    return their own part, typed in this crate;
//! 5. corpus analyses (reuse, dates, cast, timeline, conflicts) combine them;
//! 6. everything lands in one [`Dossier`], which the sinks serialise.
//!
//! The contract types ([`Dossier`], [`Document`], [`Passage`], [`Novelty`],
//! [`Timex`], [`Event`], [`Entity`], [`Claim`], [`Conflict`]) serialise to
//! exactly the shape in `shared/spec/dossier-json.md`. Fields may be added,
//! never renamed or removed.
//!
//! Offsets are UTF-8 byte offsets into `Document::text`, end exclusive: they
//! index Rust strings directly and are what the contract requires.
//!
//! ```
//! use dossier_model::{Document, Span, TextRange};
//! let doc = Document::new("a", "a.txt", "Police said 20 were hurt.".to_string());
//! let span = Span::of(&doc, TextRange::new(12, 14));
//! assert_eq!(span.text, "20");
//! ```
#![deny(missing_docs)]

mod claims;
mod document;
mod dossier;
mod entities;
mod reuse;
mod shared;
mod span;
mod time;

pub use claims::*;
pub use document::*;
pub use dossier::*;
pub use entities::*;
pub use reuse::*;
pub use shared::*;
pub use span::*;
pub use time::*;

/// Rounds a score to four decimals so that serialised floats are short and
/// stable across platforms and thread counts.
pub fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}
