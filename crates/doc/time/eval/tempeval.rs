//! Scores the tagger on TempEval-3 TimeML data.
//!
//! Usage: `cargo run --release -p dossier-time --bin tempeval -- [DIR] [--errors]`
//! where DIR defaults to `$DOSSIER_SHARED/corpus/tempeval3-train`.

mod te3;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let errors = args.iter().any(|a| a == "--errors");
    let dir = args.iter().find(|a| !a.starts_with("--")).cloned().unwrap_or_else(|| {
        let shared = std::env::var("DOSSIER_SHARED").unwrap_or_else(|_| "../shared".into());
        format!("{shared}/corpus/tempeval3-train")
    });
    let mut total = te3::Score::default();
    println!("| set | gold | system | strict P/R/F1 | relaxed P/R/F1 | value F1 | type F1 |");
    println!("| --- | ---: | ---: | --- | --- | ---: | ---: |");
    for sub in ["TimeBank", "AQUAINT"] {
        let path = std::path::Path::new(&dir).join(sub);
        let s = match te3::run(&path, errors) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(2);
            }
        };
        row(sub, &s);
        if errors {
            for e in &s.errors {
                eprintln!("{e}");
            }
        }
        total.gold += s.gold;
        total.sys += s.sys;
        total.strict += s.strict;
        total.relaxed += s.relaxed;
        total.value += s.value;
        total.kind += s.kind;
    }
    row("all", &total);
}

fn row(name: &str, s: &te3::Score) {
    let (sp, sr, sf) = s.strict_f1();
    let (rp, rr, rf) = s.relaxed_f1();
    println!(
        "| {name} | {} | {} | {sp:.3}/{sr:.3}/{sf:.3} | {rp:.3}/{rr:.3}/{rf:.3} | {:.3} | {:.3} |",
        s.gold,
        s.sys,
        s.value_f1().2,
        s.type_f1().2
    );
}
