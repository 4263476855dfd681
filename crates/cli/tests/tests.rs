//! End-to-end tests of the `dossier` binary: one test binary, a module per
//! area (as ripgrep's tests/tests.rs).

mod util;

mod bad_input;
mod browser;
mod contract;
mod usage;
