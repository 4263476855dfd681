//! Claims: the clause asserting each quantity, what it counts, and who
//! asserts it.
//!
//! What it does: for each quantity (durations and ages are left to the time
//! analysis), finds the predicate that tells what happened to the counted
//! thing, normalises it and the counted noun, finds an agent when the clause
//! names one, and takes the source of the attribution covering it.
//!
//! Why: "nearly 17,000 Iranians killed by the group", "the group's acts
//! claimed the lives of over 12,000 Iranians" and "a toll of almost 12,000
//! lives" are claims about one thing; only normalised, they compare.
//!
//! Rules:
//! - **predicate after the number**: "one person was killed", "20 elements
//!   injured in", "two people died" (auxiliaries and adverbs skipped); a
//!   past verb with an object after it makes the counted thing the agent
//!   ("1,000 officers attacked the camp");
//! - **predicate before the number**: "seized 150 devices", "killing nearly
//!   17,000", "claimed the lives of", "a toll of", "the deaths of";
//! - **normalised predicate**: forms of kill, murder, die, death, slay ->
//!   "killed"; injure, wound, hurt -> "injured"; host, accommodate, admit,
//!   shelter -> "hosted"; ...;
//! - **counted thing**: with a predicate whose patient is a person, or a
//!   noun that counts the dead ("lives", "deaths", "victims"), it is
//!   "people"; "casualties" stays "casualties" (killed or injured);
//!   otherwise the counted noun ("devices");
//! - **agent**: "by X", "victims of X", "fell victim to X"; for a predicate
//!   before the number, the nearest organisation or person named earlier in
//!   the clause (an entity mention, else an acronym);
//! - **ellipsis**: a number with no noun takes the noun of the previous
//!   number in the clause ("out of 17,000 Iranians ..., about 12,000").

use crate::Agents;
use dossier_model::{
    Attribution, Claim, Document, EntityType, QuantityKind, QuantityMention, Segments, Source, Span, TextRange,
};

use crate::attribute::{Tokens, clauses};
use crate::lexicon::{canonical_predicate, is_aux, is_death_noun, is_person_noun, is_person_predicate};
use crate::token::Kind;

/// Whether the counted thing undergoes the predicate or does it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Patient,
    Agent,
}

#[derive(Clone, Debug)]
struct Pred {
    word: String,
    role: Role,
    agent: Option<String>,
}

pub(crate) fn build(
    doc: &Document,
    segs: &Segments,
    quantities: &[QuantityMention],
    attributions: &[Attribution],
    agents: &Agents,
) -> Vec<Claim> {
    let clauses = clauses(doc, segs);
    let mut attributions: Vec<&Attribution> = attributions.iter().collect();
    attributions.sort_by_key(|a| (a.range.start, a.range.end));
    // Only the clauses that hold a quantity are read.
    let mut with_number: Vec<usize> = quantities
        .iter()
        .filter_map(|q| {
            let i = clauses.partition_point(|c| c.end <= q.range.start);
            (i < clauses.len() && clauses[i].start <= q.range.start).then_some(i)
        })
        .collect();
    with_number.dedup();
    let t = Tokens::of_clauses(&doc.text, with_number.iter().map(|&i| clauses[i]));
    let mut out = Vec::new();
    let mut prev_unit: Option<(usize, Option<String>, String)> = None;
    for q in quantities {
        if matches!(q.quantity.kind, QuantityKind::Duration | QuantityKind::Age) {
            continue;
        }
        let ci = clauses.partition_point(|c| c.end <= q.range.start);
        if ci >= clauses.len() || clauses[ci].start > q.range.start {
            continue;
        }
        let clause = clauses[ci];
        let (a, b) = t.span(clause);
        let (qs, mut qe) = t.span(q.range);
        if qs >= qe {
            continue;
        }
        qe = qe.min(b);
        let mut head = q.head.clone();
        let mut unit = q.quantity.unit.clone();
        if head.is_none()
            && q.quantity.kind == QuantityKind::Count
            && let Some((pci, u, h)) = &prev_unit
            && *pci == ci
        {
            head = Some(h.clone());
            unit = u.clone();
        }
        if let Some(h) = &head
            && q.quantity.kind == QuantityKind::Count
        {
            prev_unit = Some((ci, unit.clone(), h.clone()));
        }
        let pred = right_predicate(&t, qe, b, agents)
            .or_else(|| left_predicate(&t, a, qs, agents))
            .or_else(|| victims_of(&t, qe, b, head.as_deref(), agents));
        let zero = q.quantity.value == Some(0.0) && q.quantity.qualifier.is_some();
        let h = head.as_deref().unwrap_or("");
        // What is counted.
        let mut pword = pred.as_ref().map(|p| p.word.clone());
        let (class, key_class) = if h == "casualty" {
            pword = None;
            ("casualties".to_string(), "casualties".to_string())
        } else if h == "injury" {
            pword = Some("injured".into());
            ("people".into(), "people".into())
        } else if is_death_noun(h) && pword.as_deref().is_none_or(|p| !is_person_predicate(p)) {
            pword = Some("killed".into());
            ("people".into(), "people".into())
        } else if pword.as_deref().is_some_and(is_person_predicate)
            && (head.is_none() || is_person_noun(h) || !is_thing(h))
        {
            ("people".into(), "people".into())
        } else {
            match q.quantity.kind {
                QuantityKind::Percent => ("percent".into(), "percent".into()),
                QuantityKind::Money => {
                    let c = unit.clone().unwrap_or_else(|| "money".into());
                    (c.clone(), c)
                }
                _ => match (&unit, &head) {
                    (Some(u), Some(h)) => {
                        let last = u.rsplit(' ').next().unwrap_or(u).to_lowercase();
                        (last, h.clone())
                    }
                    _ => (String::new(), String::new()),
                },
            }
        };
        if class.is_empty() && pword.is_none() {
            continue;
        }
        // A zero counts only as a denial of harm: "no one was hurt", "no
        // casualties"; "nobody was allowed to" asserts no number.
        if zero && class != "casualties" && !pword.as_deref().is_some_and(is_person_predicate) {
            continue;
        }
        let role = pred.as_ref().map_or(Role::Patient, |p| p.role);
        let agent = pred.as_ref().and_then(|p| p.agent.clone());
        let mut about = class.clone();
        if let Some(p) = &pword {
            if about.is_empty() {
                about = "number".into();
            }
            about = match role {
                Role::Patient => format!("{about} {p}"),
                Role::Agent => format!("{about} that {}", agent_verb(p)),
            };
        }
        if let Some(ag) = &agent
            && role == Role::Patient
        {
            about = format!("{about} by {ag}");
        }
        // What a percentage is of: "40 percent of grain exports".
        let mut key_class = key_class;
        if q.quantity.kind == QuantityKind::Percent
            && pword.is_none()
            && t.low(qe) == "of"
            && let Some(noun) = {
                // The first plural noun ("of Calderra's grain exports"), else
                // the first noun after the article ("of the population").
                let words: Vec<usize> = (qe + 1..b.min(qe + 6))
                    .take_while(|&i| t.toks[i].kind == Kind::Word)
                    .filter(|&i| !matches!(t.low(i), "the" | "a" | "an" | "its" | "their" | "all"))
                    .collect();
                let plural = words.iter().find(|&&i| {
                    let w = t.low(i);
                    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("'s")
                });
                plural.or(words.first()).map(|&i| t.low(i).trim_end_matches("'s").to_string())
            }
        {
            about = format!("percent of {noun}");
            key_class = about.clone();
        }
        // A claim says what happened to what it counts; without a predicate
        // (or a noun that implies one) it is too vague to compare: "two
        // soldiers" in one clause and "five soldiers" in another are most
        // often different soldiers. Such claims get no comparison key.
        let comparable = pword.is_some() || class == "casualties" || key_class.starts_with("percent of");
        let mut key = if comparable {
            format!(
                "{key_class}|{}|{}|{}",
                pword.as_deref().unwrap_or(""),
                if role == Role::Agent { "agent" } else { "" },
                agent.as_deref().unwrap_or("")
            )
        } else {
            String::new()
        };
        if !key.is_empty()
            && let Some(y) = event_year(&t, a, b)
        {
            key.push('@');
            key.push_str(&y);
        }
        let mut quantity = q.quantity.clone();
        if quantity.unit.is_none() {
            quantity.unit = unit.clone();
        }
        let source = source_of(&doc.text, &attributions, q.range, clause);
        out.push(Claim { span: Span::of(doc, clause), id: String::new(), quantity, about, source, key, agent });
    }
    out
}

fn agent_verb(p: &str) -> &str {
    p
}

/// The year a clause dates its event to: "in 1998, when 9 people were
/// killed". A claim dated to another year than the story's is about another
/// event, so the year joins the comparison key. Years that open a period
/// ("since 1979", "from 2016", "since the revolution in 1979") do not date
/// the event.
fn event_year(t: &Tokens, a: usize, b: usize) -> Option<String> {
    let mut period = false;
    for k in a..b {
        let w = t.low(k);
        if matches!(w, "since" | "from" | "past" | "between") {
            period = true;
        }
        let tok = &t.toks[k];
        if tok.kind == Kind::Num
            && w.len() == 4
            && w.bytes().all(|c| c.is_ascii_digit())
            && ("1800"..="2100").contains(&w)
            && k > a
            && t.low(k - 1) == "in"
            && !period
        {
            return Some(w.to_string());
        }
    }
    None
}

/// Nouns that are things, not people: a person predicate does not make
/// them people ("150 devices seized" stays devices).
fn is_thing(h: &str) -> bool {
    !is_person_noun(h) && !h.is_empty() && h != "other"
}

/// The source of the attribution that covers `range`: the smallest one
/// containing it, else one whose cue is in the same clause.
fn source_of(text: &str, attributions: &[&Attribution], range: TextRange, clause: TextRange) -> Source {
    // Attributions come in text order; those that can cover `range` start
    // before it, and none spans more than a few paragraphs, so a window
    // keeps this linear on long documents.
    const WINDOW: usize = 20_000;
    let end = attributions.partition_point(|a| a.range.start <= range.start.max(clause.end));
    let from = attributions[..end].partition_point(|a| a.range.start + WINDOW < clause.start);
    let near = &attributions[from..end];
    let covering = near.iter().filter(|a| a.range.contains(&range)).min_by_key(|a| a.range.len()).or_else(|| {
        near.iter().find(|a| {
            // "14 died, according to officials, though the union says 19":
            // a contrast ends what the source covers.
            let (lo, hi) = if a.range.end <= range.start {
                (a.range.end, range.start)
            } else {
                (range.end, a.range.start.max(range.end))
            };
            let between = text.get(lo..hi).unwrap_or("");
            let contrast =
                [" though ", " but ", " while ", " whereas ", " although ", ";"].iter().any(|c| between.contains(c));
            !contrast
                && a.range.overlaps(&clause)
                && a.source_range.is_none_or(|s| clause.contains(&s))
                && (a.range.overlaps(&range) || a.source_range.is_some_and(|s| clause.contains(&s)))
        })
    });
    covering.map(|a| a.source.clone()).unwrap_or_default()
}

/// "was killed", "were injured", "killed in", "died", "attacked the camp".
fn right_predicate(t: &Tokens, qe: usize, b: usize, agents: &Agents) -> Option<Pred> {
    let mut k = qe;
    let mut skipped = 0;
    while k < b && skipped < 6 && is_aux(t.low(k)) && t.toks[k].kind == Kind::Word {
        k += 1;
        skipped += 1;
    }
    if k >= b || t.toks[k].kind != Kind::Word {
        return None;
    }
    let w = t.low(k);
    // "have fallen victim to X".
    if matches!(w, "fallen" | "fell" | "falling") && t.low(k + 1) == "victim" && t.low(k + 2) == "to" {
        let agent = agent_in(t, k + 3, b, agents);
        return Some(Pred { word: "killed".into(), role: Role::Patient, agent });
    }
    let verbish = w.ends_with("ed")
        || w.ends_with("en")
        || matches!(w, "died" | "dead" | "slain" | "hurt" | "missing" | "killed" | "fled" | "held" | "lost" | "stolen");
    let canon = canonical_predicate(w);
    if !verbish || (canon.is_none() && !w.ends_with("ed")) {
        return None;
    }
    // A bare participle after the noun that is no known predicate ("devices
    // linked to", "devices suspected of") describes the thing; the verb
    // before the number ("seized") says what happened to it.
    if canon.is_none() && skipped == 0 {
        return None;
    }
    let word = canon.map_or_else(|| w.to_string(), str::to_string);
    let next = t.low(k + 1);
    let object_follows = skipped == 0
        && matches!(next, "the" | "a" | "an" | "their" | "its" | "his" | "her" | "them" | "us" | "him")
        && !matches!(w, "died" | "dead");
    let role = if object_follows { Role::Agent } else { Role::Patient };
    let agent = if role == Role::Patient {
        // "killed by X", skipping a short adjunct: "killed in 2019 by X".
        (k + 1..b.min(k + 5))
            .find(|&i| t.low(i) == "by")
            .and_then(|i| agent_in(t, i + 1, b, agents))
            .or_else(|| cause_after(t, k + 1, b))
    } else {
        None
    };
    Some(Pred { word, role, agent })
}

/// A cause named after the predicate: "killed in terrorist attacks",
/// "died in the war". Only plural or mass causes count: "in the attack"
/// names the event itself, which every report of it shares.
fn cause_after(t: &Tokens, k: usize, b: usize) -> Option<String> {
    if !matches!(t.low(k), "in" | "during" | "through") {
        return None;
    }
    let mut e = k + 1;
    while e < b && e < k + 5 && t.toks[e].kind == Kind::Word {
        let w = t.low(e);
        if matches!(
            w,
            "attacks"
                | "bombings"
                | "airstrikes"
                | "strikes"
                | "shelling"
                | "violence"
                | "terrorism"
                | "war"
                | "wars"
                | "conflicts"
                | "massacres"
        ) {
            let start =
                if matches!(t.low(e - 1), "the" | "a" | "an" | "in" | "during" | "through") { e } else { e - 1 };
            let words: Vec<&str> = (start..=e).map(|i| t.low(i)).collect();
            return Some(words.join(" "));
        }
        e += 1;
    }
    None
}

/// "seized 150 devices", "killing nearly 17,000", "the lives of", "toll of".
fn left_predicate(t: &Tokens, a: usize, qs: usize, agents: &Agents) -> Option<Pred> {
    if qs <= a {
        return None;
    }
    let mut p = qs - 1;
    // "out of the nearly 17,000": a part-whole frame, no predicate.
    if matches!(t.low(p), "the") && p > a {
        p -= 1;
    }
    let w = t.low(p);
    // A verb before the number: its subject is the agent.
    let verb_at = |word: &str, at: usize| {
        let agent = subject_agent(t, a, at, agents);
        Some(Pred { word: word.to_string(), role: Role::Patient, agent })
    };
    // An event noun before the number ("the deaths of", "a toll of").
    let noun_at = |word: &str, at: usize| {
        let agent = noun_agent(t, a, at, agents);
        Some(Pred { word: word.to_string(), role: Role::Patient, agent })
    };
    if matches!(w, "to" | "at") && p > a {
        // "the death toll rose to 14", "puts the toll at 19".
        if (p.saturating_sub(4).max(a)..p).any(|i| t.low(i) == "toll") {
            return noun_at("killed", p);
        }
        return None;
    }
    if w == "of" && p > a {
        let n = t.low(p - 1);
        if matches!(n, "lives" | "life") {
            let v = if p >= a + 3 { t.low(p - 3) } else { "" };
            if matches!(
                v,
                "claimed" | "claim" | "claiming" | "took" | "taken" | "take" | "taking" | "cost" | "costing" | "lost"
            ) {
                return verb_at("killed", p - 3);
            }
            return noun_at("killed", p - 1);
        }
        if matches!(n, "toll" | "deaths" | "death" | "killing" | "killings" | "murder" | "murders") {
            return noun_at("killed", p - 1);
        }
        if matches!(n, "arrest" | "arrests" | "detention") {
            return noun_at("arrested", p - 1);
        }
        if matches!(n, "evacuation") {
            return noun_at("evacuated", p - 1);
        }
        return None;
    }
    if t.toks[p].kind != Kind::Word {
        return None;
    }
    let canon = canonical_predicate(w)?;
    // Nouns that share a stem ("deaths", "attacks") are not the verb here.
    if w.ends_with('s') && !w.ends_with("ss") && !matches!(w, "kills" | "seizes" | "hosts" | "houses") {
        return None;
    }
    verb_at(canon, p)
}

/// The agent of a verb at `v`: the noun phrase just before it ("MKO's
/// terrorist acts have claimed" -> mko; "fire killed" -> none, a common
/// noun names the event, not an actor), or, for a participle after a comma
/// (", killing nearly 17,000"), the subject that opens the clause.
fn subject_agent(t: &Tokens, a: usize, v: usize, agents: &Agents) -> Option<String> {
    let mut e = v;
    while e > a && matches!(t.low(e - 1), "has" | "have" | "had" | "also" | "reportedly" | "allegedly" | "then") {
        e -= 1;
    }
    if e > a && t.low(e - 1) == "," {
        // Participial clause: the clause's first noun phrase.
        let mut s = a;
        while s < e && t.toks[s].kind == Kind::Word && !is_aux(t.low(s)) && canonical_predicate(t.low(s)).is_none() {
            s += 1;
        }
        return named_agent(t, a, s, agents);
    }
    let mut s = e;
    while s > a
        && t.toks[s - 1].kind == Kind::Word
        && e - s < 6
        && !matches!(t.low(s - 1), "to" | "and" | "that" | "which" | "who" | "where" | "when")
    {
        s -= 1;
    }
    named_agent(t, s, e, agents)
}

/// The agent of an event noun at `n`: who is "responsible for", "blamed
/// for" or "accused of" it, or the clause's subject when a participle
/// after a comma leads to it (", resulting in a toll of"); else none
/// ("over the deaths of 19 workers" names no one).
fn noun_agent(t: &Tokens, a: usize, n: usize, agents: &Agents) -> Option<String> {
    let from = n.saturating_sub(8).max(a);
    if let Some(r) = (from..n).rev().find(|&i| matches!(t.low(i), "responsible" | "blamed" | "accused")) {
        return agent_before(t, a, r, agents);
    }
    if let Some(c) = (from..n).rev().find(|&i| t.low(i) == "," && t.low(i + 1).ends_with("ing")) {
        return subject_agent(t, a, c + 1, agents);
    }
    None
}

/// An entity mention or acronym within tokens `s..e`.
fn named_agent(t: &Tokens, s: usize, e: usize, agents: &Agents) -> Option<String> {
    if s >= e {
        return None;
    }
    let r = TextRange::new(t.toks[s].start, t.toks[e - 1].end);
    if let Some((_, name)) = agents.iter(t.text).find(|(range, _)| r.contains(range)) {
        return Some(normalise_agent(name));
    }
    (s..e).find(|&i| t.toks[i].is_acronym(t.text) && t.toks[i].low.len() >= 3).map(|i| normalise_agent(&t.toks[i].low))
}

/// "17,000 victims of terrorism".
fn victims_of(t: &Tokens, qe: usize, b: usize, head: Option<&str>, agents: &Agents) -> Option<Pred> {
    if head != Some("victim") || t.low(qe) != "of" {
        return None;
    }
    let agent = agent_in(t, qe + 1, b, agents);
    Some(Pred { word: "killed".into(), role: Role::Patient, agent })
}

/// The agent named in the phrase starting at `k`: an entity mention, an
/// acronym, else the phrase's last noun ("terrorism", "terrorist attacks").
fn agent_in(t: &Tokens, k: usize, b: usize, agents: &Agents) -> Option<String> {
    let mut e = k;
    while e < b
        && e < k + 6
        && t.toks[e].kind == Kind::Word
        && !matches!(
            t.low(e),
            "in" | "on" | "at" | "during" | "and" | "since" | "over" | "after" | "including" | "while"
        )
    {
        e += 1;
    }
    if e <= k {
        return None;
    }
    let r = TextRange::new(t.toks[k].start, t.toks[e - 1].end);
    if let Some((_, name)) = agents.iter(t.text).find(|(range, _)| r.overlaps(range)) {
        return Some(normalise_agent(name));
    }
    if let Some(i) = (k..e).find(|&i| t.toks[i].is_acronym(t.text)) {
        return Some(normalise_agent(&t.toks[i].low));
    }
    let last = t.low(e - 1);
    if matches!(last, "the" | "a" | "an" | "its" | "their") {
        return None;
    }
    Some(normalise_agent(last))
}

/// The nearest organisation or person named before token `p` in the clause.
fn agent_before(t: &Tokens, a: usize, p: usize, agents: &Agents) -> Option<String> {
    if p <= a {
        return None;
    }
    let clause = TextRange::new(t.toks[a].start, t.toks[p].start);
    if let Some((_, name)) = agents.iter(t.text).rev().find(|(range, _)| clause.contains(range)) {
        return Some(normalise_agent(name));
    }
    (a..p)
        .rev()
        .find(|&i| t.toks[i].is_acronym(t.text) && t.toks[i].low.len() >= 3)
        .map(|i| normalise_agent(&t.toks[i].low))
}

pub(crate) fn agentive(k: EntityType) -> bool {
    matches!(k, EntityType::Org | EntityType::Person)
}

/// Lower case, no leading article, no possessive: "The MKO's" -> "mko".
pub fn normalise_agent(s: &str) -> String {
    let low = s.to_lowercase().replace('\u{2019}', "'");
    let low = low.strip_prefix("the ").unwrap_or(&low);
    let low = low.strip_suffix("'s").unwrap_or(low);
    low.trim().to_string()
}
