//! What standard and enhanced certificates show: filtering (rules §3–4).
//! Police Act 1997 s.113A as it has effect in Northern Ireland; S.R. 2014/100;
//! the Department of Justice's change of 16 March 2020.

use chrono::NaiveDate;

use super::case::{Disposal, Sentence};
use super::catalogue::SentenceType;
use super::explain::{Fact, Finding};
use super::model::{Caveat, DisposalKind, Outcome};
use crate::rules::citation::{Rule, SHORT_GUIDE};
use crate::rules::dates::add_months;
use crate::rules::in_force::{in_force_on, Dated, Ymd};

/// The filtering periods of one regime, in months, for adults and under-18s.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Waits {
    pub adult: u32,
    pub under_18: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Filtering {
    pub conviction: Waits,
    pub caution: Waits,
    pub informed_warning: Waits,
    pub diversionary_youth_conference: Waits,
    /// A conviction is filtered only if it is the record's only conviction.
    pub single_conviction_rule: bool,
    /// Under-18 non-court disposals that are not filtered go to the
    /// Independent Reviewer instead of being shown.
    pub under_18_non_court_to_reviewer: bool,
}

/// One filtering regime (rules §4).
#[derive(Debug, Clone, Copy)]
pub struct Regime {
    pub from: Option<Ymd>,
    pub rule: Rule,
    /// `None`: nothing is filtered.
    pub filtering: Option<Filtering>,
}

impl Dated for Regime {
    fn in_force_from(&self) -> Option<Ymd> {
        self.from
    }
}

const WAITS_2014: Filtering = Filtering {
    conviction: Waits {
        adult: 132,
        under_18: 66,
    },
    caution: Waits {
        adult: 72,
        under_18: 24,
    },
    informed_warning: Waits {
        adult: 12,
        under_18: 12,
    },
    diversionary_youth_conference: Waits {
        adult: 24,
        under_18: 24,
    },
    single_conviction_rule: true,
    under_18_non_court_to_reviewer: false,
};

pub const REGIMES: [Regime; 3] = [
    Regime {
        from: None,
        rule: Rule {
            id: "no-filtering-before-2014-04-14",
            source: "AccessNI evidence to the NI Assembly, 2 October 2025",
        },
        filtering: None,
    },
    Regime {
        from: Some(Ymd(2014, 4, 14)),
        rule: Rule {
            id: "filtering-2014",
            source: "Police Act 1997 s.113A as it has effect in NI, amended by S.R. 2014/100 (in operation 14 April 2014); Short Guide",
        },
        filtering: Some(WAITS_2014),
    },
    Regime {
        from: Some(Ymd(2020, 3, 16)),
        rule: Rule {
            id: "filtering-2020",
            source: "S.R. 2014/100 as changed from 16 March 2020 (Department of Justice announcement, 16 March 2020)",
        },
        filtering: Some(Filtering {
            single_conviction_rule: false,
            under_18_non_court_to_reviewer: true,
            ..WAITS_2014
        }),
    },
];

pub const SPECIFIED: Rule = Rule {
    id: "specified-offence-never-filtered",
    source:
        "Police Act 1997 s.113A(6) and (6D) as it has effect in NI (S.R. 2014/100 arts 3 and 4)",
};
pub const CUSTODIAL_NEVER_FILTERED: Rule = Rule {
    id: "custodial-sentence-never-filtered",
    source: "Police Act 1997 s.113A(6) as it has effect in NI, definition of 'relevant matter' (S.R. 2014/100 art 3), and s.113A(6E)(f)",
};
pub const MUST_BE_SPENT: Rule = Rule {
    id: "filtering-conviction-must-be-spent",
    source: SHORT_GUIDE,
};
pub const SINGLE_CONVICTION: Rule = Rule {
    id: "filtering-single-conviction-rule",
    source: "Police Act 1997 s.113A(6) as it has effect in NI (S.R. 2014/100 art 3: a person with one conviction only); Short Guide, Annex D (Mr E)",
};
pub const UNDER_18_TO_REVIEWER: Rule = Rule {
    id: "under-18-non-court-to-reviewer",
    source: "Department of Justice announcement, 16 March 2020",
};

/// The regime in force on the check date.
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

/// How a conviction's sentences stand to "custodial sentence" (rules §1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Custody {
    None,
    /// Counted as custodial, and at least one sentence beyond doubt.
    Certain,
    /// Counted as custodial only by the defaults: suspended prison, Art 45.
    ByDefault {
        suspended: bool,
        art45: bool,
    },
}

fn custody(d: &Disposal) -> Custody {
    let custodial: Vec<_> = d
        .sentences()
        .iter()
        .filter(|s| s.kind.is_custodial())
        .collect();
    let suspended =
        |s: &&&Sentence| s.kind == SentenceType::Imprisonment && s.suspended == Some(true);
    let art45 = |s: &&&Sentence| s.kind == SentenceType::DetentionArt45;
    if custodial.is_empty() {
        Custody::None
    } else if custodial.iter().all(|s| suspended(&s) || art45(&s)) {
        Custody::ByDefault {
            suspended: custodial.iter().any(|s| suspended(&s)),
            art45: custodial.iter().any(|s| art45(&s)),
        }
    } else {
        Custody::Certain
    }
}

/// Youth custody orders the engine does not count as custodial (rules §1).
fn youth_custody_order(d: &Disposal) -> bool {
    use SentenceType as T;
    d.sentences().iter().any(|s| {
        matches!(
            s.kind,
            T::JuvenileJusticeCentreOrder | T::TrainingSchoolOrder | T::RemandHomeOrder
        )
    })
}

/// Rules §4.1–4.4 and §4.6 for one disposal, taking `specified` as given.
pub fn filter(
    d: &Disposal,
    spent_on: Option<NaiveDate>,
    record: &Record,
    specified: bool,
) -> Filtered {
    let regime = regime_on(record.check_date);
    let mut findings = Vec::new();
    let mut caveats = Vec::new();
    let Some(f) = regime.filtering else {
        findings.push(regime.rule.found(Fact::NoFilteringYet));
        return Filtered {
            outcome: Outcome::Disclosed,
            filtered_on: None,
            findings,
            caveats,
        };
    };
    let filtered_on = if specified {
        // (6D): every kind of disposal for a specified offence is shown,
        // informed warnings included.
        findings.push(SPECIFIED.found(Fact::SpecifiedNeverFiltered));
        None
    } else if d.kind == DisposalKind::Conviction {
        conviction_filtered_on(
            d,
            spent_on,
            record,
            f,
            regime.rule,
            &mut findings,
            &mut caveats,
        )
    } else {
        let waits = match d.kind {
            DisposalKind::Caution => f.caution,
            DisposalKind::InformedWarning => f.informed_warning,
            _ => f.diversionary_youth_conference,
        };
        let wait = if d.under_18 {
            waits.under_18
        } else {
            waits.adult
        };
        let on = add_months(d.date, i64::from(wait));
        findings.push(regime.rule.found(Fact::NonCourtFilteredOn {
            kind: d.kind,
            under_18: d.under_18,
            wait_months: wait,
            on,
        }));
        on
    };
    let is_filtered = filtered_on.is_some_and(|on| on <= record.check_date);
    let outcome = if is_filtered {
        Outcome::Filtered
    } else if f.under_18_non_court_to_reviewer && d.kind.is_non_court() && d.under_18 {
        findings.push(UNDER_18_TO_REVIEWER.found(Fact::Under18ToReviewer { kind: d.kind }));
        Outcome::ReferredToReviewer
    } else {
        Outcome::Disclosed
    };
    Filtered {
        outcome,
        filtered_on,
        findings,
        caveats,
    }
}

/// Rules §4.1 and §4.6 for a conviction that is not specified.
fn conviction_filtered_on(
    d: &Disposal,
    spent_on: Option<NaiveDate>,
    record: &Record,
    f: Filtering,
    regime: Rule,
    findings: &mut Vec<Finding>,
    caveats: &mut Vec<Caveat>,
) -> Option<NaiveDate> {
    if f.single_conviction_rule && record.convictions != 1 {
        findings.push(SINGLE_CONVICTION.found(Fact::SingleConvictionRule {
            convictions: record.convictions,
        }));
        return None;
    }
    let wait = if d.under_18 {
        f.conviction.under_18
    } else {
        f.conviction.adult
    };
    // "Current" by time alone (s.113A(6E)(b)); the guide adds "spent".
    let old_enough = add_months(d.date, i64::from(wait))?;
    let by_the_guide = spent_on.map(|spent| spent.max(old_enough));
    match custody(d) {
        Custody::None => {}
        custody => {
            findings.push(CUSTODIAL_NEVER_FILTERED.found(Fact::CustodialNeverFiltered));
            // Caveats only where the custodial rule is what keeps it shown.
            if by_the_guide.is_some() {
                caveats.push(Caveat::CustodialFiltering);
                if let Custody::ByDefault { suspended, art45 } = custody {
                    if suspended {
                        caveats.push(Caveat::SuspendedCustodial);
                    }
                    if art45 {
                        caveats.push(Caveat::YouthCustodyFiltering);
                    }
                }
            }
            return None;
        }
    }
    if by_the_guide != Some(old_enough) {
        caveats.push(Caveat::FilterSpentCondition);
    }
    if youth_custody_order(d) && by_the_guide.is_some() {
        caveats.push(Caveat::YouthCustodyFiltering);
    }
    match by_the_guide {
        None => {
            findings.push(MUST_BE_SPENT.found(Fact::NotSpentSoNotFiltered));
            None
        }
        Some(on) => {
            findings.push(regime.found(Fact::ConvictionFilteredOn {
                under_18: d.under_18,
                wait_months: wait,
                on,
            }));
            Some(on)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regimes_are_real_dates_in_order() {
        let dates: Vec<NaiveDate> = REGIMES
            .iter()
            .filter_map(|r| r.from.map(Ymd::date))
            .collect();
        assert_eq!(dates.len(), REGIMES.len() - 1);
        assert!(dates.windows(2).all(|w| w[0] < w[1]));
        assert!(dates.iter().all(|d| *d != NaiveDate::MIN));
    }

    #[test]
    fn regime_by_check_date() {
        let on = |y, m, d| regime_on(NaiveDate::from_ymd_opt(y, m, d).unwrap()).rule.id;
        assert_eq!(on(2014, 4, 13), "no-filtering-before-2014-04-14");
        assert_eq!(on(2014, 4, 14), "filtering-2014");
        assert_eq!(on(2020, 3, 15), "filtering-2014");
        assert_eq!(on(2020, 3, 16), "filtering-2020");
        assert_eq!(on(1900, 1, 1), "no-filtering-before-2014-04-14");
    }
}
