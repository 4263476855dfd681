//! Strings shared by reference: document identifiers and texts.
//!
//! Why: a dossier holds tens of millions of spans (every entity mention,
//! claim, new sentence and passage occurrence), each naming its document and
//! carrying its text. As owned `String`s those copies cost several times the
//! corpus itself (17.7 GB for a 1 GB corpus). Here a span's document id is a
//! reference-counted pointer to the one id, and its text a view into the one
//! document body: 8 and 16 bytes, no allocation, same serialised form. The
//! pointers are thin (`Arc<Box<str>>`, one more indirection than `Arc<str>`)
//! because there are so many of them: a span is 40 bytes instead of 56.

use std::borrow::Borrow;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The identifier of a document: file stem, JSONL `id` or WARC record id,
/// made unique within one run. Cloning it is a pointer copy.
///
/// ```
/// use dossier_model::DocId;
/// let id = DocId::from("reuters-17");
/// assert_eq!(id, "reuters-17");
/// assert_eq!(id.len(), 10);
/// ```
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DocId(Arc<Box<str>>);

impl DocId {
    /// The identifier as a string slice.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for DocId {
    fn default() -> Self {
        DocId::from("")
    }
}

impl Deref for DocId {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for DocId {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for DocId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<&str> for DocId {
    fn from(s: &str) -> Self {
        DocId(Arc::new(s.into()))
    }
}

impl From<String> for DocId {
    fn from(s: String) -> Self {
        DocId(Arc::new(s.into_boxed_str()))
    }
}

impl From<&String> for DocId {
    fn from(s: &String) -> Self {
        DocId(Arc::new(s.as_str().into()))
    }
}

impl From<std::borrow::Cow<'_, str>> for DocId {
    fn from(s: std::borrow::Cow<'_, str>) -> Self {
        DocId(Arc::new(s.as_ref().into()))
    }
}

impl fmt::Display for DocId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for DocId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq<str> for DocId {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for DocId {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for DocId {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<DocId> for str {
    fn eq(&self, other: &DocId) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<DocId> for &str {
    fn eq(&self, other: &DocId) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<DocId> for String {
    fn eq(&self, other: &DocId) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Serialize for DocId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for DocId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(DocId::from)
    }
}

/// An immutable string that shares its bytes: a document's body, or a view
/// into it. Cloning and [`SharedText::slice`] copy no text.
///
/// Compares, hashes, orders, prints and serialises exactly as the `str` it
/// shows, so it stands in for a `String` field of the contract.
///
/// Texts are limited to 4 GiB (offsets are `u32`); ingest never admits a
/// larger file.
///
/// ```
/// use dossier_model::SharedText;
/// let body = SharedText::from("Police said 20 were hurt.");
/// let part = body.slice(12..14);
/// assert_eq!(part, "20");
/// assert_eq!(serde_json::to_string(&part).unwrap(), "\"20\"");
/// ```
#[derive(Clone)]
pub struct SharedText {
    buf: Arc<Box<str>>,
    start: u32,
    end: u32,
}

impl SharedText {
    /// The text as a string slice.
    pub fn as_str(&self) -> &str {
        &self.buf[self.start as usize..self.end as usize]
    }

    /// A view of bytes `range` of this text, sharing its buffer.
    ///
    /// # Panics
    /// If the range is out of bounds or not on UTF-8 boundaries, as slicing
    /// a `str` does: a stage that produced it has a bug.
    pub fn slice(&self, range: std::ops::Range<usize>) -> SharedText {
        let _ = &self.as_str()[range.clone()]; // the same checks (and message) as str slicing
        SharedText { buf: self.buf.clone(), start: self.start + range.start as u32, end: self.start + range.end as u32 }
    }
}

impl Default for SharedText {
    fn default() -> Self {
        SharedText::from("")
    }
}

impl Deref for SharedText {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for SharedText {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for SharedText {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<String> for SharedText {
    fn from(s: String) -> Self {
        let end = u32::try_from(s.len()).expect("a text over 4 GiB: ingest caps file sizes well below this");
        SharedText { buf: Arc::new(s.into_boxed_str()), start: 0, end }
    }
}

impl From<&str> for SharedText {
    fn from(s: &str) -> Self {
        SharedText::from(s.to_string())
    }
}

impl PartialEq for SharedText {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for SharedText {}

impl PartialOrd for SharedText {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for SharedText {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Hash for SharedText {
    fn hash<H: Hasher>(&self, h: &mut H) {
        self.as_str().hash(h)
    }
}

impl PartialEq<str> for SharedText {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for SharedText {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for SharedText {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<SharedText> for str {
    fn eq(&self, other: &SharedText) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<SharedText> for &str {
    fn eq(&self, other: &SharedText) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<SharedText> for String {
    fn eq(&self, other: &SharedText) -> bool {
        self.as_str() == other.as_str()
    }
}

impl fmt::Display for SharedText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for SharedText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl Serialize for SharedText {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SharedText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(SharedText::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_share_and_compare_by_content() {
        let body = SharedText::from("één twee drie");
        let twee = body.slice(6..10);
        assert_eq!(twee, "twee");
        assert_eq!(twee.slice(1..3), "we");
        assert_eq!(twee, SharedText::from("twee"));
        let later = SharedText::from("u");
        assert!(twee < later);
        assert_eq!(format!("{twee} {twee:?}"), "twee \"twee\"");
    }

    #[test]
    #[should_panic]
    fn a_slice_off_a_char_boundary_panics() {
        SharedText::from("één").slice(0..1);
    }

    #[test]
    fn ids_round_trip_as_strings() {
        let id = DocId::from("a-1");
        let json = serde_json::to_string(&id).unwrap();
        assert_eq!(json, "\"a-1\"");
        assert_eq!(serde_json::from_str::<DocId>(&json).unwrap(), "a-1");
        let mut ids = std::collections::BTreeSet::new();
        ids.insert(id);
        assert!(ids.contains("a-1"));
    }
}
