//! Ingest of the shared seed corpus (plain text saved from news pages).
//! Runs only when `DOSSIER_SHARED` is set.

use dossier_ingest::{IngestOptions, Input, ingest};

#[test]
fn seeds_read_as_one_document_per_file() {
    let Some(dir) = dossier_testdata::shared_path("corpus/seeds", "the seed corpus test") else { return };
    let files: Vec<String> = dossier_testdata::seed_files("the seed corpus test")
        .expect("DOSSIER_SHARED is set")
        .iter()
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
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
