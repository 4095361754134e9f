//! The England and Wales rules (`shared/rules/ew-disclosure-rules.md`).
//! Pure Rust, no clock, no I/O, no panics; every rule is dated data chosen
//! by the check date. One module per instrument:
//!
//! - [`rehabilitation`]: Rehabilitation of Offenders Act 1974 ss.1, 5, 6 and
//!   Sch 2 in its three versions (before 2014, LASPO 2012, PCSC 2022);
//! - [`filtering`]: Police Act 1997 ss.112, 113A(6) as it has effect in E&W;
//! - [`explain`]: findings into words; [`model`], [`validation`]: the case.

pub mod case;
pub mod explain;
pub mod filtering;
pub mod model;
pub mod parse;
pub mod rehabilitation;
pub mod validation;
pub mod write;

use crate::rules::citation::Rule;
use crate::rules::model::{Basic, Review};
pub use case::{Case, Disposal, Sentence};
use explain::{found, Fact, Finding};
use filtering::{filter, Filtered, Record};
pub use model::*;
use rehabilitation::{act_on, no_saving, push_once, rehabilitate, Schedule18};

pub const BASIC: Rule = Rule {
    id: "ew-basic-unspent-convictions-and-conditional-cautions",
    source: "Police Act 1997 s.112 (criminal conviction certificate); Rehabilitation of Offenders Act 1974 Sch 2",
};
pub const ENHANCED: Rule = Rule {
    id: "ew-enhanced-as-standard-plus-police-information",
    source: "Police Act 1997 s.113B(4), (4A)",
};
pub const NO_SCHEME: Rule = Rule {
    id: "ew-no-independent-reviewer",
    source: "Police Act 1997 s.117B and Sch 8A (Northern Ireland only); s.117 (disputes to DBS), s.117A (Independent Monitor)",
};
pub const NOT_SURE_SPECIFIED: Rule = Rule {
    id: "ew-specified-not-sure-both-answers",
    source: "Police Act 1997 s.113A(6D) as it has effect in England and Wales (DBS list of offences that will never be filtered)",
};

/// Assesses a valid E&W case.
pub fn assess_valid(case: &Case) -> Assessment {
    let check = case.check_date;
    let act = act_on(check);
    let mut rehab = rehabilitate(case, act, Schedule18::NotSureAsYes);
    no_saving(case, act, Schedule18::NotSureAsYes, &mut rehab);
    // §2.1: a Schedule 18 "not sure" is worked out both ways.
    let not_sure = case.disposals.iter().any(|d| {
        d.sentences()
            .iter()
            .any(|s| s.schedule_18_over_4_years == Some(None))
    });
    let if_not: Vec<rehabilitation::Rehabilitation> = if not_sure {
        rehabilitate(case, act, Schedule18::NotSureAsNo)
    } else {
        Vec::new()
    };
    let record = Record {
        check_date: check,
        convictions: case.disposals.iter().filter(|d| d.is_conviction()).count(),
    };
    let disposals = case
        .disposals
        .iter()
        .zip(rehab)
        .enumerate()
        .map(|(i, (d, r))| {
            let mut findings = r.findings;
            let mut caveats = r.caveats;
            // The caveats of both answers, where they differ (§2.1).
            let spent_on_if_not_schedule_18 = match if_not.get(i) {
                Some(no) if no.spent_on != r.spent_on => {
                    findings.push(found(
                        rehabilitation::SCHEDULE_18_NOT_SURE,
                        Fact::Schedule18NotSure {
                            if_not: no.spent_on,
                        },
                    ));
                    push_once(&mut caveats, Caveat::Schedule18NotSure);
                    for &c in &no.caveats {
                        push_once(&mut caveats, c);
                    }
                    no.spent_on
                }
                _ => None,
            };
            let spent = r.spent_on.is_some_and(|on| on <= check);
            let shows_on_basic =
                matches!(d.kind, Kind::Conviction | Kind::ConditionalCaution) && !spent;
            let basic = if shows_on_basic {
                Basic::Disclosed
            } else {
                Basic::NotDisclosed
            };
            findings.push(found(
                BASIC,
                Fact::Basic {
                    kind: d.kind,
                    shows: shows_on_basic,
                    check_date: check,
                },
            ));
            let first: Filtered = filter(d, r.spent_on, &record, d.specified.unwrap_or(true));
            findings.extend(first.findings);
            for c in first.caveats {
                push_once(&mut caveats, c);
            }
            let mut outcome = first.outcome;
            if d.specified.is_none() {
                let other = filter(d, r.spent_on, &record, false);
                for c in other.caveats {
                    push_once(&mut caveats, c);
                }
                if other.outcome != outcome || other.filtered_on != first.filtered_on {
                    findings.push(found(
                        NOT_SURE_SPECIFIED,
                        Fact::BothAnswers {
                            if_specified: (outcome, first.filtered_on),
                            if_not: (other.outcome, other.filtered_on),
                        },
                    ));
                    if other.outcome != outcome {
                        outcome = Outcome::DependsOnSpecified;
                    }
                }
            }
            findings.push(found(ENHANCED, Fact::Enhanced));
            findings.push(found(NO_SCHEME, Fact::NoScheme));
            crate::util::order::sort(&mut caveats);
            DisposalAssessment {
                id: d.id.clone(),
                spent_on: r.spent_on,
                spent_on_if_not_schedule_18,
                spent,
                basic,
                standard: outcome,
                enhanced: outcome,
                filtered_on: first.filtered_on,
                review: Review::NoScheme,
                caveats,
                reasons: findings.iter().map(Finding::reason).collect(),
            }
        })
        .collect();
    Assessment {
        check_date: check,
        jurisdiction: "ew".into(),
        rules: format!("England and Wales, rules in force on {check}"),
        review_deadline: None,
        disposals,
    }
}
