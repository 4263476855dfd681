//! Who asserts what in one document, and the claims it makes.
//!
//! Two entry points, both pure functions of one document:
//!
//! - [`attribute`] finds reported speech and sourcing ("X said that ...",
//!   "according to X", quotes with their speaker, "reports suggest", "an
//!   informed source told ...") and returns one [`Attribution`] per
//!   statement: its extent, its [`Source`](dossier_model::Source) (name, cue,
//!   anonymous or not) and whether it is a direct quote. Statements without
//!   numbers are attributed too.
//! - [`claims`] turns the document's quantities into [`Claim`]s: the clause,
//!   the quantity, what it counts (`about`, normalised so claims from
//!   different documents compare: "people killed by mko", "devices seized")
//!   and the source of the attribution covering it.
//!
//! The rules are documented in the `attribute` and `build` modules.
//!
//! ```
//! use dossier_model::{Document, QuantityKind, QuantityMention, Quantity, TextRange};
//! let text = "Police said two people were killed in the raid.".to_string();
//! let doc = Document::new("a", "a.txt", text);
//! let segs = dossier_model::Segments {
//!     paragraphs: vec![TextRange::new(0, doc.text.len())],
//!     sentences: vec![TextRange::new(0, doc.text.len())],
//! };
//! let attributions = dossier_attribution::attribute(&doc, &segs);
//! assert_eq!(attributions[0].source.name.as_deref(), Some("Police"));
//! assert_eq!(attributions[0].source.cue.as_deref(), Some("said"));
//! // The quantity stage finds "two people"; here it is given by hand.
//! let q = QuantityMention {
//!     range: TextRange::new(12, 22),
//!     quantity: Quantity { value: Some(2.0), unit: Some("people".into()), kind: QuantityKind::Count, ..Default::default() },
//!     unit_range: Some(TextRange::new(16, 22)),
//!     head: Some("person".into()),
//!     vague: false,
//! };
//! let claims = dossier_attribution::claims(&doc, &segs, &[q], &attributions, &[]);
//! assert_eq!(claims[0].about, "people killed");
//! assert_eq!(claims[0].source.name.as_deref(), Some("Police"));
//! ```
#![deny(missing_docs)]

mod attribute;
mod build;
mod lexicon;
use dossier_text::words as token;

use dossier_model::{Attribution, Claim, Document, EntityMention, QuantityMention, Segments};

pub use build::normalise_agent;

/// Finds the attributed statements of `doc`, in text order.
pub fn attribute(doc: &Document, segs: &Segments) -> Vec<Attribution> {
    let mut found = attribute::attribute(doc, segs);
    // A source named as written becomes a view of the text: millions of
    // statements and claims each kept a copy.
    for a in &mut found {
        if let Some(r) = a.source.range
            && a.source.name.as_deref().is_some_and(|n| doc.text.get(r.start..r.end) == Some(n))
        {
            a.source.name = Some(doc.text.slice(r.start..r.end));
        }
    }
    found
}

/// A person or organisation named in a document, as the claims read it
/// when they look for who did what: where the name stands, and the name.
///
/// Why not the [`EntityMention`] itself: claims are built after the cast,
/// and a mention also carries a type, labels and aliases the claims never
/// read. Kept for every document until its claims are built, this is 32
/// bytes a name against a mention's 72 and its heap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agent {
    /// Where the name stands in the document's text.
    pub range: dossier_model::TextRange,
    /// The name, as the entity recogniser normalised it.
    pub name: dossier_model::SharedText,
}

/// The mentions a claim can name as its agent: people and organisations,
/// in the order given (text order).
pub fn agents(mentions: &[EntityMention]) -> Box<[Agent]> {
    mentions
        .iter()
        .filter(|m| build::agentive(m.kind))
        .map(|m| Agent { range: m.range, name: m.name.clone() })
        .collect()
}

/// Builds the claims of `doc` from its quantities, attributions and the
/// people and organisations it names ([`agents`]). Claim ids are left
/// empty; the pipeline numbers them.
pub fn claims(
    doc: &Document,
    segs: &Segments,
    quantities: &[QuantityMention],
    attributions: &[Attribution],
    agents: &[Agent],
) -> Vec<Claim> {
    build::build(doc, segs, quantities, attributions, agents)
}

#[cfg(test)]
mod tests;
