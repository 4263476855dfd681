//! Whitespace normalisation inside one line.
//!
//! Pages saved from the web carry no-break spaces, tabs, zero-width spaces
//! and soft hyphens inside text (`the\u{a0} Ashraf camp`). They are
//! invisible to a reader but break repetition counting, quote matching and
//! every offset-based analysis downstream, so every kept line passes through
//! [`normalize_line`]. Letters, marks, joiners (ZWJ, ZWNJ) and punctuation
//! are left exactly as they are: cleaning never rewrites text.

use std::borrow::Cow;
use std::sync::LazyLock;

/// Built once: building a substring finder costs more than a short search.
static DOUBLE_SPACE: LazyLock<memchr::memmem::Finder<'static>> = LazyLock::new(|| memchr::memmem::Finder::new(b"  "));

/// What a character becomes in a normalised line.
enum Class {
    Keep,
    Space,
    Drop,
}

fn classify(c: char) -> Class {
    match c {
        ' ' | '\t' | '\u{0B}' | '\u{0C}' | '\r' | '\n' => Class::Space,
        '\u{85}'
        | '\u{A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{2028}'
        | '\u{2029}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Class::Space,
        // Zero-width space, word joiner, BOM, soft hyphen: invisible, and they
        // split words that a reader sees as one.
        '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}' => Class::Drop,
        c if c.is_control() => Class::Drop,
        _ => Class::Keep,
    }
}

/// Trims a line and collapses every run of whitespace inside it to one
/// ASCII space; drops invisible characters (zero-width space, BOM, soft
/// hyphen, control characters).
///
/// Borrows when the line is already clean, which is the common case for
/// plain ASCII text, so normalising costs one scan and no allocation.
///
/// ```
/// # use dossier_clean::normalize_line;
/// assert_eq!(normalize_line("  the\u{a0} camp\t west  "), "the camp west");
/// assert_eq!(normalize_line("Manëz"), "Manëz");
/// ```
pub fn normalize_line(line: &str) -> Cow<'_, str> {
    if is_clean(line) {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let mut pending_space = false;
    for c in line.chars() {
        match classify(c) {
            Class::Keep => {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                out.push(c);
            }
            Class::Space => pending_space = true,
            Class::Drop => {}
        }
    }
    Cow::Owned(out)
}

/// True when normalising would not change `line`: no leading or trailing
/// space, no double space, no control character, and none of the Unicode
/// spaces or invisibles of [`classify`]. Non-ASCII text passes this check
/// without decoding: only the lead bytes `C2`, `E1`, `E2`, `E3` and `EF`
/// can start a character that normalising changes.
fn is_clean(line: &str) -> bool {
    let bytes = line.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    // Whole-line checks that vectorise: no control character, no double space.
    if bytes.iter().any(|&b| b < 0x20 || b == 0x7F) || DOUBLE_SPACE.find(bytes).is_some() {
        return false;
    }
    if bytes.is_ascii() {
        return true;
    }
    // Only characters with these lead bytes can change.
    for i in memchr::memchr3_iter(0xC2, 0xE2, 0xE3, bytes).chain(memchr::memchr2_iter(0xE1, 0xEF, bytes)) {
        let dirty = match bytes[i] {
            // U+0080..U+00A0 (C1 controls, NBSP), U+00AD soft hyphen.
            0xC2 => matches!(bytes.get(i + 1), Some(0x80..=0xA0 | 0xAD)),
            // U+1680 ogham space.
            0xE1 => bytes.get(i + 1..i + 3) == Some(&[0x9A, 0x80]),
            // U+2000..U+200B, U+2028, U+2029, U+202F, U+205F, U+2060.
            0xE2 => {
                matches!(bytes.get(i + 1..i + 3), Some([0x80, 0x80..=0x8B | 0xA8 | 0xA9 | 0xAF] | [0x81, 0x9F | 0xA0]))
            }
            // U+3000 ideographic space.
            0xE3 => bytes.get(i + 1..i + 3) == Some(&[0x80, 0x80]),
            // U+FEFF byte-order mark.
            _ => bytes.get(i + 1..i + 3) == Some(&[0xBB, 0xBF]),
        };
        if dirty {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn borrows_clean_ascii() {
        assert!(matches!(normalize_line("Police said 20 were hurt."), Cow::Borrowed(_)));
    }

    #[test]
    fn fast_check_agrees_with_the_slow_path() {
        for line in [
            "Manëz “quoted” — fine",
            "a\u{a0}b",
            "a\u{2009}b",
            "a\u{200b}b",
            "a\u{2060}b",
            "x\u{feff}",
            "a\u{85}b",
            "a\u{3000}b",
            "é  é",
            "ok\u{2019}s",
        ] {
            let clean = is_clean(line);
            let slow: String = {
                let mut out = String::new();
                let mut pending = false;
                for c in line.chars() {
                    match classify(c) {
                        Class::Keep => {
                            if pending && !out.is_empty() {
                                out.push(' ');
                            }
                            pending = false;
                            out.push(c);
                        }
                        Class::Space => pending = true,
                        Class::Drop => {}
                    }
                }
                out
            };
            assert_eq!(clean, slow == line, "{line:?}");
        }
    }

    #[test]
    fn collapses_unicode_spaces_and_drops_invisibles() {
        assert_eq!(normalize_line("\u{feff}News\u{a0} /\u{a0} World"), "News / World");
        assert_eq!(normalize_line("co\u{ad}operate\u{200b}"), "cooperate");
        assert_eq!(normalize_line("a\t\tb\u{3000}c"), "a b c");
        assert_eq!(normalize_line(" \u{a0}\t"), "");
    }

    #[test]
    fn keeps_letters_and_joiners() {
        let persian = "می\u{200c}خواهم";
        assert_eq!(normalize_line(persian), persian);
        assert_eq!(normalize_line("👩\u{200d}🔬 Naïve café"), "👩\u{200d}🔬 Naïve café");
    }
}
