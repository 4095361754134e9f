//! What validation shares between the jurisdictions: a problem, named by
//! disposal and field, and the limits every case is held to. Each
//! jurisdiction's checks are in `ni::validation` and `ew::validation`.

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

pub(crate) const YEAR_MESSAGE: &str = "The year must be between 1900 and 2199";
