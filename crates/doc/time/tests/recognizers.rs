//! Runs the Recognizers-Text English DateTime scorer when `DOSSIER_SHARED`
//! is set, and holds the span and value figures above a floor a little
//! under what was measured (see RESULTS.md and BENCHMARKS.md, "Time").

#[path = "../eval/recognizers.rs"]
#[allow(dead_code)]
mod recognizers;

#[test]
fn recognizers_scores_stay_above_floor() {
    let Some(dir) =
        dossier_testdata::shared_path("corpus/recognizers-text/Specs/DateTime/English", "the Recognizers-Text check")
    else {
        return;
    };
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 30, "spec files: {}", files.len());
    let mut t = recognizers::Tally::default();
    for f in &files {
        recognizers::score_file(f, &mut t, false);
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    let (exact, mapped) = (pct(t.found, t.spans), pct(t.mapped, t.spans));
    let (right, mapped_right) = (pct(t.right, t.in_scope), pct(t.mapped_right, t.in_scope));
    eprintln!(
        "Recognizers: spans {exact:.1}% exact, {mapped:.1}% mapped; values {right:.1}%, {mapped_right:.1}% mapped"
    );
    assert!(t.spans > 4000, "expected spans: {}", t.spans);
    assert!(exact >= 58.0, "exact spans {exact:.1}%");
    assert!(mapped >= 87.0, "mapped spans {mapped:.1}%");
    assert!(right >= 71.0, "values {right:.1}%");
    assert!(mapped_right >= 85.0, "mapped values {mapped_right:.1}%");
    // Mentions (`dossier_time::mention`): exact spans of all expected results, values
    // right on an exact mention span among the mention-scope results (points and ranges).
    let (mention_spans, mention_values) = (pct(t.mention_found, t.spans), pct(t.mention_right, t.mention_in_scope));
    eprintln!("Recognizers mentions: spans {mention_spans:.1}% exact, values {mention_values:.1}%");
    assert!(t.mention_in_scope > 2500, "mention-scope values: {}", t.mention_in_scope);
    assert!(mention_spans >= 85.0, "mention spans {mention_spans:.1}%");
    assert!(mention_values >= 80.0, "mention values {mention_values:.1}%");
}
