//! The cast of the seed articles, checked on structure only (no seed text
//! is known to this test): segment, recognise, merge, then check that
//! acronyms defined in the text hold every spelling of their long form,
//! that one organisation spans all five articles under its acronym and its
//! full name, that no person entity holds two different full names, and
//! that people, organisations and places are all found.
//!
//! Runs when `DOSSIER_SHARED` is set; a missing file is then a failure.

use std::collections::{BTreeMap, BTreeSet};

use dossier_cast::{is_acronym, merge, name_key};
use dossier_model::{Document, EntityType};

#[test]
fn seeds_cast_reads_right() {
    let Some(paths) = dossier_testdata::seed_files("the seeds cast test") else { return };
    assert_eq!(paths.len(), 5, "expected five seed articles");
    let docs: Vec<Document> = paths
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).expect("read seed");
            Document::new(p.file_stem().unwrap().to_string_lossy(), p.display().to_string(), text)
        })
        .collect();
    let mentions: Vec<_> =
        docs.iter().map(|d| dossier_entities::recognize(d, &dossier_segment::segment(&d.text))).collect();
    let cast = merge(&docs, &mentions);

    // Which entity holds each (doc, start) mention.
    let mut owner: BTreeMap<(dossier_model::DocId, usize), usize> = BTreeMap::new();
    for (k, e) in cast.iter().enumerate() {
        for m in &e.mentions {
            owner.insert((m.doc.clone(), m.start), k);
        }
    }

    // 1. Every acronym defined in a text ("Long Name (LN)") is one entity
    //    with every mention, in any article, of any spelling of its long form.
    let mut defined = 0;
    for (d, ms) in docs.iter().zip(&mentions) {
        for m in ms.iter().filter(|m| m.alias_of().is_some() && is_acronym(&m.name)) {
            defined += 1;
            let k = owner[&(d.id.clone(), m.range.start)];
            let long_key = name_key(m.alias_of().unwrap());
            for (d2, ms2) in docs.iter().zip(&mentions) {
                for m2 in ms2.iter().filter(|m2| name_key(&m2.name) == long_key || m2.name == m.name) {
                    assert_eq!(
                        owner[&(d2.id.clone(), m2.range.start)],
                        k,
                        "{:?} in {} is not merged with its acronym {:?}",
                        m2.name,
                        d2.id,
                        m.name
                    );
                }
            }
        }
    }
    assert!(defined >= 5, "expected acronym definitions in the seeds, found {defined}");

    // 2. One organisation, named by acronym and by its full name, spans all five articles.
    let spanning = cast.iter().find(|e| {
        let docs: BTreeSet<&str> = e.mentions.iter().map(|m| m.doc.as_str()).collect();
        e.kind == EntityType::Org
            && docs.len() == 5
            && e.aliases.iter().any(|a| is_acronym(a))
            && name_key(&e.name).split(' ').count() >= 2
    });
    let org = spanning.unwrap_or_else(|| panic!("no organisation spans the five articles: {cast:#?}"));
    // Its spelling variants are folded into it: no other ORG entity has a key equal to one of its names.
    let keys: BTreeSet<String> = org.aliases.iter().chain([&org.name]).map(|n| name_key(n)).collect();
    for e in cast.iter().filter(|e| e.id != org.id) {
        assert!(!keys.contains(&name_key(&e.name)), "{:?} should be part of {:?}", e.name, org.name);
    }

    // 3. No person entity holds two different full names.
    for e in cast.iter().filter(|e| e.kind == EntityType::Person) {
        let full: BTreeSet<String> =
            e.aliases.iter().chain([&e.name]).map(|n| name_key(n)).filter(|k| k.split(' ').count() >= 2).collect();
        assert!(full.len() <= 1, "one person entity holds several full names: {:?}", e);
    }

    // 4. People, organisations and places are all found.
    let count = |k: &[EntityType]| cast.iter().filter(|e| k.contains(&e.kind)).count();
    let people = cast.iter().filter(|e| e.kind == EntityType::Person && name_key(&e.name).contains(' ')).count();
    assert!(people >= 8, "only {people} people named in full: {cast:#?}");
    assert!(count(&[EntityType::Org]) >= 8, "too few organisations: {cast:#?}");
    assert!(count(&[EntityType::Gpe, EntityType::Loc, EntityType::Fac]) >= 10, "too few places: {cast:#?}");
    // Labels are collected per source.
    assert!(cast.iter().filter(|e| !e.labels.is_empty()).count() >= 5);
}
