//! The golden-case checker shared by the golden tests, and the reading of
//! the shared folder's files that the project keeps copies of.
// Test code may sort as it likes (clippy.toml limits the app's code).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]
#![allow(dead_code)]

use ni_record_check::rules::{assess, AnyCase};
use serde_json::Value;

pub const SHORT_GUIDE: &str = include_str!("../data/short-guide-case-studies.json");
pub const BOUNDARIES: &str = include_str!("../data/boundary-cases.json");
pub const EW_MOJ: &str = include_str!("../data/ew-moj-scenarios.json");
pub const EW_BOUNDARIES: &str = include_str!("../data/ew-boundary-cases.json");

/// The cases of a golden file, as (name, case JSON, whole entry).
pub fn cases(file: &str) -> Vec<Value> {
    let root: Value = serde_json::from_str(file).expect("golden file is JSON");
    root["cases"].as_array().expect("cases array").clone()
}

/// Checks one golden case: every expected field of every disposal, the
/// disposals' ids, the top-level fields, and that each outcome has reasons.
/// Returns the differences, empty when it matches.
pub fn check(entry: &Value) -> Vec<String> {
    let name = entry["name"].as_str().unwrap_or("?");
    // Read as the command line reads a case: its `jurisdiction` chooses the
    // rules (and for NI an offence from the table fills in what is left out).
    let case: AnyCase =
        match ni_record_check::rules::parse_any_case_problems(&entry["case"].to_string()) {
            Ok(c) => c,
            Err(e) => return vec![format!("{name}: case does not parse: {e:?}")],
        };
    let assessment = match assess(&case) {
        Ok(a) => a,
        Err(p) => return vec![format!("{name}: invalid: {p:?}")],
    };
    let actual = serde_json::to_value(&assessment).expect("assessment serialises");
    let mut diffs = Vec::new();
    let expected = entry["expected"].as_object().expect("expected object");
    let actual_ids: Vec<&str> = actual["disposals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    let mut expected_ids: Vec<&str> = expected.keys().map(String::as_str).collect();
    expected_ids.sort();
    let mut sorted_actual = actual_ids.clone();
    sorted_actual.sort();
    if expected_ids != sorted_actual {
        diffs.push(format!(
            "{name}: ids {sorted_actual:?}, expected {expected_ids:?}"
        ));
    }
    for d in actual["disposals"].as_array().unwrap() {
        let id = d["id"].as_str().unwrap();
        let reasons = d["reasons"].as_array().unwrap();
        if reasons.is_empty() {
            diffs.push(format!("{name}/{id}: no reasons"));
        }
        for r in reasons {
            for key in ["rule", "source", "text"] {
                if r[key].as_str().is_none_or(str::is_empty) {
                    diffs.push(format!("{name}/{id}: a reason has no {key}"));
                }
            }
        }
        let Some(fields) = expected.get(id).and_then(Value::as_object) else {
            continue;
        };
        for (field, want) in fields {
            if &d[field] != want {
                diffs.push(format!(
                    "{name}/{id}.{field}: got {}, expected {want}",
                    d[field]
                ));
            }
        }
    }
    if let Some(top) = entry.get("assessment").and_then(Value::as_object) {
        for (field, want) in top {
            if &actual[field] != want {
                diffs.push(format!(
                    "{name}.{field}: got {}, expected {want}",
                    actual[field]
                ));
            }
        }
    }
    assert_eq!(actual["check_date"], entry["case"]["check_date"]);
    diffs
}

/// Checks the named case of a file, panicking with every difference.
pub fn check_named(file: &str, name: &str) {
    let all = cases(file);
    let entry = all
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no golden case named {name}"));
    let diffs = check(entry);
    assert!(diffs.is_empty(), "{}", diffs.join("\n"));
}

/// The shared folder's file at `relative` (to the project, `../shared/…`),
/// to compare the project's copy with. When it is not there the project
/// still tests on its own: the comparison is skipped, and says so. But not
/// under CI (`CI=true`), where a skipped comparison would pass unseen: there
/// the shared folder must be beside the project, and a missing file fails.
#[track_caller]
pub fn shared_file(relative: &str) -> Option<Vec<u8>> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    match std::fs::read(&path) {
        Ok(bytes) => Some(bytes),
        Err(e) => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "{} cannot be read ({e}), and CI=true: put the shared folder beside the project, so that the project's copies are compared with it",
                path.display()
            );
            eprintln!("{} is not there: nothing to compare with", path.display());
            None
        }
    }
}

/// A date typed in full into the three boxes, as a person would.
pub fn typed_date(d: &str, m: &str, y: &str) -> ni_record_check::ui::journey::DateInput {
    ni_record_check::ui::journey::DateInput {
        day: d.into(),
        month: m.into(),
        year: y.into(),
        known: ni_record_check::ui::journey::Known::Day,
    }
}
