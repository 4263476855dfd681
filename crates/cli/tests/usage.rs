//! Command-line behaviour: exit codes and one-line errors.

use crate::util::*;

#[test]
fn version_prints_name_and_version() {
    let out = dossier().arg("--version").assert().success().get_output().stdout.clone();
    assert!(String::from_utf8(out).unwrap().starts_with("dossier "));
}

#[test]
fn help_has_examples() {
    let out = dossier().args(["analyze", "--help"]).assert().success().get_output().stdout.clone();
    assert!(String::from_utf8(out).unwrap().contains("Examples:"));
}

#[test]
fn unknown_flag_is_a_one_line_usage_error() {
    let a = dossier().args(["analyze", "x", "--out", "y", "--frobnicate"]).assert().code(2);
    let err = String::from_utf8(a.get_output().stderr.clone()).unwrap();
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.contains("--frobnicate"));
}

#[test]
fn missing_out_is_a_usage_error() {
    dossier().args(["analyze", "x"]).assert().code(2);
}

#[test]
fn zero_jobs_is_a_usage_error() {
    let a = dossier().args(["analyze", "x", "--out", "y", "--jobs", "0"]).assert().code(2);
    assert_eq!(String::from_utf8_lossy(&a.get_output().stderr).trim_end().lines().count(), 1);
}

#[test]
fn nothing_readable_exits_1_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let a = dossier().arg("analyze").arg(dir.path().join("missing.txt")).arg("--out").arg(&out).assert().code(1);
    let err = String::from_utf8_lossy(&a.get_output().stderr).to_string();
    assert!(err.contains("missing.txt"), "{err}");
    assert!(!out.join("dossier.json").exists());
}
