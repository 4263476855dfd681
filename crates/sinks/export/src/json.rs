//! `dossier.json`: the contract in `shared/spec/dossier-json.md`.
//!
//! Determinism comes from the model: every collection is a `Vec` in a
//! defined order or a `BTreeMap`, never a hash map, so serialising the same
//! dossier always gives the same bytes.

use dossier_model::Dossier;

/// The dossier as pretty-printed JSON, ending in a newline.
pub fn to_string(dossier: &Dossier) -> String {
    let mut s = serde_json::to_string_pretty(dossier).expect("the model always serialises");
    s.push('\n');
    s
}
