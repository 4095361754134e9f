//! Quick entry and the date of birth, without a browser: the same record
//! entered either way gives the same answers, checks and case; a quick page
//! asks exactly its guided pages' questions; "under 18" is worked out from
//! a date of birth only when it can be told.
// Test code may sort as it likes (clippy.toml limits the app's code).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

mod common;

use chrono::NaiveDate;
use ni_record_check::rules::{parse_any_case_problems, AnyCase};
use ni_record_check::ui::journey::dispatch::answers_from;
use ni_record_check::ui::journey::quick::item_pages;
use ni_record_check::ui::journey::routes::item_problems;
use ni_record_check::ui::journey::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
}

use common::typed_date as date;

/// The case the answers make, as JSON, by their jurisdiction.
fn case_json(a: &Answers, today: NaiveDate) -> Result<String, Page> {
    if a.is_ew() {
        let c = ni_record_check::ui::ew::journey::to_case(a, today)?;
        Ok(serde_json::to_string(&c.case).unwrap())
    } else {
        let c = ni_record_check::ui::ni::journey::to_case(a, today)?;
        Ok(serde_json::to_string(&c.case).unwrap())
    }
}

/// Every golden case of both jurisdictions, as answers (as "Open saved
/// answers" makes them), with its name.
fn golden_answers() -> Vec<(String, Answers, NaiveDate)> {
    let mut out = Vec::new();
    for file in [
        common::SHORT_GUIDE,
        common::BOUNDARIES,
        common::EW_BOUNDARIES,
        common::EW_MOJ,
    ] {
        for entry in common::cases(file) {
            let name = entry["name"].as_str().unwrap_or("?").to_string();
            let Ok(case) = parse_any_case_problems(&entry["case"].to_string()) else {
                continue;
            };
            let check_date = match &case {
                AnyCase::Ni(c) => c.check_date,
                AnyCase::Ew(c) => c.check_date,
            };
            if let Some(a) = answers_from(&case) {
                out.push((name, a, today().max(check_date)));
            }
        }
    }
    out
}

/// One case either way: every golden record, entered by quick entry instead
/// of the guided route, passes every quick page's checks and gives the same
/// case, field for field.
#[test]
fn one_case_either_way_on_the_golden_cases() {
    let all = golden_answers();
    assert!(all.len() > 250, "{} golden records", all.len());
    for (name, guided, today) in all {
        let quick = Answers {
            quick: true,
            ..guided.clone()
        };
        let guided_case = match case_json(&guided, today) {
            Ok(c) => c,
            // A file that leaves out an answer (an FPN's `endorsed`) is asked
            // it again: on the same item's page either way.
            Err(p) => {
                let item = p.item().expect("an item's page");
                assert_eq!(
                    first_unanswered(&quick, today),
                    Some(Page::QuickItem(item)),
                    "{name}"
                );
                continue;
            }
        };
        for i in 0..quick.items.len() {
            let problems = item_problems(&quick, i, today);
            assert!(problems.is_empty(), "{name}: item {i}: {problems:?}");
        }
        assert_eq!(first_unanswered(&quick, today), None, "{name}");
        assert_eq!(case_json(&quick, today), Ok(guided_case), "{name}");
    }
}

/// A quick page asks exactly the questions of its item's guided pages
/// (less "another sentence?", which the rows replace).
#[test]
fn a_quick_page_asks_its_guided_pages_questions() {
    for (name, guided, _) in golden_answers() {
        let quick = Answers {
            quick: true,
            ..guided.clone()
        };
        let guided_pages = question_pages(&guided);
        for i in 0..guided.items.len() {
            let mut expected: Vec<Page> = guided_pages
                .iter()
                .copied()
                .filter(|p| p.item() == Some(i) && !matches!(p, Page::Sentences(_)))
                .collect();
            let on_quick: Vec<Page> = item_pages(&quick, i)
                .into_iter()
                .filter(|p| !matches!(p, Page::ItemSummaryOnly(_)))
                .collect();
            // Summary-only is asked for all convictions on one guided page.
            expected.retain(|p| *p != Page::SummaryOnly);
            assert_eq!(on_quick, expected, "{name}: item {i}");
        }
    }
}

fn ni_answers() -> Answers {
    Answers {
        jurisdiction: Some(Place::Ni),
        birth: BirthAnswer {
            given: Some(false),
            ..Default::default()
        },
        quick: true,
        ..Default::default()
    }
}

/// All of a quick page's problems at once, each naming its field on the
/// page: a sentence's in its row.
#[test]
fn every_problem_at_once_named_by_row() {
    let mut a = ni_answers();
    // A new item, nothing typed: only "what was it".
    let p = item_problems(&a, 0, today());
    assert_eq!(
        p.iter().map(|e| e.field.as_str()).collect::<Vec<_>>(),
        ["kind"]
    );
    let it = a.item_mut(0).unwrap();
    it.kind = Some(ni_record_check::rules::ni::DisposalKind::Conviction);
    let p = item_problems(&a, 0, today());
    let fields: Vec<&str> = p.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "date-day",
            "under-18",
            "offence",
            "sentence-1-sentence-type"
        ]
    );
    // A second sentence row with a length missing.
    a.items[0].date = date("3", "3", "2015");
    a.items[0].under_18 = Some(false);
    a.items[0].offence_not_listed = true;
    a.sentence_mut(0, 0).unwrap().kind = Some(ni_record_check::rules::ni::SentenceType::Fine);
    a.sentence_mut(0, 1).unwrap().kind =
        Some(ni_record_check::rules::ni::SentenceType::Imprisonment);
    let p = item_problems(&a, 0, today());
    let fields: Vec<&str> = p.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "sentence-2-length-months",
            "sentence-2-suspended",
            "specified"
        ]
    );
    assert_eq!(p[0].message, "Enter the length in months, days or both");
}

/// England and Wales on a quick page: a suspended sentence over 24 months is
/// refused next to its row's field, as on the guided route's page.
#[test]
fn england_and_wales_refusals_on_the_quick_page() {
    use ni_record_check::rules::ew::{Kind, SentenceType};
    let mut a = Answers {
        jurisdiction: Some(Place::Ew),
        ..ni_answers()
    };
    let it = a.item_mut(0).unwrap();
    it.ew_kind = Some(Kind::Conviction);
    it.date = date("3", "3", "2015");
    it.under_18 = Some(false);
    it.specified = Some(Specified::No);
    let s = a.sentence_mut(0, 0).unwrap();
    s.ew_kind = Some(SentenceType::Imprisonment);
    s.months = "36".into();
    s.suspended = Some(true);
    s.other_start = Some(false);
    let guided = question_pages(&Answers {
        quick: false,
        ..a.clone()
    });
    let suspended = guided
        .iter()
        .find(|p| matches!(p, Page::Suspended(..)))
        .copied()
        .expect("the suspended question");
    let on_guided = page_problems(suspended, &a, today());
    assert_eq!(on_guided.len(), 1, "{on_guided:?}");
    let on_quick = item_problems(&a, 0, today());
    assert_eq!(
        on_quick
            .iter()
            .map(|e| (e.field.clone(), e.message.clone()))
            .collect::<Vec<_>>(),
        [(
            format!("sentence-1-{}", on_guided[0].field),
            on_guided[0].message.clone()
        )]
    );
}

/// Answers for a record of `n` convictions, each with a fine, given on quick
/// pages; returns the pages from Start to the results.
fn quick_walk(n: usize, birth: Option<DateInput>) -> (Vec<Page>, Answers) {
    let mut a = Answers {
        quick: true,
        ..Default::default()
    };
    let mut page = Page::Where;
    let mut seen = vec![Page::Start, page];
    while page != Page::Results {
        match page {
            Page::Where => a.jurisdiction = Some(Place::Ni),
            Page::DateOfBirth => {
                a.birth.given = Some(birth.is_some());
                a.birth.date = birth.clone().unwrap_or_default();
            }
            Page::QuickItem(i) => {
                let it = a.item_mut(i).unwrap();
                it.kind = Some(ni_record_check::rules::ni::DisposalKind::Conviction);
                it.date = date("1", "6", &(2010 + i).to_string());
                if a.asks_under_18(i) {
                    a.items[i].under_18 = Some(false);
                }
                a.items[i].offence = Some("theft".into());
                a.sentence_mut(i, 0).unwrap().kind =
                    Some(ni_record_check::rules::ni::SentenceType::Fine);
            }
            Page::CheckDate => a.check_date.today = Some(true),
            Page::Certificate => a.certificate.has_one = Some(false),
            _ => {}
        }
        let problems = page_problems(page, &a, today());
        assert!(problems.is_empty(), "{page:?}: {problems:?}");
        // "Save and add another item" until the last item, then Continue.
        page = match page {
            Page::QuickItem(i) if i + 1 < n => Page::QuickItem(i + 1),
            _ => next(page, &a),
        };
        seen.push(page);
        assert!(seen.len() < 60, "{seen:?}");
    }
    (seen, a)
}

#[test]
fn five_convictions_in_twelve_pages() {
    let (seen, a) = quick_walk(5, Some(date("15", "6", "1980")));
    // Where, date of birth, 5 items, the list, check answers, check date, certificate, results.
    assert_eq!(seen.len() - 1, 12, "{seen:?}");
    assert_eq!(first_unanswered(&a, today()), None);
    assert!((0..5).all(|i| a.under_18_worked_out(i) == Some(false)));
    let case = ni_record_check::ui::ni::journey::to_case(&a, today()).unwrap();
    assert!(case.case.disposals.iter().all(|d| !d.under_18));
    // Back from each page goes where a person came from.
    assert_eq!(previous(Page::QuickItem(0), &a), Page::QuickList);
    assert_eq!(previous(Page::QuickList, &a), Page::QuickItem(4));
    assert_eq!(previous(Page::CheckAnswers, &a), Page::QuickList);
}

/// The date of birth, given: "under 18?" is not asked where it follows,
/// and is asked where it cannot be told.
#[test]
fn under_18_from_the_date_of_birth() {
    let mut a = ni_answers();
    a.quick = false;
    a.birth = BirthAnswer {
        given: Some(true),
        date: date("15", "6", "1990"),
    };
    let it = a.item_mut(0).unwrap();
    it.kind = Some(ni_record_check::rules::ni::DisposalKind::Caution);
    // Under 18 on the day before the 18th birthday, 18 on it.
    it.date = date("14", "6", "2008");
    assert_eq!(a.under_18_worked_out(0), Some(true));
    assert_eq!(next(Page::Date(0), &a), Page::Offence(0));
    assert_eq!(previous(Page::Offence(0), &a), Page::Date(0));
    a.items[0].date = date("15", "6", "2008");
    assert_eq!(a.under_18(0), Some(false));
    assert!(!question_pages(&a).contains(&Page::Under18(0)));
    // Only the month known, and the birthday in it: asked.
    a.items[0].date = DateInput {
        month: "6".into(),
        year: "2008".into(),
        known: Known::Month,
        ..Default::default()
    };
    assert_eq!(a.under_18_worked_out(0), None);
    assert_eq!(next(Page::Date(0), &a), Page::Under18(0));
    assert!(question_pages(&a).contains(&Page::Under18(0)));
    // "I'd rather not say": asked for every item, as before.
    a.birth.given = Some(false);
    a.items[0].date = date("14", "6", "2008");
    assert_eq!(a.under_18_worked_out(0), None);
    assert_eq!(next(Page::Date(0), &a), Page::Under18(0));
    // An item before the date of birth is refused on its date's page.
    a.birth.given = Some(true);
    a.items[0].date = date("14", "6", "1989");
    let p = page_problems(Page::Date(0), &a, today());
    assert_eq!(p[0].field, "date-day");
    assert_eq!(
        p[0].message,
        "The date of the caution must be after your date of birth (15 June 1990)"
    );
    // A youth conference at 18 or over, by the date of birth: said on the date's page.
    a.items[0].kind = Some(ni_record_check::rules::ni::DisposalKind::DiversionaryYouthConference);
    a.items[0].date = date("1", "1", "2015");
    let p = page_problems(Page::Date(0), &a, today());
    assert!(
        p[0].message
            .starts_with("A diversionary youth conference is only given to someone under 18"),
        "{p:?}"
    );
}

/// The date of birth page: optional, but answered; a date in the future is refused.
#[test]
fn the_date_of_birth_page() {
    let mut a = ni_answers();
    a.birth.given = None;
    assert_eq!(
        page_problems(Page::DateOfBirth, &a, today())[0].field,
        "birth-given"
    );
    a.birth.given = Some(true);
    assert_eq!(
        page_problems(Page::DateOfBirth, &a, today())[0].message,
        "Enter your date of birth"
    );
    a.birth.date = date("1", "1", "2030");
    assert_eq!(
        page_problems(Page::DateOfBirth, &a, today())[0].message,
        "Your date of birth must be today or in the past"
    );
    a.birth.date = date("1", "1", "1990");
    assert!(page_problems(Page::DateOfBirth, &a, today()).is_empty());
    assert_eq!(Page::from_path("/date-of-birth"), Some(Page::DateOfBirth));
    assert_eq!(Page::from_path("/quick/3"), Some(Page::QuickItem(2)));
    assert_eq!(Page::from_path("/quick"), Some(Page::QuickList));
}

/// The date of birth is never in the hand-off file: the case keeps each
/// item's "under 18", and a file opened again has no date of birth.
#[test]
fn the_date_of_birth_is_not_in_the_case() {
    let (_, a) = quick_walk(2, Some(date("15", "6", "1980")));
    let json = case_json(&a, today()).unwrap();
    assert!(!json.contains("1980"), "{json}");
    assert!(json.contains("\"under_18\":false"), "{json}");
    let case = parse_any_case_problems(&json).unwrap();
    let back = answers_from(&case).unwrap();
    assert_eq!(back.birth.given, Some(false));
    assert_eq!(back.birth.date, DateInput::default());
}

/// "Check your answers" in words: every item of every golden record has its
/// rows, each changed on its own page; the place is named only for England
/// and Wales; "under 18" from a date of birth is changed there.
#[test]
fn check_your_answers_rows() {
    use ni_record_check::ui::journey::dispatch::journey;
    use ni_record_check::ui::journey::summary::birth_row;
    let item_rows = |a: &Answers, i: usize| journey(a).answer_rows(a, i);
    for (name, a, today) in golden_answers() {
        // (A file that leaves out an answer is asked it again: "Not answered" until then.)
        let complete = first_unanswered(&a, today).is_none();
        for i in 0..a.items.len() {
            let rows = item_rows(&a, i);
            assert_eq!(rows[0].key, "What it was", "{name}");
            assert_eq!(rows[0].page, Page::Kind(i), "{name}");
            assert!(
                rows.iter()
                    .all(|r| !r.value.is_empty() && (r.value != "Not answered" || !complete)),
                "{name}: {rows:?}"
            );
            assert!(
                rows.iter()
                    .all(|r| r.page.item() == Some(i) || r.page == Page::SummaryOnly),
                "{name}: {rows:?}"
            );
        }
        let place = journey(&a).place_name();
        assert_eq!(place.is_some(), a.is_ew(), "{name}");
    }
    let (_, a) = quick_walk(1, Some(date("15", "6", "1980")));
    let rows = item_rows(&a, 0);
    let age = rows.iter().find(|r| r.key == "Under 18 then").unwrap();
    assert_eq!(
        (age.value.as_str(), age.page),
        ("No (from your date of birth)", Page::DateOfBirth)
    );
    assert_eq!(birth_row(&a).value, "15 June 1980");
    assert!(rows.iter().any(|r| r.value == "Fine"), "{rows:?}");
}
