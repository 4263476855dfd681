//! The Recognizers-Text English number specs, scored with a floor. Reads
//! `$DOSSIER_SHARED/corpus/recognizers-text/Specs`; skips when
//! `DOSSIER_SHARED` is unset. `cargo run -p dossier-quantities --example
//! recognizers` prints the full report.

#[path = "../eval/recognizers.rs"]
#[allow(dead_code)]
mod recognizers;

#[test]
fn recognizers_specs_value_accuracy_floor() {
    let Some(specs) = dossier_testdata::shared_path("corpus/recognizers-text/Specs", "the Recognizers-Text spec test")
    else {
        return;
    };
    let scores = recognizers::score_all(&specs).expect("the Recognizers-Text specs must be readable");
    let (mut scored, mut right) = (0, 0);
    for s in &scores {
        eprintln!("{}: {}/{} right ({:.1}%)", s.file, s.right, s.scored, 100.0 * s.accuracy());
        assert!(s.accuracy() >= 0.85, "{}: value accuracy {:.3} is below 0.85", s.file, s.accuracy());
        scored += s.scored;
        right += s.right;
    }
    assert!(scored > 250, "too few cases scored: {scored}");
    let acc = right as f64 / scored as f64;
    assert!(acc >= 0.90, "value accuracy over the scored cases {acc:.3} is below 0.90");
}
