//! Temporal expressions in English news, normalised to TIMEX3.
//!
//! What: finds DATE, TIME, DURATION and SET expressions in running text
//! ("on Tuesday", "late last month", "over the past four decades", "every
//! year") and gives each its TIMEX3 value and modifier, resolved against the
//! document's publication date.
//!
//! Why: no Rust crate tags and normalises dates in running text, and the
//! dossier's timeline rests on them.
//!
//! How: a hand-written rule tagger in the style of HeidelTime and SUTime
//! (see `rules.rs`): one tokenizer pass, a lexicon `match`, then at each
//! candidate token optional modifiers and the longest core rule. Resolution
//! is tense-aware and past-leaning (a bare weekday in a past-tense sentence
//! is the latest such day on or before publication); chained expressions ("a
//! week later", "the next day") resolve against the last date in the text
//! precise enough for them; what cannot be resolved stays open
//! (`XXXX-06-20`).
//!
//! Main entry points: [`tag`] (a [`Document`] with its [`Segments`]) and
//! [`tag_text`] (plain text and an optional anchor value). [`mention::mentions`]
//! groups the TIMEX3s into mentions as a reader sees them ("from 9 to 11am
//! on Monday" as one range, "since tomorrow" with its signal).
//!
//! ```
//! use dossier_model::{Document, Segments};
//! let mut doc = Document::new("a", "a.txt", "Police raided the camp on Tuesday, a week after talks in June.".into());
//! doc.published.value = Some("2023-06-22".into());
//! let timexes = dossier_time::tag(&doc, &Segments::default());
//! let values: Vec<&str> = timexes.iter().map(|t| t.value.as_str()).collect();
//! assert_eq!(values, ["2023-06-20", "P1W", "2023-06"]);
//! ```
#![deny(missing_docs)]

mod calendar;
mod lexicon;
pub mod mention;
mod rules;
mod token;

use dossier_model::{Document, Segments, Span, TextRange, Timex};

/// Finds the temporal expressions of `doc` and resolves them against its
/// publication date (`doc.published.value`), when it has one.
pub fn tag(doc: &Document, segs: &Segments) -> Vec<Timex> {
    let reference = doc.published.value.as_deref();
    let tagged = tag_text(&doc.text, reference, &segs.sentences);
    let phrases = mention::mentions_at(&doc.text, &tagged, reference);
    let mut timexes: Vec<Timex> = tagged
        .into_iter()
        .map(|t| Timex {
            span: Span::of(doc, t.range),
            kind: t.kind,
            value: t.value,
            anchor: t.anchor,
            modifier: t.modifier.map(str::to_string),
            phrase: None,
        })
        .collect();
    // Each mention that a reader sees as more than its TIMEX3 becomes the
    // phrase of every timex it covers.
    for m in phrases {
        let single = m.parts.len() == 1 && timexes.get(m.parts.start).is_some_and(|t| t.span.range() == m.range);
        if single && m.signal.is_none() && matches!(m.resolution, mention::Resolution::Value(_)) {
            continue;
        }
        let (value, range) = match m.resolution {
            mention::Resolution::Value(v) => (Some(v), None),
            mention::Resolution::Range { start, end } => (None, Some([start, end])),
        };
        let phrase = Box::new(dossier_model::TimePhrase {
            start: m.range.start,
            end: m.range.end,
            text: doc.text.slice(m.range.start..m.range.end),
            signal: m.signal.map(|s| s.name().to_string()),
            value,
            range,
        });
        for t in timexes.get_mut(m.parts).into_iter().flatten() {
            t.phrase = Some(phrase.clone());
        }
    }
    timexes
}

/// A temporal expression found in plain text.
#[derive(Clone, Debug, PartialEq)]
pub struct Tagged {
    /// Byte range in the text.
    pub range: TextRange,
    /// DATE, TIME, DURATION or SET.
    pub kind: dossier_model::TimexType,
    /// TIMEX3 value.
    pub value: String,
    /// What the value was resolved against.
    pub anchor: dossier_model::Anchor,
    /// TIMEX3 modifier.
    pub modifier: Option<&'static str>,
}

/// Tags `text`, resolving against `anchor` (a TIMEX3 date value such as
/// `2023-06-29`, `2023-06` or `2023`; other values are ignored). `sentences`
/// (byte ranges) bound the tense cues; pass `&[]` when unknown.
pub fn tag_text(text: &str, anchor: Option<&str>, sentences: &[TextRange]) -> Vec<Tagged> {
    let mut toks = Vec::with_capacity(text.len() / 5 + 1);
    token::tokenize(text, &mut toks);
    // Sentences as token index ranges.
    let mut sent_toks = Vec::with_capacity(sentences.len());
    let mut k = 0;
    for s in sentences {
        while k < toks.len() && toks[k].start < s.start {
            k += 1;
        }
        let a = k;
        while k < toks.len() && toks[k].end <= s.end {
            k += 1;
        }
        sent_toks.push((a, k));
    }
    let doc = anchor.and_then(calendar::parse_val);
    let hits = rules::Tagger::new(text, &toks, doc, &sent_toks).run();
    hits.into_iter()
        .map(|h| Tagged {
            range: TextRange::new(toks[h.start].start, toks[h.end - 1].end),
            kind: h.kind,
            value: h.value,
            anchor: h.anchor,
            modifier: h.modifier,
        })
        .collect()
}

#[cfg(test)]
mod tests;
