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

/// How many items the main sections of a dossier hold: what a run's summary
/// and the report's overview count, even where only part is kept.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Documents.
    pub documents: usize,
    /// Reused passages.
    pub passages: usize,
    /// Timeline events.
    pub events: usize,
    /// Entities.
    pub entities: usize,
    /// Claims.
    pub claims: usize,
    /// Conflicts.
    pub conflicts: usize,
    /// Inputs skipped.
    pub skipped: usize,
}

impl Counts {
    /// The counts of a whole dossier.
    pub fn of(d: &Dossier) -> Counts {
        Counts {
            documents: d.documents.len(),
            passages: d.passages.len(),
            events: d.events.len(),
            entities: d.entities.len(),
            claims: d.claims.len(),
            conflicts: d.conflicts.len(),
            skipped: d.skipped.len(),
        }
    }
}

/// Receives a dossier one section at a time, in the order of
/// `dossier.json`, each section as soon as the pipeline has finished it.
///
/// Why: on a large corpus the sections together outgrow memory long before
/// any one of them does. A sink that writes each section out and keeps only
/// what it needs later lets the pipeline drop the section at once, so the
/// documents' analyses never all coexist. [`Dossier`] itself is the sink
/// that keeps everything.
///
/// The pipeline calls every method exactly once, in the order below.
/// Sections come by value so a sink can keep them without copying; the
/// documents come by reference because later stages still read them.
///
/// ```
/// use dossier_model::{Document, Dossier, DossierSink};
/// let mut d = Dossier::new("dossier 0.0.0");
/// d.documents(&[Document::new("a", "a.txt", "Text.".to_string())]);
/// assert_eq!(d.documents.len(), 1);
/// ```
pub trait DossierSink {
    /// The documents, final (publication dates and duplicate groups set).
    fn documents(&mut self, documents: &[Document]);
    /// Text reused across documents.
    fn passages(&mut self, passages: Vec<Passage>);
    /// What each document adds.
    fn novelty(&mut self, novelty: Vec<Novelty>);
    /// Temporal expressions.
    fn timexes(&mut self, timexes: Vec<Timex>);
    /// The timeline.
    fn events(&mut self, events: Vec<Event>);
    /// The cast.
    fn entities(&mut self, entities: Vec<Entity>);
    /// The claims and the conflicts among them, together: conflicts refer
    /// to claims by id, and a sink may keep the claims a conflict names.
    fn claims(&mut self, claims: Vec<Claim>, conflicts: Vec<Conflict>);
    /// Every attributed statement.
    fn statements(&mut self, statements: Vec<Statement>);
    /// Inputs that could not be read.
    fn skipped(&mut self, skipped: Vec<Skipped>);
}

impl DossierSink for Dossier {
    fn documents(&mut self, documents: &[Document]) {
        // Cheap: a document's text is shared, not copied.
        self.documents = documents.to_vec();
    }
    fn passages(&mut self, passages: Vec<Passage>) {
        self.passages = passages;
    }
    fn novelty(&mut self, novelty: Vec<Novelty>) {
        self.novelty = novelty;
    }
    fn timexes(&mut self, timexes: Vec<Timex>) {
        self.timexes = timexes;
    }
    fn events(&mut self, events: Vec<Event>) {
        self.events = events;
    }
    fn entities(&mut self, entities: Vec<Entity>) {
        self.entities = entities;
    }
    fn claims(&mut self, claims: Vec<Claim>, conflicts: Vec<Conflict>) {
        self.claims = claims;
        self.conflicts = conflicts;
    }
    fn statements(&mut self, statements: Vec<Statement>) {
        self.statements = statements;
    }
    fn skipped(&mut self, skipped: Vec<Skipped>) {
        self.skipped = skipped;
    }
}

impl Dossier {
    /// Hands every section of this dossier to `sink`, in order: what a
    /// sink written for the pipeline's stream does with a finished dossier.
    pub fn send_to(self, sink: &mut dyn DossierSink) {
        sink.documents(&self.documents);
        sink.passages(self.passages);
        sink.novelty(self.novelty);
        sink.timexes(self.timexes);
        sink.events(self.events);
        sink.entities(self.entities);
        sink.claims(self.claims, self.conflicts);
        sink.statements(self.statements);
        sink.skipped(self.skipped);
    }
}
