//! Scores the tagger on TempEval-3 TimeML data.
//!
//! Usage: `cargo run --release -p dossier-time --bin tempeval -- [DIR] [--errors] [--speed]`
//! where DIR defaults to `$DOSSIER_SHARED/corpus/tempeval3-train`.
//!
//! `--speed` also tags the bodies 20 times and reports throughput per
//! second of CPU time this process got (from `/proc/self/schedstat`), which
//! stays meaningful on a loaded machine where wall time does not.

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
    if args.iter().any(|a| a == "--speed") {
        speed(std::path::Path::new(&dir));
    }
}

/// Nanoseconds this process has run on a CPU (Linux), if known.
fn cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/self/schedstat").ok()?.split_whitespace().next()?.parse().ok()
}

fn speed(dir: &std::path::Path) {
    let texts: Vec<(String, Option<String>)> = te3::files(dir)
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .map(|x| {
            let d = te3::parse("", &x);
            (d.text, d.dct)
        })
        .collect();
    let bytes: usize = texts.iter().map(|t| t.0.len()).sum();
    let rounds = 20;
    let (t0, c0) = (std::time::Instant::now(), cpu_ns());
    let mut n = 0;
    for _ in 0..rounds {
        for (t, dct) in &texts {
            n += dossier_time::tag_text(t, dct.as_deref(), &[]).len();
        }
    }
    let wall = t0.elapsed().as_secs_f64();
    let mb = (bytes * rounds) as f64 / 1e6;
    print!("\nspeed: {mb:.1} MB tagged ({n} timexes), {:.1} MB/s wall", mb / wall);
    if let (Some(a), Some(b)) = (c0, cpu_ns()) {
        print!(", {:.1} MB per CPU second", mb / ((b - a) as f64 / 1e9));
    }
    println!();
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
