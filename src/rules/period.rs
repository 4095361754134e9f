//! Where a rehabilitation period ends, in both jurisdictions.

use chrono::NaiveDate;

/// When a period ends: spent on a day, or open (while an order "until further
/// order" lasts, or while compensation is unpaid). Ordered: every day is
/// before "open".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum End {
    On(NaiveDate),
    Open,
}

impl End {
    /// The period is still running on `date`: a conviction dated then falls
    /// inside it.
    pub fn covers(self, date: NaiveDate) -> bool {
        match self {
            End::On(day) => date < day,
            End::Open => true,
        }
    }
    pub fn spent_on(self) -> Option<NaiveDate> {
        match self {
            End::On(day) => Some(day),
            End::Open => None,
        }
    }
    /// `None` from date arithmetic far outside any record: never early.
    pub fn or_open(day: Option<NaiveDate>) -> End {
        day.map_or(End::Open, End::On)
    }
}
