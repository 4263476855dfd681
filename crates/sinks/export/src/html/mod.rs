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

use std::collections::BTreeSet;

use dossier_model::{Counts, DocId, Dossier, DossierSink};

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

/// The part of a dossier the report shows under [`Limits`], gathered one
/// section at a time: a [`DossierSink`] that keeps only what it will show,
/// so a streamed run never holds a whole section for the report's sake.
///
/// Each section is cut on its own: the first documents, the most
/// widespread passages, the first events, entities and conflicts, the
/// claims those conflicts name plus the first others, and the novelty,
/// timexes and statements of the documents shown.
///
/// ```
/// use dossier_export::html::{Limits, ReportView};
/// use dossier_model::{Document, DossierSink};
/// let mut view = ReportView::new("dossier test", Limits { documents: 1, ..Limits::default() });
/// view.documents(&[Document::new("a", "a.txt", "A.".into()), Document::new("b", "b.txt", "B.".into())]);
/// assert!(view.render().contains("1 of 2 documents"));
/// ```
#[derive(Debug)]
pub struct ReportView {
    limits: Limits,
    shown: Dossier,
    counts: Counts,
    shown_docs: BTreeSet<DocId>,
}

impl ReportView {
    /// An empty view of a dossier stamped with `generator`.
    pub fn new(generator: &str, limits: Limits) -> ReportView {
        ReportView { limits, shown: Dossier::new(generator), counts: Counts::default(), shown_docs: BTreeSet::new() }
    }

    /// The view of a whole dossier, copying only what it shows.
    pub fn of(d: &Dossier, limits: Limits) -> ReportView {
        let mut v = ReportView::new(&d.generator, limits);
        v.shown.format = d.format;
        v.documents(&d.documents);
        v.keep_passages(&d.passages);
        v.keep_novelty(&d.novelty);
        v.keep_timexes(&d.timexes);
        v.keep_events(&d.events);
        v.keep_entities(&d.entities);
        v.keep_claims(&d.claims, &d.conflicts);
        v.keep_statements(&d.statements);
        v.skipped(d.skipped.clone());
        v
    }

    pub(crate) fn keep_passages(&mut self, passages: &[dossier_model::Passage]) {
        self.counts.passages = passages.len();
        let mut refs: Vec<&dossier_model::Passage> = passages.iter().collect();
        if refs.len() > self.limits.passages {
            // Stable: equally widespread passages keep their order.
            refs.sort_by_key(|p| std::cmp::Reverse(p.occurrences.len()));
        }
        self.shown.passages = refs.into_iter().take(self.limits.passages).cloned().collect();
    }
    pub(crate) fn keep_novelty(&mut self, novelty: &[dossier_model::Novelty]) {
        self.shown.novelty = novelty.iter().filter(|n| self.shown_docs.contains(&n.doc)).cloned().collect();
    }
    pub(crate) fn keep_timexes(&mut self, timexes: &[dossier_model::Timex]) {
        self.shown.timexes = timexes.iter().filter(|t| self.shown_docs.contains(&t.span.doc)).cloned().collect();
    }
    pub(crate) fn keep_events(&mut self, events: &[dossier_model::Event]) {
        self.counts.events = events.len();
        self.shown.events = events.iter().take(self.limits.events).cloned().collect();
    }
    pub(crate) fn keep_entities(&mut self, entities: &[dossier_model::Entity]) {
        self.counts.entities = entities.len();
        self.shown.entities = entities.iter().take(self.limits.entities).cloned().collect();
    }
    pub(crate) fn keep_claims(&mut self, claims: &[dossier_model::Claim], conflicts: &[dossier_model::Conflict]) {
        self.counts.claims = claims.len();
        self.counts.conflicts = conflicts.len();
        self.shown.conflicts = conflicts.iter().take(self.limits.conflicts).cloned().collect();
        let in_conflicts: BTreeSet<&str> =
            self.shown.conflicts.iter().flat_map(|k| k.claims.iter().map(String::as_str)).collect();
        let mut others = 0;
        self.shown.claims = claims
            .iter()
            .filter(|c| {
                if in_conflicts.contains(c.id.as_str()) {
                    return true;
                }
                others += 1;
                others <= self.limits.claims
            })
            .cloned()
            .collect();
    }
    pub(crate) fn keep_statements(&mut self, statements: &[dossier_model::Statement]) {
        self.shown.statements = statements.iter().filter(|s| self.shown_docs.contains(&s.span.doc)).cloned().collect();
    }

    /// What the view leaves out, as a note for the top of the page; `None`
    /// when it shows everything.
    fn note(&self) -> Option<String> {
        let (v, c) = (&self.shown, &self.counts);
        let partial = v.documents.len() < c.documents
            || v.passages.len() < c.passages
            || v.events.len() < c.events
            || v.entities.len() < c.entities
            || v.conflicts.len() < c.conflicts
            || v.claims.len() < c.claims;
        partial.then(|| {
            format!(
                "This corpus is large, so this page shows part of it: {} of {} documents with their text, {} of {} reused passages (most widespread first), {} of {} events, {} of {} entities (most mentioned first), {} of {} conflicts and {} of {} claims. Everything is in dossier.json.",
                v.documents.len(),
                c.documents,
                v.passages.len(),
                c.passages,
                v.events.len(),
                c.events,
                v.entities.len(),
                c.entities,
                v.conflicts.len(),
                c.conflicts,
                v.claims.len(),
                c.claims
            )
        })
    }

    /// The report page.
    pub fn render(&self) -> String {
        page(&self.shown, &self.counts, self.note())
    }
}

impl DossierSink for ReportView {
    fn documents(&mut self, documents: &[dossier_model::Document]) {
        self.counts.documents = documents.len();
        self.shown.documents = documents.iter().take(self.limits.documents).cloned().collect();
        self.shown_docs = self.shown.documents.iter().map(|d| d.id.clone()).collect();
    }
    fn passages(&mut self, passages: Vec<dossier_model::Passage>) {
        self.keep_passages(&passages);
    }
    fn novelty(&mut self, novelty: Vec<dossier_model::Novelty>) {
        self.keep_novelty(&novelty);
    }
    fn timexes(&mut self, timexes: Vec<dossier_model::Timex>) {
        self.keep_timexes(&timexes);
    }
    fn events(&mut self, events: Vec<dossier_model::Event>) {
        self.keep_events(&events);
    }
    fn entities(&mut self, entities: Vec<dossier_model::Entity>) {
        self.keep_entities(&entities);
    }
    fn claims(&mut self, claims: Vec<dossier_model::Claim>, conflicts: Vec<dossier_model::Conflict>) {
        self.keep_claims(&claims, &conflicts);
    }
    fn statements(&mut self, statements: Vec<dossier_model::Statement>) {
        self.keep_statements(&statements);
    }
    fn skipped(&mut self, skipped: Vec<dossier_model::Skipped>) {
        self.counts.skipped = skipped.len();
        self.shown.skipped = skipped;
    }
}

/// Renders the whole report, showing at most the default [`Limits`].
pub fn render(d: &Dossier) -> String {
    render_with(d, Limits::default())
}

/// Renders the report, showing at most `limits` of a large dossier.
pub fn render_with(full: &Dossier, limits: Limits) -> String {
    ReportView::of(full, limits).render()
}

/// The page for the part `d` of a dossier whose sections hold `counts`.
fn page(d: &Dossier, counts: &Counts, partial: Option<String>) -> String {
    let mut body = String::new();
    if let Some(note) = partial {
        let _ = writeln!(body, "<p class=\"partial\">{}</p>", escape(&note));
    }
    let sections: [(&str, &str, String); 6] = [
        ("overview", "Overview", overview(counts, &d.skipped)),
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
        counts.documents,
        escape(&d.generator)
    )
}

fn overview(counts: &Counts, skipped: &[dossier_model::Skipped]) -> String {
    let mut s = String::from("<dl class=\"stats\">");
    let rows = [
        ("documents", counts.documents),
        ("skipped inputs", skipped.len()),
        ("reused passages", counts.passages),
        ("events", counts.events),
        ("entities", counts.entities),
        ("claims", counts.claims),
        ("conflicts", counts.conflicts),
    ];
    for (k, v) in rows {
        let _ = write!(s, "<div><dt>{k}</dt><dd>{v}</dd></div>");
    }
    s.push_str("</dl>");
    if !skipped.is_empty() {
        s.push_str("<h3>Skipped inputs</h3><ul class=\"skipped\">");
        for sk in skipped {
            let _ = write!(s, "<li><code>{}</code>: {}</li>", escape(&sk.path), escape(&sk.reason));
        }
        s.push_str("</ul>");
    }
    s
}

/// Title of a document for display: its title, else its opening words in
/// quotes (an untitled article is easier to recognise by how it starts than
/// by a file name or hash), else its id.
pub(crate) fn display_title(doc: &dossier_model::Document) -> String {
    if let Some(t) = doc.title.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        return t.to_string();
    }
    let words: Vec<&str> = doc.text.split_whitespace().take(9).collect();
    match words.len() {
        0 => doc.id.to_string(),
        n => format!("\u{201c}{}{}\u{201d}", words[..n.min(8)].join(" "), if n > 8 { "\u{2026}" } else { "" }),
    }
}

/// [`display_title`] of the document `id` of `d`, else the id.
pub(crate) fn doc_label(d: &Dossier, id: &str) -> String {
    d.documents.iter().find(|doc| doc.id == id).map(display_title).unwrap_or_else(|| id.to_string())
}

/// A link to a document's card in the documents section.
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
    fn untitled_documents_are_shown_by_their_opening_words() {
        let mut doc = dossier_model::Document::new(
            "h-93f1",
            "x",
            "Crews cleared the last of the debris from the pier on Monday.".into(),
        );
        assert_eq!(display_title(&doc), "\u{201c}Crews cleared the last of the debris from\u{2026}\u{201d}");
        doc.title = Some("Pier reopens".into());
        assert_eq!(display_title(&doc), "Pier reopens");
        let short = dossier_model::Document::new("h-2", "x", "Pier shut.".into());
        assert_eq!(display_title(&short), "\u{201c}Pier shut.\u{201d}");
        let empty = dossier_model::Document::new("h-3", "x", String::new());
        assert_eq!(display_title(&empty), "h-3");
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
