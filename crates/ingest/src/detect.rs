//! Which reader a file goes to: by extension, then by content.
//!
//! What it does: the name gives a first guess (`.txt`, `.html`/`.htm`/
//! `.xhtml`, `.jsonl`/`.ndjson`, `.warc`, each optionally `.gz`); the first
//! bytes then confirm or correct it: a WARC header or an HTML document wins
//! over any extension, a file whose first line is a JSON object reads as
//! JSONL when its name says nothing else. Gzip is recognised by its magic
//! bytes, not by the name.
//!
//! Why both: saved pages are often named `.txt` or have no extension, and
//! exports are named `.json` while holding one object a line.
//!
//! Example:
//! ```
//! use dossier_ingest::detect::{sniff, Format};
//! assert_eq!(sniff(b"<!doctype html><html></html>", Some(Format::Txt)), Format::Html);
//! assert_eq!(sniff(b"{\"text\": \"hi\"}\n", None), Format::Jsonl);
//! assert_eq!(sniff(b"Plain words.", None), Format::Txt);
//! ```

use std::path::Path;

/// An input format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text, one article.
    Txt,
    /// An HTML page.
    Html,
    /// One JSON article a line.
    Jsonl,
    /// A WARC archive.
    Warc,
}

/// The format a file's name suggests (`.gz` looked through), if any.
pub fn format_from_name(path: &Path) -> Option<Format> {
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let ext = name.rsplit_once('.')?.1;
    match ext {
        "txt" | "text" => Some(Format::Txt),
        "html" | "htm" | "xhtml" | "shtml" => Some(Format::Html),
        "jsonl" | "ndjson" | "json" => Some(Format::Jsonl),
        "warc" | "arc" => Some(Format::Warc),
        _ => None,
    }
}

/// True when the file name (without `.gz`) has no extension.
pub fn has_no_extension(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    !name.contains('.')
}

/// The file name without `.gz` and the format extension: the document id.
pub fn stem(path: &Path) -> String {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let name = name.strip_suffix(".gz").or_else(|| name.strip_suffix(".GZ")).unwrap_or(&name);
    match name.rsplit_once('.') {
        Some((s, _)) if !s.is_empty() => s.to_string(),
        _ => name.to_string(),
    }
}

/// True when bytes start like a WARC record.
pub fn is_warc_head(bytes: &[u8]) -> bool {
    bytes.starts_with(b"WARC/")
}

/// The format of decompressed bytes, given the name's guess.
pub fn sniff(bytes: &[u8], by_name: Option<Format>) -> Format {
    if is_warc_head(bytes) {
        return Format::Warc;
    }
    if crate::html::looks_like_html(bytes) {
        return Format::Html;
    }
    match by_name {
        Some(Format::Html) => Format::Html,
        Some(Format::Jsonl) => Format::Jsonl,
        Some(Format::Txt) => Format::Txt,
        Some(Format::Warc) | None => {
            let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            let first = bytes.split(|&b| b == b'\n').find(|l| !l.trim_ascii().is_empty()).unwrap_or(b"");
            let first = first.trim_ascii();
            if first.starts_with(b"{")
                && serde_json::from_slice::<serde_json::Value>(first).is_ok_and(|v| v.is_object())
            {
                Format::Jsonl
            } else {
                Format::Txt
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(format_from_name(Path::new("a/b.HTML.gz")), Some(Format::Html));
        assert_eq!(format_from_name(Path::new("crawl.warc.gz")), Some(Format::Warc));
        assert_eq!(format_from_name(Path::new("README")), None);
        assert_eq!(stem(Path::new("x/page.html.gz")), "page");
        assert_eq!(stem(Path::new("x/.hidden")), ".hidden");
        assert_eq!(stem(Path::new("x/noext")), "noext");
    }

    #[test]
    fn content_wins() {
        assert_eq!(sniff(b"WARC/1.0\r\n", Some(Format::Txt)), Format::Warc);
        assert_eq!(sniff(b"{not json", None), Format::Txt);
        assert_eq!(sniff(b"plain", Some(Format::Html)), Format::Html);
    }
}
