//! The other half of "every check on the page": answers that every question
//! page accepts make a case the engine's validation accepts, in both
//! jurisdictions and on both routes (guided and quick entry, with a date of
//! birth or without), over generated answers typed as a person might:
//! partly known dates, this month and year, lengths near the engine's limits.
// Test code may sort as it likes (clippy.toml limits the app's code).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use std::cell::Cell;

use chrono::NaiveDate;
use ni_record_check::rules::ew::{Kind as EwKind, SentenceType as EwSentenceType};
use ni_record_check::rules::ni::offences::OFFENCES;
use ni_record_check::rules::ni::{DisposalKind, SentenceType};
use ni_record_check::rules::{ew, ni};
use ni_record_check::ui::journey::*;
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::TestRunner;

#[path = "common/props.rs"]
mod props;

/// Days the check is made on: ordinary days, month ends, a leap day.
const TODAYS: [(i32, u32, u32); 6] = [
    (2026, 11, 21),
    (2026, 3, 15),
    (2026, 12, 31),
    (2027, 1, 31),
    (2024, 2, 29),
    (2025, 6, 30),
];

fn date_input(years: impl Strategy<Value = i32>) -> impl Strategy<Value = DateInput> {
    (1u32..=31, 1u32..=12, years, 0u8..8).prop_map(|(day, month, year, known)| DateInput {
        day: day.to_string(),
        month: month.to_string(),
        year: year.to_string(),
        known: match known {
            0 => Known::Year,
            1 | 2 => Known::Month,
            _ => Known::Day,
        },
    })
}

/// A date near the check: often this year, sometimes further back, rarely
/// outside the engine's years.
fn recent_date(today: NaiveDate) -> impl Strategy<Value = DateInput> {
    use chrono::Datelike;
    let y = today.year();
    date_input(prop_oneof![
        4 => Just(y),
        2 => y - 1..=y,
        4 => 1990..=y,
        1 => y - 60..=y + 3,
        1 => select(vec![1899, 1900, 2199, 2200]),
    ])
}

fn months() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => select(vec!["", "0", "6", "12", "23", "24", "25", "30", "47", "48", "49", "60"]).prop_map(String::from),
        2 => (0i64..130).prop_map(|n| n.to_string()),
        1 => select(vec!["-1", "1200", "1201", "x"]).prop_map(String::from),
    ]
}

fn days() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => Just(String::new()),
        3 => select(vec!["0", "1", "14", "29", "30", "31", "365", "730", "731", "1460", "1461", "1462"]).prop_map(String::from),
        1 => (0i64..2000).prop_map(|n| n.to_string()),
        1 => select(vec!["-1", "36600", "36601"]).prop_map(String::from),
    ]
}

fn specified() -> impl Strategy<Value = Option<Specified>> {
    select(vec![
        Some(Specified::Yes),
        Some(Specified::No),
        Some(Specified::NotSure),
        None,
    ])
}

fn length_given_as() -> impl Strategy<Value = Option<LengthGivenAs>> {
    prop_oneof![
        8 => select(LengthGivenAs::ALL.to_vec()).prop_map(Some),
        1 => Just(None),
    ]
}

fn ew_sentence(today: NaiveDate) -> impl Strategy<Value = SentenceAnswers> {
    (
        select(EwSentenceType::ALL.to_vec()),
        length_given_as(),
        (months(), days()),
        recent_date(today),
        any::<bool>(),
        prop::option::weighted(0.9, any::<bool>()),
        recent_date(today),
        specified(),
        prop::option::weighted(0.9, any::<bool>()),
        recent_date(today),
    )
        .prop_map(
            |(kind, given, (months, days), ends, suspended, other, start, sch18, paid, paid_on)| {
                SentenceAnswers {
                    ew_kind: Some(kind),
                    length_given_as: given,
                    months,
                    days,
                    ends,
                    suspended: Some(suspended),
                    other_start: other,
                    start,
                    schedule_18: sch18,
                    paid,
                    paid_on,
                    ..Default::default()
                }
            },
        )
}

fn ew_item(today: NaiveDate) -> impl Strategy<Value = ItemAnswers> {
    (
        select(EwKind::ALL.to_vec()),
        recent_date(today),
        any::<bool>(),
        prop::collection::vec(ew_sentence(today), 1..4),
        specified(),
        any::<bool>(),
        prop::option::weighted(0.9, any::<bool>()),
        recent_date(today),
    )
        .prop_map(
            |(kind, date, under_18, sentences, specified, endorsed, known, end)| ItemAnswers {
                ew_kind: Some(kind),
                date,
                under_18: Some(under_18),
                more_sentences: Some(false),
                sentences: if kind == EwKind::Conviction {
                    sentences
                } else {
                    Vec::new()
                },
                specified,
                endorsed: Some(endorsed),
                conditions_known: known,
                conditions_end: end,
                ..Default::default()
            },
        )
}

fn ni_sentence(today: NaiveDate) -> impl Strategy<Value = SentenceAnswers> {
    (
        select(SentenceType::ALL.to_vec()),
        length_given_as(),
        (months(), days()),
        recent_date(today),
        any::<bool>(),
    )
        .prop_map(
            |(kind, given, (months, days), ends, suspended)| SentenceAnswers {
                kind: Some(kind),
                length_given_as: given,
                months,
                days,
                ends,
                suspended: Some(suspended),
                ..Default::default()
            },
        )
}

fn ni_item(today: NaiveDate) -> impl Strategy<Value = ItemAnswers> {
    (
        select(DisposalKind::ALL.to_vec()),
        recent_date(today),
        any::<bool>(),
        prop::collection::vec(ni_sentence(today), 1..4),
        specified(),
        // The offence: none typed, one from the table, or "I can't find it".
        (0u8..3, 0..OFFENCES.len()),
    )
        .prop_map(
            |(kind, date, under_18, sentences, specified, (how, k))| ItemAnswers {
                kind: Some(kind),
                date,
                under_18: Some(under_18),
                more_sentences: Some(false),
                sentences: if kind == DisposalKind::Conviction {
                    sentences
                } else {
                    Vec::new()
                },
                specified,
                offence: (how == 1).then(|| OFFENCES[k].id.to_string()),
                offence_text: if how == 1 {
                    OFFENCES[k].name.to_string()
                } else {
                    String::new()
                },
                offence_not_listed: how == 2,
                ..Default::default()
            },
        )
}

fn today() -> impl Strategy<Value = NaiveDate> {
    select(TODAYS.to_vec()).prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap())
}

/// The answers' check date: today, or another day near it.
fn check_date(today: NaiveDate) -> impl Strategy<Value = CheckDateAnswer> {
    (any::<bool>(), recent_date(today)).prop_map(|(is_today, other)| CheckDateAnswer {
        today: Some(is_today),
        other,
    })
}

fn ew_answers() -> impl Strategy<Value = (NaiveDate, Answers)> {
    today().prop_flat_map(|today| {
        (
            prop::collection::vec(ew_item(today), 1..4),
            check_date(today),
            birth(),
            any::<bool>(),
        )
            .prop_map(move |(items, check_date, birth, quick)| {
                (
                    today,
                    Answers {
                        jurisdiction: Some(Place::Ew),
                        items,
                        summary_only_answered: true,
                        check_date,
                        more_items: Some(false),
                        birth,
                        quick,
                        ..Default::default()
                    },
                )
            })
    })
}

/// The date of birth: given (which works out "under 18" where it can
/// tell), "I'd rather not say", or never asked (answers saved before it).
fn birth() -> impl Strategy<Value = BirthAnswer> {
    (
        select(vec![Some(true), Some(true), Some(false), None]),
        date_input(1940..=2015),
    )
        .prop_map(|(given, date)| BirthAnswer { given, date })
}

fn ni_answers() -> impl Strategy<Value = (NaiveDate, Answers)> {
    today().prop_flat_map(|today| {
        (
            prop::collection::vec(ni_item(today), 1..4),
            prop::collection::vec(any::<bool>(), 4),
            check_date(today),
            prop::option::weighted(0.9, any::<bool>()),
            recent_date(today),
            (birth(), any::<bool>()),
        )
            .prop_map(
                move |(items, ticks, check_date, has_one, issued, (birth, quick))| {
                    let summary_only = (0..items.len()).filter(|&i| ticks[i]).collect();
                    (
                        today,
                        Answers {
                            jurisdiction: Some(Place::Ni),
                            items,
                            summary_only,
                            summary_only_answered: true,
                            check_date,
                            certificate: CertificateAnswer { has_one, issued },
                            more_items: Some(false),
                            birth,
                            quick,
                        },
                    )
                },
            )
    })
}

/// Runs `accepted` over generated answers; returns how many every page
/// accepted (so the property is not true only of answers no page accepts).
fn run(
    strategy: impl Strategy<Value = (NaiveDate, Answers)>,
    cases: u32,
    accepted: impl Fn(&Answers, NaiveDate) -> Result<(), String>,
) -> u32 {
    let count = Cell::new(0);
    let mut runner = TestRunner::new(props::config(cases));
    let result = runner.run(&strategy, |(today, a)| {
        if first_unanswered(&a, today).is_some() {
            return Ok(());
        }
        count.set(count.get() + 1);
        accepted(&a, today).map_err(|e| TestCaseError::fail(format!("today {today}: {e}")))
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    count.get()
}

#[test]
fn ew_answers_every_page_accepts_make_a_case_the_engine_accepts() {
    let accepted = run(ew_answers(), 6_000, |a, today| {
        let case = ni_record_check::ui::ew::journey::to_case(a, today)
            .map_err(|p| format!("no case, {p:?} to answer"))?
            .case;
        let problems = ew::validation::validate(&case);
        if problems.is_empty() {
            Ok(())
        } else {
            Err(format!("{problems:?}\n{case:?}"))
        }
    });
    assert!(
        accepted >= 300,
        "only {accepted} generated answers accepted"
    );
}

#[test]
fn ni_answers_every_page_accepts_make_a_case_the_engine_accepts() {
    let accepted = run(ni_answers(), 6_000, |a, today| {
        let case = ni_record_check::ui::ni::journey::to_case(a, today)
            .map_err(|p| format!("no case, {p:?} to answer"))?
            .case;
        let problems = ni::validation::validate(&case);
        if problems.is_empty() {
            Ok(())
        } else {
            Err(format!("{problems:?}\n{case:?}"))
        }
    });
    assert!(
        accepted >= 300,
        "only {accepted} generated answers accepted"
    );
}

/// A custodial term near 4 years from a conviction date known only by its
/// month or year, this month or year: the engine measures the term from
/// the case's day (the latest the date can be, or today), and the Schedule
/// 18 question must be asked whenever that makes it over 4 years, and its
/// answer never given the engine for a term it reads as 4 years or less.
#[test]
fn schedule_18_near_4_years_from_a_partly_known_date() {
    let mut checked = 0;
    for (y, m, d) in TODAYS {
        let today = NaiveDate::from_ymd_opt(y, m, d).unwrap();
        for known in [Known::Month, Known::Year] {
            for months in 46..=49 {
                for days in 0..=62 {
                    for answer in [Specified::Yes, Specified::No, Specified::NotSure] {
                        let a = Answers {
                            jurisdiction: Some(Place::Ew),
                            items: vec![ItemAnswers {
                                ew_kind: Some(EwKind::Conviction),
                                date: DateInput {
                                    day: String::new(),
                                    month: m.to_string(),
                                    year: y.to_string(),
                                    known,
                                },
                                under_18: Some(false),
                                sentences: vec![SentenceAnswers {
                                    ew_kind: Some(EwSentenceType::Imprisonment),
                                    months: months.to_string(),
                                    days: days.to_string(),
                                    other_start: Some(false),
                                    suspended: Some(false),
                                    schedule_18: Some(answer),
                                    ..Default::default()
                                }],
                                more_sentences: Some(false),
                                specified: Some(Specified::No),
                                ..Default::default()
                            }],
                            check_date: CheckDateAnswer {
                                today: Some(true),
                                ..Default::default()
                            },
                            more_items: Some(false),
                            summary_only_answered: true,
                            ..Default::default()
                        };
                        assert_eq!(first_unanswered(&a, today), None, "{months} {days}");
                        let case = ni_record_check::ui::ew::journey::to_case(&a, today)
                            .unwrap()
                            .case;
                        let problems = ew::validation::validate(&case);
                        assert!(
                            problems.is_empty(),
                            "today {today}, {known:?}, {months} months {days} days: {problems:?}"
                        );
                        checked += 1;
                    }
                }
            }
        }
    }
    assert_eq!(checked, TODAYS.len() * 2 * 4 * 63 * 3);
}
