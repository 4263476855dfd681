//! Word tokens as byte ranges.

use dossier_model::TextRange;

/// Splits `text` into word tokens, as byte ranges, in order.
///
/// ## What it does
/// A word is a run of letters, digits and combining marks (any script).
/// Inside a word, these join their neighbours when a letter or digit stands
/// on both sides: apostrophes (`don't`, `Albania’s`), hyphens (`al-Maliki`,
/// `Ashraf-3`), `&` (`AT&T`), and `.` or `,` (`1.5`, `17,000`, `U.S`). A
/// dotted acronym keeps its final period (`U.S.`, `a.m.`). Everything else,
/// punctuation, symbols and emoji, is skipped.
///
/// ## Why
/// Entity, quantity and reuse stages need the same tokens with offsets into
/// the text; one fast tokenizer keeps them consistent. ASCII text takes a
/// byte-table path; other scripts fall back to `char` classification.
/// It is not a linguistic tokenizer: clitics stay attached (`Albania’s` is
/// one token) and so do hyphenated compounds.
///
/// ## Example
/// ```
/// use dossier_segment::words;
/// let text = "U.S. officials said 17,000 (1.5%) weren't counted.";
/// let w: Vec<&str> = words(text).iter().map(|r| r.slice(text)).collect();
/// assert_eq!(w, ["U.S.", "officials", "said", "17,000", "1.5", "weren't", "counted"]);
/// ```
pub fn words(text: &str) -> Vec<TextRange> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    let mut i = 0;
    while i < bytes.len() {
        let (is_word, len) = class_at(text, i);
        if !is_word {
            i += len;
            continue;
        }
        let start = i;
        i += len;
        let mut dotted = false;
        loop {
            if i >= bytes.len() {
                break;
            }
            let (w, l) = class_at(text, i);
            if w {
                i += l;
                continue;
            }
            // A joiner between two word characters.
            let joiner_len = joiner_len(bytes, i);
            if joiner_len > 0 && i + joiner_len < bytes.len() && class_at(text, i + joiner_len).0 {
                let numeric_only = matches!(bytes[i], b',');
                if numeric_only && !(bytes[i - 1].is_ascii_digit() && bytes[i + 1].is_ascii_digit()) {
                    break;
                }
                dotted |= bytes[i] == b'.';
                i += joiner_len;
                continue;
            }
            break;
        }
        // "U.S." and "a.m." keep their final period.
        if dotted && bytes.get(i) == Some(&b'.') && is_dotted_acronym(&bytes[start..i]) {
            i += 1;
        }
        out.push(TextRange::new(start, i));
    }
    out
}

/// Whether the character at byte `i` is a word character, and its length.
#[inline]
fn class_at(text: &str, i: usize) -> (bool, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        return (b.is_ascii_alphanumeric(), 1);
    }
    let c = text[i..].chars().next().unwrap_or(' ');
    (is_word_char(c), c.len_utf8())
}

/// Non-ASCII word characters: letters, digits and combining marks of any
/// script; not spaces, punctuation, symbols or emoji.
fn is_word_char(c: char) -> bool {
    if c.is_alphanumeric() {
        return true;
    }
    !(c.is_whitespace()
        || c.is_control()
        || matches!(c as u32,
            0x80..=0xBF | 0xD7 | 0xF7 | 0x2000..=0x2BFF | 0x3000..=0x303F | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65 | 0xFFF0..=0xFFFF
            | 0x1F000..=0x1FAFF | 0xE000..=0xF8FF | 0xFE00..=0xFE0F))
}

/// Length of a joiner at `i` (apostrophe, hyphen, `&`, `.`, `,`, `’`), or 0.
fn joiner_len(bytes: &[u8], i: usize) -> usize {
    match bytes[i] {
        b'\'' | b'-' | b'&' | b'.' | b',' => 1,
        0xE2 if matches!(bytes[i..], [0xE2, 0x80, 0x99 | 0x90 | 0x91, ..]) => 3,
        _ => 0,
    }
}

/// `U.S`, `a.m`, `Ph.D`: letter segments of one or two letters.
fn is_dotted_acronym(token: &[u8]) -> bool {
    token.split(|&b| b == b'.').all(|s| (1..=2).contains(&s.len()) && s.iter().all(u8::is_ascii_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(text: &str) -> Vec<&str> {
        words(text).iter().map(|r| r.slice(text)).collect()
    }

    #[test]
    fn joiners_and_acronyms() {
        assert_eq!(w("al-Maliki's Ashraf-3 camp"), ["al-Maliki's", "Ashraf-3", "camp"]);
        assert_eq!(w("Albania’s AT&T"), ["Albania’s", "AT&T"]);
        assert_eq!(w("Paris, France. 1980-88"), ["Paris", "France", "1980-88"]);
        assert_eq!(w("at 9 a.m. Ph.D. holders"), ["at", "9", "a.m.", "Ph.D.", "holders"]);
        assert_eq!(w("example.com"), ["example.com"]);
    }

    #[test]
    fn unicode_and_symbols() {
        assert_eq!(w("Manëz — “Tirana” 🙂 naïve"), ["Manëz", "Tirana", "naïve"]);
        assert_eq!(w("नमस्ते दुनिया"), ["नमस्ते", "दुनिया"]);
        assert_eq!(w("مجاهدین خلق"), ["مجاهدین", "خلق"]);
        assert!(w("").is_empty());
        assert!(w("... --- !!!").is_empty());
    }
}
