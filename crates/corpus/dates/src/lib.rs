//! Publication dates inferred from the text and the rest of the corpus.
//!
//! What: gives every document a publication date when something supports
//! one, and says where it came from (`metadata`, `text`, `inferred`), how
//! sure the inference is and on what evidence.
//!
//! Why: articles often arrive without dates, and every relative expression
//! ("on Tuesday", "last month") needs one to resolve.
//!
//! Method, in order (the first that applies wins):
//! 1. **metadata**: a date given by the input is kept as is.
//! 2. **text**: a date line (a short line, or the head of the first
//!    paragraph, that holds a full date) is the publication date.
//! 3. **inferred**, from the document's own timexes and the corpus:
//!    - the *story year*: the year of the document's own full dates, else the
//!      year most supported across the corpus (given publication dates and
//!      full dates in other documents);
//!    - *weekday linking*: a weekday the document names ("on Tuesday", still
//!      open as `XXXX-WXX-2`) is matched to a full date given by another
//!      document for the same happening (shared content words around both,
//!      same weekday); news names a weekday within the week before
//!      publication, so that date is the estimate;
//!    - otherwise the *latest full date* the document mentions in the story
//!      year (news reports what just happened), when a weekday the document
//!      names agrees with it or nothing contradicts it; when the document
//!      names another weekday, the first such weekday on or after that date
//!      (news names days of the week before publication);
//!    - otherwise, when the text says "last month" and names months of the
//!      story year, the month after the latest of them (news calls the
//!      month just gone by "last month", so publication is that month at
//!      the earliest; confidence 0.35);
//!    - otherwise only the story year, when the document refers to months
//!      or days without a year (it is then about the story's present).
//!
//!    When none of this applies the date stays null: never a guess shown as
//!    fact.
//!
//! ```
//! use dossier_model::{Document, Segments, Timex, TimexType, Anchor, Span};
//! let doc = Document::new("a", "a.txt", "Talks ended on May 3, 2021.".into());
//! let tx = Timex { span: Span { doc: "a".into(), start: 15, end: 26, text: "May 3, 2021".into() },
//!     kind: TimexType::Date, value: "2021-05-03".into(), anchor: Anchor::None, modifier: None, phrase: None };
//! let p = dossier_dates::infer(&[doc], &[Segments::default()], &[vec![tx]]);
//! assert_eq!(p[0].value.as_deref(), Some("2021-05-03"));
//! ```
#![deny(missing_docs)]

use std::collections::{BTreeMap, BTreeSet};

use dossier_model::{CivilDay, DateSource, Document, Published, Segments, Timex, TimexType, timex_bounds};

/// For each document, its publication date: the given one when present,
/// else one read from a date line, else one inferred from `timexes` (per
/// document, same order as `docs`) and the rest of the corpus, else unknown.
pub fn infer(docs: &[Document], segs: &[Segments], timexes: &[Vec<Timex>]) -> Vec<Published> {
    let empty = Vec::new();
    let tx = |i: usize| timexes.get(i).unwrap_or(&empty);
    let mut out: Vec<Published> = docs.iter().map(|d| d.published.clone()).collect();
    for (i, d) in docs.iter().enumerate() {
        if out[i].value.is_none()
            && let Some(v) = dateline(d, tx(i))
        {
            out[i] = Published { value: Some(v), source: Some(DateSource::Text), confidence: None, method: None };
        }
    }
    // Full dates in the lines cleaning set aside (photo captions, bylines)
    // and in the title are evidence too, though not timexes of the text.
    let aside: Vec<Vec<CivilDay>> = docs.iter().map(aside_dates).collect();
    let corpus_year = corpus_year(&out, timexes, &aside);
    // Full dates per document (absolute, or open month-day filled with the story year).
    let years: Vec<Option<i32>> =
        (0..docs.len()).map(|i| story_year(tx(i)).max(aside[i].iter().map(|d| d.year).max()).or(corpus_year)).collect();
    let full: Vec<Vec<(CivilDay, usize)>> = (0..docs.len())
        .map(|i| tx(i).iter().enumerate().filter_map(|(k, t)| Some((full_day(t, years[i])?, k))).collect())
        .collect();
    // Every full day in the corpus with the words around it, by weekday,
    // computed once: linking then costs one set intersection per pair.
    let mut by_weekday: Vec<Vec<DayContext>> = vec![Vec::new(); 8];
    for (j, days) in full.iter().enumerate() {
        for &(day, kk) in days {
            // Only days the text states: a day counted from another ("a week
            // later") is too weak to date a third document's weekday.
            if tx(j)[kk].anchor == dossier_model::Anchor::Text {
                continue;
            }
            by_weekday[day.weekday() as usize].push((day, j, context_words(&docs[j], &segs[j], &tx(j)[kk])));
        }
    }
    for (i, p) in out.iter_mut().enumerate() {
        if p.value.is_none() {
            *p = infer_one(i, docs, segs, timexes, &years, &full, &aside, &by_weekday, corpus_year).unwrap_or_default();
        }
    }
    out
}

/// A full day some document gives, which document, and the words around it.
type DayContext = (CivilDay, usize, BTreeSet<String>);

#[allow(clippy::too_many_arguments)]
fn infer_one(
    i: usize,
    docs: &[Document],
    segs: &[Segments],
    timexes: &[Vec<Timex>],
    years: &[Option<i32>],
    full: &[Vec<(CivilDay, usize)>],
    aside: &[Vec<CivilDay>],
    by_weekday: &[Vec<DayContext>],
    corpus_year: Option<i32>,
) -> Option<Published> {
    let own = &timexes[i];
    let year = years[i]?;
    let own_year = story_year(own).is_some() || !aside[i].is_empty();
    let weekdays: Vec<(u8, usize)> = own.iter().enumerate().filter_map(|(k, t)| Some((open_weekday(t)?, k))).collect();
    // Weekday linking.
    let mut best: Option<(usize, CivilDay, usize, u8)> = None; // (score, day, other doc, weekday)
    for &(dow, k) in &weekdays {
        let here = context_words(&docs[i], &segs[i], &own[k]);
        for (day, j, there) in &by_weekday[dow as usize] {
            if *j == i || (day.year - year).abs() > 1 {
                continue;
            }
            let score = here.intersection(there).count();
            if score >= 3 && best.is_none_or(|b| score > b.0 || (score == b.0 && *day > b.1)) {
                best = Some((score, *day, *j, dow));
            }
        }
    }
    if let Some((score, day, j, dow)) = best {
        return Some(inferred(
            day.to_string(),
            if score >= 5 { 0.6 } else { 0.5 },
            format!(
                "weekday {} named for the happening that {} dates {day} ({score} shared words); published on or within six days after",
                weekday_name(dow),
                docs[j].id
            ),
        ));
    }
    // Latest full date in the story year.
    let latest = full[i].iter().map(|(d, _)| *d).chain(aside[i].iter().copied()).filter(|d| d.year == year).max();
    if let Some(day) = latest {
        let agrees = weekdays.iter().any(|&(dow, _)| day.weekday() == dow);
        let contradicts = !weekdays.is_empty() && !agrees;
        if contradicts {
            // The text names a weekday that is not the latest date's: news
            // names days of the week before publication, so publication is on
            // or after the first such weekday from the latest date on. The
            // earliest day that fits every named weekday is the estimate.
            let first_on_or_after = |dow: u8| (0..7).map(|n| day.add_days(n)).find(|d| d.weekday() == dow);
            if let Some(estimate) = weekdays.iter().filter_map(|&(dow, _)| first_on_or_after(dow)).max() {
                return Some(inferred(
                    estimate.to_string(),
                    0.45,
                    format!(
                        "latest date mentioned, {day}, then {} named after it: on or after {estimate}",
                        weekday_name(estimate.weekday())
                    ),
                ));
            }
        } else {
            return Some(inferred(
                day.to_string(),
                if agrees { 0.6 } else { 0.45 },
                format!(
                    "latest date mentioned, {day}{}",
                    if agrees {
                        format!(", a {} as the text's weekday says", weekday_name(day.weekday()))
                    } else {
                        String::new()
                    }
                ),
            ));
        }
    }
    // The month after the latest month named, when the text also says
    // "last month": news names the month just gone by as "last month", so
    // the latest month named is at most that one and publication is the
    // month after it at the earliest.
    let last_month = own.iter().any(|t| t.value == "XXXX-XX" && says_last_month(&t.span.text));
    if last_month
        && latest.is_none()
        && let Some(m) = own.iter().filter_map(|t| month_named(t, year)).max()
    {
        let (y, mo) = if m.1 == 12 { (m.0 + 1, 1) } else { (m.0, m.1 + 1) };
        let next = format!("{y:04}-{mo:02}");
        return Some(inferred(
            next.clone(),
            0.35,
            format!(
                "the month after the latest month it names ({:04}-{:02}), as its \"last month\" says: {next} at the earliest",
                m.0, m.1
            ),
        ));
    }
    // The story year alone.
    let refers_to_present =
        own.iter().any(|t| t.value.starts_with("XXXX") && t.kind != TimexType::Set) || latest.is_some();
    if refers_to_present {
        let after = own
            .iter()
            .filter_map(|t| open_month(t, year))
            .max()
            .map(|m| format!("; mentions {m} as past"))
            .unwrap_or_default();
        let source = if own_year { "the document's own full dates" } else { "the corpus" };
        let conf = if own_year { 0.5 } else { 0.4 };
        let _ = corpus_year;
        return Some(inferred(year.to_string(), conf, format!("story year {year} from {source}{after}")));
    }
    None
}

fn inferred(value: String, confidence: f64, method: String) -> Published {
    Published {
        value: Some(value),
        source: Some(DateSource::Inferred),
        confidence: Some(confidence),
        method: Some(method),
    }
}

fn weekday_name(d: u8) -> &'static str {
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][(d.clamp(1, 7) - 1) as usize]
}

/// A date line: a full absolute date in a short line near the top, or at
/// the head of the first paragraph ("LONDON, May 3, 2021 — ...").
fn dateline(doc: &Document, tx: &[Timex]) -> Option<String> {
    let head = floor_boundary(&doc.text, doc.text.len().min(600));
    for t in tx.iter().filter(|t| t.span.end <= head && t.kind == TimexType::Date && is_full(&t.value)) {
        let line_start = doc.text[..t.span.start].rfind('\n').map(|p| p + 1).unwrap_or(0);
        let line_end = doc.text[t.span.end..].find('\n').map(|p| p + t.span.end).unwrap_or(doc.text.len());
        let line = &doc.text[line_start..line_end];
        let short = line.trim().len() <= t.span.text.len() + 30;
        let at_head = t.span.start - line_start <= 40
            && doc.text[t.span.end..line_end].trim_start().starts_with(['—', '-', '–', ':']);
        if short || at_head {
            return Some(t.value[..10].to_string());
        }
    }
    None
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn is_full(v: &str) -> bool {
    v.len() >= 10
        && v.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && timex_bounds(&v[..10]).is_some_and(|(a, b)| a == b)
}

/// A day the timex names: an absolute full date, or an open month-day
/// (`XXXX-06-20`) completed with `year`.
fn full_day(t: &Timex, year: Option<i32>) -> Option<CivilDay> {
    if t.kind != TimexType::Date && t.kind != TimexType::Time {
        return None;
    }
    let v = t.value.split('T').next()?;
    if is_full(v) {
        return timex_bounds(v).map(|b| b.0);
    }
    let rest = v.strip_prefix("XXXX-")?;
    let (m, d) = rest.split_once('-')?;
    CivilDay::new(year?, m.parse().ok()?, d.parse().ok()?)
}

/// The year of the document's own full dates (the latest), when it has any.
fn story_year(tx: &[Timex]) -> Option<i32> {
    tx.iter()
        .filter(|t| is_full(t.value.split('T').next().unwrap_or("")))
        .filter_map(|t| t.value[..4].parse().ok())
        .max()
}

/// Full dates ("June 29, 2023", "29 June 2023", "2023-06-29") in the title
/// and in the lines cleaning removed.
fn aside_dates(doc: &Document) -> Vec<CivilDay> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(
            r"(?i)\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)|(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d\d)|((?:19|20)\d\d)-(\d\d)-(\d\d))\b",
        )
        .expect("valid date pattern")
    });
    let month = |m: &str| -> u8 {
        let m = m.to_ascii_lowercase();
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
            .iter()
            .position(|x| m.starts_with(x))
            .map(|p| p as u8 + 1)
            .unwrap_or(0)
    };
    let mut out = Vec::new();
    let texts = doc.title.iter().map(String::as_str).chain(doc.removed.iter().map(|r| r.text.as_str()));
    for t in texts {
        for c in re.captures_iter(t) {
            let g = |k: usize| c.get(k).map(|m| m.as_str()).unwrap_or("");
            let day = if !g(1).is_empty() {
                CivilDay::new(g(3).parse().unwrap_or(0), month(g(1)), g(2).parse().unwrap_or(0))
            } else if !g(5).is_empty() {
                CivilDay::new(g(6).parse().unwrap_or(0), month(g(5)), g(4).parse().unwrap_or(0))
            } else {
                CivilDay::new(g(7).parse().unwrap_or(0), g(8).parse().unwrap_or(0), g(9).parse().unwrap_or(0))
            };
            out.extend(day);
        }
    }
    out
}

/// The year most supported across the corpus: given publication dates and
/// full dates mentioned, one vote per document and year; ties to the latest.
fn corpus_year(published: &[Published], timexes: &[Vec<Timex>], aside: &[Vec<CivilDay>]) -> Option<i32> {
    let mut votes: BTreeMap<i32, usize> = BTreeMap::new();
    for (i, tx) in timexes.iter().enumerate() {
        let mut ys: BTreeSet<i32> = tx
            .iter()
            .filter(|t| is_full(t.value.split('T').next().unwrap_or("")))
            .filter_map(|t| t.value[..4].parse().ok())
            .collect();
        ys.extend(aside.get(i).into_iter().flatten().map(|d| d.year));
        if let Some(v) = published.get(i).and_then(|p| p.value.as_deref())
            && let Some(y) = v.get(..4).and_then(|y| y.parse().ok())
        {
            ys.insert(y);
        }
        for y in ys {
            *votes.entry(y).or_default() += 1;
        }
    }
    votes.into_iter().max_by_key(|&(y, n)| (n, y)).map(|(y, _)| y)
}

fn open_weekday(t: &Timex) -> Option<u8> {
    let rest = t.value.strip_prefix("XXXX-WXX-")?;
    let d: u8 = rest.get(..1)?.parse().ok()?;
    (1..=7).contains(&d).then_some(d)
}

fn open_month(t: &Timex, year: i32) -> Option<String> {
    let rest = t.value.strip_prefix("XXXX-")?;
    let m: u8 = rest.get(..2)?.parse().ok()?;
    (1..=12).contains(&m).then(|| format!("{year:04}-{m:02}"))
}

/// The month of the story year `t` names: written without a year
/// (`XXXX-08`) or with the story's (`2023-08`); days and other years do not
/// count.
fn month_named(t: &Timex, year: i32) -> Option<(i32, u8)> {
    if t.kind != TimexType::Date {
        return None;
    }
    let (y, rest) = t.value.split_once('-')?;
    let y = if y == "XXXX" { year } else { y.parse().ok()? };
    let m: u8 = rest.parse().ok()?;
    (y == year && (1..=12).contains(&m)).then_some((y, m))
}

/// True when the words are "last month" or a synonym ("the past month",
/// "earlier last month").
fn says_last_month(text: &str) -> bool {
    let low = text.to_lowercase();
    ["last month", "past month", "previous month"].iter().any(|p| low.contains(p))
}

/// Content words (lower-cased, cut to five letters so that "raided" and
/// "raid" meet) of the sentence holding `t` and its neighbours.
fn context_words(doc: &Document, segs: &Segments, t: &Timex) -> BTreeSet<String> {
    let (a, b) = match segs.sentence_at(t.span.start) {
        Some(k) => {
            let lo = segs.sentences[k.saturating_sub(1)].start;
            let hi = segs.sentences[(k + 1).min(segs.sentences.len() - 1)].end;
            (lo, hi)
        }
        None => {
            let lo = doc.text[..t.span.start].rfind('\n').map(|p| p + 1).unwrap_or(0);
            let hi = doc.text[t.span.end..].find('\n').map(|p| p + t.span.end).unwrap_or(doc.text.len());
            (lo, hi)
        }
    };
    let text = &doc.text[a..b];
    dossier_text::content::words(text).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::{Anchor, Span, TextRange};

    fn tx(doc: &Document, needle: &str, value: &str) -> Timex {
        let start = doc.text.find(needle).unwrap();
        Timex {
            span: Span { doc: doc.id.clone(), start, end: start + needle.len(), text: needle.into() },
            kind: TimexType::Date,
            value: value.into(),
            anchor: Anchor::None,
            modifier: None,
            phrase: None,
        }
    }

    fn one_sentence(doc: &Document) -> Segments {
        Segments {
            paragraphs: vec![TextRange::new(0, doc.text.len())],
            sentences: vec![TextRange::new(0, doc.text.len())],
        }
    }

    #[test]
    fn metadata_wins_and_nothing_gives_null() {
        let mut a = Document::new("a", "a", "Nothing dated here.".into());
        a.published = Published {
            value: Some("2020-01-02".into()),
            source: Some(DateSource::Metadata),
            confidence: None,
            method: None,
        };
        let b = Document::new("b", "b", "No dates at all.".into());
        let p = infer(&[a, b], &[Segments::default(), Segments::default()], &[vec![], vec![]]);
        assert_eq!(p[0].source, Some(DateSource::Metadata));
        assert_eq!(p[1].value, None);
        assert_eq!(p[1].source, None);
    }

    #[test]
    fn a_weekday_takes_the_date_another_article_gives_the_same_happening() {
        // 2019-03-12 was a Tuesday.
        let a = Document::new("a", "a", "Rangers stormed the harbour depot of the smugglers on March 12, 2019.".into());
        let b = Document::new("b", "b", "Rangers stormed the smugglers' harbour depot on Tuesday.".into());
        let ta = vec![tx(&a, "March 12, 2019", "2019-03-12")];
        let tb = vec![tx(&b, "Tuesday", "XXXX-WXX-2")];
        let p = infer(&[a.clone(), b.clone()], &[one_sentence(&a), one_sentence(&b)], &[ta, tb]);
        assert_eq!(p[1].value.as_deref(), Some("2019-03-12"));
        assert_eq!(p[1].source, Some(DateSource::Inferred));
        assert!(p[1].confidence.unwrap() > 0.0);
    }

    #[test]
    fn open_month_days_take_the_story_year() {
        let a = Document::new("a", "a", "The ferry sank on August 2, 2017.".into());
        let b = Document::new("b", "b", "Divers returned to the wreck in late August.".into());
        let ta = vec![tx(&a, "August 2, 2017", "2017-08-02")];
        let tb = vec![tx(&b, "late August", "XXXX-08")];
        let p = infer(&[a.clone(), b.clone()], &[one_sentence(&a), one_sentence(&b)], &[ta, tb]);
        assert_eq!(p[0].value.as_deref(), Some("2017-08-02"));
        assert_eq!(p[1].value.as_deref(), Some("2017"));
    }

    #[test]
    fn last_month_with_named_months_dates_the_month_after_the_latest() {
        let a = Document::new("a", "a", "The ferry sank on August 2, 2017.".into());
        let b = Document::new(
            "b",
            "b",
            "Divers reached the wreck in early September. Last month the owners offered a reward.".into(),
        );
        let c = Document::new("c", "c", "The owners offered a reward last month.".into());
        let ta = vec![tx(&a, "August 2, 2017", "2017-08-02")];
        let tb = vec![tx(&b, "early September", "XXXX-09"), tx(&b, "Last month", "XXXX-XX")];
        let tc = vec![tx(&c, "last month", "XXXX-XX")];
        let segs = [one_sentence(&a), one_sentence(&b), one_sentence(&c)];
        let p = infer(&[a, b, c], &segs, &[ta, tb, tc]);
        assert_eq!(p[1].value.as_deref(), Some("2017-10"));
        assert!(p[1].method.as_deref().unwrap().contains("2017-09"), "{:?}", p[1].method);
        // "Last month" with no month named gives no month: the year alone.
        assert_eq!(p[2].value.as_deref(), Some("2017"));
    }

    #[test]
    fn a_weekday_after_the_latest_date_moves_publication_to_that_weekday() {
        // 2021-05-04 was a Tuesday; the first Friday on or after it is 2021-05-07.
        let a = Document::new(
            "a",
            "a",
            "Inspectors closed the mill on May 4, 2021. The owner spoke to a radio station on Friday.".into(),
        );
        let ta = vec![tx(&a, "May 4, 2021", "2021-05-04"), tx(&a, "Friday", "XXXX-WXX-5")];
        let p = infer(std::slice::from_ref(&a), &[one_sentence(&a)], &[ta]);
        assert_eq!(p[0].value.as_deref(), Some("2021-05-07"));
        assert_eq!(p[0].source, Some(DateSource::Inferred));
        assert!(p[0].method.as_deref().unwrap().contains("on or after"));
    }

    #[test]
    fn a_date_line_is_text() {
        let a = Document::new("a", "a", "March 4, 2022\nThe council met.".into());
        let ta = vec![tx(&a, "March 4, 2022", "2022-03-04")];
        let p = infer(std::slice::from_ref(&a), &[Segments::default()], &[ta]);
        assert_eq!(p[0].source, Some(DateSource::Text));
        assert_eq!(p[0].value.as_deref(), Some("2022-03-04"));
    }
}

#[cfg(test)]
mod aside_tests {
    use super::*;
    use dossier_model::Removed;

    #[test]
    fn a_dated_caption_set_aside_by_cleaning_still_dates_the_article() {
        let mut a = Document::new("a", "a", "Guards searched the depot on Friday morning.".into());
        a.removed.push(Removed {
            text: "Guards at the depot gate on March 1, 2024. (Photo: agency)".into(),
            reason: "photo-credit".into(),
        });
        let open = Timex {
            span: dossier_model::Span { doc: "a".into(), start: 28, end: 42, text: "Friday morning".into() },
            kind: TimexType::Time,
            value: "XXXX-WXX-5TMO".into(),
            anchor: dossier_model::Anchor::None,
            modifier: None,
            phrase: None,
        };
        let p = infer(&[a], &[Segments::default()], &[vec![open]]);
        // 2024-03-01 was a Friday.
        assert_eq!(p[0].value.as_deref(), Some("2024-03-01"));
        assert_eq!(p[0].source, Some(DateSource::Inferred));
    }
}
