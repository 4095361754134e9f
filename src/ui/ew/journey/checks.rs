//! What is wrong with the answer on an England and Wales page.

use chrono::NaiveDate;

use crate::rules::ew::validation::{
    disposal_is_for_under_18s, sentence_is_for_under_18s, term_is_over, SUSPENDED_MAX_MONTHS,
};
use crate::rules::ew::{Class, SentenceType};
use crate::ui::journey::answers::{Answers, DateInput, LengthGivenAs};
use crate::ui::journey::checks::{birth_problem, date_field, item_date, read_length, FieldError};
use crate::ui::journey::date_input::{read_date, read_past_date};
use crate::ui::journey::pages::Page;

use super::{asks, noun, sentence, start_of, Asks};

fn err(field: &str, message: impl Into<String>) -> Vec<FieldError> {
    vec![FieldError {
        field: field.into(),
        message: message.into(),
    }]
}

fn date_err(input: &DateInput, prefix: &str, what: &str) -> Vec<FieldError> {
    match read_date(input, what) {
        Ok(_) => Vec::new(),
        Err(p) => err(&date_field(prefix, p.part), p.message),
    }
}

/// The problems on an E&W page; `None` where NI's checks serve as they are.
pub fn page_problems(page: Page, a: &Answers, today: NaiveDate) -> Option<Vec<FieldError>> {
    let it = page.item().and_then(|i| a.items.get(i));
    let s = match page {
        Page::SentenceType(i, j)
        | Page::SentenceLength(i, j)
        | Page::SentenceStart(i, j)
        | Page::Suspended(i, j)
        | Page::Paid(i, j)
        | Page::Schedule18(i, j) => sentence(a, i, j),
        _ => None,
    };
    Some(match page {
        Page::Kind(_) => match it.and_then(|it| it.ew_kind) {
            Some(_) => Vec::new(),
            None => err("kind", "Select what it was"),
        },
        Page::Date(i) => {
            let what = format!("the date of the {}", noun(it));
            match read_past_date(&a.items[i].date, &what, today) {
                Ok(_) => match birth_problem(a, i, &what) {
                    Some(e) => e,
                    // Worked out from the date of birth, so not asked: say it here.
                    None if a.under_18_worked_out(i) == Some(false)
                        && a.items[i].ew_kind.is_some_and(disposal_is_for_under_18s) =>
                    {
                        err(
                            "date-day",
                            "A reprimand or final warning was only given to someone under 18, and your date of birth says you were 18 or over on this date. Check the date, or go back and change what it was",
                        )
                    }
                    None => Vec::new(),
                },
                Err(p) => err(&date_field("date", p.part), p.message),
            }
        }
        Page::Under18(i) => match a.under_18(i) {
            Some(false) if it.and_then(|it| it.ew_kind).is_some_and(disposal_is_for_under_18s) => err(
                "under-18",
                "A reprimand or final warning was only given to someone under 18. Select yes, or go back and change what it was",
            ),
            Some(_) => Vec::new(),
            None => err("under-18", "Select yes if you were under 18 on that date"),
        },
        Page::SentenceType(i, _) => match s.and_then(|s| s.ew_kind) {
            Some(k) if sentence_is_for_under_18s(k) && a.under_18(i) == Some(false) => err(
                "sentence-type",
                "A detention and training order is only for under-18s. Select another sentence",
            ),
            Some(_) => Vec::new(),
            None => err("sentence-type", "Select the sentence"),
        },
        Page::SentenceLength(i, j) => {
            let Some(s) = s else {
                return Some(err("sentence-type", "Select the sentence"));
            };
            let length = || match read_length(&s.months, &s.days) {
                Err(e) => vec![e],
                Ok(_) if training_order_over_limit(a, i, j, today) => err(
                    "length-months",
                    format!("A detention and training order is at most {SUSPENDED_MAX_MONTHS} months. Enter a length of {SUSPENDED_MAX_MONTHS} months or less"),
                ),
                Ok(_) => Vec::new(),
            };
            match s.ew_kind.map(asks) {
                Some(Asks::Term | Asks::TermAndSuspended) => length(),
                Some(Asks::Order) => match s.length_given_as {
                    None => err("length-given-as", "Select how long the order lasted"),
                    Some(LengthGivenAs::Length) => length(),
                    Some(LengthGivenAs::EndDate) => {
                        let e = date_err(&s.ends, "ends", "the last day of the order");
                        match (e.is_empty(), read_date(&s.ends, "").ok(), item_date(a, i, today)) {
                            (true, Some(end), Some(from)) if end < from => err(
                                "ends-day",
                                "The last day of the order must be on or after the date of the conviction",
                            ),
                            _ => e,
                        }
                    }
                    Some(_) => Vec::new(),
                },
                _ => Vec::new(),
            }
        }
        Page::SentenceStart(i, _) => match s.and_then(|s| s.other_start) {
            None => err("start-other", "Select when it started"),
            Some(false) => Vec::new(),
            Some(true) => {
                let s = s.map(|s| &s.start);
                let e = s.map_or_else(Vec::new, |d| date_err(d, "start", "the start date"));
                let custodial = sentence(a, i, page_j(page)).and_then(|s| s.ew_kind).map(SentenceType::class)
                    == Some(Class::Custodial);
                match (e.is_empty(), s.and_then(|d| read_date(d, "").ok()), item_date(a, i, today)) {
                    (true, Some(start), Some(conv)) if start < conv && !custodial => err(
                        "start-day",
                        "The start date must be on or after the date of the conviction",
                    ),
                    // Its length is measured from this day (rules §1).
                    (true, ..) if training_order_over_limit(a, i, page_j(page), today) => err(
                        "start-day",
                        format!("A detention and training order is at most {SUSPENDED_MAX_MONTHS} months, and from this day its length would be more. Check the day, or go back and change its length"),
                    ),
                    _ => e,
                }
            }
        },
        Page::Schedule18(..) => match s.and_then(|s| s.schedule_18) {
            Some(_) => Vec::new(),
            None => err("schedule-18", "Select yes, no or not sure"),
        },
        Page::Paid(i, _) => match s.and_then(|s| s.paid) {
            None => err("paid", "Select yes if it has been paid in full"),
            Some(false) => Vec::new(),
            Some(true) => {
                let d = s.map(|s| &s.paid_on);
                let e = d.map_or_else(Vec::new, |d| date_err(d, "paid-on", "the date it was paid in full"));
                match (e.is_empty(), d.and_then(|d| read_date(d, "").ok()), item_date(a, i, today)) {
                    (true, Some(paid), Some(conv)) if paid < conv => err(
                        "paid-on-day",
                        "The date it was paid must be on or after the date of the conviction",
                    ),
                    _ => e,
                }
            }
        },
        Page::ConditionsEnd(i) => match it.and_then(|it| it.conditions_known) {
            None => err("conditions-known", "Select yes if you know when the conditions ended"),
            Some(false) => Vec::new(),
            Some(true) => {
                let d = &a.items[i].conditions_end;
                let e = date_err(d, "conditions-end", "the date the conditions ended");
                match (e.is_empty(), read_date(d, "").ok(), item_date(a, i, today)) {
                    (true, Some(end), Some(given)) if end < given => err(
                        "conditions-end-day",
                        "The date the conditions ended must be on or after the date of the caution",
                    ),
                    _ => e,
                }
            }
        },
        // The engine's limit (rules §1, E&W validation), said on the page
        // that asks it rather than only on the results page.
        Page::Suspended(i, j) => match s.and_then(|s| s.suspended) {
            None => err("suspended", "Select yes if the sentence was suspended"),
            Some(true) if term_over_limit(a, i, j, today) => err(
                "suspended",
                format!("A suspended sentence is at most {SUSPENDED_MAX_MONTHS} months. Select no, or go back and change its length"),
            ),
            Some(_) => Vec::new(),
        },
        Page::Endorsed(_) => match it.and_then(|it| it.endorsed) {
            Some(_) => Vec::new(),
            None => err("endorsed", "Select yes if it was endorsed on your driving licence"),
        },
        _ => return None,
    })
}

/// The term of sentence `j` of item `i` is over the engine's limit for a
/// suspended sentence or a detention and training order, measured by the
/// engine's own measure from the day it began (the conviction's, unless
/// another was given).
fn term_over_limit(a: &Answers, i: usize, j: usize, today: NaiveDate) -> bool {
    let Some(s) = sentence(a, i, j) else {
        return false;
    };
    let (Some(from), Ok((months, days))) =
        (start_of(a, i, s, today), read_length(&s.months, &s.days))
    else {
        return false;
    };
    term_is_over(
        from,
        months.unwrap_or(0),
        days.unwrap_or(0),
        SUSPENDED_MAX_MONTHS,
    )
}

/// A detention and training order over the engine's limit.
fn training_order_over_limit(a: &Answers, i: usize, j: usize, today: NaiveDate) -> bool {
    let kind = sentence(a, i, j).and_then(|s| s.ew_kind);
    kind == Some(SentenceType::DetentionTrainingOrder) && term_over_limit(a, i, j, today)
}

fn page_j(page: Page) -> usize {
    match page {
        Page::SentenceType(_, j)
        | Page::SentenceLength(_, j)
        | Page::SentenceStart(_, j)
        | Page::Suspended(_, j)
        | Page::Paid(_, j)
        | Page::Schedule18(_, j) => j,
        _ => 0,
    }
}
