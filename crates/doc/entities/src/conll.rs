//! Reading CoNLL-2003 files and scoring entity spans, for the trainer and
//! the evaluation harness (`examples/train_ner.rs`, `examples/conll_eval.rs`).
//!
//! ```
//! use dossier_entities::conll::{parse, spans};
//! let data = parse("Ada B-PER 0\nLovelace I-PER 0\nwrote O 0\n\nParis B-LOC 0\n");
//! assert_eq!(data.len(), 2);
//! assert_eq!(spans(&data[0].tags), vec![(0, 2, "PER".to_string())]);
//! ```

/// One sentence: tokens and their tags as given (IOB1 or IOB2).
#[derive(Clone, Debug, Default)]
pub struct ConllSentence {
    /// Tokens.
    pub words: Vec<String>,
    /// Tags ("O", "B-PER", "I-ORG", ...).
    pub tags: Vec<String>,
}

/// Parses `TOKEN ... TAG` lines (the tag is the second column when there
/// are three, else the last), blank lines between sentences. `-DOCSTART-`
/// lines are skipped.
pub fn parse(text: &str) -> Vec<ConllSentence> {
    let mut out = Vec::new();
    let mut cur = ConllSentence::default();
    for line in text.lines() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.is_empty() || cols[0] == "-DOCSTART-" {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let tag = if cols.len() == 3 { cols[1] } else { cols[cols.len() - 1] };
        cur.words.push(cols[0].to_string());
        cur.tags.push(tag.to_string());
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    out
}

/// Entity spans `(first token, end token, class)` of a tag sequence, read
/// as IOB2 with IOB1 tolerance (an `I-X` after a different class starts a span).
pub fn spans(tags: &[impl AsRef<str>]) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, String)> = None;
    for (i, t) in tags.iter().enumerate() {
        let t = t.as_ref();
        let (prefix, class) = t.split_once('-').unwrap_or((t, ""));
        let continues = prefix == "I" && open.as_ref().is_some_and(|(_, c)| c == class);
        if !continues {
            if let Some((s, c)) = open.take() {
                out.push((s, i, c));
            }
            if prefix == "B" || prefix == "I" {
                open = Some((i, class.to_string()));
            }
        }
    }
    if let Some((s, c)) = open {
        out.push((s, tags.len(), c));
    }
    out
}

/// Tag strings rewritten as IOB2.
pub fn to_iob2(tags: &[String]) -> Vec<String> {
    let mut out = vec!["O".to_string(); tags.len()];
    for (s, e, c) in spans(tags) {
        out[s] = format!("B-{c}");
        for t in out.iter_mut().take(e).skip(s + 1) {
            *t = format!("I-{c}");
        }
    }
    out
}

/// Counts for precision, recall and F1.
#[derive(Clone, Copy, Debug, Default)]
pub struct Score {
    /// Predicted spans that are right (same extent and class).
    pub correct: usize,
    /// Predicted spans.
    pub predicted: usize,
    /// Gold spans.
    pub gold: usize,
}

impl Score {
    /// Precision.
    pub fn precision(&self) -> f64 {
        if self.predicted == 0 { 0.0 } else { self.correct as f64 / self.predicted as f64 }
    }
    /// Recall.
    pub fn recall(&self) -> f64 {
        if self.gold == 0 { 0.0 } else { self.correct as f64 / self.gold as f64 }
    }
    /// F1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
}

/// The CoNLL class a dossier type is scored as: PERSON as PER, ORG as ORG,
/// GPE, LOC and FAC as LOC; NORP and OTHER are not scored (CoNLL's MISC is
/// left out of the comparison on both sides).
pub fn scored_class(kind: dossier_model::EntityType) -> Option<&'static str> {
    use dossier_model::EntityType::*;
    match kind {
        Person => Some("PER"),
        Org => Some("ORG"),
        Gpe | Loc | Fac => Some("LOC"),
        Norp | Other => None,
    }
}

/// Scores per class ("PER", "ORG", "LOC") and overall.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// PER, ORG, LOC in that order.
    pub per_class: [(&'static str, Score); 3],
    /// All three together.
    pub overall: Score,
    /// Tokens read.
    pub tokens: usize,
    /// Bytes of text tagged (tokens joined by single spaces).
    pub bytes: usize,
}

/// Runs the full recogniser on each sentence (its tokens joined by single
/// spaces, one sentence a document) and scores exact spans against the
/// gold tags, MISC left out.
pub fn evaluate(sentences: &[ConllSentence]) -> Report {
    let mut report = Report {
        per_class: [("PER", Score::default()), ("ORG", Score::default()), ("LOC", Score::default())],
        ..Report::default()
    };
    let mut text = String::new();
    let mut starts = Vec::new();
    let mut ends = Vec::new();
    for s in sentences {
        text.clear();
        starts.clear();
        ends.clear();
        for w in &s.words {
            if !text.is_empty() {
                text.push(' ');
            }
            starts.push(text.len());
            text.push_str(w);
            ends.push(text.len());
        }
        report.tokens += s.words.len();
        report.bytes += text.len();
        let range = dossier_model::TextRange::new(0, text.len());
        let mentions = crate::rules::recognize_text(&text, &[range]);
        let mut predicted: Vec<(usize, usize, String)> = Vec::new();
        for m in mentions {
            let Some(class) = scored_class(m.kind) else { continue };
            // A mention that does not start and end on CoNLL token edges can
            // match nothing; it still counts as predicted.
            let a = starts.iter().position(|&x| x == m.range.start);
            let b = ends.iter().position(|&x| x == m.range.end);
            match (a, b) {
                (Some(a), Some(b)) if a <= b => predicted.push((a, b + 1, class.to_string())),
                _ => predicted.push((usize::MAX, usize::MAX, class.to_string())),
            }
        }
        let gold: Vec<(usize, usize, String)> = spans(&s.tags).into_iter().filter(|x| x.2 != "MISC").collect();
        for (name, score) in report.per_class.iter_mut() {
            score.gold += gold.iter().filter(|g| g.2 == *name).count();
            score.predicted += predicted.iter().filter(|p| p.2 == *name).count();
            score.correct += predicted.iter().filter(|p| p.2 == *name && gold.contains(p)).count();
        }
    }
    for (_, s) in &report.per_class {
        report.overall.gold += s.gold;
        report.overall.predicted += s.predicted;
        report.overall.correct += s.correct;
    }
    report
}
