//! Quantities, attributions, claims and conflicts. Owned by the claims
//! work (issue 5).

use serde::{Deserialize, Serialize};

use crate::{SharedText, Span, TextRange};

/// A number with its qualifier, bounds and unit.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The stated value (the midpoint for ranges, a typical value for vague
    /// amounts such as "dozens"), or null when only bounds are known.
    pub value: Option<f64>,
    /// Lowest value the wording allows, when bounded.
    pub low: Option<f64>,
    /// Highest value the wording allows, when bounded.
    pub high: Option<f64>,
    /// The qualifier as written: "nearly", "about", "more than", ...
    pub qualifier: Option<String>,
    /// What is counted: the head noun ("devices", "police officers"), `%`,
    /// or a currency code.
    pub unit: Option<String>,
    /// What sort of amount this is: a count of things, a percentage, money,
    /// a measure, a duration or an age.
    #[serde(default)]
    pub kind: QuantityKind,
    /// The words as written ("dozens of others", "nearly 17,000 Iranians");
    /// a view of the document's text once the claim is built.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<SharedText>,
}

/// What sort of amount a [`Quantity`] is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuantityKind {
    /// A number of things or people ("150 devices", "dozens").
    #[default]
    Count,
    /// A percentage; the unit is `%`.
    Percent,
    /// An amount of money; the unit is a currency code (`USD`, `EUR`, ...).
    Money,
    /// A physical measure ("29 km", "5 tonnes").
    Measure,
    /// A length of time ("four decades", "3 years").
    Duration,
    /// An age ("45-year-old").
    Age,
}

/// A quantity found in one document's text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuantityMention {
    /// Where the number (with its qualifier and unit) stands.
    pub range: TextRange,
    /// The value.
    pub quantity: Quantity,
    /// Where the counted noun phrase stands, when there is one.
    #[serde(default)]
    pub unit_range: Option<TextRange>,
    /// The counted head noun, lower case and singular ("device", "person"),
    /// for comparing mentions across documents.
    #[serde(default)]
    pub head: Option<String>,
    /// True when the wording is vague ("dozens", "hundreds", "a handful").
    #[serde(default)]
    pub vague: bool,
}

/// Who asserts a statement.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The source as named ("police", "an informed source"), or null; a
    /// view of the document's text where it reads as written there.
    pub name: Option<SharedText>,
    /// The entity id of the source, when it is one.
    pub entity: Option<String>,
    /// The cue that attributes ("said", "according to"), or null.
    pub cue: Option<String>,
    /// True when the source is not identified ("an informed source",
    /// "reports", "sources said").
    #[serde(default)]
    pub anonymous: bool,
    /// Where the source's name stands in the document, when it is named
    /// there (a pronoun resolved to an earlier source points at the earlier
    /// name's place).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<TextRange>,
}

/// An attributed statement found in one document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    /// The statement's extent (the reported content, or the sentence).
    pub range: TextRange,
    /// Where the source's name stands, when it is named.
    pub source_range: Option<TextRange>,
    /// Who asserts it.
    pub source: Source,
    /// True for a direct quote.
    #[serde(default)]
    pub quote: bool,
}

/// An attributed statement, with or without a number: who said what.
/// Numeric ones are also [`Claim`]s; this list lets a reader see every
/// sourced assertion, and every source, of the story.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// What is asserted: the reported content, or the sentence.
    #[serde(flatten)]
    pub span: Span,
    /// `s1`, `s2`, ...
    pub id: String,
    /// Who asserts it.
    pub source: Source,
    /// True for a direct quote.
    pub quote: bool,
}

/// A checkable statement, most often a number, with who asserts it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// The clause that asserts it.
    #[serde(flatten)]
    pub span: Span,
    /// `c1`, `c2`, ...
    pub id: String,
    /// The number asserted.
    pub quantity: Quantity,
    /// What is counted, normalised to compare across documents.
    pub about: String,
    /// Who asserts it.
    pub source: Source,
    /// The comparison key conflicts group on: the normalised counted thing,
    /// predicate and agent ("people|killed|mko").
    #[serde(default)]
    pub key: String,
    /// The normalised agent or cause, when the clause names one ("mko").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent: Option<String>,
}

/// Claims about the same thing that cannot all be true.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    /// `k1`, `k2`, ...
    pub id: String,
    /// The claims in conflict.
    pub claims: Vec<String>,
    /// What they are about.
    pub about: String,
    /// The disagreement, in plain language.
    pub note: String,
    /// `values` when the figures cannot all hold; `sources` when one figure
    /// is attributed to different sources.
    #[serde(default)]
    pub kind: ConflictKind,
}

/// Why claims are listed together in a [`Conflict`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ConflictKind {
    /// The figures cannot all be true given their qualifiers.
    #[default]
    Values,
    /// The same figure is attributed to different sources.
    Sources,
}
