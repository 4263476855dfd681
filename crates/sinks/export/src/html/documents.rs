//! The documents section: each document's metadata, cleaned text with the
//! marks every analysis contributes, and the lines cleaning removed.

use std::fmt::Write;

use dossier_model::{Document, Dossier};

use super::{Mark, claims, entities, escape, reuse, timeline};

pub(super) fn section(d: &Dossier) -> String {
    if d.documents.is_empty() {
        return super::empty("documents");
    }
    let mut s = String::from(
        "<p class=\"legend\"><span class=\"new\">new in this document</span><span class=\"reused\">seen earlier</span>\
<span class=\"timex\">date or time</span><span class=\"entity\">named entity</span><span class=\"claim\">claim</span></p>",
    );
    let mut by_section = [reuse::marks(d), timeline::marks(d), entities::marks(d), claims::marks(d)];
    for doc in &d.documents {
        let mut marks = Vec::new();
        for section in &mut by_section {
            marks.extend(section.remove(doc.id.as_str()).unwrap_or_default());
        }
        s.push_str(&card(doc, &marks));
    }
    s
}

fn card(doc: &Document, marks: &[Mark]) -> String {
    let mut s = String::new();
    let _ = write!(s, "<article class=\"card\" id=\"doc-{}\">", escape(&doc.id));
    let _ = write!(s, "<h3>{}</h3><div class=\"meta\">", escape(&super::display_title(doc)));
    let _ = write!(s, "<span><b>id</b> {}</span>", escape(&doc.id));
    if let Some(o) = &doc.outlet {
        let _ = write!(s, "<span><b>outlet</b> {}</span>", escape(o));
    }
    match (&doc.published.value, &doc.published.source) {
        (Some(v), Some(src)) => {
            let _ = write!(s, "<span><b>published</b> {} ({})</span>", escape(v), format!("{src:?}").to_lowercase());
        }
        _ => s.push_str("<span><b>published</b> unknown</span>"),
    }
    if let Some(a) = &doc.author {
        let _ = write!(s, "<span><b>by</b> {}</span>", escape(a));
    }
    if let Some(u) = &doc.url {
        // Shown, not linked: the report makes no network requests.
        let _ = write!(s, "<span><b>url</b> {}</span>", escape(u));
    }
    let _ = write!(s, "<span><b>file</b> {}</span>", escape(&doc.path));
    if let Some(g) = &doc.duplicate_group {
        let _ = write!(s, "<span><b>near-duplicate group</b> {}</span>", escape(g));
    }
    s.push_str("</div>");
    s.push_str(&marked_text(&doc.text, marks));
    if !doc.removed.is_empty() {
        let _ = write!(
            s,
            "<details><summary>{} lines removed by cleaning</summary><ul class=\"removed\">",
            doc.removed.len()
        );
        for r in &doc.removed {
            let _ = write!(s, "<li>{}<span class=\"why\">{}</span></li>", escape(&r.text), escape(&r.reason));
        }
        s.push_str("</ul></details>");
    }
    s.push_str("</article>");
    s
}

/// Paints possibly overlapping marks onto `text`, paragraph by paragraph.
///
/// Overlaps are flattened: the text is cut at every mark boundary, and each
/// piece gets the classes and hover texts of all marks covering it, so
/// nesting never produces crossed tags.
fn marked_text(text: &str, marks: &[Mark]) -> String {
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for m in marks {
        if m.start < m.end && m.end <= text.len() && text.is_char_boundary(m.start) && text.is_char_boundary(m.end) {
            cuts.push(m.start);
            cuts.push(m.end);
        }
    }
    for (i, _) in text.match_indices("\n\n") {
        cuts.push(i);
    }
    cuts.sort_unstable();
    cuts.dedup();
    // Which marks cover each piece, found by binary search per mark: a scan
    // of every mark per piece is quadratic in a heavily marked document.
    let mut covering_piece: Vec<Vec<&Mark>> = vec![Vec::new(); cuts.len().saturating_sub(1)];
    for m in marks {
        if m.start >= m.end {
            continue;
        }
        let (Ok(first), Ok(last)) = (cuts.binary_search(&m.start), cuts.binary_search(&m.end)) else { continue };
        for piece in &mut covering_piece[first..last] {
            piece.push(m);
        }
    }
    let mut s = String::from("<div class=\"text\"><p>");
    for (w, covering) in cuts.windows(2).zip(covering_piece) {
        let (a, b) = (w[0], w[1]);
        let piece = &text[a..b];
        if piece.starts_with("\n\n") {
            s.push_str("</p><p>");
            s.push_str(&escape(piece.trim_start_matches('\n')));
            continue;
        }
        if covering.is_empty() {
            s.push_str(&escape(piece));
        } else {
            let mut classes: Vec<&str> = covering.iter().map(|m| m.class).collect();
            classes.sort_unstable();
            classes.dedup();
            let titles: Vec<&str> = covering.iter().map(|m| m.title.as_str()).filter(|t| !t.is_empty()).collect();
            let _ = write!(
                s,
                "<mark class=\"{}\" title=\"{}\">{}</mark>",
                classes.join(" "),
                escape(&titles.join(" · ")),
                escape(piece)
            );
        }
    }
    s.push_str("</p></div>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_marks_do_not_cross_tags() {
        let marks = vec![
            Mark { start: 0, end: 8, class: "entity", title: "x1".into() },
            Mark { start: 4, end: 12, class: "timex", title: "2023".into() },
        ];
        let html = marked_text("abcdefghijklmnop", &marks);
        assert_eq!(
            html,
            "<div class=\"text\"><p><mark class=\"entity\" title=\"x1\">abcd</mark>\
<mark class=\"entity timex\" title=\"x1 · 2023\">efgh</mark><mark class=\"timex\" title=\"2023\">ijkl</mark>mnop</p></div>"
        );
    }

    #[test]
    fn paragraphs_become_p_elements() {
        assert_eq!(marked_text("a<\n\nb", &[]), "<div class=\"text\"><p>a&lt;</p><p>b</p></div>");
    }
}
