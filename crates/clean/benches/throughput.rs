//! Throughput of the front of the pipeline on plain text: reading `.txt`
//! files, cleaning and segmenting, in MB/s of input.
//!
//! `cargo bench -p dossier-clean --bench throughput`
//!
//! The corpus is invented (see `support/news.rs`): 3,000 articles, about 13 MB.
//! Groups:
//! - `front/clean`: [`dossier_clean::clean`] on documents already in memory;
//! - `front/segment`: [`dossier_segment::segment`] over the cleaned texts,
//!   in parallel over documents as the pipeline runs it;
//! - `front/read+clean+segment`: the files are written to a temporary
//!   directory once; each iteration reads them the way ingest reads `.txt`
//!   (read, UTF-8 check, headline first line as title), then cleans and
//!   segments. The real ingest crate is not linked here, to keep this crate's
//!   test build free of the HTML extraction stack; its `.txt` path does the
//!   same work.
//!
//! Each iteration asserts on its output, so a fast wrong answer fails.

#[path = "support/news.rs"]
mod news;

use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dossier_model::{RawDocument, SourceFormat};
use rayon::prelude::*;

const DOCS: usize = 3000;

fn raw_docs(corpus: &[(String, String)]) -> Vec<RawDocument> {
    corpus
        .iter()
        .enumerate()
        .map(|(i, (outlet, text))| {
            let mut r = RawDocument::new(format!("d{i}"), format!("d{i}.txt"), SourceFormat::Txt, text.clone());
            r.outlet = Some(outlet.clone());
            r
        })
        .collect()
}

/// The `.txt` rule of ingest: the first line is the title when it reads as a
/// headline (short, no closing period).
fn read_txt(path: &PathBuf) -> RawDocument {
    let bytes = std::fs::read(path).expect("bench file");
    let text = String::from_utf8(bytes).expect("utf-8");
    let id = path.file_stem().unwrap().to_string_lossy().into_owned();
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

fn bench(c: &mut Criterion) {
    let corpus = news::corpus(DOCS);
    let bytes: u64 = corpus.iter().map(|(_, t)| t.len() as u64).sum();
    eprintln!("corpus: {DOCS} documents, {:.1} MB", bytes as f64 / 1e6);

    let mut group = c.benchmark_group("front");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(10);

    let raws = raw_docs(&corpus);
    group.bench_function("clean", |b| {
        b.iter_batched(
            || raws.clone(),
            |raws| {
                let docs = dossier_clean::clean(raws);
                assert!(docs.iter().all(|d| !d.removed.is_empty() && !d.text.is_empty()));
                docs
            },
            criterion::BatchSize::LargeInput,
        )
    });

    let cleaned = dossier_clean::clean(raws.clone());
    group.bench_function("segment", |b| {
        b.iter(|| {
            let segs: Vec<_> = cleaned.par_iter().map(|d| dossier_segment::segment(&d.text)).collect();
            assert!(segs.iter().all(|s| s.sentences.len() >= s.paragraphs.len()));
            segs
        })
    });

    let dir = std::env::temp_dir().join(format!("dossier-clean-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let paths: Vec<PathBuf> = corpus
        .iter()
        .enumerate()
        .map(|(i, (_, text))| {
            let p = dir.join(format!("{i:05}.txt"));
            std::fs::write(&p, text).unwrap();
            p
        })
        .collect();
    group.bench_function("read+clean+segment", |b| {
        b.iter(|| {
            let raws: Vec<RawDocument> = paths.par_iter().map(read_txt).collect();
            let docs = dossier_clean::clean(raws);
            let segs: Vec<_> = docs.par_iter().map(|d| dossier_segment::segment(&d.text)).collect();
            assert_eq!(segs.len(), DOCS);
            segs
        })
    });
    group.finish();
    std::fs::remove_dir_all(&dir).ok();
}

criterion_group!(benches, bench);
criterion_main!(benches);
