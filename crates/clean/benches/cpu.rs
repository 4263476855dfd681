//! Single-thread throughput of clean and segment measured in CPU time.
//!
//! `RAYON_NUM_THREADS=1 cargo bench -p dossier-clean --bench cpu`
//! (one thread), or without the variable for the pool's default.
//!
//! Criterion measures wall time, which on a shared machine mostly measures
//! the other jobs. This bench runs the same invented corpus as
//! `throughput.rs` through [`dossier_clean::clean`] and then
//! [`dossier_segment::segment`] ten times each and divides the bytes by the
//! process's CPU time (user + system, from `/proc/self/stat`, Linux only),
//! which stays meaningful when cores are shared. It prints both figures.
//! The last line, `front`, reads the corpus from files, cleans and segments
//! it in parallel, as the pipeline's first stages do.

#[path = "support/news.rs"]
mod news;

use dossier_model::{RawDocument, SourceFormat};

/// CPU seconds used by this process so far (Linux; 0 elsewhere).
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else { return 0.0 };
    let fields: Vec<&str> = stat.rsplit(')').next().unwrap_or("").split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok()).unwrap_or(0.0);
    // utime and stime, in clock ticks of 1/100 s on Linux.
    (ticks(11) + ticks(12)) / 100.0
}

fn report(what: &str, bytes: usize, wall: std::time::Duration, cpu: f64) {
    let mb = bytes as f64 / 1e6;
    println!("{what:<8} {:>8.1} MB/s wall  {:>8.1} MB/s cpu", mb / wall.as_secs_f64(), mb / cpu.max(1e-9));
}

fn main() {
    // `cargo bench` passes `--bench`; any other argument filters nothing here.
    const ROUNDS: usize = 10;
    let corpus = news::corpus(3000);
    let bytes: usize = corpus.iter().map(|(_, t)| t.len()).sum();
    let raws: Vec<RawDocument> = corpus
        .iter()
        .enumerate()
        .map(|(i, (outlet, text))| {
            let mut r = RawDocument::new(format!("d{i}"), format!("d{i}.txt"), SourceFormat::Txt, text.clone());
            r.outlet = Some(outlet.clone());
            r
        })
        .collect();
    println!("corpus: {} documents, {:.1} MB, {ROUNDS} rounds", raws.len(), bytes as f64 / 1e6);

    let copies: Vec<Vec<RawDocument>> = (0..ROUNDS).map(|_| raws.clone()).collect();
    let (cpu, wall) = (cpu_seconds(), std::time::Instant::now());
    let mut docs = Vec::new();
    for copy in copies {
        docs = dossier_clean::clean(copy);
        assert!(docs.iter().all(|d| !d.removed.is_empty()));
    }
    report("clean", bytes * ROUNDS, wall.elapsed(), cpu_seconds() - cpu);

    let text_bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let (cpu, wall) = (cpu_seconds(), std::time::Instant::now());
    let mut sentences = 0;
    for _ in 0..ROUNDS {
        for d in &docs {
            sentences += dossier_segment::segment(&d.text).sentences.len();
        }
    }
    assert!(sentences > docs.len() * ROUNDS);
    report("segment", text_bytes * ROUNDS, wall.elapsed(), cpu_seconds() - cpu);

    // The whole front on files, in parallel as the pipeline runs it: read
    // each `.txt` (read, UTF-8 check, headline line as title), clean, then
    // segment every document.
    let dir = std::env::temp_dir().join(format!("dossier-clean-cpu-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let paths: Vec<std::path::PathBuf> = corpus
        .iter()
        .enumerate()
        .map(|(i, (_, text))| {
            let p = dir.join(format!("{i:05}.txt"));
            std::fs::write(&p, text).expect("write bench file");
            p
        })
        .collect();
    let (cpu, wall) = (cpu_seconds(), std::time::Instant::now());
    for _ in 0..ROUNDS {
        use rayon::prelude::*;
        let raws: Vec<RawDocument> = paths.par_iter().map(|p| read_txt(p)).collect();
        let docs = dossier_clean::clean(raws);
        let segs: Vec<_> = docs.par_iter().map(|d| dossier_segment::segment(&d.text)).collect();
        assert_eq!(segs.len(), paths.len());
    }
    report("front", bytes * ROUNDS, wall.elapsed(), cpu_seconds() - cpu);
    std::fs::remove_dir_all(&dir).ok();
}

/// The `.txt` rule of ingest: the first line is the title when it reads as
/// a headline (short, no closing period).
fn read_txt(path: &std::path::Path) -> RawDocument {
    let text = String::from_utf8(std::fs::read(path).expect("bench file")).expect("utf-8");
    let id = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
    let mut raw = RawDocument::new(id, path.display().to_string(), SourceFormat::Txt, String::new());
    match text.split_once('\n') {
        Some((first, rest)) if first.split(' ').count() <= 20 && !first.trim_end().ends_with('.') => {
            raw.title = Some(first.trim().to_string());
            raw.body = rest.to_string();
        }
        _ => raw.body = text,
    }
    raw
}
