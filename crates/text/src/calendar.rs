//! Month and weekday names, as news text writes them.
//!
//! Why here: the sentence splitter (a period after "Sept." may not end a
//! sentence) and the quantity reader ("June 20" is a date, not twenty of
//! something) both need the same names; each had its own list.
//!
//! Every function takes the word lower-cased, without a trailing period.
//!
//! ```
//! use dossier_text::calendar::{is_month, is_month_abbreviation, is_weekday};
//! assert!(is_month("september") && is_month("sept") && is_month("may"));
//! assert!(is_month_abbreviation("aug") && !is_month_abbreviation("may"));
//! assert!(is_weekday("tuesday") && !is_weekday("tues"));
//! ```

/// A month's name or its usual abbreviation ("march", "mar", "sept").
pub fn is_month(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    ) || is_month_abbreviation(w)
}

/// A month's usual abbreviation ("jan", "sep", "sept"); "may" has none.
pub fn is_month_abbreviation(w: &str) -> bool {
    matches!(w, "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "sept" | "oct" | "nov" | "dec")
}

/// A weekday's full name ("monday").
pub fn is_weekday(w: &str) -> bool {
    matches!(w, "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")
}
