//! Reads articles into [`RawDocument`]s: plain text, HTML pages, JSONL
//! exports and WARC archives, from files, directories and standard input.
//!
//! Ingest is the pipeline's first stage. It turns every input into raw
//! documents (metadata plus an uncleaned body, one paragraph a line) and
//! reports every input it cannot read as a [`Skipped`] naming the file and
//! the reason; a bad file never stops the run.
//!
//! - [`detect`] decides a file's format from its extension and its first bytes;
//! - [`decode`] un-gzips, refuses binary data and decodes charsets;
//! - [`txt`], [`html`], [`jsonl`] and [`warc`] read one format each;
//!   [`html::Extractor`] is the swappable article extractor;
//! - [`dates`] turns metadata dates and URL paths into TIMEX3 dates.
//!
//! Files are read and extracted in parallel (rayon) and the output keeps
//! input order: inputs as given, directories walked in sorted path order.
//! Ids are unique within a run: a repeated id gets `-2`, `-3`, ...
//!
//! ```
//! use dossier_ingest::{ingest, IngestOptions, Input};
//! let dir = std::env::temp_dir().join(format!("dossier-ingest-doc-{}", std::process::id()));
//! std::fs::create_dir_all(&dir).unwrap();
//! std::fs::write(dir.join("a.txt"), "Ferry service resumes on the lake\nBoats sailed again on Monday.\n").unwrap();
//! std::fs::write(dir.join("b.txt"), b"\x00\x01\x02binary").unwrap();
//! let got = ingest(&[Input::Path(dir.clone())], &IngestOptions::default());
//! assert_eq!(got.documents.len(), 1);
//! assert_eq!(got.documents[0].title.as_deref(), Some("Ferry service resumes on the lake"));
//! assert_eq!(got.skipped.len(), 1);
//! assert!(got.skipped[0].reason.contains("binary"));
//! std::fs::remove_dir_all(&dir).unwrap();
//! ```
#![deny(missing_docs)]

pub mod dates;
pub mod decode;
pub mod detect;
pub mod html;
pub mod jsonl;
pub mod txt;
pub mod warc;

use std::collections::HashSet;
use std::io::{Read, Seek};
use std::path::{Path, PathBuf};

use dossier_model::{DocId, RawDocument, Skipped, SourceFormat};
use rayon::prelude::*;

use crate::detect::Format;
use crate::html::{DefaultExtractor, Extractor};

/// One input named on the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// A file or a directory (read recursively).
    Path(PathBuf),
    /// JSONL on standard input (`-`).
    Stdin,
}

/// Default for [`IngestOptions::max_file_bytes`]: 256 MiB.
///
/// Why: far above any article (a long feature is under 1 MB of HTML; a
/// JSONL export of thousands of articles is tens of MB), while a file
/// larger than this is almost always a mistake (a database dump, a video)
/// that would only fill memory. WARC archives are streamed, so for them the
/// limit applies per record, not per file.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// Settings of ingest.
#[derive(Clone, Debug)]
pub struct IngestOptions {
    /// Files larger than this (after gzip decompression) are skipped with a
    /// reason; for WARC archives, records larger than this.
    pub max_file_bytes: u64,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions { max_file_bytes: DEFAULT_MAX_FILE_BYTES }
    }
}

/// What ingest read, and what it could not.
#[derive(Clone, Debug, Default)]
pub struct Ingested {
    /// Documents, in input order (directories sorted by path).
    pub documents: Vec<RawDocument>,
    /// Inputs that could not be read, in input order.
    pub skipped: Vec<Skipped>,
}

/// Reads every input with the default HTML extractor.
pub fn ingest(inputs: &[Input], opts: &IngestOptions) -> Ingested {
    ingest_with(inputs, opts, &DefaultExtractor)
}

/// Reads every input, extracting HTML with `extractor`.
pub fn ingest_with(inputs: &[Input], opts: &IngestOptions, extractor: &dyn Extractor) -> Ingested {
    let mut jobs = Vec::new();
    let mut out = Ingested::default();
    for input in inputs {
        match input {
            Input::Path(p) => collect_files(p, &mut jobs),
            Input::Stdin => jobs.push(Job::Stdin),
        }
    }
    let results: Vec<Ingested> = jobs.par_iter().map(|job| read_job(job, opts, extractor)).collect();
    for r in results {
        out.documents.extend(r.documents);
        out.skipped.extend(r.skipped);
    }
    make_ids_unique(&mut out.documents);
    out
}

/// One unit of reading work.
enum Job {
    File(PathBuf),
    /// A file met in a directory walk whose extension names no article
    /// format (`.md`, `.png`, `.css`): reported, not read.
    Unrecognised(PathBuf),
    Stdin,
    /// A path that could not be listed, with the reason.
    Unreadable(PathBuf, String),
}

/// Lists the files under `path` in sorted order. Hidden entries inside
/// directories (`.git`, `.DS_Store`) are passed over; a hidden file named
/// on the command line is read.
fn collect_files(path: &Path, jobs: &mut Vec<Job>) {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return jobs.push(Job::Unreadable(path.to_path_buf(), e.to_string())),
    };
    if !meta.is_dir() {
        return jobs.push(Job::File(path.to_path_buf()));
    }
    walk_dir(path, jobs);
}

/// Lists a directory's entries in sorted order, recursively. Files with an
/// article extension, or with none (saved pages often lack one), are read;
/// others are reported, so that a README or an image beside the articles
/// is neither read as an article nor silently ignored.
fn walk_dir(path: &Path, jobs: &mut Vec<Job>) {
    let entries = match std::fs::read_dir(path) {
        Ok(rd) => rd,
        Err(e) => return jobs.push(Job::Unreadable(path.to_path_buf(), format!("cannot list directory: {e}"))),
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let hidden = p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        match std::fs::metadata(&p) {
            Ok(m) if m.is_dir() => walk_dir(&p, jobs),
            Ok(_) if detect::format_from_name(&p).is_some() || detect::has_no_extension(&p) => jobs.push(Job::File(p)),
            Ok(_) => jobs.push(Job::Unrecognised(p)),
            Err(e) => jobs.push(Job::Unreadable(p, e.to_string())),
        }
    }
}

fn read_job(job: &Job, opts: &IngestOptions, extractor: &dyn Extractor) -> Ingested {
    match job {
        Job::Unreadable(p, reason) => skipped_only(p.display().to_string(), reason.clone()),
        Job::Unrecognised(p) => skipped_only(
            p.display().to_string(),
            "not an article format (txt, html, jsonl, json, warc, optionally .gz); name the file itself to read it"
                .into(),
        ),
        Job::Stdin => read_jsonl_from(std::io::stdin().lock(), "-", opts, extractor),
        Job::File(p) => read_file(p, opts, extractor),
    }
}

/// Reads JSONL from a stream, as ingest reads `-` (standard input); `shown`
/// names the stream in paths and messages. Input over
/// [`IngestOptions::max_file_bytes`] is skipped with the reason.
pub fn read_jsonl_from<R: Read>(reader: R, shown: &str, opts: &IngestOptions, extractor: &dyn Extractor) -> Ingested {
    let mut bytes = Vec::new();
    let limit = opts.max_file_bytes;
    match reader.take(limit.saturating_add(1)).read_to_end(&mut bytes) {
        Err(e) => skipped_only(shown.into(), format!("cannot read: {e}")),
        Ok(_) if bytes.len() as u64 > limit => {
            skipped_only(shown.into(), format!("input is over max_file_bytes ({limit} bytes)"))
        }
        Ok(_) => {
            let stem = if shown == "-" { "stdin" } else { shown };
            let mut got = read_bytes(bytes, shown, stem, Some(Format::Jsonl), opts, extractor);
            make_ids_unique(&mut got.documents);
            got
        }
    }
}

/// An archive's result; an archive that gave nothing is reported once.
fn archive((documents, skipped): (Vec<RawDocument>, Vec<Skipped>), shown: &str) -> Ingested {
    if documents.is_empty() && skipped.is_empty() {
        return skipped_only(shown.into(), "WARC archive holds no HTML response records".into());
    }
    Ingested { documents, skipped }
}

fn skipped_only(path: String, reason: String) -> Ingested {
    Ingested { documents: Vec::new(), skipped: vec![Skipped { path, reason }] }
}

fn read_file(path: &Path, opts: &IngestOptions, extractor: &dyn Extractor) -> Ingested {
    let shown = path.display().to_string();
    let by_name = detect::format_from_name(path);
    let stem = detect::stem(path);
    let mut file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => return skipped_only(shown, format!("cannot open: {e}")),
    };
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    // WARC archives are streamed record by record, whatever their size.
    let mut head = [0u8; 8];
    let n = file.read(&mut head).unwrap_or(0);
    let head = &head[..n];
    if by_name == Some(Format::Warc) || detect::is_warc_head(head) {
        if size == 0 {
            return skipped_only(shown, "empty file".into());
        }
        if let Err(e) = file.seek(std::io::SeekFrom::Start(0)) {
            return skipped_only(shown, format!("cannot read: {e}"));
        }
        return archive(warc::read_warc(file, &shown, opts.max_file_bytes, extractor), &shown);
    }
    if size > opts.max_file_bytes {
        return skipped_only(
            shown,
            format!(
                "file is {size} bytes, over max_file_bytes ({} bytes); raise the limit to read it",
                opts.max_file_bytes
            ),
        );
    }
    let mut bytes = Vec::with_capacity(size as usize);
    bytes.extend_from_slice(head);
    if let Err(e) = file.read_to_end(&mut bytes) {
        return skipped_only(shown, format!("cannot read: {e}"));
    }
    read_bytes(bytes, &shown, &stem, by_name, opts, extractor)
}

/// Reads one file's (or stdin's) bytes; `by_name` is the format its name
/// suggests, if any.
fn read_bytes(
    mut bytes: Vec<u8>,
    shown: &str,
    stem: &str,
    by_name: Option<Format>,
    opts: &IngestOptions,
    extractor: &dyn Extractor,
) -> Ingested {
    if bytes.is_empty() {
        return skipped_only(shown.into(), "empty file".into());
    }
    if decode::is_gzip(&bytes) {
        bytes = match decode::gunzip(&bytes, opts.max_file_bytes) {
            Ok(b) => b,
            Err(e) => return skipped_only(shown.into(), e.to_string()),
        };
        if detect::is_warc_head(&bytes) {
            return archive(warc::read_warc(&bytes[..], shown, opts.max_file_bytes, extractor), shown);
        }
    }
    let format = detect::sniff(&bytes, by_name);
    match format {
        Format::Warc => archive(warc::read_warc(&bytes[..], shown, opts.max_file_bytes, extractor), shown),
        Format::Html => {
            let text = match decode::decode_html_checked(&bytes) {
                Ok((t, _)) => t,
                Err(e) => return skipped_only(shown.into(), e.to_string()),
            };
            drop(bytes);
            match extractor.extract(&text) {
                Ok(ex) if ex.body.trim().is_empty() => {
                    skipped_only(shown.into(), "no article text found in the page".into())
                }
                Ok(ex) => Ingested {
                    documents: vec![html::to_raw_document(
                        ex,
                        stem.to_string(),
                        shown.to_string(),
                        SourceFormat::Html,
                        None,
                    )],
                    skipped: Vec::new(),
                },
                Err(e) => skipped_only(shown.into(), e.to_string()),
            }
        }
        Format::Jsonl => {
            let text = match decode::decode_text(&bytes) {
                Ok((t, _)) => t,
                Err(e) => return skipped_only(shown.into(), e.to_string()),
            };
            drop(bytes);
            let (documents, skipped) = if text.trim_start_matches('\u{feff}').trim_start().starts_with('[') {
                jsonl::read_json_array(&text, shown, stem, extractor)
            } else {
                jsonl::read_jsonl(&text, shown, stem, extractor)
            };
            if documents.is_empty() && skipped.is_empty() {
                return skipped_only(shown.into(), "no JSON lines".into());
            }
            Ingested { documents, skipped }
        }
        Format::Txt => {
            let text = match decode::decode_text(&bytes) {
                Ok((t, _)) => t,
                Err(e) => return skipped_only(shown.into(), e.to_string()),
            };
            drop(bytes);
            let (title, body) = txt::split_title(&text);
            let mut doc = RawDocument::new(stem, shown, SourceFormat::Txt, body);
            doc.title = title;
            Ingested { documents: vec![doc], skipped: Vec::new() }
        }
    }
}

/// Gives repeated ids a suffix (`-2`, `-3`, ...) so that every id is unique
/// within the run; the first occurrence keeps its id. Documents without an
/// id get `doc`.
pub fn make_ids_unique(docs: &mut [RawDocument]) {
    let mut seen: HashSet<DocId> = HashSet::with_capacity(docs.len());
    for doc in docs.iter() {
        seen.insert(doc.id.clone());
    }
    let mut used: HashSet<DocId> = HashSet::with_capacity(docs.len());
    for doc in docs.iter_mut() {
        if doc.id.trim().is_empty() {
            doc.id = "doc".into();
        }
        if used.insert(doc.id.clone()) {
            continue;
        }
        let base = doc.id.clone();
        let mut n = 2;
        let mut candidate = format!("{base}-{n}");
        // A suffixed id must not collide with an id given later in the run either.
        while used.contains(candidate.as_str()) || seen.contains(candidate.as_str()) {
            n += 1;
            candidate = format!("{base}-{n}");
        }
        let candidate = DocId::from(candidate);
        used.insert(candidate.clone());
        doc.id = candidate;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_made_unique() {
        let mk = |id: &str| RawDocument::new(id, "p", SourceFormat::Txt, String::new());
        let mut docs = vec![mk("a"), mk("a"), mk("a-2"), mk("a"), mk("")];
        make_ids_unique(&mut docs);
        let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["a", "a-3", "a-2", "a-4", "doc"]);
    }
}
