//! Extraction quality floor on the article-extraction benchmark, scored as
//! its own `evaluate.py` scores (4-gram shingles of `\w+` tokens; per-page
//! tp/fp/fn normalised to sum 1; precision and recall averaged over pages;
//! F1 of the averages). Runs only when `DOSSIER_SHARED` is set.

use std::collections::HashMap;
use std::io::Read;

use dossier_ingest::html::{DefaultExtractor, Extractor};
use rayon::prelude::*;
use regex::Regex;

/// Measured 0.966 (BENCHMARKS.md); a regression below this fails.
const F1_FLOOR: f64 = 0.955;

fn shingles<'a>(text: &'a str, word: &Regex) -> HashMap<Vec<&'a str>, usize> {
    let tokens: Vec<&str> = word.find_iter(text).map(|m| m.as_str()).collect();
    let mut out = HashMap::new();
    let n = 4;
    for i in 0..tokens.len().saturating_sub(n - 1).max(1) {
        let s: Vec<&str> = tokens[i..(i + n).min(tokens.len())].to_vec();
        if !s.is_empty() {
            *out.entry(s).or_insert(0) += 1;
        }
    }
    out
}

/// One page's normalised true positives, false positives, false negatives.
type Counts = (f64, f64, f64);

fn tp_fp_fn(truth: &str, pred: &str, word: &Regex) -> Counts {
    let (t, p) = (shingles(truth, word), shingles(pred, word));
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for (k, &tc) in &t {
        let pc = p.get(k).copied().unwrap_or(0);
        tp += tc.min(pc) as f64;
        fn_ += tc.saturating_sub(pc) as f64;
    }
    for (k, &pc) in &p {
        fp += pc.saturating_sub(t.get(k).copied().unwrap_or(0)) as f64;
    }
    let s = tp + fp + fn_;
    if s > 0.0 { (tp / s, fp / s, fn_ / s) } else { (0.0, 0.0, 0.0) }
}

#[test]
fn extraction_f1_stays_above_floor() {
    let Some(dir) = dossier_testdata::shared_path("corpus/article-extraction-benchmark", "the extraction benchmark")
    else {
        return;
    };
    let truth: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("ground-truth.json")).expect("ground-truth.json")).unwrap();
    let truth = truth.as_object().unwrap();
    assert!(truth.len() > 100);
    // Python's \w is Unicode-aware, as is regex's.
    let word = Regex::new(r"\w+").unwrap();
    let keys: Vec<&String> = truth.keys().collect();
    let scores: Vec<Counts> = keys
        .par_iter()
        .map(|key| {
            let path = dir.join("html").join(format!("{key}.html.gz"));
            let mut bytes = Vec::new();
            flate2::read::GzDecoder::new(std::fs::File::open(&path).expect("page")).read_to_end(&mut bytes).unwrap();
            let html = dossier_ingest::decode::decode_html(&bytes).0;
            let body = DefaultExtractor.extract(&html).map(|e| e.body).unwrap_or_default();
            let want = truth[key.as_str()]["articleBody"].as_str().unwrap_or("");
            tp_fp_fn(want, &body, &word)
        })
        .collect();
    let mean = |f: &dyn Fn(&Counts) -> Option<f64>| {
        let v: Vec<f64> = scores.iter().filter_map(f).collect();
        v.iter().sum::<f64>() / v.len() as f64
    };
    let score = |a: f64, b: f64, c: f64| {
        if b == 0.0 && c == 0.0 {
            1.0
        } else if a == 0.0 && b == 0.0 {
            0.0
        } else {
            a / (a + b)
        }
    };
    let precision = mean(&|&(tp, fp, fn_)| (tp + fp > 0.0).then(|| score(tp, fp, fn_)));
    let recall = mean(&|&(tp, fp, fn_)| (tp + fn_ > 0.0).then(|| score(tp, fn_, fp)));
    let f1 = 2.0 * precision * recall / (precision + recall);
    eprintln!("extraction on {} pages: F1 {f1:.3}, precision {precision:.3}, recall {recall:.3}", scores.len());
    assert!(f1 >= F1_FLOOR, "extraction F1 {f1:.3} fell below the floor {F1_FLOOR}");
}
