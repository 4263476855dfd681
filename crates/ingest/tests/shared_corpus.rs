//! Ingest of the shared seed corpus (plain text saved from news pages).
//! Runs only when `DOSSIER_SHARED` is set.

use dossier_ingest::{IngestOptions, Input, ingest};

#[test]
fn seeds_read_as_one_document_per_file() {
    let Ok(shared) = std::env::var("DOSSIER_SHARED") else {
        eprintln!("DOSSIER_SHARED not set: skipping the seed corpus test");
        return;
    };
    let dir = std::path::Path::new(&shared).join("corpus/seeds");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("seeds folder")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let got = ingest(&[Input::Path(dir)], &IngestOptions::default());
    assert!(got.skipped.is_empty(), "{:?}", got.skipped);
    let ids: Vec<&str> = got.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, files, "one document per file, id = stem, sorted");
    let mut titled = 0;
    for d in &got.documents {
        assert!(!d.body.trim().is_empty());
        if let Some(t) = &d.title {
            titled += 1;
            assert!(!t.ends_with('.'), "{t}");
            assert!(!d.body.lines().any(|l| l.trim() == t), "the title line is removed from the body");
        } else {
            // Without a title, the first text line must read as prose.
            let first = d.body.lines().find(|l| !l.trim().is_empty()).unwrap();
            assert!(first.trim_end().ends_with('.') || first.len() > 200, "{first}");
        }
    }
    assert!(titled >= 1);
}
