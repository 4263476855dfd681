//! Bad input never crashes: generated text mixing numbers, cues, quotes,
//! odd Unicode and no spaces, through every claims stage.

mod common;

use dossier_model::Document;

/// A small deterministic generator (no dependency needed).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
}

const PIECES: &[&str] = &[
    "said",
    "told",
    "according to",
    "the source added",
    "“",
    "”",
    "\"",
    "'",
    ".",
    ",",
    "\n",
    "\n\n",
    "17,000",
    "1.5",
    "million",
    "dozens of",
    "at least",
    "no casualties",
    "no one",
    "between",
    "and",
    "20-30",
    "$",
    "€",
    "%",
    "per cent",
    "one",
    "of the",
    "people",
    "were killed",
    "injured",
    "by",
    "Zorvan",
    "ZVL's",
    "in 1998",
    "since",
    "Camp 7",
    "-",
    "Apollo-11",
    "+1-222-333-4444",
    "June 20",
    "é",
    "日本",
    "½",
    "\u{202f}",
    "killing nearly",
    "claimed the lives of",
    "He",
    "said that",
    "reportedly",
    "was said to",
    "Police",
    "officials",
    "sources",
    "reports suggest",
    "12:30",
    "a thousand",
    "tens of thousands",
    "hundreds",
    "more than",
    "up to",
    ";",
    ":",
    "(",
    ")",
    "1e9",
    "0",
    "000,000",
];

fn generated(seed: u64, pieces: usize, spaces: bool) -> String {
    let mut r = Lcg(seed);
    let mut s = String::new();
    for _ in 0..pieces {
        s.push_str(PIECES[r.next() % PIECES.len()]);
        if spaces && !r.next().is_multiple_of(5) {
            s.push(' ');
        }
    }
    s
}

#[test]
fn generated_text_gives_sensible_results() {
    let mut docs = Vec::new();
    for (i, (pieces, spaces)) in
        [(0, true), (1, true), (3, false), (2_000, true), (2_000, false), (20_000, true)].into_iter().enumerate()
    {
        docs.push(Document::new(format!("g{i}"), "gen.txt", generated(i as u64 + 7, pieces, spaces)));
    }
    docs.push(Document::new("long-word", "gen.txt", "a".repeat(100_000)));
    docs.push(Document::new("digits", "gen.txt", "9".repeat(50_000)));
    let run = common::analyse(docs);
    for c in &run.claims {
        let d = run.docs.iter().find(|d| d.id == c.span.doc).unwrap();
        assert!(d.text.is_char_boundary(c.span.start) && d.text.is_char_boundary(c.span.end));
        assert_eq!(&d.text[c.span.start..c.span.end], c.span.text);
        assert!(c.quantity.value.is_some_and(f64::is_finite));
    }
    for (doc, a) in &run.attributions {
        let d = run.docs.iter().find(|d| &d.id == doc).unwrap();
        assert!(
            a.range.end <= d.text.len()
                && d.text.is_char_boundary(a.range.start)
                && d.text.is_char_boundary(a.range.end)
        );
    }
    for k in &run.conflicts {
        assert!(k.claims.len() >= 2 || k.note.contains("casualties"), "{k:?}");
    }
}
