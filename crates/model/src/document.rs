//! Documents before and after cleaning.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{DocId, SharedText, TextRange};

/// The format a document was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceFormat {
    /// Plain text, one article a file.
    Txt,
    /// An HTML page.
    Html,
    /// One line of a JSONL export.
    Jsonl,
    /// An HTML response record in a WARC archive.
    Warc,
}

/// What ingest produced for one article: metadata plus body text that has
/// not been cleaned yet.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RawDocument {
    /// Identifier, unique within the run (ingest de-duplicates).
    pub id: DocId,
    /// The input path (with `#line` or `#record` for multi-document files).
    pub path: String,
    /// What the file was read as.
    pub format: SourceFormat,
    /// Headline, when known.
    pub title: Option<String>,
    /// Outlet or site name, when known.
    pub outlet: Option<String>,
    /// Canonical URL, when known.
    pub url: Option<String>,
    /// Publication date from metadata, as a TIMEX3 date (`2023-06-29`), when known.
    pub published: Option<String>,
    /// Author, when known.
    pub author: Option<String>,
    /// Body text: one paragraph a line, not yet cleaned of chrome.
    pub body: String,
    /// Lines ingest already set aside (for example HTML chrome the
    /// extractor dropped), with the reason.
    pub removed: Vec<Removed>,
    /// Fields of the input that dossier does not interpret, kept verbatim.
    pub extra: BTreeMap<String, serde_json::Value>,
}

impl RawDocument {
    /// A raw document with only id, path, format and body set.
    pub fn new(id: impl Into<DocId>, path: impl Into<String>, format: SourceFormat, body: String) -> Self {
        RawDocument {
            id: id.into(),
            path: path.into(),
            format,
            title: None,
            outlet: None,
            url: None,
            published: None,
            author: None,
            body,
            removed: Vec::new(),
            extra: BTreeMap::new(),
        }
    }
}

/// An input that could not be read, and why. A bad file is data, not a
/// crash: the run reports it and goes on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skipped {
    /// The file (and record, for multi-document files).
    pub path: String,
    /// One line saying why, for a reader.
    pub reason: String,
}

/// Where a publication date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateSource {
    /// Given by the input's metadata (meta tags, JSON-LD, JSONL field, WARC header).
    Metadata,
    /// Stated in the article's own text (a dateline or date line).
    Text,
    /// Inferred from the text and the rest of the corpus.
    Inferred,
}

/// A document's publication date.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Published {
    /// TIMEX3 date value, or null when unknown.
    pub value: Option<String>,
    /// Where the value came from; null when `value` is null.
    pub source: Option<DateSource>,
    /// For inferred dates: how sure the inference is, 0..1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f64>,
    /// For inferred dates: the evidence, in one line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
}

/// A line removed by cleaning, with the rule that removed it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    /// The line as it stood in the input.
    pub text: String,
    /// The rule that removed it, e.g. `"boilerplate"`, `"navigation"`.
    pub reason: String,
}

/// One article after cleaning: the unit every analysis works on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Unique identifier.
    pub id: DocId,
    /// Where it was read from.
    pub path: String,
    /// Headline, when known.
    pub title: Option<String>,
    /// Outlet, when known.
    pub outlet: Option<String>,
    /// URL, when known.
    pub url: Option<String>,
    /// Publication date, given or inferred.
    pub published: Published,
    /// The cleaned body: paragraphs separated by blank lines. Every span's
    /// offsets index this string. Spans share its bytes.
    pub text: SharedText,
    /// What cleaning removed, in input order.
    pub removed: Vec<Removed>,
    /// Author, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Format the document was read from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<SourceFormat>,
    /// Identifier of the near-duplicate group this document belongs to
    /// (syndicated copies, updated versions), when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate_group: Option<String>,
    /// Input fields dossier does not interpret, kept verbatim.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: BTreeMap<String, serde_json::Value>,
}

impl Document {
    /// A document with only id, path and text set; handy in tests.
    pub fn new(id: impl Into<DocId>, path: impl Into<String>, text: String) -> Self {
        Document {
            id: id.into(),
            path: path.into(),
            title: None,
            outlet: None,
            url: None,
            published: Published::default(),
            text: text.into(),
            removed: Vec::new(),
            author: None,
            format: None,
            duplicate_group: None,
            extra: BTreeMap::new(),
        }
    }
}

/// The segmentation of one document's text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segments {
    /// Paragraphs, in order, covering no blank lines.
    pub paragraphs: Vec<TextRange>,
    /// Sentences, in order; each lies inside one paragraph. Headline-like
    /// lines without final punctuation are sentences of their own.
    pub sentences: Vec<TextRange>,
}

impl Segments {
    /// Index of the sentence containing byte `pos`, if any.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= pos);
        (i < self.sentences.len() && self.sentences[i].start <= pos).then_some(i)
    }
}
