#[path = "news.rs"]
mod news;
use dossier_model::{RawDocument, SourceFormat};
fn cpu_now() -> f64 {
    let s = std::fs::read_to_string("/proc/self/stat").unwrap();
    let f: Vec<&str> = s.rsplit(')').next().unwrap().split_whitespace().collect();
    (f[11].parse::<f64>().unwrap() + f[12].parse::<f64>().unwrap()) / 100.0
}
fn main() {
    let corpus = news::corpus(3000);
    let bytes: usize = corpus.iter().map(|(_, t)| t.len()).sum();
    let raws: Vec<RawDocument> = corpus
        .iter()
        .enumerate()
        .map(|(i, (o, t))| {
            let mut r = RawDocument::new(format!("d{i}"), "x", SourceFormat::Txt, t.clone());
            r.outlet = Some(o.clone());
            r
        })
        .collect();
    let n = 10;
    let copies: Vec<Vec<RawDocument>> = (0..n).map(|_| raws.clone()).collect();
    let c0 = cpu_now();
    let t = std::time::Instant::now();
    let mut docs = Vec::new();
    for rs in copies {
        docs = dossier_clean::clean(rs);
    }
    eprintln!(
        "clean: {:.1} MB/s wall, {:.1} MB/s cpu",
        (bytes * n) as f64 / 1e6 / t.elapsed().as_secs_f64(),
        (bytes * n) as f64 / 1e6 / (cpu_now() - c0)
    );
    let tb: usize = docs.iter().map(|d| d.text.len()).sum();
    let c0 = cpu_now();
    let t = std::time::Instant::now();
    let mut k = 0;
    for _ in 0..n {
        for d in &docs {
            k += dossier_segment::segment(&d.text).sentences.len();
        }
    }
    assert!(k > 0);
    eprintln!(
        "segment: {:.1} MB/s wall, {:.1} MB/s cpu",
        (tb * n) as f64 / 1e6 / t.elapsed().as_secs_f64(),
        (tb * n) as f64 / 1e6 / (cpu_now() - c0)
    );
}
