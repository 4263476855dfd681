//! Bad input: every case is read or skipped with one `Skipped` naming the
//! file and the reason; nothing panics.

use std::io::Write;
use std::path::{Path, PathBuf};

use dossier_ingest::{IngestOptions, Ingested, Input, ingest};

fn tempdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dossier-ingest-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn read(path: &Path) -> Ingested {
    ingest(&[Input::Path(path.to_path_buf())], &IngestOptions::default())
}

/// Asserts exactly one skip, for `path`, whose reason contains `needle`.
fn assert_one_skip(got: &Ingested, path: &Path, needle: &str) {
    assert!(got.documents.is_empty(), "no document expected: {:?}", got.documents);
    assert_eq!(got.skipped.len(), 1, "{:?}", got.skipped);
    assert_eq!(got.skipped[0].path, path.display().to_string());
    assert!(got.skipped[0].reason.contains(needle), "reason {:?} lacks {needle:?}", got.skipped[0].reason);
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

#[test]
fn empty_file() {
    let dir = tempdir("empty");
    for name in ["a.txt", "b.html", "c.jsonl", "d.warc"] {
        let p = dir.join(name);
        std::fs::write(&p, b"").unwrap();
        assert_one_skip(&read(&p), &p, "empty");
    }
    let p = dir.join("blank.txt");
    std::fs::write(&p, b"  \n\n \t\n").unwrap();
    assert_one_skip(&read(&p), &p, "empty");
}

#[test]
fn binary_file() {
    let dir = tempdir("binary");
    let p = dir.join("photo.txt");
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.extend((0..4096u32).map(|i| (i * 7 % 256) as u8));
    std::fs::write(&p, &bytes).unwrap();
    assert_one_skip(&read(&p), &p, "binary");
    // Control characters without any NUL byte.
    let p = dir.join("controls.txt");
    let bytes: Vec<u8> = (0..2000u32).map(|i| if i % 4 == 0 { 0x02 } else { b'x' }).collect();
    std::fs::write(&p, &bytes).unwrap();
    assert_one_skip(&read(&p), &p, "binary");
}

#[test]
fn invalid_utf8_falls_back_to_windows_1252() {
    let dir = tempdir("latin");
    let p = dir.join("cafe.txt");
    std::fs::write(&p, b"Caf\xe9 owners protest new rent rules\nThe caf\xe9 closed at noon \x96 early.\n").unwrap();
    let got = read(&p);
    assert!(got.skipped.is_empty(), "{:?}", got.skipped);
    assert_eq!(got.documents[0].title.as_deref(), Some("Café owners protest new rent rules"));
    assert_eq!(got.documents[0].body, "The café closed at noon – early.\n");
}

#[test]
fn other_encodings_bom_meta_http_equiv() {
    let dir = tempdir("encodings");
    // UTF-16LE with a BOM.
    let p = dir.join("utf16.txt");
    let mut bytes = vec![0xFF, 0xFE];
    for u in "Żółw wins the river race\nThe tortoise won.\n".encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    std::fs::write(&p, &bytes).unwrap();
    let got = read(&p);
    assert_eq!(got.documents[0].title.as_deref(), Some("Żółw wins the river race"));
    // <meta charset> in windows-1251.
    let p = dir.join("cyr.html");
    let mut page = b"<html><head><meta charset=\"windows-1251\"><title>".to_vec();
    page.extend_from_slice(b"\xcd\xee\xe2\xee\xf1\xf2\xe8 of the day</title></head><body><article>");
    for _ in 0..5 {
        page.extend_from_slice(
            b"<p>\xcf\xf0\xe8\xe2\xe5\xf2 and a long enough paragraph of words to count as the article body here.</p>",
        );
    }
    page.extend_from_slice(b"</article></body></html>");
    std::fs::write(&p, &page).unwrap();
    let got = read(&p);
    assert!(got.skipped.is_empty(), "{:?}", got.skipped);
    assert_eq!(got.documents[0].title.as_deref(), Some("Новости of the day"));
    assert!(got.documents[0].body.contains("Привет"));
    // http-equiv Content-Type.
    let p = dir.join("greek.htm");
    let mut page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-7\">".to_vec();
    page.extend_from_slice(b"<title>\xc1\xe8\xde\xed\xe1 news today</title></head><body><article>");
    for _ in 0..5 {
        page.extend_from_slice(
            b"<p>\xc1\xe8\xde\xed\xe1 is the city where a long paragraph of words takes place today.</p>",
        );
    }
    page.extend_from_slice(b"</article></body></html>");
    std::fs::write(&p, &page).unwrap();
    let got = read(&p);
    assert_eq!(got.documents[0].title.as_deref(), Some("Αθήνα news today"));
}

#[test]
fn truncated_gzip() {
    let dir = tempdir("truncgz");
    let p = dir.join("page.html.gz");
    let mut page = String::from("<html><body><article>");
    for i in 0..200 {
        page.push_str(&format!("<p>Paragraph {i} of an invented story about a harbour that floods every spring.</p>"));
    }
    page.push_str("</article></body></html>");
    let bytes = gz(page.as_bytes());
    std::fs::write(&p, &bytes[..bytes.len() / 2]).unwrap();
    assert_one_skip(&read(&p), &p, "gzip");
    // The whole file reads.
    std::fs::write(&p, &bytes).unwrap();
    let got = read(&p);
    assert!(got.skipped.is_empty(), "{:?}", got.skipped);
    assert_eq!(got.documents[0].id, "page");
    assert_eq!(got.documents[0].format, dossier_model::SourceFormat::Html);
}

fn warc_record(id: &str, url: &str, html: &str) -> Vec<u8> {
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}");
    let mut r = format!(
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Date: 2022-05-0{}T12:00:00Z\r\n\
         WARC-Target-URI: {url}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
        id.len() % 9 + 1,
        http.len()
    )
    .into_bytes();
    r.extend_from_slice(http.as_bytes());
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn article(topic: &str) -> String {
    let mut s = format!("<html><head><title>{topic} report</title></head><body><article>");
    for i in 0..6 {
        s.push_str(&format!(
            "<p>Sentence {i} about the {topic}, written to be long enough that an extractor keeps it.</p>"
        ));
    }
    s + "</article></body></html>"
}

#[test]
fn truncated_warc_keeps_records_before_the_damage() {
    let dir = tempdir("truncwarc");
    let mut warc = Vec::new();
    warc.extend(warc_record("aaa", "https://news.example/a", &article("orchard")));
    warc.extend(warc_record("bbb", "https://news.example/b", &article("ferry")));
    let third = warc_record("ccc", "https://news.example/c", &article("glacier"));
    let cut = warc.len() + third.len() / 2;
    warc.extend(third);
    // Plain WARC cut inside the third record.
    let p = dir.join("crawl.warc");
    std::fs::write(&p, &warc[..cut]).unwrap();
    let got = read(&p);
    let ids: Vec<&str> = got.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["aaa", "bbb"]);
    assert_eq!(got.skipped.len(), 1, "{:?}", got.skipped);
    assert!(got.skipped[0].path.starts_with(&p.display().to_string()));
    assert!(got.skipped[0].reason.contains("truncated"), "{}", got.skipped[0].reason);
    // Gzipped per record (as crawlers write), cut inside the third member.
    let mut gzw = Vec::new();
    gzw.extend(gz(&warc_record("aaa", "https://news.example/a", &article("orchard"))));
    gzw.extend(gz(&warc_record("bbb", "https://news.example/b", &article("ferry"))));
    let third = gz(&warc_record("ccc", "https://news.example/c", &article("glacier")));
    gzw.extend_from_slice(&third[..third.len() / 2]);
    let p = dir.join("crawl.warc.gz");
    std::fs::write(&p, &gzw).unwrap();
    let got = read(&p);
    assert_eq!(got.documents.len(), 2, "{:?}", got.skipped);
    assert_eq!(got.documents[1].url.as_deref(), Some("https://news.example/b"));
    assert_eq!(got.skipped.len(), 1, "{:?}", got.skipped);
}

#[test]
fn large_file_under_and_over_the_limit() {
    let dir = tempdir("large");
    let p = dir.join("big.txt");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&p).unwrap());
    writeln!(f, "A very long invented report on river levels").unwrap();
    let line = "The river rose by a few centimetres overnight and the gauges were read twice.\n";
    let target = 100 * 1024 * 1024;
    let mut written = 0;
    while written < target {
        f.write_all(line.as_bytes()).unwrap();
        written += line.len();
    }
    drop(f);
    let size = std::fs::metadata(&p).unwrap().len();
    assert!(size >= 100 * 1024 * 1024);
    // Under the default limit: read in full.
    let got = read(&p);
    assert!(got.skipped.is_empty(), "{:?}", got.skipped);
    assert_eq!(got.documents[0].title.as_deref(), Some("A very long invented report on river levels"));
    assert!(got.documents[0].body.len() as u64 > size - 100);
    drop(got);
    // Over a lower limit: skipped, and the reason says why.
    let opts = IngestOptions { max_file_bytes: 50 * 1024 * 1024 };
    let got = ingest(&[Input::Path(p.clone())], &opts);
    assert_one_skip(&got, &p, "max_file_bytes");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn five_megabyte_single_line() {
    let dir = tempdir("longline");
    let p = dir.join("line.txt");
    let line = "word ".repeat(1024 * 1024);
    std::fs::write(&p, &line).unwrap();
    let got = read(&p);
    assert!(got.skipped.is_empty());
    assert_eq!(got.documents[0].title, None, "a 5 MB line is not a headline");
    assert_eq!(got.documents[0].body.len(), line.len());
    // The same in JSONL, next to a good line.
    let p = dir.join("feed.jsonl");
    let json =
        format!("{{\"id\":\"long\",\"text\":{}}}\n{{\"id\":\"short\",\"text\":\"Short.\"}}\n", serde_json::json!(line));
    std::fs::write(&p, json).unwrap();
    let got = read(&p);
    let ids: Vec<&str> = got.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["long", "short"]);
    // No newline and no spaces at all.
    let p = dir.join("nospace.txt");
    std::fs::write(&p, "x".repeat(5 * 1024 * 1024)).unwrap();
    assert_eq!(read(&p).documents.len(), 1);
}

#[test]
fn unreadable_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempdir("perm");
    let p = dir.join("secret.txt");
    std::fs::write(&p, "Locked report on the quarry\nNobody may read this.\n").unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o000)).unwrap();
    // Root (and CAP_DAC_OVERRIDE) ignores file modes: then the file is
    // readable and must simply be read; otherwise it must be skipped.
    let readable = std::fs::File::open(&p).is_ok();
    let got = read(&p);
    if readable {
        eprintln!("running with permission override (root): chmod 000 does not block reading; checking it is read");
        assert_eq!(got.documents.len(), 1);
        assert!(got.skipped.is_empty());
    } else {
        assert_one_skip(&got, &p, "ermission");
    }
    // An unreadable directory is one skip too (same root caveat).
    let sub = dir.join("locked");
    std::fs::create_dir(&sub).unwrap();
    std::fs::write(sub.join("a.txt"), "Text.").unwrap();
    std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o000)).unwrap();
    let listable = std::fs::read_dir(&sub).is_ok();
    let got = read(&sub);
    if listable {
        assert_eq!(got.documents.len(), 1);
    } else {
        assert_one_skip(&got, &sub, "ermission");
    }
    std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).unwrap();
}

#[test]
fn missing_path() {
    let p = std::env::temp_dir().join("dossier-ingest-does-not-exist-xyz");
    assert_one_skip(&read(&p), &p, "No such file");
}

#[test]
fn bad_jsonl_lines_are_skipped_one_by_one() {
    let dir = tempdir("jsonl");
    let p = dir.join("feed.ndjson");
    std::fs::write(
        &p,
        "{\"id\":\"a\",\"text\":\"One.\"}\n{broken\n[1,2]\n{\"id\":\"b\"}\n\n{\"id\":\"c\",\"content\":\"Three.\"}\n",
    )
    .unwrap();
    let got = read(&p);
    let ids: Vec<&str> = got.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["a", "c"]);
    let shown = p.display().to_string();
    let paths: Vec<String> = got.skipped.iter().map(|s| s.path.clone()).collect();
    assert_eq!(paths, [format!("{shown}#line 2"), format!("{shown}#line 3"), format!("{shown}#line 4")]);
    assert!(got.skipped[0].reason.contains("JSON"));
    assert!(got.skipped[1].reason.contains("object"));
    assert!(got.skipped[2].reason.contains("no text"));
}

#[test]
fn odd_unicode_and_tiny_inputs() {
    let dir = tempdir("tiny");
    for (name, text) in [("one.txt", "word"), ("rtl.txt", "\u{202e}שלום עולם\u{200d}"), ("emoji.txt", "🌊🌊🌊\n🌊")]
    {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        let got = read(&p);
        assert_eq!(got.documents.len(), 1, "{name}");
    }
}

#[test]
fn pathological_html_does_not_crash() {
    use dossier_ingest::html::{DefaultExtractor, Extractor};
    // Deep nesting (a stack-overflow risk for recursive tree walks).
    let deep = format!(
        "<html><body>{}<p>Deep text here.</p>{}</body></html>",
        "<div>".repeat(50_000),
        "</div>".repeat(50_000)
    );
    let t = std::time::Instant::now();
    let got = DefaultExtractor.extract(&deep).unwrap();
    assert!(got.body.contains("Deep text here."));
    eprintln!("deep: {:?}", t.elapsed());
    // Just under the limit the DOM path runs; it must not overflow either
    // (test threads have 2 MiB stacks, as rayon's workers do).
    let limit = dossier_ingest::html::MAX_NESTING - 5;
    let nested =
        format!("<html><body>{}<p>Nested text.</p>{}</body></html>", "<div>".repeat(limit), "</div>".repeat(limit));
    assert!(dossier_ingest::html::nesting_depth(&nested) <= dossier_ingest::html::MAX_NESTING);
    let _ = DefaultExtractor.extract(&nested);
    // Unclosed tags, stray bytes, a giant attribute, no body.
    for page in [
        "<html><p>unclosed <b>bold <i>italic".to_string(),
        format!("<html><head><meta content=\"{}\"></head></html>", "x".repeat(1_000_000)),
        "<<<>>><!-- <script>".to_string(),
        "<html><body>".to_string() + &"<p>word</p>".repeat(100_000) + "</body></html>",
    ] {
        let t = std::time::Instant::now();
        let _ = DefaultExtractor.extract(&page);
        eprintln!("{} bytes: {:?}", page.len(), t.elapsed());
    }
}
