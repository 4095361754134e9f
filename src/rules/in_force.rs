//! Dated rules: which version of a rule is in force on the check date.
//! Each version is data with the day it took effect (as OpenFisca's dated
//! parameters); the engine never looks at today's date.

use chrono::NaiveDate;

/// A calendar date written in a `const` table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ymd(pub i32, pub u32, pub u32);

impl Ymd {
    pub fn date(self) -> NaiveDate {
        // Every Ymd in the tables is a real date (tested in each module).
        NaiveDate::from_ymd_opt(self.0, self.1, self.2).unwrap_or(NaiveDate::MIN)
    }
}

/// Something that takes effect on a day.
pub trait Dated {
    /// `None`: in force from the start of the scheme's history.
    fn in_force_from(&self) -> Option<Ymd>;
}

/// The version in force on `date`: the last one that began on or before it.
/// Tables are in date order, the first one undated.
pub fn in_force_on<T: Dated>(table: &[T], date: NaiveDate) -> &T {
    table
        .iter()
        .rev()
        .find(|v| v.in_force_from().is_none_or(|from| from.date() <= date))
        .unwrap_or(&table[0])
}
