//! Whole-cleaner tests on invented articles from invented outlets.

use super::*;
use dossier_model::SourceFormat;

fn raw(id: &str, body: &str) -> RawDocument {
    RawDocument::new(id, format!("{id}.txt"), SourceFormat::Txt, body.to_string())
}

fn reasons(doc: &Document) -> Vec<(&str, &str)> {
    doc.removed.iter().map(|r| (r.text.as_str(), r.reason.as_str())).collect()
}

const P1: &str = "The harbour authority said on Tuesday that the night ferry would stop running in May.";
const P2: &str = "About 1,200 passengers a week use the route, according to figures from the operator.";
const P3: &str = "Residents of the island have protested twice since the plan was announced last year.";
const P4: &str = "The regional council is due to vote on a subsidy for the route next month.";

#[test]
fn mirror_and_app_footer_goes_as_a_block() {
    let body = format!(
        "{P1}\n\n{P2}\n\nThe Valley Herald’s website is mirrored at these alternate addresses:\n\n\
         www.valleyherald.example.tv\n\nSHARE THIS ARTICLE\nValley Herald TV Roku"
    );
    let doc = clean(vec![raw("a", &body)]).remove(0);
    assert_eq!(doc.text, format!("{P1}\n\n{P2}"));
    assert_eq!(
        reasons(&doc).iter().map(|r| r.1).collect::<Vec<_>>(),
        ["alternate-address", "alternate-address", "share-prompt", "app-promo"]
    );
}

#[test]
fn unknown_footer_line_after_chrome_is_footer() {
    let body = format!("{P1}\n{P2}\nShare this story\nLakeside Ledger Evening Edition");
    let doc = clean(vec![raw("a", &body)]).remove(0);
    assert_eq!(reasons(&doc), [("Share this story", "share-prompt"), ("Lakeside Ledger Evening Edition", "footer")]);
}

#[test]
fn subheadings_inside_the_body_stay() {
    let body = format!("{P1}\nWhat the ferry means to the island\n{P2}\nTimeline\n{P3}");
    let doc = clean(vec![raw("a", &body)]).remove(0);
    assert!(doc.removed.is_empty(), "{:?}", doc.removed);
    assert_eq!(doc.text.split("\n\n").count(), 5);
}

#[test]
fn repeated_header_and_footer_lines_of_one_outlet_go() {
    // Two different articles of one outlet share a slogan line at the top
    // and a channel line at the bottom, plus a recycled background sentence.
    let a = format!("Lakeside Ledger Radio Hour\n{P1}\n{P3}\nNews Desk Lakeside Eight");
    let b = format!("Lakeside Ledger Radio Hour\n{P2}\n{P3}\n{P4}\nNews Desk Lakeside Eight");
    let docs = clean(vec![raw("a", &a), raw("b", &b)]);
    for doc in &docs {
        assert_eq!(
            reasons(doc),
            [
                ("Lakeside Ledger Radio Hour", "repeated-across-outlet"),
                ("News Desk Lakeside Eight", "repeated-across-outlet")
            ]
        );
        // The recycled sentence is prose: it stays in both.
        assert!(doc.text.contains(P3));
    }
}

#[test]
fn repetition_needs_the_same_outlet_and_independent_documents() {
    let a = format!("Lakeside Ledger Radio Hour\n{P1}\n{P3}");
    let b = format!("Lakeside Ledger Radio Hour\n{P2}\n{P4}");
    let mut ra = raw("a", &a);
    let mut rb = raw("b", &b);
    ra.outlet = Some("Lakeside Ledger".into());
    rb.outlet = Some("Valley Herald".into());
    let docs = clean(vec![ra, rb]);
    assert!(docs.iter().all(|d| d.removed.is_empty()));

    // Two versions of one article share their headline: no evidence.
    let a = format!("Night ferry to stop in May\n{P1}\n{P2}\n{P3}");
    let b = format!("Night ferry to stop in May\n{P1}\n{P2}\n{P4}");
    let docs = clean(vec![raw("a", &a), raw("b", &b)]);
    assert!(docs.iter().all(|d| d.removed.is_empty()));
}

#[test]
fn repeated_subheading_inside_the_body_stays() {
    let a = format!("{P1}\nBackground to the dispute\n{P3}");
    let b = format!("{P2}\nBackground to the dispute\n{P4}");
    let docs = clean(vec![raw("a", &a), raw("b", &b)]);
    assert!(docs.iter().all(|d| d.removed.is_empty()));
}

#[test]
fn chrome_title_is_replaced_by_the_headline() {
    let mut r = raw("a", &format!("\nNight ferry to stop in May\n\n{P1}\n\n{P2}"));
    r.title = Some("News\u{a0} /\u{a0} Islands".into());
    let doc = clean(vec![r]).remove(0);
    assert_eq!(doc.title.as_deref(), Some("Night ferry to stop in May"));
    assert_eq!(doc.text, format!("{P1}\n\n{P2}"));
    assert_eq!(reasons(&doc), [("News\u{a0} /\u{a0} Islands", "navigation")]);

    // A real headline title is kept as it is, even one that opens with a cue.
    let mut r = raw("c", P1);
    r.title = Some("Watch: Floodwater reaches the old town".into());
    assert_eq!(clean(vec![r]).remove(0).title.as_deref(), Some("Watch: Floodwater reaches the old town"));
    let mut r = raw("b", P1);
    r.title = Some("Night ferry to stop in May".into());
    assert_eq!(clean(vec![r]).remove(0).title.as_deref(), Some("Night ferry to stop in May"));
}

#[test]
fn whitespace_is_normalised_and_unicode_kept() {
    let body = "Police in\u{a0} Manëz said the\tcamp was\u{a0} \u{a0}empty on Thursday morning.  \n\n\u{feff}Señora Ibáñez told reporters: «Nobody was there.»";
    let doc = clean(vec![raw("a", body)]).remove(0);
    assert_eq!(
        doc.text,
        "Police in Manëz said the camp was empty on Thursday morning.\n\nSeñora Ibáñez told reporters: «Nobody was there.»"
    );
}

#[test]
fn byline_fills_a_missing_author() {
    let body = format!("By Maria Example\n{P1}\n{P2}");
    let doc = clean(vec![raw("a", &body)]).remove(0);
    assert_eq!(doc.author.as_deref(), Some("Maria Example"));
    assert_eq!(reasons(&doc), [("By Maria Example", "byline")]);
}

#[test]
fn metadata_is_carried_over() {
    let mut r = raw("a", P1);
    r.title = Some("Night ferry to stop in May".into());
    r.outlet = Some("Valley Herald".into());
    r.url = Some("https://valley.example/ferry".into());
    r.published = Some("2024-03-05".into());
    r.author = Some("Jo Example".into());
    r.removed = vec![Removed { text: "Menu".into(), reason: "boilerplate".into() }];
    r.extra.insert("section".into(), serde_json::json!("islands"));
    let doc = clean(vec![r]).remove(0);
    assert_eq!(doc.outlet.as_deref(), Some("Valley Herald"));
    assert_eq!(doc.url.as_deref(), Some("https://valley.example/ferry"));
    assert_eq!(doc.published.value.as_deref(), Some("2024-03-05"));
    assert_eq!(doc.published.source, Some(DateSource::Metadata));
    assert_eq!(doc.author.as_deref(), Some("Jo Example"));
    assert_eq!(doc.format, Some(SourceFormat::Txt));
    assert_eq!(doc.removed.len(), 1);
    assert_eq!(doc.extra["section"], "islands");
}

#[test]
fn bad_input_does_not_panic() {
    let long_line = "word ".repeat(200_000);
    let no_spaces = "x".repeat(100_000);
    for body in ["", "\n\n\n", "one", "\r\r\r", "\u{0}\u{1}\u{2}", long_line.as_str(), no_spaces.as_str(), "é\r\nü\rß"]
    {
        let doc = clean(vec![raw("a", body)]).remove(0);
        assert!(!doc.text.starts_with(char::is_whitespace) && !doc.text.ends_with(char::is_whitespace));
    }
    let doc = clean(vec![raw("a", "é\r\nü\rß")]).remove(0);
    assert_eq!(doc.text, "é\n\nü\n\nß");
}

#[test]
fn output_is_independent_of_thread_count() {
    let docs: Vec<RawDocument> = (0..40)
        .map(|i| {
            raw(&format!("d{i}"), &format!("Lakeside Ledger Radio Hour\n{P1} {i}\n{P2}\nShare this story\nLedger {i}"))
        })
        .collect();
    let one = rayon::ThreadPoolBuilder::new().num_threads(1).build().unwrap().install(|| clean(docs.clone()));
    let many = rayon::ThreadPoolBuilder::new().num_threads(4).build().unwrap().install(|| clean(docs));
    assert_eq!(one, many);
}

#[test]
fn hard_wrapped_paragraphs_are_joined() {
    let body = "Ferry to stop in May\n\nThe harbour authority said on Tuesday that the\nnight ferry would stop running in May, after\nforty years of service.\n\nShare this story\nValley Herald Radio";
    let doc = clean(vec![raw("a", body)]).remove(0);
    assert_eq!(
        doc.text,
        "Ferry to stop in May\n\nThe harbour authority said on Tuesday that the night ferry would stop running in May, after forty years of service."
    );
    assert_eq!(reasons(&doc).iter().map(|r| r.1).collect::<Vec<_>>(), ["share-prompt", "footer"]);
}

#[test]
fn crlf_and_short_blocks_are_not_joined() {
    let body = format!("{P1}\r\n{P2}\r\n\r\n{P3}");
    let doc = clean(vec![raw("a", &body)]).remove(0);
    assert_eq!(doc.text, format!("{P1}\n\n{P2}\n\n{P3}"));
}

#[test]
fn shared_datelines_stay() {
    let a = format!("EASTPORT, VALLEY\n{P1}\n{P3}");
    let b = format!("EASTPORT, VALLEY\n{P2}\n{P4}");
    let docs = clean(vec![raw("a", &a), raw("b", &b)]);
    assert!(docs.iter().all(|d| d.removed.is_empty() && d.text.starts_with("EASTPORT, VALLEY")));
}

#[test]
fn shared_capital_footer_goes() {
    let a = format!("{P1}\n{P3}\nVALLEY HERALD LIVE");
    let b = format!("{P2}\n{P4}\nVALLEY HERALD LIVE");
    let docs = clean(vec![raw("a", &a), raw("b", &b)]);
    assert!(docs.iter().all(|d| reasons(d) == [("VALLEY HERALD LIVE", "repeated-across-outlet")]));
}

#[test]
fn repeated_short_sentences_stay() {
    let a = format!("{P1}\n{P3}\nPolice are investigating.");
    let b = format!("{P2}\n{P4}\nPolice are investigating.");
    let docs = clean(vec![raw("a", &a), raw("b", &b)]);
    assert!(docs.iter().all(|d| d.removed.is_empty() && d.text.ends_with("Police are investigating.")));
}
