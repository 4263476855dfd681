//! PAN text-alignment measures at character level.
//!
//! A case or detection is a pair of byte ranges: `this` in the later
//! document, `source` in the earlier one. Measures are macro-averaged as in
//! the PAN evaluation: recall averages, over cases, the share of the case's
//! characters (both sides) covered by detections that overlap it on both
//! sides; precision is the same with cases and detections swapped.

use std::collections::BTreeMap;

/// A pair of aligned spans between two documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pair {
    /// The later document.
    pub this_doc: usize,
    /// Byte range in the later document.
    pub this: (usize, usize),
    /// The earlier document.
    pub source_doc: usize,
    /// Byte range in the earlier document.
    pub source: (usize, usize),
}

impl Pair {
    fn len(&self) -> usize {
        (self.this.1 - self.this.0) + (self.source.1 - self.source.0)
    }
    /// True when both sides overlap (same documents).
    pub fn overlaps(&self, o: &Pair) -> bool {
        self.this_doc == o.this_doc
            && self.source_doc == o.source_doc
            && self.this.0 < o.this.1
            && o.this.0 < self.this.1
            && self.source.0 < o.source.1
            && o.source.0 < self.source.1
    }
}

/// Precision, recall, granularity and plagdet.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Scores {
    /// Macro-averaged character precision.
    pub precision: f64,
    /// Macro-averaged character recall.
    pub recall: f64,
    /// Mean detections per detected case (1 is best).
    pub granularity: f64,
    /// F1 / log2(1 + granularity).
    pub plagdet: f64,
    /// Number of cases.
    pub cases: usize,
    /// Number of detections.
    pub detections: usize,
}

/// Characters of `within` covered by the union of `ranges`.
fn covered(within: (usize, usize), ranges: &mut [(usize, usize)]) -> usize {
    ranges.sort_unstable();
    let mut total = 0;
    let mut cur: Option<(usize, usize)> = None;
    for &(a, b) in ranges.iter() {
        let (a, b) = (a.max(within.0), b.min(within.1));
        if a >= b {
            continue;
        }
        match cur {
            Some((ca, cb)) if a <= cb => cur = Some((ca, cb.max(b))),
            Some((ca, cb)) => {
                total += cb - ca;
                cur = Some((a, b));
            }
            None => cur = Some((a, b)),
        }
    }
    if let Some((a, b)) = cur {
        total += b - a;
    }
    total
}

/// Per case, the share of its characters that overlapping detections cover,
/// and how many detections overlap it.
fn per_case(cases: &[Pair], dets: &[Pair]) -> Vec<(f64, usize)> {
    let mut by_pair: BTreeMap<(usize, usize), Vec<&Pair>> = BTreeMap::new();
    for d in dets {
        by_pair.entry((d.this_doc, d.source_doc)).or_default().push(d);
    }
    cases
        .iter()
        .map(|c| {
            let hits: Vec<&&Pair> = by_pair
                .get(&(c.this_doc, c.source_doc))
                .map(|v| v.iter().filter(|d| c.overlaps(d)).collect())
                .unwrap_or_default();
            if hits.is_empty() || c.len() == 0 {
                return (0.0, 0);
            }
            let mut t: Vec<(usize, usize)> = hits.iter().map(|d| d.this).collect();
            let mut s: Vec<(usize, usize)> = hits.iter().map(|d| d.source).collect();
            let got = covered(c.this, &mut t) + covered(c.source, &mut s);
            (got as f64 / c.len() as f64, hits.len())
        })
        .collect()
}

/// The PAN measures of `dets` against `cases`.
pub fn score(cases: &[Pair], dets: &[Pair]) -> Scores {
    let (nc, nd) = (cases.len(), dets.len());
    if nc == 0 && nd == 0 {
        return Scores { precision: 1.0, recall: 1.0, granularity: 1.0, plagdet: 1.0, cases: 0, detections: 0 };
    }
    if nc == 0 || nd == 0 {
        return Scores { granularity: 1.0, cases: nc, detections: nd, ..Scores::default() };
    }
    let rc = per_case(cases, dets);
    let recall = rc.iter().map(|r| r.0).sum::<f64>() / nc as f64;
    let precision = per_case(dets, cases).iter().map(|r| r.0).sum::<f64>() / nd as f64;
    let detected: Vec<usize> = rc.iter().filter(|r| r.1 > 0).map(|r| r.1).collect();
    let granularity =
        if detected.is_empty() { 1.0 } else { detected.iter().sum::<usize>() as f64 / detected.len() as f64 };
    let f1 = if precision + recall == 0.0 { 0.0 } else { 2.0 * precision * recall / (precision + recall) };
    let plagdet = f1 / (1.0 + granularity).log2();
    Scores { precision, recall, granularity, plagdet, cases: nc, detections: nd }
}

/// Merges detections of the same document pair that continue each other
/// (touching or separated by at most `gap` bytes on both sides): a passage
/// split in two where a third document joins is still one detection for the
/// pair.
pub fn merge_adjacent(mut dets: Vec<Pair>, gap: usize) -> Vec<Pair> {
    dets.sort_unstable_by_key(|d| (d.this_doc, d.source_doc, d.this.0, d.source.0));
    let mut out: Vec<Pair> = Vec::with_capacity(dets.len());
    for d in dets {
        if let Some(l) = out.last_mut()
            && l.this_doc == d.this_doc
            && l.source_doc == d.source_doc
            && d.this.0 <= l.this.1 + gap
            && d.this.0 >= l.this.0
            && d.source.0 <= l.source.1 + gap
            && d.source.0 >= l.source.0
        {
            l.this.1 = l.this.1.max(d.this.1);
            l.source.1 = l.source.1.max(d.source.1);
            continue;
        }
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(t: usize, tr: (usize, usize), s: usize, sr: (usize, usize)) -> Pair {
        Pair { this_doc: t, this: tr, source_doc: s, source: sr }
    }

    #[test]
    fn perfect_detection_scores_one() {
        let c = [p(1, (0, 100), 0, (0, 100))];
        let s = score(&c, &c);
        assert_eq!((s.precision, s.recall, s.granularity, s.plagdet), (1.0, 1.0, 1.0, 1.0));
    }

    #[test]
    fn half_detection_and_split_detection() {
        let c = [p(1, (0, 100), 0, (0, 100))];
        // Half of both sides: recall 0.5, precision 1.
        let s = score(&c, &[p(1, (50, 100), 0, (50, 100))]);
        assert!((s.recall - 0.5).abs() < 1e-9 && (s.precision - 1.0).abs() < 1e-9);
        // Two halves: full recall, granularity 2, plagdet 1 / log2(3).
        let s = score(&c, &[p(1, (0, 50), 0, (0, 50)), p(1, (50, 100), 0, (50, 100))]);
        assert!((s.recall - 1.0).abs() < 1e-9 && (s.granularity - 2.0).abs() < 1e-9);
        assert!((s.plagdet - 1.0 / 3f64.log2()).abs() < 1e-9);
        // Twice too long: precision 0.5.
        let s = score(&c, &[p(1, (0, 200), 0, (0, 200))]);
        assert!((s.precision - 0.5).abs() < 1e-9 && (s.recall - 1.0).abs() < 1e-9);
    }

    #[test]
    fn a_detection_must_overlap_on_both_sides() {
        let c = [p(1, (0, 100), 0, (0, 100))];
        let s = score(&c, &[p(1, (0, 100), 0, (200, 300))]);
        assert_eq!((s.recall, s.precision), (0.0, 0.0));
        let s = score(&c, &[p(2, (0, 100), 0, (0, 100))]);
        assert_eq!(s.recall, 0.0);
    }

    #[test]
    fn adjacent_detections_merge() {
        let d = vec![p(1, (0, 50), 0, (10, 60)), p(1, (52, 90), 0, (62, 100)), p(1, (300, 400), 0, (0, 50))];
        let m = merge_adjacent(d, 4);
        assert_eq!(m, vec![p(1, (0, 90), 0, (10, 100)), p(1, (300, 400), 0, (0, 50))]);
    }
}
