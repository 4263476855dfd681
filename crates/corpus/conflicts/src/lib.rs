//! Claims about the same thing that cannot all be true, and figures that
//! different sources claim as their own.
//!
//! [`find`] groups claims by their comparison key (the normalised counted
//! thing, predicate and agent that the attribution stage builds: "people |
//! killed | mko") and reports:
//!
//! - **value conflicts**: claims in one group whose bounds cannot all hold.
//!   Each claim is read as an interval: "nearly 17,000" is 15,300..17,000,
//!   "more than 20" is 21.., "dozens" is 24..119, a plain number is itself.
//!   Intervals get 10% slack when the wording is approximate, so rounding
//!   is no conflict. Two claims conflict when their intervals do not meet.
//! - **denials**: "no casualties" against any count of people killed or
//!   injured with the same agent, and "no one was killed" against a count
//!   of people killed.
//! - **source conflicts**: one figure attributed to different sources
//!   (kind `sources`): not a disagreement on the number, but worth a note.
//!
//! Not conflicts: compatible wordings ("dozens" and "more than 20"), and
//! figures more than ten times apart, which in news are almost always
//! different things counted under one noun (a raid's dead against a
//! decades-long toll).
//!
//! [`link_sources`] fills `source.entity` from the cast once entity ids exist.
//!
//! ```
//! use dossier_model::{Claim, Quantity, Source, Span};
//! let claim = |id: &str, value: f64, doc: &str| Claim {
//!     span: Span { doc: doc.into(), start: 0, end: 0, text: "".into() },
//!     id: id.into(),
//!     quantity: Quantity { value: Some(value), ..Quantity::default() },
//!     about: "people killed".into(),
//!     source: Source::default(),
//!     key: "people|killed||".into(),
//!     agent: None,
//! };
//! let conflicts = dossier_conflicts::find(&[claim("c1", 340.0, "a"), claim("c2", 210.0, "b")]);
//! assert_eq!(conflicts.len(), 1);
//! assert_eq!(conflicts[0].claims, ["c1", "c2"]);
//! assert!(dossier_conflicts::find(&[claim("c1", 340.0, "a"), claim("c2", 340.0, "b")]).is_empty());
//! ```
#![deny(missing_docs)]

use std::collections::{BTreeMap, BTreeSet};

use dossier_model::{Claim, Conflict, ConflictKind, Entity, Quantity, Source};

/// Values more than this many times apart are taken to count different things.
const SCALE_GAP: f64 = 10.0;

/// The interval a claim's wording allows.
#[derive(Clone, Copy, Debug)]
struct Interval {
    lo: f64,
    hi: f64,
}

fn interval(q: &Quantity) -> Option<Interval> {
    let v = q.value;
    let (lo, hi) = match (q.low, q.high) {
        (None, None) => (v?, v?),
        (Some(l), None) => (l, f64::INFINITY),
        (None, Some(h)) => (0.0, h),
        (Some(l), Some(h)) => (l, h),
    };
    let approx = q.low.is_some() && q.high.is_some() && lo < hi;
    let slack = if approx { 0.1 } else { 0.0 };
    Some(Interval { lo: lo * (1.0 - slack), hi: hi * (1.0 + slack) })
}

/// The figure as a reader would say it: "nearly 17,000 Iranians".
pub fn figure(q: &Quantity) -> String {
    if let Some(t) = &q.text {
        return t.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    let num = |x: f64| {
        if x.fract() == 0.0 && x.abs() < 1e15 {
            let s = format!("{}", x as i64);
            let mut out = String::new();
            for (i, ch) in s.chars().enumerate() {
                if i > 0 && (s.len() - i) % 3 == 0 && ch.is_ascii_digit() {
                    out.push(',');
                }
                out.push(ch);
            }
            out
        } else {
            format!("{x}")
        }
    };
    let mut s = String::new();
    if let Some(qual) = &q.qualifier
        && !matches!(qual.as_str(), "+" | "or more" | "or so" | "plus" | "odd" | "or fewer" | "or less")
    {
        if q.value == Some(0.0) {
            return format!("{qual} {}", q.unit.as_deref().unwrap_or("one")).trim().to_string();
        }
        s.push_str(qual);
        s.push(' ');
    }
    match q.value {
        Some(v) if q.low.is_some() && q.high.is_some() && q.qualifier.is_none() && q.low != q.high => {
            let (l, h) = (q.low.unwrap_or(v), q.high.unwrap_or(v));
            s.push_str(&format!("{}-{}", num(l), num(h)));
        }
        Some(v) => s.push_str(&num(v)),
        None => s.push('?'),
    }
    if let Some(qual) = &q.qualifier
        && matches!(qual.as_str(), "+" | "or more" | "or so" | "plus" | "odd" | "or fewer" | "or less")
    {
        s.push(' ');
        s.push_str(qual);
    }
    if let Some(u) = &q.unit {
        if u == "%" {
            s.push('%');
        } else {
            s.push(' ');
            s.push_str(u);
        }
    }
    s
}

/// How notes name documents: by a reader's label (outlet and date, or
/// headline) where the caller gives one, else by id.
#[derive(Clone, Debug, Default)]
pub struct DocNames(BTreeMap<String, String>);

impl DocNames {
    /// Names from `(id, label)` pairs.
    pub fn new(pairs: impl IntoIterator<Item = (String, String)>) -> Self {
        DocNames(pairs.into_iter().collect())
    }
    /// The label of document `id`, or the id itself.
    pub fn of<'a>(&'a self, id: &'a str) -> &'a str {
        self.0.get(id).map_or(id, String::as_str)
    }
}

fn source_label(c: &Claim, names: &DocNames) -> String {
    let doc = names.of(&c.span.doc);
    match &c.source.name {
        Some(n) => format!("{doc} ({n})"),
        None => doc.to_string(),
    }
}

/// Lists figures with where they come from: "nearly 17,000 Iranians in a,
/// b (police)".
fn describe(claims: &[&Claim], names: &DocNames) -> String {
    const SHOWN: usize = 8;
    let mut by_figure: BTreeMap<String, (Vec<String>, BTreeSet<String>)> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    for c in claims {
        let f = figure(&c.quantity);
        if !by_figure.contains_key(&f) {
            order.push(f.clone());
        }
        let (list, seen) = by_figure.entry(f).or_default();
        let l = source_label(c, names);
        if seen.insert(l.clone()) {
            list.push(l);
        }
    }
    order
        .iter()
        .map(|f| {
            let list = &by_figure[f].0;
            let more = list.len().saturating_sub(SHOWN);
            let shown = list[..list.len().min(SHOWN)].join(", ");
            if more > 0 { format!("{f} in {shown} and {more} more") } else { format!("{f} in {shown}") }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Finds the conflicts among `claims`. Conflict ids are `k1`, `k2`, ...
/// Notes name documents by id; [`find_named`] names them for readers.
pub fn find(claims: &[Claim]) -> Vec<Conflict> {
    find_named(claims, &DocNames::default())
}

/// [`find`], with notes that name documents by `names`.
pub fn find_named(claims: &[Claim], names: &DocNames) -> Vec<Conflict> {
    let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if !c.key.is_empty() {
            groups.entry(c.key.as_str()).or_default().push(i);
        }
    }
    // (first claim index, conflict) so that output follows claim order.
    let mut found: Vec<(usize, Conflict)> = Vec::new();
    for members in groups.values() {
        value_conflict(claims, members, names, &mut found);
        source_conflict(claims, members, names, &mut found);
    }
    denial_conflicts(claims, &groups, names, &mut found);
    found.sort_by_key(|(first, c)| (*first, c.kind));
    found
        .into_iter()
        .enumerate()
        .map(|(i, (_, mut c))| {
            c.id = format!("k{}", i + 1);
            c
        })
        .collect()
}

/// Claims of one group whose intervals do not all meet.
///
/// A claim is involved when some other claim lies wholly below or above
/// it, no more than [`SCALE_GAP`] times away (a zero always counts). With
/// the lower and upper ends sorted this is two binary searches per claim,
/// so a group of thousands of syndicated copies stays cheap.
fn value_conflict(claims: &[Claim], members: &[usize], names: &DocNames, found: &mut Vec<(usize, Conflict)>) {
    let iv: Vec<(usize, Interval)> =
        members.iter().filter_map(|&i| interval(&claims[i].quantity).map(|v| (i, v))).collect();
    if iv.len() < 2 {
        return;
    }
    let mut his: Vec<f64> = iv.iter().map(|(_, v)| v.hi).collect();
    let mut los: Vec<f64> = iv.iter().map(|(_, v)| v.lo).collect();
    his.sort_by(f64::total_cmp);
    los.sort_by(f64::total_cmp);
    let has_zero = his.first() == Some(&0.0);
    let mut involved: Vec<usize> = iv
        .iter()
        .filter(|(_, a)| {
            let below = a.lo > 0.0 && {
                let i = his.partition_point(|&h| h < a.lo / SCALE_GAP);
                (i < his.len() && his[i] < a.lo) || has_zero
            };
            let above = {
                let i = los.partition_point(|&l| l <= a.hi);
                i < los.len() && (a.hi == 0.0 || los[i] <= a.hi * SCALE_GAP)
            };
            below || above
        })
        .map(|(i, _)| *i)
        .collect();
    if involved.is_empty() {
        return;
    }
    involved.sort_unstable();
    involved.dedup();
    let cs: Vec<&Claim> = involved.iter().map(|&i| &claims[i]).collect();
    let about = cs[0].about.clone();
    let note = format!("The figures for {about} cannot all be true: {}.", describe(&cs, names));
    found.push((
        involved[0],
        Conflict {
            id: String::new(),
            claims: cs.iter().map(|c| c.id.clone()).collect(),
            about,
            note,
            kind: ConflictKind::Values,
        },
    ));
}

/// One figure that different sources state.
fn source_conflict(claims: &[Claim], members: &[usize], names: &DocNames, found: &mut Vec<(usize, Conflict)>) {
    let mut by_figure: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for &i in members {
        let q = &claims[i].quantity;
        if q.value.is_some() {
            by_figure.entry(format!("{:?}|{:?}|{:?}", q.value, q.low, q.high)).or_default().push(i);
        }
    }
    for idx in by_figure.values() {
        // Distinct sources, one representative each.
        let mut distinct: Vec<&Source> = Vec::new();
        for &i in idx {
            let src = &claims[i].source;
            if src.name.is_some() && !distinct.iter().any(|d| same_source(d, src)) {
                distinct.push(src);
            }
        }
        if distinct.len() < 2 {
            continue;
        }
        let cs: Vec<&Claim> = idx.iter().filter(|&&i| claims[i].source.name.is_some()).map(|&i| &claims[i]).collect();
        let about = cs[0].about.clone();
        let fig = figure(&cs[0].quantity);
        let who: Vec<String> = cs.iter().map(|c| source_label(c, names)).collect();
        let note =
            format!("The same figure for {about}, {fig}, is attributed to different sources: {}.", who.join("; "));
        found.push((
            idx[0],
            Conflict {
                id: String::new(),
                claims: cs.iter().map(|c| c.id.clone()).collect(),
                about,
                note,
                kind: ConflictKind::Sources,
            },
        ));
    }
}

/// True when two sources are one: the same entity, or names whose words
/// (articles and possessives aside) are one a subset of the other ("the
/// union" and "the Dockworkers' Union of Calderra", "Police" and "the
/// police"), or an acronym of the other's initials.
fn same_source(a: &Source, b: &Source) -> bool {
    if let (Some(x), Some(y)) = (&a.entity, &b.entity) {
        return x == y;
    }
    let (Some(n1), Some(n2)) = (&a.name, &b.name) else { return false };
    let words = |n: &str| -> Vec<String> {
        n.to_lowercase()
            .replace('\u{2019}', "'")
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .map(|w| w.trim_end_matches("'s").trim_end_matches('\'').to_string())
            .filter(|w| !w.is_empty() && !matches!(w.as_str(), "the" | "a" | "an" | "of" | "and"))
            .collect()
    };
    let (w1, w2) = (words(n1), words(n2));
    if w1.is_empty() || w2.is_empty() {
        return false;
    }
    let subset = |x: &[String], y: &[String]| x.iter().all(|w| y.contains(w));
    let initials = |x: &[String]| x.iter().filter_map(|w| w.chars().next()).collect::<String>();
    subset(&w1, &w2)
        || subset(&w2, &w1)
        || (w1.len() == 1 && w1[0] == initials(&w2))
        || (w2.len() == 1 && w2[0] == initials(&w1))
}

/// A source name folded for comparison: lower case, no article.
fn dossier_attribution_name(n: &str) -> String {
    let low = n.to_lowercase();
    let low = low.trim();
    let low = ["the ", "a ", "an "].iter().find_map(|a| low.strip_prefix(a)).unwrap_or(low);
    low.to_string()
}

/// "no casualties" against counts of people killed or injured; "no one was
/// killed" against counts of people killed (same agent).
fn denial_conflicts(
    claims: &[Claim],
    groups: &BTreeMap<&str, Vec<usize>>,
    names: &DocNames,
    found: &mut Vec<(usize, Conflict)>,
) {
    for (key, members) in groups {
        let parts: Vec<&str> = key.split('|').collect();
        let [class, _pred, role, agent] = parts[..] else { continue };
        let denials: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&i| claims[i].quantity.value == Some(0.0) && claims[i].quantity.high.is_none())
            .collect();
        // Denials of one predicate ("no one was killed") share a key with
        // the counts they deny and are checked by `value_conflict`; only
        // casualties cover two predicates.
        if denials.is_empty() || role == "agent" || class != "casualties" {
            continue;
        }
        let covered: Vec<String> = ["killed", "injured"].iter().map(|p| format!("people|{p}||{agent}")).collect();
        let mut counts: Vec<usize> = Vec::new();
        for k in &covered {
            if k.as_str() == *key {
                continue;
            }
            if let Some(ms) = groups.get(k.as_str()) {
                counts
                    .extend(ms.iter().copied().filter(|&i| interval(&claims[i].quantity).is_some_and(|v| v.lo >= 1.0)));
            }
        }
        if counts.is_empty() {
            continue;
        }
        counts.sort_unstable();
        let deny: Vec<&Claim> = denials.iter().map(|&i| &claims[i]).collect();
        let report: Vec<&Claim> = counts.iter().map(|&i| &claims[i]).collect();
        let about = "casualties (people killed or injured)".to_string();
        let who: Vec<String> = deny
            .iter()
            .map(|c| match &c.source.name {
                Some(n) => format!("{n} ({})", names.of(&c.span.doc)),
                None => format!("an unattributed claim ({})", names.of(&c.span.doc)),
            })
            .collect();
        let note = format!(
            "{} say{} there were no casualties, but other claims report people killed or injured: {}.",
            who.join(" and "),
            if who.len() == 1 { "s" } else { "" },
            describe(&report, names)
        );
        let mut ids: Vec<usize> = denials.clone();
        ids.extend(counts);
        ids.sort_unstable();
        ids.dedup();
        found.push((
            ids[0],
            Conflict {
                id: String::new(),
                claims: ids.iter().map(|&i| claims[i].id.clone()).collect(),
                about,
                note,
                kind: ConflictKind::Values,
            },
        ));
    }
}

/// Fills `source.entity` from the cast: the entity with a mention where the
/// source's name stands, else the entity whose name or alias is the
/// source's name.
pub fn link_sources(claims: &mut [Claim], entities: &[Entity]) {
    let linker = SourceLinker::new(entities);
    for c in claims.iter_mut() {
        linker.link(&c.span.doc, &mut c.source);
    }
}

/// Links sources to cast entities, as [`link_sources`] does for claims,
/// for any statement: built once, then one cheap lookup per source.
/// It owns what it needs (ids, not entities), so the entities can be
/// written out and dropped before the claims it links are built.
pub struct SourceLinker {
    ids: Vec<Box<str>>,
    /// (start, end, entity) per document, sorted; `u32` and sized exactly,
    /// as there is one entry per entity mention of the corpus.
    mentions_by_doc: BTreeMap<dossier_model::DocId, Vec<(u32, u32, u32)>>,
    by_name: BTreeMap<String, usize>,
}

impl SourceLinker {
    /// Indexes the mentions and names of `entities`.
    pub fn new(entities: &[Entity]) -> Self {
        // Both lookups are indexed once: scanning every entity's mentions for
        // every claim was quadratic and dominated large runs. Where several
        // entities fit, the first in cast order wins, as a linear scan would.
        let mut counts: BTreeMap<&dossier_model::DocId, usize> = BTreeMap::new();
        for m in entities.iter().flat_map(|e| &e.mentions) {
            *counts.entry(&m.doc).or_default() += 1;
        }
        let mut mentions_by_doc: BTreeMap<dossier_model::DocId, Vec<(u32, u32, u32)>> =
            counts.into_iter().map(|(d, n)| (d.clone(), Vec::with_capacity(n))).collect();
        let mut by_name: BTreeMap<String, usize> = BTreeMap::new();
        for (k, e) in entities.iter().enumerate() {
            for m in &e.mentions {
                // Offsets fit: texts are limited to 4 GiB (see `SharedText`).
                let entry = (m.start as u32, m.end as u32, k as u32);
                mentions_by_doc.get_mut(m.doc.as_str()).expect("counted above").push(entry);
            }
            for n in std::iter::once(&e.name).chain(&e.aliases) {
                by_name.entry(dossier_attribution_name(n)).or_insert(k);
            }
        }
        for list in mentions_by_doc.values_mut() {
            list.sort_unstable();
        }
        SourceLinker { ids: entities.iter().map(|e| e.id.as_str().into()).collect(), mentions_by_doc, by_name }
    }

    /// Fills `source.entity` when it is empty and an entity fits: the one
    /// with a mention where the source's name stands in `doc`, else the one
    /// whose name or alias is the source's name.
    pub fn link(&self, doc: &str, source: &mut dossier_model::Source) {
        if source.entity.is_some() {
            return;
        }
        let by_place = source.range.and_then(|r| {
            let list = self.mentions_by_doc.get(doc)?;
            // Mentions starting before the source's end; the overlapping
            // ones among them end after its start.
            let upto = list.partition_point(|&(start, _, _)| (start as usize) < r.end);
            list[..upto].iter().filter(|&&(_, end, _)| r.start < end as usize).map(|&(_, _, k)| k as usize).min()
        });
        let found = by_place.or_else(|| self.by_name.get(&dossier_attribution_name(source.name.as_deref()?)).copied());
        if let Some(k) = found {
            source.entity = Some(self.ids[k].to_string());
        }
    }
}

#[cfg(test)]
mod tests;
