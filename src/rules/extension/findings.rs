//! After the fixed point: a later excluded sentence (s.1(1)(b)), and the
//! convictions the summary-only disregard set aside, for the reasons.

use chrono::NaiveDate;

use super::{Conviction, Extension};
use crate::rules::period::End;

pub(super) fn date_of(cs: &[Conviction], i: usize) -> NaiveDate {
    cs.get(i).map_or(NaiveDate::MIN, |c| c.date)
}

/// s.1(1)(b) (NI default): a later conviction with an excluded sentence
/// inside a period makes it never spent.
pub(super) fn later_excluded(cs: &[Conviction], by_date: &[usize], out: &mut [Extension]) {
    let excluded: Vec<usize> = by_date
        .iter()
        .copied()
        .filter(|&i| {
            cs.get(i)
                .is_some_and(|c| c.period.is_none() && c.excludes_earlier)
        })
        .collect();
    for (i, e) in out.iter_mut().enumerate() {
        let Some(end) = e.end else { continue };
        let from = date_of(cs, i);
        let start = excluded.partition_point(|&j| date_of(cs, j) < from);
        e.made_never_spent_by = excluded
            .get(start..)
            .and_then(|rest| rest.first())
            .copied()
            .filter(|&j| j != i && end.covers(date_of(cs, j)));
    }
}

/// The reasons' side of the disregard: which later convictions were not
/// further offences inside each period. Two on one day where one is a
/// further offence are a pair by the other's period, so they are not
/// counted as disregarded.
pub(super) fn disregarded(cs: &[Conviction], by_date: &[usize], out: &mut [Extension]) {
    let ends: Vec<Option<End>> = out.iter().map(|e| e.end).collect();
    let end_of = |i: usize| ends.get(i).copied().flatten();
    // Would a further conviction on the same day be a pair with `j` by
    // `j`'s own period?
    let pairs_same_day = |j: usize| end_of(j).is_some_and(|e| e.covers(date_of(cs, j)));
    let not_further = |i: usize| {
        cs.get(i)
            .is_some_and(|c| !c.further && (c.period.is_some() || !c.excludes_earlier))
    };
    let all: Vec<usize> = by_date
        .iter()
        .copied()
        .filter(|&i| not_further(i))
        .collect();
    let range = |from: NaiveDate, strictly_after: bool, end: End| {
        let before = |d: NaiveDate| d < from || (strictly_after && d == from);
        let start = all.partition_point(|&j| before(date_of(cs, j)));
        let stop = all.partition_point(|&j| {
            let d = date_of(cs, j);
            before(d) || end.covers(d)
        });
        all.get(start..stop).unwrap_or(&[])
    };
    for (i, e) in out.iter_mut().enumerate() {
        let (Some(end), Some(c)) = (e.end, cs.get(i)) else {
            continue;
        };
        // A further conviction is a pair with one on its own day, by that
        // one's period: only later days' are disregarded.
        let later = range(c.date, c.further, end);
        let me = usize::from(!c.further && end.covers(c.date));
        e.disregarded = later.iter().copied().filter(|&j| j != i).take(3).collect();
        e.disregarded_count = later.len().saturating_sub(me);
    }
    // The later side: an earlier (or same-day) period it falls inside.
    // The latest-ending period dated on or before each day, and on it.
    let mut best_before: Option<(End, usize)> = None;
    let mut k = 0;
    while let Some(&first) = by_date.get(k) {
        let day = date_of(cs, first);
        let len = by_date
            .get(k..)
            .unwrap_or(&[])
            .iter()
            .take_while(|&&i| date_of(cs, i) == day)
            .count()
            .max(1);
        let today: &[usize] = by_date.get(k..k + len).unwrap_or(&[]);
        for &b in today.iter().filter(|&&b| not_further(b)) {
            let earlier = best_before
                .filter(|&(end, _)| end.covers(day))
                .map(|(_, a)| a);
            // Same day: a further one is a pair with `b` when `b`'s period
            // covers the day; another one that is not further never is.
            let same_day = today.iter().copied().find(|&a| {
                a != b
                    && end_of(a).is_some_and(|e| e.covers(day))
                    && (!cs.get(a).is_some_and(|x| x.further) || !pairs_same_day(b))
            });
            if let Some(e) = out.get_mut(b) {
                e.disregarded_against = earlier.or(same_day);
            }
        }
        for &a in today {
            if let Some(end) = end_of(a) {
                if best_before.is_none_or(|(b, _)| end > b) {
                    best_before = Some((end, a));
                }
            }
        }
        k += len;
    }
}
