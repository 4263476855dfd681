//! Entity-level F1 of the full recogniser on a CoNLL-2003 file, and its speed.
//!
//! ```text
//! cargo run --release -p dossier-entities --example conll_eval -- $DOSSIER_SHARED/corpus/conll2003/valid.txt
//! ```
//! Prints a human summary on stderr and one JSON line on stdout (used by
//! `bench/ner/run.sh`). Each sentence is one document, its tokens joined
//! by single spaces; PER, ORG and LOC are scored (GPE, LOC, FAC count as
//! LOC), MISC is left out on both sides.

use std::time::Instant;

/// CPU time of this thread, in seconds: the machine is shared, so wall
/// time measures the other tenants as much as this code.
fn thread_cpu_seconds() -> f64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes one timespec through a valid pointer.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

use dossier_entities::conll::{evaluate, parse};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: conll_eval FILE.txt");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).expect("read CoNLL file");
    let sentences = parse(&text);
    // Warm up (lexicon and model are decoded on first use), then time the best of three runs.
    let _ = evaluate(&sentences[..sentences.len().min(50)]);
    let mut best = f64::INFINITY;
    let mut best_wall = f64::INFINITY;
    let mut report = None;
    for _ in 0..5 {
        let t = Instant::now();
        let c = thread_cpu_seconds();
        let r = evaluate(&sentences);
        best = best.min(thread_cpu_seconds() - c);
        best_wall = best_wall.min(t.elapsed().as_secs_f64());
        report = Some(r);
    }
    let r = report.expect("ran");
    for (name, s) in &r.per_class {
        eprintln!("{name:4} P {:.4} R {:.4} F1 {:.4} (gold {})", s.precision(), s.recall(), s.f1(), s.gold);
    }
    let o = &r.overall;
    eprintln!("all  P {:.4} R {:.4} F1 {:.4}", o.precision(), o.recall(), o.f1());
    eprintln!(
        "{} sentences, {} tokens, {} bytes in {:.3}s CPU ({:.3}s wall): {:.0} tokens/s, {:.2} MB/s (one thread, CPU time, includes scoring)",
        sentences.len(),
        r.tokens,
        r.bytes,
        best,
        best_wall,
        r.tokens as f64 / best,
        r.bytes as f64 / best / 1e6
    );
    println!(
        "{{\"system\":\"dossier\",\"precision\":{:.4},\"recall\":{:.4},\"f1\":{:.4},\"cpu_seconds\":{:.4},\"wall_seconds\":{:.4},\"tokens\":{},\"bytes\":{}}}",
        o.precision(),
        o.recall(),
        o.f1(),
        best,
        best_wall,
        r.tokens,
        r.bytes
    );
}
