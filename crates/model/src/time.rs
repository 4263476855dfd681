//! Temporal expressions and events. Owned by the time work (issue 4).

use serde::{Deserialize, Serialize};

use crate::Span;

/// TIMEX3 type of a temporal expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or a coarser period ("June 2023", "the 1980s").
    Date,
    /// A time of day.
    Time,
    /// A length of time ("four decades").
    Duration,
    /// A recurring time ("every year").
    Set,
}

/// What a timex value was resolved against.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Anchor {
    /// The document's publication date ("on Tuesday", "last month").
    Document,
    /// An earlier date in the text ("a week later").
    Text,
    /// Nothing: the expression is absolute, or could not be anchored.
    None,
}

/// A temporal expression with its normalised TIMEX3 value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Timex {
    /// Where it stands.
    #[serde(flatten)]
    pub span: Span,
    /// DATE, TIME, DURATION or SET.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TIMEX3 value: `2023-06-20`, `XXXX-06-20`, `198`, `P4DE`, `PAST_REF`.
    pub value: String,
    /// What the value was resolved against.
    pub anchor: Anchor,
    /// TIMEX3 modifier (`START`, `MID`, `END`, `APPROX`, `BEFORE`, `AFTER`,
    /// `LESS_THAN`, `MORE_THAN`, ...), when there is one.
    #[serde(default, rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
}

/// When an event happened: a TIMEX3 value plus calendar bounds.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EventDate {
    /// TIMEX3 value, e.g. `2023-06-20` or `2023-08`.
    pub value: String,
    /// Earliest calendar day the value allows, `YYYY-MM-DD`.
    pub earliest: Option<String>,
    /// Latest calendar day the value allows, `YYYY-MM-DD`.
    pub latest: Option<String>,
}

/// One thing that happened, merged across the documents that report it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// `e1`, `e2`, ... in timeline order.
    pub id: String,
    /// When it happened.
    pub date: EventDate,
    /// A short description.
    pub summary: String,
    /// The sentences that report it.
    pub mentions: Vec<Span>,
}
