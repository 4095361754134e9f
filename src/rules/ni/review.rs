//! The Independent Reviewer (rules §5): from 1 March 2016, a disclosed item
//! that is spent can be reviewed — automatically when everything disclosed
//! was given under 18, or on the person's written application.

use chrono::NaiveDate;

use super::explain::{Fact, Finding};
use super::model::{Outcome, Review};
use crate::rules::citation::{Rule, SHORT_GUIDE};
use crate::rules::dates::add_days;
use crate::rules::in_force::{in_force_on, Dated, Ymd};

/// Whether a review scheme exists on a date, as dated data.
#[derive(Debug, Clone, Copy)]
pub struct Scheme {
    pub from: Option<Ymd>,
    pub exists: bool,
}

/// Calendar days from a certificate's issue to apply for a review.
pub const APPLY_WITHIN_DAYS: i64 = 90;

impl Dated for Scheme {
    fn in_force_from(&self) -> Option<Ymd> {
        self.from
    }
}

pub const SCHEMES: [Scheme; 2] = [
    Scheme {
        from: None,
        exists: false,
    },
    Scheme {
        from: Some(Ymd(2016, 3, 1)),
        exists: true,
    },
];

pub const NO_SCHEME: Rule = Rule {
    id: "review-scheme-from-2016-03-01",
    source: SHORT_GUIDE,
};
pub const AUTOMATIC: Rule = Rule {
    id: "review-automatic",
    source: "Police Act 1997 Sch 8A para 6 (inserted by the Justice Act (NI) 2015); Short Guide, 'Automatic process for those under 18 years old'",
};
pub const REFERRED: Rule = Rule {
    id: "review-automatic-referred",
    source: "Department of Justice announcement, 16 March 2020; Police Act 1997 Sch 8A para 6",
};
pub const CAN_APPLY: Rule = Rule {
    id: "review-application",
    source: "Police Act 1997 Sch 8A para 4; Short Guide, 'How does the review process work?'; certificate dispute form, boxes B3 and C5",
};
pub const NOT_ELIGIBLE: Rule = Rule {
    id: "review-spent-only",
    source:
        "Police Act 1997 Sch 8A paras 4 and 6; Short Guide, 'What information can be reviewed?'",
};
pub const NOT_APPLICABLE: Rule = Rule {
    id: "review-nothing-to-review",
    source: SHORT_GUIDE,
};

pub fn scheme_on(check_date: NaiveDate) -> &'static Scheme {
    in_force_on(&SCHEMES, check_date)
}

/// What the reviewer rules need to know about one disposal.
#[derive(Debug, Clone, Copy)]
pub struct Item {
    pub outcome: Outcome,
    pub under_18: bool,
    pub spent: bool,
    pub spent_on: Option<NaiveDate>,
    pub non_court: bool,
}

/// The route for every item of a record, in order, each with its finding.
pub fn routes(items: &[Item], check_date: NaiveDate) -> Vec<(Review, Finding)> {
    let finding = |route: Review, rule: Rule, i: &Item, whole_record_under_18: bool| {
        (
            route,
            rule.found(Fact::Route {
                route,
                spent_on: i.spent_on,
                whole_record_under_18,
            }),
        )
    };
    if !scheme_on(check_date).exists {
        return items
            .iter()
            .map(|i| finding(Review::NoScheme, NO_SCHEME, i, false))
            .collect();
    }
    // Sch 8A para 6(1)(b): the certificate would hold a spent conviction or a
    // non-court disposal from under 18, and nothing from 18 or over.
    let on_certificate = || {
        items
            .iter()
            .filter(|i| matches!(i.outcome, Outcome::Disclosed | Outcome::ReferredToReviewer))
    };
    let reviewable = |i: &Item| i.non_court || i.spent;
    let whole_record_under_18 =
        on_certificate().all(|i| i.under_18) && on_certificate().any(reviewable);
    items
        .iter()
        .map(|i| match i.outcome {
            Outcome::ReferredToReviewer => finding(Review::Automatic, REFERRED, i, false),
            Outcome::Filtered | Outcome::DependsOnSpecified => {
                finding(Review::NotApplicable, NOT_APPLICABLE, i, false)
            }
            Outcome::Disclosed if whole_record_under_18 && reviewable(i) => {
                finding(Review::Automatic, AUTOMATIC, i, true)
            }
            Outcome::Disclosed if reviewable(i) => finding(Review::CanApply, CAN_APPLY, i, false),
            Outcome::Disclosed => finding(Review::NotEligible, NOT_ELIGIBLE, i, false),
        })
        .collect()
}

/// `certificate_issued` + 90 calendar days, for a certificate issued while
/// the review scheme exists (case format; rules §5).
pub fn deadline(certificate_issued: Option<NaiveDate>) -> Option<NaiveDate> {
    let issued = certificate_issued?;
    if !scheme_on(issued).exists {
        return None;
    }
    add_days(issued, APPLY_WITHIN_DAYS)
}

// ---------------------------------------------------------------------------
// Timescales (rules §5; Short Guide, "Timescales applied"). Dated data so the
// page can turn "within N days" into dates without knowing any law itself.

/// One stage of a review route, in the order the Short Guide gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stage {
    /// Application route: the person sends the dispute form (box B3 or C5).
    Apply,
    /// Application route: the Reviewer aims to decide, counted from the application.
    Decision,
    /// Automatic route: AccessNI writes, counted from the Reviewer telling it
    /// that some information should show.
    AccessNiWrites,
    /// Automatic route: the person sends more information, counted from AccessNI's letter.
    SendInformation,
    /// Automatic route: the Reviewer aims to decide again, counted from getting the information.
    DecisionAgain,
}

/// How many calendar days a stage may take, and where that comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timescale {
    pub stage: Stage,
    pub days: i64,
    pub rule: Rule,
}

/// Calendar days the Reviewer aims to decide an application in.
pub const DECISION_WITHIN_DAYS: i64 = 28;
/// Automatic route: calendar days for AccessNI to write after hearing from the Reviewer.
pub const ACCESSNI_WRITES_WITHIN_DAYS: i64 = 7;
/// Automatic route: calendar days the person has to send more information.
pub const SEND_INFORMATION_WITHIN_DAYS: i64 = 14;
/// Automatic route: calendar days the Reviewer aims to decide in after getting it.
pub const DECISION_AGAIN_WITHIN_DAYS: i64 = 14;

pub const APPLY_BY: Timescale = Timescale {
    stage: Stage::Apply,
    days: APPLY_WITHIN_DAYS,
    rule: Rule {
        id: "review-apply-within-90-days",
        source: "Short Guide, 'Timescales applied' (application process); certificate dispute form",
    },
};
pub const DECISION: Timescale = Timescale {
    stage: Stage::Decision,
    days: DECISION_WITHIN_DAYS,
    rule: Rule {
        id: "review-decision-within-28-days",
        source: "Short Guide, 'Timescales applied' (application process)",
    },
};
pub const ACCESSNI_WRITES: Timescale = Timescale {
    stage: Stage::AccessNiWrites,
    days: ACCESSNI_WRITES_WITHIN_DAYS,
    rule: Rule {
        id: "review-automatic-letter-within-7-days",
        source: "Short Guide, 'Timescales applied' (automatic process)",
    },
};
pub const SEND_INFORMATION: Timescale = Timescale {
    stage: Stage::SendInformation,
    days: SEND_INFORMATION_WITHIN_DAYS,
    rule: Rule {
        id: "review-automatic-information-within-14-days",
        source: "Short Guide, 'Timescales applied' (automatic process)",
    },
};
pub const DECISION_AGAIN: Timescale = Timescale {
    stage: Stage::DecisionAgain,
    days: DECISION_AGAIN_WITHIN_DAYS,
    rule: Rule {
        id: "review-automatic-decision-within-14-days",
        source: "Short Guide, 'Timescales applied' (automatic process)",
    },
};

pub const APPLICATION_ROUTE: [Timescale; 2] = [APPLY_BY, DECISION];
pub const AUTOMATIC_ROUTE: [Timescale; 3] = [ACCESSNI_WRITES, SEND_INFORMATION, DECISION_AGAIN];

/// The timescales in force from a date; empty before the scheme began.
#[derive(Debug, Clone, Copy)]
pub struct Timescales {
    pub from: Option<Ymd>,
    pub application: &'static [Timescale],
    pub automatic: &'static [Timescale],
}

impl Dated for Timescales {
    fn in_force_from(&self) -> Option<Ymd> {
        self.from
    }
}

pub const TIMESCALES: [Timescales; 2] = [
    Timescales {
        from: None,
        application: &[],
        automatic: &[],
    },
    Timescales {
        from: Some(Ymd(2016, 3, 1)),
        application: &APPLICATION_ROUTE,
        automatic: &AUTOMATIC_ROUTE,
    },
];

pub fn timescales_on(check_date: NaiveDate) -> &'static Timescales {
    in_force_on(&TIMESCALES, check_date)
}

/// The last day of one stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StageDate {
    pub timescale: Timescale,
    pub by: NaiveDate,
}

/// The last day of each stage of `route`, when the first stage's clock
/// starts on `start` and each later stage starts on the day the one before
/// it ends (so the dates are the latest each stage should take).
///
/// For the application route, `start` is the certificate's issue date; to
/// count from a known application date, pass `&APPLICATION_ROUTE[1..]`.
/// For the automatic route from the date on AccessNI's letter, pass
/// `&AUTOMATIC_ROUTE[1..]`. Stops early only outside the calendar's range.
pub fn stage_dates(route: &[Timescale], start: NaiveDate) -> Vec<StageDate> {
    let mut out = Vec::with_capacity(route.len());
    let mut from = start;
    for &timescale in route {
        let Some(by) = add_days(from, timescale.days) else {
            break;
        };
        out.push(StageDate { timescale, by });
        from = by;
    }
    out
}

#[cfg(test)]
mod timescale_tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn days(route: &[Timescale]) -> Vec<i64> {
        route.iter().map(|t| t.days).collect()
    }

    #[test]
    fn the_short_guide_numbers() {
        assert_eq!(days(&APPLICATION_ROUTE), [90, 28]);
        assert_eq!(days(&AUTOMATIC_ROUTE), [7, 14, 14]);
        let stages: Vec<Stage> = APPLICATION_ROUTE
            .iter()
            .chain(&AUTOMATIC_ROUTE)
            .map(|t| t.stage)
            .collect();
        assert_eq!(
            stages,
            [
                Stage::Apply,
                Stage::Decision,
                Stage::AccessNiWrites,
                Stage::SendInformation,
                Stage::DecisionAgain
            ]
        );
    }

    #[test]
    fn each_timescale_cites_the_short_guide_once() {
        let all: Vec<Timescale> = APPLICATION_ROUTE
            .iter()
            .chain(&AUTOMATIC_ROUTE)
            .copied()
            .collect();
        for (i, t) in all.iter().enumerate() {
            assert!(t.rule.source.starts_with("Short Guide"), "{}", t.rule.id);
            assert!(t.rule.id.contains(&t.days.to_string()), "{}", t.rule.id);
            assert!(all[i + 1..].iter().all(|o| o.rule.id != t.rule.id));
        }
    }

    #[test]
    fn dated_from_the_start_of_the_scheme() {
        assert!(timescales_on(d(2016, 2, 29)).application.is_empty());
        assert!(timescales_on(d(2016, 2, 29)).automatic.is_empty());
        assert_eq!(timescales_on(d(2016, 3, 1)).application, &APPLICATION_ROUTE);
        assert_eq!(timescales_on(d(2026, 11, 21)).automatic, &AUTOMATIC_ROUTE);
        // The same start as the scheme itself.
        for t in &TIMESCALES {
            let when = t.from.map(Ymd::date);
            assert!(SCHEMES.iter().any(|s| s.from.map(Ymd::date) == when));
        }
    }

    #[test]
    fn application_dates_from_the_issue_date() {
        let dates = stage_dates(&APPLICATION_ROUTE, d(2016, 6, 20));
        assert_eq!(dates.len(), 2);
        assert_eq!(dates[0].timescale.stage, Stage::Apply);
        assert_eq!(dates[0].by, d(2016, 9, 18));
        // The same day the assessment gives as its review deadline.
        assert_eq!(Some(dates[0].by), deadline(Some(d(2016, 6, 20))));
        assert_eq!(dates[1].timescale.stage, Stage::Decision);
        assert_eq!(dates[1].by, d(2016, 10, 16));
        // From a known application date: 28 days.
        let from_applying = stage_dates(&APPLICATION_ROUTE[1..], d(2016, 7, 1));
        assert_eq!(from_applying.len(), 1);
        assert_eq!(from_applying[0].by, d(2016, 7, 29));
    }

    #[test]
    fn automatic_dates() {
        let dates: Vec<NaiveDate> = stage_dates(&AUTOMATIC_ROUTE, d(2016, 7, 1))
            .iter()
            .map(|s| s.by)
            .collect();
        assert_eq!(dates, [d(2016, 7, 8), d(2016, 7, 22), d(2016, 8, 5)]);
        // From the date on AccessNI's letter, across a leap day and a year end.
        let dates: Vec<NaiveDate> = stage_dates(&AUTOMATIC_ROUTE[1..], d(2020, 2, 20))
            .iter()
            .map(|s| s.by)
            .collect();
        assert_eq!(dates, [d(2020, 3, 5), d(2020, 3, 19)]);
        let dates: Vec<NaiveDate> = stage_dates(&AUTOMATIC_ROUTE[1..], d(2025, 12, 25))
            .iter()
            .map(|s| s.by)
            .collect();
        assert_eq!(dates, [d(2026, 1, 8), d(2026, 1, 22)]);
    }

    #[test]
    fn out_of_range_stops_instead_of_panicking() {
        assert!(stage_dates(&APPLICATION_ROUTE, NaiveDate::MAX).is_empty());
        assert!(stage_dates(&[], d(2016, 7, 1)).is_empty());
    }
}
