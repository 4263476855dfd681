//! CPU-time throughput of the claims analysis, for machines where wall
//! time lies (a shared machine under load): runs the same work as the
//! `claims` criterion bench and divides bytes by the thread's own CPU time
//! (`/proc/thread-self/schedstat`, nanoseconds on the CPU).
//!
//! `cargo run --release -p dossier-conflicts --example throughput -- [ROUNDS]`

use std::time::Instant;

use dossier_model::Document;

fn cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

fn main() {
    let rounds: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(10);
    let text = include_str!("../benches/news.txt");
    let copies = (1 << 20) / text.len() + 1;
    let docs: Vec<Document> =
        (0..copies).map(|i| Document::new(format!("d{i}"), "news.txt", text.to_string())).collect();
    let segs: Vec<_> = docs.iter().map(|d| dossier_segment::segment(&d.text)).collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let stages: [(&str, &dyn Fn() -> usize); 2] = [
        ("quantities", &|| docs.iter().zip(&segs).map(|(d, s)| dossier_quantities::extract(d, s).len()).sum()),
        ("quantities+attribution+claims+conflicts", &|| {
            let mut all = Vec::new();
            for (d, s) in docs.iter().zip(&segs) {
                let q = dossier_quantities::extract(d, s);
                let a = dossier_attribution::attribute(d, s);
                all.extend(dossier_attribution::claims(d, s, &q, &a, &Default::default()));
            }
            for (i, c) in all.iter_mut().enumerate() {
                c.id = format!("c{}", i + 1);
            }
            dossier_conflicts::find(&all).len() + all.len()
        }),
    ];
    for (name, f) in stages {
        assert!(f() > 0);
        let (c0, w0) = (cpu_ns(), Instant::now());
        for _ in 0..rounds {
            assert!(f() > 0);
        }
        let wall = w0.elapsed().as_secs_f64();
        let mb = (bytes * rounds) as f64 / (1 << 20) as f64;
        match (c0, cpu_ns()) {
            (Some(a), Some(b)) => {
                let cpu = (b - a) as f64 / 1e9;
                println!("{name}: {mb:.1} MiB in {cpu:.3} s CPU ({:.1} MiB/s per core), {wall:.3} s wall", mb / cpu);
            }
            _ => println!("{name}: {mb:.1} MiB in {wall:.3} s wall ({:.1} MiB/s)", mb / wall),
        }
    }
}
