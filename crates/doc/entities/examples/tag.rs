//! Prints the mentions found in a text file, one a line (for eyeballing).
//!
//! ```text
//! cargo run --release -p dossier-entities --example tag -- FILE.txt
//! ```

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: tag FILE.txt");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).expect("read file");
    let mut sentences = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' || (c == '.' && text[i + 1..].starts_with(' ')) {
            sentences.push(dossier_model::TextRange::new(start, i + 1));
            start = i + 1;
        }
    }
    sentences.push(dossier_model::TextRange::new(start, text.len()));
    for m in dossier_entities::rules::recognize_text(&text, &sentences) {
        println!(
            "{:?}\t{}\t{}\t{:?}\t{:?}",
            m.kind,
            &text[m.range.start..m.range.end],
            m.name,
            m.labels(),
            m.alias_of()
        );
    }
}
