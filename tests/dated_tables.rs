//! The rehabilitation table is dated data: a test-only future table (never
//! shown to people) proves that the engine picks rows by the check date and
//! that every answer before the new rows' date is unchanged.
// Test code may sort as it likes (clippy.toml limits the app's code).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

mod common;

use chrono::NaiveDate;
use common::{cases, BOUNDARIES, SHORT_GUIDE};
use ni_record_check::rules::in_force::Ymd;
use ni_record_check::rules::ni::assess_valid_under;
use ni_record_check::rules::ni::catalogue::SentenceType;
use ni_record_check::rules::ni::table::{from_conviction, Periods, Row, ROO_1978};
use ni_record_check::rules::ni::Case;
use ni_record_check::rules::{assess, parse_any_case_problems, AnyCase};

/// A made-up reform in force on 1 January 2030: fines 4 years (2 under 18).
const FUTURE_FINE: Row = Row {
    describes: "A fine (made-up test row)",
    sentences: &[SentenceType::Fine],
    term: None,
    periods: Some(Periods {
        adult: from_conviction(48),
        under_18: from_conviction(24),
    }),
    source: "A test fixture, not law",
    link: "https://www.legislation.gov.uk/",
    from: Some(Ymd(2030, 1, 1)),
};

static FUTURE: [Row; 15] = {
    let mut rows = [FUTURE_FINE; 15];
    let mut i = 0;
    while i < ROO_1978.len() {
        rows[i] = ROO_1978[i];
        i += 1;
    }
    rows
};

fn ni_cases() -> Vec<Case> {
    let mut out = Vec::new();
    for file in [SHORT_GUIDE, BOUNDARIES] {
        for entry in cases(file) {
            if let Ok(AnyCase::Ni(c)) = parse_any_case_problems(&entry["case"].to_string()) {
                out.push(c);
            }
        }
    }
    out
}

#[test]
fn the_fixture_has_every_row_and_one_more() {
    assert_eq!(ROO_1978.len() + 1, FUTURE.len());
    assert_eq!(FUTURE.last(), Some(&FUTURE_FINE));
}

/// Before 2030 the future rows change nothing, field by field.
#[test]
fn before_the_new_rows_every_answer_is_unchanged() {
    let all = ni_cases();
    assert!(all.len() > 100, "{}", all.len());
    for c in all {
        assert!(c.check_date < NaiveDate::from_ymd_opt(2030, 1, 1).unwrap());
        let now = serde_json::to_value(assess(&c).unwrap()).unwrap();
        let future = serde_json::to_value(assess_valid_under(&c, &FUTURE)).unwrap();
        assert_eq!(now, future, "{:?}", c.check_date);
    }
}

/// From 1 January 2030 the engine picks the new row for a fine.
#[test]
fn from_the_new_rows_date_they_apply() {
    let case = |check: &str| -> Case {
        serde_json::from_str(&format!(
            r#"{{ "check_date": "{check}", "disposals": [
              {{ "id": "f", "kind": "conviction", "date": "2027-06-01", "under_18": false, "specified": false,
                "sentences": [ {{ "type": "fine" }} ] }} ] }}"#
        ))
        .unwrap()
    };
    let spent_on = |c: &Case| assess_valid_under(c, &FUTURE).disposals[0].spent_on;
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
    assert_eq!(spent_on(&case("2029-12-31")), day(2032, 6, 1));
    assert_eq!(spent_on(&case("2030-01-01")), day(2031, 6, 1));
    let reason = assess_valid_under(&case("2030-01-01"), &FUTURE).disposals[0].reasons[0].clone();
    assert_eq!(reason.source, "A test fixture, not law");
}
