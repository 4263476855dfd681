//! Regression tests: invented sentences, one per class of expression or fixed failure.

use super::*;

fn vals(text: &str, anchor: Option<&str>) -> Vec<(String, String, Option<&'static str>)> {
    tag_text(text, anchor, &[])
        .into_iter()
        .map(|t| (text[t.range.start..t.range.end].to_string(), t.value, t.modifier))
        .collect()
}

fn one(text: &str, anchor: Option<&str>) -> (String, String, Option<&'static str>) {
    let v = vals(text, anchor);
    assert_eq!(v.len(), 1, "{text}: {v:?}");
    v.into_iter().next().unwrap()
}

#[test]
fn explicit_dates() {
    assert_eq!(one("The vote was held on March 3, 2021.", None).1, "2021-03-03");
    assert_eq!(one("It ends 4 Feb 2019 for good", None).1, "2019-02-04");
    assert_eq!(one("Filed 2020-11-05 by the clerk", None).1, "2020-11-05");
    assert_eq!(one("Filed on 11/05/2020 by the clerk", None).1, "2020-11-05");
    assert_eq!(one("The festival opened in September 2018.", None).1, "2018-09");
}

#[test]
fn open_values_without_anchor() {
    assert_eq!(one("Troops entered the town on June 20.", None).1, "XXXX-06-20");
    assert_eq!(one("Troops entered the town on Monday.", None).1, "XXXX-WXX-1");
}

#[test]
fn past_leaning_weekdays_and_months() {
    // 2022-03-10 is a Thursday.
    assert_eq!(one("The mayor resigned on Tuesday.", Some("2022-03-10")).1, "2022-03-08");
    assert_eq!(one("The mayor will resign on Tuesday.", Some("2022-03-10")).1, "2022-03-15");
    assert_eq!(one("The plant closed in November.", Some("2022-03-10")).1, "2021-11");
    assert_eq!(one("The plant will close in November.", Some("2022-03-10")).1, "2022-11");
}

#[test]
fn relative_expressions() {
    let a = Some("2022-03-10");
    assert_eq!(one("Sales fell last year.", a).1, "2021");
    assert_eq!(one("Sales fell last month.", a).1, "2022-02");
    assert_eq!(one("He arrived three years ago.", a).1, "2019");
    assert_eq!(
        one("Earlier this month, prices rose.", a),
        ("Earlier this month".into(), "2022-03".into(), Some("START"))
    );
    assert_eq!(one("Prices rose late last month.", a), ("late last month".into(), "2022-02".into(), Some("END")));
    assert_eq!(one("They met yesterday.", a).1, "2022-03-09");
    assert_eq!(one("It is open now.", a).1, "PRESENT_REF");
    assert_eq!(one("The group recently moved.", a).1, "PAST_REF");
}

#[test]
fn chained_relatives_use_the_last_day_in_the_text() {
    let v =
        vals("The storm hit on May 2. Floods followed in June 1998. A week later the river fell.", Some("2010-01-01"));
    assert_eq!(v[2].1, "2009-05-09");
    let v = vals("Talks began on Oct. 4, 2001. The next day they collapsed.", None);
    assert_eq!(v[1].1, "2001-10-05");
}

#[test]
fn durations_and_modifiers() {
    assert_eq!(one("Fighting went on over the past four decades.", None).1, "P4DE");
    assert_eq!(
        one("The siege lasted more than a week.", None),
        ("more than a week".into(), "P1W".into(), Some("MORE_THAN"))
    );
    assert_eq!(one("It took about two hours.", None), ("about two hours".into(), "PT2H".into(), Some("APPROX")));
    assert_eq!(one("A two-week truce began.", None).1, "P2W");
    assert_eq!(one("They waited for years.", None).1, "PXY");
}

#[test]
fn decades_centuries_and_ranges() {
    assert_eq!(one("Crime rose in the 1980s.", None).1, "198");
    assert_eq!(one("It grew in the mid-1990s.", None), ("the mid-1990s".into(), "199".into(), Some("MID")));
    assert_eq!(one("A 19th-century house burned.", None).1, "18");
    let v = vals("the 1980-88 conflict", None);
    assert_eq!(v.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), ["1980", "1988"]);
    let v = vals("fighting from 1980 to 1988 left scars", None);
    assert_eq!(v.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), ["1980", "1988"]);
}

#[test]
fn numbers_that_are_not_dates() {
    assert!(vals("Apollo-11 landed with 1500 pounds of gear.", None).is_empty());
    assert!(vals("Camp 7 held 2000 people and cost $1999.", None).is_empty());
    assert!(vals("Prices may march higher; he said 3,000 were hurt.", None).is_empty());
}

#[test]
fn sets_and_times() {
    assert_eq!(one("The board meets every year.", None).1, "P1Y");
    assert_eq!(one("The paper is published daily.", None).1, "P1D");
    assert_eq!(one("The blast came at 3:40 p.m. local time", Some("2015-05-02")).1, "2015-05-02T15:40");
    assert_eq!(one("Police arrived this morning.", Some("2015-05-02")).1, "2015-05-02TMO");
}

#[test]
fn odd_input_does_not_panic() {
    for t in ["", "a", "2023", "June", "–—’", "1/1/1", "9999-99-99", "'", "12:", "the", "every", "Jan. 32, 2020"]
    {
        let _ = tag_text(t, Some("2023-06-20"), &[]);
        let _ = tag_text(t, None, &[]);
    }
    let long = "x".repeat(100_000);
    assert!(tag_text(&long, None, &[]).is_empty());
}

#[test]
fn numeric_and_spelled_out_dates() {
    assert_eq!(one("Filed 2015/08/12 by the clerk", None).1, "2015-08-12");
    assert_eq!(one("Filed 21-04-2016 by the clerk", None).1, "2016-04-21");
    assert_eq!(one("It opens May twenty-first.", None).1, "XXXX-05-21");
    assert_eq!(one("They return the day after tomorrow.", Some("2016-11-07")).1, "2016-11-09");
    assert_eq!(one("He left the day before yesterday.", Some("2016-11-07")).1, "2016-11-05");
    assert_eq!(one("Vote on monday january 12th, 2016 as planned", None).1, "2016-01-12");
}

#[test]
fn a_clock_time_joins_its_day() {
    // 2016-11-07 is a Monday.
    assert_eq!(one("Polls will close at 10 p.m. Wednesday in most states", Some("2016-11-07")).1, "2016-11-09T22:00");
    assert_eq!(one("Polls closed on Tuesday at 8 p.m. sharp", Some("2016-11-07")).1, "2016-11-01T20:00");
}

#[test]
fn position_modifiers_with_articles() {
    assert_eq!(one("Rents rose in the late 1970s.", None), ("the late 1970s".into(), "197".into(), Some("END")));
    assert_eq!(
        one("It closes at the end of the year.", Some("2020-05-05")),
        ("the end of the year".into(), "2020".into(), Some("END"))
    );
    assert_eq!(vals("They talked about the future.", None)[0].0, "the future");
    assert_eq!(one("Voting is on Saturday, April 25.", Some("1998-04-20")).1, "1998-04-25");
}

#[test]
fn ages_fractions_and_datelines() {
    assert!(vals("The driver, 52 years old, was unhurt.", None).is_empty());
    assert!(vals("About three-quarters of voters agreed.", None).is_empty());
    assert_eq!(one("An editorial on April 25: rates must fall", None).1, "XXXX-04-25");
}

#[test]
fn a_clock_time_joins_its_part_of_day() {
    assert_eq!(one("Shots rang out at 8 a.m. this morning near the port", Some("2016-11-07")).1, "2016-11-07T08:00");
    assert_eq!(one("The list closed October 14, 8:00:25am sharp", Some("2016-11-07")).1, "2016-10-14T08:00:25");
}

#[test]
fn lower_case_names_and_weeks() {
    assert_eq!(one("the hearing on friday went badly", Some("2016-11-09")).1, "2016-11-04");
    assert_eq!(one("it ends may 5 at the latest", None).1, "XXXX-05-05");
    assert_eq!(one("born on the 4th of march 1990", None).1, "1990-03-04");
    assert!(vals("prices may march higher", None).is_empty());
    // 2016-11-09 is a Wednesday.
    assert_eq!(one("The vote is Friday next week.", Some("2016-11-09")).1, "2016-11-18");
}

#[test]
fn weekdays_without_strong_tense_take_the_nearer_day() {
    // 2016-11-07 is a Monday: "Tuesday" with no tense cue is tomorrow,
    // "Friday" with none is the Friday just past.
    assert_eq!(one("Talks resume Tuesday in Geneva", Some("2016-11-07")).1, "2016-11-08");
    assert_eq!(one("Talks in Geneva on Friday", Some("2016-11-07")).1, "2016-11-04");
    assert_eq!(one("Talks collapsed on Tuesday", Some("2016-11-10")).1, "2016-11-08");
}

#[test]
fn years_said_in_words() {
    assert_eq!(one("It happened in nineteen ninety-six, he said.", None).1, "1996");
    assert_eq!(one("It happened in nineteen seventy, he said.", None).1, "1970");
}

#[test]
fn tense_of_the_verb_group_not_its_participle() {
    // "will be paid": the modal carries the tense, not the participle.
    assert_eq!(one("The dividend will be paid Dec. 14 to holders.", Some("2022-10-26")).1, "2022-12-14");
    assert_eq!(one("The summit would still be held on April 24.", Some("2022-02-10")).1, "2022-04-24");
    // "had been due to expire": past, though "expire" points ahead. 2022-03-14 is a Monday.
    assert_eq!(one("The offer had been due to expire Friday evening.", Some("2022-03-14")).1, "2022-03-11TEV");
    // "is to resume": future. 2022-03-11 is a Friday.
    assert_eq!(one("The stock is to resume trading in Paris Tuesday.", Some("2022-03-11")).1, "2022-03-15");
}

#[test]
fn a_plan_noun_is_no_future_cue() {
    assert_eq!(one("The bank announced the plan Aug. 21 in a filing.", Some("2022-10-27")).1, "2022-08-21");
}

#[test]
fn tense_cues_stop_at_the_sentence_end() {
    // 2022-03-16 is a Wednesday.
    let v = vals("The king met the envoy Monday. The king will meet the president on Thursday.", Some("2022-03-16"));
    assert_eq!((v[0].1.as_str(), v[1].1.as_str()), ("2022-03-14", "2022-03-17"));
    // The "will" of the next sentence is nearer than "resumed", but not in scope.
    let v = vals(
        "Talks between the two parties resumed in the capital on Monday. Envoys will meet later.",
        Some("2022-03-16"),
    );
    assert_eq!(v[0].1, "2022-03-14");
}

#[test]
fn days_just_across_the_anchor_stay_near() {
    // A deadline reported in the past a few days ahead, not a year back.
    assert_eq!(one("The offer lapsed on Nov. 3.", Some("2022-11-02")).1, "2022-11-03");
    // A future deadline a day behind the anchor, not a year ahead.
    assert_eq!(one("The boy will return home by Jan. 14.", Some("2022-01-15")).1, "2022-01-14");
}

#[test]
fn tense_cue_corner_cases() {
    // 2022-03-11 is a Friday. "were planning": the plan decides, not "were".
    assert_eq!(one("Farmers were planning a march on Saturday.", Some("2022-03-11")).1, "2022-03-12");
    // "United" is a name, not a verb in -ed. 2022-03-16 is a Wednesday.
    assert_eq!(one("The envoy would be flying to the United States Thursday.", Some("2022-03-16")).1, "2022-03-17");
    // "since March": what a span starts from is past.
    assert_eq!(one("The ship, at sea since March, is expected home soon.", Some("2022-02-10")).1, "2021-03");
}

#[test]
fn a_date_naming_a_thing_takes_the_nearer_year() {
    // "the Jan. 14 deadline" in a past sentence written on Jan. 5: this January.
    assert_eq!(one("Officials gave no reason for the Jan. 14 deadline.", Some("2022-01-05")).1, "2022-01-14");
}

#[test]
fn halves_in_durations() {
    assert_eq!(one("The trial lasted 2 1/2 years.", None), ("2 1/2 years".into(), "P2Y6M".into(), None));
    assert_eq!(one("The walk took 3 1/2 hours.", None).1, "PT3H30M");
    assert_eq!(one("The rocket burned for a minute and a half.", None).1, "PT1M30S");
}

#[test]
fn spoken_years_after_months_seasons_and_the_year() {
    let a = Some("2022-03-10");
    assert_eq!(one("The flood came in March nineteen eighty-one.", a).1, "1981-03");
    assert_eq!(one("It froze in the winter of nineteen seventy-two.", a).1, "1972-WI");
    assert_eq!(one("Plans reach to the year two thousand fifty.", a).1, "2050");
}

#[test]
fn frequency_adjectives_but_not_measures_or_newspapers() {
    assert_eq!(one("Crowds gather daily outside the court.", None).1, "P1D");
    assert_eq!(one("The agency gives the daily tally of arrests.", None).1, "P1D");
    assert!(vals("The party daily Pravda said so.", None).is_empty());
    assert!(vals("Average daily volume rose to nine million shares.", None).is_empty());
}

#[test]
fn counted_from_now_is_a_date() {
    let a = Some("2022-03-10");
    assert_eq!(one("The vote comes two weeks from now.", a), ("two weeks from now".into(), "2022-03-24".into(), None));
    assert_eq!(one("Polls close 3 days from tomorrow.", a).1, "2022-03-14");
    assert_eq!(one("Talks resume two weeks from now.", None).1, "XXXX-XX-XX");
}

#[test]
fn durations_in_several_units() {
    assert_eq!(one("The siege lasted 1 hour and 30 minutes.", None).1, "PT1H30M");
    assert_eq!(one("It ran 2 days 1 hour 5 minutes in all.", None).1, "P2DT1H5M");
    assert_eq!(one("The strike lasted 3 years 4 months.", None).1, "P3Y4M");
    // Not smaller units: two timexes.
    assert_eq!(vals("It took 3 hours and 2 days.", None).len(), 2);
}

#[test]
fn month_of_and_bare_end_of() {
    let a = Some("2022-03-10");
    assert_eq!(one("Rains came in the month of August.", a).1, "2021-08");
    assert_eq!(
        one("The report is due by end of next week.", a),
        ("end of next week".into(), "2022-W11".into(), Some("END"))
    );
    assert_eq!(one("Prices fell from beginning of 2000.", a).2, Some("START"));
    assert!(vals("They met at the end of talks.", a).is_empty());
}

#[test]
fn parts_of_the_day_alone_and_clock_hours_by_part() {
    let a = Some("2022-03-10");
    let v = vals("Troops reached the town on March 3. In the morning they left.", a);
    assert_eq!(v[1], ("the morning".into(), "2022-03-03TMO".into(), None));
    assert_eq!(one("Crews worked until late afternoon.", a).1, "2022-03-10TAF");
    assert_eq!(one("The ferry leaves at 4 in the morning.", a).1, "2022-03-10T04:00");
    assert_eq!(one("The ferry leaves at 7 in the evening.", a).1, "2022-03-10T19:00");
    // The date alone, as TimeBank tags it.
    assert_eq!(one("He died on the night of Oct. 23, 2020.", a).1, "2020-10-23");
    assert!(vals("Good morning, everyone.", a).is_empty());
}

#[test]
fn weekday_with_day_of_month_and_nth_weekday() {
    // 2022-03-10 is a Thursday.
    let a = Some("2022-03-10");
    assert_eq!(
        one("The council meets on Saturday the 12th.", a),
        ("Saturday the 12th".into(), "2022-03-12".into(), None)
    );
    assert_eq!(one("It opened on Friday, the 4th.", a).1, "2022-03-04");
    // An ordinal of a noun is no day.
    assert_eq!(one("Shares fell Friday, the fourth decline in a row.", a).0, "Friday");
    assert_eq!(one("Voters go to the polls on the first Tuesday of May 2021.", a).1, "2021-05-04");
    assert_eq!(one("Rent is due the last Friday of next month.", a).1, "2022-04-29");
}

#[test]
fn decades_in_words_and_two_digits() {
    assert_eq!(one("Prices soared in the seventies.", None).1, "197");
    assert_eq!(one("It was built in the nineteen eighties.", None).1, "198");
    assert_eq!(one("Rents doubled in the 80's.", None), ("the 80's".into(), "198".into(), None));
    assert_eq!(one("Jazz thrived in the '40s.", None).0, "the '40s");
    // Ages are no decades.
    assert!(vals("She is in her seventies.", None).is_empty());
}

#[test]
fn month_year_numbers_and_quarter_codes() {
    let a = Some("2022-03-10");
    assert_eq!(one("The lease ran out 11/2016 at last.", a).1, "2016-11");
    assert_eq!(one("Sales rose in Q3 2016.", a).1, "2016-Q3");
    assert_eq!(one("Sales rose in Q1.", a).1, "2022-Q1");
    assert_eq!(one("Sales rose in H2 2016.", a).1, "2016-H2");
    assert!(vals("Water is H2O and the road is Q5.", a).is_empty());
}

#[test]
fn week_after_next_and_hence() {
    let a = Some("2022-03-10");
    assert_eq!(one("Talks resume the week after next.", a).1, "2022-W12");
    assert_eq!(one("Prices peaked the month before last.", a).1, "2022-01");
    assert_eq!(one("The vote falls two days hence.", a).1, "2022-03-12");
}

#[test]
fn this_past_season_is_the_latest_one() {
    assert_eq!(one("Sales slumped this past spring.", Some("2022-10-30")).1, "2022-SP");
    assert_eq!(one("Sales slumped last spring.", Some("2022-10-30")).1, "2021-SP");
}

#[test]
fn halves_and_quarters_of_a_named_year() {
    let a = Some("2022-10-30");
    assert_eq!(one("Output fell in the last half of 2019.", a).1, "2019-H2");
    assert_eq!(one("Output fell in the second half of the year.", a).1, "2022-H2");
    assert_eq!(one("Output fell in the first quarter of this year.", a).1, "2022-Q1");
    // A half of a decade is no half year.
    assert_eq!(one("Output fell in the last half of the '80s.", a).0, "the '80s");
}

#[test]
fn counted_from_a_named_date() {
    // 2000-02-24 is a Thursday.
    let a = Some("2000-02-24");
    assert_eq!(one("The day before last Tuesday he flew home.", a).1, "2000-02-21");
    assert_eq!(one("A hearing is set for the week of March 6.", a).1, "2000-W10");
    assert_eq!(one("He was shot last Oct. 23 at home.", a), ("Oct. 23".into(), "1999-10-23".into(), None));
    // Ends of text never panic.
    for t in ["the week after next", "the day before last", "the day before", "the week of", "Q", "Q1", "Friday the"] {
        let _ = vals(t, a);
    }
}

#[test]
fn every_prefix_of_new_constructions_is_safe() {
    let text = "On Friday the 12th, the first Tuesday of May, the week of March 6 and the day before last Tuesday, \
                two weeks from now, 2 days hence, 1 hour and 30 minutes, 2 1/2 years, Q3 2016, H2, 11/2016, \
                the seventies, the 80's, the '40s, the month of August, end of next week, the morning, \
                4 in the morning, the last half of 1989, this past spring, the year two thousand, daily";
    for (i, _) in text.char_indices() {
        let _ = vals(&text[..i], Some("2022-03-10"));
        let _ = vals(&text[i..], None);
    }
}

#[test]
fn computed_and_named_holidays() {
    let a = Some("2022-06-30");
    assert_eq!(one("Crowds gathered on Easter 2018.", a).1, "2018-04-01");
    assert_eq!(one("Shops closed on Good Friday.", a).1, "2022-04-15");
    assert_eq!(one("He called on Father's Day of 2015.", a).1, "2015-06-21");
    assert_eq!(one("Parades marked Martin Luther King Day.", a).1, "2022-01-17");
    assert_eq!(one("The march fell on St. Patrick's Day 2018.", a).1, "2018-03-17");
    assert_eq!(one("Sales on Black Friday 2010 rose.", a).1, "2010-11-26");
    assert!(vals("He lives in St. Louis and works in labor relations.", a).is_empty());
}

#[test]
fn deadlines_after_a_weak_past_cue_lie_ahead() {
    // 2021-06-09 is a Wednesday.
    let a = Some("2021-06-09");
    assert_eq!(one("The board postponed until Tuesday its vote on the merger.", a).1, "2021-06-15");
    assert_eq!(one("Regulators extended the offer by Friday at the latest.", a).1, "2021-06-11");
    // A strong past cue still wins: the pluperfect.
    assert_eq!(one("Only three towns had delivered their ballots by Monday.", a).1, "2021-06-07");
    // "set to" and "due to" before a verb announce what comes.
    assert_eq!(one("The talks, set to resume Monday in Geneva, drew protests.", a).1, "2021-06-14");
    assert_eq!(one("The permit, due to expire Friday, was renewed.", a).1, "2021-06-11");
}

#[test]
fn a_past_plan_word_is_no_future_cue() {
    // 2021-06-09 is a Wednesday.
    let a = Some("2021-06-09");
    assert_eq!(one("The march began as previously planned Saturday night.", a).1, "2021-06-05TNI");
    assert_eq!(one("On Monday, she cancelled her holiday plans for the trip.", a).1, "2021-06-07");
    // An intention still looks ahead.
    assert_eq!(one("The minister plans to visit the port on Friday.", a).1, "2021-06-11");
}

#[test]
fn year_ago_comparisons_do_not_chain_from_each_other() {
    let a = Some("2021-05-04");
    let v = vals(
        "Profit rose to $3 million from $2 million a year ago. Sales were $90 million, against $80 million a year earlier.",
        a,
    );
    assert_eq!(v[0].1, "2020");
    assert!(v[1].1.starts_with("2020"), "{v:?}");
    // A plain date still anchors "a year earlier".
    assert_eq!(vals("The dam opened in 1998. A year earlier, the valley flooded.", a)[1].1, "1997");
}

#[test]
fn near_future_and_couple_of_units() {
    let a = Some("2021-06-09");
    assert_eq!(
        one("The firm may list its shares in the near future.", a),
        ("the near future".into(), "FUTURE_REF".into(), None)
    );
    assert_eq!(one("Over the next couple of years the mill will expand.", a).1, "P2Y");
}

#[test]
fn the_previous_weekday_counts_from_the_text() {
    // 2021-06-14 is a Monday; the text's Friday is 2021-06-11.
    let v = vals("The index closed at 310 on Friday, down 2% from the previous Friday.", Some("2021-06-14"));
    assert_eq!(v[1], ("the previous Friday".into(), "2021-06-04".into(), None));
}

#[test]
fn possessive_weekdays_name_a_past_day() {
    // 2021-06-11 is a Friday; 2021-06-14 a Monday.
    let v = vals("The tenants said they would try to get around Wednesday's ruling.", Some("2021-06-11"));
    assert_eq!(v, [("Wednesday".into(), "2021-06-09".into(), None)]);
    assert_eq!(one("The bonds sold at a premium over Thursday's close.", Some("2021-06-14")).1, "2021-06-10");
}

#[test]
fn report_periods() {
    let a = Some("2021-10-28");
    assert_eq!(one("Sales in the latest period rose 4%.", a).1, "2021-Q3");
    assert_eq!(vals("Net rose in the third quarter. The latest period had no one-time gains.", a)[1].1, "2021-Q3");
    assert_eq!(one("The chain forecast higher profit for the full year.", a).1, "2021");
    assert_eq!(one("The lease runs for a full year.", a).1, "P1Y");
}

#[test]
fn titles_are_not_times() {
    let a = Some("2021-06-09");
    assert!(vals("He told CBS's \"60 Minutes\" he would stay.", a).is_empty());
    assert!(vals("Speaking on ABC's \"This Week,\" the senator agreed.", a).is_empty());
    assert!(vals("A reporter for USA Today asked.", a).is_empty());
    assert!(vals("For the league, high noon has arrived.", a).is_empty());
    // Ordinary uses stay.
    assert_eq!(one("Today the court ruled.", a).1, "2021-06-09");
    assert_eq!(one("The vote is at noon.", a).1, "2021-06-09T12:00");
}

#[test]
fn clock_times_fall_on_the_day_the_text_is_about() {
    let v = vals("The clerk was robbed on March 2. He was shot at 10 p.m. in the shop.", Some("2021-06-09"));
    assert_eq!(v[1], ("10 p.m.".into(), "2021-03-02T22:00".into(), None));
    // No day named: the document's.
    assert_eq!(one("The polls close at 8 p.m. across the state.", Some("2021-06-09")).1, "2021-06-09T20:00");
}

#[test]
fn the_year_being_reported() {
    let a = Some("2021-10-28");
    assert_eq!(one("For the year, shipments were flat.", a).1, "2021");
    assert_eq!(vals("Revenue reached $9 million in the first nine months of the year.", a)[1].1, "2021");
    // A fiscal year ending on a date, or a stretch, stays a duration.
    assert_eq!(vals("For the year ended June 30, net rose.", a)[0].1, "P1Y");
    assert_eq!(one("Prices rose 5% in the year.", a).1, "P1Y");
}

#[test]
fn vague_stretches_and_the_near_term() {
    let a = Some("2021-06-09");
    assert_eq!(one("Growth will slow in the near term.", a), ("the near term".into(), "FUTURE_REF".into(), None));
    assert_eq!(one("Funds may sell bonds in the months ahead.", a).1, "PXM");
    assert_eq!(one("We will live without it for a while.", a).1, "PXX");
    assert_eq!(one("The lease may run for an additional year.", a).1, "P1Y");
    assert!(vals("A ruling is a matter of days away.", a).is_empty());
    assert!(vals("Short-term rates fell while bonds rose.", a).is_empty());
}

#[test]
fn us_election_day() {
    assert_eq!(one("Voters go to the polls on Election Day.", Some("2022-10-20")).1, "2022-11-08");
    assert_eq!(one("Turnout on Election Day surprised pollsters.", Some("2020-11-20")).1, "2020-11-03");
}

#[test]
fn recurring_weekday_nights_and_some_day_to_come() {
    let a = Some("2021-06-09");
    assert_eq!(vals("Flights leave on Tuesday nights from July.", a)[0].1, "XXXX-WXX-2TNI");
    assert_eq!(one("She hopes she will one day fly.", a).1, "FUTURE_REF");
    assert_eq!(one("The strike lasted one day.", a).1, "P1D");
}

#[test]
fn the_past_year_and_decade_are_the_units_before_the_document() {
    let a = Some("2021-06-09");
    assert_eq!(one("Hate crimes grew over the past year.", a).1, "2020");
    assert_eq!(one("Wages lost ground in the last decade.", a).1, "201");
    // Smaller units stay stretches.
    assert_eq!(one("He has been in hospital for the last week.", a).1, "P1W");
}

#[test]
fn a_part_of_a_named_day() {
    let a = Some("2021-06-09");
    assert_eq!(one("Shares rose at mid-afternoon yesterday.", a).1, "2021-06-08TAF");
    assert_eq!(one("Shares rose by mid afternoon.", a).1, "2021-06-09TAF");
}

#[test]
fn day_ranges_and_months_before_a_noun() {
    let a = Some("2021-02-10");
    let v = vals("The summit meets on April 24 and 25. The March accession will follow.", a);
    let got: Vec<(&str, &str)> = v.iter().map(|t| (t.0.as_str(), t.1.as_str())).collect();
    assert_eq!(got, [("April 24", "2021-04-24"), ("25", "2021-04-25"), ("March", "2021-03")]);
    // Not a day: a count after the date.
    assert_eq!(vals("On May 3 and 40 people came.", a).len(), 1);
    // "vs." ends no sentence: the past tense after it still counts.
    assert_eq!(
        one("In January, after the Roe vs. Wade anniversary, a bomb killed a guard.", Some("2021-10-25")).1,
        "2021-01"
    );
}

#[test]
fn no_cue_leans_past() {
    // A month alone with no tense cue near: the latest one before the
    // document unless the next one is much nearer.
    assert_eq!(one("In January, a clinic in the city.", Some("2021-10-25")).1, "2021-01");
    assert_eq!(one("In November, a clinic in the city.", Some("2021-10-25")).1, "2021-11");
}

#[test]
fn tense_cues_inside_a_sentence() {
    // 2021-04-07 is a Wednesday.
    let a = Some("2021-04-07");
    // The reporting verb only reports the clause that holds the date.
    let v = vals("\"The team will leave at 4 in the morning (4 a.m. EDT Thursday),\" the coach said.", a);
    assert_eq!(v.last().unwrap().1, "2021-04-08T04:00");
    // Next to the date, the reporting verb is the event dated.
    assert_eq!(one("The coach said Thursday that the team was ready.", a).1, "2021-04-01");
    // An -ed word after an article is an adjective, no past cue.
    assert_eq!(one("The bonus would be paid on a still unspecified date in May.", a).1, "2021-05");
    // A weak past cue takes a month alone up to the next month only.
    assert_eq!(one("The club changed its season to the calendar year in June.", a).1, "2020-06");
    assert_eq!(one("The launch was planned for early May.", a).1, "2021-05");
}

// ----- conversational and short numeric forms (rules/extended.rs) -----

#[test]
fn day_of_month_alone_after_a_preposition() {
    let a = Some("2022-03-10");
    assert_eq!(one("The rent is due on the 27th.", a), ("the 27th".into(), "2022-03-27".into(), None));
    assert_eq!(one("She paid him on the 2nd.", a).1, "2022-03-02");
    assert_eq!(one("Payment arrives the 20th of next month", a).1, "2022-04-20");
    assert_eq!(one("The ferry sails on twenty second?", a).1, "2022-03-22");
    // Ordinals of nouns are no days.
    assert!(vals("He won for the second time on a wet track.", a).is_empty());
    assert!(vals("They lost for the 27th straight game.", a).is_empty());
}

#[test]
fn month_with_a_day_in_words() {
    let a = Some("2022-03-10");
    assert_eq!(one("The fair opens May the eleventh.", a), ("May the eleventh".into(), "2022-05-11".into(), None));
    assert_eq!(one("We met on June twenty two, 2019.", a).1, "2019-06-22");
    assert_eq!(one("It was signed on October the twenty-second nineteen sixty four.", a).1, "1964-10-22");
    // A count after a month, and a full stop after a month, are no days.
    assert_eq!(one("In March twenty people died.", a).0, "March");
    assert_eq!(one("The firm launched it in April. One buyer sued.", a).0, "April");
}

#[test]
fn weekday_with_its_date() {
    // 2022-03-10 is a Thursday.
    let a = Some("2022-03-10");
    assert_eq!(one("See you Wednesday the 16th, then.", a), ("Wednesday the 16th".into(), "2022-03-16".into(), None));
    assert_eq!(one("The vote is on Friday 3/18 in the hall.", a), ("Friday 3/18".into(), "2022-03-18".into(), None));
    assert_eq!(one("Meet me this friday (mar-18) at the gate.", a).0, "this friday (mar-18)");
}

#[test]
fn short_numeric_dates_need_context() {
    let a = Some("2022-03-10");
    assert_eq!(one("The hearing was moved to 4/22 by the judge.", a).0, "4/22");
    assert_eq!(one("Sales closed on 4-22 for the season.", a).0, "4-22");
    assert_eq!(one("The office reopens Jan-3 after repairs.", a).0, "Jan-3");
    assert_eq!(one("Tickets went on sale 28-Feb.", a).1, "2022-02-28");
    assert_eq!(one("The plan was filed 11/12,2016 in court.", a).1, "2016-11-12");
    assert_eq!(one("Shipped 2019-sep-1 by sea.", a).1, "2019-09-01");
    // Scores, ranges, rates and fractions stay out.
    assert!(vals("The Hawks won 4-2 at home.", a).is_empty());
    assert!(vals("Children aged 4-12 can enter.", a).is_empty());
    assert!(vals("The clinic offers 24/7 care.", a).is_empty());
    assert!(vals("It takes 3/4 of the budget.", a).is_empty());
}

#[test]
fn spoken_and_compact_clock_times() {
    let a = Some("2022-03-10");
    assert_eq!(one("Doors open at half past eight in the evening.", a).1, "2022-03-10T20:30");
    assert_eq!(one("We land at seven thirty pm.", a).1, "2022-03-10T19:30");
    assert_eq!(one("The train leaves at a quarter to 7 in the morning.", a).1, "2022-03-10T06:45");
    assert_eq!(one("Call the desk at 9p.", a).1, "2022-03-10T21:00");
    assert_eq!(one("The shop opens 1140 a.m. on weekdays", a).0, "1140 a.m.");
    assert_eq!(one("Lunch starts at 12 noon.", a).1, "2022-03-10T12:00");
    assert_eq!(one("The guards change at seven.", a).1, "2022-03-10T07:00");
    assert_eq!(one("It rained and stopped around 11ish", a).0, "around 11ish");
    // "at" with a number is no time when a noun or a percentage follows.
    assert!(vals("Rates stood at 7 percent and at 4 points.", a).is_empty());
}

#[test]
fn bare_end_of_a_range_takes_the_other_ends_day_and_half() {
    let a = Some("2022-03-10");
    let v = vals("The clinic is open from 3 to 5 pm on weekdays.", a);
    assert_eq!(v[0], ("3".into(), "2022-03-10T15:00".into(), None));
    assert_eq!(v[1].0, "5 pm");
    let v = vals("The fair runs November 19-20 downtown.", a);
    assert_eq!(v.iter().map(|x| &x.1[4..]).collect::<Vec<_>>(), ["-11-19", "-11-20"]);
    let v = vals("Voting is between 8 and 10 am.", a);
    assert_eq!(v[0], ("8".into(), "2022-03-10T08:00".into(), None));
    // Two counts joined by "to" are no range of times.
    assert!(vals("The score went from 3 to 5 points.", a).is_empty());
}

#[test]
fn chat_abbreviations_and_relative_days() {
    let a = Some("2022-03-10");
    assert_eq!(one("The parcel arrives tmrw", a).1, "2022-03-11");
    assert_eq!(one("Two days after today the bridge opens.", a).1, "2022-03-12");
    assert_eq!(one("Can the crew stay another month?", a).1, "P1M");
    assert_eq!(one("Finish it by the rest of the week.", a).1, "2022-W10");
    assert!(vals("It was his last day at the firm.", a).is_empty());
}

#[test]
fn abbreviated_months_after_prepositions_and_in_ranges() {
    let a = Some("2022-03-10");
    assert_eq!(one("The store shuts in Sept for repairs.", a).0, "Sept");
    assert_eq!(one("Her contract ends the month of Dec", a).1, "2022-12");
    let v = vals("Exhibits run Jan-Feb 2024 in the hall.", a);
    assert_eq!(v.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), ["2024-01", "2024-02"]);
    assert_eq!(one("Budgets close Dec/2023.", a).1, "2023-12");
    // A bare abbreviation before a name is no month.
    assert!(vals("They met Jan Kowalski there.", a).is_empty());
}

#[test]
fn weeks_by_number_and_rank() {
    let a = Some("2022-03-10");
    assert_eq!(one("Sales peaked in week 31.", a).1, "2022-W31");
    assert_eq!(one("The course starts the first week of 2023.", a).1, "2023-W01");
    assert_eq!(one("Staff return the third week of next month", a).1, "2022-W15");
    assert_eq!(one("Book it for the week of the 14th.", a).1, "2022-W11");
}

#[test]
fn weekday_forms_with_this_past_and_a_day_number() {
    // 2022-03-10 is a Thursday.
    let a = Some("2022-03-10");
    assert_eq!(one("Crews left this past Tuesday.", a).1, "2022-03-08");
    assert_eq!(one("Is the hall free this upcoming Friday?", a).1, "2022-03-11");
    assert_eq!(one("Any plans for Monday 14!", a).1, "2022-03-14");
    assert_eq!(one("Deliver it this 4/12", a).1, "2022-04-12");
}

#[test]
fn parts_of_the_day_with_position_and_clock_ranges_with_am_pm() {
    let a = Some("2022-03-10");
    assert_eq!(
        one("Traffic eases in the late-evening.", a),
        ("the late-evening".into(), "2022-03-10TEV".into(), Some("END"))
    );
    assert_eq!(one("Shares rose at mid-afternoon yesterday.", a).1, "2022-03-09TAF");
    assert_eq!(one("We eat at mid-day.", a).1, "2022-03-10T12:00");
    // "8-9am" is a range of hours, not August 9.
    let v = vals("The desk is open Monday 8-9am only.", a);
    assert_eq!(v.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), ["Monday 8", "9am"]);
    let v = vals("The pool is open 1p.m. to 4 daily.", a);
    assert_eq!(v[1], ("4".into(), "2022-03-10T16:00".into(), None));
    assert_eq!(one("Be there at 10 oclock.", a).1, "2022-03-10T10:00");
}

#[test]
fn whole_units_sets_and_glued_units() {
    let a = Some("2022-03-10");
    assert_eq!(one("The plant ran for a full week.", a).1, "P1W");
    assert_eq!(one("Sales for the full year rose.", a).1, "2022");
    assert_eq!(one("The market opens on Sundays.", a).1, "XXXX-WXX-7");
    assert_eq!(one("The flight takes 3h", a).1, "PT3H");
    assert_eq!(one("Reports are due by EOD.", a), ("EOD".into(), "2022-03-10".into(), Some("END")));
    assert_eq!(one("Costs were set for 2015-3.", a).1, "2015-03");
    // "2010-11" is a season of two years; "full-year results" a modifier; "an everyday matter" an adjective.
    assert_eq!(vals("In the 2010-11 season he scored.", a).len(), 2);
    assert!(vals("It posted full-year results.", a).is_empty());
    assert!(vals("Risk is an everyday matter here.", a).is_empty());
    // "before 2010 or after 2018": two dates, not "2010 or after".
    let v = vals("Count deals before 2010 or after 2018.", a);
    assert_eq!(v.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), ["2010", "2018"]);
}

#[test]
fn compound_durations_counted_back_and_stretches_with_a_count() {
    let a = Some("2022-03-10");
    assert_eq!(one("The firm folded 1 year 2 months ago.", a).1, "2021-01-10");
    assert_eq!(one("Prices rose in the 5 past years.", a).1, "P5Y");
    assert_eq!(one("Rain is due over the next couple weeks", a).1, "P2W");
    assert_eq!(one("The bell rings 3 minutes from now.", a).1, "FUTURE_REF");
    assert_eq!(one("The office reopens 2 weeks from March 20.", a).1, "2022-04-03");
    // With "after", TimeML tags the duration and the date apart.
    assert_eq!(vals("It fell eight days after March 2.", a).len(), 2);
}

#[test]
fn ranges_of_days_with_ordinals_and_articles() {
    let a = Some("2022-03-10");
    let v = vals("The fair runs April 9th through 17th.", a);
    assert_eq!(v.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), ["April 9th", "17th"]);
    let v = vals("Shops close between the eighth and the sixteenth of May.", a);
    assert_eq!(v.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), ["the eighth", "the sixteenth of May"]);
    let v = vals("Staff are away 4 to 23 next month.", a);
    assert_eq!(v.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), ["2022-04-04", "2022-04-23"]);
    let v = vals("The show runs from 10/3 to 11/9.", a);
    assert_eq!(v.len(), 2);
}

#[test]
fn quarters_halves_holidays_and_weekday_ranks_in_short_forms() {
    let a = Some("2022-03-10");
    assert_eq!(one("Revenue grew in 2019 q3.", a).1, "2019-Q3");
    assert_eq!(one("Revenue grew in q1 of 2017.", a).1, "2017-Q1");
    assert_eq!(one("The call lasted one and half hour.", a).1, "PT1H30M");
    assert_eq!(one("We waited half hour.", a).1, "PT30M");
    assert_eq!(one("The parade returns next Easter.", a).1, "2022-04-17");
    assert_eq!(one("It snowed last Christmas.", a).1, "2021-12-25");
    assert_eq!(one("Elections fall on the second Sunday.", a).1, "2022-03-13");
    assert!(vals("It was the second Sunday race in a row.", a).len() <= 1);
    assert_eq!(one("The plant opened in November two thousand and seven.", a).1, "2007-11");
    assert_eq!(one("Shipments resume wed, 9 of mar", a).1, "2022-03-09");
}

#[test]
fn ranges_of_bare_hours_next_to_a_day() {
    let a = Some("2022-03-10");
    let v = vals("Guards were posted between 3 and 8 yesterday.", a);
    assert_eq!(v.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), ["2022-03-09T03:00", "2022-03-09T08:00"]);
    let v = vals("The desk is staffed Monday from 10-4.", a);
    assert!(v[2].1.ends_with("T16:00"), "{v:?}");
    let v = vals("We met this evening from 7 to 9.", a);
    assert_eq!(v[1].1, "2022-03-10T19:00");
    // No day named: bare numbers stay untagged.
    assert!(vals("Scores rose from 6 to 7.", a).is_empty());
    assert_eq!(one("The crew arrived tonight at 7", a).1, "2022-03-10T19:00");
    // "How about" suggests; it does not approximate.
    assert_eq!(one("How about next week?", a).0, "next week");
}

#[test]
fn compact_and_spoken_years_ordinal_months_and_more_holidays() {
    let a = Some("2022-03-10");
    assert_eq!(one("The file is stamped 20161016 on top", a).1, "2016-10-16");
    assert_eq!(one("Audits start the third month of 2023.", a).1, "2023-03");
    assert_eq!(one("The mill closed in two thousand and five.", a).1, "2005");
    assert_eq!(one("He was born in June of 84.", a).1, "1984-06");
    assert_eq!(one("Parades mark Juneteenth in town", a).0, "Juneteenth");
    assert_eq!(one("Crowds marched on May Day.", a).0, "May Day");
    assert_eq!(one("We met on new year's eve.", a).0, "new year's eve");
    assert_eq!(one("The board meets biweekly.", a).1, "P2W");
    assert_eq!(one("They found it 3 weeks and 4 days ago.", a).1, "2022-02-13");
    assert_eq!(one("Lights out at 12 midnight.", a).1, "2022-03-10T24:00");
    // Counts are no years.
    assert!(vals("Some two thousand people came.", a).is_empty());
}

#[test]
fn bounds_and_day_halves_and_spaced_year_months() {
    let a = Some("2022-03-10");
    assert_eq!(one("Entries close 3 pm or later.", a).2, Some("ON_OR_AFTER"));
    assert_eq!(one("Valid on 2/1/2017 and after.", a).2, Some("ON_OR_AFTER"));
    // "and later" followed by a verb is no bound.
    assert_eq!(one("He flew in October 1984 and later served.", a).0, "October 1984");
    assert_eq!(one("Call me before 4.", a).1, "2022-03-10T04:00");
    assert!(vals("He won after three rounds.", a).is_empty());
    assert_eq!(one("The crew lands 10, tonight", a).1, "2022-03-10T22:00");
    assert_eq!(one("The clinic opens Tuesday AM only", a).0, "Tuesday AM");
    assert_eq!(one("Sales were booked 2016 / 11.", a).1, "2016-11");
    assert!(vals("It won 2016 - 11 votes.", a).iter().all(|v| v.0 != "2016 - 11"));
    let v = vals("The fair runs from 5-21 in next month.", a);
    assert_eq!(v.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), ["2022-04-05", "2022-04-21", "2022-04"]);
    let v = vals("We are away five to seven today.", a);
    assert_eq!(v.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), ["five", "seven today"]);
}

#[test]
fn lists_of_days_weekday_abbreviations_and_zones() {
    let a = Some("2022-03-10");
    let v = vals("Free dates are the 21st, 24th or 30th of March.", a);
    assert_eq!(v.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), ["2022-03-21", "2022-03-24", "2022-03-30"]);
    let v = vals("We could meet August 11th, 12th, or 14th for lunch.", a);
    assert_eq!(v.len(), 3);
    let v = vals("Planners eyed 18 and 19 June.", a);
    assert_eq!(v.iter().map(|x| &x.1[4..]).collect::<Vec<_>>(), ["-06-18", "-06-19"]);
    let v = vals("Next week Mon, Wed or Fri suits me.", a);
    assert_eq!(v.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), ["2022-03-14", "2022-03-16", "2022-03-18"]);
    // "sun" and "sat" alone are words.
    assert!(vals("The cat sat in the sun.", a).is_empty());
    assert_eq!(one("The call is at 3pm Pacific time.", a).0, "3pm Pacific time");
    assert_eq!(one("The ferry sails day after tomorrow", a).1, "2022-03-12");
    assert_eq!(one("It took 3.5 second flat", a).1, "PT3.5S");
    let v = vals("Ships leave from 6/2-6/9, 2021.", a);
    assert_eq!(v[1], ("6/9, 2021".into(), "2021-06-09".into(), None));
}

#[test]
fn verb_last_money_days_zones_and_short_forms() {
    let a = Some("2022-03-10");
    // "last" as a verb is no "the last two hours".
    assert_eq!(one("The talks will last two hours.", a), ("two hours".into(), "PT2H".into(), None));
    // "$12 December 27": money, then the date.
    assert_eq!(one("He paid $12 December 27.", a).0, "December 27");
    assert_eq!(one("A call for Wednesday the 16th with Ann.", a).1, "2022-03-16");
    assert_eq!(one("We drank tea on mar4 night.", a).1, "2022-03-04TNI");
    assert_eq!(one("Revenue for q1-2019 rose.", a).1, "2019-Q1");
    assert_eq!(one("Ships go Sep-23-2020.", a).1, "2020-09-23");
    let v = vals("Meet between 2:30pm and 5:30pm AEST?", a);
    assert_eq!(v[1].0, "5:30pm AEST");
    let v = vals("Deliveries arrive between 0730-0930?", a);
    assert_eq!(v.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), ["2022-03-10T07:30", "2022-03-10T09:30"]);
    assert_eq!(one("Lessons are Thursdays at 17.30", a).1, "XXXX-WXX-4T17:30");
    assert!(vals("Shares closed at 6.45 on the day.", a).iter().all(|v| v.0 != "6.45"));
    assert_eq!(one("Plans for the upcoming month changed.", a).1, "2022-04");
    assert_eq!(one("Gains rose this calendar year.", a).1, "2022");
    assert_eq!(one("Prices rose in the noughties.", a).1, "200");
    assert_eq!(one("The ferry left three mins to five thirty", a).1, "2022-03-10T05:27");
    let v = vals("Free dates are the 21st, 24th or 30th of March.", a);
    assert_eq!(v[0].0, "the 21st");
}

#[test]
fn every_prefix_and_suffix_of_conversational_forms_is_safe() {
    let text = "on the 27th, May the eleventh, Wednesday the 16th with Ann, Friday 3/18, this friday (mar-18), \
                on 4-22, Jan-3, 28-Feb, 11/12,2016, 2019-sep-1, half past eight in the evening, seven thirty pm, \
                9p. 1140 a.m. 12 noon, 11ish, at seven. from 3 to 5 pm, November 19-20, between 8 and 10 am, \
                tmrw, two days after today, the rest of the week, EOD, T12:34:20, in Sept, month of Dec, \
                Jan-Feb 2024, Dec/2023, week 31, the first week of 2023, this past Tuesday, Monday 14! \
                mid-afternoon yesterday, Monday 8-9am, 1p.m. to 4, 10 oclock, full week, on Sundays, 3h, \
                2015-3, 1 year 2 months ago, the 5 past years, next couple weeks, 3 minutes from now, \
                2 weeks from March 20, April 9th through 17th, between the eighth and the sixteenth of May, \
                4 to 23 next month, from 10/3 to 11/9, 2019 q3, q1 of 2017, one and half hour, next Easter, \
                the second Sunday, October two thousand and five, wed, 9 of mar, between 3 and 8 yesterday, \
                Monday from 10-4, this evening from 7 to 9, 20161016, the third month of 2023, April of 87, \
                Juneteenth, May Day, biweekly, 12 midnight, 3 pm or later, before 4. 10, tonight, Tuesday AM, \
                2016 / 11. from 4-23 in next month, five to seven today, the 21st, 24th or 30th of March, \
                August 11th, 12th, or 14th, Mon, Wed or Fri, 3pm Pacific time, 6:30pm AEST, between 0730-0930, \
                Thursdays at 17.30, the upcoming month, this calendar year, the noughties, mar4 night, q1-2019, \
                Sep-23-2020, three mins to five thirty, will last two hours, $12 December 27";
    for (i, _) in text.char_indices() {
        let _ = vals(&text[..i], Some("2022-03-10"));
        let _ = vals(&text[i..], None);
    }
}

#[test]
fn sets_with_clock_times_weeks_with_weekdays_and_evening_hours() {
    // 2022-03-10 is a Thursday.
    let a = Some("2022-03-10");
    assert_eq!(
        one("The club meets every Monday at 4pm.", a),
        ("every Monday at 4pm".into(), "XXXX-WXX-1T16:00".into(), None)
    );
    assert_eq!(one("Pills are taken 9am on Sundays.", a).1, "XXXX-WXX-7T09:00");
    assert_eq!(one("He runs every evening at 7.", a).1, "XXXX-XX-XXT19:00");
    assert_eq!(one("The fair opens next week Sunday.", a), ("next week Sunday".into(), "2022-03-20".into(), None));
    assert_eq!(one("The vote is on Tuesday of next week.", a).1, "2022-03-15");
    let v = vals("They meet next week on Monday or Wednesday.", a);
    assert_eq!(v.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), ["2022-03-14", "2022-03-16"]);
    assert_eq!(v[0].0, "next week on Monday");
    assert_eq!(one("The bus left 7:00 on Sunday afternoon.", a).1, "2022-03-06T19:00");
    assert_eq!(one("Sales peaked in 2016 November.", a).1, "2016-11");
    assert_eq!(vals("The 2016 November election was close.", a)[0].0, "2016");
}

#[test]
fn date_of_a_year_and_glued_week_units() {
    let a = Some("2022-03-10");
    assert_eq!(one("It was signed July 4th of 1995 in town.", a).1, "1995-07-04");
    assert_eq!(one("The fever lasted 2wks", a).1, "P2W");
    // Cricket wides and codes are no durations.
    assert!(vals("Bowling: Streak ( 2w , 2nb ), list 1998D", a).iter().all(|v| !v.1.starts_with('P')));
}

#[test]
fn holiday_weekends_and_previous_holidays() {
    let a = Some("2022-03-10");
    assert_eq!(one("Flights sold out for the weekend of Halloween 2021.", a).1, "2021-W43-WE");
    assert_eq!(one("Crowds grew over Labor Day weekend.", a).0, "Labor Day weekend");
    assert_eq!(one("Sales dipped at the previous Easter.", a).1, "2021-04-04");
}

#[test]
fn news_scores_statistics_and_tables_stay_out() {
    let a = Some("1996-08-22");
    // Scores next to a weekday, aggregates, averages, fractions, golf holes.
    assert!(vals("The Mariners routed Boston 10-3 Thursday.", a).iter().all(|v| v.0 == "Thursday"));
    assert!(vals("They go through 4-1 on aggregate.", a).is_empty());
    assert!(
        vals("He lowered his average from 8.08 to 7.24 this season.", a)
            .iter()
            .all(|v| v.0 == "this season" || v.0 == "season")
    );
    assert!(vals("Shares were down 1/16 at 3-11/16.", a).is_empty());
    assert!(vals("He was left out of the 13 named by the coach.", a).is_empty());
    assert!(vals("Birdies on the 15th and 17th holes helped.", a).is_empty());
    assert!(vals("It ended with a late-night signing ceremony.", a).is_empty());
    assert!(vals("At the end of the day I am glad.", a).is_empty());
    assert!(vals("Results came in June 19-23 Second test at Lord's", a).iter().all(|v| !v.1.starts_with('P')));
}

#[test]
fn clock_seconds_after_a_day_part_and_lunchtime_hours() {
    let a = Some("2022-03-10");
    assert_eq!(one("Back by afternoon 7:00:05 sharp", a).1, "2022-03-10T19:00:05");
    assert_eq!(one("The shop reopens 1 o'clock lunchtime", a).1, "2022-03-10T13:00");
}

#[test]
fn last_week_of_a_year_and_two_digit_years_after_of() {
    let a = Some("2022-03-10");
    assert_eq!(one("Plans slipped to the last week of 2016.", a).0, "the last week of 2016");
    assert_eq!(one("Sales in week 27 of last year fell.", a).1, "2021-W27");
    assert_eq!(one("The mill opened on 15 April of 87.", a).1, "1987-04-15");
}

/// Random sequences of the tokens the new rules read (numbers, separators,
/// clock and date words, non-ASCII) never panic.
#[test]
fn random_token_soup_never_panics() {
    let words = [
        "on",
        "the",
        "27th",
        "May",
        "may",
        "4",
        "/",
        "-",
        ".",
        ",",
        "22",
        "2016",
        "at",
        "7",
        "pm",
        "p",
        "m",
        "a",
        "from",
        "to",
        "between",
        "and",
        "next",
        "week",
        "Monday",
        "mon",
        "tmrw",
        "half",
        "past",
        "eight",
        "o",
        "'",
        "clock",
        "every",
        "Sunday",
        "Sundays",
        "in",
        "the",
        "evening",
        "night",
        "late",
        "-",
        "mid",
        "morning",
        "of",
        "this",
        "month",
        "year",
        "q",
        "1",
        "Q3",
        "weekend",
        "Halloween",
        "Labor",
        "Day",
        "last",
        "will",
        "$",
        "12",
        "0730",
        "T",
        "12:30",
        "ish",
        "noon",
        "few",
        "2w",
        "sec",
        "second",
        "3.5",
        "é",
        "ü",
        "—",
        "(",
        ")",
        "EOD",
        "rest",
        "all",
        "full",
        "or",
        "later",
        "after",
        "before",
        "calendar",
        "noughties",
        "20161016",
        "Jan",
        "Sept",
        "tue",
        "Fri",
    ];
    let mut seed: u64 = 12345;
    for _ in 0..20000 {
        let mut s = String::new();
        for _ in 0..12 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let w = words[(seed >> 33) as usize % words.len()];
            if (seed >> 20) & 1 == 0 {
                s.push(' ');
            }
            s.push_str(w);
        }
        let _ = vals(&s, Some("2022-03-10"));
        let _ = vals(&s, None);
    }
}

#[test]
fn elided_units_in_coordination() {
    let a = Some("2022-03-10");
    let v = vals("Can we meet this week or next?", a);
    assert_eq!(
        v.iter().map(|x| (x.0.as_str(), x.1.as_str())).collect::<Vec<_>>(),
        [("this week", "2022-W10"), ("next", "2022-W11")]
    );
    let v = vals("Sales rose this or next year, they said.", a);
    assert_eq!(v[0], ("this".into(), "2022".into(), None));
    // "next" before a noun is no elided unit.
    assert_eq!(vals("Talks went on this week and next round starts soon.", a).len(), 1);
}

#[test]
fn weeks_named_whole_and_with_a_weekday_and_hour() {
    // 2022-03-10 is a Thursday.
    let a = Some("2022-03-10");
    assert_eq!(one("Sales rose in the following week.", a).1, "2022-W11");
    assert_eq!(one("Book it next week Mon 9 am.", a), ("next week Mon 9 am".into(), "2022-03-14T09:00".into(), None));
}

#[test]
fn weekday_with_an_impossible_day_and_that_weekend() {
    let a = Some("2022-03-10");
    // No Friday the 31st near March 2022: the weekday is what is sure.
    assert_eq!(one("Any plans for Friday 31!", a).1, "XXXX-WXX-5");
    let v = vals("They met on March 2, and that weekend they left.", a);
    assert_eq!(v[1], ("that weekend".into(), "2022-W09-WE".into(), None));
}

#[test]
fn clock_with_a_following_day_part_and_city_time() {
    let a = Some("2022-03-10");
    assert_eq!(one("The race begins on Saturday at 7:00 early morning", a).0, "Saturday at 7:00 early morning");
    assert_eq!(one("Markets open at 9:30am Beijing time.", a).0, "9:30am Beijing time");
}

#[test]
fn spoken_full_dates_and_two_units_on() {
    let a = Some("2022-03-10");
    assert_eq!(one("The treaty was signed on twenty six February nineteen eighty two.", a).1, "1982-02-26");
    assert_eq!(one("The fleet anchored on 9 May seventeen hundred forty two.", a).1, "1742-05-09");
    assert_eq!(one("We are away the month after the next.", a).1, "2022-05");
}

#[test]
fn counts_of_nights_and_day_part_modifiers_are_no_clock_times() {
    let a = Some("2022-03-10");
    assert!(vals("The band stayed for two nights.", a).iter().all(|v| !v.1.contains('T')));
    assert!(vals("Pupils skip all four afternoon lessons.", a).is_empty());
    assert_eq!(one("We met at seven in the evening.", a).1, "2022-03-10T19:00");
}

#[test]
fn last_week_of_a_year_is_its_last_iso_week_and_small_hours_tonight() {
    let a = Some("2022-03-10");
    // 2019-12-31 falls in 2020-W01; the last week of 2019 is 2019-W52.
    assert_eq!(one("Plans slipped to the last week of 2019.", a).1, "2019-W52");
    assert_eq!(one("The crew lands tonight around 3", a).1, "2022-03-10T03:00");
    assert_eq!(one("The crew lands tonight around 9", a).1, "2022-03-10T21:00");
}

#[test]
fn clock_times_joined_to_their_day_across_commas_and_zones() {
    let a = Some("2022-03-10");
    assert_eq!(one("The show airs 8pm in the evening, Sunday", a).1, "2022-03-13T20:00");
    assert_eq!(one("Send it at 3:30pm AEST tomorrow", a).1, "2022-03-11T15:30");
    assert_eq!(one("Filed 6 Jan 2017 - 6:37am", a).1, "2017-01-06T06:37");
    assert_eq!(one("It is on Tuesday of the following week.", a).0, "Tuesday of the following week");
    assert_eq!(one("The crew trained for 2 days 1 month", a).1, "P1M2D");
    assert_eq!(one("She served one year and a quarter abroad.", a).1, "P1Y3M");
}

#[test]
fn stays_in_nights_couples_of_units_and_lower_case_holidays() {
    let a = Some("2022-03-10");
    assert_eq!(one("The band stayed for two nights.", a).1, "P2D");
    assert!(vals("Vendors sell at three night markets.", a).is_empty());
    assert_eq!(one("The mill shut for couple of weeks", a).1, "P2W");
    assert_eq!(one("The parade is on independence day of this year.", a).1, "2022-07-04");
    assert_eq!(one("We planted trees on earth day 2010", a).1, "2010-04-22");
    assert_eq!(one("The plant ran for a whole day.", a).1, "P1D");
}

#[test]
fn the_next_couple_of_units_is_one_stretch() {
    let a = Some("2022-03-10");
    assert_eq!(
        one("Over the next couple of years prices will rise.", a),
        ("the next couple of years".into(), "P2Y".into(), None)
    );
}

#[test]
fn other_countries_independence_days_and_whole_years_of() {
    let a = Some("1996-08-22");
    assert!(vals("Rallies marked Pakistan's independence day.", a).is_empty());
    assert_eq!(one("Profit for the whole year of 1996 rose.", a).1, "1996");
    assert_eq!(one("Profit for the whole year rose.", a).1, "1996");
}

#[test]
fn fiscal_year_and_year_ago_periods() {
    let a = Some("2021-10-28");
    assert_eq!(one("Earnings will fall for the fiscal year.", a).1, "2021");
    assert_eq!(vals("In the fiscal year ended Jan. 31, sales rose.", a)[0].1, "P1Y");
    let v = vals("Net rose in the third quarter. For the quarter a year ago, net was flat.", a);
    assert_eq!(v[1], ("the quarter a year ago".into(), "2020-Q3".into(), None));
    let v = vals("Net rose in the third quarter, against a loss for the corresponding period last year.", a);
    assert_eq!(v[1], ("the corresponding period last year".into(), "2020-Q3".into(), None));
    let v = vals("Net rose in the third quarter. Sales for last year's quarter were flat.", a);
    assert_eq!(v[1], ("last year's quarter".into(), "2020-Q3".into(), None));
}

#[test]
fn cues_across_a_comma_and_words_that_only_look_past() {
    let a = Some("2021-10-28");
    // The cue in the date's own clause wins over a nearer one after a comma.
    assert_eq!(one("The firm paid taxes during the quarter, though payments would normally be small.", a).1, "2021-Q3");
    // "succeed" is no past form.
    assert_eq!(one("Ms. Lee will succeed Mr. Park on Feb. 1.", a).1, "2022-02-01");
}

#[test]
fn ordinal_days_of_now_and_this_quarters_report() {
    let a = Some("2021-10-28");
    assert_eq!(one("It's the second day of the strike at the port.", a).1, "2021-10-28");
    assert_eq!(
        vals("Today is the eighth day of the siege.", a)[1],
        ("the eighth day".into(), "2021-10-28".into(), None)
    );
    // Past copula: no claim about today.
    assert!(vals("His first day of school was hard.", a).is_empty());
    let v = vals("Net fell in the third quarter. This quarter's loss includes a charge.", a);
    assert_eq!(v[1], ("This quarter".into(), "2021-Q3".into(), None));
    // Without a report on a past quarter, "this quarter" is the current one.
    assert_eq!(one("Sales should rise this quarter.", a).1, "2021-Q4");
}

#[test]
fn the_day_before_a_clause_is_no_chained_day() {
    let a = Some("2021-06-09");
    assert!(
        vals("She spent an hour in town later in the day before returning home.", a)
            .iter()
            .all(|t| t.1 != "2021-06-08")
    );
    assert_eq!(vals("The vote was on June 2. The day before, crowds gathered.", a)[1].1, "2021-06-01");
}

#[test]
fn prefixed_and_modified_years_and_an_elided_last() {
    let a = Some("2021-10-28");
    assert_eq!(one("The post-1989 politics split families.", a), ("post-1989".into(), "1989".into(), Some("AFTER")));
    assert_eq!(one("Few pre-1914 buildings stand.", a), ("pre-1914".into(), "1914".into(), Some("BEFORE")));
    assert_eq!(one("He lost his unsuccessful 1996 campaign.", a).1, "1996");
    // A count after an adjective stays a count.
    assert!(vals("They sent some 1500 troops.", a).is_empty());
    let v = vals("The firm pays twice as much this year as last.", a);
    assert_eq!(v[1], ("last".into(), "2020".into(), None));
    assert_eq!(vals("Sales were lower than last quarter.", a).len(), 1);
}

#[test]
fn durations_after_as_and_the_year_of_an_amount() {
    let a = Some("2021-10-28");
    assert_eq!(one("An appeal could take as long as a month.", a).1, "P1M");
    // A rate after a plural noun stays no timex.
    assert!(vals("The airline runs four flights a week.", a).is_empty());
    assert_eq!(
        vals("The stock hit a high for the year of $42 in June.", a)[0],
        ("the year".into(), "2021".into(), None)
    );
}

#[test]
fn a_weekday_and_its_date_and_shared_recurring_nights() {
    // 2021-03-04 is a Thursday.
    let a = Some("2021-03-04");
    assert_eq!(
        one("The march is this coming Sunday, March 7, downtown.", a),
        ("this coming Sunday, March 7".into(), "2021-03-07".into(), None)
    );
    // Different days stay apart.
    assert_eq!(vals("It rains this coming Sunday, March 14 stays dry.", a).len(), 2);
    let v = vals("Two flights leave on Monday and Tuesday nights.", a);
    let got: Vec<&str> = v.iter().map(|t| t.1.as_str()).collect();
    assert_eq!(got, ["XXXX-WXX-1TNI", "XXXX-WXX-2TNI"]);
}

#[test]
fn the_day_before_an_event_in_apposition_is_that_date() {
    let a = Some("2021-10-28");
    let v = vals("Prices peaked on Oct. 12, the day before the crash.", a);
    assert_eq!(v[1], ("the day".into(), "2021-10-12".into(), None));
    // Without the apposition, "the day before" counts back.
    assert_eq!(vals("The crash came on Oct. 13. The day before, prices peaked.", a)[1].1, "2021-10-12");
}

#[test]
fn every_prefix_of_this_rounds_constructions_is_safe() {
    let text = "It's the second day of it, post-1959 and pre-1914, this year as last, on Oct. 12, the day before \
                the crash, this coming Sunday, March 7, on Monday and Tuesday nights, the corresponding period \
                last year, last year's quarter, the quarter a year ago, for the fiscal year, as long as a month, \
                a high for the year of $42, at mid-afternoon yesterday, later in the day before returning, \
                until 9 a.m. EDT Thursday, set to resume Monday, April 24 and 25, for a while, the weeks ahead, \
                in the near term, 60 Minutes, high noon, will one day, This quarter's loss, Election Day";
    for (i, _) in text.char_indices() {
        let _ = vals(&text[..i], Some("2021-10-28"));
        let _ = vals(&text[i..], None);
    }
}

#[test]
fn a_clock_time_far_from_the_last_named_day_is_the_documents() {
    let filler = "The council met and talked and voted and left. ".repeat(30);
    let text = format!("He was born on May 3, 1950. {filler}The hearing starts at 10 a.m. in the hall.");
    let v = vals(&text, Some("2021-06-09"));
    assert_eq!(v.last().unwrap().1, "2021-06-09T10:00");
}

#[test]
fn weekdays_written_against_a_named_week_fall_in_that_week() {
    // 2021-03-10 is a Wednesday; next week runs from Monday 2021-03-15.
    let a = Some("2021-03-10");
    let got = |t: &str| vals(t, a).into_iter().map(|x| (x.0, x.1)).collect::<Vec<_>>();
    // "next week on Tuesday" is one expression: the Tuesday of next week.
    let v = got("The board can meet next week on Tuesday or Thursday.");
    assert_eq!(v[0], ("next week on Tuesday".into(), "2021-03-16".into()));
    assert_eq!(v[1], ("Thursday".into(), "2021-03-18".into()));
    let v = got("The ferry sails next week Mon 8 am or 2 pm.");
    assert_eq!(v[0].1, "2021-03-15T08:00");
    assert_eq!(v[1].1, "2021-03-15T14:00");
    let v = got("The ferry sailed on Friday of last week.");
    assert_eq!(v[0], ("Friday of last week".into(), "2021-03-05".into()));
    let v = got("Crews can come Monday, Wednesday, Friday next week.");
    let days: Vec<&str> = v.iter().map(|x| x.1.as_str()).collect();
    assert_eq!(days, ["2021-03-15", "2021-03-17", "2021-03-19"]);
    // A weekday in another sentence keeps its own resolution.
    let v = got("The ferry sails next week. Monday was calm.");
    assert_eq!(v[1].1, "2021-03-08");
}

#[test]
fn a_year_written_beside_a_month_or_day_is_its_year() {
    let a = Some("2021-03-10");
    let v = vals("The mill opened on July 4th of 1995 in the valley.", a);
    assert_eq!(v[0].1, "1995-07-04");
    let v = vals("Sales rose in 2016 June after the merger.", a);
    assert_eq!(v.last().unwrap().1, "2016-06");
    let v = vals("The games open on 28 June in 2024, officials said.", a);
    assert_eq!(v[0].1, "2024-06-28");
    // A year further off is another date.
    let v = vals("The mill opened on July 4, and in 1995 it closed.", a);
    assert_ne!(v[0].1, "1995-07-04");
}

#[test]
fn the_same_unit_and_that_weekend_keep_the_units_granularity() {
    let a = Some("2021-03-10");
    assert_eq!(one("Two more stores closed the same year.", a).1, "2021");
    assert_eq!(one("Two more stores closed the same month.", a).1, "2021-03");
    assert_eq!(one("Two more stores closed the same week.", a).1, "2021-W10");
    assert_eq!(one("The stores were closed that weekend.", a).1, "2021-W10-WE");
    let v = vals("The stores closed on March 2. They reopened the following week.", a);
    assert_eq!(v[1].1, "2021-W10");
    // Days still chain to the day.
    assert_eq!(vals("The stores closed on March 2 and reopened the next day.", a)[1].1, "2021-03-03");
}

#[test]
fn a_clock_time_with_a_recurring_day_is_one_set() {
    let a = Some("2021-03-10");
    assert_eq!(
        one("The clinic opens every Thursday at 8am for walk-ins.", a),
        ("every Thursday at 8am".into(), "XXXX-WXX-4T08:00".into(), None)
    );
    assert_eq!(one("The bell rings 6pm each day in the square.", a).1, "XXXX-XX-XXT18:00");
    assert_eq!(one("Buses stop at 10am on Sundays near the pier.", a).1, "XXXX-WXX-7T10:00");
    let v = tag_text("Guards lock the gate every night at 11.", a, &[]);
    assert_eq!(v.len(), 1);
    assert_eq!((v[0].kind, v[0].value.as_str()), (dossier_model::TimexType::Set, "XXXX-XX-XXT23:00"));
    // A clock time apart from the recurring day stays a time of its own.
    assert_eq!(vals("The gate opened every day. At 11pm it shut.", a).len(), 2);
}

#[test]
fn a_week_fixed_by_its_first_day_or_its_year_is_that_week() {
    let a = Some("2021-03-10");
    // 2021-05-03 is a Monday, in ISO week 18.
    let v = vals("Hearings are set for the week beginning May 3 in the capital.", a);
    assert_eq!(v[0].1, "2021-W18");
    assert_eq!(vals("The week starting on May 3 is busy.", a)[0].1, "2021-W18");
    // The last ISO week of 2015 is week 53.
    assert_eq!(vals("Sales peaked in the last week of 2015.", a)[0].1, "2015-W53");
}

#[test]
fn a_year_after_a_date_and_time_is_its_year() {
    let v = vals("Logged Tue Mar 3 14:05:09 2015 by the server.", Some("2021-03-10"));
    assert_eq!(v[0].1, "2015-03-03T14:05:09");
}

#[test]
fn counted_nights_are_days_and_mid_night_is_midnight() {
    let a = Some("2021-03-10");
    assert_eq!(one("The crew spent two nights on the ridge.", a), ("two nights".into(), "P2D".into(), None));
    assert_eq!(one("Rooms are booked for 3 nights.", a).1, "P3D");
    assert_eq!(one("The curfew starts at mid night.", a).1, "2021-03-10T24:00");
    assert_eq!(one("The curfew starts at mid-night.", a).1, "2021-03-10T24:00");
    // One night is a night, not a stay; a clock time at night stays a time.
    assert_eq!(one("They met one night in May.", a).1.len(), 7);
    assert_eq!(one("The blast came at two in the night.", a).1, "2021-03-10T02:00");
}

#[test]
fn a_clock_time_with_an_evening_or_night_is_after_noon() {
    // 2021-03-10 is a Wednesday.
    let a = Some("2021-03-10");
    assert_eq!(one("The vote closes at 5:30 tomorrow evening.", a).1, "2021-03-11T17:30");
    assert_eq!(one("The talks ended at 11 tonight, aides said.", a).1, "2021-03-10T23:00");
    assert_eq!(one("Shots rang out at 9 Tuesday night.", a).1, "2021-03-09T21:00");
    // Small hours and explicit am stay as written.
    assert_eq!(one("Shots rang out at 2 Tuesday night.", a).1, "2021-03-09T02:00");
    assert_eq!(one("Shots rang out at 9 am Tuesday.", a).1, "2021-03-09T09:00");
    // Seconds after a part of the day stay.
    assert_eq!(one("Logged afternoon 4:10:07 by the clerk.", a).1, "2021-03-10T16:10:07");
}

#[test]
fn every_prefix_of_the_value_rounds_constructions_is_safe() {
    let text = "next week on Tuesday or Thursday, next week Mon 9 am or 1 pm, Friday of last week, Monday, \
                Wednesday, Friday next week, July 4th of 1995, 2016 June, 28 June in 2024, Tue Mar 3 14:05:09 \
                2015, the same year, that weekend, the following week, every Thursday at 8am, 6pm each day, \
                10am on Sundays, every night at 11, the week beginning May 3, the last week of 2015, two nights, \
                one night, mid night, mid-night, at 5:30 tomorrow evening, at 11 tonight, 9 Tuesday night, \
                afternoon 4:10:07, week, last week, the week starting on, between 7 a.m. and 8 p.m. Tuesday, \
                from 11 p.m. to 5 a.m. Saturday";
    for (i, _) in text.char_indices() {
        let _ = vals(&text[..i], Some("2021-03-10"));
        let _ = vals(&text[i..], None);
        let _ = vals(&text[i..], Some("2021-03-10"));
    }
}

#[test]
fn the_first_clock_time_of_a_range_falls_on_the_day_named_after_the_second() {
    // 2021-03-10 is a Wednesday.
    let a = Some("2021-03-10");
    let v = vals("Polls were open between 7 a.m. and 8 p.m. Tuesday in the county.", a);
    assert_eq!((v[0].1.as_str(), v[1].1.as_str()), ("2021-03-09T07:00", "2021-03-09T20:00"));
    let v = vals("The bridge closes from 11 p.m. to 5 a.m. Saturday for repairs.", a);
    assert_eq!((v[0].1.as_str(), v[1].1.as_str()), ("2021-03-12T23:00", "2021-03-13T05:00"));
    // A first end that names its own day keeps it.
    let v = vals("The road was shut from 10 p.m. Friday to 6 a.m. Saturday.", a);
    assert_eq!(v[0].1, "2021-03-05T22:00");
}

#[test]
fn counted_days_from_a_day_without_a_year() {
    // No publication date: "a week later" counts from the month and day named.
    let v = vals("Police raided the depot on June 20. A week later, police entered again.", None);
    assert_eq!(v[1], ("A week later".into(), "XXXX-06-27".into(), None));
    assert_eq!(vals("Talks opened on May 30. Three days later they broke down.", None)[1].1, "XXXX-06-02");
    // Across the end of February the day depends on the year: left open.
    assert_ne!(vals("Talks opened on February 27. A week later they broke down.", None)[1].1, "XXXX-03-06");
}

/// Mentions of `text` as (text, signal, resolution) for the mention tests.
fn mention_texts(text: &str, anchor: &str) -> Vec<(String, Option<mention::Signal>, mention::Resolution)> {
    let tagged = tag_text(text, Some(anchor), &[]);
    mention::mentions(text, &tagged)
        .into_iter()
        .map(|m| (text[m.range.start..m.range.end].to_string(), m.signal, m.resolution))
        .collect()
}

#[test]
fn mentions_join_ranges_with_their_signal_and_bounds() {
    use mention::{Resolution, Signal};
    // 2021-03-10 is a Wednesday.
    let a = "2021-03-10";
    let m = mention_texts("The plant stays shut from Monday to Friday, the union said.", a);
    assert_eq!(m[0].0, "from Monday to Friday");
    assert_eq!(m[0].1, Some(Signal::From));
    assert!(matches!(&m[0].2, Resolution::Range { .. }), "{m:?}");
    // "between ... and": "and" is a range word only after "between".
    let m = mention_texts("Voting runs between 8am and 2pm tomorrow.", a);
    assert_eq!(m[0].0, "between 8am and 2pm tomorrow");
    assert_eq!(m[0].2, Resolution::Range { start: "2021-03-11T08:00".into(), end: "2021-03-11T14:00".into() }, "{m:?}");
    // A year written once after the second bound is the year of both.
    let m = mention_texts("Output fell from May to October 2019.", a);
    assert_eq!(m[0].2, Resolution::Range { start: "2019-05".into(), end: "2019-10".into() }, "{m:?}");
    // "now" is a bound as it stands, never glued to the other bound's day.
    let m = mention_texts("The fund has grown between now and November 15th.", a);
    assert!(
        matches!(&m[0].2, Resolution::Range { start, end } if start == "PRESENT_REF" && end.ends_with("-11-15")),
        "{m:?}"
    );
    let m = mention_texts("Output fell Nov-Feb 2019.", a);
    assert_eq!(m[0].2, Resolution::Range { start: "2018-11".into(), end: "2019-02".into() }, "{m:?}");
}

#[test]
fn mentions_keep_lists_and_sentences_apart() {
    // A list of months is several mentions; "and" joins nothing without "between".
    let m = mention_texts("Sales rose in March, April and June.", "2021-03-10");
    assert_eq!(m.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), ["March", "April", "June"]);
    // Sentence punctuation ends a mention.
    let m = mention_texts("Talks ended on Monday. Tuesday brought new strikes.", "2021-03-10");
    assert_eq!(m.len(), 2, "{m:?}");
    // Two years side by side are two mentions.
    let m = mention_texts("Rains failed in 2015, 2016 and 2017.", "2021-03-10");
    assert!(m.len() >= 2 && m.iter().all(|x| !x.0.contains(", ")), "{m:?}");
}

#[test]
fn mentions_take_meaningful_signals_and_drop_plain_prepositions() {
    use mention::{Resolution, Signal};
    let a = "2021-03-10";
    let m = mention_texts("Nothing has moved since tomorrow's deadline was set, or in May.", a);
    assert_eq!(m[0].0, "since tomorrow");
    assert_eq!(m[0].1, Some(Signal::Since));
    // "in" before a date is a plain preposition; before a duration it means "from now".
    assert_eq!(m[1].0, "May");
    let m = mention_texts("The vote is due in 5 days, no later than Friday.", a);
    assert_eq!((m[0].0.as_str(), m[0].1), ("in 5 days", Some(Signal::In)));
    assert_eq!((m[1].0.as_str(), m[1].1), ("no later than Friday", Some(Signal::NoLaterThan)));
    // "in the past two decades" is a period, not a point after now.
    let m = mention_texts("Prices doubled in the past two years.", a);
    assert_eq!(m[0].0, "past two years");
    // Decades keep their article, as Recognizers writes them.
    let m = mention_texts("Prices doubled in the past two decades.", a);
    assert_eq!(m[0].0, "the past two decades");
    // The article of "the last week of July" names the final week: it stays.
    let m = mention_texts("Prices doubled in the last week of July.", a);
    assert_eq!(m[0].0, "the last week of July");
    // A point written in two parts takes the finest part's value.
    let m = mention_texts("Polls close today before 4pm.", a);
    assert_eq!(m[0].0, "today before 4pm");
    assert_eq!(m[0].2, Resolution::Value("2021-03-10T16:00".into()));
    // Parts that make no single point are read apart.
    let m = mention_texts("Planes left 3 minutes from today.", a);
    assert_eq!(m.len(), 2, "{m:?}");
    // A trailing full stop is punctuation; the one of "p.m." is not.
    let m = mention_texts("We meet at 7 p.m.", a);
    assert_eq!(m[0].0, "7 p.m.");
}

#[test]
fn mentions_survive_odd_input() {
    // Found by a random-text run (200,000 texts from time words, connectors and non-ASCII):
    // a comparative after one time that another starts inside, a non-ASCII dash before a
    // leading word.
    for text in [
        "",
        "2021",
        "from to",
        "between and",
        "Monday-",
        "-Friday",
        "from 1999 to",
        "é 3 pm – 4 pm ü",
        "Eid al-Fitr and later Monday week 10:30EST",
        "2019p.m. , no later than –some days",
        "日本 right now – year 2012",
    ] {
        let tagged = tag_text(text, Some("2021-03-10"), &[]);
        let mut prev = 0;
        for m in mention::mentions_at(text, &tagged, Some("2021-03-10T09:00:00")) {
            assert!(text.is_char_boundary(m.range.start) && text.is_char_boundary(m.range.end), "{text:?}");
            assert!(m.range.start <= m.range.end && m.range.end <= text.len());
            assert!(m.range.start >= prev, "mentions overlap in {text:?}");
            prev = m.range.end;
        }
    }
    // Long text: one mention per timex at most, in linear time.
    let text = "from Monday to Friday, ".repeat(20_000);
    let tagged = tag_text(&text, Some("2021-03-10"), &[]);
    let m = mention::mentions(&text, &tagged);
    assert!(m.len() <= tagged.len() && !m.is_empty());
    // A long chain of parts that join but make no value is read apart in bounded groups.
    let text = "at 3pm at the week at 4pm at the year ".repeat(5_000);
    let tagged = tag_text(&text, Some("2021-03-10"), &[]);
    let m = mention::mentions(&text, &tagged);
    assert!(m.iter().all(|x| x.parts.len() <= 6) && m.len() <= tagged.len());
}

#[test]
fn mentions_resolve_stretches_from_the_reference_day() {
    use mention::Resolution;
    let day = "2021-03-10";
    let at = |text: &str| {
        let tagged = tag_text(text, Some(day), &[]);
        mention::mentions_at(text, &tagged, Some(day))
            .into_iter()
            .map(|m| (text[m.range.start..m.range.end].to_string(), m.resolution))
            .collect::<Vec<_>>()
    };
    let range = |a: &str, b: &str| Resolution::Range { start: a.into(), end: b.into() };
    assert_eq!(at("Storms are due over the next 3 days.")[0].1, range("2021-03-11", "2021-03-14"));
    assert_eq!(at("The index fell over the past 3 weeks.")[0].1, range("2021-02-17", "2021-03-10"));
    assert_eq!(at("A deal is expected within 2 months.")[0].1, range("2021-03-10", "2021-05-10"));
    assert_eq!(at("Shops stay shut for the rest of the month.")[0].1, range("2021-03-10", "2021-03-31"));
    // "in" a count of time: the point that far after the reference.
    assert_eq!(at("The verdict is due in two weeks.")[0].1, Resolution::Value("2021-03-24".into()));
    // No reference, or a vague count: the duration stays.
    let text = "Storms are due over the next few days.";
    let tagged = tag_text(text, Some(day), &[]);
    assert!(matches!(mention::mentions_at(text, &tagged, Some(day))[0].resolution, Resolution::Value(_)));
}

#[test]
fn mentions_join_a_point_and_a_stretch_from_it() {
    use mention::Resolution;
    let a = "2021-03-10";
    // A duration after "for" starts at the point before it, and the reverse after "from".
    let m = mention_texts("The hearing runs from 2pm for 3 hours.", a);
    assert_eq!(m[0].0, "from 2pm for 3 hours");
    assert_eq!(m[0].2, Resolution::Range { start: "2021-03-10T14:00".into(), end: "2021-03-10T17:00".into() });
    let m = mention_texts("The hearing runs for 3 hours from 2pm.", a);
    assert_eq!(m[0].0, "for 3 hours from 2pm");
    // A tilde is a range dash ("2014~2018").
    let m = mention_texts("Output data for 2014~2018 was revised.", a);
    assert_eq!(m[0].2, Resolution::Range { start: "2014".into(), end: "2018".into() }, "{m:?}");
}

#[test]
fn islamic_and_other_named_holidays() {
    // The tabular Islamic calendar: 1 Ramadan 1442 = 2021-04-12, 1 Shawwal = 2021-05-12,
    // 10 Dhu al-Hijjah = 2021-07-19, 1 Muharram 1443 = 2021-08-09 (observed dates may be a day later).
    let a = Some("2021-09-01");
    assert_eq!(
        one("Markets closed early during Ramadan, traders said.", a),
        ("Ramadan".into(), "2021-04-12".into(), None)
    );
    assert_eq!(one("Prices rose before Eid al-Fitr, traders said.", a).1, "2021-05-12");
    assert_eq!(one("Prices rose before Eid-ul-Adha, traders said.", a).1, "2021-07-19");
    assert_eq!(one("Flights were full before the Islamic New Year.", a).1, "2021-08-09");
    // An explicit year after the name.
    assert_eq!(one("The truce held through Ramadan 2019.", a).1, "2019-05-05");
    // Thanksgiving written in two words, and the Chinese name of New Year's Day.
    assert_eq!(one("Stores opened on thanks giving day 2010.", a).1, "2010-11-25");
    assert_eq!(one("Offices close on Yuandan.", a).1.len(), 10);
    // Not holidays: "Eid" alone, "islamic" without "new year".
    assert!(vals("Eid was named after his grandfather.", a).is_empty());
    assert!(vals("The islamic school opened in the new building.", a).is_empty());
}

#[test]
fn mentions_place_a_weekday_in_the_week_written_with_it() {
    use mention::Resolution;
    // 2021-03-10 is a Wednesday; next week runs 2021-03-15 to 2021-03-21.
    let a = "2021-03-10";
    let m = mention_texts("The board meets Thursday evening next week.", a);
    assert_eq!(m[0].0, "Thursday evening next week");
    assert_eq!(m[0].2, Resolution::Value("2021-03-18TEV".into()), "{m:?}");
    // "on" stays before a recurring day or a weekday of a named week, not before a date.
    let m = mention_texts("Clinics open on Mondays and close on Friday next week.", a);
    assert_eq!(m.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), ["on Mondays", "on Friday next week"]);
    let m = mention_texts("Clinics open on March 12.", a);
    assert_eq!(m[0].0, "March 12");
    // A week and a clock time are no weekday: read apart when they make no point.
    let m = mention_texts("Trains stop this week 8am.", a);
    assert!(m.iter().all(|x| x.0 != "this week 8am" || matches!(x.2, Resolution::Value(_))), "{m:?}");
}

#[test]
fn mention_ranges_read_hours_and_ends_as_a_reader_does() {
    use mention::Resolution;
    let a = "2021-03-10";
    let range = |s: &str, e: &str| Resolution::Range { start: s.into(), end: e.into() };
    // An unmarked start hour is after noon when the end is, or in an evening.
    let m = mention_texts("The court sits Thursday from 2:00 to 2:30 pm.", a);
    assert_eq!(m[0].2, range("2021-03-11T14:00", "2021-03-11T14:30"), "{m:?}");
    let m = mention_texts("Polls stay open this evening from 7 to 9.", a);
    assert!(
        matches!(&m[0].2, Resolution::Range { start, end } if start.ends_with("T19:00") && end.ends_with("T21:00")),
        "{m:?}"
    );
    // Written mornings stay.
    let m = mention_texts("Polls stay open from 7 am to 3 pm.", a);
    assert!(matches!(&m[0].2, Resolution::Range { start, .. } if start.ends_with("T07:00")), "{m:?}");
    // The end of a range does not precede its start.
    let m = mention_texts("The strike will run from next Monday to Friday.", a);
    assert_eq!(m[0].2, range("2021-03-15", "2021-03-19"), "{m:?}");
    // Hours from a reference with a clock time.
    let text = "The results are due within 5 hours.";
    let tagged = tag_text(text, Some(a), &[]);
    let m = mention::mentions_at(text, &tagged, Some("2021-03-10T16:12:00"));
    assert_eq!(m[0].resolution, range("2021-03-10T16:12:00", "2021-03-10T21:12:00"));
}

#[test]
fn mentions_take_the_words_a_reader_reads_with_the_time() {
    let a = "2021-03-10";
    let m = mention_texts("The minister is not available right now.", a);
    assert_eq!(m[0].0, "right now");
    let m = mention_texts("Revenue fell sharply in year 2012.", a);
    assert_eq!(m[0].0, "year 2012");
    let m = mention_texts("The pilots were grounded for some days.", a);
    assert_eq!(m[0].0, "some days");
    // The article of a part of the day goes when no signal leads; "in the morning" keeps both.
    let m = mention_texts("Roads were shut during the morning.", a);
    assert_eq!(m[0].0, "morning");
    let m = mention_texts("Roads were shut in the morning.", a);
    assert_eq!(m[0].0, "in the morning");
    // "by" joins a day and its time: "last Tuesday by 2 in the afternoon".
    let m = mention_texts("The vote closed last Tuesday by 2 in the afternoon.", a);
    assert_eq!(m[0].0, "last Tuesday by 2 in the afternoon", "{m:?}");
    // A day, then "from" a time "for" a stretch: one range.
    let m = mention_texts("The hall is booked on 14th Feb from 9:30am for 7 hours.", a);
    assert_eq!(m[0].0, "14th Feb from 9:30am for 7 hours", "{m:?}");
}

#[test]
fn mentions_take_trailing_comparatives_and_keep_unlike_bounds_apart() {
    let a = "2021-03-10";
    let m = mention_texts("The offer covers the models of 2016 and later, dealers said.", a);
    assert_eq!(m[0].0, "2016 and later", "{m:?}");
    // A comparative that leads the next time stays with it.
    let m = mention_texts("Sales fell after 2016 and before 2018.", a);
    assert_eq!(m.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), ["after 2016", "before 2018"]);
    let m = mention_texts("Show the sales for year greater than 2012", a);
    assert_eq!(m[0].0, "year greater than 2012", "{m:?}");
    // A clock time and a week make no range.
    let m = mention_texts("Race at 3pm - this week, organisers said.", a);
    assert!(m.len() == 2 && m.iter().all(|x| !matches!(x.2, mention::Resolution::Range { .. })), "{m:?}");
    // A week and a bare clock time make no point: read apart.
    let m = mention_texts("Trains stop this week 8am, the operator said.", a);
    assert_eq!(m.len(), 2, "{m:?}");
}

#[test]
fn mention_stretches_of_decades_and_now_take_the_reference() {
    use mention::Resolution;
    let day = "2016-11-07";
    let at = |text: &str| {
        let tagged = tag_text(text, Some(day), &[]);
        mention::mentions_at(text, &tagged, Some(day)).into_iter().map(|m| m.resolution).collect::<Vec<_>>()
    };
    let range = |a: &str, b: &str| Resolution::Range { start: a.into(), end: b.into() };
    assert_eq!(at("Output doubled over the past two decades.")[0], range("1990-01-01", "2010-01-01"));
    assert_eq!(at("Between January 2015 and now, output doubled.")[0], range("2015-01", "2016-11-07"));
    // A year written with "this" is not the later bound's year.
    assert_eq!(at("The works run from this May to October 2018.")[0], range("2016-05", "2018-10"));
}

#[test]
fn mentions_put_a_period_in_the_year_written_with_it() {
    use mention::Resolution;
    let a = "2021-03-10";
    let m = mention_texts("Growth slowed in the first quarter of 2019.", a);
    assert_eq!(m[0].0, "the first quarter of 2019");
    assert_eq!(m[0].2, Resolution::Value("2019-Q1".into()), "{m:?}");
    // "from" without a range is a plain preposition.
    let m = mention_texts("The rule applies from October.", a);
    assert_eq!(m[0].0, "October");
}

#[test]
fn mentions_give_the_time_zone_apart() {
    let text = "Polls close at 8pm EST, and counting starts at 9:30 Beijing time.";
    let tagged = tag_text(text, Some("2021-03-10"), &[]);
    let m = mention::mentions(text, &tagged);
    let zones: Vec<&str> = m.iter().filter_map(|x| x.zone).map(|z| &text[z.start..z.end]).collect();
    assert_eq!(zones, ["EST", "Beijing time"], "{m:?}");
    // The zone stays inside the mention's range.
    assert!(m.iter().all(|x| x.zone.is_none_or(|z| x.range.start <= z.start && z.end <= x.range.end)));
    // No zone after a date or a plain clock time.
    let text = "The summit ends on Friday at 5pm.";
    let tagged = tag_text(text, Some("2021-03-10"), &[]);
    assert!(mention::mentions(text, &tagged).iter().all(|x| x.zone.is_none()));
}

#[test]
fn mentions_keep_news_idioms_apart() {
    let a = "1996-08-22";
    // "in" before a vague or adjectival duration is a plain preposition.
    let m = mention_texts("Prices rose in recent years, he said.", a);
    assert_eq!(m[0].0, "recent years", "{m:?}");
    let m = mention_texts("The party will consider it in the future.", a);
    assert_eq!(m[0].1, None, "{m:?}");
    // "the past" alone keeps its article.
    let m = mention_texts("That is a thing of the past.", a);
    assert!(m.iter().all(|x| x.0 != "past"), "{m:?}");
    // "from" between two points joins only into a range or a stretch.
    let m = mention_texts("Sales in July this year from the year-earlier period rose.", a);
    assert!(m.iter().all(|x| !x.0.contains(" from ")), "{m:?}");
    // A bare "the year" is no frame for the time after it.
    let m = mention_texts("Shares hit a high for the year last week.", a);
    assert!(m.iter().all(|x| x.0 != "the year last week"), "{m:?}");
}

#[test]
fn the_next_hour_is_a_stretch_and_the_last_minute_an_idiom() {
    let a = Some("2021-03-10");
    assert_eq!(one("Rescuers expect news within the next hour.", a).1, "PT1H");
    assert_eq!(one("Results come in the coming minute, officials said.", a).1, "PT1M");
    // "at the last minute" means too late, not a minute of time.
    assert!(vals("The deal collapsed at the last minute.", a).is_empty());
    // "the last hour" stays the stretch it was.
    assert_eq!(one("Prices jumped in the last hour.", a).1, "PT1H");
}
