//! Calendar values at their own granularity, and the arithmetic the rules
//! need (shift by units, pick the weekday before or after a day), on `jiff`.

use jiff::ToSpan;
use jiff::civil::Date;

use crate::lexicon::Unit;

/// A resolved calendar value, as precise as the text made it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Val {
    Day(Date),
    Month(i32, u8),
    Year(i32),
    Quarter(i32, u8),
    Half(i32, u8),
    /// ISO week-numbering year and week.
    Week(i32, u8),
    Weekend(i32, u8),
    Season(i32, &'static str),
    /// The first three digits of the decade's years (1980s = 198).
    Decade(i32),
    /// The first two digits (20th century = 19).
    Century(i32),
}

/// Granularity rank: smaller is finer.
pub(crate) fn rank(v: &Val) -> u8 {
    match v {
        Val::Day(_) => 0,
        Val::Week(..) | Val::Weekend(..) => 1,
        Val::Month(..) => 2,
        Val::Season(..) | Val::Quarter(..) => 3,
        Val::Half(..) => 4,
        Val::Year(_) => 5,
        Val::Decade(_) => 6,
        Val::Century(_) => 7,
    }
}

/// The finest value a unit needs its anchor to have.
pub(crate) fn unit_rank(u: Unit) -> u8 {
    match u {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day | Unit::Week | Unit::Weekend | Unit::Fortnight => 0,
        Unit::Month => 2,
        Unit::Quarter | Unit::Half => 2,
        Unit::Year => 5,
        Unit::Decade => 6,
        Unit::Century | Unit::Millennium => 7,
    }
}

pub(crate) fn date(y: i32, m: u8, d: u8) -> Option<Date> {
    if !(1..=9998).contains(&y) {
        return None;
    }
    Date::new(y as i16, m as i8, d as i8).ok()
}

impl Val {
    pub fn year(&self) -> i32 {
        match *self {
            Val::Day(d) => d.year() as i32,
            Val::Month(y, _)
            | Val::Year(y)
            | Val::Quarter(y, _)
            | Val::Half(y, _)
            | Val::Week(y, _)
            | Val::Weekend(y, _)
            | Val::Season(y, _) => y,
            Val::Decade(d) => d * 10,
            Val::Century(c) => c * 100,
        }
    }

    /// Month when the value has one.
    pub fn month(&self) -> Option<u8> {
        match *self {
            Val::Day(d) => Some(d.month() as u8),
            Val::Month(_, m) => Some(m),
            _ => None,
        }
    }

    pub fn render(&self) -> String {
        match *self {
            Val::Day(d) => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            Val::Month(y, m) => format!("{y:04}-{m:02}"),
            Val::Year(y) => format!("{y:04}"),
            Val::Quarter(y, q) => format!("{y:04}-Q{q}"),
            Val::Half(y, h) => format!("{y:04}-H{h}"),
            Val::Week(y, w) => format!("{y:04}-W{w:02}"),
            Val::Weekend(y, w) => format!("{y:04}-W{w:02}-WE"),
            Val::Season(y, s) => format!("{y:04}-{s}"),
            Val::Decade(d) => format!("{d:03}"),
            Val::Century(c) => format!("{c:02}"),
        }
    }

    /// The value `n` units away from `self`, as the unit's own granularity
    /// ("last month" from a day gives a month). None when `self` is too
    /// coarse for the unit.
    pub fn rel(&self, unit: Unit, n: i32) -> Option<Val> {
        match unit {
            Unit::Day => Some(Val::Day(self.day()?.checked_add(n.days()).ok()?)),
            Unit::Week | Unit::Fortnight => {
                let w = self.day()?.checked_add((7 * n).days()).ok()?.iso_week_date();
                Some(Val::Week(w.year() as i32, w.week() as u8))
            }
            Unit::Weekend => {
                let w = self.day()?.checked_add((7 * n).days()).ok()?.iso_week_date();
                Some(Val::Weekend(w.year() as i32, w.week() as u8))
            }
            Unit::Month => {
                let (y, m) = self.year_month()?;
                let t = y * 12 + (m as i32 - 1) + n;
                Some(Val::Month(t.div_euclid(12), (t.rem_euclid(12) + 1) as u8))
            }
            Unit::Quarter => {
                let (y, q) = match *self {
                    Val::Quarter(y, q) => (y, q),
                    _ => {
                        let (y, m) = self.year_month()?;
                        (y, (m - 1) / 3 + 1)
                    }
                };
                let t = y * 4 + (q as i32 - 1) + n;
                Some(Val::Quarter(t.div_euclid(4), (t.rem_euclid(4) + 1) as u8))
            }
            Unit::Half => {
                let (y, m) = self.year_month()?;
                let t = y * 2 + ((m as i32 - 1) / 6) + n;
                Some(Val::Half(t.div_euclid(2), (t.rem_euclid(2) + 1) as u8))
            }
            Unit::Year => Some(Val::Year(self.year_of_year()? + n)),
            Unit::Decade => Some(Val::Decade(self.year_of_year()?.div_euclid(10) + n)),
            Unit::Century => Some(Val::Century(self.year_of_year()?.div_euclid(100) + n)),
            Unit::Second | Unit::Minute | Unit::Hour | Unit::Millennium => None,
        }
    }

    /// `self` moved by `n` units, keeping its own granularity when it is at
    /// least as fine as the unit ("a week later" after a day is a day; "a
    /// year earlier" after a quarter is a quarter).
    pub fn shift(&self, unit: Unit, n: i32) -> Option<Val> {
        match (*self, unit) {
            (Val::Day(d), Unit::Day) => Some(Val::Day(d.checked_add(n.days()).ok()?)),
            (Val::Day(d), Unit::Week) => Some(Val::Day(d.checked_add((7 * n).days()).ok()?)),
            (Val::Day(d), Unit::Fortnight) => Some(Val::Day(d.checked_add((14 * n).days()).ok()?)),
            (Val::Day(d), Unit::Month) => Some(Val::Day(d.checked_add(n.months()).ok()?)),
            (Val::Day(d), Unit::Year) => Some(Val::Day(d.checked_add(n.years()).ok()?)),
            (Val::Week(..), Unit::Week) => self.week_monday().and_then(|d| Val::Day(d).rel(Unit::Week, n)),
            (Val::Month(..), Unit::Month | Unit::Year) => {
                self.rel(Unit::Month, if unit == Unit::Year { 12 * n } else { n })
            }
            (Val::Quarter(y, q), Unit::Year) => Some(Val::Quarter(y + n, q)),
            (Val::Quarter(..), Unit::Quarter) => self.rel(Unit::Quarter, n),
            (Val::Half(y, h), Unit::Year) => Some(Val::Half(y + n, h)),
            (Val::Season(y, s), Unit::Year) => Some(Val::Season(y + n, s)),
            (Val::Year(y), Unit::Year) => Some(Val::Year(y + n)),
            (Val::Decade(d), Unit::Decade) => Some(Val::Decade(d + n)),
            _ => None,
        }
    }

    pub fn day(&self) -> Option<Date> {
        match *self {
            Val::Day(d) => Some(d),
            _ => None,
        }
    }

    fn year_month(&self) -> Option<(i32, u8)> {
        match *self {
            Val::Day(d) => Some((d.year() as i32, d.month() as u8)),
            Val::Month(y, m) => Some((y, m)),
            _ => None,
        }
    }

    fn year_of_year(&self) -> Option<i32> {
        match self {
            Val::Decade(_) | Val::Century(_) => None,
            v => Some(v.year()),
        }
    }

    fn week_monday(&self) -> Option<Date> {
        match *self {
            Val::Week(y, w) => {
                jiff::civil::ISOWeekDate::new(y as i16, w as i8, jiff::civil::Weekday::Monday).ok().map(|w| w.date())
            }
            _ => None,
        }
    }
}

/// The latest day with ISO weekday `dow` on or before `d` (`strict`: before).
pub(crate) fn weekday_before(d: Date, dow: u8, strict: bool) -> Option<Date> {
    let cur = d.weekday().to_monday_one_offset() as i32;
    let mut back = (cur - dow as i32).rem_euclid(7);
    if strict && back == 0 {
        back = 7;
    }
    d.checked_sub(back.days()).ok()
}

/// The earliest day with ISO weekday `dow` on or after `d` (`strict`: after).
pub(crate) fn weekday_after(d: Date, dow: u8, strict: bool) -> Option<Date> {
    let cur = d.weekday().to_monday_one_offset() as i32;
    let mut fwd = (dow as i32 - cur).rem_euclid(7);
    if strict && fwd == 0 {
        fwd = 7;
    }
    d.checked_add(fwd.days()).ok()
}

/// Parses a TIMEX3 date value back into a [`Val`] (for anchors).
pub(crate) fn parse_val(s: &str) -> Option<Val> {
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<i32> {
        let t = s.get(r)?;
        if t.bytes().all(|c| c.is_ascii_digit()) { t.parse().ok() } else { None }
    };
    if b.len() >= 10 && b[4] == b'-' && b[7] == b'-' {
        return Some(Val::Day(date(num(0..4)?, num(5..7)? as u8, num(8..10)? as u8)?));
    }
    if b.len() == 7 && b[4] == b'-' {
        let y = num(0..4)?;
        if let Some(m) = num(5..7) {
            return (1..=12).contains(&m).then_some(Val::Month(y, m as u8));
        }
        return match &s[5..] {
            "Q1" | "Q2" | "Q3" | "Q4" => Some(Val::Quarter(y, b[6] - b'0')),
            "H1" | "H2" => Some(Val::Half(y, b[6] - b'0')),
            _ => None,
        };
    }
    if b.len() == 4 {
        return num(0..4).map(Val::Year);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_values_take_the_units_granularity() {
        let d = Val::Day(date(2023, 6, 29).unwrap());
        assert_eq!(d.rel(Unit::Month, -1).unwrap().render(), "2023-05");
        assert_eq!(d.rel(Unit::Year, -1).unwrap().render(), "2022");
        assert_eq!(d.rel(Unit::Week, -1).unwrap().render(), "2023-W25");
        assert_eq!(Val::Month(2023, 1).rel(Unit::Month, -1).unwrap().render(), "2022-12");
        assert_eq!(d.rel(Unit::Decade, 0).unwrap().render(), "202");
    }

    #[test]
    fn weekday_search_goes_the_right_way() {
        let thu = date(2023, 6, 29).unwrap();
        assert_eq!(weekday_before(thu, 2, false).unwrap(), date(2023, 6, 27).unwrap());
        assert_eq!(weekday_before(thu, 4, false).unwrap(), thu);
        assert_eq!(weekday_before(thu, 4, true).unwrap(), date(2023, 6, 22).unwrap());
        assert_eq!(weekday_after(thu, 1, false).unwrap(), date(2023, 7, 3).unwrap());
    }

    #[test]
    fn parses_anchor_values() {
        assert_eq!(parse_val("2023-06-20").unwrap().render(), "2023-06-20");
        assert_eq!(parse_val("2023-06").unwrap(), Val::Month(2023, 6));
        assert_eq!(parse_val("1989-Q3").unwrap(), Val::Quarter(1989, 3));
        assert_eq!(parse_val("2023").unwrap(), Val::Year(2023));
        assert!(parse_val("XXXX-06-20").is_none());
    }
}
