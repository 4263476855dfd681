//! Words, digit runs and punctuation, with byte offsets.
//!
//! Numbers need context on both sides (a month before "20" makes a date, a
//! capitalised word before "7" makes a name), so the text is cut into tokens
//! once and every rule looks at neighbours by index.

use std::borrow::Cow;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Letters, with inner apostrophes ("don't", "MKO's").
    Word,
    /// Digits with inner `,` or `.` followed by a digit ("17,000", "1.5").
    Num,
    /// Any other single character that is not white space.
    Punct,
}

/// One token.
#[derive(Clone, Debug)]
pub struct Tok<'a> {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What it is.
    pub kind: Kind,
    /// Lower-cased text for words; the text itself otherwise. Borrowed
    /// when already lower case, which most words are: one allocation per
    /// token made tokenizing the slowest step.
    pub low: Cow<'a, str>,
    /// True when white space stands between this token and the previous one.
    pub space_before: bool,
    /// True when a line break stands between this token and the previous one.
    pub newline_before: bool,
}

impl Tok<'_> {
    /// True for a word whose first letter is upper case.
    pub fn is_capitalised(&self, text: &str) -> bool {
        self.kind == Kind::Word && text[self.start..].chars().next().is_some_and(char::is_uppercase)
    }
    /// True for a word written all in capitals, two letters or more ("MKO").
    pub fn is_acronym(&self, text: &str) -> bool {
        let t = &text[self.start..self.end];
        let t = t.strip_suffix("'s").or_else(|| t.strip_suffix("\u{2019}s")).unwrap_or(t);
        self.kind == Kind::Word && t.chars().count() >= 2 && t.chars().all(|c| c.is_uppercase())
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Cuts `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let mut toks = Vec::with_capacity(text.len() / 5);
    let mut it = text.char_indices().peekable();
    let mut space = true;
    let mut newline = true;
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            space = true;
            newline |= c == '\n';
            continue;
        }
        let (kind, end) = if c.is_alphabetic() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                let inner_apostrophe =
                    is_apostrophe(d) && text[j + d.len_utf8()..].chars().next().is_some_and(char::is_alphabetic);
                if !(d.is_alphabetic() || inner_apostrophe) {
                    break;
                }
                end = j + d.len_utf8();
                it.next();
            }
            (Kind::Word, end)
        } else if c.is_ascii_digit()
            || (c == '.' && space && text.as_bytes().get(i + 1).is_some_and(u8::is_ascii_digit))
        {
            let mut end = i + 1;
            while let Some(&(j, d)) = it.peek() {
                let inner_separator =
                    (d == ',' || d == '.') && text.as_bytes().get(j + 1).is_some_and(u8::is_ascii_digit);
                if !(d.is_ascii_digit() || inner_separator) {
                    break;
                }
                end = j + 1;
                it.next();
            }
            (Kind::Num, end)
        } else {
            (Kind::Punct, i + c.len_utf8())
        };
        let raw = &text[i..end];
        let low: Cow<str> = if kind != Kind::Word || !raw.chars().any(|c| c.is_uppercase() || c == '\u{2019}') {
            Cow::Borrowed(raw)
        } else if raw.is_ascii() {
            Cow::Owned(raw.to_ascii_lowercase())
        } else {
            Cow::Owned(raw.to_lowercase().replace('\u{2019}', "'"))
        };
        toks.push(Tok { start: i, end, kind, low, space_before: space, newline_before: newline });
        space = false;
        newline = false;
    }
    toks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_numbers_and_punctuation() {
        let t = tokenize("Ashraf-3 held 17,000 MKO’s 1.5.");
        let lows: Vec<&str> = t.iter().map(|t| t.low.as_ref()).collect();
        assert_eq!(lows, ["ashraf", "-", "3", "held", "17,000", "mko's", "1.5", "."]);
        assert!(!t[1].space_before && t[3].space_before);
    }

    #[test]
    fn odd_input_does_not_panic() {
        assert!(tokenize("").is_empty());
        assert_eq!(tokenize("é’").len(), 2);
        assert_eq!(tokenize("1,").len(), 2);
    }
}
