//! Prints the claims, attributions and conflicts dossier finds in a folder
//! of plain-text articles: the harness for reading the seeds by eye.
//!
//! `cargo run -p dossier-conflicts --example claims -- [DIR]`; without an
//! argument, reads `$DOSSIER_SHARED/corpus/seeds`.

use std::path::PathBuf;

#[path = "../tests/common/mod.rs"]
mod common;

fn main() {
    let dir = std::env::args_os().nth(1).map(PathBuf::from).unwrap_or_else(|| {
        let shared = std::env::var_os("DOSSIER_SHARED").expect("give a folder or set DOSSIER_SHARED");
        PathBuf::from(shared).join("corpus/seeds")
    });
    let run = match common::analyse_dir(&dir) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    println!("== attributions");
    for (doc, a) in &run.attributions {
        let d = run.docs.iter().find(|d| &d.id == doc).unwrap();
        println!(
            "{doc} [{}{}] {:?} <- {:?} ({:?})",
            if a.quote { "quote " } else { "" },
            if a.source.anonymous { "anonymous" } else { "named" },
            a.range.slice(&d.text).chars().take(90).collect::<String>(),
            a.source.name,
            a.source.cue
        );
    }
    println!("== claims");
    for c in &run.claims {
        println!(
            "{} {} | {} | about {:?} | key {:?} | source {:?}",
            c.id,
            c.span.doc,
            dossier_conflicts::figure(&c.quantity),
            c.about,
            c.key,
            c.source.name
        );
    }
    println!("== conflicts");
    for k in &run.conflicts {
        println!("{} [{:?}] {:?}: {}\n   {}", k.id, k.kind, k.about, k.claims.join(" "), k.note);
    }
}
