//! Bad input: every problem at once, each naming the disposal and field.
// Test code may sort as it likes (clippy.toml limits the app's code).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use ni_record_check::rules::ni::parse::{parse_case, parse_case_problems, parse_cases};
use ni_record_check::rules::ni::validation::validate;
use ni_record_check::rules::{assess, parse_any_case_problems, AnyCase};

fn problems(json: &str) -> Vec<String> {
    let case = parse_case(json).expect("parses");
    validate(&case).iter().map(ToString::to_string).collect()
}

#[test]
fn every_problem_at_once_with_disposal_and_field() {
    let json = r#"{
      "check_date": "2016-07-01",
      "disposals": [
        { "id": "a", "kind": "caution", "date": "2017-01-01", "under_18": false, "specified": false,
          "sentences": [ { "type": "fine" } ] },
        { "id": "a", "kind": "conviction", "date": "2010-01-01", "under_18": false, "specified": null,
          "sentences": [] },
        { "id": "", "kind": "conviction", "date": "2010-01-01", "under_18": false, "specified": true,
          "sentences": [ { "type": "imprisonment" }, { "type": "probation_order", "months": -3 },
                         { "type": "bind_over", "ends": "2009-12-31" }, { "type": "fine", "months": 3 },
                         { "type": "probation_order", "months": 3, "ends": "2011-01-01" },
                         { "type": "fine", "suspended": true }, { "type": "detention_art45", "months": 3 } ] },
        { "id": "w", "kind": "informed_warning", "date": "2010-01-01", "under_18": true, "specified": false,
          "summary_only": true }
      ]
    }"#;
    let got = problems(json);
    let want = [
        "disposals[0].date (a): The date of the caution is after the date you are checking for.",
        "disposals[0].sentences (a): A caution has no sentence. Only a conviction in court has sentences.",
        "disposals[1].id (a): Two items have the same id \"a\". Each needs its own.",
        "disposals[1].sentences (a): A conviction needs at least one sentence.",
        "disposals[2].id: Every item needs a name (id).",
        "disposals[2].sentences[0].months: Enter the length of the prison or young offenders centre sentence.",
        "disposals[2].sentences[1].months: The length cannot be less than 0.",
        "disposals[2].sentences[2].ends: The end date of the order is before the date of the conviction.",
        "disposals[2].sentences[3]: A fine has no length or end date here. Remove them.",
        "disposals[2].sentences[4]: Give either a length or an end date for the order, not both.",
        "disposals[2].sentences[5].suspended: Only a prison sentence can be suspended, not a fine.",
        "disposals[2].sentences[6].type: Detention under Article 45 is only for people under 18.",
        "disposals[3].summary_only (w): Only a conviction can be for a summary-only offence, not an informed warning.",
    ];
    assert_eq!(got, want);
    assert!(assess(&parse_case(json).unwrap()).is_err());
}

#[test]
fn years_far_from_the_calendar_limits_are_refused() {
    let json = r#"{ "check_date": "2300-01-01", "certificate_issued": "1850-01-01", "disposals": [
        { "id": "a", "kind": "caution", "date": "1800-01-01", "under_18": false, "specified": false } ] }"#;
    let got = problems(json);
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got.iter().all(|p| p.contains("between 1900 and 2199")));
}

#[test]
fn format_errors_are_refused_by_the_parser() {
    let bad = [
        // A date that does not exist.
        (
            r#"{ "check_date": "2015-02-29", "disposals": [] }"#,
            "check_date: 2015-02-29 is not a real date: 2015 was not a leap year.",
        ),
        // An unknown field (a typo must not change the answer).
        (
            r#"{ "check_date": "2016-07-01", "disposal": [] }"#,
            "disposal: There is no field \"disposal\" here (check the spelling).",
        ),
        (
            r#"{ "check_date": "2016-07-01", "disposals": [ { "id": "a", "kind": "caution", "date": "2010-01-01", "under_18": false, "specified": false, "spesified": true } ] }"#,
            "disposals[0].spesified (a): There is no field \"spesified\" here",
        ),
        // "specified" is required (null means not sure).
        (
            r#"{ "check_date": "2016-07-01", "disposals": [ { "id": "a", "kind": "caution", "date": "2010-01-01", "under_18": false } ] }"#,
            "disposals[0].specified (a): This is missing. It must be true, false, or null if you are not sure.",
        ),
        // An unknown kind and sentence type.
        (
            r#"{ "check_date": "2016-07-01", "disposals": [ { "id": "a", "kind": "warning", "date": "2010-01-01", "under_18": false, "specified": false } ] }"#,
            "disposals[0].kind (a): \"warning\" is not a kind of item.",
        ),
        (
            r#"{ "check_date": "2016-07-01", "disposals": [ { "id": "a", "kind": "conviction", "date": "2010-01-01", "under_18": false, "specified": false, "sentences": [ { "type": "prison" } ] } ] }"#,
            "disposals[0].sentences[0].type (a): \"prison\" is not a sentence type",
        ),
        ("not json", "This is not valid JSON: on line 1, column 2, "),
    ];
    for (json, want) in bad {
        let err = parse_case(json).expect_err(json);
        assert!(
            err.starts_with(&format!("This is not a valid case. {want}")),
            "{err}"
        );
    }
}

/// The message of the one problem the parser finds.
fn parse_problem(json: &str) -> String {
    match parse_case_problems(json) {
        Ok(case) => panic!("parsed: {case:?}"),
        Err(problems) => {
            assert_eq!(problems.len(), 1, "{problems:#?}");
            problems[0].to_string()
        }
    }
}

const CAUTION: &str = r#"{ "check_date": "2016-07-01", "disposals": [
    { "id": "b", "kind": "conviction", "date": "2010-01-01", "under_18": false, "specified": true,
      "sentences": [ { "type": "fine" } ] },
    { "id": "c-2012", "kind": "caution", "date": "2012-05-06", "under_18": false, "specified": false } ] }"#;

#[test]
fn a_duplicate_key_is_refused() {
    let json = CAUTION.replace(
        r#""specified": false"#,
        r#""specified": true, "specified": false"#,
    );
    assert_eq!(
        parse_problem(&json),
        "disposals[1].specified (c-2012): This field is given more than once. Give it once, so that it is clear which value is meant."
    );
    let json = CAUTION.replace(r#""type": "fine""#, r#""type": "fine", "type": "fine""#);
    assert!(parse_problem(&json)
        .starts_with("disposals[0].sentences[0].type (b): This field is given more than once."));
}

#[test]
fn a_type_error_names_the_field_and_the_disposal() {
    let json = CAUTION.replace(
        r#""under_18": false, "specified": false"#,
        r#""under_18": 0, "specified": false"#,
    );
    let problems = parse_case_problems(&json).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].disposal, Some(1));
    assert_eq!(problems[0].id.as_deref(), Some("c-2012"));
    assert_eq!(problems[0].field, "disposals[1].under_18");
    assert_eq!(
        problems[0].to_string(),
        "disposals[1].under_18 (c-2012): This must be true or false, not the number 0."
    );
}

#[test]
fn impossible_and_badly_written_dates() {
    assert_eq!(
        parse_problem(&CAUTION.replace("2012-05-06", "2019-02-29")),
        "disposals[1].date (c-2012): 2019-02-29 is not a real date: 2019 was not a leap year."
    );
    assert_eq!(
        parse_problem(&CAUTION.replace("2012-05-06", "2019-2-03")),
        "disposals[1].date (c-2012): \"2019-2-03\" is not a date written YYYY-MM-DD (a four-digit year, then a two-digit month and day, for example 2016-07-01)."
    );
    for bad in ["+2019-02-03", "2019-02-03T00:00", "2019-02-3", "20190203"] {
        let got = parse_problem(&CAUTION.replace("2012-05-06", bad));
        assert!(
            got.starts_with(&format!(
                "disposals[1].date (c-2012): \"{bad}\" is not a date written YYYY-MM-DD"
            )),
            "{got}"
        );
    }
    // A real 29 February reads.
    assert!(parse_case_problems(&CAUTION.replace("2012-05-06", "2012-02-29")).is_ok());
}

#[test]
fn a_missing_field_is_named() {
    assert_eq!(
        parse_problem(&CAUTION.replace(r#""date": "2012-05-06", "#, "")),
        "disposals[1].date (c-2012): This is missing. It must be a date written YYYY-MM-DD."
    );
    assert_eq!(
        parse_problem(&CAUTION.replace(r#""check_date": "2016-07-01", "#, "")),
        "check_date: This is missing. It must be a date written YYYY-MM-DD."
    );
}

#[test]
fn positional_arrays_are_refused() {
    // Serde's derive would read each of these.
    let case = r#"["2016-07-01", null, []]"#;
    assert!(serde_json::from_str::<ni_record_check::rules::ni::Case>(case).is_ok());
    assert_eq!(
        parse_problem(case),
        "A case must be a JSON object { … }, not a list [ … ]. To check several cases, read them as a list of cases."
    );
    let disposal = r#"{ "check_date": "2016-07-01", "disposals": [ ["a", "caution", "2012-05-06", false, false, null, null] ] }"#;
    assert_eq!(
        parse_problem(disposal),
        "disposals[0]: An item must be written as an object with field names { \"…\": … }, not as a list [ … ]."
    );
    let sentence = CAUTION.replace(
        r#"{ "type": "fine" }"#,
        r#"["fine", null, null, null, null]"#,
    );
    assert_eq!(
        parse_problem(&sentence),
        "disposals[0].sentences[0] (b): A sentence must be written as an object with field names { \"…\": … }, not as a list [ … ]."
    );
    // In a list of cases, a case written as a list is refused the same way.
    let many = parse_cases(&format!("[{case}]")).unwrap();
    assert!(many.array);
    assert_eq!(
        many.cases[0].as_ref().unwrap_err()[0].to_string(),
        "A case must be written as an object with field names { \"…\": … }, not as a list [ … ]."
    );
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let plain = parse_case(CAUTION).unwrap();
    assert_eq!(parse_case(&format!("\u{feff}{CAUTION}")), Ok(plain));
}

#[test]
fn null_summary_only_or_sentences_on_a_caution_is_refused() {
    assert_eq!(
        parse_problem(&CAUTION.replace(r#""specified": false }"#, r#""specified": false, "summary_only": null }"#)),
        "disposals[1].summary_only (c-2012): This cannot be null. Only a conviction can be for a summary-only offence: leave the field out for a caution."
    );
    assert_eq!(
        parse_problem(&CAUTION.replace(r#""specified": false }"#, r#""specified": false, "sentences": null }"#)),
        "disposals[1].sentences (c-2012): This cannot be null. A caution has no sentences: leave the field out."
    );
    // Nor is a conviction's sentences: null "no sentences".
    assert_eq!(
        parse_problem(&CAUTION.replace(r#"[ { "type": "fine" } ]"#, "null")),
        "disposals[0].sentences (b): This cannot be null. List the conviction's sentences, for example [ { \"type\": \"fine\" } ]."
    );
    // A conviction's summary_only: null reads as not given, as before.
    let json = CAUTION.replace(
        r#""specified": true,"#,
        r#""specified": true, "summary_only": null,"#,
    );
    assert_eq!(parse_case(&json).unwrap().disposals[0].summary_only, None);
}

#[test]
fn a_youth_conference_is_only_for_under_18s() {
    let json = r#"{ "check_date": "2016-07-01", "disposals": [
        { "id": "dyc", "kind": "diversionary_youth_conference", "date": "2012-05-06", "under_18": false, "specified": false } ] }"#;
    assert_eq!(
        problems(json),
        ["disposals[0].under_18 (dyc): A diversionary youth conference is only given to someone under 18. Check the date, and whether you were under 18 on it."]
    );
    assert!(problems(&json.replace("false, \"specified\"", "true, \"specified\"")).is_empty());
}

#[test]
fn every_problem_in_every_disposal_in_one_pass() {
    let json = r#"{ "check_date": "2016-07-01", "disposals": [
        { "id": "a", "kind": "caution", "date": "2012-13-01", "under_18": "no", "specified": false },
        { "id": "b", "kind": "conviction", "date": "2012-01-01", "under_18": false, "specified": false,
          "sentences": [ { "type": "fine" }, { "type": "imprisonment", "months": "6" } ] },
        { "id": "c", "kind": "caution", "date": "2012-01-01", "under_18": false, "specified": false, "specified": null } ] }"#;
    let got: Vec<String> = parse_case_problems(json)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        got,
        [
            "disposals[0].date (a): 2012-13-01 is not a real date.",
            "disposals[0].under_18 (a): This must be true or false, not the text \"no\".",
            "disposals[1].sentences[1].months (b): This must be a whole number, not the text \"6\".",
            "disposals[2].specified (c): This field is given more than once. Give it once, so that it is clear which value is meant.",
        ]
    );
}

/// Every golden case without an offence reads exactly as serde's derive
/// reads it, so the stricter parser changes no answer. (With an offence, the
/// parser also fills in the table's values, which serde's derive cannot.)
#[test]
fn golden_cases_read_the_same() {
    for file in [
        include_str!("data/short-guide-case-studies.json"),
        include_str!("data/boundary-cases.json"),
    ] {
        let root: serde_json::Value = serde_json::from_str(file).unwrap();
        for entry in root["cases"].as_array().unwrap() {
            if entry["case"].to_string().contains("\"offence\"") {
                continue;
            }
            let want: ni_record_check::rules::ni::Case =
                serde_json::from_value(entry["case"].clone()).unwrap();
            let text = entry["case"].to_string();
            assert_eq!(parse_case_problems(&text), Ok(want), "{}", entry["name"]);
        }
    }
}

#[test]
fn an_empty_record_is_assessed() {
    let a =
        assess(&parse_case(r#"{ "check_date": "2016-07-01", "disposals": [] }"#).unwrap()).unwrap();
    assert!(a.disposals.is_empty());
    assert_eq!(a.rules, "Northern Ireland, rules in force on 2016-07-01");
}

/// Rules §1, "Offence": an offence id fills in what is left out, must be in
/// the table, and must not be contradicted.
#[test]
fn an_offence_from_the_table() {
    let with = |extra: &str| {
        format!(
            r#"{{ "check_date": "2026-12-01", "disposals": [
            {{ "id": "x", "offence": "possession-class-b", "kind": "conviction", "date": "2015-09-03",
               "under_18": false{extra}, "sentences": [ {{ "type": "fine" }} ] }} ] }}"#
        )
    };
    // Left out: the table's values.
    let case = parse_case_problems(&with("")).unwrap();
    assert_eq!(case.disposals[0].specified, Some(true));
    assert_eq!(case.disposals[0].summary_only, Some(false));
    assert!(validate(&case).is_empty());
    // Given and the same: fine.
    assert!(problems(&with(r#", "specified": true, "summary_only": false"#)).is_empty());
    // Given and contradicting the table: refused, naming the field.
    assert_eq!(
        problems(&with(r#", "specified": false, "summary_only": true"#)),
        [
            "disposals[0].specified (x): This says the offence is not a specified offence, but Possession of a controlled drug (Class B) is one. Leave this out, or choose another offence.",
            "disposals[0].summary_only (x): This says the offence is summary-only, but Possession of a controlled drug (Class B) is not. Leave this out, or choose another offence.",
        ]
    );
    // "Not sure" given with an offence the table knows is not a contradiction.
    assert!(problems(&with(r#", "specified": null"#)).is_empty());
    // An id not in the table.
    let unknown = with("").replace("possession-class-b", "possession-of-stuff");
    assert_eq!(
        problems(&unknown),
        ["disposals[0].offence (x): There is no offence \"possession-of-stuff\" in the list of offences. Leave it out, or choose one from the list."]
    );
    // Without an offence, "specified" is still required.
    let plain = with("").replace(r#""offence": "possession-class-b", "#, "");
    let err = parse_case_problems(&plain).unwrap_err();
    assert!(
        err[0]
            .to_string()
            .starts_with("disposals[0].specified (x): This is missing"),
        "{err:?}"
    );
}

/// A table `null` is "cannot tell": never false, whatever the kind.
#[test]
fn a_table_null_is_not_sure() {
    let case = parse_case_problems(
        r#"{ "check_date": "2026-12-01", "disposals": [
          { "id": "c", "offence": "criminal-damage", "kind": "caution", "date": "2022-01-01", "under_18": false } ] }"#,
    )
    .unwrap();
    assert_eq!(case.disposals[0].specified, None);
    assert_eq!(case.disposals[0].summary_only, None);
    // The file written back says so explicitly, and reads the same.
    let json = serde_json::to_string(&case).unwrap();
    assert!(json.contains("\"offence\":\"criminal-damage\""), "{json}");
    assert!(json.contains("\"specified\":null"), "{json}");
    assert_eq!(parse_case_problems(&json).unwrap(), case);
}

/// The case format's `jurisdiction`: "ni" is read as the default; the NI
/// reader (the app's) refuses a case for England and Wales rather than
/// misread it as Northern Ireland. `parse_any_case` reads both.
#[test]
fn jurisdiction_ni_is_the_default_and_ew_is_refused() {
    let base = r#"{ "check_date": "2016-07-01", "disposals": [] }"#;
    let ni = base.replace(
        "{ \"check_date\"",
        "{ \"jurisdiction\": \"ni\", \"check_date\"",
    );
    assert_eq!(
        parse_case_problems(&ni).unwrap(),
        parse_case_problems(base).unwrap()
    );
    let ew = ni.replace("\"ni\"", "\"ew\"");
    let err = parse_case_problems(&ew).unwrap_err();
    assert_eq!(
        err[0].to_string(),
        "jurisdiction: This check covers Northern Ireland only, not yet England and Wales."
    );
    let scotland = ni.replace("\"ni\"", "\"scotland\"");
    assert!(parse_case_problems(&scotland).is_err());
}

fn ew_problems(json: &str) -> Vec<String> {
    match parse_any_case_problems(json) {
        Ok(case) => match assess(&case) {
            Ok(_) => Vec::new(),
            Err(p) => p.iter().map(ToString::to_string).collect(),
        },
        Err(p) => p.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn an_ew_case_reads_with_parse_any_case() {
    let ew = r#"{ "jurisdiction": "ew", "check_date": "2016-07-01", "disposals": [] }"#;
    assert!(matches!(parse_any_case_problems(ew), Ok(AnyCase::Ew(_))));
    let ni = ew.replace("\"ew\"", "\"ni\"");
    assert!(matches!(parse_any_case_problems(&ni), Ok(AnyCase::Ni(_))));
    let plain = r#"{ "check_date": "2016-07-01", "disposals": [] }"#;
    assert!(matches!(parse_any_case_problems(plain), Ok(AnyCase::Ni(_))));
    assert_eq!(
        ew_problems(&ew.replace("\"ew\"", "\"scotland\"")),
        ["jurisdiction: This must be \"ni\" (Northern Ireland) or \"ew\" (England and Wales), not the text \"scotland\"."]
    );
}

/// E&W-only kinds, types and fields are errors in an NI case, and NI-only
/// ones in an E&W case (rules §8).
#[test]
fn each_jurisdiction_refuses_the_others_kinds_types_and_fields() {
    let ni = r#"{ "check_date": "2024-01-01", "disposals": [
      { "id": "a", "kind": "conditional_caution", "date": "2020-01-01", "under_18": false, "specified": false, "conditions_end": "2020-02-01" },
      { "id": "b", "kind": "conviction", "date": "2020-01-01", "under_18": false, "specified": false,
        "sentences": [ { "type": "community_order", "start": "2020-01-01", "months": 12 } ] } ] }"#;
    let got = ew_problems(ni);
    assert_eq!(got.len(), 4, "{got:#?}");
    assert!(got[0]
        .starts_with("disposals[0].conditions_end (a): There is no field \"conditions_end\" here"));
    assert!(
        got[1].starts_with("disposals[0].kind (a): \"conditional_caution\" is not a kind of item in Northern Ireland (it is one of England and Wales: for a case there, give \"jurisdiction\": \"ew\"). It must be one of conviction,"),
        "{}",
        got[1]
    );
    assert!(
        got[2].starts_with("disposals[1].sentences[0].start (b): There is no field \"start\" here")
    );
    assert!(
        got[3].starts_with("disposals[1].sentences[0].type (b): \"community_order\" is not a sentence type of the case format in Northern Ireland (it is one of England and Wales"),
        "{}",
        got[3]
    );

    let ew = r#"{ "jurisdiction": "ew", "check_date": "2024-01-01", "disposals": [
      { "id": "a", "kind": "informed_warning", "date": "2020-01-01", "under_18": false, "specified": false },
      { "id": "b", "kind": "conviction", "offence": "theft", "date": "2020-01-01", "under_18": false, "specified": false,
        "sentences": [ { "type": "detention_art45", "months": 12 } ] } ] }"#;
    let got = ew_problems(ew);
    assert_eq!(
        got,
        [
            "disposals[0].kind (a): \"informed_warning\" is not a kind of item in England and Wales (it is a Northern Ireland disposal). It must be one of conviction, caution, conditional_caution, reprimand_or_warning and fixed_penalty_notice.",
            "disposals[1].offence (b): There is no field \"offence\" here (check the spelling). The fields here are id, kind, date, under_18, specified, summary_only, sentences, conditions_end and endorsed.",
        ]
        .iter()
        .map(|s| s.to_string())
        .chain(got.get(2).cloned())
        .collect::<Vec<_>>()
    );
    assert!(got[2].starts_with("disposals[1].sentences[0].type (b): \"detention_art45\" is not a sentence type of the case format in England and Wales (it is a Northern Ireland sentence)."));
}

#[test]
fn every_ew_problem_at_once_with_disposal_and_field() {
    let json = r#"{ "jurisdiction": "ew", "check_date": "2024-01-01", "disposals": [
      { "id": "r", "kind": "reprimand_or_warning", "date": "2010-01-01", "under_18": false, "specified": false },
      { "id": "cc", "kind": "conditional_caution", "date": "2020-01-01", "under_18": false, "specified": false, "conditions_end": "2019-12-31" },
      { "id": "f", "kind": "caution", "date": "2020-01-01", "under_18": false, "specified": false, "endorsed": true },
      { "id": "fpn", "kind": "fixed_penalty_notice", "date": "2020-01-01", "under_18": false },
      { "id": "c", "kind": "conviction", "date": "2020-01-01", "under_18": false, "specified": null, "sentences": [
        { "type": "imprisonment", "months": 60 },
        { "type": "imprisonment", "months": 30, "suspended": true },
        { "type": "detention_training_order", "months": 12 },
        { "type": "imprisonment", "months": 12, "schedule_18_over_4_years": true },
        { "type": "fine", "schedule_18_over_4_years": null, "credited_days": 3, "months": 2 },
        { "type": "community_order", "months": 12, "no_length_given": true, "start": "2019-12-01" },
        { "type": "compensation_order", "paid_on": "2019-01-01" },
        { "type": "detention", "months": 6, "credited_days": -1, "start": "2019-12-01" },
        { "type": "restraining_order", "paid_on": "2021-01-01", "suspended": false },
        { "type": "service_detention" } ] } ] }"#;
    let got = ew_problems(json);
    let want = [
        "disposals[0].under_18 (r): A reprimand or final warning was only given to someone under 18.",
        "disposals[1].conditions_end (cc): The conditions cannot end before the caution was given.",
        "disposals[2].endorsed (f): Only a fixed penalty notice is asked about here, not a caution.",
        "disposals[4].sentences[0].schedule_18_over_4_years (c): For a term of more than 4 years, say whether",
        "disposals[4].sentences[1].months (c): A suspended sentence is at most 24 months.",
        "disposals[4].sentences[2].type (c): A detention and training order is only for people under 18.",
        "disposals[4].sentences[3].schedule_18_over_4_years (c): A single term of more than 4 years cannot be part of a total of 4 years or less.",
        "disposals[4].sentences[4] (c): A fine has no length or end date here. Remove them.",
        "disposals[4].sentences[4].credited_days (c): Only a custodial sentence has days credited",
        "disposals[4].sentences[4].schedule_18_over_4_years (c): This is asked only for a custodial sentence, not a fine.",
        "disposals[4].sentences[5].start (c): Only a custodial sentence can start before the date of conviction",
        "disposals[4].sentences[5].no_length_given (c): An order with no end date cannot also have a length or an end date.",
        "disposals[4].sentences[6].paid_on (c): The payment date is before the date of the conviction.",
        "disposals[4].sentences[7].credited_days (c): This cannot be less than 0.",
        "disposals[4].sentences[8].paid_on (c): Only a compensation order is paid, not a restraining order.",
        "disposals[4].sentences[8].suspended (c): Only a sentence of imprisonment can be suspended, not a restraining order.",
        "disposals[4].sentences[9].months (c): Enter the length of a sentence of service detention.",
    ];
    assert_eq!(got.len(), want.len(), "{got:#?}");
    for (g, w) in got.iter().zip(want) {
        assert!(g.starts_with(w), "{g}\nwanted {w}");
    }
}
