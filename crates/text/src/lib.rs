//! Text primitives shared by dossier's per-document analyses.
//!
//! What: [`words`], a tokenizer that cuts text into words, numbers and
//! punctuation with byte offsets, lower-cased forms and spacing flags; and
//! [`content`], the content words by which sentences are compared; and
//! [`calendar`], month and weekday names.
//!
//! Why: the quantity and attribution analyses read numbers and names by
//! their neighbours and need the same tokens; each had its own copy of this
//! code. It is a library, not a stage: it knows no model type, and stages
//! may depend on it as they depend on the model.
//!
//! ```
//! use dossier_text::words::{tokenize, Kind};
//! let toks = tokenize("Police said 17,000 fled.");
//! assert_eq!(toks[2].low, "17,000");
//! assert_eq!(toks[2].kind, Kind::Num);
//! assert!(toks[0].is_capitalised("Police said 17,000 fled."));
//! ```
#![deny(missing_docs)]

pub mod calendar;
pub mod content;
pub mod words;
