//! The questionnaire's routes and conversions, without a browser.
// Test code may sort as it likes (clippy.toml limits the app's code).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

mod common;

use chrono::NaiveDate;
use ni_record_check::rules::ni::{Case, DisposalKind, SentenceType};
use ni_record_check::ui::journey::routes::question_pages;
use ni_record_check::ui::journey::*;
use ni_record_check::ui::ni::journey::{from_case, to_case};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
}

use common::typed_date as date;

/// Walks the journey from Start, answering each page with `answer`, and
/// returns the pages seen. Every page must be answered well before Continue.
fn walk(a: &mut Answers, mut answer: impl FnMut(Page, &mut Answers)) -> Vec<Page> {
    let mut page = Page::Start;
    let mut seen = vec![page];
    while page != Page::Results {
        if page == Page::Where && a.jurisdiction.is_none() {
            a.jurisdiction = Some(Place::Ni);
        }
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

/// A person with: a caution (under 18), a conviction with a fine and a
/// suspended prison term, and a conviction with a probation order.
fn answer_three(page: Page, a: &mut Answers) {
    use ni_record_check::ui::journey::Specified as Sp;
    use Page::*;
    type St = ni_record_check::rules::ni::SentenceType;
    match page {
        Kind(i) => {
            a.item_mut(i).unwrap().kind = Some(
                [
                    DisposalKind::Caution,
                    DisposalKind::Conviction,
                    DisposalKind::Conviction,
                ][i],
            )
        }
        Date(i) => {
            a.items[i].date = [
                date("1", "7", "2012"),
                date("1", "1", "2015"),
                DateInput {
                    month: "3".into(),
                    year: "2016".into(),
                    known: Known::Month,
                    ..DateInput::default()
                },
            ][i]
                .clone()
        }
        Under18(i) => a.items[i].under_18 = Some(i == 0),
        Offence(i) => a.items[i].offence_not_listed = true,
        SentenceType(i, j) => {
            let kind = match (i, j) {
                (1, 0) => St::Fine,
                (1, 1) => St::Imprisonment,
                _ => St::ProbationOrder,
            };
            a.sentence_mut(i, j).unwrap().kind = Some(kind);
        }
        SentenceLength(i, j) => {
            let s = &mut a.items[i].sentences[j];
            if s.kind == Some(St::ProbationOrder) {
                s.length_given_as = Some(LengthGivenAs::EndDate);
                s.ends = date("31", "12", "2017");
            } else {
                s.months = "3".into();
            }
        }
        Suspended(i, j) => a.items[i].sentences[j].suspended = Some(true),
        Sentences(i) => a.items[i].more_sentences = Some(i == 1 && a.items[i].sentences.len() < 2),
        Specified(i) => a.items[i].specified = Some([Sp::No, Sp::Yes, Sp::NotSure][i]),
        AddAnother => a.more_items = Some(a.items.len() < 3),
        SummaryOnly => {
            a.summary_only = vec![2];
            a.summary_only_answered = true;
        }
        CheckDate => a.check_date.today = Some(true),
        Certificate => {
            a.certificate.has_one = Some(true);
            a.certificate.issued = date("1", "11", "2026");
        }
        Where => a.jurisdiction = Some(Place::Ni),
        Start | CheckAnswers | Results => {}
        NotCovered | SentenceStart(..) | Schedule18(..) | Paid(..) | Endorsed(_)
        | ConditionsEnd(_) | DateOfBirth | QuickItem(_) | QuickList | ItemSummaryOnly(_) => {}
    }
}

#[test]
fn every_kind_of_page_in_one_journey() {
    use Page::*;
    let mut a = Answers::default();
    let seen = walk(&mut a, answer_three);
    assert_eq!(
        seen,
        vec![
            Start,
            Where,
            DateOfBirth,
            Kind(0),
            Date(0),
            Under18(0),
            Offence(0),
            Specified(0),
            AddAnother,
            Kind(1),
            Date(1),
            Under18(1),
            Offence(1),
            SentenceType(1, 0),
            Sentences(1),
            SentenceType(1, 1),
            SentenceLength(1, 1),
            Suspended(1, 1),
            Sentences(1),
            Specified(1),
            AddAnother,
            Kind(2),
            Date(2),
            Under18(2),
            Offence(2),
            SentenceType(2, 0),
            SentenceLength(2, 0),
            Sentences(2),
            Specified(2),
            AddAnother,
            SummaryOnly,
            CheckAnswers,
            CheckDate,
            Certificate,
            Results,
        ]
    );
    // No unanswered page is left, and the case is what was typed.
    assert_eq!(first_unanswered(&a, today()), None);
    let converted = to_case(&a, today()).unwrap();
    let case = converted.case;
    assert_eq!(
        converted.approximate,
        vec!["conviction-2016-03".to_string()]
    );
    assert_eq!(case.check_date, today());
    assert_eq!(
        case.certificate_issued,
        NaiveDate::from_ymd_opt(2026, 11, 1)
    );
    let json = serde_json::to_value(&case).unwrap();
    assert_eq!(
        json["disposals"],
        serde_json::json!([
            { "id": "caution-2012-07-01", "kind": "caution", "date": "2012-07-01", "under_18": true, "specified": false },
            { "id": "conviction-2015-01-01", "kind": "conviction", "date": "2015-01-01", "under_18": false, "specified": true,
              "summary_only": false, "sentences": [ { "type": "fine" }, { "type": "imprisonment", "months": 3, "suspended": true } ] },
            // Only the month was known: the latest day of it.
            { "id": "conviction-2016-03", "kind": "conviction", "date": "2016-03-31", "under_18": false, "specified": null,
              "summary_only": true, "sentences": [ { "type": "probation_order", "ends": "2017-12-31" } ] }
        ])
    );
}

#[test]
fn one_conviction_skips_the_summary_only_page() {
    let mut a = Answers::default();
    let seen = walk(&mut a, |page, a| match page {
        Page::Kind(i) => a.item_mut(i).unwrap().kind = Some(DisposalKind::Conviction),
        Page::Date(i) => {
            a.items[i].date = DateInput {
                year: "2009".into(),
                known: Known::Year,
                ..DateInput::default()
            }
        }
        Page::Under18(i) => a.items[i].under_18 = Some(false),
        Page::Offence(i) => a.items[i].offence_text = "Something not in the list".into(),
        Page::SentenceType(i, j) => {
            a.sentence_mut(i, j).unwrap().kind = Some(SentenceType::ConditionalDischarge)
        }
        Page::SentenceLength(i, j) => {
            a.items[i].sentences[j].length_given_as = Some(LengthGivenAs::UntilFurtherOrder)
        }
        Page::Sentences(i) => a.items[i].more_sentences = Some(false),
        Page::Specified(i) => a.items[i].specified = Some(Specified::No),
        Page::AddAnother => a.more_items = Some(false),
        Page::CheckDate => {
            a.check_date.today = Some(false);
            a.check_date.other = date("1", "6", "2027");
        }
        Page::Certificate => a.certificate.has_one = Some(false),
        _ => {}
    });
    assert!(!seen.contains(&Page::SummaryOnly));
    assert_eq!(
        seen[seen.len() - 4..],
        [
            Page::CheckAnswers,
            Page::CheckDate,
            Page::Certificate,
            Page::Results
        ]
    );
    let c = to_case(&a, today()).unwrap();
    assert_eq!(c.case.disposals[0].date.to_string(), "2009-12-31");
    assert_eq!(c.case.check_date.to_string(), "2027-06-01");
    assert_eq!(c.approximate, vec!["conviction-2009".to_string()]);
    assert_eq!(
        serde_json::to_value(&c.case.disposals[0].sentences).unwrap(),
        serde_json::json!([{ "type": "conditional_discharge" }])
    );
}

#[test]
fn every_page_has_a_path_that_reads_back() {
    let mut a = Answers::default();
    walk(&mut a, answer_three);
    let mut pages = question_pages(&a);
    pages.extend([
        Page::Start,
        Page::Where,
        Page::NotCovered,
        Page::AddAnother,
        Page::CheckAnswers,
        Page::Results,
    ]);
    for p in pages {
        assert_eq!(Page::from_path(&p.path()), Some(p), "{}", p.path());
        assert_eq!(Page::from_path(&format!("#{}", p.path())), Some(p));
    }
    for bad in [
        "/item/0/kind",
        "/item/x/date",
        "/nowhere",
        "/item/1/sentence/1/colour",
        "/item/99999/kind",
    ] {
        assert_eq!(Page::from_path(bad), None, "{bad}");
    }
}

#[test]
fn a_change_goes_to_what_is_missing_then_back_to_check_answers() {
    let mut a = Answers::default();
    walk(&mut a, answer_three);
    // A date change needs nothing more.
    a.items[0].date = date("2", "7", "2012");
    assert_eq!(
        after_answering(Page::Date(0), &a, true, today()),
        Page::CheckAnswers
    );
    // A caution becomes a conviction: its sentence is asked next.
    a.items[0].kind = Some(DisposalKind::Conviction);
    assert_eq!(
        after_answering(Page::Kind(0), &a, true, today()),
        Page::SentenceType(0, 0)
    );
    a.sentence_mut(0, 0).unwrap().kind = Some(SentenceType::AbsoluteDischarge);
    assert_eq!(
        after_answering(Page::SentenceType(0, 0), &a, true, today()),
        Page::Sentences(0)
    );
    a.items[0].more_sentences = Some(false);
    // Three convictions now: the summary-only page is still answered.
    assert_eq!(
        after_answering(Page::Sentences(0), &a, true, today()),
        Page::CheckAnswers
    );
    // Outside change mode the ordinary route is taken.
    assert_eq!(
        after_answering(Page::Date(0), &a, false, today()),
        Page::Under18(0)
    );
}

#[test]
fn removing_items_and_sentences_keeps_the_rest() {
    let mut a = Answers::default();
    walk(&mut a, answer_three);
    a.remove_sentence(1, 0);
    assert_eq!(a.items[1].sentences.len(), 1);
    a.remove_item(0);
    assert_eq!(a.items.len(), 2);
    // The summary-only tick followed its item (was 2, now 1).
    assert_eq!(a.summary_only, vec![1]);
    a.remove_item(7);
    assert_eq!(a.items.len(), 2);
    assert!(to_case(&a, today()).is_ok());
}

#[test]
fn unanswered_pages_are_found() {
    let mut a = Answers::default();
    assert_eq!(first_unanswered(&a, today()), Some(Page::Kind(0)));
    assert_eq!(to_case(&a, today()), Err(Page::Kind(0)));
    a.item_mut(0).unwrap().kind = Some(DisposalKind::Caution);
    assert_eq!(first_unanswered(&a, today()), Some(Page::Date(0)));
    a.items[0].date = date("31", "2", "2015");
    assert_eq!(
        page_problems(Page::Date(0), &a, today())[0].message,
        "The date of the caution must be a real date"
    );
    assert_eq!(
        page_problems(Page::Date(0), &a, today())[0].field,
        "date-day"
    );
    assert_eq!(to_case(&a, today()), Err(Page::Date(0)));
}

#[test]
fn a_youth_conference_is_only_for_under_18s() {
    let mut a = Answers::default();
    a.item_mut(0).unwrap().kind = Some(DisposalKind::DiversionaryYouthConference);
    a.items[0].date = date("1", "3", "2015");
    a.items[0].under_18 = Some(false);
    let p = page_problems(Page::Under18(0), &a, today());
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].field, "under-18");
    assert!(p[0]
        .message
        .starts_with("A diversionary youth conference is only given to someone under 18"));
    assert_eq!(first_unanswered(&a, today()), Some(Page::Under18(0)));
    a.items[0].under_18 = Some(true);
    assert!(page_problems(Page::Under18(0), &a, today()).is_empty());
    // A caution given at 18 or over is fine.
    a.items[0].kind = Some(DisposalKind::Caution);
    a.items[0].under_18 = Some(false);
    assert!(page_problems(Page::Under18(0), &a, today()).is_empty());
}

#[test]
fn check_date_must_not_be_before_the_latest_item() {
    let mut a = Answers::default();
    walk(&mut a, answer_three);
    a.check_date.today = Some(false);
    a.check_date.other = date("1", "1", "2016");
    let p = page_problems(Page::CheckDate, &a, today());
    assert_eq!(p[0].message, "The date the certificate would be issued must be on or after your latest caution or conviction (31 March 2016)");
    a.check_date.other = date("15", "7", "2016");
    assert!(page_problems(Page::CheckDate, &a, today()).is_empty());
}

/// Every golden case survives the trip into answers and back to a case:
/// what an imported hand-off file shows is what was saved.
#[test]
fn golden_cases_round_trip_through_answers() {
    for file in [common::SHORT_GUIDE, common::BOUNDARIES] {
        for entry in common::cases(file) {
            let case: Case =
                ni_record_check::rules::ni::parse::parse_case_problems(&entry["case"].to_string())
                    .unwrap();
            let answers = from_case(&case);
            let back = to_case(&answers, today().max(case.check_date))
                .unwrap_or_else(|p| panic!("{}: {p:?}", entry["name"]));
            // Ids are rebuilt from kind and date; everything else is the same.
            let strip = |c: &Case| {
                let mut c = c.clone();
                for d in &mut c.disposals {
                    d.id.clear();
                    d.summary_only = d
                        .summary_only
                        .filter(|&s| s)
                        .or(d.is_conviction().then_some(false));
                    // An unsuspended prison term may be written with or without `"suspended": false`.
                    for s in d.sentences.iter_mut().flatten() {
                        if s.kind == ni_record_check::rules::ni::SentenceType::Imprisonment {
                            s.suspended = Some(s.suspended.unwrap_or(false));
                        }
                    }
                }
                c
            };
            assert_eq!(strip(&back.case), strip(&case), "{}", entry["name"]);
        }
    }
}

#[test]
fn leaving_check_answers_with_an_unfinished_item_goes_to_its_missing_answer() {
    let mut a = Answers::default();
    walk(&mut a, answer_three);
    assert_eq!(
        after_answering(Page::CheckAnswers, &a, false, today()),
        Page::CheckDate
    );
    a.items[1].sentences[1].suspended = None;
    assert_eq!(
        after_answering(Page::CheckAnswers, &a, false, today()),
        Page::Suspended(1, 1)
    );
    a.items.clear();
    assert_eq!(
        after_answering(Page::CheckAnswers, &a, false, today()),
        Page::Kind(0)
    );
}

/// Drink driving in 2012 (a fine) and possession of cannabis in 2015 (a
/// fine): the offence table answers both legal questions, so neither the
/// "specified" nor the summary-only page is asked.
fn answer_two_offences(page: Page, a: &mut Answers) {
    use Page::*;
    let offence = ["drink-drive-excess", "possession-class-b"];
    match page {
        Kind(i) => a.item_mut(i).unwrap().kind = Some(DisposalKind::Conviction),
        Date(i) => a.items[i].date = [date("3", "5", "2012"), date("3", "9", "2015")][i].clone(),
        Under18(i) => a.items[i].under_18 = Some(false),
        Offence(i) => a.items[i].offence = Some(offence[i].into()),
        SentenceType(i, j) => {
            a.sentence_mut(i, j).unwrap().kind =
                Some(ni_record_check::rules::ni::SentenceType::Fine)
        }
        Sentences(i) => a.items[i].more_sentences = Some(false),
        AddAnother => a.more_items = Some(a.items.len() < 2),
        CheckDate => a.check_date.today = Some(true),
        Certificate => a.certificate.has_one = Some(false),
        _ => {}
    }
}

#[test]
fn a_chosen_offence_answers_both_legal_questions() {
    use Page::*;
    let mut a = Answers::default();
    let seen = walk(&mut a, answer_two_offences);
    assert!(!seen.iter().any(|p| matches!(p, Specified(_))), "{seen:?}");
    assert!(!seen.contains(&SummaryOnly), "{seen:?}");
    assert_eq!(
        seen[..9],
        [
            Start,
            Where,
            DateOfBirth,
            Kind(0),
            Date(0),
            Under18(0),
            Offence(0),
            SentenceType(0, 0),
            Sentences(0)
        ]
    );
    assert_eq!(first_unanswered(&a, today()), None);
    let case = to_case(&a, today()).unwrap().case;
    let json = serde_json::to_value(&case.disposals).unwrap();
    assert_eq!(json[0]["offence"], "drink-drive-excess");
    assert_eq!(json[0]["specified"], false);
    assert_eq!(json[1]["offence"], "possession-class-b");
    assert_eq!(json[1]["specified"], true);
    assert_eq!(json[1]["summary_only"], false);
    // The engine reads it: the cannabis conviction is never filtered.
    let assessment = ni_record_check::rules::assess(&case).unwrap();
    use ni_record_check::rules::ni::Outcome;
    for d in &assessment.disposals {
        assert_ne!(d.enhanced, Outcome::DependsOnSpecified, "{}", d.id);
        assert_ne!(d.standard, Outcome::DependsOnSpecified, "{}", d.id);
    }
    assert_eq!(assessment.disposals[1].enhanced, Outcome::Disclosed);
    assert_eq!(assessment.disposals[1].standard, Outcome::Disclosed);
    // Items are named by their offence.
    assert_eq!(
        item_label(&a.items[1], today()),
        "Possession of a controlled drug (Class B), 3 September 2015"
    );
    // And the case comes back as the same answers.
    let back = from_case(&case);
    assert_eq!(back.items[1].offence.as_deref(), Some("possession-class-b"));
    assert!(!back.items[1].offence_not_listed);
    assert_eq!(
        to_case(&back, today()).unwrap().case.disposals,
        case.disposals
    );
}

#[test]
fn the_table_cannot_tell_so_the_person_is_asked() {
    let mut a = Answers::default();
    walk(&mut a, answer_two_offences);
    // Common assault: not specified, but summary-only depends on the charge.
    a.items[0].offence = Some("common-assault".into());
    assert!(a.asks_summary_only());
    assert_eq!(a.summary_only_asked(), vec![0]);
    // It was not asked before, so it is now.
    assert_eq!(first_unanswered(&a, today()), Some(Page::SummaryOnly));
    a.summary_only_answered = true;
    a.summary_only = vec![0, 1];
    // The table's "no" for cannabis wins over a stale tick; the person's
    // tick answers for common assault.
    let case = to_case(&a, today()).unwrap().case;
    assert_eq!(case.disposals[0].summary_only, Some(true));
    assert_eq!(case.disposals[1].summary_only, Some(false));
    // "I can't find it": the specified question comes back.
    a.items[1].offence = None;
    a.items[1].offence_not_listed = true;
    assert_eq!(first_unanswered(&a, today()), Some(Page::Specified(1)));
    assert_eq!(next(Page::Sentences(1), &a), Page::Specified(1));
    a.items[1].specified = Some(Specified::NotSure);
    let case = to_case(&a, today()).unwrap().case;
    assert_eq!(case.disposals[1].specified, None, "not sure stays not sure");
    assert_eq!(case.disposals[1].offence, None);
}

#[test]
fn the_offence_page_needs_an_answer() {
    let mut a = Answers::default();
    a.item_mut(0).unwrap().kind = Some(DisposalKind::Caution);
    a.items[0].date = date("1", "3", "2015");
    a.items[0].under_18 = Some(false);
    assert_eq!(first_unanswered(&a, today()), Some(Page::Offence(0)));
    let p = page_problems(Page::Offence(0), &a, today());
    assert_eq!(p[0].field, "offence");
    // A name typed that is not in the table goes on to the question.
    a.items[0].offence_text = "Poaching".into();
    assert!(page_problems(Page::Offence(0), &a, today()).is_empty());
    assert_eq!(next(Page::Offence(0), &a), Page::Specified(0));
    assert_eq!(previous(Page::Specified(0), &a), Page::Offence(0));
    // A caution for theft: the table answers, so on to the list of items.
    a.items[0].offence = Some("theft".into());
    assert_eq!(next(Page::Offence(0), &a), Page::AddAnother);
    assert_eq!(previous(Page::AddAnother, &a), Page::Offence(0));
    assert_eq!(Page::from_path("/item/1/offence"), Some(Page::Offence(0)));
}

#[test]
fn answers_saved_before_the_offence_question_still_read() {
    let old = r#"{"items":[{"kind":"caution","date":{"day":"1","month":"3","year":"2015","known":"day"},"under_18":false,"specified":"no"}]}"#;
    let a: Answers = serde_json::from_str(old).unwrap();
    assert_eq!(a.items[0].offence, None);
    assert!(!a.items[0].offence_not_listed);
    assert_eq!(first_unanswered(&a, today()), Some(Page::Offence(0)));
}
