//! Finds the shared test data for the tests that use it.
//!
//! The public corpora and the seed articles are not in this repository:
//! tests read them at run time from the folder `DOSSIER_SHARED` names
//! (`.ci/run` sets it to `../shared`). The rule every such test follows,
//! kept here once rather than in each test file:
//!
//! - `DOSSIER_SHARED` unset: the test is skipped, with a line on stderr
//!   saying what was skipped (a fresh clone's `cargo test` passes);
//! - set, but the file or folder is missing: the test fails, naming the
//!   path (a CI run with a broken data folder must not pass by skipping).
//!
//! ```
//! // With DOSSIER_SHARED unset, the test body is skipped.
//! let Some(conll) = dossier_testdata::shared_path("corpus/conll2003/valid.txt", "the CoNLL test") else {
//!     return;
//! };
//! assert!(conll.is_file());
//! ```
#![deny(missing_docs)]

use std::path::PathBuf;

/// `relative` under `$DOSSIER_SHARED`, or `None` when the variable is
/// unset (with a note on stderr that `what` is skipped).
///
/// # Panics
/// When the variable is set and the path does not exist.
pub fn shared_path(relative: &str, what: &str) -> Option<PathBuf> {
    let Some(root) = std::env::var_os("DOSSIER_SHARED") else {
        eprintln!("DOSSIER_SHARED unset: skipping {what}");
        return None;
    };
    let path = PathBuf::from(root).join(relative);
    assert!(path.exists(), "{} is missing (DOSSIER_SHARED is set, so {what} must run)", path.display());
    Some(path)
}

/// The seed articles (`corpus/seeds/*.txt`), sorted by file name, or `None`
/// when `DOSSIER_SHARED` is unset.
///
/// # Panics
/// When the variable is set and the folder is missing, unreadable or holds
/// no article.
pub fn seed_files(what: &str) -> Option<Vec<PathBuf>> {
    let dir = shared_path("corpus/seeds", what)?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap_or_else(|e| panic!("{}: {e}", dir.display())).path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{} holds no .txt article", dir.display());
    Some(files)
}
