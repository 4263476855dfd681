//! Removes site chrome from article text and keeps each removed line with
//! the reason it was removed.
//!
//! Ingest hands over [`RawDocument`]s whose body has one paragraph a line,
//! still carrying what the page put around the article: breadcrumbs, share
//! bars, "Read next" links, photo credits, newsletter prompts, mirror-address
//! and app footers. [`clean`] turns them into [`Document`]s whose `text` is
//! the article alone, paragraphs separated by a blank line, and whose
//! `removed` lists every line that went, with a [`Reason`].
//!
//! Lines are read one paragraph a line; when blank lines separate
//! paragraphs, a block wrapped at a fixed width is first joined back into
//! one paragraph. Cleaning then works in three passes:
//!
//! 1. **line rules** ([`Reason`] lists them; each is documented in
//!    `rules.rs` as What it does / Why / Example) judge each line from its
//!    shape and its interface vocabulary;
//! 2. **corpus evidence**: a non-prose line in the header or footer of two
//!    independent documents of one outlet is chrome
//!    ([`Reason::RepeatedAcrossOutlet`]);
//! 3. **footer**: after the last prose line, once a footer line has been
//!    seen (a mirror-address lead-in, a share, newsletter, app or cookie
//!    prompt, a copyright line), the short labels that follow belong to the
//!    same footer ([`Reason::Footer`], or [`Reason::AppPromo`] when they
//!    name a platform).
//!
//! The one promise: prose is never dropped for its shape. A line that ends
//! like a sentence and reads as running text survives every shape rule and
//! the corpus rule, however often it repeats; only fixed phrases (a cookie
//! notice, a copyright line, a caption's photo credit, a "Read more:" cue)
//! remove a sentence-shaped line. In-body subheadings stay.
//!
//! ```
//! use dossier_clean::clean;
//! use dossier_model::{RawDocument, SourceFormat};
//!
//! let body = "Home / World / Europe\n\
//!             Harbour workers walked out on Monday over unpaid wages, the union said.\n\
//!             Read more: Ferry operator fined over late sailings\n\
//!             The strike is the third this year at the port.\n\
//!             Share this story";
//! let raw = RawDocument::new("a", "a.txt", SourceFormat::Txt, body.to_string());
//! let doc = clean(vec![raw]).remove(0);
//! assert_eq!(
//!     doc.text,
//!     "Harbour workers walked out on Monday over unpaid wages, the union said.\n\n\
//!      The strike is the third this year at the port."
//! );
//! let reasons: Vec<&str> = doc.removed.iter().map(|r| r.reason.as_str()).collect();
//! assert_eq!(reasons, ["navigation", "related-link", "share-prompt"]);
//! ```
#![deny(missing_docs)]

mod corpus;
mod normalize;
mod phrases;
mod rules;
mod shape;

use dossier_model::{DateSource, Document, Published, RawDocument, Removed, SourceFormat};
use rayon::prelude::*;

pub use normalize::normalize_line;

use crate::rules::Ctx;
use crate::shape::Shape;

/// Why a line was removed: the name of the rule that removed it. The string
/// form ([`Reason::as_str`]) is what `removed[].reason` holds in the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Reason {
    /// A section path: `Home / World / Europe`.
    Navigation,
    /// A share bar or prompt: `Share this article`, `Facebook Twitter Email`.
    SharePrompt,
    /// A link to another article: `Read next: …`, `Related`.
    RelatedLink,
    /// A mirror-address footer: its lead-in and the addresses after it.
    AlternateAddress,
    /// App and platform promotion: `Get our app on iOS and Android`.
    AppPromo,
    /// A photo caption or credit: `… (Photo by …)`, `Getty Images`.
    PhotoCredit,
    /// A copyright line: `© Outlet 2024`.
    Copyright,
    /// A newsletter or subscription prompt.
    Newsletter,
    /// A cookie or consent notice.
    CookieNotice,
    /// A line that is only a web address or domain.
    Link,
    /// A byline or reporting credit: `By Jane Doe`, `Editing by …`.
    Byline,
    /// An interface label: `Advertisement`, `Skip to main content`.
    Boilerplate,
    /// A non-prose header or footer line found around several documents of
    /// one outlet.
    RepeatedAcrossOutlet,
    /// A non-prose line inside a footer that an earlier chrome line opened.
    Footer,
}

impl Reason {
    /// The reason as written in `removed[].reason`.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Navigation => "navigation",
            Reason::SharePrompt => "share-prompt",
            Reason::RelatedLink => "related-link",
            Reason::AlternateAddress => "alternate-address",
            Reason::AppPromo => "app-promo",
            Reason::PhotoCredit => "photo-credit",
            Reason::Copyright => "copyright",
            Reason::Newsletter => "newsletter",
            Reason::CookieNotice => "cookie-notice",
            Reason::Link => "link",
            Reason::Byline => "byline",
            Reason::Boilerplate => "boilerplate",
            Reason::RepeatedAcrossOutlet => "repeated-across-outlet",
            Reason::Footer => "footer",
        }
    }

    /// Every reason, in declaration order.
    pub const ALL: [Reason; 14] = [
        Reason::Navigation,
        Reason::SharePrompt,
        Reason::RelatedLink,
        Reason::AlternateAddress,
        Reason::AppPromo,
        Reason::PhotoCredit,
        Reason::Copyright,
        Reason::Newsletter,
        Reason::CookieNotice,
        Reason::Link,
        Reason::Byline,
        Reason::Boilerplate,
        Reason::RepeatedAcrossOutlet,
        Reason::Footer,
    ];
}

/// Settings of the cleaner.
#[derive(Clone, Debug)]
pub struct CleanOptions {
    /// Use corpus evidence (lines repeated across documents of one outlet).
    pub corpus_evidence: bool,
    /// How many independent documents must share a line for it to count as
    /// chrome. Two: an outlet's furniture shows up as soon as two of its
    /// articles are in the corpus.
    pub min_repeat_docs: usize,
}

impl Default for CleanOptions {
    fn default() -> Self {
        CleanOptions { corpus_evidence: true, min_repeat_docs: 2 }
    }
}

/// Cleans every raw document into a [`Document`] with the default options.
/// Takes the whole corpus because some chrome is only recognisable by
/// recurring across documents of one outlet. Output order is input order.
pub fn clean(raws: Vec<RawDocument>) -> Vec<Document> {
    clean_with(raws, &CleanOptions::default())
}

/// Cleans every raw document into a [`Document`].
pub fn clean_with(raws: Vec<RawDocument>, opts: &CleanOptions) -> Vec<Document> {
    let mut analyses: Vec<Analysis> = raws.par_iter().map(analyze).collect();
    if opts.corpus_evidence && opts.min_repeat_docs >= 1 {
        let evidence: Vec<corpus::DocEvidence> =
            raws.iter().zip(&analyses).map(|(raw, a)| a.evidence(raw.outlet.as_deref())).collect();
        let repeated = corpus::repeated_lines(&evidence, opts.min_repeat_docs);
        for (a, lines) in analyses.iter_mut().zip(repeated) {
            for i in lines {
                a.lines[i].reason = Some(Reason::RepeatedAcrossOutlet);
            }
        }
    }
    raws.into_par_iter()
        .zip(analyses)
        .map(|(raw, mut a)| {
            a.apply_footer_rule();
            assemble(raw, a)
        })
        .collect()
}

/// One input line and the verdict on it.
struct Line {
    /// The line as it stood in the body, trimmed.
    raw: std::ops::Range<usize>,
    /// The normalised text, when it differs from the raw slice.
    norm: Option<String>,
    /// Reads as prose ([`Shape::is_prose`]).
    prose: bool,
    /// Short, title-like, no final punctuation.
    headline_like: bool,
    /// Names a platform (Roku, Android, App Store…).
    platform: bool,
    /// A short label ([`Shape::is_label`]): what footers are made of.
    label: bool,
    /// Shaped like a dateline (`BAAR, SWITZERLAND`): one to four words in
    /// capitals. Wire copies share them above the text; they name a place,
    /// not a site. (Below the text, capitals are a footer's.)
    dateline: bool,
    /// Hash of the lower-cased line, for short non-prose lines.
    key: Option<u64>,
    /// For prose lines: a cheap fingerprint (length and first 128 bytes),
    /// enough to tell near-duplicate documents apart.
    fingerprint: u64,
    /// Why it is removed, if it is.
    reason: Option<Reason>,
}

impl Line {
    fn text<'a>(&'a self, body: &'a str) -> &'a str {
        self.norm.as_deref().unwrap_or(&body[self.raw.clone()])
    }
}

/// The per-document result of the line rules.
struct Analysis {
    lines: Vec<Line>,
    /// The ingest title was chrome: its reason.
    title_reason: Option<Reason>,
}

/// Runs the line rules over one document.
fn analyze(raw: &RawDocument) -> Analysis {
    let body = raw.body.as_str();
    let mut lines = Vec::with_capacity(body.len() / 100 + 4);
    for range in logical_lines(body) {
        let text = &body[range.clone()];
        if let Some(line) = analyze_line(text, range) {
            lines.push(line);
        }
    }
    let title_reason = match (&raw.title, raw.format) {
        // A headline may open with "Watch:" or "Read:"; only reasons that no
        // headline carries unseat a title.
        (Some(t), SourceFormat::Txt) => classify_alone(t).filter(|r| *r != Reason::RelatedLink),
        _ => None,
    };
    Analysis { lines, title_reason }
}

/// The byte ranges of the body's lines, trimmed and non-empty, with
/// hard-wrapped paragraphs joined into one range (see [`is_hard_wrapped`]).
fn logical_lines(body: &str) -> Vec<std::ops::Range<usize>> {
    let bytes = body.as_bytes();
    // Physical lines, and whether a blank line came before each.
    let mut physical: Vec<(std::ops::Range<usize>, bool)> = Vec::with_capacity(body.len() / 100 + 4);
    // A lone '\r' also ends a line (old Mac files); "\r\n" is one break.
    // Most bodies have no '\r' at all: then lines end at '\n' only.
    let has_cr = memchr::memchr(b'\r', bytes).is_some();
    let (mut start, mut blank_before, mut any_blank) = (0, false, false);
    while start <= bytes.len() {
        let end = if has_cr {
            memchr::memchr2(b'\n', b'\r', &bytes[start..]).map_or(bytes.len(), |i| start + i)
        } else {
            memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i)
        };
        let part = &body[start..end];
        let trimmed = part.trim();
        if trimmed.is_empty() {
            blank_before = true;
            any_blank |= !physical.is_empty();
        } else {
            let lead = part.len() - part.trim_start().len();
            physical.push((start + lead..start + lead + trimmed.len(), blank_before));
            blank_before = false;
        }
        start = if bytes.get(end) == Some(&b'\r') && bytes.get(end + 1) == Some(&b'\n') { end + 2 } else { end + 1 };
    }
    if !any_blank {
        return physical.into_iter().map(|(r, _)| r).collect();
    }
    // Blank lines separate paragraphs: a block of several lines may be one
    // paragraph wrapped at a fixed width.
    let mut out = Vec::with_capacity(physical.len());
    let mut i = 0;
    while i < physical.len() {
        let mut j = i + 1;
        while j < physical.len() && !physical[j].1 {
            j += 1;
        }
        let block: Vec<&str> = physical[i..j].iter().map(|(r, _)| &body[r.clone()]).collect();
        if is_hard_wrapped(&block) {
            out.push(physical[i].0.start..physical[j - 1].0.end);
        } else {
            out.extend(physical[i..j].iter().map(|(r, _)| r.clone()));
        }
        i = j;
    }
    out
}

/// The hard-wrap rule.
///
/// ## What it does
/// Joins the lines of a block (lines between blank lines) into one
/// paragraph when they read as text wrapped at a fixed width: every line
/// but the last is 40 to 100 characters long and at least 60% of the
/// longest, at least half of them stop without final punctuation, and at
/// least one line continues with a lower-case word.
///
/// ## Why
/// Plain-text archives and wire feeds wrap paragraphs at 70-80 columns.
/// Taken line by line, every wrapped line would become a paragraph and a
/// sentence boundary. Chrome blocks (a share prompt over a channel name)
/// are short or start each line with a capital, so they stay apart.
///
/// ## Example
/// `The council voted on Tuesday to close the` / `night ferry, which has
/// run since 1962.` → one paragraph.
fn is_hard_wrapped(block: &[&str]) -> bool {
    if block.len() < 2 {
        return false;
    }
    let body = &block[..block.len() - 1];
    let lengths: Vec<usize> = body.iter().map(|l| l.chars().count()).collect();
    let max = lengths.iter().copied().max().unwrap_or(0);
    if !(40..=100).contains(&max) || lengths.iter().any(|&n| n * 10 < max * 6) {
        return false;
    }
    let open = body.iter().filter(|l| !Shape::of(l).ends_sentence).count();
    let lower_continuation = block[1..].iter().any(|l| l.chars().next().is_some_and(char::is_lowercase));
    open * 2 >= body.len() && lower_continuation
}

/// Applies the line rules to one trimmed, non-empty line.
fn analyze_line(trimmed: &str, raw: std::ops::Range<usize>) -> Option<Line> {
    let norm = normalize_line(trimmed);
    if norm.is_empty() {
        return None;
    }
    let (verdict, shape) = judge(&norm);
    // Repetition keys for short non-prose lines; a short sentence ("Police
    // are investigating.") is recycled as often as chrome but is text, so it
    // gets none.
    let short_sentence = shape.ends_sentence && shape.words >= 3 && shape.lower_words >= 2;
    let key =
        (!shape.is_prose() && !short_sentence && shape.words <= 25).then(|| shape.lower.as_deref().map(hash)).flatten();
    let fingerprint =
        if shape.is_prose() { hash_bytes(&norm.as_bytes()[..norm.len().min(128)], norm.len() as u64) } else { 0 };
    let norm = match norm {
        std::borrow::Cow::Borrowed(_) => None,
        std::borrow::Cow::Owned(s) => Some(s),
    };
    Some(Line {
        raw,
        norm,
        prose: shape.is_prose(),
        headline_like: shape.is_headline_like(),
        platform: verdict.platform,
        label: shape.is_label(),
        dateline: shape.all_caps && shape.words <= 4 && !shape.ends_sentence,
        key,
        fingerprint,
        reason: verdict.reason,
    })
}

/// The outcome of the line rules on one line.
struct Verdict {
    reason: Option<Reason>,
    platform: bool,
}

/// Measures and classifies a normalised line.
fn judge(norm: &str) -> (Verdict, Shape) {
    let mut shape = Shape::of(norm);
    let scan = norm.len() <= shape::MAX_VOCAB_BYTES && (!shape.is_prose() || phrases::prose_needs_scan(norm));
    let hits = if scan { phrases::scan(norm) } else { phrases::Hits::default() };
    // Plain prose needs no lower-cased copy unless it names cookies or a
    // newsletter (those rules read its words): this saves an allocation and
    // a pass on most of the text.
    if !shape.is_prose() || hits.cookie || hits.newsletter || hits.signup {
        shape = shape.with_lower(norm);
    }
    let ctx = Ctx { line: norm, shape: &shape, lower: shape.lower.as_deref(), hits };
    let reason = rules::classify(&ctx);
    (Verdict { reason, platform: hits.platforms > 0 }, shape)
}

/// Classifies a line seen on its own (the ingest title).
fn classify_alone(line: &str) -> Option<Reason> {
    let norm = normalize_line(line.trim());
    if norm.is_empty() {
        return None;
    }
    judge(&norm).0.reason
}

fn hash(s: &str) -> u64 {
    hash_bytes(s.as_bytes(), 0)
}

/// A fixed, fast hash (the multiply-rotate step of FxHash, eight bytes at a
/// time). Fixed, so the same text hashes the same in every run and nothing
/// order-dependent can leak into the output; fast, because every prose line
/// is fingerprinted. Collisions only weaken the near-duplicate test.
fn hash_bytes(bytes: &[u8], seed: u64) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h = seed.wrapping_mul(K);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    for &b in chunks.remainder() {
        h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
    }
    (h.rotate_left(5) ^ bytes.len() as u64).wrapping_mul(K)
}

impl Analysis {
    /// Index of the first and last kept prose lines.
    fn prose_bounds(&self) -> Option<(usize, usize)> {
        let kept_prose = |l: &Line| l.reason.is_none() && l.prose;
        Some((self.lines.iter().position(kept_prose)?, self.lines.iter().rposition(kept_prose)?))
    }

    /// What the corpus pass needs: the prose fingerprint and the header and
    /// footer lines that may be chrome.
    fn evidence(&self, outlet: Option<&str>) -> corpus::DocEvidence {
        let mut prose: Vec<u64> = Vec::new();
        let mut candidates = Vec::new();
        if let Some((first, last)) = self.prose_bounds() {
            for (i, l) in self.lines.iter().enumerate() {
                if l.prose {
                    prose.push(l.fingerprint);
                } else if l.reason.is_none()
                    && ((i < first && !l.dateline) || i > last)
                    && let Some(k) = l.key
                {
                    candidates.push((i, k));
                }
            }
        }
        prose.sort_unstable();
        prose.dedup();
        corpus::DocEvidence { group: outlet.map(|o| o.trim().to_lowercase()), prose, candidates }
    }

    /// The footer rule.
    ///
    /// ## What it does
    /// After the last prose line, once a footer line has been seen (a
    /// mirror-address lead-in, a share, newsletter, app or cookie prompt, a
    /// copyright line), removes every later short label (ten words or
    /// fewer, no final punctuation): as `app-promo` when it names a
    /// platform, else as `footer`. Addresses after a mirror-address lead-in
    /// become `alternate-address`.
    ///
    /// ## Why
    /// Footers are blocks: a lead-in ("also available at:", "Share this
    /// article") followed by items that mean nothing alone (a channel name
    /// next to a platform logo). After the last sentence of an article and
    /// its first footer line, a label is page furniture. Links and related
    /// headlines do not open a footer: lists that end articles (schedules,
    /// product lists) often follow them.
    ///
    /// ## Example
    /// `… is mirrored at these alternate addresses:` then
    /// `Valley TV Live Roku` → `alternate-address`, `app-promo`.
    fn apply_footer_rule(&mut self) {
        let Some((_, last)) = self.prose_bounds() else { return };
        let mut block: Option<Reason> = None;
        for l in &mut self.lines[last + 1..] {
            match l.reason {
                Some(Reason::Link) if block == Some(Reason::AlternateAddress) => {
                    l.reason = Some(Reason::AlternateAddress)
                }
                Some(Reason::AlternateAddress) => block = Some(Reason::AlternateAddress),
                // A repeated footer line that names a platform is an app badge.
                Some(Reason::RepeatedAcrossOutlet) if l.platform => {
                    l.reason = Some(Reason::AppPromo);
                    block.get_or_insert(Reason::AppPromo);
                }
                Some(
                    r @ (Reason::SharePrompt
                    | Reason::Copyright
                    | Reason::Newsletter
                    | Reason::AppPromo
                    | Reason::CookieNotice),
                ) => {
                    block.get_or_insert(r);
                }
                Some(_) => {}
                None if block.is_some() && l.label => {
                    l.reason = Some(if l.platform { Reason::AppPromo } else { Reason::Footer });
                }
                None => {}
            }
        }
    }
}

/// Builds the cleaned document from the raw one and the verdicts.
fn assemble(raw: RawDocument, analysis: Analysis) -> Document {
    let body = raw.body.as_str();
    let mut removed: Vec<Removed> = raw.removed;
    let mut title = raw.title;
    let mut promoted: Option<usize> = None;
    if let Some(reason) = analysis.title_reason {
        removed.push(Removed {
            text: title.take().unwrap_or_default().trim().to_string(),
            reason: reason.as_str().into(),
        });
        // The ingest title was a breadcrumb or a label: the headline is the
        // first kept line, if it reads as one and comes before any prose.
        if let Some(i) = analysis.lines.iter().position(|l| l.reason.is_none())
            && analysis.lines[i].headline_like
        {
            title = Some(analysis.lines[i].text(body).to_string());
            promoted = Some(i);
        }
    }
    let mut text = String::with_capacity(body.len());
    let mut byline_author: Option<String> = None;
    for (i, l) in analysis.lines.iter().enumerate() {
        if Some(i) == promoted {
            continue;
        }
        match l.reason {
            None => {
                if !text.is_empty() {
                    text.push_str("\n\n");
                }
                text.push_str(l.text(body));
            }
            Some(reason) => {
                if reason == Reason::Byline && byline_author.is_none() {
                    byline_author = rules::byline_name(l.text(body)).map(str::to_string);
                }
                removed.push(Removed { text: body[l.raw.clone()].to_string(), reason: reason.as_str().into() });
            }
        }
    }
    let mut doc = Document::new(raw.id, raw.path, text);
    doc.title = title.map(|t| normalize_line(t.trim()).into_owned()).filter(|t| !t.is_empty());
    doc.outlet = raw.outlet;
    doc.url = raw.url;
    if let Some(p) = raw.published {
        doc.published = Published { value: Some(p), source: Some(DateSource::Metadata), ..Published::default() };
    }
    doc.author = raw.author.or(byline_author);
    doc.format = Some(raw.format);
    doc.removed = removed;
    doc.extra = raw.extra;
    doc
}

#[cfg(test)]
mod tests;
