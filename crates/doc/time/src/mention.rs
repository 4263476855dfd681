//! Time *mentions*: time expressions the way a reader sees them.
//!
//! What: TimeML (and so [`crate::tag_text`]) writes one TIMEX3 per
//! calendar expression and leaves the words that join or qualify them
//! outside, as signals: "from Monday to Friday" is two TIMEX3s and a
//! signal, "since tomorrow" a TIMEX3 after a signal, "tomorrow at 7pm" can
//! be two TIMEX3s. A reader, and extractors such as Microsoft
//! Recognizers-Text, see one phrase in each: a range, a bounded point, a
//! day with its clock time. [`mentions`] groups the TIMEX3s of a text into
//! such mentions, each with the signal that leads it and one resolution.
//!
//! Why: downstream consumers (a timeline, a search index, a calendar
//! export) want "from 9 to 11am on Monday" as one interval, not three
//! values to reassemble; the TIMEX3 output stays as it is for TimeML tools.
//!
//! How: one left-to-right pass over the TIMEX3s. Two neighbours join when
//! the text between them is short (24 bytes), crosses no sentence
//! punctuation, bracket, quote or line break and holds only connector
//! words: a range word ("to", "through", "until", a dash or tilde; "and"
//! after "between") makes a range of two points of one kind (two times, or
//! two dates and days); composition words ("at", "on", "of", "in", "by",
//! "from", "starting", a comma) join two points of different granularity
//! ("Friday" and "3pm", "next week" and "Monday") or the same point twice;
//! bound words ("before", "after", "no later than") join two points
//! ("today before 4pm"). A duration joins a point after "from"/"starting"
//! ("3 days starting tomorrow": a range), after "before"/"after" ("3 weeks
//! after Christmas": the point moved) or after "for" in a "from" mention
//! ("from 2pm for 2 hours"). A group that makes no single value or range
//! (a week and a bare clock time, a day outside the month written with it)
//! is read as separate mentions. Then the signal before the first part is
//! taken in when it carries meaning ("since", "until", "before", "in"
//! before a duration, "no later than", "<=") and a few words a reader
//! reads with the time ("right now", "2016 and later"); a trailing full
//! stop is left out unless it ends "a.m."/"p.m.", and the article before a
//! relative word ("the next week") too. Each step looks at a bounded
//! stretch of text, so the pass is linear. [`mentions_at`] also resolves
//! stretches counted from a reference ("the next 3 days").
//!
//! ```
//! use dossier_time::mention::{mentions, Resolution, Signal};
//! let text = "The office is shut from Monday to Friday and reopens since tomorrow.";
//! let tagged = dossier_time::tag_text(text, Some("2024-05-01"), &[]);
//! let found = mentions(text, &tagged);
//! assert_eq!(&text[found[0].range.start..found[0].range.end], "from Monday to Friday");
//! assert_eq!(found[0].signal, Some(Signal::From));
//! assert!(matches!(found[0].resolution, Resolution::Range { .. }));
//! assert_eq!(&text[found[1].range.start..found[1].range.end], "since tomorrow");
//! ```

use dossier_model::{Anchor, TextRange, Timex, TimexType};
use dossier_text::calendar::is_month;

use crate::Tagged;

/// A TIMEX3 as [`mentions`] needs it: where it is, its type and value.
/// Implemented for the tagger's [`Tagged`] and the model's [`Timex`].
pub trait TimexPart {
    /// Byte range in the text.
    fn byte_range(&self) -> TextRange;
    /// DATE, TIME, DURATION or SET.
    fn timex_type(&self) -> TimexType;
    /// TIMEX3 value.
    fn timex_value(&self) -> &str;
    /// What the value was resolved against ([`Anchor::None`]: written in full).
    fn timex_anchor(&self) -> Anchor;
}

impl TimexPart for Tagged {
    fn byte_range(&self) -> TextRange {
        self.range
    }
    fn timex_type(&self) -> TimexType {
        self.kind
    }
    fn timex_value(&self) -> &str {
        &self.value
    }
    fn timex_anchor(&self) -> Anchor {
        self.anchor
    }
}

impl TimexPart for Timex {
    fn byte_range(&self) -> TextRange {
        TextRange::new(self.span.start, self.span.end)
    }
    fn timex_type(&self) -> TimexType {
        self.kind
    }
    fn timex_value(&self) -> &str {
        &self.value
    }
    fn timex_anchor(&self) -> Anchor {
        self.anchor
    }
}

/// The word or phrase that leads a mention and changes what it means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Signal {
    /// "since tomorrow": from that time on, looking back from now.
    Since,
    /// "until Friday", "till 5pm": up to that time.
    Until,
    /// "before 2020", "earlier than 6:00", "sooner than".
    Before,
    /// "after 2pm", "later than 6:00".
    After,
    /// "no later than", "on or before", "<=": at that time at the latest.
    NoLaterThan,
    /// "no earlier than", "on or after", "at or after": at that time at the earliest.
    NoEarlierThan,
    /// "from 9 to 11", "from 2pm for 2 hours": the start of a range or a stretch.
    From,
    /// "between 8am and 2pm".
    Between,
    /// "in 5 minutes": that long after now; "in the morning".
    In,
    /// "within two weeks".
    Within,
    /// "around 8pm", "as early as", "as late as": approximately.
    Around,
    /// "starting Monday", "beginning in May".
    Starting,
    /// "for 3 hours from 10 am": a stretch of time from a point.
    For,
    /// "on Mondays", "on Friday next week": "on" before a recurring day or a
    /// weekday placed in a named week (elsewhere "on" is left out).
    On,
}

impl Signal {
    /// The signal's name in snake case, as `dossier.json` writes it
    /// (`since`, `no_later_than`).
    pub fn name(self) -> &'static str {
        match self {
            Signal::Since => "since",
            Signal::Until => "until",
            Signal::Before => "before",
            Signal::After => "after",
            Signal::NoLaterThan => "no_later_than",
            Signal::NoEarlierThan => "no_earlier_than",
            Signal::From => "from",
            Signal::Between => "between",
            Signal::In => "in",
            Signal::Within => "within",
            Signal::Around => "around",
            Signal::Starting => "starting",
            Signal::For => "for",
            Signal::On => "on",
        }
    }
}

/// What a mention means as a whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// One TIMEX3 value: the single part's, or the finest of parts that
    /// write one point ("today before 4pm" = the value of "4pm", which
    /// carries its day).
    Value(String),
    /// A range: the values of its two bounds ("from 2014 through May 2nd
    /// 2018", "Monday from 9 to 11", "3 days starting tomorrow" = the start
    /// and the start plus the duration, when it can be computed).
    Range {
        /// The value of the first bound.
        start: String,
        /// The value of the second bound.
        end: String,
    },
}

/// One time expression as a reader sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeMention {
    /// Byte range in the text, signal included, trailing full stop excluded.
    pub range: TextRange,
    /// The TIMEX3s it covers: indices into the slice given to [`mentions`].
    pub parts: std::ops::Range<usize>,
    /// The signal that leads it, when there is one.
    pub signal: Option<Signal>,
    /// Its meaning.
    pub resolution: Resolution,
    /// The time zone written after its clock time ("EST" in "3pm EST",
    /// "Montreal time" in "10:30am Montreal time"): a part of `range`, given
    /// apart for a consumer that normalises the clock time (and for
    /// extractors that write a zone as its own entity, as Recognizers-Text
    /// does).
    pub zone: Option<TextRange>,
}

/// Comparative phrases that lead a mention ("no later than 6:00"), with
/// their signal; TimeML leaves them outside the TIMEX3 (the TIMEX3 carries
/// the modifier).
pub const LEADING_PHRASES: &[(&str, Signal)] = &[
    ("no later than", Signal::NoLaterThan),
    ("not later than", Signal::NoLaterThan),
    ("no earlier than", Signal::NoEarlierThan),
    ("not earlier than", Signal::NoEarlierThan),
    ("later than", Signal::After),
    ("earlier than", Signal::Before),
    ("as late as", Signal::Around),
    ("as early as", Signal::Around),
    ("on or before", Signal::NoLaterThan),
    ("on or after", Signal::NoEarlierThan),
    ("on or earlier than", Signal::NoLaterThan),
    ("on or later than", Signal::NoEarlierThan),
    ("before or on", Signal::NoLaterThan),
    ("before or in", Signal::NoLaterThan),
    ("after or on", Signal::NoEarlierThan),
    ("later than or at", Signal::NoEarlierThan),
    ("later than or in", Signal::NoEarlierThan),
    ("earlier than or in", Signal::NoLaterThan),
    ("at or after", Signal::NoEarlierThan),
    ("at or before", Signal::NoLaterThan),
    ("after or equal to", Signal::NoEarlierThan),
    ("before or equal to", Signal::NoLaterThan),
    ("sooner than", Signal::Before),
    ("greater than", Signal::After),
    ("in advance of", Signal::Before),
    ("ending with", Signal::Until),
    ("prior to", Signal::Before),
    ("up to", Signal::Until),
    ("up until", Signal::Until),
    ("from around", Signal::From),
    ("starting on", Signal::Starting),
    ("starting from", Signal::Starting),
    ("starting in", Signal::Starting),
    ("beginning on", Signal::Starting),
    ("beginning from", Signal::Starting),
    ("beginning in", Signal::Starting),
    ("circa", Signal::Around),
    ("approximately", Signal::Around),
];

/// Single words that lead a span. Those with a signal may be taken into a
/// mention (they change its meaning; see `signal_kept` for when); the
/// others ("at", "by", "during", "about", ...) are prepositions Recognizers
/// leaves out more often than it keeps them, and TimeML too. All of them
/// are stripped by [`strip_leading_signals`].
pub const LEADING_WORDS: &[(&str, Option<Signal>)] = &[
    ("since", Some(Signal::Since)),
    ("until", Some(Signal::Until)),
    ("till", Some(Signal::Until)),
    ("before", Some(Signal::Before)),
    ("after", Some(Signal::After)),
    ("by", None),
    ("from", Some(Signal::From)),
    ("between", Some(Signal::Between)),
    ("in", Some(Signal::In)),
    ("within", Some(Signal::Within)),
    ("around", Some(Signal::Around)),
    ("starting", Some(Signal::Starting)),
    ("beginning", Some(Signal::Starting)),
    ("for", Some(Signal::For)),
    ("on", Some(Signal::On)),
    ("at", None),
    ("to", None),
    ("during", None),
    ("about", None),
    ("through", None),
    ("throughout", None),
    ("over", None),
    ("ending", None),
    ("of", None),
    ("upon", None),
];

/// Words that may stand between two TIMEX3s of one range or one
/// date-and-time in the loose sense of the evaluator's "conventions mapped"
/// columns ("2014 through May 2nd 2018", "this Friday, in the afternoon",
/// "the week starting February 4").
pub const CONNECTORS: &[&str] = &[
    "to",
    "and",
    "through",
    "thru",
    "till",
    "til",
    "until",
    "or",
    "at",
    "on",
    "in",
    "of",
    "between",
    "from",
    "the",
    "by",
    "starting",
    "beginning",
    "commencing",
];

/// Words that join a day and a bound within it ("today before 4pm",
/// "Monday after 3pm"): connectors only between two points, never next to
/// a duration ("3 weeks after Christmas" is a shifted point, not a bound).
pub const BOUND_CONNECTORS: &[&str] = &["before", "after", "later", "earlier", "than", "no", "not"];

/// Words that end one bound of a range and start the other.
const RANGE_WORDS: &[&str] = &["to", "through", "thru", "till", "til", "until"];

/// Words that compose two points into one ("Friday at 3pm", "Sunday of
/// next week", "tomorrow between 8am and 2pm", "Monday from 9 to 11").
const COMPOSE_WORDS: &[&str] = &[
    "at",
    "on",
    "in",
    "of",
    "the",
    "between",
    "from",
    "starting",
    "beginning",
    "commencing",
    "around",
    "for",
    "by",
    "'s",
];

/// Words that start a range from a point after a duration ("3 days
/// starting tomorrow", "a week from Monday").
const DURATION_START_WORDS: &[&str] = &["from", "starting", "beginning", "commencing"];

fn is_word_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'\'' || c >= 0x80
}

/// Lower-cased words of `s`, ASCII only (non-ASCII words never match a
/// connector).
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\'')).filter(|w| !w.is_empty())
}

/// True when every word of `gap` is a [`CONNECTORS`] word, or between two
/// points (`points`) also a [`BOUND_CONNECTORS`] word: the loose join of
/// the evaluator's "conventions mapped" columns.
pub fn connector_gap(gap: &str, points: bool) -> bool {
    words(gap).all(|w| {
        let w = w.to_ascii_lowercase();
        CONNECTORS.contains(&w.as_str()) || (points && BOUND_CONNECTORS.contains(&w.as_str()))
    })
}

/// How many bytes lead `span` before its time expression: comparison
/// signs ("> = 2019"), a comparative phrase ("no later than"), and signal
/// words ("since", "in", "for", "on"), with the spaces after them. TimeML
/// leaves all of these outside the TIMEX3. "beginning of 2000" keeps its
/// "beginning" (a position inside the period, not a signal).
pub fn strip_leading_signals(span: &str) -> usize {
    let b = span.as_bytes();
    let mut s = 0;
    while s < b.len() && matches!(b[s], b'<' | b'>' | b'=' | b' ') {
        s += 1;
    }
    let lower = span[s..].to_ascii_lowercase();
    if let Some((p, _)) = LEADING_PHRASES
        .iter()
        .filter(|(p, _)| lower.starts_with(p) && lower.as_bytes().get(p.len()) == Some(&b' '))
        .max_by_key(|(p, _)| p.len())
    {
        s += p.len() + 1;
    }
    loop {
        let mut k = s;
        while k < b.len() && is_word_byte(b[k]) {
            k += 1;
        }
        let w = span[s..k].to_ascii_lowercase();
        let position = matches!(w.as_str(), "beginning" | "starting" | "ending")
            && span[k..].trim_start().to_ascii_lowercase().starts_with("of ");
        if k < b.len() && b[k] == b' ' && LEADING_WORDS.iter().any(|(x, _)| *x == w) && !position {
            s = k;
            while s < b.len() && b[s] == b' ' {
                s += 1;
            }
        } else {
            return s;
        }
    }
}

/// The granularity of a TIMEX3 value, coarse to fine; None for durations,
/// sets and the vague `*_REF` values, which compose with nothing.
fn granularity(kind: TimexType, v: &str) -> Option<u8> {
    if v == "PRESENT_REF" {
        // "now" is a point ("between now and May 21").
        return Some(7);
    }
    if matches!(kind, TimexType::Duration | TimexType::Set) || v.starts_with('P') || v.ends_with("_REF") {
        return None;
    }
    if let Some((_, t)) = v.split_once('T') {
        return Some(if t.starts_with(|c: char| c.is_ascii_digit()) { 7 } else { 6 });
    }
    let parts: Vec<&str> = v.split('-').collect();
    Some(match parts.as_slice() {
        [y] if y.len() < 4 => 0,
        [_] => 1,
        [_, p] if p.starts_with('Q') || p.starts_with('H') || matches!(*p, "SP" | "SU" | "FA" | "WI") => 2,
        [_, p] if p.starts_with('W') => 4,
        [_, _] => 3,
        [_, _, "WE"] => 4,
        [_, _, _] => 5,
        _ => return None,
    })
}

/// The days a calendar value covers, `[start, end)`: a day, an ISO week, a
/// weekend (Saturday to Monday), a month, a quarter, a half, a year or a
/// decade (`197`).
/// None for anything else (open values such as `XXXX-06`, times, durations).
pub fn calendar_extent(v: &str) -> Option<(jiff::civil::Date, jiff::civil::Date)> {
    use jiff::ToSpan;
    use jiff::civil::{Date, ISOWeekDate, Weekday};
    let num = |s: &str| s.bytes().all(|c| c.is_ascii_digit()).then(|| s.parse::<i16>().ok()).flatten();
    let parts: Vec<&str> = v.split('-').collect();
    let year = num(parts.first()?).filter(|_| parts[0].len() == 4);
    let months = |m: i8, n: i32| -> Option<(Date, Date)> {
        let a = Date::new(year?, m, 1).ok()?;
        Some((a, a.checked_add(n.months()).ok()?))
    };
    let week = |w: &str| -> Option<Date> {
        let w: i8 = w.strip_prefix('W')?.parse().ok()?;
        Some(ISOWeekDate::new(year?, w, Weekday::Monday).ok()?.date())
    };
    if let [d] = parts.as_slice()
        && d.len() == 3
        && let Some(decade) = num(d)
    {
        // A decade, "197" = the 1970s.
        let a = Date::new(decade * 10, 1, 1).ok()?;
        return Some((a, Date::new(decade * 10 + 10, 1, 1).ok()?));
    }
    match parts.as_slice() {
        [_] => months(1, 12),
        [_, p] if p.len() == 2 && num(p).is_some() => months(num(p)? as i8, 1),
        [_, p] if p.len() == 2 && p.starts_with('Q') => months((p[1..].parse::<i8>().ok()? - 1) * 3 + 1, 3),
        [_, p] if p.len() == 2 && p.starts_with('H') => months((p[1..].parse::<i8>().ok()? - 1) * 6 + 1, 6),
        [_, p] if p.starts_with('W') => {
            let a = week(p)?;
            Some((a, a.checked_add(7.days()).ok()?))
        }
        [_, p, "WE"] if p.starts_with('W') => {
            let a = week(p)?.checked_add(5.days()).ok()?;
            Some((a, a.checked_add(2.days()).ok()?))
        }
        [_, m, d] if m.len() == 2 && d.len() == 2 => {
            let a = Date::new(year?, num(m)? as i8, num(d)? as i8).ok()?;
            Some((a, a.checked_add(1.day()).ok()?))
        }
        _ => None,
    }
}

/// The point several TIMEX3s write together ("today before 4pm", "next
/// week Monday", "1/1/2015 after 2:00"): the part with the finest value,
/// as a TIMEX3 time carries the day it falls on ("4pm" =
/// `2018-06-26T16:00`). None when a part is a duration or a set, when two
/// parts are equally fine with different values, or when a coarser part
/// does not contain the point ("the week" of the reference and "February
/// 4" make no point). Returns the index into `parts`' slice.
pub fn split_point<T: TimexPart>(parts: &[T]) -> Option<usize> {
    if parts.iter().any(|p| matches!(p.timex_type(), TimexType::Duration | TimexType::Set)) {
        return None;
    }
    let fineness = |v: &str| {
        let time = v.contains('T') && v.bytes().rev().take(2).all(|c| c.is_ascii_digit());
        (time, v.len())
    };
    let best = (0..parts.len()).max_by_key(|&i| fineness(parts[i].timex_value()))?;
    let point = parts[best].timex_value();
    let tie = parts
        .iter()
        .enumerate()
        .any(|(i, p)| i != best && fineness(p.timex_value()) == fineness(point) && p.timex_value() != point);
    let day = point.get(..10).and_then(|d| d.parse::<jiff::civil::Date>().ok());
    let contains = |v: &str| {
        let date_part = v.split('T').next().unwrap_or(v);
        point.starts_with(date_part) || calendar_extent(date_part).zip(day).is_some_and(|((a, b), d)| a <= d && d < b)
    };
    let consistent = parts.iter().enumerate().all(|(i, p)| i == best || contains(p.timex_value()));
    (!tie && consistent).then_some(best)
}

/// How the text between two neighbouring TIMEX3s joins them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gap {
    /// A range word or a dash ("to", "through", "-"; "and" after "between").
    Range,
    /// Composition words or a comma ("at", "on", "of", ",", "from").
    Compose { between: bool, duration_start: bool, duration_end: bool, from: bool },
    /// Bound words between two points ("before", "no later than"); `shift`
    /// is +1 for "after", -1 for "before" (a duration before it shifts the
    /// point: "3 weeks after Christmas").
    Bound { shift: i8 },
}

/// Most TIMEX3s in one mention ("from 2:00pm, 2016-2-21 to 3:32, 04/23/2016"
/// has four): a bound that keeps the pass linear when a group that makes no
/// value is read again part by part.
const MAX_PARTS: usize = 6;

/// Longest gap looked at, in bytes: connectors are a few short words.
const MAX_GAP: usize = 24;

/// Classifies the text between two TIMEX3s; None when it does not join
/// them (too long, sentence punctuation, a line break, another word).
fn classify_gap(gap: &str, between_open: bool) -> Option<Gap> {
    if gap.len() > MAX_GAP {
        return None;
    }
    let (mut range, mut bound, mut between, mut duration_start, mut other_word) = (0, false, false, false, false);
    let (mut duration_end, mut from, mut shift, mut starting) = (false, false, 0i8, false);
    for c in gap.chars() {
        match c {
            '.' | '!' | '?' | ';' | '\n' | '\r' | '(' | ')' | '"' | ':' => return None,
            '-' | '–' | '—' | '~' => range += 1,
            _ => {}
        }
    }
    for w in words(gap) {
        let w = w.to_ascii_lowercase();
        let w = w.as_str();
        if RANGE_WORDS.contains(&w) || (w == "and" && (between_open || between)) {
            range += 1;
        } else if BOUND_CONNECTORS.contains(&w) {
            bound = true;
            shift = match w {
                "after" => 1,
                "before" => -1,
                _ => 0,
            };
        } else if COMPOSE_WORDS.contains(&w) {
            between |= w == "between";
            duration_start |= DURATION_START_WORDS.contains(&w);
            duration_end |= w == "for";
            from |= w == "from";
            starting |= matches!(w, "starting" | "beginning" | "commencing");
        } else {
            other_word = true;
        }
    }
    if other_word || range > 1 || (range == 1 && bound) {
        return None;
    }
    Some(if range == 1 {
        Gap::Range
    } else if bound {
        Gap::Bound { shift }
    } else {
        // "from" alone: "3 days starting from Monday" reads as "starting".
        Gap::Compose { between, duration_start, duration_end, from: from && !starting }
    })
}

/// A group of neighbouring parts being built into one mention.
struct Group {
    first: usize,
    last: usize,
    /// Index of the first part after the range connector.
    range_at: Option<usize>,
    /// "between" seen and its "and" not yet.
    between_open: bool,
    /// The group starts with a duration joined to a point by "from"/"starting".
    duration_start: bool,
    /// That join was "from" ("for 3 hours from 10 am", where "for" belongs).
    duration_from: bool,
    /// The group ends with a duration after "for": "from 2pm for 2 hours".
    duration_end: bool,
    /// The group is a duration, "after" (+1) or "before" (-1), then a point.
    shift: i8,
    /// The mention is led by "from".
    from: bool,
}

/// [`mentions`], with the stretches of time counted from the reference
/// day (the document's date, as for [`crate::tag_text`]) resolved to the
/// days they cover, which a TIMEX3 leaves as a duration or a period:
///
/// - "the next 3 days", "the coming two weeks", "the 5 upcoming years":
///   from the day after the reference, that long (reference 2016-11-07:
///   "next 3 days" = 2016-11-08 to 2016-11-11); "within 10 months" from the
///   reference itself;
/// - "the past 3 weeks", "the last 3 years", "the previous 10 weeks": that
///   long up to the reference (2016-10-17 to 2016-11-07);
/// - "the rest of the week / month / year": from the reference to the
///   period's last day.
///
/// - "in 5 minutes", "in two weeks": the point that far after the reference.
///
/// Hours and minutes ("within 5 hours") only when the reference has a
/// clock time (`2016-11-07T16:12:00`); vague counts ("the past few days")
/// have no length. `reference` is a TIMEX3 day (`2016-11-07`) or a date and
/// time; other values leave the mentions as [`mentions`] gives them.
///
/// ```
/// use dossier_time::mention::{mentions_at, Resolution};
/// let text = "Rain is forecast for the next 3 days.";
/// let tagged = dossier_time::tag_text(text, Some("2016-11-07"), &[]);
/// let found = mentions_at(text, &tagged, Some("2016-11-07"));
/// assert_eq!(found[0].resolution, Resolution::Range { start: "2016-11-08".into(), end: "2016-11-11".into() });
/// ```
pub fn mentions_at<T: TimexPart>(text: &str, timexes: &[T], reference: Option<&str>) -> Vec<TimeMention> {
    let mut out = mentions(text, timexes);
    let Some(reference) = reference.and_then(Reference::parse) else {
        return out;
    };
    for m in &mut out {
        // "between Jan 22 and now": "now" is the reference.
        // (the reference day beside a date, its clock time beside a time).
        if let Resolution::Range { start, end } = &mut m.resolution {
            let timed = (start.contains('T') && start != "PRESENT_REF") || (end.contains('T') && end != "PRESENT_REF");
            let now = match reference.clock.filter(|_| timed) {
                Some(c) => c.strftime("%Y-%m-%dT%H:%M:%S").to_string(),
                None => reference.day.to_string(),
            };
            for bound in [start, end] {
                if bound == "PRESENT_REF" {
                    *bound = now.clone();
                }
            }
        }
        if m.parts.len() != 1 {
            continue;
        }
        let part = &timexes[m.parts.start];
        let phrase = &text[m.range.start..m.range.end];
        if let Some(r) = stretch_from(&reference, phrase, m.signal, part.timex_type(), part.timex_value()) {
            m.resolution = r;
        }
    }
    out
}

/// The reference of [`mentions_at`]: a day, and its clock time when given
/// (`2016-11-07T16:12:00`), which stretches of hours and minutes need.
struct Reference {
    day: jiff::civil::Date,
    clock: Option<jiff::civil::DateTime>,
}

impl Reference {
    fn parse(r: &str) -> Option<Reference> {
        let day = r.get(..10)?.parse().ok()?;
        let clock = if r.len() > 10 { r.parse().ok() } else { None };
        Some(Reference { day, clock })
    }
}

/// The days (or times) a stretch counted from the reference covers; see
/// [`mentions_at`]. "within" counts from the reference itself, "next" from
/// the day after (from the reference's time for hours and minutes), "past"
/// up to the reference.
fn stretch_from(
    reference: &Reference,
    phrase: &str,
    signal: Option<Signal>,
    kind: TimexType,
    value: &str,
) -> Option<Resolution> {
    use jiff::ToSpan;
    let day = reference.day;
    let lower = phrase.to_ascii_lowercase();
    let ws: Vec<&str> = words(&lower).collect();
    let range = |a: String, b: String| Resolution::Range { start: a, end: b };
    if matches!(ws.first().copied(), Some("rest" | "remainder")) {
        let (_, end) = calendar_extent(value).filter(|(a, b)| *a <= day && day < *b)?;
        return Some(range(day.to_string(), end.checked_sub(1.day()).ok()?.to_string()));
    }
    if kind != TimexType::Duration || value.contains('X') || value.ends_with("CE") {
        return None;
    }
    let forward =
        signal == Some(Signal::Within) || ws.iter().any(|w| matches!(*w, "next" | "coming" | "upcoming" | "following"));
    let backward = ws.iter().any(|w| matches!(*w, "past" | "last" | "previous" | "recent"));
    if let Some(n) = value.strip_prefix('P').and_then(|v| v.strip_suffix("DE")).and_then(|n| n.parse::<i16>().ok()) {
        // Decades count whole decades: "the past 2 decades" in 2016 = 1990 to 2010, "the
        // next 3 decades" = 2020 to 2050.
        let this = day.year() - day.year().rem_euclid(10);
        let (a, b) = match (forward, backward) {
            (true, false) => (this + 10, this + 10 + 10 * n),
            (false, true) => (this - 10 * n, this),
            _ => return None,
        };
        return Some(range(format!("{a:04}-01-01"), format!("{b:04}-01-01")));
    }
    let span: jiff::Span = value.parse().ok()?;
    let within = signal == Some(Signal::Within);
    let clocked = span.get_hours() != 0 || span.get_minutes() != 0 || span.get_seconds() != 0;
    if signal == Some(Signal::In) && !forward && !backward {
        // "in 5 minutes", "in two weeks": the point that long after the reference (a day
        // for days and longer, a clock time for hours and minutes when the reference has one).
        return Some(Resolution::Value(if clocked {
            reference.clock?.checked_add(span).ok()?.strftime("%Y-%m-%dT%H:%M:%S").to_string()
        } else {
            day.checked_add(span).ok()?.to_string()
        }));
    }
    if forward == backward {
        return None;
    }
    if clocked {
        // Hours and minutes count from the reference's clock time.
        let now = reference.clock?;
        let show = |t: jiff::civil::DateTime| t.strftime("%Y-%m-%dT%H:%M:%S").to_string();
        return Some(if forward {
            range(show(now), show(now.checked_add(span).ok()?))
        } else {
            range(show(now.checked_sub(span).ok()?), show(now))
        });
    }
    if forward {
        let start = if within { day } else { day.checked_add(1.day()).ok()? };
        Some(range(start.to_string(), start.checked_add(span).ok()?.to_string()))
    } else {
        Some(range(day.checked_sub(span).ok()?.to_string(), day.to_string()))
    }
}

/// Groups `timexes` (in text order, as the tagger returns them) into
/// mentions of `text`: one per range, bounded point or date-and-time
/// written as one phrase, with its leading signal; every TIMEX3 belongs to
/// exactly one mention. See the module documentation for the rules.
pub fn mentions<T: TimexPart>(text: &str, timexes: &[T]) -> Vec<TimeMention> {
    let mut out = Vec::with_capacity(timexes.len());
    let mut i = 0;
    let mut prev_end = 0;
    while i < timexes.len() {
        let r = timexes[i].byte_range();
        if r.end > text.len() || r.start > r.end || !text.is_char_boundary(r.start) || !text.is_char_boundary(r.end) {
            i += 1;
            continue;
        }
        let (lead_start, signal) = leading_signal(text, prev_end, r.start);
        let mut g = Group {
            first: i,
            last: i,
            range_at: None,
            between_open: signal == Some(Signal::Between),
            duration_start: false,
            duration_from: false,
            duration_end: false,
            shift: 0,
            from: signal == Some(Signal::From),
        };
        while g.last + 1 < timexes.len() && g.last - g.first + 1 < MAX_PARTS {
            let (a, b) = (&timexes[g.last], &timexes[g.last + 1]);
            let (ra, rb) = (a.byte_range(), b.byte_range());
            if rb.start < ra.end || rb.end > text.len() || !text.is_char_boundary(rb.start) {
                break;
            }
            let Some(gap) = classify_gap(&text[ra.end..rb.start], g.between_open) else { break };
            if !joins(timexes, &g, gap) || !joins_in_text(text, timexes, &g, gap) {
                break;
            }
            match gap {
                Gap::Range => {
                    g.range_at = Some(g.last + 1);
                    g.between_open = false;
                }
                Gap::Compose { between, duration_start, duration_end, from } => {
                    g.between_open |= between;
                    g.from |= from;
                    if duration_start && g.first == g.last && granularity_of(a).is_none() {
                        g.duration_start = true;
                        g.duration_from = from;
                    }
                    if duration_end && granularity_of(b).is_none() {
                        g.duration_end = true;
                    }
                }
                Gap::Bound { shift } => {
                    if granularity_of(a).is_none() {
                        g.shift = shift;
                    }
                }
            }
            g.last += 1;
        }
        let resolution = resolve(text, &timexes[g.first..=g.last], &g);
        let split_duration_start = resolution.is_none() && g.duration_start;
        if resolution.is_none() {
            // Parts that make no single meaning ("next week after 2:00" where 2:00 is not in
            // that week, "this week 8am", "next month at 6pm", "3 minutes from today") are
            // separate mentions: a mention has one value or one range.
            g.last = g.first;
            g.range_at = None;
            g.duration_start = false;
            g.duration_end = false;
            g.shift = 0;
        }
        let whole = &text[r.start..timexes[g.last].byte_range().end];
        let signal = signal.filter(|s| signal_kept(*s, &timexes[g.first], &text[r.start..r.end], whole, &g));
        let lead_start = if signal.is_some() { lead_start } else { r.start };
        let next_start = timexes.get(g.last + 1).map_or(text.len(), |t| t.byte_range().start);
        let end = trailing_comparative(text, trailing_end(text, timexes[g.last].byte_range()), next_start);
        let start = if signal.is_some() {
            // "year greater than 2012": the noun before a comparative.
            year_noun_before(text, prev_end, lead_start)
        } else {
            let own = drop_relative_article(text, r.start, end);
            if own == r.start { leading_head(text, prev_end, r.start, &timexes[g.first]) } else { own }
        };
        let zone = zone_suffix(text, timexes[g.last].byte_range()).filter(|z| z.end <= end && z.start >= start);
        out.push(TimeMention {
            range: TextRange::new(start, end),
            zone,
            parts: g.first..g.last + 1,
            signal,
            resolution: match resolution {
                Some(r) if g.last > g.first => r,
                _ => Resolution::Value(timexes[g.first].timex_value().to_string()),
            },
        });
        prev_end = end.max(timexes[g.last].byte_range().end);
        if split_duration_start {
            // "3 minutes from today" read apart: its "from" joined the duration, it leads no
            // signal for "today".
            prev_end = prev_end.max(timexes.get(g.last + 1).map_or(prev_end, |t| t.byte_range().start));
        }
        i = g.last + 1;
    }
    out
}

/// Whether a leading signal belongs to the mention. "in" does before a
/// duration ("in 5 minutes": that long from now) or a part of the day ("in
/// the morning"), not before a date ("in May" is a plain preposition);
/// "between" and "from" only open a range or a stretch, "for" only a
/// stretch from a point ("for 3 hours from 10 am"; "for a week" alone is a
/// plain preposition); "on" only before a recurring day or a weekday of a
/// named week.
fn signal_kept<T: TimexPart>(s: Signal, first: &T, first_text: &str, whole: &str, g: &Group) -> bool {
    match s {
        // "on Mondays", "on Friday next week", "on Sunday of next week": Recognizers keeps
        // "on" there (and leaves it out before a plain date, "on [May 5]").
        Signal::On => {
            first.timex_type() == TimexType::Set || {
                let lower = whole.to_ascii_lowercase();
                granularity_of(first) == Some(5) && lower.ends_with(" week") && words(&lower).count() >= 3
            }
        }
        Signal::In => {
            // "in the past 2 decades", "in late afternoon": a period, not a point after now.
            // "in the morning (at 7)" is a time of the day; "in the year" a plain preposition.
            // "in recent years", "in four-day talks": no count of time from now.
            let the = first_text.get(..4).is_some_and(|a| a.eq_ignore_ascii_case("the "));
            let lower = first_text.to_ascii_lowercase();
            let counted =
                !first.timex_value().contains('X') || lower.starts_with("a few") || lower.starts_with("a couple");
            (first.timex_type() == TimexType::Duration && !the && counted && !first_text.contains('-'))
                || (the && granularity_of(first).is_some_and(|g| g >= 6))
        }
        Signal::Between | Signal::From => g.range_at.is_some() || g.duration_start || g.duration_end,
        // "for 3 hours from 10 am" reads as one stretch; "for a week starting tomorrow"
        // Recognizers writes without "for".
        Signal::For => g.duration_start && g.duration_from,
        _ => true,
    }
}

fn granularity_of<T: TimexPart>(t: &T) -> Option<u8> {
    granularity(t.timex_type(), t.timex_value())
}

/// What the text around adds to [`joins`]: "from" between two points only
/// leads into a range or a stretch ("Monday from 9 to 11", not "July this year from the
/// year-earlier period"); a bare "the year", "the month" is a period of its
/// own, not the frame of a time written right after it ("a high for the
/// year last week").
fn joins_in_text<T: TimexPart>(text: &str, timexes: &[T], g: &Group, gap: Gap) -> bool {
    let (a, b) = (&timexes[g.last], &timexes[g.last + 1]);
    let (ra, rb) = (a.byte_range(), b.byte_range());
    match gap {
        Gap::Compose { from: true, .. } if granularity_of(a).is_some() && granularity_of(b).is_some() => {
            // The gap after `b` must be a range, or "for" a stretch ("14th Feb from 9:30am for
            // 7 hours").
            timexes.get(g.last + 2).is_some_and(|c| {
                let rc = c.byte_range();
                rc.start >= rb.end
                    && match text.get(rb.end..rc.start).and_then(|t| classify_gap(t, false)) {
                        Some(Gap::Range) => true,
                        Some(Gap::Compose { duration_end: true, .. }) => c.timex_type() == TimexType::Duration,
                        _ => false,
                    }
            })
        }
        Gap::Compose { .. } if words(&text[ra.end..rb.start]).next().is_none() => {
            let own = text[ra.start..ra.end].to_ascii_lowercase();
            !matches!(own.as_str(), "the year" | "the month" | "the week" | "the quarter" | "the day")
        }
        _ => true,
    }
}

/// Whether the next part joins the group across `gap`.
fn joins<T: TimexPart>(timexes: &[T], g: &Group, gap: Gap) -> bool {
    let (a, b) = (&timexes[g.last], &timexes[g.last + 1]);
    let (ga, gb) = (granularity_of(a), granularity_of(b));
    match gap {
        // One range per mention, between two points.
        // One range per mention, between two points of one kind: "3pm - this week" is a
        // time and a week, not a range (a clock time bounds a range with another time or a day).
        Gap::Range => {
            g.range_at.is_none()
                && match (ga, gb) {
                    (Some(x), Some(y)) => {
                        let now = a.timex_value() == "PRESENT_REF" || b.timex_value() == "PRESENT_REF";
                        now || !((x >= 6 && y <= 4) || (x <= 4 && y >= 6))
                    }
                    _ => false,
                }
        }
        Gap::Bound { shift } => {
            g.range_at.is_none()
                && gb.is_some()
                && !g.duration_start
                && (ga.is_some()
                    // "3 weeks after Christmas", "two months before May 13": the point moved.
                    || (shift != 0
                        && g.first == g.last
                        && a.timex_type() == TimexType::Duration
                        && !a.timex_value().contains('X')))
        }
        Gap::Compose { duration_start, duration_end, .. } => match (ga, gb) {
            // "from 2pm for 2 hours": a stretch that starts at the point ("May 25th 2pm for
            // 1 hr" without "from" reads as a time and a length).
            (Some(_), None) => {
                duration_end
                    && g.from
                    && g.range_at.is_none()
                    && !g.duration_start
                    && b.timex_type() == TimexType::Duration
                    && !b.timex_value().contains('X')
            }
            // "3 days starting tomorrow", "a week from Monday".
            (None, Some(_)) => {
                g.first == g.last
                    && duration_start
                    && a.timex_type() == TimexType::Duration
                    && !a.timex_value().contains('X')
            }
            (Some(x), Some(y)) => {
                // Points of different granularity compose ("Friday at 3pm"); the same
                // granularity only when they name the same time ("Friday, Nov 4"): a list
                // ("March, April") stays apart.
                x != y || a.timex_value() == b.timex_value()
            }
            _ => false,
        },
    }
}

/// A leading signal right before `start` (not before `floor`): the longest
/// comparative phrase, or a single signal word; "in" only before a
/// duration or a part of the day is decided by the caller's parts, so here
/// "in" is returned and [`mentions`] keeps it only where it means "after".
fn leading_signal(text: &str, floor: usize, start: usize) -> (usize, Option<Signal>) {
    let lo = start.saturating_sub(24).max(floor.min(start));
    let mut lo = lo;
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let before = &text[lo..start];
    let spaced = before.ends_with(' ');
    if !spaced && !before.ends_with(['<', '>', '=']) {
        return (start, None);
    }
    let lower = before.to_ascii_lowercase();
    let trimmed = lower.trim_end_matches(' ');
    let word_start = |p: usize| p == 0 || !is_word_byte(trimmed.as_bytes()[p - 1]);
    let mut best: Option<(usize, Signal)> = None;
    for &(p, s) in LEADING_PHRASES.iter().filter(|_| spaced) {
        if trimmed.ends_with(p) && word_start(trimmed.len() - p.len()) {
            let at = lo + trimmed.len() - p.len();
            if best.is_none_or(|(b, _)| at < b) {
                best = Some((at, s));
            }
        }
    }
    if best.is_none() && spaced {
        for &(w, s) in LEADING_WORDS {
            if let Some(s) = s
                && trimmed.ends_with(w)
                && word_start(trimmed.len() - w.len())
            {
                best = Some((lo + trimmed.len() - w.len(), s));
            }
        }
    }
    if best.is_none() {
        // Comparison signs: "<= 6pm", ">=2019", "< 2019".
        let signs = trimmed.trim_end_matches([' ', '=']);
        let sign = &trimmed[signs.len()..];
        let at = |n: usize| lo + trimmed.len() - sign.len() - n;
        // A sign stands alone: "<div>6pm" and "<>6pm" are markup, not comparisons.
        let alone = signs.len() < 2 || matches!(signs.as_bytes()[signs.len() - 2], b' ' | b'(' | b'[');
        best = match (signs.as_bytes().last().filter(|_| alone), sign.contains('=')) {
            (Some(b'<'), true) => Some((at(1), Signal::NoLaterThan)),
            (Some(b'>'), true) => Some((at(1), Signal::NoEarlierThan)),
            (Some(b'<'), false) => Some((at(1), Signal::Before)),
            (Some(b'>'), false) => Some((at(1), Signal::After)),
            _ => None,
        };
    }
    match best {
        Some((at, s)) => (at, Some(s)),
        None => (start, None),
    }
}

/// The time zone at the end of a TIMEX3 after its clock time, as the
/// tagger joins it ("10 a.m. EST", "3pm Pacific time", "1:30 PM PT", "11:00am
/// Central Daylight Time", "5pm Beijing time"); None when the TIMEX3 ends
/// otherwise.
fn zone_suffix(text: &str, r: TextRange) -> Option<TextRange> {
    let s = text.get(r.start..r.end)?;
    // Words with their byte offsets in `s`.
    let mut ws: Vec<(usize, &str)> = Vec::new();
    let mut k = 0;
    for w in s.split(' ') {
        if !w.is_empty() {
            ws.push((k, w));
        }
        k += w.len() + 1;
    }
    let lower = |w: &str| w.to_ascii_lowercase();
    let n = ws.len();
    let zone_word = |w: &str| {
        let l = lower(w);
        matches!(
            l.as_str(),
            "est" | "edt" | "cst" | "cdt" | "mst" | "mdt" | "pst" | "pdt" | "gmt" | "utc" | "bst" | "cet"
        ) || ((3..=5).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_uppercase())
            && (w.ends_with('T') || w.ends_with("ST") || w.ends_with("DT")))
            || (matches!(l.as_str(), "pt" | "et" | "ct" | "mt") && w.starts_with(|c: char| c.is_ascii_uppercase()))
    };
    // How many words the zone takes at the end.
    let len = if n >= 1 && zone_word(ws[n - 1].1) {
        1
    } else if n >= 2 && matches!(lower(ws[n - 1].1).as_str(), "time" | "timezone") {
        let mut m = 2;
        if n >= 3 && matches!(lower(ws[n - 2].1).as_str(), "standard" | "daylight") {
            m = 3;
        }
        let head = lower(ws[n - m].1);
        let region = matches!(head.as_str(), "pacific" | "eastern" | "central" | "mountain");
        let place = m == 2 && ws[n - 2].1.starts_with(|c: char| c.is_uppercase());
        if region || place { m } else { return None }
    } else if n >= 1 && matches!(lower(ws[n - 1].1).as_str(), "pacific" | "eastern" | "central" | "mountain") {
        1
    } else {
        return None;
    };
    // The word before must end a clock time ("10", "3pm", "a.m.").
    let before = n.checked_sub(len + 1).map(|i| lower(ws[i].1))?;
    let clock = before.ends_with(|c: char| c.is_ascii_digit())
        || before.ends_with("am")
        || before.ends_with("pm")
        || before.ends_with("a.m.")
        || before.ends_with("p.m.");
    clock.then(|| TextRange::new(r.start + ws[n - len].0, r.end))
}

/// "2016 and greater", "2012 or later", "May or earlier": a comparative
/// after the time bounds it as a leading one does ("no later than"); the
/// mention takes it in. Returns where the mention ends.
fn trailing_comparative(text: &str, end: usize, next_start: usize) -> usize {
    let rest = &text[end..];
    let lower = rest.get(..rest.len().min(24)).unwrap_or("").to_ascii_lowercase();
    for joint in [" and ", " or "] {
        if let Some(after) = lower.strip_prefix(joint) {
            for word in ["greater", "later", "after", "earlier", "before", "sooner", "newer", "older", "beyond"] {
                let stop = end + joint.len() + word.len();
                // "after 2016 and before 2018": the comparative leads the next time instead.
                let between = text.get(stop..next_start.max(stop)).unwrap_or("").trim().to_ascii_lowercase();
                let leads_next = next_start >= stop && (between.is_empty() || between == "than");
                if after.starts_with(word)
                    && !after[word.len()..].starts_with(|c: char| c.is_alphanumeric())
                    && !leads_next
                    && stop <= next_start
                {
                    return stop;
                }
            }
        }
    }
    end
}

/// "year greater than 2012": the noun "year" right before a comparative
/// that leads a bare year belongs to the mention. Returns where it starts.
fn year_noun_before(text: &str, floor: usize, start: usize) -> usize {
    let floor = floor.min(start);
    let before = &text[floor..start];
    match before.len().checked_sub(5) {
        Some(k) if before.is_char_boundary(k) && before[k..].eq_ignore_ascii_case("year ") => {
            let at = floor + k;
            if at == floor || !text[..at].ends_with(|c: char| c.is_alphanumeric()) { at } else { start }
        }
        _ => start,
    }
}

/// Where a mention ends: a trailing full stop is punctuation, except the
/// one that ends "a.m." or "p.m.".
fn trailing_end(text: &str, r: TextRange) -> usize {
    let s = &text[r.start..r.end];
    if !s.ends_with('.') {
        // "3 p . m .": the abbreviation's last stop, spaced out, belongs to it.
        let squeezed: String = s.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
        let rest = &text[r.end..];
        let stop = rest.len() - rest.trim_start_matches(' ').len();
        if (squeezed.ends_with("a.m") || squeezed.ends_with("p.m")) && rest[stop..].starts_with('.') && stop <= 1 {
            return r.end + stop + 1;
        }
        return r.end;
    }
    let squeezed: String = s.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
    if squeezed.ends_with("a.m.") || squeezed.ends_with("p.m.") {
        return r.end;
    }
    let mut e = r.end - 1;
    while e > r.start && text.as_bytes()[e - 1] == b' ' {
        e -= 1;
    }
    e.max(r.start + 1)
}

/// "the next week", "the same month", "the end of the year", "the April
/// 2017", "the 5 upcoming years": a reader (and Recognizers) takes the
/// article as the determiner of the noun phrase, not part of the time,
/// before a relative word, a position ("end", "middle", "beginning"), a
/// month name or a count; TimeML keeps it. It stays before what names the
/// time itself: "the 22nd", "the 1970s", "the weekend", "the last week of
/// July", "the next day" (a fixed phrase, like "the day after"). Returns
/// where the mention starts.
fn drop_relative_article(text: &str, start: usize, end: usize) -> usize {
    let s = &text[start..end];
    let Some(rest) = s.get(..4).filter(|a| a.eq_ignore_ascii_case("the ")).map(|_| &s[4..]) else { return start };
    let mut ws = words(rest).map(|w| w.to_ascii_lowercase());
    let first = ws.next().unwrap_or_default();
    let second = ws.next().unwrap_or_default();
    let relative = |w: &str| {
        matches!(w, "next" | "coming" | "same" | "upcoming" | "following" | "previous" | "past" | "prior" | "current")
    };
    let counted = first.bytes().all(|c| c.is_ascii_digit()) && (relative(&second) || second == "last");
    let decades = words(rest).any(|w| w.eq_ignore_ascii_case("decade") || w.eq_ignore_ascii_case("decades"));
    let drop = match first.as_str() {
        // "the next day" is a fixed phrase; decades keep it too ("the next decade", "the past
        // 2 decades"), as Recognizers writes them.
        _ if decades => false,
        "next" => !second.is_empty() && second != "day",
        // "the last 3 months", "the past fortnight" (the stretch before now), but "the last
        // week of July" (the final one: the article names it).
        "last" | "past" => !second.is_empty() && second != "day" && !s.to_ascii_lowercase().contains(" of "),
        "mid" => is_month(&second),
        // "(during) the morning": the article of a part of the day, when no signal leads.
        "morning" | "afternoon" | "evening" | "night" => second.is_empty(),
        "end" | "middle" | "beginning" | "start" => second == "of",
        // "the year 2008", "the week 31": the noun names the number's unit.
        "year" | "week" | "month" => second.bytes().all(|c| c.is_ascii_digit()) && !second.is_empty(),
        "eoy" | "eom" | "eow" => true,
        w if w.starts_with("mid-") => true,
        w => relative(w) || is_month(w) || counted,
    };
    if drop { start + 4 } else { start }
}

/// Words right before a TIMEX3 that a reader takes as part of the time
/// though TimeML leaves them out: "right now"; "year 2012" (the noun of a
/// bare year, as "the year 2008" already is); "some days", "few weeks"
/// (the vague count of a duration the tagger values `PXD`). Returns where
/// the mention starts.
fn leading_head<T: TimexPart>(text: &str, floor: usize, start: usize, first: &T) -> usize {
    let before = &text[floor.min(start)..start];
    let floor = floor.min(start);
    let Some(head) = before.strip_suffix(' ') else { return start };
    let word_start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '\''))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let word = head[word_start..].to_ascii_lowercase();
    let value = first.timex_value();
    let own = text[start..first.byte_range().end].to_ascii_lowercase();
    let takes = match word.as_str() {
        "right" => value == "PRESENT_REF" && own == "now",
        "year" => own.bytes().any(|c| c.is_ascii_digit()) && value.len() == 4,
        "some" | "few" | "several" => first.timex_type() == TimexType::Duration && value.contains('X'),
        _ => false,
    };
    if takes { floor + word_start } else { start }
}

/// The resolution of a group of parts; None when they make no single
/// value (the group is then read as separate mentions).
fn resolve<T: TimexPart>(text: &str, parts: &[T], g: &Group) -> Option<Resolution> {
    if parts.len() == 1 {
        return Some(Resolution::Value(parts[0].timex_value().to_string()));
    }
    if g.shift != 0 {
        // "3 weeks after Christmas" = Christmas plus 3 weeks.
        let point = point_value(text, &parts[1..]);
        let duration = parts[0].timex_value();
        let moved = point
            .as_deref()
            .and_then(|p| if g.shift > 0 { add_duration(p, duration) } else { sub_duration(p, duration) });
        return moved.map(Resolution::Value);
    }
    if g.duration_end {
        let n = parts.len() - 1;
        let start = point_value(text, &parts[..n]);
        let end = add_duration(start.as_deref()?, parts[n].timex_value())?;
        return Some(Resolution::Range { start: start?, end });
    }
    if g.duration_start {
        let start = point_value(text, &parts[1..]);
        let end = add_duration(start.as_deref()?, parts[0].timex_value())?;
        return Some(Resolution::Range { start: start?, end });
    }
    match g.range_at {
        Some(k) => {
            let k = k - g.first;
            // Coarser parts written after the end bound ("3pm to 4pm tomorrow") or before the
            // start bound ("tomorrow between 8am and 2pm") belong to both bounds.
            let (left, right) = (&parts[..k], &parts[k..]);
            // When a side's parts make no single point (the tagger placed "Wednesday" outside
            // the "next week" written before it), the bound is the part next to the connector.
            let start = bound_value(text, left, right).or_else(|| bound_value(text, &left[left.len() - 1..], right));
            let end = bound_value(text, right, left).or_else(|| bound_value(text, &right[..1], left));
            let (start, end) = (start?, end?);
            let start = shared_year(text, left, &start, right, &end).unwrap_or(start);
            let (start, end) = afternoon_hours(text, parts, left, start, end);
            let end = end_after_start(text, right, &start, end);
            Some(Resolution::Range { start, end })
        }
        None => point_value(text, parts).map(Resolution::Value),
    }
}

/// The value of a group of parts that write one point, if any.
///
/// Besides [`split_point`]: a time of the day written next to a day ("in
/// the early morning Tuesday", "Tuesday for 8:00am") falls on that day even
/// when the tagger, reading the time alone, put it on another: the value
/// is the day's with the time's clock part (`2016-11-08TMO`).
fn point_value<T: TimexPart>(text: &str, parts: &[T]) -> Option<String> {
    if undated_clock(text, parts) {
        return None;
    }
    if let Some(i) = split_point(parts) {
        return Some(parts[i].timex_value().to_string());
    }
    if let Some(v) = weekday_in_week(text, parts) {
        return Some(v);
    }
    if let Some(v) = year_written_with(parts) {
        return Some(v);
    }
    let days: Vec<&str> = parts.iter().filter(|p| granularity_of(*p) == Some(5)).map(|p| p.timex_value()).collect();
    let times: Vec<&str> =
        parts.iter().filter(|p| granularity_of(*p).is_some_and(|g| g >= 6)).map(|p| p.timex_value()).collect();
    if times.iter().any(|t| t.ends_with("_REF")) {
        return None;
    }
    let ([day], [time]) = (days.as_slice(), times.as_slice()) else { return None };
    let clock = time.split_once('T')?.1;
    let point = format!("{day}T{clock}");
    // Every other part (a week, a month) must still contain the day.
    let d = day.parse::<jiff::civil::Date>().ok();
    let contains =
        |v: &str| v == *day || v == *time || calendar_extent(v).zip(d).is_some_and(|((a, b), d)| a <= d && d < b);
    parts.iter().all(|p| contains(p.timex_value())).then_some(point)
}

/// "the first quarter of 2020", "Yuandan of this year", "the 4th of July
/// in 2021": a period or a day the tagger placed in a year of its own
/// choosing, written with a year, falls in that year. Two parts only: a
/// year (`2020`) and a month, quarter, half, season or day resolved against
/// the document; the year is replaced.
fn year_written_with<T: TimexPart>(parts: &[T]) -> Option<String> {
    let [a, b] = parts else { return None };
    let (year, other) = match (granularity_of(a), granularity_of(b)) {
        (Some(1), Some(2 | 3 | 5..=7)) => (a, b),
        (Some(2 | 3 | 5..=7), Some(1)) => (b, a),
        _ => return None,
    };
    let (y, v) = (year.timex_value(), other.timex_value());
    let digits = |s: &str| s.len() == 4 && s.bytes().all(|c| c.is_ascii_digit());
    if !digits(y) || !v.get(..4).is_some_and(digits) || other.timex_anchor() == Anchor::None || v.contains("-W") {
        return None;
    }
    let moved = format!("{y}{}", &v[4..]);
    // A day must exist in that year (February 29).
    if let Some(day) = moved.get(..10).filter(|d| d.len() == 10 && d.as_bytes()[7] == b'-') {
        day.parse::<jiff::civil::Date>().ok()?;
    }
    Some(moved)
}

/// "this week 8am", "week 10 8 p.m.": a clock time written with a week
/// (or a coarser period) but no day is no point: the day the tagger gave
/// the time is not in the text.
fn undated_clock<T: TimexPart>(text: &str, parts: &[T]) -> bool {
    let bare_clock = |p: &T| {
        let r = p.byte_range();
        granularity_of(p) == Some(7)
            && text.get(r.start..r.end).is_some_and(|t| {
                words(t).all(|w| {
                    w.bytes().all(|c| c.is_ascii_digit())
                        || matches!(
                            w.to_ascii_lowercase().as_str(),
                            "am" | "pm" | "a" | "p" | "m" | "oclock" | "o'clock"
                        )
                        || w.trim_end_matches(|c: char| c.is_ascii_alphabetic()).bytes().all(|c| c.is_ascii_digit())
                            && matches!(
                                w.trim_start_matches(|c: char| c.is_ascii_digit()).to_ascii_lowercase().as_str(),
                                "am" | "pm" | "h" | "a" | "p"
                            )
                })
            })
    };
    parts.iter().any(bare_clock)
        && !parts.iter().any(|p| matches!(granularity_of(p), Some(5 | 6)))
        && parts.iter().any(|p| granularity_of(p).is_some_and(|g| g <= 4))
}

/// "Wednesday evening next week", "Friday of last week": a day written
/// with a week it falls in is that weekday of that week, even when the
/// tagger, reading the day alone, put it in another week. Two parts only:
/// an ISO week and a day (with or without a time of day); the day's
/// weekday and time are kept.
fn weekday_in_week<T: TimexPart>(text: &str, parts: &[T]) -> Option<String> {
    use jiff::ToSpan;
    let [a, b] = parts else { return None };
    let (week, day, day_part) = match (granularity_of(a), granularity_of(b)) {
        (Some(4), Some(5..=7)) => (a.timex_value(), b.timex_value(), b),
        (Some(5..=7), Some(4)) => (b.timex_value(), a.timex_value(), a),
        _ => return None,
    };
    // The day must be written as a weekday ("Wednesday evening"), not a date or a clock time.
    let r = day_part.byte_range();
    let names_weekday = text.get(r.start..r.end).is_some_and(|t| {
        words(t).any(|w| {
            let w = w.to_ascii_lowercase();
            ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
                .iter()
                .any(|d| w.len() >= 3 && d.starts_with(w.as_str()))
        })
    });
    if !names_weekday {
        return None;
    }
    if !week.contains("-W") || week.ends_with("WE") {
        return None;
    }
    let (monday, _) = calendar_extent(week)?;
    let (date, time) = match day.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (day, None),
    };
    let d: jiff::civil::Date = date.parse().ok()?;
    let moved = monday.checked_add((d.weekday().to_monday_zero_offset() as i64).days()).ok()?;
    Some(match time {
        Some(t) => format!("{moved}T{t}"),
        None => moved.to_string(),
    })
}

/// The value of one bound of a range: the point its own parts write; a
/// clock time with no day of its own written takes the day the other side
/// writes ("from 10:30 to 3 on 1/1/2015": both on that day).
fn bound_value<T: TimexPart>(text: &str, own: &[T], other: &[T]) -> Option<String> {
    let v = point_value(text, own)?;
    let own_day = own.iter().any(|p| granularity_of(p).is_some_and(|g| g <= 5));
    if !own_day && granularity(TimexType::Time, &v) == Some(7) && v.contains('T') && !v.ends_with("_REF") {
        let day = other.iter().map(|p| p.timex_value()).find(|x| granularity(TimexType::Date, x) == Some(5));
        if let Some(day) = day {
            let time = v.split_once('T').map_or(v.as_str(), |(_, t)| t);
            return Some(format!("{day}T{time}"));
        }
    }
    Some(v)
}

/// "from next Monday to Friday", "from Nov to March": the end of a range
/// is not before its start. When the tagger, reading the end alone, put it
/// before (a weekday or a month it resolved against the document), the end
/// moves to the next such weekday (a week on) or month (a year on). An end
/// whose year is written stays.
fn end_after_start<T: TimexPart>(text: &str, right: &[T], start: &str, end: String) -> String {
    use jiff::ToSpan;
    let written = right.iter().any(|p| {
        let r = p.byte_range();
        p.timex_anchor() == Anchor::None
            || text
                .get(r.start..r.end)
                .is_some_and(|t| t.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit)))
    });
    let n = end.len().min(start.len()).min(10);
    if written || n < 7 || end.get(..n) >= start.get(..n) {
        return end;
    }
    let weekday = right.iter().any(|p| {
        let r = p.byte_range();
        text.get(r.start..r.end).is_some_and(|t| {
            words(t).any(|w| {
                let w = w.to_ascii_lowercase();
                ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
                    .iter()
                    .any(|d| w.len() >= 3 && d.starts_with(w.as_str()))
            })
        })
    });
    let (date, rest) = end.split_at(10.min(end.len()));
    if weekday && let Ok(mut d) = date.parse::<jiff::civil::Date>() {
        while d.to_string().as_str() < start.get(..10).unwrap_or(start) {
            let Ok(next) = d.checked_add(7.days()) else { return end };
            d = next;
        }
        return format!("{d}{rest}");
    }
    // A month or a day with its year resolved: a year on.
    let Ok(y) = end[..4].parse::<i32>() else { return end };
    format!("{:04}{}", y + 1, &end[4..])
}

/// "Tuesday from 2:00 to 2:30 pm", "this evening from 7 to 7:30": the
/// hours of a clock range written without "am" are after noon when the end
/// is ("2:00 to 2:30 pm": 14:00, not 02:00, as long as the start stays
/// before the end) or when the range falls in an afternoon, evening or
/// night the mention names. Returns the bounds, changed or not.
fn afternoon_hours<T: TimexPart>(text: &str, parts: &[T], left: &[T], start: String, end: String) -> (String, String) {
    let clock = |v: &str| -> Option<(usize, u32)> {
        let t = v.find('T')?;
        let h: u32 = v.get(t + 1..t + 3)?.parse().ok()?;
        (v.as_bytes().get(t + 3) == Some(&b':')).then_some((t + 1, h))
    };
    let morning_written = |ps: &[T]| {
        ps.iter().any(|p| {
            let r = p.byte_range();
            let t = text.get(r.start..r.end).unwrap_or("").to_ascii_lowercase().replace(['.', ' '], "");
            t.contains("am") || t.contains("morning") || p.timex_value().ends_with("TMO")
        })
    };
    let late_part = parts.iter().any(|p| {
        let v = p.timex_value();
        v.ends_with("TAF") || v.ends_with("TEV") || v.ends_with("TNI")
    });
    let set_hour = |v: &str, at: usize, h: u32| format!("{}{:02}{}", &v[..at], h, &v[at + 2..]);
    let (Some((sa, sh)), Some((ea, eh))) = (clock(&start), clock(&end)) else { return (start, end) };
    if morning_written(parts) {
        return (start, end);
    }
    if late_part && sh < 12 && eh < 12 {
        return (set_hour(&start, sa, sh + 12), set_hour(&end, ea, eh + 12));
    }
    if sh < 12 && eh >= 12 && !morning_written(left) {
        let moved = set_hour(&start, sa, sh + 12);
        if moved[sa..] <= end[ea..] {
            return (moved, end);
        }
    }
    (start, end)
}

/// "from May to Oct 2020", "Nov 18-Dec 19, 2015", "June-August 1992": a
/// year written once, after the second bound, is the year of both. When
/// the start has no year written and
/// the end has its year written (four digits, or resolved against
/// nothing), the start takes that year, or the year
/// before when it would otherwise fall after the end ("Nov-Feb 2017" starts
/// in November 2016). Returns the new start value.
fn shared_year<T: TimexPart>(text: &str, left: &[T], start: &str, right: &[T], end: &str) -> Option<String> {
    // A year is written when a part has four digits in a row or was resolved against nothing.
    let four_digits = |p: &T| {
        let r = p.byte_range();
        text.get(r.start..r.end).is_some_and(|t| t.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit)))
    };
    // "from this May to Oct 2020": "this", "next", "last" fix the start's own year.
    let relative = |p: &T| {
        let r = p.byte_range();
        text.get(r.start..r.end).is_some_and(|t| {
            words(t)
                .any(|w| matches!(w.to_ascii_lowercase().as_str(), "this" | "next" | "last" | "previous" | "coming"))
        })
    };
    if left.iter().any(four_digits)
        || left.iter().any(relative)
        || !right.iter().all(|p| p.timex_anchor() == Anchor::None || four_digits(p))
    {
        return None;
    }
    let year =
        |v: &str| v.get(..4).filter(|y| y.bytes().all(|c| c.is_ascii_digit())).and_then(|y| y.parse::<i32>().ok());
    let (sy, ey) = (year(start)?, year(end)?);
    let rest = &start[4..];
    // Only a month or a day (with or without a clock time) moves.
    if !(rest.len() == 3 || rest.len() >= 6)
        || !rest.starts_with('-')
        || rest[1..3].bytes().any(|c| !c.is_ascii_digit())
    {
        return None;
    }
    let same = format!("{ey:04}{rest}");
    let candidate = if same.as_str() > end && end.len() >= 7 && same.get(..7) > end.get(..7) {
        format!("{:04}{rest}", ey - 1)
    } else {
        same
    };
    (year(&candidate)? != sy).then_some(candidate)
}

/// `point` minus a TIMEX3 duration; see [`add_duration`].
fn sub_duration(point: &str, duration: &str) -> Option<String> {
    add_duration(point, &format!("-{duration}"))
}

/// `start` plus a TIMEX3 duration, as a TIMEX3 day (or time) value; None
/// when either is not a plain calendar value.
fn add_duration(start: &str, duration: &str) -> Option<String> {
    let span: jiff::Span = duration.parse().ok()?;
    if let Ok(day) = start.parse::<jiff::civil::Date>()
        && !start.contains('T')
    {
        if span.get_hours() != 0 || span.get_minutes() != 0 || span.get_seconds() != 0 {
            return None;
        }
        return Some(day.checked_add(span).ok()?.to_string());
    }
    let dt: jiff::civil::DateTime = start.parse().ok()?;
    let end = dt.checked_add(span).ok()?;
    Some(if start.len() == 16 { end.strftime("%Y-%m-%dT%H:%M").to_string() } else { end.to_string() })
}
