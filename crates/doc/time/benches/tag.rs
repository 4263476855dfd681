//! Tagging throughput on news text, and the cost of grouping the TIMEX3s
//! into mentions (`dossier_time::mention`).
//!
//! With `DOSSIER_SHARED` set, the text is the bodies of the TempEval-3
//! training files (real news, tags stripped); otherwise an invented news
//! paragraph repeated to about 1 MB.
//!
//! Run: `DOSSIER_SHARED=/work/shared cargo bench -p dossier-time --bench tag`

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

#[path = "../eval/te3.rs"]
mod te3;

fn corpus() -> (String, &'static str) {
    if let Ok(shared) = std::env::var("DOSSIER_SHARED") {
        let dir = std::path::Path::new(&shared).join("corpus/tempeval3-train");
        let mut text = String::new();
        for p in te3::files(&dir) {
            if let Ok(xml) = std::fs::read_to_string(&p) {
                text.push_str(&te3::parse("", &xml).text);
                text.push_str("\n\n");
            }
        }
        if !text.is_empty() {
            return (text, "tempeval3-train bodies");
        }
    }
    let para = "Police said on Tuesday that 14 people were hurt when a crowd of about 2,000 marched through the \
                city centre late last month. A week later, officials announced a 30-day curfew, the first since \
                the 1990s. The council will meet again next Friday at 3 p.m. to review the measures, which cost \
                $1.2 million a year. Prices rose 4% in the third quarter compared with a year earlier.\n\n";
    (para.repeat(1_000_000 / para.len() + 1), "invented paragraph")
}

fn bench(c: &mut Criterion) {
    let (text, what) = corpus();
    eprintln!("benchmark text: {what}, {} bytes", text.len());
    let mut g = c.benchmark_group("tag");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(20);
    g.bench_function("tag_text with anchor", |b| {
        b.iter(|| dossier_time::tag_text(std::hint::black_box(&text), Some("2023-06-29"), &[]))
    });
    // Mentions on top of the TIMEX3s (computed only when asked): the grouping pass alone.
    let tagged = dossier_time::tag_text(&text, Some("2023-06-29"), &[]);
    g.bench_function("mentions_at over the tagged text", |b| {
        b.iter(|| dossier_time::mention::mentions_at(std::hint::black_box(&text), &tagged, Some("2023-06-29")))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
