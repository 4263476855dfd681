//! Runs the TempEval-3 scorer on the training data when `DOSSIER_SHARED`
//! is set, and holds the scores above a floor a little under what was
//! measured (see BENCHMARKS.md, "Time").

#[path = "../eval/te3.rs"]
mod te3;

#[test]
fn tempeval3_training_scores_stay_above_floor() {
    let Some(dir) = dossier_testdata::shared_path("corpus/tempeval3-train", "the TempEval-3 check") else {
        return;
    };
    let mut total = te3::Score::default();
    for sub in ["TimeBank", "AQUAINT"] {
        let s = te3::run(&dir.join(sub), false).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        total.gold += s.gold;
        total.sys += s.sys;
        total.strict += s.strict;
        total.relaxed += s.relaxed;
        total.value += s.value;
    }
    let strict = total.strict_f1().2;
    let relaxed = total.relaxed_f1().2;
    let value = total.value_f1().2;
    eprintln!("TempEval-3 train: strict F1 {strict:.3}, relaxed F1 {relaxed:.3}, value F1 {value:.3}");
    assert!(total.gold > 1800, "gold timexes: {}", total.gold);
    assert!(strict >= 0.85, "strict extent F1 {strict:.3}");
    assert!(relaxed >= 0.92, "relaxed extent F1 {relaxed:.3}");
    assert!(value >= 0.815, "value F1 {value:.3}");
}
