//! The fixed point's working state: groups of convictions that share an
//! end (a union-find), and per group a heap of the convictions waiting for
//! its end to pass their own.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use chrono::NaiveDate;

use super::{Conviction, Sentenced};
use crate::rules::period::End;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Value {
    pub(super) end: End,
    pub(super) by: Sentenced,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum State {
    Excluded,
    /// Passes on less than its own period, and not (yet) extended.
    Pending,
    /// In a group: `S = X` = the group's end.
    Member,
}

pub(super) enum Job {
    Link(usize, usize),
    Give(usize, Value),
    Trigger(usize),
}

/// The working state of the fixed point.
pub(super) struct Net<'a> {
    pub(super) cs: &'a [Conviction],
    pub(super) state: Vec<State>,
    pub(super) parent: Vec<usize>,
    /// A group's end, held by its root.
    pub(super) value: Vec<Option<Value>>,
    /// Per group root: pending convictions linked to it, by their own end.
    pub(super) waiting: Vec<BinaryHeap<Reverse<(End, usize)>>>,
    /// Per pending conviction: the convictions it is linked to.
    pub(super) links: Vec<Vec<usize>>,
    /// Groups and pending convictions by the end of their period.
    pub(super) open: BinaryHeap<Reverse<(End, usize)>>,
    pub(super) work: Vec<Job>,
    /// The day being swept, and whether a period closed before it has
    /// opened again (then the day's links are made once more).
    pub(super) today: NaiveDate,
    pub(super) reopened: bool,
}

impl Net<'_> {
    pub(super) fn state(&self, i: usize) -> State {
        self.state.get(i).copied().unwrap_or(State::Excluded)
    }
    pub(super) fn own(&self, i: usize) -> Option<End> {
        self.cs.get(i).and_then(|c| c.period)
    }
    pub(super) fn passes_on(&self, i: usize) -> Option<Value> {
        let (end, sentence) = self.cs.get(i)?.passes_on?;
        Some(Value {
            end,
            by: Sentenced {
                conviction: i,
                sentence,
            },
        })
    }
    pub(super) fn root(&mut self, mut i: usize) -> usize {
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
    pub(super) fn group_value(&mut self, i: usize) -> Option<Value> {
        let r = self.root(i);
        self.value.get(r).copied().flatten()
    }
    /// The end of the period an open item (group root or pending
    /// conviction) stands for, if the entry is still current.
    pub(super) fn window(&mut self, i: usize) -> Option<End> {
        match self.state(i) {
            State::Excluded => None,
            State::Pending => self.own(i),
            State::Member => self.group_value(i).map(|v| v.end),
        }
    }
    pub(super) fn mark_open(&mut self, item: usize, was_open: bool, after: End) {
        if !was_open && after.covers(self.today) {
            self.reopened = true;
        }
        self.open.push(Reverse((after, item)));
    }

    pub(super) fn run(&mut self) {
        while let Some(job) = self.work.pop() {
            match job {
                Job::Link(a, b) => self.link(a, b),
                Job::Give(i, v) => self.give(i, v),
                Job::Trigger(r) => self.trigger(r),
            }
        }
    }

    /// `i` is extended by reference to `v` if `v` ends later.
    pub(super) fn give(&mut self, i: usize, v: Value) {
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
    pub(super) fn trigger(&mut self, i: usize) {
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
    pub(super) fn link(&mut self, a: usize, b: usize) {
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
    pub(super) fn wait(&mut self, p: usize, m: usize) {
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
    pub(super) fn merge(&mut self, a: usize, b: usize) {
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
