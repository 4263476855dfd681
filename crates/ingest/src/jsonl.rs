//! JSONL / NDJSON: one article a line. The schema is in the crate's README.
//!
//! What it does: each non-blank line is a JSON object. Known fields (and
//! their common synonyms) fill the document; `html` is run through the HTML
//! extractor when there is no `text`; every other field is kept verbatim in
//! `extra`. A bad line is skipped with `path#line N` and the reason, and
//! the other lines are kept.
//!
//! Example:
//! ```
//! use dossier_ingest::{html::DefaultExtractor, jsonl::read_jsonl};
//! let input = "{\"id\": \"a1\", \"title\": \"Rain\", \"text\": \"It rained.\", \"lang\": \"en\"}\nnot json\n";
//! let (docs, skipped) = read_jsonl(input, "feed.jsonl", "feed", &DefaultExtractor::default());
//! assert_eq!(docs[0].id, "a1");
//! assert_eq!(docs[0].extra["lang"], "en");
//! assert_eq!(skipped[0].path, "feed.jsonl#line 2");
//! ```

use std::collections::BTreeMap;

use dossier_model::{RawDocument, Skipped, SourceFormat};
use rayon::prelude::*;
use serde_json::{Map, Value};

use crate::html::{self, Extractor};

/// Field names read as the identifier, in order of preference.
pub const ID_FIELDS: &[&str] = &["id", "doc_id", "guid", "uuid"];
/// Field names read as the headline.
pub const TITLE_FIELDS: &[&str] = &["title", "headline", "name"];
/// Field names read as the plain-text body.
pub const TEXT_FIELDS: &[&str] = &["text", "content", "body", "articleBody", "article", "maintext"];
/// Field names read as an HTML page or fragment.
pub const HTML_FIELDS: &[&str] = &["html", "raw_html", "content_html", "body_html"];
/// Field names read as the URL.
pub const URL_FIELDS: &[&str] = &["url", "link", "uri", "canonical_url"];
/// Field names read as the publication date.
pub const DATE_FIELDS: &[&str] =
    &["published", "date", "published_at", "publish_date", "datePublished", "pubDate", "date_publish", "timestamp"];
/// Field names read as the outlet.
pub const OUTLET_FIELDS: &[&str] = &["outlet", "source", "site", "site_name", "sitename", "publisher", "source_domain"];
/// Field names read as the author.
pub const AUTHOR_FIELDS: &[&str] = &["author", "authors", "byline", "creator"];

/// Reads JSONL `text` from the file shown as `path`; documents without an
/// `id` get `<stem>-<line>`.
pub fn read_jsonl(text: &str, path: &str, stem: &str, extractor: &dyn Extractor) -> (Vec<RawDocument>, Vec<Skipped>) {
    let lines: Vec<(usize, &str)> =
        text.lines().enumerate().map(|(i, l)| (i + 1, l)).filter(|(_, l)| !l.trim().is_empty()).collect();
    let results: Vec<Result<RawDocument, Skipped>> =
        lines.par_iter().map(|&(n, line)| read_line(line, n, path, stem, extractor)).collect();
    let mut docs = Vec::new();
    let mut skipped = Vec::new();
    for r in results {
        match r {
            Ok(d) => docs.push(d),
            Err(s) => skipped.push(s),
        }
    }
    (docs, skipped)
}

/// Reads a JSON array of article objects (a common export form, named
/// `.json`); items are reported as `path#item N`. Text that is not an
/// array is read as JSONL.
pub fn read_json_array(
    text: &str,
    path: &str,
    stem: &str,
    extractor: &dyn Extractor,
) -> (Vec<RawDocument>, Vec<Skipped>) {
    let items: Vec<Value> = match serde_json::from_str(text.trim_start_matches('\u{feff}')) {
        Ok(Value::Array(items)) => items,
        Ok(_) => return read_jsonl(text, path, stem, extractor),
        Err(e) => return (Vec::new(), vec![Skipped { path: path.into(), reason: format!("not valid JSON: {e}") }]),
    };
    let results: Vec<Result<RawDocument, Skipped>> = items
        .into_par_iter()
        .enumerate()
        .map(|(i, v)| read_value(v, &format!("{path}#item {}", i + 1), &format!("{stem}-{}", i + 1), extractor))
        .collect();
    let mut docs = Vec::new();
    let mut skipped = Vec::new();
    for r in results {
        match r {
            Ok(d) => docs.push(d),
            Err(s) => skipped.push(s),
        }
    }
    (docs, skipped)
}

fn read_line(line: &str, n: usize, path: &str, stem: &str, extractor: &dyn Extractor) -> Result<RawDocument, Skipped> {
    let here = format!("{path}#line {n}");
    let value: Value = serde_json::from_str(line.trim_start_matches('\u{feff}'))
        .map_err(|e| Skipped { path: here.clone(), reason: format!("not valid JSON: {e}") })?;
    read_value(value, &here, &format!("{stem}-{n}"), extractor)
}

/// One article object; `here` names it in messages, `default_id` is its
/// id when it gives none.
fn read_value(value: Value, here: &str, default_id: &str, extractor: &dyn Extractor) -> Result<RawDocument, Skipped> {
    let here = here.to_string();
    let skip = |reason: String| Skipped { path: here.clone(), reason };
    let Value::Object(mut obj) = value else {
        return Err(skip("not a JSON object".into()));
    };
    let id = take_string(&mut obj, ID_FIELDS).unwrap_or_else(|| default_id.to_string());
    let title = take_string(&mut obj, TITLE_FIELDS);
    let text = take_string(&mut obj, TEXT_FIELDS).filter(|t| !t.trim().is_empty());
    let page = take_string(&mut obj, HTML_FIELDS).filter(|t| !t.trim().is_empty());
    let url = take_string(&mut obj, URL_FIELDS);
    let date = take_string(&mut obj, DATE_FIELDS);
    let outlet = take_string(&mut obj, OUTLET_FIELDS);
    let author = take_string(&mut obj, AUTHOR_FIELDS);

    let mut doc = match (text, page) {
        (Some(text), _) => {
            let mut d = RawDocument::new(id, here.clone(), SourceFormat::Jsonl, text.replace("\r\n", "\n"));
            d.title = title;
            d
        }
        (None, Some(page)) => {
            let ex = extractor.extract(&page).map_err(|e| skip(format!("html field: {e}")))?;
            let mut d = RawDocument::new(id, here.clone(), SourceFormat::Jsonl, ex.body);
            d.title = title.or(ex.title);
            d.published = ex.published;
            d.author = ex.author;
            d.url = ex.url;
            d.outlet = ex.site_name;
            d.removed = ex.removed;
            d
        }
        (None, None) => {
            return Err(skip(format!("no text: none of the fields {TEXT_FIELDS:?} or {HTML_FIELDS:?} holds any")));
        }
    };
    if url.is_some() {
        doc.url = url;
    }
    if outlet.is_some() {
        doc.outlet = outlet;
    }
    if author.is_some() {
        doc.author = author;
    }
    if let Some(d) = date.as_deref().and_then(crate::dates::normalize_date) {
        doc.published = Some(d);
    } else if let Some(raw) = date {
        // Unreadable dates are kept for the reader, not dropped.
        obj.insert("published_raw".into(), Value::String(raw));
    }
    if doc.published.is_none() {
        doc.published = doc.url.as_deref().and_then(html::date_from_url_day);
    }
    doc.extra = obj.into_iter().collect::<BTreeMap<_, _>>();
    Ok(doc)
}

/// Removes the first present field of `names` and renders it as a string:
/// strings as they are, numbers in decimal, an object by its `name`, an
/// array of those joined with `, `. Other present synonyms stay in `extra`.
fn take_string(obj: &mut Map<String, Value>, names: &[&str]) -> Option<String> {
    for name in names {
        if let Some(v) = obj.get(*name)
            && let Some(s) = render(v)
        {
            obj.remove(*name);
            return Some(s);
        }
    }
    None
}

fn render(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()).filter(|s| !s.trim().is_empty()),
        Value::Number(n) => Some(n.to_string()),
        Value::Object(o) => o.get("name").and_then(render),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().filter_map(render).collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
        _ => None,
    }
}
