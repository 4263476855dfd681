//! The fingerprint index: which documents share enough word n-grams to be
//! worth aligning.
//!
//! What it does: hashes every run of `n` words with xxh3, keeps a winnowed
//! sample (the smallest hash in every window of `w` consecutive n-grams,
//! after Schleimer, Wilkerson and Aiken, "Winnowing", SIGMOD 2003), and
//! counts, for every pair of documents, the fingerprints they share.
//!
//! Why: winnowing keeps about `2 / (w + 1)` of the n-grams yet guarantees
//! that any shared run of `w + n - 1` words yields a shared fingerprint, so
//! a lightly edited paragraph still shares several. A fingerprint found in
//! too many documents is boilerplate or a stock phrase and is dropped; one
//! found in more than a handful links each document only to the one before
//! it in publication order (a chain, not all pairs), which keeps the number
//! of pairs linear in the corpus while every document still meets an earlier
//! carrier of the text.
//!
//! Example: with the defaults `n = 4, w = 4`, any run of 7 words shared
//! verbatim gives a shared fingerprint, so a 12-word sentence copied
//! verbatim gives at least two; a paragraph with a word edited every six
//! words still shares several.

use rayon::prelude::*;
use xxhash_rust::xxh3::xxh3_64;

use crate::text::NUMBER_ID;

/// Hash of every run of `n` word ids, in order.
pub fn ngram_hashes(ids: &[u32], n: usize, out: &mut Vec<u64>) {
    out.clear();
    if n == 0 || ids.len() < n {
        return;
    }
    let mut buf = [0u8; 4 * 16];
    let n = n.min(16);
    for win in ids.windows(n) {
        for (k, id) in win.iter().enumerate() {
            buf[4 * k..4 * k + 4].copy_from_slice(&id.to_le_bytes());
        }
        out.push(xxh3_64(&buf[..4 * n]));
    }
}

/// The winnowed fingerprints of `ids`: for every window of `w` consecutive
/// n-gram hashes, the smallest (the rightmost on ties), each chosen position
/// once. N-grams made only of numbers are skipped: tables of figures look
/// alike everywhere. The result is sorted and deduplicated, as 32-bit
/// fingerprints (the high half of the hash).
pub fn fingerprints(ids: &[u32], n: usize, w: usize, hashes: &mut Vec<u64>) -> Vec<u32> {
    ngram_hashes(ids, n, hashes);
    let n = n.clamp(1, 16);
    // Numbers-only n-grams get the largest hash so they are never picked
    // unless a whole window is made of them; those picks are then dropped.
    for (i, h) in hashes.iter_mut().enumerate() {
        if ids[i..i + n].iter().all(|&id| id == NUMBER_ID) {
            *h = u64::MAX;
        }
    }
    let w = w.max(1);
    let mut out = Vec::with_capacity(hashes.len() * 2 / (w + 1) + 1);
    // Monotone deque of positions with increasing hashes.
    let mut deque: std::collections::VecDeque<usize> = std::collections::VecDeque::with_capacity(w + 1);
    let mut last_pick = usize::MAX;
    for i in 0..hashes.len() {
        while deque.back().is_some_and(|&j| hashes[j] >= hashes[i]) {
            deque.pop_back();
        }
        deque.push_back(i);
        if deque.front().is_some_and(|&j| j + w <= i) {
            deque.pop_front();
        }
        if i + 1 >= w || i + 1 == hashes.len() {
            let pick = deque[0];
            if pick != last_pick {
                last_pick = pick;
                if hashes[pick] != u64::MAX {
                    out.push((hashes[pick] >> 32) as u32);
                }
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Settings of candidate generation.
#[derive(Clone, Copy, Debug)]
pub struct PairLimits {
    /// Fingerprints in more documents than this are dropped.
    pub max_doc_freq: usize,
    /// Fingerprints in at most this many documents link all their pairs;
    /// more common ones link each document to its predecessor only.
    pub all_pairs_max_df: usize,
    /// Pairs sharing fewer fingerprints are not aligned.
    pub min_shared: usize,
}

/// A pair of documents worth aligning: `a < b` in publication rank, and how
/// many fingerprints they share.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Candidate {
    /// Earlier document (rank).
    pub a: u32,
    /// Later document (rank).
    pub b: u32,
    /// Shared fingerprints.
    pub shared: u32,
}

/// Candidate pairs, sorted by `(a, b)`, and the number of fingerprints
/// indexed. `fps(rank)` gives a document's fingerprints, sorted and
/// deduplicated; it is called once per document, in parallel, and nothing
/// but the index entries is kept.
pub fn candidates(n_docs: usize, fps: impl Fn(usize) -> Vec<u32> + Sync, limits: PairLimits) -> (Vec<Candidate>, u64) {
    // (fingerprint << 32 | rank), sorted: each fingerprint's documents in
    // rank order.
    let mut entries: Vec<u64> = (0..n_docs)
        .into_par_iter()
        .flat_map_iter(|rank| fps(rank).into_iter().map(move |h| ((h as u64) << 32) | rank as u64))
        .collect();
    let indexed = entries.len() as u64;
    entries.par_sort_unstable();
    // Cut into chunks at fingerprint boundaries and emit pairs in parallel.
    let chunk_len = (entries.len() / 64).max(4096);
    let mut bounds = vec![0usize];
    let mut pos = chunk_len;
    while pos < entries.len() {
        let h = entries[pos] >> 32;
        while pos < entries.len() && entries[pos] >> 32 == h {
            pos += 1;
        }
        bounds.push(pos);
        pos += chunk_len;
    }
    if *bounds.last().unwrap() != entries.len() {
        bounds.push(entries.len());
    }
    let mut pairs: Vec<u64> = bounds
        .par_windows(2)
        .flat_map_iter(|b| {
            let chunk = &entries[b[0]..b[1]];
            let mut out = Vec::new();
            let mut i = 0;
            while i < chunk.len() {
                let h = chunk[i] >> 32;
                let mut j = i;
                while j < chunk.len() && chunk[j] >> 32 == h {
                    j += 1;
                }
                let docs = &chunk[i..j];
                let df = docs.len();
                if df >= 2 && df <= limits.max_doc_freq {
                    if df <= limits.all_pairs_max_df {
                        for x in 0..df {
                            for y in x + 1..df {
                                out.push((docs[x] << 32) | (docs[y] & 0xFFFF_FFFF));
                            }
                        }
                    } else {
                        for x in 1..df {
                            out.push((docs[x - 1] << 32) | (docs[x] & 0xFFFF_FFFF));
                        }
                    }
                }
                i = j;
            }
            out
        })
        .collect();
    drop(entries);
    pairs.par_sort_unstable();
    let mut out = Vec::new();
    let mut i = 0;
    while i < pairs.len() {
        let mut j = i;
        while j < pairs.len() && pairs[j] == pairs[i] {
            j += 1;
        }
        if j - i >= limits.min_shared {
            out.push(Candidate { a: (pairs[i] >> 32) as u32, b: pairs[i] as u32, shared: (j - i) as u32 });
        }
        i = j;
    }
    (out, indexed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(n: u32) -> Vec<u32> {
        (0..n).map(|i| i.wrapping_mul(2_654_435_761) >> 3).collect()
    }

    #[test]
    fn winnowing_guarantees_a_shared_fingerprint_for_long_runs() {
        let (n, w) = (5, 6);
        let base = ids(200);
        let mut h = Vec::new();
        let all = fingerprints(&base, n, w, &mut h);
        assert!(!all.is_empty());
        assert!(all.len() < 200 / 2, "winnowing keeps a sample, got {}", all.len());
        // Any run of w + n - 1 words shares at least one fingerprint.
        for start in (0..200 - (w + n - 1)).step_by(7) {
            let run = &base[start..start + w + n - 1];
            let f = fingerprints(run, n, w, &mut h);
            assert!(f.iter().any(|x| all.binary_search(x).is_ok()), "run at {start}");
        }
    }

    #[test]
    fn short_and_numeric_inputs() {
        let mut h = Vec::new();
        assert!(fingerprints(&[], 5, 6, &mut h).is_empty());
        assert!(fingerprints(&[1, 2, 3], 5, 6, &mut h).is_empty());
        assert_eq!(fingerprints(&[1, 2, 3, 4, 5], 5, 6, &mut h).len(), 1);
        assert!(fingerprints(&[NUMBER_ID; 40], 5, 6, &mut h).is_empty());
    }

    #[test]
    fn pairs_need_shared_fingerprints_and_common_ones_chain() {
        let limits = PairLimits { max_doc_freq: 10, all_pairs_max_df: 3, min_shared: 2 };
        let fps = [vec![1, 2, 9], vec![1, 2, 9], vec![2, 3, 9], vec![3, 4, 9], vec![9]];
        let (c, indexed) = candidates(fps.len(), |r| fps[r].clone(), limits);
        assert_eq!(indexed, 13);
        let pairs: Vec<(u32, u32, u32)> = c.iter().map(|c| (c.a, c.b, c.shared)).collect();
        // 9 is in 5 documents: chained; 1 and 2 link 0-1 (twice), 2 links 0-2 and 1-2.
        assert_eq!(pairs, [(0, 1, 3), (1, 2, 2), (2, 3, 2)]);
        let strict = PairLimits { max_doc_freq: 4, ..limits };
        let (c, _) = candidates(fps.len(), |r| fps[r].clone(), strict);
        assert_eq!(c.iter().map(|c| (c.a, c.b)).collect::<Vec<_>>(), [(0, 1)]);
    }
}
