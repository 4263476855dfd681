//! WARC reading: the `warc` crate against dossier's hand-written reader.
//!
//! Builds a synthetic archive (HTML responses, requests and images, gzip
//! per record as crawlers write it), then times reading every record with
//! each, and reports how each handles the same archive cut in the middle.
//! Extraction is replaced by a pass-through so that only archive reading
//! (and, for ours, the HTTP layer and charset decoding) is timed.
//!
//! Usage: `cargo run --release --bin warc-bench`

use std::io::Write;
use std::time::Instant;

use dossier_ingest::html::{ExtractError, Extracted, Extractor};

struct PassThrough;

impl Extractor for PassThrough {
    fn name(&self) -> &'static str {
        "pass-through"
    }
    fn extract(&self, html: &str) -> Result<Extracted, ExtractError> {
        Ok(Extracted { body: html.len().to_string(), ..Extracted::default() })
    }
}

fn record(kind: &str, n: usize, ctype: &str, payload: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{n:012}>\r\n\
         WARC-Date: 2020-01-01T00:00:00Z\r\nWARC-Target-URI: https://site.example/{n}\r\nContent-Type: {ctype}\r\n\
         Content-Length: {}\r\n\r\n",
        payload.len()
    )
    .into_bytes();
    r.extend_from_slice(payload);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn main() {
    let page: String =
        (0..200).map(|i| format!("<p>Paragraph {i} of a page about nothing in particular.</p>")).collect();
    let http =
        format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body>{page}</body></html>");
    let (mut plain, mut zipped) = (Vec::new(), Vec::new());
    let n = 3000;
    for i in 0..n {
        let r = match i % 3 {
            0 => record(
                "request",
                i,
                "application/http; msgtype=request",
                b"GET / HTTP/1.1\r\nHost: site.example\r\n\r\n",
            ),
            1 => record("response", i, "application/http; msgtype=response", http.as_bytes()),
            _ => record(
                "response",
                i,
                "application/http; msgtype=response",
                b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG",
            ),
        };
        zipped.extend(gz(&r));
        plain.extend(r);
    }
    let dir = std::env::temp_dir().join(format!("warc-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (p_plain, p_gz, p_cut) = (dir.join("a.warc"), dir.join("a.warc.gz"), dir.join("cut.warc.gz"));
    std::fs::write(&p_plain, &plain).unwrap();
    std::fs::write(&p_gz, &zipped).unwrap();
    std::fs::write(&p_cut, &zipped[..zipped.len() / 2]).unwrap();
    println!("{n} records; plain {:.1} MB, gzip {:.1} MB", plain.len() as f64 / 1e6, zipped.len() as f64 / 1e6);

    for (label, path, gzip) in [("plain", &p_plain, false), ("gzip", &p_gz, true)] {
        let t = Instant::now();
        let results: Vec<bool> = if gzip {
            warc::WarcReader::from_path_gzip(path).unwrap().iter_records().map(|r| r.is_ok()).collect()
        } else {
            // `WarcReader::from_path` opens with `create(true)` but no write
            // access, which std now refuses; open the file ourselves.
            let file = std::io::BufReader::with_capacity(1 << 20, std::fs::File::open(path).unwrap());
            warc::WarcReader::new(file).iter_records().map(|r| r.is_ok()).collect()
        };
        let ok = results.iter().filter(|&&r| r).count();
        let err = results.len() - ok;
        let warc_s = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let (docs, skipped) =
            dossier_ingest::warc::read_warc(std::fs::File::open(path).unwrap(), "x", u64::MAX, &PassThrough);
        let ours_s = t.elapsed().as_secs_f64();
        println!(
            "{label:<6} warc crate: {ok} records ({err} errors) in {:.0} ms | ours: {} HTML pages ({} skips) in {:.0} ms",
            warc_s * 1e3,
            docs.len(),
            skipped.len(),
            ours_s * 1e3
        );
    }
    let reader = warc::WarcReader::from_path_gzip(&p_cut).unwrap();
    let (mut ok, mut errors) = (0, Vec::new());
    for r in reader.iter_records() {
        match r {
            Ok(_) => ok += 1,
            Err(e) => {
                errors.push(e.to_string());
                if errors.len() > 3 {
                    break;
                }
            }
        }
    }
    println!("cut in half: warc crate read {ok} records, then errors {errors:?}");
    let (docs, skipped) =
        dossier_ingest::warc::read_warc(std::fs::File::open(&p_cut).unwrap(), "cut.warc.gz", u64::MAX, &PassThrough);
    println!("cut in half: ours kept {} HTML pages, then {:?}", docs.len(), skipped);
    let _ = std::fs::remove_dir_all(&dir);
}
