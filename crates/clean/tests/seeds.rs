//! The cleaner on the five seed articles (plain text from one outlet).
//!
//! Reads `$DOSSIER_SHARED/corpus/seeds` at run time; skips when
//! `DOSSIER_SHARED` is unset. Checks structural facts only, so no seed text
//! is copied here: how many lines each document keeps, that every removed
//! line has a known chrome reason, and that no sentence was removed.

use std::path::PathBuf;

use dossier_clean::{Reason, clean};
use dossier_model::{Document, RawDocument, SourceFormat};

/// The txt rule of ingest: the first line is the title when it reads as a
/// headline (short, no closing period).
fn read_txt(path: &PathBuf) -> RawDocument {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let id = path.file_stem().unwrap().to_string_lossy().into_owned();
    let (first, rest) = text.split_once('\n').unwrap_or((&text, ""));
    let first_trim = first.trim();
    let headline = !first_trim.is_empty()
        && first_trim.split_whitespace().count() <= 20
        && !first_trim.ends_with(['.', '!', '?', '"', '”']);
    let mut raw = RawDocument::new(id, path.display().to_string(), SourceFormat::Txt, String::new());
    if headline {
        raw.title = Some(first_trim.to_string());
        raw.body = rest.to_string();
    } else {
        raw.body = text;
    }
    raw
}

fn seeds() -> Option<Vec<Document>> {
    let paths = dossier_testdata::seed_files("the seeds cleaning test")?;
    assert_eq!(paths.len(), 5, "expected five seed files");
    Some(clean(paths.iter().map(read_txt).collect()))
}

#[test]
fn seeds_lose_every_chrome_line_and_keep_every_prose_line() {
    let Some(docs) = seeds() else { return };
    let known: Vec<&str> = Reason::ALL.iter().map(|r| r.as_str()).collect();
    for doc in &docs {
        for r in &doc.removed {
            assert!(known.contains(&r.reason.as_str()), "{}: unknown reason {}", doc.id, r.reason);
            // No removed line is a long sentence ending with a period.
            let words = r.text.split_whitespace().count();
            assert!(!(words >= 12 && r.text.trim_end().ends_with('.')), "{}: removed a sentence: {}", doc.id, r.text);
        }
        // Kept text: paragraphs with no stray whitespace.
        for p in doc.text.split("\n\n") {
            assert!(!p.is_empty() && p.trim() == p && !p.contains(['\u{a0}', '\t', '\n']), "{}: {p:?}", doc.id);
        }
    }
    let kept: Vec<usize> = docs.iter().map(|d| d.text.split("\n\n").count()).collect();
    let removed: Vec<usize> = docs.iter().map(|d| d.removed.len()).collect();
    // Counted by hand from the files: every body line that is neither a
    // headline nor chrome is kept, including one in-body subheading and a
    // standfirst. The removed lines include the two breadcrumbs that the
    // txt rule first took for titles.
    assert_eq!(kept, [9, 15, 18, 15, 17], "kept paragraphs per document");
    assert_eq!(removed, [2, 4, 6, 2, 0], "removed lines per document");
    // Every document but the one that opens with prose has a headline, and
    // none of the headlines is a breadcrumb.
    let titled: Vec<bool> = docs.iter().map(|d| d.title.as_deref().is_some_and(|t| !t.contains('/'))).collect();
    assert_eq!(titled, [true, true, true, true, false]);
}

#[test]
fn seeds_removed_lines_by_reason() {
    let Some(docs) = seeds() else { return };
    let mut counts = std::collections::BTreeMap::new();
    for r in docs.iter().flat_map(|d| &d.removed) {
        *counts.entry(r.reason.as_str()).or_insert(0) += 1;
    }
    let counts: Vec<(&str, i32)> = counts.into_iter().collect();
    assert_eq!(
        counts,
        [
            ("alternate-address", 3),
            ("app-promo", 2),
            ("navigation", 2),
            ("photo-credit", 2),
            ("related-link", 4),
            ("share-prompt", 1)
        ]
    );
}
