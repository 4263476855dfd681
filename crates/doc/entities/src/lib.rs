//! Named entity mentions in one document: people, organisations, places,
//! facilities and groups, with the labels the text attaches to them.
//!
//! [`recognize`] takes a cleaned [`Document`] and its [`Segments`] and
//! returns [`EntityMention`]s in text order. It runs, per sentence:
//!
//! 1. [`token`]: CoNLL-style word tokens as byte ranges;
//! 2. [`tagger`]: a greedy averaged perceptron trained on CoNLL-2003
//!    (shipped as `data/ner.model`, 1.7 MB) labels PER, ORG, LOC, MISC;
//! 3. [`lexicon`]: GeoNames places and hand-written word lists refine the
//!    types into the OntoNotes set (GPE, LOC, FAC, NORP);
//!
//! and then, over the whole document ([`rules`]):
//!
//! 4. document-level consistency: a name tagged once is tagged wherever
//!    it recurs, with the type most of its mentions got;
//! 5. acronyms defined in the text, "Long Name (LN)" and "LN, the Long
//!    Name" (Schwartz and Hearst 2003), link both forms via `alias_of`;
//! 6. labels: premodifiers ("the militant X"), role titles ("Interior
//!    Minister X"), appositives ("X, the ..."), copular descriptions ("X
//!    is a ..."), and group nouns after the name ("the X rebel group");
//! 7. role descriptors bound to a person by apposition or title become
//!    mentions of that person when they recur ("the foreign minister").
//!
//! No network, no model download: the weights and word lists are compiled
//! in. Everything is linear in the text.
//!
//! ```
//! use dossier_entities::recognize;
//! use dossier_model::{Document, EntityType};
//! let text = "Norland's Interior Minister Tomas Brek visited Paris on Monday. Brek met officials of \
//!             the United Nations Children's Fund (UNICEF).".to_string();
//! let doc = Document::new("a", "a.txt", text);
//! let segs = dossier_model::Segments {
//!     paragraphs: vec![dossier_model::TextRange::new(0, doc.text.len())],
//!     sentences: vec![dossier_model::TextRange::new(0, 63), dossier_model::TextRange::new(64, doc.text.len())],
//! };
//! let mentions = recognize(&doc, &segs);
//! let find = |name: &str| mentions.iter().find(|m| m.name == name).map(|m| m.kind);
//! assert_eq!(find("Tomas Brek"), Some(EntityType::Person));
//! assert_eq!(find("Paris"), Some(EntityType::Gpe));
//! assert_eq!(find("UNICEF"), Some(EntityType::Org));
//! ```
#![deny(missing_docs)]

pub mod conll;
pub mod lexicon;
pub mod rules;
pub mod tagger;
pub mod token;

use dossier_model::{Document, EntityMention, Segments};

/// Finds the named entity mentions of `doc`, in text order.
///
/// Sentences come from `segs`; when it has none (a caller that did not
/// segment), each line of the text is taken as one sentence.
pub fn recognize(doc: &Document, segs: &Segments) -> Vec<EntityMention> {
    let mut mentions = rules::recognize_text(&doc.text, &segs.sentences);
    // Names that read as the text does become views of it: a corpus holds
    // millions of mentions, and a string each was most of their memory.
    for m in &mut mentions {
        if doc.text.get(m.range.start..m.range.end) == Some(m.name.as_str()) {
            m.name = doc.text.slice(m.range.start..m.range.end);
        }
    }
    mentions.shrink_to_fit();
    mentions
}
