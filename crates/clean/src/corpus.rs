//! Corpus evidence: chrome is what an outlet prints around every article.
//!
//! ## What it does
//! Removes a non-prose line that stands in the header or footer of two or
//! more documents of one outlet (of the whole corpus when outlets are
//! unknown), reason `repeated-across-outlet`.
//!
//! ## Why
//! Every outlet has furniture no vocabulary list foresees: a slogan, a
//! channel name, a row of platform badges. What gives it away is that it
//! recurs, word for word, around different articles. Three limits keep
//! content safe:
//! - prose never counts, nor does a short sentence ("Police are
//!   investigating."): a recycled background paragraph or closing line is
//!   text, and data for the reuse analysis;
//! - only the header (before the first prose line) and the footer (after the
//!   last) count: a subheading inside the body that two articles share stays;
//! - two near-duplicate documents (updated versions, syndicated copies: half
//!   of their prose lines shared) are one witness, not two, or their
//!   shared headline would count as chrome;
//! - a dateline in the header (`BAAR, SWITZERLAND`: one to four words in
//!   capitals) never counts: wire copies share it, and it names a place,
//!   not a site.
//!
//! ## Example
//! Two different articles of one outlet both end with
//! `Valley Herald Radio Online` → that line is `repeated-across-outlet` in
//! both.

use std::collections::{BTreeMap, HashMap};

/// What the corpus pass needs to know about one document.
pub(crate) struct DocEvidence {
    /// Outlet, lower-cased, or `None` when unknown.
    pub group: Option<String>,
    /// Sorted, de-duplicated hashes of the document's prose lines.
    pub prose: Vec<u64>,
    /// `(line index, key)` of the header and footer lines that may be chrome.
    pub candidates: Vec<(usize, u64)>,
}

/// Returns, per document, the indices of lines that recur across documents.
pub(crate) fn repeated_lines(docs: &[DocEvidence], min_docs: usize) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); docs.len()];
    let mut groups: BTreeMap<Option<&str>, Vec<usize>> = BTreeMap::new();
    for (i, d) in docs.iter().enumerate() {
        groups.entry(d.group.as_deref()).or_default().push(i);
    }
    for members in groups.values() {
        if members.len() < min_docs {
            continue;
        }
        // key -> documents (in order) whose header or footer holds it.
        let mut holders: HashMap<u64, Vec<usize>> = HashMap::new();
        for &d in members {
            for &(_, key) in &docs[d].candidates {
                let list = holders.entry(key).or_default();
                if list.last() != Some(&d) {
                    list.push(d);
                }
            }
        }
        // Decided once per line text: a line held by many near-duplicate
        // documents must not cost a comparison per holder per holder.
        let mut verdicts: HashMap<u64, bool> = HashMap::new();
        for &d in members {
            for &(line, key) in &docs[d].candidates {
                let chrome = *verdicts.entry(key).or_insert_with(|| {
                    let list = &holders[&key];
                    list.len() >= min_docs && independent_witnesses(docs, list, min_docs)
                });
                if chrome {
                    out[d].push(line);
                }
            }
        }
    }
    out
}

/// True when `list` holds at least `need` documents no two of which are
/// near-duplicates. Greedy, stopping as soon as enough are found, so a line
/// that recurs in ten thousand documents costs a few comparisons.
fn independent_witnesses(docs: &[DocEvidence], list: &[usize], need: usize) -> bool {
    let mut chosen: Vec<usize> = Vec::with_capacity(need);
    for &d in list {
        if chosen.iter().all(|&c| !near_duplicates(&docs[c].prose, &docs[d].prose)) {
            chosen.push(d);
            if chosen.len() >= need {
                return true;
            }
        }
    }
    false
}

/// Two documents are near-duplicates when more than half of the prose lines
/// of the shorter one, and at least two, also stand in the other.
fn near_duplicates(a: &[u64], b: &[u64]) -> bool {
    let shorter = a.len().min(b.len());
    if shorter == 0 {
        return false;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared >= 2 && shared * 2 > shorter
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(group: Option<&str>, prose: &[u64], candidates: &[(usize, u64)]) -> DocEvidence {
        DocEvidence { group: group.map(str::to_string), prose: prose.to_vec(), candidates: candidates.to_vec() }
    }

    #[test]
    fn repeated_in_two_independent_documents() {
        let docs = [doc(None, &[1, 2, 3], &[(5, 99)]), doc(None, &[4, 5, 6], &[(7, 99), (8, 42)])];
        assert_eq!(repeated_lines(&docs, 2), vec![vec![5], vec![7]]);
    }

    #[test]
    fn near_duplicates_are_one_witness() {
        let docs = [doc(None, &[1, 2, 3, 4], &[(0, 99)]), doc(None, &[1, 2, 3, 5], &[(0, 99)])];
        assert_eq!(repeated_lines(&docs, 2), vec![Vec::<usize>::new(), vec![]]);
    }

    #[test]
    fn many_near_duplicates_stay_fast() {
        // Ten thousand copies of one article: one witness, decided once.
        let docs: Vec<DocEvidence> = (0..10_000).map(|_| doc(None, &[1, 2, 3], &[(0, 99)])).collect();
        assert!(repeated_lines(&docs, 2).iter().all(Vec::is_empty));
    }

    #[test]
    fn outlets_are_separate() {
        let docs = [doc(Some("a"), &[1], &[(0, 99)]), doc(Some("b"), &[2], &[(0, 99)])];
        assert_eq!(repeated_lines(&docs, 2), vec![Vec::<usize>::new(), vec![]]);
    }
}
