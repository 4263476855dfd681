//! Ingest throughput: plain text and HTML, whole stage (list, read, decode,
//! extract), all cores. HTML uses the article-extraction benchmark pages
//! when `DOSSIER_SHARED` is set, else generated pages.
//!
//! `cargo bench -p dossier-ingest --bench ingest`

use std::hint::black_box;
use std::io::Read;
use std::path::{Path, PathBuf};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dossier_ingest::html::{DefaultExtractor, Extractor};
use dossier_ingest::{IngestOptions, Input, ingest};

/// Invented prose, varied enough that nothing is trivially repetitive.
fn paragraph(i: usize) -> String {
    format!(
        "Officials in district {i} said on Tuesday that {n} residents had been moved after the river rose by {m}.{d} metres, \
         and that the bridge at Kestrel Lane would stay closed until engineers had inspected it. \"We are doing everything we can,\" \
         the mayor told reporters.",
        n = i * 37 % 1000,
        m = i % 7,
        d = i % 10
    )
}

fn text_corpus() -> (PathBuf, u64) {
    let dir = std::env::temp_dir().join(format!("dossier-ingest-bench-txt-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut total = 0;
    for f in 0..200 {
        let mut s = format!("River rises in district {f} as rain continues\n\n");
        for p in 0..150 {
            s.push_str(&paragraph(f * 150 + p));
            s.push_str("\n\n");
        }
        total += s.len() as u64;
        std::fs::write(dir.join(format!("{f:04}.txt")), s).unwrap();
    }
    (dir, total)
}

fn html_corpus() -> (PathBuf, u64, Vec<String>) {
    if let Ok(shared) = std::env::var("DOSSIER_SHARED") {
        let dir = Path::new(&shared).join("corpus/article-extraction-benchmark/html");
        let mut pages = Vec::new();
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
        paths.sort();
        for p in paths {
            let mut bytes = Vec::new();
            flate2::read::GzDecoder::new(std::fs::File::open(&p).unwrap()).read_to_end(&mut bytes).unwrap();
            pages.push(dossier_ingest::decode::decode_html(&bytes).0);
        }
        let total = pages.iter().map(|p| p.len() as u64).sum();
        return (dir, total, pages);
    }
    let dir = std::env::temp_dir().join(format!("dossier-ingest-bench-html-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut pages = Vec::new();
    for f in 0..100 {
        let mut s =
            String::from("<html><head><title>River report</title></head><body><nav><a href=/>Home</a></nav><article>");
        for p in 0..40 {
            s.push_str(&format!("<p>{}</p>", paragraph(f * 40 + p)));
        }
        s.push_str("</article><footer>Footer</footer></body></html>");
        std::fs::write(dir.join(format!("{f:04}.html")), &s).unwrap();
        pages.push(s);
    }
    let total = pages.iter().map(|p| p.len() as u64).sum();
    (dir, total, pages)
}

fn bench(c: &mut Criterion) {
    let opts = IngestOptions::default();
    let (txt_dir, txt_bytes) = text_corpus();
    let mut g = c.benchmark_group("ingest");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(txt_bytes));
    g.bench_function("txt_dir", |b| b.iter(|| black_box(ingest(&[Input::Path(txt_dir.clone())], &opts))));
    let (html_dir, html_bytes, pages) = html_corpus();
    g.throughput(Throughput::Bytes(html_bytes));
    g.bench_function("html_dir", |b| b.iter(|| black_box(ingest(&[Input::Path(html_dir.clone())], &opts))));
    g.throughput(Throughput::Elements(pages.len() as u64));
    g.bench_function("html_extract_single_thread_pages", |b| {
        b.iter(|| {
            for p in &pages {
                black_box(DefaultExtractor.extract(p).ok());
            }
        })
    });
    g.finish();
    let _ = std::fs::remove_dir_all(&txt_dir);
}

criterion_group!(benches, bench);
criterion_main!(benches);
