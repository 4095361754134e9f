//! What standard and enhanced certificates show: filtering (rules §3–4).
//! Police Act 1997 s.113A as it has effect in Northern Ireland; S.R. 2014/100;
//! the Department of Justice's change of 16 March 2020.

use chrono::NaiveDate;

use super::citation::{Rule, SHORT_GUIDE};
use super::dates::{add_months, describe_months, long_date};
use super::in_force::{in_force_on, Dated, Ymd};
use super::model::{Caveat, Disposal, DisposalKind, Outcome, Reason};

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
    source: "Police Act 1997 s.113A(6D) as it has effect in NI (S.R. 2014/100 art 4)",
};
pub const MUST_BE_SPENT: Rule = Rule {
    id: "filtering-conviction-must-be-spent",
    source: SHORT_GUIDE,
};
pub const SINGLE_CONVICTION: Rule = Rule {
    id: "filtering-single-conviction-rule",
    source: "S.R. 2014/100; Short Guide, Annex D (Mr E)",
};
pub const UNDER_18_TO_REVIEWER: Rule = Rule {
    id: "under-18-non-court-to-reviewer",
    source: "Department of Justice announcement, 16 March 2020",
};
pub const CUSTODIAL_UNCERTAIN: Rule = Rule {
    id: "custodial-filtering-uncertain",
    source: "Short Guide, Annex D (Mrs H, Mr G); against: Police Act 1997 s.113A(6) as it has effect in NI; Justice Bill clause 29A",
};
pub const DYC_PERIOD: Rule = Rule {
    id: "dyc-filtering-period",
    source: "Default: the caution period for under-18s (nidirect); no public source states the DYC period",
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
    pub reasons: Vec<Reason>,
    pub caveats: Vec<Caveat>,
}

/// What the record looks like to the filtering rules.
pub struct Record {
    pub check_date: NaiveDate,
    pub convictions: usize,
}

/// Rules §4.1–4.4 and §4.6 for one disposal, taking `specified` as given.
pub fn filter(
    d: &Disposal,
    spent_on: Option<NaiveDate>,
    record: &Record,
    specified: bool,
) -> Filtered {
    let regime = regime_on(record.check_date);
    let mut reasons = Vec::new();
    let mut caveats = Vec::new();
    let Some(f) = regime.filtering else {
        reasons.push(regime.rule.because(
            "Before 14 April 2014 nothing was filtered: standard and enhanced checks showed every conviction and caution.",
        ));
        return Filtered {
            outcome: Outcome::Disclosed,
            filtered_on: None,
            reasons,
            caveats,
        };
    };
    let age = if d.under_18 { "under 18" } else { "18 or over" };
    let filtered_on = if specified {
        reasons.push(SPECIFIED.because(
            "The offence is on the list of specified offences, which are never filtered.",
        ));
        None
    } else {
        match d.kind {
            DisposalKind::Conviction => {
                conviction_filtered_on(d, spent_on, record, f, regime.rule, &mut reasons)
            }
            kind => {
                let (waits, what) = match kind {
                    DisposalKind::Caution => (f.caution, "A caution"),
                    DisposalKind::InformedWarning => (f.informed_warning, "An informed warning"),
                    _ => (
                        f.diversionary_youth_conference,
                        "A diversionary youth conference",
                    ),
                };
                let wait = if d.under_18 {
                    waits.under_18
                } else {
                    waits.adult
                };
                let on = add_months(d.date, i64::from(wait));
                let text = format!(
                    "{what} given to someone {age} is filtered once {} have passed: from {}.",
                    describe_months(wait),
                    on.map_or_else(|| "never".into(), long_date)
                );
                if kind == DisposalKind::DiversionaryYouthConference {
                    caveats.push(Caveat::DycPeriod);
                    reasons.push(DYC_PERIOD.because(text));
                } else {
                    reasons.push(regime.rule.because(text));
                }
                on
            }
        }
    };
    let is_filtered = filtered_on.is_some_and(|on| on <= record.check_date);
    if filtered_on.is_some() && d.sentences().iter().any(|s| s.kind.is_custodial()) {
        caveats.push(Caveat::CustodialFiltering);
        reasons.push(CUSTODIAL_UNCERTAIN.because(
            "Official sources differ on whether a conviction with a prison or custody sentence can be filtered. We follow the Department of Justice guide, but check with AccessNI or NIACRO before relying on this.",
        ));
    }
    let outcome = if is_filtered {
        Outcome::Filtered
    } else if f.under_18_non_court_to_reviewer && d.kind.is_non_court() && d.under_18 {
        reasons.push(UNDER_18_TO_REVIEWER.because(format!(
            "Since 16 March 2020, {} given to someone under 18 that is not filtered goes to the Independent Reviewer, who decides whether it shows.",
            d.kind.a()
        )));
        Outcome::ReferredToReviewer
    } else {
        Outcome::Disclosed
    };
    Filtered {
        outcome,
        filtered_on,
        reasons,
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
    reasons: &mut Vec<Reason>,
) -> Option<NaiveDate> {
    if f.single_conviction_rule && record.convictions != 1 {
        reasons.push(SINGLE_CONVICTION.because(format!(
            "From 14 April 2014 to 15 March 2020 a conviction was filtered only if it was the person's only conviction. This record has {} convictions, so none is filtered.",
            record.convictions
        )));
        return None;
    }
    let Some(spent_on) = spent_on else {
        reasons.push(MUST_BE_SPENT.because(
            "A conviction is filtered only once it is spent. This one is not spent, so it is not filtered.",
        ));
        return None;
    };
    let wait = if d.under_18 {
        f.conviction.under_18
    } else {
        f.conviction.adult
    };
    let age = if d.under_18 { "under 18" } else { "18 or over" };
    let old_enough = add_months(d.date, i64::from(wait))?;
    let on = old_enough.max(spent_on);
    reasons.push(regime.because(format!(
        "A conviction of someone {age} is filtered once it is spent and {} have passed since the date of conviction: for this one, from {}.",
        describe_months(wait),
        long_date(on)
    )));
    Some(on)
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
