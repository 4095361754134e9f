//! Barring appeals in Northern Ireland: the DBS bars, and an appeal goes to
//! the Care Tribunal (Safeguarding Vulnerable Groups (NI) Order 2007), no
//! later than three months after the DBS's final decision letter. Not in the
//! rules specification: from `shared/guidance/ni-take-action.md` (4f,
//! confirmed).

use chrono::{Datelike, NaiveDate};

use crate::rules::citation::Rule;
use crate::rules::dates::{add_days, add_months};

pub const APPEAL_TIME_LIMIT: Rule = Rule {
    id: "barring-appeal-care-tribunal-three-months",
    source: "gov.uk, DBS barring appeals (updated 16 May 2023): in Northern Ireland to the Care Tribunal, no later than three months after the date of the DBS' final decision letter",
};

/// The last day to appeal a barring decision: three months after the date
/// of the DBS's final decision letter. Where that day does not exist
/// (30 November + 3 months), the rules' months roll to the 1st, which would
/// be a day late for a deadline, so the month's last day is given instead.
pub fn appeal_by(letter: NaiveDate) -> Option<NaiveDate> {
    let on = add_months(letter, 3)?;
    if on.day() == letter.day() {
        Some(on)
    } else {
        add_days(on, -1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn appeal_by_is_three_months_and_never_a_day_late() {
        assert_eq!(appeal_by(d(2026, 6, 15)), Some(d(2026, 9, 15)));
        assert_eq!(appeal_by(d(2026, 11, 30)), Some(d(2027, 2, 28)));
        assert_eq!(appeal_by(d(2027, 11, 30)), Some(d(2028, 2, 29)));
        assert_eq!(appeal_by(d(2026, 5, 31)), Some(d(2026, 8, 31)));
        assert_eq!(appeal_by(d(2026, 3, 31)), Some(d(2026, 6, 30)));
    }
}
