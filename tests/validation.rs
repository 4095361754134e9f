//! Bad input: every problem at once, each naming the disposal and field.

use ni_record_check::rules::{assess, parse_case, validate};

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
        r#"{ "check_date": "2015-02-29", "disposals": [] }"#,
        // An unknown field (a typo must not change the answer).
        r#"{ "check_date": "2016-07-01", "disposal": [] }"#,
        r#"{ "check_date": "2016-07-01", "disposals": [ { "id": "a", "kind": "caution", "date": "2010-01-01", "under_18": false, "specified": false, "spesified": true } ] }"#,
        // "specified" is required (null means not sure).
        r#"{ "check_date": "2016-07-01", "disposals": [ { "id": "a", "kind": "caution", "date": "2010-01-01", "under_18": false } ] }"#,
        // An unknown kind and sentence type.
        r#"{ "check_date": "2016-07-01", "disposals": [ { "id": "a", "kind": "warning", "date": "2010-01-01", "under_18": false, "specified": false } ] }"#,
        r#"{ "check_date": "2016-07-01", "disposals": [ { "id": "a", "kind": "conviction", "date": "2010-01-01", "under_18": false, "specified": false, "sentences": [ { "type": "prison" } ] } ] }"#,
        "not json",
    ];
    for json in bad {
        let err = parse_case(json).expect_err(json);
        assert!(err.starts_with("This is not a valid case"), "{err}");
    }
}

#[test]
fn an_empty_record_is_assessed() {
    let a =
        assess(&parse_case(r#"{ "check_date": "2016-07-01", "disposals": [] }"#).unwrap()).unwrap();
    assert!(a.disposals.is_empty());
    assert_eq!(a.rules, "Northern Ireland, rules in force on 2016-07-01");
}
