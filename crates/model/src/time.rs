//! Temporal expressions and events. Owned by the time work (issue 4).

use serde::{Deserialize, Serialize};

use crate::{SharedText, Span};

/// TIMEX3 type of a temporal expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or a coarser period ("June 2023", "the 1980s").
    Date,
    /// A time of day.
    Time,
    /// A length of time ("four decades").
    Duration,
    /// A recurring time ("every year").
    Set,
}

/// What a timex value was resolved against.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Anchor {
    /// The document's publication date ("on Tuesday", "last month").
    Document,
    /// An earlier date in the text ("a week later").
    Text,
    /// Nothing: the expression is absolute, or could not be anchored.
    None,
}

/// A temporal expression with its normalised TIMEX3 value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Timex {
    /// Where it stands.
    #[serde(flatten)]
    pub span: Span,
    /// DATE, TIME, DURATION or SET.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TIMEX3 value: `2023-06-20`, `XXXX-06-20`, `198`, `P4DE`, `PAST_REF`.
    pub value: String,
    /// What the value was resolved against.
    pub anchor: Anchor,
    /// TIMEX3 modifier (`START`, `MID`, `END`, `APPROX`, `BEFORE`, `AFTER`,
    /// `LESS_THAN`, `MORE_THAN`, ...), when there is one.
    #[serde(default, rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    /// The phrase a reader sees this timex in, when it is more than the
    /// TIMEX3: several joined into one range or point ("from Monday to
    /// Friday", "tomorrow at 7pm"), or a leading signal ("since 2016").
    /// Every timex of the phrase carries it; most timexes have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phrase: Option<Box<TimePhrase>>,
}

/// A time phrase as a reader sees it (see [`Timex::phrase`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimePhrase {
    /// First byte of the phrase in the document's text.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// Exactly `text[start..end]` of the document.
    pub text: SharedText,
    /// The word that leads it and changes its meaning, in snake case
    /// (`since`, `until`, `before`, `after`, `no_later_than`, `from`,
    /// `between`, `in`, `within`, `around`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signal: Option<String>,
    /// The one TIMEX3 value it means, when it means a point.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The TIMEX3 values of its two bounds, when it means a range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<[String; 2]>,
}

/// When an event happened: a TIMEX3 value plus calendar bounds.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EventDate {
    /// TIMEX3 value, e.g. `2023-06-20` or `2023-08`.
    pub value: String,
    /// Earliest calendar day the value allows, `YYYY-MM-DD`.
    pub earliest: Option<String>,
    /// Latest calendar day the value allows, `YYYY-MM-DD`.
    pub latest: Option<String>,
}

/// One thing that happened, merged across the documents that report it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// `e1`, `e2`, ... in timeline order.
    pub id: String,
    /// When it happened.
    pub date: EventDate,
    /// A short description.
    pub summary: String,
    /// The sentences that report it.
    pub mentions: Vec<Span>,
}

/// A calendar day (proleptic Gregorian), enough for comparing and printing
/// the bounds of TIMEX3 values without a calendar crate in the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CivilDay {
    /// Year.
    pub year: i32,
    /// Month, 1..=12.
    pub month: u8,
    /// Day of month, 1..=31.
    pub day: u8,
}

impl CivilDay {
    /// A day, when it exists.
    pub fn new(year: i32, month: u8, day: u8) -> Option<CivilDay> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(CivilDay {
            year,
            month,
            day,
        })
    }
    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = self.year as i64 - if self.month <= 2 { 1 } else { 0 };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }
    /// The day `days` after 1970-01-01.
    pub fn from_days(days: i64) -> CivilDay {
        let z = days + 719468;
        let era = z.div_euclid(146097);
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let y = (yoe + era * 400 + if m <= 2 { 1 } else { 0 }) as i32;
        CivilDay { year: y, month: m, day: d }
    }
    /// ISO weekday, 1 (Monday) ..= 7 (Sunday).
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday.
        ((self.to_days() + 3).rem_euclid(7) + 1) as u8
    }
    /// The day `n` days later (earlier when negative).
    pub fn add_days(self, n: i64) -> CivilDay {
        CivilDay::from_days(self.to_days() + n)
    }
}

impl std::fmt::Display for CivilDay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

/// The first and last calendar day a TIMEX3 date value allows: `2023-06-20`,
/// `2023-06`, `2023`, `2023-Q3`, `2023-H1`, `2023-SU`, `2023-W25`,
/// `2023-W25-WE`, `198` (a decade), `19` (a century), and a value with a
/// time (`2023-06-20T15:00`). `None` for open values (`XXXX-06-20`),
/// durations, sets and references such as `PAST_REF`.
///
/// ```
/// use dossier_model::timex_bounds;
/// let (a, b) = timex_bounds("2023-Q3").unwrap();
/// assert_eq!((a.to_string(), b.to_string()), ("2023-07-01".into(), "2023-09-30".into()));
/// assert!(timex_bounds("XXXX-06-20").is_none());
/// ```
pub fn timex_bounds(value: &str) -> Option<(CivilDay, CivilDay)> {
    let v = value.split('T').next()?;
    let num = |s: &str| -> Option<i32> {
        if !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit()) { s.parse().ok() } else { None }
    };
    let parts: Vec<&str> = v.split('-').collect();
    let year_span = |y: i32| Some((CivilDay::new(y, 1, 1)?, CivilDay::new(y, 12, 31)?));
    match parts.as_slice() {
        [y] if y.len() == 4 => year_span(num(y)?),
        [d] if d.len() == 3 => {
            let d = num(d)?;
            Some((CivilDay::new(d * 10, 1, 1)?, CivilDay::new(d * 10 + 9, 12, 31)?))
        }
        [c] if c.len() == 2 => {
            let c = num(c)?;
            Some((CivilDay::new(c * 100, 1, 1)?, CivilDay::new(c * 100 + 99, 12, 31)?))
        }
        [y, p] => {
            let y = num(y)?;
            if let Some(m) = num(p) {
                let m = u8::try_from(m).ok()?;
                return Some((CivilDay::new(y, m, 1)?, CivilDay::new(y, m, days_in_month(y, m))?));
            }
            let (first, last): (u8, u8) = match *p {
                "Q1" => (1, 3),
                "Q2" => (4, 6),
                "Q3" => (7, 9),
                "Q4" => (10, 12),
                "H1" => (1, 6),
                "H2" => (7, 12),
                "SP" => (3, 5),
                "SU" => (6, 8),
                "FA" => (9, 11),
                "WI" => return Some((CivilDay::new(y, 12, 1)?, CivilDay::new(y + 1, 2, days_in_month(y + 1, 2))?)),
                w if w.starts_with('W') => {
                    let monday = iso_week_monday(y, num(&w[1..])?)?;
                    return Some((monday, monday.add_days(6)));
                }
                _ => return None,
            };
            Some((CivilDay::new(y, first, 1)?, CivilDay::new(y, last, days_in_month(y, last))?))
        }
        [y, w, "WE"] if w.starts_with('W') => {
            let monday = iso_week_monday(num(y)?, num(&w[1..])?)?;
            Some((monday.add_days(5), monday.add_days(6)))
        }
        [y, m, d] => {
            let day = CivilDay::new(num(y)?, u8::try_from(num(m)?).ok()?, u8::try_from(num(d)?).ok()?)?;
            Some((day, day))
        }
        _ => None,
    }
}

fn iso_week_monday(y: i32, w: i32) -> Option<CivilDay> {
    if !(1..=53).contains(&w) {
        return None;
    }
    // The Monday of week 1 is the Monday on or before January 4.
    let jan4 = CivilDay::new(y, 1, 4)?;
    let week1 = jan4.add_days(-(jan4.weekday() as i64 - 1));
    Some(week1.add_days(7 * (w as i64 - 1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_days_round_trip_and_know_weekdays() {
        let d = CivilDay::new(2023, 6, 20).unwrap();
        assert_eq!(CivilDay::from_days(d.to_days()), d);
        assert_eq!(d.weekday(), 2);
        assert_eq!(CivilDay::new(2000, 2, 29).unwrap().add_days(1).to_string(), "2000-03-01");
        assert!(CivilDay::new(1900, 2, 29).is_none());
    }

    #[test]
    fn bounds_of_values() {
        let b = |v: &str| timex_bounds(v).map(|(a, b)| (a.to_string(), b.to_string()));
        assert_eq!(b("2023-06-20T15:00"), Some(("2023-06-20".into(), "2023-06-20".into())));
        assert_eq!(b("2024-02"), Some(("2024-02-01".into(), "2024-02-29".into())));
        assert_eq!(b("198"), Some(("1980-01-01".into(), "1989-12-31".into())));
        assert_eq!(b("2023-W25"), Some(("2023-06-19".into(), "2023-06-25".into())));
        assert_eq!(b("2023-W25-WE"), Some(("2023-06-24".into(), "2023-06-25".into())));
        assert_eq!(b("P1W"), None);
        assert_eq!(b("PAST_REF"), None);
    }
}
