//! A byte-level tokenizer built for the tagger's rules.
//!
//! What it does: splits text into words (letter runs), numbers (ASCII digit
//! runs) and single punctuation characters, each with its byte range, a flag
//! for whitespace before it, and for words the lexicon entry.
//! Why: the rules look at a handful of tokens around month names, numbers and
//! time words; a tokenizer that never allocates per token keeps the tagger
//! well above 20 MB/s.
//! Example: `"mid-1990s"` gives `mid` `-` `1990` `s`, the last three without
//! whitespace before them.

use crate::lexicon::{Lex, lookup};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of letters.
    Word,
    /// A run of ASCII digits.
    Num,
    /// One other non-space character (its first byte when ASCII, else 0).
    Punct(u8),
}

/// One token.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Lexicon entry for words, `Lex::None` otherwise.
    pub lex: Lex,
    /// Value of a number token (saturating).
    pub num: u32,
    /// Number of digits of a number token.
    pub digits: u8,
    /// Whitespace (or the start of text) comes before this token.
    pub gap: bool,
    /// A line break comes before this token.
    pub newline: bool,
    /// Word starts with an upper-case letter.
    pub cap: bool,
}

impl Tok {
    pub fn is_punct(&self, c: u8) -> bool {
        self.kind == Kind::Punct(c)
    }
}

/// Splits `text` into tokens, appending to `out`.
pub(crate) fn tokenize(text: &str, out: &mut Vec<Tok>) {
    let b = text.as_bytes();
    let mut i = 0;
    let mut gap = true;
    let mut newline = true;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            if c == b'\n' {
                newline = true;
            }
            gap = true;
            i += 1;
            continue;
        }
        let start = i;
        if c.is_ascii_digit() {
            let mut v: u32 = 0;
            while i < b.len() && b[i].is_ascii_digit() {
                v = v.saturating_mul(10).saturating_add((b[i] - b'0') as u32);
                i += 1;
            }
            let digits = (i - start).min(255) as u8;
            out.push(Tok { start, end: i, kind: Kind::Num, lex: Lex::None, num: v, digits, gap, newline, cap: false });
        } else if c.is_ascii_alphabetic() || (c >= 0x80 && char_at(text, i).is_alphabetic()) {
            let mut ascii = true;
            while i < b.len() {
                let d = b[i];
                if d.is_ascii_alphabetic() {
                    i += 1;
                } else if d >= 0x80 {
                    let ch = char_at(text, i);
                    if ch.is_alphabetic() {
                        ascii = false;
                        i += ch.len_utf8();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            let lex = if ascii { lookup(&b[start..i]) } else { Lex::None };
            let cap = c.is_ascii_uppercase();
            out.push(Tok { start, end: i, kind: Kind::Word, lex, num: 0, digits: 0, gap, newline, cap });
        } else {
            let len = if c < 0x80 { 1 } else { char_at(text, i).len_utf8() };
            // Typographic apostrophes and dashes behave like their ASCII forms.
            let p = if c < 0x80 {
                c
            } else {
                match char_at(text, i) {
                    '\u{2019}' | '\u{2018}' => b'\'',
                    '\u{2013}' | '\u{2014}' | '\u{2010}' | '\u{2011}' => b'-',
                    _ => 0,
                }
            };
            i += len;
            out.push(Tok {
                start,
                end: i,
                kind: Kind::Punct(p),
                lex: Lex::None,
                num: 0,
                digits: 0,
                gap,
                newline,
                cap: false,
            });
        }
        gap = false;
        newline = false;
    }
}

fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or(' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_numbers_and_punctuation() {
        let mut t = Vec::new();
        tokenize("mid-1990s, Manëz", &mut t);
        let kinds: Vec<Kind> = t.iter().map(|t| t.kind).collect();
        assert_eq!(kinds, vec![Kind::Word, Kind::Punct(b'-'), Kind::Num, Kind::Word, Kind::Punct(b','), Kind::Word]);
        assert_eq!(t[2].num, 1990);
        assert!(!t[2].gap && t[5].gap);
        assert_eq!(&"mid-1990s, Manëz"[t[5].start..t[5].end], "Manëz");
    }
}
