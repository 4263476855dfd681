//! `dossier.json` keeps the contract of `shared/spec/dossier-json.md` and is
//! deterministic.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::util::*;

const TOP_LEVEL: [&str; 10] =
    ["format", "generator", "documents", "passages", "novelty", "timexes", "events", "entities", "claims", "conflicts"];

/// Checks the contract's general rules on a whole dossier: every field is
/// present, and every span anywhere in it points at exactly its text.
fn check_contract(d: &Value) {
    for k in TOP_LEVEL {
        assert!(d.get(k).is_some(), "missing top-level field {k}");
    }
    assert_eq!(d["format"], 1);
    let mut texts = BTreeMap::new();
    for doc in d["documents"].as_array().unwrap() {
        for k in ["id", "path", "title", "outlet", "url", "published", "text", "removed"] {
            assert!(doc.get(k).is_some(), "document misses {k}: {doc}");
        }
        let p = &doc["published"];
        assert!(p.get("value").is_some() && p.get("source").is_some());
        assert_eq!(p["value"].is_null(), p["source"].is_null(), "published value and source disagree: {p}");
        let id = doc["id"].as_str().unwrap().to_string();
        assert!(texts.insert(id.clone(), doc["text"].as_str().unwrap().to_string()).is_none(), "duplicate id {id}");
    }
    let mut spans = 0;
    for k in &TOP_LEVEL[3..] {
        visit_spans(&d[*k], &texts, &mut spans);
    }
    // Ids are unique within each kind.
    for (k, field) in [("passages", "id"), ("events", "id"), ("entities", "id"), ("claims", "id"), ("conflicts", "id")]
    {
        let ids: Vec<&str> = d[k].as_array().unwrap().iter().map(|x| x[field].as_str().unwrap()).collect();
        let mut sorted = ids.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), ids.len(), "duplicate ids in {k}");
    }
    // Conflicts name existing claims.
    let claim_ids: Vec<&str> = d["claims"].as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap()).collect();
    for k in d["conflicts"].as_array().unwrap() {
        for c in k["claims"].as_array().unwrap() {
            assert!(claim_ids.contains(&c.as_str().unwrap()), "conflict names unknown claim {c}");
        }
    }
}

fn visit_spans(v: &Value, texts: &BTreeMap<String, String>, n: &mut usize) {
    match v {
        Value::Object(m) => {
            if let (Some(doc), Some(s), Some(e), Some(t)) = (m.get("doc"), m.get("start"), m.get("end"), m.get("text"))
                && let (Some(doc), Some(s), Some(e), Some(t)) = (doc.as_str(), s.as_u64(), e.as_u64(), t.as_str())
            {
                let text = texts.get(doc).unwrap_or_else(|| panic!("span names unknown document {doc}"));
                let (s, e) = (s as usize, e as usize);
                assert!(s <= e && e <= text.len(), "span {s}..{e} out of bounds in {doc}");
                assert!(text.is_char_boundary(s) && text.is_char_boundary(e), "span {s}..{e} splits a character");
                assert_eq!(&text[s..e], t, "span text differs from the document in {doc} at {s}..{e}");
                *n += 1;
            }
            for x in m.values() {
                visit_spans(x, texts, n);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| visit_spans(x, texts, n)),
        _ => {}
    }
}

#[test]
fn examples_keep_the_contract() {
    let (_out, d, _) = analyze(&[&repo().join("examples/corpus")], &["--quiet"]);
    check_contract(&d);
    assert_eq!(d["documents"].as_array().unwrap().len(), 10);
}

#[test]
fn output_is_identical_across_runs_and_job_counts() {
    let ex = repo().join("examples/corpus");
    let (_a, _, one) = analyze(&[&ex], &["--quiet", "--jobs", "1"]);
    let (_b, _, two) = analyze(&[&ex], &["--quiet", "--jobs", "2"]);
    let (_c, _, again) = analyze(&[&ex], &["--quiet", "--jobs", "2"]);
    assert!(one == two, "dossier.json differs between --jobs 1 and --jobs 2");
    assert!(two == again, "dossier.json differs between two identical runs");
}

#[test]
fn report_is_self_contained() {
    let (out, _, _) = analyze(&[&repo().join("examples/corpus")], &["--quiet"]);
    let html = std::fs::read_to_string(out.path().join("index.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    for needle in ["src=\"http", "href=\"http", "src='http", "href='http", "<script", "@import", "url(http"] {
        assert!(!html.contains(needle), "report references the network or runs scripts: {needle}");
    }
}

#[test]
fn seeds_give_five_documents_that_keep_the_contract() {
    let Some(seeds) = dossier_testdata::shared_path("corpus/seeds", "the seeds run") else { return };
    let (_out, d, _) = analyze(&[&seeds], &["--quiet"]);
    check_contract(&d);
    assert_eq!(d["documents"].as_array().unwrap().len(), 5);
}

/// The example corpus's `dossier.json`, frozen: any change to the output,
/// however small, shows up here as a diff to review. After an intended
/// change, regenerate it with `DOSSIER_BLESS=1 cargo test -p dossier-cli frozen`
/// and commit the new file with the change that caused it.
#[test]
fn frozen_examples_dossier() {
    let frozen = repo().join("crates/cli/tests/frozen/examples.dossier.json");
    let out = tempfile::tempdir().unwrap();
    // Run from the repository root with a relative input, so the `path`
    // fields do not depend on where the repository is checked out.
    dossier()
        .current_dir(repo())
        .args(["analyze", "examples/corpus", "--quiet", "--out"])
        .arg(out.path())
        .assert()
        .success();
    let got = std::fs::read_to_string(out.path().join("dossier.json")).unwrap();
    if std::env::var_os("DOSSIER_BLESS").is_some() {
        std::fs::create_dir_all(frozen.parent().unwrap()).unwrap();
        std::fs::write(&frozen, &got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&frozen).unwrap_or_else(|e| panic!("{}: {e}", frozen.display()));
    if got != want {
        let first = got.lines().zip(want.lines()).position(|(a, b)| a != b).unwrap_or(0);
        panic!(
            "examples/dossier.json changed from the frozen copy at line {}:\n  frozen: {}\n  now:    {}\n\
             If the change is intended, run DOSSIER_BLESS=1 cargo test -p dossier-cli frozen",
            first + 1,
            want.lines().nth(first).unwrap_or(""),
            got.lines().nth(first).unwrap_or("")
        );
    }
}
