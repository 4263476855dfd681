//! Tests of the whole analysis on invented text.

use dossier_model::{Document, Segments};

use super::*;

/// Syllables of invented filler words.
const SYLLABLES: &[&str] = &[
    "bra", "tol", "mer", "quil", "san", "vey", "op", "trask", "lun", "grem", "hol", "pyr", "cad", "orm", "fel", "yar",
    "bis", "nar", "tam", "krel", "do", "wyk", "pel", "sor", "am", "duin", "gar", "lis", "mot", "rhen", "sul", "tib",
];

/// Deterministic pseudo-random filler: `sentences` sentences of 8 to 20
/// invented words (a vocabulary of about 30,000).
fn filler(seed: u64, sentences: usize) -> String {
    let mut x = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407) | 1;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut out = String::new();
    for s in 0..sentences {
        if s > 0 {
            out.push(' ');
        }
        let len = 8 + (next() % 13) as usize;
        for w in 0..len {
            if w > 0 {
                out.push(' ');
            }
            let r = next();
            let parts = 1 + (r % 3) as usize;
            for k in 0..parts {
                let syl = SYLLABLES[((r >> (8 + 5 * k)) % SYLLABLES.len() as u64) as usize];
                if w == 0 && k == 0 {
                    let mut c = syl.chars();
                    out.extend(c.next().unwrap().to_uppercase());
                    out.push_str(c.as_str());
                } else {
                    out.push_str(syl);
                }
            }
        }
        out.push('.');
    }
    out
}

fn doc(id: &str, text: String) -> Document {
    Document::new(id, format!("{id}.txt"), text)
}

fn run(docs: &[Document]) -> Reuse {
    let segs = vec![Segments::default(); docs.len()];
    let r = analyze(docs, &segs, &ReuseOptions::default());
    check_spans(docs, &r);
    r
}

/// Every span points at its text, on char boundaries.
fn check_spans(docs: &[Document], r: &Reuse) {
    let find = |id: &str| docs.iter().find(|d| d.id == id).unwrap();
    for p in &r.passages {
        assert!(p.occurrences.len() >= 2, "{} has {} occurrences", p.id, p.occurrences.len());
        assert_eq!(p.text, p.occurrences[0].span.text);
        for o in &p.occurrences {
            let d = find(&o.span.doc);
            assert_eq!(&d.text[o.span.start..o.span.end], o.span.text);
            assert!((0.0..=1.0).contains(&o.similarity));
        }
    }
    assert_eq!(r.novelty.len(), docs.len());
    for n in &r.novelty {
        let d = find(&n.doc);
        for s in &n.new {
            assert_eq!(&d.text[s.start..s.end], s.text);
        }
        assert!((0.0..=1.0).contains(&n.new_fraction));
    }
}

const BACKGROUND: &str = "The Tolvane harbour board was founded in 1887 by salt merchants, and its northern pier \
    has been rebuilt twice since storms flattened it in the winters of 1921 and 1979.";

#[test]
fn a_recycled_paragraph_is_one_passage_with_every_occurrence() {
    let docs = vec![
        doc("a", format!("{}\n\n{BACKGROUND}\n\n{}", filler(1, 3), filler(2, 2))),
        doc("b", format!("{}\n\n{BACKGROUND}", filler(3, 4))),
        doc("c", format!("{BACKGROUND}\n\n{}", filler(4, 2))),
        doc("d", filler(5, 6)),
    ];
    let r = run(&docs);
    assert_eq!(r.passages.len(), 1, "{:#?}", r.passages);
    let p = &r.passages[0];
    let where_: Vec<&str> = p.occurrences.iter().map(|o| o.span.doc.as_str()).collect();
    assert_eq!(where_, ["a", "b", "c"]);
    assert_eq!(p.text, BACKGROUND);
    assert!(p.occurrences.iter().all(|o| o.span.text == BACKGROUND && o.similarity == 1.0));
    assert!(r.duplicate_groups.is_empty());
}

#[test]
fn canonical_is_the_earliest_published_and_undated_come_last() {
    let mut a = doc("a", format!("{} {BACKGROUND}", filler(1, 2)));
    let mut b = doc("b", format!("{} {}", filler(2, 2), BACKGROUND.replace("twice", "three times")));
    let c = doc("c", format!("{BACKGROUND} {}", filler(3, 2)));
    a.published.value = Some("2024-03-10".into());
    b.published.value = Some("2024-03-02".into());
    let r = run(&[a, b, c]);
    assert_eq!(r.passages.len(), 1);
    let p = &r.passages[0];
    assert_eq!(p.occurrences[0].span.doc, "b");
    assert!(p.text.contains("three times"));
    let order: Vec<&str> = r.novelty.iter().map(|n| n.doc.as_str()).collect();
    assert_eq!(order, ["b", "a", "c"]);
    // b's copy differs by one word from a's and c's.
    assert!(p.occurrences[1].similarity > 0.9 && p.occurrences[1].similarity < 1.0);
}

#[test]
fn coarse_dates_sort_after_precise_ones_of_the_same_period() {
    assert!(date_key("2023") > date_key("2023-06-20"));
    assert!(date_key("2023-06") > date_key("2023-06-30"));
    assert!(date_key("2023-06") < date_key("2023-07-01"));
    assert!(date_key("2022") < date_key("2023-01-01"));
    assert_eq!(date_key("2023-W25"), Some((2023, 13, 32)));
    assert_eq!(date_key("XXXX-06-20"), None);
    let mut docs: Vec<Document> = (0..4).map(|i| doc(&format!("d{i}"), String::new())).collect();
    for (d, v) in docs.iter_mut().zip([Some("2023"), Some("2023-06-29"), None, Some("2023-06-20")]) {
        d.published.value = v.map(String::from);
    }
    assert_eq!(publication_order(&docs), [3, 1, 0, 2]);
}

#[test]
fn light_edits_are_aligned_with_exact_spans() {
    let src = "Engineers from the river authority inspected all eleven pillars of the old grain bridge on \
        Thursday and found deep cracks in four of them, the authority said in a short statement.";
    let edited = "Engineers from the regional river authority inspected all 11 pillars of the old grain bridge on \
        Friday and found deep cracks in five of them, the authority said in a brief statement.";
    let docs = vec![
        doc("a", format!("{} {src} {}", filler(7, 2), filler(8, 1))),
        doc("b", format!("{} {edited} {}", filler(9, 2), filler(10, 2))),
    ];
    let r = run(&docs);
    assert_eq!(r.passages.len(), 1, "{:#?}", r.passages);
    let p = &r.passages[0];
    assert_eq!(p.text, src);
    assert_eq!(p.occurrences[1].span.text, edited);
    assert!(p.occurrences[1].similarity > 0.7 && p.occurrences[1].similarity < 0.95);
}

#[test]
fn novelty_keeps_only_sentences_no_earlier_document_carried() {
    let fresh = "Divers found a second wreck near the lighthouse on Sunday morning.";
    let docs = vec![doc("a", format!("{BACKGROUND} {}", filler(11, 2))), doc("b", format!("{BACKGROUND} {fresh}"))];
    let r = run(&docs);
    assert_eq!(r.novelty[0].new_fraction, 1.0);
    let b = &r.novelty[1];
    assert_eq!(b.new.len(), 1);
    assert_eq!(b.new[0].text, fresh);
    let expected = fresh.len() as f64 / (fresh.len() + BACKGROUND.len()) as f64;
    assert!((b.new_fraction - expected).abs() < 1e-3, "{} vs {expected}", b.new_fraction);
}

#[test]
fn syndicated_and_updated_copies_are_near_duplicates() {
    let story = format!("{} {BACKGROUND} {}", filler(20, 8), filler(21, 6));
    let copy = story.replacen(" the ", " a ", 3).replacen("1887", "1888", 1);
    let update = format!("{story} {}", filler(22, 2));
    // A copy cut to its first 60%, and an article quoting one paragraph.
    let cut = story[..story.len() * 6 / 10].rfind(". ").unwrap() + 1;
    let short = story[..cut].to_string();
    let quoting = format!("{} {BACKGROUND} {}", filler(24, 12), filler(25, 12));
    let docs = vec![
        doc("a", story),
        doc("x", filler(23, 10)),
        doc("b", copy),
        doc("c", update),
        doc("d", short),
        doc("q", quoting),
    ];
    let r = run(&docs);
    assert_eq!(r.duplicate_groups, vec![vec![0, 2, 3, 4]]);
}

#[test]
fn unrelated_documents_are_not_linked() {
    let docs: Vec<Document> = (0..20).map(|i| doc(&format!("d{i}"), filler(100 + i, 12))).collect();
    let r = run(&docs);
    assert!(r.passages.is_empty(), "{:#?}", r.passages.first());
    assert!(r.novelty.iter().all(|n| n.new_fraction == 1.0));
}

#[test]
fn empty_and_one_word_documents() {
    let docs =
        vec![doc("e", String::new()), doc("w", "Word".into()), doc("s", "   \n\n  ".into()), doc("w2", "Word".into())];
    let r = run(&docs);
    assert!(r.passages.is_empty() && r.duplicate_groups.is_empty());
    assert_eq!(r.novelty[0].new_fraction, 0.0);
    assert_eq!(r.novelty[1].new_fraction, 1.0);
    assert!(analyze(&[], &[], &ReuseOptions::default()).passages.is_empty());
}

#[test]
fn a_corpus_of_identical_documents_is_one_group_and_one_passage() {
    let text = format!("{} {BACKGROUND}", filler(30, 5));
    let docs: Vec<Document> = (0..1000).map(|i| doc(&format!("d{i:04}"), text.clone())).collect();
    let r = run(&docs);
    assert_eq!(r.duplicate_groups.len(), 1);
    assert_eq!(r.duplicate_groups[0].len(), 1000);
    assert_eq!(r.passages.len(), 1);
    assert_eq!(r.passages[0].occurrences.len(), 1000);
    assert_eq!(r.passages[0].text, text);
    assert_eq!(r.novelty[0].new_fraction, 1.0);
    assert!(r.novelty[1..].iter().all(|n| n.new.is_empty()));
    assert_eq!(r.stats.exact_copies, 999);
}

#[test]
fn a_document_repeated_a_thousand_times_among_others() {
    let story = format!("{} {BACKGROUND}", filler(40, 4));
    let mut docs: Vec<Document> = (0..30).map(|i| doc(&format!("o{i}"), filler(200 + i, 6))).collect();
    docs.extend((0..1000).map(|i| doc(&format!("r{i:04}"), story.clone())));
    docs.push(doc("z", format!("{} {BACKGROUND}", filler(41, 3))));
    let r = run(&docs);
    assert_eq!(r.duplicate_groups.len(), 1);
    assert_eq!(r.duplicate_groups[0], (30..1030).collect::<Vec<_>>());
    // The background paragraph recurs in all 1001; the rest of the story in the 1000 copies.
    let bg = r.passages.iter().find(|p| p.text == BACKGROUND).expect("background passage");
    assert_eq!(bg.occurrences.len(), 1001);
    assert!(r.passages.iter().all(|p| p.occurrences.len() <= 1001));
}

#[test]
fn a_paragraph_repeated_inside_one_document_stays_bounded() {
    let repeated = format!("{BACKGROUND}\n\n").repeat(1000);
    let docs = vec![doc("rep", repeated), doc("b", format!("{} {BACKGROUND}", filler(50, 3)))];
    let r = run(&docs);
    assert_eq!(r.passages.len(), 1);
    assert_eq!(r.passages[0].occurrences.len(), 2);
    // Repetition inside one document is not reuse across documents.
    assert_eq!(r.novelty[0].new_fraction, 1.0);
}

#[test]
fn a_ten_megabyte_document() {
    let big = filler(60, 120_000);
    assert!(big.len() > 9_000_000, "{}", big.len());
    let excerpt_start = big.len() / 2;
    let excerpt_start = big[excerpt_start..].find(". ").unwrap() + excerpt_start + 2;
    let excerpt_end = big[excerpt_start..].match_indices(". ").nth(4).unwrap().0 + excerpt_start + 1;
    let excerpt = big[excerpt_start..excerpt_end].to_string();
    let docs = vec![doc("big", big), doc("small", format!("{} {excerpt}", filler(61, 2)))];
    let r = run(&docs);
    let p = r.passages.iter().find(|p| p.occurrences.iter().any(|o| o.span.doc == "small")).expect("excerpt found");
    assert_eq!(p.occurrences[0].span.start, excerpt_start);
    assert_eq!(p.text, excerpt);
}

#[test]
fn text_without_spaces() {
    let blob = "x".repeat(2_000_000);
    let cjk = "港口仓库昨夜发生大火消防员连夜扑救".repeat(50);
    let docs = vec![doc("a", blob.clone()), doc("b", blob), doc("c", cjk.clone()), doc("d", format!("前言{cjk}"))];
    let r = run(&docs);
    assert!(r.duplicate_groups.contains(&vec![0, 1]));
    assert!(r.passages.iter().any(|p| p.occurrences.iter().any(|o| o.span.doc == "d")));
}

#[test]
fn output_does_not_depend_on_thread_count() {
    let docs: Vec<Document> = (0..40)
        .map(|i| {
            let shared = if i % 3 == 0 { BACKGROUND.to_string() } else { filler(300 + i / 4, 2) };
            doc(&format!("d{i}"), format!("{} {shared} {}", filler(400 + i, 3), filler(500 + i % 5, 2)))
        })
        .collect();
    let segs = vec![Segments::default(); docs.len()];
    let one = rayon::ThreadPoolBuilder::new().num_threads(1).build().unwrap();
    let four = rayon::ThreadPoolBuilder::new().num_threads(4).build().unwrap();
    let a = one.install(|| analyze(&docs, &segs, &ReuseOptions::default()));
    let b = four.install(|| analyze(&docs, &segs, &ReuseOptions::default()));
    assert_eq!(a.passages, b.passages);
    assert_eq!(a.novelty, b.novelty);
    assert_eq!(a.duplicate_groups, b.duplicate_groups);
    assert!(!a.passages.is_empty());
}

#[test]
fn segmenter_sentences_are_used_when_given() {
    let a = doc("a", format!("{BACKGROUND} Quill sandor vey ophel trask."));
    let b = doc("b", format!("{BACKGROUND} Tolven merrow grem hollis."));
    let seg = |d: &Document| {
        let cut = BACKGROUND.len();
        Segments {
            paragraphs: vec![TextRange::new(0, d.text.len())],
            sentences: vec![TextRange::new(0, cut), TextRange::new(cut + 1, d.text.len())],
        }
    };
    let segs = vec![seg(&a), seg(&b)];
    let r = analyze(&[a, b], &segs, &ReuseOptions::default());
    assert_eq!(r.novelty[1].new.len(), 1);
    assert_eq!(r.novelty[1].new[0].text, "Tolven merrow grem hollis.");
}

mod properties {
    use proptest::prelude::*;

    use super::*;

    /// Sentences documents are built from: shared ones make reuse, odd
    /// characters make offsets hard.
    const PIECES: &[&str] = &[
        "The Tolvane harbour board met on Monday to discuss the flooded northern pier and its repairs.",
        "Engineers said 14 pillars of the old grain bridge showed deep cracks after the spring floods.",
        "Ünïcödé «quotes» — and dashes — sit beside 港口 characters here.",
        "A short line.",
        "\n\n",
        "x",
        "Residents of Quellin gathered outside the town hall, demanding answers about the closure.",
        "🚒🚒 emergency crews 🚒",
    ];

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]
        #[test]
        fn spans_always_point_at_their_text(picks in proptest::collection::vec(proptest::collection::vec(0..PIECES.len(), 0..12), 1..8)) {
            let docs: Vec<Document> = picks
                .iter()
                .enumerate()
                .map(|(i, p)| doc(&format!("d{i}"), p.iter().map(|&k| PIECES[k]).collect::<Vec<_>>().join(" ")))
                .collect();
            let r = run(&docs);
            for p in &r.passages {
                prop_assert!(p.occurrences.len() >= 2);
            }
        }
    }
}
