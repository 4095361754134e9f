//! The Northern Ireland rules (`shared/rules/ni-disclosure-rules.md`), one
//! module per instrument or concern, named as the law names it:
//!
//! - [`rehabilitation`]: when a conviction is spent (ROO 1978 Arts 6–7);
//! - [`filtering`]: what standard and enhanced certificates show;
//! - [`review`]: the Independent Reviewer's routes and deadline;
//! - [`explain`]: findings (rule, source, facts) into the words a person reads;
//! - [`case`] (its records, field by field, read and written), [`model`],
//!   [`catalogue`], [`validation`]: the NI case, checked;
//! - [`offences`]: common offences by name, compiled from the offence table.

pub mod barring;
pub mod case;
pub mod catalogue;
pub mod explain;
pub mod filtering;
pub mod model;
pub mod offences;
pub mod parse;
pub mod rehabilitation;
pub mod review;
pub mod table;
pub mod validation;
pub mod write;

use crate::rules::citation::Rule;
pub use case::{Case, Disposal, Sentence};
use explain::{Fact, Finding};
use filtering::{filter, Filtered, Record};
pub use model::*;
use rehabilitation::push_once;

pub const BASIC: Rule = Rule {
    id: "basic-unspent-convictions-only",
    source: "nidirect, AccessNI basic checks",
};
pub const ENHANCED: Rule = Rule {
    id: "enhanced-as-standard-plus-police-information",
    source: "nidirect, AccessNI enhanced checks; Short Guide, 'Police information'",
};
pub const OFFENCE_TABLE: Rule = Rule {
    id: "offence-table",
    source: "offences-ni.json (common Northern Ireland offences by name); Police Act 1997 s.113A(6D) as it has effect in NI",
};
pub const NOT_SURE_SPECIFIED: Rule = Rule {
    id: "specified-not-sure-both-answers",
    source: "Police Act 1997 s.113A(6D) as it has effect in NI (list of specified offences)",
};

/// Assesses a valid NI case.
pub fn assess_valid(case: &Case) -> Assessment {
    assess_valid_under(case, table::ROWS)
}

/// Assesses a valid NI case with the rehabilitation table's rows `rows`
/// (each picked by the check date): the law's, or a test's future table.
pub fn assess_valid_under(case: &Case, rows: &'static [table::Row]) -> Assessment {
    let check = case.check_date;
    let law = rehabilitation::Law {
        rows,
        check_date: check,
    };
    let rehab = rehabilitation::rehabilitate(&case.disposals, law);
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
            non_court: d.kind.is_non_court(),
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
        .map(|((((d, r), is_spent), filtered), (route, route_finding))| {
            let mut findings = r.findings;
            let mut caveats = r.caveats;
            let basic = if d.is_conviction() && !is_spent {
                Basic::Disclosed
            } else {
                Basic::NotDisclosed
            };
            findings.push(BASIC.found(Fact::Basic {
                kind: d.kind,
                shows: basic == Basic::Disclosed,
                check_date: check,
            }));
            if let Some((finding, caveat)) = from_the_offence_table(d) {
                findings.push(finding);
                if caveat {
                    push_once(&mut caveats, Caveat::OffenceClassification);
                }
            }
            findings.extend(filtered.findings);
            for c in filtered.caveats {
                push_once(&mut caveats, c);
            }
            let mut outcome = filtered.outcome;
            if d.specified.is_none() {
                let other = filter(d, r.spent_on, &record, false);
                // The caveats of both answers (rules §4.5).
                for c in other.caveats {
                    push_once(&mut caveats, c);
                }
                // The person sees both answers whenever they differ at all;
                // the outcome reads "depends" only when the outcome differs.
                if other.outcome != outcome || other.filtered_on != filtered.filtered_on {
                    findings.push(NOT_SURE_SPECIFIED.found(Fact::BothAnswers {
                        if_specified: (outcome, filtered.filtered_on),
                        if_not: (other.outcome, other.filtered_on),
                    }));
                    if other.outcome != outcome {
                        outcome = Outcome::DependsOnSpecified;
                    }
                }
            }
            findings.push(ENHANCED.found(Fact::Enhanced));
            findings.push(route_finding);
            crate::util::order::sort(&mut caveats);
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
                reasons: findings.iter().map(Finding::reason).collect(),
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

/// What the offence table answered for this disposal, if it answered anything
/// the disposal uses, and whether that answer is less than confirmed (caveat
/// `offence_classification`, rules §1 "Offence").
fn from_the_offence_table(d: &Disposal) -> Option<(Finding, bool)> {
    let o = offences::offence(d.offence.as_deref()?)?;
    let specified = (d.specified == o.specified).then_some(o.specified);
    let summary_only =
        (d.is_conviction() && d.summary_only == o.summary_only).then_some(o.summary_only);
    if specified.is_none() && summary_only.is_none() {
        return None;
    }
    let unsure = |c: offences::Confidence| c != offences::Confidence::Confirmed;
    let caveat = (specified.is_some() && unsure(o.specified_confidence))
        || (summary_only.is_some() && unsure(o.summary_only_confidence));
    let fact = Fact::Offence {
        name: o.name,
        specified,
        paragraph: o.specified_paragraph,
        summary_only,
    };
    Some((OFFENCE_TABLE.found(fact), caveat))
}
