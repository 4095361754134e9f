//! Further convictions: one conviction's rehabilitation period running into
//! another's. One rule for both jurisdictions, in the specifications' terms
//! `S` and `X` (NI rules §2.5, Rehabilitation of Offenders (NI) Order 1978
//! Art 7; E&W rules §2.7, Rehabilitation of Offenders Act 1974 s.6(4), (5)
//! and s.1(1)(b)).
//!
//! For each conviction `c`: `S(c)` is when it is spent, `X(c)` the end of
//! the longest of its sentences that can extend another (not a
//! disqualification or other disability order: GB s.6(5)). A conviction `b`
//! falls inside `a`'s period when it is dated on or after `a`'s date and
//! before `S(a)`, is not `a`, and counts as a further offence. Then, to a
//! fixed point, for each such pair and each of the two `p` with the other
//! `q`: if `X(q)` is later than `S(p)`, `S(p)` and `X(p)` become `X(q)`.
//!
//! What differs between the jurisdictions is data, given per conviction:
//! whether it counts as a further offence ([`Conviction::further`]: NI
//! disregards a summary-only one; E&W did before 10 March 2014), and what it
//! passes on ([`Conviction::passes_on`]).
//!
//! How: one sweep in date order. A conviction that passes on its whole
//! period (`X = S`), or has been extended (then `X = S` too), belongs to a
//! group whose members share one end. A conviction whose disability order
//! runs past its other sentences waits aside ("pending") with its own `S`
//! and `X`: it joins a group it is linked to only once that group's end
//! passes its own, and then every group it is linked to joins too. Ends only
//! grow, so the work is a union-find with a heap of waiting convictions per
//! group: O((n + l) log n) for n convictions and l links between a pending
//! conviction and a later one, and l is n when no disability order is
//! longer than its conviction's other sentences.

use chrono::NaiveDate;

use crate::rules::period::End;

/// One sentence of one conviction, by their positions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Sentenced {
    pub conviction: usize,
    pub sentence: usize,
}

/// One conviction, as the rule sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Conviction {
    pub date: NaiveDate,
    /// `S(c)` on its own; `None`: a sentence excluded from rehabilitation,
    /// so no period at all.
    pub period: Option<End>,
    /// `X(c)` on its own, with the position of the sentence that gives it;
    /// `None`: only disability orders, so it passes on nothing.
    pub passes_on: Option<(End, usize)>,
    /// Counts as a "further offence" when it is the later of two.
    pub further: bool,
    /// With an excluded sentence: makes an earlier conviction whose period
    /// it falls inside never spent (s.1(1)(b), NI default).
    pub excludes_earlier: bool,
}

/// What the rule decided for one conviction.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Extension {
    /// `S(c)` at the fixed point; `None` for an excluded conviction.
    pub end: Option<End>,
    /// When `S(c)` grew: the sentence whose period it now ends with.
    pub by: Option<Sentenced>,
    /// A later conviction with an excluded sentence inside its period.
    pub made_never_spent_by: Option<usize>,
    /// Later convictions inside its period that are not further offences
    /// (at most three, in date order), and how many there are in all.
    pub disregarded: Vec<usize>,
    pub disregarded_count: usize,
    /// For one that is not a further offence: an earlier conviction whose
    /// period it falls inside, and which it therefore does not extend.
    pub disregarded_against: Option<usize>,
}

impl Extension {
    /// The day it is spent: `None` if never, or not while an order lasts.
    pub fn spent_on(&self) -> Option<NaiveDate> {
        match self.made_never_spent_by {
            Some(_) => None,
            None => self.end.and_then(End::spent_on),
        }
    }
}

mod findings;
mod net;

use findings::{disregarded, later_excluded};
use net::{Job, Net, State};

/// Applies the rule to a record's convictions, given in date order (both
/// jurisdictions sort by date, then id, so that no answer depends on the
/// order a record was entered in; ties decide only which sentence a reason
/// names when two end on the same day). Out of date order, the answer is
/// the same for convictions that do not touch one another, and not to be
/// relied on otherwise (`tests/extension.rs` sorts what it generates).
pub fn extend(cs: &[Conviction]) -> Vec<Extension> {
    let n = cs.len();
    let mut net = Net::new(cs);
    let date = |i: usize| cs.get(i).map(|c| c.date);
    let by_date: Vec<usize> = (0..n).collect();
    // When each item was last taken in a round (none twice in one).
    let mut seen: Vec<usize> = vec![0; n];
    let mut round = 0;
    for day in by_date.chunk_by(|&a, &b| date(a) == date(b)) {
        let Some(today) = day.first().and_then(|&c| date(c)) else {
            continue;
        };
        net.today = today;
        net.open.extend(day);
        // A period closed before today that opens again while the day's
        // links are made: make them again, so none is missed.
        loop {
            net.reopened = false;
            for &c in day {
                if !cs.get(c).is_some_and(|x| x.further) || net.state(c) == State::Excluded {
                    continue;
                }
                round += 1;
                // The groups and pending convictions whose period covers today.
                let mut items = Vec::new();
                for i in std::mem::take(&mut net.open) {
                    let item = match net.state(i) {
                        State::Member => net.root(i),
                        _ => i,
                    };
                    let covers = net.window(item).is_some_and(|w| w.covers(today));
                    if covers && seen.get(item) != Some(&round) {
                        if let Some(s) = seen.get_mut(item) {
                            *s = round;
                        }
                        items.push(item);
                    }
                }
                for &o in &items {
                    if o != c && !(net.state(o) == State::Member && net.root(o) == net.root(c)) {
                        net.work.push(Job::Link(c, o));
                        net.run();
                    }
                }
                net.open.extend(items);
            }
            if !net.reopened {
                break;
            }
        }
    }

    let mut out: Vec<Extension> = (0..n)
        .map(|i| {
            let own = net.own(i);
            let end = net.window(i);
            let by = match (net.state(i), own) {
                (State::Member, Some(o)) => net.group_value(i).filter(|v| v.end > o).map(|v| v.by),
                _ => None,
            };
            Extension {
                end,
                by,
                ..Extension::default()
            }
        })
        .collect();
    later_excluded(cs, &by_date, &mut out);
    disregarded(cs, &by_date, &mut out);
    out
}
