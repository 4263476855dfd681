//! The dossier pipeline: the one crate that knows every stage.
//!
//! 1. [`dossier_ingest`] reads the inputs into raw documents;
//! 2. [`dossier_clean`] removes chrome and boilerplate;
//! 3. [`dossier_segment`] finds paragraphs and sentences;
//! 4. per-document analyses run in parallel over documents: time,
//!    entities, quantities, attribution;
//! 5. corpus analyses combine them: publication dates, reuse and novelty,
//!    the cast, claims and conflicts, the timeline;
//! 6. the result is one [`Dossier`], which sinks write out.
//!
//! Every stage is a pure function of its inputs and every parallel map
//! keeps input order, so the dossier is the same whatever the thread count.
//!
//! ```
//! use dossier::{Options, analyze_documents};
//! use dossier_model::RawDocument;
//! let raw = RawDocument::new("a", "a.txt", dossier_model::SourceFormat::Txt, "Police said 20 were hurt.".into());
//! let run = analyze_documents(vec![raw], Vec::new(), &Options::default());
//! assert_eq!(run.dossier.documents.len(), 1);
//! ```
#![deny(missing_docs)]

use std::time::{Duration, Instant};

use dossier_model::{
    Claim, Counts, Document, Dossier, DossierSink, RawDocument, Segments, Skipped, Span, Statement, Timex,
};
use rayon::prelude::*;

pub use dossier_ingest::{IngestOptions, Ingested, Input, ingest};
pub use dossier_reuse::ReuseOptions;

/// Settings of a run.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Ingest settings.
    pub ingest: IngestOptions,
    /// Reuse settings.
    pub reuse: ReuseOptions,
}

/// The stages a run reports progress on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Reading inputs.
    Ingest,
    /// Cleaning and segmenting.
    Clean,
    /// Per-document analyses.
    Documents,
    /// Corpus analyses.
    Corpus,
}

/// What a streamed run ([`analyze_documents_into`]) reports once its
/// sections are all handed to the sink: figures for the summary line.
#[derive(Clone, Debug)]
pub struct Summary {
    /// How many items each section held.
    pub counts: Counts,
    /// Bytes of document body read.
    pub bytes: u64,
    /// Wall time per stage.
    pub timings: Vec<(Stage, Duration)>,
}

/// The result of a run: the dossier plus figures for the summary line.
#[derive(Clone, Debug)]
pub struct Run {
    /// The analysis.
    pub dossier: Dossier,
    /// Bytes of document body read.
    pub bytes: u64,
    /// Wall time per stage.
    pub timings: Vec<(Stage, Duration)>,
}

/// With `DOSSIER_TRACE` set, prints each step's elapsed time and the
/// process's resident and peak memory to stderr: how the scale figures in
/// BENCHMARKS.md are broken down. Linux only (reads `/proc/self/status`).
struct Trace {
    on: bool,
    start: Instant,
}

impl Trace {
    fn new() -> Trace {
        Trace { on: std::env::var_os("DOSSIER_TRACE").is_some(), start: Instant::now() }
    }
    fn step(&self, name: &str) {
        if !self.on {
            return;
        }
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        let mb = |key: &str| {
            let kb: u64 = status
                .lines()
                .find(|l| l.starts_with(key))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
            kb / 1024
        };
        eprintln!(
            "trace: {name:<12} {:>8.2}s  rss {:>6} MB  peak {:>6} MB",
            self.start.elapsed().as_secs_f64(),
            mb("VmRSS:"),
            mb("VmHWM:")
        );
    }
}

/// How conflict notes name documents for a reader: the outlet and date
/// ("The Courier, 2025-03-11"), else the headline cut to a few words, else
/// the id; a label two documents would share gets the id after it.
fn doc_names(docs: &[Document]) -> dossier_conflicts::DocNames {
    let label = |d: &Document| -> String {
        let date = d.published.value.as_deref();
        match (d.outlet.as_deref().map(str::trim).filter(|o| !o.is_empty()), d.title.as_deref()) {
            (Some(o), _) => date.map_or_else(|| o.to_string(), |v| format!("{o}, {v}")),
            (None, Some(t)) if !t.trim().is_empty() => {
                let words: Vec<&str> = t.split_whitespace().collect();
                let cut = words.len() > 7;
                format!(
                    "\u{201c}{}{}\u{201d}",
                    words[..words.len().min(7)].join(" "),
                    if cut { "\u{2026}" } else { "" }
                )
            }
            _ => d.id.to_string(),
        }
    };
    let labels: Vec<String> = docs.iter().map(label).collect();
    let mut seen: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for l in &labels {
        *seen.entry(l.as_str()).or_default() += 1;
    }
    let pairs: Vec<(String, String)> = docs
        .iter()
        .zip(&labels)
        .map(|(d, l)| {
            let name = if seen[l.as_str()] > 1 && *l != d.id.as_str() { format!("{l} [{}]", d.id) } else { l.clone() };
            (d.id.to_string(), name)
        })
        .collect();
    dossier_conflicts::DocNames::new(pairs)
}

/// The generator string written into every dossier.
pub fn generator() -> String {
    format!("dossier {}", env!("CARGO_PKG_VERSION"))
}

/// Receives progress reports while a run goes on. Both methods default to
/// doing nothing; they are called from worker threads, so keep them cheap.
pub trait Progress: Sync {
    /// A stage starts; `total` is the number of documents it will go
    /// through, or 0 when that is not known.
    fn stage(&self, stage: Stage, total: usize) {
        let _ = (stage, total);
    }
    /// One more document is done in the current stage.
    fn advance(&self) {}
}

/// A [`Progress`] that ignores every report.
pub struct NoProgress;
impl Progress for NoProgress {}

/// Reads `inputs` and analyses them.
pub fn analyze(inputs: &[Input], opts: &Options) -> Run {
    analyze_with_progress(inputs, opts, &NoProgress)
}

/// [`analyze`], reporting progress to `progress`.
pub fn analyze_with_progress(inputs: &[Input], opts: &Options, progress: &dyn Progress) -> Run {
    let t = Instant::now();
    progress.stage(Stage::Ingest, 0);
    let ingested = dossier_ingest::ingest(inputs, &opts.ingest);
    let read = t.elapsed();
    let mut run = analyze_documents_with_progress(ingested.documents, ingested.skipped, opts, progress);
    run.timings.insert(0, (Stage::Ingest, read));
    run
}

/// Analyses documents that are already read.
pub fn analyze_documents(raws: Vec<RawDocument>, skipped: Vec<Skipped>, opts: &Options) -> Run {
    analyze_documents_with_progress(raws, skipped, opts, &NoProgress)
}

/// [`analyze_documents`], reporting progress to `progress`.
pub fn analyze_documents_with_progress(
    raws: Vec<RawDocument>,
    skipped: Vec<Skipped>,
    opts: &Options,
    progress: &dyn Progress,
) -> Run {
    let mut dossier = Dossier::new(generator());
    let summary = analyze_documents_into(raws, skipped, opts, progress, &mut dossier);
    Run { dossier, bytes: summary.bytes, timings: summary.timings }
}

/// Analyses documents that are already read, handing each section of the
/// dossier to `sink` as soon as it is final (see [`DossierSink`] for the
/// order): a sink that writes sections out lets the run drop each one, so
/// that on a large corpus they never all coexist in memory.
///
/// ```
/// use dossier::{NoProgress, Options, analyze_documents_into};
/// use dossier_model::{Dossier, RawDocument, SourceFormat};
/// let raw = RawDocument::new("a", "a.txt", SourceFormat::Txt, "Police said 20 were hurt on Monday.".into());
/// let mut kept = Dossier::new(dossier::generator());
/// let summary = analyze_documents_into(vec![raw], Vec::new(), &Options::default(), &NoProgress, &mut kept);
/// assert_eq!(summary.counts.claims, kept.claims.len());
/// ```
pub fn analyze_documents_into(
    raws: Vec<RawDocument>,
    skipped: Vec<Skipped>,
    opts: &Options,
    progress: &dyn Progress,
    sink: &mut dyn DossierSink,
) -> Summary {
    let mut counts = Counts::default();
    let mut timings = Vec::new();
    let trace = Trace::new();
    progress.stage(Stage::Clean, 0);
    let bytes = raws.iter().map(|r| r.body.len() as u64).sum();

    let t = Instant::now();
    let mut docs: Vec<Document> = dossier_clean::clean(raws);
    let segments: Vec<Segments> = docs.par_iter().map(|d| dossier_segment::segment(&d.text)).collect();
    timings.push((Stage::Clean, t.elapsed()));
    trace.step("clean");

    let t = Instant::now();
    progress.stage(Stage::Documents, docs.len());
    // Time: tag against given dates, infer the missing ones from the whole
    // corpus, then re-tag the documents whose anchor changed.
    let mut timexes: Vec<Vec<Timex>> = docs.par_iter().zip(&segments).map(|(d, s)| dossier_time::tag(d, s)).collect();
    trace.step("time");
    let published = dossier_dates::infer(&docs, &segments, &timexes);
    let changed: Vec<usize> = (0..docs.len()).filter(|&i| docs[i].published != published[i]).collect();
    for (doc, p) in docs.iter_mut().zip(published) {
        doc.published = p;
    }
    let retagged: Vec<(usize, Vec<Timex>)> =
        changed.par_iter().map(|&i| (i, dossier_time::tag(&docs[i], &segments[i]))).collect();
    for (i, t) in retagged {
        timexes[i] = t;
    }

    // Reuse is a corpus analysis, but it needs only the texts, segments and
    // publication dates: run before the per-document analyses allocate their
    // results, its index's transient peak adds to far less.
    let t_reuse = Instant::now();
    let reuse = dossier_reuse::analyze(&docs, &segments, &opts.reuse);
    for (g, group) in reuse.duplicate_groups.iter().enumerate() {
        for &i in group {
            docs[i].duplicate_group = Some(format!("g{}", g + 1));
        }
    }
    let reuse_time = t_reuse.elapsed();
    trace.step("reuse");
    // The documents are final now, and the passages and novelty go out
    // before the per-document analyses grow: the timeline keeps only
    // where each passage occurs.
    let passage_locations = dossier_timeline::PassageLocations::new(&docs, &reuse.passages);
    counts.documents = docs.len();
    counts.passages = reuse.passages.len();
    sink.documents(&docs);
    sink.passages(reuse.passages);
    sink.novelty(reuse.novelty);
    trace.step("sent reuse");

    // The cast is built from every document's entity mentions before any
    // claim exists, so that its transient peak does not stack on the claims;
    // then the mentions shrink to what the claims read of them.
    let mentions: Vec<Vec<dossier_model::EntityMention>> =
        docs.par_iter().zip(&segments).map(|(d, s)| dossier_entities::recognize(d, s)).collect();
    trace.step("entities");
    let t_cast = Instant::now();
    let entities = dossier_cast::merge(&docs, &mentions);
    let corpus_time = reuse_time + t_cast.elapsed();
    trace.step("cast");
    // What the claims read of the mentions, a fraction of their memory:
    // each document's mentions are dropped as soon as they are converted.
    let agents: Vec<dossier_attribution::Agents> =
        docs.par_iter().zip(mentions.into_par_iter()).map(|(d, ms)| dossier_attribution::Agents::new(d, &ms)).collect();
    trace.step("agents");
    // The timeline needs the cast but not the claims: built now, its
    // transient peak does not stack on the claims.
    let t_timeline = Instant::now();
    let events = dossier_timeline::build_with(&docs, &segments, &timexes, &entities, &passage_locations);
    let corpus_time = corpus_time + t_timeline.elapsed();
    drop(passage_locations);
    trace.step("timeline");
    counts.events = events.len();
    counts.entities = entities.len();
    sink.timexes(timexes.into_iter().flatten().collect());
    sink.events(events);
    // The linker keeps what it needs of the cast: the entities go out
    // before the claims are built.
    let linker = dossier_conflicts::SourceLinker::new(&entities);
    sink.entities(entities);
    trace.step("sent cast");

    // Each document's agents are dropped once its claims are built. Claims
    // and statements come out in chunks of documents, not one list per
    // document: gathered into the final lists, a chunk's buffer is one
    // large block the allocator gives back at once, where thousands of
    // small per-document lists stayed resident beside the final copy.
    let chunk = docs.len().div_ceil(rayon::current_num_threads() * 8).clamp(1, 1024);
    let parts: Vec<(Vec<Claim>, Vec<Statement>)> = docs
        .par_chunks(chunk)
        .zip(segments.par_chunks(chunk))
        .zip(agents.into_par_iter().chunks(chunk))
        .map(|((docs, segments), agents)| {
            let (mut claims, mut statements) = (Vec::new(), Vec::new());
            for ((d, segments), agents) in docs.iter().zip(segments).zip(agents) {
                let quantities = dossier_quantities::extract(d, segments);
                let attributions = dossier_attribution::attribute(d, segments);
                claims.extend(dossier_attribution::claims(d, segments, &quantities, &attributions, &agents));
                statements.extend(attributions.into_iter().map(|a| Statement {
                    span: Span::of(d, a.range),
                    id: String::new(),
                    source: a.source,
                    quote: a.quote,
                }));
                progress.advance();
            }
            (claims, statements)
        })
        .collect();
    timings.push((Stage::Documents, t.elapsed().saturating_sub(corpus_time)));
    trace.step("claims");

    let t = Instant::now();
    progress.stage(Stage::Corpus, 0);
    let mut claims = Vec::with_capacity(parts.iter().map(|(c, _)| c.len()).sum());
    let mut statements = Vec::with_capacity(parts.iter().map(|(_, s)| s.len()).sum());
    for (c, s) in parts {
        claims.extend(c);
        statements.extend(s);
    }
    trace.step("gathered");

    for (i, c) in claims.iter_mut().enumerate() {
        c.id = format!("c{}", i + 1);
        linker.link(&c.span.doc, &mut c.source);
    }
    for (i, s) in statements.iter_mut().enumerate() {
        s.id = format!("s{}", i + 1);
        linker.link(&s.span.doc, &mut s.source);
    }
    drop(linker);
    trace.step("linked");
    let conflicts = dossier_conflicts::find_named(&claims, &doc_names(&docs));
    drop(segments);
    timings.push((Stage::Corpus, t.elapsed() + corpus_time));

    counts.claims = claims.len();
    counts.conflicts = conflicts.len();
    counts.skipped = skipped.len();
    sink.claims(claims, conflicts);
    sink.statements(statements);
    sink.skipped(skipped);
    Summary { counts, bytes, timings }
}
