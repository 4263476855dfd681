//! Reported speech and sourcing: who asserts each statement.
//!
//! Rules, in the order they run over each sentence:
//!
//! - **according to X**: X is the source; the statement is the rest of the
//!   sentence.
//! - **X said (that) ...**, **X told Y (that) ...**, **X said in a
//!   statement that ...**: X is the noun phrase before the cue (auxiliaries
//!   and adverbs such as "has also" skipped); the statement follows the cue.
//! - **... , X said.** / **"...," said X.**: the cue closes the sentence, so
//!   the statement is what comes before the source.
//! - **was said to / is believed to / reportedly**: hearsay with no source
//!   named; marked anonymous.
//! - **pronouns and "the source"**: "he said", "the source added" take the
//!   source of the latest attribution in the document whose name fits.
//! - **direct quotes**: a quotation (one sentence or several) takes the
//!   source of a cue in the sentence where it closes (after the quote) or
//!   where it opens (before it).
//!
//! A source is anonymous when its head noun is "source", "report",
//! "official", "witness", ... and nothing in it is a name ("an informed
//! source", "reports", "sources").

use dossier_model::{Attribution, Document, Segments, Source, TextRange};

use crate::lexicon::{
    cue_needs_complement, is_anonymous_head, is_clause_boundary, is_cue_filler, is_cue_verb, is_pronoun, passive_only,
};
use crate::token::{Kind, Tok, tokenize};

/// The sentences of a document, cut again at line breaks (headlines and
/// one-line paragraphs often lack final punctuation) and at semicolons.
pub(crate) fn clauses(doc: &Document, segs: &Segments) -> Vec<TextRange> {
    let text = &doc.text;
    let mut base: Vec<TextRange> = segs.sentences.clone();
    if base.is_empty() && !text.trim().is_empty() {
        base.push(TextRange::new(0, text.len()));
    }
    let mut out = Vec::with_capacity(base.len());
    for s in base {
        if s.end > text.len() || !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
            continue;
        }
        let mut start = s.start;
        for (i, b) in text[s.start..s.end].bytes().enumerate() {
            if b == b'\n' {
                push_trimmed(text, start, s.start + i, &mut out);
                start = s.start + i + 1;
            }
        }
        push_trimmed(text, start, s.end, &mut out);
    }
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<TextRange>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push(TextRange::new(start + lead, start + lead + trimmed.len()));
    }
}

/// The tokens of a text with, for each clause, its token index range.
pub(crate) struct Tokens<'a> {
    pub text: &'a str,
    pub toks: Vec<Tok<'a>>,
}

impl<'a> Tokens<'a> {
    /// Tokens of the given clauses only (sorted, disjoint): the rules never
    /// look past their clause, and most clauses hold no cue and no number,
    /// so tokenizing only the others is most of the stage's speed.
    pub(crate) fn of_clauses(text: &'a str, clauses: impl Iterator<Item = TextRange>) -> Self {
        let mut toks = Vec::new();
        for c in clauses {
            let base = c.start;
            toks.extend(tokenize(&text[c.start..c.end]).into_iter().map(|mut t| {
                t.start += base;
                t.end += base;
                t
            }));
        }
        Tokens { text, toks }
    }
    /// Token index range of the clause `r`.
    pub(crate) fn span(&self, r: TextRange) -> (usize, usize) {
        let a = self.toks.partition_point(|t| t.start < r.start);
        let b = self.toks.partition_point(|t| t.start < r.end);
        (a, b)
    }
    pub(crate) fn low(&self, k: usize) -> &str {
        self.toks.get(k).map_or("", |t| t.low.as_ref())
    }
    pub(crate) fn range(&self, a: usize, b: usize) -> TextRange {
        TextRange::new(self.toks[a].start, self.toks[b - 1].end)
    }
    fn is_quote(&self, k: usize) -> bool {
        matches!(self.low(k), "\"" | "\u{201c}" | "\u{201d}" | "\u{201e}" | "«" | "»")
    }
    fn is_cap(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| t.is_capitalised(self.text))
    }
}

/// One cue found in a sentence, before quotes and pronouns are resolved.
#[derive(Clone, Debug)]
struct Found {
    /// Index of the clause the cue stands in.
    clause: usize,
    cue: String,
    /// Token range of the source's noun phrase.
    source: Option<(usize, usize)>,
    content: TextRange,
    anonymous_cue: bool,
    quote: bool,
}

/// Finds the attributed statements of a document.
pub(crate) fn attribute(doc: &Document, segs: &Segments) -> Vec<Attribution> {
    let clauses = clauses(doc, segs);
    let with_cue = clauses_with_cues(&doc.text, &clauses);
    let t = Tokens::of_clauses(&doc.text, with_cue.iter().map(|&i| clauses[i]));
    let mut found: Vec<Found> = Vec::new();
    for &ci in &with_cue {
        let c = clauses[ci];
        let (a, b) = t.span(c);
        if a >= b {
            continue;
        }
        let before = found.len();
        sentence_cues(&t, a, b, c, &mut found);
        for f in &mut found[before..] {
            f.clause = ci;
        }
    }
    mark_quotes(&t, &clauses, &mut found);
    resolve(&t, found)
}

/// Stems of every cue word, searched case-insensitively in the whole text
/// at once to find the clauses worth tokenizing.
pub(crate) const CUE_STEMS: &[&str] = &[
    "said",
    "say",
    "stat",
    "told",
    "tell",
    "add",
    "claim",
    "report",
    "announc",
    "confirm",
    "noted",
    "notes",
    "warn",
    "insist",
    "explain",
    "declar",
    "alleg",
    "reveal",
    "suggest",
    "indicat",
    "argu",
    "stress",
    "acknowledg",
    "admit",
    "deni",
    "estimat",
    "wrote",
    "writes",
    "tweet",
    "assert",
    "maintain",
    "emphasi",
    "disclos",
    "mention",
    "affirm",
    "reiterat",
    "quot",
    "believ",
    "thought",
    "understood",
    "rumo",
    "according",
    "purported",
];

fn cue_finder() -> &'static aho_corasick::AhoCorasick {
    static FINDER: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    FINDER.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(CUE_STEMS)
            .expect("the cue stems are valid patterns")
    })
}

/// Indices of the clauses that contain a cue stem, in order.
fn clauses_with_cues(text: &str, clauses: &[TextRange]) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    for m in cue_finder().find_iter(text) {
        let i = clauses.partition_point(|c| c.end <= m.start());
        if i < clauses.len() && clauses[i].start <= m.start() && out.last() != Some(&i) {
            out.push(i);
        }
    }
    out
}

/// Cues of one sentence (tokens `a..b`, text range `c`).
fn sentence_cues(t: &Tokens, a: usize, b: usize, c: TextRange, out: &mut Vec<Found>) {
    let before = out.len();
    let mut k = a;
    while k < b {
        let w = t.low(k);
        // "according to X"
        if w == "according" && t.low(k + 1) == "to" && k + 2 < b {
            let (ns, ne) = forward_np(t, k + 2, b);
            if ns < ne {
                let content = if k == a || (k == a + 1 && t.toks[a].kind == Kind::Punct) {
                    let mut s = ne;
                    while s < b && t.toks[s].kind == Kind::Punct {
                        s += 1;
                    }
                    let mut e = b;
                    while e > s && t.toks[e - 1].kind == Kind::Punct && !t.is_quote(e - 1) {
                        e -= 1;
                    }
                    if s < e { t.range(s, e) } else { c }
                } else {
                    let mut e = k;
                    while e > a && t.toks[e - 1].kind == Kind::Punct {
                        e -= 1;
                    }
                    if e > a { t.range(a, e) } else { c }
                };
                out.push(Found {
                    clause: 0,
                    cue: "according to".into(),
                    source: Some((ns, ne)),
                    content,
                    anonymous_cue: false,
                    quote: false,
                });
                k = ne;
                continue;
            }
        }
        if matches!(w, "reportedly" | "allegedly" | "purportedly") {
            out.push(Found {
                clause: 0,
                cue: w.to_string(),
                source: None,
                content: c,
                anonymous_cue: true,
                quote: false,
            });
            k += 1;
            continue;
        }
        if is_cue_verb(w)
            && t.toks[k].kind == Kind::Word
            && let Some(f) = cue_at(t, a, b, k, c)
        {
            out.push(f);
        }
        k += 1;
    }
    // "reportedly" adds nothing when the sentence names its source.
    let named = out[before..].iter().any(|f| f.source.is_some());
    if named {
        let mut i = before;
        while i < out.len() {
            if out[i].source.is_none() && out[i].cue.ends_with("ly") {
                out.remove(i);
            } else {
                i += 1;
            }
        }
    }
}

/// Reads the cue verb at `k`.
fn cue_at(t: &Tokens, a: usize, b: usize, k: usize, c: TextRange) -> Option<Found> {
    let w = t.low(k);
    let prev = if k > a { t.low(k - 1) } else { "" };
    let next = t.low(k + 1);
    // Hearsay: "was said to", "is believed", "is estimated to".
    if matches!(prev, "was" | "were" | "is" | "are" | "been" | "being" | "be") {
        let cue = format!("{prev} {w}");
        return Some(Found { clause: 0, cue, source: None, content: c, anonymous_cue: true, quote: false });
    }
    if passive_only(w) {
        return None;
    }
    // A cue verb is never capitalised inside a sentence ("the United States").
    if k > a && t.is_cap(k) {
        return None;
    }
    // "claimed the lives of", "claimed responsibility": not speech.
    if w.starts_with("claim") && matches!(next, "the" | "lives" | "responsibility" | "victims") {
        return None;
    }
    if prev == "the" || prev == "a" {
        return None;
    }
    // A denied cue attributes nothing: "a figure the authorities have not
    // confirmed".
    if matches!(prev, "not" | "n't" | "never") || (k >= a + 2 && matches!(t.low(k - 2), "not" | "n't" | "never")) {
        return None;
    }
    if cue_needs_complement(w) && !matches!(next, "that" | ":") && !t.is_quote(k + 1) {
        return None;
    }
    // The source before the cue.
    let mut e = k;
    while e > a && (is_cue_filler(t.low(e - 1)) || (t.low(e - 1).ends_with("ly") && t.low(e - 1).len() > 4)) {
        e -= 1;
    }
    // "Police, however, said": skip the parenthetical.
    if e >= a + 3
        && t.low(e - 1) == ","
        && matches!(t.low(e - 2), "however" | "meanwhile" | "though" | "too" | "instead")
        && t.low(e - 3) == ","
    {
        e -= 3;
    }
    // "X, the head of Y, Muhamet Rrumbullaku, said", "Nasser Kanaani, the
    // ministry's spokesperson, has stated": the comma closing an
    // apposition, which ends in a name or follows "Name,". Otherwise the
    // comma closes a participle ("the fund, announced last month,").
    let opened = |e: usize| (e.saturating_sub(12).max(a)..e - 1).any(|i| t.low(i) == "," && i > a && t.is_cap(i - 1));
    if e > a + 1 && t.low(e - 1) == "," && t.toks[e - 2].kind == Kind::Word && (t.is_cap(e - 2) || opened(e)) {
        e -= 1;
    }
    let mut s = backward_np(t, a, e);
    // "Lena Ortiz, the agency's spokesperson, said": the name, not the role.
    if s < e && s > a + 1 && t.low(s - 1) == "," && t.is_cap(s - 2) {
        let mut ns = s - 1;
        while ns > a && t.is_cap(ns - 1) && s - 1 - ns < 4 {
            ns -= 1;
        }
        if ns == a || matches!(t.low(ns - 1), "," | "\"" | "\u{201d}" | "and") || t.toks[ns - 1].kind == Kind::Punct {
            e = s - 1;
            s = ns;
        }
    }
    let (source, content) = if s < e {
        (Some((s, e)), content_after(t, a, b, k, s, c))
    } else {
        // Inverted: "..., said the ministry.", "..., said Rama." The source
        // opens with an article or a name, never an adverb ("announced
        // earlier this month").
        let (ns, ne) = forward_np(t, k + 1, b);
        if ns >= ne || !(t.is_cap(ns) || matches!(t.low(ns), "the" | "a" | "an")) {
            return None;
        }
        let mut ce = k;
        while ce > a && (t.toks[ce - 1].kind == Kind::Punct) {
            ce -= 1;
        }
        let content = if ce > a { t.range(a, ce) } else { c };
        (Some((ns, ne)), content)
    };
    Some(Found { clause: 0, cue: w.to_string(), source, content, anonymous_cue: false, quote: false })
}

/// What a cue at `k` attributes when its source starts at token `s`.
fn content_after(t: &Tokens, a: usize, b: usize, k: usize, s: usize, c: TextRange) -> TextRange {
    let mut j = k + 1;
    // "told X that", "said in a statement that", "said on Tuesday that".
    if let Some(that) = (j..b.min(j + 16)).find(|&i| t.low(i) == "that" || t.low(i) == ":") {
        let head = &t.toks[j..that];
        if head.iter().all(|x| x.kind == Kind::Word || matches!(x.low.as_ref(), "," | "-" | "'")) {
            j = that + 1;
        }
    }
    if t.low(k) == "told" && j == k + 1 {
        // "told reporters ..." without "that": the object ends at a comma.
        while j < b && t.toks[j].kind == Kind::Word && j < k + 5 {
            j += 1;
        }
    }
    // Skip adjuncts: "in a statement", "at the time", "on Friday".
    let adjunct_end = skip_adjuncts(t, j, b);
    let mut rest = adjunct_end;
    while rest < b && t.toks[rest].kind == Kind::Punct {
        rest += 1;
    }
    if rest >= b {
        // The cue closes the sentence: the statement comes before the source.
        let mut ce = s;
        while ce > a && t.toks[ce - 1].kind == Kind::Punct {
            ce -= 1;
        }
        return if ce > a { t.range(a, ce) } else { c };
    }
    let mut end = b;
    while end > j && t.toks[end - 1].kind == Kind::Punct && !t.is_quote(end - 1) {
        end -= 1;
    }
    if end > j { t.range(j, end) } else { c }
}

fn skip_adjuncts(t: &Tokens, mut j: usize, b: usize) -> usize {
    loop {
        let w = t.low(j);
        let step = match w {
            "in" | "on" | "at" | "to" | "during" | "via" | "through" | "last" | "this" | "earlier" | "later" => {
                // A short prepositional phrase: up to four words.
                let mut e = j + 1;
                while e < b && e < j + 5 && t.toks[e].kind == Kind::Word && t.low(e) != "that" {
                    e += 1;
                }
                e
            }
            _ => j,
        };
        if step == j {
            return j;
        }
        j = step;
        if j >= b {
            return b;
        }
    }
}

/// Walks back from `e` over a noun phrase that ends at the cue.
fn backward_np(t: &Tokens, a: usize, e: usize) -> usize {
    let mut s = e;
    while s > a && e - s < 14 {
        let p = s - 1;
        let tok = &t.toks[p];
        let w = tok.low.as_ref();
        if tok.kind == Kind::Punct && !matches!(w, "-" | "." | "'" | "’") {
            break;
        }
        if w == "." && !(p > a && t.toks[p - 1].kind == Kind::Word && t.toks[p - 1].low.len() <= 3) {
            break;
        }
        if tok.kind == Kind::Word && is_clause_boundary(w) {
            break;
        }
        if w == "and" && !(t.is_cap(p + 1) && p > a && t.is_cap(p - 1)) {
            // "X and Y said" joins names; any other "and" joins clauses.
            if !(p > a && t.toks[p - 1].kind == Kind::Word && e - s <= 6) {
                break;
            }
        }
        s = p;
    }
    // A long run is a clause, not a subject: keep its last words.
    if e - s >= 14 {
        return e;
    }
    // Drop leading punctuation and conjunctions.
    while s < e && (t.toks[s].kind == Kind::Punct || matches!(t.low(s), "and" | "or")) {
        s += 1;
    }
    // A subject that begins with a verb is no subject ("killing X said").
    s
}

/// A noun phrase forward from `k`: "Albanian Daily News", "the interior
/// ministry", "a letter sent to ..." (cut at the participle).
fn forward_np(t: &Tokens, k: usize, b: usize) -> (usize, usize) {
    let mut e = k;
    while e < b && e < k + 10 {
        let tok = &t.toks[e];
        let w = tok.low.as_ref();
        if tok.kind == Kind::Punct && !matches!(w, "-" | "'" | "’" | "&") {
            break;
        }
        if tok.kind == Kind::Word
            && (is_clause_boundary(w)
                || matches!(
                    w,
                    "in" | "on"
                        | "at"
                        | "to"
                        | "for"
                        | "and"
                        | "during"
                        | "after"
                        | "is"
                        | "was"
                        | "were"
                        | "are"
                        | "has"
                        | "had"
                        | "have"
                        | "said"
                        | "told"
                ))
        {
            break;
        }
        if e > k && tok.kind == Kind::Word && (w.ends_with("ed") || matches!(w, "sent" | "seen")) && !t.is_cap(e) {
            break;
        }
        e += 1;
    }
    (k, e)
}

/// Quotations and the cues that own them.
fn mark_quotes(t: &Tokens, clauses: &[TextRange], found: &mut Vec<Found>) {
    let text = t.text;
    let mut open: Option<usize> = None;
    let mut quotes: Vec<TextRange> = Vec::new();
    for (i, ch) in text.char_indices() {
        match (open, ch) {
            (_, '\n') => open = None,
            (None, '\u{201c}' | '"' | '\u{201e}' | '«') => open = Some(i + ch.len_utf8()),
            (Some(s), '\u{201d}' | '"' | '»') => {
                quotes.push(TextRange::new(s, i));
                open = None;
            }
            (Some(_), '\u{201c}') => open = Some(i + ch.len_utf8()),
            _ => {}
        }
    }
    let mut last_quote: Option<(usize, usize)> = None;
    let mut continued: Vec<Found> = Vec::new();
    for q in quotes {
        let words = text[q.start..q.end].split_whitespace().count();
        if words < 4 {
            continue;
        }
        // Binary searches keep this linear in the number of quotes.
        let clause_of = |pos: usize| {
            let i = clauses.partition_point(|c| c.end < pos);
            (i < clauses.len() && clauses[i].start <= pos).then_some(i)
        };
        let in_clause = |ci: usize| found.partition_point(|f| f.clause < ci)..found.partition_point(|f| f.clause <= ci);
        let (Some(ci_end), ci_start) = (clause_of(q.end), clause_of(q.start)) else { continue };
        let close_clause = clauses[ci_end];
        // A cue after the quote, in the sentence where it closes.
        let after = in_clause(ci_end).find(|&i| {
            let f = &found[i];
            let r = f.source.map(|(s, _)| t.toks[s].start).unwrap_or(usize::MAX);
            !f.anonymous_cue && r > q.end && r <= close_clause.end && f.content.end <= r
        });
        let before = ci_start.and_then(|cs| {
            let open_clause = clauses[cs];
            in_clause(cs).find(|&i| {
                let f = &found[i];
                let r = f.source.map(|(_, e)| t.toks[e - 1].end).unwrap_or(0);
                !f.anonymous_cue
                    && r >= open_clause.start
                    && r < q.start
                    && f.content.contains(&TextRange::new(q.start, q.start))
            })
        });
        if let Some(i) = after.or(before) {
            found[i].content = q;
            found[i].quote = true;
            last_quote = Some((i, ci_end));
        } else if let Some((i, ci)) = last_quote
            && ci_start.is_some_and(|cs| cs == ci || cs == ci + 1)
        {
            // A quote that goes on in the next sentence with no cue of its
            // own ("'The situation is dire,' said X. 'We need trucks.'")
            // keeps the speaker.
            let mut more = found[i].clone();
            more.content = q;
            more.clause = ci_start.unwrap_or(ci);
            continued.push(more);
            last_quote = Some((i, ci_end));
        }
    }
    found.extend(continued);
    found.sort_by_key(|f| (f.clause, f.content.start));
}

/// Turns cues into attributions, resolving pronouns and "the source" to the
/// latest fitting source.
fn resolve(t: &Tokens, found: Vec<Found>) -> Vec<Attribution> {
    let mut out: Vec<Attribution> = Vec::with_capacity(found.len());
    for f in found {
        let (name, range, anonymous) = match f.source {
            None => (None, None, true),
            Some((s, e)) => {
                let (mut s, e) = trim_np(t, s, e);
                // "For years we warned": the subject is the pronoun.
                if e > s + 1 && is_pronoun(t.low(e - 1)) {
                    s = e - 1;
                }
                if s >= e {
                    continue;
                }
                let range = t.range(s, e);
                let name = range.slice(t.text).to_string();
                let low = name.to_lowercase();
                let words: Vec<&str> = low.split_whitespace().collect();
                let head = words.last().copied().unwrap_or("");
                let refers_back = (words.len() == 1 && is_pronoun(head))
                    || (words.len() == 2 && words[0] == "the" && !t.is_cap(e - 1) && !t.is_cap(s + 1));
                if refers_back {
                    // The latest fitting source among the last few: a
                    // pronoun refers to someone recent, and the bound keeps
                    // long documents linear.
                    let earlier = out.iter().rev().take(50).find(|x: &&Attribution| {
                        x.source.name.as_deref().is_some_and(|n| {
                            let n = n.to_lowercase();
                            is_pronoun(head) || n.split_whitespace().last() == Some(head)
                        })
                    });
                    match earlier {
                        // "we" and "I" speak inside quotes, whose speaker is
                        // found from the quote's own cue.
                        _ if matches!(head, "we" | "i") => (None, None, false),
                        Some(x) => (x.source.name.clone(), x.source.range, x.source.anonymous),
                        None if is_pronoun(head) => (None, None, false),
                        None => (Some(name.into()), Some(range), is_anonymous_head(head)),
                    }
                } else {
                    let named = (s..e).any(|k| {
                        t.is_cap(k)
                            && !matches!(t.low(k), "a" | "an" | "the" | "some" | "several" | "many" | "two" | "three")
                            && !is_anonymous_head(t.low(k))
                    });
                    let anonymous = is_anonymous_head(head) && !named;
                    (Some(name.into()), Some(range), anonymous)
                }
            }
        };
        let anonymous = anonymous || f.anonymous_cue;
        let source = Source { name, entity: None, cue: Some(f.cue), anonymous, range };
        out.push(Attribution { range: f.content, source_range: range, source, quote: f.quote });
    }
    out
}

/// Cuts a source phrase at its post-modifiers: "an informed source familiar
/// with ..." -> "an informed source"; drops a trailing possessive "'s".
fn trim_np(t: &Tokens, s: usize, e: usize) -> (usize, usize) {
    let mut end = e;
    for k in s + 1..e {
        if matches!(
            t.low(k),
            "familiar"
                | "close"
                | "speaking"
                | "who"
                | "with"
                | "citing"
                | "quoted"
                | "within"
                | "inside"
                | "from"
                | "at"
        ) {
            end = k;
            break;
        }
    }
    while end > s && t.toks[end - 1].kind == Kind::Punct {
        end -= 1;
    }
    (s, end)
}
