//! What a period after a token means.
//!
//! ## What it does
//! Sorts the token before a period into the kinds that decide whether the
//! period can end a sentence:
//! - [`Kind::Continues`]: titles and abbreviations that precede what they
//!   qualify (`Mr.`, `Gen.`, `Sen.`, `vs.`, `e.g.`) and initials (`W.`):
//!   never a boundary when a capitalised word follows;
//! - [`Kind::BeforeNumber`]: `No.`, `Nos.`, and month abbreviations (`Jan.`,
//!   `Sept.`): no boundary before a number, else like [`Kind::MayEnd`];
//! - [`Kind::MayEnd`]: abbreviations that often end a sentence (`Inc.`,
//!   `Corp.`, `Jr.`, `etc.`, `St.`) and dotted acronyms (`U.S.`, `a.m.`,
//!   `Ph.D.`): a boundary only when the next word is a typical sentence
//!   opener ([`is_opener`]);
//! - [`Kind::TimeOfDay`]: `a.m.`, `p.m.`: a boundary before a capitalised
//!   word unless it continues the time (`Monday`, `GMT`);
//! - [`Kind::Word`]: everything else: a boundary before a capitalised word
//!   or a number.
//!
//! ## Why
//! Periods in news text mark abbreviations about as often as sentence ends
//! in some paragraphs (`U.S. Sen. J. Doe said on Sept. 5 …`). A closed list
//! of English abbreviations plus the shape of dotted acronyms and initials
//! covers the cases that matter; the opener list settles the ambiguous
//! "`… in the U.S. He said`" versus "`U.S. President …`".
//!
//! ## Example
//! `Gen. Ana Example` → no boundary; `… Example Corp. The firm` → boundary;
//! `… Example Corp. President` → no boundary.

use dossier_text::calendar;

/// How a token followed by a period behaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Continues,
    BeforeNumber,
    MayEnd,
    /// `a.m.` and `p.m.`: a boundary before a capitalised word unless it
    /// continues the time (`Monday`, `GMT`).
    TimeOfDay,
    Word,
}

/// Abbreviations that precede a name or a qualified word. (A `match` on
/// strings compiles to a switch on length and a few comparisons, far
/// cheaper than scanning a list.)
fn is_continues(w: &str) -> bool {
    matches!(
        w,
        "adm"
            | "amb"
            | "approx"
            | "art"
            | "atty"
            | "brig"
            | "capt"
            | "cdr"
            | "cf"
            | "ch"
            | "cmdr"
            | "col"
            | "cpl"
            | "cpt"
            | "det"
            | "dr"
            | "drs"
            | "eg"
            | "esp"
            | "fig"
            | "figs"
            | "fr"
            | "ft"
            | "gen"
            | "gens"
            | "gov"
            | "hon"
            | "ie"
            | "incl"
            | "insp"
            | "lt"
            | "maj"
            | "messrs"
            | "mlle"
            | "mme"
            | "mmes"
            | "mr"
            | "mrs"
            | "ms"
            | "msgr"
            | "mt"
            | "para"
            | "pfc"
            | "pp"
            | "pres"
            | "prof"
            | "pvt"
            | "rep"
            | "reps"
            | "rev"
            | "sec"
            | "sen"
            | "sens"
            | "sgt"
            | "supt"
            | "vol"
            | "vols"
            | "vs"
    )
}

/// Abbreviations that precede a number.
fn is_before_number(w: &str) -> bool {
    matches!(w, "no" | "nos" | "p") || calendar::is_month_abbreviation(w)
}

/// Abbreviations that often end a sentence.
fn is_may_end(w: &str) -> bool {
    matches!(
        w,
        "al" | "ave"
            | "bros"
            | "blvd"
            | "co"
            | "corp"
            | "dept"
            | "est"
            | "etc"
            | "inc"
            | "jr"
            | "llc"
            | "ltd"
            | "plc"
            | "rd"
            | "st"
            | "univ"
            | "assn"
            | "govt"
            | "intl"
            | "natl"
            | "cos"
            | "sr"
    )
}

/// Words that typically open a sentence: after an abbreviation that may end
/// one, a capitalised word from this list means it did.
fn is_opener_word(w: &str) -> bool {
    matches!(
        w,
        "a" | "according"
            | "after"
            | "all"
            | "also"
            | "although"
            | "an"
            | "and"
            | "another"
            | "as"
            | "at"
            | "authorities"
            | "before"
            | "both"
            | "but"
            | "by"
            | "despite"
            | "during"
            | "earlier"
            | "even"
            | "for"
            | "from"
            | "he"
            | "her"
            | "his"
            | "however"
            | "i"
            | "if"
            | "in"
            | "it"
            | "its"
            | "last"
            | "later"
            | "many"
            | "meanwhile"
            | "more"
            | "most"
            | "my"
            | "no"
            | "not"
            | "now"
            | "officials"
            | "on"
            | "one"
            | "our"
            | "police"
            | "since"
            | "she"
            | "so"
            | "some"
            | "still"
            | "that"
            | "the"
            | "their"
            | "then"
            | "there"
            | "these"
            | "they"
            | "this"
            | "those"
            | "though"
            | "to"
            | "two"
            | "under"
            | "until"
            | "we"
            | "what"
            | "when"
            | "where"
            | "while"
            | "who"
            | "why"
            | "with"
            | "yet"
            | "you"
    )
}

/// Classifies the token before a period. `token` is the run of
/// non-whitespace bytes before the period, opening quotes and brackets
/// already stripped.
pub(crate) fn kind(token: &[u8]) -> Kind {
    if token.is_empty() || token.len() > 12 || !token.is_ascii() {
        return Kind::Word;
    }
    // Initials: one letter, any case ("W.", "v." in "Roe v. Wade").
    if token.len() == 1 && token[0].is_ascii_alphabetic() {
        return Kind::Continues;
    }
    // Dotted acronyms: "U.S", "a.m", "Ph.D" (the final period is the
    // candidate itself): segments of one or two letters.
    if token.contains(&b'.') {
        let dotted = token
            .split(|&b| b == b'.')
            .all(|seg| (1..=2).contains(&seg.len()) && seg.iter().all(u8::is_ascii_alphabetic));
        if !dotted {
            return Kind::Word;
        }
        // "e.g", "i.e" precede what they introduce.
        let mut low = [0u8; 12];
        let low = lower(token, &mut low);
        return match low {
            b"e.g" | b"i.e" => Kind::Continues,
            b"a.m" | b"p.m" => Kind::TimeOfDay,
            _ => Kind::MayEnd,
        };
    }
    if !token.iter().all(u8::is_ascii_alphabetic) {
        return Kind::Word;
    }
    let mut buf = [0u8; 12];
    let low = lower(token, &mut buf);
    let low = std::str::from_utf8(low).unwrap_or("");
    if is_continues(low) {
        Kind::Continues
    } else if is_before_number(low) {
        Kind::BeforeNumber
    } else if is_may_end(low) {
        Kind::MayEnd
    } else {
        Kind::Word
    }
}

/// True when `word` (the letters of the next word) typically opens a
/// sentence.
pub(crate) fn is_opener(word: &[u8]) -> bool {
    if word.is_empty() || word.len() > 12 {
        return false;
    }
    let mut buf = [0u8; 12];
    let low = lower(word, &mut buf);
    std::str::from_utf8(low).is_ok_and(is_opener_word)
}

/// Words that continue a time of day: weekdays, months, zones.
fn is_time_word(w: &str) -> bool {
    calendar::is_weekday(w)
        || calendar::is_month(w)
        || matches!(w, "local" | "eastern" | "central" | "pacific" | "mountain" | "today" | "tomorrow" | "yesterday")
}

/// True when `word` after `a.m.`/`p.m.` continues the time expression: a
/// weekday, a month, or a zone (an all-capital word of two to four letters).
pub(crate) fn continues_time(word: &[u8]) -> bool {
    if (2..=4).contains(&word.len()) && word.iter().all(u8::is_ascii_uppercase) {
        return true;
    }
    if word.len() > 12 {
        return false;
    }
    let mut buf = [0u8; 12];
    let low = lower(word, &mut buf);
    std::str::from_utf8(low).is_ok_and(is_time_word)
}

/// True when `word` is a month name or its abbreviation, with or without
/// a period (`September`, `Sept.`, `Aug`).
pub(crate) fn is_month(word: &[u8]) -> bool {
    let word = word.strip_suffix(b".").unwrap_or(word);
    if word.len() > 12 {
        return false;
    }
    let mut buf = [0u8; 12];
    let low = lower(word, &mut buf);
    std::str::from_utf8(low).is_ok_and(calendar::is_month)
}

fn lower<'a>(token: &[u8], buf: &'a mut [u8; 12]) -> &'a [u8] {
    let n = token.len().min(12);
    for (d, s) in buf.iter_mut().zip(&token[..n]) {
        *d = s.to_ascii_lowercase();
    }
    &buf[..n]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        assert_eq!(kind(b"Mr"), Kind::Continues);
        assert_eq!(kind(b"W"), Kind::Continues);
        assert_eq!(kind(b"U.S"), Kind::MayEnd);
        assert_eq!(kind(b"a.m"), Kind::TimeOfDay);
        assert_eq!(kind(b"Ph.D"), Kind::MayEnd);
        assert!(continues_time(b"GMT") && continues_time(b"Monday") && !continues_time(b"Workers"));
        assert_eq!(kind(b"e.g"), Kind::Continues);
        assert_eq!(kind(b"Sept"), Kind::BeforeNumber);
        assert_eq!(kind(b"Inc"), Kind::MayEnd);
        assert_eq!(kind(b"Tirana"), Kind::Word);
        assert_eq!(kind(b"2016"), Kind::Word);
        assert_eq!(kind(b"example.com"), Kind::Word);
        assert!(is_opener(b"The"));
        assert!(!is_opener(b"President"));
    }
}
