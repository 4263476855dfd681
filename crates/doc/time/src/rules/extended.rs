//! Rules for the shorter, conversational and numeric forms of dates and
//! times: a day of the month alone ("on the 27th"), a month with a day in
//! words ("May the eleventh", "June twenty two"), a weekday with its date
//! ("Wednesday the 27th", "Friday 7/6"), short numeric dates ("on 4/22",
//! "Jan-1", "28-Nov"), spoken clock times ("half past eight", "seven thirty
//! pm", "a quarter to 8"), compact clock forms ("9p", "340pm", "7 p m"), and
//! the bare end of a range whose other end is written in full ("from 3 to 5
//! pm", "November 19-20"); also abbreviated months, week numbers and ranks,
//! compound "ago", holiday weekends, spoken years, glued units.
//!
//! Structure: [`Tagger::extended`] is one more core rule (the driver keeps
//! the longest match); the post-passes run after all hits are known, in
//! order: [`Tagger::range_ends`] (bare range ends, ranges of bare hours or
//! days next to a tagged day or month, elided units "this week or next",
//! lists of days), [`Tagger::with_zones`] (a time zone after a clock time),
//! [`Tagger::merge_sets_and_weeks`] (a set and its clock time, a week and its
//! weekday, a clock and its part of the day, afternoon hours after noon).
//!
//! Why: news writes most dates in full, but quotes, schedules and wire
//! copy use these forms too, and the Recognizers-Text specs test them. Each
//! rule needs a cue that makes the numbers a date or a time (a temporal
//! preposition, a weekday, a month name, "am"/"pm", the other end of a
//! range), so that counts and scores ("won 4-2", "ages 4-12") stay out; the
//! rules were read against CoNLL-2003 Reuters text for false positives.

use dossier_model::{Anchor, TimexType};

use super::{Core, Hit, Tagger, Tense};
use crate::calendar::{Val, date};
use crate::lexicon::{DayPart, Fw, Lex, Unit};
use crate::token::Kind;

/// Whether an unknown word can begin one of these rules (the driver skips
/// words the lexicon does not know, for speed).
pub(super) fn extended_head(w: &str) -> bool {
    let b = w.as_bytes();
    if b.is_empty() || b.len() > 13 {
        return false;
    }
    let heads: &[&str] = match b[0] | 0x20 {
        b'a' => &["all"],
        b'b' => &["biweekly", "bimonthly", "boxing", "bi"],
        b'j' => &["juneteenth"],
        b'e' => &["eod", "eoy", "eom", "everyday", "earth"],
        b'c' => &["calendar"],
        b'h' => &["half"],
        b'm' => &["midmorning", "midafternoon", "midevening", "midnight", "mondays"],
        b'n' => &["noonish", "noughties"],
        b's' => &["saturdays", "sundays", "semiannually", "semiannual", "semi"],
        b'f' => &["fridays"],
        b'w' => &["wednesdays", "week"],
        b'q' => &["quarter", "q"],
        b'r' => &["rest"],
        b't' => &["t", "tuesdays", "thursdays"],
        _ => return false,
    };
    heads.iter().any(|h| h.eq_ignore_ascii_case(w))
}

impl<'a> Tagger<'a> {
    /// The longest of the rules of this module at token `i`.
    pub(super) fn extended(&self, i: usize) -> Option<Core> {
        let mut best: Option<Core> = None;
        let mut consider = |c: Option<Core>| {
            if let Some(c) = c
                && best.as_ref().is_none_or(|b| c.end > b.end)
            {
                best = Some(c);
            }
        };
        let t = self.tok(i)?;
        match t.kind {
            Kind::Num => {
                consider(self.day_of_month(i));
                consider(self.short_numeric_date(i));
                consider(self.date_of_year(i));
                consider(self.spoken_day_month_year(i));
                consider(self.compact_clock(i));
                consider(self.minutes_past(i));
                consider(self.bare_hour(i));
                consider(self.year_month_compact(i));
                consider(self.glued_unit(i));
                consider(self.nth_week_of(i));
                if self.quantity_gate(i) {
                    consider(self.counted_from_day(i));
                    consider(self.compound_ago(i));
                    consider(self.counted_rel_units(i));
                    consider(self.minutes_from_now(i));
                    consider(self.counted_from_date(i));
                    consider(self.half_durations(i));
                }
                consider(self.year_quarter(i));
                consider(self.compact_ymd(i));
                consider(self.ordinal_month_of(i));
                consider(self.spaced_year_month(i));
                consider(self.military_pair(i));
                consider(self.dotted_clock_after_day(i));
                consider(self.year_then_month(i));
            }
            Kind::Word => {
                match t.lex {
                    Lex::Fw(Fw::The) | Lex::Ordinal(_) | Lex::Number(_) => {
                        consider(self.day_of_month(i));
                        consider(self.nth_week_of(i));
                        consider(self.week_number(i));
                        consider(self.end_of_unit(i));
                        consider(self.month_of(i));
                        consider(self.whole_unit(i));
                        consider(self.ordinal_weekday(i));
                        consider(self.ordinal_month_of(i));
                        consider(self.date_of_year(i));
                        consider(self.spoken_day_month_year(i));
                        if self.fw(i, Fw::The) {
                            consider(self.counted_rel_units(i));
                            consider(self.the_weekday(i));
                            consider(self.the_abbreviation(i));
                            consider(self.holiday_weekend(i));
                            consider(self.after_the_next(i));
                            consider(self.upcoming_unit(i));
                            consider(self.decade_2000s(i));
                        } else {
                            if self.quantity_gate(i) {
                                consider(self.compound_ago(i));
                                consider(self.counted_rel_units(i));
                                consider(self.minutes_from_now(i));
                                consider(self.counted_from_date(i));
                                consider(self.half_durations(i));
                            }
                            consider(self.year_words_alone(i));
                        }
                    }
                    _ => {}
                }
                match t.lex {
                    Lex::Month(..) => {
                        consider(self.date_of_year(i));
                        consider(self.holiday_weekend(i));
                        consider(self.day_am_pm(i));
                        consider(self.month_day_words(i));
                        consider(self.short_numeric_date(i));
                        consider(self.month_abbreviation(i));
                        consider(self.month_year_words(i));
                        consider(self.month_of_short_year(i));
                        consider(self.more_fixed_holidays(i));
                    }
                    Lex::Weekday(_)
                    | Lex::Fw(
                        Fw::This | Fw::Next | Fw::Last | Fw::Coming | Fw::Previous | Fw::Following | Fw::Current,
                    ) => {
                        consider(self.day_am_pm(i));
                        consider(self.weekday_with_date(i));
                        consider(self.next_day(i));
                        consider(self.this_past_weekday(i));
                        consider(self.weekday_day_number(i));
                        consider(self.relative_short_date(i));
                        consider(self.relative_holiday(i));
                        consider(self.nth_week_of(i));
                        consider(self.calendar_year(i));
                    }
                    Lex::Number(_) | Lex::Fw(Fw::Half | Fw::A) => {
                        if self.quantity_gate(i) || self.fw(i, Fw::Half) {
                            consider(self.half_durations(i));
                            consider(self.minutes_from_now(i));
                            consider(self.counted_from_day(i));
                        }
                        consider(self.word_clock(i));
                        consider(self.minutes_past(i));
                        consider(self.bare_hour(i));
                    }
                    Lex::Unit(Unit::Quarter, _) => consider(self.minutes_past(i)),
                    Lex::DayPart(_) => {
                        consider(self.daypart_clock(i));
                        consider(self.daypart_after_hyphen(i));
                    }
                    Lex::Unit(..) => {
                        consider(self.holiday_weekend(i));
                        consider(self.day_after_tomorrow(i));
                        consider(self.month_of(i));
                        consider(self.week_number(i));
                        consider(self.daypart_after_hyphen(i));
                        consider(self.end_of_unit(i));
                    }
                    Lex::Fw(Fw::Full) => consider(self.whole_unit(i)),
                    Lex::Fw(Fw::Mid | Fw::Early | Fw::Late) => consider(self.hyphen_daypart(i)),
                    Lex::Fw(Fw::Another) => consider(self.another_unit(i)),
                    Lex::None => {
                        consider(self.holiday_weekend(i));
                        consider(self.word_head_rules(i));
                        consider(self.year_quarter(i));
                        consider(self.more_fixed_holidays(i));
                        consider(self.frequency_words(i));
                    }
                    Lex::Fw(Fw::Whole) => consider(self.whole_unit(i)),
                    Lex::Fw(Fw::Couple) => consider(self.couple_of_units(i)),
                    Lex::Fw(Fw::Independence) => consider(self.more_fixed_holidays(i)),
                    Lex::Fw(Fw::Upcoming) => consider(self.upcoming_unit(i)),
                    Lex::Fw(Fw::Today | Fw::Tomorrow | Fw::Yesterday) => consider(self.day_am_pm(i)),
                    _ => {}
                }
            }
            Kind::Punct(_) => {}
        }
        best
    }

    // ----- days of the month -----

    /// A day of the month written as a number or in words: "27", "27th",
    /// "second", "twenty second", "twenty-first", "thirty first", "twenty
    /// one". Returns (day, next, written with an ordinal).
    fn day_words(&self, i: usize) -> Option<(u8, usize, bool)> {
        if let Some((d, e)) = self.day_num(i) {
            let ordinal = e > i + 1 || matches!(self.lex(i), Lex::Ordinal(_)) || self.lex(i) == Lex::Number(20);
            // day_num reads "twenty-first" (e > i + 1) and ordinals.
            return Some((d, e, ordinal || self.tok(i).is_some_and(|t| t.kind == Kind::Word)));
        }
        match self.lex(i) {
            // "twenty one", "thirty".
            Lex::Number(tens @ (20 | 30)) => {
                let j = self.join(i + 1);
                if let Lex::Number(u @ 1..=9) = self.lex(j)
                    && tens + u <= 31
                {
                    return Some(((tens + u) as u8, j + 1, true));
                }
                Some((tens as u8, i + 1, true))
            }
            Lex::Number(n @ 1..=19) => Some((n as u8, i + 1, true)),
            _ => None,
        }
    }

    /// What may follow a day of the month written alone: the end of the
    /// text or sentence, a comma, or a word that starts a time or another
    /// date ("the 12th at noon", "the 12th between 9 and 10").
    fn day_alone_ends(&self, e: usize) -> bool {
        match self.tok(e) {
            None => true,
            Some(t) => match t.kind {
                Kind::Punct(c) => {
                    matches!(c, b'.' | b'!' | b'?' | b',' | b';' | b')' | b'"')
                        && !(c == b'.' && self.tok(e + 1).is_some_and(|n| n.kind == Kind::Num && !n.gap))
                }
                Kind::Word => {
                    matches!(
                        t.lex,
                        Lex::Fw(Fw::At | Fw::Between | Fw::From | Fw::And | Fw::Or | Fw::To | Fw::Until | Fw::Through)
                    )
                }
                Kind::Num => false,
            },
        }
    }

    /// "on the 27th", "for the second", "on 22nd", "the 20th of next
    /// month", "the 31st of this month", "22 this month": a day of the month.
    ///
    /// What: a day number after a temporal preposition (on, for, by, until,
    /// since, before, after, from, to) with nothing noun-like after it, or
    /// a day number followed by "of" and a relative month.
    /// Why: "on the 27th" in a text about a month means its 27th day; but
    /// "the second time", "the 21st century" and "for the 27th straight
    /// game" are ordinals of nouns, and the rule stops there.
    /// Example: "Pay is due on the 27th." = XXXX-XX-27, resolved in the
    /// anchor's month.
    fn day_of_month(&self, i: usize) -> Option<Core> {
        let the = self.fw(i, Fw::The);
        let s = if the { i + 1 } else { i };
        let (d, e, ordinal) = self.day_words(s)?;
        if d == 0 {
            return None;
        }
        // "the 20th of next month", "22 this month", "the 3rd of the month",
        // "the 12th day of next month".
        let e = if ordinal && self.lex(e) == Lex::Unit(Unit::Day, false) && self.fw(e + 1, Fw::Of) { e + 1 } else { e };
        let k = if self.fw(e, Fw::Of) { e + 1 } else { e };
        let rel = match (self.lex(k), self.lex(k + 1)) {
            (Lex::Fw(Fw::This | Fw::Current), Lex::Unit(Unit::Month, false)) => Some(0),
            (Lex::Fw(Fw::The), Lex::Unit(Unit::Month, false)) if k > e => Some(0),
            (Lex::Fw(Fw::Next | Fw::Coming | Fw::Following), Lex::Unit(Unit::Month, false)) => Some(1),
            (Lex::Fw(Fw::Last | Fw::Previous | Fw::Past), Lex::Unit(Unit::Month, false)) => Some(-1),
            _ => None,
        };
        if let Some(n) = rel {
            // A bare cardinal word ("two this month") is no day.
            if !ordinal && self.tok(s).is_some_and(|t| t.kind == Kind::Word) {
                return None;
            }
            let end = k + 2;
            return Some(match self.doc.and_then(|a| a.rel(Unit::Month, n)) {
                Some(Val::Month(y, m)) => match date(y, m, d) {
                    Some(dt) => Core::date(end, Val::Day(dt), Anchor::Document),
                    None => Core::open(end, format!("{y:04}-{m:02}-{d:02}")),
                },
                _ => Core::open(end, format!("XXXX-XX-{d:02}")),
            });
        }
        // A day alone needs a temporal preposition before it.
        let p = i.checked_sub(1)?;
        let digits = self.tok(s).is_some_and(|t| t.kind == Kind::Num);
        let suffixed = digits && e > s + 1;
        // Prepositions that make a day of it; the wider set ("for", "from",
        // "about") only with a suffixed ordinal ("for the 27th"): "from the
        // 13" (a squad), "about the seventh" (an inning) are no days.
        let strong = matches!(self.lex(p), Lex::Fw(Fw::On | Fw::By | Fw::Until | Fw::Since | Fw::Before | Fw::After));
        let weak = matches!(
            self.lex(p),
            Lex::Fw(Fw::For | Fw::From | Fw::To | Fw::Between | Fw::Around | Fw::About | Fw::Through)
        );
        if !(strong || (weak && suffixed)) {
            return None;
        }
        // "on the 15th and 17th holes": a list of ordinals before a noun.
        if matches!(self.lex(e), Lex::Fw(Fw::And | Fw::Or)) || self.punct(e, b',') {
            let k =
                if self.punct(e, b',') && matches!(self.lex(e + 1), Lex::Fw(Fw::And | Fw::Or)) { e + 2 } else { e + 1 };
            if let Some((_, e2, _)) = self.day_words(k)
                && self.tok(e2).is_some_and(|t| {
                    t.kind == Kind::Word && t.lex == Lex::None && !t.cap && !is_preposition(self.word(e2))
                })
            {
                return None;
            }
        }
        if !the {
            // "on 22nd", "on twenty second"; a bare "on 15" only at the end
            // of a sentence.
            if !self.fw(p, Fw::On) {
                return None;
            }
            if !ordinal {
                let end_ok = match self.tok(e) {
                    None => true,
                    Some(t) => {
                        matches!(t.kind, Kind::Punct(b'.' | b'!' | b'?'))
                            || (self.fw(e, Fw::At) && self.tok(e + 1).is_some_and(|n| n.kind == Kind::Num))
                    }
                };
                if !end_ok || !digits {
                    return None;
                }
            }
        } else if !ordinal && !digits {
            // "the two": no day.
            return None;
        }
        if !self.day_alone_ends(e) {
            return None;
        }
        Some(self.day_in_month(e, d, s))
    }

    /// Day `d` of the month the text is about: the anchor's month, or the
    /// one before or after by tense when the day is not in it.
    fn day_in_month(&self, end: usize, d: u8, at: usize) -> Core {
        let Some(a) = self.doc.and_then(|a| a.day()) else { return Core::open(end, format!("XXXX-XX-{d:02}")) };
        let (y, m) = (a.year() as i32, a.month() as u8);
        let shifted = |n: i32| {
            let t = y * 12 + m as i32 - 1 + n;
            date(t.div_euclid(12), (t.rem_euclid(12) + 1) as u8, d)
        };
        let here = date(y, m, d);
        let pick = match self.tense(at) {
            Tense::Past if here.is_none_or(|h| h > a) => shifted(-1),
            Tense::Future if here.is_none_or(|h| h < a) => shifted(1),
            _ => here,
        };
        match pick.or(here) {
            Some(dt) => Core::date(end, Val::Day(dt), Anchor::Document),
            None => Core::open(end, format!("XXXX-XX-{d:02}")),
        }
    }

    /// "May the eleventh", "June twenty two", "September the twenty-first
    /// nineteen seventy eight", "Jan twenty two, 2018", "October, 1st".
    ///
    /// What: a month name, then "the" or a comma or nothing, then a day
    /// written as an ordinal or in words, then an optional year.
    /// Why: the date rule reads digits ("June 22"); spoken dates write the
    /// day in words.
    fn month_day_words(&self, i: usize) -> Option<Core> {
        let Lex::Month(m, strict) = self.lex(i) else { return None };
        let t = self.tok(i)?;
        let mut e = i + 1;
        // "Jan." but not the full stop after "April".
        if self.punct(e, b'.') && self.attached(e) {
            if t.end - t.start > 4 || super::is_full_short_month(self.word(i)) {
                return None;
            }
            e += 1;
        }
        let mut k = e;
        let the = self.fw(k, Fw::The);
        let comma = self.punct(k, b',');
        if the || comma {
            k += 1;
        }
        let (d, e2, ordinal) = self.day_words(k)?;
        let word_day = self.tok(k).is_some_and(|t| t.kind == Kind::Word);
        // Digits right after the month are the date rule's ("June 22").
        if !the && !comma && !word_day {
            return None;
        }
        if comma && !ordinal {
            return None;
        }
        if d == 0 || d > 31 {
            return None;
        }
        // A year after: ", 2018", "2018", "nineteen seventy eight", "two thousand and eighteen".
        let mut y_at = e2;
        if self.punct(y_at, b',') {
            y_at += 1;
        }
        let year = self.year_num(y_at).or_else(|| self.year_in_words(y_at));
        // Lower-case "may"/"march" and a day in words with nothing after it
        // that closes the date: "he may the ..." is no month.
        if (strict || !t.cap) && year.is_none() && !self.day_alone_ends(e2) {
            return None;
        }
        // "In March twenty people died": a cardinal followed by a noun.
        if !ordinal && year.is_none() && self.tok(e2).is_some_and(|n| n.kind == Kind::Word && n.lex == Lex::None) {
            return None;
        }
        let (year, end) = match year {
            Some((y, e4)) => (Some(y), e4),
            None => (None, e2),
        };
        let (val, value, anchor) = self.month_day_val(m, d, year, i);
        Some(Core::new(end, TimexType::Date, value, anchor, val))
    }

    /// A year in words beyond "nineteen ninety": "two thousand", "two
    /// thousand and eighteen", "nineteen zero one", "nineteen seventy eight".
    fn year_in_words(&self, i: usize) -> Option<(i32, usize)> {
        match (self.lex(i), self.lex(i + 1)) {
            (Lex::Number(2), Lex::Number(1000)) => {
                let mut e = i + 2;
                if self.fw(e, Fw::And) {
                    e += 1;
                }
                let (rest, e2) = self.small_number_words(e).unwrap_or((0, i + 2));
                if rest >= 100 {
                    return None;
                }
                Some((2000 + rest as i32, if rest == 0 { i + 2 } else { e2 }))
            }
            // "nineteen hundred ninety three", "seventeen hundred and thirty three".
            (Lex::Number(c @ 10..=20), Lex::Number(100)) => {
                let mut e = i + 2;
                if self.fw(e, Fw::And) {
                    e += 1;
                }
                let (rest, e2) = self.small_number_words(e)?;
                (rest < 100).then_some(((c * 100 + rest) as i32, e2))
            }
            (Lex::Number(c @ (19 | 20)), _) => {
                let j = self.join(i + 1);
                // "nineteen zero one", "nineteen oh five".
                if self.is_word(j, "zero") || self.is_word(j, "oh") {
                    let Lex::Number(u @ 1..=9) = self.lex(j + 1) else { return None };
                    return Some(((c * 100 + u) as i32, j + 2));
                }
                let (rest, e2) = self.small_number_words(j)?;
                (10..100).contains(&rest).then_some(((c * 100 + rest) as i32, e2))
            }
            _ => None,
        }
    }

    /// A number under 100 in words: "seventy eight", "thirty-five", "twelve".
    fn small_number_words(&self, i: usize) -> Option<(u32, usize)> {
        let Lex::Number(n) = self.lex(i) else { return None };
        if n >= 100 {
            return None;
        }
        if n >= 20 && n % 10 == 0 {
            let j = self.join(i + 1);
            if let Lex::Number(u @ 1..=9) = self.lex(j) {
                return Some((n + u, j + 1));
            }
        }
        Some((n, i + 1))
    }

    /// "Wednesday the 27th", "Friday 7/6", "this Friday 5/12", "Friday
    /// (Jun-15)", "Friday-Jun-15", "Monday, Jan twenty two, 2018", "Friday
    /// June twenty two": a weekday and the date it falls on, one DATE with
    /// the date's value.
    fn weekday_with_date(&self, i: usize) -> Option<Core> {
        let mut s = i;
        if matches!(self.lex(s), Lex::Fw(Fw::This | Fw::Next | Fw::Last | Fw::Coming)) {
            s += 1;
        }
        let Lex::Weekday(dow) = self.lex(s) else { return None };
        let wt = self.tok(s)?;
        let mut e = s + 1;
        if self.punct(e, b'.') && self.attached(e) && wt.end - wt.start <= 5 {
            e += 1;
        }
        let mut paren = false;
        if self.punct(e, b',') || (self.punct(e, b'-') && self.attached(e)) {
            e += 1;
        } else if self.punct(e, b'(') {
            paren = true;
            e += 1;
        }
        // "Wednesday the 27th" (unless an ordinal of a noun follows:
        // "Friday, the fourth decline").
        if self.fw(e, Fw::The)
            && let Some((d, e2, _)) = self.day_words(e + 1)
            && (1..=31).contains(&d)
            && (self.day_alone_ends(e2) || is_preposition(self.word(e2)))
        {
            let day = self.dom_with_weekday(d, dow);
            return Some(match day {
                Some(v) => Core::date(e2, v, Anchor::Document),
                None => Core::open(e2, format!("XXXX-XX-{d:02}")),
            });
        }
        let c = self
            .short_numeric_date(e)
            .or_else(|| self.month_day_words(e))
            .or_else(|| self.explicit_date(e).filter(|c| c.val.is_some_and(|v| v.day().is_some())))
            .or_else(|| self.day_month(e))
            .or_else(|| self.numeric_date(e))?;
        let mut end = c.end;
        if paren {
            if !self.punct(end, b')') {
                return None;
            }
            end += 1;
        }
        let mut c = c;
        c.end = end;
        let _ = dow;
        Some(c)
    }

    /// Day `d` of the anchor's month or the one before or after, the one
    /// that falls on weekday `dow` (nearest first).
    pub(super) fn dom_with_weekday(&self, d: u8, dow: u8) -> Option<Val> {
        let a = self.doc?.day()?;
        (-1..=1)
            .filter_map(|dm: i32| {
                let t = a.year() as i32 * 12 + a.month() as i32 - 1 + dm;
                date(t.div_euclid(12), (t.rem_euclid(12) + 1) as u8, d)
            })
            .filter(|c| c.weekday().to_monday_one_offset() as i32 == dow as i32)
            .min_by_key(|c| (a.until(*c).map(|s| s.get_days().abs()).unwrap_or(i32::MAX), *c > a))
            .map(Val::Day)
    }

    // ----- short numeric dates -----

    /// Whether a date written with only numbers has date context: a
    /// temporal preposition or a weekday before it, or "this"/"next"/"last".
    fn numeric_context(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1) else { return false };
        let p = if self.punct(p, b',') && p > 0 { p - 1 } else { p };
        matches!(
            self.lex(p),
            Lex::Fw(
                Fw::On
                    | Fw::By
                    | Fw::Until
                    | Fw::Since
                    | Fw::Before
                    | Fw::After
                    | Fw::From
                    | Fw::Through
                    | Fw::This
                    | Fw::Next
                    | Fw::Last
                    | Fw::Between
            ) | Lex::Weekday(_)
        )
    }

    /// "4/22", "22/04", "on 4-22", "on 4.22", "Jan-1", "jan/1", "1-Jan",
    /// "28-Nov", "2019-Sep-1", "2019/sep/01", "11/12,2016", "2015.5.13".
    ///
    /// What: month and day (and maybe a year) joined by "/", "-" or ".",
    /// with no spaces. A month name makes it a date. Numbers alone do when
    /// a preposition or weekday comes before ("on 4-22", "Friday 7/6"), or
    /// with a slash when the order is plain (a day over 12 after the month,
    /// "4/22", or a leading zero, "22/04").
    /// Why: "4-22" is also a score or a range and "4.22" a decimal; "24/7"
    /// and "3/4" are no dates.
    fn short_numeric_date(&self, i: usize) -> Option<Core> {
        let sep = |k: usize| {
            (self.punct(k, b'/') || self.punct(k, b'-') || self.punct(k, b'.'))
                && self.attached(k)
                && self.attached(k + 1)
        };
        let t = self.tok(i)?;
        // Not inside a longer number or date; but "10/1-11/7" holds two dates.
        let second_of_range = i >= 4
            && self.punct(i - 1, b'-')
            && self.punct(i - 3, b'/')
            && self.toks[i - 4].kind == Kind::Num
            && self.punct(i + 1, b'/');
        if i > 0
            && self.attached(i)
            && !second_of_range
            && (self.toks[i - 1].kind == Kind::Num
                || (matches!(self.toks[i - 1].kind, Kind::Punct(b'/' | b'-' | b'.'))
                    && i > 1
                    && self.attached(i - 1)
                    && self.toks[i - 2].kind == Kind::Num))
        {
            return None;
        }
        // Month name forms.
        let month_word = |k: usize| match self.lex(k) {
            Lex::Month(m, _) => Some(m),
            _ => None,
        };
        if t.kind == Kind::Word {
            // "Jan-1", "jan/1", "Oct-2".
            let m = month_word(i)?;
            if !sep(i + 1) || self.punct(i + 1, b'.') {
                return None;
            }
            let d = self.num(i + 2, 1, 31, 2)?;
            // "Sep-23-2020".
            if sep(i + 3)
                && !self.punct(i + 3, b'.')
                && let Some(y) = self.num(i + 4, 1000, 2999, 4)
            {
                let v = Val::Day(date(y as i32, m, d as u8)?);
                return Some(Core::date(i + 5, v, Anchor::None));
            }
            if sep(i + 3) {
                return None;
            }
            let (val, value, anchor) = self.month_day_val(m, d as u8, None, i);
            return Some(Core::new(i + 3, TimexType::Date, value, anchor, val));
        }
        if t.kind != Kind::Num || self.num_preceded(i) {
            return None;
        }
        // "2019-Sep-1", "2019/sep/01".
        if t.digits == 4
            && (1000..=2999).contains(&t.num)
            && sep(i + 1)
            && let Some(m) = month_word(i + 2)
            && sep(i + 3)
            && let Some(d) = self.num(i + 4, 1, 31, 2)
        {
            let v = Val::Day(date(t.num as i32, m, d as u8)?);
            return Some(Core::date(i + 5, v, Anchor::None));
        }
        // "2015.5.13".
        if t.digits == 4
            && (1000..=2999).contains(&t.num)
            && self.punct(i + 1, b'.')
            && sep(i + 1)
            && self.punct(i + 3, b'.')
            && sep(i + 3)
            && let (Some(m), Some(d)) = (self.num(i + 2, 1, 12, 2), self.num(i + 4, 1, 31, 2))
            && !sep(i + 5)
        {
            let v = Val::Day(date(t.num as i32, m as u8, d as u8)?);
            return Some(Core::date(i + 5, v, Anchor::None));
        }
        if t.digits > 2 {
            return None;
        }
        // "1-Jan", "28-Nov".
        if (self.punct(i + 1, b'-') || self.punct(i + 1, b'/'))
            && sep(i + 1)
            && let Some(m) = month_word(i + 2)
        {
            let d = self.num(i, 1, 31, 2)?;
            let mut end = i + 3;
            let mut year = None;
            if sep(end)
                && !self.punct(end, b'.')
                && let Some(y) = self.tok(end + 1).filter(|y| y.kind == Kind::Num)
            {
                year = match y.digits {
                    4 => Some(y.num as i32),
                    2 => Some(if y.num < 50 { 2000 + y.num as i32 } else { 1900 + y.num as i32 }),
                    _ => None,
                };
                if year.is_some() {
                    end += 2;
                }
            }
            let (val, value, anchor) = self.month_day_val(m, d as u8, year, i);
            return Some(Core::new(end, TimexType::Date, value, anchor, val));
        }
        // Numbers only: "4/22", "22/04", "4-22", "4.22", "11/12,2016".
        if !sep(i + 1) {
            return None;
        }
        let c = match self.tok(i + 1)?.kind {
            Kind::Punct(c) => c,
            _ => return None,
        };
        let bt = self.tok(i + 2)?;
        if bt.kind != Kind::Num || bt.digits > 2 || bt.num == 0 || t.num == 0 {
            return None;
        }
        let (a, b) = (t.num, bt.num);
        // A third part is the full numeric date rule's, and "1.5%" a number;
        // but "10/1-11/2": a range of two dates.
        let range_dash = c == b'/'
            && self.punct(i + 3, b'-')
            && sep(i + 3)
            && self.tok(i + 4).is_some_and(|t| t.kind == Kind::Num && t.digits <= 2)
            && self.punct(i + 5, b'/');
        if (sep(i + 3) && !range_dash) || self.punct(i + 3, b'%') || self.punct(i + 3, b':') {
            return None;
        }
        // "11/12,2016", "11/12,16": a year after a comma.
        let mut year = None;
        let mut end = i + 3;
        if self.punct(i + 3, b',')
            && self.attached(i + 3)
            && (self.attached(i + 4) || (c == b'/' && self.tok(i + 4).is_some_and(|y| y.digits == 4)))
            && let Some(y) = self.tok(i + 4).filter(|y| y.kind == Kind::Num)
        {
            year = match y.digits {
                4 => Some(y.num as i32),
                2 => Some(2000 + y.num as i32),
                _ => None,
            };
            if year.is_some() {
                end = i + 5;
            } else {
                return None;
            }
        }
        let zero = self.text.as_bytes()[t.start] == b'0' || self.text.as_bytes()[bt.start] == b'0';
        let (m, d) = if a <= 12 && b <= 31 { (a, b) } else { (b, a) };
        if m > 12 || d > 31 || m == 0 {
            return None;
        }
        // "22/04": day first when the first number cannot be a month.
        let (m, d) = if a > 12 { (b, a) } else { (m, d) };
        // "4.22" is a decimal unless "on" or a weekday comes right before
        // ("from 8.08 to 7.24" is a statistic).
        if c == b'.'
            && year.is_none()
            && !(i > 0 && (self.fw(i - 1, Fw::On) || matches!(self.lex(i - 1), Lex::Weekday(_))))
        {
            return None;
        }
        // "from 10-4" is a range of hours more often than October 4.
        let range_lead = c == b'-' && i > 0 && (self.fw(i - 1, Fw::From) || self.fw(i - 1, Fw::Between));
        // "go through 4-1 on aggregate": a hyphen needs a strong cue (a score
        // follows "through", "this", "next" as often as a date does).
        let weak_cue =
            i > 0 && c == b'-' && matches!(self.lex(i - 1), Lex::Fw(Fw::Through | Fw::This | Fw::Next | Fw::Last));
        let context = (self.numeric_context(i) && !range_lead && !weak_cue)
            || year.is_some()
            || range_dash
            || self.range_context(i);
        // Without a cue, a slash date must end the phrase ("moved to 4/22 by
        // the judge") and not read as a fraction ("down 1/16", "3/8").
        let closes = match self.tok(end) {
            None => true,
            Some(n) => {
                matches!(n.kind, Kind::Punct(b'.' | b',' | b'?' | b'!' | b')' | b';'))
                    || (n.kind == Kind::Word && !n.cap && is_preposition(self.word(end)))
            }
        };
        let fraction = a < b && matches!(b, 2 | 4 | 8 | 16 | 32 | 64);
        let plain = c == b'/' && ((a <= 12 && b > 12) || zero) && closes && !fraction;
        if !(context || plain) {
            return None;
        }
        // A unit or noun after it: "4-5 years", "3/4 of", "24/7 coverage";
        // a clock range: "8-9am".
        if year.is_none()
            && let Some(n) = self.tok(end)
            && n.kind == Kind::Word
            && ((n.lex == Lex::None && !is_preposition(self.word(end)))
                || matches!(n.lex, Lex::Unit(..) | Lex::Fw(Fw::Of | Fw::Times | Fw::Per | Fw::Am | Fw::Pm)))
            && !n.cap
        {
            return None;
        }
        if self.ampm(end).is_some() || self.is_word(end, "oclock") {
            return None;
        }
        let (val, value, anchor) = self.month_day_val(m as u8, d as u8, year, i);
        Some(Core::new(end, TimexType::Date, value, anchor, val))
    }

    // ----- relative days -----

    /// "next day", "last day" without an article (Recognizers' and chat
    /// English for tomorrow and yesterday; "the next day" is the chained
    /// rule's).
    fn next_day(&self, i: usize) -> Option<Core> {
        let n = match self.lex(i) {
            Lex::Fw(Fw::Next) => 1,
            Lex::Fw(Fw::Last) => -1,
            _ => return None,
        };
        if self.lex(i + 1) != Lex::Unit(Unit::Day, false) {
            return None;
        }
        // "the last day", "his last day", "next-day delivery", "last day of".
        if self.punct(i + 2, b'-') || self.fw(i + 2, Fw::Of) || self.fw(i + 2, Fw::Before) {
            return None;
        }
        // "Monday's last day": a possessive.
        if i > 1 && self.is_word(i - 1, "s") && self.punct(i - 2, b'\'') {
            return None;
        }
        if i > 0
            && let Some(p) = self.tok(i - 1)
            && p.kind == Kind::Word
            && (matches!(p.lex, Lex::Fw(Fw::The | Fw::A | Fw::That | Fw::This | Fw::Every | Fw::Each))
                || (p.lex == Lex::None
                    && ["his", "her", "their", "our", "my", "your", "its"].iter().any(|w| self.is_word(i - 1, w))))
        {
            return None;
        }
        Some(if n == 1 { self.chain(i + 2, Unit::Day, 1) } else { self.doc_rel(i + 2, Unit::Day, -1) })
    }

    /// "two days", "3 weeks" at `i`: a whole count (up to 1000) of days,
    /// weeks, months or years, with the token after the unit.
    fn whole_calendar_count(&self, i: usize) -> Option<(f64, Unit, usize)> {
        let (q, e) = self.qty(i)?;
        let super::Qty::N(n) = q else { return None };
        if n.fract() != 0.0 || n > 1000.0 {
            return None;
        }
        let (u, _, e2) = self.unit_after(e)?;
        if !matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Year) {
            return None;
        }
        Some((n, u, e2))
    }

    /// "two days after today", "3 days before yesterday", "a week after
    /// tomorrow": a day counted from a deictic day.
    fn counted_from_day(&self, i: usize) -> Option<Core> {
        let (n, u, e2) = self.whole_calendar_count(i)?;
        let dir = match self.lex(e2) {
            Lex::Fw(Fw::After) => 1,
            Lex::Fw(Fw::Before) => -1,
            _ => return None,
        };
        let base = match self.lex(e2 + 1) {
            Lex::Fw(Fw::Today) => 0,
            Lex::Fw(Fw::Tomorrow) => 1,
            Lex::Fw(Fw::Yesterday) => -1,
            _ => return None,
        };
        let v =
            self.doc.and_then(|a| a.day()).and_then(|d| Val::Day(d).shift(Unit::Day, base)?.shift(u, dir * n as i32));
        Some(match v {
            Some(v) => Core::date(e2 + 2, v, Anchor::Document),
            None => Core::open(e2 + 2, "XXXX-XX-XX"),
        })
    }

    /// "another month", "another two weeks": a duration.
    fn another_unit(&self, i: usize) -> Option<Core> {
        let (q, e) = match self.qty(i + 1) {
            Some((q, e)) if !self.fw(i + 1, Fw::A) => (q, e),
            _ => (super::Qty::N(1.0), i + 1),
        };
        let Lex::Unit(u, _) = self.lex(e) else { return None };
        if u == Unit::Weekend {
            return None;
        }
        Some(Core::fixed(e + 1, TimexType::Duration, super::dur_value(q, u)))
    }

    /// Rules that start with a word the lexicon does not know: "all day",
    /// "all week", "the rest of the week", "noonish", "midmorning", "T12:30".
    fn word_head_rules(&self, i: usize) -> Option<Core> {
        let w = self.word(i);
        if w.eq_ignore_ascii_case("all") {
            return self.whole_unit(i);
        }
        if w.eq_ignore_ascii_case("rest")
            && (self.fw(i + 1, Fw::Of) || matches!(self.lex(i + 1), Lex::Fw(Fw::The | Fw::This | Fw::Current)))
        {
            // "the rest of the week", "rest of this month", "rest of my year",
            // "rest the day": the current unit.
            let mut k = if self.fw(i + 1, Fw::Of) { i + 2 } else { i + 1 };
            if matches!(self.lex(k), Lex::Fw(Fw::The | Fw::This | Fw::Current))
                || ["my", "our", "your"].iter().any(|x| self.is_word(k, x))
            {
                k += 1;
            }
            if let Lex::Unit(u @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year), false) = self.lex(k) {
                let mut c = self.doc_rel(k + 1, u, 0);
                c.modifier = Some("END");
                return Some(c);
            }
            return None;
        }
        // "on Mondays", "Sundays": every such day.
        if w.len() > 6
            && (w.ends_with('s') || w.ends_with('S'))
            && let Lex::Weekday(d) = crate::lexicon::lookup(&w.as_bytes()[..w.len() - 1])
            && (w.len() >= 8 || t_is_cap(self, i))
        {
            return Some(Core::fixed(i + 1, TimexType::Set, format!("XXXX-WXX-{d}")));
        }
        // "EOD", "EOY", "EOM": the end of the day, year or month.
        let unit = match w.to_ascii_lowercase().as_str() {
            "eod" => Some(Unit::Day),
            "eom" => Some(Unit::Month),
            "eoy" => Some(Unit::Year),
            _ => None,
        };
        if let Some(u) = unit {
            let mut c = self.doc_rel(i + 1, u, 0);
            c.modifier = Some("END");
            return Some(c);
        }
        // "leave everyday": every day; "an everyday matter" is an adjective.
        if w.eq_ignore_ascii_case("everyday")
            && !(i > 0 && matches!(self.lex(i - 1), Lex::Fw(Fw::The | Fw::A)))
            && self.tok(i + 1).is_none_or(|t| t.kind != Kind::Word || t.lex != Lex::None)
        {
            return Some(Core::fixed(i + 1, TimexType::Set, "P1D"));
        }
        if w.eq_ignore_ascii_case("calendar") && self.lex(i + 1) == Lex::Unit(Unit::Year, false) {
            // "calendar year 2008".
            if let Some((y, e)) = self.year_num(i + 2) {
                return Some(Core::date(e, Val::Year(y), Anchor::None));
            }
        }
        if w.eq_ignore_ascii_case("noonish") {
            let mut c = self.clock(i + 1, 12, 0);
            c.modifier = Some("APPROX");
            return Some(c);
        }
        let part = match w.to_ascii_lowercase().as_str() {
            "midmorning" => Some(DayPart::Morning),
            "midafternoon" => Some(DayPart::Afternoon),
            "midevening" => Some(DayPart::Evening),
            _ => None,
        };
        if let Some(p) = part {
            let mut c = self.with_daypart(i + 1, None, p);
            c.modifier = Some("MID");
            return Some(c);
        }
        // "T12:34:20": ISO 8601 time.
        if w == "T"
            && self.attached(i + 1)
            && let Some(h) = self.num(i + 1, 0, 24, 2)
            && self.punct(i + 2, b':')
            && let Some(m) = self.num(i + 3, 0, 59, 2)
        {
            let mut end = i + 4;
            let mut s = None;
            if self.punct(end, b':')
                && let Some(x) = self.num(end + 1, 0, 59, 2)
            {
                s = Some(x);
                end += 2;
            }
            let t = match s {
                Some(s) => format!("T{h:02}:{m:02}:{s:02}"),
                None => format!("T{h:02}:{m:02}"),
            };
            return Some(Core::fixed(end, TimexType::Time, t));
        }
        None
    }

    // ----- clock times -----

    /// A clock time on the anchor's day (or open).
    fn clock(&self, end: usize, h: u32, m: u32) -> Core {
        let t = format!("T{h:02}:{m:02}");
        match self.doc.filter(|a| a.day().is_some()) {
            Some(v) => Core::new(end, TimexType::Time, format!("{}{t}", v.render()), Anchor::Document, Some(v)),
            None => Core::fixed(end, TimexType::Time, format!("XXXX-XX-XX{t}")),
        }
    }

    /// "am"/"pm" after a clock time, in all their spellings: "pm", "p.m.",
    /// "p. m.", "p m", and glued to the number ("9p", "9:00a", "9.am").
    /// Returns (is pm, next).
    pub(super) fn ampm(&self, e: usize) -> Option<(bool, usize)> {
        let t = self.tok(e)?;
        // "9.am".
        if t.is_punct(b'.') && self.attached(e) && self.attached(e + 1) {
            return self.ampm(e + 1).filter(|&(_, n)| n > e + 1);
        }
        if t.kind != Kind::Word || t.end - t.start > 2 {
            return None;
        }
        let w = self.word(e).to_ascii_lowercase();
        match w.as_str() {
            "am" | "pm" => {
                let mut n = e + 1;
                if self.punct(n, b'.') && self.attached(n) && self.tok(n + 1).is_some_and(|x| !x.cap && !x.newline) {
                    n += 1;
                }
                Some((w == "pm", n))
            }
            "a" | "p" => {
                let pm = w == "p";
                // "p.m.", "p. m.", "p. m".
                if self.punct(e + 1, b'.') && self.is_word(e + 2, "m") {
                    let mut n = e + 3;
                    if self.punct(n, b'.') && self.attached(n) {
                        n += 1;
                    }
                    return Some((pm, n));
                }
                // "p m".
                if self.is_word(e + 1, "m") && self.tok(e + 2).is_none_or(|x| x.kind != Kind::Word) {
                    let mut n = e + 2;
                    if self.punct(n, b'.') && self.attached(n) {
                        n += 1;
                    }
                    return Some((pm, n));
                }
                // "9p", "9:00a": glued to the number, nothing after.
                if !t.gap && self.tok(e + 1).is_none_or(|x| x.kind == Kind::Punct(b'.') || x.gap) {
                    return Some((pm, e + 1));
                }
                None
            }
            _ => None,
        }
    }

    /// "9p", "9:00a", "9.am", "340pm", "1140 a.m.", "7 p m", "7:56 a m",
    /// "12 noon", "11ish", "11-ish".
    fn compact_clock(&self, i: usize) -> Option<Core> {
        let t = self.tok(i)?;
        if self.num_preceded(i) || t.kind != Kind::Num {
            return None;
        }
        // "12 noon".
        if t.num == 12 && t.digits == 2 && self.lex(i + 1) == Lex::DayPart(DayPart::Noon) {
            return Some(self.clock(i + 2, 12, 0));
        }
        if t.num == 12 && t.digits == 2 && self.lex(i + 1) == Lex::DayPart(DayPart::Midnight) {
            return Some(self.clock(i + 2, 24, 0));
        }
        // "11ish", "11-ish".
        let ish = if self.is_word(i + 1, "ish") && self.attached(i + 1) {
            Some(i + 2)
        } else if self.punct(i + 1, b'-') && self.attached(i + 1) && self.is_word(i + 2, "ish") && self.attached(i + 2)
        {
            Some(i + 3)
        } else {
            None
        };
        if let Some(e) = ish
            && (1..=12).contains(&t.num)
        {
            let mut c = self.clock(e, t.num, 0);
            c.modifier = Some("APPROX");
            return Some(c);
        }
        let (h, m, e) = match t.digits {
            // "340pm", "1140 a.m.", "0730".
            3 | 4 => (t.num / 100, t.num % 100, i + 1),
            1 | 2 => {
                if (self.punct(i + 1, b':') || self.punct(i + 1, b'.'))
                    && self.attached(i + 1)
                    && self.attached(i + 2)
                    && let Some(m) =
                        self.num(i + 2, 0, 59, 2).filter(|_| self.tok(i + 2).is_some_and(|x| x.digits == 2))
                {
                    (t.num, m, i + 3)
                } else {
                    (t.num, 0, i + 1)
                }
            }
            _ => return None,
        };
        if !(1..=12).contains(&h) || m > 59 {
            return None;
        }
        if self.is_word(e, "oclock") && t.digits <= 2 && m == 0 {
            return Some(self.clock(e + 1, h, 0));
        }
        if t.digits <= 2
            && m == 0
            && let Some((Some(pm), end)) =
                self.clock_suffix(e, h).filter(|&(_, end)| self.is_word(end - 1, "lunchtime"))
        {
            return Some(self.clock(end, if pm && h < 12 { h + 12 } else { h }, 0));
        }
        let (pm, end) = self.ampm(e)?;
        let glued = self.tok(e).is_some_and(|x| !x.gap);
        let short = self.tok(e).is_some_and(|x| x.end - x.start == 1) && !self.punct(e, b'.');
        // "9p"/"9a" glued to a number: only where a time is expected.
        if glued
            && short
            && !self.punct(e + 1, b'.')
            && !(i > 0 && matches!(self.lex(i - 1), Lex::Fw(Fw::At | Fw::By | Fw::Until | Fw::From | Fw::To)))
            && i != 0
        {
            return None;
        }
        let hh = match (pm, h) {
            (true, h) if h < 12 => h + 12,
            (false, 12) => 0,
            (_, h) => h,
        };
        Some(self.clock(end, hh, m))
    }

    /// An hour in words or digits (1..=12) and minutes in words after it:
    /// "seven", "seven thirty", "seven thirty five", "eleven five". Returns
    /// (hour, minutes, next, minutes given).
    fn hour_words(&self, i: usize) -> Option<(u32, u32, usize, bool)> {
        let h = match self.lex(i) {
            Lex::Number(h @ 1..=12) => h,
            _ => self.num(i, 1, 12, 2)?,
        };
        let k = self.join(i + 1);
        if self.tok(i).is_some_and(|t| t.kind == Kind::Word)
            && let Some((m, e)) = self.small_number_words(k)
            && (1..60).contains(&m)
            && (m >= 10 || self.is_word(k - 1, "oh"))
        {
            return Some((h, m, e, true));
        }
        if self.tok(i).is_some_and(|t| t.kind == Kind::Word)
            && (self.is_word(k, "oh") || self.is_word(k, "o"))
            && let Lex::Number(m @ 1..=9) = self.lex(k + 1)
        {
            return Some((h, m, k + 2, true));
        }
        if self.tok(i).is_some_and(|t| t.kind == Kind::Word)
            && let Lex::Number(m @ 1..=9) = self.lex(k)
            && self.tok(k + 1).is_none_or(|t| t.kind != Kind::Word || matches!(t.lex, Lex::Fw(Fw::Am | Fw::Pm)))
        {
            // "eleven five".
            return Some((h, m, k + 1, true));
        }
        Some((h, 0, i + 1, false))
    }

    /// What says am or pm after a clock time: "am"/"pm", "o'clock", "in the
    /// morning", "at night", "afternoon", "tonight". Returns (pm: Some(true)
    /// for pm, None for o'clock), next.
    fn clock_suffix(&self, e: usize, h: u32) -> Option<(Option<bool>, usize)> {
        if let Some((pm, n)) = self.ampm(e) {
            return Some((Some(pm), n));
        }
        if self.is_word(e, "oclock") {
            return Some((None, e + 1));
        }
        // "1 o'clock lunchtime": around noon, so 1 to 5 are after it.
        if self.is_word(e, "o")
            && self.punct(e + 1, b'\'')
            && self.fw(e + 2, Fw::Oclock)
            && self.is_word(e + 3, "lunchtime")
        {
            return Some((Some(h <= 5), e + 4));
        }
        if self.is_word(e, "o") && self.punct(e + 1, b'\'') && self.fw(e + 2, Fw::Oclock) {
            // "seven o'clock in the evening".
            if let Some((pm, n)) = self.daypart_suffix(e + 3, h).or_else(|| self.ampm(e + 3)) {
                return Some((Some(pm), n));
            }
            return Some((None, e + 3));
        }
        self.daypart_suffix(e, h).map(|(pm, n)| (Some(pm), n))
    }

    /// "in the morning", "in the evening", "at night", "afternoon": is pm.
    fn daypart_suffix(&self, e: usize, h: u32) -> Option<(bool, usize)> {
        let (k, prefixed) = if self.fw(e, Fw::In) && self.fw(e + 1, Fw::The) {
            (e + 2, true)
        } else if self.fw(e, Fw::At) || self.fw(e, Fw::This) {
            (e + 1, true)
        } else {
            (e, false)
        };
        // "two nights", "three mornings": counted days, no clock suffix; "one
        // night in May" is a night, not 1 a.m.
        if !prefixed && (self.word(k).ends_with(['s', 'S']) || (h == 1 && e > 0 && self.is_word(e - 1, "one"))) {
            return None;
        }
        let pm = match self.lex(k) {
            Lex::DayPart(DayPart::Morning) => false,
            Lex::DayPart(DayPart::Afternoon | DayPart::Evening) => true,
            Lex::DayPart(DayPart::Night) => h >= 6 && h != 12,
            Lex::Fw(Fw::Tonight) => true,
            _ => return None,
        };
        // "two nights", "four afternoon classes": a count of nights or a
        // modifier, no clock time; unprefixed, the part of the day is singular
        // and ends the phrase.
        if !prefixed {
            let w = self.word(k);
            let plural = w.len() > 5 && (w.ends_with('s') || w.ends_with('S'));
            let modifier = self.tok(k + 1).is_some_and(|t| {
                t.kind == Kind::Word && t.lex == Lex::None && !t.cap && !is_preposition(self.word(k + 1))
            });
            if plural || modifier {
                return None;
            }
        }
        Some((pm, k + 1))
    }

    /// "seven o'clock", "ten am", "seven thirty pm", "eight forty am",
    /// "five thirty in the night", "eleven five": a clock time in words with
    /// what says which half of the day (a bare "seven thirty" is no time).
    fn word_clock(&self, i: usize) -> Option<Core> {
        if self.tok(i)?.kind != Kind::Word {
            return None;
        }
        let (h, m, e, _) = self.hour_words(i)?;
        let (pm, end) = self.clock_suffix(e, h)?;
        let hh = match (pm, h) {
            (Some(true), h) if h < 12 => h + 12,
            (Some(false), 12) => 0,
            (_, h) => h,
        };
        Some(self.clock(end, hh, m))
    }

    /// "half past eight", "a quarter past eight", "quarter to 8 in the
    /// morning", "three quarters past 9pm", "20 min past eight", "ten past 9
    /// in the evening", "three minutes to eight", "15 past seven o'clock".
    fn minutes_past(&self, i: usize) -> Option<Core> {
        let (mins, k, unit) = match self.lex(i) {
            Lex::Fw(Fw::Half) => (30, i + 1, true),
            Lex::Fw(Fw::A) if self.lex(i + 1) == Lex::Unit(Unit::Quarter, false) => (15, i + 2, true),
            Lex::Unit(Unit::Quarter, false) => (15, i + 1, true),
            Lex::Number(3) if self.lex(i + 1) == Lex::Unit(Unit::Quarter, true) => (45, i + 2, true),
            _ => {
                let (m, e) = match self.small_number_words(i) {
                    Some(x) => x,
                    None => (self.num(i, 1, 59, 2)?, i + 1),
                };
                if let Lex::Unit(Unit::Minute, _) = self.lex(e) { (m, e + 1, true) } else { (m, e, false) }
            }
        };
        let past = if self.is_word(k, "past") || self.fw(k, Fw::After) {
            true
        } else if self.fw(k, Fw::To) || self.is_word(k, "til") || self.fw(k, Fw::Before) {
            false
        } else {
            return None;
        };
        // "10 to 12" is a range; "ten past 9" a time; "after"/"before" need a unit.
        if !unit && (!past || !self.is_word(k, "past")) {
            return None;
        }
        if unit && !past && !self.fw(k, Fw::To) && !self.is_word(k, "til") {
            return None;
        }
        if self.fw(k, Fw::After) && mins != 15 && mins != 30 {
            return None;
        }
        let (h, hm, e, _) = self.hour_words(k + 1)?;
        // "three mins to five thirty": the hour has minutes of its own.
        let base = hm;
        let (pm, end) = match self.clock_suffix(e, h) {
            Some((pm, n)) => (pm, n),
            None => {
                // Not a clock without a suffix unless the hour is a plain end.
                if self.tok(e).is_some_and(|t| t.kind == Kind::Word && t.lex == Lex::None && !t.cap) {
                    return None;
                }
                (None, e)
            }
        };
        let h24 = match (pm, h) {
            (Some(true), h) if h < 12 => h + 12,
            (Some(false), 12) => 0,
            (_, h) => h,
        };
        let total = if past { h24 * 60 + base + mins } else { (h24 * 60 + base + 24 * 60 - mins) % (24 * 60) };
        Some(self.clock(end, total / 60, total % 60))
    }

    /// "at 7", "at seven", "at 7 tomorrow": an hour after "at" where a time
    /// is expected (the end of the sentence or a day after it).
    fn bare_hour(&self, i: usize) -> Option<Core> {
        if i == 0 {
            return None;
        }
        // "before 4.", "after three.": a bound hour, only closing the sentence.
        let bound = matches!(self.lex(i - 1), Lex::Fw(Fw::Before | Fw::After | Fw::Around | Fw::Until));
        if !self.fw(i - 1, Fw::At) && !bound {
            return self.hour_comma_day(i);
        }
        if bound
            && !self.hour_words(i).is_some_and(|(_, _, e, _)| {
                self.tok(e).is_none_or(|t| matches!(t.kind, Kind::Punct(b'.' | b'!' | b'?')))
            })
        {
            return None;
        }
        let (h, m, e, _) = self.hour_words(i)?;
        if self.tok(i).is_some_and(|t| t.kind == Kind::Num) && (self.num_continues(i) || self.punct(i + 1, b':')) {
            return None;
        }
        let ok = match self.tok(e) {
            None => true,
            Some(t) => match t.kind {
                Kind::Punct(c) => matches!(c, b'.' | b'!' | b'?') && self.tok(e + 1).is_none_or(|n| n.gap),
                Kind::Word => matches!(
                    t.lex,
                    Lex::Fw(Fw::Today | Fw::Tomorrow | Fw::Tonight | Fw::Yesterday | Fw::This | Fw::Next)
                        | Lex::Weekday(_)
                ),
                Kind::Num => false,
            },
        };
        if !ok {
            return None;
        }
        // "tonight at 7", "this evening at 8", "last night at 8": pm ("tonight
        // at 3" is after midnight).
        let pm = i >= 2
            && ((matches!(self.lex(i - 2), Lex::Fw(Fw::Tonight)) && h >= 6)
                || matches!(self.lex(i - 2), Lex::DayPart(DayPart::Afternoon | DayPart::Evening))
                || (self.lex(i - 2) == Lex::DayPart(DayPart::Night) && h >= 6));
        Some(self.clock(e, if pm && h < 12 { h + 12 } else { h }, m))
    }

    /// "afternoon at 7", "afternoon 7:00", "in the night five thirty",
    /// "morning at 9": a part of the day and the clock time in it.
    fn daypart_clock(&self, i: usize) -> Option<Core> {
        let Lex::DayPart(p) = self.lex(i) else { return None };
        let pm = match p {
            DayPart::Morning => false,
            DayPart::Afternoon | DayPart::Evening | DayPart::Night => true,
            _ => return None,
        };
        let k = if self.fw(i + 1, Fw::At) { i + 2 } else { i + 1 };
        // "afternoon 7:00:05": the seconds stay.
        let mut seconds = None;
        let (h, m, e) = if let Some(c) = self.time_of_day(k) {
            let v = c.value.rsplit('T').next()?.to_string();
            let h: u32 = v.get(..2)?.parse().ok()?;
            let m: u32 = v.get(3..5)?.parse().ok()?;
            seconds = v.get(5..8).filter(|s| s.starts_with(':')).map(str::to_string);
            (h, m, c.end)
        } else {
            let (h, m, e, words) = self.hour_words(k)?;
            if k == i + 1 && !words && self.tok(k).is_some_and(|t| t.kind == Kind::Num) {
                return None;
            }
            // A bare number needs "at" ("afternoon at 7") or minutes ("five thirty").
            if !words && k == i + 1 {
                return None;
            }
            (h, m, e)
        };
        // "at night" is pm from six; "night 2:00" stays after midnight.
        let hh = if pm && h < 12 && !(p == DayPart::Night && h < 6) { h + 12 } else { h };
        let mut c = self.clock(e, hh % 24, m);
        if let Some(s) = seconds {
            c.value.push_str(&s);
        }
        Some(c)
    }

    /// "mid-morning", "early-morning", "late-evening", "mid-day", "mid day",
    /// "mid-night": a part of the day with its position.
    fn hyphen_daypart(&self, i: usize) -> Option<Core> {
        let modifier = match self.lex(i) {
            Lex::Fw(Fw::Mid) => "MID",
            Lex::Fw(Fw::Early) => "START",
            _ => "END",
        };
        let k = if self.punct(i + 1, b'-') && self.attached(i + 1) { i + 2 } else { i + 1 };
        if modifier == "MID" && (self.lex(k) == Lex::Unit(Unit::Day, false) || self.is_word(k, "night")) {
            return Some(self.clock(k + 1, if self.is_word(k, "night") { 24 } else { 12 }, 0));
        }
        let Lex::DayPart(p) = self.lex(k) else { return None };
        if matches!(p, DayPart::Noon | DayPart::Midnight) || k == i + 1 {
            return None;
        }
        let mut c = self.with_daypart(k + 1, None, p);
        c.modifier = Some(modifier);
        Some(c)
    }

    // ----- ranges -----

    /// The bare other end of a range whose one end was tagged: "from 3 to
    /// 5 pm" gives "3" = 15:00; "November 19-20" gives "20" = November 20;
    /// "between 8 and 10 am" gives "8" = 08:00; "from 5 to 21 this month".
    ///
    /// What: a number of one or two digits joined to a tagged clock time
    /// or day by "to", "-", "until", "till", "through" or (after
    /// "between") "and", takes the tagged end's day, month and half of the
    /// day. A day needs "from"/"between" before the range, or a hyphen.
    /// Why: TimeML tags each end of a range as its own TIMEX3; the bare end
    /// is a time only because of the other.
    pub(super) fn range_ends(&self, hits: Vec<Hit>) -> Vec<Hit> {
        let mut extra: Vec<Hit> = Vec::new();
        for (x, h) in hits.iter().enumerate() {
            let prev_end = if x > 0 { hits[x - 1].end } else { 0 };
            let next_start = hits.get(x + 1).map(|n| n.start).unwrap_or(usize::MAX);
            // The bare end before: N (to|-|and) H.
            if h.start >= 2 && h.start - 2 >= prev_end {
                let c = h.start - 1;
                let n = h.start - 2;
                if let Some(hit) = self.range_partner(h, n, c, true) {
                    extra.push(hit);
                }
            }
            // The bare end after: H (to|-|and) N.
            if h.end + 1 < next_start
                && let Some(hit) = self.range_partner(h, h.end + 1, h.end, false)
            {
                extra.push(hit);
            }
        }
        for (x, h) in hits.iter().enumerate() {
            let prev_end = if x > 0 { hits[x - 1].end } else { 0 };
            let next_start = hits.get(x + 1).map(|n| n.start).unwrap_or(usize::MAX);
            extra.extend(self.hour_pair_near(h, prev_end, next_start));
            extra.extend(self.day_pair_near(h, prev_end, next_start));
        }
        let mut all = hits;
        if !extra.is_empty() {
            all.extend(extra);
            all.sort_by_key(|h| h.start);
            all.dedup_by(|b, a| b.start < a.end);
        }
        // "this week or next", "this or next week": the elided unit.
        let mut elided = Vec::new();
        for (x, h) in all.iter().enumerate() {
            let prev_end = if x > 0 { all[x - 1].end } else { 0 };
            let next_start = all.get(x + 1).map(|n| n.start).unwrap_or(usize::MAX);
            elided.extend(self.elided_unit(h, prev_end, next_start));
        }
        if !elided.is_empty() {
            all.extend(elided);
            all.sort_by_key(|h| h.start);
            all.dedup_by(|b, a| b.start < a.end);
        }
        // Lists of days: "the 22nd, 23rd or 31st of March", "July 17th, 18th, or 19th".
        for _ in 0..6 {
            let mut more = Vec::new();
            for (x, h) in all.iter().enumerate() {
                let prev_end = if x > 0 { all[x - 1].end } else { 0 };
                let next_start = all.get(x + 1).map(|n| n.start).unwrap_or(usize::MAX);
                more.extend(self.list_day(h, prev_end, next_start));
            }
            if more.is_empty() {
                break;
            }
            all.extend(more);
            all.sort_by_key(|h| h.start);
            all.dedup_by(|b, a| b.start < a.end);
        }
        all
    }

    /// A bare day in a list with a tagged day: "18 and 19 June", "the
    /// 22nd, 23rd or 31st of March", "July 17th, 18th, or 19th". The bare
    /// day takes the tagged one's month; a comma list needs ordinals
    /// ("17th, 18th"), "and"/"or" a day number right beside the month.
    fn list_day(&self, h: &Hit, prev_end: usize, next_start: usize) -> Vec<Hit> {
        if h.kind != TimexType::Date || h.value.len() != 10 || h.value.as_bytes()[7] != b'-' {
            return Vec::new();
        }
        let ym = &h.value[..8];
        // (day, start, end, written as an ordinal)
        let day_at = |k: usize| -> Option<(u32, usize, usize, bool)> {
            let s = k;
            let k = if self.fw(k, Fw::The) { k + 1 } else { k };
            let (d, e, ordinal) = self.day_words(k)?;
            let t = self.tok(k)?;
            let ordinal = ordinal && (t.kind == Kind::Num || matches!(self.lex(k), Lex::Ordinal(_)));
            Some((d as u32, s, e, ordinal))
        };
        // (next token, a comma alone)
        let conn_at = |k: usize| -> Option<(usize, bool)> {
            if self.punct(k, b',') {
                if matches!(self.lex(k + 1), Lex::Fw(Fw::And | Fw::Or)) {
                    return Some((k + 2, false));
                }
                return Some((k + 1, true));
            }
            matches!(self.lex(k), Lex::Fw(Fw::And | Fw::Or)).then_some((k + 1, false))
        };
        let hit = |s: usize, e: usize, d: u32| Hit {
            start: s,
            end: e,
            kind: TimexType::Date,
            value: format!("{ym}{d:02}"),
            anchor: h.anchor,
            modifier: None,
        };
        let starts_with_day = self.tok(h.start).is_some_and(|t| t.kind == Kind::Num)
            || self.fw(h.start, Fw::The)
            || matches!(self.lex(h.start), Lex::Ordinal(_));
        let mut out = Vec::new();
        // Before: "23rd, " + "31st of March".
        if starts_with_day {
            for back in 2..=5 {
                let Some(k) = h.start.checked_sub(back) else { break };
                if k < prev_end {
                    break;
                }
                if let Some((d, s, e, ordinal)) = day_at(k)
                    && let Some((next, comma)) = conn_at(e)
                    && next == h.start
                    && (1..=31).contains(&d)
                    && (ordinal || !comma)
                    && (k == 0 || !self.attached(k) || self.punct(k - 1, b','))
                {
                    // "the 22nd, 23rd": the article goes with the first day.
                    let s = if s > prev_end && s == k && self.fw(s - 1, Fw::The) { s - 1 } else { s };
                    out.push(hit(s, e, d));
                    break;
                }
            }
        }
        // After: "July 17th" + ", 18th".
        if let Some((k, _)) = conn_at(h.end)
            && k < next_start
            && let Some((d, s, e, true)) = day_at(k)
            && (1..=31).contains(&d)
            && self.tok(e).is_none_or(|t| t.kind != Kind::Word || t.lex != Lex::None || is_preposition(self.word(e)))
            && e <= next_start
        {
            out.push(hit(s, e, d));
        }
        out
    }

    /// The hit for bare number `n` joined by connector `c` to hit `h`
    /// (`before`: `n` comes first).
    fn range_partner(&self, h: &Hit, n: usize, c: usize, before: bool) -> Option<Hit> {
        let hyphen = self.punct(c, b'-');
        let conn = hyphen
            || matches!(self.lex(c), Lex::Fw(Fw::To | Fw::Until | Fw::Through | Fw::And))
            || self.is_word(c, "til");
        if !conn {
            return None;
        }
        // The word before the range: "from", "between".
        let lead = if before { n.checked_sub(1) } else { h.start.checked_sub(1) };
        let between = lead.is_some_and(|l| self.fw(l, Fw::Between));
        let from = lead.is_some_and(|l| self.fw(l, Fw::From) || self.fw(l, Fw::Between));
        // "through the 19th", "between the eighth and the sixteenth of May".
        let (n, the_day) = if !before && self.fw(n, Fw::The) {
            (n + 1, true)
        } else if before && n > 0 && self.fw(n - 1, Fw::The) {
            (n, true)
        } else {
            (n, false)
        };
        let nt = self.tok(n)?;
        let ordinal_word = match self.lex(n) {
            Lex::Ordinal(v @ 1..=31) => Some(v),
            _ => None,
        };
        let (num, n_end) = if let Some((d, e, true)) = self.day_words(n).filter(|_| ordinal_word.is_some() || the_day) {
            (d as u32, e)
        } else {
            match nt.kind {
                Kind::Num if nt.digits <= 2 => {
                    let mut e = n + 1;
                    if self.fw(e, Fw::Ordinal) && self.attached(e) {
                        e += 1;
                    }
                    (nt.num, e)
                }
                Kind::Word => match self.lex(n) {
                    Lex::Number(v @ 1..=12) => (v, n + 1),
                    _ => return None,
                },
                _ => return None,
            }
        };
        let word_day = nt.kind == Kind::Word || the_day || (nt.kind == Kind::Num && n_end > n + 1);
        // "the ninth and": the article before the first end.
        let lead = if before && the_day && self.fw(n - 1, Fw::The) { n.checked_sub(2) } else { lead };
        let between = lead.is_some_and(|l| self.fw(l, Fw::Between)) || between;
        let from = lead.is_some_and(|l| self.fw(l, Fw::From)) || between || from;
        let n_start = if the_day { n - 1 } else { n };
        if self.fw(c, Fw::And) && !between {
            return None;
        }
        // The bare number must be alone: "3" in "from 3 to", not "1.5" or "3:30".
        if before {
            if n_end != c {
                return None;
            }
            if n > 0 && self.attached(n) && !matches!(self.toks[n - 1].kind, Kind::Punct(b'(')) && !the_day {
                return None;
            }
        } else if let Some(t) = self.tok(n_end)
            && (!t.gap && !matches!(t.kind, Kind::Punct(b'.' | b',' | b'!' | b'?' | b')'))
                || t.kind == Kind::Num
                || matches!(t.lex, Lex::Unit(..) | Lex::Month(..)))
        {
            return None;
        }
        // "to 4 people": a count of a noun.
        let noun_after = !before
            && self
                .tok(n_end)
                .is_some_and(|t| t.kind == Kind::Word && t.lex == Lex::None && !is_preposition(self.word(n_end)));
        if self.num_continues(n) {
            return None;
        }
        // A clock time.
        if h.kind == TimexType::Time
            && let Some(tp) = h.value.find('T')
            && h.value.as_bytes().get(tp + 1).is_some_and(|b| b.is_ascii_digit())
        {
            let hh: u32 = h.value.get(tp + 1..tp + 3)?.parse().ok()?;
            if !(1..=12).contains(&num)
                || (!from && !hyphen && !self.fw(c, Fw::To) && !self.fw(c, Fw::Until))
                || noun_after
                || word_day && the_day
            {
                return None;
            }
            // After a time, a bare end needs "from"/"between" or "to"/"til"/"until".
            if !from && !before && hyphen {
                return None;
            }
            let v = if before {
                if hh >= 12 && num < 12 && num + 12 <= hh { num + 12 } else { num }
            } else if hh >= 12 && num < 12 && num + 12 > hh {
                num + 12
            } else {
                num
            };
            let value = format!("{}T{v:02}:00", &h.value[..tp]);
            return Some(Hit { start: n, end: n_end, kind: TimexType::Time, value, anchor: h.anchor, modifier: None });
        }
        // A day.
        if h.kind == TimexType::Date && h.value.len() == 10 && h.value.as_bytes()[7] == b'-' {
            let d: u32 = h.value[8..10].parse().ok()?;
            if !(1..=31).contains(&num) || (nt.kind != Kind::Num && !word_day) {
                return None;
            }
            // "4 to 23 next month", "5 till 24 of this month": the tagged end starts with its day.
            let day_first = before && self.tok(h.start).is_some_and(|t| t.kind == Kind::Num) && !self.fw(c, Fw::And);
            if !(from || day_first || (hyphen && self.attached(c) && self.attached(c + 1)))
                && !(word_day && !before && !hyphen)
            {
                return None;
            }
            if (before && num >= d) || (!before && num <= d) {
                return None;
            }
            // "May 27-29": the tagged date ends with its day ("8-1-26-3" is a score line).
            let ends_with_day = |k: usize| {
                self.num(k, 1, 31, 2) == Some(d)
                    || (self.fw(k, Fw::Ordinal) && k > 0 && self.num(k - 1, 1, 31, 2) == Some(d))
                    || matches!(self.lex(k), Lex::Ordinal(x) if x == d)
            };
            if !before && !ends_with_day(h.end - 1) {
                return None;
            }
            let ym = &h.value[..8];
            let value = format!("{ym}{num:02}");
            if !ym.starts_with('X') {
                let y: i32 = ym[..4].parse().ok()?;
                let m: u8 = ym[5..7].parse().ok()?;
                date(y, m, num as u8)?;
            }
            return Some(Hit {
                start: n_start,
                end: n_end,
                kind: TimexType::Date,
                value,
                anchor: h.anchor,
                modifier: None,
            });
        }
        None
    }
}

/// Prepositions and conjunctions that may follow a date ("on 4/22 with
/// Jim", "Friday 7/6 at noon"): no noun the numbers could count.
pub(super) fn is_preposition(w: &str) -> bool {
    [
        "with", "at", "for", "in", "on", "and", "or", "from", "to", "til", "but", "when", "if", "so", "then", "as",
        "by", "until", "before", "after",
    ]
    .iter()
    .any(|p| p.eq_ignore_ascii_case(w))
}

fn t_is_cap(t: &Tagger<'_>, i: usize) -> bool {
    t.tok(i).is_some_and(|x| x.cap)
}

impl<'a> Tagger<'a> {
    /// "in Jan", "since Sept", "month of Dec": an abbreviated month alone
    /// after a temporal preposition, and "Sep to Nov", "Jan-Feb 2017", "Dec-2018".
    ///
    /// What: the date rule turns down a bare abbreviation ("Jan Kavan"); a
    /// preposition before it and no capitalised word after make it a month,
    /// and so does another month at the other end of a range.
    fn month_abbreviation(&self, i: usize) -> Option<Core> {
        let Lex::Month(m, strict) = self.lex(i) else { return None };
        let t = self.tok(i)?;
        let mut e = i + 1;
        if self.punct(e, b'.') && self.attached(e) && t.end - t.start <= 4 {
            e += 1;
        }
        // "Dec-2018", "Dec/2018".
        if (self.punct(e, b'-') || self.punct(e, b'/'))
            && self.attached(e)
            && self.attached(e + 1)
            && let Some(y) = self.num(e + 1, 1000, 2999, 4)
        {
            return Some(Core::date(e + 2, Val::Month(y as i32, m), Anchor::None));
        }
        if self.tok(e).is_some_and(|n| n.kind == Kind::Word && n.cap && n.lex == Lex::None) {
            return None;
        }
        // The other end of a month range.
        let range_next = {
            let c = e;
            (self.punct(c, b'-') || matches!(self.lex(c), Lex::Fw(Fw::To | Fw::Until | Fw::Through)))
                && matches!(self.lex(c + 1), Lex::Month(..))
        };
        let range_prev = i >= 2 && {
            let mut c = i - 1;
            (self.punct(c, b'-') || matches!(self.lex(c), Lex::Fw(Fw::To | Fw::Until | Fw::Through))) && {
                c -= 1;
                if self.punct(c, b'.') && c > 0 {
                    c -= 1;
                }
                matches!(self.lex(c), Lex::Month(..))
            }
        };
        let prev_ok = i > 0
            && matches!(
                self.lex(i - 1),
                Lex::Fw(
                    Fw::In
                        | Fw::Since
                        | Fw::Until
                        | Fw::By
                        | Fw::From
                        | Fw::Through
                        | Fw::During
                        | Fw::After
                        | Fw::Before
                        | Fw::Of
                        | Fw::Early
                        | Fw::Late
                        | Fw::Mid
                )
            );
        if !(prev_ok || range_next || range_prev) {
            return None;
        }
        // "may", "march" lower-case: only at the ends of a range of months.
        if strict && !t.cap && !(range_next || range_prev) {
            return None;
        }
        // A year after the range's second month applies to the first.
        let year = if range_next {
            let mut k = e + 2;
            if self.punct(k, b'.') {
                k += 1;
            }
            self.year_num(k).map(|y| y.0)
        } else {
            self.year_num(e).map(|y| y.0)
        };
        let mut c = self.month_val(m, year, i);
        c.end = e;
        if !range_next && let Some((_, e2)) = self.year_num(e) {
            c.end = e2;
        }
        Some(c)
    }

    /// "month of Jan", "the month of Sept": the month.
    fn month_of(&self, i: usize) -> Option<Core> {
        let s = if self.fw(i, Fw::The) { i + 1 } else { i };
        if self.lex(s) != Lex::Unit(Unit::Month, false) || !self.fw(s + 1, Fw::Of) {
            return None;
        }
        self.month_abbreviation(s + 2)
            .or_else(|| self.explicit_date(s + 2))
            .filter(|c| c.val.is_some_and(|v| matches!(v, Val::Month(..))) || c.value.len() == 7)
    }

    /// "this past Wednesday", "this upcoming Friday".
    fn this_past_weekday(&self, i: usize) -> Option<Core> {
        if !self.fw(i, Fw::This) {
            return None;
        }
        let back = match self.lex(i + 1) {
            Lex::Fw(Fw::Past) => true,
            Lex::Fw(Fw::Upcoming) => false,
            _ => return None,
        };
        let Lex::Weekday(dow) = self.lex(i + 2) else { return None };
        let day = self.doc.and_then(|a| a.day()).and_then(|d| {
            if back {
                crate::calendar::weekday_before(d, dow, true)
            } else {
                crate::calendar::weekday_after(d, dow, true)
            }
        });
        Some(match day {
            Some(d) => Core::date(i + 3, Val::Day(d), Anchor::Document),
            None => Core::open(i + 3, format!("XXXX-WXX-{dow}")),
        })
    }

    /// "this 5/12", "next 6th of April": a relative word before a date
    /// without a year: the date in this or next year.
    fn relative_short_date(&self, i: usize) -> Option<Core> {
        let n = match self.lex(i) {
            Lex::Fw(Fw::This) => 0,
            Lex::Fw(Fw::Next) => 1,
            Lex::Fw(Fw::Last) => -1,
            _ => return None,
        };
        let c = self.short_numeric_date(i + 1).or_else(|| self.day_month(i + 1))?;
        let Some(Val::Day(d)) = c.val else { return None };
        let y = self.doc?.year() + n;
        let v = Val::Day(date(y, d.month() as u8, d.day() as u8)?);
        Some(Core::date(c.end, v, Anchor::Document))
    }

    /// "Monday 21", "Friday 31!": a weekday and a bare day of the month.
    fn weekday_day_number(&self, i: usize) -> Option<Core> {
        let Lex::Weekday(dow) = self.lex(i) else { return None };
        let k = if self.punct(i + 1, b',') { i + 2 } else { i + 1 };
        self.num(k, 1, 31, 2)?;
        let (d, e) = self.day_num(k)?;
        let d = d as u32;
        if self.num_continues(k) || !self.day_alone_ends(e) || self.punct(e, b'.') && self.attached(e) {
            return None;
        }
        let day = self.dom_with_weekday(d as u8, dow);
        Some(match day {
            Some(v) => Core::date(e, v, Anchor::Document),
            // No such day near the anchor ("Friday 31" in a 30-day month): the weekday is surer.
            None if self.doc.is_some() => Core::open(e, format!("XXXX-WXX-{dow}")),
            None => Core::open(e, format!("XXXX-XX-{d:02}")),
        })
    }

    /// "mid-morning", "early-evening", "late-night", "mid-day", "mid day",
    /// "mid-night", read at the part of the day after the position word
    /// (the driver has already taken "early", "mid", "late").
    fn daypart_after_hyphen(&self, k: usize) -> Option<Core> {
        let (pos_at, hy) = if k >= 2 && self.punct(k - 1, b'-') && self.attached(k - 1) && self.attached(k) {
            (k - 2, true)
        } else if k >= 1 {
            (k - 1, false)
        } else {
            return None;
        };
        let mid = self.fw(pos_at, Fw::Mid);
        if !(mid || self.fw(pos_at, Fw::Early) || self.fw(pos_at, Fw::Late)) {
            return None;
        }
        if mid && (self.lex(k) == Lex::Unit(Unit::Day, false)) {
            return Some(self.clock(k + 1, 12, 0));
        }
        if mid && self.is_word(k, "night") {
            return Some(self.clock(k + 1, 24, 0));
        }
        let Lex::DayPart(p) = self.lex(k) else { return None };
        if matches!(p, DayPart::Noon | DayPart::Midnight) || !hy {
            return None;
        }
        // "the late-night signing": a modifier of a noun.
        if self
            .tok(k + 1)
            .is_some_and(|t| t.kind == Kind::Word && t.lex == Lex::None && !t.cap && !is_preposition(self.word(k + 1)))
        {
            return None;
        }
        // "mid-afternoon yesterday": that part of that day.
        let n = match self.lex(k + 1) {
            Lex::Fw(Fw::Yesterday) => Some(-1),
            Lex::Fw(Fw::Today) => Some(0),
            Lex::Fw(Fw::Tomorrow) => Some(1),
            _ => None,
        };
        if let Some(n) = n {
            let d = self.doc.and_then(|a| a.rel(Unit::Day, n));
            return Some(self.with_daypart(k + 2, d, p));
        }
        Some(self.with_daypart(k + 1, None, p))
    }

    /// "week 31", "the week 1": the ISO week of the anchor's year.
    fn week_number(&self, i: usize) -> Option<Core> {
        let s = if self.fw(i, Fw::The) { i + 1 } else { i };
        if self.lex(s) != Lex::Unit(Unit::Week, false) {
            return None;
        }
        let n = self.num(s + 1, 1, 53, 2)?;
        if self.num_continues(s + 1)
            || self.tok(s + 2).is_some_and(|t| {
                (t.kind == Kind::Word && t.lex == Lex::None && !t.cap) || (!t.gap && t.kind != Kind::Punct(b'.'))
            })
        {
            return None;
        }
        let mut end = s + 2;
        let k = if self.fw(end, Fw::Of) { end + 1 } else { end };
        let y = if let Some((y, e)) = self.year_num(k) {
            end = e;
            Some(y)
        } else if k > end
            && let Some(c) = self.rel_unit(k, false)
            && let Some(Val::Year(y)) = c.val
        {
            // "week 27 of last year".
            end = c.end;
            Some(y)
        } else {
            self.doc.map(|a| a.year())
        };
        Some(match y {
            Some(y) => Core::date(end, Val::Week(y, n as u8), Anchor::Document),
            None => Core::open(end, format!("XXXX-W{n:02}")),
        })
    }

    /// "the second week of this month", "first week of 2015", "3rd week of
    /// Jan", "the first week of next year", "the week of the 18th".
    fn nth_week_of(&self, i: usize) -> Option<Core> {
        let s = if self.fw(i, Fw::The) { i + 1 } else { i };
        let (n, e) = match self.day_words(s) {
            Some((n @ 1..=5, e, true)) => (Some(n), e),
            _ if self.fw(s, Fw::Last) => (Some(0), s + 1),
            _ => (None, s),
        };
        if self.lex(e) != Lex::Unit(Unit::Week, false) {
            return None;
        }
        let k = if self.fw(e + 1, Fw::Of) { e + 2 } else { e + 1 };
        if n.is_none() {
            // "the week of the 18th".
            if k == e + 1 || !self.fw(i, Fw::The) {
                return None;
            }
            let c = self.day_of_month_after_of(k)?;
            let d = c.val.and_then(|v| v.day());
            return Some(match d {
                Some(d) => {
                    let w = d.iso_week_date();
                    Core::date(c.end, Val::Week(w.year() as i32, w.week() as u8), c.anchor)
                }
                None => Core::open(c.end, "XXXX-WXX"),
            });
        }
        let n = n?;
        let c = self
            .year(k, k)
            .or_else(|| self.explicit_date(k))
            .or_else(|| self.month_abbreviation_in(k))
            .or_else(|| self.rel_unit(k, false))
            .or_else(|| self.year_in_words(k).map(|(y, e)| Core::date(e, Val::Year(y), Anchor::None)))?;
        // The n-th week of a year is its ISO week n.
        if let Some(Val::Year(y)) = c.val
            && n > 0
        {
            return Some(Core::date(c.end, Val::Week(y, n), c.anchor));
        }
        // The n-th week of a month: the ISO week holding day 1 + 7 (n - 1).
        let first = match c.val {
            Some(Val::Year(y)) => date(y, 1, 1),
            Some(Val::Month(y, m)) => date(y, m, 1),
            _ => None,
        };
        let day = first.and_then(|f| {
            if n == 0 {
                match c.val {
                    // Dec 28 is always in a year's last ISO week (Dec 31 may be in week 1).
                    Some(Val::Year(y)) => date(y, 12, 28),
                    Some(Val::Month(y, m)) => {
                        let t = y * 12 + m as i32;
                        date(t.div_euclid(12), (t.rem_euclid(12) + 1) as u8, 1).and_then(|d| d.yesterday().ok())
                    }
                    _ => None,
                }
            } else {
                use jiff::ToSpan;
                f.checked_add((7 * (n as i32 - 1)).days()).ok()
            }
        });
        Some(match day {
            Some(d) => {
                let w = d.iso_week_date();
                Core::date(c.end, Val::Week(w.year() as i32, w.week() as u8), c.anchor)
            }
            None => Core::open(c.end, "XXXX-WXX"),
        })
    }

    fn month_abbreviation_in(&self, k: usize) -> Option<Core> {
        match self.lex(k) {
            Lex::Month(..) => {
                let mut c = self.month_abbreviation(k)?;
                if let Some((y, e)) = self.year_num(c.end) {
                    c = self.month_val(self.month_of_lex(k)?, Some(y), k);
                    c.end = e;
                }
                Some(c)
            }
            _ => None,
        }
    }

    fn month_of_lex(&self, k: usize) -> Option<u8> {
        match self.lex(k) {
            Lex::Month(m, _) => Some(m),
            _ => None,
        }
    }

    /// "the 18th" after "the week of".
    fn day_of_month_after_of(&self, k: usize) -> Option<Core> {
        if !self.fw(k, Fw::The) {
            return self.explicit_date(k).filter(|c| c.val.is_some_and(|v| v.day().is_some()));
        }
        let (d, e, ordinal) = self.day_words(k + 1)?;
        if !ordinal || !self.day_alone_ends(e) {
            return None;
        }
        Some(self.day_in_month(e, d, k))
    }

    /// "end of the day", "end of day", "the end of month", "end of year":
    /// the current unit (the driver has read "end of" and sets END).
    fn end_of_unit(&self, i: usize) -> Option<Core> {
        let s = if self.fw(i, Fw::The) { i + 1 } else { i };
        let Lex::Unit(u @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year), false) = self.lex(s) else {
            return None;
        };
        // Only right after "end of" / "beginning of" / "start of".
        if i < 2 || !self.fw(i - 1, Fw::Of) || !matches!(self.lex(i - 2), Lex::Fw(Fw::End | Fw::Beginning | Fw::Start))
        {
            return None;
        }
        // "the end of the day of ...": another construction.
        if self.fw(s + 1, Fw::Of) {
            return None;
        }
        // "at the end of the day" is mostly the idiom ("in the end"), no time.
        if u == Unit::Day && i >= 4 && self.fw(i - 3, Fw::The) && self.fw(i - 4, Fw::At) && s > i {
            return None;
        }
        Some(self.doc_rel(s + 1, u, 0))
    }

    /// "full day", "full-week", "all day", "all-year": a duration of one unit.
    fn whole_unit(&self, i: usize) -> Option<Core> {
        // "the full year": the year the text is about, as TimeBank reads it
        // ("the whole year of 1996" is 1996's: the year rule's).
        if self.fw(i, Fw::The)
            && matches!(self.lex(i + 1), Lex::Fw(Fw::Full | Fw::Whole))
            && self.lex(i + 2) == Lex::Unit(Unit::Year, false)
            && !self.fw(i + 3, Fw::Of)
        {
            return Some(self.doc_rel(i + 3, Unit::Year, 0));
        }
        if !(self.fw(i, Fw::Full) || self.fw(i, Fw::Whole) || self.is_word(i, "all")) {
            return None;
        }
        let k = self.join(i + 1);
        let Lex::Unit(u @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year), false) = self.lex(k) else {
            return None;
        };
        // "full-year results", "all-day meeting": a modifier of a noun.
        if k > i + 1
            && self
                .tok(k + 1)
                .is_some_and(|t| t.kind == Kind::Word && t.lex == Lex::None && !is_preposition(self.word(k + 1)))
        {
            return None;
        }
        if self.punct(k + 1, b'-') || self.fw(k + 1, Fw::Of) {
            return None;
        }
        // "full year estimates", "full year 1996": a modifier.
        if self.tok(k + 1).is_some_and(|t| {
            t.kind == Kind::Num || (t.kind == Kind::Word && t.lex == Lex::None && !is_preposition(self.word(k + 1)))
        }) {
            return None;
        }
        Some(Core::fixed(k + 1, TimexType::Duration, super::dur_value(super::Qty::N(1.0), u)))
    }

    /// "2015-3", "2015/3", "2016-11": a year and a month, when not a range
    /// of years ("2010-11" is 2010 to 2011).
    fn year_month_compact(&self, i: usize) -> Option<Core> {
        let y = self.num(i, 1000, 2999, 4)?;
        if !(self.punct(i + 1, b'-') || self.punct(i + 1, b'/')) || !self.attached(i + 1) || !self.attached(i + 2) {
            return None;
        }
        let mt = self.tok(i + 2)?;
        if mt.kind != Kind::Num || mt.digits > 2 || !(1..=12).contains(&mt.num) {
            return None;
        }
        if mt.digits == 2 && mt.num as i32 > y as i32 % 100 {
            return None;
        }
        if self.tok(i + 3).is_some_and(|t| !t.gap)
            && !self.tok(i + 3).is_some_and(|t| matches!(t.kind, Kind::Punct(b'.' | b',' | b'!' | b'?' | b')')))
        {
            return None;
        }
        if self
            .tok(i + 3)
            .is_some_and(|t| t.kind == Kind::Word && t.lex == Lex::None && !t.cap && !is_preposition(self.word(i + 3)))
        {
            return None;
        }
        Some(Core::date(i + 3, Val::Month(y as i32, mt.num as u8), Anchor::None))
    }

    /// "3h", "10D", "45min", "30secs": a duration with its unit glued on.
    fn glued_unit(&self, i: usize) -> Option<Core> {
        let t = self.tok(i)?;
        if i > 0 && matches!(self.toks[i - 1].kind, Kind::Punct(b'$' | 0)) {
            return None;
        }
        let u = self.tok(i + 1).filter(|u| u.kind == Kind::Word && !u.gap)?;
        let unit = match self.word(i + 1).to_ascii_lowercase().as_str() {
            "h" | "hr" | "hrs" => Unit::Hour,
            "min" | "mins" => Unit::Minute,
            "sec" | "secs" => Unit::Second,
            // "1998D" is a code, "2w" a cricket wide: days need a small number.
            "d" if t.digits <= 3 => Unit::Day,
            "wk" | "wks" => Unit::Week,
            "yr" | "yrs" => Unit::Year,
            _ => return None,
        };
        let _ = u;
        if self.tok(i + 2).is_some_and(|n| !n.gap && n.kind != Kind::Punct(b'.')) || self.num_preceded(i) {
            return None;
        }
        Some(Core::fixed(i + 2, TimexType::Duration, super::dur_value(super::Qty::N(t.num as f64), unit)))
    }
}

impl<'a> Tagger<'a> {
    /// Whether token `i` is the second end of a range of dates: "to",
    /// "until", "through", "and" or "-" before it, and "from" or "between"
    /// a few tokens earlier ("from 10/3 to 11/9").
    fn range_context(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1) else { return false };
        let conn = matches!(self.lex(p), Lex::Fw(Fw::To | Fw::Until | Fw::Through | Fw::And))
            || (self.punct(p, b'-') && self.attached(p) && self.attached(i));
        conn && (i.saturating_sub(7)..p).any(|k| self.fw(k, Fw::From) || self.fw(k, Fw::Between))
    }

    /// "2 years 3 months 10 days ago", "1 month 21 days later": a duration in
    /// several units counted back or forward from the anchor (one unit is
    /// the `ago_later` rule's).
    fn compound_ago(&self, i: usize) -> Option<Core> {
        let d = self.duration(i, false)?;
        let dir = match self.lex(d.end) {
            Lex::Fw(Fw::Ago) => -1,
            Lex::Fw(Fw::Later | Fw::Afterward) => 1,
            _ => return None,
        };
        let parts = parse_duration(&d.value)?;
        // One unit is the `ago_later` rule's, unless several were merged ("2 weeks and 2 days").
        let merged = parts.len() == 1 && d.end > i + 3;
        if (parts.len() < 2 && !merged) || parts.iter().any(|p| p.1 < Unit::Day) {
            return None;
        }
        let base =
            if dir < 0 { self.doc.and_then(|a| a.day()).map(Val::Day) } else { self.chain(d.end, Unit::Day, 0).val };
        let v = parts.iter().try_fold(base?, |v, &(n, u)| v.shift(u, dir * n as i32));
        Some(match v {
            Some(v) => Core::date(d.end + 1, v, if dir < 0 { Anchor::Document } else { Anchor::Text }),
            None => Core::open(d.end + 1, "XXXX-XX-XX"),
        })
    }

    /// "5 upcoming years", "the 2 next days", "10 previous weeks", "5 past
    /// minutes", "the next couple weeks": a stretch of time, a duration.
    fn counted_rel_units(&self, i: usize) -> Option<Core> {
        let s = if self.fw(i, Fw::The) { i + 1 } else { i };
        // "next couple weeks" (no "of").
        // "the next couple of years", "next couple weeks".
        let k = if self.fw(s + 2, Fw::Of) { s + 3 } else { s + 2 };
        if matches!(self.lex(s), Lex::Fw(Fw::Next | Fw::Past | Fw::Last | Fw::Coming))
            && self.fw(s + 1, Fw::Couple)
            && let Lex::Unit(u, true) = self.lex(k)
        {
            return Some(Core::fixed(k + 1, TimexType::Duration, super::dur_value(super::Qty::N(2.0), u)));
        }
        let (q, e) = self.qty(s)?;
        if !matches!(
            self.lex(e),
            Lex::Fw(Fw::Upcoming | Fw::Next | Fw::Coming | Fw::Past | Fw::Previous | Fw::Last | Fw::Following)
        ) {
            return None;
        }
        let Lex::Unit(u, true) = self.lex(e + 1) else { return None };
        Some(Core::fixed(e + 2, TimexType::Duration, super::dur_value(q, u)))
    }

    /// "3 minutes from now", "half an hour from now", "in 2 hours from now":
    /// a time just ahead of the anchor (a day anchor cannot place it).
    fn minutes_from_now(&self, i: usize) -> Option<Core> {
        let d = self.duration(i, false).filter(|d| d.value.starts_with("PT"))?;
        if !(self.fw(d.end, Fw::From) && self.is_word(d.end + 1, "now")) {
            return None;
        }
        Some(Core::fixed(d.end + 2, TimexType::Time, "FUTURE_REF"))
    }

    /// "2 weeks from January 15", "10 days from Christmas": a day counted
    /// from a named day.
    fn counted_from_date(&self, i: usize) -> Option<Core> {
        let (n, u, e2) = self.whole_calendar_count(i)?;
        // Only "from": with "after"/"before" TimeML tags the duration and the
        // date apart ("eight trading days after Oct. 12").
        if !self.fw(e2, Fw::From) {
            return None;
        }
        let dir = 1;
        let k = e2 + 1;
        let c = self
            .explicit_date(k)
            .or_else(|| self.day_month(k))
            .or_else(|| self.holiday(k))
            .or_else(|| self.more_holidays(k))
            .or_else(|| self.numeric_date(k))?;
        let day = c.val.filter(|v| v.day().is_some())?;
        let v = day.shift(u, dir * n as i32)?;
        Some(Core::date(c.end, v, c.anchor))
    }

    /// "2019 q3", "2017-q1", "q3 2019", "q1 of 2017": a quarter in
    /// lower-case business shorthand with its year.
    fn year_quarter(&self, i: usize) -> Option<Core> {
        let q_at = |k: usize| -> Option<u8> {
            let w = self.word(k);
            if !(w == "q" || w == "Q") {
                return None;
            }
            let n = self.tok(k + 1).filter(|n| n.kind == Kind::Num && n.digits == 1 && !n.gap)?.num;
            (1..=4).contains(&n).then_some(n as u8)
        };
        if let Some(y) = self.num(i, 1000, 2999, 4) {
            let k = if self.punct(i + 1, b'-') && self.attached(i + 1) { i + 2 } else { i + 1 };
            let q = q_at(k)?;
            return Some(Core::date(k + 2, Val::Quarter(y as i32, q), Anchor::None));
        }
        let q = q_at(i)?;
        let k = if self.fw(i + 2, Fw::Of) || (self.punct(i + 2, b'-') && self.attached(i + 2)) { i + 3 } else { i + 2 };
        let (y, e) = self.year_num(k)?;
        Some(Core::date(e, Val::Quarter(y, q), Anchor::None))
    }

    /// "half hour", "half year", "one and half hour", "one hour and half",
    /// "an hour and half", "twenty and four hours".
    fn half_durations(&self, i: usize) -> Option<Core> {
        // "half hour", "half year".
        if self.fw(i, Fw::Half)
            && let Lex::Unit(u, false) = self.lex(i + 1)
            && !(i > 0 && self.fw(i - 1, Fw::A))
            && !self.punct(i + 2, b'-')
            // "half year earnings": a modifier.
            && !self.tok(i + 2).is_some_and(|t| t.kind == Kind::Word && t.lex == Lex::None && !is_preposition(self.word(i + 2)))
        {
            return Some(Core::fixed(i + 2, TimexType::Duration, super::dur_value(super::Qty::N(0.5), u)));
        }
        let (q, e) = self.qty(i)?;
        let super::Qty::N(n) = q else { return None };
        // "one and half hour".
        if self.fw(e, Fw::And)
            && self.fw(e + 1, Fw::Half)
            && let Lex::Unit(u, _) = self.lex(e + 2)
        {
            return Some(Core::fixed(e + 3, TimexType::Duration, super::dur_value(super::Qty::N(n + 0.5), u)));
        }
        // "one and a quarter year".
        if self.fw(e, Fw::And)
            && self.fw(e + 1, Fw::A)
            && self.lex(e + 2) == Lex::Unit(Unit::Quarter, false)
            && let Lex::Unit(u @ (Unit::Year | Unit::Hour), _) = self.lex(e + 3)
        {
            return Some(Core::fixed(e + 4, TimexType::Duration, super::dur_value(super::Qty::N(n + 0.25), u)));
        }
        // "3.5 second", "123.45 sec": seconds ("second" is also an ordinal).
        // Only "3.5 second" (a fraction) or "sec": "June 19-23 Second test" is no duration.
        if self.tok(i).is_some_and(|t| t.kind == Kind::Num)
            && ((self.is_word(e, "second") && n.fract() != 0.0 && !self.tok(e).is_some_and(|t| t.cap))
                || self.word(e) == "sec")
        {
            return Some(Core::fixed(e + 1, TimexType::Duration, super::dur_value(q, Unit::Second)));
        }
        // "twenty and four hours".
        if n >= 20.0
            && n % 10.0 == 0.0
            && self.fw(e, Fw::And)
            && let Lex::Number(u @ 1..=9) = self.lex(e + 1)
            && let Lex::Unit(unit, true) = self.lex(e + 2)
        {
            return Some(Core::fixed(e + 3, TimexType::Duration, super::dur_value(super::Qty::N(n + u as f64), unit)));
        }
        // "one hour and half", "an hour and half", "one year and a quarter".
        let (u, _, e2) = self.unit_after(e)?;
        if self.fw(e2, Fw::And) && self.fw(e2 + 1, Fw::Half) {
            return Some(Core::fixed(e2 + 2, TimexType::Duration, super::dur_value(super::Qty::N(n + 0.5), u)));
        }
        if self.fw(e2, Fw::And)
            && self.fw(e2 + 1, Fw::A)
            && self.lex(e2 + 2) == Lex::Unit(Unit::Quarter, false)
            && matches!(u, Unit::Year | Unit::Hour)
        {
            return Some(Core::fixed(e2 + 3, TimexType::Duration, super::dur_value(super::Qty::N(n + 0.25), u)));
        }
        None
    }

    /// "second Sunday", "the third Tuesday": the n-th such weekday of the
    /// anchor's month (with "of"/"in" a month it is the `nth_weekday` rule's).
    fn ordinal_weekday(&self, i: usize) -> Option<Core> {
        let s = if self.fw(i, Fw::The) { i + 1 } else { i };
        let Lex::Ordinal(n @ 1..=5) = self.lex(s) else { return None };
        let Lex::Weekday(dow) = self.lex(s + 1) else { return None };
        if self.fw(s + 2, Fw::Of) || self.fw(s + 2, Fw::In) {
            return None;
        }
        // "the second Sunday in a row", "the first Monday meeting".
        if self.tok(s + 2).is_some_and(|t| t.kind == Kind::Word && !is_preposition(self.word(s + 2))) {
            return None;
        }
        let day = self.doc.and_then(|a| a.day()).and_then(|a| {
            use jiff::ToSpan;
            let first = date(a.year() as i32, a.month() as u8, 1)?;
            let d = crate::calendar::weekday_after(first, dow, false)?.checked_add((7 * (n as i32 - 1)).days()).ok()?;
            (d.month() == a.month()).then_some(d)
        });
        Some(match day {
            Some(d) => Core::date(s + 2, Val::Day(d), Anchor::Document),
            None => Core::open(s + 2, format!("XXXX-WXX-{dow}")),
        })
    }

    /// "October two thousand", "October two thousand and five": a month and
    /// a year in words.
    fn month_year_words(&self, i: usize) -> Option<Core> {
        let Lex::Month(m, _) = self.lex(i) else { return None };
        let k = if self.fw(i + 1, Fw::Of) || self.punct(i + 1, b',') { i + 2 } else { i + 1 };
        let (y, e) = self.year_in_words(k)?;
        if !matches!(self.lex(k + 1), Lex::Number(1000)) {
            return None;
        }
        let mut c = self.month_val(m, Some(y), i);
        c.end = e;
        Some(c)
    }

    /// "next Easter", "last Christmas", "the following Easter": a holiday in
    /// the year after or before the one the anchor is in or nearest.
    fn relative_holiday(&self, i: usize) -> Option<Core> {
        let n = match self.lex(i) {
            Lex::Fw(Fw::Next | Fw::Following | Fw::Coming) => 1,
            Lex::Fw(Fw::Last | Fw::Previous) => -1,
            Lex::Fw(Fw::This) => 0,
            _ => return None,
        };
        let c = self.holiday(i + 1).or_else(|| self.more_holidays(i + 1))?;
        let (Some(a), Some(d)) = (self.doc.and_then(|a| a.day()), c.val.and_then(|v| v.day())) else {
            return Some(Core { end: c.end, ..c });
        };
        let is_easter = self.is_word(i + 1, "easter");
        let on = |y: i32| if is_easter { super::easter(y) } else { date(y, d.month() as u8, d.day() as u8) };
        let ay = a.year() as i32;
        let day = match n {
            1 => [ay, ay + 1].into_iter().filter_map(on).find(|x| *x > a),
            -1 => [ay, ay - 1].into_iter().filter_map(on).find(|x| *x < a),
            _ => on(ay),
        }?;
        Some(Core::date(c.end, Val::Day(day), Anchor::Document))
    }
}

/// The (count, unit) parts of a TIMEX3 duration value ("P2Y1M21D").
fn parse_duration(v: &str) -> Option<Vec<(u32, Unit)>> {
    let rest = v.strip_prefix('P')?;
    let mut out = Vec::new();
    let mut num = String::new();
    let mut time = false;
    for c in rest.chars() {
        match c {
            'T' => time = true,
            '0'..='9' => num.push(c),
            _ => {
                let n: u32 = num.parse().ok()?;
                num.clear();
                let u = match (c, time) {
                    ('Y', false) => Unit::Year,
                    ('M', false) => Unit::Month,
                    ('W', false) => Unit::Week,
                    ('D', false) => Unit::Day,
                    ('H', true) => Unit::Hour,
                    ('M', true) => Unit::Minute,
                    ('S', true) => Unit::Second,
                    _ => return None,
                };
                out.push((n, u));
            }
        }
    }
    num.is_empty().then_some(out)
}

/// One end of a range of hours: (start token, end token, hour, minutes).
type HourEnd = (usize, usize, u32, u32);

impl<'a> Tagger<'a> {
    /// An hour for a range of hours: "7", "9.30", "10:30", "0730", "three
    /// thirty". Returns (hour, minutes, next).
    fn pair_hour(&self, k: usize) -> Option<(u32, u32, usize)> {
        let t = self.tok(k)?;
        if t.kind == Kind::Num {
            if t.digits == 4 {
                let (h, m) = (t.num / 100, t.num % 100);
                return (h <= 23 && m < 60).then_some((h, m, k + 1));
            }
            let h = self.num(k, 0, 23, 2)?;
            if (self.punct(k + 1, b':') || self.punct(k + 1, b'.'))
                && self.attached(k + 1)
                && self.attached(k + 2)
                && let Some(m) = self.num(k + 2, 0, 59, 2).filter(|_| self.tok(k + 2).is_some_and(|x| x.digits == 2))
            {
                return Some((h, m, k + 3));
            }
            return Some((h, 0, k + 1));
        }
        let (h, m, e, _) = self.hour_words(k)?;
        Some((h, m, e))
    }

    /// The two ends of "N (to|-|and|til) M" starting at token `k`, both
    /// hours; with "from"/"between" before, or a hyphen. Returns the two
    /// (start, end, hour, minutes) and the next token.
    fn hour_pair(&self, k: usize) -> Option<([HourEnd; 2], usize)> {
        let lead = self.fw(k, Fw::From) || self.fw(k, Fw::Between);
        let a = if lead { k + 1 } else { k };
        let (h1, m1, e1) = self.pair_hour(a)?;
        let hyphen = self.punct(e1, b'-') && self.attached(e1) && self.attached(e1 + 1);
        let conn = hyphen
            || matches!(self.lex(e1), Lex::Fw(Fw::To | Fw::Until))
            || (self.fw(e1, Fw::And) && self.fw(k, Fw::Between));
        // "five to seven today": a bare "to" pair only in words, right before a
        // day word ("beat them 5 to 3 Sunday" is a score).
        let bare_to = !lead && self.fw(e1, Fw::To) && self.tok(a).is_some_and(|t| t.kind == Kind::Word);
        if !conn || !(lead || hyphen || bare_to) {
            return None;
        }
        let (h2, m2, e2) = self.pair_hour(e1 + 1)?;
        if bare_to
            && !matches!(
                self.lex(e2),
                Lex::Fw(Fw::Today | Fw::Tomorrow | Fw::Yesterday | Fw::Tonight | Fw::This | Fw::Next | Fw::Last)
                    | Lex::Weekday(_)
            )
        {
            return None;
        }
        if self.tok(e2).is_some_and(|t| !t.gap && t.kind != Kind::Punct(b',') && t.kind != Kind::Punct(b'.')) {
            return None;
        }
        if (h1 > 12 && (h2 <= 12 || h2 > 23)) || (h1 == 0 && h2 == 0) {
            return None;
        }
        Some(([(a, e1, h1, m1), (e1 + 1, e2, h2, m2)], e2))
    }

    /// "between 3 and 8 yesterday", "from 4 to 6 next Sunday", "Monday from
    /// 10-4", "next Monday morning 6-8", "today from three thirty to four
    /// thirty": a range of bare hours next to the day they fall on.
    ///
    /// What: two hours joined by "to", "-", "until" or (after "between")
    /// "and", with "from"/"between" before or a hyphen between, right
    /// before or after a tagged day; each end becomes a TIME on that day (a
    /// second end smaller than the first is after noon: "10-4").
    /// Why: bare numbers are hours only because a day is named next to them;
    /// with no day ("from 6 to 7") they stay untagged.
    fn hour_pair_near(&self, h: &Hit, prev_end: usize, next_start: usize) -> Vec<Hit> {
        let day = match h.kind {
            TimexType::Date if h.value.len() == 10 && h.value.as_bytes()[7] == b'-' => h.value.clone(),
            TimexType::Date if h.value.starts_with("XXXX-WXX-") && h.value.len() == 10 => h.value.clone(),
            TimexType::Time
                if h.value.len() == 13
                    && h.value.as_bytes()[10] == b'T'
                    && !h.value.as_bytes()[11].is_ascii_digit() =>
            {
                h.value[..10].to_string()
            }
            _ => return Vec::new(),
        };
        let pm_part = h.value.ends_with("TAF") || h.value.ends_with("TEV") || h.value.ends_with("TNI");
        let make = |pair: [HourEnd; 2]| -> Vec<Hit> {
            let [(s1, e1, a, m1), (s2, e2, b, m2)] = pair;
            let (mut a, mut b) = (a, b);
            if pm_part {
                if a < 12 {
                    a += 12;
                }
                if b < 12 {
                    b += 12;
                }
            } else if b < a && b < 12 {
                b += 12;
            }
            let hit = |s: usize, e: usize, hh: u32, mm: u32| Hit {
                start: s,
                end: e,
                kind: TimexType::Time,
                value: format!("{day}T{:02}:{mm:02}", hh % 24),
                anchor: h.anchor,
                modifier: None,
            };
            vec![hit(s1, e1, a, m1), hit(s2, e2, b, m2)]
        };
        // After the day: "Monday from 10-4", "next Monday morning 6-8" (a
        // bare hyphen pair only after a part of the day: "Monday 6-3" is a score).
        let lead_at = |k: usize| self.fw(k, Fw::From) || self.fw(k, Fw::Between);
        let daypart = h.value.ends_with("TMO")
            || h.value.ends_with("TAF")
            || h.value.ends_with("TEV")
            || h.value.ends_with("TNI");
        if let Some((pair, _)) = self.hour_pair(h.end).filter(|(_, e)| *e <= next_start)
            && self.tok(pair[1].1).is_none_or(|t| t.kind != Kind::Word || t.lex != Lex::None || t.cap)
            && (lead_at(h.end) || daypart)
        {
            return make(pair);
        }
        // Before the day: "between 3 and 8 yesterday", "from 5 to 6 on Sunday".
        let end = if h.start > 0 && (self.fw(h.start - 1, Fw::On) || self.punct(h.start - 1, b',')) {
            h.start - 1
        } else {
            h.start
        };
        for k in end.saturating_sub(8).max(prev_end)..end {
            // Before the day, a lead word or words: "routed Baltimore 10-3 Thursday" is a score.
            if let Some((pair, e)) = self.hour_pair(k)
                && e == end
                && (lead_at(k) || self.tok(pair[0].0).is_some_and(|t| t.kind == Kind::Word))
            {
                return make(pair);
            }
        }
        Vec::new()
    }
}

impl<'a> Tagger<'a> {
    /// "20161016": a date written as eight digits, year first.
    fn compact_ymd(&self, i: usize) -> Option<Core> {
        let t = self.tok(i)?;
        if t.kind != Kind::Num || t.digits != 8 || self.num_preceded(i) || self.num_continues(i) {
            return None;
        }
        if i > 0 && (self.attached(i) && !matches!(self.toks[i - 1].kind, Kind::Punct(b'-' | b'(' | b'"'))) {
            return None;
        }
        if self.tok(i + 1).is_some_and(|n| !n.gap && n.kind == Kind::Word) {
            return None;
        }
        let (y, m, d) = (t.num / 10000, t.num / 100 % 100, t.num % 100);
        if !(1900..=2100).contains(&y) {
            return None;
        }
        let v = Val::Day(date(y as i32, m as u8, d as u8)?);
        Some(Core::date(i + 1, v, Anchor::None))
    }

    /// "the third month of 2021", "the 8th month of next year".
    fn ordinal_month_of(&self, i: usize) -> Option<Core> {
        let s = if self.fw(i, Fw::The) { i + 1 } else { i };
        let (n, e, true) = self.day_words(s)? else { return None };
        if !(1..=12).contains(&n) || self.lex(e) != Lex::Unit(Unit::Month, false) || !self.fw(e + 1, Fw::Of) {
            return None;
        }
        let k = e + 2;
        let (y, end, anchor) = if let Some((y, e2)) = self.year_num(k) {
            (y, e2, Anchor::None)
        } else {
            let c = self.rel_unit(k, false)?;
            match c.val {
                Some(Val::Year(y)) => (y, c.end, c.anchor),
                _ => return None,
            }
        };
        Some(Core::date(end, Val::Month(y, n), anchor))
    }

    /// "in two thousand and twenty", "since nineteen oh five": a year in
    /// words after a temporal preposition.
    fn year_words_alone(&self, i: usize) -> Option<Core> {
        if i == 0 || !matches!(self.lex(i - 1), Lex::Fw(Fw::In | Fw::Since | Fw::Until | Fw::By | Fw::Of)) {
            return None;
        }
        if !(matches!(self.lex(i), Lex::Number(2)) && matches!(self.lex(i + 1), Lex::Number(1000))) {
            return None;
        }
        let (y, e) = self.year_in_words(i)?;
        if self.tok(e).is_some_and(|t| t.kind == Kind::Word && t.lex == Lex::None && !is_preposition(self.word(e))) {
            return None;
        }
        Some(Core::date(e, Val::Year(y), Anchor::None))
    }

    /// "April of 87": a month and a two-digit year after "of".
    fn month_of_short_year(&self, i: usize) -> Option<Core> {
        let Lex::Month(m, _) = self.lex(i) else { return None };
        if !self.tok(i)?.cap || !self.fw(i + 1, Fw::Of) {
            return None;
        }
        let t = self.tok(i + 2).filter(|t| t.kind == Kind::Num && t.digits == 2)?;
        if self.tok(i + 3).is_some_and(|n| n.kind == Kind::Word && n.lex == Lex::None || n.kind == Kind::Num) {
            return None;
        }
        let y = if t.num < 30 { 2000 + t.num as i32 } else { 1900 + t.num as i32 };
        Some(Core::date(i + 3, Val::Month(y, m), Anchor::None))
    }

    /// Fixed-date holidays the main rule lacks: "Juneteenth", "May Day",
    /// "Boxing Day".
    fn more_fixed_holidays(&self, i: usize) -> Option<Core> {
        let t = self.tok(i)?;
        let (m, d, e) = if self.is_word(i, "juneteenth") {
            (6, 19, i + 1)
        } else if t.cap && self.lex(i) == Lex::Month(5, true) && self.is_word(i + 1, "day") && self.tok(i + 1)?.cap {
            (5, 1, i + 2)
        } else if t.cap && self.is_word(i, "boxing") && self.is_word(i + 1, "day") {
            (12, 26, i + 2)
        } else if self.fw(i, Fw::Independence)
            && self.is_word(i + 1, "day")
            // Not another country's: "Pakistan's independence day", "Indian independence day".
            && !(i > 0 && (self.is_word(i - 1, "s") || self.tok(i - 1).is_some_and(|p| p.cap && p.lex == Lex::None)))
        {
            // Lower-case too ("before independence day"); capitalised it is the main rule's.
            (7, 4, i + 2)
        } else if self.is_word(i, "earth") && self.is_word(i + 1, "day") && !t.cap {
            (4, 22, i + 2)
        } else {
            return None;
        };
        // "Independence Day 2021", "independence day of this year".
        let (e, year) = match self.year_num(e) {
            Some((y, e2)) => (e2, Some(y)),
            None => match (self.fw(e, Fw::Of), self.rel_unit(e + 1, false)) {
                (true, Some(c)) if matches!(c.val, Some(Val::Year(_))) => (c.end, c.val.map(|v| v.year())),
                _ => (e, None),
            },
        };
        let (val, value, anchor) = self.month_day_val(m, d, year, i);
        Some(Core::new(e, TimexType::Date, value, anchor, val))
    }

    /// "biweekly", "bi-monthly", "semiannually", "semi-annual": sets.
    fn frequency_words(&self, i: usize) -> Option<Core> {
        let w = self.word(i).to_ascii_lowercase();
        let (w, e) = if (w == "bi" || w == "semi") && self.punct(i + 1, b'-') && self.attached(i + 1) {
            (format!("{w}{}", self.word(i + 2).to_ascii_lowercase()), i + 3)
        } else {
            (w, i + 1)
        };
        let v = match w.as_str() {
            "biweekly" => "P2W",
            "bimonthly" => "P2M",
            "semiannually" | "semiannual" => "P6M",
            _ => return None,
        };
        Some(Core::fixed(e, TimexType::Set, v))
    }
}

impl<'a> Tagger<'a> {
    /// "10, tonight", "7, this morning", "seven on 15": an hour set off by
    /// a comma (or "on") before the day part or day it falls in.
    fn hour_comma_day(&self, i: usize) -> Option<Core> {
        let (h, m, e, _) = self.hour_words(i)?;
        if self.tok(i).is_some_and(|t| t.kind == Kind::Num) && (self.num_continues(i) || self.punct(i + 1, b':')) {
            return None;
        }
        if !self.punct(e, b',') {
            return None;
        }
        let (pm, ok) = match (self.lex(e + 1), self.lex(e + 2)) {
            (Lex::Fw(Fw::Tonight), _) => (true, true),
            (Lex::Fw(Fw::This), Lex::DayPart(DayPart::Morning)) => (false, true),
            (Lex::Fw(Fw::This), Lex::DayPart(DayPart::Afternoon | DayPart::Evening)) => (true, true),
            _ => (false, false),
        };
        if !ok || i == 0 || !matches!(self.lex(i - 1), Lex::Fw(Fw::At | Fw::By | Fw::Until) | Lex::None) {
            return None;
        }
        Some(self.clock(e, if pm && h < 12 { h + 12 } else { h }, m))
    }

    /// "Tuesday AM", "today pm", "tomorrow am": the morning or afternoon of
    /// that day.
    fn day_am_pm(&self, i: usize) -> Option<Core> {
        let c = self
            .weekday(i)
            .or_else(|| self.deictic(i))
            .or_else(|| self.explicit_date(i).filter(|c| c.val.is_some_and(|v| v.day().is_some())))?;
        let e = c.end;
        // "mar4 night", "May 5th evening": that part of that day.
        if let Lex::DayPart(p @ (DayPart::Morning | DayPart::Afternoon | DayPart::Evening | DayPart::Night)) =
            self.lex(e)
            && let Some(v) = c.val.filter(|v| v.day().is_some())
        {
            return Some(self.with_daypart(e + 1, Some(v), p));
        }
        let w = self.word(e);
        let part = if w.eq_ignore_ascii_case("am") {
            DayPart::Morning
        } else if w.eq_ignore_ascii_case("pm") {
            DayPart::Afternoon
        } else {
            return None;
        };
        if self.tok(e + 1).is_some_and(|t| t.kind == Kind::Num) {
            return None;
        }
        let day = c.val.filter(|v| v.day().is_some());
        if day.is_none() && !c.value.starts_with("XXXX") {
            return None;
        }
        Some(match day {
            Some(v) => self.with_daypart(e + 1, Some(v), part),
            None => Core::fixed(e + 1, TimexType::Time, format!("{}{}", c.value, part.code())),
        })
    }

    /// "the end of the Sunday": a weekday with an article after "of".
    fn the_weekday(&self, i: usize) -> Option<Core> {
        if !self.fw(i, Fw::The) || i == 0 || !self.fw(i - 1, Fw::Of) {
            return None;
        }
        let Lex::Weekday(_) = self.lex(i + 1) else { return None };
        self.weekday(i + 1)
    }

    /// "at the EOD": the abbreviation with its article.
    fn the_abbreviation(&self, i: usize) -> Option<Core> {
        if !self.fw(i, Fw::The) {
            return None;
        }
        let w = self.word(i + 1);
        if !["eod", "eom", "eoy"].iter().any(|x| x.eq_ignore_ascii_case(w)) {
            return None;
        }
        self.word_head_rules(i + 1)
    }

    /// "2016 / 11", "2016 - 11", "11 - 2016", "2016, Nov": a year and a
    /// month set apart by spaces, only closing the sentence (no counted noun
    /// can follow).
    fn spaced_year_month(&self, i: usize) -> Option<Core> {
        let closes = |k: usize| self.tok(k).is_none_or(|t| matches!(t.kind, Kind::Punct(b'.' | b'!' | b'?')));
        let sep = |k: usize| self.punct(k, b'/') || self.punct(k, b'-') || self.punct(k, b',');
        if let Some(y) = self.num(i, 1000, 2999, 4) {
            if !sep(i + 1) || self.num_continues(i) {
                return None;
            }
            if let Some(m) = self.num(i + 2, 1, 12, 2)
                && closes(i + 3)
                && !self.punct(i + 1, b',')
            {
                return Some(Core::date(i + 3, Val::Month(y as i32, m as u8), Anchor::None));
            }
            if let Lex::Month(m, _) = self.lex(i + 2)
                && closes(i + 3)
            {
                return Some(Core::date(i + 3, Val::Month(y as i32, m), Anchor::None));
            }
            return None;
        }
        let m = self.num(i, 1, 12, 2)?;
        if !(self.punct(i + 1, b'/') || self.punct(i + 1, b'-')) || self.num_preceded(i) {
            return None;
        }
        // Spaces on at least one side: glued forms are the numeric date rule's.
        if self.attached(i + 1) && self.attached(i + 2) {
            return None;
        }
        let y = self.num(i + 2, 1000, 2999, 4)?;
        if !closes(i + 3) {
            return None;
        }
        Some(Core::date(i + 3, Val::Month(y as i32, m as u8), Anchor::None))
    }

    /// "from 5-21 in next month", "November between 19 and 20", "Feb
    /// between 2-7": a range of two bare days next to the month they are in.
    fn day_pair_near(&self, h: &Hit, prev_end: usize, next_start: usize) -> Vec<Hit> {
        let ym = match h.kind {
            TimexType::Date if h.value.len() == 7 && h.value.as_bytes()[4] == b'-' => h.value.clone(),
            _ => return Vec::new(),
        };
        if !ym[5..].bytes().all(|b| b.is_ascii_digit()) {
            return Vec::new();
        }
        // (first day's token and day, second's, next token)
        type DayPair = ((usize, u32), (usize, u32), usize);
        let pair = |k: usize| -> Option<DayPair> {
            let lead = self.fw(k, Fw::From) || self.fw(k, Fw::Between);
            let a = if lead { k + 1 } else { k };
            let d1 = self.num(a, 1, 31, 2)?;
            let hyphen = self.punct(a + 1, b'-') && self.attached(a + 1) && self.attached(a + 2);
            let conn = hyphen
                || matches!(self.lex(a + 1), Lex::Fw(Fw::To | Fw::Until | Fw::Through))
                || (self.fw(a + 1, Fw::And) && self.fw(k, Fw::Between));
            if !conn || !(lead || hyphen) {
                return None;
            }
            let d2 = self.num(a + 2, 1, 31, 2)?;
            (d1 < d2).then_some(((a, d1), (a + 2, d2), a + 3))
        };
        let make = |(a, d1): (usize, u32), (b, d2): (usize, u32)| -> Vec<Hit> {
            let hit = |s: usize, d: u32| Hit {
                start: s,
                end: s + 1,
                kind: TimexType::Date,
                value: format!("{ym}-{d:02}"),
                anchor: h.anchor,
                modifier: None,
            };
            vec![hit(a, d1), hit(b, d2)]
        };
        // After the month: "November between 19 and 20".
        if let Some((a, b, e)) = pair(h.end)
            && e <= next_start
        {
            return make(a, b);
        }
        // Before it: "from 5-21 in next month", "4-23 of this month".
        let end = if h.start > 0 && (self.fw(h.start - 1, Fw::In) || self.fw(h.start - 1, Fw::Of)) {
            h.start - 1
        } else {
            h.start
        };
        for k in end.saturating_sub(5).max(prev_end)..end {
            if let Some((a, b, e)) = pair(k)
                && e == end
            {
                return make(a, b);
            }
        }
        Vec::new()
    }
}

impl<'a> Tagger<'a> {
    /// Whether a weekday abbreviation at `s` is a weekday: "Tue", "Thu",
    /// "Thurs", "Fri" are no English words; "Mon", "Wed", "Sat", "Sun" only
    /// after "week" ("next week Mon") or in a list with another weekday
    /// ("Mon, Wed, Fri", "Mon or Tue").
    pub(super) fn weekday_abbreviation_ok(&self, s: usize) -> bool {
        let w = self.word(s).to_ascii_lowercase();
        if matches!(w.as_str(), "tue" | "tues" | "thu" | "thur" | "thurs" | "fri") {
            return self.tok(s).is_some_and(|t| t.cap) || self.in_weekday_list(s);
        }
        if s > 0 && self.lex(s - 1) == Lex::Unit(Unit::Week, false) {
            return true;
        }
        self.in_weekday_list(s)
    }

    fn in_weekday_list(&self, s: usize) -> bool {
        let joins = |k: usize| self.punct(k, b',') || matches!(self.lex(k), Lex::Fw(Fw::Or | Fw::And));
        let weekday = |k: usize| matches!(self.lex(k), Lex::Weekday(_));
        (s >= 2 && joins(s - 1) && weekday(s - 2))
            || (joins(s + 1) && weekday(s + 2))
            || (s >= 3 && self.punct(s - 2, b',') && joins(s - 1) && weekday(s - 3))
    }

    /// A time zone after a clock time joins it, as TimeML writes "10 a.m.
    /// EST": "3pm Pacific time", "9pm Eastern", "1:30 PM PT", "5pm CT",
    /// "11:00am Central Daylight Time".
    pub(super) fn with_zones(&self, mut hits: Vec<Hit>) -> Vec<Hit> {
        for x in 0..hits.len() {
            let h = &hits[x];
            let is_clock = h.kind == TimexType::Time
                && h.value.split('T').nth(1).is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()));
            if !is_clock {
                continue;
            }
            let next_start = hits.get(x + 1).map(|n| n.start).unwrap_or(usize::MAX);
            let mut e = h.end;
            let region = ["pacific", "eastern", "central", "mountain"].iter().any(|r| self.is_word(e, r));
            if region {
                e += 1;
                if self.is_word(e, "standard") || self.is_word(e, "daylight") {
                    e += 1;
                }
                if self.is_word(e, "time") || self.is_word(e, "timezone") {
                    e += 1;
                }
            } else if self.tok(e).is_some_and(|t| t.cap && t.lex == Lex::None)
                && (self.is_word(e + 1, "time") || self.is_word(e + 1, "timezone"))
            {
                // "3pm Beijing time", "10:30am Montreal time".
                e += 2;
            } else if (["pt", "et", "ct", "mt"].iter().any(|z| self.word(e).eq_ignore_ascii_case(z))
                && self.tok(e).is_some_and(|t| t.cap))
                || self.lex(e) == Lex::Zone
                || zone_abbreviation(self.word(e))
            {
                e += 1;
            }
            if e > h.end && e <= next_start {
                hits[x].end = e;
            }
        }
        hits
    }
}

impl<'a> Tagger<'a> {
    /// "day after tomorrow", "day before yesterday" without the article.
    fn day_after_tomorrow(&self, i: usize) -> Option<Core> {
        if self.lex(i) != Lex::Unit(Unit::Day, false) || (i > 0 && self.fw(i - 1, Fw::The)) {
            return None;
        }
        match (self.lex(i + 1), self.lex(i + 2)) {
            (Lex::Fw(Fw::After), Lex::Fw(Fw::Tomorrow)) => Some(self.doc_rel(i + 3, Unit::Day, 2)),
            (Lex::Fw(Fw::Before), Lex::Fw(Fw::Yesterday)) => Some(self.doc_rel(i + 3, Unit::Day, -2)),
            _ => None,
        }
    }
}

/// An upper-case time zone abbreviation: "AEST", "SGT", "CEST", "HKT".
fn zone_abbreviation(w: &str) -> bool {
    (3..=5).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_uppercase())
        && (w.ends_with('T') || w.ends_with("ST") || w.ends_with("DT"))
}

impl<'a> Tagger<'a> {
    /// Whether "last" at `i` is the verb: "will last two hours", "to last
    /// three weekends", "shouldn't last".
    pub(super) fn last_is_verb(&self, i: usize) -> bool {
        self.fw(i, Fw::Last)
            && i > 0
            && (matches!(self.lex(i - 1), Lex::Fw(Fw::Will | Fw::Would | Fw::Shall | Fw::To))
                || ["can", "could", "should", "might", "must", "t", "not", "may", "did", "does", "do"]
                    .iter()
                    .any(|w| self.is_word(i - 1, w)))
    }

    /// "between 0730-0930", "from 0930-1100": a range of four-digit clock times.
    fn military_pair(&self, i: usize) -> Option<Core> {
        let hhmm = |k: usize| -> Option<(u32, u32)> {
            let t = self.tok(k).filter(|t| t.kind == Kind::Num && t.digits == 4)?;
            let (h, m) = (t.num / 100, t.num % 100);
            (h <= 23 && m < 60).then_some((h, m))
        };
        let dash = |k: usize| self.punct(k, b'-') && self.attached(k) && self.attached(k + 1);
        let lead = |k: usize| k > 0 && (self.fw(k - 1, Fw::From) || self.fw(k - 1, Fw::Between));
        let first = hhmm(i).is_some() && dash(i + 1) && hhmm(i + 2).is_some() && lead(i);
        let second = i >= 2 && dash(i - 1) && hhmm(i - 2).is_some() && hhmm(i).is_some() && lead(i - 2);
        if !(first || second) {
            return None;
        }
        let (h, m) = hhmm(i)?;
        Some(self.clock(i + 1, h, m))
    }

    /// "Monday at 2.30", "Thursdays at 17.30": a clock time with a dot after
    /// a named day (after a price word it would be money: "closed at 6.45").
    fn dotted_clock_after_day(&self, i: usize) -> Option<Core> {
        if i < 2 || !self.fw(i - 1, Fw::At) {
            return None;
        }
        let day_before = matches!(self.lex(i - 2), Lex::Weekday(_) | Lex::Fw(Fw::Today | Fw::Tomorrow | Fw::Tonight))
            || (self.word(i - 2).len() > 6
                && self.word(i - 2).ends_with('s')
                && matches!(
                    crate::lexicon::lookup(&self.word(i - 2).as_bytes()[..self.word(i - 2).len() - 1]),
                    Lex::Weekday(_)
                ));
        if !day_before || !self.punct(i + 1, b'.') || !self.attached(i + 1) || !self.attached(i + 2) {
            return None;
        }
        let h = self.num(i, 0, 23, 2)?;
        let m = self.num(i + 2, 0, 59, 2).filter(|_| self.tok(i + 2).is_some_and(|t| t.digits == 2))?;
        Some(self.clock(i + 3, h, m))
    }

    /// "upcoming month", "the upcoming week": the next one.
    fn upcoming_unit(&self, i: usize) -> Option<Core> {
        let s = if self.fw(i, Fw::The) { i + 1 } else { i };
        if !self.fw(s, Fw::Upcoming) {
            return None;
        }
        let Lex::Unit(u @ (Unit::Week | Unit::Month | Unit::Quarter | Unit::Year | Unit::Weekend), false) =
            self.lex(s + 1)
        else {
            return None;
        };
        Some(self.doc_rel(s + 2, u, 1))
    }

    /// "this calendar year", "next calendar year".
    fn calendar_year(&self, i: usize) -> Option<Core> {
        let n = match self.lex(i) {
            Lex::Fw(Fw::This | Fw::Current) => 0,
            Lex::Fw(Fw::Next) => 1,
            Lex::Fw(Fw::Last | Fw::Previous) => -1,
            _ => return None,
        };
        if !self.is_word(i + 1, "calendar") || self.lex(i + 2) != Lex::Unit(Unit::Year, false) {
            return None;
        }
        Some(self.doc_rel(i + 3, Unit::Year, n))
    }

    /// "the noughties", "the two thousands", "the twenty-tens": the decades
    /// of this century in words.
    fn decade_2000s(&self, i: usize) -> Option<Core> {
        if !self.fw(i, Fw::The) {
            return None;
        }
        if self.is_word(i + 1, "noughties") {
            return Some(Core::date(i + 2, Val::Decade(200), Anchor::None));
        }
        if matches!(self.lex(i + 1), Lex::Number(2)) && self.is_word(i + 2, "thousands") {
            return Some(Core::date(i + 3, Val::Decade(200), Anchor::None));
        }
        let k = self.join(i + 2);
        if matches!(self.lex(i + 1), Lex::Number(20)) && self.is_word(k, "tens") {
            return Some(Core::date(k + 1, Val::Decade(201), Anchor::None));
        }
        None
    }
}

impl<'a> Tagger<'a> {
    /// Cheap filter before the rules that read a quantity and a unit: a
    /// quantity at `i` followed by a unit, a word between them ("5 upcoming
    /// years", "2 more days"), "and" ("one and half hour") or "second".
    fn quantity_gate(&self, i: usize) -> bool {
        let Some((_, e)) = self.qty(i) else { return false };
        let e = self.join(e);
        matches!(
            self.lex(e),
            Lex::Unit(..)
                | Lex::Fw(
                    Fw::More
                        | Fw::Additional
                        | Fw::Trading
                        | Fw::Business
                        | Fw::Straight
                        | Fw::Consecutive
                        | Fw::Full
                        | Fw::And
                        | Fw::Upcoming
                        | Fw::Next
                        | Fw::Coming
                        | Fw::Past
                        | Fw::Previous
                        | Fw::Last
                        | Fw::Following
                )
        ) || self.is_word(e, "second")
            || self.is_word(e, "sec")
            || self.is_word(e, "calendar")
    }
}

impl<'a> Tagger<'a> {
    /// "2016 November", "2017 april": a year and a month after it, closing
    /// the phrase (not "the 2016 November election").
    fn year_then_month(&self, i: usize) -> Option<Core> {
        let y = self.num(i, 1000, 2999, 4)?;
        let Lex::Month(m, _) = self.lex(i + 1) else { return None };
        if self.num_continues(i) || self.day_num(i + 2).is_some() {
            return None;
        }
        if self
            .tok(i + 2)
            .is_some_and(|t| t.kind == Kind::Word && t.lex == Lex::None && !is_preposition(self.word(i + 2)))
        {
            return None;
        }
        Some(Core::date(i + 2, Val::Month(y as i32, m), Anchor::None))
    }

    /// Joins what belongs together after the rules ran:
    ///
    /// - a set and its clock time: "every Monday at 4pm" = `XXXX-WXX-1T16:00`,
    ///   "9am on Sundays", "every morning at 9am" (one SET, as TimeML writes
    ///   a set with a time);
    /// - a week and a weekday in it: "next week Sunday", "Sunday of next
    ///   week" = that Sunday; a bare weekday soon after "next week" ("next
    ///   week on Tuesday or Thursday") is that week's;
    /// - a clock time said in the afternoon, evening or night is after noon
    ///   ("7:00 on Sunday afternoon", "five-thirty tomorrow evening").
    pub(super) fn merge_sets_and_weeks(&self, hits: Vec<Hit>) -> Vec<Hit> {
        // Twice: a join can make a new neighbour ("8pm" + "in the evening",
        // then + ", Sunday").
        let hits = self.merge_pass(hits);
        self.merge_pass(hits)
    }

    fn merge_pass(&self, hits: Vec<Hit>) -> Vec<Hit> {
        let clock_of = |h: &Hit| -> Option<String> {
            if h.kind != TimexType::Time {
                return None;
            }
            let t = h.value.split('T').nth(1)?;
            t.starts_with(|c: char| c.is_ascii_digit()).then(|| t.to_string())
        };
        let week_of = |h: &Hit| -> Option<(i32, u8)> {
            if h.kind != TimexType::Date || h.value.len() != 8 || h.value.as_bytes()[5] != b'W' {
                return None;
            }
            Some((h.value[..4].parse().ok()?, h.value[6..8].parse().ok()?))
        };
        let weekday_at = |h: &Hit| -> Option<u8> {
            (h.end == h.start + 1 && h.kind == TimexType::Date).then_some(())?;
            match self.lex(h.start) {
                Lex::Weekday(d) => Some(d),
                _ => None,
            }
        };
        let in_week = |(y, w): (i32, u8), dow: u8| -> Option<String> {
            let wd = jiff::civil::Weekday::from_monday_one_offset(dow as i8).ok()?;
            jiff::civil::ISOWeekDate::new(y as i16, w as i8, wd).ok().map(|d| Val::Day(d.date()).render())
        };
        let gap = |a: usize, b: usize| {
            b >= a
                && b - a <= 1
                && (a..b).all(|k| {
                    self.fw(k, Fw::At)
                        || self.fw(k, Fw::On)
                        || self.punct(k, b',')
                        || self.punct(k, b'-')
                        || self.fw(k, Fw::Of)
                })
        };
        let mut out: Vec<Hit> = Vec::with_capacity(hits.len());
        let mut last_week: Option<((i32, u8), usize)> = None;
        // "the following week", "the same month": that unit, not a day in it.
        let hits = hits.into_iter().map(|mut h| {
            if let Some(v) = self.unit_of_chained(&h) {
                h.value = v;
            }
            h
        });
        let mut it = hits.peekable();
        while let Some(mut h) = it.next() {
            // The afternoon makes a morning hour an afternoon one.
            if let Some(t) = clock_of(&h)
                && let Ok(hh) = t[..2].parse::<u32>()
                && hh < 12
                && (h.start..h.end).any(|k| {
                    matches!(self.lex(k), Lex::DayPart(DayPart::Afternoon | DayPart::Evening))
                        || (self.lex(k) == Lex::DayPart(DayPart::Night) && hh >= 6)
                })
                && !(h.start..h.end).any(|k| matches!(self.lex(k), Lex::Fw(Fw::Am)) || self.is_word(k, "a"))
            {
                let tp = h.value.find('T').unwrap_or(0);
                h.value = format!("{}T{:02}{}", &h.value[..tp], hh + 12, &t[2..]);
            }
            if let Some(next) = it.peek() {
                // A set and its clock time, either order.
                let set_day = |s: &Hit| -> Option<String> {
                    if s.kind != TimexType::Set {
                        return None;
                    }
                    if s.value.starts_with("XXXX-WXX-") && s.value.len() == 10 {
                        return Some(s.value.clone());
                    }
                    if s.value == "P1D" || s.value.starts_with("XXXX-XX-XXT") {
                        return Some("XXXX-XX-XX".into());
                    }
                    None
                };
                let pm = |s: &Hit| s.value.ends_with("TAF") || s.value.ends_with("TEV") || s.value.ends_with("TNI");
                let pair = if let (Some(d), Some(c)) = (set_day(&h), clock_of(next)) {
                    Some((d, c, pm(&h)))
                } else if let (Some(c), Some(d)) = (clock_of(&h), set_day(next)) {
                    Some((d, c, pm(next)))
                } else {
                    None
                };
                if let Some((day, clock, pm)) = pair
                    && gap(h.end, next.start)
                {
                    let next = it.next().expect("peeked");
                    let hh: u32 = clock[..2].parse().unwrap_or(0);
                    let clock = if pm && hh < 12 { format!("{:02}{}", hh + 12, &clock[2..]) } else { clock };
                    out.push(Hit {
                        start: h.start,
                        end: next.end,
                        kind: TimexType::Set,
                        value: format!("{day}T{clock}"),
                        anchor: Anchor::None,
                        modifier: None,
                    });
                    continue;
                }
                // "8:00 early morning", "7 in the evening": a clock and its part of the day.
                let part_of = |x: &Hit| -> Option<DayPart> {
                    (x.kind == TimexType::Time).then_some(())?;
                    (x.start..x.end).find_map(|k| match self.lex(k) {
                        Lex::DayPart(
                            p @ (DayPart::Morning | DayPart::Afternoon | DayPart::Evening | DayPart::Night),
                        ) => Some(p),
                        _ => None,
                    })
                };
                // (the part of the day right after, or after "in the")
                let part_gap = next.start == h.end
                    || (next.start == h.end + 1 && self.fw(h.end, Fw::In) && self.fw(next.start, Fw::The))
                    || (next.start == h.end + 2 && self.fw(h.end, Fw::In) && self.fw(h.end + 1, Fw::The));
                if let Some(c) = clock_of(&h)
                    && next.value.ends_with(|ch: char| ch.is_ascii_uppercase())
                    && part_gap
                    && let Some(p) = part_of(next)
                    && let Ok(hh) = c[..2].parse::<u32>()
                {
                    let next = it.next().expect("peeked");
                    let pm = matches!(p, DayPart::Afternoon | DayPart::Evening) || (p == DayPart::Night && hh >= 6);
                    let hh = if pm && hh < 12 { hh + 12 } else { hh };
                    let tp = h.value.find('T').unwrap_or(0);
                    let value = format!("{}T{hh:02}{}", &h.value[..tp], &c[2..]);
                    out.push(Hit {
                        start: h.start,
                        end: next.end,
                        kind: TimexType::Time,
                        value,
                        anchor: h.anchor,
                        modifier: None,
                    });
                    continue;
                }
                // A clock time and its day, apart: "3:30pm AEST tomorrow", "6 Jan
                // 2017 - 6:37am", "5/3/18 @ 17:49:19", "8pm in the evening, Sunday".
                let day_of = |x: &Hit| -> Option<String> {
                    if x.kind != TimexType::Date {
                        return None;
                    }
                    let v = &x.value;
                    let day = (v.len() == 10 && v.as_bytes()[4] == b'-' && v.as_bytes()[7] == b'-')
                        || (v.starts_with("XXXX-WXX-") && v.len() == 10);
                    day.then(|| v.clone())
                };
                let apart = |a: usize, b: usize| {
                    b >= a
                        && b - a <= 1
                        && (a..b).all(|k| {
                            self.punct(k, b',')
                                || self.punct(k, b'-')
                                || self.punct(k, b'@')
                                || self.fw(k, Fw::At)
                                || self.fw(k, Fw::On)
                        })
                };
                let joined = match (clock_of(&h), day_of(next), day_of(&h), clock_of(next)) {
                    (Some(c), Some(d), _, _) => Some((d, c)),
                    (_, _, Some(d), Some(c)) => Some((d, c)),
                    _ => None,
                };
                if let Some((d, c)) = joined
                    && apart(h.end, next.start)
                {
                    let next = it.next().expect("peeked");
                    out.push(Hit {
                        start: h.start,
                        end: next.end,
                        kind: TimexType::Time,
                        value: format!("{d}T{c}"),
                        anchor: h.anchor,
                        modifier: h.modifier.or(next.modifier),
                    });
                    continue;
                }
                // "next week Sunday", "Sunday of next week", "next week Mon 9 am".
                let clock_day = |x: &Hit| -> Option<(u8, String)> {
                    let Lex::Weekday(d) = self.lex(x.start) else { return None };
                    (x.kind == TimexType::Time).then_some(())?;
                    Some((d, clock_of(x)?))
                };
                let pair = match (week_of(&h), weekday_at(next), weekday_at(&h), week_of(next)) {
                    (Some(w), Some(d), _, _) => Some((w, d, None)),
                    (_, _, Some(d), Some(w)) if self.fw(h.end, Fw::Of) => Some((w, d, None)),
                    (Some(w), None, _, _) => clock_day(next).map(|(d, c)| (w, d, Some(c))),
                    _ => None,
                };
                if let Some((w, d, clock)) = pair
                    && gap(h.end, next.start)
                    && let Some(v) = in_week(w, d)
                {
                    let next = it.next().expect("peeked");
                    last_week = Some((w, next.end));
                    let (kind, value) = match clock {
                        Some(c) => (TimexType::Time, format!("{v}T{c}")),
                        None => (TimexType::Date, v),
                    };
                    out.push(Hit { start: h.start, end: next.end, kind, value, anchor: h.anchor, modifier: None });
                    continue;
                }
            }
            if let Some(w) = week_of(&h)
                && (h.start..h.end)
                    .any(|k| matches!(self.lex(k), Lex::Fw(Fw::Next | Fw::This | Fw::Last | Fw::Previous)))
            {
                last_week = Some((w, h.end));
            } else if let Some(d) = weekday_at(&h)
                && let Some((w, end)) = last_week
                && h.start >= end
                && h.start - end <= 3
                && (end..h.start)
                    .all(|k| self.punct(k, b',') || matches!(self.lex(k), Lex::Fw(Fw::Or | Fw::And | Fw::On)))
                && let Some(v) = in_week(w, d)
            {
                // "next week on Monday or Wednesday": that week's days.
                h.value = v;
                last_week = Some((w, h.end));
            }
            out.push(h);
        }
        out
    }
}

impl<'a> Tagger<'a> {
    /// "July 4th of 1995", "the fourth of July of 1995": a day and month,
    /// then "of" and the year.
    fn date_of_year(&self, i: usize) -> Option<Core> {
        let c = self.explicit_date(i).or_else(|| self.day_month(i))?;
        let Some(Val::Day(d)) = c.val else { return None };
        if !self.fw(c.end, Fw::Of) {
            return None;
        }
        // "of 1995", "of 87".
        let (y, e) = self.year_num(c.end + 1).or_else(|| {
            let t = self.tok(c.end + 1).filter(|t| t.kind == Kind::Num && t.digits == 2)?;
            let y = if t.num < 30 { 2000 + t.num as i32 } else { 1900 + t.num as i32 };
            self.tok(c.end + 2).is_none_or(|n| n.kind != Kind::Num && n.kind != Kind::Word).then_some((y, c.end + 2))
        })?;
        let v = Val::Day(date(y, d.month() as u8, d.day() as u8)?);
        Some(Core::date(e, v, Anchor::None))
    }
}

impl<'a> Tagger<'a> {
    /// A holiday (with an optional year) at `k`: the fixed and computed ones.
    fn holiday_at(&self, k: usize) -> Option<Core> {
        self.holiday(k).or_else(|| self.more_holidays(k)).or_else(|| self.more_fixed_holidays(k))
    }

    /// "the weekend of Halloween", "Labor Day weekend", "Halloween weekend
    /// 2021", "weekend of Thanksgiving 2023": the weekend nearest the
    /// holiday (before a Monday or Tuesday holiday, after a Wednesday to
    /// Friday one, its own when it falls on one).
    fn holiday_weekend(&self, i: usize) -> Option<Core> {
        let s = if self.fw(i, Fw::The) { i + 1 } else { i };
        let (day, end) = if self.lex(s) == Lex::Unit(Unit::Weekend, false) && self.fw(s + 1, Fw::Of) {
            let c = self.holiday_at(s + 2)?;
            let day = c.val.and_then(|v| v.day());
            // "the weekend of Halloween 2021".
            match (self.year_num(c.end), day) {
                (Some((y, e2)), Some(d)) => (date(y, d.month() as u8, d.day() as u8), e2),
                _ => (day, c.end),
            }
        } else {
            if s != i {
                return None;
            }
            let c = self.holiday_at(i)?;
            let mut e = c.end;
            let mut day = c.val.and_then(|v| v.day());
            if self.lex(e) != Lex::Unit(Unit::Weekend, false) {
                return None;
            }
            e += 1;
            // "Halloween weekend 2021".
            if let Some((y, e2)) = self.year_num(e)
                && let Some(d) = day
            {
                day = date(y, d.month() as u8, d.day() as u8);
                e = e2;
            }
            (day, e)
        };
        let Some(d) = day else { return Some(Core::open(end, "XXXX-WXX-WE")) };
        use jiff::ToSpan;
        let dow = d.weekday().to_monday_one_offset() as i32;
        let saturday = match dow {
            1 => d.checked_sub(2.days()).ok()?,
            2 => d.checked_sub(3.days()).ok()?,
            7 => d.checked_sub(1.days()).ok()?,
            n => d.checked_add((6 - n).days()).ok()?,
        };
        let w = saturday.iso_week_date();
        Some(Core::date(end, Val::Weekend(w.year() as i32, w.week() as u8), Anchor::Document))
    }
}

impl<'a> Tagger<'a> {
    /// "this week or next", "last year or next", "this or next week": a
    /// relative word whose unit is written once for both (coordination
    /// ellipsis); the bare word gets the unit of the other.
    fn elided_unit(&self, h: &Hit, prev_end: usize, next_start: usize) -> Option<Hit> {
        let rel = |k: usize| match self.lex(k) {
            Lex::Fw(Fw::This | Fw::Current) => Some(0),
            Lex::Fw(Fw::Next | Fw::Coming) => Some(1),
            Lex::Fw(Fw::Last | Fw::Previous) => Some(-1),
            _ => None,
        };
        if h.end != h.start + 2 || rel(h.start).is_none() || h.kind != TimexType::Date {
            return None;
        }
        let Lex::Unit(u @ (Unit::Week | Unit::Month | Unit::Year | Unit::Weekend | Unit::Quarter), false) =
            self.lex(h.start + 1)
        else {
            return None;
        };
        let joins = |k: usize| matches!(self.lex(k), Lex::Fw(Fw::Or | Fw::And));
        let make = |k: usize, n: i32| {
            let c = self.doc_rel(k + 1, u, n);
            Hit { start: k, end: k + 1, kind: TimexType::Date, value: c.value, anchor: c.anchor, modifier: None }
        };
        // After: "this week or next" (nothing noun-like after the bare word).
        let k = h.end + 1;
        if joins(h.end)
            && k < next_start
            && let Some(n) = rel(k)
            && self.tok(k + 1).is_none_or(|t| {
                t.kind != Kind::Word
                    || (t.lex == Lex::None && is_preposition(self.word(k + 1)))
                    || matches!(t.lex, Lex::Fw(Fw::Or | Fw::And))
            })
        {
            return Some(make(k, n));
        }
        // Before: "this or next week".
        if h.start >= 2
            && h.start - 2 >= prev_end
            && joins(h.start - 1)
            && let Some(n) = rel(h.start - 2)
        {
            return Some(make(h.start - 2, n));
        }
        None
    }
}

impl<'a> Tagger<'a> {
    /// The value of "the next week", "the following month", "the same
    /// year", "that week" at the unit's own granularity: the chained rule
    /// counts from a day and gives a day; the expression names the whole
    /// week, month or year it falls in.
    fn unit_of_chained(&self, h: &Hit) -> Option<String> {
        if h.kind != TimexType::Date || h.value.len() != 10 {
            return None;
        }
        let s = if self.fw(h.start, Fw::The) { h.start + 1 } else { h.start };
        if h.end != s + 2
            || !matches!(self.lex(s), Lex::Fw(Fw::Next | Fw::Following | Fw::Previous | Fw::Same | Fw::That))
        {
            return None;
        }
        let Lex::Unit(u @ (Unit::Week | Unit::Weekend | Unit::Month | Unit::Year), false) = self.lex(s + 1) else {
            return None;
        };
        let d = crate::calendar::parse_val(&h.value)?;
        Some(d.rel(u, 0)?.render())
    }
}

impl<'a> Tagger<'a> {
    /// "twenty six February nineteen eighty two", "6 April seventeen hundred
    /// thirty three", "fifteen August nineteen hundred ninety three": a day,
    /// a month and a year said in words.
    fn spoken_day_month_year(&self, i: usize) -> Option<Core> {
        let (d, e, _) = self.day_words(i)?;
        let Lex::Month(m, _) = self.lex(e) else { return None };
        let (y, end) = self.year_in_words(e + 1)?;
        let v = Val::Day(date(y, m, d)?);
        Some(Core::date(end, v, Anchor::None))
    }

    /// "the month after the next", "the weekend after the next": two units on.
    fn after_the_next(&self, i: usize) -> Option<Core> {
        if !self.fw(i, Fw::The) {
            return None;
        }
        let Lex::Unit(u @ (Unit::Week | Unit::Weekend | Unit::Month | Unit::Year), false) = self.lex(i + 1) else {
            return None;
        };
        if !(self.fw(i + 2, Fw::After) && self.fw(i + 3, Fw::The) && self.fw(i + 4, Fw::Next)) {
            return None;
        }
        if self.tok(i + 5).is_some_and(|t| t.kind == Kind::Word && !matches!(t.lex, Lex::Fw(_))) {
            return None;
        }
        Some(self.doc_rel(i + 5, u, 2))
    }
}

impl<'a> Tagger<'a> {
    /// "couple of weeks", "a couple weeks" is the quantity rule's: two units.
    fn couple_of_units(&self, i: usize) -> Option<Core> {
        if i > 0 && self.fw(i - 1, Fw::A) {
            return None;
        }
        let k = if self.fw(i + 1, Fw::Of) { i + 2 } else { i + 1 };
        let Lex::Unit(u, true) = self.lex(k) else { return None };
        Some(Core::fixed(k + 1, TimexType::Duration, super::dur_value(super::Qty::N(2.0), u)))
    }
}
