//! Helpers shared by the end-to-end tests.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The repository root.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// The `dossier` binary, quiet about progress.
pub fn dossier() -> Command {
    Command::cargo_bin("dossier").unwrap()
}

/// Runs `dossier analyze` on `inputs` into a fresh temp dir and returns the
/// dir (kept alive by the guard) and the parsed dossier.json.
pub fn analyze(inputs: &[&Path], extra: &[&str]) -> (tempfile::TempDir, serde_json::Value, Vec<u8>) {
    let out = tempfile::tempdir().unwrap();
    let mut cmd = dossier();
    cmd.arg("analyze").args(inputs).arg("--out").arg(out.path()).args(extra);
    cmd.assert().success();
    let bytes = std::fs::read(out.path().join("dossier.json")).unwrap();
    let json = serde_json::from_slice(&bytes).unwrap();
    (out, json, bytes)
}
