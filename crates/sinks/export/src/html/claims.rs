//! The claims section of the report: conflicts first, each with its note
//! and the sentences of the claims in it; then every claim in a table
//! (figure, what it counts, source, document, sentence). Claims are painted
//! on the documents' text with the class `claim`.

use std::fmt::Write;

use dossier_model::{Claim, ConflictKind, Dossier, Quantity};

use super::{Mark, Marks, doc_link, escape};

/// The figure as written, else rebuilt from the value.
fn figure(q: &Quantity) -> String {
    if let Some(t) = &q.text {
        return t.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    let v = q.value.map_or_else(|| "?".to_string(), |v| format!("{v}"));
    let mut s = String::new();
    if let Some(qual) = &q.qualifier {
        s.push_str(qual);
        s.push(' ');
    }
    s.push_str(&v);
    if let Some(u) = &q.unit {
        s.push(' ');
        s.push_str(u);
    }
    s
}

fn bounds(q: &Quantity) -> String {
    match (q.low, q.high) {
        (None, None) => String::new(),
        (Some(l), None) => format!("≥ {l}"),
        (None, Some(h)) => format!("≤ {h}"),
        (Some(l), Some(h)) if l == h => String::new(),
        (Some(l), Some(h)) => format!("{l} – {h}"),
    }
}

fn source(c: &Claim) -> String {
    let mut s = match &c.source.name {
        Some(n) => escape(n),
        None => "<span class=\"empty\">unattributed</span>".to_string(),
    };
    if let Some(cue) = &c.source.cue {
        let _ = write!(s, " <small>({})</small>", escape(cue));
    }
    if c.source.anonymous {
        s.push_str(" <small>anonymous</small>");
    }
    if let Some(e) = &c.source.entity {
        let _ = write!(s, " <small>{}</small>", escape(e));
    }
    s
}

pub(super) fn section(d: &Dossier) -> String {
    if d.claims.is_empty() && d.conflicts.is_empty() {
        return super::empty("claims");
    }
    let mut s = String::new();
    if !d.conflicts.is_empty() {
        let _ = write!(s, "<h3>Conflicts ({})</h3>", d.conflicts.len());
        for k in &d.conflicts {
            let kind = match k.kind {
                ConflictKind::Values => "figures disagree",
                ConflictKind::Sources => "same figure, different sources",
            };
            let _ = write!(
                s,
                "<div class=\"card conflict\" id=\"conflict-{}\"><p><b>{}</b> <small>{} · {}</small></p><p>{}</p><ul>",
                escape(&k.id),
                escape(&k.about),
                escape(&k.id),
                kind,
                escape(&k.note)
            );
            for id in &k.claims {
                let Some(c) = d.claims.iter().find(|c| &c.id == id) else { continue };
                let _ = write!(
                    s,
                    "<li><a href=\"#claim-{}\">{}</a> <b>{}</b> — {} in {}: <q>{}</q></li>",
                    escape(&c.id),
                    escape(&c.id),
                    escape(&figure(&c.quantity)),
                    source(c),
                    doc_link(d, &c.span.doc),
                    escape(&c.span.text)
                );
            }
            s.push_str("</ul></div>");
        }
    }
    let _ = write!(
        s,
        "<h3>Claims ({})</h3><table><thead><tr><th>id</th><th class=\"num\">figure</th><th>bounds</th>\
<th>what it counts</th><th>source</th><th>document</th><th>sentence</th></tr></thead><tbody>",
        d.claims.len()
    );
    for c in &d.claims {
        let in_conflict = d.conflicts.iter().any(|k| k.kind == ConflictKind::Values && k.claims.contains(&c.id));
        let _ = write!(
            s,
            "<tr id=\"claim-{}\"{}><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&c.id),
            if in_conflict { " class=\"conflict\"" } else { "" },
            escape(&c.id),
            escape(&figure(&c.quantity)),
            escape(&bounds(&c.quantity)),
            escape(&c.about),
            source(c),
            doc_link(d, &c.span.doc),
            escape(&c.span.text)
        );
    }
    s.push_str("</tbody></table>");
    s.push_str(&statements(d));
    s
}

/// Every attributed statement, numeric or not: who says what, where.
fn statements(d: &Dossier) -> String {
    let mut s = String::new();
    if d.statements.is_empty() {
        return s;
    }
    let _ = write!(
        s,
        "<h3>Attributed statements ({})</h3><table><thead><tr><th>source</th><th>cue</th><th>statement</th>\
<th>document</th></tr></thead><tbody>",
        d.statements.len()
    );
    for st in &d.statements {
        let who = st.source.name.as_deref().unwrap_or("unnamed source");
        let _ = write!(
            s,
            "<tr><td>{}</td><td>{}</td><td>{}{}</td><td>{}</td></tr>",
            escape(who),
            escape(st.source.cue.as_deref().unwrap_or("")),
            if st.quote { "<span class=\"why\">quote</span> " } else { "" },
            escape(&st.span.text),
            doc_link(d, &st.span.doc)
        );
    }
    s.push_str("</tbody></table>");
    s
}

/// Marks this analysis paints on `doc`'s text: each claim's figure (or its
/// clause when the figure cannot be found in it).
pub(super) fn marks(d: &Dossier) -> Marks<'_> {
    let texts: std::collections::BTreeMap<&str, &str> =
        d.documents.iter().map(|doc| (doc.id.as_str(), doc.text.as_str())).collect();
    let mut out = Marks::new();
    for c in &d.claims {
        let Some(text) = texts.get(c.span.doc.as_str()) else { continue };
        let (mut start, mut end) = (c.span.start, c.span.end);
        if let Some(t) = &c.quantity.text
            && let Some(pos) = c.span.text.find(t.as_str())
        {
            start = c.span.start + pos;
            end = start + t.len();
        }
        if end > text.len() || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        let who = c.source.name.as_deref().unwrap_or("unattributed");
        out.entry(c.span.doc.as_str()).or_default().push(Mark {
            start,
            end,
            class: "claim",
            title: format!("{} · {} · {}", c.id, c.about, who),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use dossier_model::{Claim, Conflict, ConflictKind, Document, Dossier, Quantity, Source, Span};

    #[test]
    fn conflicts_come_first_and_text_is_escaped() {
        let mut d = Dossier::new("dossier test");
        let text = "Police said <i>2</i> died.".to_string();
        d.documents.push(Document::new("a", "a.txt", text.clone()));
        let claim = Claim {
            span: Span { doc: "a".into(), start: 0, end: text.len(), text: text.clone().into() },
            id: "c1".into(),
            quantity: Quantity { value: Some(2.0), text: Some("2".into()), ..Quantity::default() },
            about: "people <killed>".into(),
            source: Source { name: Some("Police & co".into()), ..Source::default() },
            key: String::new(),
            agent: None,
        };
        d.claims.push(claim);
        d.conflicts.push(Conflict {
            id: "k1".into(),
            claims: vec!["c1".into()],
            about: "people <killed>".into(),
            note: "a <note>".into(),
            kind: ConflictKind::Values,
        });
        let html = super::section(&d);
        assert!(html.find("Conflicts").unwrap() < html.find("<table>").unwrap());
        assert!(!html.contains("<i>2</i>") && !html.contains("<killed>") && !html.contains("<note>"));
        assert!(html.contains("Police &amp; co") && html.contains("href=\"#claim-c1\""));
        let marks = super::marks(&d).remove("a").unwrap();
        assert_eq!(marks.len(), 1);
        assert_eq!(&text[marks[0].start..marks[0].end], "2");
        assert_eq!(marks[0].class, "claim");
    }
}
