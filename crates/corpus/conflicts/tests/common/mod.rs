#![allow(dead_code)] // each test binary uses part of these helpers
//! Runs the per-document stages dossier's pipeline runs before conflicts
//! (segment, quantities, attribution, claims) over a folder of `.txt`
//! files, so the tests and the `claims` example need not build the whole
//! pipeline.

use std::path::Path;

use dossier_model::{Attribution, Claim, Conflict, Document};

/// What the stages found.
pub struct Analysis {
    pub docs: Vec<Document>,
    pub attributions: Vec<(dossier_model::DocId, Attribution)>,
    pub claims: Vec<Claim>,
    pub conflicts: Vec<Conflict>,
}

/// Reads every `.txt` file of `dir` (sorted by name) and analyses it.
pub fn analyse_dir(dir: &Path) -> Result<Analysis, String> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let mut docs = Vec::new();
    for p in &paths {
        let text = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
        let id = p.file_stem().unwrap_or_default().to_string_lossy().to_string();
        docs.push(Document::new(id, p.display().to_string(), text));
    }
    Ok(analyse(docs))
}

/// Analyses documents already read.
pub fn analyse(docs: Vec<Document>) -> Analysis {
    let mut attributions = Vec::new();
    let mut claims = Vec::new();
    for d in &docs {
        let segs = dossier_segment::segment(&d.text);
        let q = dossier_quantities::extract(d, &segs);
        let a = dossier_attribution::attribute(d, &segs);
        claims.extend(dossier_attribution::claims(d, &segs, &q, &a, &Default::default()));
        attributions.extend(a.into_iter().map(|a| (d.id.clone(), a)));
    }
    for (i, c) in claims.iter_mut().enumerate() {
        c.id = format!("c{}", i + 1);
    }
    let conflicts = dossier_conflicts::find(&claims);
    Analysis { docs, attributions, claims, conflicts }
}
