//! Prints the cast of a folder of plain-text articles: segment, recognise,
//! merge. A look at what the stages find, without the rest of the pipeline.
//!
//! ```text
//! cargo run --release -p dossier-cast --example cast -- DIR
//! ```

use dossier_model::Document;

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: cast DIR");
        std::process::exit(2);
    };
    let mut paths: Vec<_> =
        std::fs::read_dir(&dir).expect("read dir").filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let docs: Vec<Document> = paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| {
            let text = std::fs::read_to_string(p).expect("read file");
            let id = p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            Document::new(id, p.display().to_string(), text)
        })
        .collect();
    let mentions: Vec<_> =
        docs.iter().map(|d| dossier_entities::recognize(d, &dossier_segment::segment(&d.text))).collect();
    for e in dossier_cast::merge(&docs, &mentions) {
        let docs: std::collections::BTreeSet<&str> = e.mentions.iter().map(|m| m.doc.as_str()).collect();
        println!(
            "{} {:?} {:?} — {} mentions in {} docs; aliases {:?}",
            e.id,
            e.kind,
            e.name,
            e.mentions.len(),
            docs.len(),
            e.aliases
        );
        for l in &e.labels {
            println!("    label {:?} x{} in {:?}", l.text, l.count, l.docs);
        }
    }
}
