//! The Take Action areas for Northern Ireland (issue 11): for each panel, a
//! record that shows it and one that does not, and the three people of the
//! issue's end-to-end test. Records are written as cases; the engine's
//! fields decide, never the test.
// Test code may sort as it likes (clippy.toml limits the app's code).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use chrono::NaiveDate;
use ni_record_check::rules::assess;
use ni_record_check::rules::ni::parse::parse_case;
use ni_record_check::rules::ni::{Assessment, Case, Outcome};
use ni_record_check::ui::ni::areas::{barring, panels, Panel, NOT_FOR_APPEALS};
use ni_record_check::ui::ni::disclosure::{draft_disclosure, shown_items};
use ni_record_check::ui::ni::next_steps::{Block, Labels};
use ni_record_check::ui::ni::trustee::{
    convictions, trustee, trustee_body, trustee_intro, Trustee,
};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn case(json: &str) -> (Case, Assessment) {
    let c = parse_case(json).unwrap();
    let a = assess(&c).unwrap();
    (c, a)
}

fn shown(c: &Case, a: &Assessment) -> Vec<Panel> {
    panels(c, a, &Labels::new(c, &[]))
}

fn names(p: &[Panel]) -> Vec<&'static str> {
    p.iter().map(|p| p.name).collect()
}

fn words(blocks: &[Block]) -> String {
    blocks
        .iter()
        .map(|b| match b {
            Block::Text(t) => t.clone(),
            Block::Bullets(l) | Block::Numbered(l) => l.join(" "),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn panel<'a>(p: &'a [Panel], name: &str) -> &'a Panel {
    p.iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("no {name} in {:?}", names(p)))
}

/// Spent and filtered only: an adult caution (2012) and a fine (2008).
const SPENT_FILTERED: &str = r#"{"check_date":"2026-12-02","disposals":[
    {"id":"caution","kind":"caution","date":"2012-03-01","under_18":false,"specified":false},
    {"id":"fine","kind":"conviction","date":"2008-05-01","under_18":false,"specified":false,"sentences":[{"type":"fine"}]}]}"#;
/// Unspent: 6 months' prison in 2025, spent in 2032, never filtered.
const UNSPENT: &str = r#"{"check_date":"2026-12-02","disposals":[
    {"id":"prison","kind":"conviction","date":"2025-06-01","under_18":false,"specified":false,"sentences":[{"type":"imprisonment","months":6}]}]}"#;
/// A spent fraud conviction: a fine in 2014, spent 2019, filtered 2025.
const SPENT_FRAUD: &str = r#"{"check_date":"2026-12-02","disposals":[
    {"id":"fraud","offence":"fraud","kind":"conviction","date":"2014-02-01","under_18":false,"specified":false,"sentences":[{"type":"fine"}]}]}"#;
/// An adult informed warning from 2020: spent, filtered, and no fingerprints rule.
const OLD_WARNING: &str = r#"{"check_date":"2026-12-02","disposals":[
    {"id":"warning","kind":"informed_warning","date":"2020-05-01","under_18":false,"specified":false}]}"#;

#[test]
fn spent_and_filtered_only() {
    let (c, a) = case(SPENT_FILTERED);
    let p = shown(&c, &a);
    assert_eq!(
        names(&p),
        ["own-record", "employer-asks", "put-right", "data-media"]
    );
    let own = words(&panel(&p, "own-record").body);
    assert!(own.contains("should come back clear"), "{own}");
    assert!(
        !own.contains("£16"),
        "no fee when a basic check shows nothing"
    );
    assert!(own.contains("Caution: this is not a conviction."));
    assert!(own.contains("Conviction: a court found you guilty."));
    let employer = words(&panel(&p, "employer-asks").body);
    assert!(employer.contains("Exceptions Order 1979"));
    assert!(employer.contains("Filtered items: no employer may ask"));
    assert!(
        !employer.contains("written policy"),
        "nothing shows on a standard or enhanced check"
    );
    assert!(
        !employer.contains("Troubles"),
        "no conviction before April 1998"
    );
    assert!(shown_items(&a).is_empty(), "no disclosure helper");
    assert_eq!(convictions(&c), ["fine"], "the trustee panel is offered");
}

#[test]
fn unspent_conviction_for_work_with_children() {
    let (c, a) = case(UNSPENT);
    let p = shown(&c, &a);
    assert_eq!(
        names(&p),
        ["own-record", "employer-asks", "put-right", "barring"]
    );
    let own = words(&panel(&p, "own-record").body);
    assert!(
        own.contains("A basic check from AccessNI would show: prison"),
        "{own}"
    );
    assert!(own.contains("We understand the fee is £16: check it."));
    assert!(own.contains("sent to you, not the employer"));
    let employer = words(&panel(&p, "employer-asks").body);
    assert!(employer.contains("written policy"));
    assert!(employer.contains("regulated activity"));
    assert!(!employer.contains("Exceptions Order"), "nothing is spent");
    let bar = words(&panel(&p, "barring").body);
    assert!(bar.contains("Care Tribunal in Belfast") && bar.contains("three months"));
    assert!(
        !bar.contains("Send your appeal by"),
        "no date without a letter"
    );
    let dated = barring(&c, &a, Some(d("2026-11-02"))).unwrap();
    assert!(words(&dated.body)
        .contains("Your letter is dated 2 November 2026. Send your appeal by 2 February 2027."));
    let names: Vec<&str> = dated.contacts.iter().map(|c| c.name).collect();
    assert!(
        names.contains(&"The Care Tribunal (barring appeals)"),
        "{names:?}"
    );
    assert_eq!(
        shown_items(&a),
        ["prison"],
        "the disclosure helper is offered"
    );
}

#[test]
fn spent_fraud_conviction_and_a_trustee() {
    let (c, a) = case(SPENT_FRAUD);
    let p = shown(&c, &a);
    assert_eq!(
        names(&p),
        ["own-record", "employer-asks", "put-right", "data-media"]
    );
    let lines = trustee(&c, &a, &[("fraud".into(), Some(true))]);
    assert_eq!(
        lines,
        [Trustee::Spent {
            item: "fraud".into(),
            since: Some(d("2019-02-01"))
        }]
    );
    let body = words(&trustee_body(
        &lines,
        a.check_date,
        &Labels::new(&c, &["Conviction, 1 February 2014".into()]),
    ));
    assert!(body.contains("Conviction, 1 February 2014: spent since 1 February 2019, so it does not stop you being a trustee."), "{body}");
    assert!(!body.contains("waiver"));
    assert!(words(&trustee_intro()).contains("2018 rules in England and Wales"));
}

#[test]
fn put_right_needs_a_conviction_caution_or_something_shown() {
    let (c, a) = case(OLD_WARNING);
    assert!(!names(&shown(&c, &a)).contains(&"put-right"));
    let (c, a) = case(SPENT_FILTERED);
    let put = words(&panel(&shown(&c, &a), "put-right").body);
    assert!(put.contains("fingerprints or DNA"));
    assert!(!put.contains("dispute form"), "nothing shows to dispute");
    let (c, a) = case(UNSPENT);
    assert!(words(&panel(&shown(&c, &a), "put-right").body).contains("dispute form"));
}

#[test]
fn data_and_media_only_with_something_spent() {
    let (c, a) = case(UNSPENT);
    assert!(!names(&shown(&c, &a)).contains(&"data-media"));
    let both = r#"{"check_date":"2026-12-02","disposals":[
        {"id":"fine","kind":"conviction","date":"2008-05-01","under_18":false,"specified":false,"sentences":[{"type":"fine"}]},
        {"id":"prison","kind":"conviction","date":"2025-06-01","under_18":false,"specified":false,"sentences":[{"type":"imprisonment","months":6}]}]}"#;
    let (c, a) = case(both);
    let media = words(&panel(&shown(&c, &a), "data-media").body);
    assert!(
        media.contains("less likely to work"),
        "an unspent item: delisting is less likely"
    );
    let (c, a) = case(SPENT_FILTERED);
    assert!(!words(&panel(&shown(&c, &a), "data-media").body).contains("less likely"));
}

#[test]
fn barring_with_a_specified_offence_even_when_filtered_or_spent() {
    let (c, a) = case(SPENT_FILTERED);
    assert!(barring(&c, &a, None).is_none());
    let mut c2 = c.clone();
    c2.disposals[1].specified = Some(true);
    let a2 = assess(&c2).unwrap();
    assert!(barring(&c2, &a2, None).is_some());
}

#[test]
fn employer_asks_only_with_something_to_say() {
    // Every real record has an item that is spent and off a basic check,
    // filtered, or shown; an item the engine cannot yet place has none.
    let (c, mut a) = case(UNSPENT);
    for d in &mut a.disposals {
        d.standard = Outcome::DependsOnSpecified;
        d.enhanced = Outcome::DependsOnSpecified;
    }
    assert!(!names(&shown(&c, &a)).contains(&"employer-asks"));
    let pre_1998 = r#"{"check_date":"2026-12-02","disposals":[
        {"id":"old","kind":"conviction","date":"1990-05-01","under_18":false,"specified":false,"sentences":[{"type":"fine"}]}]}"#;
    let (c, a) = case(pre_1998);
    let p = shown(&c, &a);
    let employer = panel(&p, "employer-asks");
    assert!(words(&employer.body).contains("If old was about the conflict (the Troubles)"));
    assert!(employer
        .contacts
        .iter()
        .any(|c| c.name.starts_with("The Review Panel")));
}

#[test]
fn not_sure_about_an_offence_points_to_the_psni_reply() {
    let (mut c, _) = case(UNSPENT);
    c.disposals[0].specified = None;
    let a = assess(&c).unwrap();
    assert!(words(&panel(&shown(&c, &a), "own-record").body)
        .contains("You were not sure about an offence"));
    let (c, a) = case(UNSPENT);
    assert!(!words(&panel(&shown(&c, &a), "own-record").body).contains("not sure"));
}

#[test]
fn trustee_only_for_convictions() {
    let (c, _) = case(OLD_WARNING);
    assert!(convictions(&c).is_empty());
}

#[test]
fn no_banned_or_england_and_wales_only_words() {
    let mut all = vec![NOT_FOR_APPEALS.to_string(), words(&trustee_intro())];
    for json in [SPENT_FILTERED, UNSPENT, SPENT_FRAUD, OLD_WARNING] {
        let (c, a) = case(json);
        for p in shown(&c, &a) {
            all.push(words(&p.body));
        }
        if let Some(p) = barring(&c, &a, Some(d("2026-01-31"))) {
            all.push(words(&p.body));
        }
        let items = shown_items(&a);
        all.push(draft_disclosure(&[], &items, &Labels::new(&c, &[])));
    }
    let all = all.join(" ");
    for banned in [
        "probably",
        "Upper Tribunal",
        "Update Service",
        "Record Deletion",
        "Equality Commission",
    ] {
        assert!(!all.contains(banned), "{banned}");
    }
    assert!(NOT_FOR_APPEALS.contains("solicitor"));
}
