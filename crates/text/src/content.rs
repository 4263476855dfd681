//! Content words: what two sentences share when they tell the same thing.
//!
//! Why here: publication-date inference (matching a weekday to a date another
//! article gives) and the timeline (merging sentences about one happening)
//! compare sentences by the same words; each had its own copy of this list.

/// Function words and words every news sentence uses, left out of
/// comparisons. Includes the relative words "last" and "next", which say
/// when rather than what.
pub const STOP: &[&str] = &[
    "about",
    "after",
    "also",
    "been",
    "before",
    "being",
    "both",
    "could",
    "during",
    "each",
    "from",
    "have",
    "into",
    "more",
    "most",
    "other",
    "over",
    "said",
    "says",
    "some",
    "such",
    "than",
    "that",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "under",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "with",
    "would",
    "will",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "week",
    "later",
    "earlier",
    "last",
    "next",
    "year",
    "month",
    "according",
    "reports",
    "reported",
];

/// The content words of `text`: lower-cased words of four letters or more,
/// not all digits, not in [`STOP`], cut to their first five letters so that
/// "raided" and "raid" meet.
///
/// ```
/// let w: Vec<String> = dossier_text::content::words("Police raided the depot last night.").collect();
/// assert_eq!(w, ["polic", "raide", "depot", "night"]);
/// ```
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4 && !w.chars().all(|c| c.is_ascii_digit()))
        .map(str::to_lowercase)
        .filter(|w| !STOP.contains(&w.as_str()))
        .map(|w| w.chars().take(5).collect())
}
