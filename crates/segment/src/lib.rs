//! Paragraphs and sentences as byte ranges.
//!
//! Early version (issue 2): paragraphs are blank-line separated blocks and
//! sentences end at `.`, `!` or `?` before a space.
#![deny(missing_docs)]

use dossier_model::{Segments, TextRange};

/// Segments `text` into paragraphs and sentences.
pub fn segment(text: &str) -> Segments {
    let mut segs = Segments::default();
    let mut pos = 0;
    for block in text.split("\n\n") {
        let lead = block.len() - block.trim_start().len();
        let trimmed = block.trim();
        if !trimmed.is_empty() {
            let start = pos + lead;
            segs.paragraphs.push(TextRange::new(start, start + trimmed.len()));
            let mut s = start;
            let bytes = trimmed.as_bytes();
            for (i, &b) in bytes.iter().enumerate() {
                if matches!(b, b'.' | b'!' | b'?') && bytes.get(i + 1) == Some(&b' ') {
                    segs.sentences.push(TextRange::new(s, start + i + 1));
                    s = start + i + 2;
                }
            }
            if s < start + trimmed.len() {
                segs.sentences.push(TextRange::new(s, start + trimmed.len()));
            }
        }
        pos += block.len() + 2;
    }
    segs
}
