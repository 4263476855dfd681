//! The seed articles, read end to end through segment, quantities,
//! attribution, claims and conflicts. Asserts on structure and values,
//! never on the articles' wording. Reads `$DOSSIER_SHARED/corpus/seeds`;
//! skips when `DOSSIER_SHARED` is unset.

mod common;

use std::path::PathBuf;

use dossier_model::{Claim, ConflictKind};

fn seeds() -> Option<common::Analysis> {
    let dir: PathBuf = dossier_testdata::shared_path("corpus/seeds", "the seeds claims test")?;
    Some(common::analyse_dir(&dir).expect("the seeds must be readable"))
}

fn key_pred(c: &Claim) -> &str {
    c.key.split('|').nth(1).unwrap_or("")
}

#[test]
fn seeds_claims_and_conflicts() {
    let Some(run) = seeds() else { return };
    assert_eq!(run.docs.len(), 5);
    // Every document carries number-bearing claims, each with a value.
    for d in &run.docs {
        let n = run.claims.iter().filter(|c| c.span.doc == d.id).count();
        assert!(n >= 4, "{}: only {n} claims", d.id);
    }
    assert!(run.claims.iter().all(|c| c.quantity.value.is_some() && !c.about.is_empty()));
    // Each claim's span is the clause that holds its number.
    for c in &run.claims {
        let d = run.docs.iter().find(|d| d.id == c.span.doc).unwrap();
        assert_eq!(&d.text[c.span.start..c.span.end], c.span.text);
        let t = c.quantity.text.as_deref().unwrap();
        assert!(c.span.text.contains(t), "{t:?} not in {:?}", c.span.text);
    }
    // The raid's dead: at least one, in four of the five articles.
    let killed: Vec<&Claim> =
        run.claims.iter().filter(|c| c.about == "people killed" && c.quantity.value == Some(1.0)).collect();
    let docs: std::collections::BTreeSet<&str> = killed.iter().map(|c| c.span.doc.as_str()).collect();
    assert!(docs.len() >= 4, "raid deaths found in {docs:?}");
    // The injured: vague counts ("dozens") and a bound ("more than 20").
    let injured: Vec<&Claim> = run.claims.iter().filter(|c| c.about == "people injured").collect();
    assert!(injured.iter().any(|c| c.quantity.low == Some(24.0)));
    assert!(injured.iter().any(|c| c.quantity.low == Some(21.0) && c.quantity.high.is_none()));
    // A denial of casualties, attributed to a named source.
    let denial = run
        .claims
        .iter()
        .find(|c| c.about == "casualties" && c.quantity.value == Some(0.0))
        .expect("a claim of no casualties");
    assert!(denial.source.name.is_some() && !denial.source.anonymous);
    // Devices seized: one figure everywhere, no value conflict.
    let seized: Vec<&Claim> = run.claims.iter().filter(|c| key_pred(c) == "seized").collect();
    assert!(seized.len() >= 3 && seized.iter().all(|c| c.quantity.value == Some(150.0)));
    // Conflicts: the denial against the reported dead and injured ...
    let casualty = run
        .conflicts
        .iter()
        .find(|k| k.claims.contains(&denial.id))
        .expect("the denial of casualties is in a conflict");
    assert!(killed.iter().any(|c| casualty.claims.contains(&c.id)));
    assert!(injured.iter().any(|c| casualty.claims.contains(&c.id)));
    // ... and the differing long-term tolls attributed to one agent.
    let tolls = run
        .conflicts
        .iter()
        .find(|k| {
            let vs: Vec<f64> = k
                .claims
                .iter()
                .filter_map(|id| run.claims.iter().find(|c| &c.id == id))
                .filter_map(|c| c.quantity.value)
                .collect();
            vs.contains(&17000.0) && vs.contains(&12000.0)
        })
        .expect("the 17,000 and 12,000 tolls conflict");
    assert_eq!(tolls.kind, ConflictKind::Values);
    assert!(!tolls.note.is_empty());
    // Compatible figures are not conflicts: no value conflict holds only
    // injured counts, and none holds the seized devices.
    for k in run.conflicts.iter().filter(|k| k.kind == ConflictKind::Values) {
        let cs: Vec<&Claim> = k.claims.iter().filter_map(|id| run.claims.iter().find(|c| &c.id == id)).collect();
        assert!(!cs.iter().all(|c| c.about == "people injured"), "{k:#?}");
        assert!(!cs.iter().any(|c| key_pred(c) == "seized"), "{k:#?}");
    }
}

#[test]
fn seeds_attributions_carry_sources() {
    let Some(run) = seeds() else { return };
    // Direct quotes all have a speaker.
    let quotes: Vec<_> = run.attributions.iter().filter(|(_, a)| a.quote).collect();
    assert!(quotes.len() >= 5, "only {} quotes attributed", quotes.len());
    assert!(quotes.iter().all(|(_, a)| a.source.name.is_some()));
    // Anonymous sourcing is recognised, and so are named sources.
    let anonymous = run.attributions.iter().filter(|(_, a)| a.source.anonymous).count();
    let named = run.attributions.iter().filter(|(_, a)| a.source.name.is_some() && !a.source.anonymous).count();
    assert!(anonymous >= 6 && named >= 10, "anonymous {anonymous}, named {named}");
    // A follow-up quote ("the source added") takes the earlier source.
    let added = run
        .attributions
        .iter()
        .find(|(_, a)| a.quote && a.source.cue.as_deref() == Some("added"))
        .expect("a quote with the cue 'added'");
    assert!(added.1.source.anonymous && added.1.source.name.as_deref().is_some_and(|n| !n.starts_with("the ")));
    // Claims inside attributed statements carry the source.
    assert!(run.claims.iter().filter(|c| c.source.name.is_some()).count() >= 6);
}
