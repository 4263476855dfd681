//! Scores the tagger on the Microsoft Recognizers-Text English DateTime
//! specs (cases not marked NotSupported for dotnet).
//!
//! Usage: `cargo run --release -p dossier-time --bin recognizers -- [DIR] [--errors]`
//! where DIR defaults to `$DOSSIER_SHARED/corpus/recognizers-text/Specs/DateTime/English`.
//!
//! Spans: an expected result counts as found when the tagger returns the
//! same character span (case-insensitive text). The "conventions mapped"
//! columns also count a span found when it differs only by Recognizers'
//! conventions (leading signal words, a trailing full stop, a range or a
//! date-and-time written as one span; see [`mapped_match`]); `--errors`
//! marks those `CONV` and the real misses `SPAN`, and an in-scope value
//! still wrong after mapping `MVAL`. Values: an expected result
//! is *in scope* when its timex is written in TIMEX3 syntax (a date such as
//! `2016-11-07` or `XXXX-10-02`, a week `2016-W47` or `XXXX-WXX-1`, a
//! season/quarter/half, a duration `PT3H`, a time `T15:30` with or without a
//! date); ranges `(start,end,duration)` and the `#1` ordinal-weekday form are
//! out of scope. An in-scope value is right when the tagger's value equals
//! the timex, or equals one of the spec's resolved dates (past or future
//! resolution: the specs resolve future-leaning, the tagger past-leaning),
//! or is an instance of an open timex (our "2018-03-22" for the spec's
//! "XXXX-03-22", whose resolved value picks another year), or, for a time,
//! has the same clock time, or is the same duration
//! written another way ("PT1.5H" = "PT1H30M"); in the mapped column a
//! duration after "in" ("in 5 hours") also counts when the reference plus it
//! is the expected point.

use std::path::Path;

use serde_json::Value;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show = args.iter().any(|a| a == "--errors");
    let dir = args.iter().find(|a| !a.starts_with("--")).cloned().unwrap_or_else(|| {
        let shared = std::env::var("DOSSIER_SHARED").unwrap_or_else(|_| "../shared".into());
        format!("{shared}/corpus/recognizers-text/Specs/DateTime/English")
    });
    let mut files: Vec<_> = match std::fs::read_dir(&dir) {
        Ok(rd) => rd.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "json")).collect(),
        Err(e) => {
            eprintln!("{dir}: {e}");
            std::process::exit(2);
        }
    };
    files.sort();
    let mut t = Tally::default();
    println!(
        "| file | cases | expected spans | spans found | found, conventions mapped | in-scope values | values right | right, conventions mapped |"
    );
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for f in &files {
        let mut ft = Tally::default();
        score_file(f, &mut ft, show);
        println!(
            "| {} | {} | {} | {} ({:.1}%) | {} ({:.1}%) | {} | {} ({:.1}%) | {} ({:.1}%) |",
            f.file_name().unwrap().to_string_lossy(),
            ft.cases,
            ft.spans,
            ft.found,
            pct(ft.found, ft.spans),
            ft.mapped,
            pct(ft.mapped, ft.spans),
            ft.in_scope,
            ft.right,
            pct(ft.right, ft.in_scope),
            ft.mapped_right,
            pct(ft.mapped_right, ft.in_scope)
        );
        t.add(&ft);
    }
    println!(
        "| **all** | {} | {} | {} ({:.1}%) | {} ({:.1}%) | {} | {} ({:.1}%) | {} ({:.1}%) |",
        t.cases,
        t.spans,
        t.found,
        pct(t.found, t.spans),
        t.mapped,
        pct(t.mapped, t.spans),
        t.in_scope,
        t.right,
        pct(t.right, t.in_scope),
        t.mapped_right,
        pct(t.mapped_right, t.in_scope)
    );
    println!(
        "\nskipped (NotSupported for dotnet): {}; expected results out of value scope: {}; values right among in-scope results whose span was found exactly: {}/{} ({:.1}%)",
        t.skipped,
        t.out_scope,
        t.right,
        t.in_scope_found,
        pct(t.right, t.in_scope_found)
    );
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { 100.0 * a as f64 / b as f64 }
}

/// Counts for one spec file or all of them.
#[derive(Default)]
pub struct Tally {
    pub cases: usize,
    pub skipped: usize,
    /// Expected results.
    pub spans: usize,
    /// Expected spans found exactly.
    pub found: usize,
    pub in_scope: usize,
    pub in_scope_found: usize,
    pub out_scope: usize,
    /// In-scope values right on an exact span.
    pub right: usize,
    /// Spans found once Recognizers' span conventions are mapped onto ours.
    pub mapped: usize,
    /// In-scope values right on a span found exactly or after mapping.
    pub mapped_right: usize,
}

impl Tally {
    pub fn add(&mut self, o: &Tally) {
        self.cases += o.cases;
        self.skipped += o.skipped;
        self.spans += o.spans;
        self.found += o.found;
        self.in_scope += o.in_scope;
        self.in_scope_found += o.in_scope_found;
        self.out_scope += o.out_scope;
        self.right += o.right;
        self.mapped += o.mapped;
        self.mapped_right += o.mapped_right;
    }
}

/// Scores one spec file into `t`; `show` prints each miss on stderr.
pub fn score_file(path: &Path, t: &mut Tally, show: bool) {
    let Ok(raw) = std::fs::read_to_string(path) else { return };
    let raw = raw.trim_start_matches('\u{feff}');
    let Ok(Value::Array(cases)) = serde_json::from_str::<Value>(raw) else { return };
    for case in cases {
        let ns = |k: &str| case.get(k).and_then(Value::as_str).unwrap_or("").to_ascii_lowercase().contains("dotnet");
        if ns("NotSupported") || ns("NotSupportedByDesign") {
            t.skipped += 1;
            continue;
        }
        let Some(input) = case.get("Input").and_then(Value::as_str) else { continue };
        t.cases += 1;
        let reference_full = case
            .pointer("/Context/ReferenceDateTime")
            .and_then(Value::as_str)
            .unwrap_or("2016-11-07T00:00:00")
            .to_string();
        let reference = reference_full.get(..10).unwrap_or(&reference_full).to_string();
        let tagged = dossier_time::tag_text(input, Some(&reference), &[]);
        // Byte offsets to char offsets.
        let to_char = |b: usize| input[..b].chars().count();
        let sys: Vec<(usize, usize, String)> =
            tagged.iter().map(|x| (to_char(x.range.start), to_char(x.range.end), x.value.clone())).collect();
        let Some(results) = case.get("Results").and_then(Value::as_array) else { continue };
        for r in results {
            let Some(start) = r.get("Start").and_then(Value::as_u64) else { continue };
            let start = start as usize;
            let end = match (r.get("End").and_then(Value::as_u64), r.get("Length").and_then(Value::as_u64)) {
                (Some(e), _) => e as usize + 1,
                (None, Some(l)) => start + l as usize,
                _ => continue,
            };
            t.spans += 1;
            let hit = sys.iter().find(|s| s.0 == start && s.1 == end);
            let mapped = hit.map(|h| Some(h.2.as_str())).or_else(|| mapped_match(input, start, end, &sys));
            if mapped.is_some() {
                t.mapped += 1;
            }
            if hit.is_some() {
                t.found += 1;
            } else if show {
                let text = r.get("Text").and_then(Value::as_str).unwrap_or("");
                eprintln!(
                    "{}\t{}\t{input}\t{text:?}\tgot {:?}",
                    if mapped.is_some() { "CONV" } else { "SPAN" },
                    path.file_name().unwrap().to_string_lossy(),
                    sys.iter().map(|s| input.chars().skip(s.0).take(s.1 - s.0).collect::<String>()).collect::<Vec<_>>()
                );
            }
            let (timex, accepted) = expected_values(r);
            let Some(timex) = timex else { continue };
            if !in_scope(&timex) {
                t.out_scope += 1;
                continue;
            }
            t.in_scope += 1;
            let ok = hit.is_some_and(|h| value_ok(&h.2, &timex, &accepted));
            if hit.is_some() {
                t.in_scope_found += 1;
            }
            if ok {
                t.right += 1;
            }
            let text = r.get("Text").and_then(Value::as_str).unwrap_or("");
            let mapped_ok = mapped
                .flatten()
                .is_some_and(|v| value_ok(v, &timex, &accepted) || in_duration_ok(text, v, &reference_full, &accepted));
            if mapped_ok {
                t.mapped_right += 1;
            } else if show {
                // `MVAL`: wrong even after mapping the span conventions.
                eprintln!(
                    "MVAL\t{}\t{input}\t{text:?}={timex}\tgot {:?}",
                    path.file_name().unwrap().to_string_lossy(),
                    sys.iter()
                        .map(|s| format!("{}={}", input.chars().skip(s.0).take(s.1 - s.0).collect::<String>(), s.2))
                        .collect::<Vec<_>>()
                );
            }
            if show && !ok {
                let text = r.get("Text").and_then(Value::as_str).unwrap_or("");
                eprintln!(
                    "{}\t{input}\t{text:?}={timex}\tgot {:?}",
                    path.file_name().unwrap().to_string_lossy(),
                    sys.iter()
                        .map(|s| format!("{}={}", input.chars().skip(s.0).take(s.1 - s.0).collect::<String>(), s.2))
                        .collect::<Vec<_>>()
                );
            }
        }
    }
}

/// Words Recognizers keeps at the front of a span ("since tomorrow", "in 5
/// minutes", "for 3 days") that TimeML leaves outside the TIMEX3 (they are
/// signals, `<SIGNAL>` in TimeML).
const LEADING_SIGNALS: &[&str] = &[
    "on",
    "in",
    "at",
    "since",
    "from",
    "by",
    "before",
    "after",
    "until",
    "till",
    "to",
    "for",
    "during",
    "within",
    "around",
    "about",
    "between",
    "through",
    "throughout",
    "over",
    "starting",
    "beginning",
    "ending",
    "of",
    "upon",
];

/// Comparative phrases Recognizers keeps at the front of a span ("no later
/// than 6:00", "as early as next week"): TimeML puts them outside the TIMEX3
/// as signals (the modifier goes on the TIMEX3 as BEFORE, AFTER, ...).
const LEADING_PHRASES: &[&str] = &[
    "no later than",
    "not later than",
    "no earlier than",
    "not earlier than",
    "later than",
    "earlier than",
    "as late as",
    "as early as",
    "on or before",
    "on or after",
    "on or earlier than",
    "on or later than",
    "before or on",
    "before or in",
    "after or on",
    "later than or at",
    "later than or in",
    "earlier than or in",
    "at or after",
    "at or before",
    "after or equal to",
    "before or equal to",
    "sooner than",
    "greater than",
    "in advance of",
    "ending with",
];

/// Words and marks that may join two TIMEX3s where Recognizers writes one
/// range or one date-and-time span ("2014 through May 2nd 2018", "1/1 - 1/7",
/// "this Friday, in the afternoon", "tomorrow at 7pm", "Monday from 9 to
/// 11", "the week starting February 4"): TimeML tags each end separately (a
/// range is two TIMEX3s and a signal).
const CONNECTORS: &[&str] = &[
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

/// Words that join a day and a time bound within it ("today before 4pm",
/// "Monday after 3pm", "next Friday later than 9 in the morning"):
/// connectors only between two points in time, never next to a duration.
const BOUND_CONNECTORS: &[&str] = &["before", "after", "later", "earlier", "than", "no", "not"];

/// Maps Recognizers' span conventions onto TimeML's, for the "conventions
/// mapped" columns: the expected span matches when, after dropping a leading
/// comparative phrase ([`LEADING_PHRASES`]), leading signal words and a
/// trailing full stop, it equals one system span, or
/// one with "the " before it (the
/// system span's value is returned for value scoring), or it is exactly
/// covered by two or more system spans separated only by connector words,
/// spaces and punctuation (a range or a date-and-time; no single value, so
/// `Some(None)`); between two points (no duration on either side) the
/// bound words of [`BOUND_CONNECTORS`] join too ("today before 4pm").
/// Nothing inside the expected span may be left untagged
/// except connectors: "3 weeks after christmas on friday" does not match
/// "3 weeks", "Christmas", "Friday", because "after" is no connector.
fn mapped_match<'a>(
    input: &str,
    start: usize,
    end: usize,
    sys: &'a [(usize, usize, String)],
) -> Option<Option<&'a str>> {
    let chars: Vec<char> = input.chars().collect();
    if end > chars.len() || start >= end {
        return None;
    }
    let is_word_char = |c: char| c.is_alphanumeric() || c == '\'';
    let (mut s, mut e) = (start, end);
    // Drop leading comparison signs ("> = 2019", "<6pm"), a leading
    // comparative phrase, then leading signal words.
    while s < e && matches!(chars[s], '<' | '>' | '=' | ' ') {
        s += 1;
    }
    let lower: String = chars[s..e].iter().collect::<String>().to_lowercase();
    if let Some(p) = LEADING_PHRASES.iter().filter(|p| lower.starts_with(&format!("{p} "))).max_by_key(|p| p.len()) {
        s += p.chars().count() + 1;
    }
    loop {
        let mut k = s;
        while k < e && is_word_char(chars[k]) {
            k += 1;
        }
        let w: String = chars[s..k].iter().collect::<String>().to_lowercase();
        // "beginning of 2000" is a position inside the TIMEX3, not a signal.
        let position = matches!(w.as_str(), "beginning" | "starting" | "ending")
            && chars[k..e].iter().collect::<String>().trim_start().to_lowercase().starts_with("of ");
        if k < e && chars[k] == ' ' && LEADING_SIGNALS.contains(&w.as_str()) && !position {
            s = k;
            while s < e && chars[s] == ' ' {
                s += 1;
            }
        } else {
            break;
        }
    }
    while e > s && matches!(chars[e - 1], '.' | ' ') {
        e -= 1;
    }
    let trimmed = |a: usize, b: usize| -> (usize, usize) {
        let mut b = b;
        while b > a && matches!(chars[b - 1], '.' | ' ') {
            b -= 1;
        }
        (a, b)
    };
    // TimeML puts the article inside the TIMEX3 ("the coming quarter",
    // "the beginning of 2000"); Recognizers often leaves it out.
    let with_article = |a: usize| a + 4 == s && chars[a..s].iter().collect::<String>().eq_ignore_ascii_case("the ");
    if let Some(h) = sys.iter().find(|x| {
        let (a, b) = trimmed(x.0, x.1);
        b == e && (a == s || with_article(a))
    }) {
        return Some(Some(h.2.as_str()));
    }
    let inside: Vec<(usize, usize, &str)> = sys
        .iter()
        .map(|x| {
            let (a, b) = trimmed(x.0, x.1);
            (a, b, x.2.as_str())
        })
        .filter(|&(a, b, _)| a >= s && b <= e && a < b)
        .collect();
    if inside.len() < 2 || inside[0].0 != s || inside.last().map(|x| x.1) != Some(e) {
        return None;
    }
    for w in inside.windows(2) {
        let (a, b) = (w[0].1, w[1].0);
        if b < a {
            return None;
        }
        // "today before 4pm": a bound inside a day joins two points, never a duration
        // ("3 weeks after christmas" stays a miss).
        let points = !w[0].2.starts_with('P') && !w[1].2.starts_with('P');
        let gap: String = chars[a..b].iter().collect::<String>().to_lowercase();
        let ok = gap
            .split(|c: char| !is_word_char(c))
            .filter(|x| !x.is_empty())
            .all(|x| CONNECTORS.contains(&x) || (points && BOUND_CONNECTORS.contains(&x)));
        if !ok {
            return None;
        }
    }
    Some(None)
}

/// The expected timex and the resolved dates the spec accepts.
fn expected_values(r: &Value) -> (Option<String>, Vec<String>) {
    let mut accepted = Vec::new();
    let mut collect = |v: &Value| {
        if let Some(o) = v.as_object() {
            for (_, x) in o {
                if let Some(s) = x.as_str() {
                    accepted.push(s.to_string());
                }
            }
        }
    };
    if let Some(vals) = r.pointer("/Resolution/values").and_then(Value::as_array) {
        let timex = vals.first().and_then(|v| v.get("timex")).and_then(Value::as_str).map(str::to_string);
        for v in vals {
            if let Some(s) = v.get("value").and_then(Value::as_str) {
                accepted.push(s.to_string());
            }
            if let Some(s) = v.get("timex").and_then(Value::as_str) {
                accepted.push(s.to_string());
            }
        }
        return (timex, accepted);
    }
    if let Some(v) = r.get("Value") {
        let timex = v.get("Timex").and_then(Value::as_str).map(str::to_string);
        if let Some(f) = v.get("FutureResolution") {
            collect(f);
        }
        if let Some(p) = v.get("PastResolution") {
            collect(p);
        }
        return (timex, accepted);
    }
    (None, accepted)
}

fn in_scope(t: &str) -> bool {
    if t.starts_with('(') || t.contains('#') || t.is_empty() {
        return false;
    }
    let (date, time) = match t.split_once('T') {
        Some((d, tm)) if !t.starts_with('P') => (d, Some(tm)),
        _ => (t, None),
    };
    if let Some(tm) = time {
        let ok = tm.split(':').all(|p| p.len() == 2 && p.bytes().all(|c| c.is_ascii_digit()));
        if !ok {
            return false;
        }
        if date.is_empty() {
            return true;
        }
    }
    if date.starts_with('P') {
        return date.len() > 2;
    }
    let parts: Vec<&str> = date.split('-').collect();
    let year_ok = |y: &str| y.len() == 4 && (y == "XXXX" || y.bytes().all(|c| c.is_ascii_digit()));
    let two = |s: &str| s.len() == 2 && (s == "XX" || s.bytes().all(|c| c.is_ascii_digit()));
    match parts.as_slice() {
        [y] => year_ok(y),
        [y, p] => {
            year_ok(y)
                && (two(p)
                    || (p.starts_with('W') && p.len() == 3)
                    || matches!(*p, "SP" | "SU" | "FA" | "WI" | "Q1" | "Q2" | "Q3" | "Q4" | "H1" | "H2"))
        }
        [y, m, d] => {
            year_ok(y)
                && ((two(m) && two(d))
                    || (*m == "WXX" && (d.len() == 1 || *d == "WE"))
                    || (m.starts_with('W') && m.len() == 3 && (d.len() == 1 || *d == "WE")))
        }
        _ => false,
    }
}

fn norm_time(t: &str) -> String {
    // "T15" = "T15:00"; seconds ":00" dropped; "24:00" (TimeML's midnight) = "00:00".
    let t = if t.starts_with("24") { t.replacen("24", "00", 1) } else { t.to_string() };
    let mut parts: Vec<&str> = t.split(':').collect();
    if parts.len() == 1 {
        parts.push("00");
    }
    if parts.len() == 3 && parts[2] == "00" {
        parts.pop();
    }
    parts.join(":")
}

/// "in 5 hours", "in two weeks", "30 minutes later": Recognizers resolves the
/// point that far after the reference time, where TimeML (with no clock time
/// to count from) tags the duration ("5 hours" = PT5H).
/// Counts our duration right when the reference plus it is the expected
/// point (to the day when the expected value is a day).
fn in_duration_ok(text: &str, got: &str, reference: &str, accepted: &[String]) -> bool {
    use jiff::civil::DateTime;
    let lower = text.to_ascii_lowercase();
    if !(lower.starts_with("in ") || lower.ends_with(" later")) || !got.starts_with('P') {
        return false;
    }
    let Ok(span) = got.parse::<jiff::Span>() else { return false };
    let Ok(base) = reference.parse::<DateTime>() else { return false };
    let Ok(point) = base.checked_add(span) else { return false };
    let full = point.strftime("%Y-%m-%dT%H:%M:%S").to_string();
    // Resolutions write "2016-11-07 05:00:00" or "2016-11-07T05:00:00".
    accepted
        .iter()
        .any(|a| if a.len() == 10 { full.get(..10) == Some(a.as_str()) } else { a.replacen(' ', "T", 1) == full })
}

/// A duration as (months, seconds): the same amount of time written two
/// ways compares equal ("PT1.5H" = "PT1H30M", "P0.5Y" = "P6M", "P2DE" =
/// "P20Y", "P1W3D" = "P10D"). None for vague ("PXM") or invalid values.
fn duration_amount(v: &str) -> Option<(i64, i64)> {
    let rest = v.strip_prefix('P')?;
    let (mut months, mut secs) = (0.0f64, 0.0f64);
    let mut time = false;
    let mut num = String::new();
    let mut it = rest.chars().peekable();
    while let Some(c) = it.next() {
        match c {
            'T' => time = true,
            '0'..='9' | '.' => num.push(c),
            _ => {
                let n: f64 = num.parse().ok()?;
                num.clear();
                let unit = if c == 'D' && it.peek() == Some(&'E') {
                    it.next();
                    "DE"
                } else if c == 'C' && it.peek() == Some(&'E') {
                    it.next();
                    "CE"
                } else {
                    match c {
                        'Y' => "Y",
                        'M' if time => "MIN",
                        'M' => "MON",
                        'W' => "W",
                        'D' => "D",
                        'H' => "H",
                        'S' => "S",
                        'L' => "L",
                        _ => return None,
                    }
                };
                match unit {
                    "Y" => months += 12.0 * n,
                    "DE" => months += 120.0 * n,
                    "CE" => months += 1200.0 * n,
                    "L" => months += 12000.0 * n,
                    "MON" => months += n,
                    "W" => secs += 7.0 * 86400.0 * n,
                    "D" => secs += 86400.0 * n,
                    "H" => secs += 3600.0 * n,
                    "MIN" => secs += 60.0 * n,
                    _ => secs += n,
                }
            }
        }
    }
    num.is_empty().then_some(((months * 100.0).round() as i64, secs.round() as i64))
}

/// Whether `got` is an instance of the open timex `timex`: the spec leaves
/// the year (or more) open ("XXXX-03-22", "XXXX-11", "XXXX-WXX-3") and we
/// resolved it ("2018-03-22", "2018-11", a Wednesday). Recognizers' resolved
/// values pick a year by their own future-leaning rule; the timex is what
/// the text says.
fn instance_of(got: &str, timex: &str) -> bool {
    if !timex.contains('X') {
        return false;
    }
    // "XXXX-WXX-3": any day that is a Wednesday.
    if let Some(d) = timex.strip_prefix("XXXX-WXX-")
        && d.len() == 1
        && let Ok(date) = got.parse::<jiff::civil::Date>()
    {
        return date.weekday().to_monday_one_offset().to_string() == d;
    }
    timex.len() == got.len() && timex.bytes().zip(got.bytes()).all(|(t, g)| t == g || (t == b'X' && g.is_ascii_digit()))
}

fn value_ok(got: &str, timex: &str, accepted: &[String]) -> bool {
    if got.eq_ignore_ascii_case(timex) || instance_of(got, timex) {
        return true;
    }
    // The same duration written another way.
    if timex.starts_with('P') && got.starts_with('P') {
        return duration_amount(got).is_some_and(|g| duration_amount(timex) == Some(g));
    }
    if let Some((_, et)) = timex.split_once('T').filter(|_| !timex.starts_with('P')) {
        let Some((gd, gt)) = got.split_once('T') else { return false };
        let date_ok = timex.starts_with('T')
            || accepted.iter().any(|a| a.get(..10) == gd.get(..10))
            || timex.split('T').next() == Some(gd)
            || timex.split('T').next().is_some_and(|td| instance_of(gd, td));
        return date_ok && norm_time(gt) == norm_time(et);
    }
    accepted.iter().any(|a| a == got || (got.len() == 10 && a.get(..10) == Some(got) && a.len() <= 19))
}
