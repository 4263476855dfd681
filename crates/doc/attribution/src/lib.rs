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
//! let claims = dossier_attribution::claims(&doc, &segs, &[q], &attributions, &Default::default());
//! assert_eq!(claims[0].about, "people killed");
//! assert_eq!(claims[0].source.name.as_deref(), Some("Police"));
//! ```
#![deny(missing_docs)]

mod attribute;
mod build;
mod lexicon;
use dossier_text::words as token;

use dossier_model::{Attribution, Claim, Document, EntityMention, QuantityMention, Segments, TextRange};

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

/// The people and organisations one document names, as the claims read
/// them when they look for who did what: where each name stands, and the
/// name.
///
/// Why not the [`EntityMention`]s themselves: claims are built after the
/// cast, and a mention also carries a type, labels and aliases the claims
/// never read. Kept for every document until its claims are built, this is
/// 8 bytes a name (its place; the name is read from the text) against a
/// mention's 48 and its heap; only names the recogniser normalised (folded
/// spaces, a role descriptor standing for a person) are stored.
///
/// ```
/// use dossier_attribution::Agents;
/// use dossier_model::{Document, EntityMention, EntityType, TextRange};
/// let doc = Document::new("a", "a.txt", "The Harbour Board said 20 boats sank.".into());
/// let m = EntityMention::new(TextRange::new(4, 17), EntityType::Org, doc.text.slice(4..17));
/// let agents = Agents::new(&doc, &[m]);
/// let found: Vec<_> = agents.iter(&doc.text).collect();
/// assert_eq!(found, [(TextRange::new(4, 17), "Harbour Board")]);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Agents {
    /// Where each name stands, in the order given (text order); `u32`:
    /// texts are limited to 4 GiB (see `SharedText`).
    ranges: Box<[(u32, u32)]>,
    /// The names that do not read as the text does, by index into `ranges`.
    renamed: Box<[(u32, Box<str>)]>,
}

impl Agents {
    /// The mentions of `doc` a claim can name as its agent: people and
    /// organisations.
    pub fn new(doc: &Document, mentions: &[EntityMention]) -> Agents {
        let mut ranges = Vec::new();
        let mut renamed = Vec::new();
        for m in mentions.iter().filter(|m| build::agentive(m.kind)) {
            if doc.text.get(m.range.start..m.range.end) != Some(m.name.as_str()) {
                renamed.push((ranges.len() as u32, Box::from(m.name.as_str())));
            }
            ranges.push((m.range.start as u32, m.range.end as u32));
        }
        Agents { ranges: ranges.into(), renamed: renamed.into() }
    }

    /// Each name's place and the name, in order; `text` is the document's.
    pub fn iter<'a>(&'a self, text: &'a str) -> impl DoubleEndedIterator<Item = (TextRange, &'a str)> + 'a {
        self.ranges.iter().enumerate().map(move |(i, &(start, end))| {
            let range = TextRange::new(start as usize, end as usize);
            let name = match self.renamed.binary_search_by_key(&(i as u32), |(k, _)| *k) {
                Ok(k) => &*self.renamed[k].1,
                Err(_) => text.get(range.start..range.end).unwrap_or(""),
            };
            (range, name)
        })
    }
}

/// Builds the claims of `doc` from its quantities, attributions and the
/// people and organisations it names ([`Agents`]). Claim ids are left
/// empty; the pipeline numbers them.
pub fn claims(
    doc: &Document,
    segs: &Segments,
    quantities: &[QuantityMention],
    attributions: &[Attribution],
    agents: &Agents,
) -> Vec<Claim> {
    build::build(doc, segs, quantities, attributions, agents)
}

#[cfg(test)]
mod tests;
