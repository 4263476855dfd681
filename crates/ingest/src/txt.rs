//! Plain-text articles: one article a file, headline on top when there is one.
//!
//! What it does: skips leading blank lines and lines of site chrome (a
//! breadcrumb such as `News / World / More`, a short line of interface
//! words such as `Menu` or `Share`), then takes the next line as the title
//! when it reads as a headline, and removes that line from the body. The
//! chrome lines stay in the body: telling chrome from prose is the clean
//! stage's job, which records every removal with its reason.
//!
//! Why: text saved from news pages starts with the headline, sometimes under
//! a breadcrumb; an article that starts with its first paragraph has no
//! title line, and taking its first sentence as a title would lose prose.
//!
//! Example:
//! ```
//! let (title, body) = dossier_ingest::txt::split_title("Floods close the valley road\nThe road shut on Monday.\n");
//! assert_eq!(title.as_deref(), Some("Floods close the valley road"));
//! assert_eq!(body, "The road shut on Monday.\n");
//! ```

/// How many leading chrome lines are looked past to find the headline.
const MAX_CHROME_LINES: usize = 6;

/// Longest headline, in characters.
const MAX_TITLE_CHARS: usize = 200;

/// Splits a plain-text article into its title (when the first line that is
/// not chrome reads as a headline) and its body (the text with that one
/// line removed). Line endings are normalised to `\n` first.
pub fn split_title(text: &str) -> (Option<String>, String) {
    let text = if text.contains('\r') { text.replace("\r\n", "\n").replace('\r', "\n") } else { text.to_string() };
    let mut offset = 0;
    let mut chrome = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            offset += line.len();
            continue;
        }
        if is_chrome_line(trimmed) && chrome < MAX_CHROME_LINES {
            chrome += 1;
            offset += line.len();
            continue;
        }
        if reads_as_headline(trimmed) {
            let title = collapse_spaces(trimmed);
            let mut body = String::with_capacity(text.len() - line.len());
            body.push_str(&text[..offset]);
            body.push_str(&text[offset + line.len()..]);
            return (Some(title), body);
        }
        break;
    }
    (None, text)
}

/// True when a line reads as a headline.
///
/// What it does: 2 to 30 words, at most 200 characters, starts with a
/// capital letter, a digit or a quote, does not end like a sentence or a
/// clause (`.`, `,`, `;`, `:`), and is not chrome. A closing `?` or `!`
/// is allowed, and so is an ellipsis-free abbreviation-less line only.
/// Why: headlines are short and carry no closing period in almost every
/// English style guide; a first paragraph ends with one.
pub fn reads_as_headline(line: &str) -> bool {
    let line = line.trim();
    if line.chars().count() > MAX_TITLE_CHARS || is_chrome_line(line) {
        return false;
    }
    let words = line.split_whitespace().count();
    if !(2..=30).contains(&words) {
        return false;
    }
    let Some(first) = line.chars().next() else { return false };
    if !(first.is_uppercase() || first.is_ascii_digit() || "\"'‘“«".contains(first)) {
        return false;
    }
    let last = line.chars().last().unwrap_or(' ');
    if matches!(last, '.' | ',' | ';' | ':') {
        return false;
    }
    // A headline has words, not only numbers and dates.
    line.chars().filter(|c| c.is_alphabetic()).count() >= 8
}

/// Interface words that make up chrome lines on their own.
const INTERFACE_WORDS: &[&str] = &[
    "home",
    "news",
    "more",
    "menu",
    "search",
    "share",
    "subscribe",
    "sign",
    "in",
    "log",
    "login",
    "register",
    "follow",
    "us",
    "skip",
    "to",
    "content",
    "main",
    "advertisement",
    "sections",
    "latest",
    "trending",
    "top",
    "stories",
    "newsletter",
    "print",
    "email",
    "comments",
    "comment",
    "back",
    "next",
    "previous",
    "read",
    "world",
    "politics",
    "business",
    "sport",
    "sports",
    "opinion",
    "video",
    "videos",
    "live",
    "editor's",
    "choice",
    "the",
    "and",
    "&",
    "|",
    "/",
    ">",
    "»",
    "›",
    "·",
    "•",
    "-",
    "–",
];

/// True when a line is site chrome rather than article text.
///
/// What it does: a breadcrumb (two or more `/`, `|`, `>`, `»`, `›` or `·`
/// separators between short segments), or a line of at most six words that
/// are all interface vocabulary. Why: these lines sit above headlines on
/// saved pages and must not be taken for the headline; they carry no prose.
pub fn is_chrome_line(line: &str) -> bool {
    let line = line.trim();
    let separators = ['/', '|', '>', '»', '›', '·', '•'];
    let parts: Vec<&str> = line.split(|c| separators.contains(&c)).map(str::trim).collect();
    if parts.len() >= 3 && parts.iter().all(|p| p.split_whitespace().count() <= 3) {
        return true;
    }
    let words: Vec<String> = line.split_whitespace().map(|w| w.to_lowercase()).collect();
    !words.is_empty() && words.len() <= 6 && words.iter().all(|w| INTERFACE_WORDS.contains(&w.as_str()))
}

fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_then_prose() {
        let (t, b) = split_title("Harbour bridge reopens after repairs\nThe bridge reopened on Friday.\nMore text.");
        assert_eq!(t.as_deref(), Some("Harbour bridge reopens after repairs"));
        assert_eq!(b, "The bridge reopened on Friday.\nMore text.");
    }

    #[test]
    fn breadcrumb_stays_in_body() {
        let text = "Home  /  Region  /  More\n\nMayor opens new library in Eastbrook\n\nThe library opened today.\n";
        let (t, b) = split_title(text);
        assert_eq!(t.as_deref(), Some("Mayor opens new library in Eastbrook"));
        assert_eq!(b, "Home  /  Region  /  More\n\n\nThe library opened today.\n");
    }

    #[test]
    fn first_paragraph_is_not_a_title() {
        let text = "The council met on Tuesday and approved the budget after a long debate.\nSecond line.";
        assert_eq!(split_title(text), (None, text.to_string()));
    }

    #[test]
    fn odd_inputs() {
        assert_eq!(split_title(""), (None, String::new()));
        assert_eq!(split_title("word"), (None, "word".to_string()));
        assert_eq!(split_title("\n\n\n").0, None);
        assert_eq!(split_title("Share\nMenu\n").0, None);
        assert_eq!(split_title("June 29, 2023\nText.").0, None);
        let crlf = split_title("Storm hits the northern coast\r\nWinds rose.\r\n");
        assert_eq!(crlf, (Some("Storm hits the northern coast".into()), "Winds rose.\n".into()));
    }

    #[test]
    fn questions_can_be_headlines() {
        assert!(reads_as_headline("Will the dam hold through winter?"));
        assert!(!reads_as_headline("it was raining all day long"));
    }
}
