//! Sentence boundaries inside one line.

use dossier_model::TextRange;

use crate::abbrev::{self, Kind};

/// The UTF-8 bytes of `…`.
const ELLIPSIS: &[u8] = "…".as_bytes();

/// Splits the line `text[start..end]` (already trimmed) into sentences and
/// appends them, trimmed, to `out`. The whole line is always covered.
pub(crate) fn split_line(text: &str, start: usize, end: usize, out: &mut Vec<TextRange>) {
    let bytes = text.as_bytes();
    let mut sent_start = start;
    let mut pos = start;
    while pos < end {
        let Some(cand) = next_terminator(&bytes[pos..end]).map(|i| pos + i) else { break };
        // The run of terminators: "...", "?!", "…".
        let mut after = cand;
        let mut periods = 0;
        let mut other = false;
        while after < end {
            match bytes[after] {
                b'.' => {
                    periods += 1;
                    after += 1;
                }
                b'!' | b'?' => {
                    other = true;
                    after += 1;
                }
                0xE2 if bytes[after..end].starts_with(ELLIPSIS) => {
                    periods += 3;
                    after += ELLIPSIS.len();
                }
                _ => break,
            }
        }
        // Closing quotes and brackets belong to the sentence they close.
        after = skip_closers(bytes, after, end);
        pos = after;
        // A boundary needs whitespace (or the end of the line) after it:
        // "1.5", "example.com", "U.S.-led" are not boundaries.
        if after >= end {
            break;
        }
        if !bytes[after].is_ascii_whitespace() && !starts_with_unicode_space(&bytes[after..end]) {
            continue;
        }
        if is_boundary(bytes, start, cand, after, end, periods, other) {
            push_trimmed(text, sent_start, after, out);
            sent_start = after;
        }
    }
    push_trimmed(text, sent_start, end, out);
}

/// Position of the next `.`, `!`, `?` or `…` in `hay`.
fn next_terminator(hay: &[u8]) -> Option<usize> {
    let ascii = memchr::memchr3(b'.', b'!', b'?', hay);
    // The ellipsis character is rare: look for it only where its first byte
    // occurs before the next ASCII candidate.
    let limit = ascii.unwrap_or(hay.len());
    let mut from = 0;
    while let Some(i) = memchr::memchr(0xE2, &hay[from..limit]) {
        let i = from + i;
        if hay[i..].starts_with(ELLIPSIS) {
            return Some(i);
        }
        from = i + 1;
    }
    ascii
}

/// Skips closing quotes and brackets from `pos`.
fn skip_closers(bytes: &[u8], mut pos: usize, end: usize) -> usize {
    while pos < end {
        match bytes[pos] {
            b'"' | b'\'' | b')' | b']' | b'}' | b'*' => pos += 1,
            // ” ’ (E2 80 9D, E2 80 99), » (C2 BB), › (E2 80 BA)
            0xE2 if matches!(bytes[pos..end], [0xE2, 0x80, 0x9D | 0x99 | 0xBA, ..]) => pos += 3,
            0xC2 if matches!(bytes[pos..end], [0xC2, 0xBB, ..]) => pos += 2,
            _ => break,
        }
    }
    pos
}

/// No-break and other Unicode spaces count as whitespace after a period.
fn starts_with_unicode_space(b: &[u8]) -> bool {
    matches!(b, [0xC2, 0xA0, ..] | [0xE2, 0x80, 0x80..=0x8A | 0xAF, ..] | [0xE3, 0x80, 0x80, ..])
}

/// Decides whether the terminator run at `cand..after` ends a sentence.
fn is_boundary(
    bytes: &[u8],
    line_start: usize,
    cand: usize,
    after: usize,
    end: usize,
    periods: usize,
    other: bool,
) -> bool {
    if cand == line_start || bytes[cand - 1].is_ascii_whitespace() {
        // A terminator standing alone (". . .", " ?") ends nothing.
        return false;
    }
    let next = next_word(bytes, after, end);
    let Some(first) = next.first().copied() else {
        // Only symbols follow (a dash, an emoji): end the sentence, unless
        // a single period closes an abbreviation (`Scorers: U.S. - Name`).
        return other || periods >= 2 || abbrev::kind(token_before(bytes, line_start, cand)) == Kind::Word;
    };
    let next_lower = is_lower_start(next);
    // A lower-case word never starts a sentence: `"Why?" she asked`,
    // `the 9 a.m. shift`, `Yahoo! users`.
    if next_lower {
        return false;
    }
    if other || periods >= 2 {
        // '?', '!' and ellipses before a capital or a number.
        return true;
    }
    let token = token_before(bytes, line_start, cand);
    let next_is_digit = first.is_ascii_digit();
    match abbrev::kind(token) {
        Kind::Continues => false,
        Kind::BeforeNumber if next_is_digit => false,
        Kind::BeforeNumber | Kind::MayEnd => !next_is_digit && abbrev::is_opener(letters(next)),
        Kind::TimeOfDay => !next_is_digit && !abbrev::continues_time(letters(next)),
        Kind::Word => !is_list_number(bytes, line_start, cand, end, token),
    }
}

/// True when the number before the period at `cand` numbers a list item:
/// it opens the line (`1. Close the port`), or the line runs a sequence
/// through it (`… 12.71 seconds 2. Ana Example …` where `1.` comes before
/// or `3.` after). A sentence that ends in a small number (`… rose to 12.
/// Officials …`) has no such neighbours and still ends.
fn is_list_number(bytes: &[u8], line_start: usize, cand: usize, end: usize, token: &[u8]) -> bool {
    if token.is_empty() || token.len() > 2 || !token.iter().all(u8::is_ascii_digit) {
        return false;
    }
    if cand - token.len() == line_start {
        return true;
    }
    // "on September 9." ends a sentence with a date, not a list item.
    let word_start = cand - token.len();
    let prev_word_end = bytes[line_start..word_start].iter().rposition(|b| !b.is_ascii_whitespace());
    if let Some(e) = prev_word_end {
        let e = line_start + e + 1;
        let s =
            bytes[line_start..e].iter().rposition(u8::is_ascii_whitespace).map_or(line_start, |i| line_start + i + 1);
        if abbrev::is_month(&bytes[s..e]) {
            return false;
        }
    }
    // Items of one list stand close together: look for the neighbours
    // within a short window only.
    const WINDOW: usize = 150;
    let n: u32 = token.iter().fold(0, |n, &d| n * 10 + u32::from(d - b'0'));
    let marker = |k: u32| format!(" {k}. ");
    let after = memchr::memmem::find(&bytes[cand..end.min(cand + WINDOW)], marker(n + 1).as_bytes()).is_some();
    let before = n > 1 && {
        let prev = marker(n - 1);
        let from = word_start.saturating_sub(WINDOW).max(line_start);
        let head = &bytes[from..word_start];
        memchr::memmem::find(head, prev.as_bytes()).is_some()
            || (from == line_start && head.starts_with(&prev.as_bytes()[1..]))
    };
    after || before
}

/// The token before the period at `cand`: the non-whitespace run ending
/// there, with opening quotes and brackets stripped.
fn token_before(bytes: &[u8], line_start: usize, cand: usize) -> &[u8] {
    let mut s = cand;
    while s > line_start && !bytes[s - 1].is_ascii_whitespace() {
        s -= 1;
    }
    let mut token = &bytes[s..cand];
    // Strip ASCII openers and the UTF-8 openers “ ‘ « (E2 80 9C, E2 80 98, C2 AB).
    loop {
        match token {
            [b'"' | b'\'' | b'(' | b'[' | b'{', rest @ ..] => token = rest,
            [0xE2, 0x80, 0x9C | 0x98, rest @ ..] => token = rest,
            [0xC2, 0xAB, rest @ ..] => token = rest,
            _ => break,
        }
    }
    token
}

/// The bytes from the first letter or digit after `pos` (skipping spaces,
/// quotes and brackets) to the end of the line, or empty when a symbol
/// comes first.
fn next_word(bytes: &[u8], mut pos: usize, end: usize) -> &[u8] {
    while pos < end {
        let b = bytes[pos];
        if b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b'(' | b'[' | b'{') {
            pos += 1;
        } else if starts_with_unicode_space(&bytes[pos..end]) {
            pos += if b == 0xC2 { 2 } else { 3 };
        } else if matches!(bytes[pos..end], [0xE2, 0x80, 0x9C | 0x98, ..]) {
            pos += 3;
        } else if matches!(bytes[pos..end], [0xC2, 0xAB, ..]) {
            pos += 2;
        } else {
            break;
        }
    }
    let rest = &bytes[pos..end];
    match rest.first() {
        Some(b) if b.is_ascii_alphanumeric() => rest,
        Some(b) if *b >= 0x80 => {
            // A non-ASCII letter: decode one char.
            let s = std::str::from_utf8(&rest[..utf8_len(*b).min(rest.len())]).unwrap_or("");
            if s.chars().next().is_some_and(char::is_alphanumeric) { rest } else { &[] }
        }
        _ => &[],
    }
}

fn utf8_len(b: u8) -> usize {
    match b {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

/// True when the word starts with a lower-case letter.
fn is_lower_start(word: &[u8]) -> bool {
    match word.first() {
        Some(b) if b.is_ascii() => b.is_ascii_lowercase(),
        Some(&b) => {
            let s = std::str::from_utf8(&word[..utf8_len(b).min(word.len())]).unwrap_or("");
            s.chars().next().is_some_and(char::is_lowercase)
        }
        None => false,
    }
}

/// The ASCII letters at the start of `word`.
fn letters(word: &[u8]) -> &[u8] {
    let n = word.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    &word[..n]
}

/// Pushes `text[start..end]` trimmed of whitespace, if anything is left.
fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<TextRange>) {
    let piece = &text[start..end];
    let trimmed = piece.trim_start();
    let s = start + (piece.len() - trimmed.len());
    let e = s + trimmed.trim_end().len();
    if e > s {
        out.push(TextRange::new(s, e));
    }
}
