//! The reuse section of the report: who borrows from whom (an inline SVG
//! matrix), near-duplicate groups, and every recycled passage once, with
//! where it recurs and how much each copy changed. Its marks paint, on each
//! document's text, the passages seen in an earlier document (`reused`) and
//! the sentences no earlier document carried (`new`).

use std::collections::BTreeMap;
use std::fmt::Write;

use dossier_model::{DocId, Document, Dossier, Passage};

use super::{Mark, Marks, doc_label, doc_link, escape};

/// Most documents the matrix shows; larger corpora get a table of the
/// pairs that share most instead.
const MATRIX_MAX_DOCS: usize = 40;
/// Most passages listed; the rest are counted.
const PASSAGES_SHOWN: usize = 300;

pub(super) fn section(d: &Dossier) -> String {
    let mut s = String::new();
    let groups = duplicate_groups(d);
    if d.passages.is_empty() && groups.is_empty() {
        return super::empty("reused passages");
    }
    let occurrences: usize = d.passages.iter().map(|p| p.occurrences.len()).sum();
    let _ = write!(
        s,
        "<p>{} passages recur across documents ({} occurrences in all). Each is shown once, in the wording of the \
earliest document that published it; similarity says how close each copy stays to that wording.</p>",
        d.passages.len(),
        occurrences
    );
    s.push_str(&matrix(d));
    if !groups.is_empty() {
        s.push_str("<h3>Near-duplicate documents</h3><ul class=\"dups\">");
        for (g, members) in &groups {
            let links: Vec<String> = members.iter().map(|id| doc_link(d, id)).collect();
            let _ = write!(s, "<li><b>{}</b>: {}</li>", escape(g), links.join(", "));
        }
        s.push_str("</ul>");
    }
    if !d.passages.is_empty() {
        s.push_str("<h3>Passages</h3>");
        // Most widespread first, then longest; ties in passage order.
        let mut order: Vec<&Passage> = d.passages.iter().collect();
        order.sort_by(|a, b| b.occurrences.len().cmp(&a.occurrences.len()).then(b.text.len().cmp(&a.text.len())));
        for p in order.iter().take(PASSAGES_SHOWN) {
            s.push_str(&passage_card(d, p));
        }
        if order.len() > PASSAGES_SHOWN {
            let _ =
                write!(s, "<p class=\"empty\">{} more passages are in dossier.json.</p>", order.len() - PASSAGES_SHOWN);
        }
    }
    s
}

/// Near-duplicate groups from the documents' marks, in order of first member.
fn duplicate_groups(d: &Dossier) -> BTreeMap<String, Vec<DocId>> {
    let mut groups: BTreeMap<String, Vec<DocId>> = BTreeMap::new();
    for doc in &d.documents {
        if let Some(g) = &doc.duplicate_group {
            groups.entry(g.clone()).or_default().push(doc.id.clone());
        }
    }
    groups
}

fn passage_card(d: &Dossier, p: &Passage) -> String {
    let mut s = String::new();
    let first = &p.occurrences[0].span;
    let _ = write!(
        s,
        "<div class=\"card passage\" id=\"passage-{}\"><div class=\"meta\"><span><b>{}</b></span>\
<span><b>in</b> {} documents</span><span><b>first in</b> {}</span></div><blockquote>{}</blockquote>",
        escape(&p.id),
        escape(&p.id),
        p.occurrences.len(),
        doc_link(d, &first.doc),
        escape(&p.text)
    );
    s.push_str("<table><tr><th>document</th><th class=\"num\">similarity</th><th>wording</th></tr>");
    for (i, o) in p.occurrences.iter().enumerate() {
        let wording = if i == 0 {
            "canonical".to_string()
        } else if o.span.text == p.text {
            "identical".to_string()
        } else {
            format!("<details><summary>changed</summary>{}</details>", escape(&o.span.text))
        };
        let _ = write!(
            s,
            "<tr><td>{}</td><td class=\"num\">{:.0}%</td><td>{wording}</td></tr>",
            doc_link(d, &o.span.doc),
            o.similarity * 100.0
        );
    }
    s.push_str("</table></div>");
    s
}

/// Documents in publication order: the novelty list's order, then any
/// document it does not name, in input order.
fn publication_order(d: &Dossier) -> Vec<&Document> {
    let mut out: Vec<&Document> = Vec::with_capacity(d.documents.len());
    let mut seen = std::collections::HashSet::new();
    for n in &d.novelty {
        if let Some(doc) = d.documents.iter().find(|x| x.id == n.doc)
            && seen.insert(doc.id.as_str())
        {
            out.push(doc);
        }
    }
    for doc in &d.documents {
        if seen.insert(doc.id.as_str()) {
            out.push(doc);
        }
    }
    out
}

/// Share of each document's text that it shares with each other document:
/// `shares[x][y]` is the part of `x`'s bytes inside occurrences of passages
/// that also occur in `y`.
fn shares(d: &Dossier, docs: &[&Document]) -> Vec<Vec<f64>> {
    let index: BTreeMap<&str, usize> = docs.iter().enumerate().map(|(i, doc)| (doc.id.as_str(), i)).collect();
    let n = docs.len();
    let mut ranges: Vec<Vec<Vec<(usize, usize)>>> = vec![vec![Vec::new(); n]; n];
    for p in &d.passages {
        for a in &p.occurrences {
            let Some(&x) = index.get(a.span.doc.as_str()) else { continue };
            for b in &p.occurrences {
                let Some(&y) = index.get(b.span.doc.as_str()) else { continue };
                if x != y {
                    ranges[x][y].push((a.span.start, a.span.end));
                }
            }
        }
    }
    ranges
        .into_iter()
        .enumerate()
        .map(|(x, row)| {
            let len = docs[x].text.len().max(1) as f64;
            row.into_iter().map(|r| union_len(r) as f64 / len).collect()
        })
        .collect()
}

fn union_len(mut r: Vec<(usize, usize)>) -> usize {
    r.sort_unstable();
    let (mut total, mut end) = (0, 0);
    for (a, b) in r {
        let a = a.max(end);
        if b > a {
            total += b - a;
            end = b;
        }
    }
    total
}

/// The borrowing matrix: row document, column document, colour by the share
/// of the row's text also found in the column's. Cells where the column was
/// published earlier are what the row borrowed (accent colour); cells where
/// it was published later are what the row lent (grey).
fn matrix(d: &Dossier) -> String {
    let docs = publication_order(d);
    let n = docs.len();
    if n < 2 {
        return String::new();
    }
    let share = shares(d, &docs);
    if n > MATRIX_MAX_DOCS {
        // Too many documents to draw: the pairs that share most.
        let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
        for (x, row) in share.iter().enumerate() {
            for (y, &v) in row.iter().enumerate().take(x) {
                if v > 0.0 {
                    pairs.push((v, x, y));
                }
            }
        }
        pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let mut s = String::from(
            "<h3>Who borrows from whom</h3><table><tr><th>document</th><th class=\"num\">share of its text</th>\
<th>found earlier in</th></tr>",
        );
        for (v, x, y) in pairs.iter().take(30) {
            let _ = write!(
                s,
                "<tr><td>{}</td><td class=\"num\">{:.0}%</td><td>{}</td></tr>",
                doc_link(d, &docs[*x].id),
                v * 100.0,
                doc_link(d, &docs[*y].id)
            );
        }
        s.push_str("</table>");
        return s;
    }
    let cell = 18;
    let margin = 28;
    let size = margin + cell * n;
    let mut s = String::from("<h3>Who borrows from whom</h3>");
    let _ = write!(
        s,
        "<figure class=\"matrix\"><svg width=\"{size}\" height=\"{size}\" \
viewBox=\"0 0 {size} {size}\" role=\"img\" aria-label=\"Share of each document's text found in each other document\">"
    );
    for (i, _) in docs.iter().enumerate() {
        let c = margin + cell * i + cell / 2;
        let _ = write!(
            s,
            "<text x=\"{c}\" y=\"{}\" font-size=\"10\" text-anchor=\"middle\">{}</text>\
<text x=\"{}\" y=\"{}\" font-size=\"10\" text-anchor=\"end\">{}</text>",
            margin - 8,
            i + 1,
            margin - 4,
            c + 4,
            i + 1
        );
    }
    for x in 0..n {
        for y in 0..n {
            let (px, py) = (margin + cell * y, margin + cell * x);
            if x == y {
                let _ = write!(s, "<rect x=\"{px}\" y=\"{py}\" width=\"{cell}\" height=\"{cell}\" fill=\"#d8d4ca\"/>");
                continue;
            }
            let v = share[x][y];
            let (fill, verb) = if y < x { ("138,59,18", "borrows") } else { ("95,107,118", "lends") };
            let opacity = if v > 0.0 { 0.12 + 0.88 * v.min(1.0) } else { 0.04 };
            let title = format!(
                "{} {verb} {:.0}% of its text {} {} (published {})",
                doc_label(d, &docs[x].id),
                v * 100.0,
                if y < x { "from" } else { "to" },
                doc_label(d, &docs[y].id),
                if y < x { "earlier" } else { "later" }
            );
            let _ = write!(
                s,
                "<rect x=\"{px}\" y=\"{py}\" width=\"{}\" height=\"{}\" fill=\"rgb({fill})\" fill-opacity=\"{opacity:.2}\">\
<title>{}</title></rect>",
                cell - 1,
                cell - 1,
                escape(&title)
            );
        }
    }
    s.push_str(
        "</svg><figcaption>Row document against column document, in publication order: the darker the cell, the \
larger the share of the row's text also found in the column's. Brown: the column was published earlier (what the \
row borrowed); grey: later (what the row lent).</figcaption><ol class=\"matrix-key\">",
    );
    for doc in &docs {
        let _ = write!(s, "<li>{}</li>", doc_link(d, &doc.id));
    }
    s.push_str("</ol></figure>");
    s
}

/// Marks this analysis paints on `doc`'s text: passages it shares with an
/// earlier document (every occurrence but the canonical one), and the
/// sentences that are new in it.
pub(super) fn marks(d: &Dossier) -> Marks<'_> {
    let labels: std::collections::BTreeMap<&str, String> = d
        .documents
        .iter()
        .map(|doc| (doc.id.as_str(), doc.title.clone().unwrap_or_else(|| doc.id.to_string())))
        .collect();
    let mut out = Marks::new();
    for p in &d.passages {
        let Some(canonical) = p.occurrences.first().map(|o| &o.span) else { continue };
        let first_in = labels.get(canonical.doc.as_str()).map_or(canonical.doc.as_str(), String::as_str);
        for o in p.occurrences.iter().skip(1) {
            out.entry(o.span.doc.as_str()).or_default().push(Mark {
                start: o.span.start,
                end: o.span.end,
                class: "reused",
                title: format!("{}: first in {}, similarity {:.0}%", p.id, first_in, o.similarity * 100.0),
            });
        }
    }
    for n in &d.novelty {
        for s in &n.new {
            out.entry(n.doc.as_str()).or_default().push(Mark {
                start: s.start,
                end: s.end,
                class: "new",
                title: "new in this document".into(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::{Novelty, Occurrence, Span};

    fn dossier() -> Dossier {
        let mut d = Dossier::new("dossier test");
        let shared = "The old <pier> was rebuilt in 1921.";
        for (id, text) in [("a", format!("{shared} First.")), ("b", format!("Second. {shared}"))] {
            d.documents.push(Document::new(id, format!("{id}.txt"), text));
        }
        let span =
            |doc: &Document, start: usize| Span::of(doc, dossier_model::TextRange::new(start, start + shared.len()));
        d.passages.push(Passage {
            id: "p1".into(),
            text: shared.into(),
            occurrences: vec![
                Occurrence { span: span(&d.documents[0], 0), similarity: 1.0 },
                Occurrence { span: span(&d.documents[1], 8), similarity: 1.0 },
            ],
        });
        let new_b = Span::of(&d.documents[1], dossier_model::TextRange::new(0, 7));
        d.novelty = vec![
            Novelty { doc: "a".into(), new: vec![], new_fraction: 1.0 },
            Novelty { doc: "b".into(), new: vec![new_b], new_fraction: 0.16 },
        ];
        d
    }

    #[test]
    fn section_lists_the_passage_once_escaped_with_a_matrix() {
        let d = dossier();
        let html = section(&d);
        assert_eq!(html.matches("id=\"passage-p1\"").count(), 1);
        assert!(html.contains("&lt;pier&gt;") && !html.contains("<pier>"));
        assert!(html.contains("<svg") && html.contains("borrows 81%"), "{html}");
        assert!(section(&Dossier::new("x")).contains("No reused passages"));
    }

    #[test]
    fn marks_paint_later_copies_and_new_sentences() {
        let d = dossier();
        let a = marks(&d).remove(d.documents[0].id.as_str()).unwrap_or_default();
        assert!(a.iter().all(|m| m.class != "reused"), "the canonical copy is not reused");
        let b = marks(&d).remove(d.documents[1].id.as_str()).unwrap_or_default();
        let classes: Vec<(&str, usize, usize)> = b.iter().map(|m| (m.class, m.start, m.end)).collect();
        assert_eq!(classes, [("reused", 8, 43), ("new", 0, 7)]);
    }
}
