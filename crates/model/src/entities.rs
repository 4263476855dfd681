//! Entities: per-document mentions and corpus-level merged entities.
//! Owned by the entities work (issue 6).

use serde::{Deserialize, Serialize};

use crate::{DocId, SharedText, Span, TextRange};

/// Entity type, OntoNotes-style.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    /// A person.
    Person,
    /// An organisation: company, agency, group, party, court.
    Org,
    /// A geopolitical entity: country, city, state.
    Gpe,
    /// A non-GPE location: region, river, mountain.
    Loc,
    /// A facility: building, camp, airport, bridge.
    Fac,
    /// A nationality, religious or political group ("Iranian", "Muslims").
    Norp,
    /// Anything else.
    Other,
}

/// One mention of a named entity inside one document.
///
/// 48 bytes: a corpus holds millions of mentions, all alive while the cast
/// is built, so the rare parts (labels, alias) sit behind one pointer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityMention {
    /// Where the mention stands in the document's text.
    pub range: TextRange,
    /// The predicted type.
    pub kind: EntityType,
    /// The mention's text, normalised for matching (whitespace folded);
    /// a view of the document's text when it reads the same.
    pub name: SharedText,
    /// Labels and alias, when the mention has any (see [`MentionExtras`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extras: Option<Box<MentionExtras>>,
    /// True when the mention is a role descriptor bound to a named person
    /// ("the Finnish foreign minister" after "X, the Finnish foreign
    /// minister"): `name` is then the person's name, not the mention's text.
    #[serde(default)]
    pub descriptor: bool,
}

/// The parts of an [`EntityMention`] that few mentions have.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentionExtras {
    /// Descriptors the text attaches to this mention ("terrorist",
    /// "the Finnish foreign minister").
    #[serde(default)]
    pub labels: Box<[String]>,
    /// When the mention is an acronym defined in this document, or a long
    /// form that defines one: the other form.
    #[serde(default)]
    pub alias_of: Option<Box<str>>,
}

impl EntityMention {
    /// A mention with no labels, alias or descriptor role.
    ///
    /// ```
    /// use dossier_model::{EntityMention, EntityType, TextRange};
    /// let mut m = EntityMention::new(TextRange::new(0, 3), EntityType::Org, "VDF".into());
    /// assert!(m.labels().is_empty() && m.alias_of().is_none());
    /// m.set_extras(vec!["outlawed".into()], Some("Vel Dara Front".into()));
    /// assert_eq!(m.labels(), ["outlawed"]);
    /// assert_eq!(m.alias_of(), Some("Vel Dara Front"));
    /// ```
    pub fn new(range: TextRange, kind: EntityType, name: SharedText) -> EntityMention {
        EntityMention { range, kind, name, extras: None, descriptor: false }
    }
    /// Descriptors the text attaches to this mention.
    pub fn labels(&self) -> &[String] {
        self.extras.as_ref().map_or(&[], |e| &e.labels)
    }
    /// The other form of an acronym defined in the document, if any.
    pub fn alias_of(&self) -> Option<&str> {
        self.extras.as_ref().and_then(|e| e.alias_of.as_deref())
    }
    /// Sets the labels and alias, keeping none allocated when both are empty.
    pub fn set_extras(&mut self, labels: Vec<String>, alias_of: Option<String>) {
        self.extras = (!labels.is_empty() || alias_of.is_some()).then(|| {
            Box::new(MentionExtras {
                labels: labels.into_boxed_slice(),
                alias_of: alias_of.map(String::into_boxed_str),
            })
        });
    }
}

/// How one source labels an entity, counted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    /// The descriptor.
    pub text: String,
    /// The documents that use it.
    pub docs: Vec<DocId>,
    /// How many times in all.
    pub count: usize,
    /// How many times in each document that uses it (same order as `docs`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub per_doc: Vec<usize>,
}

/// One entity of the story, with every name it goes by.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// `x1`, `x2`, ...
    pub id: String,
    /// The canonical (most complete) name.
    pub name: String,
    /// Type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Other names and acronyms, sorted.
    pub aliases: Vec<String>,
    /// Every mention, in document then offset order.
    pub mentions: Vec<Span>,
    /// Descriptors sources attach to it.
    pub labels: Vec<Label>,
}
