//! Invented sentences exercising each attribution and claim rule.

use dossier_model::{Attribution, Claim, Document};

fn doc(text: &str) -> (Document, dossier_model::Segments) {
    let d = Document::new("t", "t.txt", text.to_string());
    let s = dossier_segment::segment(&d.text);
    (d, s)
}

fn attrs(text: &str) -> (Document, Vec<Attribution>) {
    let (d, s) = doc(text);
    let a = crate::attribute(&d, &s);
    (d, a)
}

fn claims(text: &str) -> Vec<Claim> {
    let (d, s) = doc(text);
    let q = dossier_quantities::extract(&d, &s);
    let a = crate::attribute(&d, &s);
    crate::claims(&d, &s, &q, &a, &Default::default())
}

fn name(a: &Attribution) -> &str {
    a.source.name.as_deref().unwrap_or("")
}

#[test]
fn said_that_and_according_to() {
    let (d, a) =
        attrs("The harbour board said that the ferry sank at dawn. According to Coastline Radio, the crew escaped.");
    assert_eq!(a.len(), 2);
    assert_eq!(name(&a[0]), "The harbour board");
    assert_eq!(a[0].range.slice(&d.text), "the ferry sank at dawn");
    assert_eq!(name(&a[1]), "Coastline Radio");
    assert_eq!(a[1].source.cue.as_deref(), Some("according to"));
    assert_eq!(a[1].range.slice(&d.text), "the crew escaped");
}

#[test]
fn statement_and_told_with_object() {
    let (d, a) = attrs("The transport ministry said in a statement that two bridges were closed.");
    assert_eq!(name(&a[0]), "The transport ministry");
    assert_eq!(a[0].range.slice(&d.text), "two bridges were closed");
    let (d, a) = attrs("Mayor Lina Voss told a local paper on Monday that the dam held.");
    assert_eq!(name(&a[0]), "Mayor Lina Voss");
    assert_eq!(a[0].range.slice(&d.text), "the dam held");
}

#[test]
fn cue_at_end_attributes_what_comes_before() {
    let (d, a) = attrs("Nine fishing boats were lost in the storm, the coast guard said.");
    assert_eq!(name(&a[0]), "the coast guard");
    assert_eq!(a[0].range.slice(&d.text), "Nine fishing boats were lost in the storm");
}

#[test]
fn quotes_take_their_speaker_across_sentences() {
    let text = "“We counted every sack twice. Nothing was missing from the store,” the warehouse manager said. \
“The audit is closed,” the manager added.";
    let (d, a) = attrs(text);
    let quotes: Vec<_> = a.iter().filter(|x| x.quote).collect();
    assert_eq!(quotes.len(), 2, "{a:#?}");
    assert!(quotes[0].range.slice(&d.text).starts_with("We counted every sack twice. Nothing"));
    assert_eq!(name(quotes[0]), "the warehouse manager");
    // "the manager" refers back to the named manager.
    assert_eq!(name(quotes[1]), "the warehouse manager");
}

#[test]
fn anonymous_sourcing() {
    let (_, a) =
        attrs("An informed source told the agency that the convoy left. Reports suggest that the mill closed.");
    assert_eq!(a.len(), 2);
    assert!(a[0].source.anonymous && a[1].source.anonymous);
    assert_eq!(name(&a[0]), "An informed source");
    assert_eq!(name(&a[1]), "Reports");
    let (_, a) = attrs("The pilot was said to be an expert in night landings.");
    assert!(a[0].source.anonymous && a[0].source.name.is_none());
    let (_, a) = attrs("The Harbour Authority said the pier was safe.");
    assert!(!a[0].source.anonymous);
}

#[test]
fn pronouns_resolve_to_the_latest_source() {
    let (_, a) =
        attrs("Governor Ana Brill spoke on Friday. Brill said the budget was final. She added that taxes would fall.");
    assert_eq!(a.len(), 2);
    assert_eq!(name(&a[1]), "Brill");
    assert_eq!(a[1].source.cue.as_deref(), Some("added"));
}

#[test]
fn claims_normalise_what_is_counted() {
    let c =
        claims("Rescuers said at least 12 villagers were killed and dozens of others were injured on the riverbank.");
    assert_eq!(c.len(), 2, "{c:#?}");
    assert_eq!(c[0].about, "people killed");
    assert_eq!(c[0].quantity.low, Some(12.0));
    assert_eq!(c[0].source.name.as_deref(), Some("Rescuers"));
    assert_eq!(c[1].about, "people injured");
    let c = claims("Customs officers seized 40 rifles at the border.");
    assert_eq!(c[0].about, "rifles seized");
    let c = claims("The Zorvan League has staged raids for years, killing nearly 900 farmers.");
    assert_eq!(c[0].about, "people killed");
    let c = claims("The ZVL has staged raids for years, killing nearly 900 farmers.");
    assert_eq!(c[0].about, "people killed by zvl");
    assert_eq!(c[0].key, "people|killed||zvl");
    let c = claims("The storms claimed the lives of over 300 residents.");
    assert_eq!(c[0].about, "people killed");
    assert_eq!(c[0].quantity.low, Some(301.0));
}

#[test]
fn zero_claims_and_agents() {
    let c = claims("The army said its units caused no casualties.");
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].about, "casualties");
    assert_eq!(c[0].quantity.value, Some(0.0));
    assert_eq!(c[0].source.name.as_deref(), Some("The army"));
    let c = claims("No one wants to leave the valley.");
    assert!(c.is_empty(), "{c:#?}");
    let c = claims("About 2,000 stewards attacked the stadium gates.");
    assert_eq!(c[0].about, "stewards that attacked");
    let c = claims("Of the 500 residents of the island, about 120 have fallen victim to the ZVL's raids.");
    assert_eq!(c[1].about, "people killed by zvl", "{c:#?}");
    assert_eq!(c[1].quantity.unit.as_deref(), Some("residents"));
}

#[test]
fn odd_input_gives_no_panic() {
    for t in ["", "said", "according to", "“", "\"\"\"", "He said.", "x said: “", "é said ü"] {
        let _ = claims(t);
        let _ = attrs(t);
    }
}

#[test]
fn a_year_dates_the_event_but_not_a_period() {
    let c = claims("The river flooded in 1998, when 9 people were killed.");
    assert_eq!(c[0].key, "people|killed||@1998");
    let c = claims("Since the war in 1979, the ZVL has killed over 200 farmers.");
    assert!(!c[0].key.contains('@'), "{c:#?}");
}

#[test]
fn source_phrases_stop_at_post_modifiers() {
    let (_, a) =
        attrs("An informed source within the ministry said the dam held. The ministry said the road was shut.");
    assert_eq!(name(&a[0]), "An informed source");
    assert_eq!(name(&a[1]), "The ministry");
}

#[test]
fn every_cue_form_contains_a_searched_stem() {
    // The clause prefilter must never hide a cue the rules know.
    for w in [
        "said",
        "says",
        "say",
        "stated",
        "states",
        "told",
        "tells",
        "added",
        "adds",
        "claimed",
        "claims",
        "reported",
        "reports",
        "announced",
        "confirmed",
        "noted",
        "notes",
        "warned",
        "insisted",
        "explained",
        "declared",
        "alleged",
        "revealed",
        "suggested",
        "suggest",
        "indicated",
        "argued",
        "stressed",
        "acknowledged",
        "admitted",
        "denied",
        "denies",
        "estimated",
        "wrote",
        "writes",
        "tweeted",
        "asserted",
        "maintained",
        "emphasised",
        "emphasized",
        "disclosed",
        "mentioned",
        "affirmed",
        "reiterated",
        "quoted",
        "believed",
        "thought",
        "understood",
        "rumoured",
        "rumored",
        "according",
        "reportedly",
        "allegedly",
        "purportedly",
    ] {
        assert!(crate::lexicon::is_cue_verb(w) || w.ends_with("ly") || w == "according", "{w}");
        assert!(crate::attribute::CUE_STEMS.iter().any(|s| w.contains(s)), "{w}");
    }
}

#[test]
fn appositions_and_participles() {
    let (_, a) = attrs("Lena Ortiz, the agency's spokesperson, has stated that the port is open.");
    assert_eq!(name(&a[0]), "Lena Ortiz");
    let (_, a) = attrs("The relief fund, announced earlier this month, stands at 2 million euros.");
    assert!(a.is_empty(), "{a:#?}");
}

#[test]
fn a_quote_that_goes_on_keeps_its_speaker() {
    let (d, a) = attrs(
        "\u{201c}The bridge is closed,\u{201d} said Omar Reyes, the harbour master. \u{201c}We expect to reopen it next week.\u{201d}",
    );
    let quotes: Vec<_> = a.iter().filter(|x| x.quote).collect();
    assert_eq!(quotes.len(), 2, "{a:#?}");
    assert_eq!(name(quotes[1]), "Omar Reyes");
    assert_eq!(quotes[1].range.slice(&d.text), "We expect to reopen it next week.");
}

#[test]
fn claims_without_predicate_are_not_compared() {
    let c = claims("Two soldiers and a civilian were wounded. Nearly 40 percent of the grain exports pass here.");
    assert_eq!(c[0].key, "", "{c:#?}");
    assert_eq!(c[1].about, "percent of exports");
}

#[test]
fn a_contrast_ends_what_a_source_covers() {
    let c = claims("The flood killed 14 people, according to official figures, though the union puts the toll at 19.");
    assert_eq!(c.len(), 2, "{c:#?}");
    assert_eq!(c[0].source.name.as_deref(), Some("official figures"));
    assert_eq!(c[1].about, "people killed");
    assert_eq!(c[1].source.name, None);
}
