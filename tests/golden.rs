//! Golden tests: the Short Guide's eleven people (Annex D) at July 2016 and
//! at 21 November 2026, and our own boundary cases. Each field of each
//! disposal is checked by one `check` function (tests/common).

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

/// The guide's own words agree with the full expected outcome.
#[test]
fn guide_says_is_part_of_expected() {
    for c in cases(SHORT_GUIDE) {
        let Some(says) = c.get("guide_says").and_then(|v| v.as_object()) else {
            continue;
        };
        for (id, fields) in says {
            for (field, want) in fields.as_object().unwrap() {
                assert_eq!(
                    &c["expected"][id][field], want,
                    "{} {id}.{field}",
                    c["name"]
                );
            }
        }
    }
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
    let case: ni_record_check::rules::Case = serde_json::from_str(
        r#"{ "check_date": "2016-07-15", "disposals": [
          { "id": "k", "kind": "caution", "date": "2013-03-01", "under_18": false, "specified": null } ] }"#,
    )
    .unwrap();
    let a = ni_record_check::rules::assess(&case).unwrap();
    let d = &a.disposals[0];
    assert_eq!(d.standard, ni_record_check::rules::Outcome::Disclosed);
    assert_eq!(d.filtered_on, None);
    let both = d
        .reasons
        .iter()
        .find(|r| r.rule == "specified-not-sure-both-answers")
        .expect("a reason for both answers");
    assert!(both.text.contains("1 March 2019"), "{}", both.text);
}
