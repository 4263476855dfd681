//! Bad input never crashes a run and never loses other work: each bad file
//! is skipped with a line naming it and the reason, and counted.

use crate::util::*;

fn write(dir: &std::path::Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).unwrap();
}

#[test]
fn bad_files_are_skipped_and_the_rest_analysed() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "good.txt", b"Harbour fire\n\nA fire broke out at the docks on Tuesday, officials said.\n");
    write(dir.path(), "binary.txt", &[0u8, 159, 146, 150, 0, 1, 2, 3, 255, 254, 0, 0]);
    write(dir.path(), "empty.txt", b"");
    let out = dir.path().join("out");
    let a = dossier().arg("analyze").arg(dir.path()).arg("--out").arg(&out).assert().success();
    let err = String::from_utf8_lossy(&a.get_output().stderr).to_string();
    assert!(err.contains("binary.txt"), "binary file not named: {err}");
    assert!(err.contains("empty.txt"), "empty file not named: {err}");
    let d: serde_json::Value = serde_json::from_slice(&std::fs::read(out.join("dossier.json")).unwrap()).unwrap();
    let ids: Vec<&str> = d["documents"].as_array().unwrap().iter().map(|x| x["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["good"]);
    assert_eq!(d["skipped"].as_array().unwrap().len(), 2);
    assert!(err.contains("skipped 2"), "summary does not count the skipped files: {err}");
}

#[cfg(unix)]
#[test]
fn a_full_disk_is_one_error_line_naming_the_file() {
    // dossier.json is written while the run goes: a write that fails
    // midway is still reported, once, with the file and the cause.
    if !std::path::Path::new("/dev/full").exists() {
        eprintln!("no /dev/full here: skipping the full-disk check");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", b"Harbour fire\n\nA fire broke out at the docks on Tuesday, officials said.\n");
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    std::os::unix::fs::symlink("/dev/full", out.join("dossier.json")).unwrap();
    let a = dossier().arg("analyze").arg(dir.path().join("a.txt")).arg("--out").arg(&out).assert().code(1);
    let err = String::from_utf8_lossy(&a.get_output().stderr).to_string();
    let lines: Vec<&str> = err.lines().filter(|l| l.starts_with("error:")).collect();
    assert_eq!(lines.len(), 1, "{err}");
    assert!(lines[0].contains("dossier.json") && lines[0].contains("No space left"), "{err}");
    assert_eq!(lines[0].matches("No space left").count(), 1, "cause said twice: {err}");
}
