//! When an E&W conviction, caution or notice is spent: the Rehabilitation of
//! Offenders Act 1974 ss.1, 5, 6 and Sch 2, in the version in force on the
//! check date (rules §0, §2, §3). LASPO 2012 and PCSC 2022 are retrospective
//! (LASPO s.141(2), PCSC s.193(17)), so the Act in force on the check date
//! applies to every conviction, with the transitional savings of §2.6.

use chrono::NaiveDate;

use crate::rules::extension::{extend, Conviction};

use super::case::{Case, Disposal, Sentence};
use super::explain::{found, End, Fact, Finding, Source, Span};
use super::model::{Caveat, Class, Kind, SentenceType};
use crate::rules::citation::Rule;
use crate::rules::dates::{add_days, add_months, after_period};
use crate::rules::in_force::{in_force_on, Dated, Ymd};

pub const EXCLUDED: Rule = Rule {
    id: "roa-1974-s5-1-excluded",
    source: "Rehabilitation of Offenders Act 1974 s.5(1): sentences excluded from rehabilitation",
};
pub const NIL: Rule = Rule {
    id: "roa-1974-s5-4-nil",
    source: "Rehabilitation of Offenders Act 1974 s.5(4)",
};
pub const NO_PROVISION: Rule = Rule {
    id: "roa-1974-s5-3-no-end-date",
    source: "Rehabilitation of Offenders Act 1974 s.5(3): 'the period of 24 months beginning with the date of conviction'",
};
pub const INDEFINITE: Rule = Rule {
    id: "roa-1974-s5-2a-2b-indefinite-order",
    source: "Rehabilitation of Offenders Act 1974 s.5(2A), (2B), inserted by the Police, Crime, Sentencing and Courts Act 2022 s.193",
};
pub const ENDORSEMENT: Rule = Rule {
    id: "endorsement-5-years",
    source: "Unlock; DVLA guidance (5 years, halved for under-18s; not stated in the 1974 Act as amended)",
};
pub const SERVICE_REPRIMAND: Rule = Rule {
    id: "service-reprimand-12-months",
    source: "Rehabilitation of Offenders Act 1974 s.5(4)(b) (not in the Table); MoJ disclosure checker: 12 months, 6 for under-18s",
};
pub const LONGEST: Rule = Rule {
    id: "roa-1974-s6-1-2-longest",
    source: "Rehabilitation of Offenders Act 1974 s.6(1), (2)",
};
pub const EXTENSION: Rule = Rule {
    id: "roa-1974-s6-4-5-further-conviction",
    source: "Rehabilitation of Offenders Act 1974 s.6(4), (5)",
};
pub const SUMMARY_DISREGARDED: Rule = Rule {
    id: "roa-1974-s6-6-a-summary-offence-before-2014",
    source: "Rehabilitation of Offenders Act 1974 s.6(6)(a), repealed by LASPO 2012 s.139(5)(b) from 10 March 2014",
};
pub const EXCLUDED_LATER: Rule = Rule {
    id: "roa-1974-s1-1-b-excluded-later-sentence",
    source: "Rehabilitation of Offenders Act 1974 s.1(1)(b)",
};
pub const LASPO_SAVING: Rule = Rule {
    id: "laspo-2012-s141-saving",
    source: "Legal Aid, Sentencing and Punishment of Offenders Act 2012 s.141(3), (5)",
};
pub const PCSC_NO_SAVING: Rule = Rule {
    id: "pcsc-2022-s193-no-saving",
    source: "Police, Crime, Sentencing and Courts Act 2022 s.193(16)-(18)",
};
pub const SCHEDULE_18_NOT_SURE: Rule = Rule {
    id: "schedule-18-not-sure-both-answers",
    source: "Rehabilitation of Offenders Act 1974 s.5(1)(b), (7A) as substituted by PCSC 2022 s.193(3); Sentencing Code Sch 18",
};
pub const CAUTION: Rule = Rule {
    id: "roa-1974-sch2-para1-caution",
    source: "Rehabilitation of Offenders Act 1974 Sch 2 para 1(1) as amended by LASPO 2012 s.139(7); LASPO s.135(5)",
};
pub const CAUTION_BEFORE_2014: Rule = Rule {
    id: "roa-1974-sch2-para1-before-2014",
    source: "Rehabilitation of Offenders Act 1974 Sch 2 para 1 (inserted by the Criminal Justice and Immigration Act 2008), before LASPO 2012",
};
pub const FIXED_PENALTY: Rule = Rule {
    id: "fixed-penalty-notice",
    source: "Rehabilitation of Offenders Act 1974 s.1(4), s.8A; Unlock ('This also applies to endorsements issued by way of Fixed Penalty Notice')",
};

/// The rules after a transition: what survives from the Act before.
#[derive(Debug, Clone, Copy)]
pub enum Transition {
    /// The first version modelled.
    None,
    /// LASPO s.141(3), (5): spent before commencement stays spent.
    Saving {
        earlier: &'static Act,
        commencement: Ymd,
    },
    /// PCSC s.193(16)-(18): no saving; caveat where that changes the answer.
    NoSaving {
        earlier: &'static Act,
        commencement: Ymd,
    },
}

/// One version of the Act's rehabilitation periods, with the day it took effect.
#[derive(Debug, Clone, Copy)]
pub struct Act {
    pub from: Option<Ymd>,
    pub name: &'static str,
    /// The Table, and the exclusions, for one sentence.
    pub period: fn(&Disposal, &Sentence, Schedule18) -> Period,
    /// Schedule 2 (and fixed penalty notices).
    pub non_court: fn(&Disposal) -> Period,
    /// s.6(6)(a): a later summary conviction does not extend an earlier one.
    pub summary_offence_disregarded: bool,
    pub transition: Transition,
}

impl Dated for Act {
    fn in_force_from(&self) -> Option<Ymd> {
        self.from
    }
}

/// The answer taken for a Schedule 18 "not sure" (rules §2.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schedule18 {
    NotSureAsYes,
    NotSureAsNo,
}

pub const LASPO_COMMENCEMENT: Ymd = Ymd(2014, 3, 10);
pub const PCSC_COMMENCEMENT: Ymd = Ymd(2023, 10, 28);

pub const BEFORE_2014: Act = Act {
    from: None,
    name: "Rehabilitation of Offenders Act 1974 before 10 March 2014",
    period: before_2014,
    non_court: caution_before_2014,
    summary_offence_disregarded: true,
    transition: Transition::None,
};
pub const LASPO: Act = Act {
    from: Some(LASPO_COMMENCEMENT),
    name: "Rehabilitation of Offenders Act 1974 as amended by LASPO 2012",
    period: laspo,
    non_court: caution,
    summary_offence_disregarded: false,
    transition: Transition::Saving {
        earlier: &BEFORE_2014,
        commencement: LASPO_COMMENCEMENT,
    },
};
pub const PCSC: Act = Act {
    from: Some(PCSC_COMMENCEMENT),
    name: "Rehabilitation of Offenders Act 1974 as amended by PCSC 2022",
    period: pcsc,
    non_court: caution,
    summary_offence_disregarded: false,
    transition: Transition::NoSaving {
        earlier: &LASPO,
        commencement: PCSC_COMMENCEMENT,
    },
};
pub const ACTS: [Act; 3] = [BEFORE_2014, LASPO, PCSC];

pub fn act_on(check_date: NaiveDate) -> &'static Act {
    in_force_on(&ACTS, check_date)
}

/// One sentence's (or non-court disposal's) period. `end: None`: excluded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    pub end: Option<End>,
    pub finding: Finding,
    pub caveats: Vec<Caveat>,
}

mod before_2014;
mod inputs;
mod laspo;
mod pcsc;
mod schedule_2;

use before_2014::*;
use inputs::*;
use laspo::*;
use pcsc::*;
use schedule_2::*;

// ---------------------------------------------------------------------------
// The record: s.6 and s.1(1)(b).

/// The rehabilitation outcome of one disposal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rehabilitation {
    /// `None`: never spent, or not while an order lasts or money is unpaid.
    pub spent_on: Option<NaiveDate>,
    pub findings: Vec<Finding>,
    pub caveats: Vec<Caveat>,
}

/// One conviction's own period (s.6(1), (2)): excluded, the longest of its
/// sentences' periods, and the longest of those that are not paragraph (g)
/// orders (s.6(5): what it can pass on), with that sentence's position.
fn own_period(
    d: &Disposal,
    act: &Act,
    answer: Schedule18,
    r: &mut Rehabilitation,
) -> (bool, End, Option<(End, usize)>) {
    let mut excluded = false;
    let mut end: Option<End> = None;
    let mut ordinary: Option<(End, usize)> = None;
    for (i, s) in d.sentences().iter().enumerate() {
        let p = (act.period)(d, s, answer);
        r.findings.push(p.finding);
        for c in p.caveats {
            push_once(&mut r.caveats, c);
        }
        match p.end {
            None => excluded = true,
            Some(e) => {
                end = end.max(Some(e));
                let passes = s.kind.class() != Class::Behaviour;
                if passes && ordinary.is_none_or(|(best, _)| e > best) {
                    ordinary = Some((e, i));
                }
            }
        }
    }
    let end = end.unwrap_or(End::On(d.date));
    if d.sentences().len() > 1 {
        let longest = if excluded { None } else { Some(end) };
        r.findings
            .push(found(LONGEST, Fact::Longest { end: longest }));
    }
    (excluded, end, ordinary)
}

/// Every disposal's outcome under one version of the Act, with its saving.
pub fn rehabilitate(case: &Case, act: &Act, answer: Schedule18) -> Vec<Rehabilitation> {
    let mut out = under(case, act, answer);
    if let Transition::Saving {
        earlier,
        commencement,
    } = act.transition
    {
        let before = rehabilitate(case, earlier, answer);
        for ((d, now), then) in case.disposals.iter().zip(out.iter_mut()).zip(before) {
            let Some(old) = then.spent_on else { continue };
            let earlier_than_now = now.spent_on.is_none_or(|new| old < new);
            if d.is_conviction() && old < commencement.date() && earlier_than_now {
                let mut saved = then;
                saved
                    .findings
                    .push(found(LASPO_SAVING, Fact::SavedFrom2014 { spent_on: old }));
                *now = saved;
            }
        }
    }
    out
}

/// PCSC: what was spent before its commencement under the rules then, and
/// is not spent on the check date now (caveat `pcsc_no_saving`).
pub fn no_saving(case: &Case, act: &Act, answer: Schedule18, out: &mut [Rehabilitation]) {
    if let Transition::NoSaving {
        earlier,
        commencement,
    } = act.transition
    {
        let before = rehabilitate(case, earlier, answer);
        for ((d, now), then) in case.disposals.iter().zip(out.iter_mut()).zip(before) {
            let spent_now = now.spent_on.is_some_and(|on| on <= case.check_date);
            if let Some(old) = then.spent_on {
                if d.is_conviction() && !spent_now && old < commencement.date() {
                    now.findings
                        .push(found(PCSC_NO_SAVING, Fact::NoSaving { earlier: old }));
                    push_once(&mut now.caveats, Caveat::PcscNoSaving);
                }
            }
        }
    }
}

/// A conviction's position in the record, whether it is excluded, its own
/// end, and its ordinary end with that sentence's position.
type Own = (usize, bool, End, Option<(End, usize)>);

/// One version of the Act, without transitions: s.5 for each disposal, then
/// s.6(4), (5) and s.1(1)(b) by the rule both jurisdictions share
/// (`rules::extension`): before 10 March 2014 a later summary conviction is
/// no "further offence" (s.6(6)(a)), and a paragraph (g) order passes
/// nothing on (s.6(5)).
fn under(case: &Case, act: &Act, answer: Schedule18) -> Vec<Rehabilitation> {
    let mut out = Vec::with_capacity(case.disposals.len());
    let mut convictions: Vec<Own> = Vec::new();
    for (index, d) in case.disposals.iter().enumerate() {
        let mut r = Rehabilitation {
            spent_on: None,
            findings: Vec::new(),
            caveats: Vec::new(),
        };
        if d.is_conviction() {
            let (excluded, end, ordinary) = own_period(d, act, answer, &mut r);
            convictions.push((index, excluded, end, ordinary));
        } else {
            let p = (act.non_court)(d);
            r.spent_on = p.end.and_then(End::spent_on);
            r.findings.push(p.finding);
            r.caveats = p.caveats;
        }
        out.push(r);
    }
    let disposal = |index: usize| case.disposals.get(index);
    // Date order; ties by id, so input order never matters.
    crate::util::order::sort_by(&mut convictions, |a, b| {
        let key = |i: usize| disposal(i).map(|d| (d.date, d.id.as_str()));
        key(a.0).cmp(&key(b.0))
    });
    let further = |d: &Disposal| !(act.summary_offence_disregarded && d.summary_only());
    let rule: Vec<Conviction> = convictions
        .iter()
        .filter_map(|&(index, excluded, end, ordinary)| {
            let d = disposal(index)?;
            Some(Conviction {
                date: d.date,
                period: (!excluded).then_some(end),
                passes_on: ordinary,
                further: further(d),
                excludes_earlier: true,
            })
        })
        .collect();
    let extended = extend(&rule);
    // Further convictions with a period, by date: for the window caveat.
    let later: Vec<usize> = (0..rule.len())
        .filter(|&k| rule.get(k).is_some_and(|c| c.further && c.period.is_some()))
        .collect();
    let id = |k: usize| {
        convictions
            .get(k)
            .and_then(|c| disposal(c.0))
            .map_or("", |d| d.id.as_str())
    };
    for (k, (e, c)) in extended.iter().zip(&rule).enumerate() {
        let Some(&(index, excluded, own, ordinary)) = convictions.get(k) else {
            continue;
        };
        let Some(r) = out.get_mut(index) else {
            continue;
        };
        if excluded {
            r.spent_on = None;
            continue;
        }
        let end = e.end.unwrap_or(own);
        if let Some(by) = e.by {
            let source = convictions
                .get(by.conviction)
                .and_then(|c| disposal(c.0))
                .and_then(|d| {
                    Some(Source {
                        id: d.id.clone(),
                        date: d.date,
                        sentence: d.sentences().get(by.sentence)?.kind,
                    })
                });
            if let Some(by) = source {
                r.findings
                    .push(found(EXTENSION, Fact::Extended { by, end }));
            }
            if end == End::Open {
                push_once(&mut r.caveats, Caveat::IndefiniteOrder);
            }
            // s.6(4)'s window included a paragraph (g) order's period: a
            // further conviction inside the own period but not the
            // ordinary one.
            let from = later.partition_point(|&o| rule.get(o).is_some_and(|x| x.date < c.date));
            let window_by_order = later.get(from..).unwrap_or(&[]).iter().any(|&o| {
                let od = rule.get(o).map_or(c.date, |x| x.date);
                o != k && own.covers(od) && ordinary.is_none_or(|(x, _)| !x.covers(od))
            });
            if window_by_order {
                push_once(&mut r.caveats, Caveat::DragWindowRelevantOrder);
            }
        }
        if e.disregarded_against.is_some() {
            r.findings
                .push(found(SUMMARY_DISREGARDED, Fact::SummaryOnlyDisregarded));
        }
        if let Some(b) = e.made_never_spent_by {
            r.findings.push(found(
                EXCLUDED_LATER,
                Fact::MadeNeverSpentBy {
                    other: id(b).to_owned(),
                },
            ));
        }
        r.spent_on = e.spent_on();
    }
    out
}

pub(crate) fn push_once(caveats: &mut Vec<Caveat>, c: Caveat) {
    if !caveats.contains(&c) {
        caveats.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acts_are_real_dates_in_order() {
        let mut last = None;
        for a in ACTS.iter().skip(1) {
            let d = a.from.map(Ymd::date);
            assert!(d > last && d != Some(NaiveDate::MIN), "{}", a.name);
            last = d;
        }
        assert_eq!(
            act_on(NaiveDate::from_ymd_opt(2014, 3, 9).unwrap()).name,
            BEFORE_2014.name
        );
        assert_eq!(
            act_on(NaiveDate::from_ymd_opt(2014, 3, 10).unwrap()).name,
            LASPO.name
        );
        assert_eq!(
            act_on(NaiveDate::from_ymd_opt(2023, 10, 27).unwrap()).name,
            LASPO.name
        );
        assert_eq!(
            act_on(NaiveDate::from_ymd_opt(2023, 10, 28).unwrap()).name,
            PCSC.name
        );
    }
}
