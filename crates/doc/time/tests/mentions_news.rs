//! Time mentions on invented news sentences written apart from the
//! Recognizers-Text specs the mention conventions were chosen on: a small
//! held-out check that a reader's phrases ("from March 3 to March 9",
//! "since last Tuesday", "8am-8pm on Sunday") come out whole, with their
//! signal and one value or range, against a reference of 2024-05-15.

use dossier_time::mention::{Resolution, mentions_at};

/// An expected mention: its text, its signal's name ("" for none), and its
/// value or "start..end".
type Expected = (&'static str, &'static str, &'static str);

/// Each sentence with the mentions it should give, in order.
const CASES: &[(&str, &[Expected])] = &[
    (
        "The strike ran from March 3 to March 9, union leaders said.",
        &[("from March 3 to March 9", "from", "2024-03-03..2024-03-09")],
    ),
    (
        "Talks are expected to resume between June 10 and June 14.",
        &[("between June 10 and June 14", "between", "2024-06-10..2024-06-14")],
    ),
    ("The road has been closed since last Tuesday.", &[("since last Tuesday", "since", "2024-05-14")]),
    ("The council met on Friday at 10 a.m. to discuss the budget.", &[("Friday at 10 a.m.", "", "2024-05-10T10:00")]),
    ("Prices rose 4 percent in the first quarter of 2024.", &[("the first quarter of 2024", "", "2024-Q1")]),
    (
        "The museum will be closed for three weeks starting Monday.",
        &[("three weeks starting Monday", "", "2024-05-20..2024-06-10")],
    ),
    ("He served as mayor from 2010 through 2018.", &[("from 2010 through 2018", "from", "2010..2018")]),
    ("Voting runs 8am-8pm on Sunday.", &[("8am-8pm on Sunday", "", "2024-05-12T08:00..2024-05-12T20:00")]),
    ("Applications open in two weeks.", &[("in two weeks", "in", "2024-05-29")]),
    (
        "Officials said the bridge would stay shut until the end of the month.",
        &[("until the end of the month", "until", "2024-05")],
    ),
    (
        "The festival returns every summer between July and August.",
        &[("every summer", "", "XXXX-SU"), ("between July and August", "between", "2024-07..2024-08")],
    ),
    ("Inflation fell in 2023 and 2024, the bank said.", &[("2023", "", "2023"), ("2024", "", "2024")]),
    ("Police arrested 12 people over the weekend.", &[("the weekend", "", "2024-W19-WE")]),
    ("The trial, which began in 2019, ended last month.", &[("2019", "", "2019"), ("last month", "", "2024-04")]),
    ("Between 1990 and 1995 the population doubled.", &[("Between 1990 and 1995", "between", "1990..1995")]),
    (
        "The ceasefire held for 48 hours before fighting resumed on Thursday.",
        &[("48 hours", "", "PT48H"), ("Thursday", "", "2024-05-09")],
    ),
];

#[test]
fn news_phrases_come_out_whole_with_one_meaning() {
    let reference = Some("2024-05-15");
    let mut wrong = Vec::new();
    for (text, expected) in CASES {
        let tagged = dossier_time::tag_text(text, reference, &[]);
        let got: Vec<(String, String, String)> = mentions_at(text, &tagged, reference)
            .iter()
            .map(|m| {
                let meaning = match &m.resolution {
                    Resolution::Value(v) => v.clone(),
                    Resolution::Range { start, end } => format!("{start}..{end}"),
                };
                (text[m.range.start..m.range.end].to_string(), m.signal.map_or("", |s| s.name()).to_string(), meaning)
            })
            .collect();
        let want: Vec<(String, String, String)> =
            expected.iter().map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string())).collect();
        if got != want {
            wrong.push(format!("{text}\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
