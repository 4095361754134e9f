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

use std::cmp::Reverse;
use std::collections::BinaryHeap;

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

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Value {
    end: End,
    by: Sentenced,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Excluded,
    /// Passes on less than its own period, and not (yet) extended.
    Pending,
    /// In a group: `S = X` = the group's end.
    Member,
}

enum Job {
    Link(usize, usize),
    Give(usize, Value),
    Trigger(usize),
}

/// The working state of the fixed point.
struct Net<'a> {
    cs: &'a [Conviction],
    state: Vec<State>,
    parent: Vec<usize>,
    /// A group's end, held by its root.
    value: Vec<Option<Value>>,
    /// Per group root: pending convictions linked to it, by their own end.
    waiting: Vec<BinaryHeap<Reverse<(End, usize)>>>,
    /// Per pending conviction: the convictions it is linked to.
    links: Vec<Vec<usize>>,
    /// Groups and pending convictions by the end of their period.
    open: BinaryHeap<Reverse<(End, usize)>>,
    work: Vec<Job>,
    /// The day being swept, and whether a period closed before it has
    /// opened again (then the day's links are made once more).
    today: NaiveDate,
    reopened: bool,
}

impl Net<'_> {
    fn state(&self, i: usize) -> State {
        self.state.get(i).copied().unwrap_or(State::Excluded)
    }
    fn own(&self, i: usize) -> Option<End> {
        self.cs.get(i).and_then(|c| c.period)
    }
    fn passes_on(&self, i: usize) -> Option<Value> {
        let (end, sentence) = self.cs.get(i)?.passes_on?;
        Some(Value {
            end,
            by: Sentenced {
                conviction: i,
                sentence,
            },
        })
    }
    fn root(&mut self, mut i: usize) -> usize {
        while let Some(&p) = self.parent.get(i) {
            if p == i {
                break;
            }
            let grand = self.parent.get(p).copied().unwrap_or(p);
            if let Some(slot) = self.parent.get_mut(i) {
                *slot = grand;
            }
            i = grand;
        }
        i
    }
    fn group_value(&mut self, i: usize) -> Option<Value> {
        let r = self.root(i);
        self.value.get(r).copied().flatten()
    }
    /// The end of the period an open item (group root or pending
    /// conviction) stands for, if the entry is still current.
    fn window(&mut self, i: usize) -> Option<End> {
        match self.state(i) {
            State::Excluded => None,
            State::Pending => self.own(i),
            State::Member => self.group_value(i).map(|v| v.end),
        }
    }
    fn mark_open(&mut self, item: usize, was_open: bool, after: End) {
        if !was_open && after.covers(self.today) {
            self.reopened = true;
        }
        self.open.push(Reverse((after, item)));
    }

    fn run(&mut self) {
        while let Some(job) = self.work.pop() {
            match job {
                Job::Link(a, b) => self.link(a, b),
                Job::Give(i, v) => self.give(i, v),
                Job::Trigger(r) => self.trigger(r),
            }
        }
    }

    /// `i` is extended by reference to `v` if `v` ends later.
    fn give(&mut self, i: usize, v: Value) {
        match self.state(i) {
            State::Excluded => {}
            State::Member => {
                let r = self.root(i);
                let before = self.value.get(r).copied().flatten();
                if before.is_none_or(|b| v.end > b.end) {
                    if let Some(slot) = self.value.get_mut(r) {
                        *slot = Some(v);
                    }
                    self.mark_open(r, before.is_some_and(|b| b.end.covers(self.today)), v.end);
                    self.work.push(Job::Trigger(r));
                }
            }
            State::Pending => {
                let own = self.own(i);
                if own.is_some_and(|o| v.end > o) {
                    if let Some(s) = self.state.get_mut(i) {
                        *s = State::Member;
                    }
                    if let Some(slot) = self.value.get_mut(i) {
                        *slot = Some(v);
                    }
                    self.mark_open(i, own.is_some_and(|o| o.covers(self.today)), v.end);
                    let links = self.links.get_mut(i).map(std::mem::take);
                    for l in links.unwrap_or_default() {
                        self.work.push(Job::Link(i, l));
                    }
                }
            }
        }
    }

    /// Pending convictions a group's end has now passed join it.
    fn trigger(&mut self, i: usize) {
        let r = self.root(i);
        let Some(v) = self.value.get(r).copied().flatten() else {
            return;
        };
        while let Some(heap) = self.waiting.get_mut(r) {
            match heap.peek() {
                Some(&Reverse((threshold, p))) if threshold < v.end => {
                    heap.pop();
                    self.work.push(Job::Give(p, v));
                }
                _ => break,
            }
        }
    }

    /// `a` and `b` are a pair of the rule: each may extend the other.
    fn link(&mut self, a: usize, b: usize) {
        match (self.state(a), self.state(b)) {
            (State::Excluded, _) | (_, State::Excluded) => {}
            (State::Member, State::Member) => self.merge(a, b),
            (State::Member, State::Pending) => self.wait(b, a),
            (State::Pending, State::Member) => self.wait(a, b),
            (State::Pending, State::Pending) => {
                for (p, q) in [(a, b), (b, a)] {
                    if let Some(l) = self.links.get_mut(p) {
                        l.push(q);
                    }
                    if let Some(x) = self.passes_on(q) {
                        self.work.push(Job::Give(p, x));
                    }
                }
            }
        }
    }

    /// Pending `p` is linked to member `m`'s group.
    fn wait(&mut self, p: usize, m: usize) {
        let r = self.root(m);
        if let Some(threshold) = self.own(p) {
            if let Some(heap) = self.waiting.get_mut(r) {
                heap.push(Reverse((threshold, p)));
            }
        }
        if let Some(l) = self.links.get_mut(p) {
            l.push(m);
        }
        if let Some(x) = self.passes_on(p) {
            self.work.push(Job::Give(m, x));
        }
        if let Some(v) = self.group_value(r) {
            self.work.push(Job::Give(p, v));
        }
    }

    /// Two groups linked: both take the later end.
    fn merge(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra == rb {
            return;
        }
        let size = |n: &Self, r: usize| n.waiting.get(r).map_or(0, BinaryHeap::len);
        let (keep, gone) = if size(self, ra) >= size(self, rb) {
            (ra, rb)
        } else {
            (rb, ra)
        };
        if let Some(slot) = self.parent.get_mut(gone) {
            *slot = keep;
        }
        let moved = self.waiting.get_mut(gone).map(std::mem::take);
        if let (Some(mut moved), Some(heap)) = (moved, self.waiting.get_mut(keep)) {
            heap.append(&mut moved);
        }
        let (vk, vg) = (
            self.value.get(keep).copied().flatten(),
            self.value.get(gone).copied().flatten(),
        );
        let merged = match (vk, vg) {
            (Some(k), Some(g)) if g.end > k.end => Some(g),
            (None, g) => g,
            (k, _) => k,
        };
        if let Some(slot) = self.value.get_mut(keep) {
            *slot = merged;
        }
        if let Some(m) = merged {
            // Open again if either side had closed before today.
            let was_open = [vk, vg]
                .into_iter()
                .all(|v| v.is_some_and(|v| v.end.covers(self.today)));
            self.mark_open(keep, was_open, m.end);
        }
        self.work.push(Job::Trigger(keep));
    }
}

/// Applies the rule to a record's convictions (in any order; ties on a
/// date are taken in the order given, which only decides which sentence a
/// reason names when two end on the same day).
pub fn extend(cs: &[Conviction]) -> Vec<Extension> {
    let n = cs.len();
    let mut net = Net {
        cs,
        state: cs
            .iter()
            .map(|c| match (c.period, c.passes_on) {
                (None, _) => State::Excluded,
                (Some(s), Some((x, _))) if x >= s => State::Member,
                _ => State::Pending,
            })
            .collect(),
        parent: (0..n).collect(),
        value: Vec::with_capacity(n),
        waiting: (0..n).map(|_| BinaryHeap::new()).collect(),
        links: vec![Vec::new(); n],
        open: BinaryHeap::new(),
        work: Vec::new(),
        today: NaiveDate::MIN,
        reopened: false,
    };
    net.value = (0..n)
        .map(|i| match net.state(i) {
            State::Member => net.passes_on(i),
            _ => None,
        })
        .collect();

    let mut by_date: Vec<usize> = (0..n).collect();
    crate::util::order::sort_by(&mut by_date, |&a, &b| {
        let date = |i: usize| cs.get(i).map(|c| c.date);
        date(a).cmp(&date(b))
    });
    let mut seen: Vec<usize> = vec![usize::MAX; n];
    let mut round = 0;
    let mut start = 0;
    while let Some(&first) = by_date.get(start) {
        let today = cs.get(first).map_or(NaiveDate::MIN, |c| c.date);
        let day_len = by_date
            .get(start..)
            .unwrap_or(&[])
            .iter()
            .take_while(|&&i| cs.get(i).is_some_and(|c| c.date == today))
            .count();
        let day: Vec<usize> = by_date.get(start..start + day_len).unwrap_or(&[]).to_vec();
        start += day_len.max(1);
        net.today = today;
        for &c in &day {
            if let Some(w) = net.window(c) {
                net.open.push(Reverse((w, c)));
            }
        }
        // A period closed before today that opens again while the day's
        // links are made: make them again, so none is missed.
        loop {
            net.reopened = false;
            for &c in day
                .iter()
                .filter(|&&c| cs.get(c).is_some_and(|x| x.further))
            {
                if net.state(c) == State::Excluded {
                    continue;
                }
                round += 1;
                let mut items = Vec::new();
                while let Some(Reverse((w, i))) = net.open.pop() {
                    let current = match net.state(i) {
                        State::Pending => net.own(i) == Some(w),
                        State::Member => net.root(i) == i && net.window(i) == Some(w),
                        State::Excluded => false,
                    };
                    if current && w.covers(today) && seen.get(i) != Some(&round) {
                        if let Some(s) = seen.get_mut(i) {
                            *s = round;
                        }
                        items.push(i);
                    }
                }
                for &o in &items {
                    if o != c && !(net.state(o) == State::Member && net.root(o) == net.root(c)) {
                        net.work.push(Job::Link(c, o));
                        net.run();
                    }
                }
                for o in items {
                    let r = if net.state(o) == State::Member {
                        net.root(o)
                    } else {
                        o
                    };
                    if let Some(w) = net.window(r) {
                        net.open.push(Reverse((w, r)));
                    }
                }
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

fn date_of(cs: &[Conviction], i: usize) -> NaiveDate {
    cs.get(i).map_or(NaiveDate::MIN, |c| c.date)
}

/// s.1(1)(b) (NI default): a later conviction with an excluded sentence
/// inside a period makes it never spent.
fn later_excluded(cs: &[Conviction], by_date: &[usize], out: &mut [Extension]) {
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
/// counted as disregarded (unless that period is empty).
fn disregarded(cs: &[Conviction], by_date: &[usize], out: &mut [Extension]) {
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
    let unpaired: Vec<usize> = all
        .iter()
        .copied()
        .filter(|&j| !pairs_same_day(j))
        .collect();
    let range = |list: &[usize], from: NaiveDate, strictly_after: bool, end: End| {
        let start = list.partition_point(|&j| {
            let d = date_of(cs, j);
            d < from || (strictly_after && d == from)
        });
        let stop = list.partition_point(|&j| {
            let d = date_of(cs, j);
            d < from || (strictly_after && d == from) || end.covers(d)
        });
        (start, stop.max(start))
    };
    for (i, e) in out.iter_mut().enumerate() {
        let (Some(end), Some(c)) = (e.end, cs.get(i)) else {
            continue;
        };
        let mut names = Vec::new();
        let mut count = 0;
        if c.further {
            // Same day: only those that are not a pair with this one.
            let day_end = End::On(c.date.succ_opt().unwrap_or(c.date));
            let (s, t) = range(&unpaired, c.date, false, day_end.min(end));
            count += t - s;
            names.extend(unpaired.get(s..t).unwrap_or(&[]).iter().take(3));
            let (s, t) = range(&all, c.date, true, end);
            count += t - s;
            names.extend(all.get(s..t).unwrap_or(&[]).iter().take(3));
        } else {
            let (s, t) = range(&all, c.date, false, end);
            let slice = all.get(s..t).unwrap_or(&[]);
            count += slice.iter().filter(|&&j| j != i).count().min(t - s);
            names.extend(slice.iter().filter(|&&j| j != i).take(3));
        }
        names.truncate(3);
        e.disregarded = names;
        e.disregarded_count = count;
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
