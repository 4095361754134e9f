//! Which "What you can do next" routes each of the Short Guide's people
//! gets, at both check dates. The expected routes come from each case's
//! expected engine fields in the golden file, not from the engine's output.
// Test code may sort as it likes (clippy.toml limits the app's code).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

mod common;
use common::{cases, SHORT_GUIDE};

use chrono::NaiveDate;
use ni_record_check::rules::ni::Case;
use ni_record_check::rules::{assess, Review};
use ni_record_check::ui::ni::next_steps::{next_steps, Labels, Step};
use serde_json::Value;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn named(name: &str) -> (Case, Value) {
    let entry = cases(SHORT_GUIDE)
        .into_iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no case {name}"));
    (
        serde_json::from_value(entry["case"].clone()).unwrap(),
        entry,
    )
}

fn steps_for(case: &Case) -> Vec<Step> {
    next_steps(case, &assess(case).unwrap())
}

fn names(steps: &[Step]) -> Vec<&'static str> {
    steps.iter().map(Step::name).collect()
}

/// The routes the golden file's expected fields call for, in page order.
fn expected_routes(entry: &Value) -> Vec<(&'static str, Vec<String>)> {
    let expected = entry["expected"].as_object().unwrap();
    // Page order follows the case's order of disposals.
    let order: Vec<String> = entry["case"]["disposals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    let ids = |keep: &dyn Fn(&Value) -> bool| -> Vec<String> {
        order
            .iter()
            .filter(|id| keep(&expected[id.as_str()]))
            .cloned()
            .collect()
    };
    let mut out = Vec::new();
    let spent = ids(&|e| e["spent"] == true && e["basic"] == "not_disclosed");
    if !spent.is_empty() {
        out.push(("no-need-to-disclose", spent));
    }
    for (review, route) in [
        ("automatic", "reviewer-automatic"),
        ("can_apply", "reviewer-apply"),
    ] {
        let items = ids(&|e| e["review"] == review);
        if !items.is_empty() {
            out.push((route, items));
        }
    }
    for id in ids(&|e| e["review"] == "not_eligible") {
        out.push(("not-yet-eligible", vec![id]));
    }
    let shows = ids(&|e| {
        e["basic"] == "disclosed" || e["standard"] != "filtered" || e["enhanced"] != "filtered"
    });
    if !shows.is_empty() {
        out.push(("information-wrong", shows));
    }
    out.push(("police-information", vec![]));
    out.push(("who-can-help", vec![]));
    out
}

#[test]
fn every_short_guide_case_gets_exactly_its_routes() {
    let all = cases(SHORT_GUIDE);
    assert_eq!(all.len(), 22);
    for entry in &all {
        let name = entry["name"].as_str().unwrap();
        let case: Case = serde_json::from_value(entry["case"].clone()).unwrap();
        let got: Vec<(&str, Vec<String>)> = steps_for(&case)
            .iter()
            .map(|s| (s.name(), s.items().iter().map(|i| i.to_string()).collect()))
            .collect();
        assert_eq!(got, expected_routes(entry), "{name}");
    }
}

#[test]
fn not_yet_eligible_dates_are_the_expected_spent_dates() {
    for entry in cases(SHORT_GUIDE) {
        let case: Case = serde_json::from_value(entry["case"].clone()).unwrap();
        for s in steps_for(&case) {
            if let Step::NotYetEligible {
                item,
                eligible_from,
                filtered_on,
                ..
            } = &s
            {
                let e = &entry["expected"][item.as_str()];
                assert_eq!(
                    e["spent_on"],
                    serde_json::to_value(eligible_from).unwrap(),
                    "{}",
                    entry["name"]
                );
                assert_eq!(
                    e["filtered_on"],
                    serde_json::to_value(filtered_on).unwrap(),
                    "{}",
                    entry["name"]
                );
            }
        }
    }
}

#[test]
fn mr_i_in_2016_can_apply_and_gets_a_deadline_from_his_certificate() {
    let (mut case, _) = named("mr-i at 2016-07-15");
    let steps = steps_for(&case);
    let Some(Step::ReviewerApply {
        items,
        deadline: None,
        ..
    }) = steps.iter().find(|s| s.name() == "reviewer-apply")
    else {
        panic!("{steps:?}")
    };
    assert_eq!(items, &["fraud-2009"]);

    case.certificate_issued = Some(d("2016-06-20"));
    let steps = steps_for(&case);
    let apply = steps.iter().find(|s| s.name() == "reviewer-apply").unwrap();
    let Step::ReviewerApply {
        deadline,
        certificate_issued,
        ..
    } = apply
    else {
        panic!()
    };
    assert_eq!(*deadline, Some(d("2016-09-18")));
    assert_eq!(*certificate_issued, Some(d("2016-06-20")));
    // The same date on the two dispute routes.
    for s in &steps {
        if let Step::InformationWrong { deadline, .. } | Step::PoliceInformation { deadline } = s {
            assert_eq!(*deadline, Some(d("2016-09-18")));
        }
    }
    assert!(!names(&steps).contains(&"reviewer-automatic"));
}

#[test]
fn miss_b_is_referred_automatically_at_both_dates() {
    for name in ["miss-b at 2016-07-15", "miss-b at 2026-11-21"] {
        let (case, _) = named(name);
        let steps = names(&steps_for(&case));
        assert!(steps.contains(&"reviewer-automatic"), "{name}: {steps:?}");
        assert!(!steps.contains(&"reviewer-apply"), "{name}");
        assert!(!steps.contains(&"not-yet-eligible"), "{name}");
    }
}

#[test]
fn mr_g_is_never_spent_so_never_eligible() {
    for name in ["mr-g at 2016-07-15", "mr-g at 2026-11-21"] {
        let (case, _) = named(name);
        let steps = steps_for(&case);
        let not_yet: Vec<&Step> = steps
            .iter()
            .filter(|s| s.name() == "not-yet-eligible")
            .collect();
        assert_eq!(not_yet.len(), 1, "{name}");
        let Step::NotYetEligible {
            eligible_from: None,
            while_order_lasts: false,
            ..
        } = not_yet[0]
        else {
            panic!("{name}: {:?}", not_yet[0])
        };
        let labels = Labels::new(&case, &[]);
        let words = format!(
            "{} {:?}",
            not_yet[0].heading(&labels),
            not_yet[0].body(&labels)
        );
        assert!(words.contains("never spent"), "{words}");
        assert!(words.contains("cannot look at it"), "{words}");
        assert!(!names(&steps).contains(&"no-need-to-disclose"), "{name}");
    }
}

/// Every word a step shows, heading first.
fn words(step: &Step, labels: &Labels) -> String {
    format!("{} {:?}", step.heading(labels), step.body(labels))
}

#[test]
fn mrs_h_in_2016_is_eligible_from_2020_and_is_never_filtered() {
    let (case, _) = named("mrs-h at 2016-07-15");
    let steps = steps_for(&case);
    let Some(Step::NotYetEligible {
        item,
        eligible_from,
        filtered_on,
        always_shown,
        ..
    }) = steps.iter().find(|s| s.name() == "not-yet-eligible")
    else {
        panic!("{steps:?}")
    };
    assert_eq!(item, "fraud-2010");
    assert_eq!(*eligible_from, Some(d("2020-01-01")));
    // The statute: a prison sentence is always shown (the guide said 2021).
    assert_eq!(*filtered_on, None);
    assert!(always_shown);
    let labels = Labels::new(&case, &["Conviction, January 2010".to_string()]);
    let step = steps
        .iter()
        .find(|s| s.name() == "not-yet-eligible")
        .unwrap();
    assert_eq!(
        step.heading(&labels),
        "Conviction, January 2010: the Independent Reviewer can look at it from 1 January 2020"
    );
    let text = words(step, &labels);
    assert!(text.contains("always shown"), "{text}");
    assert!(text.contains("never filtered"), "{text}");
    assert!(
        text.contains("you can ask the Independent Reviewer"),
        "{text}"
    );
    assert!(!text.contains("old enough to be filtered"), "{text}");
    assert!(!text.to_lowercase().contains("probably"), "{text}");
    assert!(!text.contains("disagree"), "{text}");
}

#[test]
fn mrs_h_in_2026_shows_and_can_apply_for_review() {
    let (case, _) = named("mrs-h at 2026-11-21");
    let steps = steps_for(&case);
    assert_eq!(
        names(&steps),
        [
            "no-need-to-disclose",
            "reviewer-apply",
            "information-wrong",
            "police-information",
            "who-can-help"
        ]
    );
    let labels = Labels::new(&case, &[]);
    for s in &steps {
        let text = words(s, &labels).to_lowercase();
        assert!(!text.contains("probably"), "{}: {text}", s.name());
    }
}

#[test]
fn no_step_says_probably_or_that_sources_disagree() {
    for entry in cases(SHORT_GUIDE) {
        let case: Case = serde_json::from_value(entry["case"].clone()).unwrap();
        let labels = Labels::new(&case, &[]);
        for s in steps_for(&case) {
            let text = words(&s, &labels).to_lowercase();
            for never in ["probably", "sources disagree", "sources differ"] {
                assert!(
                    !text.contains(never),
                    "{} {}: {text}",
                    entry["name"],
                    s.name()
                );
            }
        }
    }
}

#[test]
fn when_everything_is_filtered_there_is_no_reviewer_route() {
    let mut all_filtered = 0;
    for entry in cases(SHORT_GUIDE) {
        let expected = entry["expected"].as_object().unwrap();
        if !expected.values().all(|e| e["standard"] == "filtered") {
            continue;
        }
        all_filtered += 1;
        let case: Case = serde_json::from_value(entry["case"].clone()).unwrap();
        let steps = names(&steps_for(&case));
        for route in [
            "reviewer-automatic",
            "reviewer-apply",
            "not-yet-eligible",
            "information-wrong",
        ] {
            assert!(!steps.contains(&route), "{}: {steps:?}", entry["name"]);
        }
        assert!(steps.contains(&"no-need-to-disclose"), "{}", entry["name"]);
    }
    // Mr A (both dates), Mr E, Mr I and Mr K in 2026. Not Mrs H: her prison
    // sentence always shows (rules version 2).
    assert_eq!(all_filtered, 5);
}

#[test]
fn routes_follow_the_engines_fields_not_the_law() {
    // Change only the assessment: the routes change with it.
    let (case, _) = named("mr-i at 2016-07-15");
    let mut assessment = assess(&case).unwrap();
    assessment.disposals[0].review = Review::Automatic;
    let steps = names(&next_steps(&case, &assessment));
    assert!(steps.contains(&"reviewer-automatic"));
    assert!(!steps.contains(&"reviewer-apply"));
    assessment.disposals[0].review = Review::NotApplicable;
    let steps = names(&next_steps(&case, &assessment));
    assert!(!steps
        .iter()
        .any(|s| s.starts_with("reviewer") || *s == "not-yet-eligible"));
}

#[test]
fn every_step_of_every_case_has_plain_words() {
    for entry in cases(SHORT_GUIDE) {
        let case: Case = serde_json::from_value(entry["case"].clone()).unwrap();
        let labels = Labels::new(&case, &[]);
        for s in steps_for(&case) {
            assert!(!s.heading(&labels).is_empty());
            let body = s.body(&labels);
            assert!(!body.is_empty(), "{} {}", entry["name"], s.name());
        }
    }
}
