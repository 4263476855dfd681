//! The recognition rules and their resolution.
//!
//! Structure (after HeidelTime and SUTime): the text is tokenized once; at
//! each token that can start a temporal expression the tagger reads optional
//! modifiers (`about`, `more than`, `early`, `the end of`), then tries every
//! core rule (explicit dates, years, decades, relative units, weekdays,
//! durations, times, sets, holidays) and keeps the longest match. A core rule
//! both recognises and resolves: it computes the TIMEX3 value from the
//! document's date (the anchor), the tense around the expression, and the
//! dates already resolved earlier in the text (for "a week later").

use dossier_model::{Anchor, TimexType};
use jiff::ToSpan;

use crate::calendar::{Val, date, rank, unit_rank, weekday_after, weekday_before};
use crate::lexicon::{DayPart, Fw, Lex, Unit};
use crate::token::{Kind, Tok};

mod extended;
mod named_week;

/// One recognised expression, in token indices.
#[derive(Clone, Debug)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub kind: TimexType,
    pub value: String,
    pub anchor: Anchor,
    pub modifier: Option<&'static str>,
}

/// What a core rule found.
#[derive(Clone, Debug)]
struct Core {
    end: usize,
    kind: TimexType,
    value: String,
    anchor: Anchor,
    modifier: Option<&'static str>,
    /// The resolved calendar value, remembered as an anchor for later
    /// chained expressions.
    val: Option<Val>,
    /// The rule already consumed a leading "the".
    has_the: bool,
}

impl Core {
    fn new(end: usize, kind: TimexType, value: String, anchor: Anchor, val: Option<Val>) -> Core {
        Core { end, kind, value, anchor, modifier: None, val, has_the: false }
    }
    fn date(end: usize, v: Val, anchor: Anchor) -> Core {
        Core::new(end, TimexType::Date, v.render(), anchor, Some(v))
    }
    fn open(end: usize, value: impl Into<String>) -> Core {
        Core::new(end, TimexType::Date, value.into(), Anchor::None, None)
    }
    fn fixed(end: usize, kind: TimexType, value: impl Into<String>) -> Core {
        Core::new(end, kind, value.into(), Anchor::None, None)
    }
}

/// Sentence tense around an expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tense {
    Past,
    /// Only weak cues ("said", a verb in -ed): past unless the date is near.
    WeakPast,
    Future,
    Unknown,
}

/// A quantity before a unit.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Qty {
    N(f64),
    /// "several", "a few": the TIMEX3 `X`.
    Vague,
}

pub(crate) struct Tagger<'a> {
    text: &'a str,
    toks: &'a [Tok],
    /// The document's date (any granularity).
    doc: Option<Val>,
    /// Token index ranges of sentences, for tense.
    sentences: &'a [(usize, usize)],
    /// Resolved dates so far, in text order.
    history: Vec<Val>,
    /// For each `history` entry: it is a year-ago baseline ("a year ago",
    /// "a year earlier", "year-earlier"), see [`Self::is_year_baseline`].
    baseline: Vec<bool>,
    /// The last day resolved, with the token where its expression ended.
    last_day: Option<(usize, Val)>,
    /// The last month and day named without a year ("June 20" in an
    /// undated text): what "a week later" counts from when nothing else is.
    last_open_day: Option<(u8, u8)>,
    /// The last tense computed, by token: rules ask for the same one often.
    tense_cache: std::cell::Cell<Option<(usize, Tense)>>,
}

impl<'a> Tagger<'a> {
    pub fn new(text: &'a str, toks: &'a [Tok], doc: Option<Val>, sentences: &'a [(usize, usize)]) -> Self {
        Tagger {
            text,
            toks,
            doc,
            sentences,
            history: Vec::new(),
            baseline: Vec::new(),
            last_day: None,
            last_open_day: None,
            tense_cache: std::cell::Cell::new(None),
        }
    }

    pub fn run(mut self) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut i = 0;
        let n = self.toks.len();
        while i < n {
            let t = &self.toks[i];
            let may_start = match t.kind {
                Kind::Word => self.can_start(i),
                Kind::Num => true,
                Kind::Punct(c) => c == b'\'',
            };
            if !may_start {
                i += 1;
                continue;
            }
            match self.parse_at(i) {
                Some(h) => {
                    let end = h.end;
                    // Year ranges: "1980-88", "1980-1988" give a second date.
                    let second = self.range_second(&h).or_else(|| self.day_range_second(&h));
                    self.history_push_from(&h);
                    hits.push(h);
                    i = end;
                    if let Some(h2) = second {
                        i = h2.end;
                        hits.push(h2);
                    }
                }
                None => i += 1,
            }
        }
        let hits = self.merge_day_and_clock(hits);
        let hits = self.merge_weekday_and_date(hits);
        let hits = self.range_ends(hits);
        let hits = self.days_of_named_week(hits);
        let hits = self.year_beside(hits);
        let hits = self.sets_at_clock(hits);
        let hits = self.weeks_fixed_by_a_day(hits);
        let hits = self.mid_night(hits);
        let hits = self.evening_clock_pm(hits);
        let hits = self.clock_range_day(hits);
        let hits = self.with_zones(hits);
        self.merge_sets_and_weeks(hits)
    }

    /// "this coming Sunday, March 8": a weekday and, after a comma, the
    /// date of that same day are one expression.
    fn merge_weekday_and_date(&self, hits: Vec<Hit>) -> Vec<Hit> {
        let mut out: Vec<Hit> = Vec::with_capacity(hits.len());
        for h in hits {
            if let Some(prev) = out.last_mut()
                && h.start == prev.end + 1
                && self.punct(prev.end, b',')
                && prev.kind == TimexType::Date
                && h.kind == TimexType::Date
                && prev.value == h.value
                && prev.value.len() == 10
                && (prev.start..prev.end).any(|k| matches!(self.lex(k), Lex::Weekday(_)))
            {
                prev.end = h.end;
                continue;
            }
            out.push(h);
        }
        out
    }

    /// "10 p.m. Wednesday", "noon Thursday", "Tuesday at 3 p.m.": a clock
    /// time next to the day it falls on is one TIME expression on that day.
    fn merge_day_and_clock(&self, hits: Vec<Hit>) -> Vec<Hit> {
        let is_clock = |h: &Hit| {
            h.kind == TimexType::Time
                && h.value.contains("T")
                && h.value.split('T').nth(1).is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()))
        };
        let day_of = |h: &Hit| -> Option<String> {
            // A day, or a part of a day ("this morning" = 2016-11-07TMO).
            let v = match h.kind {
                TimexType::Date => h.value.clone(),
                TimexType::Time
                    if h.value.len() == 13
                        && h.value.as_bytes()[10] == b'T'
                        && !h.value.as_bytes()[11].is_ascii_digit() =>
                {
                    h.value[..10].to_string()
                }
                _ => return None,
            };
            let v = &v;
            let day = (v.len() == 10 && v.as_bytes()[4] == b'-' && v.as_bytes()[7] == b'-')
                || (v.starts_with("XXXX-WXX-") && v.len() == 10);
            day.then(|| v.clone())
        };
        let mut out: Vec<Hit> = Vec::with_capacity(hits.len());
        let mut it = hits.into_iter().peekable();
        while let Some(h) = it.next() {
            if let Some(next) = it.peek() {
                let gap_ok = |a: usize, b: usize, allow_at: bool| {
                    (a..b).all(|k| self.punct(k, b',') || (allow_at && (self.fw(k, Fw::At) || self.fw(k, Fw::On))))
                        && b - a <= 1
                };
                let merged = if is_clock(&h) && gap_ok(h.end, next.start, true) {
                    day_of(next).map(|d| (d, h.value.split('T').nth(1).unwrap_or("").to_string()))
                } else if is_clock(next) && gap_ok(h.end, next.start, true) {
                    day_of(&h).map(|d| (d, next.value.split('T').nth(1).unwrap_or("").to_string()))
                } else {
                    None
                };
                if let Some((day, clock)) = merged {
                    let next = it.next().expect("peeked");
                    out.push(Hit {
                        start: h.start,
                        end: next.end,
                        kind: TimexType::Time,
                        value: format!("{day}T{clock}"),
                        anchor: if h.anchor == Anchor::None { next.anchor } else { h.anchor },
                        modifier: h.modifier.or(next.modifier),
                    });
                    continue;
                }
            }
            out.push(h);
        }
        out
    }

    /// Whether a word can begin an expression: cheap filter that skips the
    /// rules at most function words ("of", "in", "and", "was").
    fn can_start(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else { return false };
        match t.lex {
            // "Q3", "H2", and the first words of holidays ("Easter", "Labor Day").
            Lex::None => {
                (t.end == t.start + 1
                    && matches!(self.text.as_bytes()[t.start], b'Q' | b'H')
                    && self.tok(i + 1).is_some_and(|n| n.kind == Kind::Num && !n.gap))
                    || (t.kind == Kind::Word && holiday_head(&self.text[t.start..t.end]))
                    || (t.kind == Kind::Word && extended::extended_head(&self.text[t.start..t.end]))
                    // "post-1959", "pre-1914".
                    || (t.end - t.start <= 4
                        && self.punct(i + 1, b'-')
                        && self.attached(i + 1)
                        && (self.is_word(i, "post") || self.is_word(i, "pre")))
            }
            Lex::Fw(f) => match f {
                // Only before a word the rules know, or a number.
                Fw::The | Fw::A => {
                    self.tok(i + 1).is_some_and(|n| n.lex != Lex::None || n.kind == Kind::Num)
                        // "the '40s".
                        || (self.punct(i + 1, b'\'') && self.tok(i + 2).is_some_and(|n| n.kind == Kind::Num))
                        // "the seventies".
                        || decade_word(self.word(i + 1)).is_some()
                        || self.starts_after_article(i + 1)
                        // "the EOD", "the noughties".
                        || extended::extended_head(self.word(i + 1))
                }
                Fw::Of
                | Fw::In
                | Fw::On
                | Fw::By
                | Fw::Since
                | Fw::From
                | Fw::To
                | Fw::Until
                | Fw::Through
                | Fw::During
                | Fw::Between
                | Fw::And
                | Fw::Or
                | Fw::Than
                | Fw::Least
                | Fw::Most
                | Fw::Times
                | Fw::Ago
                | Fw::Before
                | Fw::After
                | Fw::Afterward
                | Fw::Oclock
                | Fw::Am
                | Fw::Pm
                | Fw::Period
                | Fw::So
                | Fw::Within
                | Fw::For
                | Fw::Other
                | Fw::Beyond
                | Fw::Eve
                | Fw::Trading
                | Fw::Business
                | Fw::Straight
                | Fw::Consecutive
                | Fw::Additional
                | Fw::Those
                | Fw::Such
                | Fw::Scheduled
                | Fw::Expected
                | Fw::Plans
                | Fw::Was
                | Fw::Were
                | Fw::Had
                | Fw::Did
                | Fw::Said
                | Fw::Has
                | Fw::Have
                | Fw::Is
                | Fw::Are
                | Fw::Will
                | Fw::Would
                | Fw::Shall
                | Fw::Future
                | Fw::Present
                | Fw::Season => false,
                // "St. Patrick's Day" (but not the "st" of "1st").
                Fw::Ordinal => t.cap && t.gap,
                // "end of next week", "beginning of 2000".
                Fw::End | Fw::Beginning | Fw::Start => self.fw(i + 1, Fw::Of),
                _ => true,
            },
            _ => true,
        }
    }

    /// Words outside the lexicon that may follow "the" or "a" in an
    /// expression: "the corresponding period last year", "for a while",
    /// "the near future", "the short term". (Length first: this runs after
    /// every article.)
    fn starts_after_article(&self, k: usize) -> bool {
        let Some(t) = self.tok(k) else { return false };
        match t.end - t.start {
            4 | 5 => {
                (self.is_word(k, "while") && k > 1 && self.fw(k - 2, Fw::For))
                    || ((self.is_word(k, "near") || self.is_word(k, "short"))
                        && (self.fw(k + 1, Fw::Future) || self.is_word(k + 1, "term")))
            }
            10 | 13 => self.is_word(k, "corresponding") || self.is_word(k, "comparable"),
            _ => false,
        }
    }

    /// Remembers a resolved date as an anchor for later chained expressions.
    fn history_push_from(&mut self, h: &Hit) {
        if h.kind != TimexType::Date && h.kind != TimexType::Time {
            return;
        }
        let head = h.value.get(..10.min(h.value.len())).unwrap_or("");
        if let Some(md) = head.strip_prefix("XXXX-")
            && let Some((m, d)) = md.split_once('-')
            && let (Ok(m), Ok(d)) = (m.parse::<u8>(), d.parse::<u8>())
        {
            self.last_open_day = Some((m, d));
        }
        if let Some(v) = crate::calendar::parse_val(head).or_else(|| crate::calendar::parse_val(&h.value)) {
            self.history.push(v);
            self.baseline.push(self.is_year_baseline(h));
            if v.day().is_some() {
                self.last_day = Some((h.end, v));
            }
        }
    }

    /// Whether `h` is a year-ago comparison ("a year ago", "a year earlier",
    /// "the year-earlier period").
    ///
    /// Why: reports compare each figure with the same period a year before
    /// ("up from $3 million a year ago ... compared with $5 million a year
    /// earlier"): a later "a year earlier" means that same year, not a year
    /// before the first comparison, so such values are no anchor for it.
    fn is_year_baseline(&self, h: &Hit) -> bool {
        (h.start..h.end).any(|k| {
            matches!(self.lex(k), Lex::Fw(Fw::Ago | Fw::Earlier))
                && k > h.start
                && (self.lex(k - 1) == Lex::Unit(Unit::Year, false)
                    || (self.punct(k - 1, b'-') && self.is_word(k.saturating_sub(2), "year")))
        })
    }

    // ----- token helpers -----

    fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }
    fn lex(&self, i: usize) -> Lex {
        self.toks.get(i).map(|t| t.lex).unwrap_or(Lex::None)
    }
    fn fw(&self, i: usize, f: Fw) -> bool {
        self.lex(i) == Lex::Fw(f)
    }
    fn punct(&self, i: usize, c: u8) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct(c))
    }
    /// Token `i` touches the previous one (no whitespace).
    fn attached(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.gap)
    }
    fn word(&self, i: usize) -> &'a str {
        self.toks.get(i).map(|t| &self.text[t.start..t.end]).unwrap_or("")
    }
    fn is_word(&self, i: usize, w: &str) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Word) && self.word(i).eq_ignore_ascii_case(w)
    }
    /// Skips a hyphen joining token `i-1` and `i+1` ("two-week"); returns
    /// the index of the next content token.
    fn join(&self, i: usize) -> usize {
        if self.punct(i, b'-') && self.attached(i) && self.attached(i + 1) { i + 1 } else { i }
    }
    /// A number token with a value in range and at most `digits` digits.
    fn num(&self, i: usize, lo: u32, hi: u32, max_digits: u8) -> Option<u32> {
        let t = self.tok(i)?;
        (t.kind == Kind::Num && t.digits <= max_digits && t.num >= lo && t.num <= hi).then_some(t.num)
    }
    /// True when the number at `i` continues into more digits ("1,500",
    /// "3.5") so that it is not a plain integer.
    fn num_continues(&self, i: usize) -> bool {
        (self.punct(i + 1, b',') || self.punct(i + 1, b'.'))
            && self.attached(i + 1)
            && self.attached(i + 2)
            // A thousands group has three digits: "12,2016" is a day and a year.
            && self.tok(i + 2).is_some_and(|t| t.kind == Kind::Num && (t.digits == 3 || self.punct(i + 1, b'.')))
    }
    fn num_preceded(&self, i: usize) -> bool {
        i >= 2
            && (self.punct(i - 1, b',') || self.punct(i - 1, b'.'))
            && self.attached(i)
            && self.attached(i - 1)
            && self.tok(i - 2).is_some_and(|t| t.kind == Kind::Num)
    }

    // ----- tense -----

    fn tense(&self, at: usize) -> Tense {
        if let Some((k, t)) = self.tense_cache.get()
            && k == at
        {
            return t;
        }
        let t = self.tense_uncached(at);
        self.tense_cache.set(Some((at, t)));
        t
    }

    fn tense_uncached(&self, at: usize) -> Tense {
        // "since March": what a span starts from is past.
        if at > 0 && self.is_word(at - 1, "since") {
            return Tense::Past;
        }
        let k = self.sentences.partition_point(|&(_, e)| e <= at);
        let (lo, hi) = match self.sentences.get(k) {
            Some(&(s, e)) if s <= at => (s, e),
            _ => self.guessed_sentence(at),
        };
        let lo = lo.max(at.saturating_sub(25));
        let hi = hi.min(at + 25);
        let t = match self.tense_in(at, lo, hi) {
            // No cue in the sentence ("The storm hit on May 2."): the
            // narrative tense of the text around it, 12 tokens either side.
            Tense::Unknown => self.tense_in(at, at.saturating_sub(12), (at + 12).min(self.toks.len())),
            t => t,
        };
        if t == Tense::WeakPast && self.after_deadline_word(at) { Tense::Future } else { t }
    }

    /// Whether the expression at `at` follows "by" or "until" (over a
    /// clock time: "until 9 a.m. Tuesday").
    ///
    /// What: a deadline. Why: a weak past cue ("said", "extended",
    /// "postponed") reports the deadline, which itself mostly lies ahead
    /// ("postponed the hearing until Tuesday", "plans to pay the loan by
    /// February"); a strong past cue ("had", "rose") still wins.
    fn after_deadline_word(&self, at: usize) -> bool {
        let mut k = at;
        while k > 0 && at - k < 6 {
            k -= 1;
            match self.lex(k) {
                Lex::Fw(Fw::By | Fw::Until) => return true,
                Lex::Fw(Fw::Am | Fw::Pm | Fw::Early | Fw::Late | Fw::Mid) | Lex::Zone | Lex::DayPart(_) => {}
                _ if self.toks[k].kind == Kind::Num || self.punct(k, b'.') || self.punct(k, b':') => {}
                _ if self.is_word(k, "a") || self.is_word(k, "p") || self.is_word(k, "m") || self.is_word(k, "at") => {}
                _ => return false,
            }
        }
        false
    }

    /// The tense of the cue nearest token `at` within tokens `lo..hi`.
    fn tense_in(&self, at: usize, lo: usize, hi: usize) -> Tense {
        let mut best: Option<(usize, Tense)> = None;
        for j in lo..hi {
            let t = &self.toks[j];
            let tense = match t.lex {
                // "the plan", "its plans": a noun, not an intention.
                Lex::Fw(Fw::Plans) if self.after_determiner(j) => continue,
                // "as previously planned": a past form; "vacation plans for": a noun.
                Lex::Fw(Fw::Plans) if self.plan_word_is_not_intention(j) => {
                    if self.word(j).ends_with("ed") {
                        Tense::WeakPast
                    } else {
                        continue;
                    }
                }
                Lex::Fw(Fw::Will | Fw::Would | Fw::Shall | Fw::Upcoming | Fw::Scheduled | Fw::Expected | Fw::Plans) => {
                    Tense::Future
                }
                Lex::None if t.kind == Kind::Word && is_irregular_past(&self.text[t.start..t.end]) => Tense::Past,
                Lex::None if t.kind == Kind::Word && is_future_word(&self.text[t.start..t.end]) => Tense::Future,
                // "set to resume Monday", "due to expire Friday" (not "due to the strike").
                Lex::None
                    if t.end - t.start == 3
                        && (self.is_word(j, "set") || self.is_word(j, "due"))
                        && self.fw(j + 1, Fw::To)
                        && self.tok(j + 2).is_some_and(|n| n.kind == Kind::Word && !n.cap && n.lex == Lex::None)
                        && !["its", "his", "her", "their", "an", "our"].iter().any(|w| self.is_word(j + 2, w)) =>
                {
                    Tense::Future
                }
                // "is to resume trading Tuesday".
                Lex::Fw(Fw::To) if j > 0 && matches!(self.lex(j - 1), Lex::Fw(Fw::Is | Fw::Are)) => Tense::Future,
                // "were planning to drive on Monday": the plan word decides.
                Lex::Fw(Fw::Was | Fw::Were) if self.fw(j + 1, Fw::Plans) => continue,
                Lex::Fw(Fw::Was | Fw::Were | Fw::Had | Fw::Did | Fw::Ago) => Tense::Past,
                Lex::Fw(Fw::Said | Fw::Has | Fw::Have) => Tense::WeakPast,
                // A word in -ed, lowercase unless it starts the sentence
                // ("United States" is no verb).
                Lex::None if t.kind == Kind::Word && (!t.cap || self.sentence_start(j)) && t.end - t.start >= 5 => {
                    let w = &self.text.as_bytes()[t.end - 2..t.end];
                    if !w.eq_ignore_ascii_case(b"ed") {
                        continue;
                    }
                    // "the increased dividend", "a still unspecified date": an adjective.
                    let adjective = self.after_determiner(j)
                        || (j > 0
                            && self.after_determiner(j - 1)
                            && self.tok(j - 1).is_some_and(|p| p.kind == Kind::Word && !p.cap)
                            && (self.word(j - 1).ends_with("ly")
                                || ["still", "newly", "long", "once", "much", "well", "yet"]
                                    .iter()
                                    .any(|a| self.is_word(j - 1, a))));
                    if !adjective && !is_ed_non_past(self.word(j)) {
                        Tense::WeakPast
                    } else {
                        continue;
                    }
                }
                _ => continue,
            };
            let tense = self.verb_group(j, tense);
            // A reporting verb away from the date ("will leave at 4 a.m.
            // Thursday, Castro said") only reports the clause holding it; a
            // cue of that clause outweighs it. Next to the date ("said
            // Thursday") it is the event dated.
            let d = j.abs_diff(at) + if self.fw(j, Fw::Said) && j.abs_diff(at) > 2 { 12 } else { 0 };
            // A cue across a comma is likely in another clause ("paid taxes
            // during the quarter, even though payments would be minimal").
            let d = d + 8 * (j.min(at)..j.max(at)).filter(|&k| self.punct(k, b',')).count().min(2);
            if best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, tense));
            }
        }
        best.map(|b| b.1).unwrap_or(Tense::Unknown)
    }

    /// The sentence around token `at` when
    /// the caller gave no sentences (at most 25 tokens either side): stops after a full stop, "!" or "?"
    /// that is followed by a capital and does not end an abbreviation.
    ///
    /// Why: a tense cue in the next sentence says nothing about this one
    /// ("... met Monday. The king will meet Bush on Thursday").
    fn guessed_sentence(&self, at: usize) -> (usize, usize) {
        let mut lo = at;
        while lo > at.saturating_sub(25) && !self.ends_sentence(lo - 1) {
            lo -= 1;
        }
        let mut hi = at;
        let max = (at + 25).min(self.toks.len());
        while hi < max && !self.ends_sentence(hi) {
            hi += 1;
        }
        (lo, hi)
    }

    fn ends_sentence(&self, j: usize) -> bool {
        let Some(t) = self.tok(j) else { return true };
        if !(t.is_punct(b'.') || t.is_punct(b'!') || t.is_punct(b'?')) {
            return false;
        }
        let next_cap = self.tok(j + 1).is_some_and(|n| n.cap || n.is_punct(b'"') || n.is_punct(b'\'') || n.newline);
        // "Aug. 21", "Corp. said", "Mr. Smith": a short capitalised word before the stop.
        let abbrev = j > 0
            && self
                .tok(j - 1)
                .is_some_and(|p| p.kind == Kind::Word && p.cap && p.end - p.start <= 4 && p.end == t.start);
        // "Roe vs. Wade", "Smith v. Jones": a lowercase abbreviation.
        // "4 a.m. EDT Thursday", "5 p.m. Friday": a clock time goes on.
        let lower_abbrev = || {
            j > 0
                && self.tok(j - 1).is_some_and(|p| p.end - p.start <= 2 && p.end == t.start)
                && (((self.is_word(j - 1, "vs") || self.is_word(j - 1, "v")) && self.attached(j))
                    || ((self.is_word(j - 1, "m") || self.is_word(j - 1, "am") || self.is_word(j - 1, "pm"))
                        && matches!(self.lex(j + 1), Lex::Zone | Lex::Weekday(_) | Lex::Month(..))))
        };
        next_cap && !(t.is_punct(b'.') && (abbrev || lower_abbrev()))
    }

    /// Whether the date in tokens `i..end` modifies a noun after it: "the"
    /// before, a lowercase word that is no time word after ("the Jan. 14
    /// deadline", "the March 3 vote").
    fn premodifier(&self, i: usize, end: usize) -> bool {
        i > 0
            && self.fw(i - 1, Fw::The)
            && self.tok(end).is_some_and(|t| t.kind == Kind::Word && !t.cap && t.lex == Lex::None)
    }

    /// Whether the plan word at `j` ("planned", "plans") says nothing of
    /// the future: a past form not before "to" ("as previously planned"), or "plan(s)" as a
    /// noun after a lowercase word and not before "to" ("vacation plans
    /// for"; but "Qantas plans daily flights", "it plans to").
    fn plan_word_is_not_intention(&self, j: usize) -> bool {
        let w = self.word(j);
        if w.ends_with("ed") {
            // "planned to leave on Thursday" keeps the intention.
            return !self.fw(j + 1, Fw::To);
        }
        if w.ends_with("ing") || self.fw(j + 1, Fw::To) || j == 0 {
            return false;
        }
        let p = &self.toks[j - 1];
        p.kind == Kind::Word
            && !p.cap
            && p.lex == Lex::None
            && !["he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "also", "still", "now"]
                .iter()
                .any(|x| self.is_word(j - 1, x))
    }

    /// Whether token `j` follows an article or possessive ("the plan", "its plans").
    fn after_determiner(&self, j: usize) -> bool {
        j > 0
            && (matches!(self.lex(j - 1), Lex::Fw(Fw::The | Fw::A))
                || ["its", "his", "her", "their", "our", "this", "that", "new"].iter().any(|w| self.is_word(j - 1, w)))
    }

    /// Corrects a verb's tense cue by the auxiliaries before it.
    ///
    /// What: a past form after "be" with a modal or "to" before it ("will be
    /// paid", "would still be held", "to be sold") is future; a future cue
    /// after "had" ("had been due to expire", "had been scheduled to") is
    /// past. Walks back over "be", "to", adverbs and "scheduled"-like words.
    /// Why: the cue nearest the date decides the tense, and in a verb group
    /// the participle is nearest while the auxiliary carries the tense.
    fn verb_group(&self, j: usize, tense: Tense) -> Tense {
        let skip = |k: usize| {
            ["still", "also", "not", "then", "now", "likely", "only", "set", "about"].iter().any(|w| self.is_word(k, w))
                || matches!(self.lex(k), Lex::Fw(Fw::Scheduled | Fw::Expected | Fw::Plans))
        };
        let (mut saw_be, mut saw_to) = (false, false);
        let mut k = j;
        while k > 0 && j - k < 6 {
            k -= 1;
            if self.is_word(k, "be") || self.is_word(k, "been") || self.is_word(k, "being") {
                saw_be = true;
            } else if self.fw(k, Fw::To) {
                saw_to = true;
            } else if !skip(k) {
                return match self.lex(k) {
                    Lex::Fw(Fw::Will | Fw::Would | Fw::Shall) if saw_be || saw_to => Tense::Future,
                    Lex::Fw(Fw::Had) if tense == Tense::Future => Tense::Past,
                    // "had filed": the pluperfect makes the participle a strong past cue.
                    Lex::Fw(Fw::Had) if tense == Tense::WeakPast && !saw_to && !saw_be => Tense::Past,
                    _ if saw_be && saw_to && tense != Tense::Future => Tense::Future,
                    _ => tense,
                };
            }
        }
        tense
    }

    // ----- the driver -----

    fn parse_at(&mut self, i: usize) -> Option<Hit> {
        // 1. Comparative or approximate modifier ("more than", "about").
        let (mut j, cmp) = self.comparative(i);
        // 2. Position modifier ("early", "the end of", "mid-").
        let (k, pos) = self.position(j);
        if pos.is_some() {
            j = k;
        }
        let mut core = self.core(j, i)?;
        if cmp.is_some() && core.value.ends_with("_REF") {
            // "about the future": "about" is a preposition here.
            return None;
        }
        if pos.is_some() && core.kind == TimexType::Duration && core.value == "P1Y" && core.end == j + 2 {
            // "the end of the year", "earlier in the year": the document's year.
            let c = self.doc_rel(core.end, Unit::Year, 0);
            core = c;
        }
        let mut modifier = core.modifier;
        if let Some(p) = pos {
            if matches!(core.kind, TimexType::Date | TimexType::Time) && !core.value.ends_with("_REF") {
                modifier = Some(p);
            } else {
                return None;
            }
        }
        if let Some(c) = cmp {
            let is_dur = core.kind == TimexType::Duration;
            let m = match c {
                "APPROX" => "APPROX",
                _ if is_dur => c,
                // "nearly four years ago": an approximate date.
                "LESS_THAN" | "EQUAL_OR_LESS" if core.anchor != Anchor::None => "APPROX",
                _ if !is_dur && core.anchor != Anchor::None => match c {
                    "MORE_THAN" | "EQUAL_OR_MORE" => "BEFORE",
                    _ => "AFTER",
                },
                _ => return None,
            };
            modifier = Some(m);
        }
        let mut end = core.end;
        let mut value = core.value;
        let mut kind = core.kind;
        // "1994 or later", "1990 and beyond", "1/1/2016 and after", "3 pm or later".
        if (kind == TimexType::Date && core.val.is_some()) || kind == TimexType::Time {
            // Not "before 2010 or after 2018", "or later than 2020": there another date follows.
            let next_free = !self.starts_dateish(end + 2) && !self.fw(end + 2, Fw::Than);
            // "and later" only closing the phrase: "in 1984 and later served" is a verb.
            let or_and = self.fw(end, Fw::Or)
                || (self.fw(end, Fw::And) && self.tok(end + 2).is_none_or(|t| matches!(t.kind, Kind::Punct(_))));
            let or_later = or_and && (self.fw(end + 1, Fw::Later) || self.fw(end + 1, Fw::After)) && next_free;
            let and_beyond = self.fw(end, Fw::And) && self.fw(end + 1, Fw::Beyond);
            if or_later || and_beyond {
                end += 2;
                modifier = Some("ON_OR_AFTER");
            } else if or_and && (self.fw(end + 1, Fw::Before) || self.fw(end + 1, Fw::Earlier)) && next_free {
                end += 2;
                modifier = Some("ON_OR_BEFORE");
            }
        }
        if value.is_empty() {
            value = "XXXX".into();
            kind = TimexType::Date;
        }
        if self.is_title(i, end) {
            return None;
        }
        Some(Hit { start: i, end, kind, value, anchor: core.anchor, modifier })
    }

    /// Whether tokens `i..end` are a capitalised name rather than a time:
    /// a small unit capitalised after the first word ("This Week", "60
    /// Minutes", "48 Hours": broadcast titles), or "Today" after a
    /// capitalised word mid-sentence ("USA Today").
    ///
    /// Why: English capitalises these words only in names; days, months
    /// and holidays ("Labor Day") are capitalised anyway and not looked at.
    fn is_title(&self, i: usize, end: usize) -> bool {
        let small_unit_cap = (i + 1..end).any(|k| {
            matches!(self.lex(k), Lex::Unit(Unit::Second | Unit::Minute | Unit::Hour | Unit::Week, _))
                && self.toks[k].cap
        });
        let named_today = matches!(self.lex(i), Lex::Fw(Fw::Today | Fw::Tonight))
            && self.toks[i].cap
            && i > 0
            && !self.sentence_start(i)
            && self.toks[i - 1].kind == Kind::Word
            && self.toks[i - 1].cap;
        small_unit_cap || named_today
    }

    fn comparative(&self, i: usize) -> (usize, Option<&'static str>) {
        let l = |k: usize| self.lex(k);
        let m = match (l(i), l(i + 1)) {
            (Lex::Fw(Fw::More), Lex::Fw(Fw::Than)) => Some((2, "MORE_THAN")),
            (Lex::Fw(Fw::Less | Fw::Fewer), Lex::Fw(Fw::Than)) => Some((2, "LESS_THAN")),
            (Lex::Fw(Fw::At), Lex::Fw(Fw::Least)) => Some((2, "EQUAL_OR_MORE")),
            (Lex::Fw(Fw::At), Lex::Fw(Fw::Most)) => Some((2, "EQUAL_OR_LESS")),
            (Lex::Fw(Fw::Up), Lex::Fw(Fw::To)) => Some((2, "EQUAL_OR_LESS")),
            (Lex::Fw(Fw::No), Lex::Fw(Fw::More)) if self.fw(i + 2, Fw::Than) => Some((3, "EQUAL_OR_LESS")),
            (Lex::Fw(Fw::No), Lex::Fw(Fw::Less)) if self.fw(i + 2, Fw::Than) => Some((3, "EQUAL_OR_MORE")),
            (Lex::Fw(Fw::Just | Fw::Well), Lex::Fw(Fw::Over)) => Some((2, "MORE_THAN")),
            (Lex::Fw(Fw::Just), Lex::Fw(Fw::Under)) => Some((2, "LESS_THAN")),
            (Lex::Fw(Fw::Nearly), _) => Some((1, "EQUAL_OR_LESS")),
            (Lex::Fw(Fw::Almost), _) => Some((1, "LESS_THAN")),
            (Lex::Fw(Fw::About | Fw::Around | Fw::Approximately | Fw::Roughly | Fw::Some), _) => Some((1, "APPROX")),
            _ => None,
        };
        // "How about next week?", "what about 3pm": a suggestion, not an approximation.
        if m.is_some_and(|(_, c)| c == "APPROX") && i > 0 && (self.is_word(i - 1, "how") || self.is_word(i - 1, "what"))
        {
            return (i, None);
        }
        match m {
            // Only before a quantity or a date: "over the weekend" is not
            // "more than the weekend".
            // "get around Wednesday's ruling": a preposition before a possessive.
            Some((n, c))
                if self.starts_quantity(i + n)
                    || (c == "APPROX"
                        && self.starts_dateish(i + n)
                        && !(self.punct(i + n + 1, b'\'') && self.is_word(i + n + 2, "s"))) =>
            {
                (i + n, Some(c))
            }
            _ => (i, None),
        }
    }

    fn starts_quantity(&self, i: usize) -> bool {
        match self.lex(i) {
            Lex::Number(_) | Lex::Fw(Fw::A | Fw::Several | Fw::Few | Fw::Half) => true,
            Lex::None => self.tok(i).is_some_and(|t| t.kind == Kind::Num),
            _ => false,
        }
    }

    fn starts_dateish(&self, i: usize) -> bool {
        matches!(self.lex(i), Lex::Month(..) | Lex::Weekday(_) | Lex::Fw(Fw::Mid | Fw::The | Fw::Year))
            || self.num(i, 1000, 2199, 4).is_some()
    }

    /// "early", "mid-", "late", "earlier", "later", "the end of", "the
    /// beginning of", "the middle of", "the start of"; "early in".
    fn position(&self, i: usize) -> (usize, Option<&'static str>) {
        let p = match self.lex(i) {
            Lex::Fw(Fw::Early | Fw::Earlier) => Some("START"),
            Lex::Fw(Fw::Mid | Fw::Middle) => Some("MID"),
            Lex::Fw(Fw::Late | Fw::Later) => Some("END"),
            Lex::Fw(Fw::The) if matches!(self.lex(i + 1), Lex::Fw(Fw::Early | Fw::Mid | Fw::Late)) => {
                // "the late 1970s", "the early summer".
                let (j, p) = self.position(i + 1);
                return if p.is_some() && !self.fw(j, Fw::The) { (j, p) } else { (i, None) };
            }
            // "end of next week", "start of 2000": TimeML reads them as "the end of".
            Lex::Fw(Fw::End) if self.fw(i + 1, Fw::Of) => return (i + 2, Some("END")),
            Lex::Fw(Fw::Beginning | Fw::Start) if self.fw(i + 1, Fw::Of) => return (i + 2, Some("START")),
            Lex::Fw(Fw::The) => {
                let p = match self.lex(i + 1) {
                    Lex::Fw(Fw::End) => Some("END"),
                    Lex::Fw(Fw::Beginning | Fw::Start) => Some("START"),
                    Lex::Fw(Fw::Middle) => Some("MID"),
                    _ => None,
                };
                return match p {
                    Some(p) if self.fw(i + 2, Fw::Of) => (i + 3, Some(p)),
                    _ => (i, None),
                };
            }
            _ => None,
        };
        let Some(p) = p else { return (i, None) };
        let mut j = i + 1;
        // "mid-June", "late in August", "the middle of October".
        if (self.punct(j, b'-') && self.attached(j)) || self.fw(j, Fw::In) || (self.fw(j, Fw::Of) && p == "MID") {
            j += 1;
        }
        (j, Some(p))
    }

    fn core(&self, j: usize, start: usize) -> Option<Core> {
        let mut best: Option<Core> = None;
        let mut consider = |c: Option<Core>| {
            if let Some(c) = c
                && best.as_ref().is_none_or(|b| c.end > b.end)
            {
                best = Some(c);
            }
        };
        // Rules that may begin with "the".
        let (k, the) = if self.fw(j, Fw::The) { (j + 1, true) } else { (j, false) };
        if the {
            consider(self.the_rules(k).map(|mut c| {
                c.has_the = true;
                c
            }));
            // "the third-quarter results", "the two-week truce": the article
            // belongs to the noun, not to the hyphenated modifier.
            if !(self.punct(k + 1, b'-') && self.attached(k + 1)) {
                consider(self.quarter(k));
            }
            consider(self.decade(k));
            consider(self.century(k));
            consider(self.duration(k, true));
            consider(self.rel_unit(k, true));
            consider(self.season(k));
            consider(self.day_month(k));
            consider(self.year_earlier(k));
            consider(self.quarter_compound(k));
            consider(self.year_ago_period(k));
            consider(self.nth_day_of_now(k));
        }
        // "the morning", "early morning", "late afternoon": that part of the
        // day the text is about (the last day it named, else the anchor's).
        if let Lex::DayPart(p) = self.lex(k)
            && !matches!(p, DayPart::Noon | DayPart::Midnight)
            && (the
                || (k > 0 && matches!(self.lex(k - 1), Lex::Fw(Fw::Early | Fw::Late | Fw::Mid)))
                // "mid-afternoon".
                || (k > 1
                    && self.punct(k - 1, b'-')
                    && matches!(self.lex(k - 2), Lex::Fw(Fw::Early | Fw::Late | Fw::Mid))
                    // "a late-night signing": a hyphenated part of the day
                    // before a plain noun modifies it and is no time.
                    && !self.tok(k + 1).is_some_and(|t| {
                        t.kind == Kind::Word && t.lex == Lex::None && !t.cap && !extended::is_preposition(self.word(k + 1))
                    })))
        {
            // "the night of Oct. 23": TimeBank tags the date alone.
            let of_date =
                self.fw(k + 1, Fw::Of) && (self.explicit_date(k + 2).is_some() || self.weekday(k + 2).is_some());
            // "mid-afternoon yesterday": the part of the day named after it.
            let named_day = match self.lex(k + 1) {
                Lex::Fw(Fw::Today) => Some(0),
                Lex::Fw(Fw::Yesterday) => Some(-1),
                Lex::Fw(Fw::Tomorrow) => Some(1),
                _ => None,
            };
            if let Some(n) = named_day {
                let day = self.doc.and_then(|a| a.rel(Unit::Day, n));
                if day.is_some() {
                    consider(Some(self.with_daypart(k + 2, day, p)));
                }
            } else if !of_date {
                let day = self.history.iter().rev().take(50).find(|v| v.day().is_some()).copied();
                consider(Some(self.with_daypart(k + 1, day, p)));
            }
        }
        // "the week of March 6": the ISO week of that day.
        if the
            && self.lex(k) == Lex::Unit(Unit::Week, false)
            && self.fw(k + 1, Fw::Of)
            && let Some(c) = self.explicit_date(k + 2)
            && let Some(d) = c.val.and_then(|v| v.day())
        {
            let w = d.iso_week_date();
            consider(Some(Core::date(c.end, Val::Week(w.year() as i32, w.week() as u8), c.anchor)));
        }
        // "the previous Friday", "the following Monday".
        if the && matches!(self.lex(k), Lex::Fw(Fw::Previous | Fw::Following)) {
            consider(self.weekday(k));
        }
        // "the first Friday of July", "the last Monday in this month".
        consider(self.nth_weekday(k));
        consider(self.quarter_code(k));
        // "the month of August": the month itself.
        if matches!(self.lex(k), Lex::Unit(Unit::Month, false))
            && self.fw(k + 1, Fw::Of)
            && matches!(self.lex(k + 2), Lex::Month(..))
        {
            consider(self.explicit_date(k + 2));
        }
        consider(self.explicit_date(j));
        consider(self.month_rel(j));
        consider(self.quarter_compound(j));
        consider(self.day_month(j));
        consider(self.numeric_date(j));
        consider(self.year(j, start));
        consider(self.spoken_year(j));
        consider(self.decade(j));
        consider(self.century(j));
        consider(self.rel_unit(j, false));
        consider(self.weekday(j));
        consider(self.deictic(j));
        consider(self.duration(j, false));
        consider(self.ago_later(j));
        consider(self.time_of_day(j));
        consider(self.set(j));
        consider(self.holiday(j));
        consider(self.more_holidays(j));
        consider(self.quarter(j));
        consider(self.season(j));
        consider(self.year_earlier(j));
        consider(self.fixed_ref(j));
        consider(self.extended(j));
        consider(self.year_ago_period(j));
        consider(self.prefixed_year(j));
        consider(self.elided_last(j));
        consider(self.nights(j));
        best
    }

    // ----- resolution helpers -----

    /// The year for a month (and day) with no year, past-leaning: past
    /// tense takes the latest such date on or before the anchor, future the
    /// earliest on or after, and no tense the nearest.
    fn year_for(&self, m: u8, d: Option<u8>, at: usize) -> Option<i32> {
        self.year_for_tense(m, d, self.tense(at))
    }

    fn year_for_tense(&self, m: u8, d: Option<u8>, tense: Tense) -> Option<i32> {
        let a = self.doc?;
        let ay = a.year();
        let Some(am) = a.month() else {
            return match a {
                Val::Year(y) => Some(y),
                Val::Quarter(y, _) | Val::Half(y, _) | Val::Season(y, _) => Some(y),
                _ => None,
            };
        };
        // Candidate years as signed distances from the anchor, in days
        // (months count as their middle when the day is unknown).
        let ad = a.day().map(|d| d.day() as i32).unwrap_or(15);
        let dd = d.map(|d| d as i32).unwrap_or(15);
        let off = |y: i32| -> i32 { (y - ay) * 372 + (m as i32 - am as i32) * 31 + (dd - ad) };
        let cands = [ay - 1, ay, ay + 1];
        let (lo_tol, hi_tol) = match tense {
            // Latest on or before the anchor (a month alone may be the current
            // one; a day up to a week ahead is a deadline reported in the past,
            // "had been set to expire Nov. 6", more likely than one a year back).
            Tense::Past => (0, if d.is_none() { 16 } else { 7 }),
            // "said the offer expires Dec. 15": a date just ahead stays ahead;
            // a month alone only when it is the next one ("planned for early
            // March" in February, but "changed its year in December" written
            // in October is last December).
            Tense::WeakPast => (0, if d.is_none() { 46 } else { 62 }),
            Tense::Future => {
                // A day just behind the anchor stays there ("by Jan. 14" in a
                // report dated Jan. 15): news dates often trail the text a day.
                let lo = if d.is_none() { -16 } else { -3 };
                return cands.into_iter().find(|&y| off(y) >= lo);
            }
            Tense::Unknown => {
                // Nearest, a future candidate counting one and a half times its distance.
                return cands.into_iter().min_by_key(|&y| {
                    let o = off(y);
                    if o > 0 { o * 4 } else { -o }
                });
            }
        };
        let _ = lo_tol;
        cands.into_iter().rev().find(|&y| off(y) <= hi_tol)
    }

    fn month_day_val(&self, m: u8, d: u8, year: Option<i32>, at: usize) -> (Option<Val>, String, Anchor) {
        match year {
            Some(y) => match date(y, m, d) {
                Some(dt) => (Some(Val::Day(dt)), Val::Day(dt).render(), Anchor::None),
                None => (None, format!("{y:04}-{m:02}-{d:02}"), Anchor::None),
            },
            None => match self.year_for(m, Some(d), at).and_then(|y| date(y, m, d)) {
                Some(dt) => (Some(Val::Day(dt)), Val::Day(dt).render(), Anchor::Document),
                None => (None, format!("XXXX-{m:02}-{d:02}"), Anchor::None),
            },
        }
    }

    fn month_val(&self, m: u8, year: Option<i32>, at: usize) -> Core {
        match year {
            Some(y) => Core::date(0, Val::Month(y, m), Anchor::None),
            None => match self.year_for(m, None, at) {
                Some(y) => Core::date(0, Val::Month(y, m), Anchor::Document),
                None => Core::open(0, format!("XXXX-{m:02}")),
            },
        }
    }

    /// A value relative to the document date, or an open value when the
    /// document has no date fine enough.
    fn doc_rel(&self, end: usize, unit: Unit, n: i32) -> Core {
        match self.doc.and_then(|a| a.rel(unit, n)) {
            Some(v) => Core::date(end, v, Anchor::Document),
            None => Core::open(end, open_value(unit)),
        }
    }

    /// A value relative to the last date in the text fine enough for
    /// `unit`, else to the document date.
    fn chain(&self, end: usize, unit: Unit, n: i32) -> Core {
        let need = unit_rank(unit);
        // A quarter context makes "a year earlier" the same quarter a year before.
        let skip_baselines = unit == Unit::Year && n < 0;
        if let Some(v) = self
            .history
            .iter()
            .zip(&self.baseline)
            .rev()
            .take(200)
            .filter(|(_, b)| !(skip_baselines && **b))
            .map(|(v, _)| v)
            .find(|v| rank(v) <= need.max(if unit == Unit::Year { 3 } else { 0 }))
            && let Some(s) = if matches!(unit, Unit::Month | Unit::Year)
                && !matches!(v, Val::Quarter(..) | Val::Half(..) | Val::Season(..))
            {
                v.rel(unit, n)
            } else {
                v.shift(unit, n)
            }
        {
            return Core::date(end, s, Anchor::Text);
        }
        if let Some(v) = self.doc.and_then(|a| a.shift(unit, n).or_else(|| a.rel(unit, n))) {
            return Core::date(end, v, Anchor::Document);
        }
        if let Some(v) = self.shift_open_day(unit, n) {
            return Core::new(end, TimexType::Date, v, Anchor::Text, None);
        }
        Core::open(end, open_value(unit))
    }

    /// "June 20 ... a week later" in a text with no year: days and weeks
    /// counted from the last month and day named give a month and day too
    /// (`XXXX-06-27`), when the count lands on the same month and day in
    /// leap and common years alike.
    fn shift_open_day(&self, unit: Unit, n: i32) -> Option<String> {
        if !matches!(unit, Unit::Day | Unit::Week) {
            return None;
        }
        let (m, d) = self.last_open_day?;
        let shifted = |year: i32| {
            let v = Val::Day(crate::calendar::date(year, m, d)?).shift(unit, n)?.render();
            Some(v.get(4..)?.to_string())
        };
        let (leap, common) = (shifted(2000)?, shifted(2001)?);
        (leap == common).then(|| format!("XXXX{leap}"))
    }

    /// The quarter the text is about: the latest of the recent quarters
    /// (year-ago comparisons add earlier ones after it).
    fn quarter_context(&self) -> Option<Val> {
        // Reports compare completed quarters: ignore the current and later
        // ones ("through the third quarter of 1990").
        let now = self.doc.and_then(|a| match a.rel(Unit::Quarter, 0) {
            Some(Val::Quarter(y, q)) => Some((y, q)),
            _ => None,
        });
        self.history
            .iter()
            .rev()
            .take(30)
            .filter_map(|v| match *v {
                Val::Quarter(y, q) => Some((y, q)),
                _ => None,
            })
            .filter(|&yq| now.is_none_or(|n| yq < n))
            .max()
            .map(|(y, q)| Val::Quarter(y, q))
    }

    /// "last November", "this September", "next March", "January this
    /// year", "June last year".
    fn month_rel(&self, i: usize) -> Option<Core> {
        let (n, s) = match self.lex(i) {
            Lex::Fw(Fw::Last | Fw::Past | Fw::Previous) => (-1, i + 1),
            Lex::Fw(Fw::Next | Fw::Coming) => (1, i + 1),
            Lex::Fw(Fw::This) => (0, i + 1),
            _ => (9, i),
        };
        let (m, _, e) = self.month_at(s)?;
        if n != 9 && self.day_num(e).is_some() {
            // "last Oct. 23": a day, not a month; the date rule reads it, past-leaning.
            return None;
        }
        if n != 9 {
            let v = self.doc.and_then(|a| {
                let ay = a.year();
                let am = a.month()?;
                Some(match n {
                    -1 => {
                        if m < am {
                            ay
                        } else {
                            ay - 1
                        }
                    }
                    1 => {
                        if m > am {
                            ay
                        } else {
                            ay + 1
                        }
                    }
                    _ => ay,
                })
            });
            return Some(match v {
                Some(y) => Core::date(e, Val::Month(y, m), Anchor::Document),
                None => Core::open(e, format!("XXXX-{m:02}")),
            });
        }
        let k = match self.lex(e) {
            Lex::Fw(Fw::Last) => -1,
            Lex::Fw(Fw::This) => 0,
            Lex::Fw(Fw::Next) => 1,
            _ => return None,
        };
        if self.lex(e + 1) != Lex::Unit(Unit::Year, false) {
            return None;
        }
        Some(match self.doc {
            Some(a) => Core::date(e + 2, Val::Month(a.year() + k, m), Anchor::Document),
            None => Core::open(e + 2, format!("XXXX-{m:02}")),
        })
    }

    /// "this year's third quarter", "the year-ago third quarter", "the
    /// 1988 third quarter", "the 1988 quarter".
    fn quarter_compound(&self, i: usize) -> Option<Core> {
        // Year part.
        let (year, e): (Option<i32>, usize) = if let Some((y, e)) = self.year_num(i) {
            (Some(y), e)
        } else if matches!(self.lex(i), Lex::Fw(Fw::This | Fw::Last | Fw::Next))
            && self.lex(i + 1) == Lex::Unit(Unit::Year, false)
            && self.punct(i + 2, b'\'')
            && self.is_word(i + 3, "s")
        {
            let k = match self.lex(i) {
                Lex::Fw(Fw::Last) => -1,
                Lex::Fw(Fw::Next) => 1,
                _ => 0,
            };
            (self.doc.map(|a| a.year() + k), i + 4)
        } else if self.is_word(i, "year")
            && self.punct(i + 1, b'-')
            && matches!(self.lex(i + 2), Lex::Fw(Fw::Earlier | Fw::Ago))
        {
            (self.quarter_context().map(|q| q.year() - 1).or(self.doc.map(|a| a.year() - 1)), i + 3)
        } else {
            return None;
        };
        let (q, end) = match (self.lex(e), self.lex(e + 1)) {
            (Lex::Ordinal(n @ 1..=4), Lex::Unit(Unit::Quarter, false)) => (Some(n as u8), e + 2),
            (Lex::Unit(Unit::Quarter, false) | Lex::Fw(Fw::Period), _) if self.num(i, 1000, 2199, 4).is_some() => (
                self.quarter_context().map(|v| match v {
                    Val::Quarter(_, q) => q,
                    _ => 0,
                }),
                e + 1,
            ),
            _ => return None,
        };
        Some(match (year, q) {
            (Some(y), Some(q)) if q > 0 => Core::date(end, Val::Quarter(y, q), Anchor::Document),
            (Some(y), _) => Core::open(end, format!("{y:04}-QX")),
            _ => Core::open(end, "XXXX-QX"),
        })
    }

    // ----- core rules -----

    /// Day of month at `i`: "20", "20th", "twentieth". Returns (day, next).
    fn day_num(&self, i: usize) -> Option<(u8, usize)> {
        // "$12": money, no day.
        if i > 0 && self.punct(i - 1, b'$') {
            return None;
        }
        if let Some(d) = self.num(i, 1, 31, 2) {
            // "25:" ends a dateline ("on Saturday, April 25: ..."); "10:30" is a time.
            let clock =
                self.punct(i + 1, b':') && self.attached(i + 2) && self.tok(i + 2).is_some_and(|t| t.kind == Kind::Num);
            if clock || self.num_continues(i) || self.punct(i + 1, b'%') {
                return None;
            }
            let mut e = i + 1;
            if self.fw(e, Fw::Ordinal) && self.attached(e) {
                e += 1;
            }
            return Some((d as u8, e));
        }
        if let Lex::Ordinal(d) = self.lex(i)
            && (1..=31).contains(&d)
        {
            return Some((d as u8, i + 1));
        }
        // "twenty-first", "thirty first".
        if let Lex::Number(tens @ (20 | 30)) = self.lex(i) {
            let j = self.join(i + 1);
            if let Lex::Ordinal(u @ 1..=9) = self.lex(j)
                && tens + u <= 31
            {
                return Some(((tens + u) as u8, j + 1));
            }
        }
        None
    }

    /// A year at `i`: "2023", "'98". Returns (year, next).
    fn year_num(&self, i: usize) -> Option<(i32, usize)> {
        if let Some(y) = self.num(i, 1000, 2999, 4)
            && !self.num_continues(i)
        {
            return Some((y as i32, i + 1));
        }
        if self.punct(i, b'\'')
            && let Some(y) = self.num(i + 1, 0, 99, 2)
            && self.attached(i + 1)
            && self.tok(i + 1).is_some_and(|t| t.digits == 2)
            && !self.is_word(i + 2, "s")
        {
            return Some((if y < 30 { 2000 + y as i32 } else { 1900 + y as i32 }, i + 2));
        }
        // "January nineteen ninety-seven", "the winter of nineteen ninety-four".
        if let Some(c) = self.spoken_year(i)
            && let Some(Val::Year(y)) = c.val
        {
            return Some((y, c.end));
        }
        None
    }

    /// Month name at `i` with its optional abbreviation period.
    fn month_at(&self, i: usize) -> Option<(u8, bool, usize)> {
        if let Lex::Month(m, strict) = self.lex(i) {
            let len = self.word(i).len();
            let mut e = i + 1;
            let full = is_full_short_month(self.word(i));
            if self.punct(e, b'.') && self.attached(e) && len <= 4 && !full {
                e += 1;
            }
            // Lower-case "may", "march", "jan" are months only next to a day
            // number ("may 5", "4th of march").
            let t = self.tok(i)?;
            if (strict || len == 3) && !t.cap {
                let day_after = self.day_num(e).is_some();
                let j = if i > 0 && self.fw(i - 1, Fw::Of) { i - 1 } else { i };
                let day_before = j > 0
                    && (self.num(j - 1, 1, 31, 2).is_some()
                        || matches!(self.lex(j - 1), Lex::Ordinal(_) | Lex::Fw(Fw::Ordinal)));
                if !(day_after || day_before) {
                    return None;
                }
            }
            return Some((m, strict, e));
        }
        None
    }

    fn weekday_prefix(&self, i: usize) -> usize {
        if let Lex::Weekday(_) = self.lex(i)
            && self.tok(i).is_some_and(|t| t.cap || t.end - t.start >= 6)
        {
            let mut e = i + 1;
            if self.punct(e, b'.') {
                e += 1;
            }
            if self.punct(e, b',') {
                e += 1;
            }
            if matches!(self.lex(e), Lex::Month(..)) || self.num(e, 1, 31, 2).is_some() || self.fw(e, Fw::The) {
                return e;
            }
        }
        i
    }

    /// "June 20", "June 20, 2023", "Tuesday, June 20", "June 2023", "June of
    /// 2023", "June".
    fn explicit_date(&self, i: usize) -> Option<Core> {
        let s = self.weekday_prefix(i);
        let (m, strict, e) = self.month_at(s)?;
        if let Some((d, e2)) = self.day_num(e) {
            let mut e3 = e2;
            if self.punct(e3, b',') {
                e3 += 1;
            }
            let year = self.year_num(e3);
            let (year, end) = match year {
                Some((y, e4)) => (Some(y), e4),
                None => (None, e2),
            };
            // "June 20-21": keep the first day only.
            let (val, value, anchor) = if year.is_none() && self.premodifier(i, end) {
                // "the Jan. 14 deadline": a name for a day, not a report in
                // the sentence's tense; the nearer one.
                match self.year_for_tense(m, Some(d), Tense::Unknown).and_then(|y| date(y, m, d)) {
                    Some(dt) => (Some(Val::Day(dt)), Val::Day(dt).render(), Anchor::Document),
                    None => self.month_day_val(m, d, year, i),
                }
            } else {
                self.month_day_val(m, d, year, i)
            };
            return Some(Core::new(end, TimexType::Date, value, anchor, val));
        }
        let mut k = e;
        if self.fw(k, Fw::Of) || self.punct(k, b',') {
            k += 1;
        }
        if let Some((y, e4)) = self.year_num(k) {
            let mut c = self.month_val(m, Some(y), i);
            c.end = e4;
            return Some(c);
        }
        // A month alone. Ambiguous words need a temporal preposition.
        if strict || s != i {
            let prev = if i > 0 { self.lex(i - 1) } else { Lex::None };
            let ok = matches!(
                prev,
                Lex::Fw(
                    Fw::In
                        | Fw::Since
                        | Fw::By
                        | Fw::Until
                        | Fw::Through
                        | Fw::During
                        | Fw::From
                        | Fw::Early
                        | Fw::Late
                        | Fw::Mid
                        | Fw::Last
                        | Fw::Next
                        | Fw::This
                        | Fw::Of
                        | Fw::Before
                        | Fw::After
                        | Fw::Between
                        | Fw::Earlier
                        | Fw::Later
                )
            ) || (self.punct(i.wrapping_sub(1), b'-') && i > 0)
                // "the March accession", "the May elections": a capitalised
                // month before a noun.
                || (prev == Lex::Fw(Fw::The)
                    && self.toks[s].cap
                    && self.tok(e).is_some_and(|t| t.kind == Kind::Word && !t.cap && t.lex == Lex::None));
            if !ok || s != i {
                return None;
            }
        }
        let abbreviated = e == s + 1 && self.word(s).len() <= 4 && !is_full_short_month(self.word(s));
        if abbreviated {
            // "Jan Kavan": a bare abbreviation is a name, not a month.
            return None;
        }
        let mut c = self.month_val(m, None, i);
        c.end = e;
        Some(c)
    }

    /// "20 June 2023", "the 20th of June".
    fn day_month(&self, i: usize) -> Option<Core> {
        let s = self.weekday_prefix(i);
        let s = if self.fw(s, Fw::The) { s + 1 } else { s };
        let (d, mut e) = self.day_num(s)?;
        if self.fw(e, Fw::Of) {
            e += 1;
        }
        let (m, _, e2) = self.month_at(e)?;
        let mut end = e2;
        let mut k = e2;
        if self.punct(k, b',') {
            k += 1;
        }
        let year = match self.year_num(k) {
            Some((y, e4)) => {
                end = e4;
                Some(y)
            }
            None => None,
        };
        let (val, value, anchor) = self.month_day_val(m, d, year, i);
        Some(Core::new(end, TimexType::Date, value, anchor, val))
    }

    /// "2023-06-20", "6/20/2023", "6/20/23", "20.06.2023".
    fn numeric_date(&self, i: usize) -> Option<Core> {
        let t = self.tok(i)?;
        if t.kind != Kind::Num || self.num_preceded(i) {
            return None;
        }
        let sep = |k: usize, c: u8| self.punct(k, c) && self.attached(k) && self.attached(k + 1);
        // ISO, and "2015/08/12".
        if t.digits == 4 && ((sep(i + 1, b'-') && sep(i + 3, b'-')) || (sep(i + 1, b'/') && sep(i + 3, b'/'))) {
            let (y, m, d) = (t.num as i32, self.num(i + 2, 1, 12, 2)?, self.num(i + 4, 1, 31, 2)?);
            let v = Val::Day(date(y, m as u8, d as u8)?);
            return Some(Core::date(i + 5, v, Anchor::None));
        }
        for c in [b'/', b'.', b'-'] {
            if t.digits <= 2 && sep(i + 1, c) && sep(i + 3, c) {
                let a = t.num;
                let b = self.num(i + 2, 1, 31, 2)?;
                let yt = self.tok(i + 4)?;
                if yt.kind != Kind::Num || self.num_continues(i + 4) {
                    return None;
                }
                let y = match yt.digits {
                    4 => yt.num as i32,
                    2 => {
                        if yt.num < 50 {
                            2000 + yt.num as i32
                        } else {
                            1900 + yt.num as i32
                        }
                    }
                    _ => return None,
                };
                // US order for slashes and hyphens, day first for dots.
                let (m, d) = if c == b'.' { (b, a) } else { (a, b) };
                let (m, d) = if m > 12 && d <= 12 { (d, m) } else { (m, d) };
                let v = Val::Day(date(y, m as u8, d as u8)?);
                return Some(Core::date(i + 5, v, Anchor::None));
            }
        }
        // "11/2016", "3-2015": a month and a four-digit year, nothing after.
        if t.digits <= 2
            && (1..=12).contains(&t.num)
            && (sep(i + 1, b'/') || sep(i + 1, b'-'))
            && let Some(y) = self.num(i + 2, 1900, 2100, 4)
            && !self.num_continues(i + 2)
            && !(self.punct(i + 3, b'/') || self.punct(i + 3, b'-'))
        {
            return Some(Core::date(i + 3, Val::Month(y as i32, t.num as u8), Anchor::None));
        }
        None
    }

    /// A year said in words, as broadcast transcripts write it: "nineteen
    /// ninety-six" = 1996, "nineteen seventy-nine" = 1979.
    fn spoken_year(&self, i: usize) -> Option<Core> {
        let Lex::Number(c @ (19 | 20)) = self.lex(i) else { return None };
        let Lex::Number(tens @ (20 | 30 | 40 | 50 | 60 | 70 | 80 | 90)) = self.lex(i + 1) else { return None };
        let mut end = i + 2;
        let mut unit = 0;
        let j = self.join(end);
        if let Lex::Number(u @ 1..=9) = self.lex(j) {
            unit = u;
            end = j + 1;
        }
        let y = (c * 100 + tens + unit) as i32;
        Some(Core::date(end, Val::Year(y), Anchor::None))
    }

    /// A bare year, "fiscal 1989", "the year 2000".
    fn year(&self, i: usize, start: usize) -> Option<Core> {
        let mut s = i;
        let fiscal = self.fw(s, Fw::Fiscal);
        if fiscal {
            s += 1;
            if self.fw(s, Fw::Year) || self.is_word(s, "year") {
                s += 1;
            }
        }
        let t = self.tok(s)?;
        if t.kind != Kind::Num || t.digits != 4 || self.num_continues(s) || self.num_preceded(s) {
            return None;
        }
        let y = t.num as i32;
        if !(1000..=2199).contains(&y) {
            return None;
        }
        if self.is_word(s + 1, "s") && self.attached(s + 1) {
            return None; // a decade
        }
        let prev = start.checked_sub(1);
        let strong_prev = prev.is_some_and(|p| {
            matches!(
                self.lex(p),
                Lex::Fw(
                    Fw::In
                        | Fw::Since
                        | Fw::By
                        | Fw::Until
                        | Fw::Of
                        | Fw::From
                        | Fw::Through
                        | Fw::During
                        | Fw::Before
                        | Fw::After
                        | Fw::To
                        | Fw::Between
                        | Fw::And
                        | Fw::Early
                        | Fw::Late
                        | Fw::Mid
                        | Fw::Fiscal
                )
            ) || self.is_word(p, "summer")
        });
        if let Some(p) = prev {
            let pt = &self.toks[p];
            if matches!(pt.kind, Kind::Punct(b'$' | b'#' | 0)) && !pt.is_punct(b'-') {
                return None;
            }
            // A capitalised name before the number ("Windows 2000").
            if pt.kind == Kind::Word && pt.cap && pt.lex == Lex::None && !pt.newline && p > 0 && !self.sentence_start(p)
            {
                return None;
            }
            if self.is_word(p, "no") || self.is_word(p, "number") {
                return None;
            }
        }
        if let Some(n) = self.tok(s + 1) {
            if n.is_punct(b'%') || self.is_word(s + 1, "percent") {
                return None;
            }
            if n.is_punct(b':') && self.attached(s + 1) {
                return None;
            }
            // "1500 troops", "2000 people": a count followed by a plain noun;
            // but "the 1987 crash", "his 1996 campaign" are years.
            if !strong_prev && !fiscal && n.kind == Kind::Word && !n.cap && n.lex == Lex::None {
                let w = self.word(s + 1);
                let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
                let is_det = |p: usize| {
                    let pw = self.word(p).to_ascii_lowercase();
                    matches!(
                        pw.as_str(),
                        "the" | "its" | "his" | "her" | "their" | "our" | "a" | "an" | "that" | "this" | "s"
                    )
                };
                // "his 1996 campaign", "his unsuccessful 1996 campaign".
                let det_before = prev.is_some_and(|p| {
                    is_det(p)
                        || (p > 0
                            && is_det(p - 1)
                            && self.toks[p].kind == Kind::Word
                            && !self.toks[p].cap
                            && self.toks[p].lex == Lex::None)
                });
                if plural || !det_before {
                    return None;
                }
            }
        }
        let _ = start;
        Some(Core::date(s + 1, Val::Year(y), Anchor::None))
    }

    fn sentence_start(&self, p: usize) -> bool {
        if p == 0 {
            return true;
        }
        let t = &self.toks[p];
        if t.newline {
            return true;
        }
        matches!(self.toks[p - 1].kind, Kind::Punct(b'.' | b'!' | b'?' | b'"' | b':' | 0 | b'(' | b'\''))
    }

    /// The second year of "1980-88" / "1980-1988" after `h`.
    fn range_second(&self, h: &Hit) -> Option<Hit> {
        if h.end != h.start + 1 && !(h.end == h.start + 2 && self.fw(h.start, Fw::Fiscal)) {
            return None;
        }
        let y = self.num(h.end - 1, 1000, 2199, 4)? as i32;
        if !(self.punct(h.end, b'-') || self.punct(h.end, b'/')) || !self.attached(h.end) || !self.attached(h.end + 1) {
            return None;
        }
        let t = self.tok(h.end + 1)?;
        if t.kind != Kind::Num || self.num_continues(h.end + 1) {
            return None;
        }
        // "2015/08/12", "2015-08-12" are dates, not ranges.
        if (self.punct(h.end + 2, b'/') || self.punct(h.end + 2, b'-')) && self.attached(h.end + 2) {
            return None;
        }
        let y2 = match t.digits {
            2 => {
                let c = y - y % 100 + t.num as i32;
                if c > y { c } else { c + 100 }
            }
            4 => t.num as i32,
            _ => return None,
        };
        if y2 <= y || y2 - y > 100 {
            return None;
        }
        Some(Hit {
            start: h.end + 1,
            end: h.end + 2,
            kind: TimexType::Date,
            value: format!("{y2:04}"),
            anchor: Anchor::None,
            modifier: None,
        })
    }

    /// The second day of "April 24 and 25", "May 3-5", "June 8 to 10"
    /// after `h` (a month and day ending in the day number).
    ///
    /// Why: the second number is a day of the same month, which alone no
    /// rule would tag.
    fn day_range_second(&self, h: &Hit) -> Option<Hit> {
        let b = h.value.as_bytes();
        if h.kind != TimexType::Date || b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let last = h.end - 1;
        let d1 = self.num(last, 1, 31, 2)?;
        if !matches!(self.lex(h.start), Lex::Month(..)) && !matches!(self.lex(h.end.saturating_sub(2)), Lex::Month(..))
        {
            return None;
        }
        let k = h.end;
        let joined = matches!(self.lex(k), Lex::Fw(Fw::And | Fw::To | Fw::Through))
            || (self.punct(k, b'-') && self.attached(k) && self.attached(k + 1));
        if !joined {
            return None;
        }
        let d2 = self.num(k + 1, 1, 31, 2)?;
        let after = self.lex(k + 2);
        if d2 <= d1
            || self.num_continues(k + 1)
            || matches!(after, Lex::Month(..) | Lex::Unit(..))
            || self.punct(k + 2, b'%')
            || self.punct(k + 2, b':')
            || self.is_word(k + 2, "percent")
        {
            return None;
        }
        let value = format!("{}{d2:02}", &h.value[..8]);
        crate::calendar::parse_val(&value)?;
        Some(Hit { start: k + 1, end: k + 2, kind: TimexType::Date, value, anchor: h.anchor, modifier: None })
    }

    /// "the 1980s", "1980s", "'80s", "the eighties" is left out.
    fn decade(&self, i: usize) -> Option<Core> {
        if let Some(y) = self.num(i, 1000, 2190, 4)
            && y % 10 == 0
        {
            let mut e = i + 1;
            if self.punct(e, b'\'') && self.attached(e) {
                e += 1;
            }
            if self.is_word(e, "s") && self.attached(e) {
                if y % 100 == 0 && self.fw(i.wrapping_sub(1), Fw::The) {
                    // "the 1900s": the century.
                    return Some(Core::date(e + 1, Val::Century(y as i32 / 100), Anchor::None));
                }
                return Some(Core::date(e + 1, Val::Decade(y as i32 / 10), Anchor::None));
            }
        }
        if self.punct(i, b'\'')
            && let Some(y) = self.num(i + 1, 0, 90, 2)
            && y % 10 == 0
            && self.is_word(i + 2, "s")
            && self.attached(i + 2)
        {
            let full = if y < 30 { 2000 + y } else { 1900 + y };
            return Some(Core::date(i + 3, Val::Decade(full as i32 / 10), Anchor::None));
        }
        // "the 70s", "the 80's": after "the" only (a bare "70s" is an age or a score).
        if i > 0
            && self.fw(i - 1, Fw::The)
            && let Some(y) = self.num(i, 10, 90, 2)
            && y % 10 == 0
            && self.tok(i).is_some_and(|t| t.digits == 2)
        {
            let mut e = i + 1;
            if self.punct(e, b'\'') && self.attached(e) {
                e += 1;
            }
            if self.is_word(e, "s") && self.attached(e) {
                return Some(Core::date(e + 1, Val::Decade(190 + y as i32 / 10), Anchor::None));
            }
        }
        // "the seventies", "the nineteen-eighties".
        let (k, century) = match self.lex(i) {
            Lex::Number(19) => (self.join(i + 1), 19),
            _ => (i, 19),
        };
        if let Some(d) = decade_word(self.word(k))
            && (k > i || (i > 0 && matches!(self.lex(i - 1), Lex::Fw(Fw::The | Fw::Early | Fw::Mid | Fw::Late))))
        {
            return Some(Core::date(k + 1, Val::Decade(century * 10 + d), Anchor::None));
        }
        None
    }

    /// "the 20th century", "19th-century".
    fn century(&self, i: usize) -> Option<Core> {
        let (n, e) = if let Lex::Ordinal(n) = self.lex(i) {
            (n, i + 1)
        } else {
            let n = self.num(i, 1, 30, 2)?;
            if !(self.fw(i + 1, Fw::Ordinal) && self.attached(i + 1)) {
                return None;
            }
            (n, i + 2)
        };
        let e = self.join(e);
        if self.lex(e) != Lex::Unit(Unit::Century, false) {
            return None;
        }
        Some(Core::date(e + 1, Val::Century(n as i32 - 1), Anchor::None))
    }

    /// Quantity at `i`: digits, number words, "a", "several", "a couple of".
    fn qty(&self, i: usize) -> Option<(Qty, usize)> {
        let t = self.tok(i)?;
        if t.kind == Kind::Num {
            if self.num_preceded(i) {
                return None;
            }
            // "1.5", "2,000".
            if self.punct(i + 1, b'.') && self.attached(i + 1) && self.attached(i + 2) {
                let f = self.tok(i + 2)?;
                if f.kind == Kind::Num {
                    let v: f64 = self.text[t.start..f.end].parse().ok()?;
                    return Some((Qty::N(v), i + 3));
                }
            }
            if self.punct(i + 1, b',') && self.attached(i + 1) && self.attached(i + 2) {
                let f = self.tok(i + 2)?;
                if f.kind == Kind::Num && f.digits == 3 {
                    return Some((Qty::N(t.num as f64 * 1000.0 + f.num as f64), i + 3));
                }
            }
            // "2 1/2 years".
            if self.tok(i + 1).is_some_and(|h| h.kind == Kind::Num && h.num == 1 && h.gap)
                && self.punct(i + 2, b'/')
                && self.attached(i + 2)
                && self.attached(i + 3)
                && self.tok(i + 3).is_some_and(|h| h.kind == Kind::Num && h.num == 2 && h.digits == 1)
            {
                return Some((Qty::N(t.num as f64 + 0.5), i + 4));
            }
            return Some((Qty::N(t.num as f64), i + 1));
        }
        match t.lex {
            Lex::Number(_) => {
                let mut total = 0u64;
                let mut cur = 0u64;
                let mut e = i;
                loop {
                    match self.lex(e) {
                        Lex::Number(100) => cur = cur.max(1) * 100,
                        Lex::Number(1000) => {
                            total += cur.max(1) * 1000;
                            cur = 0
                        }
                        Lex::Number(n) => cur += n as u64,
                        _ => break,
                    }
                    e += 1;
                    let j = self.join(e);
                    if j != e && matches!(self.lex(j), Lex::Number(_)) {
                        e = j;
                    } else if self.fw(e, Fw::And) && matches!(self.lex(e + 1), Lex::Number(n) if n < 100) && cur >= 100
                    {
                        e += 1;
                    }
                }
                let mut v = (total + cur) as f64;
                if self.fw(e, Fw::And) && self.fw(e + 1, Fw::A) && self.fw(e + 2, Fw::Half) {
                    // "two and a half" only when a unit follows.
                    if matches!(self.lex(e + 3), Lex::Unit(..)) {
                        v += 0.5;
                        e += 3;
                    }
                }
                Some((Qty::N(v), e))
            }
            Lex::Fw(Fw::A) => match self.lex(i + 1) {
                Lex::Fw(Fw::Few) => Some((Qty::Vague, i + 2)),
                Lex::Fw(Fw::Couple) if self.fw(i + 2, Fw::Of) => Some((Qty::N(2.0), i + 3)),
                Lex::Fw(Fw::Couple) => Some((Qty::N(2.0), i + 2)),
                Lex::Fw(Fw::Half) => Some((Qty::N(0.5), i + 2)),
                Lex::Number(100 | 1000 | 12) => {
                    let (q, e) = self.qty(i + 1)?;
                    Some((q, e))
                }
                Lex::Unit(..) => Some((Qty::N(1.0), i + 1)),
                // "a full year", "an additional year".
                Lex::Fw(Fw::Full | Fw::Additional) if matches!(self.lex(i + 2), Lex::Unit(..)) => {
                    Some((Qty::N(1.0), i + 1))
                }
                _ => None,
            },
            Lex::Fw(Fw::Several | Fw::Few | Fw::Many) => Some((Qty::Vague, i + 1)),
            // "the next couple of years".
            Lex::Fw(Fw::Couple) if self.fw(i + 1, Fw::Of) => Some((Qty::N(2.0), i + 2)),
            Lex::Fw(Fw::Half) if self.fw(i + 1, Fw::A) => Some((Qty::N(0.5), i + 2)),
            _ => None,
        }
    }

    /// A unit after a quantity, allowing "more", "additional", "trading".
    fn unit_after(&self, i: usize) -> Option<(Unit, bool, usize)> {
        let mut e = i;
        while matches!(
            self.lex(e),
            Lex::Fw(Fw::More | Fw::Additional | Fw::Trading | Fw::Business | Fw::Straight | Fw::Consecutive | Fw::Full)
        ) || self.is_word(e, "calendar")
        {
            e += 1;
        }
        if e - i > 2 {
            return None;
        }
        match self.lex(e) {
            Lex::Unit(u, pl) => Some((u, pl, e + 1)),
            _ => None,
        }
    }

    /// "four decades", "a week", "two-week", "24 hours", "several months",
    /// "decades", "the first nine months", "half an hour".
    fn duration(&self, i: usize, with_the: bool) -> Option<Core> {
        let mut s = i;
        // "the weeks ahead": an open stretch from now.
        if with_the
            && let Lex::Unit(u, true) = self.lex(s)
            && u >= Unit::Day
            && self.is_word(s + 1, "ahead")
        {
            return Some(Core::fixed(s + 2, TimexType::Duration, dur_value(Qty::Vague, u)));
        }
        // "will one day be": some day to come, no stretch.
        if !with_the
            && self.lex(s + 1) == Lex::Unit(Unit::Day, false)
            && self.is_word(s, "one")
            && s > 0
            && (matches!(self.lex(s - 1), Lex::Fw(Fw::Will | Fw::Would | Fw::Shall))
                || ["could", "may", "might", "can", "should", "must"].iter().any(|w| self.is_word(s - 1, w)))
        {
            return Some(Core::fixed(s + 2, TimexType::Date, "FUTURE_REF"));
        }
        // "for a while": a stretch of unknown unit.
        if !with_the && self.fw(s, Fw::A) && self.is_word(s + 1, "while") && s > 0 && self.fw(s - 1, Fw::For) {
            return Some(Core::fixed(s + 2, TimexType::Duration, "PXX"));
        }
        if with_the {
            if self.punct(s + 1, b'-') && self.attached(s + 1) {
                return None;
            }
            // "the first nine months", "the nine months".
            if self.lex(s) == Lex::Ordinal(1) && matches!(self.lex(s + 1), Lex::Number(_)) {
                s += 1;
            }
            if !matches!(self.lex(s), Lex::Number(_)) && self.tok(s).is_none_or(|t| t.kind != Kind::Num) {
                return None;
            }
        }
        if let Some((q, e)) = self.qty(s) {
            let e1 = self.join(e);
            let hyphen = e1 != e;
            let (u, plural, mut end) = self.unit_after(e1)?;
            if u == Unit::Weekend || (u == Unit::Quarter && !plural && q != Qty::N(1.0)) {
                // "two quarters" yes; "the third quarter" is a date (elsewhere).
            }
            if u == Unit::Century && !plural && q != Qty::N(1.0) && !hyphen {
                return None;
            }
            // "52 years old" is an age; "three-quarters of" a fraction.
            if self.is_word(end, "old") || (u == Unit::Quarter && self.fw(end, Fw::Of)) {
                return None;
            }
            // "year-earlier", "six-year-old", "year-end": not a duration.
            if self.punct(end, b'-') && self.attached(end) && !self.is_word(end + 1, "long") {
                return None;
            }
            if let Qty::N(n) = q
                && n >= 1000.0
                && !plural
            {
                return None;
            }
            // "$500 million a year", "four flights a week": a rate, not a timex.
            if self.fw(s, Fw::A) && s > 0 {
                let p = &self.toks[s - 1];
                let w = self.word(s - 1).to_ascii_lowercase();
                if p.kind == Kind::Num
                    || w == "million"
                    || w == "billion"
                    || w == "percent"
                    // "four flights a week" (but not "as long as a month", "plus a day").
                    || (p.kind == Kind::Word
                        && p.lex == Lex::None
                        && !p.cap
                        && w.len() > 3
                        && w.ends_with('s')
                        && !w.ends_with("ss")
                        && w != "thus"
                        && w != "plus")
                {
                    return None;
                }
            }
            // "1 hour and 30 minutes", "2 days 1 hour 5 minutes": one duration.
            if let Some((value, e2)) = self.compound_duration(q, u, end) {
                return Some(Core::fixed(e2, TimexType::Duration, value));
            }
            // "a minute and a half", "two hours and a half".
            let q = match q {
                Qty::N(n)
                    if n.fract() == 0.0
                        && self.fw(end, Fw::And)
                        && self.fw(end + 1, Fw::A)
                        && self.fw(end + 2, Fw::Half) =>
                {
                    end += 3;
                    Qty::N(n + 0.5)
                }
                q => q,
            };
            if self.fw(end, Fw::Or) && self.fw(end + 1, Fw::So) {
                end += 2;
                let mut c = Core::fixed(end, TimexType::Duration, dur_value(q, u));
                c.modifier = Some("APPROX");
                return Some(c);
            }
            return Some(Core::fixed(end, TimexType::Duration, dur_value(q, u)));
        }
        // "half an hour".
        if self.fw(s, Fw::Half)
            && self.fw(s + 1, Fw::A)
            && let Lex::Unit(u, false) = self.lex(s + 2)
        {
            return Some(Core::fixed(s + 3, TimexType::Duration, dur_value(Qty::N(0.5), u)));
        }
        // Bare plural units: "years", "for decades".
        if !with_the
            && let Lex::Unit(u, true) = self.lex(s)
            && u >= Unit::Day
            && u != Unit::Weekend
        {
            // Not after a number the rules already turned down ("52 years old").
            if s > 0
                && (self.toks[s - 1].kind == Kind::Num
                    || matches!(self.lex(s - 1), Lex::Number(_))
                    || (self.punct(s - 1, b'-') && self.attached(s))
                    || (u == Unit::Quarter && self.fw(s + 1, Fw::Of)))
            {
                return None;
            }
            // Not a head noun with a determiner before it: "the years".
            let prev = s.checked_sub(1).map(|p| self.lex(p));
            if matches!(prev, Some(Lex::Fw(Fw::The | Fw::These | Fw::Those | Fw::Such | Fw::Of)))
                && !self.fw(s.wrapping_sub(1), Fw::Of)
            {
                return None;
            }
            if self.fw(s + 1, Fw::Ago) {
                return None;
            }
            // "a matter of days": how near, not how long.
            if s >= 2 && self.fw(s - 1, Fw::Of) && self.is_word(s - 2, "matter") {
                return None;
            }
            return Some(Core::fixed(s + 1, TimexType::Duration, dur_value(Qty::Vague, u)));
        }
        None
    }

    /// "three years ago", "a week later", "two days earlier", "years ago".
    fn ago_later(&self, i: usize) -> Option<Core> {
        let (q, u, mut e) = match self.qty(i) {
            Some((q, e)) => {
                let (u, _, e2) = self.unit_after(e)?;
                (q, u, e2)
            }
            None => match self.lex(i) {
                Lex::Unit(u, true) => (Qty::Vague, u, i + 1),
                _ => return None,
            },
        };
        let mut approx = false;
        if self.fw(e, Fw::Or) && self.fw(e + 1, Fw::So) {
            e += 2;
            approx = true;
        }
        // "two days hence": from today.
        if self.is_word(e, "hence")
            && let Qty::N(n) = q
            && n.fract() == 0.0
            && n < 10000.0
            && matches!(u, Unit::Day | Unit::Week | Unit::Fortnight | Unit::Month | Unit::Year)
        {
            return Some(match self.doc.and_then(|a| a.day()).and_then(|d| Val::Day(d).shift(u, n as i32)) {
                Some(v) => Core::date(e + 1, v, Anchor::Document),
                None => Core::open(e + 1, "XXXX-XX-XX"),
            });
        }
        // "two weeks from now", "3 days from tomorrow": a day counted from today.
        if self.fw(e, Fw::From)
            && let Qty::N(n) = q
            && n.fract() == 0.0
            && n < 10000.0
            && matches!(u, Unit::Day | Unit::Week | Unit::Fortnight | Unit::Month | Unit::Year)
        {
            let base = match self.lex(e + 1) {
                Lex::Fw(Fw::Today) => Some(0),
                Lex::Fw(Fw::Tomorrow) => Some(1),
                Lex::Fw(Fw::Yesterday) => Some(-1),
                _ if self.is_word(e + 1, "now") => Some(0),
                _ => None,
            };
            if let Some(b) = base {
                let v =
                    self.doc.and_then(|a| a.day()).and_then(|d| Val::Day(d).shift(Unit::Day, b)?.shift(u, n as i32));
                return Some(match v {
                    Some(v) => Core::date(e + 2, v, Anchor::Document),
                    None => Core::open(e + 2, "XXXX-XX-XX"),
                });
            }
        }
        let dir = match self.lex(e) {
            Lex::Fw(Fw::Ago) => 0,
            Lex::Fw(Fw::Earlier) => -1,
            Lex::Fw(Fw::Later | Fw::Afterward) => 1,
            _ => return None,
        };
        let n = match q {
            Qty::N(n) if n.fract() == 0.0 && n < 10000.0 => n as i32,
            Qty::N(_) => {
                return Some(Core::fixed(e + 1, TimexType::Duration, dur_value(q, u)));
            }
            Qty::Vague => {
                let v = if dir == 1 { "FUTURE_REF" } else { "PAST_REF" };
                return Some(Core::fixed(e + 1, TimexType::Date, v));
            }
        };
        let (u, n) = match u {
            Unit::Fortnight => (Unit::Week, 2 * n),
            Unit::Second | Unit::Minute | Unit::Hour => {
                return Some(Core::fixed(e + 1, TimexType::Duration, dur_value(q, u)));
            }
            u => (u, n),
        };
        let mut c = if dir == 0 {
            // "a year ago" in a sentence about a quarter: that quarter last year.
            let quarter_ctx = u == Unit::Year && self.history.last().is_some_and(|v| matches!(v, Val::Quarter(..)));
            if quarter_ctx {
                let v = self.quarter_context().and_then(|v| v.shift(Unit::Year, -n));
                match v {
                    Some(v) => Core::date(e + 1, v, Anchor::Text),
                    None => self.doc_rel(e + 1, u, -n),
                }
            } else {
                self.doc_rel(e + 1, u, -n)
            }
        } else {
            self.chain(e + 1, u, dir * n)
        };
        if approx {
            c.modifier = Some("APPROX");
        }
        Some(c)
    }

    /// "last year", "this week", "next month", "the past year" (a
    /// duration), "the next day", "the previous week", "that day", "the
    /// past three months", "the weekend", "the quarter", "earlier this month".
    fn rel_unit(&self, i: usize, with_the: bool) -> Option<Core> {
        // "the fiscal year" reads as "the year".
        if with_the && self.fw(i, Fw::Fiscal) && self.lex(i + 1) == Lex::Unit(Unit::Year, false) {
            return self.rel_unit(i + 1, true);
        }
        let w = self.lex(i);
        // "the year", "the quarter", "the week", "the weekend".
        if with_the && let Lex::Unit(u, false) = w {
            // "a high for the year of $42": the "of" belongs to the amount.
            let of_amount = self.fw(i + 1, Fw::Of) && self.punct(i + 2, b'$');
            if (matches!(self.lex(i + 1), Lex::Fw(Fw::Of | Fw::Before | Fw::After | Fw::Earlier | Fw::Ago))
                || self.punct(i + 1, b'-'))
                && !of_amount
            {
                // "the day before yesterday", "the day after tomorrow".
                match (u, self.lex(i + 1), self.lex(i + 2)) {
                    (Unit::Day, Lex::Fw(Fw::Before), Lex::Fw(Fw::Yesterday)) => {
                        return Some(self.doc_rel(i + 3, Unit::Day, -2));
                    }
                    (Unit::Day, Lex::Fw(Fw::After), Lex::Fw(Fw::Tomorrow)) => {
                        return Some(self.doc_rel(i + 3, Unit::Day, 2));
                    }
                    // "the week after next", "the month before last" (not "the
                    // day before last Tuesday").
                    (Unit::Day | Unit::Week | Unit::Month | Unit::Year, Lex::Fw(Fw::After), Lex::Fw(Fw::Next))
                        if !self.can_start(i + 3) =>
                    {
                        return Some(self.doc_rel(i + 3, u, 2));
                    }
                    (Unit::Day | Unit::Week | Unit::Month | Unit::Year, Lex::Fw(Fw::Before), Lex::Fw(Fw::Last))
                        if !self.can_start(i + 3) =>
                    {
                        return Some(self.doc_rel(i + 3, u, -2));
                    }
                    _ => {}
                }
                // "the day before last Tuesday", "the week after Christmas":
                // counted from that date.
                if matches!(self.lex(i + 1), Lex::Fw(Fw::Before | Fw::After))
                    && matches!(u, Unit::Day | Unit::Week)
                    && self.can_start(i + 2)
                    && let Some(c) = self.core(i + 2, i + 2)
                    && let Some(v) = c.val.filter(|v| v.day().is_some())
                {
                    let n = if self.fw(i + 1, Fw::Before) { -1 } else { 1 };
                    if let Some(v) = v.shift(u, n) {
                        return Some(Core::date(c.end, v, c.anchor));
                    }
                }
                // "Oct. 12, the day before the crash": an apposition naming the
                // date just given; "before" heads the event.
                if u == Unit::Day
                    && i >= 3
                    && self.punct(i - 2, b',')
                    && self.tok(i - 3).is_some_and(|t| t.kind == Kind::Num)
                    && let Some(&Val::Day(d)) = self.history.last()
                {
                    return Some(Core::date(i + 1, Val::Day(d), Anchor::Text));
                }
                // "the day before": the day before the last date in the text;
                // but "the day before returning": "before" heads a clause.
                let gerund = self.tok(i + 2).is_some_and(|t| t.kind == Kind::Word && !t.cap)
                    && self.word(i + 2).len() > 4
                    && self.word(i + 2).ends_with("ing");
                if gerund {
                    return None;
                }
                return match (u, self.lex(i + 1)) {
                    (Unit::Day | Unit::Week | Unit::Month | Unit::Year, Lex::Fw(Fw::Before)) => {
                        Some(self.chain(i + 2, u, -1))
                    }
                    (Unit::Day | Unit::Week | Unit::Month | Unit::Year, Lex::Fw(Fw::After)) => {
                        Some(self.chain(i + 2, u, 1))
                    }
                    _ => None,
                };
            }
            return match u {
                // "for the year", "the first nine months of the year": the
                // year being reported, the document's; but "the year ended
                // June 30" and "rose 5% in the year" name a stretch.
                Unit::Year
                    if i.checked_sub(if self.fw(i.wrapping_sub(1), Fw::Fiscal) { 3 } else { 2 })
                        .is_some_and(|k| matches!(self.lex(k), Lex::Fw(Fw::Of | Fw::For)))
                        && !self.is_word(i + 1, "ended")
                        && !self.is_word(i + 1, "ending")
                        && self.doc.is_some() =>
                {
                    Some(self.doc_rel(i + 1, u, 0))
                }
                // "the year" mostly names a stretch ("rose 5% in the year").
                Unit::Year => Some(Core::fixed(i + 1, TimexType::Duration, "P1Y")),
                Unit::Month | Unit::Week => Some(self.doc_rel(i + 1, u, 0)),
                // "the quarter a year ago": the report's quarter, a year back.
                Unit::Quarter
                    if self.fw(i + 1, Fw::A)
                        && self.lex(i + 2) == Lex::Unit(Unit::Year, false)
                        && matches!(self.lex(i + 3), Lex::Fw(Fw::Ago | Fw::Earlier)) =>
                {
                    let q = self.quarter_context().or_else(|| self.doc.and_then(|a| a.rel(Unit::Quarter, -1)));
                    Some(match q.and_then(|q| q.shift(Unit::Year, -1)) {
                        Some(v) => Core::date(i + 4, v, Anchor::Text),
                        None => Core::open(i + 4, "XXXX-QX"),
                    })
                }
                Unit::Quarter => {
                    let back = if self.tense(i) == Tense::Future { 0 } else { -1 };
                    Some(self.doc_rel(i + 1, u, back))
                }
                Unit::Weekend => Some(self.weekend(i + 1, i)),
                _ => None,
            };
        }
        let n = match w {
            Lex::Fw(Fw::Last | Fw::Past | Fw::Previous) => -1,
            Lex::Fw(Fw::Next | Fw::Coming | Fw::Following) => 1,
            Lex::Fw(Fw::This | Fw::Current) => 0,
            Lex::Fw(Fw::That | Fw::Same) => 2, // marker: the text's own date
            Lex::Fw(Fw::Latest) if with_the => -1,
            Lex::Fw(Fw::Recent) => 3,
            _ => return None,
        };
        // "the past three months", "the last few weeks", "the next two years"
        // (not the verb: "will last two hours").
        if let Some((q, e)) = self.qty(i + 1)
            && let Some((u, _, e2)) = self.unit_after(e)
            && n != 2
            && n != 0
            && !self.last_is_verb(i)
        {
            return Some(Core::fixed(e2, TimexType::Duration, dur_value(q, u)));
        }
        // "recent years", "the coming weeks".
        if let Lex::Unit(u, true) = self.lex(i + 1) {
            if n == 3 || n == 1 || n == -1 {
                return Some(Core::fixed(i + 2, TimexType::Duration, dur_value(Qty::Vague, u)));
            }
            return None;
        }
        if n == 3 {
            return None;
        }
        let mut e = i + 1;
        if let Lex::Fw(Fw::Fiscal) = self.lex(e) {
            e += 1;
        }
        // "the latest period": the quarter a report is about.
        if with_the && self.fw(i, Fw::Latest) && self.fw(e, Fw::Period) {
            return Some(match self.quarter_context() {
                Some(q) => Core::date(e + 1, q, Anchor::Text),
                None => self.doc_rel(e + 1, Unit::Quarter, -1),
            });
        }
        match self.lex(e) {
            // "at the last minute": an idiom (too late), no minute of time.
            Lex::Unit(Unit::Minute, false) if with_the && self.fw(i, Fw::Last) && i >= 2 && self.fw(i - 2, Fw::At) => {
                None
            }
            Lex::Unit(u, false) => {
                let end = e + 1;
                if with_the
                    && n == -1
                    && matches!(u, Unit::Year | Unit::Decade)
                    && !self.fw(i, Fw::Latest)
                    && self.doc.is_some()
                {
                    // "over the past year", "in the last decade": TimeBank
                    // dates these as the calendar unit before the document's.
                    return Some(self.doc_rel(end, u, -1));
                }
                if with_the && (n == -1 && !self.fw(i, Fw::Previous) && !self.fw(i, Fw::Latest)) {
                    // "the last week", "the past month": the stretch of time.
                    return Some(Core::fixed(end, TimexType::Duration, dur_value(Qty::N(1.0), u)));
                }
                if u == Unit::Weekend {
                    return Some(match n {
                        2 => self.chain_unit(end, Unit::Weekend, 0),
                        0 => self.weekend(end, i),
                        _ => self.doc_rel(end, Unit::Weekend, n),
                    });
                }
                if u < Unit::Day {
                    // "the next hour", "within the next minute": one unit after now, a stretch.
                    if n == 1 && matches!(w, Lex::Fw(Fw::Next | Fw::Coming)) {
                        return Some(Core::fixed(end, TimexType::Duration, dur_value(Qty::N(1.0), u)));
                    }
                    return None;
                }
                // "the next day", "the previous week", "that year", "the same day": chained.
                if n == 2 || (with_the && matches!(w, Lex::Fw(Fw::Next | Fw::Following | Fw::Previous))) {
                    let k = if n == 2 { 0 } else { n };
                    if u == Unit::Day && n == 2 && !with_the && !self.fw(i, Fw::That) {
                        return None;
                    }
                    return Some(self.chain_unit(end, u, k));
                }
                if u == Unit::Day {
                    return None;
                }
                if u == Unit::Quarter && with_the && self.fw(i, Fw::Latest) {
                    return Some(self.doc_rel(end, u, -1));
                }
                // "this quarter's loss" in a report on a past quarter: that quarter.
                if u == Unit::Quarter
                    && n == 0
                    && self.punct(end, b'\'')
                    && self.is_word(end + 1, "s")
                    && let Some(q) = self.quarter_context()
                {
                    return Some(Core::date(end, q, Anchor::Text));
                }
                Some(self.doc_rel(end, u, n))
            }
            Lex::DayPart(p) if n == 0 && matches!(w, Lex::Fw(Fw::This)) => Some(self.with_daypart(e + 1, None, p)),
            Lex::DayPart(DayPart::Night) if n == -1 && matches!(w, Lex::Fw(Fw::Last)) && !with_the => {
                let d = self.doc.and_then(|a| a.rel(Unit::Day, -1));
                Some(self.with_daypart(e + 1, d, DayPart::Night))
            }
            _ => None,
        }
    }

    /// "the weekend" / "this weekend": the weekend of the anchor's week,
    /// before or after by tense.
    fn weekend(&self, end: usize, at: usize) -> Core {
        let Some(d) = self.doc.and_then(|a| a.day()) else { return Core::open(end, "XXXX-WXX-WE") };
        let t = self.tense(at);
        let day = if matches!(t, Tense::Past | Tense::WeakPast) {
            weekday_before(d, 6, false)
        } else {
            weekday_after(d, 6, false)
        };
        match day {
            Some(s) => {
                let w = s.iso_week_date();
                Core::date(end, Val::Weekend(w.year() as i32, w.week() as u8), Anchor::Document)
            }
            None => Core::open(end, "XXXX-WXX-WE"),
        }
    }

    fn with_daypart(&self, end: usize, day: Option<Val>, p: DayPart) -> Core {
        let base = day.or_else(|| self.doc.filter(|a| a.day().is_some()));
        match base {
            Some(v) => {
                let mut c =
                    Core::new(end, TimexType::Time, format!("{}{}", v.render(), p.code()), Anchor::Document, Some(v));
                c.val = Some(v);
                c
            }
            None => Core::fixed(end, TimexType::Time, format!("XXXX-XX-XX{}", p.code())),
        }
    }

    /// A duration in several units, each smaller than the one before ("2
    /// days 1 hour 5 minutes", "1 hour and 30 minutes"), as one TIMEX3 value
    /// (`P2DT1H5M`); `first` is the quantity and unit already read, ending
    /// at token `end`. None when no smaller unit follows.
    fn compound_duration(&self, first: Qty, first_unit: Unit, end: usize) -> Option<(String, usize)> {
        let whole = |q: Qty| match q {
            Qty::N(n) if n.fract() == 0.0 && n < 100000.0 => Some(n as u64),
            _ => None,
        };
        let simple = |u: Unit| {
            matches!(u, Unit::Year | Unit::Month | Unit::Week | Unit::Day | Unit::Hour | Unit::Minute | Unit::Second)
        };
        if !simple(first_unit) {
            return None;
        }
        let mut parts = vec![(whole(first)?, first_unit)];
        let mut e = end;
        loop {
            let k = if self.fw(e, Fw::And) { e + 1 } else { e };
            // Only digits or number words continue it ("and a half" is elsewhere).
            if !(self.tok(k).is_some_and(|t| t.kind == Kind::Num) || matches!(self.lex(k), Lex::Number(_))) {
                break;
            }
            let Some((q, k2)) = self.qty(k) else { break };
            let Some((u, _, k3)) = self.unit_after(k2) else { break };
            let (Some(n), Some(&(_, prev))) = (whole(q), parts.last()) else { break };
            // Each unit once; a larger unit after a smaller one only without
            // "and" ("2 days 1 month" = P1M2D; "3 hours and 2 days" is two).
            if !simple(u) || parts.iter().any(|p| p.1 == u) || (u > prev && k > e) {
                break;
            }
            parts.push((n, u));
            e = k3;
        }
        if parts.len() < 2 {
            return None;
        }
        parts.sort_by_key(|p| std::cmp::Reverse(p.1));
        let weeks_alone = parts.iter().all(|p| p.1 == Unit::Week);
        let mut date = String::new();
        let mut time = String::new();
        for (n, u) in parts {
            match u {
                Unit::Year => date.push_str(&format!("{n}Y")),
                Unit::Month => date.push_str(&format!("{n}M")),
                // ISO 8601 has no weeks beside other units: count days.
                Unit::Week if !weeks_alone => date.push_str(&format!("{}D", n * 7)),
                Unit::Week => date.push_str(&format!("{n}W")),
                Unit::Day => date.push_str(&format!("{n}D")),
                Unit::Hour => time.push_str(&format!("{n}H")),
                Unit::Minute => time.push_str(&format!("{n}M")),
                _ => time.push_str(&format!("{n}S")),
            }
        }
        // "1 week 2 days" reads as weeks then days: merge them.
        let date = merge_days(&date);
        let value = if time.is_empty() { format!("P{date}") } else { format!("P{date}T{time}") };
        Some((value, e))
    }

    /// "Q3", "Q1 2016", "H2 2016": a quarter or half in the business
    /// shorthand, in the year written after it or else the anchor's year.
    fn quarter_code(&self, i: usize) -> Option<Core> {
        let t = self.tok(i)?;
        let w = self.word(i);
        let half = match w {
            "Q" => false,
            "H" => true,
            _ => return None,
        };
        let n = self.tok(i + 1).filter(|n| n.kind == Kind::Num && n.digits == 1 && !n.gap)?.num;
        if !t.cap
            || !(1..=if half { 2 } else { 4 }).contains(&n)
            || self.tok(i + 2).is_some_and(|x| !x.gap && x.kind == Kind::Word)
        {
            return None;
        }
        let (year, end) = match self.year_num(i + 2) {
            Some((y, e)) => (Some(y), e),
            None => (self.doc.map(|a| a.year()), i + 2),
        };
        Some(match year {
            Some(y) if half => Core::date(end, Val::Half(y, n as u8), Anchor::Document),
            Some(y) => Core::date(end, Val::Quarter(y, n as u8), Anchor::Document),
            None => Core::open(end, format!("XXXX-{}{n}", if half { "H" } else { "Q" })),
        })
    }

    /// US and Christian holidays beyond the fixed ones in [`Self::holiday`]:
    /// "Easter" (Sunday, Monday), "Good Friday", "Mother's Day", "Father's
    /// Day", "Martin Luther King Day" / "MLK Day", "Presidents' Day",
    /// "Memorial Day", "Labor Day", "Veterans Day", "St. Patrick's Day",
    /// "Earth Day", "Black Friday", "Cyber Monday", "Thanks giving day",
    /// "Yuandan" (New Year's Day), and the Islamic holidays "Ramadan" (its
    /// first day), "Eid al-Fitr", "Eid al-Adha", "Islamic/Hijri New Year" on
    /// the tabular Islamic calendar ([`hijri_in_year`]), with an optional year
    /// after ("Easter 2018", "Father's Day of 2015"); else the year by tense.
    fn more_holidays(&self, i: usize) -> Option<Core> {
        let t = self.tok(i)?;
        if t.kind != Kind::Word || !holiday_head(self.word(i)) {
            return None;
        }
        let w = |k: usize| self.word(k).to_ascii_lowercase();
        // "Father's Day", "Fathers Day", "Presidents' Day".
        let poss_day = |k: usize| -> Option<usize> {
            let mut e = k;
            if self.punct(e, b'\'') {
                e += 1;
                if self.is_word(e, "s") {
                    e += 1;
                }
            }
            self.is_word(e, "day").then_some(e + 1)
        };
        // Rule: (month, approximate day for the year choice, end, exact date of a year).
        type Rule = fn(i32) -> Option<jiff::civil::Date>;
        // A holiday of the Islamic calendar moves about 11 days a year: its month and day
        // for the year choice are those of the anchor's year.
        let moving = |rule: Rule| -> (u8, u8) {
            self.doc.and_then(|a| rule(a.year())).map_or((6, 15), |d| (d.month() as u8, d.day() as u8))
        };
        // "Eid al-Fitr", "Eid-ul-Adha", "Eidul Azha": the word after "al"/"ul" and dashes.
        let eid_name = |k: usize| -> Option<(String, usize)> {
            let mut e = k;
            while self.punct(e, b'-') || self.is_word(e, "al") || self.is_word(e, "ul") {
                e += 1;
            }
            (e > k || self.word(k - 1).eq_ignore_ascii_case("eidul")).then(|| (w(e), e + 1))
        };
        let (m, d, end, rule): (u8, u8, usize, Rule) = match w(i).as_str() {
            "easter" => {
                if self.is_word(i + 1, "monday") {
                    (4, 10, i + 2, |y| easter(y)?.checked_add(1.days()).ok())
                } else if self.is_word(i + 1, "sunday") {
                    (4, 10, i + 2, easter)
                } else {
                    (4, 10, i + 1, easter)
                }
            }
            "good" if self.is_word(i + 1, "friday") && t.cap => {
                (4, 8, i + 2, |y| easter(y)?.checked_sub(2.days()).ok())
            }
            "mother" | "mothers" => {
                (5, 10, poss_day(i + 1)?, |y| weekday_after(date(y, 5, 1)?, 7, false)?.checked_add(7.days()).ok())
            }
            "father" | "fathers" => {
                (6, 18, poss_day(i + 1)?, |y| weekday_after(date(y, 6, 1)?, 7, false)?.checked_add(14.days()).ok())
            }
            "martin" if self.is_word(i + 1, "luther") && self.is_word(i + 2, "king") => {
                let e = if self.punct(i + 3, b',') && self.is_word(i + 4, "jr") { i + 5 } else { i + 3 };
                let e = if self.punct(e, b'.') { e + 1 } else { e };
                (1, 18, poss_day(e)?, |y| weekday_after(date(y, 1, 1)?, 1, false)?.checked_add(14.days()).ok())
            }
            "mlk" => {
                (1, 18, poss_day(i + 1)?, |y| weekday_after(date(y, 1, 1)?, 1, false)?.checked_add(14.days()).ok())
            }
            "presidents" | "president" => {
                (2, 18, poss_day(i + 1)?, |y| weekday_after(date(y, 2, 1)?, 1, false)?.checked_add(14.days()).ok())
            }
            "memorial" => (5, 28, poss_day(i + 1)?, |y| weekday_before(date(y, 5, 31)?, 1, false)),
            "labor" | "labour" if t.cap => (9, 4, poss_day(i + 1)?, |y| weekday_after(date(y, 9, 1)?, 1, false)),
            "veterans" | "veteran" => (11, 11, poss_day(i + 1)?, |y| date(y, 11, 11)),
            "earth" if t.cap => (4, 22, poss_day(i + 1)?, |y| date(y, 4, 22)),
            // US Election Day: the Tuesday after the first Monday of November.
            "election" if t.cap && self.tok(i + 1).is_some_and(|n| n.cap) => {
                (11, 5, poss_day(i + 1)?, |y| weekday_after(weekday_after(date(y, 11, 1)?, 1, false)?, 2, true))
            }
            "st" | "saint" => {
                let k = if self.punct(i + 1, b'.') { i + 2 } else { i + 1 };
                if !self.is_word(k, "patrick") {
                    return None;
                }
                (3, 17, poss_day(k + 1)?, |y| date(y, 3, 17))
            }
            "black" if self.is_word(i + 1, "friday") && (t.cap || self.tok(i + 1).is_some_and(|n| !n.cap)) => {
                (11, 27, i + 2, |y| weekday_after(date(y, 11, 1)?, 4, false)?.checked_add(22.days()).ok())
            }
            "cyber" if self.is_word(i + 1, "monday") => {
                (11, 30, i + 2, |y| weekday_after(date(y, 11, 1)?, 4, false)?.checked_add(25.days()).ok())
            }
            "thanks" if self.is_word(i + 1, "giving") => {
                let e = if self.is_word(i + 2, "day") { i + 3 } else { i + 2 };
                (11, 25, e, |y| weekday_after(date(y, 11, 1)?, 4, false)?.checked_add(21.days()).ok())
            }
            "yuandan" => (1, 1, i + 1, |y| date(y, 1, 1)),
            "ramadan" | "ramazan" | "ramzan" | "ramadhan" | "ramathan" => {
                let r: Rule = |y| hijri_in_year(y, 9, 1);
                let (m, d) = moving(r);
                (m, d, i + 1, r)
            }
            "eid" | "eidul" => {
                let (name, e) = eid_name(i + 1)?;
                let r: Rule = match name.as_str() {
                    "fitr" => |y| hijri_in_year(y, 10, 1),
                    "adha" | "azha" => |y| hijri_in_year(y, 12, 10),
                    _ => return None,
                };
                let (m, d) = moving(r);
                (m, d, e, r)
            }
            "islamic" | "hijri" | "hijra" if self.is_word(i + 1, "new") && self.is_word(i + 2, "year") => {
                let r: Rule = |y| hijri_in_year(y, 1, 1);
                let (m, d) = moving(r);
                (m, d, i + 3, r)
            }
            _ => return None,
        };
        // An explicit year after: "Easter 2018", "Father's Day of 2015".
        let k = if self.fw(end, Fw::Of) { end + 1 } else { end };
        let (year, end, anchor) = match self.year_num(k) {
            Some((y, e)) => (Some(y), e, Anchor::None),
            None => (self.year_for(m, Some(d), i), end, Anchor::Document),
        };
        Some(match year.and_then(rule) {
            Some(day) => Core::date(end, Val::Day(day), anchor),
            None => Core::open(end, "XXXX-XX-XX"),
        })
    }

    /// "first Friday of July", "the third Tuesday in May", "the last Monday
    /// of this month": the n-th (or last) such weekday of a month.
    fn nth_weekday(&self, i: usize) -> Option<Core> {
        let n: i32 = match self.lex(i) {
            Lex::Ordinal(n @ 1..=5) => n as i32,
            Lex::Fw(Fw::Last) => -1,
            _ => return None,
        };
        let Lex::Weekday(dow) = self.lex(i + 1) else { return None };
        if !(self.fw(i + 2, Fw::Of) || self.fw(i + 2, Fw::In)) {
            return None;
        }
        let month =
            self.explicit_date(i + 3).or_else(|| self.month_rel(i + 3)).or_else(|| self.rel_unit(i + 3, false))?;
        let (y, m) = match month.val {
            Some(Val::Month(y, m)) => (y, m),
            _ if month.value.starts_with("XXXX-") => {
                return Some(Core::open(month.end, format!("{}-WXX-{dow}-#{}", month.value, n.max(1))));
            }
            _ => return None,
        };
        let day = if n > 0 {
            weekday_after(date(y, m, 1)?, dow, false)?.checked_add((7 * (n - 1)).days()).ok()?
        } else {
            let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
            weekday_before(date(ny, nm, 1)?, dow, true)?
        };
        if day.month() as u8 != m {
            return None;
        }
        Some(Core::date(month.end, Val::Day(day), month.anchor))
    }

    /// "Tuesday", "last Friday", "next Monday", "Tuesday morning".
    fn weekday(&self, i: usize) -> Option<Core> {
        let (rel, s) = match self.lex(i) {
            Lex::Fw(Fw::Last | Fw::Past | Fw::Previous) => (Some(-1), i + 1),
            Lex::Fw(Fw::Next | Fw::Following) => (Some(1), i + 1),
            Lex::Fw(Fw::This) if self.fw(i + 1, Fw::Coming) => (Some(1), i + 2),
            Lex::Fw(Fw::This | Fw::Coming) => (Some(0), i + 1),
            _ => (None, i),
        };
        let Lex::Weekday(dow) = self.lex(s) else { return None };
        let t = self.tok(s)?;
        let len = t.end - t.start;
        let mut e = s + 1;
        if len <= 5 && !self.word(s).get(len.saturating_sub(3)..).is_some_and(|x| x.eq_ignore_ascii_case("day")) {
            // Abbreviations: capitalised with a period, or after "on".
            let after_on = s > 0 && self.fw(s - 1, Fw::On);
            if !((t.cap && self.punct(e, b'.')) || after_on || self.weekday_abbreviation_ok(s)) {
                return None;
            }
            if self.punct(e, b'.') && self.attached(e) {
                e += 1;
            }
        }
        // "Friday the 22nd", "Thursday, the twenty-first": the day of the
        // month whose weekday it is, in the anchor's month or one beside it
        // (the nearest).
        if rel.is_none() {
            let k = if self.punct(e, b',') { e + 1 } else { e };
            if self.fw(k, Fw::The)
                && let Some((dom, e2)) = self.day_num(k + 1)
                && (e2 > k + 2 || self.tok(k + 1).is_some_and(|t| t.kind == Kind::Word))
                // "Friday, the fourth decline in five days": an ordinal of a noun.
                && !self.tok(e2).is_some_and(|t| t.kind == Kind::Word && !t.cap && t.lex == Lex::None)
            {
                return Some(match self.dom_with_weekday(dom, dow) {
                    Some(v) => Core::date(e2, v, Anchor::Document),
                    None => Core::open(e2, format!("XXXX-XX-{dom:02}")),
                });
            }
        }
        // "Friday next week", "Tuesday last week".
        let week_shift = match (self.lex(e), self.lex(e + 1)) {
            (Lex::Fw(Fw::Next), Lex::Unit(Unit::Week, false)) => Some(7),
            (Lex::Fw(Fw::Last), Lex::Unit(Unit::Week, false)) => Some(-7),
            (Lex::Fw(Fw::This), Lex::Unit(Unit::Week, false)) => Some(0),
            _ => None,
        };
        if rel.is_none()
            && let Some(shift) = week_shift
        {
            let day = self.doc.and_then(|a| a.day()).and_then(|d| {
                let monday = d.checked_sub((d.weekday().to_monday_one_offset() as i32 - 1).days()).ok()?;
                monday.checked_add((shift + dow as i32 - 1).days()).ok()
            });
            return Some(match day {
                Some(d) => Core::date(e + 2, Val::Day(d), Anchor::Document),
                None => Core::open(e + 2, format!("XXXX-WXX-{dow}")),
            });
        }
        // "Wednesday's ruling", "over Thursday's close": a day named for
        // what happened on it, mostly already past whatever the sentence's
        // tense ("would appeal Wednesday's ruling").
        let possessive = self.punct(e, b'\'') && self.is_word(e + 1, "s");
        let tense = if possessive && rel.is_none() { Tense::Past } else { self.tense(s) };
        // "the previous Friday", "the following Monday": counted from the
        // last day the text named, as "the next day" is.
        let chained = matches!(self.lex(i), Lex::Fw(Fw::Previous | Fw::Following))
            .then(|| self.history.iter().rev().take(50).find_map(|v| v.day()))
            .flatten();
        let day = chained.or_else(|| self.doc.and_then(|a| a.day())).and_then(|d| match rel {
            Some(-1) => weekday_before(d, dow, true),
            Some(1) => weekday_after(d, dow, true),
            Some(_) => {
                if matches!(tense, Tense::Past | Tense::WeakPast) {
                    weekday_before(d, dow, false)
                } else {
                    weekday_after(d, dow, false)
                }
            }
            None => match tense {
                Tense::Future => weekday_after(d, dow, false),
                Tense::Past | Tense::WeakPast => weekday_before(d, dow, false),
                // No cue: the nearer of the two, ties and the day itself to
                // the past ("talks resume Tuesday" written on a Monday).
                Tense::Unknown => {
                    let cur = d.weekday().to_monday_one_offset() as i32;
                    let back = (cur - dow as i32).rem_euclid(7);
                    let fwd = 7 - back;
                    if back > 0 && fwd < back { weekday_after(d, dow, true) } else { weekday_before(d, dow, false) }
                }
            },
        });
        // "on Monday and Tuesday nights": the first day shares the recurring part of day.
        if rel.is_none()
            && matches!(self.lex(e), Lex::Fw(Fw::And | Fw::Or))
            && matches!(self.lex(e + 1), Lex::Weekday(_))
            && let Lex::DayPart(p) = self.lex(e + 2)
            && !matches!(p, DayPart::Noon | DayPart::Midnight)
            && self.word(e + 2).ends_with(['s', 'S'])
        {
            return Some(Core::fixed(e, TimexType::Time, format!("XXXX-WXX-{dow}{}", p.code())));
        }
        if let Lex::DayPart(p) = self.lex(e)
            && !matches!(p, DayPart::Noon | DayPart::Midnight)
        {
            // "on Tuesday nights": every such night, no one date.
            if rel.is_none() && self.word(e).ends_with(['s', 'S']) {
                return Some(Core::fixed(e + 1, TimexType::Time, format!("XXXX-WXX-{dow}{}", p.code())));
            }
            return Some(match day {
                Some(d) => self.with_daypart(e + 1, Some(Val::Day(d)), p),
                None => Core::fixed(e + 1, TimexType::Time, format!("XXXX-WXX-{dow}{}", p.code())),
            });
        }
        Some(match day {
            Some(d) => Core::date(e, Val::Day(d), Anchor::Document),
            None => Core::open(e, format!("XXXX-WXX-{dow}")),
        })
    }

    /// "today", "yesterday morning", "tomorrow", "tonight", "now".
    fn deictic(&self, i: usize) -> Option<Core> {
        let n = match self.lex(i) {
            Lex::Fw(Fw::Today) => 0,
            Lex::Fw(Fw::Yesterday) => -1,
            Lex::Fw(Fw::Tomorrow) => 1,
            Lex::Fw(Fw::Tonight) => {
                return Some(self.with_daypart(i + 1, None, DayPart::Night));
            }
            Lex::Ref(v) => {
                // "now" inside "until now" is still PRESENT_REF.
                return Some(Core::fixed(i + 1, TimexType::Date, v));
            }
            _ => return None,
        };
        if n == 0
            && self.punct(i + 1, b'\'')
            && self.is_word(i + 2, "s")
            && self.tok(i + 3).is_some_and(|t| !t.cap && t.kind == Kind::Word)
        {
            // "today's world": the present in general.
            return None;
        }
        let v = self.doc.and_then(|a| a.rel(Unit::Day, n));
        if let Lex::DayPart(p) = self.lex(i + 1)
            && !matches!(p, DayPart::Noon | DayPart::Midnight)
        {
            return Some(match v {
                Some(v) => self.with_daypart(i + 2, Some(v), p),
                None => Core::fixed(i + 2, TimexType::Time, format!("XXXX-XX-XX{}", p.code())),
            });
        }
        Some(match v {
            Some(v) => Core::date(i + 1, v, Anchor::Document),
            None => Core::open(i + 1, "XXXX-XX-XX"),
        })
    }

    /// "3 p.m.", "3:30 pm", "15:30", "noon", "7 o'clock", "10 a.m. EST".
    fn time_of_day(&self, i: usize) -> Option<Core> {
        // A clock time falls on the day the text is about: the last day it
        // named within about a paragraph (200 tokens) before ("was shot on
        // Oct. 23 ... at 10 p.m."), else the document's.
        let base = || {
            self.last_day
                .filter(|&(at, _)| i.saturating_sub(at) <= 200)
                .map(|(_, v)| v)
                .or_else(|| self.doc.filter(|a| a.day().is_some()))
        };
        let sec = std::cell::Cell::new(None::<u32>);
        let render = |h: u32, m: u32, end: usize| -> Core {
            let t = match sec.get() {
                Some(s) => format!("T{h:02}:{m:02}:{s:02}"),
                None => format!("T{h:02}:{m:02}"),
            };
            match base() {
                Some(v) => Core::new(end, TimexType::Time, format!("{}{t}", v.render()), Anchor::Document, Some(v)),
                None => Core::fixed(end, TimexType::Time, format!("XXXX-XX-XX{t}")),
            }
        };
        if let Lex::DayPart(p @ (DayPart::Noon | DayPart::Midnight)) = self.lex(i) {
            // "high noon": the idiom, not a clock time.
            if i > 0 && self.is_word(i - 1, "high") {
                return None;
            }
            let _ = p;
            return Some(render(if p == DayPart::Noon { 12 } else { 24 }, 0, i + 1));
        }
        let h = self.num(i, 0, 24, 2)?;
        if self.num_preceded(i) {
            return None;
        }
        let mut e = i + 1;
        let mut m = 0;
        let mut has_min = false;
        if (self.punct(e, b':') || self.punct(e, b'.')) && self.attached(e) && self.attached(e + 1) {
            let mt = self.tok(e + 1)?;
            if mt.kind == Kind::Num && mt.digits == 2 && mt.num < 60 {
                m = mt.num;
                e += 2;
                has_min = true;
                // Seconds.
                if self.punct(e, b':')
                    && self.attached(e)
                    && self.attached(e + 1)
                    && let Some(ss) = self.num(e + 1, 0, 59, 2)
                {
                    sec.set(Some(ss).filter(|&x| x > 0));
                    e += 2;
                }
            }
        }
        // a.m. / p.m. / am / pm / a / p followed by ".m."
        let mut ampm = None;
        let is_w = self.tok(e).is_some_and(|t| t.kind == Kind::Word && t.end - t.start <= 2);
        let w = if is_w { self.word(e).to_ascii_lowercase() } else { String::new() };
        if is_w && (w == "am" || w == "pm") {
            ampm = Some(w == "pm");
            e += 1;
            if self.punct(e, b'.') && self.attached(e) && !self.tok(e + 1).is_some_and(|t| t.cap || t.newline) {
                // Sentence-final "pm." keeps its period outside.
            }
        } else if is_w && (w == "a" || w == "p") && self.punct(e + 1, b'.') && self.is_word(e + 2, "m") {
            ampm = Some(w == "p");
            e += 3;
            if self.punct(e, b'.') && self.attached(e) {
                e += 1;
            }
        } else if self.is_word(e, "o") && self.punct(e + 1, b'\'') && self.fw(e + 2, Fw::Oclock) {
            e += 3;
            ampm = Some(h < 7 || h == 12);
            if !self.fw(e, Fw::In) {
                ampm = None;
            }
            let hh = h;
            return Some(render(if hh < 12 && ampm == Some(true) { hh + 12 } else { hh }, 0, e));
        }
        // "4 in the morning", "10:30 at night": the part of the day says am or pm.
        if ampm.is_none() && (self.fw(e, Fw::In) && self.fw(e + 1, Fw::The) || self.is_word(e, "at")) && h <= 12 {
            let k = if self.fw(e, Fw::In) { e + 2 } else { e + 1 };
            let pm = match self.lex(k) {
                Lex::DayPart(DayPart::Morning) => Some(false),
                Lex::DayPart(DayPart::Afternoon | DayPart::Evening) => Some(true),
                Lex::DayPart(DayPart::Night) if self.is_word(e, "at") => Some(h >= 6),
                Lex::DayPart(DayPart::Night) => Some(h >= 6 && h != 12),
                _ => None,
            };
            if let Some(pm) = pm
                && !self.num_continues(i)
            {
                let hh = if pm && h < 12 {
                    h + 12
                } else if !pm && h == 12 {
                    0
                } else {
                    h
                };
                return Some(render(hh, m, k + 1));
            }
        }
        if ampm.is_none() && !has_min {
            return None;
        }
        if ampm.is_none() {
            // "15:30" needs a colon and a plausible context: no digits around.
            if !self.punct(i + 1, b':') || self.punct(e, b':') || h > 23 {
                return None;
            }
        }
        let hh = match ampm {
            Some(true) if h < 12 => h + 12,
            Some(false) if h == 12 => 0,
            _ => h,
        };
        if let Lex::Zone = self.lex(e) {
            e += 1;
        }
        Some(render(hh, m, e))
    }

    /// "every year", "each Tuesday", "daily", "twice a week", "per day".
    fn set(&self, i: usize) -> Option<Core> {
        match self.lex(i) {
            Lex::Freq(v) => {
                // A frequency, adverb or adjective ("meet daily", "a daily
                // rally", "on a daily basis"), as TimeML tags it; but not a
                // measure ("average daily volume") nor a newspaper ("the
                // party daily Granma", "the daily said").
                let prev_cap = i > 0 && self.toks[i - 1].kind == Kind::Word && self.toks[i - 1].cap;
                let next_word = self.tok(i + 1).filter(|t| t.kind == Kind::Word);
                let measure = i > 0 && (self.is_word(i - 1, "average") || self.toks[i - 1].kind == Kind::Num);
                let paper = next_word.is_some_and(|t| t.cap && t.lex == Lex::None)
                    || (prev_cap && next_word.is_none())
                    || (i > 0
                        && matches!(self.lex(i - 1), Lex::Fw(Fw::The | Fw::A))
                        && next_word.is_none_or(|t| t.cap || matches!(self.lex(i + 1), Lex::Fw(Fw::Said))));
                if measure || paper || self.is_word(i + 1, "newspaper") {
                    return None;
                }
                Some(Core::fixed(i + 1, TimexType::Set, v))
            }
            Lex::Fw(Fw::Every | Fw::Each) => {
                let mut e = i + 1;
                let mut n = 1.0;
                if self.fw(e, Fw::Other) {
                    n = 2.0;
                    e += 1;
                }
                if let Some((q, e2)) = self.qty(e)
                    && !self.fw(e, Fw::A)
                {
                    let (u, _, e3) = self.unit_after(e2)?;
                    return Some(Core::fixed(e3, TimexType::Set, dur_value(q, u)));
                }
                match self.lex(e) {
                    Lex::Unit(u, false) => Some(Core::fixed(e + 1, TimexType::Set, dur_value(Qty::N(n), u))),
                    Lex::Weekday(d) => Some(Core::fixed(e + 1, TimexType::Set, format!("XXXX-WXX-{d}"))),
                    Lex::Month(m, _) => Some(Core::fixed(e + 1, TimexType::Set, format!("XXXX-{m:02}"))),
                    Lex::DayPart(p) => Some(Core::fixed(e + 1, TimexType::Set, format!("XXXX-XX-XX{}", p.code()))),
                    Lex::Season(s) => Some(Core::fixed(e + 1, TimexType::Set, format!("XXXX-{s}"))),
                    _ => None,
                }
            }
            Lex::Fw(Fw::Once | Fw::Twice | Fw::Per) => {
                let mut e = i;
                if !self.fw(i, Fw::Per) && !self.fw(i, Fw::A) {
                    e += 1;
                }
                if !(self.fw(e, Fw::A) || self.fw(e, Fw::Per) || self.fw(e, Fw::Every) || self.fw(e, Fw::Each)) {
                    return None;
                }
                // "a year" as a rate needs a number or "once" before it.
                if e == i && (i == 0 || !matches!(self.toks[i - 1].kind, Kind::Num)) && !self.fw(i, Fw::Per) {
                    return None;
                }
                if e == i && self.fw(i, Fw::Per) && (i == 0 || self.toks[i - 1].kind != Kind::Num) {
                    // "per year" after a word: still a rate.
                }
                match self.lex(e + 1) {
                    Lex::Unit(u, false) if u >= Unit::Hour => {
                        Some(Core::fixed(e + 2, TimexType::Set, dur_value(Qty::N(1.0), u)))
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// "Christmas", "New Year's Day", "Thanksgiving", "Halloween".
    fn holiday(&self, i: usize) -> Option<Core> {
        let (m, d, e) = match self.lex(i) {
            Lex::Fw(Fw::Christmas) => {
                if self.fw(i + 1, Fw::Eve) {
                    (12, 24, i + 2)
                } else if self.is_word(i + 1, "day") {
                    (12, 25, i + 2)
                } else {
                    (12, 25, i + 1)
                }
            }
            // "New Year's Day", "new year's eve" (the "eve"/"day" after makes it a holiday).
            Lex::Fw(Fw::New) if self.is_word(i + 1, "year") => {
                let mut e = i + 2;
                if self.punct(e, b'\'') && self.is_word(e + 1, "s") {
                    e += 2;
                }
                if self.fw(e, Fw::Eve) {
                    (12, 31, e + 1)
                } else if self.is_word(e, "day") {
                    (1, 1, e + 1)
                } else {
                    return None;
                }
            }
            Lex::Fw(Fw::Halloween) => (10, 31, i + 1),
            Lex::Fw(Fw::Valentine) if self.punct(i + 1, b'\'') && self.is_word(i + 3, "day") => (2, 14, i + 4),
            Lex::Fw(Fw::Independence) if self.tok(i).is_some_and(|t| t.cap) && self.is_word(i + 1, "day") => {
                (7, 4, i + 2)
            }
            Lex::Fw(Fw::Thanksgiving) => {
                let e = if self.is_word(i + 1, "day") { i + 2 } else { i + 1 };
                let y = self.year_for(11, Some(25), i);
                return Some(match y.and_then(|y| date(y, 11, 1)) {
                    Some(first) => {
                        let th = weekday_after(first, 4, false)?;
                        Core::date(e, Val::Day(th.checked_add(21.days()).ok()?), Anchor::Document)
                    }
                    None => Core::open(e, "XXXX-11-XX"),
                });
            }
            _ => return None,
        };
        let (val, value, anchor) = self.month_day_val(m, d, None, i);
        Some(Core::new(e, TimexType::Date, value, anchor, val))
    }

    /// "the third quarter", "third-quarter", "the fourth quarter of 1988",
    /// "the first half", "Q3".
    fn quarter(&self, i: usize) -> Option<Core> {
        let mut s = i;
        if self.fw(s, Fw::Fiscal) {
            s += 1;
        }
        let n = match self.lex(s) {
            Lex::Ordinal(n) => n,
            // "the last half of 1989" (but "last quarter" is the previous one).
            Lex::Fw(Fw::Last) if self.fw(s + 1, Fw::Half) && self.fw(s + 2, Fw::Of) => 2,
            _ => return None,
        };
        let e = self.join(s + 1);
        if self.fw(e, Fw::Fiscal) {
            return None;
        }
        let (unit, max) = match self.lex(e) {
            Lex::Unit(Unit::Quarter, false) => (Unit::Quarter, 4),
            Lex::Fw(Fw::Half) => (Unit::Half, 2),
            _ => return None,
        };
        if n < 1 || n > max {
            return None;
        }
        let mut end = e + 1;
        let mut k = end;
        if self.fw(k, Fw::Of) {
            k += 1;
            if self.fw(k, Fw::Fiscal) {
                k += 1;
            }
        }
        let year = match self.year_num(k) {
            Some((y, e2)) => {
                end = e2;
                Some(y)
            }
            // "the second half of the year", "the first quarter of this year".
            None if k > end
                && (self.fw(k, Fw::The) || self.fw(k, Fw::This))
                && self.lex(k + 1) == Lex::Unit(Unit::Year, false)
                && self.doc.is_some() =>
            {
                end = k + 2;
                return Some(Core::date(
                    end,
                    if unit == Unit::Quarter {
                        Val::Quarter(self.doc?.year(), n as u8)
                    } else {
                        Val::Half(self.doc?.year(), n as u8)
                    },
                    Anchor::Document,
                ));
            }
            None => None,
        };
        if year.is_none() && self.fw(s, Fw::Last) {
            // "the last half of the '80s": not a half year.
            return None;
        }
        let make = |y: i32| if unit == Unit::Quarter { Val::Quarter(y, n as u8) } else { Val::Half(y, n as u8) };
        if let Some(y) = year {
            return Some(Core::date(end, make(y), Anchor::None));
        }
        let first_month = if unit == Unit::Quarter { n * 3 - 2 } else { n * 6 - 5 } as u8;
        Some(match self.doc {
            Some(a) => {
                let ay = a.year();
                let y = match a.month() {
                    Some(am) if first_month > am && self.tense(i) != Tense::Future => ay - 1,
                    _ => ay,
                };
                Core::date(end, make(y), Anchor::Document)
            }
            None => Core::open(end, if unit == Unit::Quarter { format!("XXXX-Q{n}") } else { format!("XXXX-H{n}") }),
        })
    }

    /// "summer", "last fall", "the summer of 2023", "spring 2024".
    fn season(&self, i: usize) -> Option<Core> {
        let (rel, s) = match self.lex(i) {
            Lex::Fw(Fw::Last | Fw::Past) => (Some(-1), i + 1),
            Lex::Fw(Fw::Next | Fw::Coming) => (Some(1), i + 1),
            // "this past spring": the latest spring before the anchor.
            Lex::Fw(Fw::This) if self.fw(i + 1, Fw::Past) => (Some(i32::MIN), i + 2),
            Lex::Fw(Fw::This) => (Some(0), i + 1),
            _ => (None, i),
        };
        let Lex::Season(code) = self.lex(s) else { return None };
        let mut e = s + 1;
        let mut k = e;
        if self.fw(k, Fw::Of) {
            k += 1;
        }
        if let Some((y, e2)) = self.year_num(k) {
            return Some(Core::date(e2, Val::Season(y, code), Anchor::None));
        }
        // "fall" is mostly a verb; seasons alone need a determiner or preposition.
        if rel.is_none() {
            let prev = i.checked_sub(1).map(|p| self.lex(p));
            let ok = matches!(
                prev,
                Some(Lex::Fw(
                    Fw::In
                        | Fw::The
                        | Fw::This
                        | Fw::Early
                        | Fw::Late
                        | Fw::Mid
                        | Fw::During
                        | Fw::Since
                        | Fw::By
                        | Fw::Until
                        | Fw::Of
                ))
            );
            if !ok
                || (code == "FA" && !matches!(prev, Some(Lex::Fw(Fw::In | Fw::The | Fw::This | Fw::Early | Fw::Late))))
            {
                return None;
            }
        }
        if self.fw(e, Fw::Season) {
            e += 1;
        }
        let first_month: u8 = match code {
            "SP" => 3,
            "SU" => 6,
            "FA" => 9,
            _ => 12,
        };
        let v = match (self.doc, rel) {
            (Some(a), Some(i32::MIN)) => {
                let started = a.month().is_some_and(|m| m > first_month);
                Some(Val::Season(if started { a.year() } else { a.year() - 1 }, code))
            }
            (Some(a), Some(r)) => Some(Val::Season(a.year() + r, code)),
            (Some(_), None) => self.year_for(first_month, None, i).map(|y| Val::Season(y, code)),
            (None, _) => None,
        };
        Some(match v {
            Some(v) => Core::date(e, v, Anchor::Document),
            None => Core::open(e, format!("XXXX-{code}")),
        })
    }

    /// "year-earlier", "the year-ago quarter", "year-end".
    fn year_earlier(&self, i: usize) -> Option<Core> {
        if !self.is_word(i, "year") || !self.punct(i + 1, b'-') || !self.attached(i + 1) {
            return None;
        }
        let e = i + 2;
        match self.lex(e) {
            Lex::Fw(Fw::Earlier | Fw::Ago) => {
                let mut end = e + 1;
                if matches!(self.lex(end), Lex::Unit(Unit::Quarter, false) | Lex::Fw(Fw::Period)) {
                    end += 1;
                }
                let q = self.quarter_context();
                Some(match q.and_then(|q| q.shift(Unit::Year, -1)) {
                    Some(v) => Core::date(end, v, Anchor::Text),
                    None => self.doc_rel(end, Unit::Year, -1),
                })
            }
            Lex::Fw(Fw::End) => Some(match self.doc {
                Some(a) => Core::date(e + 1, Val::Month(a.year(), 12), Anchor::Document),
                None => Core::open(e + 1, "XXXX-12"),
            }),
            _ => None,
        }
    }

    /// "the past", "the future", "the present", "these days", "the near future".
    fn the_rules(&self, i: usize) -> Option<Core> {
        match self.lex(i) {
            Lex::Fw(Fw::Past)
                if !matches!(self.lex(i + 1), Lex::Unit(..) | Lex::Number(_) | Lex::Fw(Fw::Few | Fw::Several))
                    && self.tok(i + 1).is_none_or(|t| t.kind != Kind::Num) =>
            {
                Some(Core::fixed(i + 1, TimexType::Date, "PAST_REF"))
            }
            Lex::Fw(Fw::Future) => Some(Core::fixed(i + 1, TimexType::Date, "FUTURE_REF")),
            Lex::Fw(Fw::Present)
                if !matches!(self.lex(i + 1), Lex::None) || self.punct(i + 1, b'.') || self.punct(i + 1, b',') =>
            {
                Some(Core::fixed(i + 1, TimexType::Date, "PRESENT_REF"))
            }
            // "for the full year": the year of a report, as a date ("a full
            // year" stays a duration).
            Lex::Fw(Fw::Full) if self.lex(i + 1) == Lex::Unit(Unit::Year, false) => {
                Some(self.doc_rel(i + 2, Unit::Year, 0))
            }
            // "in the near term", "in the short term": what comes next.
            _ if (self.is_word(i, "near") || self.is_word(i, "short"))
                && self.is_word(i + 1, "term")
                && !(self.punct(i + 2, b'-') && self.attached(i + 2)) =>
            {
                Some(Core::fixed(i + 2, TimexType::Date, "FUTURE_REF"))
            }
            _ if self.is_word(i, "near") && self.fw(i + 1, Fw::Future) => {
                Some(Core::fixed(i + 2, TimexType::Date, "FUTURE_REF"))
            }
            // "the year two thousand", "the year 2000", "the year nineteen ninety".
            Lex::Unit(Unit::Year, false) => {
                if let Some((y, e)) = self.year_num(i + 1) {
                    return Some(Core::date(e, Val::Year(y), Anchor::None));
                }
                match self.qty(i + 1) {
                    Some((Qty::N(n), e)) if (1000.0..3000.0).contains(&n) && n.fract() == 0.0 => {
                        Some(Core::date(e, Val::Year(n as i32), Anchor::None))
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// "the corresponding period last year", "the same quarter a year
    /// earlier" (after "the"), "last year's quarter": the period a report
    /// is about, a year back.
    ///
    /// Why: reports compare the quarter with the same quarter a year before;
    /// the words name that quarter, not the year.
    fn year_ago_period(&self, i: usize) -> Option<Core> {
        let period = |k: usize| matches!(self.lex(k), Lex::Fw(Fw::Period) | Lex::Unit(Unit::Quarter, false));
        let end = if self.fw(i, Fw::Last)
            && self.lex(i + 1) == Lex::Unit(Unit::Year, false)
            && self.punct(i + 2, b'\'')
            && self.is_word(i + 3, "s")
            && period(i + 4)
        {
            i + 5
        } else if period(i + 1)
            && (self.fw(i, Fw::Same) || self.is_word(i, "corresponding") || self.is_word(i, "comparable"))
        {
            let k = if self.fw(i + 2, Fw::Of) { i + 3 } else { i + 2 };
            if self.fw(k, Fw::Last) && self.lex(k + 1) == Lex::Unit(Unit::Year, false) {
                k + 2
            } else if self.fw(k, Fw::A)
                && self.lex(k + 1) == Lex::Unit(Unit::Year, false)
                && matches!(self.lex(k + 2), Lex::Fw(Fw::Ago | Fw::Earlier))
            {
                k + 3
            } else {
                return None;
            }
        } else {
            return None;
        };
        let q = self.quarter_context().or_else(|| self.doc.and_then(|a| a.rel(Unit::Quarter, -1)));
        Some(match q.and_then(|q| q.shift(Unit::Year, -1)) {
            Some(v) => Core::date(end, v, Anchor::Text),
            None => Core::open(end, "XXXX-QX"),
        })
    }

    /// "it is the second day of the strike", "today is the eighth day of":
    /// the day of writing, counted from an event (after "the").
    ///
    /// Why: a present copula dates the ordinal day to the document's day.
    fn nth_day_of_now(&self, i: usize) -> Option<Core> {
        let Lex::Ordinal(_) = self.lex(i) else { return None };
        if self.lex(i + 1) != Lex::Unit(Unit::Day, false) || !self.fw(i + 2, Fw::Of) || i < 3 {
            return None;
        }
        let copula = self.fw(i - 2, Fw::Is) || (self.is_word(i - 2, "s") && self.punct(i - 3, b'\''));
        if !copula {
            return None;
        }
        let d = self.doc?.day()?;
        Some(Core::date(i + 2, Val::Day(d), Anchor::Document))
    }

    /// "this year as last", "more this month than last": "last" standing
    /// for the unit named just before ("last year").
    fn elided_last(&self, i: usize) -> Option<Core> {
        if !self.fw(i, Fw::Last) || i == 0 || !(self.fw(i - 1, Fw::Than) || self.is_word(i - 1, "as")) {
            return None;
        }
        // Nothing the word could modify after it.
        if self.tok(i + 1).is_some_and(|t| t.kind == Kind::Word || t.kind == Kind::Num) {
            return None;
        }
        let unit = (i.saturating_sub(10)..i).rev().find_map(|k| match (self.lex(k), self.lex(k + 1)) {
            (Lex::Fw(Fw::This), Lex::Unit(u @ (Unit::Week | Unit::Month | Unit::Quarter | Unit::Year), false)) => {
                Some(u)
            }
            _ => None,
        })?;
        Some(self.doc_rel(i + 1, unit, -1))
    }

    /// "post-1959" (after that year), "pre-1914" (before it).
    fn prefixed_year(&self, i: usize) -> Option<Core> {
        let m = if self.is_word(i, "post") {
            "AFTER"
        } else if self.is_word(i, "pre") {
            "BEFORE"
        } else {
            return None;
        };
        if !(self.punct(i + 1, b'-') && self.attached(i + 1) && self.attached(i + 2)) {
            return None;
        }
        let y = self.num(i + 2, 1000, 2199, 4)?;
        if self.num_continues(i + 2) {
            return None;
        }
        let mut c = Core::date(i + 3, Val::Year(y as i32), Anchor::None);
        c.modifier = Some(m);
        Some(c)
    }

    /// "these days".
    fn fixed_ref(&self, i: usize) -> Option<Core> {
        if self.fw(i, Fw::These) && self.lex(i + 1) == Lex::Unit(Unit::Day, true) {
            return Some(Core::fixed(i + 2, TimexType::Date, "PRESENT_REF"));
        }
        None
    }
}

/// Words that point to the future ("payable Jan. 2", "expires Nov. 6").
/// Common irregular past-tense verbs: strong past cues the "-ed" rule misses.
fn is_irregular_past(w: &str) -> bool {
    w.len() >= 3
        && [
            "went", "came", "took", "made", "gave", "told", "met", "began", "left", "held", "fell", "rose", "won",
            "lost", "fled", "struck", "broke", "ran", "saw", "sent", "sold", "bought", "built", "led", "paid", "spoke",
            "stood", "wrote", "became", "found", "kept", "brought", "caught", "fought", "knew", "felt", "shot", "got",
            "grew", "drew", "threw", "flew", "swept", "spent", "seized", "stole", "froze", "hid", "slew", "sank",
        ]
        .iter()
        .any(|f| f.eq_ignore_ascii_case(w))
}

/// Words in -ed that are no past forms ("succeed", "hundred", "indeed").
fn is_ed_non_past(w: &str) -> bool {
    [
        "succeed", "proceed", "exceed", "indeed", "speed", "breed", "bleed", "hundred", "sacred", "naked", "wicked",
        "rugged", "kindred", "embed",
    ]
    .iter()
    .any(|x| x.eq_ignore_ascii_case(w))
}

fn is_future_word(w: &str) -> bool {
    w.len() >= 4
        && ["payable", "effective", "expire", "expires", "soon", "begins", "starts", "ends"]
            .iter()
            .any(|f| f.eq_ignore_ascii_case(w))
}

/// Adds up repeated day counts in an ISO 8601 date part ("7D2D" = "9D").
fn merge_days(date: &str) -> String {
    let mut days = 0u64;
    let mut out = String::new();
    let mut num = String::new();
    for c in date.chars() {
        if c.is_ascii_digit() {
            num.push(c);
        } else {
            let n: u64 = num.parse().unwrap_or(0);
            num.clear();
            if c == 'D' {
                days += n;
            } else {
                out.push_str(&format!("{n}{c}"));
            }
        }
    }
    if days > 0 {
        out.push_str(&format!("{days}D"));
    }
    out
}

/// Whether `w` can begin a holiday name read by `more_holidays`.
fn holiday_head(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() < 2 || b.len() > 10 {
        return false;
    }
    // Cheap first-letter filter: this runs on every word the lexicon does not know.
    let heads: &[&str] = match b[0] | 0x20 {
        b'e' => &["easter", "earth", "election", "eid", "eidul"],
        b'r' => &["ramadan", "ramazan", "ramzan", "ramadhan", "ramathan"],
        b't' => &["thanks"],
        b'y' => &["yuandan"],
        b'i' => &["islamic"],
        b'h' => &["hijri", "hijra"],
        b'g' => &["good"],
        b'm' => &["mother", "mothers", "martin", "mlk", "memorial"],
        b'f' => &["father", "fathers"],
        b'p' => &["presidents", "president"],
        b'l' => &["labor", "labour"],
        b'v' => &["veterans", "veteran"],
        b's' => &["st", "saint"],
        b'b' => &["black"],
        b'c' => &["cyber"],
        _ => return false,
    };
    heads.iter().any(|h| h.eq_ignore_ascii_case(w))
}

/// The first Gregorian day of year `y` that is day `d` of month `m` of the
/// tabular Islamic calendar (30-year cycle, astronomical epoch 15 July 622
/// Julian). Observed dates follow the moon sighting and may differ by a
/// day or two; an Islamic date falls twice in some Gregorian years (the
/// first is taken).
fn hijri_in_year(y: i32, m: i32, d: i32) -> Option<jiff::civil::Date> {
    let jdn = |h: i32| d + (295 * (m - 1) + 9) / 10 + (h - 1) * 354 + (3 + 11 * h).div_euclid(30) + 1_948_439 - 1;
    let epoch = date(1970, 1, 1)?;
    let first = ((y - 622) * 33) / 32;
    (first - 1..=first + 2).filter(|&h| h >= 1).find_map(|h| {
        let day = epoch.checked_add(((jdn(h) - 2_440_588) as i64).days()).ok()?;
        (day.year() as i32 == y).then_some(day)
    })
}

/// Easter Sunday of year `y` (Gregorian, anonymous algorithm).
fn easter(y: i32) -> Option<jiff::civil::Date> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    date(y, month as u8, day as u8)
}

/// "twenties" ..= "nineties": the decade digit (2..=9).
fn decade_word(w: &str) -> Option<i32> {
    ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
        .iter()
        .position(|d| d.eq_ignore_ascii_case(w))
        .map(|p| p as i32 + 2)
}

/// "June", "July", "May": full month names as short as abbreviations.
fn is_full_short_month(w: &str) -> bool {
    ["june", "july", "may"].iter().any(|m| m.eq_ignore_ascii_case(w))
}

/// The open value of a unit's granularity, used when nothing anchors it.
fn open_value(u: Unit) -> &'static str {
    match u {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => "XXXX-XX-XX",
        Unit::Week | Unit::Fortnight => "XXXX-WXX",
        Unit::Weekend => "XXXX-WXX-WE",
        Unit::Month => "XXXX-XX",
        Unit::Quarter => "XXXX-QX",
        Unit::Half => "XXXX-HX",
        Unit::Year => "XXXX",
        Unit::Decade => "XXX",
        Unit::Century | Unit::Millennium => "XX",
    }
}

/// TIMEX3 duration value: `P4DE`, `PT24H`, `PXM`, `P1W`.
fn dur_value(q: Qty, u: Unit) -> String {
    let (code, t) = u.code();
    let tp = if t { "T" } else { "" };
    match q {
        Qty::Vague => format!("P{tp}X{code}"),
        Qty::N(n) => {
            let n = match u {
                Unit::Fortnight => n * 2.0,
                Unit::Half => n * 6.0,
                Unit::Quarter => n * 3.0,
                _ => n,
            };
            if n.fract() == 0.0 {
                return format!("P{tp}{}{code}", n as u64);
            }
            // Halves in the next smaller unit, as TIMEX3 prefers.
            let (small, mult, st) = match u {
                Unit::Year => ("M", 12.0, ""),
                Unit::Hour => ("M", 60.0, "T"),
                Unit::Minute => ("S", 60.0, "T"),
                Unit::Day => ("H", 24.0, "T"),
                Unit::Month | Unit::Week => ("D", if u == Unit::Week { 7.0 } else { 30.0 }, ""),
                _ => return format!("P{tp}{n}{code}"),
            };
            let whole = n.trunc() as u64;
            let rest = ((n.fract()) * mult).round() as u64;
            if whole == 0 {
                format!("P{st}{rest}{small}")
            } else if st == "T" && t {
                format!("PT{whole}{code}{rest}{small}")
            } else if st == "T" {
                format!("P{whole}{code}T{rest}{small}")
            } else if u == Unit::Year {
                // "2 1/2 years" = P2Y6M, as TimeBank writes it.
                format!("P{whole}Y{rest}M")
            } else {
                format!("P{}{small}", (n * mult).round() as u64)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duration_values() {
        assert_eq!(dur_value(Qty::N(4.0), Unit::Decade), "P4DE");
        assert_eq!(dur_value(Qty::N(24.0), Unit::Hour), "PT24H");
        assert_eq!(dur_value(Qty::Vague, Unit::Month), "PXM");
        assert_eq!(dur_value(Qty::N(0.5), Unit::Hour), "PT30M");
        assert_eq!(dur_value(Qty::N(1.5), Unit::Minute), "PT1M30S");
        assert_eq!(dur_value(Qty::N(2.5), Unit::Year), "P2Y6M");
    }
}
