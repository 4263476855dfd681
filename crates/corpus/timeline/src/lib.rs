//! The timeline: dated events merged across documents.
//!
//! What: turns sentences that report something happening at a time into
//! [`Event`]s, merges the same happening reported by several documents, and
//! sorts the result by date.
//!
//! How:
//! 1. **Candidates.** A sentence with a DATE or TIME expression whose value
//!    has calendar bounds (not an open `XXXX-06-20`, not `PAST_REF`) and an
//!    event predicate (a past-tense or participle verb, a common irregular
//!    past form, or a future marker). The first such expression dates the
//!    sentence; "from 1980 to 1988" and "1980-88" give a range. Modifiers
//!    narrow the bounds: `START`/`MID`/`END` keep the first, middle or last
//!    third of the period.
//! 2. **Merging.** Two candidates from different documents are the same
//!    happening when their dates are compatible (bounds overlap, and neither
//!    is much coarser than the other unless the values are equal) and they
//!    share wording (content-word stems), a reused passage (from the reuse
//!    stage) or, for the same date value, entities (from the cast stage)
//!    together with some wording.
//!    Candidates join by union-find.
//! 3. **Events.** Each group's date is its most precise member's; the
//!    summary is its shortest sentence, cut to about 160 characters; the
//!    mentions are the sentences. Events are sorted by earliest day, then
//!    latest, and numbered `e1`, `e2`, ...
//!
//! ```
//! use dossier_model::{Anchor, Document, Segments, Span, TextRange, Timex, TimexType};
//! let doc = Document::new("a", "a.txt", "Rebels captured the airport on June 3, 2020.".into());
//! let segs = Segments { paragraphs: vec![TextRange::new(0, 44)], sentences: vec![TextRange::new(0, 44)] };
//! let tx = Timex { span: Span { doc: "a".into(), start: 31, end: 43, text: "June 3, 2020".into() },
//!     kind: TimexType::Date, value: "2020-06-03".into(), anchor: Anchor::None, modifier: None, phrase: None };
//! let events = dossier_timeline::build(&[doc], &[segs], &[vec![tx]], &[], &[]);
//! assert_eq!(events[0].date.earliest.as_deref(), Some("2020-06-03"));
//! ```
#![deny(missing_docs)]

use std::collections::BTreeMap;

use rayon::prelude::*;

use dossier_model::{
    CivilDay, Document, Entity, Event, EventDate, Passage, Segments, Span, TextRange, Timex, TimexType, timex_bounds,
};

/// One dated sentence.
///
/// Boxed slices and strings, `u32` indices: a large corpus has millions of
/// candidates, and the spare capacity of each list added up.
struct Candidate {
    doc: u32,
    sentence: TextRange,
    value: Box<str>,
    earliest: CivilDay,
    latest: CivilDay,
    /// Hashes of the content-word stems, sorted and unique: candidates are
    /// compared hundreds of times each, and integer merges are far cheaper
    /// than string-set intersections.
    stems: Box<[u64]>,
    /// Cast entities and reused passages the sentence holds, sorted and
    /// unique: a set per candidate cost a tree node each, most of the
    /// timeline's memory on large corpora.
    entities: Box<[u32]>,
    passages: Box<[u32]>,
    /// Dated by context: no timex of its own, the date of the sentence
    /// just before. Such a sentence only joins an event another document
    /// dates; it never makes one alone.
    inherited: bool,
}

impl Candidate {
    fn span_days(&self) -> i64 {
        self.latest.to_days() - self.earliest.to_days()
    }
}

/// Where the reused passages occur, per document: all the timeline needs
/// of them (an event's reports are linked when they share a passage).
///
/// Why a type of its own: the pipeline writes the passages out and drops
/// them before the cast and the timeline are built; these locations, a
/// few integers per occurrence, are what stays.
#[derive(Clone, Debug, Default)]
pub struct PassageLocations {
    /// (start, end, passage index) per document, in the order of the
    /// documents given to [`PassageLocations::new`].
    by_doc: Vec<Vec<(u32, u32, u32)>>,
}

impl PassageLocations {
    /// The occurrences of `passages` in `docs`.
    pub fn new(docs: &[Document], passages: &[Passage]) -> PassageLocations {
        let doc_index: BTreeMap<&str, usize> = docs.iter().enumerate().map(|(i, d)| (d.id.as_str(), i)).collect();
        let mut by_doc: Vec<Vec<(u32, u32, u32)>> = vec![Vec::new(); docs.len()];
        for (p, pass) in passages.iter().enumerate() {
            for o in &pass.occurrences {
                if let Some(&d) = doc_index.get(o.span.doc.as_str()) {
                    // Offsets fit: texts are limited to 4 GiB (see `SharedText`).
                    by_doc[d].push((o.span.start as u32, o.span.end as u32, p as u32));
                }
            }
        }
        PassageLocations { by_doc }
    }
}

/// Builds the events of the corpus, sorted by date. `segs` and `timexes`
/// are per document, in the order of `docs`.
pub fn build(
    docs: &[Document],
    segs: &[Segments],
    timexes: &[Vec<Timex>],
    entities: &[Entity],
    passages: &[Passage],
) -> Vec<Event> {
    build_with(docs, segs, timexes, entities, &PassageLocations::new(docs, passages))
}

/// [`build`], with the passages given by where they occur.
pub fn build_with(
    docs: &[Document],
    segs: &[Segments],
    timexes: &[Vec<Timex>],
    entities: &[Entity],
    passages: &PassageLocations,
) -> Vec<Event> {
    let doc_index: BTreeMap<&str, usize> = docs.iter().enumerate().map(|(i, d)| (d.id.as_str(), i)).collect();
    // Entity and passage positions per document.
    let mut ent_at: Vec<Vec<(u32, u32)>> = vec![Vec::new(); docs.len()];
    for (e, ent) in entities.iter().enumerate() {
        for m in &ent.mentions {
            if let Some(&d) = doc_index.get(m.doc.as_str()) {
                // Offsets fit: texts are limited to 4 GiB (see `SharedText`).
                ent_at[d].push((m.start as u32, e as u32));
            }
        }
    }
    drop(doc_index);
    let no_passages = Vec::new();
    let pass_at = |d: usize| passages.by_doc.get(d).unwrap_or(&no_passages);
    let mut cands = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        let empty = Vec::new();
        let tx = timexes.get(d).unwrap_or(&empty);
        let sentences = sentences_of(doc, segs.get(d));
        // Timexes come in text order: each sentence looks only at its own.
        let mut by_start: Vec<&Timex> = tx.iter().collect();
        by_start.sort_by_key(|t| t.span.start);
        // The date of the sentence just before, for sentences dated by context.
        let mut prev: Option<(String, CivilDay, CivilDay, usize)> = None;
        for s in sentences {
            let from = by_start.partition_point(|t| t.span.start < s.start);
            let to = by_start.partition_point(|t| t.span.start < s.end);
            let in_s: Vec<&Timex> = by_start[from..to.max(from)]
                .iter()
                .copied()
                .filter(|t| t.span.end <= s.end)
                .filter(|t| matches!(t.kind, TimexType::Date | TimexType::Time))
                .collect();
            let text = &doc.text[s.start..s.end];
            let context = |inherited: bool, value: String, earliest: CivilDay, latest: CivilDay| Candidate {
                doc: d as u32,
                sentence: s,
                value: value.into(),
                earliest,
                latest,
                stems: stems(text).into(),
                entities: sorted_unique(
                    ent_at[d].iter().filter(|&&(p, _)| p as usize >= s.start && (p as usize) < s.end).map(|&(_, e)| e),
                ),
                passages: sorted_unique(
                    pass_at(d)
                        .iter()
                        .filter(|&&(a, b, _)| (a as usize) < s.end && s.start < b as usize)
                        .map(|&(_, _, p)| p),
                ),
                inherited,
            };
            let Some(first) = in_s.iter().find(|t| timex_bounds(&t.value).is_some()) else {
                // No date of its own: dated by the sentence just before, if
                // it has no other (open) time either.
                match prev.take() {
                    Some((value, a, b, end))
                        if in_s.is_empty() && has_predicate(text) && doc.text[end..s.start].trim().is_empty() =>
                    {
                        cands.push(context(true, value, a, b));
                    }
                    _ => {}
                }
                continue;
            };
            prev = None;
            if !has_predicate(text) {
                continue;
            }
            let Some((mut earliest, mut latest)) = narrowed(first) else { continue };
            let mut value = first.value.split('T').next().unwrap_or("").to_string();
            // A range, as the time tagger reads the phrase: "from 1980 to
            // 1988", "1980-88", "between June 20 and June 27".
            if let Some([from, to]) = first.phrase.as_ref().and_then(|p| p.range.as_ref())
                && let (Some((a, _)), Some((_, b))) = (timex_bounds(from), timex_bounds(to))
                && a <= b
            {
                (earliest, latest) = (a, b);
                // TIMEX3 has no interval value: the period both ends share
                // ("1980"-"1988" is the decade `198`), the bounds say the rest.
                let day = |v: &str| v.split('T').next().unwrap_or("").to_string();
                value = common_period(&day(from), &day(to));
            }
            if earliest > latest {
                std::mem::swap(&mut earliest, &mut latest);
            }
            // Only a day dates the next sentence: a month is too loose to
            // tell which happening in it the next sentence continues.
            if latest == earliest {
                prev = Some((value.clone(), earliest, latest, s.end));
            }
            cands.push(context(false, value, earliest, latest));
        }
    }
    let groups = merge(&cands);
    // A sentence dated only by context joins an event; alone it is none.
    let mut events: Vec<Event> = groups
        .into_iter()
        .filter(|g| g.iter().any(|&i| !cands[i].inherited))
        .map(|g| event_of(&g, &cands, docs))
        .collect();
    events.sort_by(|a, b| {
        (a.date.earliest.as_deref(), a.date.latest.as_deref(), &a.summary).cmp(&(
            b.date.earliest.as_deref(),
            b.date.latest.as_deref(),
            &b.summary,
        ))
    });
    for (i, e) in events.iter_mut().enumerate() {
        e.id = format!("e{}", i + 1);
    }
    events
}

fn sentences_of(doc: &Document, segs: Option<&Segments>) -> Vec<TextRange> {
    match segs {
        Some(s) if !s.sentences.is_empty() => s.sentences.clone(),
        _ => {
            // No segmentation: lines.
            let mut out = Vec::new();
            let mut start = 0;
            for (i, c) in doc.text.char_indices() {
                if c == '\n' {
                    if i > start {
                        out.push(TextRange::new(start, i));
                    }
                    start = i + 1;
                }
            }
            if start < doc.text.len() {
                out.push(TextRange::new(start, doc.text.len()));
            }
            out
        }
    }
}

/// The coarsest TIMEX3 period holding two values: their common prefix cut
/// to a decade (3 digits) or century (2), else the first value.
fn common_period(a: &str, b: &str) -> String {
    let n = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y && x.is_ascii_digit()).count();
    match n {
        4.. if a.len() == 4 && b.len() == 4 => a.to_string(),
        3 | 2 => a[..n].to_string(),
        4.. => a[..4].to_string(),
        _ => a.to_string(),
    }
}

/// Bounds of a timex, narrowed by its modifier.
fn narrowed(t: &Timex) -> Option<(CivilDay, CivilDay)> {
    let (a, b) = timex_bounds(&t.value)?;
    let (da, db) = (a.to_days(), b.to_days());
    let third = (db - da + 1) / 3;
    Some(match t.modifier.as_deref() {
        Some("START") if third > 0 => (a, CivilDay::from_days(da + third - 1)),
        Some("MID") if third > 0 => (CivilDay::from_days(da + third), CivilDay::from_days(db - third)),
        Some("END") if third > 0 => (CivilDay::from_days(db - third + 1), b),
        _ => (a, b),
    })
}

/// What it does: says whether a sentence reports something happening.
/// Why: dated sentences without a predicate are headings or captions.
/// Example: "Talks collapsed on Friday" yes; "Friday, June 2" no.
fn has_predicate(text: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "was",
        "were",
        "met",
        "began",
        "begun",
        "took",
        "held",
        "left",
        "fell",
        "rose",
        "won",
        "lost",
        "made",
        "went",
        "came",
        "told",
        "said",
        "gave",
        "fled",
        "hit",
        "struck",
        "broke",
        "ran",
        "saw",
        "sent",
        "sold",
        "bought",
        "built",
        "led",
        "paid",
        "put",
        "set",
        "shut",
        "spent",
        "stood",
        "threw",
        "wrote",
        "became",
        "will",
        "would",
        "has",
        "have",
        "had",
        "is",
        "are",
        "did",
        "does",
        "got",
        "kept",
        "brought",
        "caught",
        "fought",
        "found",
        "heard",
        "meant",
        "read",
        "sat",
        "shot",
        "slew",
        "spoke",
        "stole",
        "swore",
        "taught",
        "thought",
        "understood",
        "withdrew",
    ];
    text.split(|c: char| !c.is_alphabetic()).any(|w| {
        let l = w.len();
        (l >= 4 && (w.ends_with("ed") || w.ends_with("en"))) || IRREGULAR.iter().any(|v| w.eq_ignore_ascii_case(v))
    })
}

/// Content-word stems: lower-cased words of four letters or more, cut to
/// five letters ("raided" and "raid" meet), without function words.
fn stems(text: &str) -> Vec<u64> {
    use std::hash::{Hash, Hasher};
    let mut out: Vec<u64> = dossier_text::content::words(text)
        .map(|stem| {
            // SipHash with fixed keys: the same on every run and thread.
            let mut h = std::hash::DefaultHasher::new();
            stem.hash(&mut h);
            h.finish()
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// How many values two sorted, unique lists share.
/// The values of `it`, sorted, without repeats, in a list of exactly
/// their size.
fn sorted_unique(it: impl Iterator<Item = u32>) -> Box<[u32]> {
    let mut v: Vec<u32> = it.collect();
    v.sort_unstable();
    v.dedup();
    v.into_boxed_slice()
}

/// How many values two sorted, unique lists share.
fn shared_count<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// How strongly two candidates look like the same happening, or `None`
/// when they cannot be.
fn same_happening(a: &Candidate, b: &Candidate) -> Option<f64> {
    if a.latest < b.earliest || b.latest < a.earliest {
        return None;
    }
    let (sa, sb) = (a.span_days(), b.span_days());
    // A day against a year is too loose to merge unless the values agree.
    if a.value != b.value && sa.max(sb) > 62 && sa.min(sb) < 31 {
        return None;
    }
    if a.inherited && b.inherited || (a.doc == b.doc && (a.inherited || b.inherited)) {
        return None;
    }
    let shared = shared_count(&a.stems, &b.stems);
    let union = (a.stems.len() + b.stems.len() - shared).max(1);
    let jaccard = shared as f64 / union as f64;
    if a.doc == b.doc {
        return (jaccard >= 0.5).then_some(jaccard);
    }
    let passage = shared_count(&a.passages, &b.passages) > 0;
    let ents = shared_count(&a.entities, &b.entities);
    // Shared entities with little shared wording merge only sentences that
    // give the same date: in a corpus about one story every sentence names
    // the same few entities, and "late June" is not every day of late June.
    let same_date = a.value == b.value;
    let same = passage || (shared >= 3 && jaccard >= 0.15) || (same_date && ents >= 2 && shared >= 2);
    same.then_some(jaccard + if passage { 1.0 } else { 0.0 } + 0.05 * ents as f64)
}

fn merge(cands: &[Candidate]) -> Vec<Vec<usize>> {
    let n = cands.len();
    // Sweep by earliest day so that only overlapping dates are compared;
    // a cap keeps pathological inputs (thousands of same-year sentences) linear.
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| (cands[i].earliest, cands[i].latest, cands[i].doc, cands[i].sentence.start));
    // u32 indices: on large corpora the pairs are the timeline's largest
    // list. Compared on all cores: the comparisons are most of the
    // timeline's time, and the pairs are sorted below, so the order they
    // are found in does not matter.
    let mut pairs: Vec<(f64, u32, u32)> = order
        .par_iter()
        .enumerate()
        .flat_map_iter(|(oi, &i)| {
            order[oi + 1..].iter().take(400).take_while(move |&&j| cands[j].earliest <= cands[i].latest).filter_map(
                move |&j| same_happening(&cands[i], &cands[j]).map(|score| (score, i.min(j) as u32, i.max(j) as u32)),
            )
        })
        .collect();
    // Strongest links first; a link joins two groups only when every date
    // in the joined group still overlaps (no chain from June 20 through
    // "June" to June 27).
    pairs.sort_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
    let mut parent: Vec<usize> = (0..n).collect();
    let mut bounds: Vec<(CivilDay, CivilDay)> = cands.iter().map(|c| (c.earliest, c.latest)).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    for (_, i, j) in pairs {
        let (ri, rj) = (find(&mut parent, i as usize), find(&mut parent, j as usize));
        if ri == rj {
            continue;
        }
        let lo = bounds[ri].0.max(bounds[rj].0);
        let hi = bounds[ri].1.min(bounds[rj].1);
        if lo > hi {
            continue;
        }
        let (keep, gone) = (ri.min(rj), ri.max(rj));
        parent[gone] = keep;
        bounds[keep] = (lo, hi);
    }
    // Groups in root order, members in index order.
    let mut by_root: Vec<(usize, usize)> = (0..n).map(|i| (find(&mut parent, i), i)).collect();
    by_root.sort_unstable();
    by_root.chunk_by(|a, b| a.0 == b.0).map(|run| run.iter().map(|&(_, i)| i).collect()).collect()
}

fn event_of(group: &[usize], cands: &[Candidate], docs: &[Document]) -> Event {
    let members = group;
    let own: Vec<usize> = group.iter().copied().filter(|&i| !cands[i].inherited).collect();
    let group = &own[..];
    let rep = *group
        .iter()
        .min_by_key(|&&i| (cands[i].span_days(), cands[i].doc, cands[i].sentence.start))
        .expect("groups are not empty");
    let c = &cands[rep];
    let summary_of = *group
        .iter()
        .min_by_key(|&&i| {
            let len = cands[i].sentence.len();
            (if len < 40 { 1000 + len } else { len }, cands[i].doc, cands[i].sentence.start)
        })
        .expect("groups are not empty");
    let s = &cands[summary_of];
    // In document then offset order. Sorted on the candidates' document
    // indices: looking documents up by id inside the comparison was
    // quadratic in the corpus size.
    let mut ordered: Vec<usize> = members.to_vec();
    ordered.sort_by_key(|&i| (cands[i].doc, cands[i].sentence.start));
    let mut mentions: Vec<Span> = ordered
        .iter()
        .map(|&i| {
            let k = &cands[i];
            Span::of(&docs[k.doc as usize], k.sentence)
        })
        .collect();
    mentions.dedup();
    Event {
        id: String::new(),
        date: EventDate {
            value: c.value.to_string(),
            earliest: Some(c.earliest.to_string()),
            latest: Some(c.latest.to_string()),
        },
        summary: summarize(&docs[s.doc as usize].text[s.sentence.start..s.sentence.end]),
        mentions,
    }
}

/// The sentence on one line, cut at a word boundary near 160 characters.
fn summarize(sentence: &str) -> String {
    let one_line: String = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= 160 {
        return one_line;
    }
    let cut: String = one_line.chars().take(160).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end_matches([',', ';', ':']))
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::Anchor;

    fn doc_with(id: &str, text: &str, dates: &[(&str, &str)]) -> (Document, Segments, Vec<Timex>) {
        let doc = Document::new(id, id, text.to_string());
        let mut sentences = Vec::new();
        let mut start = 0;
        for (i, c) in text.char_indices() {
            if c == '.' {
                sentences.push(TextRange::new(start, i + 1));
                start = (i + 2).min(text.len());
            }
        }
        let tx = dates
            .iter()
            .map(|(needle, value)| {
                let s = text.find(needle).unwrap();
                Timex {
                    span: Span { doc: id.into(), start: s, end: s + needle.len(), text: (*needle).into() },
                    kind: TimexType::Date,
                    value: value.to_string(),
                    anchor: Anchor::None,
                    modifier: None,
                    phrase: None,
                }
            })
            .collect();
        (doc, Segments { paragraphs: vec![TextRange::new(0, text.len())], sentences }, tx)
    }

    #[test]
    fn same_happening_in_two_documents_is_one_event_in_date_order() {
        let (a, sa, ta) = doc_with(
            "a",
            "Flood waters breached the northern levee on May 4, 2021. The mayor resigned in 2019.",
            &[("May 4, 2021", "2021-05-04"), ("2019", "2019")],
        );
        let (b, sb, tb) =
            doc_with("b", "On Tuesday the northern levee was breached by flood waters.", &[("Tuesday", "2021-05-04")]);
        let ev = build(&[a, b], &[sa, sb], &[ta, tb], &[], &[]);
        assert_eq!(ev.len(), 2, "{ev:?}");
        assert_eq!(ev[0].date.value, "2019");
        assert_eq!(ev[1].mentions.len(), 2);
        assert_eq!(ev[1].date.earliest.as_deref(), Some("2021-05-04"));
        assert_eq!(ev[0].id, "e1");
    }

    #[test]
    fn different_happenings_on_one_day_stay_apart_and_open_dates_are_not_events() {
        let (a, sa, ta) = doc_with(
            "a",
            "Farmers blocked the motorway on May 4, 2021. A chess club elected its treasurer on June 20.",
            &[("May 4, 2021", "2021-05-04"), ("June 20", "XXXX-06-20")],
        );
        let (b, sb, tb) =
            doc_with("b", "The central bank raised interest rates on May 4, 2021.", &[("May 4, 2021", "2021-05-04")]);
        let ev = build(&[a, b], &[sa, sb], &[ta, tb], &[], &[]);
        assert_eq!(ev.len(), 2);
        assert!(ev.iter().all(|e| e.mentions.len() == 1));
    }

    #[test]
    fn ranges_and_modifiers_set_bounds() {
        let (a, sa, mut ta) = doc_with(
            "a",
            "They fought the war from 1980 to 1988. The envoy left in late June 2023.",
            &[("1980", "1980"), ("1988", "1988"), ("June 2023", "2023-06")],
        );
        ta[2].modifier = Some("END".into());
        // The tagger reads "from 1980 to 1988" as one phrase, a range.
        let at = a.text.find("from 1980").unwrap();
        let phrase = dossier_model::TimePhrase {
            start: at,
            end: at + 17,
            text: a.text.slice(at..at + 17),
            signal: Some("from".into()),
            value: None,
            range: Some(["1980".into(), "1988".into()]),
        };
        assert_eq!(phrase.text, "from 1980 to 1988");
        for t in &mut ta[..2] {
            t.phrase = Some(Box::new(phrase.clone()));
        }
        let ev = build(&[a], &[sa], &[ta], &[], &[]);
        assert_eq!(ev[0].date.value, "198");
        assert_eq!(ev[0].date.earliest.as_deref(), Some("1980-01-01"));
        assert_eq!(ev[0].date.latest.as_deref(), Some("1988-12-31"));
        assert_eq!(ev[1].date.earliest.as_deref(), Some("2023-06-21"));
    }

    #[test]
    fn empty_input_gives_no_events() {
        assert!(build(&[], &[], &[], &[], &[]).is_empty());
        let d = Document::new("a", "a", String::new());
        assert!(build(&[d], &[Segments::default()], &[vec![]], &[], &[]).is_empty());
    }
}

#[cfg(test)]
mod context_tests {
    use super::*;
    use dossier_model::Anchor;

    #[test]
    fn a_sentence_dated_by_context_joins_the_event_another_source_dates() {
        let text_a =
            "Engineers closed the old bridge on March 2, 2022. Two trucks crashed through the railing of the bridge.";
        let a = Document::new("a", "a", text_a.into());
        let sa = Segments {
            paragraphs: vec![TextRange::new(0, text_a.len())],
            sentences: vec![TextRange::new(0, 49), TextRange::new(50, text_a.len())],
        };
        let ta = vec![Timex {
            span: Span { doc: "a".into(), start: 35, end: 48, text: "March 2, 2022".into() },
            kind: TimexType::Date,
            value: "2022-03-02".into(),
            anchor: Anchor::None,
            modifier: None,
            phrase: None,
        }];
        let text_b = "On March 2, 2022 two trucks crashed through the bridge railing.";
        let b = Document::new("b", "b", text_b.into());
        let sb = Segments {
            paragraphs: vec![TextRange::new(0, text_b.len())],
            sentences: vec![TextRange::new(0, text_b.len())],
        };
        let tb = vec![Timex {
            span: Span { doc: "b".into(), start: 3, end: 16, text: "March 2, 2022".into() },
            kind: TimexType::Date,
            value: "2022-03-02".into(),
            anchor: Anchor::None,
            modifier: None,
            phrase: None,
        }];
        let ev = build(&[a, b], &[sa, sb], &[ta, tb], &[], &[]);
        let crash = ev.iter().find(|e| e.mentions.iter().any(|m| m.doc == "b")).unwrap();
        assert!(crash.mentions.iter().any(|m| m.doc == "a" && m.text.starts_with("Two trucks")), "{ev:?}");
        // The inherited sentence never makes an event of its own.
        assert_eq!(ev.iter().map(|e| e.mentions.len()).sum::<usize>(), 3);
    }
}
