//! The shape of a line: the facts every rule looks at.
//!
//! Chrome and prose differ first in shape. Prose is made of sentences: many
//! words, most of them lower case, a final `.`, `!` or `?`. Chrome is made of
//! labels: a few capitalised words, no final punctuation, often separators or
//! a cue and a colon. [`Shape`] measures these once per line so each rule is a
//! cheap test on numbers, and [`Shape::is_prose`] is the guard that keeps
//! sentences out of every shape-based rule.

/// Lines longer than this (in bytes) never get a lower-cased copy: no
/// vocabulary rule applies to them, and a 5 MB line must stay linear.
pub(crate) const MAX_VOCAB_BYTES: usize = 600;

/// Measured facts about one normalised line.
#[derive(Clone, Debug)]
pub(crate) struct Shape {
    /// Number of whitespace-separated words.
    pub words: usize,
    /// Words that start with a lower-case letter, counted up to three.
    pub lower_words: usize,
    /// Length in bytes.
    pub bytes: usize,
    /// The line ends with `.`, `!`, `?` or `…`, possibly followed by closing
    /// quotes or brackets.
    pub ends_sentence: bool,
    /// The last visible character is a colon.
    pub ends_colon: bool,
    /// Every cased letter is upper case (and there is at least one).
    pub all_caps: bool,
    /// A lower-cased copy, for short lines that may meet a vocabulary rule
    /// (see [`Shape::with_lower`]).
    pub lower: Option<String>,
}

impl Shape {
    /// Measures `line`, which must already be normalised (single spaces,
    /// trimmed).
    ///
    /// Cheap by construction, since every line passes here: words are
    /// counted as spaces plus one (a loop the compiler vectorises), and the
    /// scan for lower-case word starts stops at the third, which is all
    /// [`Shape::is_prose`] asks. Only a line without any ASCII lower-case
    /// letter is decoded character by character, to tell capitals from
    /// uncased scripts.
    pub fn of(line: &str) -> Shape {
        let bytes = line.as_bytes();
        let words = if bytes.is_empty() { 0 } else { bytes.iter().filter(|&&b| b == b' ').count() + 1 };
        let lower_words = lower_word_starts(line, 3);
        let all_caps = if bytes.iter().any(u8::is_ascii_lowercase) {
            false
        } else {
            let mut upper = false;
            let mut lower = false;
            for c in line.chars() {
                upper |= c.is_uppercase();
                lower |= c.is_lowercase();
            }
            upper && !lower
        };
        let trimmed = line.trim_end_matches(is_closer);
        let last = trimmed.chars().next_back();
        let ends_sentence = matches!(last, Some('.' | '!' | '?' | '…' | '。' | '！' | '？'));
        let ends_colon = line.ends_with(':');
        Shape { words, lower_words, bytes: bytes.len(), ends_sentence, ends_colon, all_caps, lower: None }
    }

    /// Adds the lower-cased copy, for lines short enough for the vocabulary
    /// rules.
    pub fn with_lower(mut self, line: &str) -> Shape {
        if line.len() <= MAX_VOCAB_BYTES {
            self.lower = Some(line.to_lowercase());
        }
        self
    }

    /// A line that reads as prose: it ends like a sentence, has at least six
    /// words and at least three of them start lower case (running text, not
    /// a title-case label). Shape-based rules never remove prose.
    ///
    /// Scripts written without spaces (Chinese, Japanese, Thai) have no
    /// words to count: a sentence-final line of 120 bytes or more with few
    /// spaces counts as prose too.
    pub fn is_prose(&self) -> bool {
        if !self.ends_sentence || self.all_caps {
            return false;
        }
        (self.words >= 6 && self.lower_words >= 3) || (self.words < 6 && self.bytes >= 120)
    }

    /// A short label: at most ten words and no final punctuation.
    pub fn is_label(&self) -> bool {
        self.words <= 10 && !self.ends_sentence
    }

    /// A line shaped like a headline or a label: short, no final sentence
    /// punctuation, not a colon-terminated lead-in.
    pub fn is_headline_like(&self) -> bool {
        (1..=20).contains(&self.words) && !self.ends_sentence && !self.ends_colon
    }
}

/// Counts the words whose first letter or digit is lower case (or a letter
/// of an uncased script), stopping at `limit`. Opening quotes and brackets
/// are skipped: `"many` counts.
fn lower_word_starts(line: &str, limit: usize) -> usize {
    let bytes = line.as_bytes();
    let mut count = 0;
    let mut i = 0;
    while i < bytes.len() && count < limit {
        // `i` is at a word start: find its first letter or digit.
        let mut j = i;
        while j < bytes.len() && bytes[j] != b' ' {
            match BYTE_CLASS[bytes[j] as usize] {
                LOWER => {
                    count += 1;
                    break;
                }
                UPPER | DIGIT => break,
                NON_ASCII => {
                    let c = line[j..].chars().next().unwrap_or(' ');
                    if c.is_alphanumeric() {
                        count += usize::from(c.is_lowercase() || (c.is_alphabetic() && !c.is_uppercase()));
                        break;
                    }
                    j += c.len_utf8();
                    continue;
                }
                _ => {}
            }
            j += 1;
        }
        // Skip to the next word.
        match memchr::memchr(b' ', &bytes[j.min(bytes.len())..]) {
            Some(k) => i = j + k + 1,
            None => break,
        }
    }
    count
}

const OTHER: u8 = 0;
const SPACE: u8 = 1;
const LOWER: u8 = 2;
const UPPER: u8 = 3;
const DIGIT: u8 = 4;
const NON_ASCII: u8 = 5;

/// The class of each byte. Continuation bytes are never looked up: a
/// non-ASCII character is decoded at its lead byte and skipped whole.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b' ' => SPACE,
            b'a'..=b'z' => LOWER,
            b'A'..=b'Z' => UPPER,
            b'0'..=b'9' => DIGIT,
            0x80..=0xFF => NON_ASCII,
            _ => OTHER,
        };
        b += 1;
    }
    t
};

/// Closing quotes and brackets that may follow final punctuation.
pub(crate) fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '*')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_needs_sentence_end_and_running_text() {
        assert!(Shape::of("The council said on Monday that it would vote again.").is_prose());
        assert!(Shape::of("“We will not leave,” the mayor told reporters on Friday.”").is_prose());
        assert!(!Shape::of("Council Votes Again On Harbour Plan").is_prose());
        assert!(!Shape::of("SHARE THIS STORY ON ALL THE NETWORKS NOW.").is_prose());
        assert!(!Shape::of("Rain.").is_prose());
    }

    #[test]
    fn counts_words_and_cases() {
        let s = Shape::of("“Many broke doors,” the group said. (ABC)");
        assert_eq!((s.words, s.lower_words, s.all_caps), (7, 3, false));
        let s = Shape::of("— the end");
        assert_eq!((s.words, s.lower_words), (3, 2));
        let s = Shape::of("SHARE THIS ARTICLE");
        assert_eq!((s.words, s.lower_words, s.all_caps), (3, 0, true));
        let s = Shape::of("Señora Ibáñez «ünal» 12 éé");
        assert_eq!((s.words, s.lower_words), (5, 2));
        assert_eq!(Shape::of("a").words, 1);
        assert_eq!(Shape::of("").words, 0);
        let s = Shape::of("مجاهدین خلق گفت");
        assert_eq!((s.words, s.lower_words, s.all_caps), (3, 3, false));
    }

    #[test]
    fn unspaced_scripts_can_be_prose() {
        assert!(Shape::of("今回の事件のように、権利者の許諾を得ずに改造した端末を販売することは、商標権侵害であると判断されたものと思われます。").is_prose());
        assert!(!Shape::of("速報。").is_prose());
    }

    #[test]
    fn headline_like() {
        assert!(Shape::of("Harbour plan stalls after second vote").is_headline_like());
        assert!(!Shape::of("The plan stalled.").is_headline_like());
        assert!(!Shape::of("Our site can be reached at:").is_headline_like());
    }
}
