//! "Were you under 18?" from the date of birth, given once: worked out for
//! an item when both ends of its (perhaps partly known) date agree, and
//! asked otherwise.

use crate::rules::dates::under_18_on;

use super::answers::Answers;
use super::date_input::{earliest_day, read_date};

impl Answers {
    /// Whether item `i`'s "under 18" follows from the date of birth: both
    /// ends of its (perhaps partly known) date give the same answer.
    pub fn under_18_worked_out(&self, i: usize) -> Option<bool> {
        if self.birth.given != Some(true) {
            return None;
        }
        let born = read_date(&self.birth.date, "your date of birth").ok()?;
        let it = self.items.get(i)?;
        let latest = read_date(&it.date, "the date").ok()?;
        let at_earliest = under_18_on(born, earliest_day(&it.date, latest))?;
        (under_18_on(born, latest)? == at_earliest).then_some(at_earliest)
    }

    /// Item `i`'s "under 18": worked out from the date of birth, or as answered.
    pub fn under_18(&self, i: usize) -> Option<bool> {
        self.under_18_worked_out(i)
            .or_else(|| self.items.get(i).and_then(|it| it.under_18))
    }

    /// Whether "Were you under 18?" is asked for item `i`.
    pub fn asks_under_18(&self, i: usize) -> bool {
        self.under_18_worked_out(i).is_none()
    }
}
