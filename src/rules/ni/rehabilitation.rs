//! When a conviction is spent: the Rehabilitation of Offenders (Northern
//! Ireland) Order 1978, Arts 6 and 7 (rules §2), with the Short Guide's
//! Annex A for non-court disposals.

use chrono::NaiveDate;

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use super::catalogue::SentenceType;
use super::explain::{Fact, Finding, Names, Term};
use super::model::{Caveat, Disposal, Sentence};
use crate::rules::citation::Rule;
use crate::rules::dates::{add_days, add_months, after_period};
use crate::rules::in_force::Ymd;

pub const EXCLUDED: Rule = Rule {
    id: "roo-1978-art-6-1-excluded",
    source: "Rehabilitation of Offenders (NI) Order 1978, Art 6(1)",
};
pub const TABLE_A: Rule = Rule {
    id: "roo-1978-art-6-table-a",
    source: "Rehabilitation of Offenders (NI) Order 1978, Art 6; Short Guide, Annex A",
};
pub const LONGEST_SENTENCE: Rule = Rule {
    id: "roo-1978-art-6-longest-sentence",
    source: "Rehabilitation of Offenders (NI) Order 1978, Art 6",
};
pub const UNTIL_FURTHER_ORDER: Rule = Rule {
    id: "roo-1978-order-until-further-order",
    source: "Rehabilitation of Offenders (NI) Order 1978, Art 6 (order with no end date)",
};
pub const NON_COURT_SPENT_AT_ONCE: Rule = Rule {
    id: "short-guide-annex-a-non-court-disposals",
    source: "Short Guide, Annex A (cautions, informed warnings, diversionary youth conferences)",
};
pub const EXTENSION: Rule = Rule {
    id: "roo-1978-art-7-further-conviction",
    source: "Rehabilitation of Offenders (NI) Order 1978, Art 7; Short Guide, Annex A ('More than one conviction')",
};
pub const EXCLUDED_LATER_SENTENCE: Rule = Rule {
    id: "roo-1978-art-7-excluded-later-sentence",
    source: "Rehabilitation of Offenders (NI) Order 1978, Art 7 (default following Rehabilitation of Offenders Act 1974 s.1(1)(b))",
};
pub const SUMMARY_ONLY_DISREGARDED: Rule = Rule {
    id: "roo-1978-art-7-summary-only-disregarded",
    source: "Rehabilitation of Offenders (NI) Order 1978, Art 7 (default: a later summary-only conviction is disregarded)",
};

/// How long a period lasts, as data: months from the date of conviction,
/// months after the order ceases, or the later of the two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub from_conviction: Option<u32>,
    pub after_order_ceases: Option<u32>,
}

const fn from_conviction(months: u32) -> Span {
    Span {
        from_conviction: Some(months),
        after_order_ceases: None,
    }
}
const fn after_order_ceases(months: u32) -> Span {
    Span {
        from_conviction: None,
        after_order_ceases: Some(months),
    }
}
const fn later_of(from_conviction: u32, after_ceases: u32) -> Span {
    Span {
        from_conviction: Some(from_conviction),
        after_order_ceases: Some(after_ceases),
    }
}

/// One row of the rehabilitation table (rules §2.2).
#[derive(Debug, Clone, Copy)]
pub struct Row {
    pub describes: &'static str,
    pub adult: Span,
    /// `None`: the row is not for adults' sentences (Art 45 detention).
    pub under_18: Span,
}

pub const CUSTODY_UP_TO_6_MONTHS: Row = Row {
    describes:
        "A prison or young offenders centre sentence (immediate or suspended) of 6 months or less",
    adult: from_conviction(84),
    under_18: from_conviction(42),
};
pub const CUSTODY_6_TO_30_MONTHS: Row = Row {
    describes: "A prison or young offenders centre sentence (immediate or suspended) of more than 6 months and up to 30 months",
    adult: from_conviction(120),
    under_18: from_conviction(60),
};
pub const ART45_UP_TO_6_MONTHS: Row = Row {
    describes: "Detention under Article 45 of 6 months or less",
    adult: from_conviction(36),
    under_18: from_conviction(36),
};
pub const ART45_6_TO_30_MONTHS: Row = Row {
    describes: "Detention under Article 45 of more than 6 months and up to 30 months",
    adult: from_conviction(60),
    under_18: from_conviction(60),
};
pub const FINE_OR_COMMUNITY_SERVICE: Row = Row {
    describes: "A fine, community service order or combination order",
    adult: from_conviction(60),
    under_18: from_conviction(30),
};
pub const ABSOLUTE_DISCHARGE: Row = Row {
    describes: "An absolute discharge",
    adult: from_conviction(6),
    under_18: from_conviction(6),
};
pub const PROBATION_AND_SIMILAR: Row = Row {
    describes:
        "A probation order, conditional discharge, bind over, care order or supervision order",
    adult: later_of(12, 0),
    under_18: later_of(12, 0),
};
pub const YOUTH_ORDERS: Row = Row {
    describes: "An attendance centre, juvenile justice centre, youth conference, reparation, community responsibility, remand home or training school order",
    adult: after_order_ceases(12),
    under_18: after_order_ceases(12),
};
pub const HOSPITAL_ORDER: Row = Row {
    describes: "A hospital order",
    adult: later_of(60, 24),
    under_18: later_of(60, 24),
};
pub const DISQUALIFICATION: Row = Row {
    describes: "A disqualification, prohibition or other order imposing a disability",
    adult: after_order_ceases(0),
    under_18: after_order_ceases(0),
};
/// Determinate custodial sentences (custody plus licence): Criminal Justice
/// (NI) Order 2008 Art 8, in operation 1 April 2009 (S.R. 2009/120). Only
/// terms from convictions on or after it get caveat `dcs_term`.
pub const DETERMINATE_CUSTODIAL_SENTENCES_FROM: Ymd = Ymd(2009, 4, 1);

pub const ANY_OTHER_SENTENCE: Row = Row {
    describes: "A sentence the Order does not list",
    adult: from_conviction(60),
    under_18: from_conviction(30),
};

pub use crate::rules::period::End;

/// A conviction's own rehabilitation, before other convictions are looked at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnPeriod {
    /// `None`: excluded from rehabilitation, never spent.
    pub end: Option<End>,
    pub findings: Vec<Finding>,
    pub caveats: Vec<Caveat>,
}

/// The length of a custodial term, against the 6- and 30-month lines (rules
/// §2.2): M months and D days is over N months when `add_months(date, M) + D`
/// is after `add_months(date, N)`.
fn term_is_over(date: NaiveDate, s: &Sentence, months: i64) -> bool {
    let term_end = after_period(date, s.months.unwrap_or(0), s.days.unwrap_or(0));
    let line = add_months(date, months);
    match (term_end, line) {
        (Some(t), Some(l)) => t > l,
        // Out of range only for absurd input: treat as the longest term.
        _ => true,
    }
}

fn term(s: &Sentence) -> Term {
    Term {
        months: s.months.unwrap_or(0),
        days: s.days.unwrap_or(0),
    }
}

enum Classified {
    /// Never spent; the term when excluded by its length.
    Excluded(Option<Term>),
    Row(Row),
}

/// Art 6: which row of the table a sentence falls in (rules §2.1, §2.2), and
/// the caveats of the defaults it used.
fn classify(date: NaiveDate, s: &Sentence) -> (Classified, Option<Caveat>) {
    use SentenceType as T;
    let custodial = |up_to_6: Row, to_30: Row| {
        if term_is_over(date, s, 30) {
            Classified::Excluded(Some(term(s)))
        } else if term_is_over(date, s, 6) {
            Classified::Row(to_30)
        } else {
            Classified::Row(up_to_6)
        }
    };
    match s.kind {
        T::Imprisonment => {
            // A term counts in full, custody plus licence (rules §2.2, default),
            // a question only for determinate custodial sentences.
            let dcs =
                s.suspended != Some(true) && date >= DETERMINATE_CUSTODIAL_SENTENCES_FROM.date();
            (
                custodial(CUSTODY_UP_TO_6_MONTHS, CUSTODY_6_TO_30_MONTHS),
                dcs.then_some(Caveat::DcsTerm),
            )
        }
        T::DetentionArt45 => (custodial(ART45_UP_TO_6_MONTHS, ART45_6_TO_30_MONTHS), None),
        // Art 6(1)(b) names "imprisonment or corrective training" together.
        T::CorrectiveTraining => (
            custodial(CUSTODY_UP_TO_6_MONTHS, CUSTODY_6_TO_30_MONTHS),
            Some(Caveat::UnlistedSentence),
        ),
        T::LifeImprisonment
        | T::DetentionAtPleasure
        | T::PreventiveDetention
        | T::IndeterminateCustodialSentence
        | T::ExtendedCustodialSentence => (Classified::Excluded(None), None),
        T::Fine | T::CommunityServiceOrder | T::CombinationOrder => {
            (Classified::Row(FINE_OR_COMMUNITY_SERVICE), None)
        }
        T::AbsoluteDischarge => (Classified::Row(ABSOLUTE_DISCHARGE), None),
        T::CompensationOrder | T::Endorsement | T::Other => (
            Classified::Row(ANY_OTHER_SENTENCE),
            Some(Caveat::UnlistedSentence),
        ),
        T::ProbationOrder
        | T::ConditionalDischarge
        | T::BindOver
        | T::CareOrder
        | T::SupervisionOrder => (Classified::Row(PROBATION_AND_SIMILAR), None),
        T::AttendanceCentreOrder
        | T::JuvenileJusticeCentreOrder
        | T::YouthConferenceOrder
        | T::ReparationOrder
        | T::CommunityResponsibilityOrder
        | T::RemandHomeOrder
        | T::TrainingSchoolOrder => (Classified::Row(YOUTH_ORDERS), None),
        T::HospitalOrder => (Classified::Row(HOSPITAL_ORDER), None),
        T::Disqualification => (Classified::Row(DISQUALIFICATION), None),
    }
}

/// The day an order ceases: the day after its last day. `None` = "until
/// further order" (no length and no end date).
fn order_ceases(date: NaiveDate, s: &Sentence) -> Option<NaiveDate> {
    if let Some(last_day) = s.ends {
        add_days(last_day, 1)
    } else if s.has_length() {
        after_period(date, s.months.unwrap_or(0), s.days.unwrap_or(0))
    } else {
        None
    }
}

/// Where one sentence's period ends (`None`: excluded), with its findings.
fn sentence_period(
    d: &Disposal,
    s: &Sentence,
    findings: &mut Vec<Finding>,
    caveats: &mut Vec<Caveat>,
) -> Option<End> {
    let (classified, caveat) = classify(d.date, s);
    caveats.extend(caveat);
    let row = match classified {
        Classified::Excluded(over_30_months) => {
            findings.push(EXCLUDED.found(Fact::NeverSpent {
                sentence: s.kind,
                over_30_months,
            }));
            return None;
        }
        Classified::Row(row) => row,
    };
    let span = if d.under_18 { row.under_18 } else { row.adult };
    let from_conviction = span
        .from_conviction
        .and_then(|m| add_months(d.date, i64::from(m)));
    let end = match span.after_order_ceases {
        None => from_conviction.map(End::On),
        Some(after) => match order_ceases(d.date, s) {
            None => {
                caveats.push(Caveat::IndefiniteOrder);
                findings
                    .push(UNTIL_FURTHER_ORDER.found(Fact::WhileOrderLasts { sentence: s.kind }));
                Some(End::Open)
            }
            Some(ceases) => {
                let after_order = add_months(ceases, i64::from(after));
                from_conviction.max(after_order).map(End::On)
            }
        },
    };
    findings.push(TABLE_A.found(Fact::Period {
        sentence: s.kind,
        under_18: d.under_18,
        span,
        spent_on: end.and_then(End::spent_on),
        // Custodial rows depend on the term, so name the row the term fell in.
        row: s.kind.is_custodial().then_some(row.describes),
    }));
    // Out of chrono's range only on absurd input: never spent is the safe answer.
    Some(end.unwrap_or(End::Open))
}

/// A conviction's own period: the longest of its sentences' periods; never
/// spent if any sentence is excluded (rules §2.3).
pub fn own_period(d: &Disposal) -> OwnPeriod {
    let mut findings = Vec::new();
    let mut caveats = Vec::new();
    let mut ends = Vec::new();
    for s in d.sentences() {
        ends.push(sentence_period(d, s, &mut findings, &mut caveats));
    }
    let end = if ends.iter().any(Option::is_none) {
        None
    } else {
        ends.iter().flatten().max().copied()
    };
    if d.sentences().len() > 1 {
        findings.push(LONGEST_SENTENCE.found(Fact::LongestSentence { end }));
    }
    OwnPeriod {
        end,
        findings,
        caveats,
    }
}

/// A non-court disposal is spent on the day it is given (rules §2.4).
pub fn non_court_spent(d: &Disposal) -> Finding {
    NON_COURT_SPENT_AT_ONCE.found(Fact::NonCourtSpentAtOnce {
        kind: d.kind,
        date: d.date,
    })
}

/// The rehabilitation outcome of each disposal of a record, after Art 7.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rehabilitation {
    /// `None`: never spent, or not while an order lasts.
    pub spent_on: Option<NaiveDate>,
    pub findings: Vec<Finding>,
    pub caveats: Vec<Caveat>,
}

/// One conviction, as Art 7 sees it.
struct Conviction<'a> {
    /// Index into the record.
    index: usize,
    d: &'a Disposal,
    /// Its own period; `None` for an excluded sentence (no period).
    own: Option<End>,
}

/// Union-find over convictions whose periods run together: every member of
/// a group shares the group's end, the latest of its members' own ends.
struct Groups {
    parent: Vec<usize>,
    end: Vec<End>,
    size: Vec<usize>,
}

impl Groups {
    fn root(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }
    fn join(&mut self, a: usize, b: usize) -> usize {
        let (a, b) = (self.root(a), self.root(b));
        if a == b {
            return a;
        }
        let (big, small) = if self.size[a] >= self.size[b] {
            (a, b)
        } else {
            (b, a)
        };
        self.parent[small] = big;
        self.size[big] += self.size[small];
        self.end[big] = self.end[big].max(self.end[small]);
        big
    }
}

/// Rules §2.5: further convictions inside a period, to a fixed point.
///
/// A later conviction (dated on or after an earlier one, before its period
/// ends) that has a period and is not summary-only joins the earlier one's
/// group: both take the later end. On the same day each conviction is "later"
/// than the other, so a summary-only one on the same day joins nothing by
/// that pair. Ends only grow, so one sweep in date order finds the fixed
/// point: a group still open on a day is one whose end is after it, kept in a
/// heap by end. O(n log n) in the number of convictions.
pub fn rehabilitate(record: &[Disposal]) -> Vec<Rehabilitation> {
    let mut out: Vec<Rehabilitation> = Vec::with_capacity(record.len());
    let mut convictions: Vec<Conviction> = Vec::new();
    for (index, d) in record.iter().enumerate() {
        if d.is_conviction() {
            let own = own_period(d);
            convictions.push(Conviction {
                index,
                d,
                own: own.end,
            });
            out.push(Rehabilitation {
                spent_on: None,
                findings: own.findings,
                caveats: own.caveats,
            });
        } else {
            out.push(Rehabilitation {
                spent_on: Some(d.date),
                findings: vec![non_court_spent(d)],
                caveats: Vec::new(),
            });
        }
    }
    // In date order; ties by id, so the answer never depends on input order.
    crate::rules::order::sort_by(&mut convictions, |a, b| {
        (a.d.date, &a.d.id).cmp(&(b.d.date, &b.d.id))
    });
    let n = convictions.len();
    let mut groups = Groups {
        parent: (0..n).collect(),
        end: convictions
            .iter()
            .map(|c| c.own.unwrap_or(End::Open))
            .collect(),
        size: vec![1; n],
    };

    // Open groups by end (earliest first). Summary-only convictions of the
    // current day wait aside: a conviction of the same day does not join them.
    let mut open: BinaryHeap<Reverse<(End, usize)>> = BinaryHeap::new();
    let mut same_day_summary: Vec<usize> = Vec::new();
    for (k, c) in convictions.iter().enumerate() {
        let date = c.d.date;
        if same_day_summary
            .first()
            .is_some_and(|&s| convictions[s].d.date < date)
        {
            for s in same_day_summary.drain(..) {
                open.push(Reverse((groups.end[s], s)));
            }
        }
        while let Some(&Reverse((end, _))) = open.peek() {
            if end.covers(date) {
                break;
            }
            open.pop();
        }
        let Some(_) = c.own else { continue };
        if c.d.summary_only() {
            same_day_summary.push(k);
            continue;
        }
        let mut joined = k;
        for Reverse((_, g)) in open.drain() {
            joined = groups.join(joined, g);
        }
        open.push(Reverse((groups.end[joined], joined)));
    }

    // The fixed point: each conviction's group and the group's end.
    let root_of: Vec<usize> = (0..n).map(|k| groups.root(k)).collect();
    let end_of: Vec<End> = root_of.iter().map(|&r| groups.end[r]).collect();

    // Later convictions that are never spent (excluded) or summary-only, in
    // date order, to find those inside each period by binary search.
    let excluded: Vec<usize> = (0..n)
        .filter(|&k| convictions[k].own.is_none() && !convictions[k].d.summary_only())
        .collect();
    let summary_only: Vec<usize> = (0..n)
        .filter(|&k| convictions[k].d.summary_only())
        .collect();
    let inside = |list: &[usize], k: usize, end: End| -> Vec<usize> {
        let from = convictions[k].d.date;
        let start = list.partition_point(|&j| convictions[j].d.date < from);
        list[start..]
            .iter()
            .copied()
            .take_while(|&j| end.covers(convictions[j].d.date))
            .filter(|&j| j != k)
            .take(4)
            .collect()
    };
    let count_inside = |list: &[usize], k: usize, end: End| -> usize {
        let from = convictions[k].d.date;
        let start = list.partition_point(|&j| convictions[j].d.date < from);
        let stop = list.partition_point(|&j| {
            convictions[j].d.date < from || end.covers(convictions[j].d.date)
        });
        // `k` itself is in the list, and in range, only if summary-only.
        let own = usize::from(convictions[k].d.summary_only() && end.covers(from));
        (stop - start).saturating_sub(own)
    };

    // Each group's members, longest own period first, to name in reasons.
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); n];
    for k in 0..n {
        if convictions[k].own.is_some() {
            members[root_of[k]].push(k);
        }
    }
    for m in &mut members {
        crate::rules::order::sort_by(m, |&a, &b| {
            (Reverse(convictions[a].own), &convictions[a].d.id)
                .cmp(&(Reverse(convictions[b].own), &convictions[b].d.id))
        });
    }

    // The latest-ending conviction dated on or before each one (two of them,
    // so that one other than itself can be named).
    let mut best: Vec<[Option<usize>; 2]> = vec![[None, None]; n];
    {
        let mut top: [Option<usize>; 2] = [None, None];
        let mut k = 0;
        while k < n {
            let date = convictions[k].d.date;
            let mut stop = k;
            while stop < n && convictions[stop].d.date == date {
                if convictions[stop].own.is_some() {
                    let end = end_of[stop];
                    let later = |t: Option<usize>| t.is_none_or(|t| end > end_of[t]);
                    if later(top[0]) {
                        top = [Some(stop), top[0]];
                    } else if later(top[1]) {
                        top[1] = Some(stop);
                    }
                }
                stop += 1;
            }
            for b in &mut best[k..stop] {
                *b = top;
            }
            k = stop;
        }
    }

    let id = |k: usize| convictions[k].d.id.as_str();
    for k in 0..n {
        let c = &convictions[k];
        let r = &mut out[c.index];
        if let Some(own) = c.own {
            let root = root_of[k];
            let end = end_of[k];
            let made_never_spent_by = inside(&excluded, k, end).first().copied();
            r.spent_on = match made_never_spent_by {
                Some(_) => None,
                None => end.spent_on(),
            };
            if end != own {
                let others = &members[root];
                let count = others.len() - 1;
                let mut names =
                    Names::some(others.iter().filter(|&&o| o != k).map(|&o| id(o)).take(3));
                names.more = count - names.first.len();
                r.findings
                    .push(EXTENSION.found(Fact::Overlapping { others: names, end }));
                if end == End::Open {
                    push_once(&mut r.caveats, Caveat::IndefiniteOrder);
                }
            }
            if let Some(b) = made_never_spent_by {
                push_once(&mut r.caveats, Caveat::ExcludedLaterSentence);
                r.findings
                    .push(EXCLUDED_LATER_SENTENCE.found(Fact::MadeNeverSpentBy {
                        other: id(b).to_owned(),
                    }));
            }
            let disregarded = inside(&summary_only, k, end);
            if !disregarded.is_empty() {
                let mut names = Names::some(disregarded.iter().take(3).map(|&j| id(j)));
                names.more = count_inside(&summary_only, k, end) - names.first.len();
                push_once(&mut r.caveats, Caveat::SummaryOnly);
                r.findings.push(
                    SUMMARY_ONLY_DISREGARDED.found(Fact::SummaryOnlyDisregarded { others: names }),
                );
            }
        }
        // The later, summary-only side: inside some other conviction's period.
        if c.d.summary_only() {
            let earlier = best[k]
                .into_iter()
                .flatten()
                .find(|&t| t != k)
                .filter(|&t| end_of[t].covers(c.d.date));
            if let Some(t) = earlier {
                push_once(&mut r.caveats, Caveat::SummaryOnly);
                r.findings
                    .push(SUMMARY_ONLY_DISREGARDED.found(Fact::IsSummaryOnly {
                        earlier: id(t).to_owned(),
                    }));
            }
        }
    }
    out
}

pub(crate) fn push_once(caveats: &mut Vec<Caveat>, c: Caveat) {
    if !caveats.contains(&c) {
        caveats.push(c);
    }
}
