//! From pairwise alignments to passages: every reused word traced to its
//! earliest occurrence, then grouped into one passage per recurring text.
//!
//! What it does:
//! 1. **Roots.** Documents are visited in publication order. Each word of a
//!    document that an alignment matches to an earlier document inherits that
//!    word's root (the earliest place the word was published); when several
//!    alignments cover a word, the earliest root wins. A word nobody matched
//!    is its own root.
//! 2. **Passages.** For each root document, its sentences are scanned in
//!    order with the set of later documents that carry each one (at least
//!    half of it, or half the minimum passage length for long sentences).
//!    Consecutive sentences carried by the same documents, contiguously in
//!    each of them, form one passage; a stretch shorter than the minimum is
//!    folded into its neighbour.
//!
//! Why: tracing words to roots, not clustering spans by overlap, avoids the
//! chaining that merges unrelated paragraphs through a document that carries
//! both (A shares P1 with B, B shares P2 with C: P1 and P2 stay apart). The
//! canonical text of a passage is then by construction its earliest
//! published wording, and each occurrence's similarity is measured against
//! it.
//!
//! Example: A (first) has sentences P1 P2 P3; B copies all three, C copies
//! only P2. Passages: P1 {A, B}, P2 {A, B, C}, P3 {A, B}. Adjacent passages
//! of one document pair are merged again when a pair's detections are
//! scored, so the split costs nothing in granularity.

use rayon::prelude::*;

use crate::align::Block;

/// Words `t..t+len` of one document descend from words `r..r+len` of the
/// document `root`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct RootRun {
    /// First word in this document.
    pub t: u32,
    /// Number of words.
    pub len: u32,
    /// Root document (publication rank).
    pub root: u32,
    /// First word in the root document.
    pub r: u32,
}

/// Root runs of every document (by rank), each list sorted by `t`.
/// `blocks[t]` holds `(s, block)` with `s < t`, block `x` in `s`, `y` in `t`.
pub fn roots(n_words: &[u32], blocks: &[Vec<(u32, Block)>]) -> Vec<Vec<RootRun>> {
    let mut out: Vec<Vec<RootRun>> = Vec::with_capacity(n_words.len());
    for (t, list) in blocks.iter().enumerate() {
        if list.is_empty() {
            out.push(Vec::new());
            continue;
        }
        // Candidate pieces (root, r, t, len), mapped through the source's roots.
        let mut pieces: Vec<(u32, u32, u32, u32)> = Vec::new();
        for (s, b) in list {
            let rr = &out[*s as usize];
            for run in &b.runs {
                let (mut pos, end) = (run.x, run.x + run.len);
                let mut k = rr.partition_point(|q| q.t + q.len <= pos);
                while pos < end {
                    let tpos = run.y + (pos - run.x);
                    if k < rr.len() && rr[k].t <= pos {
                        let upto = end.min(rr[k].t + rr[k].len);
                        pieces.push((rr[k].root, rr[k].r + (pos - rr[k].t), tpos, upto - pos));
                        pos = upto;
                        k += 1;
                    } else {
                        let upto = if k < rr.len() { end.min(rr[k].t) } else { end };
                        pieces.push((*s, pos, tpos, upto - pos));
                        pos = upto;
                    }
                }
            }
        }
        pieces.sort_unstable();
        let mut owner = vec![u64::MAX; n_words[t] as usize];
        for (root, r, tp, len) in pieces {
            for o in 0..len {
                let slot = &mut owner[(tp + o) as usize];
                if *slot == u64::MAX {
                    *slot = ((root as u64) << 32) | (r + o) as u64;
                }
            }
        }
        let mut runs: Vec<RootRun> = Vec::new();
        for (p, &o) in owner.iter().enumerate() {
            if o == u64::MAX {
                continue;
            }
            let (root, r) = ((o >> 32) as u32, o as u32);
            match runs.last_mut() {
                Some(q) if q.root == root && q.t + q.len == p as u32 && q.r + q.len == r => q.len += 1,
                _ => runs.push(RootRun { t: p as u32, len: 1, root, r }),
            }
        }
        out.push(runs);
    }
    out
}

/// One passage in word coordinates: the canonical range in its root
/// document and, per carrier, its range and matched words.
#[derive(Clone, Debug, PartialEq)]
pub struct WordPassage {
    /// Root document (rank).
    pub root: u32,
    /// Canonical word range in the root.
    pub range: (u32, u32),
    /// `(document rank, word range, matched words)`, by rank.
    pub carriers: Vec<(u32, (u32, u32), u32)>,
}

/// How one carrier covers a stretch of the root.
#[derive(Clone, Copy, Debug)]
struct Cover {
    covered: u32,
    rmin: u32,
    rmax: u32,
    tmin: u32,
    tmax: u32,
}

impl Cover {
    fn merge(&mut self, o: &Cover) {
        self.covered += o.covered;
        self.rmin = self.rmin.min(o.rmin);
        self.rmax = self.rmax.max(o.rmax);
        self.tmin = self.tmin.min(o.tmin);
        self.tmax = self.tmax.max(o.tmax);
    }
    /// True when `next` continues `self` in the carrier as it does in the
    /// root: after it, with about the same gap.
    fn continued_by(&self, next: &Cover, max_gap: u32) -> bool {
        next.tmin > self.tmax
            && next.rmin > self.rmax
            && (next.tmin - self.tmax).abs_diff(next.rmin - self.rmax) <= max_gap
    }
}

/// A run of units of the root carried by the same documents.
#[derive(Clone, Debug)]
struct Draft {
    first_unit: usize,
    last_unit: usize,
    /// Carriers of the run, sorted.
    carriers: Vec<u32>,
    /// Cover of every document with words in these units, sorted by document.
    covers: Vec<(u32, Cover)>,
}

impl Draft {
    fn cover(&self, t: u32) -> Option<&Cover> {
        self.covers.binary_search_by_key(&t, |c| c.0).ok().map(|i| &self.covers[i].1)
    }
    fn span(&self) -> u32 {
        let mut lo = u32::MAX;
        let mut hi = 0;
        for t in &self.carriers {
            if let Some(c) = self.cover(*t) {
                lo = lo.min(c.rmin);
                hi = hi.max(c.rmax + 1);
            }
        }
        hi.saturating_sub(lo)
    }
    /// Absorbs the adjacent `other` (after `self` when `after`), keeping
    /// `self`'s carriers.
    fn absorb(&mut self, other: &Draft, after: bool, max_gap: u32) {
        for (t, c) in self.covers.iter_mut() {
            if self.carriers.binary_search(t).is_err() {
                continue;
            }
            if let Some(o) = other.cover(*t) {
                let ok = if after { c.continued_by(o, max_gap) } else { o.continued_by(c, max_gap) };
                if ok {
                    c.merge(o);
                }
            }
        }
        self.first_unit = self.first_unit.min(other.first_unit);
        self.last_unit = self.last_unit.max(other.last_unit);
    }
}

/// Settings of passage building.
#[derive(Clone, Copy, Debug)]
pub struct PassageParams {
    /// Shortest passage, in words.
    pub min_words: u32,
    /// Largest gap alignment tolerates, in words.
    pub max_gap: u32,
}

/// Passages of every root document, in root rank then position order.
/// `unit_ends[r]` are the end words of the units of document `r`.
pub fn passages(roots: &[Vec<RootRun>], unit_ends: &[Vec<u32>], p: PassageParams) -> Vec<WordPassage> {
    // (root, carrier, run) for every run that descends from another document.
    let mut entries: Vec<(u32, u32, RootRun)> = Vec::new();
    for (t, runs) in roots.iter().enumerate() {
        for run in runs {
            entries.push((run.root, t as u32, *run));
        }
    }
    entries.par_sort_unstable_by_key(|e| (e.0, e.1, e.2.r, e.2.t));
    let mut groups: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < entries.len() {
        let mut j = i;
        while j < entries.len() && entries[j].0 == entries[i].0 {
            j += 1;
        }
        groups.push((i, j));
        i = j;
    }
    groups
        .par_iter()
        .flat_map_iter(|&(i, j)| {
            let root = entries[i].0;
            root_passages(root, &entries[i..j], &unit_ends[root as usize], p)
        })
        .collect()
}

fn root_passages(root: u32, entries: &[(u32, u32, RootRun)], ends: &[u32], p: PassageParams) -> Vec<WordPassage> {
    let unit_of = |w: u32| ends.partition_point(|&e| e <= w);
    let unit_len = |u: usize| ends[u] - if u == 0 { 0 } else { ends[u - 1] };
    // Per (unit, carrier) cover.
    let mut recs: Vec<(usize, u32, Cover)> = Vec::new();
    for &(_, t, run) in entries {
        let (mut pos, end) = (run.r, run.r + run.len);
        while pos < end {
            let u = unit_of(pos);
            if u >= ends.len() {
                break;
            }
            let upto = end.min(ends[u]);
            let c = Cover {
                covered: upto - pos,
                rmin: pos,
                rmax: upto - 1,
                tmin: run.t + (pos - run.r),
                tmax: run.t + (upto - 1 - run.r),
            };
            match recs.last_mut() {
                Some((lu, lt, lc)) if *lu == u && *lt == t => {
                    // A second copy of the same sentence far away in the
                    // carrier is ignored: one occurrence per carrier.
                    let slack = unit_len(u) + p.max_gap;
                    if c.tmin <= lc.tmax + slack && c.tmin + slack >= lc.tmin {
                        lc.merge(&c);
                    }
                }
                _ => recs.push((u, t, c)),
            }
            pos = upto;
        }
    }
    recs.sort_unstable_by_key(|r| (r.0, r.1));
    // Drafts: runs of units with the same carriers, contiguous in each.
    let mut drafts: Vec<Draft> = Vec::new();
    let mut i = 0;
    while i < recs.len() {
        let u = recs[i].0;
        let mut j = i;
        while j < recs.len() && recs[j].0 == u {
            j += 1;
        }
        let len = unit_len(u);
        let need = (len.div_ceil(2)).min(p.min_words.div_ceil(2)).max(1);
        let covers: Vec<(u32, Cover)> = recs[i..j].iter().map(|r| (r.1, r.2)).collect();
        let carriers: Vec<u32> = covers.iter().filter(|c| c.1.covered >= need).map(|c| c.0).collect();
        i = j;
        if carriers.is_empty() {
            continue;
        }
        if let Some(d) = drafts.last_mut()
            && d.last_unit + 1 == u
            && d.carriers == carriers
            && carriers.iter().all(|t| {
                let prev = d.cover(*t).unwrap();
                let next = &covers[covers.binary_search_by_key(t, |c| c.0).unwrap()].1;
                prev.continued_by(next, p.max_gap)
            })
        {
            for (t, c) in covers {
                match d.covers.binary_search_by_key(&t, |x| x.0) {
                    Ok(k) => d.covers[k].1.merge(&c),
                    Err(k) => d.covers.insert(k, (t, c)),
                }
            }
            d.last_unit = u;
            continue;
        }
        drafts.push(Draft { first_unit: u, last_unit: u, carriers, covers });
    }
    // Fold stretches shorter than the minimum into an adjacent draft: the
    // previous one first, else the next.
    let mut merged: Vec<Draft> = Vec::new();
    for d in drafts {
        if d.span() < p.min_words
            && let Some(prev) = merged.last_mut()
            && prev.last_unit + 1 == d.first_unit
        {
            prev.absorb(&d, true, p.max_gap);
            continue;
        }
        merged.push(d);
    }
    let mut out_drafts: Vec<Draft> = Vec::new();
    for d in merged.into_iter().rev() {
        if d.span() < p.min_words
            && let Some(next) = out_drafts.last_mut()
            && d.last_unit + 1 == next.first_unit
        {
            next.absorb(&d, false, p.max_gap);
            continue;
        }
        out_drafts.push(d);
    }
    out_drafts.reverse();
    let min_matched = p.min_words.div_ceil(2);
    let mut out = Vec::new();
    for d in out_drafts {
        let mut carriers = Vec::new();
        let (mut lo, mut hi) = (u32::MAX, 0);
        for &t in &d.carriers {
            let c = d.cover(t).unwrap();
            if c.covered >= min_matched {
                lo = lo.min(c.rmin);
                hi = hi.max(c.rmax + 1);
                carriers.push((t, (c.tmin, c.tmax + 1), c.covered));
            }
        }
        if carriers.is_empty() || hi - lo < p.min_words {
            continue;
        }
        out.push(WordPassage { root, range: (lo, hi), carriers });
    }
    out
}

/// Union-find over document ranks, for near-duplicate groups.
pub struct Groups {
    parent: Vec<u32>,
}

impl Groups {
    /// `n` singletons.
    pub fn new(n: usize) -> Groups {
        Groups { parent: (0..n as u32).collect() }
    }
    fn find(&mut self, mut a: u32) -> u32 {
        while self.parent[a as usize] != a {
            let g = self.parent[self.parent[a as usize] as usize];
            self.parent[a as usize] = g;
            a = g;
        }
        a
    }
    /// Puts `a` and `b` in one group.
    pub fn union(&mut self, a: u32, b: u32) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi as usize] = lo;
        }
    }
    /// Groups of two or more members, each sorted, in order of first member.
    pub fn groups(mut self) -> Vec<Vec<u32>> {
        let n = self.parent.len();
        let mut by_root: std::collections::BTreeMap<u32, Vec<u32>> = std::collections::BTreeMap::new();
        for a in 0..n as u32 {
            let r = self.find(a);
            by_root.entry(r).or_default().push(a);
        }
        by_root.into_values().filter(|g| g.len() > 1).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::Run;

    fn block(x: (u32, u32), y: (u32, u32)) -> Block {
        let len = x.1 - x.0;
        Block { x, y, runs: vec![Run { x: x.0, y: y.0, len }], matched: len }
    }

    #[test]
    fn roots_follow_chains_to_the_earliest_document() {
        // Doc 0 words 10..40 copied into doc 1 at 0..30, then from doc 1 into doc 2 at 5..35.
        let n_words = [50, 40, 40];
        let blocks = vec![vec![], vec![(0, block((10, 40), (0, 30)))], vec![(1, block((0, 30), (5, 35)))]];
        let r = roots(&n_words, &blocks);
        assert_eq!(r[1], [RootRun { t: 0, len: 30, root: 0, r: 10 }]);
        assert_eq!(r[2], [RootRun { t: 5, len: 30, root: 0, r: 10 }]);
    }

    #[test]
    fn passages_split_where_carriers_change() {
        // Root doc 0 has three 20-word units. Doc 1 carries all; doc 2 the middle one.
        let ends = vec![vec![20, 40, 60], vec![60], vec![20]];
        let roots = vec![
            vec![],
            vec![RootRun { t: 0, len: 60, root: 0, r: 0 }],
            vec![RootRun { t: 0, len: 20, root: 0, r: 20 }],
        ];
        let ps = passages(&roots, &ends, PassageParams { min_words: 12, max_gap: 12 });
        let shapes: Vec<((u32, u32), Vec<u32>)> =
            ps.iter().map(|p| (p.range, p.carriers.iter().map(|c| c.0).collect())).collect();
        assert_eq!(shapes, [((0, 20), vec![1]), ((20, 40), vec![1, 2]), ((40, 60), vec![1])]);
        assert_eq!(ps[1].carriers[1], (2, (0, 20), 20));
    }

    #[test]
    fn a_carrier_that_jumps_elsewhere_starts_a_new_passage() {
        // Doc 1 carries unit 0 at 0..20 and unit 1 at 100..120: two passages.
        let ends = vec![vec![20, 40], vec![200]];
        let roots =
            vec![vec![], vec![RootRun { t: 0, len: 20, root: 0, r: 0 }, RootRun { t: 100, len: 20, root: 0, r: 20 }]];
        let ps = passages(&roots, &ends, PassageParams { min_words: 12, max_gap: 12 });
        assert_eq!(ps.len(), 2);
    }

    #[test]
    fn groups_are_sorted_and_exclude_singletons() {
        let mut g = Groups::new(5);
        g.union(3, 1);
        g.union(4, 3);
        assert_eq!(g.groups(), vec![vec![1, 3, 4]]);
    }
}
