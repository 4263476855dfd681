//! The seed corpus end to end through time, dates and timeline (without
//! the cleaning stage: chrome lines stay in the text). Reads the articles
//! from `$DOSSIER_SHARED/corpus/seeds` at run time; skips when the variable
//! is unset, fails when the folder is missing.

use dossier_model::{Anchor, DateSource, Document, Segments, TimexType};

#[test]
fn seeds_get_dates_and_an_ordered_timeline() {
    let Some(paths) = dossier_testdata::seed_files("the seeds timeline test") else { return };
    assert!(paths.len() >= 5, "five seed articles expected");
    let mut docs: Vec<Document> = paths
        .iter()
        .map(|p| {
            let id = p.file_stem().unwrap().to_string_lossy().to_string();
            Document::new(id, p.display().to_string(), std::fs::read_to_string(p).unwrap())
        })
        .collect();
    let segs: Vec<Segments> = docs.iter().map(|_| Segments::default()).collect();
    let mut tx: Vec<_> = docs.iter().zip(&segs).map(|(d, s)| dossier_time::tag(d, s)).collect();
    let published = dossier_dates::infer(&docs, &segs, &tx);
    for (d, p) in docs.iter_mut().zip(published) {
        d.published = p;
    }
    tx = docs.iter().zip(&segs).map(|(d, s)| dossier_time::tag(d, s)).collect();

    // Every article is dated, by inference, with its evidence.
    for d in &docs {
        let p = &d.published;
        assert!(p.value.is_some(), "{} has no date", d.id);
        assert_eq!(p.source, Some(DateSource::Inferred));
        assert!(p.confidence.is_some_and(|c| c > 0.0 && c < 1.0) && p.method.is_some());
        assert!(p.value.as_deref().unwrap().starts_with("2023"), "{}: {:?}", d.id, p);
    }
    // Every expression has a value; dates in the story resolve to 2023.
    let all: Vec<_> = tx.iter().flatten().collect();
    assert!(all.iter().all(|t| !t.value.is_empty()));
    let days: Vec<&str> =
        all.iter().filter(|t| t.kind == TimexType::Date && t.value.len() == 10).map(|t| t.value.as_str()).collect();
    // A weekday named in one article resolves to the calendar day another
    // article gives; a chained "later" resolves from the text's last day.
    assert!(
        all.iter().any(|t| t.anchor == Anchor::Document && t.value == "2023-06-20" && !t.span.text.contains("20")),
        "weekday resolved through the corpus: {days:?}"
    );
    assert!(all.iter().any(|t| t.anchor == Anchor::Text && t.value == "2023-06-27"), "chained day: {days:?}");
    // Weekdays resolve wherever the corpus fixes the week: only an article
    // dated to its year alone may keep one open.
    let open_weekdays = all.iter().filter(|t| t.value.starts_with("XXXX-WXX-")).count();
    assert!(open_weekdays <= 1, "weekdays left open: {open_weekdays}");

    let events = dossier_timeline::build(&docs, &segs, &tx, &[], &[]);
    assert!(events.len() >= 5);
    // Sorted by date, numbered in order.
    for (i, w) in events.windows(2).enumerate() {
        assert!(w[0].date.earliest <= w[1].date.earliest, "order at e{}", i + 1);
    }
    assert!(events.iter().enumerate().all(|(i, e)| e.id == format!("e{}", i + 1)));
    // The story's central happening is one event reported by several sources.
    let central =
        events.iter().find(|e| e.date.earliest.as_deref() == Some("2023-06-20")).expect("event on 2023-06-20");
    let sources: std::collections::BTreeSet<&str> = central.mentions.iter().map(|m| m.doc.as_str()).collect();
    assert!(sources.len() >= 3, "{central:?}");
    // Later developments come after it.
    assert!(events.iter().any(|e| e.date.earliest.as_deref() > Some("2023-07-31")));
}
