//! The Northern Ireland disclosure rules engine.
//!
//! Implements `shared/rules/ni-disclosure-rules.md`: pure Rust, no clock, no
//! I/O, no panics. Every rule is chosen by the case's check date. Each module
//! is one instrument or concern, named as the law names it:
//!
//! - [`rehabilitation`]: when a conviction is spent (ROO 1978 Arts 6–7);
//! - [`filtering`]: what standard and enhanced certificates show;
//! - [`review`]: the Independent Reviewer's routes and deadline;
//! - [`dates`]: the one date convention; [`in_force`]: dated rules;
//! - [`model`], [`catalogue`], [`validation`]: the case format.

pub mod catalogue;
pub mod citation;
pub mod dates;
pub mod filtering;
pub mod in_force;
pub mod model;
pub mod rehabilitation;
pub mod review;
pub mod validation;

use chrono::NaiveDate;

use citation::Rule;
use dates::long_date;
use filtering::{filter, Filtered, Record};
pub use model::*;
use rehabilitation::push_once;
pub use validation::{validate, Problem};

pub const BASIC: Rule = Rule {
    id: "basic-unspent-convictions-only",
    source: "nidirect, AccessNI basic checks",
};
pub const ENHANCED: Rule = Rule {
    id: "enhanced-as-standard-plus-police-information",
    source: "nidirect, AccessNI enhanced checks; Short Guide, 'Police information'",
};
pub const NOT_SURE_SPECIFIED: Rule = Rule {
    id: "specified-not-sure-both-answers",
    source: "Police Act 1997 s.113A(6D) as it has effect in NI (list of specified offences)",
};

/// Assesses a case, or says everything wrong with it.
pub fn assess(case: &Case) -> Result<Assessment, Vec<Problem>> {
    let problems = validate(case);
    if problems.is_empty() {
        Ok(assess_valid(case))
    } else {
        Err(problems)
    }
}

/// Reads a case from JSON, with a plain message when it is not one.
pub fn parse_case(json: &str) -> Result<Case, String> {
    serde_json::from_str(json).map_err(|e| format!("This is not a valid case: {e}."))
}

fn assess_valid(case: &Case) -> Assessment {
    let check = case.check_date;
    let rehab = rehabilitation::rehabilitate(&case.disposals);
    let record = Record {
        check_date: check,
        convictions: case.disposals.iter().filter(|d| d.is_conviction()).count(),
    };
    let spent: Vec<bool> = rehab
        .iter()
        .map(|r| r.spent_on.is_some_and(|on| on <= check))
        .collect();
    // Rules §4.5: a "not sure" is worked out both ways. Other fields, and the
    // record-wide review routes, take the answer "specified".
    let as_specified: Vec<Filtered> = case
        .disposals
        .iter()
        .zip(&rehab)
        .map(|(d, r)| filter(d, r.spent_on, &record, d.specified.unwrap_or(true)))
        .collect();
    let items: Vec<review::Item> = case
        .disposals
        .iter()
        .enumerate()
        .map(|(i, d)| review::Item {
            outcome: as_specified[i].outcome,
            under_18: d.under_18,
            spent: spent[i],
            spent_on: rehab[i].spent_on,
        })
        .collect();
    let routes = review::routes(&items, check);

    let disposals = case
        .disposals
        .iter()
        .zip(rehab)
        .zip(spent)
        .zip(as_specified)
        .zip(routes)
        .map(|((((d, r), is_spent), filtered), (route, route_reason))| {
            let mut reasons = r.reasons;
            let mut caveats = r.caveats;
            let basic = if d.is_conviction() && !is_spent { Basic::Disclosed } else { Basic::NotDisclosed };
            reasons.push(basic_reason(d, basic, check));
            reasons.extend(filtered.reasons);
            for c in filtered.caveats {
                push_once(&mut caveats, c);
            }
            let mut outcome = filtered.outcome;
            if d.specified.is_none() {
                let other = filter(d, r.spent_on, &record, false);
                // The person sees both answers whenever they differ at all;
                // the outcome reads "depends" only when the outcome differs.
                if other.outcome != outcome || other.filtered_on != filtered.filtered_on {
                    reasons.push(NOT_SURE_SPECIFIED.because(format!(
                        "You were not sure if the offence is on the list of specified offences. If it is, it {}. If it is not, it {}.",
                        describe_outcome(outcome, filtered.filtered_on),
                        describe_outcome(other.outcome, other.filtered_on)
                    )));
                    if other.outcome != outcome {
                        outcome = Outcome::DependsOnSpecified;
                    }
                }
            }
            reasons.push(ENHANCED.because(
                "An enhanced check shows the same as a standard check, and may also show information the police think is relevant, which this check cannot predict.",
            ));
            reasons.push(route_reason);
            caveats.sort();
            DisposalAssessment {
                id: d.id.clone(),
                spent_on: r.spent_on,
                spent: is_spent,
                basic,
                standard: outcome,
                enhanced: outcome,
                filtered_on: filtered.filtered_on,
                review: route,
                caveats,
                reasons,
            }
        })
        .collect();

    Assessment {
        check_date: check,
        rules: format!("Northern Ireland, rules in force on {check}"),
        review_deadline: review::deadline(case.certificate_issued),
        disposals,
    }
}

fn basic_reason(d: &Disposal, basic: Basic, check: NaiveDate) -> Reason {
    let text = match (d.is_conviction(), basic) {
        (false, _) => format!(
            "A basic check shows only convictions that are not spent, never {}.",
            d.kind.a()
        ),
        (true, Basic::Disclosed) => format!(
            "A basic check shows convictions that are not spent. This one is not spent on {}, so it shows.",
            long_date(check)
        ),
        (true, Basic::NotDisclosed) => {
            "A basic check shows only convictions that are not spent. This one is spent, so it does not show.".to_string()
        }
    };
    BASIC.because(text)
}

fn describe_outcome(outcome: Outcome, filtered_on: Option<NaiveDate>) -> String {
    let from = |text: &str| match filtered_on {
        Some(on) => format!("{text} from {}", long_date(on)),
        None => text.to_string(),
    };
    match outcome {
        Outcome::Disclosed => match filtered_on {
            Some(on) => format!(
                "shows on standard and enhanced checks until it is filtered on {}",
                long_date(on)
            ),
            None => "shows on standard and enhanced checks".into(),
        },
        Outcome::Filtered => from("is filtered (not shown)"),
        Outcome::ReferredToReviewer => "goes to the Independent Reviewer".into(),
        Outcome::DependsOnSpecified => "depends on the answer".into(),
    }
}
