//! The HTML report: one self-contained page (no network, no external
//! assets), every piece of input text escaped.
//!
//! Each analysis owns one section module here, and may contribute
//! [`Mark`]s that the documents section paints onto the cleaned text.
//! Sections are independent so that each analysis can grow its view
//! without touching the others.

mod claims;
mod documents;
mod entities;
mod reuse;
mod timeline;

use std::fmt::Write;

use dossier_model::Dossier;

/// A highlighted stretch of one document's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    /// First byte in the document's text.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// CSS class (`timex`, `entity`, `reused`, `new`, `claim`).
    pub class: &'static str,
    /// Hover text.
    pub title: String,
}

/// Marks per document id, as each analysis section returns them: computed
/// once for the whole dossier, because a per-document scan of every
/// entity, claim or passage is quadratic on large corpora.
pub type Marks<'a> = std::collections::BTreeMap<&'a str, Vec<Mark>>;

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// How much of a large dossier the report shows. A report is read by a
/// person: past a few hundred documents the full texts make a page of
/// hundreds of megabytes that no browser opens, so the report shows the
/// first documents and the most important items, says so at the top, and
/// leaves the whole to `dossier.json`.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Documents shown with their full text.
    pub documents: usize,
    /// Passages shown, most widespread first.
    pub passages: usize,
    /// Timeline events shown, in timeline order.
    pub events: usize,
    /// Entities shown, most mentioned first.
    pub entities: usize,
    /// Conflicts shown, with their claims.
    pub conflicts: usize,
    /// Claims shown besides those in the shown conflicts.
    pub claims: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { documents: 300, passages: 500, events: 1000, entities: 500, conflicts: 300, claims: 1000 }
    }
}

/// The part of `d` the report shows under `limits`, with a note of what
/// was left out; the dossier itself when everything fits.
fn view(d: &Dossier, limits: Limits) -> (std::borrow::Cow<'_, Dossier>, Option<String>) {
    use std::collections::BTreeSet;
    let fits = d.documents.len() <= limits.documents
        && d.passages.len() <= limits.passages
        && d.events.len() <= limits.events
        && d.entities.len() <= limits.entities
        && d.conflicts.len() <= limits.conflicts
        && d.claims.len() <= limits.claims;
    if fits {
        return (std::borrow::Cow::Borrowed(d), None);
    }
    let mut v = Dossier::new(d.generator.clone());
    v.format = d.format;
    v.skipped = d.skipped.clone();
    v.documents = d.documents.iter().take(limits.documents).cloned().collect();
    let shown: BTreeSet<&str> = v.documents.iter().map(|doc| doc.id.as_str()).collect();
    let mut passages: Vec<&dossier_model::Passage> = d.passages.iter().collect();
    passages.sort_by_key(|p| std::cmp::Reverse(p.occurrences.len()));
    v.passages = passages.into_iter().take(limits.passages).cloned().collect();
    v.novelty = d.novelty.iter().filter(|n| shown.contains(n.doc.as_str())).cloned().collect();
    v.timexes = d.timexes.iter().filter(|t| shown.contains(t.span.doc.as_str())).cloned().collect();
    v.statements = d.statements.iter().filter(|t| shown.contains(t.span.doc.as_str())).cloned().collect();
    v.events = d.events.iter().take(limits.events).cloned().collect();
    v.entities = d.entities.iter().take(limits.entities).cloned().collect();
    v.conflicts = d.conflicts.iter().take(limits.conflicts).cloned().collect();
    let in_conflicts: BTreeSet<&str> = v.conflicts.iter().flat_map(|k| k.claims.iter().map(String::as_str)).collect();
    let mut extra = 0;
    v.claims = d
        .claims
        .iter()
        .filter(|c| {
            let keep = in_conflicts.contains(c.id.as_str()) || extra < limits.claims;
            if keep && !in_conflicts.contains(c.id.as_str()) {
                extra += 1;
            }
            keep
        })
        .cloned()
        .collect();
    let note = format!(
        "This corpus is large, so this page shows part of it: {} of {} documents with their text, {} of {} reused passages (most widespread first), {} of {} events, {} of {} entities (most mentioned first), {} of {} conflicts and {} of {} claims. Everything is in dossier.json.",
        v.documents.len(),
        d.documents.len(),
        v.passages.len(),
        d.passages.len(),
        v.events.len(),
        d.events.len(),
        v.entities.len(),
        d.entities.len(),
        v.conflicts.len(),
        d.conflicts.len(),
        v.claims.len(),
        d.claims.len()
    );
    (std::borrow::Cow::Owned(v), Some(note))
}

/// Renders the whole report, showing at most the default [`Limits`].
pub fn render(d: &Dossier) -> String {
    render_with(d, Limits::default())
}

/// Renders the report, showing at most `limits` of a large dossier.
pub fn render_with(full: &Dossier, limits: Limits) -> String {
    let (d, partial) = view(full, limits);
    let d: &Dossier = &d;
    let mut body = String::new();
    if let Some(note) = partial {
        let _ = writeln!(body, "<p class=\"partial\">{}</p>", escape(&note));
    }
    let sections: [(&str, &str, String); 6] = [
        ("overview", "Overview", overview(full)),
        ("timeline", "Timeline", timeline::section(d)),
        ("claims", "Claims and conflicts", claims::section(d)),
        ("entities", "Cast", entities::section(d)),
        ("passages", "Reused passages", reuse::section(d)),
        ("documents", "Documents", documents::section(d)),
    ];
    let mut nav = String::new();
    for (id, name, html) in &sections {
        let _ = write!(nav, "<a href=\"#{id}\">{name}</a>");
        let _ = writeln!(body, "<section id=\"{id}\"><h2>{name}</h2>{html}</section>");
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\
<title>Dossier — {} documents</title><style>{CSS}</style></head>\n<body><header><h1>Dossier</h1>\
<p class=\"gen\">{}</p><nav>{nav}</nav></header><main>\n{body}</main></body></html>\n",
        full.documents.len(),
        escape(&d.generator)
    )
}

fn overview(d: &Dossier) -> String {
    let mut s = String::from("<dl class=\"stats\">");
    let rows = [
        ("documents", d.documents.len()),
        ("skipped inputs", d.skipped.len()),
        ("reused passages", d.passages.len()),
        ("events", d.events.len()),
        ("entities", d.entities.len()),
        ("claims", d.claims.len()),
        ("conflicts", d.conflicts.len()),
    ];
    for (k, v) in rows {
        let _ = write!(s, "<div><dt>{k}</dt><dd>{v}</dd></div>");
    }
    s.push_str("</dl>");
    if !d.skipped.is_empty() {
        s.push_str("<h3>Skipped inputs</h3><ul class=\"skipped\">");
        for sk in &d.skipped {
            let _ = write!(s, "<li><code>{}</code>: {}</li>", escape(&sk.path), escape(&sk.reason));
        }
        s.push_str("</ul>");
    }
    s
}

/// Title of a document for display: its title, else its id.
#[allow(dead_code)] // used by the analysis sections as they are built
pub(crate) fn doc_label(d: &Dossier, id: &str) -> String {
    d.documents
        .iter()
        .find(|doc| doc.id == id)
        .map(|doc| doc.title.clone().unwrap_or_else(|| doc.id.to_string()))
        .unwrap_or_else(|| id.to_string())
}

/// A link to a document's card in the documents section.
#[allow(dead_code)] // used by the analysis sections as they are built
pub(crate) fn doc_link(d: &Dossier, id: &str) -> String {
    format!("<a class=\"doclink\" href=\"#doc-{}\">{}</a>", escape(id), escape(&doc_label(d, id)))
}

/// Shown in a section whose analysis found nothing.
pub(crate) fn empty(what: &str) -> String {
    format!("<p class=\"empty\">No {what} found.</p>")
}

const CSS: &str = r#"
:root{--fg:#1d232a;--muted:#5f6b76;--bg:#fbfaf7;--card:#fff;--line:#e3e0d8;--accent:#8a3b12;
--timex:#e4efff;--entity:#f3e8ff;--reused:#eeeeee;--new:#fff4c2;--claim:#ffe1d6}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 Georgia,'Times New Roman',serif;color:var(--fg);background:var(--bg)}
header{position:sticky;top:0;z-index:2;background:var(--fg);color:#fff;padding:.6rem 1.5rem;display:flex;gap:1.5rem;align-items:baseline;flex-wrap:wrap}
header h1{margin:0;font-size:1.3rem;letter-spacing:.04em}
header .gen{margin:0;color:#aab;font:12px system-ui,sans-serif}
nav{display:flex;gap:1rem;font:14px system-ui,sans-serif}
nav a{color:#fff;text-decoration:none;opacity:.85}nav a:hover{opacity:1;text-decoration:underline}
main{max-width:980px;margin:0 auto;padding:1rem 1.5rem 4rem}
h2{font:600 1.35rem system-ui,sans-serif;border-bottom:2px solid var(--accent);padding-bottom:.2rem;margin-top:2.5rem}
h3{font:600 1.05rem system-ui,sans-serif;margin:1.2rem 0 .4rem}
.stats{display:flex;flex-wrap:wrap;gap:.8rem}
.stats div{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.5rem .9rem;min-width:7.5rem}
.stats dt{font:12px system-ui,sans-serif;color:var(--muted);text-transform:uppercase;letter-spacing:.05em}
.stats dd{margin:0;font:600 1.5rem system-ui,sans-serif}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:1rem 1.2rem;margin:1rem 0}
.meta{font:13px system-ui,sans-serif;color:var(--muted);display:flex;flex-wrap:wrap;gap:.3rem 1rem;margin:.2rem 0 .8rem}
.meta b{color:var(--fg);font-weight:600}
.empty{color:var(--muted);font-style:italic}
details summary{cursor:pointer;font:13px system-ui,sans-serif;color:var(--muted)}
.removed li{font:13px ui-monospace,monospace;color:var(--muted)}
.removed .why{font:11px system-ui,sans-serif;background:#eee;border-radius:3px;padding:0 .3rem;margin-left:.4rem}
table{border-collapse:collapse;width:100%;font:14px system-ui,sans-serif;margin:.6rem 0}
th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f1efe9;font-weight:600}
.num{text-align:right;font-variant-numeric:tabular-nums}
a.doclink{color:var(--accent)}
.legend{font:12px system-ui,sans-serif;color:var(--muted);display:flex;gap:.8rem;flex-wrap:wrap}
.legend span{padding:0 .4rem;border-radius:3px}
mark{background:none;color:inherit;border-radius:2px}
.timex{background:var(--timex);border-bottom:1px dotted #3a6fc4}
.entity{background:var(--entity)}
.reused{background:var(--reused);color:#555}
.new{background:var(--new)}
.claim{background:var(--claim)}
.conflict{border-left:4px solid #c0392b;background:#fff6f4}
.skipped code{font-size:13px}
.partial{background:#fff4c2;border:1px solid #e0c96a;border-radius:6px;padding:.6rem .9rem;font:14px system-ui,sans-serif}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_covers_markup_and_quotes() {
        assert_eq!(escape(r#"<a href="x">'&'</a>"#), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    }

    #[test]
    fn large_dossiers_are_shown_in_part_with_a_note() {
        let mut d = Dossier::new("dossier test");
        for i in 0..5 {
            d.documents.push(dossier_model::Document::new(format!("d{i}"), "x", format!("text {i}")));
        }
        let limits = Limits { documents: 2, ..Limits::default() };
        let html = render_with(&d, limits);
        assert_eq!(html.matches("class=\"card\" id=\"doc-").count(), 2);
        assert!(html.contains("2 of 5 documents"));
        assert!(!render(&d).contains("class=\"partial\""));
    }

    #[test]
    fn report_has_no_external_references() {
        let mut d = Dossier::new("dossier test");
        let mut doc = dossier_model::Document::new("a<b", "x", "<script>alert(1)</script>".to_string());
        doc.title = Some("<img src=x onerror=alert(1)>".into());
        d.documents.push(doc);
        let html = render(&d);
        assert!(!html.contains("<script>"));
        assert!(!html.contains("<img src=x"));
        assert!(!html.contains("http://") && !html.contains("https://"));
    }
}
