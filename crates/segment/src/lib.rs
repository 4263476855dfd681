//! Paragraphs, sentences and words as byte ranges of a document's text.
//!
//! Every per-document analysis reads text sentence by sentence, and every
//! span in the output is a byte range of `Document::text`. [`segment`] finds
//! the paragraphs (blocks separated by blank lines) and the sentences inside
//! them as [`TextRange`]s; [`words`] splits a text into word tokens for the
//! stages that count or match words.
//!
//! Sentence boundaries are found by one byte-level scan per line
//! (`memchr` finds the candidate `.`, `!`, `?` and `…`), and each candidate
//! is judged by the token before it and the character after it:
//!
//! - abbreviations that precede a name never end a sentence (`Mr.`, `Dr.`,
//!   `Gen.`, `Sen.`, `St. Louis`), nor do initials (`George W. Bush`,
//!   `J. R. R. Tolkien`) or an abbreviation before a number (`No. 5`,
//!   `Jan. 5`);
//! - abbreviations that may end a sentence (`U.S.`, `Inc.`, `etc.`, `a.m.`)
//!   end one only when a typical sentence opener follows (`… in the U.S. The
//!   …`, but `U.S. President …`);
//! - a period inside a token is no boundary (`1.5`, `example.com`,
//!   `U.S.-led`), and neither is one followed by a lower-case word
//!   (`… the 17 a.m. shift`, `"Why?" she asked`);
//! - closing quotes and brackets stay with the sentence they close
//!   (`… over." He`, `… 2016.) The`, `… ends.”`);
//! - a line break always ends a sentence, so headline lines without final
//!   punctuation are sentences of their own.
//!
//! Sentences are trimmed of whitespace, ordered, never overlap, lie inside
//! one paragraph and together cover every non-whitespace character.
//!
//! ```
//! use dossier_segment::segment;
//! let text = "Dr. Amal K. Example met U.S. officials at 10 a.m. on Jan. 5. Talks ended.\n\nNext steps";
//! let segs = segment(text);
//! let sentences: Vec<&str> = segs.sentences.iter().map(|s| s.slice(text)).collect();
//! assert_eq!(sentences, ["Dr. Amal K. Example met U.S. officials at 10 a.m. on Jan. 5.", "Talks ended.", "Next steps"]);
//! assert_eq!(segs.paragraphs.len(), 2);
//! ```
#![deny(missing_docs)]

mod abbrev;
mod sentences;
mod words;

use dossier_model::{Segments, TextRange};

pub use words::words;

/// Segments `text` into paragraphs and sentences.
///
/// Paragraphs are maximal blocks of lines separated by blank lines (lines
/// with only whitespace), trimmed. Sentences never cross a line break.
pub fn segment(text: &str) -> Segments {
    let mut segs = Segments::default();
    // Rough preallocation: news paragraphs hold two or three sentences of
    // about 150 bytes; growing from zero costs more than the guess.
    segs.sentences.reserve(text.len() / 150 + 1);
    segs.paragraphs.reserve(text.len() / 400 + 1);
    let bytes = text.as_bytes();
    let mut para: Option<(usize, usize)> = None;
    let mut line_start = 0;
    while line_start <= bytes.len() {
        let line_end = memchr::memchr(b'\n', &bytes[line_start..]).map_or(bytes.len(), |i| line_start + i);
        let line = &text[line_start..line_end];
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some((s, e)) = para.take() {
                segs.paragraphs.push(TextRange::new(s, e));
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            let start = line_start + lead;
            let end = start + trimmed.len();
            para = Some((para.map_or(start, |(s, _)| s), end));
            sentences::split_line(text, start, end, &mut segs.sentences);
        }
        line_start = line_end + 1;
    }
    if let Some((s, e)) = para {
        segs.paragraphs.push(TextRange::new(s, e));
    }
    segs
}

#[cfg(test)]
mod tests;
