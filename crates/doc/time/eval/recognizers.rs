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
//! or, for a time, has the same clock time, or is the same duration
//! written another way ("PT1.5H" = "PT1H30M"), or is one of the
//! Recognizers/TimeML convention differences of [`Expected::right`] (a
//! period equal to a resolved range, an open year resolved either way, the
//! end of a day as `mod="END"`, "N units ago" at the unit's granularity,
//! "few" = 3 = X); in the mapped column a duration after "in" ("in 5
//! hours") also counts when the reference plus it is the expected point,
//! and a point split over several TIMEX3s counts by the part that carries
//! it ([`split_point`]). `--errors` marks each value miss `VALUE` with its
//! class. The "mention" columns score the library's mentions
//! ([`dossier_time::mention::mentions`]: ranges and multi-part points as
//! one span, with their leading signal): exact span equality over all
//! expected results, and values over the in-scope points plus the ranges
//! `(start,end,duration)` whose bounds are TIMEX3 syntax ([`MentionCase`]);
//! `--errors` marks those misses `MSPAN` and `MVALUE`. All of it is
//! documented in RESULTS.md.

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
        "| file | cases | expected spans | spans found | found, conventions mapped | in-scope values | values right | right, conventions mapped | mention spans exact | mention-scope values | mention values |"
    );
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for f in &files {
        let mut ft = Tally::default();
        score_file(f, &mut ft, show);
        println!("{}", row(&f.file_name().unwrap().to_string_lossy(), &ft));
        t.add(&ft);
    }
    println!("{}", row("**all**", &t));
    println!(
        "\nskipped (NotSupported for dotnet): {}; expected results out of value scope: {}; values right among in-scope results whose span was found exactly: {}/{} ({:.1}%)",
        t.skipped,
        t.out_scope,
        t.right,
        t.in_scope_found,
        pct(t.right, t.in_scope_found)
    );
    println!(
        "mention values: {} expected results in scope ({} points, {} ranges whose bounds are TIMEX3 syntax), {} out of scope; right on an exact mention span: {} ({:.1}% of the scope, {:.1}% of all {} expected results with a timex; {}/{} ({:.1}%) of those whose mention span was found)",
        t.mention_in_scope,
        t.mention_in_scope - t.mention_ranges,
        t.mention_ranges,
        t.in_scope + t.out_scope - t.mention_in_scope,
        t.mention_right,
        pct(t.mention_right, t.mention_in_scope),
        pct(t.mention_right, t.in_scope + t.out_scope),
        t.in_scope + t.out_scope,
        t.mention_right,
        t.mention_in_scope_found,
        pct(t.mention_right, t.mention_in_scope_found)
    );
}

/// One line of the results table: a file, or `**all**` for the totals.
fn row(name: &str, t: &Tally) -> String {
    format!(
        "| {name} | {} | {} | {} ({:.1}%) | {} ({:.1}%) | {} | {} ({:.1}%) | {} ({:.1}%) | {} ({:.1}%) | {} | {} ({:.1}%) |",
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
        pct(t.mapped_right, t.in_scope),
        t.mention_found,
        pct(t.mention_found, t.spans),
        t.mention_in_scope,
        t.mention_right,
        pct(t.mention_right, t.mention_in_scope)
    )
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
    /// Expected spans equal to a mention's span ([`dossier_time::mention`]).
    pub mention_found: usize,
    /// Expected results whose value a mention can be scored on: the
    /// in-scope points and the ranges whose two bounds are TIMEX3 syntax.
    pub mention_in_scope: usize,
    /// Of those, ranges `(start,end,duration)`.
    pub mention_ranges: usize,
    /// Mention-scope values right on a mention with the expected span.
    pub mention_right: usize,
    /// Mention-scope results whose mention span was found exactly.
    pub mention_in_scope_found: usize,
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
        self.mention_found += o.mention_found;
        self.mention_in_scope += o.mention_in_scope;
        self.mention_ranges += o.mention_ranges;
        self.mention_right += o.mention_right;
        self.mention_in_scope_found += o.mention_in_scope_found;
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
        let reference_day: Option<jiff::civil::Date> = reference.parse().ok();
        let Some(results) = case.get("Results").and_then(Value::as_array) else { continue };
        let ments = dossier_time::mention::mentions_at(input, &tagged, Some(&reference_full));
        let ment_spans: Vec<(usize, usize)> =
            ments.iter().map(|m| (to_char(m.range.start), to_char(m.range.end))).collect();
        let zone_spans: Vec<(usize, usize)> =
            ments.iter().filter_map(|m| m.zone).map(|z| (to_char(z.start), to_char(z.end))).collect();
        let case = MentionCase {
            file: path,
            input,
            mentions: &ments,
            spans: &ment_spans,
            zones: &zone_spans,
            tagged: &tagged,
            reference: reference_day,
        };
        let expected_spans: Vec<(usize, usize)> = results.iter().filter_map(result_span).collect();
        for r in results {
            let Some(start) = r.get("Start").and_then(Value::as_u64) else { continue };
            let start = start as usize;
            let end = match (r.get("End").and_then(Value::as_u64), r.get("Length").and_then(Value::as_u64)) {
                (Some(e), _) => e as usize + 1,
                (None, Some(l)) => start + l as usize,
                _ => continue,
            };
            t.spans += 1;
            case.score(r, (start, end), t, show);
            let hit = sys.iter().position(|s| s.0 == start && s.1 == end);
            let mapped = hit
                .map(Mapped::One)
                .or_else(|| mapped_match(input, start, end, &sys))
                .or_else(|| merged_into(input, start, end, &sys, &expected_spans).map(Mapped::Part));
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
            let (timex, accepted, ranges) = expected_values(r);
            let Some(timex) = timex else { continue };
            if !in_scope(&timex) {
                t.out_scope += 1;
                continue;
            }
            t.in_scope += 1;
            let text = r.get("Text").and_then(Value::as_str).unwrap_or("");
            let expect =
                Expected { text, timex: &timex, accepted: &accepted, ranges: &ranges, reference: reference_day };
            let right = |i: usize| expect.right(&sys[i].2, &tagged[i]);
            let ok = hit.is_some_and(right);
            if hit.is_some() {
                t.in_scope_found += 1;
            }
            if ok {
                t.right += 1;
            }
            let mapped_ok = match &mapped {
                Some(Mapped::One(i)) => right(*i) || in_duration_ok(text, &sys[*i].2, &reference_full, &accepted),
                Some(Mapped::Split(parts)) => split_point(parts, &tagged).is_some_and(right),
                Some(Mapped::Part(i)) => part_right(&expect, &sys[*i].2, &tagged[*i]),
                None => false,
            };
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
                // Why the value is not counted on an exact span: WRONG (exact span, wrong
                // value), MAPPED-OK (right once conventions are mapped), MAPPED-WRONG (one
                // mapped span, wrong value), SPLIT (several spans, no single value), NOSPAN.
                let class = match (hit.is_some(), mapped, mapped_ok) {
                    (true, _, _) => "WRONG",
                    (false, _, true) => "MAPPED-OK",
                    (false, Some(Mapped::One(_) | Mapped::Part(_)), false) => "MAPPED-WRONG",
                    (false, Some(Mapped::Split(_)), _) => "SPLIT",
                    (false, None, _) => "NOSPAN",
                };
                eprintln!(
                    "VALUE {class}\t{}\t{input}\t{text:?}={timex}\tgot {:?}",
                    path.file_name().unwrap().to_string_lossy(),
                    sys.iter()
                        .map(|s| format!("{}={}", input.chars().skip(s.0).take(s.1 - s.0).collect::<String>(), s.2))
                        .collect::<Vec<_>>()
                );
            }
        }
    }
}

/// Maps Recognizers' span conventions onto TimeML's, for the "conventions
/// mapped" columns: the expected span matches when, after dropping a leading
/// comparative phrase ([`dossier_time::mention::LEADING_PHRASES`]), leading signal words and a
/// trailing full stop, it equals one system span, or
/// one with "the " before it (the
/// system span's value is returned for value scoring), or it is exactly
/// covered by two or more system spans separated only by connector words,
/// spaces and punctuation (a range or a date-and-time; no single value, so
/// `Some(None)`); between two points (no duration on either side) the
/// bound words of [`dossier_time::mention::BOUND_CONNECTORS`] join too ("today before 4pm").
/// Nothing inside the expected span may be left untagged
/// except connectors: "3 weeks after christmas on friday" does not match
/// "3 weeks", "Christmas", "Friday", because "after" is no connector.
fn mapped_match(input: &str, start: usize, end: usize, sys: &[(usize, usize, String)]) -> Option<Mapped> {
    let chars: Vec<char> = input.chars().collect();
    if end > chars.len() || start >= end {
        return None;
    }
    let (mut s, mut e) = (start, end);
    // Drop leading comparison signs ("> = 2019"), a comparative phrase and
    // signal words, as the library defines them.
    let span: String = chars[s..e].iter().collect();
    s += span[..dossier_time::mention::strip_leading_signals(&span)].chars().count();
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
    if let Some(h) = sys.iter().position(|x| {
        let (a, b) = trimmed(x.0, x.1);
        b == e && (a == s || with_article(a))
    }) {
        return Some(Mapped::One(h));
    }
    let inside: Vec<(usize, usize, &str, usize)> = sys
        .iter()
        .enumerate()
        .map(|(i, x)| {
            let (a, b) = trimmed(x.0, x.1);
            (a, b, x.2.as_str(), i)
        })
        .filter(|&(a, b, _, _)| a >= s && b <= e && a < b)
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
        let ok = dossier_time::mention::connector_gap(&gap, points);
        if !ok {
            return None;
        }
    }
    Some(Mapped::Split(inside.iter().map(|x| x.3).collect()))
}

/// How an expected span was found once conventions are mapped.
enum Mapped {
    /// One system timex (its index).
    One(usize),
    /// Several system timexes joined by connectors (their indices).
    Split(Vec<usize>),
    /// One system timex that joins this expected span and others of the
    /// same case ("tomorrow at 7pm" where the spec has "tomorrow" and "7pm").
    Part(usize),
}

/// The expected span of a result, in characters, `[start, end)`.
fn result_span(r: &Value) -> Option<(usize, usize)> {
    let start = r.get("Start").and_then(Value::as_u64)? as usize;
    match (r.get("End").and_then(Value::as_u64), r.get("Length").and_then(Value::as_u64)) {
        (Some(e), _) => Some((start, e as usize + 1)),
        (None, Some(l)) => Some((start, start + l as usize)),
        _ => None,
    }
}

/// The mirror of a split: the spec writes a day and a clock time as two
/// results ("tomorrow", "7pm" in "tomorrow at 7pm") where TimeML-style
/// merging tags one TIMEX3 on that day. The expected span maps onto the
/// system span that holds it when that span is exactly covered by this
/// case's expected spans joined only by connectors.
fn merged_into(
    input: &str,
    start: usize,
    end: usize,
    sys: &[(usize, usize, String)],
    expected: &[(usize, usize)],
) -> Option<usize> {
    let chars: Vec<char> = input.chars().collect();
    let i = sys.iter().position(|x| x.0 <= start && end <= x.1 && (x.1 - x.0) > (end - start))?;
    let (a, mut b) = (sys[i].0, sys[i].1);
    while b > a && matches!(chars.get(b - 1), Some('.' | ' ')) {
        b -= 1;
    }
    let mut inside: Vec<(usize, usize)> =
        expected.iter().copied().filter(|&(s, e)| s >= a && e <= b && s < e).collect();
    inside.sort();
    inside.dedup();
    if inside.len() < 2 || inside[0].0 != a || inside.last().map(|x| x.1) != Some(b) {
        return None;
    }
    inside
        .windows(2)
        .all(|w| {
            w[1].0 >= w[0].1
                && dossier_time::mention::connector_gap(&chars[w[0].1..w[1].0].iter().collect::<String>(), false)
        })
        .then_some(i)
}

/// The value of a [`Mapped::Part`]: the day of our date-and-time for an
/// expected day, its clock time for an expected time.
fn part_right(expect: &Expected, got: &str, tagged: &dossier_time::Tagged) -> bool {
    let Some((day, _)) = got.split_once('T') else { return expect.right(got, tagged) };
    if expect.timex.contains('T') { expect.right(got, tagged) } else { expect.right(day, tagged) }
}

/// A point written as several TIMEX3s: [`dossier_time::mention::split_point`]
/// on the parts (indices into `tagged`), as an index into `tagged`.
fn split_point(parts: &[usize], tagged: &[dossier_time::Tagged]) -> Option<usize> {
    let own: Vec<dossier_time::Tagged> = parts.iter().map(|&i| tagged[i].clone()).collect();
    dossier_time::mention::split_point(&own).map(|k| parts[k])
}

/// What the spec expects for one result.
struct Expected<'a> {
    /// The expected span's text.
    text: &'a str,
    /// The expected timex.
    timex: &'a str,
    /// The resolved values (past and future) and timexes the spec lists.
    accepted: &'a [String],
    /// Resolved ranges the spec lists, `(start, end)`.
    ranges: &'a [(String, String)],
    /// The case's reference day.
    reference: Option<jiff::civil::Date>,
}

impl Expected<'_> {
    /// Whether the system value `got` (of the timex `tagged`) is right.
    fn right(&self, got: &str, tagged: &dossier_time::Tagged) -> bool {
        value_ok(got, self.timex, self.accepted)
            || range_ok(got, self.ranges)
            || open_year_ok(got, self.timex, self.reference)
            || open_year_time_ok(got, self.timex, self.reference)
            || end_of_day_ok(got, tagged.modifier, self.timex, self.accepted)
            || ago_granularity_ok(self.text, got, self.timex)
            || vague_count_ok(self.text, got, self.timex)
    }
}

/// "two years ago", "a month ago": Recognizers gives the day that far back
/// (`2014-11-07`), TimeML values the expression at the granularity of the
/// unit it counts (TimeBank: "a year ago" = `1988`); right when the expected
/// day, cut to the unit the text names (year, month or ISO week), is ours.
fn ago_granularity_ok(text: &str, got: &str, timex: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    if words.last() != Some(&"ago") || words.len() < 2 {
        return false;
    }
    let Ok(day) = timex.parse::<jiff::civil::Date>() else { return false };
    match words[words.len() - 2] {
        "year" | "years" => got == format!("{:04}", day.year()),
        "month" | "months" => got == format!("{:04}-{:02}", day.year(), day.month()),
        "week" | "weeks" => {
            let w = day.iso_week_date();
            got == format!("{:04}-W{:02}", w.year(), w.week())
        }
        _ => false,
    }
}

/// "few hours", "several weeks", "some days": Recognizers writes the vague
/// count as 3 (`PT3H`), TimeML as X (`PTXH`); right when ours is the same
/// unit with X and the text has the vague word.
fn vague_count_ok(text: &str, got: &str, timex: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let vague = lower.split(|c: char| !c.is_ascii_alphabetic()).any(|w| matches!(w, "few" | "several" | "some"));
    vague && timex.starts_with('P') && timex.matches('3').count() == 1 && {
        let digits = timex.bytes().filter(u8::is_ascii_digit).count();
        digits == 1 && got == timex.replace('3', "X")
    }
}

use dossier_time::mention::calendar_extent;

/// "February", "that weekend", "the same week": Recognizers resolves a
/// period to its first day and the day after its last; the value is right
/// when it names exactly that period ("2017-02" = 2017-02-01 to 2017-03-01,
/// "2016-W45-WE" = 2016-11-12 to 2016-11-14).
fn range_ok(got: &str, ranges: &[(String, String)]) -> bool {
    let Some((a, b)) = calendar_extent(got) else { return false };
    ranges.iter().any(|(s, e)| s.get(..10) == Some(&a.to_string()) && e.get(..10) == Some(&b.to_string()))
}

/// A timex that leaves the year open (`XXXX-02`, `XXXX-10-02`,
/// `XXXX-WXX-5`): Recognizers resolves it both ways (the latest instance on
/// or before the reference, the earliest on or after) but some specs list
/// only one; the value is right when it is one of those two instances of the
/// same month, day or weekday.
fn open_year_ok(got: &str, timex: &str, reference: Option<jiff::civil::Date>) -> bool {
    use jiff::ToSpan;
    use jiff::civil::Date;
    let Some(r) = reference else { return false };
    let Some(rest) = timex.strip_prefix("XXXX-") else { return false };
    if got.len() < 7 || !got.as_bytes()[..4].iter().all(u8::is_ascii_digit) || got.contains('T') {
        return false;
    }
    let y: i16 = match got[..4].parse() {
        Ok(y) => y,
        Err(_) => return false,
    };
    // The two candidate years for a (month, day) that recurs every year.
    let years = |m: i8, d: i8| {
        let past = if (m, d) <= (r.month(), r.day()) { r.year() } else { r.year() - 1 };
        let future = if (m, d) >= (r.month(), r.day()) { r.year() } else { r.year() + 1 };
        y == past || y == future
    };
    let parts: Vec<&str> = rest.split('-').collect();
    match parts.as_slice() {
        [m] if m.len() == 2 && m.bytes().all(|c| c.is_ascii_digit()) => {
            // A month: compare by month only (the reference month is both).
            let Ok(mm) = m.parse::<i8>() else { return false };
            got.len() == 7 && &got[5..7] == *m && {
                let past = if mm <= r.month() { r.year() } else { r.year() - 1 };
                let future = if mm >= r.month() { r.year() } else { r.year() + 1 };
                y == past || y == future
            }
        }
        [m, d] if m.len() == 2 && d.len() == 2 && m.bytes().chain(d.bytes()).all(|c| c.is_ascii_digit()) => {
            got.len() == 10
                && &got[5..7] == *m
                && &got[8..10] == *d
                && years(m.parse().unwrap_or(0), d.parse().unwrap_or(0))
        }
        ["WXX", d] if d.len() == 1 => {
            let Ok(day) = got.parse::<Date>() else { return false };
            let want = d.as_bytes()[0].wrapping_sub(b'0') as i8;
            if day.weekday().to_monday_one_offset() != want {
                return false;
            }
            // The latest such weekday on or before the reference, or the earliest on or after.
            let back = r.checked_sub(6.days()).ok();
            let ahead = r.checked_add(6.days()).ok();
            back.is_some_and(|b| day >= b && day <= r) || ahead.is_some_and(|a| day >= r && day <= a)
        }
        _ => false,
    }
}

/// A time on a day whose year is open (`XXXX-WXX-4T17`, `XXXX-02-01T06:00`):
/// right when the clock time is the same and the day is one of the two
/// instances [`open_year_ok`] accepts.
fn open_year_time_ok(got: &str, timex: &str, reference: Option<jiff::civil::Date>) -> bool {
    let (Some((gd, gt)), Some((ed, et))) = (got.split_once('T'), timex.split_once('T')) else { return false };
    let clock = |t: &str| t.starts_with(|c: char| c.is_ascii_digit());
    clock(gt) && clock(et) && norm_time(gt) == norm_time(et) && open_year_ok(gd, ed, reference)
}

/// "end of tomorrow", "the eod": Recognizers gives the day's last second
/// (`2016-11-08T23:59:59`), TimeML the day with `mod="END"`; right when the
/// day is the expected one and the modifier is END.
fn end_of_day_ok(got: &str, modifier: Option<&str>, timex: &str, accepted: &[String]) -> bool {
    let Some((day, time)) = timex.split_once('T') else { return false };
    if time != "23:59:59" || modifier != Some("END") || got.len() != 10 {
        return false;
    }
    day == got || accepted.iter().any(|a| a.get(..10) == Some(got))
}

/// The expected timex, the resolved dates the spec accepts and the resolved
/// ranges `(start, end)` it gives.
fn expected_values(r: &Value) -> (Option<String>, Vec<String>, Vec<(String, String)>) {
    let mut accepted = Vec::new();
    let mut ranges = Vec::new();
    let mut range = |v: &Value, s: &str, e: &str| {
        if let (Some(a), Some(b)) = (v.get(s).and_then(Value::as_str), v.get(e).and_then(Value::as_str)) {
            ranges.push((a.to_string(), b.to_string()));
        }
    };
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
            range(v, "start", "end");
        }
        return (timex, accepted, ranges);
    }
    if let Some(v) = r.get("Value") {
        let timex = v.get("Timex").and_then(Value::as_str).map(str::to_string);
        if let Some(f) = v.get("FutureResolution") {
            collect(f);
            range(f, "startDate", "endDate");
        }
        if let Some(p) = v.get("PastResolution") {
            collect(p);
            range(p, "startDate", "endDate");
        }
        return (timex, accepted, ranges);
    }
    (None, accepted, ranges)
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
    // The specs write resolved times with a space or a "T" between day and time.
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

/// One case, for scoring its expected results against the mentions.
struct MentionCase<'a> {
    file: &'a Path,
    input: &'a str,
    mentions: &'a [dossier_time::mention::TimeMention],
    /// The mentions' spans in characters.
    spans: &'a [(usize, usize)],
    /// The time zones the mentions give apart ("EST" in "3pm EST"), in characters.
    zones: &'a [(usize, usize)],
    tagged: &'a [dossier_time::Tagged],
    reference: Option<jiff::civil::Date>,
}

impl MentionCase<'_> {
    /// Scores one expected result (`span` in characters) on the mentions:
    /// the span counts when a mention (or the time zone a mention gives
    /// apart) has exactly that span; the value
    /// (a point in TIMEX3 syntax, or a range whose bounds are) counts when
    /// that mention's resolution is right: a point by [`Expected::right`]
    /// ("in 5 hours" is resolved by the library to the point, so rule 8 is
    /// not needed), a range when each bound is right by [`bound_ok`]. `--errors` prints
    /// `MSPAN` and `MVALUE` misses.
    fn score(&self, r: &Value, span: (usize, usize), t: &mut Tally, show: bool) {
        use dossier_time::mention::Resolution;
        let text = r.get("Text").and_then(Value::as_str).unwrap_or("");
        let file = self.file.file_name().unwrap().to_string_lossy();
        let hit = self.spans.iter().position(|s| *s == span);
        let got = || {
            self.mentions
                .iter()
                .zip(self.spans)
                .map(|(m, s)| {
                    let txt: String = self.input.chars().skip(s.0).take(s.1 - s.0).collect();
                    format!("{txt}={:?}", m.resolution)
                })
                .collect::<Vec<_>>()
        };
        // A time zone is its own entity for Recognizers (the TimeZone specs): found when a
        // mention gives exactly that zone.
        let zone_hit = self.zones.contains(&span);
        if hit.is_some() || zone_hit {
            t.mention_found += 1;
        } else if show {
            eprintln!("MSPAN\t{file}\t{}\t{text:?}\tgot {:?}", self.input, got());
        }
        let (timex, accepted, ranges) = expected_values(r);
        let Some(timex) = timex else { return };
        let bounds = range_bounds(&timex);
        if !in_scope(&timex) && bounds.is_none() {
            return;
        }
        t.mention_in_scope += 1;
        if bounds.is_some() {
            t.mention_ranges += 1;
        }
        if hit.is_some() {
            t.mention_in_scope_found += 1;
        }
        let expect = Expected { text, timex: &timex, accepted: &accepted, ranges: &ranges, reference: self.reference };
        let ok = hit.is_some_and(|k| {
            let m = &self.mentions[k];
            match (&m.resolution, bounds) {
                (Resolution::Value(v), None) => {
                    let part = m.parts.clone().find(|&i| self.tagged[i].value == *v).unwrap_or(m.parts.start);
                    expect.right(v, &self.tagged[part])
                }
                (Resolution::Range { start, end }, Some((es, ee))) => {
                    bound_ok(start, es, self.reference) && bound_ok(end, ee, self.reference)
                }
                // "the third quarter of 2016", "the 1970s": one TIMEX3 that names a calendar
                // period is the range from its first day to the day after its last.
                (Resolution::Value(v), Some((es, ee))) => {
                    calendar_extent(v).is_some_and(|(a, b)| day_matches(&a, es) && day_matches(&b, ee))
                }
                _ => false,
            }
        });
        if ok {
            t.mention_right += 1;
        } else if show {
            eprintln!(
                "MVALUE {}\t{file}\t{}\t{text:?}={timex}\tgot {:?}",
                if hit.is_some() { "WRONG" } else { "NOSPAN" },
                self.input,
                got()
            );
        }
    }
}

/// The two bounds of a Recognizers range `(start,end,duration)` when both
/// are TIMEX3 syntax (`(2016-11-08T15,2016-11-08T16,PT1H)`,
/// `(XXXX-07-02,XXXX-07-10,P8D)`).
fn range_bounds(timex: &str) -> Option<(&str, &str)> {
    let inner = timex.strip_prefix('(')?.strip_suffix(')')?;
    let mut it = inner.split(',');
    let (a, b, _) = (it.next()?, it.next()?, it.next()?);
    (it.next().is_none() && in_scope(a) && in_scope(b)).then_some((a, b))
}

/// One bound of a range: right when it is the expected value (by the point
/// rules of [`value_ok`], open years either way), or a calendar period
/// that starts on the expected day (Recognizers writes "from 2014 to 2018"
/// as `(2014-01-01,2018-01-01,P4Y)`: each bound is the first day of the
/// year written).
fn bound_ok(got: &str, want: &str, reference: Option<jiff::civil::Date>) -> bool {
    value_ok(got, want, &[])
        || open_year_ok(got, want, reference)
        || open_year_time_ok(got, want, reference)
        || (want.len() == 10 && calendar_extent(got).is_some_and(|(a, _)| day_matches(&a, want)))
}

/// A day equals an expected day, or is an instance of it when the
/// expected day leaves the year open (`XXXX-03-01`).
fn day_matches(day: &jiff::civil::Date, want: &str) -> bool {
    let d = day.to_string();
    d == want || instance_of(&d, want)
}
