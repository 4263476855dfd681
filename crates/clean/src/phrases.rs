//! Vocabulary phrases found in one pass over a line.
//!
//! Several rules ask "does this line contain one of these phrases?"
//! (alternate addresses, cookie and newsletter prompts, copyright marks,
//! platform names). Asking each with `str::contains` costs one scan per
//! phrase; one Aho-Corasick automaton answers all of them in a single
//! case-insensitive scan, which matters because every line is asked.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// Which phrase families a line contains.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Hits {
    /// "alternate addresses", "can also be accessed at", "mirror site".
    pub alternate: bool,
    /// "cookie".
    pub cookie: bool,
    /// "newsletter", "inbox".
    pub newsletter: bool,
    /// "sign up for", "subscribe to our": a newsletter prompt when the line
    /// names news, an offer when it does not.
    pub signup: bool,
    /// "©", "all rights reserved".
    pub copyright: bool,
    /// Platform and app-store names, as whole words ("Roku", "App Store").
    pub platforms: u8,
}

#[derive(Clone, Copy)]
enum Family {
    Alternate,
    Cookie,
    Newsletter,
    Signup,
    Copyright,
    Platform,
}

const ALTERNATE: &[&str] = &[
    "alternate address",
    "alternative address",
    "alternate domain",
    "alternative domain",
    "alternate url",
    "alternative url",
    "mirror site",
    "mirror address",
    "can also be accessed",
    "can also be reached at",
    "also available at the following",
];
const NEWSLETTER: &[&str] = &["newsletter", "inbox"];
const SIGNUP: &[&str] = &[
    "sign up for",
    "sign up to",
    "subscribe to our",
    "subscribe to the",
    "subscribe now",
    "subscribe for",
    "subscribe today",
];
const COPYRIGHT: &[&str] = &["©", "all rights reserved"];
/// Platforms and stores that app-promotion lines list.
const PLATFORMS: &[&str] = &[
    "roku",
    "android",
    "ios",
    "iphone",
    "ipad",
    "ipados",
    "tvos",
    "appgallery",
    "chromecast",
    "firestick",
    "kodi",
    "app store",
    "google play",
    "play store",
    "apple tv",
    "android tv",
    "fire tv",
    "smart tv",
    "apple podcasts",
    "google podcasts",
    "amazon alexa",
    "windows phone",
    "samsung tv",
    "lg tv",
    "huawei store",
];

static AUTOMATON: LazyLock<(AhoCorasick, Vec<Family>)> = LazyLock::new(|| {
    let mut patterns: Vec<&str> = Vec::new();
    let mut families = Vec::new();
    for (list, family) in [
        (ALTERNATE, Family::Alternate),
        (&["cookie"][..], Family::Cookie),
        (NEWSLETTER, Family::Newsletter),
        (SIGNUP, Family::Signup),
        (COPYRIGHT, Family::Copyright),
        (PLATFORMS, Family::Platform),
    ] {
        patterns.extend_from_slice(list);
        families.extend(std::iter::repeat_n(family, list.len()));
    }
    let ac = AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(&patterns)
        .expect("static patterns");
    (ac, families)
});

/// Phrases that may put a prose-shaped line under a vocabulary rule
/// (cookie notices, newsletter prompts, copyright lines can be sentences).
/// Listed in the cases they appear in, not matched case-insensitively, so
/// the automaton keeps its SIMD prefilter: prose lines, most of the text,
/// are ruled out at memory speed.
static PROSE_TRIGGERS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    // Leftmost-first semantics: the packed (Teddy) prefilter only serves
    // leftmost searches.
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostFirst)
        .build([
            "cookie",
            "Cookie",
            "COOKIE",
            "newsletter",
            "Newsletter",
            "NEWSLETTER",
            "inbox",
            "Inbox",
            "©",
            "sign up",
            "Sign up",
            "Sign Up",
            "SIGN UP",
            "subscribe",
            "Subscribe",
            "SUBSCRIBE",
            "rights reserved",
            "Rights Reserved",
        ])
        .expect("static patterns")
});

static COPYRIGHT_SIGN: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("©".as_bytes()));

/// True when a prose-shaped line needs the full [`scan`].
pub(crate) fn prose_needs_scan(line: &str) -> bool {
    // "©" is searched apart: a two-byte pattern would shorten the
    // automaton's fingerprints to two bytes and multiply false candidates.
    PROSE_TRIGGERS.is_match(line) || COPYRIGHT_SIGN.find(line.as_bytes()).is_some()
}

/// Scans `line` once for every phrase family.
pub(crate) fn scan(line: &str) -> Hits {
    let (ac, families) = &*AUTOMATON;
    let mut hits = Hits::default();
    let bytes = line.as_bytes();
    for m in ac.find_iter(line) {
        match families[m.pattern().as_usize()] {
            Family::Alternate => hits.alternate = true,
            Family::Cookie => hits.cookie = true,
            Family::Newsletter => hits.newsletter = true,
            Family::Signup => hits.signup = true,
            Family::Copyright => hits.copyright = true,
            Family::Platform => {
                // Whole words only: "ios" must not match inside "various".
                let before = m.start().checked_sub(1).map(|i| bytes[i]);
                let after = bytes.get(m.end()).copied();
                if !before.is_some_and(|b| b.is_ascii_alphanumeric())
                    && !after.is_some_and(|b| b.is_ascii_alphanumeric())
                {
                    hits.platforms = hits.platforms.saturating_add(1);
                }
            }
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families() {
        let h = scan("Get the app on the App Store, Google Play and Android TV");
        assert_eq!(h.platforms, 3);
        assert_eq!(scan("Various previous studies").platforms, 0);
        assert!(scan("We use COOKIES here").cookie);
        assert!(scan("Subscribe to our newsletter").newsletter);
        assert!(scan("Sign up for alerts").signup);
        assert!(scan("© Example 2024").copyright);
        assert!(scan("Our site can also be accessed at these addresses:").alternate);
        assert_eq!(scan("The council met on Monday."), Hits::default());
    }
}
