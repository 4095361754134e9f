//! The app's own JSON reader and writer (`util::json`, `rules::case_text`)
//! against serde_json, which the command line and the tests still use: the
//! same values read, the same text written, the same place for an error.
// Test code may sort as it likes (clippy.toml limits the app's code).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

mod common;

use common::{cases, BOUNDARIES, EW_BOUNDARIES, EW_MOJ, SHORT_GUIDE};
use ni_record_check::rules::{case_text, parse_any_case_problems, AnyCase};
use ni_record_check::util::json::{self, Json};
use proptest::prelude::*;
use serde_json::Value;

/// Our tree as serde_json's, numbers compared as serde_json reads them.
fn as_value(j: &Json) -> Value {
    match j {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Bool(*b),
        Json::Int(n) => Value::from(*n),
        Json::BigInt(s) | Json::Float(s) => serde_json::from_str(s).expect("a number serde reads"),
        Json::Str(s) => Value::String(s.clone()),
        Json::Array(items) => Value::Array(items.iter().map(as_value).collect()),
        // serde_json keeps the last of a repeated key.
        Json::Object(entries) => Value::Object(
            entries
                .iter()
                .map(|(k, v)| (k.clone(), as_value(v)))
                .collect(),
        ),
    }
}

const FILES: [&str; 5] = [
    SHORT_GUIDE,
    BOUNDARIES,
    EW_MOJ,
    EW_BOUNDARIES,
    include_str!("../data/offences-ni.json"),
];

#[test]
fn every_data_file_reads_as_serde_json_reads_it() {
    for file in FILES {
        let ours = json::read(file).expect("reads");
        let theirs: Value = serde_json::from_str(file).unwrap();
        assert_eq!(as_value(&ours), theirs);
    }
}

#[test]
fn every_golden_case_is_written_as_serde_writes_it_and_reads_back() {
    let mut n = 0;
    for file in [SHORT_GUIDE, BOUNDARIES, EW_MOJ, EW_BOUNDARIES] {
        for entry in cases(file) {
            let Ok(case) = parse_any_case_problems(&entry["case"].to_string()) else {
                continue; // a golden case that is meant to be refused
            };
            let text = case_text(&case);
            assert_eq!(text, serde_json::to_string_pretty(&case).unwrap());
            assert_eq!(parse_any_case_problems(&text).as_ref(), Ok(&case));
            n += 1;
        }
    }
    assert!(n > 250, "only {n} golden cases written");
}

#[test]
fn writes_values_as_serde_json_writes_them() {
    let text = r#"{"a":[1,-2,{"b":null,"c":[],"d":{}}],"e":"q\"\\\u0001\u0008\u000c\n\r\t\u001f\u007f é 😀","f":true}"#;
    let ours = json::read(text).unwrap();
    let theirs: Value = serde_json::from_str(text).unwrap();
    assert_eq!(
        json::pretty(&ours),
        serde_json::to_string_pretty(&theirs).unwrap()
    );
    assert_eq!(
        json::compact(&ours),
        serde_json::to_string(&theirs).unwrap()
    );
}

/// Texts made of JSON's own pieces, so most are nearly JSON.
fn nearly_json() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        " ",
        "\n",
        "\"a\"",
        "\"b\\n\"",
        "\"\\x\"",
        "\"\\u00e9\"",
        "\"\\ud83d\\ude00\"",
        "\"\\ud800\"",
        "\"\t\"",
        "1",
        "-",
        "0",
        "01",
        "1.5",
        "2e3",
        "1.",
        "-0",
        "99999999999999999999",
        "true",
        "fals",
        "null",
        "nul",
        "True",
        "x",
        "é",
    ]);
    prop::collection::vec(pieces, 0..14).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 20_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// Where serde_json reads a value we read the same one; where it finds
    /// an error we find one, on the same line and column (except a number too
    /// large for serde_json's f64).
    #[test]
    fn reads_and_refuses_as_serde_json_does(text in nearly_json()) {
        let ours = json::read(&text);
        let theirs = serde_json::from_str::<Value>(&text);
        let out_of_range = theirs.as_ref().is_err_and(|t| t.to_string().starts_with("number out of range"));
        match (&ours, &theirs) {
            // A number too large for an f64 is still JSON: we keep its text
            // (the case reader then says it must be a whole number).
            _ if out_of_range => {}
            (Ok(o), Ok(t)) => prop_assert_eq!(&as_value(o), t),
            (Err(o), Err(t)) => {
                prop_assert_eq!((o.line, o.column), (t.line(), t.column()), "{:?} / {}", o, t);
            }
            _ => prop_assert!(false, "ours {:?}, serde_json {:?}", ours, theirs),
        }
    }

    /// Whatever is read is written back as serde_json writes it.
    #[test]
    fn writes_what_it_reads_as_serde_json_does(text in nearly_json()) {
        if let (Ok(ours), Ok(theirs)) = (json::read(&text), serde_json::from_str::<Value>(&text)) {
            // serde_json rewrites numbers (2e3 as 2000.0): compare the others.
            if !text.contains(['.', 'e']) && !text.contains("-0") && !text.contains("999") {
                prop_assert_eq!(json::pretty(&ours), serde_json::to_string_pretty(&theirs).unwrap());
            }
        }
    }
}

#[test]
fn an_ew_case_says_its_jurisdiction_first_and_an_ni_case_none() {
    let entry = &cases(EW_BOUNDARIES)[0];
    let case = parse_any_case_problems(&entry["case"].to_string()).unwrap();
    assert!(matches!(case, AnyCase::Ew(_)));
    assert!(case_text(&case).starts_with("{\n  \"jurisdiction\": \"ew\",\n"));
    let entry = &cases(SHORT_GUIDE)[0];
    let case = parse_any_case_problems(&entry["case"].to_string()).unwrap();
    assert!(!case_text(&case).contains("jurisdiction"));
}
