//! Resolution rules that tie one expression to another it names: weekdays
//! inside a week the text names ("next week on Tuesday", "Tuesday of last
//! week", "next week Mon, Wed or Fri"), a month or a day whose year is
//! written beside it ("July 4th of 1995", "2016 June", "28 June in 2020"),
//! and anaphoric units ("the same year", "that weekend", "the following
//! week") at the unit's own granularity. Also the value passes that join a
//! clock time to what it is written with: a recurring day ("every Monday at
//! 4pm" is one SET), an evening or night ("at 5:30 tomorrow evening" is
//! pm), the other end of a range ("between 7 a.m. and 8 p.m. Tuesday"); and
//! counted nights ("two nights" = `P2D`) and "mid night" = midnight.
//!
//! Why: the tagger follows TimeML and tags "next week" and "Tuesday" as two
//! TIMEX3s, but the reader means the Tuesday of that week, not the Tuesday
//! nearest the publication date; likewise "the same year" is a year, not
//! the day the text was about.

use dossier_model::{Anchor, TimexType};
use jiff::ToSpan;
use jiff::civil::{Date, ISOWeekDate, Weekday};

use super::{Core, Hit, Tagger};
use crate::calendar::Val;
use crate::lexicon::{DayPart, Fw, Lex, Unit};
use crate::token::Kind;

/// The Monday of an ISO week value ("2017-W50").
fn week_monday(v: &str) -> Option<Date> {
    let b = v.as_bytes();
    if v.len() != 8 || b[4] != b'-' || b[5] != b'W' {
        return None;
    }
    let y: i16 = v[..4].parse().ok()?;
    let w: i8 = v[6..].parse().ok()?;
    Some(ISOWeekDate::new(y, w, Weekday::Monday).ok()?.date())
}

/// The day a value starts with ("2017-12-04", "2017-12-04T09:00", "2017-12-04TNI").
fn value_day(v: &str) -> Option<Date> {
    if v.len() > 10 && v.as_bytes()[10] != b'T' {
        return None;
    }
    v.get(..10)?.parse().ok()
}

impl Tagger<'_> {
    /// The ISO weekday a hit names, when it names exactly one.
    fn hit_weekday(&self, h: &Hit) -> Option<u8> {
        let mut found = None;
        for k in h.start..h.end {
            if let Lex::Weekday(d) = self.lex(k) {
                if found.is_some() {
                    return None;
                }
                found = Some(d);
            }
        }
        found
    }

    /// Whether the tokens between two hits are only list words: commas,
    /// slashes, "or", "and" (and "on" before a weekday, "-" after a week).
    fn list_gap(&self, a: usize, b: usize, first: bool) -> bool {
        b >= a
            && b - a <= 2
            && (a..b).all(|k| {
                self.punct(k, b',')
                    || self.punct(k, b'/')
                    || self.fw(k, Fw::On)
                    || (first && self.punct(k, b'-'))
                    || (!first && (self.fw(k, Fw::Or) || self.fw(k, Fw::And)))
            })
    }

    /// Moves a weekday hit onto the week starting `monday`; returns the old day.
    fn move_into_week(h: &mut Hit, dow: u8, monday: Date) -> Option<Date> {
        let old = value_day(&h.value)?;
        if old.weekday().to_monday_one_offset() as u8 != dow {
            return None;
        }
        let new = monday.checked_add((dow as i32 - 1).days()).ok()?;
        h.value = format!("{new}{}", &h.value[10..]);
        Some(old)
    }

    /// "next week on Tuesday", "last week Sunday", "next week Mon, Wed or
    /// Fri", "next week Mon 9 am or 1 pm", "Tuesday of last week", "Monday,
    /// Thursday, Friday next week": a weekday written against a week the
    /// text names falls in that week (the tagger otherwise resolves it
    /// against the publication date alone). A clock time listed after a
    /// moved day ("Mon 9 am or 1 pm") moves with it.
    pub(super) fn days_of_named_week(&self, mut hits: Vec<Hit>) -> Vec<Hit> {
        let is_week = |h: &Hit| h.kind == TimexType::Date && week_monday(&h.value).is_some();
        if !hits.iter().any(is_week) && !hits.iter().any(|h| self.weekday_then_week(h).is_some()) {
            return hits;
        }
        for w in 0..hits.len() {
            let monday = if is_week(&hits[w]) { week_monday(&hits[w].value) } else { self.weekday_then_week(&hits[w]) };
            let Some(monday) = monday else { continue };
            // Forward from a week: "next week (on) Tuesday, Thursday or Friday".
            if is_week(&hits[w]) {
                let mut prev_end = hits[w].end;
                let mut moved: Option<(Date, Date)> = None;
                for h in hits.iter_mut().skip(w + 1) {
                    if !self.list_gap(prev_end, h.start, moved.is_none()) {
                        break;
                    }
                    if let Some(dow) = self.hit_weekday(h) {
                        let Some(old) = Self::move_into_week(h, dow, monday) else { break };
                        moved = Some((old, value_day(&h.value).unwrap_or(old)));
                    } else if let Some((old, new)) = moved
                        && h.kind == TimexType::Time
                        && value_day(&h.value) == Some(old)
                    {
                        // "Mon 9 am or 1 pm": the listed clock time is on the moved day.
                        h.value = format!("{new}{}", &h.value[10..]);
                    } else {
                        break;
                    }
                    prev_end = h.end;
                }
            }
            // Backward to a week: "Tuesday of next week", "Monday, Thursday, Friday next week".
            let mut next_start = hits[w].start;
            let mut first = true;
            for j in (0..w).rev() {
                let (a, b) = (hits[j].end, next_start);
                let of_gap = first && is_week(&hits[w]) && b == a + 1 && self.fw(a, Fw::Of);
                let list = !is_week(&hits[w]) && self.list_gap(a, b, false) && b > a;
                if !(of_gap || list) {
                    break;
                }
                let h = &mut hits[j];
                let Some(dow) = self.hit_weekday(h) else { break };
                if Self::move_into_week(h, dow, monday).is_none() {
                    break;
                }
                next_start = hits[j].start;
                first = false;
            }
        }
        hits
    }

    /// "Friday next week": a weekday followed by "next/last/this week"
    /// inside one hit; the Monday of its week.
    fn weekday_then_week(&self, h: &Hit) -> Option<Date> {
        if h.end < h.start + 3 || self.lex(h.end - 1) != Lex::Unit(Unit::Week, false) {
            return None;
        }
        self.hit_weekday(h)?;
        let d = value_day(&h.value)?;
        d.checked_sub((d.weekday().to_monday_one_offset() as i32 - 1).days()).ok()
    }

    /// "July 4th of 1995", "28 June in 2020", "2016 June": a month or a
    /// day whose year the tagger took from the publication date takes the
    /// year written right beside it instead.
    pub(super) fn year_beside(&self, mut hits: Vec<Hit>) -> Vec<Hit> {
        let bare_year = |h: &Hit| {
            h.kind == TimexType::Date
                && h.value.len() == 4
                && h.value.bytes().all(|c| c.is_ascii_digit())
                && h.end == h.start + 1
                && self.tok(h.start).is_some_and(|t| t.kind == Kind::Num)
        };
        for j in 0..hits.len() {
            if hits[j].anchor != Anchor::Document || !matches!(hits[j].kind, TimexType::Date | TimexType::Time) {
                continue;
            }
            let v = &hits[j].value;
            let month_or_day = (v.len() == 7 || v.len() == 10 || (v.len() > 10 && v.as_bytes()[10] == b'T'))
                && v.as_bytes()[4] == b'-'
                && v.as_bytes()[5].is_ascii_digit()
                && (hits[j].start..hits[j].end).any(|k| matches!(self.lex(k), Lex::Month(..)));
            if !month_or_day {
                continue;
            }
            // After: "of 1995", "in 2020", "Wed Oct 26 15:50:06 2016"; before: "2016 June"
            // (nothing between).
            let year = if j + 1 < hits.len()
                && bare_year(&hits[j + 1])
                && (hits[j + 1].start == hits[j].end
                    || (hits[j + 1].start == hits[j].end + 1
                        && (self.fw(hits[j].end, Fw::Of) || self.fw(hits[j].end, Fw::In))))
            {
                hits[j + 1].value.clone()
            } else if j > 0 && bare_year(&hits[j - 1]) && hits[j - 1].end == hits[j].start {
                hits[j - 1].value.clone()
            } else {
                continue;
            };
            let new = format!("{year}{}", &hits[j].value[4..]);
            let valid = new.len() == 7 || new.get(..10).is_some_and(|d| d.parse::<Date>().is_ok());
            if valid {
                hits[j].value = new;
                hits[j].anchor = Anchor::None;
            }
        }
        hits
    }

    /// "the same year", "that week", "the following month", "that
    /// weekend": the unit holding (or `n` units after) the date the text is
    /// about, at the unit's own granularity ("the same year" after
    /// "2017-11-17" is 2017, "that weekend" its week's weekend).
    pub(super) fn chain_unit(&self, end: usize, unit: Unit, n: i32) -> Core {
        let step = if unit == Unit::Weekend { Unit::Week } else { unit };
        let c = self.chain(end, step, n);
        match c.val {
            Some(v @ Val::Day(_)) if matches!(unit, Unit::Week | Unit::Weekend | Unit::Month | Unit::Year) => {
                match v.rel(unit, 0) {
                    Some(u) => Core::date(end, u, c.anchor),
                    None => c,
                }
            }
            _ => c,
        }
    }
}

/// The clock part of a time value ("2019-01-16T16:00" gives "16:00").
fn clock_part(v: &str) -> Option<&str> {
    let (_, t) = v.split_once('T')?;
    t.starts_with(|c: char| c.is_ascii_digit()).then_some(t)
}

/// The day pattern of a recurring value a clock time can join: every day
/// ("P1D", "XXXX-XX-XXTNI" for "every night") or every such weekday
/// ("XXXX-WXX-1", "XXXX-WXX-2TNI").
fn set_day_pattern(v: &str) -> Option<&str> {
    if v == "P1D" {
        return Some("XXXX-XX-XX");
    }
    let day = v.get(..10)?;
    let rest = &v[10..];
    let ok_rest = rest.is_empty() || (rest.len() == 3 && rest.starts_with('T') && clock_part(v).is_none());
    (ok_rest && (day == "XXXX-XX-XX" || (day.starts_with("XXXX-WXX-") && day.as_bytes()[9].is_ascii_digit())))
        .then_some(day)
}

impl Tagger<'_> {
    /// "every Monday at 4pm", "9am on Sundays", "3pm each day", "every
    /// night at 9": a clock time written with a recurring day is one SET at
    /// that time of each such day (`XXXX-WXX-1T16:00`, `XXXX-XX-XXT21:00`),
    /// not a time on the publication date.
    pub(super) fn sets_at_clock(&self, hits: Vec<Hit>) -> Vec<Hit> {
        if !hits.iter().any(|h| h.kind == TimexType::Set) {
            return hits;
        }
        let is_clock = |h: &Hit| h.kind == TimexType::Time && clock_part(&h.value).is_some();
        let mut out: Vec<Hit> = Vec::with_capacity(hits.len());
        let mut it = hits.into_iter().peekable();
        while let Some(h) = it.next() {
            if let Some(next) = it.peek() {
                let gap = |words: &[Fw]| {
                    next.start == h.end || (next.start == h.end + 1 && words.iter().any(|&f| self.fw(h.end, f)))
                };
                let merged = if h.kind == TimexType::Set && is_clock(next) && gap(&[Fw::At]) {
                    set_day_pattern(&h.value).zip(clock_part(&next.value))
                } else if is_clock(&h) && next.kind == TimexType::Set && gap(&[Fw::On]) {
                    set_day_pattern(&next.value).zip(clock_part(&h.value))
                } else {
                    None
                };
                if let Some((day, clock)) = merged {
                    let value = format!("{day}T{clock}");
                    let next = it.next().expect("peeked");
                    out.push(Hit {
                        start: h.start,
                        end: next.end,
                        kind: TimexType::Set,
                        value,
                        anchor: Anchor::None,
                        modifier: None,
                    });
                    continue;
                }
            }
            out.push(h);
        }
        out
    }

    /// "the week beginning February 4", "the week starting on Monday": the
    /// week is the one that day opens (its ISO week); "the last week of
    /// 2016": the last ISO week of that year.
    pub(super) fn weeks_fixed_by_a_day(&self, mut hits: Vec<Hit>) -> Vec<Hit> {
        for j in 0..hits.len().saturating_sub(1) {
            let h = hits[j].clone();
            if h.kind != TimexType::Date
                || week_monday(&h.value).is_none()
                || self.lex(h.end - 1) != Lex::Unit(Unit::Week, false)
            {
                continue;
            }
            let next = hits[j + 1].clone();
            let mut k = h.end;
            let opener = ["beginning", "starting", "commencing"].iter().any(|w| self.is_word(k, w));
            if opener {
                k += 1;
                if self.fw(k, Fw::On) {
                    k += 1;
                }
                if k == next.start
                    && next.kind == TimexType::Date
                    && let Some(d) = value_day(&next.value).filter(|_| next.value.len() == 10)
                {
                    let w = d.iso_week_date();
                    let anchor = next.anchor;
                    hits[j].value = format!("{:04}-W{:02}", w.year(), w.week());
                    hits[j].anchor = anchor;
                }
                continue;
            }
            // "the last week of 2016".
            if h.end >= h.start + 2
                && self.fw(h.end - 2, Fw::Last)
                && self.fw(k, Fw::Of)
                && next.start == k + 1
                && next.kind == TimexType::Date
                && next.value.len() == 4
                && let Ok(y) = next.value.parse::<i16>()
                && let Ok(d) = Date::new(y, 12, 28)
            {
                let w = d.iso_week_date();
                hits[j].value = format!("{:04}-W{:02}", w.year(), w.week());
                hits[j].anchor = Anchor::None;
            }
        }
        hits
    }
}

impl Tagger<'_> {
    /// "two nights", "for 3 nights": a count of nights is a stay of that
    /// many days (`P2D`), not a clock time ("two" at night).
    pub(super) fn nights(&self, i: usize) -> Option<Core> {
        let (q, e) = self.qty(i)?;
        if !(self.is_word(e, "night") || self.is_word(e, "nights")) {
            return None;
        }
        // "one night in May" is that night, not a stay: only counts above one or "for".
        let counted = !self.is_word(e, "night") || (i > 0 && self.fw(i - 1, Fw::For));
        counted.then(|| Core::fixed(e + 1, TimexType::Duration, super::dur_value(q, Unit::Day)))
    }

    /// "mid night", "mid-night": midnight, written in two words.
    pub(super) fn mid_night(&self, mut hits: Vec<Hit>) -> Vec<Hit> {
        for h in &mut hits {
            let words: Vec<Lex> = (h.start..h.end).map(|k| self.lex(k)).filter(|l| *l != Lex::None).collect();
            let two_words = matches!(words.as_slice(), [Lex::Fw(Fw::Mid), Lex::DayPart(DayPart::Night)])
                && self.is_word(h.end - 1, "night");
            if two_words && h.value.len() == 13 && h.value.ends_with("TNI") {
                h.value = format!("{}T24:00", &h.value[..10]);
                h.kind = TimexType::Time;
                h.modifier = None;
            }
        }
        hits
    }
}

impl Tagger<'_> {
    /// "at 5:30 tomorrow evening", "at 11 tonight", "9 Tuesday night": a
    /// clock time without am/pm written with an afternoon, evening or night
    /// is after noon (from six at night: "2 Tuesday night" stays 02:00).
    pub(super) fn evening_clock_pm(&self, mut hits: Vec<Hit>) -> Vec<Hit> {
        for h in &mut hits {
            if h.kind != TimexType::Time {
                continue;
            }
            let Some((day, clock)) = h.value.split_once('T') else { continue };
            let Some(hour) = clock.get(..2).and_then(|x| x.parse::<u32>().ok()) else { continue };
            if !(1..12).contains(&hour) || clock.len() < 5 {
                continue;
            }
            let mut later = false;
            for k in h.start..h.end {
                match self.lex(k) {
                    Lex::DayPart(DayPart::Afternoon | DayPart::Evening) => later = true,
                    // "tonight around 3" is in the small hours, "tonight at 9" the evening.
                    Lex::Fw(Fw::Tonight) => later |= hour >= 5,
                    Lex::DayPart(DayPart::Night) => later |= hour >= 6,
                    // Any am/pm or morning word: the text already said which half.
                    Lex::DayPart(DayPart::Morning) => {
                        later = false;
                        break;
                    }
                    _ => {}
                }
                if self.ampm(k).is_some() && !matches!(self.lex(k), Lex::DayPart(_) | Lex::Fw(Fw::Tonight)) {
                    later = false;
                    break;
                }
            }
            if later {
                h.value = format!("{day}T{:02}{}", hour + 12, &clock[2..]);
            }
        }
        hits
    }
}

impl Tagger<'_> {
    /// Whether a hit names its day itself (a weekday, a month, "today",
    /// "tomorrow", "yesterday", "tonight", a numeric date).
    fn names_day(&self, h: &Hit) -> bool {
        (h.start..h.end).any(|k| {
            matches!(
                self.lex(k),
                Lex::Weekday(_) | Lex::Month(..) | Lex::Fw(Fw::Today | Fw::Tomorrow | Fw::Yesterday | Fw::Tonight)
            ) || self.punct(k, b'/')
        })
    }

    /// "between 7 a.m. and 8 p.m. Tuesday", "from 5pm to 7pm tomorrow": the
    /// first clock time of a range falls on the day written after the
    /// second (the day before when it is later in the day: "from 10 p.m. to
    /// 6 a.m. Saturday"), not on the publication date.
    pub(super) fn clock_range_day(&self, mut hits: Vec<Hit>) -> Vec<Hit> {
        let clock = |h: &Hit| {
            (h.kind == TimexType::Time).then(|| h.value.split_once('T')).flatten().and_then(|(d, t)| {
                let day = d.parse::<Date>().ok()?;
                t.starts_with(|c: char| c.is_ascii_digit()).then(|| (day, t.to_string()))
            })
        };
        for j in 1..hits.len() {
            let (a, b) = (&hits[j - 1], &hits[j]);
            let joined = b.start == a.end + 1
                && (self.fw(a.end, Fw::To)
                    || self.fw(a.end, Fw::Until)
                    || self.fw(a.end, Fw::Through)
                    || self.punct(a.end, b'-')
                    || (self.fw(a.end, Fw::And) && a.start > 0 && self.fw(a.start - 1, Fw::Between)));
            if !joined || self.names_day(a) || !self.names_day(b) {
                continue;
            }
            let (Some((_, ta)), Some((db, tb))) = (clock(a), clock(b)) else { continue };
            let day = if ta > tb { db.checked_sub(1.day()).ok() } else { Some(db) };
            if let Some(d) = day {
                let anchor = b.anchor;
                hits[j - 1].value = format!("{d}T{ta}");
                hits[j - 1].anchor = anchor;
            }
        }
        hits
    }
}
