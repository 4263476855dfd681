//! Runs the reuse analysis alone on a generated corpus and scores it.
//!
//! Usage: `reuse-score DIR [--no-score] [--alignments] [--dups-out FILE] [--min-words N]`
//!
//! Loads `DIR/manifest.json` and `DIR/docs/*`, builds documents with their
//! publication dates (no cleaning or segmentation: sentences come from the
//! analysis' own fallback splitter, so gold offsets stay exact), times
//! `dossier_reuse::analyze`, and prints one JSON object: time, peak memory,
//! counts, and unless `--no-score` the PAN measures of the passages against
//! the gold passages, overall and per edit level, plus near-duplicate
//! precision and recall. With `--alignments` the raw pairwise alignments
//! are scored too.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;
use std::time::Instant;

use dossier_model::{DateSource, Document, Segments};
use dossier_reuse::{ReuseOptions, analyze};
use reuse_bench::pan::{self, Pair, Scores};
use reuse_bench::{cpu_seconds, load, peak_rss_mib};
use serde_json::json;

fn scores_json(s: &Scores) -> serde_json::Value {
    json!({
        "precision": round(s.precision), "recall": round(s.recall), "granularity": round(s.granularity),
        "plagdet": round(s.plagdet), "cases": s.cases, "detections": s.detections,
    })
}

fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

fn main() {
    let mut dir: Option<PathBuf> = None;
    let mut score = true;
    let mut alignments = false;
    let mut dups_out: Option<PathBuf> = None;
    let mut opts = ReuseOptions::default();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--no-score" => score = false,
            "--alignments" => alignments = true,
            "--dups-out" => dups_out = args.next().map(PathBuf::from),
            "--min-words" => opts.min_words = args.next().and_then(|v| v.parse().ok()).expect("--min-words N"),
            "--min-similarity" => {
                opts.min_similarity = args.next().and_then(|v| v.parse().ok()).expect("--min-similarity X")
            }
            "--ngram" => opts.fingerprint_ngram = args.next().and_then(|v| v.parse().ok()).expect("--ngram N"),
            "--window" => opts.winnow_window = args.next().and_then(|v| v.parse().ok()).expect("--window N"),
            "--min-shared" => {
                opts.min_shared_fingerprints = args.next().and_then(|v| v.parse().ok()).expect("--min-shared N")
            }
            _ if dir.is_none() && !a.starts_with("--") => dir = Some(PathBuf::from(a)),
            _ => {
                eprintln!("usage: reuse-score DIR [--no-score] [--alignments] [--dups-out FILE] [--min-words N]");
                std::process::exit(2);
            }
        }
    }
    opts.keep_alignments = alignments;
    let dir = dir.expect("corpus directory");
    let t = Instant::now();
    let (manifest, texts) = load(&dir).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(1)
    });
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let docs: Vec<Document> = manifest
        .docs
        .iter()
        .zip(texts)
        .map(|(m, text)| {
            let mut d = Document::new(m.id.clone(), m.file.clone(), text);
            d.published.value = Some(m.published.clone());
            d.published.source = Some(DateSource::Metadata);
            d
        })
        .collect();
    let load_secs = t.elapsed().as_secs_f64();
    let rss_loaded = peak_rss_mib();
    let segs = vec![Segments::default(); docs.len()];
    let t = Instant::now();
    let cpu0 = cpu_seconds();
    let reuse = analyze(&docs, &segs, &opts);
    let secs = t.elapsed().as_secs_f64();
    let cpu = cpu_seconds().zip(cpu0).map(|(b, a)| b - a);
    let rss_after = peak_rss_mib();

    let index: HashMap<&str, usize> = docs.iter().enumerate().map(|(i, d)| (d.id.as_str(), i)).collect();
    let mut out = json!({
        "corpus": dir.display().to_string(),
        "documents": docs.len(),
        "megabytes": round(bytes as f64 / 1048576.0),
        "threads": rayon_threads(),
        "load_seconds": round(load_secs),
        "analyze_seconds": round(secs),
        "mb_per_second": round(bytes as f64 / 1048576.0 / secs),
        "analyze_cpu_seconds": cpu.map(round),
        "load_average_1min": std::fs::read_to_string("/proc/loadavg").ok().and_then(|l| l.split(' ').next().map(String::from)),
        "peak_rss_mib_after_load": rss_loaded.map(round),
        "peak_rss_mib": rss_after.map(round),
        "passages": reuse.passages.len(),
        "occurrences": reuse.passages.iter().map(|p| p.occurrences.len()).sum::<usize>(),
        "duplicate_groups": reuse.duplicate_groups.len(),
        "stats": {
            "words": reuse.stats.words, "exact_copies": reuse.stats.exact_copies,
            "fingerprints": reuse.stats.fingerprints, "pairs_aligned": reuse.stats.pairs_aligned,
            "blocks": reuse.stats.blocks,
        },
        "mean_new_fraction": round(reuse.novelty.iter().map(|n| n.new_fraction).sum::<f64>() / docs.len().max(1) as f64),
    });

    // Near-duplicate pairs found, for the datasketch comparison.
    let mut found_pairs: BTreeSet<(usize, usize)> = BTreeSet::new();
    for g in &reuse.duplicate_groups {
        for (i, &a) in g.iter().enumerate() {
            for &b in &g[i + 1..] {
                found_pairs.insert((a.min(b), a.max(b)));
            }
        }
    }
    if let Some(path) = &dups_out {
        let lines: Vec<String> = found_pairs.iter().map(|&(a, b)| format!("{}\t{}", docs[a].id, docs[b].id)).collect();
        std::fs::write(path, lines.join("\n") + "\n").expect("write pairs");
    }

    if score && !manifest.passages.is_empty() {
        // Gold cases: every pair of occurrences of a gold passage in two
        // documents, oriented later -> earlier; category = the larger edit level.
        let mut cases: Vec<(u8, Pair)> = Vec::new();
        for p in &manifest.passages {
            for (i, a) in p.occurrences.iter().enumerate() {
                for b in &p.occurrences[i + 1..] {
                    if a.doc == b.doc {
                        continue;
                    }
                    let (early, late) = if a.doc < b.doc { (a, b) } else { (b, a) };
                    cases.push((
                        a.edit.max(b.edit),
                        Pair {
                            this_doc: late.doc,
                            this: (late.start, late.end),
                            source_doc: early.doc,
                            source: (early.start, early.end),
                        },
                    ));
                }
            }
        }
        let mut dets = Vec::new();
        for p in &reuse.passages {
            for (i, a) in p.occurrences.iter().enumerate() {
                for b in &p.occurrences[i + 1..] {
                    let (da, db) = (index[a.span.doc.as_str()], index[b.span.doc.as_str()]);
                    if da == db {
                        continue;
                    }
                    let (early, late, de, dl) = if da < db { (a, b, da, db) } else { (b, a, db, da) };
                    dets.push(Pair {
                        this_doc: dl,
                        this: (late.span.start, late.span.end),
                        source_doc: de,
                        source: (early.span.start, early.span.end),
                    });
                }
            }
        }
        let dets = pan::merge_adjacent(dets, 4);
        let all: Vec<Pair> = cases.iter().map(|c| c.1).collect();
        let mut by_level = BTreeMap::new();
        for (lvl, name) in [(0u8, "verbatim"), (1, "light"), (2, "heavy")] {
            let cs: Vec<Pair> = cases.iter().filter(|c| c.0 == lvl).map(|c| c.1).collect();
            if cs.is_empty() {
                continue;
            }
            // Per level: its cases against the detections in the document
            // pairs those cases are in, so that other levels' detections do
            // not count against it.
            let pairs: BTreeSet<(usize, usize)> = cs.iter().map(|c| (c.this_doc, c.source_doc)).collect();
            let other: BTreeSet<(usize, usize)> = cases
                .iter()
                .filter(|c| c.0 != lvl)
                .map(|c| (c.1.this_doc, c.1.source_doc))
                .filter(|p| pairs.contains(p))
                .collect();
            let ds: Vec<Pair> = dets
                .iter()
                .filter(|d| pairs.contains(&(d.this_doc, d.source_doc)) && !other.contains(&(d.this_doc, d.source_doc)))
                .copied()
                .collect();
            let cs_only: Vec<Pair> =
                cs.iter().filter(|c| !other.contains(&(c.this_doc, c.source_doc))).copied().collect();
            if cs_only.is_empty() {
                continue;
            }
            by_level.insert(name, scores_json(&pan::score(&cs_only, &ds)));
        }
        let unrelated: Vec<&Pair> = dets.iter().filter(|d| !all.iter().any(|c| c.overlaps(d))).collect();
        if let Ok(n) = std::env::var("REUSE_SHOW_UNRELATED") {
            for d in unrelated.iter().take(n.parse().unwrap_or(5)) {
                eprintln!(
                    "UNRELATED {} <- {}\n  this:   {:?}\n  source: {:?}",
                    docs[d.this_doc].id,
                    docs[d.source_doc].id,
                    &docs[d.this_doc].text[d.this.0..d.this.1],
                    &docs[d.source_doc].text[d.source.0..d.source.1]
                );
            }
        }
        let unrelated = unrelated.len();
        out["pan_passages"] = scores_json(&pan::score(&all, &dets));
        if let Ok(n) = std::env::var("REUSE_SHOW_MISSES") {
            let n: usize = n.parse().unwrap_or(5);
            let mut shown = 0;
            for c in &all {
                if shown >= n {
                    break;
                }
                if !dets.iter().any(|d| c.overlaps(d)) {
                    shown += 1;
                    eprintln!(
                        "MISSED {} <- {}\n  this:   {:?}\n  source: {:?}",
                        docs[c.this_doc].id,
                        docs[c.source_doc].id,
                        &docs[c.this_doc].text[c.this.0..c.this.1],
                        &docs[c.source_doc].text[c.source.0..c.source.1]
                    );
                }
            }
        }
        out["pan_passages_by_edit_level"] = json!(by_level);
        out["detections_overlapping_no_gold_case"] = json!(unrelated);
        if alignments {
            let adets: Vec<Pair> = reuse
                .alignments
                .iter()
                .map(|a| Pair {
                    this_doc: a.target,
                    this: (a.target_range.start, a.target_range.end),
                    source_doc: a.source,
                    source: (a.source_range.start, a.source_range.end),
                })
                .collect();
            out["pan_alignments"] = scores_json(&pan::score(&all, &pan::merge_adjacent(adets, 4)));
        }
        // Near-duplicates, pairwise.
        let mut gold_pairs: BTreeSet<(usize, usize)> = BTreeSet::new();
        for g in &manifest.duplicate_groups {
            for (i, &a) in g.iter().enumerate() {
                for &b in &g[i + 1..] {
                    gold_pairs.insert((a.min(b), a.max(b)));
                }
            }
        }
        let hit = found_pairs.intersection(&gold_pairs).count();
        out["near_duplicates"] = json!({
            "gold_pairs": gold_pairs.len(), "found_pairs": found_pairs.len(), "correct": hit,
            "precision": round(hit as f64 / found_pairs.len().max(1) as f64),
            "recall": round(hit as f64 / gold_pairs.len().max(1) as f64),
        });
    }
    println!("{}", serde_json::to_string_pretty(&out).unwrap());
}

fn rayon_threads() -> usize {
    std::env::var("RAYON_NUM_THREADS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1))
}
