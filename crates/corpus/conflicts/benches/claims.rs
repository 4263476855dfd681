//! Throughput of the claims analysis: quantities, attribution, claims and
//! conflicts over 1 MB of invented news (`news.txt`, repeated as separate
//! documents). `cargo bench -p dossier-conflicts --bench claims`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dossier_model::Document;

fn corpus() -> Vec<Document> {
    let text = include_str!("news.txt");
    let copies = (1 << 20) / text.len() + 1;
    (0..copies).map(|i| Document::new(format!("d{i}"), "news.txt", text.to_string())).collect()
}

fn claims(c: &mut Criterion) {
    let docs = corpus();
    let segs: Vec<_> = docs.iter().map(|d| dossier_segment::segment(&d.text)).collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut g = c.benchmark_group("claims");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("quantities+attribution+claims+conflicts/1MB", |b| {
        b.iter(|| {
            let mut all = Vec::new();
            for (d, s) in docs.iter().zip(&segs) {
                let q = dossier_quantities::extract(d, s);
                let a = dossier_attribution::attribute(d, s);
                all.extend(dossier_attribution::claims(d, s, &q, &a, &Default::default()));
            }
            for (i, c) in all.iter_mut().enumerate() {
                c.id = format!("c{}", i + 1);
            }
            let k = dossier_conflicts::find(&all);
            assert!(all.len() >= 10 * docs.len() && !k.is_empty());
            k.len()
        })
    });
    g.bench_function("quantities/1MB", |b| {
        b.iter(|| {
            let n: usize = docs.iter().zip(&segs).map(|(d, s)| dossier_quantities::extract(d, s).len()).sum();
            assert!(n >= 15 * docs.len());
            n
        })
    });
    g.finish();
}

criterion_group!(benches, claims);
criterion_main!(benches);
