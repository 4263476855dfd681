//! Each input format, directories, several inputs, stdin-style JSONL and
//! content sniffing.

use std::io::Write;
use std::path::PathBuf;

use dossier_ingest::html::DefaultExtractor;
use dossier_ingest::{IngestOptions, Input, ingest, read_jsonl_from};
use dossier_model::SourceFormat;

fn tempdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dossier-ingest-fmt-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

const PAGE: &str = r#"<!DOCTYPE html><html><head>
<title>Council approves new tram line - Harbour Times</title>
<meta property="og:site_name" content="Harbour Times">
<link rel="canonical" href="https://harbour.example/2024/02/11/tram-line">
<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"NewsArticle","headline":"Council approves new tram line",
 "datePublished":"2024-02-12T06:30:00Z","author":{"@type":"Person","name":"Mira Lind"}}]</script>
</head><body><nav><a href="/">Home</a> | <a href="/city">City</a></nav>
<article><h1>Council approves new tram line</h1>
<figure><img src="t.jpg"><figcaption>A tram at the depot. Photo: Harbour Times</figcaption></figure>
<p>The city council voted on Monday to build a tram line linking the harbour to the university district.</p>
<p>Construction is due to start next spring and the first trams should run within three years, officials said.</p>
<p>Opponents argued that buses would serve the same streets at a fraction of the cost.</p>
</article><footer>Copyright Harbour Times</footer></body></html>"#;

#[test]
fn html_page_with_metadata() {
    let dir = tempdir("html");
    std::fs::write(dir.join("tram.html"), PAGE).unwrap();
    let got = ingest(&[Input::Path(dir.join("tram.html"))], &IngestOptions::default());
    assert!(got.skipped.is_empty(), "{:?}", got.skipped);
    let d = &got.documents[0];
    assert_eq!(d.id, "tram");
    assert_eq!(d.format, SourceFormat::Html);
    assert_eq!(d.title.as_deref(), Some("Council approves new tram line"));
    assert_eq!(d.outlet.as_deref(), Some("Harbour Times"));
    assert_eq!(d.url.as_deref(), Some("https://harbour.example/2024/02/11/tram-line"));
    assert_eq!(d.published.as_deref(), Some("2024-02-12"), "JSON-LD beats the URL");
    assert_eq!(d.author.as_deref(), Some("Mira Lind"));
    let lines: Vec<&str> = d.body.lines().collect();
    assert!(lines.iter().any(|l| l.starts_with("The city council voted")), "{lines:?}");
    assert!(lines.iter().any(|l| l.starts_with("Opponents argued")), "{lines:?}");
    assert!(!d.body.contains("Photo: Harbour Times"), "caption dropped: {lines:?}");
    assert!(!d.body.contains("Copyright"), "footer dropped");
    assert!(d.removed.iter().any(|r| r.text.contains("A tram at the depot")), "{:?}", d.removed);
}

#[test]
fn gz_and_misnamed_files_are_sniffed() {
    let dir = tempdir("sniff");
    std::fs::write(dir.join("a.html.gz"), gz(PAGE.as_bytes())).unwrap();
    std::fs::write(dir.join("b.txt"), PAGE).unwrap();
    std::fs::write(dir.join("c"), "{\"id\":\"c1\",\"text\":\"Line one.\"}\n").unwrap();
    std::fs::write(dir.join("d.txt.gz"), gz(b"Snow closes the mountain pass\nThe pass shut at dawn.\n")).unwrap();
    let got = ingest(&[Input::Path(dir)], &IngestOptions::default());
    assert!(got.skipped.is_empty(), "{:?}", got.skipped);
    let summary: Vec<(&str, SourceFormat)> = got.documents.iter().map(|d| (d.id.as_str(), d.format)).collect();
    assert_eq!(
        summary,
        [("a", SourceFormat::Html), ("b", SourceFormat::Html), ("c1", SourceFormat::Jsonl), ("d", SourceFormat::Txt)]
    );
    assert_eq!(got.documents[3].title.as_deref(), Some("Snow closes the mountain pass"));
}

#[test]
fn directories_recursive_sorted_and_ids_unique_across_inputs() {
    let dir = tempdir("dirs");
    std::fs::create_dir_all(dir.join("b/inner")).unwrap();
    std::fs::create_dir_all(dir.join("a")).unwrap();
    std::fs::create_dir_all(dir.join(".git")).unwrap();
    std::fs::write(dir.join("b/inner/story.txt"), "Third.").unwrap();
    std::fs::write(dir.join("b/story.txt"), "Second.").unwrap();
    std::fs::write(dir.join("a/story.txt"), "First.").unwrap();
    std::fs::write(dir.join(".git/config"), "[core]").unwrap();
    std::fs::write(dir.join("z.txt"), "Other.").unwrap();
    let inputs = [Input::Path(dir.clone()), Input::Path(dir.join("z.txt"))];
    let got = ingest(&inputs, &IngestOptions::default());
    assert!(got.skipped.is_empty(), "{:?}", got.skipped);
    let summary: Vec<(&str, &str)> = got.documents.iter().map(|d| (d.id.as_str(), d.body.as_str())).collect();
    assert_eq!(
        summary,
        // b/inner sorts before b/story.txt.
        [("story", "First."), ("story-2", "Third."), ("story-3", "Second."), ("z", "Other."), ("z-2", "Other.")]
    );
    // Deterministic whatever the thread count.
    let again = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap()
        .install(|| ingest(&inputs, &IngestOptions::default()));
    assert_eq!(again.documents, got.documents);
}

#[test]
fn jsonl_fields_synonyms_and_extra() {
    let input = concat!(
        r#"{"id": 7, "headline": "Wind farm approved", "content": "The farm will have 40 turbines.", "date": "March 3, 2021", "source": {"name": "Coast Weekly"}, "authors": ["A. Berg", "L. Ruiz"], "link": "https://coast.example/a", "lang": "en", "tags": ["energy"]}"#,
        "\n",
        r#"{"title": "Page only", "html": "<html><body><article><p>The museum reopened its east wing after a two-year renovation, the director said on Friday.</p><p>Visitors queued from early morning to see the restored ceiling paintings.</p></article></body></html>", "url": "https://museum.example/2020/10/02/wing", "published": "someday"}"#,
        "\n",
    );
    let got = read_jsonl_from(input.as_bytes(), "feed.jsonl", &IngestOptions::default(), &DefaultExtractor);
    assert!(got.skipped.is_empty(), "{:?}", got.skipped);
    let a = &got.documents[0];
    assert_eq!(a.id, "7");
    assert_eq!(a.path, "feed.jsonl#line 1");
    assert_eq!(a.title.as_deref(), Some("Wind farm approved"));
    assert_eq!(a.body, "The farm will have 40 turbines.");
    assert_eq!(a.published.as_deref(), Some("2021-03-03"));
    assert_eq!(a.outlet.as_deref(), Some("Coast Weekly"));
    assert_eq!(a.author.as_deref(), Some("A. Berg, L. Ruiz"));
    assert_eq!(a.url.as_deref(), Some("https://coast.example/a"));
    assert_eq!(a.extra.keys().collect::<Vec<_>>(), ["lang", "tags"]);
    let b = &got.documents[1];
    assert_eq!(b.id, "feed.jsonl-2");
    assert!(b.body.contains("east wing"), "{}", b.body);
    assert_eq!(b.title.as_deref(), Some("Page only"));
    assert_eq!(b.published.as_deref(), Some("2020-10-02"), "unreadable date: the URL's date");
    assert_eq!(b.extra["published_raw"], "someday");
}

#[test]
fn json_array_export() {
    let dir = tempdir("jsonarray");
    let p = dir.join("export.json");
    std::fs::write(&p, r#"[{"id": "x", "text": "One."}, 5, {"body": "Two."}]"#).unwrap();
    let got = ingest(&[Input::Path(p.clone())], &IngestOptions::default());
    let ids: Vec<&str> = got.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["x", "export-3"]);
    assert_eq!(got.skipped.len(), 1);
    assert_eq!(got.skipped[0].path, format!("{}#item 2", p.display()));
}

#[test]
fn unrecognised_files_in_a_directory_are_reported_not_read() {
    let dir = tempdir("unrecognised");
    std::fs::write(dir.join("README.md"), "# Notes about this folder").unwrap();
    std::fs::write(dir.join("story.txt"), "Text.").unwrap();
    std::fs::write(dir.join("saved_page"), "Text without an extension.").unwrap();
    let got = ingest(&[Input::Path(dir.clone())], &IngestOptions::default());
    let ids: Vec<&str> = got.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["saved_page", "story"]);
    assert_eq!(got.skipped.len(), 1);
    assert!(got.skipped[0].path.ends_with("README.md"));
    assert!(got.skipped[0].reason.contains("not an article format"));
    // Named on the command line, it is read (as text).
    let got = ingest(&[Input::Path(dir.join("README.md"))], &IngestOptions::default());
    assert_eq!(got.documents.len(), 1);
}

#[test]
fn stdin_style_jsonl_skips_bad_lines() {
    let got = read_jsonl_from(&b"{\"text\":\"A.\"}\n{oops\n"[..], "-", &IngestOptions::default(), &DefaultExtractor);
    assert_eq!(got.documents.len(), 1);
    assert_eq!(got.documents[0].id, "stdin-1");
    assert_eq!(got.skipped[0].path, "-#line 2");
    let tiny = IngestOptions { max_file_bytes: 4 };
    let got = read_jsonl_from(&b"{\"text\":\"A.\"}\n"[..], "-", &tiny, &DefaultExtractor);
    assert!(got.skipped[0].reason.contains("max_file_bytes"));
}

fn record(kind: &str, id: &str, url: &str, ctype: &str, payload: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Date: 2019-11-20T08:00:00Z\r\n\
         WARC-Target-URI: {url}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\n\r\n",
        payload.len()
    )
    .into_bytes();
    r.extend_from_slice(payload);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

#[test]
fn warc_keeps_html_responses_only() {
    let dir = tempdir("warc");
    let body = "<html><body><article><p>The ferry to the islands will run twice a day from June, the operator announced on Tuesday.</p><p>Tickets go on sale next week at the harbour office and online.</p></article></body></html>";
    // Chunked and gzip-encoded, as servers send it.
    let zipped = gz(body.as_bytes());
    let mut chunked = format!("{:x}\r\n", zipped.len()).into_bytes();
    chunked.extend_from_slice(&zipped);
    chunked.extend_from_slice(b"\r\n0\r\n\r\n");
    let mut http =
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n"
            .to_vec();
    http.extend_from_slice(&chunked);
    let mut warc = Vec::new();
    warc.extend(record("warcinfo", "info", "", "application/warc-fields", b"software: test"));
    warc.extend(record(
        "request",
        "req",
        "https://ferry.example/news",
        "application/http; msgtype=request",
        b"GET / HTTP/1.1\r\n\r\n",
    ));
    warc.extend(record(
        "response",
        "page-1",
        "https://ferry.example/news",
        "application/http; msgtype=response",
        &http,
    ));
    warc.extend(record(
        "response",
        "img",
        "https://ferry.example/a.png",
        "application/http; msgtype=response",
        b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG",
    ));
    warc.extend(record(
        "response",
        "gone",
        "https://ferry.example/old",
        "application/http; msgtype=response",
        b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<html></html>",
    ));
    std::fs::write(dir.join("crawl.warc"), &warc).unwrap();
    let got = ingest(&[Input::Path(dir.join("crawl.warc"))], &IngestOptions::default());
    assert!(got.skipped.is_empty(), "{:?}", got.skipped);
    assert_eq!(got.documents.len(), 1);
    let d = &got.documents[0];
    assert_eq!(d.id, "page-1");
    assert_eq!(d.format, SourceFormat::Warc);
    assert_eq!(d.url.as_deref(), Some("https://ferry.example/news"));
    assert_eq!(d.published.as_deref(), Some("2019-11-20"), "WARC-Date as the fallback");
    assert!(d.body.contains("twice a day"));
    assert!(d.path.ends_with("crawl.warc#record 3"), "{}", d.path);
    // An archive with no page in it is reported once.
    std::fs::write(dir.join("empty.warc"), &warc[..record_len(&warc)]).unwrap();
    let got = ingest(&[Input::Path(dir.join("empty.warc"))], &IngestOptions::default());
    assert!(got.documents.is_empty());
    assert_eq!(got.skipped.len(), 1);
    assert!(got.skipped[0].reason.contains("no HTML"), "{:?}", got.skipped);
}

/// Length of the first record (the warcinfo) of `warc`.
fn record_len(warc: &[u8]) -> usize {
    warc[1..].windows(5).position(|w| w == b"WARC/").unwrap() + 1
}
