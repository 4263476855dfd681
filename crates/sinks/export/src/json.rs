//! `dossier.json`: the contract in `shared/spec/dossier-json.md`.
//!
//! Determinism comes from the model: every collection is a `Vec` in a
//! defined order or a `BTreeMap`, never a hash map, so serialising the same
//! dossier always gives the same bytes.

use dossier_model::Dossier;

/// The dossier as pretty-printed JSON, ending in a newline.
pub fn to_string(dossier: &Dossier) -> String {
    let mut buf = Vec::new();
    to_writer(dossier, &mut buf).expect("writing to memory cannot fail");
    String::from_utf8(buf).expect("serde_json writes UTF-8")
}

/// Streams the dossier as pretty-printed JSON, ending in a newline, to
/// `out`. Large corpora give dossiers of hundreds of megabytes: streaming
/// keeps a second copy of all that text out of memory.
///
/// # Errors
/// When `out` fails.
pub fn to_writer<W: std::io::Write>(dossier: &Dossier, mut out: W) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut out, dossier).map_err(std::io::Error::other)?;
    out.write_all(b"\n")?;
    out.flush()
}
