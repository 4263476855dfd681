//! Removes site chrome and boilerplate from article text.
//!
//! Early version (issue 2): normalises paragraphs only; no line is removed yet.
#![deny(missing_docs)]

use dossier_model::{DateSource, Document, Published, RawDocument};

/// Cleans every raw document into a [`Document`]. Takes the whole corpus
/// because some chrome is only recognisable by recurring across documents
/// of one outlet.
pub fn clean(raws: Vec<RawDocument>) -> Vec<Document> {
    raws.into_iter().map(clean_one).collect()
}

fn clean_one(raw: RawDocument) -> Document {
    let text = raw.body.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n\n");
    let mut doc = Document::new(raw.id, raw.path, text);
    doc.title = raw.title;
    doc.outlet = raw.outlet;
    doc.url = raw.url;
    if let Some(p) = raw.published {
        doc.published = Published { value: Some(p), source: Some(DateSource::Metadata), ..Published::default() };
    }
    doc.author = raw.author;
    doc.format = Some(raw.format);
    doc.removed = raw.removed;
    doc.extra = raw.extra;
    doc
}
