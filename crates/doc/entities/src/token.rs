//! Word tokens close to the CoNLL-2003 (Penn Treebank) convention, as byte
//! ranges of the text.
//!
//! What it does: splits on whitespace, then peels punctuation off both ends
//! of each piece, keeps abbreviations ("U.S.", "Gen.") whole, and splits the
//! possessive `'s` and `n't`. Hyphenated words and numbers stay one token.
//! Why: the tagger was trained on CoNLL tokens, so run-time tokens must look
//! like them; a byte scanner is fast and never allocates per token.
//!
//! ```
//! use dossier_entities::token::tokenize;
//! let text = "Gen. Smith's (U.S.) plan.";
//! let words: Vec<&str> = tokenize(text, 0, text.len()).iter().map(|t| &text[t.start..t.end]).collect();
//! assert_eq!(words, ["Gen.", "Smith", "'s", "(", "U.S.", ")", "plan", "."]);
//! ```

/// One token: a byte range of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// Abbreviations that keep their final period (lowercased, without it).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "adm", "gov", "sen", "rep", "rev", "st",
    "jr", "sr", "inc", "corp", "ltd", "co", "bros", "no", "vs", "mt", "ft", "jan", "feb", "mar", "apr", "aug", "sep",
    "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.u",
];

fn is_open_punct(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '"' | '\'' | '“' | '‘' | '«' | '<' | '¿' | '¡' | '*' | '`')
}

fn is_close_punct(c: char) -> bool {
    matches!(c, ')' | ']' | '}' | '"' | '\'' | '”' | '’' | '»' | '>' | ',' | ';' | ':' | '!' | '?' | '.' | '…' | '*')
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}'
}

/// Tokens of `text[start..end]`, with offsets into `text`.
///
/// `start` and `end` must lie on char boundaries; ranges that do not are
/// clamped to the nearest boundary before them.
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(text, start, end, &mut out);
    out
}

/// Like [`tokenize`], appending to `out` (reuses its allocation).
pub fn tokenize_into(text: &str, mut start: usize, mut end: usize, out: &mut Vec<Token>) {
    end = end.min(text.len());
    while end > 0 && !text.is_char_boundary(end) {
        end -= 1;
    }
    start = start.min(end);
    while start > 0 && !text.is_char_boundary(start) {
        start -= 1;
    }
    let bytes = text.as_bytes();
    let mut i = start;
    while i < end {
        // Skip whitespace.
        let c = char_at(text, i);
        if is_space(c) {
            i += c.len_utf8();
            continue;
        }
        let mut j = i;
        while j < end {
            let c = char_at(text, j);
            if is_space(c) {
                break;
            }
            j += c.len_utf8();
        }
        split_piece(text, bytes, i, j, out);
        i = j;
    }
}

#[inline]
fn char_at(text: &str, i: usize) -> char {
    let b = text.as_bytes()[i];
    if b < 0x80 { b as char } else { text[i..].chars().next().unwrap_or(' ') }
}

#[inline]
fn char_before(text: &str, j: usize) -> char {
    let b = text.as_bytes()[j - 1];
    if b < 0x80 { b as char } else { text[..j].chars().next_back().unwrap_or(' ') }
}

/// Splits one whitespace-free piece `[i, j)`. Iterative, so a huge piece
/// with many separators ("a/b/c/...") cannot overflow the stack.
fn split_piece(text: &str, bytes: &[u8], mut i: usize, mut j: usize, out: &mut Vec<Token>) {
    // Trailing punctuation, collected then pushed after the word.
    let mut tail: Vec<Token> = Vec::new();
    // Whether the piece holds a digit, computed once (not per remainder).
    let (mut has_digit, mut has_digit_known) = (false, false);
    loop {
        // Leading punctuation, one token each.
        while i < j {
            let c = char_at(text, i);
            if is_open_punct(c) || (c == '-' && j - i > 1 && bytes.get(i + 1) == Some(&b'-')) {
                let l = if c == '-' { 2 } else { c.len_utf8() };
                out.push(Token { start: i, end: i + l });
                i += l;
            } else {
                break;
            }
        }
        if tail.is_empty() {
            while j > i {
                let c = char_before(text, j);
                if !is_close_punct(c) {
                    break;
                }
                // Abbreviations are short: checking only short words keeps a
                // run of a million periods linear.
                if c == '.' && j - i <= 12 && keeps_period(&text[i..j]) {
                    break;
                }
                let l = c.len_utf8();
                tail.push(Token { start: j - l, end: j });
                j -= l;
            }
        }
        if i >= j {
            break;
        }
        if !has_digit_known {
            has_digit = bytes[i..j].iter().any(u8::is_ascii_digit);
            has_digit_known = true;
        }
        match split_word(text, i, j, has_digit, out) {
            Some(next) => i = next,
            None => break,
        }
    }
    out.extend(tail.into_iter().rev());
}

/// True when the word `w` (ending with a period) is an abbreviation or an
/// initial whose period belongs to it.
fn keeps_period(w: &str) -> bool {
    let body = &w[..w.len() - 1];
    if body.is_empty() {
        return false;
    }
    // "U.S." and "p.m.": the word holds another period between letters.
    if body.contains('.')
        && body.bytes().any(|b| b.is_ascii_alphabetic())
        && body.bytes().all(|b| b.is_ascii_alphabetic() || b == b'.')
    {
        return true;
    }
    // An initial: "J."
    let mut chars = body.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && c.is_uppercase()
    {
        return true;
    }
    if body.len() <= 5 {
        let lower = body.to_ascii_lowercase();
        return ABBREVIATIONS.contains(&lower.as_str());
    }
    false
}

/// Splits a word `[i, j)` that has no outer punctuation left: at the
/// first internal separator it pushes the part before and the separator
/// and returns where the rest starts; otherwise it splits clitics off and
/// returns `None`.
fn split_word(text: &str, i: usize, j: usize, has_digit: bool, out: &mut Vec<Token>) -> Option<usize> {
    let w = &text[i..j];
    // Internal separators that always split: slashes between words (not in
    // numbers such as dates), em and en dashes, double hyphens.
    let wb = w.as_bytes();
    let mut k = 1;
    while k + 1 < wb.len() {
        let sep_len = match wb[k] {
            b'/' if !has_digit => 1,
            b'-' if wb[k + 1] == b'-' => 2,
            0xE2 if wb.get(k + 1) == Some(&0x80) && matches!(wb.get(k + 2), Some(&0x93) | Some(&0x94)) => 3,
            _ => 0,
        };
        if sep_len > 0 && k + sep_len < wb.len() {
            out.push(Token { start: i, end: i + k });
            out.push(Token { start: i + k, end: i + k + sep_len });
            return Some(i + k + sep_len);
        }
        k += 1;
    }
    // Possessive and negation clitics.
    for clitic in ["'s", "’s", "'S", "’S"] {
        if w.len() > clitic.len() && w.ends_with(clitic) {
            out.push(Token { start: i, end: j - clitic.len() });
            out.push(Token { start: j - clitic.len(), end: j });
            return None;
        }
    }
    if w.len() > 3 && (w.ends_with("n't") || w.ends_with("n’t")) {
        let l = if w.ends_with("n't") { 3 } else { 5 };
        out.push(Token { start: i, end: j - l });
        out.push(Token { start: j - l, end: j });
        return None;
    }
    // Plural possessive: "teachers'".
    if w.len() > 2 && (w.ends_with('\'') || w.ends_with('’')) {
        let l = if w.ends_with('\'') { 1 } else { 3 };
        out.push(Token { start: i, end: j - l });
        out.push(Token { start: j - l, end: j });
        return None;
    }
    out.push(Token { start: i, end: j });
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, 0, text.len()).iter().map(|t| &text[t.start..t.end]).collect()
    }

    #[test]
    fn splits_punctuation_and_clitics() {
        assert_eq!(words("“Hello,” she said."), ["“", "Hello", ",", "”", "she", "said", "."]);
        assert_eq!(words("Norland's army isn't here."), ["Norland", "'s", "army", "is", "n't", "here", "."]);
        assert_eq!(words("the Vel-e-Dara Front (VDF)"), ["the", "Vel-e-Dara", "Front", "(", "VDF", ")"]);
        assert_eq!(words("in the U.S. Mr. Ode"), ["in", "the", "U.S.", "Mr.", "Ode"]);
        assert_eq!(words("on 1996-08-22 at 3.5"), ["on", "1996-08-22", "at", "3.5"]);
        assert_eq!(words("News / Politics"), ["News", "/", "Politics"]);
        assert_eq!(words("left—right"), ["left", "—", "right"]);
    }

    #[test]
    fn odd_input_is_safe() {
        assert!(words("").is_empty());
        assert!(words("   \n\t ").is_empty());
        assert_eq!(words("...."), [".", ".", ".", "."]);
        assert_eq!(words("'"), ["'"]);
        assert_eq!(words("é’s"), ["é", "’s"]);
        let s = "ab\u{301}c d";
        assert_eq!(tokenize(s, 1, 4).len(), 1);
        // Huge pieces stay linear and never recurse deeply.
        let slashes = "ab/".repeat(200_000);
        assert_eq!(words(&slashes).len(), 399_999);
        let dots = ".".repeat(1_000_000);
        assert_eq!(words(&dots).len(), 1_000_000);
    }
}
