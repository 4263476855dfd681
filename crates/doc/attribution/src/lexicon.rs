//! Word lists: reporting cues, anonymous sources, predicates and the nouns
//! that count people. Lower case throughout.

/// Verbs that attribute speech or writing when a source stands beside them.
pub(crate) fn is_cue_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "say"
            | "stated"
            | "states"
            | "told"
            | "tells"
            | "added"
            | "adds"
            | "claimed"
            | "claims"
            | "reported"
            | "reports"
            | "announced"
            | "announces"
            | "confirmed"
            | "confirms"
            | "noted"
            | "notes"
            | "warned"
            | "warns"
            | "insisted"
            | "insists"
            | "explained"
            | "explains"
            | "declared"
            | "declares"
            | "alleged"
            | "alleges"
            | "revealed"
            | "reveals"
            | "suggested"
            | "suggest"
            | "suggests"
            | "indicated"
            | "indicate"
            | "indicates"
            | "argued"
            | "argues"
            | "stressed"
            | "stresses"
            | "acknowledged"
            | "admitted"
            | "denied"
            | "denies"
            | "estimated"
            | "estimates"
            | "wrote"
            | "writes"
            | "tweeted"
            | "asserted"
            | "asserts"
            | "maintained"
            | "emphasised"
            | "emphasized"
            | "disclosed"
            | "mentioned"
            | "affirmed"
            | "reiterated"
            | "quoted"
            | "believed"
            | "thought"
            | "understood"
            | "rumoured"
            | "rumored"
    )
}

/// Cue verbs that are most often nouns or other verbs unless "that", a
/// colon or a quote follows ("claims", "reports", "states", "thought").
pub(crate) fn cue_needs_complement(w: &str) -> bool {
    matches!(w, "claims" | "reports" | "states" | "estimates" | "notes" | "thought" | "understood" | "believed")
}

/// Cue verbs that only attribute in the passive ("is believed to").
pub(crate) fn passive_only(w: &str) -> bool {
    matches!(w, "believed" | "thought" | "understood" | "rumoured" | "rumored")
}

/// Head nouns of sources that do not identify who speaks.
pub(crate) fn is_anonymous_head(w: &str) -> bool {
    matches!(
        w,
        "source"
            | "sources"
            | "report"
            | "reports"
            | "official"
            | "officials"
            | "witness"
            | "witnesses"
            | "insider"
            | "insiders"
            | "observer"
            | "observers"
            | "diplomat"
            | "diplomats"
            | "media"
            | "person"
            | "people"
            | "someone"
            | "rumours"
            | "rumors"
            | "accounts"
            | "estimates"
    )
}

/// Pronouns a source may be referred to by.
pub(crate) fn is_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "they" | "it" | "we" | "i")
}

/// Words that end a source noun phrase when walking back from the cue.
pub(crate) fn is_clause_boundary(w: &str) -> bool {
    matches!(
        w,
        "that"
            | "which"
            | "who"
            | "while"
            | "because"
            | "but"
            | "when"
            | "as"
            | "after"
            | "before"
            | "if"
            | "since"
            | "although"
            | "though"
            | "whereas"
            | "where"
            | "so"
            | "than"
            | "whether"
    )
}

/// Adverbs and auxiliaries between a source and its cue ("has also said").
pub(crate) fn is_cue_filler(w: &str) -> bool {
    matches!(
        w,
        "has"
            | "have"
            | "had"
            | "also"
            | "later"
            | "previously"
            | "earlier"
            | "then"
            | "repeatedly"
            | "reportedly"
            | "again"
            | "once"
            | "further"
            | "subsequently"
            | "had also"
            | "would"
            | "will"
            | "did"
            | "does"
            | "do"
            | "recently"
            | "publicly"
            | "separately"
    )
}

/// The canonical predicate of a verb or event noun, by stem: the forms of
/// "kill", "murder", "die" and "death" all become "killed", so that claims
/// worded differently compare.
pub(crate) fn canonical_predicate(w: &str) -> Option<&'static str> {
    const STEMS: &[(&str, &str)] = &[
        ("kill", "killed"),
        ("murder", "killed"),
        ("slain", "killed"),
        ("slay", "killed"),
        ("died", "killed"),
        ("dies", "killed"),
        ("dying", "killed"),
        ("dead", "killed"),
        ("death", "killed"),
        ("perish", "killed"),
        ("fatalit", "killed"),
        ("execut", "killed"),
        ("injur", "injured"),
        ("wound", "injured"),
        ("hurt", "injured"),
        ("arrest", "arrested"),
        ("detain", "arrested"),
        ("apprehend", "arrested"),
        ("captur", "captured"),
        ("kidnap", "abducted"),
        ("abduct", "abducted"),
        ("seiz", "seized"),
        ("confiscat", "seized"),
        ("impound", "seized"),
        ("host", "hosted"),
        ("accommodat", "hosted"),
        ("housed", "hosted"),
        ("housing", "hosted"),
        ("shelter", "hosted"),
        ("harbo", "hosted"),
        ("admit", "hosted"),
        ("evacuat", "evacuated"),
        ("displac", "displaced"),
        ("rescu", "rescued"),
        ("deport", "deported"),
        ("expel", "deported"),
        ("attack", "attacked"),
        ("deploy", "deployed"),
        ("prosecut", "prosecuted"),
        ("charg", "charged"),
        ("sentenc", "sentenced"),
        ("convict", "convicted"),
        ("releas", "released"),
        ("freed", "released"),
        ("missing", "missing"),
        ("destroy", "destroyed"),
        ("damag", "damaged"),
        ("evict", "evicted"),
        ("relocat", "relocated"),
        ("transferr", "relocated"),
        ("train", "trained"),
        ("recruit", "recruited"),
        ("protest", "protested"),
        ("march", "marched"),
        ("gather", "gathered"),
        ("attend", "attended"),
        ("vote", "voted"),
        ("voting", "voted"),
        ("fine", "fined"),
        ("paid", "paid"),
        ("pay", "paid"),
        ("cost", "cost"),
        ("spent", "spent"),
        ("spend", "spent"),
        ("rais", "raised"),
        ("lost", "lost"),
        ("los", "lost"),
        ("stole", "stolen"),
        ("stolen", "stolen"),
        ("fled", "fled"),
        ("flee", "fled"),
        ("found", "found"),
        ("discover", "found"),
        ("recover", "recovered"),
        ("affect", "affected"),
        ("infect", "infected"),
        ("test", "tested"),
        ("sold", "sold"),
        ("sell", "sold"),
        ("bought", "bought"),
        ("buy", "bought"),
        ("hired", "hired"),
        ("employ", "employed"),
        ("dismiss", "dismissed"),
        ("fired", "dismissed"),
        ("laid off", "dismissed"),
        ("summon", "summoned"),
        ("call for", "summoned"),
        ("sanction", "sanctioned"),
        ("ban", "banned"),
        ("register", "registered"),
        ("sign", "signed"),
    ];
    STEMS.iter().find(|(s, _)| w.starts_with(s)).map(|(_, c)| *c)
}

/// Predicates whose patient is a person: the counted thing of a claim
/// with one of them is "people" whatever noun the text uses.
pub(crate) fn is_person_predicate(p: &str) -> bool {
    matches!(
        p,
        "killed"
            | "injured"
            | "arrested"
            | "abducted"
            | "evacuated"
            | "displaced"
            | "rescued"
            | "deported"
            | "missing"
            | "captured"
            | "prosecuted"
            | "charged"
            | "sentenced"
            | "convicted"
            | "evicted"
            | "infected"
    )
}

/// Nouns that name people being counted.
pub(crate) fn is_person_noun(w: &str) -> bool {
    matches!(
        w,
        "person"
            | "people"
            | "other"
            | "civilian"
            | "member"
            | "terrorist"
            | "officer"
            | "police"
            | "policeman"
            | "policemen"
            | "soldier"
            | "troop"
            | "fighter"
            | "militant"
            | "resident"
            | "protester"
            | "protestor"
            | "demonstrator"
            | "child"
            | "woman"
            | "man"
            | "victim"
            | "life"
            | "citizen"
            | "national"
            | "element"
            | "worker"
            | "student"
            | "journalist"
            | "individual"
            | "inmate"
            | "prisoner"
            | "detainee"
            | "refugee"
            | "migrant"
            | "passenger"
            | "patient"
            | "guard"
            | "staff"
            | "personnel"
            | "employee"
            | "supporter"
            | "activist"
            | "commander"
            | "leader"
            | "official"
            | "agent"
            | "suspect"
            | "gunman"
            | "gunmen"
            | "rebel"
            | "insurgent"
            | "pilgrim"
            | "tourist"
            | "villager"
            | "farmer"
            | "miner"
            | "crew"
            | "adult"
            | "teenager"
            | "boy"
            | "girl"
            | "infant"
            | "baby"
            | "casualty"
            | "dead"
            | "fatality"
            | "death"
    ) || (w.len() > 4 && (w.ends_with("ian") || w.ends_with("ist") || w.ends_with("ese") || w.ends_with("eli")))
}

/// Nouns that count the dead themselves: "12,000 lives", "340 deaths".
pub(crate) fn is_death_noun(w: &str) -> bool {
    matches!(w, "death" | "fatality" | "dead" | "life" | "victim" | "body")
}

/// Adverbs and auxiliaries between a counted noun and its predicate.
pub(crate) fn is_aux(w: &str) -> bool {
    matches!(
        w,
        "was"
            | "were"
            | "is"
            | "are"
            | "be"
            | "been"
            | "being"
            | "has"
            | "have"
            | "had"
            | "got"
            | "get"
            | "reportedly"
            | "allegedly"
            | "also"
            | "later"
            | "initially"
            | "subsequently"
            | "eventually"
            | "all"
            | "both"
            | "each"
            | "who"
            | "that"
            | "which"
            | "either"
            | "seriously"
            | "critically"
            | "badly"
            | "fatally"
            | "severely"
            | "slightly"
            | "lightly"
            | "mortally"
            | "since"
            | "now"
            | "already"
            | "still"
            | "reported"
            | "said"
            | "believed"
            | "feared"
            | "thought"
            | "confirmed"
            | "to"
    )
}
