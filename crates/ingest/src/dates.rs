//! Publication dates from metadata strings and URLs, as TIMEX3 values.
//!
//! What it does: reads the date part of ISO 8601 (`2023-06-29T10:00:00Z`),
//! slashed (`2023/06/29`), compact (`20230629`), RFC 2822 (`Thu, 29 Jun
//! 2023 10:00:00 GMT`, as in WARC and HTTP) and written forms (`June 29,
//! 2023`, `29 June 2023`), and validates it. The date is the one written:
//! a time zone offset is not applied, because the publisher's local day is
//! the publication day a reader sees.
//!
//! Example:
//! ```
//! use dossier_ingest::dates::{normalize_date, date_from_url};
//! assert_eq!(normalize_date("2023-06-29T22:15:00-04:00").as_deref(), Some("2023-06-29"));
//! assert_eq!(normalize_date("Thu, 29 Jun 2023 10:00:00 GMT").as_deref(), Some("2023-06-29"));
//! assert_eq!(date_from_url("https://example.org/2023/06/29/floods").as_deref(), Some("2023-06-29"));
//! ```

use std::sync::LazyLock;

use regex::Regex;

const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

fn month_number(name: &str) -> Option<u8> {
    let lower = name.to_ascii_lowercase();
    let key = lower.get(..3)?;
    MONTHS.iter().position(|m| *m == key).map(|i| i as u8 + 1)
}

/// `YYYY-MM-DD` when the parts form a real calendar date in 1900..=2100.
fn timex(year: i32, month: u8, day: u8) -> Option<String> {
    if !(1900..=2100).contains(&year) {
        return None;
    }
    jiff::civil::Date::new(year as i16, month as i8, day as i8).ok()?;
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

static ISO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s_]|[^\d])").unwrap());
static COMPACT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(\d{4})(\d{2})(\d{2})(?:$|T|\d{6})").unwrap());
static DAY_MONTH_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+([a-z]{3,9})\.?,?\s+(\d{4})\b").unwrap());
static MONTH_DAY_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b").unwrap());
static URL_DAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"/((?:19|20)\d{2})[/-]?(\d{2})[/-]?(\d{2})(?:[/_-]|\.html?|$)").unwrap());
static URL_MONTH: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"/((?:19|20)\d{2})/(\d{2})/").unwrap());

/// The calendar date a metadata string gives, as TIMEX3 `YYYY-MM-DD`.
pub fn normalize_date(value: &str) -> Option<String> {
    let value = value.trim();
    if value.is_empty() || value.len() > 200 {
        return None;
    }
    let num = |s: &str| s.parse::<u32>().ok();
    if let Some(c) = ISO.captures(value).or_else(|| COMPACT.captures(value)) {
        return timex(num(&c[1])? as i32, num(&c[2])? as u8, num(&c[3])? as u8);
    }
    if let Some(c) = DAY_MONTH_YEAR.captures(value)
        && let Some(month) = month_number(&c[2])
    {
        return timex(num(&c[3])? as i32, month, num(&c[1])? as u8);
    }
    if let Some(c) = MONTH_DAY_YEAR.captures(value)
        && let Some(month) = month_number(&c[1])
    {
        return timex(num(&c[3])? as i32, month, num(&c[2])? as u8);
    }
    None
}

/// The date a URL's path spells (`/2023/06/29/`, `/2023-06-29/`,
/// `/20230629/`), or only the month (`/2023/06/`) as TIMEX3 `YYYY-MM`.
///
/// Why: many news sites put the publication date in the path; it is the
/// last resort when a page has no date metadata.
pub fn date_from_url(url: &str) -> Option<String> {
    let path_start = url.find("://").map_or(0, |i| url[i + 3..].find('/').map_or(url.len(), |j| i + 3 + j));
    let path = &url[path_start..];
    let path = path.split(['?', '#']).next().unwrap_or("");
    if let Some(c) = URL_DAY.captures(path) {
        let d = timex(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
        if d.is_some() {
            return d;
        }
    }
    let c = URL_MONTH.captures(path)?;
    let (year, month): (i32, u8) = (c[1].parse().ok()?, c[2].parse().ok()?);
    (1..=12).contains(&month).then(|| format!("{year:04}-{month:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        for (input, want) in [
            ("2023-06-29", Some("2023-06-29")),
            ("2023-6-9", Some("2023-06-09")),
            ("2023/06/29 10:00", Some("2023-06-29")),
            ("20230629", Some("2023-06-29")),
            ("20230629T101500Z", Some("2023-06-29")),
            ("June 29, 2023", Some("2023-06-29")),
            ("Published 29th Jun. 2023 at 10:00", Some("2023-06-29")),
            ("Mon, 02 Jan 2023 00:00:00 +0000", Some("2023-01-02")),
            ("2023-02-30", None),
            ("1234", None),
            ("", None),
            ("yesterday", None),
        ] {
            assert_eq!(normalize_date(input).as_deref(), want, "{input}");
        }
    }

    #[test]
    fn urls() {
        assert_eq!(date_from_url("https://x.org/news/2023-06-29/story").as_deref(), Some("2023-06-29"));
        assert_eq!(date_from_url("https://x.org/20230629/story.html").as_deref(), Some("2023-06-29"));
        assert_eq!(date_from_url("https://x.org/2023/06/story").as_deref(), Some("2023-06"));
        assert_eq!(date_from_url("https://x.org/story-12345678901").as_deref(), None);
        assert_eq!(date_from_url("https://2023.org/a?d=2023/06/29/").as_deref(), None);
    }
}
