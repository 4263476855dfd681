//! Claims about the same thing that cannot all be true.
//!
//! Not built yet (issue 5): [`find`] reports no conflict.
#![deny(missing_docs)]

use dossier_model::{Claim, Conflict};

/// Finds the conflicts among `claims`. Conflict ids are `k1`, `k2`, ...
pub fn find(claims: &[Claim]) -> Vec<Conflict> {
    let _ = claims;
    Vec::new()
}
