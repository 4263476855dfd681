//! Alignment of two documents: exact word-level spans that both share,
//! tolerant to small edits.
//!
//! What it does, in three steps:
//! 1. **Seeds**: every run of `seed_ngram` words (3 by default) that occurs
//!    in both documents; a run repeated in one document contributes at most
//!    [`MAX_SEED_REPEATS`] positions, so a text repeated a thousand times
//!    cannot make the seed count quadratic.
//! 2. **Chaining**: seeds are chained by dynamic programming (as read
//!    aligners such as minimap2 do): a seed follows another when both
//!    documents advance, by at most `max_gap` words, with a penalty for
//!    drifting off the diagonal. The best chains, each seed used once,
//!    become candidate blocks.
//! 3. **Filling and extension**: between consecutive seeds the words are
//!    aligned exactly by a longest common subsequence (gaps are short, so
//!    this is cheap); each block is then extended past its ends across up to
//!    two edits.
//!
//! Why: a word substituted, inserted or dropped every few words breaks long
//! n-grams but leaves short runs intact, and changed numbers already match
//! (they fold to one token). Chaining short exact seeds recovers the whole
//! edited passage, with exact boundaries in both documents.
//!
//! Example: "the council met on Monday to vote the harbour budget" against
//! "the council met on Tuesday to vote the new harbour budget" aligns as one
//! block of 10 matched words.

/// Most positions one seed n-gram contributes from each document.
pub const MAX_SEED_REPEATS: usize = 8;

/// How many earlier seeds chaining looks back over.
const LOOKBACK: usize = 64;

/// Alignment settings.
#[derive(Clone, Copy, Debug)]
pub struct AlignParams {
    /// Words in a seed.
    pub seed_ngram: usize,
    /// Largest gap between chained seeds, in words.
    pub max_gap: usize,
    /// Shortest block, in words (on the shorter side).
    pub min_words: usize,
    /// Lowest block similarity (Dice over words) kept.
    pub min_similarity: f64,
}

/// A stretch of words matched verbatim (after normalisation): `len` words
/// from `x` in one document and from `y` in the other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Run {
    /// First word in the first document.
    pub x: u32,
    /// First word in the second document.
    pub y: u32,
    /// Number of words.
    pub len: u32,
}

/// One aligned block between two documents: half-open word ranges in both,
/// the matched runs inside them, and how many words matched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// Word range in the first document.
    pub x: (u32, u32),
    /// Word range in the second document.
    pub y: (u32, u32),
    /// Matched runs, increasing in both documents.
    pub runs: Vec<Run>,
    /// Words matched.
    pub matched: u32,
}

impl Block {
    /// Dice similarity of the two sides, over words.
    pub fn similarity(&self) -> f64 {
        let total = (self.x.1 - self.x.0 + self.y.1 - self.y.0) as f64;
        if total == 0.0 { 0.0 } else { 2.0 * self.matched as f64 / total }
    }

    /// The same block seen from the other document.
    pub fn swapped(mut self) -> Block {
        std::mem::swap(&mut self.x, &mut self.y);
        for r in &mut self.runs {
            std::mem::swap(&mut r.x, &mut r.y);
        }
        self
    }
}

/// Hash of the `n` word ids starting at each position: a multiply-rotate
/// mix, much cheaper than xxh3 on this hot path (every pair hashes its
/// shorter document once) and well spread for table lookup.
fn seed_hashes(ids: &[u32], n: usize, out: &mut Vec<u64>) {
    out.clear();
    if n == 0 || ids.len() < n {
        return;
    }
    for win in ids.windows(n) {
        let mut h: u64 = 0x243F_6A88_85A3_08D3;
        for &id in win {
            h = (h ^ id as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(27);
        }
        // Final avalanche (from splitmix64).
        h ^= h >> 31;
        h = h.wrapping_mul(0xBF58_476D_1CE4_E5B9);
        h ^= h >> 29;
        out.push(h);
    }
}

/// The seed n-grams of one document in an open-addressing hash table, at
/// most [`MAX_SEED_REPEATS`] positions per n-gram: built once for a
/// document that is aligned against many others.
pub struct SeedTable {
    /// Bucket keys (n-gram hashes); `u64::MAX` marks an empty bucket.
    keys: Vec<u64>,
    /// Per bucket: start and count in `positions`.
    spans: Vec<(u32, u32)>,
    positions: Vec<u32>,
    mask: usize,
    n: usize,
}

impl SeedTable {
    /// The table of `ids`, for seeds of `n` words.
    pub fn new(ids: &[u32], n: usize) -> SeedTable {
        let mut hashes = Vec::new();
        seed_hashes(ids, n, &mut hashes);
        let mut entries: Vec<(u64, u32)> = hashes.iter().enumerate().map(|(i, &h)| (h, i as u32)).collect();
        entries.sort_unstable();
        let distinct = entries.windows(2).filter(|w| w[0].0 != w[1].0).count() + 1;
        let cap = (distinct * 2).next_power_of_two().max(16);
        let mut t = SeedTable {
            keys: vec![u64::MAX; cap],
            spans: vec![(0, 0); cap],
            positions: Vec::with_capacity(entries.len()),
            mask: cap - 1,
            n,
        };
        let mut i = 0;
        while i < entries.len() {
            let h = entries[i].0;
            let mut j = i;
            while j < entries.len() && entries[j].0 == h {
                j += 1;
            }
            if h != u64::MAX {
                let start = t.positions.len() as u32;
                t.positions.extend(entries[i..j.min(i + MAX_SEED_REPEATS)].iter().map(|e| e.1));
                let mut b = h as usize & t.mask;
                while t.keys[b] != u64::MAX {
                    b = (b + 1) & t.mask;
                }
                t.keys[b] = h;
                t.spans[b] = (start, t.positions.len() as u32 - start);
            }
            i = j;
        }
        t
    }

    fn positions(&self, h: u64) -> &[u32] {
        let mut b = h as usize & self.mask;
        loop {
            let k = self.keys[b];
            if k == h {
                let (s, c) = self.spans[b];
                return &self.positions[s as usize..(s + c) as usize];
            }
            if k == u64::MAX {
                return &[];
            }
            b = (b + 1) & self.mask;
        }
    }
}

/// Seeds between `x_ids` and the document of `table`: `(x, y)` word
/// positions of shared n-grams, sorted. At most [`MAX_SEED_REPEATS`] per
/// position of `x`, so never more than that many times `x`'s length.
pub fn seeds(x_ids: &[u32], table: &SeedTable) -> Vec<(u32, u32)> {
    let mut hashes = Vec::new();
    seed_hashes(x_ids, table.n, &mut hashes);
    let mut out = Vec::new();
    for (x, &h) in hashes.iter().enumerate() {
        for &y in table.positions(h) {
            out.push((x as u32, y));
        }
    }
    out
}

/// One document as alignment sees it: word ids, and the word index where
/// each sentence ends (extension does not cross them; empty for none).
#[derive(Clone, Copy, Debug)]
pub struct Side<'a> {
    /// Word ids.
    pub ids: &'a [u32],
    /// End word of every sentence, increasing.
    pub ends: &'a [u32],
}

/// Aligns `x` with `y` (whose seed table is `table`) and returns
/// the blocks that pass the length and similarity thresholds, at most one
/// per stretch of either document, sorted by position in `x`.
pub fn align(x: &Side, y: &Side, table: &SeedTable, p: &AlignParams) -> Vec<Block> {
    let (x_ids, y_ids) = (x.ids, y.ids);
    let n = p.seed_ngram.max(1);
    let seeds = seeds(x_ids, table);
    if seeds.is_empty() {
        return Vec::new();
    }
    let chains = chain(&seeds, n, p.max_gap);
    let mut blocks: Vec<Block> = Vec::new();
    for c in chains {
        let first = seeds[c[0]];
        let last = seeds[*c.last().unwrap()];
        // Cheap reject before filling: too short even with full extension.
        if (last.0 + n as u32 - first.0) as usize + 8 < p.min_words {
            continue;
        }
        let mut pairs = fill(x_ids, y_ids, c.iter().map(|&k| seeds[k]), n);
        extend(x_ids, y_ids, x.ends, y.ends, &mut pairs);
        trim_overhangs(&mut pairs, x.ends, y.ends, n);
        if pairs.is_empty() {
            continue;
        }
        let b = block_of(&pairs);
        let shorter = (b.x.1 - b.x.0).min(b.y.1 - b.y.0) as usize;
        // Matches in runs of two or more words: isolated single-word
        // matches ("the", "in") are what chance gives between unrelated
        // sentences, and must not make up a passage.
        let solid: u32 = b.runs.iter().filter(|r| r.len >= 2).map(|r| r.len).sum();
        if shorter >= p.min_words && solid as f64 >= 0.75 * p.min_words as f64 && b.similarity() >= p.min_similarity {
            blocks.push(b);
        }
    }
    // Where blocks overlap (a passage that one document repeats), keep the
    // one with most matched words.
    blocks.sort_by(|a, b| b.matched.cmp(&a.matched).then(a.x.cmp(&b.x)).then(a.y.cmp(&b.y)));
    let mut kept: Vec<Block> = Vec::new();
    for b in blocks {
        let clash = kept.iter().any(|k| overlap(k.x, b.x) * 2 > b.x.1 - b.x.0 || overlap(k.y, b.y) * 2 > b.y.1 - b.y.0);
        if !clash {
            kept.push(b);
        }
    }
    kept.sort_by(|a, b| a.x.cmp(&b.x).then(a.y.cmp(&b.y)));
    kept
}

fn overlap(a: (u32, u32), b: (u32, u32)) -> u32 {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// Chains seeds (sorted by `(x, y)`) and returns chains as lists of seed
/// indices, best first, each seed in one chain.
fn chain(seeds: &[(u32, u32)], n: usize, max_gap: usize) -> Vec<Vec<usize>> {
    let reach = (max_gap + n) as u32;
    let n32 = n as u32;
    let mut score = vec![0i64; seeds.len()];
    let mut prev = vec![usize::MAX; seeds.len()];
    for k in 0..seeds.len() {
        let (xk, yk) = seeds[k];
        let mut best = 4 * n as i64;
        let mut from = usize::MAX;
        for p in (k.saturating_sub(LOOKBACK)..k).rev() {
            let (xp, yp) = seeds[p];
            if xk - xp > reach {
                break;
            }
            if xp >= xk || yp >= yk || yk - yp > reach {
                continue;
            }
            let (dx, dy) = (xk - xp, yk - yp);
            let gain = 4 * dx.min(dy).min(n32) as i64 - dx.abs_diff(dy) as i64 - i64::from(dx.max(dy) > n32);
            let cand = score[p] + gain;
            if cand > best {
                best = cand;
                from = p;
            }
        }
        score[k] = best;
        prev[k] = from;
    }
    let mut order: Vec<usize> = (0..seeds.len()).collect();
    order.sort_by(|&a, &b| score[b].cmp(&score[a]).then(a.cmp(&b)));
    let mut used = vec![false; seeds.len()];
    let mut chains = Vec::new();
    for k in order {
        if used[k] {
            continue;
        }
        let mut c = Vec::new();
        let mut cur = k;
        while cur != usize::MAX && !used[cur] {
            used[cur] = true;
            c.push(cur);
            cur = prev[cur];
        }
        c.reverse();
        chains.push(c);
    }
    chains
}

/// Matched word pairs of a chain: each seed's words, and between seeds the
/// longest common subsequence of the words in the gap.
fn fill(x: &[u32], y: &[u32], chain: impl Iterator<Item = (u32, u32)>, n: usize) -> Vec<(u32, u32)> {
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    for (sx, sy) in chain {
        for o in 0..n as u32 {
            let (px, py) = (sx + o, sy + o);
            match pairs.last() {
                Some(&(lx, ly)) if px <= lx || py <= ly => continue,
                Some(&(lx, ly)) if px > lx + 1 || py > ly + 1 => {
                    lcs(x, y, (lx + 1, px), (ly + 1, py), &mut pairs);
                }
                _ => {}
            }
            pairs.push((px, py));
        }
    }
    pairs
}

/// Appends the longest common subsequence of `x[xr]` and `y[yr]` to `out`
/// as word pairs. Gaps between chained seeds are at most a few dozen words;
/// anything larger is left unmatched rather than paid for.
fn lcs(x: &[u32], y: &[u32], xr: (u32, u32), yr: (u32, u32), out: &mut Vec<(u32, u32)>) {
    let a = &x[xr.0 as usize..xr.1 as usize];
    let b = &y[yr.0 as usize..yr.1 as usize];
    if a.is_empty() || b.is_empty() || a.len() * b.len() > 4096 {
        return;
    }
    let w = b.len() + 1;
    let mut t = vec![0u16; (a.len() + 1) * w];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            t[i * w + j] =
                if a[i] == b[j] { t[(i + 1) * w + j + 1] + 1 } else { t[(i + 1) * w + j].max(t[i * w + j + 1]) };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            out.push((xr.0 + i as u32, yr.0 + j as u32));
            i += 1;
            j += 1;
        } else if t[(i + 1) * w + j] >= t[i * w + j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
}

/// Words looked at beyond a block's end in one extension step.
const EXTEND_WINDOW: usize = 8;

/// Extends matched pairs past both ends of a block, never across a sentence
/// boundary (`x_ends`, `y_ends`: the word index where each sentence ends).
///
/// What it does: looks at the next [`EXTEND_WINDOW`] words of both
/// documents, matches them by longest common subsequence, and keeps the
/// prefix of matches that scores best, each match earning 3 and each skipped
/// word costing 1 (on the side that skips more); repeats while something is
/// kept. This is an X-drop extension as in BLAST, on words.
///
/// Why: seeds need three matching words in a row, so a passage's first or
/// last words after an edit ("one person was killed" against "one MKO
/// fighter was killed") would otherwise be cut off. Stopping at sentence
/// boundaries keeps a common first word of the next sentence ("The ...")
/// out of the passage.
fn extend(x: &[u32], y: &[u32], x_ends: &[u32], y_ends: &[u32], pairs: &mut Vec<(u32, u32)>) {
    let (Some(&last), Some(&first)) = (pairs.last(), pairs.first()) else { return };
    let mut tail = Vec::new();
    let (mut i, mut j) = (last.0 as usize, last.1 as usize);
    loop {
        // Words after i (resp. j) up to the end of their sentence.
        let xe = next_end(x_ends, i, x.len()).min(i + 1 + EXTEND_WINDOW);
        let ye = next_end(y_ends, j, y.len()).min(j + 1 + EXTEND_WINDOW);
        let a: Vec<u32> = x[i + 1..xe].to_vec();
        let b: Vec<u32> = y[j + 1..ye].to_vec();
        match best_prefix(&a, &b) {
            Some(kept) => {
                for (da, db) in kept {
                    tail.push(((i + 1 + da) as u32, (j + 1 + db) as u32));
                }
                (i, j) = (tail.last().unwrap().0 as usize, tail.last().unwrap().1 as usize);
            }
            None => break,
        }
    }
    pairs.extend(tail);
    let mut head = Vec::new();
    let (mut i, mut j) = (first.0 as usize, first.1 as usize);
    loop {
        let xs = start_of(x_ends, i).max(i.saturating_sub(EXTEND_WINDOW));
        let ys = start_of(y_ends, j).max(j.saturating_sub(EXTEND_WINDOW));
        let a: Vec<u32> = x[xs..i].iter().rev().copied().collect();
        let b: Vec<u32> = y[ys..j].iter().rev().copied().collect();
        match best_prefix(&a, &b) {
            Some(kept) => {
                for (da, db) in kept {
                    head.push(((i - 1 - da) as u32, (j - 1 - db) as u32));
                }
                (i, j) = (head.last().unwrap().0 as usize, head.last().unwrap().1 as usize);
            }
            None => break,
        }
    }
    if !head.is_empty() {
        head.reverse();
        head.extend_from_slice(pairs);
        *pairs = head;
    }
}

/// Drops a block's first (last) matched words when fewer than `n` of them
/// stand in a sentence the rest of the block does not reach, in either
/// document.
///
/// Why: two copies of a paragraph followed in both documents by a line
/// starting "Read more" or "The" match a word or two past the paragraph's
/// end; those words belong to whatever passage starts there, not to this one.
fn trim_overhangs(pairs: &mut Vec<(u32, u32)>, x_ends: &[u32], y_ends: &[u32], n: usize) {
    let unit = |ends: &[u32], w: u32| ends.partition_point(|&e| e <= w);
    let same =
        |a: (u32, u32), b: (u32, u32)| unit(x_ends, a.0) == unit(x_ends, b.0) && unit(y_ends, a.1) == unit(y_ends, b.1);
    if pairs.len() <= n {
        return;
    }
    let head = pairs.iter().take_while(|&&p| same(p, pairs[0])).count();
    if head < n && head < pairs.len() {
        pairs.drain(..head);
    }
    let last = *pairs.last().unwrap();
    let tail = pairs.iter().rev().take_while(|&&p| same(p, last)).count();
    if tail < n && tail < pairs.len() {
        pairs.truncate(pairs.len() - tail);
    }
}

/// One past the last word of the sentence holding word `i`.
fn next_end(ends: &[u32], i: usize, len: usize) -> usize {
    let k = ends.partition_point(|&e| e as usize <= i);
    ends.get(k).map_or(len, |&e| e as usize).min(len)
}

/// First word of the sentence holding word `i`.
fn start_of(ends: &[u32], i: usize) -> usize {
    let k = ends.partition_point(|&e| e as usize <= i);
    if k == 0 { 0 } else { ends[k - 1] as usize }
}

/// The best-scoring prefix of the longest common subsequence of `a` and `b`
/// (both read outward from a block's end), when it scores above zero.
fn best_prefix(a: &[u32], b: &[u32]) -> Option<Vec<(usize, usize)>> {
    if a.is_empty() || b.is_empty() {
        return None;
    }
    let mut m = Vec::new();
    lcs(a, b, (0, a.len() as u32), (0, b.len() as u32), &mut m);
    let (mut score, mut best, mut best_len) = (0i64, 0i64, 0usize);
    let (mut pa, mut pb) = (-1i64, -1i64);
    for (k, &(ia, ib)) in m.iter().enumerate() {
        let skipped = (ia as i64 - pa - 1).max(ib as i64 - pb - 1);
        score += 3 - skipped;
        (pa, pb) = (ia as i64, ib as i64);
        if score > best {
            best = score;
            best_len = k + 1;
        }
    }
    (best_len > 0).then(|| m[..best_len].iter().map(|&(a, b)| (a as usize, b as usize)).collect())
}

/// The block spanned by increasing matched pairs.
fn block_of(pairs: &[(u32, u32)]) -> Block {
    let mut runs: Vec<Run> = Vec::new();
    for &(px, py) in pairs {
        match runs.last_mut() {
            Some(r) if r.x + r.len == px && r.y + r.len == py => r.len += 1,
            _ => runs.push(Run { x: px, y: py, len: 1 }),
        }
    }
    let (f, l) = (pairs[0], pairs[pairs.len() - 1]);
    Block { x: (f.0, l.0 + 1), y: (f.1, l.1 + 1), runs, matched: pairs.len() as u32 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words;

    fn ids(text: &str) -> Vec<u32> {
        words(text).iter().map(|w| w.id).collect()
    }

    fn params() -> AlignParams {
        AlignParams { seed_ngram: 3, max_gap: 12, min_words: 12, min_similarity: 0.5 }
    }

    fn run(a: &str, b: &str) -> Vec<Block> {
        let (x, y) = (ids(a), ids(b));
        let side = |ids| Side { ids, ends: &[] };
        align(&side(&x), &side(&y), &SeedTable::new(&y, 3), &params())
    }

    const SOURCE: &str = "Officials in the river town of Quellin said the old grain bridge would stay closed \
        until engineers finished checking every pillar for cracks after the spring floods.";

    #[test]
    fn verbatim_passage_inside_other_text_is_found_exactly() {
        let a = format!("Opening words about something else entirely. {SOURCE} Closing remark here.");
        let b = format!("A different start with its own words. {SOURCE}");
        let blocks = run(&a, &b);
        assert_eq!(blocks.len(), 1);
        let blk = &blocks[0];
        let (wa, wb) = (words(&a), words(&b));
        let span_a = &a[wa[blk.x.0 as usize].start as usize..wa[blk.x.1 as usize - 1].end as usize];
        let span_b = &b[wb[blk.y.0 as usize].start as usize..wb[blk.y.1 as usize - 1].end as usize];
        assert_eq!(span_a, SOURCE.trim_end_matches('.'));
        assert_eq!(span_b, span_a);
        assert_eq!(blk.similarity(), 1.0);
    }

    #[test]
    fn light_edits_every_few_words_still_align_end_to_end() {
        // A substitution, an insertion, a deletion and a changed number.
        let src = "The ferry company said 14 crossings were cancelled on Friday because strong winds pushed \
            waves over the harbour wall and flooded the waiting hall near the ticket office.";
        let edited = "The ferry operator said 19 crossings were cancelled on Friday because very strong winds \
            pushed waves over harbour wall and flooded the waiting hall near the ticket office.";
        let blocks = run(src, edited);
        assert_eq!(blocks.len(), 1, "{blocks:?}");
        let b = &blocks[0];
        assert_eq!(b.x, (0, ids(src).len() as u32));
        assert_eq!(b.y, (0, ids(edited).len() as u32));
        assert!(b.similarity() > 0.9 && b.similarity() < 1.0);
    }

    #[test]
    fn unrelated_texts_share_nothing() {
        let a = "The museum opened a new wing for maritime maps and old instruments from the navy yard.";
        let b = "Farmers in the northern valley expect a poor harvest after weeks without rain this summer.";
        assert!(run(a, b).is_empty());
    }

    #[test]
    fn short_matches_are_below_the_minimum() {
        let a = "the council said on Monday that it would meet again soon";
        let b = "rain fell; the council said on Monday that it would meet again soon";
        assert!(run(a, b).is_empty(), "11 words are below 12");
    }

    #[test]
    fn repeated_text_stays_bounded() {
        let a = SOURCE.repeat(1000);
        let blocks = run(&a, SOURCE);
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].matched as usize, ids(SOURCE).len());
    }
}
