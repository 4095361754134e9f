//! Reading a typed date: GOV.UK-style messages, and for a partly known date
//! the **latest** day it could be (so nothing is ever said to be spent early).

use chrono::{Datelike, NaiveDate};

use super::answers::{DateInput, Known};
use crate::rules::reasons::capitalised;
use crate::rules::validation::{EARLIEST_YEAR, LATEST_YEAR, YEAR_MESSAGE};

/// Which of the three boxes an error points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Day,
    Month,
    Year,
}

/// A problem with a typed date, and the box to put the cursor in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateProblem {
    pub part: Part,
    pub message: String,
}

fn number(s: &str) -> Option<u32> {
    let t = s.trim();
    if t.is_empty() || t.len() > 4 || !t.chars().all(|c| c.is_ascii_digit()) {
        None
    } else {
        t.parse().ok()
    }
}

/// Month by number or name ("7", "07", "July", "jul").
fn month(s: &str) -> Option<u32> {
    if let Some(n) = number(s) {
        return (1..=12).contains(&n).then_some(n);
    }
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let t = s.trim().to_ascii_lowercase();
    if t.len() < 3 {
        return None;
    }
    NAMES
        .iter()
        .position(|n| n.starts_with(&t))
        .map(|i| i as u32 + 1)
}

fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    }?;
    next.pred_opt()
}

/// The date typed, as the latest day it could be. `what` names it in
/// messages: "the date of the caution".
pub fn read_date(input: &DateInput, what: &str) -> Result<NaiveDate, DateProblem> {
    let problem = |part, message: String| Err(DateProblem { part, message });
    let needs_day = input.known == Known::Day;
    let needs_month = input.known != Known::Year;
    let blank = |s: &str| s.trim().is_empty();
    let (day_blank, month_blank, year_blank) = (
        !needs_day || blank(&input.day),
        !needs_month || blank(&input.month),
        blank(&input.year),
    );
    if day_blank && month_blank && year_blank {
        return problem(first_part(input.known), format!("Enter {what}"));
    }
    let title = capitalised(what);
    if needs_day && blank(&input.day) {
        return problem(Part::Day, format!("{title} must include a day"));
    }
    if needs_month && blank(&input.month) {
        return problem(Part::Month, format!("{title} must include a month"));
    }
    if year_blank {
        return problem(Part::Year, format!("{title} must include a year"));
    }
    let Some(year) = number(&input.year).filter(|_| input.year.trim().len() == 4) else {
        return problem(
            Part::Year,
            "The year must include 4 numbers, like 2012".into(),
        );
    };
    let year = year as i32;
    // The engine's years, and its words for them.
    if !(EARLIEST_YEAR..=LATEST_YEAR).contains(&year) {
        return problem(Part::Year, YEAR_MESSAGE.into());
    }
    let real = |part| problem(part, format!("{title} must be a real date"));
    match input.known {
        Known::Year => NaiveDate::from_ymd_opt(year, 12, 31).map_or_else(|| real(Part::Year), Ok),
        Known::Month => match month(&input.month) {
            None => real(Part::Month),
            Some(m) => last_day_of_month(year, m).map_or_else(|| real(Part::Month), Ok),
        },
        Known::Day => {
            let Some(m) = month(&input.month) else {
                return real(Part::Month);
            };
            match number(&input.day).and_then(|d| NaiveDate::from_ymd_opt(year, m, d)) {
                Some(date) => Ok(date),
                None => real(Part::Day),
            }
        }
    }
}

/// As `read_date`, and not after `today`.
pub fn read_past_date(
    input: &DateInput,
    what: &str,
    today: NaiveDate,
) -> Result<NaiveDate, DateProblem> {
    let date = read_date(input, what)?;
    // A partly known date may be the current month or year: its latest day
    // can be after today, so only a date that is certainly future is refused.
    if earliest_day(input, date) > today {
        return Err(DateProblem {
            part: first_part(input.known),
            message: format!("{} must be today or in the past", capitalised(what)),
        });
    }
    Ok(date.min(today))
}

/// The earliest day a partly known date could be, given its latest (`read_date`).
pub fn earliest_day(input: &DateInput, latest: NaiveDate) -> NaiveDate {
    match input.known {
        Known::Day => latest,
        Known::Month => latest.with_day(1).unwrap_or(latest),
        Known::Year => latest.with_ordinal(1).unwrap_or(latest),
    }
}

/// Every day `read_past_date` can read this input as, whatever today is
/// (the latest day, or today when that is earlier): one for a known day,
/// up to a month's or a year's for a partly known date. Empty when it is
/// not a date.
pub fn possible_days(input: &DateInput) -> impl Iterator<Item = NaiveDate> {
    let span = read_date(input, "")
        .ok()
        .map(|latest| (earliest_day(input, latest), latest));
    span.into_iter()
        .flat_map(|(first, last)| first.iter_days().take_while(move |&d| d <= last))
}

pub(crate) fn first_part(known: Known) -> Part {
    match known {
        Known::Day => Part::Day,
        Known::Month => Part::Month,
        Known::Year => Part::Year,
    }
}

/// A date typed from a known date (for importing a saved case).
pub fn input_from(date: NaiveDate) -> DateInput {
    DateInput {
        day: date.day().to_string(),
        month: date.month().to_string(),
        year: date.year().to_string(),
        known: Known::Day,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(day: &str, month: &str, year: &str, known: Known) -> DateInput {
        DateInput {
            day: day.into(),
            month: month.into(),
            year: year.into(),
            known,
        }
    }
    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }
    const WHAT: &str = "the date of the caution";

    #[test]
    fn full_dates_and_month_names() {
        assert_eq!(
            read_date(&input("1", "7", "2012", Known::Day), WHAT),
            Ok(d(2012, 7, 1))
        );
        assert_eq!(
            read_date(&input(" 01 ", "July", "2012", Known::Day), WHAT),
            Ok(d(2012, 7, 1))
        );
        assert_eq!(
            read_date(&input("29", "feb", "2016", Known::Day), WHAT),
            Ok(d(2016, 2, 29))
        );
    }

    #[test]
    fn partly_known_dates_take_the_latest_day() {
        assert_eq!(
            read_date(&input("", "2", "2016", Known::Month), WHAT),
            Ok(d(2016, 2, 29))
        );
        assert_eq!(
            read_date(&input("31", "12", "2015", Known::Month), WHAT),
            Ok(d(2015, 12, 31))
        );
        assert_eq!(
            read_date(&input("9", "9", "2012", Known::Year), WHAT),
            Ok(d(2012, 12, 31))
        );
    }

    #[test]
    fn messages() {
        let msg = |i: DateInput| read_date(&i, WHAT).unwrap_err();
        assert_eq!(
            msg(input("", "", "", Known::Day)).message,
            "Enter the date of the caution"
        );
        assert_eq!(
            msg(input("", "7", "2012", Known::Day)),
            DateProblem {
                part: Part::Day,
                message: "The date of the caution must include a day".into()
            }
        );
        assert_eq!(msg(input("1", "", "2012", Known::Day)).part, Part::Month);
        assert_eq!(
            msg(input("1", "7", "", Known::Day)).message,
            "The date of the caution must include a year"
        );
        assert_eq!(
            msg(input("31", "2", "2015", Known::Day)).message,
            "The date of the caution must be a real date"
        );
        assert_eq!(msg(input("1", "13", "2015", Known::Day)).part, Part::Month);
        assert_eq!(msg(input("x", "1", "2015", Known::Day)).part, Part::Day);
        assert_eq!(
            msg(input("1", "1", "15", Known::Day)).message,
            "The year must include 4 numbers, like 2012"
        );
        assert_eq!(msg(input("1", "1", "1850", Known::Day)).part, Part::Year);
    }

    #[test]
    fn past_dates() {
        let today = d(2026, 11, 21);
        assert_eq!(
            read_past_date(&input("21", "11", "2026", Known::Day), WHAT, today),
            Ok(today)
        );
        let err = read_past_date(&input("22", "11", "2026", Known::Day), WHAT, today).unwrap_err();
        assert_eq!(
            err.message,
            "The date of the caution must be today or in the past"
        );
        // This month or year, partly known: the latest day is capped at today.
        assert_eq!(
            read_past_date(&input("", "11", "2026", Known::Month), WHAT, today),
            Ok(today)
        );
        assert_eq!(
            read_past_date(&input("", "", "2026", Known::Year), WHAT, today),
            Ok(today)
        );
        assert!(read_past_date(&input("", "12", "2026", Known::Month), WHAT, today).is_err());
    }
}
