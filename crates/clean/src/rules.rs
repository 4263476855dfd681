//! The line rules: each decides from one line alone whether it is chrome.
//!
//! Rules are written in the style of ruff's lint rules: each says what it
//! does, why, and gives an example. They are tried in [`LOCAL_RULES`] order
//! and the first that fires gives the [`Reason`]. Rules that judge a line by
//! its shape (navigation, share prompts, interface labels, bylines, app
//! promotion) never fire on prose ([`Shape::is_prose`]); rules that match a
//! distinctive phrase (cookie notices, newsletter prompts, copyright lines,
//! alternate addresses, photo credits, "Read next:" cues) may, because such
//! lines are often written as full sentences.
//!
//! The vocabulary lists are interface English, the words of site furniture
//! ("share", "subscribe", "skip to content"), never names of outlets or
//! topics.

use crate::Reason;
use crate::phrases::Hits;
use crate::shape::Shape;

/// What a rule sees: the normalised line, its shape, and a lower-cased copy
/// when the line is short enough and may match a vocabulary rule.
pub(crate) struct Ctx<'a> {
    pub line: &'a str,
    pub shape: &'a Shape,
    pub lower: Option<&'a str>,
    pub hits: Hits,
}

impl Ctx<'_> {
    /// The line's words, lower-cased, with punctuation trimmed from both
    /// ends; separator-only words (`/`, `|`, `-`) are skipped.
    fn tokens(&self) -> impl Iterator<Item = &str> {
        self.lower
            .unwrap_or("")
            .split(' ')
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
    }
}

/// A local rule: a test on one line.
pub(crate) type Rule = fn(&Ctx) -> bool;

/// The local rules in the order they are tried. Specific rules come first
/// so that a line gets the most telling reason.
pub(crate) const LOCAL_RULES: &[(Reason, Rule)] = &[
    (Reason::Link, url_line),
    (Reason::AlternateAddress, alternate_address),
    (Reason::Copyright, copyright),
    (Reason::CookieNotice, cookie_notice),
    (Reason::Newsletter, newsletter_prompt),
    (Reason::PhotoCredit, photo_credit),
    (Reason::RelatedLink, related_link),
    (Reason::Navigation, breadcrumb),
    (Reason::Navigation, tag_list),
    (Reason::SharePrompt, share_prompt),
    (Reason::AppPromo, app_promo),
    (Reason::Byline, byline),
    (Reason::Boilerplate, interface_label),
    (Reason::Boilerplate, click_prompt),
    (Reason::Boilerplate, separator),
    (Reason::Byline, source_credit),
    (Reason::SharePrompt, follow_prompt),
];

/// Runs the local rules on one line.
pub(crate) fn classify(ctx: &Ctx) -> Option<Reason> {
    LOCAL_RULES.iter().find(|(_, rule)| rule(ctx)).map(|(reason, _)| *reason)
}

// ---------------------------------------------------------------------------
// Link lines

/// Generic top-level domains accepted as a bare address (besides every
/// two-letter country code).
const GENERIC_TLDS: &[&str] = &[
    "com", "net", "org", "info", "biz", "gov", "edu", "mil", "int", "io", "news", "tv", "online", "site", "app",
    "media", "press", "today", "live", "world", "ai", "website", "blog", "global", "agency", "network",
];

/// ## What it does
/// Removes a line that is nothing but a web address or a domain name
/// (`www.example-news.com`, `https://example.org/live`, `example.tv`).
///
/// ## Why
/// Pages list mirror domains, social handles and "source" links on lines of
/// their own; an address carries no statement. Numbers (`1.5`) and
/// abbreviations (`U.S.`) are not addresses: the last label must be a known
/// generic TLD or a two-letter country code.
///
/// A short label before the address (`Download: https://…`) is allowed.
///
/// ## Example
/// `www.example-news.co.uk` → `link` (or `alternate-address` after an
/// alternate-address cue).
pub(crate) fn url_line(ctx: &Ctx) -> bool {
    // An address, after at most a three-word label.
    if ctx.shape.words > 4 {
        return false;
    }
    let mut s = ctx.line.trim_start_matches(is_bullet).trim();
    // "Download: https://…", "Web: example.org": a short label, a colon and
    // an address.
    if let Some((label, rest)) = s.split_once(": ")
        && label.split(' ').count() <= 3
        && !rest.contains(' ')
    {
        s = rest.trim();
    }
    if s.is_empty() || s.len() > 300 || s.contains(' ') {
        return false;
    }
    let lower = s.to_ascii_lowercase();
    let mut rest = lower.as_str();
    let mut has_scheme = false;
    for scheme in ["https://", "http://"] {
        if let Some(r) = rest.strip_prefix(scheme) {
            rest = r;
            has_scheme = true;
        }
    }
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or(host);
    let labels: Vec<&str> = host.split('.').collect();
    if labels.len() < 2 || labels.iter().any(|l| l.is_empty()) {
        return false;
    }
    if !labels.iter().all(|l| l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')) {
        return false;
    }
    let tld = labels[labels.len() - 1];
    // With a scheme it is an address whatever the domain; without one the
    // top-level domain must be a known one, or "U.S." would be a domain.
    tld.bytes().all(|b| b.is_ascii_alphabetic()) && (has_scheme || tld.len() == 2 || GENERIC_TLDS.contains(&tld))
}

/// ## What it does
/// Removes the lead-in of an alternate-address footer: a line saying the site
/// can also be reached at other addresses.
///
/// ## Why
/// Sites blocked in some countries end every article with a list of mirror
/// domains and apps; the lead-in is a fixed sentence about the website, not
/// about the story. The addresses and platform lines after it are removed by
/// [`url_line`] and by the footer rule.
///
/// ## Example
/// `The Daily Example's website is mirrored at these alternate
/// addresses:` → `alternate-address`.
pub(crate) fn alternate_address(ctx: &Ctx) -> bool {
    ctx.hits.alternate && ctx.shape.words <= 30
}

// ---------------------------------------------------------------------------
// Legal and consent notices

/// ## What it does
/// Removes copyright lines: a line with `©`, "All rights reserved", or one
/// that starts with "Copyright" and names a year.
///
/// ## Why
/// Footers repeat the outlet's copyright under every article.
///
/// ## Example
/// `© Example Gazette 2024. All rights reserved.` → `copyright`.
pub(crate) fn copyright(ctx: &Ctx) -> bool {
    if ctx.shape.words > 30 {
        return false;
    }
    let starts = (starts_with_ci(ctx.line, "copyright") || starts_with_ci(ctx.line, "(c) "))
        && ctx.line.bytes().any(|b| b.is_ascii_digit());
    ctx.hits.copyright || (starts && !ctx.shape.is_prose())
}

/// ## What it does
/// Removes cookie and consent notices: a line about cookies addressed to the
/// reader ("we use", "you", "our site").
///
/// ## Why
/// Extracted text and saved pages often keep the consent banner. A sentence
/// about cookie law in a news story has no "we/you/our".
///
/// ## Example
/// `We use cookies to improve your experience on our site.` → `cookie-notice`.
pub(crate) fn cookie_notice(ctx: &Ctx) -> bool {
    let Some(lower) = ctx.lower else { return false };
    if ctx.shape.words > 80 || !ctx.hits.cookie {
        return false;
    }
    addresses_reader(ctx) || lower.contains("this site") || lower.contains("this website")
}

/// ## What it does
/// Removes newsletter and subscription prompts: a line with "newsletter",
/// "inbox", or "sign up for"/"subscribe to" with a word of news ("daily",
/// "briefing", "alerts"), that asks something of the reader: it speaks to
/// them ("you", "our"), opens with an imperative ("Sign up", "Get") or uses
/// sign-up words ("subscribe", "delivered", "free", "email").
///
/// ## Why
/// Sign-up prompts interrupt and end articles. A news sentence or a
/// headline that mentions a newsletter ("the union's newsletter said...",
/// "Newsletter wars heat up") asks nothing of the reader and stays.
///
/// ## Example
/// `Sign up for the Morning Brief, delivered to your inbox` → `newsletter`.
pub(crate) fn newsletter_prompt(ctx: &Ctx) -> bool {
    if ctx.shape.words > 30 || !(ctx.hits.newsletter || ctx.hits.signup && signup_is_for_news(ctx)) {
        return false;
    }
    addresses_reader(ctx)
        || starts_imperative(ctx)
        || ctx.tokens().any(|t| {
            matches!(t, "subscribe" | "subscribers" | "sign" | "signup" | "delivered" | "free" | "email" | "e-mail")
        })
}

/// "Sign up for" and "subscribe to" prompt a newsletter only when they name
/// one: `Sign up for our daily briefing`, not `Sign up for a streaming plan`.
fn signup_is_for_news(ctx: &Ctx) -> bool {
    ctx.tokens().any(|t| {
        matches!(
            t,
            "our"
                | "email"
                | "emails"
                | "e-mail"
                | "updates"
                | "alerts"
                | "briefing"
                | "digest"
                | "bulletin"
                | "news"
                | "headlines"
                | "daily"
                | "weekly"
                | "morning"
                | "evening"
        )
    })
}

/// True when the line speaks to the reader: "you", "your", "we", "our", "us".
fn addresses_reader(ctx: &Ctx) -> bool {
    ctx.tokens().any(|t| matches!(t, "you" | "your" | "we" | "our" | "us" | "you're" | "you’re"))
}

/// True when the line opens with an interface imperative ("Sign up", "Get").
fn starts_imperative(ctx: &Ctx) -> bool {
    matches!(
        ctx.tokens().next(),
        Some(
            "sign"
                | "subscribe"
                | "get"
                | "join"
                | "enter"
                | "receive"
                | "stay"
                | "don't"
                | "don’t"
                | "never"
                | "want"
                | "click"
                | "register"
                | "follow"
                | "download"
        )
    )
}

// ---------------------------------------------------------------------------
// Photo credits and captions

/// Words that open the bracketed credit at the end of a caption.
const CREDIT_OPENERS: &[&str] = &[
    "photo",
    "file photo",
    "image",
    "picture",
    "pic",
    "credit",
    "photograph",
    "illustration",
    "screenshot",
    "screengrab",
    "screen grab",
    "getty",
    "ap photo",
    "afp photo",
    "reuters photo",
    "courtesy",
    "video grab",
    "handout",
    "illustrative",
];

/// Line openings that mark a credit or caption line.
const CREDIT_PREFIXES: &[&str] = &[
    "image source",
    "image caption",
    "media caption",
    "photo:",
    "photo by",
    "photos:",
    "photo credit",
    "photograph:",
    "photograph by",
    "image:",
    "image credit",
    "images:",
    "picture:",
    "pictures:",
    "credit:",
    "caption:",
    "file photo",
    "illustration:",
    "illustrative:",
    "pic:",
    "video:",
    "main image:",
    "main image credit",
    "top image credit",
    "lead image",
    "image credit:",
    "photo credit:",
    "top image:",
];

/// Agency credits that end a caption line after a slash or "via".
const CREDIT_SUFFIXES: &[&str] = &[
    "getty images",
    "/getty",
    "/ getty",
    "/afp",
    "/ afp",
    "/reuters",
    "/ reuters",
    "/ap",
    "/ ap",
    "/epa",
    "/ epa",
    "shutterstock",
    "/anadolu",
    "/ anadolu",
    "(file)",
];

/// Whole lines that are only a credit.
const CREDIT_LINES: &[&str] =
    &["getty images", "afp", "reuters", "ap", "epa", "file photo", "photo", "file", "handout"];

/// ## What it does
/// Removes photo captions and credits: a line ending in a bracketed credit
/// (`(Photo by …)`, `(File photo)`, `(Image: …)`), a line opening with a
/// credit label (`Photo:`, `Image credit`), a line ending in an agency credit
/// (`… /AFP`, `… Getty Images`) or a line that is only a credit.
///
/// ## Why
/// Captions describe a picture the text no longer shows; they repeat the
/// story in other words and would count as reports of it. A caption may be a
/// long sentence, so this rule also applies to prose-shaped lines, but only
/// with the credit in these fixed positions.
///
/// ## Example
/// `Firefighters at the depot on Monday. (Photo by Example Wire)` →
/// `photo-credit`.
pub(crate) fn photo_credit(ctx: &Ctx) -> bool {
    let line = ctx.line;
    // A bracketed credit at the very end.
    if line.ends_with(')')
        && let Some(open) = line.rfind('(')
    {
        let inner = line[open + 1..line.len() - 1].trim();
        if inner.len() <= 80 && CREDIT_OPENERS.iter().any(|p| starts_with_ci(inner, p)) {
            return true;
        }
    }
    let first = line.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    if ctx.shape.words <= 40 && b"picfvmt".contains(&first) && CREDIT_PREFIXES.iter().any(|p| starts_with_ci(line, p)) {
        return true;
    }
    let Some(lower) = ctx.lower else { return false };
    if ctx.shape.words <= 40 && !ctx.shape.ends_sentence && CREDIT_SUFFIXES.iter().any(|s| lower.ends_with(s)) {
        return true;
    }
    CREDIT_LINES.contains(&lower.trim_matches(|c: char| !c.is_alphanumeric()))
}

// ---------------------------------------------------------------------------
// Links to other articles

/// Cues that open a link to another article or a list of them.
const RELATED_CUES: &[&str] = &[
    "read next",
    "read more",
    "read also",
    "also read",
    "see also",
    "also see",
    "related",
    "related stories",
    "related articles",
    "related news",
    "related content",
    "related coverage",
    "related topics",
    "more on this story",
    "more on this",
    "more stories",
    "more news",
    "more from",
    "recommended",
    "recommended stories",
    "you may also like",
    "you might also like",
    "you may be interested in",
    "further reading",
    "don't miss",
    "don’t miss",
    "must read",
    "must-read",
    "most read",
    "most popular",
    "top stories",
    "trending",
    "trending now",
    "latest news",
    "latest stories",
    "editor's picks",
    "editor’s picks",
    "editor's choice",
    "editor’s choice",
    "watch",
    "listen",
    "read",
    "more",
    "also",
    "related link",
    "related links",
    "suggested reading",
    "explore more",
    "most viewed",
    "most shared",
    "more on this topic",
];

/// Cues that only ever open a link, even without a separator.
const STRONG_CUES: &[&str] =
    &["read more", "read next", "read also", "also read", "see also", "further reading", "explore more"];

/// The first words of [`RELATED_CUES`].
const CUE_FIRST_WORDS: &[&str] = &[
    "explore",
    "read",
    "also",
    "see",
    "related",
    "more",
    "recommended",
    "you",
    "further",
    "don't",
    "don’t",
    "must",
    "must-read",
    "most",
    "top",
    "trending",
    "latest",
    "editor's",
    "editor’s",
    "watch",
    "listen",
    "suggested",
];

/// ## What it does
/// Removes a link to another article: a line that opens with a cue ("Read
/// next", "Read more", "Related", "See also", "Watch") followed by a colon,
/// dash, bar or arrow and a link title, or a line that is only such a cue.
///
/// ## Why
/// Sites insert headlines of other stories between and after paragraphs.
/// The title after the cue reads like a headline (no final period) and would
/// otherwise pass as an in-body subheading; the cue and the separator give it
/// away. The title may be anything, so it is limited to one short sentence.
///
/// ## Example
/// `Read more: Harbour strike enters its third week` → `related-link`.
pub(crate) fn related_link(ctx: &Ctx) -> bool {
    let line = ctx.line.trim_start_matches(is_bullet).trim_start();
    // Every cue opens with one of these words: one comparison rules out
    // nearly every line before the cue list is walked.
    let first_word_end =
        line.find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-')).unwrap_or(line.len());
    let first = &line[..first_word_end];
    if first.len() > 11 || !CUE_FIRST_WORDS.iter().any(|w| first.eq_ignore_ascii_case(w)) {
        return false;
    }
    for cue in RELATED_CUES {
        if !starts_with_ci(line, cue) {
            continue;
        }
        let rest = &line[cue.len()..];
        // The cue must end at a word boundary.
        if rest.chars().next().is_some_and(char::is_alphanumeric) {
            continue;
        }
        let rest = rest.trim_start();
        if rest.chars().all(|c| !c.is_alphanumeric()) {
            // Only the cue, maybe with a separator: "Related", "READ MORE »".
            return true;
        }
        let Some(sep) = rest.chars().next() else { return true };
        if !matches!(sep, ':' | '|' | '-' | '–' | '—' | '»' | '>' | '›' | '→' | '▶' | '►') {
            // "Read more on the strike", "READ MORE AT EXAMPLE NEWS": these
            // cues open nothing but links, with or without a separator.
            if STRONG_CUES.contains(cue) && !ctx.shape.is_prose() && ctx.shape.words <= 15 {
                return true;
            }
            continue;
        }
        let title = rest[sep.len_utf8()..].trim();
        let title_words = title.split(' ').filter(|w| !w.is_empty()).count();
        // One short sentence at most: no ". X" inside.
        let sentences = title.matches(". ").count() + title.matches("? ").count() + title.matches("! ").count();
        return title_words <= 30 && sentences == 0;
    }
    false
}

// ---------------------------------------------------------------------------
// Navigation and interface labels

/// Section names that identify a two-part breadcrumb ("News / World").
const SECTION_WORDS: &[&str] = &[
    "news",
    "home",
    "world",
    "politics",
    "business",
    "economy",
    "sport",
    "sports",
    "opinion",
    "more",
    "latest",
    "local",
    "national",
    "international",
    "science",
    "tech",
    "technology",
    "health",
    "culture",
    "arts",
    "entertainment",
    "lifestyle",
    "travel",
    "video",
    "videos",
    "photos",
    "podcasts",
    "live",
    "analysis",
    "features",
    "society",
    "environment",
    "climate",
    "markets",
    "finance",
    "education",
    "crime",
    "justice",
    "defence",
    "defense",
    "military",
    "security",
    "weather",
    "columns",
    "blogs",
    "interviews",
    "reports",
    "region",
    "regions",
    "editor's choice",
    "editor’s choice",
    "top stories",
    "middle east",
    "europe",
    "asia",
    "africa",
    "americas",
    "uk",
    "us",
    "ports",
    "media",
    "in depth",
    "in-depth",
    "explainers",
    "comment",
    "commentary",
    "editorial",
    "editorials",
    "world news",
    "breaking news",
];

/// ## What it does
/// Removes navigation breadcrumbs: a line split by `/`, `>`, `»`, `|`, `›`,
/// `•` or `·` into short capitalised parts, with three parts or more, or two
/// of which one is a common section name.
///
/// ## Why
/// Saved pages start with the section path of the article. Each part is a
/// label, never a clause, so a sentence with a slash in it does not match.
///
/// ## Example
/// `Home / World / Europe` → `navigation`; `Business › Markets` →
/// `navigation`.
pub(crate) fn breadcrumb(ctx: &Ctx) -> bool {
    if ctx.shape.words > 15 || ctx.shape.is_prose() || ctx.shape.ends_sentence {
        return false;
    }
    let Some(lower) = ctx.lower else { return false };
    let is_sep = |c: char| matches!(c, '/' | '>' | '»' | '|' | '›' | '•' | '·' | '→' | '«' | '<');
    if !ctx.line.contains(is_sep) {
        return false;
    }
    let parts: Vec<&str> = ctx.line.split(is_sep).map(str::trim).filter(|p| !p.is_empty()).collect();
    if parts.len() < 2 {
        return false;
    }
    let label = |p: &&str| {
        let words = p.split(' ').count();
        let first = p.chars().next();
        words <= 4
            && first.is_some_and(|c| c.is_uppercase() || c.is_numeric())
            && !p.contains([',', ';', ':', '.', '*', '(', ')'])
    };
    if !parts.iter().all(label) {
        return false;
    }
    if parts.len() >= 3 {
        return true;
    }
    let lower_parts = lower.split(is_sep).map(str::trim);
    lower_parts.filter(|p| !p.is_empty()).any(|p| SECTION_WORDS.contains(&p))
}

/// Labels that open a list of topic tags.
const TAG_LABELS: &[&str] =
    &["tags", "tagged", "topics", "filed under", "categories", "category", "keywords", "more about"];

/// ## What it does
/// Removes topic-tag lists: a non-prose line that opens with a tag label
/// ("Tags:", "Topics:", "Filed under:") and a colon.
///
/// ## Why
/// Article pages end with links to topic pages; extraction keeps them as a
/// line of names that would count as entity mentions.
///
/// ## Example
/// `Tags: Harbour strike, Port authority, Lakeside` → `navigation`.
pub(crate) fn tag_list(ctx: &Ctx) -> bool {
    if ctx.shape.is_prose() || ctx.shape.words > 40 {
        return false;
    }
    TAG_LABELS.iter().any(|label| {
        starts_with_ci(ctx.line, label) && ctx.line[label.len()..].trim_start().starts_with([':', '|', '»', '>'])
    })
}

/// ## What it does
/// Removes "click here" prompts: a short line that opens with "Click here"
/// or "Tap here".
///
/// ## Why
/// Links to galleries, live pages or forms survive extraction as an
/// instruction to the reader; news prose never opens that way.
///
/// ## Example
/// `Click here to read the full report` → `boilerplate`.
pub(crate) fn click_prompt(ctx: &Ctx) -> bool {
    ctx.shape.words <= 25
        && ["click here", "tap here", "click to ", "tap to "].iter().any(|p| starts_with_ci(ctx.line, p))
}

/// ## What it does
/// Removes separator lines: lines without a single letter or digit (`___`,
/// `* * *`, `—`).
///
/// ## Why
/// Rules between article and footer carry no text; kept, they would become
/// sentences of punctuation.
///
/// ## Example
/// `______________________________` → `boilerplate`.
pub(crate) fn separator(ctx: &Ctx) -> bool {
    !ctx.line.chars().any(char::is_alphanumeric)
}

/// ## What it does
/// Removes source credits: a short non-prose line opening with `Source:` or
/// `Sources:`.
///
/// ## Why
/// Articles assembled from wires end with `Source: Example News and news
/// agencies`; the line credits, it does not report.
///
/// ## Example
/// `Source: Valley Herald and news agencies` → `byline`.
pub(crate) fn source_credit(ctx: &Ctx) -> bool {
    ctx.shape.words <= 10
        && !ctx.shape.ends_sentence
        && (starts_with_ci(ctx.line, "source:") || starts_with_ci(ctx.line, "sources:"))
}

/// ## What it does
/// Removes follow prompts: a short line opening with "Follow" that ends with
/// a colon or names a network (`Follow Valley Herald English:`).
///
/// ## Why
/// Social links survive extraction as their lead-in. Prose does not open
/// with the imperative "Follow" and end with a colon.
///
/// ## Example
/// `Follow Lakeside Ledger on:` → `share-prompt`.
pub(crate) fn follow_prompt(ctx: &Ctx) -> bool {
    if ctx.shape.words > 8 || ctx.shape.ends_sentence || !starts_with_ci(ctx.line, "follow ") {
        return false;
    }
    ctx.shape.ends_colon || ctx.tokens().any(|t| NETWORKS.contains(&t))
}

/// Verbs and names of share bars.
const SHARE_VERBS: &[&str] = &[
    "share", "sharing", "tweet", "email", "e-mail", "mail", "print", "follow", "copy", "copied", "bookmark", "save",
    "repost",
];
/// Networks named in share bars.
const NETWORKS: &[&str] = &[
    "facebook",
    "twitter",
    "whatsapp",
    "telegram",
    "linkedin",
    "reddit",
    "pinterest",
    "messenger",
    "vk",
    "flipboard",
    "instagram",
    "youtube",
    "tiktok",
    "bluesky",
    "mastodon",
    "threads",
    "x",
    "sms",
    "viber",
    "line",
    "weibo",
    "wechat",
];
/// Small words allowed around share verbs.
const SHARE_FILLER: &[&str] = &[
    "this", "the", "article", "story", "page", "post", "on", "via", "us", "now", "with", "your", "friends", "to", "a",
    "an", "and", "or", "our", "here", "click", "it", "in", "by", "for", "of", "link", "url", "social", "media",
    "icons", "button", "channel", "channels", "networks", "news", "opens", "new", "window", "tab", "latest", "updates",
    "more", "stories", "breaking", "all", "get",
];

/// ## What it does
/// Removes share prompts and share bars: a short line made only of share
/// verbs ("share", "tweet", "email", "print", "follow"), network names and
/// small filler words, with at least one verb or three network names.
///
/// ## Why
/// Share bars become lines like `SHARE THIS ARTICLE` or
/// `Facebook Twitter WhatsApp Email` in extracted text. Requiring every word
/// to come from that vocabulary keeps real subheadings ("Twitter and the
/// election") out.
///
/// ## Example
/// `Share this story with your friends` → `share-prompt`.
pub(crate) fn share_prompt(ctx: &Ctx) -> bool {
    if ctx.shape.words > 12 || ctx.shape.is_prose() || ctx.lower.is_none() {
        return false;
    }
    let (mut verbs, mut networks) = (0, 0);
    for t in ctx.tokens() {
        if SHARE_VERBS.contains(&t) {
            verbs += 1;
        } else if NETWORKS.contains(&t) {
            networks += 1;
        } else if !SHARE_FILLER.contains(&t) && !t.bytes().all(|b| b.is_ascii_digit() || b == b'k') {
            // Counters ("Share 12", "1.2k") are part of share bars.
            return false;
        }
    }
    verbs >= 1 || networks >= 3
}

/// Words that make a platform line an invitation to install.
const APP_WORDS: &[&str] = &["app", "apps", "download", "install", "available", "get", "stream", "watch", "listen"];

/// ## What it does
/// Removes app promotion: a short non-prose line naming two platforms or app
/// stores, or one with an install word ("app", "download", "available").
/// A line naming one platform alone is removed only in a footer (see the
/// footer rule in the crate docs).
///
/// ## Why
/// Outlets end articles with "Get our app on the App Store and Google Play"
/// or a row of platform badges that extraction turns into words.
///
/// ## Example
/// `Download the Example News app for iPhone and Android` → `app-promo`.
pub(crate) fn app_promo(ctx: &Ctx) -> bool {
    if ctx.shape.words > 15 || ctx.shape.is_prose() {
        return false;
    }
    let platforms = ctx.hits.platforms;
    platforms >= 2 || (platforms == 1 && ctx.tokens().any(|t| APP_WORDS.contains(&t)))
}

/// Small words allowed in a name after "By".
const NAME_PARTICLES: &[&str] = &["and", "&", "de", "da", "del", "van", "von", "der", "al", "bin", "ibn", "la", "le"];
/// Openings of reporting credits at the end of wire stories.
const CREDIT_LINE_OPENERS: &[&str] = &[
    "reporting by",
    "additional reporting by",
    "(reporting by",
    "editing by",
    "writing by",
    "compiled by",
    "(additional reporting",
];

/// ## What it does
/// Removes bylines and reporting credits: `By Jane Doe and John Roe` (two to
/// six capitalised name words after "By"), `Reporting by …; Editing by …`.
///
/// ## Why
/// The author is metadata, not a statement of the story; left in the text it
/// becomes a one-word "sentence" and a stray person mention. When ingest
/// found no author, the cleaner takes it from the byline.
///
/// ## Example
/// `By Maria Example, Harbour Correspondent` → `byline`.
pub(crate) fn byline(ctx: &Ctx) -> bool {
    if ctx.shape.words > 40 {
        return false;
    }
    let first = ctx.line.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    if b"(raewc".contains(&first) && CREDIT_LINE_OPENERS.iter().any(|p| starts_with_ci(ctx.line, p)) {
        return true;
    }
    if ctx.shape.ends_sentence {
        return false;
    }
    byline_name(ctx.line).is_some() || agency_line(ctx) || credited_name(ctx.line)
}

/// Lines that are only a news agency or staff credit.
const AGENCY_LINES: &[&str] = &[
    "associated press",
    "the associated press",
    "staff reports",
    "staff report",
    "agencies",
    "news agencies",
    "wire services",
    "staff and agencies",
    "source: agencies",
    "source: news agencies",
];

/// A line that is only an agency credit: `Associated Press`, `Staff and
/// agencies`, `Example News wire services`.
fn agency_line(ctx: &Ctx) -> bool {
    let Some(lower) = ctx.lower else { return false };
    let lower = lower.trim_matches(|c: char| !c.is_alphanumeric());
    AGENCY_LINES.contains(&lower) || (ctx.shape.words <= 6 && lower.ends_with("wire services"))
}

/// Job titles that end a byline without "By": `Jo Example, AP Auto Writer`.
const BYLINE_ROLES: &[&str] =
    &["writer", "correspondent", "reporter", "editor", "columnist", "associated press", "staff", "contributor"];

/// `Name Surname, Role` or `Name and Name, Agency`: capitalised name words,
/// a comma, and a role or agency at the end of a short line.
fn credited_name(line: &str) -> bool {
    if line.len() > 120 {
        return false;
    }
    let Some((name, role)) = line.split_once(", ") else { return false };
    if line.split(' ').count() > 12 || !byline_words_are_names(name) {
        return false;
    }
    let role = role.trim().to_lowercase();
    BYLINE_ROLES.iter().any(|r| role.ends_with(r))
}

/// Two to six capitalised words (or name particles such as "de", "and").
fn byline_words_are_names(name: &str) -> bool {
    let words: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
    (2..=6).contains(&words.len())
        && words.iter().all(|w| {
            NAME_PARTICLES.contains(&w.to_lowercase().as_str())
                || (w.chars().next().is_some_and(char::is_uppercase) && !w.chars().any(|c| c.is_ascii_digit()))
        })
}

/// The name in a byline (`By Jane Doe` → `Jane Doe`), when the line is one.
pub(crate) fn byline_name(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("By ").or_else(|| line.strip_prefix("BY "))?;
    // "By Jane Doe, Harbour Correspondent", "By Jo Roe - 11/18/19 11:04 PM":
    // the name is before the comma, bar or dash.
    let name = rest.split([',', '|', '—', '–']).next()?.split(" - ").next()?.trim();
    if rest.split(' ').count() > 12 {
        return None;
    }
    // "By Reuters": one capitalised word when it is the whole line.
    let single = name == rest.trim() && !name.contains(' ') && name.chars().next().is_some_and(char::is_uppercase);
    (single || byline_words_are_names(name)).then_some(name)
}

/// Interface words: page furniture that is never news.
const INTERFACE_WORDS: &[&str] = &[
    "advertisement",
    "advertising",
    "image",
    "feedback",
    "supported",
    "reuse",
    "advertisements",
    "advert",
    "ad",
    "ads",
    "sponsored",
    "skip",
    "menu",
    "search",
    "login",
    "log",
    "sign",
    "signup",
    "register",
    "subscribe",
    "top",
    "close",
    "next",
    "previous",
    "prev",
    "loading",
    "comments",
    "comment",
    "continue",
    "continues",
    "reading",
    "scroll",
    "toggle",
    "gallery",
    "enlarge",
    "expand",
    "collapse",
    "video",
    "audio",
    "play",
    "pause",
    "mute",
    "unmute",
    "fullscreen",
    "transcript",
    "replay",
    "watch",
    "listen",
    "more",
    "back",
    "home",
    "navigation",
    "sections",
    "account",
    "logout",
    "settings",
    "privacy",
    "policy",
    "terms",
    "contact",
    "slideshow",
    "photos",
    "images",
    "view",
    "show",
    "hide",
    "load",
    "print",
    "caption",
    "ago",
    "updated",
    "min",
    "mins",
    "read",
    "minute",
    "minutes",
];
/// Small words allowed around interface words.
const INTERFACE_FILLER: &[&str] = &[
    "to", "the", "a", "an", "in", "on", "of", "for", "and", "or", "us", "our", "main", "content", "page", "story",
    "article", "below", "above", "here", "now", "up", "out", "this", "with", "full", "all", "use", "about", "see", "1",
    "2", "3", "4", "5", "6", "7", "8", "9", "10",
];

/// ## What it does
/// Removes interface labels: a line of at most eight words made only of
/// interface words ("Advertisement", "Skip to main content", "Back to top",
/// "Story continues below advertisement", "Privacy policy", "5 min read")
/// and small filler words.
///
/// ## Why
/// Extraction leaves the labels of buttons, ad slots and menus as lines of
/// their own. A subheading uses content words, which this vocabulary lacks.
///
/// ## Example
/// `Story continues below advertisement` → `boilerplate`.
pub(crate) fn interface_label(ctx: &Ctx) -> bool {
    if ctx.shape.words > 8 || ctx.shape.is_prose() || ctx.lower.is_none() {
        return false;
    }
    let mut core = 0;
    for t in ctx.tokens() {
        if INTERFACE_WORDS.contains(&t) {
            core += 1;
        } else if !INTERFACE_FILLER.contains(&t) {
            return false;
        }
    }
    core >= 1
}

// ---------------------------------------------------------------------------
// Helpers

/// Bullets and arrows that may open a chrome line.
pub(crate) fn is_bullet(c: char) -> bool {
    matches!(c, '»' | '>' | '•' | '·' | '-' | '–' | '—' | '*' | '|' | '→' | '▶' | '►' | '■' | '▪' | ' ')
}

/// ASCII-case-insensitive `starts_with` for an ASCII-lowercase `pat`.
fn starts_with_ci(s: &str, pat: &str) -> bool {
    s.len() >= pat.len()
        && s.as_bytes()[..pat.len()].eq_ignore_ascii_case(pat.as_bytes())
        && s.is_char_boundary(pat.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Classifies one invented line.
    fn reason(line: &str) -> Option<&'static str> {
        let shape = Shape::of(line);
        let shape = shape.with_lower(line);
        let hits = crate::phrases::scan(line);
        classify(&Ctx { line, shape: &shape, lower: shape.lower.as_deref(), hits }).map(Reason::as_str)
    }

    #[test]
    fn links() {
        assert_eq!(reason("www.harbour-gazette.co.uk"), Some("link"));
        assert_eq!(reason("https://example.org/live/updates"), Some("link"));
        assert_eq!(reason("gazette.news"), Some("link"));
        assert_eq!(reason("U.S."), None);
        assert_eq!(reason("1.5"), None);
    }

    #[test]
    fn alternate_addresses() {
        assert_eq!(
            reason("The Valley Herald’s website is mirrored at these alternate addresses:"),
            Some("alternate-address")
        );
        assert_eq!(reason("Our mirror sites:"), Some("alternate-address"));
    }

    #[test]
    fn notices() {
        assert_eq!(reason("© Valley Herald 2024"), Some("copyright"));
        assert_eq!(reason("Copyright 2021 Lakeside Media Group. All rights reserved."), Some("copyright"));
        assert_eq!(reason("We use cookies to give you the best experience on our website."), Some("cookie-notice"));
        assert_eq!(reason("Sign up for the Evening Digest, delivered to your inbox."), Some("newsletter"));
        assert_eq!(reason("Subscribe to the Lakeside Ledger newsletter"), Some("newsletter"));
        assert_eq!(reason("Sign up for our morning briefing"), Some("newsletter"));
        assert_eq!(reason("The Harbour Brief newsletter, free every weekday"), Some("newsletter"));
        assert_eq!(reason("Newsletter wars heat up in the valley"), None);
        assert_eq!(reason("Sign up for a streaming plan for $9.99 a month"), None);
        // Prose about cookies or newsletters stays.
        assert_eq!(reason("The regulator said the bakery had sold contaminated cookies to three schools."), None);
        assert_eq!(reason("The union's newsletter said that members had voted to strike in March."), None);
        assert_eq!(reason("Copyright law was rewritten in 2019, the culture minister said on Monday."), None);
    }

    #[test]
    fn photo_credits() {
        assert_eq!(reason("Firefighters outside the depot on Monday. (Photo by Lakeside Wire)"), Some("photo-credit"));
        assert_eq!(reason("Riot police in the square. (File photo)"), Some("photo-credit"));
        assert_eq!(reason("Photo: Valley Herald / Ana Example"), Some("photo-credit"));
        assert_eq!(
            reason("Crowds outside the ministry in Eastport. Jo Example/AFP via Getty Images"),
            Some("photo-credit")
        );
        assert_eq!(reason("Getty Images"), Some("photo-credit"));
        // A sentence that mentions a photo stays.
        assert_eq!(reason("The photo, taken by a resident, showed smoke over the harbour on Monday."), None);
        assert_eq!(reason("The minister said the talks (held in private) had gone well."), None);
    }

    #[test]
    fn related_links() {
        assert_eq!(reason("Read next: Ferry operator fined over late sailings"), Some("related-link"));
        assert_eq!(reason("READ MORE: Why the harbour strike matters"), Some("related-link"));
        assert_eq!(reason("» See also | Council budget: what changes"), Some("related-link"));
        assert_eq!(reason("Related"), Some("related-link"));
        assert_eq!(reason("Related stories"), Some("related-link"));
        assert_eq!(reason("Watch: Floodwater reaches the old town"), Some("related-link"));
        // Words that merely start with a cue stay.
        assert_eq!(reason("Relatedness of the two cases"), None);
        assert_eq!(reason("Readers respond to the harbour plan"), None);
        assert_eq!(reason("More than 300 people attended the meeting in the town hall, police said."), None);
        assert_eq!(reason("Watchdog warns on harbour dredging"), None);
    }

    #[test]
    fn breadcrumbs() {
        assert_eq!(reason("Home / World / Europe"), Some("navigation"));
        assert_eq!(reason("News » Lakeside"), Some("navigation"));
        assert_eq!(reason("Business › Markets"), Some("navigation"));
        assert_eq!(reason("SPORT | FOOTBALL | LEAGUE TWO"), Some("navigation"));
        // A two-part line without a section name, and prose with slashes, stay.
        assert_eq!(reason("Eastport / Westport"), None);
        assert_eq!(reason("Route A: Eastport, Westport/Northgate/Lakeside"), None);
        assert_eq!(reason("The 2019/20 season was cancelled after the club and/or the league folded."), None);
    }

    #[test]
    fn share_prompts() {
        assert_eq!(reason("SHARE THIS ARTICLE"), Some("share-prompt"));
        assert_eq!(reason("Share on Facebook Share on X Email"), Some("share-prompt"));
        assert_eq!(reason("Facebook Twitter WhatsApp"), Some("share-prompt"));
        assert_eq!(reason("Follow us on Telegram"), Some("share-prompt"));
        assert_eq!(reason("Twitter and Facebook"), None);
        assert_eq!(reason("Share prices fall again"), None);
    }

    #[test]
    fn app_promos() {
        assert_eq!(reason("Get the Valley Herald app on the App Store and Google Play"), Some("app-promo"));
        assert_eq!(reason("Valley TV Android iOS Roku"), Some("app-promo"));
        // One platform alone is only removed in a footer.
        assert_eq!(reason("Valley Herald Live Roku"), None);
        assert_eq!(reason("Android phones sold out"), None);
    }

    #[test]
    fn bylines() {
        assert_eq!(reason("By Maria Example and Tom Sample"), Some("byline"));
        assert_eq!(reason("By Ana de Example, Lakeside Wire"), Some("byline"));
        assert_eq!(reason("Reporting by Jo Example; Editing by Sam Sample"), Some("byline"));
        assert_eq!(reason("By the end of the week, most roads had reopened."), None);
        assert_eq!(byline_name("By Maria Example, Harbour Correspondent"), Some("Maria Example"));
        assert_eq!(byline_name("By Jo Roe - 11/18/19 11:04 PM EST"), Some("Jo Roe"));
        assert_eq!(reason("By Lakewire"), Some("byline"));
        assert_eq!(reason("Tom Example, AP Harbour Writer"), Some("byline"));
        assert_eq!(reason("Ana Example and Bo Sample, Associated Press"), Some("byline"));
        assert_eq!(reason("Associated Press"), Some("byline"));
        assert_eq!(reason("Valley News wire services"), Some("byline"));
        assert_eq!(reason("Paris, Texas"), None);
    }

    #[test]
    fn labelled_links_strong_cues_and_galleries() {
        assert_eq!(reason("Download: https://lakeside.example/app"), Some("link"));
        assert_eq!(reason("READ MORE ON VALLEY BUSINESS BY CLICKING HERE"), Some("related-link"));
        assert_eq!(reason("Read more about the strike in our live coverage"), Some("related-link"));
        assert_eq!(reason("Image 1 of 9"), Some("boilerplate"));
        assert_eq!(reason("See more photos:"), Some("boilerplate"));
        assert_eq!(reason("Main image credit: Lakeside Wire"), Some("photo-credit"));
        assert_eq!(reason("Read more than 40 reports, the inspector told the inquiry on Monday."), None);
    }

    #[test]
    fn separators_sources_follows() {
        assert_eq!(reason("______________________________"), Some("boilerplate"));
        assert_eq!(reason("* * *"), Some("boilerplate"));
        assert_eq!(reason("Source: Valley Herald and news agencies"), Some("byline"));
        assert_eq!(reason("Follow Lakeside Ledger English:"), Some("share-prompt"));
        assert_eq!(reason("Follow the money"), None);
        assert_eq!(reason("Sources close to the talks said a deal was near, according to two officials."), None);
        assert_eq!(reason("Explore more on these topics"), Some("related-link"));
        assert_eq!(reason("Link copied!"), Some("share-prompt"));
        assert_eq!(reason("Ad Feedback"), Some("boilerplate"));
        assert_eq!(reason("Reuse this content"), Some("boilerplate"));
    }

    #[test]
    fn tags_clicks_and_credits() {
        assert_eq!(reason("Tags: Harbour strike, Port authority, Lakeside"), Some("navigation"));
        assert_eq!(reason("Topics | Ferries"), Some("navigation"));
        assert_eq!(reason("Tagged as suspicious by the bank, the payments were frozen."), None);
        assert_eq!(reason("Click here to read the full report"), Some("boilerplate"));
        assert_eq!(reason("Image source, Lakeside Wire"), Some("photo-credit"));
        assert_eq!(reason("Share 12"), Some("share-prompt"));
        assert_eq!(reason("Follow us on Telegram for the latest updates"), Some("share-prompt"));
        assert_eq!(reason("ADVERTISING"), Some("boilerplate"));
    }

    #[test]
    fn interface_labels() {
        assert_eq!(reason("Advertisement"), Some("boilerplate"));
        assert_eq!(reason("Skip to main content"), Some("boilerplate"));
        assert_eq!(reason("Story continues below advertisement"), Some("boilerplate"));
        assert_eq!(reason("5 min read"), Some("boilerplate"));
        assert_eq!(reason("What comes next for the harbour"), None);
    }

    #[test]
    fn subheadings_and_prose_stay() {
        for line in [
            "Harbour strike: the cost so far",
            "Lakeside council's budget, explained",
            "Timeline",
            "A verdict was issued on Tuesday to bar the group's leader from the country.",
            "“We will not leave,” the mayor said.",
        ] {
            assert_eq!(reason(line), None, "{line}");
        }
    }
}
