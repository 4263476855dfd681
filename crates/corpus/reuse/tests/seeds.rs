//! The reuse analysis on the five seed articles (`$DOSSIER_SHARED/corpus/seeds`).
//!
//! Documents are built here by the simplest means (every non-empty line a
//! paragraph, no cleaning), so the test depends on no other stage. The
//! oracle is independent of the analysis: two paragraphs of different
//! articles "recur" when at least half of the word pairs (bigrams) of the
//! shorter one (12 words or more) also occur in the other. Every such pair
//! must be linked by a passage, and in every passage, the shorter of an
//! occurrence and the canonical text must have at least 60% of its distinct
//! words in the other (order aside: a sentence split in two and reordered is
//! still the same text), so that nothing unrelated is linked. Skipped when
//! `DOSSIER_SHARED` is unset.

use std::path::PathBuf;

use dossier_model::{Document, Segments, TextRange};
use dossier_reuse::{ReuseOptions, analyze};

/// Lowercased words (letters and digits).
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// Share of the shorter text's word bigrams that occur in the other.
fn bigram_containment(a: &str, b: &str) -> f64 {
    let (wa, wb) = (words(a), words(b));
    let (short, long) = if wa.len() <= wb.len() { (wa, wb) } else { (wb, wa) };
    if short.len() < 2 {
        return 0.0;
    }
    let other: std::collections::HashSet<(&String, &String)> = long.windows(2).map(|w| (&w[0], &w[1])).collect();
    let hits = short.windows(2).filter(|w| other.contains(&(&w[0], &w[1]))).count();
    hits as f64 / (short.len() - 1) as f64
}

/// Share of the shorter text's distinct words found in the other.
fn vocabulary_containment(a: &str, b: &str) -> f64 {
    let (wa, wb) = (words(a), words(b));
    let (short, long) = if wa.len() <= wb.len() { (wa, wb) } else { (wb, wa) };
    let short: std::collections::HashSet<&String> = short.iter().collect();
    let long: std::collections::HashSet<&String> = long.iter().collect();
    if short.is_empty() { 0.0 } else { short.iter().filter(|w| long.contains(*w)).count() as f64 / short.len() as f64 }
}

fn load() -> Option<(Vec<Document>, Vec<Segments>)> {
    let files: Vec<PathBuf> = dossier_testdata::seed_files("the seeds reuse test")?;
    assert_eq!(files.len(), 5, "five seed articles expected");
    let mut docs = Vec::new();
    let mut segs = Vec::new();
    for f in files {
        let raw = std::fs::read_to_string(&f).unwrap();
        let lines: Vec<&str> = raw.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        let text = lines.join("\n\n");
        let mut paragraphs = Vec::new();
        let mut pos = 0;
        for l in &lines {
            paragraphs.push(TextRange::new(pos, pos + l.len()));
            pos += l.len() + 2;
        }
        let id = f.file_stem().unwrap().to_string_lossy().to_string();
        docs.push(Document::new(id, f.display().to_string(), text));
        segs.push(Segments { paragraphs, sentences: Vec::new() });
    }
    Some((docs, segs))
}

#[test]
fn every_recurring_paragraph_is_found_and_nothing_unrelated_is_linked() {
    let Some((docs, segs)) = load() else { return };
    let reuse = analyze(&docs, &segs, &ReuseOptions::default());

    // Which documents' paragraphs each passage links.
    let linked = |a: usize, pa: TextRange, b: usize, pb: TextRange| {
        reuse.passages.iter().any(|p| {
            let hit = |d: usize, r: TextRange| {
                p.occurrences.iter().any(|o| o.span.doc == docs[d].id && o.span.range().overlaps(&r))
            };
            hit(a, pa) && hit(b, pb)
        })
    };
    let mut recurring = 0;
    let mut missed = Vec::new();
    for a in 0..docs.len() {
        for b in a + 1..docs.len() {
            for &pa in &segs[a].paragraphs {
                for &pb in &segs[b].paragraphs {
                    let (ta, tb) = (pa.slice(&docs[a].text), pb.slice(&docs[b].text));
                    if words(ta).len().min(words(tb).len()) < 12 {
                        continue;
                    }
                    let c = bigram_containment(ta, tb);
                    if c >= 0.5 {
                        recurring += 1;
                        if !linked(a, pa, b, pb) {
                            missed.push(format!("{} {:?} ~ {} {:?} ({c:.2})", docs[a].id, pa, docs[b].id, pb));
                        }
                    }
                }
            }
        }
    }
    eprintln!("{recurring} recurring paragraph pairs, {} passages", reuse.passages.len());
    assert!(recurring >= 10, "the seeds share many paragraphs; found only {recurring}");
    assert!(missed.is_empty(), "recurring paragraphs not linked:\n{}", missed.join("\n"));

    for p in &reuse.passages {
        for o in &p.occurrences[1..] {
            let c = vocabulary_containment(&p.text, &o.span.text);
            assert!(c >= 0.6, "{} links unrelated text in {} ({c:.2})", p.id, o.span.doc);
        }
    }
    // The later copies of the shared background carry little that is new.
    let min_new = reuse.novelty.iter().map(|n| n.new_fraction).fold(1.0, f64::min);
    assert!(min_new < 0.5, "one article recycles most of another: lowest new fraction {min_new}");
}
