//! "Check your answers" without a browser: each answer as a row of plain
//! words with the page that changes it. The shared words are here; each
//! jurisdiction lists its item's rows and words its sentences
//! (`Journey::answer_rows`, `Journey::describe_sentence`, through `dispatch`).

use super::answers::{Answers, DateInput, Known, SentenceAnswers, Specified};
use super::date_input::read_date;
use super::pages::Page;

/// One row: the question, the answer in words, and the page to change it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerRow {
    pub key: String,
    pub value: String,
    pub page: Page,
}

impl AnswerRow {
    pub fn new(key: impl Into<String>, value: impl Into<String>, page: Page) -> Self {
        AnswerRow {
            key: key.into(),
            value: value.into(),
            page,
        }
    }
}

/// "3 months and 2 days": a length as typed.
pub fn describe_length(s: &SentenceAnswers) -> String {
    let mut parts = Vec::new();
    for (n, one, many) in [(&s.months, "month", "months"), (&s.days, "day", "days")] {
        let t = n.trim();
        if !t.is_empty() && t != "0" {
            parts.push(format!("{t} {}", if t == "1" { one } else { many }));
        }
    }
    if parts.is_empty() {
        "0 months".to_string()
    } else {
        parts.join(" and ")
    }
}

/// A typed date in words, saying when only part of it is known.
pub fn describe_date(d: &DateInput) -> String {
    match read_date(d, "the date") {
        Ok(date) => match d.known {
            Known::Day => crate::rules::dates::long_date(date),
            Known::Month => format!(
                "{} (exact day not known)",
                crate::rules::dates::month_year(date)
            ),
            Known::Year => format!("{} (exact date not known)", chrono::Datelike::year(&date)),
        },
        Err(_) => "Not answered".into(),
    }
}

pub fn yes_no(v: Option<bool>) -> String {
    match v {
        Some(true) => "Yes",
        Some(false) => "No",
        None => "Not answered",
    }
    .into()
}

pub fn specified_words(s: Option<Specified>) -> &'static str {
    match s {
        Some(Specified::Yes) => "Yes",
        Some(Specified::No) => "No",
        Some(Specified::NotSure) => "Not sure",
        None => "Not answered",
    }
}

/// "Under 18 then": worked out from the date of birth (changed there), or as answered.
pub fn under_18_row(a: &Answers, i: usize) -> AnswerRow {
    match a.under_18_worked_out(i) {
        Some(v) => AnswerRow::new(
            "Under 18 then",
            format!("{} (from your date of birth)", yes_no(Some(v))),
            Page::DateOfBirth,
        ),
        None => AnswerRow::new(
            "Under 18 then",
            yes_no(a.items.get(i).and_then(|it| it.under_18)),
            Page::Under18(i),
        ),
    }
}

/// The "Date of birth" row.
pub fn birth_row(a: &Answers) -> AnswerRow {
    let given = match a.birth.given {
        Some(true) => describe_date(&a.birth.date),
        _ => "Not given".into(),
    };
    AnswerRow::new("Date of birth", given, Page::DateOfBirth)
}
