//! Golden tests: the Short Guide's eleven people (Annex D) at July 2016 and
//! at 21 November 2026, and our own boundary cases. Each field of each
//! disposal is checked by one `check` function (tests/common).
// Test code may sort as it likes (clippy.toml limits the app's code).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

mod common;
use common::{cases, check, check_named, BOUNDARIES, SHORT_GUIDE};

macro_rules! short_guide {
    ($($test:ident => $name:literal,)*) => {
        $( #[test] fn $test() { check_named(SHORT_GUIDE, $name); } )*
        const NAMED: &[&str] = &[$($name),*];
    };
}

short_guide! {
    mr_a_at_2016_07_15 => "mr-a at 2016-07-15",
    mr_a_at_2026_11_21 => "mr-a at 2026-11-21",
    miss_b_at_2016_07_15 => "miss-b at 2016-07-15",
    miss_b_at_2026_11_21 => "miss-b at 2026-11-21",
    miss_c_at_2016_07_15 => "miss-c at 2016-07-15",
    miss_c_at_2026_11_21 => "miss-c at 2026-11-21",
    mr_d_at_2016_07_15 => "mr-d at 2016-07-15",
    mr_d_at_2026_11_21 => "mr-d at 2026-11-21",
    mr_e_at_2016_07_15 => "mr-e at 2016-07-15",
    mr_e_at_2026_11_21 => "mr-e at 2026-11-21",
    mr_f_at_2016_07_15 => "mr-f at 2016-07-15",
    mr_f_at_2026_11_21 => "mr-f at 2026-11-21",
    mr_g_at_2016_07_15 => "mr-g at 2016-07-15",
    mr_g_at_2026_11_21 => "mr-g at 2026-11-21",
    mrs_h_at_2016_07_15 => "mrs-h at 2016-07-15",
    mrs_h_at_2026_11_21 => "mrs-h at 2026-11-21",
    mr_i_at_2016_07_15 => "mr-i at 2016-07-15",
    mr_i_at_2026_11_21 => "mr-i at 2026-11-21",
    miss_j_at_2016_07_15 => "miss-j at 2016-07-15",
    miss_j_at_2026_11_21 => "miss-j at 2026-11-21",
    mr_k_at_2016_07_15 => "mr-k at 2016-07-15",
    mr_k_at_2026_11_21 => "mr-k at 2026-11-21",
}

#[test]
fn every_short_guide_case_has_a_test() {
    let names: Vec<String> = cases(SHORT_GUIDE)
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(names.len(), 22);
    for n in &names {
        assert!(NAMED.contains(&n.as_str()), "no test for {n}");
    }
}

/// The guide's own words agree with the full expected outcome, except where
/// the entry says the statute differs: there the guide's value must differ
/// (the statute wins, rules §4.1), so the note is never stale.
#[test]
fn guide_says_is_part_of_expected() {
    let mut differing = 0;
    for c in cases(SHORT_GUIDE) {
        let Some(says) = c.get("guide_says").and_then(|v| v.as_object()) else {
            continue;
        };
        let statute_differs = c.get("statute_differs").is_some();
        for (id, fields) in says {
            for (field, want) in fields.as_object().unwrap() {
                let expected = &c["expected"][id][field];
                if statute_differs && expected != want {
                    differing += 1;
                    continue;
                }
                assert_eq!(expected, want, "{} {id}.{field}", c["name"]);
            }
        }
    }
    // Mrs H in July 2016: the guide's filtered_on (January 2021).
    assert_eq!(differing, 1);
}

/// The project's copy of the guide's cases is the shared one, when the
/// shared folder is beside the project (the project tests without it too, but not under CI).
#[test]
fn short_guide_cases_are_the_shared_copy() {
    let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/cases/short-guide-case-studies.json");
    // Skipped (and said) without the shared folder, except under CI.
    let Some(bytes) = common::shared_file("../shared/cases/short-guide-case-studies.json") else {
        return;
    };
    let text = String::from_utf8_lossy(&bytes);
    assert!(
        text == SHORT_GUIDE,
        "tests/data/short-guide-case-studies.json differs from {}: copy it again",
        shared.display()
    );
}

/// Rules v3 §2.5: a fine and a same-day summary-only conviction join (the
/// fine falls inside the prison term's period). The reasons must not both
/// ignore and extend: the fine is extended, and nothing is disregarded.
#[test]
fn same_day_summary_only_reasons_agree() {
    let case: ni_record_check::rules::ni::Case = serde_json::from_str(
        r#"{ "check_date": "2026-12-01", "disposals": [
          { "id": "fine", "kind": "conviction", "date": "2010-01-01", "under_18": false, "specified": false,
            "sentences": [ { "type": "fine" } ] },
          { "id": "prison", "kind": "conviction", "date": "2010-01-01", "under_18": false, "specified": false,
            "summary_only": true, "sentences": [ { "type": "imprisonment", "months": 12 } ] } ] }"#,
    )
    .unwrap();
    let a = ni_record_check::rules::assess(&case).unwrap();
    for d in &a.disposals {
        let rules: Vec<&str> = d.reasons.iter().map(|r| r.rule.as_ref()).collect();
        assert!(
            !rules.contains(&"roo-1978-art-7-summary-only-disregarded"),
            "{}: {rules:?}",
            d.id
        );
        let extended = rules.contains(&"roo-1978-art-7-further-conviction");
        assert_eq!(extended, d.id == "fine", "{}: {rules:?}", d.id);
    }
}

/// Rules v3 §2.5's two examples, each checked field by field, and the
/// words a person reads: which conviction extended which, by which
/// sentence, and that the driving ban extends nothing else.
#[test]
fn rules_v3_example_driving_ban() {
    check_named(
        BOUNDARIES,
        "v3-2.5-example-driving-ban-extends-nothing-else",
    );
    let text = reason_text(
        "v3-2.5-example-driving-ban-extends-nothing-else",
        "discharge-2012",
        "roo-1978-art-7-further-conviction",
    );
    assert_eq!(
        text,
        "Another conviction came before this one was spent, or this one came before another was spent, so neither is spent until both are. This one is now spent on 1 January 2015, when the period for the fine on the 1 January 2010 conviction (fine-and-ban-2010) ends."
    );
    let held = reason_text(
        "v3-2.5-example-driving-ban-extends-nothing-else",
        "discharge-2012",
        "roo-1978-art-7-disability-order-extends-nothing",
    );
    assert_eq!(
        held,
        "A driving ban or other order that stops you doing something makes no other conviction last longer. If it did, this one would be spent on 1 January 2020."
    );
}

#[test]
fn rules_v3_example_same_day() {
    check_named(BOUNDARIES, "v3-2.5-example-same-day-join");
    let text = reason_text(
        "v3-2.5-example-same-day-join",
        "prison-1-month-2017",
        "roo-1978-art-7-further-conviction",
    );
    assert!(
        text.ends_with("This one is now spent on 21 July 2034, when the period for the prison or young offenders centre sentence on the 21 July 2024 conviction (prison-30-months-2024) ends."),
        "{text}"
    );
}

/// The text of one reason of one disposal of a named boundary case.
fn reason_text(case: &str, id: &str, rule: &str) -> String {
    let entry = cases(BOUNDARIES)
        .into_iter()
        .find(|c| c["name"] == case)
        .expect("the case");
    let parsed = ni_record_check::rules::parse_any_case_problems(&entry["case"].to_string())
        .expect("parses");
    let a = serde_json::to_value(ni_record_check::rules::assess(&parsed).unwrap()).unwrap();
    let d = a["disposals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == id)
        .expect("the disposal")
        .clone();
    d["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["rule"] == rule)
        .and_then(|r| r["text"].as_str())
        .unwrap_or_else(|| panic!("{id} has no {rule} reason"))
        .to_owned()
}

/// Our own boundary cases: every case is checked, and all failures named.
#[test]
fn boundary_cases() {
    let all = cases(BOUNDARIES);
    assert!(all.len() >= 60, "only {} boundary cases", all.len());
    let diffs: Vec<String> = all.iter().flat_map(check).collect();
    assert!(
        diffs.is_empty(),
        "{} differences:\n{}",
        diffs.len(),
        diffs.join("\n")
    );
}

/// "Not sure" with the same outcome either way still explains both answers
/// (here: shown either way in 2016, but filtered from 2019 if not specified).
#[test]
fn not_sure_explains_both_answers_when_any_field_differs() {
    let case: ni_record_check::rules::ni::Case = serde_json::from_str(
        r#"{ "check_date": "2016-07-15", "disposals": [
          { "id": "k", "kind": "caution", "date": "2013-03-01", "under_18": false, "specified": null } ] }"#,
    )
    .unwrap();
    let a = ni_record_check::rules::assess(&case).unwrap();
    let d = &a.disposals[0];
    assert_eq!(d.standard, ni_record_check::rules::ni::Outcome::Disclosed);
    assert_eq!(d.filtered_on, None);
    let both = d
        .reasons
        .iter()
        .find(|r| r.rule == "specified-not-sure-both-answers")
        .expect("a reason for both answers");
    assert!(both.text.contains("1 March 2019"), "{}", both.text);
}
