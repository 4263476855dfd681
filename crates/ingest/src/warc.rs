//! WARC archives (`.warc`, `.warc.gz`): the HTML pages a crawl captured.
//!
//! What it does: streams the archive record by record (gzip members are
//! read as one stream), keeps `response` records whose HTTP status is 2xx
//! and whose content type is HTML (and `resource` records of type
//! `text/html`), undoes chunked transfer and gzip/deflate content encoding,
//! decodes the charset, and extracts each page. The URL comes from
//! `WARC-Target-URI` when the page gives no canonical URL; the date from
//! `WARC-Date` when the page and its URL give none. The id is the
//! `WARC-Record-ID` without `<urn:uuid:` and `>`.
//!
//! Requests, metadata, images, scripts and error pages are not articles and
//! are passed over without a message. A damaged or truncated archive keeps
//! every record read before the damage and reports the rest as one skip.
//!
//! Why by hand rather than the `warc` crate: measured (BENCHMARKS.md, "HTML
//! extraction", `bench/extraction` `warc-bench`), this reader is as fast on
//! gzipped archives, names the record where an archive breaks, and avoids
//! warc 0.4's chrono, nom, uuid 0.8, libflate and url, whose
//! `WarcReader::from_path` fails on current Rust; the HTTP layer (status,
//! chunking, content encoding, charset) would be ours to write anyway.
//!
//! Example:
//! ```
//! use dossier_ingest::{html::DefaultExtractor, warc::read_warc};
//! let page = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><head><title>Fog</title></head><body><article><p>Fog closed the airport for most of the morning on Tuesday, officials said.</p></article></body></html>";
//! let warc = format!("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1234>\r\nWARC-Date: 2024-02-03T10:00:00Z\r\nWARC-Target-URI: https://news.example/fog\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n{}\r\n\r\n", page.len(), page);
//! let (docs, skipped) = read_warc(warc.as_bytes(), "crawl.warc", 1 << 20, &DefaultExtractor::default());
//! assert!(skipped.is_empty());
//! assert_eq!(docs[0].id, "1234");
//! assert_eq!(docs[0].published.as_deref(), Some("2024-02-03"));
//! ```

use std::io::{BufRead, BufReader, Read};

use dossier_model::{RawDocument, Skipped, SourceFormat};
use rayon::prelude::*;

use crate::decode;
use crate::html::{self, Extractor};

/// Records extracted in parallel at a time; bounds memory on big archives.
const BATCH: usize = 64;

/// One WARC record's headers and payload.
struct Record {
    number: usize,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Record {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// Reads a WARC (plain or gzip) from `input`. Records larger than
/// `max_record_bytes` are skipped with a message.
pub fn read_warc<R: Read>(
    input: R,
    path: &str,
    max_record_bytes: u64,
    extractor: &dyn Extractor,
) -> (Vec<RawDocument>, Vec<Skipped>) {
    let mut reader = BufReader::with_capacity(1 << 16, input);
    let is_gz = reader.fill_buf().map(decode::is_gzip).unwrap_or(false);
    if is_gz {
        let gz = BufReader::with_capacity(1 << 16, flate2::bufread::MultiGzDecoder::new(reader));
        read_records(gz, path, max_record_bytes, extractor)
    } else {
        read_records(reader, path, max_record_bytes, extractor)
    }
}

fn read_records<R: BufRead>(
    mut reader: R,
    path: &str,
    max_record_bytes: u64,
    extractor: &dyn Extractor,
) -> (Vec<RawDocument>, Vec<Skipped>) {
    let mut docs = Vec::new();
    let mut skipped = Vec::new();
    let mut batch = Vec::new();
    let mut number = 0;
    loop {
        number += 1;
        match next_record(&mut reader, number, max_record_bytes) {
            Ok(Some(Ok(record))) => {
                if is_html_record(&record) {
                    batch.push(record);
                }
            }
            Ok(Some(Err(reason))) => skipped.push(Skipped { path: format!("{path}#record {number}"), reason }),
            Ok(None) => break,
            Err(reason) => {
                skipped.push(Skipped {
                    path: format!("{path}#record {number}"),
                    reason: format!("{reason}; this record and any after it are not read ({} read before)", number - 1),
                });
                break;
            }
        }
        if batch.len() >= BATCH {
            flush(&mut batch, path, extractor, &mut docs, &mut skipped);
        }
    }
    flush(&mut batch, path, extractor, &mut docs, &mut skipped);
    (docs, skipped)
}

fn flush(
    batch: &mut Vec<Record>,
    path: &str,
    extractor: &dyn Extractor,
    docs: &mut Vec<RawDocument>,
    skipped: &mut Vec<Skipped>,
) {
    let results: Vec<Result<Option<RawDocument>, Skipped>> =
        batch.par_iter().map(|r| to_document(r, path, extractor)).collect();
    for r in results {
        match r {
            Ok(Some(d)) => docs.push(d),
            Ok(None) => {}
            Err(s) => skipped.push(s),
        }
    }
    batch.clear();
}

/// Reads one line ending in `\n`, without it (and without `\r`).
fn read_line<R: BufRead>(reader: &mut R) -> Result<Option<String>, String> {
    let mut buf = Vec::new();
    let n = reader.read_until(b'\n', &mut buf).map_err(|e| format!("read error: {e}"))?;
    if n == 0 {
        return Ok(None);
    }
    if buf.len() > 1 << 20 {
        return Err("header line longer than 1 MiB".into());
    }
    while matches!(buf.last(), Some(b'\n' | b'\r')) {
        buf.pop();
    }
    Ok(Some(String::from_utf8_lossy(&buf).into_owned()))
}

/// The next record: `Ok(None)` at a clean end, `Ok(Some(Err))` for one
/// record that is skipped while the archive goes on, `Err` when the archive
/// cannot be read further.
#[allow(clippy::type_complexity)]
fn next_record<R: BufRead>(
    reader: &mut R,
    number: usize,
    limit: u64,
) -> Result<Option<Result<Record, String>>, String> {
    // Records are separated by blank lines.
    let version = loop {
        match read_line(reader)? {
            None => return Ok(None),
            Some(l) if l.trim().is_empty() => continue,
            Some(l) => break l,
        }
    };
    if !version.starts_with("WARC/") {
        let shown: String = version.chars().take(40).collect();
        return Err(format!("not a WARC record header: {shown:?}"));
    }
    let mut headers: Vec<(String, String)> = Vec::new();
    loop {
        let Some(line) = read_line(reader)? else {
            return Err("archive ends inside a record header (truncated)".into());
        };
        if line.is_empty() {
            break;
        }
        if line.starts_with([' ', '\t']) {
            if let Some(last) = headers.last_mut() {
                last.1.push(' ');
                last.1.push_str(line.trim());
            }
        } else if let Some((k, v)) = line.split_once(':') {
            headers.push((k.trim().to_string(), v.trim().to_string()));
        }
        if headers.len() > 1000 {
            return Err("more than 1000 header lines in one record".into());
        }
    }
    let length: u64 = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("Content-Length"))
        .and_then(|(_, v)| v.parse().ok())
        .ok_or("record without a valid Content-Length")?;
    if length > limit {
        let copied = std::io::copy(&mut reader.take(length), &mut std::io::sink())
            .map_err(|e| format!("damaged data inside an over-long record: {e}"))?;
        if copied < length {
            return Err("archive ends inside a record (truncated)".into());
        }
        return Ok(Some(Err(format!("record of {length} bytes is over max_file_bytes ({limit})"))));
    }
    // A damaged Content-Length must not reserve memory the data never fills.
    let mut body = Vec::with_capacity(length.min(1 << 24) as usize);
    let read = reader.take(length).read_to_end(&mut body).map_err(|e| format!("damaged data: {e}"))?;
    if (read as u64) < length {
        return Err(format!("archive ends inside a record after {read} of {length} bytes (truncated)"));
    }
    Ok(Some(Ok(Record { number, headers, body })))
}

fn is_html_record(r: &Record) -> bool {
    let kind = r.header("WARC-Type").unwrap_or("").to_ascii_lowercase();
    let ctype = r.header("Content-Type").unwrap_or("").to_ascii_lowercase();
    match kind.as_str() {
        "response" => ctype.starts_with("application/http") || ctype.is_empty(),
        "resource" | "conversion" => ctype.contains("html"),
        _ => false,
    }
}

/// An HTTP response's status, headers and body.
type HttpParts<'a> = (u16, Vec<(String, String)>, &'a [u8]);

/// Splits an HTTP response into status, headers and body.
fn split_http(bytes: &[u8]) -> Option<HttpParts<'_>> {
    let end = memchr::memmem::find(bytes, b"\r\n\r\n").map(|i| (i, i + 4)).or_else(|| {
        // Some crawlers write bare LF line endings.
        memchr::memmem::find(bytes, b"\n\n").map(|i| (i, i + 2))
    })?;
    let head = String::from_utf8_lossy(&bytes[..end.0]);
    let mut lines = head.lines();
    let status_line = lines.next()?;
    if !status_line.starts_with("HTTP/") {
        return None;
    }
    let status = status_line.split_whitespace().nth(1)?.parse().ok()?;
    let headers =
        lines.filter_map(|l| l.split_once(':').map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))).collect();
    Some((status, headers, &bytes[end.1..]))
}

fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    loop {
        let line_end = memchr::memmem::find(body, b"\r\n")?;
        let size_text = std::str::from_utf8(&body[..line_end]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        body = &body[line_end + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(body.get(..size)?);
        body = body.get(size..)?.strip_prefix(b"\r\n").unwrap_or(&body[size..]);
    }
}

/// The record's article, `None` when the record is not an article page.
fn to_document(r: &Record, path: &str, extractor: &dyn Extractor) -> Result<Option<RawDocument>, Skipped> {
    let here = format!("{path}#record {}", r.number);
    let skip = |reason: String| Skipped { path: here.clone(), reason };
    let kind = r.header("WARC-Type").unwrap_or("").to_ascii_lowercase();
    let (page, charset): (Vec<u8>, Option<String>) = if kind == "response" {
        let Some((status, headers, body)) = split_http(&r.body) else {
            return Err(skip("response record without a readable HTTP header".into()));
        };
        let get = |name: &str| {
            headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.to_ascii_lowercase())
        };
        let ctype = get("Content-Type").unwrap_or_default();
        let sniffed_html = ctype.is_empty() && html::looks_like_html(body);
        if !(200..300).contains(&status) || !(ctype.contains("html") || sniffed_html) {
            // Not an article page: redirects, errors, images, scripts.
            return Ok(None);
        }
        let mut body = body.to_vec();
        if get("Transfer-Encoding").is_some_and(|t| t.contains("chunked"))
            && let Some(d) = dechunk(&body)
        {
            body = d;
        }
        match get("Content-Encoding").as_deref() {
            None | Some("identity") | Some("") => {}
            Some("gzip") | Some("x-gzip") if decode::is_gzip(&body) => {
                body = decode::gunzip(&body, 1 << 30).map_err(|e| skip(format!("HTTP body: {e}")))?;
            }
            Some("deflate") => {
                let mut out = Vec::new();
                flate2::read::ZlibDecoder::new(&body[..])
                    .read_to_end(&mut out)
                    .map_err(|e| skip(format!("HTTP body: bad deflate data: {e}")))?;
                body = out;
            }
            Some("gzip") | Some("x-gzip") => {}
            Some(other) => return Err(skip(format!("HTTP content encoding {other:?} is not supported"))),
        }
        let charset = ctype.split("charset=").nth(1).map(|c| c.trim_matches(['"', '\'', ' ', ';']).to_string());
        (body, charset)
    } else {
        let ctype = r.header("Content-Type").unwrap_or("").to_ascii_lowercase();
        (r.body.clone(), ctype.split("charset=").nth(1).map(|c| c.trim_matches(['"', '\'', ' ']).to_string()))
    };
    let text = decode::decode_html_with_hint(&page, charset.as_deref()).map_err(|e| skip(e.to_string()))?.0;
    let ex = extractor.extract(&text).map_err(|e| skip(e.to_string()))?;
    let id = r
        .header("WARC-Record-ID")
        .map(|v| v.trim_matches(['<', '>', ' ']).trim_start_matches("urn:uuid:").trim_start_matches("urn:").to_string())
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| format!("record-{}", r.number));
    let target = r.header("WARC-Target-URI").map(|u| u.trim_matches(['<', '>']));
    let mut doc = html::to_raw_document(ex, id, here.clone(), SourceFormat::Warc, target);
    if let Some(t) = target
        && doc.url.as_deref() != Some(t)
    {
        doc.extra.insert("warc_target_uri".into(), serde_json::Value::String(t.to_string()));
    }
    if doc.published.is_none() {
        doc.published = r.header("WARC-Date").and_then(crate::dates::normalize_date);
    }
    Ok(Some(doc))
}
