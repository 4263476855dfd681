//! Words and sentence units as the reuse analysis sees them.
//!
//! A word is a run of letters and digits, lowercased, with every number
//! folded into one token so that "150" and "200" match: outlets update
//! figures when they recycle a paragraph, and a changed number should not
//! break an alignment. Scripts written without spaces (Chinese, Japanese,
//! Thai, ...) give one token per character, and a run longer than
//! [`MAX_WORD_CHARS`] is cut into pieces, so that text with no spaces still
//! yields tokens of bounded size.

use dossier_model::{Segments, TextRange};
use xxhash_rust::xxh3::xxh3_64;

/// The token id every number gets.
pub const NUMBER_ID: u32 = 0x4E55_4D30;

/// Longest word, in chars, before it is cut into pieces.
pub const MAX_WORD_CHARS: usize = 32;

/// One word: byte range in the text and the id of its normalised form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
    /// Hash of the lowercased word, or [`NUMBER_ID`].
    pub id: u32,
}

/// True for chars of scripts written without spaces between words, which
/// become one token each.
fn unspaced(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF      // Thai, Lao
        | 0x1000..=0x109F    // Myanmar
        | 0x1780..=0x17FF    // Khmer
        | 0x3040..=0x30FF    // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK extension A
        | 0x4E00..=0x9FFF    // CJK unified ideographs
        | 0xF900..=0xFAFF    // CJK compatibility ideographs
        | 0x20000..=0x2FFFF) // CJK extensions B..
}

/// The word being built while the text is scanned: its start, length in
/// chars, whether it holds a digit, and its lowercased bytes (one buffer
/// reused for every word, so tokenizing allocates nothing per word).
struct Builder {
    start: usize,
    chars: usize,
    digit: bool,
    buf: Vec<u8>,
}

impl Builder {
    fn open(&self) -> bool {
        self.start != usize::MAX
    }
    fn begin(&mut self, at: usize) {
        self.start = at;
        self.chars = 0;
        self.digit = false;
        self.buf.clear();
    }
    fn finish(&mut self, end: usize, f: &mut impl FnMut(Word)) {
        if self.open() {
            let id = if self.digit { NUMBER_ID } else { xxh3_64(&self.buf) as u32 };
            f(Word { start: self.start as u32, end: end as u32, id });
            self.start = usize::MAX;
        }
    }
}

/// Calls `f` with every word of `text`, in order.
///
/// Offsets are `u32`: one document is at most 4 GiB, far beyond any
/// article; longer texts are cut off at that point rather than wrapped.
pub fn for_each_word(text: &str, mut f: impl FnMut(Word)) {
    let text = if text.len() > u32::MAX as usize {
        let mut cut = u32::MAX as usize;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        &text[..cut]
    } else {
        text
    };
    let bytes = text.as_bytes();
    let mut w = Builder { start: usize::MAX, chars: 0, digit: false, buf: Vec::with_capacity(64) };
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            // ASCII fast path.
            if b.is_ascii_alphanumeric() {
                if w.open() && w.chars >= MAX_WORD_CHARS {
                    w.finish(i, &mut f);
                }
                if !w.open() {
                    w.begin(i);
                }
                w.chars += 1;
                w.digit |= b.is_ascii_digit();
                w.buf.push(b.to_ascii_lowercase());
            } else if w.open()
                && w.digit
                && matches!(b, b',' | b'.')
                && bytes.get(i + 1).is_some_and(|n| n.is_ascii_digit())
            {
                // "12,000" and "3.5" stay one number.
            } else {
                w.finish(i, &mut f);
            }
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
        let len = c.len_utf8();
        if !c.is_alphanumeric() {
            w.finish(i, &mut f);
        } else if unspaced(c) {
            w.finish(i, &mut f);
            w.begin(i);
            let mut tmp = [0u8; 4];
            w.buf.extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
            w.finish(i + len, &mut f);
        } else {
            if w.open() && w.chars >= MAX_WORD_CHARS {
                w.finish(i, &mut f);
            }
            if !w.open() {
                w.begin(i);
            }
            w.chars += 1;
            w.digit |= c.is_numeric();
            let mut tmp = [0u8; 4];
            for l in c.to_lowercase() {
                w.buf.extend_from_slice(l.encode_utf8(&mut tmp).as_bytes());
            }
        }
        i += len;
    }
    w.finish(bytes.len(), &mut f);
}

/// Every word of `text`.
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    for_each_word(text, |w| out.push(w));
    out
}

/// A stretch of a document that novelty judges as a whole: a sentence from
/// the segmenter, or text between sentences that the segmenter left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unit {
    /// Byte range in the text.
    pub bytes: TextRange,
    /// Index of the first word inside it.
    pub first_word: u32,
    /// One past the index of its last word (equal to `first_word` for a
    /// unit without words).
    pub end_word: u32,
}

impl Unit {
    /// Number of words.
    pub fn len(&self) -> u32 {
        self.end_word - self.first_word
    }
    /// True for a unit without words.
    pub fn is_empty(&self) -> bool {
        self.end_word == self.first_word
    }
}

/// Sentence ranges of `segs`, cleaned up: in order, inside the text, on
/// char boundaries, not overlapping. When the segmentation has no
/// sentences, sentences are found here: they end at `.`, `!` or `?` before
/// white space, or at a line break.
fn sentence_ranges(text: &str, segs: Option<&Segments>) -> Vec<TextRange> {
    let mut out = Vec::new();
    if let Some(segs) = segs
        && !segs.sentences.is_empty()
    {
        let mut sorted: Vec<TextRange> = segs
            .sentences
            .iter()
            .copied()
            .filter(|r| {
                r.start < r.end && r.end <= text.len() && text.is_char_boundary(r.start) && text.is_char_boundary(r.end)
            })
            .collect();
        sorted.sort_unstable();
        let mut last_end = 0;
        for r in sorted {
            if r.start >= last_end {
                last_end = r.end;
                out.push(r);
            }
        }
        return out;
    }
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let end = if b == b'\n' {
            Some(i)
        } else if matches!(b, b'.' | b'!' | b'?') && bytes.get(i + 1).is_none_or(|n| n.is_ascii_whitespace()) {
            Some(i + 1)
        } else {
            None
        };
        if let Some(end) = end {
            push_trimmed(text, start, end, &mut out);
            start = end;
        }
        i += 1;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<TextRange>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push(TextRange::new(start + lead, start + lead + trimmed.len()));
    }
}

/// Splits a document into units that together hold every word exactly once:
/// its sentences, plus a unit for each run of words outside any sentence.
pub fn units(text: &str, segs: Option<&Segments>, words: &[Word]) -> Vec<Unit> {
    let sentences = sentence_ranges(text, segs);
    let mut out = Vec::with_capacity(sentences.len() + 2);
    let mut w = 0usize; // next word not yet in a unit
    let push_gap = |out: &mut Vec<Unit>, from: usize, to: usize| {
        if from < to {
            out.push(Unit {
                bytes: TextRange::new(words[from].start as usize, words[to - 1].end as usize),
                first_word: from as u32,
                end_word: to as u32,
            });
        }
    };
    for s in sentences {
        // Words that start inside the sentence belong to it.
        let first = w + words[w..].partition_point(|x| (x.start as usize) < s.start);
        push_gap(&mut out, w, first);
        let end = first + words[first..].partition_point(|x| (x.start as usize) < s.end);
        out.push(Unit { bytes: s, first_word: first as u32, end_word: end as u32 });
        w = end;
    }
    push_gap(&mut out, w, words.len());
    out
}

/// Widens a word-aligned byte range to the punctuation that closes it
/// (`.`, `,`, quotes, brackets) and the quote or bracket that opens it, so
/// that a sentence-long passage reads as the sentence.
pub fn widen(text: &str, start: usize, end: usize) -> TextRange {
    let mut s = start;
    if let Some(c) = text[..s].chars().next_back()
        && matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[' | '«')
    {
        s -= c.len_utf8();
    }
    let mut e = end;
    for c in text[e..].chars().take(3) {
        if matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\'' | '”' | '’' | ')' | ']' | '»') {
            e += c.len_utf8();
        } else {
            break;
        }
    }
    TextRange::new(s, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(text: &str) -> Vec<(String, bool)> {
        words(text).iter().map(|w| (text[w.start as usize..w.end as usize].to_string(), w.id == NUMBER_ID)).collect()
    }

    #[test]
    fn words_are_alphanumeric_runs_and_numbers_fold() {
        let text = "The Zorvan council counted 12,000 lanterns, not 3.5 (or 80%).";
        let ws = norm(text);
        let texts: Vec<&str> = ws.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["The", "Zorvan", "council", "counted", "12,000", "lanterns", "not", "3.5", "or", "80"]);
        assert!(ws[4].1 && ws[7].1 && ws[9].1 && !ws[0].1);
        let a = words("the lanterns 150");
        let b = words("THE Lanterns 200");
        assert_eq!(a.iter().map(|w| w.id).collect::<Vec<_>>(), b.iter().map(|w| w.id).collect::<Vec<_>>());
    }

    #[test]
    fn unspaced_scripts_and_long_runs_give_bounded_tokens() {
        let cjk = "港口发生火灾";
        assert_eq!(words(cjk).len(), 6);
        let blob = "a".repeat(100);
        let ws = words(&blob);
        assert_eq!(ws.len(), 4);
        assert!(ws.iter().all(|w| (w.end - w.start) as usize <= MAX_WORD_CHARS));
        assert!(words("").is_empty());
        assert!(words("  ... !!").is_empty());
    }

    #[test]
    fn offsets_are_char_boundaries_in_odd_unicode() {
        let text = "Ünïcödé — straße İstanbul ﬁre 👩‍🚒 ok";
        for w in words(text) {
            assert!(text.is_char_boundary(w.start as usize) && text.is_char_boundary(w.end as usize));
        }
    }

    #[test]
    fn units_cover_every_word_once() {
        let text = "Headline words\n\nFirst sentence here. Second one! tail words";
        let ws = words(text);
        let segs = Segments { paragraphs: vec![], sentences: vec![TextRange::new(16, 36), TextRange::new(37, 48)] };
        let us = units(text, Some(&segs), &ws);
        let total: u32 = us.iter().map(|u| u.len()).sum();
        assert_eq!(total as usize, ws.len());
        assert_eq!(us.len(), 4);
        assert_eq!(&text[us[0].bytes.start..us[0].bytes.end], "Headline words");
        assert_eq!(&text[us[3].bytes.start..us[3].bytes.end], "tail words");
        // Without a segmentation, the fallback splitter gives the same units.
        let fallback = units(text, None, &ws);
        assert_eq!(fallback.len(), 4);
        assert_eq!(&text[fallback[2].bytes.start..fallback[2].bytes.end], "Second one!");
    }

    #[test]
    fn widen_takes_closing_punctuation_and_opening_quotes() {
        let text = "He said \"the harbour burned.\" Then";
        let r = widen(text, 9, 27);
        assert_eq!(&text[r.start..r.end], "\"the harbour burned.\"");
    }
}
