//! What E&W standard and enhanced certificates show: the "relevant matter"
//! of the Police Act 1997 s.113A(6) as it has effect in England and Wales,
//! in the version in force on the check date (rules §4).

use chrono::NaiveDate;

use super::case::Disposal;
use super::explain::{found, Fact, Finding};
use super::model::{Caveat, Kind, Outcome, SentenceType};
use crate::rules::citation::Rule;
use crate::rules::dates::add_months;
use crate::rules::in_force::{in_force_on, Dated, Ymd};

/// Youth cautions (and youth conditional cautions, reprimands, warnings).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YouthCautions {
    /// Shown unless specified, until this many months have passed.
    CurrentFor(u32),
    /// Never a relevant matter (SI 2020/1364).
    Never,
    /// A relevant matter only while not spent (SI 2023/1153 (e)).
    UntilSpent,
}

/// The tests of one version of s.113A(6).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tests {
    /// A conviction is current for 11 years (18 or over) or 5 years 6 months.
    pub conviction_months: (u32, u32),
    /// An adult caution is current for 6 years.
    pub caution_months: u32,
    pub youth_cautions: YouthCautions,
    /// (a) "a person who has one conviction only" (SI 2013/1200).
    pub single_conviction_rule: bool,
    /// (a)(iv), (e): unspent convictions and cautions are always shown.
    pub unspent_shown: bool,
}

/// One version of the definition, with the day it took effect.
#[derive(Debug, Clone, Copy)]
pub struct Regime {
    pub from: Option<Ymd>,
    pub rule: Rule,
    /// `None`: nothing is filtered.
    pub tests: Option<Tests>,
}

impl Dated for Regime {
    fn in_force_from(&self) -> Option<Ymd> {
        self.from
    }
}

const TESTS_2013: Tests = Tests {
    conviction_months: (132, 66),
    caution_months: 72,
    youth_cautions: YouthCautions::CurrentFor(24),
    single_conviction_rule: true,
    unspent_shown: false,
};

pub const REGIMES: [Regime; 4] = [
    Regime {
        from: None,
        rule: Rule {
            id: "ew-no-filtering-before-2013-05-29",
            source: "Police Act 1997 s.113A(6) as it had effect in England and Wales before SI 2013/1200",
        },
        tests: None,
    },
    Regime {
        from: Some(Ymd(2013, 5, 29)),
        rule: Rule {
            id: "ew-filtering-2013",
            source: "Police Act 1997 s.113A(6), (6D), (6E) as substituted in England and Wales by SI 2013/1200 (in force 29 May 2013)",
        },
        tests: Some(TESTS_2013),
    },
    Regime {
        from: Some(Ymd(2020, 11, 28)),
        rule: Rule {
            id: "ew-filtering-2020",
            source: "Police Act 1997 s.113A(6) as amended in England and Wales by SI 2020/1364 (in force 28 November 2020)",
        },
        tests: Some(Tests {
            youth_cautions: YouthCautions::Never,
            single_conviction_rule: false,
            ..TESTS_2013
        }),
    },
    Regime {
        from: Some(Ymd(2023, 10, 28)),
        rule: Rule {
            id: "ew-filtering-2023",
            source: "Police Act 1997 s.113A(6)(a)(iv), (e) as amended in England and Wales by SI 2023/1153 (applied by DBS from 28 October 2023)",
        },
        tests: Some(Tests {
            youth_cautions: YouthCautions::UntilSpent,
            single_conviction_rule: false,
            unspent_shown: true,
            ..TESTS_2013
        }),
    },
];

pub const SPECIFIED: Rule = Rule {
    id: "ew-specified-offence-never-filtered",
    source: "Police Act 1997 s.113A(6)(a)(i), (c) and (6D) as it has effect in England and Wales (SI 2013/1200 art 4; DBS list of offences that will never be filtered)",
};
pub const CUSTODIAL: Rule = Rule {
    id: "ew-custodial-sentence-never-filtered",
    source:
        "Police Act 1997 s.113A(6)(a)(ii), (6E)(e); Rehabilitation of Offenders Act 1974 s.5(8)",
};
pub const SINGLE_CONVICTION: Rule = Rule {
    id: "ew-filtering-single-conviction-rule",
    source: "Police Act 1997 s.113A(6)(a), (b) as substituted by SI 2013/1200; omitted by SI 2020/1364 (R (P) v SSHD [2019] UKSC 3)",
};
pub const UNSPENT_SHOWN: Rule = Rule {
    id: "ew-unspent-always-shown",
    source: "Police Act 1997 s.113A(6)(a)(iv), (e) inserted by SI 2023/1153",
};
pub const NOT_A_RELEVANT_MATTER: Rule = Rule {
    id: "ew-fixed-penalty-not-a-relevant-matter",
    source: "Police Act 1997 s.113A(6); Rehabilitation of Offenders Act 1974 s.1(4), s.8A",
};

pub fn regime_on(check_date: NaiveDate) -> &'static Regime {
    in_force_on(&REGIMES, check_date)
}

/// One disposal's standard/enhanced result for one answer to "specified?".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filtered {
    pub outcome: Outcome,
    pub filtered_on: Option<NaiveDate>,
    pub findings: Vec<Finding>,
    pub caveats: Vec<Caveat>,
}

/// What the record looks like to the filtering rules.
pub struct Record {
    pub check_date: NaiveDate,
    pub convictions: usize,
}

/// A custodial sentence or service detention (s.113A(6)(a)(ii)).
fn custodial(d: &Disposal) -> bool {
    d.sentences()
        .iter()
        .any(|s| s.kind.is_custodial() || s.kind == SentenceType::ServiceDetention)
}

/// The later of the age mark and the day it is spent (2023 rules).
fn once_spent(mark: Option<NaiveDate>, spent_on: Option<NaiveDate>) -> Option<NaiveDate> {
    Some(mark?.max(spent_on?))
}

/// §4.3 and §4.5 for one disposal, taking `specified` as given.
pub fn filter(
    d: &Disposal,
    spent_on: Option<NaiveDate>,
    record: &Record,
    specified: bool,
) -> Filtered {
    let regime = regime_on(record.check_date);
    let mut findings = Vec::new();
    let mut caveats = Vec::new();
    let done = |outcome, findings, caveats| Filtered {
        outcome,
        filtered_on: None,
        findings,
        caveats,
    };
    if d.kind == Kind::FixedPenaltyNotice {
        findings.push(found(NOT_A_RELEVANT_MATTER, Fact::NotARelevantMatter));
        return done(Outcome::NotDisclosed, findings, caveats);
    }
    let Some(t) = regime.tests else {
        findings.push(found(regime.rule, Fact::NoFilteringYet));
        return done(Outcome::Disclosed, findings, caveats);
    };
    let youth_caution = d.under_18 && !d.is_conviction();
    let filtered_on = if youth_caution && !matches!(t.youth_cautions, YouthCautions::CurrentFor(_))
    {
        // R (P): since 2020 a youth caution is shown, if at all, only while
        // it is unspent, even for a specified offence.
        match t.youth_cautions {
            YouthCautions::Never => {
                findings.push(found(
                    regime.rule,
                    Fact::YouthCautionNeverShown { kind: d.kind },
                ));
                Some(d.date)
            }
            _ => {
                findings.push(found(
                    UNSPENT_SHOWN,
                    Fact::YouthCautionShownUntilSpent {
                        kind: d.kind,
                        on: spent_on,
                    },
                ));
                spent_on
            }
        }
    } else if specified {
        findings.push(found(SPECIFIED, Fact::SpecifiedNeverFiltered));
        None
    } else if d.is_conviction() {
        if custodial(d) {
            findings.push(found(CUSTODIAL, Fact::CustodialNeverFiltered));
            None
        } else if t.single_conviction_rule && record.convictions != 1 {
            findings.push(found(
                SINGLE_CONVICTION,
                Fact::SingleConvictionRule {
                    convictions: record.convictions,
                },
            ));
            None
        } else {
            let wait = if d.under_18 {
                t.conviction_months.1
            } else {
                t.conviction_months.0
            };
            waited(d, wait, spent_on, t, regime.rule, &mut findings)
        }
    } else {
        let wait = match t.youth_cautions {
            YouthCautions::CurrentFor(m) if d.under_18 => m,
            _ => t.caution_months,
        };
        waited(d, wait, spent_on, t, regime.rule, &mut findings)
    };
    let filtered = filtered_on.is_some_and(|on| on <= record.check_date);
    if filtered
        && d.sentences()
            .iter()
            .any(|s| s.kind == SentenceType::HospitalOrder)
    {
        caveats.push(Caveat::HospitalOrderFiltering);
    }
    Filtered {
        outcome: if filtered {
            Outcome::Filtered
        } else {
            Outcome::Disclosed
        },
        filtered_on,
        findings,
        caveats,
    }
}

fn waited(
    d: &Disposal,
    wait: u32,
    spent_on: Option<NaiveDate>,
    t: Tests,
    rule: Rule,
    findings: &mut Vec<Finding>,
) -> Option<NaiveDate> {
    let mark = add_months(d.date, i64::from(wait));
    let on = if t.unspent_shown {
        once_spent(mark, spent_on)
    } else {
        mark
    };
    match on {
        Some(on) => findings.push(found(
            rule,
            Fact::FilteredOn {
                kind: d.kind,
                under_18: d.under_18,
                wait_months: wait,
                once_spent: t.unspent_shown,
                on,
            },
        )),
        None => findings.push(found(UNSPENT_SHOWN, Fact::NotSpentSoNotFiltered)),
    }
    on
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regimes_are_real_dates_in_order() {
        let mut last = None;
        for r in REGIMES.iter().skip(1) {
            let d = r.from.map(Ymd::date);
            assert!(d > last && d != Some(NaiveDate::MIN), "{}", r.rule.id);
            last = d;
        }
    }
}
