//! The one date convention of the rules (§1, "Date arithmetic").
//!
//! Adding months keeps the day of the month; when that day does not exist in
//! the target month (the 31st, 29 February) the result is the first day of the
//! following month — the later date, so nobody is told an item is spent or
//! filtered a day early.

use chrono::{Datelike, Days, NaiveDate};

/// `d` plus `months` calendar months, by the rules' convention.
/// `None` only outside chrono's range (validation keeps inputs far from it).
pub fn add_months(d: NaiveDate, months: i64) -> Option<NaiveDate> {
    let total = (i64::from(d.year()) * 12 + i64::from(d.month0())).checked_add(months)?;
    let year = i32::try_from(total.div_euclid(12)).ok()?;
    let month0 = u32::try_from(total.rem_euclid(12)).ok()?;
    // The target month itself must exist (chrono's range); only its day may not.
    NaiveDate::from_ymd_opt(year, month0 + 1, 1)?;
    match NaiveDate::from_ymd_opt(year, month0 + 1, d.day()) {
        Some(same_day) => Some(same_day),
        None => first_of_next_month(year, month0),
    }
}

fn first_of_next_month(year: i32, month0: u32) -> Option<NaiveDate> {
    if month0 == 11 {
        NaiveDate::from_ymd_opt(year.checked_add(1)?, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month0 + 2, 1)
    }
}

pub fn add_days(d: NaiveDate, days: i64) -> Option<NaiveDate> {
    if days >= 0 {
        d.checked_add_days(Days::new(days.unsigned_abs()))
    } else {
        d.checked_sub_days(Days::new(days.unsigned_abs()))
    }
}

/// The day after a period of `months` and `days` that begins on `start`:
/// the day an item is spent, or an order given as a length ceases.
pub fn after_period(start: NaiveDate, months: i64, days: i64) -> Option<NaiveDate> {
    add_days(add_months(start, months)?, days)
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Whether someone born on `born` was under 18 on `on`. A person attains an
/// age at the start of the anniversary of their birth (Age of Majority Act
/// (Northern Ireland) 1969 s.5(1); Family Law Reform Act 1969 s.9(1) in
/// England and Wales). `None` when that cannot be told: for a birthday on
/// 29 February, the 18th anniversary in a year without one is unsettled
/// (28 February or 1 March), so on 28 February of that year; and before
/// the person was born.
pub fn under_18_on(born: NaiveDate, on: NaiveDate) -> Option<bool> {
    if on < born {
        return None;
    }
    let year = born.year().checked_add(18)?;
    match NaiveDate::from_ymd_opt(year, born.month(), born.day()) {
        Some(eighteenth) => Some(on < eighteenth),
        // 29 February in a common year: under 18 until 28 February, 18 from 1 March.
        None => {
            let first_of_march = NaiveDate::from_ymd_opt(year, 3, 1)?;
            let unsure = first_of_march.pred_opt()?;
            (on != unsure).then_some(on < unsure)
        }
    }
}

/// "1 January 1984": the form used in reasons. (Written out by hand, not with
/// chrono's `format`, which would add its format parser to the app's download.)
pub fn long_date(d: NaiveDate) -> String {
    format!("{} {} {}", d.day(), MONTHS[d.month0() as usize], d.year())
}

/// "January 1984".
pub fn month_year(d: NaiveDate) -> String {
    format!("{} {}", MONTHS[d.month0() as usize], d.year())
}

/// "19840101", the compact form calendars use.
pub fn compact_date(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// "2 years and 6 months", "6 months", "1 year".
pub fn describe_months(months: u32) -> String {
    let (years, rest) = (months / 12, months % 12);
    let plural = |n: u32, one: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {one}s")
        }
    };
    match (years, rest) {
        (0, m) => plural(m, "month"),
        (y, 0) => plural(y, "year"),
        (y, m) => format!("{} and {}", plural(y, "year"), plural(m, "month")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn same_day_of_month() {
        assert_eq!(add_months(d(1980, 7, 1), 30), Some(d(1983, 1, 1)));
        assert_eq!(add_months(d(2009, 1, 15), 60), Some(d(2014, 1, 15)));
    }

    #[test]
    fn month_end_rolls_to_first_of_next_month() {
        assert_eq!(add_months(d(2015, 8, 31), 1), Some(d(2015, 10, 1)));
        assert_eq!(add_months(d(2015, 1, 31), 1), Some(d(2015, 3, 1)));
        assert_eq!(add_months(d(2015, 12, 31), 6), Some(d(2016, 7, 1)));
        assert_eq!(add_months(d(2015, 5, 31), 7), Some(d(2015, 12, 31)));
        assert_eq!(add_months(d(2015, 11, 30), 1), Some(d(2015, 12, 30)));
    }

    #[test]
    fn leap_day() {
        assert_eq!(add_months(d(2016, 2, 29), 12), Some(d(2017, 3, 1)));
        assert_eq!(add_months(d(2016, 2, 29), 48), Some(d(2020, 2, 29)));
        assert_eq!(add_months(d(2015, 1, 29), 13), Some(d(2016, 2, 29)));
        assert_eq!(add_months(d(2014, 1, 29), 13), Some(d(2015, 3, 1)));
    }

    #[test]
    fn december_and_negative() {
        assert_eq!(add_months(d(2015, 12, 1), 1), Some(d(2016, 1, 1)));
        assert_eq!(add_months(d(2016, 1, 1), -1), Some(d(2015, 12, 1)));
        assert_eq!(add_months(d(2016, 3, 31), -1), Some(d(2016, 3, 1)));
    }

    #[test]
    fn out_of_range_is_none_not_panic() {
        assert_eq!(add_months(NaiveDate::MAX, 1), None);
        assert_eq!(add_months(NaiveDate::MIN, -1), None);
        assert_eq!(add_days(NaiveDate::MAX, 1), None);
        assert!(add_months(d(2000, 1, 1), i64::MAX).is_none());
    }

    #[test]
    fn period_with_days() {
        assert_eq!(after_period(d(2020, 1, 1), 6, 10), Some(d(2020, 7, 11)));
        assert_eq!(after_period(d(2020, 1, 1), 0, 0), Some(d(2020, 1, 1)));
    }

    #[test]
    fn eighteenth_birthday() {
        let born = d(2000, 6, 15);
        assert_eq!(under_18_on(born, d(2018, 6, 14)), Some(true));
        assert_eq!(under_18_on(born, d(2018, 6, 15)), Some(false));
        assert_eq!(under_18_on(born, d(2000, 6, 15)), Some(true));
        assert_eq!(under_18_on(born, d(2000, 6, 14)), None);
        // Born on 29 February: the day before 1 March in a common year is unsettled.
        let leap = d(2004, 2, 29);
        assert_eq!(under_18_on(leap, d(2022, 2, 27)), Some(true));
        assert_eq!(under_18_on(leap, d(2022, 2, 28)), None);
        assert_eq!(under_18_on(leap, d(2022, 3, 1)), Some(false));
        // (Eighteen years after a leap year is never one.)
        assert_eq!(under_18_on(d(1996, 2, 29), d(2014, 2, 28)), None);
        assert_eq!(under_18_on(d(2002, 2, 28), d(2020, 2, 28)), Some(false));
        assert_eq!(under_18_on(NaiveDate::MAX, NaiveDate::MAX), None);
    }

    #[test]
    fn words() {
        assert_eq!(long_date(d(1984, 1, 1)), "1 January 1984");
        assert_eq!(month_year(d(2012, 7, 31)), "July 2012");
        assert_eq!(compact_date(d(984, 1, 2)), "09840102");
        assert_eq!(month_year(d(2012, 7, 31)), "July 2012");
        assert_eq!(compact_date(d(984, 1, 2)), "09840102");
        assert_eq!(describe_months(30), "2 years and 6 months");
        assert_eq!(describe_months(6), "6 months");
        assert_eq!(describe_months(12), "1 year");
        assert_eq!(describe_months(132), "11 years");
        assert_eq!(describe_months(13), "1 year and 1 month");
    }
}
