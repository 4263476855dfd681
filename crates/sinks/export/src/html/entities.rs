//! The cast section of the report: an index of the entities (type,
//! aliases, mentions), then per entity its mentions per document and the
//! labels each source gives it, side by side; and the marks that paint
//! every mention in the documents' text with the entity's name on hover.

use std::collections::BTreeMap;
use std::fmt::Write;

use dossier_model::{Dossier, Entity, EntityType};

use super::{Mark, Marks, doc_link, escape};

fn type_name(k: EntityType) -> &'static str {
    match k {
        EntityType::Person => "PERSON",
        EntityType::Org => "ORG",
        EntityType::Gpe => "GPE",
        EntityType::Loc => "LOC",
        EntityType::Fac => "FAC",
        EntityType::Norp => "NORP",
        EntityType::Other => "OTHER",
    }
}

pub(super) fn section(d: &Dossier) -> String {
    if d.entities.is_empty() {
        return super::empty("entities");
    }
    let mut s = String::new();
    // Index, grouped by type in a fixed order.
    let order = [
        EntityType::Person,
        EntityType::Org,
        EntityType::Gpe,
        EntityType::Loc,
        EntityType::Fac,
        EntityType::Norp,
        EntityType::Other,
    ];
    s.push_str(
        "<table class=\"cast\"><thead><tr><th>name</th><th>type</th><th>aliases</th>\
<th class=\"num\">mentions</th><th class=\"num\">documents</th></tr></thead><tbody>",
    );
    for kind in order {
        for e in d.entities.iter().filter(|e| e.kind == kind) {
            let docs = per_doc(e);
            let _ = write!(
                s,
                "<tr><td><a href=\"#ent-{id}\">{name}</a></td><td>{t}</td><td>{aliases}</td>\
<td class=\"num\">{m}</td><td class=\"num\">{n}</td></tr>",
                id = escape(&e.id),
                name = escape(&e.name),
                t = type_name(e.kind),
                aliases = escape(&e.aliases.join(", ")),
                m = e.mentions.len(),
                n = docs.len(),
            );
        }
    }
    s.push_str("</tbody></table>");
    // Details: one card per entity that has labels or is named in two or more documents.
    for e in &d.entities {
        let docs = per_doc(e);
        if e.labels.is_empty() && docs.len() < 2 {
            continue;
        }
        let _ = write!(
            s,
            "<div class=\"card\" id=\"ent-{}\"><h3>{} <small>{}</small></h3>",
            escape(&e.id),
            escape(&e.name),
            type_name(e.kind)
        );
        if !e.aliases.is_empty() {
            let _ = write!(s, "<div class=\"meta\"><span><b>also</b> {}</span></div>", escape(&e.aliases.join(" · ")));
        }
        s.push_str(
            "<table><thead><tr><th>document</th><th class=\"num\">mentions</th><th>labels this source uses</th></tr></thead><tbody>",
        );
        for (doc, count) in &docs {
            // Each label this source uses, with how often when more than once.
            let labels: Vec<String> = e
                .labels
                .iter()
                .filter_map(|l| {
                    let k = l.docs.iter().position(|x| x == doc)?;
                    Some(match l.per_doc.get(k) {
                        Some(&n) if n > 1 => format!("{} ×{n}", escape(&l.text)),
                        _ => escape(&l.text),
                    })
                })
                .collect();
            let _ = write!(
                s,
                "<tr><td>{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
                doc_link(d, doc),
                count,
                if labels.is_empty() { "—".to_string() } else { labels.join("; ") }
            );
        }
        s.push_str("</tbody></table></div>");
    }
    s
}

/// Mentions per document, in the dossier's document order.
fn per_doc(e: &Entity) -> Vec<(String, usize)> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut order: Vec<&str> = Vec::new();
    for m in &e.mentions {
        let c = counts.entry(m.doc.as_str()).or_default();
        if *c == 0 {
            order.push(m.doc.as_str());
        }
        *c += 1;
    }
    order.into_iter().map(|doc| (doc.to_string(), counts[doc])).collect()
}

/// Marks this analysis paints on `doc`'s text: every mention, with the
/// entity's name and type on hover.
pub(super) fn marks(d: &Dossier) -> Marks<'_> {
    let mut out = Marks::new();
    for e in &d.entities {
        for m in &e.mentions {
            out.entry(m.doc.as_str()).or_default().push(Mark {
                start: m.start,
                end: m.end,
                class: "entity",
                title: format!("{} ({})", e.name, type_name(e.kind)),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::{Document, Label, Span};

    #[test]
    fn index_and_marks_escape_names() {
        let mut d = Dossier::new("test");
        let doc = Document::new("a", "a.txt", "The <VDF> met.".to_string());
        let span = Span::of(&doc, dossier_model::TextRange::new(4, 9));
        d.documents.push(doc.clone());
        d.entities.push(Entity {
            id: "x1".into(),
            name: "<VDF>".into(),
            kind: EntityType::Org,
            aliases: vec!["V&D".into()],
            mentions: vec![span],
            labels: vec![Label { text: "\"armed\"".into(), docs: vec!["a".into()], count: 2, per_doc: vec![2] }],
        });
        let html = section(&d);
        assert!(html.contains("&lt;VDF&gt;") && !html.contains("<VDF>"));
        assert!(html.contains("V&amp;D") && html.contains("&quot;armed&quot; ×2"));
        let marks = marks(&d).remove(doc.id.as_str()).unwrap();
        assert_eq!(marks.len(), 1);
        assert_eq!((marks[0].start, marks[0].end, marks[0].class), (4, 9, "entity"));
        assert_eq!(marks[0].title, "<VDF> (ORG)");
    }

    #[test]
    fn empty_dossier_says_so() {
        assert!(section(&Dossier::new("t")).contains("No entities"));
    }
}
