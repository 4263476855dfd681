//! Sentence segmentation tests on invented news sentences, and property
//! tests on arbitrary text.

use super::*;
use proptest::prelude::*;

fn sentences(text: &str) -> Vec<&str> {
    segment(text).sentences.iter().map(|s| s.slice(text)).collect()
}

#[track_caller]
fn check(text: &str, expected: &[&str]) {
    assert_eq!(sentences(text), expected, "in {text:?}");
}

#[test]
fn titles_and_initials_do_not_end_sentences() {
    check("Mr. Example and Mrs. Sample met Dr. Roe.", &["Mr. Example and Mrs. Sample met Dr. Roe."]);
    check(
        "Gen. Ana Example spoke to Sen. Bo Sample and Rep. Cy Roe. They agreed.",
        &["Gen. Ana Example spoke to Sen. Bo Sample and Rep. Cy Roe.", "They agreed."],
    );
    check(
        "J. R. R. Example wrote it. George W. Sample read it.",
        &["J. R. R. Example wrote it.", "George W. Sample read it."],
    );
    check("Lakers vs. Celtics ended late. Fans left.", &["Lakers vs. Celtics ended late.", "Fans left."]);
    check("She moved to St. Louis in 2019.", &["She moved to St. Louis in 2019."]);
}

#[test]
fn dotted_acronyms_end_a_sentence_only_before_an_opener() {
    check("It came from the U.S. The talks failed.", &["It came from the U.S.", "The talks failed."]);
    check("U.S. President Example arrived.", &["U.S. President Example arrived."]);
    check("The U.S.-led talks resumed.", &["The U.S.-led talks resumed."]);
    check("U.S. officials said no.", &["U.S. officials said no."]);
    check(
        "The shift starts at 6 a.m. and ends at 2 p.m. Workers say it is too long.",
        &["The shift starts at 6 a.m. and ends at 2 p.m.", "Workers say it is too long."],
    );
    check("Example Corp. President Roe resigned.", &["Example Corp. President Roe resigned."]);
    check(
        "He works for Example Inc. The firm declined to comment.",
        &["He works for Example Inc.", "The firm declined to comment."],
    );
    check("Tools, nails, etc. But no fuel.", &["Tools, nails, etc.", "But no fuel."]);
}

#[test]
fn months_and_numbers() {
    check("The vote is on Jan. 5. It was due on Sept. 30.", &["The vote is on Jan. 5.", "It was due on Sept. 30."]);
    check("He lives at No. 10 with his dog.", &["He lives at No. 10 with his dog."]);
    check("Prices rose 1.5 percent. About 17,000 jobs went.", &["Prices rose 1.5 percent.", "About 17,000 jobs went."]);
    check("It was 2016. 2017 was worse.", &["It was 2016.", "2017 was worse."]);
    check("1. Close the port\n2. Pay the families", &["1. Close the port", "2. Pay the families"]);
    check(
        "Results: 1. Ana Example 12.71 2. Bo Sample 12.74 3. Cy Roe 12.90",
        &["Results: 1. Ana Example 12.71 2. Bo Sample 12.74 3. Cy Roe 12.90"],
    );
    check(
        "The toll rose to 12. Officials said 3. More were missing.",
        &["The toll rose to 12.", "Officials said 3.", "More were missing."],
    );
    check("Scorers: U.S. - Ana Example.", &["Scorers: U.S. - Ana Example."]);
    check(
        "They meet on September 3. The club has 40. Members vote.",
        &["They meet on September 3.", "The club has 40.", "Members vote."],
    );
}

#[test]
fn quotes_and_brackets_close_with_their_sentence() {
    check(r#"He said: "We will stay." She left."#, &[r#"He said: "We will stay.""#, "She left."]);
    check("“We will stay.” She left.", &["“We will stay.”", "She left."]);
    check("The group (founded in 1965.) The end.", &["The group (founded in 1965.)", "The end."]);
    check("“Why?” she asked. “Because,” he said.", &["“Why?” she asked.", "“Because,” he said."]);
    check("He called it ‘a disaster.’ Then he left.", &["He called it ‘a disaster.’", "Then he left."]);
    check("It ended. «Nobody came.» Then rain.", &["It ended.", "«Nobody came.»", "Then rain."]);
}

#[test]
fn ellipses_questions_exclamations() {
    check("Wait... The boat came. Really?! Yes!", &["Wait...", "The boat came.", "Really?!", "Yes!"]);
    check("He paused… Then he spoke.", &["He paused…", "Then he spoke."]);
    check("It was… fine, he said.", &["It was… fine, he said."]);
    check("Yahoo! users were told.", &["Yahoo! users were told."]);
}

#[test]
fn lines_are_sentences_and_paragraphs_are_blocks() {
    let text = "Harbour plan stalls\n\nThe council voted. It lost.\nSecond line without period\n\n\n  Last one.  ";
    let segs = segment(text);
    let paras: Vec<&str> = segs.paragraphs.iter().map(|p| p.slice(text)).collect();
    assert_eq!(paras, ["Harbour plan stalls", "The council voted. It lost.\nSecond line without period", "Last one."]);
    assert_eq!(
        sentences(text),
        ["Harbour plan stalls", "The council voted.", "It lost.", "Second line without period", "Last one."]
    );
}

#[test]
fn odd_input() {
    assert_eq!(segment(""), Segments::default());
    assert_eq!(segment("\n\n \n"), Segments::default());
    assert_eq!(sentences("one"), ["one"]);
    assert_eq!(sentences("..."), ["..."]);
    assert_eq!(sentences(". . ."), [". . ."]);
    assert_eq!(sentences("a.b.c.d"), ["a.b.c.d"]);
    assert_eq!(sentences("End. \u{a0}Next one."), ["End.", "Next one."]);
    let big = "x".repeat(1_000_000);
    assert_eq!(segment(&big).sentences.len(), 1);
    let many = "A. ".repeat(100_000);
    assert!(!segment(&many).sentences.is_empty());
}

/// Checks the invariants of a segmentation.
fn check_invariants(text: &str) {
    let segs = segment(text);
    let mut prev_end = 0;
    for s in &segs.sentences {
        assert!(s.start < s.end, "empty sentence {s:?}");
        assert!(s.start >= prev_end, "overlap or disorder at {s:?}");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert!(segs.paragraphs.iter().any(|p| p.contains(s)), "sentence {s:?} outside paragraphs");
        let slice = s.slice(text);
        assert_eq!(slice.trim(), slice, "sentence not trimmed");
        prev_end = s.end;
    }
    let mut prev_end = 0;
    for p in &segs.paragraphs {
        assert!(p.start < p.end && p.start >= prev_end);
        assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
        prev_end = p.end;
    }
    // Every non-whitespace character lies in some sentence.
    let mut covered = vec![false; text.len()];
    for s in &segs.sentences {
        covered[s.start..s.end].iter_mut().for_each(|c| *c = true);
    }
    for (i, c) in text.char_indices() {
        if !c.is_whitespace() {
            assert!(covered[i], "char {c:?} at {i} not covered in {text:?}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn invariants_on_arbitrary_text(text in "\\PC*") {
        check_invariants(&text);
    }

    #[test]
    fn invariants_on_news_like_text(
        text in proptest::collection::vec(
            prop_oneof![
                Just("Mr."), Just("U.S."), Just("a.m."), Just("Jan."), Just("No."), Just("W."), Just("1.5"),
                Just("17,000"), Just("said."), Just("The"), Just("he"), Just("\""), Just("”"), Just("“"),
                Just("("), Just(")"), Just("..."), Just("…"), Just("?"), Just("!"), Just(" "), Just("  "),
                Just("\n"), Just("\n\n"), Just("\u{a0}"), Just("é"), Just("Ünal"), Just("."), Just("’"),
                Just("«"), Just("»"), Just("1."), Just("x"),
            ],
            0..60,
        ).prop_map(|parts| parts.join(" "))
    ) {
        check_invariants(&text);
    }

    #[test]
    fn words_lie_on_boundaries_in_order(text in "\\PC*") {
        let mut prev = 0;
        for w in words(&text) {
            prop_assert!(w.start >= prev && w.start < w.end);
            prop_assert!(text.is_char_boundary(w.start) && text.is_char_boundary(w.end));
            prop_assert!(!w.slice(&text).chars().any(char::is_whitespace));
            prev = w.end;
        }
    }
}
