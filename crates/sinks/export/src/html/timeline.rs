//! The timeline section of the report: dated events in date order with the
//! documents that report them, then the statements whose dates stay open
//! ("on Friday" in an undated article), and the publication dates with
//! their provenance. Each timex is marked in the document text with its
//! value on hover.

use std::fmt::Write;

use dossier_model::{DateSource, Dossier, TimexType};

use super::{Mark, Marks, doc_link, escape};

pub(super) fn section(d: &Dossier) -> String {
    let mut s = String::new();
    s.push_str(&published(d));
    if d.events.is_empty() {
        s.push_str(&super::empty("dated events"));
    } else {
        s.push_str(
            "<table class=\"timeline\"><thead><tr><th>when</th><th>what</th><th>reported by</th></tr></thead><tbody>",
        );
        for e in &d.events {
            let when = match (&e.date.earliest, &e.date.latest) {
                (Some(a), Some(b)) if a == b => escape(a),
                (Some(a), Some(b)) => {
                    format!("{}<br><small>{} – {}</small>", escape(&e.date.value), escape(a), escape(b))
                }
                _ => escape(&e.date.value),
            };
            let mut sources = String::new();
            let mut seen: Vec<&str> = Vec::new();
            for m in &e.mentions {
                if seen.contains(&m.doc.as_str()) {
                    continue;
                }
                seen.push(&m.doc);
                let _ = write!(sources, "<li>{}</li>", doc_link(d, &m.doc));
            }
            let mut quotes = String::new();
            if e.mentions.len() > 1 {
                quotes.push_str("<details><summary>wordings</summary><ul>");
                for m in &e.mentions {
                    let _ = write!(quotes, "<li>{} <small>({})</small></li>", escape(&m.text), escape(&m.doc));
                }
                quotes.push_str("</ul></details>");
            }
            let _ = write!(
                s,
                "<tr id=\"{id}\"><td class=\"when\">{when}</td><td>{summary}{quotes}</td><td><ul class=\"srcs\">{sources}</ul></td></tr>",
                id = escape(&e.id),
                summary = escape(&e.summary),
            );
        }
        s.push_str("</tbody></table>");
    }
    s.push_str(&undated(d));
    s
}

/// Publication dates, with where each came from.
fn published(d: &Dossier) -> String {
    if d.documents.is_empty() {
        return String::new();
    }
    let mut s = String::from(
        "<h3>Publication dates</h3><table class=\"pubdates\"><thead><tr><th>document</th><th>date</th><th>source</th><th>evidence</th></tr></thead><tbody>",
    );
    for doc in &d.documents {
        let p = &doc.published;
        let source = match p.source {
            Some(DateSource::Metadata) => "metadata".to_string(),
            Some(DateSource::Text) => "text".to_string(),
            Some(DateSource::Inferred) => match p.confidence {
                Some(c) => format!("inferred ({c:.2})"),
                None => "inferred".to_string(),
            },
            None => "unknown".to_string(),
        };
        let _ = write!(
            s,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            doc_link(d, &doc.id),
            escape(p.value.as_deref().unwrap_or("—")),
            escape(&source),
            escape(p.method.as_deref().unwrap_or(""))
        );
    }
    s.push_str("</tbody></table>");
    s
}

/// Sentences whose temporal expressions stay open, one per sentence.
fn undated(d: &Dossier) -> String {
    let mut rows = String::new();
    let mut n = 0;
    for t in &d.timexes {
        let open = t.value.contains('X') && matches!(t.kind, TimexType::Date | TimexType::Time);
        if !open {
            continue;
        }
        let Some(doc) = d.documents.iter().find(|doc| doc.id == t.span.doc) else { continue };
        let (a, b) = sentence_around(&doc.text, t.span.start, t.span.end);
        n += 1;
        let _ = write!(
            rows,
            "<li>{}<mark class=\"timex\" title=\"{}\">{}</mark>{} <small>— {} ({})</small></li>",
            escape(&doc.text[a..t.span.start]),
            escape(&t.value),
            escape(&t.span.text),
            escape(&doc.text[t.span.end..b]),
            doc_link(d, &doc.id),
            escape(&t.value)
        );
    }
    if n == 0 {
        return String::new();
    }
    format!(
        "<h3>Undated statements</h3><p class=\"meta\">Their dates stay open: nothing in the corpus fixes them.</p><ul class=\"undated\">{rows}</ul>"
    )
}

/// The line-bounded sentence around a byte range: back to the previous
/// sentence end or line break, forward to the next.
fn sentence_around(text: &str, start: usize, end: usize) -> (usize, usize) {
    let before = &text[..start];
    let a = before.rfind(['\n', '.', '!', '?']).map(|p| p + 1).unwrap_or(0);
    let after = &text[end..];
    let b = after.find(['\n', '.', '!', '?']).map(|p| end + p + 1).unwrap_or(text.len());
    let b = b.min(text.len());
    // `find`/`rfind` on ASCII bytes keep these on char boundaries.
    (a, b)
}

/// Marks this analysis paints on `doc`'s text: each timex, with its value
/// (and modifier) on hover.
pub(super) fn marks(d: &Dossier) -> Marks<'_> {
    let mut out = Marks::new();
    for t in d.timexes.iter().filter(|t| t.span.start < t.span.end) {
        out.entry(t.span.doc.as_str()).or_default().push({
            let kind = match t.kind {
                TimexType::Date => "DATE",
                TimexType::Time => "TIME",
                TimexType::Duration => "DURATION",
                TimexType::Set => "SET",
            };
            let mut title = match &t.modifier {
                Some(m) => format!("{kind} {} ({m})", t.value),
                None => format!("{kind} {}", t.value),
            };
            // The phrase it is read in, when that says more: "from 1980 to
            // 1988" is the range 1980 to 1988, "since 2016" from 2016 on.
            if let Some(p) = &t.phrase {
                let meaning = match (&p.range, &p.value) {
                    (Some([a, b]), _) => format!("{a} to {b}"),
                    (None, Some(v)) => v.clone(),
                    (None, None) => String::new(),
                };
                let signal = p.signal.as_deref().map(|s| s.replace('_', " ")).unwrap_or_default();
                let _ = write!(title, "; in \u{201c}{}\u{201d}: {signal} {meaning}", p.text);
                title = title.replace(":  ", ": ");
            }
            Mark { start: t.span.start, end: t.span.end, class: "timex", title }
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::{Anchor, Document, Event, EventDate, Span, Timex};

    #[test]
    fn timeline_lists_events_and_escapes_text() {
        let mut d = Dossier::new("dossier test");
        let doc = Document::new("a", "a.txt", "<b>Riot</b> on June 2. Talks on Friday.".into());
        d.timexes.push(Timex {
            span: Span { doc: "a".into(), start: 15, end: 21, text: "June 2".into() },
            kind: TimexType::Date,
            value: "2021-06-02".into(),
            anchor: Anchor::Document,
            modifier: None,
            phrase: None,
        });
        d.timexes.push(Timex {
            span: Span { doc: "a".into(), start: 32, end: 38, text: "Friday".into() },
            kind: TimexType::Date,
            value: "XXXX-WXX-5".into(),
            anchor: Anchor::None,
            modifier: None,
            phrase: None,
        });
        d.events.push(Event {
            id: "e1".into(),
            date: EventDate {
                value: "2021-06-02".into(),
                earliest: Some("2021-06-02".into()),
                latest: Some("2021-06-02".into()),
            },
            summary: "<b>Riot</b> on June 2.".into(),
            mentions: vec![Span { doc: "a".into(), start: 0, end: 22, text: "<b>Riot</b> on June 2.".into() }],
        });
        d.documents.push(doc.clone());
        let html = section(&d);
        assert!(html.contains("2021-06-02"));
        assert!(!html.contains("<b>Riot"));
        assert!(html.contains("Undated statements"));
        let m = marks(&d).remove(doc.id.as_str()).unwrap();
        assert_eq!(m.len(), 2);
        assert_eq!(m[0].class, "timex");
        assert_eq!(m[1].title, "DATE XXXX-WXX-5");
    }

    #[test]
    fn a_timex_read_in_a_phrase_shows_the_phrase_on_hover() {
        let mut d = Dossier::new("dossier test");
        let doc = Document::new("a", "a.txt", "Fighting went on from 1980 to 1988.".into());
        let phrase = dossier_model::TimePhrase {
            start: 17,
            end: 34,
            text: doc.text.slice(17..34),
            signal: Some("from".into()),
            value: None,
            range: Some(["1980".into(), "1988".into()]),
        };
        d.timexes.push(Timex {
            span: Span::of(&doc, dossier_model::TextRange::new(22, 26)),
            kind: TimexType::Date,
            value: "1980".into(),
            anchor: Anchor::None,
            modifier: None,
            phrase: Some(Box::new(phrase)),
        });
        d.documents.push(doc.clone());
        let m = marks(&d).remove(doc.id.as_str()).unwrap();
        assert_eq!(m[0].title, "DATE 1980; in \u{201c}from 1980 to 1988\u{201d}: from 1980 to 1988");
    }
}
