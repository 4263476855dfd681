//! Shared parts of the reuse harness: the corpus manifest (documents and
//! gold passages), loading a generated corpus, and the PAN text-alignment
//! measures.
//!
//! The measures follow Potthast, Stein, Barrón-Cedeño and Rosso, "An
//! Evaluation Framework for Plagiarism Detection" (COLING 2010), as used in
//! the PAN text-alignment task: character-level macro precision and recall
//! over cases and detections, each a pair of spans (one in the later
//! document, one in the earlier); a detection counts for a case only when it
//! overlaps the case on both sides; granularity is the mean number of
//! detections per detected case; plagdet = F1 / log2(1 + granularity).

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

pub mod pan;

/// One generated document.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ManifestDoc {
    /// Identifier (the file stem).
    pub id: String,
    /// File name under `docs/`.
    pub file: String,
    /// Publication date, `YYYY-MM-DD`.
    pub published: String,
}

/// One place a gold passage occurs.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct GoldOccurrence {
    /// Index of the document in the manifest.
    pub doc: usize,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// 0 verbatim (or the original), 1 light edits, 2 heavy edits.
    pub edit: u8,
}

/// A paragraph that recurs in two or more documents.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct GoldPassage {
    /// Occurrences, in document order.
    pub occurrences: Vec<GoldOccurrence>,
}

/// What the generator knows about a corpus.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Manifest {
    /// Generator settings, for the record.
    pub settings: BTreeMap<String, String>,
    /// Documents in publication order (the files sort the same way).
    pub docs: Vec<ManifestDoc>,
    /// Gold passages (empty when generated without gold).
    pub passages: Vec<GoldPassage>,
    /// Gold near-duplicate groups (syndicated copies and updated versions).
    pub duplicate_groups: Vec<Vec<usize>>,
}

/// Reads `DIR/manifest.json` and every document's text.
pub fn load(dir: &Path) -> Result<(Manifest, Vec<String>), String> {
    let m = std::fs::read_to_string(dir.join("manifest.json")).map_err(|e| format!("manifest: {e}"))?;
    let manifest: Manifest = serde_json::from_str(&m).map_err(|e| format!("manifest: {e}"))?;
    let mut texts = Vec::with_capacity(manifest.docs.len());
    for d in &manifest.docs {
        let p = dir.join("docs").join(&d.file);
        texts.push(std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?);
    }
    Ok((manifest, texts))
}

/// Peak resident memory of this process so far, in MiB (Linux `VmHWM`).
pub fn peak_rss_mib() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// CPU time (user + system) of this process so far, in seconds, from
/// `/proc/self/stat` (clock ticks of 1/100 s). On a machine shared with
/// other jobs this says more about cost than wall time.
pub fn cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which is in parentheses).
    let rest = &s[s.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = f.get(11)?.parse().ok()?;
    let stime: f64 = f.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

/// A small, fast, seedable generator (xorshift64*), so corpora are the same
/// on every machine.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator from `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}
