//! What validation shares between the jurisdictions: a problem, named by
//! disposal and field, and the limits every case is held to. Each
//! jurisdiction's checks are in its own folder's `validation`.

use std::fmt;

use chrono::{Datelike, NaiveDate};

/// One thing wrong with a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Index of the disposal, if the problem is in one.
    pub disposal: Option<usize>,
    /// The disposal's id, if it has one.
    pub id: Option<String>,
    /// Where in the case, e.g. `disposals[0].sentences[1].months`; empty for
    /// the whole case.
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let id = self.id.as_deref().filter(|id| !id.is_empty());
        match (self.field.is_empty(), id) {
            (false, Some(id)) => write!(f, "{} ({id}): {}", self.field, self.message),
            (false, None) => write!(f, "{}: {}", self.field, self.message),
            // The whole case, e.g. text that is not JSON.
            (true, Some(id)) => write!(f, "({id}): {}", self.message),
            (true, None) => f.write_str(&self.message),
        }
    }
}

/// Years the engine accepts: far from chrono's limits, wide enough for any record.
pub const EARLIEST_YEAR: i32 = 1900;
pub const LATEST_YEAR: i32 = 2199;
/// Longest length accepted: 100 years.
pub const MAX_MONTHS: i64 = 1200;
pub const MAX_DAYS: i64 = 36_600;

pub(crate) fn in_range(d: NaiveDate) -> bool {
    (EARLIEST_YEAR..=LATEST_YEAR).contains(&d.year())
}

pub const YEAR_MESSAGE: &str = "The year must be between 1900 and 2199";

/// One refusal validation can give: the field it names, its indexes left
/// out (`disposals[].sentences[].months`), and its message, with `{}` where
/// the case fills in words. Each validation module lists every refusal of
/// its own (`REFUSALS`); `tests/page_checks/` shows each is asked on the
/// question page that takes the answer, or says why no answer leads to it,
/// and fails for a message in the code that is not listed.
pub type Refusal = (&'static str, &'static str);

/// The refusals of the checks here, which every jurisdiction's case gets.
pub const REFUSALS: &[Refusal] = &[
    ("check_date", YEAR_MESSAGE),
    ("certificate_issued", YEAR_MESSAGE),
    ("disposals[].id", "Every item needs a name (id)."),
    (
        "disposals[].id",
        "Two items have the same id \"{}\". Each needs its own.",
    ),
    ("disposals[].date", YEAR_MESSAGE),
    (
        "disposals[].date",
        "The date of the {} is after the date you are checking for.",
    ),
    (
        "disposals[].sentences",
        "A conviction needs at least one sentence.",
    ),
    (
        "disposals[].sentences",
        "{} has no sentence. Only a conviction in court has sentences.",
    ),
    (
        "disposals[].summary_only",
        "Only a conviction can be for a summary-only offence, not {}.",
    ),
];

/// The checks every case gets, whatever its jurisdiction: its check date and
/// certificate date in range. `report(field, message)` records a problem.
pub(crate) fn check_case_dates(
    check_date: NaiveDate,
    certificate_issued: Option<NaiveDate>,
    report: &mut dyn FnMut(String, String),
) {
    if !in_range(check_date) {
        report("check_date".into(), YEAR_MESSAGE.into());
    }
    if certificate_issued.is_some_and(|issued| !in_range(issued)) {
        report("certificate_issued".into(), YEAR_MESSAGE.into());
    }
}

/// The checks every disposal gets, whatever its jurisdiction: an id of its
/// own, and a date in range and not after the check date. `noun` names the
/// kind ("caution"); `repeated` says an earlier item has the same id.
pub(crate) fn check_id_and_date(
    (i, id, date, noun): (usize, &str, NaiveDate, &str),
    check_date: NaiveDate,
    repeated: bool,
    report: &mut dyn FnMut(String, String),
) {
    let field = |name: &str| format!("disposals[{i}].{name}");
    if id.trim().is_empty() {
        report(field("id"), "Every item needs a name (id).".into());
    } else if repeated {
        report(
            field("id"),
            format!("Two items have the same id \"{id}\". Each needs its own."),
        );
    }
    if !in_range(date) {
        report(field("date"), YEAR_MESSAGE.into());
    } else if date > check_date {
        report(
            field("date"),
            format!("The date of the {noun} is after the date you are checking for."),
        );
    }
}

/// A disposal's sentences and `summary_only`, whatever its jurisdiction: a
/// conviction needs a sentence; nothing else has one, or is summary-only.
/// `sentences` is how many were given (`None`: the field is absent); `a_kind`
/// names the kind ("a caution").
pub(crate) fn check_conviction_fields(
    i: usize,
    (is_conviction, sentences, summary_only): (bool, Option<usize>, Option<bool>),
    a_kind: &str,
    report: &mut dyn FnMut(String, String),
) {
    let field = |name: &str| format!("disposals[{i}].{name}");
    if is_conviction {
        if sentences.unwrap_or(0) == 0 {
            report(
                field("sentences"),
                "A conviction needs at least one sentence.".into(),
            );
        }
        return;
    }
    if sentences.is_some() {
        report(
            field("sentences"),
            format!(
                "{} has no sentence. Only a conviction in court has sentences.",
                crate::rules::reasons::capitalised(a_kind)
            ),
        );
    }
    if summary_only == Some(true) {
        report(
            field("summary_only"),
            format!("Only a conviction can be for a summary-only offence, not {a_kind}."),
        );
    }
}
