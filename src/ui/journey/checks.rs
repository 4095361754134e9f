//! What is wrong with the answer on one page, in GOV.UK-style words, each
//! tied to the id of the field it is about. Checked on Continue only.

use chrono::NaiveDate;

use crate::rules::ni::DisposalKind;
use crate::rules::validation::{MAX_DAYS, MAX_MONTHS};

use super::answers::{Answers, DateInput};
use super::date_input::{read_date, read_past_date, Part};
use super::pages::Page;

/// One problem, next to the field with this id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

pub(crate) fn err(field: impl Into<String>, message: impl Into<String>) -> Vec<FieldError> {
    vec![FieldError {
        field: field.into(),
        message: message.into(),
    }]
}

/// The id of a date's box: `{prefix}-day`, `-month`, `-year`.
pub fn date_field(prefix: &str, part: Part) -> String {
    let suffix = match part {
        Part::Day => "day",
        Part::Month => "month",
        Part::Year => "year",
    };
    format!("{prefix}-{suffix}")
}

/// "the caution", "the conviction": how the questions name an item.
pub fn the(kind: Option<DisposalKind>) -> String {
    match kind {
        Some(k) => format!("the {}", k.noun()),
        None => "it".into(),
    }
}

/// The date of item `i`, if it is answered well.
pub fn item_date(a: &Answers, i: usize, today: NaiveDate) -> Option<NaiveDate> {
    let it = a.items.get(i)?;
    read_past_date(&it.date, &format!("the date of {}", the(it.kind)), today).ok()
}

/// The latest date of any item answered well.
pub fn latest_item_date(a: &Answers, today: NaiveDate) -> Option<NaiveDate> {
    (0..a.items.len())
        .filter_map(|i| item_date(a, i, today))
        .max()
}

/// Item `i`'s date before the date of birth given: the Date page's problem.
pub(crate) fn birth_problem(a: &Answers, i: usize, what: &str) -> Option<Vec<FieldError>> {
    if a.birth.given != Some(true) {
        return None;
    }
    let born = read_date(&a.birth.date, "your date of birth").ok()?;
    let it = a.items.get(i)?;
    let latest = read_date(&it.date, what).ok()?;
    (latest < born).then(|| {
        err(
            date_field("date", super::date_input::first_part(it.date.known)),
            format!(
                "{} must be after your date of birth ({})",
                crate::rules::reasons::capitalised(what),
                crate::rules::dates::long_date(born)
            ),
        )
    })
}

fn whole_number(s: &str, max: i64) -> Result<Option<i64>, ()> {
    let t = s.trim();
    if t.is_empty() {
        return Ok(None);
    }
    match t.parse::<i64>() {
        Ok(n) if (0..=max).contains(&n) => Ok(Some(n)),
        _ => Err(()),
    }
}

/// Months and days typed for a length, as numbers.
pub fn read_length(months: &str, days: &str) -> Result<(Option<i64>, Option<i64>), FieldError> {
    let m = whole_number(months, MAX_MONTHS).map_err(|_| FieldError {
        field: "length-months".into(),
        message: format!("Months must be a whole number from 0 to {MAX_MONTHS}, like 6"),
    })?;
    let d = whole_number(days, MAX_DAYS).map_err(|_| FieldError {
        field: "length-days".into(),
        message: format!("Days must be a whole number from 0 to {MAX_DAYS}, like 14"),
    })?;
    if m.is_none() && d.is_none() {
        return Err(FieldError {
            field: "length-months".into(),
            message: "Enter the length in months, days or both".into(),
        });
    }
    Ok((m, d))
}

pub(crate) fn date_problem(
    input: &DateInput,
    prefix: &str,
    what: &str,
    today: Option<NaiveDate>,
) -> Result<NaiveDate, Vec<FieldError>> {
    let read = match today {
        Some(t) => read_past_date(input, what, t),
        None => read_date(input, what),
    };
    read.map_err(|p| err(date_field(prefix, p.part), p.message))
}

/// The problems on the pages every jurisdiction shares (and on any page a
/// jurisdiction leaves to them); `routes::page_problems` asks the
/// jurisdiction's own checks first.
pub(crate) fn shared_problems(page: Page, a: &Answers, today: NaiveDate) -> Vec<FieldError> {
    let item = page.item().and_then(|i| a.items.get(i));
    if page.item().is_some() && item.is_none() && !matches!(page, Page::Kind(_)) {
        return err("main", "This item has not been started");
    }
    match page {
        Page::DateOfBirth => match a.birth.given {
            None => err(
                "birth-given",
                "Select whether you want to give your date of birth",
            ),
            Some(false) => Vec::new(),
            Some(true) => date_problem(&a.birth.date, "birth", "your date of birth", Some(today))
                .err()
                .unwrap_or_default(),
        },
        Page::Start
        | Page::Where
        | Page::NotCovered
        | Page::QuickItem(_)
        | Page::QuickList
        | Page::ItemSummaryOnly(_)
        | Page::CheckAnswers
        | Page::Results
        | Page::SummaryOnly
        | Page::SentenceStart(..)
        | Page::Schedule18(..)
        | Page::Paid(..)
        | Page::Endorsed(_)
        | Page::ConditionsEnd(_) => Vec::new(),
        // Checked by each jurisdiction (`Journey::page_problems`, chosen by `dispatch`).
        Page::Kind(_)
        | Page::Date(_)
        | Page::Under18(_)
        | Page::SentenceType(..)
        | Page::SentenceLength(..) => Vec::new(),
        Page::Offence(i) => {
            if a.items[i].offence_answered() {
                Vec::new()
            } else {
                err(
                    "offence",
                    "Enter the offence and choose it from the list, or select \"I can't find my offence\"",
                )
            }
        }
        Page::Suspended(i, j) => match a.items[i].sentences.get(j).and_then(|s| s.suspended) {
            Some(_) => Vec::new(),
            None => err("suspended", "Select yes if the sentence was suspended"),
        },
        Page::Sentences(i) => {
            let it = &a.items[i];
            if it.sentences.is_empty() {
                err("more-sentences", "Add at least one sentence")
            } else if it.more_sentences.is_none() {
                err(
                    "more-sentences",
                    "Select yes if the court gave another sentence for this conviction",
                )
            } else {
                Vec::new()
            }
        }
        // The offence table answered it: nothing to ask.
        Page::Specified(i) if !a.items[i].asks_specified() => Vec::new(),
        Page::Specified(i) => match a.items[i].specified {
            Some(_) => Vec::new(),
            None => err("specified", "Select yes, no or not sure"),
        },
        Page::AddAnother if a.items.is_empty() => {
            err("more-items", "Add at least one caution or conviction")
        }
        Page::AddAnother => match a.more_items {
            Some(_) => Vec::new(),
            None => err(
                "more-items",
                "Select yes if you have another caution or conviction to add",
            ),
        },
        Page::CheckDate => match a.check_date.today {
            None => err("check-today", "Select when the certificate would be issued"),
            Some(true) => after_latest(a, today, today),
            Some(false) => match date_problem(
                &a.check_date.other,
                "check-date",
                "the date the certificate would be issued",
                None,
            ) {
                Err(e) => e,
                Ok(date) => after_latest(a, date, today),
            },
        },
        Page::Certificate => match a.certificate.has_one {
            None => err(
                "has-certificate",
                "Select yes if you already have a certificate from AccessNI",
            ),
            Some(false) => Vec::new(),
            Some(true) => date_problem(
                &a.certificate.issued,
                "issued",
                "the date your certificate was issued",
                Some(today),
            )
            .err()
            .unwrap_or_default(),
        },
    }
}

fn after_latest(a: &Answers, date: NaiveDate, today: NaiveDate) -> Vec<FieldError> {
    match latest_item_date(a, today) {
        Some(latest) if latest > date => err(
            if a.check_date.today == Some(true) {
                "check-today"
            } else {
                "check-date-day"
            },
            format!(
                "The date the certificate would be issued must be on or after your latest caution or conviction ({})",
                crate::rules::dates::long_date(latest)
            ),
        ),
        _ => Vec::new(),
    }
}
