//! Whitespace normalisation inside one line.
//!
//! Pages saved from the web carry no-break spaces, tabs, zero-width spaces
//! and soft hyphens inside text (`the\u{a0} Ashraf camp`). They are
//! invisible to a reader but break repetition counting, quote matching and
//! every offset-based analysis downstream, so every kept line passes through
//! [`normalize_line`]. Letters, marks, joiners (ZWJ, ZWNJ) and punctuation
//! are left exactly as they are: cleaning never rewrites text.

use std::borrow::Cow;

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

/// True when `line` has no leading or trailing space, no double space and
/// only printable ASCII: then normalising would not change it.
fn is_clean(line: &str) -> bool {
    let bytes = line.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    let mut prev_space = false;
    for &b in bytes {
        if !(0x20..0x7F).contains(&b) {
            // Non-ASCII or control: take the careful path.
            return false;
        }
        let space = b == b' ';
        if space && prev_space {
            return false;
        }
        prev_space = space;
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
