//! The cast of a story: entity mentions merged within and across
//! documents into entities, with their aliases and the labels each source
//! gives them.
//!
//! [`merge`] takes the documents and the [`EntityMention`]s the entities
//! stage found in each, and returns [`Entity`]s. Mentions are joined with a
//! union-find on evidence, strongest first:
//!
//! 1. **same name**: equal [`name_key`]s (case, diacritics, hyphens and name
//!    particles such as "-e-" or "al-" folded) and compatible types;
//! 2. **acronym defined in the text**: a mention's `alias_of` names the
//!    other form in the same document ("Long Name (LN)");
//! 3. **acronym defined elsewhere**: an acronym never defined in its own
//!    document joins the one organisation in the corpus whose initials it
//!    spells ([`initials_match`]), if exactly one does;
//! 4. **short names of people**: a one-word person mention joins the person
//!    named in full in the same document whose surname (or first name) it
//!    is, the nearest one before it when several share it; across documents
//!    only when the corpus holds exactly one such person;
//! 5. **role descriptors** arrive from the entities stage already named
//!    after their person.
//!
//! Weak evidence never merges: two full names that share a surname stay
//! two people, and an organisation is never merged with another one that a
//! source only describes ("the NLU, the political arm of the VDF").
//!
//! ```
//! use dossier_cast::merge;
//! use dossier_model::{Document, EntityMention, EntityType, TextRange};
//! let a = Document::new("a", "a.txt", "The Vel-e-Dara Front (VDF) met Tomas Brek. Brek left.".to_string());
//! let b = Document::new("b", "b.txt", "The VDF and the Vel Dara Front denied it.".to_string());
//! let m = |s: usize, e: usize, k: EntityType, d: &Document, alias: Option<&str>| {
//!     let mut m = EntityMention::new(TextRange::new(s, e), k, d.text.slice(s..e));
//!     m.set_extras(Vec::new(), alias.map(String::from));
//!     m
//! };
//! let ma = vec![
//!     m(4, 20, EntityType::Org, &a, Some("VDF")), m(22, 25, EntityType::Org, &a, Some("Vel-e-Dara Front")),
//!     m(31, 41, EntityType::Person, &a, None), m(43, 47, EntityType::Person, &a, None),
//! ];
//! let mb = vec![m(4, 7, EntityType::Org, &b, None), m(16, 30, EntityType::Org, &b, None)];
//! let cast = merge(&[a, b], &[ma, mb]);
//! assert_eq!(cast.len(), 2);
//! let front = cast.iter().find(|e| e.kind == EntityType::Org).unwrap();
//! assert_eq!(front.mentions.len(), 4);
//! assert!(front.aliases.contains(&"VDF".to_string()));
//! let brek = cast.iter().find(|e| e.kind == EntityType::Person).unwrap();
//! assert_eq!(brek.name, "Tomas Brek");
//! assert_eq!(brek.mentions.len(), 2);
//! ```
#![deny(missing_docs)]

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use dossier_model::{Document, Entity, EntityMention, EntityType, Label, Span};

/// Name particles folded away when comparing names ("Mujahedin-e-Khalq"
/// and "Mujahedin Khalq", "Nouri al-Maliki" and "Nouri Maliki").
const PARTICLES: &[&str] = &["e", "i", "al", "el", "ul", "ud", "the", "of", "and", "de", "ad", "as", "ash", "an", "ar"];

/// Folds common Latin diacritics to ASCII ("Manëz" and "Manez").
fn fold_char(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ğ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
        'ł' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ř' => 'r',
        'ś' | 'š' | 'ş' | 'ș' => 's',
        'ť' | 'ţ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        _ => c,
    }
}

/// The words of a name for matching: lowercased, diacritics folded,
/// split at spaces, hyphens and apostrophes, possessives dropped.
fn words(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let folded: String = name.chars().flat_map(char::to_lowercase).map(fold_char).collect();
    for w in folded.split(|c: char| c.is_whitespace() || matches!(c, '-' | '‐' | '–' | '\'' | '’' | '`' | '.')) {
        if w.is_empty() || w == "s" && !out.is_empty() {
            continue;
        }
        out.push(w.to_string());
    }
    out
}

/// The comparison key of a name: its [`words`] without particles, joined
/// by spaces. "Mujahedin-e-Khalq Organization" and "Mujahedin Khalq
/// Organization" share a key; so do "Manëz" and "Manez".
pub fn name_key(name: &str) -> String {
    let w = words(name);
    let kept: Vec<&str> = w.iter().map(String::as_str).filter(|w| !PARTICLES.contains(w)).collect();
    if kept.is_empty() { w.join(" ") } else { kept.join(" ") }
}

/// True when `name` looks like an acronym: 2 to 8 characters, mostly capitals.
pub fn is_acronym(name: &str) -> bool {
    let n = name.chars().filter(|c| c.is_alphanumeric()).count();
    let caps = name.chars().filter(|c| c.is_uppercase()).count();
    (2..=8).contains(&n) && caps >= 2 && caps * 3 >= n * 2 && !name.contains(' ')
}

/// Does the acronym spell the initials of `long`? Particles may be
/// skipped or kept, and a final organisation word may be left out
/// ("MKO" and "MEK" both fit "Mujahedin-e-Khalq Organization").
pub fn initials_match(acronym: &str, long: &str) -> bool {
    let target: String = acronym.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    let ws = words(long);
    if ws.len() < 2 || target.len() < 2 {
        return false;
    }
    // Each word contributes its initial, or nothing when it is a particle.
    fn fits(ws: &[String], target: &[char]) -> bool {
        match (ws.first(), target.first()) {
            (None, None) => true,
            (None, Some(_)) => false,
            (Some(w), t) => {
                let particle = PARTICLES.contains(&w.as_str());
                let take = t.is_some_and(|&t| w.starts_with(t)) && fits(&ws[1..], &target[1..]);
                take || (particle && fits(&ws[1..], target))
            }
        }
    }
    let t: Vec<char> = target.chars().collect();
    fits(&ws, &t) || fits(&ws[..ws.len() - 1], &t) && ws.len() > 2
}

/// Every initials string `long` can spell under the rules of
/// [`initials_match`]: each word gives its initial, a particle may give
/// nothing, and the last word may be left out when three or more remain.
/// Capped at 64 spellings so a name full of particles stays cheap.
fn spellable_initials(long: &str) -> Vec<String> {
    let ws = words(long);
    if ws.len() < 2 {
        return Vec::new();
    }
    let mut out: Vec<String> = Vec::new();
    for (upto, allowed) in [(ws.len(), true), (ws.len() - 1, ws.len() > 2)] {
        if !allowed {
            continue;
        }
        let mut partial: Vec<String> = vec![String::new()];
        for w in &ws[..upto] {
            let initial = w.chars().next().expect("words are non-empty");
            let particle = PARTICLES.contains(&w.as_str());
            let mut next = Vec::with_capacity(partial.len() * 2);
            for p in &partial {
                let mut taken = p.clone();
                taken.push(initial);
                next.push(taken);
                if particle {
                    next.push(p.clone());
                }
            }
            next.truncate(64);
            partial = next;
        }
        out.extend(partial.into_iter().filter(|p| p.chars().count() >= 2));
    }
    out.sort();
    out.dedup();
    out
}

/// Type groups that may share one entity.
fn group(kind: EntityType) -> u8 {
    match kind {
        EntityType::Person => 0,
        EntityType::Org | EntityType::Gpe | EntityType::Loc | EntityType::Fac => 1,
        EntityType::Norp => 2,
        EntityType::Other => 3,
    }
}

/// Parents as `u32`: one per mention of the corpus, and four billion
/// mentions would not fit in memory anyway.
struct UnionFind(Vec<u32>);

impl UnionFind {
    fn find(&mut self, x: usize) -> usize {
        let mut x = x as u32;
        while self.0[x as usize] != x {
            self.0[x as usize] = self.0[self.0[x as usize] as usize];
            x = self.0[x as usize];
        }
        x as usize
    }
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            // The smaller index stays root: results do not depend on call order.
            let (lo, hi) = if a < b { (a, b) } else { (b, a) };
            self.0[hi] = lo as u32;
        }
    }
}

/// One mention with where it stands.
///
/// 16 bytes: there is one per mention of the corpus, and the merge's
/// items, beside the mentions and the entities being built, were a large
/// share of a run's peak memory.
struct Item<'a> {
    m: &'a EntityMention,
    doc: u32,
    /// The folded name, as an index into [`Keys`]: a corpus has several
    /// times more mentions than distinct names.
    key: u32,
}

/// The distinct folded names of the corpus, each with its word count.
struct Keys {
    names: Vec<Box<str>>,
    tokens: Vec<u32>,
}

impl Keys {
    fn name(&self, key: u32) -> &str {
        &self.names[key as usize]
    }
    fn tokens(&self, key: u32) -> u32 {
        self.tokens[key as usize]
    }
}

/// Merges `mentions` (per document, same order as `docs`) into entities.
///
/// Entities are ordered by number of mentions (most first), then name;
/// ids are `x1`, `x2`, ... in that order.
pub fn merge(docs: &[Document], mentions: &[Vec<EntityMention>]) -> Vec<Entity> {
    // Sized up front: one item per mention, at most; grown by doubling, the
    // list's spare capacity stayed resident through the merge.
    let mut items: Vec<Item> = Vec::with_capacity(mentions.iter().map(Vec::len).sum());
    let mut interned: HashMap<Box<str>, u32> = HashMap::new();
    for (d, ms) in mentions.iter().enumerate().take(docs.len()) {
        for m in ms {
            let text = &docs[d].text;
            if m.range.end > text.len() || !text.is_char_boundary(m.range.start) || !text.is_char_boundary(m.range.end)
            {
                continue;
            }
            let mut key = name_key(&m.name);
            // "Kenyans" is the group "Kenyan" names.
            if m.kind == EntityType::Norp && key.len() > 4 && key.ends_with('s') && !key.ends_with("ss") {
                key.pop();
            }
            if key.is_empty() {
                continue;
            }
            let next = interned.len() as u32;
            let key = *interned.entry(key.into_boxed_str()).or_insert(next);
            items.push(Item { m, doc: d as u32, key });
        }
    }
    let keys = {
        let mut names: Vec<Box<str>> = vec![Box::default(); interned.len()];
        for (name, k) in interned {
            names[k as usize] = name;
        }
        let tokens = names.iter().map(|n| n.split(' ').count() as u32).collect();
        Keys { names, tokens }
    };
    let n = items.len();
    let mut uf = UnionFind((0..n as u32).collect());
    let no_item = u32::MAX;

    // 1. Same key, compatible type. OTHER joins a typed entity of the same key.
    // The first item of each (key, group), groups 0 to 2 (OTHER is 3).
    let mut first_of: Vec<[u32; 4]> = vec![[no_item; 4]; keys.names.len()];
    for (i, it) in items.iter().enumerate() {
        // A one-word person name is ambiguous: step 4 places it.
        if it.m.kind == EntityType::Person && keys.tokens(it.key) == 1 {
            continue;
        }
        let slot = &mut first_of[it.key as usize][group(it.m.kind) as usize];
        match *slot {
            j if j == no_item => *slot = i as u32,
            j => uf.union(i, j as usize),
        }
    }
    for (i, it) in items.iter().enumerate() {
        if it.m.kind == EntityType::Other {
            for g in [1, 2] {
                let j = first_of[it.key as usize][g];
                if j != no_item {
                    uf.union(i, j as usize);
                    break;
                }
            }
        }
    }
    drop(first_of);

    // 2. Acronyms defined in the same document.
    // Only the (document, name) pairs some acronym points to are indexed:
    // indexing every mention held one entry per mention of the corpus.
    let wanted: HashSet<(u32, &str)> = items.iter().filter_map(|it| Some((it.doc, it.m.alias_of()?))).collect();
    let mut in_doc: HashMap<(u32, &str), usize> = HashMap::with_capacity(wanted.len());
    for (i, it) in items.iter().enumerate() {
        let at = (it.doc, it.m.name.as_str());
        if wanted.contains(&at) {
            in_doc.entry(at).or_insert(i);
        }
    }
    drop(wanted);
    let mut defined: HashSet<u32> = HashSet::new();
    for (i, it) in items.iter().enumerate() {
        if let Some(other) = it.m.alias_of()
            && let Some(&j) = in_doc.get(&(it.doc, other))
            && group(items[j].m.kind) == group(it.m.kind)
        {
            uf.union(i, j);
            if is_acronym(&it.m.name) {
                defined.insert(it.key);
            }
        }
    }
    drop(in_doc);

    // 3. Acronyms defined elsewhere: the one long form whose initials fit.
    let long_forms: Vec<usize> = {
        let mut seen = vec![false; keys.names.len()];
        let mut v = Vec::new();
        for (i, it) in items.iter().enumerate() {
            if group(it.m.kind) == 1
                && keys.tokens(it.key) >= 2
                && !it.m.descriptor
                && !std::mem::replace(&mut seen[it.key as usize], true)
            {
                v.push(i);
            }
        }
        v
    };
    // Indexed by every initials string a long form can spell, so each
    // acronym is one lookup: a scan of all long forms per acronym made this
    // step quadratic on large corpora.
    let mut by_initials: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for &j in &long_forms {
        for spelled in spellable_initials(&items[j].m.name) {
            by_initials.entry(spelled).or_default().push(j);
        }
    }
    drop(long_forms);
    let mut acronym_target: HashMap<u32, Option<usize>> = HashMap::new();
    for it in &items {
        if !is_acronym(&it.m.name) || defined.contains(&it.key) || acronym_target.contains_key(&it.key) {
            continue;
        }
        let target: String = it.m.name.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
        let fits: Vec<usize> = by_initials.get(&target).cloned().unwrap_or_default();
        let roots: BTreeSet<usize> = fits.iter().map(|&j| uf.find(j)).collect();
        acronym_target.insert(it.key, (roots.len() == 1).then(|| fits[0]));
    }
    drop((defined, by_initials));
    for (i, it) in items.iter().enumerate() {
        if let Some(Some(j)) = acronym_target.get(&it.key)
            && group(it.m.kind) != 0
        {
            uf.union(i, *j);
        }
    }
    drop(acronym_target);

    // 4. One-word person names: the full name in the same document, then in the corpus.
    // Full person names indexed by their first and last word (the words a
    // one-word name can be), so each lookup touches only candidates.
    let mut full_by_word: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (j, it) in items.iter().enumerate() {
        if it.m.kind == EntityType::Person && keys.tokens(it.key) >= 2 {
            let key = keys.name(it.key);
            let first = key.split(' ').next().unwrap_or("");
            let last = key.rsplit(' ').next().unwrap_or("");
            full_by_word.entry(first).or_default().push(j);
            if last != first {
                full_by_word.entry(last).or_default().push(j);
            }
        }
    }
    let no_full: Vec<usize> = Vec::new();
    let mut unattached = Vec::new();
    for i in 0..n {
        let it = &items[i];
        // A one-word name the recogniser left untyped (OTHER), often in a
        // headline, is placed too, but only next to a full name in its own
        // document: across documents an untyped word is weak evidence.
        let untyped = it.m.kind == EntityType::Other;
        if !(it.m.kind == EntityType::Person || untyped) || keys.tokens(it.key) != 1 || it.m.descriptor {
            continue;
        }
        let candidates = full_by_word.get(keys.name(it.key)).unwrap_or(&no_full);
        // Same document: the nearest full name before it, else the first after it.
        let same: Vec<usize> = candidates.iter().copied().filter(|&j| items[j].doc == it.doc).collect();
        let before = same
            .iter()
            .copied()
            .filter(|&j| items[j].m.range.start < it.m.range.start)
            .max_by_key(|&j| items[j].m.range.start);
        match before.or_else(|| same.first().copied()) {
            Some(j) => uf.union(i, j),
            None if untyped => {}
            None => unattached.push(i),
        }
    }
    // Across documents: the one person of the corpus it can be; when no
    // full name fits, lone names with the same key are one person; when
    // several fit, it stays alone.
    let mut lone: HashMap<u32, usize> = HashMap::new();
    for i in unattached {
        let roots: BTreeSet<usize> =
            full_by_word.get(keys.name(items[i].key)).unwrap_or(&no_full).iter().map(|&j| uf.find(j)).collect();
        match roots.len() {
            1 => uf.union(i, *roots.iter().next().expect("one root")),
            0 => match lone.get(&items[i].key) {
                Some(&j) => uf.union(i, j),
                None => {
                    lone.insert(items[i].key, i);
                }
            },
            _ => {}
        }
    }

    // The indexes go before the entities are built: the two together were
    // the run's memory peak on large corpora.
    drop((full_by_word, lone));
    drop(keys);
    build(docs, &items, &mut uf)
}

/// Reorders `items` so that position `i` holds what was at `order[i]`,
/// in place: each cycle of the permutation is rotated by swaps.
fn permute<T>(items: &mut [T], mut order: Vec<u32>) {
    debug_assert_eq!(items.len(), order.len());
    for start in 0..items.len() {
        // Follow the cycle through `start`, marking visited slots with their
        // own index.
        let mut at = start;
        while order[at] as usize != start {
            let from = order[at] as usize;
            items.swap(at, from);
            order[at] = at as u32;
            at = from;
        }
        order[at] = at as u32;
    }
}

/// Turns the clusters into entities: canonical name, type, aliases,
/// mentions in document order, labels counted per source.
fn build(docs: &[Document], items: &[Item], uf: &mut UnionFind) -> Vec<Entity> {
    // Clusters as runs of one sorted list, in root order, members in item
    // order: one allocation where a map of lists made one per entity (u32:
    // four billion mentions would not fit in memory anyway).
    let mut by_root: Vec<(u32, u32)> = (0..items.len()).map(|i| (uf.find(i) as u32, i as u32)).collect();
    by_root.sort_unstable();
    // Sized up front: grown by doubling, the list of millions of entities
    // held its old and new buffers at once, at the run's memory peak.
    let mut out: Vec<Entity> = Vec::with_capacity(by_root.chunk_by(|a, b| a.0 == b.0).count());
    for run in by_root.chunk_by(|a, b| a.0 == b.0) {
        let members: Vec<usize> = run.iter().map(|&(_, i)| i as usize).collect();
        // Type: majority of typed mentions; OTHER only when nothing else.
        let mut votes: BTreeMap<EntityType, usize> = BTreeMap::new();
        for &i in &members {
            *votes.entry(items[i].m.kind).or_default() += 1;
        }
        let kind = votes
            .iter()
            .filter(|(k, _)| **k != EntityType::Other)
            .max_by_key(|(k, n)| (**n, std::cmp::Reverse(**k)))
            .map(|(k, _)| *k)
            .unwrap_or(EntityType::Other);
        // Name: the most complete written form (most words, not an acronym
        // when a long form exists), then the most frequent, then the first in order.
        let mut forms: BTreeMap<&str, usize> = BTreeMap::new();
        for &i in &members {
            if !items[i].m.descriptor {
                *forms.entry(items[i].m.name.as_str()).or_default() += 1;
            }
        }
        let name = forms
            .iter()
            .max_by(|a, b| {
                let wa = (!is_acronym(a.0), name_key(a.0).split(' ').count(), a.1);
                let wb = (!is_acronym(b.0), name_key(b.0).split(' ').count(), b.1);
                wa.cmp(&wb).then_with(|| b.0.cmp(a.0))
            })
            .map(|(n, _)| n.to_string())
            .unwrap_or_else(|| items[members[0]].m.name.to_string());
        let aliases: Vec<String> = forms.keys().filter(|f| **f != name).map(|f| f.to_string()).collect();
        let mut mentions: Vec<(u32, Span)> =
            members.iter().map(|&i| (items[i].doc, Span::of(&docs[items[i].doc as usize], items[i].m.range))).collect();
        mentions.sort_by_key(|a| (a.0, a.1.start, a.1.end));
        mentions.dedup_by(|a, b| a.0 == b.0 && a.1.start == b.1.start && a.1.end == b.1.end);
        // Labels: grouped case-insensitively, shown as first written.
        let mut labels: BTreeMap<String, (String, BTreeMap<u32, usize>, usize)> = BTreeMap::new();
        let mut ordered: Vec<usize> = members.clone();
        ordered.sort_by_key(|&i| (items[i].doc, items[i].m.range.start));
        for &i in &ordered {
            for l in items[i].m.labels() {
                let e = labels.entry(l.to_lowercase()).or_insert_with(|| (l.clone(), BTreeMap::new(), 0));
                *e.1.entry(items[i].doc).or_default() += 1;
                e.2 += 1;
            }
        }
        let mut labels: Vec<Label> = labels
            .into_values()
            .map(|(text, ds, count)| Label {
                text,
                docs: ds.keys().map(|&d| docs[d as usize].id.clone()).collect(),
                count,
                per_doc: ds.values().copied().collect(),
            })
            .collect();
        labels.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.text.cmp(&b.text)));
        out.push(Entity {
            id: String::new(),
            name,
            kind,
            aliases,
            mentions: mentions.into_iter().map(|(_, s)| s).collect(),
            labels,
        });
    }
    // Most mentioned first, then by name, ties in cluster order. Sorted as a
    // permutation of indices applied in place: a stable sort of the
    // entities themselves allocates half their size again.
    let mut order: Vec<u32> = (0..out.len() as u32).collect();
    order.sort_unstable_by(|&a, &b| {
        let (ea, eb) = (&out[a as usize], &out[b as usize]);
        eb.mentions.len().cmp(&ea.mentions.len()).then_with(|| ea.name.cmp(&eb.name)).then(a.cmp(&b))
    });
    permute(&mut out, order);
    for (i, e) in out.iter_mut().enumerate() {
        e.id = format!("x{}", i + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::TextRange;

    fn mention(doc: &Document, text: &str, nth: usize, kind: EntityType) -> EntityMention {
        let start = doc.text.match_indices(text).nth(nth).expect("in text").0;
        EntityMention::new(TextRange::new(start, start + text.len()), kind, text.into())
    }

    #[test]
    fn permute_reorders_in_place() {
        let mut v = vec!['a', 'b', 'c', 'd', 'e'];
        permute(&mut v, vec![2, 0, 4, 3, 1]);
        assert_eq!(v, vec!['c', 'a', 'e', 'd', 'b']);
        let mut empty: Vec<u8> = Vec::new();
        permute(&mut empty, Vec::new());
        assert!(empty.is_empty());
    }

    #[test]
    fn keys_fold_variants() {
        assert_eq!(name_key("Vel-e-Dara Front"), name_key("Vel Dara Front"));
        assert_eq!(name_key("Manëz"), name_key("Manez"));
        assert_eq!(name_key("Omar al-Rashid"), name_key("Omar Rashid"));
        assert_eq!(name_key(""), "");
    }

    #[test]
    fn spellable_initials_agree_with_initials_match() {
        for long in
            ["Mujahedin-e-Khalq Organization", "Bank of the Republic", "Port Authority of Veyla", "al-Noor Front"]
        {
            for acronym in spellable_initials(long) {
                assert!(initials_match(&acronym.to_uppercase(), long), "{acronym} from {long}");
            }
        }
        assert!(spellable_initials("Mujahedin-e-Khalq Organization").contains(&"mko".to_string()));
        assert!(spellable_initials("Mujahedin-e-Khalq Organization").contains(&"mek".to_string()));
    }

    #[test]
    fn initials() {
        assert!(initials_match("VDF", "Vel-e-Dara Front"));
        assert!(initials_match("VEDF", "Vel-e-Dara Front"));
        assert!(initials_match("NLU", "National Labour Union"));
        assert!(!initials_match("NLU", "National Liberation Front"));
        assert!(!initials_match("X", "Xavier Org"));
    }

    #[test]
    fn an_untyped_surname_joins_the_full_name_in_its_document() {
        let doc =
            Document::new("a", "a.txt", "Varnok barred from the port. Ilsa Varnok, the harbour chief, left.".into());
        let ms =
            vec![mention(&doc, "Varnok", 0, EntityType::Other), mention(&doc, "Ilsa Varnok", 0, EntityType::Person)];
        let cast = merge(&[doc], &[ms]);
        let person = cast.iter().find(|e| e.name == "Ilsa Varnok").expect("the person");
        assert_eq!(person.kind, EntityType::Person);
        assert_eq!(person.mentions.len(), 2, "{cast:#?}");
        assert_eq!(cast.len(), 1, "{cast:#?}");
    }

    #[test]
    fn people_sharing_a_surname_stay_apart() {
        let a = Document::new("a", "a", "Anna Berg, the minister, met Lars Berg, the coach. Berg said no.".into());
        let b = Document::new("b", "b", "Berg was not there.".into());
        let ma = vec![
            mention(&a, "Anna Berg", 0, EntityType::Person),
            mention(&a, "Lars Berg", 0, EntityType::Person),
            mention(&a, "Berg", 2, EntityType::Person),
        ];
        let mb = vec![mention(&b, "Berg", 0, EntityType::Person)];
        let cast = merge(&[a, b], &[ma, mb]);
        let people: Vec<&Entity> = cast.iter().filter(|e| e.kind == EntityType::Person).collect();
        // Anna and Lars stay two; the lone "Berg" in document a goes to the
        // nearest full name before it; in document b it is ambiguous and stays alone.
        assert_eq!(people.len(), 3, "{cast:#?}");
        let lars = people.iter().find(|e| e.name == "Lars Berg").unwrap();
        assert_eq!(lars.mentions.len(), 2);
        assert!(people.iter().any(|e| e.name == "Berg" && e.mentions[0].doc == "b"));
    }

    #[test]
    fn an_organisation_and_its_wing_stay_two() {
        let a = Document::new("a", "a", "The NLU, the political arm of the VDF, met.".into());
        let ma = vec![mention(&a, "NLU", 0, EntityType::Org), mention(&a, "VDF", 0, EntityType::Org)];
        let cast = merge(&[a], &[ma]);
        assert_eq!(cast.len(), 2);
    }

    #[test]
    fn labels_are_counted_per_source() {
        let a = Document::new("a", "a", "the outlawed VDF and the outlawed VDF".into());
        let b = Document::new("b", "b", "the armed VDF".into());
        let mut ma = vec![mention(&a, "VDF", 0, EntityType::Org), mention(&a, "VDF", 1, EntityType::Org)];
        ma[0].set_extras(vec!["outlawed".into()], None);
        ma[1].set_extras(vec!["Outlawed".into()], None);
        let mut mb = vec![mention(&b, "VDF", 0, EntityType::Org)];
        mb[0].set_extras(vec!["armed".into()], None);
        let cast = merge(&[a, b], &[ma, mb]);
        assert_eq!(cast.len(), 1);
        let l = &cast[0].labels;
        assert_eq!(l[0].text, "outlawed");
        assert_eq!(l[0].count, 2);
        assert_eq!(l[0].docs, vec!["a".to_string()]);
        assert_eq!(l[0].per_doc, vec![2]);
        assert_eq!(l[1].docs, vec!["b".to_string()]);
    }

    #[test]
    fn bad_ranges_are_skipped() {
        let a = Document::new("a", "a", "é".into());
        let mut m = mention(&a, "é", 0, EntityType::Person);
        m.range = TextRange::new(1, 2);
        assert!(merge(&[a], &[vec![m]]).is_empty());
        assert!(merge(&[], &[]).is_empty());
    }
}
