//! Runs each candidate HTML extractor over the article-extraction benchmark
//! pages and writes `OUT/<name>.json` in the form the benchmark's
//! `evaluate.py` reads (`{"version": ..., "output": {key: {"articleBody": ...}}}`),
//! plus the single-thread pages/second of each on stdout.
//!
//! Usage: `extraction-bench CORPUS_DIR OUT_DIR [NAME...]`
//! (names: ours, dom_smoothie, dom_smoothie_formatted, rs_trafilatura, trafilatura_rs, readabilityrs).
//! Pages are read, un-gzipped and decoded before the clock starts, so the
//! figure is extraction alone, as in the Python side of `compare.py`.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;
use std::time::Instant;

type ExtractFn = fn(&str) -> String;

fn ours(html: &str) -> String {
    use dossier_ingest::html::Extractor;
    dossier_ingest::html::DefaultExtractor.extract(html).map(|e| e.body).unwrap_or_default()
}

fn dom_smoothie_raw(html: &str) -> String {
    dom_smoothie_mode(html, dom_smoothie::TextMode::Raw)
}

fn dom_smoothie_formatted(html: &str) -> String {
    dom_smoothie_mode(html, dom_smoothie::TextMode::Formatted)
}

fn dom_smoothie_mode(html: &str, text_mode: dom_smoothie::TextMode) -> String {
    let cfg = dom_smoothie::Config { text_mode, ..Default::default() };
    match dom_smoothie::Readability::new(html, None, Some(cfg)) {
        Ok(mut r) => r.parse().map(|a| a.text_content.to_string()).unwrap_or_default(),
        Err(_) => String::new(),
    }
}

fn rs_trafilatura(html: &str) -> String {
    rs_trafilatura::extract(html).map(|r| r.content_text).unwrap_or_default()
}

fn trafilatura_rs(html: &str) -> String {
    trafilatura::extract(html, &trafilatura::Options::default()).map(|r| r.content_text).unwrap_or_default()
}

fn readabilityrs(html: &str) -> String {
    match readabilityrs::Readability::new(html, None, None) {
        Ok(r) => r.parse().and_then(|a| a.text_content).unwrap_or_default(),
        Err(_) => String::new(),
    }
}

const ALL: &[(&str, ExtractFn)] = &[
    ("ours", ours),
    ("dom_smoothie", dom_smoothie_raw),
    ("dom_smoothie_formatted", dom_smoothie_formatted),
    ("rs_trafilatura", rs_trafilatura),
    ("trafilatura_rs", trafilatura_rs),
    ("readabilityrs", readabilityrs),
];

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: extraction-bench CORPUS_DIR OUT_DIR [NAME...]");
        std::process::exit(2);
    }
    let corpus = Path::new(&args[1]);
    let out = Path::new(&args[2]);
    std::fs::create_dir_all(out).expect("create output dir");
    let wanted: Vec<&str> = args[3..].iter().map(String::as_str).collect();

    let mut pages: Vec<(String, String)> = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(corpus.join("html")).expect("read html dir").flatten().collect();
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let p = e.path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        let Some(key) = name.strip_suffix(".html.gz") else { continue };
        let mut bytes = Vec::new();
        flate2::read::GzDecoder::new(std::fs::File::open(&p).unwrap()).read_to_end(&mut bytes).unwrap();
        let html = dossier_ingest::decode::decode_html(&bytes).0;
        pages.push((key.to_string(), html));
    }
    let mb: f64 = pages.iter().map(|(_, h)| h.len() as f64).sum::<f64>() / 1e6;
    println!("{} pages, {:.1} MB of HTML", pages.len(), mb);

    for &(name, f) in ALL {
        if !wanted.is_empty() && !wanted.contains(&name) {
            continue;
        }
        let t = Instant::now();
        let mut output = BTreeMap::new();
        for (key, html) in &pages {
            let body = f(html);
            output.insert(key.clone(), serde_json::json!({ "articleBody": body }));
        }
        let secs = t.elapsed().as_secs_f64();
        println!("{name:<24} {:>8.1} pages/s  ({:.2} s)", pages.len() as f64 / secs, secs);
        let json = serde_json::json!({ "version": name, "output": output });
        std::fs::write(out.join(format!("{name}.json")), serde_json::to_string(&json).unwrap()).unwrap();
    }
}
