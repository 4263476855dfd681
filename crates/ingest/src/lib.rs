//! Reads articles into [`RawDocument`]s.
//!
//! Early version (issue 2): plain-text files and directories of them only;
//! other formats are reported as skipped.
#![deny(missing_docs)]

use std::path::{Path, PathBuf};

use dossier_model::{RawDocument, Skipped, SourceFormat};

/// One input named on the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// A file or a directory (read recursively).
    Path(PathBuf),
    /// JSONL on standard input (`-`).
    Stdin,
}

/// Settings of ingest.
#[derive(Clone, Debug)]
pub struct IngestOptions {
    /// Files larger than this are skipped.
    pub max_file_bytes: u64,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions { max_file_bytes: 256 * 1024 * 1024 }
    }
}

/// What ingest read, and what it could not.
#[derive(Clone, Debug, Default)]
pub struct Ingested {
    /// Documents, in input order (directories sorted by path).
    pub documents: Vec<RawDocument>,
    /// Inputs that could not be read.
    pub skipped: Vec<Skipped>,
}

/// Reads every input.
pub fn ingest(inputs: &[Input], opts: &IngestOptions) -> Ingested {
    let mut out = Ingested::default();
    for input in inputs {
        match input {
            Input::Path(p) => read_path(p, opts, &mut out),
            Input::Stdin => {
                out.skipped.push(Skipped { path: "-".into(), reason: "standard input is not supported yet".into() })
            }
        }
    }
    out
}

fn read_path(path: &Path, opts: &IngestOptions, out: &mut Ingested) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => {
                out.skipped.push(Skipped { path: path.display().to_string(), reason: e.to_string() });
                return;
            }
        };
        entries.sort();
        for e in entries {
            read_path(&e, opts, out);
        }
        return;
    }
    let shown = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => {
                let id = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
                out.documents.push(RawDocument::new(id, shown, SourceFormat::Txt, text));
            }
            Err(_) => out.skipped.push(Skipped { path: shown, reason: "not UTF-8 text".into() }),
        },
        Err(e) => out.skipped.push(Skipped { path: shown, reason: e.to_string() }),
    }
}
