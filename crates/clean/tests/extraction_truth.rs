//! The cleaner on clean text: the article bodies of the article-extraction
//! benchmark's ground truth (181 pages from many sites and languages).
//!
//! These bodies are what a perfect extractor returns, so almost nothing in
//! them is chrome. The test bounds what the cleaner removes and checks that
//! no sentence goes for its shape. Reads
//! `$DOSSIER_SHARED/corpus/article-extraction-benchmark/ground-truth.json`
//! at run time; skipped when `DOSSIER_SHARED` is unset.

use dossier_clean::clean;
use dossier_model::{RawDocument, SourceFormat};

#[test]
fn ground_truth_bodies_keep_their_prose() {
    let Some(path) =
        dossier_testdata::shared_path("corpus/article-extraction-benchmark/ground-truth.json", "the ground-truth test")
    else {
        return;
    };
    let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let truth: serde_json::Value = serde_json::from_str(&json).expect("ground truth is JSON");
    let raws: Vec<RawDocument> = truth
        .as_object()
        .expect("an object keyed by page")
        .iter()
        .map(|(id, page)| {
            let body = page["articleBody"].as_str().unwrap_or_default().to_string();
            RawDocument::new(id.clone(), id.clone(), SourceFormat::Html, body)
        })
        .collect();
    assert!(raws.len() > 150, "expected the full ground truth");
    let lines: usize = raws.iter().map(|r| r.body.lines().filter(|l| !l.trim().is_empty()).count()).sum();
    let docs = clean(raws);
    let removed: Vec<_> = docs.iter().flat_map(|d| &d.removed).collect();
    eprintln!("removed {} of {lines} lines", removed.len());
    // Bare links, copyright lines and a few repeated template lines are
    // removed; measured 88 of 4,363 lines (2.0%) when this test was written.
    assert!(removed.len() * 100 <= lines * 3, "removed {} of {lines} lines", removed.len());
    for r in &removed {
        let words = r.text.split_whitespace().count();
        let sentence = words >= 12 && r.text.trim_end().ends_with(['.', '!', '?', '"', '”']);
        let by_phrase = matches!(r.reason.as_str(), "copyright" | "cookie-notice" | "newsletter" | "photo-credit");
        assert!(!sentence || by_phrase, "removed a sentence by shape ({}): {}", r.reason, r.text);
    }
}
