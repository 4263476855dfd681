//! The whole result of an analysis.

use serde::{Deserialize, Serialize};

use crate::{Claim, Conflict, Document, Entity, Event, Novelty, Passage, Skipped, Statement, Timex};

/// Version of the `dossier.json` contract this crate writes.
pub const FORMAT: u32 = 1;

/// The one machine-readable result of an analysis; `dossier.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dossier {
    /// Contract version.
    pub format: u32,
    /// `dossier X.Y.Z`.
    pub generator: String,
    /// The documents, in input order.
    pub documents: Vec<Document>,
    /// Text reused across documents.
    pub passages: Vec<Passage>,
    /// What each document adds, in publication order.
    pub novelty: Vec<Novelty>,
    /// Temporal expressions, in document then offset order.
    pub timexes: Vec<Timex>,
    /// The timeline, sorted by date.
    pub events: Vec<Event>,
    /// The cast.
    pub entities: Vec<Entity>,
    /// Checkable statements.
    pub claims: Vec<Claim>,
    /// Claims that cannot all be true.
    pub conflicts: Vec<Conflict>,
    /// Every attributed statement, numeric or not, in document order.
    #[serde(default)]
    pub statements: Vec<Statement>,
    /// Inputs that could not be read, with the reason.
    #[serde(default)]
    pub skipped: Vec<Skipped>,
}

impl Dossier {
    /// An empty dossier stamped with `generator`.
    pub fn new(generator: impl Into<String>) -> Self {
        Dossier {
            format: FORMAT,
            generator: generator.into(),
            documents: Vec::new(),
            passages: Vec::new(),
            novelty: Vec::new(),
            timexes: Vec::new(),
            events: Vec::new(),
            entities: Vec::new(),
            claims: Vec::new(),
            conflicts: Vec::new(),
            statements: Vec::new(),
            skipped: Vec::new(),
        }
    }
}
