//! Speed of `recognize` on news text: the invented example articles of
//! `examples/corpus/northshore` (plain text), repeated to about 1 MB and cut into
//! documents of article size. Throughput is bytes of document text.
//!
//! ```text
//! cargo bench -p dossier-entities --bench recognize
//! ```

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dossier_model::Document;

fn corpus() -> Vec<(Document, dossier_model::Segments)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../examples/corpus/northshore");
    let mut texts: Vec<String> = std::fs::read_dir(dir)
        .expect("examples/corpus/northshore")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| std::fs::read_to_string(p).expect("read"))
        .collect();
    texts.sort();
    let mut docs = Vec::new();
    let mut total = 0;
    while total < 1_000_000 {
        for t in &texts {
            let d = Document::new(format!("d{}", docs.len()), "x", t.clone());
            total += t.len();
            let s = dossier_segment::segment(&d.text);
            docs.push((d, s));
        }
    }
    docs
}

fn bench(c: &mut Criterion) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(|(d, _)| d.text.len()).sum();
    // Decode the model and the lexicon before timing.
    let _ = dossier_entities::recognize(&docs[0].0, &docs[0].1);
    let mut g = c.benchmark_group("entities");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("recognize_1MB_news", |b| {
        b.iter(|| docs.iter().map(|(d, s)| dossier_entities::recognize(d, s).len()).sum::<usize>())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
