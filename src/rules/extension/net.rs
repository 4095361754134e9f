//! The fixed point's working state: groups of convictions that share an
//! end (a union-find), and per group the convictions waiting for its end to
//! pass their own. Lists rather than heaps: a heap's code would be more of
//! the download than the waiting lists of any real record are long.

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

/// One conviction's place in the working state.
#[derive(Debug, Clone)]
pub(super) struct Node {
    pub(super) state: State,
    parent: usize,
    /// A group's end, held by its root.
    value: Option<Value>,
    /// A pending conviction's links; a group root's pending convictions
    /// waiting for its end to pass theirs. (Never both: a conviction that
    /// is extended hands its links on first.)
    list: Vec<usize>,
    /// The group root a pending conviction was last put on the list of:
    /// linked again to the same group, it is not listed twice.
    waits_on: usize,
    /// A group root's earliest own end among those waiting: below it,
    /// a longer group end converts no one, so the list is not looked at.
    first: Option<End>,
    /// The last scan of a waiting list that met this conviction.
    scanned: usize,
}

pub(super) enum Job {
    Link(usize, usize),
    Give(usize, Value),
    Trigger(usize),
}

pub(super) struct Net<'a> {
    cs: &'a [Conviction],
    nodes: Vec<Node>,
    /// Groups and pending convictions whose period may still be running.
    pub(super) open: Vec<usize>,
    pub(super) work: Vec<Job>,
    /// The day being swept, and whether a period closed before it has
    /// opened again (then the day's links are made once more).
    pub(super) today: NaiveDate,
    pub(super) reopened: bool,
    scans: usize,
}

impl<'a> Net<'a> {
    pub(super) fn new(cs: &'a [Conviction]) -> Net<'a> {
        let nodes = cs
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let (state, value) = match (c.period, c.passes_on) {
                    (None, _) => (State::Excluded, None),
                    (Some(s), Some((x, sentence))) if x >= s => {
                        let by = Sentenced {
                            conviction: i,
                            sentence,
                        };
                        (State::Member, Some(Value { end: s, by }))
                    }
                    _ => (State::Pending, None),
                };
                Node {
                    state,
                    parent: i,
                    value,
                    list: Vec::new(),
                    waits_on: usize::MAX,
                    first: None,
                    scanned: 0,
                }
            })
            .collect();
        Net {
            cs,
            nodes,
            open: Vec::new(),
            work: Vec::new(),
            today: NaiveDate::MIN,
            reopened: false,
            scans: 0,
        }
    }
    pub(super) fn state(&self, i: usize) -> State {
        self.nodes.get(i).map_or(State::Excluded, |n| n.state)
    }
    pub(super) fn own(&self, i: usize) -> Option<End> {
        self.cs.get(i).and_then(|c| c.period)
    }
    fn passes_on(&self, i: usize) -> Option<Value> {
        let (end, sentence) = self.cs.get(i)?.passes_on?;
        let by = Sentenced {
            conviction: i,
            sentence,
        };
        Some(Value { end, by })
    }
    pub(super) fn root(&mut self, mut i: usize) -> usize {
        while let Some(p) = self.nodes.get(i).map(|n| n.parent) {
            if p == i {
                break;
            }
            let grand = self.nodes.get(p).map_or(p, |n| n.parent);
            if let Some(n) = self.nodes.get_mut(i) {
                n.parent = grand;
            }
            i = grand;
        }
        i
    }
    /// The end a member's group shares.
    pub(super) fn group_value(&mut self, i: usize) -> Option<Value> {
        let r = self.root(i);
        self.nodes.get(r).and_then(|n| n.value)
    }
    /// The end of the period `i` stands in now: its group's, or its own.
    pub(super) fn window(&mut self, i: usize) -> Option<End> {
        match self.state(i) {
            State::Excluded => None,
            State::Pending => self.own(i),
            State::Member => self.group_value(i).map(|v| v.end),
        }
    }
    fn set_value(&mut self, r: usize, v: Value, was_open: bool) {
        if let Some(n) = self.nodes.get_mut(r) {
            n.value = Some(v);
        }
        if !was_open && v.end.covers(self.today) {
            self.reopened = true;
        }
        self.open.push(r);
        self.work.push(Job::Trigger(r));
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
    fn give(&mut self, i: usize, v: Value) {
        let before = self.window(i);
        if before.is_none_or(|b| v.end <= b) {
            return;
        }
        let was_open = before.is_some_and(|b| b.covers(self.today));
        if self.state(i) == State::Pending {
            // Extended: it now shares `v`, and passes it to all it is linked to.
            let links = match self.nodes.get_mut(i) {
                Some(n) => {
                    n.state = State::Member;
                    std::mem::take(&mut n.list)
                }
                None => Vec::new(),
            };
            self.set_value(i, v, was_open);
            self.work.extend(links.into_iter().map(|l| Job::Link(i, l)));
        } else {
            let r = self.root(i);
            self.set_value(r, v, was_open);
        }
    }

    /// Pending convictions a group's end has now passed take it.
    fn trigger(&mut self, i: usize) {
        let r = self.root(i);
        let (v, list) = match self.nodes.get_mut(r) {
            Some(n) => match n.value {
                Some(v) if n.first.is_some_and(|f| v.end > f) => (v, std::mem::take(&mut n.list)),
                _ => return,
            },
            None => return,
        };
        // Each pending conviction once: a list can hold one twice after
        // groups merge, and one extended since needs nothing more here.
        self.scans += 1;
        let mut first = None;
        let mut still = Vec::with_capacity(list.len());
        for p in list {
            let Some(n) = self.nodes.get_mut(p) else {
                continue;
            };
            if n.state != State::Pending || n.scanned == self.scans {
                continue;
            }
            n.scanned = self.scans;
            let own = self.cs.get(p).and_then(|c| c.period);
            if own.is_some_and(|o| v.end > o) {
                self.work.push(Job::Give(p, v));
            } else {
                first = first.min(own).or(own);
                still.push(p);
            }
        }
        if let Some(n) = self.nodes.get_mut(r) {
            n.list.append(&mut still);
            n.first = first;
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
                    if let Some(n) = self.nodes.get_mut(p) {
                        n.list.push(q);
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
        let before = self.nodes.get(p).map_or(usize::MAX, |n| n.waits_on);
        let same = before != usize::MAX && self.root(before) == r;
        let listed = match self.nodes.get_mut(p) {
            Some(_) if same => true,
            Some(n) => {
                n.waits_on = r;
                n.list.push(m);
                false
            }
            None => true,
        };
        if !listed {
            let own = self.own(p);
            if let Some(n) = self.nodes.get_mut(r) {
                n.list.push(p);
                n.first = n.first.min(own).or(own);
            }
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
        let (va, vb) = (self.group_value(ra), self.group_value(rb));
        let was_open = [va, vb]
            .iter()
            .all(|v| v.is_some_and(|v| v.end.covers(self.today)));
        // The longer waiting list stays put (small into large).
        let size = |n: &Self, r: usize| n.nodes.get(r).map_or(0, |n| n.list.len());
        let (keep, gone) = if size(self, ra) >= size(self, rb) {
            (ra, rb)
        } else {
            (rb, ra)
        };
        let (moved, first) = match self.nodes.get_mut(gone) {
            Some(n) => {
                n.parent = keep;
                (std::mem::take(&mut n.list), n.first.take())
            }
            None => (Vec::new(), None),
        };
        if let Some(n) = self.nodes.get_mut(keep) {
            n.list.extend(moved);
            n.first = match (n.first, first) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
        }
        if let Some(v) = va.max(vb) {
            self.set_value(keep, v, was_open);
        }
    }
}
