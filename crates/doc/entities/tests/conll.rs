//! Entity-level F1 of the full recogniser on the CoNLL-2003 development set.
//!
//! Runs when `DOSSIER_SHARED` is set (skipped otherwise); a missing file
//! is then a failure. The floor is the target; the measured figure
//! is in BENCHMARKS.md.

use dossier_entities::conll::{evaluate, parse};

#[test]
fn f1_on_conll_dev_is_at_least_085() {
    let Some(path) = dossier_testdata::shared_path("corpus/conll2003/valid.txt", "the CoNLL-2003 F1 test") else {
        return;
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let sentences = parse(&text);
    assert!(sentences.len() > 3000, "{} looks truncated", path.display());
    let r = evaluate(&sentences);
    for (name, s) in &r.per_class {
        eprintln!("{name}: P {:.4} R {:.4} F1 {:.4}", s.precision(), s.recall(), s.f1());
        assert!(s.f1() > 0.75, "{name} F1 {:.4} is below 0.75", s.f1());
    }
    let f1 = r.overall.f1();
    eprintln!("PER/ORG/LOC F1 {f1:.4}");
    assert!(f1 >= 0.85, "F1 {f1:.4} on CoNLL-2003 dev is below the 0.85 target");
}
