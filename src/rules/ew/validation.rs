//! Checks an E&W case (rules §8) before the engine reads it: every problem
//! at once, each naming the disposal and field. Never a guess.

use super::case::{Case, Disposal, Sentence};
use super::model::{Class, Kind, SentenceType};
use crate::rules::reasons::capitalised;
use crate::rules::validation::{
    check_case_dates, check_conviction_fields, check_id_and_date, in_range, Problem, Refusal,
    MAX_DAYS, MAX_MONTHS, YEAR_MESSAGE,
};

/// Every refusal of E&W's own checks (with `validation::REFUSALS`, all
/// that `validate` can give).
pub const REFUSALS: &[Refusal] = &[
    ("disposals[].under_18", "A reprimand or final warning was only given to someone under 18. Check the date, and whether you were under 18 on it."),
    ("disposals[].conditions_end", "Only a conditional caution has conditions, not {}."),
    ("disposals[].conditions_end", YEAR_MESSAGE),
    ("disposals[].conditions_end", "The conditions cannot end before the caution was given."),
    ("disposals[].endorsed", "Only a fixed penalty notice is asked about here, not {}. For a court endorsement, add an endorsement sentence."),
    ("disposals[].sentences[].months", "This cannot be less than 0."),
    ("disposals[].sentences[].days", "This cannot be less than 0."),
    ("disposals[].sentences[].credited_days", "This cannot be less than 0."),
    ("disposals[].sentences[].months", "The length must be 100 years or less."),
    ("disposals[].sentences[].days", "The length must be 100 years or less."),
    ("disposals[].sentences[].credited_days", "The length must be 100 years or less."),
    ("disposals[].sentences[].start", YEAR_MESSAGE),
    ("disposals[].sentences[].ends", YEAR_MESSAGE),
    ("disposals[].sentences[].paid_on", YEAR_MESSAGE),
    ("disposals[].sentences[].start", "Only a custodial sentence can start before the date of conviction (for time on remand)."),
    ("disposals[].sentences[].ends", "The end date is before the date of the conviction."),
    ("disposals[].sentences[].paid_on", "The payment date is before the date of the conviction."),
    ("disposals[].sentences[].months", "Enter the length of {}."),
    ("disposals[].sentences[].ends", "Give the length of the sentence, not an end date."),
    ("disposals[].sentences[]", "Give either a length or an end date for the order, not both."),
    ("disposals[].sentences[].no_length_given", "An order with no end date cannot also have a length or an end date."),
    ("disposals[].sentences[]", "{} has no length or end date here. Remove them."),
    ("disposals[].sentences[].no_length_given", "Only an order can have no end date, not {}."),
    ("disposals[].sentences[].credited_days", "Only a custodial sentence has days credited for remand or tagged bail, not {}."),
    ("disposals[].sentences[].paid_on", "Only a compensation order is paid, not {}."),
    ("disposals[].sentences[].suspended", "Only a sentence of imprisonment can be suspended, not {}."),
    ("disposals[].sentences[].months", "A suspended sentence is at most 24 months."),
    ("disposals[].sentences[].months", "A detention and training order is at most 24 months."),
    ("disposals[].sentences[].type", "A detention and training order is only for people under 18."),
    ("disposals[].sentences[].schedule_18_over_4_years", "This is asked only for a custodial sentence, not {}."),
    ("disposals[].sentences[].schedule_18_over_4_years", "For a term of more than 4 years, say whether any single term of more than 4 years was for a Schedule 18 offence: true, false, or null if you are not sure."),
    ("disposals[].sentences[].schedule_18_over_4_years", "A single term of more than 4 years cannot be part of a total of 4 years or less."),
];

/// Every problem with an E&W case; empty when the engine can assess it.
pub fn validate(case: &Case) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut push = |disposal: Option<(usize, &Disposal)>, field: String, message: String| {
        problems.push(Problem {
            disposal: disposal.map(|(i, _)| i),
            id: disposal.map(|(_, d)| d.id.clone()),
            field,
            message,
        })
    };
    check_case_dates(case.check_date, case.certificate_issued, &mut |f, m| {
        push(None, f, m)
    });
    let ids: Vec<&str> = case.disposals.iter().map(|d| d.id.as_str()).collect();
    let earlier = crate::util::order::occurrences(&ids);
    for (i, d) in case.disposals.iter().enumerate() {
        let at = Some((i, d));
        let field = |name: &str| format!("disposals[{i}].{name}");
        let noun = d.kind.noun();
        check_id_and_date(
            (i, d.id.as_str(), d.date, noun),
            case.check_date,
            earlier.get(i).is_some_and(|&n| n > 0),
            &mut |f, m| push(at, f, m),
        );
        if disposal_is_for_under_18s(d.kind) && !d.under_18 {
            push(
                at,
                field("under_18"),
                "A reprimand or final warning was only given to someone under 18. Check the date, and whether you were under 18 on it.".into(),
            );
        }
        if let Some(end) = d.conditions_end {
            if d.kind != Kind::ConditionalCaution {
                push(
                    at,
                    field("conditions_end"),
                    format!(
                        "Only a conditional caution has conditions, not {}.",
                        d.kind.a()
                    ),
                );
            } else if !in_range(end) {
                push(at, field("conditions_end"), YEAR_MESSAGE.into());
            } else if end < d.date {
                push(
                    at,
                    field("conditions_end"),
                    "The conditions cannot end before the caution was given.".into(),
                );
            }
        }
        if d.endorsed.is_some() && d.kind != Kind::FixedPenaltyNotice {
            push(
                at,
                field("endorsed"),
                format!(
                    "Only a fixed penalty notice is asked about here, not {}. For a court endorsement, add an endorsement sentence.",
                    d.kind.a()
                ),
            );
        }
        check_conviction_fields(
            i,
            (
                d.is_conviction(),
                d.sentences.as_ref().map(Vec::len),
                d.summary_only,
            ),
            &d.kind.a(),
            &mut |f, m| push(at, f, m),
        );
        if d.is_conviction() {
            for (j, s) in d.sentences().iter().enumerate() {
                for (name, message) in sentence_problems(d, s) {
                    push(at, field(&format!("sentences[{j}]{name}")), message);
                }
            }
        }
    }
    problems
}

/// The longest a suspended sentence (or a detention and training order)
/// can be, in months (rules §1).
pub const SUSPENDED_MAX_MONTHS: i64 = 24;

/// A custodial term over this many months asks whether a single term of
/// more than 4 years was for a Schedule 18 offence (rules §2.1).
pub const SCHEDULE_18_MONTHS: i64 = 48;

/// A disposal given only to someone under 18: a reprimand or final warning.
pub fn disposal_is_for_under_18s(kind: Kind) -> bool {
    kind == Kind::ReprimandOrWarning
}

/// A sentence given only to someone under 18: a detention and training
/// order.
pub fn sentence_is_for_under_18s(kind: SentenceType) -> bool {
    kind == SentenceType::DetentionTrainingOrder
}

/// A term of `months` and `days` from `from` is over `limit` months: its end
/// is after `from` plus `limit` months. Far outside any record, it is.
/// The one measure of a term's length for the engine and the questions.
pub fn term_is_over(from: chrono::NaiveDate, months: i64, days: i64, limit: i64) -> bool {
    use crate::rules::dates::{add_months, after_period};
    match (after_period(from, months, days), add_months(from, limit)) {
        (Some(end), Some(mark)) => end > mark,
        _ => true,
    }
}

/// The term as entered is over N months (as the engine reads it).
fn term_over(d: &Disposal, s: &Sentence, months: i64) -> bool {
    let from = s.start.unwrap_or(d.date);
    term_is_over(from, s.months.unwrap_or(0), s.days.unwrap_or(0), months)
}

/// Problems with one sentence: (field suffix, message).
fn sentence_problems(d: &Disposal, s: &Sentence) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let name = s.kind.noun();
    let class = s.kind.class();
    let custodial = class == Class::Custodial;
    let mut lengths_ok = true;
    for (field, value, max) in [
        (".months", s.months, MAX_MONTHS),
        (".days", s.days, MAX_DAYS),
        (".credited_days", s.credited_days, MAX_DAYS),
    ] {
        match value {
            Some(v) if v < 0 => {
                lengths_ok = false;
                out.push((field, "This cannot be less than 0.".to_string()))
            }
            Some(v) if v > max => {
                lengths_ok = false;
                out.push((field, "The length must be 100 years or less.".to_string()))
            }
            _ => {}
        }
    }
    let mut dates_ok = true;
    for (field, value) in [
        (".start", s.start),
        (".ends", s.ends),
        (".paid_on", s.paid_on),
    ] {
        if let Some(day) = value {
            if !in_range(day) {
                dates_ok = false;
                out.push((field, YEAR_MESSAGE.to_string()));
            }
        }
    }
    if let (true, Some(start)) = (dates_ok, s.start) {
        if start < d.date && !custodial {
            out.push((
                ".start",
                "Only a custodial sentence can start before the date of conviction (for time on remand).".to_string(),
            ));
        }
    }
    if let (true, Some(ends)) = (dates_ok, s.ends) {
        if ends < d.date {
            out.push((
                ".ends",
                "The end date is before the date of the conviction.".to_string(),
            ));
        }
    }
    if let (true, Some(paid)) = (dates_ok, s.paid_on) {
        if paid < d.date {
            out.push((
                ".paid_on",
                "The payment date is before the date of the conviction.".to_string(),
            ));
        }
    }
    let takes_term = custodial || class == Class::ServiceDetention;
    match class {
        Class::Custodial | Class::ServiceDetention => {
            if !s.has_length() {
                out.push((".months", format!("Enter the length of {name}.")));
            }
            if s.ends.is_some() && class == Class::ServiceDetention {
                out.push((
                    ".ends",
                    "Give the length of the sentence, not an end date.".to_string(),
                ));
            }
        }
        Class::Community | Class::Relevant | Class::Behaviour => {
            if s.has_length() && s.ends.is_some() {
                out.push((
                    "",
                    "Give either a length or an end date for the order, not both.".to_string(),
                ));
            }
            if s.no_length_given() && (s.has_length() || s.ends.is_some()) {
                out.push((
                    ".no_length_given",
                    "An order with no end date cannot also have a length or an end date."
                        .to_string(),
                ));
            }
        }
        Class::Excluded | Class::NoLength | Class::Compensation => {
            if s.has_length() || s.ends.is_some() {
                out.push((
                    "",
                    format!(
                        "{} has no length or end date here. Remove them.",
                        capitalised(&name)
                    ),
                ));
            }
        }
    }
    if s.no_length_given.is_some() && !s.kind.is_order() {
        out.push((
            ".no_length_given",
            format!("Only an order can have no end date, not {name}."),
        ));
    }
    if s.credited_days.is_some() && !custodial {
        out.push((
            ".credited_days",
            format!("Only a custodial sentence has days credited for remand or tagged bail, not {name}."),
        ));
    }
    if s.paid_on.is_some() && s.kind != SentenceType::CompensationOrder {
        out.push((
            ".paid_on",
            format!("Only a compensation order is paid, not {name}."),
        ));
    }
    if s.suspended.is_some() && s.kind != SentenceType::Imprisonment {
        out.push((
            ".suspended",
            format!("Only a sentence of imprisonment can be suspended, not {name}."),
        ));
    }
    if lengths_ok && takes_term && s.has_length() {
        if s.suspended == Some(true) && term_over(d, s, SUSPENDED_MAX_MONTHS) {
            out.push((
                ".months",
                "A suspended sentence is at most 24 months.".to_string(),
            ));
        }
        if s.kind == SentenceType::DetentionTrainingOrder && term_over(d, s, SUSPENDED_MAX_MONTHS) {
            out.push((
                ".months",
                "A detention and training order is at most 24 months.".to_string(),
            ));
        }
    }
    if sentence_is_for_under_18s(s.kind) && !d.under_18 {
        out.push((
            ".type",
            "A detention and training order is only for people under 18.".to_string(),
        ));
    }
    match (custodial, s.schedule_18_over_4_years) {
        (false, Some(_)) => out.push((
            ".schedule_18_over_4_years",
            format!("This is asked only for a custodial sentence, not {name}."),
        )),
        (true, answer) if lengths_ok && s.has_length() => {
            let over_4_years = term_over(d, s, SCHEDULE_18_MONTHS);
            match answer {
                None if over_4_years => out.push((
                    ".schedule_18_over_4_years",
                    "For a term of more than 4 years, say whether any single term of more than 4 years was for a Schedule 18 offence: true, false, or null if you are not sure.".to_string(),
                )),
                Some(Some(true)) if !over_4_years => out.push((
                    ".schedule_18_over_4_years",
                    "A single term of more than 4 years cannot be part of a total of 4 years or less.".to_string(),
                )),
                _ => {}
            }
        }
        _ => {}
    }
    out
}
