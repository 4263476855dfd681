//! Sinks: `dossier.json` (the contract) and the self-contained HTML report.
//!
//! Both are views of one [`Dossier`]; neither adds analysis. [`Writer`]
//! takes the dossier one section at a time, as the pipeline finishes each.
//!
//! ```
//! use dossier_model::Dossier;
//! let d = Dossier::new("dossier 0.0.0");
//! let json = dossier_export::json::to_string(&d);
//! assert!(json.starts_with("{\n  \"format\": 1,"));
//! let html = dossier_export::html::render(&d);
//! assert!(html.contains("<!DOCTYPE html>"));
//! ```
#![deny(missing_docs)]

pub mod html;
pub mod json;

use std::path::Path;

use dossier_model::DossierSink;

/// Writes `dossier.json` and `index.html` into `dir`, creating it.
///
/// # Errors
/// When the directory or a file cannot be written; the error names the path.
pub fn write_all(dossier: &dossier_model::Dossier, dir: &Path) -> Result<(), Error> {
    std::fs::create_dir_all(dir).map_err(|e| Error::Write { path: dir.display().to_string(), source: e })?;
    let path = dir.join("dossier.json");
    let fail = |path: &Path, e| Error::Write { path: path.display().to_string(), source: e };
    let file = std::fs::File::create(&path).map_err(|e| fail(&path, e))?;
    json::to_writer(dossier, std::io::BufWriter::with_capacity(1 << 20, file)).map_err(|e| fail(&path, e))?;
    let path = dir.join("index.html");
    std::fs::write(&path, html::render(dossier)).map_err(|e| fail(&path, e))?;
    Ok(())
}

/// Writes `dossier.json` and `index.html` into a folder while the pipeline
/// runs: a [`DossierSink`] that streams each section into `dossier.json`
/// and keeps for the report only the part it shows ([`html::ReportView`]).
/// With it, the largest sections of a big run never coexist in memory.
///
/// ```
/// use dossier_model::{Document, Dossier, DossierSink};
/// let dir = std::env::temp_dir().join(format!("dossier-doc-{}", std::process::id()));
/// let mut d = Dossier::new("dossier 0.0.0");
/// d.documents.push(Document::new("a", "a.txt", "Police said 20 were hurt.".into()));
/// let mut w = dossier_export::Writer::create(&dir, &d.generator).unwrap();
/// d.clone().send_to(&mut w);
/// w.finish().unwrap();
/// let json = std::fs::read_to_string(dir.join("dossier.json")).unwrap();
/// assert_eq!(json, dossier_export::json::to_string(&d));
/// # std::fs::remove_dir_all(&dir).unwrap();
/// ```
pub struct Writer {
    dir: std::path::PathBuf,
    json: json::JsonStream<std::io::BufWriter<std::fs::File>>,
    view: html::ReportView,
}

impl Writer {
    /// Creates `dir` and starts `dossier.json` in it, for a dossier stamped
    /// with `generator`; the report shows the default [`html::Limits`].
    ///
    /// # Errors
    /// When the folder or the file cannot be created; the error names it.
    pub fn create(dir: &Path, generator: &str) -> Result<Writer, Error> {
        std::fs::create_dir_all(dir).map_err(|e| Error::Write { path: dir.display().to_string(), source: e })?;
        let path = dir.join("dossier.json");
        let file =
            std::fs::File::create(&path).map_err(|e| Error::Write { path: path.display().to_string(), source: e })?;
        Ok(Writer {
            dir: dir.to_path_buf(),
            json: json::JsonStream::start(std::io::BufWriter::with_capacity(1 << 20, file), generator),
            view: html::ReportView::new(generator, html::Limits::default()),
        })
    }

    /// Ends `dossier.json` and writes `index.html`.
    ///
    /// # Errors
    /// The first write that failed, naming its file.
    pub fn finish(self) -> Result<(), Error> {
        let fail = |path: &Path, e| Error::Write { path: path.display().to_string(), source: e };
        let json = self.dir.join("dossier.json");
        self.json.finish().map_err(|e| fail(&json, e))?;
        let path = self.dir.join("index.html");
        std::fs::write(&path, self.view.render()).map_err(|e| fail(&path, e))
    }
}

impl DossierSink for Writer {
    fn documents(&mut self, documents: &[dossier_model::Document]) {
        self.view.documents(documents);
        self.json.documents(documents);
    }
    fn passages(&mut self, passages: Vec<dossier_model::Passage>) {
        self.view.keep_passages(&passages);
        self.json.passages(passages);
    }
    fn novelty(&mut self, novelty: Vec<dossier_model::Novelty>) {
        self.view.keep_novelty(&novelty);
        self.json.novelty(novelty);
    }
    fn timexes(&mut self, timexes: Vec<dossier_model::Timex>) {
        self.view.keep_timexes(&timexes);
        self.json.timexes(timexes);
    }
    fn events(&mut self, events: Vec<dossier_model::Event>) {
        self.view.keep_events(&events);
        self.json.events(events);
    }
    fn entities(&mut self, entities: Vec<dossier_model::Entity>) {
        self.view.keep_entities(&entities);
        self.json.entities(entities);
    }
    fn claims(&mut self, claims: Vec<dossier_model::Claim>, conflicts: Vec<dossier_model::Conflict>) {
        self.view.keep_claims(&claims, &conflicts);
        self.json.claims(claims, conflicts);
    }
    fn statements(&mut self, statements: Vec<dossier_model::Statement>) {
        self.view.keep_statements(&statements);
        self.json.statements(statements);
    }
    fn skipped(&mut self, skipped: Vec<dossier_model::Skipped>) {
        self.view.skipped(skipped.clone());
        self.json.skipped(skipped);
    }
}

/// An output could not be written.
#[derive(Debug)]
pub enum Error {
    /// Writing `path` failed.
    Write {
        /// The file or directory.
        path: String,
        /// The I/O error.
        source: std::io::Error,
    },
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            // The cause is the source, which callers print after this.
            Error::Write { path, .. } => write!(f, "cannot write {path}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Write { source, .. } => Some(source),
        }
    }
}
