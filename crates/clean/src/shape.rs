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
    /// Words that start with a lower-case letter.
    pub lower_words: usize,
    /// The line ends with `.`, `!`, `?` or `…`, possibly followed by closing
    /// quotes or brackets.
    pub ends_sentence: bool,
    /// The last visible character is a colon.
    pub ends_colon: bool,
    /// Every letter is upper case (and there is at least one).
    pub all_caps: bool,
    /// A lower-cased copy, for short lines only (see [`MAX_VOCAB_BYTES`]).
    pub lower: Option<String>,
}

impl Shape {
    /// Measures `line`, which must already be normalised.
    pub fn of(line: &str) -> Shape {
        let mut words = 0;
        let mut lower_words = 0;
        for w in line.split(' ') {
            if w.is_empty() {
                continue;
            }
            words += 1;
            // The first letter or digit decides, skipping opening quotes and
            // brackets: `"Many` counts as a capitalised word.
            if let Some(c) = w.chars().find(|c| c.is_alphanumeric()) {
                if c.is_lowercase() {
                    lower_words += 1;
                }
            }
        }
        let trimmed = line.trim_end_matches(is_closer);
        let last = trimmed.chars().next_back();
        let ends_sentence = matches!(last, Some('.' | '!' | '?' | '…' | '。' | '！' | '？'));
        let ends_colon = line.ends_with(':');
        let all_caps = line.len() <= MAX_VOCAB_BYTES
            && line.chars().any(char::is_alphabetic)
            && !line.chars().any(char::is_lowercase);
        let lower = (line.len() <= MAX_VOCAB_BYTES).then(|| line.to_lowercase());
        Shape { words, lower_words, ends_sentence, ends_colon, all_caps, lower }
    }

    /// A line that reads as prose: it ends like a sentence, has at least six
    /// words and at least three of them start lower case (running text, not
    /// a title-case label). Shape-based rules never remove prose.
    pub fn is_prose(&self) -> bool {
        self.ends_sentence && self.words >= 6 && self.lower_words >= 3 && !self.all_caps
    }

    /// A line shaped like a headline or a label: short, no final sentence
    /// punctuation, not a colon-terminated lead-in.
    pub fn is_headline_like(&self) -> bool {
        (1..=20).contains(&self.words) && !self.ends_sentence && !self.ends_colon
    }
}

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
    fn headline_like() {
        assert!(Shape::of("Harbour plan stalls after second vote").is_headline_like());
        assert!(!Shape::of("The plan stalled.").is_headline_like());
        assert!(!Shape::of("Our site can be reached at:").is_headline_like());
    }
}
