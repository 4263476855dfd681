//! Prints the Recognizers-Text score of the quantity extractor, file by
//! file, with scope counts and the first misses.
//!
//! `cargo run -p dossier-quantities --example recognizers -- [SPECS_DIR]`;
//! without an argument, reads `$DOSSIER_SHARED/corpus/recognizers-text/Specs`.

#[path = "../eval/recognizers.rs"]
mod recognizers;

use std::path::PathBuf;

fn main() {
    let specs = std::env::args_os().nth(1).map(PathBuf::from).unwrap_or_else(|| {
        let shared = std::env::var_os("DOSSIER_SHARED").expect("give the Specs folder or set DOSSIER_SHARED");
        PathBuf::from(shared).join("corpus/recognizers-text/Specs")
    });
    let verbose = std::env::var_os("VERBOSE").is_some();
    let scores = match recognizers::score_all(&specs) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    println!("| file | cases | not supported by dotnet | out of scope | scored | right | accuracy |");
    println!("| --- | --- | --- | --- | --- | --- | --- |");
    for s in &scores {
        let oos: usize = s.out_of_scope.iter().map(|(_, n)| n).sum();
        let reasons: Vec<String> = s.out_of_scope.iter().map(|(r, n)| format!("{r}: {n}")).collect();
        let name = s.file.rsplit('/').next().unwrap_or(&s.file);
        println!(
            "| {name} | {} | {} | {oos} ({}) | {} | {} | {:.1}% |",
            s.total,
            s.not_supported,
            reasons.join(", "),
            s.scored,
            s.right,
            100.0 * s.accuracy()
        );
        if verbose {
            for (input, want, got) in &s.misses {
                eprintln!("  MISS {input:?}\n       want {want}\n       got  {got}");
            }
        }
    }
}
