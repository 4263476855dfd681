//! Trains the tagger's weights on CoNLL-2003 and writes `data/ner.model`.
//!
//! ```text
//! cargo run --release -p dossier-entities --example train_ner -- \
//!     $DOSSIER_SHARED/corpus/conll2003/train.txt crates/doc/entities/data/ner.model [EPOCHS] [DEV]
//! ```
//! One core, about a minute. With DEV (valid.txt) it prints the model's
//! own span F1 there (PER, ORG, LOC; MISC ignored) after training.

use std::time::Instant;

use dossier_entities::conll::{Score, parse, spans, to_iob2};
use dossier_entities::tagger::{LABELS, Sentence, label_index, train};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: train_ner TRAIN.txt OUT.model [EPOCHS] [DEV.txt]");
        std::process::exit(2);
    }
    let epochs: usize = args.get(3).and_then(|e| e.parse().ok()).unwrap_or(12);
    let text = std::fs::read_to_string(&args[1]).expect("read training file");
    let t = Instant::now();
    let data: Vec<(Sentence, Vec<u8>)> = parse(&text)
        .into_iter()
        .map(|s| {
            let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
            let gold = to_iob2(&s.tags).iter().map(|t| label_index(t)).collect();
            (Sentence::new(&words), gold)
        })
        .collect();
    let (mut missed, mut entity_tokens) = (0, 0);
    for (s, g) in &data {
        for (i, &l) in g.iter().enumerate() {
            if l != 0 {
                entity_tokens += 1;
                if !s.candidate[i] {
                    missed += 1;
                }
            }
        }
    }
    eprintln!(
        "{} sentences prepared in {:.1}s; {missed} of {entity_tokens} entity tokens are not candidates",
        data.len(),
        t.elapsed().as_secs_f64()
    );
    let t = Instant::now();
    let model = train(&data, epochs, |e, err| eprintln!("epoch {e}: {:.4} token error rate", err));
    eprintln!("trained in {:.1}s", t.elapsed().as_secs_f64());
    let bytes = model.to_bytes();
    std::fs::write(&args[2], &bytes).expect("write model");
    eprintln!("wrote {} ({} bytes)", args[2], bytes.len());
    if let Some(dev) = args.get(4) {
        let text = std::fs::read_to_string(dev).expect("read dev file");
        let mut score = Score::default();
        for s in parse(&text) {
            let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
            let labels = model.tag(&Sentence::new(&words));
            let pred: Vec<&str> = labels.iter().map(|&l| LABELS[l as usize]).collect();
            let keep = |v: Vec<(usize, usize, String)>| -> Vec<(usize, usize, String)> {
                v.into_iter().filter(|x| x.2 != "MISC").collect()
            };
            let (g, p) = (keep(spans(&s.tags)), keep(spans(&pred)));
            score.gold += g.len();
            score.predicted += p.len();
            score.correct += p.iter().filter(|x| g.contains(x)).count();
        }
        eprintln!(
            "dev (model only, PER/ORG/LOC): P {:.4} R {:.4} F1 {:.4}",
            score.precision(),
            score.recall(),
            score.f1()
        );
    }
}
