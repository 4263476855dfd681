//! HTML pages: the article body and its metadata.
//!
//! The body comes from an [`Extractor`]; the default, [`DefaultExtractor`],
//! wraps `dom_smoothie` (a port of Mozilla's readability.js), chosen by
//! measurement against four other extractors on the article-extraction
//! benchmark (see `BENCHMARKS.md`, "HTML extraction": F1 0.951 at about
//! 7x the speed of Python trafilatura). The page is parsed once: metadata is
//! read from the parsed tree, then the same tree is handed to the extractor.
//!
//! Metadata, each from the first source that has it:
//! - title: `og:title`, JSON-LD `headline`, `twitter:title`, `<title>`
//!   (without a ` | Site` suffix), the extractor's guess;
//! - publication date: JSON-LD `datePublished`, `article:published_time`
//!   and the usual `<meta>` names, `itemprop="datePublished"`,
//!   `<time datetime>`, then a date in the canonical URL's path;
//! - author: JSON-LD `author`, `<meta name="author">` and kin, `rel=author`;
//! - canonical URL: `<link rel="canonical">`, `og:url`, JSON-LD `url`;
//! - site name (the outlet): `og:site_name`, JSON-LD `publisher.name`,
//!   `application-name`.
//!
//! JSON-LD is read from every `application/ld+json` script, including
//! arrays and `@graph` lists; the first object whose `@type` is an article
//! type (`NewsArticle`, `Article`, `ReportageNewsArticle`, `BlogPosting`,
//! ...) is used.
//!
//! Example:
//! ```
//! use dossier_ingest::html::{DefaultExtractor, Extractor};
//! let page = r#"<html><head>
//!   <meta property="og:site_name" content="The Valley Courier">
//!   <meta property="article:published_time" content="2024-03-05T08:00:00Z">
//!   <title>Bridge reopens | The Valley Courier</title></head>
//!   <body><nav>Home | Sport</nav><article><h1>Bridge reopens</h1>
//!   <p>The old bridge over the river reopened to traffic on Monday after eight months of repair work.</p>
//!   <p>Engineers replaced the deck and strengthened two piers, the county said in a statement.</p>
//!   </article></body></html>"#;
//! let ex = DefaultExtractor::default().extract(page).unwrap();
//! assert_eq!(ex.title.as_deref(), Some("Bridge reopens"));
//! assert_eq!(ex.site_name.as_deref(), Some("The Valley Courier"));
//! assert_eq!(ex.published.as_deref(), Some("2024-03-05"));
//! assert!(ex.body.lines().any(|l| l.starts_with("Engineers replaced")));
//! ```

use dom_query::Document;
use dossier_model::{RawDocument, Removed, SourceFormat};
use serde_json::Value;

use crate::dates::{date_from_url, normalize_date};

/// What an extractor found in one page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Extracted {
    /// The article text, one paragraph a line.
    pub body: String,
    /// Headline.
    pub title: Option<String>,
    /// Publication date, TIMEX3 (`2023-06-29`, or `2023-06` from a URL).
    pub published: Option<String>,
    /// Author(s), comma-separated.
    pub author: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Site name (the outlet).
    pub site_name: Option<String>,
    /// Lines the extractor's own post-processing set aside, with the reason.
    pub removed: Vec<Removed>,
}

/// Why a page gave no article.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ExtractError {
    /// The page holds no text that reads as an article.
    #[error("no article text found in the page")]
    NoArticle,
}

/// An HTML article extractor. Implementations are swapped and measured by
/// `bench/extraction`; [`DefaultExtractor`] is the one ingest uses.
pub trait Extractor: Send + Sync {
    /// A short name for reports and benchmarks.
    fn name(&self) -> &'static str;
    /// Extracts the article and its metadata from a decoded page.
    fn extract(&self, html: &str) -> Result<Extracted, ExtractError>;
}

/// The default extractor: metadata read by this module, body by
/// `dom_smoothie` in formatted-text mode, then split into paragraph lines.
#[derive(Clone, Debug, Default)]
pub struct DefaultExtractor;

impl Extractor for DefaultExtractor {
    fn name(&self) -> &'static str {
        "dom_smoothie"
    }

    fn extract(&self, html: &str) -> Result<Extracted, ExtractError> {
        if nesting_depth(html) > MAX_NESTING {
            return plain_text_fallback(html);
        }
        let doc = Document::from(html);
        let mut ex = read_metadata(&doc);
        ex.removed = prune(&doc);
        let cfg = dom_smoothie::Config { text_mode: dom_smoothie::TextMode::Formatted, ..Default::default() };
        let article =
            dom_smoothie::Readability::with_document(doc, None, Some(cfg)).ok().and_then(|mut r| r.parse().ok());
        let Some(article) = article else {
            return Err(ExtractError::NoArticle);
        };
        ex.body = paragraph_lines(&article.text_content);
        if ex.body.is_empty() {
            return Err(ExtractError::NoArticle);
        }
        if ex.title.is_none() {
            ex.title = Some(article.title).map(|t| collapse(&t)).filter(|t| !t.is_empty());
        }
        if ex.author.is_none() {
            ex.author = article.byline.map(|b| clean_author(&b)).filter(|b| !b.is_empty());
        }
        if ex.site_name.is_none() {
            ex.site_name = article.site_name.map(|s| collapse(&s)).filter(|s| !s.is_empty());
        }
        if ex.published.is_none() {
            ex.published = article.published_time.as_deref().and_then(normalize_date);
        }
        if ex.published.is_none() {
            ex.published = ex.url.as_deref().and_then(date_from_url);
        }
        Ok(ex)
    }
}

/// Page parts removed before extraction.
///
/// What it does: deletes figures and their captions, photo credits, asides,
/// navigation, footers, and blocks whose class names them as related links,
/// sharing tools, newsletter boxes, promotions or advertisements, each only
/// when it holds under 2,000 characters of text (a container misnamed
/// `with-captions` that holds the article is left alone). The captions and
/// credits are recorded in `removed`, since they sit inside the article;
/// the rest is page chrome the extractor drops anyway.
///
/// Why: readability-style scoring keeps whatever sits inside the winning
/// container; captions, "related" lists and share bars sit there on most
/// news sites but are not the article. Measured on the article-extraction
/// benchmark (BENCHMARKS.md, "HTML extraction"): precision 0.917 -> 0.944,
/// recall 0.988 -> 0.989, F1 0.951 -> 0.966.
pub const PRUNE_SELECTOR: &str = "figure, figcaption, [class*=caption], [class*=credit], aside, nav, footer, \
    [class*=related], [class*=share], [class*=social], [class*=newsletter], [class*=promo], [class*=advert]";

/// The part of [`PRUNE_SELECTOR`] whose text is recorded in `removed`.
const CAPTION_SELECTOR: &str = "figure, figcaption, [class*=caption], [class*=credit]";

/// Largest block, in bytes of text, that pruning removes.
const PRUNE_MAX_TEXT: usize = 2000;

fn prune(doc: &Document) -> Vec<Removed> {
    let mut removed: Vec<Removed> = Vec::new();
    for node in doc.select(PRUNE_SELECTOR).nodes() {
        // A node inside one removed before is already detached; its text
        // was recorded with its ancestor.
        let text = collapse(&node.text());
        if text.len() > PRUNE_MAX_TEXT {
            continue;
        }
        if !text.is_empty() && node.is(CAPTION_SELECTOR) && !removed.last().is_some_and(|r| r.text.contains(&text)) {
            removed.push(Removed { text, reason: "html: figure caption or credit".into() });
        }
        node.remove_from_parent();
    }
    removed
}

/// Deepest element nesting the DOM path accepts.
///
/// Why: the HTML parser and the extractor walk the tree recursively, and a
/// page nested tens of thousands of levels deep (broken or hostile markup)
/// overflows the stack; real pages stay under a few hundred levels.
pub const MAX_NESTING: usize = 1000;

/// Approximate maximum nesting depth: opening tags minus closing tags,
/// void and self-closed elements excluded. Linear, no allocation.
pub fn nesting_depth(html: &str) -> usize {
    const VOID: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ];
    let bytes = html.as_bytes();
    let (mut depth, mut max) = (0usize, 0usize);
    for pos in memchr::memchr_iter(b'<', bytes) {
        let rest = &bytes[pos + 1..];
        match rest.first() {
            Some(b'/') => depth = depth.saturating_sub(1),
            Some(c) if c.is_ascii_alphabetic() => {
                let name_len = rest.iter().position(|b| !b.is_ascii_alphanumeric()).unwrap_or(rest.len());
                let name = std::str::from_utf8(&rest[..name_len]).unwrap_or("").to_ascii_lowercase();
                let self_closed = memchr::memchr(b'>', rest).is_some_and(|e| e > 0 && rest[e - 1] == b'/');
                if !VOID.contains(&name.as_str()) && !self_closed {
                    depth += 1;
                    max = max.max(depth);
                }
            }
            _ => {}
        }
    }
    max
}

/// Text of a page without a DOM: scripts and styles dropped, tags removed,
/// the common entities decoded, one line per block. Used only for pages
/// too deeply nested for the tree-based extractor; no metadata.
fn plain_text_fallback(html: &str) -> Result<Extracted, ExtractError> {
    let mut text = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        text.push_str(&rest[..lt]);
        rest = &rest[lt..];
        let lower: String = rest.chars().take(8).collect::<String>().to_ascii_lowercase();
        let skip_to = if lower.starts_with("<script") {
            "</script"
        } else if lower.starts_with("<style") {
            "</style"
        } else if lower.starts_with("<!--") {
            "-->"
        } else {
            ""
        };
        if !skip_to.is_empty() {
            let lower_rest = rest.to_ascii_lowercase();
            let end = lower_rest.find(skip_to).map_or(rest.len(), |e| e + skip_to.len());
            rest = &rest[end..];
        }
        let gt = rest.find('>').map_or(rest.len(), |g| g + 1);
        text.push('\n');
        rest = &rest[gt..];
    }
    text.push_str(rest);
    let text = text
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    let body = paragraph_lines(&text);
    if body.is_empty() {
        return Err(ExtractError::NoArticle);
    }
    Ok(Extracted { body, ..Extracted::default() })
}

/// Turns extracted text into one paragraph a line: whitespace inside a
/// line is folded, blank lines dropped.
pub fn paragraph_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let line = collapse(line);
        if !line.is_empty() {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// True when bytes look like an HTML document (after optional BOM and
/// whitespace: a doctype, comment, or one of the tags that open pages).
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
    let head: Vec<u8> = bytes[start..bytes.len().min(start + 512)].to_ascii_lowercase();
    if !head.starts_with(b"<") {
        return false;
    }
    [
        &b"<!doctype html"[..],
        b"<html",
        b"<head",
        b"<body",
        b"<meta",
        b"<title",
        b"<!--",
        b"<article",
        b"<div",
        b"<p>",
        b"<p ",
    ]
    .iter()
    .any(|tag| head.starts_with(tag))
        || memchr::memmem::find(&head, b"<html").is_some()
}

/// Builds the raw document for an extracted page. `fallback_url` (a WARC
/// target URI) stands in when the page names no canonical URL, and its path
/// can give the date.
pub fn to_raw_document(
    ex: Extracted,
    id: String,
    path: String,
    format: SourceFormat,
    fallback_url: Option<&str>,
) -> RawDocument {
    let mut doc = RawDocument::new(id, path, format, ex.body);
    doc.title = ex.title;
    doc.url = ex.url.or_else(|| fallback_url.map(str::to_string));
    doc.published = ex.published.or_else(|| fallback_url.and_then(date_from_url));
    doc.author = ex.author;
    doc.outlet = ex.site_name;
    doc.removed = ex.removed;
    doc
}

/// A full `YYYY-MM-DD` date from a URL's path, or `None` (a month alone is
/// too coarse to override other evidence in JSONL).
pub fn date_from_url_day(url: &str) -> Option<String> {
    date_from_url(url).filter(|d| d.len() == 10)
}

/// `<meta>` names and properties that give the publication date, in order
/// of trust.
const DATE_META: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "published_time",
    "published-date",
    "article.published",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "date",
    "article_date_original",
    "cxenseparse:recs:publishtime",
];

/// `<meta>` names that give the author.
const AUTHOR_META: &[&str] = &[
    "author",
    "article:author",
    "byl",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "twitter:creator",
];

/// Reads the page's metadata (everything but the body).
pub fn read_metadata(doc: &Document) -> Extracted {
    let mut meta: Vec<(String, String)> = Vec::new();
    for node in doc.select("meta").nodes() {
        let key = node.attr("property").or_else(|| node.attr("name")).or_else(|| node.attr("itemprop"));
        if let (Some(k), Some(v)) = (key, node.attr("content")) {
            let v = collapse(&v);
            if !v.is_empty() {
                meta.push((k.trim().to_ascii_lowercase(), v));
            }
        }
    }
    let get = |names: &[&str]| -> Option<String> {
        names.iter().find_map(|n| meta.iter().find(|(k, _)| k == n).map(|(_, v)| v.clone()))
    };
    let ld = json_ld_article(doc);
    let ld_str = |key: &str| ld.as_ref().and_then(|o| o.get(key)).and_then(value_text);

    let page_title = doc.select("title").nodes().first().map(|n| collapse(&n.text())).filter(|t| !t.is_empty());
    let site_name = get(&["og:site_name"])
        .or_else(|| ld.as_ref().and_then(|o| o.get("publisher")).and_then(value_text))
        .or_else(|| get(&["application-name", "twitter:app:name:iphone"]));
    let title = get(&["og:title"])
        .or_else(|| ld_str("headline"))
        .or_else(|| get(&["twitter:title", "title", "dc.title"]))
        .or_else(|| page_title.map(|t| strip_site_suffix(&t, site_name.as_deref())))
        .map(|t| strip_site_suffix(&t, site_name.as_deref()))
        .filter(|t| !t.is_empty());

    let url = doc
        .select("link[rel=canonical]")
        .nodes()
        .iter()
        .find_map(|n| n.attr("href").map(|h| h.trim().to_string()))
        .filter(|u| u.starts_with("http"))
        .or_else(|| get(&["og:url", "twitter:url"]).filter(|u| u.starts_with("http")))
        .or_else(|| ld_str("url").filter(|u| u.starts_with("http")));

    let published = ld_str("datePublished")
        .and_then(|d| normalize_date(&d))
        .or_else(|| {
            meta.iter()
                .filter(|(k, _)| DATE_META.contains(&k.as_str()))
                .min_by_key(|(k, _)| DATE_META.iter().position(|n| n == k))
                .and_then(|(_, v)| normalize_date(v))
        })
        .or_else(|| time_element_date(doc))
        .or_else(|| ld_str("dateCreated").and_then(|d| normalize_date(&d)))
        .or_else(|| url.as_deref().and_then(date_from_url));

    let author = ld
        .as_ref()
        .and_then(|o| o.get("author"))
        .and_then(value_text)
        .or_else(|| get(AUTHOR_META).filter(|a| !a.starts_with("http") && !a.starts_with('@')))
        .or_else(|| doc.select("[rel=author]").nodes().first().map(|n| n.text().to_string()))
        .map(|a| clean_author(&a))
        .filter(|a| !a.is_empty());

    Extracted { body: String::new(), title, published, author, url, site_name, removed: Vec::new() }
}

/// The first `<time>` date: one marked `pubdate` or `itemprop=datePublished`
/// first, then any with a `datetime` attribute.
fn time_element_date(doc: &Document) -> Option<String> {
    let marked = doc.select("[itemprop=datePublished], time[pubdate]");
    for n in marked.nodes() {
        let v = n
            .attr("datetime")
            .or_else(|| n.attr("content"))
            .map(|v| v.to_string())
            .unwrap_or_else(|| n.text().to_string());
        if let Some(d) = normalize_date(&v) {
            return Some(d);
        }
    }
    doc.select("time[datetime]").nodes().iter().find_map(|n| n.attr("datetime").and_then(|v| normalize_date(&v)))
}

/// Removes a trailing ` | Site`, ` - Site` or ` – Site` from a title when
/// the site name is known and matches, or when the tail is short and the
/// head is clearly the headline.
fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    let title = collapse(title);
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · "] {
        if let Some(pos) = title.rfind(sep) {
            let (head, tail) = (&title[..pos], &title[pos + sep.len()..]);
            let tail_is_site = site.is_some_and(|s| tail.trim().eq_ignore_ascii_case(s.trim()));
            let tail_short = tail.split_whitespace().count() <= 4 && head.split_whitespace().count() >= 4;
            if tail_is_site || (sep == " | " && tail_short) {
                return head.trim().to_string();
            }
        }
    }
    title
}

/// Strips `By ` and folds whitespace.
fn clean_author(a: &str) -> String {
    let a = collapse(a);
    let lower = a.to_ascii_lowercase();
    let a = if lower.starts_with("by ") { a[3..].trim().to_string() } else { a };
    a.trim_matches([',', ';', '|']).trim().to_string()
}

/// Text of a JSON-LD value: a string, an object's `name`, or a list of
/// those joined by `, `.
fn value_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(collapse(s)).filter(|s| !s.is_empty()),
        Value::Object(o) => o.get("name").and_then(value_text),
        Value::Array(a) => {
            let mut parts: Vec<String> = Vec::new();
            for p in a.iter().filter_map(value_text) {
                if !parts.contains(&p) {
                    parts.push(p);
                }
            }
            (!parts.is_empty()).then(|| parts.join(", "))
        }
        _ => None,
    }
}

/// JSON-LD `@type`s that describe an article.
fn is_article_type(t: &str) -> bool {
    let t = t.rsplit(['/', ':']).next().unwrap_or(t);
    t.ends_with("Article")
        || matches!(t, "BlogPosting" | "Report" | "LiveBlogPosting" | "SocialMediaPosting" | "WebPage")
}

/// The first JSON-LD object of an article type; `WebPage` only when no
/// article type is present.
fn json_ld_article(doc: &Document) -> Option<serde_json::Map<String, Value>> {
    let mut objects: Vec<serde_json::Map<String, Value>> = Vec::new();
    for node in doc.select(r#"script[type="application/ld+json"]"#).nodes() {
        let text = node.text();
        let text = text.trim().trim_start_matches("<![CDATA[").trim_end_matches("]]>").trim();
        let Ok(value) = serde_json::from_str::<Value>(text) else { continue };
        flatten_ld(value, &mut objects, 0);
    }
    let type_of = |o: &serde_json::Map<String, Value>| -> Vec<String> {
        match o.get("@type") {
            Some(Value::String(s)) => vec![s.clone()],
            Some(Value::Array(a)) => a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect(),
            _ => Vec::new(),
        }
    };
    let article = objects.iter().position(|o| type_of(o).iter().any(|t| is_article_type(t) && t != "WebPage"));
    let page = objects.iter().position(|o| type_of(o).iter().any(|t| t == "WebPage"));
    article.or(page).map(|i| objects.swap_remove(i))
}

fn flatten_ld(value: Value, out: &mut Vec<serde_json::Map<String, Value>>, depth: usize) {
    if depth > 4 {
        return;
    }
    match value {
        Value::Array(items) => items.into_iter().for_each(|v| flatten_ld(v, out, depth + 1)),
        Value::Object(mut o) => {
            if let Some(graph) = o.remove("@graph") {
                flatten_ld(graph, out, depth + 1);
            }
            if o.contains_key("@type") {
                out.push(o);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(html: &str) -> Extracted {
        read_metadata(&Document::from(html))
    }

    #[test]
    fn json_ld_graph() {
        let page = r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"Site"},
            {"@type":["NewsArticle"],"headline":"Dam repairs finish early","datePublished":"2022-11-08T09:00:00+01:00",
             "author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Tom Berg"}],
             "publisher":{"@type":"Organization","name":"North Post"}}]}</script>"#;
        let m = meta(page);
        assert_eq!(m.title.as_deref(), Some("Dam repairs finish early"));
        assert_eq!(m.published.as_deref(), Some("2022-11-08"));
        assert_eq!(m.author.as_deref(), Some("Ana Ruiz, Tom Berg"));
        assert_eq!(m.site_name.as_deref(), Some("North Post"));
    }

    #[test]
    fn meta_tags_time_and_url() {
        let page = r#"<head><title>Lake levels fall again | Daily Ledger</title>
            <link rel="canonical" href="https://ledger.example/2021/04/17/lake-levels">
            <meta name="author" content="By  Jo Park"></head><body><time datetime="2021-04-18">Sunday</time></body>"#;
        let m = meta(page);
        assert_eq!(m.title.as_deref(), Some("Lake levels fall again"));
        assert_eq!(m.author.as_deref(), Some("Jo Park"));
        assert_eq!(m.url.as_deref(), Some("https://ledger.example/2021/04/17/lake-levels"));
        assert_eq!(m.published.as_deref(), Some("2021-04-18"), "a <time> element beats the URL");
        let m = meta(r#"<link rel="canonical" href="https://ledger.example/2021/04/17/x">"#);
        assert_eq!(m.published.as_deref(), Some("2021-04-17"));
    }

    #[test]
    fn broken_json_ld_is_ignored() {
        let m = meta(
            r#"<script type="application/ld+json">{"@type": "NewsArticle", </script><meta property="og:title" content="Fallback works">"#,
        );
        assert_eq!(m.title.as_deref(), Some("Fallback works"));
    }

    #[test]
    fn empty_page_gives_no_article() {
        assert_eq!(DefaultExtractor.extract(""), Err(ExtractError::NoArticle));
        assert_eq!(DefaultExtractor.extract("<html><body></body></html>"), Err(ExtractError::NoArticle));
    }

    #[test]
    fn sniffing() {
        assert!(looks_like_html(b"\n  <!DOCTYPE html><html>"));
        assert!(looks_like_html(b"<p>Hello</p>"));
        assert!(!looks_like_html(b"Plain text <b>not</b> html"));
    }
}
