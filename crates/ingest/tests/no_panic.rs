//! Arbitrary bytes in any format never panic: each file gives documents or
//! skips, and every skip names the file.

use dossier_ingest::{IngestOptions, Input, ingest};
use proptest::prelude::*;

fn check(name: &str, bytes: &[u8]) {
    let dir = std::env::temp_dir().join(format!("dossier-ingest-prop-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    let got = ingest(&[Input::Path(p.clone())], &IngestOptions::default());
    assert!(!got.documents.is_empty() || !got.skipped.is_empty(), "{name}: neither read nor skipped");
    for s in &got.skipped {
        assert!(s.path.starts_with(&p.display().to_string()));
        assert!(!s.reason.is_empty());
    }
}

/// Bytes biased towards the syntax the readers look for.
fn tokens() -> impl Strategy<Value = Vec<u8>> {
    let pieces = prop_oneof![
        Just(b"<html>".to_vec()),
        Just(b"<p>".to_vec()),
        Just(b"</p>".to_vec()),
        Just(b"<meta charset=\"koi8-r\">".to_vec()),
        Just(b"{\"text\": \"a\"}\n".to_vec()),
        Just(b"WARC/1.1\r\nContent-Length: 5\r\n\r\n".to_vec()),
        Just(b"\x1f\x8b".to_vec()),
        Just(b"\r\n".to_vec()),
        Just("Ünïcödé ".as_bytes().to_vec()),
        prop::collection::vec(any::<u8>(), 0..16),
        "[a-zA-Z .,]{0,40}".prop_map(|s| s.into_bytes()),
    ];
    prop::collection::vec(pieces, 0..30).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_any_format(bytes in tokens(), ext in prop::sample::select(vec!["txt", "html", "jsonl", "warc", "json", "txt.gz"])) {
        check(&format!("f.{ext}"), &bytes);
    }
}
