//! Quantities in one document: numbers in digits and words, with their
//! qualifiers turned into bounds, and the thing they count.
//!
//! [`extract`] (or [`extract_text`]) cuts the text into tokens once and reads
//! each number expression with the words around it:
//!
//! - **numbers**: digits ("17,000", "1.5", "10k", "1.2bn"), words ("one
//!   hundred and six", "a thousand", "fifty-two", "1.5 million", "half a
//!   dozen"), vague amounts ("dozens", "hundreds", "tens of thousands", "a
//!   handful"), zero ("no one", "no casualties", "none of the");
//! - **qualifiers** ("nearly", "about", "at least", "more than", "over",
//!   "some", "up to", "roughly", "or more") become `low` and `high` bounds;
//! - **ranges** ("between 20 and 30", "20-30", "from 5 to 9") give both
//!   bounds and the midpoint as value;
//! - **kinds**: percentages (unit `%`), money (a currency code as unit),
//!   measures, durations and ages are told apart from counts;
//! - **the counted thing**: the noun phrase after the number ("150 computer
//!   devices" -> unit "computer devices", head "device").
//!
//! Not quantities, and skipped: dates ("June 20"), years ("in 2016",
//! "1980-88", "the 1980s"), times ("5 pm", "10:30"), ordinals ("21st"),
//! numbers inside names ("Apollo-11", "Camp 7", "MH17") and phone numbers.
//!
//! ```
//! use dossier_quantities::extract_text;
//! let q = extract_text("Police seized nearly 17,000 devices on June 20, 2023.");
//! assert_eq!(q.len(), 1);
//! let n = &q[0].quantity;
//! assert_eq!(n.value, Some(17000.0));
//! assert_eq!(n.high, Some(17000.0));
//! assert_eq!(n.qualifier.as_deref(), Some("nearly"));
//! assert_eq!(n.unit.as_deref(), Some("devices"));
//! assert_eq!(q[0].head.as_deref(), Some("device"));
//! ```
#![deny(missing_docs)]

mod lexicon;
mod parse;
use dossier_text::words as token;

use dossier_model::{Document, QuantityMention, Segments};

pub use lexicon::singular;

/// Finds the quantities of `doc`. Sentences are not needed: every rule
/// looks only at neighbouring tokens, and a line break stops a phrase.
pub fn extract(doc: &Document, segs: &Segments) -> Vec<QuantityMention> {
    let _ = segs;
    let mut found = extract_text(&doc.text);
    // The words as written become a view of the text: every claim carries
    // its quantity, and millions of claims each kept a copy.
    for q in &mut found {
        // The words start where the quantity does; they may run on over
        // its head noun ("nearly 17,000 Iranians").
        let start = q.range.start;
        let end = q.quantity.text.as_deref().map_or(0, |t| start + t.len());
        if q.quantity.text.as_deref().is_some_and(|t| doc.text.get(start..end) == Some(t)) {
            q.quantity.text = Some(doc.text.slice(start..end));
        }
    }
    found
}

/// Finds the quantities of a text, in text order.
pub fn extract_text(text: &str) -> Vec<QuantityMention> {
    parse::Parser::new(text).run()
}
