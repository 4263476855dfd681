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

/// Builds one word while the text is scanned.
struct Builder {
    start: usize,
    chars: usize,
    digit: bool,
    buf: Vec<u8>,
}

impl Builder {
    fn word(&self, end: usize) -> Word {
        let id = if self.digit { NUMBER_ID } else { xxh3_64(&self.buf) as u32 };
        Word { start: self.start as u32, end: end as u32, id }
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
    let mut cur: Option<Builder> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let alnum = if c.is_ascii() { c.is_ascii_alphanumeric() } else { c.is_alphanumeric() };
        if !alnum {
            // "12,000" and "3.5" stay one number.
            if let Some(b) = &cur
                && b.digit
                && matches!(c, ',' | '.')
                && iter.peek().is_some_and(|(_, n)| n.is_ascii_digit())
            {
                continue;
            }
            if let Some(b) = cur.take() {
                f(b.word(i));
            }
            continue;
        }
        if !c.is_ascii() && unspaced(c) {
            if let Some(b) = cur.take() {
                f(b.word(i));
            }
            let mut b = Builder { start: i, chars: 1, digit: false, buf: Vec::with_capacity(4) };
            let mut tmp = [0u8; 4];
            b.buf.extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
            f(b.word(i + c.len_utf8()));
            continue;
        }
        if cur.as_ref().is_some_and(|b| b.chars >= MAX_WORD_CHARS)
            && let Some(b) = cur.take()
        {
            f(b.word(i));
        }
        let b = cur.get_or_insert_with(|| Builder { start: i, chars: 0, digit: false, buf: Vec::with_capacity(16) });
        b.chars += 1;
        if c.is_ascii() {
            b.digit |= c.is_ascii_digit();
            b.buf.push(c.to_ascii_lowercase() as u8);
        } else {
            b.digit |= c.is_numeric();
            let mut tmp = [0u8; 4];
            for l in c.to_lowercase() {
                b.buf.extend_from_slice(l.encode_utf8(&mut tmp).as_bytes());
            }
        }
    }
    if let Some(b) = cur.take() {
        f(b.word(text.len()));
    }
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
