//! The hot path of the reuse analysis: tokenizing, fingerprinting, aligning
//! one pair of articles, and a whole small corpus, on invented text.
//!
//! Run: `cargo bench -p dossier-reuse --bench hot_path`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dossier_model::{Document, Segments};
use dossier_reuse::align::{AlignParams, SeedTable, Side, align};
use dossier_reuse::{ReuseOptions, analyze, index, text};

const SYLLABLES: &[&str] = &[
    "bra", "tol", "mer", "quil", "san", "vey", "op", "trask", "lun", "grem", "hol", "pyr", "cad", "orm", "fel", "yar",
    "bis", "nar", "tam", "krel", "do", "wyk", "pel", "sor", "am", "duin", "gar", "lis", "mot", "rhen", "sul", "tib",
];
const FUNCTION: &[&str] = &["the", "of", "and", "to", "a", "in", "that", "said", "on", "for", "was", "with"];

/// Deterministic invented prose: `words` words, sentences of about 20.
fn prose(seed: u64, words: usize) -> String {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut out = String::new();
    for i in 0..words {
        let r = next();
        if r % 10 < 4 {
            out.push_str(FUNCTION[(r >> 8) as usize % FUNCTION.len()]);
        } else {
            for k in 0..1 + (r >> 20) % 3 {
                out.push_str(SYLLABLES[(r >> (24 + 5 * k)) as usize % SYLLABLES.len()]);
            }
        }
        out.push_str(if i % 20 == 19 { ". " } else { " " });
    }
    out
}

/// `src` with every seventh word replaced: a light edit.
fn edited(src: &str) -> String {
    src.split(' ').enumerate().map(|(i, w)| if i % 7 == 3 { "zorvan" } else { w }).collect::<Vec<_>>().join(" ")
}

fn hot_path(c: &mut Criterion) {
    let article = prose(1, 600);
    let long = prose(2, 20_000);
    let mut g = c.benchmark_group("reuse");

    g.throughput(Throughput::Bytes(long.len() as u64));
    g.bench_function("words/120KB", |b| b.iter(|| text::words(&long).len()));
    let ids: Vec<u32> = text::words(&long).iter().map(|w| w.id).collect();
    g.bench_function("fingerprints/120KB", |b| {
        let mut scratch = Vec::new();
        b.iter(|| index::fingerprints(&ids, 4, 4, &mut scratch).len())
    });

    // One pair: a 600-word article against a copy that recycles its second
    // half with light edits.
    let half = article.len() / 2;
    let copy = format!("{} {}", prose(3, 300), edited(&article[half..]));
    let x: Vec<u32> = text::words(&article).iter().map(|w| w.id).collect();
    let y: Vec<u32> = text::words(&copy).iter().map(|w| w.id).collect();
    let params = AlignParams { seed_ngram: 3, max_gap: 12, min_words: 12, min_similarity: 0.5 };
    g.throughput(Throughput::Bytes((article.len() + copy.len()) as u64));
    g.bench_function("align_pair/600_words", |b| {
        b.iter(|| {
            let table = SeedTable::new(&y, 3);
            align(&Side { ids: &x, ends: &[] }, &Side { ids: &y, ends: &[] }, &table, &params).len()
        })
    });

    // A small corpus: 200 articles in 20 stories, each story recycling two
    // background paragraphs.
    let docs: Vec<Document> = (0..200u64)
        .map(|i| {
            let story = i % 20;
            let background = format!("{}\n\n{}", prose(1000 + story, 60), prose(2000 + story, 45));
            let body = if i % 3 == 0 { edited(&background) } else { background };
            Document::new(
                format!("d{i}"),
                format!("d{i}.txt"),
                format!("{}\n\n{body}\n\n{}", prose(i, 300), prose(i + 500, 200)),
            )
        })
        .collect();
    let segs = vec![Segments::default(); docs.len()];
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(20);
    g.bench_function("analyze/200_docs", |b| b.iter(|| analyze(&docs, &segs, &ReuseOptions::default()).passages.len()));
    g.finish();
}

criterion_group!(benches, hot_path);
criterion_main!(benches);
