//! `examples/assess.rs`: a case or an array in (file or stdin), JSON out;
//! invalid input gives the problems on stderr, each naming the case (in an
//! array), the field and the disposal's id, and exit code 1 (2 when the file
//! cannot be read).
// Test code may sort as it likes (clippy.toml limits the app's code).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// `cargo test` builds the examples next to the test binaries' folder.
fn assess_bin() -> PathBuf {
    let mut p = std::env::current_exe().unwrap();
    p.pop();
    if p.ends_with("deps") {
        p.pop();
    }
    p.join("examples")
        .join(format!("assess{}", std::env::consts::EXE_SUFFIX))
}

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(assess_bin())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("assess example is built by cargo test");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

const MR_I: &str = r#"{ "check_date": "2016-07-15", "certificate_issued": "2016-06-20", "disposals": [
  { "id": "fraud-2009", "kind": "conviction", "date": "2009-01-01", "under_18": false,
    "specified": false, "sentences": [ { "type": "fine" } ] } ] }"#;

#[test]
fn one_case_from_stdin() {
    let out = run(&[], MR_I);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let a: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(a["review_deadline"], "2016-09-18");
    assert_eq!(a["disposals"][0]["spent_on"], "2014-01-01");
    assert_eq!(a["disposals"][0]["review"], "can_apply");
}

#[test]
fn an_array_from_a_file() {
    let path = std::env::temp_dir().join(format!("assess-cli-{}.json", std::process::id()));
    std::fs::write(&path, format!("[{MR_I}, {MR_I}]")).unwrap();
    let out = run(&[path.to_str().unwrap()], "");
    std::fs::remove_file(&path).ok();
    assert!(out.status.success());
    let a: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(a.as_array().unwrap().len(), 2);
    assert_eq!(a[1]["disposals"][0]["standard"], "disclosed");
}

#[test]
fn invalid_input_says_why_and_fails() {
    let bad = MR_I.replace("2009-01-01", "2017-01-01");
    let out = run(&[], &bad);
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("disposals[0].date (fraud-2009): The date of the conviction is after the date you are checking for."), "{err}");

    let out = run(&[], "{ \"check_date\": \"2016-02-30\", \"disposals\": [] }");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "check_date: 2016-02-30 is not a real date.\n"
    );

    let out = run(&["/no/such/file.json"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("Cannot read /no/such/file.json"));
}

/// The problems on stderr, one a line, after checking the run failed with
/// exit code 1 and printed nothing.
fn refused(stdin: &str) -> Vec<String> {
    let out = run(&[], stdin);
    assert_eq!(out.status.code(), Some(1), "{stdin}");
    assert!(out.stdout.is_empty(), "{stdin}");
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn a_duplicate_key_is_refused_not_the_last_taken() {
    let bad = MR_I.replace(
        "\"specified\": false",
        "\"specified\": true, \"specified\": false",
    );
    assert_eq!(
        refused(&bad),
        ["disposals[0].specified (fraud-2009): This field is given more than once. Give it once, so that it is clear which value is meant."]
    );
}

#[test]
fn a_type_error_names_the_field_and_the_disposal() {
    let bad = MR_I.replace("\"under_18\": false", "\"under_18\": \"no\"");
    assert_eq!(
        refused(&bad),
        ["disposals[0].under_18 (fraud-2009): This must be true or false, not the text \"no\"."]
    );
    let bad = MR_I.replace(
        "{ \"type\": \"fine\" }",
        "{ \"type\": \"fine\", \"months\": \"six\" }",
    );
    assert_eq!(
        refused(&bad),
        ["disposals[0].sentences[0].months (fraud-2009): This must be a whole number, not the text \"six\"."]
    );
}

#[test]
fn dates_must_exist_and_be_written_yyyy_mm_dd() {
    assert_eq!(
        refused(&MR_I.replace("2009-01-01", "2019-02-29")),
        ["disposals[0].date (fraud-2009): 2019-02-29 is not a real date: 2019 was not a leap year."]
    );
    assert_eq!(
        refused(&MR_I.replace("2009-01-01", "2019-2-03")),
        ["disposals[0].date (fraud-2009): \"2019-2-03\" is not a date written YYYY-MM-DD (a four-digit year, then a two-digit month and day, for example 2016-07-01)."]
    );
    for bad in ["+2019-02-03", "2019-02-03T00:00"] {
        let got = refused(&MR_I.replace("2016-06-20", bad));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].starts_with("certificate_issued: "), "{got:?}");
        assert!(
            got[0].contains("is not a date written YYYY-MM-DD"),
            "{got:?}"
        );
    }
}

#[test]
fn a_missing_field_is_named() {
    let bad = MR_I.replace("\"under_18\": false,", "");
    assert_eq!(
        refused(&bad),
        ["disposals[0].under_18 (fraud-2009): This is missing. It must be true or false."]
    );
}

#[test]
fn positional_arrays_are_refused() {
    // A case, an item and a sentence each written as a list of values. At
    // the top level a list is a list of cases, so the case is in one.
    let out = run(&[], r#"[["2016-07-15", "2016-06-20", []]]"#);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        serde_json::from_slice::<Value>(&out.stdout).unwrap(),
        Value::Array(vec![])
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "case 1: A case must be written as an object with field names { \"…\": … }, not as a list [ … ].\n"
    );
    let got = refused(
        r#"{ "check_date": "2016-07-15", "disposals": [ ["fraud-2009", "conviction", "2009-01-01", false, false] ] }"#,
    );
    assert_eq!(
        got,
        ["disposals[0]: An item must be written as an object with field names { \"…\": … }, not as a list [ … ]."]
    );
    let got = refused(&MR_I.replace("{ \"type\": \"fine\" }", "[\"fine\"]"));
    assert_eq!(
        got,
        ["disposals[0].sentences[0] (fraud-2009): A sentence must be written as an object with field names { \"…\": … }, not as a list [ … ]."]
    );
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let out = run(&[], &format!("\u{feff}{MR_I}"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let a: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(a["disposals"][0]["spent_on"], "2014-01-01");
}

#[test]
fn a_syntax_error_gives_line_and_column() {
    let got = refused("{ \"check_date\": \"2016-07-15\",\n  \"disposals\": [ }");
    assert_eq!(
        got,
        ["This is not valid JSON: on line 2, column 18, a value was expected (text goes in double quotes; true, false and null are written in lower case)."]
    );
}

#[test]
fn a_youth_conference_over_18_is_refused() {
    let bad = r#"{ "check_date": "2016-07-15", "disposals": [
      { "id": "dyc-2010", "kind": "diversionary_youth_conference", "date": "2010-01-01", "under_18": false, "specified": false } ] }"#;
    assert_eq!(
        refused(bad),
        ["disposals[0].under_18 (dyc-2010): A diversionary youth conference is only given to someone under 18. Check the date, and whether you were under 18 on it."]
    );
    let out = run(
        &[],
        &bad.replace("\"under_18\": false", "\"under_18\": true"),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn one_bad_case_in_three_does_not_hide_the_good_ones() {
    let caution = r#"{ "check_date": "2016-07-15", "disposals": [
      { "id": "caution-2015", "kind": "caution", "date": "2015-01-01", "under_18": false, "specified": false } ] }"#;
    // Two problems in case 2: one the parser finds, one validation would.
    let bad = MR_I.replace("\"specified\": false", "\"specified\": \"no\"");
    let invalid = MR_I.replace("2009-01-01", "2017-01-01");
    let out = run(&[], &format!("[{MR_I}, {bad}, {caution}]"));
    assert_eq!(out.status.code(), Some(1));
    let a: Value = serde_json::from_slice(&out.stdout).expect("the good cases as a JSON array");
    let a = a.as_array().unwrap();
    assert_eq!(a.len(), 2, "the bad case is left out");
    assert_eq!(a[0]["disposals"][0]["id"], "fraud-2009");
    assert_eq!(a[1]["disposals"][0]["id"], "caution-2015");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "case 2: disposals[0].specified (fraud-2009): This must be true, false, or null if you are not sure, not the text \"no\".\n"
    );

    // A case that parses but fails validation is named the same way.
    let out = run(&[], &format!("[{caution}, {caution}, {invalid}]"));
    assert_eq!(out.status.code(), Some(1));
    let a: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(a.as_array().unwrap().len(), 2);
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "case 3: disposals[0].date (fraud-2009): The date of the conviction is after the date you are checking for.\n"
    );

    // Every case bad: an empty array, and still a failure.
    let out = run(&[], &format!("[{bad}]"));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        serde_json::from_slice::<Value>(&out.stdout).unwrap(),
        Value::Array(vec![])
    );
}

const EW: &str = r#"{ "jurisdiction": "ew", "check_date": "2026-06-08", "disposals": [
  { "id": "assault-2019", "kind": "conviction", "date": "2019-05-20", "under_18": false,
    "specified": false,
    "sentences": [
      { "type": "imprisonment", "start": "2019-05-20", "months": 4, "suspended": true },
      { "type": "restraining_order", "start": "2019-05-20", "months": 24 },
      { "type": "compensation_order", "paid_on": "2020-01-10" } ] },
  { "id": "cc-2024", "kind": "conditional_caution", "date": "2024-03-01", "under_18": false,
    "specified": false, "conditions_end": "2024-04-15" },
  { "id": "fpn-2025", "kind": "fixed_penalty_notice", "date": "2025-02-03", "under_18": false,
    "endorsed": true } ] }"#;

/// The E&W rules' own example case (§8): read, assessed under the E&W
/// rules, and said to be E&W; an array may mix the two jurisdictions.
#[test]
fn an_england_and_wales_case_is_read_and_assessed() {
    let out = run(&[], EW);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let a: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(a["jurisdiction"], "ew");
    assert_eq!(a["review_deadline"], Value::Null);
    let d = &a["disposals"];
    // The restraining order's 24 months are the longest: its last day is
    // 19 May 2021, so the conviction is spent the day after.
    assert_eq!(d[0]["spent_on"], "2021-05-20");
    assert_eq!(d[0]["review"], "no_scheme");
    assert_eq!(d[0]["standard"], "disclosed");
    // Three months from 1 March 2024, or earlier when the conditions ended.
    assert_eq!(d[1]["spent_on"], "2024-04-15");
    assert_eq!(d[1]["basic"], "not_disclosed");
    assert_eq!(d[2]["spent_on"], "2030-02-03");
    assert_eq!(d[2]["standard"], "not_disclosed");

    let out = run(&[], &format!("[{MR_I}, {EW}]"));
    assert!(out.status.success());
    let both: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(both[0].get("jurisdiction"), None);
    assert_eq!(both[0]["disposals"][0]["review"], "can_apply");
    assert_eq!(both[1]["jurisdiction"], "ew");
}

#[test]
fn an_england_and_wales_case_is_read_strictly() {
    let bad = EW
        .replace(
            "\"months\": 4, \"suspended\": true",
            "\"months\": 30, \"suspended\": true",
        )
        .replace("\"conditional_caution\"", "\"informed_warning\"");
    let problems = refused(&bad);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("disposals[1].kind (cc-2024): \"informed_warning\" is not a kind of item in England and Wales"),
        "{problems:?}"
    );
    let problems = refused(&EW.replace(
        "\"months\": 4, \"suspended\": true",
        "\"months\": 30, \"suspended\": true",
    ));
    assert_eq!(
        problems,
        ["disposals[0].sentences[0].months (assault-2019): A suspended sentence is at most 24 months."]
    );
}
