//! The England and Wales questionnaire, without a browser: answers → the
//! pages visited → the E&W case → the engine's outcome.
// Test code may sort as it likes (clippy.toml limits the app's code).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

mod common;

use chrono::NaiveDate;
use ni_record_check::rules::ew::{Caveat, Kind as K, Outcome, SentenceType as St};
use ni_record_check::rules::{assess, Basic, Review};
use ni_record_check::ui::ew::journey::{self as ew, CATALOGUE};
use ni_record_check::ui::journey::routes::question_pages;
use ni_record_check::ui::journey::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

use common::typed_date as date;

/// Walks from Start, answering each page, checking Back on the way.
fn walk(a: &mut Answers, mut answer: impl FnMut(Page, &mut Answers)) -> Vec<Page> {
    let mut page = Page::Start;
    let mut seen = vec![page];
    while page != Page::Results {
        // "I'd rather not say", unless the test answers it.
        if page == Page::DateOfBirth && a.birth.given.is_none() {
            a.birth.given = Some(false);
        }
        answer(page, a);
        let problems = page_problems(page, a, today());
        assert!(problems.is_empty(), "{page:?}: {problems:?}");
        let after = next(page, a);
        assert_eq!(previous(after, a), page, "Back from {after:?}");
        page = after;
        seen.push(page);
        assert!(seen.len() < 100, "journey does not end: {seen:?}");
    }
    seen
}

fn sentence(a: &mut Answers, i: usize, j: usize) -> &mut SentenceAnswers {
    a.sentence_mut(i, j).unwrap()
}

/// 2019: prison, 30 months from 1 June 2019, not suspended. 2022: a fine.
fn custody_then_fine(page: Page, a: &mut Answers) {
    use Page::*;
    match page {
        Where => a.jurisdiction = Some(Place::Ew),
        Kind(i) => a.item_mut(i).unwrap().ew_kind = Some(K::Conviction),
        Date(i) => a.items[i].date = [date("20", "5", "2019"), date("1", "3", "2022")][i].clone(),
        Under18(i) => a.items[i].under_18 = Some(false),
        SentenceType(0, 0) => sentence(a, 0, 0).ew_kind = Some(St::Imprisonment),
        SentenceLength(0, 0) => sentence(a, 0, 0).months = "30".into(),
        SentenceStart(0, 0) => {
            let s = sentence(a, 0, 0);
            s.other_start = Some(true);
            s.start = date("1", "6", "2019");
        }
        Suspended(0, 0) => sentence(a, 0, 0).suspended = Some(false),
        SentenceType(1, 0) => sentence(a, 1, 0).ew_kind = Some(St::Fine),
        Sentences(i) => a.items[i].more_sentences = Some(false),
        Specified(i) => a.items[i].specified = Some(ni_record_check::ui::journey::Specified::No),
        AddAnother => a.more_items = Some(a.items.len() < 2),
        CheckDate => {
            a.check_date.today = Some(false);
            a.check_date.other = date("8", "6", "2026");
        }
        _ => {}
    }
}

#[test]
fn custody_and_a_later_conviction() {
    use Page::*;
    let mut a = Answers::default();
    let seen = walk(&mut a, custody_then_fine);
    assert_eq!(
        seen,
        vec![
            Start,
            Where,
            DateOfBirth,
            Kind(0),
            Date(0),
            Under18(0),
            SentenceType(0, 0),
            SentenceLength(0, 0),
            SentenceStart(0, 0),
            Suspended(0, 0),
            Sentences(0),
            Specified(0),
            AddAnother,
            Kind(1),
            Date(1),
            Under18(1),
            SentenceType(1, 0),
            Sentences(1),
            Specified(1),
            AddAnother,
            CheckAnswers,
            CheckDate,
            Results,
        ],
        "no offence finder, no summary-only, no certificate, no Schedule 18 for 30 months"
    );
    assert_eq!(first_unanswered(&a, today()), None);
    let c = ew::to_case(&a, today()).unwrap();
    let json = serde_json::to_value(&c.case).unwrap();
    assert_eq!(
        json["disposals"][0]["sentences"],
        serde_json::json!([{ "type": "imprisonment", "start": "2019-06-01", "months": 30, "suspended": false }])
    );
    assert_eq!(json["disposals"][1]["id"], "conviction-2022-03-01");
    let out = assess(&c.case).unwrap();
    assert_eq!(out.jurisdiction, "ew");
    // 30 months from 1 June 2019 ends 1 December 2021; 4 years after: 1 December 2025.
    assert_eq!(out.disposals[0].spent_on, Some(day("2025-12-01")));
    // The fine (12 months) is drawn out to the prison sentence's date.
    assert_eq!(out.disposals[1].spent_on, Some(day("2025-12-01")));
    assert!(out.disposals[0].spent && out.disposals[1].spent);
    assert_eq!(out.disposals[0].basic, Basic::NotDisclosed);
    // A custodial sentence always shows on a standard or enhanced check.
    assert_eq!(out.disposals[0].standard, Outcome::Disclosed);
    // The fine is spent, but not yet 11 years old.
    assert_eq!(out.disposals[1].standard, Outcome::Disclosed);
    assert_eq!(out.disposals[1].filtered_on, Some(day("2033-03-01")));
    assert!(out.disposals.iter().all(|d| d.review == Review::NoScheme));
    // Back from Check your answers and round trip of the case.
    let back = ew::from_case(&c.case);
    assert!(back.is_ew());
    assert_eq!(ew::to_case(&back, today()).unwrap().case, c.case);
}

/// A youth caution in 2010, the only item.
fn youth_caution(page: Page, a: &mut Answers) {
    match page {
        Page::Where => a.jurisdiction = Some(Place::Ew),
        Page::Kind(0) => a.item_mut(0).unwrap().ew_kind = Some(K::Caution),
        Page::Date(0) => a.items[0].date = date("14", "2", "2010"),
        Page::Under18(0) => a.items[0].under_18 = Some(true),
        Page::Specified(0) => a.items[0].specified = Some(Specified::NotSure),
        Page::AddAnother => a.more_items = Some(false),
        Page::CheckDate => a.check_date.today = Some(true),
        _ => {}
    }
}

#[test]
fn an_old_youth_caution() {
    use Page::*;
    let mut a = Answers::default();
    let seen = walk(&mut a, youth_caution);
    assert_eq!(
        seen,
        vec![
            Start,
            Where,
            DateOfBirth,
            Kind(0),
            Date(0),
            Under18(0),
            Specified(0),
            AddAnother,
            CheckAnswers,
            CheckDate,
            Results
        ]
    );
    let c = ew::to_case(&a, today()).unwrap().case;
    assert_eq!(c.disposals[0].specified, None, "not sure stays not sure");
    assert_eq!(c.disposals[0].sentences, None);
    let out = assess(&c).unwrap();
    let d = &out.disposals[0];
    assert!(d.spent, "a caution is spent when given");
    assert_eq!(d.spent_on, Some(day("2010-02-14")));
    assert_eq!(d.basic, Basic::NotDisclosed);
    // Under the 2023 rules a spent youth caution is filtered, specified or not.
    assert_eq!(d.standard, Outcome::Filtered);
}

#[test]
fn extra_questions_only_where_they_matter() {
    use Page::*;
    let mut a = Answers {
        jurisdiction: Some(Place::Ew),
        ..Default::default()
    };
    let it = a.item_mut(0).unwrap();
    it.ew_kind = Some(K::Conviction);
    it.date = date("1", "1", "2015");
    it.under_18 = Some(false);
    // Over 4 years: the Schedule 18 question.
    let s = sentence(&mut a, 0, 0);
    s.ew_kind = Some(St::Imprisonment);
    s.months = "60".into();
    s.other_start = Some(false);
    s.suspended = Some(false);
    assert_eq!(next(Suspended(0, 0), &a), Schedule18(0, 0));
    assert_eq!(previous(Sentences(0), &a), Schedule18(0, 0));
    sentence(&mut a, 0, 0).months = "48".into();
    assert_eq!(
        next(Suspended(0, 0), &a),
        Sentences(0),
        "exactly 4 years is not over"
    );
    // Detention over 4 years too, but service detention never.
    let s = sentence(&mut a, 0, 0);
    s.ew_kind = Some(St::Detention);
    s.months = "49".into();
    assert_eq!(next(SentenceStart(0, 0), &a), Schedule18(0, 0));
    sentence(&mut a, 0, 0).ew_kind = Some(St::ServiceDetention);
    assert_eq!(next(SentenceStart(0, 0), &a), Sentences(0));
    // Compensation: paid?
    let s = sentence(&mut a, 0, 0);
    *s = SentenceAnswers {
        ew_kind: Some(St::CompensationOrder),
        ..Default::default()
    };
    assert_eq!(next(SentenceType(0, 0), &a), Paid(0, 0));
    assert!(!page_problems(Paid(0, 0), &a, today()).is_empty());
    sentence(&mut a, 0, 0).paid = Some(false);
    assert_eq!(next(Paid(0, 0), &a), Sentences(0));
    // An order: the start only for a length.
    let s = sentence(&mut a, 0, 0);
    *s = SentenceAnswers {
        ew_kind: Some(St::CommunityOrder),
        length_given_as: Some(LengthGivenAs::EndDate),
        ends: date("1", "1", "2016"),
        ..Default::default()
    };
    assert_eq!(next(SentenceLength(0, 0), &a), Sentences(0));
    sentence(&mut a, 0, 0).length_given_as = Some(LengthGivenAs::Length);
    sentence(&mut a, 0, 0).months = "12".into();
    assert_eq!(next(SentenceLength(0, 0), &a), SentenceStart(0, 0));
    // An order cannot start before the conviction; custody can (remand).
    let s = sentence(&mut a, 0, 0);
    s.other_start = Some(true);
    s.start = date("1", "12", "2014");
    assert_eq!(
        page_problems(SentenceStart(0, 0), &a, today())[0].field,
        "start-day"
    );
    // A fine: nothing more.
    *sentence(&mut a, 0, 0) = SentenceAnswers {
        ew_kind: Some(St::Fine),
        ..Default::default()
    };
    assert_eq!(next(SentenceType(0, 0), &a), Sentences(0));
    // A fixed penalty notice: endorsed? and no offence question.
    a.items[0].ew_kind = Some(K::FixedPenaltyNotice);
    a.items[0].sentences.clear();
    assert_eq!(next(Under18(0), &a), Endorsed(0));
    assert_eq!(next(Endorsed(0), &a), AddAnother);
    assert_eq!(previous(AddAnother, &a), Endorsed(0));
    // A reprimand or warning is only for under-18s.
    a.items[0].ew_kind = Some(K::ReprimandOrWarning);
    assert_eq!(page_problems(Under18(0), &a, today())[0].field, "under-18");
}

#[test]
fn every_answer_reaches_the_case() {
    let mut a = Answers {
        jurisdiction: Some(Place::Ew),
        ..Default::default()
    };
    let it = a.item_mut(0).unwrap();
    it.ew_kind = Some(K::Conviction);
    it.date = date("1", "1", "2015");
    it.under_18 = Some(false);
    it.specified = Some(Specified::No);
    it.more_sentences = Some(false);
    let sentences = [
        SentenceAnswers {
            ew_kind: Some(St::Imprisonment),
            months: "60".into(),
            other_start: Some(false),
            suspended: Some(false),
            schedule_18: Some(Specified::NotSure),
            ..Default::default()
        },
        SentenceAnswers {
            ew_kind: Some(St::CompensationOrder),
            paid: Some(true),
            paid_on: date("3", "4", "2016"),
            ..Default::default()
        },
        SentenceAnswers {
            ew_kind: Some(St::Disqualification),
            length_given_as: Some(LengthGivenAs::UntilFurtherOrder),
            ..Default::default()
        },
        SentenceAnswers {
            ew_kind: Some(St::RestrainingOrder),
            length_given_as: Some(LengthGivenAs::NoEndDate),
            ..Default::default()
        },
        SentenceAnswers {
            ew_kind: Some(St::ProbationOrder),
            length_given_as: Some(LengthGivenAs::Length),
            months: "12".into(),
            other_start: Some(true),
            start: date("5", "1", "2015"),
            ..Default::default()
        },
    ];
    a.items[0].sentences = sentences.to_vec();
    let fpn = a.item_mut(1).unwrap();
    fpn.ew_kind = Some(K::FixedPenaltyNotice);
    fpn.date = date("2", "2", "2020");
    fpn.under_18 = Some(false);
    fpn.endorsed = Some(true);
    a.more_items = Some(false);
    a.check_date.today = Some(true);
    assert!(question_pages(&a).contains(&Page::Schedule18(0, 0)));
    let case = ew::to_case(&a, today()).unwrap().case;
    let json = serde_json::to_value(&case).unwrap();
    assert_eq!(
        json["disposals"][0]["sentences"],
        serde_json::json!([
            { "type": "imprisonment", "months": 60, "suspended": false, "schedule_18_over_4_years": null },
            { "type": "compensation_order", "paid_on": "2016-04-03" },
            { "type": "disqualification" },
            { "type": "restraining_order", "no_length_given": true },
            { "type": "probation_order", "start": "2015-01-05", "months": 12 }
        ])
    );
    assert_eq!(json["disposals"][1]["endorsed"], true);
    let out = assess(&case).unwrap();
    // The ban until further order keeps it unspent, whatever the Schedule 18 answer.
    assert_eq!(out.disposals[0].spent_on, None);
    assert!(out.disposals[0].caveats.contains(&Caveat::IndefiniteOrder));
    assert_eq!(out.disposals[1].standard, Outcome::NotDisclosed);
    let back = ew::from_case(&case);
    assert_eq!(back.items[0].sentences, sentences.to_vec());
    assert_eq!(
        ew::to_case(&back, today()).unwrap().case.disposals,
        case.disposals
    );
    // Saved answers carry the jurisdiction; old ones without it are NI.
    let saved = serde_json::to_string(&a).unwrap();
    assert!(saved.contains("\"jurisdiction\":\"ew\""));
    let old: Answers = serde_json::from_str(r#"{"items":[{"kind":"caution"}]}"#).unwrap();
    assert!(!old.is_ew());
    assert_eq!(old.jurisdiction, None);
}

/// A conditional caution in 2024 whose conditions ended after 6 weeks.
fn conditional_caution(page: Page, a: &mut Answers) {
    match page {
        Page::Where => a.jurisdiction = Some(Place::Ew),
        Page::Kind(0) => a.item_mut(0).unwrap().ew_kind = Some(K::ConditionalCaution),
        Page::Date(0) => a.items[0].date = date("1", "3", "2024"),
        Page::Under18(0) => a.items[0].under_18 = Some(false),
        Page::ConditionsEnd(0) => {
            a.items[0].conditions_known = Some(true);
            a.items[0].conditions_end = date("15", "4", "2024");
        }
        Page::Specified(0) => a.items[0].specified = Some(Specified::No),
        Page::AddAnother => a.more_items = Some(false),
        Page::CheckDate => a.check_date.today = Some(true),
        _ => {}
    }
}

#[test]
fn a_conditional_caution_asks_when_its_conditions_ended() {
    use Page::*;
    let mut a = Answers::default();
    let seen = walk(&mut a, conditional_caution);
    assert_eq!(
        seen,
        vec![
            Start,
            Where,
            DateOfBirth,
            Kind(0),
            Date(0),
            Under18(0),
            ConditionsEnd(0),
            Specified(0),
            AddAnother,
            CheckAnswers,
            CheckDate,
            Results
        ]
    );
    let case = ew::to_case(&a, today()).unwrap().case;
    assert_eq!(case.disposals[0].conditions_end, Some(day("2024-04-15")));
    let out = assess(&case).unwrap();
    // Spent when the conditions ended, before the three months were up.
    assert!(out.disposals[0].spent_on.unwrap() <= day("2024-04-16"));
    assert_eq!(ew::from_case(&case).items[0].conditions_known, Some(true));
    // Not known: no date, the three months.
    a.items[0].conditions_known = Some(false);
    assert_eq!(
        ew::to_case(&a, today()).unwrap().case.disposals[0].conditions_end,
        None
    );
    // Before the caution: an error.
    a.items[0].conditions_known = Some(true);
    a.items[0].conditions_end = date("1", "2", "2024");
    assert_eq!(
        page_problems(ConditionsEnd(0), &a, today())[0].field,
        "conditions-end-day"
    );
}

#[test]
fn scotland_is_not_covered() {
    let mut a = Answers::default();
    assert_eq!(page_problems(Page::Where, &a, today())[0].field, "where");
    a.jurisdiction = Some(Place::Scotland);
    assert_eq!(next(Page::Where, &a), Page::NotCovered);
    assert_eq!(previous(Page::NotCovered, &a), Page::Where);
    a.jurisdiction = Some(Place::Ni);
    assert_eq!(next(Page::Where, &a), Page::DateOfBirth);
    assert_eq!(next(Page::DateOfBirth, &a), Page::Kind(0));
}

#[test]
fn the_catalogue_lists_every_sentence_once_and_paths_read_back() {
    let mut all: Vec<St> = CATALOGUE
        .iter()
        .flat_map(|(_, e)| e.iter().map(|e| e.0))
        .collect();
    assert_eq!(all.len(), St::ALL.len());
    all.sort();
    all.dedup();
    assert_eq!(all.len(), St::ALL.len());
    for p in [
        Page::SentenceStart(0, 1),
        Page::Schedule18(2, 0),
        Page::Paid(0, 0),
        Page::Endorsed(3),
    ] {
        assert_eq!(Page::from_path(&p.path()), Some(p), "{}", p.path());
    }
}

/// Each jurisdiction's own pages exist only in its answers, its items are
/// named in its words, and a case file becomes its answers (the journey's
/// one dispatch: `ui::journey::dispatch`).
#[test]
fn each_jurisdiction_decides_its_own_pages_and_words() {
    use ni_record_check::ui::journey::dispatch::{answers_from, journey};
    let mut ew_answers = Answers::default();
    walk(&mut ew_answers, custody_then_fine);
    let mut ni_answers = ew_answers.clone();
    ni_answers.jurisdiction = Some(Place::Ni);
    let (ew_j, ni_j) = (journey(&ew_answers), journey(&ni_answers));
    let t = today();
    for page in [Page::SentenceStart(0, 0), Page::Endorsed(0)] {
        assert_eq!(
            ew_j.page_exists(page, &ew_answers, t),
            Some(true),
            "{page:?}"
        );
        assert_eq!(
            ni_j.page_exists(page, &ni_answers, t),
            Some(false),
            "{page:?}"
        );
    }
    assert_eq!(
        ew_j.page_exists(Page::Certificate, &ew_answers, t),
        Some(false)
    );
    assert_eq!(ni_j.page_exists(Page::Certificate, &ni_answers, t), None);
    assert_eq!(ew_j.page_exists(Page::Results, &ew_answers, t), Some(true));
    assert_eq!(ew_j.the_item(ew_answers.items.first()), "the conviction");
    // A case file: its answers, or none when it has no items.
    let case = ew::to_case(&ew_answers, t).unwrap().case;
    let back = answers_from(&ni_record_check::rules::AnyCase::Ew(case.clone())).unwrap();
    assert_eq!(back.jurisdiction, Some(Place::Ew));
    let mut empty = case;
    empty.disposals.clear();
    assert!(answers_from(&ni_record_check::rules::AnyCase::Ew(empty)).is_none());
}

/// The engine refuses a suspended sentence over 24 months (E&W
/// validation); the Suspended page says so where the answer is given,
/// next to the field, and not only the results page.
#[test]
fn a_suspended_sentence_over_24_months_is_refused_on_its_page() {
    let mut a = Answers::default();
    walk(&mut a, custody_then_fine);
    let s = sentence(&mut a, 0, 0);
    s.months = "36".into();
    s.suspended = Some(true);
    let problems = page_problems(Page::Suspended(0, 0), &a, today());
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].field, "suspended");
    assert!(problems[0]
        .message
        .starts_with("A suspended sentence is at most 24 months"));
    // The journey sends the person back to that page rather than on.
    assert_eq!(ew::to_case(&a, today()).err(), Some(Page::Suspended(0, 0)));
    // 24 months from its start, exactly, is allowed by both.
    sentence(&mut a, 0, 0).months = "24".into();
    assert!(page_problems(Page::Suspended(0, 0), &a, today()).is_empty());
    let mut case = ew::to_case(&a, today()).unwrap().case;
    assert!(assess(&case).is_ok());
    // And the engine refuses the same sentence at 36 months, as the page does.
    let sentences = case.disposals[0].sentences.as_mut().unwrap();
    sentences[0].months = Some(36);
    let refused = assess(&case).expect_err("over 24 months");
    assert!(
        refused
            .iter()
            .any(|p| p.to_string().contains("at most 24 months")),
        "{refused:?}"
    );
}
