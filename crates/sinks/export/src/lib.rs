//! Sinks: `dossier.json` (the contract) and the self-contained HTML report.
//!
//! Both are views of one [`Dossier`]; neither adds analysis.
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
            Error::Write { path, source } => write!(f, "cannot write {path}: {source}"),
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
