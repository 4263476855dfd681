//! Any text, any segmentation: no panic, and every mention is a valid
//! range on char boundaries of the text.

use dossier_model::{Document, Segments, TextRange};
use proptest::prelude::*;

fn pieces() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "The",
        "the",
        "Anna",
        "Berg",
        "Vel-e-Dara",
        "Front",
        "(",
        ")",
        "VDF",
        ",",
        ".",
        "is",
        "a",
        "group",
        "Minister",
        "of",
        "al-Rashid",
        "Ministry",
        "Kenyan",
        "Paris",
        "é",
        "Ünal",
        "’s",
        "'s",
        "—",
        "/",
        "\n",
        "\n\n",
        "  ",
        "U.S.",
        "camp",
        "said",
        "ÉÉ",
        "日本",
        "\u{301}",
        "--",
        "“",
        "”",
    ]);
    prop::collection::vec(words, 0..80).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn mentions_are_valid_ranges(text in pieces(), cuts in prop::collection::vec(0usize..400, 0..6)) {
        // Sentences from arbitrary (possibly odd) cut points, and none at all.
        let mut bounds: Vec<usize> = cuts.into_iter().map(|c| c.min(text.len())).collect();
        bounds.push(0);
        bounds.push(text.len());
        bounds.sort_unstable();
        bounds.dedup();
        let sentences: Vec<TextRange> = bounds.windows(2).map(|w| TextRange::new(w[0], w[1])).collect();
        let doc = Document::new("d", "d", text.clone());
        for segs in [Segments { paragraphs: Vec::new(), sentences }, Segments::default()] {
            for m in dossier_entities::recognize(&doc, &segs) {
                prop_assert!(m.range.start < m.range.end && m.range.end <= text.len());
                prop_assert!(text.is_char_boundary(m.range.start) && text.is_char_boundary(m.range.end));
                prop_assert!(!m.name.is_empty());
            }
        }
    }
}
