//! The reminders file read back by a small RFC 5545 parser, and the saved
//! answers file round-trip, for every Short Guide case.
// Test code may sort as it likes (clippy.toml limits the app's code).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

mod common;
use common::{cases, SHORT_GUIDE};

use std::collections::BTreeMap;

use chrono::NaiveDate;
use ni_record_check::rules::assess;
use ni_record_check::rules::ni::Case;
use ni_record_check::ui::results::handoff::{download_answers, open_saved};
use ni_record_check::ui::results::ics::{calendar, events};
use serde_json::Value;

/// One VEVENT: property name (with parameters) to unescaped value.
type Event = BTreeMap<String, String>;

/// Unfolds content lines and reads the events back, checking the line
/// rules on the way.
fn parse(ics: &str) -> (Vec<String>, Vec<Event>) {
    assert!(ics.ends_with("\r\n"), "ends with CRLF");
    let physical: Vec<&str> = ics[..ics.len() - 2].split("\r\n").collect();
    let mut lines: Vec<String> = Vec::new();
    for p in physical {
        assert!(
            !p.contains('\n') && !p.contains('\r'),
            "bare line break in {p:?}"
        );
        assert!(p.len() <= 75, "{} octets: {p}", p.len());
        match p.strip_prefix(' ').or_else(|| p.strip_prefix('\t')) {
            Some(rest) => lines
                .last_mut()
                .expect("no continuation first")
                .push_str(rest),
            None => lines.push(p.to_string()),
        }
    }
    let mut events = Vec::new();
    let mut current: Option<Event> = None;
    for line in &lines {
        let (name, value) = line.split_once(':').expect("name:value");
        match (name, value) {
            ("BEGIN", "VEVENT") => current = Some(Event::new()),
            ("END", "VEVENT") => events.push(current.take().expect("open event")),
            _ => {
                if let Some(e) = current.as_mut() {
                    e.insert(name.to_string(), unescape(value));
                }
            }
        }
    }
    (lines, events)
}

fn unescape(v: &str) -> String {
    let mut out = String::new();
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => panic!("trailing backslash"),
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn date(v: &str) -> NaiveDate {
    NaiveDate::parse_from_str(v, "%Y%m%d").unwrap()
}

fn case_of(entry: &Value) -> Case {
    serde_json::from_value(entry["case"].clone()).unwrap()
}

/// The dates the golden file's expected fields say matter, sorted.
fn expected_dates(entry: &Value, deadline: Option<NaiveDate>) -> Vec<NaiveDate> {
    let mut out: Vec<NaiveDate> = Vec::new();
    for e in entry["expected"].as_object().unwrap().values() {
        for field in ["spent_on", "filtered_on"] {
            if let Some(s) = e[field].as_str() {
                out.push(s.parse().unwrap());
            }
        }
    }
    out.extend(deadline);
    out.sort();
    out
}

#[test]
fn calendar_has_one_event_per_date_that_matters() {
    for entry in cases(SHORT_GUIDE) {
        let name = entry["name"].as_str().unwrap();
        let mut case = case_of(&entry);
        // With and without a certificate issued 25 days before the check.
        for issued in [
            None,
            case.check_date.checked_sub_days(chrono::Days::new(25)),
        ] {
            case.certificate_issued = issued;
            let assessment = assess(&case).unwrap();
            let ics = calendar(&case, &assessment, &[]);
            let (lines, parsed) = parse(&ics);
            assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
            assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
            assert!(lines.contains(&"VERSION:2.0".to_string()));
            assert!(lines.iter().any(|l| l.starts_with("PRODID:")));

            let deadline = issued.map(|i| i.checked_add_days(chrono::Days::new(90)).unwrap());
            let want = expected_dates(&entry, deadline);
            assert_eq!(parsed.len(), want.len(), "{name}, issued {issued:?}");
            let mut got: Vec<NaiveDate> = parsed
                .iter()
                .map(|e| date(&e["DTSTART;VALUE=DATE"]))
                .collect();
            got.sort();
            assert_eq!(got, want, "{name}, issued {issued:?}");

            let stamp = format!("{}T000000Z", case.check_date.format("%Y%m%d"));
            let mut uids: Vec<&str> = Vec::new();
            for e in &parsed {
                let start = date(&e["DTSTART;VALUE=DATE"]);
                assert_eq!(date(&e["DTEND;VALUE=DATE"]), start.succ_opt().unwrap());
                assert_eq!(e["DTSTAMP"], stamp);
                assert!(!e["SUMMARY"].is_empty() && !e["DESCRIPTION"].is_empty());
                uids.push(&e["UID"]);
            }
            let n = uids.len();
            uids.sort();
            uids.dedup();
            assert_eq!(uids.len(), n, "{name}: UIDs are unique");
            // No clock, no randomness: the same case gives the same file.
            assert_eq!(ics, calendar(&case, &assessment, &[]));
            assert_eq!(events(&case, &assessment, &[]).len(), n);
        }
    }
}

#[test]
fn mr_i_calendar_in_2016() {
    let entry = cases(SHORT_GUIDE)
        .into_iter()
        .find(|c| c["name"] == "mr-i at 2016-07-15")
        .unwrap();
    let mut case = case_of(&entry);
    case.certificate_issued = Some("2016-06-20".parse().unwrap());
    let assessment = assess(&case).unwrap();
    let label = "Fraud; £500 fine, \\ January 2009".to_string();
    let (_, parsed) = parse(&calendar(&case, &assessment, std::slice::from_ref(&label)));
    let summary: Vec<(String, String)> = parsed
        .iter()
        .map(|e| (e["DTSTART;VALUE=DATE"].clone(), e["SUMMARY"].clone()))
        .collect();
    assert_eq!(
        summary,
        [
            ("20140101".to_string(), format!("Spent: {label}")),
            (
                "20160918".to_string(),
                "Last day to ask the Independent Reviewer".to_string()
            ),
            (
                "20200101".to_string(),
                format!("Old enough to be filtered: {label}")
            ),
        ]
    );
    assert!(parsed[1]["DESCRIPTION"].contains("20 June 2016"));
    assert!(parsed[0]["DESCRIPTION"]
        .contains("\n\nWorked out by the record check for a certificate issued on 15 July 2016."));
}

#[test]
fn uids_stay_the_same_when_only_the_check_date_changes() {
    let entry = cases(SHORT_GUIDE)
        .into_iter()
        .find(|c| c["name"] == "mr-k at 2016-07-15")
        .unwrap();
    let mut case = case_of(&entry);
    let uids = |case: &Case| -> Vec<String> {
        let (_, parsed) = parse(&calendar(case, &assess(case).unwrap(), &[]));
        parsed.iter().map(|e| e["UID"].clone()).collect()
    };
    let before = uids(&case);
    case.check_date = "2017-01-01".parse().unwrap();
    assert_eq!(uids(&case), before);
}

#[test]
fn mrs_h_prison_sentence_is_never_a_filtering_date() {
    let entry = cases(SHORT_GUIDE)
        .into_iter()
        .find(|c| c["name"] == "mrs-h at 2016-07-15")
        .unwrap();
    let case = case_of(&entry);
    let label = "Conviction, January 2010".to_string();
    let (_, parsed) = parse(&calendar(
        &case,
        &assess(&case).unwrap(),
        std::slice::from_ref(&label),
    ));
    // Only the spent date: the guide's "filtered from January 2021" is not the law.
    assert_eq!(parsed.len(), 1, "{parsed:?}");
    assert_eq!(parsed[0]["DTSTART;VALUE=DATE"], "20200101");
    assert_eq!(parsed[0]["SUMMARY"], format!("Spent: {label}"));
    let text = &parsed[0]["DESCRIPTION"];
    assert!(text.contains("always shown"), "{text}");
    assert!(
        text.contains("you can ask the Independent Reviewer"),
        "{text}"
    );
    for never in ["probably", "filtered", "disagree"] {
        assert!(!text.to_lowercase().contains(never), "{never}: {text}");
    }
}

#[test]
fn no_event_says_probably() {
    for entry in cases(SHORT_GUIDE) {
        let case = case_of(&entry);
        for e in events(&case, &assess(&case).unwrap(), &[]) {
            let all = format!("{} {}", e.summary, e.description).to_lowercase();
            assert!(!all.contains("probably"), "{}: {all}", entry["name"]);
            assert!(!all.contains("disagree"), "{}: {all}", entry["name"]);
        }
    }
}

#[test]
fn mr_g_has_no_dates() {
    let entry = cases(SHORT_GUIDE)
        .into_iter()
        .find(|c| c["name"] == "mr-g at 2016-07-15")
        .unwrap();
    let case = case_of(&entry);
    assert!(events(&case, &assess(&case).unwrap(), &[]).is_empty());
}

#[test]
fn saved_answers_round_trip_for_every_case() {
    for entry in cases(SHORT_GUIDE) {
        let mut case = case_of(&entry);
        for issued in [None, Some("2016-06-20".parse().unwrap())] {
            case.certificate_issued = issued;
            let file = download_answers(&case);
            assert_eq!(open_saved(&file), Ok(case.clone()), "{}", entry["name"]);
            // Exactly the case format: the golden file's own case reads the same.
            let back: Value = serde_json::from_str(&file).unwrap();
            if issued.is_none() {
                assert_eq!(back, entry["case"], "{}", entry["name"]);
            }
        }
    }
}
