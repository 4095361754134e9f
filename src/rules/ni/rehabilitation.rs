//! When a conviction is spent: the Rehabilitation of Offenders (Northern
//! Ireland) Order 1978, Arts 6 and 7 (rules §2), with the Short Guide's
//! Annex A for non-court disposals.

use chrono::NaiveDate;

use super::case::{Disposal, Sentence};
use super::catalogue::SentenceType;
use super::explain::{Fact, Finding, Names, Source, Term};
use super::model::Caveat;
use super::table::{row_for, term_is_over, Row, ROWS};
use crate::rules::citation::Rule;
use crate::rules::dates::{add_days, add_months, after_period};
use crate::rules::extension::{extend, Conviction, Sentenced};
use crate::rules::in_force::Ymd;

pub const EXCLUDED: Rule = Rule {
    id: "roo-1978-art-6-1-excluded",
    source: "Rehabilitation of Offenders (NI) Order 1978, Art 6(1)",
};
/// The table's rule; each row names its own source too (`table`).
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
pub const DISABILITY_ORDER: Rule = Rule {
    id: "roo-1978-art-7-disability-order-extends-nothing",
    source: "Rehabilitation of Offenders (NI) Order 1978, Art 7 (default following Rehabilitation of Offenders Act 1974 s.6(5))",
};
pub const SUMMARY_ONLY_DISREGARDED: Rule = Rule {
    id: "roo-1978-art-7-summary-only-disregarded",
    source: "Rehabilitation of Offenders (NI) Order 1978, Art 7 (default: a later summary-only conviction is disregarded)",
};

/// The sentences that are "a disqualification, prohibition or other order
/// imposing a disability": their period extends no other conviction.
pub const DISABILITY_ORDERS: [SentenceType; 1] = [SentenceType::Disqualification];

/// Determinate custodial sentences (custody plus licence): Criminal Justice
/// (NI) Order 2008 Art 8, in operation 1 April 2009 (S.R. 2009/120). Only
/// terms from convictions on or after it get caveat `dcs_term`.
pub const DETERMINATE_CUSTODIAL_SENTENCES_FROM: Ymd = Ymd(2009, 4, 1);
/// Art 8 is "of no effect in relation to a custodial sentence of less than
/// 12 months" (S.R. 2009/120 Sch 2 para 2; rules v3 §2.2).
pub const DCS_MINIMUM_MONTHS: i64 = 12;

pub use crate::rules::period::End;

/// The law a record is assessed under: the table's rows, and the check
/// date that picks the rows in force.
#[derive(Debug, Clone, Copy)]
pub struct Law {
    pub rows: &'static [Row],
    pub check_date: NaiveDate,
}

impl Law {
    /// The rows in force today's way: the Order's table.
    pub fn on(check_date: NaiveDate) -> Law {
        Law {
            rows: ROWS,
            check_date,
        }
    }
}

/// A conviction's own rehabilitation, before other convictions are looked at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnPeriod {
    /// `None`: excluded from rehabilitation, never spent.
    pub end: Option<End>,
    /// What it can pass on to another conviction (rules §2.5, `X`): the
    /// longest period of a sentence other than a disability order, with
    /// that sentence's position; `None` if it has only disability orders.
    pub passes_on: Option<(End, usize)>,
    /// The position of the sentence with the longest period.
    pub longest: usize,
    pub findings: Vec<Finding>,
    pub caveats: Vec<Caveat>,
}

/// The term is `months` or longer (the measure of [`term_is_over`]).
fn term_is_at_least(date: NaiveDate, s: &Sentence, months: i64) -> bool {
    term_is_over(date, s.months.unwrap_or(0), s.days.unwrap_or(0), months)
        || term_is_exactly(date, s, months)
}

fn term_is_exactly(date: NaiveDate, s: &Sentence, months: i64) -> bool {
    let term_end = after_period(date, s.months.unwrap_or(0), s.days.unwrap_or(0));
    term_end.is_some() && term_end == add_months(date, months)
}

fn term(s: &Sentence) -> Term {
    Term {
        months: s.months.unwrap_or(0),
        days: s.days.unwrap_or(0),
    }
}

/// The defaults a sentence's type uses (rules §1, §2.2), as caveats.
fn caveat_of(date: NaiveDate, s: &Sentence) -> Option<Caveat> {
    match s.kind {
        // A term counts in full, custody plus licence (rules §2.2, default),
        // a question only for determinate custodial sentences: terms of 12
        // months or more from 1 April 2009 (CJ(NI) Order 2008 Art 8; S.R.
        // 2009/120 Sch 2 para 2).
        SentenceType::Imprisonment => (s.suspended != Some(true)
            && date >= DETERMINATE_CUSTODIAL_SENTENCES_FROM.date()
            && term_is_at_least(date, s, DCS_MINIMUM_MONTHS))
        .then_some(Caveat::DcsTerm),
        // Art 6(1)(b) names "imprisonment or corrective training" together;
        // the Order lists no period for the others.
        SentenceType::CorrectiveTraining
        | SentenceType::CompensationOrder
        | SentenceType::Endorsement
        | SentenceType::Other => Some(Caveat::UnlistedSentence),
        _ => None,
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

/// Where one sentence's period ends (`None`: excluded), with its findings:
/// its row of the table in force on the check date.
fn sentence_period(
    d: &Disposal,
    s: &Sentence,
    law: Law,
    findings: &mut Vec<Finding>,
    caveats: &mut Vec<Caveat>,
) -> Option<End> {
    caveats.extend(caveat_of(d.date, s));
    let (months, days) = (s.months.unwrap_or(0), s.days.unwrap_or(0));
    let found = row_for(law.rows, law.check_date, s.kind, d.date, months, days);
    let Some(periods) = found.and_then(|r| r.periods) else {
        // Excluded (Art 6(1)); by its length when the row has a term.
        let over_30_months = found.and_then(|r| r.term).map(|_| term(s));
        let rule = Rule {
            source: found.map_or(EXCLUDED.source, |r| r.source),
            ..EXCLUDED
        };
        findings.push(rule.found(Fact::NeverSpent {
            sentence: s.kind,
            over_30_months,
        }));
        return None;
    };
    let row = found.map_or("", |r| r.describes);
    let span = if d.under_18 {
        periods.under_18
    } else {
        periods.adult
    };
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
    let rule = Rule {
        source: found.map_or(TABLE_A.source, |r| r.source),
        ..TABLE_A
    };
    findings.push(rule.found(Fact::Period {
        sentence: s.kind,
        under_18: d.under_18,
        span,
        spent_on: end.and_then(End::spent_on),
        // Custodial rows depend on the term, so name the row the term fell in.
        row: s.kind.is_custodial().then_some(row),
    }));
    // Out of chrono's range only on absurd input: never spent is the safe answer.
    Some(end.unwrap_or(End::Open))
}

/// A conviction's own period: the longest of its sentences' periods; never
/// spent if any sentence is excluded (rules §2.3).
pub fn own_period(d: &Disposal, law: Law) -> OwnPeriod {
    let mut findings = Vec::new();
    let mut caveats = Vec::new();
    let mut excluded = false;
    let mut end: Option<(End, usize)> = None;
    let mut passes_on: Option<(End, usize)> = None;
    for (i, s) in d.sentences().iter().enumerate() {
        match sentence_period(d, s, law, &mut findings, &mut caveats) {
            None => excluded = true,
            Some(e) => {
                // The first of equal periods is named.
                if end.is_none_or(|(best, _)| e > best) {
                    end = Some((e, i));
                }
                let passes = !DISABILITY_ORDERS.contains(&s.kind);
                if passes && passes_on.is_none_or(|(best, _)| e > best) {
                    passes_on = Some((e, i));
                }
            }
        }
    }
    let own = if excluded { None } else { end.map(|e| e.0) };
    if d.sentences().len() > 1 {
        findings.push(LONGEST_SENTENCE.found(Fact::LongestSentence { end: own }));
    }
    OwnPeriod {
        end: own,
        passes_on,
        longest: end.map_or(0, |e| e.1),
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

/// Rules §2.5: further convictions, by the rule both jurisdictions share
/// (`rules::extension`). In NI a later summary-only conviction is no
/// further offence (default), and a disability order passes nothing on
/// (version 3, following GB s.6(5)): where that changes an answer, the
/// conviction says so (caveat `disability_order_extension`).
pub fn rehabilitate(record: &[Disposal], law: Law) -> Vec<Rehabilitation> {
    let mut out: Vec<Rehabilitation> = Vec::with_capacity(record.len());
    // Convictions in date order, ties by id, so no answer depends on the
    // order they were entered in.
    let mut convictions: Vec<(usize, &Disposal, OwnPeriod)> = Vec::new();
    for (index, d) in record.iter().enumerate() {
        if d.is_conviction() {
            let own = own_period(d, law);
            out.push(Rehabilitation {
                spent_on: None,
                findings: Vec::new(),
                caveats: Vec::new(),
            });
            convictions.push((index, d, own));
        } else {
            out.push(Rehabilitation {
                spent_on: Some(d.date),
                findings: vec![non_court_spent(d)],
                caveats: Vec::new(),
            });
        }
    }
    crate::util::order::sort_by(&mut convictions, |a, b| {
        (a.1.date, &a.1.id).cmp(&(b.1.date, &b.1.id))
    });
    let as_rule = |passes_on: fn(&OwnPeriod) -> Option<(End, usize)>| -> Vec<Conviction> {
        convictions
            .iter()
            .map(|(_, d, own)| Conviction {
                date: d.date,
                period: own.end,
                passes_on: passes_on(own),
                further: !d.summary_only(),
                excludes_earlier: !d.summary_only(),
            })
            .collect()
    };
    let v3 = extend(&as_rule(|own| own.passes_on));
    // Version 2 let a disability order extend others: compared only where a
    // conviction's disability order outlasts its other sentences.
    let held_back = convictions
        .iter()
        .any(|(_, _, own)| own.end.is_some() && own.passes_on.map(|p| p.0) != own.end);
    let v2 = if held_back {
        extend(&as_rule(|own| own.end.map(|e| (e, own.longest))))
    } else {
        Vec::new()
    };

    // Each conviction's own findings move to its outcome (not copied).
    let mut owns: Vec<(Vec<Finding>, Vec<Caveat>)> = convictions
        .iter_mut()
        .map(|c| {
            (
                std::mem::take(&mut c.2.findings),
                std::mem::take(&mut c.2.caveats),
            )
        })
        .collect();
    let id = |k: usize| convictions.get(k).map_or("", |c| c.1.id.as_str());
    let source = |by: Sentenced| -> Option<Source> {
        let (_, d, _) = convictions.get(by.conviction)?;
        Some(Source {
            id: d.id.clone(),
            date: d.date,
            sentence: d.sentences().get(by.sentence)?.kind,
        })
    };
    for (k, (index, _, _)) in convictions.iter().enumerate() {
        let (Some(r), Some(e)) = (out.get_mut(*index), v3.get(k)) else {
            continue;
        };
        if let Some((findings, caveats)) = owns.get_mut(k) {
            r.findings.append(findings);
            r.caveats.append(caveats);
        }
        r.spent_on = e.spent_on();
        let Some(end) = e.end else { continue };
        // Where letting a disability order extend others would be later.
        let instead = v2
            .get(k)
            .filter(|w| w.spent_on() != e.spent_on() && w.end > e.end);
        if let Some(by) = e.by.and_then(source) {
            r.findings.push(EXTENSION.found(Fact::Extended { end, by }));
            if end == End::Open {
                push_once(&mut r.caveats, Caveat::IndefiniteOrder);
            }
        }
        if let Some(w) = instead {
            r.findings
                .push(DISABILITY_ORDER.found(Fact::DisabilityOrderHeldBack {
                    instead: w.end.unwrap_or(End::Open),
                }));
            push_once(&mut r.caveats, Caveat::DisabilityOrderExtension);
        }
        if let Some(b) = e.made_never_spent_by {
            push_once(&mut r.caveats, Caveat::ExcludedLaterSentence);
            r.findings
                .push(EXCLUDED_LATER_SENTENCE.found(Fact::MadeNeverSpentBy {
                    other: id(b).to_owned(),
                }));
        }
        if !e.disregarded.is_empty() {
            let mut names = Names::some(e.disregarded.iter().map(|&j| id(j)));
            names.more = e.disregarded_count.saturating_sub(names.first.len());
            push_once(&mut r.caveats, Caveat::SummaryOnly);
            r.findings.push(
                SUMMARY_ONLY_DISREGARDED.found(Fact::SummaryOnlyDisregarded { others: names }),
            );
        }
    }
    // The later, summary-only side.
    for (k, (index, _, _)) in convictions.iter().enumerate() {
        let earlier = v3.get(k).and_then(|e| e.disregarded_against);
        if let (Some(t), Some(r)) = (earlier, out.get_mut(*index)) {
            push_once(&mut r.caveats, Caveat::SummaryOnly);
            r.findings
                .push(SUMMARY_ONLY_DISREGARDED.found(Fact::IsSummaryOnly {
                    earlier: id(t).to_owned(),
                }));
        }
    }
    out
}

pub(crate) fn push_once(caveats: &mut Vec<Caveat>, c: Caveat) {
    if !caveats.contains(&c) {
        caveats.push(c);
    }
}
