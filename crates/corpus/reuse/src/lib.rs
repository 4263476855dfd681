//! Text reused across documents, and what each document adds.
//!
//! Outlets recycle background paragraphs and talking points, word for word
//! or lightly edited. [`analyze`] finds every recycled passage once, with
//! everywhere it recurs, says which sentences of each document no earlier
//! document carried, and groups near-duplicate articles.
//!
//! # How
//! 1. **Words** ([`text`]): lowercased letter-and-digit runs, numbers folded
//!    into one token, so a changed figure does not break a match.
//! 2. **Fingerprint index** ([`index`]): word 4-grams hashed with xxh3 and
//!    winnowed; fingerprints in too many documents dropped; documents sharing
//!    at least two fingerprints become candidate pairs. Exact copies are set
//!    aside first and linked to their earliest twin directly.
//! 3. **Alignment** ([`align`]): for each candidate pair, shared word
//!    trigrams chained across small edits and filled by longest common
//!    subsequence, giving exact word spans in both documents.
//! 4. **Passages and novelty** ([`cluster`]): every aligned word traced to
//!    its earliest published occurrence; one passage per recurring stretch of
//!    that earliest document, with every occurrence and its similarity;
//!    novelty per document in publication order.
//!
//! Publication order is `Document::published.value` (TIMEX3 dates by year,
//! month, day; a part left open sorts after the known ones, so "2023" comes
//! after "2023-06-20"), undated documents after dated ones, ties in input
//! order.
//! Pairs are aligned in parallel with rayon; every result is sorted before
//! it leaves, so the output does not depend on thread count.
//!
//! # Example
//! ```
//! use dossier_model::{Document, Segments};
//! use dossier_reuse::{analyze, ReuseOptions};
//!
//! let background = "The harbour of Tolvane was built in 1887 by salt merchants \
//!     and rebuilt twice after storms flattened its northern pier.";
//! let a = Document::new("a", "a.txt", format!("Fire crews worked through the night. {background}"));
//! let b = Document::new("b", "b.txt", format!("Dock workers staged a strike on Monday. {background}"));
//! let reuse = analyze(&[a, b], &[Segments::default(), Segments::default()], &ReuseOptions::default());
//!
//! assert_eq!(reuse.passages.len(), 1);
//! let p = &reuse.passages[0];
//! assert_eq!(p.occurrences.len(), 2);
//! assert_eq!(p.occurrences[0].span.doc, "a"); // the earliest, in input order
//! assert_eq!(p.text, background);
//! // Document b adds only its first sentence.
//! assert_eq!(reuse.novelty[1].new.len(), 1);
//! assert_eq!(reuse.novelty[1].new[0].text, "Dock workers staged a strike on Monday.");
//! ```
#![deny(missing_docs)]

pub mod align;
pub mod cluster;
pub mod index;
pub mod text;

use dossier_model::{Document, Novelty, Occurrence, Passage, Segments, Span, TextRange, round4};
use rayon::prelude::*;
use xxhash_rust::xxh3::Xxh3;

use crate::align::{AlignParams, Block, Run, SeedTable, Side};
use crate::cluster::{Groups, PassageParams, WordPassage};
use crate::index::{Candidate, PairLimits};

/// Settings of the reuse analysis.
#[derive(Clone, Debug)]
pub struct ReuseOptions {
    /// Shortest passage reported, in words (about one sentence).
    pub min_words: usize,
    /// Words per fingerprint n-gram in the index.
    pub fingerprint_ngram: usize,
    /// Winnowing window, in n-grams: any shared run of
    /// `winnow_window + fingerprint_ngram - 1` words gives a shared fingerprint.
    pub winnow_window: usize,
    /// Pairs sharing fewer fingerprints are not aligned.
    pub min_shared_fingerprints: usize,
    /// Fingerprints in more documents than this are dropped as boilerplate;
    /// 0 means `max(1000, documents / 20)`.
    pub max_doc_freq: usize,
    /// Fingerprints in at most this many documents link every pair of them;
    /// more common ones link each document to its predecessor only.
    pub all_pairs_max_doc_freq: usize,
    /// Most alignments one document takes part in (most shared first).
    pub max_pairs_per_doc: usize,
    /// Words in an alignment seed.
    pub seed_ngram: usize,
    /// Largest run of unmatched words inside one alignment.
    pub max_gap: usize,
    /// Lowest similarity (Dice over words) of an aligned block.
    pub min_similarity: f64,
    /// Share of a sentence's words that aligned text must cover for the
    /// sentence to count as carried by an earlier document.
    pub covered_fraction: f64,
    /// Two documents are near-duplicates when text aligned between them
    /// covers this share of the shorter one's words...
    pub duplicate_threshold: f64,
    /// ...and this share of the longer one's: a syndicated copy cut short
    /// and an updated version with added paragraphs both qualify; an
    /// article that quotes one paragraph of a long one does not.
    pub duplicate_longer_share: f64,
    /// Keep the raw pairwise alignments in [`Reuse::alignments`] (for
    /// scoring; costs memory on large corpora).
    pub keep_alignments: bool,
}

impl Default for ReuseOptions {
    fn default() -> Self {
        ReuseOptions {
            min_words: 12,
            fingerprint_ngram: 4,
            winnow_window: 4,
            min_shared_fingerprints: 2,
            max_doc_freq: 0,
            all_pairs_max_doc_freq: 16,
            max_pairs_per_doc: 256,
            seed_ngram: 3,
            max_gap: 12,
            min_similarity: 0.5,
            covered_fraction: 0.8,
            duplicate_threshold: 0.8,
            duplicate_longer_share: 0.5,
            keep_alignments: false,
        }
    }
}

/// What the reuse analysis returns.
#[derive(Clone, Debug, Default)]
pub struct Reuse {
    /// Recurring passages, ordered by their canonical (earliest) document in
    /// publication order, then by position.
    pub passages: Vec<Passage>,
    /// Per document, in publication order, what it adds.
    pub novelty: Vec<Novelty>,
    /// Groups of near-duplicate documents (indices into `docs`), each sorted,
    /// in order of their first member.
    pub duplicate_groups: Vec<Vec<usize>>,
    /// Pairwise alignments, when [`ReuseOptions::keep_alignments`] is set.
    pub alignments: Vec<Alignment>,
    /// Figures about the run.
    pub stats: ReuseStats,
}

/// One aligned block between two documents.
#[derive(Clone, Debug, PartialEq)]
pub struct Alignment {
    /// The earlier document (index into `docs`).
    pub source: usize,
    /// Byte range in the earlier document.
    pub source_range: TextRange,
    /// The later document (index into `docs`).
    pub target: usize,
    /// Byte range in the later document.
    pub target_range: TextRange,
    /// Dice similarity over words.
    pub similarity: f64,
}

/// Counts from one run, for benchmarks and the summary line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReuseStats {
    /// Documents analysed.
    pub documents: usize,
    /// Words in all documents.
    pub words: u64,
    /// Documents that are exact copies of an earlier one.
    pub exact_copies: usize,
    /// Fingerprints indexed (after winnowing, per document).
    pub fingerprints: u64,
    /// Candidate pairs aligned.
    pub pairs_aligned: usize,
    /// Aligned blocks kept.
    pub blocks: usize,
}

/// A word range of one document to turn into bytes: `(passage, slot, words)`.
type Request = (u32, u32, (u32, u32));
/// A request answered: `(passage, slot, bytes)`.
type Resolved = (u32, u32, TextRange);

/// Per-document facts gathered in one pass.
struct DocWords {
    ids: Vec<u32>,
    unit_ends: Vec<u32>,
    units: Vec<text::Unit>,
    exact: u64,
}

/// Prints the time and resident memory at the end of each phase when
/// `DOSSIER_REUSE_TRACE` is set (for benchmarks; Linux reports memory).
struct Trace {
    on: bool,
    start: std::time::Instant,
}

impl Trace {
    fn new() -> Trace {
        Trace { on: std::env::var_os("DOSSIER_REUSE_TRACE").is_some(), start: std::time::Instant::now() }
    }
    fn phase(&self, name: &str) {
        if self.on {
            let rss = std::fs::read_to_string("/proc/self/status")
                .ok()
                .and_then(|s| s.lines().find(|l| l.starts_with("VmRSS:")).map(|l| l[6..].trim().to_string()))
                .unwrap_or_default();
            eprintln!("reuse: {name:<12} {:>8.2}s  rss {rss}", self.start.elapsed().as_secs_f64());
        }
    }
}

/// Sort key of a TIMEX3 date value: year, month, day, with a part the
/// value leaves open sorting after every known one ("2023" after
/// "2023-06-20", "2023-06" after "2023-06-30"), the way undated documents
/// come after dated ones. `None` for values without a year.
fn date_key(v: &str) -> Option<(u32, u32, u32)> {
    let part = |s: &str| s.parse::<u32>().ok();
    let year = part(v.get(..4)?)?;
    let month = v.get(5..7).filter(|_| v.as_bytes().get(4) == Some(&b'-')).and_then(part).unwrap_or(13);
    let day = v.get(8..10).filter(|_| month != 13 && v.as_bytes().get(7) == Some(&b'-')).and_then(part).unwrap_or(32);
    Some((year, month, day))
}

/// Publication order: ranks to input indices.
fn publication_order(docs: &[Document]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..docs.len()).collect();
    let key = |i: usize| {
        let k = docs[i].published.value.as_deref().and_then(date_key);
        (k.is_none(), k, i)
    };
    order.sort_by_key(|&i| key(i));
    order
}

/// Finds passages reused across `docs` (with `segs` their segmentations,
/// same order; a missing or empty segmentation falls back to splitting
/// sentences at `.`, `!`, `?` and line breaks) and what each document adds.
pub fn analyze(docs: &[Document], segs: &[Segments], opts: &ReuseOptions) -> Reuse {
    let n = docs.len();
    if n == 0 {
        return Reuse::default();
    }
    let min_words = opts.min_words.max(1);
    let trace = Trace::new();
    let order = publication_order(docs);

    // 1. Words, units and an exact-content hash per document, by rank.
    let info: Vec<DocWords> = order
        .par_iter()
        .map(|&i| {
            let ws = text::words(&docs[i].text);
            let units = text::units(&docs[i].text, segs.get(i), &ws);
            let ids: Vec<u32> = ws.iter().map(|w| w.id).collect();
            let mut h = Xxh3::new();
            for id in &ids {
                h.update(&id.to_le_bytes());
            }
            DocWords { exact: h.digest(), unit_ends: units.iter().map(|u| u.end_word).collect(), units, ids }
        })
        .collect();
    let n_words: Vec<u32> = info.iter().map(|d| d.ids.len() as u32).collect();

    trace.phase("words");
    // 2. Exact copies: linked to their earliest twin, kept out of the index.
    let mut copy_of: Vec<Option<u32>> = vec![None; n];
    {
        let mut by_content: Vec<(u64, u32, u32)> = (0..n as u32)
            .filter(|&r| n_words[r as usize] as usize >= min_words)
            .map(|r| (info[r as usize].exact, n_words[r as usize], r))
            .collect();
        by_content.sort_unstable();
        for w in by_content.windows(2) {
            if (w[0].0, w[0].1) == (w[1].0, w[1].1) {
                let rep = copy_of[w[0].2 as usize].unwrap_or(w[0].2);
                // Confirm with the ids themselves: a hash collision must not link documents.
                if info[rep as usize].ids == info[w[1].2 as usize].ids {
                    copy_of[w[1].2 as usize] = Some(rep);
                }
            }
        }
    }

    // 3. Fingerprints and candidate pairs.
    let limits = PairLimits {
        max_doc_freq: if opts.max_doc_freq == 0 { (n / 20).max(1000) } else { opts.max_doc_freq },
        all_pairs_max_df: opts.all_pairs_max_doc_freq,
        min_shared: opts.min_shared_fingerprints.max(1),
    };
    let (cands, fingerprints) = index::candidates(
        n,
        |r| {
            if copy_of[r].is_some() || (n_words[r] as usize) < min_words {
                return Vec::new();
            }
            index::fingerprints(&info[r].ids, opts.fingerprint_ngram, opts.winnow_window, &mut Vec::new())
        },
        limits,
    );
    let cands = cap_pairs(cands, n, opts.max_pairs_per_doc);

    trace.phase("candidates");
    // 4. Alignment, grouped by the longer document of each pair so its seed
    //    table is built once.
    let params = AlignParams {
        seed_ngram: opts.seed_ngram.max(1),
        max_gap: opts.max_gap,
        min_words,
        min_similarity: opts.min_similarity,
    };
    let mut by_anchor: Vec<(u32, u32)> = cands
        .iter()
        .map(|c| {
            let a_longer = n_words[c.a as usize] > n_words[c.b as usize];
            if a_longer { (c.a, c.b) } else { (c.b, c.a) }
        })
        .collect();
    by_anchor.sort_unstable();
    let mut groups: Vec<&[(u32, u32)]> = Vec::new();
    let mut rest = &by_anchor[..];
    while let Some(&(a, _)) = rest.first() {
        let k = rest.partition_point(|p| p.0 == a);
        groups.push(&rest[..k]);
        rest = &rest[k..];
    }
    let mut aligned: Vec<(u32, u32, Block)> = groups
        .par_iter()
        .flat_map_iter(|g| {
            let anchor = g[0].0;
            let y = &info[anchor as usize].ids;
            let table = SeedTable::new(y, params.seed_ngram);
            let mut out = Vec::new();
            for &(_, partner) in g.iter() {
                let x = Side { ids: &info[partner as usize].ids, ends: &info[partner as usize].unit_ends };
                let y = Side { ids: y, ends: &info[anchor as usize].unit_ends };
                for b in align::align(&x, &y, &table, &params) {
                    // Orient every block from the earlier document (x) to the later (y).
                    if partner < anchor {
                        out.push((anchor, partner, b));
                    } else {
                        out.push((partner, anchor, b.swapped()));
                    }
                }
            }
            out
        })
        .collect();
    for (r, c) in copy_of.iter().enumerate() {
        if let Some(rep) = c {
            let len = n_words[r];
            aligned.push((
                r as u32,
                *rep,
                Block { x: (0, len), y: (0, len), runs: vec![Run { x: 0, y: 0, len }], matched: len },
            ));
        }
    }
    aligned.par_sort_unstable_by(|a, b| (a.0, a.1, a.2.y, a.2.x).cmp(&(b.0, b.1, b.2.y, b.2.x)));
    let n_blocks = aligned.len();
    let mut blocks_by_t: Vec<Vec<(u32, Block)>> = (0..n).map(|_| Vec::new()).collect();
    for (t, s, b) in aligned {
        blocks_by_t[t as usize].push((s, b));
    }

    // Word ids are not needed past alignment: free them (4 bytes a word).
    let (unit_ends, units): (Vec<Vec<u32>>, Vec<Vec<text::Unit>>) =
        info.into_iter().map(|d| (d.unit_ends, d.units)).unzip();
    trace.phase("alignment");
    // 5. Near-duplicate documents.
    let mut dup = Groups::new(n);
    for (t, list) in blocks_by_t.iter().enumerate() {
        let mut i = 0;
        while i < list.len() {
            let s = list[i].0;
            let mut j = i;
            while j < list.len() && list[j].0 == s {
                j += 1;
            }
            let cov_t = union_len(list[i..j].iter().map(|(_, b)| b.y));
            let cov_s = union_len(list[i..j].iter().map(|(_, b)| b.x));
            let share_t = cov_t as f64 / n_words[t].max(1) as f64;
            let share_s = cov_s as f64 / n_words[s as usize].max(1) as f64;
            let (short, long) = if n_words[t] <= n_words[s as usize] { (share_t, share_s) } else { (share_s, share_t) };
            if short >= opts.duplicate_threshold && long >= opts.duplicate_longer_share {
                dup.union(s, t as u32);
            }
            i = j;
        }
    }
    let mut duplicate_groups: Vec<Vec<usize>> = dup
        .groups()
        .into_iter()
        .map(|g| {
            let mut g: Vec<usize> = g.into_iter().map(|r| order[r as usize]).collect();
            g.sort_unstable();
            g
        })
        .collect();
    duplicate_groups.sort();

    // 6. Roots and passages, in word coordinates.
    let roots = cluster::roots(&n_words, &blocks_by_t);
    let word_passages = cluster::passages(
        &roots,
        &unit_ends,
        PassageParams { min_words: min_words as u32, max_gap: opts.max_gap as u32 },
    );
    drop(roots);

    trace.phase("passages");
    // 7. Back to bytes, and novelty, one document at a time.
    let mut requests: Vec<Vec<Request>> = (0..n).map(|_| Vec::new()).collect();
    for (pi, p) in word_passages.iter().enumerate() {
        requests[p.root as usize].push((pi as u32, 0, p.range));
        for (k, (t, range, _)) in p.carriers.iter().enumerate() {
            requests[*t as usize].push((pi as u32, k as u32 + 1, *range));
        }
    }
    if opts.keep_alignments {
        for (t, list) in blocks_by_t.iter().enumerate() {
            for (k, (s, b)) in list.iter().enumerate() {
                // Slot numbers past u32::MAX / 2 mark alignment sides.
                requests[*s as usize].push((t as u32, u32::MAX / 2 + 2 * k as u32, b.x));
                requests[t].push((t as u32, u32::MAX / 2 + 2 * k as u32 + 1, b.y));
            }
        }
    }
    let per_doc: Vec<(Vec<Resolved>, Novelty)> = (0..n)
        .into_par_iter()
        .map(|r| {
            let doc = &docs[order[r]];
            // Only documents with spans to place are tokenized again.
            let ws = if requests[r].is_empty() { Vec::new() } else { text::words(&doc.text) };
            let ranges = requests[r]
                .iter()
                .map(|&(pi, slot, (w0, w1))| {
                    let range =
                        text::widen(&doc.text, ws[w0 as usize].start as usize, ws[w1 as usize - 1].end as usize);
                    (pi, slot, range)
                })
                .collect();
            let covered = merge_ranges(blocks_by_t[r].iter().map(|(_, b)| b.y).collect());
            (ranges, novelty(doc, &units[r], &covered, opts.covered_fraction))
        })
        .collect();
    drop(requests);

    let mut slots: Vec<Vec<TextRange>> =
        word_passages.iter().map(|p| vec![TextRange::default(); p.carriers.len() + 1]).collect();
    let mut sides: Vec<Vec<TextRange>> = if opts.keep_alignments {
        blocks_by_t.iter().map(|l| vec![TextRange::default(); 2 * l.len()]).collect()
    } else {
        Vec::new()
    };
    let mut novelty_out = Vec::with_capacity(n);
    for (ranges, nov) in per_doc {
        for (pi, slot, range) in ranges {
            if slot >= u32::MAX / 2 {
                sides[pi as usize][(slot - u32::MAX / 2) as usize] = range;
            } else {
                slots[pi as usize][slot as usize] = range;
            }
        }
        novelty_out.push(nov);
    }
    let passages: Vec<Passage> = word_passages
        .iter()
        .zip(slots)
        .enumerate()
        .map(|(i, (p, ranges))| passage(i, p, &ranges, docs, &order))
        .collect();
    let mut alignments = Vec::new();
    if opts.keep_alignments {
        for (t, list) in blocks_by_t.iter().enumerate() {
            for (k, (s, b)) in list.iter().enumerate() {
                alignments.push(Alignment {
                    source: order[*s as usize],
                    source_range: sides[t][2 * k],
                    target: order[t],
                    target_range: sides[t][2 * k + 1],
                    similarity: round4(b.similarity()),
                });
            }
        }
    }
    trace.phase("output");
    let stats = ReuseStats {
        documents: n,
        words: n_words.iter().map(|&w| w as u64).sum(),
        exact_copies: copy_of.iter().filter(|c| c.is_some()).count(),
        fingerprints,
        pairs_aligned: cands.len(),
        blocks: n_blocks,
    };
    Reuse { passages, novelty: novelty_out, duplicate_groups, alignments, stats }
}

/// Keeps, most shared fingerprints first, the pairs whose documents are both
/// in fewer than `cap` pairs so far; sorted by `(a, b)` again.
fn cap_pairs(mut cands: Vec<Candidate>, n: usize, cap: usize) -> Vec<Candidate> {
    let mut degree = vec![0u32; n];
    for c in &cands {
        degree[c.a as usize] += 1;
        degree[c.b as usize] += 1;
    }
    if degree.iter().all(|&d| (d as usize) <= cap) {
        return cands;
    }
    cands.sort_unstable_by(|x, y| y.shared.cmp(&x.shared).then(x.a.cmp(&y.a)).then(x.b.cmp(&y.b)));
    degree.iter_mut().for_each(|d| *d = 0);
    let mut kept: Vec<Candidate> = cands
        .into_iter()
        .filter(|c| {
            let ok = (degree[c.a as usize] as usize) < cap && (degree[c.b as usize] as usize) < cap;
            if ok {
                degree[c.a as usize] += 1;
                degree[c.b as usize] += 1;
            }
            ok
        })
        .collect();
    kept.sort_unstable();
    kept
}

/// Total length of the union of half-open ranges.
fn union_len(ranges: impl Iterator<Item = (u32, u32)>) -> u32 {
    merge_ranges(ranges.collect()).iter().map(|r| r.1 - r.0).sum()
}

/// Sorted, merged half-open ranges.
fn merge_ranges(mut ranges: Vec<(u32, u32)>) -> Vec<(u32, u32)> {
    ranges.sort_unstable();
    let mut out: Vec<(u32, u32)> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match out.last_mut() {
            Some(l) if r.0 <= l.1 => l.1 = l.1.max(r.1),
            _ => out.push(r),
        }
    }
    out
}

/// The sentences of `doc` that aligned text from earlier documents covers
/// less than `fraction` of, and their share of the sentence bytes.
fn novelty(doc: &Document, units: &[text::Unit], covered: &[(u32, u32)], fraction: f64) -> Novelty {
    let mut new = Vec::new();
    let (mut new_bytes, mut all_bytes) = (0usize, 0usize);
    for u in units.iter().filter(|u| !u.is_empty()) {
        let (a, b) = (u.first_word, u.end_word);
        let k = covered.partition_point(|r| r.1 <= a);
        let inside: u32 = covered[k..].iter().take_while(|r| r.0 < b).map(|r| r.1.min(b) - r.0.max(a)).sum();
        all_bytes += u.bytes.len();
        if (inside as f64) < fraction * u.len() as f64 {
            new_bytes += u.bytes.len();
            new.push(Span::of(doc, u.bytes));
        }
    }
    let new_fraction = if all_bytes == 0 { 0.0 } else { round4(new_bytes as f64 / all_bytes as f64) };
    Novelty { doc: doc.id.clone(), new, new_fraction }
}

/// The contract passage of one word passage, with its byte ranges.
fn passage(i: usize, p: &WordPassage, ranges: &[TextRange], docs: &[Document], order: &[usize]) -> Passage {
    let root = &docs[order[p.root as usize]];
    let canonical = Span::of(root, ranges[0]);
    let r_len = (p.range.1 - p.range.0) as f64;
    let mut occurrences = vec![Occurrence { span: canonical.clone(), similarity: 1.0 }];
    for (k, (t, range, matched)) in p.carriers.iter().enumerate() {
        let t_len = (range.1 - range.0) as f64;
        let similarity = round4((2.0 * *matched as f64 / (r_len + t_len)).min(1.0));
        occurrences.push(Occurrence { span: Span::of(&docs[order[*t as usize]], ranges[k + 1]), similarity });
    }
    Passage { id: format!("p{}", i + 1), text: canonical.text, occurrences }
}

#[cfg(test)]
mod tests;
