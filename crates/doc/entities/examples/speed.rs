//! CPU-time throughput of `recognize` on plain-text articles: every `.txt`
//! file under the given folders, repeated to at least 2 MB, one document
//! per file copy. CPU time of the thread is what counts on a shared
//! machine; wall time is printed beside it.
//!
//! ```text
//! cargo run --release -p dossier-entities --example speed -- examples/corpus/northshore
//! ```

use std::time::Instant;

use dossier_model::Document;

fn thread_cpu_seconds() -> f64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes one timespec through a valid pointer.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

fn main() {
    let mut texts = Vec::new();
    for dir in std::env::args().skip(1) {
        let mut paths: Vec<_> = std::fs::read_dir(&dir).expect("read dir").map(|e| e.expect("entry").path()).collect();
        paths.sort();
        for p in paths.into_iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
            texts.push(std::fs::read_to_string(p).expect("read"));
        }
    }
    if texts.is_empty() {
        eprintln!("usage: speed DIR...  (folders of .txt articles)");
        std::process::exit(2);
    }
    let mut docs = Vec::new();
    let mut bytes = 0;
    while bytes < 2_000_000 {
        for t in &texts {
            bytes += t.len();
            let d = Document::new(format!("d{}", docs.len()), "x", t.clone());
            let s = dossier_segment::segment(&d.text);
            docs.push((d, s));
        }
    }
    let _ = dossier_entities::recognize(&docs[0].0, &docs[0].1);
    let (mut best_cpu, mut best_wall) = (f64::INFINITY, f64::INFINITY);
    let mut mentions = 0;
    for _ in 0..5 {
        let (c, t) = (thread_cpu_seconds(), Instant::now());
        mentions = docs.iter().map(|(d, s)| dossier_entities::recognize(d, s).len()).sum::<usize>();
        best_cpu = best_cpu.min(thread_cpu_seconds() - c);
        best_wall = best_wall.min(t.elapsed().as_secs_f64());
    }
    println!(
        "{} documents, {bytes} bytes, {mentions} mentions: {:.1} MB/s CPU time ({:.3}s), {:.1} MB/s wall ({:.3}s), one thread",
        docs.len(),
        bytes as f64 / best_cpu / 1e6,
        best_cpu,
        bytes as f64 / best_wall / 1e6,
        best_wall
    );
}
